"""Warm the page cache with the warehouse files a refresh will read whole (issue 15).

A refresh with one changed document reads the build file and the published file whole in its
gate (the slice is every candidate row `EXCEPT` the published rows: gate/slice.py), and the
publication reads the build file whole again. When other processes have pushed those files out
of the page cache (the first refresh after a pause), DuckDB reads them from disk block by block,
cold: the twentieth session's first gate at 100,000 documents took 11-16 s against 4-5 s warm.

`prefetch` asks the kernel to read them ahead (`posix_fadvise(WILLNEED)` over the whole file, a
range at a time: one call is capped at a few MB) from a background thread, at the start of a
refresh that has work: the disk then works while the refresh is busy on the CPU (Dagster's
import, the ingest step, dbt). It reads nothing into Python, changes no file and never fails
the refresh; without `posix_fadvise` (not Linux) it does nothing.
"""

from __future__ import annotations

import contextlib
import os
import stat
import threading
from collections.abc import Iterable
from pathlib import Path

#: Bytes per readahead request (one WILLNEED call is served up to the device's readahead cap).
RANGE_BYTES = 8 << 20


def prefetch_now(paths: Iterable[Path | str]) -> int:
    """Ask for every byte of these files to be read ahead; return how many bytes were asked
    for. Missing or unreadable paths and anything but a regular file are skipped."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is None:
        return 0
    asked = 0
    for path in paths:
        with contextlib.suppress(OSError):
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
            try:
                st = os.fstat(fd)
                size = st.st_size if stat.S_ISREG(st.st_mode) else 0
                for offset in range(0, size, RANGE_BYTES):
                    advise(fd, offset, RANGE_BYTES, os.POSIX_FADV_WILLNEED)
                asked += size
            finally:
                os.close(fd)
    return asked


def prefetch(paths: Iterable[Path | str]) -> threading.Thread:
    """`prefetch_now` in a daemon thread (the requests can wait on the device's queue)."""
    files = [Path(p) for p in paths]
    thread = threading.Thread(
        target=prefetch_now, args=(files,), name="integra-prefetch", daemon=True
    )
    thread.start()
    return thread
