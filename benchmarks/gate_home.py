"""The gate alone on a kept home, whole vs on the slice, in fresh processes (issue 15).

A copy of INTEGRA_HOME's build file with one project's title changed (as one changed document
would change it) is gated against the home's published version: on the slice, then whole
(`--force`'s mode), each in its own process (GX imported there, as in a refresh), no reports or
Data Docs. CPU seconds are the gate process's own (user + system of the child). Run it with
the code that published the home: another gate code digest makes both runs whole.

    PYTHONPATH=. .venv/bin/python benchmarks/gate_home.py /tmp/slicescale-10k-after/home
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import json, sys
from integra.settings import paths
from integra.warehousing.gate import run_gate
r = run_gate(sys.argv[1], paths().published_db, build_data_docs=False, write_reports=False,
             whole=sys.argv[2] == "whole")
print(json.dumps({"mode": r.mode, "passed": r.passed, "reason": r.mode_reason,
                  "validated": sum(r.validated_rows.values()),
                  "withheld_rows": sum(len(w["keys"]) for w in r.withheld_rows.values())}))
"""


def candidate(home: Path, out: Path) -> Path:
    import duckdb

    shutil.copy(home / "build" / "warehouse.duckdb", out)
    con = duckdb.connect(str(out))
    con.execute(
        "UPDATE marts.fct_projects SET title = title || ' (aneks)' WHERE project_id = "
        "(SELECT min(project_id) FROM marts.fct_projects WHERE title IS NOT NULL)"
    )
    con.close()
    return out


def gate(home: Path, build: Path, mode: str) -> str:
    env = dict(os.environ, INTEGRA_HOME=str(home), PYTHONPATH=str(ROOT))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(build), mode],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    r = json.loads(out.stdout.strip().splitlines()[-1])
    return (
        f"| {mode} | {r['mode']} | {r['passed']} | {r['validated']:,} | {r['withheld_rows']} | "
        f"{cpu:.1f} | {wall:.1f} | {os.getloadavg()[0]:.1f} | {r['reason']} |"
    )


def main(home: Path) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="integra-gate-home-"))
    try:
        build = candidate(home, tmp / "candidate.duckdb")
        print(
            "| asked | mode | passed | rows validated | rows withheld | CPU s | wall s | load "
            "| why |"
        )
        print("|---|---|---|---|---|---|---|---|---|")
        for mode in ("slice", "whole"):
            print(gate(home, build, mode), flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
