"""The alert written when a run fails, the gate blocks or fetched sources fail."""

from __future__ import annotations

import contextlib
import json
import logging
import os
from datetime import UTC, datetime
from pathlib import Path

from integra.settings import paths

#: The logger `dagster.get_dagster_logger()` returns: inside a run, Dagster puts its lines in the
#: run's event log; named here so that the domain does not import Dagster.
_LOG = logging.getLogger("dagster.builtin")


def write_alert(cause: str, *, run_id: str | None = None, details: dict | None = None) -> Path:
    """An alert file in INTEGRA_HOME/alerts/ naming the cause (and a line in the log)."""
    p = paths().alerts_dir
    p.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    body = {"at": now.isoformat(), "run_id": run_id, "cause": cause, "details": details or {}}
    target = p / f"{now.strftime('%Y%m%dT%H%M%SZ')}-{(run_id or 'cli')[:8]}.json"
    tmp = p / f".{target.stem}.{os.getpid()}.tmp"
    try:  # a full disk: the error goes up, no half-written file stays behind
        tmp.write_text(json.dumps(body, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _LOG.error(f"integra alert: {cause}")
    return target
