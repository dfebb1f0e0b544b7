-- One row per document version landed by ingestion (ok and rejected). Renames and casts only.
with source as (
    select * from {{ source('raw', 'documents') }}
)

select
    cast(document_id as varchar)        as document_id,
    cast(city_slug as varchar)          as city_slug,
    cast(source_file as varchar)        as source_file,
    cast(sha256 as varchar)             as sha256,
    cast(size_bytes as bigint)          as size_bytes,
    cast(encoding as varchar)           as encoding,
    cast(media_type as varchar)         as media_type,
    cast(status as varchar)             as status,
    cast(problems as varchar)           as problems,
    cast(cleaned_text as varchar)       as cleaned_text,
    cast(record_json as varchar)        as record_json,
    cast(extractor_version as varchar)  as extractor_version,
    cast(ingested_at as timestamp)      as ingested_at,
    cast(is_current as boolean)         as is_current
from source
