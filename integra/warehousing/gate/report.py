"""The verdict in words and files: the summary, reports/gate-*.json, latest.json, gate.html,
and the Data Docs folder reset before each run."""

from __future__ import annotations

import contextlib
import html
import json
import os
import re
import shutil
from pathlib import Path
from typing import Any

from integra.settings import settings
from integra.warehousing.gate.results import ExpectationResult, GateResult


def summarize(results: list[ExpectationResult], passed: bool, marts: int, extra: str = "") -> str:
    errors = [r for r in results if r.blocking]
    warns = [r for r in results if r.severity == "warning" and not r.success]
    head = (
        f"Gate {'PASSED' if passed else 'BLOCKED'}: {marts} marts, {len(results)} expectations; "
        f"{len(errors)} error expectation(s) failed, {len(warns)} warning(s)."
    )
    lines = [head]

    def line(r: ExpectationResult) -> str:
        names = r.names()
        tail = f" [{'; '.join(names)}]" if names else ""
        return f"  - {r.mart}: {r.expectation} -- {r.description} ({r.observed}){tail}"

    if errors:
        lines.append("Failed error expectations (publication blocked):")
        lines += [line(r) for r in errors]
    withheld = [r for r in results if r.withheld]
    if withheld:
        lines.append(
            "Row-level errors: these documents' rows are withheld, the rest is published:"
            if not errors
            else "Row-level errors (their documents' rows were withheld, and still):"
        )
        lines += [line(r) for r in withheld]
    if warns:
        lines.append("Warnings (published and shown):")
        lines += [line(r) for r in warns]
    if extra:
        lines.append(extra)
    return "\n".join(lines)


def reset_data_docs(docs_dir: Path) -> None:
    """Keep only this run in Data Docs (history lives in reports/gate-*.json)."""
    docs_dir.mkdir(parents=True, exist_ok=True)
    for child in ("validations", "expectations", "index.html"):
        target = docs_dir / child
        if target.is_dir():
            shutil.rmtree(target, ignore_errors=True)
        elif target.exists():
            target.unlink()


# --------------------------------------------------------------------------------------------
# Reports
# --------------------------------------------------------------------------------------------


def _atomic_write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def write_gate_reports(result: GateResult, reports_dir: Path) -> tuple[Path, Path]:
    """reports/gate-<ts>.json, reports/latest.json and reports/gate.html (atomically replaced)."""
    reports_dir.mkdir(parents=True, exist_ok=True)
    stamp = re.sub(r"[^0-9T]", "", result.started_at.split(".")[0].split("+")[0]) + "Z"
    path = reports_dir / f"gate-{stamp}.json"
    n = 1
    while path.exists():
        n += 1
        path = reports_dir / f"gate-{stamp}-{n}.json"
    html_path = reports_dir / "gate.html"
    result.report_path = str(path)
    result.html_path = str(html_path)
    text = json.dumps(result.to_dict(), indent=2, ensure_ascii=False, default=str) + "\n"
    _atomic_write_text(path, text)
    _atomic_write_text(reports_dir / "latest.json", text)
    _atomic_write_text(html_path, render_html(result, reports_dir))
    _prune_reports(reports_dir)
    return path, html_path


def _prune_reports(reports_dir: Path) -> None:
    keep = settings().keep_reports
    old = sorted(reports_dir.glob("gate-*.json"))
    for f in old[: max(0, len(old) - keep)]:
        with contextlib.suppress(OSError):
            f.unlink()


_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:1.5rem;color:#222;max-width:80rem}
h1{font-size:1.5rem} h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
.badge{display:inline-block;padding:.15rem .55rem;border-radius:.3rem;font-weight:600;font-size:.85rem}
.passed{background:#d7f0dc;color:#14532d}.blocked{background:#fbd5d5;color:#7f1d1d}
.error{background:#fbd5d5;color:#7f1d1d}.warning{background:#fef3c7;color:#78350f}.ok{background:#e5e7eb;color:#374151}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
th,td{border:1px solid #ddd;padding:.3rem .45rem;text-align:left;vertical-align:top;font-size:.85rem}
th{background:#f3f4f6} pre{white-space:pre-wrap;background:#f9fafb;padding:.6rem;border:1px solid #eee}
code{font-size:.8rem} details{margin:.2rem 0} .muted{color:#6b7280}
"""


def _esc(v: Any) -> str:
    return html.escape("" if v is None else str(v), quote=True)


def _rows_table(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return ""
    cols: list[str] = []
    for r in rows:
        for c in r:
            if c not in cols:
                cols.append(c)
    head = "".join(f"<th>{_esc(c)}</th>" for c in cols)
    body = "".join(
        "<tr>" + "".join(f"<td>{_esc(r.get(c))}</td>" for c in cols) + "</tr>" for r in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render_html(result: GateResult, reports_dir: Path | None = None) -> str:
    """The offline results page: no scripts, no external resources, every text escaped."""
    status = "passed" if result.passed else "blocked"
    docs_link = ""
    if result.data_docs_index:
        docs_path = result.data_docs_index.removeprefix("file://")
        href = docs_path
        if reports_dir is not None:
            with contextlib.suppress(ValueError):
                href = os.path.relpath(docs_path, reports_dir)
        docs_link = (
            f'<a href="{_esc(href)}">GX Data Docs</a> '
            '<span class="muted">(styled from a CDN; plain when offline)</span>'
        )
    parts = [
        '<!doctype html><html lang="en"><head><meta charset="utf-8">',
        f"<title>Integra data-quality gate: {_esc(status)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f'<h1>Data-quality gate <span class="badge {status}">{_esc(status.upper())}</span></h1>',
        "<p>",
        (
            f"run <code>{_esc(result.run_id)}</code>, {_esc(result.started_at)} "
            f"({_esc(result.duration_s)} s) &middot; build <code>{_esc(result.build_db)}</code>"
            ' &middot; <a href="latest.json">JSON report</a>'
        ),
        f" &middot; {docs_link}" if docs_link else "",
        "</p>",
        (
            f"<p>{_esc(result.mode)} gate: {_esc(sum(result.validated_rows.values()))} rows "
            f"validated row by row"
            + (f" ({_esc(result.mode_reason)})" if result.mode_reason else "")
            + "</p>"
        ),
        f"<pre>{_esc(result.summary)}</pre>",
    ]
    errors, warns = result.failed_errors, result.warnings
    for title, group, cls in (
        ("Failed error expectations (block publication)", errors, "error"),
        ("Warnings (published, shown to people)", warns, "warning"),
    ):
        if not group:
            continue
        parts.append(f"<h2>{_esc(title)}</h2>")
        for r in group:
            parts.append(
                f'<h3><span class="badge {cls}">{_esc(r.severity)}</span> '
                f"{_esc(r.mart)}: <code>{_esc(r.expectation)}</code></h3>"
                f'<p>{_esc(r.description)}<br><span class="muted">{_esc(r.observed)}</span></p>'
                + _rows_table(r.offending_rows)
            )
    parts.append("<h2>All expectations by mart</h2>")
    for mart in dict.fromkeys(r.mart for r in result.results):
        rs = result.for_mart(mart)
        failed = sum(1 for r in rs if not r.success)
        rows_n = result.row_counts.get(mart)
        parts.append(
            f"<details><summary><strong>{_esc(mart)}</strong>: {len(rs)} expectations, "
            f"{failed} failed, {_esc(rows_n)} rows "
            f"(published: {_esc(result.published_row_counts.get(mart))})</summary><table>"
            "<thead><tr><th>severity</th><th>result</th><th>expectation</th><th>why</th>"
            "<th>observed</th></tr></thead><tbody>"
        )
        for r in rs:
            res_cls = "ok" if r.success else r.severity
            parts.append(
                f"<tr><td>{_esc(r.severity)}</td>"
                f'<td><span class="badge {res_cls}">{"pass" if r.success else "FAIL"}</span></td>'
                f"<td><code>{_esc(r.expectation)}</code></td><td>{_esc(r.description)}</td>"
                f"<td>{_esc(r.observed)}</td></tr>"
            )
        parts.append("</tbody></table></details>")
    parts.append("</body></html>\n")
    return "".join(parts)
