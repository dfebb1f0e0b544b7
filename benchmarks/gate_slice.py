"""The gate alone, whole vs on the slice, on the same candidate (issue 15, item 3).

tests/marts_factory.py marts with N extra projects are written to a build file in a temporary
INTEGRA_HOME, gated whole and published; then one project's title changes and the gate runs on
that candidate in both modes (twice each), then on the published build again (nothing changed).
GX is imported once, in the first run; CPU seconds are the gate process's own.

    PYTHONPATH=. .venv/bin/python benchmarks/gate_slice.py 20000
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(n: int) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="integra-gate-slice-"))
    os.environ["INTEGRA_HOME"] = str(tmp / "home")
    sys.path.insert(0, str(ROOT / "tests"))
    import marts_factory as mf

    from integra.settings import paths
    from integra.warehousing.gate import run_gate
    from integra.warehousing.publish import publish

    home = paths()

    def timed(label, *args, **kw):
        t, c = time.perf_counter(), time.process_time()
        r = run_gate(*args, build_data_docs=False, write_reports=False, **kw)
        print(
            f"{label}: {r.mode}, wall {time.perf_counter() - t:.2f} s, "
            f"cpu {time.process_time() - c:.2f} s, validated "
            f"{sum(r.validated_rows.values()):,} of {sum(r.row_counts.values()):,} rows, "
            f"passed {r.passed}, load {os.getloadavg()[0]:.1f}",
            flush=True,
        )
        return r

    def change(frames):
        fct = frames["fct_projects"]
        fct.loc[fct["source_file"] == "torun/000_d62dbd5068231973.txt", "title"] = "Changed"

    try:
        base = mf.build_marts_db(home.build_db, contradicting=True, extra_projects=n)
        publish(
            base, gate_result=timed("first (whole, GX import included)", base, home.published_db)
        )
        cand = mf.build_marts_db(
            tmp / "candidate.duckdb", contradicting=True, extra_projects=n, mutate=change
        )
        for _ in range(2):
            timed("one changed, slice", cand, home.published_db)
            timed("one changed, whole", cand, home.published_db, whole=True)
        timed("nothing changed, slice", base, home.published_db)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
