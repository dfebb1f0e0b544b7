{#-
    Text normal forms used to match Polish labels written in documents.

    normalise_text(expr): lower case, diacritics stripped (ł -> l as well, strip_accents keeps it),
    every dash (‐ ‑ ‒ – — −) turned into '-' with the spaces around it removed, typographic and plain
    quotes removed, non-breaking spaces and runs of whitespace collapsed to one space, trimmed.
    Keyword / regex rules in the seeds (participant_group_categories, instrument_types,
    programmes.name_pattern) are written against this form.
        'Kujawsko - Pomorskiego na lata 2014 – 2020' -> 'kujawsko-pomorskiego na lata 2014-2020'

    normalise_key(expr): normalise_text, then every run of characters other than a-z 0-9 becomes one
    space: the form used for exact keys (programme name variants, project titles).
        '„Aktywna Integracja – Projekt Systemowy MOPR Włocławek”'
            -> 'aktywna integracja projekt systemowy mopr wloclawek'
-#}
{% macro normalise_text(expr) -%}
    trim(regexp_replace(regexp_replace(
        translate(strip_accents(lower({{ expr }})), 'ł' || chr(160) || '‐‑‒–—−„”“"«»‚‘’', 'l ------'),
        '\s*-\s*', '-', 'g'),
        '\s+', ' ', 'g'))
{%- endmacro %}

{% macro normalise_key(expr) -%}
    trim(regexp_replace({{ normalise_text(expr) }}, '[^a-z0-9]+', ' ', 'g'))
{%- endmacro %}
