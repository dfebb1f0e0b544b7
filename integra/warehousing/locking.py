"""Inter-process locks on INTEGRA_HOME: one refresh at a time, one publisher at a time.

`fcntl.flock` on a lock file: the kernel drops the lock when the holder exits, even on SIGKILL,
so a killed refresh never leaves a stale lock behind (the file stays; only the lock matters).
The holder writes its pid into the file so that a refused caller can say who holds it.

Two locks, on two files, so that a refresh holding ``refresh.lock`` can still publish:
- ``INTEGRA_HOME/refresh.lock``: taken by `integra refresh` / the Dagster job for the whole run;
- ``INTEGRA_HOME/published/.publish.lock``: taken by `publish.publish` and `publish.rollback`
  around every change to the published directory.

flock locks belong to an open file description: taking the same lock twice in one process
through two `FileLock` objects blocks (or fails) like it would across processes.
"""

from __future__ import annotations

import errno
import fcntl
import os
import time
from pathlib import Path
from types import TracebackType
from typing import Self

from integra.settings import paths


class LockBusyError(RuntimeError):
    """The lock is held by another process (its pid is in ``holder_pid`` when known)."""

    def __init__(self, message: str, holder_pid: int | None = None) -> None:
        super().__init__(message)
        self.holder_pid = holder_pid


def lock_holder(path: Path | str) -> int | None:
    """The pid written in a lock file by its last holder, or None (no file, empty, garbage)."""
    try:
        text = Path(path).read_text(encoding="ascii", errors="replace").strip()
    except OSError:
        return None
    first = text.split()[0] if text else ""
    return int(first) if first.isdigit() else None


class FileLock:
    """An exclusive flock on `path`; use as a context manager or acquire()/release().

    ``blocking=False`` fails at once with LockBusyError("another <what> is running (pid N)");
    ``blocking=True`` waits, at most `timeout` seconds when given, then raises the same error.
    """

    def __init__(self, path: Path | str, *, what: str = "refresh") -> None:
        self.path = Path(path)
        self.what = what
        self._fd: int | None = None
        self.blocking = False
        self.timeout: float | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def _busy(self, waited: float | None) -> LockBusyError:
        pid = lock_holder(self.path)
        who = f"pid {pid}" if pid is not None else "pid unknown"
        msg = f"another {self.what} is running ({who})"
        if waited is not None:
            msg += f"; gave up after waiting {waited:.0f} s"
        return LockBusyError(msg + f" [lock file {self.path}]", pid)

    def acquire(self, *, blocking: bool = False, timeout: float | None = None) -> Self:
        if self._fd is not None:
            raise RuntimeError(f"lock {self.path} is already held by this object")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        start = time.monotonic()
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except OSError as exc:
                    if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                        raise
                    waited = time.monotonic() - start
                    if not blocking:
                        raise self._busy(None) from None
                    if timeout is not None and waited >= timeout:
                        raise self._busy(waited) from None
                    time.sleep(0.05 if timeout is None else min(0.05, max(timeout - waited, 0.001)))
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return self

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            # Leave the file in place (unlinking races with a waiter that opened it already).
            os.ftruncate(fd, 0)
        except OSError:
            pass
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def __enter__(self) -> Self:
        if self._fd is None:
            self.acquire(blocking=self.blocking, timeout=self.timeout)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def refresh_lock(
    path: Path | str | None = None, *, blocking: bool = False, timeout: float | None = None
) -> FileLock:
    """The refresh lock (INTEGRA_HOME/refresh.lock), not yet taken: ``with refresh_lock(): ...``.

    Usage: ``with refresh_lock(): run_the_refresh()`` raises
    LockBusyError("another refresh is running (pid 4242) ...") when another process holds it;
    ``refresh_lock(blocking=True, timeout=600)`` waits up to ten minutes first.
    """
    lock = FileLock(path if path is not None else paths().lock_file, what="refresh")
    lock.blocking = blocking
    lock.timeout = timeout
    return lock


def publish_lock(
    published_dir: Path | str | None = None, *, blocking: bool = True, timeout: float | None = 120.0
) -> FileLock:
    """The lock guarding the published directory (publish, rollback, pruning)."""
    base = Path(published_dir) if published_dir is not None else paths().published_dir
    lock = FileLock(base / ".publish.lock", what="publish")
    lock.blocking = blocking
    lock.timeout = timeout
    return lock
