"""The site after one change (issue 15, eighteenth session): each table chunk of a large site is
fingerprinted by its own rows (one changed project renders its chunk only), and a build is made
in the spare generation (the site replaced by the last build) instead of in an empty folder, so
the unchanged files are neither linked one by one nor is the old tree removed; readers still see
the old site or the new one whole, and nothing is written through a link into a published file.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import duckdb
import pytest

try:
    from tests.published_factory import GDYNIA_ID, TORUN_ID, build_published_db
except ImportError:  # pytest's prepend import mode puts tests/ itself on sys.path
    from published_factory import GDYNIA_ID, TORUN_ID, build_published_db

import dashboards.generate as gen
from dashboards.generate import generate_site
from dashboards.pages import table_rows


@pytest.fixture
def site_env(tmp_path, monkeypatch):
    monkeypatch.delenv("INTEGRA_RAW", raising=False)
    return tmp_path


def _build(db: Path, site: Path, tmp: Path):
    return generate_site(db, site, "pl", reports_dir=tmp / "reports")


def _inodes(site: Path) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_ino for p in site.rglob("*") if p.is_file()}


def _contents(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def _sql(db: Path, sql: str, params: list | None = None) -> None:
    con = duckdb.connect(str(db))
    try:
        con.execute(sql, params or [])
    finally:
        con.close()


def _chunk_rows(site: Path) -> list[list]:
    rows = []
    for p in sorted((site / "data").iterdir()):
        m = re.fullmatch(r"window\.integraChunk\((\d+),(.*)\);\n", p.read_text("utf-8"), re.DOTALL)
        assert m and int(m.group(1)) == int(p.stem.rsplit("-", 1)[1])
        rows += json.loads(m.group(2))
    return rows


@pytest.fixture
def chunked(monkeypatch):
    monkeypatch.setattr(gen, "EMBED_MAX", 5)
    monkeypatch.setattr(gen, "CHUNK_SIZE", 4)


def test_one_changed_figure_renders_its_chunk_only(site_env, chunked):
    db = build_published_db(site_env / "current.duckdb", extra_projects=30)
    site = site_env / "site"
    _build(db, site, site_env)
    chunks = sorted(p.name for p in (site / "data").iterdir())
    assert len(chunks) == 9  # 36 projects, 4 a chunk
    before = _inodes(site)
    rows = _chunk_rows(site)
    assert len(rows) == 36 and len({r[0] for r in rows}) == 36

    _sql(
        db,
        "UPDATE main.fct_projects SET total_cost_pln = 777777.0 WHERE project_scope_id = ?",
        [TORUN_ID],
    )
    second = _build(db, site, site_env)
    after = _inodes(site)
    new_chunks = [f"data/{n}" for n in chunks if before[f"data/{n}"] != after[f"data/{n}"]]
    assert len(new_chunks) == 1, new_chunks  # the chunk holding Toruń; the other eight kept
    assert TORUN_ID in (site / new_chunks[0]).read_text("utf-8")
    assert "777777" in (site / new_chunks[0]).read_text("utf-8")
    rows2 = _chunk_rows(site)
    assert [r[0] for r in rows2] == [r[0] for r in rows]  # a figure does not move a row
    assert second.rendered < 2 * 8 + 9  # not every chunk


def test_chunks_read_one_by_one_equal_the_whole_table(site_env, chunked):
    """The rows of the chunks, in order, are the project table as table_rows orders it from
    all projects at once (SQL and pandas agree on the order, ties broken by the scope)."""
    db = build_published_db(site_env / "current.duckdb", extra_projects=30)
    # ties on city, start and title: two projects alike but for their scope id
    _sql(
        db,
        "UPDATE main.fct_projects SET title = 'Ten sam tytuł', start_date = DATE '2019-01-01' "
        "WHERE city_slug = 'gdynia'",
    )
    site = site_env / "site"
    _build(db, site, site_env)
    con = duckdb.connect(str(db), read_only=True)
    try:
        from dashboards.data import read_frame, table_columns

        df = read_frame(con, table_columns(con), "fct_projects", gen.TABLE_COLUMNS, "project_id")
    finally:
        con.close()
    df = df[df["project_scope_id"].notna()].copy()
    df["page_id"] = [gen.safe_id(v) for v in df["project_scope_id"]]
    whole = json.loads(json.dumps(table_rows(df)))
    assert _chunk_rows(site) == whole
    # the same rows in another physical order: the same order in the table
    assert table_rows(df.iloc[::-1].reset_index(drop=True)) == table_rows(df)


def test_a_build_is_made_in_the_spare_and_never_writes_through_a_published_file(
    site_env, monkeypatch
):
    db = build_published_db(site_env / "current.duckdb", extra_projects=10)
    site = site_env / "site"
    spare = site_env / ".site.spare"
    _build(db, site, site_env)
    assert not spare.exists()  # a first site replaces nothing
    _sql(
        db,
        "UPDATE main.fct_projects SET title = 'Pierwsza zmiana' WHERE project_scope_id = ?",
        [GDYNIA_ID],
    )
    _build(db, site, site_env)
    assert spare.is_dir()  # the first generation, kept
    spare_inode = spare.stat().st_ino

    # the third build is made in the spare: until it is swapped in, the published site is
    # untouched, byte for byte and file for file
    published_before = _contents(site)
    inodes_before = _inodes(site)
    seen = {}
    real_swap = gen._swap_in

    def checked_swap(tmp: Path, out_dir: Path) -> None:
        seen["tmp_inode"] = tmp.stat().st_ino
        seen["published"] = _contents(out_dir)
        real_swap(tmp, out_dir)

    monkeypatch.setattr(gen, "_swap_in", checked_swap)
    _sql(
        db,
        "UPDATE main.fct_projects SET title = 'Druga zmiana' WHERE project_scope_id = ?",
        [TORUN_ID],
    )
    third = _build(db, site, site_env)
    assert seen["tmp_inode"] == spare_inode  # made in the spare, not in a new folder
    assert seen["published"] == published_before
    after = _inodes(site)
    assert set(after) == set(inodes_before)
    changed = {rel for rel, ino in after.items() if inodes_before[rel] != ino}
    assert f"projects/{TORUN_ID}.html" in changed and f"en/projects/{TORUN_ID}.html" in changed
    # Gdynia changed in the second build only: its page is the second build's file
    assert after[f"projects/{GDYNIA_ID}.html"] == inodes_before[f"projects/{GDYNIA_ID}.html"]
    assert "Pierwsza zmiana" in (site / "projects" / f"{GDYNIA_ID}.html").read_text("utf-8")
    assert "Druga zmiana" in (site / "projects" / f"{TORUN_ID}.html").read_text("utf-8")
    assert third.rewritten == len(changed) <= 16
    # the second generation (now the spare) still holds what it published
    assert "Druga zmiana" not in (spare / "projects" / f"{TORUN_ID}.html").read_text("utf-8")
    assert (spare / "projects" / f"{GDYNIA_ID}.html").read_bytes() == published_before[
        f"projects/{GDYNIA_ID}.html"
    ]


def test_a_project_gone_leaves_no_page_in_a_site_made_in_the_spare(site_env):
    db = build_published_db(site_env / "current.duckdb", extra_projects=10)
    site = site_env / "site"
    _build(db, site, site_env)
    _build(db, site, site_env)
    assert (site_env / ".site.spare").is_dir()
    assert (site / "projects" / f"{GDYNIA_ID}.html").is_file()
    for table in ("fct_projects", "fct_participant_groups", "fct_instruments", "fct_fact_evidence"):
        _sql(db, f"DELETE FROM main.{table} WHERE project_scope_id = ?", [GDYNIA_ID])
    result = _build(db, site, site_env)
    assert not (site / "projects" / f"{GDYNIA_ID}.html").exists()
    assert not (site / "en" / "projects" / f"{GDYNIA_ID}.html").exists()
    files = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    assert len(files) == result.files
    stored = json.loads((site / gen.HASHES_FILE).read_text("utf-8"))
    assert set(stored["content"]) | {gen.HASHES_FILE} == set(files)


def test_a_damaged_spare_is_not_trusted(site_env):
    """A spare holding a stray link or a changed file: the stray goes, a file whose inode is
    not the published file's is linked from the published site again."""
    db = build_published_db(site_env / "current.duckdb", extra_projects=5)
    site = site_env / "site"
    _build(db, site, site_env)
    _build(db, site, site_env)
    spare = site_env / ".site.spare"
    page = spare / "projects" / f"{TORUN_ID}.html"
    page.unlink()
    page.write_text("zepsute", encoding="utf-8")  # another inode, other bytes
    os.symlink("/etc/passwd", spare / "stray-link.html")
    before = _inodes(site)
    _build(db, site, site_env)
    assert not (site / "stray-link.html").exists()
    assert _inodes(site)[f"projects/{TORUN_ID}.html"] == before[f"projects/{TORUN_ID}.html"]
    assert "zepsute" not in (site / "projects" / f"{TORUN_ID}.html").read_text("utf-8")
