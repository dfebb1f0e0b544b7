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

{#- A regular expression written for text in normal form (lower case, no Polish diacritics), turned
    into one that matches lower-cased raw text directly: each of a c e l n o s z outside a bracket
    class also accepts its Polish letter, \w and a-z ranges include the Polish letters, \s a no-break
    space. Used on whole
    documents, where normalise_text (strip_accents and two regexp_replace passes over ~10 KB per
    document) cost ~10x more than the match itself. -#}
{% macro polish_pattern(pattern) -%}
    {%- set letters = {'a': '[aą]', 'c': '[cć]', 'e': '[eę]', 'l': '[lł]', 'n': '[nń]', 'o': '[oó]',
                       's': '[sś]', 'z': '[zźż]'} -%}
    {%- set ns = namespace(out='', esc=false, cls=false) -%}
    {%- for ch in pattern.replace('a-z', 'a-ząćęłńóśźż') -%}
        {%- if ns.esc -%}
            {%- if ch == 'w' and not ns.cls -%}
                {%- set ns.out = ns.out ~ '[0-9a-z_ąćęłńóśźż]' -%}
            {%- elif ch == 's' and not ns.cls -%}
                {%- set ns.out = ns.out ~ '[\\s\\x{00a0}]' -%}
            {%- else -%}
                {%- set ns.out = ns.out ~ '\\' ~ ch -%}
            {%- endif -%}
            {%- set ns.esc = false -%}
        {%- elif ch == '\\' -%}
            {%- set ns.esc = true -%}
        {%- elif ch == '[' -%}
            {%- set ns.cls = true -%}{%- set ns.out = ns.out ~ ch -%}
        {%- elif ch == ']' -%}
            {%- set ns.cls = false -%}{%- set ns.out = ns.out ~ ch -%}
        {%- elif ch in letters and not ns.cls -%}
            {%- set ns.out = ns.out ~ letters[ch] -%}
        {%- else -%}
            {%- set ns.out = ns.out ~ ch -%}
        {%- endif -%}
    {%- endfor -%}
    {{- ns.out -}}
{%- endmacro %}
