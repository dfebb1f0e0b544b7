{#-
    Each given column holds only its accepted values: dbt's `accepted_values` for several columns
    of one model, as one test (one dbt node instead of one per column: a small build's time is
    dbt's per-node overhead). `columns` maps a column to its list of values, compared as text as
    dbt's test does (quoted); a null is not a failure (as in dbt's test). One row is returned per
    column and value outside its list, with the number of rows holding it (`n_records`), so the
    failure count is the sum the per-column tests would report. One pass over the model. Per-row:
    an incremental build reads only the rows it wrote (macros/tests_on_the_slice.sql).
-#}
{% test accepted_values_columns(model, columns) %}
select bad.column_name as column_name, bad.value as value, count(*) as n_records
from (
    select unnest([
        {%- for column, values in columns.items() %}
        case
            when {{ column }} is not null and cast({{ column }} as varchar) not in (
                {%- for v in values %}'{{ v | string | replace("'", "''") }}'{{ ', ' if not loop.last }}{% endfor -%}
            )
            then {'column_name': '{{ column }}', 'value': cast({{ column }} as varchar)}
        end{{ ',' if not loop.last }}
        {%- endfor %}
    ]) as bad
    from {{ model }}
) cells
where bad is not null
group by 1, 2
{% endtest %}
