"""Polish dates and date ranges with offsets: small pure functions.

Forms read: ``13.10.2017 r.``, ``01-10-2017``, ``2017-10-13`` (ISO), ``13 października 2017 r.``,
``stycznia 2011`` / ``maj 2008`` / ``w maju 2008`` (month precision), ``10.2017`` (month.year),
English month names ("1 January 2017"), ``01.06 2008`` (a space for the second dot), ``01-01- 2018`` (a stray space),
Roman months (``1 I 2019``), quarters (``I kwartał 2019``, ``Q1 2019``: the quarter's first or
last day), ``2008`` (year, only inside a range or after "w latach"/"od"/"do"), and ranges joined by
``–``/``-``/``do`` with an optional ``od``: ``1.10.2017 r. – 30.09.2019 r.``,
``od stycznia 2011 r. do 31 grudnia 2011 r.``, ``maj 2008 – grudzień 2013``, ``w latach 2008 – 2013``.
A month-only or year-only date is the first day for a start and the last day for an end.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from .fastre import case_free_functions, case_free_patterns

MONTHS: dict[str, int] = {}
for _i, _forms in enumerate(
    [
        "styczeń stycznia styczniu styczen styczniem",
        "luty lutego lutym",
        "marzec marca marcu marcem",
        "kwiecień kwietnia kwietniu kwiecien kwietniem",
        "maj maja maju majem",
        "czerwiec czerwca czerwcu czerwcem",
        "lipiec lipca lipcu lipcem",
        "sierpień sierpnia sierpniu sierpien sierpniem",
        "wrzesień września wrześniu wrzesien wrzesnia wrześniem wrzesniem",
        "październik października październiku pazdziernik pazdziernika październikiem pazdziernikiem",
        "listopad listopada listopadzie listopadem",
        "grudzień grudnia grudniu grudzien grudniem",
    ],
    start=1,
):
    for _f in _forms.split():
        MONTHS[_f] = _i
# English pages: "1 January 2017", "June 2018", "Jan 2019"
for _i, _forms in enumerate(
    [
        "january jan",
        "february feb",
        "march mar",
        "april apr",
        "may",
        "june jun",
        "july jul",
        "august aug",
        "september sep sept",
        "october oct",
        "november nov",
        "december dec",
    ],
    start=1,
):
    for _f in _forms.split():
        MONTHS[_f] = _i


def word_trie(words: list[str]) -> str:
    """An alternation of `words`, factored by common prefixes: re tries one branch per letter
    instead of every word at every position (the month alternation made DATE_RE ~4x slower).

    Only for words that contain no whitespace and are always followed by whitespace in the
    pattern: then at most one word can match at a position, so the order of the branches (longest
    first in a plain alternation) cannot change the match.

    >>> word_trie(["maj", "maja", "maju", "marca"])
    'ma(?:j(?:a|u)?|rca)'
    """
    trie: dict[str, dict] = {}
    for w in words:
        if not w or any(ch.isspace() for ch in w):
            raise ValueError(f"not a word: {w!r}")
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if "" in node else "")

    return emit(trie)


_MONTH_ALT = word_trie(list(MONTHS))
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_ROMAN_MONTH = "XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I"
_ROMAN = {r: i for i, r in enumerate("I II III IV V VI VII VIII IX X XI XII".split(), start=1)}
# "2019r-31.12.2020r"; "01.01.2019r.do 31.12.2020r.": the abbreviation's dot ends the date
_SUFFIX = r"(?:\s?(?:r\.|(?:roku|rok|(?<=\d)r(?=[-–—][\d\s]|[\s,;)]|$))(?!\w)))?"
DATE_RE = re.compile(
    rf"(?<![\w./])(?<![^\d\s.r]-)(?:"  # not after a code ("ABC-…"); "2019r-31.12.2020r" is a range
    rf"(?P<iso_y>{_YEAR})(?P<iso_s>[-.])(?P<iso_m>\d{{2}})(?P=iso_s)(?P<iso_d>\d{{2}})(?!\d|\.\d)"  # "2019.10.01"
    rf"|(?P<d>\d{{1,2}})(?P<sep>[./-])(?P<m>\d{{1,2}})(?P=sep)(?P<y>{_YEAR})"
    rf"|(?P<sd>\d{{1,2}})\.(?P<sm>\d{{1,2}})\s(?P<sy>{_YEAR})"  # "01.06 2008": a slipped separator
    # "01.08. 2022", "01-01- 2018": a stray space before the year
    rf"|(?P<pd>\d{{2}})(?P<psep>[.-])(?P<pm>\d{{2}})(?P=psep)\s(?P<py>{_YEAR})"
    rf"|(?P<td>\d{{1,2}})(?:-?go|st|nd|rd|th)?\s(?P<tm>{_MONTH_ALT})\s(?P<ty>{_YEAR})"  # "1-go stycznia 2019", "1st January 2019"
    rf"|(?P<um>{_MONTH_ALT})\s(?P<ud>\d{{1,2}})(?:st|nd|rd|th)?,\s?(?P<uy>{_YEAR})"  # "January 1, 2019"
    rf"|(?P<mm>{_MONTH_ALT})\s(?P<my>{_YEAR})"
    # a Roman month ("1 I 2019", "31.XII.2020") and a quarter ("I kwartał 2019", "IV kw. 2020", "Q1 2019")
    rf"|(?P<rd>\d{{1,2}})(?P<rsep>[\s.])(?-i:(?P<rm>{_ROMAN_MONTH}))(?P=rsep)(?P<ry>{_YEAR})"
    rf"|(?:(?-i:(?P<q>IV|III|II|I))|(?P<qa>[1-4]))\s?(?:kw\.|kwarta\w+)\s(?:(?:roku|r\.)\s)?(?P<qy>{_YEAR})"
    rf"|(?-i:Q(?P<qe>[1-4]))\s(?P<qey>{_YEAR})"
    rf"|(?P<nm>\d{{1,2}})[./](?P<ny>{_YEAR})"
    # "XII.2020", "IX/2023": a Roman month and its year; "X 2019 – III 2021" with a space, in a range only
    rf"|(?-i:(?P<rmm>{_ROMAN_MONTH}))(?P<rms>[./\s])(?P<rmy>{_YEAR})"
    rf"|(?-i:(?P<ram>{_ROMAN_MONTH}))\s?['’`](?P<ray>[0-4]\d)"  # "VII'22": a Roman month, a short year
    rf"|(?P<yy>{_YEAR})"
    rf"){_SUFFIX}(?:(?<=r\.)|(?![\w]))",
    re.IGNORECASE,
)
# Where a match of DATE_RE can start: each holds a year (or the apostrophe of "VII'22") at most
# _DATE_BEFORE_CUE characters after its start, except a quarter's ("I kwartał 2019", whose word
# may be long) which holds its "kw" (any case; the Kelvin sign folds with "k") within 4; so only
# the positions up to that far before a cue are tried (`_date_matches`)
_DATE_CUE = re.compile(rf"(?={_YEAR}|['’`][0-4]\d|[kK\u212a][wW])")
_DATE_BEFORE_CUE = 32


def _date_alternatives_bounded() -> bool:
    """Every alternative of DATE_RE but the quarter's is at most _DATE_BEFORE_CUE long (checked
    at import: a longer form added there must raise the bound)."""
    from re import _parser

    parsed = _parser.parse(DATE_RE.pattern, DATE_RE.flags)
    branch = next(av for op, av in parsed.data if op is _parser.BRANCH)
    k, w = (_parser.LITERAL, ord("k")), (_parser.LITERAL, ord("w"))
    for alt in branch[1]:
        if alt.getwidth()[1] <= _DATE_BEFORE_CUE:
            continue
        # the quarter's: what stands before its "kw…" is at most 4 long
        items = alt.data
        at = next((i for i in range(len(items) - 1) if (items[i], items[i + 1]) == (k, w)), None)
        if at is None or _parser.SubPattern(alt.state, alt.data[:at]).getwidth()[1] > 4:
            return False
    return True


assert _date_alternatives_bounded(), "a DATE_RE form is longer than _DATE_BEFORE_CUE"


def _date_matches(text: str):
    """`DATE_RE.finditer(text)`, the same matches, trying DATE_RE only at the positions from
    _DATE_BEFORE_CUE before each cue to the cue: finditer's next match is the first position at
    or after the last match's end where DATE_RE matches, and no match starts elsewhere. (DATE_RE,
    case-insensitive with case-kept Roman months, has no case-free twin: its search folded case
    at every position of the unit.)"""
    match = DATE_RE.match
    pos = 0  # where the last match ended
    tried = -1  # every position up to here was tried (or skipped by a match)
    for c in _DATE_CUE.finditer(text):
        at = c.start()
        s = max(pos, at - _DATE_BEFORE_CUE, tried + 1)
        while s <= at:
            m = match(text, s)
            if m is None:
                s += 1
                continue
            yield m
            pos = s = m.end()  # (a match is never empty)
        tried = max(tried, at, pos - 1)


# What may stand between the two ends of a range ("do końca": "od kwietnia 2021 r. do końca grudnia
# 2022 r." ends on the month's last day, as "do grudnia 2022 r." does).
_RANGE_JOIN = re.compile(
    r"\s?(?:–|-|—|−|--|÷|~|/|do(?:\skońca)?|to|until|till|r\.\s?do(?:\skońca)?|r\.\s?–|r\.\s?-)\s?(?:dnia\s)?$",
    re.IGNORECASE,
)
# "between January 2019 and December 2020", "pomiędzy styczniem 2019 a grudniem 2020": the two
# ends joined by "and" / "a" after "between" / "(po)między"
_BETWEEN = re.compile(r"(?:\bbetween|\b(?:po)?mi[eę]dzy)\s+$", re.IGNORECASE)
_BETWEEN_JOIN = ("and", "a")
_YEARS_CONTEXT = re.compile(
    # "przez trzy lata (2010-2012)": a duration, then its years in parentheses
    r"(?:w\slatach|lata|od|do|w\sroku|rok|roku|edycj\w*|okresie|terminie|\bfrom|years)\s?$|\blat[a]?\s\($",
    re.IGNORECASE,
)
# "Czas realizacji: | 2016 - 2021 r.", "Okres trwania projektu: 2016-2021": a period label, then the
# years, in a label/value row (the cell separator " | " included)
_PERIOD_LABEL_BEFORE = re.compile(
    # or said in a sentence: "Okres realizacji projektu to 2019-2021"
    r"(?:realizacj[ai]|trwania)(?:\s(?:projektu|zadania))?(?:\s?:|\s(?:to|jest|był|będzie))\s?(?:\|\s?)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateToken:
    year: int
    month: int | None
    day: int | None
    start: int
    end: int
    text: str
    months: int = 1  # a quarter spans three: its last day is the third month's

    @property
    def precision(self) -> str:
        return "day" if self.day else ("month" if self.month else "year")

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        month = self.month + self.months - 1 if self.month else 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)


@dataclass(frozen=True)
class DateRange:
    start: DateToken
    end: DateToken

    @property
    def start_date(self) -> dt.date:
        return self.start.first_day()

    @property
    def end_date(self) -> dt.date:
        return self.end.last_day()


def _valid(y: int, m: int | None, d: int | None) -> bool:
    if m is not None and not 1 <= m <= 12:
        return False
    if d is not None:
        try:
            dt.date(y, m or 1, d)
        except ValueError:
            return False
    return True


def find_dates(text: str, offset: int = 0, invalid: list[str] | None = None) -> list[DateToken]:
    """Every date in `text`; impossible dates (31.02.2019) are skipped and listed in `invalid`.

    >>> [str(t.first_day()) for t in find_dates("od stycznia 2011 r. do 31 grudnia 2011 r.")]
    ['2011-01-01', '2011-12-31']
    """
    # the rules ask for the dates of one unit several times: read once (the result is immutable)
    tokens, bad = _dates(text, offset)
    if invalid is not None:
        invalid.extend(bad)
    return list(tokens)


_YEARISH = re.compile(r"(?:19|20)\d\d|['’`][0-4]\d")  # "VII'22": a short year after a Roman month


def forget() -> None:
    """Drop the memo of dates read (called per document: it holds the document's units)."""
    _dates.cache_clear()


_DASH_BEFORE = re.compile(r"(?:[–—-]|\b(?:od|do))\s?$", re.IGNORECASE)
_ROMAN_AFTER = re.compile(
    rf"(?:\s?r\.)?\s?(?:[–—-]|do\b)\s?(?-i:{_ROMAN_MONTH})[.\s]{_YEAR}(?!\d)", re.IGNORECASE
)


def _roman_range_end(text: str, m: re.Match[str]) -> bool:
    """A Roman month and its year with a space between ("X 2019") is a date only as an end of a
    range ("X 2019 – III 2021", "od X 2019 do III 2021")."""
    if not m.group("rmy"):
        return False
    return bool(_DASH_BEFORE.search(text, 0, m.start()) or _ROMAN_AFTER.match(text, m.end()))


@lru_cache(maxsize=2048)
def _dates(text: str, offset: int) -> tuple[tuple[DateToken, ...], tuple[str, ...]]:
    out: list[DateToken] = []
    invalid: list[str] = []
    if not _YEARISH.search(text):  # every date form has a year
        return (), ()
    # DATE_RE tried only near its cues, the same matches (_date_matches)
    for m in _date_matches(text):
        g = m.groupdict()
        if g["iso_y"]:
            y, mo, d = int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"])
        elif g["y"]:
            y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
        elif g["sy"]:
            y, mo, d = int(g["sy"]), int(g["sm"]), int(g["sd"])
        elif g["py"]:
            y, mo, d = int(g["py"]), int(g["pm"]), int(g["pd"])
        elif g["ty"]:
            y, mo, d = int(g["ty"]), MONTHS[g["tm"].lower()], int(g["td"])
        elif g["uy"]:
            y, mo, d = int(g["uy"]), MONTHS[g["um"].lower()], int(g["ud"])
        elif g["my"]:
            y, mo, d = int(g["my"]), MONTHS[g["mm"].lower()], None
        elif g["ny"]:
            y, mo, d = int(g["ny"]), int(g["nm"]), None
        elif (g["rmy"] and g["rms"] in "./") or _roman_range_end(text, m):
            y, mo, d = int(g["rmy"]), _ROMAN[g["rmm"]], None
        elif g["rmy"]:  # "Priorytet IX 2014": no month, the year alone
            y = int(g["rmy"])
            start = m.start("rmy")
            out.append(
                DateToken(y, None, None, offset + start, offset + m.end(), text[start : m.end()])
            )
            continue
        elif g["ray"]:
            y, mo, d = 2000 + int(g["ray"]), _ROMAN[g["ram"]], None
        elif g["ry"]:
            y, mo, d = int(g["ry"]), _ROMAN[g["rm"]], int(g["rd"])
        elif g["qy"] or g["qey"]:
            q = _ROMAN[g["q"]] if g["q"] else int(g["qa"] or g["qe"])
            y = int(g["qy"] or g["qey"])
            out.append(
                DateToken(y, 3 * q - 2, None, offset + m.start(), offset + m.end(), m.group(0), 3)
            )
            continue
        else:
            y, mo, d = int(g["yy"]), None, None
        if not _valid(y, mo, d):
            invalid.append(m.group(0))
            continue
        out.append(DateToken(y, mo, d, offset + m.start(), offset + m.end(), m.group(0)))
    return tuple(out), tuple(invalid)


def _next_year_joined(a: DateToken, b: DateToken, between: str) -> bool:
    """Two years in a row joined by "i" / "oraz" ("w latach 2019 i 2020"): both whole years.

    >>> [(str(r.start_date), str(r.end_date)) for r in find_ranges("w latach 2019 i 2020")]
    [('2019-01-01', '2020-12-31')]
    """
    return (
        a.precision == b.precision == "year"
        and b.year == a.year + 1
        and between.strip().lower() in ("i", "oraz", "and")
    )


def find_ranges(
    text: str, offset: int = 0, tokens: list[DateToken] | None = None
) -> list[DateRange]:
    """Date ranges: two dates joined by a dash or "do" (optionally after "od").

    A bare year counts only when both ends are years in a range context
    ("w latach 2008 – 2013", "od 2008 do 2013 r.").

    >>> [(str(r.start_date), str(r.end_date)) for r in find_ranges("maj 2008 – grudzień 2013")]
    [('2008-05-01', '2013-12-31')]
    """
    if tokens is None:
        tokens = find_dates(text, offset)
    out: list[DateRange] = []
    for a, b in itertools.pairwise(tokens):
        between = text[a.end - offset : b.start - offset]
        if len(between) > 12 or not (
            _RANGE_JOIN.search(between)
            or _next_year_joined(a, b, between)
            or (
                between.strip(" ,r.").lower() in _BETWEEN_JOIN
                and _BETWEEN.search(text[max(0, a.start - offset - 12) : a.start - offset])
            )
        ):
            continue
        if (a.precision == "year") != (b.precision == "year"):
            continue
        if a.precision == "year" and "/" in between:
            continue  # "2019/2020": a school year, not a period
        if a.precision == "year":
            before = text[max(0, a.start - offset - 12) : a.start - offset]
            if (
                not _YEARS_CONTEXT.search(before)
                and not between.strip().startswith(("–", "—"))
                and not _PERIOD_LABEL_BEFORE.search(
                    text[max(0, a.start - offset - 32) : a.start - offset]
                )
            ):
                continue  # "2015-2020" alone is a label more often than a period
        if b.last_day() < a.first_day():
            continue
        out.append(DateRange(a, b))
    return out


_YEAR_AT_END = re.compile(
    rf"(?<!\w)od\s+(?:(?P<d1>\d{{1,2}})\s+)?(?P<m1>{_MONTH_ALT})\s+do\s+(?:końca\s+)?(?:(?P<d2>\d{{1,2}})\s+)?(?P<m2>{_MONTH_ALT})\s+(?P<y>{_YEAR}){_SUFFIX}"
    # "1 stycznia – 31 grudnia 2019 r.", "styczeń – grudzień 2019": the months joined by a dash
    rf"|(?<![\w./])(?:od\s+)?(?:(?P<dd1>\d{{1,2}})\s+)?(?P<dm1>{_MONTH_ALT})\s?[–—-]\s?(?:(?P<dd2>\d{{1,2}})\s+)?(?P<dm2>{_MONTH_ALT})\s+(?P<dy>{_YEAR}){_SUFFIX}"
    rf"|(?<![\w./])(?P<nd1>\d{{1,2}})\.(?P<nm1>\d{{1,2}})\.?\s?(?:[-–]|do(?:\sdnia)?)\s?(?P<nd2>\d{{1,2}})\.(?P<nm2>\d{{1,2}})\.(?P<ny>{_YEAR}){_SUFFIX}",
    re.IGNORECASE,
)


def find_ranges_year_at_end(text: str, offset: int = 0) -> list[DateRange]:
    """Ranges that write the year once, at the end: "od 1 marca do 31 grudnia 2019 r.",
    "od marca do grudnia 2021 r.", "1 stycznia – 31 grudnia 2019 r.", "1.03–31.12.2019", "od 01.03 do 31.12.2019" (a start month after
    the end month is the year before).

    >>> [(str(r.start_date), str(r.end_date)) for r in find_ranges_year_at_end("od marca do grudnia 2021 r.")]
    [('2021-03-01', '2021-12-31')]
    """
    out: list[DateRange] = []
    for m in _YEAR_AT_END.finditer(text):
        g = m.groupdict()
        if g["y"]:
            y, m1, m2 = int(g["y"]), MONTHS[g["m1"].lower()], MONTHS[g["m2"].lower()]
            d1 = int(g["d1"]) if g["d1"] else None
            d2 = int(g["d2"]) if g["d2"] else None
        elif g["dy"]:
            y, m1, m2 = int(g["dy"]), MONTHS[g["dm1"].lower()], MONTHS[g["dm2"].lower()]
            d1 = int(g["dd1"]) if g["dd1"] else None
            d2 = int(g["dd2"]) if g["dd2"] else None
        else:
            y, m1, m2 = int(g["ny"]), int(g["nm1"]), int(g["nm2"])
            d1, d2 = int(g["nd1"]), int(g["nd2"])
        y1 = y - 1 if m1 > m2 else y
        if not (_valid(y1, m1, d1) and _valid(y, m2, d2)) or (d1 is None) != (d2 is None):
            continue
        a = DateToken(y1, m1, d1, offset + m.start(), offset + m.start(), m.group(0))
        b = DateToken(y, m2, d2, offset + m.end(), offset + m.end(), m.group(0))
        out.append(DateRange(a, b))
    return out


_YEARLESS_DAY = re.compile(
    rf"(?<![\w./])(?P<d>\d{{1,2}})\s(?P<m>{_MONTH_ALT})(?![\w])(?!\s?(?:{_YEAR}|\d))"
    r"(?P<this>\s(?:br\.|b\.\s?r\.|bieżącego\sroku|biezacego\sroku|tego\sroku|this\syear))?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class YearlessDay:
    """A day written without its year ("5 kwietnia", "5 kwietnia br."): a news item's date."""

    day: int
    month: int
    start: int
    end: int
    this_year: bool  # "br.", "tego roku": said to be the page's own year

    def in_year_of(self, stamp: dt.date, stamp_has_day: bool = True) -> dt.date | None:
        """The day in the stamp's year; a day after the stamp is last year's (a page reports what
        happened, "5 sierpnia" on a page stamped 2 February is the previous August), unless the page
        says "br.". None for an impossible day (31 lutego)."""
        year = stamp.year
        if not _valid(year, self.month, self.day):
            return None
        day = dt.date(year, self.month, self.day)
        if (
            day > stamp and not self.this_year and stamp_has_day
        ):  # a month stamp ("2020-08") has none
            year -= 1
            if not _valid(year, self.month, self.day):
                return None
            day = dt.date(year, self.month, self.day)
        return day


def find_yearless_days(text: str) -> list[YearlessDay]:
    """Days written with a month name and no year.

    >>> [(d.day, d.month, d.this_year) for d in find_yearless_days("podpisano 5 kwietnia br. w Olsztynie")]
    [(5, 4, True)]
    >>> find_yearless_days("podpisano 5 kwietnia 2024 r.")
    []
    """
    out = []
    for m in _YEARLESS_DAY.finditer(text):
        month = MONTHS[m.group("m").lower()]
        day = int(m.group("d"))
        if 1 <= day <= 31:
            out.append(YearlessDay(day, month, m.start(), m.end(), bool(m.group("this"))))
    return out


case_free_patterns(globals())
case_free_functions(globals())
