"""Issue 14's "Done when": a column added to fct_projects (its SQL and its YAML, nothing else)
reaches the gate's schema check, the project pages, the site's download and the exports.

A copy of the project (code, dbt project, suites, samples) gets the column; `integra refresh`
and `integra export` run on it in a fresh process with a private INTEGRA_HOME.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
NEW = "city_name_letters"
LABEL_PL = "Liczba liter nazwy miasta"
LABEL_EN = "Letters in the city name"
SKIP = {".git", ".venv", "warehouse", "test-artifacts", "tests", "benchmarks"}


def _copy_project(dst: Path) -> Path:
    def ignore(folder: str, names: list[str]) -> list[str]:
        top = Path(folder) == ROOT  # the repository's own tests/, not dbt_project/tests/
        return [n for n in names if n == "__pycache__" or (top and n in SKIP)]

    shutil.copytree(ROOT, dst, ignore=ignore)
    return dst


def _add_column(project: Path) -> None:
    """The column in the model's SQL and in the marts' YAML: the only two edits."""
    sql = project / "dbt_project" / "models" / "marts" / "fct_projects.sql"
    text = sql.read_text(encoding="utf-8")
    last = "    figures.employment_effectiveness_basis\nfrom figures"
    assert text.count(last) == 1
    sql.write_text(
        text.replace(
            last,
            "    figures.employment_effectiveness_basis,\n"
            f"    cast(length(cities.city_name) as integer) as {NEW}\nfrom figures",
        ),
        encoding="utf-8",
    )
    yml = project / "dbt_project" / "models" / "marts" / "_marts__models.yml"
    doc = yaml.safe_load(yml.read_text(encoding="utf-8"))
    (model,) = [m for m in doc["models"] if m["name"] == "fct_projects"]
    model["columns"].append(
        {
            "name": NEW,
            "data_type": "integer",
            "description": "Letters in the name of the project's city.",
            "meta": {"label_pl": LABEL_PL, "label_en": LABEL_EN},
        }
    )
    yml.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")


def _integra(project: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    for var in [v for v in env if v.startswith("INTEGRA_")] + ["DAGSTER_HOME"]:
        env.pop(var, None)
    env |= {
        "INTEGRA_HOME": str(home),
        "INTEGRA_RAW": str(project / "raw_samples"),
        "PYTHONPATH": str(project),
    }
    return subprocess.run(
        [str(Path(sys.executable).with_name("integra")), *args],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


@pytest.mark.slow
def test_a_column_added_to_sql_and_yaml_reaches_gate_site_and_exports(tmp_path):
    project = _copy_project(tmp_path / "project")
    _add_column(project)
    home = tmp_path / "home"

    r = _integra(project, home, "refresh")
    assert r.returncode == 0, r.stdout + r.stderr

    # the gate's schema check has the column, and passed
    report = json.loads((home / "reports" / "latest.json").read_text(encoding="utf-8"))
    assert report["passed"] is True
    (columns,) = [
        x
        for x in report["results"]
        if x["mart"] == "fct_projects"
        and x["expectation_type"] == "expect_table_columns_to_match_set"
    ]
    (types,) = [
        x
        for x in report["results"]
        if x["mart"] == "fct_projects"
        and x["expectation_type"] == "expect_table_column_types_to_match"
    ]
    assert columns["success"] and NEW in columns["kwargs"]["column_set"]
    assert types["success"] and types["kwargs"]["column_types"][NEW] == "number"

    # published, with the contract's words as the column's comment
    con = duckdb.connect(str(home / "published" / "current.duckdb"), read_only=True)
    try:
        letters = dict(
            con.execute(f"SELECT project_id, {NEW} FROM fct_projects ORDER BY 1").fetchall()
        )
        (comment,) = con.execute(
            "SELECT comment FROM duckdb_columns() WHERE table_name = 'fct_projects' "
            "AND column_name = ?",
            [NEW],
        ).fetchone()
    finally:
        con.close()
    assert len(letters) == 4 and all(n and n > 3 for n in letters.values())
    assert json.loads(comment)["label_pl"] == LABEL_PL

    # on each project page, labelled from the YAML, formatted as an integer
    site = home / "site"
    for project_id, n in letters.items():
        pl = (site / "projects" / f"{project_id}.html").read_text(encoding="utf-8")
        en = (site / "en" / "projects" / f"{project_id}.html").read_text(encoding="utf-8")
        assert "Pozostałe pola" in pl and "Other fields" in en
        assert f"<td>{LABEL_PL}</td><td>{n}</td>" in pl.replace("\n", "")
        assert f"<td>{LABEL_EN}</td><td>{n}</td>" in en.replace("\n", "")

    # in the site's download of the projects
    with open(site / "downloads" / "projects.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["project_id"]: int(r[NEW]) for r in rows} == letters

    # in the CSV and XLSX exports
    r = _integra(project, home, "export", "--format", "csv", "--out", str(tmp_path / "csv"))
    assert r.returncode == 0, r.stderr
    with open(tmp_path / "csv" / "fct_projects.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["project_id"]: int(r[NEW]) for r in rows} == letters
    r = _integra(project, home, "export", "--format", "xlsx", "--out", str(tmp_path / "xlsx"))
    assert r.returncode == 0, r.stderr
    from openpyxl import load_workbook

    (book,) = list((tmp_path / "xlsx").glob("*.xlsx"))
    sheet = load_workbook(book, read_only=True)["fct_projects"]
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    assert NEW in header


def test_a_published_column_without_a_place_of_its_own_is_shown_under_other_fields(tmp_path):
    """The site's half, fast: the column comment publication writes labels the column, its
    DuckDB type formats the value, and columns the site places (or leaves off) stay out."""
    from dashboards.data import COLUMNS, NOT_ON_PAGES, other_columns, read_records
    from dashboards.pages import project_body

    path = tmp_path / "published.duckdb"
    con = duckdb.connect(str(path))
    known = [c for c in COLUMNS["fct_projects"] if c != "project_scope_id"]
    known += sorted(NOT_ON_PAGES["fct_projects"])
    # a column the site reads but does not show (participants_planned_document_id) is in both
    known = list(dict.fromkeys(known))
    cols = ", ".join(f'"{c}" VARCHAR' for c in known)
    con.execute(f"CREATE TABLE fct_projects ({cols}, {NEW} INTEGER, opened DATE, note VARCHAR)")
    con.execute(
        f"INSERT INTO fct_projects (project_id, title, {NEW}, opened) "
        "VALUES ('p1', 'Aktywni', 12345, DATE '2017-10-01')"
    )
    words = json.dumps({"description": "Letters.", "label_pl": LABEL_PL, "label_en": LABEL_EN})
    con.execute(f"COMMENT ON COLUMN fct_projects.{NEW} IS '{words}'")
    con.execute("""COMMENT ON COLUMN fct_projects.opened IS '{"description": "Opened on."}'""")
    con.close()

    con = duckdb.connect(str(path), read_only=True)
    try:
        extra = other_columns(con, "fct_projects")
        (row,) = read_records(con, "fct_projects")
    finally:
        con.close()
    assert [(c.name, c.data_type) for c in extra] == [
        (NEW, "INTEGER"),
        ("opened", "DATE"),
        ("note", "VARCHAR"),
    ]
    assert (row["project_scope_id"], row[NEW], row["note"]) == ("p1", 12345, None)
    pl = str(project_body(row, [], [], [], [], "pl", "../index.html", other_fields=extra))
    en = str(project_body(row, [], [], [], [], "en", "../index.html", other_fields=extra))
    assert f"<td>{LABEL_PL}</td><td>12\xa0345</td>" in pl
    assert "<td>Opened on.</td><td>1\xa0października 2017</td>" in pl
    assert f"<td>{LABEL_EN}</td><td>12,345</td>" in en
    assert "<h2>Pozostałe pola</h2>" in pl and "<h2>Other fields</h2>" in en
    assert ">note<" not in pl  # a missing value is left out, as in the facts table
    plain = str(project_body(row, [], [], [], [], "pl", "../index.html"))
    assert "Pozostałe pola" not in plain
