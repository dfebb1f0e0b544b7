"""Dagster's SQLite event log without an fsync and a checkpoint per write (issue 15).

Dagster's `SqliteEventLogStorage` opens a new SQLite engine and connection for every write
(`NullPool`), and its files are in WAL mode with SQLite's default `synchronous=FULL`: each
commit syncs the WAL, and each close of what is then the file's last connection checkpoints the
WAL into the database (two more syncs). A refresh stores ~170 events, each written to the run's
shard and to the index shard (a few connections each: ~1,000 per refresh), which cost 9.9 of a
one-changed refresh's 56 s at 10,000 documents on the loaded machine (cProfile,
`sqlite_event_log.py _connect`).

`keep_event_log_open(instance)` makes the instance of one `integra refresh` keep one open
connection per shard (so no close checkpoints: SQLite checkpoints by itself every 1,000 pages) and
commit with `synchronous=NORMAL`, which in WAL mode is durable across a killed process (the
written pages are the kernel's) and may lose only the last commits on a power cut, never
corrupting the file. The writes and the transactions are Dagster's own, under its own lock; the
UI, the daemon and other processes keep Dagster's storage as it is and read the same files
(WAL lets readers in while a writer holds a connection). `instance.dispose()` closes them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any


def keep_event_log_open(instance: Any) -> bool:
    """Give the instance's SQLite event log one open connection per shard, committed with
    `synchronous=NORMAL`; False (nothing changed) for any other storage."""
    from dagster._core.storage.event_log.sqlite.sqlite_event_log import SqliteEventLogStorage

    storage = instance.event_log_storage
    if type(storage) is not SqliteEventLogStorage or getattr(storage, "_integra_kept", False):
        return False
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import SingletonThreadPool

    engines: dict[str, Any] = {}

    def engine_for(shard: str) -> Any:
        engine = engines.get(shard)
        if engine is None:
            engine = create_engine(
                storage.conn_string_for_shard(shard),
                # one connection per thread, kept open until dispose: no close checkpoint
                poolclass=SingletonThreadPool,
                connect_args={"timeout": _busy_timeout()},
            )
            event.listen(engine, "connect", _normal_sync)
            engines[shard] = engine
        return engine

    @contextlib.contextmanager
    def _connect(shard: str) -> Iterator[Any]:
        with storage._db_lock:
            engine = engine_for(shard)
            if shard not in storage._initialized_dbs:
                storage._initdb(engine)
                storage._initialized_dbs.add(shard)
            with engine.connect() as conn, conn.begin():
                yield conn

    dispose = storage.dispose

    def _dispose() -> None:
        try:
            dispose()
        finally:
            with storage._db_lock:
                for engine in engines.values():
                    with contextlib.suppress(Exception):
                        engine.dispose()
                engines.clear()

    storage._connect = _connect
    storage.dispose = _dispose
    storage._integra_kept = True
    return True


def _busy_timeout() -> float:
    from dagster._core.storage.sqlite import SQLITE_BUSY_TIMEOUT_SECONDS

    return SQLITE_BUSY_TIMEOUT_SECONDS


def _normal_sync(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        # WAL before Dagster creates a new run's shard (it sets WAL itself, after creating the
        # tables and stamping them in rollback-journal mode: ~65 syncs per run); a no-op on a
        # file already in WAL mode
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()
