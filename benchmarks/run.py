"""Scale benchmarks over the synthetic corpus (benchmarks/corpus.py). Each subcommand prints markdown rows.

    .venv/bin/python benchmarks/run.py machine
    .venv/bin/python benchmarks/run.py extract [--count 2000] [--seed 1]
    .venv/bin/python benchmarks/run.py refresh --count N [--seed 1] [--keep DIR]
    .venv/bin/python benchmarks/run.py incremental --count N [--seed 1]
    .venv/bin/python benchmarks/run.py accuracy [--count 1000] [--seed 1]
    .venv/bin/python benchmarks/run.py scale --count N [--seed 1] [--keep DIR]
    .venv/bin/python benchmarks/run.py replicate DIR --copies K
    .venv/bin/python benchmarks/run.py floor --home DIR/home
    .venv/bin/python benchmarks/run.py dashboards --home DIR/home

`refresh` generates N documents into a temporary INTEGRA_RAW, writes a temporary city registry with
every generated city (INTEGRA_CITY_REGISTRY) and an empty INTEGRA_HOME, runs `.venv/bin/integra
refresh --json` in a subprocess under /usr/bin/time -v (wall time, peak RSS of the child) and reads
the per-step durations from the run's Dagster step stats. `incremental` does a first refresh, then
refreshes with nothing touched, then after rewriting one document. `scale` does all of it for one
size and adds the plain-DuckDB SQL floor and the dashboards' size and headless-Chromium load time
(benchmarks/scale_parts.py); `floor` and `dashboards` give those rows for a kept INTEGRA_HOME.
`replicate` reaches sizes the extraction cannot in a session: on a folder kept by `refresh --keep` or
`scale --keep`, it copies every ingested document K times over (new ids, paths and titles in the build
file, hard links in the landing folder, so ingestion finds them unchanged), then times one
`integra refresh --force` (every stage but the extraction, on K times the documents); `scale --reuse
DIR` then gives the nothing-changed and one-changed rows at that size.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import importlib.metadata as md
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus

INTEGRA = ROOT / ".venv" / "bin" / "integra"
TIME = Path("/usr/bin/time")


def machine() -> str:
    v = {k: md.version(k) for k in ("duckdb", "dbt-core", "dbt-duckdb", "dagster", "dagster-dbt")}
    return (
        f"{dt.date.today().isoformat()}, {platform.machine()}, nproc {os.cpu_count()}, "
        f"Python {platform.python_version()}, " + ", ".join(f"{k} {x}" for k, x in v.items())
    )


def _docs(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".txt", ".html"))


def _peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: KiB


# ----------------------------------------------------------------------------- extract


def _children_cpu_seconds(pids: list[int] | None = None) -> dict[int, float]:
    """CPU seconds (user + system) so far of each live child process of this one (/proc), or of
    the given ones."""
    me, tick, out = os.getpid(), os.sysconf("SC_CLK_TCK"), {}
    names = [str(p) for p in pids] if pids is not None else os.listdir("/proc")
    for name in names:
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == me:
            out[int(name)] = (int(fields[11]) + int(fields[12])) / tick
    return out


def _pool_with_cpu(run) -> tuple[object, float, float, float, dict[int, float]]:
    """run() with the CPU accounting of the pool: (its result, wall s, the parent's CPU s, the
    workers' CPU s (exact, once reaped), each worker's CPU s (sampled every 0.2 s: a lower
    bound by at most the last 0.2 s))."""
    import threading

    seen: dict[int, float] = {}
    stop = threading.Event()

    def sample() -> None:
        rounds = 0
        while not stop.wait(0.2):  # the known workers every 0.2 s, every process every 2 s
            known = None if rounds % 10 == 0 else list(seen)
            seen.update(_children_cpu_seconds(known))
            rounds += 1

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    sampler = threading.Thread(target=sample, daemon=True)
    t0, c0 = time.perf_counter(), time.process_time()
    sampler.start()
    result = run()
    wall = time.perf_counter() - t0
    stop.set()
    sampler.join()
    parent = time.process_time() - c0  # (the sampler's reads of /proc included)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    children = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return result, wall, parent, children, seen


def cmd_extract(a) -> None:
    from integra.extract import extract_bytes
    from integra.warehousing.ingest import extract_many

    with tempfile.TemporaryDirectory(prefix="integra-bench-") as tmp:
        root = Path(tmp) / "raw"
        corpus.generate(root, a.count, a.seed)
        docs = _docs(root)
        blobs = [(p.read_bytes(), p.relative_to(root).as_posix()) for p in docs]
        mb = sum(len(b) for b, _ in blobs) / 1e6
        extract_bytes(*blobs[0])  # warm: gazetteer, lemmatiser, regexes
        t0 = time.perf_counter()
        for data, name in blobs:
            extract_bytes(data, name)
        one = time.perf_counter() - t0
        one_cpu = time.process_time()
        for data, name in blobs[: max(1, len(blobs) // 4)]:
            extract_bytes(data, name)
        one_cpu = (time.process_time() - one_cpu) / max(1, len(blobs) // 4)
        jobs = [(str(p), p.relative_to(root).as_posix()) for p in docs]
        n, allc, parent, children, each = _pool_with_cpu(lambda: sum(1 for _ in extract_many(jobs)))
        assert n == len(docs)
        load = os.getloadavg()[0]
    print(
        "| extraction | documents | MB | one core: docs/s | one core: MB/s | all cores "
        f"({os.cpu_count()}, extract_many, incl. pool start): docs/s | all cores: MB/s | peak RSS parent / children |"
    )
    print("|---|---|---|---|---|---|---|---|")
    print(
        f"| synthetic seed {a.seed} | {len(docs)} | {mb:.1f} | {len(docs) / one:,.0f} | {mb / one:.2f} | "
        f"{len(docs) / allc:,.0f} | {mb / allc:.2f} | {_peak_rss_mb():.0f} MB / "
        f"{_peak_rss_mb(resource.RUSAGE_CHILDREN):.0f} MB |"
    )
    busy = ", ".join(f"{cpu:.1f} s ({cpu / allc:.0%} of the wall)" for cpu in sorted(each.values()))
    print(
        f"\npool CPU: wall {allc:.1f} s; workers {children:.1f} CPU s in all (each: {busy}); parent "
        f"{parent:.1f} CPU s; one core in process {1000 * one_cpu:.2f} CPU ms per document "
        f"({1 / one_cpu:,.0f} documents per CPU-second); load average {load:.1f}"
    )


# ----------------------------------------------------------------------------- refresh


def write_registry(path: Path, raw: Path) -> None:
    slugs = {p.name for p in raw.iterdir() if p.is_dir()}
    rows = corpus.registry_rows(slugs)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


def run_integra_refresh(home: Path, raw: Path, registry: Path, extra: tuple[str, ...] = ()) -> dict:
    env = {
        **os.environ,
        "INTEGRA_HOME": str(home),
        "INTEGRA_RAW": str(raw),
        "INTEGRA_CITY_REGISTRY": str(registry),
        "DO_NOT_TRACK": "1",
    }
    env.pop("DAGSTER_HOME", None)
    cmd = [str(INTEGRA), "refresh", "--json", *extra]
    tv = Path(tempfile.mkstemp(prefix="time-", suffix=".txt")[1])
    if TIME.exists():
        cmd = [str(TIME), "-v", "-o", str(tv), *cmd]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, check=False, env=env, capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - t0
    if TIME.exists():
        txt = tv.read_text()
        peak = (
            next(
                int(ln.split(":")[1])
                for ln in txt.splitlines()
                if "Maximum resident set size" in ln
            )
            / 1024
        )
    else:
        peak = _peak_rss_mb(resource.RUSAGE_CHILDREN)
    tv.unlink(missing_ok=True)
    try:
        out = json.loads(proc.stdout[proc.stdout.index("{") :])
    except ValueError:
        out = {"status": f"exit {proc.returncode}", "message": proc.stderr[-2000:]}
    out["_wall"], out["_peak_mb"], out["_rc"] = wall, peak, proc.returncode
    out["_stages"] = stage_times(home, out.get("run_id"))
    return out


def stage_times(home: Path, run_id: str | None) -> dict[str, float]:
    """Seconds per stage from the Dagster step stats of the run (steps grouped by their first
    word), and under "events" the number of events the run stored (each a commit in Dagster's
    SQLite storage)."""
    if not run_id:
        return {}
    code = (
        "import json,sys,dagster as dg\n"
        "with dg.DagsterInstance.get() as i:\n"
        "    st = i.get_run_step_stats(sys.argv[1])\n"
        "    steps = {s.step_key: s.end_time - s.start_time for s in st if s.start_time and s.end_time}\n"
        "    print(json.dumps({'steps': steps, 'events': len(i.all_logs(sys.argv[1]))}))\n"
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
        found = json.loads(r.stdout)
    except ValueError:
        return {}
    groups: dict[str, float] = {}
    for key, sec in found["steps"].items():
        g = _stage_of(key)
        groups[g] = groups.get(g, 0.0) + sec
    return {**groups, "events": found["events"]}


def _stage_of(step_key: str) -> str:
    k = step_key.lower()
    for word, stage in (
        ("raw", "ingest"),
        ("landed", "ingest"),
        ("ingest", "ingest"),
        ("gate", "gate"),
        ("quality", "gate"),
        ("dashboard", "dashboards"),
        ("site", "dashboards"),
        ("publish", "publish"),
    ):
        if word in k:
            return stage
    return (
        "dbt"
        if "dbt" in k or "stg_" in k or "fct_" in k or "dim_" in k or "mart" in k
        else step_key
    )


def ingest_breakdown(label: str, out: dict) -> str:
    """Where the ingest stage's time went (the ingestion summary's `timings`), one line."""
    t = (out.get("ingest") or {}).get("timings") or {}
    if not t:
        return f"<!-- {label}: no ingest timings -->"
    keys = (
        "wall_s",
        "scan_s",
        "waiting_for_results_s",
        "handling_results_s",
        "writing_s",
        "writer_finishing_s",
        "parent_cpu_s",
        "workers_cpu_s",
        "workers",
        "workers_start_s",
        "workers_waited_s",
    )
    return f"{label}, ingest: " + ", ".join(f"{k} {t[k]:g}" for k in keys if k in t)


def _fmt_stages(stages: dict[str, float], wall: float) -> str:
    if not stages:
        return "n/a"
    st = {k: v for k, v in stages.items() if k != "events"}
    order = ["ingest", "dbt", "gate", "publish", "dashboards"]
    parts = [f"{k} {st[k]:.1f}" for k in order if k in st] + [
        f"{k} {v:.1f}" for k, v in st.items() if k not in order
    ]
    return (
        ", ".join(parts)
        + f"; outside steps (start-up, manifest, Dagster) {wall - sum(st.values()):.1f}"
        + (f"; {stages['events']} run events" if "events" in stages else "")
    )


ROW_HEAD = (
    "| run | documents | MB | status | wall s | peak RSS MB | stage step-seconds (Dagster step stats) |\n"
    "|---|---|---|---|---|---|---|"
)


def _row(label: str, n: int, mb: float, out: dict) -> str:
    ing = out.get("ingest") or {}
    status = out.get("status")
    if ing:
        status += f" (new {ing.get('new', 0)}, changed {ing.get('changed', 0)}, unchanged {ing.get('unchanged', 0)}, rejected {ing.get('rejected', 0)})"
    return (
        f"| {label} | {n:,} | {mb:.2f} | {status} | {out['_wall']:.1f} | {out['_peak_mb']:.0f} | "
        f"{_fmt_stages(out['_stages'], out['_wall'])} |"
    )


def _setup(
    base: Path, count: int, seed: int, known_failures: bool = True
) -> tuple[Path, Path, Path, float]:
    raw, home, reg = base / "raw", base / "home", base / "cities.csv"
    corpus.generate(raw, count, seed, known_failures=known_failures)
    for t in raw.rglob("*.truth.json"):  # the landing folder holds documents only
        t.rename(base / ("truth-" + t.parent.name + "-" + t.name))
    write_registry(reg, raw)
    mb = sum(p.stat().st_size for p in _docs(raw)) / 1e6
    return raw, home, reg, mb


def cmd_refresh(a) -> None:
    base = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="integra-refresh-"))
    try:
        raw, home, reg, mb = _setup(base, a.count, a.seed, not a.no_known_failures)
        out = run_integra_refresh(home, raw, reg)
        print(ROW_HEAD)
        label = f"full refresh from empty, seed {a.seed}" + (
            ", --no-known-failures" if a.no_known_failures else ""
        )
        print(_row(label, a.count, mb, out))
        print("\n" + ingest_breakdown(label, out))
        if out["_rc"] != 0:
            print(f"\n<!-- refresh message: {out.get('message', '')[:1500]} -->")
    finally:
        if not a.keep:
            shutil.rmtree(base, ignore_errors=True)


def touch_one_document(raw: Path) -> Path:
    """Rewrite one document (the middle one) with an added sentence, as a centre editing its page.

    Only a landed file whose ingested facts were read from it is chosen: `replicate` gives its
    copies (copy-K-*) titles of their own ('title (K)') while their files are links to the
    original's, so an edited copy read again would have its title changed back, leave its
    project (which vanishes) and join the original's: not one page edited but a project gone,
    which moved every later row of the project table (the seventeenth session's 100,000 run)."""
    docs = _docs(raw)
    originals = [d for d in docs if not d.name.startswith("copy-")]
    doc = (originals or docs)[len(originals or docs) // 2]
    data = doc.read_bytes()
    marker = "Ośrodek zaktualizował opis projektu.".encode(
        "cp1250" if b"windows-1250" in data else "utf-8"
    )
    if doc.suffix == ".html":
        data = data.replace(b"</article>", b"<p>" + marker + b"</p></article>", 1)
    else:
        data = data + b"\n" + marker + b"\n"
    # a new file renamed over the old one (as a sync tool writes): a landing folder made by
    # `replicate` holds hard links, and writing in place would change every copy sharing the inode
    tmp = doc.with_name(doc.name + ".tmp-touch")
    tmp.write_bytes(data)
    os.replace(tmp, doc)
    return doc


def _site_inodes(site: Path) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_ino for p in site.rglob("*") if p.is_file()}


def _rewritten_row(before: dict[str, int], site: Path) -> str:
    """How many of the site's files the last refresh wrote anew (an unchanged file is a hard
    link to the previous site's, so it keeps its inode)."""
    after = _site_inodes(site)
    new = sum(1 for rel, ino in after.items() if before.get(rel) != ino)
    share = new / len(after) if after else 0.0
    return f"Site after one changed document: {new:,} of {len(after):,} files written anew ({share:.2%}; target ≤ 1%)."


def cmd_incremental(a) -> None:
    base = Path(tempfile.mkdtemp(prefix="integra-incr-"))
    try:
        raw, home, reg, mb = _setup(base, a.count, a.seed, not a.no_known_failures)
        first = run_integra_refresh(home, raw, reg)
        same = run_integra_refresh(home, raw, reg)
        touch_one_document(raw)
        before = _site_inodes(home / "site")
        changed = run_integra_refresh(home, raw, reg)
        print(ROW_HEAD)
        print(_row("first refresh (from empty)", a.count, mb, first))
        print(_row("incremental, nothing changed", a.count, mb, same))
        print(_row("incremental, one document changed", a.count, mb, changed))
        print()
        print(_rewritten_row(before, home / "site"))
    finally:
        shutil.rmtree(base, ignore_errors=True)


def _floor_rows(home: Path, pipeline_stages: dict[str, float] | None) -> str:
    from scale_parts import sql_floor

    f = sql_floor(home)
    floor_s = f["build_s"] + f["copy_s"]
    out = [
        "| measure | seconds |",
        "|---|---|",
        f"| plain-SQL floor: {f['models']} models rebuilt from raw.* + seeds in one DuckDB process | {f['build_s']:.1f} |",
        f"| plain-SQL floor: marts copied into a new file | {f['copy_s']:.1f} |",
        f"| floor total | {floor_s:.1f} |",
    ]
    if pipeline_stages:
        pipe = sum(pipeline_stages.get(k, 0.0) for k in ("dbt", "gate", "publish"))
        out.append(f"| pipeline dbt + gate + publish (step stats) | {pipe:.1f} |")
        out.append(f"| ratio (target ≤ 2, issue 15) | {pipe / floor_s:.1f}x |")
    out.append("")
    out.append("Mart rows: " + ", ".join(f"{k} {v:,}" for k, v in f["rows"].items()))
    return "\n".join(out)


def _site_rows(site: Path) -> str:
    from scale_parts import site_load_times, site_size

    sz = site_size(site)
    out = [
        (
            f"Site: {sz['files']:,} files, {sz['total_mb']:.1f} MB on disk; {sz['project_pages']:,} project pages "
            f"{sz['project_pages_mb']:.1f} MB; everything else {sz['without_project_pages_mb']:.1f} MB."
        ),
        "",
        "| page | usable after (ms, best of 3, headless Chromium, file://) | MB loaded (page + scripts + data) |",
        "|---|---|---|",
    ]
    chromium, chromedriver = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
    if not (chromium.is_file() and chromedriver.is_file()):
        out[-2:] = [
            f"Page load times not measured: headless Chromium needs {chromium} and {chromedriver} "
            "(apt-get install -y chromium chromium-driver)."
        ]
        return "\n".join(out)
    for rel, t in site_load_times(site).items():
        out.append(f"| {rel} | {t['ms']:.0f} | {t['loaded_mb']:.2f} |")
    return "\n".join(out)


def cmd_scale(a) -> None:
    """Every row for one corpus size: full refresh, floor, dashboards, nothing changed, one changed.
    With `--reuse DIR` (a folder kept by an earlier `scale --keep DIR`): no generation and no full
    refresh, only "nothing changed" and "one changed" against the kept warehouse."""
    if a.reuse:
        return _scale_reused(Path(a.reuse))
    base = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="integra-scale-"))
    try:
        t0 = time.perf_counter()
        raw, home, reg, mb = _setup(base, a.count, a.seed, not a.no_known_failures)
        print(
            f"<!-- corpus of {a.count:,} generated in {time.perf_counter() - t0:.0f} s -->",
            flush=True,
        )
        first = run_integra_refresh(home, raw, reg)
        print(ROW_HEAD)
        print(_row("full refresh from empty", a.count, mb, first), flush=True)
        if first["_rc"] != 0:
            print(f"\n<!-- refresh message: {first.get('message', '')[:1500]} -->")
            return
        changed, before = _nothing_then_one_changed(home, raw, reg, a.count, mb)
        print()
        for label, out in (("full refresh", first), ("one changed", changed)):
            print(ingest_breakdown(label, out) + "  ")
        print()
        print(_rewritten_row(before, home / "site"), flush=True)
        print()
        print(_floor_rows(home, first["_stages"]), flush=True)
        print()
        print(_site_rows(home / "site"), flush=True)
    finally:
        if not a.keep:
            shutil.rmtree(base, ignore_errors=True)


def _nothing_then_one_changed(
    home: Path, raw: Path, reg: Path, count: int, mb: float
) -> tuple[dict, dict[str, int]]:
    """The "nothing changed" and "one changed" rows on a published warehouse: (the second
    refresh's output, the site's inodes before it)."""
    same = run_integra_refresh(home, raw, reg)
    print(_row("incremental, nothing changed", count, mb, same), flush=True)
    touch_one_document(raw)
    before = _site_inodes(home / "site")
    changed = run_integra_refresh(home, raw, reg)
    print(_row("incremental, one document changed", count, mb, changed), flush=True)
    return changed, before


def _scale_reused(base: Path) -> None:
    """`scale --reuse DIR`: the incremental rows on a warehouse kept by `scale --keep DIR`.
    A kept warehouse built by other code (dbt project, suites, registry or extractor changed)
    is not "nothing changed": that row then shows the rebuild it had to do, and says so."""
    raw, home, reg = base / "raw", base / "home", base / "cities.csv"
    if not (raw.is_dir() and reg.is_file() and (home / "published" / "current.duckdb").exists()):
        raise SystemExit(
            f"{base}: not a folder kept by `run.py scale --keep` after a published refresh "
            "(raw/, home/published/current.duckdb and cities.csv expected)"
        )
    docs = _docs(raw)
    mb = sum(p.stat().st_size for p in docs) / 1e6
    print(f"<!-- reusing {base}: {len(docs):,} documents, no generation, no full refresh -->")
    print(ROW_HEAD)
    changed, before = _nothing_then_one_changed(home, raw, reg, len(docs), mb)
    print()
    print(ingest_breakdown("one changed", changed) + "  ")
    print()
    print(_rewritten_row(before, home / "site"), flush=True)


def cmd_replicate(a) -> None:
    """`replicate DIR --copies K`: K times the kept folder's documents, then one forced refresh."""
    import duckdb
    from scale_parts import replicate_documents

    base = Path(a.base)
    raw, home, reg = base / "raw", base / "home", base / "cities.csv"
    build = home / "build" / "warehouse.duckdb"
    if not (raw.is_dir() and reg.is_file() and build.exists()):
        raise SystemExit(f"{base}: not a folder kept by `run.py refresh|scale --keep`")
    con = duckdb.connect(str(build), read_only=True)
    files = [
        r[0]
        for r in con.execute(
            "select source_file from raw.documents where is_current and source_file not like '%/copy-%'"
        ).fetchall()
    ]
    con.close()
    t0 = time.perf_counter()
    n = replicate_documents(build, a.copies)
    for k in range(1, a.copies):
        for f in files:
            city, name = f.split("/", 1)
            target = raw / city / f"copy-{k}-{name.rsplit('/', 1)[-1]}"
            if not target.exists():
                os.link(raw / f, target)
    docs = _docs(raw)
    mb = sum(p.stat().st_size for p in docs) / 1e6
    print(
        f"<!-- {len(files):,} ingested documents copied to {n:,} (and {len(docs):,} landed files) "
        f"in {time.perf_counter() - t0:.0f} s; extraction not re-run -->",
        flush=True,
    )
    out = run_integra_refresh(home, raw, reg, ("--force",))
    print(ROW_HEAD)
    print(_row("forced refresh of replicated documents", len(docs), mb, out), flush=True)
    if out["_rc"] != 0:
        print(f"\n<!-- refresh message: {out.get('message', '')[:1500]} -->")
        return
    print()
    print(_floor_rows(home, out["_stages"]), flush=True)


def cmd_accuracy(a) -> None:
    from integra.extract import extract_bytes

    with tempfile.TemporaryDirectory(prefix="integra-acc-") as tmp:
        root = Path(tmp)
        corpus.generate(root, a.count, a.seed)
        docs = _docs(root)
        right = dict.fromkeys(corpus.TRUTH_FIELDS, 0)
        stated = dict.fromkeys(corpus.TRUTH_FIELDS, 0)
        for p in docs:
            truth = json.loads(p.with_name(p.name.split(".")[0] + ".truth.json").read_text("utf-8"))
            rec = extract_bytes(p.read_bytes(), p.name)[0]
            for k in corpus.TRUTH_FIELDS:
                right[k] += rec.get(k) == truth[k]
                stated[k] += truth[k] is not None
    print(f"| field | right / {len(docs)} | accuracy | documents stating it |\n|---|---|---|---|")
    for k in corpus.TRUTH_FIELDS:
        print(f"| {k} | {right[k]} | {right[k] / len(docs):.3f} | {stated[k]} |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("machine")
    for name, default in (
        ("extract", 2000),
        ("refresh", 5),
        ("incremental", 1000),
        ("accuracy", 1000),
    ):
        s = sub.add_parser(name)
        s.add_argument("--count", type=int, default=default)
        s.add_argument("--seed", type=int, default=1)
        if name == "refresh":
            s.add_argument("--keep", help="generate into this folder and keep it")
        if name in ("refresh", "incremental"):
            s.add_argument(
                "--no-known-failures",
                action="store_true",
                help="corpus without the templates the extractor misreads (so the gate can pass)",
            )
    s = sub.add_parser(
        "scale", help="every row for one size (refresh, incremental, floor, dashboards)"
    )
    s.add_argument("--count", type=int, default=10000)
    s.add_argument("--seed", type=int, default=1)
    s.add_argument("--keep", help="generate into this folder and keep it")
    s.add_argument(
        "--reuse",
        metavar="DIR",
        help="a folder kept by an earlier `scale --keep DIR`: skip the generation and the full "
        "refresh, run only nothing changed and one changed against its warehouse",
    )
    s.add_argument("--no-known-failures", action="store_true")
    s = sub.add_parser(
        "replicate",
        help="copy a kept folder's ingested documents K times and time one forced refresh",
    )
    s.add_argument("base", metavar="DIR", help="a folder kept by `refresh --keep` / `scale --keep`")
    s.add_argument(
        "--copies", type=int, required=True, help="K: the documents become K times as many"
    )
    for name in ("floor", "dashboards"):
        s = sub.add_parser(name, help=f"{name} rows for a finished INTEGRA_HOME")
        s.add_argument(
            "--home",
            required=True,
            help="an INTEGRA_HOME after a refresh (e.g. scale --keep DIR: DIR/home)",
        )
    a = ap.parse_args(argv)
    if a.cmd == "machine":
        print(machine())
    elif a.cmd == "extract":
        cmd_extract(a)
    elif a.cmd == "refresh":
        cmd_refresh(a)
    elif a.cmd == "incremental":
        cmd_incremental(a)
    elif a.cmd == "accuracy":
        cmd_accuracy(a)
    elif a.cmd == "scale":
        cmd_scale(a)
    elif a.cmd == "replicate":
        cmd_replicate(a)
    elif a.cmd == "floor":
        print(_floor_rows(Path(a.home), None))
    elif a.cmd == "dashboards":
        print(_site_rows(Path(a.home) / "site"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
