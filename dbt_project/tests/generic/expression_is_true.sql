{#-
    Every row satisfies a boolean SQL expression (rows where it is false are returned; null counts
    as satisfied, so write `x is null or ...` explicitly when null must fail).
-#}
{% test expression_is_true(model, expression, column_name=none) %}
select *
from {{ model }}
where not coalesce(({{ expression }}), true)
{% endtest %}
