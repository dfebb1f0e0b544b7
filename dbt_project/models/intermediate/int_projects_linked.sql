{#-
    One row per current ok document (= project scope), linked to its project.

    project key: the implementer's city (landing folder) + the title's key (normalise_key: lower
    case, no diacritics, quotes / dashes / punctuation as spaces; no words removed), so that
    „Aktywna Integracja - Projekt Systemowy MOPR Włocławek” and „Aktywna Integracja – Projekt
    Systemowy MOPR Włocławek” (hyphen vs en dash) are one project. Without a title: city +
    programme code (or the programme's key) + submeasure/measure; without those either, the
    document is its own project. project_id = first 16 hex digits of md5(project key).

    document_kind, first rule that holds (keyword tests on the cleaned text + title, lower case;
    the patterns accept letters with or without Polish diacritics, see polish_pattern):
      final_report  'informacja końcowa' or 'sprawozdanie', or 'zakończ…' with actual participants;
      announcement  'otrzyma' / 'otrzymają' (future tense) and no start or end date;
      plan          planned participants and a present/future-tense marker ('realizowany jest',
                    'przewiduje', 'będzie', 'zostanie', 'planowany', …);
      project_page  otherwise.
    scope: 'edition' when the document's period lies within one calendar year and another document
    of the same project covers a strictly longer period containing it; scope_year = that year.
    Otherwise 'whole_project'.
-#}
with documents as (
    select
        pivoted.*,
        matched.programme_code,
        matched.programme_match_method,
        {{ normalise_key('pivoted.title') }} as title_key,
        lower(coalesce(pivoted.title, '') || ' ' || coalesce(pivoted.cleaned_text, '')) as text_lower
    from {{ ref('int_documents_pivoted') }} as pivoted
    left join {{ ref('int_documents_programmes_matched') }} as matched using (document_id)
),

keyed as (
    select
        *,
        case
            when nullif(title_key, '') is not null
                then city_slug || '|title|' || title_key
            when programme is not null or measure is not null or submeasure is not null
                then city_slug || '|programme|'
                     || coalesce(programme_code, {{ normalise_key('programme') }}, '') || '|'
                     || coalesce(submeasure, measure, '')
            else city_slug || '|document|' || document_id
        end as project_key
    from documents
),

classified as (
    select
        *,
        substr(md5(project_key), 1, 16) as project_id,
        case
            when regexp_matches(text_lower, '{{ polish_pattern('informacj\w*\s+koncow|sprawozdani') }}')
                then 'final_report'
            when regexp_matches(text_lower, '{{ polish_pattern('zakoncz') }}') and participants_actual is not null
                then 'final_report'
            when regexp_matches(text_lower, '{{ polish_pattern('(^|[^a-z])otrzyma(ja)?([^a-z]|$)') }}')
                 and start_date is null and end_date is null
                then 'announcement'
            when participants_planned is not null
                 and regexp_matches(
                        text_lower,
                        '{{ polish_pattern('realizowan\w*\s+(jest|sa)|(jest|sa)\s+realizowan|przewiduje|przewidywan|planowan|planuje'
                                           ~ '|(^|[^a-z])(bedzie|beda|zostanie|zostana)([^a-z]|$)|(^|[^a-z])zaklada([^a-z]|$)') }}')
                then 'plan'
            else 'project_page'
        end as document_kind
    from keyed
),

edition_tests as (
    select
        this.*,
        (
            this.start_date is not null
            and this.end_date is not null
            and year(this.start_date) = year(this.end_date)
            and exists (
                select 1
                from classified as other
                where other.project_id = this.project_id
                  and other.document_id <> this.document_id
                  and other.start_date <= this.start_date
                  and other.end_date >= this.end_date
                  and (other.end_date - other.start_date) > (this.end_date - this.start_date)
            )
        ) as is_edition
    from classified as this
)

select
    * exclude (text_lower, is_edition),
    case when is_edition then 'edition' else 'whole_project' end as scope,
    case when is_edition then year(start_date) end              as scope_year
from edition_tests
