"""Read the published marts: read-only, no extension auto-install, nothing else is opened.

A table or column missing from the publication gives an empty frame / null column, so a
partial publication still renders (the page says there is no data) instead of failing.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

READ_CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}

# The columns the site uses, per table (subset of the contract).
COLUMNS: dict[str, list[str]] = {
    "fct_projects": [
        "project_scope_id",
        "project_id",
        "document_id",
        "source_file",
        "city_slug",
        "city_name",
        "voivodeship",
        "document_kind",
        "scope",
        "scope_year",
        "title",
        "implementer",
        "programme",
        "programme_code",
        "programme_period",
        "priority_axis",
        "measure",
        "submeasure",
        "project_type",
        "project_number",
        "documents",
        "editions",
        "contract_date",
        "start_date",
        "start_date_precision",
        "end_date",
        "end_date_precision",
        "duration_months",
        "total_cost_pln",
        "total_cost_qualifier",
        "total_cost_basis",
        "eu_cofinancing_pln",
        "eu_cofinancing_basis",
        "own_contribution_pln",
        "own_contribution_is_derived",
        "eu_cofinancing_share",
        "own_contribution_share",
        "budget_identity_holds",
        "participants_planned",
        "participants_planned_basis",
        "participants_planned_document_id",
        "participants_actual",
        "participants_actual_basis",
        "participants_completed",
        "completion_rate",
        "participants_breakdown_sum",
        "breakdown_matches_planned",
        "cost_per_planned_participant_pln",
        "cost_per_actual_participant_pln",
        "cost_per_project_year_pln",
        "price_base_year",
        "total_cost_constant_pln",
        "eu_cofinancing_constant_pln",
        "cost_per_planned_participant_constant_pln",
        "eur_pln_rate",
        "total_cost_eur",
        "social_effectiveness_pct",
        "social_effectiveness_basis",
        "employment_effectiveness_pct",
        "employment_effectiveness_basis",
        "problems",
        "ingested_at",
    ],
    "fct_participant_groups": [
        "participant_group_id",
        "project_scope_id",
        "document_id",
        "project_id",
        "city_slug",
        "group_label",
        "group_category",
        "participants_planned",
    ],
    "fct_instruments": [
        "instrument_id",
        "project_scope_id",
        "project_id",
        "city_slug",
        "instrument_label",
        "instrument_normalised",
        "instrument_type",
    ],
    "mart_city_comparison": [
        "city_slug",
        "city_name",
        "programme_period",
        "population",
        "projects",
        "projects_with_total_cost",
        "total_cost_pln_sum",
        "projects_with_lower_bound_total",
        "total_cost_lower_bound_pln_sum",
        "total_cost_at_least_pln",
        "total_cost_constant_pln_sum",
        "total_cost_eur_sum",
        "total_cost_per_capita_pln",
        "projects_with_eu_cofinancing",
        "eu_cofinancing_pln_sum",
        "eu_cofinancing_per_capita_pln",
        "projects_with_eu_cofinancing_share",
        "eu_cofinancing_share_weighted",
        "projects_with_cost_per_project_year",
        "total_cost_per_project_year_pln",
        "projects_with_participants_planned",
        "participants_planned_sum",
        "projects_with_participants_actual",
        "participants_actual_sum",
        "projects_with_cost_per_planned_participant",
        "median_cost_per_planned_participant_pln",
        "median_cost_per_planned_participant_constant_pln",
        "projects_with_cost_per_actual_participant",
        "median_cost_per_actual_participant_pln",
        "median_cost_per_actual_participant_constant_pln",
    ],
    "dim_city": ["city_slug", "city_name", "voivodeship"],
    "dim_programme": [
        "programme_code",
        "programme_name",
        "programme_period",
        "period_start_date",
        "period_end_date",
    ],
    "meta_publication": ["version", "published_at", "run_id", "source_build", "row_counts"],
    "meta_gate_results": [
        "suite",
        "mart",
        "expectation",
        "severity",
        "success",
        "observed",
        "offending_rows",
    ],
    "meta_quarantine": [
        "document_id",
        "city_slug",
        "source_file",
        "sha256",
        "reason",
        "ingested_at",
    ],
}

#: Published columns the site deliberately leaves off the project pages (document ids and the
#: evidence quotes, shown from fct_fact_evidence instead; figures the pages derive otherwise).
#: Any other published column without a place of its own in COLUMNS is shown under "Other
#: fields" (`other_columns`), so a column added to the contract reaches the pages unedited.
NOT_ON_PAGES: dict[str, frozenset[str]] = {
    "fct_projects": frozenset(
        {
            "programme_name",
            "has_final_report",
            "dates_document_id",
            "total_cost_document_id",
            "total_cost_evidence",
            "eu_cofinancing_document_id",
            "participants_planned_document_id",
            "participants_planned_evidence",
            "participants_actual_document_id",
            "participants_actual_evidence",
            "cost_per_actual_participant_constant_pln",
            "cost_per_project_year_constant_pln",
            "eu_cofinancing_eur",
            "cost_per_planned_participant_eur",
            "cost_per_actual_participant_eur",
        }
    )
}

EVIDENCE_COLUMNS = ["project_scope_id", "field", "item_key", "item_index", "value", "evidence_text"]
#: The order evidence is read and shown in: by project, field and position, then by every other
#: column shown, so rows that tie on the first three (a field stated by several documents) come
#: in the same order from any published file of the same data (a page's fingerprint hashes them
#: in this order: a tie left to DuckDB's sort re-rendered ~6% of the pages at 10,000 documents).
EVIDENCE_ORDER = ["project_scope_id", "field", "item_index", "item_key", "value", "evidence_text"]

#: Site names that the marts spell differently since fct_projects has one row per project (issue
#: 13): the site's page key ``project_scope_id`` is the project_id; a project's page shows the
#: evidence and breakdowns of all its documents. SQL expressions over the published table; a name
#: the table has itself is read as is.
ALIASES: dict[str, dict[str, str]] = {
    "fct_projects": {
        "project_scope_id": "project_id",
        "document_id": "coalesce(total_cost_document_id, dates_document_id, "
        "participants_actual_document_id, participants_planned_document_id)",
        "scope": "'whole_project'",
        "document_kind": "CASE WHEN has_final_report THEN 'final_report' END",
        "source_file": "(SELECT d.source_file FROM main.fct_documents d WHERE d.document_id = "
        "coalesce(total_cost_document_id, dates_document_id, participants_actual_document_id, "
        "participants_planned_document_id))",
    },
    "fct_participant_groups": {"project_scope_id": "project_id"},
    "fct_instruments": {"project_scope_id": "project_id"},
    "fct_fact_evidence": {"project_scope_id": "project_id"},
}


@dataclass(frozen=True)
class ColumnNote:
    """A published column and the contract's words for it (its DuckDB comment, written by
    publication from the marts' YAML: description, meta.label_pl, meta.label_en)."""

    name: str
    data_type: str
    description: str = ""
    label_pl: str = ""
    label_en: str = ""

    def label(self, lang: str) -> str:
        return (self.label_pl if lang == "pl" else self.label_en) or self.description or self.name


def _note(name: str, data_type: str, comment: str | None) -> ColumnNote:
    try:
        words = json.loads(comment) if comment else {}
    except ValueError:
        words = {"description": comment}
    words = words if isinstance(words, dict) else {}
    return ColumnNote(
        name,
        str(data_type),
        **{k: str(words.get(k) or "") for k in ("description", "label_pl", "label_en")},
    )


def other_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[ColumnNote]:
    """Published columns of `table` the site has no place of its own for (neither in COLUMNS
    nor in NOT_ON_PAGES), in table order, with their labels."""
    if table not in NOT_ON_PAGES:
        return []
    known = set(COLUMNS[table]) | NOT_ON_PAGES[table]
    rows = con.execute(
        "SELECT column_name, data_type, comment FROM duckdb_columns() WHERE schema_name = 'main' "
        "AND database_name = current_database() AND table_name = ? ORDER BY column_index",
        [table],
    ).fetchall()
    return [_note(*r) for r in rows if r[0] not in known]


def _select(table: str, have: set[str], wanted: list[str]) -> str:
    """The SELECT list for `wanted` over `table`: own columns, else an alias, else NULL."""
    aliases = ALIASES.get(table, {})
    out = []
    for c in wanted:
        if c in have:
            out.append(_quote(c))
        elif c in aliases and "project_id" in have and "project_scope_id" not in have:
            out.append(f"{aliases[c]} AS {_quote(c)}")
        else:
            out.append(f"NULL AS {_quote(c)}")
    return ", ".join(out)


#: Columns of InstrumentCounts' frames.
INSTRUMENT_CELL_COLUMNS = ["project_scope_id", "city_slug", "instrument_type", "n"]
INSTRUMENT_KIND_COLUMNS = ["instrument_type", "instrument_normalised", "n"]


@dataclass(frozen=True)
class InstrumentCounts:
    """What the instruments page shows of fct_instruments: its rows counted, not the rows.

    ``cells``: instruments (non-null ids) per project, city and type (a missing type is
    "other"), one row per combination present, null keys kept; ``kinds``: instruments per
    type as stated (null kept) and normalised name, in the keys' order (nulls last).
    At 100,000 projects 1.1 million instrument rows become ~0.3 million cells, counted by DuckDB.
    """

    cells: pd.DataFrame
    kinds: pd.DataFrame
    #: the pages' pivots of ``cells``, made for the first language, kept for the second
    memo: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def empty(self) -> bool:
        return self.cells.empty


def instrument_counts_of(instruments: pd.DataFrame) -> InstrumentCounts:
    """InstrumentCounts of an instruments frame (COLUMNS["fct_instruments"]), counted by pandas."""
    df = instruments[["project_scope_id", "city_slug", "instrument_type", "instrument_id"]]
    cells = (
        df.assign(instrument_type=df["instrument_type"].fillna("other"))
        .groupby(["project_scope_id", "city_slug", "instrument_type"], dropna=False)[
            "instrument_id"
        ]
        .count()
        .reset_index(name="n")
    )
    kinds = (
        instruments.groupby(["instrument_type", "instrument_normalised"], dropna=False)
        .agg(n=("instrument_id", "count"))
        .reset_index()
    )
    return InstrumentCounts(
        cells=cells[INSTRUMENT_CELL_COLUMNS], kinds=kinds[INSTRUMENT_KIND_COLUMNS]
    )


def instrument_counts(
    con: duckdb.DuckDBPyConnection, available: dict[str, list[str]]
) -> InstrumentCounts:
    """InstrumentCounts of the published fct_instruments, counted by DuckDB (the same frames as
    ``instrument_counts_of(read_frame(...))``, without reading a row of it into Python)."""
    table = "fct_instruments"
    if table not in available:
        return instrument_counts_of(read_frame(con, available, table, COLUMNS[table]))
    rows = f"(SELECT {_select(table, set(available[table]), COLUMNS[table])} FROM main.{table})"
    cells = read_sql_frame(
        con,
        "SELECT project_scope_id, city_slug, coalesce(instrument_type, 'other') AS "
        f"instrument_type, count(instrument_id) AS n FROM {rows} GROUP BY ALL",
    )
    kinds = read_sql_frame(
        con,
        "SELECT instrument_type, instrument_normalised, count(instrument_id) AS n "
        f"FROM {rows} GROUP BY ALL ORDER BY instrument_type NULLS LAST, "
        "instrument_normalised NULLS LAST",
    )
    return InstrumentCounts(cells=cells, kinds=kinds)


def instrument_counts_digest(
    con: duckdb.DuckDBPyConnection, available: dict[str, list[str]]
) -> str:
    """A hash of what ``instrument_counts`` gives (its cells and kinds as multisets, with the
    table's column types), computed in DuckDB: the instruments page reads the counts, not the
    rows, so an instrument's id changed (a document edited gets a new id, and so do its
    instruments' ids) leaves the page's input unchanged."""
    table = "fct_instruments"
    if table not in available:
        return "missing"
    rows = f"(SELECT {_select(table, set(available[table]), COLUMNS[table])} FROM main.{table})"
    cells = (
        "SELECT project_scope_id, city_slug, coalesce(instrument_type, 'other') AS "
        f"instrument_type, count(instrument_id) AS n FROM {rows} GROUP BY ALL"
    )
    kinds = (
        "SELECT instrument_type, instrument_normalised, count(instrument_id) AS n "
        f"FROM {rows} GROUP BY ALL"
    )
    out = [
        con.execute(
            f"SELECT count(*), coalesce(sum(hash({_row_text(cols)})), 0)::VARCHAR FROM ({sql})"
        ).fetchone()
        for sql, cols in (
            (cells, ["project_scope_id", "city_slug", "instrument_type", "n"]),
            (kinds, ["instrument_type", "instrument_normalised", "n"]),
        )
    ]
    types = con.execute(
        "SELECT string_agg(column_name || ' ' || data_type, ',' ORDER BY column_index) FROM "
        "duckdb_columns() WHERE schema_name = 'main' AND database_name = current_database() "
        "AND table_name = ?",
        [table],
    ).fetchone()
    return repr((out, types))


def planned_breakdown_digest(
    con: duckdb.DuckDBPyConnection, available: dict[str, list[str]]
) -> str:
    """What ``participants_planned_document_id`` decides on the participants page
    (``one_breakdown_per_project``: a project's breakdown is its planned count's document when
    that document lists groups, else the first that does): a hash of (project, planned
    document) of the projects whose planned document is among their groups' documents,
    computed in DuckDB. Another planned document that lists no groups changes nothing shown."""
    if "fct_projects" not in available or "fct_participant_groups" not in available:
        return "missing"
    have, g_have = set(available["fct_projects"]), set(available["fct_participant_groups"])
    if "participants_planned_document_id" not in have or "document_id" not in g_have:
        return "none"
    p = _select("fct_projects", have, ["project_scope_id", "participants_planned_document_id"])
    g = _select("fct_participant_groups", g_have, ["project_scope_id", "document_id"])
    n, total = con.execute(
        "SELECT count(*), coalesce(sum(hash(p.project_scope_id, "
        f"p.participants_planned_document_id)), 0)::VARCHAR FROM (SELECT {p} FROM "
        "main.fct_projects) AS p WHERE p.project_scope_id IS NOT NULL AND EXISTS (SELECT 1 "
        f"FROM (SELECT {g} FROM main.fct_participant_groups) AS g WHERE g.project_scope_id = "
        "p.project_scope_id AND g.document_id = p.participants_planned_document_id)"
    ).fetchone()
    return f"{n}/{total}"


def connect(published_db: Path) -> duckdb.DuckDBPyConnection:
    """Open the published file read-only (several readers may share it; the writer never)."""
    published_db = Path(published_db)
    if not published_db.is_file():
        raise FileNotFoundError(f"published database not found: {published_db}")
    return duckdb.connect(str(published_db), read_only=True, config=dict(READ_CONFIG))


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@dataclass
class PublishedData:
    """The frames the site is built from (evidence is streamed separately)."""

    projects: pd.DataFrame
    groups: pd.DataFrame
    instruments: pd.DataFrame
    comparison: pd.DataFrame
    cities: pd.DataFrame
    programmes: pd.DataFrame
    publication: pd.DataFrame
    gate: pd.DataFrame
    quarantine: pd.DataFrame
    missing_tables: list[str] = field(default_factory=list)

    @property
    def publication_row(self) -> dict[str, Any] | None:
        if self.publication.empty:
            return None
        pub = self.publication.sort_values("version", ascending=False, na_position="last")
        return pub.iloc[0].to_dict()


def table_columns(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    """Columns of every table in schema main of the open file."""
    rows = con.execute(
        "SELECT table_name, column_name FROM duckdb_columns() "
        "WHERE schema_name = 'main' AND database_name = current_database() "
        "ORDER BY table_name, column_index"
    ).fetchall()
    out: dict[str, list[str]] = {}
    for table, column in rows:
        out.setdefault(table, []).append(column)
    return out


def _read(
    con: duckdb.DuckDBPyConnection,
    available: dict[str, list[str]],
    table: str,
    missing: list[str],
    order_by: str | None = None,
    columns: list[str] | None = None,
) -> pd.DataFrame:
    wanted = COLUMNS[table] if columns is None else columns
    if table not in available:
        missing.append(table)
        return pd.DataFrame({c: pd.Series(dtype="object") for c in wanted})
    have = set(available[table])
    select = _select(table, have, wanted)
    order = (
        f" ORDER BY {order_by}"
        if order_by and all(part.split()[0] in have for part in order_by.split(","))
        else ""
    )
    return read_sql_frame(con, f"SELECT {select} FROM main.{_quote(table)}{order}")


#: Rows per Arrow batch of ``read_sql_frame``.
FRAME_BATCH_ROWS = 100_000


def read_sql_frame(
    con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None
) -> pd.DataFrame:
    """The query's rows as DuckDB's ``.df()`` gives them (same columns, dtypes and values),
    with each distinct text of a batch made into one Python string, not one per cell: the rows
    come as Arrow batches, text columns converted by Arrow with ``deduplicate_objects``, the
    others by DuckDB from the batch (so their dtypes are ``.df()``'s). At 100,000 projects the
    1.1 million instrument rows repeat their project, city, type and name in every row: a string
    object per cell took ~900 MB (freeing the duplicates afterwards does not give the memory
    back: the survivors pin the allocator's arenas)."""
    import pyarrow as pa

    # two cursors of their own: the query's (whatever `con` has open is left alone) and one
    # for DuckDB's conversion of each batch (the reader holds its cursor's result)
    query, convert = con.cursor(), con.cursor()
    try:
        rel = query.sql(sql, params=params) if params else query.sql(sql)
        parts: list[pd.DataFrame] = []
        for batch in rel.to_arrow_reader(FRAME_BATCH_ROWS):
            if batch.num_rows:
                parts.append(_batch_frame(convert, batch, pa))
        if not parts:
            return rel.limit(0).df()
    finally:
        convert.close()
        query.close()
    if len(parts) == 1:
        return parts[0]
    return pd.concat(parts, ignore_index=True)


def _batch_frame(con: duckdb.DuckDBPyConnection, batch: Any, pa: Any) -> pd.DataFrame:
    """One Arrow batch as ``.df()`` would give it: texts by Arrow (one object per distinct
    text), every other column by DuckDB."""
    names = batch.schema.names
    texts = {
        i
        for i, f in enumerate(batch.schema)
        if pa.types.is_string(f.type) or pa.types.is_large_string(f.type)
    }
    others = [i for i in range(len(names)) if i not in texts]
    columns: dict[int, Any] = {}
    if others:
        table = pa.Table.from_batches([batch.select(others)])
        odf = con.from_arrow(table).df()
        for j, i in enumerate(others):
            columns[i] = odf.iloc[:, j]
    for i in texts:
        columns[i] = batch.column(i).to_pandas(deduplicate_objects=True)
    return pd.DataFrame({names[i]: columns[i] for i in range(len(names))})


def read_records(
    con: duckdb.DuckDBPyConnection,
    table: str,
    scopes: list[str] | None = None,
    family: bool = False,
) -> list[dict[str, Any]]:
    """Rows of a table as dicts (NULL -> None, DATE -> date), without going through pandas:
    several times faster for the 100,000-row project table. With ``scopes``: only the rows of
    those projects (and, with ``family``, of the projects sharing their project_id)."""
    available = table_columns(con)
    wanted = COLUMNS[table] + [c.name for c in other_columns(con, table)]
    if table not in available:
        return []
    have = set(available[table])
    select = _select(table, have, wanted)
    where, params = "", []
    if scopes is not None:
        key = "project_scope_id" if "project_scope_id" in have else "project_id"
        terms = [f"{key} IN (SELECT unnest(?::VARCHAR[]))"]
        params.append(list(scopes))
        if family and "project_id" in have:  # the scopes' siblings (same project_id) too
            terms.append(
                f"project_id IN (SELECT project_id FROM main.{_quote(table)} "
                f"WHERE {key} IN (SELECT unnest(?::VARCHAR[])))"
            )
            params.append(list(scopes))
        where = " WHERE " + " OR ".join(terms)
    # in the table's own order (rowid): the order a page lists a project's groups, instruments
    # and siblings in, which its fingerprint (project_page_digests) hashes
    rows = con.execute(
        f"SELECT {select} FROM main.{_quote(table)}{where} ORDER BY rowid", params
    ).fetchall()
    return [dict(zip(wanted, r)) for r in rows]


def _row_text(columns: list[str]) -> str:
    """SQL: one text of a row's columns (NULL distinct from any text in practice)."""
    return (
        "concat_ws(chr(31), "
        + ", ".join(f"coalesce(CAST({_quote(c)} AS VARCHAR), chr(30))" for c in columns)
        + ")"
    )


def schema_digest(con: duckdb.DuckDBPyConnection, tables: list[str]) -> list[Any]:
    """The columns and types of ``tables``: a page's fingerprint part (a type shapes the text)."""
    return con.execute(
        "SELECT table_name, column_name, data_type FROM duckdb_columns() WHERE schema_name = "
        "'main' AND database_name = current_database() AND table_name IN "
        "(SELECT unnest(?::VARCHAR[])) ORDER BY table_name, column_index",
        [list(tables)],
    ).fetchall()


def project_page_digests(
    con: duckdb.DuckDBPyConnection,
    part: tuple[int, int] | None = None,
    fetched: dict[str, str] | None = None,
) -> dict[str, tuple[str, ...]]:
    """project_scope_id -> digests of what its page shows, computed in DuckDB without reading a
    row into Python: its row (every column the page reads, `read_records`), its family's rows
    (siblings: same project_id, in table order), its participant groups and instruments (in table
    order, as `read_records` gives them), its documents (in the page's order, with the URLs they
    were fetched from when `fetched` names any) and its evidence (`evidence_digests`)."""
    available = table_columns(con)
    if "fct_projects" not in available:
        return {}
    have = set(available["fct_projects"])
    wanted = COLUMNS["fct_projects"] + [c.name for c in other_columns(con, "fct_projects")]
    key = "project_scope_id" if "project_scope_id" in have else "project_id"
    where, params = _evidence_where(key, part, None)
    fam = "project_id" if "project_id" in have else "NULL"
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE integra_site_pages__ AS SELECT rid, "
        f"CAST(project_scope_id AS VARCHAR) AS sid, CAST(integra_fam__ AS VARCHAR) AS fam, "
        f"md5({_row_text(wanted)}) AS h FROM (SELECT rowid AS rid, {fam} AS integra_fam__, "
        f"{_select('fct_projects', have, wanted)} FROM main.fct_projects{where}) "
        f"WHERE project_scope_id IS NOT NULL",
        params,
    )
    # a family's rows, all parts (siblings may lie in another part)
    family = _family_digests("SELECT * FROM integra_site_pages__ WHERE fam IS NOT NULL")
    if part is not None and fam != "NULL":
        all_key = _select("fct_projects", have, wanted)
        family = _family_digests(
            f"SELECT rid, CAST(project_scope_id AS VARCHAR) AS sid, CAST(integra_fam__ AS "
            f"VARCHAR) AS fam, md5({_row_text(wanted)}) AS h FROM (SELECT rowid AS rid, "
            f"project_id AS integra_fam__, {all_key} FROM main.fct_projects WHERE project_id IN "
            "(SELECT fam FROM integra_site_pages__)) WHERE project_scope_id IS NOT NULL"
        )
    parts = [
        "SELECT p.sid, p.h, f.fh FROM integra_site_pages__ p LEFT JOIN (" + family + ") f "
        "ON f.fam = p.fam"
    ]
    out: dict[str, list[Any]] = {
        str(sid): [h, fh] for sid, h, fh in con.execute(parts[0]).fetchall()
    }
    for table in ("fct_participant_groups", "fct_instruments"):
        digests: dict[str, str] = {}
        if table in available:
            t_have = set(available[table])
            sel = _select(table, t_have, COLUMNS[table])
            rows = con.execute(_rows_in_order_digests(table, sel, COLUMNS[table])).fetchall()
            digests = {str(s): d for s, d in rows}
        for sid, v in out.items():
            v.append(digests.get(sid))
    docs: dict[str, Any] = {}
    if "project_id" in available.get("fct_documents", []):
        order = "source_file, document_kind, scope, scope_year"
        cols = ["source_file", "document_kind", "scope", "scope_year"]
        if fetched:
            rows = con.execute(
                f"SELECT CAST(project_id AS VARCHAR), {', '.join(cols)} FROM main.fct_documents "
                "WHERE project_id IN (SELECT sid FROM integra_site_pages__) "
                f"ORDER BY {order}"
            ).fetchall()
            listed: dict[str, list[Any]] = {}
            for pid, *rest in rows:
                listed.setdefault(str(pid), []).append((rest, fetched.get(str(rest[0]))))
            docs = {k: repr(v) for k, v in listed.items()}
        else:
            docs = dict(
                con.execute(
                    # the page lists them ordered by every column digested: the rows as a
                    # multiset (the sum of their hashes, and their count) decide the list
                    f"SELECT CAST(project_id AS VARCHAR), CAST(sum(hash({_row_text(cols)})) AS "
                    "VARCHAR) || '/' || count(*) FROM main.fct_documents WHERE project_id IN "
                    "(SELECT sid FROM integra_site_pages__) GROUP BY 1"
                ).fetchall()
            )
    evidence = evidence_digests(con, part=part)
    con.execute("DROP TABLE IF EXISTS integra_site_pages__")
    for sid, v in out.items():
        v.append(docs.get(sid))
        v.append(evidence.get(sid))
    return {sid: tuple(v) for sid, v in out.items()}


def _family_digests(rows_sql: str) -> str:
    """SQL: fam -> a hash of its projects' rows (``rows_sql``: rid, sid, fam, h) in table order:
    each (sid, h) hashed with its place among the family's rows (1, 2, …), summed, and their
    count (as ``_rows_in_order_digests``)."""
    return (
        "SELECT fam, CAST(sum(hash(sid, h, integra_place__)) AS VARCHAR) || '/' || "
        "count(*) AS fh FROM (SELECT *, row_number() OVER (PARTITION BY fam ORDER BY rid) AS "
        f"integra_place__ FROM ({rows_sql})) GROUP BY fam"
    )


def _rows_in_order_digests(table: str, select: str, columns: list[str]) -> str:
    """SQL: project_scope_id -> a hash of its rows of ``table`` in table order, for the projects
    of integra_site_pages__: the sum of each row's hash with its place among the project's rows
    (1, 2, … in rowid order), and their count. The same rows in the same order give the same
    digest; another row, value or order gives another. A string of every row aggregated in
    rowid order (an earlier digest) took 4.4 s for fct_instruments at 100,000 projects. The
    place is a rank, not the rowid less the project's first: a project's rows are interleaved
    with others' (DuckDB writes in parallel), so one project's rows removed or added elsewhere
    in the table moved the rowid gaps of ~20% of the projects, whose pages were all rendered
    again (same bytes) on every one-changed refresh."""
    return (
        f"SELECT CAST(project_scope_id AS VARCHAR), CAST(sum(hash({_row_text(columns)}, "
        "integra_place__)) AS VARCHAR) || '/' || count(*) FROM (SELECT *, row_number() OVER "
        "(PARTITION BY project_scope_id ORDER BY rid) AS integra_place__ FROM (SELECT rowid AS rid, "
        f"{select} FROM main.{_quote(table)}) WHERE project_scope_id IN "
        "(SELECT sid FROM integra_site_pages__)) GROUP BY 1"
    )


def read_frame(
    con: duckdb.DuckDBPyConnection,
    available: dict[str, list[str]],
    table: str,
    columns: list[str],
    order_by: str | None = None,
) -> pd.DataFrame:
    """``columns`` of a published table (names of COLUMNS[table]) as load_published reads them
    (same aliases, order and types), without the others."""
    return _read(con, available, table, [], order_by, columns)


def columns_digest(
    con: duckdb.DuckDBPyConnection,
    available: dict[str, list[str]],
    table: str,
    columns: list[str],
) -> str:
    """A hash of ``columns`` of a published table, as read_frame reads them (the rows as a
    multiset: the sum of each row's hash, and their count, with the columns' types), computed in
    DuckDB without reading a row into Python."""
    if table not in available:
        return "missing"
    have = set(available[table])
    select = _select(table, have, columns)
    n, total, types = con.execute(
        f"SELECT count(*), coalesce(sum(hash({_row_text(columns)})), 0)::VARCHAR, "
        f"(SELECT string_agg(column_name || ' ' || data_type, ',' ORDER BY column_index) FROM "
        "duckdb_columns() WHERE schema_name = 'main' AND database_name = current_database() "
        f"AND table_name = ?) FROM (SELECT {select} FROM main.{_quote(table)})",
        [table],
    ).fetchone()
    return f"{n}/{total}/{types}"


def _chunked(table: str, have: set[str], columns: list[str], order: str, size: int) -> str:
    """SQL: ``columns`` of the rows with a project_scope_id, each with its chunk number
    (``_chunk``: its rank in ``order``, by ``size``)."""
    select = _select(table, have, columns)
    return (
        f"SELECT *, ((row_number() OVER (ORDER BY {order})) - 1) // {int(size)} AS _chunk "
        f"FROM (SELECT {select} FROM main.{_quote(table)}) WHERE project_scope_id IS NOT NULL"
    )


def chunk_digests(
    con: duckdb.DuckDBPyConnection,
    available: dict[str, list[str]],
    table: str,
    columns: list[str],
    order: str,
    size: int,
) -> list[str]:
    """One digest per chunk of ``size`` rows in ``order`` (as columns_digest: the chunk's rows as
    a multiset, their count and the columns' types), computed in DuckDB: a change to one row
    changes the digest of its chunk (or of the chunks between its old and new place) only."""
    if table not in available:
        return []
    have = set(available[table])
    (types,) = con.execute(
        "SELECT string_agg(column_name || ' ' || data_type, ',' ORDER BY column_index) FROM "
        "duckdb_columns() WHERE schema_name = 'main' AND database_name = current_database() "
        "AND table_name = ?",
        [table],
    ).fetchone()
    rows = con.execute(
        f"SELECT _chunk, count(*), coalesce(sum(hash({_row_text(columns)})), 0)::VARCHAR "
        f"FROM ({_chunked(table, have, columns, order, size)}) GROUP BY _chunk ORDER BY _chunk"
    ).fetchall()
    return [f"{n}/{total}/{types}" for _, n, total in rows]


def chunk_frames(
    con: duckdb.DuckDBPyConnection,
    available: dict[str, list[str]],
    table: str,
    columns: list[str],
    order: str,
    size: int,
    chunks: list[int],
) -> dict[int, pd.DataFrame]:
    """The rows of ``chunks`` (numbers as chunk_digests counts them): chunk -> its frame of
    ``columns`` (types as read_frame gives them)."""
    have = set(available[table])
    df = con.execute(
        f"SELECT * FROM ({_chunked(table, have, columns, order, size)}) "
        "WHERE _chunk IN (SELECT unnest(?::BIGINT[]))",
        [list(chunks)],
    ).df()
    return {
        int(k): part.drop(columns="_chunk").reset_index(drop=True)
        for k, part in df.groupby("_chunk", sort=True)
    }


def load_published(con: duckdb.DuckDBPyConnection) -> PublishedData:
    available = table_columns(con)
    missing: list[str] = []
    projects = _read(con, available, "fct_projects", missing, "project_id")
    return PublishedData(
        projects=projects,
        groups=_read(con, available, "fct_participant_groups", missing, "project_id"),
        instruments=_read(con, available, "fct_instruments", missing, "project_id"),
        comparison=_read(
            con, available, "mart_city_comparison", missing, "city_name, programme_period"
        ),
        cities=_read(con, available, "dim_city", missing, "city_name"),
        programmes=_read(con, available, "dim_programme", missing, "programme_code"),
        publication=_read(con, available, "meta_publication", missing),
        gate=_read(con, available, "meta_gate_results", missing),
        quarantine=_read(con, available, "meta_quarantine", missing, "ingested_at"),
        missing_tables=missing,
    )


def _evidence_where(
    key: str, part: tuple[int, int] | None, scopes: list[str] | None
) -> tuple[str, list[Any]]:
    """The WHERE clause (and its parameters) of a part and/or a list of scopes."""
    terms: list[str] = []
    params: list[Any] = []
    if part is not None:
        terms.append(f"hash({key}) % ? = ?")
        params += [part[1], part[0]]
    if scopes is not None:
        terms.append(f"{key} IN (SELECT unnest(?::VARCHAR[]))")
        params.append(list(scopes))
    return (" WHERE " + " AND ".join(terms) if terms else ""), params


def iter_evidence(
    con: duckdb.DuckDBPyConnection,
    batch: int = 20_000,
    part: tuple[int, int] | None = None,
    scopes: list[str] | None = None,
) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """(project_scope_id, evidence rows) in project_scope_id order, streamed in batches; with
    `part` = (k, n) only the scopes whose DuckDB hash % n == k; with `scopes` only those."""
    available = table_columns(con)
    if "fct_fact_evidence" not in available:
        return
    have = set(available["fct_fact_evidence"])
    select = _select("fct_fact_evidence", have, EVIDENCE_COLUMNS)
    key = "project_scope_id" if "project_scope_id" in have else "project_id"
    order = ", ".join(str(EVIDENCE_COLUMNS.index(c) + 1) for c in EVIDENCE_ORDER)
    where, params = _evidence_where(key, part, scopes)
    cur = con.cursor()
    cur.execute(f"SELECT {select} FROM main.fct_fact_evidence{where} ORDER BY {order}", params)
    current: str | None = None
    rows: list[dict[str, Any]] = []
    while True:
        chunk = cur.fetchmany(batch)
        if not chunk:
            break
        for rec in chunk:
            pid = rec[0]
            if pid != current:
                if current is not None:
                    yield current, rows
                current, rows = pid, []
            rows.append(dict(zip(EVIDENCE_COLUMNS, rec)))
    if current is not None:
        yield current, rows
    cur.close()


def evidence_digests(
    con: duckdb.DuckDBPyConnection, part: tuple[int, int] | None = None
) -> dict[str, str]:
    """project_scope_id -> a hash of its evidence rows (every column a page shows), computed in
    DuckDB: a page's fingerprint needs no evidence row in Python, and only the pages whose
    fingerprint changed read their evidence (`iter_evidence(scopes=…)`). The hash is of the rows
    as a multiset (the sum of each row's hash, and their count): the rows' order on the page is
    EVIDENCE_ORDER over every column, so the set decides it."""
    available = table_columns(con)
    if "fct_fact_evidence" not in available:
        return {}
    have = set(available["fct_fact_evidence"])
    select = _select("fct_fact_evidence", have, EVIDENCE_COLUMNS)
    key = "project_scope_id" if "project_scope_id" in have else "project_id"
    where, params = _evidence_where(key, part, None)
    row_text = ", ".join(
        f"coalesce(CAST({_quote(c)} AS VARCHAR), chr(30))" for c in EVIDENCE_COLUMNS
    )
    rows = con.execute(
        f"SELECT project_scope_id, CAST(sum(hash(concat_ws(chr(31), {row_text}))) AS VARCHAR) "
        f"|| '/' || count(*) FROM (SELECT {select} FROM main.fct_fact_evidence{where}) "
        f"GROUP BY project_scope_id",
        params,
    ).fetchall()
    return {str(sid): digest for sid, digest in rows}


def one_breakdown_per_project(groups: pd.DataFrame, projects: pd.DataFrame) -> pd.DataFrame:
    """The participant groups to add up across projects: one document's breakdown per project
    (fct_participant_groups has a row per group of each document, so a plan and a final report of
    one project both listing their groups would count its people twice). The document the
    project's planned count comes from when it lists groups, else the first document that does;
    every row when the publication names no document."""
    if groups.empty or "document_id" not in groups or groups["document_id"].isna().all():
        return groups
    planned_doc: dict[Any, Any] = {}
    if "participants_planned_document_id" in projects:
        planned_doc = dict(
            zip(projects["project_scope_id"], projects["participants_planned_document_id"])
        )

    def key(sid: Any) -> Any:
        return None if _missing(sid) else sid

    sids = [key(s) for s in groups["project_scope_id"].tolist()]
    docs = groups["document_id"].tolist()
    listed: dict[Any, set[Any]] = {}
    for sid, d in zip(sids, docs, strict=True):
        entry = listed.setdefault(sid, set())
        if not _missing(d):
            entry.add(d)
    keep: dict[Any, Any] = {}
    for sid, found in listed.items():
        if sid is None:  # rows of no project are all kept
            continue
        preferred = planned_doc.get(sid)
        keep[sid] = preferred if preferred in found else (min(found) if found else None)
    mask = [(c := keep.get(sid)) is None or d == c for sid, d in zip(sids, docs, strict=True)]
    return groups[mask]


def _missing(v: Any) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA or v is pd.NaT


def parse_json_list(text: Any) -> list[Any]:
    """The ``problems`` / ``offending_rows`` JSON text columns; bad JSON becomes one item."""
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return []
    if isinstance(text, list):
        return text
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return [str(text)]
    if isinstance(value, list):
        return value
    return [value]
