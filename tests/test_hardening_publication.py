"""Publication, state, serve and settings attacks (issue 17: M7-M11, L2-L4, L6-L8, L10).

Unit-level: small warehouses from tests/marts_factory.py, the real gate where it matters, no
full refresh.
"""

from __future__ import annotations

import hashlib
import json
import os
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

from orchestration.config import paths
from orchestration.gate import run_gate
from orchestration.publish import (
    GateBlockedPublishError,
    PublishError,
    current_version,
    open_published_readonly,
    publish,
    rollback,
)
from orchestration.state import read_state, update_state

REPO = Path(__file__).resolve().parent.parent
TORUN = "torun/000_d62dbd5068231973.txt"
SZCZECIN = "szczecin/003_fabddfe91cbf95b5.txt"
SHARE = "expect_column_values_to_be_between(eu_cofinancing_share, min_value=0, max_value=1)"
UNIQUE_KEY = "expect_column_values_to_be_unique(project_scope_id)"


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("INTEGRA_HOME", str(tmp_path / "home"))
    for var in ("INTEGRA_KEEP_VERSIONS", "INTEGRA_MARTS_SCHEMA", "INTEGRA_MAX_SHRINK",
                "INTEGRA_TEST_PAUSE_AT", "INTEGRA_SENSOR_SETTLE_SECONDS", "INTEGRA_CITY_REGISTRY"):
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
    assert [d["source_file"] for d in r.withheld_documents] == [TORUN]
    # the share is above 1, and the stated budget no longer adds up: both name the document
    assert "fct_projects: " + SHARE in r.withheld_documents[0]["reasons"]
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
    assert count("select count(*) from mart_city_comparison where eu_cofinancing_share_weighted > 1") == 0
    # named where people look: meta_quarantine (status, the data-quality page), meta_gate_results
    con = open_published_readonly()
    try:
        (reason,) = con.execute(
            "select reason from meta_quarantine where source_file = ?", [TORUN]).fetchone()
        assert reason.startswith("withheld by the data-quality gate: ") and SHARE in reason
        assert con.execute(
            "select count(*) from meta_gate_results where expectation = ? and not success",
            [SHARE]).fetchone() == (1,)
    finally:
        con.close()
    assert v.row_counts["fct_projects"] == 4
    from orchestration.status import collect_status

    assert {q["source_file"] for q in collect_status()["quarantined"]} >= {TORUN}


def test_structural_failure_still_blocks_even_beside_a_row_level_error(home):
    def both(frames):
        eu_above_total(frames)
        fct = frames["fct_projects"]
        frames["fct_projects"] = pd.concat([fct, fct[fct["source_file"] == SZCZECIN]],
                                           ignore_index=True)

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
    assert any(x.expectation == "expect_table_row_count_to_be_between(min_value=1)"
               and x.mart == "fct_projects" for x in r.failed_errors)
