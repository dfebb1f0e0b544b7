"""`integra refresh`: the Dagster job `nightly_refresh`, in-process, on the persistent instance in
INTEGRA_HOME/dagster (so its runs appear in the UI next to scheduled ones), with stage-by-stage
progress and a summary at the end."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from integra.settings import integra_raw, paths, prepare_environment
from integra.warehousing.faults import describe_error


@dataclass
class RefreshOutcome:
    success: bool
    run_id: str
    status: str  # published | unchanged | blocked | failed
    message: str
    ingest: dict[str, Any] = field(default_factory=dict)
    gate: dict[str, Any] = field(default_factory=dict)
    published_version: int | None = None
    row_counts: dict[str, int] = field(default_factory=dict)
    site: str | None = None
    alert: str | None = None
    fetch: dict[str, Any] = field(default_factory=dict)  # the fetch stage's summary (--fetch)
    # where a refresh's time went outside its stages (seconds, `_Phases`): the process's
    # start-up before the refresh, the quick check, the early starts, loading Dagster and the
    # job, the job itself (its steps and Dagster's run around them), what follows it
    timings: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


class _Phases:
    """Seconds per phase of ``run_refresh``, into ``timings`` (a mark ends a phase)."""

    def __init__(self, timings: dict[str, float]) -> None:
        import time

        self._clock = time.perf_counter
        self._last = self._clock()
        self.timings = timings
        started = _process_age()
        if started is not None:
            timings["startup_s"] = round(started, 3)

    def mark(self, phase: str) -> None:
        now = self._clock()
        self.timings[phase] = round(self.timings.get(phase, 0.0) + now - self._last, 3)
        self._last = now


def _process_age() -> float | None:
    """Seconds since this process started (Linux /proc; None elsewhere): the interpreter's
    start and the imports before the refresh began."""

    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            start_ticks = int(fh.read().rpartition(")")[2].split()[19])
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        return max(0.0, uptime - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return None


def run_refresh(
    *,
    force: bool = False,
    allow_shrink: bool = False,
    on_stage: Callable[[str, str], None] | None = None,
    fetch: bool = False,
) -> RefreshOutcome:
    timings: dict[str, float] = {}
    phases = _Phases(timings)
    outcome: RefreshOutcome | None = None
    prepare_environment()
    from integra.warehousing.locking import LockBusyError, refresh_lock
    from integra.warehousing.state import load_state

    p = paths()
    p.home.mkdir(parents=True, exist_ok=True)
    try:
        lock = refresh_lock(p.lock_file, blocking=False).acquire()
    except LockBusyError as exc:
        return RefreshOutcome(False, "", "failed", str(exc))
    os.environ["INTEGRA_LOCK_HELD"] = str(os.getpid())
    instance = None  # Dagster's instance, opened beside the manifest's parse; closed at the end
    try:
        # decided before Dagster, dbt and GX load (issue 15): an empty landing folder, or nothing new
        early, snapshot = _before_the_job(p, force=force, fetch=fetch)
        phases.mark("quick_check_s")
        outcome = early
        if early is not None:
            if on_stage:
                for stage in (
                    []
                    if not early.success
                    else ["ingest + extract", "dbt build", "gate", "publish", "dashboards"]
                ):
                    on_stage(stage, "skipped")
            if not early.success:
                with contextlib.suppress(OSError):
                    early.alert = str(_write_plain_alert(p, early.message))
            else:  # no Dagster run records it: `integra status --json` shows it under state
                from datetime import UTC, datetime

                from integra.warehousing.state import update_state

                with contextlib.suppress(OSError):
                    update_state(
                        p, last_nothing_new_at=datetime.now(UTC).isoformat(timespec="seconds")
                    )
            return early
        from integra.extract.isolation import prestart

        from .dbt_setup import finish_manifest, start_manifest

        # while Dagster loads (one core, ~5-7 s): the extraction workers warm up (the first
        # refresh reads every file) and a missing or stale manifest is parsed
        prestart(_workers_to_prestart(p, snapshot))
        from .dbt_warm import start_warm_dbt

        start_warm_dbt(p.home)  # dbt imported now, its build run through it later
        parse = start_manifest(p)
        phases.mark("early_starts_s")
        instance_error: Exception | None = None
        try:
            import dagster as dg
            import dagster_dbt  # noqa: F401 - the definitions' heaviest import, beside the parse

            from integra.warehousing.alerts import write_alert

            try:
                instance = dg.DagsterInstance.get()
                from .event_log import keep_event_log_open

                keep_event_log_open(instance)  # no fsync and checkpoint per stored event
            except Exception as exc:  # said as the run's failure below, in one line
                instance_error = exc
            phases.mark("dagster_import_s")
            finish_manifest(parse, p)
            phases.mark("manifest_s")
        except BaseException:
            if parse is not None and parse.poll() is None:
                parse.kill()
                parse.wait()
            raise
        from .definitions import cli_refresh_defs

        # every city: one unpartitioned fetch step and ingest step (not four events per city)
        job = cli_refresh_defs().resolve_job_def("nightly_refresh")
        # the schedule's partition range tags too: the UI re-executes a CLI run with `defs`'
        # partitioned job, whose ingest needs its cities (without them: "Cannot access
        # partition_key for a non-partitioned run"); the unpartitioned steps here ignore them
        from integra.settings import city_slugs

        from .partitions import partition_range_tags

        tags = {"integra/trigger": "cli", **partition_range_tags(city_slugs())}
        run_config = refresh_run_config(force=force, allow_shrink=allow_shrink, fetch=fetch)
        before = load_state(p).published_version
        from .assets.ingest import offer_listing
        from .progress import set_listener

        phases.mark("job_definitions_s")

        # the fetch step does nothing without --fetch: not a stage to show then
        set_listener(
            on_stage
            if fetch or on_stage is None
            else lambda stage, event: stage == "fetch" or on_stage(stage, event)
        )
        log_file = p.home / "logs" / "refresh.log"
        log_file.parent.mkdir(parents=True, exist_ok=True)
        import logging

        # the CLI prints its own progress and summary; Dagster's planner warns about checks
        # skipped with a skipped dbt build ("nothing new"), which is expected here
        dagster_logger = logging.getLogger("dagster._core.execution.plan.active")
        previous_level = dagster_logger.level
        dagster_logger.setLevel(logging.ERROR)
        result = None
        try:
            # dbt writes its console output to stdout: keep it in the log, not on the screen
            with open(log_file, "a", encoding="utf-8") as log, contextlib.redirect_stdout(log):
                if instance is None:
                    raise instance_error or RuntimeError("the Dagster instance did not open")
                offer_listing(snapshot["listing"] if snapshot else None)
                result = job.execute_in_process(
                    instance=instance, tags=tags, run_config=run_config, raise_on_error=False
                )
            phases.mark("job_s")
        except Exception as exc:
            outcome = RefreshOutcome(
                False, "", "failed", "the run could not complete: " + describe_error(exc)
            )
        finally:
            offer_listing(None)
            set_listener(None)
            dagster_logger.setLevel(previous_level)
        if result is not None:
            outcome = _outcome(result, before)
        if not outcome.success:
            cause = "\n".join(
                [
                    outcome.message,
                    *outcome.gate.get("failed_errors", []),
                    *outcome.gate.get("hints", []),
                ]
            )
            level = logging.root.manager.disable  # the CLI prints the summary once, itself
            logging.disable(logging.ERROR)
            try:
                outcome.alert = str(
                    write_alert(cause, run_id=outcome.run_id, details={"status": outcome.status})
                )
            except OSError as exc:
                outcome.message += (
                    f"\n(the alert file could not be written either: {describe_error(exc)})"
                )
            finally:
                logging.disable(level)
        else:
            _record_quick_check(p, snapshot, outcome)
        return outcome
    finally:
        import sys

        phases.mark("after_job_s")
        # what was started early (only when there was work: not imported on the quick paths)
        if (isolation := sys.modules.get("integra.extract.isolation")) is not None:
            isolation.discard_prestarted()  # workers the ingest step did not take
        if (warm := sys.modules.get("orchestration.dbt_warm")) is not None:
            warm.stop_warm_dbt()
        if instance is not None:
            with contextlib.suppress(Exception):
                instance.dispose()
        os.environ.pop("INTEGRA_LOCK_HELD", None)
        lock.release()
        phases.mark("cleanup_s")
        if outcome is not None:
            outcome.timings = timings


def _workers_to_prestart(p, snapshot: dict[str, Any] | None) -> int:
    """How many extraction workers to warm while Dagster loads: one per core for a first refresh
    (every file is read) or a fetch, else as many as the landed files changed since the last
    publication (their mtime at or after the published file's; at least one), at most one per
    core. A worker warms the extractor for ~1 CPU s: with one changed document the second one
    was stopped unused. An estimate only: the ingest pool starts whatever workers it still needs
    (a file landed with an older mtime, an extractor upgrade that reads every file again)."""
    cores = os.cpu_count() or 1
    files = (snapshot or {}).get("files") or 0
    landing = (snapshot or {}).get("listing")
    try:
        published_ns = p.published_db.stat().st_mtime_ns
    except OSError:
        return min(cores, files)  # nothing published: every file is read
    if landing is None:
        return min(cores, files)
    changed = 0
    for listing in landing.cities.values():
        for f in listing.files:
            if f.mtime_ns >= published_ns:
                changed += 1
                if changed >= cores:
                    return min(cores, files)
    return min(cores, files, max(1, changed))


def refresh_run_config(*, force: bool, allow_shrink: bool, fetch: bool):
    """The run's options as typed Dagster `Config` (imports Dagster: call it once the job loads):
    `--force` is the dbt asset's `DbtBuildConfig.full_refresh` and the gate's `GateConfig.whole`
    (every row validated, not the slice), `--allow-shrink` the gate's `GateConfig.allow_shrink`,
    `--fetch` the fetch asset's `FetchConfig.fetch` (plain `refresh` does not fetch; the schedule fetches by itself when sources are configured)."""
    import dagster as dg

    from .assets.dbt import DbtBuildConfig
    from .assets.fetch import FetchConfig
    from .assets.quality import GateConfig

    return dg.RunConfig(
        ops={
            "fetch_pages": FetchConfig(fetch=fetch),
            "integra_dbt_models": DbtBuildConfig(full_refresh=force),
            "data_quality_gate": GateConfig(allow_shrink=allow_shrink, whole=force),
        },
        loggers={"console": {"config": {"log_level": "CRITICAL"}}, "integra_progress": {}},
    )


def _before_the_job(
    p, *, force: bool, fetch: bool
) -> tuple[RefreshOutcome | None, dict[str, Any] | None]:
    """(an outcome that needs no job, else None; the landing snapshot taken now).

    Cheap (stat calls and a few small files; no Dagster, dbt or GX): a landing folder that is
    missing or holds no file fails at once, in one line; with nothing new since the last
    publication (`state.quick_fingerprint` equal to the one recorded when the published version
    was built from this very landing folder, the published version still the one the state
    names, its site written) the refresh ends as "unchanged". `--fetch` always runs the job
    (the fetch may land files); `--force` skips only the "nothing new" answer."""
    from integra.settings import city_slugs
    from integra.warehousing.state import QuickCheck, load_state, quick_check_walk

    raw = integra_raw()
    slugs = city_slugs()
    try:
        fingerprint, landing = quick_check_walk(raw, slugs)
    except OSError:
        return None, None  # the job's own scan reports what cannot be read
    files = landing.files
    # the walk's listing goes to the ingest step (no second walk), except when the run fetches
    snapshot = {"fingerprint": fingerprint, "files": files, "listing": None if fetch else landing}
    if fetch:
        return None, snapshot
    if not raw.is_dir():
        return _nothing_to_build(
            p,
            (
                f"no documents: the landing folder {raw} does not exist (INTEGRA_RAW); nothing was "
                "built and the published version is unchanged"
            ),
        ), snapshot
    if files == 0:
        try:
            outside = [
                e.name
                for e in os.scandir(raw)
                if not e.name.startswith(".") and e.name not in slugs
            ]
        except OSError:
            outside = []
        hint = (
            (
                f" ({len(outside)} entr{'y is' if len(outside) == 1 else 'ies are'} outside the registry's "
                "city folders, not read: documents go in <city_slug>/)"
            )
            if outside
            else ""
        )
        return _nothing_to_build(
            p,
            (
                f"no documents found in the landing folder {raw} (INTEGRA_RAW): no file in any city "
                f"folder{hint}; nothing was built and the published version is unchanged"
            ),
        ), snapshot
    if force:
        return None, snapshot
    state = load_state(p)
    recorded = state.quick_check or QuickCheck()
    published_fingerprint = state.published_fingerprint
    if (
        not published_fingerprint
        or recorded.fingerprint != fingerprint
        or recorded.published_fingerprint != published_fingerprint
    ):
        return None, snapshot
    version = state.published_version
    if version is None or state.site_version != version or not (p.site_dir / "index.html").exists():
        return None, snapshot  # the site was not written for it: the job rebuilds it
    from integra.warehousing.publish import current_version

    current = current_version(p.published_dir)
    if current is None or current.version != version:
        return None, snapshot  # another version is current (not through `publish --rollback`)
    documents = files if recorded.documents is None else recorded.documents
    ingest = {
        "new": 0,
        "changed": 0,
        "unchanged": documents,
        "reextracted": 0,
        "removed": 0,
        "rejected": 0,
        "extracted": 0,
        "skipped": list(recorded.skipped),
        "rejected_files": [],
        "retry": 0,
        "decided_before_the_job": True,
    }
    return RefreshOutcome(
        True,
        "",
        "unchanged",
        f"nothing new: published version v{version:04d} unchanged",
        ingest,
        {},
        version,
        current.row_counts,
        str(p.site_dir / "index.html"),
    ), snapshot


def _nothing_to_build(p, message: str) -> RefreshOutcome:
    """A refresh that stops before the job with a failure: what readers still see."""
    from integra.warehousing.publish import current_version

    current = current_version(p.published_dir) if p.published_db.exists() else None
    return RefreshOutcome(
        False,
        "",
        "failed",
        message,
        published_version=current.version if current else None,
        row_counts=current.row_counts if current else {},
    )


def _record_quick_check(p, snapshot: dict[str, Any] | None, outcome: RefreshOutcome) -> None:
    """After a refresh that left the published version built from exactly the landing folder
    seen before the job (published, or nothing new, every file read): the next refresh with the
    same snapshot answers "nothing new" without the job. Files landing during the run changed
    the landing folder after the snapshot, so they make the next refresh run the job."""
    from integra.warehousing.state import load_state, update_state

    if not snapshot or not outcome.success or outcome.status not in ("published", "unchanged"):
        return
    ing = outcome.ingest or {}
    if ing.get("retry"):
        return  # a file could not be read this time: the next refresh reads it again
    state = load_state(p)
    if not state.published_fingerprint or state.published_version != outcome.published_version:
        return
    documents = sum(int(ing.get(k, 0) or 0) for k in ("new", "changed", "unchanged", "reextracted"))
    with contextlib.suppress(OSError):
        update_state(
            p,
            quick_check={
                "fingerprint": snapshot["fingerprint"],
                "published_fingerprint": state.published_fingerprint,
                "documents": documents,
                "skipped": list(ing.get("skipped", []))[:50],
            },
        )


def _write_plain_alert(p, cause: str) -> Path:
    """The alert file of a refresh that ended before the job (same form as `alerts.write_alert`,
    without loading Dagster)."""
    from datetime import UTC, datetime

    p.alerts_dir.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    target = p.alerts_dir / f"{now.strftime('%Y%m%dT%H%M%SZ')}-cli-{os.getpid()}.json"
    tmp = p.alerts_dir / f".{target.stem}.{os.getpid()}.tmp"
    try:
        tmp.write_text(
            json.dumps(
                {
                    "at": now.isoformat(),
                    "run_id": None,
                    "cause": cause,
                    "details": {"status": "failed"},
                },
                ensure_ascii=False,
                indent=1,
            ),
            encoding="utf-8",
        )
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return target


def _published_in_run(result, current: int | None, current_counts: dict[str, int]):
    """(published in this run?, the version this run published else the current one, its row
    counts): from the run's own `published/marts` materialization, so a rollback that lands
    during the run does not change what the run reports as published."""
    for e in result.all_events:
        if (
            e.event_type_value == "ASSET_MATERIALIZATION"
            and e.asset_key is not None
            and e.asset_key.path == ["published", "marts"]
        ):
            meta = getattr(getattr(e, "asset_materialization", None), "metadata", None) or {}

            def value(key):
                v = meta.get(key)
                return getattr(v, "value", v)

            if value("version") is None:
                return True, current, current_counts
            counts = {k[5:]: int(value(k)) for k in meta if k.startswith("rows_")}
            return True, int(value("version")), counts or current_counts
    return False, current, current_counts


def _outcome(result, before: int | None) -> RefreshOutcome:
    from integra.warehousing.gate import GateResult
    from integra.warehousing.state import load_state

    p = paths()
    run_id = result.run_id
    ingest: dict[str, Any] = {}
    f = p.reports_dir / f"ingest-{run_id}.json"
    if f.exists():
        ingest = json.loads(f.read_text(encoding="utf-8"))
    fetched: dict[str, Any] = {}
    with contextlib.suppress(OSError, ValueError):
        fetched = json.loads((p.reports_dir / f"fetch-{run_id}.json").read_text(encoding="utf-8"))
    state = load_state(p)
    gate: dict[str, Any] = {}
    report = state.gate.report_of(run_id) if state.gate else None
    if report:
        try:
            g = GateResult.from_report(report)
            from integra.warehousing.describe import describe_result, hints_for, withheld_lines

            failed = [describe_result(r) for r in g.failed_errors]  # what failed, in CLI words
            gate = {
                "passed": g.passed,
                "summary": g.summary,
                "failed_errors": failed,
                "hints": hints_for(failed),
                "warnings": [describe_result(r) for r in g.warnings],
                "withheld": withheld_lines(g.withheld_documents),
                "report": g.report_path,
                "html": g.html_path,
            }
        except (OSError, ValueError, KeyError, TypeError):
            gate = {}
    version = state.published_version
    row_counts: dict[str, int] = {}
    if p.published_db.exists():
        from integra.warehousing.publish import current_version

        cur = current_version(p.published_dir)
        if cur:
            version = cur.version
            row_counts = cur.row_counts
    site = str(p.site_dir / "index.html") if (p.site_dir / "index.html").exists() else None
    current_now = version
    published_now, version, row_counts = _published_in_run(result, version, row_counts)
    if result.success:
        status = "published" if published_now else "unchanged"
        msg = (
            f"published version v{version:04d}"
            if published_now
            else f"nothing new: published version v{version:04d} unchanged"
            if version
            else "nothing published"
        )
        if published_now and current_now is not None and current_now != version:
            msg += f" (a rollback made v{current_now:04d} current since)"
        return RefreshOutcome(
            True, run_id, status, msg, ingest, gate, version, row_counts, site, fetch=fetched
        )
    failures = []
    for e in result.all_events:
        if e.event_type_value == "STEP_FAILURE":
            data = e.event_specific_data
            err = getattr(data, "error", None)
            while err is not None and getattr(err, "cause", None) is not None:
                err = err.cause  # the user's exception, not Dagster's wrapper
            text = getattr(err, "message", None) or str(e.message)
            failures.append(f"{e.step_key}: {text.strip()}")
    blocked = bool(gate) and not gate.get("passed", True)
    status = "blocked" if blocked else "failed"
    if blocked:
        n = len(gate.get("failed_errors", []))
        kept = f"v{version:04d} stays published" if version else "nothing is published yet"
        msg = f"the data-quality gate blocked publication ({n} error expectation(s) failed); {kept}"
    elif published_now:
        msg = f"v{version:04d} was published, but a later step failed:\n" + "\n".join(failures[:5])
    else:
        msg = "refresh failed; the published version is unchanged.\n" + "\n".join(failures[:5])
    return RefreshOutcome(
        False, run_id, status, msg, ingest, gate, version, row_counts, site, fetch=fetched
    )


def last_run() -> dict[str, Any] | None:
    """The last run of `nightly_refresh` on the instance (for `integra status`): its id, status,
    trigger and times; {"error": ...} when the run history cannot be read. No Dagster home yet:
    nothing has run, and reading creates none (`integra status` writes nothing)."""
    if not Path(os.environ.get("DAGSTER_HOME") or paths().dagster_home).is_dir():
        return None
    try:
        prepare_environment()
        import dagster as dg

        with dg.DagsterInstance.get() as instance:
            records = instance.get_run_records(dg.RunsFilter(job_name="nightly_refresh"), limit=1)
            if not records:
                return None
            r = records[0]
            run = r.dagster_run
            return {
                "run_id": run.run_id,
                "status": run.status.value,
                "trigger": run.tags.get("integra/trigger", "ui"),
                "started_at": _iso(r.start_time),
                "finished_at": _iso(r.end_time),
            }
    except Exception as exc:
        return {"error": f"run history unreadable: {type(exc).__name__}: {str(exc)[:200]}"}


def _iso(ts: float | None) -> str | None:
    return dt.datetime.fromtimestamp(ts, dt.UTC).isoformat(timespec="seconds") if ts else None
