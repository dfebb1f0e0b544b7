"""The data-quality gate: Great Expectations suites decide what is published.

Each published mart is read from the audit build (read-only) into a pandas frame, gets the gate's
helper columns (names starting with ``_``, documented in the suite's ``meta.helper_columns``) and
is validated by a GX Core 1.x ephemeral context against ``expectations/<mart>.json``.

Severity lives in each expectation's ``meta.severity``:
- ``error``: a failure blocks publication (``GateResult.passed`` is False);
- ``warning``: published, and shown to people (report, gate.html, meta_gate_results).

One document cannot block every city: a failed *row-level* error expectation (a value or a pair
of values of some rows, e.g. a co-financing share above 1) whose offending rows trace back to
landed documents withholds those documents instead (`withhold_documents`): their rows, the rows
keyed on those rows' keys in the other marts, and the rows of aggregates built from them are
left out, the gate runs again on what is left, and the withheld documents are named in the
report, the summary and the published ``meta_quarantine``. Structural and set-wide failures
(schema, types, emptiness, shrink, uniqueness, a bad key, a failure in a mart no document
explains) still block.

Outputs of `run_gate`, all under INTEGRA_HOME:
- ``reports/gate-<UTC timestamp>.json`` and ``reports/latest.json``: every expectation, its
  severity, result, observed value and up to 20 offending rows (with the rows' keys and labels);
- ``reports/gate.html``: the same, as an offline page (no external resources, all text escaped);
- ``data_docs/``: GX Data Docs of the run (styled from a CDN, readable unstyled offline).

GX is imported inside functions only (3-13 s); this module imports neither GX nor pandas at
import time, so the publish step and the CLI can import `GateResult` cheaply.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import json
import logging
import math
import os
import re
import shutil
import time
import uuid
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from integra.settings import EXPECTATIONS_DIR, paths
from integra.warehouse.faults import pause_point

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

log = logging.getLogger(__name__)

MARTS: tuple[str, ...] = (
    "dim_city",
    "dim_programme",
    "fct_projects",
    "fct_project_editions",
    "fct_participant_groups",
    "fct_instruments",
    "mart_city_comparison",
    "fct_fact_evidence",
    "fct_documents",
)
SEVERITIES = ("error", "warning")
DEFAULT_MAX_SHRINK = 0.5
OFFENDING_ROWS_LIMIT = 20
#: Schemas searched, in order, for the marts in the build file: the contract says ``marts``;
#: dbt-duckdb's default schema naming would give ``main_marts``. INTEGRA_MARTS_SCHEMA overrides.
MARTS_SCHEMA_CANDIDATES = ("marts", "main_marts")
KEEP_REPORTS_DEFAULT = 60
GX_SITE_NAME = "integra"

#: The programme_period key mart_city_comparison uses for scopes without a period.
UNKNOWN_PERIOD = "unknown"
# Fallback eligibility ends when a programme_code is missing from dim_programme (n+2 / n+3 rule).
ELIGIBILITY_END_BY_PERIOD = {
    "2007-2013": "2015-12-31",
    "2014-2020": "2023-12-31",
    "2021-2027": "2029-12-31",
}


# --------------------------------------------------------------------------------------------
# Result types (cross the boundary to publish, Dagster asset checks, the CLI and the dashboards)
# --------------------------------------------------------------------------------------------


@dataclass
class ExpectationResult:
    """One expectation of one mart's suite, evaluated."""

    suite: str
    mart: str
    expectation: str  # readable id, e.g. "expect_column_values_to_be_between(eu_cofinancing_share, min_value=0, max_value=1)"
    severity: str  # "error" | "warning"
    success: bool
    observed: str
    offending_rows: list[dict[str, Any]] = field(default_factory=list)
    description: str = ""
    expectation_type: str = ""
    kwargs: dict[str, Any] = field(default_factory=dict)
    unexpected_count: int | None = None
    element_count: int | None = None
    exception: str | None = None
    withheld: bool = False  # a row-level failure whose documents were withheld: not blocking

    @property
    def blocking(self) -> bool:
        """True when this result blocks publication (a failed error expectation whose rows
        were not withheld)."""
        return self.severity == "error" and not self.success and not self.withheld

    def names(self, limit: int = 3) -> list[str]:
        """How people recognise the offending rows: their source_file, else title, else key."""
        out: list[str] = []
        for row in self.offending_rows:
            for col in ("source_file", "title", "project_scope_id", "document_id"):
                if row.get(col):
                    name = str(row[col])
                    break
            else:
                name = ", ".join(f"{k}={v}" for k, v in list(row.items())[:2])
            if name and name not in out:
                out.append(name)
            if len(out) >= limit:
                break
        return out


@dataclass
class GateResult:
    passed: bool
    results: list[ExpectationResult]
    summary: str
    run_id: str = ""
    started_at: str = ""
    finished_at: str = ""
    duration_s: float = 0.0
    build_db: str = ""
    published_db: str | None = None
    marts_schema: str | None = None
    row_counts: dict[str, int] = field(default_factory=dict)
    published_row_counts: dict[str, int] = field(default_factory=dict)
    allow_shrink: bool = False
    max_shrink: float = DEFAULT_MAX_SHRINK
    report_path: str | None = None
    html_path: str | None = None
    data_docs_index: str | None = None
    data_docs_error: str | None = None
    #: documents withheld for row-level errors: {document_id, source_file, city_slug, reasons}
    withheld_documents: list[dict[str, Any]] = field(default_factory=list)
    #: rows publication leaves out, per mart: {"columns": key columns, "keys": [key tuples]}
    withheld_rows: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def failed_errors(self) -> list[ExpectationResult]:
        return [r for r in self.results if r.blocking]

    @property
    def withheld(self) -> list[ExpectationResult]:
        return [r for r in self.results if r.withheld]

    @property
    def warnings(self) -> list[ExpectationResult]:
        return [r for r in self.results if r.severity == "warning" and not r.success]

    def for_mart(self, mart: str) -> list[ExpectationResult]:
        return [r for r in self.results if r.mart == mart]

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["counts"] = {
            "expectations": len(self.results),
            "failed_errors": len(self.failed_errors),
            "failed_warnings": len(self.warnings),
        }
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> GateResult:
        names = {f for f in cls.__dataclass_fields__}  # type: ignore[attr-defined]
        kw = {k: v for k, v in d.items() if k in names}
        kw["results"] = [
            ExpectationResult(
                **{k: v for k, v in r.items() if k in ExpectationResult.__dataclass_fields__}
            )
            for r in d.get("results", [])
        ]
        return cls(**kw)

    @classmethod
    def from_report(cls, path: Path | str) -> GateResult:
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))


# --------------------------------------------------------------------------------------------
# Suites
# --------------------------------------------------------------------------------------------


def load_suite_spec(mart: str, expectations_dir: Path | None = None) -> dict[str, Any]:
    """The reviewable JSON suite of a mart: {name, meta{mart, key_columns, ...}, expectations[...]}."""
    path = (expectations_dir or EXPECTATIONS_DIR) / f"{mart}.json"
    spec = json.loads(path.read_text(encoding="utf-8"))
    for i, exp in enumerate(spec.get("expectations", [])):
        sev = exp.get("meta", {}).get("severity")
        if sev not in SEVERITIES:
            raise ValueError(f"{path}: expectation #{i} ({exp.get('type')}) has severity {sev!r}")
    return spec


def _fmt_value(v: Any) -> str:
    if isinstance(v, dict) and "$PARAMETER" in v:
        return "$" + str(v["$PARAMETER"])
    if isinstance(v, list):
        return f"[{', '.join(map(str, v))}]" if len(v) <= 4 else f"<{len(v)} values>"
    return str(v)


def expectation_label(exp_type: str, kwargs: Mapping[str, Any]) -> str:
    """A readable, unique-within-a-suite id: type(columns, significant kwargs)."""
    parts: list[str] = []
    if "column" in kwargs:
        parts.append(str(kwargs["column"]))
    if "column_A" in kwargs:
        parts += [str(kwargs["column_A"]), str(kwargs.get("column_B"))]
    if "column_list" in kwargs:
        parts += [str(c) for c in kwargs["column_list"]]
    for k in ("type_", "type_list", "min_value", "max_value", "value_set"):
        if k in kwargs:
            parts.append(f"{k}={_fmt_value(kwargs[k])}")
    return f"{exp_type}({', '.join(parts)})" if parts else exp_type


def _columns_of(kwargs: Mapping[str, Any]) -> list[str]:
    cols = []
    for k in ("column", "column_A", "column_B"):
        if k in kwargs:
            cols.append(str(kwargs[k]))
    cols += [str(c) for c in kwargs.get("column_list", [])]
    return cols


# --------------------------------------------------------------------------------------------
# Reading the build file
# --------------------------------------------------------------------------------------------

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
    wanted = os.environ.get("INTEGRA_MARTS_SCHEMA")
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
    rel = con.sql(f'SELECT {select} FROM "{schema}"."{mart}"')
    types = [str(t) for t in rel.types]
    df = rel.df()
    for col, t in zip(list(df.columns), types, strict=True):
        df[col] = _coerce(df[col], t)
    return df


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
    from integra.warehouse.state import read_state

    p = paths()
    if published_db is not None and Path(published_db).resolve() == p.published_db.resolve():
        recorded = read_state(p).get("published_row_counts")
        if isinstance(recorded, dict) and recorded:
            return {m: int(n) for m, n in recorded.items() if m in MARTS}
    return published_row_counts(published_db)


def max_shrink_from_env(default: float = DEFAULT_MAX_SHRINK) -> float:
    raw = os.environ.get("INTEGRA_MAX_SHRINK")
    if not raw:
        return default
    value = float(raw)
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"INTEGRA_MAX_SHRINK must be within [0, 1], got {raw!r}")
    return value


# --------------------------------------------------------------------------------------------
# Context values (values read at run time) and helper columns
# --------------------------------------------------------------------------------------------


def _nonnull_list(df: pd.DataFrame | None, col: str) -> list[Any]:
    if df is None or col not in df.columns:
        return []
    return sorted({str(v) for v in df[col].dropna().tolist()})


def context_values_from_frames(
    frames: Mapping[str, pd.DataFrame],
    published_counts: Mapping[str, int] | None = None,
    *,
    allow_shrink: bool = False,
    max_shrink: float | None = None,
) -> dict[str, dict[str, Any]]:
    """Per mart, the values the suites read at run time (registry, ids, programme bands,
    published row count) -> the `context_values` argument of `validate_mart`."""
    max_shrink = max_shrink_from_env() if max_shrink is None else max_shrink
    published_counts = published_counts or {}
    dim_programme = frames.get("dim_programme")
    programmes: list[dict[str, Any]] = []
    if dim_programme is not None:
        cols = [
            c
            for c in (
                "programme_code",
                "programme_period",
                "period_start_date",
                "period_end_date",
                "typical_eu_share_min",
                "typical_eu_share_max",
            )
            if c in dim_programme.columns
        ]
        programmes = dim_programme[cols].to_dict("records")
    project_counts: list[dict[str, Any]] | None = None
    fct = frames.get("fct_projects")
    if fct is not None and {"city_slug", "programme_period"} <= set(fct.columns):
        # mart_city_comparison files scopes without a programme period under 'unknown'.
        g = (
            fct.assign(
                city_slug=fct["city_slug"].fillna("\x00"),
                programme_period=fct["programme_period"].fillna(UNKNOWN_PERIOD),
            )
            .groupby(["city_slug", "programme_period"], dropna=False)
            .size()
        )
        project_counts = [
            {"city_slug": k[0], "programme_period": k[1], "projects": int(v)} for k, v in g.items()
        ]
    common = {
        "city_slugs": _nonnull_list(frames.get("dim_city"), "city_slug"),
        "programme_codes": _nonnull_list(dim_programme, "programme_code"),
        "project_scope_ids": _nonnull_list(fct, "project_scope_id"),
        "document_ids": _nonnull_list(frames.get("fct_documents"), "document_id"),
        "programmes": programmes,
        "project_counts": project_counts,
        "max_shrink": max_shrink,
        "allow_shrink": allow_shrink,
    }
    return {m: dict(common, published_row_count=published_counts.get(m)) for m in MARTS}


def min_row_count_vs_published(context_values: Mapping[str, Any]) -> int:
    published = context_values.get("published_row_count")
    if context_values.get("allow_shrink") or not published:
        return 0
    max_shrink = float(context_values.get("max_shrink", DEFAULT_MAX_SHRINK))
    return max(0, math.ceil(published * (1.0 - max_shrink) - 1e-9))


def expectation_parameters(context_values: Mapping[str, Any]) -> dict[str, Any]:
    """The GX suite parameters ($PARAMETER in the JSON) for one mart's validation."""
    return {
        "city_slugs": list(context_values.get("city_slugs") or []),
        "programme_codes": list(context_values.get("programme_codes") or []),
        "project_scope_ids": list(context_values.get("project_scope_ids") or []),
        "document_ids": list(context_values.get("document_ids") or []),
        "min_row_count_vs_published": min_row_count_vs_published(context_values),
    }


def _col(df: pd.DataFrame, name: str, dtype: str = "float64") -> pd.Series:
    import pandas as pd

    if name in df.columns:
        return df[name]
    return pd.Series([None] * len(df), index=df.index, dtype=dtype)


def _add_fct_projects_helpers(df: pd.DataFrame, ctx: Mapping[str, Any]) -> pd.DataFrame:
    import numpy as np
    import pandas as pd

    total = pd.to_numeric(_col(df, "total_cost_pln"), errors="coerce").astype("float64")
    eu = pd.to_numeric(_col(df, "eu_cofinancing_pln"), errors="coerce").astype("float64")
    own = pd.to_numeric(_col(df, "own_contribution_pln"), errors="coerce").astype("float64")
    derived = _col(df, "own_contribution_is_derived", "boolean").astype("boolean").fillna(False)
    derived = derived.astype(bool)
    qualifier = _col(df, "total_cost_qualifier", "object")
    exact_total = qualifier.isna() | (qualifier == "exact")
    all3 = total.notna() & eu.notna() & own.notna()
    gap = (total - eu - own).abs().round(6)  # drop float noise (1e-10 on grosze amounts)
    stated = all3 & ~derived & exact_total
    df["_stated_budget_identity_gap_pln"] = gap.where(stated)
    df["_derived_own_contribution_gap_pln"] = gap.where(all3 & derived)
    expected = pd.Series(pd.NA, index=df.index, dtype="boolean")
    expected[stated & (gap <= 0.005)] = True
    expected[stated & (gap > 1.0)] = False
    df["_budget_identity_holds_expected"] = expected

    progs = pd.DataFrame(ctx.get("programmes") or [])
    code = _col(df, "programme_code", "object")
    by_code: dict[str, dict[str, Any]] = {}
    if not progs.empty and "programme_code" in progs.columns:
        by_code = {str(r["programme_code"]): r for r in progs.to_dict("records")}

    def from_prog(key: str) -> pd.Series:
        return code.map(lambda c: by_code.get(str(c), {}).get(key) if c is not None else None)

    dim_period = from_prog("programme_period").astype(object)
    df["_dim_programme_period"] = dim_period.where(dim_period.notna(), None)
    period = _col(df, "programme_period", "object").astype(object)
    period = period.where(period.notna(), dim_period)
    years = period.astype("string").str.extract(r"^\s*(\d{4})\s*[-–]\s*(\d{4})\s*$")
    first = pd.to_numeric(years[0], errors="coerce").astype("Int64")
    last = pd.to_numeric(years[1], errors="coerce").astype("Int64")
    df["_period_first_year"] = first
    df["_period_last_year"] = last
    start = pd.to_datetime(_col(df, "start_date", "datetime64[ns]"))
    start_year = start.dt.year.astype("Int64")
    df["_start_year"] = start_year
    scope = _col(df, "scope", "object")
    df["_whole_project_start_year"] = start_year.where(scope != "edition")

    elig = pd.to_datetime(from_prog("period_end_date"), errors="coerce")

    def fallback(p: Any, last_year: Any) -> Any:
        if isinstance(p, str) and p.strip().replace("–", "-") in ELIGIBILITY_END_BY_PERIOD:
            return ELIGIBILITY_END_BY_PERIOD[p.strip().replace("–", "-")]
        if last_year is not None and not pd.isna(last_year):
            return f"{int(last_year) + 3}-12-31"
        return None

    fb = pd.to_datetime(
        pd.Series([fallback(p, y) for p, y in zip(period, last, strict=True)], index=df.index),
        errors="coerce",
    )
    df["_eligibility_end_date"] = elig.where(elig.notna(), fb).astype("datetime64[ns]")

    share = pd.to_numeric(_col(df, "eu_cofinancing_share"), errors="coerce").astype("float64")
    smin = pd.to_numeric(from_prog("typical_eu_share_min"), errors="coerce").astype("float64")
    smax = pd.to_numeric(from_prog("typical_eu_share_max"), errors="coerce").astype("float64")
    df["_programme_eu_share_min"] = smin
    df["_programme_eu_share_max"] = smax
    excess = np.maximum(np.maximum(smin - share, share - smax), 0.0)
    df["_eu_share_outside_band_by"] = excess.where(share.notna() & smin.notna() & smax.notna())

    planned = pd.to_numeric(_col(df, "participants_planned"), errors="coerce")
    actual = pd.to_numeric(_col(df, "participants_actual"), errors="coerce")
    df["_participants_planned_or_actual"] = planned.where(planned.notna(), actual).astype("float64")
    return df


def _add_city_comparison_helpers(df: pd.DataFrame, ctx: Mapping[str, Any]) -> pd.DataFrame:
    import pandas as pd

    counts = ctx.get("project_counts")
    if counts is None:  # fct_projects unreadable: that mart's own results say so
        df["_projects_in_fct_projects"] = pd.Series(pd.NA, index=df.index, dtype="Int64")
        return df
    lookup = {(c["city_slug"], c["programme_period"]): c["projects"] for c in counts}
    keys = zip(
        _col(df, "city_slug", "object").fillna("\x00"),
        _col(df, "programme_period", "object").fillna(UNKNOWN_PERIOD),
        strict=True,
    )
    df["_projects_in_fct_projects"] = pd.array([lookup.get(k, 0) for k in keys], dtype="Int64")
    return df


def _add_declared_helpers(df: pd.DataFrame, helpers: Mapping[str, Any]) -> pd.DataFrame:
    """Helper columns declared as data in the suite JSON: {"min_of": [...]} (row-wise minimum,
    nulls ignored) and {"max_of": [...], "minus": col} (row-wise maximum minus a column)."""
    import pandas as pd

    for name, spec in helpers.items():
        if not isinstance(spec, Mapping):
            continue  # described only: computed in code
        cols = spec.get("min_of") or spec.get("max_of") or []
        block = pd.DataFrame(
            {c: pd.to_numeric(_col(df, c), errors="coerce").astype("float64") for c in cols},
            index=df.index,
        )
        value = (
            block.min(axis=1, skipna=True) if "min_of" in spec else block.max(axis=1, skipna=True)
        )
        if spec.get("minus"):
            value = value - pd.to_numeric(_col(df, spec["minus"]), errors="coerce").astype(
                "float64"
            )
        df[name] = value.astype("float64")
    return df


def add_helper_columns(
    mart: str,
    df: pd.DataFrame,
    context_values: Mapping[str, Any],
    spec: Mapping[str, Any] | None = None,
) -> pd.DataFrame:
    """A copy of `df` with the gate's helper columns (see each suite's meta.helper_columns)."""
    declared = (spec or {}).get("meta", {}).get("helper_columns", {}) if spec is not None else {}
    if mart not in MARTS_WITH_PYTHON_HELPERS and not declared:
        return df  # nothing to add: no copy (the evidence frame is the gate's largest)
    out = df.copy()
    if mart == "fct_projects":
        out = _add_fct_projects_helpers(out, context_values)
    elif mart == "mart_city_comparison":
        out = _add_city_comparison_helpers(out, context_values)
    if spec is not None:
        out = _add_declared_helpers(out, spec.get("meta", {}).get("helper_columns", {}))
    return out


# --------------------------------------------------------------------------------------------
# GX
# --------------------------------------------------------------------------------------------


def _import_gx() -> Any:
    os.environ["GX_ANALYTICS_ENABLED"] = "false"
    for name in (
        "great_expectations",
        "great_expectations.core",
        "great_expectations.data_context",
    ):
        logging.getLogger(name).setLevel(logging.WARNING)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import great_expectations as gx
    return gx


#: Logical types of `expect_table_column_types_to_match`, as produced by `read_mart`.
LOGICAL_TYPES = {
    "text": {"text"},
    "integer": {"integer"},
    "float": {"float"},
    "number": {"integer", "float"},
    "boolean": {"boolean"},
    "date": {"datetime"},
    "timestamp": {"datetime"},
    "date_or_text": {"datetime", "text"},
}


def logical_type_of(dtype: Any) -> str:
    """pandas dtype (after `read_mart`) -> integer|float|boolean|datetime|text|<dtype name>."""
    import pandas as pd

    if pd.api.types.is_bool_dtype(dtype):
        return "boolean"
    if pd.api.types.is_integer_dtype(dtype):
        return "integer"
    if pd.api.types.is_float_dtype(dtype):
        return "float"
    if pd.api.types.is_datetime64_any_dtype(dtype):
        return "datetime"
    if pd.api.types.is_object_dtype(dtype) or pd.api.types.is_string_dtype(dtype):
        return "text"
    return str(dtype)


_CUSTOM_REGISTERED = False


def _register_custom_expectations() -> None:
    """Define ExpectTableColumnTypesToMatch (type "expect_table_column_types_to_match").

    One table-level expectation per mart instead of one per column: GX costs ~25 ms per
    expectation here, and the types come from one metric (table.column_types)."""
    global _CUSTOM_REGISTERED
    if _CUSTOM_REGISTERED:
        return
    from great_expectations.compatibility import pydantic
    from great_expectations.expectations.expectation import BatchExpectation

    class ExpectTableColumnTypesToMatch(BatchExpectation):
        """Every listed column exists and has the given logical type (see LOGICAL_TYPES)."""

        column_types: dict = pydantic.Field(description="column name -> logical type")
        metric_dependencies = ("table.column_types",)
        success_keys = ("column_types",)
        args_keys = ("column_types",)
        domain_keys = ("batch_id",)

        def _validate(self, metrics, runtime_configuration=None, execution_engine=None):
            expected = self._get_success_kwargs().get("column_types") or {}
            actual = {d["name"]: logical_type_of(d["type"]) for d in metrics["table.column_types"]}
            mismatched = {}
            for col, want in expected.items():
                got = actual.get(col)
                if got is None:
                    mismatched[col] = {"expected": want, "observed": "missing"}
                elif got not in LOGICAL_TYPES.get(want, {want}):
                    mismatched[col] = {"expected": want, "observed": got}
            return {
                "success": not mismatched,
                "result": {
                    "observed_value": f"{len(expected) - len(mismatched)} of {len(expected)} "
                    "columns have the expected type",
                    "details": {"mismatched": mismatched},
                },
            }

    _CUSTOM_REGISTERED = True


class GxSession:
    """One GX ephemeral context: its in-memory validation results feed one Data Docs build.

    Nothing is written anywhere except the Data Docs site directory given (if any)."""

    def __init__(self, data_docs_dir: Path | None = None) -> None:
        gx = _import_gx()
        from great_expectations.data_context.types.base import (
            DataContextConfig,
            InMemoryStoreBackendDefaults,
            ProgressBarsConfig,
        )

        sites = {}
        if data_docs_dir is not None:
            sites[GX_SITE_NAME] = {
                "class_name": "SiteBuilder",
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
                "store_backend": {
                    "class_name": "TupleFilesystemStoreBackend",
                    "base_directory": str(data_docs_dir),
                },
            }
        config = DataContextConfig(
            store_backend_defaults=InMemoryStoreBackendDefaults(init_temp_docs_sites=False),
            analytics_enabled=False,
            progress_bars=ProgressBarsConfig(globally=False),
            data_docs_sites=sites,
        )
        _register_custom_expectations()
        self.gx = gx
        self.data_docs_dir = data_docs_dir
        self.context = gx.get_context(project_config=config, mode="ephemeral")
        self.datasource = self.context.data_sources.add_pandas("integra_marts")
        self._used: dict[str, int] = {}

    def build_suite(self, spec: Mapping[str, Any], extra_columns: Iterable[str]) -> Any:
        from great_expectations.expectations.expectation_configuration import (
            ExpectationConfiguration,
        )
        from great_expectations.expectations.metadata_types import FailureSeverity

        extra = list(extra_columns)
        exps = []
        for i, e in enumerate(spec["expectations"]):
            kwargs = json.loads(json.dumps(e["kwargs"]))
            if e["type"] == "expect_table_columns_to_match_set" and extra:
                kwargs["column_set"] = list(kwargs["column_set"]) + extra
            meta = dict(e.get("meta", {}), gate_index=i)
            sev = (
                FailureSeverity.CRITICAL if meta["severity"] == "error" else FailureSeverity.WARNING
            )
            cfg = ExpectationConfiguration(
                type=e["type"],
                kwargs=kwargs,
                meta=meta,
                notes=f"[{meta['severity']}] {meta.get('description', '')}",
                severity=sev,
            )
            exps.append(cfg.to_domain_obj())
        return self.gx.ExpectationSuite(
            name=self._unique(str(spec["name"])),
            expectations=exps,
            meta=dict(spec.get("meta", {})),
        )

    def _unique(self, name: str) -> str:
        """The name itself the first time in this session, then name__2, name__3, ..."""
        n = self._used.get(name, 0) + 1
        self._used[name] = n
        return name if n == 1 else f"{name}__{n}"

    def validate(
        self,
        mart: str,
        df: pd.DataFrame,
        spec: Mapping[str, Any],
        parameters: Mapping[str, Any],
        run_id: str,
    ) -> Any:
        from great_expectations.core.run_identifier import RunIdentifier

        helper_cols = [c for c in df.columns if str(c).startswith("_")]
        suite = self.context.suites.add(self.build_suite(spec, helper_cols))
        asset = self.datasource.add_dataframe_asset(suite.name)
        batch_def = asset.add_batch_definition_whole_dataframe("whole_mart")
        vd = self.context.validation_definitions.add(
            self.gx.ValidationDefinition(name=f"gate__{suite.name}", data=batch_def, suite=suite)
        )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return vd.run(
                batch_parameters={"dataframe": df},
                expectation_parameters=dict(parameters),
                result_format={
                    "result_format": "SUMMARY",
                    "partial_unexpected_count": OFFENDING_ROWS_LIMIT,
                },
                run_id=RunIdentifier(run_name=run_id, run_time=dt.datetime.now(dt.UTC)),
            )

    def build_data_docs(self) -> str | None:
        if self.data_docs_dir is None:
            return None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            urls = self.context.build_data_docs(site_names=[GX_SITE_NAME])
        return urls.get(GX_SITE_NAME)


def _jsonable(v: Any) -> Any:
    import numpy as np
    import pandas as pd

    if v is None:
        return None
    if isinstance(v, (list, tuple)):
        return [_jsonable(x) for x in v]
    if isinstance(v, dict):
        return {str(k): _jsonable(x) for k, x in v.items()}
    try:
        if pd.isna(v):
            return None
    except (TypeError, ValueError):
        pass
    if isinstance(v, (pd.Timestamp, dt.datetime)):
        ts = pd.Timestamp(v)
        if ts.hour == ts.minute == ts.second == ts.microsecond == 0 and ts.tzinfo is None:
            return ts.date().isoformat()
        return ts.isoformat()
    if isinstance(v, np.datetime64):
        return _jsonable(pd.Timestamp(v))
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, np.bool_):
        return bool(v)
    if isinstance(v, np.integer):
        return int(v)
    if isinstance(v, np.floating):
        return float(v)
    if isinstance(v, (str, int, float, bool)):
        return v
    return str(v)


def _short(v: Any) -> str:
    if isinstance(v, float):
        return format(v, ".10g")
    if isinstance(v, list):
        return "(" + ", ".join(_short(x) for x in v) + ")"
    return repr(v)


def _observed_text(result: Mapping[str, Any], exp_type: str, parameters: Mapping[str, Any]) -> str:
    if "unexpected_count" in result:
        uc = result.get("unexpected_count") or 0
        ec = result.get("element_count")
        txt = f"{uc} of {ec} rows unexpected"
        missing = result.get("missing_count")
        if missing:
            txt += f" ({missing} null skipped)"
        sample = result.get("partial_unexpected_list") or []
        if uc and sample:
            shown = ", ".join(_short(_jsonable(x)) for x in sample[:5])
            txt += f"; e.g. {shown}"
        return txt
    observed = _jsonable(result.get("observed_value"))
    txt = f"observed {observed}" if observed is not None else "no observed value"
    details = result.get("details") or {}
    mismatched = details.get("mismatched") if isinstance(details, dict) else None
    if mismatched:
        txt += f"; mismatched {json.dumps(_jsonable(mismatched), ensure_ascii=False)}"
    if exp_type == "expect_table_row_count_to_be_between":
        pass
    return txt


def _convert_results(
    mart: str,
    suite_name: str,
    spec: Mapping[str, Any],
    df: pd.DataFrame,
    gx_result: Any,
    parameters: Mapping[str, Any],
    context_values: Mapping[str, Any],
) -> list[ExpectationResult]:
    meta = spec.get("meta", {})
    key_cols = list(meta.get("key_columns", []))
    label_cols = list(meta.get("label_columns", []))
    by_index: dict[int, Any] = {}
    for r in gx_result.results:
        idx = (r.expectation_config.meta or {}).get("gate_index")
        if idx is not None:
            by_index[int(idx)] = r
    out: list[ExpectationResult] = []
    for i, e in enumerate(spec["expectations"]):
        emeta = e.get("meta", {})
        r = by_index.get(i)
        label = expectation_label(e["type"], e["kwargs"])
        if r is None:
            out.append(
                ExpectationResult(
                    suite=suite_name,
                    mart=mart,
                    expectation=label,
                    severity=emeta["severity"],
                    success=False,
                    observed="expectation did not run",
                    description=emeta.get("description", ""),
                    expectation_type=e["type"],
                    kwargs=e["kwargs"],
                    exception="no result returned by GX",
                )
            )
            continue
        result = dict(r.result or {})
        exc_info = r.exception_info or {}
        exception = None
        if exc_info.get("raised_exception"):
            exception = str(exc_info.get("exception_message"))
        else:  # GX may nest exception info per metric
            for v in exc_info.values() if isinstance(exc_info, dict) else []:
                if isinstance(v, dict) and v.get("raised_exception"):
                    exception = str(v.get("exception_message"))
                    break
        observed = _observed_text(result, e["type"], parameters)
        if e["type"] == "expect_table_row_count_to_be_between" and isinstance(
            e["kwargs"].get("min_value"), dict
        ):
            published = context_values.get("published_row_count")
            observed += (
                f"; published version has {published} rows"
                if published is not None
                else "; no published version to compare with"
            )
            observed += f", minimum allowed now {parameters.get('min_row_count_vs_published')}"
            if context_values.get("allow_shrink"):
                observed += " (allow_shrink: shrink guard overridden)"
        if exception:
            observed = f"exception: {exception}"
        offending: list[dict[str, Any]] = []
        idx_list = result.get("partial_unexpected_index_list") or []
        if idx_list and not r.success:
            cols = []
            for c in (
                key_cols
                + label_cols
                + _columns_of(e["kwargs"])
                + list(emeta.get("show_columns", []))
            ):
                if c in df.columns and c not in cols:
                    cols.append(c)
            for ix in idx_list[:OFFENDING_ROWS_LIMIT]:
                if isinstance(ix, dict):  # unexpected_index_column_names form
                    offending.append({k: _jsonable(v) for k, v in ix.items()})
                    continue
                try:
                    row = df.loc[ix, cols]
                except KeyError:
                    continue
                offending.append({c: _jsonable(row[c]) for c in cols})
        out.append(
            ExpectationResult(
                suite=suite_name,
                mart=mart,
                expectation=label,
                severity=emeta["severity"],
                success=bool(r.success) and exception is None,
                observed=observed,
                offending_rows=offending,
                description=emeta.get("description", ""),
                expectation_type=e["type"],
                kwargs=_jsonable(e["kwargs"]),
                unexpected_count=_jsonable(result.get("unexpected_count")),
                element_count=_jsonable(result.get("element_count")),
                exception=exception,
            )
        )
    return out


def validate_mart(
    mart_name: str,
    df: pd.DataFrame,
    context_values: Mapping[str, Any],
    *,
    session: GxSession | None = None,
    run_id: str | None = None,
    expectations_dir: Path | None = None,
) -> list[ExpectationResult]:
    """Validate one mart's frame (as read from the build) against expectations/<mart>.json.

    `context_values`: from `context_values_from_frames(...)[mart]`.
    For a Dagster asset check: blocking = any(r.blocking for r in results)."""
    spec = load_suite_spec(mart_name, expectations_dir)
    session = session or GxSession(None)
    frame = add_helper_columns(mart_name, df, context_values, spec)
    params = expectation_parameters(context_values)
    gx_result = session.validate(mart_name, frame, spec, params, run_id or _new_run_id())
    return _convert_results(mart_name, spec["name"], spec, frame, gx_result, params, context_values)


# --------------------------------------------------------------------------------------------
# The gate
# --------------------------------------------------------------------------------------------


def _new_run_id() -> str:
    return dt.datetime.now(dt.UTC).strftime("gate-%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:6]


def summarize(results: list[ExpectationResult], passed: bool, marts: int, extra: str = "") -> str:
    errors = [r for r in results if r.blocking]
    warns = [r for r in results if r.severity == "warning" and not r.success]
    head = (
        f"Gate {'PASSED' if passed else 'BLOCKED'}: {marts} marts, {len(results)} expectations; "
        f"{len(errors)} error expectation(s) failed, {len(warns)} warning(s)."
    )
    lines = [head]

    def line(r: ExpectationResult) -> str:
        names = r.names()
        tail = f" [{'; '.join(names)}]" if names else ""
        return f"  - {r.mart}: {r.expectation} -- {r.description} ({r.observed}){tail}"

    if errors:
        lines.append("Failed error expectations (publication blocked):")
        lines += [line(r) for r in errors]
    withheld = [r for r in results if r.withheld]
    if withheld:
        lines.append(
            "Row-level errors: these documents' rows are withheld, the rest is published:"
            if not errors
            else "Row-level errors (their documents' rows were withheld, and still):"
        )
        lines += [line(r) for r in withheld]
    if warns:
        lines.append("Warnings (published and shown):")
        lines += [line(r) for r in warns]
    if extra:
        lines.append(extra)
    return "\n".join(lines)


def run_gate(
    build_db_path: Path | str,
    published_db_path: Path | str | None = None,
    *,
    allow_shrink: bool = False,
    max_shrink: float | None = None,
    reports_dir: Path | None = None,
    data_docs_dir: Path | None = None,
    build_data_docs: bool = True,
    write_reports: bool = True,
    run_id: str | None = None,
) -> GateResult:
    """Validate every mart of the build file; write the JSON report, gate.html and Data Docs.

    ``passed`` is False when any *error* expectation fails (or a mart is missing/unreadable).
    The shrink guard compares against `published_db_path` (normally published/current.duckdb).
    """
    t0 = time.perf_counter()
    started = dt.datetime.now(dt.UTC)
    run_id = run_id or _new_run_id()
    max_shrink = max_shrink_from_env() if max_shrink is None else max_shrink
    p = paths()
    reports_dir = Path(reports_dir) if reports_dir is not None else p.reports_dir
    docs_dir = Path(data_docs_dir) if data_docs_dir is not None else p.data_docs_dir

    schema, frames, problems = read_marts(build_db_path)
    pub_counts = last_published_counts(published_db_path)
    ctx = context_values_from_frames(
        frames, pub_counts, allow_shrink=allow_shrink, max_shrink=max_shrink
    )
    if build_data_docs:
        _reset_data_docs(docs_dir)
    session = GxSession(docs_dir if build_data_docs else None)

    results = _validate_all(frames, ctx, problems, session, run_id, pause=True)
    withheld_docs: dict[str, dict[str, Any]] = {}
    withheld_results: list[ExpectationResult] = []
    withheld_rows: dict[str, dict[str, Any]] = {}
    seeds: dict[str, set[tuple[str, ...]]] = {}
    original = frames
    for _round in range(MAX_WITHHOLD_ROUNDS):
        blocking = [r for r in results if r.blocking]
        if not blocking or problems or not all(_is_row_level(r, named=False) for r in blocking):
            break  # structural and set-wide failures block: nothing is withheld
        traced = [(r, _documents_of(r, original)) for r in blocking if _is_row_level(r)]
        traced = [(r, docs) for r, docs in traced if docs]
        new = {d for _, docs in traced for d in docs} - set(withheld_docs)
        if not new:
            break
        for r, docs in traced:
            keys = key_columns(r.mart)
            seeds.setdefault(r.mart, set()).update(
                tuple(str(row[k]) for k in keys)
                for row in r.offending_rows
                if keys and all(row.get(k) not in (None, "") for k in keys)
            )
            r.withheld = True
            r.observed += "; rows of these documents withheld from publication"
            withheld_results.append(r)
            for d in docs:
                withheld_docs.setdefault(d, {"document_id": d, "reasons": []})
                reason = f"{r.mart}: {r.expectation}"
                if reason not in withheld_docs[d]["reasons"]:
                    withheld_docs[d]["reasons"].append(reason)
        frames, withheld_rows = withhold_documents(original, set(withheld_docs), seeds)
        ctx = context_values_from_frames(
            frames, pub_counts, allow_shrink=allow_shrink, max_shrink=max_shrink
        )
        results = _validate_all(frames, ctx, problems, session, run_id, pause=False)
    if withheld_docs:
        _describe_documents(withheld_docs, original)
        # blocked anyway (e.g. nothing left, or a shrink): what blocks is what is left
        results = withheld_results + results

    passed = not any(r.blocking for r in results)
    docs_index = docs_error = None
    if build_data_docs:
        try:
            docs_index = session.build_data_docs()
        except Exception as exc:
            log.exception("building GX Data Docs failed")
            docs_error = f"{type(exc).__name__}: {exc}"
    finished = dt.datetime.now(dt.UTC)
    result = GateResult(
        passed=passed,
        results=results,
        summary="",
        run_id=run_id,
        started_at=started.isoformat(),
        finished_at=finished.isoformat(),
        duration_s=round(time.perf_counter() - t0, 3),
        build_db=str(Path(build_db_path).resolve()),
        published_db=str(Path(published_db_path).resolve()) if published_db_path else None,
        marts_schema=schema,
        row_counts={m: len(f) for m, f in frames.items()},
        published_row_counts=dict(pub_counts),
        allow_shrink=allow_shrink,
        max_shrink=max_shrink,
        data_docs_index=docs_index,
        data_docs_error=docs_error,
        withheld_documents=list(withheld_docs.values()) if passed else [],
        withheld_rows=withheld_rows if passed else {},
    )
    extra = f"Data Docs could not be built: {docs_error}" if docs_error else ""
    result.summary = summarize(results, passed, len(MARTS), extra)
    if write_reports:
        write_gate_reports(result, reports_dir)
    return result


MAX_WITHHOLD_ROUNDS = 5
#: Expectations about the values of single rows: a failure names rows, not the whole set.
ROW_LEVEL_TYPES = frozenset(
    {
        "expect_column_values_to_be_between",
        "expect_column_values_to_be_in_set",
        "expect_column_values_to_match_regex",
        "expect_column_values_to_not_be_null",
        "expect_column_pair_values_a_to_be_greater_than_b",
        "expect_column_pair_values_to_be_equal",
    }
)


def _validate_all(
    frames, ctx, problems, session, run_id, *, pause: bool
) -> list[ExpectationResult]:
    results: list[ExpectationResult] = []
    for i, mart in enumerate(MARTS):
        if i == 1 and pause:
            pause_point("gate_validate")
        if mart in problems:
            results.append(
                ExpectationResult(
                    suite=mart,
                    mart=mart,
                    expectation="mart_is_readable",
                    severity="error",
                    success=False,
                    observed=problems[mart],
                    description=f"{mart} exists in the build file and can be read.",
                    expectation_type="mart_is_readable",
                )
            )
            continue
        try:
            results += validate_mart(mart, frames[mart], ctx[mart], session=session, run_id=run_id)
        except Exception as exc:
            log.exception("validation of %s failed", mart)
            results.append(
                ExpectationResult(
                    suite=mart,
                    mart=mart,
                    expectation="suite_ran",
                    severity="error",
                    success=False,
                    observed=f"{type(exc).__name__}: {exc}",
                    description=f"the {mart} suite ran to completion.",
                    expectation_type="suite_ran",
                    exception=f"{type(exc).__name__}: {exc}",
                )
            )
    return results


def key_columns(mart: str) -> list[str]:
    return list(load_suite_spec(mart).get("meta", {}).get("key_columns", []))


def _is_row_level(r: ExpectationResult, *, named: bool = True) -> bool:
    """A failed error about some rows' values (not the schema, the row count, uniqueness or
    a key: a row with a bad key cannot be named, so it cannot be withheld); with `named`, only
    when the offending rows are listed."""
    if r.exception or r.expectation_type not in ROW_LEVEL_TYPES or (named and not r.offending_rows):
        return False
    return not set(_columns_of(r.kwargs)) & set(key_columns(r.mart))


def _documents_of(r: ExpectationResult, frames: Mapping[str, pd.DataFrame]) -> set[str]:
    """The landed documents of a result's offending rows: their document_id, else found through
    a key of another mart that has document_id (e.g. project_scope_id -> fct_projects).
    Empty when some offending row traces to no document (then it cannot be withheld)."""
    docs: set[str] = set()
    for row in r.offending_rows:
        found: set[str] = set()
        if row.get("document_id"):
            found = {str(row["document_id"])}
        else:  # the row's key (a project: all its documents), else its source file
            for col in [*key_columns(r.mart), "source_file"]:
                val = row.get(col)
                if val is None or val == "":
                    continue
                for df in frames.values():
                    if {"document_id", col} <= set(df.columns):
                        found |= {
                            str(d)
                            for d in df.loc[df[col].astype(str) == str(val), "document_id"].dropna()
                        }
                if found:
                    break
        if not found:
            return set()
        docs |= found
    return docs


def _mart_refs(mart: str) -> set[str]:
    """The models a mart's dbt SQL refers to (`ref('...')`)."""
    from integra.settings import DBT_PROJECT_DIR

    try:
        sql = (DBT_PROJECT_DIR / "models" / "marts" / f"{mart}.sql").read_text(encoding="utf-8")
    except OSError:
        return set()
    return set(re.findall(r"ref\(\s*['\"]([A-Za-z0-9_]+)['\"]\s*\)", sql))


def _key_tuples(df: pd.DataFrame, cols: list[str]) -> set[tuple[str, ...]]:
    sub = df[cols].dropna()
    return {tuple(str(v) for v in row) for row in sub.itertuples(index=False, name=None)}


def _rows_with_keys(df: pd.DataFrame, cols: list[str], keys: set[tuple[str, ...]]) -> pd.Series:
    import pandas as pd

    if not keys or not set(cols) <= set(df.columns):
        return pd.Series(False, index=df.index)
    as_text = df[cols].astype(object).where(df[cols].notna(), None)
    return pd.Series(
        [
            tuple(None if v is None else str(v) for v in row) in keys
            for row in as_text.itertuples(index=False, name=None)
        ],
        index=df.index,
    )


def withhold_documents(
    frames: Mapping[str, pd.DataFrame],
    documents: set[str],
    rows: Mapping[str, set[tuple[str, ...]]] | None = None,
) -> tuple[dict[str, pd.DataFrame], dict[str, dict[str, Any]]]:
    """The marts without the documents' rows, and the withheld rows per mart (its key columns
    and their values). Generic over the marts' key columns (the suites' ``meta.key_columns``):

    1. rows whose ``document_id`` is withheld, and the offending rows themselves (`rows`: key
       tuples per mart);
    2. then, until nothing changes, rows carrying the key of a withheld row of another mart
       (fct_projects' project_scope_id withholds that project's groups, instruments, evidence);
    3. rows of an aggregate mart (no document_id; its dbt SQL refers to a mart with withheld
       rows) whose key appears among those rows (mart_city_comparison's city and period).
    """
    import pandas as pd

    masks = {m: pd.Series(False, index=df.index) for m, df in frames.items()}
    for m, df in frames.items():
        if "document_id" in df.columns:
            masks[m] |= df["document_id"].astype(str).isin(documents)
        if rows and rows.get(m) and key_columns(m):
            masks[m] |= _rows_with_keys(df, key_columns(m), set(rows[m]))
    changed = True
    while changed:
        changed = False
        for a, dfa in frames.items():
            if not masks[a].any():
                continue
            keys_a = key_columns(a)
            if not keys_a:
                continue
            withheld_keys = _key_tuples(dfa[masks[a]], keys_a)
            for b, dfb in frames.items():
                if b == a:
                    continue
                extra = _rows_with_keys(dfb, keys_a, withheld_keys) & ~masks[b]
                if extra.any():
                    masks[b] |= extra
                    changed = True
    traced = {m for m, mask in masks.items() if mask.any()}
    for b, dfb in frames.items():
        keys_b = key_columns(b)
        if "document_id" in dfb.columns or not keys_b:
            continue
        for a in traced & _mart_refs(b):
            if set(keys_b) <= set(frames[a].columns):
                masks[b] |= _rows_with_keys(dfb, keys_b, _key_tuples(frames[a][masks[a]], keys_b))
    out: dict[str, pd.DataFrame] = {}
    withheld: dict[str, dict[str, Any]] = {}
    for m, df in frames.items():
        mask = masks[m]
        out[m] = df[~mask]
        if mask.any():
            cols = key_columns(m)
            withheld[m] = {"columns": cols, "keys": sorted(_key_tuples(df[mask], cols))}
    return out, withheld


def _describe_documents(
    docs: dict[str, dict[str, Any]], frames: Mapping[str, pd.DataFrame]
) -> None:
    """Fill in source_file and city_slug of withheld documents from the marts."""
    for m in ("fct_documents", *frames):
        df = frames.get(m)
        if df is None or not {"document_id", "source_file"} <= set(df.columns):
            continue
        for _, row in df[df["document_id"].astype(str).isin(docs)].iterrows():
            d = docs[str(row["document_id"])]
            d.setdefault("source_file", row["source_file"])
            if "city_slug" in df.columns:
                d.setdefault("city_slug", row["city_slug"])


def _reset_data_docs(docs_dir: Path) -> None:
    """Keep only this run in Data Docs (history lives in reports/gate-*.json)."""
    docs_dir.mkdir(parents=True, exist_ok=True)
    for child in ("validations", "expectations", "index.html"):
        target = docs_dir / child
        if target.is_dir():
            shutil.rmtree(target, ignore_errors=True)
        elif target.exists():
            target.unlink()


# --------------------------------------------------------------------------------------------
# Reports
# --------------------------------------------------------------------------------------------


def _atomic_write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def write_gate_reports(result: GateResult, reports_dir: Path) -> tuple[Path, Path]:
    """reports/gate-<ts>.json, reports/latest.json and reports/gate.html (atomically replaced)."""
    reports_dir.mkdir(parents=True, exist_ok=True)
    stamp = re.sub(r"[^0-9T]", "", result.started_at.split(".")[0].split("+")[0]) + "Z"
    path = reports_dir / f"gate-{stamp}.json"
    n = 1
    while path.exists():
        n += 1
        path = reports_dir / f"gate-{stamp}-{n}.json"
    html_path = reports_dir / "gate.html"
    result.report_path = str(path)
    result.html_path = str(html_path)
    text = json.dumps(result.to_dict(), indent=2, ensure_ascii=False, default=str) + "\n"
    _atomic_write_text(path, text)
    _atomic_write_text(reports_dir / "latest.json", text)
    _atomic_write_text(html_path, render_html(result, reports_dir))
    _prune_reports(reports_dir)
    return path, html_path


def _prune_reports(reports_dir: Path) -> None:
    keep = int(os.environ.get("INTEGRA_KEEP_REPORTS", KEEP_REPORTS_DEFAULT))
    old = sorted(reports_dir.glob("gate-*.json"))
    for f in old[: max(0, len(old) - keep)]:
        with contextlib.suppress(OSError):
            f.unlink()


_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:1.5rem;color:#222;max-width:80rem}
h1{font-size:1.5rem} h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
.badge{display:inline-block;padding:.15rem .55rem;border-radius:.3rem;font-weight:600;font-size:.85rem}
.passed{background:#d7f0dc;color:#14532d}.blocked{background:#fbd5d5;color:#7f1d1d}
.error{background:#fbd5d5;color:#7f1d1d}.warning{background:#fef3c7;color:#78350f}.ok{background:#e5e7eb;color:#374151}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
th,td{border:1px solid #ddd;padding:.3rem .45rem;text-align:left;vertical-align:top;font-size:.85rem}
th{background:#f3f4f6} pre{white-space:pre-wrap;background:#f9fafb;padding:.6rem;border:1px solid #eee}
code{font-size:.8rem} details{margin:.2rem 0} .muted{color:#6b7280}
"""


def _esc(v: Any) -> str:
    return html.escape("" if v is None else str(v), quote=True)


def _rows_table(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return ""
    cols: list[str] = []
    for r in rows:
        for c in r:
            if c not in cols:
                cols.append(c)
    head = "".join(f"<th>{_esc(c)}</th>" for c in cols)
    body = "".join(
        "<tr>" + "".join(f"<td>{_esc(r.get(c))}</td>" for c in cols) + "</tr>" for r in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render_html(result: GateResult, reports_dir: Path | None = None) -> str:
    """The offline results page: no scripts, no external resources, every text escaped."""
    status = "passed" if result.passed else "blocked"
    docs_link = ""
    if result.data_docs_index:
        docs_path = result.data_docs_index.removeprefix("file://")
        href = docs_path
        if reports_dir is not None:
            with contextlib.suppress(ValueError):
                href = os.path.relpath(docs_path, reports_dir)
        docs_link = (
            f'<a href="{_esc(href)}">GX Data Docs</a> '
            '<span class="muted">(styled from a CDN; plain when offline)</span>'
        )
    parts = [
        '<!doctype html><html lang="en"><head><meta charset="utf-8">',
        f"<title>Integra data-quality gate: {_esc(status)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f'<h1>Data-quality gate <span class="badge {status}">{_esc(status.upper())}</span></h1>',
        "<p>",
        (
            f"run <code>{_esc(result.run_id)}</code>, {_esc(result.started_at)} "
            f"({_esc(result.duration_s)} s) &middot; build <code>{_esc(result.build_db)}</code>"
            ' &middot; <a href="latest.json">JSON report</a>'
        ),
        f" &middot; {docs_link}" if docs_link else "",
        "</p>",
        f"<pre>{_esc(result.summary)}</pre>",
    ]
    errors, warns = result.failed_errors, result.warnings
    for title, group, cls in (
        ("Failed error expectations (block publication)", errors, "error"),
        ("Warnings (published, shown to people)", warns, "warning"),
    ):
        if not group:
            continue
        parts.append(f"<h2>{_esc(title)}</h2>")
        for r in group:
            parts.append(
                f'<h3><span class="badge {cls}">{_esc(r.severity)}</span> '
                f"{_esc(r.mart)}: <code>{_esc(r.expectation)}</code></h3>"
                f'<p>{_esc(r.description)}<br><span class="muted">{_esc(r.observed)}</span></p>'
                + _rows_table(r.offending_rows)
            )
    parts.append("<h2>All expectations by mart</h2>")
    for mart in dict.fromkeys(r.mart for r in result.results):
        rs = result.for_mart(mart)
        failed = sum(1 for r in rs if not r.success)
        rows_n = result.row_counts.get(mart)
        parts.append(
            f"<details><summary><strong>{_esc(mart)}</strong>: {len(rs)} expectations, "
            f"{failed} failed, {_esc(rows_n)} rows "
            f"(published: {_esc(result.published_row_counts.get(mart))})</summary><table>"
            "<thead><tr><th>severity</th><th>result</th><th>expectation</th><th>why</th>"
            "<th>observed</th></tr></thead><tbody>"
        )
        for r in rs:
            res_cls = "ok" if r.success else r.severity
            parts.append(
                f"<tr><td>{_esc(r.severity)}</td>"
                f'<td><span class="badge {res_cls}">{"pass" if r.success else "FAIL"}</span></td>'
                f"<td><code>{_esc(r.expectation)}</code></td><td>{_esc(r.description)}</td>"
                f"<td>{_esc(r.observed)}</td></tr>"
            )
        parts.append("</tbody></table></details>")
    parts.append("</body></html>\n")
    return "".join(parts)
