"""Publication, state, serve and settings attacks (issue 17: M7-M11, L2-L4, L6-L8, L10).

Unit-level: small warehouses from tests/marts_factory.py, the real gate where it matters, no
full refresh.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pandas as pd
import pytest

try:
    from tests import marts_factory as mf
except ImportError:  # pytest's prepend import mode puts tests/ itself on sys.path
    import marts_factory as mf

from integra.settings import paths
from integra.warehousing.gate import run_gate
from integra.warehousing.publish import (
    GateBlockedPublishError,
    PublishError,
    current_version,
    open_published_readonly,
    publish,
    rollback,
)
from integra.warehousing.state import read_state, update_state

REPO = Path(__file__).resolve().parent.parent
TORUN = "torun/000_d62dbd5068231973.txt"
SZCZECIN = "szczecin/003_fabddfe91cbf95b5.txt"
SHARE = "expect_column_values_to_be_between(eu_cofinancing_share, min_value=0, max_value=1)"
UNIQUE_KEY = "expect_column_values_to_be_unique(project_id)"


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("INTEGRA_HOME", str(tmp_path / "home"))
    for var in (
        "INTEGRA_KEEP_VERSIONS",
        "INTEGRA_MARTS_SCHEMA",
        "INTEGRA_MAX_SHRINK",
        "INTEGRA_TEST_PAUSE_AT",
        "INTEGRA_SENSOR_SETTLE_SECONDS",
        "INTEGRA_CITY_REGISTRY",
    ):
        monkeypatch.delenv(var, raising=False)
    return paths()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_and_publish(p, **kw):
    b = mf.build_marts_db(p.build_db, **kw)
    return publish(b, gate_result=mf.passing_gate_result(b))


def count(sql: str, path: Path | None = None) -> int:
    con = open_published_readonly(path)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


# ------------------------------------------------------------------------------ M9


def eu_above_total(frames):
    """Toruń's project states EU co-financing above its total (share 1.7)."""
    fct = frames["fct_projects"]
    torun = fct["source_file"] == TORUN
    fct.loc[torun, "eu_cofinancing_pln"] = fct.loc[torun, "total_cost_pln"] * 1.7
    fct.loc[torun, "eu_cofinancing_share"] = 1.7


def test_row_level_error_withholds_that_document_and_publishes_every_other_city(home):
    b = mf.build_marts_db(home.build_db, mutate=eu_above_total)
    r = run_gate(b, None, build_data_docs=False)
    assert r.passed, r.summary
    # the project's documents (its project page and the scan filed under it)
    withheld = {d["source_file"]: d for d in r.withheld_documents}
    assert TORUN in withheld and all(f.startswith("torun/") for f in withheld)
    # the share is above 1, and the stated budget no longer adds up: both name the document
    assert "fct_projects: " + SHARE in withheld[TORUN]["reasons"]
    (w,) = [x for x in r.withheld if x.expectation == SHARE]
    assert (w.mart, w.expectation, w.success, w.blocking) == ("fct_projects", SHARE, False, False)
    assert TORUN in r.summary and "withheld" in r.summary
    assert r.row_counts["fct_projects"] == 4  # 5 project scopes, Toruń's left out

    v = publish(b, gate_result=r)
    assert count("select count(*) from fct_projects") == 4
    assert count(f"select count(*) from fct_projects where source_file = '{TORUN}'") == 0
    assert count("select count(distinct city_slug) from fct_projects") == 3  # the other cities
    # its rows in every mart are withheld too, and the comparison has no Toruń row built on it
    for mart in ("fct_fact_evidence", "fct_documents"):
        assert count(f"select count(*) from {mart} where source_file = '{TORUN}'") == 0
    assert count("select count(*) from mart_city_comparison where city_slug = 'torun'") == 0
    assert (
        count("select count(*) from mart_city_comparison where eu_cofinancing_share_weighted > 1")
        == 0
    )
    # named where people look: meta_quarantine (status, the data-quality page), meta_gate_results
    con = open_published_readonly()
    try:
        (reason,) = con.execute(
            "select reason from meta_quarantine where source_file = ?", [TORUN]
        ).fetchone()
        assert reason.startswith("withheld by the data-quality gate: ") and SHARE in reason
        assert con.execute(
            "select count(*) from meta_gate_results where expectation = ? and not success", [SHARE]
        ).fetchone() == (1,)
    finally:
        con.close()
    assert v.row_counts["fct_projects"] == 4
    from integra.app.status import collect_status

    assert {q["source_file"] for q in collect_status()["quarantined"]} >= {TORUN}


def test_structural_failure_still_blocks_even_beside_a_row_level_error(home):
    def both(frames):
        eu_above_total(frames)
        fct = frames["fct_projects"]
        frames["fct_projects"] = pd.concat(
            [fct, fct[fct["source_file"] == SZCZECIN]], ignore_index=True
        )

    b = mf.build_marts_db(home.build_db, mutate=both)
    r = run_gate(b, None, build_data_docs=False)
    assert not r.passed
    assert {SHARE, UNIQUE_KEY} <= {x.expectation for x in r.failed_errors}
    assert r.withheld_documents == [] and r.withheld_rows == {}
    with pytest.raises(GateBlockedPublishError):
        publish(b, gate_result=r)


def test_empty_after_withholding_still_blocks(home):
    def all_bad(frames):
        fct = frames["fct_projects"]
        fct["eu_cofinancing_share"] = 1.7

    b = mf.build_marts_db(home.build_db, mutate=all_bad)
    r = run_gate(b, None, build_data_docs=False)
    assert not r.passed  # nothing would be left: emptiness is set-wide and blocks
    assert any(
        x.expectation == "expect_table_row_count_to_be_between(min_value=1)"
        and x.mart == "fct_projects"
        for x in r.failed_errors
    )


# ------------------------------------------------------------------------------ M7, L2


def test_current_is_a_separate_read_only_file_a_write_to_it_cannot_reach_the_kept_version(home):
    v = build_and_publish(home)
    kept = sha256(v.path)
    assert home.published_db.stat().st_ino != v.path.stat().st_ino
    assert (
        home.published_db.stat().st_mode & 0o777 == 0o444 and v.path.stat().st_mode & 0o777 == 0o444
    )
    # an analyst opens current without -readonly (root ignores 0444) and writes, then truncates it
    con = duckdb.connect(str(home.published_db))
    con.execute("DELETE FROM fct_projects")
    con.execute("CHECKPOINT")
    con.close()
    with open(home.published_db, "r+b") as fh:
        fh.truncate(100)
    assert sha256(v.path) == kept  # the rollback copy is untouched
    assert rollback(1).version == 1  # and whole: rollback verifies it before switching
    assert count("select count(*) from fct_projects") == v.row_counts["fct_projects"]


def test_a_reader_holding_the_write_lock_on_current_gives_no_traceback(home, tmp_path):
    build_and_publish(home)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import duckdb, sys, time
            con = duckdb.connect({str(home.published_db)!r})  # read-write: an exclusive lock
            print("locked", flush=True)
            time.sleep(60)
        """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        env = dict(os.environ, INTEGRA_HOME=str(home.home))
        for args in (["publish", "--list"], ["publish", "--rollback"]):
            r = subprocess.run(
                [str(REPO / ".venv/bin/integra"), *args],
                env=env,
                text=True,
                capture_output=True,
                timeout=120,
            )
            assert "Traceback" not in r.stderr + r.stdout, (args, r.stderr)
    finally:
        holder.kill()
        holder.wait()


def test_rollback_refuses_a_damaged_version(home):
    v1 = build_and_publish(home)
    build_and_publish(home, extra_projects=1)
    before = sha256(home.published_db)
    os.chmod(v1.path, 0o644)
    data = v1.path.read_bytes()
    v1.path.write_bytes(data[: len(data) // 2])  # half the file
    with pytest.raises(PublishError, match=r"v0001\.duckdb"):
        rollback(1)
    assert sha256(home.published_db) == before and current_version().version == 2


def test_rollback_refuses_a_version_whose_rows_differ_from_what_was_published(home):
    v1 = build_and_publish(home)
    build_and_publish(home, extra_projects=1)
    os.chmod(v1.path, 0o644)
    con = duckdb.connect(str(v1.path))
    con.execute("DELETE FROM fct_instruments")
    con.close()
    with pytest.raises(PublishError, match="fct_instruments has 0 rows"):
        rollback(1)
    assert current_version().version == 2


# ------------------------------------------------------------------------------ M8, L10


class _Run:
    def __init__(self, tags=None):
        self.run_id = "run-m8"
        self.tags = tags or {}


class _Ctx:
    def __init__(self, tags=None):
        self.run = _Run(tags)


def _with_registry(build_db: Path) -> None:
    con = duckdb.connect(str(build_db))
    con.execute(
        "CREATE TABLE raw.city_registry AS SELECT 'torun' AS city_slug, 'Toruń' AS city_name, "
        "'kujawsko-pomorskie' AS voivodeship, '0463011' AS teryt_gmina, 1 AS population"
    )
    con.execute("ALTER TABLE raw.documents ADD COLUMN IF NOT EXISTS status2 VARCHAR")
    con.close()


def test_a_rollback_sticks_until_something_new_lands_or_force(home):
    from integra.warehousing.ingest import connect_build
    from integra.warehousing.state import build_fingerprint
    from orchestration.assets.dbt import _nothing_new

    build_and_publish(home)
    v2 = build_and_publish(home, extra_projects=1)
    _with_registry(home.build_db)
    con = connect_build(home)
    fingerprint = build_fingerprint(con)
    con.close()
    update_state(home, published_fingerprint=fingerprint, site_version=v2.version)
    assert _nothing_new(_Ctx())

    rollback()  # back to v1; `integra publish --rollback` rewrites the site for it
    update_state(home, site_version=1)
    st = read_state(home)
    assert (st["published_version"], st["rolled_back"]["to"], st["rolled_back"]["from"]) == (
        1,
        1,
        2,
    )
    assert st["published_row_counts"]["fct_projects"] == 5
    assert _nothing_new(_Ctx())  # a plain refresh with nothing new keeps v1
    assert not _nothing_new(_Ctx(), force=True)  # integra refresh --force
    con = connect_build(home)
    con.execute("UPDATE raw.documents SET status = 'rejected' WHERE source_file = ?", [TORUN])
    con.close()
    assert not _nothing_new(_Ctx())  # something new landed: rebuild and publish


def test_refresh_reports_the_version_it_published_when_a_rollback_lands_meanwhile(home):
    import dagster as dg

    from orchestration.pipeline import _outcome

    build_and_publish(home)
    v2 = build_and_publish(home, extra_projects=1)
    rollback()  # lands after the run published v2, before it reports
    event = type(
        "E",
        (),
        dict(
            event_type_value="ASSET_MATERIALIZATION",
            asset_key=dg.AssetKey(["published", "marts"]),
            asset_materialization=dg.AssetMaterialization(
                "published/marts", metadata={"version": v2.version, "rows_fct_projects": 6}
            ),
        ),
    )()
    result = type("R", (), dict(run_id="run-l10", success=True, all_events=[event]))()
    out = _outcome(result, 1)
    assert (out.status, out.published_version, out.row_counts) == (
        "published",
        2,
        {"fct_projects": 6},
    )
    assert re.fullmatch(
        r"published version v?0*2 \(a rollback made (version )?v?0*1 current since\)", out.message
    ), out.message


# ------------------------------------------------------------------------------ L3


def test_shrink_guard_uses_the_recorded_counts_when_the_published_file_is_damaged(home):
    big = mf.build_marts_db(home.build_db, extra_projects=45)
    publish(big, gate_result=mf.passing_gate_result(big))
    assert read_state(home)["published_row_counts"]["fct_projects"] == 50
    os.chmod(home.published_db, 0o644)
    home.published_db.write_bytes(b"\0" * 4096)  # current is damaged
    small = mf.build_marts_db(home.build_db)  # 50 -> 5 projects
    r = run_gate(small, home.published_db, build_data_docs=False)
    shrink = [
        x
        for x in r.failed_errors
        if x.mart == "fct_projects"
        and x.expectation
        == "expect_table_row_count_to_be_between(min_value=$min_row_count_vs_published)"
    ]
    assert len(shrink) == 1 and "published version has 50 rows" in shrink[0].observed
    assert not r.passed


# ------------------------------------------------------------------------------ L8


def test_two_processes_updating_the_state_lose_no_key(home):
    script = textwrap.dedent("""
        import sys
        from integra.warehousing.state import update_state
        who = sys.argv[1]
        for i in range(150):
            update_state(**{f"{who}{i}": i})
    """)
    env = dict(os.environ, INTEGRA_HOME=str(home.home))
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, who],
            env=env,
            cwd=REPO,
            stderr=subprocess.PIPE,
            text=True,
        )
        for who in ("a", "b")
    ]
    errs = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errs
    st = read_state(home)
    assert {k for k in st if k[0] in "ab" and k[1:].isdigit()} == {
        f"{w}{i}" for w in "ab" for i in range(150)
    }
    assert not list(home.build_dir.glob("*.tmp"))


# ------------------------------------------------------------------------------ M10


def test_serve_is_read_only_unless_allowed():
    from integra.app.serve import webserver_command

    ro = webserver_command(Path("/bin"), 4000, allow_writes=False)
    assert "--read-only" in ro and ro[ro.index("-h") + 1] == "127.0.0.1"
    assert "--read-only" not in webserver_command(Path("/bin"), 4000, allow_writes=True)


def test_serve_proxy_refuses_foreign_hosts_cross_site_origins_and_get_mutations():
    import http.client
    import http.server
    import threading

    from integra.app.serve import LoopbackProxy

    class Backend(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = b"dagster here"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *a):
            pass

    backend = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Backend)
    proxy = LoopbackProxy(("127.0.0.1", 0), backend.server_address[1])
    for srv in (backend, proxy):
        threading.Thread(target=srv.serve_forever, daemon=True).start()
    port = proxy.server_address[1]

    def get(path="/", **headers):
        con = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        con.putrequest("GET", path, skip_host=True)
        for k, v in headers.items():
            con.putheader(k.replace("_", "-"), v)
        con.endheaders()
        r = con.getresponse()
        out = (r.status, r.read().decode())
        con.close()
        return out

    try:
        assert get(Host=f"127.0.0.1:{port}") == (200, "dagster here")
        assert get(Host=f"localhost:{port}")[0] == 200
        assert get(Host=f"[::1]:{port}")[0] == 200
        status, body = get(Host="evil.example:3000")  # DNS rebinding
        assert status == 403 and "Host header is not a loopback name" in body
        assert get(Host="127.0.0.1.evil.example")[0] == 403
        assert get()[0] == 403  # no Host at all
        status, body = get(Host=f"127.0.0.1:{port}", Origin="https://evil.example")
        assert status == 403 and "cross-site" in body
        assert get(Host=f"127.0.0.1:{port}", Origin=f"http://localhost:{port}")[0] == 200
        status, body = get("/graphql?query=mutation%20%7BlaunchRun%7D", Host=f"127.0.0.1:{port}")
        assert status == 403 and "mutation sent with GET" in body
    finally:
        for srv in (proxy, backend):
            srv.shutdown()
            srv.server_close()


# ------------------------------------------------------------------------------ M11, L6, L7


def _integra(*args, env_extra, cwd=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTEGRA_")}
    env.update(env_extra)
    return subprocess.run(
        [str(REPO / ".venv/bin/integra"), *args],
        env=env,
        text=True,
        capture_output=True,
        timeout=120,
        cwd=cwd or REPO,
    )


@pytest.mark.parametrize("case", ["file", "root", "foreign"])
def test_unusable_or_foreign_home_is_refused_in_one_line_even_for_status(tmp_path, case):
    home = {"file": tmp_path / "afile", "root": Path("/"), "foreign": tmp_path / "mine"}[case]
    if case == "file":
        home.write_text("not a folder")
    if case == "foreign":
        (home / "site").mkdir(parents=True)
        (home / "site" / "my.html").write_text("someone else's")
        (home / ".site.old").mkdir()
    before = sorted(str(p) for p in home.rglob("*")) if case == "foreign" else None
    for args in (["status"], ["dashboards"]):
        r = _integra(*args, env_extra={"INTEGRA_HOME": str(home)})
        assert r.returncode == 2, r.stderr
        assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr
        assert r.stderr.startswith("error: INTEGRA_HOME=")
    if case == "foreign":
        assert sorted(str(p) for p in home.rglob("*")) == before  # nothing deleted or added
        assert "did not create" in r.stderr


def test_new_home_gets_the_marker_and_is_accepted_again(tmp_path):
    """A command that may write (`publish`) makes a new home with the marker; `status` only
    reads: it creates no home, and accepts the one made."""
    home = tmp_path / "new"
    r = _integra("status", env_extra={"INTEGRA_HOME": str(home)})
    assert r.returncode == 0, r.stderr
    assert not home.exists()
    r = _integra("publish", "--list", env_extra={"INTEGRA_HOME": str(home)})
    assert r.returncode == 0, r.stderr
    assert (home / ".integra-home").is_file()
    assert _integra("status", env_extra={"INTEGRA_HOME": str(home)}).returncode == 0


@pytest.mark.parametrize(
    "registry, message",
    [
        (
            "city_slug,city_name,voivodeship,teryt_gmina\n,Toruń,x,0463011\n",
            "line 2: empty city_slug",
        ),
        (
            "city_slug,city_name,voivodeship,teryt_gmina\ntorun,A,x,1\ntorun,B,x,2\n",
            "'torun' repeats line 2",
        ),
        ("city_slug,city_name\ntorun,Toruń\n", "missing column(s) voivodeship, teryt_gmina"),
    ],
)
def test_bad_registry_is_one_line(tmp_path, registry, message):
    f = tmp_path / "cities.csv"
    f.write_text(registry, encoding="utf-8")
    r = _integra(
        "status", env_extra={"INTEGRA_HOME": str(tmp_path / "h"), "INTEGRA_CITY_REGISTRY": str(f)}
    )
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert r.stderr.strip().splitlines() == [
        f"error: city registry {f}" + r.stderr.split(str(f), 1)[1].strip()
    ]
    assert message in r.stderr


def test_bad_numeric_settings_are_one_line(tmp_path):
    for var, value in (
        ("INTEGRA_SENSOR_SETTLE_SECONDS", "abc"),
        ("INTEGRA_KEEP_VERSIONS", "0"),
        ("INTEGRA_MAX_SHRINK", "lots"),
    ):
        r = _integra("status", env_extra={"INTEGRA_HOME": str(tmp_path / "h"), var: value})
        assert r.returncode == 2 and "Traceback" not in r.stderr
        assert r.stderr.strip().splitlines() == [r.stderr.strip()] and var in r.stderr


def test_sensor_with_a_bad_settle_setting_skips_with_the_reason(monkeypatch):
    import dagster as dg

    from orchestration.definitions import defs

    monkeypatch.setenv("INTEGRA_SENSOR_SETTLE_SECONDS", "abc")
    sensor = defs.get_sensor_def("landing_folder_sensor")
    with dg.instance_for_test() as instance:
        result = sensor(dg.build_sensor_context(instance=instance))
    assert isinstance(result, dg.SkipReason)
    assert "INTEGRA_SENSOR_SETTLE_SECONDS='abc' is not a number" in result.skip_message


# ------------------------------------------------------------------------------ L4


def test_full_disk_while_writing_an_alert_leaves_no_temporary_file(home, monkeypatch):
    from integra.warehousing import alerts

    real_replace = os.replace

    def full(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(alerts.os, "replace", full)
    with pytest.raises(OSError, match="No space left"):
        alerts.write_alert("the gate blocked", run_id="run-l4")
    monkeypatch.setattr(alerts.os, "replace", real_replace)
    assert list(home.alerts_dir.iterdir()) == []


def test_bad_extraction_limits_are_one_line_errors(tmp_path):
    import os
    import subprocess
    import sys

    env = dict(os.environ, INTEGRA_HOME=str(tmp_path / "home"), INTEGRA_EXTRACT_TIME_LIMIT="abc")
    p = subprocess.run(
        [sys.executable, "-m", "integra.app.cli", "status"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert p.returncode != 0
    assert "INTEGRA_EXTRACT_TIME_LIMIT='abc' is not a number" in p.stderr + p.stdout
    assert "Traceback" not in p.stderr
