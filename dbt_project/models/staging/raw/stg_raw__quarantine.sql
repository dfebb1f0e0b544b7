-- Files ingestion could not accept, with the reason. Renames and casts only.
with source as (
    select * from {{ source('raw', 'quarantine') }}
)

select
    cast(document_id as varchar)  as document_id,
    cast(city_slug as varchar)    as city_slug,
    cast(source_file as varchar)  as source_file,
    cast(sha256 as varchar)       as sha256,
    cast(reason as varchar)       as reason,
    cast(ingested_at as timestamp) as ingested_at
from source
