"""The dbt project as Dagster sees it, and its manifest prepared ahead of the definitions.

The manifest lives in INTEGRA_HOME/dbt/target (nothing is written into the repository). It is
prepared with `dbt parse` (no network, no `dbt deps`) once per dbt project digest (the bytes of
the project's files and dbt's version, `manifest.digest` beside it): a refresh, the schedule and
`integra serve` reuse it, and partial parsing stays warm (`partial_parse.msgpack`, copied into
each run's target). A changed model, macro, seed, test or setting makes the next caller parse
again; a touched but unchanged file (a checkout) does not. `integra` prepares it before it loads
the definitions, never the import of a module.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from integra.settings import DBT_PROJECT_DIR, Paths, paths, settings


def dbt_env(p: Paths) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        INTEGRA_HOME=str(p.home),
        DO_NOT_TRACK="1",
        DBT_SEND_ANONYMOUS_USAGE_STATS="False",
        DBT_PROFILES_DIR=str(DBT_PROJECT_DIR),
        DBT_LOG_PATH=str(p.dbt_log_dir),
        DBT_TARGET_PATH=str(p.dbt_target_dir),
    )
    return env


def dbt_executable() -> str:
    """INTEGRA_DBT_EXECUTABLE if set (e.g. a wrapper with resource limits), else the venv's dbt."""
    override = settings().dbt_executable
    if override:
        return override
    candidate = Path(sys.executable).parent / "dbt"
    return str(candidate) if candidate.exists() else "dbt"


def project_digest() -> str:
    """What the manifest is parsed from: every file of the dbt project (names and bytes) and the
    installed dbt-core and dbt-duckdb versions."""
    import hashlib

    h = hashlib.sha256()
    for name in _dbt_distributions():
        h.update(f"{name}\n".encode())
    for f in sorted(x for x in DBT_PROJECT_DIR.rglob("*") if x.is_file()):
        rel = f.relative_to(DBT_PROJECT_DIR).as_posix()
        if rel.startswith(("target/", "logs/")) or "/__pycache__/" in f"/{rel}":
            continue
        h.update(f"{rel}\n".encode())
        h.update(hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()


def _dbt_distributions() -> list[str]:
    """The installed dbt-core and dbt-duckdb, as their dist-info folders' names (name and
    version): a glob, where importlib.metadata takes ~0.25 s and importing dbt seconds."""
    found: set[str] = set()
    for entry in sys.path:
        folder = Path(entry or ".")
        if folder.is_dir():
            for pattern in ("dbt_core-*.dist-info", "dbt_duckdb-*.dist-info"):
                found.update(d.name for d in folder.glob(pattern))
    return sorted(found)


def installed_dbt_core_version() -> str:
    """dbt-core's version, from its dist-info folder's name (importlib.metadata if not found)."""
    for name in _dbt_distributions():
        if name.startswith("dbt_core-"):
            return name[len("dbt_core-") : -len(".dist-info")]
    import importlib.metadata as md

    return md.version("dbt-core")


def manifest_path(p: Paths | None = None) -> Path:
    return (p or paths()).dbt_target_dir / "manifest.json"


def _digest_path(p: Paths | None = None) -> Path:
    return (p or paths()).dbt_target_dir / "manifest.digest"


def manifest_is_current(p: Paths | None = None, digest: str | None = None) -> bool:
    """The prepared manifest was parsed from this very dbt project (see `project_digest`)."""
    p = p or paths()
    try:
        recorded = _digest_path(p).read_text(encoding="utf-8").strip()
    except OSError:
        return False
    return manifest_path(p).exists() and recorded == (digest or project_digest())


def start_manifest(p: Paths | None = None, *, force: bool = False) -> subprocess.Popen | None:
    """Start `dbt parse` into INTEGRA_HOME/dbt/target when the manifest is missing or was parsed
    from another dbt project (None when it is current). The caller loads Dagster meanwhile and
    then calls `finish_manifest`: on a first refresh the parse (~7 s) and Dagster's imports and
    instance (~4 s) overlap."""
    p = p or paths()
    digest = project_digest()
    if not force and manifest_is_current(p, digest):
        return None
    p.dbt_target_dir.mkdir(parents=True, exist_ok=True)
    _digest_path(p).unlink(missing_ok=True)  # until this parse succeeds
    p.dbt_log_dir.mkdir(parents=True, exist_ok=True)
    cmd = [
        dbt_executable(),
        "parse",
        "--quiet",
        "--project-dir",
        str(DBT_PROJECT_DIR),
        "--profiles-dir",
        str(DBT_PROJECT_DIR),
        "--target-path",
        str(p.dbt_target_dir),
        "--log-path",
        str(p.dbt_log_dir),
    ]
    proc = subprocess.Popen(
        cmd, env=dbt_env(p), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    proc.integra_digest = digest  # type: ignore[attr-defined]  # recorded once the parse succeeds
    return proc


def finish_manifest(proc: subprocess.Popen | None, p: Paths | None = None) -> Path:
    """Wait for the parse `start_manifest` started (if any); the manifest's path."""
    target = manifest_path(p)
    if proc is None:
        return target
    out, err = proc.communicate()
    if proc.returncode != 0 or not target.exists():
        raise RuntimeError(f"dbt parse failed:\n{(out or '')[-2000:]}\n{(err or '')[-2000:]}")
    digest = getattr(proc, "integra_digest", None)
    if digest:
        _digest_path(p).write_text(digest + "\n", encoding="utf-8")
    return target


def ensure_manifest(p: Paths | None = None, *, force: bool = False) -> Path:
    """Run `dbt parse` into INTEGRA_HOME/dbt/target unless the manifest is current."""
    return finish_manifest(start_manifest(p, force=force), p)
