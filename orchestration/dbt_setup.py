"""The dbt project as Dagster sees it, and its manifest prepared ahead of the definitions.

The manifest lives in INTEGRA_HOME/dbt/target (nothing is written into the repository). It is
prepared with `dbt parse` (no network, no `dbt deps`) when missing or older than the project's
files, by `integra` before it loads the definitions, never by the import of a module.
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


def _project_mtime() -> float:
    latest = 0.0
    for sub in ("models", "macros", "seeds", "tests"):
        for f in (DBT_PROJECT_DIR / sub).rglob("*"):
            if f.is_file():
                latest = max(latest, f.stat().st_mtime)
    for f in ("dbt_project.yml", "profiles.yml"):
        latest = max(latest, (DBT_PROJECT_DIR / f).stat().st_mtime)
    return latest


def manifest_path(p: Paths | None = None) -> Path:
    return (p or paths()).dbt_target_dir / "manifest.json"


def start_manifest(p: Paths | None = None, *, force: bool = False) -> subprocess.Popen | None:
    """Start `dbt parse` into INTEGRA_HOME/dbt/target when the manifest is missing or stale (None
    when it is fresh). The caller loads Dagster meanwhile and then calls `finish_manifest`: on a
    first refresh the parse (~10 s) and Dagster's imports (~4 s) overlap."""
    p = p or paths()
    target = manifest_path(p)
    if not force and target.exists() and target.stat().st_mtime >= _project_mtime():
        return None
    p.dbt_target_dir.mkdir(parents=True, exist_ok=True)
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
    return subprocess.Popen(
        cmd, env=dbt_env(p), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def finish_manifest(proc: subprocess.Popen | None, p: Paths | None = None) -> Path:
    """Wait for the parse `start_manifest` started (if any); the manifest's path."""
    target = manifest_path(p)
    if proc is None:
        return target
    out, err = proc.communicate()
    if proc.returncode != 0 or not target.exists():
        raise RuntimeError(f"dbt parse failed:\n{(out or '')[-2000:]}\n{(err or '')[-2000:]}")
    return target


def ensure_manifest(p: Paths | None = None, *, force: bool = False) -> Path:
    """Run `dbt parse` into INTEGRA_HOME/dbt/target when the manifest is missing or stale."""
    return finish_manifest(start_manifest(p, force=force), p)
