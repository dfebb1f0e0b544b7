"""The site's downloads: each table behind the pages as CSV and XLSX, at a cost that follows the
change.

A table with a ``city_slug`` column is written city by city: ``downloads/<name>/<city>.csv`` and
``.xlsx`` hold one city's rows (its "part", fingerprinted by a digest of those rows computed in
DuckDB), and the whole-table ``downloads/<name>.csv`` / ``.xlsx`` the page links to is the
parts in city order (NULL city last), assembled: the CSV as the header and each part's rows, the
XLSX as its header, each part's sheet rows already compressed (``xlsx.SheetPart``, taken back
out of the city's file) and its tail. After one changed document only its city's rows are read,
cleaned and compressed; the rest is a concatenation of bytes. A full build takes the same path
(every part rendered), so an incremental build and a full one give the same bytes.

Rows are in a data-derived order (city, then every column: ``ORDER BY ALL`` within a city), so
the files depend on the data only; text cells are made inert for spreadsheets
(``integra.output.csv_cell``). A table without ``city_slug`` is one part.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .fingerprint import code_version, digest
from .pages import safe_id
from .xlsx import SheetPart, rows_of, rows_part, xlsx_from_parts

#: The data behind the pages, offered for download as CSV and XLSX (site folder downloads/):
#: file name -> published table. Written whole: the marts as published, one row per their grain.
DOWNLOADS = {
    "projects": "fct_projects",
    "city_comparison": "mart_city_comparison",
    "project_editions": "fct_project_editions",
}
DOWNLOAD_MAX_ROWS = 200_000
PART_COLUMN = "city_slug"
NO_CITY = "_no_city"  # the part of the rows without a city (not a registry slug: those are a-z_)


@dataclass
class _Part:
    key: Any  # the city_slug (None: no city; the table's one part when it has no city_slug)
    stem: str  # downloads/<name>/<stem>.csv|.xlsx
    fp: str
    n: int = 0  # its row count
    csv: bytes = b""  # its rows, no header
    sheet: SheetPart | None = None


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def write_downloads(w: Any, con: Any) -> None:
    """downloads/<name>.csv and .xlsx for each published table of DOWNLOADS (skipped when the
    table is missing or larger than DOWNLOAD_MAX_ROWS), with their per-city files."""
    from .data import table_columns

    have = table_columns(con)
    for name, table in DOWNLOADS.items():
        if table in have:
            _write_table(w, con, name, table)


def _types(con: Any, table: str) -> list[tuple[str, str]]:
    return con.execute(
        "SELECT column_name, data_type FROM duckdb_columns() WHERE schema_name = 'main' "
        "AND database_name = current_database() AND table_name = ? ORDER BY column_index",
        [table],
    ).fetchall()


def _write_table(w: Any, con: Any, name: str, table: str) -> None:
    t = _quote(table)
    types = _types(con, table)
    columns = [c for c, _ in types]
    split = PART_COLUMN in columns
    key_sql = _quote(PART_COLUMN) if split else "NULL"
    rows = con.execute(
        f"SELECT {key_sql} AS k, count(*), coalesce(sum(hash(integra_site_row__)), 0)::VARCHAR "
        f"FROM main.{t} AS integra_site_row__ GROUP BY k ORDER BY k NULLS LAST"
    ).fetchall()
    if sum(n for _, n, _ in rows) > DOWNLOAD_MAX_ROWS:
        return
    version = code_version()
    parts = [
        _Part(
            key=k,
            stem=(NO_CITY if k is None else safe_id(k)),
            fp=digest(version, name, types, split, k, n, total),
            n=n,
        )
        for k, n, total in rows
    ]
    whole_fp = digest(version, name, types, [p.fp for p in parts])
    csv_rel, xlsx_rel = f"downloads/{name}.csv", f"downloads/{name}.xlsx"
    need_whole = [rel for rel in (csv_rel, xlsx_rel) if not w.reuse(rel, whole_fp)]
    header = _csv_header(columns)
    todo: list[_Part] = []
    for p in parts:
        if not split:
            if need_whole:
                todo.append(p)
            continue
        rel = f"downloads/{name}/{p.stem}"
        linked_csv = w.reuse(rel + ".csv", p.fp)
        linked_xlsx = w.reuse(rel + ".xlsx", p.fp)
        if not (linked_csv and linked_xlsx):
            todo.append(p)
        elif need_whole:  # its bytes for the whole file, from the file just linked
            p.csv = _csv_rows(w.read(rel + ".csv"), header)
            p.sheet = rows_of(w.read(rel + ".xlsx"), columns)
            if p.csv is None or p.sheet is None:  # not a part this writer made: render it
                todo.append(p)
    for batch in _batches(todo) if split else ([todo] if todo else []):
        _render_parts(con, table, columns, types, batch, split)
        for p in batch:
            if split:
                rel = f"downloads/{name}/{p.stem}"
                if rel + ".csv" not in w.inputs:
                    w.put(rel + ".csv", header + p.csv, p.fp)
                if rel + ".xlsx" not in w.inputs:
                    w.put(rel + ".xlsx", xlsx_from_parts(columns, [p.sheet], table), p.fp)
    if csv_rel in need_whole:
        w.put(csv_rel, header + b"".join(p.csv for p in parts), whole_fp)
    if xlsx_rel in need_whole:
        w.put(xlsx_rel, xlsx_from_parts(columns, [p.sheet for p in parts], table), whole_fp)


#: Rows read at once when parts are rendered: parts are read a few cities at a time, so that a
#: full build never holds the whole table as one frame (at 100,000 projects that took gigabytes).
RENDER_ROWS = 20_000


def _batches(todo: list[_Part]) -> list[list[_Part]]:
    """``todo`` in order, cut into runs of at most RENDER_ROWS rows (a larger part alone)."""
    out: list[list[_Part]] = []
    rows = 0
    for p in todo:
        if out and rows + p.n <= RENDER_ROWS:
            out[-1].append(p)
            rows += p.n
        else:
            out.append([p])
            rows = p.n
    return out


def _csv_header(columns: list[str]) -> bytes:
    import pandas as pd

    return pd.DataFrame(columns=columns).to_csv(index=False).encode("utf-8")


def _csv_rows(data: bytes | None, header: bytes) -> bytes | None:
    if data is None or not data.startswith(header):
        return None
    return data[len(header) :]


def _render_parts(
    con: Any,
    table: str,
    columns: list[str],
    types: list[tuple[str, str]],
    todo: list[_Part],
    split: bool,
) -> None:
    """Read the rows of the parts of ``todo`` (one query), make their text inert, and set each
    part's CSV rows and compressed sheet rows."""
    order = ", ".join(f"{_quote(c)} ASC NULLS LAST" for c in columns)
    sql = f"SELECT * FROM main.{_quote(table)}"
    params: list[Any] = []
    if split:
        keys = [p.key for p in todo if p.key is not None]
        cond = [f"{_quote(PART_COLUMN)} IN (SELECT unnest(?::VARCHAR[]))"]
        params.append(keys)
        if any(p.key is None for p in todo):
            cond.append(f"{_quote(PART_COLUMN)} IS NULL")
        sql += " WHERE " + " OR ".join(cond)
        order = f"{_quote(PART_COLUMN)} ASC NULLS LAST, {order}"
    df = con.execute(f"{sql} ORDER BY {order}", params).df()
    _inert(df)
    if split:
        by_key = {p.key: p for p in todo}
        keys = df[PART_COLUMN].tolist()
        start = 0
        while start < len(keys):
            k = keys[start]
            end = start
            while end < len(keys) and _same(keys[end], k):
                end += 1
            _fill(by_key[None if _missing(k) else k], df.iloc[start:end], types)
            start = end
    else:
        _fill(todo[0], df, types)


def _missing(v: Any) -> bool:
    """None, NaN, NaT or pd.NA (a scalar as DuckDB's frames hold them)."""
    import pandas as pd

    return v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and v != v)


def _same(a: Any, b: Any) -> bool:
    if _missing(a) or _missing(b):
        return _missing(a) and _missing(b)
    return a == b


def _inert(df: Any) -> None:
    """Text cells a spreadsheet will not run (integra.output.csv_cell), each distinct text once."""
    from integra.output import csv_cell

    for col in df.columns:
        if df[col].dtype == object:
            seen: dict[str, Any] = {}

            def cell(v: Any, seen: dict[str, Any] = seen) -> Any:
                if not isinstance(v, str):
                    return csv_cell(v)
                out = seen.get(v)
                if out is None:
                    out = seen[v] = csv_cell(v)
                return out

            df[col] = df[col].map(cell)


def _fill(part: _Part, df: Any, types: list[tuple[str, str]]) -> None:
    part.sheet = rows_part(df)
    part.csv = _csv_body(df, types)


def _csv_body(df: Any, types: list[tuple[str, str]]) -> bytes:
    """The rows as CSV, each value written by its published type, not by what the rows at hand
    let pandas infer (a timestamp column of midnights alone would lose its time in one part and
    not in another)."""
    out = df.copy()
    for col, typ in types:
        if col not in out.columns:
            continue
        if typ == "DATE":
            out[col] = [None if _missing(v) else v.strftime("%Y-%m-%d") for v in out[col]]
        elif typ.startswith("TIMESTAMP"):
            out[col] = [None if _missing(v) else str(v) for v in out[col]]
    return out.to_csv(index=False, header=False).encode("utf-8")
