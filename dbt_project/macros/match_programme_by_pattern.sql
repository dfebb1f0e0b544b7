{#-
    Keyword-pattern matching of programme names, shared by int_documents_programmes_matched and
    the singular test assert_programme_patterns_agree_with_crosswalk.

    `names` is a relation / CTE name with columns (id_column, text_column, period_column) where
    text_column is a programme name in normal form (normalise_text) and period_column the period
    to require ('2014-2020'; null = any). Returns one row per id with the best match:
    (id, programme_code, match_priority, n_codes); n_codes > 1 means a tie (ambiguous).
    The period used is the one written in the name ('2014-2020'), else period_column.
-#}
{% macro match_programme_by_pattern(names, id_column, text_column, period_column) -%}
    select
        {{ id_column }} as match_id,
        min(programme_code)            as programme_code,
        match_priority,
        count(distinct programme_code) as n_codes
    from (
        select
            names.{{ id_column }},
            programmes.programme_code,
            programmes.match_priority
        from {{ names }} as names
        join {{ ref('programmes') }} as programmes
          on regexp_matches(names.{{ text_column }}, programmes.name_pattern)
        where names.{{ text_column }} is not null
          and (
                coalesce(nullif(regexp_extract(names.{{ text_column }}, '(20[0-9]{2})-(20[0-9]{2})', 0), ''),
                         names.{{ period_column }}) is null
                or programmes.programme_period
                   = coalesce(nullif(regexp_extract(names.{{ text_column }}, '(20[0-9]{2})-(20[0-9]{2})', 0), ''),
                              names.{{ period_column }})
              )
    ) as candidates
    group by {{ id_column }}, match_priority
    qualify row_number() over (partition by {{ id_column }} order by match_priority) = 1
{%- endmacro %}
