{#- The key of one distinct programme name as written (its key, its normal form, the period):
    int_documents_programmes_matched matches each such name once and joins the result back. -#}
{% macro programme_name_id(key_column, text_column, period_column) -%}
    (coalesce({{ key_column }}, '') || '|' || coalesce({{ text_column }}, '') || '|' || coalesce({{ period_column }}, ''))
{%- endmacro %}
