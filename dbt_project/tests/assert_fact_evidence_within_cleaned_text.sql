{#-
    Every evidence span of a published fact lies inside its document's cleaned text and reproduces
    evidence_text up to whitespace (offsets in characters, end exclusive; the extractor may join
    the lines of a span with single spaces). The extractor owns the offsets: a mismatch is
    published with a warning.
-#}
{{ config(severity='warn') }}

select
    evidence.fact_evidence_id,
    evidence.document_id,
    evidence.field,
    evidence.evidence_start,
    evidence.evidence_end,
    evidence.evidence_text,
    substring(documents.cleaned_text, evidence.evidence_start + 1, evidence.evidence_end - evidence.evidence_start)
        as text_at_offsets
from {{ ref('fct_fact_evidence') }} as evidence
join {{ ref('stg_raw__documents') }} as documents using (document_id)
where evidence.evidence_text is not null
  and (
        evidence.evidence_start is null
        or evidence.evidence_end is null
        or evidence.evidence_start < 0
        or evidence.evidence_end < evidence.evidence_start
        or evidence.evidence_end > length(documents.cleaned_text)
        or trim(regexp_replace(
               substring(documents.cleaned_text, evidence.evidence_start + 1, evidence.evidence_end - evidence.evidence_start),
               '\s+', ' ', 'g'))
           <> trim(regexp_replace(evidence.evidence_text, '\s+', ' ', 'g'))
      )
