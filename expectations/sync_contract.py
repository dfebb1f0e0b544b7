"""Keep the suites' structural expectations equal to the marts' contract.

The dbt YAML of the marts (dbt_project/models/marts/_marts__models.yml) is the only list of
published columns and their data types. This script rewrites, in each ``<mart>.json``, the two
structural expectations (``expect_table_columns_to_match_set`` and
``expect_table_column_types_to_match``) and ``meta.key_columns`` from it; every other expectation
is left as written. ``tests/test_dbt_models.py`` checks that the suites and the YAML agree, so a
column added to a model without running this fails the tests::

    .venv/bin/python expectations/sync_contract.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
MARTS_YAML = HERE.parent / "dbt_project" / "models" / "marts" / "_marts__models.yml"

#: dbt data_type (DuckDB) -> the gate's logical type (integra.warehouse.gate.LOGICAL_TYPES). Integers
#: are "number": a nullable integer column may be read as float.
LOGICAL = {
    "varchar": "text",
    "double": "float",
    "integer": "number",
    "bigint": "number",
    "boolean": "boolean",
    "date": "date",
    "timestamp": "timestamp",
    "timestamp with time zone": "timestamp",
}


def contract() -> dict[str, dict]:
    """mart -> {"columns": [(name, data_type)], "grain": [key columns], "description": str}."""
    doc = yaml.safe_load(MARTS_YAML.read_text(encoding="utf-8"))
    out = {}
    for m in doc["models"]:
        grain = str(m.get("config", {}).get("meta", {}).get("grain", ""))
        out[m["name"]] = {
            "columns": [(c["name"], c["data_type"]) for c in m["columns"]],
            "grain": [g.strip() for g in grain.split(",") if g.strip()],
            "description": " ".join(str(m.get("description", "")).split()),
        }
    return out


def structural(mart: str, spec: dict, existing: dict | None = None) -> tuple[dict, dict]:
    """The two structural expectations of `mart` as the contract says."""
    old_types = (existing or {}).get("kwargs", {}).get("column_types", {})
    names = [n for n, _ in spec["columns"]]
    types = {}
    for n, t in spec["columns"]:
        logical = LOGICAL.get(t.lower(), "text")
        # keep a looser type written by hand for the same column (e.g. date_or_text)
        types[n] = old_types.get(n) if old_types.get(n) in ("date_or_text",) else logical
    cols = {
        "type": "expect_table_columns_to_match_set",
        "kwargs": {"column_set": names, "exact_match": True},
        "meta": {
            "severity": "error",
            "description": f"{mart} has exactly the contract's columns (dbt YAML).",
        },
    }
    typ = {
        "type": "expect_table_column_types_to_match",
        "kwargs": {"column_types": types},
        "meta": {
            "severity": "error",
            "description": f"{mart}'s columns have the contract's types (dbt YAML data_type).",
        },
    }
    return cols, typ


def sync(write: bool = True) -> list[str]:
    """Rewrite the suites; return the marts whose suites changed."""
    changed = []
    for mart, spec in contract().items():
        path = HERE / f"{mart}.json"
        suite = (
            json.loads(path.read_text(encoding="utf-8"))
            if path.exists()
            else {
                "name": mart,
                "meta": {"mart": mart, "label_columns": [], "description": ""},
                "expectations": [],
            }
        )
        before = json.dumps(suite, sort_keys=True)
        exps = suite["expectations"]
        idx = {
            e["type"]: i
            for i, e in enumerate(exps)
            if e["type"]
            in ("expect_table_columns_to_match_set", "expect_table_column_types_to_match")
        }
        cols, typ = structural(
            mart,
            spec,
            exps[idx["expect_table_column_types_to_match"]]
            if "expect_table_column_types_to_match" in idx
            else None,
        )
        for e in (cols, typ):
            if e["type"] in idx:
                exps[idx[e["type"]]]["kwargs"] = e["kwargs"]
            else:
                exps.insert(0 if e is cols else 1, e)
        suite["meta"]["key_columns"] = spec["grain"]
        suite["meta"]["description"] = spec["description"]
        if json.dumps(suite, sort_keys=True) != before:
            changed.append(mart)
            if write:
                path.write_text(
                    json.dumps(suite, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
                )
    return changed


if __name__ == "__main__":
    print("changed:", ", ".join(sync(write="--check" not in sys.argv)) or "nothing")
