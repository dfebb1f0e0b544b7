"""Ingestion assets: per-city landed documents -> raw.documents / raw.facts / raw.quarantine."""

import dagster as dg

from integra.settings import integra_raw, paths

from ..partitions import city_partitions, run_cities
from ..resources import RefreshLockResource
from .fetch import FETCH_PAGES

RAW_DOCUMENTS = dg.AssetKey(["raw", "documents"])
RAW_FACTS = dg.AssetKey(["raw", "facts"])
RAW_QUARANTINE = dg.AssetKey(["raw", "quarantine"])
RAW_CITY_REGISTRY = dg.AssetKey(["raw", "city_registry"])


#: The landing folder's walk `integra refresh` took for its "nothing new" check (under the
#: refresh lock), for the ingest step of the run it starts in this process: taken once (a retry
#: of the step walks the folder itself).
_offered: list = []


def offer_listing(landing) -> None:
    """Hand the walk (`integra.warehousing.landing.Landing`) to the next ingest step in this
    process; None withdraws it."""
    _offered[:] = [landing] if landing is not None else []


class IngestConfig(dg.Config):
    only_cities: list[str] = []  # the sensor names exactly the cities whose files changed


@dg.asset(
    key=RAW_CITY_REGISTRY,
    group_name="ingest",
    description="The city registry (dbt_project/seeds/cities.csv) loaded into raw.city_registry.",
)
def city_registry(refresh_lock: RefreshLockResource) -> dg.MaterializeResult:
    from integra.settings import cities
    from integra.warehousing.ingest import connect_build, load_city_registry

    con = connect_build(paths())
    try:
        load_city_registry(con)
    finally:
        con.close()
    return dg.MaterializeResult(metadata={"cities": len(cities())})


def build_landed_documents(*, partitioned: bool = True) -> dg.AssetsDefinition:
    """The ingestion step. Partitioned by city for `integra serve`, the schedule, the sensor
    and per-city runs (the registry's cities are the partitions); unpartitioned ("every city",
    the same function) for the CLI's all-cities refresh, which then plans 3 materializations
    instead of 3 per city (each an event and a commit in Dagster's SQLite storage)."""

    @dg.multi_asset(
        name="landed_documents",
        specs=[
            dg.AssetSpec(
                RAW_DOCUMENTS,
                group_name="ingest",
                deps=[RAW_CITY_REGISTRY, FETCH_PAGES],
                description="Every landed document version: path, sha256, size, encoding, cleaned text, status.",
            ),
            dg.AssetSpec(
                RAW_FACTS,
                group_name="ingest",
                deps=[RAW_DOCUMENTS],
                description="Facts read by the Polish extractor, long form, each with its evidence sentence.",
            ),
            dg.AssetSpec(
                RAW_QUARANTINE,
                group_name="ingest",
                deps=[RAW_DOCUMENTS],
                description="Documents the extractor rejected, with the reason.",
            ),
        ],
        partitions_def=city_partitions() if partitioned else None,
        backfill_policy=dg.BackfillPolicy.single_run() if partitioned else None,
        retry_policy=dg.RetryPolicy(max_retries=2, delay=2),
        description="Read, decode and extract the city's landed files (unchanged files are skipped).",
    )
    def landed_documents(
        context: dg.AssetExecutionContext, config: IngestConfig, refresh_lock: RefreshLockResource
    ):
        yield from _ingest(context, config)

    return landed_documents


def _ingest(context: dg.AssetExecutionContext, config: IngestConfig):
    from integra.warehousing.ingest import ingest_cities

    cities = run_cities(context)
    if config.only_cities:
        cities = [c for c in cities if c in set(config.only_cities)]
    listing = _offered.pop() if _offered else None
    summary = ingest_cities(
        paths(), integra_raw(), cities, listing=None if config.only_cities else listing
    )
    for line in summary.skipped:
        context.log.warning(line)
    for source_file, reason in summary.rejected_files:
        context.log.warning(f"quarantined {source_file}: {reason}")
    for entry in summary.ignored_entries:
        context.log.warning(f"not read {entry['path']}: {entry['reason']}")
    meta = {
        "cities": ", ".join(cities),
        "new": summary.new,
        "changed": summary.changed,
        "unchanged": summary.unchanged,
        "removed": summary.removed,
        "rejected": summary.rejected,
        "extracted": summary.extracted,
    }
    _record_summary(context, summary)
    yield dg.MaterializeResult(asset_key=RAW_DOCUMENTS, metadata=meta)
    yield dg.MaterializeResult(asset_key=RAW_FACTS, metadata={"extracted": summary.extracted})
    yield dg.MaterializeResult(asset_key=RAW_QUARANTINE, metadata={"rejected": summary.rejected})


landed_documents = build_landed_documents(partitioned=True)


def _record_summary(context: dg.AssetExecutionContext, summary) -> None:
    """Keep the run's ingestion summary where `integra refresh` prints it from."""
    import json

    p = paths()
    p.reports_dir.mkdir(parents=True, exist_ok=True)
    target = p.reports_dir / f"ingest-{context.run.run_id}.json"
    target.write_text(json.dumps(summary.as_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
