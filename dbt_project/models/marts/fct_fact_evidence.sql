-- Every fact of every current ok document with the sentence it was read from and its character
-- offsets in the document's cleaned text, and the project the document describes. Incremental: the
-- documents int_projects_linked wrote in this build (macros/incremental.sql).
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='document_id',
    on_schema_change='fail',
    post_hook="{{ delete_rows_absent_from('document_id', ref('int_projects_linked')) }}"
) }}
select
    substr(md5(facts.document_id || '|' || facts.field || '|' || coalesce(facts.item_key, '') || '|'
               || facts.item_index), 1, 16) as fact_evidence_id,
    facts.document_id,
    linked.project_id,
    linked.source_file,
    facts.field,
    facts.item_key,
    facts.item_index,
    facts.value,
    facts.evidence_text,
    facts.evidence_start,
    facts.evidence_end
from {{ ref('stg_raw__facts') }} as facts
join {{ ref('int_projects_linked') }} as linked
  on linked.document_id = facts.document_id
{%- if is_incremental() %}
where {{ written_in_this_run('linked') }}
{%- endif %}
