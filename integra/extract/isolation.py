"""Per-document isolation: each landed file is opened, read and extracted in a worker process that
the parent kills and replaces when the document passes its time or memory limit.

Why processes: the HTML parser (lexbor) and parts of pypdf run in C code that SIGALRM cannot
interrupt (a `<div/x>` x 300,000 page kept lexbor busy for ~10 minutes). A killed process is the
only bound such code cannot ignore.

- Workers are long-lived (one per core, each a fresh interpreter fed through two pipes, reading
  one document at a time with the next one already queued, warm after ~0.4 s); a worker is
  replaced only when it is killed, dies or runs out of memory, and the job queued behind the
  one that stopped it goes to another worker. They inherit no descriptor of the refresh (its lock above all) and die with
  their parent (PR_SET_PDEATHSIG).
- Time: `INTEGRA_EXTRACT_TIME_LIMIT` CPU seconds per document (default 20; a document waiting
  for a core on a loaded machine is not charged for it). Inside the worker SIGPROF stops Python
  code at the limit (the worker survives); the parent kills the worker once it has used the limit
  plus `KILL_GRACE_SECONDS` of CPU on the document (C code that ignored the signal). The wall
  clock is a backstop at `EXTRACT_WALL_LIMIT_FACTOR` x that (code that blocks without computing).
- Memory: `INTEGRA_EXTRACT_MEMORY_LIMIT_MB` (default 2048) is the worker's address-space limit
  (RLIMIT_AS): an allocation beyond it is a `MemoryError` (the document is rejected, the worker
  retired) or, in C code, the worker's death (the document is rejected, the worker replaced).
- Opening (`read_landed`): no-follow and non-blocking open, regular file checked with `fstat` on the
  descriptor, size checked there before reading, bytes read from that descriptor; the real path
  of the descriptor must stay inside the landing folder. A file swapped for a FIFO or a symbolic
  link after the scan is refused, never waited on or followed.
- Every exception becomes that document's outcome; nothing a document does stops the batch.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import signal
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from integra.settings import (
    DEFAULT_EXTRACT_MEMORY_LIMIT_MB,
    DEFAULT_EXTRACT_TIME_LIMIT,
    EXTRACT_WALL_LIMIT_FACTOR,
    settings,
)

from .reading import MAX_BYTES, NotRead, TooLarge, read_landed

KILL_GRACE_SECONDS = 2.0
_CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


@dataclass(frozen=True)
class Limits:
    """The per-document bounds, read once from the environment when a pool starts."""

    seconds: float = DEFAULT_EXTRACT_TIME_LIMIT
    memory_mb: int = DEFAULT_EXTRACT_MEMORY_LIMIT_MB
    max_bytes: int = MAX_BYTES

    @classmethod
    def from_env(cls) -> Limits:
        s = settings()
        return cls(seconds=s.extract_time_limit, memory_mb=s.extract_memory_limit_mb)


# --------------------------------------------------------------------------- opening a landed file


# --------------------------------------------------------------------------- one document


@dataclass(frozen=True)
class Job:
    path: str  # where to open it
    source_file: str  # its name in records (relative to the landing folder)
    previous_sha256: str | None = None  # the current version's hash: same bytes -> "unchanged"
    root: str | None = None  # the landing folder the file must stay inside


# Outcomes (tuples: cheap to pickle):
#   ("done", record, cleaned_text, encoding, media_type, size)
#   ("unchanged", sha256, size)
#   ("not_read", reason, transient)


def process_job(job: Job, limits: Limits) -> tuple:
    """Open, hash, read and extract one document; every exception becomes its outcome."""
    from .record import _media_type, extract_bytes, rejected_record

    try:
        data = read_landed(job.path, job.root, limits.max_bytes)
    except NotRead as exc:
        return ("not_read", exc.reason, exc.transient)
    except TooLarge as exc:
        rec = rejected_record(job.source_file, "0" * 64, str(exc))
        return ("done", rec, "", "", _media_type(job.source_file), 0)
    except MemoryError:
        raise
    except Exception as exc:
        return ("not_read", f"cannot be read ({type(exc).__name__}); it will be tried again", True)
    if job.previous_sha256 is not None:
        sha = hashlib.sha256(data).hexdigest()
        if sha == job.previous_sha256:
            return ("unchanged", sha, len(data))
    rec, cleaned, enc, media = extract_bytes(
        data, job.source_file, time_limit_seconds=limits.seconds
    )
    return ("done", rec, cleaned, enc, media, len(data))


# --------------------------------------------------------------------------- the worker process


def _die_with_parent(parent_pid: int) -> None:
    """SIGKILL this worker when its parent exits: a worker stuck in C code must not outlive a
    refresh that was killed (Linux; elsewhere the parent's pipe closing ends an idle worker)."""
    with contextlib.suppress(Exception):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent_pid:  # the parent died before prctl
        os._exit(0)


# new objects between two collections of the young generation in a worker (Python's default 700)
YOUNG_COLLECTION_THRESHOLD = 10_000


def prepare_worker() -> None:
    """A worker's start: the extractor imported and its caches warmed, the warm heap frozen.
    (benchmarks/extraction.py --unseen prepares its processes with it too.)"""
    from . import _warm  # noqa: F401 - the extractor imported and its caches warmed

    # the warm heap (gazetteer, lexicons, compiled rules: ~145,000 objects) lives as long as the
    # worker: out of the collector's sight, so a full collection no longer walks it (~3% of a
    # worker's CPU on dev documents)
    gc.freeze()
    # a young collection every 10,000 new container objects, not 700: with 700 a page's working
    # set (its units, matches, candidates) was collected again and again while alive and promoted
    # to the older generations, so a full collection of the memos' heap (~150,000 objects, ~90 ms
    # on the loaded test machine) came every ~170 unseen pages. Dev pages read unseen (one pass
    # over 344 pages after the warm-up): collections young/middle/full 363/33/2 -> 22/1/0, the
    # collector's CPU 0.56 -> 0.31 ms per page; the cyclic garbage not collected yet stays
    # bounded by the threshold (peak RSS 161 -> 164 MB after three passes)
    gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, 10, 10)


def serve(argv: Sequence[str]) -> None:
    """A worker's main loop: `python -c '...serve(sys.argv[1:])' READ_FD WRITE_FD PARENT_PID
    SECONDS MEMORY_MB`. Receives `Job`s, sends (outcome, retire, seconds it waited for the job) back,
    one at a time."""
    from multiprocessing.connection import Connection

    read_fd, write_fd, parent_pid = int(argv[0]), int(argv[1]), int(argv[2])
    limits = Limits(seconds=float(argv[3]), memory_mb=int(argv[4]))
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops us; Ctrl-C goes to it
    _die_with_parent(parent_pid)
    inbox, outbox = Connection(read_fd, writable=False), Connection(write_fd, readable=False)
    prepare_worker()

    with contextlib.suppress(ValueError, OSError):
        import resource

        cap = limits.memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    outbox.send("ready")
    first = True
    while True:
        asked = time.monotonic()
        try:
            job = inbox.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        # idle with no job queued in its pipe (the wait for the first one is the pool's start)
        waited = 0.0 if first else time.monotonic() - asked
        first = False
        retire = False
        try:
            outcome = process_job(job, limits)
        except MemoryError:
            outcome = _rejected(
                job,
                f"needs more memory than the per-document limit ({limits.memory_mb} MB); not read",
            )
            retire = True  # the heap may be fragmented: start afresh
        except BaseException as exc:
            outcome = _rejected(
                job,
                f"internal error while reading ({type(exc).__name__}); please report this document",
            )
        try:
            outbox.send((outcome, retire, waited))
        except MemoryError:
            outbox.send(
                (
                    _rejected(job, "its extraction result is too large to pass on; not read"),
                    True,
                    waited,
                )
            )
        except (OSError, EOFError):
            return
        if retire:
            return


def _rejected(job: Job, reason: str) -> tuple:
    from .record import _media_type, rejected_record

    return (
        "done",
        rejected_record(job.source_file, "0" * 64, reason),
        "",
        "",
        _media_type(job.source_file),
        0,
    )


# --------------------------------------------------------------------------- the pool

WORKER_START_SECONDS = 120.0
IN_FLIGHT = 2  # jobs sent to a worker ahead of its results (see run_isolated)
_WORKER_MAIN = "import sys; from integra.extract.isolation import serve; serve(sys.argv[1:])"


class WorkerStartError(RuntimeError):
    """A worker could not start (the environment, not a document): the run fails, nothing is
    recorded for the documents."""


class _Worker:
    """One worker process: a fresh interpreter (no descriptor of the refresh, its lock above all,
    and none of Dagster's or DuckDB's threads), two pipes, one document read at a time and up to
    `IN_FLIGHT` sent to it."""

    def __init__(self, limits: Limits):
        import subprocess
        import sys
        import tempfile
        from multiprocessing.connection import Connection

        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        self.stderr = tempfile.TemporaryFile()
        try:
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    _WORKER_MAIN,
                    str(to_child_r),
                    str(from_child_w),
                    str(os.getpid()),
                    repr(limits.seconds),
                    str(limits.memory_mb),
                ],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=self.stderr,
                pass_fds=(to_child_r, from_child_w),
            )
        finally:
            os.close(to_child_r)
            os.close(from_child_w)
        self.to_child = Connection(to_child_w, readable=False)
        self.conn = Connection(from_child_r, writable=False)
        self.queue: deque[int] = deque()  # the jobs sent to it, the one it is reading first
        self.deadline = 0.0  # when the job it is reading may pass the limit (plus the grace)
        self.started = 0.0  # wall clock when that job started (as the parent learnt it)
        self.cpu_at_start: float | None = None  # the worker's CPU seconds then (None: unknown)
        self.broken = False  # a send failed: it is dead, its end is still to be read
        self.ready = False
        self.limits = limits

    def await_ready(self) -> None:
        from multiprocessing.connection import wait

        try:
            if wait([self.conn], timeout=WORKER_START_SECONDS) and self.conn.recv() == "ready":
                self.ready = True
                return
        except (EOFError, OSError):
            pass
        self.kill()
        self.stderr.seek(0)
        tail = self.stderr.read()[-2000:].decode("utf-8", "replace").strip().splitlines()
        raise WorkerStartError(
            "the extraction worker could not start"
            + (f": {tail[-1]}" if tail else f" (exit code {self.proc.returncode})")
        )

    def send(self, job: Job) -> None:
        self.to_child.send(job)

    def cpu_seconds(self) -> float | None:
        """The worker's CPU time so far (user + system), from /proc; None where there is none."""
        try:
            with open(f"/proc/{self.proc.pid}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS
        except (OSError, ValueError, IndexError):
            return None

    def arm(self, hard: float) -> None:
        """The job at the head of its queue starts now: its limit runs from here."""
        self.started = time.monotonic()
        self.deadline = self.started + hard
        self.cpu_at_start = self.cpu_seconds()

    def past_limit(self, hard: float, now: float) -> bool:
        """At its deadline: has the job really used `hard` CPU seconds? A worker that waited for
        a core on a loaded machine gets the rest of its CPU budget as a new deadline; past
        EXTRACT_WALL_LIMIT_FACTOR x `hard` of wall time it is stopped whatever its CPU time (code that
        blocks without computing)."""
        used = self.cpu_seconds()
        if used is None or self.cpu_at_start is None:
            return True
        used -= self.cpu_at_start
        if used >= hard or now - self.started >= hard * EXTRACT_WALL_LIMIT_FACTOR:
            return True
        self.deadline = now + max(0.25, hard - used)
        return False

    def kill(self) -> None:
        with contextlib.suppress(Exception):
            self.proc.kill()
        with contextlib.suppress(Exception):
            self.proc.wait(5)
        self._close()

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self.to_child.send(None)
        try:
            self.proc.wait(2)
        except Exception:
            self.kill()
        self._close()

    def _close(self) -> None:
        for c in (self.to_child, self.conn, self.stderr):
            with contextlib.suppress(Exception):
                c.close()


_PRESTARTED: list[_Worker] = []


def prestart(k: int | None = None) -> int:
    """Start up to `k` workers now (default: one per core) and return how many started: their
    interpreters load and warm the extractor while the caller goes on (a refresh: while Dagster
    loads), and the next `run_isolated` with the same limits takes them instead of starting its
    own. Nothing fails here: a worker that cannot start is the pool's to report when it starts
    its own. `discard_prestarted` stops the ones no pool took."""
    limits = Limits.from_env()
    k = max(0, (os.cpu_count() or 1) if k is None else k)
    started = 0
    for _ in range(k):
        try:
            _PRESTARTED.append(_Worker(limits))
        except Exception:
            break
        started += 1
    return started


def take_prestarted(k: int, limits: Limits) -> list[_Worker]:
    """Up to `k` prestarted workers with these limits (not yet known to be ready; the pool awaits
    them as it awaits its own). Those started with other limits are stopped."""
    taken: list[_Worker] = []
    while _PRESTARTED and len(taken) < k:
        w = _PRESTARTED.pop()
        if w.limits == limits and w.proc.poll() is None:
            taken.append(w)
        else:
            w.kill()
    return taken


def discard_prestarted() -> None:
    """Stop the prestarted workers no pool took (a refresh that had nothing to read)."""
    while _PRESTARTED:
        w = _PRESTARTED.pop()
        w.kill()


@dataclass
class PoolStats:
    """What a pool run cost around the documents themselves (filled in by `run_isolated`)."""

    workers: int = 0
    documents: int = 0  # results received from workers
    start_s: float = 0.0  # wall time starting workers (interpreters, imports, warm-up)
    workers_waited_s: float = 0.0  # summed over workers: idle with no job queued in the pipe
    killed_at_limit: int = 0  # workers killed because their document passed the time limit
    killed_cpu_s: float = 0.0  # the CPU seconds those workers had spent on those documents


def run_isolated(
    jobs: Sequence[Job],
    workers: int | None = None,
    limits: Limits | None = None,
    in_flight: int = IN_FLIGHT,
    stats: PoolStats | None = None,
) -> Iterator[tuple[int, tuple]]:
    """Process jobs in killable worker processes; yields (job index, outcome) as they finish.

    Each worker holds up to `in_flight` jobs: the one it reads and the next ones, queued in its
    pipe, so it starts the next document as soon as it has sent a result instead of waiting for
    the parent to read it and answer (on a loaded machine the parent is often descheduled). The
    worker reads its jobs one after another, so the job at the head of its queue is the one it
    is on: its time limit runs from when the parent learnt the job before it was done (a little
    after it really started: the kill may come that much later; SIGALRM inside the worker still
    stops Python code at the limit). A worker killed at the limit, dead or retiring gives the
    head job its reason; the jobs queued behind it were never started and go back to the front
    of the queue, to be read by another worker."""
    from multiprocessing.connection import wait

    if not jobs:
        return
    limits = limits or Limits.from_env()
    n = max(1, min(workers or os.cpu_count() or 1, len(jobs)))
    depth = max(1, in_flight)
    hard = limits.seconds + KILL_GRACE_SECONDS
    pending: deque[int] = deque(range(len(jobs)))
    pool: dict[Any, _Worker] = {}  # every live worker, by the connection it answers on
    alive = 0

    def start(k: int) -> list[_Worker]:  # k interpreters start side by side
        fresh: list[_Worker] = take_prestarted(k, limits)
        started = time.monotonic()
        try:
            for _ in range(k - len(fresh)):
                fresh.append(_Worker(limits))
            for w in fresh:
                w.await_ready()
        except BaseException:
            for w in fresh:
                w.kill()
            raise
        if stats is not None:
            stats.workers += k
            stats.start_s += time.monotonic() - started
        return fresh

    def give_back(w: _Worker) -> None:
        """The jobs queued behind the head of a worker that stops: back to the front, in order."""
        pending.extendleft(reversed(list(w.queue)[1:]))
        w.queue.clear()

    def dispatch() -> None:
        # first every empty worker gets a job, then every worker up to `depth`
        for level in range(depth):
            for w in list(pool.values()):
                if not pending:
                    return
                if len(w.queue) != level or w.broken:
                    continue
                i = pending.popleft()
                try:
                    w.send(jobs[i])
                except (OSError, EOFError):  # it died: the job goes back; its end is read below
                    pending.appendleft(i)
                    w.broken = True
                    if not w.queue:  # nothing of it to read: replace it now
                        del pool[w.conn]
                        w.kill()
                    continue
                if not w.queue:
                    w.arm(hard)
                w.queue.append(i)

    try:
        while pending or any(w.queue for w in pool.values()):
            alive = len(pool)
            if alive < n and pending and all(w.queue for w in pool.values()):
                for w in start(min(n - alive, len(pending))):
                    pool[w.conn] = w
            dispatch()
            busy = [w for w in pool.values() if w.queue]
            if not busy:
                continue
            timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
            for conn in wait([w.conn for w in busy], timeout=timeout):
                w = pool[conn]
                try:
                    outcome, retire, waited = conn.recv()
                except (EOFError, OSError):
                    del pool[conn]
                    w.kill()
                    code = w.proc.returncode
                    how = f"killed by signal {-code}" if code and code < 0 else f"exit code {code}"
                    head = w.queue[0]
                    give_back(w)
                    yield (
                        head,
                        _rejected(
                            jobs[head],
                            f"the reading process died ({how}; out of memory "
                            f"or a parser crash); not read",
                        ),
                    )
                    continue
                head = w.queue.popleft()
                if stats is not None:
                    stats.documents += 1
                    stats.workers_waited_s += waited
                if retire:
                    w.queue.appendleft(head)
                    give_back(w)
                    del pool[conn]
                    w.stop()
                elif w.queue:  # it has gone on to the next job
                    w.arm(hard)
                yield head, outcome
            now = time.monotonic()
            for conn, w in list(pool.items()):
                # a result already waiting is read first (at the next turn), not taken for a hang
                if w.queue and now >= w.deadline and not conn.poll(0) and w.past_limit(hard, now):
                    if stats is not None:
                        stats.killed_at_limit += 1
                        used = w.cpu_seconds()
                        if used is not None and w.cpu_at_start is not None:
                            stats.killed_cpu_s += used - w.cpu_at_start
                    del pool[conn]
                    w.kill()
                    head = w.queue[0]
                    give_back(w)
                    yield (
                        head,
                        _rejected(
                            jobs[head],
                            f"reading took longer than {limits.seconds:g} s and "
                            "was stopped (a pathological document?)",
                        ),
                    )
    finally:
        for w in pool.values():
            if w.queue:  # abandoned mid-document (the caller stopped early)
                w.kill()
            else:
                w.stop()


def extract_many(jobs: Iterable[tuple[str, str]], workers: int | None = None) -> Iterator[tuple]:
    """(path, source_file) jobs -> (record, cleaned, encoding, media type, size) in job order,
    each document read and extracted in a killable worker. A file that could not be read comes
    back as a rejected record with the reason."""
    from .record import _media_type, rejected_record

    job_list = [Job(path, name) for path, name in jobs]
    done: dict[int, tuple] = {}
    nxt = 0
    for i, outcome in run_isolated(job_list, workers):
        done[i] = outcome
        while nxt in done:
            o = done.pop(nxt)
            if o[0] == "done":
                yield o[1:]
            else:  # "not_read" (no previous hash is given here, so never "unchanged")
                name = job_list[nxt].source_file
                yield rejected_record(name, "0" * 64, o[1]), "", "", _media_type(name), 0
            nxt += 1
