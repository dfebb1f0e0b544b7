"""The suites: `expectations/<mart>.json` as written, plus the structural expectations (column
set, column types) and key columns taken from the marts' contract when the gate runs."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from integra.settings import EXPECTATIONS_DIR
from integra.warehousing.contract import MartContract, contract

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


STRUCTURAL = ("expect_table_columns_to_match_set", "expect_table_column_types_to_match")

#: Expectations about the values of single rows: a failure names rows, not the whole set. A
#: row's result depends on that row alone (and the run-time values the suite reads), so the
#: sliced gate runs them on the changed rows only (gate/slice.py).
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

#: The arguments gate/sql.py translates, per SQL type; any other argument (e.g. `mostly`,
#: `strict_min`) makes the expectation run through GX on the whole mart.
SQL_KWARGS: dict[str, frozenset[str]] = {
    "expect_table_row_count_to_be_between": frozenset({"min_value", "max_value"}),
    "expect_column_values_to_be_unique": frozenset({"column"}),
    "expect_compound_columns_to_be_unique": frozenset({"column_list", "ignore_row_if"}),
    "expect_table_columns_to_match_set": frozenset({"column_set", "exact_match"}),
    "expect_table_column_types_to_match": frozenset({"column_types"}),
}
SQL_TYPES = frozenset(SQL_KWARGS)


def expectation_kind(exp: Mapping[str, Any]) -> str:
    """How a sliced gate evaluates an expectation: "row" (GX on the changed rows, the failures
    of unchanged rows carried from the published version), "sql" (DuckDB over the whole mart,
    gate/sql.py) or "full" (GX on the whole mart's frame: a type or argument with no
    translation, e.g. `mostly`, whose verdict depends on the fraction over the whole set)."""
    kind, kwargs = exp.get("type"), exp.get("kwargs", {})
    if kind in ROW_LEVEL_TYPES:
        return "full" if "mostly" in kwargs else "row"
    if kind in SQL_KWARGS:
        if set(kwargs) - SQL_KWARGS[kind]:
            return "full"
        if kwargs.get("ignore_row_if", "all_values_are_missing") != "all_values_are_missing":
            return "full"
        return "sql"
    return "full"


def load_suite_spec(mart: str, expectations_dir: Path | None = None) -> dict[str, Any]:
    """A mart's suite as the gate runs it: ``expectations/<mart>.json`` as written, with the
    contract's key columns and description in ``meta`` and its two structural expectations
    (column set, column types) first, both derived from the marts' YAML now."""
    path = (expectations_dir or EXPECTATIONS_DIR) / f"{mart}.json"
    spec = json.loads(path.read_text(encoding="utf-8"))
    for i, exp in enumerate(spec.get("expectations", [])):
        sev = exp.get("meta", {}).get("severity")
        if sev not in SEVERITIES:
            raise ValueError(f"{path}: expectation #{i} ({exp.get('type')}) has severity {sev!r}")
        if exp.get("type") in STRUCTURAL:
            raise ValueError(f"{path}: {exp['type']} comes from the contract, not the suite")
    mart_contract = contract().get(mart)
    if mart_contract is None:
        return spec
    meta = spec.setdefault("meta", {})
    meta["key_columns"] = list(mart_contract.grain)
    meta["description"] = mart_contract.description
    spec["expectations"] = [
        *structural_expectations(mart_contract, meta.get("looser_types", {})),
        *spec.get("expectations", []),
    ]
    return spec


def structural_expectations(
    mart: MartContract, looser_types: Mapping[str, str]
) -> list[dict[str, Any]]:
    """The column set and the column types the contract states (a looser type the suite names
    in ``meta.looser_types``, e.g. date_or_text, replaces the contract's for that column)."""
    types = {c.name: looser_types.get(c.name, c.logical_type) for c in mart.columns}
    return [
        {
            "type": "expect_table_columns_to_match_set",
            "kwargs": {"column_set": mart.column_names, "exact_match": True},
            "meta": {
                "severity": "error",
                "description": f"{mart.name} has exactly the contract's columns (the "
                "published-mart contract); the gate's own helper columns (names starting with "
                "'_') are added to the set at run time.",
            },
        },
        {
            "type": "expect_table_column_types_to_match",
            "kwargs": {"column_types": types},
            "meta": {
                "severity": "error",
                "description": f"every column of {mart.name} has the contract's logical type "
                "(integer, float, number = integer or float, text, boolean, date, timestamp, "
                "date_or_text) as read from DuckDB by the gate.",
            },
        },
    ]


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


def columns_of(kwargs: Mapping[str, Any]) -> list[str]:
    cols = []
    for k in ("column", "column_A", "column_B"):
        if k in kwargs:
            cols.append(str(kwargs[k]))
    cols += [str(c) for c in kwargs.get("column_list", [])]
    return cols


def key_columns(mart: str) -> list[str]:
    """The mart's grain, as the contract states it."""
    mart_contract = contract().get(mart)
    return list(mart_contract.grain) if mart_contract else []
