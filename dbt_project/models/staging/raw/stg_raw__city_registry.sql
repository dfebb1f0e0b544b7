-- The city registry (dbt_project/seeds/cities.csv as loaded by ingestion). Casts only; the TERYT
-- gmina code is a 7-character string with its leading zero (restored if a loader made it a number).
with source as (
    select * from {{ source('raw', 'city_registry') }}
)

select
    cast(city_slug as varchar)                        as city_slug,
    cast(city_name as varchar)                        as city_name,
    cast(voivodeship as varchar)                      as voivodeship,
    lpad(trim(cast(teryt_gmina as varchar)), 7, '0')  as teryt_gmina,
    cast(population as bigint)                        as population,
    cast(population_date as date)                     as population_date,
    cast(population_status as varchar)                as population_status,
    cast(source as varchar)                           as source
from source
