"""The suites' table-level expectations as SQL in DuckDB over a whole mart (the sliced gate).

The suite JSON stays the one definition: each expectation of a type in `suites.SQL_KWARGS` is
translated here from its own type and kwargs, with the same run-time parameters, and comes back
as the `ExpectationResult` GX would give (same name, severity, success, counts, offending rows
named by the mart's key and label columns). `tests/test_gate_slice.py` runs both on the same
marts, including planted failures, and compares them.

| type | SQL |
| --- | --- |
| `expect_table_row_count_to_be_between` | `count(*)` within [min_value, max_value] ($PARAMETER resolved) |
| `expect_column_values_to_be_unique` | non-null rows whose value occurs more than once (`count(*) OVER (PARTITION BY col)`) |
| `expect_compound_columns_to_be_unique` | rows (not all null) whose combination occurs more than once |
| `expect_table_columns_to_match_set` | the table's column names against `column_set` (`exact_match`) |
| `expect_table_column_types_to_match` | each column's DuckDB type read as the gate's logical type (`frames.duck_logical_type`) |
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from integra.warehousing.gate.frames import duck_logical_type, read_query
from integra.warehousing.gate.gx import (
    LOGICAL_TYPES,
    OFFENDING_ROWS_LIMIT,
    _jsonable,
    observed_text,
    shrink_note,
)
from integra.warehousing.gate.results import ExpectationResult
from integra.warehousing.gate.suites import columns_of, expectation_label

if TYPE_CHECKING:
    import duckdb


def q(name: str) -> str:
    """A quoted SQL identifier."""
    return '"' + str(name).replace('"', '""') + '"'


def _param(v: Any, parameters: Mapping[str, Any]) -> Any:
    if isinstance(v, dict) and "$PARAMETER" in v:
        return parameters.get(v["$PARAMETER"])
    return v


def lit(s: str) -> str:
    """A quoted SQL string literal."""
    return "'" + s.replace("'", "''") + "'"


def temp_values(con: duckdb.DuckDBPyConnection, name: str, rows: list[tuple]) -> None:
    """A temp table `name` (v0, v1, ... VARCHAR) holding `rows`, values as text."""
    width = len(rows[0]) if rows else 1
    con.execute(f"DROP TABLE IF EXISTS {name}")
    con.execute(
        f"CREATE TEMP TABLE {name} (" + ", ".join(f"v{i} VARCHAR" for i in range(width)) + ")"
    )
    if rows:
        # one statement of column lists unnested side by side: an executemany inserts row by row
        # (the keys of 10,000 warned rows took ~1 s each)
        columns = [[None if r[i] is None else str(r[i]) for r in rows] for i in range(width)]
        con.execute(
            f"INSERT INTO {name} SELECT "
            + ", ".join(f"unnest(?::VARCHAR[]) AS v{i}" for i in range(width)),
            columns,
        )


def table_columns(
    con: duckdb.DuckDBPyConnection, catalog: str, schema: str, table: str
) -> list[tuple[str, str]]:
    """(column, DuckDB type) of a table, in order (duckdb_columns(): the same names and types as
    information_schema.columns, read 2-4x faster; the gate asks ~50 times per run)."""
    return [
        (str(c), str(t))
        for c, t in con.execute(
            "SELECT column_name, data_type FROM duckdb_columns() "
            "WHERE database_name = ? AND schema_name = ? AND table_name = ? "
            "ORDER BY column_index",
            [catalog, schema, table],
        ).fetchall()
    ]


class MartSQL:
    """One mart of an attached build file, for the table-level expectations."""

    def __init__(
        self,
        con: duckdb.DuckDBPyConnection,
        catalog: str,
        schema: str,
        mart: str,
        spec: Mapping[str, Any],
    ) -> None:
        self.con = con
        self.mart = mart
        self.spec = spec
        self.table = f"{q(catalog)}.{q(schema)}.{q(mart)}"
        self.columns = table_columns(con, catalog, schema, mart)
        self.names = [c for c, _ in self.columns]
        meta = spec.get("meta", {})
        self.key_cols = [c for c in meta.get("key_columns", []) if c in self.names]
        self.label_cols = [c for c in meta.get("label_columns", []) if c in self.names]
        self._count: int | None = None

    @property
    def row_count(self) -> int:
        if self._count is None:
            self._count = int(
                self.con.execute(f"SELECT count(*) FROM {self.table}").fetchall()[0][0]
            )
        return self._count

    def shown_columns(self, e: Mapping[str, Any]) -> list[str]:
        cols: list[str] = []
        for c in (
            self.key_cols
            + self.label_cols
            + columns_of(e["kwargs"])
            + list(e.get("meta", {}).get("show_columns", []))
        ):
            if c in self.names and c not in cols:
                cols.append(c)
        return cols

    def offending(self, e: Mapping[str, Any], where_sql: str) -> list[dict[str, Any]]:
        cols = self.shown_columns(e)
        if not cols:
            return []
        order = ", ".join(q(c) for c in self.key_cols) or "1"
        df = read_query(
            self.con,
            f"SELECT {', '.join(q(c) for c in cols)} FROM ({where_sql}) "
            f"ORDER BY {order} LIMIT {OFFENDING_ROWS_LIMIT}",
        )
        return [{c: _jsonable(v) for c, v in row.items()} for row in df.to_dict("records")]

    # -------------------------------------------------------------------- one per type

    def row_count_between(self, e, parameters) -> tuple[bool, dict[str, Any], list]:
        lo = _param(e["kwargs"].get("min_value"), parameters)
        hi = _param(e["kwargs"].get("max_value"), parameters)
        n = self.row_count
        ok = (lo is None or n >= lo) and (hi is None or n <= hi)
        return ok, {"observed_value": n}, []

    def _duplicates(self, e, cols: list[str], *, all_null_skipped: bool):
        part = ", ".join(q(c) for c in cols)
        if all_null_skipped:
            considered = " OR ".join(f"{q(c)} IS NOT NULL" for c in cols)
        else:
            considered = " AND ".join(f"{q(c)} IS NOT NULL" for c in cols)
        dup = (
            f"SELECT * FROM (SELECT *, count(*) OVER (PARTITION BY {part}) AS __n "
            f"FROM {self.table} WHERE {considered}) WHERE __n > 1"
        )
        unexpected, nonnull = self.con.execute(
            f"SELECT (SELECT count(*) FROM ({dup})), "
            f"(SELECT count(*) FROM {self.table} WHERE {considered})"
        ).fetchall()[0]
        total = self.row_count
        result: dict[str, Any] = {
            "element_count": total,
            "unexpected_count": int(unexpected),
            "missing_count": total - int(nonnull),
        }
        rows = self.offending(e, dup) if unexpected else []
        if rows:
            vals = [
                row.get(cols[0]) if len(cols) == 1 else [row.get(c) for c in cols] for row in rows
            ]
            result["partial_unexpected_list"] = vals
        return int(unexpected) == 0, result, rows

    def unique(self, e, parameters):
        return self._duplicates(e, [e["kwargs"]["column"]], all_null_skipped=False)

    def compound_unique(self, e, parameters):
        return self._duplicates(e, list(e["kwargs"]["column_list"]), all_null_skipped=True)

    def columns_match_set(self, e, parameters):
        want = list(e["kwargs"].get("column_set") or [])
        exact = e["kwargs"].get("exact_match", True)
        missing = [c for c in want if c not in self.names]
        unexpected = [c for c in self.names if c not in want] if exact else []
        result: dict[str, Any] = {"observed_value": list(self.names)}
        if missing or unexpected:
            result["details"] = {"mismatched": {"unexpected": unexpected, "missing": missing}}
        return not missing and not unexpected, result, []

    def column_types_match(self, e, parameters):
        expected = dict(e["kwargs"].get("column_types") or {})
        actual = {c: duck_logical_type(t) for c, t in self.columns}
        mismatched = {}
        for col, want in expected.items():
            got = actual.get(col)
            if got is None:
                mismatched[col] = {"expected": want, "observed": "missing"}
            elif got not in LOGICAL_TYPES.get(want, {want}):
                mismatched[col] = {"expected": want, "observed": got}
        result = {
            "observed_value": f"{len(expected) - len(mismatched)} of {len(expected)} "
            "columns have the expected type",
            "details": {"mismatched": mismatched},
        }
        return not mismatched, result, []


_BY_TYPE = {
    "expect_table_row_count_to_be_between": MartSQL.row_count_between,
    "expect_column_values_to_be_unique": MartSQL.unique,
    "expect_compound_columns_to_be_unique": MartSQL.compound_unique,
    "expect_table_columns_to_match_set": MartSQL.columns_match_set,
    "expect_table_column_types_to_match": MartSQL.column_types_match,
}


def sql_result(
    m: MartSQL,
    e: Mapping[str, Any],
    parameters: Mapping[str, Any],
    context_values: Mapping[str, Any],
) -> ExpectationResult:
    """One table-level expectation of `m`'s suite, evaluated in SQL."""
    emeta = e.get("meta", {})
    exception = None
    try:
        ok, result, rows = _BY_TYPE[e["type"]](m, e, parameters)
        observed = observed_text(result, e["type"], parameters)
        observed += shrink_note(e, parameters, context_values)
    except Exception as exc:  # reported like a GX exception: the expectation fails
        ok, result, rows = False, {}, []
        exception = f"{type(exc).__name__}: {exc}"
        observed = f"exception: {exception}"
    return ExpectationResult(
        suite=str(m.spec.get("name", m.mart)),
        mart=m.mart,
        expectation=expectation_label(e["type"], e["kwargs"]),
        severity=emeta["severity"],
        success=bool(ok) and exception is None,
        observed=observed,
        offending_rows=rows if not ok else [],
        description=emeta.get("description", ""),
        expectation_type=e["type"],
        kwargs=_jsonable(e["kwargs"]),
        unexpected_count=result.get("unexpected_count"),
        element_count=result.get("element_count"),
        exception=exception,
        evaluated_by="sql",
    )
