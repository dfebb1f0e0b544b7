"""Headless Chromium opens every generated page from file:// with networking disabled.

Checks: no SEVERE console message, every plotly chart rendered an ``svg.main-svg``, the project
table filled in (with Polish / English formatting), the hostile title did not run a script, and no
request left file://. Screenshots go to test-artifacts/screenshots/ (gitignored).

Needs Debian's ``chromium`` and ``chromium-driver`` (/usr/bin/chromium, /usr/bin/chromedriver).
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from pathlib import Path

import pytest

try:
    from tests.published_factory import HOSTILE_ID, TORUN_ID, build_published_db
except ModuleNotFoundError:  # tests/ on sys.path (pytest rootdir-less import)
    from published_factory import HOSTILE_ID, TORUN_ID, build_published_db

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
REPO = Path(__file__).resolve().parent.parent
SCREENSHOTS = REPO / "test-artifacts" / "screenshots"

if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
    pytest.skip(
        "headless browser test needs Debian's chromium and chromium-driver "
        "(/usr/bin/chromium and /usr/bin/chromedriver): apt-get install -y chromium chromium-driver",
        allow_module_level=True,
    )
selenium = pytest.importorskip("selenium", reason="selenium is not installed (dev extra)")

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

PAGES = [
    "index.html",
    "cities.html",
    "timeline.html",
    "participants.html",
    "instruments.html",
    "quality.html",
    f"projects/{TORUN_ID}.html",
    f"projects/{HOSTILE_ID}.html",
]

#: The factory's publication (version 3) as publication.js writes it into every footer.
NOTE_DATES = {"pl": "20 listopada 2025, 02:00 UTC", "en": "20 November 2025, 02:00 UTC"}
NOTES = {
    "pl": f"Dane opublikowane: {NOTE_DATES['pl']} (wersja 3)",
    "en": f"Data published: {NOTE_DATES['en']} (version 3)",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from dashboards import generate_site

    base = tmp_path_factory.mktemp("browser")
    db = build_published_db(base / "published" / "current.duckdb")
    reports = base / "reports"
    reports.mkdir()
    (reports / "gate.html").write_text("<!DOCTYPE html><title>gate</title><p>gate report</p>")
    generate_site(db, base / "site", lang="pl", reports_dir=reports)
    return base / "site"


@pytest.fixture(scope="module")
def driver():
    profile = tempfile.mkdtemp(prefix="integra-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-extensions",
        f"--user-data-dir={profile}",
        "--window-size=1366,900",
        # belt and braces with the CDP offline switch below: any proxied request fails
        "--proxy-server=127.0.0.1:9",
        "--proxy-bypass-list=<-loopback>",
    ]:
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    drv = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    drv.set_page_load_timeout(20)
    drv.execute_cdp_cmd("Network.enable", {})
    drv.execute_cdp_cmd(
        "Network.emulateNetworkConditions",
        {"offline": True, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0},
    )
    try:
        yield drv
    finally:
        drv.quit()
        shutil.rmtree(profile, ignore_errors=True)


# what a page may load without a network: its own files and inline data, plus the browser's own
# internal pages (chrome://…, which Chromium 150 logs for its start tab's tooltip and favicon)
LOCAL_SCHEMES = ("file:", "data:", "about:", "blob:", "chrome:", "chrome-untrusted:")


def _requests(drv) -> list[str]:
    urls = []
    for entry in drv.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg.get("method") == "Network.requestWillBeSent":
            urls.append(msg["params"]["request"]["url"])
    return urls


def _screenshot(drv, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    height = drv.execute_script("return document.documentElement.scrollHeight")
    drv.set_window_size(1366, min(max(900, int(height) + 40), 5000))
    drv.save_screenshot(str(SCREENSHOTS / name))
    drv.set_window_size(1366, 900)


def _open(drv, path: Path) -> None:
    drv.get_log("browser")  # drop earlier messages
    drv.get_log("performance")
    drv.get(path.as_uri())
    WebDriverWait(drv, 10).until(
        lambda d: d.execute_script("return document.readyState") == "complete"
    )


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_every_page_renders_offline(site: Path, driver, lang: str) -> None:
    started = time.monotonic()
    for rel in PAGES:
        path = site / rel if lang == "pl" else site / "en" / rel
        _open(driver, path)
        charts = driver.execute_script(
            "return document.querySelectorAll('.plotly-graph-div').length"
        )
        if charts:
            WebDriverWait(driver, 15).until(
                lambda d: d.execute_script(
                    "return Array.from(document.querySelectorAll('.plotly-graph-div'))"
                    ".every(div => div.querySelector('svg.main-svg'))"
                ),
                message=f"{rel}: a chart did not render",
            )
        if rel == "index.html":
            WebDriverWait(driver, 10).until(
                lambda d: (
                    d.execute_script("return document.querySelectorAll('#projects-body tr').length")
                    > 1
                )
            )
        # the publication note comes from the one shared publication.js, on every page kind
        note = driver.execute_script(
            "return document.getElementById('integra-publication').textContent"
        ).replace("\u00a0", " ")
        assert note == NOTES[lang], f"{lang}/{rel}: footer note {note!r}"
        if rel == "quality.html":
            filled = driver.execute_script(
                "return Array.from(document.querySelectorAll('[data-integra-pub]'))"
                ".map(e => e.textContent)"
            )
            assert [x.replace("\u00a0", " ") for x in filled] == [NOTE_DATES[lang], "3"]
        with pytest.raises(NoAlertPresentException):
            driver.switch_to.alert.text  # noqa: B018 - a hostile script would have opened one
        assert driver.execute_script("return window.__xss === undefined")
        logs = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        assert not logs, f"{lang}/{rel}: console errors {logs}"
        outside = [u for u in _requests(driver) if not u.startswith(LOCAL_SCHEMES)]
        assert not outside, f"{lang}/{rel}: requests outside file:// {outside}"
        _screenshot(driver, f"{lang}-{rel.replace('/', '-').replace('.html', '')}.png")
    assert time.monotonic() - started < 45


def test_project_table_sorts_filters_and_formats(site: Path, driver) -> None:
    _open(driver, site / "index.html")
    WebDriverWait(driver, 10).until(
        lambda d: d.execute_script("return document.documentElement.dataset.tableReady") == "1"
    )
    text = driver.find_element("id", "projects-body").text.replace("\u00a0", " ")
    assert "1 239 061,22 zł" in text
    assert "1 października 2017" in text
    assert "ponad 10 000 000,00 zł" in text
    assert '<script>alert(1)</script> & "x"' in text  # shown as text
    # filter (diacritics folded: "torun" finds Toruń)
    box = driver.find_element("id", "projects-filter")
    box.send_keys("torun")
    rows = driver.find_elements("css selector", "#projects-body tr")
    assert len(rows) == 1 and "Toruń" in rows[0].text
    link = rows[0].find_element("css selector", "a").get_attribute("href")
    assert link.endswith(f"projects/{TORUN_ID}.html")
    box.clear()
    box.send_keys(" ")  # input event with an empty query
    # sort by total cost: first click sorts descending for numbers
    driver.execute_script("document.querySelectorAll('#projects-head button.sort')[6].click()")
    first = driver.find_elements("css selector", "#projects-body tr")[0].text
    assert "(bez tytułu) MOPS Gdynia" in first
    assert "15 707 281,20 zł" in first.replace("\u00a0", " ")
    _open(driver, site / "en" / "index.html")
    WebDriverWait(driver, 10).until(
        lambda d: d.execute_script("return document.documentElement.dataset.tableReady") == "1"
    )
    text = driver.find_element("id", "projects-body").text.replace("\u00a0", " ")
    assert "PLN 1,239,061.22" in text and "1 October 2017" in text and "85.0%" in text


@pytest.fixture(scope="module")
def chunked_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed site forced into the large-site layout: table data in chunk files."""
    import dashboards.generate as gen

    base = tmp_path_factory.mktemp("chunked")
    db = build_published_db(base / "current.duckdb")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(gen, "EMBED_MAX", 2)
        mp.setattr(gen, "CHUNK_SIZE", 2)
        mp.setattr(gen, "PAGE_SIZE", 4)
        gen.generate_site(db, base / "site", lang="pl", reports_dir=base)
    return base / "site"


def test_chunked_table_loads_chunks_from_file_urls(chunked_site: Path, driver) -> None:
    _open(driver, chunked_site / "index.html")

    def rows(d):
        return d.find_elements("css selector", "#projects-body tr")

    WebDriverWait(driver, 10).until(lambda d: len(rows(d)) == 4)  # a screen needs chunks 1-2 too
    assert "6" in driver.find_element("id", "projects-info").text
    driver.find_element("id", "projects-next").click()
    WebDriverWait(driver, 10).until(lambda d: len(rows(d)) == 2)  # the last two rows
    driver.find_element("id", "projects-filter").send_keys("szczecin")
    WebDriverWait(driver, 10).until(lambda d: len(rows(d)) == 1 and "Szczecin" in rows(d)[0].text)
    logs = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert not logs, logs
    outside = [u for u in _requests(driver) if not u.startswith(LOCAL_SCHEMES)]
    assert not outside, outside
    loaded = driver.execute_script(
        "return Array.from(document.scripts).map(s => s.src).filter(s => s.includes('/data/'))"
    )
    assert len(loaded) == 3  # data/projects-0000..0002.js, each once


@pytest.fixture(scope="module")
def grain_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site on the project grain (tests/marts_factory.py builds the marts from the YAML)."""
    import marts_factory as mf

    from dashboards import generate_site

    base = tmp_path_factory.mktemp("grain")
    db = base / "published.duckdb"
    mf.write_build_db(db, mf.default_frames(), schema="main", quarantine=False)
    generate_site(db, base / "site", lang="pl", reports_dir=base)
    return base / "site"


GRAIN_PAGES = [
    "index.html",
    "cities.html",
    "timeline.html",
    "participants.html",
    "instruments.html",
    "quality.html",
    "methodology.html",
]


@pytest.mark.parametrize("width", [1400, 390])
def test_pages_fit_the_window_at_1400_and_390_px(grain_site: Path, driver, width: int) -> None:
    """Every page renders its charts and nothing makes the page wider than the window (tables
    scroll inside their own box); every overview tile states its basis and n."""
    driver.set_window_size(width, 900)
    try:
        for rel in GRAIN_PAGES:
            _open(driver, grain_site / rel)
            if driver.execute_script(
                "return document.querySelectorAll('.plotly-graph-div').length"
            ):
                WebDriverWait(driver, 15).until(
                    lambda d: d.execute_script(
                        "return Array.from(document.querySelectorAll('.plotly-graph-div'))"
                        ".every(div => div.querySelector('svg.main-svg'))"
                    ),
                    message=f"{rel}: a chart did not render at {width} px",
                )
            inner = driver.execute_script("return window.innerWidth")
            page_width = driver.execute_script("return document.documentElement.scrollWidth")
            assert page_width <= inner + 1, f"{rel} at {width} px: {page_width} > {inner}"
            widest_chart = driver.execute_script(
                "return Math.max(0, ...Array.from(document.querySelectorAll('.plotly-graph-div'))"
                ".map(d => d.getBoundingClientRect().right))"
            )
            assert widest_chart <= inner + 1, f"{rel} at {width} px: a chart is cut off"
            logs = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
            assert not logs, f"{rel} at {width} px: {logs}"
            if rel == "index.html":
                subs = driver.execute_script(
                    "return Array.from(document.querySelectorAll('.tile .sub')).map(e => e.textContent)"
                )
                assert len(subs) == 6 and all("n = " in s for s in subs[1:]), subs
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(
                str(SCREENSHOTS / f"grain-{width}-{rel.replace('.html', '')}.png")
            )
    finally:
        driver.set_window_size(1366, 900)
