"""The nightly schedule: the whole graph for every city at 02:00 Europe/Warsaw."""

from __future__ import annotations

import dagster as dg

from integra.settings import city_slugs

from .partitions import partition_range_tags

NIGHTLY_CRON = "0 2 * * *"
TIMEZONE = "Europe/Warsaw"


def build_nightly_schedule(job: dg.UnresolvedAssetJobDefinition) -> dg.ScheduleDefinition:
    @dg.schedule(
        job=job,
        cron_schedule=NIGHTLY_CRON,
        execution_timezone=TIMEZONE,
        default_status=dg.DefaultScheduleStatus.RUNNING,
        name="nightly_refresh_schedule",
        description="Refresh every city's documents, rebuild, gate, publish and regenerate the dashboards.",
    )
    def nightly_refresh_schedule(context: dg.ScheduleEvaluationContext):
        return dg.RunRequest(
            run_key=None,
            tags={**partition_range_tags(city_slugs()), "integra/trigger": "schedule"},
        )

    return nightly_refresh_schedule
