-- One row per participant group of a document's planned breakdown, with its category. Incremental: the documents
-- int_participant_groups_categorised wrote in this build.
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='document_id',
    on_schema_change='fail',
    post_hook="{{ delete_rows_absent_from('document_id', ref('int_participant_groups_categorised'), 'project_scope_id') }}"
) }}
select
    participant_group_id,
    project_scope_id as document_id,
    project_id,
    city_slug,
    group_label,
    group_category,
    cast(participants_planned as integer) as participants_planned
from {{ ref('int_participant_groups_categorised') }}
{%- if is_incremental() %}
where {{ written_in_this_run() }}
{%- endif %}
