"""The gate on the slice: row-level expectations on the rows that differ from the published
version, table-level ones as SQL over the whole mart (issue 15, item 3).

Why it gives the whole gate's verdict (expectations/README.md, "The gate on the slice"):

- A row-level expectation's result on a row depends on that row (plus its helper columns, which
  depend on the row and on run-time values read from other marts). Every row of the published
  version passed every row-level *error* of the suites when it was published (a row that failed
  was withheld or blocked the publication), and its *warning* failures were recorded with it
  (`failing_keys`, in INTEGRA_HOME/build/gate_basis.json). So a candidate row identical to a
  published row (same key, same values in every column) has the same results again, as long as
  the suites, the contract and the gate's code are the same (`gate_digest`) and the run-time
  values it reads are the same. The slice is therefore: candidate rows not among the published
  rows (`EXCEPT`: new keys, changed rows, rows withheld earlier), plus the rows whose run-time
  values changed: a value of a `$PARAMETER` set that is gone (a city leaving the registry, a
  document leaving `fct_documents`), a programme whose `dim_programme` row changed
  (fct_projects' helper columns), a city and period whose project count changed
  (mart_city_comparison's helper column).
- Table-level expectations (row counts and the shrink guard, uniqueness, the column set and
  types) are evaluated as SQL over the whole candidate mart (gate/sql.py).
- Withholding needs the whole picture (documents traced across marts, a second round): when
  the slice has a row-level error the whole gate would try to withhold, the gate runs whole.
  Rows withheld at the last publication keep that decision while they are unchanged
  (gate/carry.py): the plan then judges the build without them.

The whole gate runs (every row) when nothing is published in INTEGRA_HOME, when no basis was
recorded with the published version (an older publication, a rollback), when the digest
differs, when a mart's columns differ from the published version's, or on `--force`.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from integra.settings import EXPECTATIONS_DIR, REPO_ROOT, Paths, paths
from integra.warehousing.gate import carry
from integra.warehousing.gate.frames import MARTS_SCHEMA_CANDIDATES, read_query
from integra.warehousing.gate.gx import OFFENDING_ROWS_LIMIT, _jsonable
from integra.warehousing.gate.helpers import CONTEXT_READ_BY_HELPERS, UNKNOWN_PERIOD
from integra.warehousing.gate.results import ExpectationResult, GateResult
from integra.warehousing.gate.sql import lit, q, table_columns, temp_values
from integra.warehousing.gate.suites import MARTS, ROW_LEVEL_TYPES, expectation_kind

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

log = logging.getLogger(__name__)

BASIS_FILE = "gate_basis.json"
BUILD, PUB = "cand", "pub"  # catalog names of the attached build and published files


def gate_digest() -> str:
    """The suites, the marts' contract (their dbt YAML) and the gate's own code: what decides
    a row's results besides the row itself."""
    from integra.warehousing.contract import MARTS_YAML

    h = hashlib.sha256()
    files = sorted(EXPECTATIONS_DIR.glob("*.json"))
    files.append(MARTS_YAML)
    files += sorted((REPO_ROOT / "integra" / "warehousing" / "gate").glob("*.py"))
    files.append(REPO_ROOT / "integra" / "warehousing" / "contract.py")
    for f in files:
        h.update(f.name.encode() + b"\0")
        try:
            h.update(f.read_bytes())
        except OSError as exc:
            h.update(f"unreadable {exc.errno}".encode())
        h.update(b"\0")
    return h.hexdigest()


# ----------------------------------------------------------------------------------- the basis


def basis_path(p: Paths | None = None) -> Path:
    return (p or paths()).build_dir / BASIS_FILE


def row_failures(result: GateResult) -> dict[str, dict[str, list[list[str | None]]]]:
    """Per mart and expectation, the keys of the rows that failed a row-level expectation
    and were published (withheld rows are not)."""
    out: dict[str, dict[str, list[list[str | None]]]] = {}
    for r in result.results:
        if r.withheld or r.success or r.expectation_type not in ROW_LEVEL_TYPES:
            continue
        if r.failing_keys:
            out.setdefault(r.mart, {})[r.expectation] = [list(k) for k in r.failing_keys]
    return out


def write_basis(p: Paths, version: int, result: GateResult) -> None:
    """Record what the gate found on the version being published (publish, under its lock,
    before the state names the version; a kill in between leaves a basis whose version is not
    the state's: the next gate runs whole)."""
    from integra.warehousing.state import write_json_atomic

    body = {
        "version": version,
        "digest": result.gate_digest,
        "mode": result.mode,
        "run_id": result.run_id,
        "row_failures": row_failures(result),
    }
    withheld = carry.basis_entry(result)
    if withheld:
        body["withheld"] = withheld
    write_json_atomic(basis_path(p), body)


def load_basis(published_db: Path | str | None, digest: str) -> tuple[dict[str, Any] | None, str]:
    """(basis, "") when the published version's gate basis can stand in for its rows' results,
    else (None, why the whole gate runs)."""
    from integra.warehousing.publication import read_publication
    from integra.warehousing.state import load_state

    p = paths()
    if published_db is None or not Path(published_db).exists():
        return None, "nothing is published yet"
    if Path(published_db).resolve() != p.published_db.resolve():
        return None, "the published file is not INTEGRA_HOME's"
    try:
        basis = json.loads(basis_path(p).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None, "no gate basis was recorded with the published version"
    if not isinstance(basis, dict) or not isinstance(basis.get("row_failures"), dict):
        return None, "the recorded gate basis is not readable"
    state_version = load_state(p).published_version
    info = read_publication(published_db)
    current = info.version if info else None
    if basis.get("version") != state_version or current != state_version:
        return None, (
            f"the published version (v{current}) was not published with the recorded gate "
            f"basis (v{basis.get('version')})"
        )
    if basis.get("digest") != digest:
        return None, "the suites, the marts' contract or the gate's code changed since then"
    return basis, ""


# ----------------------------------------------------------------------------------- the slice


@dataclass
class MartSlice:
    mart: str
    table: str  # the temp table holding the slice's rows
    rows: int
    deleted: int
    key_cols: list[str]
    whole_because: str = ""  # set when every row is in the slice, and why


@dataclass
class SlicePlan:
    """The slice of every mart. ``catalog``.``schema`` is what the gate judges: the build's
    marts, or views of them without the rows whose withholding is carried (gate/carry.py)."""

    con: duckdb.DuckDBPyConnection
    catalog: str
    schema: str
    build_schema: str  # the marts' schema in the build file (catalog BUILD)
    marts: dict[str, MartSlice] = field(default_factory=dict)
    context_new: dict[str, dict[str, Any]] = field(default_factory=dict)
    runtime_changes: dict[str, RuntimeChanges] = field(default_factory=dict)
    carried: carry.Carried | None = None
    not_carried: str = ""  # why the withheld rows' decision was not carried (when recorded)
    context_full: dict[str, dict[str, Any]] = field(default_factory=dict)

    def table(self, mart: str) -> str:
        """The judged mart, as SQL."""
        return f"{self.catalog}.{q(self.schema)}.{q(mart)}"

    def close(self) -> None:
        self.con.close()


def open_pair(build_db: Path | str, published_db: Path | str) -> duckdb.DuckDBPyConnection:
    """An in-memory connection with the build file and the published file attached read-only
    (the published file is opened as any reader opens it)."""
    import duckdb

    con = duckdb.connect(
        ":memory:",
        config={"autoinstall_known_extensions": False, "autoload_known_extensions": False},
    )
    con.execute(f"ATTACH {lit(str(build_db))} AS {BUILD} (READ_ONLY)")
    con.execute(f"ATTACH {lit(str(published_db))} AS {PUB} (READ_ONLY)")
    return con


def _schema(con: duckdb.DuckDBPyConnection) -> str | None:
    from integra.settings import settings

    wanted = settings().marts_schema
    found = dict(
        con.execute(
            "SELECT table_schema, count(*) FROM information_schema.tables "
            "WHERE table_catalog = ? GROUP BY table_schema",
            [BUILD],
        ).fetchall()
    )
    for schema in (wanted,) if wanted else MARTS_SCHEMA_CANDIDATES:
        if found.get(schema):
            return schema
    return None


def context_frames(
    con: duckdb.DuckDBPyConnection, catalog: str, schema: str
) -> dict[str, pd.DataFrame]:
    """The columns `helpers.context_values_from_frames` reads, from one attached file: the two
    small dimensions whole, fct_documents' ids and fct_projects' city and period."""
    frames = {}
    wanted = {
        "dim_city": None,
        "dim_programme": None,
        "fct_documents": ["document_id"],
        "fct_projects": ["city_slug", "programme_period", "project_scope_id"],
    }
    for mart, cols in wanted.items():
        have = [c for c, _ in table_columns(con, catalog, schema, mart)]
        pick = have if cols is None else [c for c in cols if c in have]
        if pick:
            frames[mart] = read_query(
                con,
                f"SELECT {', '.join(q(c) for c in pick)} FROM {q(catalog)}.{q(schema)}.{q(mart)}",
            )
    return frames


def _programme_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> set[str]:
    def by_code(ctx):
        return {
            str(r.get("programme_code")): json.dumps(_jsonable(r), sort_keys=True)
            for r in ctx.get("programmes") or []
        }

    a, b = by_code(old), by_code(new)
    return {c for c in set(a) | set(b) if a.get(c) != b.get(c)}


def _count_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> set[tuple[str, str]] | None:
    if old.get("project_counts") is None or new.get("project_counts") is None:
        return None  # unknown: every row

    def by_key(ctx):
        return {
            (c["city_slug"], c["programme_period"]): c["projects"] for c in ctx["project_counts"]
        }

    a, b = by_key(old), by_key(new)
    return {k for k in set(a) | set(b) if a.get(k) != b.get(k)}


def plan_slice(
    build_db: Path | str,
    published_db: Path | str,
    specs: Mapping[str, Mapping[str, Any]],
    context_of: Any,
    withheld: Mapping[str, Any] | None = None,
    version: Any = None,
) -> tuple[SlicePlan | None, str]:
    """The slice of every mart, as temp tables of an in-memory connection; or (None, why the
    whole gate runs). `context_of(frames)` is `context_values_from_frames` with the run's
    shrink settings. `withheld` is the basis's record of the rows the publication left out
    (gate/carry.py): when its decision can be carried, the plan judges the build without them
    (``plan.carried``), else ``plan.not_carried`` says why."""
    try:
        con = open_pair(build_db, published_db)
    except Exception as exc:
        return None, f"the build or published file cannot be attached ({type(exc).__name__})"
    try:
        schema = _schema(con)
        if schema is None:
            con.close()
            return None, "the build file has no marts schema"
        for mart in MARTS:
            mine = table_columns(con, BUILD, schema, mart)
            theirs = table_columns(con, PUB, "main", mart)
            if not mine:
                con.close()
                return None, f"{mart} is missing from the build file"
            if sorted(mine) != sorted(theirs):
                con.close()
                return None, f"{mart}'s columns differ from the published version's"
        plan = SlicePlan(con=con, catalog=BUILD, schema=schema, build_schema=schema)
        kept, plan.not_carried = carry.recorded(con, BUILD, schema, withheld, version)
        if kept is not None:
            carry.create_judged(con, BUILD, schema, kept)
            plan.catalog, plan.schema = "memory", carry.JUDGED
        ctx_old = context_of(context_frames(con, PUB, "main"))
        _slice_all(plan, specs, context_of, ctx_old)
        if kept is not None:
            plan.not_carried = _carry_check(plan, kept)
            if plan.not_carried:  # judged again with the withheld rows as new rows
                carry.drop_judged(con)
                plan.catalog, plan.schema = BUILD, schema
                _slice_all(plan, specs, context_of, ctx_old)
            else:
                plan.carried = kept
                if kept.recheck:  # the whole gate's first round reads the whole build
                    plan.context_full = context_of(context_frames(con, BUILD, schema))
        return plan, ""
    except Exception as exc:
        log.exception("the gate's slice could not be computed")
        con.close()
        return None, f"the slice could not be computed ({type(exc).__name__}: {exc})"


def _slice_all(
    plan: SlicePlan,
    specs: Mapping[str, Mapping[str, Any]],
    context_of: Any,
    ctx_old: Mapping[str, Any],
) -> None:
    plan.context_new = context_of(context_frames(plan.con, plan.catalog, plan.schema))
    plan.marts = {}
    plan.runtime_changes = {}
    for i, mart in enumerate(MARTS):
        changes = _runtime_changes(
            plan.con, plan, mart, i, specs[mart], ctx_old[mart], plan.context_new[mart]
        )
        plan.runtime_changes[mart] = changes
        plan.marts[mart] = _slice_mart(plan, mart, i, specs[mart], changes)


def _carry_check(plan: SlicePlan, kept: carry.Carried) -> str:
    """Conditions 2 and 3 of gate/carry.py: '' when the withheld rows' decision is carried."""
    for mart in MARTS:
        changes = plan.runtime_changes[mart]
        rows = carry.carried_rows_sql(kept, mart, BUILD, plan.build_schema)
        if rows is None:
            continue
        if changes.whole:
            return f"every row of {mart} is validated again ({changes.whole})"
        if changes.predicates:
            hit = " OR ".join(f"({p})" for p in changes.predicates)
            n = plan.con.execute(f"SELECT count(*) FROM ({rows}) AS m WHERE {hit}").fetchall()
            if n[0][0]:
                return (
                    f"rows of {mart} withheld at v{kept.version} read a run-time value that changed"
                )
    return carry.reaches_only_the_carried(
        plan.con, BUILD, plan.build_schema, kept, {m: s.table for m, s in plan.marts.items()}
    )


@dataclass
class RuntimeChanges:
    """Which rows of a mart read a run-time value that changed since the publication: SQL
    predicates on a row ``m``, or ``whole`` (every row, and why)."""

    predicates: list[str] = field(default_factory=list)
    whole: str = ""


def _runtime_changes(
    con: duckdb.DuckDBPyConnection,
    plan: SlicePlan,
    mart: str,
    i: int,
    spec: Mapping[str, Any],
    old: Mapping[str, Any],
    new: Mapping[str, Any],
) -> RuntimeChanges:
    out = RuntimeChanges()
    cols = [c for c, _ in table_columns(con, plan.catalog, plan.schema, mart)]
    for j, e in enumerate(spec.get("expectations", [])):
        if expectation_kind(e) != "row":
            continue
        for k, v in e["kwargs"].items():
            if not (isinstance(v, dict) and "$PARAMETER" in v):
                continue
            name = v["$PARAMETER"]
            if k != "value_set" or "column" not in e["kwargs"]:
                out.whole = f"{e['type']} reads ${name}"
                continue
            if name not in new:
                out.whole = f"{e['type']} reads ${name}, not a value the gate computes"
                continue
            # a row whose value left the set fails now, one whose value joined it passes now
            gone = sorted(set(old.get(name) or []) ^ set(new.get(name) or []))
            if gone:
                t = f"gone_{i}_{j}"
                temp_values(con, t, [(g,) for g in gone])
                col = q(e["kwargs"]["column"])
                out.predicates.append(f"CAST(m.{col} AS VARCHAR) IN (SELECT v0 FROM {t})")
    reads = CONTEXT_READ_BY_HELPERS.get(mart)
    if reads == "programmes":
        changed = _programme_changes(old, new)
        if changed and "programme_code" in cols:
            t = f"programmes_{i}"
            temp_values(con, t, [(c,) for c in sorted(changed)])
            out.predicates.append(f"CAST(m.programme_code AS VARCHAR) IN (SELECT v0 FROM {t})")
        elif changed:
            out.whole = "dim_programme changed"
    elif reads == "project_counts":
        changed_keys = _count_changes(old, new)
        if changed_keys is None or not {"city_slug", "programme_period"} <= set(cols):
            out.whole = "fct_projects' counts per city and period are unknown"
        elif changed_keys:
            t = f"counts_{i}"
            temp_values(con, t, sorted(changed_keys))
            out.predicates.append(
                f"EXISTS (SELECT 1 FROM {t} k WHERE "
                f"k.v0 = coalesce(m.city_slug, chr(0)) AND "
                f"k.v1 = coalesce(m.programme_period, {lit(UNKNOWN_PERIOD)}))"
            )
    elif reads is not None:
        out.whole = f"its helper columns read {reads}"
    return out


def _slice_mart(
    plan: SlicePlan,
    mart: str,
    i: int,
    spec: Mapping[str, Any],
    changes: RuntimeChanges,
) -> MartSlice:
    con = plan.con
    cols = [c for c, _ in table_columns(con, plan.catalog, plan.schema, mart)]
    sel = ", ".join(q(c) for c in cols)
    mine = plan.table(mart)
    theirs = f"{PUB}.main.{q(mart)}"
    key_cols = [c for c in spec.get("meta", {}).get("key_columns", []) if c in cols]
    parts = [f"(SELECT {sel} FROM {mine} EXCEPT SELECT {sel} FROM {theirs})"]
    parts += [f"(SELECT {sel} FROM {mine} AS m WHERE {p})" for p in changes.predicates]
    if changes.whole:
        parts = [f"(SELECT {sel} FROM {mine})"]
    table = f"slice_{i}"
    con.execute(f"DROP TABLE IF EXISTS {table}")
    con.execute(f"CREATE TEMP TABLE {table} AS " + " UNION ".join(parts))
    rows = int(con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0])
    deleted = 0
    if key_cols:
        ks = ", ".join(q(c) for c in key_cols)
        deleted = int(
            con.execute(
                f"SELECT count(*) FROM (SELECT {ks} FROM {theirs} EXCEPT SELECT {ks} FROM {mine})"
            ).fetchall()[0][0]
        )
    return MartSlice(
        mart=mart,
        table=table,
        rows=rows,
        deleted=deleted,
        key_cols=key_cols,
        whole_because=changes.whole,
    )


def read_slice(plan: SlicePlan, s: MartSlice) -> pd.DataFrame:
    """The slice's rows as the gate's frame (same type mapping as `read_mart`), ordered by key."""
    order = ", ".join(q(c) for c in s.key_cols) or "1"
    df = read_query(plan.con, f"SELECT * FROM {s.table} ORDER BY {order}")
    return df.reset_index(drop=True)


def read_whole(plan: SlicePlan, mart: str) -> pd.DataFrame:
    """A whole candidate mart (for an expectation with no SQL or slice translation)."""
    return read_query(plan.con, f"SELECT * FROM {plan.table(mart)}")


def carried(
    plan: SlicePlan,
    s: MartSlice,
    keys: list[list[str | None]],
    decorate: Any,
) -> tuple[list[list[str | None]], pd.DataFrame | None]:
    """Of the keys that failed an expectation at the last publication, those of rows still in
    the build and unchanged (not in the slice): (their keys, up to 20 of their rows as a frame
    with the helper columns `decorate(frame)` adds)."""
    keys = [k for k in keys if len(k) == len(s.key_cols) and all(v is not None for v in k)]
    if not keys or not s.key_cols:
        return [], None
    temp_values(plan.con, "prev_fail", [tuple(k) for k in keys])
    match = " AND ".join(f"p.v{i} = CAST(m.{q(c)} AS VARCHAR)" for i, c in enumerate(s.key_cols))
    in_slice = " AND ".join(f"x.{q(c)} IS NOT DISTINCT FROM m.{q(c)}" for c in s.key_cols)
    base = (
        f"SELECT m.* FROM {plan.table(s.mart)} AS m "
        f"WHERE EXISTS (SELECT 1 FROM prev_fail p WHERE {match}) "
        f"AND NOT EXISTS (SELECT 1 FROM {s.table} x WHERE {in_slice})"
    )
    ks = ", ".join(q(c) for c in s.key_cols)
    still = [
        [None if v is None else str(v) for v in row]
        for row in plan.con.execute(f"SELECT {ks} FROM ({base}) ORDER BY {ks}").fetchall()
    ]
    if not still:
        return [], None
    df = read_query(plan.con, f"SELECT * FROM ({base}) ORDER BY {ks} LIMIT {OFFENDING_ROWS_LIMIT}")
    return still, decorate(df.reset_index(drop=True))


def merge_carried(
    r: ExpectationResult,
    still: list[list[str | None]],
    frame: pd.DataFrame | None,
    shown: list[str],
    s: MartSlice,
    total: int,
    version: Any,
) -> ExpectationResult:
    """A row-level result on the slice plus the failures carried from the published version:
    counted over the whole mart, offending rows from both."""
    from integra.warehousing.gate.suites import columns_of

    in_slice = int(r.unexpected_count or 0)
    r.unexpected_count = in_slice + len(still)
    r.element_count = total
    r.failing_keys = list(r.failing_keys) + still
    rows: list[dict[str, Any]] = []
    values: list[Any] = []
    if frame is not None and len(frame):
        cols = [c for c in shown if c in frame.columns]
        rows = [{c: _jsonable(row[c]) for c in cols} for row in frame.to_dict("records")]
        looked_at = [c for c in columns_of(r.kwargs) if c in frame.columns]
        if len(looked_at) == 1:
            values = [_jsonable(v) for v in frame[looked_at[0]].tolist()]
    r.offending_rows = (list(r.offending_rows) + rows)[:OFFENDING_ROWS_LIMIT]
    if still:
        r.success = False
    r.evaluated_by = "gx-slice"
    if r.exception:
        return r
    sample = r.observed.split("; e.g. ", 1)
    r.observed = (
        f"{r.unexpected_count} of {total} rows unexpected: {in_slice} among the {s.rows} "
        f"changed rows validated, {len(still)} in rows unchanged since v{version}"
    )
    if len(sample) == 2:
        r.observed += f"; e.g. {sample[1]}"
    elif values:
        r.observed += "; e.g. " + ", ".join(
            format(v, ".10g") if isinstance(v, float) else repr(v) for v in values[:5]
        )
    return r
