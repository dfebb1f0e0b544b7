{#-
    One row per project scope (current ok document) with the programme joined and every derived
    figure computed: own contribution (stated or derived), shares, budget identity, duration,
    participant ratios, costs per participant, constant prices (CPI) and EUR.

    Conventions
    - own contribution: the stated one; otherwise total − EU (rounded to grosze) when the total is
      exact and EU co-financing is stated and not above it (own_contribution_is_derived = true);
      never from a 'more_than' / 'less_than' / 'approximately' total, never negative.
    - shares and costs per participant: only when the total is exact (null otherwise).
    - programme_period: as stated; else the matched programme's period; else the one programming
      period whose eligibility window (programmes.period_start_date..period_end_date) contains the
      project's start..end dates, when exactly one does.
    - duration_months: calendar months inclusive, (end year*12 + end month) − (start year*12 +
      start month) + 1; 2017-10-01..2019-09-30 -> 24.
    - constant prices of var('price_base_year') (default 2024): nominal amount dated to the start
      year × Π (CPI_y / 100) for y = start year + 1 .. base year, CPI from cpi_pl_annual (GUS,
      previous year = 100); for a start year after the base year the amount is divided by the
      chain base year + 1 .. start year; null when a CPI year is missing or no start date.
    - EUR: nominal PLN / the annual mean EUR/PLN rate of the start year (eur_pln_annual).

    Incremental: the documents int_projects_linked wrote in this build (macros/incremental.sql).
-#}
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='document_id',
    on_schema_change='fail',
    post_hook="{{ delete_rows_absent_from('document_id', ref('int_projects_linked')) }}"
) }}
{%- set base_year = var('price_base_year', 2024) | int -%}

with linked as (
    select * exclude (dbt_invocation_id)
    from {{ ref('int_projects_linked') }}
    {%- if is_incremental() %}
    where {{ written_in_this_run() }}
    {%- endif %}
),

programmes as (
    select * from {{ ref('programmes') }}
),

programme_periods as (
    select distinct programme_period, period_start_date, period_end_date
    from programmes
),

period_from_dates as (
    select linked.document_id, min(programme_periods.programme_period) as programme_period
    from linked
    join programme_periods
      on linked.start_date >= programme_periods.period_start_date
     and linked.end_date <= programme_periods.period_end_date
    group by linked.document_id
    having count(distinct programme_periods.programme_period) = 1
),

cpi_chain as (
    select
        linked.document_id,
        year(linked.start_date) as start_year,
        count(cpi.year)         as cpi_years_found,
        product(cpi.cpi_prev_year_100 / 100.0) as cpi_chain
    from linked
    left join {{ ref('cpi_pl_annual') }} as cpi
      on cpi.year > least(year(linked.start_date), {{ base_year }})
     and cpi.year <= greatest(year(linked.start_date), {{ base_year }})
    where linked.start_date is not null
    group by linked.document_id, year(linked.start_date)
),

price_factors as (
    select
        document_id,
        case
            when start_year = {{ base_year }} then 1.0
            when cpi_years_found <> abs({{ base_year }} - start_year) then null
            when start_year < {{ base_year }} then cpi_chain
            else 1.0 / cpi_chain
        end as constant_price_factor
    from cpi_chain
),

amounts as (
    select
        linked.*,
        programmes.programme_name,
        coalesce(linked.programme_period, programmes.programme_period, period_from_dates.programme_period)
            as programme_period_resolved,
        case
            when linked.programme_period is not null then 'stated'
            when programmes.programme_period is not null then 'programme'
            when period_from_dates.programme_period is not null then 'dates'
        end as programme_period_source,
        linked.own_contribution_pln as own_contribution_stated_pln,
        coalesce(
            linked.own_contribution_pln is null
            and linked.total_cost_qualifier = 'exact'
            and linked.total_cost_pln is not null
            and linked.eu_cofinancing_pln is not null
            and linked.eu_cofinancing_pln <= linked.total_cost_pln,
            false
        ) as own_contribution_is_derived,
        coalesce(linked.total_cost_qualifier = 'exact', false) as total_is_exact,
        case
            when linked.start_date is not null and linked.end_date is not null
                then (year(linked.end_date) * 12 + month(linked.end_date))
                     - (year(linked.start_date) * 12 + month(linked.start_date)) + 1
        end as duration_months,
        year(linked.start_date) as start_year,
        price_factors.constant_price_factor,
        eur.eur_pln_mean as eur_pln_rate
    from linked
    left join programmes using (programme_code)
    left join period_from_dates using (document_id)
    left join price_factors using (document_id)
    left join {{ ref('eur_pln_annual') }} as eur
      on eur.year = year(linked.start_date)
),

derived as (
    select
        * exclude (own_contribution_pln, programme_period, programme_period_resolved),
        programme_period_resolved as programme_period,
        case
            when own_contribution_is_derived then round(total_cost_pln - eu_cofinancing_pln, 2)
            else own_contribution_pln
        end as own_contribution_pln
    from amounts
),

ratios as (
    select
        *,
        case when total_is_exact and total_cost_pln > 0 then eu_cofinancing_pln / total_cost_pln end
            as eu_cofinancing_share,
        case when total_is_exact and total_cost_pln > 0 then own_contribution_pln / total_cost_pln end
            as own_contribution_share,
        case
            when coalesce(total_cost_qualifier, 'exact') = 'exact' and total_cost_pln is not null
                 and eu_cofinancing_pln is not null and own_contribution_stated_pln is not null
                then abs(total_cost_pln - eu_cofinancing_pln - own_contribution_stated_pln) <= 0.01
        end as budget_identity_holds,
        case when participants_actual > 0 then participants_completed / participants_actual end
            as completion_rate,
        case
            when participants_breakdown_sum is not null and participants_planned is not null
                then participants_breakdown_sum = participants_planned
        end as breakdown_matches_planned,
        case when total_is_exact and participants_planned > 0 then total_cost_pln / participants_planned end
            as cost_per_planned_participant_pln,
        case when total_is_exact and participants_actual > 0 then total_cost_pln / participants_actual end
            as cost_per_actual_participant_pln,
        case
            when total_is_exact and coalesce(participants_actual, participants_planned) > 0 and duration_months > 0
                then total_cost_pln / (coalesce(participants_actual, participants_planned) * duration_months)
        end as cost_per_participant_month_pln
    from derived
)

select
    *,
    {{ base_year }} as price_base_year,
    total_cost_pln * constant_price_factor                   as total_cost_constant_pln,
    eu_cofinancing_pln * constant_price_factor               as eu_cofinancing_constant_pln,
    own_contribution_pln * constant_price_factor             as own_contribution_constant_pln,
    cost_per_planned_participant_pln * constant_price_factor as cost_per_planned_participant_constant_pln,
    cost_per_actual_participant_pln * constant_price_factor  as cost_per_actual_participant_constant_pln,
    total_cost_pln / eur_pln_rate                            as total_cost_eur,
    eu_cofinancing_pln / eur_pln_rate                        as eu_cofinancing_eur,
    own_contribution_pln / eur_pln_rate                      as own_contribution_eur,
    cost_per_planned_participant_pln / eur_pln_rate          as cost_per_planned_participant_eur,
    {{ this_run() }}                                         as dbt_invocation_id
from ratios
