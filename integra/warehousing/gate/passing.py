"""Row-level expectations on a small slice that passes them, checked without GX.

A sliced gate validates the few rows that changed since the publication (gate/slice.py). GX's
cost there is fixed, not per row: its context (~1 s) and, per mart, building and resolving the
validation graph of every expectation (~1-2 s a mart whatever the rows; five marts change with
one document). Most slices pass every row-level expectation. This module checks the six
row-level types (suites.ROW_LEVEL_TYPES) with the pandas operations GX's pandas engine uses, and
answers only when **every** expectation of the sub-suite passes on every row: then the results
are the ones GX gives a passing expectation (success, 0 unexpected, the element and missing
counts). Anything else (a row failing, an argument or a column type it does not know, an
exception) gives None and GX validates the slice as before, so every failure, its offending
rows and its keys still come from GX. tests/test_gate_passing.py compares the two on every
suite's expectations, row by row, on passing and failing rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from integra.warehousing.gate.gx import OFFENDING_ROWS_LIMIT
from integra.warehousing.gate.helpers import add_helper_columns, expectation_parameters
from integra.warehousing.gate.results import ExpectationResult

if TYPE_CHECKING:
    import pandas as pd

#: The arguments understood per type; any other argument sends the slice to GX.
_KWARGS: dict[str, frozenset[str]] = {
    "expect_column_values_to_be_between": frozenset(
        {"column", "min_value", "max_value", "strict_min", "strict_max"}
    ),
    "expect_column_values_to_be_in_set": frozenset({"column", "value_set"}),
    "expect_column_values_to_match_regex": frozenset({"column", "regex"}),
    "expect_column_values_to_not_be_null": frozenset({"column"}),
    "expect_column_pair_values_a_to_be_greater_than_b": frozenset(
        {"column_A", "column_B", "or_equal", "ignore_row_if"}
    ),
    "expect_column_pair_values_to_be_equal": frozenset({"column_A", "column_B", "ignore_row_if"}),
}


class _Unsure(Exception):
    """Not decidable here: GX validates the slice."""


def _resolve(kwargs: Mapping[str, Any], params: Mapping[str, Any]) -> dict[str, Any]:
    out = {}
    for k, v in kwargs.items():
        if isinstance(v, dict):
            if set(v) != {"$PARAMETER"} or v["$PARAMETER"] not in params:
                raise _Unsure
            v = params[v["$PARAMETER"]]
        out[k] = v
    return out


def _column(frame: pd.DataFrame, name: Any) -> pd.Series:
    if not isinstance(name, str) or name not in frame.columns:
        raise _Unsure
    col = frame[name]
    if not hasattr(col, "isnull"):  # a duplicated column name gives a frame
        raise _Unsure
    return col


def _numeric(col: pd.Series) -> None:
    import pandas as pd

    if not pd.api.types.is_numeric_dtype(col) or pd.api.types.is_bool_dtype(col):
        raise _Unsure


def _all_str(values: pd.Series) -> bool:
    """Every value is a str (pandas' C type inference: "string" only when each one is; a
    Python loop over the 2.8 million evidence rows of a whole gate took seconds)."""
    import pandas as pd

    return len(values) == 0 or pd.api.types.infer_dtype(values, skipna=False) == "string"


def _result(n: int, bad: pd.Series, values: list[Any], missing: int | None) -> dict[str, Any]:
    """GX's result dict (the keys the gate reads) from the mask of unexpected rows."""
    index = list(bad.index[bad.to_numpy(dtype=bool)])
    out: dict[str, Any] = {
        "element_count": n,
        "unexpected_count": len(index),
        "partial_unexpected_list": values[:OFFENDING_ROWS_LIMIT],
        "partial_unexpected_index_list": index[:OFFENDING_ROWS_LIMIT],
        "unexpected_index_list": index,
    }
    if missing is not None:
        out["missing_count"] = missing
    return out


def _check(frame: pd.DataFrame, e: Mapping[str, Any], params: Mapping[str, Any]) -> dict[str, Any]:
    """The result GX's pandas engine gives (as the gate reads it); _Unsure when not known."""
    kind = e["type"]
    if kind not in _KWARGS or set(e["kwargs"]) - _KWARGS[kind]:
        raise _Unsure
    kw = _resolve(e["kwargs"], params)
    n = len(frame)
    if kind == "expect_column_values_to_not_be_null":
        col = _column(frame, kw.get("column"))
        bad = col.isnull()
        return _result(n, bad, [None] * int(bad.sum()), None)
    if kind.startswith("expect_column_values_"):
        col = _column(frame, kw.get("column"))
        present = col[~col.isnull()]
        if kind == "expect_column_values_to_be_between":
            lo, hi = kw.get("min_value"), kw.get("max_value")
            if lo is None and hi is None:
                raise _Unsure
            for bound in (lo, hi):
                if bound is not None and (
                    isinstance(bound, bool) or not isinstance(bound, (int, float))
                ):
                    raise _Unsure
            _numeric(col)
            ok = present == present
            if lo is not None:
                ok &= (present > lo) if kw.get("strict_min") else (present >= lo)
            if hi is not None:
                ok &= (present < hi) if kw.get("strict_max") else (present <= hi)
        elif kind == "expect_column_values_to_be_in_set":
            values = kw.get("value_set")
            if not isinstance(values, (list, tuple, set)):
                raise _Unsure
            if not all(isinstance(v, str) for v in values) or not _all_str(present):
                raise _Unsure
            ok = present.isin(list(values))
        else:  # match_regex
            regex = kw.get("regex")
            if not isinstance(regex, str) or not _all_str(present):
                raise _Unsure
            ok = present.astype(str).str.contains(regex)
        bad = ~ok.astype(bool)
        return _result(n, bad, list(present[bad]), n - len(present))
    # column pairs
    a, b = _column(frame, kw.get("column_A")), _column(frame, kw.get("column_B"))
    ignore = kw.get("ignore_row_if", "both_values_are_missing")
    if ignore == "either_value_is_missing":
        skip = a.isnull() | b.isnull()
    elif ignore == "both_values_are_missing":
        skip = a.isnull() & b.isnull()
        if bool((a.isnull() ^ b.isnull()).any()):  # one value missing: GX decides
            raise _Unsure
    else:
        raise _Unsure
    ra, rb = a[~skip], b[~skip]
    if bool(ra.isnull().any()) or bool(rb.isnull().any()):
        raise _Unsure
    try:
        if kind == "expect_column_pair_values_to_be_equal":
            ok = ra == rb
        else:
            ok = (ra >= rb) if kw.get("or_equal") else (ra > rb)
        bad = ~ok.astype(bool)
    except TypeError as exc:
        raise _Unsure from exc
    return _result(n, bad, list(zip(ra[bad], rb[bad], strict=True)), int(skip.sum()))


class _Config:
    def __init__(self, meta: dict[str, Any]) -> None:
        self.meta = meta


class _One:
    """One expectation's result in the shape gx._convert_results reads."""

    def __init__(self, index: int, result: dict[str, Any]) -> None:
        self.expectation_config = _Config({"gate_index": index})
        self.result = result
        self.success = result["unexpected_count"] == 0
        self.exception_info: dict[str, Any] = {}


class _Suite:
    def __init__(self, results: list[_One]) -> None:
        self.results = results


def judge_slice(
    mart: str,
    df: pd.DataFrame,
    context_values: Mapping[str, Any],
    spec: Mapping[str, Any],
    gx_validate: Any,
) -> list[ExpectationResult]:
    """The results of `spec`'s (row-level) expectations on `df` plus its helper columns, as
    gx.validate_frame gives them: each expectation this module knows is judged here, the others
    by ``gx_validate(sub_spec)`` (gx.validate_frame on the same frame), and none of them when
    every expectation is known (GX is then not started)."""
    from integra.warehousing.gate.gx import _convert_results

    frame = add_helper_columns(mart, df, context_values, spec)
    params = expectation_parameters(context_values)
    mine: list[_One] = []
    theirs: list[int] = []
    for i, e in enumerate(spec["expectations"]):
        try:
            mine.append(_One(i, _check(frame, e, params)))
        except _Unsure:
            theirs.append(i)
        except Exception:  # anything unexpected: GX runs it and reports what it finds
            theirs.append(i)
    out: list[ExpectationResult | None] = [None] * len(spec["expectations"])
    if mine:
        converted = _convert_results(
            mart, spec["name"], spec, frame, _Suite(mine), params, context_values
        )
        for one in mine:
            i = one.expectation_config.meta["gate_index"]
            out[i] = converted[i]
    if theirs:
        sub = dict(spec, expectations=[spec["expectations"][i] for i in theirs])
        for i, r in zip(theirs, gx_validate(sub), strict=True):
            out[i] = r
    assert all(r is not None for r in out)
    return [r for r in out if r is not None]
