{#-
    One row per current ok document (= document version in use), linked to its project and, for a
    yearly edition, to its edition.

    Linking (the project key):
    1. group: the implementer's city (landing folder) + the title's key (normalise_key: lower case,
       no diacritics, quotes / dashes / punctuation as spaces), so that „Aktywna Integracja - Projekt
       Systemowy MOPR Włocławek” and „… – …” (hyphen vs en dash) are one group. Without a title: the
       project number (e.g. RPKP.09.02.01-04-0012/16, POKL.07.01.01-…) read from the text; without
       one: city + programme code (or the programme's key) + submeasure/measure; without those either,
       the document is its own project.
    2. periods: within a group, documents whose periods (start..end) overlap form one project
       (islands of overlapping intervals), so two projects of the same title in different periods
       stay apart. A document without dates joins the one island its programming period's window
       overlaps (or the group's only island); when that is ambiguous it stays its own project.
    project_id = first 16 hex digits of md5(project key). The key names what identifies the
    project, never a document version, so that an id holds across edits and new documents of the
    same project: the group key alone for a group's earliest island (a later project of the same
    title, landing later, leaves it as it was), the group key and the island's first start date
    for each later island; a document that is its own project is keyed by its source file (its
    page's address), not by its document_id (which changes with every edit of the file).

    Date precision (start_date_precision, end_date_precision: day | month | year): judged from the
    sentence the date was read from, split at the range's dash or 'do': a day number with a month
    ('1.10.2017', '31 grudnia 2011') -> day; a month ('stycznia 2011', 'maj 2008', '10.2017') ->
    month; only a year ('w latach 2008 – 2013') -> year. The extractor stores year-only ranges as
    1 January .. 31 December; precision says how much of that date is real.

    document_kind, first rule that holds (keyword tests on the cleaned text + title, lower case;
    the patterns accept letters with or without Polish diacritics, see polish_pattern):
      final_report  'informacja końcowa' or 'sprawozdanie', or 'zakończ…' with actual participants;
      announcement  'otrzyma' / 'otrzymają' (future tense) and no start or end date;
      plan          planned participants and a present/future-tense marker ('realizowany jest',
                    'przewiduje', 'będzie', 'zostanie', 'planowany', …);
      project_page  otherwise.
    scope: 'edition' when the document's period lies within one calendar year and another document
    of the same project covers a strictly longer period containing it; scope_year = that year;
    edition_id = md5(project_id | scope_year). Otherwise 'whole_project'.

    Incremental (macros/incremental.sql): everything above happens within a group (group_key, kept
    as a column). A build links again every document of each group that a document written by
    int_documents_pivoted in this build joins, or that a document no longer current leaves: the
    rows of those groups are replaced, the rows of documents no longer current deleted.
-#}
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='document_id',
    on_schema_change='fail',
    post_hook="{{ delete_rows_absent_from('document_id', ref('int_documents_pivoted')) }}"
) }}
{%- set documents_select -%}
    -- the only step that reads the documents' text: the project number and the document kind are
    -- taken from it here, and the text (~10 KB a document) goes no further through the linking
    select
        pivoted.* exclude (dbt_invocation_id, cleaned_text, text_lower),
        matched.programme_code,
        matched.programme_match_method,
        {{ normalise_key('pivoted.title') }} as title_key,
        nullif(regexp_extract(coalesce(pivoted.cleaned_text, ''),
                              '\b([A-Z]{3,6}\.[0-9]{2}\.[0-9]{2}(\.[0-9]{2})?-[0-9]{2}-[0-9A-Z]{2,6}/[0-9]{2}(-[0-9]{2})?)\b',
                              1), '') as project_number,
        case
            when regexp_matches(pivoted.text_lower, '{{ polish_pattern('informacj\w*\s+koncow|sprawozdani') }}')
                then 'final_report'
            when regexp_matches(pivoted.text_lower, '{{ polish_pattern('zakoncz') }}') and pivoted.participants_actual is not null
                then 'final_report'
            when regexp_matches(pivoted.text_lower, '{{ polish_pattern('(^|[^a-z])otrzyma(ja)?([^a-z]|$)') }}')
                 and pivoted.start_date is null and pivoted.end_date is null
                then 'announcement'
            when pivoted.participants_planned is not null
                 and regexp_matches(
                        pivoted.text_lower,
                        '{{ polish_pattern('realizowan\w*\s+(jest|sa)|(jest|sa)\s+realizowan|przewiduje|przewidywan|planowan|planuje'
                                           ~ '|(^|[^a-z])(bedzie|beda|zostanie|zostana)([^a-z]|$)|(^|[^a-z])zaklada([^a-z]|$)') }}')
                then 'plan'
            else 'project_page'
        end as document_kind
    from (
        select *, lower(coalesce(title, '') || ' ' || coalesce(cleaned_text, '')) as text_lower
        from {{ ref('int_documents_pivoted') }}
    ) as pivoted
    left join {{ ref('int_documents_programmes_matched') }} as matched using (document_id)
{%- endset -%}
{%- set group_key -%}
        case
            when nullif(title_key, '') is not null
                then city_slug || '|title|' || title_key
            when project_number is not null
                then 'number|' || project_number
            when programme is not null or measure is not null or submeasure is not null
                then city_slug || '|programme|'
                     || coalesce(programme_code, {{ normalise_key('programme') }}, '') || '|'
                     || coalesce(submeasure, measure, '')
            else city_slug || '|document|' || source_file
        end
{%- endset %}

with
{%- if is_incremental() %}
written as (
    -- documents new to this build
    select document_id from {{ ref('int_documents_pivoted') }} where {{ written_in_this_run() }}
),

touched_groups as (
    -- the groups they join, and the groups documents no longer current leave
    select {{ group_key }} as group_key
    from ({{ documents_select }} where pivoted.document_id in (select document_id from written)) as new_documents
    union
    select group_key
    from {{ this }}
    where document_id not in (select document_id from {{ ref('int_documents_pivoted') }})
),

relinked as (
    select document_id from written
    union
    select document_id from {{ this }}
    where group_key in (select group_key from touched_groups)
),
{%- endif %}

documents as (
    {{ documents_select }}
    {%- if is_incremental() %}
    where pivoted.document_id in (select document_id from relinked)
    {%- endif %}
),

periods as (
    select distinct programme_period, cast(period_start_date as date) as period_start_date,
           cast(period_end_date as date) as period_end_date, programme_code
    from {{ ref('programmes') }}
),

grouped as (
    select
        documents.*,
        {{ group_key }} as group_key,
        coalesce(start_date, end_date) as interval_start,
        coalesce(end_date, start_date) as interval_end,
        coalesce(documents.programme_period, by_code.programme_period) as period_hint
    from documents
    left join (select distinct programme_code, programme_period from periods) as by_code
      using (programme_code)
),

dated as (
    select
        document_id, group_key, interval_start, interval_end,
        case
            when interval_start > max(interval_end) over (
                     partition by group_key order by interval_start, interval_end, document_id
                     rows between unbounded preceding and 1 preceding)
                then 1 else 0
        end as starts_island
    from grouped
    where interval_start is not null
),

dated_islands as (
    select *, sum(starts_island) over (
                  partition by group_key order by interval_start, interval_end, document_id
                  rows unbounded preceding) as island
    from dated
),

islands as (
    select group_key, island, min(interval_start) as island_start, max(interval_end) as island_end,
           count(*) over (partition by group_key) as islands_in_group
    from dated_islands
    group by group_key, island
),

undated_candidates as (
    -- an undated document: the islands its programming period's window overlaps (all islands of
    -- the group when it states no period)
    select grouped.document_id, grouped.group_key,
           count(islands.island)           as candidates,
           min(islands.island)             as island
    from grouped
    left join (select distinct programme_period, period_start_date, period_end_date from periods) as period_window
      on period_window.programme_period = grouped.period_hint
    left join islands
      on islands.group_key = grouped.group_key
     and (period_window.programme_period is null
          or (islands.island_start <= period_window.period_end_date and islands.island_end >= period_window.period_start_date))
    where grouped.interval_start is null
    group by grouped.document_id, grouped.group_key
),

assigned as (
    select
        grouped.*,
        case
            when dated_islands.document_id is not null or undated_candidates.candidates = 1 then
                case when islands.island > 0
                     then grouped.group_key || '|from|' || cast(islands.island_start as varchar)
                     else grouped.group_key end
            when undated_candidates.candidates = 0
                 and not exists (select 1 from islands as i where i.group_key = grouped.group_key)
                then grouped.group_key
                     || case when count(distinct grouped.period_hint) over (partition by grouped.group_key) > 1
                             then '|period|' || coalesce(grouped.period_hint, '') else '' end
            else grouped.group_key || '|document|' || grouped.source_file
        end as project_key
    from grouped
    left join dated_islands using (document_id)
    left join undated_candidates using (document_id)
    left join islands
      on islands.group_key = grouped.group_key
     and islands.island = coalesce(dated_islands.island, undated_candidates.island)
),

classified as (
    select
        assigned.*,
        substr(md5(assigned.project_key), 1, 16) as project_id
    from assigned
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
),

date_segments as (
    select
        *,
        regexp_split_to_array(coalesce(start_date_evidence, ''), {{ date_range_separator() }})[1] as start_segment,
        regexp_split_to_array(coalesce(end_date_evidence, ''), {{ date_range_separator() }})[-1]  as end_segment
    from edition_tests
)

select
    * exclude (interval_start, interval_end, period_hint, is_edition, start_segment, end_segment,
               start_date_evidence, end_date_evidence),
    case when is_edition then 'edition' else 'whole_project' end as scope,
    case when is_edition then year(start_date) end              as scope_year,
    case when is_edition then substr(md5(project_id || '|' || year(start_date)), 1, 16) end as edition_id,
    {{ date_precision('start_date', 'start_segment') }} as start_date_precision,
    {{ date_precision('end_date', 'end_segment') }}     as end_date_precision,
    {{ this_run() }} as dbt_invocation_id
from date_segments
