"""The fetch stage: each city's configured sources into INTEGRA_RAW/<city>/, before ingestion.

Thin: `integra.warehousing.fetch.fetch_cities` does the work. Whether a run fetches:
``FetchConfig.fetch`` when given (``integra refresh --fetch`` sets it; plain ``integra refresh``
turns it off); otherwise by what started the run: the schedule and the UI fetch when sources are
configured, the landing-folder sensor never does (its run is about files that just landed).
"""

import dagster as dg

from integra.settings import integra_raw, paths

from ..partitions import city_partitions, run_cities
from ..resources import RefreshLockResource

FETCH_PAGES = dg.AssetKey(["fetch", "pages"])


class FetchConfig(dg.Config):
    fetch: bool | None = None  # None: by the run's trigger (schedule/UI yes, sensor no)


def build_fetch_pages(*, partitioned: bool = True) -> dg.AssetsDefinition:
    """The fetch step, partitioned by city or for every city at once (as `landed_documents`)."""

    @dg.multi_asset(  # one asset; multi_asset as for raw/documents (range runs, no beta warning)
        name="fetch_pages",
        specs=[
            dg.AssetSpec(
                FETCH_PAGES,
                group_name="fetch",
                description="Each city's pages (sources/sources.csv) fetched into INTEGRA_RAW/<city>/: "
                "conditional GET, robots.txt, per-host limits, only listed hosts; provenance in "
                "INTEGRA_HOME/fetch.",
            )
        ],
        partitions_def=city_partitions() if partitioned else None,
        backfill_policy=dg.BackfillPolicy.single_run() if partitioned else None,
    )
    def fetch_pages(
        context: dg.AssetExecutionContext, config: FetchConfig, refresh_lock: RefreshLockResource
    ) -> dg.MaterializeResult:
        return _fetch(context, config)

    return fetch_pages


def _fetch(context: dg.AssetExecutionContext, config: FetchConfig) -> dg.MaterializeResult:
    from integra.warehousing.fetch import fetch_cities, load_sources, record_failures_alert
    from integra.warehousing.fetch import write_summary as write_fetch_summary

    cities = run_cities(context)
    trigger = context.run.tags.get("integra/trigger", "ui")
    wanted = config.fetch if config.fetch is not None else trigger != "sensor"
    if not wanted:
        why = (
            "not requested (integra refresh without --fetch)"
            if trigger == "cli"
            else f"not fetched in a {trigger} run"
        )
        context.log.info(f"fetch: {why}")
        return dg.MaterializeResult(asset_key=FETCH_PAGES, metadata={"fetched": why})
    from integra.settings import SettingsError
    from integra.warehousing.alerts import write_alert
    from integra.warehousing.locking import LockBusyError

    try:  # a bad sources file or a fetch already running: recorded, and the refresh goes on
        sources, bad = load_sources()
        summary = fetch_cities(
            paths(),
            integra_raw(),
            cities,
            sources=sources,
            bad_sources=bad,
            run_id=context.run.run_id,
        )
    except (SettingsError, LockBusyError) as exc:
        context.log.warning(f"fetch: not run: {exc}")
        write_alert(
            f"fetch: not run: {exc} (the refresh went on with the files already landed)",
            run_id=context.run.run_id,
            details={"stage": "fetch"},
        )
        from integra.warehousing.fetch import FetchSummary

        write_fetch_summary(
            paths(), context.run.run_id, FetchSummary(cities=cities, note=f"not run: {exc}")
        )
        return dg.MaterializeResult(asset_key=FETCH_PAGES, metadata={"fetched": f"not run: {exc}"})
    write_fetch_summary(paths(), context.run.run_id, summary)
    for f in summary.failures:
        context.log.warning(
            f"fetch failed: {f['url'] or f['city_slug']}: {f['reason']}"
            + (f" (failing {f['nights']} nights in a row)" if f.get("flagged") else "")
        )
    record_failures_alert(summary, run_id=context.run.run_id)
    return dg.MaterializeResult(
        asset_key=FETCH_PAGES,
        metadata={
            "cities": ", ".join(cities),
            "sources": summary.sources,
            "new": summary.new,
            "changed": summary.changed,
            "not_modified": summary.not_modified,
            "unchanged": summary.unchanged,
            "failures": len(summary.failures),
            "flagged": len(summary.flagged),
            "requests": summary.requests,
            "note": summary.note or "",
        },
    )


fetch_pages = build_fetch_pages(partitioned=True)
