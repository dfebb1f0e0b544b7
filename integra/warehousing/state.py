"""Small state the pipeline keeps between steps and runs (INTEGRA_HOME/build/state.json).

- `gate`: the Dagster run id and report path of the last gate run, so publication uses the
  result of the checks that ran in the same run;
- `published_fingerprint`: what the published version was built from, so a refresh with
  nothing new skips dbt, the gate and publication;
- `published_version`, `published_row_counts`: the version readers get and the row counts it
  was published with (the shrink guard compares with these, not with a file that may be
  damaged); set by publication and by a rollback, under the publish lock;
- `rolled_back`: the last rollback (to, from, at): it sticks until something new lands;
- `site_version`: the version the dashboards were last written for;
- `quick_check`, `last_nothing_new_at`: the refresh's quick "nothing new" check (below);
- `dbt_incremental_base`: the inputs (`inputs_digest`) of the last dbt build that completed,
  null while a build runs: an incremental build needs a complete build of the same inputs.

One typed record, `RunState` (`load_state`), is how code reads it; `read_state` is its JSON.

Beside it, ``build/gate_basis.json`` (`integra.warehousing.gate.slice`): what the gate found on
the published version (its number, the digest of the suites, contract and gate code, the keys
of rows that failed a row-level warning, the rows withheld with their content digests:
`integra.warehousing.gate.carry`), written by publication just before the state names
the version; the next gate runs on the rows changed since only when the three agree.

Every update is a read-modify-write under ``build/state.lock`` (flock) and lands with an atomic
``os.replace`` of a uniquely named, fsynced temporary file: two processes never lose each
other's keys, and a full disk leaves the previous state and no temporary file.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import uuid
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from integra.settings import DBT_PROJECT_DIR, EXPECTATIONS_DIR, Paths, paths

from .landing import Landing, walk_landing

STATE_LOCK_TIMEOUT_S = 60.0


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


@dataclass(frozen=True)
class GateRun:
    """The last gate run: publication uses the result of the checks of its own Dagster run."""

    dagster_run_id: str | None = None
    report: str | None = None  # the gate's JSON report
    passed: bool | None = None

    def report_of(self, run_id: str) -> str | None:
        """The report of the gate that ran in `run_id`, else None."""
        return self.report if self.dagster_run_id == run_id and self.report else None


@dataclass(frozen=True)
class QuickCheck:
    """What the last refresh that published from exactly this landing folder saw (see
    `quick_fingerprint`): the next refresh with the same snapshot is "nothing new"."""

    fingerprint: str | None = None
    published_fingerprint: str | None = None
    documents: int | None = None  # documents read (None: as many as landed files)
    skipped: tuple[str, ...] = ()


@dataclass(frozen=True)
class RunState:
    """INTEGRA_HOME/build/state.json, typed (see the module docstring for each key). Keys this
    version does not know are kept in `extra` and written back as they were; a value of the
    wrong type reads as absent."""

    gate: GateRun | None = None
    published_fingerprint: str | None = None
    published_version: int | None = None
    published_row_counts: dict[str, int] | None = None
    rolled_back: dict[str, Any] | None = None
    site_version: int | None = None
    last_nothing_new_at: str | None = None
    quick_check: QuickCheck | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: Any) -> RunState:
        if not isinstance(data, dict):
            return cls()
        known = {f.name for f in fields(cls)} - {"extra"}
        gate = data.get("gate")
        quick = data.get("quick_check")
        counts = data.get("published_row_counts")
        rolled = data.get("rolled_back")
        return cls(
            gate=GateRun(
                dagster_run_id=_str(gate.get("dagster_run_id")),
                report=_str(gate.get("report")),
                passed=gate.get("passed") if isinstance(gate.get("passed"), bool) else None,
            )
            if isinstance(gate, dict)
            else None,
            published_fingerprint=_str(data.get("published_fingerprint")),
            published_version=_int(data.get("published_version")),
            published_row_counts={str(k): int(v) for k, v in counts.items() if _int(v) is not None}
            if isinstance(counts, dict)
            else None,
            rolled_back=rolled if isinstance(rolled, dict) else None,
            site_version=_int(data.get("site_version")),
            last_nothing_new_at=_str(data.get("last_nothing_new_at")),
            quick_check=QuickCheck(
                fingerprint=_str(quick.get("fingerprint")),
                published_fingerprint=_str(quick.get("published_fingerprint")),
                documents=_int(quick.get("documents")),
                skipped=tuple(str(x) for x in quick.get("skipped") or ()),
            )
            if isinstance(quick, dict)
            else None,
            extra={k: v for k, v in data.items() if k not in known},
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON object: the keys that are set, then the unknown ones as they were."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "extra" or value is None:
                continue
            if isinstance(value, GateRun):
                value = asdict(value)
            elif isinstance(value, QuickCheck):
                value = {**asdict(value), "skipped": list(value.skipped)}
            out[f.name] = value
        return {**out, **self.extra}


def _state_file(p: Paths | None = None) -> Path:
    return (p or paths()).build_dir / "state.json"


def load_state(p: Paths | None = None) -> RunState:
    """The run state (an empty one when the file is missing or unreadable)."""
    try:
        return RunState.from_json(json.loads(_state_file(p).read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return RunState()


def read_state(p: Paths | None = None) -> dict[str, Any]:
    """The run state as its JSON object (for `integra status --json` and tests)."""
    return load_state(p).to_json()


def update_state(p: Paths | None = None, **values: Any) -> RunState:
    """Merge `values` (JSON values by key) into the state, atomically and under the state lock;
    the new state."""
    from .locking import FileLock

    f = _state_file(p)
    f.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(f.with_name("state.lock"), what="state update").acquire(
        blocking=True, timeout=STATE_LOCK_TIMEOUT_S
    ):
        data = read_state(p)
        data.update(values)
        state = RunState.from_json(data)
        write_json_atomic(f, state.to_json())
    return state


def write_json_atomic(target: Path, body: Any) -> None:
    """Write `body` as JSON to `target` through a fsynced temporary file and os.replace: a reader
    sees the old file or the new one, never half of it, and a failed write leaves no temporary."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(body, ensure_ascii=False, indent=1, default=str))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _tree_digest(h, root: Path, suffixes: tuple[str, ...]) -> None:
    for f in sorted(root.rglob("*")):
        if f.is_file() and f.suffix in suffixes and "target" not in f.parts:
            h.update(str(f.relative_to(root)).encode())
            h.update(f.read_bytes())


def build_fingerprint(con) -> str:
    """What a build is made of: the current document versions, the city registry, the dbt
    project and the expectation suites. Equal fingerprints build equal marts."""
    h = hashlib.sha256(extractor_identity().encode())
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


# --------------------------------------------------------------------------- the quick check
# `integra refresh` decides "nothing new" before it loads Dagster, dbt or GX (issue 15): from the
# landing folder's names, sizes and mtimes, the registry's bytes, the dbt project's and the
# suites' bytes and the extractor version. The check is recorded (`quick_check`) only after a
# refresh that left the published version equal to the build of exactly that landing folder.


#: the files that make the extractor's output: its code and its vocabulary (not its notes)
_EXTRACTOR_SUFFIXES = (".py", ".yaml", ".yml", ".csv", ".json", ".txt")


@functools.lru_cache(maxsize=1)
def extractor_identity() -> str:
    """What made a stored extraction: EXTRACTOR_VERSION and a digest of the extractor's code and
    vocabulary (`integra/extract/`: its .py files and data/), e.g. "1.0.0+3f9c0a1b2d4e". A changed
    rule or word gives a new identity, so the next refresh reads every landed document again
    (its stored `extractor_version` differs) and dbt rebuilds in full. Read from the files,
    without importing the extractor (that costs time); the version line as in `integra --version`."""
    import re

    from integra.settings import REPO_ROOT

    root = REPO_ROOT / "integra" / "extract"
    text = (root / "record.py").read_text(encoding="utf-8")
    m = re.search(r'^EXTRACTOR_VERSION\s*=\s*["\']([^"\']+)', text, re.MULTILINE)
    h = hashlib.sha256()
    for f in sorted(root.rglob("*")):
        if f.suffix in _EXTRACTOR_SUFFIXES and "__pycache__" not in f.parts and f.is_file():
            h.update(str(f.relative_to(root)).encode() + b"\0")
            h.update(f.read_bytes())
    return f"{m.group(1) if m else 'unversioned'}+{h.hexdigest()[:12]}"


def _extractor_version() -> str:
    """The extractor's identity as the inputs' digest sees it (tests replace this one)."""
    return extractor_identity()


def inputs_digest() -> str:
    """The city registry's bytes, the dbt project's and the suites' bytes, the extractor version."""
    from integra.settings import settings

    h = hashlib.sha256(_extractor_version().encode())
    registry = settings().registry_path()
    try:
        h.update(registry.read_bytes())
    except OSError as exc:
        h.update(f"registry unreadable {exc.errno}".encode())
    _tree_digest(h, DBT_PROJECT_DIR, (".sql", ".yml", ".yaml", ".csv"))
    _tree_digest(h, EXPECTATIONS_DIR, (".json",))
    return h.hexdigest()


def quick_fingerprint(raw_root: Path, city_slugs: list[str]) -> tuple[str, int]:
    """(fingerprint of what a refresh would read, landed files): see `quick_check_walk`."""
    fingerprint, landing = quick_check_walk(raw_root, city_slugs)
    return fingerprint, landing.files


def quick_check_walk(raw_root: Path, city_slugs: list[str]) -> tuple[str, Landing]:
    """(fingerprint of what a refresh would read, the walk it was computed from): the inputs'
    digest and the landing folder's walk (`landing.walk_landing`: every entry under each registry
    city's folder by relative path, type, size and mtime, a link also by its target's, hidden ones
    too; nothing is opened; a folder that cannot be listed counts as its error, so the check
    never says "unchanged" about what it could not see). Its listing is what the ingestion of
    the refresh reads, so it does not walk the folder again."""
    landing = walk_landing(raw_root, city_slugs)
    return hashlib.sha256(f"{landing.digest}\n{inputs_digest()}".encode()).hexdigest(), landing


# --------------------------------------------------------------------------- incremental builds
# The dbt models that carry per-document or per-project rows are incremental (dbt_project/macros/
# incremental.sql): a build recomputes the documents that changed and their projects. That holds
# only on top of a complete build of the same dbt project, registry, suites and extractor.


def full_refresh_reason(p: Paths, base: str) -> str | None:
    """Why the next dbt build must be a full refresh, or None when an incremental one is safe.
    `base` is `inputs_digest()` now."""
    state = read_state(p)
    if not p.build_db.exists():
        return "no build file"
    if "dbt_incremental_base" not in state:
        return "no complete build recorded"
    recorded = state["dbt_incremental_base"]
    if recorded is None:
        return "the previous build did not complete"
    if recorded != base:
        return "the registry, the dbt project, the suites or the extractor changed"
    return None


def start_build(p: Paths) -> None:
    """Before dbt writes anything: until `finish_build`, the next build is a full refresh (a
    killed or failed build may have written some incremental models and not others)."""
    update_state(p, dbt_incremental_base=None)


def finish_build(p: Paths, base: str) -> None:
    """After a dbt build that completed on the inputs `base`."""
    update_state(p, dbt_incremental_base=base)
