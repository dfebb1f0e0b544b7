"""A Dagster logger that reports step starts and ends to whoever listens (the `integra` CLI).

Runs launched by the daemon have no listener: the logger then does nothing."""

import logging
from collections.abc import Callable

import dagster as dg

_listener: Callable[[str, str], None] | None = None

STAGES = {
    "city_registry": "registry",
    "raw__city_registry": "registry",
    "fetch_pages": "fetch",
    "landed_documents": "ingest + extract",
    "integra_dbt_models": "dbt build",
    "data_quality_gate": "gate",
    "published_marts": "publish",
    "published__marts": "publish",
    "dashboard_site": "dashboards",
    "published__dashboards": "dashboards",
}
_EVENTS = {
    "STEP_START": "start",
    "STEP_SUCCESS": "done",
    "STEP_FAILURE": "failed",
    "STEP_SKIPPED": "skipped",
}


def set_listener(fn: Callable[[str, str], None] | None) -> None:
    global _listener
    _listener = fn


#: Stages whose step succeeds without materializing anything when there is nothing new: shown
#: as "skipped", which is what happened (the README's word).
SKIPPABLE = {"dbt build"}


class _Handler(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.materialized: set[str] = set()

    def emit(self, record: logging.LogRecord) -> None:
        if _listener is None:
            return
        meta = getattr(record, "dagster_meta", None) or {}
        event = meta.get("dagster_event")
        if event is None:
            return
        value = getattr(event, "event_type_value", "")
        stage = STAGES.get((getattr(event, "step_key", None) or "").split("[")[0])
        if value == "ASSET_MATERIALIZATION" and stage:
            self.materialized.add(stage)
            return
        kind = _EVENTS.get(value)
        if kind == "start" and stage:
            self.materialized.discard(stage)
        if kind == "done" and stage in SKIPPABLE and stage not in self.materialized:
            kind = "skipped"
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
