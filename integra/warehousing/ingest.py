"""Ingestion: landed files -> raw tables in the build warehouse (documents, facts, quarantine).

Pure Python (no Dagster): the Dagster assets and the CLI call `ingest_cities`.
Unchanged files (same path, size and mtime, or same sha256) are not read or extracted again;
a changed file becomes a new document version and the old version is kept.

Each file is opened, hashed, read and extracted in a killable worker process
(`extract.isolation`): a document that fails, hangs in C code or exhausts memory is that document's
rejection, never the run's failure. A file that cannot be read this time (a permission, an I/O
error, a FIFO or symbolic link swapped in after the scan) is reported and recorded nowhere, so the
next refresh tries it again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from integra.extract.fields import SCALAR_FIELDS
from integra.extract.isolation import Job, PoolStats, extract_many, run_isolated
from integra.settings import City, Paths
from integra.settings import cities as registry_cities
from integra.warehousing.state import extractor_identity

from .faults import pause_point
from .landing import (
    LandedFile,
    Landing,
    _ignored,
    scan_city,
)

__all__ = ["extract_many", "ingest_cities", "scan_city", "scan_landing_root"]

# rejections recorded by older versions for a read error (not the document's fault): read again
_READ_ERROR_REASON = "cannot read the file:"

RAW_DDL = """
create schema if not exists raw;
create table if not exists raw.documents (
    document_id varchar not null,
    city_slug varchar not null,
    source_file varchar not null,
    sha256 varchar not null,
    size_bytes bigint,
    mtime_ns bigint,
    encoding varchar,
    media_type varchar,
    status varchar not null,
    problems varchar,
    cleaned_text varchar,
    record_json varchar,
    extractor_version varchar,
    ingested_at timestamp not null,
    is_current boolean not null,
    primary key (document_id)
);
create table if not exists raw.facts (
    document_id varchar not null,
    field varchar not null,
    item_key varchar,
    item_index integer not null,
    value varchar,
    evidence_text varchar,
    evidence_start integer,
    evidence_end integer
);
create table if not exists raw.quarantine (
    document_id varchar not null,
    city_slug varchar not null,
    source_file varchar not null,
    sha256 varchar not null,
    reason varchar not null,
    ingested_at timestamp not null
);
create table if not exists raw.city_registry (
    city_slug varchar primary key,
    city_name varchar,
    voivodeship varchar,
    teryt_gmina varchar,
    population bigint,
    population_date date,
    population_status varchar,
    source varchar
);
"""


@dataclass
class IngestSummary:
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    reextracted: int = 0  # unchanged files read again: the extractor changed since they were read
    removed: int = 0
    rejected: int = 0
    extracted: int = 0
    skipped: list[str] = field(default_factory=list)  # files refused or not read, with reasons
    rejected_files: list[tuple[str, str]] = field(default_factory=list)
    cities: list[str] = field(default_factory=list)
    # landing-folder entries the scan does not read (not a city folder, hidden, unreadable, ...)
    ignored_entries: list[dict[str, str]] = field(default_factory=list)
    retry: int = 0  # files that could not be read this time; tried again at the next refresh
    # where the ingestion's time went, in seconds (see `_Clock`)
    timings: dict[str, float] = field(default_factory=dict)

    def merge(self, other: IngestSummary) -> None:
        for k in (
            "new",
            "changed",
            "unchanged",
            "reextracted",
            "removed",
            "rejected",
            "extracted",
            "retry",
        ):
            setattr(self, k, getattr(self, k) + getattr(other, k))
        self.skipped += other.skipped
        self.rejected_files += other.rejected_files
        self.cities += other.cities
        self.ignored_entries += other.ignored_entries
        for k, v in other.timings.items():
            self.timings[k] = self.timings.get(k, 0.0) + v

    def as_dict(self) -> dict[str, Any]:
        return {
            "new": self.new,
            "changed": self.changed,
            "unchanged": self.unchanged,
            "reextracted": self.reextracted,
            "removed": self.removed,
            "rejected": self.rejected,
            "extracted": self.extracted,
            "skipped": self.skipped,
            "rejected_files": [list(r) for r in self.rejected_files],
            "cities": self.cities,
            "ignored_entries": self.ignored_entries,
            "retry": self.retry,
            "timings": {k: round(v, 3) for k, v in self.timings.items()},
        }


def document_id(source_file: str, sha256: str) -> str:
    return hashlib.sha256(f"{source_file}\n{sha256}".encode()).hexdigest()[:16]


def scan_landing_root(raw_root: Path, known_slugs: Sequence[str]) -> list[dict[str, str]]:
    """Entries at the top of the landing folder that no city scan reads, each with the reason:
    files at the root, hidden entries, folders that are not a registry city (a wrong case too)."""
    known = set(known_slugs)
    by_lower = {s.lower(): s for s in known}
    out: list[dict[str, str]] = []
    try:
        entries = sorted(os.scandir(raw_root), key=lambda e: e.name)
    except OSError as exc:
        return [_ignored(".", f"the landing folder cannot be read ({exc.strerror})")]
    for e in entries:
        name = e.name
        if name in known:
            continue
        if name.startswith("."):
            out.append(_ignored(name, "hidden (its name starts with a dot): not read"))
            continue
        try:
            is_dir = e.is_dir()
        except OSError:
            is_dir = False
        if not is_dir:
            out.append(_ignored(name, "a file at the landing root: documents go in <city_slug>/"))
        elif name.lower() in by_lower:
            out.append(
                _ignored(
                    name + "/",
                    f"not a registry city; city folders are case-sensitive "
                    f"(the registry has {by_lower[name.lower()]!r})",
                )
            )
        else:
            out.append(
                _ignored(
                    name + "/",
                    "not a city of the registry (dbt_project/seeds/cities.csv): not read",
                )
            )
    return out


def connect_build(paths: Paths):
    """The build file, writable. A file DuckDB cannot open (corrupted, truncated, not a
    database) is moved aside (kept for inspection) and a new one is started: the next ingestion
    reads every landed document again, so nothing landed is lost and no manual step is needed."""
    import duckdb

    paths.build_dir.mkdir(parents=True, exist_ok=True)
    config = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
    try:
        con = duckdb.connect(str(paths.build_db), config=config)
        con.execute(RAW_DDL)
        return con
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise  # another process has it open: not corruption
        reason = exc
    except (
        duckdb.SerializationException,
        duckdb.InternalException,
        duckdb.CatalogException,
        duckdb.InvalidInputException,
    ) as exc:
        reason = exc
    import logging
    from datetime import datetime

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = paths.build_db.with_name(f"{paths.build_db.name}.corrupt-{stamp}")
    os.replace(paths.build_db, aside)
    wal = paths.build_db.with_name(paths.build_db.name + ".wal")
    if wal.exists():
        os.replace(wal, aside.with_name(aside.name + ".wal"))
    logging.getLogger(__name__).error(
        "the build file could not be opened (%s); moved aside to %s and rebuilt from the landing folder",
        str(reason).splitlines()[0],
        aside.name,
    )
    con = duckdb.connect(str(paths.build_db), config=config)
    con.execute(RAW_DDL)
    return con


def load_city_registry(
    con, cities: Sequence[City] | None = None, registry: Path | None = None
) -> None:
    import csv

    from integra.settings import settings

    path = settings().registry_path(registry)
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    con.execute("delete from raw.city_registry")
    con.executemany(
        "insert into raw.city_registry values (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                r["city_slug"],
                r["city_name"],
                r["voivodeship"],
                r["teryt_gmina"],
                int(r["population"]) if r.get("population") else None,
                r.get("population_date") or None,
                r.get("population_status"),
                r.get("source"),
            )
            for r in rows
        ],
    )


def fact_rows(doc_id: str, rec: dict[str, Any]) -> list[tuple]:
    """The record in long form: one row per scalar fact, breakdown group and instrument."""
    ev = rec.get("evidence", {})
    rows: list[tuple] = []

    def text_of(v: Any) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, float):
            return repr(round(v, 2)) if v != int(v) else str(int(v)) if abs(v) < 1e15 else repr(v)
        return str(v)

    for key in SCALAR_FIELDS:
        v = rec.get(key)
        if v is None:
            continue
        e = ev.get(key, {})
        rows.append((doc_id, key, None, 0, text_of(v), e.get("text"), e.get("start"), e.get("end")))
    for i, (label, n) in enumerate(rec.get("participants_planned_breakdown", {}).items()):
        e = ev.get(f"participants_planned_breakdown[{label}]", {})
        rows.append(
            (
                doc_id,
                "participants_planned_breakdown",
                label,
                i,
                str(n),
                e.get("text"),
                e.get("start"),
                e.get("end"),
            )
        )
    for i, label in enumerate(rec.get("instruments", [])):
        e = ev.get(f"instruments[{i}]", {})
        rows.append(
            (doc_id, "instruments", None, i, label, e.get("text"), e.get("start"), e.get("end"))
        )
    return rows


WRITE_BATCH_DOCUMENTS = 500
WRITE_QUEUE_BATCHES = 2  # batches waiting for the writer (memory stays bounded)

DOCUMENT_COLUMNS = (
    "document_id",
    "city_slug",
    "source_file",
    "sha256",
    "size_bytes",
    "mtime_ns",
    "encoding",
    "media_type",
    "status",
    "problems",
    "cleaned_text",
    "record_json",
    "extractor_version",
    "ingested_at",
    "is_current",
)
FACT_COLUMNS = (
    "document_id",
    "field",
    "item_key",
    "item_index",
    "value",
    "evidence_text",
    "evidence_start",
    "evidence_end",
)
QUARANTINE_COLUMNS = ("document_id", "city_slug", "source_file", "sha256", "reason", "ingested_at")


@dataclass
class _Batch:
    """Extracted documents waiting to be written, and the versions they replace."""

    documents: list[tuple] = field(default_factory=list)  # rows in DOCUMENT_COLUMNS order
    facts: list[tuple] = field(default_factory=list)
    quarantine: list[tuple] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)
    # versions written before (same path and bytes: a document landed again): their rows go first
    rewritten: list[str] = field(default_factory=list)
    touched: list[tuple[str, int]] = field(default_factory=list)  # same bytes, new mtime

    def __bool__(self) -> bool:
        return bool(self.documents or self.replaced or self.gone or self.touched)


def _arrow(rows: list[tuple], names: Sequence[str]):
    import pyarrow as pa

    return pa.table(list(zip(*rows)), names=list(names))


def _write_batch(con, batch: _Batch) -> None:
    """One transaction: a batch of documents with their facts, and the versions they replace.

    A document's new version and the retirement of its old one commit together; a refresh that dies
    keeps the batches written so far (the next one skips them by size and mtime) and loses none.
    Each table gets one statement per batch, whatever the number of documents in it.
    """
    if not batch:
        return
    con.execute("begin transaction")
    try:
        if batch.replaced or batch.gone:
            ids = batch.replaced + batch.gone
            con.execute(
                "update raw.documents set is_current = false where document_id in (select unnest(?))",
                [ids],
            )
        if batch.touched:
            con.register("touched", _arrow(batch.touched, ("document_id", "mtime_ns")))
            con.execute(
                "update raw.documents d set mtime_ns = t.mtime_ns from touched t "
                "where d.document_id = t.document_id"
            )
            con.unregister("touched")
        if batch.rewritten:
            for table in ("documents", "facts", "quarantine"):
                con.execute(
                    f"delete from raw.{table} where document_id in (select unnest(?))",
                    [batch.rewritten],
                )
        for table, rows, names in (
            ("documents", batch.documents, DOCUMENT_COLUMNS),
            ("facts", batch.facts, FACT_COLUMNS),
            ("quarantine", batch.quarantine, QUARANTINE_COLUMNS),
        ):
            if rows:
                con.register("incoming", _arrow(rows, names))
                con.execute(f"insert into raw.{table} by name select * from incoming")
                con.unregister("incoming")
        pause_point("ingest_write")
        con.execute("commit")
    except Exception:
        # after an I/O error (a full disk) DuckDB has already ended the transaction: roll back
        # if one is left, and let the original error tell what happened
        with contextlib.suppress(Exception):
            con.execute("rollback")
        raise


class _Writer:
    """Writes the batches in a thread of its own, in order, one transaction each, so that the
    parent keeps the extraction workers fed while DuckDB writes (DuckDB releases the GIL).
    Only this thread uses the connection until `close`. Its first error stops it; the parent
    raises that error at its next `put` or at `close`. After a failure of the parent the
    batches still queued are dropped: their documents are read again at the next refresh."""

    def __init__(self, con) -> None:
        import queue
        import threading

        self.con = con
        self.error: BaseException | None = None
        self.seconds = 0.0  # spent writing
        self._queue: queue.Queue[_Batch | None] = queue.Queue(maxsize=WRITE_QUEUE_BATCHES)
        self._abandon = False
        self._thread = threading.Thread(target=self._run, name="integra-ingest-writer")
        self._thread.start()

    def _run(self) -> None:
        import time

        while (batch := self._queue.get()) is not None:
            if self.error is not None or self._abandon:
                continue
            t0 = time.perf_counter()
            try:
                _write_batch(self.con, batch)
            except BaseException as exc:  # handed to the parent
                self.error = exc
            self.seconds += time.perf_counter() - t0

    def check(self) -> None:
        if self.error is not None:
            raise self.error

    def put(self, batch: _Batch) -> None:
        self.check()
        if batch:
            self._queue.put(batch)

    def close(self, *, failed: bool = False) -> None:
        """Wait for the queued batches (or, after a failure, only the one being written)."""
        self._abandon = failed
        self._queue.put(None)
        self._thread.join()
        if not failed:
            self.check()


def _document_row(
    f: LandedFile, rec: dict[str, Any], doc_id: str, outcome: tuple, now: datetime
) -> tuple:
    _, _, cleaned, enc, media, size = outcome
    return (
        doc_id,
        f.city_slug,
        f.source_file,
        rec["sha256"],
        size or f.size,
        f.mtime_ns,
        enc or None,
        media or None,
        rec["status"],
        json.dumps(rec["problems"], ensure_ascii=False),
        cleaned,
        json.dumps(rec, ensure_ascii=False),
        extractor_identity(),
        now,
        True,
    )


def ingest_cities(
    paths: Paths,
    raw_root: Path,
    city_slugs: Sequence[str] | None = None,
    *,
    workers: int | None = None,
    on_progress=None,
    listing: Landing | None = None,
) -> IngestSummary:
    """Ingest the landing folders of the given cities (all registry cities by default).

    `listing`: the landing folder as walked just before (`landing.walk_landing`, by `integra
    refresh` for its "nothing new" check), used instead of walking it again when it is of this
    landing folder and lists every city asked for."""

    known = {c.slug: c for c in registry_cities()}
    slugs = list(city_slugs) if city_slugs else list(known)
    summary = IngestSummary(cities=slugs)
    for slug in slugs:
        if slug not in known:
            summary.skipped.append(f"{slug}: not a city of the registry; refused")
    slugs = [s for s in slugs if s in known]
    clock = _Clock()
    pool = PoolStats()
    usable = False
    con = connect_build(paths)
    writer: _Writer | None = None
    try:
        load_city_registry(con)
        now = datetime.now(UTC).replace(tzinfo=None)
        landed: list[LandedFile] = []
        summary.ignored_entries += scan_landing_root(raw_root, list(known))
        usable = (
            listing is not None
            and listing.raw_root == str(raw_root)
            and all(s in listing.cities for s in slugs)
        )
        for slug in slugs:
            if usable:
                city = listing.cities[slug]
                files, refused = city.files, city.refused
                summary.ignored_entries += city.ignored
            else:
                files, refused = scan_city(raw_root, slug, summary.ignored_entries)
            landed += files
            summary.skipped += refused

        placeholders = ",".join("?" for _ in slugs) or "''"
        existing = {
            row[0]: row[1:]
            for row in con.execute(
                f"select source_file, sha256, size_bytes, mtime_ns, document_id, "
                f"status = 'rejected' and problems like ?, extractor_version from raw.documents "
                f"where is_current and city_slug in ({placeholders})",
                [f"%{_READ_ERROR_REASON}%", *slugs],
            ).fetchall()
        }
        # what may have changed is opened, hashed (same bytes -> unchanged: only the stat is
        # refreshed), read and extracted in the workers; a former read error is always read again,
        # and so is a document another extractor read (its rules or vocabulary changed since)
        jobs: list[Job] = []
        job_files: list[LandedFile] = []
        root = str(raw_root.resolve())
        identity = extractor_identity()
        for f in landed:
            prev = existing.get(f.source_file)
            same_reader = bool(prev) and not prev[4] and prev[5] == identity
            if same_reader and prev[1] == f.size and prev[2] == f.mtime_ns:
                summary.unchanged += 1
                continue
            previous_sha = prev[0] if same_reader else None
            jobs.append(Job(f.read_location or f.location, f.source_file, previous_sha, root))
            job_files.append(f)
        # versions already written (a path landing again with bytes it had before): one query
        recorded = _recorded_versions(con, job_files) if jobs else set()
        clock.lap("scan_s")
        # documents to read: a thread writes while the workers extract (else: nothing to overlap)
        writer = _Writer(con) if jobs else None
        batch = _Batch()
        done = 0
        for index, outcome in run_isolated(jobs, workers, stats=pool):
            clock.lap("waiting_for_results_s")
            assert writer is not None
            writer.check()
            f = job_files[index]
            prev = existing.get(f.source_file)
            done += 1
            if on_progress:
                on_progress(done, len(jobs))
            if outcome[0] == "unchanged":
                batch.touched.append((prev[3], f.mtime_ns))
                summary.unchanged += 1
            elif outcome[0] == "not_read":
                _, reason, transient = outcome
                summary.skipped.append(f"{f.source_file}: {reason}")
                summary.retry += bool(transient)
            else:
                rec = outcome[1]
                summary.extracted += 1
                doc_id = document_id(f.source_file, rec["sha256"])
                if prev and prev[3] == doc_id and not prev[4]:
                    summary.reextracted += 1  # the same bytes, read by a newer extractor
                    batch.replaced.append(prev[3])
                elif prev:
                    summary.changed += 1
                    batch.replaced.append(prev[3])
                else:
                    summary.new += 1
                if doc_id in recorded:
                    batch.rewritten.append(doc_id)
                if rec["status"] == "rejected":
                    summary.rejected += 1
                    reason = "; ".join(rec["problems"])
                    summary.rejected_files.append((f.source_file, reason))
                    batch.quarantine.append(
                        (doc_id, f.city_slug, f.source_file, rec["sha256"], reason, now)
                    )
                else:
                    batch.facts += fact_rows(doc_id, rec)
                batch.documents.append(_document_row(f, rec, doc_id, outcome, now))
            if len(batch.documents) + len(batch.touched) >= WRITE_BATCH_DOCUMENTS:
                writer.put(batch)  # memory stays flat whatever the number of documents
                batch = _Batch()
            clock.lap("handling_results_s")
        present = {f.source_file for f in landed}
        batch.gone = [v[3] for k, v in existing.items() if k not in present]
        summary.removed = len(batch.gone)
        if writer is None:
            _write_batch(con, batch)
        else:
            writer.put(batch)
            writer.close()
        clock.lap("writer_finishing_s")
    except BaseException:
        if writer is not None:
            writer.close(failed=True)
        raise
    finally:
        con.close()
    summary.timings = clock.totals(pool)
    summary.timings["listing_reused"] = float(usable)  # 1: no second walk of the landing folder
    if writer is not None:
        summary.timings["writing_s"] = writer.seconds
    return summary


def _recorded_versions(con, files: Sequence[LandedFile]) -> set[str]:
    """The document ids already in raw.documents among the paths about to be read: a version
    that lands again must replace its rows, not add a second copy."""
    rows = con.execute(
        "select document_id from raw.documents where source_file in (select unnest(?))",
        [[f.source_file for f in files]],
    ).fetchall()
    return {r[0] for r in rows}


class _Clock:
    """Wall time per part of an ingestion, plus the CPU of this process and of its workers."""

    def __init__(self) -> None:
        import resource
        import time

        self._time, self._resource = time, resource
        self.start = self.last = time.perf_counter()
        self.cpu0 = time.process_time()
        c = resource.getrusage(resource.RUSAGE_CHILDREN)
        self.children0 = c.ru_utime + c.ru_stime
        self.parts: dict[str, float] = {}

    def lap(self, part: str) -> None:
        now = self._time.perf_counter()
        self.parts[part] = self.parts.get(part, 0.0) + now - self.last
        self.last = now

    def totals(self, pool: PoolStats) -> dict[str, float]:
        c = self._resource.getrusage(self._resource.RUSAGE_CHILDREN)
        return {
            "wall_s": self._time.perf_counter() - self.start,
            **self.parts,
            "parent_cpu_s": self._time.process_time() - self.cpu0,
            "workers_cpu_s": c.ru_utime + c.ru_stime - self.children0,  # reaped workers
            "workers": pool.workers,
            "workers_start_s": pool.start_s,
            "workers_waited_s": pool.workers_waited_s,
        }
