"""Rows withheld at the last publication: their decision carried by the sliced gate.

Withheld rows are not in the published version, so the slice (candidate rows `EXCEPT` published
rows) would take them in as new rows at every later gate, find their errors again and hand the
whole decision to the whole gate. Instead the basis recorded with the publication
(`slice.write_basis`) keeps, under ``withheld``: per mart the withheld rows' keys and a content
digest of each (`row_digests`: md5 of the row as DuckDB writes it as text), the withheld
documents, the withheld results and the row counts they were reported with.

The next sliced gate carries that decision when it is the one the whole gate would make again
(expectations/README.md, "Rows withheld at the last publication"):

1. every recorded row is in the build with its recorded digest; a changed row that was not an
   offending row itself (e.g. mart_city_comparison's row of a city and period, withheld as an
   aggregate of withheld rows) is validated again on its own, with the run-time values of the
   whole build as the whole gate's first round has them, and stays withheld when it has no
   row-level error (`recheck`);
2. no withheld row reads a run-time value that changed since the publication (a value set, a
   programme, a count: the same conditions that put unchanged rows in the slice);
3. withholding (`withhold.withhold_documents`, the whole gate's function) applied to the
   withheld rows plus the slice reaches exactly the withheld rows: no changed row has a
   withheld document or carries a withheld key.

Then the gate judges the build without those rows (views of an in-memory schema ``judged``),
as the whole gate's last round does, and reports the recorded withheld results and documents
again. Otherwise nothing is carried: the withheld rows are new rows of the slice, and a
row-level error among them hands the decision to the whole gate (a fixed document is published
by the slice when nothing else is withheld).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from integra.warehousing.gate.frames import read_query
from integra.warehousing.gate.results import ExpectationResult, GateResult
from integra.warehousing.gate.sql import lit, q, table_columns, temp_values
from integra.warehousing.gate.suites import MARTS
from integra.warehousing.gate.withhold import seed_keys, withhold_documents

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

JUDGED = "judged"  # the in-memory schema of views: the build without the carried rows


# ------------------------------------------------------------------------------ digests


def _key_match(cols: list[str], keys_alias: str = "k", row_alias: str = "m") -> str:
    """Key tuples compared as text, as publication leaves withheld rows out."""
    return " AND ".join(
        f"{keys_alias}.v{i} = CAST({row_alias}.{q(c)} AS VARCHAR)" for i, c in enumerate(cols)
    )


def row_digests(
    con: duckdb.DuckDBPyConnection, table: str, columns: list[str], keys: list[list[Any]]
) -> list[str]:
    """Per key (in order), the content digest of the table's rows with that key: md5 of each
    row as text, sorted and joined; '' when no row has it."""
    if not keys:
        return []
    temp_values(con, "digest_keys", [tuple(k) for k in keys])
    ks = ", ".join(f"k.v{i}" for i in range(len(columns)))
    found = {
        tuple(r[:-1]): r[-1]
        for r in con.execute(
            f"SELECT {ks}, string_agg(md5(CAST(m AS VARCHAR)), ',' ORDER BY md5(CAST(m AS VARCHAR))) "
            f"FROM digest_keys k JOIN {table} AS m ON {_key_match(columns)} GROUP BY ALL"
        ).fetchall()
    }
    return [found.get(tuple(None if v is None else str(v) for v in k), "") for k in keys]


def with_digests(
    build_db: Path | str, schema: str | None, withheld_rows: Mapping[str, Mapping[str, Any]]
) -> dict[str, dict[str, Any]]:
    """The whole gate's withheld rows with the digest of each (``digests``, beside ``keys``)."""
    import duckdb

    out = {m: dict(w, keys=[list(k) for k in w["keys"]]) for m, w in withheld_rows.items()}
    if not out or schema is None:
        return out
    con = duckdb.connect(
        ":memory:",
        config={"autoinstall_known_extensions": False, "autoload_known_extensions": False},
    )
    try:
        con.execute(f"ATTACH {lit(str(build_db))} AS build (READ_ONLY)")
        for m, w in out.items():
            w["digests"] = row_digests(
                con, f"build.{q(schema)}.{q(m)}", list(w["columns"]), list(w["keys"])
            )
    finally:
        con.close()
    return out


# ------------------------------------------------------------------------------ the basis


def basis_entry(result: GateResult) -> dict[str, Any]:
    """What the basis records about the rows a publication left out (empty: none)."""
    if not result.withheld_rows:
        return {}
    return {
        "rows": result.withheld_rows,
        "documents": result.withheld_documents,
        "results": [asdict(r) for r in result.results if r.withheld],
        "row_counts": result.row_counts,
    }


def _result(d: Mapping[str, Any]) -> ExpectationResult:
    names = ExpectationResult.__dataclass_fields__  # type: ignore[attr-defined]
    return ExpectationResult(**{k: v for k, v in d.items() if k in names})


# ------------------------------------------------------------------------------ the check


@dataclass
class Carried:
    """The decision carried from the basis: rows (per mart: columns, keys, digests as they
    are now), documents and results (as recorded) and the rows to validate again."""

    version: Any
    rows: dict[str, dict[str, Any]]
    documents: list[dict[str, Any]]
    results: list[ExpectationResult]
    row_counts: dict[str, int]
    #: per mart, keys of changed rows that were not offending rows themselves
    recheck: dict[str, list[list[str]]] = field(default_factory=dict)

    def count(self) -> int:
        return sum(len(w["keys"]) for w in self.rows.values())

    def seeds(self) -> dict[str, set[tuple[str, ...]]]:
        out: dict[str, set[tuple[str, ...]]] = {}
        for r in self.results:
            out.setdefault(r.mart, set()).update(seed_keys(r))
        return out


def recorded(
    con: duckdb.DuckDBPyConnection,
    catalog: str,
    schema: str,
    entry: Mapping[str, Any] | None,
    version: Any,
) -> tuple[Carried | None, str]:
    """The recorded withheld rows checked against the build (condition 1 of the module's
    docstring, before the re-validation): (Carried, "") or (None, why not carried); (None, "")
    when nothing was withheld."""
    if not entry or not entry.get("rows"):
        return None, ""
    try:
        rows = {
            str(m): {
                "columns": [str(c) for c in w["columns"]],
                "keys": [[str(v) for v in k] for k in w["keys"]],
                "digests": [str(d) for d in w["digests"]],
            }
            for m, w in entry["rows"].items()
        }
        carried = Carried(
            version=version,
            rows=rows,
            documents=[dict(d) for d in entry.get("documents") or []],
            results=[_result(r) for r in entry.get("results") or []],
            row_counts={str(k): int(v) for k, v in (entry.get("row_counts") or {}).items()},
        )
    except (KeyError, TypeError, ValueError):
        return None, "the recorded withheld rows are not readable"
    if any(m not in MARTS or len(w["keys"]) != len(w["digests"]) for m, w in rows.items()):
        return None, "the recorded withheld rows are not readable"
    seeds = carried.seeds()
    for m, w in rows.items():
        now = row_digests(con, f"{catalog}.{q(schema)}.{q(m)}", w["columns"], w["keys"])
        for key, then, digest in zip(w["keys"], w["digests"], now, strict=True):
            if digest == then:
                continue
            if not digest:
                return None, f"a row withheld at v{version} is gone ({m} {'/'.join(key)})"
            if tuple(key) in seeds.get(m, set()):
                return None, f"a row withheld at v{version} changed ({m} {'/'.join(key)})"
            carried.recheck.setdefault(m, []).append(key)
        w["digests"] = now
    return carried, ""


def create_judged(
    con: duckdb.DuckDBPyConnection, catalog: str, schema: str, carried: Carried
) -> None:
    """Views ``judged.<mart>``: the build's marts without the carried rows."""
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {JUDGED}")
    for i, mart in enumerate(MARTS):
        w = carried.rows.get(mart)
        source = f"{catalog}.{q(schema)}.{q(mart)}"
        where = ""
        if w and w["keys"]:
            t = f"carried_keys_{i}"
            temp_values(con, t, [tuple(k) for k in w["keys"]])
            where = f" WHERE NOT EXISTS (SELECT 1 FROM {t} k WHERE {_key_match(w['columns'])})"
        con.execute(
            f"CREATE OR REPLACE VIEW {JUDGED}.{q(mart)} AS SELECT * FROM {source} AS m{where}"
        )


def drop_judged(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(f"DROP SCHEMA IF EXISTS {JUDGED} CASCADE")


def carried_rows_sql(
    carried: Carried,
    mart: str,
    catalog: str,
    schema: str,
    con: duckdb.DuckDBPyConnection | None = None,
    keys: list[list[str]] | None = None,
) -> str | None:
    """SELECT of the carried rows of a mart from the build, or of those with `keys` (then
    `con` holds their temp table); None when there are none."""
    w = carried.rows.get(mart)
    if not w or not w["keys"]:
        return None
    t = f"carried_keys_{MARTS.index(mart)}"
    if keys is not None and con is not None:
        t = f"recheck_keys_{MARTS.index(mart)}"
        temp_values(con, t, [tuple(k) for k in keys])
    return (
        f"SELECT m.* FROM {catalog}.{q(schema)}.{q(mart)} AS m "
        f"WHERE EXISTS (SELECT 1 FROM {t} k WHERE {_key_match(w['columns'])})"
    )


def reaches_only_the_carried(
    con: duckdb.DuckDBPyConnection,
    catalog: str,
    schema: str,
    carried: Carried,
    slice_tables: Mapping[str, str],
) -> str:
    """Condition 3: withholding the recorded documents and offending rows, over the carried
    rows plus the slice, reaches exactly the carried rows. '' when so, else why not."""
    frames: dict[str, pd.DataFrame] = {}
    for mart in MARTS:
        cols = ", ".join(q(c) for c, _ in table_columns(con, catalog, schema, mart))
        parts = [f"SELECT {cols} FROM {slice_tables[mart]}"]
        mine = carried_rows_sql(carried, mart, catalog, schema)
        if mine:
            parts.append(f"SELECT {cols} FROM ({mine})")
        frames[mart] = read_query(con, " UNION ALL ".join(parts)).reset_index(drop=True)
    docs = {str(d["document_id"]) for d in carried.documents if d.get("document_id")}
    _, reached = withhold_documents(frames, docs, carried.seeds())
    want = {m: {tuple(k) for k in w["keys"]} for m, w in carried.rows.items() if w["keys"]}
    got = {m: {tuple(k) for k in w["keys"]} for m, w in reached.items() if w["keys"]}
    if got == want:
        return ""
    extra = sorted(m for m in got if got[m] - want.get(m, set()))
    if extra:
        return (
            f"changed rows share a document or a key with rows withheld at v{carried.version} "
            f"({', '.join(extra)})"
        )
    return f"the rows withheld at v{carried.version} are no longer all reached by withholding"


def results_again(carried: Carried, row_counts: Mapping[str, int]) -> list[ExpectationResult]:
    """The recorded withheld results, counted against this build as the whole gate counts them
    (its first round reads the whole build: the rows counted then, plus what changed since)."""
    out = []
    for r in carried.results:
        r = _result(asdict(r))
        then, now = carried.row_counts.get(r.mart), row_counts.get(r.mart)
        if r.element_count is not None and then is not None and now is not None:
            total = int(r.element_count) + now - then
            head = f"{r.unexpected_count} of {r.element_count} rows unexpected"
            if r.observed.startswith(head):
                r.observed = (
                    f"{r.unexpected_count} of {total} rows unexpected" + r.observed[len(head) :]
                )
            r.element_count = total
        r.evaluated_by = "carried"  # decided by the whole gate at carried.version
        out.append(r)
    return out
