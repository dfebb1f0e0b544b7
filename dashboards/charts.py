"""Plotly figures of the site. Aggregated or capped so a 100,000-project site stays small.

Every chart has a title, axis titles with units, hover text with the exact figure (formatted in
Python, passed as customdata) and the Okabe-Ito colour-blind-safe palette. Strings that plotly
renders as pseudo-HTML (category labels, hover text) are html-escaped first.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from .formatting import (
    format_amount,
    format_date,
    format_int,
    format_months,
    format_share,
    is_missing,
    projects_label,
    to_date,
)
from .html import Markup
from .i18n import GROUP_CATEGORIES, INSTRUMENT_TYPES, label, t

OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#F0E442", "#000000"]
BLUES = [[0.0, "#ffffff"], [0.15, "#d6e9f5"], [1.0, "#0072B2"]]  # white -> Okabe-Ito blue
FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif'

GANTT_MAX = 300
PARTICIPANTS_MAX = 40
HEATMAP_MAX = 60
INSTRUMENT_TYPE_ORDER = ["social", "vocational", "educational", "health", "other"]


def hesc(value: Any) -> str:
    """Escape text that plotly renders as (pseudo-)HTML: hover text, tick and legend labels."""
    # quote=False: plotly's pseudo-HTML decodes &amp; &lt; &gt; and numeric entities but shows
    # &quot; literally; with < and > escaped no tag can form, so quotes need no escaping.
    return html.escape("" if is_missing(value) else str(value), quote=False)


def short(text: Any, n: int = 48) -> str:
    s = "" if is_missing(text) else " ".join(str(text).split())
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


def display_title(title: Any, implementer: Any, lang: str) -> str:
    """The document's title, or "(bez tytułu) <implementer>" when it states none."""
    if not is_missing(title):
        return str(title)
    who = "" if is_missing(implementer) else f" {implementer}"
    return t("untitled", lang) + who


def _template() -> go.layout.Template:
    return go.layout.Template(
        layout={
            "font": {"family": FONT, "size": 13, "color": "#1d2433"},
            "colorway": OKABE_ITO,
            "paper_bgcolor": "#ffffff",
            "plot_bgcolor": "#ffffff",
            "hoverlabel": {"font": {"family": FONT}},
            "xaxis": {"gridcolor": "#e3e7ee", "linecolor": "#9aa4b5", "zerolinecolor": "#9aa4b5"},
            "yaxis": {"gridcolor": "#e3e7ee", "linecolor": "#9aa4b5", "zerolinecolor": "#9aa4b5"},
        }
    )


def base_layout(lang: str, title: str, x_title: str, y_title: str, **extra: Any) -> dict[str, Any]:
    layout: dict[str, Any] = {
        "template": _template(),
        "title": {
            "text": "<b>" + hesc(title) + "</b>",
            "x": 0.01,
            "xanchor": "left",
            "y": 0.985,
            "yanchor": "top",
            "yref": "container",
            "font": {"size": 15},
        },
        "xaxis": {"title": {"text": hesc(x_title)}, "automargin": True},
        "yaxis": {"title": {"text": hesc(y_title)}, "automargin": True},
        "margin": {"l": 60, "r": 30, "t": 90, "b": 60},
        "legend": {"orientation": "h", "yanchor": "bottom", "y": 1.02, "xanchor": "left", "x": 0},
        "hoverlabel": {"align": "left"},
    }
    if lang == "pl":
        layout["separators"] = ", "
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(layout.get(key), dict):
            layout[key] = {**layout[key], **value}
        else:
            layout[key] = value
    return layout


def to_div(fig: go.Figure, div_id: str, lang: str, height: int) -> Markup:
    """The chart as an HTML fragment; plotly.js itself is loaded once per page by the shell."""
    fig.update_layout(height=height)
    config = {
        "displaylogo": False,
        "responsive": True,
        "locale": lang,
        "toImageButtonOptions": {"filename": div_id},
        "modeBarButtonsToRemove": ["select2d", "lasso2d"],
    }
    body = fig.to_html(
        full_html=False,
        include_plotlyjs=False,
        div_id=div_id,
        config=config,
        default_height=f"{height}px",
        validate=False,
    )
    return Markup(f'<div class="chart">{body}</div>')


def period_label(value: Any, lang: str) -> str:
    return t("no_period", lang) if is_missing(value) else str(value)


# --- cities -----------------------------------------------------------------------------------

CITY_MEASURES = [
    # key, title, axis, value column, count column (n), scale, exact formatter; each on one basis
    (
        "total",
        "chart_total",
        "axis_total",
        "total_cost_pln_sum",
        "projects_with_total_cost",
        1e-6,
        "amount",
    ),
    (
        "per_capita",
        "chart_per_capita",
        "axis_per_capita",
        "total_cost_per_capita_pln",
        "projects_with_total_cost",
        1.0,
        "amount",
    ),
    (
        "per_year",
        "chart_per_year",
        "axis_per_year",
        "total_cost_per_project_year_pln",
        "projects_with_cost_per_project_year",
        1.0,
        "amount",
    ),
    (
        "share",
        "chart_share",
        "axis_share",
        "eu_cofinancing_share_weighted",
        "projects_with_eu_cofinancing_share",
        100.0,
        "share",
    ),
    (
        "cpp",
        "chart_cpp",
        "axis_cpp",
        "median_cost_per_planned_participant_pln",
        "projects_with_cost_per_planned_participant",
        1.0,
        "amount",
    ),
    (
        "cpp_actual",
        "chart_cpp_actual",
        "axis_cpp_actual",
        "median_cost_per_actual_participant_pln",
        "projects_with_cost_per_actual_participant",
        1.0,
        "amount",
    ),
    (
        "cpp_const",
        "chart_cpp_const",
        "axis_cpp_const",
        "median_cost_per_planned_participant_constant_pln",
        "projects_with_cost_per_planned_participant",
        1.0,
        "amount",
    ),
]


def city_charts(comparison: pd.DataFrame, lang: str) -> list[Markup]:
    """Grouped bars per city × programming period; the bar text is the number of projects."""
    if comparison.empty:
        return []
    df = comparison.copy()
    df["period"] = [period_label(p, lang) for p in df["programme_period"]]
    df["city"] = [
        hesc(c if not is_missing(c) else s) for c, s in zip(df["city_name"], df["city_slug"])
    ]
    cities = list(dict.fromkeys(df.sort_values("city")["city"]))
    periods = sorted(df["period"].unique())
    out = []
    for key, title_key, axis_key, value_col, count_col, scale, kind in CITY_MEASURES:
        fig = go.Figure()
        for i, period in enumerate(periods):
            part = df[df["period"] == period].set_index("city").reindex(cities)
            values = [None if is_missing(v) else float(v) * scale for v in part[value_col]]
            counts = [0 if is_missing(n) else int(n) for n in part[count_col]]
            exact = [
                (format_amount(v, lang) if kind == "amount" else format_share(v, lang))
                for v in part[value_col]
            ]
            custom = [
                [c, hesc(period), e, projects_label(n, lang)]
                for c, e, n in zip(cities, exact, counts)
            ]
            fig.add_bar(
                name=hesc(period),
                x=cities,
                y=values,
                text=[f"n = {n}" if v is not None else "" for v, n in zip(values, counts)],
                textposition="outside",
                cliponaxis=False,
                marker_color=OKABE_ITO[i % len(OKABE_ITO)],
                customdata=custom,
                hovertemplate="<b>%{customdata[0]}</b>, %{customdata[1]}<br>"
                "%{customdata[2]}<br>%{customdata[3]}<extra></extra>",
            )
        layout = base_layout(
            lang,
            t(title_key, lang),
            t("axis_city", lang),
            t(axis_key, lang),
            barmode="group",
            legend={"title": {"text": hesc(t("legend_period", lang)) + " "}},
            yaxis={"rangemode": "tozero", "tickformat": ",.2~f" if key == "total" else ",.0f"},
        )
        if key == "share":
            layout["yaxis"]["range"] = [0, 110]
        fig.update_layout(**layout)
        out.append(to_div(fig, f"chart-cities-{key}", lang, 420))
    return out


# --- map of the cities (offline: coordinates shipped, a schematic outline, no tiles) ----------

#: A coarse outline of Poland (longitude, latitude), enough to place the cities; drawn on plain
#: axes, so the map needs no tile server, CDN or topojson download.
POLAND_OUTLINE = [
    (14.2, 53.9),
    (16.0, 54.25),
    (17.0, 54.6),
    (18.3, 54.83),
    (18.6, 54.4),
    (19.6, 54.45),
    (22.8, 54.36),
    (23.5, 53.95),
    (23.9, 53.2),
    (23.6, 52.6),
    (23.2, 52.2),
    (23.6, 51.6),
    (24.1, 50.85),
    (23.5, 50.4),
    (22.7, 49.5),
    (22.5, 49.1),
    (21.0, 49.4),
    (19.9, 49.2),
    (19.0, 49.4),
    (18.8, 49.5),
    (17.7, 50.1),
    (16.9, 50.4),
    (16.3, 50.7),
    (15.0, 51.0),
    (14.8, 51.5),
    (14.6, 52.0),
    (14.1, 52.8),
    (14.4, 53.3),
    (14.2, 53.9),
]


def city_coordinates() -> dict[str, tuple[float, float]]:
    """city_slug -> (latitude, longitude) from static/city_coordinates.csv."""
    import csv
    from importlib import resources

    text = (resources.files("dashboards") / "static" / "city_coordinates.csv").read_text(
        encoding="utf-8"
    )
    return {
        r["city_slug"]: (float(r["latitude"]), float(r["longitude"]))
        for r in csv.DictReader(text.splitlines())
    }


def city_map(comparison: pd.DataFrame, lang: str) -> tuple[Markup | None, list[str]]:
    """Cities as markers sized by their number of projects (all periods); the hover gives the
    projects and the exact whole-project total with n. Returns the chart and the cities without
    coordinates."""
    if comparison.empty:
        return None, []
    coords = city_coordinates()
    agg = comparison.groupby("city_slug", dropna=False).agg(
        city_name=("city_name", "first"),
        projects=("projects", "sum"),
        total=("total_cost_pln_sum", "sum"),
        total_n=("projects_with_total_cost", "sum"),
    )
    missing = [
        str(n if not is_missing(n) else s)
        for s, n in zip(agg.index, agg["city_name"])
        if s not in coords
    ]
    agg = agg[[s in coords for s in agg.index]]
    fig = go.Figure()
    fig.add_scatter(
        x=[p[0] for p in POLAND_OUTLINE],
        y=[p[1] for p in POLAND_OUTLINE],
        mode="lines",
        line={"color": "#9aa4b5", "width": 1},
        hoverinfo="skip",
        showlegend=False,
    )
    if len(agg):
        names = [hesc(n if not is_missing(n) else s) for s, n in zip(agg.index, agg["city_name"])]
        fig.add_scatter(
            x=[coords[s][1] for s in agg.index],
            y=[coords[s][0] for s in agg.index],
            mode="markers+text",
            text=names,
            textposition="top center",
            showlegend=False,
            marker={
                "size": [10 + 4 * min(int(n), 10) for n in agg["projects"]],
                "color": OKABE_ITO[1],
                "line": {"color": "#1d2433", "width": 1},
            },
            customdata=[
                [
                    nm,
                    projects_label(int(p), lang),
                    format_amount(tv if tn else None, lang),
                    format_int(int(tn), lang),
                ]
                for nm, p, tv, tn in zip(names, agg["projects"], agg["total"], agg["total_n"])
            ],
            hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<br>"
            + hesc(t("map_total", lang))
            + ": %{customdata[2]} (n = %{customdata[3]})<extra></extra>",
        )
    layout = base_layout(
        lang,
        t("chart_map", lang),
        "",
        "",
        xaxis={"visible": False, "range": [13.8, 24.4]},
        yaxis={"visible": False, "range": [48.9, 55.0], "scaleanchor": "x", "scaleratio": 1.6},
    )
    fig.update_layout(**layout)
    return to_div(fig, "chart-cities-map", lang, 460), missing


# --- timeline ---------------------------------------------------------------------------------


def programme_bands(
    programmes: pd.DataFrame, periods: set[str] | None = None
) -> list[tuple[str, dt.date, dt.date]]:
    """(period, first start, last end) per programming period, for the ``periods`` the projects
    belong to (all if None); the contract's 2007-2013 / 2014-2020 windows if dim_programme has
    none of them."""
    bands: dict[str, list[dt.date]] = {}
    for _, row in programmes.iterrows():
        p, s, e = (
            row["programme_period"],
            to_date(row["period_start_date"]),
            to_date(row["period_end_date"]),
        )
        if is_missing(p) or s is None or e is None or (periods and str(p) not in periods):
            continue
        cur = bands.setdefault(str(p), [s, e])
        cur[0], cur[1] = min(cur[0], s), max(cur[1], e)
    if not bands:
        bands = {
            "2007-2013": [dt.date(2007, 1, 1), dt.date(2015, 12, 31)],
            "2014-2020": [dt.date(2014, 1, 1), dt.date(2023, 12, 31)],
        }
    return [(p, s, e) for p, (s, e) in sorted(bands.items())]


#: The fct_projects columns the timeline reads (the site's timeline page fingerprints these).
TIMELINE_COLUMNS = [
    "project_scope_id",
    "title",
    "implementer",
    "programme_period",
    "city_name",
    "start_date",
    "end_date",
    "total_cost_pln",
    "total_cost_qualifier",
    "duration_months",
]


def timeline_chart(
    projects: pd.DataFrame, programmes: pd.DataFrame, lang: str
) -> tuple[Markup | None, int, int, int]:
    """Gantt of project periods; returns (chart, shown, with dates, without dates)."""
    df = projects[TIMELINE_COLUMNS].copy()
    df["s"] = [to_date(v) for v in df["start_date"]]
    df["e"] = [to_date(v) for v in df["end_date"]]
    df["title"] = [display_title(a, b, lang) for a, b in zip(df["title"], df["implementer"])]
    dated = df[df["s"].notna() & df["e"].notna()]
    missing = len(df) - len(dated)
    if dated.empty:
        return None, 0, 0, missing
    total_dated = len(dated)
    if len(dated) > GANTT_MAX:
        dated = dated.sort_values("total_cost_pln", ascending=False, na_position="last").head(
            GANTT_MAX
        )
    dated = dated.sort_values(["s", "e"], ascending=[False, False])  # earliest at the top
    fig = go.Figure()
    cities = sorted(dated["city_name"].fillna("—").unique())
    for i, city in enumerate(cities):
        part = dated[dated["city_name"].fillna("—") == city]
        starts = [s.isoformat() for s in part["s"]]
        ms = [((e - s).days + 1) * 86_400_000 for s, e in zip(part["s"], part["e"])]
        custom = [
            [
                hesc(title),
                hesc(city),
                format_date(s, lang),
                format_date(e, lang),
                format_months(d, lang),
                format_amount(tot, lang),
            ]
            for title, s, e, d, tot in zip(
                part["title"], part["s"], part["e"], part["duration_months"], part["total_cost_pln"]
            )
        ]
        fig.add_bar(
            orientation="h",
            name=hesc(city),
            y=list(part["project_scope_id"]),
            x=ms,
            base=starts,
            marker_color=OKABE_ITO[i % len(OKABE_ITO)],
            customdata=custom,
            hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<br>"
            "%{customdata[2]} – %{customdata[3]} (%{customdata[4]})<br>"
            "%{customdata[5]}<extra></extra>",
        )
    order = list(dated["project_scope_id"])
    ticktext = [
        hesc(short(title, 42)) + " · " + hesc(city)
        for title, city in zip(dated["title"], dated["city_name"])
    ]
    shapes, annotations = [], []
    band_colors = ["rgba(86,180,233,0.16)", "rgba(230,159,0,0.16)", "rgba(0,158,115,0.16)"]
    periods = {str(p) for p in dated["programme_period"].dropna()}
    for i, (period, s, e) in enumerate(programme_bands(programmes, periods or None)):
        shapes.append(
            {
                "type": "rect",
                "xref": "x",
                "yref": "paper",
                "x0": s.isoformat(),
                "x1": (e + dt.timedelta(days=1)).isoformat(),
                "y0": 0,
                "y1": 1,
                "layer": "below",
                "line": {"width": 0},
                "fillcolor": band_colors[i % len(band_colors)],
            }
        )
        annotations.append(
            {
                "xref": "x",
                "yref": "paper",
                "x": s.isoformat(),
                "y": 1.0,
                "xanchor": "left",
                "yanchor": "bottom",
                "showarrow": False,
                "text": hesc(t("band", lang, p=period)),
                "font": {"size": 11, "color": "#3d4657"},
                "yshift": 2 + 14 * (i % 2),
            }
        )
    height = max(380, 26 * len(order) + 200)
    layout = base_layout(
        lang,
        t("chart_timeline", lang),
        t("axis_date", lang),
        t("axis_project", lang),
        barmode="overlay",
        shapes=shapes,
        annotations=annotations,
        xaxis={"type": "date", "tickformat": "%Y", "dtick": "M12", "showgrid": True},
        yaxis={
            "type": "category",
            "categoryorder": "array",
            "categoryarray": order,
            "tickmode": "array",
            "tickvals": order,
            "ticktext": ticktext,
        },
        margin={"l": 20, "r": 20, "t": 110, "b": 60},
        legend={
            "orientation": "v",
            "yanchor": "top",
            "y": 1,
            "xanchor": "left",
            "x": 1.01,
            "title": {"text": hesc(t("col_city", lang))},
        },
    )
    fig.update_layout(**layout)
    return to_div(fig, "chart-timeline", lang, height), len(order), total_dated, missing


# --- participants -----------------------------------------------------------------------------


def participants_chart(projects: pd.DataFrame, lang: str) -> tuple[Markup | None, int, int]:
    cols = ["participants_planned", "participants_actual", "participants_completed"]
    df = projects[["project_scope_id", "title", "implementer", "city_name", *cols]].copy()
    df["title"] = [display_title(a, b, lang) for a, b in zip(df["title"], df["implementer"])]
    df = df[df[cols].notna().any(axis=1)]
    total = len(df)
    if df.empty:
        return None, 0, 0
    df["biggest"] = df[cols].max(axis=1)
    df = df.sort_values("biggest", ascending=False).head(PARTICIPANTS_MAX)
    df = df.iloc[::-1]  # largest at the top of a horizontal chart
    ids = list(df["project_scope_id"])
    ticktext = [hesc(short(a, 42)) + " · " + hesc(c) for a, c in zip(df["title"], df["city_name"])]
    fig = go.Figure()
    for i, (col, key) in enumerate(zip(cols, ["planned", "actual", "completed"])):
        values = [None if is_missing(v) else int(v) for v in df[col]]
        custom = [
            [hesc(title), hesc(t(key, lang)), format_int(v, lang)]
            for title, v in zip(df["title"], values)
        ]
        fig.add_bar(
            orientation="h",
            name=hesc(t(key, lang)),
            y=ids,
            x=values,
            marker_color=[OKABE_ITO[3], OKABE_ITO[0], OKABE_ITO[2]][i],
            customdata=custom,
            hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}: %{customdata[2]}"
            "<extra></extra>",
        )
    height = max(360, 24 * 3 * len(ids) // 2 + 180)
    fig.update_layout(
        **base_layout(
            lang,
            t("chart_participants", lang),
            t("axis_persons", lang),
            t("axis_project", lang),
            barmode="group",
            xaxis={"tickformat": ",d", "rangemode": "tozero"},
            yaxis={
                "type": "category",
                "tickmode": "array",
                "tickvals": ids,
                "ticktext": ticktext,
                "categoryorder": "array",
                "categoryarray": ids,
            },
        )
    )
    return to_div(fig, "chart-participants", lang, height), len(ids), total


def groups_chart(groups: pd.DataFrame, lang: str, city_names: dict) -> Markup | None:
    """Planned participants by normalised group category, stacked by city."""
    if groups.empty:
        return None
    df = groups.copy()
    df["category"] = df["group_category"].fillna("other")
    df["city"] = [city_names.get(s, s) for s in df["city_slug"]]
    agg = (
        df.groupby(["category", "city"], dropna=False)
        .agg(planned=("participants_planned", "sum"), projects=("project_scope_id", "nunique"))
        .reset_index()
    )
    order = agg.groupby("category")["planned"].sum().sort_values(ascending=True).index.tolist()
    labels = {c: hesc(label(GROUP_CATEGORIES, c, lang)) for c in order}
    fig = go.Figure()
    for i, city in enumerate(sorted(agg["city"].fillna("—").unique())):
        part = agg[agg["city"].fillna("—") == city].set_index("category").reindex(order)
        custom = [
            [labels[c], hesc(city), format_int(v, lang), projects_label(n, lang)]
            for c, v, n in zip(order, part["planned"], part["projects"])
        ]
        fig.add_bar(
            orientation="h",
            name=hesc(city),
            y=[labels[c] for c in order],
            x=[None if is_missing(v) else int(v) for v in part["planned"]],
            marker_color=OKABE_ITO[i % len(OKABE_ITO)],
            customdata=custom,
            hovertemplate="<b>%{customdata[0]}</b>, %{customdata[1]}<br>%{customdata[2]} "
            + hesc(t("planned", lang))
            + "<br>%{customdata[3]}<extra></extra>",
        )
    fig.update_layout(
        **base_layout(
            lang,
            t("chart_groups", lang),
            t("axis_persons", lang),
            t("axis_group", lang),
            barmode="stack",
            xaxis={"tickformat": ",d"},
            yaxis={"type": "category"},
        )
    )
    return to_div(fig, "chart-groups", lang, max(360, 34 * len(order) + 180))


# --- instruments ------------------------------------------------------------------------------


def _type_order(types: Sequence[str]) -> list[str]:
    present = set(types)
    return [t_ for t_ in INSTRUMENT_TYPE_ORDER if t_ in present or t_ != "other"]


def _memo(memo: dict | None, key: Any, make: Any) -> Any:
    """``make()``, kept in ``memo`` under ``key`` (the pivots do not depend on the language)."""
    if memo is None:
        return make()
    if key not in memo:
        memo[key] = make()
    return memo[key]


def _project_type_counts(cells: pd.DataFrame) -> tuple[pd.DataFrame, list[str], int]:
    """The heatmap's projects (most instruments first, capped, bottom-up) × types, the types
    and how many projects have instruments."""
    counts = cells.pivot_table(
        index="project_scope_id",
        columns="instrument_type",
        values="n",
        aggfunc="sum",
        fill_value=0,
    )
    types = _type_order(list(counts.columns))
    counts = counts.reindex(columns=types, fill_value=0)
    total = len(counts)
    counts["__n"] = counts.sum(axis=1)
    counts = counts.sort_values("__n", ascending=False).head(HEATMAP_MAX).drop(columns="__n")
    return counts.iloc[::-1], types, total


def instruments_heatmap(
    cells: pd.DataFrame, projects: pd.DataFrame, lang: str, memo: dict | None = None
) -> tuple[Markup | None, int, int]:
    """Projects × instrument types with counts (capped to the projects with most instruments).
    ``cells``: InstrumentCounts.cells (instruments per project, city and type); ``memo`` keeps
    the pivot for the other language."""
    if cells.empty:
        return None, 0, 0
    counts, types, total = _memo(memo, "by_project", lambda: _project_type_counts(cells))
    info = projects.set_index("project_scope_id")[["title", "implementer", "city_name"]]
    shown = counts.index.isin(info.index)
    info = info.reindex(counts.index)
    # the display title of the shown projects only (a project with no row stays missing)
    info["title"] = [
        display_title(a, b, lang) if ok else float("nan")
        for a, b, ok in zip(info["title"], info["implementer"], shown)
    ]
    ids = list(counts.index)
    ticktext = [
        hesc(short(a, 42)) + " · " + hesc(c) for a, c in zip(info["title"], info["city_name"])
    ]
    type_labels = [hesc(label(INSTRUMENT_TYPES, x, lang)) for x in types]
    z = counts.to_numpy().tolist()
    custom = [
        [[hesc(title), tl, format_int(v, lang)] for tl, v in zip(type_labels, zrow)]
        for title, zrow in zip(info["title"], z)
    ]
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=type_labels,
            y=ids,
            colorscale=BLUES,
            zmin=0,
            customdata=custom,
            text=z,
            texttemplate="%{text}",
            xgap=2,
            ygap=2,
            colorbar={"title": {"text": hesc(t("colorbar_count", lang))}},
            hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}: %{customdata[2]}<extra></extra>",
        )
    )
    fig.update_layout(
        **base_layout(
            lang,
            t("chart_instruments", lang),
            t("axis_instrument_type", lang),
            t("axis_project", lang),
            yaxis={"type": "category", "tickmode": "array", "tickvals": ids, "ticktext": ticktext},
        )
    )
    return to_div(fig, "chart-instruments", lang, max(320, 30 * len(ids) + 200)), len(ids), total


def _city_type_counts(
    cells: pd.DataFrame, city_names: dict
) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    """Instruments and projects per city (by name, last first) × type, and the types."""
    df = cells.copy()
    df["city"] = [city_names.get(s, s) for s in df["city_slug"]]
    n = df.pivot_table(
        index="city",
        columns="instrument_type",
        values="n",
        aggfunc="sum",
        fill_value=0,
    )
    p = df.pivot_table(
        index="city",
        columns="instrument_type",
        values="project_scope_id",
        aggfunc="nunique",
        fill_value=0,
    )
    types = _type_order(list(n.columns))
    n = n.reindex(columns=types, fill_value=0).sort_index(ascending=False)
    p = p.reindex(index=n.index, columns=types, fill_value=0)
    return n, p, types


def instruments_city_heatmap(
    cells: pd.DataFrame, lang: str, city_names: dict, memo: dict | None = None
) -> Markup | None:
    """Cities × instrument types: count of instruments and of projects behind each cell.
    ``cells``: InstrumentCounts.cells (instruments per project, city and type); ``memo`` keeps
    the pivots for the other language (with the same city names)."""
    if cells.empty:
        return None
    key = ("by_city", tuple(city_names.items()))
    n, p, types = _memo(memo, key, lambda: _city_type_counts(cells, city_names))
    type_labels = [hesc(label(INSTRUMENT_TYPES, x, lang)) for x in types]
    cities = [hesc(c) for c in n.index]
    z = n.to_numpy().tolist()
    custom = [
        [
            [c, tl, format_int(v, lang), projects_label(k, lang)]
            for tl, v, k in zip(type_labels, zr, pr)
        ]
        for c, zr, pr in zip(cities, z, p.to_numpy().tolist())
    ]
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=type_labels,
            y=cities,
            colorscale=BLUES,
            zmin=0,
            customdata=custom,
            text=z,
            texttemplate="%{text}",
            xgap=2,
            ygap=2,
            colorbar={"title": {"text": hesc(t("colorbar_count", lang))}},
            hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}: %{customdata[2]}<br>"
            "%{customdata[3]}<extra></extra>",
        )
    )
    fig.update_layout(
        **base_layout(
            lang,
            t("chart_instruments_city", lang),
            t("axis_instrument_type", lang),
            t("axis_city", lang),
        )
    )
    return to_div(fig, "chart-instruments-city", lang, max(300, 50 * len(cities) + 180))
