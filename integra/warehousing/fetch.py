"""Fetch: each city's published pages into the landing folder, politely, safely, incrementally.

Pure Python (no Dagster): the asset `fetch/pages` and `integra fetch` call `fetch_cities`.

Sources are listed in one CSV (`sources/sources.csv`, or INTEGRA_SOURCES), one row per source:
``city_slug,kind,url,allowed_hosts,link_pattern,note`` where `kind` is

- ``page``: the URL is a project page (HTML, text or PDF); it is landed;
- ``listing``: an HTML page whose links matching `link_pattern` (a regular expression searched in
  the absolute link URL) are project pages; the listing itself is not landed, its links are;
- ``sitemap`` / ``feed``: an XML sitemap, or an RSS/Atom feed; its links (filtered by
  `link_pattern` when given) are landed.

`allowed_hosts` (space-separated; default: the URL's own host) is the only hosts a source's
requests and redirects may reach. Lines starting with ``#`` are comments.

Each fetched page lands in ``INTEGRA_RAW/<city>/`` under a name derived from its URL alone
(``<host-and-path words>_<12 hex of sha256(url)>.<html|txt|pdf>``): only ``[a-z0-9-_.]``, at most
100 characters, never a folder, so nothing a URL says (``../``, ``%2F``, very long paths) can put a
file elsewhere. A file is written to a temporary file in INTEGRA_HOME/fetch/tmp, fsynced, then moved
into place with ``os.replace``: ingestion never sees half a file (on another file system: a hidden
temporary file in the city folder, which the scan skips, then ``os.replace``).

Politeness: a clear User-Agent with a contact, robots.txt (urllib.robotparser; its Crawl-delay is
honoured), a minimum delay between two requests to a host and a cap on concurrent requests per
host, conditional GET (If-None-Match / If-Modified-Since), timeouts, retries with exponential
backoff on 5xx, timeouts and connection errors, none on 4xx.

Safety: http/https only, only the source's allowed hosts (a redirect elsewhere is refused), a size
cap per response (streamed; reading stops at the cap), content types HTML, text and PDF only (a
body that is binary while it claims to be text is refused). A failing URL never stops the others;
each failure is recorded with its reason, and a URL failing on N nights in a row is flagged.

Provenance, in INTEGRA_HOME/fetch (never in the landing folder): ``state.json`` (per URL: landed
file, fetch time, HTTP status, ETag, Last-Modified, sha256, size; per failing URL: its streak) and
``provenance.jsonl`` (one line per landed file version).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import errno
import hashlib
import json
import os
import re
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

from integra.settings import (
    UA_TOKEN,
    FetchSettings,
    Paths,
    SettingsError,
    settings,
)

from .state import write_json_atomic

SOURCE_COLUMNS = ("city_slug", "kind", "url")
KINDS = {"page": "page", "listing": "listing", "sitemap": "sitemap", "feed": "feed", "rss": "feed"}
LANDED_TYPES = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/plain": ".txt",
    "application/pdf": ".pdf",
}
INDEX_TYPES = {"application/xml", "text/xml", "application/rss+xml", "application/atom+xml"}
REDIRECTS = (301, 302, 303, 307, 308)
MAX_REDIRECTS = 5
MAX_NAME = 100
ROBOTS_MAX_BYTES = 512 * 1024


# --------------------------------------------------------------------------------------------
# Settings and sources
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    city_slug: str
    kind: str  # page | listing | sitemap | feed
    url: str
    allowed_hosts: tuple[str, ...]
    link_pattern: str = ""
    line: int = 0


@dataclass(frozen=True)
class BadSource:
    """A row of the sources file that cannot be used, and why (recorded, the others go on)."""

    line: int
    city_slug: str
    url: str
    reason: str


def sources_file() -> Path:
    return settings().sources


def normalize_url(url: str) -> str:
    """The URL as Integra identifies it: scheme and host lower-case, no fragment, a path."""
    p = urlsplit(url.strip())
    netloc = p.netloc.lower()
    return urlunsplit((p.scheme.lower(), netloc, p.path or "/", p.query, ""))


def load_sources(
    path: Path | None = None, city_slugs: Iterable[str] | None = None
) -> tuple[list[Source], list[BadSource]]:
    """The sources file: usable rows, and rows refused with their reason. A missing file means no
    sources; a file that is not a CSV with the columns is a SettingsError (one line)."""
    path = Path(path or sources_file())
    if not path.exists():
        return [], []
    known = set(city_slugs) if city_slugs is not None else None
    where = f"sources file {path}"
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            lines = [
                (n, line) for n, line in enumerate(fh, start=1) if not line.lstrip().startswith("#")
            ]
    except UnicodeDecodeError as exc:
        raise SettingsError(f"{where}: not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise SettingsError(f"{where} cannot be read: {exc.strerror}") from None
    if not lines or not "".join(line for _, line in lines).strip():
        return [], []
    try:
        reader = csv.DictReader([line for _, line in lines])
        rows = list(reader)
    except csv.Error as exc:
        raise SettingsError(f"{where}: not a CSV file ({exc})") from None
    missing = [c for c in SOURCE_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise SettingsError(f"{where}: missing column(s) {', '.join(missing)}")
    good: list[Source] = []
    bad: list[BadSource] = []
    seen: set[tuple[str, str]] = set()
    for i, r in enumerate(rows):
        line = lines[i + 1][0] if i + 1 < len(lines) else 0
        slug = (r.get("city_slug") or "").strip()
        url = (r.get("url") or "").strip()
        kind = KINDS.get((r.get("kind") or "").strip().lower())
        pattern = (r.get("link_pattern") or "").strip()

        def refuse(reason: str, line: int = line, slug: str = slug, url: str = url) -> None:
            bad.append(BadSource(line, slug, url, f"{where}, line {line}: {reason}"))

        if not slug or (known is not None and slug not in known):
            refuse(f"city_slug {slug!r} is not a city of the registry")
            continue
        if kind is None:
            refuse(f"kind {r.get('kind')!r} is not page, listing, sitemap or feed")
            continue
        p = urlsplit(url)
        if p.scheme.lower() not in ("http", "https") or not p.hostname:
            refuse(f"url {url!r} is not an http(s) address")
            continue
        if p.username or p.password:
            refuse("url carries a user name or password: not allowed")
            continue
        host = p.hostname.lower()
        hosts = tuple(
            h.lower().strip()
            for h in re.split(r"[\s;,]+", r.get("allowed_hosts") or "")
            if h.strip()
        )
        hosts = hosts or (host,)
        if host not in hosts:
            refuse(f"the url's host {host!r} is not in its allowed_hosts ({' '.join(hosts)})")
            continue
        if kind == "listing" and not pattern:
            refuse("a listing needs a link_pattern (which links are project pages)")
            continue
        if pattern:
            try:
                re.compile(pattern)
            except re.error as exc:
                refuse(f"link_pattern {pattern!r} is not a regular expression ({exc})")
                continue
        key = (slug, normalize_url(url))
        if key in seen:
            refuse(f"{url} is listed twice for {slug}")
            continue
        seen.add(key)
        good.append(Source(slug, kind, normalize_url(url), hosts, pattern, line))
    return good, bad


def landed_name(url: str, extension: str) -> str:
    """A file name from the URL alone: readable words, a hash of the URL, the extension.

    ``https://mopr.torun.pl/projekty/Aktywni%20Razem.html`` (text/html) lands as
    ``mopr-torun-pl-projekty-aktywni-razem-html_<12 hex>.html``.
    """
    p = urlsplit(normalize_url(url))
    words = unquote(f"{p.hostname or ''}{p.path}").lower()
    words = re.sub(r"[^a-z0-9]+", "-", words).strip("-")
    digest = hashlib.sha256(normalize_url(url).encode()).hexdigest()[:12]
    room = MAX_NAME - len(digest) - len(extension) - 1
    words = words[:room].strip("-") or "page"
    return f"{words}_{digest}{extension}"


# --------------------------------------------------------------------------------------------
# State and provenance (INTEGRA_HOME/fetch)
# --------------------------------------------------------------------------------------------


def fetch_dir(p: Paths) -> Path:
    return p.home / "fetch"


def read_fetch_state(p: Paths) -> dict[str, Any]:
    try:
        state = json.loads((fetch_dir(p) / "state.json").read_text(encoding="utf-8"))
        return state if isinstance(state, dict) else {}
    except (OSError, ValueError):
        return {}


# --------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------


@dataclass
class UrlResult:
    url: str
    city_slug: str
    source: str  # the source row's URL this one comes from
    outcome: str  # new | changed | not_modified | unchanged | failed | listed
    reason: str = ""
    http_status: int | None = None
    final_url: str = ""
    source_file: str = ""
    sha256: str = ""
    size: int = 0
    etag: str | None = None
    last_modified: str | None = None
    content_type: str = ""
    fetched_at: str = ""
    attempts: int = 0
    links: list[str] = field(default_factory=list)
    is_index: bool = False  # a listing, sitemap or feed (its links are the pages)


@dataclass
class FetchSummary:
    cities: list[str] = field(default_factory=list)
    sources: int = 0
    new: int = 0
    changed: int = 0
    not_modified: int = 0
    unchanged: int = 0
    failed: int = 0
    links_found: int = 0
    requests: int = 0
    failures: list[dict[str, Any]] = field(
        default_factory=list
    )  # url, city, source, reason, nights, flagged
    flagged: list[dict[str, Any]] = field(default_factory=list)
    landed: list[str] = field(default_factory=list)  # source_file of each new or changed file
    dry_run: bool = False
    plan: list[dict[str, Any]] = field(default_factory=list)  # --dry-run: what would be fetched
    started_at: str = ""
    finished_at: str = ""
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def merge(self, other: FetchSummary) -> None:
        for k in (
            "sources",
            "new",
            "changed",
            "not_modified",
            "unchanged",
            "failed",
            "links_found",
            "requests",
        ):
            setattr(self, k, getattr(self, k) + getattr(other, k))
        for k in ("cities", "failures", "flagged", "landed", "plan"):
            getattr(self, k).extend(getattr(other, k))


class FetchError(Exception):
    """One URL's failure, with the reason recorded for it."""

    def __init__(self, reason: str, http_status: int | None = None, attempts: int = 0) -> None:
        super().__init__(reason)
        self.reason = reason
        self.http_status = http_status
        self.attempts = attempts


# --------------------------------------------------------------------------------------------
# The polite client
# --------------------------------------------------------------------------------------------


def _origin(url: str) -> str:
    p = urlsplit(url)
    return f"{p.scheme}://{p.netloc}"


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


class Client:
    """requests with a User-Agent, robots.txt, per-host delay and concurrency, retries, caps."""

    def __init__(self, settings: FetchSettings, tmp_dir: Path) -> None:
        import requests

        self.s = settings
        self.tmp_dir = tmp_dir
        self._local = threading.local()
        self._requests = requests
        self._lock = threading.Lock()
        self._host_sem: dict[str, threading.Semaphore] = {}
        self._host_next: dict[str, float] = {}
        self._host_delay: dict[str, float] = {}
        self._robots: dict[str, Any] = {}
        self._robots_locks: dict[str, threading.Lock] = {}
        self.requests_made = 0

    def _session(self):
        sess = getattr(self._local, "session", None)
        if sess is None:
            sess = self._requests.Session()
            sess.headers["User-Agent"] = self.s.user_agent
            sess.trust_env = False  # no proxies or netrc credentials from the environment
            self._local.session = sess
        return sess

    # -- politeness ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def _turn(self, host: str):
        with self._lock:
            sem = self._host_sem.setdefault(host, threading.Semaphore(self.s.host_concurrency))
        with sem:
            with self._lock:
                now = time.monotonic()
                start = max(now, self._host_next.get(host, 0.0))
                self._host_next[host] = start + self._host_delay.get(host, self.s.host_delay)
                self.requests_made += 1
            if start > now:
                time.sleep(start - now)
            yield

    def _robots_for(self, url: str):
        """The host's robots.txt parser, or a reason string when it could not be read."""
        from urllib.robotparser import RobotFileParser

        origin = _origin(url)
        with self._lock:
            lock = self._robots_locks.setdefault(origin, threading.Lock())
        with lock:
            if origin in self._robots:
                return self._robots[origin]
            rp = RobotFileParser(origin + "/robots.txt")
            host = urlsplit(url).netloc
            try:
                with self._turn(host):
                    r = self._session().get(
                        origin + "/robots.txt",
                        timeout=self.s.timeout,
                        stream=True,
                        allow_redirects=True,
                    )
                    try:
                        body = r.raw.read(ROBOTS_MAX_BYTES, decode_content=True)
                    finally:
                        r.close()
                if r.status_code >= 500:
                    result: Any = (
                        f"robots.txt answered {r.status_code}: not fetching from {origin} this time"
                    )
                elif r.status_code >= 400:
                    rp.allow_all = True  # RFC 9309: no robots.txt, no restrictions
                    result = rp
                else:
                    rp.parse(body.decode("utf-8", "replace").splitlines())
                    result = rp
            except self._requests.RequestException as exc:
                result = f"robots.txt could not be read ({_exc_text(exc)}): not fetching from {origin} this time"
            if not isinstance(result, str):
                delay = rp.crawl_delay(UA_TOKEN)
                if delay:
                    with self._lock:
                        self._host_delay[host] = max(self.s.host_delay, min(float(delay), 60.0))
            self._robots[origin] = result
            return result

    def check_robots(self, url: str) -> None:
        rp = self._robots_for(url)
        if isinstance(rp, str):
            raise FetchError(rp)
        if not rp.can_fetch(UA_TOKEN, url):
            raise FetchError(f"robots.txt of {_origin(url)} disallows {urlsplit(url).path or '/'}")

    # -- one response ---------------------------------------------------------------------------

    def get(
        self,
        url: str,
        allowed_hosts: Sequence[str],
        *,
        headers: dict[str, str] | None = None,
        accept: set[str],
    ) -> dict[str, Any]:
        """Fetch `url` (following redirects within `allowed_hosts`) into a temporary file.

        Returns {status, final_url, etag, last_modified, content_type, tmp, sha256, size, attempts};
        `tmp` is None for a 304. Raises FetchError with the reason."""
        current = url
        attempts = 0
        for _hop in range(MAX_REDIRECTS + 1):
            p = urlsplit(current)
            if p.scheme not in ("http", "https"):
                raise FetchError(f"{current}: only http and https are fetched", attempts=attempts)
            host = (p.hostname or "").lower()
            if host not in allowed_hosts:
                raise FetchError(
                    f"redirected to {host or current!r}, a host not allowed for this source "
                    f"({' '.join(allowed_hosts)}); refused",
                    attempts=attempts,
                )
            self.check_robots(current)
            res, n = self._get_once(current, headers or {}, accept)
            attempts += n
            if res["status"] in REDIRECTS:
                loc = res.get("location")
                if not loc:
                    raise FetchError(
                        f"HTTP {res['status']} without a Location", res["status"], attempts
                    )
                current = urljoin(current, loc)
                continue
            res["final_url"] = current
            res["attempts"] = attempts
            return res
        raise FetchError(f"more than {MAX_REDIRECTS} redirects", attempts=attempts)

    def _get_once(
        self, url: str, headers: dict[str, str], accept: set[str]
    ) -> tuple[dict[str, Any], int]:
        """One URL with retries on 5xx, timeouts and connection errors (none on 4xx)."""
        rq = self._requests
        host = urlsplit(url).netloc
        last: FetchError | None = None
        for attempt in range(1, self.s.retries + 2):
            if attempt > 1:
                time.sleep(self.s.backoff * 2 ** (attempt - 2))
            try:
                with self._turn(host):
                    return self._stream(url, headers, accept), attempt
            except FetchError as exc:
                exc.attempts = attempt
                if exc.http_status is not None and exc.http_status >= 500:
                    last = exc
                    continue
                raise
            except (rq.Timeout, rq.ConnectionError) as exc:
                kind = "timed out" if isinstance(exc, rq.Timeout) else "connection failed"
                last = FetchError(f"{kind} ({_exc_text(exc)})", None, attempt)
                continue
            except rq.RequestException as exc:
                raise FetchError(f"request failed ({_exc_text(exc)})", None, attempt) from None
        assert last is not None
        last.reason += f" after {self.s.retries + 1} attempt(s)"
        raise last

    def _stream(self, url: str, headers: dict[str, str], accept: set[str]) -> dict[str, Any]:
        started = time.monotonic()
        r = self._session().get(
            url, headers=headers, timeout=self.s.timeout, stream=True, allow_redirects=False
        )
        try:
            status = r.status_code
            info = {
                "status": status,
                "etag": r.headers.get("ETag"),
                "last_modified": r.headers.get("Last-Modified"),
                "content_type": r.headers.get("Content-Type", ""),
                "tmp": None,
                "sha256": "",
                "size": 0,
            }
            if status in REDIRECTS:
                info["location"] = r.headers.get("Location")
                return info
            if status == 304:
                return info
            if status >= 400:
                raise FetchError(f"HTTP {status} {r.reason or ''}".strip(), status)
            if status != 200:
                raise FetchError(f"HTTP {status}: only 200 is landed", status)
            media = _media_type(info["content_type"])
            if media not in accept:
                raise FetchError(
                    f"content type {media or 'missing'!r} is not accepted "
                    f"({', '.join(sorted(accept))})",
                    status,
                )
            declared = r.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.s.max_bytes:
                raise FetchError(
                    f"larger than the cap: {int(declared)} bytes declared, "
                    f"{self.s.max_bytes} allowed; not downloaded",
                    status,
                )
            self.tmp_dir.mkdir(parents=True, exist_ok=True)
            tmp = self.tmp_dir / f"{uuid.uuid4().hex}.part"
            h = hashlib.sha256()
            size = 0
            head = b""
            try:
                with open(tmp, "wb") as fh:
                    for chunk in r.iter_content(64 * 1024):
                        size += len(chunk)
                        if size > self.s.max_bytes:
                            raise FetchError(
                                f"larger than the cap of {self.s.max_bytes} bytes; "
                                "reading stopped there",
                                status,
                            )
                        if time.monotonic() - started > self.s.total_timeout:
                            raise FetchError(
                                f"took longer than {self.s.total_timeout:g} s; stopped", status
                            )
                        if len(head) < 4096:
                            head += chunk[: 4096 - len(head)]
                        h.update(chunk)
                        fh.write(chunk)
                    fh.flush()
                    os.fsync(fh.fileno())
                problem = _body_problem(media, head)
                if problem:
                    raise FetchError(problem, status)
            except BaseException:
                with contextlib.suppress(OSError):
                    tmp.unlink()
                raise
            info.update(tmp=tmp, sha256=h.hexdigest(), size=size, media=media)
            return info
        finally:
            r.close()


def _body_problem(media: str, head: bytes) -> str | None:
    """A body that is not what its content type says (binary posing as text, not a PDF)."""
    if media == "application/pdf":
        return None if b"%PDF-" in head[:1024] else "declared a PDF but does not start like one"
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return f"binary content declared as {media}; refused"
    return None


def _exc_text(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    text = re.sub(r"<urllib3\.[^>]*>", "", text)
    return f"{type(exc).__name__}: {text[:200]}"


# --------------------------------------------------------------------------------------------
# Links from listings, sitemaps and feeds
# --------------------------------------------------------------------------------------------


def extract_links(body: bytes, base_url: str, kind: str) -> list[str]:
    """Absolute http(s) links of an HTML page (a[href]), a sitemap (<loc>) or a feed (<link>)."""
    found: list[str] = []
    if kind == "listing":
        from selectolax.lexbor import LexborHTMLParser as HTMLParser

        tree = HTMLParser(body.decode("utf-8", "replace"))
        base = tree.css_first("base[href]")
        root = urljoin(base_url, base.attributes.get("href") or "") if base else base_url
        found = [urljoin(root, a.attributes.get("href") or "") for a in tree.css("a[href]")]
    else:
        import xml.etree.ElementTree as ET

        try:
            tree = ET.fromstring(body)
        except ET.ParseError as exc:
            raise FetchError(f"not a readable XML {kind} ({exc})") from None
        for el in tree.iter():
            tag = el.tag.rsplit("}", 1)[-1]
            if tag == "loc" and el.text:
                found.append(el.text.strip())
            elif tag == "link":
                href = el.attrib.get("href") or (el.text or "").strip()
                rel = el.attrib.get("rel", "alternate")
                if href and rel == "alternate":
                    found.append(urljoin(base_url, href))
    out: list[str] = []
    seen: set[str] = set()
    for u in found:
        if urlsplit(u).scheme not in ("http", "https"):
            continue
        n = normalize_url(u)
        if n not in seen:
            seen.add(n)
            out.append(n)
    return out


# --------------------------------------------------------------------------------------------
# Landing a file
# --------------------------------------------------------------------------------------------


def city_folder(raw_root: Path, city_slug: str) -> Path:
    """INTEGRA_RAW/<city>, created if missing; refused when it leads outside the landing folder."""
    from integra.settings import SLUG_RE

    if not SLUG_RE.match(city_slug):
        raise FetchError(f"city slug {city_slug!r} is not a folder name Integra writes")
    root = raw_root.resolve()
    folder = root / city_slug
    folder.mkdir(parents=True, exist_ok=True)
    if folder.is_symlink() or folder.resolve().parent != root:
        raise FetchError(f"{city_slug}/ points outside the landing folder; nothing written there")
    return folder


def land_file(tmp: Path, folder: Path, name: str) -> Path:
    """Move a complete, fsynced temporary file to folder/name atomically."""
    if "/" in name or "\\" in name or name.startswith(".") or len(name) > MAX_NAME + 10:
        raise FetchError(f"file name {name!r} refused")
    target = folder / name
    if target.parent != folder:
        raise FetchError(f"file name {name!r} refused")
    try:
        os.replace(tmp, target)
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
        import shutil

        # another file system: a hidden temporary copy beside the target (the scan skips it)
        hidden = folder / f".integra-fetch-{uuid.uuid4().hex[:8]}.part"
        try:
            with open(tmp, "rb") as src, open(hidden, "wb") as dst:
                shutil.copyfileobj(src, dst)
                dst.flush()
                os.fsync(dst.fileno())
            os.replace(hidden, target)
        finally:
            with contextlib.suppress(OSError):
                hidden.unlink()
            with contextlib.suppress(OSError):
                tmp.unlink()
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    return target


def _sha256_file(path: Path) -> str | None:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()


# --------------------------------------------------------------------------------------------
# The run
# --------------------------------------------------------------------------------------------


def _now_iso(now: dt.datetime) -> str:
    return now.astimezone(dt.UTC).isoformat(timespec="seconds")


class _Run:
    def __init__(self, p: Paths, raw_root: Path, settings: FetchSettings, now: dt.datetime) -> None:
        self.p = p
        self.raw_root = raw_root
        self.s = settings
        self.now = now
        self.state = read_fetch_state(p)
        self.urls: dict[str, dict[str, Any]] = self.state.setdefault("urls", {})
        self.links: dict[str, list[str]] = self.state.setdefault("links", {})
        self.client = Client(settings, fetch_dir(p) / "tmp")
        self.state_lock = threading.Lock()

    def conditional_headers(self, url: str, folder: Path | None) -> dict[str, str]:
        """If-None-Match / If-Modified-Since, only when the landed copy is still there as fetched."""
        prev = self.urls.get(url)
        if not prev:
            return {}
        if prev.get("source_file"):
            landed = self.raw_root / prev["source_file"]
            try:
                if landed.stat().st_size != prev.get("size"):
                    return {}
            except OSError:
                return {}
        elif folder is not None:
            return {}
        h = {}
        if prev.get("etag"):
            h["If-None-Match"] = prev["etag"]
        if prev.get("last_modified"):
            h["If-Modified-Since"] = prev["last_modified"]
        return h

    def fetch_page(self, url: str, source: Source, folder: Path) -> UrlResult:
        res = UrlResult(
            url,
            source.city_slug,
            source.url,
            "failed",
            fetched_at=_now_iso(dt.datetime.now(dt.UTC)),
        )
        try:
            info = self.client.get(
                url,
                source.allowed_hosts,
                headers=self.conditional_headers(url, folder),
                accept=set(LANDED_TYPES),
            )
        except FetchError as exc:
            res.reason, res.http_status, res.attempts = exc.reason, exc.http_status, exc.attempts
            return res
        except OSError as exc:  # the temporary file could not be written (a full disk)
            res.reason = f"could not be written: {exc.strerror or exc}"
            return res
        prev = self.urls.get(url) or {}
        res.http_status, res.final_url, res.attempts = (
            info["status"],
            info["final_url"],
            info["attempts"],
        )
        res.etag, res.last_modified = (
            info["etag"] or prev.get("etag"),
            info["last_modified"] or prev.get("last_modified"),
        )
        if info["tmp"] is None:  # 304: the landed copy is current
            res.outcome = "not_modified"
            res.source_file, res.sha256, res.size = (
                prev.get("source_file", ""),
                prev.get("sha256", ""),
                prev.get("size", 0),
            )
            res.content_type = prev.get("content_type", "")
            return res
        media = info["media"]
        res.content_type, res.sha256, res.size = media, info["sha256"], info["size"]
        name = landed_name(url, LANDED_TYPES[media])
        target = folder / name
        res.source_file = target.relative_to(self.raw_root.resolve()).as_posix()
        try:
            if target.exists() and _sha256_file(target) == info["sha256"]:
                info["tmp"].unlink()
                res.outcome = "unchanged"  # same bytes: not rewritten, so not extracted again
            else:
                res.outcome = "changed" if target.exists() else "new"
                land_file(info["tmp"], folder, name)
                old = prev.get("source_file")
                if old and old != res.source_file:  # the type changed: the old copy goes
                    with contextlib.suppress(OSError):
                        (self.raw_root / old).unlink()
        except FetchError as exc:
            res.outcome, res.reason = "failed", exc.reason
        except OSError as exc:
            with contextlib.suppress(OSError):
                info["tmp"].unlink()
            res.outcome, res.reason = "failed", f"could not be landed: {exc.strerror or exc}"
        return res

    def fetch_index(self, source: Source) -> UrlResult:
        """A listing, sitemap or feed: its links (the last known ones on a 304)."""
        res = UrlResult(
            source.url,
            source.city_slug,
            source.url,
            "failed",
            fetched_at=_now_iso(dt.datetime.now(dt.UTC)),
            is_index=True,
        )
        accept = (
            {"text/html", "application/xhtml+xml"}
            if source.kind == "listing"
            else INDEX_TYPES | {"text/html", "text/plain"}
        )
        try:
            info = self.client.get(
                source.url,
                source.allowed_hosts,
                headers=self.conditional_headers(source.url, None)
                if source.url in self.links
                else {},
                accept=accept,
            )
            res.http_status, res.final_url, res.attempts = (
                info["status"],
                info["final_url"],
                info["attempts"],
            )
            res.etag, res.last_modified = info["etag"], info["last_modified"]
            if info["tmp"] is None:
                res.outcome = "not_modified"
                links = list(self.links.get(source.url, []))
            else:
                try:
                    body = info["tmp"].read_bytes()
                finally:
                    info["tmp"].unlink()
                res.sha256, res.size = info["sha256"], info["size"]
                links = extract_links(body, info["final_url"], source.kind)
                res.outcome = "listed"
        except FetchError as exc:
            res.reason, res.http_status, res.attempts = exc.reason, exc.http_status, exc.attempts
            return res
        if source.link_pattern:
            rx = re.compile(source.link_pattern)
            links = [u for u in links if rx.search(u)]
        links = [u for u in links if (urlsplit(u).hostname or "").lower() in source.allowed_hosts]
        res.links = links[: self.s.max_links]
        return res

    def record(self, res: UrlResult) -> None:
        with self.state_lock:
            if res.outcome == "failed":
                return
            entry = {
                "city_slug": res.city_slug,
                "source": res.source,
                "final_url": res.final_url,
                "http_status": res.http_status,
                "etag": res.etag,
                "last_modified": res.last_modified,
                "checked_at": res.fetched_at,
            }
            prev = self.urls.get(res.url, {})
            if res.outcome in ("new", "changed", "unchanged", "not_modified"):
                entry.update(
                    source_file=res.source_file,
                    sha256=res.sha256,
                    size=res.size,
                    content_type=res.content_type,
                    fetched_at=res.fetched_at
                    if res.outcome in ("new", "changed")
                    else prev.get("fetched_at", res.fetched_at),
                )
            self.urls[res.url] = {**prev, **entry}
            if res.outcome == "listed" or (res.outcome == "not_modified" and res.links):
                self.links[res.url] = res.links

    def provenance(self, results: Sequence[UrlResult]) -> None:
        lines = [
            json.dumps(
                {
                    "url": r.url,
                    "final_url": r.final_url,
                    "city_slug": r.city_slug,
                    "source": r.source,
                    "source_file": r.source_file,
                    "fetched_at": r.fetched_at,
                    "http_status": r.http_status,
                    "etag": r.etag,
                    "last_modified": r.last_modified,
                    "sha256": r.sha256,
                    "size": r.size,
                    "content_type": r.content_type,
                    "outcome": r.outcome,
                },
                ensure_ascii=False,
            )
            for r in results
            if r.outcome in ("new", "changed")
        ]
        if lines:
            fetch_dir(self.p).mkdir(parents=True, exist_ok=True)
            with open(fetch_dir(self.p) / "provenance.jsonl", "a", encoding="utf-8") as fh:
                fh.write("\n".join(lines) + "\n")
                fh.flush()
                os.fsync(fh.fileno())

    def streaks(
        self, results: Sequence[UrlResult], cities: Sequence[str]
    ) -> tuple[list[dict], list[dict]]:
        """Failures of this run with their streak of failing nights; flagged ones apart."""
        failing: dict[str, dict[str, Any]] = self.state.setdefault("failures", {})
        night = self.now.astimezone().date().isoformat()
        out: list[dict[str, Any]] = []
        done = {r.url for r in results}
        for r in results:
            if r.outcome != "failed":
                failing.pop(r.url, None)
                continue
            f = failing.get(r.url) or {"since": night, "nights": 0, "last_night": None}
            if f.get("last_night") != night:
                f["nights"] = int(f.get("nights", 0)) + 1
                f["last_night"] = night
            f.update(
                city_slug=r.city_slug,
                source=r.source,
                reason=r.reason,
                last_at=r.fetched_at,
                http_status=r.http_status,
            )
            failing[r.url] = f
            out.append(
                {
                    "url": r.url,
                    "city_slug": r.city_slug,
                    "source": r.source,
                    "reason": r.reason,
                    "http_status": r.http_status,
                    "attempts": r.attempts,
                    "nights": f["nights"],
                    "since": f["since"],
                    "flagged": f["nights"] >= self.s.flag_after_nights,
                }
            )
        # a URL no longer fetched (its row removed, its link gone) is no longer failing
        for url in [
            u
            for u, f in failing.items()
            if f.get("city_slug") in cities and u not in done and not u.startswith("sources-file:")
        ]:
            failing.pop(url)
        return out, [f for f in out if f["flagged"]]


def fetch_cities(
    p: Paths,
    raw_root: Path,
    city_slugs: Sequence[str] | None = None,
    *,
    settings: FetchSettings | None = None,
    sources: Sequence[Source] | None = None,
    bad_sources: Sequence[BadSource] = (),
    dry_run: bool = False,
    now: dt.datetime | None = None,
    on_city: Callable[[str, str], None] | None = None,
    run_id: str | None = None,
) -> FetchSummary:
    """Fetch the sources of the given cities (all registry cities by default) into
    INTEGRA_RAW/<city>/. Never raises for a URL's failure: each is in `summary.failures`.
    A second fetch at the same time stops with LockBusyError ("another fetch is running")."""
    from integra.settings import city_slugs as registry_slugs

    from .locking import FileLock

    settings = settings or FetchSettings.from_env()
    now = now or dt.datetime.now(dt.UTC)
    known = registry_slugs()
    slugs = list(city_slugs) if city_slugs else list(known)
    if sources is None:
        sources, bad_sources = load_sources(city_slugs=known)
    summary = FetchSummary(cities=slugs, dry_run=dry_run, started_at=_now_iso(now))
    unknown = [s for s in slugs if s not in known]
    for s in unknown:
        summary.failures.append(
            {
                "url": "",
                "city_slug": s,
                "source": "",
                "reason": f"{s}: not a city of the registry",
                "nights": 0,
                "flagged": False,
            }
        )
    slugs = [s for s in slugs if s in known]
    chosen = [s for s in sources if s.city_slug in slugs]
    summary.sources = len(chosen)
    if dry_run:
        return _plan(p, raw_root, chosen, bad_sources, slugs, known, summary)
    if not chosen and not [b for b in bad_sources if b.city_slug in slugs]:
        summary.note = "no sources configured for " + ", ".join(slugs)
        summary.finished_at = _now_iso(dt.datetime.now(dt.UTC))
        return summary
    fetch_dir(p).mkdir(parents=True, exist_ok=True)
    with FileLock(fetch_dir(p) / "fetch.lock", what="fetch").acquire(blocking=False):
        run = _Run(p, raw_root, settings, now)
        _clean_tmp(fetch_dir(p) / "tmp", raw_root, slugs)
        results: list[UrlResult] = []
        with ThreadPoolExecutor(max_workers=settings.workers, thread_name_prefix="fetch") as pool:
            for slug in slugs:
                if on_city:
                    on_city(slug, "start")
                city_results = _fetch_city(
                    run, pool, raw_root, slug, [s for s in chosen if s.city_slug == slug]
                )
                results += city_results
                if on_city:
                    on_city(
                        slug,
                        "failed" if any(r.outcome == "failed" for r in city_results) else "done",
                    )
        for b in bad_sources:
            if b.city_slug in slugs or b.city_slug not in known:
                summary.failures.append(
                    {
                        "url": b.url,
                        "city_slug": b.city_slug,
                        "source": b.url,
                        "reason": b.reason,
                        "nights": 0,
                        "flagged": False,
                    }
                )
        for r in results:  # pages only: a listing's own 304 is not a page not modified
            if r.outcome in ("new", "changed", "not_modified", "unchanged", "failed") and (
                not r.is_index or r.outcome == "failed"
            ):
                setattr(summary, r.outcome, getattr(summary, r.outcome) + 1)
            summary.links_found += len(r.links)
            if r.outcome in ("new", "changed"):
                summary.landed.append(r.source_file)
        failures, flagged = run.streaks(results, slugs)
        summary.failures += failures
        summary.flagged = flagged
        summary.requests = run.client.requests_made
        run.provenance(results)
        summary.finished_at = _now_iso(dt.datetime.now(dt.UTC))
        run.state["last_run"] = {
            k: v for k, v in summary.as_dict().items() if k not in ("plan", "landed")
        }
        run.state["last_run"]["run_id"] = run_id
        write_json_atomic(fetch_dir(p) / "state.json", run.state)
    return summary


def _fetch_city(
    run: _Run, pool: ThreadPoolExecutor, raw_root: Path, slug: str, sources: Sequence[Source]
) -> list[UrlResult]:
    results: list[UrlResult] = []
    try:
        folder = city_folder(raw_root, slug)
    except (FetchError, OSError) as exc:
        reason = (
            exc.reason
            if isinstance(exc, FetchError)
            else f"cannot create the city folder ({exc.strerror})"
        )
        return [UrlResult(s.url, slug, s.url, "failed", reason=reason) for s in sources]
    pages = {s.url: s for s in sources if s.kind == "page"}
    origin = {s.url: s.url for s in sources if s.kind == "page"}  # a linked page: its listing
    indexes = [s for s in sources if s.kind != "page"]
    for src, res in zip(indexes, pool.map(run.fetch_index, indexes)):
        results.append(res)
        run.record(res)
        for link in res.links:
            if link not in pages:
                pages[link] = Source(slug, "page", link, src.allowed_hosts, "", src.line)
                origin[link] = src.url
    todo = list(pages.values())
    for res in pool.map(lambda s: run.fetch_page(s.url, s, folder), todo):
        res.source = origin[res.url]
        results.append(res)
        run.record(res)
    return results


def _clean_tmp(tmp_dir: Path, raw_root: Path, slugs: Sequence[str]) -> None:
    """Temporary files a killed fetch left behind (never in the landing folder's view)."""
    if tmp_dir.is_dir():
        for f in tmp_dir.glob("*.part"):
            with contextlib.suppress(OSError):
                f.unlink()
    for slug in slugs:
        folder = raw_root / slug
        if folder.is_dir() and not folder.is_symlink():
            for f in folder.glob(".integra-fetch-*.part"):
                with contextlib.suppress(OSError):
                    f.unlink()


def _plan(
    p: Paths,
    raw_root: Path,
    chosen: Sequence[Source],
    bad: Sequence[BadSource],
    slugs: Sequence[str],
    known: Sequence[str],
    summary: FetchSummary,
) -> FetchSummary:
    """--dry-run: what would be fetched, from the sources file and the last fetch; no request."""
    state = read_fetch_state(p)
    urls, links = state.get("urls", {}), state.get("links", {})
    for s in chosen:
        prev = urls.get(s.url, {})
        item = {
            "city_slug": s.city_slug,
            "kind": s.kind,
            "url": s.url,
            "allowed_hosts": list(s.allowed_hosts),
            "link_pattern": s.link_pattern,
            "landed_as": prev.get("source_file")
            or (
                f"{s.city_slug}/{landed_name(s.url, '.html')} (.txt or .pdf by its type)"
                if s.kind == "page"
                else ""
            ),
            "conditional": bool(prev.get("etag") or prev.get("last_modified")),
            "known_links": list(links.get(s.url, [])) if s.kind != "page" else [],
        }
        summary.plan.append(item)
    for b in bad:
        if b.city_slug in slugs or b.city_slug not in known:
            summary.failures.append(
                {
                    "url": b.url,
                    "city_slug": b.city_slug,
                    "source": b.url,
                    "reason": b.reason,
                    "nights": 0,
                    "flagged": False,
                }
            )
    if not chosen:
        summary.note = "no sources configured for " + ", ".join(slugs)
    return summary


def last_fetch(p: Paths) -> dict[str, Any] | None:
    """The last fetch run's summary and the URLs failing now (for `integra status`)."""
    state = read_fetch_state(p)
    last = state.get("last_run")
    if not last:
        return None
    return {**last, "failing_now": state.get("failures", {})}


def source_url_of(p: Paths) -> dict[str, str]:
    """source_file (relative to INTEGRA_RAW) -> the URL it was fetched from."""
    return {
        v["source_file"]: url
        for url, v in read_fetch_state(p).get("urls", {}).items()
        if v.get("source_file")
    }


def write_summary(p: Paths, run_id: str, summary: FetchSummary) -> Path:
    """The run's fetch summary beside its ingestion summary (`integra refresh` prints it)."""
    target = p.reports_dir / f"fetch-{run_id}.json"
    write_json_atomic(target, summary.as_dict())
    return target


def failure_lines(summary: FetchSummary, limit: int = 20) -> list[str]:
    """Each failure in one line: where, why, and the streak when flagged."""
    out = []
    for f in summary.failures[:limit]:
        where = f"{f['city_slug']}: {f['url']}" if f.get("url") else f["city_slug"]
        streak = f" [failing {f['nights']} nights in a row]" if f.get("flagged") else ""
        out.append(f"{where}: {f['reason']}{streak}")
    if len(summary.failures) > limit:
        out.append(f"… and {len(summary.failures) - limit} more")
    return out


def record_failures_alert(summary: FetchSummary, *, run_id: str | None = None) -> Path | None:
    """An alert (INTEGRA_HOME/alerts) naming each failed URL and its reason, when any failed."""
    if not summary.failures:
        return None
    from .alerts import write_alert

    flagged = len(summary.flagged)
    cause = (
        f"fetch: {len(summary.failures)} source URL(s) failed"
        + (f", {flagged} failing for several nights in a row" if flagged else "")
        + " (the others were fetched; the refresh went on)\n"
        + "\n".join(failure_lines(summary))
    )
    return write_alert(
        cause, run_id=run_id, details={"stage": "fetch", "failures": summary.failures}
    )
