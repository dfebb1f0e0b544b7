"""Small state the pipeline keeps between steps and runs (INTEGRA_HOME/build/state.json).

- `gate`: the Dagster run id and report path of the last gate run, so publication uses the
  result of the checks that ran in the same run;
- `published_fingerprint`: what the published version was built from, so a refresh with
  nothing new skips dbt, the gate and publication;
- `published_version`, `published_row_counts`: the version readers get and the row counts it
  was published with (the shrink guard compares with these, not with a file that may be
  damaged); set by publication and by a rollback, under the publish lock;
- `rolled_back`: the last rollback (to, from, at): it sticks until something new lands.

Every update is a read-modify-write under ``build/state.lock`` (flock) and lands with an atomic
``os.replace`` of a uniquely named, fsynced temporary file: two processes never lose each
other's keys, and a full disk leaves the previous state and no temporary file.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import uuid
from pathlib import Path
from typing import Any

from .config import DBT_PROJECT_DIR, EXPECTATIONS_DIR, Paths, paths

STATE_LOCK_TIMEOUT_S = 60.0


def _state_file(p: Paths | None = None) -> Path:
    return (p or paths()).build_dir / "state.json"


def read_state(p: Paths | None = None) -> dict[str, Any]:
    try:
        return json.loads(_state_file(p).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def update_state(p: Paths | None = None, **values: Any) -> dict[str, Any]:
    """Merge `values` into the state file, atomically and under the state lock; the new state."""
    from .locking import FileLock

    f = _state_file(p)
    f.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(f.with_name("state.lock"), what="state update").acquire(
        blocking=True, timeout=STATE_LOCK_TIMEOUT_S
    ):
        state = read_state(p)
        state.update(values)
        tmp = f.with_name(f".state.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
        try:
            with open(tmp, "w", encoding="utf-8") as fh:
                fh.write(json.dumps(state, ensure_ascii=False, indent=1, default=str))
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, f)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
    return state


def _tree_digest(h, root: Path, suffixes: tuple[str, ...]) -> None:
    for f in sorted(root.rglob("*")):
        if f.is_file() and f.suffix in suffixes and "target" not in f.parts:
            h.update(str(f.relative_to(root)).encode())
            h.update(f.read_bytes())


def build_fingerprint(con) -> str:
    """What a build is made of: the current document versions, the city registry, the dbt
    project and the expectation suites. Equal fingerprints build equal marts."""
    from .extract import EXTRACTOR_VERSION

    h = hashlib.sha256(EXTRACTOR_VERSION.encode())
    docs = con.execute(
        "select coalesce(string_agg(document_id || status, ',' order by document_id), '') "
        "from raw.documents where is_current"
    ).fetchone()[0]
    registry = con.execute(
        "select coalesce(string_agg(city_slug || '|' || coalesce(city_name,'') || '|' || "
        "coalesce(voivodeship,'') || '|' || coalesce(teryt_gmina,'') || '|' || "
        "coalesce(cast(population as varchar),''), ',' order by city_slug), '') from raw.city_registry"
    ).fetchone()[0]
    h.update(docs.encode())
    h.update(registry.encode())
    _tree_digest(h, DBT_PROJECT_DIR, (".sql", ".yml", ".yaml", ".csv"))
    _tree_digest(h, EXPECTATIONS_DIR, (".json",))
    return h.hexdigest()
