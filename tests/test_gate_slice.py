"""The gate on the slice (issue 15, item 3): row-level expectations on the rows that differ from
the published version, table-level ones as SQL over the whole marts, the same verdict as the
whole gate.

Each scenario builds a candidate with tests/marts_factory.py next to one published version and
runs both modes on it (`run_gate(...)` and `run_gate(..., whole=True)`).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pytest

try:
    from tests import marts_factory as mf
except ImportError:  # pytest's prepend import mode puts tests/ itself on sys.path
    import marts_factory as mf

from integra.settings import EXPECTATIONS_DIR
from integra.warehousing.gate import (
    MARTS,
    context_values_from_frames,
    expectation_parameters,
    gate_runs_whole,
    load_suite_spec,
    read_marts,
    run_gate,
    validate_mart,
)
from integra.warehousing.gate import slice as gate_slice
from integra.warehousing.gate.sql import MartSQL, sql_result
from integra.warehousing.gate.suites import (
    ROW_LEVEL_TYPES,
    SQL_KWARGS,
    expectation_kind,
)
from integra.warehousing.publish import publish, rollback

REPO = Path(__file__).resolve().parents[1]
TORUN = "torun/000_d62dbd5068231973.txt"
SZCZECIN = "szczecin/003_fabddfe91cbf95b5.txt"
SHARE = "expect_column_values_to_be_between(eu_cofinancing_share, min_value=0, max_value=1)"
UNIQUE_KEY = "expect_column_values_to_be_unique(project_id)"
SHRINK = "expect_table_row_count_to_be_between(min_value=$min_row_count_vs_published)"
IDENTITY_WARNING = (
    "expect_column_values_to_be_between(_stated_budget_identity_gap_pln, min_value=0, "
    "max_value=1.0)"
)
EVIDENCE_DOCS = "expect_column_values_to_be_in_set(document_id, value_set=$document_ids)"


def publish_base(home, **kw):
    """The first publication: the whole gate (nothing published yet) and its basis."""
    b = mf.build_marts_db(home.build_db, **kw)
    r = run_gate(b, home.published_db, build_data_docs=False)
    assert (r.mode, r.mode_reason, r.passed) == ("whole", "nothing is published yet", True)
    publish(b, gate_result=r)
    return r


def retitle(frames, source_file=TORUN, title="Aktywne włączenie społeczne - aneks 2"):
    """One changed document: its project's title (fct_projects) and its own row."""
    fct = frames["fct_projects"]
    fct.loc[fct["source_file"] == source_file, "title"] = title
    docs = frames["fct_documents"]
    if "title" in docs.columns:
        docs.loc[docs["source_file"] == source_file, "title"] = title


def duplicate(frames, mart="fct_projects", source_file=SZCZECIN):
    df = frames[mart]
    frames[mart] = pd.concat([df, df[df["source_file"] == source_file]], ignore_index=True)


def signature(r):
    return {
        (x.mart, x.expectation, x.severity, x.success, x.unexpected_count, x.withheld)
        for x in r.results
    }


def failing(r):
    return {(x.mart, x.expectation, x.severity) for x in r.results if not x.success}


def both(path, home):
    sliced = run_gate(path, home.published_db, build_data_docs=False, write_reports=False)
    whole = run_gate(
        path, home.published_db, build_data_docs=False, write_reports=False, whole=True
    )
    assert whole.mode == "whole" and whole.mode_reason.startswith("asked for")
    assert sliced.passed == whole.passed, (sliced.summary, whole.summary)
    assert failing(sliced) == failing(whole)
    assert signature(sliced) == signature(whole)
    assert sliced.row_counts == whole.row_counts
    assert sliced.withheld_rows == whole.withheld_rows
    assert [d["document_id"] for d in sliced.withheld_documents] == [
        d["document_id"] for d in whole.withheld_documents
    ]
    return sliced, whole


# --------------------------------------------------------------------------------------------


def test_every_expectation_in_the_suites_is_classified():
    """Each expectation type the suites use is row-level (GX on the slice) or has an SQL
    translation; a type or an argument without one falls back to GX on the whole mart."""
    kinds = {}
    for mart in MARTS:
        for e in load_suite_spec(mart)["expectations"]:
            kinds.setdefault(e["type"], set()).add(expectation_kind(e))
    assert kinds == {
        "expect_table_columns_to_match_set": {"sql"},
        "expect_table_column_types_to_match": {"sql"},
        "expect_table_row_count_to_be_between": {"sql"},
        "expect_column_values_to_be_unique": {"sql"},
        "expect_compound_columns_to_be_unique": {"sql"},
        "expect_column_values_to_not_be_null": {"row"},
        "expect_column_values_to_be_between": {"row"},
        "expect_column_values_to_be_in_set": {"row"},
        "expect_column_values_to_match_regex": {"row"},
        "expect_column_pair_values_a_to_be_greater_than_b": {"row"},
        "expect_column_pair_values_to_be_equal": {"row"},
    }
    assert set(kinds) <= ROW_LEVEL_TYPES | set(SQL_KWARGS)
    # what has no translation runs through GX on the whole frame
    assert expectation_kind({"type": "expect_column_mean_to_be_between", "kwargs": {}}) == "full"
    assert (
        expectation_kind(
            {
                "type": "expect_column_values_to_not_be_null",
                "kwargs": {"column": "a", "mostly": 0.9},
            }
        )
        == "full"
    )
    assert (
        expectation_kind(
            {"type": "expect_table_row_count_to_be_between", "kwargs": {"min_value": 1, "x": 1}}
        )
        == "full"
    )


def test_table_level_sql_equals_gx_on_planted_failures(tmp_path):
    """Duplicate keys (single and compound), a lost leading zero (type), an extra column, a
    shrink: the SQL translation gives GX's success and counts for every table-level one."""
    b = mf.build_marts_db(tmp_path / "b.duckdb")
    con = duckdb.connect(str(b))
    con.execute("INSERT INTO marts.fct_projects SELECT * FROM marts.fct_projects LIMIT 2")
    con.execute("INSERT INTO marts.mart_city_comparison SELECT * FROM marts.mart_city_comparison")
    con.execute("ALTER TABLE marts.dim_city ALTER teryt_gmina TYPE BIGINT")
    con.execute("ALTER TABLE marts.fct_documents ADD COLUMN note VARCHAR")
    con.close()
    _, frames, problems = read_marts(b)
    assert problems == {}
    ctx = context_values_from_frames(frames, {"fct_instruments": 100})
    con = duckdb.connect(":memory:")
    con.execute(f"ATTACH '{b}' AS cand (READ_ONLY)")
    compared = {}
    for mart in MARTS:
        spec = load_suite_spec(mart)
        gx = {r.expectation: r for r in validate_mart(mart, frames[mart], ctx[mart])}
        m = MartSQL(con, "cand", "marts", mart, spec)
        params = expectation_parameters(ctx[mart])
        for e in spec["expectations"]:
            if expectation_kind(e) != "sql":
                continue
            s = sql_result(m, e, params, ctx[mart])
            g = gx[s.expectation]
            assert (s.success, s.severity) == (g.success, g.severity), (mart, s.expectation)
            if s.unexpected_count is not None or g.unexpected_count is not None:
                assert s.unexpected_count == g.unexpected_count, (mart, s.expectation)
            if not s.success:
                compared[(mart, s.expectation)] = (s.unexpected_count, len(s.offending_rows))
    con.close()
    assert compared == {
        ("dim_city", "expect_table_column_types_to_match"): (None, 0),
        ("fct_projects", UNIQUE_KEY): (4, 4),
        (
            "mart_city_comparison",
            "expect_compound_columns_to_be_unique(city_slug, programme_period)",
        ): (8, 8),  # 4 city-period rows, each twice
        ("fct_documents", "expect_table_columns_to_match_set"): (None, 0),
        ("fct_instruments", SHRINK): (None, 0),
    }


def test_sliced_gate_gives_the_whole_gates_verdict(home, tmp_path):
    """A published build plus one changed document, with planted failures: same verdict, same
    failing expectations and counts in both modes; the slice is the changed rows."""
    base = publish_base(home, contradicting=True, extra_projects=20)
    assert {w.expectation for w in base.warnings} >= {IDENTITY_WARNING}

    def cand(name, mutate=None, **kw):
        kw.setdefault("contradicting", True)
        kw.setdefault("extra_projects", 20)
        return mf.build_marts_db(tmp_path / f"{name}.duckdb", mutate=mutate, **kw)

    # one changed document: passes, the warnings of unchanged rows are carried
    s, _ = both(cand("one", retitle), home)
    assert s.mode == "slice" and s.passed
    assert {x.expectation for x in s.warnings} == {x.expectation for x in base.warnings}
    assert s.validated_rows["fct_projects"] == 1 and sum(s.validated_rows.values()) <= 2
    ident = next(x for x in s.warnings if x.expectation == IDENTITY_WARNING)
    assert ident.offending_rows[0]["source_file"] == mf.CONTRADICTING_FILE
    assert ident.offending_rows[0]["_stated_budget_identity_gap_pln"] == pytest.approx(10000.0)
    assert "in rows unchanged since v1" in ident.observed and "e.g. 10000" in ident.observed

    # a bad row in the slice, next to a duplicate key among the unchanged rows (SQL over the
    # whole mart): both named, blocked (a set-wide error: nothing is withheld)
    def bad(f):
        retitle(f)
        fct = f["fct_projects"]
        fct.loc[fct["source_file"] == TORUN, "eu_cofinancing_share"] = 1.7
        duplicate(f)

    s, _ = both(cand("bad", bad), home)
    assert s.mode == "slice" and not s.passed
    assert {x.expectation for x in s.failed_errors} == {SHARE, UNIQUE_KEY}
    share = next(x for x in s.failed_errors if x.expectation == SHARE)
    assert share.offending_rows[0]["source_file"] == TORUN
    dup = next(x for x in s.failed_errors if x.expectation == UNIQUE_KEY)
    assert [r["source_file"] for r in dup.offending_rows] == [SZCZECIN, SZCZECIN]
    assert s.validated_rows["fct_projects"] == 1  # the duplicate equals a published row


@pytest.mark.slow
def test_sliced_gate_gives_the_whole_gates_verdict_on_shrinks_withholding_and_removals(
    home, tmp_path
):
    publish_base(home, contradicting=True, extra_projects=20)

    def cand(name, mutate=None, **kw):
        kw.setdefault("contradicting", True)
        kw.setdefault("extra_projects", 20)
        return mf.build_marts_db(tmp_path / f"{name}.duckdb", mutate=mutate, **kw)

    # a shrink blocks (20 projects and their rows gone), and the warning of a removed row
    # (the contradicting document) goes in both modes
    s, _ = both(cand("shrink", contradicting=False, extra_projects=0), home)
    assert s.mode == "slice" and not s.passed
    assert ("fct_projects", SHRINK) in {(x.mart, x.expectation) for x in s.failed_errors}
    assert s.deleted_rows["fct_projects"] == 21 and s.validated_rows["fct_projects"] == 0
    assert IDENTITY_WARNING not in {x.expectation for x in s.warnings}

    # a bad row alone: the whole gate decides the withholding (same documents withheld)
    def bad_only(f):
        fct = f["fct_projects"]
        fct.loc[fct["source_file"] == TORUN, "eu_cofinancing_share"] = 1.7

    s, _ = both(cand("withhold", bad_only), home)
    assert s.mode == "whole" and "withheld" in s.mode_reason
    assert [x.expectation for x in s.withheld] == [SHARE]

    # a document gone from fct_documents: its unchanged evidence rows point at an id no longer
    # there; the slice takes them in (the whole gate then withholds), never passes them by
    def doc_gone(f):
        d = f["fct_documents"]
        f["fct_documents"] = d[d["source_file"] != SZCZECIN].reset_index(drop=True)

    s, _ = both(cand("gone", doc_gone), home)
    assert s.mode == "whole" and "withheld" in s.mode_reason
    assert any(x.expectation == EVIDENCE_DOCS for x in s.withheld)

    # rows withheld at the last publication, unchanged: withheld again, by the slice, which
    # validates no row (allow_shrink: Toruń's instruments are 4 of the 7 published)
    b = cand("withhold-again", bad_only)
    first = run_gate(b, home.published_db, build_data_docs=False, allow_shrink=True)
    publish(b, gate_result=first)
    again = run_gate(b, home.published_db, build_data_docs=False, allow_shrink=True)
    assert again.mode == "slice" and "withheld again (unchanged)" in again.mode_reason
    assert again.withheld_rows == first.withheld_rows
    assert sum(again.validated_rows.values()) == 0


def test_rows_withheld_at_the_last_publication_are_validated_again(home, tmp_path):
    """Withheld rows are not in the published version: the next gate sees them as new rows."""

    def bad_only(f):
        fct = f["fct_projects"]
        fct.loc[fct["source_file"] == TORUN, "eu_cofinancing_share"] = 1.7

    b = mf.build_marts_db(home.build_db, mutate=bad_only)
    r = run_gate(b, home.published_db, build_data_docs=False)
    assert r.passed and r.withheld_documents and r.mode == "whole"
    publish(b, gate_result=r)
    withheld = {m: len(w["keys"]) for m, w in r.withheld_rows.items()}
    assert withheld["fct_projects"] == 1 and withheld["fct_documents"] == 1
    # the document corrected: exactly the rows withheld last time are new to the published
    # version, validated row by row, and published
    fixed = mf.build_marts_db(tmp_path / "fixed.duckdb")
    s = run_gate(fixed, home.published_db, build_data_docs=False)
    assert s.mode == "slice" and s.passed and not s.withheld_documents
    assert {m: n for m, n in s.validated_rows.items() if n} == withheld
    assert s.row_counts == mf.build_row_counts(fixed)


def bad_share(f, share=1.7):
    fct = f["fct_projects"]
    fct.loc[fct["source_file"] == TORUN, "eu_cofinancing_share"] = share


def publish_withheld(home):
    """A first publication that withholds Toruń's document (its project's share is 1.7): the
    basis records its 14 rows, their digests, the document and the withheld result."""
    b = mf.build_marts_db(home.build_db, mutate=bad_share, extra_projects=20)
    r = run_gate(b, home.published_db, build_data_docs=False)
    assert (r.mode, r.passed) == ("whole", True)
    assert [d["source_file"] for d in r.withheld_documents] == [TORUN]
    publish(b, gate_result=r)
    basis = json.loads(gate_slice.basis_path(home).read_text(encoding="utf-8"))
    rows = basis["withheld"]["rows"]
    assert {m: len(w["keys"]) for m, w in rows.items()} == {
        "fct_projects": 1,
        "fct_participant_groups": 4,
        "fct_instruments": 4,
        "mart_city_comparison": 1,
        "fct_fact_evidence": 3,
        "fct_documents": 1,
    }
    assert rows["mart_city_comparison"]["keys"] == [["torun", "2014-2020"]]
    assert all(len(d) == 32 for w in rows.values() for d in w["digests"])
    assert [x["expectation"] for x in basis["withheld"]["results"]] == [SHARE]
    return r


def test_rows_withheld_at_the_last_publication_keep_their_decision_while_unchanged(home, tmp_path):
    """Issue 15 at 10,000 documents: withheld rows are not published, so every later slice took
    them in as new rows and handed the decision to the whole gate. Now the basis carries them:
    unchanged, they are withheld again by the slice (nothing of theirs validated); changed,
    they are decided again; fixed, they are published. Each time exactly the whole gate's
    verdict, results, withheld rows (with their digests) and documents."""
    first = publish_withheld(home)

    def cand(name, *mutations):
        def mutate(f):
            for m in mutations:
                m(f)

        return mf.build_marts_db(tmp_path / f"{name}.duckdb", mutate=mutate, extra_projects=20)

    # unchanged, beside one changed document: slice, the two changed rows validated only
    s, w = both(cand("unchanged", bad_share, lambda f: retitle(f, SZCZECIN)), home)
    assert s.mode == "slice" and s.passed
    assert s.mode_reason.endswith("the 14 rows withheld at v1 are withheld again (unchanged)")
    assert {m: n for m, n in s.validated_rows.items() if n} == {
        "fct_projects": 1,
        "fct_documents": 1,
    }
    assert s.withheld_rows == first.withheld_rows == w.withheld_rows
    assert s.withheld_documents == w.withheld_documents
    share = next(x for x in s.withheld if x.expectation == SHARE)
    assert (share.unexpected_count, share.element_count, share.evaluated_by) == (1, 25, "carried")
    assert share.observed == next(x for x in w.withheld if x.expectation == SHARE).observed
    assert share.offending_rows[0]["eu_cofinancing_share"] == pytest.approx(1.7)

    # the withheld row changed, still bad (1.8): decided again by the whole gate
    s, _ = both(cand("changed", lambda f: bad_share(f, 1.8)), home)
    assert s.mode == "whole" and s.passed
    assert "a row withheld at v1 changed (fct_projects torun:" in s.mode_reason
    assert next(x for x in s.withheld if x.expectation == SHARE).observed.startswith(
        "1 of 25 rows unexpected (1 null skipped); e.g. 1.8"
    )

    # fixed: its 14 rows are new rows of the slice, pass, and are published
    s, _ = both(cand("fixed"), home)
    assert s.mode == "slice" and s.passed and not s.withheld_documents and not s.withheld_rows
    assert sum(s.validated_rows.values()) == 14
    assert s.row_counts == mf.build_row_counts(tmp_path / "fixed.duckdb")


@pytest.mark.slow  # ~20 s idle
def test_withheld_aggregate_rows_are_validated_again_and_the_decision_carries_over_publications(
    home, tmp_path
):
    """A withheld row that was not an offending row itself (Toruń's row of
    mart_city_comparison, withheld as an aggregate of Toruń's withheld project) changes with
    the registry's population: validated again on its own, it stays withheld when it has no
    row-level error, and hands the decision to the whole gate when it has one. A carried
    decision is recorded again with its publication and carried once more."""
    publish_withheld(home)

    def more_people(f):
        bad_share(f)
        d = f["dim_city"]
        d.loc[d["city_slug"] == "torun", "population"] += 1000

    s, w = both(
        mf.build_marts_db(tmp_path / "pop.duckdb", mutate=more_people, extra_projects=20), home
    )
    assert s.mode == "slice" and s.passed
    assert "but for 1 changed aggregate rows validated again" in s.mode_reason
    assert {m: n for m, n in s.validated_rows.items() if n} == {"dim_city": 1}
    assert (
        s.withheld_rows["mart_city_comparison"]["digests"]
        == (w.withheld_rows["mart_city_comparison"]["digests"])
    )

    bad_mcc = mf.build_marts_db(tmp_path / "mcc.duckdb", mutate=bad_share, extra_projects=20)
    con = duckdb.connect(str(bad_mcc))
    con.execute(
        "UPDATE marts.mart_city_comparison SET eu_cofinancing_share_weighted = 5 "
        "WHERE city_slug = 'torun'"
    )
    con.close()
    s, _ = both(bad_mcc, home)
    assert s.mode == "whole" and "a changed row of mart_city_comparison withheld at v1 fails" in (
        s.mode_reason
    )

    # published with the carried decision, then carried again: nothing validated
    b = tmp_path / "pop.duckdb"
    r = run_gate(b, home.published_db, build_data_docs=False)
    publish(b, gate_result=r)
    s, _ = both(b, home)
    assert s.mode == "slice" and s.mode_reason.endswith(
        "withheld at v2 are withheld again (unchanged)"
    )
    assert sum(s.validated_rows.values()) == 0


@pytest.mark.slow  # ~15-50 s idle: keeps the default run near ten minutes
def test_nothing_changed_imports_no_gx_and_a_changed_suite_or_a_rollback_runs_the_whole_gate(
    home, tmp_path, monkeypatch
):
    publish_base(home, contradicting=True)

    # nothing changed: no row validated, GX not even imported, the warnings carried
    code = (
        "import sys, json\n"
        "from integra.settings import paths\n"
        "from integra.warehousing.gate import gate_runs_whole, run_gate\n"
        "p = paths()\n"
        "foreseen = [gate_runs_whole(p.published_db), gate_runs_whole(p.published_db, whole=True)]\n"
        "r = run_gate(p.build_db, p.published_db)\n"
        "print(json.dumps([r.mode, r.passed, sum(r.validated_rows.values()), "
        "len(r.warnings), 'great_expectations' in sys.modules, r.data_docs_index, "
        "r.mode_reason, foreseen]))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(REPO))
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=REPO
    )
    assert out.returncode == 0, out.stderr
    mode, passed, validated, warnings, gx_loaded, docs, why, foreseen = json.loads(
        out.stdout.splitlines()[-1]
    )
    assert (mode, passed, validated, gx_loaded, docs) == ("slice", True, 0, False, None), why
    assert foreseen == [False, True]  # the pipeline prefetches GX only before a whole gate
    assert warnings == 4  # carried from the published version, with their rows

    cand = mf.build_marts_db(tmp_path / "c.duckdb", contradicting=True, mutate=retitle)
    assert run_gate(cand, home.published_db, build_data_docs=False).mode == "slice"

    # a suite file edited (its description only): the digest differs
    suites = tmp_path / "expectations"
    shutil.copytree(EXPECTATIONS_DIR, suites)
    spec = json.loads((suites / "fct_documents.json").read_text(encoding="utf-8"))
    spec["expectations"][0]["meta"]["description"] += " (reworded)"
    (suites / "fct_documents.json").write_text(json.dumps(spec), encoding="utf-8")
    monkeypatch.setattr(gate_slice, "EXPECTATIONS_DIR", suites)
    assert gate_runs_whole(home.published_db)
    r = run_gate(cand, home.published_db, build_data_docs=False)
    assert r.mode == "whole" and "suites" in r.mode_reason
    assert r.validated_rows == r.row_counts
    monkeypatch.undo()
    monkeypatch.setenv("INTEGRA_HOME", str(home.home))

    # a second publication, then a rollback to the first: v1's basis is gone, whole gate
    v2 = mf.build_marts_db(home.build_db, contradicting=True, mutate=retitle)
    publish(v2, gate_result=run_gate(v2, home.published_db, build_data_docs=False))
    basis, why = gate_slice.load_basis(home.published_db, gate_slice.gate_digest())
    assert (basis["version"], why) == (2, "")
    rollback()
    basis, why = gate_slice.load_basis(home.published_db, gate_slice.gate_digest())
    assert basis is None
    assert why == "the published version (v1) was not published with the recorded gate basis (v2)"
    assert gate_runs_whole(home.published_db)

    # a publication with a gate result that carries no digest (e.g. written by hand)
    b = mf.build_marts_db(home.build_db)
    publish(b, gate_result=mf.passing_gate_result(b))
    basis, why = gate_slice.load_basis(home.published_db, gate_slice.gate_digest())
    assert basis is None and "changed" in why
    # and a published file that is not INTEGRA_HOME's
    other = tmp_path / "other.duckdb"
    shutil.copy(home.published_db, other)
    assert gate_slice.load_basis(other, gate_slice.gate_digest()) == (
        None,
        "the published file is not INTEGRA_HOME's",
    )


def test_a_prefetched_gx_is_the_one_the_gate_imports():
    """`prefetch_gx` imports GX in a thread (the pipeline calls it while dbt builds, before a
    whole gate); `import_gx` waits for it and does not import again; a second call does nothing."""
    code = (
        "import sys\n"
        "from integra.warehousing.gate import gx, prefetch_gx\n"
        "assert 'great_expectations' not in sys.modules\n"
        "prefetch_gx(); first = gx._prefetch; prefetch_gx()\n"
        "assert gx._prefetch is first and first.name == 'integra-gx-prefetch'\n"
        "g = gx.import_gx()\n"
        "assert not first.is_alive() and g is sys.modules['great_expectations']\n"
        "print('prefetched', g.__name__)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(REPO))
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=REPO
    )
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.split() == ["prefetched", "great_expectations"]
