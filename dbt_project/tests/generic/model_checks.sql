{#-
    Every structural rule of one model (or seed) as one dbt test: one dbt node per model instead of
    one per rule and column (a small build's time is dbt's per-node overhead, ~0.09 s a test idle).
    Severity error (the project's default): a failure blocks the build. Contradictions that come
    from documents stay separate `warn` tests.

    Arguments (each optional):
      not_null          [column, ...]                       no null
      unique            [column, ...]                       no non-null value twice
      unique_combinations [[column, ...], ...]              no combination twice (nulls included)
      accepted_values   {column: [value, ...]}              compared as text; a null passes
      relationships     {column: {to: model, field: col}}   a non-null value has its parent
      matches_regex     {column: RE2 pattern, anchored}     a non-null value matches
      shares            [column, ...]                       a non-null value lies in [0, 1]
      expressions       {name: boolean SQL}                 true or null on every row

    One row per failure, as the per-column tests returned them, so the failure count is the sum
    they would report: `check_name`, `column_name` (the expression's name for an expression, the
    columns joined by ', ' for a combination), `value` (as text; null for a null cell or an
    expression) and `n_records` (the rows holding a bad or duplicated value; 1 otherwise):
    not_null one per null cell; unique and unique_combinations one per value (or combination) held
    by several rows; accepted_values one per column and value outside its list; relationships,
    matches_regex, shares and expressions one per failing row.

    On the slice (macros/tests_on_the_slice.sql): in an incremental build the per-row rules
    (not_null, accepted_values, matches_regex, shares, expressions) read only the rows this build
    wrote; the set-wide ones (unique, unique_combinations, relationships) read the whole model.
-#}
{% test model_checks(model, not_null=[], unique=[], unique_combinations=[], accepted_values={},
                     relationships={}, matches_regex={}, shares=[], expressions={}) %}
{%- set rows = model -%}
{%- if execute and tests_read_the_slice() -%}
    {%- set predicate = slice_predicate(model) -%}
    {%- if predicate -%}
        {%- set rows = '(select * from ' ~ model ~ ' where ' ~ predicate ~ ')' -%}
    {%- endif -%}
{%- endif -%}
{%- set parts = [] -%}
{%- if not_null -%}
{%- set sql -%}
select 'not_null' as check_name, cells.column_name, cast(null as varchar) as value, 1 as n_records
from (
    select unnest([
        {%- for column in not_null %}
        case when {{ column }} is null then '{{ column }}' end{{ ',' if not loop.last }}
        {%- endfor %}
    ]) as column_name
    from {{ rows }}
) cells
where cells.column_name is not null
{%- endset -%}
{%- do parts.append(sql) -%}
{%- endif -%}
{%- for column in unique -%}
{%- set sql -%}
select 'unique' as check_name, '{{ column }}' as column_name, cast({{ column }} as varchar) as value,
       count(*) as n_records
from {{ model }}
where {{ column }} is not null
group by {{ column }}
having count(*) > 1
{%- endset -%}
{%- do parts.append(sql) -%}
{%- endfor -%}
{%- for columns in unique_combinations -%}
{%- set sql -%}
select 'unique_combinations' as check_name, '{{ columns | join(", ") }}' as column_name,
       concat_ws(', ', {% for c in columns %}coalesce(cast({{ c }} as varchar), 'null'){{ ', ' if not loop.last }}{% endfor %}) as value,
       count(*) as n_records
from {{ model }}
group by {{ columns | join(', ') }}
having count(*) > 1
{%- endset -%}
{%- do parts.append(sql) -%}
{%- endfor -%}
{%- if accepted_values -%}
{%- set sql -%}
select 'accepted_values' as check_name, bad.column_name, bad.value, count(*) as n_records
from (
    select unnest([
        {%- for column, values in accepted_values.items() %}
        case
            when {{ column }} is not null and cast({{ column }} as varchar) not in (
                {%- for v in values %}'{{ v | string | replace("'", "''") }}'{{ ', ' if not loop.last }}{% endfor -%}
            )
            then {'column_name': '{{ column }}', 'value': cast({{ column }} as varchar)}
        end{{ ',' if not loop.last }}
        {%- endfor %}
    ]) as bad
    from {{ rows }}
) cells
where bad is not null
group by 2, 3
{%- endset -%}
{%- do parts.append(sql) -%}
{%- endif -%}
{%- for column, parent in relationships.items() -%}
{%- set sql -%}
select 'relationships' as check_name, '{{ column }}' as column_name,
       cast(child.{{ column }} as varchar) as value, 1 as n_records
from {{ model }} as child
where child.{{ column }} is not null
  and not exists (
    select 1 from {{ ref(parent['to']) }} as parent
    where parent.{{ parent['field'] }} = child.{{ column }}
  )
{%- endset -%}
{%- do parts.append(sql) -%}
{%- endfor -%}
{%- for column, pattern in matches_regex.items() -%}
{%- set sql -%}
select 'matches_regex' as check_name, '{{ column }}' as column_name,
       cast({{ column }} as varchar) as value, 1 as n_records
from {{ rows }}
where {{ column }} is not null
  and not regexp_full_match(cast({{ column }} as varchar), '{{ pattern }}')
{%- endset -%}
{%- do parts.append(sql) -%}
{%- endfor -%}
{%- for column in shares -%}
{%- set sql -%}
select 'shares' as check_name, '{{ column }}' as column_name,
       cast({{ column }} as varchar) as value, 1 as n_records
from {{ rows }}
where {{ column }} is not null
  and ({{ column }} < 0 or {{ column }} > 1)
{%- endset -%}
{%- do parts.append(sql) -%}
{%- endfor -%}
{%- for name, expression in expressions.items() -%}
{%- set sql -%}
select 'expressions' as check_name, '{{ name }}' as column_name,
       cast(null as varchar) as value, 1 as n_records
from {{ rows }}
where not coalesce(({{ expression }}), true)
{%- endset -%}
{%- do parts.append(sql) -%}
{%- endfor -%}
{%- if parts -%}
{%- for part in parts %}
select * from (
{{ part }}
) part_{{ loop.index }}
{{ 'union all' if not loop.last }}
{%- endfor %}
{%- else %}
select 'none' as check_name, null as column_name, null as value, 0 as n_records where false
{%- endif %}
{% endtest %}
