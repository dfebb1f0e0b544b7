{#-
    A participant breakdown (sum of the group counts) equals the planned total where both are
    stated. Mismatches are flagged in the mart (breakdown_matches_planned = false) and published:
    severity warn.
-#}
{% test breakdown_sums_to_total(model, breakdown_sum_column='participants_breakdown_sum',
                                total_column='participants_planned') %}
{{ config(severity='warn') }}
select *
from {{ model }}
where {{ breakdown_sum_column }} is not null
  and {{ total_column }} is not null
  and {{ breakdown_sum_column }} <> {{ total_column }}
{% endtest %}
