"""Generate the static dashboard site from the published marts.

    generate_site(paths().published_db, paths().site_dir, lang="pl")

Layout of the site (works opened from disk, no network, no server)::

    index.html cities.html timeline.html participants.html instruments.html quality.html
    projects/<project_scope_id>.html         Polish pages (the default language) at the root
    en/…                                     the same pages in English; every page links to its
                                             counterpart in the other language
    plotly.min.js                            once, copied from the plotly package
    assets/site.css, table.js, plotly-locale-pl.js
    data/projects-NNNN.js                    only above EMBED_MAX projects: table chunks

The site is built in a temporary directory next to ``out_dir`` (inside INTEGRA_HOME for the
default ``site/``) and swapped in with one rename, so a reader never sees a half-written site.
"""

from __future__ import annotations

import ctypes
import os
import posixpath
import shutil
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd

from . import charts
from .data import (
    PublishedData,
    connect,
    iter_evidence,
    load_published,
    parse_json_list,
    read_records,
)
from .formatting import (
    LANGS,
    MISSING,
    MONTHS_EN,
    MONTHS_PL_GENITIVE,
    format_amount,
    format_amount_eur,
    format_amount_qualified,
    format_bool,
    format_date,
    format_datetime,
    format_int,
    format_months,
    format_number,
    format_pct,
    format_share,
    is_missing,
    js_number_format,
    qualifier_prefix,
)
from .html import Markup, esc, json_for_script, link, page, table, tag
from .i18n import (
    DOCUMENT_KINDS,
    FIELD_LABELS,
    GROUP_CATEGORIES,
    INSTRUMENT_TYPES,
    PAGES,
    PROJECT_TYPES,
    label,
    t,
)

EMBED_MAX = 2_000  # up to this many projects the table data is embedded in index.html
CHUNK_SIZE = 1_000  # rows per data/projects-NNNN.js chunk above EMBED_MAX
BOTH_LANG_PROJECT_PAGES_MAX = 2_000  # above: project pages only in the requested language
PAGE_SIZE = 50  # table rows per screen
STALE_SECONDS = 6 * 3600


@dataclass
class SiteResult:
    """What ``generate_site`` wrote (paths are final, under ``out_dir``)."""

    out_dir: Path
    entry: Path  # index.html of the requested language
    pages: list[Path] = field(default_factory=list)  # every HTML page
    project_pages: int = 0
    files: int = 0  # all files: pages, plotly.min.js, assets, data chunks
    bytes_total: int = 0
    table_mode: str = "embedded"  # or "chunked"
    languages: tuple[str, ...] = LANGS
    missing_tables: list[str] = field(default_factory=list)


class _Writer:
    """Writes files under the build directory; page writes go through a few threads because at
    100,000 project pages the time is file creation, not Python."""

    def __init__(self, root: Path, threads: int = 8) -> None:
        self.root = root
        self.pages: list[str] = []
        self.files = 0
        self.bytes = 0
        self._made: set[Path] = set()
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="site-writer")
        self._pending: list[Future] = []

    def write(self, rel: str, text: str) -> None:
        data = text.encode("utf-8")
        path = self.root / rel
        if path.parent not in self._made:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._made.add(path.parent)
        self._pending.append(self._pool.submit(path.write_bytes, data))
        if len(self._pending) >= 2_000:
            self._drain()
        self.files += 1
        self.bytes += len(data)
        if rel.endswith(".html"):
            self.pages.append(rel)

    def _drain(self) -> None:
        pending, self._pending = self._pending, []
        for fut in pending:
            fut.result()  # re-raises a failed write

    def close(self) -> None:
        try:
            self._drain()
        finally:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def copy(self, rel: str, source: Any) -> None:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        with resources.as_file(source) as src:
            shutil.copyfile(src, path)
        self.files += 1
        self.bytes += path.stat().st_size


# --- paths and languages ----------------------------------------------------------------------

def lang_path(lang: str, name: str) -> str:
    """Site-relative path of a page in a language: Polish at the root, English under en/."""
    return name if lang == "pl" else f"en/{name}"


def _root_of(rel: str) -> str:
    depth = rel.count("/")
    return "../" * depth


def _relative(from_rel: str, to_rel: str) -> str:
    return posixpath.relpath(to_rel, posixpath.dirname(from_rel) or ".")


def _other(lang: str) -> str:
    return "en" if lang == "pl" else "pl"


# --- small helpers ----------------------------------------------------------------------------

def _records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """Frame rows as dicts with NaN/NaT turned into None."""
    if df.empty:
        return []
    clean = df.astype(object).where(df.notna(), None)
    return clean.to_dict("records")


def _scope_label(row: dict[str, Any], lang: str) -> str:
    if row.get("scope") == "edition":
        year = row.get("scope_year")
        return t("scope_edition", lang, year="" if is_missing(year) else int(year)).strip()
    if row.get("scope") == "whole_project":
        return t("scope_whole_project", lang)
    return MISSING if is_missing(row.get("scope")) else str(row["scope"])


def _iso(value: Any) -> str | None:
    if is_missing(value):
        return None
    return str(value)[:10]


def _num(value: Any) -> float | int | None:
    if is_missing(value):
        return None
    f = float(value)
    return int(f) if f.is_integer() and abs(f) < 2**53 else round(f, 6)


def publication_note(data: PublishedData, lang: str) -> str:
    pub = data.publication_row
    if not pub:
        return t("no_publication", lang)
    version = "" if is_missing(pub.get("version")) else f" ({t('version', lang)} {int(pub['version'])})"
    return f"{t('published', lang)}: {format_datetime(pub.get('published_at'), lang)}{version}"


# --- overview ---------------------------------------------------------------------------------

KIND_PRIORITY = {"final_report": 0, "project_page": 1, "announcement": 2, "plan": 3}


def project_level(projects: pd.DataFrame, column: str) -> pd.DataFrame:
    """One value per project_id: the whole-project figure where a document states it (the most
    final document wins: final report, project page, announcement, plan), else the sum over its
    editions. Columns: value, qualifier (of the chosen whole-project total, if any)."""
    df = projects[projects[column].notna()].copy()
    if df.empty:
        return pd.DataFrame({"value": pd.Series(dtype=float), "qualifier": pd.Series(dtype=object)})
    df["pid"] = df["project_id"].fillna(df["project_scope_id"])
    df["prio"] = df["document_kind"].map(KIND_PRIORITY).fillna(9)
    whole = df[df["scope"] != "edition"].sort_values(
        ["pid", "prio", "ingested_at"], ascending=[True, True, False]
    ).drop_duplicates("pid").set_index("pid")
    editions = df[(df["scope"] == "edition") & ~df["pid"].isin(whole.index)]
    summed = editions.groupby("pid")[column].sum()
    out = pd.DataFrame({"value": whole[column].astype(float), "qualifier": whole.get(
        "total_cost_qualifier", pd.Series(index=whole.index, dtype=object))})
    if not summed.empty:
        out = pd.concat([out, pd.DataFrame({"value": summed.astype(float), "qualifier": None})])
    return out


def headline(projects: pd.DataFrame) -> dict[str, Any]:
    n_projects = projects["project_id"].fillna(projects["project_scope_id"]).nunique()
    out: dict[str, Any] = {"projects": int(n_projects), "scopes": len(projects)}
    for key, col in [("total", "total_cost_pln"), ("eu", "eu_cofinancing_pln"),
                     ("planned", "participants_planned"), ("actual", "participants_actual")]:  # fmt: skip
        lvl = project_level(projects, col)
        out[key] = float(lvl["value"].sum()) if not lvl.empty else None
        out[f"{key}_n"] = len(lvl)
        out[f"{key}_more_than"] = int((lvl["qualifier"] == "more_than").sum()) if key == "total" else 0
    return out


def _tile(label_text: str, value: str, sub: str = "") -> Markup:
    return Markup(
        f'<div class="tile"><div class="label">{esc(label_text)}</div>'
        f'<div class="value">{esc(value)}</div><div class="sub">{esc(sub)}</div></div>'
    )


TABLE_HEADERS = ["col_title", "col_city", "col_period_short", "col_kind", "col_start", "col_end",
                 "col_total", "col_eu", "col_share", "col_planned", "col_actual"]  # fmt: skip


def table_rows(projects: pd.DataFrame) -> list[list[Any]]:
    """Compact rows for the JS table: [id, title, implementer, city, period, kind, start, end,
    total, qualifier, eu, share, planned, actual]; sorted by city, start date, title."""
    df = projects.sort_values(["city_name", "start_date", "title"], na_position="last")
    cols = ["page_id" if "page_id" in df else "project_scope_id", "title", "implementer", "city_name", "programme_period",
            "document_kind", "start_date", "end_date", "total_cost_pln", "total_cost_qualifier",
            "eu_cofinancing_pln", "eu_cofinancing_share", "participants_planned",
            "participants_actual"]  # fmt: skip
    out = []
    for rec in df[cols].itertuples(index=False, name=None):
        (pid, title, impl, city, period, kind, start, end, total, qual, eu, share, planned,
         actual) = rec  # fmt: skip
        out.append([
            str(pid), None if is_missing(title) else str(title),
            None if is_missing(impl) else str(impl), None if is_missing(city) else str(city),
            None if is_missing(period) else str(period), None if is_missing(kind) else str(kind),
            _iso(start), _iso(end), _num(total), None if is_missing(qual) else str(qual),
            _num(eu), _num(share), _num(planned), _num(actual),
        ])  # fmt: skip
    return out


def overview_body(data: PublishedData, lang: str, rel: str, table_mode: str, chunks: int,
                  project_dir: str) -> tuple[Markup, list[str]]:  # fmt: skip
    h = headline(data.projects)
    note_total = t("tile_sum_note", lang, n=h["total_n"])
    if h["total_more_than"]:
        note_total += " " + t("tile_lower_bound", lang, n=h["total_more_than"])
    tiles = [
        _tile(t("tile_projects", lang), format_int(h["projects"], lang),
              t("tile_projects_note", lang, scopes=format_int(h["scopes"], lang))),
        _tile(t("tile_total", lang), format_amount(h["total"], lang), note_total),
        _tile(t("tile_eu", lang), format_amount(h["eu"], lang), t("tile_sum_note", lang, n=h["eu_n"])),
        _tile(t("tile_participants", lang),
              f"{format_int(h['planned'], lang)} / {format_int(h['actual'], lang)}",
              f"{t('tile_planned', lang)} / {t('tile_actual', lang)}"),
    ]  # fmt: skip
    cities = sorted(c for c in data.projects["city_name"].dropna().unique())
    periods = sorted(p for p in data.projects["programme_period"].dropna().unique())
    opts_city = "".join(f'<option value="{esc(c)}">{esc(c)}</option>' for c in cities)
    opts_period = "".join(f'<option value="{esc(p)}">{esc(p)}</option>' for p in periods)
    heads = "".join(
        f'<th scope="col"{" class=num" if i >= 4 else ""}><button type="button" class="sort">'
        f"{esc(t(k, lang))}</button></th>"
        for i, k in enumerate(TABLE_HEADERS)
    )
    root = _root_of(rel)
    config = {
        "lang": lang,
        "mode": table_mode,
        "chunks": chunks,
        "total": len(data.projects),
        "pageSize": PAGE_SIZE,
        "dataPrefix": root + "data/projects-",
        "projectPrefix": _relative(rel, project_dir) + "/",
        "fmt": js_number_format(lang),
        "months": list(MONTHS_PL_GENITIVE if lang == "pl" else MONTHS_EN),
        "qualifiers": {q: qualifier_prefix(q, lang) for q in ("more_than", "less_than", "approximately")},
        "kinds": {k: v[lang] for k, v in DOCUMENT_KINDS.items()},
        "labels": {k: t(k, lang) for k in ("loading", "no_rows", "page_of", "no_period")},
    }
    body = Markup(
        f'<p class="intro">{esc(t("site_tagline", lang))}</p>'
        f'<section class="tiles">{"".join(tiles)}</section>'
        f'<h2 id="projects">{esc(t("projects_table", lang))}</h2>'
        '<div class="controls">'
        f'<label>{esc(t("filter", lang))}<input type="search" id="projects-filter" '
        f'placeholder="{esc(t("filter_placeholder", lang))}"></label>'
        f'<label>{esc(t("col_city", lang))}<select id="projects-city"><option value="">'
        f'{esc(t("all_cities", lang))}</option>{opts_city}</select></label>'
        f'<label>{esc(t("col_period", lang))}<select id="projects-period"><option value="">'
        f'{esc(t("all_periods", lang))}</option>{opts_period}</select></label>'
        f'<span id="projects-status" class="note" role="status"></span></div>'
        f'<p class="note">{esc(t("sort_hint", lang))}</p>'
        f'<noscript><p class="warning-box">{esc(t("noscript", lang))}</p></noscript>'
        '<div class="table-wrap"><table class="data" id="projects-table">'
        f'<thead><tr id="projects-head">{heads}</tr></thead><tbody id="projects-body"></tbody>'
        "</table></div>"
        '<div class="pager"><button type="button" id="projects-prev">'
        f'{esc(t("prev", lang))}</button><span id="projects-info"></span>'
        f'<button type="button" id="projects-next">{esc(t("next", lang))}</button></div>'
        f'<script type="application/json" id="integra-table-config">{json_for_script(config)}</script>'
    )
    scripts = [root + "assets/table.js"]
    if table_mode == "chunked" and chunks:
        scripts.append(root + "data/projects-0000.js")
    return body, scripts


# --- cities -----------------------------------------------------------------------------------

def cities_body(data: PublishedData, lang: str) -> Markup:
    parts = [Markup(f'<p class="intro">{esc(t("cities_intro", lang))}</p>')]
    divs = charts.city_charts(data.comparison, lang)
    if not divs:
        return Markup(parts[0] + f'<p class="warning-box">{esc(t("no_rows", lang))}</p>')
    parts.append(Markup('<div class="grid2">' + "".join(divs) + "</div>"))
    rows = []
    for r in _records(data.comparison):
        rows.append([
            r["city_name"] or r["city_slug"], charts.period_label(r["programme_period"], lang),
            format_int(r["projects"], lang),
            f"{format_amount(r['total_cost_pln_sum'], lang)} ({format_int(r['projects_with_total_cost'] or 0, lang)})",
            f"{format_share(r['eu_cofinancing_share_weighted'], lang)} ({format_int(r['projects_with_eu_cofinancing'] or 0, lang)})",
            f"{format_amount(r['median_cost_per_participant_pln'], lang)} ({format_int(r['projects_with_cost_per_participant'] or 0, lang)})",
            format_amount(r["median_cost_per_participant_constant_pln"], lang),
        ])  # fmt: skip
    headers = [t("col_city", lang), t("col_period", lang), t("col_projects", lang),
               t("col_total", lang), t("col_share", lang), t("col_cost_pp", lang),
               t("col_cost_pp_const", lang)]  # fmt: skip
    parts.append(Markup(f'<h2>{esc(t("cities_table", lang))}</h2>'))
    parts.append(Markup(f'<p class="note">{esc(t("n_projects", lang))}</p>'))
    parts.append(table(headers, rows, numeric=range(2, 7)))
    return Markup("".join(parts))


# --- timeline ---------------------------------------------------------------------------------

def timeline_body(data: PublishedData, lang: str) -> Markup:
    chart, shown, dated, missing = charts.timeline_chart(data.projects, data.programmes, lang)
    parts = [f'<p class="intro">{esc(t("timeline_intro", lang))}</p>']
    if dated > shown:
        parts.append(f'<p class="note">{esc(t("timeline_limited", lang, shown=format_int(shown, lang), total=format_int(dated, lang)))}</p>')  # noqa: E501
    if chart is not None:
        parts.append(chart)
    if missing:
        parts.append(f'<p class="note">{esc(t("timeline_missing", lang, n=format_int(missing, lang)))}</p>')
    return Markup("".join(parts))


# --- participants -----------------------------------------------------------------------------

def participants_body(data: PublishedData, lang: str, city_names: dict) -> Markup:
    parts = [f'<p class="intro">{esc(t("participants_intro", lang))}</p>']
    chart, shown, total = charts.participants_chart(data.projects, lang)
    if total > shown:
        parts.append(f'<p class="note">{esc(t("participants_limited", lang, shown=shown, total=format_int(total, lang)))}</p>')  # noqa: E501
    if chart is not None:
        parts.append(chart)
    gchart = charts.groups_chart(data.groups, lang, city_names)
    if gchart is not None:
        parts.append(gchart)
    if not data.groups.empty:
        g = data.groups.copy()
        g["city"] = [city_names.get(s, s) for s in g["city_slug"]]
        agg = (g.groupby(["group_category", "city"], dropna=False)
               .agg(planned=("participants_planned", "sum"), projects=("project_scope_id", "nunique"))
               .reset_index().sort_values(["group_category", "city"]))  # fmt: skip
        rows = [[label(GROUP_CATEGORIES, r["group_category"], lang), r["city"],
                 format_int(r["planned"], lang), format_int(r["projects"], lang)]
                for r in _records(agg)]  # fmt: skip
        parts.append(f'<h2>{esc(t("groups_table", lang))}</h2>')
        parts.append(table([t("col_group", lang), t("col_city", lang), t("planned", lang),
                            t("col_projects", lang)], rows, numeric=(2, 3)))  # fmt: skip
    return Markup("".join(str(p) for p in parts))


# --- instruments ------------------------------------------------------------------------------

def instruments_body(data: PublishedData, lang: str, city_names: dict) -> Markup:
    parts = [f'<p class="intro">{esc(t("instruments_intro", lang))}</p>']
    chart, shown, total = charts.instruments_heatmap(data.instruments, data.projects, lang)
    if total > shown:
        parts.append(f'<p class="note">{esc(t("instruments_limited", lang, shown=shown, total=format_int(total, lang)))}</p>')  # noqa: E501
    if chart is not None:
        parts.append(chart)
    cchart = charts.instruments_city_heatmap(data.instruments, lang, city_names)
    if cchart is not None:
        parts.append(cchart)
    if not data.instruments.empty:
        agg = (data.instruments.groupby(["instrument_type", "instrument_normalised"], dropna=False)
               .agg(n=("instrument_id", "count")).reset_index())  # fmt: skip
        agg["order"] = [charts.INSTRUMENT_TYPE_ORDER.index(x) if x in charts.INSTRUMENT_TYPE_ORDER
                        else 99 for x in agg["instrument_type"]]  # fmt: skip
        agg = agg.sort_values(["order", "n", "instrument_normalised"], ascending=[True, False, True])
        rows = [[label(INSTRUMENT_TYPES, r["instrument_type"], lang), r["instrument_normalised"],
                 format_int(r["n"], lang)] for r in _records(agg.head(500))]  # fmt: skip
        parts.append(f'<h2>{esc(t("instruments", lang))}</h2>')
        parts.append(table([t("col_type", lang), t("col_instrument_norm", lang),
                            t("col_count", lang)], rows, numeric=(2,)))  # fmt: skip
    else:
        parts.append(f'<p class="warning-box">{esc(t("no_rows", lang))}</p>')
    return Markup("".join(str(p) for p in parts))


# --- quality ----------------------------------------------------------------------------------

def _badge(text: str, kind: str) -> Markup:
    return Markup(f'<span class="badge {esc(kind)}">{esc(text)}</span>')


def quality_body(data: PublishedData, lang: str, gate_report_href: str | None) -> Markup:
    parts: list[Any] = [f'<p class="intro">{esc(t("quality_intro", lang))}</p>']
    pub = data.publication_row
    parts.append(f'<h2>{esc(t("publication", lang))}</h2>')
    if pub:
        items = [
            (t("published_at", lang), format_datetime(pub.get("published_at"), lang)),
            (t("version", lang).capitalize(), format_int(pub.get("version"), lang)),
            (t("run_id", lang), pub.get("run_id")),
            (t("source_build", lang), pub.get("source_build")),
        ]
        parts.append("<dl class=\"meta\">" + "".join(
            f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in items) + "</dl>")  # fmt: skip
        counts = parse_json_list(pub.get("row_counts"))
        if counts and isinstance(counts[0], dict):
            parts.append(table([t("col_mart", lang), t("row_counts", lang)],
                               [[k, format_int(v, lang)] for k, v in sorted(counts[0].items())],
                               numeric=(1,)))  # fmt: skip
    else:
        parts.append(f'<p class="warning-box">{esc(t("no_publication", lang))}</p>')

    parts.append(f'<h2>{esc(t("gate_results", lang))}</h2>')
    if gate_report_href:
        parts.append(f"<p>{link(t('gate_report_link', lang), gate_report_href)}</p>")
    gate = _records(data.gate)
    if not gate:
        parts.append(f'<p class="warning-box">{esc(t("no_gate", lang))}</p>')
    else:
        failed = [g for g in gate if g.get("success") is False or g.get("success") == 0]
        warnings = [g for g in failed if g.get("severity") == "warning"]
        errors = [g for g in failed if g.get("severity") != "warning"]
        parts.append('<p>' + esc(t("summary_counts", lang, total=format_int(len(gate), lang),
                     passed=format_int(len(gate) - len(failed), lang),
                     warnings=format_int(len(warnings), lang),
                     errors=format_int(len(errors), lang))) + "</p>")  # fmt: skip
        order = {("error", False): 0, ("warning", False): 1}
        gate.sort(key=lambda g: order.get((g.get("severity"), bool(g.get("success"))), 2))
        rows = []
        for g in gate:
            sev = g.get("severity") or ""
            ok = bool(g.get("success"))
            rows.append([
                g.get("suite"), g.get("mart"), Markup(f"<code>{esc(g.get('expectation'))}</code>"),
                _badge(t(f"severity_{sev}", lang) if sev in ("error", "warning") else sev,
                       sev if sev in ("error", "warning") else "computed"),
                _badge(t("passed", lang) if ok else t("failed", lang), "ok" if ok else (sev or "error")),
                g.get("observed"),
            ])  # fmt: skip
        parts.append(table([t("col_suite", lang), t("col_mart", lang), t("col_expectation", lang),
                            t("col_severity", lang), t("col_result", lang),
                            t("col_observed", lang)], rows))  # fmt: skip
        parts.append(f'<h2>{esc(t("warnings", lang))}</h2>')
        if not failed:
            parts.append(f'<p>{esc(t("no_warnings", lang))}</p>')
        for g in errors + warnings:
            parts.append(
                f'<div class="warning-box"><strong>{esc(g.get("mart"))}: </strong>'
                f'<code>{esc(g.get("expectation"))}</code> — {esc(g.get("observed"))}</div>'
            )
            offending = parse_json_list(g.get("offending_rows"))
            if offending:
                limit = 50
                dict_rows = [r if isinstance(r, dict) else {"value": r} for r in offending[:limit]]
                cols = list(dict.fromkeys(k for r in dict_rows for k in r))
                parts.append(table(cols, [[r.get(c) for c in cols] for r in dict_rows]))
                if len(offending) > limit:
                    parts.append(f'<p class="note">{esc(t("offending_more", lang, n=len(offending) - limit))}</p>')  # noqa: E501

    parts.append(f'<h2>{esc(t("quarantine", lang))}</h2>')
    q_rows = [[r.get("document_id"), r.get("city_slug"), Markup(f"<code>{esc(r.get('source_file'))}</code>"),
               r.get("reason"), format_datetime(r.get("ingested_at"), lang)]
              for r in _records(data.quarantine)]  # fmt: skip
    parts.append(table([t("col_document", lang), t("col_city", lang), t("col_source_file", lang),
                        t("col_reason", lang), t("col_ingested", lang)], q_rows,
                       empty=t("no_quarantine", lang)))  # fmt: skip
    return Markup("".join(str(p) for p in parts))


# --- project pages ----------------------------------------------------------------------------

Formatter = Callable[[dict[str, Any], str], str]


def _fmt_col(col: str, fn: Callable[[Any, str], str]) -> Formatter:
    return lambda row, lang: fn(row.get(col), lang)


# (field, formatter, computed by the pipeline rather than read from the document)
FACTS: list[tuple[str, Formatter, bool]] = [
    ("total_cost_pln", lambda r, lang: format_amount_qualified(r.get("total_cost_pln"), r.get("total_cost_qualifier"), lang), False),  # noqa: E501
    ("eu_cofinancing_pln", _fmt_col("eu_cofinancing_pln", format_amount), False),
    ("own_contribution_pln", _fmt_col("own_contribution_pln", format_amount), False),
    ("eu_cofinancing_share", _fmt_col("eu_cofinancing_share", format_share), True),
    ("own_contribution_share", _fmt_col("own_contribution_share", format_share), True),
    ("budget_identity_holds", _fmt_col("budget_identity_holds", format_bool), True),
    ("contract_date", _fmt_col("contract_date", format_date), False),
    ("start_date", _fmt_col("start_date", format_date), False),
    ("end_date", _fmt_col("end_date", format_date), False),
    ("duration_months", _fmt_col("duration_months", format_months), True),
    ("participants_planned", _fmt_col("participants_planned", format_int), False),
    ("participants_breakdown_sum", _fmt_col("participants_breakdown_sum", format_int), True),
    ("participants_actual", _fmt_col("participants_actual", format_int), False),
    ("participants_completed", _fmt_col("participants_completed", format_int), False),
    ("completion_rate", _fmt_col("completion_rate", format_share), True),
    ("cost_per_planned_participant_pln", _fmt_col("cost_per_planned_participant_pln", format_amount), True),  # noqa: E501
    ("cost_per_actual_participant_pln", _fmt_col("cost_per_actual_participant_pln", format_amount), True),  # noqa: E501
    ("cost_per_participant_month_pln", _fmt_col("cost_per_participant_month_pln", format_amount), True),  # noqa: E501
    ("total_cost_constant_pln", _fmt_col("total_cost_constant_pln", format_amount), True),
    ("cost_per_planned_participant_constant_pln", _fmt_col("cost_per_planned_participant_constant_pln", format_amount), True),  # noqa: E501
    ("total_cost_eur", _fmt_col("total_cost_eur", format_amount_eur), True),
    ("eur_pln_rate", lambda r, lang: format_number(r.get("eur_pln_rate"), 4, lang), True),
    ("social_effectiveness_pct", _fmt_col("social_effectiveness_pct", format_pct), False),
    ("employment_effectiveness_pct", _fmt_col("employment_effectiveness_pct", format_pct), False),
    ("programme", lambda r, lang: r.get("programme") or MISSING, False),
    ("programme_period", lambda r, lang: r.get("programme_period") or MISSING, False),
    ("priority_axis", lambda r, lang: r.get("priority_axis") or MISSING, False),
    ("measure", lambda r, lang: r.get("measure") or MISSING, False),
    ("submeasure", lambda r, lang: r.get("submeasure") or MISSING, False),
    ("project_type", lambda r, lang: label(PROJECT_TYPES, r.get("project_type"), lang) if r.get("project_type") else MISSING, False),  # noqa: E501
]
HEADER_FIELDS = {"title", "implementer", "city"}


def _evidence_cell(items: list[dict[str, Any]]) -> Markup:
    texts = list(dict.fromkeys(e.get("evidence_text") for e in items if e.get("evidence_text")))
    return Markup("".join(f'<blockquote class="evidence">{esc(x)}</blockquote>' for x in texts))


def project_body(row: dict[str, Any], evidence: list[dict[str, Any]], groups: list[dict],
                 instruments: list[dict], siblings: list[dict], lang: str,
                 index_href: str) -> Markup:  # fmt: skip
    by_field: dict[str, list[dict[str, Any]]] = {}
    for e in evidence:
        by_field.setdefault(str(e.get("field")), []).append(e)
    used: set[int] = set()

    def take(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for e in items:
            used.add(id(e))
        return items

    meta = [
        (FIELD_LABELS["city_name"][lang], row.get("city_name")),
        (FIELD_LABELS["implementer"][lang], row.get("implementer")),
        (FIELD_LABELS["document_kind"][lang], label(DOCUMENT_KINDS, row.get("document_kind"), lang)),
        (FIELD_LABELS["scope"][lang], _scope_label(row, lang)),
        (t("source_document", lang), Markup(f"<code>{esc(row.get('source_file'))}</code> "
                                            f'<span class="note">{esc(t("source_note", lang))}</span>')),
        (t("col_ingested", lang), format_datetime(row.get("ingested_at"), lang)),
    ]  # fmt: skip
    parts: list[Any] = [
        f'<p><a href="{esc(index_href)}#projects">{esc(t("back", lang))}</a></p>',
        '<dl class="meta">' + "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in meta) + "</dl>",
    ]
    header_ev = [(f, by_field.get(f, [])) for f in ("title", "implementer") if by_field.get(f)]
    rows = []
    for f, items in header_ev:
        rows.append([FIELD_LABELS[f][lang], row.get(f), _evidence_cell(take(items))])
    for f, fmt, computed in FACTS:
        value = fmt(row, lang)
        items = by_field.get(f, [])
        if value == MISSING and not items:
            continue
        if items:
            evidence_html = _evidence_cell(take(items))
        elif f == "own_contribution_pln" and row.get("own_contribution_is_derived"):
            evidence_html = _badge(t("derived", lang), "computed")
        elif computed:
            evidence_html = _badge(t("computed", lang), "computed")
        else:
            evidence_html = Markup(f'<span class="note">{esc(t("not_stated", lang))}</span>')
        rows.append([FIELD_LABELS[f][lang], value, evidence_html])
    parts.append(f'<h2>{esc(t("facts", lang))}</h2>')
    parts.append(table([t("col_field", lang), t("col_value", lang), t("col_evidence", lang)],
                       rows, class_="data facts"))  # fmt: skip

    if groups:
        ev = by_field.get("participants_planned_breakdown", [])
        g_rows = []
        for g in groups:
            match = [e for e in ev if e.get("item_key") == g.get("group_label")]
            g_rows.append([g.get("group_label"), label(GROUP_CATEGORIES, g.get("group_category"), lang),
                           format_int(g.get("participants_planned"), lang), _evidence_cell(take(match))])
        parts.append(f'<h2>{esc(t("groups", lang))}</h2>')
        parts.append(table([t("col_group_label", lang), t("col_group", lang), t("planned", lang),
                            t("col_evidence", lang)], g_rows, numeric=(2,)))  # fmt: skip
    if instruments:
        ev = by_field.get("instruments", [])
        i_rows = []
        for it in instruments:
            lab = it.get("instrument_label")
            match = [e for e in ev if e.get("value") == lab or e.get("item_key") == lab]
            i_rows.append([lab, it.get("instrument_normalised"),
                           label(INSTRUMENT_TYPES, it.get("instrument_type"), lang),
                           _evidence_cell(take(match))])  # fmt: skip
        parts.append(f'<h2>{esc(t("instruments", lang))}</h2>')
        parts.append(table([t("col_instrument", lang), t("col_instrument_norm", lang),
                            t("col_type", lang), t("col_evidence", lang)], i_rows))  # fmt: skip
    rest = [e for e in evidence if id(e) not in used]
    if rest:
        parts.append(f'<h2>{esc(t("other_evidence", lang))}</h2>')
        parts.append(table(
            [t("col_field", lang), t("col_value", lang), t("col_evidence", lang)],
            [[FIELD_LABELS.get(str(e.get("field")), {}).get(lang, e.get("field"))
              + (f" [{e['item_key']}]" if e.get("item_key") else ""),
              e.get("value"), _evidence_cell([e])] for e in rest],
            class_="data facts"))  # fmt: skip
    problems = parse_json_list(row.get("problems"))
    if problems:
        parts.append(f'<h2>{esc(t("problems", lang))}</h2><ul>'
                     + "".join(f"<li>{esc(p)}</li>" for p in problems) + "</ul>")  # fmt: skip
    if siblings:
        items = "".join(
            f'<li><a href="{esc(s["project_scope_id"])}.html">{esc(s.get("title") or s["project_scope_id"])}'
            f"</a> — {esc(label(DOCUMENT_KINDS, s.get('document_kind'), lang))}, "
            f"{esc(_scope_label(s, lang))}</li>"
            for s in siblings
        )
        parts.append(f'<h2>{esc(t("siblings", lang))}</h2><ul>{items}</ul>')
    return Markup("".join(str(p) for p in parts))


def _safe_id(value: Any) -> str:
    """project_scope_id as a file name: hex in practice; anything else is made safe."""
    s = str(value)
    if s and all(c.isalnum() or c in "-_" for c in s) and len(s) <= 100:
        return s
    import hashlib

    return "x" + hashlib.sha256(s.encode("utf-8")).hexdigest()[:24]


# --- the build --------------------------------------------------------------------------------

def _build(tmp: Path, published_db: Path, out_dir: Path, lang: str,
           reports_dir: Path | None) -> SiteResult:  # fmt: skip
    w = _Writer(tmp)
    try:
        return _build_into(w, published_db, out_dir, lang, reports_dir)
    finally:
        w.close()


def _build_into(w: _Writer, published_db: Path, out_dir: Path, lang: str,
                reports_dir: Path | None) -> SiteResult:  # fmt: skip
    w.copy("plotly.min.js", resources.files("plotly") / "package_data" / "plotly.min.js")
    static = resources.files("dashboards") / "static"
    for name in ("site.css", "table.js", "plotly-locale-pl.js"):
        w.copy(f"assets/{name}", static / name)

    con = connect(published_db)
    try:
        data = load_published(con)
        projects = data.projects
        projects = projects[projects["project_scope_id"].notna()].copy()
        projects["page_id"] = [_safe_id(v) for v in projects["project_scope_id"]]
        data.projects = projects
        city_names = {r["city_slug"]: r["city_name"] for r in _records(data.cities)}
        for r in _records(projects[["city_slug", "city_name"]].drop_duplicates()):
            city_names.setdefault(r["city_slug"], r["city_name"] or r["city_slug"])

        # table data
        n = len(projects)
        rows = table_rows(projects)
        table_mode = "embedded" if n <= EMBED_MAX else "chunked"
        chunks = 0
        if table_mode == "chunked":
            for i in range(0, n, CHUNK_SIZE):
                w.write(f"data/projects-{chunks:04d}.js",
                        f"window.integraChunk({chunks},{json_for_script(rows[i:i + CHUNK_SIZE])});\n")
                chunks += 1
        else:
            chunks = 1

        page_langs = LANGS if n <= BOTH_LANG_PROJECT_PAGES_MAX else (lang,)
        gate_target = (reports_dir / "gate.html") if reports_dir else None

        for lg in LANGS:
            note = publication_note(data, lg)
            project_lang = lg if lg in page_langs else lang
            project_dir = lang_path(project_lang, "projects")

            def emit(name: str, body: Any, *, plotly: bool = False, scripts: tuple = (),
                     lg: str = lg, note: str = note) -> None:  # fmt: skip
                rel = lang_path(lg, name)
                title = dict(PAGES)[name][lg]
                w.write(rel, page(lang=lg, title=title, body=body, root=_root_of(rel),
                                  active=name, switch_href=_relative(rel, lang_path(_other(lg), name)),
                                  publication_note=note, plotly=plotly, scripts=scripts))  # fmt: skip

            rel_index = lang_path(lg, "index.html")
            body, scripts = overview_body(data, lg, rel_index, table_mode, chunks, project_dir)
            if table_mode == "embedded":
                body = Markup(body + f'<script type="application/json" id="integra-rows">'
                              f"{json_for_script(rows)}</script>")
            emit("index.html", body, scripts=tuple(scripts))
            emit("cities.html", cities_body(data, lg), plotly=True)
            emit("timeline.html", timeline_body(data, lg), plotly=True)
            emit("participants.html", participants_body(data, lg, city_names), plotly=True)
            emit("instruments.html", instruments_body(data, lg, city_names), plotly=True)
            gate_href = None
            if gate_target is not None and gate_target.is_file():
                rel_q = out_dir / lang_path(lg, "quality.html")
                gate_href = Path(os.path.relpath(gate_target, rel_q.parent)).as_posix()
            emit("quality.html", quality_body(data, lg, gate_href))

        project_pages = _write_project_pages(w, con, data, page_langs)
    finally:
        con.close()

    return SiteResult(
        out_dir=out_dir,
        entry=out_dir / lang_path(lang, "index.html"),
        pages=[out_dir / p for p in w.pages],
        project_pages=project_pages,
        files=w.files,
        bytes_total=w.bytes,
        table_mode=table_mode,
        languages=LANGS,
        missing_tables=data.missing_tables,
    )


def _write_project_pages(w: _Writer, con: Any, data: PublishedData, langs: tuple[str, ...]) -> int:
    projects = {}
    for r in read_records(con, "fct_projects"):
        if r["project_scope_id"] is not None:
            r["page_id"] = _safe_id(r["project_scope_id"])
            projects[r["project_scope_id"]] = r
    groups: dict[str, list[dict]] = {}
    for g in read_records(con, "fct_participant_groups"):
        groups.setdefault(g["project_scope_id"], []).append(g)
    instruments: dict[str, list[dict]] = {}
    for it in read_records(con, "fct_instruments"):
        instruments.setdefault(it["project_scope_id"], []).append(it)
    family: dict[str, list[dict]] = {}
    for r in projects.values():
        if r.get("project_id"):
            family.setdefault(r["project_id"], []).append(r)

    # everything that does not depend on the project, once per language
    per_lang = {}
    for lg in langs:
        rel = lang_path(lg, "projects/X.html")
        other = _other(lg)
        if other in langs:
            switch = _relative(rel, lang_path(other, "projects/X.html"))[:-len("X.html")]
            switch_fmt = switch + "{pid}.html"
        else:
            switch_fmt = _relative(rel, lang_path(other, "index.html"))
        per_lang[lg] = (rel[: -len("X.html")], switch_fmt, _root_of(rel),
                        _relative(rel, lang_path(lg, "index.html")), publication_note(data, lg))

    def write(row: dict[str, Any], evidence: list[dict[str, Any]]) -> None:
        pid = row["page_id"]
        sib = [
            {**s, "project_scope_id": s["page_id"]}
            for s in family.get(row.get("project_id"), []) if s is not row
        ]
        for lg in langs:
            folder, switch_fmt, root, index_href, note = per_lang[lg]
            title = row.get("title") or f"{t('project', lg)} {row['project_scope_id']}"
            body = project_body(row, evidence, groups.get(row["project_scope_id"], []),
                                instruments.get(row["project_scope_id"], []), sib, lg, index_href)
            w.write(f"{folder}{pid}.html",
                    page(lang=lg, title=title, body=body, root=root, active="",
                         switch_href=switch_fmt.format(pid=pid), publication_note=note))
                    # fmt: skip

    done: set[str] = set()
    for scope_id, evidence in iter_evidence(con):
        row = projects.get(scope_id)
        if row is None:
            continue
        write(row, evidence)
        done.add(scope_id)
    for scope_id, row in projects.items():
        if scope_id not in done:
            write(row, [])
    return len(projects)


# --- atomic swap ------------------------------------------------------------------------------

def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two directories (Linux renameat2 RENAME_EXCHANGE); False if unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    renameat2.restype = ctypes.c_int
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def _swap_in(tmp: Path, out_dir: Path) -> None:
    """Replace out_dir by tmp so that readers see the old site or the new one, never a mix."""
    if not out_dir.exists():
        os.rename(tmp, out_dir)
        return
    if _exchange(tmp, out_dir):  # tmp now holds the old site
        shutil.rmtree(tmp, ignore_errors=True)
        return
    # Fallback (no renameat2): two renames; between them out_dir is briefly absent.
    old = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}-{time.time_ns()}")
    os.rename(out_dir, old)
    os.rename(tmp, out_dir)
    shutil.rmtree(old, ignore_errors=True)


def _clean_stale(parent: Path, name: str) -> None:
    now = time.time()
    for p in parent.glob(f".{name}.*"):
        try:
            if p.is_dir() and now - p.stat().st_mtime > STALE_SECONDS:
                shutil.rmtree(p, ignore_errors=True)
        except OSError:
            pass


def generate_site(
    published_db: Path,
    out_dir: Path,
    lang: str = "pl",
    *,
    reports_dir: Path | None = None,
) -> SiteResult:
    """Write the static site for the published marts into ``out_dir``; return what was written.

    Both languages are always written (Polish at the root, English under ``en/``); ``lang``
    picks the entry page (``SiteResult.entry``) and, above 2,000 projects, the one language
    project pages are written in. ``reports_dir`` (default: INTEGRA_HOME/reports) is where the
    gate report ``gate.html`` is looked for; the quality page links to it relatively.
    """
    if lang not in LANGS:
        raise ValueError(f"unsupported language {lang!r}; expected one of {LANGS}")
    published_db = Path(published_db)
    out_dir = Path(out_dir).absolute()
    if reports_dir is None:
        from orchestration.config import paths

        reports_dir = paths().reports_dir
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    _clean_stale(out_dir.parent, out_dir.name)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.building-", dir=out_dir.parent))
    try:
        result = _build(tmp, published_db, out_dir, lang, reports_dir)
        os.chmod(tmp, 0o755)  # mkdtemp makes it 0700
        _swap_in(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return result
