"""`orchestration/event_log.py`: a refresh's Dagster instance keeps its SQLite event log open and
commits with synchronous=NORMAL; what it stores is what any other instance (the UI, `integra
status`, another process) reads, and a killed writer loses nothing it committed."""

from __future__ import annotations

import inspect
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import dagster as dg
import pytest

ROOT = Path(__file__).resolve().parent.parent


@dg.asset
def _one() -> int:
    return 1


@dg.asset
def _two(_one: int) -> int:
    return _one + 1


_JOB = dg.Definitions(
    assets=[_one, _two], jobs=[dg.define_asset_job("kept_log_job")]
).resolve_job_def("kept_log_job")


@pytest.fixture()
def dagster_home(tmp_path, monkeypatch):
    home = tmp_path / "dagster"
    home.mkdir()
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n", encoding="utf-8")
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    return home


def test_dagster_still_has_what_the_kept_log_replaces():
    """The hook reads Dagster's private names: an upgrade that renames them fails here."""
    from dagster._core.storage.event_log.sqlite.sqlite_event_log import SqliteEventLogStorage

    for name in ("_connect", "_initdb", "conn_string_for_shard", "dispose", "store_event"):
        assert hasattr(SqliteEventLogStorage, name), name
    source = inspect.getsource(SqliteEventLogStorage)
    for name in ("self._db_lock", "self._initialized_dbs", "self._connect("):
        assert name in source, name


def test_a_kept_log_stores_what_another_instance_reads(dagster_home):
    from orchestration.event_log import keep_event_log_open

    with dg.DagsterInstance.get() as instance:
        assert keep_event_log_open(instance) is True
        assert keep_event_log_open(instance) is False  # once
        storage = instance.event_log_storage
        result = _JOB.execute_in_process(instance=instance)
        assert result.success
        with storage.index_connection() as conn:
            sync = conn.exec_driver_sql("PRAGMA synchronous").scalar()
            journal = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
        assert (sync, journal) == (1, "wal")  # NORMAL
        with storage.run_connection(result.run_id) as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        # read by a second instance while the first still holds its connections
        with dg.DagsterInstance.get() as other:
            mats = other.fetch_materializations(dg.AssetKey("_two"), limit=5).records
            assert len(mats) == 1 and mats[0].run_id == result.run_id
            assert other.get_run_by_id(result.run_id).is_success
        run_id = result.run_id
    # after dispose: a plain instance sees the same events
    with dg.DagsterInstance.get() as again:
        kinds = [e.dagster_event_type for e in again.all_logs(run_id) if e.is_dagster_event]
        assert dg.DagsterEventType.RUN_SUCCESS in kinds
        assert kinds.count(dg.DagsterEventType.ASSET_MATERIALIZATION) == 2


def test_a_killed_writer_loses_no_committed_event(dagster_home, tmp_path):
    """SIGKILL after the run (connections still open, WAL not checkpointed): the events are read."""
    script = tmp_path / "writer.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import os, signal, sys
            sys.path.insert(0, {str(ROOT)!r})
            sys.path.insert(0, {str(Path(__file__).parent)!r})
            import dagster as dg
            from orchestration.event_log import keep_event_log_open
            from test_event_log import _JOB

            instance = dg.DagsterInstance.get()
            keep_event_log_open(instance)
            result = _JOB.execute_in_process(instance=instance)
            print(result.run_id, flush=True)
            os.kill(os.getpid(), signal.SIGKILL)
            """
        ),
        encoding="utf-8",
    )
    proc = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=300,
        check=False,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr[-2000:]
    run_id = proc.stdout.strip().splitlines()[-1]
    with dg.DagsterInstance.get() as instance:
        mats = instance.fetch_materializations(dg.AssetKey("_two"), limit=5).records
        assert [m.run_id for m in mats] == [run_id]
        assert instance.get_run_by_id(run_id).is_success
