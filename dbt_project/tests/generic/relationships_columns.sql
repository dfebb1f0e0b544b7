{#-
    Each given column's non-null values exist in their parent: dbt's `relationships` for several
    columns of one model, as one test (one dbt node instead of one per column). `columns` maps a
    column to `{to: <model or seed name>, field: <the parent's column>}`. One row is returned per
    child row whose value has no parent, naming the column (as dbt's test returns one per row),
    so the failure count is the sum the per-column tests would report. Set-wide: never sliced (a
    row the build did not write can lose the parent of one it did; an anti-join per column).
-#}
{% test relationships_columns(model, columns) %}
{%- for column, parent in columns.items() %}
select '{{ column }}' as column_name, cast(child.{{ column }} as varchar) as value
from {{ model }} as child
where child.{{ column }} is not null
  and not exists (
    select 1 from {{ ref(parent['to']) }} as parent
    where parent.{{ parent['field'] }} = child.{{ column }}
  )
{{ 'union all' if not loop.last }}
{%- endfor %}
{% endtest %}
