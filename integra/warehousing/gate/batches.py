"""The whole gate in bounded batches: every row of every mart, without a whole mart in memory.

The whole gate (`run_gate(..., whole=True)`, a first publication, changed suites) used to read
every mart into a pandas frame and hand it to GX: at 100,000 documents fct_fact_evidence alone
is ~2.8 million rows, and the gate's peak was the whole build's (5.4 GB). Here:

- table-level expectations (row counts and the shrink guard, uniqueness, the column set and
  types) run as SQL in DuckDB over the whole mart (gate/sql.py, as the sliced gate runs them);
- row-level expectations (suites.ROW_LEVEL_TYPES) read the mart in batches of `batch_rows`
  rows, in the table's scan order (one query, fetched chunk by chunk), and only the columns the
  suite reads (its kwargs, meta, key and label columns; every column for the marts whose helper
  columns are computed in code). Each batch gets its helper columns and is first judged by
  gate/passing.py; an expectation that it cannot judge, or on which some row of the batch
  fails, goes to GX on that batch (the batch's index is the row's position in the whole mart,
  so GX names the same rows as on the whole frame). The per-batch results are added up into
  the result GX gives on the whole mart: counts summed, the first 20 unexpected values and
  offending rows in row order, every failing key;
- an expectation with no row or SQL form ("full", e.g. `mostly`) reads the mart's columns it
  needs whole and goes to GX, as before.

Peak memory is then one batch (plus the run-time values: the registry, programme rows, project
and document ids), not the largest mart. `tests/test_gate_batches.py` compares the results with
the frame-at-once gate (`run._run_whole_frames`) on every suite, with failures planted in late
batches. Withholding needs the frames (documents traced across marts, a second round), so when
the first round has row-level errors the whole gate reads the frames as before and continues
from the batched first round (gate/run.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from integra.warehousing.faults import pause_point
from integra.warehousing.gate.frames import (
    LABEL_COLUMNS,
    MARTS_WITH_PYTHON_HELPERS,
    _coerce,
    _strings_in,
)
from integra.warehousing.gate.gx import (
    OFFENDING_ROWS_LIMIT,
    GxSession,
    _convert_results,
    observed_text,
    validate_frame,
)
from integra.warehousing.gate.helpers import (
    add_helper_columns,
    context_values_from_frames,
    expectation_parameters,
)
from integra.warehousing.gate.passing import _check, _One, _Suite, _Unsure
from integra.warehousing.gate.results import ExpectationResult, unreadable_results
from integra.warehousing.gate.slice import BUILD, _schema, context_frames
from integra.warehousing.gate.sql import MartSQL, lit, q, sql_result, table_columns
from integra.warehousing.gate.suites import MARTS, expectation_kind, load_suite_spec

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

log = logging.getLogger(__name__)

#: Rows per batch of a row-level validation. At 100,000 rows a batch of fct_projects (every
#: column, with its helper columns) is ~150 MB in pandas; the evidence mart's few read columns
#: far less. A batch where a row fails costs one GX validation (~1-2 s), so batches are not
#: made smaller than they need to be.
BATCH_ROWS = 100_000

_VECTOR = 2048  # DuckDB's vector size: fetch_df_chunk reads whole vectors


@dataclass
class BatchedRound:
    """What the batched first round found (the GateResult's raw material)."""

    schema: str | None
    results: list[ExpectationResult]
    row_counts: dict[str, int]
    problems: dict[str, str]
    context: dict[str, dict[str, Any]]
    session: GxSession | None
    batches: dict[str, int] = field(default_factory=dict)
    gx_batches: dict[str, int] = field(default_factory=dict)


def open_build(build_db: Path | str) -> duckdb.DuckDBPyConnection:
    """An in-memory connection with the build file attached read-only as BUILD."""
    import duckdb

    con = duckdb.connect(
        ":memory:",
        config={"autoinstall_known_extensions": False, "autoload_known_extensions": False},
    )
    con.execute("SET enable_progress_bar = false")
    con.execute(f"ATTACH {lit(str(build_db))} AS {BUILD} (READ_ONLY)")
    return con


def read_columns(mart: str, spec: Mapping[str, Any], have: list[str]) -> list[str]:
    """The columns of `mart` the row-level expectations of `spec` read: those named in their
    kwargs and meta, the suite's meta (key, label and helper columns) and the label columns an
    offending row shows; every column for a mart with helper columns computed in code."""
    if mart in MARTS_WITH_PYTHON_HELPERS:
        return list(have)
    used = set(LABEL_COLUMNS)
    for e in spec.get("expectations", []):
        if expectation_kind(e) == "sql":
            continue
        used |= _strings_in(e.get("kwargs", {}))
        used |= _strings_in(e.get("meta", {}))
    used |= _strings_in({k: v for k, v in spec.items() if k != "expectations"})
    return [c for c in have if c in used]


def iter_batches(con: duckdb.DuckDBPyConnection, sql: str, batch_rows: int) -> Any:
    """The query's rows as frames of at most `batch_rows` rows, typed as `frames.read_query`
    types them, each indexed by its rows' positions in the whole result (DuckDB hands out whole
    vectors of 2,048 rows: a smaller batch is cut from them). An empty result gives one empty
    frame."""
    import pandas as pd

    batch_rows = max(1, int(batch_rows))
    res = con.execute(sql)
    types = [str(d[1]) for d in res.description]
    vectors = max(1, -(-batch_rows // _VECTOR))
    offset = 0
    while True:
        chunk = res.fetch_df_chunk(vectors)
        if len(chunk) == 0 and offset > 0:
            return
        for start in range(0, max(len(chunk), 1), batch_rows):
            df = chunk.iloc[start : start + batch_rows].copy() if len(chunk) > batch_rows else chunk
            for col, t in zip(list(df.columns), types, strict=True):
                df[col] = _coerce(df[col], t)
            df.index = pd.RangeIndex(offset, offset + len(df))
            offset += len(df)
            yield df
        del chunk
        if offset == 0:
            return


class _Sum:
    """One row-level expectation's results over the batches, added up as GX would give them
    on the whole frame."""

    def __init__(self) -> None:
        self.first: ExpectationResult | None = None
        self.raw: dict[str, Any] = {"element_count": 0, "unexpected_count": 0}
        self.values: list[Any] = []
        self.offending: list[dict[str, Any]] = []
        self.keys: list[list[str | None]] = []
        self.success = True
        self.exception: str | None = None
        self.observed_exception = ""

    def add(self, r: ExpectationResult, raw: Mapping[str, Any]) -> None:
        if self.first is None:
            self.first = r
        self.raw["element_count"] += int(raw.get("element_count") or 0)
        self.raw["unexpected_count"] += int(raw.get("unexpected_count") or 0)
        if "missing_count" in raw:
            self.raw["missing_count"] = self.raw.get("missing_count", 0) + int(
                raw.get("missing_count") or 0
            )
        room = OFFENDING_ROWS_LIMIT - len(self.values)
        if room > 0:
            self.values += list(raw.get("partial_unexpected_list") or [])[:room]
        room = OFFENDING_ROWS_LIMIT - len(self.offending)
        if room > 0:
            self.offending += r.offending_rows[:room]
        self.keys += r.failing_keys
        self.success = self.success and r.success
        if r.exception and self.exception is None:
            self.exception, self.observed_exception = r.exception, r.observed

    def result(self, e: Mapping[str, Any], params: Mapping[str, Any]) -> ExpectationResult:
        assert self.first is not None
        raw = dict(self.raw)
        if self.values:
            raw["partial_unexpected_list"] = self.values
        r = self.first
        r.success = self.success and self.exception is None
        r.unexpected_count = raw["unexpected_count"]
        r.element_count = raw["element_count"]
        r.offending_rows = self.offending if not r.success else []
        r.failing_keys = self.keys
        r.exception = self.exception
        r.observed = (
            self.observed_exception if self.exception else observed_text(raw, e["type"], params)
        )
        return r


def _judge_batch(
    mart: str,
    frame: pd.DataFrame,
    spec: Mapping[str, Any],
    ctx: Mapping[str, Any],
    params: Mapping[str, Any],
    gx: Callable[[], GxSession],
    run_id: str,
) -> tuple[list[tuple[ExpectationResult, dict[str, Any]]], bool]:
    """One batch (helper columns added) through `spec`'s row-level expectations: passing.py's
    verdict where every row passes, GX's on this batch for the others. (result, raw GX-shaped
    result dict) per expectation, and whether GX ran."""
    exps = spec["expectations"]
    mine: list[_One] = []
    theirs: list[int] = []
    for i, e in enumerate(exps):
        if len(frame) == 0:  # an empty mart: GX says what an empty frame gives
            theirs.append(i)
            continue
        try:
            raw = _check(frame, e, params)
        except _Unsure:
            theirs.append(i)
            continue
        except Exception:  # anything unexpected: GX runs it and reports what it finds
            theirs.append(i)
            continue
        if raw["unexpected_count"]:
            theirs.append(i)  # a row fails: its result and rows come from GX
        else:
            mine.append(_One(i, raw))
    out: list[tuple[ExpectationResult, dict[str, Any]] | None] = [None] * len(exps)
    if mine:
        converted = _convert_results(mart, spec["name"], spec, frame, _Suite(mine), params, ctx)
        for one in mine:
            i = one.expectation_config.meta["gate_index"]
            out[i] = (converted[i], one.result)
    if theirs:
        sub = dict(spec, expectations=[exps[i] for i in theirs])
        gx_result = gx().validate(mart, frame, sub, params, run_id)
        converted = _convert_results(mart, spec["name"], sub, frame, gx_result, params, ctx)
        raws: dict[int, dict[str, Any]] = {}
        for r in gx_result.results:
            idx = (r.expectation_config.meta or {}).get("gate_index")
            if idx is not None:
                raws[int(idx)] = dict(r.result or {})
        for j, i in enumerate(theirs):
            out[i] = (converted[j], raws.get(j, {}))
    assert all(o is not None for o in out)
    return [o for o in out if o is not None], bool(theirs)


def run_batched(
    build_db_path: Path | str,
    published_counts: Mapping[str, int],
    *,
    allow_shrink: bool,
    max_shrink: float,
    run_id: str,
    batch_rows: int = BATCH_ROWS,
) -> BatchedRound:
    """Every expectation of every mart on every row of the build, in batches (module doc):
    the results the frame-at-once gate's first round gives, in the same order."""
    con = open_build(build_db_path)
    session: GxSession | None = None

    def gx() -> GxSession:  # GX is imported only when some batch needs it
        nonlocal session
        if session is None:
            session = GxSession(None)
        return session

    try:
        schema = _schema(con)
        problems: dict[str, str] = {}
        if schema is None:
            from integra.warehousing.gate.frames import MARTS_SCHEMA_CANDIDATES

            for m in MARTS:
                problems[m] = f"no schema of {MARTS_SCHEMA_CANDIDATES} holds the marts"
            ctx = context_values_from_frames(
                {}, published_counts, allow_shrink=allow_shrink, max_shrink=max_shrink
            )
            return BatchedRound(None, unreadable_results(problems), {}, problems, ctx, None)
        present = {
            r[0]
            for r in con.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_catalog = ? AND table_schema = ?",
                [BUILD, schema],
            ).fetchall()
        }
        for m in MARTS:
            if m not in present:
                problems[m] = f"table {schema}.{m} does not exist in the build file"
        ctx = context_values_from_frames(
            context_frames(con, BUILD, schema),
            published_counts,
            allow_shrink=allow_shrink,
            max_shrink=max_shrink,
        )
        out = BatchedRound(schema, [], {}, problems, ctx, None)
        for i, mart in enumerate(MARTS):
            if i == 1:
                pause_point("gate_validate")
            if mart in problems:
                out.results += unreadable_results({mart: problems[mart]})
                continue
            out.results += _mart(con, schema, mart, ctx[mart], gx, run_id, batch_rows, out)
        out.session = session
        return out
    finally:
        con.close()


def _mart(
    con: duckdb.DuckDBPyConnection,
    schema: str,
    mart: str,
    ctx: Mapping[str, Any],
    gx: Callable[[], GxSession],
    run_id: str,
    batch_rows: int,
    out: BatchedRound,
) -> list[ExpectationResult]:
    spec = load_suite_spec(mart)
    params = expectation_parameters(ctx)
    msql = MartSQL(con, BUILD, schema, mart, spec)
    out.row_counts[mart] = msql.row_count
    exps = spec["expectations"]
    kinds = [expectation_kind(e) for e in exps]
    done: dict[int, ExpectationResult] = {}
    have = [c for c, _ in table_columns(con, BUILD, schema, mart)]
    table = f"{q(BUILD)}.{q(schema)}.{q(mart)}"
    for j, e in enumerate(exps):
        if kinds[j] == "sql":
            done[j] = sql_result(msql, e, params, ctx)
            if e["type"] == "expect_table_columns_to_match_set" and not done[j].exception:
                done[j].observed = _columns_observed(con, table, mart, ctx, spec, done[j])
    rows_idx = [j for j, k in enumerate(kinds) if k == "row"]
    if rows_idx:
        sub = dict(spec, expectations=[exps[j] for j in rows_idx])
        cols = read_columns(mart, sub, have)
        select = ", ".join(q(c) for c in cols) if cols else "1 AS _row"
        sums = [_Sum() for _ in rows_idx]
        for df in iter_batches(con, f"SELECT {select} FROM {table}", batch_rows):
            if not cols:
                df = df.drop(columns=["_row"])
            frame = add_helper_columns(mart, df, ctx, sub)
            judged, used_gx = _judge_batch(mart, frame, sub, ctx, params, gx, run_id)
            out.batches[mart] = out.batches.get(mart, 0) + 1
            out.gx_batches[mart] = out.gx_batches.get(mart, 0) + int(used_gx)
            for s, (r, raw) in zip(sums, judged, strict=True):
                s.add(r, raw)
            del frame, df
        for j, s in zip(rows_idx, sums, strict=True):
            done[j] = s.result(exps[j], params)
    full_idx = [j for j, k in enumerate(kinds) if k == "full"]
    if full_idx:
        sub = dict(spec, expectations=[exps[j] for j in full_idx])
        cols = read_columns(mart, sub, have)
        from integra.warehousing.gate.frames import read_query

        df = read_query(con, f"SELECT {', '.join(q(c) for c in cols) or '*'} FROM {table}")
        rs = validate_frame(mart, df, ctx, sub, session=gx(), run_id=run_id)
        done.update(zip(full_idx, rs, strict=True))
    return [done[j] for j in range(len(exps))]


def _columns_observed(
    con: duckdb.DuckDBPyConnection,
    table: str,
    mart: str,
    ctx: Mapping[str, Any],
    spec: Mapping[str, Any],
    r: ExpectationResult,
) -> str:
    """The column set's observed value as GX words it on the whole frame: the frame's columns,
    the gate's helper columns among them, sorted (gate/sql.py lists the table's own, in order;
    the verdict is the same: the helper columns are added to the expected set)."""
    from integra.warehousing.gate.frames import read_query

    head = add_helper_columns(mart, read_query(con, f"SELECT * FROM {table} LIMIT 0"), ctx, spec)
    text = f"observed {sorted(str(c) for c in head.columns)}"
    rest = r.observed.split("; mismatched ", 1)
    return text + (f"; mismatched {rest[1]}" if len(rest) == 2 else "")
