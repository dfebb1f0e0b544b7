"""Context values (read from the frames at run time) and the gate's helper columns."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from integra.warehousing.gate.frames import MARTS_WITH_PYTHON_HELPERS, max_shrink_from_env
from integra.warehousing.gate.results import DEFAULT_MAX_SHRINK
from integra.warehousing.gate.suites import MARTS

if TYPE_CHECKING:
    import pandas as pd


#: The programme_period key mart_city_comparison uses for scopes without a period.
UNKNOWN_PERIOD = "unknown"
# Fallback eligibility ends when a programme_code is missing from dim_programme (n+2 / n+3 rule).
ELIGIBILITY_END_BY_PERIOD = {
    "2007-2013": "2015-12-31",
    "2014-2020": "2023-12-31",
    "2021-2027": "2029-12-31",
}


#: The run-time values (context_values) the Python helper columns of a mart read besides the
#: row itself: the sliced gate re-validates the rows whose value changed (gate/slice.py).
CONTEXT_READ_BY_HELPERS = {
    "fct_projects": "programmes",  # dim_programme's row of the project's programme_code
    "mart_city_comparison": "project_counts",  # fct_projects' count per city and period
}


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
