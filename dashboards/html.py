"""HTML building blocks. Every string is escaped unless it is a ``Markup`` (already-safe HTML).

Texts from documents (titles, implementers, group labels, instruments, evidence) reach the page
only through ``esc`` or the table helpers, which escape whatever is not ``Markup``.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from .formatting import MISSING, is_missing
from .i18n import PAGES, t

#: Bidi embedding/override/isolate controls (U+202A–U+202E, U+2066–U+2069): stripped from text.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


class Markup(str):
    """A string that is already safe HTML (built by this package from escaped parts)."""

    __slots__ = ()


def esc(value: Any) -> Markup:
    """Escape text for HTML (quotes too); None / NaN show as an em dash."""
    if isinstance(value, Markup):
        return value
    if isinstance(value, str):  # fast path: most labels need no escaping
        if not value.isascii() and _BIDI_CONTROLS.search(value):  # no title spoofing
            value = _BIDI_CONTROLS.sub("", value)
        if "&" in value or "<" in value or ">" in value or '"' in value or "'" in value:
            return Markup(html.escape(value, quote=True))
        return Markup(value)
    if is_missing(value):
        return Markup(MISSING)
    return Markup(html.escape(str(value), quote=True))


def join(parts: Iterable[Any], sep: str = "") -> Markup:
    return Markup(sep.join(esc(p) for p in parts))


def tag(name: str, content: Any = "", **attrs: Any) -> Markup:
    """``tag('a', 'x', href='p.html', class_='c')``; attribute values are escaped."""
    rendered = "".join(
        f' {k.rstrip("_").replace("_", "-")}="{html.escape(str(v), quote=True)}"'
        for k, v in attrs.items()
        if v is not None and v is not False
    )
    return Markup(f"<{name}{rendered}>{esc(content) if content != '' else ''}</{name}>")


def link(text: Any, href: str, **attrs: Any) -> Markup:
    return tag("a", text, href=href, **attrs)


def table(
    headers: Sequence[Any],
    rows: Iterable[Sequence[Any]],
    *,
    numeric: Sequence[int] = (),
    caption: Any = None,
    class_: str = "data",
    empty: Any = None,
) -> Markup:
    """A plain table; ``numeric`` column indices are right-aligned."""
    num = set(numeric)
    head = "".join(
        f'<th scope="col"{" class=num" if i in num else ""}>{esc(h)}</th>'
        for i, h in enumerate(headers)
    )
    body = []
    for row in rows:
        cells = "".join(
            f"<td{' class=num' if i in num else ''}>{esc(c)}</td>" for i, c in enumerate(row)
        )
        body.append(f"<tr>{cells}</tr>")
    if not body:
        if empty is None:
            return Markup("")
        body.append(f'<tr><td colspan="{len(headers)}" class="empty">{esc(empty)}</td></tr>')
    cap = f"<caption>{esc(caption)}</caption>" if caption is not None else ""
    return Markup(
        f'<div class="table-wrap"><table class="{class_}">{cap}<thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table></div>"
    )


def json_for_script(data: Any) -> Markup:
    """JSON safe inside a <script> element: ``<``, ``>``, ``&`` and line separators escaped."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for a, b in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(a, b)
    return Markup(text)


@lru_cache(maxsize=64)
def _nav_links(lang: str, active: str, root: str) -> str:
    prefix = root + ("" if lang == "pl" else "en/")
    items = []
    for filename, names in PAGES:
        current = ' aria-current="page"' if filename == active else ""
        items.append(f'<li><a href="{esc(prefix + filename)}"{current}>{esc(names[lang])}</a></li>')
    return (
        '<nav class="site-nav" aria-label="Nawigacja">'
        f'<a class="brand" href="{esc(prefix + "index.html")}">{esc(t("site_name", lang))}</a>'
        f"<ul>{''.join(items)}</ul>"
    )


def nav(lang: str, active: str, root: str, switch_href: str) -> Markup:
    """The navigation bar: every page plus the language switch."""
    other = "en" if lang == "pl" else "pl"
    return Markup(
        _nav_links(lang, active, root)
        + f'<a class="lang" href="{esc(switch_href)}" hreflang="{other}" lang="{other}">'
        f"{esc(t('other_lang', lang))}</a></nav>"
    )


def page(
    *,
    lang: str,
    title: Any,
    body: Any,
    root: str,
    active: str,
    switch_href: str,
    publication_note: Any = "",
    plotly: bool = False,
    scripts: Sequence[str] = (),
) -> str:
    """A whole HTML document. ``root`` is the relative path to the site root ('' or '../')."""
    head_scripts = ""
    if plotly:
        head_scripts += f'<script src="{esc(root)}plotly.min.js" charset="utf-8"></script>'
        if lang == "pl":
            head_scripts += f'<script src="{esc(root)}assets/plotly-locale-pl.js"></script>'
    for src in scripts:
        head_scripts += f'<script src="{esc(src)}"></script>'
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="icon" href="data:,">'
        f"<title>{esc(title)} — {esc(t('site_name', lang))}</title>"
        f'<link rel="stylesheet" href="{esc(root)}assets/site.css">{head_scripts}</head>'
        f"<body>{nav(lang, active, root, switch_href)}"
        f"<main><h1>{esc(title)}</h1>{esc(body)}</main>"
        f"<footer><p>{esc(publication_note)}</p><p>{esc(t('footer', lang))}</p></footer>"
        "</body></html>\n"
    )
