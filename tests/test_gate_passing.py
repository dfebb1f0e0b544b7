"""A slice's row-level expectations are judged without GX where gate/passing.py knows them:
the results equal GX's, row by row, on every suite's row-level expectations, on passing rows and
on a failure planted for each expectation in turn."""

from __future__ import annotations

import pandas as pd
import pytest

try:
    from tests import marts_factory as mf
except ImportError:  # pytest's prepend import mode puts tests/ itself on sys.path
    import marts_factory as mf

from integra.warehousing.gate import MARTS, context_values_from_frames, load_suite_spec, read_marts
from integra.warehousing.gate.gx import GxSession, validate_frame
from integra.warehousing.gate.helpers import add_helper_columns, expectation_parameters
from integra.warehousing.gate.passing import judge_slice
from integra.warehousing.gate.suites import expectation_kind


@pytest.fixture(scope="module")
def marts(tmp_path_factory):
    b = mf.build_marts_db(tmp_path_factory.mktemp("passing") / "b.duckdb")
    _, frames, problems = read_marts(b)
    assert problems == {}
    return frames, context_values_from_frames(frames, {})


@pytest.fixture(scope="module")
def session():
    return GxSession(None)


def _row_level(mart: str) -> dict:
    spec = load_suite_spec(mart)
    return dict(
        spec, expectations=[e for e in spec["expectations"] if expectation_kind(e) == "row"]
    )


def _planted(frame: pd.DataFrame, e: dict, params: dict) -> pd.DataFrame | None:
    """One row of `frame` changed so that it fails `e` (None when no such value is known)."""
    f = frame.head(1).copy()
    kw = e["kwargs"]
    kind = e["type"]
    col = kw.get("column")
    if any(kw.get(k) not in f.columns for k in ("column", "column_A", "column_B") if k in kw):
        return None  # a helper column: computed from the others
    if kind == "expect_column_values_to_not_be_null":
        f[col] = f[col].astype(object)
        f.loc[f.index[0], col] = None
    elif kind == "expect_column_values_to_be_between":
        bad = (kw["max_value"] + 1) if "max_value" in kw else (kw["min_value"] - 1)
        f[col] = pd.Series([bad], index=f.index, dtype="float64")
    elif kind in ("expect_column_values_to_be_in_set", "expect_column_values_to_match_regex"):
        f[col] = pd.Series(["?? nie ma takiej wartości ##"], index=f.index, dtype=object)
    elif kind == "expect_column_pair_values_to_be_equal":
        a, b = kw["column_A"], kw["column_B"]
        if pd.api.types.is_numeric_dtype(f[b]):
            f[a] = pd.Series([12345.5], index=f.index, dtype="float64")
            f[b] = pd.Series([1.0], index=f.index, dtype="float64")
        else:
            f[a] = pd.Series(["x"], index=f.index, dtype=object)
            f[b] = pd.Series(["y"], index=f.index, dtype=object)
    elif kind == "expect_column_pair_values_a_to_be_greater_than_b":
        a, b = kw["column_A"], kw["column_B"]
        if f[a].isnull().all() or f[b].isnull().all():
            return None
        f[a], f[b] = f[b].copy(), f[a].copy()
        if (f[a] == f[b]).all():
            return None
    else:
        return None
    return f


def _judged(mart, df, ctx, spec, session):
    """judge_slice's results and the expectations it left to GX."""
    sent: list[str] = []

    def gx(sub):
        sent.extend(e["type"] for e in sub["expectations"])
        return validate_frame(mart, df, ctx, sub, session=session, run_id="t")

    return judge_slice(mart, df, ctx, spec, gx), sent


@pytest.mark.parametrize("mart", MARTS)
def test_slices_are_judged_as_gx_judges_them(marts, session, mart):
    """Row by row and whole, then with a failure planted for each expectation in turn: the
    results (success, counts, offending rows, failing keys, observed text) equal GX's."""
    frames, ctx = marts
    frame, spec = frames[mart], _row_level(mart)
    if not spec["expectations"] or frame.empty:
        pytest.skip(f"{mart}: no row-level expectation or no rows")
    params = expectation_parameters(ctx[mart])
    subsets = [frame.iloc[[i]] for i in range(min(len(frame), 6))] + [frame]
    planted = [
        p for p in (_planted(frame, e, params) for e in spec["expectations"]) if p is not None
    ]
    without_gx = failures = 0
    for df in subsets + planted:
        gx = validate_frame(mart, df, ctx[mart], spec, session=session, run_id="t")
        mine, sent = _judged(mart, df, ctx[mart], spec, session)
        assert mine == gx
        without_gx += not sent
        failures += any(not r.success for r in gx) and not sent
    assert without_gx >= len(subsets) // 2, f"{mart}: GX ran for most slices"
    assert failures >= 1, f"{mart}: no failing slice was judged without GX"


def test_helper_columns_and_parameters_are_those_gx_sees(marts):
    """The checks read the frame with the helper columns and the run's parameters, as GX."""
    frames, ctx = marts
    spec = _row_level("fct_projects")
    frame = add_helper_columns("fct_projects", frames["fct_projects"], ctx["fct_projects"], spec)
    assert any(str(c).startswith("_") for c in frame.columns)
    bad = frames["fct_fact_evidence"].head(1).copy()
    bad["document_id"] = "ffffffffffffffff"  # not a published document: $document_ids fails
    ev = _row_level("fct_fact_evidence")
    mine = judge_slice(
        "fct_fact_evidence", bad, ctx["fct_fact_evidence"], ev, lambda sub: pytest.fail("GX ran")
    )
    assert [r.expectation for r in mine if not r.success] == [
        "expect_column_values_to_be_in_set(document_id, value_set=$document_ids)"
    ]
