-- One row per support instrument listed by a document, normalised and typed. Incremental: the documents
-- int_instruments_categorised wrote in this build.
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='document_id',
    on_schema_change='fail',
    post_hook="{{ delete_rows_absent_from('document_id', ref('int_instruments_categorised'), 'project_scope_id') }}"
) }}
select
    instrument_id,
    project_scope_id as document_id,
    project_id,
    city_slug,
    instrument_label,
    instrument_normalised,
    instrument_type
from {{ ref('int_instruments_categorised') }}
{%- if is_incremental() %}
where {{ written_in_this_run() }}
{%- endif %}
