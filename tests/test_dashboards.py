"""The static site: formatting, figures equal to the mart, escaping, offline assets, atomic swap."""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import math
import os
import re
import time
from html.parser import HTMLParser
from pathlib import Path

import duckdb
import pytest

from dashboards import formatting as f
from dashboards import generate as gen
from dashboards import generate_site

try:
    from tests.published_factory import (
        GDYNIA_ID,
        HOSTILE_ID,
        HOSTILE_TITLE,
        SZCZECIN_ID,
        TORUN_ID,
        WLOCLAWEK_2011_ID,
        WLOCLAWEK_FINAL_ID,
        build_published_db,
    )
except ModuleNotFoundError:  # tests/ itself on sys.path
    from published_factory import (  # type: ignore[no-redef]
        GDYNIA_ID,
        HOSTILE_ID,
        HOSTILE_TITLE,
        SZCZECIN_ID,
        TORUN_ID,
        WLOCLAWEK_2011_ID,
        WLOCLAWEK_FINAL_ID,
        build_published_db,
    )

PAGES = [
    "index.html",
    "cities.html",
    "timeline.html",
    "participants.html",
    "instruments.html",
    "quality.html",
]
N = f.normalise_spaces


# --- formatting -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "pl", "en"),
    [
        (1239061.22, "1 239 061,22 zł", "PLN 1,239,061.22"),
        (1053259.79, "1 053 259,79 zł", "PLN 1,053,259.79"),
        (10_000_000, "10 000 000,00 zł", "PLN 10,000,000.00"),
        (0.5, "0,50 zł", "PLN 0.50"),
        (999.999, "1 000,00 zł", "PLN 1,000.00"),
        (-0.001, "0,00 zł", "PLN 0.00"),
        (-1234.5, "-1 234,50 zł", "PLN -1,234.50"),
    ],
)
def test_format_amount(value: float, pl: str, en: str) -> None:
    assert N(f.format_amount(value, "pl")) == pl
    assert N(f.format_amount(value, "en")) == en


def test_polish_separator_is_no_break_space() -> None:
    assert f.format_amount(1239061.22) == "1\u00a0239\u00a0061,22\u00a0zł"
    assert f.format_int(1326) == "1\u00a0326"
    assert f.format_int(1326, "en") == "1,326"


@pytest.mark.parametrize(
    ("share", "pl", "en"),
    [
        (0.850050, "85,0%", "85.0%"),
        (1053259.79 / 1239061.22, "85,0%", "85.0%"),
        (0.8882, "88,8%", "88.8%"),
        (1.0, "100,0%", "100.0%"),
        (0.0, "0,0%", "0.0%"),
    ],
)
def test_format_share(share: float, pl: str, en: str) -> None:
    assert f.format_share(share, "pl") == pl
    assert f.format_share(share, "en") == en


def test_format_pct_and_missing() -> None:
    assert f.format_pct(34) == "34,0%"
    assert f.format_pct(22.25, "en", 2) == "22.25%"
    for missing in (None, float("nan"), math.nan, "", "  "):
        assert f.format_amount(missing) == f.MISSING
        assert f.format_share(missing) == f.MISSING
        assert f.format_date(missing) == f.MISSING
    pd = pytest.importorskip("pandas")
    assert f.format_int(pd.NA) == f.MISSING
    assert f.format_date(pd.NaT) == f.MISSING


def test_format_date_polish_genitive_and_english() -> None:
    assert N(f.format_date(dt.date(2017, 10, 1))) == "1 października 2017"
    assert N(f.format_date("2019-09-30")) == "30 września 2019"
    assert N(f.format_date(dt.datetime(2008, 5, 1, 12, 0))) == "1 maja 2008"
    assert N(f.format_date(dt.date(2017, 10, 1), "en")) == "1 October 2017"
    genitive = [N(f.format_date(dt.date(2020, m, 2))).split()[1] for m in range(1, 13)]
    assert genitive == [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ]
    assert N(f.format_datetime(dt.datetime(2025, 11, 20, 2, 0))) == "20 listopada 2025, 02:00 UTC"
    aware = dt.datetime(2025, 11, 20, 3, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert N(f.format_datetime(aware, "en")) == "20 November 2025, 02:00 UTC"


def test_qualifiers_plurals_and_bad_language() -> None:
    assert N(f.format_amount_qualified(10_000_000, "more_than")) == "ponad 10 000 000,00 zł"
    assert (
        N(f.format_amount_qualified(10_000_000, "more_than", "en")) == "more than PLN 10,000,000.00"
    )
    assert N(f.format_amount_qualified(100_000, "approximately")) == "ok. 100 000,00 zł"
    assert N(f.format_amount_qualified(5, "exact")) == "5,00 zł"
    assert [f.projects_label(n) for n in (1, 2, 5, 12, 22, 25)] == [
        "1 projekt",
        "2 projekty",
        "5 projektów",
        "12 projektów",
        "22 projekty",
        "25 projektów",
    ]
    assert f.projects_label(1, "en") == "1 project"
    assert f.format_months(24) == "24 miesiące" and f.format_months(12) == "12 miesięcy"
    with pytest.raises(ValueError):
        f.format_amount(1, "de")


# --- the generated site -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_published_db(tmp_path_factory.mktemp("pub") / "published" / "current.duckdb")


@pytest.fixture(scope="module")
def site(published: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, gen.SiteResult]:
    home = tmp_path_factory.mktemp("home")
    reports = home / "reports"
    reports.mkdir()
    (reports / "gate.html").write_text("<p>gate</p>", encoding="utf-8")
    out = home / "site"
    result = generate_site(published, out, lang="pl", reports_dir=reports)
    return out, result


def _html_files(root: Path) -> list[Path]:
    return sorted(root.rglob("*.html"))


class _Cells(HTMLParser):
    """Rows of every <table> as lists of cell texts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self._row: list[str] | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._row is not None and self._cell is not None:
            self._row.append(N(" ".join("".join(self._cell).split())))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def _table_rows(path: Path) -> list[list[str]]:
    p = _Cells()
    p.feed(path.read_text(encoding="utf-8"))
    return p.rows


def _mart_row(db: Path, scope_id: str) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    try:
        cur = con.execute("SELECT * FROM main.fct_projects WHERE project_scope_id = ?", [scope_id])
        names = [d[0] for d in cur.description]
        return dict(zip(names, cur.fetchone()))
    finally:
        con.close()


def test_site_structure(site) -> None:
    out, result = site
    assert result.entry == out / "index.html"
    assert result.table_mode == "embedded"
    assert result.project_pages == 6
    for name in PAGES:
        assert (out / name).is_file() and (out / "en" / name).is_file()
    for pid in (
        TORUN_ID,
        WLOCLAWEK_2011_ID,
        WLOCLAWEK_FINAL_ID,
        SZCZECIN_ID,
        GDYNIA_ID,
        HOSTILE_ID,
    ):
        assert (out / "projects" / f"{pid}.html").is_file()
        assert (out / "en" / "projects" / f"{pid}.html").is_file()
    assert set(result.pages) == set(_html_files(out))
    assert len(result.pages) == 2 * (7 + 6)  # 7 site pages (with "Jak liczymy") + 6 project pages
    assert sum(p.stat().st_size for p in out.rglob("*") if p.is_file()) == result.bytes_total
    assert result.bytes_total < 6_000_000  # plotly.min.js is 4.8 MB of it


def test_torun_project_page_figures_equal_the_mart(site, published) -> None:
    out, _ = site
    mart = _mart_row(published, TORUN_ID)
    rows = {r[0]: r for r in _table_rows(out / "projects" / f"{TORUN_ID}.html") if len(r) == 3}
    expected = {
        "Koszt całkowity": f.format_amount_qualified(
            mart["total_cost_pln"], mart["total_cost_qualifier"]
        ),
        "Dofinansowanie UE": f.format_amount(mart["eu_cofinancing_pln"]),
        "Wkład własny": f.format_amount(mart["own_contribution_pln"]),
        "Udział dofinansowania UE": f.format_share(mart["eu_cofinancing_share"]),
        "Uczestnicy planowani": f.format_int(mart["participants_planned"]),
        "Początek realizacji": f.format_date(mart["start_date"]),
        "Koniec realizacji": f.format_date(mart["end_date"]),
        "Data umowy o dofinansowanie": f.format_date(mart["contract_date"]),
        "Koszt na planowanego uczestnika": f.format_amount(
            mart["cost_per_planned_participant_pln"]
        ),
        "Efektywność społeczna": f.format_pct(mart["social_effectiveness_pct"]),
    }
    for label, value in expected.items():
        assert rows[label][1] == N(value), label
    # the same figures, spelled out as the seed document states them
    assert rows["Koszt całkowity"][1] == "1 239 061,22 zł"
    assert rows["Dofinansowanie UE"][1] == "1 053 259,79 zł"
    assert rows["Wkład własny"][1] == "185 801,43 zł"
    assert rows["Udział dofinansowania UE"][1] == "85,0%"
    assert rows["Uczestnicy planowani"][1] == "120"
    assert rows["Początek realizacji"][1] == "1 października 2017"
    # every stated figure shows the sentence it was read from
    assert rows["Koszt całkowity"][2] == "Kosz całkowity: 1 239 061,22 zł"
    assert rows["Uczestnicy planowani"][2].startswith("Projekt był skierowany do 120 osób")
    assert rows["Udział dofinansowania UE"][2] == "wyliczone"
    page = (out / "projects" / f"{TORUN_ID}.html").read_text(encoding="utf-8")
    assert "torun/000_d62dbd5068231973.txt" in page
    assert "Kontrakty socjalne" in page and "32 osób bezrobotnych" in page


def test_torun_english_page(site) -> None:
    out, _ = site
    rows = {
        r[0]: r for r in _table_rows(out / "en" / "projects" / f"{TORUN_ID}.html") if len(r) == 3
    }
    assert rows["Total cost"][1] == "PLN 1,239,061.22"
    assert rows["EU co-financing share"][1] == "85.0%"
    assert rows["Start"][1] == "1 October 2017"
    text = (out / "en" / "projects" / f"{TORUN_ID}.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in text


def test_untitled_project_falls_back_to_implementer(site) -> None:
    out, _ = site
    page = (out / "projects" / f"{GDYNIA_ID}.html").read_text(encoding="utf-8")
    assert "<h1>(bez tytułu) MOPS Gdynia</h1>" in page
    en = (out / "en" / "projects" / f"{GDYNIA_ID}.html").read_text(encoding="utf-8")
    assert "<h1>(untitled) MOPS Gdynia</h1>" in en
    assert "(bez tytułu) MOPS Gdynia" in (out / "timeline.html").read_text(encoding="utf-8")


def test_wloclawek_lower_bound_and_overview_tiles(site) -> None:
    out, _ = site
    rows = {
        r[0]: r for r in _table_rows(out / "projects" / f"{WLOCLAWEK_FINAL_ID}.html") if len(r) == 3
    }
    assert rows["Koszt całkowity"][1] == "ponad 10 000 000,00 zł"
    assert rows["Uczestnicy faktyczni"][1] == "2 815"
    page = N(html.unescape((out / "index.html").read_text(encoding="utf-8")))
    # 5 projects (Włocławek's two documents are one project); whole-project totals preferred
    assert re.search(r'<div class="label">Projekty</div><div class="value">5</div>', page)
    total = 1239061.22 + 10_000_000 + 4991287.50 + 15707281.20 + 100000.0
    assert N(f.format_amount(total)) in page


def test_hostile_title_is_escaped_everywhere(site) -> None:
    out, _ = site
    raw_fragments = [
        "<script>alert(",
        "<img src=x",
        "<svg onload",
        "<b>hostile</b>",
        "<i>grupa</i>",
        "<b>x</b>",
    ]
    for path in [*_html_files(out), *out.rglob("*.js")]:
        if path.name == "plotly.min.js":
            continue
        text = path.read_text(encoding="utf-8")
        for fragment in raw_fragments:
            assert fragment not in text, f"{fragment!r} unescaped in {path.relative_to(out)}"
    page = (out / "projects" / f"{HOSTILE_ID}.html").read_text(encoding="utf-8")
    escaped = html.escape(HOSTILE_TITLE, quote=True)
    assert escaped == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"
    assert f"<h1>{escaped}</h1>" in page
    assert f"<title>{escaped} — Integra</title>" in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page
    # in the embedded table data and plotly JSON the title is inert JSON text
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "\\u003cscript\\u003ealert(1)\\u003c" in index
    timeline = (out / "timeline.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)" in timeline  # hover / tick text escaped for plotly's renderer
    # the only <script> elements are ours
    for path in _html_files(out):
        for attrs in re.findall(r"<script([^>]*)>", path.read_text(encoding="utf-8")):
            assert (
                attrs
                in (
                    "",
                    ' type="application/json" id="integra-table-config"',
                    ' type="application/json" id="integra-rows"',
                )
                or "src=" in attrs
            ), attrs


def test_no_network_resources(site) -> None:
    out, _ = site
    for path in _html_files(out):
        text = path.read_text(encoding="utf-8")
        assert "cdn" not in text.lower(), path
        srcs = re.findall(r'<(?:script|img|iframe)[^>]*\ssrc="([^"]*)"', text)
        hrefs = re.findall(r'<link[^>]*\shref="([^"]*)"', text)
        for url in srcs + hrefs:
            assert not re.match(r"(?i)(https?:)?//", url), (path, url)
            if not url.startswith("data:"):
                assert (path.parent / url).resolve().is_file(), (path, url)
        assert "fonts.googleapis" not in text and "@import" not in text
    css = (out / "assets" / "site.css").read_text(encoding="utf-8")
    assert "url(" not in css and "http" not in css


def test_plotly_js_written_once_and_referenced_locally(site) -> None:
    out, _ = site
    copies = list(out.rglob("plotly*.min.js"))
    assert [p.relative_to(out).as_posix() for p in copies] == ["plotly.min.js"]
    import plotly

    bundled = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    assert (
        hashlib.sha256(copies[0].read_bytes()).digest()
        == hashlib.sha256(bundled.read_bytes()).digest()
    )
    for lang_dir in (out, out / "en"):
        for name in ("cities.html", "timeline.html", "participants.html", "instruments.html"):
            text = (lang_dir / name).read_text(encoding="utf-8")
            assert text.count("plotly.min.js") == 1
            assert "Plotly.newPlot" in text
            assert len(text) < 200_000  # plotly.js is not inlined


def test_charts_have_titles_axis_titles_and_polish_separators(site) -> None:
    out, _ = site
    text = (out / "cities.html").read_text(encoding="utf-8")
    assert '"separators":", "' in text
    assert "Koszt całkowity [mln zł]" in text and "Udział UE w koszcie [%]" in text
    assert "Koszt na uczestnika [zł, ceny 2024]" in text
    assert "n = 2" in text  # Włocławek 2007-2013 stands on two projects
    assert '"1\u00a0239\u00a0061,22\u00a0zł","1 projekt"' in text  # exact figure in the hover
    assert "#E69F00" in text and "#56B4E9" in text  # Okabe-Ito
    en = (out / "en" / "cities.html").read_text(encoding="utf-8")
    assert '"separators"' not in en and "Total cost [PLN m]" in en
    timeline = (out / "timeline.html").read_text(encoding="utf-8")
    assert (
        "Okres programowania 2007-2013" in timeline and "Okres programowania 2014-2020" in timeline
    )
    assert "2004-2006" not in timeline and "2021-2027" not in timeline  # no project in them
    assert '"2015-12-31"' in timeline or "2016-01-01" in timeline  # band to the eligibility end


def test_navigation_and_language_switch(site) -> None:
    out, _ = site
    for path in _html_files(out):
        text = path.read_text(encoding="utf-8")
        nav = re.search(r'<nav class="site-nav".*?</nav>', text, re.DOTALL).group(0)
        links = re.findall(r'href="([^"]+)"', nav)
        assert len(links) == 1 + 7 + 1  # brand, pages, language switch
        for href in links:
            assert (path.parent / href).resolve().is_file(), (path, href)
        other = links[-1]
        is_en = "/en/" in path.as_posix()
        assert ("/en/" in (path.parent / other).resolve().as_posix()) != is_en


def test_quality_page(site) -> None:
    out, _ = site
    text = (out / "quality.html").read_text(encoding="utf-8")
    assert 'href="../reports/gate.html"' in text
    # the date and version are filled in from the shared publication.js, not carried by the page
    assert "opublikowano 20" not in text and 'data-integra-pub="date"' in text
    assert '<span data-integra-pub="version">' in text and 'src="publication.js"' in text
    script = (out / "publication.js").read_text(encoding="utf-8")
    assert '"date":"20\u00a0listopada 2025, 02:00 UTC","version":"3"' in script
    assert "no text layer (scanned PDF)" in text
    assert "empty file &lt;script&gt;alert(8)&lt;/script&gt;" in text
    assert "2 of 6 projects have an inexact total cost" in text
    assert WLOCLAWEK_FINAL_ID in text  # offending row shown
    assert "niespełnione" in text and "ostrzeżenie" in text
    assert 'href="../../reports/gate.html"' in (out / "en" / "quality.html").read_text(
        encoding="utf-8"
    )


def test_no_gate_link_without_report(published, tmp_path) -> None:
    generate_site(published, tmp_path / "site", reports_dir=tmp_path / "no-reports")
    assert "gate.html" not in (tmp_path / "site" / "quality.html").read_text(encoding="utf-8")


def test_reads_published_file_only_and_read_only(published, tmp_path) -> None:
    before = hashlib.sha256(published.read_bytes()).hexdigest()
    mode = published.stat().st_mode
    os.chmod(published, 0o444)
    try:
        generate_site(published, tmp_path / "site", reports_dir=tmp_path)
    finally:
        os.chmod(published, mode)
    assert hashlib.sha256(published.read_bytes()).hexdigest() == before
    assert not published.with_name(published.name + ".wal").exists()
    with pytest.raises(FileNotFoundError):
        generate_site(tmp_path / "missing.duckdb", tmp_path / "site2", reports_dir=tmp_path)
    assert not (tmp_path / "site2").exists()


def test_atomic_replace_keeps_old_site_on_failure(published, tmp_path, monkeypatch) -> None:
    out = tmp_path / "site"
    generate_site(published, out, reports_dir=tmp_path)
    (out / "marker.txt").write_text("old")
    generate_site(published, out, reports_dir=tmp_path)
    assert not (out / "marker.txt").exists()  # replaced as a whole
    # the replaced generation is kept as the spare the next build is made in, nothing else
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".site")] == [".site.spare"]
    assert (tmp_path / ".site.spare" / "marker.txt").read_text() == "old"
    generate_site(published, out, reports_dir=tmp_path)  # made in the spare: the marker goes
    assert not (out / "marker.txt").exists() and (out / "index.html").is_file()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".site")] == [".site.spare"]

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    (out / "marker.txt").write_text("old")
    monkeypatch.setattr(gen, "_write_project_pages", boom)
    with pytest.raises(RuntimeError):
        generate_site(published, out, reports_dir=tmp_path)
    assert (out / "marker.txt").read_text() == "old" and (out / "index.html").is_file()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".site")] == []


def test_swap_fallback_without_renameat2(published, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(gen, "_exchange", lambda a, b: False)
    out = tmp_path / "site"
    generate_site(published, out, reports_dir=tmp_path)
    generate_site(published, out, reports_dir=tmp_path)
    generate_site(published, out, reports_dir=tmp_path)  # made in the spare
    assert (out / "index.html").is_file()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".site")] == [".site.spare"]


def test_chunked_table_for_large_sites(published, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(gen, "EMBED_MAX", 3)
    monkeypatch.setattr(gen, "CHUNK_SIZE", 4)
    monkeypatch.setattr(gen, "BOTH_LANG_PROJECT_PAGES_MAX", 3)
    result = generate_site(published, tmp_path / "site", lang="en", reports_dir=tmp_path)
    out = tmp_path / "site"
    assert result.table_mode == "chunked"
    assert result.entry == out / "en" / "index.html"
    chunks = sorted(p.name for p in (out / "data").iterdir())
    assert chunks == ["projects-0000.js", "projects-0001.js"]
    rows = []
    for name in chunks:
        text = (out / "data" / name).read_text(encoding="utf-8")
        m = re.fullmatch(r"window\.integraChunk\((\d+),(.*)\);\n", text, re.DOTALL)
        rows += json.loads(m.group(2))
    assert len(rows) == 6 and "<script>" not in "".join(
        (out / "data" / n).read_text() for n in chunks
    )
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'id="integra-rows"' not in index and 'src="data/projects-0000.js"' in index
    # above the limit project pages exist in the requested language only, linked from both
    assert (out / "en" / "projects" / f"{TORUN_ID}.html").is_file()
    assert not (out / "projects").exists()
    assert '"projectPrefix":"en/projects/"' in index


def test_missing_tables_render_without_failing(tmp_path) -> None:
    db = tmp_path / "partial.duckdb"
    con = duckdb.connect(str(db))
    con.execute(
        "CREATE TABLE main.fct_projects (project_scope_id VARCHAR, title VARCHAR, "
        "city_name VARCHAR, total_cost_pln DOUBLE)"
    )
    con.execute("INSERT INTO main.fct_projects VALUES ('abc', 'Projekt', 'Toruń', 1000.5)")
    con.close()
    result = generate_site(db, tmp_path / "site", reports_dir=tmp_path)
    assert "meta_gate_results" in result.missing_tables
    assert (tmp_path / "site" / "projects" / "abc.html").is_file()
    assert "Brak wyników bramki" in (tmp_path / "site" / "quality.html").read_text(encoding="utf-8")


@pytest.mark.slow
def test_scale_100k_projects(tmp_path) -> None:
    """100,000 projects: what a reader loads at open stays small and the build stays bounded."""
    db = build_published_db(tmp_path / "big.duckdb", extra_projects=100_000)
    started = time.monotonic()
    result = generate_site(db, tmp_path / "site", reports_dir=tmp_path)
    elapsed = time.monotonic() - started
    out = tmp_path / "site"
    assert result.table_mode == "chunked"
    for name in PAGES:
        size = (out / name).stat().st_size
        assert size < 1_000_000, (name, size)
    at_open = (out / "index.html").stat().st_size + (
        out / "data" / "projects-0000.js"
    ).stat().st_size
    assert at_open < 1_000_000
    chart_page = (out / "timeline.html").stat().st_size + (out / "plotly.min.js").stat().st_size
    assert chart_page < 10_000_000
    aggregate = sum(
        p.stat().st_size for p in out.rglob("*") if p.is_file() and "projects" not in p.parts
    )
    assert aggregate < 30_000_000
    assert result.project_pages == 100_006
    assert elapsed < 600


# --------------------------------------------------------------------------------------------
# Issue 13: the site on the project grain (marts built by tests/marts_factory.py from the YAML)
# --------------------------------------------------------------------------------------------

#: The documented SQL behind each overview tile (pages.headline), over the published marts.
TILE_SQL = """
select count(*) as projects,
  sum(total_cost_pln) filter (where total_cost_basis = 'whole_project') as total,
  count(total_cost_pln) filter (where total_cost_basis = 'whole_project') as total_n,
  count(*) filter (where total_cost_basis = 'whole_project' and total_cost_qualifier = 'more_than')
      as total_more_than,
  sum(eu_cofinancing_pln) filter (where eu_cofinancing_basis = 'whole_project') as eu,
  count(eu_cofinancing_pln) filter (where eu_cofinancing_basis = 'whole_project') as eu_n,
  sum(eu_cofinancing_pln) filter (where eu_cofinancing_share is not null)
      / sum(total_cost_pln) filter (where eu_cofinancing_share is not null) as share,
  count(eu_cofinancing_share) as share_n,
  sum(participants_planned) filter (where participants_planned_basis = 'whole_project') as planned,
  count(participants_planned) filter (where participants_planned_basis = 'whole_project') as planned_n,
  sum(participants_actual) filter (where participants_actual_basis = 'whole_project') as actual,
  count(participants_actual) filter (where participants_actual_basis = 'whole_project') as actual_n
from main.fct_projects
"""


@pytest.fixture(scope="module")
def project_grain_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import marts_factory as mf

    path = tmp_path_factory.mktemp("grain") / "published.duckdb"
    mf.write_build_db(path, mf.default_frames(), schema="main", quarantine=False)
    return path


def test_each_overview_tile_equals_its_documented_sql(project_grain_db: Path) -> None:
    from dashboards.data import connect, load_published
    from dashboards.pages import headline

    con = connect(project_grain_db)
    try:
        h = headline(load_published(con).projects)
        cur = con.execute(TILE_SQL)
        expected = dict(zip([d[0] for d in cur.description], cur.fetchone()))
    finally:
        con.close()
    for key, value in expected.items():
        assert h[key] == pytest.approx(value), key
    # the bases by value: Włocławek's planned count and EU co-financing are sums of its editions,
    # so neither tile adds them; its ">10 mln" total makes the total a lower bound
    assert (h["planned"], h["planned_n"]) == (120 + 513, 2)
    assert (h["actual"], h["actual_n"]) == (2815 + 150, 2)
    assert h["total_more_than"] == 1 and h["projects"] == 5


def test_project_grain_site_states_basis_and_n_on_every_tile_and_chart(
    project_grain_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "site"
    generate_site(project_grain_db, out, lang="pl")
    index = (out / "index.html").read_text(encoding="utf-8")
    tiles = re.findall(r'<div class="tile">(.*?)</div></div>', index, flags=re.S)
    assert len(tiles) == 6
    for tile in tiles[1:]:
        assert "Podstawa:" in tile or "podstawa" in tile.lower()
        assert "n = " in tile
    assert "≥ " in tiles[1]  # the Włocławek total is a lower bound
    cities = (out / "cities.html").read_text(encoding="utf-8")
    assert "na mieszkańca" in cities and "na rok projektu" in cities
    assert "planowanego" in cities and "faktycznego" in cities
    # the map: shipped coordinates and outline, no tile server, CDN or topojson
    assert 'id="chart-cities-map"' in cities and "Bez współrzędnych" not in cities
    assert "topojson" not in cities and "cdn" not in cities.lower()
    method = (out / "methodology.html").read_text(encoding="utf-8")
    assert "Jak liczymy" in method and "≥" in method
    en = (out / "en" / "methodology.html").read_text(encoding="utf-8")
    assert "How we count" in en
    # one page per project: Włocławek's two documents are one project page
    assert len(list((out / "projects").glob("*.html"))) == 5


def test_quality_page_is_for_stakeholders(site) -> None:
    """A plain summary, the projects with warnings named, linked and explained, the technical
    table collapsed, no red badge on a passed check, no server paths."""
    root, _ = site
    page = (root / "quality.html").read_text(encoding="utf-8")
    summary, technical = page.split("<details>", 1)
    assert "W skrócie" in summary and "Projekty z ostrzeżeniami" in summary
    # the factory's failed warning names Włocławek's final report and the hostile project: both
    # listed by title (escaped), each with the warning in plain words
    assert "Aktywna Integracja" in summary and "&lt;script&gt;" in summary
    assert summary.count("Inna nieprawidłowość") >= 2
    links = re.findall(r'href="(projects/[0-9a-f]+\.html)"', summary)
    assert links and all((root / href).is_file() for href in links)
    assert "expect_column" not in summary  # technical names only in the collapsed part
    assert "expect_column" in technical
    assert not re.search(r"(/tmp/|/home/|/work/|[A-Z]:\\)", page)
    for row in re.findall(r"<tr>(.*?)</tr>", technical, flags=re.S):
        if "badge ok" in row:
            assert "badge error" not in row, row


def test_effectiveness_target_is_never_shown_as_a_result() -> None:
    from dashboards.pages import _effectiveness

    row = {"social_effectiveness_pct": 34.0, "social_effectiveness_basis": "target"}
    assert _effectiveness(row, "social", "pl") == "cel: co najmniej 34,0%"
    assert _effectiveness(row, "social", "en") == "target: at least 34.0%"
    row = {"social_effectiveness_pct": 41.0, "social_effectiveness_basis": "achieved"}
    assert _effectiveness(row, "social", "pl") == "osiągnięto 41,0%"
    assert _effectiveness({"social_effectiveness_pct": None}, "social", "pl") == "—"


def test_dates_are_shown_as_precisely_as_stated() -> None:
    d1, d2 = dt.date(2008, 1, 1), dt.date(2013, 12, 31)
    assert f.format_period(d1, "year", d2, "year", "pl") == "2008–2013"
    assert f.format_date_precise(dt.date(2008, 5, 1), "month", "pl") == "maj 2008"
    assert f.format_date_precise(dt.date(2017, 10, 1), "day", "pl") == "1\u00a0października 2017"
    assert f.precise_iso(d1, "year") == "2008" and f.precise_iso(d1, "month") == "2008-01"


def test_download_buttons_offer_the_data_behind_the_page(
    project_grain_db: Path, tmp_path: Path
) -> None:
    import openpyxl

    out = tmp_path / "site"
    generate_site(project_grain_db, out, lang="pl")
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="downloads/projects.csv"' in index and 'href="downloads/projects.xlsx"' in index
    en = (out / "en" / "cities.html").read_text(encoding="utf-8")
    assert 'href="../downloads/city_comparison.csv"' in en
    rows = (out / "downloads" / "projects.csv").read_text(encoding="utf-8").splitlines()
    assert len(rows) == 1 + 5 and rows[0].startswith("project_id,source_file,")
    wb = openpyxl.load_workbook(out / "downloads" / "city_comparison.xlsx", read_only=True)
    sheet = wb[wb.sheetnames[0]]
    assert next(sheet.iter_rows(values_only=True))[:3] == (
        "city_slug",
        "city_name",
        "programme_period",
    )


def test_groups_add_one_documents_breakdown_per_project() -> None:
    """A plan and a final report of one project both list their groups: the overview adds the
    project's people once (the breakdown of the document its planned count comes from), not
    twice; a project whose planned count has no breakdown keeps its first listed document's."""
    import pandas as pd

    from dashboards.data import one_breakdown_per_project

    groups = pd.DataFrame(
        [
            # project A: the plan (its planned count's document) and the final report
            ("g1", "A", "plan-a", "gdynia", "bezrobotni", "unemployed", 60),
            ("g2", "A", "plan-a", "gdynia", "osoby z niepełnosprawnością", "disabled", 40),
            ("g3", "A", "report-a", "gdynia", "bezrobotni", "unemployed", 55),
            ("g4", "A", "report-a", "gdynia", "osoby z niepełnosprawnością", "disabled", 38),
            # project B: two pages, neither the source of a planned count
            ("g5", "B", "page-b2", "torun", "bezrobotni", "unemployed", 12),
            ("g6", "B", "page-b1", "torun", "bezrobotni", "unemployed", 10),
        ],
        columns=[
            "participant_group_id",
            "project_scope_id",
            "document_id",
            "city_slug",
            "group_label",
            "group_category",
            "participants_planned",
        ],
    )
    projects = pd.DataFrame(
        {"project_scope_id": ["A", "B"], "participants_planned_document_id": ["plan-a", None]}
    )
    counted = one_breakdown_per_project(groups, projects)
    assert list(counted["participant_group_id"]) == ["g1", "g2", "g6"]
    by_category = counted.groupby("group_category")["participants_planned"].sum().to_dict()
    assert by_category == {"unemployed": 70, "disabled": 40}
    # a publication whose groups name no document: every row, as before
    assert len(one_breakdown_per_project(groups.assign(document_id=None), projects)) == 6
