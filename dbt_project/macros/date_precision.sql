{#- How precise a date read from `segment` (the part of the evidence sentence that names it) is:
    'day' (a day number with a month: 1.10.2017, 2017-10-01, 31 grudnia 2011), 'month' (a month
    name or number with a year: stycznia 2011, maj 2008, 10.2017), else 'year'. Null without a date;
    'day' when the sentence is unknown (the extractor read a full date). Spaces include the
    no-break space (U+00A0), which the documents use between a day and its month. -#}
{% macro date_precision(date_column, segment) -%}
    case
        when {{ date_column }} is null then null
        when coalesce({{ segment }}, '') = '' then 'day'
        when regexp_matches({{ segment }}, '[0-9]{1,2}[\s\x{00a0}]*[./][\s\x{00a0}]*[0-9]{1,2}[\s\x{00a0}]*[./][\s\x{00a0}]*[0-9]{4}|[0-9]{4}-[0-9]{2}-[0-9]{2}')
          or regexp_matches(lower({{ segment }}), '(^|[^0-9])[0-9]{1,2}[\s\x{00a0}]+(stycz|lut|mar|kwie|maj|czerw|lip|sierp|wrze|pa[zź]dz|listop|grud)')
            then 'day'
        when regexp_matches(lower({{ segment }}), '(stycz|luty|lutego|marz|marc|kwie|maj|czerw|lip|sierp|wrze|pa[zź]dzi|listop|grud)')
          or regexp_matches({{ segment }}, '(^|[^0-9.])[0-9]{1,2}[\s\x{00a0}]*[./][\s\x{00a0}]*[0-9]{4}')
            then 'month'
        else 'year'
    end
{%- endmacro %}

{#- The pattern that splits a date range's sentence into its start and end parts: a dash with
    spaces around it, an en or em dash, or the word 'do' ('od stycznia 2011 r. do 31 grudnia'). -#}
{% macro date_range_separator() -%}
    '[\s\x{00a0}][–—-][\s\x{00a0}]|[\s\x{00a0}]+do[\s\x{00a0}]+|[–—]'
{%- endmacro %}
