"""The pages of the site: each ``*_body`` function returns the escaped HTML of one page's main
content in one language; ``generate.py`` wraps them in the page shell and writes them."""

from __future__ import annotations

import hashlib
import posixpath
import re
from collections.abc import Callable, Sequence
from typing import Any

import pandas as pd

from . import charts
from .charts import display_title
from .data import (
    ColumnNote,
    InstrumentCounts,
    PublishedData,
    instrument_counts_of,
    one_breakdown_per_project,
    parse_json_list,
)
from .formatting import (
    MISSING,
    MONTHS_EN,
    MONTHS_PL_GENITIVE,
    MONTHS_PL_NOMINATIVE,
    format_amount,
    format_amount_eur,
    format_amount_qualified,
    format_bool,
    format_date,
    format_date_precise,
    format_datetime,
    format_int,
    format_months,
    format_number,
    format_pct,
    format_period,
    format_share,
    format_typed,
    is_missing,
    js_number_format,
    precise_iso,
    qualifier_prefix,
)
from .html import Markup, esc, json_for_script, link, table
from .i18n import (
    DOCUMENT_KINDS,
    FIELD_LABELS,
    GROUP_CATEGORIES,
    INSTRUMENT_TYPES,
    PROJECT_TYPES,
    label,
    t,
)

# --- paths and languages ----------------------------------------------------------------------


def lang_path(lang: str, name: str) -> str:
    """Site-relative path of a page in a language: Polish at the root, English under en/."""
    return name if lang == "pl" else f"en/{name}"


def root_of(rel: str) -> str:
    depth = rel.count("/")
    return "../" * depth


def relative_href(from_rel: str, to_rel: str) -> str:
    return posixpath.relpath(to_rel, posixpath.dirname(from_rel) or ".")


def other_lang(lang: str) -> str:
    return "en" if lang == "pl" else "pl"


# --- small helpers ----------------------------------------------------------------------------


def records(df: pd.DataFrame) -> list[dict[str, Any]]:
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
    version = (
        "" if is_missing(pub.get("version")) else f" ({t('version', lang)} {int(pub['version'])})"
    )
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
    whole = (
        df[df["scope"] != "edition"]
        .sort_values(["pid", "prio", "ingested_at"], ascending=[True, True, False])
        .drop_duplicates("pid")
        .set_index("pid")
    )
    editions = df[(df["scope"] == "edition") & ~df["pid"].isin(whole.index)]
    summed = editions.groupby("pid")[column].sum()
    out = pd.DataFrame(
        {
            "value": whole[column].astype(float),
            "qualifier": whole.get(
                "total_cost_qualifier", pd.Series(index=whole.index, dtype=object)
            ),
        }
    )
    if not summed.empty:
        out = pd.concat([out, pd.DataFrame({"value": summed.astype(float), "qualifier": None})])
    return out


def headline(projects: pd.DataFrame) -> dict[str, Any]:
    """The overview tiles, each on one basis with its n (fct_projects has one row per project):

    total   = Σ total_cost_pln over projects with total_cost_basis = 'whole_project'
              (lower bounds included and counted in total_more_than: shown as "≥")
    eu      = Σ eu_cofinancing_pln over projects with eu_cofinancing_basis = 'whole_project'
    share   = Σ eu / Σ total over projects with eu_cofinancing_share not null (exact total, both
              on the same basis)
    planned = Σ participants_planned, participants_planned_basis = 'whole_project'
    actual  = Σ participants_actual, participants_actual_basis = 'whole_project'
    """
    ids = projects["project_id"].fillna(projects["project_scope_id"])
    out: dict[str, Any] = {"projects": int(ids.nunique())}
    docs = (
        pd.to_numeric(projects.get("documents"), errors="coerce")
        if "documents" in projects
        else None
    )
    out["scopes"] = (
        int(docs.fillna(1).sum()) if docs is not None and docs.notna().any() else len(projects)
    )

    def whole(col: str, basis: str) -> pd.Series:
        b = projects.get(basis)
        keep = projects[col].notna() & (
            (b == "whole_project")
            if b is not None and b.notna().any()
            else projects.get("scope", pd.Series("whole_project", index=projects.index))
            != "edition"
        )
        return pd.to_numeric(projects.loc[keep, col], errors="coerce")

    for key, col, basis in [
        ("total", "total_cost_pln", "total_cost_basis"),
        ("eu", "eu_cofinancing_pln", "eu_cofinancing_basis"),
        ("planned", "participants_planned", "participants_planned_basis"),
        ("actual", "participants_actual", "participants_actual_basis"),
    ]:
        v = whole(col, basis)
        out[key] = float(v.sum()) if len(v) else None
        out[f"{key}_n"] = len(v)
    totals = whole("total_cost_pln", "total_cost_basis")
    out["total_more_than"] = int(
        (projects.loc[totals.index, "total_cost_qualifier"] == "more_than").sum()
    )
    share_rows = projects[projects["eu_cofinancing_share"].notna()]
    tot = pd.to_numeric(share_rows["total_cost_pln"], errors="coerce").sum()
    out["share"] = (
        float(pd.to_numeric(share_rows["eu_cofinancing_pln"], errors="coerce").sum() / tot)
        if tot
        else None
    )
    out["share_n"] = len(share_rows)
    return out


def _tile(label_text: str, value: str, sub: str = "") -> Markup:
    return Markup(
        f'<div class="tile"><div class="label">{esc(label_text)}</div>'
        f'<div class="value">{esc(value)}</div><div class="sub">{esc(sub)}</div></div>'
    )


TABLE_HEADERS = [
    "col_title",
    "col_city",
    "col_period_short",
    "col_kind",
    "col_start",
    "col_end",
    "col_total",
    "col_eu",
    "col_share",
    "col_planned",
    "col_actual",
]


#: The cells of a project table row after its id, in order (table_rows).
_TABLE_CELLS = [
    "title",
    "implementer",
    "city_name",
    "programme_period",
    "document_kind",
    "start_date",
    "end_date",
    "total_cost_pln",
    "total_cost_qualifier",
    "eu_cofinancing_pln",
    "eu_cofinancing_share",
    "participants_planned",
    "participants_actual",
]
#: The project table's row order in DuckDB (table_rows sorts each chunk's rows the same way):
#: a chunk of a large table is a run of rows in this order, fingerprinted on its own.
TABLE_ORDER_SQL = (
    '"city_name" ASC NULLS LAST, "start_date" ASC NULLS LAST, "title" ASC NULLS LAST, '
    '"project_scope_id" ASC NULLS LAST'
)
#: The fct_projects columns the project table reads (the site fingerprints these).
TABLE_COLUMNS = [
    "project_scope_id",
    *_TABLE_CELLS[:6],
    "start_date_precision",
    "end_date",
    "end_date_precision",
    *_TABLE_CELLS[7:],
]


def table_rows(projects: pd.DataFrame) -> list[list[Any]]:
    """Compact rows for the JS table: [id, title, implementer, city, period, kind, start, end,
    total, qualifier, eu, share, planned, actual]; sorted by city, start date, title (then the
    project scope, so that the order is a function of the rows: TABLE_ORDER_SQL, the same order in
    DuckDB, cuts the chunks of a large table)."""
    keys = ["city_name", "start_date", "title"]
    if "project_scope_id" in projects:
        keys.append("project_scope_id")
    df = projects.sort_values(keys, na_position="last", kind="mergesort")
    cols = ["page_id" if "page_id" in df else "project_scope_id", *_TABLE_CELLS]
    precision = {
        c: (list(df[c + "_precision"]) if c + "_precision" in df else [None] * len(df))
        for c in ("start_date", "end_date")
    }
    out = []
    for i, rec in enumerate(df[cols].itertuples(index=False, name=None)):
        (
            pid,
            title,
            impl,
            city,
            period,
            kind,
            start,
            end,
            total,
            qual,
            eu,
            share,
            planned,
            actual,
        ) = rec
        out.append(
            [
                str(pid),
                None if is_missing(title) else str(title),
                None if is_missing(impl) else str(impl),
                None if is_missing(city) else str(city),
                None if is_missing(period) else str(period),
                None if is_missing(kind) else str(kind),
                precise_iso(start, precision["start_date"][i]),
                precise_iso(end, precision["end_date"][i]),
                _num(total),
                None if is_missing(qual) else str(qual),
                _num(eu),
                _num(share),
                _num(planned),
                _num(actual),
            ]
        )
    return out


def overview_body(
    data: PublishedData,
    lang: str,
    rel: str,
    table_mode: str,
    chunks: int,
    project_dir: str,
    page_size: int = 50,
) -> tuple[Markup, list[str]]:
    """Tiles and the project table; returns the body and the scripts the page loads."""
    h = headline(data.projects)
    note_total = t("tile_total_note", lang, n=h["total_n"])
    total_value = format_amount(h["total"], lang)
    if h["total_more_than"]:
        note_total += " " + t("tile_lower_bound", lang, n=h["total_more_than"])
        total_value = "≥ " + total_value
    tiles = [
        _tile(
            t("tile_projects", lang),
            format_int(h["projects"], lang),
            t("tile_projects_note", lang, scopes=format_int(h["scopes"], lang)),
        ),
        _tile(t("tile_total", lang), total_value, note_total),
        _tile(
            t("tile_eu", lang), format_amount(h["eu"], lang), t("tile_eu_note", lang, n=h["eu_n"])
        ),
        _tile(
            t("tile_share", lang),
            format_share(h["share"], lang),
            t("tile_share_note", lang, n=h["share_n"]),
        ),
        _tile(
            t("tile_planned_title", lang),
            format_int(h["planned"], lang),
            t("tile_planned_note", lang, n=h["planned_n"]),
        ),
        _tile(
            t("tile_actual_title", lang),
            format_int(h["actual"], lang),
            t("tile_actual_note", lang, n=h["actual_n"]),
        ),
    ]
    cities = sorted(c for c in data.projects["city_name"].dropna().unique())
    periods = sorted(p for p in data.projects["programme_period"].dropna().unique())
    opts_city = "".join(f'<option value="{esc(c)}">{esc(c)}</option>' for c in cities)
    opts_period = "".join(f'<option value="{esc(p)}">{esc(p)}</option>' for p in periods)
    heads = "".join(
        f'<th scope="col"{" class=num" if i >= 4 else ""}><button type="button" class="sort">'
        f"{esc(t(k, lang))}</button></th>"
        for i, k in enumerate(TABLE_HEADERS)
    )
    root = root_of(rel)
    config = {
        "lang": lang,
        "mode": table_mode,
        "chunks": chunks,
        "total": len(data.projects),
        "pageSize": page_size,
        "dataPrefix": root + "data/projects-",
        "projectPrefix": relative_href(rel, project_dir) + "/",
        "fmt": js_number_format(lang),
        "months": list(MONTHS_PL_GENITIVE if lang == "pl" else MONTHS_EN),
        "monthsAlone": list(MONTHS_PL_NOMINATIVE if lang == "pl" else MONTHS_EN),
        "qualifiers": {
            q: qualifier_prefix(q, lang) for q in ("more_than", "less_than", "approximately")
        },
        "kinds": {k: v[lang] for k, v in DOCUMENT_KINDS.items()},
        "labels": {
            k: t(k, lang) for k in ("loading", "no_rows", "page_of", "no_period", "untitled")
        },
    }
    body = Markup(
        f'<p class="intro">{esc(t("site_tagline", lang))}</p>'
        f'<section class="tiles">{"".join(tiles)}</section>'
        f'<h2 id="projects">{esc(t("projects_table", lang))}</h2>'
        '<div class="controls">'
        f'<label>{esc(t("filter", lang))}<input type="search" id="projects-filter" '
        f'placeholder="{esc(t("filter_placeholder", lang))}"></label>'
        f'<label>{esc(t("col_city", lang))}<select id="projects-city"><option value="">'
        f"{esc(t('all_cities', lang))}</option>{opts_city}</select></label>"
        f'<label>{esc(t("col_period", lang))}<select id="projects-period"><option value="">'
        f"{esc(t('all_periods', lang))}</option>{opts_period}</select></label>"
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
    return body, overview_scripts(root, table_mode, chunks)


def overview_scripts(root: str, table_mode: str, chunks: int) -> list[str]:
    """The scripts the overview page loads (its table)."""
    scripts = [root + "assets/table.js"]
    if table_mode == "chunked" and chunks:
        scripts.append(root + "data/projects-0000.js")
    return scripts


# --- cities -----------------------------------------------------------------------------------


def cities_body(data: PublishedData, lang: str) -> Markup:
    parts = [Markup(f'<p class="intro">{esc(t("cities_intro", lang))}</p>')]
    divs = charts.city_charts(data.comparison, lang)
    if not divs:
        return Markup(parts[0] + f'<p class="warning-box">{esc(t("no_rows", lang))}</p>')
    parts.append(Markup('<div class="grid2">' + "".join(divs) + "</div>"))
    cmap, no_coords = charts.city_map(data.comparison, lang)
    if cmap is not None:
        parts.append(cmap)
    if no_coords:
        parts.append(
            Markup(f'<p class="note">{esc(t("map_missing", lang, names=", ".join(no_coords)))}</p>')
        )
    rows = []

    def with_n(value: str, n: Any) -> str:
        return f"{value} (n = {format_int(n or 0, lang)})"

    for r in records(data.comparison):
        total = format_amount(r["total_cost_pln_sum"], lang)
        if r.get("projects_with_lower_bound_total"):
            total += " / ≥ " + format_amount(r.get("total_cost_at_least_pln"), lang)
        rows.append(
            [
                r["city_name"] or r["city_slug"],
                charts.period_label(r["programme_period"], lang),
                format_int(r["projects"], lang),
                with_n(total, r["projects_with_total_cost"]),
                with_n(
                    format_amount(r.get("total_cost_per_capita_pln"), lang),
                    r["projects_with_total_cost"],
                ),
                with_n(
                    format_amount(r.get("total_cost_per_project_year_pln"), lang),
                    r.get("projects_with_cost_per_project_year"),
                ),
                with_n(
                    format_share(r["eu_cofinancing_share_weighted"], lang),
                    r.get("projects_with_eu_cofinancing_share"),
                ),
                with_n(
                    format_amount(r.get("median_cost_per_planned_participant_pln"), lang),
                    r.get("projects_with_cost_per_planned_participant"),
                ),
                with_n(
                    format_amount(r.get("median_cost_per_actual_participant_pln"), lang),
                    r.get("projects_with_cost_per_actual_participant"),
                ),
            ]
        )
    headers = [
        t("col_city", lang),
        t("col_period", lang),
        t("col_projects", lang),
        t("col_total", lang),
        t("col_per_capita", lang),
        t("col_per_year", lang),
        t("col_share", lang),
        t("col_cost_pp", lang),
        t("col_cost_pp_actual", lang),
    ]
    parts.append(Markup(f"<h2>{esc(t('cities_table', lang))}</h2>"))
    parts.append(Markup(f'<p class="note">{esc(t("n_projects", lang))}</p>'))
    parts.append(table(headers, rows, numeric=range(2, 9)))
    return Markup("".join(parts))


# --- methodology ("Jak liczymy") -----------------------------------------------------------


def methodology_body(lang: str) -> Markup:
    from .i18n import METHODOLOGY

    parts = [
        f"<section><h2>{esc(head)}</h2><p>{esc(text)}</p></section>"
        for head, text in METHODOLOGY[lang]
    ]
    return Markup("".join(parts))


# --- timeline ---------------------------------------------------------------------------------


def timeline_body(data: PublishedData, lang: str) -> Markup:
    chart, shown, dated, missing = charts.timeline_chart(data.projects, data.programmes, lang)
    parts = [
        f'<p class="intro">{esc(t("timeline_intro", lang))}</p>',
        f'<p class="note">{esc(t("timeline_n", lang, n=format_int(dated, lang)))}</p>',
    ]
    if dated > shown:
        parts.append(
            f'<p class="note">{esc(t("timeline_limited", lang, shown=format_int(shown, lang), total=format_int(dated, lang)))}</p>'
        )
    if chart is not None:
        parts.append(chart)
    if missing:
        parts.append(
            f'<p class="note">{esc(t("timeline_missing", lang, n=format_int(missing, lang)))}</p>'
        )
    return Markup("".join(parts))


# --- participants -----------------------------------------------------------------------------


def participants_body(data: PublishedData, lang: str, city_names: dict) -> Markup:
    parts = [f'<p class="intro">{esc(t("participants_intro", lang))}</p>']
    parts.append(
        '<p class="note">'
        + esc(
            t(
                "participants_n",
                lang,
                planned=format_int(int(data.projects["participants_planned"].notna().sum()), lang),
                actual=format_int(int(data.projects["participants_actual"].notna().sum()), lang),
            )
        )
        + "</p>"
    )
    chart, shown, total = charts.participants_chart(data.projects, lang)
    if total > shown:
        parts.append(
            f'<p class="note">{esc(t("participants_limited", lang, shown=shown, total=format_int(total, lang)))}</p>'
        )
    if chart is not None:
        parts.append(chart)
    counted = one_breakdown_per_project(data.groups, data.projects)
    gchart = charts.groups_chart(counted, lang, city_names)
    if gchart is not None:
        parts.append(gchart)
    if not counted.empty:
        g = counted.copy()
        g["city"] = [city_names.get(s, s) for s in g["city_slug"]]
        agg = (
            g.groupby(["group_category", "city"], dropna=False)
            .agg(planned=("participants_planned", "sum"), projects=("project_scope_id", "nunique"))
            .reset_index()
            .sort_values(["group_category", "city"])
        )
        rows = [
            [
                label(GROUP_CATEGORIES, r["group_category"], lang),
                r["city"],
                format_int(r["planned"], lang),
                format_int(r["projects"], lang),
            ]
            for r in records(agg)
        ]
        parts.append(f"<h2>{esc(t('groups_table', lang))}</h2>")
        parts.append(
            table(
                [
                    t("col_group", lang),
                    t("col_city", lang),
                    t("planned", lang),
                    t("col_projects", lang),
                ],
                rows,
                numeric=(2, 3),
            )
        )
    return Markup("".join(str(p) for p in parts))


# --- instruments ------------------------------------------------------------------------------


def instruments_body(
    data: PublishedData, lang: str, city_names: dict, counts: InstrumentCounts | None = None
) -> Markup:
    """The instruments page's body: from ``counts`` (the published instruments counted by
    DuckDB: ``dashboards.data.instrument_counts``) when given, else from ``data.instruments``
    counted here; the same page either way."""
    if counts is None:
        counts = instrument_counts_of(data.instruments)
    parts = [f'<p class="intro">{esc(t("instruments_intro", lang))}</p>']
    chart, shown, total = charts.instruments_heatmap(counts.cells, data.projects, lang, counts.memo)
    if total > shown:
        parts.append(
            f'<p class="note">{esc(t("instruments_limited", lang, shown=shown, total=format_int(total, lang)))}</p>'
        )
    if chart is not None:
        parts.append(chart)
    cchart = charts.instruments_city_heatmap(counts.cells, lang, city_names, counts.memo)
    if cchart is not None:
        parts.append(cchart)
    if not counts.empty:
        agg = counts.kinds.copy()
        agg["order"] = [
            charts.INSTRUMENT_TYPE_ORDER.index(x) if x in charts.INSTRUMENT_TYPE_ORDER else 99
            for x in agg["instrument_type"]
        ]
        agg = agg.sort_values(
            ["order", "n", "instrument_normalised"], ascending=[True, False, True]
        )
        rows = [
            [
                label(INSTRUMENT_TYPES, r["instrument_type"], lang),
                r["instrument_normalised"],
                format_int(r["n"], lang),
            ]
            for r in records(agg.head(500))
        ]
        parts.append(f"<h2>{esc(t('instruments', lang))}</h2>")
        parts.append(
            table(
                [t("col_type", lang), t("col_instrument_norm", lang), t("col_count", lang)],
                rows,
                numeric=(2,),
            )
        )
    else:
        parts.append(f'<p class="warning-box">{esc(t("no_rows", lang))}</p>')
    return Markup("".join(str(p) for p in parts))


# --- quality ----------------------------------------------------------------------------------


def _badge(text: str, kind: str) -> Markup:
    return Markup(f'<span class="badge {esc(kind)}">{esc(text)}</span>')


#: What a failed check means, in plain words: (pattern in the expectation's name, i18n key).
PLAIN_WARNINGS = (
    ("_stated_budget_identity_gap_pln", "dq_budget_identity"),
    ("_eu_share_outside_band_by", "dq_eu_share_band"),
    ("cost_per_planned_participant", "dq_cost_per_participant"),
    ("cost_per_actual_participant", "dq_cost_per_participant"),
    ("breakdown", "dq_breakdown"),
    ("_participants_planned_or_actual", "dq_no_participants"),
    ("not_be_null(total_cost_pln)", "dq_no_total"),
    ("not_be_null(start_date)", "dq_no_start"),
    ("not_be_null(end_date)", "dq_no_end"),
)


def plain_warning(expectation: Any, lang: str) -> str:
    text = str(expectation or "")
    for pattern, key in PLAIN_WARNINGS:
        if pattern in text:
            return t(key, lang)
    return t("dq_other", lang)


def _warned_projects(
    data: PublishedData, failed: list[dict[str, Any]], lang: str
) -> dict[str, list[str]]:
    """project key -> plain meanings of the failed checks whose offending rows name it (by
    project_id, document or source file)."""
    projects = data.projects
    by_doc: dict[str, str] = {}
    for col in ("document_id", "source_file"):
        if col in projects:
            for k, pid in zip(projects[col], projects["project_scope_id"], strict=True):
                if not is_missing(k) and not is_missing(pid):
                    by_doc[str(k)] = str(pid)
    known = {str(p) for p in projects["project_scope_id"].dropna()}
    out: dict[str, list[str]] = {}
    for g in failed:
        meaning = plain_warning(g.get("expectation"), lang)
        for row in parse_json_list(g.get("offending_rows")):
            if not isinstance(row, dict):
                continue
            pid = None
            for col in ("project_id", "project_scope_id"):
                if str(row.get(col)) in known:
                    pid = str(row[col])
                    break
            if pid is None:
                for col in ("document_id", "source_file"):
                    if row.get(col) is not None and str(row[col]) in by_doc:
                        pid = by_doc[str(row[col])]
                        break
            if pid is not None and meaning not in out.setdefault(pid, []):
                out[pid].append(meaning)
    return out


#: Where publication.js writes the publication's date or version into a page (no page carries
#: them itself); the marker is replaced by a ``data-integra-pub`` span after escaping.
PUB_SLOT = "\x00pub:{key}\x00"


def quality_body(data: PublishedData, lang: str, gate_report_href: str | None) -> Markup:
    """For stakeholders: a plain summary, then the projects with warnings (named, linked, with
    what each warning means); the technical results are collapsed; no server paths."""
    parts: list[Any] = [f'<p class="intro">{esc(t("quality_intro", lang))}</p>']
    pub = data.publication_row
    gate = records(data.gate)
    failed = [g for g in gate if g.get("success") is False or g.get("success") == 0]
    warnings = [g for g in failed if g.get("severity") == "warning"]
    errors = [g for g in failed if g.get("severity") != "warning"]
    warned = _warned_projects(data, failed, lang)

    parts.append(f"<h2>{esc(t('dq_summary', lang))}</h2>")
    if pub:
        # the date and version come from the shared publication.js (PUB_SLOT): the page
        # changes with its data only, not with every publication
        text = esc(
            t(
                "dq_summary_text",
                lang,
                date=PUB_SLOT.format(key="date"),
                version=PUB_SLOT.format(key="version"),
                checks=format_int(len(gate), lang),
                warnings=format_int(len(warnings), lang),
                projects=format_int(len(warned), lang),
            )
        )
        for key in ("date", "version"):
            text = text.replace(
                PUB_SLOT.format(key=key), f'<span data-integra-pub="{key}">{MISSING}</span>'
            )
        parts.append("<p>" + text + "</p>")
    else:
        parts.append(f'<p class="warning-box">{esc(t("no_publication", lang))}</p>')
    if not gate:
        parts.append(f'<p class="warning-box">{esc(t("no_gate", lang))}</p>')

    parts.append(f"<h2>{esc(t('dq_projects_with_warnings', lang))}</h2>")
    if not warned:
        parts.append(f"<p>{esc(t('no_warnings', lang))}</p>")
    else:
        info = data.projects.set_index("project_scope_id") if len(data.projects) else None
        items = []
        for pid, meanings in sorted(warned.items()):
            row = info.loc[pid] if info is not None and pid in info.index else None
            title = None if row is None else row.get("title")
            name = (
                str(title)
                if not is_missing(title)
                else display_title(None, None if row is None else row.get("implementer"), lang)
            )
            city = (
                ""
                if row is None or is_missing(row.get("city_name"))
                else f" ({row.get('city_name')})"
            )
            href = f"projects/{safe_id(pid)}.html"
            items.append(
                f"<li>{link(name + city, href)}<ul>"
                + "".join(f"<li>{esc(m)}</li>" for m in meanings)
                + "</ul></li>"
            )
        parts.append(f'<ul class="warned">{"".join(items)}</ul>')

    # technical details, collapsed
    tech: list[Any] = []
    if gate_report_href:
        tech.append(f"<p>{link(t('gate_report_link', lang), gate_report_href)}</p>")
    if pub:
        counts = parse_json_list(pub.get("row_counts"))
        if counts and isinstance(counts[0], dict):
            tech.append(
                table(
                    [t("col_mart", lang), t("row_counts", lang)],
                    [[k, format_int(v, lang)] for k, v in sorted(counts[0].items())],
                    numeric=(1,),
                )
            )
    if gate:
        tech.append(
            "<p>"
            + esc(
                t(
                    "summary_counts",
                    lang,
                    total=format_int(len(gate), lang),
                    passed=format_int(len(gate) - len(failed), lang),
                    warnings=format_int(len(warnings), lang),
                    errors=format_int(len(errors), lang),
                )
            )
            + "</p>"
        )
        order = {("error", False): 0, ("warning", False): 1}
        gate.sort(key=lambda g: order.get((g.get("severity"), bool(g.get("success"))), 2))
        rows = []
        for g in gate:
            sev = g.get("severity") or ""
            ok = bool(g.get("success"))
            rows.append(
                [
                    g.get("mart"),
                    Markup(f"<code>{esc(g.get('expectation'))}</code>"),
                    # a passed check is not shown in red, whatever its severity
                    _badge(
                        t(f"severity_{sev}", lang) if sev in ("error", "warning") else sev,
                        "computed" if ok else (sev if sev in ("error", "warning") else "computed"),
                    ),
                    _badge(
                        t("passed", lang) if ok else t("failed", lang),
                        "ok" if ok else (sev or "error"),
                    ),
                    g.get("observed"),
                ]
            )
        tech.append(
            table(
                [
                    t("col_mart", lang),
                    t("col_expectation", lang),
                    t("col_severity", lang),
                    t("col_result", lang),
                    t("col_observed", lang),
                ],
                rows,
            )
        )
    q_rows = [
        [
            r.get("city_slug"),
            Markup(f"<code>{esc(r.get('source_file'))}</code>"),
            r.get("reason"),
            format_datetime(r.get("ingested_at"), lang),
        ]
        for r in records(data.quarantine)
    ]
    parts.append(f"<h2>{esc(t('quarantine', lang))}</h2>")
    parts.append(
        table(
            [
                t("col_city", lang),
                t("col_source_file", lang),
                t("col_reason", lang),
                t("col_ingested", lang),
            ],
            q_rows,
            empty=t("no_quarantine", lang),
        )
    )
    parts.append(
        f"<details><summary>{esc(t('dq_technical', lang))}</summary>"
        + "".join(str(x) for x in tech)
        + "</details>"
    )
    return Markup("".join(str(p) for p in parts))


# --- project pages ----------------------------------------------------------------------------

Formatter = Callable[[dict[str, Any], str], str]


def _effectiveness(row: dict[str, Any], kind: str, lang: str) -> str:
    """``cel: co najmniej 34,0%`` / ``osiągnięto 41,0%``: a target is never shown as a result."""
    value = format_pct(row.get(f"{kind}_effectiveness_pct"), lang)
    basis = row.get(f"{kind}_effectiveness_basis")
    if is_missing(row.get(f"{kind}_effectiveness_pct")) or basis not in ("target", "achieved"):
        return value
    return t(f"effectiveness_{basis}", lang, value=value)


def _fmt_col(col: str, fn: Callable[[Any, str], str]) -> Formatter:
    return lambda row, lang: fn(row.get(col), lang)


# (field, formatter, computed by the pipeline rather than read from the document)
FACTS: list[tuple[str, Formatter, bool]] = [
    (
        "total_cost_pln",
        lambda r, lang: format_amount_qualified(
            r.get("total_cost_pln"), r.get("total_cost_qualifier"), lang
        ),
        False,
    ),
    ("eu_cofinancing_pln", _fmt_col("eu_cofinancing_pln", format_amount), False),
    ("own_contribution_pln", _fmt_col("own_contribution_pln", format_amount), False),
    ("eu_cofinancing_share", _fmt_col("eu_cofinancing_share", format_share), True),
    ("own_contribution_share", _fmt_col("own_contribution_share", format_share), True),
    ("budget_identity_holds", _fmt_col("budget_identity_holds", format_bool), True),
    ("contract_date", _fmt_col("contract_date", format_date), False),
    (
        "start_date",
        lambda r, lang: format_date_precise(
            r.get("start_date"), r.get("start_date_precision"), lang
        ),
        False,
    ),
    (
        "end_date",
        lambda r, lang: format_date_precise(r.get("end_date"), r.get("end_date_precision"), lang),
        False,
    ),
    ("duration_months", _fmt_col("duration_months", format_months), True),
    ("participants_planned", _fmt_col("participants_planned", format_int), False),
    ("participants_breakdown_sum", _fmt_col("participants_breakdown_sum", format_int), True),
    ("participants_actual", _fmt_col("participants_actual", format_int), False),
    ("participants_completed", _fmt_col("participants_completed", format_int), False),
    ("completion_rate", _fmt_col("completion_rate", format_share), True),
    (
        "cost_per_planned_participant_pln",
        _fmt_col("cost_per_planned_participant_pln", format_amount),
        True,
    ),
    (
        "cost_per_actual_participant_pln",
        _fmt_col("cost_per_actual_participant_pln", format_amount),
        True,
    ),
    (
        "cost_per_participant_month_pln",
        _fmt_col("cost_per_participant_month_pln", format_amount),
        True,
    ),
    ("total_cost_constant_pln", _fmt_col("total_cost_constant_pln", format_amount), True),
    (
        "cost_per_planned_participant_constant_pln",
        _fmt_col("cost_per_planned_participant_constant_pln", format_amount),
        True,
    ),
    ("total_cost_eur", _fmt_col("total_cost_eur", format_amount_eur), True),
    ("eur_pln_rate", lambda r, lang: format_number(r.get("eur_pln_rate"), 4, lang), True),
    ("social_effectiveness_pct", lambda r, lang: _effectiveness(r, "social", lang), False),
    ("employment_effectiveness_pct", lambda r, lang: _effectiveness(r, "employment", lang), False),
    ("programme", lambda r, lang: r.get("programme") or MISSING, False),
    ("programme_period", lambda r, lang: r.get("programme_period") or MISSING, False),
    ("priority_axis", lambda r, lang: r.get("priority_axis") or MISSING, False),
    ("measure", lambda r, lang: r.get("measure") or MISSING, False),
    ("submeasure", lambda r, lang: r.get("submeasure") or MISSING, False),
    (
        "project_type",
        lambda r, lang: (
            label(PROJECT_TYPES, r.get("project_type"), lang) if r.get("project_type") else MISSING
        ),
        False,
    ),
]


def _evidence_cell(items: list[dict[str, Any]]) -> Markup:
    texts = list(dict.fromkeys(e.get("evidence_text") for e in items if e.get("evidence_text")))
    return Markup("".join(f'<blockquote class="evidence">{esc(x)}</blockquote>' for x in texts))


def _other_fields(row: dict[str, Any], columns: Sequence[ColumnNote], lang: str) -> str:
    """Published columns without a place of their own: label from the contract, value by type."""
    rows = [
        [c.label(lang), format_typed(row.get(c.name), c.data_type, lang)]
        for c in columns
        if not is_missing(row.get(c.name))
    ]
    if not rows:
        return ""
    head = f"<h2>{esc(t('other_fields', lang))}</h2>"
    return head + str(
        table([t("col_field", lang), t("col_value", lang)], rows, class_="data facts other")
    )


def project_body(
    row: dict[str, Any],
    evidence: list[dict[str, Any]],
    groups: list[dict],
    instruments: list[dict],
    siblings: list[dict],
    lang: str,
    index_href: str,
    source_href: str | None = None,
    other_fields: Sequence[ColumnNote] = (),
) -> Markup:
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
        (
            FIELD_LABELS["document_kind"][lang],
            label(DOCUMENT_KINDS, row.get("document_kind"), lang),
        ),
        (FIELD_LABELS["scope"][lang], _scope_label(row, lang)),
        (
            t("project_period", lang),
            format_period(
                row.get("start_date"),
                row.get("start_date_precision"),
                row.get("end_date"),
                row.get("end_date_precision"),
                lang,
            ),
        ),
        (
            t("source_document", lang),
            Markup(
                (
                    f'<a href="{esc(source_href)}"><code>{esc(row.get("source_file"))}</code></a> '
                    if source_href
                    else f"<code>{esc(row.get('source_file'))}</code> "
                )
                + f'<span class="note">{esc(t("source_note", lang))}</span>'
            ),
        ),
        (t("col_ingested", lang), format_datetime(row.get("ingested_at"), lang)),
    ]
    parts: list[Any] = [
        f'<p><a href="{esc(index_href)}#projects">{esc(t("back", lang))}</a></p>',
        '<dl class="meta">'
        + "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in meta)
        + "</dl>",
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
    parts.append(f"<h2>{esc(t('facts', lang))}</h2>")
    parts.append(
        table(
            [t("col_field", lang), t("col_value", lang), t("col_evidence", lang)],
            rows,
            class_="data facts",
        )
    )
    parts.append(_other_fields(row, other_fields, lang))

    if groups:
        ev = by_field.get("participants_planned_breakdown", [])
        g_rows = []
        for g in groups:
            match = [e for e in ev if e.get("item_key") == g.get("group_label")]
            g_rows.append(
                [
                    g.get("group_label"),
                    label(GROUP_CATEGORIES, g.get("group_category"), lang),
                    format_int(g.get("participants_planned"), lang),
                    _evidence_cell(take(match)),
                ]
            )
        parts.append(f"<h2>{esc(t('groups', lang))}</h2>")
        parts.append(
            table(
                [
                    t("col_group_label", lang),
                    t("col_group", lang),
                    t("planned", lang),
                    t("col_evidence", lang),
                ],
                g_rows,
                numeric=(2,),
            )
        )
    if instruments:
        ev = by_field.get("instruments", [])
        i_rows = []
        for it in instruments:
            lab = it.get("instrument_label")
            match = [e for e in ev if e.get("value") == lab or e.get("item_key") == lab]
            i_rows.append(
                [
                    lab,
                    it.get("instrument_normalised"),
                    label(INSTRUMENT_TYPES, it.get("instrument_type"), lang),
                    _evidence_cell(take(match)),
                ]
            )
        parts.append(f"<h2>{esc(t('instruments', lang))}</h2>")
        parts.append(
            table(
                [
                    t("col_instrument", lang),
                    t("col_instrument_norm", lang),
                    t("col_type", lang),
                    t("col_evidence", lang),
                ],
                i_rows,
            )
        )
    rest = [e for e in evidence if id(e) not in used]
    if rest:
        parts.append(f"<h2>{esc(t('other_evidence', lang))}</h2>")
        parts.append(
            table(
                [t("col_field", lang), t("col_value", lang), t("col_evidence", lang)],
                [
                    [
                        FIELD_LABELS.get(str(e.get("field")), {}).get(lang, e.get("field"))
                        + (f" [{e['item_key']}]" if e.get("item_key") else ""),
                        e.get("value"),
                        _evidence_cell([e]),
                    ]
                    for e in rest
                ],
                class_="data facts",
            )
        )
    problems = parse_json_list(row.get("problems"))
    if problems:
        parts.append(
            f"<h2>{esc(t('problems', lang))}</h2><ul>"
            + "".join(f"<li>{esc(p)}</li>" for p in problems)
            + "</ul>"
        )
    if siblings:
        items = "".join(
            f'<li><a href="{esc(s["project_scope_id"])}.html">{esc(s.get("title") or t("untitled", lang))}'
            f"</a> — {esc(label(DOCUMENT_KINDS, s.get('document_kind'), lang))}, "
            f"{esc(_scope_label(s, lang))}</li>"
            for s in siblings
        )
        parts.append(f"<h2>{esc(t('siblings', lang))}</h2><ul>{items}</ul>")
    return Markup("".join(str(p) for p in parts))


_ASCII_SAFE_ID = re.compile(r"[0-9A-Za-z_-]{1,100}")


def safe_id(value: Any) -> str:
    """project_scope_id as a file name: hex in practice; anything else is made safe."""
    s = str(value)
    if _ASCII_SAFE_ID.fullmatch(s):  # the usual 16-hex id, without a loop over its characters
        return s
    if s and all(c.isalnum() or c in "-_" for c in s) and len(s) <= 100:
        return s
    return "x" + hashlib.sha256(s.encode("utf-8")).hexdigest()[:24]
