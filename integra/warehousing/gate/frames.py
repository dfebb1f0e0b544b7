"""Reading the build file: each mart into a pandas frame with one fixed type mapping, and the
published row counts the shrink guard compares with."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from integra.settings import paths, settings
from integra.warehousing.gate.suites import MARTS, load_suite_spec

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

log = logging.getLogger(__name__)


#: Schemas searched, in order, for the marts in the build file: the contract says ``marts``;
#: dbt-duckdb's default schema naming would give ``main_marts``. INTEGRA_MARTS_SCHEMA overrides.
MARTS_SCHEMA_CANDIDATES = ("marts", "main_marts")


_INT_TYPES = {
    "TINYINT",
    "SMALLINT",
    "INTEGER",
    "BIGINT",
    "HUGEINT",
    "UTINYINT",
    "USMALLINT",
    "UINTEGER",
    "UBIGINT",
    "UHUGEINT",
}


def _connect_ro(path: Path | str) -> duckdb.DuckDBPyConnection:
    import duckdb

    return duckdb.connect(
        str(path),
        read_only=True,
        config={"autoinstall_known_extensions": False, "autoload_known_extensions": False},
    )


def find_marts_schema(con: duckdb.DuckDBPyConnection) -> str | None:
    """The schema holding the marts in an open build file (see MARTS_SCHEMA_CANDIDATES)."""
    wanted = settings().marts_schema
    candidates = (wanted,) if wanted else MARTS_SCHEMA_CANDIDATES
    rows = con.execute(
        "SELECT table_schema, count(*) FROM information_schema.tables "
        "WHERE table_catalog = current_database() AND table_name IN ({}) "
        "GROUP BY table_schema".format(", ".join("?" for _ in MARTS)),
        list(MARTS),
    ).fetchall()
    found = dict(rows)
    for schema in candidates:
        if found.get(schema):
            return schema
    return None


def _coerce(series: pd.Series, duck_type: str) -> pd.Series:
    """One fixed DuckDB -> pandas mapping, so type expectations check the logical type."""
    import pandas as pd

    t = duck_type.upper()
    if t in _INT_TYPES:
        return series.astype("Int64")
    if t == "BOOLEAN":
        return series.astype("boolean")
    if t in ("DOUBLE", "FLOAT", "REAL") or t.startswith("DECIMAL"):
        return series.astype("float64")
    if t == "DATE" or t.startswith("TIMESTAMP"):
        s = pd.to_datetime(series)
        if getattr(s.dt, "tz", None) is not None:
            s = s.dt.tz_convert("UTC").dt.tz_localize(None)
        return s.astype("datetime64[ns]")
    if t == "VARCHAR":
        s = series.astype(object)
        return s.where(s.notna(), None)
    return series


SHAPE_ONLY_EXPECTATIONS = (
    "expect_table_columns_to_match_set",
    "expect_table_column_types_to_match",
)


def _strings_in(obj: Any) -> set[str]:
    if isinstance(obj, str):
        return {obj}
    if isinstance(obj, Mapping):
        return set().union(*(_strings_in(v) for v in obj.values())) if obj else set()
    if isinstance(obj, (list, tuple)):
        return set().union(*(_strings_in(v) for v in obj)) if obj else set()
    return set()


LABEL_COLUMNS = ("source_file", "title", "project_scope_id", "document_id")
MARTS_WITH_PYTHON_HELPERS = ("fct_projects", "mart_city_comparison")


def shape_only_columns(mart: str, text_columns: Iterable[str]) -> set[str]:
    """Text columns of `mart` whose values no expectation, helper or offending-row label reads:
    only their presence and type are checked (expect_table_columns_to_match_set,
    expect_table_column_types_to_match), so the gate reads them as '' (one shared string), which
    keeps its memory flat: at 100,000 documents fct_fact_evidence has ~1.8 million rows, whose
    evidence sentences and values made most of the gate's 2.4 GB. Marts with Python helper columns
    (which read columns by name in code) are read whole."""
    if mart in MARTS_WITH_PYTHON_HELPERS:
        return set()
    try:
        spec = load_suite_spec(mart)
    except (OSError, ValueError):
        return set()
    used = set(LABEL_COLUMNS)
    for e in spec.get("expectations", []):
        if e.get("type") not in SHAPE_ONLY_EXPECTATIONS:
            used |= _strings_in(e.get("kwargs", {}))
            used |= _strings_in(e.get("meta", {}))
    used |= _strings_in({k: v for k, v in spec.items() if k != "expectations"})
    return {c for c in text_columns if c not in used}


def read_mart(
    con: duckdb.DuckDBPyConnection, schema: str, mart: str, shape_only: bool = False
) -> pd.DataFrame:
    """A mart as a pandas frame with the fixed type mapping (ints -> Int64, bool -> boolean,
    DOUBLE/DECIMAL -> float64, DATE/TIMESTAMP[TZ] -> naive UTC datetime64[ns], VARCHAR -> str).
    With `shape_only`, the text columns of shape_only_columns are read as ''."""
    typed = con.execute(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_catalog = "
        "current_database() AND table_schema = ? AND table_name = ? ORDER BY ordinal_position",
        [schema, mart],
    ).fetchall()
    cols = [c for c, _ in typed]
    blank = (
        shape_only_columns(mart, [c for c, t in typed if t == "VARCHAR"]) if shape_only else set()
    )
    select = (
        ", ".join(f"CAST('' AS VARCHAR) AS \"{c}\"" if c in blank else f'"{c}"' for c in cols)
        or "*"
    )
    return read_query(con, f'SELECT {select} FROM "{schema}"."{mart}"')


def read_query(
    con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None
) -> pd.DataFrame:
    """A query's result as a pandas frame with `read_mart`'s fixed type mapping."""
    rel = con.sql(sql, params=params) if params else con.sql(sql)
    types = [str(t) for t in rel.types]
    df = rel.df()
    for col, t in zip(list(df.columns), types, strict=True):
        df[col] = _coerce(df[col], t)
    return df


def duck_logical_type(duck_type: str) -> str:
    """The logical type (gx.logical_type_of) a DuckDB column type is read as by `read_mart`:
    the SQL form of the gate's type check (gate/sql.py)."""
    t = duck_type.upper()
    if t in _INT_TYPES:
        return "integer"
    if t == "BOOLEAN":
        return "boolean"
    if t in ("DOUBLE", "FLOAT", "REAL") or t.startswith("DECIMAL"):
        return "float"
    if t == "DATE" or t.startswith("TIMESTAMP"):
        return "datetime"
    if t == "INTERVAL":
        return "timedelta64[ns]"
    if t.startswith("ENUM"):
        return "category"
    return "text"  # VARCHAR, and what pandas holds as objects (BLOB, TIME, LIST, STRUCT, ...)


def read_marts(
    build_db: Path | str, marts: Iterable[str] = MARTS
) -> tuple[str | None, dict[str, pd.DataFrame], dict[str, str]]:
    """(schema, frames, problems) of the build file, opened read-only and closed again."""
    frames: dict[str, pd.DataFrame] = {}
    problems: dict[str, str] = {}
    con = _connect_ro(build_db)
    try:
        schema = find_marts_schema(con)
        if schema is None:
            for m in marts:
                problems[m] = f"no schema of {MARTS_SCHEMA_CANDIDATES} holds the marts"
            return None, frames, problems
        present = {
            r[0]
            for r in con.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_catalog = current_database() AND table_schema = ?",
                [schema],
            ).fetchall()
        }
        for m in marts:
            if m not in present:
                problems[m] = f"table {schema}.{m} does not exist in the build file"
                continue
            try:
                frames[m] = read_mart(con, schema, m, shape_only=True)
            except Exception as exc:
                problems[m] = f"could not read {schema}.{m}: {type(exc).__name__}: {exc}"
        return schema, frames, problems
    finally:
        con.close()


def published_row_counts(published_db: Path | str | None) -> dict[str, int]:
    """Row counts of the marts in the published file (schema main); {} when none is published."""
    if published_db is None or not Path(published_db).exists():
        return {}
    try:
        con = _connect_ro(published_db)
    except Exception:
        log.warning(
            "published file %s cannot be opened; the shrink guard has nothing to compare",
            published_db,
        )
        return {}
    try:
        present = {
            r[0]
            for r in con.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_catalog = current_database() AND table_schema = 'main'"
            ).fetchall()
        }
        return {
            m: int(con.execute(f'SELECT count(*) FROM main."{m}"').fetchone()[0])
            for m in MARTS
            if m in present
        }
    finally:
        con.close()


def last_published_counts(published_db: Path | str | None) -> dict[str, int]:
    """What the shrink guard compares with: for INTEGRA_HOME's published file, the row counts
    the state recorded when the current version was published (or rolled back to), so a
    damaged or missing published file cannot switch the guard off; otherwise the file's."""
    from integra.warehousing.state import load_state

    p = paths()
    if published_db is not None and Path(published_db).resolve() == p.published_db.resolve():
        recorded = load_state(p).published_row_counts
        if recorded:
            return {m: int(n) for m, n in recorded.items() if m in MARTS}
    return published_row_counts(published_db)


def max_shrink_from_env() -> float:
    """INTEGRA_MAX_SHRINK (SettingsError, a ValueError, when it is not a number in [0, 1])."""
    return settings().max_shrink
