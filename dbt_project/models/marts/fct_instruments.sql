-- One row per support instrument listed by a project scope, normalised and typed.
select
    instrument_id,
    project_scope_id,
    project_id,
    city_slug,
    instrument_label,
    instrument_normalised,
    instrument_type
from {{ ref('int_instruments_categorised') }}
