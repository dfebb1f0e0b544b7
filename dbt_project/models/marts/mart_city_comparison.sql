{#-
    One row per city × programming period of the projects in fct_projects (unknown period ->
    'unknown'). Every figure is on one stated basis and carries the number of projects behind it:

    - money: whole-project figures only (total_cost_basis / eu_cofinancing_basis = 'whole_project');
      a project known only through editions is counted in `projects` but not in the sums.
      total_cost_pln_sum adds exact totals; lower bounds ('more_than') are added separately
      (total_cost_lower_bound_pln_sum) and total_cost_at_least_pln = exact + lower bounds is shown
      as "≥". eu_cofinancing_share_weighted uses only projects whose exact total and EU
      co-financing are both whole-project figures and consistent (EU not above the total: a contradicting
      project is flagged on its own row and left out of the weighted share, so one document cannot
      push a whole city-period out of the publication).
    - per capita: the same sums / dim_city.population (PLN per inhabitant).
    - per year: exact whole-project totals / their project-years (duration_months / 12).
    - participants: planned and actual are separate sums, each over whole-project figures.
    - cost per planned participant and cost per actual participant: separate medians.
-#}
with projects as (
    select *, coalesce(programme_period, 'unknown') as period_key
    from {{ ref('fct_projects') }}
),

used as (
    select
        city_slug,
        period_key,
        project_id,
        case when total_cost_basis = 'whole_project' and total_cost_qualifier = 'exact' then total_cost_pln end
            as total_exact,
        case when total_cost_basis = 'whole_project' and total_cost_qualifier = 'more_than' then total_cost_pln end
            as total_lower_bound,
        case when total_cost_basis = 'whole_project' and total_cost_qualifier = 'exact' then total_cost_constant_pln end
            as total_constant,
        case when total_cost_basis = 'whole_project' and total_cost_qualifier = 'exact' then total_cost_eur end
            as total_eur,
        case when total_cost_basis = 'whole_project' and total_cost_qualifier = 'exact' and duration_months > 0
             then duration_months / 12.0 end                                          as project_years,
        case when eu_cofinancing_basis = 'whole_project' then eu_cofinancing_pln end  as eu,
        case when total_cost_basis = 'whole_project' and total_cost_qualifier = 'exact'
                  and eu_cofinancing_basis = 'whole_project' and eu_cofinancing_share between 0 and 1
             then total_cost_pln end                                                  as share_total,
        case when total_cost_basis = 'whole_project' and total_cost_qualifier = 'exact'
                  and eu_cofinancing_basis = 'whole_project' and eu_cofinancing_share between 0 and 1
             then eu_cofinancing_pln end                                              as share_eu,
        case when participants_planned_basis = 'whole_project' then participants_planned end as planned,
        case when participants_actual_basis = 'whole_project' then participants_actual end   as actual,
        cost_per_planned_participant_pln,
        cost_per_actual_participant_pln,
        cost_per_planned_participant_constant_pln,
        cost_per_actual_participant_constant_pln
    from projects
),

grouped as (
    select
        city_slug,
        period_key,
        count(*)                                                   as projects,
        count(total_exact)                                         as projects_with_total_cost,
        sum(total_exact)                                           as total_cost_pln_sum,
        count(total_lower_bound)                                   as projects_with_lower_bound_total,
        sum(total_lower_bound)                                     as total_cost_lower_bound_pln_sum,
        case when count(total_constant) = count(total_exact) then sum(total_constant) end
                                                                   as total_cost_constant_pln_sum,
        case when count(total_eur) = count(total_exact) then sum(total_eur) end
                                                                   as total_cost_eur_sum,
        count(eu)                                                  as projects_with_eu_cofinancing,
        sum(eu)                                                    as eu_cofinancing_pln_sum,
        count(share_total)                                         as projects_with_eu_cofinancing_share,
        sum(share_eu) / nullif(sum(share_total), 0)                as eu_cofinancing_share_weighted,
        count(project_years)                                       as projects_with_cost_per_project_year,
        sum(case when project_years is not null then total_exact end) / nullif(sum(project_years), 0)
                                                                   as total_cost_per_project_year_pln,
        count(planned)                                             as projects_with_participants_planned,
        cast(sum(planned) as bigint)                               as participants_planned_sum,
        count(actual)                                              as projects_with_participants_actual,
        cast(sum(actual) as bigint)                                as participants_actual_sum,
        count(cost_per_planned_participant_pln)                    as projects_with_cost_per_planned_participant,
        median(cost_per_planned_participant_pln)                   as median_cost_per_planned_participant_pln,
        case when count(cost_per_planned_participant_constant_pln) = count(cost_per_planned_participant_pln)
             then median(cost_per_planned_participant_constant_pln) end
                                                                   as median_cost_per_planned_participant_constant_pln,
        count(cost_per_actual_participant_pln)                     as projects_with_cost_per_actual_participant,
        median(cost_per_actual_participant_pln)                    as median_cost_per_actual_participant_pln,
        case when count(cost_per_actual_participant_constant_pln) = count(cost_per_actual_participant_pln)
             then median(cost_per_actual_participant_constant_pln) end
                                                                   as median_cost_per_actual_participant_constant_pln
    from used
    group by city_slug, period_key
)

select
    grouped.city_slug,
    cities.city_name,
    grouped.period_key                                             as programme_period,
    cities.population,
    cast(grouped.projects as integer)                              as projects,
    cast(grouped.projects_with_total_cost as integer)              as projects_with_total_cost,
    grouped.total_cost_pln_sum,
    cast(grouped.projects_with_lower_bound_total as integer)       as projects_with_lower_bound_total,
    grouped.total_cost_lower_bound_pln_sum,
    case when grouped.projects_with_total_cost + grouped.projects_with_lower_bound_total > 0
         then coalesce(grouped.total_cost_pln_sum, 0) + coalesce(grouped.total_cost_lower_bound_pln_sum, 0) end
                                                                   as total_cost_at_least_pln,
    grouped.total_cost_constant_pln_sum,
    grouped.total_cost_eur_sum,
    grouped.total_cost_pln_sum / nullif(cities.population, 0)      as total_cost_per_capita_pln,
    cast(grouped.projects_with_eu_cofinancing as integer)          as projects_with_eu_cofinancing,
    grouped.eu_cofinancing_pln_sum,
    grouped.eu_cofinancing_pln_sum / nullif(cities.population, 0)  as eu_cofinancing_per_capita_pln,
    cast(grouped.projects_with_eu_cofinancing_share as integer)    as projects_with_eu_cofinancing_share,
    grouped.eu_cofinancing_share_weighted,
    cast(grouped.projects_with_cost_per_project_year as integer)   as projects_with_cost_per_project_year,
    grouped.total_cost_per_project_year_pln,
    cast(grouped.projects_with_participants_planned as integer)    as projects_with_participants_planned,
    grouped.participants_planned_sum,
    cast(grouped.projects_with_participants_actual as integer)     as projects_with_participants_actual,
    grouped.participants_actual_sum,
    cast(grouped.projects_with_cost_per_planned_participant as integer) as projects_with_cost_per_planned_participant,
    grouped.median_cost_per_planned_participant_pln,
    grouped.median_cost_per_planned_participant_constant_pln,
    cast(grouped.projects_with_cost_per_actual_participant as integer)  as projects_with_cost_per_actual_participant,
    grouped.median_cost_per_actual_participant_pln,
    grouped.median_cost_per_actual_participant_constant_pln
from grouped
left join {{ ref('dim_city') }} as cities using (city_slug)
