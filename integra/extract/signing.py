"""The project's contract date: every signing date on the page is a candidate, scored by the word
families of data/signing.yaml; the best wins only if it clearly does.

A candidate is a day-precision date (or a day written without its year, "5 kwietnia br.", dated by
the page's publication stamp) in a unit that names an agreement. It scores by the act of signing
near it (a verb or noun, "z dnia" after the agreement), whether the agreement is the funding
contract, and it is dropped when the agreement nearest to it is another kind (a partnership
agreement, an annex, a social contract) or when it is an end of a period ("umowę zawarto na okres od
… do …"). Pure functions over unit texts; rules.extract_dates turns the winner into a Found.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .dates import DateToken, find_dates, find_ranges, find_yearless_days
from .fastre import case_free_functions

SIGNING_PATH = Path(__file__).resolve().parent / "data" / "signing.yaml"
NEAR = 90  # characters: a signing word this close to the date is said of it
STAMP_UNITS = 12  # a page's stamp line is among its first units


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    import yaml

    with SIGNING_PATH.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    return {k: re.compile("|".join(f"(?:{p})" for p in v), re.IGNORECASE) for k, v in data.items()}


@dataclass(frozen=True)
class Candidate:
    unit: int  # index of the unit
    date: dt.date
    score: int


def page_stamp(texts: list[str]) -> tuple[dt.date, bool] | None:
    """The page's publication date and whether it has a day: a labelled stamp ("Data publikacji:
    09.04.2024") anywhere, else a short date line among the first units ("Społeczeństwo › 2020-08",
    "Aktualności · 09.04.2024").

    >>> page_stamp(["MOPS", "Aktualności · 09.04.2024", "W 2023 r. …"])
    (datetime.date(2024, 4, 9), True)
    """
    labels = _patterns()["stamp_labels"]
    for text in texts:
        for m in labels.finditer(text):
            tokens = [t for t in find_dates(text[m.end() : m.end() + 40]) if t.precision != "year"]
            if tokens:
                return tokens[0].first_day(), tokens[0].precision == "day"
    for text in texts[:STAMP_UNITS]:
        stripped = re.sub(r"[\W\d_]+", " ", text).split()
        if len(text) > 60 or len(stripped) > 4:
            continue
        tokens = [t for t in find_dates(text) if t.precision != "year"]
        if len(tokens) == 1:
            return tokens[0].first_day(), tokens[0].precision == "day"
    month = _iso_month_stamp(texts[:STAMP_UNITS])
    return (month, False) if month else None


_ISO_MONTH = re.compile(r"(?<![\d.\-/])((?:19|20)\d\d)-(0[1-9]|1[0-2])(?![\d\-])")


def _iso_month_stamp(texts: list[str]) -> dt.date | None:
    """A year-month in a short line ("Społeczeństwo › 2020-08"): the archive a news item sits in."""
    for text in texts:
        if len(text) <= 60 and (m := _ISO_MONTH.search(text)):
            return dt.date(int(m.group(1)), int(m.group(2)), 1)
    return None


def _nearest(rx: re.Pattern[str], text: str, at: int) -> int | None:
    """Distance from `at` to the nearest match of `rx` in `text` (None: no match)."""
    best = None
    for m in rx.finditer(text):
        d = 0 if m.start() <= at < m.end() else min(abs(m.start() - at), abs(m.end() - at))
        best = d if best is None or d < best else best
    return best


def _in_a_range(text: str, tokens: list[DateToken]) -> set[int]:
    """Start offsets of the dates that are ends of a period ("od 01.10.2011 r. do 31.12.2012 r.")."""
    out = set()
    for r in find_ranges(text, 0, tokens):
        out.update((r.start.start, r.end.start))
    return out


def _dates_in(
    text: str, stamp: Callable[[], tuple[dt.date, bool] | None]
) -> list[tuple[int, dt.date]]:
    """(offset, date) of every day-precision date in `text` not an end of a period, and of every
    yearless day when the page has a stamp to date it by (`stamp()`, read only when needed)."""
    tokens = find_dates(text)
    ranged = _in_a_range(text, tokens)
    out = [
        (t.start, t.first_day()) for t in tokens if t.precision == "day" and t.start not in ranged
    ]
    for y in find_yearless_days(text):
        if re.match(r"\s?(?:–|-|—|do\b)", text[y.end : y.end + 4]):
            continue  # "1 stycznia – 31 grudnia 2018": a period's first end
        page = stamp()
        day = y.in_year_of(*page) if page else None
        if day is not None:
            out.append((y.start, day))
    return out


def score_candidate(text: str, at: int, context: str = "") -> int | None:
    """The score of the date at offset `at` in `text` as the funding agreement's signing date; None
    when it is not a candidate. `context` is the previous sentence of the paragraph ("Umowę
    podpisała wiceprezydent … | Do podpisania doszło 24 września"), read for the agreement word.

    >>> score_candidate("Umowę o dofinansowanie podpisano 12 marca 2019 r.", 33)
    5
    >>> score_candidate("Umowę partnerską podpisano 12 marca 2019 r.", 27) is None
    True
    """
    p = _patterns()
    low = text.lower()
    agreement = _nearest(p["agreement"], low, at)
    other = _nearest(p["other_agreement"], low, at)
    if agreement is None:
        if not context or p["agreement"].search(context.lower()) is None:
            return None
        if p["other_agreement"].search(context.lower()):
            return None
        agreement = NEAR  # said in the sentence before
    if other is not None and other <= agreement:
        return None  # the nearest agreement is a partnership agreement, an annex, …
    score = 0
    signing = _nearest(p["signing"], low, at)
    if signing is not None:
        score += 2 if signing <= NEAR else 1
    if p["dated"].search(low[max(0, at - 12) : at]) and p["agreement"].search(low[:at]):
        score += 2  # "umowa nr … z dnia 3.09.2018 r."
    if score == 0:
        return None  # an agreement's date with no signing said: its term, a deadline
    if p["funding"].search(low):
        score += 1
    if agreement > 2 * NEAR:
        score -= 1
    return score + 2


_SIGNING_STEMS = (
    "podpis",
    "zawar",
    "zawier",
    "zawrze",
    "sign",
    "conclu",
    "z dnia",
    "dated",
    "odebra",
)


# a unit that is only a date: "11.03.2024 r.", "Dnia 7 marca 2023 r." cut off the sentence it opens
# ("11.03.2024 r. Gmina podpisała umowę …": the abbreviation's dot read as the sentence's end)
_LONE_DATE = re.compile(
    r"^\s*(?:(?:dnia|w\s+dniu)\s+)?\d{1,2}(?:[./-]\d{1,2}[./-]|\s+[^\W\d]{3,12}\s+)(?:19|20)\d\d"
    r"\s?(?:r\.|roku)?\s*$",
    re.IGNORECASE,
)


def _lone_date_before(
    texts: list[str],
    paragraphs: list[int],
    i: int,
    stamp: Callable[[], tuple[dt.date, bool] | None],
) -> list[Candidate]:
    """The date of unit `i`, alone in its unit, scored with the sentence that goes on after it in
    the same paragraph."""
    if paragraphs[i + 1] != paragraphs[i]:
        return []
    joined = texts[i].strip() + " " + texts[i + 1]
    if not _patterns()["signing"].search(joined):
        return []
    out = []
    for at, day in _dates_in(joined, stamp):
        if at < len(texts[i].strip()):
            score = score_candidate(joined, at)
            if score is not None:
                out.append(Candidate(i, day, score))
    return out


def candidates(texts: list[str], paragraphs: list[int], skip: set[int]) -> list[Candidate]:
    """Every signing-date candidate on the page (units in `skip` are another project's)."""
    p = _patterns()
    stamps: list[tuple[dt.date, bool] | None] = []  # read once, and only for a yearless day

    def stamp() -> tuple[dt.date, bool] | None:
        if not stamps:
            stamps.append(page_stamp(texts))
        return stamps[0]

    out = []
    for i, text in enumerate(texts):
        if i not in skip and _LONE_DATE.match(text) and i + 1 < len(texts):
            out.extend(_lone_date_before(texts, paragraphs, i, stamp))
        low = text.lower()
        if i in skip or not any(stem in low for stem in _SIGNING_STEMS):
            continue  # a cheap test first: none of the signing words' stems
        if not p["signing"].search(text) and "z dnia" not in low:
            continue
        context = texts[i - 1] if i and paragraphs[i - 1] == paragraphs[i] else ""
        for at, day in _dates_in(text, stamp):
            score = score_candidate(text, at, context)
            if score is not None:
                out.append(Candidate(i, day, score))
    return out


def best(found: list[Candidate]) -> tuple[Candidate | None, str | None]:
    """The clear winner, or None and a problem when two different dates score the same best."""
    if not found:
        return None, None
    top = max(c.score for c in found)
    winners = [c for c in found if c.score == top]
    if len({c.date for c in winners}) > 1:
        dates = ", ".join(sorted({c.date.isoformat() for c in winners}))
        return None, f"contract date ambiguous: {dates}"
    return winners[0], None


case_free_functions(globals())
