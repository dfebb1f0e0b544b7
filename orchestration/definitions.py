"""The Dagster definitions: the whole graph, its job, schedule, sensors and resources.

fetch/pages (per city, when sources are configured) ─ landed files ─ raw/documents, raw/facts,
raw/quarantine (per city) ─ dbt staging → intermediate → marts (asset checks: the gate) ─ published/marts ─ published/dashboards

`defs` is what `integra serve`, the schedule and the sensor load: fetch and ingest partitioned by
city. `integra refresh` (every city, in process) runs the same job from `cli_refresh_defs()`:
the same graph, assets and job name, with fetch and ingest as one unpartitioned step each (the
same functions), so a run plans a few events instead of four per city. Its run carries the
schedule's partition range tags (every city), so the UI can re-execute it with `defs`' job.
"""

from __future__ import annotations

from integra import telemetry_off

telemetry_off()

import dagster as dg  # noqa: E402

from .assets.dbt import build_dbt_assets, dbt_resource  # noqa: E402
from .assets.fetch import build_fetch_pages, fetch_pages  # noqa: E402
from .assets.ingest import build_landed_documents, city_registry, landed_documents  # noqa: E402
from .assets.publish import dashboard_site, published_marts  # noqa: E402
from .assets.quality import data_quality_gate  # noqa: E402
from .progress import integra_progress  # noqa: E402
from .resources import RefreshLockResource  # noqa: E402
from .schedules import build_nightly_schedule  # noqa: E402
from .sensors import alert_on_failure, build_landing_sensor  # noqa: E402

integra_dbt_models = build_dbt_assets()


def _nightly_refresh_job() -> dg.UnresolvedAssetJobDefinition:
    return dg.define_asset_job(
        "nightly_refresh",
        selection=dg.AssetSelection.all(),
        description="Fetch each city's sources (when asked or scheduled), ingest and extract every city's "
        "landed documents, dbt build, gate, publish, dashboards.",
        executor_def=dg.in_process_executor,
        tags={"integra/job": "nightly_refresh"},
    )


RESOURCES = {"dbt": dbt_resource(), "refresh_lock": RefreshLockResource()}
LOGGERS = {"console": dg.colored_console_logger, "integra_progress": integra_progress}

nightly_refresh = _nightly_refresh_job()

defs = dg.Definitions(
    assets=[
        fetch_pages,
        city_registry,
        landed_documents,
        integra_dbt_models,
        published_marts,
        dashboard_site,
    ],
    asset_checks=[data_quality_gate],
    jobs=[nightly_refresh],
    schedules=[build_nightly_schedule(nightly_refresh)],
    sensors=[build_landing_sensor(nightly_refresh), alert_on_failure],
    resources=RESOURCES,
    loggers=LOGGERS,
)


def cli_refresh_defs() -> dg.Definitions:
    """The definitions `integra refresh` runs `nightly_refresh` from: every city in one
    unpartitioned fetch step and one unpartitioned ingest step (no schedule or sensor: the CLI
    starts the run itself). Built when asked, so loading `defs` pays nothing for it."""
    return dg.Definitions(
        assets=[
            build_fetch_pages(partitioned=False),
            city_registry,
            build_landed_documents(partitioned=False),
            integra_dbt_models,
            published_marts,
            dashboard_site,
        ],
        asset_checks=[data_quality_gate],
        jobs=[_nightly_refresh_job()],
        resources=RESOURCES,
        loggers=LOGGERS,
    )
