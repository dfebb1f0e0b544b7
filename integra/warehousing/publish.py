"""Write-audit-publish on DuckDB files: readers only ever open a file that is complete.

Layout under INTEGRA_HOME/published/::

    versions/v0001.duckdb ... vNNNN.duckdb   complete, gate-passed versions (last K kept), 0444
    current.duckdb                           a separate copy of one of them (a reflink where the
                                             file system can), 0444
    .publish.lock                            serialises publish / rollback / pruning

`publish` writes ``versions/vNNNN.duckdb.tmp`` (ATTACH the build file read-only, CREATE TABLE AS
for every mart, plus meta_publication, meta_gate_results, meta_quarantine), CHECKPOINTs, closes,
fsyncs the file and the directory, renames it to ``vNNNN.duckdb``, then points ``current.duckdb``
at it with ``os.replace`` of a fresh copy and fsyncs ``published/``.

Current and the kept versions are separate files, and all are read-only (0444): a write that
reaches current.duckdb (an analyst's `duckdb` without ``-readonly``, run as root, or a
truncation) can never damage the rollback copy. Publication and rollback record the version and
its row counts in the state (`integra.warehousing.state`) while they hold the publish lock, so a
rollback landing during a publication is never overwritten by it.

Why readers never see a half-written state and never get a lock error: DuckDB allows one writer or
several readers *per file*; the pipeline never opens current.duckdb for writing, it only replaces
the directory entry. A reader that opened the old file keeps its inode (and its consistent old
version) until it closes it; the next open gets the new file. A killed publish leaves at most a
``*.tmp`` file (removed by the next publish) or a complete version that was never made current.

Readers: `open_published_readonly()` (read_only=True, no extension autoload/autoinstall). Open a
connection per query or per page build and close it: DuckDB caches an open database per path
inside one process, so a connection kept open pins the version it first saw.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import re
import shutil
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from integra.settings import paths, settings
from integra.warehousing.faults import pause_point
from integra.warehousing.gate import MARTS, MARTS_SCHEMA_CANDIDATES, GateResult
from integra.warehousing.locking import publish_lock
from integra.warehousing.publication import DUCKDB_CONFIG, PublishedVersion, read_publication

if TYPE_CHECKING:
    import duckdb

VERSION_RE = re.compile(r"^v(\d{4,})\.duckdb$")
META_TABLES = ("meta_publication", "meta_gate_results", "meta_quarantine")


log = logging.getLogger(__name__)


class PublishError(RuntimeError):
    """Publication refused or failed; the published version is unchanged."""


class GateBlockedPublishError(PublishError):
    """The gate failed: nothing was published. Carries the gate result."""

    def __init__(self, gate_result: GateResult) -> None:
        super().__init__("publication blocked by the data-quality gate\n" + gate_result.summary)
        self.gate_result = gate_result


# --------------------------------------------------------------------------------------------
# Small filesystem helpers
# --------------------------------------------------------------------------------------------


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _connect(path: Path | str, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    import duckdb

    return duckdb.connect(str(path), read_only=read_only, config=dict(DUCKDB_CONFIG))


def _sql_str(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def keep_versions_from_env() -> int:
    """INTEGRA_KEEP_VERSIONS (SettingsError, a ValueError, when it is not a whole number >= 1)."""
    return settings().keep_versions


def _published_dir(published_dir: Path | str | None) -> Path:
    return Path(published_dir) if published_dir is not None else paths().published_dir


def _version_files(versions_dir: Path) -> dict[int, Path]:
    out: dict[int, Path] = {}
    if versions_dir.is_dir():
        for f in versions_dir.iterdir():
            m = VERSION_RE.match(f.name)
            if m:
                out[int(m.group(1))] = f
    return out


def version_path(versions_dir: Path, version: int) -> Path:
    return versions_dir / f"v{version:04d}.duckdb"


# --------------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------------


def open_published_readonly(path: Path | str | None = None) -> duckdb.DuckDBPyConnection:
    """A read-only connection to published/current.duckdb (or `path`): for `integra query`,
    the dashboards and tests. Close it when done (see the module docstring)."""
    target = Path(path) if path is not None else paths().published_db
    if not target.exists():
        raise FileNotFoundError(
            f"nothing is published yet: {target} does not exist (run `integra refresh`)"
        )
    return _connect(target, read_only=True)


def current_version(published_dir: Path | str | None = None) -> PublishedVersion | None:
    """The version readers get now (from current.duckdb's meta_publication), or None."""
    pub = _published_dir(published_dir)
    info = read_publication(pub / "current.duckdb")
    if info is not None:
        info.is_current = True
        info.path = version_path(pub / "versions", info.version)
    return info


def list_versions(published_dir: Path | str | None = None) -> list[PublishedVersion]:
    """Every kept version, oldest first, with the current one flagged."""
    pub = _published_dir(published_dir)
    cur = read_publication(pub / "current.duckdb")
    out = []
    for n, f in sorted(_version_files(pub / "versions").items()):
        info = read_publication(f) or PublishedVersion(version=n, path=f)
        info.path = f
        info.is_current = cur is not None and cur.version == n
        out.append(info)
    return out


# --------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------


def _cleanup_leftovers(pub: Path) -> list[Path]:
    """Remove what a killed publish/rollback left: versions/*.tmp(.wal) and .current.*.tmp."""
    removed = []
    patterns = [(pub / "versions", "*.tmp"), (pub / "versions", "*.tmp.wal"), (pub, ".current.*")]
    for base, pattern in patterns:
        if not base.is_dir():
            continue
        for f in base.glob(pattern):
            with contextlib.suppress(FileNotFoundError):
                f.unlink()
                removed.append(f)
    return removed


READ_ONLY_MODE = 0o444
FICLONE = 0x40049409  # linux/fs.h: share the blocks (btrfs, XFS); separate files all the same


def _copy_file(src: Path, dst: Path) -> None:
    """A separate file with src's bytes: a reflink where the file system offers one, else a copy."""
    import fcntl

    with open(src, "rb") as fin, open(dst, "wb") as fout:
        try:
            fcntl.ioctl(fout.fileno(), FICLONE, fin.fileno())
        except OSError:
            shutil.copyfileobj(fin, fout, 1 << 20)
        fout.flush()
        os.fsync(fout.fileno())


def _point_current_at(pub: Path, version_file: Path) -> None:
    """Atomically make current.duckdb a read-only copy of the given version file."""
    tmp = pub / f".current.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp"
    try:
        _copy_file(version_file, tmp)
        os.chmod(tmp, READ_ONLY_MODE)
        _fsync_dir(pub)
        pause_point("publish_swap")
        os.replace(tmp, pub / "current.duckdb")
        _fsync_dir(pub)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def _build_marts_schema(con: duckdb.DuckDBPyConnection) -> str:
    wanted = settings().marts_schema
    found = {
        r[0]: r[1]
        for r in con.execute(
            "SELECT table_schema, count(*) FROM information_schema.tables "
            "WHERE table_catalog = 'build' GROUP BY table_schema"
        ).fetchall()
    }
    for schema in (wanted,) if wanted else MARTS_SCHEMA_CANDIDATES:
        if found.get(schema):
            return schema
    raise PublishError(f"the build file has no marts schema ({MARTS_SCHEMA_CANDIDATES})")


def _quarantine_rows(con: duckdb.DuckDBPyConnection) -> None:
    """meta_quarantine from build raw.quarantine: rows of documents still current."""
    tables = {
        r[0]
        for r in con.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_catalog = 'build' AND table_schema = 'raw'"
        ).fetchall()
    }
    con.execute(
        "CREATE TABLE main.meta_quarantine (document_id VARCHAR, city_slug VARCHAR, "
        "source_file VARCHAR, sha256 VARCHAR, reason VARCHAR, ingested_at TIMESTAMP)"
    )
    if "quarantine" not in tables:
        return
    current_filter = ""
    if "documents" in tables:
        current_filter = (
            " WHERE q.document_id IN (SELECT document_id FROM build.raw.documents WHERE is_current)"
        )
    con.execute(
        "INSERT INTO main.meta_quarantine SELECT q.document_id, q.city_slug, q.source_file, "
        "q.sha256, q.reason, CAST(q.ingested_at AS TIMESTAMP) FROM build.raw.quarantine q"
        + current_filter
        + " ORDER BY q.city_slug, q.source_file"
    )


def _write_version_file(
    tmp: Path,
    build_db: Path,
    *,
    version: int,
    gate_result: GateResult,
    run_id: str,
    quarantine_rows: list[dict[str, Any]] | None,
) -> dict[str, int]:
    con = _connect(tmp, read_only=False)
    try:
        con.execute(f"ATTACH {_sql_str(str(build_db))} AS build (READ_ONLY)")
        schema = _build_marts_schema(con)
        counts: dict[str, int] = {}
        withheld = gate_result.withheld_rows or {}
        for i, mart in enumerate(MARTS):
            con.execute(
                f'CREATE TABLE main."{mart}" AS SELECT * FROM build."{schema}"."{mart}" AS m'
                + _without_withheld(con, withheld.get(mart))
            )
            counts[mart] = int(con.execute(f'SELECT count(*) FROM main."{mart}"').fetchone()[0])
            if i == 0:
                pause_point("publish_copy")
        _comment_columns(con)
        expected = gate_result.row_counts or {}
        changed = {m: (expected[m], counts[m]) for m in expected if counts.get(m) != expected[m]}
        if changed:
            raise PublishError(
                "the build changed after the gate validated it (rows gate -> now): "
                + ", ".join(f"{m} {a} -> {b}" for m, (a, b) in changed.items())
            )
        # the metadata in one transaction (each statement alone is a commit and a sync)
        con.execute("BEGIN TRANSACTION")
        if quarantine_rows is None:
            _quarantine_rows(con)
        else:
            con.execute(
                "CREATE TABLE main.meta_quarantine (document_id VARCHAR, city_slug VARCHAR, "
                "source_file VARCHAR, sha256 VARCHAR, reason VARCHAR, ingested_at TIMESTAMP)"
            )
            cols = ["document_id", "city_slug", "source_file", "sha256", "reason", "ingested_at"]
            con.executemany(
                "INSERT INTO main.meta_quarantine VALUES (?, ?, ?, ?, ?, ?)",
                [[r.get(c) for c in cols] for r in quarantine_rows],
            )
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        for doc in gate_result.withheld_documents or []:
            con.execute(
                "INSERT INTO main.meta_quarantine VALUES (?, ?, ?, NULL, ?, ?)",
                [
                    doc.get("document_id"),
                    doc.get("city_slug"),
                    doc.get("source_file"),
                    "withheld by the data-quality gate: " + "; ".join(doc.get("reasons", [])),
                    now,
                ],
            )
        con.execute(
            "CREATE TABLE main.meta_gate_results (suite VARCHAR, mart VARCHAR, "
            "expectation VARCHAR, severity VARCHAR, success BOOLEAN, observed VARCHAR, "
            "offending_rows VARCHAR)"
        )
        rows = [
            [
                r.suite,
                r.mart,
                r.expectation,
                r.severity,
                bool(r.success),
                r.observed,
                json.dumps(r.offending_rows, ensure_ascii=False, default=str),
            ]
            for r in gate_result.results
        ]
        if rows:
            con.executemany("INSERT INTO main.meta_gate_results VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        con.execute(
            "CREATE TABLE main.meta_publication (version INTEGER, published_at TIMESTAMP, "
            "run_id VARCHAR, source_build VARCHAR, row_counts VARCHAR)"
        )
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        con.execute(
            "INSERT INTO main.meta_publication VALUES (?, ?, ?, ?, ?)",
            [version, now, run_id, str(build_db), json.dumps(counts, sort_keys=True)],
        )
        con.execute("COMMIT")
        con.execute("DETACH build")
        con.execute("CHECKPOINT")
        return counts
    finally:
        con.close()


def _comment_columns(con: duckdb.DuckDBPyConnection) -> None:
    """Each published mart column carries the contract's words as its DuckDB comment: a JSON
    object {"description", "label_pl", "label_en"} (empty ones left out), so readers of the
    published file (the site) label a column without reading dbt_project/."""
    from integra.warehousing.contract import contract

    have = {
        (t, c)
        for t, c in con.execute(
            "SELECT table_name, column_name FROM duckdb_columns() "
            "WHERE schema_name = 'main' AND database_name = current_database()"
        ).fetchall()
    }
    marts = contract()
    # one transaction: DuckDB commits (and syncs) every statement by itself, ~200 of them here
    con.execute("BEGIN TRANSACTION")
    for mart in MARTS:
        for col in marts[mart].columns if mart in marts else ():
            if (mart, col.name) not in have:
                continue
            words = {"description": col.description, "label_pl": col.label_pl}
            words["label_en"] = col.label_en
            text = json.dumps({k: v for k, v in words.items() if v}, ensure_ascii=False)
            con.execute(f'COMMENT ON COLUMN main."{mart}"."{col.name}" IS {_sql_str(text)}')
    con.execute("COMMIT")


def _without_withheld(con: duckdb.DuckDBPyConnection, withheld: dict[str, Any] | None) -> str:
    """A WHERE clause leaving out the rows the gate withheld (key tuples compared as text)."""
    con.execute("DROP TABLE IF EXISTS temp.withheld_keys")
    if not withheld or not withheld.get("keys"):
        return ""
    cols = list(withheld["columns"])
    con.execute(
        "CREATE TEMP TABLE withheld_keys ("
        + ", ".join(f"k{i} VARCHAR" for i in range(len(cols)))
        + ")"
    )
    con.executemany(
        "INSERT INTO temp.withheld_keys VALUES (" + ", ".join("?" for _ in cols) + ")",
        [[None if v is None else str(v) for v in key] for key in withheld["keys"]],
    )
    match = " AND ".join(f'w.k{i} = CAST(m."{c}" AS VARCHAR)' for i, c in enumerate(cols))
    return f" WHERE NOT EXISTS (SELECT 1 FROM temp.withheld_keys w WHERE {match})"


def _prune(pub: Path, keep: int) -> list[Path]:
    """Delete all but the `keep` newest versions, never the current one."""
    files = _version_files(pub / "versions")
    cur = read_publication(pub / "current.duckdb")
    keep_set = set(sorted(files)[-keep:])
    if cur is not None:
        keep_set.add(cur.version)
    removed = []
    for n, f in files.items():
        if n not in keep_set:
            with contextlib.suppress(FileNotFoundError):
                f.unlink()
                removed.append(f)
    return removed


def publish(
    build_db: Path | str | None = None,
    *,
    gate_result: GateResult,
    run_id: str | None = None,
    quarantine_rows: list[dict[str, Any]] | None = None,
    published_dir: Path | str | None = None,
    keep: int | None = None,
    state_values: dict[str, Any] | None = None,
) -> PublishedVersion:
    """Publish the build's marts as a new version and make it current, atomically.

    Raises GateBlockedPublishError when ``gate_result.passed`` is False (nothing is touched) and
    PublishError when the build no longer matches what the gate validated. Any failure before
    the final ``os.replace`` leaves current.duckdb as it was, byte for byte.
    `quarantine_rows` overrides reading build ``raw.quarantine`` (current documents only).
    When publishing to INTEGRA_HOME, the version, its row counts and `state_values` (e.g. the
    build's fingerprint) are recorded in the state before the publish lock is released.
    """
    if not gate_result.passed:
        raise GateBlockedPublishError(gate_result)
    build = Path(build_db) if build_db is not None else paths().build_db
    if not build.exists():
        raise PublishError(f"build file {build} does not exist")
    build = build.resolve()
    pub = _published_dir(published_dir)
    versions = pub / "versions"
    keep = keep_versions_from_env() if keep is None else keep
    run_id = run_id or gate_result.run_id or uuid.uuid4().hex
    versions.mkdir(parents=True, exist_ok=True)
    with publish_lock(pub):
        _cleanup_leftovers(pub)
        cur = read_publication(pub / "current.duckdb")
        existing = _version_files(versions)
        version = max([0, *existing, cur.version if cur else 0]) + 1
        final = version_path(versions, version)
        tmp = final.with_name(final.name + ".tmp")
        try:
            counts = _write_version_file(
                tmp,
                build,
                version=version,
                gate_result=gate_result,
                run_id=run_id,
                quarantine_rows=quarantine_rows,
            )
            os.chmod(tmp, READ_ONLY_MODE)
            _fsync_file(tmp)
            _fsync_dir(versions)
            os.rename(tmp, final)
            _fsync_dir(versions)
        except BaseException:
            for f in (tmp, tmp.with_name(tmp.name + ".wal")):
                with contextlib.suppress(FileNotFoundError):
                    f.unlink()
            raise
        _point_current_at(pub, final)
        _record_in_state(
            pub, version, counts, gate_result, **(state_values or {}), rolled_back=None
        )
        _prune(pub, keep)
    info = read_publication(final) or PublishedVersion(version=version, path=final)
    info.path = final
    info.row_counts = info.row_counts or counts
    info.is_current = True
    return info


def rollback(
    to_version: int | None = None, *, published_dir: Path | str | None = None
) -> PublishedVersion:
    """Point current.duckdb at an older kept version (the one before the current by default).

    Atomic like publish. The next publish gets a new, higher version number."""
    pub = _published_dir(published_dir)
    with publish_lock(pub):
        _cleanup_leftovers(pub)
        files = _version_files(pub / "versions")
        cur = read_publication(pub / "current.duckdb")
        if to_version is None:
            if cur is None:
                raise PublishError("nothing is published: no version to roll back from")
            older = [n for n in files if n < cur.version]
            if not older:
                raise PublishError(
                    f"no kept version older than the current v{cur.version:04d} "
                    f"(kept: {', '.join(f'v{n:04d}' for n in sorted(files)) or 'none'})"
                )
            to_version = max(older)
        if to_version not in files:
            raise PublishError(
                f"version v{to_version:04d} is not kept "
                f"(kept: {', '.join(f'v{n:04d}' for n in sorted(files)) or 'none'})"
            )
        info = verify_version(files[to_version], to_version)
        _point_current_at(pub, files[to_version])
        _record_in_state(
            pub,
            to_version,
            info.row_counts,
            rolled_back={
                "to": to_version,
                "from": cur.version if cur else None,
                "at": dt.datetime.now(dt.UTC).isoformat(),
            },
        )
    info.path = files[to_version]
    info.is_current = True
    return info


def verify_version(path: Path, version: int | None = None) -> PublishedVersion:
    """The version file's publication record, after checking the file is whole: it opens, its
    meta_publication names `version`, and every mart and meta table is there with the row
    counts recorded at publication. PublishError naming what is wrong otherwise."""
    name = path.name
    try:
        con = _connect(path, read_only=True)
    except Exception as exc:
        raise PublishError(
            f"{name} cannot be opened ({_first_line(exc)}): not switching to it"
        ) from None
    try:
        try:
            row = con.execute(
                "SELECT version, published_at, run_id, source_build, row_counts "
                "FROM main.meta_publication ORDER BY version DESC LIMIT 1"
            ).fetchone()
        except Exception as exc:
            raise PublishError(
                f"{name} has no readable meta_publication ({_first_line(exc)})"
            ) from None
        if row is None or (version is not None and int(row[0]) != version):
            raise PublishError(
                f"{name} says it is version {row[0] if row else 'none'}, not {version}"
            )
        try:
            recorded = json.loads(row[4]) if row[4] else {}
        except ValueError:
            raise PublishError(f"{name}: its recorded row counts are not JSON") from None
        problems = []
        for mart in (*MARTS, *META_TABLES):
            try:
                n = int(con.execute(f'SELECT count(*) FROM main."{mart}"').fetchone()[0])
            except Exception as exc:
                problems.append(f"{mart} unreadable ({_first_line(exc)})")
                continue
            if mart in MARTS and recorded.get(mart) != n:
                problems.append(f"{mart} has {n} rows, {recorded.get(mart)} were published")
        if problems:
            raise PublishError(f"{name} is damaged: " + "; ".join(problems[:5]))
    finally:
        con.close()
    published_at = row[1].isoformat() if hasattr(row[1], "isoformat") else row[1]
    return PublishedVersion(
        version=int(row[0]),
        path=path,
        published_at=published_at,
        run_id=row[2],
        source_build=row[3],
        row_counts=recorded,
    )


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]


def _record_in_state(
    pub: Path,
    version: int,
    row_counts: dict[str, int],
    gate_result: GateResult | None = None,
    **values: Any,
) -> None:
    """Record what readers get now in INTEGRA_HOME's state (only for INTEGRA_HOME's published
    folder), while the caller holds the publish lock. A publication first records what the gate
    found on the version (`gate/slice.py`'s basis: the next gate validates only the rows that
    differ from it); a rollback leaves the basis of another version, so the next gate is whole."""
    from .gate.slice import write_basis
    from .state import update_state

    p = paths()
    if pub.resolve() != p.published_dir.resolve():
        return
    if gate_result is not None:
        write_basis(p, version, gate_result)
    update_state(p, published_version=version, published_row_counts=dict(row_counts), **values)
