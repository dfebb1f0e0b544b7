"""Reliability: the long fuzzing run of issue 8, and the table in docs/RELIABILITY.md.

    .venv/bin/python benchmarks/reliability.py [--budget-seconds 300] [--out docs/RELIABILITY.md]
                                               [--no-tests]

Reruns the input cases of tests/test_hardening.py at larger counts (every truncation of every
seed, 2,000 byte flips, 500 hypothesis examples, ...) through `extract_bytes`, each case checked
against the contract (no exception, schema-valid strict JSON, ok or rejected with a reason,
within the per-document time limit INTEGRA_EXTRACT_TIME_LIMIT). Families get a share of the budget
and stop early when it is spent (the table says how many cases ran). Then, unless --no-tests,
it runs the path / concurrency / service tests and the fault and race tests of
tests/test_pipeline.py and tests/test_publish.py with pytest, with what is left of the budget,
and writes the table. Exit 1 when any case crashed or a test failed.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from fuzz import cases as fz

import integra.extract.record as record_mod


@dataclass
class Row:
    family: str
    planned: int
    done: int = 0
    crashes: int = 0
    rejected: int = 0
    ok: int = 0
    over_limit: int = 0
    max_seconds: float = 0.0
    notes: list[str] = field(default_factory=list)
    reasons: dict[str, int] = field(default_factory=dict)

    def add(self, case: fz.Case) -> fz.Outcome | None:
        self.done += 1
        try:
            o = fz.check(*case)
        except fz.ContractViolation as exc:
            self.crashes += 1
            if len(self.notes) < 3:
                self.notes.append(str(exc)[:200])
            return None
        self.max_seconds = max(self.max_seconds, o.seconds)
        if o.seconds > 2 * record_mod.TIME_LIMIT_SECONDS + 1:
            self.over_limit += 1
        if o.status == "ok":
            self.ok += 1
        else:
            self.rejected += 1
            reason = re.sub(r"\d+(\.\d+)?", "N", o.problems[0])[:90]
            self.reasons[reason] = self.reasons.get(reason, 0) + 1
        return o


def _run_family(row: Row, cases, deadline: float) -> Row:
    for case in cases:
        if time.monotonic() > deadline:
            row.notes.append(f"budget spent after {row.done} of {row.planned} cases")
            break
        row.add(case)
    return row


def fuzz(budget: float) -> list[Row]:
    seeds = fz.seeds()
    start = time.monotonic()
    rows: list[Row] = []

    def share(fraction: float) -> float:
        return time.monotonic() + fraction * budget

    truncs = [c for name, data in seeds for c in fz.truncations(name, data)]
    rows.append(
        _run_family(
            Row("truncation at every sentence/line boundary, all 5 seeds", len(truncs)),
            truncs,
            share(0.08),
        )
    )

    n_flips = 2000
    rows.append(
        _run_family(
            Row("random byte flips (1-16 bytes of a seed, seeded)", n_flips),
            fz.byte_flips(seeds, n_flips),
            share(0.15),
        )
    )

    reenc = [r for name, data in seeds for r in fz.reencodings(name, data)]
    row = Row(
        "re-encoding: CP1250, ISO-8859-2, UTF-16 LE/BE with and without BOM, UTF-8 BOM, "
        "CRLF, lone CR, CP1250+CRLF (5 seeds x 10)",
        len(reenc),
    )
    same = 0
    for case, name, data, reference in reenc:
        o = row.add((case, name, data))
        want = fz.check("reference", name, reference.encode("utf-8")).record
        if o is not None and fz.facts(o.record) == fz.facts(want):
            same += 1
        elif o is not None and len(row.notes) < 3:
            row.notes.append(f"{case}: facts differ from the UTF-8 original")
    row.notes.insert(0, f"facts identical to the UTF-8 original: {same} of {len(reenc)}")
    rows.append(row)

    big = [fz.big_document(seeds), fz.one_line_document(seeds)]
    row = _run_family(
        Row(f"20 MB document; one 5 MB line (time limit {record_mod.TIME_LIMIT_SECONDS:g} s)", 2),
        big,
        share(0.25),
    )
    rows.append(row)

    html = fz.hostile_html(seeds, depth=5000) + fz.hostile_html(seeds, depth=50_000)
    rows.append(
        _run_family(
            Row(
                "HTML: scripts/styles/noscript, nesting 5,000 and 50,000 levels, "
                "unclosed tags, unterminated comments",
                len(html),
            ),
            html,
            share(0.1),
        )
    )

    pdfs = [fz.pdf_without_text(), *fz.broken_pdfs()]
    rows.append(
        _run_family(
            Row("PDF with no text layer; header-only, truncated, text named .pdf", len(pdfs)),
            pdfs,
            share(0.05),
        )
    )

    odd = [*fz.odd_values(), fz.hostile_text_document()]
    rows.append(
        _run_family(
            Row(
                "numbers with hundreds of digits, 31.02.2019-style dates, regex bait, "
                "empty, NUL, random binary, HTML/JS/SQL in title and instruments",
                len(odd),
            ),
            odd,
            share(0.05),
        )
    )

    rows.append(_hypothesis(500, share(0.3)))
    for r in rows:
        r.notes.append(
            f"{sum(r.reasons.values())} rejected: "
            + "; ".join(
                f"{n}x {reason}"
                for reason, n in sorted(r.reasons.items(), key=lambda kv: -kv[1])[:3]
            )
            if r.reasons
            else ""
        )
    print(f"fuzzing: {time.monotonic() - start:.0f} s", file=sys.stderr)
    return rows


def _hypothesis(n: int, deadline: float) -> Row:
    from hypothesis import HealthCheck, given, settings

    row = Row("hypothesis: random text of Polish words, digits, zł, dates, punctuation", n)

    @settings(
        max_examples=n,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(text=fz.hypothesis_text_strategy())
    def one(text: str) -> None:
        if time.monotonic() > deadline:
            return
        row.add(("hypothesis", "random.txt", text.encode("utf-8")))

    try:
        one()
    except Exception as exc:
        row.notes.append(f"hypothesis stopped: {type(exc).__name__}")
    if row.done < n:
        row.notes.append(f"budget spent after {row.done} of {n} examples")
    return row


# ------------------------------------------------------------------- pytest-covered cases

# (what, pytest node ids or None when not done, note)
TESTED = [
    (
        "paths: symlink out of the landing folder, city folder symlinked outside",
        [
            "tests/test_hardening.py::test_scan_city_refuses_a_symlink_to_outside",
            "tests/test_hardening.py::test_scan_city_refuses_a_city_folder_that_points_outside",
        ],
        "",
    ),
    (
        "paths: city slugs with `..`, `/`, quotes, SQL refused by ingest_cities",
        ["tests/test_hardening.py::test_ingest_refuses_slugs_that_are_not_registry_cities"],
        "",
    ),
    (
        "landing folder never modified (tree hash of names, modes, bytes, mtimes), read-only landing folder",
        ["tests/test_hardening.py::test_landing_folder_is_never_modified_even_read_only"],
        "run as root, chmod does not stop writes; the hash shows none were made",
    ),
    (
        (
            "`integra query` cannot read files (read_csv, read_text, bare path), COPY TO, ATTACH, INSTALL, "
            "re-enable external access, write"
        ),
        ["tests/test_hardening.py::test_query_cannot_read_or_write_files"],
        "",
    ),
    (
        "two refreshes at once: the second process fails fast, naming the holder's pid",
        [
            "tests/test_hardening.py::test_second_refresh_lock_fails_fast_naming_the_holder",
            "tests/test_publish.py::test_refresh_lock_refuses_a_second_refresh_and_is_freed_by_sigkill",
            "tests/test_pipeline.py::test_two_refreshes_at_once_the_second_refuses",
        ],
        "",
    ),
    (
        "services: Dagster webserver on 127.0.0.1 by default; telemetry disabled in dagster.yaml",
        [
            "tests/test_hardening.py::test_serve_binds_loopback_by_default",
            "tests/test_hardening.py::test_dagster_telemetry_is_disabled",
        ],
        "command checked, server not started",
    ),
    (
        "per-document time limit enforced on a rule that never returns",
        ["tests/test_hardening.py::test_time_limit_stops_a_slow_rule"],
        "",
    ),
    (
        "SIGKILL during publication (copying marts; before the swap): current untouched",
        ["tests/test_publish.py::test_sigkill_during_publication_leaves_current_untouched"],
        "",
    ),
    (
        "SIGKILL during the build: published readable, next refresh works",
        [
            "tests/test_publish.py::test_sigkill_during_build_leaves_published_readable_and_next_refresh_works"
        ],
        "",
    ),
    (
        "failed gate or changed build: current byte for byte unchanged",
        ["tests/test_publish.py::test_failed_gate_or_changed_build_leaves_current_byte_for_byte"],
        "",
    ),
    (
        "readers during publications never error and see whole versions",
        [
            "tests/test_publish.py::test_reader_during_publications_never_errors_and_sees_whole_versions"
        ],
        "",
    ),
    (
        "full pipeline: blocked gate keeps the published version and reports",
        ["tests/test_pipeline.py::test_blocked_refresh_keeps_published_and_reports"],
        "",
    ),
    (
        "full pipeline: SIGKILL during dbt and during publication, next refresh recovers with no manual step",
        [
            "tests/test_pipeline.py::test_sigkill_during_dbt_and_during_publication_leaves_published_untouched"
        ],
        "",
    ),
    (
        "full pipeline: reader during a refresh sees old or new, never a mix",
        [
            "tests/test_pipeline.py::test_cli_publish_list_rollback_dashboards_export",
            "tests/test_pipeline.py::test_reader_during_refresh_sees_old_or_new_never_a_mix",
        ],
        "the reader test rolls back first (or forces the refresh when only one version exists)",
    ),
    (
        "full pipeline: SIGKILL during ingestion (a batch inserted, before its commit); full disk while "
        "ingestion writes (the whole process: EFBIG from there on); next refresh publishes every landed document",
        ["tests/test_pipeline.py::test_sigkill_and_full_disk_during_ingestion_lose_no_document"],
        "the disk-full refresh exits 1 with a one-line reason and the hint 'is the disk under INTEGRA_HOME "
        "full?', no traceback",
    ),
    (
        "full pipeline: full disk as dbt starts (whole process; dbt alone through a wrapper capped at 300 KB), "
        "SIGKILL while the gate validates, SIGKILL while the dashboards are written; the next plain refresh "
        "rebuilds the stale site",
        [
            "tests/test_pipeline.py::test_full_disk_during_dbt_and_sigkill_during_gate_and_dashboards"
        ],
        "slow-marked (three forced rebuilds); the dbt-only case names dbt's own error ('[Errno 27] File too "
        "large'); after the dashboards kill readers already get the new version and the site folder is "
        "still the whole previous site",
    ),
    (
        "full disk (RLIMIT_FSIZE) during publication",
        [
            "tests/test_faults.py::test_full_disk_during_publication_leaves_current_and_next_publish_works"
        ],
        "a child process publishes under a 64 KB file-size limit: EFBIG, current.duckdb unchanged, the "
        "half-written version removed, the next publication works",
    ),
    (
        "corrupted warehouse file (build/warehouse.duckdb or published/current.duckdb)",
        [
            "tests/test_ingest.py::test_corrupted_build_file_is_moved_aside_and_rebuilt",
            "tests/test_ingest.py::test_unreadable_published_file_counts_as_absent",
        ],
        "the damaged build file is moved aside and rebuilt from the landing folder; an unreadable published "
        "file is treated as absent (the next publication replaces it)",
    ),
]


def _pytest(ids: list[str], timeout: float) -> dict[str, str]:
    """Run pytest -v on `ids`; the outcome of each test function (all its parameters)."""
    results: dict[str, str] = {}
    if timeout < 20:
        return results
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "pytest", "-v", "-n", "0", "-p", "no:randomly", "-m", "", *ids],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        out = proc.stdout
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
    for line in out.splitlines():
        m = re.match(r"^(\S+?)(?:\[.*?\])? (PASSED|FAILED|ERROR|SKIPPED)\b", line)
        if m and results.get(m.group(1)) in (None, "PASSED"):
            results[m.group(1)] = m.group(2)
    return results


def run_tests(deadline: float) -> list[tuple[str, list[str] | None, str, str]]:
    """The pytest rows: the quick files first, the full-pipeline ones with what is left."""
    ids = [i for _, node_ids, _ in TESTED if node_ids for i in node_ids]
    results: dict[str, str] = {}
    for group in (
        [i for i in ids if not i.startswith("tests/test_pipeline.py")],
        [i for i in ids if i.startswith("tests/test_pipeline.py")],
    ):
        t0 = time.monotonic()
        results.update(_pytest(group, deadline - t0))
        print(f"pytest {len(group)} tests: {time.monotonic() - t0:.0f} s", file=sys.stderr)
    rows = []
    for what, node_ids, note in TESTED:
        if node_ids is None:
            rows.append((what, None, "**not done**", note))
            continue
        outcomes = [
            results.get(i, "not rerun: budget spent (run it with pytest)") for i in node_ids
        ]
        rows.append((what, node_ids, ", ".join(dict.fromkeys(o.lower() for o in outcomes)), note))
    return rows


# ------------------------------------------------------------------- random SIGKILLs


@dataclass
class KillRun:
    planned: int
    full_refresh_s: float = 0.0
    kills: list[tuple[float, str, str]] = field(default_factory=list)  # (seconds, stage, outcome)
    final: str = "not run"
    problems: list[str] = field(default_factory=list)


STAGE_LINE = re.compile(r"▶ (.+?) …")


def random_kills(n: int, seed: int, deadline: float) -> KillRun:
    """SIGKILL `integra refresh --force` (its whole process group) at random moments of its run.

    After each kill: published/current.duckdb opens read-only, holds every landed project and is the
    version from before or a newer whole one; the site's index.html is whole. At the end a plain
    `integra refresh` exits 0 and every landed document is published; no temporary file is left.
    """
    import random
    import shutil
    import tempfile

    import duckdb

    run = KillRun(planned=n)
    integra = str(Path(sys.executable).parent / "integra")
    base = Path(tempfile.mkdtemp(prefix="integra-kills-"))
    home, raw = base / "home", base / "raw"
    shutil.copytree(ROOT / "raw_samples", raw)
    env = {**os.environ, "INTEGRA_HOME": str(home), "INTEGRA_RAW": str(raw)}
    env.pop("DAGSTER_HOME", None)
    landed = sorted(p.relative_to(raw).as_posix() for p in raw.rglob("*") if p.is_file())

    def published() -> tuple[int, list[str]]:
        con = duckdb.connect(str(home / "published" / "current.duckdb"), read_only=True)
        try:
            v = con.execute("select max(version) from meta_publication").fetchone()[0]
            docs = sorted(
                r[0] for r in con.execute("select source_file from fct_documents").fetchall()
            )
            return v, docs
        finally:
            con.close()

    try:
        t0 = time.monotonic()
        first = subprocess.run(
            [integra, "refresh"], env=env, capture_output=True, text=True, check=False
        )
        run.full_refresh_s = time.monotonic() - t0
        if first.returncode != 0:
            run.problems.append("first refresh failed: " + first.stderr[-300:])
            return run
        rng = random.Random(seed)
        for _ in range(n):
            if time.monotonic() + run.full_refresh_s > deadline:
                run.problems.append(f"budget spent after {len(run.kills)} of {n} kills")
                break
            version_before, _ = published()
            delay = rng.uniform(0.5, run.full_refresh_s)
            proc = subprocess.Popen(
                [integra, "refresh", "--force"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
                start_new_session=True,
            )
            time.sleep(delay)
            stage = "finished before the kill"
            if proc.poll() is None:
                os.killpg(proc.pid, 9)
                stage = "?"
            err = proc.communicate(timeout=60)[1] or ""
            if stage == "?":
                started = STAGE_LINE.findall(err)
                stage = started[-1] if started else "start-up"
            try:
                version, docs = published()
                index = (home / "site" / "index.html").read_text(encoding="utf-8")
                ok = (
                    version in (version_before, version_before + 1)
                    and docs == landed
                    and index.rstrip().endswith("</html>")
                )
                outcome = (
                    f"published v{version} readable, {len(docs)} documents"
                    if ok
                    else "**inconsistent**"
                )
            except Exception as exc:
                outcome = f"**unreadable**: {type(exc).__name__}: {exc}"
            run.kills.append((delay, stage, outcome))
        final = subprocess.run(
            [integra, "refresh"], env=env, capture_output=True, text=True, check=False
        )
        version, docs = published()
        leftovers = [
            p.name for p in home.rglob("*") if p.name.endswith(".tmp") or ".building-" in p.name
        ]
        if final.returncode == 0 and docs == landed and not leftovers:
            run.final = f"exit 0, published v{version}, all {len(docs)} landed documents, no temporary files"
        else:
            run.final = (
                f"**exit {final.returncode}**, {len(docs)} documents, leftovers {leftovers[:3]}"
            )
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return run


# ------------------------------------------------------------------------------ report

FINDINGS = [
    "## What these runs found (fixed in `integra/extract/reading.py` and `rules.py`)",
    "",
    (
        "- UTF-16-BE without a BOM was decoded as UTF-16-LE (both decode without error; the text came "
        "out as CJK characters and the document was rejected). The NULs' positions now pick the order."
    ),
    (
        "- A UTF-8 document with one damaged byte was read as ISO-8859-2 mojibake and rejected as "
        '"binary content". When nearly every non-ASCII character still decodes as UTF-8 (at least 10 '
        "intact per damaged byte, at most 1 % damaged) the damaged bytes are replaced (U+FFFD) and the "
        "encoding is recorded as `utf-8 (damaged bytes replaced)`. A NUL byte still means binary."
    ),
    (
        "- Deeply nested HTML: the parser (lexbor, C) takes time growing with the square of the nesting, "
        "and SIGALRM cannot stop C code (80,000 nested `<div>`, 880 KB: 22 s; a 10 MB file would take "
        "hours). HTML nested more than 10,000 levels (counted from its tags, leaving out void elements "
        "and those whose end tag may be omitted) is now rejected with the reason before parsing."
    ),
    (
        "- A labelled title in quotes on its own line (`Tytuł projektu: „…”` followed by a paragraph) "
        "took the next paragraph into the title; it now stops at the closing quote."
    ),
    "",
    (
        "Seen and left as they are: a NUL byte anywhere rejects a text file as binary; text inside a "
        "`<noscript>` in `<head>` is moved into `<body>` by the HTML parsing rules and read; an unquoted "
        "labelled title with no full stop still takes the next paragraph; a 20 MB text document or a "
        "5 MB single line needs most of, or more than, the 20 s limit and is then rejected with the "
        "reason; reading and extracting each get the limit, so one document can take up to twice it."
    ),
    "",
]


FAULT_FINDINGS = [
    "## What the fault cases found (fixed)",
    "",
    (
        '- A full disk during ingestion was reported as "cannot rollback - no transaction is active" '
        '(DuckDB had already ended the transaction); the original error now surfaces ("Could not write '
        'file …warehouse.duckdb.wal: File too large").'
    ),
    (
        '- A full disk that also breaks Dagster\'s run storage (SQLite "disk I/O error") made '
        "`integra refresh` exit 1 with no message; any exception out of the run is now a failed refresh "
        'with a one-line reason and the hint "is the disk under INTEGRA_HOME full?", and an alert that '
        "cannot be written is said so."
    ),
    (
        '- dbt failing before it writes its run results was reported as "see the dbt log"; dbt\'s own '
        'error is now named ("Encountered an error: [Errno 27] File too large").'
    ),
    (
        "- A refresh killed while writing the dashboards (after publication) left the previous site, and "
        'the next refresh found "nothing new" and never rebuilt it; the site\'s version is now recorded '
        "and a stale site makes the next refresh rebuild."
    ),
    (
        "- Site build folders of a killed writer stayed 6 hours; they carry the writer's pid and are "
        "removed once it is gone."
    ),
    "",
]


def _kill_lines(kills: KillRun | None) -> list[str]:
    if kills is None:
        return [
            "## Random SIGKILLs during `integra refresh --force`",
            "",
            "Not run (--kills 0 or --no-tests).",
            "",
        ]
    lines = [
        "## Random SIGKILLs during `integra refresh --force`",
        "",
        (
            f"The five seeds in a temporary INTEGRA_HOME; a full refresh took {kills.full_refresh_s:.0f} s. "
            f"{kills.planned} refreshes killed (SIGKILL to the process group, dbt included) after a random "
            "delay in [0.5 s, that time]; after each: published file readable, same or next version, every "
            "landed document in it, site index whole."
        ),
        "",
        "| # | killed after s | stage running | after the kill |",
        "|---:|---:|---|---|",
    ]
    for i, (delay, stage, outcome) in enumerate(kills.kills, 1):
        lines.append(f"| {i} | {delay:.1f} | {stage} | {outcome} |")
    lines += ["", f"Then a plain `integra refresh`: {kills.final}."]
    if kills.problems:
        lines += ["", "Notes: " + "; ".join(kills.problems)]
    return [*lines, ""]


def write_report(
    out: Path,
    rows: list[Row],
    tested,
    budget: float,
    elapsed: float,
    cmd: str,
    kills: KillRun | None = None,
) -> None:
    lines = [
        "# Reliability: what was tried and what happened",
        "",
        (
            f"Produced by `{cmd}` on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC "
            f"({platform.python_version()}, {os.cpu_count()} CPUs), budget {budget:.0f} s, took {elapsed:.0f} s."
        ),
        (
            "Rerun it to refresh this file; the short versions of the same cases run in the default test "
            "suite (`tests/test_hardening.py`, shared cases in `tests/fuzz/cases.py`)."
        ),
        "",
        "## Inputs (the extractor, `integra.extract.extract_bytes`)",
        "",
        (
            "Each case must not raise, must give a record valid against "
            "`integra/contracts/extraction-record.schema.json` that is strict JSON (no NaN/Infinity), "
            "`ok` or `rejected` with a non-empty reason, within twice the per-document time limit "
            f"(reading and extracting each have `INTEGRA_EXTRACT_TIME_LIMIT`, here {record_mod.TIME_LIMIT_SECONDS:g} s)."
        ),
        "",
        "| case family | cases planned | cases run | crashes | over the time bound | rejected | ok | max s / document | notes |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        notes = "; ".join(n for n in r.notes if n).replace("|", "\\|")
        lines.append(
            f"| {r.family} | {r.planned:,} | {r.done:,} | {r.crashes} | {r.over_limit} | {r.rejected:,} | "
            f"{r.ok:,} | {r.max_seconds:.2f} | {notes} |"
        )
    total = sum(r.done for r in rows)
    crashes = sum(r.crashes for r in rows)
    lines += [
        "",
        (
            f"Total: {total:,} documents, {crashes} crashes, "
            f"{sum(r.over_limit for r in rows)} over the time bound."
        ),
        "",
        "## Paths, concurrency, services, faults and races (pytest)",
        "",
        "| what | test | outcome | notes |",
        "|---|---|---|---|",
    ]
    for what, ids, outcome, note in tested:
        tests = "<br>".join(f"`{i}`" for i in ids) if ids else "–"
        lines.append(f"| {what} | {tests} | {outcome} | {note} |")
    lines += [
        "",
        (
            "Outcomes come from running those tests with pytest in this command (slow-marked ones included), "
            "with what was left of the budget and at least `--test-seconds`; `--no-tests` skips them all."
        ),
        "",
        *_kill_lines(kills),
        *FAULT_FINDINGS,
        *FINDINGS,
    ]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--budget-seconds", type=float, default=300.0)
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "RELIABILITY.md")
    ap.add_argument("--no-tests", action="store_true", help="only the fuzzing, not the pytest rows")
    ap.add_argument("--kills", type=int, default=6, help="random SIGKILLs of a refresh (0: none)")
    ap.add_argument(
        "--test-seconds",
        type=float,
        default=900.0,
        help="at least this long for the pytest rows, whatever is left of the budget",
    )
    ap.add_argument("--seed", type=int, default=8)
    args = ap.parse_args(argv)
    t0 = time.monotonic()
    fuzz_share = 1.0 if args.no_tests else 0.45
    rows = fuzz(args.budget_seconds * fuzz_share)
    kills = None
    if not args.no_tests and args.kills:
        # the kills get their own time (about kills + 2 full refreshes), outside the budget
        kills = random_kills(args.kills, args.seed, time.monotonic() + 3600)
    # the pytest rows get what is left of the budget, and at least --test-seconds (the full-pipeline
    # tests need several minutes on two cores)
    test_deadline = time.monotonic() + max(
        t0 + args.budget_seconds - time.monotonic(), args.test_seconds
    )
    tested = (
        run_tests(test_deadline)
        if not args.no_tests
        else [
            (w, ids, "not run (--no-tests)" if ids else "**not done**", n) for w, ids, n in TESTED
        ]
    )
    elapsed = time.monotonic() - t0
    cmd = (
        f"python benchmarks/reliability.py --budget-seconds {args.budget_seconds:g} "
        f"--kills {args.kills} --seed {args.seed} --test-seconds {args.test_seconds:g}"
    )
    write_report(args.out, rows, tested, args.budget_seconds, elapsed, cmd, kills)
    print(args.out.read_text(encoding="utf-8"))
    failed = (
        any(r.crashes or r.over_limit for r in rows)
        or any("failed" in t[2] or "error" in t[2] for t in tested)
        or (kills is not None and ("**" in kills.final or any("**" in k[2] for k in kills.kills)))
    )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
