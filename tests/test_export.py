"""Exports of the published marts read back with the same rows (pandas, openpyxl, duckdb)."""

from __future__ import annotations

import csv
import datetime as dt
import math
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from integra.app import export as ex

try:
    from tests.published_factory import DDL, TORUN_ID, build_published_db
except ModuleNotFoundError:  # tests/ itself on sys.path
    from published_factory import DDL, TORUN_ID, build_published_db  # type: ignore[no-redef]

TABLES = sorted(DDL)


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_published_db(tmp_path_factory.mktemp("pub") / "current.duckdb")


@pytest.fixture(scope="module")
def models_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A dbt schema YAML like dbt_project/models/marts/_marts__models.yml (partial on purpose)."""
    d = tmp_path_factory.mktemp("models") / "marts"
    d.mkdir()
    (d / "_marts__models.yml").write_text(
        "version: 2\n"
        "models:\n"
        "  - name: fct_projects\n"
        "    description: One row per project scope.\n"
        "    columns:\n"
        "      - name: total_cost_pln\n"
        "        description: >\n"
        "          Total cost of the project scope in PLN\n"
        "          (grosze as decimals).\n"
        "      - name: title\n"
        "  - name: dim_city\n"
        "    columns:\n"
        "      - name: teryt_gmina\n"
        "        description: TERYT code, text with the leading zero.\n",
        encoding="utf-8",
    )
    (d / "broken.yml").write_text("models: [ {name: x\n", encoding="utf-8")  # ignored
    return d.parent


def _mart(con: duckdb.DuckDBPyConnection, table: str) -> pd.DataFrame:
    return con.execute(f'SELECT * FROM main."{table}"').df()


def _same_rows(con: duckdb.DuckDBPyConnection, table: str, relation_sql: str) -> None:
    """Multiset equality of the mart and the read-back relation, in DuckDB."""
    n_mart = con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    n_back = con.execute(f"SELECT count(*) FROM {relation_sql}").fetchone()[0]
    assert n_mart == n_back, table
    for a, b in [(f'"{table}"', relation_sql), (relation_sql, f'"{table}"')]:
        diff = con.execute(f"SELECT * FROM {a} EXCEPT ALL SELECT * FROM {b}").fetchall()
        assert diff == [], (table, diff[:3])


def test_csv_round_trip(published, tmp_path, models_dir) -> None:
    files = ex.export_marts(published, tmp_path, "csv", models_dir=models_dir)
    assert [p.name for p in files] == [f"{t}.csv" for t in TABLES] + ["opis_kolumn.csv"]
    con = duckdb.connect(str(published), read_only=True)
    try:
        for table in TABLES:
            path = tmp_path / f"{table}.csv"
            raw = path.read_bytes()
            assert not raw.startswith(b"\xef\xbb\xbf")  # plain UTF-8, no BOM
            types = con.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_name = ? AND table_schema = 'main' ORDER BY ordinal_position",
                [table],
            ).fetchall()
            cols = "{" + ", ".join(f"'{c}': '{t}'" for c, t in types) + "}"
            # the CSV holds the neutralised text: formula-like cells get a leading '
            con.execute(
                f"CREATE OR REPLACE TEMP VIEW neutral AS {ex._neutral_select(table, types)}"
            )
            _same_rows(con, "neutral", f"read_csv('{path}', header = true, columns = {cols})")
            back = pd.read_csv(path, dtype=str, keep_default_na=False)
            assert list(back.columns) == [c for c, _ in types]
            assert len(back) == len(_mart(con, table))
    finally:
        con.close()
    projects = pd.read_csv(tmp_path / "fct_projects.csv", encoding="utf-8")
    torun = projects.set_index("project_scope_id").loc[TORUN_ID]
    assert torun["total_cost_pln"] == 1239061.22 and torun["eu_cofinancing_pln"] == 1053259.79
    assert torun["city_name"] == "Toruń"
    cities = pd.read_csv(tmp_path / "dim_city.csv", dtype={"teryt_gmina": str})
    assert "0463011" in set(cities["teryt_gmina"])
    with open(tmp_path / "opis_kolumn.csv", encoding="utf-8", newline="") as fh:
        desc = {(r["table"], r["column"]): r["description"] for r in csv.DictReader(fh)}
    assert (
        desc[("fct_projects", "total_cost_pln")]
        == "Total cost of the project scope in PLN (grosze as decimals)."
    )
    assert desc[("fct_projects", "title")] == ""  # missing description: empty, not an error
    assert desc[("meta_quarantine", "reason")].startswith("Why")


def test_parquet_round_trip(published, tmp_path) -> None:
    files = ex.export_marts(published, tmp_path, "parquet", models_dir=tmp_path / "no-models")
    assert [p.name for p in files][:-1] == [f"{t}.parquet" for t in TABLES]
    con = duckdb.connect(str(published), read_only=True)
    try:
        for table in TABLES:
            path = tmp_path / f"{table}.parquet"
            _same_rows(con, table, f"read_parquet('{path}')")
            back = pd.read_parquet(path)  # pyarrow, as the mart through Arrow below
            mart = con.sql(f'SELECT * FROM main."{table}"').to_arrow_table().to_pandas()
            pd.testing.assert_frame_equal(back, mart)
    finally:
        con.close()


def _norm(value):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    if (
        isinstance(value, dt.datetime)
        and value.time() == dt.time(0)
        and not isinstance(value, pd.Timestamp)
    ):
        return value  # dates come back from Excel as midnight datetimes
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return dt.datetime(value.year, value.month, value.day)
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return float(value)
    return value


def _sort_key(row: tuple) -> str:
    return repr(tuple(f"{v:.8g}" if isinstance(v, float) else v for v in row))


def test_xlsx_round_trip_with_descriptions(published, tmp_path, models_dir) -> None:
    from openpyxl import load_workbook

    files = ex.export_marts(published, tmp_path, "xlsx", models_dir=models_dir)
    assert files == [tmp_path / "integra_marts.xlsx"]
    wb = load_workbook(files[0])
    assert wb.sheetnames == ["Opis kolumn", *TABLES]
    con = duckdb.connect(str(published), read_only=True)
    try:
        for table in TABLES:
            ws = wb[table]
            rows = list(ws.iter_rows(values_only=True))
            cur = con.execute(f'SELECT * FROM main."{table}"')
            names = [d[0] for d in cur.description]
            mart = cur.fetchall()
            assert list(rows[0]) == names
            assert len(rows) - 1 == len(mart), table
            back = sorted((tuple(map(_norm, r)) for r in rows[1:]), key=_sort_key)
            want = sorted((tuple(map(_norm, r)) for r in mart), key=_sort_key)
            for b_row, w_row in zip(back, want):
                for name, b, w in zip(names, b_row, w_row):
                    if isinstance(b, float) and isinstance(w, float):
                        # openpyxl writes floats with 16 significant digits ("%.16g")
                        assert math.isclose(b, w, rel_tol=1e-15), (table, name, b, w)
                    else:
                        assert b == w, (table, name, b, w)
            assert ws.freeze_panes == "A2"
    finally:
        con.close()
    # money with grosze (at most 15 significant digits) comes back exactly
    projects = list(wb["fct_projects"].iter_rows(values_only=True))
    torun = next(r for r in projects if r[0] == TORUN_ID)
    col = projects[0].index
    assert torun[col("total_cost_pln")] == 1239061.22
    assert torun[col("eu_cofinancing_pln")] == 1053259.79
    assert torun[col("own_contribution_pln")] == 185801.43
    assert torun[col("start_date")] == dt.datetime(2017, 10, 1)
    header = {c.value: c for c in wb["fct_projects"][1]}
    assert header["total_cost_pln"].comment.text.startswith(
        "Total cost of the project scope in PLN"
    )
    assert "[DOUBLE]" in header["total_cost_pln"].comment.text
    assert "no description" in header["title"].comment.text
    info = list(wb["Opis kolumn"].iter_rows(values_only=True))
    assert info[0] == ("Tabela / table", "Kolumna / column", "Typ / type", "Opis / description")
    assert ("fct_projects", None, None, "One row per project scope.") in info  # empty cells
    assert ("dim_city", "teryt_gmina", "VARCHAR", "TERYT code, text with the leading zero.") in info


def test_awkward_names_and_values(tmp_path) -> None:
    """Identifiers are quoted, file names made safe, formulas stay text, control chars dropped."""
    db = tmp_path / "odd.duckdb"
    con = duckdb.connect(str(db))
    con.execute('CREATE TABLE main."we""ird name/x" ("col ""a""" VARCHAR, "b" TIMESTAMPTZ)')
    con.execute("""INSERT INTO main."we""ird name/x" VALUES
        ('=HYPERLINK("http://x","y")', TIMESTAMPTZ '2025-11-20 03:00:00+01'),
        ('bell' || chr(7) || ' and ''quote''', NULL)""")
    con.close()
    out = tmp_path / "o'ut dir"
    csv_files = ex.export_marts(db, out, "csv")
    assert csv_files[0].name == "we_ird_name_x.csv"
    back = pd.read_csv(csv_files[0])
    assert list(back.columns) == ['col "a"', "b"]
    assert back.iloc[0, 0] == '\'=HYPERLINK("http://x","y")'  # inert in a spreadsheet
    assert back.iloc[1, 0] == "bell and 'quote'"  # control character dropped
    pq = ex.export_marts(db, out, "parquet")
    assert len(pd.read_parquet(pq[0])) == 2
    from openpyxl import load_workbook

    xlsx = ex.export_marts(db, out, "xlsx")[0]
    ws = load_workbook(xlsx)['we"ird name_x']
    cell = ws["A2"]
    assert cell.value == '=HYPERLINK("http://x","y")' and cell.data_type == "s"
    assert ws["A3"].value == "bell and 'quote'"
    assert ws["B2"].value == dt.datetime(2025, 11, 20, 2, 0)  # UTC, no time zone in Excel


def test_default_dir_bad_format_and_missing_file(published, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("INTEGRA_HOME", str(tmp_path / "home"))
    files = ex.export_marts(published, fmt="parquet")
    assert files[0].parent.parent == tmp_path / "home" / "exports"
    with pytest.raises(ValueError):
        ex.export_marts(published, tmp_path, "json")  # type: ignore[arg-type]
    with pytest.raises(FileNotFoundError):
        ex.export_marts(tmp_path / "missing.duckdb", tmp_path, "csv")


def test_real_dbt_descriptions_parse() -> None:
    """The project's own dbt YAML (being written alongside) parses; missing is fine."""
    desc = ex.column_descriptions()
    assert "meta_gate_results" in desc
    if "fct_projects" in desc:
        assert all(isinstance(v, str) for v in desc["fct_projects"].values())


# ----------------------------------------------------------------------------- Excel-friendly


@pytest.fixture
def hostile_db(tmp_path: Path) -> Path:
    """Text cells that a spreadsheet would run, a right-to-left override, money and a share."""
    db = tmp_path / "hostile.duckdb"
    con = duckdb.connect(str(db))
    con.execute(
        "CREATE TABLE main.fct_projects (title VARCHAR, city_name VARCHAR, total_cost_pln DOUBLE, "
        "eu_cofinancing_share DOUBLE, social_effectiveness_pct DOUBLE, start_date DATE, "
        "eur_pln_rate DOUBLE, participants_planned INTEGER)"
    )
    con.executemany(
        "INSERT INTO main.fct_projects VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            [
                '=HYPERLINK("http://evil","x")',
                "Włocławek",
                1239061.22,
                0.85,
                34.0,
                dt.date(2017, 10, 1),
                4.257,
                120,
            ],
            ["+1+cmd|' /C calc'!A0", "Toruń", 10.5, None, None, None, None, None],
            ["-2+3", "Gdynia", None, None, None, None, None, None],
            ["@SUM(A1)", "Szczecin", None, None, None, None, None, None],
            ["\tlead tab", "x", None, None, None, None, None, None],
            ["\rlead cr", "x", None, None, None, None, None, None],
            ["abc\u202egpj.exe", "x", None, None, None, None, None, None],
        ],
    )
    con.close()
    return db


NEUTRAL_TITLES = [
    '\'=HYPERLINK("http://evil","x")',
    "'+1+cmd|' /C calc'!A0",
    "'-2+3",
    "'@SUM(A1)",
    "'\tlead tab",
    "'\rlead cr",
    "abcgpj.exe",
]


def test_csv_cells_starting_like_formulas_are_inert(hostile_db, tmp_path) -> None:
    path = ex.export_marts(hostile_db, tmp_path / "plain", "csv")[0]
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["title"] for r in rows] == NEUTRAL_TITLES
    assert rows[0]["total_cost_pln"] == "1239061.22"  # numbers untouched, plain CSV


def test_excel_csv_has_bom_semicolons_and_decimal_comma(hostile_db, tmp_path) -> None:
    files = ex.export_marts(hostile_db, tmp_path / "xl", "csv", excel=True)
    raw = files[0].read_bytes()
    assert raw[:3] == b"\xef\xbb\xbf"  # UTF-8 BOM: Polish Excel reads "Włocławek" right
    assert raw[3:].startswith(b"title;city_name;total_cost_pln;")
    assert "Włocławek".encode() in raw and b"\r\n" in raw
    with open(files[0], encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    assert [r["title"] for r in rows] == NEUTRAL_TITLES
    assert rows[0]["total_cost_pln"] == "1239061,22" and rows[0]["eu_cofinancing_share"] == "0,85"
    assert rows[0]["start_date"] == "2017-10-01" and rows[1]["start_date"] == ""
    assert files[-1].name == "opis_kolumn.csv" and files[-1].read_bytes()[:3] == b"\xef\xbb\xbf"


def test_xlsx_number_formats_and_frozen_header(hostile_db, tmp_path) -> None:
    from openpyxl import load_workbook

    wb = load_workbook(ex.export_marts(hostile_db, tmp_path, "xlsx")[0])
    ws = wb["fct_projects"]
    assert ws.freeze_panes == "A2"
    header = [c.value for c in ws[1]]
    row = {name: cell for name, cell in zip(header, ws[2])}
    assert row["total_cost_pln"].number_format == '#,##0.00 "zł"'
    assert row["total_cost_pln"].value == 1239061.22
    assert row["eu_cofinancing_share"].number_format == "0.0%"
    assert row["social_effectiveness_pct"].number_format == '0.0 "%"'
    assert row["start_date"].number_format == "yyyy-mm-dd"
    assert row["eur_pln_rate"].number_format == "0.0000"
    assert row["participants_planned"].number_format == "General"
    assert row["title"].value == '=HYPERLINK("http://evil","x")' and row["title"].data_type == "s"
    assert ws.cell(8, 1).value == "abcgpj.exe"  # right-to-left override removed


def test_xlsx_number_format_rules() -> None:
    assert ex.xlsx_number_format("median_cost_per_participant_pln", "DOUBLE") == '#,##0.00 "zł"'
    assert ex.xlsx_number_format("total_cost_eur_sum", "DOUBLE") == '#,##0.00 "€"'
    assert ex.xlsx_number_format("eu_cofinancing_share_weighted", "DOUBLE") == "0.0%"
    assert ex.xlsx_number_format("completion_rate", "DOUBLE") == "0.0%"
    assert ex.xlsx_number_format("ingested_at", "TIMESTAMP") == "yyyy-mm-dd hh:mm:ss"
    assert ex.xlsx_number_format("title_pln", "VARCHAR") is None
    assert ex.xlsx_number_format("projects", "BIGINT") is None
