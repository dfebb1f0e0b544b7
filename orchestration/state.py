"""Small state the pipeline keeps between steps and runs (INTEGRA_HOME/build/state.json).

- `gate`: the Dagster run id and report path of the last gate run, so publication uses the
  result of the checks that ran in the same run;
- `published_fingerprint`: what the published version was built from, so a refresh with
  nothing new skips dbt, the gate and publication.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from .config import DBT_PROJECT_DIR, EXPECTATIONS_DIR, Paths, paths


def _state_file(p: Paths | None = None) -> Path:
    return (p or paths()).build_dir / "state.json"


def read_state(p: Paths | None = None) -> dict[str, Any]:
    try:
        return json.loads(_state_file(p).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def update_state(p: Paths | None = None, **values: Any) -> None:
    f = _state_file(p)
    f.parent.mkdir(parents=True, exist_ok=True)
    state = read_state(p)
    state.update(values)
    tmp = f.with_suffix(".tmp")
    tmp.write_text(json.dumps(state, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, f)


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
