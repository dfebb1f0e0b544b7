"""What a refresh does before its first stage and between stages, with timestamps (issue 15, item 5).

    .venv/bin/python benchmarks/startup.py [--home DIR] [--force]

Runs `integra refresh` in this process (as the CLI does: `orchestration.pipeline.run_refresh`) on
INTEGRA_RAW (default: the five samples) into INTEGRA_HOME (default: a new temporary folder, i.e.
a first refresh) and prints one line per event, in seconds from the process start: the manifest
check and `dbt parse`, Dagster's imports, the definitions, the instance, each stage's start and
end, the dbt subprocesses (`dbt --version`, `dbt build`) and dbt's own first and last log lines.
Nothing is changed in the code it measures: the timestamps come from wrappers around its calls.
Beside each wall-clock time, the CPU seconds of this process so far (threads included; dbt and
the extraction workers are children, summed at the end): steadier than wall time on a loaded
machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

T0 = time.monotonic()
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EVENTS: list[tuple[float, float | None, str]] = []


def mark(what: str) -> None:
    EVENTS.append((time.monotonic() - T0, time.process_time(), what))


def _wrap(module, name: str, label: str) -> None:
    original = getattr(module, name)

    def wrapper(*a, **kw):
        mark(f"{label} …")
        try:
            return original(*a, **kw)
        finally:
            mark(f"{label} done")

    setattr(module, name, wrapper)


def _watch_subprocesses() -> None:
    original = subprocess.Popen.__init__

    def init(self, args, *a, **kw):
        words = [str(x) for x in (args if isinstance(args, list | tuple) else [args])]
        if words and Path(words[0]).name in ("dbt", "dbt-warm-shim"):
            mark("spawn " + " ".join([Path(words[0]).name, *words[1:2]]))
        return original(self, args, *a, **kw)

    subprocess.Popen.__init__ = init


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--home", help="INTEGRA_HOME (default: a new temporary folder)")
    ap.add_argument("--force", action="store_true")
    a = ap.parse_args(argv)
    home = Path(a.home) if a.home else Path(tempfile.mkdtemp(prefix="integra-startup-")) / "home"
    os.environ["INTEGRA_HOME"] = str(home)
    os.environ.setdefault("INTEGRA_RAW", str(ROOT / "raw_samples"))
    os.environ.pop("DAGSTER_HOME", None)
    mark("python started, benchmark imported")

    import orchestration.dbt_setup as dbt_setup
    from orchestration import pipeline

    mark("integra + orchestration.pipeline imported")
    _wrap(pipeline, "_before_the_job", "nothing-new check")
    _wrap(dbt_setup, "start_manifest", "manifest check (+ dbt parse started when stale)")
    _wrap(dbt_setup, "finish_manifest", "wait for dbt parse")
    _watch_subprocesses()

    def on_stage(stage: str, event: str) -> None:
        mark(f"stage {stage}: {event}")

    import builtins

    real_import = builtins.__import__
    seen: set[str] = set()

    def importing(name, *args, **kw):
        top = name.split(".")[0]
        if top in ("dagster", "dagster_dbt") and top not in seen and args and args[0] is not None:
            seen.add(top)
            mark(f"import {top} …")
            try:
                return real_import(name, *args, **kw)
            finally:
                mark(f"import {top} done")
        if name == "definitions" or name.endswith("orchestration.definitions"):
            if "defs" not in seen:
                seen.add("defs")
                mark("definitions …")
                try:
                    return real_import(name, *args, **kw)
                finally:
                    mark("definitions done")
        return real_import(name, *args, **kw)

    builtins.__import__ = importing
    outcome = pipeline.run_refresh(force=a.force, on_stage=on_stage)
    builtins.__import__ = real_import
    mark(f"outcome: {outcome.status} {outcome.message.splitlines()[0]}")

    # dbt's own first and last log lines of this run, and Dagster's run creation
    runs = sorted((home / "dbt" / "target").glob("run-*/dbt.log"), key=lambda f: f.stat().st_mtime)
    wall0 = time.time() - (time.monotonic() - T0)
    if runs:
        stamps = []
        for line in runs[-1].read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("{"):
                stamps.append(json.loads(line)["info"]["ts"])
        if stamps:
            import datetime as dt

            def rel(ts: str) -> float:
                return dt.datetime.fromisoformat(ts.replace("Z", "+00:00")).timestamp() - wall0

            EVENTS.append((rel(stamps[0]), None, "dbt: first log line (dbt imported, starting)"))
            EVENTS.append((rel(stamps[-1]), None, "dbt: last log line"))
    print("   wall     cpu  (seconds from the process start; cpu: this process)")
    for t, cpu, what in sorted(EVENTS, key=lambda e: e[0]):
        print(f"{t:7.2f}  {'' if cpu is None else format(cpu, '6.2f'):>6}  {what}")
    times = os.times()
    print(
        f"cpu: this process {times.user + times.system:.2f} s, "
        f"its children (dbt, extraction workers) {times.children_user + times.children_system:.2f} s"
    )
    return 0 if outcome.success else 1


if __name__ == "__main__":
    sys.exit(main())
