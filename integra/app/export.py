"""Exports of the published marts for analysts: ``integra export --format csv|parquet|xlsx``.

Reads only INTEGRA_HOME/published/current.duckdb (read-only, no extension auto-install) and
writes every table of schema ``main`` (the marts and the meta_* publication tables):

- ``csv``: one ``<table>.csv`` per table, UTF-8 **without** BOM, comma-separated, header row,
  ``"``-quoted where needed, NULL as an empty field, booleans ``true``/``false``, dates ISO
  (DuckDB COPY). Plain UTF-8 is what pandas, R, DuckDB and LibreOffice read by default.
  ``excel=True`` (``integra export --excel``) writes what Polish Excel opens by double-click
  instead: UTF-8 **with** a BOM (``EF BB BF``), ``;`` between fields, a decimal comma, CRLF.
  In both, text cells are neutralised: control and bidi-override characters are removed, and a
  text starting with ``= + - @``, tab or CR gets a leading ``'`` so no spreadsheet runs it as a
  formula (CSV injection).
- ``parquet``: one ``<table>.parquet`` per table (DuckDB COPY, zstd), types kept.
- ``xlsx``: one workbook ``integra_marts.xlsx``: a sheet per table (header row frozen, with the
  column description as a cell comment; tables over Excel's 1,048,576 rows continue on sheets
  ``name (2)``…) and a sheet "Opis kolumn" with the table and column descriptions. Text is stored
  as text, never as a formula. Number formats follow the column names' units (the marts' YAML
  convention): ``*_pln`` ``#,##0.00 "zł"``, ``*_eur`` ``#,##0.00 "€"``, ``*_share`` and
  ``completion_rate`` percent, ``*_pct`` ``0.0 "%"`` (values 0..100), dates ``yyyy-mm-dd``.

csv and parquet also get ``opis_kolumn.csv`` (table, column, type, description). Descriptions come
from the dbt YAML files (dbt_project/models/**/*.yml); a missing description is left empty.

Default output directory: INTEGRA_HOME/exports/<UTC timestamp>/. Each file is written under a
temporary name and renamed into place.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

import duckdb

from integra.output import clean_text, csv_cell
from integra.settings import DBT_PROJECT_DIR, paths

Format = Literal["csv", "parquet", "xlsx"]
FORMATS: tuple[str, ...] = ("csv", "parquet", "xlsx")
READ_CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
XLSX_NAME = "integra_marts.xlsx"
DESCRIPTIONS_NAME = "opis_kolumn.csv"
DESCRIPTIONS_SHEET = "Opis kolumn"
EXCEL_MAX_ROWS = 1_048_576  # including the header row
EXCEL_MAX_CELL = 32_767

# The publish step (not dbt) adds these; their descriptions live here.
META_DESCRIPTIONS: dict[str, dict[str, str]] = {
    "meta_publication": {
        "": "One row per publication of the marts (written by integra/warehousing/publish.py).",
        "version": "Publication version number (versions/vNNNN.duckdb).",
        "published_at": "When the version was published (timestamp, UTC).",
        "run_id": "Id of the pipeline run that built it.",
        "source_build": "The build file the marts were copied from.",
        "row_counts": "Row count per mart (JSON text).",
    },
    "meta_gate_results": {
        "": "Results of the last quality gate before publication (one row per expectation).",
        "suite": "Expectation suite name.",
        "mart": "Mart the expectation checks.",
        "expectation": "The expectation (type and arguments).",
        "severity": "error (blocks publication) | warning (published and shown).",
        "success": "Whether the expectation held (boolean).",
        "observed": "Observed value or summary.",
        "offending_rows": "Rows that broke the expectation (JSON text array, possibly truncated).",
    },
    "meta_quarantine": {
        "": "Documents that ingestion could not read as a project description, with the reason.",
        "document_id": "Document key (first 16 hex of sha256(source_file + newline + sha256)).",
        "city_slug": "City key.",
        "source_file": "Path relative to the landing folder INTEGRA_RAW (POSIX).",
        "sha256": "SHA-256 of the raw bytes.",
        "reason": "Why the document was quarantined.",
        "ingested_at": "When ingestion saw it (timestamp, UTC).",
    },
}


def quote_ident(name: str) -> str:
    """A DuckDB identifier in double quotes (embedded quotes doubled)."""
    return '"' + name.replace('"', '""') + '"'


def quote_literal(text: str) -> str:
    """A DuckDB string literal in single quotes (embedded quotes doubled)."""
    return "'" + text.replace("'", "''") + "'"


def safe_filename(name: str) -> str:
    """A table name as a file name: letters, digits, ``_ . -``; anything else becomes ``_``."""
    cleaned = re.sub(r"[^A-Za-z0-9_.-]", "_", name).strip(".")
    return cleaned or "table"


def column_descriptions(models_dir: Path | None = None) -> dict[str, dict[str, str]]:
    """``{model: {"": model description, column: description}}`` from dbt's schema YAML files,
    plus the meta_* tables. Unreadable files and missing descriptions are skipped."""
    import yaml  # PyYAML comes with dbt-core

    models_dir = Path(models_dir) if models_dir else DBT_PROJECT_DIR / "models"
    out: dict[str, dict[str, str]] = {k: dict(v) for k, v in META_DESCRIPTIONS.items()}
    files = (
        sorted([*models_dir.rglob("*.yml"), *models_dir.rglob("*.yaml")])
        if models_dir.is_dir()
        else []
    )
    for path in files:
        try:
            doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            continue
        if not isinstance(doc, dict):
            continue
        for model in doc.get("models") or []:
            if not isinstance(model, dict) or not model.get("name"):
                continue
            entry = out.setdefault(str(model["name"]), {})
            if isinstance(model.get("description"), str) and model["description"].strip():
                entry[""] = " ".join(model["description"].split())
            for col in model.get("columns") or []:
                if (
                    isinstance(col, dict)
                    and col.get("name")
                    and isinstance(col.get("description"), str)
                ):
                    desc = " ".join(col["description"].split())
                    if desc:
                        entry[str(col["name"])] = desc
    return out


def published_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Tables and views of schema main in the open file, by name."""
    rows = con.execute(
        "SELECT table_name FROM information_schema.tables "
        "WHERE table_schema = 'main' AND table_catalog = current_database() ORDER BY table_name"
    ).fetchall()
    return [r[0] for r in rows]


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[str, str]]:
    rows = con.execute(
        "SELECT column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = 'main' AND table_catalog = current_database() AND table_name = ? "
        "ORDER BY ordinal_position",
        [table],
    ).fetchall()
    return [(r[0], r[1]) for r in rows]


def default_out_dir() -> Path:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return paths().home / "exports" / stamp


def _tmp_for(path: Path) -> Path:
    return path.with_name(f".{path.name}.tmp-{os.getpid()}")


def export_marts(
    published_db: Path | None = None,
    out_dir: Path | None = None,
    fmt: Format = "csv",
    *,
    models_dir: Path | None = None,
    excel: bool = False,
) -> list[Path]:
    """Write every table of the published file in ``fmt``; return the files written (the mart
    files in table-name order, then the descriptions file for csv/parquet)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {FORMATS}")
    published_db = Path(published_db) if published_db else paths().published_db
    if not published_db.is_file():
        raise FileNotFoundError(f"published database not found: {published_db}")
    out_dir = Path(out_dir) if out_dir else default_out_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    descriptions = column_descriptions(models_dir)

    con = duckdb.connect(str(published_db), read_only=True, config=dict(READ_CONFIG))
    try:
        tables = published_tables(con)
        schemas = {t: _columns(con, t) for t in tables}
        if fmt == "xlsx":
            return [_write_xlsx(con, tables, schemas, descriptions, out_dir / XLSX_NAME)]
        written: list[Path] = []
        used: set[str] = set()
        for table in tables:
            stem = safe_filename(table)
            while stem.lower() in used:
                stem += "_"
            used.add(stem.lower())
            target = out_dir / f"{stem}.{fmt}"
            tmp = _tmp_for(target)
            if fmt == "csv" and excel:
                _write_excel_csv(con, table, schemas[table], tmp)
            elif fmt == "csv":
                con.execute(
                    f"COPY ({_neutral_select(table, schemas[table])}) TO {quote_literal(str(tmp))} "
                    "(FORMAT csv, HEADER true, DELIMITER ',')"
                )
            else:
                con.execute(
                    f"COPY (SELECT * FROM main.{quote_ident(table)}) TO {quote_literal(str(tmp))} "
                    "(FORMAT parquet, COMPRESSION zstd)"
                )
            os.replace(tmp, target)
            written.append(target)
        written.append(
            _write_descriptions_csv(
                tables,
                schemas,
                descriptions,
                out_dir / DESCRIPTIONS_NAME,
                excel=excel and fmt == "csv",
            )
        )
        return written
    finally:
        con.close()


def _description_rows(
    tables: Iterable[str], schemas: dict[str, list[tuple[str, str]]], descriptions: dict
) -> list[list[str]]:
    rows = []
    for table in tables:
        desc = descriptions.get(table, {})
        rows.append([table, "", "", desc.get("", "")])
        for name, dtype in schemas[table]:
            rows.append([table, name, dtype, desc.get(name, "")])
    return rows


def _write_descriptions_csv(
    tables, schemas, descriptions, target: Path, *, excel: bool = False
) -> Path:
    tmp = _tmp_for(target)
    with open(tmp, "w", encoding="utf-8-sig" if excel else "utf-8", newline="") as fh:
        w = csv.writer(fh, **_excel_dialect(excel))
        w.writerow(["table", "column", "type", "description"])
        rows = _description_rows(tables, schemas, descriptions)
        w.writerows([[csv_cell(v) for v in row] for row in rows])
    os.replace(tmp, target)
    return target


# Text made inert in CSV (see the module docstring): output.UNSAFE_CHARS in DuckDB's RE2 syntax.
_UNSAFE_RE2 = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x{9f}\x{202a}-\x{202e}\x{2066}-\x{2069}]"


def _is_text(dtype: str) -> bool:
    return dtype.upper() in ("VARCHAR", "TEXT", "STRING") or dtype.upper().startswith("VARCHAR(")


def _neutral_select(table: str, cols: list[tuple[str, str]]) -> str:
    """``SELECT`` of a table with its text columns cleaned and formula-inert (as output.csv_cell)."""
    exprs = []
    for name, dtype in cols:
        q = quote_ident(name)
        if _is_text(dtype):
            clean = f"regexp_replace({q}, '{_UNSAFE_RE2}', '', 'g')"
            exprs.append(
                f"CASE WHEN left({clean}, 1) IN ('=', '+', '-', '@', chr(9), chr(13)) "
                f"THEN '''' || {clean} ELSE {clean} END AS {q}"
            )
        else:
            exprs.append(q)
    return f"SELECT {', '.join(exprs) or '*'} FROM main.{quote_ident(table)}"


def _excel_dialect(excel: bool) -> dict[str, str]:
    return {"delimiter": ";", "lineterminator": "\r\n"} if excel else {}


def _excel_value(value: Any) -> Any:
    """A value as Polish Excel reads it: decimal comma, ISO dates, neutralised text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value).replace(".", ",")
    if isinstance(value, Decimal):
        return str(value).replace(".", ",")
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return csv_cell(value)


def _write_excel_csv(con, table: str, cols: list[tuple[str, str]], target: Path) -> None:
    """One table as CSV for Polish Excel: BOM, ';', decimal comma, CRLF, neutralised text."""
    cur = con.cursor()
    try:
        cur.execute(f"SELECT * FROM main.{quote_ident(table)}")
        with open(target, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh, **_excel_dialect(True))
            w.writerow([csv_cell(name) for name, _ in cols])
            while batch := cur.fetchmany(10_000):
                w.writerows([[_excel_value(v) for v in rec] for rec in batch])
    finally:
        cur.close()


def _xlsx_value(value: Any) -> Any:
    """A DuckDB value as something openpyxl stores faithfully."""
    if isinstance(value, str):
        value = clean_text(value)  # no control or bidi-override characters (valid XML too)
        return value[:EXCEL_MAX_CELL]
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(dt.UTC).replace(tzinfo=None)  # Excel has no time zones
    if isinstance(value, dt.time) and value.tzinfo is not None:
        return value.replace(tzinfo=None)
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dt.timedelta):
        return str(value)
    if isinstance(value, (list, dict, tuple)):
        import json

        return json.dumps(value, ensure_ascii=False, default=str)[:EXCEL_MAX_CELL]
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()[:EXCEL_MAX_CELL]
    return value


XLSX_PLN = '#,##0.00 "zł"'
XLSX_EUR = '#,##0.00 "€"'
XLSX_SHARE = "0.0%"
XLSX_PCT = '0.0 "%"'
XLSX_DATE = "yyyy-mm-dd"
XLSX_TIMESTAMP = "yyyy-mm-dd hh:mm:ss"


def xlsx_number_format(column: str, dtype: str) -> str | None:
    """The Excel number format of a column, from its type and its name's unit (the marts' YAML
    convention: ``*_pln`` money in PLN, ``*_eur`` in EUR, ``*_share`` fractions 0..1, ``*_pct``
    percentages 0..100), or None for the default."""
    t = dtype.upper()
    if t == "DATE":
        return XLSX_DATE
    if t.startswith("TIMESTAMP"):
        return XLSX_TIMESTAMP
    numeric = t in ("DOUBLE", "FLOAT", "REAL") or t.startswith(("DECIMAL", "NUMERIC"))
    if not numeric and t not in ("INTEGER", "BIGINT", "HUGEINT", "SMALLINT"):
        return None
    words = column.lower().split("_")
    if "rate" in words and "eur" in words:  # eur_pln_rate: PLN per EUR
        return "0.0000"
    if "share" in words or column.lower() == "completion_rate":
        return XLSX_SHARE
    if words[-1] == "pct":
        return XLSX_PCT
    if "pln" in words:
        return XLSX_PLN
    if "eur" in words:
        return XLSX_EUR
    return None


def _sheet_names(tables: list[str]) -> dict[str, str]:
    names: dict[str, str] = {}
    used = {DESCRIPTIONS_SHEET.lower()}
    for table in tables:
        base = re.sub(r"[\[\]:*?/\\]", "_", table)[:31].strip("'") or "table"
        name, i = base, 2
        while name.lower() in used:
            suffix = f" ({i})"
            name, i = base[: 31 - len(suffix)] + suffix, i + 1
        used.add(name.lower())
        names[table] = name
    return names


def _write_xlsx(con, tables: list[str], schemas, descriptions, target: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook(write_only=True)
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DCE6F2")
    names = _sheet_names(tables)
    all_sheet_names = {DESCRIPTIONS_SHEET.lower(), *(n.lower() for n in names.values())}

    info = wb.create_sheet(DESCRIPTIONS_SHEET)
    info.freeze_panes = "A2"
    for col, width in zip("ABCD", (26, 36, 16, 100)):
        info.column_dimensions[col].width = width
    header = []
    for text in ("Tabela / table", "Kolumna / column", "Typ / type", "Opis / description"):
        c = WriteOnlyCell(info, text)
        c.font, c.fill = bold, fill
        header.append(c)
    info.append(header)
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in _description_rows(tables, schemas, descriptions):
        cells = []
        for v in row:
            c = WriteOnlyCell(info, v)
            c.data_type = "s"
            c.alignment = wrap
            if not row[1]:
                c.font = bold
            cells.append(c)
        info.append(cells)

    for table in tables:
        cols = schemas[table]
        desc = descriptions.get(table, {})

        def new_sheet(part: int, table: str = table, cols: list = cols, desc: dict = desc):
            name = names[table] if part == 1 else _continuation(names[table], part, all_sheet_names)
            ws = wb.create_sheet(name)
            ws.freeze_panes = "A2"
            for i, (cname, _) in enumerate(cols):
                ws.column_dimensions[_col_letter(i)].width = max(10, min(40, len(cname) + 4))
            cells = []
            for cname, dtype in cols:
                c = WriteOnlyCell(ws, cname)
                c.font, c.fill = bold, fill
                text = desc.get(cname) or "(no description in dbt)"
                c.comment = Comment(f"{text}\n[{dtype}]", "Integra", width=320, height=120)
                cells.append(c)
            ws.append(cells)
            return ws

        formats = [xlsx_number_format(cname, dtype) for cname, dtype in cols]
        part, written = 1, 0
        ws = new_sheet(part)
        cur = con.cursor()
        cur.execute(f"SELECT * FROM main.{quote_ident(table)}")
        while batch := cur.fetchmany(10_000):
            for rec in batch:
                if written >= EXCEL_MAX_ROWS - 1:  # Excel's limit: continue on a new sheet
                    part, written = part + 1, 0
                    ws = new_sheet(part)
                cells = []
                for v, fmt in zip(rec, formats):
                    v = _xlsx_value(v)
                    if isinstance(v, str):
                        c = WriteOnlyCell(ws, v)
                        c.data_type = "s"  # never a formula, even if it starts with '='
                        cells.append(c)
                    elif fmt and v is not None and not isinstance(v, bool):
                        c = WriteOnlyCell(ws, v)
                        c.number_format = fmt
                        cells.append(c)
                    else:
                        cells.append(v)
                ws.append(cells)
                written += 1
        cur.close()

    tmp = _tmp_for(target)
    wb.save(tmp)
    os.replace(tmp, target)
    return target


def _continuation(base: str, part: int, used: set[str]) -> str:
    suffix = f" ({part})"
    name = base[: 31 - len(suffix)] + suffix
    while name.lower() in used:
        part += 1
        suffix = f" ({part})"
        name = base[: 31 - len(suffix)] + suffix
    used.add(name.lower())
    return name


def _col_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)
