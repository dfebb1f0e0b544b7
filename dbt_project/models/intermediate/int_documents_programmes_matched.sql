{#-
    One row per current ok document: the operational programme it names, matched to a programme
    code of the `programmes` seed.

    1. crosswalk: the name's key (normalise_key: lower case, no diacritics, punctuation and dashes
       as spaces) equals the key of a variant in `programme_crosswalk` (declined forms, acronyms).
    2. pattern: otherwise the name in normal form (normalise_text) matches the programme's
       `name_pattern` (keyword stems that survive Polish case endings, e.g. 'kapital\w* ludzk', or
       'regionaln' + a voivodeship stem), and the programming period agrees: the period is read
       from the years in the name ('2014-2020'), else the document's programme_period. Among
       matches the lowest match_priority wins; a tie between programmes (e.g. an RPO named without
       its years in a document with no period) is left unmatched ('ambiguous').
    No programme named -> no code (never guessed from dates or measures).
    Incremental: the documents int_documents_pivoted wrote in this build (macros/incremental.sql).
-#}
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='document_id',
    on_schema_change='fail',
    post_hook="{{ delete_rows_absent_from('document_id', ref('int_documents_pivoted')) }}"
) }}
with documents as (
    select
        document_id,
        programme,
        programme_period,
        {{ normalise_key('programme') }}  as programme_key,
        {{ normalise_text('programme') }} as programme_text
    from {{ ref('int_documents_pivoted') }}
    {%- if is_incremental() %}
    where {{ written_in_this_run() }}
    {%- endif %}
),

crosswalk as (
    select distinct
        {{ normalise_key('programme_name_variant') }} as variant_key,
        programme_code
    from {{ ref('programme_crosswalk') }}
),

names as (
    -- the matching runs once per distinct (name, period), not once per document
    select distinct
        programme_key,
        programme_text,
        programme_period,
        {{ programme_name_id('programme_key', 'programme_text', 'programme_period') }} as name_id
    from documents
    where programme is not null
),

crosswalk_matches as (
    select
        names.name_id,
        min(crosswalk.programme_code)            as programme_code,
        count(distinct crosswalk.programme_code) as n_codes
    from names
    join crosswalk on crosswalk.variant_key = names.programme_key
    group by names.name_id
),

pattern_best as (
    {{ match_programme_by_pattern('names', 'name_id', 'programme_text', 'programme_period') }}
)

select
    documents.document_id,
    documents.programme,
    case
        when crosswalk_matches.n_codes = 1 then crosswalk_matches.programme_code
        when crosswalk_matches.n_codes is null and pattern_best.n_codes = 1 then pattern_best.programme_code
    end as programme_code,
    case
        when documents.programme is null then 'none'
        when crosswalk_matches.n_codes = 1 then 'crosswalk'
        when crosswalk_matches.n_codes > 1 then 'ambiguous'
        when pattern_best.n_codes = 1 then 'pattern'
        when pattern_best.n_codes > 1 then 'ambiguous'
        else 'unmatched'
    end as programme_match_method,
    {{ this_run() }} as dbt_invocation_id
from documents
left join crosswalk_matches
  on crosswalk_matches.name_id = {{ programme_name_id('documents.programme_key', 'documents.programme_text', 'documents.programme_period') }}
left join pattern_best
  on pattern_best.match_id = {{ programme_name_id('documents.programme_key', 'documents.programme_text', 'documents.programme_period') }}
