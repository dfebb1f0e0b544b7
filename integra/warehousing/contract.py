"""The marts' contract, read from dbt_project/models/marts/_marts__models.yml: one owner of the
published columns, their data types, the marts' grain and the columns' labels.

The gate's structural expectations and key columns, the publication's column labels
(``meta_columns``) and the exports' column notes are all derived from it when they run, so a
column added to a mart's SQL and YAML reaches them without further edits.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from integra.settings import DBT_PROJECT_DIR

MARTS_YAML = DBT_PROJECT_DIR / "models" / "marts" / "_marts__models.yml"

#: dbt data_type (DuckDB) -> the gate's logical type (gate.gx.LOGICAL_TYPES). Integers are
#: "number": a nullable integer column may be read as float.
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


@dataclass(frozen=True)
class Column:
    name: str
    data_type: str
    description: str = ""
    label_pl: str = ""
    label_en: str = ""

    @property
    def logical_type(self) -> str:
        return LOGICAL.get(self.data_type.lower(), "text")


@dataclass(frozen=True)
class MartContract:
    name: str
    columns: tuple[Column, ...]
    grain: tuple[str, ...]
    description: str

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


def _text(v: object) -> str:
    return " ".join(str(v or "").split())


def _mart(m: dict) -> MartContract:
    grain = str(m.get("config", {}).get("meta", {}).get("grain", ""))
    cols = []
    for c in m["columns"]:
        meta = c.get("meta") or {}
        cols.append(
            Column(
                name=c["name"],
                data_type=str(c["data_type"]),
                description=_text(c.get("description")),
                label_pl=_text(meta.get("label_pl")),
                label_en=_text(meta.get("label_en")),
            )
        )
    return MartContract(
        name=m["name"],
        columns=tuple(cols),
        grain=tuple(g.strip() for g in grain.split(",") if g.strip()),
        description=_text(m.get("description")),
    )


@lru_cache(maxsize=4)
def _load(path: str, mtime_ns: int) -> dict[str, MartContract]:
    import yaml  # PyYAML comes with dbt-core

    # libyaml's parser when PyYAML has it (the same document, ~0.4 -> ~0.05 s: read once per
    # refresh by the gate, publication and the site)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    doc = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=loader)
    return {m["name"]: _mart(m) for m in doc["models"]}


def contract(path: Path | None = None) -> dict[str, MartContract]:
    """mart -> its contract, as the YAML says now (re-read when the file changes)."""
    path = Path(path or MARTS_YAML)
    return _load(str(path), path.stat().st_mtime_ns)
