"""Withholding documents: a row-level error whose rows trace back to landed documents leaves
those documents out instead of blocking every city."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from integra.warehousing.gate.results import ExpectationResult
from integra.warehousing.gate.suites import ROW_LEVEL_TYPES, columns_of, key_columns

if TYPE_CHECKING:
    import pandas as pd


def is_row_level(r: ExpectationResult, *, named: bool = True) -> bool:
    """A failed error about some rows' values (not the schema, the row count, uniqueness or
    a key: a row with a bad key cannot be named, so it cannot be withheld); with `named`, only
    when the offending rows are listed."""
    if r.exception or r.expectation_type not in ROW_LEVEL_TYPES or (named and not r.offending_rows):
        return False
    return not set(columns_of(r.kwargs)) & set(key_columns(r.mart))


def documents_of(r: ExpectationResult, frames: Mapping[str, pd.DataFrame]) -> set[str]:
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


def seed_keys(r: ExpectationResult) -> set[tuple[str, ...]]:
    """The keys of a withheld result's offending rows (its mart's key columns as text): the
    rows withheld for themselves, besides their documents' rows."""
    keys = key_columns(r.mart)
    if not keys:
        return set()
    return {
        tuple(str(row[k]) for k in keys)
        for row in r.offending_rows
        if all(row.get(k) not in (None, "") for k in keys)
    }


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


def describe_documents(docs: dict[str, dict[str, Any]], frames: Mapping[str, pd.DataFrame]) -> None:
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
