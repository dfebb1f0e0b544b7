"""Where a refresh's memory goes: run `integra refresh --json [ARGS]` on a kept folder and sample
the RSS of every process of its tree (from /proc, every --every seconds), then give, per stage
(the Dagster step windows of the run), the peak RSS of the main process, of the largest other
process (named by its role: dbt, a site worker, an extraction worker...) and of the whole tree.

    .venv/bin/python benchmarks/memory_profile.py DIR [--force] [--fresh-site] [--every 0.2]

DIR is a folder kept by `run.py refresh|scale --keep` (raw/, home/, cities.csv). `--fresh-site`
moves the site (and its spare) aside first, so every page and download is rendered, as in the
first refresh of a large folder. `/usr/bin/time -v`'s "Maximum resident set size" (what
`run.py` reports) is the largest single process of the tree, not their sum: both are printed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))


def _children_map() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat", "rb") as fh:
                s = fh.read()
        except OSError:
            continue
        rest = s[s.rindex(b")") + 2 :].split()
        kids.setdefault(int(rest[1]), []).append(int(d))
    return kids


def _rss_mb(pid: int) -> float | None:
    """The process's high-water mark of RSS so far (VmHWM: exact between samples)."""
    try:
        with open(f"/proc/{pid}/status", "rb") as fh:
            for line in fh:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, IndexError, ValueError):
        return None
    return None


def _role(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            cmd = fh.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return "?"
    for needle, role in (
        ("dbt_warm", "dbt"),
        ("integra-dbt", "dbt"),
        ("isolation import serve", "extract-worker"),
        ("multiprocessing", "site-worker"),
        ("spawn_main", "site-worker"),
        ("refresh --json", "main"),
        ("dbt", "dbt"),
    ):
        if needle in cmd:
            return role
    return cmd[:60] or "?"


class Sampler(threading.Thread):
    def __init__(self, root_pid: int, every: float) -> None:
        super().__init__(daemon=True)
        self.root, self.every = root_pid, every
        self.samples: list[tuple[float, dict[int, tuple[str, float]]]] = []
        self.roles: dict[int, str] = {}
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            kids = _children_map()
            todo, tree = [self.root], {}
            while todo:
                p = todo.pop()
                r = _rss_mb(p)
                if r is not None:
                    if p not in self.roles:
                        self.roles[p] = _role(p)
                    tree[p] = (self.roles[p], r)
                todo.extend(kids.get(p, []))
            self.samples.append((time.time(), tree))
            self.stop.wait(self.every)


def step_windows(home: Path, run_id: str | None) -> list[tuple[str, float, float]]:
    if not run_id:
        return []
    code = (
        "import json,sys,dagster as dg\n"
        "with dg.DagsterInstance.get() as i:\n"
        "    st = i.get_run_step_stats(sys.argv[1])\n"
        "    print(json.dumps([[s.step_key, s.start_time, s.end_time] for s in st "
        "if s.start_time and s.end_time]))\n"
    )
    env = {**os.environ, "DAGSTER_HOME": str(home / "dagster")}
    r = subprocess.run(
        [str(ROOT / ".venv/bin/python"), "-c", code, run_id],
        check=False,
        env=env,
        capture_output=True,
        text=True,
    )
    try:
        return [tuple(x) for x in json.loads(r.stdout)]
    except ValueError:
        return []


def main() -> None:
    from run import _stage_of

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("base")
    ap.add_argument("--force", action="store_true")
    ap.add_argument("--fresh-site", action="store_true")
    ap.add_argument("--every", type=float, default=0.2)
    ap.add_argument("--timeline", help="write the samples (time, role, pid, MB) as TSV here")
    a = ap.parse_args()
    base = Path(a.base)
    raw, home, reg = base / "raw", base / "home", base / "cities.csv"
    if a.fresh_site:
        for name in ("site", ".site.spare"):
            p = home / name
            if p.exists():
                shutil.rmtree(p)
    env = {
        **os.environ,
        "INTEGRA_HOME": str(home),
        "INTEGRA_RAW": str(raw),
        "INTEGRA_CITY_REGISTRY": str(reg),
        "DO_NOT_TRACK": "1",
    }
    env.pop("DAGSTER_HOME", None)
    cmd = [str(ROOT / ".venv/bin/integra"), "refresh", "--json"] + (["--force"] if a.force else [])
    t0 = time.time()
    proc = subprocess.Popen(
        cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    s = Sampler(proc.pid, a.every)
    s.start()
    out, err = proc.communicate()
    s.stop.set()
    s.join()
    wall = time.time() - t0
    try:
        res = json.loads(out[out.index("{") :])
    except ValueError:
        print(err[-3000:])
        raise SystemExit(f"exit {proc.returncode}") from None
    windows = step_windows(home, res.get("run_id"))
    stages: dict[str, list[tuple[float, float]]] = {}
    for key, st, en in windows:
        stages.setdefault(_stage_of(key), []).append((st, en))

    def peaks(t_from: float, t_to: float) -> tuple[float, float, tuple[str, float], float]:
        """main's peak at the window's start and end, the largest other process's peak, the sum
        of the processes' peaks (an upper bound of the tree's RSS at one time)."""
        main_at: list[float] = []
        other, tree_pk = ("-", 0.0), 0.0
        for t, tree in s.samples:
            if not (t_from <= t <= t_to):
                continue
            tot = 0.0
            for pid, (role, mb) in tree.items():
                tot += mb
                if pid == proc.pid:
                    main_at.append(mb)
                elif mb > other[1]:
                    other = (role, mb)
            tree_pk = max(tree_pk, tot)
        return (main_at or [0.0])[0], (main_at or [0.0])[-1], other, tree_pk

    print(f"status {res.get('status')}, wall {wall:.1f} s, rc {proc.returncode}")
    print("| stage | seconds | main peak MB (start → end) | largest other MB | sum of peaks MB |")
    print("|---|---|---|---|---|")
    order = ["ingest", "dbt", "gate", "publish", "dashboards"]
    for g in sorted(stages, key=lambda k: (order.index(k) if k in order else 99, k)):
        w = stages[g]
        secs = sum(en - st for st, en in w)
        m0, m1, o, tr = peaks(min(st for st, _ in w), max(en for _, en in w))
        print(f"| {g} | {secs:.1f} | {m0:.0f} → {m1:.0f} | {o[1]:.0f} ({o[0]}) | {tr:.0f} |")
    m0, m1, o, tr = peaks(0, float("inf"))
    print(f"| whole run | {wall:.1f} | {m1:.0f} | {o[1]:.0f} ({o[0]}) | {tr:.0f} |")
    if a.timeline:
        with open(a.timeline, "w") as fh:
            for t, tree in s.samples:
                for pid, (role, mb) in tree.items():
                    fh.write(f"{t - t0:.2f}\t{role}\t{pid}\t{mb:.0f}\n")


if __name__ == "__main__":
    main()
