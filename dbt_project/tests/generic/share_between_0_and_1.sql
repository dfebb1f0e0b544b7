{#-
    A share (or rate) must lie in [0, 1]. Shares are computed from document figures, so a value
    outside the range means the document contradicts itself (e.g. EU co-financing above the total):
    severity warn by default; override with config: {severity: error} for computed structure.
-#}
{% test share_between_0_and_1(model, column_name) %}
{{ config(severity='warn') }}
select *
from {{ model }}
where {{ column_name }} is not null
  and ({{ column_name }} < 0 or {{ column_name }} > 1)
{% endtest %}
