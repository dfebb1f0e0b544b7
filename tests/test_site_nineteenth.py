"""One changed document among many (issue 15, nineteenth session): the site's downloads cost in
proportion to the change, and a build made in the spare site never writes through a file it
did not list.

- Each download table with a city is written city by city (downloads/<name>/<city>.csv|.xlsx),
  and the whole-table files the pages link to are assembled from those parts: a changed city's
  rows are the only ones read and compressed, and an incremental build gives the same bytes as
  a full one, which hold exactly the published rows.
- A file the spare's list misses is replaced (created exclusively), never written through.
"""

from __future__ import annotations

import csv
import io
import zipfile
import zlib
from collections import Counter
from pathlib import Path

import duckdb
import openpyxl
import pandas as pd
import pytest

try:
    from tests.published_factory import GDYNIA_ID, TORUN_ID, build_published_db
except ImportError:  # pytest's prepend import mode puts tests/ itself on sys.path
    from published_factory import GDYNIA_ID, TORUN_ID, build_published_db

import dashboards.downloads as dl
import dashboards.generate as gen
from dashboards.generate import HASHES_FILE, generate_site
from dashboards.xlsx import _crc32_combine, rows_of, rows_part, xlsx_bytes, xlsx_from_parts


@pytest.fixture
def site_env(tmp_path, monkeypatch):
    monkeypatch.delenv("INTEGRA_RAW", raising=False)
    return tmp_path


def _build(db: Path, site: Path, tmp: Path):
    return generate_site(db, site, "pl", reports_dir=tmp / "reports")


def _sql(db: Path, sql: str, params: list | None = None) -> None:
    con = duckdb.connect(str(db))
    try:
        con.execute(sql, params or [])
    finally:
        con.close()


def _contents(site: Path) -> dict[str, bytes]:
    return {
        p.relative_to(site).as_posix(): p.read_bytes()
        for p in site.rglob("*")
        if p.is_file() and p.name != HASHES_FILE
    }


def _inodes(site: Path) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_ino for p in site.rglob("*") if p.is_file()}


def _sheet_rows(data: bytes) -> list[tuple]:
    book = openpyxl.load_workbook(io.BytesIO(data))
    return [tuple(r) for r in book.worksheets[0].iter_rows(values_only=True)]


# --- the XLSX parts ----------------------------------------------------------------------------


def test_crc32_of_a_concatenation_from_its_parts() -> None:
    for a, b in [(b"", b"x"), (b"abc", b""), (b"Toru\xc5\x84 " * 300, b"Gdynia" * 7001)]:
        assert _crc32_combine(zlib.crc32(a), zlib.crc32(b), len(b)) == zlib.crc32(a + b)


def test_crc32_combine_with_its_cached_operators_on_lengths_of_many_bits() -> None:
    """The zero-byte operators are made once and kept: lengths of one bit, of every low bit,
    past 2**20 and in an order that needs a larger operator after a smaller one all combine to
    zlib's CRC-32 of the concatenation."""
    a = bytes(range(256)) * 3
    for n in (1, 2, 255, 2**16 - 1, 2**20 + 17, 3, 2**21 + 2**7 + 1):
        b = (b"Rzesz\xc3\xb3w;" * (n // 9 + 1))[:n]
        assert _crc32_combine(zlib.crc32(a), zlib.crc32(b), n) == zlib.crc32(a + b)
    assert _crc32_combine(0x1234, 0x5678, 0) == 0x1234  # as zlib's: nothing after A


def test_a_sheet_of_parts_reads_as_the_sheet_of_the_whole_frame() -> None:
    """Rows compressed in three parts, assembled: the same cells as the frame in one part; a
    part is taken back out of a one-part file whole, and a damaged file gives none."""
    df = pd.DataFrame(
        {
            "city_slug": ["gdynia", "gdynia", "torun", None],
            "total_cost_pln": [1250.5, None, 99.0, 7.25],
            "participants_planned": pd.array([12, None, 40, 3], dtype="Int32"),
            "title": ["=SUMA(A1)", None, "Aktywni w Toruniu", "x\x01y"],
        }
    )
    cols = list(df.columns)
    whole = _sheet_rows(xlsx_bytes(df, "fct_projects"))
    assert whole[0] == tuple(cols) and len(whole) == 5
    assert whole[1] == ("gdynia", 1250.5, 12, "=SUMA(A1)")
    assert whole[2] == ("gdynia", None, None, None)
    assert whole[4] == (None, 7.25, 3, "xy")  # a character XML forbids is dropped
    parts = [rows_part(df.iloc[:2]), rows_part(df.iloc[2:3]), rows_part(df.iloc[3:])]
    assembled = xlsx_from_parts(cols, parts, "fct_projects")
    assert zipfile.ZipFile(io.BytesIO(assembled)).testzip() is None
    assert _sheet_rows(assembled) == whole
    one = xlsx_bytes(df.iloc[2:3], "fct_projects")
    assert rows_of(one, cols) == parts[1]
    assert rows_of(one, cols[:-1]) is None  # another header
    assert rows_of(one[:-3] + b"xyz", cols) is None  # a damaged comment


# --- the downloads -----------------------------------------------------------------------------


def _table_rows(db: Path, table: str) -> list[tuple] | None:
    con = duckdb.connect(str(db), read_only=True)
    try:
        if not con.execute(
            "SELECT 1 FROM duckdb_tables() WHERE table_name = ?", [table]
        ).fetchall():
            return None
        return con.execute(f"SELECT * FROM main.{table}").fetchall()
    finally:
        con.close()


def _csv_rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_an_incremental_build_gives_the_downloads_and_pages_of_a_full_build(site_env):
    """Three changes in turn (a figure, a project moved to no city, a project gone), each built
    on the last site and from nothing: every file is byte-identical, downloads included."""
    db = build_published_db(site_env / "current.duckdb", extra_projects=20)
    site = site_env / "site"
    _build(db, site, site_env)
    changes = [
        (
            "UPDATE main.fct_projects SET total_cost_pln = 1239062.5 WHERE project_scope_id = ?",
            [TORUN_ID],
        ),
        ("UPDATE main.fct_projects SET city_slug = NULL WHERE project_scope_id = ?", [GDYNIA_ID]),
        ("DELETE FROM main.fct_projects WHERE project_scope_id = ?", [TORUN_ID]),
    ]
    for k, (sql, params) in enumerate(changes):
        _sql(db, sql, params)
        _build(db, site, site_env)
        full = site_env / f"full{k}"
        _build(db, full, site_env)
        got, want = _contents(site), _contents(full)
        assert sorted(got) == sorted(want)
        for rel in want:
            assert got[rel] == want[rel], (k, rel)
    assert (site / "downloads" / "projects" / f"{dl.NO_CITY}.csv").is_file()
    assert not any(
        r["project_scope_id"] == TORUN_ID for r in _csv_rows(site / "downloads/projects.csv")
    )


def test_the_downloads_hold_the_published_rows_city_by_city(site_env):
    db = build_published_db(site_env / "current.duckdb", extra_projects=20)
    _sql(
        db, "UPDATE main.fct_projects SET city_slug = NULL WHERE project_scope_id = ?", [GDYNIA_ID]
    )
    site = site_env / "site"
    _build(db, site, site_env)
    downloads = site / "downloads"
    for name, table in dl.DOWNLOADS.items():
        published = _table_rows(db, table)
        if published is None:  # not in this publication: no download
            assert not (downloads / f"{name}.csv").exists()
            continue
        rows = _csv_rows(downloads / f"{name}.csv")
        sheet = _sheet_rows((downloads / f"{name}.xlsx").read_bytes())
        assert len(rows) == len(sheet) - 1 == len(published), name
        header = list(rows[0]) if rows else []
        assert list(sheet[0]) == header
        if "city_slug" not in header:
            continue
        # cities in order, no city last; each city's file holds its rows, in the same order
        cities = [r["city_slug"] for r in rows]
        named = [c for c in cities if c]
        assert named == sorted(named) and cities == named + [""] * (len(cities) - len(named))
        by_city = Counter(cities)
        for part in sorted((downloads / name).glob("*.csv")):
            own = _csv_rows(part)
            slug = "" if part.stem == dl.NO_CITY else part.stem
            assert {r["city_slug"] for r in own} == {slug} and len(own) == by_city[slug]
            assert own == [r for r in rows if r["city_slug"] == slug]
            own_sheet = _sheet_rows(part.with_suffix(".xlsx").read_bytes())
            assert own_sheet[1:] == [
                r for r in sheet[1:] if (r[header.index("city_slug")] or "") == slug
            ]
    projects = _csv_rows(downloads / "projects.csv")
    torun = next(r for r in projects if r["project_scope_id"] == TORUN_ID)
    assert torun["total_cost_pln"] == "1239061.22" and torun["city_name"] == "Toruń"
    gdynia = next(r for r in projects if r["project_scope_id"] == GDYNIA_ID)
    assert gdynia["city_slug"] == "" and projects[-1]["project_scope_id"] == GDYNIA_ID


def test_one_changed_city_reads_and_compresses_its_part_only(site_env, monkeypatch):
    db = build_published_db(site_env / "current.duckdb", extra_projects=20)
    site = site_env / "site"
    _build(db, site, site_env)
    before = _inodes(site)
    cities = {p.stem for p in (site / "downloads" / "projects").glob("*.csv")}
    assert "torun" in cities and len(cities) >= 3
    calls: list[int] = []
    real = dl._render_parts

    def counted(con, table, columns, types, todo, split):
        calls.append(len(todo))
        return real(con, table, columns, types, todo, split)

    monkeypatch.setattr(dl, "_render_parts", counted)
    _sql(
        db,
        "UPDATE main.fct_projects SET participants_planned = 41 WHERE project_scope_id = ?",
        [TORUN_ID],
    )
    _build(db, site, site_env)
    assert calls == [1]  # Toruń's projects; no other city, no other table
    after = _inodes(site)
    changed = {rel for rel in after if rel.startswith("downloads/") and after[rel] != before[rel]}
    assert changed == {
        "downloads/projects.csv",
        "downloads/projects.xlsx",
        "downloads/projects/torun.csv",
        "downloads/projects/torun.xlsx",
    }
    torun = next(
        r for r in _csv_rows(site / "downloads/projects.csv") if r["project_scope_id"] == TORUN_ID
    )
    assert torun["participants_planned"] == "41"


# --- the spare's file list ---------------------------------------------------------------------


def test_a_file_the_spare_walk_misses_is_never_written_through(site_env, monkeypatch):
    """The spare's file list leaves out a file that is a hard link to the published site's
    (one landed there during the walk, say): the build replaces it and the published file keeps
    its bytes until the swap."""
    db = build_published_db(site_env / "current.duckdb", extra_projects=5)
    site = site_env / "site"
    _build(db, site, site_env)
    _build(db, site, site_env)
    spare = site_env / ".site.spare"
    rel = "downloads/projects.csv"
    assert (spare / rel).stat().st_ino == (site / rel).stat().st_ino  # linked from gen. 1
    real_walk = gen._walk_files
    monkeypatch.setattr(gen, "_walk_files", lambda folder: real_walk(folder) - {rel})
    published = (site / rel).read_bytes()
    seen = {}
    real_swap = gen._swap_in

    def checked_swap(tmp: Path, out_dir: Path) -> None:
        seen["published"] = (out_dir / rel).read_bytes()
        real_swap(tmp, out_dir)

    monkeypatch.setattr(gen, "_swap_in", checked_swap)
    _sql(
        db,
        "UPDATE main.fct_projects SET total_cost_pln = 5.5 WHERE project_scope_id = ?",
        [TORUN_ID],
    )
    _build(db, site, site_env)
    assert seen["published"] == published
    assert (site / rel).read_bytes() != published and b"5.5" in (site / rel).read_bytes()
    assert (site_env / ".site.spare" / rel).read_bytes() == published


def test_the_pages_of_a_result_are_paths_made_when_read(tmp_path) -> None:
    """SiteResult.pages: the paths of the pages under the site, in order, without a list of
    Path objects made at each build."""
    pages = gen._PagePaths(tmp_path, ["index.html", "en/index.html", "projects/a1.html"])
    assert len(pages) == 3
    assert pages[0] == tmp_path / "index.html"
    assert pages[-1] == tmp_path / "projects/a1.html"
    assert pages[1:] == [tmp_path / "en/index.html", tmp_path / "projects/a1.html"]
    assert list(pages) == [
        tmp_path / r for r in ["index.html", "en/index.html", "projects/a1.html"]
    ]
    assert pages == [tmp_path / r for r in ["index.html", "en/index.html", "projects/a1.html"]]
    assert set(pages) == {
        tmp_path / "index.html",
        tmp_path / "en/index.html",
        tmp_path / "projects/a1.html",
    }
