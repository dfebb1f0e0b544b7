-- One row per city of the registry (raw.city_registry, loaded by ingestion from seeds/cities.csv).
select
    city_slug,
    city_name,
    voivodeship,
    teryt_gmina,
    population,
    population_date,
    population_status,
    source
from {{ ref('stg_raw__city_registry') }}
