"""What an incremental ingest pays per landed file (issue 15, "one changed among N").

    .venv/bin/python benchmarks/ingest_incremental.py --files 100000 [--distinct 2000] [--dir DIR]

Builds a landing folder of N files (hard links, under new names, to `--distinct` documents of the
synthetic corpus, `benchmarks/corpus.py`) and a build file whose `raw.documents` already records each
of them (size, mtime, a sha256), as after a full refresh; then runs `ingest_cities` (no Dagster) with
nothing changed, after one file is rewritten, and after every file's mtime is touched (same bytes).
Prints the ingestion summary's `timings` and this process's CPU for each run. Wall times depend on the
machine's load; the CPU columns are the figures to compare.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def build(base: Path, files: int, distinct: int) -> Path:
    import corpus
    import run

    src = base / "corpus"
    corpus.generate(src, distinct, 1)
    for t in src.rglob("*.truth.json"):
        t.unlink()
    raw = base / "raw"
    docs = run._docs(src)
    for i in range(files):
        d = docs[i % len(docs)]
        (raw / d.parent.name).mkdir(parents=True, exist_ok=True)
        os.link(d, raw / d.parent.name / f"{i:06d}_{d.name}")
    run.write_registry(base / "cities.csv", raw)
    return raw


def record_all(raw: Path) -> int:
    """raw.documents as a full refresh would leave it (the sha256 of each file, not extracted)."""
    import pyarrow as pa

    from integra.settings import cities, paths
    from integra.warehousing.ingest import (
        connect_build,
        document_id,
        load_city_registry,
        scan_city,
    )

    con = connect_build(paths())
    load_city_registry(con)
    now = datetime.now()
    rows = []
    sha_of: dict[int, str] = {}
    for c in cities():
        for f in scan_city(raw, c.slug)[0]:
            ino = os.stat(f.location).st_ino
            if ino not in sha_of:
                sha_of[ino] = hashlib.sha256(Path(f.location).read_bytes()).hexdigest()
            sha = sha_of[ino]
            rows.append(
                {
                    "document_id": document_id(f.source_file, sha),
                    "city_slug": f.city_slug,
                    "source_file": f.source_file,
                    "sha256": sha,
                    "size_bytes": f.size,
                    "mtime_ns": f.mtime_ns,
                    "status": "ok",
                    "problems": "[]",
                    "ingested_at": now,
                    "is_current": True,
                }
            )
    con.register("recorded", pa.Table.from_pylist(rows))
    con.execute("insert into raw.documents by name select * from recorded")
    con.close()
    return len(rows)


def measure(label: str, raw: Path) -> None:
    from integra.settings import paths
    from integra.warehousing.ingest import ingest_cities

    t, c = time.perf_counter(), time.process_time()
    s = ingest_cities(paths(), raw)
    wall, cpu = time.perf_counter() - t, time.process_time() - c
    print(
        f"| {label} | {s.unchanged:,} | {s.changed} | {s.extracted} | {cpu:.2f} | "
        f"{s.timings.get('workers_cpu_s', 0):.2f} | {wall:.1f} | {os.getloadavg()[0]:.1f} | "
        f"{json.dumps({k: round(v, 2) for k, v in s.timings.items()})} |",
        flush=True,
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--files", type=int, default=100_000)
    ap.add_argument("--distinct", type=int, default=2_000)
    ap.add_argument("--dir", help="work folder (kept); default: a temporary one (removed)")
    a = ap.parse_args()
    base = Path(a.dir) if a.dir else Path(tempfile.mkdtemp(prefix="integra-ingest-incr-"))
    try:
        os.environ.update(
            INTEGRA_HOME=str(base / "home"),
            INTEGRA_RAW=str(base / "raw"),
            INTEGRA_CITY_REGISTRY=str(base / "cities.csv"),
        )
        raw = build(base, a.files, a.distinct)
        print(f"<!-- {record_all(raw):,} files recorded -->")
        print(
            "| run | unchanged | changed | extracted | parent CPU s | workers CPU s | wall s | load | timings |"
        )
        print("|---|---|---|---|---|---|---|---|---|")
        measure("nothing changed", raw)
        one = sorted(p for p in raw.rglob("*") if p.is_file())[len(list(raw.rglob("*"))) // 3]
        data = one.read_bytes()
        one.unlink()  # a hard link: write a file of its own
        one.write_bytes(data + b"\nOsrodek zaktualizowal opis projektu.\n")
        measure("one file changed", raw)
        for p in raw.rglob("*"):
            if p.is_file():
                st = p.stat()
                os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
        measure("every mtime touched (same bytes)", raw)
    finally:
        if not a.dir:
            shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
