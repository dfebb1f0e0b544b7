"""Extraction speed: documents/s and MB/s on one core and with all cores.

    .venv/bin/python benchmarks/extraction.py [--seconds 10] [--corpus DIR]

    .venv/bin/python benchmarks/extraction.py --corpus DIR [--corpus DIR2 ...] --passes N

Without --corpus it cycles the landed seed documents (seed-sized documents, ~4 KB each).
`--passes N` reads the documents N times and exits without timing: for counting instructions,
`valgrind --tool=callgrind` of `--passes 2` minus `--passes 0`, divided by the documents read.

    .venv/bin/python benchmarks/extraction.py --corpus DIR --pool 2 [--repeat 10] [--in-flight 2]

`--pool W` runs the documents (each `--repeat` times) through the ingestion's process pool
(`isolation.run_isolated`, W workers, `--in-flight` jobs per worker) and prints wall documents/s
and CPU per document (the parent's and the workers', worker starts included) and the load average.

    .venv/bin/python benchmarks/extraction.py --corpus DIR [--corpus DIR2 ...] --unseen 6

`--unseen R` times documents the process has NOT seen, the regime of a worker reading new pages
(a warm figure, the same documents read over and over, flatters every memo keyed by a document's
own words). R rounds, each in a fresh process prepared as an ingestion worker is
(`isolation.prepare_worker`): the documents are split in two halves (a shuffle with seed
round // 2; the rounds alternate which half is timed), the process reads the other half, then
reads the timed half once (unseen: CPU per document) and again (warm, best of two). Prints each
round and the median of both figures. `--unseen-round K` runs one such round (the child).
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from integra.extract import extract_bytes


def _load(corpora: list[Path] | None) -> list[tuple[bytes, str]]:
    out = []
    for base in corpora or [ROOT / "raw_samples"]:
        files = sorted(
            p for p in base.rglob("*") if p.is_file() and not p.name.endswith(".truth.json")
        )
        out += [(p.read_bytes(), str(p)) for p in files]
    return out


def _work(args: tuple[list[tuple[bytes, str]], int]) -> tuple[int, int]:
    docs, n = args
    size = 0
    for i in range(n):
        data, name = docs[i % len(docs)]
        extract_bytes(data, name)
        size += len(data)
    return n, size


def one_core(docs, seconds: float) -> tuple[float, float, float]:
    """(documents/s, MB/s, documents per CPU-second): on a shared machine the CPU time of the
    process is the steadier figure (the wall clock counts the time other work held the core)."""
    _work((docs, len(docs)))  # warm caches (gazetteer, lemmatiser) on every document once
    n = size = 0
    t0 = time.perf_counter()
    c0 = time.process_time()
    while time.perf_counter() - t0 < seconds:
        k, s = _work((docs, len(docs)))
        n += k
        size += s
    el = time.perf_counter() - t0
    cpu = time.process_time() - c0
    return n / el, size / el / 1e6, n / cpu


def all_cores(docs, seconds: float) -> tuple[float, float, int]:
    workers = os.cpu_count() or 1
    per_core_rate, _, _ = one_core(docs, 1.0)
    per_task = max(len(docs), int(per_core_rate * seconds / 4))
    with ProcessPoolExecutor(workers) as pool:
        list(pool.map(_work, [(docs, len(docs))] * workers))  # warm every worker
        t0 = time.perf_counter()
        results = list(pool.map(_work, [(docs, per_task)] * (workers * 4)))
        el = time.perf_counter() - t0
    n = sum(r[0] for r in results)
    size = sum(r[1] for r in results)
    return n / el, size / el / 1e6, workers


def pool(paths: list[Path], workers: int, repeat: int, in_flight: int) -> None:
    import resource

    from integra.extract.isolation import Job, run_isolated

    jobs = [Job(str(p), p.name) for p in paths] * repeat
    load0 = os.getloadavg()[0]
    t0, c0 = time.perf_counter(), time.process_time()
    done = sum(1 for _ in run_isolated(jobs, workers, in_flight=in_flight))
    el, parent = time.perf_counter() - t0, time.process_time() - c0
    ch = resource.getrusage(resource.RUSAGE_CHILDREN)
    children = ch.ru_utime + ch.ru_stime
    print(
        f"pool     : {workers} workers, {in_flight} in flight: {done} documents in {el:.1f} s = "
        f"{done / el:.0f} documents/s wall; CPU per document {1000 * parent / done:.2f} ms parent "
        f"+ {1000 * children / done:.2f} ms workers (starts included); "
        f"load average {load0:.1f} -> {os.getloadavg()[0]:.1f}"
    )


def _prepare_worker() -> None:
    """The state an ingestion worker reads its first job in (the extractor warmed, the warm heap
    frozen), through the worker's own function where this tree has one."""
    from integra.extract import isolation

    prepare = getattr(isolation, "prepare_worker", None)
    if prepare is not None:
        prepare()
    else:  # a tree from before prepare_worker: what its worker did inline
        import gc

        from integra.extract import _warm  # noqa: F401

        gc.freeze()


def halves(n: int, k: int) -> tuple[list[int], list[int]]:
    """Round `k`'s split of `n` documents: (indices read first, indices timed unseen). Rounds 2j
    and 2j+1 share one shuffle (seed j) and swap the halves, so every document is timed unseen
    once in each pair of rounds."""
    import random

    order = list(range(n))
    random.Random(k // 2).shuffle(order)
    a, b = sorted(order[: n // 2]), sorted(order[n // 2 :])
    return (a, b) if k % 2 == 0 else (b, a)


def unseen_round(
    docs, k: int, sample: int | None = None, counting: bool = False
) -> tuple[float, float, int]:
    """(CPU ms per unseen document, CPU ms per document warm, documents timed) of round `k`; with
    `sample`, only the first `sample` documents of each half. With `counting`, the unseen half is
    read once inside `functools.reduce` and nothing is timed: for counting instructions,

        valgrind --tool=callgrind --collect-atstart=no --toggle-collect=functools_reduce \\
            .venv/bin/python benchmarks/extraction.py --corpus … --unseen-round 0 --sample 40 --count

    (callgrind's total is then the instructions of the 40 unseen documents alone)."""
    _prepare_worker()
    first, timed = halves(len(docs), k)
    first, timed = first[:sample], timed[:sample]
    for i in first:
        extract_bytes(*docs[i])

    def cpu() -> float:
        c0 = time.process_time()
        for i in timed:
            extract_bytes(*docs[i])
        return time.process_time() - c0

    if counting:  # the unseen half read inside functools.reduce, the only call callgrind counts
        functools.reduce(lambda _, i: extract_bytes(*docs[i]), timed, None)
        return 0.0, 0.0, len(timed)
    cold = cpu()
    warm = min(cpu(), cpu())
    return 1000 * cold / len(timed), 1000 * warm / len(timed), len(timed)


def unseen(corpora: list[Path] | None, rounds: int) -> None:
    import statistics
    import subprocess

    colds, warms = [], []
    for k in range(rounds):
        args = [sys.executable, __file__, "--unseen-round", str(k)]
        for c in corpora or []:
            args += ["--corpus", str(c)]
        out = subprocess.run(args, capture_output=True, text=True, check=True).stdout.split()
        cold, warm, n = float(out[0]), float(out[1]), int(out[2])
        colds.append(cold)
        warms.append(warm)
        print(f"round {k}: {n} documents unseen {cold:6.2f} ms, warm {warm:6.2f} ms CPU each")
    c, w = statistics.median(colds), statistics.median(warms)
    print(
        f"unseen   : {c:.2f} ms CPU per document = {1000 / c:.0f} documents per CPU-second "
        f"(median of {rounds}; best {min(colds):.2f}); warm {w:.2f} ms = {1000 / w:.0f}/CPU-s; "
        f"load average {os.getloadavg()[0]:.1f}"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--corpus", type=Path, action="append", help="a folder; may be repeated")
    ap.add_argument("--passes", type=int, help="read the documents N times, print nothing else")
    ap.add_argument("--pool", type=int, help="run the process pool with this many workers")
    ap.add_argument("--repeat", type=int, default=10, help="with --pool: each document N times")
    ap.add_argument("--in-flight", type=int, default=2, help="with --pool: jobs per worker")
    ap.add_argument("--unseen", type=int, help="time unseen documents: this many rounds")
    ap.add_argument("--unseen-round", type=int, help="one round of --unseen (the child)")
    ap.add_argument("--sample", type=int, help="with --unseen-round: N documents of each half")
    ap.add_argument("--count", action="store_true", help="with --unseen-round: for callgrind")
    a = ap.parse_args()
    if a.unseen_round is not None:
        print(*unseen_round(_load(a.corpus), a.unseen_round, a.sample, a.count))
        return
    if a.unseen:
        unseen(a.corpus, a.unseen)
        return
    if a.pool:
        paths = [
            p
            for base in a.corpus or [ROOT / "raw_samples"]
            for p in sorted(base.rglob("*"))
            if p.is_file() and not p.name.endswith(".truth.json")
        ]
        pool(paths, a.pool, a.repeat, a.in_flight)
        return
    docs = _load(a.corpus)
    if a.passes is not None:
        _work((docs, len(docs) * a.passes))
        print(f"{len(docs)} documents, {a.passes} passes")
        return
    avg = sum(len(d) for d, _ in docs) / len(docs)
    r1, m1, c1 = one_core(docs, a.seconds)
    print(
        f"one core : {r1:8.0f} documents/s  {m1:6.2f} MB/s  ({len(docs)} documents, mean {avg:.0f} B)"
        f"; {c1:.0f} documents per CPU-second; load average {os.getloadavg()[0]:.1f}"
    )
    rn, mn, w = all_cores(docs, a.seconds)
    print(f"{w} cores  : {rn:8.0f} documents/s  {mn:6.2f} MB/s")


if __name__ == "__main__":
    main()
