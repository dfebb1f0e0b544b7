"""The fetch stage (issue 18) against a local HTTP server on 127.0.0.1 that serves pages the way
municipal sites do: ETags, changed pages, redirects (to an allowed and a foreign host), 404, 500,
slow answers, a 50 MB body, binary bodies, a robots.txt, listing pages, sitemaps."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import http.server
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from integra.settings import Paths
from integra.warehousing.fetch import (
    MAX_NAME,
    FetchSettings,
    extract_links,
    fetch_cities,
    landed_name,
    load_sources,
    read_fetch_state,
)

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "raw_samples"
FAST = FetchSettings(
    contact="tests@example.org",
    timeout=0.4,
    total_timeout=5,
    max_bytes=1 << 20,
    host_delay=0,
    host_concurrency=2,
    workers=4,
    retries=2,
    backoff=0.01,
    flag_after_nights=3,
    max_links=50,
)


# --------------------------------------------------------------------------------------------
# The test server
# --------------------------------------------------------------------------------------------


class Site:
    """Routes: path -> function(handler). Counts hits and keeps the request headers."""

    def __init__(self) -> None:
        self.routes: dict[str, object] = {}
        self.hits: dict[str, int] = {}
        self.headers: list[dict[str, str]] = []
        self.sent: dict[str, int] = {}
        self.release = threading.Event()  # ends slow handlers when the test is over
        self.lock = threading.Lock()

    # ready-made answers
    def page(
        self,
        path: str,
        body: bytes | str,
        ctype: str = "text/html; charset=utf-8",
        *,
        etag: bool = True,
        last_modified: str | None = None,
    ) -> None:
        data = body.encode() if isinstance(body, str) else body
        tag = '"' + hashlib.sha256(data).hexdigest()[:16] + '"'

        def answer(h):
            if etag and h.headers.get("If-None-Match") == tag:
                h.send_response(304)
                h.send_header("ETag", tag)
                h.end_headers()
                return
            h.send_response(200)
            h.send_header("Content-Type", ctype)
            h.send_header("Content-Length", str(len(data)))
            if etag:
                h.send_header("ETag", tag)
            if last_modified:
                h.send_header("Last-Modified", last_modified)
            h.end_headers()
            h.wfile.write(data)

        self.routes[path] = answer

    def status(self, path: str, code: int, location: str | None = None) -> None:
        def answer(h):
            h.send_response(code)
            if location:
                h.send_header("Location", location)
            h.send_header("Content-Length", "0")
            h.end_headers()

        self.routes[path] = answer


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 10  # no connection outlives the test by more than this

    def log_message(self, *args):  # quiet
        pass

    def do_GET(self):
        site: Site = self.server.site  # type: ignore[attr-defined]
        path = self.path.split("?")[0]
        with site.lock:
            site.hits[path] = site.hits.get(path, 0) + 1
            site.headers.append({"path": path, **dict(self.headers)})
        route = site.routes.get(path)
        if route is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            route(self)


@pytest.fixture
def site():
    s = Site()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.block_on_close = False
    server.site = s  # type: ignore[attr-defined]
    t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    t.start()
    s.port = server.server_address[1]  # type: ignore[attr-defined]
    s.base = f"http://127.0.0.1:{s.port}"  # type: ignore[attr-defined]
    s.routes["/robots.txt"] = lambda h: _text(h, "User-agent: *\nDisallow: /private/\n")
    try:
        yield s
    finally:
        s.release.set()
        server.shutdown()
        server.server_close()


def _text(h, text: str, ctype: str = "text/plain") -> None:
    data = text.encode()
    h.send_response(200)
    h.send_header("Content-Type", ctype)
    h.send_header("Content-Length", str(len(data)))
    h.end_headers()
    h.wfile.write(data)


@pytest.fixture
def env(tmp_path, monkeypatch):
    home, raw = tmp_path / "home", tmp_path / "raw"
    raw.mkdir()
    monkeypatch.setenv("INTEGRA_HOME", str(home))
    monkeypatch.setenv("INTEGRA_RAW", str(raw))
    monkeypatch.delenv("INTEGRA_CITY_REGISTRY", raising=False)
    sources = tmp_path / "sources.csv"
    monkeypatch.setenv("INTEGRA_SOURCES", str(sources))
    return {"home": home, "raw": raw, "paths": Paths(home), "sources": sources}


def write_sources(path: Path, rows: list[tuple]) -> None:
    lines = ["city_slug,kind,url,allowed_hosts,link_pattern,note"]
    lines += [",".join(list(map(str, r)) + [""] * (6 - len(r))) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def run(env, cities=("torun",), settings=FAST, **kw):
    sources, bad = load_sources(env["sources"], ["torun", "wloclawek", "szczecin", "gdynia"])
    return fetch_cities(
        env["paths"],
        env["raw"],
        list(cities),
        settings=settings,
        sources=sources,
        bad_sources=bad,
        **kw,
    )


def landed(env, city="torun") -> dict[str, bytes]:
    folder = env["raw"] / city
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.is_dir() else {}


def failure(summary, url_part: str) -> dict:
    found = [f for f in summary.failures if url_part in f["url"]]
    assert found, (url_part, summary.failures)
    return found[0]


SAMPLE = (SAMPLES / "torun" / "000_d62dbd5068231973.txt").read_text(encoding="utf-8")


# --------------------------------------------------------------------------------------------
# Unit level: names, sources, links
# --------------------------------------------------------------------------------------------


def test_landed_name_is_stable_flat_and_bounded():
    a = landed_name("https://MOPR.torun.pl/projekty/Aktywni%20Razem.html#top", ".html")
    assert a == landed_name("https://mopr.torun.pl/projekty/Aktywni%20Razem.html", ".html")
    assert a.startswith("mopr-torun-pl-projekty-aktywni-razem-html_") and a.endswith(".html")
    for evil in (
        "http://x.pl/../../etc/passwd",
        "http://x.pl/a%2F..%2F..%2Fb",
        "http://x.pl/" + "a/" * 3000,
        "http://x.pl/%00%2e%2e/.hidden",
        "http://x.pl/żółć/Łódź?q=/../",
    ):
        n = landed_name(evil, ".txt")
        assert "/" not in n and "\\" not in n and not n.startswith(".") and ".." not in n
        assert len(n) <= MAX_NAME + 4 and n.endswith(".txt")
    # different URLs, different names (the hash of the URL)
    assert landed_name("http://x.pl/a?id=1", ".html") != landed_name("http://x.pl/a?id=2", ".html")


def test_sources_file_rows_refused_with_reasons(tmp_path):
    f = tmp_path / "s.csv"
    f.write_text(
        "# comment line\n"
        "city_slug,kind,url,allowed_hosts,link_pattern,note\n"
        "torun,page,https://mopr.torun.pl/a.html,,,ok\n"
        "atlantis,page,https://x.pl/a,,,\n"
        "torun,video,https://mopr.torun.pl/b,,,\n"
        "torun,page,ftp://mopr.torun.pl/c,,,\n"
        "torun,page,https://evil.example/c,mopr.torun.pl,,\n"
        "torun,listing,https://mopr.torun.pl/lista,,,\n"
        "torun,listing,https://mopr.torun.pl/lista,,([,\n"
        "gdynia,rss,https://mops.gdynia.pl/feed,mops.gdynia.pl www.gdynia.pl,projekt,\n",
        encoding="utf-8",
    )
    good, bad = load_sources(f, ["torun", "gdynia"])
    assert [(s.city_slug, s.kind, s.url) for s in good] == [
        ("torun", "page", "https://mopr.torun.pl/a.html"),
        ("gdynia", "feed", "https://mops.gdynia.pl/feed"),
    ]
    assert good[1].allowed_hosts == ("mops.gdynia.pl", "www.gdynia.pl")
    reasons = [b.reason.split(": ", 1)[1] for b in bad]
    assert [b.line for b in bad] == [4, 5, 6, 7, 8, 9]
    assert "'atlantis' is not a city of the registry" in reasons[0]
    assert "kind 'video'" in reasons[1]
    assert "not an http(s) address" in reasons[2]
    assert "not in its allowed_hosts" in reasons[3]
    assert "needs a link_pattern" in reasons[4]
    assert "not a regular expression" in reasons[5]


def test_links_of_listing_sitemap_and_feed():
    html = (
        b'<a href="/projekty/a.html">A</a><a href="b.html">B</a><a href="mailto:x@y">m</a>'
        b'<a href="https://other.pl/x">x</a><a href="/projekty/a.html#frag">A again</a>'
    )
    assert extract_links(html, "http://h.pl/projekty/", "listing") == [
        "http://h.pl/projekty/a.html",
        "http://h.pl/projekty/b.html",
        "https://other.pl/x",
    ]
    sitemap = (
        b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<url><loc>http://h.pl/p1</loc></url><url><loc> http://h.pl/p2 </loc></url></urlset>"
    )
    assert extract_links(sitemap, "http://h.pl/sitemap.xml", "sitemap") == [
        "http://h.pl/p1",
        "http://h.pl/p2",
    ]
    rss = b"<rss><channel><link>http://h.pl/</link><item><link>http://h.pl/n/1</link></item></channel></rss>"
    assert extract_links(rss, "http://h.pl/feed", "feed") == ["http://h.pl/", "http://h.pl/n/1"]
    atom = b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="/n/2"/></entry></feed>'
    assert extract_links(atom, "http://h.pl/feed", "feed") == ["http://h.pl/n/2"]


# --------------------------------------------------------------------------------------------
# Against the server
# --------------------------------------------------------------------------------------------


def test_200_then_304_next_night_and_no_reextraction(site, env):
    from integra.warehousing.ingest import ingest_cities

    site.page("/projekty/aktywni.txt", SAMPLE, "text/plain; charset=utf-8")
    write_sources(env["sources"], [("torun", "page", site.base + "/projekty/aktywni.txt")])
    s1 = run(env)
    assert (s1.new, s1.failures) == (1, [])
    files = landed(env)
    assert len(files) == 1 and next(iter(files.values())) == SAMPLE.encode()
    name = next(iter(files))
    target = env["raw"] / "torun" / name
    mtime = target.stat().st_mtime_ns
    i1 = ingest_cities(env["paths"], env["raw"], ["torun"], workers=1)
    assert (i1.new, i1.extracted) == (1, 1)
    # provenance: URL, time, HTTP status, ETag, sha256
    st = read_fetch_state(env["paths"])["urls"][site.base + "/projekty/aktywni.txt"]
    assert st["source_file"] == f"torun/{name}" and st["http_status"] == 200
    assert st["sha256"] == hashlib.sha256(SAMPLE.encode()).hexdigest() and st["etag"].startswith(
        '"'
    )
    prov = (env["home"] / "fetch" / "provenance.jsonl").read_text().splitlines()
    assert len(prov) == 1 and json.loads(prov[0])["source_file"] == f"torun/{name}"
    # the user agent names Integra and the contact
    ua = {h.get("User-Agent") for h in site.headers}
    assert ua and all("Integra/" in u and "tests@example.org" in u for u in ua)

    s2 = run(env, now=dt.datetime.now(dt.UTC) + dt.timedelta(days=1))
    assert (s2.new, s2.changed, s2.not_modified) == (0, 0, 1)
    assert [h.get("If-None-Match") for h in site.headers if h["path"] == "/projekty/aktywni.txt"][
        -1
    ] == st["etag"]
    assert target.stat().st_mtime_ns == mtime  # not rewritten
    i2 = ingest_cities(env["paths"], env["raw"], ["torun"], workers=1)
    assert (i2.extracted, i2.unchanged) == (0, 1)
    assert len((env["home"] / "fetch" / "provenance.jsonl").read_text().splitlines()) == 1


def test_changed_page_becomes_a_new_version_and_same_bytes_are_not_rewritten(site, env):
    site.page(
        "/p.html", "<html><body><p>Projekt A, budżet 100 000 zł</p></body></html>", etag=False
    )
    write_sources(env["sources"], [("torun", "page", site.base + "/p.html")])
    assert run(env).new == 1
    name, before = next(iter(landed(env).items()))
    mtime = (env["raw"] / "torun" / name).stat().st_mtime_ns
    s = run(env)  # no ETag: the same bytes again are not written again
    assert (s.unchanged, s.new, s.changed) == (1, 0, 0)
    assert (env["raw"] / "torun" / name).stat().st_mtime_ns == mtime
    site.page("/p.html", "<html><body><p>Projekt A, budżet 120 000 zł</p></body></html>")
    s = run(env)
    assert (s.changed, s.landed) == (1, [f"torun/{name}"])
    assert landed(env)[name] != before and b"120 000" in landed(env)[name]
    assert len((env["home"] / "fetch" / "provenance.jsonl").read_text().splitlines()) == 2


def test_redirects_allowed_host_followed_foreign_host_refused(site, env):
    site.status("/stary.html", 301, f"http://localhost:{site.port}/nowy.html")
    site.page("/nowy.html", "<p>nowa strona projektu</p>")
    site.status("/obcy.html", 301, "http://127.0.0.2:9/evil.html")
    site.status("/ftp.html", 302, "ftp://127.0.0.1/x")
    site.page("/ok.html", "<p>ok</p>")
    hosts = "127.0.0.1 localhost"
    write_sources(
        env["sources"],
        [
            ("torun", "page", site.base + p, hosts)
            for p in ("/stary.html", "/obcy.html", "/ftp.html", "/ok.html")
        ],
    )
    s = run(env)
    assert s.new == 2
    st = read_fetch_state(env["paths"])["urls"]
    assert st[site.base + "/stary.html"]["final_url"] == f"http://localhost:{site.port}/nowy.html"
    assert (
        "127.0.0.2" in failure(s, "/obcy.html")["reason"]
        and "not allowed" in failure(s, "/obcy.html")["reason"]
    )
    assert "only http and https" in failure(s, "/ftp.html")["reason"]
    assert site.hits.get("/evil.html") is None


def test_404_500_and_timeout_retried_recorded_others_go_on(site, env):
    site.status("/boom.html", 500)

    def slow(h):
        site.release.wait(1.5)  # longer than the client's 0.4 s timeout; bounded
        _text(h, "late", "text/html")

    site.routes["/slow.html"] = slow
    site.page("/ok.html", "<p>ok</p>")
    write_sources(
        env["sources"],
        [
            ("torun", "page", site.base + p)
            for p in ("/missing.html", "/boom.html", "/slow.html", "/ok.html")
        ],
    )
    t0 = time.monotonic()
    s = run(env)
    assert s.new == 1 and len(s.failures) == 3
    f404, f500, ftime = (
        failure(s, "/missing.html"),
        failure(s, "/boom.html"),
        failure(s, "/slow.html"),
    )
    assert (
        f404["reason"].startswith("HTTP 404")
        and f404["attempts"] == 1
        and site.hits["/missing.html"] == 1
    )
    assert (
        f500["reason"].startswith("HTTP 500")
        and f500["attempts"] == 3
        and site.hits["/boom.html"] == 3
    )
    assert "timed out" in ftime["reason"] and ftime["attempts"] == 3
    assert time.monotonic() - t0 < 10
    assert all(f["nights"] == 1 and not f["flagged"] for f in s.failures)
    # recorded for `integra status`
    from integra.warehousing.fetch import last_fetch

    lf = last_fetch(env["paths"])
    assert set(lf["failing_now"]) == {
        site.base + p for p in ("/missing.html", "/boom.html", "/slow.html")
    }


def test_failing_nights_in_a_row_are_flagged(site, env):
    write_sources(env["sources"], [("torun", "page", site.base + "/gone.html")])
    day = dt.datetime(2025, 3, 1, 1, 0, tzinfo=dt.UTC)
    nights = []
    for n in (0, 0, 1, 2):  # two runs on the first night count once
        f = failure(run(env, now=day + dt.timedelta(days=n)), "/gone.html")
        nights.append((f["nights"], f["flagged"]))
    assert nights == [(1, False), (1, False), (2, False), (3, True)]
    site.page("/gone.html", "<p>back</p>")
    s = run(env, now=day + dt.timedelta(days=3))
    assert s.new == 1 and not s.failures and read_fetch_state(env["paths"])["failures"] == {}


def test_size_cap_binary_and_robots(site, env):
    big = 50 * 1024 * 1024

    def declared(h):  # a 50 MB body announced as such: not downloaded
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", str(big))
        h.end_headers()
        site.sent["/big-declared.html"] = 0

    def streamed(h):  # 50 MB without a length: reading stops at the cap
        h.send_response(200)
        h.send_header("Content-Type", "text/plain")
        h.send_header("Connection", "close")
        h.end_headers()
        chunk = b"a" * 65536
        sent = 0
        try:
            while sent < big and not site.release.is_set():
                h.wfile.write(chunk)
                sent += len(chunk)
        finally:
            site.sent["/big.txt"] = sent
        h.close_connection = True

    site.routes["/big-declared.html"] = declared
    site.routes["/big.txt"] = streamed
    site.page("/logo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png")
    site.page("/fake.html", b"\x7fELF\x02\x01\x00\x00" * 50, "text/html")
    site.page("/fake.pdf", b"<html>not a pdf</html>", "application/pdf")
    site.page("/real.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf")
    site.page("/private/p.html", "<p>secret</p>")
    write_sources(
        env["sources"],
        [
            ("torun", "page", site.base + p)
            for p in (
                "/big-declared.html",
                "/big.txt",
                "/logo.png",
                "/fake.html",
                "/fake.pdf",
                "/real.pdf",
                "/private/p.html",
            )
        ],
    )
    t0 = time.monotonic()
    s = run(env)
    assert time.monotonic() - t0 < 10
    assert "declared" in failure(s, "/big-declared.html")["reason"]
    assert "larger than the cap" in failure(s, "/big.txt")["reason"]
    time.sleep(0.2)
    assert site.sent.get("/big.txt", 0) < big  # the client stopped reading
    assert "'image/png' is not accepted" in failure(s, "/logo.png")["reason"]
    assert "binary content" in failure(s, "/fake.html")["reason"]
    assert "does not start like one" in failure(s, "/fake.pdf")["reason"]
    assert (
        "robots.txt" in failure(s, "/private/p.html")["reason"]
        and "/private/p.html" not in site.hits
    )
    assert [n for n in landed(env)] == [landed_name(site.base + "/real.pdf", ".pdf")]
    assert site.hits["/robots.txt"] == 1  # once per host and run
    assert not list((env["home"] / "fetch" / "tmp").glob("*.part"))


def test_listing_links_lead_to_new_project_pages(site, env):
    site.page(
        "/projekty/",
        '<a href="/projekty/a.html">A</a> <a href="b.html">B</a> <a href="/kontakt.html">K</a>'
        f'<a href="http://127.0.0.2:{site.port}/projekty/c.html">C</a>',
    )
    site.page("/projekty/a.html", "<p>Projekt A</p>")
    site.page("/projekty/b.html", "<p>Projekt B</p>")
    site.page("/kontakt.html", "<p>kontakt</p>")
    write_sources(
        env["sources"], [("torun", "listing", site.base + "/projekty/", "", "/projekty/.+\\.html$")]
    )
    s = run(env)
    assert (s.new, s.links_found, s.failures) == (2, 2, [])
    assert sorted(landed(env)) == sorted(
        landed_name(site.base + p, ".html") for p in ("/projekty/a.html", "/projekty/b.html")
    )
    assert "/kontakt.html" not in site.hits
    st = read_fetch_state(env["paths"])["urls"]
    assert st[site.base + "/projekty/a.html"]["source"] == site.base + "/projekty/"
    # a new project on the listing: the next night lands it, the others answer 304
    site.page(
        "/projekty/",
        '<a href="/projekty/a.html">A</a> <a href="b.html">B</a> <a href="d.html">D</a>',
    )
    site.page("/projekty/d.html", "<p>Projekt D</p>")
    s = run(env)
    assert (s.new, s.not_modified) == (1, 2) and len(landed(env)) == 3


def test_sitemap_source(site, env):
    site.page(
        "/sitemap.xml",
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{site.base}'
        f"/p/1.html</loc></url><url><loc>{site.base}/x.html</loc></url></urlset>",
        "application/xml",
    )
    site.page("/p/1.html", "<p>1</p>")
    site.page("/x.html", "<p>x</p>")
    write_sources(env["sources"], [("torun", "sitemap", site.base + "/sitemap.xml", "", "/p/")])
    s = run(env)
    assert (s.new, s.links_found) == (1, 1) and "/x.html" not in site.hits


def test_nothing_outside_the_city_folder_whatever_the_url(site, env):
    site.routes["/a/..%2F..%2F..%2Fescape.html"] = lambda h: _text(h, "<p>x</p>", "text/html")
    write_sources(env["sources"], [("torun", "page", site.base + "/a/..%2F..%2F..%2Fescape.html")])
    s = run(env)
    assert s.new == 1, s.failures
    all_files = [p for p in env["raw"].rglob("*") if p.is_file()]
    assert [p.parent for p in all_files] == [env["raw"] / "torun"]
    # a city folder that is a link to elsewhere is refused
    (env["raw"] / "torun").rename(env["raw"] / "moved")
    os.symlink(env["home"].parent, env["raw"] / "torun")
    s = run(env)
    assert "outside the landing folder" in s.failures[0]["reason"]


def test_dry_run_makes_no_request(site, env):
    site.page("/p.html", "<p>x</p>")
    write_sources(
        env["sources"],
        [
            ("torun", "page", site.base + "/p.html"),
            ("torun", "listing", site.base + "/lista", "", "projekt"),
        ],
    )
    s = run(env, dry_run=True)
    assert site.hits == {} and [i["url"] for i in s.plan] == [
        site.base + "/p.html",
        site.base + "/lista",
    ]
    assert s.plan[0]["landed_as"].startswith("torun/127-0-0-1-p-html_") and landed(env) == {}


def test_killed_fetch_leaves_no_half_written_file(site, env, tmp_path):
    from integra.warehousing.ingest import scan_city

    half = 300_000

    def dribble(h):
        h.send_response(200)
        h.send_header("Content-Type", "text/plain")
        h.send_header("Content-Length", str(2 * half))
        h.end_headers()
        h.wfile.write(b"x" * half)
        h.wfile.flush()
        site.sent["/half.txt"] = half
        site.release.wait(8)  # bounded: the client is killed long before

    site.routes["/half.txt"] = dribble
    write_sources(env["sources"], [("torun", "page", site.base + "/half.txt")])
    script = (
        "import sys; from pathlib import Path\n"
        "from integra.settings import Paths\n"
        "from integra.warehousing.fetch import FetchSettings, fetch_cities\n"
        "s = FetchSettings(timeout=30, total_timeout=60, host_delay=0, retries=0)\n"
        f"fetch_cities(Paths(Path({str(env['home'])!r})), Path({str(env['raw'])!r}), ['torun'], settings=s)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, env=dict(os.environ))
    try:
        deadline = time.monotonic() + 30
        while "/half.txt" not in site.sent and time.monotonic() < deadline:
            time.sleep(0.05)
        tmp = env["home"] / "fetch" / "tmp"
        while (
            not (tmp.is_dir() and any(p.stat().st_size > 0 for p in tmp.glob("*.part")))
            and time.monotonic() < deadline
        ):
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(10)
    assert list(
        (env["home"] / "fetch" / "tmp").glob("*.part")
    )  # the partial file is in INTEGRA_HOME
    files, refused = scan_city(env["raw"], "torun")
    assert files == [] and refused == []
    assert (
        [p for p in (env["raw"] / "torun").iterdir()] == []
        if (env["raw"] / "torun").exists()
        else True
    )
    # the next fetch cleans up and lands the whole page
    site.page("/half.txt", "x" * (2 * half), "text/plain")
    s = run(env)
    assert s.new == 1 and not list((env["home"] / "fetch" / "tmp").glob("*.part"))
    assert len(next(iter(landed(env).values()))) == 2 * half


# --------------------------------------------------------------------------------------------
# The CLI and the whole refresh
# --------------------------------------------------------------------------------------------


def _cli(args, env, timeout=300):
    e = {
        **os.environ,
        "INTEGRA_HOME": str(env["home"]),
        "INTEGRA_RAW": str(env["raw"]),
        "INTEGRA_SOURCES": str(env["sources"]),
        "INTEGRA_FETCH_HOST_DELAY": "0",
        "INTEGRA_FETCH_TIMEOUT": "0.5",
        "INTEGRA_FETCH_BACKOFF": "0.01",
        "INTEGRA_FETCH_RETRIES": "1",
        "INTEGRA_FETCH_CONTACT": "tests@example.org",
        "COLUMNS": "200",
    }
    return subprocess.run(
        [str(ROOT / ".venv" / "bin" / "integra"), *args],
        env=e,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_cli_fetch_dry_run_city_and_failures(site, env):
    site.page("/p.html", "<p>Projekt</p>")
    write_sources(
        env["sources"],
        [
            ("torun", "page", site.base + "/p.html"),
            ("torun", "page", site.base + "/brak.html"),
            ("gdynia", "page", site.base + "/g.html"),
            ("atlantis", "page", site.base + "/x.html"),
        ],
    )
    r = _cli(["fetch", "--dry-run", "--city", "torun"], env)
    assert r.returncode == 0, r.stderr
    assert "DRY RUN: 2 source(s), nothing fetched" in r.stderr and site.hits == {}
    assert "line 5: city_slug 'atlantis' is not a city of the registry" in r.stderr
    r = _cli(["fetch", "--city", "nowhere"], env)
    assert r.returncode == 2 and "not a city of the registry: nowhere" in r.stderr
    r = _cli(["fetch", "--city", "torun"], env)
    assert r.returncode == 1, r.stderr
    assert "▶ fetch torun" in r.stderr and "fetch: 1 new, 0 changed" in r.stderr
    assert "failed torun: " + site.base + "/brak.html: HTTP 404" in r.stderr
    assert "/g.html" not in site.hits and "alert written" in r.stderr
    st = json.loads(_cli(["status", "--json"], env).stdout)
    assert [f["url"] for f in st["fetch"]["failing"]] == [site.base + "/brak.html"]
    assert "failed torun: " + site.base + "/brak.html: HTTP 404" in _cli(["status"], env).stdout


@pytest.mark.slow  # ~50 s: one full refresh; `pytest -m slow tests/test_fetch.py`
def test_refresh_fetch_lands_extracts_publishes_then_304s(site, env):
    """Done when: the test server stands in for the four cities' sites; `integra refresh --fetch`
    lands, extracts and publishes their pages; the second night answers 304 and extracts nothing;
    a failing source is recorded and does not stop the run."""
    samples = {
        c: sorted((SAMPLES / c).glob("*.txt")) for c in ("torun", "wloclawek", "szczecin", "gdynia")
    }
    for city, files in samples.items():
        for f in files:
            site.page(f"/{city}/{f.stem}.txt", f.read_bytes(), "text/plain; charset=utf-8")
    site.page(
        "/torun/projekty/",
        "".join(f'<a href="/torun/{f.stem}.txt">x</a>' for f in samples["torun"])
        + '<a href="/torun/kontakt.html">kontakt</a>',
    )
    site.page(
        "/szczecin/sitemap.xml",
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(
            f"<url><loc>{site.base}/szczecin/{f.stem}.txt</loc></url>" for f in samples["szczecin"]
        )
        + "</urlset>",
        "application/xml",
    )
    site.page(
        "/gdynia/rss",
        "<rss><channel>"
        + "".join(
            f"<item><link>{site.base}/gdynia/{f.stem}.txt</link></item>" for f in samples["gdynia"]
        )
        + "</channel></rss>",
        "application/rss+xml",
    )
    write_sources(
        env["sources"],
        [
            ("torun", "listing", site.base + "/torun/projekty/", "", r"\.txt$"),
            *[
                ("wloclawek", "page", f"{site.base}/wloclawek/{f.stem}.txt")
                for f in samples["wloclawek"]
            ],
            ("wloclawek", "page", site.base + "/wloclawek/usunieta.html"),
            ("szczecin", "sitemap", site.base + "/szczecin/sitemap.xml"),
            ("gdynia", "feed", site.base + "/gdynia/rss"),
        ],
    )
    r = _cli(["refresh", "--fetch"], env)
    assert r.returncode == 0, r.stderr[-3000:]
    assert "▶ fetch …" in r.stderr and "✔ fetch (done" in r.stderr
    assert "PUBLISHED" in r.stderr and "fetch: 5 new, 0 changed, 0 not modified" in r.stderr
    assert "failed wloclawek: " + site.base + "/wloclawek/usunieta.html: HTTP 404" in r.stderr
    assert "documents: 5 new, 0 changed, 0 unchanged, 0 rejected" in r.stderr
    q = _cli(["query", "select count(*) as n from fct_documents", "--format", "json"], env)
    assert json.loads(q.stdout) == {"n": 5}
    alerts = [json.loads(p.read_text()) for p in (env["home"] / "alerts").glob("*.json")]
    assert any("usunieta.html" in a["cause"] for a in alerts)
    # project pages link to the landed copy and to the original page
    pages = "".join(
        p.read_text(encoding="utf-8")
        for p in (env["home"] / "site").rglob("*.html")
        if "project" in p.parent.name
    )
    assert f'href="{site.base}/torun/' in pages and f'href="{site.base}/gdynia/' in pages

    r = _cli(["refresh", "--fetch"], env)
    assert r.returncode == 0, r.stderr[-3000:]
    assert "fetch: 0 new, 0 changed, 5 not modified (304)" in r.stderr
    assert "documents: 0 new, 0 changed, 5 unchanged" in r.stderr and "UNCHANGED" in r.stderr
    # plain refresh: no fetch at all
    hits = sum(site.hits.values())
    r = _cli(["refresh"], env)
    assert r.returncode == 0 and "▶ fetch" not in r.stderr and "fetch:" not in r.stderr
    assert sum(site.hits.values()) == hits


def test_asset_fetches_in_scheduled_runs_never_in_sensor_runs(site, env, monkeypatch):
    import dagster as dg

    from orchestration.assets.fetch import fetch_pages
    from orchestration.resources import RefreshLockResource

    site.page("/p.html", "<p>Projekt</p>")
    write_sources(env["sources"], [("torun", "page", site.base + "/p.html")])
    monkeypatch.setenv("INTEGRA_FETCH_HOST_DELAY", "0")

    def materialize(trigger):
        res = dg.materialize(
            [fetch_pages],
            partition_key="torun",
            tags={"integra/trigger": trigger},
            resources={"refresh_lock": RefreshLockResource()},
            instance=dg.DagsterInstance.ephemeral(),
        )
        assert res.success
        (m,) = res.asset_materializations_for_node("fetch_pages")
        return {k: getattr(v, "value", v) for k, v in m.metadata.items()}

    assert materialize("sensor") == {"fetched": "not fetched in a sensor run"} and site.hits == {}
    meta = materialize("schedule")
    assert (meta["new"], meta["failures"]) == (1, 0) and len(landed(env)) == 1


def test_project_page_links_the_original_url_only_when_http(env):
    from dashboards.generate import _documents_list

    (env["home"] / "fetch").mkdir(parents=True)
    (env["home"] / "fetch" / "state.json").write_text(
        json.dumps(
            {
                "urls": {
                    "https://mopr.torun.pl/p.html": {"source_file": "torun/p.html"},
                    "javascript:alert(1)": {"source_file": "torun/x.html"},
                }
            }
        ),
        encoding="utf-8",
    )
    docs = [
        {"source_file": f, "document_kind": "project_page", "scope": "project", "scope_year": None}
        for f in ("torun/p.html", "torun/x.html", "torun/hand.txt")
    ]
    html = _documents_list(docs, "en", env["raw"], env["home"] / "site" / "projects")
    assert (
        html.count('href="https://mopr.torun.pl/p.html"') == 1 and html.count("original page") == 1
    )
    assert "javascript" not in html
