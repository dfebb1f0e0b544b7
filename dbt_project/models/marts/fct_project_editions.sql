{#-
    One row per yearly edition (stage) of a project that documents describe: documents with
    scope = 'edition' (their period lies within one calendar year inside a longer period another
    document of the same project covers), grouped by project and year.

    Precedence inside an edition, per figure: the total from an exact statement first, then by
    document kind (final report, plan, project page, announcement), then the latest ingested; EU
    co-financing and own contribution from the same document as the total when it states them;
    planned participants from a plan first; actual and completed participants from a final
    report first. Each figure names the document it comes from.

    Incremental: every edition of the projects int_projects_enriched wrote in this build is
    replaced (key project_id); an edition no document describes any more is deleted.
-#}
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='project_id',
    on_schema_change='fail',
    post_hook="{{ delete_rows_absent_from('edition_id', ref('int_projects_enriched')) }}"
) }}
with docs as (
    select
        *,
        case document_kind when 'final_report' then 1 when 'plan' then 2 when 'project_page' then 3 else 4 end
            as report_rank,
        case document_kind when 'plan' then 1 when 'project_page' then 2 when 'announcement' then 3 else 4 end
            as plan_rank
    from {{ ref('int_projects_enriched') }}
    where scope = 'edition'
    {%- if is_incremental() %}
      and project_id in (select project_id from {{ ref('int_projects_enriched') }} where {{ written_in_this_run() }})
    {%- endif %}
),

picked as (
    select
        edition_id,
        first(document_id order by coalesce(total_cost_qualifier = 'exact', false) desc, report_rank, ingested_at desc, document_id)
            filter (where total_cost_pln is not null)              as total_cost_document_id,
        first(document_id order by plan_rank, ingested_at desc, document_id)
            filter (where participants_planned is not null)        as participants_planned_document_id,
        first(document_id order by report_rank, ingested_at desc, document_id)
            filter (where participants_actual is not null)         as participants_actual_document_id,
        first(document_id order by report_rank, ingested_at desc, document_id)
            filter (where start_date is not null)                  as dates_document_id,
        count(*)                                                   as documents
    from docs
    group by edition_id
)

select
    docs.edition_id,
    docs.project_id,
    docs.city_slug,
    cast(docs.scope_year as integer)                      as edition_year,
    cast(picked.documents as integer)                     as documents,
    dates.start_date,
    dates.start_date_precision,
    dates.end_date,
    dates.end_date_precision,
    total.total_cost_pln,
    total.total_cost_qualifier,
    picked.total_cost_document_id,
    total.eu_cofinancing_pln,
    total.own_contribution_pln,
    total.own_contribution_is_derived,
    total.eu_cofinancing_share,
    cast(planned.participants_planned as integer)         as participants_planned,
    picked.participants_planned_document_id,
    cast(actual.participants_actual as integer)           as participants_actual,
    cast(actual.participants_completed as integer)        as participants_completed,
    picked.participants_actual_document_id,
    case when total.total_cost_qualifier = 'exact' and planned.participants_planned > 0
         then total.total_cost_pln / planned.participants_planned end as cost_per_planned_participant_pln,
    case when total.total_cost_qualifier = 'exact' and actual.participants_actual > 0
         then total.total_cost_pln / actual.participants_actual end   as cost_per_actual_participant_pln,
    total.total_cost_constant_pln,
    total.total_cost_eur
from picked
join docs on docs.document_id = coalesce(picked.total_cost_document_id, picked.dates_document_id,
                                         picked.participants_planned_document_id,
                                         picked.participants_actual_document_id)
left join docs as total   on total.document_id = picked.total_cost_document_id
left join docs as planned on planned.document_id = picked.participants_planned_document_id
left join docs as actual  on actual.document_id = picked.participants_actual_document_id
left join docs as dates   on dates.document_id = picked.dates_document_id
