"""The site's summary pages are rendered from the fct_projects columns they read
(dashboards/generate.py PAGE_PROJECT_COLUMNS) and again only when the digest of those columns, or
of their other frames, changed (issue 15: one changed document among 100,000 must not re-render
the instruments page). Each page rendered from its columns only is byte-identical to the page
rendered from every column (a column a page reads and does not list would fail here), and a
change to a column a page does not show leaves that page unrendered (the same file), while a
change to one it shows renders it again.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

try:
    from tests.published_factory import GDYNIA_ID, TORUN_ID, build_published_db
except ImportError:  # pytest's prepend import mode puts tests/ itself on sys.path
    from published_factory import GDYNIA_ID, TORUN_ID, build_published_db

import dashboards.generate as gen
from dashboards.data import connect, load_published
from dashboards.generate import generate_site
from dashboards.pages import (
    instruments_body,
    overview_body,
    participants_body,
    quality_body,
    records,
    safe_id,
    table_rows,
    timeline_body,
)


@pytest.fixture
def site_env(tmp_path, monkeypatch):
    monkeypatch.delenv("INTEGRA_RAW", raising=False)
    return tmp_path


def _full(con):
    """The frames as the generator read them before (every column of every mart)."""
    data = load_published(con)
    projects = data.projects
    projects = projects[projects["project_scope_id"].notna()].copy()
    projects["page_id"] = [safe_id(v) for v in projects["project_scope_id"]]
    data.projects = projects
    names = {r["city_slug"]: r["city_name"] for r in records(data.cities)}
    for r in records(projects[["city_slug", "city_name"]].drop_duplicates()):
        names.setdefault(r["city_slug"], r["city_name"] or r["city_slug"])
    return data, names


@pytest.mark.parametrize("grain", ["scope", "project"])
def test_each_summary_page_from_its_columns_equals_the_page_from_every_column(tmp_path, grain):
    db = build_published_db(tmp_path / "current.duckdb", extra_projects=40)
    con = duckdb.connect(str(db))
    # warnings naming projects by id, document and source file (the quality page's list)
    con.execute(
        "UPDATE main.meta_gate_results SET success = false, severity = 'warning', "
        "offending_rows = ? WHERE rowid = (SELECT min(rowid) FROM main.meta_gate_results)",
        [f'[{{"project_id": "{TORUN_ID}"}}, {{"project_scope_id": "{GDYNIA_ID}"}}]'],
    )
    if grain == "project":  # a second scope of Toruń's project: siblings, two rows per project
        con.execute(
            "INSERT INTO main.fct_projects SELECT * REPLACE ('x' || project_scope_id AS "
            "project_scope_id) FROM main.fct_projects WHERE project_scope_id = ?",
            [TORUN_ID],
        )
    con.close()
    con = connect(db)
    try:
        data, names = _full(con)
        site = gen._SiteData(con)
        cols = gen.PAGE_PROJECT_COLUMNS
        for lg in ("pl", "en"):
            for mode in ("embedded", "chunked"):
                wide = gen._union(gen._HEADLINE_COLUMNS, gen.TABLE_COLUMNS)
                view = site.view(wide if mode == "embedded" else cols["index.html"])
                a = overview_body(data, lg, "index.html", mode, 3, "projects", 50)
                b = overview_body(view, lg, "index.html", mode, 3, "projects", 50)
                assert a == b, (lg, mode)
            assert table_rows(data.projects) == table_rows(site.projects(gen.TABLE_COLUMNS))
            assert timeline_body(data, lg) == timeline_body(site.view(cols["timeline.html"]), lg)
            assert participants_body(data, lg, names) == gen._participants(site, lg)
            assert instruments_body(data, lg, names) == gen._instruments(site, lg)
            assert quality_body(data, lg, "gate.html") == quality_body(
                site.view(cols["quality.html"]), lg, "gate.html"
            )
        assert len(quality_body(data, "pl", None)) > 0
    finally:
        con.close()


def _inodes(site: Path) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_ino for p in site.rglob("*") if p.is_file()}


def _update(db: Path, sql: str, params: list) -> None:
    con = duckdb.connect(str(db))
    try:
        con.execute(sql, params)
    finally:
        con.close()


class _Bodies:
    """Which summary page bodies were rendered."""

    def __init__(self, monkeypatch) -> None:
        self.calls: list[str] = []
        for name in ("timeline_body", "instruments_body", "participants_body", "quality_body"):
            real = getattr(gen, name)

            def counted(*args, _real=real, _name=name, **kwargs):
                self.calls.append(_name)
                return _real(*args, **kwargs)

            monkeypatch.setattr(gen, name, counted)


def test_a_column_no_summary_page_shows_renders_the_project_page_only(site_env, monkeypatch):
    """ingested_at (shown on the project page only) changed: the project's pages are rendered,
    no summary page and no table chunk is (the same files), the projects' download is."""
    monkeypatch.setattr(gen, "EMBED_MAX", 2)
    monkeypatch.setattr(gen, "CHUNK_SIZE", 4)
    db = build_published_db(site_env / "current.duckdb", extra_projects=10)
    site = site_env / "site"
    generate_site(db, site, "pl", reports_dir=site_env / "reports")
    before = _inodes(site)
    _update(
        db,
        "UPDATE main.fct_projects SET ingested_at = ingested_at + INTERVAL 1 DAY "
        "WHERE project_scope_id = ?",
        [TORUN_ID],
    )
    bodies = _Bodies(monkeypatch)
    result = generate_site(db, site, "pl", reports_dir=site_env / "reports")
    after = _inodes(site)
    assert bodies.calls == []
    changed = {rel for rel, ino in after.items() if before.get(rel) != ino}
    assert changed == {
        f"projects/{TORUN_ID}.html",
        f"en/projects/{TORUN_ID}.html",
        "downloads/projects.csv",
        "downloads/projects.xlsx",
        "downloads/projects/torun.csv",
        "downloads/projects/torun.xlsx",
        gen.HASHES_FILE,
    }, sorted(changed)
    # the project's two pages, Toruń's csv and xlsx (the whole-table files are assembled)
    assert result.rendered == 2 + 2 + 2


def test_the_instruments_page_follows_its_own_inputs_only(site_env, monkeypatch):
    """A planned head count changed: the participants page (and the overview, timeline-free)
    is rendered again and shows it; the instruments and timeline pages are not rendered. Then
    an instrument changed: the instruments page is rendered again and shows it."""
    db = build_published_db(site_env / "current.duckdb", extra_projects=10)
    site = site_env / "site"
    generate_site(db, site, "pl", reports_dir=site_env / "reports")
    before = _inodes(site)
    _update(
        db,
        "UPDATE main.fct_projects SET participants_planned = 987654 WHERE project_scope_id = ?",
        [TORUN_ID],
    )
    bodies = _Bodies(monkeypatch)
    generate_site(db, site, "pl", reports_dir=site_env / "reports")
    after = _inodes(site)
    assert sorted(bodies.calls) == ["participants_body", "participants_body"]
    for name in ("instruments.html", "timeline.html", "quality.html", "cities.html"):
        assert before[name] == after[name] and before[f"en/{name}"] == after[f"en/{name}"], name
    assert before["participants.html"] != after["participants.html"]
    assert "987" in (site / "participants.html").read_text(encoding="utf-8")

    _update(
        db,
        "UPDATE main.fct_instruments SET instrument_normalised = 'Warsztaty garncarskie' "
        "WHERE instrument_id = (SELECT min(instrument_id) FROM main.fct_instruments)",
        [],
    )
    before = after
    bodies.calls.clear()
    generate_site(db, site, "pl", reports_dir=site_env / "reports")
    after = _inodes(site)
    assert sorted(bodies.calls) == ["instruments_body", "instruments_body"]
    assert before["instruments.html"] != after["instruments.html"]
    assert "Warsztaty garncarskie" in (site / "instruments.html").read_text(encoding="utf-8")
    assert before["participants.html"] == after["participants.html"]
