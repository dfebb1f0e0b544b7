"""The Dagster definitions: the whole graph, its job, schedule, sensors and resources.

fetch/pages (per city, when sources are configured) ─ landed files ─ raw/documents, raw/facts,
raw/quarantine (per city) ─ dbt staging → intermediate → marts (asset checks: the gate) ─ published/marts ─ published/dashboards
"""

from __future__ import annotations

from integra import telemetry_off

telemetry_off()

import dagster as dg  # noqa: E402

from .assets.dbt import build_dbt_assets, dbt_resource  # noqa: E402
from .assets.fetch import fetch_pages  # noqa: E402
from .assets.ingest import city_registry, landed_documents  # noqa: E402
from .assets.publish import dashboard_site, published_marts  # noqa: E402
from .assets.quality import data_quality_gate  # noqa: E402
from .progress import integra_progress  # noqa: E402
from .resources import RefreshLockResource  # noqa: E402
from .schedules import build_nightly_schedule  # noqa: E402
from .sensors import alert_on_failure, build_landing_sensor  # noqa: E402

integra_dbt_models = build_dbt_assets()

nightly_refresh = dg.define_asset_job(
    "nightly_refresh",
    selection=dg.AssetSelection.all(),
    description="Fetch each city's sources (when asked or scheduled), ingest and extract every city's "
    "landed documents, dbt build, gate, publish, dashboards.",
    executor_def=dg.in_process_executor,
    tags={"integra/job": "nightly_refresh"},
)

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
    resources={"dbt": dbt_resource(), "refresh_lock": RefreshLockResource()},
    loggers={"console": dg.colored_console_logger, "integra_progress": integra_progress},
)
