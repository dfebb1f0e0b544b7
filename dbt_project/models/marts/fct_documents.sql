-- Every document version ingestion has seen (ok and rejected, current or not).
select
    document_id,
    city_slug,
    source_file,
    sha256,
    size_bytes,
    encoding,
    media_type,
    status,
    problems,
    is_current,
    ingested_at
from {{ ref('stg_raw__documents') }}
