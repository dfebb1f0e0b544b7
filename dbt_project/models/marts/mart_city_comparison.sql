{#-
    One row per city × programming period (unknown period -> 'unknown'): the project scopes of
    fct_projects and their summed / weighted / median figures, each with the number of scopes
    behind it.

    No double counting of editions: an edition's figure is used only when no whole-project scope
    of the same project states that figure (for the total: states it exactly). Totals are summed
    only when exact (a 'more_than' total is a lower bound, not a figure to add up).
    Constant-price and EUR sums / medians cover the same scopes as their nominal counterparts
    (projects_with_total_cost, projects_with_cost_per_participant) and are null when one of those
    scopes lacks a start date (no price year).
-#}
with projects as (
    select
        *,
        coalesce(programme_period, 'unknown') as period_key,
        coalesce(cost_per_actual_participant_pln, cost_per_planned_participant_pln) as cost_per_participant_pln,
        coalesce(cost_per_actual_participant_constant_pln, cost_per_planned_participant_constant_pln)
            as cost_per_participant_constant_pln
    from {{ ref('fct_projects') }}
),

whole_project_figures as (
    select
        *,
        coalesce(bool_or(scope = 'whole_project' and total_cost_qualifier = 'exact' and total_cost_pln is not null)
                 over (partition by project_id), false) as whole_states_total,
        coalesce(bool_or(scope = 'whole_project' and eu_cofinancing_pln is not null)
                 over (partition by project_id), false) as whole_states_eu,
        coalesce(bool_or(scope = 'whole_project' and participants_planned is not null)
                 over (partition by project_id), false) as whole_states_planned,
        coalesce(bool_or(scope = 'whole_project' and participants_actual is not null)
                 over (partition by project_id), false) as whole_states_actual,
        coalesce(bool_or(scope = 'whole_project' and cost_per_participant_pln is not null)
                 over (partition by project_id), false) as whole_states_cost_per_participant
    from projects
),

used as (
    select
        city_slug,
        city_name,
        period_key,
        project_scope_id,
        case when total_cost_qualifier = 'exact' and not (scope = 'edition' and whole_states_total)
             then total_cost_pln end                                         as total_used,
        case when total_cost_qualifier = 'exact' and not (scope = 'edition' and whole_states_total)
             then total_cost_constant_pln end                                as total_constant_used,
        case when total_cost_qualifier = 'exact' and not (scope = 'edition' and whole_states_total)
             then total_cost_eur end                                         as total_eur_used,
        case when not (scope = 'edition' and whole_states_eu)
             then eu_cofinancing_pln end                                     as eu_used,
        case when not (scope = 'edition' and whole_states_planned)
             then participants_planned end                                   as planned_used,
        case when not (scope = 'edition' and whole_states_actual)
             then participants_actual end                                    as actual_used,
        case when not (scope = 'edition' and whole_states_cost_per_participant)
             then cost_per_participant_pln end                               as cost_pp_used,
        case when not (scope = 'edition' and whole_states_cost_per_participant)
             then cost_per_participant_constant_pln end                      as cost_pp_constant_used
    from whole_project_figures
)

select
    city_slug,
    any_value(city_name)                                   as city_name,
    period_key                                             as programme_period,
    count(*)                                               as projects,
    count(total_used)                                      as projects_with_total_cost,
    sum(total_used)                                        as total_cost_pln_sum,
    sum(eu_used)                                           as eu_cofinancing_pln_sum,
    count(eu_used)                                         as projects_with_eu_cofinancing,
    sum(case when total_used is not null and eu_used is not null then eu_used end)
        / nullif(sum(case when total_used is not null and eu_used is not null then total_used end), 0)
                                                           as eu_cofinancing_share_weighted,
    case when count(total_constant_used) = count(total_used) then sum(total_constant_used) end
                                                           as total_cost_constant_pln_sum,
    cast(sum(planned_used) as bigint)                      as participants_planned_sum,
    count(planned_used)                                    as projects_with_participants_planned,
    cast(sum(actual_used) as bigint)                       as participants_actual_sum,
    count(actual_used)                                     as projects_with_participants_actual,
    median(cost_pp_used)                                   as median_cost_per_participant_pln,
    case when count(cost_pp_constant_used) = count(cost_pp_used) then median(cost_pp_constant_used) end
                                                           as median_cost_per_participant_constant_pln,
    count(cost_pp_used)                                    as projects_with_cost_per_participant,
    case when count(total_eur_used) = count(total_used) then sum(total_eur_used) end
                                                           as total_cost_eur_sum
from used
group by city_slug, period_key
