"""Read-only SQL on the published marts, bounded in time and memory.

- The connection cannot read or write other files, install extensions or change its settings.
- A query runs at most ``INTEGRA_QUERY_TIMEOUT_SECONDS`` (default 60 s; a timer thread calls
  DuckDB's ``interrupt()``) and DuckDB may use at most ``INTEGRA_QUERY_MEMORY_LIMIT`` (default
  2GB, set before the configuration is locked).
- DuckDB's whole error message is kept: its hints ("Did you mean", "Candidate bindings") and the
  caret under the mistake.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass, field

from integra.settings import (
    DEFAULT_QUERY_MEMORY_LIMIT,
    DEFAULT_QUERY_TIMEOUT_SECONDS,
    SettingsError,
    paths,
    settings,
)

DEFAULT_TIMEOUT_SECONDS = DEFAULT_QUERY_TIMEOUT_SECONDS
DEFAULT_MEMORY_LIMIT = DEFAULT_QUERY_MEMORY_LIMIT
TIMEOUT_ENV = "INTEGRA_QUERY_TIMEOUT_SECONDS"
MEMORY_ENV = "INTEGRA_QUERY_MEMORY_LIMIT"


class QueryError(Exception):
    pass


@dataclass
class QueryLimits:
    timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS  # 0: no time limit
    memory_limit: str = DEFAULT_MEMORY_LIMIT

    @classmethod
    def from_env(
        cls, timeout_seconds: float | None = None, memory_limit: str | None = None
    ) -> QueryLimits:
        """Explicit values first, then the environment, then the defaults; bad values are a
        one-line QueryError."""
        if timeout_seconds is None:
            try:
                timeout_seconds = settings().query_timeout_seconds
            except SettingsError as exc:
                raise QueryError(str(exc)) from None
            if timeout_seconds is None:
                timeout_seconds = DEFAULT_TIMEOUT_SECONDS
        if timeout_seconds < 0 or math.isnan(timeout_seconds):
            raise QueryError(
                f"the time limit must be 0 (none) or more seconds, got {timeout_seconds}"
            )
        memory = memory_limit or settings().query_memory_limit
        return cls(float(timeout_seconds), memory)


@dataclass
class StatementResult:
    sql: str
    columns: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)


def _open_error(p, exc: BaseException) -> QueryError:
    text = str(exc).strip()
    low = text.lower()
    if "lock" in low:
        why = "another program holds a write lock on it (close it, or open it with -readonly / read_only=True)"
    else:
        why = "it is damaged or not a DuckDB file (roll back with `integra publish --rollback` or run `integra refresh`)"
    first = (text.splitlines() or [""])[0][:300]
    return QueryError(f"the published file {p} cannot be opened: {why}. DuckDB said: {first}")


def connect_published(path=None, limits: QueryLimits | None = None):
    """A read-only connection to the published file that cannot touch other files."""
    import duckdb

    p = path or paths().published_db
    if not p.exists():
        raise QueryError(
            f"nothing is published yet ({p} does not exist): run `integra refresh` first"
        )
    config = {
        "enable_external_access": False,
        "autoinstall_known_extensions": False,
        "autoload_known_extensions": False,
        "lock_configuration": True,
    }
    if limits is not None:
        config = {"memory_limit": limits.memory_limit, **config}
    try:
        return duckdb.connect(str(p), read_only=True, config=config)
    except (duckdb.Error, OSError) as exc:
        if limits is not None and "memory" in str(exc).lower():
            raise QueryError(
                f"the memory limit {limits.memory_limit!r} is not valid ({MEMORY_ENV} or "
                f"--memory-limit; e.g. 2GB, 500MB)"
            ) from None
        raise _open_error(p, exc) from None


def _error_text(exc: BaseException, limits: QueryLimits) -> str:
    import duckdb

    text = str(exc).strip()
    if isinstance(exc, duckdb.InterruptException):
        return (
            f"the query was stopped after its time limit of {limits.timeout_seconds:g} s "
            f"(set {TIMEOUT_ENV} or --timeout; 0 means no limit)"
        )
    if isinstance(exc, duckdb.OutOfMemoryException):
        first = (text.splitlines() or [""])[0]
        return (
            f"the query needs more memory than its cap of {limits.memory_limit} "
            f"(set {MEMORY_ENV} or --memory-limit). DuckDB said: {first}"
        )
    return text


def run_statements(
    sql: str, params: list | None = None, limits: QueryLimits | None = None
) -> list[StatementResult]:
    """Run every statement of ``sql`` in order; return each one's columns and rows.

    Raises QueryError for an empty query (only whitespace or comments), a DuckDB error (whole
    message), a time-out or a memory-cap hit."""
    import duckdb

    limits = limits or QueryLimits.from_env()
    con = connect_published(limits=limits)
    timer = None
    try:
        try:
            statements = con.extract_statements(sql)
        except duckdb.Error as exc:
            raise QueryError(_error_text(exc, limits)) from None
        if not statements:
            raise QueryError("the query is empty (only whitespace or comments): nothing to run")
        if params and len(statements) > 1:
            raise QueryError("parameters can be used with one statement only")
        if limits.timeout_seconds > 0:
            timer = threading.Timer(limits.timeout_seconds, con.interrupt)
            timer.daemon = True
            timer.start()
        out = []
        for st in statements:
            try:
                cur = con.execute(st.query, params or []) if params else con.execute(st)
                if cur.description is None:
                    out.append(StatementResult(st.query.strip()))
                    continue
                columns = [d[0] for d in cur.description]
                out.append(StatementResult(st.query.strip(), columns, cur.fetchall()))
            except duckdb.Error as exc:
                raise QueryError(_error_text(exc, limits)) from None
        return out
    finally:
        if timer is not None:
            timer.cancel()
        con.close()


def run_query(
    sql: str, params: list | None = None, limits: QueryLimits | None = None
) -> tuple[list[str], list[tuple]]:
    """The columns and rows of the last statement of ``sql`` (see run_statements)."""
    last = run_statements(sql, params, limits)[-1]
    return last.columns, last.rows
