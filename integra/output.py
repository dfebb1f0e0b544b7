"""What the CLI prints and writes: text from documents made harmless, times and ages for people.

- ``clean_text``: document and file-name text without terminal control sequences (C0 except tab,
  newline, CR; DEL; C1) and bidi embedding/override/isolate controls (title spoofing).
- ``for_terminal``: ``clean_text`` and escaped for rich markup (``[etap II]`` stays as written).
- ``csv_cell``: a text cell a spreadsheet will not run as a formula (a leading ``= + - @``, tab or
  CR gets a ``'`` in front, OWASP's advice), cleaned as above.
- ``local_time``: an ISO timestamp (naive = UTC) as local time with its zone, to the second.
- ``human_age``: seconds as "45 s", "12 min", "3 h 5 min", "2 days 4 h".
- ``console``: a rich console that does not wrap lines when its stream is not a terminal.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from typing import Any

#: C0 controls except tab/newline/CR, DEL, C1 controls, and the bidi embedding, override and
#: isolate controls (U+202A–U+202E, U+2066–U+2069).
UNSAFE_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
#: What a spreadsheet may run as a formula when it starts a cell.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def clean_text(text: Any) -> str:
    """``text`` without control sequences and bidi overrides."""
    s = "" if text is None else str(text)
    return UNSAFE_CHARS.sub("", s)


def for_terminal(text: Any) -> str:
    """``text`` cleaned and escaped for rich markup, to print with rich."""
    from rich.markup import escape

    return escape(clean_text(text))


def csv_cell(value: Any) -> Any:
    """A CSV cell that is inert in a spreadsheet. Numbers, dates and booleans pass unchanged;
    text is cleaned, and a text starting like a formula gets a leading ``'``."""
    if not isinstance(value, str):
        return value
    value = clean_text(value)
    if value.startswith(FORMULA_START):
        return "'" + value
    return value


def local_time(value: Any) -> str:
    """``2025-11-20 03:00:00 CET``: local time with its zone, to the second. Naive timestamps
    are UTC (how Integra records them); text that is not a timestamp comes back as it was."""
    if value is None or value == "":
        return "unknown"
    if isinstance(value, (int, float)):
        when = dt.datetime.fromtimestamp(value, dt.UTC)
    elif isinstance(value, dt.datetime):
        when = value
    else:
        try:
            when = dt.datetime.fromisoformat(str(value))
        except ValueError:
            return clean_text(value)
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")


def human_age(seconds: float | None) -> str:
    """An age in the largest sensible units: ``45 s``, ``12 min``, ``3 h 5 min``, ``2 days 4 h``."""
    if seconds is None:
        return "unknown"
    s = int(max(0, seconds))
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min"
    if s < 86400:
        h, m = divmod(s // 60, 60)
        return f"{h} h {m} min" if m else f"{h} h"
    d, h = divmod(s // 3600, 24)
    days = f"{d} day" + ("s" if d != 1 else "")
    return f"{days} {h} h" if h else days


def console(stderr: bool = False, width: int | None = None):
    """A rich Console on stdout/stderr. On a terminal it wraps to the terminal's width; on a
    file or pipe (a cron log) lines are never wrapped."""
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    if stream.isatty():
        return Console(stderr=stderr, width=width) if width else Console(stderr=stderr)
    return Console(stderr=stderr, soft_wrap=True, width=width or 10_000)
