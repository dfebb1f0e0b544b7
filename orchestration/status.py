"""`integra status`: what happened last, and what readers see now."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from .config import paths


def _last_run() -> dict[str, Any] | None:
    from .pipeline import prepare_environment

    prepare_environment()
    import dagster as dg

    try:
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
    except Exception as exc:  # a broken run history must not hide the rest of the status
        return {"error": f"run history unreadable: {exc}"}


def _iso(ts: float | None) -> str | None:
    return dt.datetime.fromtimestamp(ts, dt.timezone.utc).isoformat() if ts else None


def collect_status() -> dict[str, Any]:
    from .publish import current_version
    from .state import read_state

    p = paths()
    out: dict[str, Any] = {"integra_home": str(p.home), "last_run": _last_run()}
    cur = current_version(p.published_dir) if p.published_dir.exists() else None
    if cur:
        age = None
        if cur.published_at:
            try:
                published = dt.datetime.fromisoformat(str(cur.published_at))
                if published.tzinfo is None:
                    published = published.replace(tzinfo=dt.timezone.utc)
                age = (dt.datetime.now(dt.timezone.utc) - published).total_seconds()
            except ValueError:
                age = None
        out["published"] = {"version": cur.version, "published_at": cur.published_at,
                            "age_seconds": age, "path": str(p.published_db), "row_counts": cur.row_counts}
    else:
        out["published"] = None
    latest = p.reports_dir / "latest.json"
    gate: dict[str, Any] | None = None
    if latest.exists():
        try:
            rep = json.loads(latest.read_text(encoding="utf-8"))
            gate = {
                "passed": rep.get("passed"),
                "finished_at": rep.get("finished_at"),
                "failed_errors": [f"{r['mart']}: {r['expectation']}" for r in rep.get("results", [])
                                  if r["severity"] == "error" and not r["success"]],
                "warnings": [f"{r['mart']}: {r['expectation']}" for r in rep.get("results", [])
                             if r["severity"] == "warning" and not r["success"]],
                "report": str(latest),
            }
        except (OSError, ValueError, KeyError):
            gate = {"error": "gate report unreadable"}
    out["gate"] = gate
    out["quarantined"] = _quarantine()
    alerts = sorted(p.alerts_dir.glob("*.json")) if p.alerts_dir.exists() else []
    out["last_alert"] = json.loads(alerts[-1].read_text(encoding="utf-8")) if alerts else None
    out["state"] = {k: v for k, v in read_state(p).items() if k != "gate"}
    return out


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


def render_status(st: dict[str, Any]) -> None:
    from rich.console import Console

    c = Console()
    run = st.get("last_run")
    if run and "error" not in run:
        colour = "green" if run["status"] == "SUCCESS" else "red"
        c.print(f"last run: [{colour}]{run['status']}[/{colour}] {run['run_id'][:8]} "
                f"({run['trigger']}), started {run['started_at']}, finished {run['finished_at']}")
    elif run:
        c.print(f"last run: {run['error']}")
    else:
        c.print("last run: none yet (run `integra refresh`)")
    pub = st.get("published")
    if pub:
        age = pub.get("age_seconds")
        age_txt = f"{age / 3600:.1f} h ago" if age is not None else "age unknown"
        c.print(f"published: version {pub['version']}, {pub['published_at']} ({age_txt}) — {pub['path']}")
    else:
        c.print("published: nothing yet")
    gate = st.get("gate")
    if gate and "error" not in gate:
        c.print(f"gate: {'passed' if gate['passed'] else 'BLOCKED'}; {len(gate['warnings'])} open warning(s)")
        for e in gate["failed_errors"][:10]:
            c.print(f"  [red]error[/red] {e}")
        for w in gate["warnings"][:10]:
            c.print(f"  [yellow]warning[/yellow] {w}")
    q = st.get("quarantined") or []
    c.print(f"quarantined documents: {len(q)}")
    for item in q[:20]:
        c.print(f"  {item['source_file']}: {item['reason']}")
    if st.get("last_alert"):
        a = st["last_alert"]
        c.print(f"last alert: {a['at']}: {a['cause'].splitlines()[0]}")
