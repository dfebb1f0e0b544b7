-- One row per participant group of a document's planned breakdown, with its category.
select
    participant_group_id,
    project_scope_id as document_id,
    project_id,
    city_slug,
    group_label,
    group_category,
    cast(participants_planned as integer) as participants_planned
from {{ ref('int_participant_groups_categorised') }}
