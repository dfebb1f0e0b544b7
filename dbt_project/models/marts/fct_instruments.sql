-- One row per support instrument listed by a document, normalised and typed.
select
    instrument_id,
    project_scope_id as document_id,
    project_id,
    city_slug,
    instrument_label,
    instrument_normalised,
    instrument_type
from {{ ref('int_instruments_categorised') }}
