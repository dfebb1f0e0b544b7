"""The data-quality gate: GX suites on pandas frames decide what is published.

Builds small warehouses with tests/marts_factory.py (schema ``marts`` as in the mart contract).
Great Expectations is imported once per session (it is slow); whole-gate runs skip Data Docs
except where the test is about them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path

import pandas as pd
import pytest

try:
    from tests import marts_factory as mf
except ImportError:  # pytest's prepend import mode puts tests/ itself on sys.path
    import marts_factory as mf

from integra.settings import EXPECTATIONS_DIR
from integra.warehousing.gate import (
    MARTS,
    GateResult,
    add_helper_columns,
    context_values_from_frames,
    expectation_label,
    expectation_parameters,
    load_suite_spec,
    max_shrink_from_env,
    min_row_count_vs_published,
    read_marts,
    run_gate,
    validate_mart,
)
from integra.warehousing.publish import (
    GateBlockedPublishError,
    list_versions,
    open_published_readonly,
    publish,
)

SHARE = "expect_column_values_to_be_between(eu_cofinancing_share, min_value=0, max_value=1)"
UNIQUE_KEY = "expect_column_values_to_be_unique(project_id)"
IDENTITY_WARNING = "expect_column_values_to_be_between(_stated_budget_identity_gap_pln, min_value=0, max_value=1.0)"
SHRINK = "expect_table_row_count_to_be_between(min_value=$min_row_count_vs_published)"
TORUN = "torun/000_d62dbd5068231973.txt"
SZCZECIN = "szczecin/003_fabddfe91cbf95b5.txt"
GDYNIA = "gdynia/004_2c2b91088d8d6981.txt"
WLOCLAWEK_PLAN = "wloclawek/001_c261dfd9839ef175.txt"
WLOCLAWEK_FINAL = "wloclawek/002_15544dd2ddf9f4a7.txt"
KLUB = "gdynia/005_klub_integracji.txt"  # a second Gdynia project (PO KL 2010-2012)
HOSTILE_TITLE = 'Aktywni <script>alert(1)</script> & "razem"'

#: Warnings the default synthetic warehouse raises (facts missing from two documents).
BASE_WARNINGS = {
    "expect_column_values_to_not_be_null(_participants_planned_or_actual)": [GDYNIA],
    "expect_column_values_to_not_be_null(start_date)": [SZCZECIN],
    "expect_column_values_to_not_be_null(end_date)": [SZCZECIN],
}


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_back(tmp_path, frames) -> dict[str, pd.DataFrame]:
    """The frames as the gate sees them: written to a build file, read with its type mapping."""
    _, out, problems = read_marts(mf.write_build_db(tmp_path / "scratch.duckdb", frames))
    assert problems == {}
    return out


def failed(results, severity: str) -> dict[str, list[str]]:
    """{expectation label: [source_file or key of each offending row]} of failed results."""
    return {
        r.expectation: [
            row.get("source_file") or row.get(next(iter(row))) for row in r.offending_rows
        ]
        for r in results
        if not r.success and r.severity == severity
    }


# --------------------------------------------------------------------------------------------
# The suites themselves
# --------------------------------------------------------------------------------------------


def test_suites_are_reviewable_and_match_the_contract():
    from integra.warehousing.gate.gx import import_gx, register_custom_expectations

    import_gx()  # telemetry off, warnings quiet
    register_custom_expectations()
    from great_expectations.expectations.registry import get_expectation_impl

    params = set(expectation_parameters({}))
    for mart in MARTS:
        spec = load_suite_spec(mart)
        assert spec["name"] == mart == spec["meta"]["mart"]
        contract = [c for c, _ in mf.CONTRACT[mart]]
        helpers = set(spec["meta"].get("helper_columns", {}))
        labels = [expectation_label(e["type"], e["kwargs"]) for e in spec["expectations"]]
        assert len(labels) == len(set(labels)), f"{mart}: duplicate expectation labels"
        types = {e["type"] for e in spec["expectations"]}
        assert {"expect_table_columns_to_match_set", "expect_table_column_types_to_match"} <= types
        for e in spec["expectations"]:
            assert e["meta"]["severity"] in ("error", "warning")
            assert len(e["meta"]["description"]) > 10
            get_expectation_impl(e["type"])  # a GX 1.x expectation class (raises if unknown)
            kw = e["kwargs"]
            if e["type"] == "expect_table_columns_to_match_set":
                assert kw["column_set"] == contract and kw["exact_match"] is True
            if e["type"] == "expect_table_column_types_to_match":
                assert list(kw["column_types"]) == contract
            cols = [kw.get(k) for k in ("column", "column_A", "column_B") if k in kw]
            cols += kw.get("column_list", []) + e["meta"].get("show_columns", [])
            for c in cols:
                assert c in contract or c in helpers, f"{mart}: unknown column {c}"
            for v in kw.values():
                if isinstance(v, dict) and "$PARAMETER" in v:
                    assert v["$PARAMETER"] in params
    fct = load_suite_spec("fct_projects")["expectations"]
    by_label = {expectation_label(e["type"], e["kwargs"]): e["meta"]["severity"] for e in fct}
    assert by_label[SHARE] == "error" and by_label[UNIQUE_KEY] == "error"
    assert by_label[IDENTITY_WARNING] == "warning"
    assert (EXPECTATIONS_DIR / "README.md").exists()


def test_shrink_bound_and_env():
    assert min_row_count_vs_published({"published_row_count": 50, "max_shrink": 0.5}) == 25
    assert min_row_count_vs_published({"published_row_count": 5, "max_shrink": 0.5}) == 3
    assert min_row_count_vs_published({"published_row_count": 50, "max_shrink": 0.95}) == 3
    assert (
        min_row_count_vs_published(
            {"published_row_count": 50, "max_shrink": 0.5, "allow_shrink": True}
        )
        == 0
    )
    assert min_row_count_vs_published({"published_row_count": None, "max_shrink": 0.5}) == 0


def test_max_shrink_env(monkeypatch):
    monkeypatch.delenv("INTEGRA_MAX_SHRINK", raising=False)
    assert max_shrink_from_env() == 0.5
    monkeypatch.setenv("INTEGRA_MAX_SHRINK", "0.8")
    assert max_shrink_from_env() == 0.8
    monkeypatch.setenv("INTEGRA_MAX_SHRINK", "1.5")
    with pytest.raises(ValueError, match="INTEGRA_MAX_SHRINK"):
        max_shrink_from_env()


def test_helper_columns_of_fct_projects():
    frames = mf.default_frames(contradicting=True)
    ctx = context_values_from_frames(frames)["fct_projects"]
    df = add_helper_columns(
        "fct_projects", frames["fct_projects"], ctx, load_suite_spec("fct_projects")
    )
    row = df.set_index("source_file")
    t = row.loc[TORUN]
    assert t["_stated_budget_identity_gap_pln"] == pytest.approx(0.0, abs=1e-6)
    assert bool(t["_budget_identity_holds_expected"]) is True
    assert (t["_period_first_year"], t["_period_last_year"], t["_start_year"]) == (2014, 2020, 2017)
    assert t["_eligibility_end_date"] == pd.Timestamp("2023-12-31")
    assert (t["_programme_eu_share_min"], t["_programme_eu_share_max"]) == (0.80, 0.85)
    assert t["_eu_share_outside_band_by"] == pytest.approx(1053259.79 / 1239061.22 - 0.85)
    # the smallest money figure of the row: cost per planned participant in EUR,
    # 1 239 061.22 / 120 / 4.257
    assert t["_min_amount"] == pytest.approx(2425.54)
    assert t["_min_participant_count"] == 120
    c = row.loc[mf.CONTRADICTING_FILE]
    assert c["_stated_budget_identity_gap_pln"] == pytest.approx(10000.0)
    assert bool(c["_budget_identity_holds_expected"]) is False
    s = row.loc[SZCZECIN]  # own contribution derived: 4 991 287.50 - 4 242 037.50
    assert pd.isna(s["_stated_budget_identity_gap_pln"])
    assert s["_derived_own_contribution_gap_pln"] == pytest.approx(0.0, abs=1e-6)
    w = row.loc[WLOCLAWEK_FINAL]  # 'more_than' total: no identity to check
    assert (
        pd.isna(w["_stated_budget_identity_gap_pln"])
        and w["_participants_planned_or_actual"] == 521  # planned: the editions' sum
    )
    # one row per project: the 2012 edition plan is part of the Włocławek project (2008-2013)
    assert WLOCLAWEK_PLAN not in row.index
    assert w["_whole_project_start_year"] == 2008 and w["_eligibility_end_date"] == pd.Timestamp(
        "2015-12-31"
    )


# --------------------------------------------------------------------------------------------
# One mart at a time (the Dagster asset-check entry point)
# --------------------------------------------------------------------------------------------


def test_validate_mart_names_each_structural_error_and_its_document(tmp_path):
    frames = mf.default_frames()
    fct = frames["fct_projects"]
    at = {sf: i for i, sf in enumerate(fct["source_file"])}
    fct.loc[at[GDYNIA], "end_date"] = dt.date(2016, 6, 30)  # after PO KL eligibility end
    fct.loc[at[KLUB], ["start_date", "end_date"]] = [
        dt.date(2006, 1, 1),
        dt.date(2006, 12, 31),
    ]
    fct.loc[at[TORUN], "end_date"] = dt.date(2016, 1, 1)  # before its start 2017-10-01
    fct.loc[at[SZCZECIN], "own_contribution_pln"] = 700000.00  # derived, yet != total - EU
    fct.loc[at[WLOCLAWEK_FINAL], "city_slug"] = "krakow"  # not in the registry
    frames = read_back(tmp_path, frames)
    fct = frames["fct_projects"]
    ctx = context_values_from_frames(frames)["fct_projects"]
    results = validate_mart("fct_projects", fct, ctx)
    assert len(results) == len(load_suite_spec("fct_projects")["expectations"])
    assert failed(results, "error") == {
        "expect_column_pair_values_a_to_be_greater_than_b(_eligibility_end_date, end_date)": [
            GDYNIA
        ],
        "expect_column_pair_values_a_to_be_greater_than_b(_start_year, _period_first_year)": [KLUB],
        "expect_column_pair_values_a_to_be_greater_than_b(end_date, start_date)": [TORUN],
        "expect_column_values_to_be_between(_derived_own_contribution_gap_pln, min_value=0, "
        "max_value=0.01)": [SZCZECIN],
        "expect_column_values_to_be_in_set(city_slug, value_set=$city_slugs)": [WLOCLAWEK_FINAL],
    }
    assert failed(results, "warning") == BASE_WARNINGS
    gap = next(r for r in results if "_derived_own_contribution_gap_pln" in r.expectation)
    row = gap.offending_rows[0]
    assert row["own_contribution_pln"] == 700000.0 and row["total_cost_pln"] == 4991287.5
    assert row["_derived_own_contribution_gap_pln"] == pytest.approx(49250.0)
    assert gap.observed.startswith("1 of 5 rows unexpected")


def test_a_project_starting_after_its_periods_last_year_is_published_while_eligible(tmp_path):
    """2014-2020 RPO projects started in 2021 and 2022 and ran to 2023 (n+3): such a project is
    not an error (the gate withheld 20 of 204 real dev documents for it, their dates and period
    as the gold has them); a project past the programme's eligibility end still is."""
    frames = mf.default_frames()
    fct = frames["fct_projects"]
    at = {sf: i for i, sf in enumerate(fct["source_file"])}
    fct.loc[at[TORUN], ["start_date", "end_date"]] = [dt.date(2022, 1, 1), dt.date(2023, 6, 30)]
    fct.loc[at[SZCZECIN], ["start_date", "end_date"]] = [dt.date(2024, 1, 2), dt.date(2024, 6, 30)]
    frames = read_back(tmp_path, frames)
    fct = frames["fct_projects"]
    ctx = context_values_from_frames(frames)["fct_projects"]
    rows = add_helper_columns("fct_projects", fct, ctx, load_suite_spec("fct_projects"))
    torun = rows.set_index("source_file").loc[TORUN]
    assert (torun["programme_period"], torun["_period_last_year"], torun["_start_year"]) == (
        "2014-2020",
        2020,
        2022,
    )
    assert failed(validate_mart("fct_projects", fct, ctx), "error") == {
        "expect_column_pair_values_a_to_be_greater_than_b(_eligibility_end_date, start_date)": [
            SZCZECIN
        ],
        "expect_column_pair_values_a_to_be_greater_than_b(_eligibility_end_date, end_date)": [
            SZCZECIN
        ],
    }


def test_schema_and_types_are_errors(tmp_path):
    frames = read_back(tmp_path, mf.default_frames())
    ctx = context_values_from_frames(frames)["dim_city"]
    assert [
        r.expectation for r in validate_mart("dim_city", frames["dim_city"], ctx) if not r.success
    ] == []
    city = frames["dim_city"]
    city["teryt_gmina"] = pd.array(
        [int(x) for x in city["teryt_gmina"]], dtype="Int64"
    )  # 0463011 -> 463011
    city["population_note"] = "extra"
    results = validate_mart("dim_city", city, ctx)
    errors = {r.expectation: r for r in results if r.blocking}
    types = errors["expect_table_column_types_to_match"]
    assert '"teryt_gmina": {"expected": "text", "observed": "integer"}' in types.observed
    cols = errors["expect_table_columns_to_match_set"]
    assert "population_note" in cols.observed


# --------------------------------------------------------------------------------------------
# Whole gate + publication
# --------------------------------------------------------------------------------------------


def test_contradicting_document_is_published_with_a_warning_naming_it(home):
    def hostile(frames):
        fct = frames["fct_projects"]
        fct.loc[fct["source_file"] == mf.CONTRADICTING_FILE, "title"] = HOSTILE_TITLE

    b = mf.build_marts_db(home.build_db, contradicting=True, mutate=hostile)
    r = run_gate(b, home.published_db, run_id="gate-test-1", build_data_docs=True)
    assert r.passed, r.summary
    assert r.failed_errors == []
    assert failed(r.results, "warning") == {
        IDENTITY_WARNING: [mf.CONTRADICTING_FILE],
        **BASE_WARNINGS,
    }
    (warning,) = [w for w in r.warnings if w.expectation == IDENTITY_WARNING]
    (row,) = warning.offending_rows
    assert row["title"] == HOSTILE_TITLE
    assert (row["total_cost_pln"], row["eu_cofinancing_pln"], row["own_contribution_pln"]) == (
        1239061.22,
        1053259.79,
        195801.43,
    )
    assert row["_stated_budget_identity_gap_pln"] == pytest.approx(10000.0)
    assert "Gate PASSED" in r.summary and mf.CONTRADICTING_FILE in r.summary
    assert r.row_counts["fct_projects"] == 6 and r.marts_schema == "marts"

    # the reports: JSON (timestamped + latest), the offline page, GX Data Docs
    report = json.loads((home.reports_dir / "latest.json").read_text(encoding="utf-8"))
    assert report == json.loads(Path(r.report_path).read_text(encoding="utf-8"))
    assert report["passed"] is True and report["run_id"] == "gate-test-1"
    assert report["counts"] == {
        "expectations": len(r.results),
        "failed_errors": 0,
        "failed_warnings": 4,
    }
    assert GateResult.from_dict(report).warnings[0].severity == "warning"
    page = (home.reports_dir / "gate.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;razem&quot;" in page
    assert "<script" not in page.lower()
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert mf.CONTRADICTING_FILE in page and "PASSED" in page
    assert r.data_docs_error is None
    assert (home.data_docs_dir / "index.html").exists()
    assert r.data_docs_index == (home.data_docs_dir / "index.html").as_uri()
    assert list(home.data_docs_dir.glob("validations/fct_projects/gate-test-1/*/*.html"))
    # without the setting, the next gate builds none and leaves no stale ones of this run
    again = run_gate(b, home.published_db, run_id="gate-test-2", write_reports=False)
    assert again.passed and again.data_docs_index is None and again.data_docs_error is None
    assert not (home.data_docs_dir / "index.html").exists()
    assert not list(home.data_docs_dir.glob("validations/fct_projects/*"))

    # publish what the report says (the Dagster publish asset reloads the gate's JSON report)
    v = publish(b, gate_result=GateResult.from_report(r.report_path), run_id="refresh-1")
    assert v.version == 1
    with open_published_readonly() as con:
        rows = con.execute(
            "SELECT severity, success, offending_rows FROM meta_gate_results "
            "WHERE mart = 'fct_projects' AND expectation = ?",
            [IDENTITY_WARNING],
        ).fetchall()
        assert [(sev, ok) for sev, ok, _ in rows] == [("warning", False)]
        assert json.loads(rows[0][2])[0]["source_file"] == mf.CONTRADICTING_FILE
        assert con.execute("SELECT count(*) FROM meta_gate_results").fetchone()[0] == len(r.results)
        assert con.execute(
            "SELECT count(*) FROM meta_gate_results WHERE severity = 'error' AND NOT success"
        ).fetchone() == (0,)
        assert con.execute(
            "SELECT own_contribution_pln, budget_identity_holds FROM fct_projects "
            "WHERE source_file = ?",
            [mf.CONTRADICTING_FILE],
        ).fetchone() == (195801.43, False)


def test_error_expectation_blocks_publication_and_previous_version_stays(home):
    b1 = mf.build_marts_db(home.build_db)
    publish(b1, gate_result=mf.passing_gate_result(b1))
    before, inode = sha256(home.published_db), home.published_db.stat().st_ino

    def break_it(frames):
        fct = frames["fct_projects"]
        fct.loc[fct["source_file"] == TORUN, "eu_cofinancing_share"] = 1.7
        frames["fct_projects"] = pd.concat(
            [fct, fct[fct["source_file"] == SZCZECIN]], ignore_index=True
        )

    b2 = mf.build_marts_db(home.build_db, mutate=break_it)
    r = run_gate(b2, home.published_db)
    assert not r.passed
    assert failed(r.results, "error") == {SHARE: [TORUN], UNIQUE_KEY: [SZCZECIN, SZCZECIN]}
    assert "Gate BLOCKED" in r.summary
    assert SHARE in r.summary and UNIQUE_KEY in r.summary and TORUN in r.summary
    share = next(x for x in r.failed_errors if x.expectation == SHARE)
    assert share.offending_rows[0]["eu_cofinancing_share"] == 1.7
    assert share.observed == "1 of 6 rows unexpected (1 null skipped); e.g. 1.7"

    with pytest.raises(GateBlockedPublishError, match=re.escape(SHARE)):
        publish(b2, gate_result=r)
    assert sha256(home.published_db) == before  # byte for byte
    assert home.published_db.stat().st_ino == inode
    assert [v.version for v in list_versions()] == [1]
    assert not [f for f in home.published_dir.rglob("*") if ".tmp" in f.name]
    with open_published_readonly() as con:
        assert con.execute("SELECT count(*) FROM fct_projects").fetchone() == (5,)
    report = json.loads((home.reports_dir / "latest.json").read_text(encoding="utf-8"))
    assert report["passed"] is False and report["counts"]["failed_errors"] == 2
    assert "BLOCKED" in (home.reports_dir / "gate.html").read_text(encoding="utf-8")


def test_shrink_guard_blocks_a_90_percent_shrink_unless_allowed(home):
    big = mf.build_marts_db(home.build_db, extra_projects=45)
    publish(big, gate_result=mf.passing_gate_result(big))
    small = mf.build_marts_db(home.build_db)  # 50 -> 5 project scopes
    r = run_gate(small, home.published_db, build_data_docs=False)
    assert not r.passed
    shrink = {x.mart: x for x in r.failed_errors if x.expectation == SHRINK}
    assert {"fct_projects", "fct_fact_evidence", "fct_documents"} <= set(shrink)
    assert "observed 5; published version has 50 rows, minimum allowed now 25" in (
        shrink["fct_projects"].observed
    )
    assert "fct_projects: " + SHRINK in r.summary

    r2 = run_gate(small, home.published_db, allow_shrink=True, build_data_docs=False)
    assert r2.passed, r2.summary
    assert "allow_shrink" in next(
        x.observed for x in r2.for_mart("fct_projects") if x.expectation == SHRINK
    )
    assert publish(small, gate_result=r2).version == 2


def test_missing_mart_blocks_and_main_marts_schema_is_found(home):
    frames = mf.default_frames()
    marts = tuple(m for m in mf.MARTS if m != "fct_instruments")
    b = mf.write_build_db(home.build_db, frames, schema="main_marts", marts=marts)
    r = run_gate(b, None, build_data_docs=False)
    assert r.marts_schema == "main_marts"
    assert not r.passed
    assert [(x.mart, x.expectation) for x in r.failed_errors] == [
        ("fct_instruments", "mart_is_readable")
    ]
    assert "table main_marts.fct_instruments does not exist" in r.summary
