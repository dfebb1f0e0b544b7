"""The project pages' digests of their groups and instruments (twenty-first session): a hash of
each row with its place among the project's rows, summed (data._rows_in_order_digests), instead
of one string of the rows aggregated in rowid order. A page's digest must change when its rows,
their values or their order change, and stay when only other projects' rows move."""

from __future__ import annotations

from pathlib import Path

import duckdb

from dashboards.data import project_page_digests
from tests.published_factory import TORUN_ID, WLOCLAWEK_2011_ID, build_published_db

_INSTRUMENTS = 3  # the position of the instruments' digest in project_page_digests' tuples
_GROUPS = 2


def _digests(db: Path) -> dict[str, tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return project_page_digests(con)
    finally:
        con.close()


def _rewrite(db: Path, table: str, order_sql: str, change_sql: str | None = None) -> None:
    """Rebuild ``table`` in another row order (and apply ``change_sql`` first)."""
    con = duckdb.connect(str(db))
    try:
        if change_sql:
            con.execute(change_sql)
        con.execute(f"CREATE TABLE t_copy AS SELECT * FROM main.{table} ORDER BY {order_sql}")
        con.execute(f"DELETE FROM main.{table}")
        con.execute(f"INSERT INTO main.{table} SELECT * FROM t_copy")
        con.execute("DROP TABLE t_copy")
    finally:
        con.close()


def _torun_first(table_id: str) -> str:
    return f"(project_scope_id = '{TORUN_ID}') DESC, {table_id}"


def test_same_rows_in_the_same_order_elsewhere_in_the_table_keep_the_digest(tmp_path) -> None:
    db = build_published_db(tmp_path / "a.duckdb")
    before = _digests(db)
    _rewrite(db, "fct_instruments", f"(project_scope_id = '{TORUN_ID}') DESC, rowid")
    after = _digests(db)
    assert before[TORUN_ID][_INSTRUMENTS] is not None
    assert after == before  # Toruń's rows moved to the top, every project's order kept


def test_another_order_of_a_projects_instruments_changes_only_its_digest(tmp_path) -> None:
    db = build_published_db(tmp_path / "a.duckdb")
    before = _digests(db)
    _rewrite(db, "fct_instruments", f"project_scope_id = '{TORUN_ID}', instrument_id DESC")
    after = _digests(db)
    assert after[TORUN_ID][_INSTRUMENTS] != before[TORUN_ID][_INSTRUMENTS]
    others = [k for k in before if k != TORUN_ID and before[k][_INSTRUMENTS] is not None]
    assert others
    for k in others:
        con = duckdb.connect(str(db), read_only=True)
        n = con.execute(
            "SELECT count(*) FROM fct_instruments WHERE project_scope_id = ?", [k]
        ).fetchone()[0]
        con.close()
        if n == 1:  # a one-row project has one order
            assert after[k][_INSTRUMENTS] == before[k][_INSTRUMENTS]


def test_a_changed_value_or_a_row_added_changes_the_digest(tmp_path) -> None:
    db = build_published_db(tmp_path / "a.duckdb")
    before = _digests(db)
    con = duckdb.connect(str(db))
    con.execute(
        "UPDATE fct_instruments SET instrument_normalised = instrument_normalised || ' x' "
        "WHERE instrument_id = (SELECT min(instrument_id) FROM fct_instruments "
        "WHERE project_scope_id = ?)",
        [TORUN_ID],
    )
    con.close()
    changed = _digests(db)
    assert changed[TORUN_ID][_INSTRUMENTS] != before[TORUN_ID][_INSTRUMENTS]
    assert changed[WLOCLAWEK_2011_ID] == before[WLOCLAWEK_2011_ID]
    con = duckdb.connect(str(db))
    con.execute(
        "INSERT INTO fct_participant_groups SELECT * REPLACE (participant_group_id || '_copy' "
        "AS participant_group_id) FROM fct_participant_groups WHERE project_scope_id = ? LIMIT 1",
        [WLOCLAWEK_2011_ID],
    )
    con.close()
    added = _digests(db)
    assert added[WLOCLAWEK_2011_ID][_GROUPS] != changed[WLOCLAWEK_2011_ID][_GROUPS]
    assert added[TORUN_ID] == changed[TORUN_ID]


def test_two_rows_swapped_between_places_are_not_the_same_digest(tmp_path) -> None:
    """Two rows trading places: the same multiset of rows, another order, another digest."""
    db = build_published_db(tmp_path / "a.duckdb")
    _rewrite(db, "fct_instruments", _torun_first("instrument_id"))
    before = _digests(db)[TORUN_ID][_INSTRUMENTS]
    _rewrite(db, "fct_instruments", _torun_first("instrument_id DESC"))
    reversed_ = _digests(db)[TORUN_ID][_INSTRUMENTS]
    _rewrite(db, "fct_instruments", _torun_first("instrument_id"))
    assert _digests(db)[TORUN_ID][_INSTRUMENTS] == before != reversed_


def test_a_site_built_after_an_order_change_equals_a_site_built_from_nothing(
    tmp_path, monkeypatch
) -> None:
    """A project's instruments in another order, then a changed instrument: each time the site
    built on the last one is byte for byte the site built from nothing (no page kept stale)."""
    from dashboards.generate import generate_site

    monkeypatch.delenv("INTEGRA_RAW", raising=False)
    db = build_published_db(tmp_path / "current.duckdb", extra_projects=5)
    site = tmp_path / "site"
    generate_site(db, site, "pl", reports_dir=tmp_path / "reports")
    changes = [
        lambda: _rewrite(db, "fct_instruments", _torun_first("instrument_id DESC")),
        lambda: _rewrite(
            db,
            "fct_instruments",
            "rowid",
            "UPDATE fct_instruments SET instrument_normalised = 'inne' WHERE instrument_id = "
            f"(SELECT max(instrument_id) FROM fct_instruments WHERE project_scope_id = '{TORUN_ID}')",
        ),
    ]
    for k, change in enumerate(changes):
        change()
        generate_site(db, site, "pl", reports_dir=tmp_path / "reports")
        full = tmp_path / f"full{k}"
        generate_site(db, full, "pl", reports_dir=tmp_path / "reports")
        got = {
            p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()
        }
        want = {
            p.relative_to(full).as_posix(): p.read_bytes() for p in full.rglob("*") if p.is_file()
        }
        got.pop(".site-hashes.json", None), want.pop(".site-hashes.json", None)
        assert sorted(got) == sorted(want)
        for rel in want:
            assert got[rel] == want[rel], (k, rel)
