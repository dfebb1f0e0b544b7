{#-
    None of the given columns is null: dbt's `not_null` for several columns of one model, as one
    test (one dbt node instead of one per column: at five documents dbt's time is per-node
    overhead, ~0.09 s a test idle). One row is returned per null cell, naming its column, so the
    failure count is the sum the per-column `not_null` tests would report, and `dbt build` stores
    nothing else. One pass over the model (DuckDB `unnest` of a list). Per-row: an incremental
    build reads only the rows it wrote (macros/tests_on_the_slice.sql). Structural: severity error
    (the project's default for data tests).
-#}
{% test not_null_columns(model, columns) %}
select null_column
from (
    select unnest([
        {%- for column in columns %}
        case when {{ column }} is null then '{{ column }}' end{{ ',' if not loop.last }}
        {%- endfor %}
    ]) as null_column
    from {{ model }}
) cells
where null_column is not null
{% endtest %}
