{#-
    One row per current ok document, with the scalar facts of its extraction record pivoted from
    raw.facts (long form) and typed: amounts DOUBLE (PLN), counts BIGINT, dates DATE, percentages
    DOUBLE (0..100). Also the breakdown's sum and number of groups, and the sentences the start and
    end dates were read from (their precision is judged in int_projects_linked). A fact the
    document does not state is null.

    Incremental (macros/incremental.sql): a build adds the current ok documents it does not hold
    yet and deletes the ones that are no longer current ok; document_id is a hash of the path and
    the bytes, so a changed file is a new document.
-#}
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='document_id',
    on_schema_change='fail',
    post_hook="{{ delete_rows_absent_from('document_id', ref('stg_raw__documents'), upstream_where=\"status = 'ok' and is_current\") }}"
) }}
{%- set text_fields = ['city', 'voivodeship', 'implementer', 'title', 'programme', 'programme_period',
                       'priority_axis', 'measure', 'submeasure', 'project_type', 'total_cost_qualifier',
                       'social_effectiveness_basis', 'employment_effectiveness_basis'] -%}
{%- set amount_fields = ['total_cost_pln', 'eu_cofinancing_pln', 'own_contribution_pln',
                         'social_effectiveness_pct', 'employment_effectiveness_pct'] -%}
{%- set count_fields = ['participants_planned', 'participants_actual', 'participants_completed'] -%}
{%- set date_fields = ['contract_date', 'start_date', 'end_date'] -%}

with documents as (
    select *
    from {{ ref('stg_raw__documents') }}
    where status = 'ok'
      and is_current
    {%- if is_incremental() %}
      and document_id not in (select document_id from {{ this }})
    {%- endif %}
),

facts as (
    select *
    from {{ ref('stg_raw__facts') }}
    where document_id in (select document_id from documents)
),

scalar_facts as (
    select
        document_id,
        {%- for f in text_fields %}
        nullif(trim(max(value) filter (where field = '{{ f }}')), '') as {{ f }},
        {%- endfor %}
        {%- for f in amount_fields %}
        try_cast(max(value) filter (where field = '{{ f }}') as double) as {{ f }},
        {%- endfor %}
        {%- for f in count_fields %}
        cast(round(try_cast(max(value) filter (where field = '{{ f }}') as double)) as bigint) as {{ f }},
        {%- endfor %}
        {%- for f in date_fields %}
        try_cast(max(value) filter (where field = '{{ f }}') as date) as {{ f }},
        {%- endfor %}
        max(evidence_text) filter (where field = 'start_date') as start_date_evidence,
        max(evidence_text) filter (where field = 'end_date')   as end_date_evidence
    from facts
    where item_key is null
      and item_index = 0
    group by document_id
),

breakdowns as (
    select
        document_id,
        sum(cast(round(try_cast(value as double)) as bigint)) as participants_breakdown_sum,
        count(*)                                              as participants_breakdown_groups
    from facts
    where field = 'participants_planned_breakdown'
    group by document_id
)

select
    documents.document_id,
    documents.city_slug,
    documents.source_file,
    documents.sha256,
    documents.problems,
    documents.cleaned_text,
    documents.extractor_version,
    documents.ingested_at,
    {%- for f in text_fields + amount_fields + count_fields + date_fields %}
    scalar_facts.{{ f }},
    {%- endfor %}
    scalar_facts.start_date_evidence,
    scalar_facts.end_date_evidence,
    breakdowns.participants_breakdown_sum,
    coalesce(breakdowns.participants_breakdown_groups, 0) as participants_breakdown_groups,
    {{ this_run() }} as dbt_invocation_id
from documents
left join scalar_facts using (document_id)
left join breakdowns using (document_id)
