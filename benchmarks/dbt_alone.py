"""dbt alone on a kept scale home: one incremental `dbt build` after one changed document, timed
with dbt's own split (issue 15).

    .venv/bin/python benchmarks/run.py refresh --count 1000 --keep DIR     # once: DIR/home, DIR/raw
    .venv/bin/python benchmarks/dbt_alone.py DIR [--project OTHER/dbt_project] [--plain] [--full]
    .venv/bin/python benchmarks/dbt_alone.py DIR --replicate K [--memory-limit 3GB]

Rewrites one landed document (as `run.py incremental` does), ingests it into DIR/home's build
file, copies the build file to DIR/dbt-alone/, warms dbt's partial parse there, then times one
`dbt build` on the copy: incremental as the pipeline runs it now (`INCREMENTAL_BUILD_ARGS`), or
`--plain` (`dbt build`, as before issue 15's sixth session), or `--full` (`--full-refresh`).
`--project` runs another copy of the dbt project (e.g. an export of an older commit) on the same
file. Prints the wall time and, from run_results.json, dbt's elapsed time and the thread-seconds
of models, seeds and tests, with the slowest tests.

`--replicate K` (dbt at a scale the extraction cannot reach in a session): the kept build file's
ingested documents and facts are copied K times over (each copy with new document ids, its own
source file name and its own title, so copies are other projects, not more documents of the same
ones), then one `dbt build --full-refresh` runs on it and the dbt process's peak RSS is printed
with the first error lines when it fails. `--memory-limit` sets INTEGRA_DBT_MEMORY_LIMIT for it.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "base", help="a folder kept by `run.py refresh --keep` (home/, raw/, cities.csv)"
    )
    ap.add_argument("--project", default=str(ROOT / "dbt_project"))
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--plain", action="store_true", help="`dbt build` without the seed exclusion")
    mode.add_argument("--full", action="store_true", help="`dbt build --full-refresh`")
    ap.add_argument("--no-touch", action="store_true", help="reuse the last ingested change")
    ap.add_argument(
        "--replicate", type=int, default=0, help="copy the ingested documents K times (full build)"
    )
    ap.add_argument("--memory-limit", default=None, help="INTEGRA_DBT_MEMORY_LIMIT for the build")
    a = ap.parse_args(argv)
    base = Path(a.base).resolve()
    home, raw, reg = base / "home", base / "raw", base / "cities.csv"
    os.environ.update(
        INTEGRA_HOME=str(home),
        INTEGRA_RAW=str(raw),
        INTEGRA_CITY_REGISTRY=str(reg),
        DO_NOT_TRACK="1",
    )
    from integra.settings import paths
    from orchestration.assets.dbt import INCREMENTAL_BUILD_ARGS
    from orchestration.dbt_setup import dbt_env, dbt_executable

    if a.replicate:
        a.full, a.no_touch = True, True
    if a.memory_limit:
        os.environ["INTEGRA_DBT_MEMORY_LIMIT"] = a.memory_limit
    if not a.no_touch:
        from run import touch_one_document

        from integra.warehousing.ingest import ingest_cities

        doc = touch_one_document(raw)
        t = time.perf_counter()
        summary = ingest_cities(paths(), raw, workers=1)
        print(f"changed {doc.relative_to(raw)}; ingested in {time.perf_counter() - t:.1f} s")
        del summary
    work = base / "dbt-alone"
    shutil.rmtree(work, ignore_errors=True)
    (work / "build").mkdir(parents=True)
    shutil.copy2(home / "build" / "warehouse.duckdb", work / "build" / "warehouse.duckdb")
    os.environ["INTEGRA_HOME"] = str(work)
    if a.replicate:
        from scale_parts import replicate_documents

        n = replicate_documents(work / "build" / "warehouse.duckdb", a.replicate)
        print(f"replicated to {n:,} current documents")
    p = paths()
    common = [
        "--project-dir",
        a.project,
        "--profiles-dir",
        a.project,
        "--target-path",
        str(p.dbt_target_dir),
        "--log-path",
        str(p.dbt_log_dir),
    ]
    env = dbt_env(p)
    subprocess.run([dbt_executable(), "parse", "--quiet", *common], env=env, check=True)
    args = (
        ["build", "--full-refresh"]
        if a.full
        else ["build"]
        if a.plain
        else list(INCREMENTAL_BUILD_ARGS)
    )
    load = os.getloadavg()[0]
    t = time.perf_counter()
    r = subprocess.run(
        [dbt_executable(), *args, *common], env=env, capture_output=True, text=True, check=False
    )
    wall = time.perf_counter() - t
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"dbt peak RSS {peak_mb:,.0f} MB (the largest child process)")
    if r.returncode != 0:
        errors = [ln for ln in r.stdout.splitlines() if "Error" in ln or "error" in ln]
        print("\n".join(errors[:12]))
    res = json.loads((p.dbt_target_dir / "run_results.json").read_text(encoding="utf-8"))
    kinds: dict[str, list[float]] = {}
    for x in res["results"]:
        kinds.setdefault(x["unique_id"].split(".")[0], []).append(x["execution_time"])
    split = ", ".join(f"{k} {sum(v):.1f} ({len(v)})" for k, v in sorted(kinds.items()))
    print(
        f"{' '.join(args)} ({Path(a.project).resolve()}): exit {r.returncode}, wall {wall:.1f} s, "
        f"dbt elapsed {res['elapsed_time']:.1f} s; thread-s {split}; load {load:.1f} -> "
        f"{os.getloadavg()[0]:.1f}"
    )
    slow = sorted(
        (x for x in res["results"] if x["unique_id"].startswith("test.")),
        key=lambda x: -x["execution_time"],
    )[:5]
    for x in slow:
        print(f"  {x['execution_time']:.2f} s  {x['unique_id'].split('.')[2][:90]}")
    return r.returncode


if __name__ == "__main__":
    sys.exit(main())
