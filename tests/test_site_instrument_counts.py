"""The instruments page counted by DuckDB (issue 15, twenty-second session): the page reads
fct_instruments counted per project, city and type (``dashboards.data.instrument_counts``), not
its 1.1 million rows at 100,000 projects, and is the same page as the one drawn from the rows:
missing types ("other"), missing names, a city the registry does not name, an instrument of no
project, more projects than the heatmap shows with tied counts."""

from __future__ import annotations

import duckdb
import pandas as pd

try:
    from tests.published_factory import build_published_db
except ImportError:  # pytest's prepend import mode puts tests/ itself on sys.path
    from published_factory import build_published_db

import dashboards.generate as gen
from dashboards import charts
from dashboards.data import (
    connect,
    instrument_counts,
    instrument_counts_of,
    load_published,
    read_frame,
)
from dashboards.pages import instruments_body, records, safe_id

# Instruments for the synthetic projects: 0-5 rows each (ties among the counts), types and
# names with gaps, a few in a city dim_city does not list, one of no project.
EXTRA_INSTRUMENTS = """
INSERT INTO main.fct_instruments
SELECT p.project_scope_id || '_x' || k, p.project_scope_id, p.project_id,
       CASE WHEN hash(p.project_scope_id || 'c') % 5 = 0 THEN 'nowhere' ELSE p.city_slug END,
       'label ' || k,
       CASE WHEN k % 4 = 3 THEN NULL ELSE 'forma ' || (k % 3) END,
       CASE k % 6 WHEN 0 THEN 'social' WHEN 1 THEN 'vocational' WHEN 2 THEN NULL
            WHEN 3 THEN 'health' WHEN 4 THEN 'other' ELSE 'educational' END
FROM main.fct_projects AS p, range(6) AS r(k)
WHERE k < hash(p.project_scope_id) % 6 AND p.project_scope_id NOT IN
      (SELECT project_scope_id FROM main.fct_instruments WHERE project_scope_id IS NOT NULL);
INSERT INTO main.fct_instruments VALUES
    ('orphan_1', NULL, NULL, 'torun', 'bez projektu', 'warsztaty', 'social'),
    ('orphan_2', NULL, NULL, NULL, 'bez miasta', NULL, NULL);
"""


def _published(tmp_path):
    db = build_published_db(tmp_path / "current.duckdb", extra_projects=90)
    con = duckdb.connect(str(db))
    try:
        con.execute(EXTRA_INSTRUMENTS)
        assert con.execute("SELECT count(*) FROM main.fct_instruments").fetchone()[0] > 150
    finally:
        con.close()
    return db


def _names(con, data):
    projects = data.projects[data.projects["project_scope_id"].notna()].copy()
    projects["page_id"] = [safe_id(v) for v in projects["project_scope_id"]]
    data.projects = projects
    names = {r["city_slug"]: r["city_name"] for r in records(data.cities)}
    for r in records(projects[["city_slug", "city_name"]].drop_duplicates()):
        names.setdefault(r["city_slug"], r["city_name"] or r["city_slug"])
    return data, names


def test_the_page_from_duckdbs_counts_equals_the_page_from_the_rows(tmp_path):
    db = _published(tmp_path)
    con = connect(db)
    try:
        data, names = _names(con, load_published(con))
        assert len(data.projects) > charts.HEATMAP_MAX
        site = gen._SiteData(con)
        for lg in ("pl", "en"):
            page = gen._instruments(site, lg)
            assert instruments_body(data, lg, names) == page
            assert "nowhere" in page  # the unnamed city keeps its slug
    finally:
        con.close()


def test_duckdbs_counts_equal_the_counts_of_the_rows(tmp_path):
    db = _published(tmp_path)
    con = connect(db)
    try:
        available = gen._SiteData(con).available
        rows = read_frame(con, available, "fct_instruments", gen.COLUMNS["fct_instruments"])
        a, b = instrument_counts_of(rows), instrument_counts(con, available)
    finally:
        con.close()
    key = ["project_scope_id", "city_slug", "instrument_type"]
    cells_a = a.cells.sort_values(key, na_position="last").reset_index(drop=True)
    cells_b = b.cells.sort_values(key, na_position="last").reset_index(drop=True)
    pd.testing.assert_frame_equal(cells_a.fillna("-"), cells_b.fillna("-"), check_dtype=False)
    pd.testing.assert_frame_equal(a.kinds.fillna("-"), b.kinds.fillna("-"), check_dtype=False)
    assert int(a.cells["n"].sum()) == len(rows[rows["instrument_id"].notna()])
    # the heatmaps' matrices as drawn from the rows before (one pivot of the rows each)
    df = rows.assign(instrument_type=rows["instrument_type"].fillna("other"))
    by_project = df.pivot_table(
        index="project_scope_id",
        columns="instrument_type",
        values="instrument_id",
        aggfunc="count",
        fill_value=0,
    )
    from_cells = b.cells.pivot_table(
        index="project_scope_id", columns="instrument_type", values="n", aggfunc="sum", fill_value=0
    )
    pd.testing.assert_frame_equal(by_project, from_cells, check_dtype=False)
    by_city = df.pivot_table(
        index="city_slug",
        columns="instrument_type",
        values="project_scope_id",
        aggfunc="nunique",
        fill_value=0,
    )
    projects_from_cells = b.cells.pivot_table(
        index="city_slug",
        columns="instrument_type",
        values="project_scope_id",
        aggfunc="nunique",
        fill_value=0,
    )
    pd.testing.assert_frame_equal(by_city, projects_from_cells, check_dtype=False)


def test_the_instruments_page_reads_no_instrument_row(tmp_path, monkeypatch):
    db = _published(tmp_path)
    con = connect(db)
    try:
        site = gen._SiteData(con)
        real = site.table

        def table(name):
            assert name != "instruments", "the instruments page read fct_instruments' rows"
            return real(name)

        monkeypatch.setattr(site, "table", table)
        assert "chart-instruments" in gen._instruments(site, "pl")
    finally:
        con.close()


def test_no_instruments_table_gives_the_empty_page(tmp_path):
    db = _published(tmp_path)
    with duckdb.connect(str(db)) as con:
        con.execute("DROP TABLE main.fct_instruments")
    con = connect(db)
    try:
        site = gen._SiteData(con)
        counts = site.instrument_counts()
        assert counts.empty
        data, names = _names(con, load_published(con))
        assert instruments_body(data, "pl", names) == gen._instruments(site, "pl")
    finally:
        con.close()


def test_a_failure_in_the_counts_leaves_the_last_site_and_publication_readable(
    tmp_path, monkeypatch
):
    import pytest

    import dashboards.data as data_mod
    from dashboards.generate import generate_site

    monkeypatch.delenv("INTEGRA_RAW", raising=False)
    db = _published(tmp_path)
    site = tmp_path / "site"
    generate_site(db, site, "pl", reports_dir=tmp_path / "reports")
    before = {
        p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()
    }
    with duckdb.connect(str(db)) as con:  # the instruments page must be rendered again
        con.execute("UPDATE main.fct_instruments SET instrument_normalised = 'Nowa forma'")

    def broken(*_args, **_kwargs):
        raise duckdb.IOException("disk gone")

    monkeypatch.setattr(data_mod, "instrument_counts", broken)
    with pytest.raises(duckdb.IOException):
        generate_site(db, site, "pl", reports_dir=tmp_path / "reports")
    after = {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    assert after == before  # the last site, whole
    con = connect(db)
    try:
        assert con.execute("SELECT count(*) FROM main.fct_instruments").fetchone()[0] > 150
    finally:
        con.close()
    monkeypatch.undo()
    monkeypatch.delenv("INTEGRA_RAW", raising=False)
    generate_site(db, site, "pl", reports_dir=tmp_path / "reports")  # the next build works
    assert "Nowa forma" in (site / "instruments.html").read_text(encoding="utf-8")


def test_the_pivots_are_made_once_for_both_languages(tmp_path, monkeypatch):
    db = _published(tmp_path)
    calls: list[str] = []
    for name in ("_project_type_counts", "_city_type_counts"):
        real = getattr(charts, name)

        def counted(*args, _real=real, _name=name):
            calls.append(_name)
            return _real(*args)

        monkeypatch.setattr(charts, name, counted)
    con = connect(db)
    try:
        site = gen._SiteData(con)
        pl, en = gen._instruments(site, "pl"), gen._instruments(site, "en")
    finally:
        con.close()
    assert sorted(calls) == ["_city_type_counts", "_project_type_counts"]
    assert pl != en and "chart-instruments-city" in en
