-- One row per operational programme (seed programmes.csv), with its programming period,
-- eligibility window and the allowed EU co-financing share band.
select
    programme_code,
    programme_name,
    programme_period,
    managing_region,
    fund,
    cast(period_start_date as date)       as period_start_date,
    cast(period_end_date as date)         as period_end_date,
    cast(typical_eu_share_min as double)  as typical_eu_share_min,
    cast(typical_eu_share_max as double)  as typical_eu_share_max,
    source
from {{ ref('programmes') }}
