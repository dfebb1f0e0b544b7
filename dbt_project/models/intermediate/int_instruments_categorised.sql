{#-
    One row per support instrument listed by a current ok document (raw.facts field 'instruments'),
    normalised and typed by the first rule of the seed instrument_types (lowest priority number)
    whose match_pattern, and and_pattern when given, match the label in normal form. No rule ->
    instrument_normalised = the label in normal form, instrument_type 'other'.
    Incremental: the documents int_projects_linked wrote in this build (macros/incremental.sql).
-#}
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='project_scope_id',
    on_schema_change='fail',
    post_hook="{{ delete_rows_absent_from('project_scope_id', ref('int_projects_linked'), 'document_id') }}"
) }}
with instruments as (
    select
        facts.document_id,
        facts.item_index,
        facts.value                          as instrument_label,
        {{ normalise_text('facts.value') }}  as label_normalised
    from {{ ref('stg_raw__facts') }} as facts
    where facts.field = 'instruments'
      and facts.value is not null
      and facts.document_id in (
          select document_id from {{ ref('int_projects_linked') }}
          {%- if is_incremental() %} where {{ written_in_this_run() }}{% endif %}
      )
),

rules as (
    select * from {{ ref('instrument_types') }}
),

labels as (
    -- the rules run once per distinct label, not once per listed instrument
    select distinct label_normalised from instruments
),

label_match as (
    select labels.label_normalised,
           rules.instrument_normalised, rules.instrument_type, rules.priority as rule_priority
    from labels
    join rules
      on regexp_matches(labels.label_normalised, rules.match_pattern)
     and (rules.and_pattern is null or regexp_matches(labels.label_normalised, rules.and_pattern))
    qualify row_number() over (partition by labels.label_normalised order by rules.priority) = 1
),

first_match as (
    select instruments.document_id, instruments.item_index,
           label_match.instrument_normalised, label_match.instrument_type, label_match.rule_priority
    from instruments
    join label_match using (label_normalised)
)

select
    substr(md5(instruments.document_id || '|instruments|' || instruments.item_index), 1, 16) as instrument_id,
    instruments.document_id                                                   as project_scope_id,
    linked.project_id,
    linked.city_slug,
    instruments.item_index,
    instruments.instrument_label,
    coalesce(first_match.instrument_normalised, instruments.label_normalised) as instrument_normalised,
    coalesce(first_match.instrument_type, 'other')                            as instrument_type,
    first_match.rule_priority,
    {{ this_run() }} as dbt_invocation_id
from instruments
join {{ ref('int_projects_linked') }} as linked using (document_id)
left join first_match using (document_id, item_index)
