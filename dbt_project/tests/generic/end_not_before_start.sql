{#-
    A period's end date is not before its start date (both stated). Dates come from documents:
    severity warn.
-#}
{% test end_not_before_start(model, start_column='start_date', end_column='end_date') %}
{{ config(severity='warn') }}
select *
from {{ model }}
where {{ start_column }} is not null
  and {{ end_column }} is not null
  and {{ end_column }} < {{ start_column }}
{% endtest %}
