"""The gate run: validate every mart, withhold documents for row-level errors, write the
verdict."""

from __future__ import annotations

import datetime as dt
import logging
import time
from pathlib import Path
from typing import Any

from integra.settings import paths
from integra.warehouse.faults import pause_point
from integra.warehouse.gate.frames import last_published_counts, max_shrink_from_env, read_marts
from integra.warehouse.gate.gx import GxSession, new_run_id, validate_mart
from integra.warehouse.gate.helpers import context_values_from_frames
from integra.warehouse.gate.report import reset_data_docs, summarize, write_gate_reports
from integra.warehouse.gate.results import ExpectationResult, GateResult
from integra.warehouse.gate.suites import MARTS, key_columns
from integra.warehouse.gate.withhold import (
    describe_documents,
    documents_of,
    is_row_level,
    withhold_documents,
)

log = logging.getLogger(__name__)


MAX_WITHHOLD_ROUNDS = 5


def run_gate(
    build_db_path: Path | str,
    published_db_path: Path | str | None = None,
    *,
    allow_shrink: bool = False,
    max_shrink: float | None = None,
    reports_dir: Path | None = None,
    data_docs_dir: Path | None = None,
    build_data_docs: bool = True,
    write_reports: bool = True,
    run_id: str | None = None,
) -> GateResult:
    """Validate every mart of the build file; write the JSON report, gate.html and Data Docs.

    ``passed`` is False when any *error* expectation fails (or a mart is missing/unreadable).
    The shrink guard compares against `published_db_path` (normally published/current.duckdb).
    """
    t0 = time.perf_counter()
    started = dt.datetime.now(dt.UTC)
    run_id = run_id or new_run_id()
    max_shrink = max_shrink_from_env() if max_shrink is None else max_shrink
    p = paths()
    reports_dir = Path(reports_dir) if reports_dir is not None else p.reports_dir
    docs_dir = Path(data_docs_dir) if data_docs_dir is not None else p.data_docs_dir

    schema, frames, problems = read_marts(build_db_path)
    pub_counts = last_published_counts(published_db_path)
    ctx = context_values_from_frames(
        frames, pub_counts, allow_shrink=allow_shrink, max_shrink=max_shrink
    )
    if build_data_docs:
        reset_data_docs(docs_dir)
    session = GxSession(docs_dir if build_data_docs else None)

    results = _validate_all(frames, ctx, problems, session, run_id, pause=True)
    withheld_docs: dict[str, dict[str, Any]] = {}
    withheld_results: list[ExpectationResult] = []
    withheld_rows: dict[str, dict[str, Any]] = {}
    seeds: dict[str, set[tuple[str, ...]]] = {}
    original = frames
    for _round in range(MAX_WITHHOLD_ROUNDS):
        blocking = [r for r in results if r.blocking]
        if not blocking or problems or not all(is_row_level(r, named=False) for r in blocking):
            break  # structural and set-wide failures block: nothing is withheld
        traced = [(r, documents_of(r, original)) for r in blocking if is_row_level(r)]
        traced = [(r, docs) for r, docs in traced if docs]
        new = {d for _, docs in traced for d in docs} - set(withheld_docs)
        if not new:
            break
        for r, docs in traced:
            keys = key_columns(r.mart)
            seeds.setdefault(r.mart, set()).update(
                tuple(str(row[k]) for k in keys)
                for row in r.offending_rows
                if keys and all(row.get(k) not in (None, "") for k in keys)
            )
            r.withheld = True
            r.observed += "; rows of these documents withheld from publication"
            withheld_results.append(r)
            for d in docs:
                withheld_docs.setdefault(d, {"document_id": d, "reasons": []})
                reason = f"{r.mart}: {r.expectation}"
                if reason not in withheld_docs[d]["reasons"]:
                    withheld_docs[d]["reasons"].append(reason)
        frames, withheld_rows = withhold_documents(original, set(withheld_docs), seeds)
        ctx = context_values_from_frames(
            frames, pub_counts, allow_shrink=allow_shrink, max_shrink=max_shrink
        )
        results = _validate_all(frames, ctx, problems, session, run_id, pause=False)
    if withheld_docs:
        describe_documents(withheld_docs, original)
        # blocked anyway (e.g. nothing left, or a shrink): what blocks is what is left
        results = withheld_results + results

    passed = not any(r.blocking for r in results)
    docs_index = docs_error = None
    if build_data_docs:
        try:
            docs_index = session.build_data_docs()
        except Exception as exc:
            log.exception("building GX Data Docs failed")
            docs_error = f"{type(exc).__name__}: {exc}"
    finished = dt.datetime.now(dt.UTC)
    result = GateResult(
        passed=passed,
        results=results,
        summary="",
        run_id=run_id,
        started_at=started.isoformat(),
        finished_at=finished.isoformat(),
        duration_s=round(time.perf_counter() - t0, 3),
        build_db=str(Path(build_db_path).resolve()),
        published_db=str(Path(published_db_path).resolve()) if published_db_path else None,
        marts_schema=schema,
        row_counts={m: len(f) for m, f in frames.items()},
        published_row_counts=dict(pub_counts),
        allow_shrink=allow_shrink,
        max_shrink=max_shrink,
        data_docs_index=docs_index,
        data_docs_error=docs_error,
        withheld_documents=list(withheld_docs.values()) if passed else [],
        withheld_rows=withheld_rows if passed else {},
    )
    extra = f"Data Docs could not be built: {docs_error}" if docs_error else ""
    result.summary = summarize(results, passed, len(MARTS), extra)
    if write_reports:
        write_gate_reports(result, reports_dir)
    return result


def _validate_all(
    frames, ctx, problems, session, run_id, *, pause: bool
) -> list[ExpectationResult]:
    results: list[ExpectationResult] = []
    for i, mart in enumerate(MARTS):
        if i == 1 and pause:
            pause_point("gate_validate")
        if mart in problems:
            results.append(
                ExpectationResult(
                    suite=mart,
                    mart=mart,
                    expectation="mart_is_readable",
                    severity="error",
                    success=False,
                    observed=problems[mart],
                    description=f"{mart} exists in the build file and can be read.",
                    expectation_type="mart_is_readable",
                )
            )
            continue
        try:
            results += validate_mart(mart, frames[mart], ctx[mart], session=session, run_id=run_id)
        except Exception as exc:
            log.exception("validation of %s failed", mart)
            results.append(
                ExpectationResult(
                    suite=mart,
                    mart=mart,
                    expectation="suite_ran",
                    severity="error",
                    success=False,
                    observed=f"{type(exc).__name__}: {exc}",
                    description=f"the {mart} suite ran to completion.",
                    expectation_type="suite_ran",
                    exception=f"{type(exc).__name__}: {exc}",
                )
            )
    return results
