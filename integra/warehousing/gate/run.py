"""The gate run: validate every mart, withhold documents for row-level errors, write the
verdict."""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from integra.settings import paths, settings
from integra.warehousing.faults import pause_point
from integra.warehousing.gate.batches import BATCH_ROWS, run_batched
from integra.warehousing.gate.carry import carried_rows_sql, results_again, with_digests
from integra.warehousing.gate.frames import (
    last_published_counts,
    max_shrink_from_env,
    read_marts,
    read_query,
)
from integra.warehousing.gate.gx import GxSession, new_run_id, validate_frame, validate_mart
from integra.warehousing.gate.helpers import (
    add_helper_columns,
    context_values_from_frames,
    expectation_parameters,
)
from integra.warehousing.gate.passing import judge_slice
from integra.warehousing.gate.report import reset_data_docs, summarize, write_gate_reports
from integra.warehousing.gate.results import ExpectationResult, GateResult, unreadable_results
from integra.warehousing.gate.slice import (
    BUILD,
    SlicePlan,
    carried,
    gate_digest,
    load_basis,
    merge_carried,
    plan_slice,
    read_slice,
    read_whole,
)
from integra.warehousing.gate.sql import MartSQL, sql_result
from integra.warehousing.gate.suites import (
    MARTS,
    ROW_LEVEL_TYPES,
    columns_of,
    expectation_kind,
    expectation_label,
    load_suite_spec,
)
from integra.warehousing.gate.withhold import (
    describe_documents,
    documents_of,
    is_row_level,
    seed_keys,
    withhold_documents,
)

log = logging.getLogger(__name__)


MAX_WITHHOLD_ROUNDS = 5
#: Rows per batch of the whole gate's row-level validation (gate/batches.py).
WHOLE_BATCH_ROWS = BATCH_ROWS


def run_gate(
    build_db_path: Path | str,
    published_db_path: Path | str | None = None,
    *,
    allow_shrink: bool = False,
    max_shrink: float | None = None,
    reports_dir: Path | None = None,
    data_docs_dir: Path | None = None,
    build_data_docs: bool | None = None,
    write_reports: bool = True,
    run_id: str | None = None,
    whole: bool = False,
) -> GateResult:
    """Validate every mart of the build file; write the JSON report, gate.html and, when
    `build_data_docs` (default: the INTEGRA_GATE_DATA_DOCS setting, off), GX Data Docs.

    ``passed`` is False when any *error* expectation fails (or a mart is missing/unreadable).
    The shrink guard compares against `published_db_path` (normally published/current.duckdb).

    When INTEGRA_HOME's published version carries a gate basis of the same suites, contract and
    gate code, the gate runs on the slice (gate/slice.py): row-level expectations on the rows
    that differ from the published version, table-level ones as SQL over the whole marts.
    `whole` (``integra refresh --force``) runs every expectation on every row.
    """
    t0 = time.perf_counter()
    started = dt.datetime.now(dt.UTC)
    run_id = run_id or new_run_id()
    max_shrink = max_shrink_from_env() if max_shrink is None else max_shrink
    p = paths()
    if build_data_docs is None:
        build_data_docs = settings().gate_data_docs
    reports_dir = Path(reports_dir) if reports_dir is not None else p.reports_dir
    docs_dir = Path(data_docs_dir) if data_docs_dir is not None else p.data_docs_dir
    if not build_data_docs and (docs_dir / "index.html").exists():
        reset_data_docs(docs_dir)  # no stale Data Docs of an earlier run beside this run's reports
    digest = gate_digest()
    common = {
        "build_db_path": build_db_path,
        "published_db_path": published_db_path,
        "allow_shrink": allow_shrink,
        "max_shrink": max_shrink,
        "docs_dir": docs_dir if build_data_docs else None,
        "run_id": run_id,
    }

    reason = "asked for (integra refresh --force)" if whole else ""
    if not whole:
        basis, reason = load_basis(published_db_path, digest)
        if basis is not None:
            sliced = _run_sliced(basis=basis, **common)
            if isinstance(sliced, str):
                reason = sliced
            else:
                return _finish(sliced, t0, started, digest, reports_dir, write_reports, **common)
    outcome = _run_whole(**common)
    outcome.mode_reason = reason
    return _finish(outcome, t0, started, digest, reports_dir, write_reports, **common)


def gate_runs_whole(published_db_path: Path | str | None, *, whole: bool = False) -> bool:
    """Whether `run_gate` will validate every row through GX, known before the build it checks:
    asked for (`whole`), or the published version's gate basis cannot vouch for its rows (nothing
    published yet, a rollback, changed suites, contract or gate code). A sliced gate can still
    turn whole (a row-level error in the slice); that is not foreseen here."""
    return whole or load_basis(published_db_path, gate_digest())[0] is None


@dataclass
class _Outcome:
    """What a whole or sliced run found, before it becomes the GateResult."""

    results: list[ExpectationResult]
    schema: str | None
    row_counts: dict[str, int]
    published_counts: dict[str, int]
    session: GxSession | None
    mode: str
    mode_reason: str = ""
    validated_rows: dict[str, int] = field(default_factory=dict)
    deleted_rows: dict[str, int] = field(default_factory=dict)
    withheld_docs: dict[str, dict[str, Any]] = field(default_factory=dict)
    withheld_rows: dict[str, dict[str, Any]] = field(default_factory=dict)


def _finish(
    o: _Outcome,
    t0: float,
    started: dt.datetime,
    digest: str,
    reports_dir: Path,
    write_reports: bool,
    *,
    build_db_path: Path | str,
    published_db_path: Path | str | None,
    allow_shrink: bool,
    max_shrink: float,
    docs_dir: Path | None,
    run_id: str,
) -> GateResult:
    results = o.results
    passed = not any(r.blocking for r in results)
    docs_index = docs_error = None
    if docs_dir is not None and o.session is not None:
        try:
            docs_index = o.session.build_data_docs()
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
        marts_schema=o.schema,
        row_counts=o.row_counts,
        published_row_counts=dict(o.published_counts),
        allow_shrink=allow_shrink,
        max_shrink=max_shrink,
        data_docs_index=docs_index,
        data_docs_error=docs_error,
        withheld_documents=list(o.withheld_docs.values()) if passed else [],
        withheld_rows=o.withheld_rows if passed else {},
        mode=o.mode,
        mode_reason=o.mode_reason,
        gate_digest=digest,
        validated_rows=o.validated_rows,
        deleted_rows=o.deleted_rows,
    )
    extra = f"Data Docs could not be built: {docs_error}" if docs_error else ""
    result.summary = summarize(results, passed, len(MARTS), extra)
    log.info(
        "gate (%s%s): %d rows validated row by row in %.1f s",
        o.mode,
        f": {o.mode_reason}" if o.mode_reason else "",
        sum(o.validated_rows.values()),
        result.duration_s,
    )
    if write_reports:
        write_gate_reports(result, reports_dir)
    return result


def _run_whole(
    *,
    build_db_path: Path | str,
    published_db_path: Path | str | None,
    allow_shrink: bool,
    max_shrink: float,
    docs_dir: Path | None,
    run_id: str,
) -> _Outcome:
    """Every expectation on every row, with withholding: in bounded batches (gate/batches.py),
    table-level expectations in SQL; the frames are read only when the first round has
    row-level errors whose documents may be withheld, or for GX Data Docs (every expectation
    through GX on each mart's whole frame, as `_run_whole_frames`)."""
    pub_counts = last_published_counts(published_db_path)
    if docs_dir is None:
        try:
            first = run_batched(
                build_db_path,
                pub_counts,
                allow_shrink=allow_shrink,
                max_shrink=max_shrink,
                run_id=run_id,
                batch_rows=WHOLE_BATCH_ROWS,
            )
        except Exception:  # the frame-at-once gate runs and reports what it finds
            log.exception("the batched whole gate failed; validating whole frames")
        else:
            log.info(
                "whole gate in batches of %d rows: %s batches, GX on %s",
                WHOLE_BATCH_ROWS,
                sum(first.batches.values()),
                sum(first.gx_batches.values()),
            )
            blocking = [r for r in first.results if r.blocking]
            if (
                not blocking
                or first.problems
                or not all(is_row_level(r, named=False) for r in blocking)
            ):
                counts = dict(first.row_counts)
                return _Outcome(
                    results=first.results,
                    schema=first.schema,
                    row_counts=counts,
                    published_counts=pub_counts,
                    session=first.session,
                    mode="whole",
                    validated_rows=dict(counts),
                )
            return _run_whole_frames(
                build_db_path=build_db_path,
                pub_counts=pub_counts,
                allow_shrink=allow_shrink,
                max_shrink=max_shrink,
                docs_dir=None,
                run_id=run_id,
                first=first.results,
                session=first.session,
            )
    return _run_whole_frames(
        build_db_path=build_db_path,
        pub_counts=pub_counts,
        allow_shrink=allow_shrink,
        max_shrink=max_shrink,
        docs_dir=docs_dir,
        run_id=run_id,
    )


def _run_whole_frames(
    *,
    build_db_path: Path | str,
    pub_counts: dict[str, int],
    allow_shrink: bool,
    max_shrink: float,
    docs_dir: Path | None,
    run_id: str,
    first: list[ExpectationResult] | None = None,
    session: GxSession | None = None,
) -> _Outcome:
    """Every expectation on every row (GX on each mart's whole frame), with withholding; from
    `first` (the batched first round's results) when given."""
    schema, frames, problems = read_marts(build_db_path)
    ctx = context_values_from_frames(
        frames, pub_counts, allow_shrink=allow_shrink, max_shrink=max_shrink
    )
    if docs_dir is not None:
        reset_data_docs(docs_dir)
    if session is None:
        session = GxSession(docs_dir)

    if first is not None:
        results = first
    else:
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
            seeds.setdefault(r.mart, set()).update(seed_keys(r))
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
        withheld_rows = with_digests(build_db_path, schema, withheld_rows)
        # blocked anyway (e.g. nothing left, or a shrink): what blocks is what is left
        results = withheld_results + results
    counts = {m: len(f) for m, f in frames.items()}
    return _Outcome(
        results=results,
        schema=schema,
        row_counts=counts,
        published_counts=pub_counts,
        session=session,
        mode="whole",
        validated_rows=dict(counts),
        withheld_docs=withheld_docs,
        withheld_rows=withheld_rows,
    )


def _run_sliced(
    *,
    basis: dict[str, Any],
    build_db_path: Path | str,
    published_db_path: Path | str | None,
    allow_shrink: bool,
    max_shrink: float,
    docs_dir: Path | None,
    run_id: str,
) -> _Outcome | str:
    """Row-level expectations on the slice, table-level ones in SQL; or why the whole gate
    must run instead (gate/slice.py)."""
    assert published_db_path is not None  # load_basis checked it
    pub_counts = last_published_counts(published_db_path)
    try:
        specs = {m: load_suite_spec(m) for m in MARTS}
    except (OSError, ValueError) as exc:
        return f"a suite cannot be loaded ({exc})"

    def context_of(frames):
        return context_values_from_frames(
            frames, pub_counts, allow_shrink=allow_shrink, max_shrink=max_shrink
        )

    version = basis.get("version")
    plan, why = plan_slice(
        build_db_path, published_db_path, specs, context_of, basis.get("withheld"), version
    )
    if plan is None:
        return why
    if docs_dir is not None:
        reset_data_docs(docs_dir)
    session: GxSession | None = None

    def gx() -> GxSession:  # GX is imported only when some rows or a fallback need it
        nonlocal session
        if session is None:
            session = GxSession(docs_dir)
        return session

    if plan.carried is not None and plan.carried.recheck:
        why = _recheck(plan, specs, gx, run_id)
        if why:  # the withheld rows are judged again, as new rows
            plan.close()
            plan, whole_because = plan_slice(
                build_db_path, published_db_path, specs, context_of, None
            )
            if plan is None:
                return whole_because
            plan.not_carried = why
    prev_failures = basis.get("row_failures") or {}
    results: list[ExpectationResult] = []
    row_counts: dict[str, int] = {}
    try:
        for i, mart in enumerate(MARTS):
            if i == 1:
                pause_point("gate_validate")
            spec, s, ctx = specs[mart], plan.marts[mart], plan.context_new[mart]
            params = expectation_parameters(ctx)
            msql = MartSQL(plan.con, plan.catalog, plan.schema, mart, spec)
            row_counts[mart] = total = msql.row_count
            exps = spec["expectations"]
            kinds = [expectation_kind(e) for e in exps]
            done: dict[int, ExpectationResult] = {}
            for j, e in enumerate(exps):
                if kinds[j] == "sql":
                    done[j] = sql_result(msql, e, params, ctx)
            rows_idx = [j for j, k in enumerate(kinds) if k == "row"]
            if rows_idx:
                sub = dict(spec, expectations=[exps[j] for j in rows_idx])
                if s.rows:
                    df = read_slice(plan, s)
                    if docs_dir is None:  # GX only for what gate/passing.py does not judge
                        rs = judge_slice(
                            mart,
                            df,
                            ctx,
                            sub,
                            lambda part, df=df, mart=mart, ctx=ctx: validate_frame(
                                mart, df, ctx, part, session=gx(), run_id=run_id
                            ),
                        )
                    else:  # Data Docs: every expectation through GX
                        rs = validate_frame(mart, df, ctx, sub, session=gx(), run_id=run_id)
                else:
                    rs = [_nothing_changed(mart, spec, e) for e in sub["expectations"]]
                mine = prev_failures.get(mart) or {}

                def decorate(df, mart=mart, ctx=ctx, spec=spec):
                    return add_helper_columns(mart, df, ctx, spec)

                for j, r in zip(rows_idx, rs, strict=True):
                    keys = mine.get(r.expectation) or []
                    still, frame = carried(plan, s, keys, decorate) if keys else ([], None)
                    shown = shown_columns(spec, exps[j])
                    done[j] = merge_carried(r, still, frame, shown, s, total, version)
            full_idx = [j for j, k in enumerate(kinds) if k == "full"]
            if full_idx:
                sub = dict(spec, expectations=[exps[j] for j in full_idx])
                rs = validate_frame(
                    mart, read_whole(plan, mart), ctx, sub, session=gx(), run_id=run_id
                )
                done.update(zip(full_idx, rs, strict=True))
            results += [done[j] for j in range(len(exps))]
    finally:
        plan.close()
    again = (
        f" (the rows withheld at v{version} are validated again: {plan.not_carried})"
        if plan.not_carried
        else ""
    )
    blocking = [r for r in results if r.blocking]
    if blocking and all(is_row_level(r, named=False) for r in blocking):
        return (
            f"a row-level error in the changed rows{again}: whether its documents are "
            "withheld is decided by the whole gate"
        )
    changed = sum(s.rows for s in plan.marts.values())
    reason = (
        f"rows unchanged since v{version} keep their results; {changed} rows validated row by "
        "row, table-level expectations in SQL"
    )
    out = _Outcome(
        results=results,
        schema=plan.build_schema,
        row_counts=row_counts,
        published_counts=pub_counts,
        session=session,
        mode="slice",
        mode_reason=reason + again,
        validated_rows={m: s.rows for m, s in plan.marts.items()},
        deleted_rows={m: s.deleted for m, s in plan.marts.items()},
    )
    kept = plan.carried
    if kept is not None:  # withheld again, as the whole gate would (gate/carry.py)
        out.results = results_again(kept, row_counts) + results
        out.withheld_docs = {str(d["document_id"]): d for d in kept.documents}
        out.withheld_rows = kept.rows
        out.mode_reason += f"; the {kept.count()} rows withheld at v{version} are withheld again"
        if kept.recheck:
            n = sum(len(k) for k in kept.recheck.values())
            out.mode_reason += (
                f" (unchanged, but for {n} changed aggregate rows validated again: no "
                "row-level error)"
            )
        else:
            out.mode_reason += " (unchanged)"
    return out


def _recheck(plan: SlicePlan, specs: dict[str, Any], gx: Any, run_id: str) -> str:
    """The changed rows among the carried ones (not offending rows themselves, e.g. the
    aggregate row of a city and period) through the row-level errors of their suite, with the
    whole build's run-time values (as the whole gate's first round reads them): '' when none
    fails, else which (gate/carry.py)."""
    kept = plan.carried
    assert kept is not None
    for mart, keys in kept.recheck.items():
        spec = specs[mart]
        errors = [
            e
            for e in spec["expectations"]
            if e.get("meta", {}).get("severity") == "error" and e["type"] in ROW_LEVEL_TYPES
        ]
        if any(expectation_kind(e) != "row" for e in errors):
            return f"{mart} has a row-level error expectation GX runs on the whole mart"
        sql = carried_rows_sql(kept, mart, BUILD, plan.build_schema, plan.con, keys)
        if not errors or sql is None:
            continue
        df = read_query(plan.con, sql).reset_index(drop=True)
        sub = dict(spec, expectations=errors)
        failed = [
            r
            for r in validate_frame(
                mart, df, plan.context_full[mart], sub, session=gx(), run_id=run_id
            )
            if not r.success
        ]
        if failed:
            return (
                f"a changed row of {mart} withheld at v{kept.version} fails {failed[0].expectation}"
            )
    return ""


def shown_columns(spec: dict[str, Any], e: dict[str, Any]) -> list[str]:
    """The columns an offending row shows (as gx._convert_results picks them)."""
    meta = spec.get("meta", {})
    cols: list[str] = []
    for c in (
        list(meta.get("key_columns", []))
        + list(meta.get("label_columns", []))
        + columns_of(e["kwargs"])
        + list(e.get("meta", {}).get("show_columns", []))
    ):
        if c not in cols:
            cols.append(c)
    return cols


def _nothing_changed(mart: str, spec: dict[str, Any], e: dict[str, Any]) -> ExpectationResult:
    """A row-level expectation of a mart whose slice is empty: nothing to validate."""
    emeta = e.get("meta", {})
    return ExpectationResult(
        suite=str(spec.get("name", mart)),
        mart=mart,
        expectation=expectation_label(e["type"], e["kwargs"]),
        severity=emeta["severity"],
        success=True,
        observed="0 rows unexpected",
        description=emeta.get("description", ""),
        expectation_type=e["type"],
        kwargs=e["kwargs"],
        unexpected_count=0,
        element_count=0,
    )


def _validate_all(
    frames, ctx, problems, session, run_id, *, pause: bool
) -> list[ExpectationResult]:
    results: list[ExpectationResult] = []
    for i, mart in enumerate(MARTS):
        if i == 1 and pause:
            pause_point("gate_validate")
        if mart in problems:
            results += unreadable_results({mart: problems[mart]})
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
