"""The whole gate in bounded batches (gate/batches.py): the same results as the frame-at-once
gate (every mart read whole and validated by GX), with failures planted in late batches.

The frame-at-once gate is what `run_gate(..., whole=True)` ran before; it still runs for GX Data
Docs, to withhold documents, and when the batched gate fails (`run._run_whole_frames`). Here it
is reached by making the batched round fail."""

from __future__ import annotations

import dataclasses

import duckdb
import pandas as pd

try:
    from tests import marts_factory as mf
except ImportError:  # pytest's prepend import mode puts tests/ itself on sys.path
    import marts_factory as mf

from integra.warehousing.gate import batches
from integra.warehousing.gate import run as gate_run
from integra.warehousing.gate.frames import read_query
from integra.warehousing.gate.run import run_gate

EVIDENCE_ID_NOT_NULL = "expect_column_values_to_not_be_null(fact_evidence_id)"
EVIDENCE_START = "expect_column_values_to_be_between(evidence_start, min_value=0)"
SHARE = "expect_column_values_to_be_between(eu_cofinancing_share, min_value=0, max_value=1)"


def _frames_only(*args, **kwargs):
    raise RuntimeError("batched round switched off: the frame-at-once gate runs")


def gate_both(path, monkeypatch, batch_rows: int):
    """(batched, frame-at-once) whole gates on the same build."""
    with monkeypatch.context() as m:
        m.setattr(gate_run, "WHOLE_BATCH_ROWS", batch_rows)
        seen: list[tuple[str, int]] = []
        real = batches.iter_batches

        def spy(con, sql, n):
            for df in real(con, sql, n):
                seen.append((sql, len(df)))
                yield df

        m.setattr(batches, "iter_batches", spy)
        batched = run_gate(path, None, build_data_docs=False, write_reports=False, whole=True)
    with monkeypatch.context() as m:
        m.setattr(gate_run, "run_batched", _frames_only)
        frames = run_gate(path, None, build_data_docs=False, write_reports=False, whole=True)
    return batched, frames, seen


def comparable(r):
    out = []
    for x in r.results:
        d = dataclasses.asdict(x)
        d.pop("evaluated_by")  # "sql" for the table-level ones, as in the sliced gate
        out.append(d)
    return out


def assert_same(batched, frames):
    assert comparable(batched) == comparable(frames)
    assert batched.passed == frames.passed
    assert batched.summary == frames.summary
    assert batched.row_counts == frames.row_counts
    assert batched.validated_rows == frames.validated_rows
    assert batched.withheld_rows == frames.withheld_rows
    assert batched.withheld_documents == frames.withheld_documents
    assert batched.mode == frames.mode == "whole"


def last_row(mart: str, column: str, value):
    def mutate(fr):
        df = fr[mart]
        df.loc[df.index[-1], column] = value

    return mutate


def test_passing_build_passes_in_many_batches(home, monkeypatch):
    b = mf.build_marts_db(home.build_db, extra_projects=25)
    batched, frames, seen = gate_both(b, monkeypatch, batch_rows=4)
    assert batched.passed and frames.passed
    assert_same(batched, frames)
    evidence = [n for sql, n in seen if "fct_fact_evidence" in sql]
    assert len(evidence) == -(-batched.row_counts["fct_fact_evidence"] // 4) > 10
    assert max(n for _, n in seen) <= 4


def test_error_in_a_late_batch_blocks_with_the_same_rows(home, monkeypatch):
    b = mf.build_marts_db(
        home.build_db,
        extra_projects=25,
        mutate=last_row("fct_fact_evidence", "fact_evidence_id", None),
    )
    batched, frames, _ = gate_both(b, monkeypatch, batch_rows=5)
    assert not batched.passed and not frames.passed
    assert_same(batched, frames)
    r = next(x for x in batched.results if x.expectation == EVIDENCE_ID_NOT_NULL)
    assert not r.success and r.unexpected_count == 1
    assert r.element_count == batched.row_counts["fct_fact_evidence"]
    assert r.observed.startswith(f"1 of {r.element_count} rows unexpected")
    assert len(r.offending_rows) == 1 and r.offending_rows[0]["fact_evidence_id"] is None
    assert EVIDENCE_ID_NOT_NULL in batched.summary
    assert not batched.withheld_documents


def test_row_level_error_in_a_late_batch_withholds_the_same_documents(home, monkeypatch):
    b = mf.build_marts_db(
        home.build_db, extra_projects=25, mutate=last_row("fct_fact_evidence", "evidence_start", -5)
    )
    batched, frames, _ = gate_both(b, monkeypatch, batch_rows=5)
    assert_same(batched, frames)
    r = next(x for x in batched.results if x.expectation == EVIDENCE_START)
    assert r.withheld and r.unexpected_count == 1
    assert r.offending_rows[0]["document_id"]
    assert [d["document_id"] for d in batched.withheld_documents] == [
        r.offending_rows[0]["document_id"]
    ]


def test_share_above_one_in_the_last_project_is_withheld_alike(home, monkeypatch):
    b = mf.build_marts_db(
        home.build_db,
        extra_projects=25,
        mutate=last_row("fct_projects", "eu_cofinancing_share", 1.4),
    )
    batched, frames, _ = gate_both(b, monkeypatch, batch_rows=3)
    assert_same(batched, frames)
    r = next(x for x in batched.results if x.expectation == SHARE)
    assert r.unexpected_count == 1 and r.offending_rows[0]["eu_cofinancing_share"] == 1.4


def test_warnings_over_several_batches_add_up(home, monkeypatch):
    """Warnings failing in many batches: counts, the first 20 values and rows, every key."""

    def many(fr):
        df = fr["fct_projects"]
        df["start_date"] = df["start_date"].where(df.index % 2 == 0, None)

    b = mf.build_marts_db(home.build_db, extra_projects=45, mutate=many)
    batched, frames, _ = gate_both(b, monkeypatch, batch_rows=2)
    assert batched.passed and frames.passed
    assert_same(batched, frames)
    r = next(
        x
        for x in batched.results
        if x.expectation == "expect_column_values_to_not_be_null(start_date)"
    )
    assert r.unexpected_count >= 20 and len(r.offending_rows) == 20
    assert len(r.failing_keys) == r.unexpected_count


def test_only_the_columns_the_suite_reads(home, monkeypatch):
    b = mf.build_marts_db(home.build_db)
    _, _, seen = gate_both(b, monkeypatch, batch_rows=1000)
    evidence = next(sql for sql, _ in seen if "fct_fact_evidence" in sql)
    assert '"evidence_start"' in evidence and '"document_id"' in evidence
    assert '"evidence_text"' not in evidence and '"value"' not in evidence
    projects = next(sql for sql, _ in seen if '"fct_projects"' in sql)
    assert '"title"' in projects  # helper columns computed in code: every column


def test_iter_batches_positions_and_types(tmp_path):
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE t AS SELECT range AS n, CASE WHEN range % 3 = 0 THEN NULL ELSE range "
        "END::INTEGER AS m, range::VARCHAR AS s, DATE '2020-01-01' + range::INTEGER AS d "
        "FROM range(5000)"
    )
    whole = read_query(con, "SELECT * FROM t")
    parts = list(batches.iter_batches(con, "SELECT * FROM t", 1500))
    assert [len(p) for p in parts] == [1500, 548, 1500, 548, 904]
    glued = pd.concat(parts)
    assert list(glued.index) == list(range(5000))
    pd.testing.assert_frame_equal(glued, whole)
    empty = list(batches.iter_batches(con, "SELECT * FROM t WHERE n < 0", 10))
    assert len(empty) == 1 and len(empty[0]) == 0
    assert list(empty[0].columns) == ["n", "m", "s", "d"]


def test_empty_mart_gives_what_gx_gives(home, monkeypatch):
    def no_instruments(fr):
        fr["fct_instruments"] = fr["fct_instruments"].iloc[0:0]

    b = mf.build_marts_db(home.build_db, mutate=no_instruments)
    batched, frames, _ = gate_both(b, monkeypatch, batch_rows=4)
    assert_same(batched, frames)
    assert batched.row_counts["fct_instruments"] == 0
