{#-
    The two ways of matching a programme name agree: every variant of the crosswalk, matched by
    keyword pattern alone (macro match_programme_by_pattern, period from the name else the
    variant's programme period), gives the crosswalk's programme or nothing (acronyms), and every
    full name (containing 'program' or 'fundusz') is matched. Our own seeds: severity error.
-#}
with variants as (
    select
        programme_name_variant,
        programme_code  as crosswalk_code,
        programme_period,
        {{ normalise_text('programme_name_variant') }} as variant_text
    from {{ ref('programme_crosswalk') }}
),

matched as (
    {{ match_programme_by_pattern('variants', 'programme_name_variant', 'variant_text', 'programme_period') }}
)

select
    variants.programme_name_variant,
    variants.crosswalk_code,
    matched.programme_code as pattern_code,
    matched.n_codes
from variants
left join matched on matched.match_id = variants.programme_name_variant
where (matched.match_id is not null and (matched.n_codes <> 1 or matched.programme_code <> variants.crosswalk_code))
   or (matched.match_id is null and regexp_matches(variants.variant_text, 'program|fundusz'))
