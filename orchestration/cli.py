"""`integra`: the one console command. Thin: every command calls the functions the assets call."""

from __future__ import annotations

import json
import os
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


def main() -> None:  # console script entry point
    try:
        app()
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
