"""What `integra refresh` starts early so that its stages do not wait for imports (issue 15, item 5):
the extraction workers (warm while Dagster loads) and a dbt that has imported itself before the
build asks for it (orchestration/dbt_warm.py). The first refresh's use of both is checked in
test_pipeline.py (the whole run); here each piece alone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _real_dbt() -> str:
    from orchestration.dbt_setup import dbt_executable

    return dbt_executable()


def _run(cmd: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        cmd, capture_output=True, text=True, timeout=240, env=env, cwd=ROOT / "dbt_project"
    )


@pytest.fixture
def clean_env(monkeypatch):
    from orchestration import dbt_warm

    for name in (dbt_warm.ENV_SOCKET, dbt_warm.ENV_REAL, "INTEGRA_DBT_EXECUTABLE"):
        monkeypatch.delenv(name, raising=False)
    yield
    dbt_warm.stop_warm_dbt()


def _processes_running(fragment: str) -> list[int]:
    found = []
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            cmd = (d / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if fragment in cmd:
            found.append(int(d.name))
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="abstract Unix sockets: Linux")
def test_the_warm_dbt_answers_as_the_real_dbt_and_goes_with_its_refresh(tmp_path, clean_env):
    from orchestration import dbt_warm

    real = _real_dbt()
    plain_version = _run([real, "--version"])
    plain_bad = _run([real, "no-such-command"])
    assert plain_version.returncode == 0 and "Core:" in plain_version.stdout
    assert plain_bad.returncode == 2

    assert dbt_warm.start_warm_dbt(tmp_path)
    shim = dbt_warm.active_shim()
    assert shim == str(tmp_path / "run" / "dbt-warm-shim")
    assert os.access(shim, os.X_OK)
    name = os.environ[dbt_warm.ENV_SOCKET]
    assert name.startswith(f"integra-dbt-{os.getpid()}-")
    assert os.environ[dbt_warm.ENV_REAL] == real

    warm_version = _run([shim, "--version"], env=dict(os.environ))
    assert warm_version.returncode == 0
    assert warm_version.stdout == plain_version.stdout  # the same dbt, the same words
    warm_bad = _run([shim, "no-such-command"], env=dict(os.environ))
    assert warm_bad.returncode == plain_bad.returncode == 2
    assert "no-such-command" in warm_bad.stdout + warm_bad.stderr
    # the command ran in a child of the warm process, which is still there for the next one
    warm = dbt_warm._ACTIVE
    assert warm is not None and warm.proc is not None and warm.proc.poll() is None

    dbt_warm.stop_warm_dbt()
    assert warm.proc is None
    assert dbt_warm.active_shim() is None
    assert dbt_warm.ENV_SOCKET not in os.environ and dbt_warm.ENV_REAL not in os.environ
    assert not _processes_running(name)
    # with no warm process the shim runs the real dbt itself (the same answer)
    env = {**os.environ, dbt_warm.ENV_SOCKET: name, dbt_warm.ENV_REAL: real}
    fallback = _run([shim, "--version"], env=env)
    assert fallback.returncode == 0 and fallback.stdout == plain_version.stdout


def test_no_warm_dbt_when_another_dbt_is_configured_or_it_is_turned_off(
    tmp_path, clean_env, monkeypatch
):
    from orchestration import dbt_warm

    monkeypatch.setenv("INTEGRA_DBT_PREWARM", "0")
    assert not dbt_warm.start_warm_dbt(tmp_path)
    assert dbt_warm.active_shim() is None and dbt_warm.ENV_SOCKET not in os.environ
    monkeypatch.delenv("INTEGRA_DBT_PREWARM")
    monkeypatch.setenv("INTEGRA_DBT_EXECUTABLE", _real_dbt())
    assert not dbt_warm.start_warm_dbt(tmp_path)
    assert not (tmp_path / "run").exists()


def test_the_shim_is_rewritten_only_when_it_differs(tmp_path):
    from orchestration.dbt_warm import write_shim

    shim = write_shim(tmp_path)
    assert shim.read_text().startswith(f"#!{sys.executable} -S\n")
    first = shim.stat().st_mtime_ns
    assert write_shim(tmp_path) == shim and shim.stat().st_mtime_ns == first
    shim.write_text("#!/bin/sh\nexit 3\n")
    write_shim(tmp_path)
    assert shim.read_text().startswith(f"#!{sys.executable} -S\n")


def test_prestarted_workers_are_taken_by_the_next_pool_and_the_rest_stopped(tmp_path):
    from integra.extract import isolation
    from integra.extract.isolation import Job, PoolStats, discard_prestarted, prestart

    page = tmp_path / "page.txt"
    page.write_text(
        "Projekt „Razem do pracy” realizuje Miejski Ośrodek Pomocy Społecznej w Koninie. "
        "Wartość projektu: 450 000,00 zł. Okres realizacji: 01.03.2018 – 28.02.2019.",
        encoding="utf-8",
    )
    assert prestart(2) == 2
    early = [w.proc.pid for w in isolation._PRESTARTED]
    stats = PoolStats()
    outcomes = list(isolation.run_isolated([Job(str(page), "konin/page.txt")], 1, stats=stats))
    (index, outcome) = outcomes[0]
    assert index == 0 and outcome[0] == "done"
    assert outcome[1]["total_cost_pln"] == 450000.0
    assert outcome[1]["start_date"] == "2018-03-01"
    # the pool of one took one prestarted worker and started none of its own
    assert stats.workers == 1
    assert len(isolation._PRESTARTED) == 1
    left = isolation._PRESTARTED[0]
    assert left.proc.pid in early
    discard_prestarted()
    assert isolation._PRESTARTED == []
    assert left.proc.poll() is not None  # stopped, not left running


def test_prestarted_workers_with_other_limits_are_not_used(tmp_path, monkeypatch):
    from integra.extract import isolation
    from integra.extract.isolation import Limits, take_prestarted

    assert isolation.prestart(1) == 1
    worker = isolation._PRESTARTED[0]
    other = Limits(seconds=worker.limits.seconds + 1, memory_mb=worker.limits.memory_mb)
    assert take_prestarted(1, other) == []
    assert isolation._PRESTARTED == [] and worker.proc.poll() is not None


def test_the_refresh_process_never_loads_the_extraction_rules():
    """Ingestion in the refresh's own process needs the record's keys, not the rules (~1 CPU s of
    compiled patterns): those load in the workers only."""
    code = (
        "import sys, orchestration.pipeline, orchestration.assets.ingest, integra.warehousing.ingest;"
        "import integra.extract as e; assert 'total_cost_pln' in e.SCALAR_FIELDS;"
        "print(sorted(m for m in sys.modules if m.startswith('integra.extract')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert out.returncode == 0, out.stderr
    loaded = out.stdout
    assert "integra.extract.fields" in loaded
    for heavy in ("integra.extract.rules", "integra.extract.roles", "integra.extract.record"):
        assert f"'{heavy}'" not in loaded
    # and the package still gives the record's functions on first use
    from integra.extract import extract_text

    assert callable(extract_text)


def test_a_bad_prewarm_value_is_said_up_front(monkeypatch):
    from integra.settings import SettingsError, check_settings

    monkeypatch.setenv("INTEGRA_DBT_PREWARM", "maybe")
    with pytest.raises(SettingsError, match="INTEGRA_DBT_PREWARM='maybe' is not a yes/no value"):
        check_settings()
    monkeypatch.setenv("INTEGRA_DBT_PREWARM", "off")
    check_settings()
