-- Every fact of every project scope (current ok document) with the sentence it was read from and
-- its character offsets in the document's cleaned text.
select
    substr(md5(facts.document_id || '|' || facts.field || '|' || coalesce(facts.item_key, '') || '|'
               || facts.item_index), 1, 16) as fact_evidence_id,
    facts.document_id                       as project_scope_id,
    facts.document_id,
    projects.source_file,
    facts.field,
    facts.item_key,
    facts.item_index,
    facts.value,
    facts.evidence_text,
    facts.evidence_start,
    facts.evidence_end
from {{ ref('stg_raw__facts') }} as facts
join {{ ref('fct_projects') }} as projects
  on projects.project_scope_id = facts.document_id
