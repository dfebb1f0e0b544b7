{#- How precise a date read from `segment` (the part of the evidence sentence that names it) is:
    'day' (a day number with a month: 1.10.2017, 2017-10-01, 31 grudnia 2011), 'month' (a month
    name or number with a year: stycznia 2011, maj 2008, 10.2017), else 'year'. Null without a date;
    'day' when the sentence is unknown (the extractor read a full date). -#}
{% macro date_precision(date_column, segment) -%}
    case
        when {{ date_column }} is null then null
        when coalesce({{ segment }}, '') = '' then 'day'
        when regexp_matches({{ segment }}, '[0-9]{1,2}\s*[./]\s*[0-9]{1,2}\s*[./]\s*[0-9]{4}|[0-9]{4}-[0-9]{2}-[0-9]{2}')
          or regexp_matches(lower({{ segment }}), '(^|[^0-9])[0-9]{1,2}\s+(stycz|lut|mar|kwie|maj|czerw|lip|sierp|wrze|pa[zź]dz|listop|grud)')
            then 'day'
        when regexp_matches(lower({{ segment }}), '(stycz|luty|lutego|marz|marc|kwie|maj|czerw|lip|sierp|wrze|pa[zź]dzi|listop|grud)')
          or regexp_matches({{ segment }}, '(^|[^0-9.])[0-9]{1,2}\s*[./]\s*[0-9]{4}')
            then 'month'
        else 'year'
    end
{%- endmacro %}
