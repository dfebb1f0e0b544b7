{#-
    One row per participant group of a current ok document's planned breakdown
    (raw.facts field 'participants_planned_breakdown'), categorised by the first rule of the seed
    participant_group_categories (lowest priority number) whose match_pattern, and and_pattern when
    given, match the label in normal form (normalise_text). No rule -> 'other'.
    Incremental: the documents int_projects_linked wrote in this build (macros/incremental.sql).
-#}
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='project_scope_id',
    on_schema_change='fail',
    post_hook="{{ delete_rows_absent_from('project_scope_id', ref('int_projects_linked'), 'document_id') }}"
) }}
with groups as (
    select
        facts.document_id,
        facts.item_index,
        facts.item_key                                          as group_label,
        cast(round(try_cast(facts.value as double)) as bigint)  as participants_planned,
        {{ normalise_text('facts.item_key') }}                  as label_normalised
    from {{ ref('stg_raw__facts') }} as facts
    where facts.field = 'participants_planned_breakdown'
      and facts.document_id in (
          select document_id from {{ ref('int_projects_linked') }}
          {%- if is_incremental() %} where {{ written_in_this_run() }}{% endif %}
      )
),

rules as (
    select * from {{ ref('participant_group_categories') }}
),

labels as (
    -- the rules run once per distinct label, not once per listed group
    select distinct label_normalised from groups
),

label_match as (
    select labels.label_normalised, rules.group_category, rules.priority as rule_priority
    from labels
    join rules
      on regexp_matches(labels.label_normalised, rules.match_pattern)
     and (rules.and_pattern is null or regexp_matches(labels.label_normalised, rules.and_pattern))
    qualify row_number() over (partition by labels.label_normalised order by rules.priority) = 1
),

first_match as (
    select groups.document_id, groups.item_index, label_match.group_category, label_match.rule_priority
    from groups
    join label_match using (label_normalised)
)

select
    substr(md5(groups.document_id || '|participants_planned_breakdown|' || groups.item_index || '|'
               || coalesce(groups.group_label, '')), 1, 16)  as participant_group_id,
    groups.document_id                                        as project_scope_id,
    linked.project_id,
    linked.city_slug,
    groups.item_index,
    groups.group_label,
    coalesce(first_match.group_category, 'other')             as group_category,
    first_match.rule_priority,
    groups.participants_planned,
    {{ this_run() }} as dbt_invocation_id
from groups
join {{ ref('int_projects_linked') }} as linked using (document_id)
left join first_match using (document_id, item_index)
