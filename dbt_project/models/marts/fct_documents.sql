-- One row per document version ingestion has seen (ok and rejected, current or not). For a current
-- ok document: the project (and yearly edition) it describes, its kind, and the figures it states
-- as read (see int_projects_linked and int_projects_enriched); null for other versions.
-- Incremental: the versions new to this build, the ones whose current flag changed, and the ones
-- int_projects_enriched wrote in this build (macros/incremental.sql).
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='document_id',
    on_schema_change='fail',
    post_hook="{{ delete_rows_absent_from('document_id', ref('stg_raw__documents')) }}"
) }}
select
    documents.document_id,
    documents.city_slug,
    documents.source_file,
    documents.sha256,
    documents.size_bytes,
    documents.encoding,
    documents.media_type,
    documents.status,
    documents.problems,
    documents.is_current,
    documents.ingested_at,
    stated.project_id,
    stated.edition_id,
    stated.document_kind,
    stated.scope,
    cast(stated.scope_year as integer)              as scope_year,
    stated.title,
    stated.implementer,
    stated.programme,
    stated.programme_code,
    stated.programme_period,
    stated.measure,
    stated.submeasure,
    stated.project_number,
    stated.start_date,
    stated.start_date_precision,
    stated.end_date,
    stated.end_date_precision,
    stated.total_cost_pln,
    stated.total_cost_qualifier,
    stated.eu_cofinancing_pln,
    stated.own_contribution_pln,
    stated.own_contribution_is_derived,
    stated.budget_identity_holds,
    cast(stated.participants_planned as integer)    as participants_planned,
    cast(stated.participants_actual as integer)     as participants_actual,
    cast(stated.participants_completed as integer)  as participants_completed,
    cast(stated.participants_breakdown_sum as integer) as participants_breakdown_sum,
    stated.breakdown_matches_planned,
    stated.social_effectiveness_pct,
    stated.social_effectiveness_basis,
    stated.employment_effectiveness_pct,
    stated.employment_effectiveness_basis
from {{ ref('stg_raw__documents') }} as documents
left join {{ ref('int_projects_enriched') }} as stated using (document_id)
{%- if is_incremental() %}
left join {{ this }} as built using (document_id)
where built.document_id is null
   or built.is_current is distinct from documents.is_current
   or built.ingested_at is distinct from documents.ingested_at
   or {{ written_in_this_run('stated') }}
{%- endif %}
