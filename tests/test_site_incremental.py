"""The site renders only what changed (issue 15, item 4): every page and download has an input
fingerprint (dashboards/fingerprint.py); a file whose fingerprint is the previous site's is a
hard link to it and is not rendered; the publication's date and version live in publication.js
only. Published files from tests/published_factory.py, changed as a new publication would.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import duckdb
import pytest

try:
    from tests.published_factory import GDYNIA_ID, TORUN_ID, build_published_db
except ImportError:  # pytest's prepend import mode puts tests/ itself on sys.path
    from published_factory import GDYNIA_ID, TORUN_ID, build_published_db

import dashboards.generate as gen
from dashboards import fingerprint
from dashboards.generate import HASHES_FILE, generate_site
from dashboards.i18n import PAGES


def _republish(db: Path, version: int, change_title_of: str | None = None) -> None:
    """A new publication of the same marts (a new version and time), one project's title changed."""
    con = duckdb.connect(str(db))
    try:
        con.execute(
            "UPDATE main.meta_publication SET version = ?, published_at = published_at + "
            "INTERVAL (?) HOUR",
            [version, version],
        )
        if change_title_of:
            con.execute(
                "UPDATE main.fct_projects SET title = coalesce(title, 'Projekt') || ' (zmieniony)' "
                "WHERE project_scope_id = ?",
                [change_title_of],
            )
    finally:
        con.close()


def _inodes(site: Path) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_ino for p in site.rglob("*") if p.is_file()}


class _Counted:
    """Wraps dashboards.generate.project_body: which project pages were rendered."""

    def __init__(self, monkeypatch) -> None:
        self.calls: list[tuple[str, str]] = []
        real = gen.project_body

        def counted(row, *args, **kwargs):
            self.calls.append((row["project_scope_id"], args[4]))  # (scope, language)
            return real(row, *args, **kwargs)

        monkeypatch.setattr(gen, "project_body", counted)


@pytest.fixture
def site_env(tmp_path, monkeypatch):
    monkeypatch.delenv("INTEGRA_RAW", raising=False)
    return tmp_path


def _build(db: Path, site: Path, tmp: Path):
    return generate_site(db, site, "pl", reports_dir=tmp / "reports")


def _city_files(site: Path, name: str = "*") -> int:
    """The per-city downloads (downloads/<name>/<city>.csv and .xlsx)."""
    return sum(1 for p in (site / "downloads").glob(f"{name}/*") if p.is_file())


#: Fingerprinted files that show the project table (a title): the overview, timeline,
#: participants, instruments and quality pages in both languages, and the projects' downloads.
PROJECT_TABLE_FILES = 2 * 5 + 2


def test_one_changed_project_renders_its_pages_and_the_aggregates_only(site_env, monkeypatch):
    """300 projects (the default run's variant of the slow 1% test below): a new publication
    with one changed title renders that project's two pages (with the new title) and the pages
    and download that show the project table; every other page is not rendered and keeps its
    inode; the number of files written anew does not grow with the number of projects."""
    db = build_published_db(site_env / "current.duckdb", extra_projects=294)
    site = site_env / "site"
    first = _build(db, site, site_env)
    n_pages = len(first.pages)
    assert first.project_pages == 300 and n_pages == 2 * (len(PAGES) + 300)
    assert first.rewritten == first.files and first.reused == 0
    # every page, projects/city_comparison csv + xlsx, and their per-city files
    assert first.rendered == n_pages + 4 + _city_files(site)
    torun = (site / "projects" / f"{TORUN_ID}.html").read_bytes()
    assert b"(wersja" not in torun and b'src="../publication.js"' in torun
    assert "(wersja 3)" in (site / "publication.js").read_text(encoding="utf-8")

    _republish(db, 4, change_title_of=GDYNIA_ID)
    counted = _Counted(monkeypatch)
    before = _inodes(site)
    second = _build(db, site, site_env)
    after = _inodes(site)

    # the changed project: rendered again, in both languages, with its new title
    assert sorted(counted.calls) == [(GDYNIA_ID, "en"), (GDYNIA_ID, "pl")]
    for rel in (f"projects/{GDYNIA_ID}.html", f"en/projects/{GDYNIA_ID}.html"):
        assert "(bez tytułu) MOPS Gdynia" not in (site / rel).read_text(encoding="utf-8")
        assert "<h1>Projekt (zmieniony)</h1>" in (site / rel).read_text(encoding="utf-8")
    # an unchanged project: not rendered, the same file (inode) and bytes
    assert after[f"projects/{TORUN_ID}.html"] == before[f"projects/{TORUN_ID}.html"]
    assert (site / "projects" / f"{TORUN_ID}.html").read_bytes() == torun
    assert second.rendered == 2 + PROJECT_TABLE_FILES + 2  # + Gdynia's csv and xlsx
    assert second.reused == first.rendered - second.rendered

    # the note: once, in publication.js; no page carries the publication's version
    assert "(wersja 4)" in (site / "publication.js").read_text(encoding="utf-8")
    for page in second.pages:
        assert not re.search(r"\((wersja|version) \d", page.read_text(encoding="utf-8")), page

    changed = {rel for rel, ino in after.items() if before.get(rel) != ino}
    must = {
        "index.html",
        "en/index.html",
        "publication.js",
        HASHES_FILE,
        "downloads/projects.csv",
        "downloads/projects.xlsx",
        "downloads/projects/gdynia.csv",
        "downloads/projects/gdynia.xlsx",
        f"projects/{GDYNIA_ID}.html",
        f"en/projects/{GDYNIA_ID}.html",
    }
    may = {  # rendered again; the same bytes (then linked) unless they show the title
        f"{lg}{name}.html"
        for lg in ("", "en/")
        for name in ("timeline", "participants", "quality", "instruments")
    }
    assert must <= changed <= must | may, sorted(changed)
    assert second.rewritten == len(changed) <= 16
    assert second.files == first.files and len(after) == second.files
    for name in ("cities.html", "methodology.html"):
        assert before[name] == after[name] and before[f"en/{name}"] == after[f"en/{name}"], name
    assert before["downloads/city_comparison.xlsx"] == after["downloads/city_comparison.xlsx"]

    # the same publication again: nothing rendered, only the fingerprints file written
    third = _build(db, site, site_env)
    assert third.rendered == 0 and third.rewritten == 1, (third.rendered, third.rewritten)

    # a new publication of unchanged data: nothing rendered, publication.js is the one new file
    _republish(db, 5)
    before = _inodes(site)
    fourth = _build(db, site, site_env)
    changed = {rel for rel, ino in _inodes(site).items() if before.get(rel) != ino}
    assert fourth.rendered == 0 and changed == {"publication.js", HASHES_FILE}
    assert '"version":"5"' in (site / "publication.js").read_text(encoding="utf-8")


def test_a_new_generator_renders_every_page_again(site_env, monkeypatch):
    """The generator's version is part of every fingerprint: another version (code, templates,
    texts, libraries) renders every page and download, and the bytes still decide the links."""
    db = build_published_db(site_env / "current.duckdb", extra_projects=20)
    site = site_env / "site"
    first = _build(db, site, site_env)
    monkeypatch.setattr(gen, "code_version", lambda: "another generator")
    counted = _Counted(monkeypatch)
    second = _build(db, site, site_env)
    assert second.rendered == first.rendered and second.reused == 0
    assert len(counted.calls) == 2 * 26
    stored = json.loads((site / HASHES_FILE).read_text(encoding="utf-8"))
    assert stored["code"] == "another generator"
    # unchanged bytes are still links: only the fingerprints file is written anew
    assert second.rewritten == 1
    monkeypatch.undo()
    assert _build(db, site, site_env).rendered == first.rendered  # and back again


def test_the_generator_version_covers_its_code_templates_and_texts(tmp_path, monkeypatch):
    names = {f.name for f in fingerprint.code_files()}
    assert {"generate.py", "pages.py", "html.py", "i18n.py", "charts.py", "output.py"} <= names
    assert {"site.css", "table.js", "plotly-locale-pl.js", "xlsx.py"} <= names
    copies = []
    for f in fingerprint.code_files():
        copy = tmp_path / f.name
        copy.write_bytes(f.read_bytes())
        copies.append(copy)
    monkeypatch.setattr(fingerprint, "code_files", lambda: copies)
    version = fingerprint.code_version.__wrapped__
    v1 = version()
    assert version() == v1 and len(v1) == 32
    i18n = tmp_path / "i18n.py"
    i18n.write_text(i18n.read_text(encoding="utf-8").replace("wersja", "wersją"), encoding="utf-8")
    assert version() != v1


def test_an_old_or_damaged_fingerprints_file_renders_everything(site_env):
    db = build_published_db(site_env / "current.duckdb", extra_projects=5)
    site = site_env / "site"
    first = _build(db, site, site_env)
    stored = json.loads((site / HASHES_FILE).read_text(encoding="utf-8"))
    assert stored["format"] == fingerprint.FINGERPRINT_FORMAT and len(stored["inputs"]) == len(
        first.pages
    ) + 4 + _city_files(site)
    (site / HASHES_FILE).write_text(json.dumps(stored["content"]), encoding="utf-8")  # format 1
    second = _build(db, site, site_env)
    assert second.rendered == first.rendered and second.rewritten == 1  # rendered, then linked
    (site / HASHES_FILE).write_text("{not json", encoding="utf-8")
    third = _build(db, site, site_env)
    assert third.rendered == first.rendered and third.rewritten == third.files


def test_a_missing_previous_file_is_rendered_not_linked(site_env, monkeypatch):
    db = build_published_db(site_env / "current.duckdb", extra_projects=5)
    site = site_env / "site"
    _build(db, site, site_env)
    (site / "projects" / f"{TORUN_ID}.html").unlink()  # gone from the old site
    counted = _Counted(monkeypatch)
    second = _build(db, site, site_env)
    assert counted.calls == [(TORUN_ID, "pl")] and second.rendered == 1
    assert "Toruń" in (site / "projects" / f"{TORUN_ID}.html").read_text(encoding="utf-8")


def test_downloads_depend_on_their_data_only(site_env):
    """CSV and XLSX are byte-identical (the same inode) when their table did not change, and
    written anew with the new value when it did; the XLSX has no time of its own."""
    import openpyxl

    db = build_published_db(site_env / "current.duckdb", extra_projects=5)
    site = site_env / "site"
    _build(db, site, site_env)
    xlsx = (site / "downloads" / "projects.xlsx").read_bytes()
    with zipfile.ZipFile(io.BytesIO(xlsx)) as z:
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert "docProps/core.xml" not in z.namelist()
    csv_rows = (site / "downloads" / "projects.csv").read_text(encoding="utf-8").splitlines()
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx), read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = csv_rows[0].split(",")
    assert list(rows[0]) == header and len(rows) == len(csv_rows) == 1 + 11
    torun = next(r for r in rows if r[0] == TORUN_ID)
    assert torun[header.index("total_cost_pln")] == 1239061.22
    assert torun[header.index("city_name")] == "Toruń"

    before = _inodes(site)
    _republish(db, 4)  # no data change
    _build(db, site, site_env)
    after = _inodes(site)
    for rel in before:
        if rel.startswith("downloads/"):
            assert before[rel] == after[rel], rel

    con = duckdb.connect(str(db))
    con.execute(
        "UPDATE main.fct_projects SET total_cost_pln = 1239062.5 WHERE project_scope_id = ?",
        [TORUN_ID],
    )
    con.close()
    _build(db, site, site_env)
    after2 = _inodes(site)
    assert after2["downloads/projects.csv"] != after["downloads/projects.csv"]
    assert after2["downloads/city_comparison.csv"] == after["downloads/city_comparison.csv"]
    sheet = openpyxl.load_workbook(site / "downloads" / "projects.xlsx", read_only=True)
    torun = next(r for r in sheet.worksheets[0].iter_rows(values_only=True) if r[0] == TORUN_ID)
    assert torun[header.index("total_cost_pln")] == 1239062.5
    assert "1239062.5" in (site / "downloads" / "projects.csv").read_text(encoding="utf-8")


def test_the_note_is_on_every_page_kind_and_follows_the_publication(site_env):
    """Every page (overview, charts, quality, methodology, projects; both languages) loads the
    note from the one publication.js, by a path that reaches it from the page's folder."""
    db = build_published_db(site_env / "current.duckdb", extra_projects=2)
    site = site_env / "site"
    result = _build(db, site, site_env)
    kinds = set()
    for page in result.pages:
        text = page.read_text(encoding="utf-8")
        rel = page.relative_to(site).as_posix()
        kinds.add(rel.rsplit("/", 1)[-1] if "projects/" not in rel else "project")
        assert text.count('<span id="integra-publication">') == 1, rel
        src = text.split('<span id="integra-publication">', 1)[1].split('<script src="', 1)[1]
        src = src.split('"', 1)[0]
        assert (page.parent / src).resolve() == (site / "publication.js").resolve(), rel
    assert kinds == {name for name, _ in PAGES} | {"project"}
    _republish(db, 7)
    _build(db, site, site_env)
    script = (site / "publication.js").read_text(encoding="utf-8")
    assert "(wersja 7)" in script and "(version 7)" in script and "(wersja 3)" not in script


def test_many_changed_pages_are_rendered_by_parallel_workers(site_env, monkeypatch):
    """Above the parallel threshold the changed pages go to worker processes (spawned: the
    fingerprints travel with them): a first build, then every title changed, then nothing."""
    monkeypatch.setattr(gen, "PARALLEL_PROJECT_PAGES_MIN", 10)
    monkeypatch.setattr(gen, "_project_page_parts", lambda n: 2)
    db = build_published_db(site_env / "current.duckdb", extra_projects=30)
    site = site_env / "site"
    first = _build(db, site, site_env)
    assert first.project_pages == 36
    assert first.rendered == 2 * (7 + 36) + 4 + _city_files(site)
    one = _build(db, site, site_env)
    assert one.rendered == 0 and one.project_pages == 36
    con = duckdb.connect(str(db))
    con.execute("UPDATE main.fct_projects SET title = coalesce(title, 'P') || ' (nowy)'")
    con.close()
    everything = _build(db, site, site_env)
    assert everything.project_pages == 36
    # every project's cities' downloads too
    assert everything.rendered == 2 * 36 + PROJECT_TABLE_FILES + _city_files(site, "projects")
    for pid in (TORUN_ID, GDYNIA_ID):
        assert " (nowy)</h1>" in (site / "en" / "projects" / f"{pid}.html").read_text("utf-8")
    assert _build(db, site, site_env).rendered == 0  # the workers' fingerprints were kept


def test_evidence_stated_by_several_documents_keeps_its_pages_across_row_orders(
    site_env, monkeypatch
):
    """Evidence rows that tie on project, field and position (a field stated by two documents)
    come in one order from any published file of the same rows: a new publication whose
    evidence table holds them in another physical order renders no page. (At 10,000 documents
    a tie left to DuckDB's sort re-rendered 589 project pages, 6.3% of the site's files, after
    one changed document.)"""
    db = build_published_db(site_env / "current.duckdb", extra_projects=30)
    con = duckdb.connect(str(db))
    con.execute(  # every fact stated again by a second document, in its own sentence
        "INSERT INTO main.fct_fact_evidence SELECT * REPLACE (fact_evidence_id || '-2' AS "
        "fact_evidence_id, 'Drugi dokument: ' || evidence_text AS evidence_text) "
        "FROM main.fct_fact_evidence"
    )
    (ties,) = con.execute(
        "SELECT count(*) FROM (SELECT project_scope_id, field, item_index "
        "FROM main.fct_fact_evidence GROUP BY ALL HAVING count(*) > 1)"
    ).fetchone()
    con.close()
    assert ties >= 36
    site = site_env / "site"
    _build(db, site, site_env)
    page = site / "projects" / f"{TORUN_ID}.html"
    html = page.read_text(encoding="utf-8")
    assert html.count("Drugi dokument: ") >= 5
    before = _inodes(site)

    con = duckdb.connect(str(db))  # the same rows, written in the reverse order
    con.execute(
        "CREATE OR REPLACE TABLE main.fct_fact_evidence AS SELECT * FROM main.fct_fact_evidence "
        "ORDER BY fact_evidence_id DESC"
    )
    con.close()
    _republish(db, 4)
    counted = _Counted(monkeypatch)
    second = _build(db, site, site_env)
    assert counted.calls == [] and second.rendered == 0
    after = _inodes(site)
    assert [rel for rel in after if "projects/" in rel and after[rel] != before[rel]] == []
    assert page.read_text(encoding="utf-8") == html


@pytest.mark.slow
def test_after_one_changed_project_the_site_rewrites_at_most_one_percent_of_its_files(
    site_env, monkeypatch
):
    """Issue 15's target at 1,500 projects (3,000 project pages in two languages)."""
    db = build_published_db(site_env / "current.duckdb", extra_projects=1_500)
    site = site_env / "site"
    _build(db, site, site_env)
    _republish(db, 4, change_title_of=GDYNIA_ID)
    counted = _Counted(monkeypatch)
    second = _build(db, site, site_env)
    assert second.files > 3_000
    assert second.rewritten / second.files <= 0.01, (second.rewritten, second.files)
    assert len(counted.calls) == 2 and second.rendered == 2 + PROJECT_TABLE_FILES


def test_table_chunks_follow_the_projects(site_env, monkeypatch):
    """Above EMBED_MAX the table is in data/projects-NNNN.js: a changed title reaches its chunk,
    the other chunks stay the same files; with nothing changed no chunk is rendered."""
    monkeypatch.setattr(gen, "EMBED_MAX", 2)
    monkeypatch.setattr(gen, "CHUNK_SIZE", 4)
    db = build_published_db(site_env / "current.duckdb", extra_projects=10)
    site = site_env / "site"
    first = _build(db, site, site_env)
    chunks = sorted(p.name for p in (site / "data").iterdir())
    assert first.table_mode == "chunked" and len(chunks) == 4  # 16 projects, 4 a chunk
    assert _build(db, site, site_env).rendered == 0
    _republish(db, 4, change_title_of=GDYNIA_ID)
    before = _inodes(site)
    _build(db, site, site_env)
    after = _inodes(site)
    new = [c for c in chunks if before[f"data/{c}"] != after[f"data/{c}"]]
    assert len(new) == 1
    text = (site / "data" / new[0]).read_text(encoding="utf-8")
    assert GDYNIA_ID in text and "Projekt (zmieniony)" in text


def test_a_changed_evidence_sentence_renders_that_project_page_only(site_env, monkeypatch):
    """A project's evidence enters its page's fingerprint as a digest computed in DuckDB
    (dashboards/data.py evidence_digests): one sentence changed in one project's evidence renders
    that project's two pages (pl, en) and no other, and the new page shows the new sentence."""
    db = build_published_db(site_env / "current.duckdb", extra_projects=5)
    site = site_env / "site"
    _build(db, site, site_env)
    con = duckdb.connect(str(db))
    (changed,) = con.execute(
        "UPDATE main.fct_fact_evidence SET evidence_text = 'Zdanie poprawione przez ośrodek.' "
        "WHERE fact_evidence_id = (SELECT min(fact_evidence_id) FROM main.fct_fact_evidence "
        "WHERE project_scope_id = ? AND evidence_text IS NOT NULL)",
        [TORUN_ID],
    ).fetchone()
    con.close()
    assert changed == 1
    _republish(db, 4)
    counted = _Counted(monkeypatch)
    _build(db, site, site_env)
    assert sorted(counted.calls) == [(TORUN_ID, "en"), (TORUN_ID, "pl")]
    assert "Zdanie poprawione przez ośrodek." in (site / "projects" / f"{TORUN_ID}.html").read_text(
        encoding="utf-8"
    )
