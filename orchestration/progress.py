"""A Dagster logger that reports step starts and ends to whoever listens (the `integra` CLI).

Runs launched by the daemon have no listener: the logger then does nothing."""

import logging
from collections.abc import Callable

import dagster as dg

_listener: Callable[[str, str], None] | None = None

STAGES = {
    "city_registry": "registry",
    "raw__city_registry": "registry",
    "landed_documents": "ingest + extract",
    "integra_dbt_models": "dbt build",
    "data_quality_gate": "gate",
    "published_marts": "publish",
    "published__marts": "publish",
    "dashboard_site": "dashboards",
    "published__dashboards": "dashboards",
}
_EVENTS = {"STEP_START": "start", "STEP_SUCCESS": "done", "STEP_FAILURE": "failed", "STEP_SKIPPED": "skipped"}


def set_listener(fn: Callable[[str, str], None] | None) -> None:
    global _listener
    _listener = fn


class _Handler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        if _listener is None:
            return
        meta = getattr(record, "dagster_meta", None) or {}
        event = meta.get("dagster_event")
        if event is None:
            return
        kind = _EVENTS.get(getattr(event, "event_type_value", ""))
        stage = STAGES.get((getattr(event, "step_key", None) or "").split("[")[0])
        if kind and stage:
            _listener(stage, kind)


@dg.logger(description="Reports stage progress to the integra CLI (no-op elsewhere).")
def integra_progress(init_context: dg.InitLoggerContext) -> logging.Logger:
    lg = logging.getLogger("integra.progress")
    lg.setLevel(logging.DEBUG)
    lg.propagate = False
    if not any(isinstance(h, _Handler) for h in lg.handlers):
        lg.addHandler(_Handler())
    return lg
