"""The landing folder, walked once per refresh (no Dagster, no DuckDB, no extractor: light).

`scan_city` lists one city's files as ingestion reads them (what is refused or ignored, with the
reason) and, given a hash, also feeds it every entry it sees (path, type, size, mtime, mode, a
link's target too, hidden entries and hidden folders included): the "nothing new" check's
fingerprint. `walk_landing` does that for every registry city: the fingerprint, the file count
and the listing. `integra refresh` takes it before the job and hands the listing to the ingest
step, which then does not walk the folder a second time. A file that changes after the walk is
not lost: the fingerprint recorded for the next refresh is the one of this very walk, so the next
refresh sees a different landing folder and runs the job, whose scan reads the file.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

SUPPORTED_SUFFIXES = {".txt", ".html", ".htm", ".pdf", ".text", ""}


@dataclass(frozen=True)
class LandedFile:
    city_slug: str
    source_file: str  # relative to the landing folder, POSIX
    location: str  # its path, as a string (a scan of 100,000 files builds no Path objects)
    size: int
    mtime_ns: int
    # where to open it (a link inside the landing folder: its target)
    read_location: str | None = None

    @property
    def path(self) -> Path:
        return Path(self.location)

    @property
    def read_path(self) -> Path | None:
        return Path(self.read_location) if self.read_location else None


@dataclass
class CityListing:
    """One city's scan: the files to read, the refusals and the ignored entries, with reasons."""

    files: list[LandedFile] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    ignored: list[dict[str, str]] = field(default_factory=list)


@dataclass
class Landing:
    """One walk of the landing folder: its fingerprint, the files a scan could read (hidden ones
    apart: what "no documents" is decided on), and each registry city's listing."""

    raw_root: str
    digest: str
    files: int
    cities: dict[str, CityListing]


def _ignored(path: str, reason: str) -> dict[str, str]:
    return {"path": path, "reason": reason}


def _inside(path: str, root: str) -> bool:
    """`path` (resolved) is `root` or below it."""
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _suffix(name: str) -> str:
    """`PurePath(name).suffix` without building the path: "" for "a." and ".profile"."""
    i = name.rfind(".")
    return name[i:] if 0 < i < len(name) - 1 else ""


def _relative(path: str, root: str) -> str:
    return os.path.relpath(path, root).replace(os.sep, "/")


def _entry_line(rel: str, st: os.stat_result, kind: str) -> bytes:
    return f"{rel}\0{kind}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_mode}".encode(
        "utf-8", "surrogateescape"
    )


def _hash_entry(h, location: str, rel: str) -> str:
    """Feed one entry (not followed; a link also by its target's stat) to the fingerprint; its
    kind ("d", "l", "f", or "?" when it cannot be stat'ed)."""
    try:
        st = os.lstat(location)
    except OSError as exc:
        h.update(f"{rel}\0error {exc.errno}\n".encode("utf-8", "surrogateescape"))
        return "?"
    kind = "l" if stat.S_ISLNK(st.st_mode) else "d" if stat.S_ISDIR(st.st_mode) else "f"
    line = _entry_line(rel, st, kind)
    if kind == "l":
        with contextlib.suppress(OSError):
            t = os.stat(location)
            line += f"\0{t.st_size}\0{t.st_mtime_ns}\0{t.st_mode}".encode()
    h.update(line + b"\n")
    return kind


def _hash_hidden_tree(h, folder: str, root: str) -> int:
    """A hidden folder is not read, but what is in it is in the fingerprint (as before the
    single walk); the non-hidden files in it are counted as landed files."""
    files = 0

    def unreadable(exc: OSError) -> None:
        h.update(f"\0unreadable\0{exc.filename}\0{exc.errno}\n".encode("utf-8", "surrogateescape"))

    for dirpath, dirnames, filenames in os.walk(folder, onerror=unreadable, followlinks=False):
        dirnames.sort()
        for name in sorted(dirnames) + sorted(filenames):
            kind = _hash_entry(
                h, os.path.join(dirpath, name), _relative(os.path.join(dirpath, name), root)
            )
            if name in filenames and not name.startswith("."):
                files += 1
            elif kind == "l" and not name.startswith("."):
                files += 1
    return files


def scan_city(
    raw_root: Path,
    city_slug: str,
    ignored: list[dict[str, str]] | None = None,
    fingerprint=None,
) -> tuple[list[LandedFile], list[str]]:
    """Files landed for one city; anything outside the landing folder (symlinks included),
    hidden or of an unsupported type is refused with a reason, never read. Hidden entries and
    folders that cannot be listed are added to `ignored` (path and reason).

    With `fingerprint` (a hashlib object), every entry seen is also fed to it (see the module's
    text). Paths are handled as strings (one `lstat` per file, no Path object): the scan of a
    landing folder of 100,000 files is what a refresh with one changed document pays for every
    file."""
    files, refused, _ = _scan_city(raw_root, city_slug, ignored, fingerprint)
    return files, refused


def _scan_city(
    raw_root: Path, city_slug: str, ignored: list[dict[str, str]] | None, h
) -> tuple[list[LandedFile], list[str], int]:
    """`scan_city`, and the number of landed files (not hidden; refused ones too) it saw."""
    root = str(raw_root.resolve())
    folder = os.path.join(root, city_slug)
    files: list[LandedFile] = []
    refused: list[str] = []
    seen = 0
    ignored = ignored if ignored is not None else []
    if h is not None:
        h.update(b"\0city\0" + city_slug.encode())
    if not os.path.isdir(folder):
        if h is not None:
            h.update(b"\0absent\0" if not os.path.lexists(folder) else b"\0not a folder\0")
        return files, refused, seen
    if not _inside(os.path.realpath(folder), root):
        if h is not None:
            h.update(b"\0outside\0" + os.path.realpath(folder).encode("utf-8", "surrogateescape"))
        # counted as a landed entry: the job runs and says why it is refused
        return (
            files,
            [f"{city_slug}/: the city folder points outside the landing folder; refused"],
            1,
        )
    cut = len(root) + 1  # the relative path: what follows "<root>/"

    def unreadable(exc: OSError) -> None:
        where = _relative(exc.filename, root) if exc.filename else city_slug
        if h is not None:
            h.update(f"\0unreadable\0{where}\0{exc.errno}\n".encode("utf-8", "surrogateescape"))
        ignored.append(
            _ignored(where + "/", f"folder cannot be read ({exc.strerror}): its files are not read")
        )

    for dirpath, dirnames, filenames in os.walk(folder, onerror=unreadable, followlinks=False):
        rel_dir = dirpath[cut:].replace(os.sep, "/")
        for d in sorted(dirnames):
            location = os.path.join(dirpath, d)
            if h is not None:
                kind = _hash_entry(h, location, f"{rel_dir}/{d}")
                if kind == "l" and not d.startswith("."):
                    seen += 1  # a link to a folder: not walked, counted as a landed entry
            if d.startswith("."):
                ignored.append(
                    _ignored(f"{rel_dir}/{d}/", "hidden (its name starts with a dot): not read")
                )
                if h is not None and not os.path.islink(location):
                    seen += _hash_hidden_tree(h, location, root)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            location = os.path.join(dirpath, name)
            rel = f"{rel_dir}/{name}"
            if name.startswith("."):
                if h is not None:
                    _hash_entry(h, location, rel)
                ignored.append(_ignored(rel, "hidden (its name starts with a dot): not read"))
                continue
            seen += 1
            try:
                st = os.lstat(location)
                read_location = None
                if h is not None:
                    line = _entry_line(rel, st, "l" if stat.S_ISLNK(st.st_mode) else "f")
                if stat.S_ISLNK(st.st_mode):
                    if h is not None:
                        with contextlib.suppress(OSError):
                            t = os.stat(location)
                            line += f"\0{t.st_size}\0{t.st_mtime_ns}\0{t.st_mode}".encode()
                        h.update(line + b"\n")
                    target = os.path.realpath(location)
                    if not _inside(target, root):
                        refused.append(
                            f"{rel}: a symbolic link to outside the landing folder; refused"
                        )
                        continue
                    st = os.stat(target)
                    read_location = target
                elif h is not None:
                    h.update(line + b"\n")
                if not stat.S_ISREG(st.st_mode):
                    refused.append(f"{rel}: not a regular file; refused")
                    continue
            except OSError as exc:
                if h is not None:
                    h.update(f"{rel}\0error {exc.errno}\n".encode("utf-8", "surrogateescape"))
                ignored.append(_ignored(rel, f"cannot be read ({exc.strerror})"))
                refused.append(f"{rel}: cannot be read ({exc.strerror})")
                continue
            suffix = _suffix(name)
            if suffix.lower() not in SUPPORTED_SUFFIXES:
                refused.append(f"{rel}: unsupported file type {suffix!r} (txt, html, pdf are read)")
                continue
            files.append(
                LandedFile(city_slug, rel, location, st.st_size, st.st_mtime_ns, read_location)
            )
    return files, refused, seen


def walk_landing(raw_root: Path, city_slugs: list[str]) -> Landing:
    """Every registry city's landing folder, walked once: the fingerprint (what a refresh would
    read; nothing is opened; a folder that cannot be listed counts as its error, so the check
    never says "unchanged" about what it could not see), the landed files, each city's listing."""
    h = hashlib.sha256(str(raw_root).encode() + b"\0" + str(raw_root.resolve()).encode())
    cities: dict[str, CityListing] = {}
    files = 0
    for slug in sorted(city_slugs):
        listing = CityListing()
        listing.files, listing.refused, seen = _scan_city(raw_root, slug, listing.ignored, h)
        files += seen
        cities[slug] = listing
    return Landing(str(raw_root), h.hexdigest(), files, cities)
