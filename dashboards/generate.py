"""Generate the static dashboard site from the published marts.

    generate_site(paths().published_db, paths().site_dir, lang="pl")

Layout of the site (works opened from disk, no network, no server)::

    index.html cities.html timeline.html participants.html instruments.html quality.html
    projects/<project_scope_id>.html         Polish pages (the default language) at the root
    en/…                                     the same pages in English; every page links to its
                                             counterpart in the other language
    plotly.min.js                            once, copied from the plotly package
    publication.js                           the publication's date and version (every footer)
    downloads/<name>.csv, .xlsx              the tables behind the pages
    assets/site.css, table.js, plotly-locale-pl.js
    data/projects-NNNN.js                    only above EMBED_MAX projects: table chunks

The site is built in a temporary directory next to ``out_dir`` (inside INTEGRA_HOME for the
default ``site/``) and swapped in with one rename, so a reader never sees a half-written site.

Only what changed is rendered: every page and download has an input fingerprint
(``fingerprint.py``: the rows it shows and the generator's version), kept with the content hashes
in ``.site-hashes.json``; a file whose fingerprint is the previous site's is hard-linked from it
and not rendered. The publication's date and version live only in ``publication.js``.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import os
import re
import shutil
import stat
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from integra.settings import settings
from integra.warehousing.faults import pause_point

from .charts import TIMELINE_COLUMNS, display_title
from .data import (
    COLUMNS,
    chunk_digests,
    chunk_frames,
    columns_digest,
    connect,
    instrument_counts_digest,
    iter_evidence,
    other_columns,
    planned_breakdown_digest,
    project_page_digests,
    read_frame,
    read_records,
    schema_digest,
)
from .downloads import write_downloads
from .fingerprint import FINGERPRINT_FORMAT, code_version, digest, frame_digest
from .formatting import LANGS
from .html import Markup, json_for_script, page
from .i18n import PAGES
from .pages import (
    TABLE_COLUMNS,
    TABLE_ORDER_SQL,
    cities_body,
    instruments_body,
    lang_path,
    methodology_body,
    other_lang,
    overview_body,
    overview_scripts,
    participants_body,
    project_body,
    publication_note,
    quality_body,
    records,
    relative_href,
    root_of,
    safe_id,
    table_rows,
    timeline_body,
)

EMBED_MAX = 2_000  # up to this many projects the table data is embedded in index.html
CHUNK_SIZE = 1_000  # rows per data/projects-NNNN.js chunk above EMBED_MAX
BOTH_LANG_PROJECT_PAGES_MAX = 2_000  # above: project pages only in the requested language
PAGE_SIZE = 50  # table rows per screen
STALE_SECONDS = 6 * 3600


class _PagePaths(Sequence):
    """The site's pages as paths under ``root``, made when read: a refresh that changes one
    project does not build 100,000 Path objects nobody reads (1.35 s in a profile at 100,000)."""

    def __init__(self, root: Path, rels: list[str]) -> None:
        self._root, self._rels = root, rels

    def __len__(self) -> int:
        return len(self._rels)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self._root / r for r in self._rels[i]]
        return self._root / self._rels[i]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    def __repr__(self) -> str:
        return f"<{len(self)} pages under {self._root}>"


@dataclass
class SiteResult:
    """What ``generate_site`` wrote (paths are final, under ``out_dir``)."""

    out_dir: Path
    entry: Path  # index.html of the requested language
    pages: Sequence[Path] = field(default_factory=list)  # every HTML page
    project_pages: int = 0
    files: int = 0  # all files: pages, plotly.min.js, assets, data chunks
    bytes_total: int = 0
    table_mode: str = "embedded"  # or "chunked"
    rewritten: int = 0  # files written anew; the others are hard links to the previous site's
    languages: tuple[str, ...] = LANGS
    missing_tables: list[str] = field(default_factory=list)
    rendered: int = 0  # pages and downloads rendered: their inputs changed (or were unknown)
    reused: int = 0  # pages and downloads not rendered: linked, their fingerprints unchanged


HASHES_FILE = ".site-hashes.json"  # rel path -> content hash of every file of the site


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


class _Previous:
    """The site being replaced, held by a directory descriptor (a site swapped in meanwhile by
    another writer does not change what it names) with its content hashes and, when it was
    built by this generator's version, its files' input fingerprints."""

    def __init__(self, out_dir: Path | None) -> None:
        self.fd: int | None = None
        self.hashes: dict[str, str] = {}
        self.inputs: dict[str, str] = {}
        if out_dir is None:
            return
        try:
            self.fd = os.open(out_dir, os.O_RDONLY | os.O_DIRECTORY)
            with open(HASHES_FILE, "rb", opener=lambda p, fl: os.open(p, fl, dir_fd=self.fd)) as fh:
                loaded = json.loads(fh.read())
        except (OSError, ValueError):
            return
        if not isinstance(loaded, dict):
            return
        if "format" not in loaded:  # before fingerprints: rel -> content hash
            self.hashes = _str_map(loaded)
        elif loaded.get("format") == FINGERPRINT_FORMAT:
            self.hashes = _str_map(loaded.get("content"))
            if loaded.get("code") == code_version():  # else: a new generator renders everything
                self.inputs = _str_map(loaded.get("inputs"))

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


def _str_map(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)}


def _json_str_map(m: dict[str, str]) -> str:
    enc = json.encoder.encode_basestring_ascii
    return "{" + ",".join([enc(k) + ":" + enc(m[k]) for k in sorted(m)]) + "}"


def hashes_json(doc: dict[str, Any]) -> str:
    """``json.dumps(doc, sort_keys=True, separators=(",", ":"))``, the same text, with its
    string-to-string maps joined here: at 100,000 pages the two maps hold ~200,000 entries and
    the generic encoder took ~0.5 s of every build."""
    parts = []
    for key in sorted(doc):
        value = doc[key]
        if isinstance(value, dict) and all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            text = _json_str_map(value)
        else:
            text = json.dumps(value, sort_keys=True, separators=(",", ":"))
        parts.append(json.encoder.encode_basestring_ascii(key) + ":" + text)
    return "{" + ",".join(parts) + "}"


class _Writer:
    """Writes files under the build directory; page writes go through a few threads because at
    100,000 project pages the time is file creation, not Python.

    A page or download whose input fingerprint (``fingerprint.py``) equals the previous site's
    is not rendered at all: ``reuse`` hard-links the previous file. A file that is rendered and
    whose bytes equal the previous site's file at the same path (by content hash) is linked too
    instead of written. Either way the new site is still built whole beside the old one and
    swapped in at once."""

    def __init__(
        self,
        root: Path,
        threads: int = 8,
        previous: Path | None = None,
        kept: frozenset[str] | None = None,
    ) -> None:
        self.root = root
        # kept: the files of an earlier generation this build is made in (the spare, see
        # _take_spare): a file already there is kept when it is the previous site's file
        # (the same inode), and never written through (it may be a link to a published file):
        # it is unlinked first. None: a new, empty build folder.
        self._kept = kept
        self.pages: list[str] = []
        self.files = 0
        self.bytes = 0
        self.rewritten = 0  # files written (new or changed); the others are links
        self.hashes: dict[str, str] = {}
        self.inputs: dict[str, str] = {}  # rel -> input fingerprint of the fingerprinted files
        self.rendered = 0  # fingerprinted files rendered (their inputs changed or were unknown)
        self.reused = 0  # fingerprinted files linked from the previous site without rendering
        self._previous = _Previous(previous)
        self._made: set[Path] = set()
        self._made_rel: set[str] = set()
        self._root_s = os.fspath(root)
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="site-writer")
        self._pending: list[Future] = []

    def write(self, rel: str, text: str, fp: str | None = None) -> None:
        self.put(rel, text.encode("utf-8"), fp)

    def _mkdir(self, path: Path) -> None:
        if path.parent not in self._made:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._made.add(path.parent)

    def reuse(self, rel: str, fp: str) -> bool:
        """Link the previous site's ``rel`` if its input fingerprint was ``fp``; False (render
        it) when the fingerprint differs or is unknown, or the previous file is not there."""
        prev = self._previous
        if prev.fd is None or prev.inputs.get(rel) != fp:
            return False
        folder = rel.rpartition("/")[0]
        if folder not in self._made_rel:  # plain strings: this runs once per unchanged page
            (self.root / folder).mkdir(parents=True, exist_ok=True)
            self._made_rel.add(folder)
        target = f"{self._root_s}/{rel}"
        try:
            st = os.stat(rel, dir_fd=prev.fd, follow_symlinks=False)
            if not stat.S_ISREG(st.st_mode):
                return False
            if self._kept is not None and rel in self._kept:
                try:
                    here = os.stat(target, follow_symlinks=False)
                except FileNotFoundError:
                    here = None
                if here is not None and (here.st_ino, here.st_dev) == (st.st_ino, st.st_dev):
                    pass  # the spare holds the previous site's file itself: nothing to do
                else:
                    if here is not None:
                        os.unlink(target)
                    os.link(rel, target, src_dir_fd=prev.fd, follow_symlinks=False)
            else:
                os.link(rel, target, src_dir_fd=prev.fd, follow_symlinks=False)
        except OSError:
            return False  # gone, or no hard links here: render it
        self.inputs[rel] = fp
        if rel in prev.hashes:
            self.hashes[rel] = prev.hashes[rel]
        self.reused += 1
        self.files += 1
        self.bytes += st.st_size
        if rel.endswith(".html"):
            self.pages.append(rel)
        return True

    def put(self, rel: str, data: bytes, fp: str | None = None) -> None:
        """Write ``rel`` (a link when the previous site has the same bytes); ``fp``: the input
        fingerprint of a rendered page or download, kept for the next build."""
        if rel in self.hashes or rel in self.inputs:  # never through a link into the old site
            raise RuntimeError(f"site file written twice: {rel}")
        path = self.root / rel
        self._mkdir(path)
        if fp is not None:
            self.inputs[rel] = fp
            self.rendered += 1
        digest = _digest(data)
        self.hashes[rel] = digest
        same = self._previous.fd is not None and self._previous.hashes.get(rel) == digest
        if not same:
            self.rewritten += 1
        self._pending.append(self._pool.submit(self._put, path, rel, data, same))
        if len(self._pending) >= 2_000:
            self._drain()
        self.files += 1
        self.bytes += len(data)
        if rel.endswith(".html"):
            self.pages.append(rel)

    def _put(self, path: Path, rel: str, data: bytes, same: bool) -> None:
        if self._kept is not None and rel in self._kept:
            try:  # a new file, never written through a link to the published site's
                os.unlink(path)
            except FileNotFoundError:
                pass
        if same:
            try:
                if os.stat(rel, dir_fd=self._previous.fd, follow_symlinks=False).st_size == len(
                    data
                ):
                    os.link(rel, path, src_dir_fd=self._previous.fd, follow_symlinks=False)
                    return
            except OSError:
                pass  # gone, or no hard links here: write it
        if self._kept is None:
            path.write_bytes(data)
            return
        # in the spare: created exclusively, so that a file its list missed (a link, say) is
        # replaced, never written through
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
        try:
            fd = os.open(path, flags, 0o666)
        except FileExistsError:
            os.unlink(path)
            fd = os.open(path, flags, 0o666)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)

    def read(self, rel: str) -> bytes | None:
        """The bytes of a file already in the build (linked by ``reuse``); None if unreadable."""
        try:
            with open(f"{self._root_s}/{rel}", "rb") as fh:
                return fh.read()
        except OSError:
            return None

    def linked(self) -> int:
        return self.files - self.rewritten

    def _drain(self) -> None:
        pending, self._pending = self._pending, []
        for fut in pending:
            fut.result()  # re-raises a failed write

    def close(self) -> None:
        try:
            self._drain()
        finally:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._previous.close()

    def drop_unwritten(self) -> int:
        """In a build made in the spare: remove the spare's files this build did not write or
        keep (pages of projects gone, say), and folders left empty. Returns how many."""
        if not self._kept:
            return 0
        present = set(self.hashes) | set(self.inputs)
        gone = 0
        folders = set()
        for rel in self._kept - present:
            try:
                os.unlink(f"{self._root_s}/{rel}")
                gone += 1
            except FileNotFoundError:
                pass
            folders.add(rel.rpartition("/")[0])
        for folder in sorted(folders, key=len, reverse=True):
            while folder:
                try:
                    os.rmdir(f"{self._root_s}/{folder}")
                except OSError:
                    break  # not empty (or gone)
                folder = folder.rpartition("/")[0]
        return gone

    def write_hashes(self) -> None:
        """The content hashes of the whole site and the input fingerprints of its pages and
        downloads, for the next build to skip and link what is unchanged."""
        data = hashes_json(
            {
                "format": FINGERPRINT_FORMAT,
                "code": code_version(),
                "content": self.hashes,
                "inputs": self.inputs,
            }
        ).encode()
        (self.root / HASHES_FILE).write_bytes(data)
        self.files += 1
        self.rewritten += 1
        self.bytes += len(data)

    def copy(self, rel: str, source: Any) -> None:
        self.put(rel, source.read_bytes())


# --- the build --------------------------------------------------------------------------------


def _build(
    tmp: Path,
    published_db: Path,
    out_dir: Path,
    lang: str,
    reports_dir: Path | None,
    kept: frozenset[str] | None = None,
) -> SiteResult:
    w = _Writer(tmp, previous=out_dir if out_dir.is_dir() else None, kept=kept)
    try:
        result = _build_into(w, published_db, out_dir, lang, reports_dir)
        w._drain()
        w.drop_unwritten()
        w.write_hashes()
        result.files, result.bytes_total, result.rewritten = w.files, w.bytes, w.rewritten
        result.rendered, result.reused = w.rendered, w.reused
        return result
    finally:
        w.close()


#: The small frames of PublishedData, read whole on every build; their digests are part of the
#: site pages' fingerprints.
_SMALL_FRAMES = ("comparison", "cities", "programmes", "publication", "gate", "quarantine")

#: The fct_projects columns each site page reads (besides the other frames it names in
#: ``_build_into``): a page is rendered again only when the digest of these columns
#: (data.columns_digest, computed in DuckDB) or of its other frames changed, and it is rendered
#: from a frame of exactly these columns (so a column it reads and does not list fails the
#: tests, tests/test_site_pages_inputs.py, instead of leaving the page stale).
_HEADLINE_COLUMNS = [
    "project_scope_id",
    "project_id",
    "documents",
    "scope",
    "city_name",
    "programme_period",
    "total_cost_pln",
    "total_cost_basis",
    "total_cost_qualifier",
    "eu_cofinancing_pln",
    "eu_cofinancing_basis",
    "eu_cofinancing_share",
    "participants_planned",
    "participants_planned_basis",
    "participants_actual",
    "participants_actual_basis",
]
PAGE_PROJECT_COLUMNS: dict[str, list[str]] = {
    "index.html": _HEADLINE_COLUMNS,  # + TABLE_COLUMNS when the table is embedded
    "timeline.html": TIMELINE_COLUMNS,
    "participants.html": [
        "project_scope_id",
        "title",
        "implementer",
        "city_slug",
        "city_name",
        "participants_planned",
        "participants_actual",
        "participants_completed",
        "participants_planned_document_id",
    ],
    "instruments.html": ["project_scope_id", "title", "implementer", "city_slug", "city_name"],
    "quality.html": [
        "project_scope_id",
        "document_id",
        "source_file",
        "title",
        "implementer",
        "city_name",
    ],
}


def _union(*lists: list[str]) -> list[str]:
    return list(dict.fromkeys(c for cols in lists for c in cols))


class _SiteData:
    """The published marts as the site pages read them, read only when a page to render needs
    them: the small frames whole, fct_projects by the columns a page reads, the participant
    groups and instruments when their page is rendered."""

    def __init__(self, con: Any) -> None:
        from .data import table_columns

        self.con = con
        self.available = table_columns(con)
        self.missing = [
            t
            for t in (
                "fct_projects",
                "fct_participant_groups",
                "fct_instruments",
                "mart_city_comparison",
                "dim_city",
                "dim_programme",
                "meta_publication",
                "meta_gate_results",
                "meta_quarantine",
            )
            if t not in self.available
        ]
        small = {
            "comparison": ("mart_city_comparison", "city_name, programme_period"),
            "cities": ("dim_city", "city_name"),
            "programmes": ("dim_programme", "programme_code"),
            "publication": ("meta_publication", None),
            "gate": ("meta_gate_results", None),
            "quarantine": ("meta_quarantine", "ingested_at"),
        }
        self.small = {
            name: read_frame(con, self.available, table, COLUMNS[table], order)
            for name, (table, order) in small.items()
        }
        self._projects: dict[tuple[str, ...], Any] = {}
        self._other: dict[str, Any] = {}
        self._digests: dict[tuple[str, ...], str] = {}
        self._page_ids: dict[Any, str] = {}  # project_scope_id -> safe_id (one call each)

    def digest(self, table: str, columns: list[str]) -> str:
        key = (table, *columns)
        if key not in self._digests:
            self._digests[key] = columns_digest(self.con, self.available, table, columns)
        return self._digests[key]

    def projects(self, columns: list[str]) -> Any:
        """fct_projects' ``columns`` (and page_id), rows with a project_scope_id, by project_id."""
        key = tuple(columns)
        if key not in self._projects:
            df = read_frame(self.con, self.available, "fct_projects", columns, "project_id")
            df = df[df["project_scope_id"].notna()].copy()
            ids = self._page_ids
            df["page_id"] = [
                ids[v] if v in ids else ids.setdefault(v, safe_id(v))
                for v in df["project_scope_id"]
            ]
            self._projects[key] = df
        return self._projects[key]

    def table(self, name: str) -> Any:
        table = {"groups": "fct_participant_groups", "instruments": "fct_instruments"}[name]
        if name not in self._other:
            self._other[name] = read_frame(
                self.con, self.available, table, COLUMNS[table], "project_id"
            )
        return self._other[name]

    def instrument_counts(self) -> Any:
        """fct_instruments counted by DuckDB for the instruments page (once for both languages:
        the page never reads the rows)."""
        if "instrument_counts" not in self._other:
            from .data import instrument_counts

            self._other["instrument_counts"] = instrument_counts(self.con, self.available)
        return self._other["instrument_counts"]

    def view(self, columns: list[str], *, groups: bool = False, instruments: bool = False) -> Any:
        """A PublishedData with the projects' ``columns`` only (and the groups and instruments
        only when asked: an empty frame of their columns otherwise)."""
        from .data import PublishedData

        def empty(table: str) -> Any:
            import pandas as pd

            return pd.DataFrame({c: pd.Series(dtype="object") for c in COLUMNS[table]})

        return PublishedData(
            projects=self.projects(columns),
            groups=self.table("groups") if groups else empty("fct_participant_groups"),
            instruments=self.table("instruments") if instruments else empty("fct_instruments"),
            missing_tables=list(self.missing),
            **self.small,
        )

    def city_names(self, projects: Any) -> dict[str, Any]:
        city_names = {r["city_slug"]: r["city_name"] for r in records(self.small["cities"])}
        for r in records(projects[["city_slug", "city_name"]].drop_duplicates()):
            city_names.setdefault(r["city_slug"], r["city_name"] or r["city_slug"])
        return city_names


def _build_into(
    w: _Writer, published_db: Path, out_dir: Path, lang: str, reports_dir: Path | None
) -> SiteResult:
    w.copy("plotly.min.js", resources.files("plotly") / "package_data" / "plotly.min.js")
    static = resources.files("dashboards") / "static"
    for name in ("site.css", "table.js", "plotly-locale-pl.js"):
        w.copy(f"assets/{name}", static / name)

    con = connect(published_db)
    try:
        site = _SiteData(con)
        small = site.view(["project_scope_id"])  # the small frames; no page reads its projects
        # What each site page shows besides its language and links: the digests of the frames
        # it reads (fct_projects: of the columns it reads), computed before any of them is read.
        # No page shows the publication's date or version: publication.js does.
        frames = {name: frame_digest(site.small[name]) for name in _SMALL_FRAMES}
        frames["groups"] = site.digest("fct_participant_groups", COLUMNS["fct_participant_groups"])
        # the instruments page reads fct_instruments counted (site.instrument_counts), not its
        # rows: the digest of the counts, so that a document edited (new instrument ids) does
        # not render it again
        frames["instruments"] = instrument_counts_digest(con, site.available)

        def shown(page: str) -> str:
            return site.digest("fct_projects", PAGE_PROJECT_COLUMNS[page])

        n = len(site.projects(["project_scope_id"]))
        table_mode = "embedded" if n <= EMBED_MAX else "chunked"
        index_columns = (
            _union(_HEADLINE_COLUMNS, TABLE_COLUMNS)
            if table_mode == "embedded"
            else _HEADLINE_COLUMNS
        )

        # table data (computed only if a page or chunk that shows it is rendered)
        cached_rows: list[list[Any]] = []

        def rows() -> list[list[Any]]:
            if not cached_rows:
                cached_rows.extend(table_rows(site.projects(TABLE_COLUMNS)))
            return cached_rows

        chunks = 0
        if table_mode == "chunked":
            # each chunk is a run of CHUNK_SIZE rows in the table's order (TABLE_ORDER_SQL),
            # fingerprinted by its own rows: a changed project renders its chunk only (or the
            # chunks between its old and new place), and only their rows are read
            to_render: dict[int, tuple[str, str]] = {}
            for k, chunk_digest in enumerate(
                chunk_digests(
                    con, site.available, "fct_projects", TABLE_COLUMNS, TABLE_ORDER_SQL, CHUNK_SIZE
                )
            ):
                rel = f"data/projects-{k:04d}.js"
                fp = digest(code_version(), rel, chunk_digest, k, CHUNK_SIZE)
                if not w.reuse(rel, fp):
                    to_render[k] = (rel, fp)
                chunks += 1
            frames_by_chunk = (
                chunk_frames(
                    con,
                    site.available,
                    "fct_projects",
                    TABLE_COLUMNS,
                    TABLE_ORDER_SQL,
                    CHUNK_SIZE,
                    list(to_render),
                )
                if to_render
                else {}
            )
            for k, (rel, fp) in to_render.items():
                part = frames_by_chunk[k]
                part["page_id"] = [safe_id(v) for v in part["project_scope_id"]]
                w.write(rel, f"window.integraChunk({k},{json_for_script(table_rows(part))});\n", fp)
        else:
            chunks = 1

        write_downloads(w, con)

        page_langs = LANGS if n <= BOTH_LANG_PROJECT_PAGES_MAX else (lang,)
        gate_target = (reports_dir / "gate.html") if reports_dir else None

        pub = small.publication_row
        shows = {
            "index.html": (
                site.digest("fct_projects", index_columns),
                table_mode,
                chunks,
                PAGE_SIZE,
            ),
            "cities.html": (frames["comparison"],),
            "timeline.html": (shown("timeline.html"), frames["programmes"]),
            "participants.html": (
                # participants_planned_document_id only picks a project's breakdown
                # (data.one_breakdown_per_project): what it picks, not the id, is the input
                site.digest(
                    "fct_projects",
                    [
                        c
                        for c in PAGE_PROJECT_COLUMNS["participants.html"]
                        if c != "participants_planned_document_id"
                    ],
                ),
                planned_breakdown_digest(con, site.available),
                frames["groups"],
                frames["cities"],
            ),
            "instruments.html": (
                shown("instruments.html"),
                frames["instruments"],
                frames["cities"],
            ),
            "quality.html": (
                frames["gate"],
                shown("quality.html"),
                frames["quarantine"],
                pub is None,
                None if pub is None else repr(pub.get("row_counts")),
            ),
            "methodology.html": (),
        }

        for lg in LANGS:
            project_lang = lg if lg in page_langs else lang
            project_dir = lang_path(project_lang, "projects")

            def emit(
                name: str,
                body: Any,
                *,
                plotly: bool = False,
                scripts: tuple = (),
                extra: Any = None,
                lg: str = lg,
            ) -> None:
                """Render the page from ``body()`` unless its fingerprint is the previous
                site's (then it is linked, not rendered)."""
                rel = lang_path(lg, name)
                fp = digest(code_version(), rel, lg, shows[name], plotly, scripts, extra)
                if w.reuse(rel, fp):
                    return
                title = dict(PAGES)[name][lg]
                w.write(
                    rel,
                    page(
                        lang=lg,
                        title=title,
                        body=body(),
                        root=root_of(rel),
                        active=name,
                        switch_href=relative_href(rel, lang_path(other_lang(lg), name)),
                        publication_note=shared_publication_note(lg, root_of(rel)),
                        plotly=plotly,
                        scripts=scripts,
                    ),
                    fp,
                )

            rel_index = lang_path(lg, "index.html")
            root = root_of(rel_index)

            def index_body(lg: str = lg, project_dir: str = project_dir) -> Markup:
                body, _ = overview_body(
                    site.view(index_columns),
                    lg,
                    rel_index,
                    table_mode,
                    chunks,
                    project_dir,
                    PAGE_SIZE,
                )
                if table_mode == "embedded":
                    body = Markup(
                        body + f'<script type="application/json" id="integra-rows">'
                        f"{json_for_script(rows())}</script>"
                    )
                return Markup(body + download_links("projects", lg, root))

            scripts = overview_scripts(root, table_mode, chunks)
            emit("index.html", index_body, scripts=tuple(scripts), extra=project_dir)
            emit(
                "cities.html",
                lambda lg=lg, root=root: Markup(
                    cities_body(small, lg) + download_links("city_comparison", lg, root)
                ),
                plotly=True,
            )
            emit(
                "timeline.html",
                lambda lg=lg: timeline_body(site.view(PAGE_PROJECT_COLUMNS["timeline.html"]), lg),
                plotly=True,
            )
            emit(
                "participants.html",
                lambda lg=lg: _participants(site, lg),
                plotly=True,
            )
            emit(
                "instruments.html",
                lambda lg=lg: _instruments(site, lg),
                plotly=True,
            )
            gate_href = None
            if gate_target is not None and gate_target.is_file():
                rel_q = out_dir / lang_path(lg, "quality.html")
                gate_href = Path(os.path.relpath(gate_target, rel_q.parent)).as_posix()
            emit(
                "quality.html",
                lambda lg=lg, gate_href=gate_href: quality_body(
                    site.view(PAGE_PROJECT_COLUMNS["quality.html"]), lg, gate_href
                ),
                extra=gate_href,
            )
            emit("methodology.html", lambda lg=lg: methodology_body(lg))

        pause_point("dashboards_write")
        # the publication's date and version live once, in publication.js: a page whose data
        # did not change stays byte-identical (and is not rendered) from one publication to the
        # next
        w.write("publication.js", publication_script(small))
        notes = {
            lg: shared_publication_note(lg, root_of(lang_path(lg, "projects/X.html")))
            for lg in page_langs
        }
        project_pages = _write_project_pages(
            w,
            con,
            notes,
            page_langs,
            out_dir,
            _landing_root(),
            parts=_project_page_parts(n),
            published_db=published_db,
            previous=(w._previous.fd is not None and out_dir) or None,
        )
    finally:
        con.close()

    return SiteResult(
        out_dir=out_dir,
        entry=out_dir / lang_path(lang, "index.html"),
        pages=_PagePaths(out_dir, w.pages),
        project_pages=project_pages,
        files=w.files,
        bytes_total=w.bytes,
        table_mode=table_mode,
        languages=LANGS,
        missing_tables=site.missing,
    )


def _participants(site: _SiteData, lang: str) -> Markup:
    data = site.view(PAGE_PROJECT_COLUMNS["participants.html"], groups=True)
    return participants_body(data, lang, site.city_names(data.projects))


def _instruments(site: _SiteData, lang: str) -> Markup:
    data = site.view(PAGE_PROJECT_COLUMNS["instruments.html"])
    return instruments_body(data, lang, site.city_names(data.projects), site.instrument_counts())


def publication_script(data: Any) -> str:
    """publication.js: the note of every page's footer (id integra-publication) and the date and
    version the quality page names (data-integra-pub="date" / "version"), per language."""
    from .formatting import format_datetime, format_int

    pub = data.publication_row
    values = {}
    for lg in LANGS:
        values[lg] = {"note": publication_note(data, lg)}
        if pub:
            values[lg]["date"] = format_datetime(pub.get("published_at"), lg)
            values[lg]["version"] = format_int(pub.get("version"), lg)
    return (
        "(function(){var p="
        + json_for_script(values)
        + ";var d=p[document.documentElement.lang]||p.pl;"
        "var e=document.getElementById('integra-publication');if(e){e.textContent=d.note;}"
        "var s=document.querySelectorAll('[data-integra-pub]');"
        "for(var i=0;i<s.length;i++){var k=s[i].getAttribute('data-integra-pub');"
        "if(d[k]!=null){s[i].textContent=d[k];}}})();\n"
    )


SHARED_NOTE_FALLBACK = {
    "pl": "Dane opublikowane: datę i wersję pokazuje strona z włączonym JavaScriptem",
    "en": "Data published: the date and version show with JavaScript on",
}


def shared_publication_note(lang: str, root: str) -> Markup:
    """The footer note of every page: filled from the shared publication.js (the text without
    JavaScript says so), so that no page changes with the publication's date or version."""
    from .html import esc

    return Markup(
        f'<span id="integra-publication">{esc(SHARED_NOTE_FALLBACK.get(lang, SHARED_NOTE_FALLBACK["pl"]))}'
        f'</span><script src="{esc(root)}publication.js"></script>'
    )


def _landing_root() -> Path | None:
    """The landing folder, for links from project pages to their source documents."""
    s = settings()
    return s.raw if s.raw_is_set else None


def _source_href(raw_root: Path | None, source_file: Any, page_dir: Path) -> str | None:
    """A relative link from a project page to its landed document (works from disk when the
    site and the landing folder are copied together)."""
    from urllib.parse import quote

    if raw_root is None or not source_file:
        return None
    target = (raw_root / str(source_file)).resolve()
    try:
        target.relative_to(raw_root)  # never a link outside the landing folder
    except ValueError:
        return None
    return quote(os.path.relpath(target, page_dir))


PARALLEL_PROJECT_PAGES_MIN = 5_000  # below: one process (starting workers costs ~2 s)


def _project_page_parts(n_projects: int) -> int:
    if n_projects < PARALLEL_PROJECT_PAGES_MIN:
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


def _scope_parts(con: Any, parts: int) -> dict[str, int]:
    """project scope -> its part k of n: DuckDB's hash(project_scope_id) % n (the same filter
    streams their evidence in data.iter_evidence), in one query."""
    from dashboards.data import table_columns

    have = set(table_columns(con).get("fct_projects", []))
    key = "project_scope_id" if "project_scope_id" in have else "project_id"
    return dict(
        con.execute(f"SELECT {key}, hash({key}) % ? FROM main.fct_projects", [parts]).fetchall()
    )


def download_links(name: str, lang: str, root: str) -> str:
    """'Pobierz dane: CSV · XLSX' for downloads/<name>.*, relative to the page's root."""
    from .html import esc
    from .i18n import t

    return (
        f'<p class="downloads">{esc(t("download_data", lang))}: '
        f'<a href="{root}downloads/{name}.csv" download>CSV</a> · '
        f'<a href="{root}downloads/{name}.xlsx" download>XLSX</a></p>'
    )


def _project_documents(con: Any, project_ids: set[str]) -> dict[str, list[dict[str, Any]]]:
    """The documents of each project (fct_documents, one row per document version in use), for
    the list on its page; empty for a published file without the project grain."""
    from .data import table_columns

    if "project_id" not in table_columns(con).get("fct_documents", []):
        return {}
    out: dict[str, list[dict[str, Any]]] = {}
    if not project_ids:
        return out
    # only the rows of these projects (a slice of the pages: not the whole table each time)
    rows = con.execute(
        "SELECT project_id, source_file, document_kind, scope, scope_year FROM main.fct_documents "
        "WHERE project_id IN (SELECT unnest(?::VARCHAR[])) "
        "ORDER BY source_file, document_kind, scope, scope_year",
        [sorted(project_ids)],
    ).fetchall()
    for pid, sf, kind, scope, year in rows:
        if pid in project_ids:
            out.setdefault(pid, []).append(
                {"source_file": sf, "document_kind": kind, "scope": scope, "scope_year": year}
            )
    return out


_FETCHED_FROM: dict[str, tuple[float, dict[str, str]]] = {}


def _fetched_from() -> dict[str, str]:
    """source_file -> the http(s) URL `integra fetch` landed it from (INTEGRA_HOME/fetch/state.json)."""
    from integra.settings import paths
    from integra.warehousing.fetch import fetch_dir, source_url_of

    p = paths()
    try:
        mtime = (fetch_dir(p) / "state.json").stat().st_mtime
    except OSError:
        return {}
    cached = _FETCHED_FROM.get(str(p.home))
    if cached is None or cached[0] != mtime:
        found = source_url_of(p)
        cached = (mtime, {k: v for k, v in found.items() if v.startswith(("http://", "https://"))})
        _FETCHED_FROM[str(p.home)] = cached
    return cached[1]


def _documents_list(
    docs: list[dict[str, Any]], lang: str, raw_root: Path | None, page_dir: Path | None
) -> str:
    from .html import esc
    from .i18n import DOCUMENT_KINDS, t

    items = []
    for d in docs:
        href = _source_href(raw_root, d["source_file"], page_dir) if page_dir is not None else None
        name = f"<code>{esc(d['source_file'])}</code>"
        name = f'<a href="{esc(href)}">{name}</a>' if href else name
        url = _fetched_from().get(str(d["source_file"]))  # fetched by `integra fetch`: its page too
        if url:
            label = "strona źródłowa" if lang == "pl" else "original page"
            name += f' (<a href="{esc(url)}" rel="noopener noreferrer">{label}</a>)'
        kind = DOCUMENT_KINDS.get(d["document_kind"], {}).get(lang, d["document_kind"] or "")
        scope = (
            t("edition_of", lang, year=d["scope_year"])
            if d["scope"] == "edition"
            else t("whole_project_doc", lang)
        )
        items.append(f"<li>{name} — {esc(kind)}, {esc(scope)}</li>")
    return f"<h2>{esc(t('project_documents', lang))}</h2><ul>{''.join(items)}</ul>"


# --- project pages ----------------------------------------------------------------------------


@dataclass
class _ProjectInputs:
    """Everything the project pages show, read once (one query per table, grouped in Python)."""

    projects: dict[str, dict[str, Any]]  # the pages to write: all, or those of a part
    family: dict[str, list[dict[str, Any]]]  # project_id -> its scopes (siblings)
    groups: dict[str, list[dict[str, Any]]]
    instruments: dict[str, list[dict[str, Any]]]
    documents: dict[str, list[dict[str, Any]]]
    other_fields: list[Any]


def _project_inputs(
    con: Any, part: tuple[int, int] | None = None, scopes: list[str] | None = None
) -> _ProjectInputs:
    """The rows the project pages of a part (or of ``scopes`` only, with their siblings) show."""
    all_projects = {}
    other_fields = other_columns(con, "fct_projects")
    for r in read_records(con, "fct_projects", scopes=scopes, family=True):
        if r["project_scope_id"] is not None:
            r["page_id"] = safe_id(r["project_scope_id"])
            all_projects[r["project_scope_id"]] = r
    if scopes is not None:
        wanted = set(scopes)
        projects = {k: r for k, r in all_projects.items() if k in wanted}
    elif part is None:
        projects = all_projects
    else:
        wanted = {k for k, p in _scope_parts(con, part[1]).items() if p == part[0]}
        projects = {k: r for k, r in all_projects.items() if k in wanted}
    groups: dict[str, list[dict]] = {}
    for g in read_records(con, "fct_participant_groups", scopes=scopes):
        if g["project_scope_id"] in projects:
            groups.setdefault(g["project_scope_id"], []).append(g)
    instruments: dict[str, list[dict]] = {}
    for it in read_records(con, "fct_instruments", scopes=scopes):
        if it["project_scope_id"] in projects:
            instruments.setdefault(it["project_scope_id"], []).append(it)
    family: dict[str, list[dict]] = {}
    for r in all_projects.values():  # siblings may lie in another part
        if r.get("project_id"):
            family.setdefault(r["project_id"], []).append(r)
    return _ProjectInputs(
        projects=projects,
        family=family,
        groups=groups,
        instruments=instruments,
        documents=_project_documents(con, set(projects)),
        other_fields=other_fields,
    )


@dataclass(frozen=True)
class _PageContext:
    """What a language's project pages share; ``fp`` is its part of every page's fingerprint."""

    folder: str
    switch_fmt: str
    root: str
    index_href: str
    note: Any  # Markup
    fp: str


#: The published tables a project page reads: their columns and types enter every page's
#: fingerprint (the row digests are of the values' text).
_PAGE_TABLES = [
    "fct_projects",
    "fct_participant_groups",
    "fct_instruments",
    "fct_fact_evidence",
    "fct_documents",
]


def _page_contexts(
    langs: tuple[str, ...],
    notes: dict[str, str],
    out_dir: Path | None,
    raw_root: Path | None,
    other_fields: list[Any],
    schema: Any = None,
) -> dict[str, _PageContext]:
    out = {}
    for lg in langs:
        rel = lang_path(lg, "projects/X.html")
        other = other_lang(lg)
        if other in langs:
            switch = relative_href(rel, lang_path(other, "projects/X.html"))[: -len("X.html")]
            switch_fmt = switch + "{pid}.html"
        else:
            switch_fmt = relative_href(rel, lang_path(other, "index.html"))
        parts = (
            rel[: -len("X.html")],
            switch_fmt,
            root_of(rel),
            relative_href(rel, lang_path(lg, "index.html")),
            notes[lg],  # Markup: already-safe HTML
        )
        fp = digest(
            code_version(),
            lg,
            langs,
            parts,
            None if out_dir is None else str(out_dir),  # the source links are relative to it
            None if raw_root is None else str(raw_root),
            [repr(c) for c in other_fields],
            schema,
        )
        out[lg] = _PageContext(*parts, fp=fp)
    return out


def _write_project_pages(
    w: _Writer,
    con: Any,
    notes: dict[str, str],
    langs: tuple[str, ...],
    out_dir: Path | None = None,
    raw_root: Path | None = None,
    *,
    parts: int = 1,
    published_db: Path | None = None,
    previous: Path | None = None,
) -> int:
    """One page per project scope. A page whose fingerprint is the previous site's is linked,
    not rendered. The others are rendered here, or, when there are at least
    PARALLEL_PROJECT_PAGES_MIN of them and ``parts`` > 1, by ``parts`` processes (rendering is
    Python-bound), each writing its share straight into the build folder."""
    if parts > 1 and not w._previous.inputs and published_db is not None:
        # nothing to reuse (first build, or a new generator): every page is rendered
        w._drain()
        return _render_in_parallel(
            w, published_db, notes, langs, out_dir, raw_root, parts, previous
        )
    ctx = _page_contexts(
        langs,
        notes,
        out_dir,
        raw_root,
        other_columns(con, "fct_projects"),
        schema_digest(con, _PAGE_TABLES),
    )
    fetched = _fetched_from()
    todo, count = _project_pages_todo(w, con, ctx, fetched)
    if parts > 1 and published_db is not None and len(todo) > PARALLEL_PROJECT_PAGES_MIN:
        # many changed: render them in parallel
        w._drain()
        part_of = _scope_parts(con, parts)
        by_part: list[dict[str, list[tuple[str, str]]]] = [{} for _ in range(parts)]
        for sid, need in todo.items():
            by_part[part_of[sid]][sid] = need
        _render_in_parallel(
            w, published_db, notes, langs, out_dir, raw_root, parts, previous, by_part
        )
    else:
        _render_todo(w, con, ctx, todo, None, out_dir, raw_root)
    return count


def _project_pages_todo(
    w: _Writer,
    con: Any,
    ctx: dict[str, _PageContext],
    fetched: dict,
    part: tuple[int, int] | None = None,
) -> tuple[dict[str, list[tuple[str, str]]], int]:
    """Fingerprint every project page of ``part`` from digests computed in DuckDB (no row is
    read into Python) and link those the previous site had with the same fingerprint: (scope ->
    [(language, fingerprint)] of the pages to render, the number of projects)."""
    digests = project_page_digests(con, part=part, fetched=fetched or None)
    todo: dict[str, list[tuple[str, str]]] = {}
    for sid, parts_digest in digests.items():
        base = digest(parts_digest)
        page_id = safe_id(sid)
        need = []
        for lg, c in ctx.items():
            fp = digest(c.fp, base)
            if not w.reuse(f"{c.folder}{page_id}.html", fp):
                need.append((lg, fp))
        if need:
            todo[sid] = need
    return todo, len(digests)


def _render_todo(
    w: _Writer,
    con: Any,
    ctx: dict[str, _PageContext],
    todo: dict[str, list[tuple[str, str]]],
    part: tuple[int, int] | None,
    out_dir: Path | None,
    raw_root: Path | None,
) -> None:
    """Render the pages of ``todo``: only their rows and evidence are read, RENDER_SLICE
    projects at a time (their rows, siblings, groups, instruments, documents and evidence held
    for that slice only)."""
    scopes = list(todo)
    for start in range(0, len(scopes), RENDER_SLICE):
        piece = scopes[start : start + RENDER_SLICE]
        inp = _project_inputs(con, scopes=piece)
        done: set[str] = set()
        for scope_id, evidence in iter_evidence(con, part=part, scopes=piece):
            row = inp.projects.get(scope_id)
            if row is not None:
                done.add(scope_id)
                _render_project(w, inp, ctx, row, evidence, todo[scope_id], out_dir, raw_root)
        for scope_id in piece:
            row = inp.projects.get(scope_id)
            if row is not None and scope_id not in done:
                _render_project(w, inp, ctx, row, [], todo[scope_id], out_dir, raw_root)
        del inp


#: Project pages rendered per slice (``_render_todo``): at 100,000 projects a site worker read
#: the rows of its whole half at once (~1.4 GB); a slice bounds that, for one more scan of the
#: evidence per slice.
RENDER_SLICE = 10_000


def _render_project(
    w: _Writer,
    inp: _ProjectInputs,
    ctx: dict[str, _PageContext],
    row: dict[str, Any],
    evidence: list[dict[str, Any]],
    need: list[tuple[str, str]],
    out_dir: Path | None,
    raw_root: Path | None,
) -> None:
    """Render the project's page in each language of ``need`` ([(language, fingerprint)])."""
    pid = row["page_id"]
    sid = row["project_scope_id"]
    sib = [
        {**s, "project_scope_id": s["page_id"]}
        for s in inp.family.get(row.get("project_id"), [])
        if s is not row
    ]
    for lg, fp in need:
        c = ctx[lg]
        page_dir = (out_dir / c.folder) if out_dir is not None else None
        title = row.get("title") or display_title(None, row.get("implementer"), lg)
        body = project_body(
            row,
            evidence,
            inp.groups.get(sid, []),
            inp.instruments.get(sid, []),
            sib,
            lg,
            c.index_href,
            source_href=_source_href(raw_root, row.get("source_file"), page_dir)
            if page_dir is not None
            else None,
            other_fields=inp.other_fields,
        )
        docs = inp.documents.get(sid)
        if docs:
            body = Markup(body + _documents_list(docs, lg, raw_root, page_dir))
        w.write(
            f"{c.folder}{pid}.html",
            page(
                lang=lg,
                title=title,
                body=body,
                root=c.root,
                active="",
                switch_href=c.switch_fmt.format(pid=pid),
                publication_note=c.note,
            ),
            fp,
        )


def _render_in_parallel(
    w: _Writer,
    published_db: Path,
    notes: dict[str, str],
    langs: tuple[str, ...],
    out_dir: Path | None,
    raw_root: Path | None,
    parts: int,
    previous: Path | None,
    by_part: list[dict[str, list[tuple[str, str]]]] | None = None,
) -> int:
    """Project pages rendered by `parts` processes: all of them (``by_part`` None: each worker
    fingerprints its share), or those of ``by_part[k]`` by worker k. Returns the number of
    projects in the parts that ran."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=parts, mp_context=mp.get_context("spawn")) as pool:
        futures = [
            pool.submit(
                _project_pages_part,
                w.root,
                published_db,
                notes,
                langs,
                out_dir,
                raw_root,
                (k, parts),
                previous,
                None if by_part is None else by_part[k],
                w._kept,
            )
            for k in range(parts)
            if by_part is None or by_part[k]
        ]
        total = 0
        for fut in futures:
            count, pages, files, nbytes, hashes, inputs, rewritten, rendered, reused = fut.result()
            total += count
            w.pages += pages
            w.files += files
            w.bytes += nbytes
            w.hashes.update(hashes)
            w.inputs.update(inputs)
            w.rewritten += rewritten
            w.rendered += rendered
            w.reused += reused
    return total


def _project_pages_part(
    root: Path,
    published_db: Path,
    notes: dict[str, str],
    langs: tuple[str, ...],
    out_dir: Path | None,
    raw_root: Path | None,
    part: tuple[int, int],
    previous: Path | None = None,
    todo: dict[str, list[tuple[str, str]]] | None = None,
    kept: frozenset[str] | None = None,
) -> tuple[int, list[str], int, int, dict[str, str], dict[str, str], int, int, int]:
    w = _Writer(root, previous=previous, kept=kept)
    con = connect(published_db)
    try:
        ctx = _page_contexts(
            langs,
            notes,
            out_dir,
            raw_root,
            other_columns(con, "fct_projects"),
            schema_digest(con, _PAGE_TABLES),
        )
        count = len(todo) if todo is not None else 0
        if todo is None:  # fingerprint the part's pages here
            todo, count = _project_pages_todo(w, con, ctx, _fetched_from(), part)
        _render_todo(w, con, ctx, todo, part, out_dir, raw_root)
    finally:
        con.close()
        w.close()
    return (
        count,
        w.pages,
        w.files,
        w.bytes,
        w.hashes,
        w.inputs,
        w.rewritten,
        w.rendered,
        w.reused,
    )


# --- atomic swap ------------------------------------------------------------------------------


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two directories (Linux renameat2 RENAME_EXCHANGE); False if unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    renameat2.restype = ctypes.c_int
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def _spare_of(out_dir: Path) -> Path:
    """The generation before the published one, kept for the next build to be made in."""
    return out_dir.with_name(f".{out_dir.name}.spare")


def _take_spare(out_dir: Path) -> tuple[Path, frozenset[str]] | None:
    """The spare generation renamed to a build folder of this writer (a rename: another
    writer cannot take it too), with the files it holds; None when there is none. Whatever
    the spare holds that is not a regular file or folder is removed; its fingerprints file
    too (the build writes its own). The spare is walked, not listed from its fingerprints file:
    at 100,000 pages the walk takes 0.1-0.2 CPU s with the folders cached, reading the list
    0.3 s (its JSON). A file the walk missed is still never written through: the writer creates
    each file it does not keep exclusively (``_Writer._put``)."""
    spare = _spare_of(out_dir)
    tmp = out_dir.with_name(f".{out_dir.name}.building-{os.getpid()}-{time.time_ns()}")
    try:
        os.rename(spare, tmp)
    except OSError:
        return None
    try:
        files = _walk_files(tmp)
        if HASHES_FILE in files:
            os.unlink(tmp / HASHES_FILE)
            files.discard(HASHES_FILE)
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
        return None
    return tmp, frozenset(files)


def _walk_files(folder: Path) -> set[str]:
    """Every regular file under ``folder`` (relative paths); anything else there is removed."""
    files: set[str] = set()
    stack = [("", os.fspath(folder))]
    while stack:
        rel_dir, path = stack.pop()
        with os.scandir(path) as it:
            for e in it:
                rel = f"{rel_dir}{e.name}"
                if e.is_dir(follow_symlinks=False):
                    stack.append((rel + "/", e.path))
                elif e.is_file(follow_symlinks=False):
                    files.add(rel)
                else:
                    os.unlink(e.path)
    return files


def _keep_as_spare(old: Path, out_dir: Path) -> None:
    """The generation just replaced becomes the spare (the next build is made in it instead of
    in an empty folder: no whole-tree link or removal); removed if a spare is already there."""
    try:
        os.rename(old, _spare_of(out_dir))  # fails if the spare exists and is not empty
    except OSError:
        shutil.rmtree(old, ignore_errors=True)


def _swap_in(tmp: Path, out_dir: Path) -> None:
    """Replace out_dir by tmp so that readers see the old site or the new one, never a mix."""
    if not out_dir.exists():
        os.rename(tmp, out_dir)
        return
    if _exchange(tmp, out_dir):  # tmp now holds the old site
        _keep_as_spare(tmp, out_dir)
        return
    # Fallback (no renameat2): two renames; between them out_dir is briefly absent.
    old = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}-{time.time_ns()}")
    os.rename(out_dir, old)
    os.rename(tmp, out_dir)
    _keep_as_spare(old, out_dir)


def _clean_stale(parent: Path, name: str) -> None:
    """Remove building/old folders left by a writer that died (its pid is gone) or long ago."""
    now = time.time()
    for p in parent.glob(f".{name}.*"):
        if p.name == f".{name}.spare":
            continue  # the kept generation (_keep_as_spare), not a writer's leftover
        try:
            if not p.is_dir():
                continue
            if now - p.stat().st_mtime > STALE_SECONDS or not _writer_alive(p.name):
                shutil.rmtree(p, ignore_errors=True)
        except OSError:
            pass


def _writer_alive(folder_name: str) -> bool:
    """Folders are named .<site>.building-<pid>-… or .<site>.old-<pid>-…; True while that pid runs."""
    m = re.search(r"\.(?:building|old)-(\d+)-", folder_name)
    if not m:
        return True  # not ours to judge by pid: the age rule applies
    try:
        os.kill(int(m.group(1)), 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def generate_site(
    published_db: Path,
    out_dir: Path,
    lang: str = "pl",
    *,
    reports_dir: Path | None = None,
) -> SiteResult:
    """Write the static site for the published marts into ``out_dir``; return what was written.

    Both languages are always written (Polish at the root, English under ``en/``); ``lang``
    picks the entry page (``SiteResult.entry``) and, above 2,000 projects, the one language
    project pages are written in. ``reports_dir`` (default: INTEGRA_HOME/reports) is where the
    gate report ``gate.html`` is looked for; the quality page links to it relatively.
    """
    if lang not in LANGS:
        raise ValueError(f"unsupported language {lang!r}; expected one of {LANGS}")
    published_db = Path(published_db)
    if not published_db.is_file():
        raise FileNotFoundError(f"published database not found: {published_db}")
    out_dir = Path(out_dir).absolute()
    if reports_dir is None:
        from integra.settings import paths

        reports_dir = paths().reports_dir
    reports_dir = Path(reports_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    _clean_stale(out_dir.parent, out_dir.name)
    taken = _take_spare(out_dir) if out_dir.is_dir() else None
    if taken is not None:
        tmp, kept = taken
    else:
        tmp, kept = (
            Path(
                tempfile.mkdtemp(
                    prefix=f".{out_dir.name}.building-{os.getpid()}-", dir=out_dir.parent
                )
            ),
            None,
        )
    try:
        result = _build(tmp, published_db, out_dir, lang, reports_dir, kept)
        os.chmod(tmp, 0o755)  # mkdtemp makes it 0700
        _swap_in(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return result
