{#-
    One row per real project (project_id unique): the documents linked in int_projects_linked
    (city + title, overlapping periods, project number) merged by a stated precedence per figure.
    Every figure says where it comes from (*_document_id, *_evidence) and on which basis
    (*_basis: 'whole_project' = stated for the whole project by one document; 'sum_of_editions' =
    the sum over the project's yearly editions, a flagged fallback used only when no document
    states the figure for the whole project, and only when editions stating the figure cover every
    year of the project's period (start year..end year: the whole-project dates, else the
    editions'); 'sum_of_known_editions' = the same sum when they do not (some years unknown): a
    partial sum, never called exact (a total on it is 'more_than'), never divided or converted).

    Precedence
    - total cost: whole-project statements first (exact before a bound, then final report, plan,
      project page, announcement, then the latest ingested); else the sum of the editions' totals
      (qualifier 'exact' only when every edition total is exact and the editions cover the
      project's period, otherwise 'more_than').
      A lower bound ('ponad 10 mln' -> more_than) keeps its qualifier.
    - EU co-financing / own contribution: from the total's document when it states them, else from
      another whole-project document (one on the total's budget first: stating the same total, or
      no total and a grant not above it), else the sum of the editions (EU only). EU stated by a
      document whose own total differs from the project's (a plan's budget beside a final report's,
      or a same-named project linked by title and period) keeps basis 'whole_project_other_total':
      published as stated, never divided by the total, converted, or summed beside totals. A stated own
      contribution comes from the total's document; only when no total is known (neither a
      whole-project one nor editions'), from another whole-project document. Own contribution is derived (total − EU) only
      when the total is exact and EU is on the same basis.
    - planned participants: whole-project documents, plan first; else sum of editions.
    - actual and completed participants: whole-project documents, final report first; else sum
      of editions. A final report's actual counts fill the project's actual counts.
    - dates: the whole-project document with both dates covering the longest period (final report
      first on ties); else the editions' first start and last end. Their precision is kept.
    - effectiveness: an achieved value (final report) over a target; basis stated beside it.
    - descriptive attributes (title, programme, …): first stated by whole-project documents,
      final report first, then editions.

    Derived figures: shares, costs per planned / per actual participant and cost per project-year
    only when the total is exact and the figures divided are on the same basis; the cost per
    planned participant divides the total by the planned count of the total's own document when
    that document states one (cost_per_planned_participant_basis 'total_document'), else by the
    project's planned count from another whole-project document ('whole_project_documents') or
    by the editions' sums ('sum_of_editions'); constant prices
    of var('price_base_year') by the CPI chain from the project's start year; EUR at the start
    year's mean rate (the same conventions as int_projects_enriched).
-#}
{#-
    Incremental: the projects of the documents int_projects_enriched wrote in this build (all of a
    project's documents are written together: macros/incremental.sql) are merged again; a project
    no document describes any more is deleted.
-#}
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='project_id',
    on_schema_change='fail',
    post_hook="{{ delete_rows_absent_from('project_id', ref('int_projects_enriched')) }}"
) }}
{%- set base_year = var('price_base_year', 2024) | int -%}
{#- The usual tail of a precedence key: the most final document (report_rank), then the latest
    ingested, then document_id (so that every key is unique and a pick deterministic). -#}
{%- set latest = "report_rank, -epoch_us(ingested_at), document_id" -%}
{#- Years of the project's period (whole-project dates, else the editions' span); a figure summed
    over editions is on 'sum_of_editions' only when editions stating it cover every one of them. -#}
{%- set project_years = "(year(coalesce(dates.end_date, editions.last_end)) - year(coalesce(dates.start_date, editions.first_start)) + 1)" -%}
{%- set edition_sum_basis = "case when editions.%s >= " ~ project_years ~ " then 'sum_of_editions' else 'sum_of_known_editions' end" -%}

with docs as (
    select
        *,
        case document_kind when 'final_report' then 1 when 'plan' then 2 when 'project_page' then 3 else 4 end
            as report_rank,
        case document_kind when 'plan' then 1 when 'project_page' then 2 when 'announcement' then 3 else 4 end
            as plan_rank,
        scope = 'whole_project' as is_whole
    from {{ ref('int_projects_enriched') }}
    {%- if is_incremental() %}
    where project_id in (select project_id from {{ ref('int_projects_enriched') }} where {{ written_in_this_run() }})
    {%- endif %}
),

picked as (
    -- arg_min over a row key (the precedence, most important first; document_id breaks ties) is
    -- first(x order by …) that streams: an ordered aggregate keeps every row of its group, and
    -- twenty of them over 100,000 documents ran DuckDB out of memory
    select
        project_id,
        arg_min(document_id, (not coalesce(total_cost_qualifier = 'exact', false), {{ latest }}))
            filter (where is_whole and total_cost_pln is not null)          as total_doc,
        arg_min(document_id, ({{ latest }}))
            filter (where is_whole and own_contribution_stated_pln is not null) as own_doc,
        arg_min(document_id, (plan_rank, -epoch_us(ingested_at), document_id))
            filter (where is_whole and participants_planned is not null)    as planned_doc,
        arg_min(document_id, ({{ latest }}))
            filter (where is_whole and participants_actual is not null)     as actual_doc,
        arg_min(document_id, (not (start_date is not null and end_date is not null),
                              coalesce(-(end_date - start_date), 2147483647), {{ latest }}))
            filter (where is_whole and (start_date is not null or end_date is not null)) as dates_doc,
        arg_min(document_id, (case when social_effectiveness_basis = 'achieved' then 0
                                   when social_effectiveness_basis is not null then 1 else 2 end,
                              not is_whole, {{ latest }}))
            filter (where social_effectiveness_pct is not null)             as social_doc,
        arg_min(document_id, (case when employment_effectiveness_basis = 'achieved' then 0
                                   when employment_effectiveness_basis is not null then 1 else 2 end,
                              not is_whole, {{ latest }}))
            filter (where employment_effectiveness_pct is not null)         as employment_doc,
        {%- for c in ['title', 'implementer', 'programme', 'programme_code', 'programme_name', 'programme_period',
                      'priority_axis', 'measure', 'submeasure', 'project_type', 'project_number', 'contract_date', 'city', 'voivodeship'] %}
        arg_min({{ c }}, (not is_whole, {{ latest }}))
            filter (where {{ c }} is not null)                              as {{ c }},
        {%- endfor %}
        arg_min(source_file, (not (is_whole and total_cost_pln is not null), not is_whole, {{ latest }}))
                                                                            as source_file,
        count(*)                                                            as documents,
        count(distinct project_number)                                      as project_numbers,
        bool_or(document_kind = 'final_report')                             as has_final_report,
        arg_min(city_slug, (not is_whole, {{ latest }}))                    as city_slug
    from docs
    group by project_id
),

eu_candidates as (
    -- a whole-project document stating EU co-financing, and whether it states it on the budget of
    -- the project's total: it is the total's document, or it states the same total (within 1 PLN),
    -- or it states no total and a grant not above it (or no whole-project total is known)
    select
        docs.project_id,
        docs.document_id,
        docs.report_rank,
        docs.ingested_at,
        coalesce(
            total.document_id is null
            or docs.document_id = total.document_id
            or (docs.total_cost_pln is not null and abs(docs.total_cost_pln - total.total_cost_pln) < 1)
            or (docs.total_cost_pln is null and docs.eu_cofinancing_pln <= total.total_cost_pln),
            false
        ) as on_total_budget
    from docs
    join picked using (project_id)
    left join docs as total on total.document_id = picked.total_doc
    where docs.is_whole and docs.eu_cofinancing_pln is not null
),

eu_picked as (
    -- documents on the total's budget first, then the most final, the latest
    select
        project_id,
        arg_min(document_id, (not on_total_budget, {{ latest }})) as eu_doc,
        bool_or(on_total_budget)                                  as eu_on_total_budget
    from eu_candidates
    group by project_id
),

editions as (
    select
        project_id,
        count(*)                                                     as editions,
        count(total_cost_pln)                                        as editions_with_total,
        sum(total_cost_pln)                                          as total_sum,
        bool_and(total_cost_qualifier = 'exact')                     as totals_exact,
        count(eu_cofinancing_pln)                                    as editions_with_eu,
        sum(eu_cofinancing_pln)                                      as eu_sum,
        count(participants_planned)                                  as editions_with_planned,
        sum(participants_planned)                                    as planned_sum,
        count(participants_actual)                                   as editions_with_actual,
        sum(participants_actual)                                     as actual_sum,
        sum(participants_completed)                                  as completed_sum,
        count(distinct edition_year) filter (where total_cost_pln is not null)       as years_with_total,
        count(distinct edition_year) filter (where eu_cofinancing_pln is not null)   as years_with_eu,
        count(distinct edition_year) filter (where participants_planned is not null) as years_with_planned,
        count(distinct edition_year) filter (where participants_actual is not null)  as years_with_actual,
        min(start_date)                                              as first_start,
        max(end_date)                                                as last_end
    from {{ ref('fct_project_editions') }}
    {%- if is_incremental() %}
    where project_id in (select project_id from docs)
    {%- endif %}
    group by project_id
),

evidence as (
    select document_id, field, max(evidence_text) as evidence_text
    from {{ ref('stg_raw__facts') }}
    where item_key is null and item_index = 0
      {%- if is_incremental() %}
      and document_id in (select document_id from docs)
      {%- endif %}
      and field in ('total_cost_pln', 'eu_cofinancing_pln', 'participants_planned', 'participants_actual')
    group by document_id, field
),

chosen as (
    select
        picked.*,
        coalesce(editions.editions, 0)                               as editions,
        -- total
        case when total.document_id is not null then 'whole_project'
             when editions.editions_with_total > 0 then {{ edition_sum_basis | format('years_with_total') }} end as total_cost_basis,
        coalesce(total.total_cost_pln, case when editions.editions_with_total > 0 then editions.total_sum end)
                                                                     as total_cost_pln,
        case when total.document_id is not null then total.total_cost_qualifier
             when editions.editions_with_total > 0
                 then case when editions.totals_exact and {{ edition_sum_basis | format('years_with_total') }} = 'sum_of_editions'
                           then 'exact' else 'more_than' end end
                                                                     as total_cost_qualifier,
        -- EU co-financing: the total's document, another whole-project document, the editions
        case when total.eu_cofinancing_pln is not null then 'whole_project'
             when eu.document_id is not null
                 then case when eu_picked.eu_on_total_budget then 'whole_project' else 'whole_project_other_total' end
             when editions.editions_with_eu > 0 then {{ edition_sum_basis | format('years_with_eu') }} end as eu_cofinancing_basis,
        coalesce(total.eu_cofinancing_pln, eu.eu_cofinancing_pln,
                 case when editions.editions_with_eu > 0 then editions.eu_sum end) as eu_cofinancing_pln,
        case when total.eu_cofinancing_pln is not null then total.document_id
             else eu.document_id end                                 as eu_cofinancing_document_id,
        -- own contribution as stated: by the total's document; when no total is known at all,
        -- by a whole-project document that states it (a partner's page: grant and own share)
        case when total.document_id is not null then total.own_contribution_stated_pln
             when coalesce(editions.editions_with_total, 0) = 0 then own.own_contribution_stated_pln
        end                                                          as own_contribution_stated_pln,
        -- participants
        case when planned.document_id is not null then 'whole_project'
             when editions.editions_with_planned > 0 then {{ edition_sum_basis | format('years_with_planned') }} end as participants_planned_basis,
        coalesce(planned.participants_planned,
                 case when editions.editions_with_planned > 0 then editions.planned_sum end) as participants_planned,
        case when actual.document_id is not null then 'whole_project'
             when editions.editions_with_actual > 0 then {{ edition_sum_basis | format('years_with_actual') }} end as participants_actual_basis,
        coalesce(actual.participants_actual,
                 case when editions.editions_with_actual > 0 then editions.actual_sum end) as participants_actual,
        case when actual.document_id is not null then actual.participants_completed
             else editions.completed_sum end                         as participants_completed,
        -- dates
        coalesce(dates.start_date, editions.first_start)             as start_date,
        case when dates.document_id is not null then dates.start_date_precision
             when editions.first_start is not null then 'day' end    as start_date_precision_raw,
        coalesce(dates.end_date, editions.last_end)                  as end_date,
        case when dates.document_id is not null then dates.end_date_precision
             when editions.last_end is not null then 'day' end       as end_date_precision_raw,
        case when dates.document_id is not null then 'whole_project'
             when editions.first_start is not null then 'editions' end as dates_basis,
        -- effectiveness
        social.social_effectiveness_pct,
        coalesce(social.social_effectiveness_basis, case when social.document_id is not null then 'unknown' end)
                                                                     as social_effectiveness_basis,
        employment.employment_effectiveness_pct,
        coalesce(employment.employment_effectiveness_basis, case when employment.document_id is not null then 'unknown' end)
                                                                     as employment_effectiveness_basis,
        total.participants_planned                                   as total_document_participants_planned,
        total.budget_identity_holds                                  as total_document_budget_identity_holds
    from picked
    left join editions using (project_id)
    left join docs as total      on total.document_id = picked.total_doc
    left join eu_picked using (project_id)
    left join docs as eu         on eu.document_id = eu_picked.eu_doc
    left join docs as own        on own.document_id = picked.own_doc
    left join docs as planned    on planned.document_id = picked.planned_doc
    left join docs as actual     on actual.document_id = picked.actual_doc
    left join docs as dates      on dates.document_id = picked.dates_doc
    left join docs as social     on social.document_id = picked.social_doc
    left join docs as employment on employment.document_id = picked.employment_doc
),

derived as (
    select
        *,
        coalesce(total_cost_qualifier = 'exact', false)                              as total_is_exact,
        coalesce(own_contribution_stated_pln is null and total_cost_qualifier = 'exact'
         and eu_cofinancing_pln is not null and eu_cofinancing_basis = total_cost_basis
         and eu_cofinancing_pln <= total_cost_pln, false)                            as own_contribution_is_derived,
        case when start_date is not null and end_date is not null
             then (year(end_date) * 12 + month(end_date)) - (year(start_date) * 12 + month(start_date)) + 1
        end                                                                          as duration_months,
        year(start_date)                                                             as start_year,
        -- the cost per planned participant's denominator: the total's own document first
        case when total_document_participants_planned > 0 then 'total_document'
             when total_cost_basis = 'whole_project' and participants_planned_basis = 'whole_project'
                  and participants_planned > 0 then 'whole_project_documents'
             when total_cost_basis = 'sum_of_editions' and participants_planned_basis = 'sum_of_editions'
                  and participants_planned > 0 then 'sum_of_editions'
        end                                                                          as planned_denominator_basis
    from chosen
),

cpi as (
    select * from {{ ref('cpi_pl_annual') }}
),

price_factors as (
    select
        derived.project_id,
        case
            when derived.start_year = {{ base_year }} then 1.0
            when count(cpi.year) <> abs({{ base_year }} - derived.start_year) then null
            when derived.start_year < {{ base_year }} then product(cpi.cpi_prev_year_100 / 100.0)
            else 1.0 / product(cpi.cpi_prev_year_100 / 100.0)
        end as constant_price_factor
    from derived
    left join cpi
      on cpi.year > least(derived.start_year, {{ base_year }})
     and cpi.year <= greatest(derived.start_year, {{ base_year }})
    where derived.start_year is not null
    group by derived.project_id, derived.start_year
),

figures as (
    select
        derived.*,
        case when own_contribution_is_derived then round(total_cost_pln - eu_cofinancing_pln, 2)
             else own_contribution_stated_pln end                                    as own_contribution_pln,
        case when total_is_exact and total_cost_pln > 0 and eu_cofinancing_basis = total_cost_basis
             then eu_cofinancing_pln / total_cost_pln end                            as eu_cofinancing_share,
        case when total_is_exact and total_cost_pln > 0 and planned_denominator_basis is not null
             then total_cost_pln / case when planned_denominator_basis = 'total_document'
                                        then total_document_participants_planned
                                        else participants_planned end end            as cost_per_planned_participant_pln,
        case when total_is_exact and total_cost_pln > 0 and participants_actual > 0
                  and participants_actual_basis = total_cost_basis
             then total_cost_pln / participants_actual end                           as cost_per_actual_participant_pln,
        case when total_is_exact and total_cost_basis = 'whole_project' and dates_basis = 'whole_project'
                  and duration_months > 0
             then total_cost_pln / (duration_months / 12.0) end                      as cost_per_project_year_pln,
        case when participants_actual > 0 and participants_completed is not null
             then participants_completed / participants_actual end                   as completion_rate,
        price_factors.constant_price_factor,
        eur.eur_pln_mean                                                             as eur_pln_rate
    from derived
    left join price_factors using (project_id)
    left join {{ ref('eur_pln_annual') }} as eur on eur.year = derived.start_year
)

select
    figures.project_id,
    figures.source_file,
    figures.city_slug,
    coalesce(cities.city_name, figures.city)                          as city_name,
    coalesce(cities.voivodeship, figures.voivodeship)                 as voivodeship,
    figures.title,
    figures.implementer,
    figures.programme,
    figures.programme_code,
    figures.programme_name,
    figures.programme_period,
    figures.priority_axis,
    figures.measure,
    figures.submeasure,
    figures.project_type,
    figures.project_number,
    cast(figures.documents as integer)                                as documents,
    cast(figures.editions as integer)                                 as editions,
    coalesce(figures.has_final_report, false)                         as has_final_report,
    figures.contract_date,
    figures.start_date,
    coalesce(figures.start_date_precision_raw, case when figures.start_date is not null then 'day' end)
                                                                      as start_date_precision,
    figures.end_date,
    coalesce(figures.end_date_precision_raw, case when figures.end_date is not null then 'day' end)
                                                                      as end_date_precision,
    figures.dates_doc as dates_document_id,
    cast(figures.duration_months as integer)                          as duration_months,
    figures.total_cost_pln,
    figures.total_cost_qualifier,
    figures.total_cost_basis,
    figures.total_doc as total_cost_document_id,
    total_evidence.evidence_text                                      as total_cost_evidence,
    figures.eu_cofinancing_pln,
    figures.eu_cofinancing_basis,
    figures.eu_cofinancing_document_id,
    figures.own_contribution_pln,
    figures.own_contribution_is_derived,
    figures.eu_cofinancing_share,
    case when figures.total_is_exact and figures.total_cost_pln > 0
              and figures.own_contribution_pln is not null and figures.eu_cofinancing_basis = figures.total_cost_basis
         then figures.own_contribution_pln / figures.total_cost_pln end as own_contribution_share,
    case when figures.own_contribution_stated_pln is not null then figures.total_document_budget_identity_holds end
                                                                      as budget_identity_holds,
    cast(figures.participants_planned as integer)                     as participants_planned,
    figures.participants_planned_basis,
    figures.planned_doc as participants_planned_document_id,
    planned_evidence.evidence_text                                    as participants_planned_evidence,
    cast(figures.participants_actual as integer)                      as participants_actual,
    cast(figures.participants_completed as integer)                   as participants_completed,
    figures.participants_actual_basis,
    figures.actual_doc as participants_actual_document_id,
    actual_evidence.evidence_text                                     as participants_actual_evidence,
    figures.completion_rate,
    figures.cost_per_planned_participant_pln,
    case when figures.cost_per_planned_participant_pln is not null then figures.planned_denominator_basis end
                                                                      as cost_per_planned_participant_basis,
    figures.cost_per_actual_participant_pln,
    figures.cost_per_project_year_pln,
    cast({{ base_year }} as integer)                                  as price_base_year,
    case when figures.total_cost_basis = 'whole_project' then figures.total_cost_pln * figures.constant_price_factor end as total_cost_constant_pln,
    case when figures.eu_cofinancing_basis = 'whole_project' then figures.eu_cofinancing_pln * figures.constant_price_factor end as eu_cofinancing_constant_pln,
    figures.cost_per_planned_participant_pln * figures.constant_price_factor as cost_per_planned_participant_constant_pln,
    figures.cost_per_actual_participant_pln * figures.constant_price_factor  as cost_per_actual_participant_constant_pln,
    figures.cost_per_project_year_pln * figures.constant_price_factor as cost_per_project_year_constant_pln,
    figures.eur_pln_rate,
    case when figures.total_cost_basis = 'whole_project' then figures.total_cost_pln / figures.eur_pln_rate end as total_cost_eur,
    case when figures.eu_cofinancing_basis = 'whole_project' then figures.eu_cofinancing_pln / figures.eur_pln_rate end as eu_cofinancing_eur,
    figures.cost_per_planned_participant_pln / figures.eur_pln_rate   as cost_per_planned_participant_eur,
    figures.cost_per_actual_participant_pln / figures.eur_pln_rate    as cost_per_actual_participant_eur,
    figures.social_effectiveness_pct,
    figures.social_effectiveness_basis,
    figures.employment_effectiveness_pct,
    figures.employment_effectiveness_basis
from figures
left join {{ ref('dim_city') }} as cities using (city_slug)
left join evidence as total_evidence
  on total_evidence.document_id = figures.total_doc and total_evidence.field = 'total_cost_pln'
left join evidence as planned_evidence
  on planned_evidence.document_id = figures.planned_doc and planned_evidence.field = 'participants_planned'
left join evidence as actual_evidence
  on actual_evidence.document_id = figures.actual_doc and actual_evidence.field = 'participants_actual'
