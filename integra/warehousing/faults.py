"""Named pause points, so fault tests can SIGKILL a refresh at a chosen moment.

``INTEGRA_TEST_PAUSE_AT=<name>`` makes the process that reaches ``pause_point(<name>)`` write its pid
and the name to ``INTEGRA_TEST_PAUSE_MARKER`` (if set) and sleep ``INTEGRA_TEST_PAUSE_SECONDS``
(default 60). Unset (always, outside tests) a pause point is one dictionary lookup.

``INTEGRA_TEST_DISK_FULL_AT=<name>`` instead makes the disk "full" from that point on: the process's
file-size limit (RLIMIT_FSIZE, soft) drops to ``INTEGRA_TEST_DISK_FULL_BYTES`` (default 0), so every
later write that would grow a file fails with EFBIG, in this process and in the ones it starts (dbt).

Points: ``ingest_write`` (a batch of documents inserted, before its commit), ``dbt_start`` (just
before `dbt build` starts), ``gate_validate`` (the gate between two suites), ``publish_copy`` (marts
half copied into the new version file), ``publish_swap`` (the new version complete, before it
replaces current), ``dashboards_write`` (pages being written into the new site folder, before the
swap).
"""

from __future__ import annotations

import os
import time
from pathlib import Path


def pause_point(name: str) -> None:
    if os.environ.get("INTEGRA_TEST_DISK_FULL_AT") == name:
        _fill_disk()
    if os.environ.get("INTEGRA_TEST_PAUSE_AT") != name:
        return
    marker = os.environ.get("INTEGRA_TEST_PAUSE_MARKER")
    if marker:
        Path(marker).write_text(f"{os.getpid()} {name}\n", encoding="ascii")
    time.sleep(float(os.environ.get("INTEGRA_TEST_PAUSE_SECONDS", "60")))


def _fill_disk() -> None:
    import resource
    import signal

    try:  # a write past the limit fails instead of killing (CPython ignores SIGXFSZ already)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    except ValueError:  # not the main thread
        pass
    cap = int(os.environ.get("INTEGRA_TEST_DISK_FULL_BYTES", "0"))
    _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (cap, hard))


DISK_FULL_HINTS = (
    "errno 27",
    "errno 28",
    "file too large",
    "no space left",
    "disk i/o error",
    "database or disk is full",
)


def with_disk_full_hint(text: str, evidence: str | None = None) -> str:
    """`text`, plus a hint when it (or `evidence`) reads like a full disk."""
    if any(h in (evidence or text).lower() for h in DISK_FULL_HINTS):
        return text + " (is the disk under INTEGRA_HOME full?)"
    return text


def describe_error(exc: BaseException) -> str:
    """One line for an operator: the exception's type and first line, and a hint for a full disk."""
    first = (str(exc).strip().splitlines() or [""])[0][:300]
    chain = " ".join(str(e) for e in (exc, exc.__cause__, exc.__context__) if e is not None)
    return with_disk_full_hint(f"{type(exc).__name__}: {first}", chain)
