"""`integra status`: what happened last, and what readers see now.

The last run's outcome uses the README's words: ``published`` (it published a new version),
``unchanged`` (it succeeded with nothing new), ``blocked`` (the gate refused publication),
``failed`` (another failure), or ``running``. The exit code lets scripts act on it:

    0  the last run published or found nothing new (or there is no run yet)
    1  the last run failed
    2  the last run was blocked by the data-quality gate
    3  the published version is older than the maximum age (INTEGRA_STATUS_MAX_AGE_HOURS or
       --max-age-hours; off by default), or nothing is published while a maximum age is set
"""

from __future__ import annotations

import datetime as dt
import json
import math
from typing import Any

from integra.settings import SettingsError, paths, settings
from integra.warehousing.describe import describe_result, hints_for

EXIT_OK, EXIT_FAILED, EXIT_BLOCKED, EXIT_STALE = 0, 1, 2, 3
MAX_AGE_ENV = "INTEGRA_STATUS_MAX_AGE_HOURS"


class StatusError(Exception):
    """A bad setting for `integra status` (one line for the operator)."""


def max_age_hours_from_env(explicit: float | None = None) -> float | None:
    """The maximum age of the published version in hours, or None (no limit)."""
    if explicit is not None:
        value = explicit
    else:
        try:
            value = settings().status_max_age_hours
        except SettingsError as exc:
            raise StatusError(str(exc)) from None
        if value is None:
            return None
    if math.isnan(value) or value < 0:
        raise StatusError(f"the maximum age must be 0 or more hours, got {value}")
    return value or None  # 0: no limit


# --------------------------------------------------------------------------------------------
# Collecting
# --------------------------------------------------------------------------------------------


def _last_run() -> dict[str, Any] | None:
    """The last `nightly_refresh` run, read from the Dagster instance by orchestration."""
    from orchestration.pipeline import last_run

    return last_run()


def _outcome(
    run: dict[str, Any] | None, gate_report: dict[str, Any] | None, published_run_ids: set[str]
) -> str | None:
    """published | unchanged | blocked | failed | running, or None without a run."""
    if not run or "error" in run:
        return None
    status = run["status"]
    if status in ("QUEUED", "NOT_STARTED", "STARTING", "STARTED", "MANAGED"):
        return "running"
    if status == "SUCCESS":
        return "published" if run["run_id"] in published_run_ids else "unchanged"
    if (
        gate_report
        and gate_report.get("passed") is False
        and str(gate_report.get("run_id", "")) == f"gate-{run['run_id']}"
    ):
        return "blocked"
    return "failed"


def _published_age(published_at: Any) -> float | None:
    if not published_at:
        return None
    try:
        when = dt.datetime.fromisoformat(str(published_at))
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)  # meta_publication records UTC
    return (dt.datetime.now(dt.UTC) - when).total_seconds()


def collect_status(max_age_hours: float | None = None) -> dict[str, Any]:
    """Everything `integra status` shows, with ``outcome`` and ``exit_code`` (see the module
    docstring). ``max_age_hours`` None reads INTEGRA_STATUS_MAX_AGE_HOURS."""
    from integra.warehousing.publish import current_version, list_versions
    from integra.warehousing.state import load_state

    max_age = max_age_hours_from_env(max_age_hours)
    p = paths()
    out: dict[str, Any] = {"integra_home": str(p.home), "last_run": _last_run()}
    cur = current_version(p.published_dir) if p.published_dir.exists() else None
    if cur:
        out["published"] = {
            "version": cur.version,
            "published_at": cur.published_at,
            "age_seconds": _published_age(cur.published_at),
            "path": str(p.published_db),
            "row_counts": cur.row_counts,
        }
    else:
        out["published"] = None
    if p.published_db.exists() and cur is None:
        out["published_error"] = (
            f"the published file {p.published_db} cannot be read (damaged, or locked by another "
            "program); roll back with `integra publish --rollback` or run `integra refresh`"
        )
    latest = p.reports_dir / "latest.json"
    gate: dict[str, Any] | None = None
    rep: dict[str, Any] | None = None
    if latest.exists():
        try:
            rep = json.loads(latest.read_text(encoding="utf-8"))
            results = rep.get("results", [])
            gate = {
                "passed": rep.get("passed"),
                "finished_at": rep.get("finished_at"),
                "failed_errors": [
                    describe_result(r)
                    for r in results
                    if r["severity"] == "error" and not r["success"]
                ],
                "warnings": [
                    describe_result(r)
                    for r in results
                    if r["severity"] == "warning" and not r["success"]
                ],
                "report": str(latest),
            }
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            rep, gate = None, {"error": "gate report unreadable"}
    out["gate"] = gate
    run = out["last_run"]
    published_ids: set[str] = set()
    if run and "error" not in run and run["status"] == "SUCCESS":
        if cur and cur.run_id:
            published_ids.add(cur.run_id)
        if run["run_id"] not in published_ids:
            published_ids |= {v.run_id for v in list_versions(p.published_dir) if v.run_id}
    out["outcome"] = _outcome(run, rep, published_ids)
    out["quarantined"] = _quarantine()
    out["fetch"] = _fetch_status(p)
    out["last_alert"] = _last_alert(p)
    try:
        out["state"] = {k: v for k, v in load_state(p).to_json().items() if k != "gate"}
    except Exception:
        out["state"] = {}
    out["max_age_hours"] = max_age
    code = {"failed": EXIT_FAILED, "blocked": EXIT_BLOCKED}.get(out["outcome"] or "", EXIT_OK)
    if code == EXIT_OK and max_age is not None:
        age = (out["published"] or {}).get("age_seconds")
        if age is None or age > max_age * 3600:
            code = EXIT_STALE
    out["exit_code"] = code
    return out


def _fetch_status(p) -> dict[str, Any] | None:
    """The last fetch (integra fetch, refresh --fetch, the nightly run) and the URLs failing now."""
    from integra.warehousing.fetch import last_fetch

    try:
        last = last_fetch(p)
    except Exception:
        return None
    if not last:
        return None
    failing = [{"url": u, **f} for u, f in sorted(last.get("failing_now", {}).items())]
    return {
        "finished_at": last.get("finished_at"),
        "new": last.get("new", 0),
        "changed": last.get("changed", 0),
        "not_modified": last.get("not_modified", 0),
        "unchanged": last.get("unchanged", 0),
        "failures": last.get("failures", []),
        "failing": failing,
        "flagged": [f for f in failing if f.get("nights", 0) >= _flag_after()],
    }


def _flag_after() -> int:
    from integra.warehousing.fetch import FetchSettings

    try:
        return FetchSettings.from_env().flag_after_nights
    except ValueError:
        return FetchSettings().flag_after_nights


def _last_alert(p) -> dict[str, Any] | None:
    alerts = sorted(p.alerts_dir.glob("*.json")) if p.alerts_dir.exists() else []
    for f in reversed(alerts):
        try:
            body = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(body, dict):
            return body
    return None


def _quarantine() -> list[dict[str, Any]]:
    from .query import QueryError, connect_published

    try:
        con = connect_published()
    except QueryError:
        return []
    try:
        rows = con.execute(
            "select source_file, reason, cast(ingested_at as varchar) from meta_quarantine order by source_file"
        ).fetchall()
    except Exception:
        return []
    finally:
        con.close()
    return [{"source_file": r[0], "reason": r[1], "ingested_at": r[2]} for r in rows]


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------

OUTCOME_COLOURS = {
    "published": "green",
    "unchanged": "cyan",
    "blocked": "red",
    "failed": "red",
    "running": "yellow",
}


def render_status(st: dict[str, Any], console=None) -> None:
    from integra.output import console as make_console
    from integra.output import for_terminal as t
    from integra.output import human_age, local_time

    c = console or make_console()
    run = st.get("last_run")
    if run and "error" not in run:
        outcome = st.get("outcome") or run["status"].lower()
        colour = OUTCOME_COLOURS.get(outcome, "red")
        finished = f", finished {local_time(run['finished_at'])}" if run.get("finished_at") else ""
        c.print(
            f"last run: [{colour}]{outcome}[/{colour}] {t(run['run_id'][:8])} "
            f"({t(run['trigger'])}), started {local_time(run['started_at'])}{finished}"
        )
    elif run:
        c.print(f"last run: {t(run['error'])}")
    else:
        c.print("last run: none yet (run `integra refresh`)")
    pub = st.get("published")
    if pub:
        age = pub.get("age_seconds")
        age_txt = f"{human_age(age)} ago" if age is not None else "age unknown"
        c.print(
            f"published: v{pub['version']:04d}, {local_time(pub['published_at'])} ({age_txt}) "
            f"— {t(pub['path'])}"
        )
    else:
        c.print("published: nothing yet")
    if st.get("published_error"):
        c.print(f"[red]{t(st['published_error'])}[/red]")
    gate = st.get("gate")
    if gate and "error" not in gate:
        c.print(
            f"gate: {'passed' if gate['passed'] else 'blocked'}; "
            f"{len(gate['warnings'])} open warning(s)"
        )
        for e in gate["failed_errors"][:10]:
            c.print(f"  [red]error[/red] {t(e)}")
        for h in hints_for(gate["failed_errors"]):
            c.print(f"  {t(h)}")
        for w in gate["warnings"][:10]:
            c.print(f"  [yellow]warning[/yellow] {t(w)}")
    elif gate:
        c.print(f"gate: {t(gate['error'])}")
    q = st.get("quarantined") or []
    c.print(f"quarantined documents: {len(q)}")
    for item in q[:20]:
        c.print(f"  {t(item['source_file'])}: {t(item['reason'])}")
    f = st.get("fetch")
    if f:
        c.print(
            f"last fetch: {local_time(f['finished_at'])}: {f['new']} new, {f['changed']} changed, "
            f"{f['not_modified']} not modified, {f['unchanged']} unchanged, "
            f"{len(f['failures'])} failed"
        )
        for x in f["failures"][:20]:
            where = f"{x['city_slug']}: {x['url']}" if x.get("url") else x["city_slug"]
            streak = (
                f" [red](failing {x['nights']} nights in a row)[/red]" if x.get("flagged") else ""
            )
            c.print(f"  [red]failed[/red] {t(where)}: {t(x['reason'])}{streak}")
        if len(f["failures"]) > 20:
            c.print(f"  … and {len(f['failures']) - 20} more (integra status --json)")
    a = st.get("last_alert")
    if a:
        cause = (str(a.get("cause") or "").splitlines() or [""])[0]
        c.print(f"last alert: {local_time(a.get('at'))}: {t(cause)}")
    code = st.get("exit_code", 0)
    if code == EXIT_STALE:
        limit = st.get("max_age_hours")
        c.print(
            f"[red]stale[/red]: the published version is older than {limit:g} h "
            f"({MAX_AGE_ENV} / --max-age-hours)"
            if pub
            else f"[red]stale[/red]: nothing is published (maximum age {limit:g} h)"
        )
