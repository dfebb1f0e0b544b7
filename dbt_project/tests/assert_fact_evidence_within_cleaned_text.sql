{#-
    Every evidence span of a published fact lies inside its document's cleaned text and reproduces
    evidence_text up to whitespace (offsets in characters, end exclusive; the extractor may join
    the lines of a span with single spaces). The extractor owns the offsets: a mismatch is
    published with a warning.

    On the slice (macros/tests_on_the_slice.sql): in an incremental build only the evidence rows of
    the documents written in this build are read, with their documents' text only. A document's
    evidence and cleaned text never change once written (a changed file is a new document_id), so
    an earlier build checked every other row. A full build checks every row.
-#}
{{ config(severity='warn') }}

with evidence as (
    select *
    from {{ ref('fct_fact_evidence') }}
    where evidence_text is not null
    {%- if execute and tests_read_the_slice() %}
      and {{ slice_predicate(ref('fct_fact_evidence')) }}
    {%- endif %}
),

documents as (
    -- the length once per document: both length() and substring() walk a UTF-8 text from its start
    select document_id, cleaned_text, length(cleaned_text) as text_length
    from {{ ref('stg_raw__documents') }}
    where document_id in (select document_id from evidence)
),

spans as (
    select
        evidence.*,
        documents.text_length,
        case
            when evidence.evidence_start >= 0 and evidence.evidence_end >= evidence.evidence_start
                then substring(documents.cleaned_text, evidence.evidence_start + 1,
                               evidence.evidence_end - evidence.evidence_start)
        end as text_at_offsets
    from evidence
    join documents using (document_id)
)

select
    fact_evidence_id,
    document_id,
    field,
    evidence_start,
    evidence_end,
    evidence_text,
    text_at_offsets
from spans
where evidence_start is null
   or evidence_end is null
   or evidence_start < 0
   or evidence_end < evidence_start
   or evidence_end > text_length
   or case
          -- most spans are the text itself; only the others (lines joined) pay for the regexes
          when text_at_offsets = evidence_text then false
          else trim(regexp_replace(text_at_offsets, '\s+', ' ', 'g'))
               <> trim(regexp_replace(evidence_text, '\s+', ' ', 'g'))
      end
