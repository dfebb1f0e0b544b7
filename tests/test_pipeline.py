"""The whole pipeline on the landed seeds: `integra refresh` in a temporary INTEGRA_HOME.

One warehouse is built per module and then driven through the operator's situations in order:
published figures, status, a refresh with nothing new, one changed file, a blocked gate.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "dbt_project" / "seeds"


@pytest.fixture(scope="module")
def env(tmp_path_factory, monkeypatch_module):
    home = tmp_path_factory.mktemp("home")
    raw = tmp_path_factory.mktemp("raw")
    shutil.copytree(ROOT / "raw_samples", raw, dirs_exist_ok=True)
    monkeypatch_module.setenv("INTEGRA_HOME", str(home))
    monkeypatch_module.setenv("INTEGRA_RAW", str(raw))
    monkeypatch_module.delenv("DAGSTER_HOME", raising=False)
    monkeypatch_module.delenv("INTEGRA_CITY_REGISTRY", raising=False)
    return home, raw


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


@pytest.fixture(scope="module")
def first(env):
    from orchestration.pipeline import run_refresh

    stages: list[tuple[str, str]] = []
    outcome = run_refresh(on_stage=lambda s, e: stages.append((s, e)))
    assert outcome.success, outcome.message
    return outcome, stages


def _query(home: Path, sql: str, params=None):
    con = duckdb.connect(str(home / "published" / "current.duckdb"), read_only=True)
    try:
        cur = con.execute(sql, params or [])
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]
    finally:
        con.close()


def _cpi_factor(start_year: int, base: int = 2024) -> float:
    import csv

    cpi = {
        int(r["year"]): float(r["cpi_prev_year_100"])
        for r in csv.DictReader(open(SEEDS / "cpi_pl_annual.csv"))
    }
    f = 1.0
    for y in range(start_year + 1, base + 1):
        f *= cpi[y] / 100
    return f


def _eur_rate(year: int) -> float:
    import csv

    return {
        int(r["year"]): float(r["eur_pln_mean"])
        for r in csv.DictReader(open(SEEDS / "eur_pln_annual.csv"))
    }[year]


def test_first_refresh_publishes_with_progress(first, env):
    outcome, stages = first
    home, _ = env
    assert outcome.status == "published" and outcome.published_version == 1
    assert outcome.ingest["new"] == 5 and outcome.ingest["rejected"] == 0
    assert [s for s, e in stages if e == "done"] == [
        "registry",
        "ingest + extract",
        "dbt build",
        "gate",
        "publish",
        "dashboards",
    ]
    assert outcome.gate["passed"] is True
    assert (home / "site" / "index.html").exists()
    assert (home / "reports" / "latest.json").exists() and (home / "reports" / "gate.html").exists()
    # GX Data Docs are built only with INTEGRA_GATE_DATA_DOCS=1 (test_gate builds them)
    assert not any((home / "data_docs").rglob("index.html"))
    # each project page links to its landed source document (a relative link, valid from disk)
    import re
    from urllib.parse import unquote

    _, raw = env
    linked = set()
    for page in (home / "site" / "projects").glob("*.html"):
        for href in re.findall(r'href="([^"]+\.txt)"', page.read_text(encoding="utf-8")):
            target = (page.parent / unquote(href)).resolve()
            assert target.is_file() and target.is_relative_to(raw.resolve())
            linked.add(target.name)
    assert len(linked) == 5


def test_the_cli_run_ingests_every_city_in_one_unpartitioned_step(first, env):
    """The CLI's all-cities refresh plans one materialization per ingest and fetch asset, not
    one per city (4 cities here: 16 before), each without a partition."""
    import dagster as dg

    outcome, _ = first
    with dg.DagsterInstance.get() as instance:
        events = instance.all_logs(outcome.run_id)
    planned = [
        e.dagster_event
        for e in events
        if e.dagster_event and e.dagster_event.event_type_value == "ASSET_MATERIALIZATION_PLANNED"
    ]
    ingest = [
        e
        for e in planned
        if e.asset_key.path[0] in ("raw", "fetch") and e.asset_key.path[-1] != "city_registry"
    ]
    assert sorted(e.asset_key.to_user_string() for e in ingest) == [
        "fetch/pages",
        "raw/documents",
        "raw/facts",
        "raw/quarantine",
    ]
    assert all(e.partition is None for e in planned)


def test_the_first_refresh_ran_dbt_in_its_warm_process_and_left_none_behind(first, env):
    """`integra refresh` started dbt (imported) while Dagster loaded; the build ran in it through
    the shim in INTEGRA_HOME/run, and nothing of it outlives the refresh (issue 15, item 5)."""
    import os

    import dagster as dg

    from orchestration import dbt_warm

    outcome, _ = first
    home, _ = env
    with dg.DagsterInstance.get() as instance:
        messages = [e.user_message for e in instance.all_logs(outcome.run_id)]
    assert "dbt runs in the warm dbt process started with the refresh" in messages
    assert (home / "run" / "dbt-warm-shim").exists()
    assert dbt_warm.active_shim() is None and dbt_warm.ENV_SOCKET not in os.environ
    mine = f"integra-dbt-{os.getpid()}-"
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                cmd = (d / "cmdline").read_bytes()
            except OSError:
                continue
            assert mine.encode() not in cmd


def test_a_new_home_starts_from_the_prepared_manifest(first, env):
    """The first refresh of a new home ran no `dbt parse` (the repository's prepared manifest of
    this dbt project was copied in, with its parse state), and its dbt build did not parse the
    project in full either: dbt took the prepared parse state (partial parsing, nothing changed)."""
    from orchestration.dbt_setup import prepared_digest, project_digest

    home, _ = env
    target = home / "dbt" / "target"
    assert (target / "manifest.digest").read_text().strip() == prepared_digest() == project_digest()
    parse_log = home / "dbt" / "logs" / "dbt.log"  # where `dbt parse` logs (a build: its run)
    assert not parse_log.exists() or "dbt parse" not in parse_log.read_text(errors="replace")
    assert (target / "partial_parse.msgpack").stat().st_size > 100_000
    (run,) = list(target.glob("run-*"))
    build_log = (run / "dbt.log").read_text(errors="replace")
    assert (
        "Starting full parse" not in build_log and "Unable to do partial parsing" not in build_log
    )
    assert "Partial parsing enabled: 0 files deleted, 0 files added, 0 files changed." in build_log


def test_published_figures(first, env):
    home, _ = env
    # one row per project: four projects from five documents (Włocławek's 2011 edition plan and
    # its 2008-2013 final report are one project; source_file names the principal document)
    rows = {
        r["source_file"].split("/")[-1][:3]: r for r in _query(home, "select * from fct_projects")
    }
    assert set(rows) == {"000", "002", "003", "004"}
    n = _query(home, "select count(*) n, count(distinct project_id) d from fct_projects")[0]
    assert (n["n"], n["d"]) == (4, 4)
    torun = rows["000"]
    assert torun["eu_cofinancing_share"] == pytest.approx(1053259.79 / 1239061.22, abs=1e-6)
    assert round(torun["eu_cofinancing_share"], 5) == 0.85005
    assert torun["cost_per_planned_participant_pln"] == pytest.approx(1239061.22 / 120)
    assert torun["cost_per_planned_participant_basis"] == "total_document"
    assert torun["own_contribution_is_derived"] is False
    assert torun["duration_months"] == 24
    # constant 2024 PLN and EUR of the start year, from the seeds' rows
    assert torun["total_cost_constant_pln"] == pytest.approx(
        1239061.22 * _cpi_factor(2017), rel=1e-9
    )
    assert torun["total_cost_eur"] == pytest.approx(1239061.22 / _eur_rate(2017), rel=1e-9)
    gdynia = rows["004"]
    assert gdynia["own_contribution_pln"] == pytest.approx(1755033.27, abs=0.005)
    assert gdynia["own_contribution_is_derived"] is True
    report = rows["002"]
    assert report["total_cost_pln"] == 10000000 and report["total_cost_qualifier"] == "more_than"
    assert report["own_contribution_pln"] is None and report["eu_cofinancing_share"] is None
    assert (report["participants_actual"], report["participants_completed"]) == (2815, 2620)
    assert report["completion_rate"] == pytest.approx(2620 / 2815)
    # the EU co-financing is summed over the one known edition (2011) of a 2008-2013 project:
    # a partial sum, said so, never the whole project's
    assert (report["total_cost_basis"], report["eu_cofinancing_basis"]) == (
        "whole_project",
        "sum_of_known_editions",
    )
    assert (report["start_date_precision"], report["end_date_precision"]) == ("year", "year")
    editions = _query(home, "select * from fct_project_editions")
    assert [(e["project_id"], e["edition_year"]) for e in editions] == [
        (report["project_id"], 2011)
    ]
    assert editions[0]["total_cost_pln"] == pytest.approx(2177857.15)
    docs = _query(
        home,
        "select source_file, project_id, scope, scope_year from fct_documents "
        "where source_file like 'wloclawek/%' order by source_file",
    )
    assert [(d["project_id"], d["scope"], d["scope_year"]) for d in docs] == [
        (report["project_id"], "edition", 2011),
        (report["project_id"], "whole_project", None),
    ]
    assert report["project_id"] != torun["project_id"]
    groups = _query(
        home,
        "select group_label, group_category, participants_planned from fct_participant_groups "
        "where city_slug = 'szczecin' order by participants_planned desc",
    )
    assert [(g["participants_planned"], g["group_category"]) for g in groups] == [
        (200, "leaving_foster_care"),
        (144, "poverty"),
        (100, "people_with_disabilities"),
        (69, "families_with_care_difficulties"),
    ]


def test_integra_query_cli_reads_published(first, env):
    from typer.testing import CliRunner

    from integra.app.cli import app

    r = CliRunner().invoke(
        app,
        [
            "query",
            "select city_slug, total_cost_pln from fct_projects where city_slug = 'torun'",
            "--format",
            "json",
        ],
    )
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout.splitlines()[0]) == {
        "city_slug": "torun",
        "total_cost_pln": 1239061.22,
    }
    bad = CliRunner().invoke(app, ["query", "delete from fct_projects"])
    assert bad.exit_code == 2
    outside = CliRunner().invoke(app, ["query", "select * from read_csv('/etc/passwd')"])
    assert outside.exit_code == 2


def test_status_json_after_success(first, env):
    from typer.testing import CliRunner

    from integra.app.cli import app

    r = CliRunner().invoke(app, ["status", "--json"])
    assert r.exit_code == 0, r.output
    st = json.loads(r.stdout)
    assert st["last_run"]["status"] == "SUCCESS"
    assert st["published"]["version"] == 1
    assert st["published"]["row_counts"]["fct_projects"] == 4  # one row per project
    assert st["gate"]["passed"] is True
    assert st["quarantined"] == []


def test_second_refresh_with_nothing_new(first, env):
    from orchestration.pipeline import run_refresh

    home, _ = env
    before = (home / "published" / "current.duckdb").read_bytes()
    outcome = run_refresh()
    assert outcome.success and outcome.status == "unchanged"
    assert outcome.ingest["extracted"] == 0 and outcome.ingest["unchanged"] == 5
    assert outcome.published_version == 1
    assert (home / "published" / "current.duckdb").read_bytes() == before


def test_the_ui_can_reexecute_a_cli_run(first, env):
    """`integra serve` loads `defs`, whose ingest is partitioned by city; re-executing a CLI run
    there (the UI copies the parent's tags and run config) must get its cities from the CLI
    run's partition range tags: without them ingest failed with "Cannot access partition_key
    for a non-partitioned run". Nothing new landed, so the re-execution publishes nothing."""
    import dagster as dg
    from dagster._core.storage.tags import PARENT_RUN_ID_TAG, ROOT_RUN_ID_TAG

    from integra.settings import city_slugs
    from orchestration.definitions import defs

    outcome, _ = first
    home, _ = env
    before = (home / "published" / "current.duckdb").read_bytes()
    with dg.DagsterInstance.get() as instance:
        parent = instance.get_run_by_id(outcome.run_id)
        assert parent.tags["dagster/asset_partition_range_start"] == city_slugs()[0]
        assert parent.tags["dagster/asset_partition_range_end"] == city_slugs()[-1]
        tags = {**parent.tags, PARENT_RUN_ID_TAG: parent.run_id, ROOT_RUN_ID_TAG: parent.run_id}
        result = defs.resolve_job_def("nightly_refresh").execute_in_process(
            instance=instance, tags=tags, run_config=parent.run_config, raise_on_error=False
        )
        assert result.success
        ingested = [
            e
            for e in result.all_events
            if e.event_type_value == "ASSET_MATERIALIZATION"
            and e.asset_key.to_user_string() == "raw/documents"
        ]
        # one materialization per city partition, as the schedule's runs make
        assert sorted(e.partition for e in ingested) == sorted(city_slugs())
    assert (home / "published" / "current.duckdb").read_bytes() == before


def test_one_changed_file_reextracts_one_document(first, env):
    from orchestration.pipeline import run_refresh

    home, raw = env
    target = raw / "gdynia" / "004_2c2b91088d8d6981.txt"
    original = target.read_bytes()
    target.write_bytes(original.replace("1.326 mieszkańców".encode(), "1.327 mieszkańców".encode()))
    try:
        outcome = run_refresh()
        assert outcome.success, outcome.message
        assert (outcome.ingest["extracted"], outcome.ingest["changed"]) == (1, 1)
        # the ingest read the listing of the "nothing new" check's walk: one walk, not two
        assert outcome.ingest["timings"]["listing_reused"] == 1
        assert outcome.published_version == 2
        rows = _query(
            home, "select participants_actual from fct_projects where city_slug = 'gdynia'"
        )
        assert rows == [{"participants_actual": 1327}]
        # the old version is kept in the build, not current
        con = duckdb.connect(str(home / "build" / "warehouse.duckdb"), read_only=True)
        versions = con.execute(
            "select count(*), count(*) filter (where is_current) from raw.documents "
            "where source_file like 'gdynia/%'"
        ).fetchone()
        con.close()
        assert versions == (2, 1)
        # the second build partial-parsed from the first build's state
        runs = sorted((home / "dbt" / "target").glob("run-*"), key=lambda d: d.stat().st_mtime)
        log = (runs[-1] / "dbt.log").read_text(errors="replace")
        assert "Partial parsing enabled" in log and "Starting full parse" not in log
    finally:
        target.write_bytes(original)


def test_blocked_refresh_keeps_published_and_reports(first, env):
    """Four of five documents disappear: the marts would shrink by 80%; the gate blocks."""
    from typer.testing import CliRunner

    from integra.app.cli import app
    from orchestration.pipeline import run_refresh

    home, raw = env
    current = home / "published" / "current.duckdb"
    before = current.read_bytes()
    hidden = raw.parent / (raw.name + "-hidden")
    hidden.mkdir()
    moved = []
    for city in ("torun", "wloclawek", "szczecin"):
        shutil.move(str(raw / city), str(hidden / city))
        moved.append(city)
    try:
        outcome = run_refresh()
        assert not outcome.success and outcome.status == "blocked"
        assert any("shrank from" in e for e in outcome.gate["failed_errors"]), outcome.gate
        assert "run_gate" not in outcome.message and "$" not in outcome.message
        assert current.read_bytes() == before
        assert any((home / "alerts").glob("*.json"))
        r = CliRunner().invoke(app, ["status", "--json"])
        st = json.loads(r.stdout)
        assert st["last_run"]["status"] == "FAILURE"
        assert (st["outcome"], r.exit_code) == ("blocked", 2)
        assert st["gate"]["passed"] is False and st["gate"]["failed_errors"]
        assert st["published"]["version"] == outcome.published_version
    finally:
        for city in moved:
            shutil.move(str(hidden / city), str(raw / city))


@pytest.mark.slow  # ~55 s: a whole refresh in a new home with a fifth city
def test_fifth_city_needs_no_code(tmp_path):
    """A new registry row and a folder: its partition and its rows appear (fresh process)."""
    registry = tmp_path / "cities.csv"
    rows = (SEEDS / "cities.csv").read_text(encoding="utf-8").rstrip("\n")
    registry.write_text(
        rows + "\nbytom,Bytom,śląskie,2462011,163156,2023-12-31,confirmed,GUS\n", encoding="utf-8"
    )
    raw = tmp_path / "raw"
    (raw / "bytom").mkdir(parents=True)
    (raw / "bytom" / "ops.txt").write_text(
        "Ośrodek Pomocy Społecznej w Bytomiu realizował projekt „Bytom aktywnie” w ramach "
        "Regionalnego Programu Operacyjnego Województwa Śląskiego na lata 2014-2020, Działanie 9.1. "
        "Projekt realizowany był w okresie od 1.01.2018 r. do 31.12.2019 r. Wartość projektu: "
        "2 000 000,00 zł, w tym dofinansowanie 1 700 000,00 zł. Projekt skierowany był do 150 osób.",
        encoding="utf-8",
    )
    home = tmp_path / "home"
    env = {
        "INTEGRA_HOME": str(home),
        "INTEGRA_RAW": str(raw),
        "INTEGRA_CITY_REGISTRY": str(registry),
        "PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin",
        "HOME": str(tmp_path),
    }
    code = (
        "from integra.settings import prepare_environment; prepare_environment();"
        "from orchestration.dbt_setup import ensure_manifest; ensure_manifest();"
        "from orchestration.definitions import defs;"
        "a = defs.resolve_assets_def(['raw','documents']);"
        "print(sorted(a.partitions_def.get_partition_keys()))"
    )
    keys = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=ROOT
    )
    assert keys.returncode == 0, keys.stderr[-2000:]
    assert "'bytom'" in keys.stdout.splitlines()[-1]
    r = subprocess.run(
        [str(Path(sys.executable).parent / "integra"), "refresh"],
        env=env,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    got = _query(
        home,
        "select p.city_slug, c.city_name, c.voivodeship, p.total_cost_pln from fct_projects p "
        "join dim_city c using (city_slug)",
    )
    assert got == [
        {
            "city_slug": "bytom",
            "city_name": "Bytom",
            "voivodeship": "śląskie",
            "total_cost_pln": 2000000.0,
        }
    ]


def _refresh_process(env_extra: dict[str, str]) -> subprocess.Popen:
    import os

    env = dict(os.environ, **env_extra)
    return subprocess.Popen(
        [str(Path(sys.executable).parent / "integra"), "refresh", "--force"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def _wait_for(predicate, timeout: float = 240) -> None:
    import time

    t0 = time.time()
    while not predicate():
        if time.time() - t0 > timeout:
            raise AssertionError("timed out")
        time.sleep(0.2)


def _kill_group(proc: subprocess.Popen) -> None:
    import os
    import signal

    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)


def _kill_at(point: str, tmp_path: Path) -> None:
    """Start `integra refresh --force`, wait until it sleeps at pause point `point`, SIGKILL it."""
    marker = tmp_path / f"paused-{point}"
    proc = _refresh_process(
        {
            "INTEGRA_TEST_PAUSE_AT": point,
            "INTEGRA_TEST_PAUSE_MARKER": str(marker),
            "INTEGRA_TEST_PAUSE_SECONDS": "120",
        }
    )
    _wait_for(marker.exists)
    _kill_group(proc)


def test_sigkill_during_dbt_and_during_publication_leaves_published_untouched(first, env, tmp_path):
    import os

    from orchestration.pipeline import run_refresh

    home, _ = env
    current = home / "published" / "current.duckdb"
    before = current.read_bytes()
    version_before = _query(home, "select max(version) v from meta_publication")[0]["v"]

    # 1. killed while dbt builds (its run folder appears when dagster-dbt starts dbt)
    runs_before = set((home / "dbt" / "target").glob("run-*"))
    proc = _refresh_process({})
    _wait_for(lambda: set((home / "dbt" / "target").glob("run-*")) - runs_before)
    import time

    time.sleep(2)
    _kill_group(proc)
    assert current.read_bytes() == before
    assert _query(home, "select count(*) n from fct_projects")[0]["n"] == 4

    # 2. killed in the middle of copying the marts into the new version file
    _kill_at("publish_copy", tmp_path)
    assert current.read_bytes() == before
    assert _query(home, "select max(version) v from meta_publication")[0]["v"] == version_before

    # the next refresh recovers with no manual step (the lock died with the killed process)
    outcome = run_refresh(force=True)
    assert outcome.success, outcome.message
    assert outcome.published_version == version_before + 1
    assert not list((home / "published").rglob("*.tmp"))
    assert os.path.exists(current)


def test_cli_publish_list_rollback_dashboards_export(first, env, tmp_path):
    from typer.testing import CliRunner

    from integra.app.cli import app

    home, _ = env
    runner = CliRunner()
    listed = runner.invoke(app, ["publish", "--list"])
    assert listed.exit_code == 0, listed.output
    lines = [ln for ln in listed.stdout.splitlines() if ln.strip()]
    current = [ln for ln in lines if ln.startswith("*")]
    assert len(current) == 1 and len(lines) >= 2
    now = int(current[0].split()[1].lstrip("v"))

    rolled = runner.invoke(app, ["publish", "--rollback"])
    assert rolled.exit_code == 0, rolled.output
    assert _query(home, "select version from meta_publication")[0]["version"] < now

    site = runner.invoke(app, ["dashboards", "--lang", "en"])
    assert site.exit_code == 0, site.output
    assert (home / "site" / "en" / "index.html").exists()

    out = tmp_path / "xlsx"
    exported = runner.invoke(app, ["export", "--format", "xlsx", "--out", str(out)])
    assert exported.exit_code == 0, exported.output
    import openpyxl

    wb = openpyxl.load_workbook(next(out.glob("*.xlsx")), read_only=True)
    assert "fct_projects" in wb.sheetnames


def test_reader_during_refresh_sees_old_or_new_never_a_mix(first, env, tmp_path):
    """A second process reads the published marts for the whole refresh: no error, and every
    read is one consistent version (the row counts it sees are that version's own).
    The refresh follows a rollback: it is not "nothing new"."""
    import textwrap

    from orchestration.pipeline import run_refresh

    home, _ = env
    reader = tmp_path / "reader.py"
    stop = tmp_path / "stop"
    log = tmp_path / "reads.jsonl"
    reader.write_text(
        textwrap.dedent(f"""
        import json, time, duckdb, pathlib
        stop = pathlib.Path({str(stop)!r}); out = open({str(log)!r}, "w")
        while not stop.exists():
            try:
                con = duckdb.connect({str(home / "published" / "current.duckdb")!r}, read_only=True)
                v, counts = con.execute("select version, row_counts from meta_publication").fetchone()
                n = con.execute("select count(*) from fct_projects").fetchone()[0]
                con.close()
                out.write(json.dumps({{"v": v, "ok": json.loads(counts)["fct_projects"] == n}}) + "\\n")
            except Exception as exc:
                out.write(json.dumps({{"error": str(exc)}}) + "\\n")
            out.flush(); time.sleep(0.05)
    """)
    )
    from integra.warehousing.publish import PublishError, rollback

    try:  # make an older version current: the refresh must publish the build again
        rollback()
        force = False
    except PublishError:  # run on its own, with one version only
        force = True
    proc = subprocess.Popen([sys.executable, str(reader)])
    try:
        outcome = run_refresh(force=force)
    finally:
        stop.write_text("x")
        proc.wait(timeout=30)
    assert outcome.success and outcome.status == "published", outcome.message
    reads = [json.loads(line) for line in log.read_text().splitlines()]
    assert len(reads) > 20
    assert not [r for r in reads if "error" in r]
    assert all(r["ok"] for r in reads)
    versions = [r["v"] for r in reads]
    assert versions == sorted(versions) and versions[-1] == outcome.published_version


def test_two_refreshes_at_once_the_second_refuses(first, env):
    """A second `integra refresh` while one runs: a clear refusal, nothing written by it."""
    from typer.testing import CliRunner

    from integra.app.cli import app
    from integra.warehousing.locking import lock_holder

    home, _ = env
    before = (home / "published" / "current.duckdb").read_bytes()
    proc = _refresh_process({})
    try:
        _wait_for(lambda: lock_holder(home / "refresh.lock") == proc.pid, timeout=120)
        r = CliRunner().invoke(app, ["refresh"])
        assert r.exit_code == 1
        assert f"another refresh is running (pid {proc.pid})" in r.output
    finally:
        _kill_group(proc)
    assert (home / "published" / "current.duckdb").read_bytes() == before


# --------------------------------------------------------------------------- faults (issue 8)
# Pause points and the "disk full from here" switch: integra/warehousing/faults.py.


def _refresh_to_end(env_extra: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    """`integra refresh` in a child process, output through pipes (a file would hit the size limit)."""
    import os

    env = dict(os.environ, **env_extra)
    return subprocess.run(
        [str(Path(sys.executable).parent / "integra"), "refresh", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


def _land_new_document(raw: Path, name: str) -> Path:
    """A new Toruń document: the seed page reworded as a later edition (different title)."""
    seed = sorted((raw / "torun").glob("*.txt"))[0].read_text(encoding="utf-8")
    new = raw / "torun" / name
    new.write_text(
        seed.replace("Aktywna", "Nowa aktywna", 1) + "\nOśrodek dodał nową edycję.\n",
        encoding="utf-8",
    )
    return new


def _landed(raw: Path) -> set[str]:
    return {p.relative_to(raw).as_posix() for p in raw.rglob("*") if p.is_file()}


@pytest.mark.slow  # ~55 s: three refreshes; kill-safety of dbt and publication stays in the default run
def test_sigkill_and_full_disk_during_ingestion_lose_no_document(first, env, tmp_path):
    from orchestration.pipeline import run_refresh

    home, raw = env
    current = home / "published" / "current.duckdb"
    before = current.read_bytes()
    _land_new_document(raw, "nowa_edycja.txt")

    # 1. SIGKILL after the city's documents were inserted, before the commit
    _kill_at("ingest_write", tmp_path)
    assert current.read_bytes() == before

    # 2. the disk fills up while ingestion writes: a clear failure, no traceback, nothing published
    r = _refresh_to_end({"INTEGRA_TEST_DISK_FULL_AT": "ingest_write"})
    out = r.stdout + r.stderr
    assert r.returncode == 1, out
    assert "FAILED" in out and "is the disk under INTEGRA_HOME full?" in out, out
    assert "Traceback" not in out, out
    assert current.read_bytes() == before

    # 3. room again: the next refresh recovers with no manual step and every landed document is in
    outcome = run_refresh()
    assert outcome.success and outcome.status == "published", outcome.message
    assert outcome.ingest["new"] == 1
    published = {r["source_file"] for r in _query(home, "select source_file from fct_documents")}
    assert published == _landed(raw)


@pytest.mark.slow
def test_full_disk_during_dbt_and_sigkill_during_gate_and_dashboards(first, env, tmp_path):
    """Slow (three forced rebuilds): run by `benchmarks/reliability.py` and `pytest -m slow`."""
    from integra.warehousing.state import read_state
    from orchestration.pipeline import run_refresh

    home, _raw = env
    current = home / "published" / "current.duckdb"
    site_index = home / "site" / "index.html"
    before = current.read_bytes()
    version_before = _query(home, "select max(version) v from meta_publication")[0]["v"]

    # 1. the disk fills up as dbt starts (for Dagster's run storage too): a clear failure
    r = _refresh_to_end({"INTEGRA_TEST_DISK_FULL_AT": "dbt_start"}, "--force")
    out = r.stdout + r.stderr
    assert r.returncode == 1, out
    assert "FAILED" in out and "is the disk under INTEGRA_HOME full?" in out, out
    assert "Traceback" not in out, out
    assert current.read_bytes() == before

    # 1b. only dbt's writes fail (a wrapper caps its file size at 300 KB): dbt's own error is named
    wrapper = tmp_path / "dbt-full-disk"
    wrapper.write_text(
        f"#!{sys.executable}\n"
        "import os, resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (300_000, resource.RLIM_INFINITY))\n"
        f"os.execv({str(Path(sys.executable).parent / 'dbt')!r}, ['dbt'] + sys.argv[1:])\n"
    )
    wrapper.chmod(0o755)
    r = _refresh_to_end({"INTEGRA_DBT_EXECUTABLE": str(wrapper)}, "--force")
    out = r.stdout + r.stderr
    assert r.returncode == 1, out
    assert "dbt build failed" in out and "File too large" in out, out
    assert "is the disk under INTEGRA_HOME full?" in out and "Traceback" not in out, out
    assert current.read_bytes() == before

    # 2. SIGKILL while the gate validates: nothing published
    _kill_at("gate_validate", tmp_path)
    assert current.read_bytes() == before

    # 3. SIGKILL while the dashboards are written (after publication): readers get the new version,
    #    the site folder is still the whole previous site, never a half-written one
    site_before = site_index.read_bytes()
    note_before = (home / "site" / "publication.js").read_bytes()
    _kill_at("dashboards_write", tmp_path)
    assert _query(home, "select max(version) v from meta_publication")[0]["v"] == version_before + 1
    assert site_index.read_bytes() == site_before
    assert (home / "site" / "publication.js").read_bytes() == note_before  # the old version's
    assert read_state().get("site_version") != version_before + 1

    # 4. the next plain refresh (nothing new landed) sees the stale site and rebuilds it
    outcome = run_refresh()
    assert outcome.success and outcome.status == "published", outcome.message
    assert read_state().get("site_version") == outcome.published_version == version_before + 2
    assert not list(home.glob(".site.building-*")) and not list(home.glob(".site.old-*"))
    # the publication's date and version: in the one shared publication.js, not in the pages
    note = (home / "site" / "publication.js").read_text(encoding="utf-8")
    assert f"(wersja {outcome.published_version})" in note
