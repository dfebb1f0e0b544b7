"""Write-audit-publish: versions, rollback, kill safety, concurrent readers, the refresh lock.

No Great Expectations here (gate results are stubs with the build's real row counts, see
marts_factory.passing_gate_result); the gate itself is tested in test_gate.py.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest

try:
    from tests import marts_factory as mf
except ImportError:  # pytest's prepend import mode puts tests/ itself on sys.path
    import marts_factory as mf

from integra.warehousing.gate import ExpectationResult, GateResult
from integra.warehousing.locking import LockBusyError, lock_holder, refresh_lock
from integra.warehousing.publish import (
    GateBlockedPublishError,
    PublishError,
    current_version,
    list_versions,
    open_published_readonly,
    publish,
    rollback,
)

REPO = Path(__file__).resolve().parent.parent
SUBPROCESS_TIMEOUT = 30


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_and_publish(p, *, extra_projects: int = 0, run_id: str | None = None):
    b = mf.build_marts_db(p.build_db, extra_projects=extra_projects)
    return publish(b, gate_result=mf.passing_gate_result(b), run_id=run_id)


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")])
    env.update(extra)
    return env


def wait_for(path: Path, proc: subprocess.Popen, timeout: float = SUBPROCESS_TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if proc.poll() is not None:
            out, err = proc.communicate()
            raise AssertionError(f"child exited {proc.returncode} early:\n{out}\n{err}")
        if time.monotonic() > deadline:
            proc.kill()
            raise AssertionError(f"child did not reach {path.name} within {timeout} s")
        time.sleep(0.02)


def published_tables(con) -> set[str]:
    return {
        r[0]
        for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
        ).fetchall()
    }


# --------------------------------------------------------------------------------------------


def test_publish_copies_marts_and_metadata(home):
    b = mf.build_marts_db(home.build_db, contradicting=True)
    gate = mf.passing_gate_result(b, run_id="gate-run-1")
    with refresh_lock():  # a refresh holds its lock while publishing: no self-deadlock
        v = publish(b, gate_result=gate, run_id="refresh-1")
    assert v.version == 1 and v.is_current
    assert v.path == home.versions_dir / "v0001.duckdb"
    # current is a separate, read-only copy of v0001 (a write to one cannot reach the other)
    assert not os.path.samefile(home.published_db, v.path)
    assert sha256(home.published_db) == sha256(v.path)
    assert (home.published_db.stat().st_mode & 0o777, v.path.stat().st_mode & 0o777) == (
        0o444,
        0o444,
    )
    with open_published_readonly() as con:
        assert published_tables(con) == set(mf.MARTS) | {
            "meta_publication",
            "meta_gate_results",
            "meta_quarantine",
        }
        version, run_id, source_build, counts = con.execute(
            "SELECT version, run_id, source_build, row_counts FROM meta_publication"
        ).fetchone()
        assert (version, run_id, source_build) == (1, "refresh-1", str(b.resolve()))
        assert json.loads(counts) == mf.build_row_counts(b)
        assert json.loads(counts)["fct_projects"] == 6
        total, eu, own, share, derived = con.execute(
            "SELECT total_cost_pln, eu_cofinancing_pln, own_contribution_pln, "
            "eu_cofinancing_share, own_contribution_is_derived FROM fct_projects "
            "WHERE source_file = 'torun/000_d62dbd5068231973.txt'"
        ).fetchone()
        assert (total, eu, own, derived) == (1239061.22, 1053259.79, 185801.43, False)
        assert share == pytest.approx(1053259.79 / 1239061.22) == pytest.approx(0.85004661)
        assert con.execute(
            "SELECT teryt_gmina FROM dim_city WHERE city_slug = 'torun'"
        ).fetchone() == ("0463011",)
        # quarantine: only the rejected document still present in the landing folder
        assert con.execute("SELECT source_file, reason FROM meta_quarantine").fetchall() == [
            (mf.REJECTED_FILE, "pdf has no text layer (scanned image)")
        ]
        assert con.execute(
            "SELECT suite, mart, expectation, severity, success FROM meta_gate_results"
        ).fetchall() == [
            (
                "fct_projects",
                "fct_projects",
                "expect_column_values_to_be_unique(project_id)",
                "error",
                True,
            )
        ]


def test_list_rollback_and_version_numbers(home):
    for extra in (0, 3, 6):
        build_and_publish(home, extra_projects=extra, run_id=f"r{extra}")
    assert current_version().version == 3
    versions = list_versions()
    assert [(v.version, v.is_current, v.run_id) for v in versions] == [
        (1, False, "r0"),
        (2, False, "r3"),
        (3, True, "r6"),
    ]
    assert [v.row_counts["fct_projects"] for v in versions] == [5, 8, 11]

    assert rollback().version == 2  # default: the version before the current one
    with open_published_readonly() as con:
        assert con.execute("SELECT count(*) FROM fct_projects").fetchone()[0] == 8
    assert rollback().version == 1
    with pytest.raises(PublishError, match="no kept version older than the current v0001"):
        rollback()
    assert current_version().version == 1
    assert rollback(to_version=3).version == 3
    with pytest.raises(PublishError, match="version v0009 is not kept"):
        rollback(to_version=9)
    assert current_version().version == 3

    v4 = build_and_publish(home, extra_projects=1)
    assert v4.version == 4 and current_version().version == 4
    assert sha256(home.published_db) == sha256(home.versions_dir / "v0004.duckdb")


def test_keeps_the_last_k_versions(home, monkeypatch):
    monkeypatch.setenv("INTEGRA_KEEP_VERSIONS", "2")
    for extra in range(3):
        build_and_publish(home, extra_projects=extra)
    assert [v.version for v in list_versions()] == [2, 3]
    rollback()
    assert current_version().version == 2
    build_and_publish(home, extra_projects=9)
    assert [(v.version, v.is_current) for v in list_versions()] == [(3, False), (4, True)]
    assert sorted(f.name for f in home.versions_dir.iterdir()) == ["v0003.duckdb", "v0004.duckdb"]


def test_failed_gate_or_changed_build_leaves_current_byte_for_byte(home):
    build_and_publish(home)
    before, inode = sha256(home.published_db), home.published_db.stat().st_ino

    blocked = GateResult(
        passed=False,
        results=[
            ExpectationResult(
                suite="fct_projects",
                mart="fct_projects",
                expectation="expect_column_values_to_be_between(eu_cofinancing_share, "
                "min_value=0, max_value=1)",
                severity="error",
                success=False,
                observed="1 of 5 rows unexpected; e.g. 1.7",
            )
        ],
        summary="Gate BLOCKED: ... eu_cofinancing_share ...",
    )
    b = mf.build_marts_db(home.build_db, extra_projects=2)
    with pytest.raises(GateBlockedPublishError, match="eu_cofinancing_share"):
        publish(b, gate_result=blocked)

    # the gate validated one build, then the build changed: refuse
    audited = mf.passing_gate_result(b)
    mf.build_marts_db(home.build_db, extra_projects=3)
    with pytest.raises(PublishError, match=r"build changed after the gate.*fct_projects 7 -> 8"):
        publish(home.build_db, gate_result=audited)

    assert sha256(home.published_db) == before
    assert home.published_db.stat().st_ino == inode
    assert [v.version for v in list_versions()] == [1]
    leftovers = [f.name for f in home.published_dir.rglob("*") if ".tmp" in f.name]
    assert leftovers == []


PUBLISH_CHILD = textwrap.dedent(
    """
    import json, sys
    from integra.warehousing.gate import GateResult
    from integra.warehousing.publish import publish
    gate = GateResult(passed=True, results=[], summary="ok", row_counts=json.loads(sys.argv[2]))
    v = publish(sys.argv[1], gate_result=gate, run_id="child")
    print(v.version)
    """
)


@pytest.mark.parametrize("pause_at", ["publish_copy", "publish_swap"])
def test_sigkill_during_publication_leaves_current_untouched(home, tmp_path, pause_at):
    build_and_publish(home)
    before = sha256(home.published_db)
    b = mf.build_marts_db(home.build_db, extra_projects=4)
    counts = mf.build_row_counts(b)
    marker = tmp_path / "paused"
    proc = subprocess.Popen(
        [sys.executable, "-c", PUBLISH_CHILD, str(b), json.dumps(counts)],
        env=child_env(INTEGRA_TEST_PAUSE_AT=pause_at, INTEGRA_TEST_PAUSE_MARKER=str(marker)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    wait_for(marker, proc)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=SUBPROCESS_TIMEOUT)
    assert proc.returncode == -signal.SIGKILL

    assert sha256(home.published_db) == before
    with open_published_readonly() as con:
        assert con.execute("SELECT version FROM meta_publication").fetchone() == (1,)
        assert con.execute("SELECT count(*) FROM fct_projects").fetchone() == (5,)
    names = {f.name for f in home.published_dir.rglob("*")}
    if pause_at == "publish_copy":
        assert "v0002.duckdb.tmp" in names and "v0002.duckdb" not in names
        expected_next = 2
    else:  # killed between the version file's rename and the swap of current
        assert "v0002.duckdb" in names and any(n.startswith(".current.") for n in names)
        expected_next = 3

    v = publish(b, gate_result=mf.passing_gate_result(b))
    assert v.version == expected_next
    assert current_version().version == expected_next
    with open_published_readonly() as con:
        assert con.execute("SELECT count(*) FROM fct_projects").fetchone() == (9,)
    assert not [f for f in home.published_dir.rglob("*") if ".tmp" in f.name]


WRITER_CHILD = textwrap.dedent(
    """
    import sys, pathlib, duckdb
    con = duckdb.connect(sys.argv[1])
    con.execute("CREATE OR REPLACE TABLE marts.fct_projects_next AS SELECT * FROM marts.fct_projects")
    pathlib.Path(sys.argv[2]).write_text("writing")
    while True:  # a dbt build in progress: keeps writing until killed
        con.execute("INSERT INTO marts.fct_projects_next SELECT * FROM marts.fct_projects")
    """
)


def test_sigkill_during_build_leaves_published_readable_and_next_refresh_works(home, tmp_path):
    build_and_publish(home)
    before = sha256(home.published_db)
    marker = tmp_path / "writing"
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER_CHILD, str(home.build_db), str(marker)],
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    wait_for(marker, proc)
    time.sleep(0.2)
    # while the build file is held by its writer, readers of the published file are unaffected
    with open_published_readonly() as con:
        assert con.execute("SELECT version FROM meta_publication").fetchone() == (1,)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=SUBPROCESS_TIMEOUT)

    assert sha256(home.published_db) == before
    with open_published_readonly() as con:
        assert con.execute("SELECT count(*) FROM fct_projects").fetchone() == (5,)
    v = build_and_publish(home, extra_projects=2)  # the next refresh rebuilds and publishes
    assert v.version == 2 and current_version().version == 2


READER_CHILD = textwrap.dedent(
    """
    import json, os, sys, time, duckdb
    current, progress, stop = sys.argv[1:4]
    marts = json.loads(sys.argv[4])
    seen, errors, n = [], [], 0
    while not os.path.exists(stop):
        try:
            con = duckdb.connect(current, read_only=True,
                                 config={"autoinstall_known_extensions": False})
            try:
                version, counts = con.execute(
                    "SELECT version, row_counts FROM meta_publication").fetchone()
                counts = json.loads(counts)
                for m in marts:
                    got = con.execute(f'SELECT count(*) FROM "{m}"').fetchone()[0]
                    if got != counts[m]:
                        errors.append(f"v{version}: {m} has {got} rows, meta says {counts[m]}")
                orphans = con.execute(
                    "SELECT count(*) FROM fct_participant_groups g "
                    "WHERE g.project_id NOT IN (SELECT project_id FROM fct_projects)"
                ).fetchone()[0]
                if orphans:
                    errors.append(f"v{version}: {orphans} groups without their project")
            finally:
                con.close()
        except Exception as exc:
            errors.append(f"{type(exc).__name__}: {exc}")
            version = None
        n += 1
        if version is not None and (not seen or seen[-1] != version):
            seen.append(version)
            tmp = progress + ".tmp"
            with open(tmp, "w") as fh:
                json.dump(seen, fh)
            os.replace(tmp, progress)
    print(json.dumps({"iterations": n, "seen": seen, "errors": errors[:20]}))
    """
)


def test_reader_during_publications_never_errors_and_sees_whole_versions(home, tmp_path):
    build_and_publish(home)
    progress, stop = tmp_path / "progress.json", tmp_path / "stop"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            READER_CHILD,
            str(home.published_db),
            str(progress),
            str(stop),
            json.dumps(list(mf.MARTS)),
        ],
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for(progress, proc)

        def reader_sees(version: int) -> None:
            deadline = time.monotonic() + SUBPROCESS_TIMEOUT
            while time.monotonic() < deadline:
                if progress.exists() and json.loads(progress.read_text())[-1] == version:
                    return
                time.sleep(0.02)
            raise AssertionError(f"the reader never saw v{version}")

        for extra in (1, 2, 3, 4):
            v = build_and_publish(home, extra_projects=extra)
            reader_sees(v.version)
        rollback(to_version=2)
        reader_sees(2)
    finally:
        stop.write_text("stop")
        out, err = proc.communicate(timeout=SUBPROCESS_TIMEOUT)
    assert proc.returncode == 0, err
    report = json.loads(out)
    assert report["errors"] == []
    assert report["seen"] == [1, 2, 3, 4, 5, 2]
    assert report["iterations"] >= len(report["seen"])


LOCK_CHILD = textwrap.dedent(
    """
    import pathlib, sys, time
    from integra.warehousing.locking import refresh_lock
    with refresh_lock():
        pathlib.Path(sys.argv[1]).write_text("locked")
        time.sleep(60)
    """
)


def test_refresh_lock_refuses_a_second_refresh_and_is_freed_by_sigkill(home, tmp_path):
    marker = tmp_path / "locked"
    proc = subprocess.Popen(
        [sys.executable, "-c", LOCK_CHILD, str(marker)],
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for(marker, proc)
        assert lock_holder(home.lock_file) == proc.pid
        with pytest.raises(LockBusyError, match=rf"another refresh is running \(pid {proc.pid}\)"):
            refresh_lock().acquire()
        t0 = time.monotonic()
        with pytest.raises(LockBusyError, match="gave up after waiting"):
            refresh_lock().acquire(blocking=True, timeout=0.3)
        assert time.monotonic() - t0 >= 0.3
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=SUBPROCESS_TIMEOUT)
    with refresh_lock(
        blocking=True, timeout=5
    ) as lock:  # the kernel released the dead holder's lock
        assert lock.held and lock_holder(home.lock_file) == os.getpid()
    assert not lock.held


def test_open_published_readonly(home):
    assert current_version() is None and list_versions() == []
    with pytest.raises(FileNotFoundError, match="nothing is published yet"):
        open_published_readonly()
    b = mf.build_marts_db(home.build_db)
    quarantined = {
        "document_id": "0123456789abcdef",
        "city_slug": "gdynia",
        "source_file": "gdynia/skan.pdf",
        "sha256": "0" * 64,
        "reason": "pdf has no text layer",
        "ingested_at": dt.datetime(2025, 11, 20, 2, 0),
    }
    publish(b, gate_result=mf.passing_gate_result(b), quarantine_rows=[quarantined])
    con = open_published_readonly()
    try:
        assert con.execute("SELECT count(*) FROM dim_city").fetchone() == (4,)
        assert con.execute("SELECT * FROM meta_quarantine").fetchall() == [
            tuple(quarantined.values())
        ]
        with pytest.raises(duckdb.Error, match="read-only"):
            con.execute("CREATE TABLE scratch (x INTEGER)")
    finally:
        con.close()
