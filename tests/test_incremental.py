"""Pay for what changed (issue 15): a refresh with nothing new, or with nothing landed, is
decided before Dagster, dbt and Great Expectations load (the site renders only what changed:
tests/test_site_incremental.py).

Unit-level: a published version from tests/marts_factory.py and a copy of the samples; the whole
refresh runs in test_pipeline.py.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

try:
    from tests import marts_factory as mf
except ImportError:  # pytest's prepend import mode puts tests/ itself on sys.path
    import marts_factory as mf

from integra.settings import paths
from integra.warehousing.publish import publish, rollback
from integra.warehousing.state import quick_fingerprint, read_state, update_state

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def home(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    shutil.copytree(REPO / "raw_samples", raw)
    monkeypatch.setenv("INTEGRA_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("INTEGRA_RAW", str(raw))
    for var in (
        "INTEGRA_KEEP_VERSIONS",
        "INTEGRA_MARTS_SCHEMA",
        "INTEGRA_MAX_SHRINK",
        "DAGSTER_HOME",
        "INTEGRA_TEST_PAUSE_AT",
        "INTEGRA_CITY_REGISTRY",
    ):
        monkeypatch.delenv(var, raising=False)
    return paths()


def _published_as_by_a_refresh(p, *, extra_projects: int = 0):
    """A published version, its site, and the state a refresh of this landing folder records."""
    from orchestration.pipeline import RefreshOutcome, _before_the_job, _record_quick_check

    b = mf.build_marts_db(p.build_db, extra_projects=extra_projects)
    v = publish(
        b, gate_result=mf.passing_gate_result(b), state_values={"published_fingerprint": "fp-1"}
    )
    p.site_dir.mkdir(parents=True, exist_ok=True)
    (p.site_dir / "index.html").write_text("site", encoding="utf-8")
    update_state(p, site_version=v.version)
    _, snapshot = _before_the_job(p, force=False, fetch=False)
    _record_quick_check(
        p,
        snapshot,
        RefreshOutcome(
            True,
            "run-1",
            "published",
            "",
            {"new": 5, "changed": 0, "unchanged": 0, "retry": 0},
            published_version=v.version,
        ),
    )
    return v


def _decided(p, **kw):
    from orchestration.pipeline import _before_the_job

    return _before_the_job(p, force=kw.get("force", False), fetch=kw.get("fetch", False))[0]


def _run_refresh_in_a_fresh_process(args: list[str]) -> tuple[subprocess.CompletedProcess, float]:
    code = (
        "import sys, json; from integra.app.cli import main\n"
        "try:\n    main()\nexcept SystemExit as e:\n    code = e.code\n"
        "heavy = sorted(m for m in ('dagster', 'dbt', 'great_expectations', 'dagster_dbt') if m in sys.modules)\n"
        "print('HEAVY=' + json.dumps(heavy))\nsys.exit(code)\n"
    )
    t0 = time.monotonic()
    r = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=120,
        check=False,
    )
    return r, time.monotonic() - t0


def test_nothing_new_is_answered_without_dagster_dbt_or_gx(home):
    v = _published_as_by_a_refresh(home)
    r, _seconds = _run_refresh_in_a_fresh_process(["refresh", "--json"])
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout.split("HEAVY=")[0])
    assert (out["status"], out["published_version"], out["run_id"]) == ("unchanged", v.version, "")
    assert out["ingest"]["unchanged"] == 5 and out["ingest"]["extracted"] == 0
    assert out["row_counts"]["fct_projects"] == v.row_counts["fct_projects"]
    assert json.loads(r.stdout.split("HEAVY=")[1]) == []


def test_anything_that_changes_a_build_makes_the_refresh_run_the_job(home, monkeypatch, tmp_path):
    from integra.warehousing import state

    _published_as_by_a_refresh(home)
    assert _decided(home).status == "unchanged"
    assert _decided(home, force=True) is None and _decided(home, fetch=True) is None
    raw = Path(os.environ["INTEGRA_RAW"])
    doc = next((raw / "torun").glob("*.txt"))

    # a document touched (same bytes, a new mtime), changed, added, removed
    st = doc.stat()
    os.utime(doc, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    assert _decided(home) is None
    os.utime(doc, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert _decided(home).status == "unchanged"
    (raw / "gdynia" / "new.txt").write_text("nowy", encoding="utf-8")
    assert _decided(home) is None
    (raw / "gdynia" / "new.txt").unlink()
    assert _decided(home).status == "unchanged"

    # the registry, the extractor version, the dbt project, the suites
    registry = tmp_path / "cities.csv"
    registry.write_text(
        (REPO / "dbt_project/seeds/cities.csv")
        .read_text(encoding="utf-8")
        .replace("Toruń", "Torun"),
        encoding="utf-8",
    )
    monkeypatch.setenv("INTEGRA_CITY_REGISTRY", str(registry))
    assert _decided(home) is None
    monkeypatch.delenv("INTEGRA_CITY_REGISTRY")
    monkeypatch.setattr(state, "_extractor_version", lambda: "9.9.9")
    assert _decided(home) is None
    monkeypatch.undo()
    monkeypatch.setenv("INTEGRA_HOME", str(home.home))
    monkeypatch.setenv("INTEGRA_RAW", str(raw))
    suites = tmp_path / "expectations"
    shutil.copytree(REPO / "expectations", suites)
    monkeypatch.setattr(state, "EXPECTATIONS_DIR", suites)
    assert _decided(home).status == "unchanged"
    first = next(suites.glob("*.json"))
    first.write_text(first.read_text(encoding="utf-8") + " ", encoding="utf-8")
    assert _decided(home) is None
    monkeypatch.setattr(state, "EXPECTATIONS_DIR", REPO / "expectations")
    dbt = tmp_path / "dbt_project"
    shutil.copytree(
        REPO / "dbt_project", dbt, ignore=shutil.ignore_patterns("target", "logs", "dbt_packages")
    )
    monkeypatch.setattr(state, "DBT_PROJECT_DIR", dbt)
    assert _decided(home).status == "unchanged"
    model = next((dbt / "models" / "marts").glob("*.sql"))
    model.write_text(model.read_text(encoding="utf-8") + "\n-- changed\n", encoding="utf-8")
    assert _decided(home) is None


def test_a_new_publication_or_a_stale_site_makes_the_refresh_run_the_job(home):
    v1 = _published_as_by_a_refresh(home)
    # the daemon published another build since (its fingerprint is not the recorded one)
    update_state(home, published_fingerprint="fp-2")
    assert _decided(home) is None
    update_state(home, published_fingerprint="fp-1")
    assert _decided(home).status == "unchanged"
    # the site was not written for the published version (a refresh died while writing it)
    update_state(home, site_version=v1.version - 1)
    assert _decided(home) is None


def test_a_rollback_sticks(home):
    """`integra publish --rollback` keeps the older version current: with nothing new, the next
    refresh answers "unchanged" and does not publish the newer build again."""
    _published_as_by_a_refresh(home)
    b = mf.build_marts_db(home.build_db, extra_projects=1)
    v2 = publish(
        b, gate_result=mf.passing_gate_result(b), state_values={"published_fingerprint": "fp-1"}
    )
    update_state(home, site_version=v2.version)
    assert _decided(home).published_version == v2.version
    back = rollback()
    update_state(home, site_version=back.version)  # as `integra publish --rollback` does
    d = _decided(home)
    assert (d.status, d.published_version) == ("unchanged", back.version)


def test_the_check_is_recorded_only_when_the_build_is_that_landing_folder(home):
    from orchestration.pipeline import RefreshOutcome, _before_the_job, _record_quick_check

    b = mf.build_marts_db(home.build_db)
    v = publish(
        b, gate_result=mf.passing_gate_result(b), state_values={"published_fingerprint": "fp-1"}
    )
    _, snapshot = _before_the_job(home, force=False, fetch=False)
    for outcome in (
        RefreshOutcome(False, "r", "blocked", "", {"new": 5}, published_version=v.version),
        RefreshOutcome(
            True, "r", "published", "", {"new": 4, "retry": 1}, published_version=v.version
        ),
        RefreshOutcome(True, "r", "published", "", {"new": 5}, published_version=v.version + 1),
    ):
        _record_quick_check(home, snapshot, outcome)
        assert "quick_check" not in read_state(home), outcome
    _record_quick_check(
        home,
        snapshot,
        RefreshOutcome(True, "r", "unchanged", "", {"unchanged": 5}, published_version=v.version),
    )
    assert read_state(home)["quick_check"] == {
        "fingerprint": snapshot["fingerprint"],
        "published_fingerprint": "fp-1",
        "documents": 5,
        "skipped": [],
    }


def test_quick_fingerprint_sees_links_and_hidden_entries(tmp_path):
    raw = tmp_path / "raw"
    (raw / "torun").mkdir(parents=True)
    target = tmp_path / "outside.txt"
    target.write_text("a", encoding="utf-8")
    (raw / "torun" / "link.txt").symlink_to(target)
    fp1, files = quick_fingerprint(raw, ["torun", "gdynia"])
    assert files == 1
    target.write_text("ab", encoding="utf-8")  # the link's target changed: a change
    fp2, _ = quick_fingerprint(raw, ["torun", "gdynia"])
    (raw / "torun" / ".hidden").write_text("x", encoding="utf-8")
    fp3, files3 = quick_fingerprint(raw, ["torun", "gdynia"])
    assert len({fp1, fp2, fp3}) == 3 and files3 == 1


@pytest.mark.parametrize("landing", ["empty", "missing", "stray"])
def test_an_empty_or_missing_landing_folder_is_said_at_once_without_dbt(home, landing, tmp_path):
    raw = tmp_path / "landing"
    if landing != "missing":
        (raw / "torun").mkdir(parents=True)
    if landing == "stray":
        (raw / "notes.txt").write_text("x", encoding="utf-8")
    os.environ["INTEGRA_RAW"] = str(raw)
    r, _seconds = _run_refresh_in_a_fresh_process(["refresh"])
    assert r.returncode == 1, r.stderr
    first = r.stderr.strip().splitlines()[0]
    if landing == "missing":
        assert first == (
            f"FAILED: no documents: the landing folder {raw} does not exist (INTEGRA_RAW); "
            "nothing was built and the published version is unchanged"
        )
    else:
        hint = (
            " (1 entry is outside the registry's city folders, not read: documents go in <city_slug>/)"
            if landing == "stray"
            else ""
        )
        assert first == (
            f"FAILED: no documents found in the landing folder {raw} (INTEGRA_RAW): no file in "
            f"any city folder{hint}; nothing was built and the published version is unchanged"
        )
    assert "nothing is published yet" in r.stderr and "Traceback" not in r.stderr
    assert json.loads(r.stdout.split("HEAVY=")[1]) == []
    assert not home.build_db.exists() and not home.dbt_target_dir.exists()
    alerts = list(home.alerts_dir.glob("*.json"))
    assert len(alerts) == 1 and "no documents" in json.loads(alerts[0].read_text())["cause"]


@pytest.mark.slow  # ~30 s: parses the dbt project in a new INTEGRA_HOME and loads Dagster
def test_a_scheduled_run_with_no_documents_stops_before_dbt(home, monkeypatch, tmp_path):
    """The Dagster job itself (the schedule, the sensor) on an empty landing folder: the dbt step
    fails at once naming the reason; dbt never starts and nothing is published."""
    from orchestration import pipeline

    raw = tmp_path / "landing"
    (raw / "torun").mkdir(parents=True)
    monkeypatch.setenv("INTEGRA_RAW", str(raw))
    monkeypatch.setattr(pipeline, "_before_the_job", lambda p, **kw: (None, None))
    outcome = pipeline.run_refresh()
    assert (outcome.success, outcome.status) == (False, "failed")
    assert f"no documents found in the landing folder {raw} (INTEGRA_RAW)" in outcome.message
    assert not list(home.dbt_target_dir.glob("run-*")) and not home.published_db.exists()


# --------------------------------------------------------------------------- incremental dbt models
# Issue 15, item 2: the models that carry per-document or per-project rows are incremental
# (dbt_project/macros/incremental.sql). An incremental build after documents changed, landed and
# left must give the marts a full rebuild of the same landing folder gives.

FLOAT_TOLERANCE = 1e-9


def _mart_grains() -> dict[str, list[str]]:
    import yaml

    spec = yaml.safe_load(
        (REPO / "dbt_project/models/marts/_marts__models.yml").read_text(encoding="utf-8")
    )
    return {
        m["name"]: [c.strip() for c in str(m["config"]["meta"]["grain"]).split(",")]
        for m in spec["models"]
    }


def mart_differences(db_a: Path, db_b: Path, schema: str = "marts") -> dict[str, str]:
    """Per mart, what differs between the two build files (empty when the marts are equal): the
    rows of the non-float columns EXCEPT ALL both ways, then every float column row by row on the
    mart's grain, within FLOAT_TOLERANCE (relative above 1)."""
    import duckdb

    con = duckdb.connect()
    out: dict[str, str] = {}
    try:
        con.execute(f"attach '{db_a}' as a (read_only)")
        con.execute(f"attach '{db_b}' as b (read_only)")
        for mart, grain in _mart_grains().items():
            cols = con.execute(
                "select column_name, data_type from duckdb_columns() "
                "where database_name = 'a' and schema_name = ? and table_name = ? "
                "order by column_index",
                [schema, mart],
            ).fetchall()
            assert cols, f"{mart} is missing from {db_a}"
            exact = ", ".join(f'"{c}"' for c, t in cols if t not in ("DOUBLE", "FLOAT"))
            floats = [c for c, t in cols if t in ("DOUBLE", "FLOAT")]
            a, b = f"a.{schema}.{mart}", f"b.{schema}.{mart}"
            problems = []
            for left, right in ((a, b), (b, a)):
                n = con.execute(
                    f"select count(*) from (select {exact} from {left} "
                    f"except all select {exact} from {right})"
                ).fetchone()[0]
                if n:
                    sample = con.execute(
                        f"select {exact} from {left} except all select {exact} from {right} limit 3"
                    ).fetchall()
                    problems.append(f"{n} row(s) of {left} not in {right}: {sample}")
            if floats and not problems:
                on = " and ".join(f'x."{k}" is not distinct from y."{k}"' for k in grain)
                bad = " or ".join(
                    f'(x."{c}" is null) <> (y."{c}" is null) or abs(x."{c}" - y."{c}") > '
                    f'{FLOAT_TOLERANCE} * greatest(1, abs(x."{c}"), abs(y."{c}"))'
                    for c in floats
                )
                n = con.execute(
                    f"select count(*) from {a} x join {b} y on {on} where {bad}"
                ).fetchone()[0]
                if n:
                    problems.append(f"{n} row(s) with a float beyond {FLOAT_TOLERANCE}")
            if problems:
                out[mart] = "; ".join(problems)
    finally:
        con.close()
    return out


FURTHER_DOCUMENTS = REPO / "tests" / "fixtures" / "further_documents"


def _ingest_and_run_dbt(home: Path, raw: Path, *, full_refresh: bool, ingest: bool = True) -> None:
    """Ingestion of `raw` (as a refresh does it) and the seeds and models of `dbt build` (the
    equality of the marts is the point here; the dbt tests run in test_dbt_models.py)."""
    from integra.settings import paths as paths_now
    from integra.warehousing.ingest import ingest_cities
    from orchestration.dbt_setup import dbt_env, dbt_executable, ensure_manifest

    os.environ["INTEGRA_HOME"] = str(home)
    os.environ["INTEGRA_RAW"] = str(raw)
    p = paths_now()
    ensure_manifest(p)  # a new home starts from the prepared parse, as the pipeline's does
    if ingest:
        ingest_cities(p, raw, workers=1)
    cmd = [
        dbt_executable(),
        "build",
        "--resource-type",
        "seed",
        "--resource-type",
        "model",
        "--project-dir",
        str(REPO / "dbt_project"),
        "--profiles-dir",
        str(REPO / "dbt_project"),
        "--target-path",
        str(p.dbt_target_dir),
        "--log-path",
        str(p.dbt_log_dir),
        *(["--full-refresh"] if full_refresh else []),
    ]
    r = subprocess.run(cmd, env=dbt_env(p), capture_output=True, text=True, check=False)
    assert r.returncode == 0, r.stdout[-4000:] + r.stderr[-2000:]


def _stamps(db: Path, model: str) -> dict[str, str]:
    """document_id -> the dbt invocation that last wrote the intermediate row."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return dict(
            con.execute(
                f"select document_id, dbt_invocation_id from intermediate.{model}"
            ).fetchall()
        )
    finally:
        con.close()


def _full_rebuild_beside(home: Path, raw: Path, tmp: Path) -> Path:
    """A full rebuild of the same raw tables: a copy of the build file, `dbt run --full-refresh`."""
    other = tmp / "full"
    shutil.rmtree(other, ignore_errors=True)
    (other / "build").mkdir(parents=True)
    shutil.copy2(home / "build" / "warehouse.duckdb", other / "build" / "warehouse.duckdb")
    _ingest_and_run_dbt(other, raw, full_refresh=True, ingest=False)
    os.environ["INTEGRA_HOME"] = str(home)
    return other / "build" / "warehouse.duckdb"


def test_an_incremental_build_gives_the_marts_of_a_full_rebuild(home, tmp_path):
    """Documents changed, landed and removed (projects gaining an edition, a final report and a
    second period, a project vanishing, a document landing again): after each incremental
    `dbt run` the marts equal those of a full rebuild of the same raw tables, and only the
    touched groups were written again."""
    raw = Path(os.environ["INTEGRA_RAW"])
    build = home.build_db
    _ingest_and_run_dbt(home.home, raw, full_refresh=True)
    first = _stamps(build, "int_projects_linked")
    assert len(first) == 5 and len(set(first.values())) == 1

    # a changed final report (a new figure), three documents joining existing projects (an edition,
    # a final report, the same title in another period), a project whose only document leaves
    gdynia = next((raw / "gdynia").iterdir())
    gdynia_bytes = gdynia.read_bytes()
    report = raw / "wloclawek" / "002_15544dd2ddf9f4a7.txt"
    text = report.read_text(encoding="utf-8")
    assert "2 815 osób" in text
    report.write_text(text.replace("2 815 osób", "2 851 osób"), encoding="utf-8")
    for doc in FURTHER_DOCUMENTS.rglob("*.txt"):
        shutil.copy2(doc, raw / doc.relative_to(FURTHER_DOCUMENTS))
    gdynia.unlink()
    _ingest_and_run_dbt(home.home, raw, full_refresh=False)
    second = _stamps(build, "int_projects_linked")
    assert len(second) == 7
    untouched = [d for d, s in second.items() if s == first.get(d)]
    assert len(untouched) == 1  # the Szczecin project: no document of its group changed
    assert mart_differences(build, _full_rebuild_beside(home.home, raw, tmp_path)) == {}

    import duckdb

    con = duckdb.connect(str(build), read_only=True)
    try:
        assert con.execute(
            "select count(*) from marts.fct_projects where city_slug = 'gdynia'"
        ).fetchone() == (0,)
        assert con.execute(
            "select count(*), count(distinct project_id) from marts.fct_documents "
            "where city_slug = 'torun' and is_current"
        ).fetchone() == (3, 2)
        assert con.execute(
            "select participants_actual from marts.fct_projects where city_slug = 'wloclawek'"
        ).fetchone() == (2851,)
    finally:
        con.close()

    # the removed document lands again (its old version returns), an edition leaves
    gdynia.write_bytes(gdynia_bytes)
    (raw / "wloclawek" / "005_edycja_2012.txt").unlink()
    _ingest_and_run_dbt(home.home, raw, full_refresh=False)
    third = _stamps(build, "int_projects_linked")
    assert (
        len(third) == 7 and sum(s == second.get(d) for d, s in third.items()) == 4
    )  # Toruń, Szczecin
    assert mart_differences(build, _full_rebuild_beside(home.home, raw, tmp_path)) == {}


def test_a_build_is_incremental_only_on_a_complete_build_of_the_same_inputs(home, monkeypatch):
    from integra.warehousing import state
    from integra.warehousing.state import (
        finish_build,
        full_refresh_reason,
        inputs_digest,
        start_build,
    )

    base = inputs_digest()
    assert full_refresh_reason(home, base) == "no build file"
    home.build_dir.mkdir(parents=True)
    home.build_db.write_bytes(b"")
    assert full_refresh_reason(home, base) == "no complete build recorded"
    start_build(home)  # a build runs (or was killed, or failed)
    assert full_refresh_reason(home, base) == "the previous build did not complete"
    finish_build(home, base)
    assert full_refresh_reason(home, base) is None
    assert read_state(home)["dbt_incremental_base"] == base

    # a changed dbt project (a model, a seed, a macro), registry, suite or extractor: a new base
    monkeypatch.setattr(state, "_extractor_version", lambda: "9.9.9")
    changed = inputs_digest()
    assert changed != base
    assert full_refresh_reason(home, changed) == (
        "the registry, the dbt project, the suites or the extractor changed"
    )


# --------------------------------------------------------------------------- dbt's tests on the slice
# Issue 15: in an incremental build the per-row dbt tests read only the rows written in this build
# (dbt_project/macros/tests_on_the_slice.sql); a full build tests every row.


def _dbt_build_with_tests(home: Path, *, full_refresh: bool) -> dict[str, dict]:
    """`dbt build` as the pipeline runs it (incremental: without the seeds), tests included; the
    results of its tests by name (status, failures)."""
    from integra.settings import paths as paths_now
    from orchestration.assets.dbt import INCREMENTAL_BUILD_ARGS
    from orchestration.dbt_setup import dbt_env, dbt_executable, ensure_manifest

    os.environ["INTEGRA_HOME"] = str(home)
    p = paths_now()
    ensure_manifest(p)  # a new home starts from the prepared parse, as the pipeline's does
    cmd = [
        dbt_executable(),
        *(["build", "--full-refresh"] if full_refresh else INCREMENTAL_BUILD_ARGS),
        "--project-dir",
        str(REPO / "dbt_project"),
        "--profiles-dir",
        str(REPO / "dbt_project"),
        "--target-path",
        str(p.dbt_target_dir),
        "--log-path",
        str(p.dbt_log_dir),
    ]
    r = subprocess.run(cmd, env=dbt_env(p), capture_output=True, text=True, check=False)
    results = json.loads((p.dbt_target_dir / "run_results.json").read_text(encoding="utf-8"))
    out = {
        x["unique_id"].split(".")[2]: {"status": x["status"], "failures": x.get("failures")}
        for x in results["results"]
        if x["unique_id"].startswith("test.")
    }
    out["_returncode"] = {"status": r.returncode, "failures": None}
    out["_seeds"] = {
        "status": sum(x["unique_id"].startswith("seed.") for x in results["results"]),
        "failures": None,
    }
    return out


@pytest.mark.slow  # ~15-50 s idle: keeps the default run near ten minutes
def test_dbt_tests_read_the_rows_written_in_an_incremental_build_and_still_catch_them(home):
    """A bad offset and a bad enumeration planted in a document written in an incremental build
    fail the sliced tests; the same faults in rows the build did not write are not read by it
    (they were tested when written), and a full build reads them again."""
    import duckdb

    from integra.warehousing.ingest import ingest_cities

    raw = Path(os.environ["INTEGRA_RAW"])
    build = home.build_db
    ingest_cities(home, raw, workers=1)
    first = _dbt_build_with_tests(home.home, full_refresh=True)
    evidence, project_type = (
        "assert_fact_evidence_within_cleaned_text",
        "checks_fct_projects",
    )
    assert project_type in first, sorted(first)[:20]
    assert first[evidence] == {"status": "pass", "failures": 0}
    assert first[project_type] == {"status": "pass", "failures": 0}
    assert first["_returncode"]["status"] == 0 and first["_seeds"]["status"] == 6

    # the Gdynia page changes (a new document_id); its raw rows get a shifted evidence offset and
    # a project type outside the enumeration, as a faulty extractor would write them
    gdynia = next((raw / "gdynia").iterdir())
    gdynia.write_text(gdynia.read_text(encoding="utf-8") + "\nStrona zaktualizowana.\n", "utf-8")
    ingest_cities(home, raw, workers=1)
    con = duckdb.connect(str(build))
    try:
        (new_doc,) = con.execute(
            "select document_id from raw.documents where city_slug = 'gdynia' and is_current"
        ).fetchone()
        (old_doc,) = con.execute(
            "select document_id from raw.documents where city_slug = 'szczecin' and is_current"
        ).fetchone()
        for doc in (new_doc, old_doc):  # one bad span each: the new document's and an old one's
            assert con.execute(
                "update raw.facts set evidence_start = evidence_start + 3 where rowid = ("
                "select min(rowid) from raw.facts where document_id = ? and evidence_text is "
                "not null and evidence_end - evidence_start > 10)",
                [doc],
            ).fetchone() == (1,)
        con.execute(
            "delete from raw.facts where document_id = ? and field = 'project_type'", [new_doc]
        )
        con.execute(
            "insert into raw.facts (document_id, field, item_key, item_index, value) "
            "values (?, 'project_type', null, 0, 'niepoprawny')",
            [new_doc],
        )
        # an old mart row with the same fault, as if it had slipped through: not this build's row
        con.execute(
            "update marts.fct_projects set project_type = 'stary' where city_slug = 'szczecin'"
        )
    finally:
        con.close()

    sliced = _dbt_build_with_tests(home.home, full_refresh=False)
    assert sliced["_seeds"]["status"] == 0  # an incremental build does not reload the seeds
    assert sliced[evidence] == {"status": "warn", "failures": 1}  # the new document's span only
    assert sliced[project_type] == {"status": "fail", "failures": 1}  # the new project only
    assert sliced["_returncode"]["status"] == 1  # an error-severity test failed the build
    con = duckdb.connect(str(build), read_only=True)
    try:
        assert con.execute(
            "select project_type from marts.fct_projects where city_slug = 'gdynia'"
        ).fetchall() == [("niepoprawny",)]
    finally:
        con.close()

    whole = _dbt_build_with_tests(home.home, full_refresh=True)
    assert whole[evidence] == {"status": "warn", "failures": 2}  # every row read again
    assert whole[project_type] == {
        "status": "fail",
        "failures": 1,
    }  # the rebuilt Szczecin row is fine
