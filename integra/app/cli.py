"""`integra`: the one console command. Thin: every command calls the functions the assets call."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path

import typer

from integra import telemetry_off

telemetry_off()

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Integra: a warehouse of EU-funded social-inclusion projects of Polish welfare centres.",
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain click help: rich help shows every flag as `<bool>`
)


def _err(msg: str) -> None:
    typer.echo(msg, err=True)


_READ_ONLY_COMMANDS = frozenset({"status", "query"})


def _check_environment(ctx: typer.Context) -> None:
    """INTEGRA_HOME usable and Integra's own, the registry and settings valid: else one line."""
    from integra.settings import SettingsError, check_home, check_settings

    if ctx.invoked_subcommand in (None, "extract"):
        return
    try:
        # the reading commands never create INTEGRA_HOME (a missing home: nothing has run yet)
        check_home(create=ctx.invoked_subcommand not in _READ_ONLY_COMMANDS)
        check_settings()
    except SettingsError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2) from None


def version_text() -> str:
    """`integra --version`: the package, the extractor and the dbt project versions."""
    import re
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as pkg_version

    from integra.settings import DBT_PROJECT_DIR

    try:
        package = pkg_version("integra")
    except PackageNotFoundError:
        package = "unknown (not installed)"
    record = Path(__file__).parent.parent / "extract" / "record.py"
    m = re.search(
        r'^EXTRACTOR_VERSION\s*=\s*["\']([^"\']+)', record.read_text(encoding="utf-8"), re.MULTILINE
    )
    try:
        dbt_yml = (DBT_PROJECT_DIR / "dbt_project.yml").read_text(encoding="utf-8")
        d = re.search(r'^version:\s*["\']?([^"\'\s]+)', dbt_yml, re.MULTILINE)
    except OSError:
        d = None
    return (
        f"integra {package} (extractor {m.group(1) if m else 'unknown'}, "
        f"dbt project {d.group(1) if d else 'unknown'})"
    )


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(version_text())
        raise typer.Exit()


@app.callback()
def _main(
    ctx: typer.Context,
    version: bool = typer.Option(
        False,
        "--version",
        callback=_version_callback,
        is_eager=True,
        help="Show the package, extractor and dbt project versions and exit.",
    ),
) -> None:
    """Integra: a warehouse of EU-funded social-inclusion projects of Polish welfare centres."""
    _check_environment(ctx)


# --------------------------------------------------------------------------- extract


@app.command()
def extract(
    files: list[Path] = typer.Argument(..., help="Documents (txt, html, pdf) or folders of them."),
    workers: int | None = typer.Option(None, help="Processes for many files (default: all cores)."),
) -> None:
    """Print one JSON extraction record per document (JSON lines; the contract is
    integra/contracts/extraction-record.schema.json). A path that does not exist gets no
    record (a record needs the file's sha256): it is named on stderr and the exit code is 1."""
    from integra.warehousing.ingest import extract_many

    jobs: list[tuple[str, str]] = []
    missing = 0
    for f in files:
        if not f.exists():
            missing += 1
            _err(f"rejected: {f}: no such file or folder (no record written)")
        elif f.is_dir():
            jobs += [
                (str(p), str(p))
                for p in sorted(f.rglob("*"))
                if p.is_file() and not p.name.startswith(".")
            ]
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
    if rejected or missing:
        _err(f"{rejected + missing} of {len(jobs) + missing} document(s) rejected")
        raise typer.Exit(1)


# --------------------------------------------------------------------------- query


class Fmt(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


@app.command()
def query(
    sql: str = typer.Argument(
        ...,
        help="Read-only SQL on the published marts; several statements "
        "separated by ';' are run in order (table format only).",
    ),
    format: Fmt = typer.Option(
        Fmt.table, "--format", "-f", help="table, csv, or json (JSON lines: one object per row)."
    ),
    excel: bool = typer.Option(
        False, "--excel", help="CSV for Excel: UTF-8 with a BOM, ';' between fields, decimal comma."
    ),
    timeout: float | None = typer.Option(
        None,
        "--timeout",
        help="Stop the query after this "
        "many seconds (default INTEGRA_QUERY_TIMEOUT_SECONDS "
        "or 60; 0: no limit).",
    ),
    memory_limit: str | None = typer.Option(
        None,
        "--memory-limit",
        help="DuckDB memory cap, e.g. 2GB (default INTEGRA_QUERY_MEMORY_LIMIT or 2GB).",
    ),
) -> None:
    """Run read-only SQL on the published marts (never on a half-built warehouse)."""
    from .query import QueryError, QueryLimits, run_statements

    try:
        results = run_statements(sql, limits=QueryLimits.from_env(timeout, memory_limit))
    except QueryError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2) from None
    shown = [r for r in results if r.columns]
    if format is not Fmt.table and len(shown) > 1:
        _err(
            f"error: --format {format.value} prints one result, and the query has {len(shown)} "
            "statements that return rows: run them one at a time, or use --format table"
        )
        raise typer.Exit(2)
    if format is Fmt.table and len(results) > 1:
        for i, r in enumerate(results, 1):
            from integra.output import clean_text

            _err(f"-- statement {i} of {len(results)}: {clean_text(' '.join(r.sql.split()))[:200]}")
            _print_rows(r.columns, r.rows, format)
        return
    last = shown[-1] if shown else results[-1]
    _print_rows(last.columns, last.rows, format, excel=excel)


def _plain(v):
    import datetime as dt
    import decimal

    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if isinstance(v, decimal.Decimal):
        return float(v)
    return v


def write_csv(stream, columns: list[str], rows, *, excel: bool = False) -> None:
    """CSV of a result: text cells cleaned and made inert for spreadsheets (output.csv_cell);
    ``excel``: a UTF-8 BOM, ';' between fields and a decimal comma, as Polish Excel expects."""
    import csv

    from integra.output import csv_cell

    if excel:
        stream.write("\ufeff")
    w = csv.writer(
        stream, delimiter=";" if excel else ",", lineterminator="\r\n" if excel else "\n"
    )
    w.writerow([csv_cell(c) for c in columns])
    for r in rows:
        cells = []
        for v in r:
            v = _plain(v)
            if v is None:
                v = ""
            elif excel and isinstance(v, float):
                v = repr(v).replace(".", ",")
            cells.append(csv_cell(v))
        w.writerow(cells)


def _print_rows(columns: list[str], rows: list[tuple], fmt: Fmt, *, excel: bool = False) -> None:
    if fmt is Fmt.json:
        for r in rows:
            sys.stdout.write(
                json.dumps(dict(zip(columns, map(_plain, r))), ensure_ascii=False, default=str)
                + "\n"
            )
    elif fmt is Fmt.csv:
        if excel and hasattr(sys.stdout, "buffer"):
            import io

            sys.stdout.flush()
            out = io.TextIOWrapper(
                sys.stdout.buffer, encoding="utf-8", newline="", write_through=True
            )
            try:
                write_csv(out, columns, rows, excel=True)
            finally:
                out.detach()
        else:
            write_csv(sys.stdout, columns, rows, excel=excel)
    else:
        from rich.table import Table
        from rich.text import Text

        from integra.output import clean_text, console

        if not columns:
            _err("ok (the statement returns no rows)")
            return
        t = Table(show_lines=False)
        for c in columns:
            t.add_column(Text(clean_text(c)), overflow="fold")
        for r in rows:  # Text cells: no rich markup, no control sequences from the data
            t.add_row(*[Text("" if v is None else clean_text(_plain(v))) for v in r])
        console().print(t)  # the terminal's width; never wrapped in a file or pipe
        _err(f"{len(rows)} row(s)")


# --------------------------------------------------------------------------- refresh


@app.command()
def refresh(
    force: bool = typer.Option(
        False,
        "--force",
        help="Rebuild every model from scratch (dbt --full-refresh), gate and publish, "
        "even if nothing changed.",
    ),
    allow_shrink: bool = typer.Option(
        False, "--allow-shrink", help="Publish even if a mart shrinks more than INTEGRA_MAX_SHRINK."
    ),
    json_out: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
    fetch: bool = typer.Option(
        False,
        "--fetch",
        help="First fetch each city's sources "
        "(sources/sources.csv) into the landing folder, as the nightly run does.",
    ),
) -> None:
    """Run the whole pipeline once: [fetch,] ingest, extract, dbt, gate, publish, dashboards."""
    import time

    from integra.output import console as make_console
    from orchestration.pipeline import run_refresh

    console = make_console(stderr=True)  # never wrapped in a log file
    started: dict[str, float] = {}

    def on_stage(stage: str, event: str) -> None:
        if stage == "fetch" and not fetch:
            return  # the fetch step does nothing without --fetch
        if event == "start":
            started[stage] = time.perf_counter()
            console.print(f"[bold]▶[/bold] {stage} …")
        else:
            mark = {
                "done": "[green]✔[/green]",
                "failed": "[red]✘[/red]",
                "skipped": "[yellow]–[/yellow]",
            }[event]
            if stage in started:
                console.print(
                    f"{mark} {stage} ({event}, {time.perf_counter() - started[stage]:.1f} s)"
                )
            else:
                console.print(f"{mark} {stage} ({event})")

    t0 = time.perf_counter()
    outcome = run_refresh(
        force=force, allow_shrink=allow_shrink, on_stage=None if json_out else on_stage, fetch=fetch
    )
    if json_out:
        sys.stdout.write(
            json.dumps(outcome.as_dict(), ensure_ascii=False, indent=1, default=str) + "\n"
        )
    else:
        _print_summary(console, outcome, time.perf_counter() - t0)
    if not outcome.success:
        raise typer.Exit(2 if outcome.status == "blocked" else 1)


SKIPPED_MEANING = (
    "nothing new since the published version (same documents, city registry, dbt "
    "project and expectation suites): dbt build, gate and publication skipped; "
    "--force rebuilds"
)


def _print_summary(console, outcome, seconds: float) -> None:
    """The run's summary, each fact once: outcome, documents, gate (failures in words, with
    the CLI flag that overrides a refused shrink), what readers see now."""
    from integra.output import for_terminal as t

    ing = outcome.ingest or {}
    console.print()
    colour = {"published": "green", "unchanged": "cyan", "blocked": "red", "failed": "red"}[
        outcome.status
    ]
    console.print(f"[bold {colour}]{outcome.status.upper()}[/bold {colour}]: {t(outcome.message)}")
    if outcome.status == "unchanged":
        console.print(f"skipped: {SKIPPED_MEANING}")
    if getattr(outcome, "fetch", None):
        _print_fetch_lines(console, outcome.fetch)
    if ing:
        console.print(
            f"documents: {ing.get('new', 0)} new, {ing.get('changed', 0)} changed, "
            f"{ing.get('unchanged', 0)} unchanged, {ing.get('rejected', 0)} rejected"
            + (f", {ing.get('removed')} removed" if ing.get("removed") else "")
            + (
                f", {ing.get('reextracted')} read again by a changed extractor"
                if ing.get("reextracted")
                else ""
            )
        )
        for source_file, reason in ing.get("rejected_files", []):
            console.print(f"  quarantined {t(source_file)}: {t(reason)}")
        for line in ing.get("skipped", []):
            console.print(f"  refused {t(line)}")
        _print_not_read(console, ing.get("ignored_entries") or [])
    gate = outcome.gate or {}
    if gate:
        errors, warnings = gate.get("failed_errors", []), gate.get("warnings", [])
        if gate.get("passed"):
            console.print(
                f"gate: passed ({len(warnings)} warning(s)"
                + (", published and shown)" if outcome.status == "published" else ")")
            )
        else:
            console.print(f"gate: blocked by {len(errors)} error(s), {len(warnings)} warning(s)")
        for text in errors[:10]:
            console.print(f"  [red]error[/red] {t(text)}")
        if len(errors) > 10:
            console.print(f"  … and {len(errors) - 10} more error(s) in the report")
        for h in gate.get("hints", []):
            console.print(f"  {t(h)}")
        withheld = gate.get("withheld") or []
        if withheld:
            console.print(
                f"  withheld {len(withheld)} document(s) (row-level errors; the rest is published):"
            )
            for line in withheld[:10]:
                console.print(f"    {t(line)}")
            if len(withheld) > 10:
                console.print(f"    … and {len(withheld) - 10} more in the report")
        for w in warnings[:10]:
            console.print(f"  [yellow]warning[/yellow] {t(w)}")
        if len(warnings) > 10:
            console.print(f"  … and {len(warnings) - 10} more warning(s) in the report")
        if gate.get("html"):
            console.print(f"  report: {t(gate['html'])}")
    if outcome.status == "published":
        if outcome.row_counts:
            console.print(
                "rows: " + ", ".join(f"{k} {v}" for k, v in sorted(outcome.row_counts.items()))
            )
        console.print(f"published: v{outcome.published_version:04d} ({t(paths_published())})")
    elif outcome.published_version is not None:
        console.print(
            f"readers still see v{outcome.published_version:04d} ({t(paths_published())})"
        )
    else:
        console.print("nothing is published yet")
    if outcome.site:
        console.print(f"dashboards: {t(outcome.site)}")
    if outcome.alert:
        console.print(f"alert written: {t(outcome.alert)}")
    console.print(
        (f"run {outcome.run_id[:8]} in " if outcome.run_id else "took ") + f"{seconds:.1f} s"
    )


def _print_not_read(console, ignored: list[dict]) -> None:
    """Landing entries the scan did not read (a folder that is not a registry city, a file at
    the root): their documents are not in the marts, so the summary names them, at most ten."""
    from integra.output import for_terminal as t

    if not ignored:
        return
    console.print(f"  not read: {len(ignored)} landing entr{'y' if len(ignored) == 1 else 'ies'}")
    for e in ignored[:10]:
        console.print(f"    {t(e.get('path', '?'))}: {t(e.get('reason', ''))}")
    if len(ignored) > 10:
        console.print(f"    … and {len(ignored) - 10} more in the ingestion report")


def paths_published() -> str:
    from integra.settings import paths

    return str(paths().published_db)


# --------------------------------------------------------------------------- fetch


def _print_fetch_lines(console, f: dict) -> None:
    """The fetch stage's counts and each failure (why, and the streak when flagged)."""
    from integra.output import for_terminal as t

    if f.get("note"):
        console.print(f"fetch: {t(f['note'])}")
    else:
        console.print(
            f"fetch: {f.get('new', 0)} new, {f.get('changed', 0)} changed, {f.get('not_modified', 0)} "
            f"not modified (304), {f.get('unchanged', 0)} unchanged, {len(f.get('failures', []))} failed "
            f"({f.get('sources', 0)} source(s), {f.get('links_found', 0)} link(s) followed, "
            f"{f.get('requests', 0)} request(s))"
        )
    for x in f.get("failures", [])[:20]:
        where = f"{x['city_slug']}: {x['url']}" if x.get("url") else x["city_slug"]
        streak = f" [red](failing {x['nights']} nights in a row)[/red]" if x.get("flagged") else ""
        console.print(f"  [red]failed[/red] {t(where)}: {t(x['reason'])}{streak}")
    if len(f.get("failures", [])) > 20:
        console.print(f"  … and {len(f['failures']) - 20} more (integra status --json)")


@app.command("fetch")
def fetch_command(
    city: list[str] | None = typer.Option(
        None,
        "--city",
        help="Only this city (a registry slug; repeat for several). Default: every city.",
    ),
    dry_run: bool = typer.Option(
        False,
        "--dry-run",
        help="List what would be fetched, and where it would land; no request is made.",
    ),
    json_out: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
) -> None:
    """Fetch each city's sources (sources/sources.csv, or INTEGRA_SOURCES) into
    INTEGRA_RAW/<city>/, politely and incrementally; the next refresh ingests what changed.

    Exit code: 0 every source fetched, 1 some failed (the others were fetched; each failure
    and its reason is printed, recorded for `integra status` and in an alert), 2 a bad setting."""
    import time

    from integra.output import console as make_console
    from integra.output import for_terminal as t
    from integra.settings import SettingsError, city_slugs, integra_raw, paths
    from integra.warehousing.fetch import fetch_cities, load_sources, record_failures_alert
    from integra.warehousing.locking import LockBusyError

    console = make_console(stderr=True)
    known = city_slugs()
    unknown = [c for c in city or [] if c not in known]
    if unknown:
        _err(
            f"error: not a city of the registry: {', '.join(unknown)} (cities: {', '.join(known)})"
        )
        raise typer.Exit(2)
    try:
        sources, bad = load_sources(city_slugs=known)
    except SettingsError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2) from None
    started: dict[str, float] = {}

    def on_city(slug: str, event: str) -> None:
        if json_out:
            return
        if event == "start":
            started[slug] = time.perf_counter()
            console.print(f"[bold]▶[/bold] fetch {slug} …")
        else:
            mark = {"done": "[green]✔[/green]", "failed": "[red]✘[/red]"}[event]
            what = "done" if event == "done" else "some failed"
            console.print(
                f"{mark} fetch {slug} ({what}, {time.perf_counter() - started[slug]:.1f} s)"
            )

    t0 = time.perf_counter()
    try:
        summary = fetch_cities(
            paths(),
            integra_raw(),
            city or None,
            sources=sources,
            bad_sources=bad,
            dry_run=dry_run,
            on_city=on_city,
        )
    except (SettingsError, LockBusyError) as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2 if isinstance(exc, SettingsError) else 1) from None
    alert = None
    if not dry_run and summary.failures:
        try:
            alert = record_failures_alert(summary)
        except OSError as exc:
            _err(f"warning: the alert file could not be written ({exc})")
    if json_out:
        sys.stdout.write(
            json.dumps(
                {**summary.as_dict(), "alert": str(alert) if alert else None},
                ensure_ascii=False,
                indent=1,
                default=str,
            )
            + "\n"
        )
    elif dry_run:
        console.print()
        console.print(
            f"[bold cyan]DRY RUN[/bold cyan]: {len(summary.plan)} source(s), nothing fetched"
        )
        for item in summary.plan:
            line = f"  {item['city_slug']} {item['kind']} {t(item['url'])}"
            if item["landed_as"]:
                line += f" → {t(item['landed_as'])}"
            if item["conditional"]:
                line += " (conditional GET)"
            if item["kind"] != "page":
                line += f" ({len(item['known_links'])} link(s) known from the last fetch)"
            console.print(line)
        for x in summary.failures:
            console.print(f"  [red]refused[/red] {t(x['reason'])}")
        if summary.note:
            console.print(f"{t(summary.note)} (sources file: {t(str(_sources_path()))})")
    else:
        console.print()
        word, colour = (
            ("FETCHED WITH FAILURES", "red")
            if summary.failures
            else ("NOTHING TO FETCH", "cyan")
            if summary.note
            else ("FETCHED", "green")
        )
        console.print(f"[bold {colour}]{word}[/bold {colour}]: landed in {t(str(integra_raw()))}")
        _print_fetch_lines(console, summary.as_dict())
        if summary.new or summary.changed:
            console.print(
                "next: `integra refresh` ingests what changed (or the sensor does, with "
                "`integra serve`)"
            )
        if alert:
            console.print(f"alert written: {t(str(alert))}")
        console.print(f"took {time.perf_counter() - t0:.1f} s")
    if summary.failures and not dry_run:
        raise typer.Exit(1)


def _sources_path():
    from integra.warehousing.fetch import sources_file

    return sources_file()


# --------------------------------------------------------------------------- status


@app.command()
def status(
    json_out: bool = typer.Option(False, "--json", help="Machine-readable output."),
    max_age_hours: float | None = typer.Option(
        None,
        "--max-age-hours",
        help="Exit 3 when the published version is older than this "
        "(default INTEGRA_STATUS_MAX_AGE_HOURS; unset or 0: no limit).",
    ),
) -> None:
    """The last run and its outcome, the published version and its age, warnings, quarantine.

    Exit code: 0 published or unchanged (or no run yet), 1 the last run failed, 2 it was
    blocked by the gate, 3 the published version is older than the maximum age."""
    from .status import StatusError, collect_status, render_status

    try:
        st = collect_status(max_age_hours)
    except StatusError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(64) from None
    if json_out:
        sys.stdout.write(json.dumps(st, ensure_ascii=False, indent=1, default=str) + "\n")
    else:
        render_status(st)
    if st["exit_code"]:
        raise typer.Exit(st["exit_code"])


# --------------------------------------------------------------------------- publish


@app.command()
def publish(
    list_versions: bool = typer.Option(False, "--list", help="List the kept published versions."),
    rollback: bool = typer.Option(False, "--rollback", help="Make an older version current again."),
    version: int | None = typer.Argument(
        None, help="The version to roll back to (default: the previous one)."
    ),
) -> None:
    """List published versions, or roll back to one (atomically)."""
    from integra.warehousing.publish import PublishError
    from integra.warehousing.publish import list_versions as _list
    from integra.warehousing.publish import rollback as _rollback

    if rollback:
        try:
            v = _rollback(version)
        except PublishError as exc:
            _err(f"error: {exc}")
            raise typer.Exit(1) from None
        typer.echo(f"v{v.version:04d} is current again ({v.path})")
        # the site shows the current version (a stale site would make the next refresh rebuild
        # and republish, undoing the rollback); the rollback sticks until something new lands
        try:
            from dashboards.generate import generate_site
            from integra.settings import paths
            from integra.warehousing.state import update_state

            p = paths()
            generate_site(p.published_db, p.site_dir, "pl")
            update_state(p, site_version=v.version)
            typer.echo(f"dashboards rewritten for v{v.version:04d}")
        except Exception as exc:
            _err(
                f"warning: the dashboards could not be rewritten ({type(exc).__name__}: {exc}); "
                "run `integra dashboards`"
            )
        return
    from integra.output import local_time

    versions = _list()
    if not versions:
        typer.echo("nothing published yet")
        return
    for v in versions:
        mark = "*" if v.is_current else " "
        rows = sum((v.row_counts or {}).values())
        when = local_time(v.published_at) if v.published_at else "unknown time"
        typer.echo(
            f"{mark} v{v.version:04d}  {when:<24}  run {str(v.run_id or '')[:8]:<8}  {rows} rows"
        )


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
    from integra.settings import paths

    from .query import QueryError, connect_published

    p = paths()
    try:
        connect_published().close()
    except QueryError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None
    from integra.warehousing.publish import current_version
    from integra.warehousing.state import update_state

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
    format: ExportFmt = typer.Option(ExportFmt.csv, "--format", "-f", help="csv, parquet or xlsx."),
    out: Path | None = typer.Option(
        None, "--out", help="Folder (default INTEGRA_HOME/exports/<time>)."
    ),
    excel: bool = typer.Option(
        False,
        "--excel",
        help="CSV for Polish Excel: UTF-8 with a BOM, ';' "
        "between fields, decimal comma (default: plain UTF-8, ',').",
    ),
) -> None:
    """Write every published mart as CSV, Parquet or XLSX (with column descriptions)."""
    from integra.settings import paths

    from .export import export_marts
    from .query import QueryError, connect_published

    try:
        connect_published().close()
    except QueryError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None
    if excel and format is not ExportFmt.csv:
        _err("error: --excel applies to --format csv only (XLSX is already for Excel)")
        raise typer.Exit(2)
    try:
        files = export_marts(paths().published_db, out, format.value, excel=excel)
    except OSError as exc:
        from integra.warehousing.faults import describe_error

        _err(f"error: the export could not be written: {describe_error(exc)}")
        raise typer.Exit(1) from None
    for f in files:
        typer.echo(str(f))


# --------------------------------------------------------------------------- serve


@app.command()
def serve(
    port: int = typer.Option(3000, help="Port of the Dagster UI."),
    host: str = typer.Option(
        "127.0.0.1", help="Interface to listen on (loopback unless told otherwise)."
    ),
    allow_writes: bool = typer.Option(
        False, "--allow-writes", help="Let the UI launch runs and toggle schedules and sensors."
    ),
) -> None:
    """Start the Dagster UI (read-only unless --allow-writes) and daemon on 127.0.0.1."""
    from .serve import serve as _serve

    raise typer.Exit(_serve(host=host, port=port, allow_writes=allow_writes))


def main() -> None:  # console script entry point
    try:
        app()
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
