"""Issue 15, session 22: what a one-changed refresh renders of the site.

An edited document gets a new document id, and so do its instruments' ids and the
``*_document_id`` columns of its project. The instruments page reads instruments counted, not
their ids, and the participants page reads ``participants_planned_document_id`` only to pick a
project's breakdown (``one_breakdown_per_project``): their fingerprints now follow what those
pages show, not the ids. And a project's groups/instruments digest hashes each row with its
rank among the project's rows, not its rowid less the project's first: rows of projects are
interleaved, so rows removed elsewhere moved the gaps of many projects (~20% at 10,000), whose
pages were rendered again to the same bytes.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

try:
    from tests.published_factory import TORUN_ID, build_published_db
except ImportError:  # pytest's prepend import mode puts tests/ itself on sys.path
    from published_factory import TORUN_ID, build_published_db

import dashboards.generate as gen
from dashboards.data import (
    _rows_in_order_digests,
    _select,
    instrument_counts_digest,
    one_breakdown_per_project,
    planned_breakdown_digest,
    table_columns,
)
from dashboards.generate import generate_site


@pytest.fixture
def site_env(tmp_path, monkeypatch):
    monkeypatch.delenv("INTEGRA_RAW", raising=False)
    return tmp_path


def _inodes(site: Path) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_ino for p in site.rglob("*") if p.is_file()}


def _update(db: Path, sql: str, params: list | None = None) -> None:
    con = duckdb.connect(str(db))
    try:
        con.execute(sql, params or [])
    finally:
        con.close()


class _Bodies:
    def __init__(self, monkeypatch) -> None:
        self.calls: list[str] = []
        for name in ("timeline_body", "instruments_body", "participants_body", "quality_body"):
            real = getattr(gen, name)

            def counted(*args, _real=real, _name=name, **kwargs):
                self.calls.append(_name)
                return _real(*args, **kwargs)

            monkeypatch.setattr(gen, name, counted)


# --- the instruments page ----------------------------------------------------------------------


def _instruments_con() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE fct_instruments AS SELECT * FROM (VALUES "
        "('i1', 'p1', 'torun', 'Warsztaty', 'warsztaty', 'workshop'), "
        "('i2', 'p1', 'torun', 'Doradztwo', 'doradztwo', 'counselling'), "
        "('i3', 'p2', 'gdynia', 'Kurs', 'kurs', NULL)) "
        "AS t(instrument_id, project_id, city_slug, instrument_label, instrument_normalised, "
        "instrument_type)"
    )
    return con


def _instr_digest(con) -> str:
    return instrument_counts_digest(con, table_columns(con))


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE fct_instruments SET instrument_id = 'x9' WHERE instrument_id = 'i1'",
        "UPDATE fct_instruments SET instrument_id = instrument_id || '-new'",
        "UPDATE fct_instruments SET instrument_label = 'Warsztaty (nowe)' WHERE instrument_id = 'i1'",
    ],
)
def test_instrument_ids_and_labels_the_page_does_not_count_leave_its_digest(sql):
    con = _instruments_con()
    before = _instr_digest(con)
    con.execute(sql)
    assert _instr_digest(con) == before


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE fct_instruments SET instrument_normalised = 'szkolenie' WHERE instrument_id = 'i1'",
        "UPDATE fct_instruments SET instrument_type = 'training' WHERE instrument_id = 'i3'",
        "UPDATE fct_instruments SET instrument_id = NULL WHERE instrument_id = 'i2'",
        "UPDATE fct_instruments SET project_id = 'p2' WHERE instrument_id = 'i1'",
        "UPDATE fct_instruments SET city_slug = 'torun' WHERE instrument_id = 'i3'",
        "DELETE FROM fct_instruments WHERE instrument_id = 'i3'",
        "INSERT INTO fct_instruments VALUES ('i4', 'p2', 'gdynia', 'Kurs', 'kurs', NULL)",
    ],
)
def test_a_counted_change_changes_the_instruments_digest(sql):
    con = _instruments_con()
    before = _instr_digest(con)
    con.execute(sql)
    assert _instr_digest(con) != before


# --- the participants page's breakdown ---------------------------------------------------------


def _groups_con() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE fct_projects AS SELECT * FROM (VALUES ('p1', 'd1'), ('p2', 'dx'), "
        "('p3', NULL)) AS t(project_id, participants_planned_document_id)"
    )
    con.execute(
        "CREATE TABLE fct_participant_groups AS SELECT * FROM (VALUES "
        "('p1', 'd1', 5), ('p1', 'd2', 7), ('p2', 'd3', 4), ('p2', 'd4', 6), ('p3', 'd5', 1)) "
        "AS t(project_id, document_id, participants_planned)"
    )
    return con


def _kept(con) -> list:
    projects = con.execute(
        "SELECT project_id AS project_scope_id, participants_planned_document_id FROM fct_projects"
    ).df()
    groups = con.execute(
        "SELECT project_id AS project_scope_id, document_id, participants_planned "
        "FROM fct_participant_groups"
    ).df()
    kept = one_breakdown_per_project(groups, projects)
    return sorted(map(tuple, kept[["project_scope_id", "document_id"]].values.tolist()))


def _planned(con) -> str:
    return planned_breakdown_digest(con, table_columns(con))


@pytest.mark.parametrize(
    "sql",
    [
        # a planned document that lists no groups: the first document's breakdown either way
        "UPDATE fct_projects SET participants_planned_document_id = 'dy' WHERE project_id = 'p2'",
        "UPDATE fct_projects SET participants_planned_document_id = NULL WHERE project_id = 'p2'",
        "UPDATE fct_projects SET participants_planned_document_id = 'd9' WHERE project_id = 'p3'",
        "UPDATE fct_projects SET participants_planned_document_id = 'd2' WHERE project_id = 'p3'",
    ],
)
def test_a_planned_document_that_picks_no_breakdown_leaves_the_digest(sql):
    con = _groups_con()
    before, kept = _planned(con), _kept(con)
    con.execute(sql)
    assert _kept(con) == kept
    assert _planned(con) == before


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE fct_projects SET participants_planned_document_id = 'd2' WHERE project_id = 'p1'",
        "UPDATE fct_projects SET participants_planned_document_id = 'd4' WHERE project_id = 'p2'",
        "INSERT INTO fct_participant_groups VALUES ('p2', 'dx', 3)",
    ],
)
def test_a_planned_document_that_picks_another_breakdown_changes_the_digest(sql):
    con = _groups_con()
    before, kept = _planned(con), _kept(con)
    con.execute(sql)
    assert _kept(con) != kept
    assert _planned(con) != before


def test_no_planned_document_column_or_no_group_documents():
    con = duckdb.connect()
    con.execute("CREATE TABLE fct_projects AS SELECT 'p1' AS project_id")
    con.execute("CREATE TABLE fct_participant_groups AS SELECT 'p1' AS project_id, 3 AS n")
    assert _planned(con) == "none"
    con.execute("DROP TABLE fct_participant_groups")
    assert _planned(con) == "missing"


# --- per-project digests: rank, not rowid gaps ---------------------------------------------------


def test_a_projects_rows_digest_ignores_gaps_left_by_other_projects_rows():
    """The same rows of p1 in the same order, with another project's row between them or not:
    the same digest; p1's rows swapped: another."""

    def digests(rows: list[tuple[str, str]]) -> dict:
        con = duckdb.connect()
        con.execute(
            "CREATE TABLE fct_instruments (instrument_id VARCHAR, project_id VARCHAR, "
            "instrument_label VARCHAR)"
        )
        for i, (pid, label) in enumerate(rows):
            con.execute("INSERT INTO fct_instruments VALUES (?, ?, ?)", [f"i{i}", pid, label])
        con.execute(
            "CREATE TEMP TABLE integra_site_pages__ AS SELECT 'p1' AS sid UNION ALL SELECT 'p2'"
        )
        cols = ["project_scope_id", "instrument_label"]
        sel = _select("fct_instruments", {"instrument_id", "project_id", "instrument_label"}, cols)
        return dict(con.execute(_rows_in_order_digests("fct_instruments", sel, cols)).fetchall())

    base = digests([("p1", "a"), ("p1", "b"), ("p2", "c")])
    gap = digests([("p1", "a"), ("p2", "c"), ("p1", "b")])
    swapped = digests([("p1", "b"), ("p1", "a"), ("p2", "c")])
    assert gap == base
    assert swapped["p1"] != base["p1"] and swapped["p2"] == base["p2"]


# --- the site ----------------------------------------------------------------------------------


def test_new_instrument_ids_render_no_summary_page(site_env, monkeypatch):
    """An edited document's instruments get new ids: the instruments page is not rendered (the
    same file); a changed instrument name still renders it (test_site_pages_inputs)."""
    db = build_published_db(site_env / "current.duckdb", extra_projects=10)
    site = site_env / "site"
    generate_site(db, site, "pl", reports_dir=site_env / "reports")
    before = _inodes(site)
    _update(
        db,
        "UPDATE main.fct_instruments SET instrument_id = instrument_id || '-2' "
        "WHERE project_scope_id = ?",
        [TORUN_ID],
    )
    bodies = _Bodies(monkeypatch)
    generate_site(db, site, "pl", reports_dir=site_env / "reports")
    after = _inodes(site)
    assert bodies.calls == []
    for name in ("instruments.html", "participants.html", "en/instruments.html"):
        assert before[name] == after[name], name


def test_the_participants_page_follows_the_breakdown_it_picks(site_env, monkeypatch):
    """participants_planned_document_id changed to a document listing no groups: the
    participants page is not rendered; changed to the document whose groups are listed (when
    the project's groups come from two documents) it is, and shows that breakdown."""
    db = build_published_db(site_env / "current.duckdb", extra_projects=10)
    _update(db, "ALTER TABLE main.fct_participant_groups ADD COLUMN document_id VARCHAR")
    _update(db, "UPDATE main.fct_participant_groups SET document_id = 'doc-a'")
    _update(  # Toruń's groups from two documents: the planned count's document picks one
        db,
        "UPDATE main.fct_participant_groups SET document_id = 'doc-b' "
        "WHERE project_scope_id = ? AND participant_group_id LIKE '%_g0'",
        [TORUN_ID],
    )
    _update(
        db,
        "ALTER TABLE main.fct_projects ADD COLUMN participants_planned_document_id VARCHAR",
    )
    _update(db, "UPDATE main.fct_projects SET participants_planned_document_id = 'doc-zz'")
    site = site_env / "site"
    generate_site(db, site, "pl", reports_dir=site_env / "reports")
    before = _inodes(site)

    _update(
        db,
        "UPDATE main.fct_projects SET participants_planned_document_id = 'doc-yy' "
        "WHERE project_scope_id = ?",
        [TORUN_ID],
    )
    bodies = _Bodies(monkeypatch)
    generate_site(db, site, "pl", reports_dir=site_env / "reports")
    after = _inodes(site)
    assert "participants_body" not in bodies.calls
    assert before["participants.html"] == after["participants.html"]

    _update(
        db,
        "UPDATE main.fct_projects SET participants_planned_document_id = 'doc-b' "
        "WHERE project_scope_id = ?",
        [TORUN_ID],
    )
    bodies.calls.clear()
    generate_site(db, site, "pl", reports_dir=site_env / "reports")
    assert sorted(bodies.calls) == ["participants_body", "participants_body"]
    # the same page as a build from nothing (its bytes follow the data, not the history)
    fresh = site_env / "fresh"
    generate_site(db, fresh, "pl", reports_dir=site_env / "reports")
    assert (site / "participants.html").read_bytes() == (fresh / "participants.html").read_bytes()
