"""`integra`: the one console command. Thin: every command calls the functions the assets call."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from . import telemetry_off

telemetry_off()

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Integra: a warehouse of EU-funded social-inclusion projects of Polish welfare centres.",
    pretty_exceptions_enable=False,
)


def _err(msg: str) -> None:
    typer.echo(msg, err=True)


# --------------------------------------------------------------------------- extract


@app.command()
def extract(
    files: list[Path] = typer.Argument(..., help="Documents (txt, html, pdf) or folders of them."),
    workers: Optional[int] = typer.Option(None, help="Processes for many files (default: all cores)."),
) -> None:
    """Print one JSON extraction record per document (the contract in contracts/)."""
    from .ingest import extract_many

    jobs: list[tuple[str, str]] = []
    for f in files:
        if f.is_dir():
            jobs += [(str(p), str(p)) for p in sorted(f.rglob("*")) if p.is_file() and not p.name.startswith(".")]
        else:
            jobs.append((str(f), str(f)))
    rejected = 0
    out = sys.stdout
    for rec, *_ in extract_many(jobs, workers):
        if rec["status"] == "rejected":
            rejected += 1
            _err(f"rejected: {rec['source_file']}: {'; '.join(rec['problems'])}")
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    out.flush()
    if rejected:
        _err(f"{rejected} of {len(jobs)} document(s) rejected")
        raise typer.Exit(1)


# --------------------------------------------------------------------------- query


class Fmt(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


@app.command()
def query(
    sql: str = typer.Argument(..., help="Read-only SQL on the published marts."),
    format: Fmt = typer.Option(Fmt.table, "--format", "-f", help="table, csv or json."),
) -> None:
    """Run read-only SQL on the published marts (never on a half-built warehouse)."""
    from .query import QueryError, run_query

    try:
        columns, rows = run_query(sql)
    except QueryError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2) from None
    _print_rows(columns, rows, format)


def _print_rows(columns: list[str], rows: list[tuple], fmt: Fmt) -> None:
    import csv
    import datetime as dt
    import decimal

    def plain(v):
        if isinstance(v, (dt.date, dt.datetime)):
            return v.isoformat()
        if isinstance(v, decimal.Decimal):
            return float(v)
        return v

    if fmt is Fmt.json:
        for r in rows:
            sys.stdout.write(json.dumps(dict(zip(columns, map(plain, r))), ensure_ascii=False, default=str) + "\n")
    elif fmt is Fmt.csv:
        w = csv.writer(sys.stdout)
        w.writerow(columns)
        for r in rows:
            w.writerow(["" if v is None else plain(v) for v in r])
    else:
        from rich.console import Console
        from rich.table import Table

        t = Table(show_lines=False)
        for c in columns:
            t.add_column(c, overflow="fold")
        for r in rows:
            t.add_row(*["" if v is None else str(plain(v)) for v in r])
        Console(width=max(120, min(400, 20 * len(columns)))).print(t)
        _err(f"{len(rows)} row(s)")


# --------------------------------------------------------------------------- refresh


@app.command()
def refresh(
    force: bool = typer.Option(False, "--force", help="Rebuild, gate and publish even if nothing changed."),
    allow_shrink: bool = typer.Option(
        False, "--allow-shrink", help="Publish even if a mart shrinks more than INTEGRA_MAX_SHRINK."
    ),
    json_out: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
) -> None:
    """Run the whole pipeline once: ingest, extract, dbt, gate, publish, dashboards."""
    import time

    from rich.console import Console

    from .pipeline import run_refresh

    console = Console(stderr=True)
    started: dict[str, float] = {}

    def on_stage(stage: str, event: str) -> None:
        if event == "start":
            started[stage] = time.perf_counter()
            console.print(f"[bold]▶[/bold] {stage} …")
        else:
            mark = {"done": "[green]✔[/green]", "failed": "[red]✘[/red]", "skipped": "[yellow]–[/yellow]"}[event]
            if stage in started:
                console.print(f"{mark} {stage} ({event}, {time.perf_counter() - started[stage]:.1f} s)")
            else:
                console.print(f"{mark} {stage} ({event})")

    t0 = time.perf_counter()
    outcome = run_refresh(force=force, allow_shrink=allow_shrink, on_stage=None if json_out else on_stage)
    if json_out:
        sys.stdout.write(json.dumps(outcome.as_dict(), ensure_ascii=False, indent=1, default=str) + "\n")
    else:
        _print_summary(console, outcome, time.perf_counter() - t0)
    if not outcome.success:
        raise typer.Exit(2 if outcome.status == "blocked" else 1)


def _print_summary(console, outcome, seconds: float) -> None:
    ing = outcome.ingest or {}
    console.print()
    colour = {"published": "green", "unchanged": "cyan", "blocked": "red", "failed": "red"}[outcome.status]
    console.print(f"[bold {colour}]{outcome.status.upper()}[/bold {colour}]: {outcome.message}")
    if ing:
        console.print(
            f"documents: {ing.get('new', 0)} new, {ing.get('changed', 0)} changed, "
            f"{ing.get('unchanged', 0)} unchanged, {ing.get('rejected', 0)} rejected"
            + (f", {ing.get('removed')} removed" if ing.get("removed") else "")
        )
        for source_file, reason in ing.get("rejected_files", []):
            console.print(f"  quarantined {source_file}: {reason}")
        for line in ing.get("skipped", []):
            console.print(f"  refused {line}")
    gate = outcome.gate or {}
    if gate:
        console.print(f"gate: {'passed' if gate.get('passed') else 'BLOCKED'}"
                      f" ({len(gate.get('warnings', []))} warning(s))")
        for name in gate.get("failed_errors", [])[:10]:
            console.print(f"  [red]error[/red] {name}")
        for w in gate.get("warnings", [])[:10]:
            console.print(f"  [yellow]warning[/yellow] {w}")
        if gate.get("html"):
            console.print(f"  report: {gate['html']}")
    if outcome.row_counts:
        console.print("rows: " + ", ".join(f"{k} {v}" for k, v in sorted(outcome.row_counts.items())))
    if outcome.published_version is not None:
        console.print(f"published version: {outcome.published_version} ({paths_published()})")
    if outcome.site:
        console.print(f"dashboards: {outcome.site}")
    if outcome.alert:
        console.print(f"alert written: {outcome.alert}")
    console.print((f"run {outcome.run_id[:8]} in " if outcome.run_id else "took ") + f"{seconds:.1f} s")


def paths_published() -> str:
    from .config import paths

    return str(paths().published_db)


# --------------------------------------------------------------------------- status


@app.command()
def status(json_out: bool = typer.Option(False, "--json", help="Machine-readable output.")) -> None:
    """The last run and its outcome, the published version and its age, warnings, quarantine."""
    from .status import collect_status, render_status

    st = collect_status()
    if json_out:
        sys.stdout.write(json.dumps(st, ensure_ascii=False, indent=1, default=str) + "\n")
    else:
        render_status(st)


# --------------------------------------------------------------------------- publish


@app.command()
def publish(
    list_versions: bool = typer.Option(False, "--list", help="List the kept published versions."),
    rollback: bool = typer.Option(False, "--rollback", help="Make an older version current again."),
    version: Optional[int] = typer.Argument(None, help="The version to roll back to (default: the previous one)."),
) -> None:
    """List published versions, or roll back to one (atomically)."""
    from .publish import PublishError
    from .publish import list_versions as _list
    from .publish import rollback as _rollback

    if rollback:
        try:
            v = _rollback(version)
        except PublishError as exc:
            _err(f"error: {exc}")
            raise typer.Exit(1) from None
        typer.echo(f"version {v.version} is current again ({v.path})")
        # the site shows the current version (a stale site would make the next refresh rebuild
        # and republish, undoing the rollback); the rollback sticks until something new lands
        try:
            from dashboards.generate import generate_site

            from .config import paths
            from .state import update_state

            p = paths()
            generate_site(p.published_db, p.site_dir, "pl")
            update_state(p, site_version=v.version)
            typer.echo(f"dashboards rewritten for version {v.version}")
        except Exception as exc:  # noqa: BLE001 - the rollback itself is done
            _err(f"warning: the dashboards could not be rewritten ({type(exc).__name__}: {exc}); "
                 "run `integra dashboards`")
        return
    versions = _list()
    if not versions:
        typer.echo("nothing published yet")
        return
    for v in versions:
        mark = "*" if v.is_current else " "
        rows = sum((v.row_counts or {}).values())
        typer.echo(f"{mark} v{v.version:<4} {v.published_at or '':<32} run {str(v.run_id or '')[:8]:<8} {rows} rows")


# --------------------------------------------------------------------------- dashboards & export


class Lang(str, Enum):
    pl = "pl"
    en = "en"


@app.command()
def dashboards(
    lang: Lang = typer.Option(Lang.pl, "--lang", help="Entry language (both are generated)."),
    open_: bool = typer.Option(False, "--open", help="Open the site in a browser."),
) -> None:
    """Regenerate the static dashboards from the published marts."""
    from dashboards.generate import generate_site

    from .config import paths
    from .query import QueryError, connect_published

    p = paths()
    try:
        connect_published().close()
    except QueryError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None
    from .publish import current_version
    from .state import update_state

    version = current_version(p.published_dir)
    result = generate_site(p.published_db, p.site_dir, lang.value)
    update_state(p, site_version=version.version if version else None)
    entry = getattr(result, "entry", None) or (p.site_dir / "index.html")
    typer.echo(f"dashboards written: {entry}")
    if open_:
        import webbrowser

        webbrowser.open(Path(entry).resolve().as_uri())


class ExportFmt(str, Enum):
    csv = "csv"
    parquet = "parquet"
    xlsx = "xlsx"


@app.command()
def export(
    format: ExportFmt = typer.Option(ExportFmt.csv, "--format", "-f"),
    out: Optional[Path] = typer.Option(None, "--out", help="Folder (default INTEGRA_HOME/exports/<time>)."),
) -> None:
    """Write every published mart as CSV, Parquet or XLSX (with column descriptions)."""
    from .config import paths
    from .export import export_marts
    from .query import QueryError, connect_published

    try:
        connect_published().close()
    except QueryError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None
    files = export_marts(paths().published_db, out, format.value)
    for f in files:
        typer.echo(str(f))


# --------------------------------------------------------------------------- serve


@app.command()
def serve(
    port: int = typer.Option(3000, help="Port of the Dagster UI."),
    host: str = typer.Option("127.0.0.1", help="Interface to listen on (loopback unless told otherwise)."),
) -> None:
    """Start the Dagster UI and daemon (schedule and sensor on) on 127.0.0.1."""
    from .serve import serve as _serve

    raise typer.Exit(_serve(host=host, port=port))


def main() -> None:  # console script entry point
    try:
        app()
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
