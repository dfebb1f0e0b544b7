"""The landing-folder sensor, and the alert (integra.warehousing.alerts) when a run fails."""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

import dagster as dg

from integra.settings import SettingsError, city_slugs, integra_raw, settings
from integra.warehousing.alerts import write_alert

from .partitions import partition_range_tags


def city_fingerprints(
    raw_root: Path, settle_seconds: float | None = None
) -> tuple[dict[str, str], bool]:
    """A fingerprint of each city's landed files (names, sizes, mtimes), and whether some file
    is still being written (modified less than `settle_seconds` ago: wait for the next tick;
    INTEGRA_SENSOR_SETTLE_SECONDS by default)."""
    if settle_seconds is None:
        settle_seconds = settings().sensor_settle_seconds
    out: dict[str, str] = {}
    unsettled = False
    now = time.time()
    for slug in city_slugs():
        folder = raw_root / slug
        if not folder.is_dir():
            continue
        h = hashlib.sha256()
        for dirpath, dirnames, filenames in os.walk(folder):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                if name.startswith("."):
                    continue
                p = Path(dirpath) / name
                try:
                    st = p.stat()
                except OSError:
                    continue
                if now - st.st_mtime < settle_seconds:
                    unsettled = True
                h.update(f"{p.relative_to(raw_root)}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
        out[slug] = h.hexdigest()
    return out, unsettled


def build_landing_sensor(job: dg.UnresolvedAssetJobDefinition) -> dg.SensorDefinition:
    @dg.sensor(
        job=job,
        name="landing_folder_sensor",
        minimum_interval_seconds=30,
        default_status=dg.DefaultSensorStatus.RUNNING,
        description="Starts one run for the cities whose files in INTEGRA_RAW are new or changed.",
    )
    def landing_folder_sensor(context: dg.SensorEvaluationContext):
        previous: dict[str, str] = json.loads(context.cursor) if context.cursor else {}
        try:
            current, unsettled = city_fingerprints(integra_raw())
        except SettingsError as exc:  # one line in the UI, not a stack trace
            return dg.SkipReason(f"not checking the landing folder: {exc}")
        if unsettled:
            return dg.SkipReason("files are still arriving; waiting for them to settle")
        changed = sorted(c for c, fp in current.items() if previous.get(c) != fp)
        if not changed:
            return dg.SkipReason("no new or changed files")
        key = hashlib.sha256(json.dumps(current, sort_keys=True).encode()).hexdigest()[:16]
        context.update_cursor(json.dumps(current, sort_keys=True))
        return dg.RunRequest(
            run_key=key,
            tags={
                **partition_range_tags(changed),
                "integra/trigger": "sensor",
                "integra/cities": ",".join(changed),
            },
            run_config={"ops": {"landed_documents": {"config": {"only_cities": changed}}}},
        )

    return landing_folder_sensor


@dg.run_failure_sensor(name="alert_on_failure", default_status=dg.DefaultSensorStatus.RUNNING)
def alert_on_failure(context: dg.RunFailureSensorContext):
    err = context.failure_event.message if context.failure_event else "run failed"
    write_alert(
        err, run_id=context.dagster_run.run_id, details={"job": context.dagster_run.job_name}
    )
