-- Long-form facts of ok documents: one row per scalar fact or list item. Renames and casts only;
-- values stay text here (typed in int_documents_pivoted).
with source as (
    select * from {{ source('raw', 'facts') }}
)

select
    cast(document_id as varchar)      as document_id,
    cast(field as varchar)            as field,
    cast(item_key as varchar)         as item_key,
    cast(coalesce(item_index, 0) as integer) as item_index,
    cast(value as varchar)            as value,
    cast(evidence_text as varchar)    as evidence_text,
    cast(evidence_start as integer)   as evidence_start,
    cast(evidence_end as integer)     as evidence_end
from source
