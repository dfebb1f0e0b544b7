"""The everyday edges of the `integra` command (issue 16) and its output neutralisation (issue 17:
M1 query bounds, M2 CSV injection, M3 markup and control sequences, L9 bidi overrides, L1 a
damaged or locked published file): exact messages and exit codes.

The published file comes from tests/published_factory.py (no refresh); one slow test runs a
real blocked refresh."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from integra.app.cli import app

try:
    from tests.published_factory import PUBLISHED_AT, build_published_db
except ModuleNotFoundError:  # tests/ itself on sys.path
    from published_factory import PUBLISHED_AT, build_published_db  # type: ignore[no-redef]

REPO = Path(__file__).resolve().parent.parent
EMPTY_QUERY = "error: the query is empty (only whitespace or comments): nothing to run\n"


@pytest.fixture(scope="module")
def factory_db(tmp_path_factory) -> Path:
    return build_published_db(tmp_path_factory.mktemp("factory") / "current.duckdb")


@pytest.fixture
def home(tmp_path, monkeypatch, factory_db) -> Path:
    """INTEGRA_HOME with the factory's file published as v0003 (no run history)."""
    h = tmp_path / "home"
    (h / "published" / "versions").mkdir(parents=True)
    shutil.copy(factory_db, h / "published" / "current.duckdb")
    shutil.copy(factory_db, h / "published" / "versions" / "v0003.duckdb")
    monkeypatch.setenv("INTEGRA_HOME", str(h))
    monkeypatch.setenv("DAGSTER_HOME", str(h / "dagster"))
    for var in (
        "INTEGRA_QUERY_TIMEOUT_SECONDS",
        "INTEGRA_QUERY_MEMORY_LIMIT",
        "INTEGRA_STATUS_MAX_AGE_HOURS",
    ):
        monkeypatch.delenv(var, raising=False)
    return h


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(app, list(args), env=env)


# ----------------------------------------------------------------------------- query


def test_query_shows_duckdbs_hints_and_caret(home):
    r = run("query", "select * from fct_projekts")
    assert r.exit_code == 2
    assert r.stderr == (
        "error: Catalog Error: Table with name fct_projekts does not exist!\n"
        'Did you mean "fct_projects"?\n\n'
        "LINE 1: select * from fct_projekts\n"
        "                      ^^^^^^^^^^^^\n"
    )
    r = run("query", "select titel from fct_projects")
    assert r.exit_code == 2
    assert 'Candidate bindings: "title"' in r.stderr and "               ^^^^^" in r.stderr


@pytest.mark.parametrize("sql", ["", "   ", "/* only a comment */", ";", "-- a comment\n"])
def test_query_empty_or_comment_only_is_one_line_error(home, sql):
    r = run("query", "--", sql)
    assert (r.exit_code, r.stderr, r.stdout) == (2, EMPTY_QUERY, "")


def test_query_several_statements_each_result_shown_or_refused(home):
    r = run("query", "select 1 as first_result; select 'b' as second_result")
    assert r.exit_code == 0, r.output
    assert "first_result" in r.stdout and "second_result" in r.stdout
    assert "-- statement 1 of 2: select 1 as first_result;" in r.stderr
    assert "-- statement 2 of 2: select 'b' as second_result" in r.stderr
    r = run("query", "select 1; select 2", "--format", "csv")
    assert r.exit_code == 2
    assert r.stderr == (
        "error: --format csv prints one result, and the query has 2 statements "
        "that return rows: run them one at a time, or use --format table\n"
    )


def test_query_time_limit_stops_a_runaway_query(home):
    t0 = time.monotonic()
    r = run("query", "select sum(range) from range(1000000000000)", "--timeout", "0.5")
    assert time.monotonic() - t0 < 10
    assert r.exit_code == 2
    assert r.stderr == (
        "error: the query was stopped after its time limit of 0.5 s "
        "(set INTEGRA_QUERY_TIMEOUT_SECONDS or --timeout; 0 means no limit)\n"
    )
    r = run(
        "query",
        "select sum(range) from range(1000000000000)",
        env={"INTEGRA_QUERY_TIMEOUT_SECONDS": "0.3"},
    )
    assert r.exit_code == 2 and "time limit of 0.3 s" in r.stderr
    r = run("query", "select 1", env={"INTEGRA_QUERY_TIMEOUT_SECONDS": "soon"})
    assert (r.exit_code, r.stderr) == (
        2,
        "error: INTEGRA_QUERY_TIMEOUT_SECONDS='soon' is not a number of seconds\n",
    )


def test_query_memory_cap(home):
    big = "select list(range) from range(100000000)"
    r = run("query", big, "--memory-limit", "64MB")
    assert r.exit_code == 2
    assert r.stderr.startswith(
        "error: the query needs more memory than its cap of 64MB (set INTEGRA_QUERY_MEMORY_LIMIT "
        "or --memory-limit). DuckDB said: Out of Memory Error"
    )
    r = run("query", big, env={"INTEGRA_QUERY_MEMORY_LIMIT": "64MB"})
    assert r.exit_code == 2 and "cap of 64MB" in r.stderr
    r = run("query", "select 1", "--memory-limit", "lots")
    assert r.exit_code == 2 and r.stderr.startswith("error: the memory limit 'lots' is not valid")
    # the cap is set before the configuration is locked: a query cannot raise it
    r = run("query", "set memory_limit = '100GB'")
    assert r.exit_code == 2 and "configuration" in r.stderr.lower()


def test_query_default_limits():
    from integra.app.query import QueryLimits

    assert QueryLimits.from_env() == QueryLimits(60.0, "2GB")


HOSTILE_SQL = (
    "select '[etap II] [/2019] [bold]x' || chr(27) || '[31mred' || chr(8238) || 'gpj.exe' as title"
)


def test_query_table_prints_markup_and_strips_control_sequences(home):
    r = run("query", HOSTILE_SQL)
    assert r.exit_code == 0, r.output
    assert "[etap II] [/2019] [bold]x[31mredgpj.exe" in r.stdout
    assert "\x1b" not in r.stdout and "\u202e" not in r.stdout


def test_query_csv_formula_cells_are_inert_and_excel_has_a_bom(home):
    sql = "select '=HYPERLINK(\"http://x\",\"y\")' as a, '-1+2' as b, 1.5 as c, 'Włocławek' as d"
    r = run("query", sql, "--format", "csv")
    assert r.exit_code == 0
    assert r.stdout == 'a,b,c,d\n"\'=HYPERLINK(""http://x"",""y"")",\'-1+2,1.5,Włocławek\n'
    r = run("query", sql, "--format", "csv", "--excel")
    assert r.stdout_bytes.startswith(b"\xef\xbb\xbfa;b;c;d\r\n")
    assert r.stdout_bytes.endswith("'-1+2;1,5;Włocławek\r\n".encode())


def test_query_json_is_json_lines(home):
    r = run("query", "select city_slug from dim_city order by 1", "--format", "json")
    lines = r.stdout.splitlines()
    assert [json.loads(x) for x in lines] == [
        {"city_slug": s} for s in ("gdynia", "szczecin", "torun", "wloclawek")
    ]


# ----------------------------------------------------------------------------- L1: damaged or locked


def test_damaged_published_file_gives_one_line_errors(home):
    current = home / "published" / "current.duckdb"
    current.write_bytes(b"this is not a duckdb file" * 100)
    for args in (["query", "select 1"], ["dashboards"], ["export", "--out", str(home / "x")]):
        r = run(*args)
        assert r.exit_code in (1, 2), (args, r.output)
        assert r.stderr.startswith(
            f"error: the published file {current} cannot be opened: it is "
            "damaged or not a DuckDB file"
        ), (args, r.stderr)
        assert "Traceback" not in r.output and len(r.stderr.splitlines()) == 1
    r = run("status")
    assert "Traceback" not in r.output
    assert f"the published file {current} cannot be read" in r.stdout


def test_locked_published_file_gives_one_line_errors(home):
    current = home / "published" / "current.duckdb"
    current.chmod(0o644)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            (
                "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                "print('held', flush=True); time.sleep(60)"
            ),
            str(current),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        r = run("query", "select 1")
        assert r.exit_code == 2
        assert r.stderr.startswith(
            f"error: the published file {current} cannot be opened: another "
            "program holds a write lock on it"
        ), r.stderr
        r = run("status")
        assert "Traceback" not in r.output and "cannot be read" in r.stdout
    finally:
        holder.kill()
        holder.wait()


# ----------------------------------------------------------------------------- status


def _fake_run(monkeypatch, status: str, run_id: str = "run-2025-11-20-0200"):
    import integra.app.status as st

    record = {
        "run_id": run_id,
        "status": status,
        "trigger": "cli",
        "started_at": "2025-11-20T01:40:00+00:00",
        "finished_at": "2025-11-20T02:00:05+00:00",
    }
    monkeypatch.setattr(st, "_last_run", lambda: dict(record))


def _gate_report(home: Path, run_id: str, passed: bool) -> None:
    results = [
        {
            "suite": "fct_projects",
            "mart": "fct_projects",
            "severity": "error",
            "success": passed,
            "expectation": "expect_table_row_count_to_be_between(min_value=1)",
            "expectation_type": "expect_table_row_count_to_be_between",
            "kwargs": {"min_value": 1},
            "observed": "observed 0",
            "offending_rows": [],
            "description": "fct_projects is not empty.",
        },
        {
            "suite": "fct_projects",
            "mart": "fct_projects",
            "severity": "error",
            "success": passed,
            "expectation": "expect_table_row_count_to_be_between(min_value=$min_row_count_vs_published)",
            "expectation_type": "expect_table_row_count_to_be_between",
            "kwargs": {"min_value": {"$PARAMETER": "min_row_count_vs_published"}},
            "observed": "observed 0; published version has 5 rows, minimum allowed now 3",
            "offending_rows": [],
            "description": "fct_projects did not shrink by more than the allowed fraction; the "
            "explicit override `run_gate(..., allow_shrink=True)` sets the bound to 0.",
        },
        {
            "suite": "fct_projects",
            "mart": "fct_projects",
            "severity": "warning",
            "success": False,
            "expectation": "expect_column_values_to_not_be_null(start_date)",
            "expectation_type": "expect_column_values_to_not_be_null",
            "kwargs": {"column": "start_date"},
            "observed": "1 of 5 rows unexpected",
            "offending_rows": [{"source_file": "szczecin/003_[/bold]x.txt", "title": "T"}],
            "description": "start_date is stated.",
        },
    ]
    (home / "reports").mkdir(exist_ok=True)
    (home / "reports" / "latest.json").write_text(
        json.dumps({"passed": passed, "run_id": f"gate-{run_id}", "results": results}),
        encoding="utf-8",
    )


def test_status_exit_codes_and_words(home, monkeypatch):
    # published by this run
    _fake_run(monkeypatch, "SUCCESS")
    r = run("status")
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("last run: published run-2025")
    # succeeded without publishing: unchanged
    _fake_run(monkeypatch, "SUCCESS", run_id="another-run")
    r = run("status")
    assert (r.exit_code, r.stdout.split("\n")[0].split()[2]) == (0, "unchanged")
    # blocked by the gate
    _fake_run(monkeypatch, "FAILURE", run_id="blocked-run")
    _gate_report(home, "blocked-run", passed=False)
    r = run("status")
    assert r.exit_code == 2, r.output
    assert r.stdout.startswith("last run: blocked blocked-")
    assert "  error fct_projects is empty\n" in r.stdout
    assert (
        "  error fct_projects shrank from 5 to 0 rows, more than INTEGRA_MAX_SHRINK allows "
        "(at least 3)\n  if the shrink is intended, run `integra refresh --allow-shrink`\n"
    ) in r.stdout
    assert "run_gate" not in r.stdout and "$" not in r.stdout and "FAILURE" not in r.stdout
    # the warning names its document, printed as written (no rich markup)
    assert (
        "  warning fct_projects.start_date is missing in 1 of 5 rows [szczecin/003_[/bold]x.txt]"
        in r.stdout
    )
    st = json.loads(run("status", "--json").stdout)
    assert (st["outcome"], st["exit_code"]) == ("blocked", 2)
    # failed for another reason
    _fake_run(monkeypatch, "FAILURE", run_id="failed-run")
    r = run("status")
    assert r.exit_code == 1 and r.stdout.startswith("last run: failed failed-r")


def test_status_max_age(home, monkeypatch):
    _fake_run(monkeypatch, "SUCCESS")
    age_h = (dt.datetime.now(dt.UTC) - PUBLISHED_AT.replace(tzinfo=dt.UTC)).total_seconds() / 3600
    r = run("status", "--max-age-hours", "24")
    assert r.exit_code == 3
    assert r.stdout.endswith(
        "stale: the published version is older than 24 h "
        "(INTEGRA_STATUS_MAX_AGE_HOURS / --max-age-hours)\n"
    )
    assert run("status", env={"INTEGRA_STATUS_MAX_AGE_HOURS": "24"}).exit_code == 3
    assert run("status", "--max-age-hours", str(age_h + 48)).exit_code == 0
    assert run("status", "--max-age-hours", "0").exit_code == 0  # 0: no limit
    r = run("status", env={"INTEGRA_STATUS_MAX_AGE_HOURS": "a day"})
    assert (r.exit_code, r.stderr) == (
        64,
        "error: INTEGRA_STATUS_MAX_AGE_HOURS='a day' is not a number of hours\n",
    )


def test_status_local_times_human_ages_and_hostile_names(home, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Warsaw")
    time.tzset()
    try:
        con = duckdb.connect(str(home / "published" / "current.duckdb"))
        con.execute(
            "insert into meta_quarantine values ('d', 'torun', 'torun/zz[/bold]broken\x1b[2J.txt', "
            "'3', 'bad [etap II]\u202e', timestamp '2025-11-20 01:45:00')"
        )
        con.close()
        _fake_run(monkeypatch, "SUCCESS")
        r = run("status")
        assert r.exit_code == 0, r.output
        first, second = r.stdout.splitlines()[:2]
        assert first == (
            "last run: published run-2025 (cli), started 2025-11-20 02:40:00 CET, "
            "finished 2025-11-20 03:00:05 CET"
        )
        assert second.startswith("published: v0003, 2025-11-20 03:00:00 CET (")
        assert re.search(r"\(\d+ days( \d+ h)? ago\)", second), second
        assert "  torun/zz[/bold]broken[2J.txt: bad [etap II]\n" in r.stdout
        assert "\x1b" not in r.stdout and "\u202e" not in r.stdout
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_output_helpers():
    from integra.output import csv_cell, human_age, local_time

    assert [human_age(s) for s in (0, 59, 60, 3599, 3600, 3660, 86399, 86400, 90000, 172800)] == [
        "0 s",
        "59 s",
        "1 min",
        "59 min",
        "1 h",
        "1 h 1 min",
        "23 h 59 min",
        "1 day",
        "1 day 1 h",
        "2 days",
    ]
    when = local_time(
        "2025-11-20T02:00:00.123456"
    )  # naive: UTC; shown in local time, to the second
    assert len(when.split()) == 3 and when.split()[1].count(":") == 2 and "." not in when
    assert [csv_cell(v) for v in ("=1", "+1", "-1", "@a", "\t1", "\r1", "a=1", -1, 1.5, None)] == [
        "'=1",
        "'+1",
        "'-1",
        "'@a",
        "'\t1",
        "'\r1",
        "a=1",
        -1,
        1.5,
        None,
    ]


def test_no_wrapping_when_not_a_terminal(home, monkeypatch):
    con = duckdb.connect(str(home / "published" / "current.duckdb"))
    long_name = "gdynia/" + "bardzo_dluga_nazwa_pliku_" * 8 + ".txt"
    con.execute(
        "insert into meta_quarantine values ('e', 'gdynia', ?, '4', 'no project facts', "
        "timestamp '2025-11-20 01:45:00')",
        [long_name],
    )
    con.close()
    _fake_run(monkeypatch, "SUCCESS")
    r = run("status")
    assert f"  {long_name}: no project facts\n" in r.stdout  # one line, not wrapped at 80 columns


# ----------------------------------------------------------------------------- refresh summary


def _blocked_outcome():
    from integra.warehousing.describe import describe_result, hints_for
    from integra.warehousing.gate import ExpectationResult
    from orchestration.pipeline import RefreshOutcome

    errs = [
        ExpectationResult(
            suite="fct_projects",
            mart="fct_projects",
            severity="error",
            success=False,
            expectation="expect_table_row_count_to_be_between(min_value=1)",
            observed="observed 0",
            expectation_type="expect_table_row_count_to_be_between",
            kwargs={"min_value": 1},
            description="fct_projects is not empty.",
        )
    ]
    warns = [
        ExpectationResult(
            suite="fct_instruments",
            mart="fct_instruments",
            severity="warning",
            success=False,
            expectation="expect_table_row_count_to_be_between(min_value=1)",
            observed="observed 0",
            expectation_type="expect_table_row_count_to_be_between",
            kwargs={"min_value": 1},
            description="fct_instruments is not empty.",
        )
    ]
    failed = [describe_result(r) for r in errs]
    gate = {
        "passed": False,
        "summary": "Warnings (published and shown): ...",
        "failed_errors": failed,
        "hints": hints_for(failed),
        "warnings": [describe_result(r) for r in warns],
        "html": "/h/reports/gate.html",
    }
    return RefreshOutcome(
        False,
        "89305cb5-x",
        "blocked",
        "the data-quality gate blocked publication (1 error expectation(s) failed); "
        "v0001 stays published",
        {"new": 0, "changed": 0, "unchanged": 0, "rejected": 0, "removed": 5},
        gate,
        1,
        {"fct_projects": 5},
        None,
        "/h/alerts/a.json",
    )


def test_blocked_summary_says_the_reason_once_in_cli_words():
    from rich.console import Console

    from integra.app.cli import _print_summary

    buf = io.StringIO()
    _print_summary(Console(file=buf, soft_wrap=True, width=10_000), _blocked_outcome(), 43.6)
    out = buf.getvalue()
    assert out.splitlines()[1:] == [
        (
            "BLOCKED: the data-quality gate blocked publication (1 error expectation(s) failed); "
            "v0001 stays published"
        ),
        "documents: 0 new, 0 changed, 0 unchanged, 0 rejected, 5 removed",
        "gate: blocked by 1 error(s), 1 warning(s)",
        "  error fct_projects is empty",
        "  warning fct_instruments is empty",
        "  report: /h/reports/gate.html",
        "readers still see v0001 ("
        + str(
            Path(os.environ.get("INTEGRA_HOME", "warehouse")).resolve()
            / "published"
            / "current.duckdb"
        )
        + ")",
        "alert written: /h/alerts/a.json",
        "run 89305cb5 in 43.6 s",
    ]
    assert "published and shown" not in out and "rows:" not in out


def test_published_summary_names_the_documents_not_in_the_marts():
    """A publication that goes ahead says which landed documents it leaves out: folders the
    scan did not read (a town missing from the registry: 217 of 227 real dev documents with the
    committed registry, unmentioned before) and documents the gate withheld."""
    from rich.console import Console

    from integra.app.cli import _print_summary
    from integra.warehousing.describe import withheld_lines
    from orchestration.pipeline import RefreshOutcome

    withheld = withheld_lines(
        [
            {
                "document_id": "9a5573aa2c1449bc",
                "source_file": "gdynia/klub.txt",
                "reasons": [
                    "fct_projects: expect_column_values_to_be_between(own_contribution_share, "
                    "min_value=0, max_value=1)"
                ],
            }
        ]
    )
    ingest = {
        "new": 3,
        "changed": 0,
        "unchanged": 0,
        "rejected": 0,
        "ignored_entries": [
            {
                "path": "lomza/",
                "reason": "not a city of the registry (dbt_project/seeds/cities.csv): not read",
            },
            {
                "path": "notes.txt",
                "reason": "a file at the landing root: documents go in <city_slug>/",
            },
        ],
    }
    gate = {"passed": True, "failed_errors": [], "hints": [], "warnings": [], "withheld": withheld}
    outcome = RefreshOutcome(
        True,
        "5d1f0c2a-x",
        "published",
        "published version v0002",
        ingest,
        gate,
        2,
        {"fct_projects": 2},
    )
    buf = io.StringIO()
    _print_summary(Console(file=buf, soft_wrap=True, width=10_000), outcome, 12.0)
    lines = buf.getvalue().splitlines()
    start = lines.index("documents: 3 new, 0 changed, 0 unchanged, 0 rejected")
    assert lines[start + 1 : start + 8] == [
        "  not read: 2 landing entries",
        "    lomza/: not a city of the registry (dbt_project/seeds/cities.csv): not read",
        "    notes.txt: a file at the landing root: documents go in <city_slug>/",
        "gate: passed (0 warning(s), published and shown)",
        "  withheld 1 document(s) (row-level errors; the rest is published):",
        "    gdynia/klub.txt: fct_projects: expect_column_values_to_be_between(own_contribution_share,"
        " min_value=0, max_value=1)",
        "rows: fct_projects 2",
    ]


def test_shrink_failure_names_the_cli_flag_once():
    from integra.warehousing.describe import SHRINK_HINT, describe_result, hints_for
    from integra.warehousing.gate import ExpectationResult

    rs = [
        ExpectationResult(
            suite=m,
            mart=m,
            severity="error",
            success=False,
            expectation="expect_table_row_count_to_be_between(min_value=$min_row_count_vs_published)",
            observed=f"observed 0; published version has {n} rows, minimum allowed now {n // 2}",
            expectation_type="expect_table_row_count_to_be_between",
            kwargs={"min_value": {"$PARAMETER": "min_row_count_vs_published"}},
            description="… `run_gate(..., allow_shrink=True)` …",
        )
        for m, n in (("fct_projects", 5), ("dim_city", 4))
    ]
    lines = [describe_result(r) for r in rs]
    assert (
        lines[0]
        == "fct_projects shrank from 5 to 0 rows, more than INTEGRA_MAX_SHRINK allows (at least 2)"
    )
    assert (
        hints_for(lines)
        == [SHRINK_HINT]
        == ["if the shrink is intended, run `integra refresh --allow-shrink`"]
    )


def test_progress_reports_a_dbt_step_with_nothing_built_as_skipped():
    import logging
    from types import SimpleNamespace

    from orchestration import progress

    seen = []
    progress.set_listener(lambda stage, event: seen.append((stage, event)))
    handler = progress._Handler()

    def emit(kind: str, step: str = "integra_dbt_models") -> None:
        rec = logging.LogRecord("x", logging.INFO, "", 0, "", None, None)
        rec.dagster_meta = {"dagster_event": SimpleNamespace(event_type_value=kind, step_key=step)}
        handler.emit(rec)

    try:
        emit("STEP_START"), emit("STEP_SUCCESS")
        emit("STEP_START"), emit("ASSET_MATERIALIZATION"), emit("STEP_SUCCESS")
    finally:
        progress.set_listener(None)
    assert seen == [
        ("dbt build", "start"),
        ("dbt build", "skipped"),
        ("dbt build", "start"),
        ("dbt build", "done"),
    ]


# ----------------------------------------------------------------------------- small commands


def test_version_names_package_extractor_and_dbt_project():
    import re

    from integra.extract.record import EXTRACTOR_VERSION

    r = run("--version")
    assert r.exit_code == 0
    dbt_version = re.search(
        r'^version:\s*"?([^"\s]+)',
        (REPO / "dbt_project" / "dbt_project.yml").read_text(encoding="utf-8"),
        re.MULTILINE,
    ).group(1)
    assert r.stdout == f"integra 0.1.0 (extractor {EXTRACTOR_VERSION}, dbt project {dbt_version})\n"


def test_help_shows_flags_as_flags_and_the_real_contract_path():
    r = run("refresh", "--help")
    assert r.exit_code == 0 and "<bool>" not in r.stdout
    assert "  --force " in r.stdout and "  --allow-shrink " in r.stdout
    assert "<bool>" not in run("publish", "--help").stdout
    out = " ".join(run("extract", "--help").stdout.split())
    assert "integra/contracts/extraction-record.schema.json" in out
    assert (REPO / "integra" / "contracts" / "extraction-record.schema.json").is_file()


def test_publish_list_uses_the_same_version_names_as_errors(home):
    r = run("publish", "--list")
    assert r.exit_code == 0
    assert r.stdout.startswith("* v0003  ")
    assert "run run-2025" in r.stdout
    r = run("publish", "--rollback")
    assert "v0003" in r.stderr and " v3 " not in r.stderr


def test_extract_missing_file_gets_no_all_zero_record(tmp_path):
    r = run("extract", str(tmp_path / "missing.txt"))
    assert r.exit_code == 1
    assert r.stdout == ""
    assert r.stderr == (
        f"rejected: {tmp_path / 'missing.txt'}: no such file or folder (no record "
        "written)\n1 of 1 document(s) rejected\n"
    )


def test_site_escaping_strips_bidi_overrides():
    from dashboards.html import esc

    assert esc("abc\u202egpj.exe <b>") == "abcgpj.exe &lt;b&gt;"
    assert esc("Toruń\u2066x\u2069") == "Toruńx"


# ----------------------------------------------------------------------------- one real blocked refresh


@pytest.mark.slow
def test_blocked_refresh_prints_its_reason_once(tmp_path):
    """A landing folder whose only document is rejected, and nothing published: the gate blocks;
    the summary names each failure once, in CLI words, and `status` exits 2 saying `blocked`.
    (An empty landing folder stops before the job: tests/test_incremental.py.)"""
    env = {
        **os.environ,
        "INTEGRA_HOME": str(tmp_path / "home"),
        "INTEGRA_RAW": str(tmp_path / "raw"),
    }
    (tmp_path / "raw" / "torun").mkdir(parents=True)
    (tmp_path / "raw" / "torun" / "godziny.txt").write_text(
        "Godziny otwarcia: poniedziałek 8-16.\n", encoding="utf-8"
    )
    integra = [sys.executable, "-c", "from integra.app.cli import main; main()"]
    r = subprocess.run(
        [*integra, "refresh"], env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert r.returncode == 2, r.stderr
    err = r.stderr
    assert err.count("fct_projects is empty") == 1, err
    assert "BLOCKED: the data-quality gate blocked publication" in err
    assert "nothing is published yet" in err
    for leak in ("run_gate", "$min_row_count", "published and shown", "is not empty", "Traceback"):
        assert leak not in err, leak
    s = subprocess.run(
        [*integra, "status"], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert s.returncode == 2 and s.stdout.startswith("last run: blocked "), s.stdout


@pytest.mark.parametrize("command", [["status"], ["query", "select 1"]])
def test_reading_commands_never_create_the_home(tmp_path, monkeypatch, command):
    """`integra status` and `integra query` on a home that does not exist yet write nothing (a
    stray ./warehouse with Dagster's databases appeared wherever `integra status` was tried)."""
    home = tmp_path / "never"
    monkeypatch.setenv("INTEGRA_HOME", str(home))
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    result = run(*command)
    assert not home.exists()
    if command == ["status"]:
        assert result.exit_code == 0 and "last run: none yet" in result.output
    else:
        assert result.exit_code == 2 and "nothing is published yet" in result.output
