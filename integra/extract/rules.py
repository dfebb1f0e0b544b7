"""The Polish rules: one function per fact family, each reading units of cleaned text.

Rules are written per phrasing family (a budget label, a date-range form, a participant verb),
never per source file. Each returns `Found` values carrying the unit they were read from,
which becomes the evidence. Ambiguities are reported in `problems` and leave the value null.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import Any

from . import date_roles, fastre, roles, scan, signing
from .dates import (
    DateRange,
    find_dates,
    find_ranges,
    find_ranges_year_at_end,
    find_yearless_days,
)
from .fastre import case_free_functions, case_free_patterns, case_free_results, remember_searches
from .inflect import (
    has_finite_verb,
    has_impersonal_verb,
    may_open_a_name,
    predicate_start,
    to_nominative,
)
from .numbers import (
    PERCENT_RE,
    find_money,
    numeral_words_re,
    numerals,
    parse_count,
    parse_number,
    parse_numeral_words,
)
from .places import (
    find_places,
    find_towns,
    geographic_lemma,
    locative_places,
    place_voivodeships,
    town_locative,
)
from .text import (
    DASH_AT_END,
    ITEM_MARKER,
    Unit,
    _name_goes_on,
    abbreviation_dot,
    capitals_go_on,
    compact,
    label_value,
    list_items_after,
    number_spots,
)
from .vocabulary import vocabulary

_DIGIT = re.compile(r"\d")
_FOLD = {"ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ó": "o", "ś": "s", "ź": "z", "ż": "z"}


def fold(pattern: str) -> str:
    """Let a pattern's Polish letters also match their plain forms (text typed or extracted
    without diacritics: 'Wartosc projektu', 'osob'). Letters inside [...] are left alone."""
    out, depth = [], 0
    for i, ch in enumerate(pattern):
        if ch == "[" and (i == 0 or pattern[i - 1] != "\\"):
            depth += 1
        elif ch == "]" and depth and pattern[i - 1] != "\\":
            depth -= 1
        low = ch.lower()
        if depth == 0 and low in _FOLD:
            plain = _FOLD[low] if ch == low else _FOLD[low].upper()
            out.append(f"[{ch}{plain}]")
        else:
            out.append(ch)
    return "".join(out)


_YEARISH = re.compile(r"(?:19|20)\d\d")
_PLAIN_LETTERS = str.maketrans("ąćęłńóśźż", "acelnoszz")


def _plain_letters(low: str) -> str:
    """`low.translate(_PLAIN_LETTERS)`: nine C-level replacements are ~5x faster than a
    translation table on non-ASCII text."""
    if low.isascii():
        return low
    for a, b in zip("ąćęłńóśźż", "acelnoszz"):
        if a in low:
            low = low.replace(a, b)
    return low


def _any_in(text: str, stems: tuple[str, ...]) -> bool:
    for s in stems:  # a plain loop: any() over a generator cost twice as much
        if s in text:
            return True
    return False


@dataclass
class Found:
    value: Any
    unit: Unit
    priority: int = 0
    # which rule produced the value (a debug provenance for benchmarks/name_shapes.py; never in
    # the record)
    source: str = field(default="", compare=False, repr=False)


def _with_source(f: Found, source: str) -> Found:
    return Found(f.value, f.unit, f.priority, source)


def _sourced(name: str):
    """Tag the Found a rule returns (alone, or as a dict's value) with the rule's name, unless an
    inner rule tagged it first."""

    def wrap(fn):
        def inner(*args, **kwargs):
            out = fn(*args, **kwargs)
            for f in out.values() if isinstance(out, dict) else (out,):
                if isinstance(f, Found) and not f.source:
                    f.source = name
            return out

        inner.__name__ = fn.__name__
        inner.__doc__ = fn.__doc__
        inner.__wrapped__ = fn
        return inner

    return wrap


@dataclass
class Doc:
    text: str
    units: list[Unit]
    lower: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    foreign: set[int] = field(default_factory=set)  # units about another project (a predecessor)
    parts: tuple[dict[str, int], Unit] | None = None  # planned groups stated without a total
    labelled_total: Found | None = None  # "Liczba uczestników: 50 (…)"
    main: roles.Context = field(default_factory=roles.Context)  # the page's title and implementer
    page_title: str = ""  # an HTML page's <title>, "" for other documents
    _labels: list[tuple[str, int] | None] | None = None
    _plain: list[str] | None = None
    _counts: dict[int, list[tuple[int, int, int]]] = field(default_factory=dict)
    _scan: scan.Index | None = None  # where each cue occurs (scan.index)
    _columns: dict[int, list[tuple[str, Unit]]] | None = None  # column_cells, built on first use
    _usable: dict[int, tuple[Unit, bool]] = field(default_factory=dict)  # _usable_for_plan
    _participant_cands: list[roles.Candidate] | None = None  # _participant_candidates
    _amount_cands: list[roles.Candidate] | None = None  # _amount_candidates

    def __post_init__(self) -> None:
        self.lower = [u.text.lower() for u in self.units]
        self.foreign = _foreign_units(self.units, self.lower)
        # the case-free patterns (fastre) run on these lower-cased units: tell it which are
        # safe once for the whole text instead of unit by unit
        if fastre.lowers_like_ignorecase(self.text):
            for u, low in zip(self.units, self.lower):
                if self.text.startswith(u.text, u.start):
                    fastre.remember(u.text, low)

    def plain(self) -> list[str]:
        """Each unit lower-cased with Polish letters folded to plain ones: for cheap substring
        pre-checks before a regular expression runs."""
        if self._plain is None:
            self._plain = [_plain_letters(low) for low in self.lower]
        return self._plain

    def person_counts(self, u: Unit) -> list[tuple[int, int, int]]:
        """_person_counts(u), computed once per unit."""
        key = id(u)
        if key not in self._counts:
            self._counts[key] = _person_counts(u)
        return self._counts[key]

    def label_values(self) -> list[tuple[str, int] | None]:
        """label_value() of every unit, computed once."""
        if self._labels is None:
            self._labels = [label_value(u.text) for u in self.units]
        return self._labels

    def is_foreign(self, u: Unit) -> bool:
        return id(u) in self.foreign


# A unit that speaks of another project (a predecessor, an earlier stage), and the units after it
# in the same paragraph that go on about it ("Pierwszy etap trwał …", "Jego całkowita wartość …").
_FOREIGN_CUE = re.compile(
    fold(
        r"poprzedni\w*\s+(?:projek|edycj|etap)|wcześniejsz\w*\s+(?:projek|edycj)|pierwsz\w+\s+etap\w*\s+(?:trwał|był|realizowan|obejm)"
        r"|previous\s+project|predecessor|^archiwum\s*:|^archive\s*:"
    ),
    re.IGNORECASE,
)
_FOREIGN_GOES_ON = re.compile(
    fold(r"^(?:jego|jej|ich|ten\s+projekt|tamten|w\s+nim|pierwszy\s+etap|poprzedni|wówczas)\b"),
    re.IGNORECASE,
)


@cache
@case_free_results
def _other_content_re() -> re.Pattern[str]:
    """A heading that opens content about something else (data/vocabulary.yaml other_content)."""
    words = fold(_vocabulary_alternation("other_content"))
    return re.compile(rf"^[\s#*]*(?:{words})", re.IGNORECASE)


_LIST_ITEM = re.compile(r"^\s*(?:[-•*·–]|\d{1,2}[.)])\s")


@cache
@case_free_results
def _site_running_costs_re() -> re.Pattern[str]:
    """The site owner's running-cost project (data/vocabulary.yaml site_running_costs)."""
    return re.compile(fold(_vocabulary_alternation("site_running_costs")), re.IGNORECASE)


def _opens_other_content(u: Unit, low: str) -> bool:
    """'Zobacz też: …', 'Pozostałe aktualności:', 'Related news', 'Z historii projektu (2008)': a
    heading or a short line of links, not a sentence of the page's own text."""
    head = low.split("\n", 1)[0]
    if len(head) > 60 and ":" not in head[:40]:
        return False
    return _other_content_re().match(head) is not None


# a horizontal rule drawn with dashes, equals signs or underscores: where a page's box ends
_RULE_LINE = re.compile(r"(?:^|\n)[ \t]*[-=_—–]{10,}[ \t]*(?:\n|$)")
_ARCHIVE_HEADING = re.compile(fold(r"(?:z\s+)?archiwum|(?:from\s+the\s+)?archive"))


def _archive_ends_at_rule(units: list[Unit], start: int) -> int | None:
    """An archive box opened right after a horizontal rule ends at the next rule: the index of the
    unit that holds that rule, or None when no rule closes it."""
    before = units[start - 1].text if start else ""
    if not _RULE_LINE.search(before[-200:] if before else ""):
        return None
    for k in range(start + 1, len(units)):
        if _RULE_LINE.search(units[k].text):
            return k
    return None


def _foreign_units(units: list[Unit], lower: list[str]) -> set[int]:
    out: set[int] = set()
    para = None
    archive = None
    boxed_until = -1
    running = False  # in the list of figures under the site's running-cost project
    for i, (u, low) in enumerate(zip(units, lower)):
        if i <= boxed_until:
            out.add(id(u))  # inside an archive box drawn between two rules
            continue
        if archive is not None and u.paragraph in (archive, archive + 1):
            out.add(id(u))  # everything under an "Archiwum:" heading is about the old project
            continue
        if _site_running_costs_re().search(low):
            archive = u.paragraph  # the LGD's own running-cost project and its figures below
            running = True
            out.add(id(u))
            continue
        if running and _LIST_ITEM.match(low):
            out.add(id(u))  # its figures, one list item each ("- Całkowita wartość projektu …")
            continue
        running = False
        if _ARCHIVE_HEADING.match(low) or _opens_other_content(u, low):
            archive = u.paragraph
            out.add(id(u))
            if _ARCHIVE_HEADING.match(low):
                boxed_until = _archive_ends_at_rule(units, i) or -1
                if boxed_until > i:
                    archive = None  # the box's rules, not the paragraphs, say where it ends
            continue
        elif archive is not None and u.paragraph > archive + 1:
            archive = None
        if (
            "poprzedni" in low
            or "wcze" in low
            or "pierwsz" in low
            or "previous" in low
            or "predecessor" in low
            or low.startswith("archiw")
        ) and _FOREIGN_CUE.search(low):
            out.add(id(u))
            para = u.paragraph
        elif para is not None and u.paragraph == para and _FOREIGN_GOES_ON.match(low):
            out.add(id(u))
        else:
            para = None
    return out


# --------------------------------------------------------------------------- programme & codes

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_to_int(s: str) -> int | None:
    """>>> roman_to_int("VII"), roman_to_int("IX"), roman_to_int("XIV")
    (7, 9, 14)"""
    s = s.upper()
    if not s or any(c not in _ROMAN for c in s) or len(s) > 6:
        return None
    total = 0
    for i, c in enumerate(s):
        v = _ROMAN[c]
        total += -v if i + 1 < len(s) and _ROMAN[s[i + 1]] > v else v
    return total


_AXIS_RE = re.compile(
    r"(?<!\w)(?:priorytet(?:u|em)?|o[śs](?:i|ią)?\s+priorytetow(?:a|ej|ą)|o[śs]\s+priorytetowa"
    r"|o[śs]\b|osi\b)\s*(?:nr\.?\s*)?(?P<num>[IVXL]{1,6}|\d{1,2})(?![\w.])",
    re.IGNORECASE,
)
_MEASURE_RE = re.compile(
    r"(?<!\w)działani(?:e|a|u|em)\s*(?:nr\.?\s*)?:?\s*(?P<code>\d{1,2}\.\d{1,2})(?![\d.]*\d)",
    re.IGNORECASE,
)
_SUBMEASURE_RE = re.compile(
    r"(?<!\w)poddziałani(?:e|a|u|em)\s*(?:nr\.?\s*)?:?\s*(?P<code>\d{1,2}\.\d{1,2}\.\d{1,2})(?!\.?\d)",
    re.IGNORECASE,
)
# Project numbers carry the codes: RPKP.09.02.01-04-0011/16, POKL.07.01.01-..., RPZP.07.06.00-...
# (2021-2027 numbers have two levels: FEKP.08.25-IZ.00-0001/23 is priority 8, action 8.25)
_PROJECT_NUMBER_RE = re.compile(
    r"\b(?P<prog>POKL|RP[A-Z]{2}|POWR|FE[A-Z]{2,4})\.(?P<a>\d{2})\.(?P<m>\d{2})"
    r"(?:\.(?P<s>\d{2})(?:-|\b)|(?<=FE[A-Z]{2}\.\d\d\.\d\d)-|(?<=FE[A-Z]{3}\.\d\d\.\d\d)-"
    r"|(?<=FE[A-Z]{4}\.\d\d\.\d\d)-)"
)
# a 2021-2027 action named by its code and its name, not a project number ("FEKP.07.04 Wspieranie
# integracji społecznej", not "FEKP.07.04-IZ.00-0002/24")
_NAMED_ACTION_CODE = re.compile(
    r"(?<![\w.])FE[A-Z]{2,4}\.(?P<a>\d{2})\.(?P<m>\d{2})(?![\d.-])\s+(?=[A-ZĆŁŚŻŹ][a-ząćęłńóśźż]{3})"
)
# a project's own number outside a sentence of levels: "Numer projektu: RPLD.09.01.01-10-…",
# "umowa nr POWR.02.08.00-…" (not a call for proposals: _CALL_NUMBER)
_OWN_NUMBER_BEFORE = re.compile(
    fold(r"(?:projekt\w*|umow\w*|wniosk\w*)[^.;]{0,30}$|(?:nr|numer)\s*:?\s*$"), re.IGNORECASE
)


_CALL_NUMBER = re.compile(
    fold(
        r"(?:konkurs\w*|nabor\w*|naboru|wezwani\w*)\s+(?:nr|numer)\.?\s*$|(?:nr|numer)\s+(?:naboru|konkursu)\s*:?\s*$"
    ),
    re.IGNORECASE,
)


def _code(*parts: str) -> str:
    return ".".join(str(int(p)) for p in parts)


# A level word and the code after it: "Działanie 9.1", "poddziałanie IX.2.1", "Measure: 9.1.",
# "Oś priorytetowa | IX Włączenie społeczne", "action | 10.24.", "Numer i nazwa działania 9.1."
# (the words: data/vocabulary.yaml code_levels)
@cache
@case_free_results
def _level_word_re() -> re.Pattern[str]:
    words = vocabulary()["code_levels"]
    return re.compile(
        fold(
            rf"(?<!\w)(?:(?P<sub>{words['submeasure']})|(?P<meas>{words['measure']})"
            rf"|(?P<axis>{words['priority_axis']}))"
        ),
        re.IGNORECASE,
    )


@cache
def _ordinal_axis_re() -> re.Pattern[str]:
    """A Roman ordinal before the axis word: "II Osi Priorytetowej PO WER", "w ramach VII
    Priorytetu" (the numeral in capitals: a lower-case "i" is the conjunction)."""
    words = fold(vocabulary()["code_levels"]["axis_after_ordinal"])
    return re.compile(rf"(?<![\w.])(?P<num>[IVX]{{1,5}})\s+(?i:{words})(?!\w)")


def ordinal_axes(text: str) -> list[str]:
    """The axes a text names by a Roman ordinal before the axis word, in Arabic numerals.

    >>> ordinal_axes("projekt złożony w ramach III Osi Priorytetowej programu")
    ['3']
    """
    out = []
    for m in _ordinal_axis_re().finditer(text):
        n = roman_to_int(m.group("num"))
        if n and n < 40:
            out.append(str(n))
    return out


# "Działania IX 1 Aktywna integracja": a Roman axis and the action's number with a space for the dot
_SPACED_ROMAN_CODE = re.compile(r"[\s:|–—-]*(?P<axis>[IVXL]{1,6})\s(?P<n>\d{1,2})(?!\w|[.,]?\d)")
_LEVEL_CODE = re.compile(
    r"[\s:|–—-]*(?:nr\.?\s*|numer\s*)?(?:(?![IVXL]+\.)[A-Z]{2,6}\.)?"  # "Działanie – 7.1", "Priorytet: | IX.", "FELD.07.12"
    r"(?P<code>(?:[IVXL]{1,6}|\d{1,2})(?:\.\d{1,2}){0,3})(?![\w]|\.\d)"
)
_BARE_SUBCODE = re.compile(r"(?:^|\n)(?P<code>\d{1,2}\.\d{1,2}\.\d{1,2})(?!\.?\d)\s+[A-ZĄĆĘŁŃÓŚŹŻ]")


def _code_parts(code: str) -> list[int] | None:
    """[9, 1] for '9.1', 'IX.1', '09.01.00' (a zero level is no level)."""
    parts = code.split(".")
    first = int(parts[0]) if parts[0].isdigit() else roman_to_int(parts[0])
    if not first or not 0 < first < 40:
        return None
    rest = [int(p) for p in parts[1:]]
    while rest and rest[-1] == 0:
        rest.pop()
    if 0 in rest or len(rest) > 2:
        return None
    return [first, *rest]


def _codes_of_number(m: re.Match[str], u: Unit, out: dict[str, Found]) -> None:
    """The levels a project number carries (RPKP.09.02.01-… -> 9, 9.2, 9.2.1), where not read."""
    if not int(m.group("a")):
        return
    out.setdefault("priority_axis", Found(str(int(m.group("a"))), u, -1))
    if int(m.group("m")):  # "RPWM.11.00.00": the axis alone
        out.setdefault("measure", Found(_code(m.group("a"), m.group("m")), u, -1))
        if m.group("s") and int(m.group("s")):
            out.setdefault(
                "submeasure", Found(_code(m.group("a"), m.group("m"), m.group("s")), u, -1)
            )


# a code as the page writes it: "9.1", "9.2.1", "10.24" (not a date "1.11.2015", not "9.1.2020")
_CODE_MENTION = re.compile(r"(?<![\w.,])(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)(?![\d]|[.,]\d)")


def code_mentions(texts: list[str], measure: str) -> int:
    """How often the texts name the action `measure` or one of its sub-measures.

    >>> code_mentions(["Działanie 9.1, poddziałanie 9.1.2", "z działania 9.2"], "9.1")
    2
    """
    n = 0
    for text in texts:
        for m in _CODE_MENTION.finditer(text):
            code = m.group(1)
            n += code == measure or code.startswith(measure + ".")
    return n


def _one_action(doc: Doc, out: dict[str, Found]) -> None:
    """A measure and a sub-measure of another action ("z Działania 9.1 … oraz z Poddziałania
    9.2.1" on a page about two grants): the action the page names more often is the project's, the
    other code is left out with a problem; a tie keeps both (and says so below)."""
    meas, sub = out.get("measure"), out.get("submeasure")
    if not (meas and sub) or sub.value.startswith(meas.value + "."):
        return
    texts = [u.text for u in doc.units if not doc.is_foreign(u)]
    sub_action = sub.value.rsplit(".", 1)[0]
    n_meas, n_sub = code_mentions(texts, meas.value), code_mentions(texts, sub_action)
    if n_meas == n_sub:
        return
    keep, drop = ("measure", "submeasure") if n_meas > n_sub else ("submeasure", "measure")
    doc.problems.append(
        f"{drop} {out[drop].value} is of another action than {keep} {out[keep].value}, which the "
        f"page names more often ({max(n_meas, n_sub)} against {min(n_meas, n_sub)}); left out"
    )
    del out[drop]
    axis = out.get("priority_axis")
    if axis and axis.value != out[keep].value.split(".")[0]:
        del out["priority_axis"]  # read with the dropped code: derived again below


_COLUMN_LEVELS = {"priority_axis": 1, "measure": 2, "submeasure": 3}


def _column_codes(doc: Doc, out: dict[str, Found]) -> None:
    """Codes under their column's heading ("Oś priorytetowa | Działanie | Poddziałanie" over
    "IX Włączenie społeczne | 9.2 Dostęp … | 9.2.1 Usługi …"): a code opening a cell of the
    level its heading names, where the page's words gave none."""
    for idx, cells in column_cells(doc).items():
        if doc.is_foreign(doc.units[idx]):
            continue
        for heading, cell in cells:
            key = next(
                (k for k in _COLUMN_LEVELS if _label_re(k).match(heading.strip(" *#:"))), None
            )
            m = _LEVEL_CODE.match(cell.text) if key and key not in out else None
            parts = _code_parts(m.group("code")) if m else None
            if parts and len(parts) == _COLUMN_LEVELS[key]:
                out[key] = Found(".".join(map(str, parts)), doc.units[idx])


@cache
def _slashed_levels_re() -> re.Pattern[str]:
    """A line that opens with a label naming two or three levels joined by slashes ("priority
    axis / measure / sub-measure", "Oś priorytetowa / Działanie"), up to its value after a colon or
    a bar, or to the line's end."""
    words = vocabulary()["code_levels"]
    level = rf"(?:{words['submeasure']}|{words['measure']}|{words['priority_axis']})"
    return re.compile(
        fold(rf"(?:^|\n)[ \t]*{level}(?:\s*/\s*{level}){{1,2}}[ \t]*(?:[:|]\s*|\n\s*|$)"),
        re.IGNORECASE,
    )


def _slashed_codes(doc: Doc, out: dict[str, Found]) -> None:
    """Levels named together in one label and their codes in the same order after it, in the same
    unit or the next ("priority axis / measure / sub-measure" over "6 Infrastruktura … / 6.1
    Inwestycje … / 6.1.2 Inwestycje …", an EU Knowledge Graph statement): each slash-separated
    part's opening code for the level its place names, when the codes nest (6, 6.1, 6.1.2)."""
    for i, u in enumerate(doc.units):
        m = _slashed_levels_re().search(u.text) if "/" in u.text else None
        if not m or doc.is_foreign(u):
            continue
        keys = [_level_key(w) for w in _level_word_re().finditer(m.group(0))]
        value, unit = u.text[m.end() :].strip(), u
        if not value and i + 1 < len(doc.units):
            unit = doc.units[i + 1]
            value = unit.text.strip()
        line = value.split("\n", 1)[0]
        codes = _nested_codes(re.split(r"\s+/\s+", line), keys)
        for key, code in codes.items():
            out.setdefault(key, Found(code, unit))


def _level_key(m: re.Match[str]) -> str:
    return "submeasure" if m.group("sub") else "measure" if m.group("meas") else "priority_axis"


def _nested_codes(parts: list[str], keys: list[str]) -> dict[str, str]:
    """{level: code} when each part opens with a code of its level's depth, each nested in the one
    before ("6 X", "6.1 Y", "6.1.2 Z"); {} otherwise."""
    if len(parts) < len(keys) or len(set(keys)) != len(keys):
        return {}
    codes: dict[str, str] = {}
    prev = ""
    for key, part in zip(keys, parts):
        cm = _LEVEL_CODE.match(part)
        nums = _code_parts(cm.group("code")) if cm else None
        if not nums or len(nums) != _COLUMN_LEVELS[key]:
            return {}
        code = ".".join(map(str, nums))
        if prev and not code.startswith(prev + "."):
            return {}
        codes[key], prev = code, code
    return codes


def extract_codes(doc: Doc) -> dict[str, Found]:
    out: dict[str, Found] = {}
    for u, low in zip(doc.units, doc.lower):
        if doc.is_foreign(u):
            continue
        if (
            "measure" not in out
            and "fe" in low
            and (nm := _NAMED_ACTION_CODE.search(u.text))
            and not negates_funding(u.text, low)
        ):
            # "FEKP.07.04 Wspieranie integracji społecznej": a 2021-2027 action by its code and name
            out["measure"] = Found(_code(nm.group("a"), nm.group("m")), u)
        if not (
            "dzia" in low
            or "measure" in low
            or "action" in low
            or "prior" in low
            or "oś" in low
            or "os " in low
            or "osi " in low
        ):
            m = _PROJECT_NUMBER_RE.search(u.text) if "." in u.text else None
            before = u.text[max(0, m.start() - 40) : m.start()] if m else ""
            if (
                m
                and _OWN_NUMBER_BEFORE.search(before)
                and not _CALL_NUMBER.search(before[-30:])
                and not negates_funding(u.text, low)
            ):
                _codes_of_number(m, u, out)
            continue
        if negates_funding(u.text, low):
            continue  # "No ESF money from Measure 2.8 was used": not the project's codes
        for m in _level_word_re().finditer(u.text):
            if m.group("meas") and u.text[max(0, m.start() - 3) : m.start()].lower().endswith(
                "pod"
            ):
                continue
            sm = None if m.group("axis") else _SPACED_ROMAN_CODE.match(u.text, m.end())
            cm = None if sm else _LEVEL_CODE.match(u.text, m.end())
            if not (cm or sm):
                continue
            parts = _code_parts(f"{sm.group('axis')}.{sm.group('n')}" if sm else cm.group("code"))
            if parts is None:
                continue
            word = m.group(0).lower()
            if len(parts) == 3:
                key = "submeasure"
            elif len(parts) == 2:
                key = "submeasure" if m.group("sub") else "measure"
                if key == "submeasure":
                    continue  # "Poddziałanie 9.1" is not a submeasure code
            elif m.group("axis") and ("prior" in word or word.startswith(("oś", "os"))):
                if word == "priority" and not cm.group("code").isupper():
                    continue  # "Priority VII" names an axis, "priority 2" a rank
                key = "priority_axis"
            else:
                continue
            if key not in out:
                out[key] = Found(".".join(map(str, parts)), u)
        if "priority_axis" not in out and ("prior" in low or "axis" in low):
            axes = ordinal_axes(u.text)
            if axes:
                out["priority_axis"] = Found(axes[0], u)
        if "priority_axis" not in out or "measure" not in out or "submeasure" not in out:
            m = _PROJECT_NUMBER_RE.search(u.text)
            if m and _CALL_NUMBER.search(u.text[max(0, m.start() - 30) : m.start()]):
                m = None  # "konkurs nr RPLD.09.01.01-IP…": a call for proposals, not the project
            if m:
                _codes_of_number(m, u, out)
    _column_codes(doc, out)
    _slashed_codes(doc, out)
    # "Numer i nazwa działania 9.1." followed by "9.1.5 Programy …" on its own line: the sub-measure
    meas = out.get("measure")
    if meas and "submeasure" not in out:
        i = next(k for k, u in enumerate(doc.units) if u is meas.unit)
        for u in doc.units[i : i + 4]:
            for bm in _BARE_SUBCODE.finditer(u.text):
                if bm.group("code").startswith(meas.value + "."):
                    out["submeasure"] = Found(bm.group("code"), u)
                    break
            if "submeasure" in out:
                break
    _one_action(doc, out)
    # a submeasure code states its measure and axis too: 7.1.1 -> 7.1 -> 7
    sub = out.get("submeasure")
    if sub:
        a, m_, _ = sub.value.split(".")
        out.setdefault("measure", Found(f"{a}.{m_}", sub.unit, -1))
        if out["measure"].value != f"{a}.{m_}":
            doc.problems.append(
                f"measure {out['measure'].value} does not match submeasure {sub.value}"
            )
    meas = out.get("measure")
    if meas:
        out.setdefault("priority_axis", Found(meas.value.split(".")[0], meas.unit, -1))
        if out["priority_axis"].value != meas.value.split(".")[0]:
            doc.problems.append(
                f"priority axis {out['priority_axis'].value} does not match measure {meas.value}"
            )
    return out


_VOIV_STEMS = {
    "dolnośląsk": "dolnośląskie",
    "kujawsko-pomorsk": "kujawsko-pomorskie",
    "lubelsk": "lubelskie",
    "lubusk": "lubuskie",
    "łódzk": "łódzkie",
    "małopolsk": "małopolskie",
    "mazowieck": "mazowieckie",
    "opolsk": "opolskie",
    "podkarpack": "podkarpackie",
    "podlask": "podlaskie",
    "pomorsk": "pomorskie",
    "śląsk": "śląskie",
    "świętokrzysk": "świętokrzyskie",
    "warmińsko-mazursk": "warmińsko-mazurskie",
    "wielkopolsk": "wielkopolskie",
    "zachodniopomorsk": "zachodniopomorskie",
}
_VOIV_RE = re.compile(
    r"(?:wojew[oó]dztw(?:a|o|ie|em)\s+|woj\.\s*)(?P<name>(?:"
    # "kujawsko-pomorskiego", "Kujawsko - Pomorskiego", "kujawsko pomorskiego" (a line break or a
    # space for the hyphen)
    + "|".join(sorted((re.escape(k) for k in _VOIV_STEMS), key=len, reverse=True)).replace(
        "\\-", r"(?:\s?-\s?|\s+)"
    )
    + r")\w*)",
    re.IGNORECASE,
)
# English pages: "Lubusz Voivodeship", "Kuj-Pom Voivodeship", "the Pomeranian Region", and the two
# compound adjectives that can only name a region ("Kuyavian-Pomeranian Network of …")
_EN_VOIV_NAMES = {
    "lower silesian": "dolnośląskie", "lower silesia": "dolnośląskie",
    "kuyavian-pomeranian": "kujawsko-pomorskie", "kujawsko-pomorskie": "kujawsko-pomorskie",
    "kuyavia-pomerania": "kujawsko-pomorskie", "kuj-pom": "kujawsko-pomorskie",
    "lublin": "lubelskie", "lubelskie": "lubelskie", "lubusz": "lubuskie", "lubuskie": "lubuskie",
    "łódź": "łódzkie", "lodz": "łódzkie", "łódzkie": "łódzkie", "lodzkie": "łódzkie",
    "lesser poland": "małopolskie", "małopolskie": "małopolskie", "malopolskie": "małopolskie",
    "masovian": "mazowieckie", "mazovian": "mazowieckie", "mazowieckie": "mazowieckie",
    "opole": "opolskie", "opolskie": "opolskie", "subcarpathian": "podkarpackie",
    "podkarpackie": "podkarpackie", "podlaskie": "podlaskie", "podlachian": "podlaskie",
    "pomeranian": "pomorskie", "pomorskie": "pomorskie", "west pomeranian": "zachodniopomorskie",
    "zachodniopomorskie": "zachodniopomorskie", "silesian": "śląskie", "śląskie": "śląskie",
    "slaskie": "śląskie", "holy cross": "świętokrzyskie", "świętokrzyskie": "świętokrzyskie",
    "swietokrzyskie": "świętokrzyskie", "warmian-masurian": "warmińsko-mazurskie",
    "warmińsko-mazurskie": "warmińsko-mazurskie", "warminsko-mazurskie": "warmińsko-mazurskie",
    "greater poland": "wielkopolskie", "wielkopolskie": "wielkopolskie",
}  # fmt: skip
_EN_VOIV_RE = re.compile(
    r"(?<![\w-])(?:(?P<name>"
    + "|".join(sorted((re.escape(k) for k in _EN_VOIV_NAMES), key=len, reverse=True))
    + r")\s+(?:Voivodeship|Voivodship|Province|Region)\b"
    r"|(?:Voivodeship|Province)\s+of\s+(?P<of>"
    + "|".join(sorted((re.escape(k) for k in _EN_VOIV_NAMES), key=len, reverse=True))
    + r")(?![\w-])"
    r"|(?P<compound>Kuyavian-Pomeranian|Warmian-Masurian|West\s+Pomeranian|Lower\s+Silesian"
    r"|Lesser\s+Poland|Greater\s+Poland)(?![\w-]))",
    re.IGNORECASE,
)
# Regional programmes are named after their voivodeship in a few regions
_REGION_PROGRAMME_NAMES = {
    "kujaw i pomorza": "kujawsko-pomorskie",
    # the two regions in the other order ("Funduszy Europejskich dla Pomorza i Kujaw 2021-2027"),
    # before "dla pomorza" takes it for the Pomeranian programme
    "pomorza i kujaw": "kujawsko-pomorskie",
    "pomorza zachodniego": "zachodniopomorskie",
    "dla pomorza": "pomorskie",
    "dla mazowsza": "mazowieckie",
    "małopolski": "małopolskie",
    "dolnego śląska": "dolnośląskie",
    "śląskiego": "śląskie",
    "lubelskiego": "lubelskie",
    "podkarpacia": "podkarpackie",
    "podlaskiego": "podlaskie",
    "łódzkiego": "łódzkie",
    "warmii i mazur": "warmińsko-mazurskie",
    "wielkopolski": "wielkopolskie",
    "lubuskiego": "lubuskie",
    "opolskiego": "opolskie",
    "świętokrzyskiego": "świętokrzyskie",
    # the 2014-2020 programmes' own names: "RPO – Lubuskie 2020", "RPO Warmia i Mazury"
    "lubuskie 2020": "lubuskie",
    "warmia i mazury": "warmińsko-mazurskie",
}


# "woj. pom.", "woj. zach.-pom.", "woj. kuj.-pom.", "woj. wlkp.": abbreviated voivodeships
_VOIV_ABBREVIATIONS = {
    "dolnośl": "dolnośląskie", "dln": "dolnośląskie", "kuj-pom": "kujawsko-pomorskie",
    "lubel": "lubelskie", "lub": "lubelskie", "lubus": "lubuskie", "lubusk": "lubuskie",
    "łódz": "łódzkie", "łódzk": "łódzkie", "małop": "małopolskie", "małopol": "małopolskie",
    "maz": "mazowieckie", "mazow": "mazowieckie", "opol": "opolskie", "podk": "podkarpackie",
    "podkarp": "podkarpackie", "podl": "podlaskie", "podlas": "podlaskie", "pom": "pomorskie",
    "pomor": "pomorskie", "śl": "śląskie", "śląs": "śląskie", "świętokrz": "świętokrzyskie",
    "św": "świętokrzyskie", "warm-maz": "warmińsko-mazurskie", "w-m": "warmińsko-mazurskie",
    "wlkp": "wielkopolskie", "wielkop": "wielkopolskie", "zach-pom": "zachodniopomorskie",
    "zachodniopom": "zachodniopomorskie",
}  # fmt: skip
_VOIV_ABBREVIATION_RE = re.compile(
    r"(?<![\w-])woj\.?\s*(?P<abbr>[a-ząćęłńóśźż]+\.?(?:\s?-\s?[a-ząćęłńóśźż]+)?)\.(?!\w)",
    re.IGNORECASE,
)
_EN_VOIV_HINTS = (
    "voivod",
    "province",
    "region",
    "kuyavian",
    "warmian",
    "pomeranian",
    " poland",
    "silesian",
)


# English names of the regional programmes: "European Funds for Pomerania 2021-2027"
_REGION_PROGRAMME_NAMES.update(
    {
        "for kuyavia": "kujawsko-pomorskie",
        "west pomerania": "zachodniopomorskie",
        "for pomerania": "pomorskie",
        "for mazovia": "mazowieckie",
        "małopolska": "małopolskie",
        "malopolska": "małopolskie",
        "lower silesia": "dolnośląskie",
        "for silesia": "śląskie",
        "for lubelskie": "lubelskie",
        "for podkarpackie": "podkarpackie",
        "for podkarpacie": "podkarpackie",
        "for podlaskie": "podlaskie",
        "for łódzkie": "łódzkie",
        "for lodzkie": "łódzkie",
        "warmia and mazury": "warmińsko-mazurskie",
        "for wielkopolska": "wielkopolskie",
        "for lubuskie": "lubuskie",
        "for opolskie": "opolskie",
        "for świętokrzyskie": "świętokrzyskie",
        "for swietokrzyskie": "świętokrzyskie",
    }
)
# Regional programmes' abbreviations that name one voivodeship ("RPO WM" and "RPO WP" name two or
# three, so they are not here)
_REGION_PROGRAMME_ABBREVIATIONS = {
    "RPOWSL": "śląskie", "RPOWŁ": "łódzkie", "RPOWL": "lubelskie", "RPOWŚ": "świętokrzyskie",
    "RPOWO": "opolskie", "RPOWZ": "zachodniopomorskie", "RPOWD": "dolnośląskie",
    "RPOWKP": "kujawsko-pomorskie", "WRPO": "wielkopolskie", "MRPO": "małopolskie",
    "FEDS": "dolnośląskie", "FEKP": "kujawsko-pomorskie", "FELU": "lubelskie", "FEL": "lubelskie",
    "FELB": "lubuskie", "FELD": "łódzkie", "FEŁ": "łódzkie", "FEMP": "małopolskie",
    "FEM": "mazowieckie", "FEOP": "opolskie", "FEO": "opolskie", "FEPK": "podkarpackie",
    "FEPD": "podlaskie", "FEPM": "pomorskie", "FESL": "śląskie", "FEŚL": "śląskie",
    "FESW": "świętokrzyskie", "FEWM": "warmińsko-mazurskie", "FEWP": "wielkopolskie",
    "FEW": "wielkopolskie", "FEPZ": "zachodniopomorskie", "FEDKP": "kujawsko-pomorskie",
    "FEWIM": "warmińsko-mazurskie", "FEDP": "pomorskie", "RPOWIM": "warmińsko-mazurskie",
}  # fmt: skip
# Regional project numbers: "RPSL.09.01.01-24-0123/16" (2014-2020), "FEKP.08.25-IZ.00-0001/23"
# (2021-2027); the letters name the voivodeship
_REGION_CODES = {
    "DS": "dolnośląskie", "KP": "kujawsko-pomorskie", "LU": "lubelskie", "LB": "lubuskie",
    "LD": "łódzkie", "MP": "małopolskie", "MA": "mazowieckie", "OP": "opolskie",
    "PK": "podkarpackie", "PD": "podlaskie", "PM": "pomorskie", "SL": "śląskie",
    "SW": "świętokrzyskie", "WM": "warmińsko-mazurskie", "WP": "wielkopolskie",
    "ZP": "zachodniopomorskie",
}  # fmt: skip
_REGION_PROJECT_NUMBER = re.compile(
    r"(?<![\w.])(?:RP|FE)(?P<region>" + "|".join(_REGION_CODES) + r")\.\d{2}\.\d{2}"
)


_FOOD_AID = re.compile(r"żywnościow|zywnosciow|FEPŻ", re.IGNORECASE)


def voivodeship_from_text(s: str) -> str | None:
    """'Województwa Kujawsko - Pomorskiego' -> 'kujawsko-pomorskie'; also English names
    ('Lubusz Voivodeship', 'Kuyavian-Pomeranian')."""
    m = _VOIV_RE.search(s)
    if not m:
        for a in _VOIV_ABBREVIATION_RE.finditer(s):
            key = re.sub(r"\.?\s*-\s*", "-", a.group("abbr").casefold()).rstrip(".")
            if key in _VOIV_ABBREVIATIONS:
                return _VOIV_ABBREVIATIONS[key]
        e = _EN_VOIV_RE.search(s)
        if e is None:
            return None
        name = re.sub(r"\s+", " ", (e.group("name") or e.group("of") or e.group("compound")))
        return _EN_VOIV_NAMES.get(name.casefold())
    name = re.sub(r"\s*-\s*|\s+", "-", m.group("name").lower())
    for stem in sorted(_VOIV_STEMS, key=len, reverse=True):
        if name.startswith(stem):
            return _VOIV_STEMS[stem]
    return None


_PROGRAMME_RE = re.compile(
    r"(?P<name>(?:Regionaln(?:y|ego|ym)\s+)?Program(?:u|ie|em)?\s+[Oo]peracyjn(?:y|ego|ym)\s+"
    r"(?:[–-]\s)?(?:[„\"“]?)(?P<rest>[A-ZŁŚŻŹĆ][\w\-–]*(?:,?\s+(?:[A-ZŁŚŻŹĆ–-][\w\-–]*|i|na|lata|\d{4}\s?[-–]\s?\d{2,4}(?!\d)|20\d\d(?![\d-])|-|–|dla)){0,8})"
    r"[”\"]?)"
    r"|(?P<abbr>\bPO\s?KL\b|\bPO\s?WER\b|\bRPO\s?(?:WiM|W[A-ZĄĆĘŁŃÓŚŹŻ\-]{1,4})\b|\bFERS\b|\bFEnIKS\b|\bSPO\s?RZL\b|\bZPORR\b"
    r"|\b[WM]RPO(?:\s?2014\+)?|\bFE[A-ZŁŚ]{1,3}\s?2027\b"  # "WRPO 2014+", "FEŁ2027"
    r"|\bRPO[\s-]?(?:Lubuskie|L)\s?2020\b"  # "RPO-Lubuskie 2020", "RPO-L2020"
    # "RPO Województwa Łódzkiego na lata 2014-2020"; "PO Wiedza Edukacja Rozwój", "PO Kapitał Ludzki"
    r"|\bRPO\s+(?:dla\s+)?Województw\w+\s+[A-ZŁŚŻŹĆ][\w]+(?:\s?[-–]\s?[A-ZŁŚŻŹĆ]\w+)?(?:\s+(?:na\s+lata\s+)?20\d\d\s?[-–]\s?\d{2,4}(?!\d))?"
    r"|\bPO\s+(?:Wiedza,?\s+Edukacja,?\s+Rozwój|Kapitał\s+Ludzki)\b"
    # without "Operacyjny": "w ramach programu Kapitał Ludzki", "Programu Wiedza Edukacja Rozwój"
    r"|\b[Pp]rogram(?:u|ie|em)?\s+(?:Kapitał\s+Ludzki|Wiedza,?\s+Edukacja,?\s+Rozwój)\b"
    # the 2021-2027 regional programmes' abbreviations: "FEW 2021+", "FE SL 2021-2027", "FEPZ"
    r"|\bFE\s?(?:DS|KP|LU|LB|LD|MP|MA|M|OP|PK|PD|PM|SL|ŚL|SW|ŚW|WM|WP|PZ|W|O|P|Ł|L|Ś|dKP|dP|WiM)(?!\w)(?:\s?2021\+)?)"
    r"|(?P<fe>\bFundusze\s+Europejskie\s+(?:dla|na)\s+[A-ZŁŚŻŹĆ][\w]*(?:\s+(?:i|[A-ZŁŚŻŹĆ][\w]*)){0,3}(?:\s+20\d\d\s?[-–]\s?20\d\d)?"
    r"|\bFundusze\s+Europejskie\s+dla\s+Rozwoju\s+Społecznego(?:\s+20\d\d\s?[-–]\s?20\d\d)?"
    # the same in another case: "w ramach Funduszy Europejskich dla Łódzkiego 2021-2027" (not the
    # food aid's "Funduszy Europejskich na Pomoc Żywnościową", which its own rule reads)
    r"|\bFundusz(?:y|ach|ami|om)\s+Europejsk(?:ich|imi|im)\s+(?:dla|na)\s+(?!Pomoc\b)[A-ZŁŚŻŹĆ][\w]*(?:\s+(?:i|[A-ZŁŚŻŹĆ][\w]*)){0,3}(?:\s+20\d\d\s?[-–]\s?20\d\d)?)"
    # a region's adjective first: "Wielkopolskiego Regionalnego Programu Operacyjnego na lata 2014-2020"
    r"|(?P<adj>[A-ZŁŚŻŹĆ]\w*(?:sk|ck)(?:i|iego|im)\s+Regionaln(?:y|ego|ym)\s+Program(?:u|ie|em)?\s+Operacyjn(?:y|ego|ym)"
    r"(?:\s+na\s+lata\s+20\d\d\s?[-–]\s?\d{2,4}(?!\d))?)"
    # "Regionalnym Programie Województwa Pomorskiego na lata 2014-2020": no "Operacyjny"
    r"|(?P<rp>Regionaln(?:y|ego|ym)\s+Program(?:u|ie|em)?\s+(?:dla\s+)?Województw\w+\s+[A-ZŁŚŻŹĆ][\w-]+(?:\s+na\s+lata\s+20\d\d\s?[-–]\s?\d{2,4}(?!\d))?)"
    # written in lower case: "Regionalny program operacyjny województwa świętokrzyskiego na lata 2014-2020"
    r"|(?P<lc>(?i:regionaln\w+\s+program\w*\s+operacyjn\w+\s+(?:dla\s+)?województw\w+\s+[\w-]+)(?:\s+na\s+lata\s+20\d\d\s?[-–]\s?\d{2,4}(?!\d))?)"
    # English pages
    r"|(?P<en>European\s+Funds?\s+for\s+[A-ZŁŚŻŹĆ]\w+(?:\s+(?:and\s+)?[A-ZŁŚŻŹĆ]\w+){0,3}(?:\s+20\d\d\s?[-–]\s?20\d\d)?"
    r"|(?:Regional\s+Operational\s+Programme|\bROP\b)(?:\s+(?:[-–]\s+|(?:of|for)\s+(?:the\s+)?)?[A-ZŁŚŻŹĆ][\w-]+(?:\s+(?:Voivodeship|Region))?)?(?:\s+(?:for\s+)?20\d\d\s?[-–]\s?20\d\d|\s+20\d\d)?"
    r"|(?:Operational\s+Programme|\bOP)\s+Knowledge,?\s+Education,?\s+(?:and\s+)?Development|(?:Operational\s+Programme|\bOP)\s+Human\s+Capital"
    r"|Knowledge,?\s+Education,?\s+(?:and\s+)?Development\s+Operational\s+Programme|Human\s+Capital\s+Operational\s+Programme)"
    # a regional programme named without its region, with its years ("Regionalnego Programu
    # Operacyjnego (RPO) na lata 2014-2020", "regionalnego programu operacyjnego na lata 2014-2020")
    r"|(?P<rpy>(?i:regionaln\w+\s+program\w*\s+operacyjn\w+)(?:\s+\(RPO\))?\s+na\s+lata\s+20\d\d\s?[-–]\s?\d{2,4}(?!\d))"
    # the rural development programme, with its years ("Programu Rozwoju Obszarów Wiejskich na lata 2014-2020")
    r"|(?P<prow>Program(?:u|ie|em)?\s+Rozwoju\s+Obszarów\s+Wiejskich(?:\s+na\s+lata)?\s+20\d\d\s?[-–]\s?20\d\d|\bPROW\s+20\d\d\s?[-–]\s?20\d\d)"
    # cross-border programmes: "Programu Współpracy Transgranicznej Interreg V-A Polska – Słowacja",
    # "Interreg Polska-Saksonia 2014-2020", "INTERREG IV A"
    r"|(?P<interreg>(?:Program(?:u|ie|em)?\s+(?:Współpracy\s+)?(?:Transgraniczn\w+\s+)?)?\b(?:INTERREG|Interreg)"
    r"(?:\s+(?:VI|IV|V|III)\s?[-–]?\s?A\b)?(?:\s+(?:Polska|Poland)\s?[-–]\s?[A-ZŁŚŻŹĆ]\w+(?:\s?[-–]\s?[A-ZŁŚŻŹĆ]\w+)?"
    r"|\s+[A-ZŁŚŻŹĆ]\w+\s?[-–]\s?(?:Polska|Poland))?(?:\s+(?:na\s+lata\s+)?20\d\d\s?[-–]\s?20\d\d)?)"
    # a national programme's name in lower case: "z programu operacyjnego kapitał ludzki"
    r"|(?P<lcn>(?i:program\w*\s+operacyjn\w+\s+(?:kapita[łl]\s+ludzki|wiedza,?\s+edukacja,?\s+rozw[óo]j)))"
)
_PROGRAMME_HINT = re.compile(
    r"program|po\s?kl|po\s?wer|rpo|fers|spo|zporr|fundusz[eyao]|european\s+funds?|\bfe\s?[a-ząćęłńóśźż]{1,3}\b"
    r"|\bprow\b|\brop\b|\bop\s+(?:knowledge|human)|\bpo\s+(?:wiedza|kapita)|interreg",
    re.IGNORECASE,
)
_GENITIVE_TO_NOMINATIVE = [
    (re.compile(pattern), replacement)
    for pattern, replacement in [
        (
            r"^([A-ZŁŚŻŹĆ]\w*(?:sk|ck))(?:iego|im)(?=\s+Regionaln)",
            r"\1i",
        ),  # Wielkopolskiego -> Wielkopolski
        (r"\bRegionalnego\b", "Regionalny"),
        (r"\bRegionalnym\b", "Regionalny"),
        (r"\bProgramu\b", "Program"),
        (r"\bProgramie\b", "Program"),
        (r"\bProgramem\b", "Program"),
        (r"\b([Oo])peracyjnego\b", r"\1peracyjny"),
        (r"\b([Oo])peracyjnym\b", r"\1peracyjny"),
    ]
]
_SPACED_HYPHEN = re.compile(r"(?<=\w)\s+-\s+(?=\w)")
_YEAR_SPAN = re.compile(r"(\d{4})\s?[–—-]\s?(\d{4})")
_PERIOD_RE = re.compile(r"(?<!\d)(20[0-2]\d)\s?[-–—/]\s?(20[0-3]\d|\d{2,3})(?!\d)")
_PERIOD_OF_START = {
    "2004": "2004-2006",
    "2007": "2007-2013",
    "2014": "2014-2020",
    "2021": "2021-2027",
}


def programming_period(start: str, end: str) -> str | None:
    """The programming period two years name: '2014', '2020' -> '2014-2020'; an end year cut
    short ('2014-202', '2014-20') or written with two digits ('2021-27') too; None for any other
    range ('2016-2018').

    >>> programming_period("2021", "27"), programming_period("2014", "202"), programming_period("2014", "2016")
    ('2021-2027', '2014-2020', None)
    """
    period = _PERIOD_OF_START.get(start)
    if period is None:
        return None
    end_year = period[5:]
    if end == end_year or (len(end) == 3 and end_year.startswith(end)):
        return period
    if len(end) == 2 and (end_year.endswith(end) or end_year.startswith(end)):
        return period
    return None


def known_period(text: str) -> str | None:
    """The first programming period a text names as a range of years ("na lata 2014-2020",
    "2014 – 202", "2021-27"), skipping other ranges ("w latach 2016-2018")."""
    for m in _PERIOD_RE.finditer(text):
        period = programming_period(m.group(1), m.group(2))
        if period:
            return period
    return None


_PROGRAMME_STOP = re.compile(
    r"\s+(?:O[śs]|Osi|Priorytet\w*|Działani\w*|Poddziałani\w*|Projekt\w*|(?<!Fundusze\s)Europejsk\w*|Unii|Typ|Fundusz\w*"
    r"|Realizator\w*|Okres\w*|Program:)\b.*$",
    re.DOTALL,
)


# "Funduszy Europejskich dla …" (a programme's name in another case) -> "Fundusze Europejskie dla …"
_FE_IN_ANOTHER_CASE = re.compile(r"^Fundusz(?:y|ach|ami|om)\s+Europejsk(?:ich|imi|im)\b")


def _normalise_programme(name: str) -> str:
    name = _FE_IN_ANOTHER_CASE.sub("Fundusze Europejskie", name)
    name = _PROGRAMME_STOP.sub("", name)
    for rx, rep in _GENITIVE_TO_NOMINATIVE:
        name = rx.sub(rep, name)
    name = _SPACED_HYPHEN.sub("-", name)  # Kujawsko - Pomorskiego
    name = _YEAR_SPAN.sub(r"\1-\2", name)
    name = compact(name).strip(' ,.;:„”"')
    return name


@cache
def _food_aid_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    v = vocabulary()
    return re.compile(v["food_aid_programme"]), re.compile(v["food_aid_run_cue"], re.IGNORECASE)


def _food_aid_programme(doc: Doc) -> Found | None:
    """The food-aid programme as the page's own (data/vocabulary.yaml food_aid_programme), where no
    other programme is named: its first mention in the page's prose that something is run under
    ("w ramach Programu Operacyjnego Pomoc Żywnościowa 2014-2020"); a list item ("osoby
    korzystające z PO PŻ") or a mere mention is not."""
    if not _FOOD_AID_HINT.search(doc.text):
        return None
    name_re, cue_re = _food_aid_res()
    for u in doc.units:
        if u.is_item or doc.is_foreign(u):
            continue
        for m in name_re.finditer(u.text):
            if cue_re.search(u.text[max(0, m.start() - 40) : m.start()]):
                return Found(_normalise_programme(m.group(0)), u)
    return None


_FOOD_AID_HINT = re.compile(r"Żywnościow|PŻ|FEAD")


def programme_period_of(name: str) -> str | None:
    """>>> programme_period_of("Regionalny Program Operacyjny – Lubuskie 2020")
    '2014-2020'
    """
    low = _plain_letters(re.sub(r"[\s,.;:]", "", name.lower()))
    period = known_period(name)
    if period:
        return period
    if re.search(r"(?:regionaln|rpo|regional)\S*.*(?<![\d-])2020(?![\d-])", name.lower()):
        return "2014-2020"  # "RPO Lubuskie 2020", "Regional Operational Programme Lubuskie 2020"
    for key, period in vocabulary()["programme_periods"]:
        if key in low:
            return period
    if re.fullmatch(
        r"fe(?:ds|kp|dkp|dp|lu|lb|ld|l|mp|ma|m|op|o|pk|pd|pm|p|sl|sw|s|wm|wim|wp|pz|w)(?:2021\+)?",
        low,
    ):
        return "2021-2027"
    if re.search(r"rpo2014\+|\bfe[a-z]{1,3}2027\b", low):
        return "2014-2020" if "rpo" in low else "2021-2027"
    for key, period in vocabulary()["programme_periods_last"]:
        if key in low:
            return period
    return None


_MENU_SEPARATOR = re.compile(r"\s[·|•]\s")


def is_menu_line(line: str) -> bool:
    """A site's menu: four or more short items between " · ", " | " or " • " and nothing that reads
    as a sentence ("Strona główna · O nas · Projekt POKL · Kontakt"); a logo bar in brackets
    ("[Fundusze Europejskie dla Kujaw i Pomorza | Rzeczpospolita Polska | …]") names the funding
    and is not a menu.

    >>> is_menu_line("Start | O ośrodku | Projekty RPO | Przetargi | Kontakt")
    True
    >>> is_menu_line("Program | Regionalny Program Operacyjny Województwa Opolskiego 2014-2020")
    False
    """
    line = line.strip()
    if line.startswith("[") or not _MENU_SEPARATOR.search(line):
        return False
    items = _MENU_SEPARATOR.split(line)
    return len(items) >= 4 and all(
        len(item.split()) <= 4 and not re.search(r"[.!?;]|\d", item) for item in items
    )


@cache
@case_free_results
def _funding_cue_re() -> re.Pattern[str]:
    words = _vocabulary_alternation("programme_funding_cues")
    return re.compile(fold(words), re.IGNORECASE)


@cache
@case_free_results
def _period_cue_re() -> re.Pattern[str]:
    words = _vocabulary_alternation("programme_period_cues")
    return re.compile(fold(words), re.IGNORECASE)


@cache
@case_free_results
def _funding_negation_re() -> re.Pattern[str]:
    words = _vocabulary_alternation("funding_negations")
    return re.compile(fold(words), re.IGNORECASE)


_NEGATION_WORDS = ("nie ", "bez ", "no ", "not ", "without ")
_MONEY_WORDS = (
    "finans",
    "środk",
    "srodk",
    "fundusz",
    "dofinans",
    "dotacj",
    "pieni",
    "money",
    "fund",
    "grant",
)


def negates_funding(text: str, low: str | None = None) -> bool:
    """Whether a sentence says EU money was not used (data/vocabulary.yaml funding_negations);
    `low` is the text in lower case, when at hand.

    >>> negates_funding("Centrum powstało bez środków unijnych z RPO."), negates_funding("Projekt jest współfinansowany z EFS.")
    (True, False)
    """
    low = text.lower() if low is None else low
    if not (_any_in(low, _NEGATION_WORDS) and _any_in(low, _MONEY_WORDS)):
        return False
    return _funding_negation_re().search(text) is not None


# a stem of every word in programme_period_cues (a cheap test before the pattern)
_PERIOD_CUE_STEMS = ("okres", "perspe", "programming", "framework")


def _programme_mentions(doc: Doc, until_funded: bool = False) -> list[tuple[str, Unit, int]]:
    """Every programme the page's own text names (not the site's menu, not a section about another
    project), in document order, each with its score: 2 in a sentence about funding
    ("współfinansowany ze środków …", "funded under …"), else 1. With `until_funded`, the list ends
    at the first one named in a funding sentence (the one chosen: later ones cannot outrank it)."""
    out: list[tuple[str, Unit, int]] = []
    # only the units where _PROGRAMME_HINT.search(low) holds (scan: the pattern reads no anchor
    # or look-around and no NUL, so its search over the joined units finds exactly those)
    for i in sorted(scan.index(doc).units_matching(_PROGRAMME_HINT, "lower")):
        u, low = doc.units[i], doc.lower[i]
        if doc.is_foreign(u) or negates_funding(u.text, low):
            continue
        for m in _PROGRAMME_RE.finditer(u.text):
            line_start = u.text.rfind("\n", 0, m.start()) + 1
            line_end = u.text.find("\n", m.end())
            if is_menu_line(u.text[line_start : line_end if line_end >= 0 else None]):
                continue  # the site's menu ("Projekt POKL · Ogłoszenia · Kontakt"), not the page's text
            if m.group("rest"):
                rest = m.group("rest").lower()
                # "Program Operacyjny Pomoc Żywnościowa" is food aid, not the project's funding
                if rest.startswith(("pomoc żywnościow", "pomoc zywnosciow")):
                    continue
            name = _normalise_programme(m.group(0))
            if len(name) < 4 and not m.group("abbr"):  # "FEM", "FEO": a programme's abbreviation
                continue
            out.append((name, u, 2 if _funding_cue_re().search(u.text) else 1))
            if until_funded and out[-1][2] == 2:
                return out
    return out


@cache
def _period_codes() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(rx), period) for rx, period in vocabulary()["programme_period_codes"]]


def _period_from_codes(doc: Doc, named: Unit) -> tuple[str | None, Unit | None]:
    """A named programme's period from the page's project numbers or a "2014+" (data:
    programme_period_codes): the one period they agree on, the programme's own unit first."""
    periods: dict[str, Unit] = {}
    for u in [named] + [u for u in doc.units if u is not named and not doc.is_foreign(u)]:
        for rx, period in _period_codes():
            if rx.search(u.text):
                periods.setdefault(period, u)
        if u is named and periods:
            break
    if len(periods) != 1:
        return None, None
    return next(iter(periods.items()))


def _agreed_period(
    doc: Doc, mentions: list[tuple[str, Unit, int]]
) -> tuple[str | None, Unit | None]:
    """The one programming period the named programmes carry (in their names or their sentences);
    (None, None) when none does, or when they disagree (a problem then)."""
    periods: dict[str, Unit] = {}
    for name, u, _ in mentions:
        period = programme_period_of(name) or known_period(u.text)
        if period:
            periods.setdefault(period, u)
    if len(periods) > 1:
        doc.problems.append(
            f"the programmes named carry several periods ({', '.join(sorted(periods))}); left null"
        )
    if len(periods) != 1:
        return None, None
    return next(iter(periods.items()))


def extract_programme(doc: Doc) -> dict[str, Found]:
    out: dict[str, Found] = {}
    for raw, u in labelled(
        doc, "programme"
    ):  # "Program | Regionalny Program Operacyjny – Lubuskie 2020"
        value = compact(raw.split("\n")[0]).strip(" .;,")
        if doc.is_foreign(u):
            continue
        if 6 <= len(value) <= 160 and re.search(
            r"program|fundusz|funds?\b|po\s?kl|po\s?wer|rpo", value, re.IGNORECASE
        ):
            out["programme"] = Found(_normalise_programme(value), u)
            break
    mentions = [] if "programme" in out else _programme_mentions(doc, until_funded=True)
    if mentions:
        best = max(score for _, _, score in mentions)
        name, u, _ = next(m for m in mentions if m[2] == best)
        out["programme"] = Found(name, u)
    if "programme" not in out:
        food_aid = _food_aid_programme(doc)
        if food_aid is not None:
            out["programme"] = food_aid
    # programming period, only where a programme is named (a map-of-grants page's "Programming
    # period: 2014-2020" alone names none): stated ("Okres programowania 2014-2020"), or carried by
    # the programme
    for u, low in zip(doc.units, doc.lower):
        if "programme" in out and _any_in(low, _PERIOD_CUE_STEMS) and _period_cue_re().search(low):
            period = known_period(u.text)
            if period:
                out["programme_period"] = Found(period, u)
                break
    prog = out.get("programme")
    if prog:
        period = programme_period_of(prog.value)
        if period is None:
            # "… 2014-2020" may follow the name in the same unit
            period = known_period(prog.unit.text)
        period_unit = prog.unit
        if period is None and "programme_period" not in out:
            # "RPO WO" here, "RPO WO 2014-2020" there: the period the page's other mentions agree on
            period, period_unit = _agreed_period(doc, _programme_mentions(doc))
        if period is None and "programme_period" not in out:
            period, period_unit = _period_from_codes(doc, prog.unit)
        stated = out.get("programme_period")
        if period and stated and stated.value != period:
            doc.problems.append(
                f"programming period {stated.value} does not match the programme ({period})"
            )
        elif period and not stated:
            out["programme_period"] = Found(period, period_unit)
        v = voivodeship_from_text(prog.value)
        if v is None:
            low = prog.value.lower()
            for key, voiv in _REGION_PROGRAMME_NAMES.items():
                if key in low and any(w in low for w in ("fundusze", "regionaln", "funds", "rpo")):
                    v = voiv
                    break
        if v is None:
            v = _REGION_PROGRAMME_ABBREVIATIONS.get(re.sub(r"[\s.-]", "", prog.value).upper())
            if v == "zachodniopomorskie" and _FOOD_AID.search(doc.text):
                v = None  # "FEPZ" may be the national food-aid programme FEPŻ without its Ż
        if v:
            out["voivodeship"] = Found(v, prog.unit)
    if "voivodeship" not in out:
        # a regional project number: "RPSL.09.01.01-24-0123/16", "FEKP.08.25-IZ.00-0001/23"
        for u, low in zip(doc.units, doc.lower):
            if "rp" not in low and "fe" not in low:
                continue
            m = _REGION_PROJECT_NUMBER.search(u.text)
            if m and not (m.group("region") == "PZ" and _FOOD_AID.search(doc.text)):
                out["voivodeship"] = Found(_REGION_CODES[m.group("region")], u)
                break
    if "voivodeship" not in out:
        for u, low in zip(doc.units, doc.lower):
            if "woj" not in low and not any(w in low for w in _EN_VOIV_HINTS):
                continue
            v = voivodeship_from_text(u.text)
            if v:
                out["voivodeship"] = Found(v, u, -1)  # a sentence, not the programme: weaker
                break
    return out


_TYPE_RE = re.compile(
    # "projekt systemowy", "typ projektu: konkursowy", "Rodzaj projektu – systemowy", "w trybie
    # pozakonkursowym", "konkursowy projekt"; English "a non-competitive project"
    # "Projekt ma charakter systemowy"
    r"(?<!\w)(?:projek(?:t\w*|cie)|typ\s+projektu:?\s*(?:projekt)?|tryb\w*|w\s+trybie|(?:ma|mający|miał)\s+charakter)\s*[:|–—-]?\s+"
    r"(?P<t>systemow|pozakonkursow|konkursow)\w*"
    r"|(?<!\w)(?P<t2>systemow|pozakonkursow|konkursow)\w*\s+projek(?:t\w*|cie)"
    r"|(?<![\w-])(?P<en>non-competitive|competitive|systemic)\s+(?:project|procedure|mode)"
    # 2021-2027: "wybrany w sposób niekonkurencyjny", "w naborze niekonkurencyjnym"
    r"|(?<!\w)(?:sposób|sposobie|nabor\w*|projekt\w*)\s+(?P<nk>niekonkurencyjn|konkurencyjn)\w*",
    re.IGNORECASE,
)
_EN_TYPES = {
    "non-competitive": "pozakonkursowy",
    "competitive": "konkursowy",
    "systemic": "systemowy",
}
# the 2021-2027 words for the two selection modes
_NEW_TYPES = {"niekonkurencyjn": "pozakonkursowy", "konkurencyjn": "konkursowy"}


_TYPE_VALUE = re.compile(
    r"(?P<t>systemow|pozakonkursow|konkursow)\w*|(?P<en>non-competitive|competitive)"
    r"|(?P<nk>niekonkurencyjn|konkurencyjn)\w*",
    re.IGNORECASE,
)


def _type_of(m: re.Match[str]) -> str:
    """The contract's project type for a match of _TYPE_RE or _TYPE_VALUE."""
    if m.group("en"):
        return _EN_TYPES.get(m.group("en").lower(), "konkursowy")
    if m.group("nk"):
        return _NEW_TYPES[m.group("nk").lower()]
    return (m.group("t") or (m.groupdict().get("t2") or "")).lower() + "y"


@cache
@case_free_results
def _competitive_call_re() -> re.Pattern[str]:
    words = "|".join(f"(?:{p})" for p in vocabulary()["project_type_words"]["competitive_call"])
    return re.compile(fold(words), re.IGNORECASE)


@cache
@case_free_results
def _other_competition_re() -> re.Pattern[str]:
    words = "|".join(f"(?:{p})" for p in vocabulary()["project_type_words"]["other_competition"])
    return re.compile(fold(words), re.IGNORECASE)


def chosen_in_a_call(text: str, low: str | None = None) -> bool:
    """Whether the text says the project was chosen in a call for proposals, not that an art
    contest was held or a partner was chosen in one: a call wording of data/vocabulary.yaml
    (project_type_words.competitive_call) with no other kind of competition near it, or else
    "konkurs" near a word of grant-making (``low``: the text lower-cased, if already at hand).

    >>> chosen_in_a_call("Wniosek przeszedł ocenę w II rundzie konkursu ogłoszonego przez WUP.")
    True
    >>> chosen_in_a_call("Partnera projektu wyłoniono w konkursie ofert.")
    False
    """
    for m in _competitive_call_re().finditer(text):
        near = text[max(0, m.start() - 60) : m.end() + 40]
        if not _other_competition_re().search(near):
            return True
    return _konkurs_near_grant_making(text.lower() if low is None else low)


_KONKURS = re.compile(r"\bkonkurs\w*")


@cache
def _konkurs_context_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The grant-making words, the other kinds of contest and a partner's selection
    (data/vocabulary.yaml project_type_words), for text already lower-cased."""
    words = vocabulary()["project_type_words"]

    def alternation(key: str) -> str:
        return "|".join(f"(?:{p})" for p in words[key])

    return (
        re.compile(fold(alternation("konkurs_grant_making"))),
        # (tried with .match at the word: no "^", which would only match at the text's start)
        re.compile(fold(rf"\w*\s+(?:{alternation('konkurs_other_kind')})")),
        re.compile(fold(alternation("konkurs_partner_chosen"))),
    )


def _konkurs_near_grant_making(low: str) -> bool:
    grant_making, other_kind, partner_chosen = _konkurs_context_res()
    for m in _KONKURS.finditer(low):
        if other_kind.match(low, m.start()) or partner_chosen.search(
            low[max(0, m.start() - 50) : m.start()]
        ):
            continue
        if grant_making.search(low[max(0, m.start() - 40) : m.end() + 40]):
            return True
    return False


def extract_project_type(doc: Doc) -> dict[str, Found]:
    for raw, u in labelled(doc, "project_type"):
        if doc.is_foreign(u):
            continue  # "Typ naboru: systemowy" in the box about an earlier project
        m = _TYPE_VALUE.search(raw[:60])
        if m:
            return {"project_type": Found(_type_of(m), u, 3)}
    found: dict[str, Found] = {}
    for u, low in zip(doc.units, doc.lower):
        if doc.is_foreign(u) or (
            "systemow" not in low
            and "konkursow" not in low
            and "competitive" not in low
            and "systemic" not in low
            and "konkurencyjn" not in low
        ):
            continue
        for m in _TYPE_RE.finditer(u.text):
            t = _type_of(m)
            found.setdefault(t, Found(t, u))
    if len(found) == 1:
        return {"project_type": next(iter(found.values()))}
    if len(found) > 1:
        doc.problems.append(f"several project types stated ({', '.join(sorted(found))}); left null")
        return {}
    for u, low in zip(
        doc.units, doc.lower
    ):  # chosen in a call for proposals: a competitive project
        if (
            ("konkurs" in low or "call" in low or "competi" in low or "chosen" in low)
            and "pozakonkurs" not in low
            and not doc.is_foreign(u)
            and chosen_in_a_call(u.text, low)
        ):
            return {"project_type": Found("konkursowy", u, 1)}
    return {}


# --------------------------------------------------------------------------- title & implementer

# a quoted phrase; a title may quote a name inside it: „Utworzenie placówki „Przystań” w Rzeszowie”
_QUOTED_RE = re.compile(
    # (a quote may run over one wrapped line: "…społeczną\nw powiecie …")
    # (or a name quoted inside it, in the same marks or in others: "„Klub „Senior” w Zbójnie”",
    # "„Klub «Senior» w Zbójnie”", "„Klub "Senior" w Zbójnie”")
    r"„([^„”\n]{2,120}(?:„[^„”\n]{1,80}”|«[^„”«»\n]{1,80}»|\"[^„”\"\n]{1,80}\"|“[^„”“\n]{1,80}”)[^„”\n]{0,120})”"
    # (a closing ” may open it, ″ close it: "pt.: ”Uwierz w siebie”", "„Wspólna droga″")
    # (or before a capitalised word when the opening is a „: "„Aktywni w Gminie\nLipnica”")
    r"|(?:[„\"“«]|(?<!\w)”)((?:[^„\"“”«»″\n]|\n(?=[a-ząćęłńóśźż])){3,300}?)[”\"“»″]"
    r"|„((?:[^„\"“”«»″\n]|\n(?=[A-ZĄĆĘŁŃÓŚŹŻa-ząćęłńóśźż])){3,300}?)”"
    # single quotes, straight or curly: 'Krok po kroku', ‘Your future is in your hands’
    # (or a straight opening with a curly double closing: "pod nazwą 'Razem w gminie” …")
    # (or low-high single ones, as Polish typesetting writes them: ‚Razem raźniej‘)
    r"|(?<!\w)['‘‚]([A-ZĄĆĘŁŃÓŚŹŻ][^'‘’”„‚\n]{2,120}?)['’”‘](?!\w)"
    # quotes an encoding turned into "?": "projekt ?Razem dla rodziny?, w którym …" (kept only
    # with a cue)
    # (a dash lost the same way stands as " ? " inside: "?Czas na CUS ? utworzenie …?")
    r"|(?<=\s)\?([A-ZĄĆĘŁŃÓŚŹŻ][^?\n„”\"]{2,150}?(?:\s\?\s[^?\n„”\"]{3,150}?)?)\?(?=[\s,.;:)]|$)"
    # guillemets the other way round, as German and some Polish typesetting writes them: »X«
    r"|»([^«»\n]{3,200}?)«"
    # a low double opening closed by a single high one: „Razem w gminie’ (a slip of typesetting)
    r"|„([A-ZĄĆĘŁŃÓŚŹŻ][^„\"“”«»″’\n]{2,200}?)’(?!\w)"
    # a » opening, a double closing: "pn. »Razem w gminie”" (never a » closing: a breadcrumb's
    # "Projekty » Projekty zakończone » Rok 2009" is no quote)
    r"|»[^\S\n]?([^„\"“”«»″\n]{3,200}?)[”\"“″]"
)
_QUOTE_HINT = re.compile(r"[„\"“”«'‘‚]")
_TITLE_CUE_BEFORE = re.compile(
    r"(?:projek(?:t\w*|cie)(?:\s+(?:systemow|konkursow|pozakonkursow|partnersk|unijn|innowacyjn|socjaln|grantow|pilotażow|europejsk)\w*)?|pod\s+nazwą|pod\s+tytułem|tytułem|zatytułowan\w*|noszą\w*\s+(?:nazwę|tytuł)|pod\s+hasłem|pn\.|p\.n\.|pt\.|p\.t\.|(?<!\w)p[nt](?=\s*:)|nazwie|programu|tytuł\w*(?:\s+projektu)?\s+(?:to|brzmi)|(?:the\s+)?project)\s*(?:pn\.|pt\.)?\s*[:–-]?\s*$",
    re.IGNORECASE,
)


@cache
def _title_cue_after_re() -> re.Pattern[str]:
    """What right after a name says it is a project's (`titles.name_cues_after`: "to nazwa
    projektu", "taką nazwę nosi", "jest jednym z projektów") or some undertaking's
    (`titles.undertaking_cues_after`: "to jedno z zadań"), from the name's end."""
    return re.compile(
        r"^\s*(?:[-–—]\s*)?(?:"
        + _title_vocabulary_re("name_cues_after").pattern
        + "|"
        + _title_vocabulary_re("undertaking_cues_after").pattern
        + ")",
        re.IGNORECASE,
    )


# "programu aktywizacji „Bądźmy aktywni”, realizowanego w ramach …": a name said to be carried
# out or funded is the project's
_TITLE_FUNDED_AFTER = re.compile(
    fold(
        r"\s*[,–-]?\s*(?:(?:jest|był|będzie)\s+)?(?:realizowan|współfinansowan|dofinansowan|finansowan)\w*"
        # EU money only: "finansowanego ze środków PFRON" names a national programme, not the project
        r"\s+(?:w\s+ramach\s+(?:\w+\s+)?(?:regionaln|program|rpo|po\b|działani|poddziałani|osi|priorytet|fers|fundusz)"
        r"|ze?\s+(?:środków\s+)?(?:unii|ue\b|efs|europejsk|fundusz\w*\s+europejsk))"
    )
    + r"|\s*,?\s*(?:co-?financed|funded)\s+(?:by|from|under)\s+(?:the\s+)?(?:EU|European|ESF)",
    re.IGNORECASE,
)
_CODE_BEFORE = re.compile(  # ([\dIVXivx.]: both cases, as IGNORECASE reads it; a case-free twin)
    r"(?:priorytet\w*|oś\w*|osi|działani\w*|poddziałani\w*)\s+[\dIVXivx.]+\s*$", re.IGNORECASE
)
_TITLE_LABEL = re.compile(r"^\s*(?:tytuł|nazwa)\s+projektu\s*:?\s*", re.IGNORECASE)
# the label opening a later line of a unit, its separator after it ("Tytuł projektu – X")
_TITLE_LABEL_LINE = re.compile(
    r"(?<=\n)(?=(?i:tytuł|nazwa)\s+projektu\s*(?::|[–—|-])\s*\S)", re.IGNORECASE
)
# "Projekt: Pomocna dłoń", "Project | Step by Step": the bare word as a label (a candidate, not a
# decision: "Projekt: współfinansowany …" or a number is no title)
_PROJECT_LABEL = re.compile(r"^\s*(?:projekt|project)\s*(?::|\|)\s*", re.IGNORECASE)
_QUOTED_LINE = re.compile(r"[„\"“]([^„”\"“\n]{3,250})[”\"“]\.?[ \t]*\n")


_NOT_A_TITLE = re.compile(
    fold(r"(?:współ)?(?:finansowan|realizowan|dofinansowan|zakończon|w\s+trakcie|nr\b)"),
    re.IGNORECASE,
)


# what may follow a title in its label's value: the project's number ("„X” nr RPSL.09…",
# "X (POWR.02.05…)"), a funding clause ("X współfinansowany ze środków …")
_TITLE_TAIL = re.compile(
    r"(?:\s+|\s*[,–]\s*)(?:\(?(?:nr|numer|no\.)\s*(?:projektu\s*)?:?\s*)?\(?[A-Z]{2,}[.-]?\d{2}\.\d{2}.*$"
    # (the word "projekt" may open the clause: "X – projekt współfinansowany ze środków …")
    + r"|\s*[,–-]?\s*(?:projekt\w*\s+)?(?:(?:jest|był|będzie)\s+)?(?:współ|do)?finansowan\w*\s+(?:ze?|przez|w\s+ramach)\b.*$"
    # what the project does, said after its name: "X realizowany przez GOPS …", "X realizowany w
    # ramach RPO …"
    + r"|\s*[,–-]?\s*(?:projekt\w*\s+)?(?:(?:jest|był|będzie)\s+)?(?:realizowan|prowadzon)\w*\s+(?:przez|w\s+ramach"
    r"|w\s+okresie|w\s+latach|od|na\s+terenie)\b.*$",
    re.IGNORECASE,
)
_QUOTED_START = re.compile(r"[„\"“]([^„”\"“\n]{3,250})[”\"“]")


# what after a quoted name in a label's value goes on about it: a comma, a word in lower case of
# four letters or more ("„X” realizowany przez …", "„X”, współfinansowany …"; "„X” w Y" and
# "„X” – II edycja" stay whole)
# (or a sentence that opens after it, the line breaks lost: "„X” Projekt jest współfinansowany …")
_CLAUSE_AFTER_QUOTE = re.compile(
    r"\s*(?:,|\s(?=[a-ząćęłńóśźż]{4,})|\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+\s+[a-ząćęłńóśźż]))"
)


_VALUE_OPENING = re.compile(
    r"^(?:(?:to|brzmi|jest)\b\s*:?\s*|(?:nr\.?\s*)?[A-Z]{2,}[.-]?\d{2}\.\d{2}[\w./-]*\s+(?=[„\"“]))"
)


def _label_value_bounds(raw: str) -> str:
    """A labelled title's own words: cell separators before it ("| X"), a quoted name at its start
    taken alone ("„X” nr RPSL.09…"), the project's number and a funding clause after it cut off."""
    value = raw.lstrip(" |:–-\t")
    # the label's sentence going on before the name ("Tytuł projektu to „X”", "Nazwa projektu
    # brzmi: X") and the project's number before a quoted name ("RPLD.09.01.01-10-0001/17 „X”")
    value = _VALUE_OPENING.sub("", value)
    quoted = _QUOTED_START.match(value)
    if quoted and (
        _TITLE_TAIL.match(value, quoted.end()) or _CLAUSE_AFTER_QUOTE.match(value, quoted.end())
    ):
        # "„X” nr RPSL.09…", "„X” realizowany przez …": the name without what follows it
        return quoted.group(1)
    return _TITLE_TAIL.sub("", _first_line_wrapped(value)) or value


def _first_line_wrapped(value: str) -> str:
    """A value's first line with the lines that go on its phrase ("Aktywizacja osób" /
    "zagrożonych wykluczeniem w Gminie X": a line in lower case after one that ended no
    sentence)."""
    first, *rest = value.split("\n")
    while rest and rest[0][:1].islower() and first.rstrip()[-1:] not in ".!?:;" and first.strip():
        first = first.rstrip() + " " + rest.pop(0).strip()
    return first


# a title label's value that opens with its own cue before the quoted name ("Nazwa zadania:
# Projekt pod nazwą: „X”", "Tytuł: projekt pn. „Y”"): the cue's words, then the quote
_CUED_QUOTE_IN_VALUE = re.compile(
    r"^(?P<cue>[^„\"“\n]{2,40}?)[„\"“](?P<name>[^”\"“\n]{3,250})[”\"“]"
)


def _title_value(raw: str) -> str | None:
    cued = _CUED_QUOTE_IN_VALUE.match(raw.strip())
    if cued and _TITLE_CUE_BEFORE.search(cued.group("cue").rstrip()):
        raw = cued.group("name")
    quoted = _QUOTED_LINE.match(raw + "\n")  # a quoted title on its line, the next paragraph joined
    value = quoted.group(1) if quoted else _label_value_bounds(raw)
    value = compact(value).strip(' „”"“.,;')
    if (
        re.search(r"\b[A-Z]{2,}[.-]?\d{2}\.\d{2}", value)
        or (re.fullmatch(r"[A-Z0-9./-]+", value) and re.search(r"\d", value))  # "FMP-0347-20"
        or _NOT_A_TITLE.match(value)
        or (value[:1].islower() and not re.match(r"[a-z]-\w", value))  # "e-Aktywni" is a title
    ):
        # "Projekt: RPLD.09.01.01-10-0001/19", "Projekt: współfinansowany …", "Projekt – w ramach …"
        return None
    return value if 3 <= len(value) <= 250 and not value[:1].isdigit() else None


_GENERIC_HEADING = re.compile(
    fold(
        r"aktualno|projekt(?:y|ów)?$|kontakt|strona\s+główna|menu|informacj|ogłoszeni|news|home|o\s+nas|archiwum"
        r"|regulamin|dokument|galeri|ośrod|pomocy\s+społecznej|mops|mopr|gops|urząd|miasto|gmina|bip|fundusze|unia"
        r"|program|podsumowani|zadania|cel|rezultat|wsparci|kiedy|gdzie|dla\s+kogo|uczestni|budżet|harmonogram"
        r"|financed|finansowan|project\s+in\b|close|zamknij|akceptuj|accept|cookie|czytaj|więcej|read\s+more|share"
        r"|udostępnij|drukuj|print|wersja|search|szukaj|przejdź|skip\s+to|zaloguj|logowani|wyszukiw|ułatwieni|dostępnoś"
        r"|kontrast|czcionk|język|biuletyn|serwis|portal|witamy|welcome|(?:miejsk|gminn|powiatow|regionaln)\w*\s+(?:ośrod|centrum)"
        # a record's section heading over its rows: "Opis projektu", "Dane projektu", "Karta projektu"
        r"|opis\b|dane\b|kart[ay]\b|szczegół|o\s+projekcie|project\s+(?:details|description|data)|about\b"
        # a news item's event: "Spotkanie informacyjno-rekrutacyjne", "Rekrutacja uczestników"
        r"|rekrutacj|nabór|spotkani|konferencj|szkoleni|piknik|wycieczk|zaprosz|zapraszam|wydarzeni|relacj"
        # a portal's section: "European Commission Topic"
        r"|european\s+commission|komisj\w*\s+europejsk"
    ),
    re.IGNORECASE,
)
_HEADING_SHAPE = re.compile(r"^[„\"“]?[A-ZĄĆĘŁŃÓŚŹŻ][^.!?:|\n]{2,120}?[”\"“]?$")
_NOT_IN_HEADING = (".", "!", "?", ":", "|", "·")  # "·": a footer's run of links


_BREADCRUMB = re.compile(r"\s[›»>/]\s")
# "Daleszyce: „…”", "Skarżysko – Kamienna: „…”", "Nowa Dęba: „…”"
_TOWN_PREFIX = re.compile(
    r"^[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+(?:\s?[–-]\s?[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+|\s[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+)?:\s*(?=[„\"“])"
)


# the kind of project between the word and its name: "projekt systemowy X", "Projektu Partnerskiego X"
_PROJECT_KIND = r"(?:[ \t]+(?:[Ss]ystemow|[Pp]artnersk|[Kk]onkursow|[Pp]ozakonkursow|[Uu]nijn|[Ii]nnowacyjn|[Ss]ocjaln|[Pp]ilotażow)\w*)?"


# a heading's words before a name without quotes: a town ("Cybinka: Opiekuńcze skrzydła"), the word
# "projekt" with its kind ("Projekt systemowy – Człowiek …", "Projekt Nowe horyzonty"), "O projekcie /
# O programie" ("O programie PAS – ja")
_PLACE_BEFORE_NAME = re.compile(
    r"^(?P<place>[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+(?:\s?[–-]\s?[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+|\s[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+)?):\s+"
    r"(?=[A-ZĄĆĘŁŃÓŚŹŻ])"
)
_PROJECT_BEFORE_NAME = re.compile(
    r"^(?:(?i:o)[ \t]+)?(?i:projek(?:t|cie)|programie)"
    + _PROJECT_KIND
    + r"(?:[ \t]+(?:pn\.|pt\.))?(?:[ \t]*[:–—-][ \t]*|[ \t]+)(?=[A-ZĄĆĘŁŃÓŚŹŻ])"
)


def _heading_name(line: str) -> tuple[str, bool]:
    """A heading line without the words a site writes before the name: a town before a quoted
    name or (a town the gazetteer knows) before an unquoted one, "Projekt [systemowy] –", "O
    programie"; with whether the heading said "projekt" before the name."""

    line = _TOWN_PREFIX.sub("", line)
    m = _PLACE_BEFORE_NAME.match(line)
    if m and place_voivodeships(re.sub(r"\s?[–-]\s?", "-", m.group("place"))):
        line = line[m.end() :]
    m = _PROJECT_BEFORE_NAME.match(line)
    if m and len(line[m.end() :].split()) >= 2:
        # the name to its predicate or funding clause ("Projekt X zakończony", "Projekt X,
        # współfinansowany ze środków …")
        name = _unquoted_value(line[m.end() :])
        if name:
            return name, "rojek" in m.group().lower()
    return line, False


def _heading_lines(doc: Doc):
    """(position, unit, line, whether it said "projekt" before the name, breadcrumb parent, line
    number in the unit) for the short lines near
    the top of the page: each line of a unit (a heading merged with its paragraph gives two; a heading broken over two lines
    gives them joined), and the last step of a breadcrumb (with the step before it; "" for other
    lines)."""
    for pos, u in enumerate(doc.units[:40]):
        if u.is_row and pos < 5 and "\n" not in u.text and u.text.count("|") <= 3:
            # a page's name between its section's and site's ("X | Aktualności | GOPS Y"), read
            # as a table's row: the heading rule cuts the site's parts off (`_site_parts_cut`)
            yield pos, u, u.text.strip(), False, "", 0
            continue
        if u.is_item or u.is_row:
            continue
        lines = u.text.split("\n")
        joined = False
        for n, line in enumerate(lines):
            line = line.strip()
            if not line or (n == 1 and joined):  # the second half of a heading broken in two
                continue
            if n + 1 < len(lines) and (
                lines[n + 1][:1].islower()
                or capitals_go_on(line, lines[n + 1].strip())
                or DASH_AT_END.search(line) is not None
            ):
                if n == 0 and _heading_goes_on(lines):
                    # a heading broken over two lines ("Krok do przodu –\naktywizacja …")
                    joined = True
                    yield pos, u, *_heading_name(line + " " + lines[1].strip()), "", n
                continue  # a line of wrapped prose, the sentence going on below it
            if ("›" in line or "»" in line or ">" in line or "/" in line) and _BREADCRUMB.search(
                line
            ):
                steps = _BREADCRUMB.split(line)
                yield pos, u, *_heading_name(steps[-1].strip()), steps[-2].strip() or "›", n
                for parent, step in itertools.pairwise(steps[:-1]):
                    if _PROJECTS_STEP.search(parent):  # "Projekty › Krok do przodu › Rekrutacja"
                        yield pos, u, step.strip(), False, parent.strip(), n
            else:
                yield pos, u, *_heading_name(line), "", n


def _heading_goes_on(lines: list[str]) -> bool:
    """The unit's first two lines are one heading: the second is short, ends without a full stop,
    and a blank line (or the unit's end) follows it."""
    second = lines[1].strip()
    return (
        len(second) <= 60
        and second[-1:] not in ".!?;,:"
        and (len(lines) == 2 or not lines[2].strip())
    )


# a breadcrumb's step that lists projects: the step after it names one ("Projekty › Krok do przodu")
# (a list of projects, not one project's section: "Opis projektu › Beneficjenci")
_PROJECTS_STEP = re.compile(
    fold(r"projekty\b|projects\b|\befs\b|unijn|\bue\b|\beu\b|fundusz\w*\s+europejsk"), re.IGNORECASE
)


_NOT_HEADING_TITLE = re.compile(
    fold(
        r"^(?:fundacj|stowarzysz|ośrod|gmin|powiat|urząd|starostw|spółdziel|caritas|parafi"
        r"|miejsk|gminn|miejsko|powiatow|województw)\w*\b"
        # a headline about a centre named by its abbreviation and seat ("OPS w X po raz trzeci …");
        # (the class lists both cases, as IGNORECASE reads it: so the pattern has a case-free twin)
        r"|^(?:[MGmg]?OPS|MGOPS|MOPR|PCPR|CUS)\s+we?\s"
        # the site's name: "FIDEES – Fundacja Idee Społeczne", "Razem – Stowarzyszenie X"
        r"|\s[–—-]\s+(?:fundacj|stowarzysz|towarzystw)\w*\b"
        r"|\b(?:jest|są|był[aoy]?|będzie|będą|potrwa|potrwają|został[aoy]?|zostanie|zostaną"
        r"|przewidzian[aoy]?|odbył[aoy]?|odbędzie)\b"
    ),
    re.IGNORECASE,
)
_HEADING_SUFFIX = re.compile(
    fold(
        r"\s+[–—-]\s+(?:projekt\w*|informacj\w*|zakończeni\w*|podsumowani\w*|rekrutacj\w*|realizacj\w*"
        r"|ruszył\w*|startuj\w*|nabór"
        # the site's furniture: "X – serwis projektu", "X – strona internetowa projektu"
        r"|serwis\w*|stron\w*|portal\w*|witryn\w*)\b[^„”\"]*$"
    ),
    re.IGNORECASE,
)


# a heading's suffix that calls the name before it a project: "X – projekt realizowany przez …"
_PROJECT_SUFFIX = re.compile(r"\s+[–—-]\s+projekt(?:|u|em)\b", re.IGNORECASE)


@cache
def _heading_tail_re(role: str = "heading_tail_nouns") -> re.Pattern[str]:
    """A heading's furniture after its name, a word or two before its noun
    (`titles.heading_tail_nouns`: "X – oficjalny serwis miasta", "X – unijny projekt"), or a
    call's (`titles.heading_call_nouns`: "X – pilotażowy konkurs")."""
    return re.compile(
        r"\s+[–—-]\s+(?:[\w-]+\s+){0,2}?(?:" + _title_vocabulary_re(role).pattern + r")\b[^„”\"]*$",
        re.IGNORECASE,
    )


# a headline about a project, the word "projekt" after a word or two that describe it
# ("Zakończony projekt MOPS", "Nowy projekt dla seniorów", "Unijny projekt w gminie"), where a
# name would not hold the bare word (a name's kind comes after a dash: "X – Projekt Systemowy")
_PROJECT_WORD_INSIDE = re.compile(
    r"^(?!(?i:o)\s)[\w-]+(?:\s+[\w-]+)?\s+(?i:projekt(?:|u|y|ów|em|cie))\b"
    # or "Projekt [systemowy] zrealizowany przez …": a sentence about the project, its participle
    r"|^(?i:projekt\w*(?:\s+[\w-]+)?\s+(?:z?realizowan|współfinansowan|dofinansowan|finansowan"
    r"|prowadzon|skierowan|adresowan)\w*)\b"
)


@dataclass(frozen=True)
class _TitleCandidate:
    """One place where the page may name its project: the value, its unit, the evidence's kind
    (heading, quoted, unquoted) and score, and where it stands (the unit's index)."""

    value: str
    unit: Unit
    kind: str
    score: float
    pos: int


def _footer_text(doc: Doc) -> str:
    """The page's last short lines, lower-cased: the footer, where the site repeats its own name
    (a line about the project, "Projekt „X” współfinansowany …", is no site name)."""
    lines = doc.text.rstrip().lower().split("\n")[-3:]
    return (
        "\n".join(line for line in lines[1:] if len(line) <= 150 and not _PROJECT_WORD.search(line))
        if len(lines) > 1
        else ""
    )


# a relative clause inside a noun phrase ("support for people who are dependent", "dla osób, które
# wychodzą z kryzysu"): its verb is the clause's, not a headline's; up to a comma or the end
_RELATIVE_CLAUSE = re.compile(
    r",?\s+(?:who|which|that|któr(?:y|a|e|zy|ych|ym|ymi|ego|ej|ą))\b[^,;:]*", re.IGNORECASE
)


def _headline_sentence(value: str) -> bool:
    """A news headline written as a sentence ("W gminie X ruszy nowy projekt"): it has a finite
    verb (morfeusz2), where a title is a noun phrase or an imperative; a relative clause's verb
    does not count ("… for people who are dependent")."""
    value = _RELATIVE_CLAUSE.sub("", value)
    return (
        has_finite_verb(value)
        or has_impersonal_verb(value)
        or (
            # an English headline: its verbs, where no Polish letter says the words are Polish
            not _POLISH_LETTER.search(value) and _english_headline_re().search(value) is not None
        )
    )


_POLISH_LETTER = re.compile(r"[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]")


@cache
def _english_headline_re() -> re.Pattern[str]:
    # whole words, case as written ("Is" opens no title; "IS" in capitals is no English verb)
    return re.compile(
        r"(?<![\w'’])(?:" + _title_vocabulary_re("english_headline_verbs").pattern + r")(?![\w'’])"
    )


def _over_field_rows(doc: Doc, pos: int) -> bool:
    """The unit after `pos` is a field's "label: value" row ("Beneficjent: Gmina X")."""
    labels = doc.label_values()
    nxt = labels[pos + 1] if pos + 1 < len(labels) else None
    return nxt is not None and is_field_label(nxt[0])


# a full stop or an exclamation mark inside a name ("STOP COVID-19. Bezpieczne …", "Klub przy
# Klasztorze OO. Dominikanów", "Działaj! – aktywizacja …"), or "!" at its end ("Młodzi duchem!")
_NAME_MARK = re.compile(r"[.!](?=[ \t]+[\w„\"“–—-])|!$")


# a project's number or programme after its name in a heading: "X (RPLU.11.01.00-06-0011/19)",
# "X (nr POWR.02.05…)", "X (RPO WL 2014-2020)", "X – RPO WL 2014-2020", "X – PO KL 7.1.1"
_HEADING_CODE_TAIL = re.compile(
    r"\s*\((?:nr\s+|numer\s+)?[A-Z]{2,}[.-]?\d{2}\.[^()]*\)$"
    r"|\s*(?:\(|[–—-]\s+)(?:RPO|PO\s?WER|PO\s?KL|POKL|FERS|FEDS|EFS\+?|FE\s?[A-Z]\w*)\b[^()„”\"]*\)?$"
)


# a clause after a comma that goes on about a name: the line is a sentence's part, no heading
_CLAUSE_AFTER_NAME = re.compile(
    fold(
        r",\s+(?:któr\w+|(?:współ|do)?finansowan\w*|realizowan\w*|prowadzon\w*|skierowan\w*"
        r"|adresowan\w*)\b"
    ),
    re.IGNORECASE,
)


# a name that opens with the support it gives ("Wsparcie rodzin w Gminie X", "Wsparcie osób
# niesamodzielnych …"): three words at least, where a section's "Wsparcie" stands alone
# (a heading in capitals too: "WSPARCIE OPIEKUNÓW DLA SENIORÓW")
_SUPPORT_OF_NAME = re.compile(
    r"(?:Wsparcie|WSPARCIE)\s+(?!(?i:dla\s+uczestni|uczestni|w\s+ramach|projektu))\w+\s+\w"
)


def _has_finite_verb(value: str) -> bool:

    return has_finite_verb(value)


def _over_record_rows(doc: Doc) -> bool:
    """One of the three units after the first is a field's "label: value" row (a record's
    fields under its heading, "project info" or a sentence between)."""
    labels = doc.label_values()
    return any(lv is not None and is_field_label(lv[0]) for lv in labels[1:4])


# the marks a record's heading may hold: a colon before its subtitle, "!" or "?" at its end, a
# full stop inside
_RECORD_HEAD_MARK = re.compile(r"(?<=\w):(?=[ \t]+\w)|[!?]$|[.!?](?=[ \t]+[\w„\"“–—-])")


def _name_marks_masked(text: str, low_text: str) -> str:
    """A heading line with the full stops and exclamation marks of a name taken out, where the
    line reads as a name rather than sentences: it stands quoted on its own line, or the page
    writes the whole line again (a name it repeats, not a headline told once). Otherwise the
    line as it is (its marks keep it from being a heading)."""
    bare = text.strip('„”"“ ')
    quoted = text[:1] in '„"“' and text[-1:] in '”"“'
    if len(bare) < 4 or not (quoted or low_text.count(bare.lower()) >= 2):
        return text
    return _NAME_MARK.sub("", text)


# a capitalised word after a heading's first one ("Badanie Potrzeb Seniorów")
_INNER_CAPITAL = re.compile(r"(?<=\s)[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]{2,}")


def _after_a_code(text: str, value: str) -> bool:
    """The text writes `value` right after a measure's or an axis's code ("Działanie 7.1.
    Rozwój i upowszechnianie …", "Priorytet VII Promocja …"): the measure's name, no project's."""
    i = text.find(value)
    while i >= 0:
        if _CODE_BEFORE.search(text[max(0, i - 50) : i]):
            return True
        i = text.find(value, i + 1)
    return False


def _sentence_runs_on(doc: Doc, pos: int) -> bool:
    """The unit before `pos` is a sentence (four words at least) that ends with a title's cue
    ("… na zadanie pn.", "… spotkanie podsumowujące projekt"): the unit at `pos` goes on with the
    cue's name, no heading of its own."""
    prev = doc.units[pos - 1].text.rstrip().rsplit("\n", 1)[-1]  # its last line ("Opis projektu"
    # over a paragraph is a heading, no sentence)
    return len(prev.split()) >= 4 and _TITLE_CUE_BEFORE.search(prev[-60:]) is not None


# where a heading's parts meet: "X | Aktualności | GOPS Y", "X – MOPS w Y", "X :: Z", "X · Z"
_HEADING_PART_SEPARATOR = re.compile(r"\s+[|–—-]\s+|\s*::\s*|\s+·\s+")


def _site_part(part: str, masthead: str) -> bool:
    """A heading's part that names the site or its section (`titles.heading_site_parts`: "MOPS w
    Y", "Aktualności", "mops.y.pl"), or writes the page's masthead again."""
    part = part.strip()
    return bool(part) and (
        part.lower() == masthead
        or _title_vocabulary_re("heading_site_parts").fullmatch(part) is not None
    )


def _site_parts_cut(text: str, masthead: str) -> tuple[str, bool]:
    """A heading without the parts that name its site or section: after its last dash
    ("Aktywni razem – Miejski Ośrodek Pomocy Społecznej w Radomiu"), or on either side of a "|"
    ("Razem w przyszłość | Aktualności | GOPS Kije": one part left); with whether any was cut."""
    if "|" in text:
        parts = [p.strip() for p in text.split("|")]
        kept = [p for p in parts if not _site_part(p, masthead)]
        if len(kept) == 1 and len(kept) < len(parts):
            return kept[0], True
        return text, False
    if not (_has_dash(text) or "::" in text or "·" in text):
        return text, False  # (no separator the pattern finds)
    cut = False
    while True:
        seps = list(_HEADING_PART_SEPARATOR.finditer(text))
        if not seps or not _site_part(text[seps[-1].end() :], masthead):
            return text, cut
        text, cut = text[: seps[-1].start()].rstrip(), True


def _has_dash(text: str) -> bool:
    return "-" in text or "–" in text or "—" in text


def _heading_candidates(doc: Doc) -> list[_TitleCandidate]:
    """Page headings that may name the project: a short stand-alone line (an <h1>, a capitalised or
    quoted line, the last step of a breadcrumb) that the page repeats elsewhere, or that stands
    quoted on its own line, or the page's first heading. The site's own name (repeated in the
    footer) and a headline written as a sentence are no title."""
    counts: dict[str, int] = {}
    low_text = doc.text.lower()
    low_body = "\n".join(
        line
        for line in low_text.split("\n")
        # (the breadcrumb's separators first: the pattern needs one)
        if not (
            ("›" in line or "»" in line or ">" in line or "/" in line) and _BREADCRUMB.search(line)
        )
    )
    page_title = doc.page_title.lower()
    footer = _footer_text(doc)
    out: list[_TitleCandidate] = []
    masthead = next((line.strip().lower() for line in doc.text.split("\n") if line.strip()), "")
    for pos, u, text, said_project, crumb, line_no in _heading_lines(doc):
        if _heading_tail_re("heading_call_nouns").search(text):
            continue  # "X – pilotażowy konkurs": a call's page
        # "X – MOPS w Y", "X | Aktualności | GOPS Z": the page's name beside its site's, as a
        # page's own heading writes it
        text, site_cut = _site_parts_cut(text, masthead)
        # "RAZEM DLA RODZINY – projekt MOPS w Kutnie" (the suffix opens with a dash)
        suffix = _HEADING_SUFFIX.search(text) if _has_dash(text) else None
        if suffix:
            # (the heading says the name before it is a project's: "X – projekt realizowany przez …")
            said_project = said_project or _PROJECT_SUFFIX.match(suffix.group()) is not None
            text = text[: suffix.start()]
        text = _heading_tail_re().sub("", text)  # "X – oficjalny serwis miasta"
        if "(" in text or _has_dash(text):  # (the code's tail opens with one or the other)
            text = _HEADING_CODE_TAIL.sub("", text)  # "Krok dalej (RPLU.11.01.00-06-0011/19)"
        if (
            line_no == 0
            and text.endswith(".")
            and text.count(".") == 1
            and not text.endswith(" r.")
        ):
            if len(text.split()) > 10:
                continue  # a sentence of ten words and more opening the text, no heading
            text = text[:-1]  # a heading's own full stop ("Krok do przodu – aktywizacja seniorów.")
        # the shape matches at most 124 characters (quote, capital, 120, quote, newline), none
        # of them ".!?:|" (a name's own "." or "!" aside, `_name_marks_masked`)
        shape = _name_marks_masked(text, low_text) if "." in text or "!" in text else text
        # a record's own heading: an HTML page's first line (its <h1>) over the record's field
        # rows ("Start date: | …"), as on Kohesio or the map of grants: its name as written,
        # marks, years and verbs included ("Young at heart!", "Seniors: active together")
        record_head = (
            pos == 0
            and line_no == 0
            and not crumb
            and bool(doc.page_title)
            and _over_record_rows(doc)
        )
        if record_head:
            shape = _RECORD_HEAD_MARK.sub("", shape)
        if (
            len(text) > 124
            or _any_in(shape, _NOT_IN_HEADING)
            or not (
                _HEADING_SHAPE.match(shape)
                # a heading in lower case that the page's <title> repeats ("the Active Lublin
                # Region", a machine-translated record's name)
                or (
                    text[:1].islower()
                    and len(text) > 3
                    and _HEADING_SHAPE.match(text[0].upper() + text[1:])
                    and text.lower() in page_title
                )
            )
            or len(text.split()) > 15
        ):
            continue
        quoted = text[0] in '„"“' and text[-1] in '”"“'
        if quoted and line_no == 0 and pos > 0 and _sentence_runs_on(doc, pos):
            continue  # "… na zadanie pn." / "„X”.": the cue's name, scored as quoted
        value = text.strip('„”"“ ')
        if not quoted and text.endswith("”") and value.count("„") > value.count("”"):
            value += "”"  # a name ending in a quoted one: "Sieć Świetlic „Wyjdź na pole”"
        words = value.split()
        if (
            _title_vocabulary_re("project_list_heading").search(value)
            or is_field_label(value)
            or _after_a_code(doc.text, value)
            or _programme_name(value)  # "Pomoc żywnościowa", "Program Operacyjny Kapitał Ludzki"
        ):
            # "Projekty zakończone", "Realizowane projekty": a list, not one project; "EU budget",
            # "Okres realizacji" over its value: a field's label
            continue
        if not quoted and (
            _NOT_HEADING_TITLE.search(value)
            or _CLAUSE_AFTER_NAME.search(value)
            or _title_vocabulary_re("news_heading_openings").match(value)
            or _title_vocabulary_re("notice_heading_openings").match(value)
            or _headline_money_re().search(value)
            or (not said_project and _PROJECT_WORD_INSIDE.match(value))
        ):
            # the site's organisation, or a sentence of the news ("Projekt potrwa do …"), or a
            # sentence's end after a name ("X, współfinansowanego ze środków …")
            continue
        if (
            len(value) < 4
            or (re.search(r"\d{4}", value) and not record_head)
            or (
                _GENERIC_HEADING.match(value) and not _SUPPORT_OF_NAME.match(value)
                if len(words) > 2
                else _GENERIC_HEADING.search(value)
            )
        ):
            continue
        key = value.lower()
        if pos <= 2 and key in footer:
            continue  # the masthead the footer repeats: the site's name
        if (
            pos == 0
            and _has_dash(value)
            and _site_name_in_footer(_DASH_SPLIT.split(key)[0], footer)
        ):
            continue  # "Radio X – 98,1 FM" over a footer's "Radio X, ul. …": the site's name
        if key not in counts:
            # (a breadcrumb's last step writes the page's heading again: no repetition of its own)
            counts[key] = low_body.count(key)
            if (
                counts[key] < 2 and len(words) > 4
            ):  # "Pora na aktywność - …" quoted elsewhere by its start
                counts[key] = min(2, low_text.count(" ".join(words[:3]).lower()))
            if not value.isupper() and _INNER_CAPITAL.search(value):
                # a heading with capitals inside that the text repeats only in lower case
                # ("Badanie Potrzeb Seniorów" / "… wyniki badania potrzeb seniorów …"): a common
                # phrase the news is about, not a name (a name keeps its capitals where the page
                # repeats it, whole or by its start)
                cased = doc.text.count(value) + doc.text.count(value.upper())
                if cased < 2 and len(words) > 4:
                    cased = min(2, doc.text.count(" ".join(words[:3])))
                counts[key] = min(counts[key], cased)
        # the page's own heading line (an <h1>), or a record's two-word name over its fields
        first = (
            (
                pos == 0
                or (
                    pos < 3
                    and all(
                        _navigation_row(v) or _DATELINE.match(v.text) or (n == 0 and _masthead(v))
                        for n, v in enumerate(doc.units[:pos])
                    )
                )
            )
            and not crumb
            and (len(words) >= 3 or (len(words) == 2 and _over_field_rows(doc, pos)))
        ) or (site_cut and not crumb and len(words) >= 2)
        under_projects = bool(crumb) and _PROJECTS_STEP.search(crumb) is not None
        if not (
            quoted
            or first
            or under_projects
            or said_project
            or (counts[key] >= 2 and len(words) >= 2)
        ):
            continue
        if not quoted and (_has_finite_verb(value) if record_head else _headline_sentence(value)):
            # (a record's heading in English may read as a sentence: "Together we can do more";
            # a Polish one with a verb is still a headline)
            continue  # "W gminie X powstanie Centrum …": the news, not the project's name
        if value.isupper():  # "AKCJA AKTYWIZACJA": take the casing the page writes elsewhere
            i = low_text.find(key)
            while i >= 0:
                cand = doc.text[i : i + len(key)]
                if not cand.isupper():
                    value = cand
                    break
                i = low_text.find(key, i + 1)
        score = (
            1
            + (counts[key] >= 2) * 0.5
            + quoted * (1.5 if pos < 3 else 1.1 if pos < 10 else 0.5)
            - bool(crumb) * 0.25
        )
        score -= 0.1 if first and not quoted and counts[key] < 2 else 0
        if said_project:  # "Projekt systemowy – X": as an unquoted name after "projekt"
            score = max(score, 1.6)
        out.append(_TitleCandidate(value, u, "heading", score, pos))
    return out


# a news item's date line above its heading ("12.03.2021", "Zielonka, 12.03.2021 r.", "Dodano:
# 2021-03-12", "opublikowano: 12 marca 2021"): no heading of its own
_DATELINE = re.compile(
    r"^\s*(?:(?:[A-ZŁŚŻŹĆ][\w-]+(?:\s+[A-ZŁŚŻŹĆ][\w-]+)?,\s*)|(?i:dodano|opublikowano|data\s+publikacji)\s*:?\s*)?"
    r"(?:dn\.\s*)?(?:\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+[a-ząćęłńóśźż]+\s+\d{4})"
    r"(?:\s*r\.)?(?:,?\s*(?:godz\.\s*)?\d{1,2}:\d{2})?\s*$"
)


_DASH_SPLIT = re.compile(r"\s[–—-]\s")


def _site_name_in_footer(name: str, footer: str) -> bool:
    """Whether a masthead's name before its dash (two words at least) opens a line of the footer
    ("Radio X" / "Radio X, ul. Długosza 5"): the site's own name."""
    return len(name.split()) >= 2 and any(
        line.strip().startswith(name) for line in footer.split("\n")
    )


def _masthead(u: Unit) -> bool:
    """The page's first line that names its site ("Gmina X – oficjalny serwis", "Urząd Miejski w
    Y", "Fundacja Z | BIP"; _SITE_OWNER_LINE, _SITE_OWNER_GENITIVE, _OFFICIAL_SITE_TITLE)."""
    text = u.text.strip()
    return "\n" not in text and bool(
        _SITE_OWNER_LINE.match(text)
        or _SITE_OWNER_GENITIVE.match(text)
        or _OFFICIAL_SITE_TITLE.search(text)
    )


def _navigation_row(u: Unit) -> bool:
    """A site's menu read as a row above the page's heading ("Strona główna | Aktualności |
    Projekty"): short steps, no figures, no label's colon."""
    return (
        u.is_row
        and not any(ch.isdigit() or ch == ":" for ch in u.text)
        and all(len(cell.split()) <= 4 for cell in u.text.split("|"))
    )


@cache
def _title_vocabulary_re(role: str) -> re.Pattern[str]:
    return vocabulary_re("titles", role)


@cache
def _headline_money_re() -> re.Pattern[str]:
    """Money in a heading (`titles.headline_money`: "Ponad milion złotych dla …", "2,1 mln zł
    na …"), as whole words: a headline about a grant, no project's name."""
    return re.compile(
        r"(?<![\w.,])(?:" + _title_vocabulary_re("headline_money").pattern + r")(?!\w)",
        re.IGNORECASE,
    )


@cache
def _name_cue_before() -> re.Pattern[str]:
    return re.compile(
        "(?:" + _title_vocabulary_re("name_cues").pattern + r")\s*[:–-]?\s*$", re.IGNORECASE
    )


def _programme_name(value: str) -> bool:
    return _title_vocabulary_re("programme_names").match(value) is not None


# "projekt" and its owner in the genitive right before a quoted name: "Projekt Miejskiego Ośrodka
# Pomocy Społecznej „X”", "projektu Gminy Y „X”", "projekt MOPS w Z „X”" (capitalised words, with
# "w", "we", "i", "im." between them, up to eight)
_PROJECT_OF_OWNER_BEFORE = re.compile(
    r"\b[Pp]rojek(?:t|tu|cie|tem)\s+(?P<owner>[A-ZŁŚŻŹĆ][\w-]*\.?"
    r"(?:\s+(?:[A-ZŁŚŻŹĆ][\w-]*\.?|w|we|i|im\.)){0,7})\s*$"
)
# the owner's head noun in the genitive, or a body's abbreviation: what makes the words before the
# quote an owner ("Miejskiego Ośrodka …", "Gminy X", "MOPS w Y"), not the title's own first part
# ("projektu Małopolska Sieć Świetlic „Wyjdź na pole”")
_OWNER_HEAD_GENITIVE = re.compile(
    r"\b(?:Ośrodka|Centrum|Gminy|Miasta|Powiatu|Województwa|Urzędu|Fundacji|Stowarzyszenia"
    r"|Towarzystwa|Związku|Spółdzielni|Domu|Zespołu|Parafii|Klubu|Koła|Caritas"
    r"|[MG]?OPS|MGOPS|MOPR|PCPR|CUS|ROPS)\b"
)


# a name after an "e" for electronic, in lower case: „eSenior w gminie”, „e-Aktywni”
_E_NAME = re.compile(r"e-?[A-ZĄĆĘŁŃÓŚŹŻ]")
# a name that opens with a number word's digits or a bracketed prefix: "„3 kroki do pracy”",
# "„(Nie)zależni w Gminie Lubań”" (a figure alone, "„500+”", "„2021”", opens no name)
_OPENING_NAME = re.compile(
    r"(?:\d{1,3}\s+[^\W\d_]{3,}|\([^\W\d_]{2,}\)[^\W\d_]{3,})(?:\s+[^\W\d_]+){1,}"
)


def _foreign_cue_start(doc: Doc, pos: int) -> int:
    """Where the cue that made a unit another project's begins (0 when the unit only goes on
    about that project, or stands under an archive's heading)."""
    m = _FOREIGN_CUE.search(doc.lower[pos])
    return m.start() if m else 0


def _lower_case_project_name(value: str, before: str) -> bool:
    """A quoted name in lower case right after a project word ("projekt „aktywni razem”",
    "projektu pn. „razem łatwiej”"): two words at least ("projekty „miękkie”" is a kind)."""
    return (
        value[0].islower()
        and len(value.split()) >= 2
        and _TITLE_CUE_BEFORE.search(before) is not None
        and _PROJECT_WORD.search(before) is not None
    )


# a sentence that speaks of carrying out a project and ends in a dash before a quoted name ("…
# otrzymała dofinansowanie na realizację projektu w ramach … Programu … na rok 2012 - "X"")
_DASH_NAMES_THE_PROJECT = re.compile(
    r"\b(?:realizacj\w+|wdrażani\w+|prowadzeni\w+)\s+projektu\b[^.!?;:„\"“\n]{0,140}[^\S\n][-–—][^\S\n]*$"
)


def _quoted_candidates(doc: Doc) -> list[_TitleCandidate]:
    """Quoted names with their cue: a title label or "to nazwa projektu" after it (3), "projekt",
    "pn.", "o nazwie" before it or "realizowany w ramach …" after it (2), a quoted name the page
    repeats (1.2). A programme's name is no title."""
    out: list[_TitleCandidate] = []
    for pos, u in enumerate(doc.units):
        if not (_QUOTE_HINT.search(u.text) or "?" in u.text):
            continue
        # a unit about another project: only the names before its cue ("Projekt „X” jest
        # kontynuacją poprzedniego projektu „Y”": X is the page's own)
        limit = _foreign_cue_start(doc, pos) if doc.is_foreign(u) else len(u.text)
        for m in _QUOTED_RE.finditer(u.text, 0, limit):
            before = u.text[max(0, m.start() - 40) : m.start()]
            if (
                m.start() < 40
                and pos > 0
                and (doc.units[pos - 1].text.rstrip().endswith(":") or _sentence_runs_on(doc, pos))
            ):
                # "… pod nazwą:" ends the unit before the quoted line (or "… podsumowujące
                # projekt" / "„X”.": the sentence goes on in it)
                before = (doc.units[pos - 1].text + "\n" + before)[-40:]
            after = u.text[m.end() : m.end() + 30]
            if _CODE_BEFORE.search(before):
                continue
            mojibake = m.group(5) is not None  # "?Nazwa projektu?": quotes lost to an encoding
            value = compact(
                m.group(1)
                or m.group(2)
                or m.group(3)
                or m.group(4)
                or m.group(5)
                or m.group(6)
                or m.group(7)
                or m.group(8)
            ).strip(" .")
            if mojibake:
                value = value.replace(" ? ", " – ")
            if (
                len(value) < 4
                or not (
                    value[0].isupper()
                    or _E_NAME.match(value)
                    or _OPENING_NAME.match(value)
                    or _lower_case_project_name(value, before)
                )
                or _programme_name(value)
            ):
                continue
            score = 0.0
            if _title_cue_after_re().search(after):
                score = 3
            elif _TITLE_CUE_BEFORE.search(before) or _name_cue_before().search(before):
                # "projektu „…”" names a project; a bare "zadanie pn. „…”" may be any task (a road);
                # "konferencja pt. „…”" an event
                score = (
                    2
                    if _PROJECT_WORD.search(before)
                    else 0
                    if _event_before_cue_re().search(before)
                    else 1.8
                )
            elif _TITLE_FUNDED_AFTER.match(u.text, m.end(), m.end() + 80):
                score = 2
            elif _funded_project_before_re().search(u.text[max(0, m.start() - 160) : m.start()]):
                # "Projekt współfinansowany ze środków UE „X”": the funded project's name
                score = 2
            elif _DASH_NAMES_THE_PROJECT.search(u.text[max(0, m.start() - 160) : m.start()]):
                # "… na realizację projektu w ramach resortowego Programu … na rok 2012 - "X"": the
                # sentence about the project closes with its name after a dash
                score = 1.8
            elif (
                owner := _PROJECT_OF_OWNER_BEFORE.search(
                    u.text[max(0, m.start() - 100) : m.start()]
                )
            ) and _OWNER_HEAD_GENITIVE.search(owner.group("owner")):
                score = 2
            elif (
                not mojibake
                and len(value.split()) >= 2
                and doc.text.count(value) >= 2
                and not _GENERIC_HEADING.match(value)
                and not _body_before_quote_re().search(before)  # "dla LGD „X”": a body's name
            ):
                score = 1.2  # a quoted name the page repeats ("Konferencja podsumowująca „POSTAW NA SIEBIE”")
            if score and _task_of_project_before_re().search(before):
                score = 0.0  # "zadanie nr 2 projektu pn. „X”": a task's name
            if score:
                out.append(_TitleCandidate(value, u, "quoted", score, pos))
    return _grant_list_demoted(out)


@cache
def _funded_project_before_re() -> re.Pattern[str]:
    """A project said to be funded by EU money, ending right before a quoted name
    (`titles.funded_project_before`: "Projekt współfinansowany ze środków UE „X”"): X is the
    funded project's name."""
    return _title_vocabulary_re("funded_project_before")


@cache
def _task_of_project_before_re() -> re.Pattern[str]:
    """A numbered task of the project right before a quoted name (`titles.task_of_project_before`:
    "zadanie nr 2 projektu pn. „X”"): X names the task, not the project."""
    return re.compile(
        r"(?<!\w)(?:" + _title_vocabulary_re("task_of_project_before").pattern + r")",
        re.IGNORECASE,
    )


def _grant_list_demoted(cands: list[_TitleCandidate]) -> list[_TitleCandidate]:
    """Three or more names each after a bare "pn." with no "projekt" (1.8: "zadanie pn. „X”") are
    a list of a body's grants (roads, schools, a project among them), none of them the page's one
    project: they rank below a page heading (1.4)."""
    tasks = {_title_key(c.value) for c in cands if c.score == 1.8}
    if len(tasks) < 3:
        return cands
    return [
        _TitleCandidate(c.value, c.unit, c.kind, 1.4, c.pos) if c.score == 1.8 else c for c in cands
    ]


@cache
def _event_before_cue_re() -> re.Pattern[str]:
    """An event's, a work's or a body's noun right before a title's cue (`titles.event_before_cue`:
    "konferencja pt.", "szkolenie naukowe pod nazwą"; `titles.body_before_cue`: "instytucję o
    nazwie"), a word or two between."""
    return re.compile(
        r"(?<!\w)(?:"
        + _title_vocabulary_re("event_before_cue").pattern
        + "|"
        + _title_vocabulary_re("body_before_cue").pattern
        + r")(?:\s+[\w-]+){0,2}?\s+(?:pn\.|pt\.|p\.n\.|p\.t\.|pod\s+(?:nazwą|tytułem|hasłem)"
        r"|zatytułowan\w*|o\s+(?:nazwie|tytule)|entitled|titled|called)\s*:?\s*[„\"“'‘”]?\s*$",
        re.IGNORECASE,
    )


@cache
def _body_before_quote_re() -> re.Pattern[str]:
    """A body's kind right before a quoted name (`titles.body_before_quote`: "LGD „X”",
    "Stowarzyszenie „Y”")."""
    return re.compile(
        r"(?<!\w)(?:" + _title_vocabulary_re("body_before_quote").pattern + r")\s*$",
        re.IGNORECASE,
    )


@cache
def _topic_re() -> re.Pattern[str]:
    return _title_vocabulary_re("topic_words")


# what may stand between a short title and its subtitle: "Krok do przodu – aktywna integracja …"
_SUBTITLE_JOIN = re.compile(r"\s*(?:[–—-]|:|,)\s*")


_TITLE_KEY_DASH = re.compile(r"\s*([–—-])\s*")


def _title_key(value: str) -> str:
    """One spelling of a title for comparing: lower case, no quotes, dashes without spaces."""
    key = " ".join(value.lower().replace("„", "").replace("”", "").split())
    if "-" not in key and "–" not in key and "—" not in key:
        return key  # (no dash: nothing to space)
    return _TITLE_KEY_DASH.sub(r" \1 ", key)


def _extends(short: str, long: str) -> bool:
    """`long` is `short` with a subtitle: "krok do przodu" → "krok do przodu – aktywna integracja …"."""
    return (
        len(long) > len(short) + 3
        and long.startswith(short)
        and _SUBTITLE_JOIN.match(long, len(short)) is not None
    )


# a name with a quoted name at its end: "Sieć Świetlic Podwórkowych „Wyjdź na pole”"
_QUOTED_NAME_END = re.compile(r"(?P<head>.+?)\s+„[^„”]+”$")


def _with_quoted_name(short: str, value: str) -> bool:
    """`value` is the name keyed `short` with a quoted name after it (the banner writes the
    short form, the heading the whole one)."""
    m = _QUOTED_NAME_END.match(value)
    return m is not None and _title_key(m.group("head")) == short


def _ranked_titles(cands: list[_TitleCandidate]) -> list[tuple[float, int, Found]]:
    """Each value scored by all the evidence the page gives for it: its best piece, plus half of
    each other kind's (a heading that the text also quotes after "projekt" outranks a heading or a
    cue alone); a short form is the full title's evidence too ("Krok do przodu" over its "Krok do
    przodu – …"). Best first: (rank, first position, value); equal ranks go to the first (the
    page's main project comes first)."""
    by_key: dict[str, list[_TitleCandidate]] = {}
    for c in cands:
        by_key.setdefault(_title_key(c.value), []).append(c)
    keys = sorted(by_key, key=len)
    for i, short in enumerate(keys):
        # the full form the text itself writes (quoted or after "pn."), not a heading's furniture
        # ("DROGA DO PRZEMIANY – serwis projektu")
        longer = [
            k
            for k in keys[i + 1 :]
            if (
                _extends(short, k)
                and any(c.kind not in ("heading", "page_title") for c in by_key.get(k, ()))
            )
            or any(_with_quoted_name(short, c.value) for c in by_key.get(k, ()))
        ]
        if len(longer) == 1:  # one full form: the short one is said of it
            by_key[longer[0]] += by_key.pop(short)
    ranked: list[tuple[float, int, Found]] = []
    for group in by_key.values():
        per_kind: dict[str, float] = {}
        for c in group:
            per_kind[c.kind] = max(per_kind.get(c.kind, 0.0), c.score)
        top = max(per_kind.values())
        total = top + 0.5 * (sum(per_kind.values()) - top)
        # a name about social inclusion ("… aktywna integracja kobiet …") before a page's other
        # grants ("Modernizacja odcinka drogi") with the same evidence (ranking only)
        rank = total + (0.15 if _topic_re().search(group[0].value) else 0)
        full = max(group, key=lambda c: (len(c.value), c.kind != "heading", -c.pos))
        first = min(c.pos for c in group)
        lead = max((c for c in group if len(c.value) == len(full.value)), key=lambda c: c.score)
        ranked.append(
            (rank, first, Found(full.value, lead.unit, total, "+".join(sorted(per_kind))))
        )
    # (rounded: ranks equal within 1e-9 are a tie, decided by position)
    ranked.sort(key=lambda r: (-round(r[0], 9), r[1]))
    return ranked


def _best_title(cands: list[_TitleCandidate]) -> Found | None:
    """The best-ranked value (`_ranked_titles`)."""
    ranked = _ranked_titles(cands)
    return ranked[0][2] if ranked else None


# a line that opens with a label of its own: "Program Operacyjny:", "Cel główny projektu: …"
_LABEL_OPENING = re.compile(r"[^:„”\"]{2,50}:(?:\s|$)")


def _value_under_label(doc: Doc, u: Unit) -> str:
    """The value written under a label that stands alone ("Tytuł projektu:" / "„X" / "Y”"): the
    next unit's first line, or its lines up to the closing quote when a quoted value is broken
    over lines (read as a list under the colon), at most three."""
    i = next((n for n, v in enumerate(doc.units) if v is u), len(doc.units))
    lines: list[str] = []
    for nxt in doc.units[i + 1 : i + 4]:
        line = nxt.text.strip().split("\n")[0]
        if not lines and _LABEL_OPENING.match(line):
            return ""  # another field's label ("Program Operacyjny:", "Cel projektu: …"): no value
        lines.append(line)
        joined = " ".join(lines)
        if joined[:1] not in '„“"' or any(q in joined[1:] for q in '”“"'):
            break
    return " ".join(lines)


def extract_title(doc: Doc) -> dict[str, Found]:
    for raw, u in labelled(doc, "title"):
        if not raw:
            raw = _value_under_label(doc, u)  # "Tytuł projektu:" / "„X" / "Y”"
        if " | " in raw.strip(" |"):
            # "Nazwa Funduszu | Europejski …": a row of another label read as a bare "Nazwa" (a
            # row's own cells are split already)
            continue
        value = _title_value(raw)
        if value:
            return {"title": Found(value, u, 3, "label")}
    for u in doc.units:
        text = _item_body(u) if u.is_item else u.text  # "• TYTUŁ PROJEKTU: …" in a list
        if text[:1] not in "TtNn":
            # a label's line under a heading merged into the unit ("Aktualności" / "Tytuł
            # projektu – X"): with its separator only
            line = _TITLE_LABEL_LINE.search(text) if "\n" in text else None
            if line is None:
                continue
            text = text[line.start() :]
        m = _TITLE_LABEL.match(text)
        if m:
            rest = text[m.end() :] or _value_under_label(doc, u)  # "Tytuł projektu:" / "„X" / "Y”"
            quoted = _QUOTED_LINE.match(
                rest
            )  # a quoted title on its line, the next paragraph joined
            value = compact(quoted.group(1) if quoted else _label_value_bounds(rest)).strip(
                ' „”"“.'
            )
            if 3 <= len(value) <= 250:
                return {"title": Found(value, u, 3, "label_in_unit")}
    cands = (
        _heading_candidates(doc)
        + _quoted_candidates(doc)
        + _unquoted_candidates(doc)
        + _name_before_cue_candidates(doc)
        + _name_line_candidates(doc)
        + _capitals_candidates(doc)
        + _project_label_candidates(doc)
        + _page_title_candidates(doc)
        + _title_under_cue_line_candidates(doc)
    )
    best = _best_title([_predecessor_demoted(c) for c in cands])
    if best is not None and _weak_title_alone(doc, best):
        doc.problems.append(f"title: only a weak guess ('{best.value[:80]}'); not taken")
        return {}
    if best is not None and _dated_headline(doc, best):
        doc.problems.append(f"title: a news item's dated headline ('{best.value[:80]}'); not taken")
        return _title_below_the_headline(cands, best)
    return {"title": best} if best else {}


# what a name's evidence must hold, beyond a heading or a <title>, to be taken under a news item's
# dated headline: the text's own naming of it (quoted, after a cue, a name line or a label)
_HEADLINE_ONLY_KINDS = {"heading", "page_title"}


def _title_below_the_headline(cands: list[_TitleCandidate], headline: Found) -> dict[str, Found]:
    """The best-ranked other name where the best is a news item's dated headline: a name the
    text itself gives for the project (quoted or after a cue: 'pt.: „X”' under the headline
    "Zgromadzenie Sióstr …" / "Dodano: 1 kwietnia 2019"); none when the other names are headings
    too (another headline) or no other name is given."""
    key = _title_key(headline.value)
    rest = [c for c in cands if _title_key(c.value) != key]
    best = _best_title([_predecessor_demoted(c) for c in rest])
    if best is None or not set(best.source.split("+")) - _HEADLINE_ONLY_KINDS:
        return {}
    return {"title": best}


def _weak_title_alone(doc: Doc, best: Found) -> bool:
    """A title with one weak piece of evidence and nothing else (calibrated on unseen pages, where
    such guesses were wrong or no title at all more often than right): a Polish page's first
    heading, said once, unquoted and with no cue (a news headline or a section's name: a Polish
    page names its project in quotes or after a cue; an English record's heading is its name)."""
    return (
        best.source == "heading"
        and best.priority < 1
        and len(_POLISH_LETTER.findall(doc.text)) >= 20
    )


# a time of day on a news item's date line ("17:16", "06:23:49")
_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")


def _dateline(line: str) -> bool:
    """A news item's date line: a short line that is one day's date, with at most a time, an
    author's name and a word or two around it ("15 grudnia 2017 · Autor: admin", "2018-08-23
    06:23:49", "Jan Nowak · publikacja 04.01.2022 17:16")."""
    if len(line) > 80 or is_field_label(re.split(r"[:|]", line, maxsplit=1)[0]):
        return False  # (a field's row, "Start date: | 2019-01-01", is a record's, no news item's)
    dates = find_dates(line)
    if len(dates) != 1 or not dates[0].day:
        return False  # (a period's two dates, "Okres realizacji | 01.01.2020 - 31.12.2022", is a field)
    rest = line[: dates[0].start] + " " + line[dates[0].end :]
    return len(re.findall(r"[^\W\d_]+", _CLOCK.sub(" ", rest))) <= 4


def _dated_headline(doc: Doc, best: Found) -> bool:
    """A title whose only evidence is the page's heading (and its <title>), where the heading
    stands right above a date line: a news item's headline ("Umowa na X podpisana" / "2018-08-23
    06:23"), not the project's name, which a news item gives quoted or after a cue."""
    if set(best.source.split("+")) - {"heading", "page_title"}:
        return False
    key = best.value.strip().casefold()
    lines = [line.strip() for line in doc.text.split("\n") if line.strip()]
    return any(
        line.casefold().startswith(key) and len(line) <= len(key) + 3 and _dateline(nxt)
        for line, nxt in itertools.pairwise(lines)
    )


@cache
def _predecessor_before_re() -> re.Pattern[str]:
    """A predecessor's cue (`titles.predecessor_cues`) ending right before a name, a cue word and
    an opening quote allowed between."""
    return re.compile(
        r"(?<!\w)(?:"
        + _title_vocabulary_re("predecessor_cues").pattern
        + r")\s*(?:pn\.|pt\.|pod\s+nazwą|called|entitled)?\s*:?\s*[„\"“']?\s*$",
        re.IGNORECASE,
    )


def _predecessor_demoted(c: _TitleCandidate) -> _TitleCandidate:
    """A name written right after a predecessor's cue ("kontynuacją projektu „X”") is an earlier
    project's: it ranks half a point lower (the page's own project, named elsewhere, goes
    first; a name the page gives only so stays a candidate)."""
    if c.kind == "heading" or c.kind == "page_title":
        return c
    i = c.unit.text.find(c.value)
    if i <= 0 or not _predecessor_before_re().search(c.unit.text[max(0, i - 90) : i]):
        return c
    return _TitleCandidate(c.value, c.unit, c.kind, c.score - 0.5, c.pos)


@cache
def _cue_ends_unit_re() -> re.Pattern[str]:
    """A unit that ends with a title's cue (`titles.unquoted_cues`: "realizuje projekt pn.",
    "projekt pod nazwą:"), the title in the paragraph below."""
    return re.compile(
        r"(?<!\w)(?i:" + _title_vocabulary_re("unquoted_cues").pattern + r")\s*:?\s*$"
    )


def _title_under_cue_line_candidates(doc: Doc) -> list[_TitleCandidate]:
    """An unquoted title set in paragraphs of its own under the line that ends with its cue
    ("… realizuje projekt pn." / "NOWA JAKOŚĆ CODZIENNOŚCI," / "rozwój usług …"): the lines joined
    while one ends with a comma, colon or dash (at most four), when they read as a name
    (capitalised, no sentence's full stop, not a programme's or a body's name); scored like a
    quoted name with its cue."""
    out: list[_TitleCandidate] = []
    units = doc.units
    not_start = _title_vocabulary_re("not_unquoted_start")
    for pos, u in enumerate(units[:-1]):
        if doc.is_foreign(u) or not _cue_ends_unit_re().search(u.text):
            continue
        parts: list[str] = []
        for nxt in units[pos + 1 : pos + 5]:
            if nxt.is_item:
                break
            # (a heading merged with the paragraph under it: its first part only)
            part, _, rest = nxt.text.partition("\n\n")
            parts.append(part)
            if rest.strip() or not part.rstrip().endswith((",", ":", "–", "-")):
                break
        value = compact(" ".join(parts)).rstrip(" ,:–-")
        # (the sentence going on under the name: "X\nwspółfinansowany ze środków …": to its
        # predicate)
        cut = _TITLE_PREDICATE.search(value).start()
        if cut >= 4:
            value = value[:cut].rstrip(" ,:–-")
        if (
            not value
            or not value[0].isupper()
            or value[0] in '„"“'
            or re.search(r"[.!?](?:\s|$)", value)
            or not 4 <= len(value) <= 250
            or not_start.match(value)
            or (
                _title_vocabulary_re("not_a_name_opening").match(value)  # "Celem projektu było:"
                and not _possessive_name_opening(value)  # "Mój drugi dom – …"
            )
            or _LABEL_OPENING.match(value)  # "Cel główny projektu: …", another field's row
            or _programme_name(value)
        ):
            continue
        score = 2.0 if _PROJECT_WORD.search(u.text[-60:]) else 1.8
        out.append(_TitleCandidate(value, units[pos + 1], "unquoted", score, pos + 1))
    return out


def _possessive_name_opening(value: str) -> bool:
    """A name that opens with a possessive (`titles.possessive_name_openings`: "Mój drugi dom",
    "Nasza przystań"), no project's word right after it ("Nasz projekt …" is a sentence)."""
    m = _title_vocabulary_re("possessive_name_openings").match(value)
    return (
        bool(m)
        and re.match(r"\s+\w", value[m.end() :]) is not None
        and not (_PROJECT_WORD.match(value[m.end() :].lstrip()))
    )


def _project_label_candidates(doc: Doc) -> list[_TitleCandidate]:
    """A "Projekt: X" / "Project | X" row: X is the title when it is a name (capitalised, not a
    number, not a funding clause), scored as a quoted name with its cue."""
    out = []
    for pos, u in enumerate(doc.units[:60]):
        text = _item_body(u) if u.is_item else u.text
        if text[:1] not in "Pp":
            continue
        m = _PROJECT_LABEL.match(text)
        if m:
            value = _title_value(text[m.end() :])
            if (
                value
                and not _programme_name(value)
                and not _title_vocabulary_re("not_unquoted_start").match(
                    value
                )  # "Projekt: Gmina X"
            ):
                out.append(_TitleCandidate(value, u, "label", 2.0, pos))
    return out


# what separates the parts of an HTML <title>: "X – MOPS w Y", "X | Kohesio", "X · KOHESIO Q7…"
_PAGE_TITLE_SEPARATOR = re.compile(r"\s+[|·–—-]\s+|\s*::\s*|\s+/\s+")


def _page_title_parts(page_title: str) -> list[str]:
    """Every run of consecutive parts of a <title> ("Krok dalej – projekt MOPS – Miasto X" gives
    "Krok dalej", "Krok dalej – projekt MOPS", …), at most three parts long, as written."""
    seps = list(_PAGE_TITLE_SEPARATOR.finditer(page_title))
    bounds = [0] + [x for m in seps for x in (m.start(), m.end())] + [len(page_title)]
    spans = list(zip(bounds[::2], bounds[1::2]))  # each part's (start, end)
    return [
        page_title[spans[i][0] : spans[j][1]]
        for i in range(len(spans))
        for j in range(i, min(i + 3, len(spans)))
    ]


# a programme's abbreviation inside a <title>'s part ("Tryb nadzwyczajny, RPO Opolskiego"): the
# page of a call or a programme, not a project's name
_PROGRAMME_ABBREVIATION = re.compile(r"\b(?:RPO|PO\s?WER|PO\s?KL|FERS|EFS|EFRR)\b")


# a name opening with a regional adjective that names no programme, body or fund ("Regionalne
# Innowacje Społeczne – …", "Regionalna sieć wsparcia"), which a <title> may repeat
_REGIONAL_NAME = re.compile(
    r"Regionaln\w+\s+(?!Program|Ośrod|Centr|Fundusz|Operacyjn|Polityk|Instytucj|Izb|Dyrekcj)[A-ZŁŚŻŹĆa-ząćęłńóśźż]"
)


def _page_title_candidates(doc: Doc) -> list[_TitleCandidate]:
    """The page's <title> (its layout role: what the site itself calls the page) is evidence for
    the name the text writes: each run of its parts that the text writes as a whole phrase (the
    first place), and that is a name (two words at least or quoted, not the site's organisation, a
    generic heading, a programme, a sentence of the news), is a candidate of its own kind, so that
    a heading or a quoted name the <title> repeats outranks one it does not."""
    out: list[_TitleCandidate] = []
    if not doc.page_title:
        return out
    low_text = doc.text.lower()
    for part in _page_title_parts(doc.page_title):
        quoted = _QUOTED_START.fullmatch(part.strip())
        value = (quoted.group(1) if quoted else part).strip(' „”"“.')
        if (quoted is None and len(value.split()) < 2) or len(value) < 4:
            continue
        i = low_text.find(value.lower())
        if (
            i < 0
            or low_text[i - 1 : i].isalnum()
            or low_text[i + len(value) : i + len(value) + 1].isalnum()
        ):
            continue
        if (
            (not quoted and _NOT_HEADING_TITLE.search(value))
            or (
                _title_vocabulary_re("not_unquoted_start").match(value)  # "PCPR w Łosicach"
                and not _REGIONAL_NAME.match(value)
            )
            or _GENERIC_HEADING.match(value)
            or _title_vocabulary_re("project_list_heading").search(value)
            or _title_vocabulary_re("notice_heading_openings").match(value)
            or _programme_name(value)
            or (not quoted and _PROGRAMME_ABBREVIATION.search(value))
            or (not quoted and _headline_money_re().search(value))
            or (not quoted and _headline_sentence(value))
        ):
            continue
        pos = next((n for n, u in enumerate(doc.units) if u.start <= i < u.end), None)
        if pos is not None:
            found = doc.text[i : i + len(value)]
            out.append(_TitleCandidate(found, doc.units[pos], "page_title", 0.8, pos))
            if _ITEM_HEADING_END.match(doc.text, i + len(value)) and (
                i == 0 or doc.text[i - 1] == "\n"
            ):
                # a knowledge-graph item's heading, its label whole and its id after it
                # ("Assistance Centre — support for … (Q115268)"): the record's own name
                out.append(_TitleCandidate(found, doc.units[pos], "heading", 1.5, pos))
    return out


# the end of a Wikibase item's heading: its id in brackets ("… (Q115268)"), the line's end
_ITEM_HEADING_END = re.compile(r"\.?[^\S\n]*\(Q\d+\)[^\S\n]*(?:\n|$)")


@cache
def _unquoted_title_re() -> re.Pattern[str]:
    """A title without quotes after its cue (`titles.unquoted_cues`: "pn.", "pod nazwą",
    "zatytułowany", "entitled"), to the sentence's end; its predicate is cut off after."""
    return re.compile(
        # (a title may wrap onto the next line: "pn. Aktywni w Gminie\nLipnica, skierowany …")
        r"(?<!\w)(?i:"
        + _title_vocabulary_re("unquoted_cues").pattern
        + "|"
        + _title_vocabulary_re("name_cues").pattern
        + r"):?\s+"
        # (an exclamation mark inside a title, the name going on after it: "pn. Działaj! – …",
        # "pn. Nie ma MOWy! 2 – etap I")
        r"(?P<t>[A-ZĄĆĘŁŃÓŚŹŻ](?:[^.!?\n„”\"“]|\n(?!\n)|„[^„”\n]{1,60}”"
        r"|!(?=[ \t]+(?:[–—-]|\d|[a-ząćęłńóśźż]))"
        # (a dot between digits, a date's after the name: "pn. X w okresie od 01.01.2019 …", cut
        # off after; or to the project's number in brackets: "pn. X (RPLU.11.01…)")
        r"|(?<=\d)\.(?=\d)){3,150})"
        # (to the sentence's end, or to the project's number: "pn. X, nr projektu: RPxx.09…")
        r"(?:[.!?](?:\s|$)|$|(?=,?[ \t]+(?:nr|numer)\b)"
        r"|(?=[ \t]*\((?:nr[ \t]+|numer[ \t]+)?[A-Z]{2,}[.-]?\d{2}\.)"
        # (or to its predicate, however long the sentence runs on after it: "pod nazwą X,
        # współfinansowany ze środków … na lata 2014-2020.")
         + "|" + _PREDICATE_AHEAD + ")"
    )


@cache
def _numbered_long_title_re() -> re.Pattern[str]:
    """An unquoted title longer than `_unquoted_title_re` takes (150 to 300 characters) after its
    cue, only where the project's number closes it: "projektu pt. Działania wspierające … w
    powiecie X, nr RPKP.11.01.00-04-0019/22" (a number, not a sentence's end, bounds a name
    that long)."""
    return re.compile(
        r"(?<!\w)(?i:" + _title_vocabulary_re("unquoted_cues").pattern + r"):?\s+"
        r"(?P<t>[A-ZĄĆĘŁŃÓŚŹŻ][^.!?\n„”\"“]{150,300}?)"
        r"(?=,?[ \t]+(?:nr|numer)(?:[ \t]+projektu)?[ \t]*:?[ \t]*[A-Z]{2,}[.-]?\d{2}\."
        r"|[ \t]*\((?:nr[ \t]+|numer[ \t]+)?[A-Z]{2,}[.-]?\d{2}\.)"
    )


# the sentence's predicate after an unquoted title: "pn. Aktywni razem realizowany jest przez …",
# "pt. Nowy start od 2019 r.", "pn. Krok dalej, który …" (the title ends before it; end of text
# otherwise)
_TITLE_PREDICATE = re.compile(
    fold(
        r"\s+(?:(?:jest|był\w*|będzie|został\w*|zostanie)\s+)?(?:realizowan|współfinansowan|dofinansowan"
        r"|finansowan|prowadzon|skierowan|adresowan|kierowan)\w*\b"
        # a bare "jest"/"będzie" stays: titles say "Rodzina jest najważniejsza"; before a name
        # ("X jest Stowarzyszenie Y", "Liderem projektu X jest Gmina Z") or a passive participle
        # ("X jest współfinasowany", "X jest dedykowany seniorom") it is the sentence's verb
        r"|\s+(?:jest|był[aoy]?|będzie|są|byli)\s+(?:[A-ZĄĆĘŁŃÓŚŹŻ]"
        r"|[a-ząćęłńóśźż]+(?:any|ana|ane|ony|ona|one|ęty|ęta|ęte)\b)"
        r"|\s+(?:został\w*|zostanie|ruszył\w*|rozpoczął\w*|rozpoczyna|potrwa|realizuj\w*|prowadz[iąę]\w*)\b"
        r"|\s+(?:od|do|w\s+latach|w\s+roku)\s+\d|,\s+(?:któr\w+|realizowan\w*)\b"
        # a clause joined after a comma: "nosił nazwę X, a jego celem było …"
        r"|,\s+(?:a|ale|lecz|zaś|gdyż|bo|ponieważ|dzięki\s+(?:któr|czemu))\s"
        # a headline's last word: "Projekt X zakończony", "Projekt X rozpoczęty"
        r"|\s+(?:zakończon|rozpoczęt|ukończon)\w*\s*$"
        r"|\s+w\s+ramach\s+(?:Regionaln|Program|RPO|PO\s|Działani|Poddziałani|Osi|Europejsk)"
        # English: "entitled Step by Step is carried out by …", "… will run from …"
        r"|\s+(?:is|was|will|has|have|runs|ran|aims|aimed|co-financed|funded|implemented|carried)\b"
        r"|,\s+(?:which|that|co-financed|funded|implemented)\b"
    )
    + r"|$"
)


# "udział w projekcie Razem dla rodziny realizowanym przez …": an unquoted title after "w projekcie"
_PREDICATE_AHEAD = (
    r"(?=,?\s+(?:realizowan|współfinansowan|dofinansowan|finansowan|prowadzon|skierowan|adresowan"
    r"|kierowan|któr|realizuj|prowadz[iąę]|w\s+ramach\s+(?:Regionaln|Program|RPO|PO\s|Działani|Poddziałani"
    r"|Osi|Europejsk)))"
)


@cache
def _in_project_title_re() -> re.Pattern[str]:
    # (or to what follows a title in its sentence: "projekt X o wartości …", "projektu X (…)")
    ends = "|" + _title_end_re().pattern
    return re.compile(
        # "w projekcie X", "do projektu X", "realizacji projektu X": to the predicate or the sentence's end
        # (or after a noun of the project's own course, `titles.project_nouns`: "na realizację
        # projektu X", "uczestnicy projektu X"; not "w ramach projektu X", often a thing made in it)
        r"\b(?:(?:[Ww]|[Dd]o|[Zz]|[Oo])[ \t]+[Pp]rojek(?:cie|tu)|(?i:"
        + vocabulary_re("titles", "project_nouns").pattern
        + r")[ \t]+projek(?:tu|cie))"
        + _PROJECT_KIND
        + r"[ \t]+"
        r"(?:(?:pn\.|pt\.|pod\s+nazwą)\s+)?(?!Projekt)"
        r"(?P<t>[A-ZĄĆĘŁŃÓŚŹŻ][^.!?\n„”\"“()]{3,150}?)"
        + _PREDICATE_AHEAD[:-1]
        + ends
        + r"|\s*[.!?]?\s*$)"
        # "Projekt X realizuje …", "Projektu X, prowadzonego …": to an explicit predicate only
        r"|\b[Pp]rojekt(?:u|em)?"
        + _PROJECT_KIND
        + r"[ \t]+(?!Projekt)(?P<t2>[A-ZĄĆĘŁŃÓŚŹŻ][^.!?\n„”\"“()]{3,150}?)"
        + _PREDICATE_AHEAD[:-1]
        + ends
        + ")"
        # "zaczął realizować projekt X.", "Wyróżnienie dotyczy projektu X, który …", "30.06.2020
        # projekt X.", "podsumowującą Projekt Systemowy X zorganizowano …": mid-sentence (after a
        # word or a comma), to its predicate, what follows a title, or the sentence's end (a
        # facility's quoted name may stand inside: "projektu Utworzenie placówki „Przystań” w X")
        r"|(?<=[\w,][ \t])(?<!ramach[ \t])[Pp]rojekt(?:u|em)?"
        + _PROJECT_KIND
        + r":?[ \t]+(?!Projekt)"
        r"(?P<t3>[A-ZĄĆĘŁŃÓŚŹŻ](?:[^.!?\n„”\"“()]|„[^„”\n]{1,60}”){3,150}?)"
        + _PREDICATE_AHEAD[:-1]
        + ends
        + r"|[.!?](?:\s|$)|\s*$)"
    )


# a project's number in brackets after its name, and all after it
_CODE_IN_BRACKETS = re.compile(r"\s*\((?:nr\s+|numer\s+)?[A-Z]{2,}[.-]?\d{2}\..*$")


# a one-word name coined for a project: hyphenated words or capitals ("Mogę-Potrafię-Teraz",
# "PRACUŚ"), where a common word ("Integracja") may begin a longer name
_COINED_NAME = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][\w]*(?:-[\w]+)+|[A-ZĄĆĘŁŃÓŚŹŻ]{3,}")


def _unquoted_value(raw: str, longest: int = 150) -> str | None:
    """An unquoted title to its sentence's predicate: a participle or verb of the cue list
    ("realizowany", "który"), else the first word that can only be the clause's verb ("… w Lubaniu
    utworzono …", morfeusz2) when two words at least stand before it."""

    value = _CODE_IN_BRACKETS.sub("", compact(raw))  # "X (RPLU.11.01.00-06-0011/19)"
    value = value[: _TITLE_PREDICATE.search(value).start()].strip(" ,;:–-")
    verb = predicate_start(value)
    if verb is not None and len(value[:verb].split()) >= 2:
        value = value[:verb].strip(" ,;:–-")
    end = _title_end_re().search(value)
    if end and (
        len(value[: end.start()].split()) >= 2 or _COINED_NAME.fullmatch(value[: end.start()])
    ):
        value = value[: end.start()]  # "X o wartości 9 mln zł", "X Miejskiego Ośrodka …"
    # "Biuro Porad, w" before a verb cut off: no title ends so
    value = _DANGLING_END.sub("", value).strip(" ,;:–-")
    return value if 3 <= len(value) <= longest else None


@cache
def _title_end_re() -> re.Pattern[str]:
    # what follows an unquoted title in its sentence (`titles.title_ends`): its facts, its owner
    # in the genitive, a note in brackets
    return re.compile(
        r"[\s,]+(?:"
        + _title_vocabulary_re("title_ends").pattern
        + r")|\s+\([a-ząćęłńóśźż][^()]*\)(?![\w-])"
    )


# a preposition or conjunction a cut leaves at the end: "… Obywatelskich, w", "… seniorów i"
_DANGLING_END = re.compile(
    r"(?:[\s,;:–-]+(?:w|we|z|ze|na|do|dla|i|oraz|o|od|po|przy|a|lub|the|and|of|in|for))+$"
)


# English: a name before "project" at a line's start or after "the" ("The Active Seniors project
# is …", "Let's help together (Pomagajmy razem) project website"); its words capitalised where
# English capitalises a name ("Step by Step", "Active Seniors of Gdynia")
_ENGLISH_PROJECT_TITLE = re.compile(
    r"(?:^|(?<=\n)|(?<![\w'’])[Tt]he\s+)(?!The\s)(?P<t>[A-Z][\w'’-]*"
    r"(?:(?:[ \t]+(?:[A-Z][^\s.!?\"“”()]*|of|for|and|in|on|to|with|by|at))+"
    # or any words with the Polish name after them in brackets ("Let's help together (Pomagajmy
    # razem) project")
    r"|(?:[ \t]+[\w'’-]+){0,6}[ \t]+\([A-ZĄĆĘŁŃÓŚŹŻ][^()\n]{2,80}\)))[ \t]+project\b"
)
# … or written in sentence case, as a translated name often is, where its predicate follows "project"
# ("The Neighbourhood care network project is carried out by …"): after "The" only
_ENGLISH_SENTENCE_CASE_TITLE = re.compile(
    # (no clause's or determiner's word inside: "the ERF under which the project is …")
    r"(?<![\w'’])[Tt]he\s+(?P<t>[A-Z][\w'’-]*(?:[ \t]+(?!(?:which|that|whom|whose|where|when|while"
    r"|the|this|these|those|its|their|our|under|within|through)\b)[a-z][\w'’-]*){1,6})[ \t]+project[ \t]+"
    r"(?:is|was|will|has|had|aims|aimed|includes|included|covers|covered|targets|targeted|consists)\b"
)
# a line that names the project and its EU money, as funded projects must: "Aktywna integracja w
# Gminie X współfinansowany ze środków Unii Europejskiej", "Projekt Krok dalej – dofinansowany
# w ramach RPO …"
_FUNDED_LINE = re.compile(
    r"^(?:(?:[Pp]rojekt|PROJEKT|[Pp]roject)[ \t]+(?:pn\.[ \t]+)?)?(?P<t>[A-ZĄĆĘŁŃÓŚŹŻ][^.!?\n„”\"“:|›»>/]{3,150}?)"
    # (a participle, not a noun: "Więcej o dofinansowaniach z UE" names nothing)
    r"(?=[ \t]*[,–-]?[ \t]*(?:(?:jest|był|będzie)[ \t]+)?(?:współ|do)?finansowan(?:y|a|e|ego|ej|ych|ym)[ \t]+)",
    re.MULTILINE,
)


# "X – projekt współfinansowany …": the word before the participle is no part of the name
_PROJECT_WORD_AT_END = re.compile(r"(?:\s*[,–—-])?\s+(?:projekt|project)$", re.IGNORECASE)


def _funded_line_title(text: str) -> tuple[bool, str] | None:
    """The name a line opens with when the line says the name is funded (`_TITLE_FUNDED_AFTER`:
    EU money): two words at least, no clause's verb in it; with whether "Projekt" stands before it."""

    for m in _FUNDED_LINE.finditer(text):
        if not _TITLE_FUNDED_AFTER.match(text, m.end("t")):
            continue
        value = _PROJECT_WORD_AT_END.sub("", m.group("t")).strip(" ,–-")
        if (
            len(value.split()) >= 2
            and predicate_start(value) is None
            and not _headline_sentence(value)
            and not _RUN_BY_CLAUSE.search(value)
            and not _PROJECT_THEN_NAME.search(value)
        ):
            return m.start("t") > m.start(), value
    return None


# "projekt" inside a line's opening with a name after it ("Od lutego realizujemy projekt X,
# współfinansowany …"): the sentence's own words before the name, which the rule after "projekt"
# reads (a first-person verb is no predicate morfeusz2 cuts at: titles say "Razem możemy więcej")
_PROJECT_THEN_NAME = re.compile(r"(?<=\s)projekt(?:u|em)?\s+[A-ZĄĆĘŁŃÓŚŹŻ]")


# who runs it, inside a line's opening ("Projekt pozakonkursowy realizowany przez OPS w X
# współfinansowany …"): a sentence about a project, no name
_RUN_BY_CLAUSE = re.compile(
    r"\b(?:z?realizowan|prowadzon|wdrażan|koordynowan)\w*(?:\s+(?:jest|był\w*|będzie))?\s+przez\b",
    re.IGNORECASE,
)


# the cues a page writes only before a project's name ("pn.", "pod nazwą"); the vocabulary's other
# cues ("o nazwie", "pod hasłem", "called") name a project only with the word "projekt" before them
_PROJECT_NAME_CUE = re.compile(
    r"(?:pn\.|pt\.|p\.n\.|p\.t\.|(?<!\w)p[nt](?=\s*:)|pod\s+nazwą|pod\s+tytułem|projektu\s+(?:to|brzmi))\s*:?\s*$",
    re.IGNORECASE,
)


def _unquoted_cue_score(text: str, m: re.Match[str]) -> float:
    """An unquoted title's score by its cue: 1.9 after a project's own cue ("pn.") or after another
    name cue with "projekt" just before ("projekt o nazwie X"); 1.4 otherwise (a slogan "pod hasłem
    X" or "a place called X": below a page heading)."""
    cue = text[m.start() : m.start("t")]
    before = text[max(0, m.start() - 30) : m.start()]
    if _PROJECT_NAME_CUE.search(cue) or _PROJECT_WORD.search(before + cue):
        return 1.9
    return 1.4


# a unit may name an unquoted title only if it holds one of these (a cue's or "projekt"'s letters)
_UNQUOTED_HINTS = (
    "pn.",
    "pt.",
    "p.n.",
    "p.t.",
    "nazw",
    "tytu",
    "hasł",
    "titled",
    "called",
    "named",
    "rojek",
    "roject",
    "finansowan",
)


def _unquoted_candidates(doc: Doc) -> list[_TitleCandidate]:
    """Titles without quotes, to the sentence's predicate: after "pn." / "pod nazwą"
    ('wybrała do dofinansowania projekt … pn. Aktywni razem w Gminie Lipno.'), and after
    "w projekcie" ('w projekcie Razem dla rodziny realizowanym przez …'; two words at least, not a
    programme's or an institution's name). Scored a little below a quoted title with a cue."""

    out: list[_TitleCandidate] = []
    not_start = _title_vocabulary_re("not_unquoted_start")
    # only the units whose lower-cased text holds a hint (scan: = _any_in(low, _UNQUOTED_HINTS))
    for pos in sorted(scan.index(doc).units_with(_UNQUOTED_HINTS, "lower")):
        u = doc.units[pos]
        if doc.is_foreign(u):
            continue
        m = _unquoted_title_re().search(u.text)
        longest = 150
        if m is None:
            m, longest = _numbered_long_title_re().search(u.text), 300
        if m:
            value = _unquoted_value(m.group("t"), longest)
            cue_zone = u.text[max(0, m.start() - 60) : m.start("t")]
            if value and (
                _PROJECT_WORD.search(cue_zone) or not _event_before_cue_re().search(cue_zone)
            ):
                out.append(
                    _TitleCandidate(value, u, "unquoted", _unquoted_cue_score(u.text, m), pos)
                )
                continue
        funded = _funded_line_title(u.text)
        if funded and not not_start.match(funded[1]) and not _programme_name(funded[1]):
            # "Projekt X współfinansowany …" names the project; a bare "X współfinansowany …" may
            # be any funded thing, below a page heading
            out.append(_TitleCandidate(funded[1], u, "unquoted", 1.8 if funded[0] else 1.4, pos))
            continue
        m = _ENGLISH_PROJECT_TITLE.search(u.text) or _ENGLISH_SENTENCE_CASE_TITLE.search(u.text)
        if m:
            value = compact(m.group("t")).strip(" ,;:–-")
            if (
                len(value.split()) >= 2
                and not not_start.match(value)
                and not _programme_name(value)
            ):
                out.append(_TitleCandidate(value, u, "unquoted", 1.6, pos))
                continue
        m = _in_project_title_re().search(u.text)
        if m:
            value = _unquoted_value(m.group("t") or m.group("t2") or m.group("t3"))
            if (
                value
                and len(value.split()) >= 2
                and not not_start.match(value)
                and not _programme_name(value)
                # a name stands in the nominative after "projektu"; a genitive describes the
                # project ("projektu Dziennego Domu Seniora": the project of the home); before a
                # predicate ("Projekt Drugiemu Człowiekowi realizuje …") any case names it
                and (m.group("t2") is not None or may_open_a_name(value.split()[0]))
                # "w ramach projektu Klub Seniora prowadzi …": a thing made in the project
                and not (
                    re.search(r"ramach\s+$", u.text[max(0, m.start() - 12) : m.start()])
                    and _title_vocabulary_re("made_in_project").match(value)
                )
            ):
                out.append(_TitleCandidate(value, u, "unquoted", 1.6, pos))
                continue
        m = _IN_FRAME_OF_PROJECT.search(u.text)
        if m:
            value = _unquoted_value(m.group("t"))
            if (
                value
                and value != compact(m.group("t")).strip(" ,;:–-")  # cut at the clause's verb
                and 2 <= len(value.split()) <= 8
                and not not_start.match(value)
                and not _programme_name(value)
                and not _title_vocabulary_re("made_in_project").match(value)
                and may_open_a_name(value.split()[0])
            ):
                # "W ramach projektu X odbyły się warsztaty": a name, or a thing made in the
                # project ("w ramach projektu Klub Seniora prowadzi …"): below a page heading's
                # cue-less evidence only
                out.append(_TitleCandidate(value, u, "unquoted", 1.1, pos))
    return out


# "W ramach projektu X odbyły się …": the name to the clause's verb (`_unquoted_value`)
_IN_FRAME_OF_PROJECT = re.compile(
    r"\b[Ww][ \t]+ramach[ \t]+projektu" + _PROJECT_KIND + r"[ \t]+(?!Projekt)"
    r"(?P<t>[A-ZĄĆĘŁŃÓŚŹŻ][^.!?\n„”\"“():;,]{3,150}?)(?:[.!?](?:\s|$)|$)"
)


# where a sentence opens inside a unit: its start, a line's start, after ". " / "! " / "? "
_SENTENCE_OPENS = re.compile(r"(?:^|\n|(?<=[.!?])[ \t]+)[ \t]*", re.MULTILINE)
# a cue after a name, anywhere in a unit (the name ends where it begins)
_CUE_AFTER_HINTS = (" to ", " jest ", "pod takim", "taką nazwę", "tak nazywa", " is ", " was ")


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n\n|$")


@cache
def _clause_word_re() -> re.Pattern[str]:
    """A word that joins a clause to another (`titles.clause_words`), as a whole word."""
    return re.compile(
        r"(?<!\w)(?:" + _title_vocabulary_re("clause_words").pattern + r")(?!\w)", re.IGNORECASE
    )


# a centre a project sets up, named as its project ("Centrum Usług Środowiskowych w powiecie X to
# kolejny projekt …"): a name only where the cue after it says it is a project's
_CENTRE_NAME = re.compile(r"Centrum\s+(?:[A-ZĄĆĘŁŃÓŚŹŻ]\w+\s+){1,3}(?:w|we|dla|na)\s")


def _name_opening_sentence(text: str, end: int, naming: bool = False) -> str | None:
    """The words from the start of the sentence that holds `end` up to `end`, when they can be a
    name: capitalised, 1–15 words, no quote, colon or bracket in them, not a pronoun or "Celem"
    (`titles.not_a_name_opening`), no clause's verb (morfeusz2)."""

    start = 0
    for m in _SENTENCE_OPENS.finditer(text, 0, end):
        # (not after an abbreviation's dot: "… przy ul. Bocznej 4 – tak nazywa się projekt")
        if m.end() <= end and not (m.start() and abbreviation_dot(text, m.start() - 1)):
            start = m.end()
    value = text[start:end].strip(" ,;–-\t")
    if (
        not value[:1].isupper()
        or len(value.split()) > 15
        or len(value) < 4
        or _any_in(value, ("„", "”", '"', "“", ":", "(", ")", "|", "›", "»"))
        or _title_vocabulary_re("not_a_name_opening").match(value)
        or _clause_word_re().search(value)
        or (
            _title_vocabulary_re("not_unquoted_start").match(value)
            and not (naming and _CENTRE_NAME.match(value))
        )
        or _programme_name(value)
        or _GENERIC_HEADING.fullmatch(value)
        or has_finite_verb(value)
    ):
        return None
    return value


_RELATIVE_CLAUSE_END = re.compile(
    r"\b(?:which|whom|where)\s+(?:the\s+)?project$|\b(?:któr\w+|gdzie)\s+projekt$", re.IGNORECASE
)


def _name_before_cue_candidates(doc: Doc) -> list[_TitleCandidate]:
    """A name without quotes that opens its sentence, followed by a cue that says what it is
    ("X – taką nazwę nosi projekt …", "X jest jednym z dwóch projektów …", "X to jedno z zadań
    …"): the same evidence as a quoted name with that cue, without the quotes. Scored as an
    unquoted name after "pn." (1.9) when the cue names a project, below a page heading (1.4) when
    it names any undertaking."""
    out: list[_TitleCandidate] = []
    # only the units whose lower-cased text holds a cue (scan: = _any_in(low, _CUE_AFTER_HINTS))
    for pos in sorted(scan.index(doc).units_with(_CUE_AFTER_HINTS, "lower")):
        u = doc.units[pos]
        if doc.is_foreign(u):
            continue
        for m in _cue_after_anywhere_re().finditer(u.text):
            end = _SENTENCE_END.search(u.text, m.end())
            if end and u.text[end.start() : end.start() + 1] == "?":
                continue  # a question ("Do kogo skierowany jest projekt?") names nothing
            value = _name_opening_sentence(u.text, m.start(), m.group("naming") is not None)
            if value and _RELATIVE_CLAUSE_END.search(value):
                # "Specific objective … under which the project (is carried out)", "Cel, w ramach
                # którego projekt (jest realizowany)": a clause about the project, no name
                continue
            if value and (m.group("naming") or _names_something(value)):
                score = 1.9 if m.group("naming") else 1.4
                out.append(_TitleCandidate(value, u, "unquoted", score, pos))
                break
    return out


def _names_something(value: str) -> bool:
    """Words that read as a proper name rather than a common phrase ("Wsparcie rodzin" is any
    task): four words at least, or a capitalised word after the first."""
    words = value.split()
    return len(words) >= 4 or any(w[:1].isupper() for w in words[1:])


@cache
def _cue_after_anywhere_re() -> re.Pattern[str]:
    """A cue after a name where a unit writes it (group "naming": one that names a project)."""
    return re.compile(
        r"[ \t]+(?:[-–—][ \t]*)?(?:(?P<naming>"
        + _title_vocabulary_re("name_cues_after").pattern
        + ")|"
        + _title_vocabulary_re("undertaking_cues_after").pattern
        + r")",
        re.IGNORECASE,
    )


@cache
def _name_line_before_re() -> re.Pattern[str]:
    """A line's end after which the project's name stands on the next line
    (`titles.name_line_before`, with the project's kind and a cue: "realizacji projektu
    systemowego pn.:")."""
    return re.compile(
        r"(?<!\w)(?:"
        + _title_vocabulary_re("name_line_before").pattern
        + r")\w*"
        + _PROJECT_KIND
        + r"(?P<cue>[ \t]+(?:pn\.|pt\.|p\.n\.|p\.t\.|pod[ \t]+nazwą|pod[ \t]+tytułem))?[ \t]*:?[ \t]*$",
        re.IGNORECASE,
    )


# what opens the line after a name that stands on its own line: the sentence about it goes on
_NAME_LINE_GOES_ON = re.compile(
    fold(
        r"^\s*,?\s*(?:któr\w+|(?:jest\s+)?(?:współ|do)?finansowan\w*|realizowan\w*|prowadzon\w*)\b"
    ),
    re.IGNORECASE,
)


def _name_line_value(line: str) -> str | None:
    """A whole line that can be a project's name: capitalised, unquoted, no label or link
    separators, at most 20 words, no clause's verb, not an organisation, programme or generic
    heading; its period or owner after it cut off ("X w latach 2008 – 2013")."""

    if (
        not line[:1].isupper()
        or _any_in(line, ("„", "”", '"', "“", ":", "|", "›", "»"))
        or len(line.split()) > 20
        or _NOT_A_TITLE.match(line)
    ):
        return None
    value = _unquoted_value(line)
    if (
        not value
        or len(value) < 4
        or _title_vocabulary_re("not_unquoted_start").match(value)
        or _programme_name(value)
        or (
            _GENERIC_HEADING.match(value)
            if len(value.split()) > 2
            else _GENERIC_HEADING.search(value)
        )
        or has_finite_verb(value)
    ):
        return None
    return value


def _name_line_candidates(doc: Doc) -> list[_TitleCandidate]:
    """A name on its own line after a line that ends where a project's name begins ("Informacja
    końcowa z realizacji projektu⏎Aktywna integracja w gminie X⏎w latach …", "… przy
    projekcie⏎⏎X⏎⏎który jest współfinansowany …"): a label's layout without a label. Scored as an
    unquoted name after "pn." (1.9) with a cue or the sentence going on after it, else 1.7."""
    out: list[_TitleCandidate] = []
    text = doc.text
    starts = [u.start for u in doc.units]
    prev = ""
    lines = list(re.finditer(r"[^\n]+", text))
    for i, m in enumerate(lines):
        line = m.group().strip()
        if not line:
            continue
        before, prev = prev, line
        if "rojek" not in before.lower():
            continue
        cue = _name_line_before_re().search(before)
        if cue is None or is_field_label(before):
            continue
        value = _name_line_value(line)
        if not value:
            continue
        pos = bisect.bisect_right(starts, m.start()) - 1
        if pos < 0 or doc.is_foreign(doc.units[pos]):
            continue
        nxt = lines[i + 1].group() if i + 1 < len(lines) else ""
        goes_on = m.end() + 1 == lines[i + 1].start() if i + 1 < len(lines) else False
        strong = (
            cue.group("cue") or _NAME_LINE_GOES_ON.match(nxt) or (goes_on and nxt[:1].islower())
        )
        out.append(_TitleCandidate(value, doc.units[pos], "unquoted", 1.9 if strong else 1.7, pos))
    return out


# a name written in capitals inside a sentence: two words at least, one of five letters or more
# ("… w Jeleniej Górze POSTAW NA SIEBIE.", "częścią projektu LOKALNE PERSPEKTYWY, który …")
_CAPITALS_NAME = re.compile(
    r"(?<![\w„\"“])(?P<t>[A-ZĄĆĘŁŃÓŚŹŻ][A-ZĄĆĘŁŃÓŚŹŻ0-9+!-]*(?:[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ0-9][A-ZĄĆĘŁŃÓŚŹŻ0-9+!-]*)+)"
    r"(?![\w”\"“])"
)


def _capitals_candidates(doc: Doc) -> list[_TitleCandidate]:
    """A name in capitals in a sentence that speaks of a project before it ("Konferencja
    podsumowała projekt systemowy ośrodka w Lipnicy RAZEM RAŹNIEJ."): the capitals mark it as a
    name where no quote does. Not an abbreviation's run (a word of five letters at least), an
    organisation, a programme or a section's heading, nor a phrase in another case than the
    nominative; scored as an unquoted name after "projekt" (1.6)."""

    out: list[_TitleCandidate] = []
    not_start = _title_vocabulary_re("not_unquoted_start")
    for pos in sorted(scan.index(doc).units_with(("rojek",), "lower")):  # = "rojek" in low
        u = doc.units[pos]
        text = u.text
        if doc.is_foreign(u) or text.isupper():
            continue
        for m in _CAPITALS_NAME.finditer(text):
            value = m.group("t").strip(" -")
            words = value.split()
            sentence_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()))
            before = text[sentence_start + 1 : m.start()]
            if (
                len(words) < 2
                or not any(len(w) >= 5 for w in words)
                or not _PROJECT_WORD.search(before)
                or not_start.match(value)
                or _programme_name(value)
                or _GENERIC_HEADING.match(value)
                or not may_open_a_name(words[0])  # "UNIĘ EUROPEJSKĄ": a name in another case
            ):
                continue
            out.append(_TitleCandidate(value, u, "unquoted", 1.6, pos))
    return out


_INSTITUTION = (
    r"(?:Miejsk(?:i|iego|im|iemu|ie)|Gminn(?:y|ego|ym|emu|e)|Miejsko[\s-]*Gminn(?:y|ego|ym|emu|e)"
    r"|Powiatow(?:e|ego|ym|emu))\s+"
    r"(?:Ośrod(?:ek|ka|kiem|ku|kowi)\s+Pomocy\s+(?:Rodzinie|Społecznej)|Centr(?:um)\s+Pomocy\s+(?:Rodzinie|Społecznej)"
    r"|Centr(?:um)\s+Usług\s+Społecznych)"
    # without an adjective, in any case ("w partnerstwie z Ośrodkiem Pomocy Społecznej w X")
    r"|Ośrod(?:ek|ka|kiem|ku|kowi)\s+Pomocy\s+(?:Społecznej|Rodzinie)"
    r"|Centrum\s+Usług\s+Społecznych"
    r"|Centrum\s+Pomocy\s+(?:Rodzinie|Społecznej)"
    # a gmina's welfare team ("Gminny Zespół Pomocy Społecznej", "Miejski Zespół Opieki Społecznej")
    r"|(?:Miejsk|Gminn|Miejsko-Gminn|Powiatow)(?:i|iego|im|iemu|y|ego|ym|emu)\s+Zesp(?:ół|ołu|ołem|ole|ołowi)"
    r"\s+(?:Pomocy|Opieki)\s+Społecznej"
    r"|\b(?:MOPR|MOPS-?u|MOPS|GOPS|MGOPS|PCPR|OPS|CUS|MCPR|MCPS|ROPS)\b"
    r"|Regionaln(?:y|ego|ym)\s+Ośrod(?:ek|ka|kiem|ku)\s+Polityki\s+Społecznej"
    # a voivodeship's own centre under another adjective ("Mazowieckie Centrum Polityki Społecznej")
    + r"|(?:"
    + "|".join(vocabulary()["implementer_bodies"]["regional_adjectives"])
    + r")(?:i|ie|iego|im|iemu|y|e|ego|ym|emu)\s+(?:Ośrod(?:ek|ka|kiem|ku|kowi)|Centrum)\s+Polityki\s+Społecznej"
)
_INSTITUTION_EN = (
    r"(?:(?:Municipal(?:\s+and\s+Commun(?:al|e)|-Commun(?:al|e))?|Regional|District|Communal|City|Commune|Poviat|County)\s+)?"
    r"(?:(?:Social\s+(?:Welfare|Policy|Services?|Assistance|Aid|Help|Support)|Family\s+(?:Support|Assistance|Aid|Help))\s+Cent(?:re|er)"
    r"|Cent(?:re|er)\s+(?:for|of)\s+(?:Social\s+(?:Policy|Services|Assistance|Welfare|Aid|Help|Support)|Family\s+(?:Support|Assistance|Aid|Help))"
    # a care home ("Social Welfare Home in Jeziorany", "Nursing Home"), a community self-help home
    r"|(?:Social\s+(?:Welfare|Assistance|Care)|Nursing|Care|Community\s+Self-Help)\s+Home)"
    r"(?:\s+\([A-Z]{2,6}\))?"
)
_INSTITUTION = fold(_INSTITUTION) + "|" + _INSTITUTION_EN
# "Województwa Pomorskiego", "Urzędu Marszałkowskiego Województwa Śląskiego": the region a body's
# name ends with (vocabulary.yaml implementer_bodies.regional_adjectives, the voivodeships' own)
_VOIVODESHIP_GENITIVE = (
    r"|\s+(?:Urzędu\s+Marszałkowskiego\s+)?Województwa\s+(?:"
    + "|".join(
        w for w in vocabulary()["implementer_bodies"]["regional_adjectives"] if "Regionaln" not in w
    )
    + r")\w*ego\b"
)
_VOIVODESHIP_PLACE = re.compile(_VOIVODESHIP_GENITIVE.removeprefix("|"))
_IMPLEMENTER_RE = re.compile(
    rf"(?P<inst>{_INSTITUTION})(?P<patron>\s+im\.(?:\s+[\w.]+){{1,6}}?(?=\s+we?\s+[A-ZŁŚŻŹĆ]))?"
    # its abbreviation in brackets before the place ("… Pomocy Społecznej (MOPS) w Kutnie")
    r"(?P<abbr>\s+\([A-ZŁŚŻŹĆ]{2,6}\)(?=\s+we?\s+[A-ZŁŚŻŹĆ]))?"
    # a place of up to three words, or two joined by "nad"/"pod" ("w Nowym Dworze Mazowieckim",
    # "w Rudniku nad Sanem"); _trim_place keeps only as many as name a known place
    # (another centre's name is no word of it: "We współpracy z MOPS w Brzegu Gminny Ośrodek …")
    r"(?P<place>(?:\s+(?:w|we|in)\s+[A-ZŁŚŻŹĆ][\w\-]+(?:\s?[–-]\s?[A-ZŁŚŻŹĆ][\w]+"
    r"|\s+(?:nad|pod)\s+[A-ZŁŚŻŹĆ][\w]+|(?:\s+(?!(?:"
    + _INSTITUTION
    + r"))[A-ZŁŚŻŹĆ][\w]+){1,2}(?:\s+(?:nad|pod)\s+[A-ZŁŚŻŹĆ][\w]+)?)?"
    r"|\s+Dzielnicy\s+[A-ZŁŚŻŹĆ][\w-]+(?:\s+[A-ZŁŚŻŹĆ][\w-]+)?"
    # the capital's district with its city ("… Dzielnicy Bemowo m.st. Warszawy")
    r"(?:\s+(?:m\.\s?st\.|Miasta\s+Stołecznego)\s+Warszawy)?"
    # the municipality in the genitive ("… Miasta i Gminy Pakość", "… Gminy Miejskiej Kraśnik")
    r"|\s+(?:Miasta\s+i\s+Gminy|Gminy\s+i\s+Miasta|Gminy\s+Miejskiej|Miasta)[^\S\n]+[A-ZŁŚŻŹĆ][\w-]+(?=[\s.,;]|$)"
    # a voivodeship's unit named by its region ("Regionalny Ośrodek Polityki Społecznej
    # Województwa Lubuskiego", "… Urzędu Marszałkowskiego Województwa Podkarpackiego")
    + _VOIVODESHIP_GENITIVE
    # English: "… Centre of the Krasnopol Commune", "… of the Municipality of Krasnopol"
    + r"|\s+of\s+the\s+(?:[A-ZŁŚŻŹĆ][\w-]+\s+){1,2}(?:Commune|Municipality|Poviat|County|District|City|Town)\b"
    r"|\s+of\s+the\s+(?:Commune|Municipality|City|Town)\s+of\s+[A-ZŁŚŻŹĆ][\w-]+(?:\s+[A-ZŁŚŻŹĆ][\w-]+)?"
    r"|\s+[A-ZŁŚŻŹĆ][\w\-]+(?:\s+[A-ZŁŚŻŹĆ][\w\-]+)?(?=[\s.,;]|$))?)"
)
_IMPLEMENTER_HINT = re.compile(
    r"o[śs]rod|centrum|centre|center|mop|gops|pcpr|ops\b|cus\b|mcp|dom\w*\s+(?:pomocy|samopomocy)"
    r"|zesp[óo]|home\b"
)
# the literals of _IMPLEMENTER_HINT: a unit with none of them cannot match
_IMPLEMENTER_STEMS = (
    "ośrod",
    "osrod",
    "centrum",
    "centre",
    "center",
    "mop",
    "ops",
    "pcpr",
    "cus",
    "mcp",
    "dom pomocy",
    "domu pomocy",
    "dom samopomocy",
    "domu samopomocy",
    "zespół",
    "zespoł",
    "home",
)
_IMPLEMENTER_LABEL = re.compile(
    r"^\s*(?:realizator|beneficjent|wnioskodawca|projektodawca|lider|partner\s+wiodący)(?:\s+projektu)?"
    # a colon, the value on the next line, or a rules' glossary's dash ("3) Realizator projektu –
    # Powiatowe Centrum …", "Beneficjent –Ośrodek …", "2. Wnioskodawca – Gmina X"; a definition
    # in words, "Beneficjent – oznacza to Gminę X", "– należy przez to rozumieć …", is another
    # rule's: its body is in the accusative)
    r"\s*(?::\s*|\n\s*|[–—-](?!\s*(?:oznacz|należy|rozumie))\s*)",
    re.IGNORECASE,
)
# an institution's head noun in a case form -> its nominative and the adjective ending that agrees
# with it ("Miejskiego Ośrodka" -> "Miejski Ośrodek", "Powiatowego Centrum" -> "Powiatowe Centrum",
# "Urzędu Gminy" -> "Urząd Gminy")
_HEAD_NOUNS = (
    (re.compile(fold(r"Ośrod(?:ek|ka|kiem|ku|kowi)\b")), "Ośrodek", "m"),
    (re.compile(fold(r"Osrod(?:ek|ka|kiem|ku|kowi)\b")), "Osrodek", "m"),
    (re.compile(r"Centrum\b"), "Centrum", "n"),
    (re.compile(fold(r"Zesp(?:ół|ołu|ołem|ole|ołowi)\b")), "Zespół", "m"),
    (re.compile(fold(r"Urz(?:ąd|ędu|ędem|ędzie|ędowi)\b")), "Urząd", "m"),
    (re.compile(r"Starostw(?:o|a|em|ie|u)\b"), "Starostwo", "n"),
)
# the adjectives before the head: one or two, joined by a hyphen ("Miejsko-Gminnego")
_ADJECTIVES_BEFORE = re.compile(
    r"((?:[A-ZŁŚŻŹĆ][\w]*-)?[A-ZŁŚŻŹĆ][\w]*?)(?:iego|ego|iemu|emu|im|ym|i|y|ie|e)\s+$"
)
# an adjective after "Starostwo"/"Centrum" in the same case ("Starostwa Powiatowego")
_ADJECTIVE_AFTER = re.compile(r"^\s+([A-ZŁŚŻŹĆ][\w]*?)(?:iego|ego|iemu|emu|im|ym|ie|e)\b")


def _adjective(stem: str, gender: str) -> str:
    if gender == "n":
        return stem + "ie" if stem.endswith(("k", "g")) else stem + "e"
    return stem + "i" if stem.endswith(("k", "g")) else stem + "y"


def _nominative(name: str) -> str:
    """The institution's name in the nominative: its head noun and the adjectives before it
    ("Gminnego Ośrodka Pomocy Społecznej" -> "Gminny Ośrodek …", "Mazowieckiego Centrum Polityki
    Społecznej" -> "Mazowieckie Centrum …"); the rest of the name is a genitive that stays."""
    for pattern, nominative, gender in _HEAD_NOUNS:
        m = pattern.search(name)
        if not m:
            continue
        before = _ADJECTIVES_BEFORE.search(name[: m.start()])
        head = nominative
        if m.group(0).startswith(("Osrod", "Urze", "Urza")):  # a page written without diacritics
            head = {"Ośrodek": "Osrodek", "Urząd": "Urzad"}.get(nominative, nominative)
        start, adjective = m.start(), ""
        if before and before.start() == 0:
            stems = before.group(1).split("-")
            # "Miejsko-Gminny": the first part of a compound keeps its "-o"
            adjective = "-".join([*stems[:-1], _adjective(stems[-1], gender)]) + " "
            start = before.start()
        after = name[m.end() :]
        if nominative == "Starostwo":
            a = _ADJECTIVE_AFTER.match(after)
            if a:
                after = " " + _adjective(a.group(1), "n") + after[a.end() :]
        return name[:start] + adjective + head + after
    return name


# a city or a region as beneficiary: the realizator (the welfare institution) is named elsewhere
_PUBLIC_BODY = re.compile(
    fold(r"(?:miasto|gmina|powiat|województwo|city\s+of|municipality)\b"), re.IGNORECASE
)
_NEXT_CAPITALISED = re.compile(r"^[ -]([A-ZŁŚŻŹĆ][\w-]+)")


# a place, then a spaced dash and one capitalised word ("w Krakowie – Dział")
_PLACE_THEN_DASH = re.compile(
    r"\s(?:w|we|in)\s(?P<first>[A-ZŁŚŻŹĆ][\w-]+)(?:\s[–—-]\s?|[–—-]\s)(?P<second>[A-ZŁŚŻŹĆ]\w+)$"
)


def _trim_place(value: str) -> str:
    value = _BRACKETED_ABBREVIATION.sub("", value)
    return _trim_place_words(value)


# an abbreviation in brackets between a centre's name and its place (_IMPLEMENTER_RE): left out
_BRACKETED_ABBREVIATION = re.compile(r"\s+\([A-ZŁŚŻŹĆ]{2,6}\)(?=\s+we?\s+[A-ZŁŚŻŹĆ])")


def _trim_place_words(value: str) -> str:
    """'… w Lesznie Wartość' -> '… w Lesznie': of the capitalised words after the place's "w", only as
    many stay as name a known town or place ("w Nowym Dworze Mazowieckim", "w Rudniku nad Sanem");
    the first always stays."""
    m = re.search(
        r"\s(?:w|we|in)\s(?P<first>[A-ZŁŚŻŹĆ][\w-]+)(?P<more>(?:\s+(?:nad|pod)\s+[A-ZŁŚŻŹĆ][\w-]+"
        r"|(?:\s+[A-ZŁŚŻŹĆ][\w-]+){1,3}))$",
        value,
    )
    if not m:
        dash = _PLACE_THEN_DASH.search(value)
        if dash and not _is_town(f"{dash.group('first')}-{dash.group('second')}"):
            # "… w Krakowie – Dział Projektów": a department after a spaced dash, not a town's
            # second half ("w Kędzierzynie - Koźlu")
            return value[: dash.end("first")]
        return value
    words = m.group("more").split()
    for n in range(len(words), 0, -1):
        if _is_town(" ".join([m.group("first"), *words[:n]])):
            return value[: m.start("more")] + " " + " ".join(words[:n])
    if m.group("first") in ("Gminie", "Mieście") or LOCATIVE_ADJECTIVE.fullmatch(words[0]):
        # "… w Gminie Dobra" (the gmina's name after its word), "… w Wierzbicy Górnej" (a place
        # outside the gazetteer, its adjective agreeing in the locative): the next word is the
        # place's too
        return value[: m.start("more")] + " " + words[0]
    return value[: m.end("first")]


# an adjective in the locative, a place's second word ("Górnej", "Wielkiej", "Pomorskim", "Nowym")
LOCATIVE_ADJECTIVE = re.compile(
    r"[A-ZŁŚŻŹĆ]\w{2,}(?:skiej|ckiej|rnej|lnej|owej|nej|kiej|skim|ckim|owym|nym|kim)"
)


def _is_town(words: str) -> bool:
    """Whether the words name a town of the gazetteer or a place of data/places.csv ("Nowych
    Skalmierzycach", "Starym Sączu")."""

    words = words.strip()
    return any(
        t.surface.strip() == words
        for t in find_towns("w " + words)
        + find_towns(words)
        # a small place is read only in a strong context: the welfare centre's own
        + find_places("Ośrodek Pomocy Społecznej w " + words)
    )


def _extend_to_town(value: str, rest: str) -> str:
    """'MOPS Zielona' + ' Góra …' -> 'MOPS Zielona Góra' when the two words name a known town."""

    m = _NEXT_CAPITALISED.match(rest)
    if not m:
        return value
    candidate = value + rest[: m.end()]
    last_two = " ".join(candidate.split()[-2:])
    towns = find_towns("w " + last_two) or find_towns(last_two)
    if not towns and _is_town(last_two):
        return candidate
    if (towns and " " in towns[0].surface.strip()) or (towns and "-" in towns[0].surface):
        return candidate
    return value


_BODY_AFTER_VERB = re.compile(  # case-sensitive: the body's own name is capitalised
    fold(
        r"(?:[Rr]ealizowan\w*(?:\s+(?:jest|był\w*|będzie))?|[Pp]rowadzon\w*|[Pp]rowadził\w*|[Pp]rowadzi"
        r"|[Rr]ealizuje|[Rr]ealizował\w*|carried\s+out|implemented|run"
        r"|(?:[Bb]eneficjen(?:t|cie)|[Rr]ealizator|[Ll]ider|[Ww]nioskodawc|[Pp]rojektodawc|[Oo]rganizator)\w*"
        r"(?:\s+projektu)?(?:\s+„[^”\n]{1,120}”)?"
        r"(?:\s+(?:jest|był\w*|został\w*|będzie)|\s*[–—:]))\s+(?:przez\s+|by\s+)?"
    )
    # a regulation's definition ("Beneficjencie – oznacza to Gminę X", "Beneficjent – należy przez
    # to rozumieć Gminę Y")
    + r"(?:(?:"
    + fold(r"oznacza(?:\s+to)?|należy\s+przez\s+to\s+rozumieć|rozumie\s+się\s+przez\s+to")
    + r")\s+)?"
    # nominative, accusative or instrumental ("realizowany przez Gminę Wolsztyn", "Beneficjentem
    # jest Gmina Czersk", "umowa z Beneficjentem – Gminą Miasto X")
    + r"(?P<body>(?:Miasto\s+i\s+Gmin[aęą]|Gmin[aęą]\s+i\s+Miasto|[Mm]iasto|[Gg]min[aęą](?:\s+[Mm]iasta|\s+[Mm]iejsk[aą]|\s+[Mm]iasto)?|[Pp]owiat"
    r"|Urz(?:ąd|ad)\s+(?:Gminy|Miasta(?:\s+i\s+Gminy)?|Dzielnicy)"
    r"|[Ww]ojewództwo|[Tt]he\s+(?:[Cc]ity|[Tt]own|[Mm]unicipality|[Cc]ommune)\s+of)"
    # (a second word that opens the unit's own name is not the body's: "przez Gminę Zawiercie
    # Miejski Ośrodek …")
    r"\s+[A-ZŁŚŻŹĆ][\w-]+(?:\s+(?!" + _INSTITUTION + r")[A-ZŁŚŻŹĆ][\w-]+)?)"
)
# the accusative of a public body's head words, back to the nominative
_BODY_NOMINATIVE = (
    ("Gminę", "Gmina"),
    ("gminę", "gmina"),
    ("Gminą", "Gmina"),
    ("gminą", "gmina"),
    ("Miejską", "Miejska"),
)


def _public_body(doc: Doc, labelled_body: Found | None) -> dict[str, Found]:
    """No welfare institution is named: the city or gmina that runs the project ('Beneficiary |
    MIASTO ŁOMŻA', 'projekt realizowany przez Miasto Łomża')."""
    if labelled_body is not None:
        return {"implementer": labelled_body}
    said = _public_body_said_to_hold(doc)
    if said is not None:
        return {"implementer": said}
    owner = _public_body_of_the_site(doc)
    if owner is not None:
        return {"implementer": owner}
    named = _named_gminas(doc)
    if named:
        return {"implementer": named}
    scored = _scored_public_body(doc) or _province_of_the_project(doc)
    return {"implementer": scored} if scored else {}


# "Projekt Województwa Opolskiego, którego wartość …", "projektu partnerskiego Województwa Śląskiego":
# the voivodeship that owns the project, in the genitive (its name an adjective: -ego -> -ie)
_PROJECT_OF_A_PROVINCE = re.compile(
    r"\b[Pp]rojek(?:t|tu|tem|cie)\s+(?:(?:partnersk|systemow|pozakonkursow)\w*\s+)?"
    r"Województwa\s+(?P<name>[A-ZŁŚŻŹĆ][a-ząćęłńóśźż]*(?:-[A-ZŁŚŻŹĆ][a-ząćęłńóśźż]+)?k)iego\b"
)


@_sourced("province")
def _province_of_the_project(doc: Doc) -> Found | None:
    """The voivodeship a sentence names as the project's owner ("Projekt Województwa Opolskiego
    otrzymał dofinansowanie"): the body that holds the grant (realcorpus README, settled rule 3),
    in the nominative; only one such voivodeship."""
    seen: dict[str, Unit] = {}
    for u in doc.units:
        if doc.is_foreign(u) or "Województwa" not in u.text:
            continue
        for m in _PROJECT_OF_A_PROVINCE.finditer(u.text):
            seen.setdefault(f"Województwo {m.group('name')}ie", u)
    if len(seen) != 1:
        return None
    ((name, unit),) = seen.items()
    return Found(name, unit, 1)


# "Gmina Kielce/Miejski Ośrodek Pomocy Rodzinie", "Gmina Zawiercie – MOPS w Zawierciu", "Gmina X,
# Gminny Ośrodek …", "Gminę X Miejski Ośrodek …": the gmina with the unit that runs the project for
# it (the unit is the realizator)
_WITH_ITS_UNIT = re.compile(r"\s*(?:/|[–—-]\s|,)?\s*(?=" + _INSTITUTION + ")")


def _with_its_unit(text: str, at: int) -> bool:
    """The gmina or town named before `at` is followed by its unit (_WITH_ITS_UNIT), not by a
    partner named after it ("Gminę X, Ośrodek … w X jest partnerem")."""
    m = _WITH_ITS_UNIT.match(text, at)
    if m is None:
        return False
    unit = _IMPLEMENTER_RE.match(text, m.end())
    return unit is None or _PARTNER_AFTER.match(text, unit.end()) is None


# a town's name as the subject of getting the money ("Elbląg dostał 2,5 mln zł", "Kutno otrzyma
# dofinansowanie"), at a sentence's start
_TOWN_GETS = re.compile(
    r"(?:^|[.!?]\s+)(?P<town>[A-ZŁŚŻŹĆ][\w-]+(?:\s+[A-ZŁŚŻŹĆ][\w-]+)?)\s+(?:już\s+|też\s+)?"
    + fold(r"(?:dostał\w*|otrzymał\w*|pozyskał\w*|otrzyma|dostanie|pozyska)\b")
)


@_sourced("town_grantee")
def _town_as_grantee(doc: Doc) -> Found | None:
    """A town of the gazetteer named in the nominative as the one that gets the project's money
    ("Elbląg dostał 2,5 mln zł na …"), in a sentence about the grant: the town, as the page names it."""

    grant = _role_re("grant_words")
    for u in doc.units:
        if doc.is_foreign(u):
            continue
        for m in _TOWN_GETS.finditer(u.text):
            name = m.group("town")
            if not grant.search(u.text, m.end()):
                continue
            if any(t.surface == name and t.city == name for t in find_towns(name)):
                return Found(name, u, 1)
    return None


# a town's or gmina's office named as the applicant of the grant: "Na wniosek Urzędu Miasta X
# Urząd Marszałkowski przekazał …", "Wniosek (o dofinansowanie) złożył Urząd Gminy Y"
_APPLICANT_OFFICE = re.compile(
    fold(r"\b(?:[Nn]a\s+wniosek|[Ww]niosek\s+(?:o\s+dofinansowanie\s+)?złożył[ao]?)\s+")
    + r"(?P<office>Urz(?:ędu|ąd|edu|ad))\s+(?P<kind>Miasta\s+i\s+Gminy|Gminy\s+i\s+Miasta|Miasta|Gminy)"
    r"\s+(?P<name>[A-ZŁŚŻŹĆ][\w-]+(?:\s+[A-ZŁŚŻŹĆ][\w-]+)?)"
)


_MONEY_IN_WORDS = re.compile(r"\b(?:milion|miliard|tysiąc|tysięc|złot)\w*", re.IGNORECASE)


@_sourced("applicant_office")
def _applicant_office(doc: Doc) -> Found | None:
    """The town's or gmina's office a sentence about the grant names as its applicant ("Na wniosek
    Urzędu Miasta Świdnik … przekazał 2,6 mln zł"): the holder of the grant (realcorpus README,
    settled rule 3), as named, in the nominative; a label's strength (priority 2)."""
    grant = _role_re("grant_words")
    for u in doc.units:
        if doc.is_foreign(u) or "niosek" not in u.text:
            continue
        for m in _APPLICANT_OFFICE.finditer(u.text):
            if not (grant.search(u.text, m.end()) or _MONEY_IN_WORDS.search(u.text, m.end())):
                continue
            # the next capitalised word may open the sentence's subject ("… Świdnik Urząd …")
            name = m.group("name").split()
            if len(name) == 2 and name[1] in ("Urząd", "Urzad", "Zarząd", "Marszałek", "Wojewoda"):
                name = name[:1]
            office = "Urząd" if m.group("office").startswith(("Urzę", "Urzą")) else "Urzad"
            return Found(f"{office} {compact(m.group('kind'))} {' '.join(name)}", u, 2)
    return None


def _acting_kind(kind: str) -> str:
    """The nominative head of a public body found acting ("Urząd Gminy", "gmina" -> "Gmina";
    "Urząd Miasta", "miasto" -> "Miasto"; "Powiat")."""
    if kind.lower().startswith("gmin"):
        return "Gmina"
    return "Powiat" if kind == "Powiat" else "Miasto"


def _acts_for_the_project(doc: Doc, body: str) -> bool:
    """Whether another sentence has the gmina or town act for the project in so many words ("Gmina
    X złożyła wniosek o grant w ramach projektu …"), beside the one it was first found in."""
    for u in doc.units:
        if doc.is_foreign(u) or body not in u.text or not _PROJECT_WORD.search(u.text):
            continue
        for m in _body_acts_re().finditer(u.text):
            kind, name = _acting(m)
            if f"{kind} {name}" == body:
                return True
    return False


def _town_gets_the_money(holder: Found) -> bool:
    """Whether the holder is a town (not a gmina: "Gmina X dostała … na zadanie" may be any task)
    its sentence says gets the money ("Elbląg dostał 2,5 mln zł na utworzenie …"): the grantee,
    over a centre the page only names."""
    return not _PUBLIC_BODY.match(holder.value) and any(
        m.group("town") == holder.value
        and _role_re("grant_words").search(holder.unit.text, m.end())
        for m in _TOWN_GETS.finditer(holder.unit.text)
    )


@_sourced("public_said_to_hold")
def _public_body_said_to_hold(doc: Doc) -> Found | None:
    """A city, gmina or county said in so many words to run or hold the project: after a run verb
    or a role word ("realizowany przez Gminę Wolsztyn", "Beneficjentem jest Gmina Czersk"), or acting
    for it ("Gmina Lipno otrzymała dofinansowanie", "Umowę podpisała Gmina Rypin")."""
    for u in doc.units:
        if doc.is_foreign(u):
            continue
        m = _BODY_AFTER_VERB.search(u.text)
        if m and not _with_its_unit(u.text, m.end()):
            body = compact(m.group("body"))
            for case, nominative in _BODY_NOMINATIVE:
                body = re.sub(rf"\b{case}\b", nominative, body)
            english = _PUBLIC_BODY_MENTION_EN.search(body)
            if english and body[:4].lower() == "the ":
                # "the Municipality of X" -> "Gmina X" (public bodies named in Polish)
                body = (
                    f"{_ENGLISH_KIND[english.group('kind').capitalize()]} {english.group('name')}"
                )
            return Found(body[0].upper() + body[1:], u, 1)
    applicant = _applicant_office(doc)
    if applicant is not None:
        return applicant
    town = _town_as_grantee(doc)
    if town is not None:
        return town
    for u in doc.units:
        if doc.is_foreign(u) or not ("min" in u.text or "iast" in u.text or "Powiat " in u.text):
            continue
        m = _body_acts_re().search(u.text)
        if m and not _with_its_unit(u.text, m.end("name") if m.group("name") else m.end()):
            kind, name = _acting(m)
            return Found(f"{kind} {name}", u, 1)
    return _dative_grantee(doc) or _owner_in_genitive(doc) or _contracted_body(doc)


@cache
def _owner_in_genitive_re() -> re.Pattern[str]:
    """A gmina, town or county in the genitive right after a word that calls the project its own
    (vocabulary.yaml implementer_roles.project_of_owner), case-sensitive on the body's name."""
    return re.compile(
        r"\b(?i:"
        + fold("|".join(vocabulary()["implementer_roles"]["project_of_owner"]))
        + r")\s+(?P<head>Miasta\s+i\s+Gminy|Gminy\s+Miejskiej|Gminy|Miasta|Powiatu)"
        r"(?P<name>(?:[^\S\n]+(?!" + _INSTITUTION + r")[A-ZŁŚŻŹĆ][\w-]+){1,2})"
    )


_GENITIVE_BODY_HEAD = {
    "Miasta i Gminy": "Miasto i Gmina",
    "Gminy Miejskiej": "Gmina Miejska",
    "Gminy": "Gmina",
    "Miasta": "Miasto",
}


def _owner_in_genitive(doc: Doc) -> Found | None:
    """The gmina, town or county the page calls the project's owner ("Projekt partnerski Gminy
    Lipno i Stowarzyszenia X", "Projekt „Razem” Gminy Lipno otrzymał dofinansowanie"), in the
    nominative: a gmina's name stays as written, a town's from its case form, a county's
    adjective by morfeusz2."""
    from .places import geographic_lemma

    for u in doc.units:
        if doc.is_foreign(u) or not (
            "Gminy" in u.text or "Miasta" in u.text or "Powiatu" in u.text
        ):
            continue
        for m in _owner_in_genitive_re().finditer(u.text):
            head, name = " ".join(m.group("head").split()), m.group("name").strip()
            if head == "Powiatu":
                phrase = to_nominative(f"Powiatu {name}", "gen")
                if phrase is None or phrase.text.startswith("Powiatu"):
                    continue
                return Found(phrase.text, u, 1, "owner_in_genitive")
            if head == "Miasta":  # "Miasta Kalisza" -> "Miasto Kalisz"; "Miasta Kalisz" stays
                name = geographic_lemma(name) or (name if _is_town(name) else "")
                if not name:
                    continue
            return Found(f"{_GENITIVE_BODY_HEAD[head]} {name}", u, 1, "owner_in_genitive")
    return None


_DATIVE_HEAD = {"Gminie": "Gmina", "Miastu": "Miasto", "Powiatowi": "Powiat"}


@cache
def _dative_grantee_re() -> re.Pattern[str]:
    """A gmina, town or county in the dative opening its clause, the grant's verb right after its
    name ("Gminie Lipnica przyznano dofinansowanie"; not "w Gminie X", a locative)."""
    return re.compile(
        r"(?:^|[.;:!?]\s+|,\s+)(?P<head>Gminie|Miastu|Powiatowi)"
        r"(?P<name>(?:[^\S\n]+[A-ZŁŚŻŹĆ][\w-]+){1,2})[^\S\n]+(?:"
        + fold("|".join(vocabulary()["implementer_roles"]["dative_grant_verbs"]))
        + r")\b"
    )


def _dative_grantee(doc: Doc) -> Found | None:
    """The gmina, town or county given the grant, named in the dative (_dative_grantee_re), in
    the nominative: its head word's ("Gminie X" -> "Gmina X"; a town's own name, in the dative
    too, stays only when it is already a town's nominative)."""
    for u in doc.units:
        if doc.is_foreign(u) or not (
            "Gminie" in u.text or "Miastu" in u.text or "Powiatowi" in u.text
        ):
            continue
        m = _dative_grantee_re().search(u.text)
        if m is None:
            continue
        name = m.group("name").strip()
        if m.group("head") != "Gminie" and not _is_town(name):
            continue  # "Miastu Kaliszowi": the name's case form is not undone here
        return Found(f"{_DATIVE_HEAD[m.group('head')]} {name}", u, 1, "dative_grantee")
    return None


# the body a funder signed the grant's contract with, in the instrumental ("Marszałek podpisał umowę
# z Gminą X", "umowę o dofinansowanie podpisano ze Stowarzyszeniem Y"): the grantee (realcorpus
# README, settled rule 3)
_CONTRACT_WITH = re.compile(
    fold(r"\b(?:[Uu]mow\w*|[Pp]orozumieni\w*)\b[^.;!?\n]{0,80}?\bze?\s+")
    + r"(?P<head>Gminą(?:\s+Miejską|\s+Miasto|\s+Miasta)?|Miastem|Powiatem|Stowarzyszeniem|Fundacją"
    r"|Towarzystwem|Spółdzielnią\s+Socjalną|Związkiem)"
    r"\s+(?P<name>(?:„[^”\n]{1,60}”|[A-ZŁŚŻŹĆ][\w-]*)"
    r"(?:\s+(?:„[^”\n]{1,60}”|[A-ZŁŚŻŹĆ][\w-]*|na\s+rzecz|dla|im\.|św\.)){0,6})"
)
_FURTHER_GRANTEE = re.compile(
    r"\s*(?:,|\s+i\s+|\s+oraz\s+)\s*(?:ze?\s+)?(?:Gminą|Miastem|Powiatem|Stowarzyszeniem|Fundacją|Towarzystwem)\b"
)
_INSTRUMENTAL_HEAD = {
    "Gminą": "Gmina",
    "Gminą Miejską": "Gmina Miejska",
    "Gminą Miasto": "Gmina Miasto",
    "Gminą Miasta": "Gmina Miasta",
    "Miastem": "Miasto",
    "Powiatem": "Powiat",
    "Stowarzyszeniem": "Stowarzyszenie",
    "Fundacją": "Fundacja",
    "Towarzystwem": "Towarzystwo",
    "Spółdzielnią Socjalną": "Spółdzielnia Socjalna",
    "Związkiem": "Związek",
}


@cache
def _contract_giver_re() -> re.Pattern[str]:
    return re.compile(
        fold("|".join(vocabulary()["implementer_roles"]["contract_givers"])), re.IGNORECASE
    )


@_sourced("contracted_body")
def _contracted_body(doc: Doc) -> Found | None:
    """The gmina, town, county or association a funder signed the grant's contract with
    (_CONTRACT_WITH), in a sentence that names the funder or says the contract was signed
    without a subject (vocabulary.yaml implementer_roles.contract_givers); its name in the
    nominative (a county's adjective: "Powiatem Kutnowskim" -> "Powiat Kutnowski")."""
    for u in doc.units:
        if doc.is_foreign(u) or not ("mow" in u.text or "orozumi" in u.text):
            continue
        m = _CONTRACT_WITH.search(u.text)
        if m is None or not _contract_giver_re().search(u.text):
            continue
        if _FURTHER_GRANTEE.match(u.text, m.end()):
            return None  # "z Gminą X oraz Gminą Y": several grantees, none the page's own
        head = _INSTRUMENTAL_HEAD[compact(m.group("head"))]
        name = compact(m.group("name"))
        if head == "Powiat":
            name = re.sub(r"(?<=[kc])im\b", "i", re.sub(r"(?<=[^kc\W])ym\b", "y", name))
        if head in ("Gmina", "Miasto", "Powiat", "Gmina Miejska"):
            name = " ".join(name.split()[:2])
        return Found(f"{head} {name}", u, 1)
    return None


# "Gmina Kętrzyn", "Gminy Potęgowo", "Miasta Kętrzyn", "Powiatu Łosickiego" (the name after a gmina's
# or town's head word stays in the nominative in every case)
# (a county's name is an adjective that follows its case: only "Powiat Łosicki" itself is read)
_PUBLIC_BODY_MENTION = re.compile(
    r"\b(?P<kind>Gmin(?:a|y|ie|ę|ą)|Miast(?:o|a|u|em)|Powiat)"
    r"\s+(?P<name>[A-ZŁŚŻŹĆ][\w-]+(?:\s+[A-ZŁŚŻŹĆ][\w-]+)?)"
)
# "Gminy Miejskiej Sokółka" -> "Gmina Miejska Sokółka"
_GMINA_ADJECTIVE_NOMINATIVE = (
    (re.compile(r"^(Miejsk|Wiejsk|Miejsko-[Ww]iejsk)(?:iej|ą)\b"), r"\1a"),
)
_BODY_NOMINATIVE_KIND = {"Gmin": "Gmina", "Mias": "Miasto", "Powi": "Powiat"}
# English records: "The Municipality of Potęgowo received …", "the City of Gdynia" (named in Polish,
# as the gold and the marts name public bodies)
_PUBLIC_BODY_MENTION_EN = re.compile(
    r"\b(?P<kind>Municipality|Commune|City|Town)\s+of\s+(?P<name>[A-ZŁŚŻŹĆ][\w-]+(?:\s+[A-ZŁŚŻŹĆ][\w-]+)?)"
)
_ENGLISH_KIND = {"Municipality": "Gmina", "Commune": "Gmina", "City": "Miasto", "Town": "Miasto"}
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+)(?:[Tt]he\s+)?$")


@cache
def _role_re(role: str) -> re.Pattern[str]:
    return re.compile(
        fold("|".join(f"(?:{p})" for p in vocabulary()["implementer_roles"][role])), re.IGNORECASE
    )


# a head's act right before its title ("podpisał Wójt Gminy X", "odebrała Burmistrz Gminy Y")
_HEAD_ACTS_BEFORE = re.compile(
    fold(r"\b(?:podpisał\w*|zawarł\w*|odebrał\w*|przyjął\w*|przyjęł\w*|złożył\w*)\s+\w+\s+$"),
    re.IGNORECASE,
)


def _public_body_scores(doc: Doc) -> dict[str, tuple[float, Unit]]:
    """Each gmina, town or county the page names in a unit about the grant, scored by its role:
    1 for the mention, +1 as the subject (the nominative, not after a place word), +1 as the
    recipient ("trafi do Gminy X"), +1 when its head signs ("Wójt Gminy X podpisał umowę");
    a place ("na terenie Gminy X", "w Gminie X") does not count. Names with their first unit."""
    scores: dict[str, tuple[float, Unit]] = {}
    grant = _role_re("grant_words")
    title_label = _label_re("title")
    for u, lv in zip(doc.units, doc.label_values()):
        if doc.is_foreign(u) or not (
            "Gmin" in u.text or "Miast" in u.text or "Powiat" in u.text or " of " in u.text
        ):
            continue
        if lv is not None and title_label.match(lv[0]):
            continue  # "Tytuł projektu | Gmina Miasto X – …": a word of the title
        for m in itertools.chain(
            _PUBLIC_BODY_MENTION.finditer(u.text), _PUBLIC_BODY_MENTION_EN.finditer(u.text)
        ):
            line_start = u.text.rfind("\n", 0, m.start()) + 1
            line_end = u.text.find("\n", m.end())
            if not grant.search(u.text, line_start, len(u.text) if line_end < 0 else line_end):
                continue  # a heading or a line that does not speak of the grant
            before = u.text[max(0, m.start() - 40) : m.start()]
            if _role_re("place_before").search(before) and not _role_re("recipient_before").search(
                before
            ):
                continue
            if _inside_quotes(u.text, m.start()):
                continue  # a word of a title: „Gmina Zgorzelec wspiera Seniorów”
            kind = m.group("kind")
            english = kind in _ENGLISH_KIND
            score = 1.0
            if english:  # the subject: "The Municipality of X received …"
                score += _SENTENCE_START.search(before) is not None
            else:
                score += kind in ("Gmina", "Miasto", "Powiat") and not _role_re(
                    "head_before"
                ).search(before)
            score += bool(_role_re("recipient_before").search(before))
            score += bool(_role_re("owner_before").search(before))
            if _role_re("head_before").search(before) and (
                _role_re("head_acts").search(u.text, m.end(), m.end() + 60)
                # the verb first: "Umowę podpisał Wójt Gminy X"
                or _HEAD_ACTS_BEFORE.search(u.text, max(0, m.start() - 40), m.start())
            ):
                score += 1
            own = m.group("name")
            for pattern, nominative in _GMINA_ADJECTIVE_NOMINATIVE:
                own = pattern.sub(nominative, own)
            name = f"{_ENGLISH_KIND[kind] if english else _BODY_NOMINATIVE_KIND[kind[:4]]} {own}"
            old_score, unit = scores.get(name, (0.0, u))
            scores[name] = (old_score + score, unit)
    return scores


@_sourced("scored_public_body")
def _scored_public_body(doc: Doc) -> Found | None:
    """The gmina, town or county that clearly holds the project (see _public_body_scores): at
    least a role beyond a mention, and more than any other; equals give a null and a problem."""
    scores = _public_body_scores(doc)
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: -kv[1][0])
    (name, (score, unit)) = ranked[0]
    if score < 2:
        return None
    if len(ranked) > 1 and ranked[1][1][0] >= score:
        doc.problems.append(
            f"implementer: several public bodies hold the project equally ({name}, {ranked[1][0]}); left null"
        )
        return None
    return Found(name, unit, 1)


# a list of the gminas a joint (or multi-project) page is about: "Nowe placówki powstaną w sześciu
# gminach:", "Umowy podpisały gminy:", "Beneficjenci: gminy Lipno, Skępe i Tłuchowo"
# an association, a foundation or a society named on the page ("Stowarzyszenie X", "Fundacja Y",
# "Lokalna Grupa Działania Z")
_ASSOCIATION = re.compile(
    r"\b(?:Stowarzyszeni\w*|Fundacj\w*|Towarzystw\w*|Lokaln\w+\s+Grup\w*\s+Działania)\s+"
    r"(?:„|\"|[A-ZŁŚŻŹĆ])"
)
_GMINAS_INTRO = re.compile(
    fold(r"\b(?:gmin(?:ach|y|om)?|samorząd(?:ach|y|om))")
    # after a colon, or a list of at least two names straight after the word ("w gminach
    # Skępe, Lipno i Rypin", "gminy Skępe oraz Lipno otrzymały …")
    # (the names capitalised, whatever the case of the word before: "Urząd Gminy X, ul. Y" is
    # an address, not a list)
    + r"(?:\s*:\s*|\s+(?=(?-i:[A-ZŁŚŻŹĆ][\w-]+(?:\s+[A-ZŁŚŻŹĆ][\w-]+)?(?:,|\s+i\s+|\s+oraz\s+)\s*[A-ZŁŚŻŹĆ])))"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
# a gmina's name at the start of a list entry, before an amount or a note ("Gmina Skępe – 2,1 mln zł")
_GMINA_ENTRY = re.compile(
    r"(?:Gmina\s+)?[A-ZŁŚŻŹĆ][\w-]+(?:\s+[A-ZŁŚŻŹĆ][\w-]+)?(?=\s*(?:$|[–—:(,;.]|-\s|\si\s|\soraz\s))"
)
_UNNAMED_GMINA_ACTS = re.compile(
    fold(
        r"(?:^|[.!?]\s+)(?:Gmina|Samorząd\s+gminy)\s+(?:(?:właśnie|już|też)\s+)?(?:dostała|otrzymała|pozyskała|zdobyła)\b"
        # in lower case inside its sentence ("Burmistrz X poinformował, że gmina otrzymała …",
        # "Na jego prowadzenie gmina dostała …"), not after a word that picks one gmina of several
        # ("każda gmina otrzymała", "sąsiednia gmina": an adjective's "-a")
        r"|(?<!\w)(?<![aą] )gmina\s+(?:(?:właśnie|już|też|także)\s+)?(?:dostała|otrzymała|pozyskała|zdobyła)\b"
    )
)


_WHERE_PEOPLE_LIVE = re.compile(
    fold(
        r"(?:zamieszkując\w*|zamieszkał\w*|mieszkańc\w*|mieszkank\w*|z\s+terenu|na\s+terenie|obszar\w*)\s+$"
    ),
    re.IGNORECASE,
)


@_sourced("named_gminas")
def _named_gminas(doc: Doc) -> Found | None:
    """No institution and no body said to act by name: the first gmina of a list of gminas a page
    is about ("w sześciu gminach:" and its items; "gminy: Lipno, Skępe i Tłuchowo"), as the page
    writes it, or the one gmina a news item names when it says "Gmina dostała …" or "…, że gmina
    otrzymała …" ("gminy Kłoczew", "Burmistrz Zawichostu", else the one small town its body names
    after "w"): "Gmina Kłoczew"."""

    def gmina(entry: str) -> str | None:
        m = _GMINA_ENTRY.match(compact(entry).strip(" .,;:"))
        if not m:
            return None
        name = m.group(0)
        bare = name.removeprefix("Gmina ")
        for p in find_places("w gminie " + bare):
            if p.surface == bare:  # the whole name, in any case: as the gazetteer writes it
                return name if name.startswith("Gmina ") else p.name
        return None

    units = doc.units
    for i, u in enumerate(units):
        if doc.is_foreign(u) or ("min" not in u.text and "amorz" not in u.text):
            continue
        m = _GMINAS_INTRO.search(u.text)
        if not m or _WHERE_PEOPLE_LIVE.search(u.text, max(0, m.start() - 40), m.start()):
            # "osób zamieszkujących gminy: X, Y": where the participants live, not who holds it
            continue
        rest = m.group("rest").strip()
        first = rest
        if not rest and i + 1 < len(units) and units[i + 1].is_item:
            first = _item_body(units[i + 1])
        name = gmina(re.sub(r"^\d+[.)]\s*", "", first)) if first else None
        if name and _ASSOCIATION.search(doc.text):
            # an association or foundation beside the gminas it works in: it may run the project
            # for them, or be their partner; the page does not say (calibrated on unseen pages:
            # the first gmina was wrong more often than right)
            doc.problems.append(
                f"implementer: a list of gminas ('{name}', …) and an association are named; "
                "which runs the project is not said"
            )
            return None
        if name:
            return Found(name, u, 1, "named_gminas:list")
    acts = next(
        (u for u in units if not doc.is_foreign(u) and _UNNAMED_GMINA_ACTS.search(u.text)), None
    )
    if acts is not None:
        towns = {
            p.name for m in _GMINA_NAMED.finditer(doc.text) for p in find_places("w " + m.group(0))
        } | _towns_of_the_heads(doc)
        if not towns:
            # only where things happen: the one small town the article's body names after "w"
            # ("W Radoszycach ruszy klub … gmina dostała …"), not its masthead's or footer's
            head, foot = page_furniture(doc.text)
            towns = {
                p.name
                for p in locative_places(doc.text)
                if head <= p.start < foot and not doc.is_foreign(unit_at(doc, p.start))
            }
        if len(towns) == 1:
            # the gmina the page names (settled rule 3: the grantee, as written: "gmina")
            return Found(f"Gmina {towns.pop()}", acts, 1, "named_gminas:one")
    return None


# a gmina's head named with its town in the genitive ("Burmistrz Zawichostu", "zastępca burmistrza
# Gogolina", "wójta Nowego Wiśnicza"): the words in vocabulary.yaml implementer_roles.gmina_heads
@cache
def _gmina_head_re() -> re.Pattern[str]:
    heads = "|".join(vocabulary()["implementer_roles"]["gmina_heads"])
    return re.compile(
        r"\b(?i:" + fold(heads) + r")\s+(?P<town>[A-ZŁŚŻŹĆ][\w-]+(?:\s+[A-ZŁŚŻŹĆ][\w-]+)?)"
    )


def _towns_of_the_heads(doc: Doc) -> set[str]:
    """The towns a gmina's head is named of in the genitive outside other content, in the
    nominative, each known as a place ("Burmistrz Nowego Wiśnicza" -> Nowy Wiśnicz; "burmistrz
    Jan Nowak": none)."""
    from .places import geographic_lemma

    out: set[str] = set()
    for u in doc.units:
        if doc.is_foreign(u) or not _gmina_head_re().search(u.text):
            continue
        for m in _gmina_head_re().finditer(u.text):
            words = m.group("town").split()
            for n in (2, 1) if len(words) == 2 else (1,):
                phrase = " ".join(words[:n])
                name = geographic_lemma(phrase) if n == 1 else None
                if n == 2:
                    nom = to_nominative(phrase, "gen")
                    name = nom.text if nom is not None and nom.text != phrase else None
                if name and any(p.surface == name for p in find_places("w gminie " + name)):
                    out.add(name)
                    break
    return out


_FURNITURE_LINES = 3  # lines of a masthead and of a footer
_MIN_LINES = 12  # shorter pages have no furniture worth setting apart


def page_furniture(text: str) -> tuple[int, int]:
    """(end of the masthead, start of the footer): the first and last three non-empty lines of a
    page of twelve or more; (0, len) for shorter pages."""
    lines = [m for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    if len(lines) < _MIN_LINES:
        return 0, len(text)
    return lines[_FURNITURE_LINES - 1].end(), lines[-_FURNITURE_LINES].start()


def unit_at(doc: Doc, pos: int) -> Unit:
    """The unit that holds text offset `pos` (the last one starting at or before it)."""
    i = max(0, bisect.bisect_right([u.start for u in doc.units], pos) - 1)
    return doc.units[i]


@cache
def _body_acts_re() -> re.Pattern[str]:
    """'Urząd Gminy Kamienica Polska zawarł umowę', 'Gmina Lipno otrzymała dofinansowanie', 'Władze
    gminy Brzeźnica zdobyły 3,5 mln zł': a gmina or town acting for the project in a news item (the
    verbs in vocabulary.yaml public_body_acts)."""
    acts = "|".join(vocabulary()["implementer_bodies"]["public_body_acts"])
    return re.compile(
        # (a news item's "gmina X otrzymała …" in lower case: the name itself capitalised)
        # (or a county: "Powiat Kolski realizuje projekt", "Umowę podpisał Powiat Brodnicki")
        r"(?:\b(?:Urz(?:ąd|ad)|[Ss]amorząd|[Ww]ładze)\s+(?P<kind>[Gg]miny|[Mm]iasta)|\b(?P<kind2>Miasto\s+i\s+Gmina|Gmina\s+i\s+Miasto|[Gg]mina|[Mm]iasto|Powiat))"
        # (a name of up to three words: "Gmina Nowe Miasto Lubawskie realizuje", not "Miasto
        # Lubawskie"; a role in apposition before the verb: "Gmina X, jako beneficjent, realizuje",
        # never a partner's: "Gmina X, jako partner, realizuje zadania")
        r"\s+(?P<name>[A-ZŁŚŻŹĆ][\w-]+(?:\s+[A-ZŁŚŻŹĆ][\w-]+){0,2})"
        + fold(r"(?:,\s+jako\s+(?!partner)[^,.;:!?\n]{3,40},)?\s+")
        # (with its partners before a plural verb: "Gmina X razem ze Stowarzyszeniem Y oraz
        # Fundacja Z realizują projekt")
        + fold(
            r"(?:(?:razem|wspólnie|w\s+partnerstwie)\s+ze?\s+[^.;:!?\n]{3,160}?\s+"
            r"(?:realizują|realizowały|zrealizowały|prowadzą|prowadziły)\s+projekt|"
        )
        + fold(rf"(?:{acts})\b)")
        # the verb first: "Umowę podpisała Gmina Rypin", "Dofinansowanie otrzymało Miasto Koło"
        + "|"
        + fold(rf"\b(?:{acts})")
        + r"\s+(?:(?:już|także|też|również)\s+)?(?P<kind3>[Gg]mina|[Mm]iasto|Powiat)"
        r"\s+(?P<name3>[A-ZŁŚŻŹĆ][\w-]+(?:\s+[A-ZŁŚŻŹĆ][\w-]+)?)"
        # the project as the gmina's own, its name next ("Projekt Gminy Lipnica „Razem”",
        # "projektu Gminy Kije pn. …"; a gmina's name stays in the nominative after "Gminy")
        + "|"
        + fold(r"\b[Pp]rojekt\w*\s+")
        + r"(?P<kind4>Gminy)\s+(?P<name4>[A-ZŁŚŻŹĆ][\w-]+(?:\s+[A-ZŁŚŻŹĆ][\w-]+)?)"
        + fold(r"(?=\s*(?:pn\.|pt\.|p\.n\.|pod\s+nazwą|[„\"–—(,]|nr\b|współfinansowan|realizowan))")
    )


def _acting(m: re.Match[str]) -> tuple[str, str]:
    """The head and name of a public body _body_acts_re found acting ("Miasto i Gmina X" as
    written)."""
    kind = m.group("kind") or m.group("kind2") or m.group("kind3") or m.group("kind4")
    name = m.group("name") or m.group("name3") or m.group("name4")
    return (compact(kind) if " i " in kind else _acting_kind(kind)), name


# a home's street as part of its name ("Dom Pomocy Społecznej przy ul. Lipowej 5 w X"): the street's
# capitalised words and its number
# the space between two words of a name: spaces and at most one line break, never a blank line (a
# heading joined to its paragraph: "Starostwo Powiatowe w X" / "" / "Powiat Y otrzymał …")
_NAME_GAP = r"(?:[^\S\n]+\n?|\n)[^\S\n]*(?!\n)"
# the particles of a patron's foreign name inside a body's name ("Zgromadzenie Sióstr Miłosierdzia
# Św. Wincentego a Paulo", "Fundacja im. Ludwika de Soissons"; vocabulary.yaml
# implementer_roles.name_particles), each before its capitalised word
_NAME_PARTICLE = (
    "(?:"
    + "|".join(vocabulary()["implementer_roles"]["name_particles"])
    + r")(?=[^\S\n]+[A-ZĄĆĘŁŃÓŚŹŻ])|"
)
# a body's quoted name in any of the page's quotes ("„Krąg”", "“Krąg”", "\"Krąg\"")
_QUOTED_NAME_PART = r"[„“\"][^„”“\"\n]{1,60}[”\"“]"
# lowercase words of a body's name before its quoted name ("Stowarzyszenie służb społecznych
# „Krąg”"): a word that is no verb, project word or clause opener (vocabulary.yaml
# implementer_roles.name_lowercase_stop), with at most three more such words and then the quote
_LOWER_STOP = "(?:" + "|".join(vocabulary()["implementer_roles"]["name_lowercase_stop"]) + r")\b"
_LOWER_WORD = r"(?!" + _LOWER_STOP + r")[a-ząćęłńóśźż]{2,}\b"
_LOWER_NAME_WORD = (
    _LOWER_WORD + r"(?=(?:[^\S\n]+" + _LOWER_WORD + r"){0,3}[^\S\n]*[„“\"][^„”“\"\n]{1,60}[”\"“])|"
)
_STREET = (
    r"przy\s+ul(?:icy|\.)\s*[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*){0,2}"
    r"(?:\s+\d+[a-zA-Z]?(?:/\d+)?)?"
)
# a school's or kindergarten's number in its name ("Szkoła Podstawowa nr 2 w X")
_SCHOOL_NUMBER = r"nr\.?[^\S\n]*\d+|"
_RUN_VERB = (
    r"(?:[Rr]ealizowan\w*(?:\s+(?:jest|był\w*|będzie))?\s+przez|[Pp]rowadzon\w*\s+przez"
    # the verb first, the project as a pronoun between ("Realizuje go X", "Wdraża go Y")
    r"|(?:[Rr]ealizuje|[Pp]rowadzi|[Ww]draża|[Ww]drażał[aoy]?|[Ww]drożył[aoy]?)(?:\s+(?:go|ją))?"
    # the future with an infinitive, the object first ("Projekt realizować będzie X", "Projekt
    # będzie prowadzić Y"), a coordinator ("Projekt koordynuje X")
    r"|(?:(?:będzie|będą)\s+)?(?:z?realizować|prowadzić|koordynować)\s+(?:będzie|będą)|(?:będzie|będą)\s+(?:z?realizować|prowadzić)"
    # the modal, the object first ("Program ma realizować Dom Pomocy Społecznej")
    r"|(?:ma|mają|miał[aoy]?)\s+(?:z?realizować|prowadzić|koordynować)"
    r"|[Kk]oordynuje|[Kk]oordynował\w*"
    # the one who deals with or answers for carrying it out ("Realizacją projektu zajmie się X",
    # "Za realizację projektu odpowiada Y")
    r"|(?:[Rr]ealizacją|[Ww]drażaniem|[Pp]rowadzeniem|[Kk]oordynacją)(?:\s+projektu)?(?:\s+„[^”\n]{1,120}”)?"
    r"\s+(?:zajmie|zajmuje|zajmował\w*|będzie\s+zajmował\w*|będzie\s+zajmować)\s+się"
    r"|[Zz]a\s+(?:realizację|wdrażanie|prowadzenie)(?:\s+projektu)?(?:\s+„[^”\n]{1,120}”)?\s+(?:odpowiada|odpowiadał\w*|będzie\s+odpowiadał\w*|odpowiedzialn\w+\s+(?:jest|był\w*|będzie))"
    r"|(?:[Rr]ealizatorem|[Ll]iderem|[Bb]eneficjentem|[Ww]nioskodawcą|[Pp]rojektodawcą|[Oo]rganizatorem"
    r"|[Kk]oordynatorem|[Oo]peratorem)(?:\s+(?:projektu|zadania))?(?:\s+„[^”\n]{1,120}”)?\s+(?:jest|był\w*|będzie|został\w*))"
)
# a non-governmental body said to run the project ("realizowany przez Fundację Dobry Start",
# "Realizatorem projektu jest Stowarzyszenie X"): its name runs over capitalised words, a quoted
# name and a few joining words
_NGO_AFTER_VERB = re.compile(
    # an association or foundation that received the grant is the one that runs the project
    # ("Część pieniędzy otrzymało Stowarzyszenie X, które przeprowadzi …")
    fold(
        "(?:"
        + _RUN_VERB
        + r"|[Oo]trzymał[aoy]?|[Pp]ozyskał[aoy]?|[Dd]ostał[aoy]?|[Pp]odpisał[aoy]?"
        # the future, the object first: "Grant będzie realizował Dom Pomocy Społecznej w X"
        + r"|(?:będzie|będą)\s+(?:z?realizował\w*|prowadził\w*)"
        # the applicant, the projects first: "Pięć z dofinansowanych projektów przygotował Związek X"
        + r"|[Pp]rojekt\w*\s+(?:przygotował[aoy]?|złożył[aoy]?)"
        # the leader in a partnership's row ("w partnerstwie: Lider – Fundacja X, Partner – …")
        + r"|(?<!\w)[Ll]ider(?:em)?(?:\s+projektu)?\s*[:–—-])"
    )
    + r"\s+(?P<ngo>(?:Fundacj[aęi]|Stowarzyszeni[ea]|Towarzystw[oa]|Spółdzielni[aę]\s+Socjaln[aą]|Caritas"
    r"|Federacj[aęi]|Związek|Polsk[iI]\s+Komitet|"
    + "|".join(vocabulary()["implementer_roles"]["civic_bodies"])
    + r")"
    r"(?:"
    + _NAME_GAP
    + r"(?:"
    + _QUOTED_NAME_PART
    + r"|Św\.|[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*|im\.|św\.|pw\.|na|rzecz|do|dla|we|w|i|"
    + _NAME_PARTICLE
    + _LOWER_NAME_WORD
    + _SCHOOL_NUMBER
    + _STREET
    + r")){1,10})"
)
# an activity of the project as the object before its run verb ("Zajęcia prowadzi X", "Warsztaty
# będzie prowadzić Y"; vocabulary.yaml implementer_roles.activities_run): X runs them, not the
# project
_ACTIVITY_RUN_BY = re.compile(
    r"(?:^|[.;:!?\n]\s*|,\s+|\s(?:a|zaś|oraz|i)\s+)(?:"
    + fold("|".join(vocabulary()["implementer_roles"]["activities_run"]))
    + r")(?:\s+[a-ząćęłńóśźż]+){0,3}?\s+"
    + fold(
        r"(?:prowadzi|prowadzą|poprowadzi|realizuje|będzie\s+prowadzić|będzie\s+prowadził\w*"
        # the past and the prefixed verb ("Szkolenie przeprowadził X", "Warsztaty prowadziła Y")
        r"|prowadził\w*|przeprowadz(?:i|ą|ił\w*))\b"
    ),
    re.IGNORECASE,
)
# a welfare centre said to run the project, the verb before or after its name ("Projekt realizuje
# MOPS w X", "GOPS w Y realizuje projekt")
_WELFARE_AFTER_RUN_VERB = re.compile(fold("(?:" + _RUN_VERB + r")\s+") + "(?:" + _INSTITUTION + ")")
_WELFARE_BEFORE_RUN_VERB = re.compile(
    "(?:"
    + _INSTITUTION
    + r")[^.;!?\n]{0,60}?\s"
    + fold(r"(?:realizuje|realizował\w*|prowadzi|jest\s+(?:realizatorem|liderem|beneficjentem))\b")
)


def _welfare_unit_said_to_run(doc: Doc) -> bool:
    return any(
        _WELFARE_AFTER_RUN_VERB.search(u.text) or _WELFARE_BEFORE_RUN_VERB.search(u.text)
        for u in doc.units
        if not doc.is_foreign(u)
    )


_NGO_NOMINATIVE = (
    ("Fundację", "Fundacja"),
    ("Federację", "Federacja"),
    ("Spółdzielnię Socjalną", "Spółdzielnia Socjalna"),
)
_NAME_TAIL = re.compile(r"(?:\s+(?:na|rzecz|do|dla|i|w|we|im\.|św\.|pw\.))+$")
_CIVIC_BODY = re.compile("|".join(vocabulary()["implementer_roles"]["civic_bodies"]))


# a company with its legal form ("Szkolenia Plus Sp. z o.o.", "Progres S.A.", "X s.c."): run by it
# when a run verb stands before it ("Projekt realizuje firma X Sp. z o.o.") or after it ("X Sp. z
# o.o. z siedzibą w Y realizuje projekt")
_COMPANY_NAME = (
    r"(?P<company>(?:[A-ZŁŚŻŹĆ„\"][\w„”\"&+.-]*[^\S\n]+){1,6}?"
    r"(?:[Ss]p\.[^\S\n]*z[^\S\n]*o\.[^\S\n]*o\.?|[Ss]półka[^\S\n]+z[^\S\n]+ograniczoną[^\S\n]+odpowiedzialnością"
    r"|S\.[^\S\n]?A\.|[Ss]p\.[^\S\n]*[jk]\.|s\.[^\S\n]?c\.))"
)
_COMPANY_RUNS = re.compile(
    fold(
        "(?:"
        + _RUN_VERB
        + r"|(?:będzie|będą)\s+(?:z?realizował\w*|prowadził\w*))"
        + r"\s+(?:(?:firm[aęy]|spółk[aęi])\s+)?"
    )
    + _COMPANY_NAME
    + "|"
    + _COMPANY_NAME.replace("(?P<company>", "(?P<company2>")
    + r"(?:\s+z\s+siedzibą\s+we?\s+[A-ZŁŚŻŹĆ][\w-]+(?:\s+[A-ZŁŚŻŹĆ][\w-]+)?,?|\s+z\s+[A-ZŁŚŻŹĆ][\w-]+)?"
    + r"(?:\s+[a-ząćęłńóśźż0-9.]+){0,3}?\s+"
    + fold("(?:" + "|".join(vocabulary()["implementer_roles"]["body_runs_after"]) + r")\b")
)


_LEGAL_FORM = re.compile(r"\b(?:[Ss]p\.\s*z\s*o\.\s*o\.|S\.\s?A\.|s\.\s?c\.)")


# a firm without a legal form after its name, said to run the project after a run verb and the
# word "firma" ("Projekt prowadzi firma MKM Jan Nowak", "Realizatorem projektu jest firma Edukator
# Anna Kowalska"): its trade name, two to six capitalised words (a lowercase word, a comma or a
# full stop ends it)
_SOLE_TRADER_RUNS = re.compile(
    fold(
        "(?:"
        + _RUN_VERB
        + r"|(?:będzie|będą)\s+(?:z?realizował\w*|prowadził\w*)"
        + r"|[Rr]ealizatorem\s+(?:projektu\s+)?(?:jest|będzie|był\w*))"
    )
    + r"[^\S\n]+(?:"
    + "|".join(vocabulary()["implementer_roles"]["firm_words"])
    + r")[^\S\n]+(?P<trader>[A-ZĄĆĘŁŃÓŚŹŻ][\w&+'-]*(?:[^\S\n]+[A-ZĄĆĘŁŃÓŚŹŻ][\w&+'-]*){1,5})(?![\w&+'-])"
)


def _sole_trader_runner(text: str) -> str | None:
    """A firm named after "firma" and a run verb, with no legal form (_SOLE_TRADER_RUNS); not a
    contractor that runs the project's classes ("Zajęcia poprowadzi firma X Y")."""
    m = _SOLE_TRADER_RUNS.search(text)
    if m is None or _ACTIVITY_RUN_BY.search(text[max(0, m.start() - 60) : m.start() + 16]):
        return None
    return compact(m.group("trader"))


# a body's address after its name: a street ("ul. X 3"), a postal code, a phone or e-mail line
_ADDRESS_AFTER_NAME = re.compile(
    r",?\s+(?:ul|al|os|pl)\.\s|,\s*\d{2}-\d{3}\b|,\s*(?:tel\.|e-mail|adres\b)", re.IGNORECASE
)


# a body's co-realizators after its name ("X razem z Y", "X wraz z Y", "X wspólnie z Y")
_TOGETHER_WITH = re.compile(r"\s(?:razem|wraz|wspólnie)\s+ze?\s")


def _cut_after_legal_form(value: str) -> str:
    """'X Sp. z o.o. Wartość projektu …' -> 'X Sp. z o.o.': a label's value that runs on past a
    company's legal form (its full stops end no sentence) ends with it."""
    m = _LEGAL_FORM.search(value)
    return value[: m.end()] if m and value[m.end() :].strip() else value


def _company_runner(text: str) -> str | None:
    """A company said to run the project (_COMPANY_RUNS), by its name and legal form."""
    m = _COMPANY_RUNS.search(text)
    if m is None or _ACTIVITY_RUN_BY.search(text[max(0, m.start() - 60) : m.start() + 16]):
        # "Szkolenia dla uczestników przeprowadzi firma X Sp. z o.o.": a contractor that runs
        # the classes, not the project
        return None
    name = compact(m.group("company") or m.group("company2"))
    return name if len(name.split()) >= 2 else None


@_sourced("ngo_runner")
def _ngo_runner(doc: Doc) -> Found | None:
    for u in doc.units:
        if not doc.is_foreign(u) and ("o.o" in u.text or "S.A." in u.text or "s.c." in u.text):
            company = _company_runner(u.text)
            if company:
                return Found(company, u, 2.5)
        if not doc.is_foreign(u) and "firm" in u.text:
            trader = _sole_trader_runner(u.text)
            if trader:
                return Found(trader, u, 2.5)
        if doc.is_foreign(u) or not (
            "undacj" in u.text
            or "towarzysz" in u.text
            or "owarzystw" in u.text
            or "Caritas" in u.text
            or "ółdzielni" in u.text
            or "ederacj" in u.text
            or "Związ" in u.text
            or "Komitet" in u.text
            or "Urząd Miejski" in u.text
            or "Association" in u.text
            or "Foundation" in u.text
            or "Society" in u.text
            or "Cooperative" in u.text
            or "Action Group" in u.text
            or _CIVIC_BODY.search(u.text)
        ):
            continue
        m = next(
            (
                m
                for m in _NGO_AFTER_VERB.finditer(u.text)
                if not _runs_the_umbrella(doc.text, u.text, m)
            ),
            None,
        )
        if (
            m
            and _ACTIVITY_RUN_BY.search(u.text[max(0, m.start() - 60) : m.start() + 12])
            and (
                _welfare_unit_said_to_run(doc)
                # (a company's legal form after the name: a contractor, "Zajęcia poprowadzi
                # Centrum Szkoleniowe X Sp. z o.o.")
                or _LEGAL_FORM.search(u.text, m.start("ngo"), m.end() + 12) is not None
            )
        ):
            # "Projekt realizuje MOPS w X. Zajęcia prowadzi Fundacja Y": Y runs the classes, not
            # the project (where no welfare unit is said to run it, the body running its
            # activities stays: "a szkolenia poprowadzi Fundacja Z")
            m = None
        if m:
            name = _NAME_TAIL.sub("", compact(m.group("ngo")))
            for case, nominative in _NGO_NOMINATIVE:
                name = re.sub(rf"^{case}\b", nominative, name)
            if _CIVIC_BODY.match(name):
                # "realizowany przez Lokalną Grupę Działania X", "przez Parafię Y": the body in
                # the nominative (its head noun and the adjectives before it; a form that can
                # already be one stays)
                phrase = to_nominative(name)
                name = phrase.text if phrase is not None else name
            if len(name.split()) >= 2:
                return Found(name, u, 2.5)
        name = _body_running(u.text)
        if name:
            return Found(_with_its_seat(doc, name), u, 2.5)
    return None


# the last project word before a run verb, with the word after it ("… Projektu grantowego „X”,
# który realizuje LGD Y"): which project the verb's clause is about
_PROJECT_WORD_BEFORE = re.compile(r"(?i)\bprojek\w*(?:[^\S\n]+\w+)?")


@cache
def _umbrella_project_re() -> re.Pattern[str]:
    """A local action group's umbrella grant project ("projekt grantowy", vocabulary.yaml
    implementer_roles.umbrella_project.project)."""
    words = "|".join(vocabulary()["implementer_roles"]["umbrella_project"]["project"])
    return re.compile(r"(?i)^(?:" + words + r")")


@cache
def _grant_entrusted_re() -> re.Pattern[str]:
    """A grant entrusted to a grantee under an umbrella ("umowa o powierzenie grantu",
    "grantobiorca"; vocabulary.yaml implementer_roles.umbrella_project.grantee)."""
    words = "|".join(vocabulary()["implementer_roles"]["umbrella_project"]["grantee"])
    return re.compile(r"(?i)(?:" + words + r")")


def _runs_the_umbrella(page: str, text: str, m: re.Match[str]) -> bool:
    """Whether the run verb of `m` is said of an umbrella grant project, the last project named
    before it in its sentence ("zgodnie z umową o dofinansowanie Projektu grantowego „X”, który
    realizuje Lokalna Grupa Działania Y"), on a page about a grant entrusted to a grantee: Y runs
    the umbrella, the page's project is one of its grants, run by the grantee (a page whose only
    project is the grant project keeps its runner)."""
    if not _grant_entrusted_re().search(page):
        return False
    before = text[max(0, m.start() - 300) : m.start()]
    before = re.split(r"[.;!?]\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])", before)[-1]
    words = list(_PROJECT_WORD_BEFORE.finditer(before))
    return bool(words) and _umbrella_project_re().match(words[-1].group(0)) is not None


@cache
def _apposition_role_re() -> re.Pattern[str]:
    """A leader's or realizator's role in apposition right after a name: ", lidera projektu",
    " (lider projektu)", " – realizator projektu" (vocabulary.yaml implementer_roles.apposition_roles)."""
    roles = "|".join(vocabulary()["implementer_roles"]["apposition_roles"])
    return re.compile(r"[^\S\n]*(?:,|\(|[^\S\n][–—-])[^\S\n]*(?:" + roles + r")[^\S\n]+projektu\b")


@cache
def _apposition_head_re() -> re.Pattern[str]:
    heads = "|".join(vocabulary()["implementer_roles"]["apposition_heads"])
    return re.compile(r"(?:" + heads + r")\b")


# a name's words read back from its role: capitalised words, and the joiners a body's name holds
_APPOSITION_NAME_WORD = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][\w.-]*|w|we|na|Rzecz|rzecz|dla|im\.")


@_sourced("leader_apposition")
def _leader_in_apposition(doc: Doc) -> Found | None:
    """A public body or organisation named with the leader's or realizator's role in apposition
    ("To wspólne przedsięwzięcie Urzędu Marszałkowskiego Województwa X, lidera projektu, oraz
    powiatów …"; "… Województwa X (lider projektu) oraz …"), in the nominative; not a person
    ("Prezes Anna Nowak (lider projektu)": no body's head word opens the name)."""
    for u in doc.units:
        if doc.is_foreign(u) or ("lider" not in u.text and "realizator" not in u.text):
            continue
        for m in _apposition_role_re().finditer(u.text):
            words = u.text[: m.start()].split()
            name: list[str] = []
            while words and len(name) < 8 and _APPOSITION_NAME_WORD.fullmatch(words[-1]):
                name.insert(0, words.pop())
            while name and not name[0][:1].isupper():
                name.pop(0)
            if len(name) < 2:
                continue
            phrase = to_nominative(" ".join(name))
            value = phrase.text if phrase is not None else " ".join(name)
            if _apposition_head_re().match(value):
                return Found(value, u, 2.5)
    return None


def _with_its_seat(doc: Doc, name: str) -> str:
    """'Dom Pomocy Społecznej' -> 'Dom Pomocy Społecznej w Rzeszowie': a body named without its
    seat ("nasz Dom Pomocy Społecznej otrzymał grant") by the fuller name the page writes for it
    elsewhere (its masthead, its footer), when it writes one such name only."""
    if re.search(r"\s(?:w|we|z)\s", name) or not _CIVIC_BODY.match(name):
        return name
    fuller = {
        _trim_place(compact(m.group(0)))
        for m in _CIVIC_WITH_SEAT.finditer(doc.text)
        if compact(m.group(0)).startswith(name + " ")
    }
    return fuller.pop() if len(fuller) == 1 else name


# a civic body with its seat, and its patron between ("Dom Pomocy Społecznej im. X w Y")
_CIVIC_WITH_SEAT = re.compile(
    r"(?:"
    + "|".join(vocabulary()["implementer_roles"]["civic_bodies"])
    + r")(?:[^\S\n]+im\.(?:[^\S\n]+[\w.]+){1,6}?)?[^\S\n]+we?[^\S\n]+[A-ZŁŚŻŹĆ][\w-]+"
    r"(?:[^\S\n]+[A-ZŁŚŻŹĆ][\w-]+)?"
)


_BODY_NAME = (
    # a town's office named with its seat ("Urząd Miejski w Łasku realizuje projekt"; "Urząd Gminy X"
    # is the gmina, _public_body)
    r"(?P<body>(?:Fundacja|Stowarzyszenie|Towarzystwo|Spółdzielnia\s+Socjalna|Caritas|Federacja|Związek"
    r"|Urząd\s+Miejski(?=\s+we?\s)"
    + "|"
    + "|".join(vocabulary()["implementer_roles"]["civic_bodies"])
    + r")"
    r"(?:"
    + _NAME_GAP
    + r"(?:"
    + _QUOTED_NAME_PART
    + r"|[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*|im\.|św\.|pw\.|na|rzecz|do|dla|we|w|i|"
    + _LOWER_NAME_WORD
    + _SCHOOL_NUMBER
    + _STREET
    + r")){0,10})"
)
_BODY_RUNS = re.compile(
    _BODY_NAME
    # "… z Sokółki", "(…)": the body's town or abbreviation before the verb
    + r"(?P<from>\s+z\s+[A-ZŁŚŻŹĆ][\w-]+)?(?:\s*\([^()]{1,20}\))?,?"
    # its seat between ("Fundacja X z siedzibą w Sejnach realizuje …")
    + r"(?:\s+z\s+siedzibą\s+we?\s+[A-ZŁŚŻŹĆ][\w-]+(?:\s+[A-ZŁŚŻŹĆ][\w-]+)?,?)?"
    # its partner between ("Stowarzyszenie X w partnerstwie z Miejskim Ośrodkiem … w Y realizuje …";
    # vocabulary.yaml implementer_roles.partnership_between)
    + r"(?:\s+(?:"
    + fold("|".join(vocabulary()["implementer_roles"]["partnership_between"]))
    + r")\s+[^.;:\n]{3,150}?,?)?"
    # the grantor as the second signer ("… oraz Województwo Kujawsko-Pomorskie podpisali umowę";
    # vocabulary.yaml implementer_roles.grantor_beside)
    + r"(?:\s+(?:"
    + fold("|".join(vocabulary()["implementer_roles"]["grantor_beside"]))
    + r"))?"
    # a date ("od 1 marca 2021 r.", "od września 2013 roku", "w 2020 r.") and a few lower-case
    # words between ("od marca", "wraz z partnerami", "już")
    + r"(?:\s+(?:od|w|we|z\s+dniem)\s+(?:\d{1,2}[.\s]+)?(?:[a-ząćęłńóśźż]+\s+|\d{1,2}\.)?\d{4}\s*(?:r\.|roku)?)?"
    + r"(?:\s+[a-ząćęłńóśźż0-9.]+){0,3}?\s+"
    + fold("(?:" + "|".join(vocabulary()["implementer_roles"]["body_runs_after"]) + r")\b"),
)
# "projekt Fundacji X", "projektu Stowarzyszenia Y pn. …": the owner in the genitive
# (and the leader whose partner another body is: "PCPR w X będzie partnerem Stowarzyszenia Y")
_BODY_OWNS = re.compile(
    r"\b(?:[Pp]rojekt\w*|partnerem)\s+(?P<head>Fundacji|Stowarzyszenia|Towarzystwa|Spółdzielni\s+Socjalnej|Związku)"
    r"(?P<rest>(?:\s+(?:„[^”\n]{1,60}”|[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*|im\.|św\.|na|rzecz|do|dla|i)){1,8})"
)
_GENITIVE_HEAD = {
    "Fundacji": "Fundacja",
    "Stowarzyszenia": "Stowarzyszenie",
    "Towarzystwa": "Towarzystwo",
    "Związku": "Związek",
}


# English pages: "implemented by the Association for Active Seniors from Sejny", "The Foundation
# “Bright Shore” carries out the project", "coordinated by the Bright Path Foundation" (stored as written in English, as the gold keeps them)
_EN_BODY_NAME = (
    r"(?P<en>(?:Association|Foundation|Society|Social\s+Cooperative|Cooperative|Local\s+Action\s+Group)"
    r"(?:\s+(?:[\"“„][^\"”\n]{1,60}[\"”]|[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*|for|of|the|and|from|in)){0,10})"
)
_EN_BODY_RUNS = re.compile(
    r"\b(?:implemented|carried\s+out|run|led|managed|coordinated)\s+by\s+(?:the\s+)?"
    # the kind after the name ("run by the Bright Path Foundation")
    + r"(?:(?P<en3>(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*\s+){1,4}(?:Foundation|Association|Society))\b|"
    + _EN_BODY_NAME
    + ")"
    + r"|\b(?:[Tt]he\s+)?"
    + _EN_BODY_NAME.replace("(?P<en>", "(?P<en2>")
    + r"\s+(?:implements|implemented|carries\s+out|carried\s+out|runs|ran|leads|led|coordinates"
    r"|coordinated|is\s+the\s+(?:leader|beneficiary|implementer|coordinator))\b"
)
_EN_NAME_TAIL = re.compile(r"(?:\s+(?:for|of|the|and|from|in))+$")


def _english_body_running(text: str) -> str | None:
    m = _EN_BODY_RUNS.search(text)
    if not m:
        return None
    name = _EN_NAME_TAIL.sub("", compact(m.group("en") or m.group("en2") or m.group("en3")))
    return name if len(name.split()) >= 2 else None


# a body's board acting for it, right before its name in the genitive ("Zarząd Lokalnej Grupy
# Działania X podpisał umowę")
_BOARD_BEFORE = re.compile(r"\b[Zz]arząd(?:u|em)?\s+$")
# the grantor named as the second signer, at a name's end (the name's words may take it in)
_GRANTOR_TAIL = re.compile(
    r"\s+(?:" + fold("|".join(vocabulary()["implementer_roles"]["grantor_beside"])) + r")$"
)


def _body_running(text: str) -> str | None:
    """A foundation, association, cooperative or other welfare unit that is the subject of running
    the project, the verb right after its name ("Stowarzyszenie Aktywni Razem z Sokółki jest liderem
    projektu", "Środowiskowy Dom Samopomocy w Kłodawie realizuje projekt"); not one named after a
    partner's word ("Partnerem jest Fundacja X, która realizuje projekt …" has a comma and a
    pronoun, not the verb, after the name)."""
    for m in _BODY_RUNS.finditer(text):
        if _PARTNER_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        name = _NAME_TAIL.sub("", compact(m.group("body") + (m.group("from") or "")))
        name = _GRANTOR_TAIL.sub("", name)  # "X i Zarząd Województwa Y zawarli umowę": X
        if _CIVIC_BODY.match(name) and _BOARD_BEFORE.search(
            text[max(0, m.start() - 20) : m.start()]
        ):
            # "Zarząd Lokalnej Grupy Działania X … podpisali umowę": the body whose board acts,
            # in the nominative
            phrase = to_nominative(name)
            name = phrase.text if phrase is not None else name
        if len(name.split()) >= 2:
            return name
    for m in _BODY_OWNS.finditer(text):
        head = _GENITIVE_HEAD.get(m.group("head"), "Spółdzielnia Socjalna")
        return _NAME_TAIL.sub("", compact(head + m.group("rest")))
    return (
        _english_body_running(text)
        if (
            "ssociation" in text
            or "oundation" in text
            or "ociety" in text
            or "ooperative" in text
            or "Action Group" in text
        )
        else None
    )


_ABBREVIATION_TOWN = re.compile(r"^(?P<abbr>[A-Z]{2,5})\s+(?P<town>[A-ZŁŚŻŹĆ][\w-]+)$")


def _spelled_out(value: str) -> str:
    """'OPS Kobylnica' -> 'Ośrodek Pomocy Społecznej w Kobylnicy': a welfare centre's abbreviation
    before its town in the nominative (the site's owner line), spelled out with the town in the
    locative; unchanged when the abbreviation or the town's locative is not known."""

    m = _ABBREVIATION_TOWN.match(value)
    if m is None:
        return value
    full = vocabulary()["implementer_roles"]["abbreviations"].get(m.group("abbr"))
    locative = town_locative(m.group("town")) if full else None
    if not locative:
        return value
    preposition = "we" if re.match(r"[Ww][^aeiouyąęó]", locative) else "w"
    return f"{full} {preposition} {locative}"


def extract_implementer(doc: Doc) -> dict[str, Found]:
    out = _implementer(doc)
    f = out.get("implementer")
    if f is not None and _BLANK_LINE.search(f.value):
        # a name never runs over a blank line (a heading joined to its paragraph: "Gmina X" / "" /
        # "Wartość projektu …")
        f = Found(_BLANK_LINE.split(f.value)[0].strip(), f.unit, f.priority, f.source)
        out = {"implementer": f}
    if f is not None and _ABBREVIATION_TOWN.match(f.value) and "© " + f.value in f.unit.text:
        # only the site's owner line ("© OPS Kobylnica"); a page that itself writes "MOPS Gdynia"
        # keeps its wording
        out = {"implementer": Found(_spelled_out(f.value), f.unit, f.priority, f.source)}
        f = out["implementer"]
    if f is not None and f.value.isupper() and " " in f.value:
        # "POWIAT RYPIŃSKI", "MIEJSKI OŚRODEK … W KOLE" in a label's value: the name's own letters
        return {"implementer": Found(_title_caps(f.value), f.unit, f.priority, f.source)}
    if (
        f is not None
        and f.source.startswith("scan/mention")
        and not _NAME_WITH_PLACE.search(f.value)
        and not _ENGLISH_BODY.search(f.value)
        and not _region_named_re().search(f.value)
        # (a page that names several gminas keeps the bare name: it names the unit, only not
        # which gmina's, tests/test_extract_implementer.py)
        and len(_gminas_named(doc)) < 2
    ):
        # a welfare unit the page only names, without its town or region ("Powiatowe Centrum
        # Pomocy Rodzinie", "Regionalny Ośrodek Polityki Społecznej"), where no label, run verb
        # or owner line says which: which one runs it is not said (calibrated on unseen pages:
        # such names were wrong more often than right; one said to run it keeps its bare name)
        doc.problems.append(
            f"implementer: '{f.value}' is named without its town; which one is not said"
        )
        return {}
    return out


# "realizowanym przez Gminę projekcie", "projekt prowadzony przez Gminę": the gmina said to run it,
# by its bare word (its name does not follow)
_BARE_GMINA_RUNS = re.compile(
    r"\b(?:realizowan|prowadzon|zrealizowan)\w*[^\S\n]+przez[^\S\n]+Gmin[ęa]\b(?![^\S\n]+[A-ZŁŚŻŹĆ])"
)


@_sourced("bare_gmina_runs")
def _bare_gmina_said_to_run(doc: Doc) -> Found | None:
    """'Gmina X' where the page says the project is run "przez Gminę" (the word alone) and names
    one gmina; None when it names several (which one is not said) or none."""
    for u in doc.units:
        if doc.is_foreign(u) or "przez Gmin" not in u.text or not _BARE_GMINA_RUNS.search(u.text):
            continue
        named = _gminas_named(doc)
        if len(named) == 1:
            return Found(f"Gmina {named.pop()}", u, 2)
        return None
    return None


def _gminas_named(doc: Doc) -> set[str]:
    """The small towns and gminas a page names in strong contexts ("gminie X", "Gmina Y")."""
    return {p.name for p in find_places(doc.text) if not p.major}


# an English page's name of a body (its place is another rule's: "the Kutno Social Welfare Centre")
_ENGLISH_BODY = re.compile(r"\b(?:Centre|Center|Welfare|Social|Home|Family)\b")


@cache
def _region_named_re() -> re.Pattern[str]:
    """A voivodeship's adjective in a body's name ("Mazowieckie Centrum Polityki Społecznej"): the
    name says which one (vocabulary.yaml implementer_bodies.regional_adjectives, without the
    "regional" words themselves)."""
    words = [
        w for w in vocabulary()["implementer_bodies"]["regional_adjectives"] if "Regionaln" not in w
    ]
    return re.compile(r"\b(?:" + "|".join(words) + r")\w*")


# a body's name that says where it is ("… w Kole", "… Dzielnicy Bemowo", "… in Opole", "… of the
# City of X", "Gminy X")
_NAME_WITH_PLACE = re.compile(
    r"\s(?:w|we|z|ze|in|of|Dzielnicy|Gminy|Miasta|Powiatu|Województwa)\s+[A-ZŁŚŻŹĆ]|\sprzy\s+ul\."
    r"|^(?:Gmina|Miasto|Powiat|Urząd)\s"
)


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def _implementer(doc: Doc) -> dict[str, Found]:
    found, role = _extract_institution(doc)
    if found and role in ("mention", "funder"):
        # a centre the page only names (its users, its staff at a signing): a gmina, town or
        # county that holds the grant is the implementer (realcorpus README, settled rule 3)
        holder = _labelled_public_body(doc) or _public_body_said_to_hold(doc)
        if holder and (
            holder.priority == 2
            or _PROJECT_WORD.search(holder.unit.text)
            # (or the EU's money: "Gmina X zdobyła 536 tys. zł z dotacji unijnych")
            or _EU_MONEY.search(holder.unit.text)
            or _town_gets_the_money(holder)
            or _acts_for_the_project(doc, holder.value)
        ):
            return {"implementer": _with_source(holder, f"holder<{role}:{holder.source}")}
    if found and role in ("mention", "owner"):
        # a centre the page only names or owns, where the page says the gmina runs the project
        # ("o realizowanym przez Gminę projekcie pt. …") and names one gmina: that gmina
        gmina = _bare_gmina_said_to_run(doc)
        if gmina is not None:
            return {"implementer": gmina}
    if found and role == "funder":
        # only the body that grants or manages the money is named: not the realizator (realcorpus
        # README, settled rule 4); a gmina or town that holds it may still be
        found = {}
    if found:
        f = found["implementer"] = _with_source(
            found["implementer"], f"{found['implementer'].source}/{role}"
        )
        if _BARE_NAME.fullmatch(f.value):
            full = _full_name(doc, f.value)
            if full is None:
                # "MOPS" alone: which centre is not said; a null is better than a guess, unless
                # the abbreviation is not said to run anything ("Dzięki CUS …") and a named gmina
                # or town is ("Urząd Gminy X zawarł umowę na realizację projektu")
                # a gmina or town said in so many words to run or hold it ("Gmina X jest
                # realizatorem projektu … Zadania prowadzi GOPS") is named where the unit is not
                if f.priority % 1:
                    # (in its role's word: "Gmina X otrzymała dofinansowanie" beside "Projekt
                    # prowadzi MOPS" does not say which body runs it)
                    said = _labelled_public_body(doc) or _public_body_said_to_hold(doc)
                    body = (
                        {"implementer": said}
                        if said is not None and _ROLE_WORD.search(said.unit.text)
                        else {}
                    )
                else:
                    body = _public_body(doc, None)
                if not body:
                    doc.problems.append(f"implementer: only '{f.value}' is named, not which one")
                    return body
                return {
                    "implementer": _with_source(
                        body["implementer"], f"bare>{body['implementer'].source}"
                    )
                }
            return {"implementer": Found(full, f.unit, f.priority, f.source + ":bare_full")}
        full = _expand_abbreviation(doc, f.value)
        return (
            {"implementer": Found(full, f.unit, f.priority, f.source + ":expanded")}
            if full != f.value
            else found
        )
    public = _public_body(doc, _labelled_public_body(doc))
    if public:
        return {
            "implementer": _with_source(
                public["implementer"], f"public:{public['implementer'].source}"
            )
        }
    lower = _institution_in_lower_case(doc)
    if lower:
        return {"implementer": lower}
    return _public_body_in_capitals(doc)


# a gmina, town or county written in capitals ("GMINA KIJE realizuje projekt", "projekt realizuje
# MIASTO SANOK"): its head word in any case, then one to three words of its name
_CAPS_PUBLIC_BODY = re.compile(
    r"\b(?:GMIN(?:A|Y|IE|Ę|Ą)|MIAST(?:O|A|U|EM)|POWIAT(?:U|EM|OWI)?)"
    r"(?:[^\S\n]+I[^\S\n]+GMIN[AYĘĄ])?(?:[^\S\n]+[A-ZĄĆĘŁŃÓŚŹŻ][A-ZĄĆĘŁŃÓŚŹŻ-]+){1,3}\b"
)


def _public_body_in_capitals(doc: Doc) -> dict[str, Found]:
    """The public-body rules read again on the page with its gminas, towns and counties in
    capitals written as names ("GMINA KIJE" -> "Gmina Kije"; the letters change, not the offsets):
    a body said in capitals to run or hold the project is said to as much as in a name's own
    letters. The page's other capitals (a title, a heading) stay as they are."""
    if not _CAPS_PUBLIC_BODY.search(doc.text):
        return {}
    titled = _CAPS_PUBLIC_BODY.sub(lambda m: _title_caps(m.group(0)), doc.text)
    if len(titled) != len(doc.text):
        return {}
    from .text import segment

    again = Doc(titled, segment(titled, is_field_label), page_title=doc.page_title)
    public = _public_body(again, _labelled_public_body(again))
    if not public:
        return {}
    f = public["implementer"]
    # the evidence is the page's own unit at the same place
    unit = next((u for u in doc.units if u.start == f.unit.start), f.unit)
    source = f"public_caps:{f.source}"
    return {"implementer": Found(f.value, unit, f.priority, source)}


# a role's word: the body named as realizator, leader or beneficiary
_ROLE_WORD = re.compile(
    fold(r"\b(?:[Rr]ealizator|[Ll]ider|[Bb]eneficjent|[Ww]nioskodawc|[Pp]rojektodawc)\w*")
)


# "projekt"/"project" at a word's start: every rule of this module reads this one (an earlier,
# looser definition above was shadowed by it and is gone)
_PROJECT_WORD = re.compile(r"\b(?:[Pp]rojek|[Pp]roject)")
_EU_MONEY = re.compile(
    r"\b(?:unijn\w+|(?:[Ff]undusz\w*|środk\w+)\s+[Ee]uropejsk\w+|Unii\s+Europejskiej|EFS\b|UE\b)"
)


@cache
def _not_a_body_re() -> re.Pattern[str]:
    return re.compile(
        fold("(?:" + "|".join(vocabulary()["implementer_roles"]["not_a_body"]) + ")"), re.IGNORECASE
    )


def _not_a_body(value: str) -> bool:
    """A label's value that names a programme or a fund, not a body ("RPO WP 2014-2020", "Europejski
    Fundusz Społeczny"; vocabulary.yaml implementer_roles.not_a_body)."""
    return _not_a_body_re().match(value.lstrip('|„" ')) is not None


@_sourced("labelled_public")
def _labelled_public_body(doc: Doc) -> Found | None:
    """A gmina, town or county in the value of a beneficiary's or realizator's label
    ("Beneficjent: Powiat Gorzowski", "Wnioskodawca | MIASTO ŁOMŻA")."""
    for raw, u in labelled(doc, "implementer"):
        value = _predicate(compact(_value_line(raw)).rstrip(" .;,"))
        if _PUBLIC_BODY.match(value) and len(value) <= 60:
            value = value.title() if value.isupper() else value
            return Found(value, u, 2)
    for u in doc.units:  # "Beneficjent: Gmina X" opening a unit, or a list item
        text = _item_body(u) if u.is_item else u.text
        m = _IMPLEMENTER_LABEL.match(text) if text[:1] in "RrBbWwPpLl" else None
        if m:
            value = compact(text[m.end() :]).rstrip(" .").split("\n")[0]
            if _PUBLIC_BODY.match(value) and len(value) <= 60:
                return Found(value.title() if value.isupper() else value, u, 2)
    over = _label_over_one_item(doc)
    if over is not None and _PUBLIC_BODY.match(over[0]) and len(over[0]) <= 60:
        return Found(over[0], over[1], 2)
    return None


# "Projekt prowadzi Custom Media Group Anna Nowak na obszarze …": a capitalised name right after
# "projekt" and its run verb
_PROJECT_RUN_BY_NAME = re.compile(
    fold(r"\b[Pp]rojekt\w*\s+(?:realizuje|prowadzi|realizował[ao]?|prowadził[ao]?)\s+")
    + r"(?P<name>[A-ZŁŚŻŹĆ][\w&.-]*(?:[^\S\n]+[A-ZŁŚŻŹĆ][\w&.-]*){1,6})"
)


@_sourced("owner_said_to_run")
def _site_owner_said_to_run(doc: Doc) -> Found | None:
    """A body of any kind (a company, an institute) that a sentence says runs the project
    ("Projekt prowadzi X Y Z"), when the page's "©" line, its owner's, opens with its first two
    words at least ("© X Y"): the realizator (realcorpus README, settled rule 1), as written after
    the verb; welfare centres are left to the institution rules."""
    owner_lines = [
        line.lstrip("© ").strip()
        for line in doc.text.split("\n")
        if line.lstrip().startswith("©") and len(line) <= 200
    ]
    if not owner_lines:
        return None
    for u in doc.units:
        if doc.is_foreign(u) or "rojekt" not in u.text:
            continue
        for m in _PROJECT_RUN_BY_NAME.finditer(u.text):
            name = m.group("name")
            if _IMPLEMENTER_RE.match(name) or _PUBLIC_BODY.match(name):
                continue
            words = name.split()
            if any(
                re.sub(r"^\d{4}\s+", "", o).startswith(" ".join(words[:2])) for o in owner_lines
            ):
                return Found(name, u, 3)
    return None


def _label_over_one_item(doc: Doc) -> tuple[str, Unit] | None:
    """A realizator's or beneficiary's label alone on its line ("Beneficjent projektu:") over a
    list of one item ("- Urząd X w Y - Departament Z."): the item, without a department or note
    after a dash; None when the list has more items (several bodies: not one's label)."""
    units = doc.units
    for i, u in enumerate(units[:-1]):
        if u.is_item or len(u.text) > 40 or u.text[:1] not in "RrBbWwPpLl":
            continue
        m = _IMPLEMENTER_LABEL.match(u.text)
        if not m or u.text[m.end() :].strip() or not units[i + 1].is_item:
            continue
        if i + 2 < len(units) and units[i + 2].is_item:
            return None
        value = re.split(r"\s[–—-]\s", compact(_item_body(units[i + 1])))[0].strip(" .,;")
        return (value, units[i + 1]) if 3 <= len(value) <= 150 else None
    return _label_over_its_line(doc)


# the words a body's name may hold in lower case ("Stowarzyszenie na rzecz Osób …", "… w Nysie")
_NAME_JOINERS = frozenset(
    "w we i na rzecz dla do z ze im. św. pw. o.o. sp. oraz of the for and in from".split()
)


def _label_over_its_line(doc: Doc) -> tuple[str, Unit] | None:
    """A realizator's or beneficiary's label alone on its line without a colon ("Beneficjent",
    "beneficiary": a card's heading, a flattened two-column layout) over one short line that reads
    as a name (its words capitalised but for joining words): that line."""
    units = doc.units
    label = _label_re("implementer")
    for i, u in enumerate(units[:-1]):
        # (its own line: the last of a unit that may hold a heading before it)
        text = u.text.strip().rsplit("\n", 1)[-1].rstrip(":").strip()
        if u.is_item or len(text) > 40 or not label.match(text):
            continue
        nxt = units[i + 1]
        # (its first paragraph: a short line is joined to the paragraph after it as a heading)
        first = _BLANK_LINE.split(nxt.text.strip())[0]
        value = compact(first).rstrip(" .;,")
        words = value.split()
        if nxt.is_item or "\n" in first or not 2 <= len(words) <= 12:
            continue
        named = [w for w in words if w.lower() not in _NAME_JOINERS]
        if named and all(w[:1].isupper() or w[:1] in '„"(' for w in named):
            return value, nxt
    return None


_NAME_WORDS = r"[A-ZŁŚŻŹĆ][\w-]+(?:[^\S\n]+[A-ZŁŚŻŹĆ][\w-]+){0,2}"
# a masthead's or footer's line that opens with the site owner's name: a gmina's or town's office,
# the gmina or town itself, or an association ("Urząd Gminy Sośnie", "© 2024 Urząd Miejski w Łasku",
# "Gmina Baranów | BIP", "Fundacja Jasny Brzeg · Kontakt", "Gmina X – serwis internetowy"), in any
# letter case; the name alone on its line, or before "|", ",", "·" (`strict`), or before a dash
# (a heading "Gmina X – title" reads the same way: such a line counts only beside a strict one)
_SITE_OWNER_LINE = re.compile(
    r"^[^\S\n]*(?:©[^\S\n]*)?(?:\d{4}[^\S\n]*)?(?:[-–|][^\S\n]*)?"
    r"(?P<body>(?P<office>Urz(?:ąd|ad)[^\S\n]+(?P<okind>Gminy|Miasta)(?:[^\S\n]+i[^\S\n]+(?:Gminy|Miasta))?[^\S\n]+(?P<oname>"
    + _NAME_WORDS
    + r"))|Urz(?:ąd|ad)[^\S\n]+Miejski[^\S\n]+we?[^\S\n]+"
    + _NAME_WORDS
    + r"|(?:Gmina(?:[^\S\n]+Miejska|[^\S\n]+Miasto|[^\S\n]+Wiejska)?|Miasto)[^\S\n]+"
    + _NAME_WORDS
    + r"|(?:Fundacja|Stowarzyszenie|Towarzystwo|Spółdzielnia[^\S\n]+Socjalna|Federacja)"
    r"(?:[^\S\n]+(?:„[^”\n]{1,60}”|[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*|im\.|św\.|na|rzecz|dla|i)){1,8}"
    # a home, a centre, a society's branch or another civic body with its seat ("Dom Pomocy
    # Społecznej im. X w Y", "Caritas Diecezji X", "ZHP Chorągiew X"; vocabulary.yaml civic_bodies)
    + r"|(?:Caritas|ZHP|"
    + "|".join(vocabulary()["implementer_roles"]["civic_bodies"])
    + r")(?:[^\S\n]+(?:„[^”\n]{1,60}”|[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*|im\.|św\.|na|rzecz|dla|i|we?(?=[^\S\n]+[A-ZĄĆĘŁŃÓŚŹŻ]))){0,8}"
    + r")[^\S\n]*(?:(?P<strict>$|[|,·])|[^\S\n]+[–—-][^\S\n]+\S)",
    re.MULTILINE,
)
# a masthead that names the gmina or town whose site it is in the genitive ("Serwis informacyjny Gminy
# Kutno", "Brzeg – oficjalny serwis Miasta Brzeg"): a line of its own
_SITE_OWNER_GENITIVE = re.compile(
    r"^[^\n]{0,40}?\b(?:[Ss]erwis|[Pp]ortal|[Ss]tron[ay])(?:[^\S\n]+[a-ząćęłńóśźż]+){0,2}[^\S\n]+"
    r"(?P<kind>Gminy|Miasta)[^\S\n]+(?P<name>" + _NAME_WORDS + r")[^\S\n]*(?:$|[|,·–—-])",
    re.MULTILINE,
)
# the page says that a gmina, a town's office or "we" run the project without naming it ("Gmina
# realizuje projekt", "Urząd otrzymał dofinansowanie", "realizujemy projekt"; the first person from
# vocabulary.yaml implementer_roles.owner_speaks)
_UNNAMED_BODY_RUNS = re.compile(
    fold(
        r"\b(?:[Gg]mina|[Uu]rząd|[Mm]iasto|[Ss]amorząd|[Dd]om|[Cc]entrum|[Ss]towarzyszenie|[Ff]undacja|[Cc]horągiew|[Pp]lacówka)\s+(?:\w+\s+){0,2}?"
        r"(?:realizuje|realizował\w*|zrealizował\w*|jest\s+(?:beneficjentem|realizatorem|liderem)|otrzymał\w*"
        r"|pozyskał\w*|przystąpił\w*|rozpoczął\w*\s+realizację|rozpoczęł\w*\s+realizację"
        r"|podpisał\w*\s+umow\w*|dołączył\w*\s+do\s+(?:grona\s+)?beneficjent\w*)"
        r"|\b(?:" + "|".join(vocabulary()["implementer_roles"]["owner_speaks"]) + r")\b"
    ),
    re.IGNORECASE,
)
# a breadcrumb that puts the page in the site's own projects section ("Projekty › Opis projektu",
# "Fundusze UE › Projekty realizowane")
_PROJECTS_SECTION = re.compile(
    r"^[^\n]{0,80}\b[Pp]rojekt\w*[^\n]{0,40}?\s[›»>]\s|^[^\n]{0,80}\s[›»>]\s[^\n]{0,40}\b[Pp]rojekt",
    re.MULTILINE,
)


# a footer's address line: a street or a postcode first ("ul. Rynek 1", "48-300 Nysa")
_ADDRESS_LINE = re.compile(r"^\s*(?:(?:ul|al|pl|os)\.\s*[A-ZŁŚŻŹĆ0-9]|\d{2}-\d{3}\s+[A-ZŁŚŻŹĆ])")
_CONTACT_LINES = 10  # the last lines of a page that may hold its contact block


def _site_owner_bodies(doc: Doc) -> dict[str, tuple[int, bool]]:
    """The bodies the masthead and the footer name (the first and last three lines of a page longer
    than six lines): name -> (lines naming it, named alone on a line). "Urząd Gminy X" is the gmina
    ("Gmina X"), "Urząd Miasta X" the town ("Miasto X")."""
    lines = [m for m in re.finditer(r"[^\n]*\S[^\n]*", doc.text)]
    furniture = lines[:3] + lines[-3:] if len(lines) > 6 else lines
    if len(lines) > 6:
        # a footer's contact block: the name on the line over its address ("Fundacja X" / "ul.
        # Rynek 1, 48-300 Nysa"), among the page's last lines
        first = max(3, len(lines) - _CONTACT_LINES)
        furniture += [
            lines[i]
            for i in range(first, len(lines) - 3)
            if _ADDRESS_LINE.match(lines[i + 1].group(0))
        ]
    bodies: dict[str, tuple[int, bool]] = {}
    for line in furniture:
        text = _title_caps(line.group(0)) if line.group(0).isupper() else line.group(0)
        m = _SITE_OWNER_LINE.match(text)
        if not m:
            g = _SITE_OWNER_GENITIVE.match(text)
            if g:
                body = ("Gmina " if g.group("kind") == "Gminy" else "Miasto ") + g.group("name")
                n, _ = bodies.get(body, (0, False))
                bodies[body] = (n + 1, True)
            continue
        body = compact(m.group("body"))
        if m.group("office"):
            body = ("Gmina " if m.group("okind") == "Gminy" else "Miasto ") + compact(
                m.group("oname")
            )
        n, strict = bodies.get(body, (0, False))
        bodies[body] = (n + 1, strict or m.group("strict") is not None)
    return bodies


@cache
def _project_card_re() -> re.Pattern[str]:
    return re.compile(
        r"^[^\S\n]*(?:[-•*][^\S\n]*)?(?P<label>"
        + fold("|".join(vocabulary()["implementer_roles"]["project_card_labels"]))
        + r")\b",
        re.IGNORECASE | re.MULTILINE,
    )


def _project_card(doc: Doc) -> bool:
    """Whether the page is a project's own card: three different headings or labels of one
    (vocabulary.yaml implementer_roles.project_card_labels) at lines' starts."""
    labels = {
        " ".join(m.group("label").lower().split()) for m in _project_card_re().finditer(doc.text)
    }
    return len(labels) >= 3


# an HTML <title>'s part that names the town or gmina whose official site it is ("Koszalin –
# oficjalny serwis miasta", "Sośnie - oficjalna strona gminy")
_OFFICIAL_SITE_TITLE = re.compile(
    r"(?:^|[|·]\s*)(?P<town>[A-ZŁŚŻŹĆ][\w-]+(?:\s+[A-ZŁŚŻŹĆ][\w-]+)?)\s+[–—-]\s+"
    + fold(
        r"(?:oficjaln\w+\s+)?(?:serwis|portal|stron\w)(?:\s+internetow\w+)?\s+(?:miasta|gminy)\b"
    ),
    re.IGNORECASE,
)


def _official_site_town(page_title: str) -> str | None:
    m = _OFFICIAL_SITE_TITLE.search(page_title or "")
    return m.group("town") if m else None


def _page_title_owners(page_title: str) -> set[str]:
    """The bodies a <title>'s first or last part names alone ("Projekt X – Parafia w Y", "Gmina Z |
    Aktualności"; _SITE_OWNER_LINE, "Urząd Gminy X" as the gmina): the site's name."""
    parts = [p.strip() for p in _PAGE_TITLE_SEPARATOR.split(page_title or "") if p.strip()]
    out: set[str] = set()
    for part in {parts[0], parts[-1]} if len(parts) > 1 else ():
        text = _title_caps(part) if part.isupper() else part
        m = _SITE_OWNER_LINE.match(text)
        if m is None or m.group("strict") is None:
            continue
        body = compact(m.group("body"))
        if m.group("office"):
            # "Urząd Miasta Radomska" -> "Miasto Radomsko": the town in the nominative (a
            # one-word name; a longer one as written)
            name = compact(m.group("oname"))
            name = (geographic_lemma(name) if " " not in name else None) or name
            body = ("Gmina " if m.group("okind") == "Gminy" else "Miasto ") + name
        out.add(body)
    return out


@_sourced("site_owner_public")
def _public_body_of_the_site(doc: Doc) -> Found | None:
    """No body is named as running the project, but the page is its owner's own (vocabulary.yaml
    implementer_roles, realcorpus README, settled rule 2): the gmina, town or association whose site
    it is, named by the masthead or the footer (alone on a line at least once), when the page says
    that a gmina, an office or "we" run the project ("Gmina realizuje projekt", "realizowaliśmy"),
    or, named on two such lines, when the page sits in the site's projects section or is the
    project's own card ("O projekcie", "Cel główny projektu", "Grupa docelowa"); none when two
    bodies are named."""
    found = _site_owner_bodies(doc)
    town = _official_site_town(doc.page_title)
    if town:
        # the <title> says whose official site it is: a furniture line naming that town's gmina
        # or town ("Gmina Miasto Koszalin – …") counts as the owner's line, the <title> as another
        found = {
            b: ((n + 1, True) if b.endswith(" " + town) else (n, strict))
            for b, (n, strict) in found.items()
        }
    titled = _page_title_owners(doc.page_title)
    for b in titled:
        # the site's name as a part of its <title> ("Informacja o projekcie – Parafia w X"): a line
        # of its own that names the owner, as the masthead's would
        n, _ = found.get(b, (0, False))
        found[b] = (n + 1, True)
    bodies = {b: (n, strict) for b, (n, strict) in found.items() if strict}
    if len(bodies) != 1:
        return None
    ((body, (lines, _)),) = bodies.items()
    speaks = any(_UNNAMED_BODY_RUNS.search(u.text) for u in doc.units if not doc.is_foreign(u))
    if not (
        speaks
        or body in titled
        or (lines >= 2 and (_PROJECTS_SECTION.search(doc.text) or _project_card(doc)))
    ):
        return None
    at = doc.text.find(body)
    at = max(at, 0)
    i = max(0, bisect.bisect_right([u.start for u in doc.units], at) - 1) if doc.units else 0
    return Found(body, doc.units[i], 0.5) if doc.units else None


def _value_line(raw: str) -> str:
    """A label's value: its first line, with the next when an institution's name broken at the
    line's end goes on there ("Gminny Ośrodek Pomocy" / "Społecznej w X")."""
    lines = raw.split("\n", 2)
    if len(lines) > 1 and _name_goes_on(lines[0].rstrip(), lines[1].lstrip()):
        return lines[0] + " " + lines[1]
    return lines[0]


# a label word used as a predicate ("Beneficjentem projektu „X” jest Gmina Y"): the name after the copula
_COPULA = re.compile(
    r"^[^:;]{0,80}?\s(?:jest|są|był[aoy]?|będzie|została?|zostało)\s+(?P<name>[A-ZŁŚŻŹĆ„].*)$"
)


# a partner's clause after a leader's name ("…, a partnerem Gmina Y", "…; partner: MOPS", "… w
# partnerstwie z Z")
_PARTNER_CLAUSE = re.compile(
    fold(
        r",\s+(?:a|zaś|natomiast|oraz)\s+(?:(?:jej|jego|ich)\s+)?partner\w*\b|;\s*partner\w*\b"
        r"|\s+(?:w\s+partnerstwie|we\s+współpracy|przy\s+współpracy)\s+z\s"
    ),
    re.IGNORECASE,
)


def _predicate(value: str) -> str:
    """'„Razem” jest Gmina Baranów' -> 'Gmina Baranów': the value of a label word that opens a
    sentence is the name after its copula; any other value unchanged."""
    m = _COPULA.match(value)
    return m.group("name") if m else value


# a day care home, a self-help home, a crisis centre: the runner only when named in the nominative
# and no welfare centre is named
_OTHER_WELFARE_UNIT = re.compile(r"(?:Dzienn\w+\s+)?Dom|Środowiskow|Ośrod\w+\s+Interwencji")
_OTHER_NOMINATIVE = re.compile(r"(?:Dzienny\s+)?Dom\s|Środowiskowy\s|Ośrodek\s+Interwencji")


def _extract_institution(doc: Doc) -> tuple[dict[str, Found], str]:
    """The welfare institution or other body that runs the project, and its role on the page:
    "runs" (a label, a run verb before or after its name, a body said to run it), "mention" (named
    only), "owner" (the site's owner line), "funder" (a body that grants the money)."""
    for raw, u in labelled(doc, "implementer"):
        value = _predicate(compact(_value_line(raw)).rstrip(" .;,"))
        if value.isupper() and re.search(r"/|\s[–—-]\s", value):
            # "WOJEWÓDZTWO X/REGIONALNY OŚRODEK … W Y": the names' own letters, so that the
            # welfare institution after the owner is read
            value = _title_caps(value)
        im = _IMPLEMENTER_RE.search(value)
        if im and re.search(r"\bpartner\w*\s*:?\s*$", value[: im.start()], re.IGNORECASE):
            # "Lider: Stowarzyszenie X, partner: MOPS w Y": the leader, not its partner
            value = re.split(r",|;|\s[–—-]\s", value, maxsplit=1)[0].strip()
            im = _IMPLEMENTER_RE.search(value)
        if _not_a_body(value):
            continue
        whole = (
            len(value) <= 100
            and not re.search(r"[,/;]|\s[–—-]\s", value)
            and not _PUBLIC_BODY.match(value)
        )
        if im and not (
            whole and im.start() > 0
        ):  # the welfare institution the value names ("Miasto X / MOPS w X", "Gmina X – MOPS")
            value = compact(im.group(0)).rstrip(" .,")
            if not im.group("place"):
                value = _extend_to_town(value, raw[im.end() :])
            return {
                "implementer": Found(
                    _with_place(doc, _trim_place(_nominative(value))), u, 3, "label_institution"
                )
            }, "runs"
        # "Liderem jest Fundacja X, a partnerem Gmina Y": the leader, not the partner clause after it
        value = _PARTNER_CLAUSE.split(value, maxsplit=1)[0].strip(" ,;")
        if 3 <= len(value) <= 200 and not _PUBLIC_BODY.match(value):
            return {"implementer": Found(_cut_after_legal_form(value), u, 3, "label_other")}, "runs"
    for u in doc.units:
        text = _item_body(u) if u.is_item else u.text  # "• BENEFICJENT: Fundacja X" in a list
        if text[:1] not in "RrBbWwPpLl":
            continue
        m = _IMPLEMENTER_LABEL.match(text)
        if m:
            value = compact(text[m.end() :]).rstrip(" .")
            value = value.split("\n")[0]
            if (_PUBLIC_BODY.match(value) and len(value) <= 60) or _not_a_body(value):
                continue  # a gmina or town as beneficiary: a realizator named elsewhere goes first
            if 3 <= len(value) <= 200:
                # the label's value, possibly followed by unrelated text: keep the institution
                im = _IMPLEMENTER_RE.search(value)
                if im and im.start() == 0:
                    value = compact(im.group(0))
                # a glossary's entry runs on with the body's address ("Zespół Szkół … w Y, ul. Z 3,
                # Y"): the name ends before it
                value = _ADDRESS_AFTER_NAME.split(value, maxsplit=1)[0].strip(" ,")
                # or with its co-realizators ("X razem z Y i Z"): the first one named
                value = _TOGETHER_WITH.split(value, maxsplit=1)[0].strip(" ,")
                return {
                    "implementer": Found(_cut_after_legal_form(value), u, 3, "label_in_unit")
                }, "runs"
    owner_runs = _site_owner_said_to_run(doc)
    if owner_runs is not None:
        return {"implementer": owner_runs}, "runs"
    over = _label_over_one_item(doc)
    if over is not None and not _PUBLIC_BODY.match(over[0]) and not _not_a_body(over[0]):
        value, item = over
        im = _IMPLEMENTER_RE.search(value)
        if im and im.start() == 0:
            value = compact(im.group(0)).rstrip(" .,")
        return {"implementer": Found(value, item, 3, "label_over_item")}, "runs"
    # no label: a foundation or association said to run the project is the realizator, the
    # welfare centre beside it a partner ("przez Fundację X w partnerstwie z MOPS w Y")
    ngo = _ngo_runner(doc)
    if ngo is not None:
        return {"implementer": ngo}, "runs"
    leader = _leader_in_apposition(doc)
    if leader is not None:
        return {"implementer": leader}, "runs"
    best: Found | None = None
    best_role = "mention"
    created = _services_centre_created(doc)
    partner = ""
    partners: set[str] = set()
    hinted = scan.index(doc).units_with(_IMPLEMENTER_STEMS, "lower")  # = _any_in(low, stems)
    for i, (u, low) in enumerate(zip(doc.units, doc.lower)):
        if i not in hinted or not _IMPLEMENTER_HINT.search(low):
            continue
        if doc.is_foreign(u) and not u.text.startswith("©"):
            # a "Czytaj także:" list's item or a predecessor's paragraph: another body's news,
            # not who runs this page's project (the site's "©" owner line stays)
            continue
        for m in _IMPLEMENTER_RE.finditer(u.text):
            place = m.group("place")
            if (
                place
                # "… Dzielnicy Praga Południe", "… Gminy Nowosolna": the district's or gmina's own
                and not place.lstrip().startswith(
                    (
                        "w ",
                        "we ",
                        "in ",
                        "of the ",
                        "Dzielnicy ",
                        "Gminy ",
                        "Miasta ",
                    )
                )
                and not _VOIVODESHIP_PLACE.fullmatch(place)
                and not _is_town(place)
            ):
                # "Miejski Ośrodek Pomocy Społecznej Biuro …": a capitalised word that is no town
                value = compact(m.group("inst") + (m.group("patron") or "")).rstrip(" .,")
                place = None
            else:
                value = compact(m.group(0)).rstrip(" .,")
            if value.split()[-1] in {"w", "we"}:
                continue
            if not place and m.group("inst").endswith("Home"):
                continue  # "a Social Welfare Home for Seniors": a kind of home, not one named
            if _TRANSFORMED_BEFORE.search(u.text, max(0, m.start() - 40), m.start()):
                # "Przekształcenie Miejsko-Gminnego Ośrodka … w Centrum Usług Społecznych", "na
                # bazie MOPS", "dotychczasowy Ośrodek": the unit the project turns into another,
                # only named
                continue
            if _being_created(u.text, m) or (not place and _inside_quotes(u.text, m.start())):
                # "W gminie X powstanie Centrum Usług Społecznych": created, not running; „CUS –
                # nowe spojrzenie”: a word of a quoted title
                continue
            value = _trim_place(_extend_to_town(value, u.text[m.end() :]))
            if not place and m.group("inst")[:1] in "MRDCPS":  # "the Kutno Social Welfare Centre"
                town = re.search(r"\b(?:[Tt]he\s+)([A-ZŁŚŻŹĆ][\w-]+)\s+$", u.text[: m.start()])
                if town and _is_english_town(town.group(1)):
                    value, place = f"{town.group(1)} {value}", town.group(1)
            nominative = _nominative(value)
            # a place beats none, the full name beats an abbreviation, a nominative beats a case form
            score = (
                (2 if place else 0)
                + (0 if m.group("inst").isupper() else 2)
                + (1 if nominative == value else 0)
            )
            # the one said to run the project ("Projekt realizuje …", "Lider: …") over partners and footers
            before = u.text[max(0, m.start() - 60) : m.start()]
            score += 0.5 if _RUNS.search(before) else 0
            # said in so many words to run it ("Projekt realizuje MOPS w Kole"): over any name
            # the page merely mentions, even spelled out in full
            runs = bool(
                _RUN_RIGHT_BEFORE.search(before)
                or _RUN_RIGHT_AFTER.search(u.text[m.end() : m.end() + 60])
            )
            if runs and _ACTIVITY_RUN_BY.search(u.text[max(0, m.start() - 60) : m.start() + 12]):
                # "Szkolenie dla uczestników przeprowadził ROPS w X": it runs an activity, not
                # the project (named only)
                runs = False
            score += 3 if runs and _RUN_RIGHT_BEFORE.search(before) else 0
            score += 3 if runs and _RUN_RIGHT_AFTER.search(u.text[m.end() : m.end() + 60]) else 0
            # a partner ("Partnerem jest …", "w partnerstwie z …") is not the realizator: the
            # leader (a labelled "Lider: Gmina X", an association) is, or nobody named
            if (
                _PARTNER_BEFORE.search(u.text[max(0, m.start() - 40) : m.start()])
                or _in_partner_list(u.text, m.start())
                or _PARTNER_AFTER.match(u.text, m.end())
            ):
                partner = partner or value
                if _PARTNER_AFTER.match(u.text, m.end()):
                    # said itself to be a partner ("PCPR będzie partnerem …"; not "Partnerem
                    # MOPR jest …", the partner of MOPR)
                    partners.add(value)
                continue
            # the body that grants or manages the money ("ROPS w Krakowie przyznał dofinansowanie")
            if (
                created
                and not runs
                and _SERVICES_CENTRE.search(m.group("inst"))
                and not u.text.startswith("©")  # the site's owner: it exists already
            ):
                # the page's project creates a centre of social services: one only named ("Czas
                # na CUS w X", "W CUS w X prowadzone będą zajęcia") is what it creates
                continue
            if _TRANSFORMED_AFTER.match(u.text, m.end()):
                # "OPS w X przekształcił się w Centrum Usług Społecznych": the unit as it was, below
                # the one it became (equal names otherwise tie, and the first would win)
                score -= 1
            role = "runs" if runs else "mention"
            if _funder_role(u.text, m.start(), m.end()):
                score -= 3
                role = "funder"
            # the site's owner line a reader adds from the page's footer or masthead ("© …"):
            # only when the text itself names no institution as well
            if u.text.startswith("©"):
                score -= 3
                role = "owner"
            if best is None or score > best.priority:
                best = Found(nominative, u, score, "scan")
                best_role = role
    if best is not None and best_role == "mention" and _named_as_partner(best.value, partners):
        # the centre the page only names is the partner another sentence names by its
        # abbreviation ("… w którym uczestniczy PCPR w X. PCPR będzie partnerem …"): not the runner
        partner, best = best.value, None
    if best is None:
        best = _institution_in_capitals(doc)
    if best is None and partner:
        doc.problems.append(f"implementer: only a partner is named ('{partner}'), not the leader")
    if best is not None:
        best = Found(_with_place(doc, best.value), best.unit, best.priority, best.source)
    return ({"implementer": best}, best_role) if best else ({}, "")


def _named_as_partner(name: str, partners: set[str]) -> bool:
    """Whether a centre's name is one of the partners' names, or its abbreviation ("PCPR" for
    "Powiatowe Centrum Pomocy Rodzinie w X")."""
    if name in partners:
        return True
    m = _IMPLEMENTER_RE.match(name)
    if m is None:
        return False
    letters = _initials(m.group("inst"))
    return any(p.isupper() and p.split()[0].rstrip("-u") == letters for p in partners if p.split())


@cache
def _is_english_town(word: str) -> bool:

    return _is_town(word) or any(p.surface == word for p in find_places("w gminie " + word))


# the words right after a unit that became another ("… przekształcił się w", "… został
# przekształcony w", "… zmienił nazwę na")
_TRANSFORMED_AFTER = re.compile(
    fold(
        r"[,\s]*(?:(?:z\s+dniem|od)\s+[\w.\s]{3,30}?\s+)?(?:przekształcił\w*\s+się|został\w*\s+przekształcon\w*"
        r"|zmienił\w*\s+(?:się|nazwę))\s+(?:w|na)\s"
    )
)
# the words right before a centre the project transforms into another (see _extract_institution)
_TRANSFORMED_BEFORE = re.compile(
    fold(
        r"(?:[Pp]rzekształceni[ae]|[Pp]rzekształc\w+\s+(?:się\s+)?|na\s+bazie|dotychczasow\w+)\s+$"
    )
)


@cache
def _being_created_re() -> re.Pattern[str]:
    words = "|".join(vocabulary()["implementer_bodies"]["being_created"])
    return re.compile(fold(rf"\b(?:{words})"), re.IGNORECASE)


def _inside_quotes(text: str, at: int) -> bool:
    before = text[:at]
    return before.count("„") > before.count("”") + before.count('"')


_SERVICES_CENTRE = re.compile(r"Usług|Uslug|CUS|Social\s+Services")


def _services_centre_created(doc: Doc) -> bool:
    """Whether the page says a centre of social services is being created (a sentence that names
    one and a word of its creation, vocabulary.yaml implementer_bodies.being_created: "W X powstanie
    Centrum Usług Społecznych", "the setting-up of CUS")."""
    return any(
        _SERVICES_CENTRE.search(u.text) and _being_created_re().search(u.text)
        for u in doc.units
        if not doc.is_foreign(u)
    )


def _being_created(text: str, m: re.Match[str]) -> bool:
    """A Centrum Usług Społecznych the project creates ("powstanie", "utworzenie", "przekształcenie
    OPS w …", "na bazie MOPS"): within a few words before or after the name."""
    if not re.search(r"Usług|Uslug|CUS", m.group("inst")):
        return False
    near = text[max(0, m.start() - 45) : m.start()]
    if not m.group("place"):  # "CUS w Kole, który powstał w 2022 r., realizuje …" exists already
        near += " " + text[m.end() : m.end() + 30]
    return bool(_being_created_re().search(near))


_CAPS_WORD = re.compile(r"\b[A-ZĄĆĘŁŃÓŚŹŻ][A-ZĄĆĘŁŃÓŚŹŻ-]*\b")
_LOWER_IN_NAMES = {"W", "WE", "I", "IM", "Z", "ZE", "DO", "NA", "DLA"}
_ABBREVIATIONS = {
    "MOPR",
    "MOPS",
    "GOPS",
    "MGOPS",
    "PCPR",
    "OPS",
    "CUS",
    "MCPR",
    "MCPS",
    "ROPS",
    "EFS",
}


def _title_caps(text: str) -> str:
    """'GMINNY OŚRODEK POMOCY SPOŁECZNEJ W KRZANOWICACH' -> 'Gminny Ośrodek … w Krzanowicach'
    (abbreviations kept)."""

    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        if w in _ABBREVIATIONS:
            return w
        if w in _LOWER_IN_NAMES:
            return w.lower()
        return "-".join(part.capitalize() for part in w.split("-"))

    return _CAPS_WORD.sub(word, text)


@_sourced("institution_caps")
def _institution_in_capitals(doc: Doc) -> Found | None:
    """An institution the page writes only in capitals (a heading, a masthead, a table of contents:
    'REALIZACJA PROJEKTU PRZEZ GMINNY OŚRODEK POMOCY SPOŁECZNEJ W KRZANOWICACH'): its name with a
    town the gazetteer knows, brought to the nominative."""

    for u in doc.units:
        if doc.is_foreign(u) or not re.search(r"O[ŚS]RODEK|O[ŚS]RODKA|CENTRUM", u.text):
            continue
        for m in _IMPLEMENTER_RE.finditer(_title_caps(u.text)):
            place = m.group("place") or ""
            if m.group("inst").isupper() or not place.lstrip().startswith(("w ", "we ")):
                continue
            value = _trim_place(_nominative(compact(m.group(0))).rstrip(" .,"))
            town = value.rsplit(" w ", 1)[-1].rsplit(" we ", 1)[-1]
            if any(p.surface == town.split()[0] for p in find_places(value)):
                return Found(value, u, 1)
    return None


# a welfare centre's name written in lower case in a news item ("podopieczni gminnego ośrodka
# pomocy społecznej w Sztabinie"), its town capitalised
_LOWER_CASE_INSTITUTION = re.compile(
    fold(
        r"\b(?:(?:miejsk|gminn|miejsko-gminn|powiatow)\w*\s+)?"
        r"(?:ośrod\w+\s+pomocy\s+(?:społecznej|rodzinie)|centr\w*\s+(?:pomocy\s+rodzinie|usług\s+społecznych))"
    )
    # (its first word may open a sentence: "Ośrodek pomocy społecznej w X rozpoczął …")
    + r"(?-i:(?=\s+(?:w|we)\s+[A-ZŁŚŻŹĆ]))",
    re.IGNORECASE,
)


@_sourced("institution_lower")
def _institution_in_lower_case(doc: Doc) -> Found | None:
    """A welfare centre the page names only in lower case, with a town the gazetteer or the list of
    places knows: its name capitalised and in the nominative ("Gminny Ośrodek Pomocy Społecznej w
    Sztabinie"); the first such name on the page, only when it names no other centre."""
    for u in doc.units:
        if doc.is_foreign(u) or ("pomocy" not in u.text and "usług" not in u.text):
            continue
        for lm in _LOWER_CASE_INSTITUTION.finditer(u.text):
            if all(w[:1].isupper() for w in lm.group(0).split()):
                continue  # the capitalised name: the institution rules have read (or set aside) it
            words = " ".join(w.capitalize() for w in lm.group(0).split())
            text = words + u.text[lm.end() : lm.end() + 60]
            m = _IMPLEMENTER_RE.match(text)
            if m is None or not (m.group("place") or "").lstrip().startswith(("w ", "we ")):
                continue
            value = _trim_place(_nominative(compact(m.group(0))).rstrip(" .,"))
            town = re.split(r"\s(?:w|we)\s", value, maxsplit=1)[-1]
            if _is_town(town):
                return Found(value, u, 0.5)
    return None


_RUN_RIGHT_BEFORE = re.compile(
    fold(
        "(?:"
        + _RUN_VERB
        # the past and future of running it, the object first ("Program będzie realizowało PCPR")
        + r"|(?:będzie\s+|będą\s+)?(?:[Zz]r|[Rr])ealizował\w*|(?:będzie\s+)?[Pp]rowadził\w*|[Pp]oprowadzi"
        # the unit that carries it out ("a jednostką realizującą projekt – MOPS w X") and several
        # realizators ("Projekt realizują wspólnie dwa podmioty: MOPS w X oraz …")
        + r"|[Jj]ednost\w+\s+realizując\w*(?:\s+projekt\w*)?\s*[–—-]?"
        # who carries out its tasks ("Zadania projektu wykona MOPS w X")
        + r"|[Zz]adani\w*(?:\s+projektu)?(?:\s+„[^”]{1,80}”)?\s+(?:wykona|wykonuje|wykonywać\s+będzie)"
        + r"|[Rr]ealizują(?:\s+wspólnie)?(?:\s+\w+){0,2}\s*:"
        # the copula left out after a comma ("Beneficjentem jest Gmina X, a realizatorem MOPS w X",
        # "…, zaś liderem projektu – Fundacja Y")
        + r"|,\s*(?:(?:a|zaś|natomiast)\s+)?(?:[Rr]ealizatorem|[Ll]iderem)(?:\s+projektu)?\s*[–—-]?"
        + ")"
    )
    + r"\s*:?\s*$"
)
# the body as the subject, the verb right after its name ("GOPS w X realizuje projekt", "… przystąpił do
# realizacji projektu", "… rozpoczął realizację", "… jest realizatorem")
_RUN_RIGHT_AFTER = re.compile(
    fold(
        r"^[\s,]*(?:\([^()]{1,20}\)\s*)?"
        # a time between ("… w okresie od czerwca 2020 do grudnia 2020 r. realizował", "… w latach
        # 2019-2021 realizował", "… od 1 marca 2021 r. realizuje", "… w 2020 roku zrealizował")
        r"(?:(?:w\s+okresie\s+)?od\s+[^,;\n]{1,30}?\s+do\s+[^,;\n]{1,30}?(?:\d{4}|r\.|roku)\s*"
        r"|w\s+latach\s+\d{4}\s*[-–]\s*\d{4}\s*(?:r\.|roku)?\s*|w\s+\d{4}\s*(?:r\.|roku)\s*"
        r"|od\s+(?:\d{1,2}[.\s]+)?(?:[a-ząćęłńóśźż]+\s+|\d{1,2}\.)?\d{4}\s*(?:r\.|roku)?\s*)?"
        r"(?:od\s+\d{4}\s*r?\.?\s+|już\s+|także\s+|również\s+"
        # a relative clause ("…, który realizuje projekt", "…, które prowadzi projekt")
        r"|któr[yaeo]\s+(?:(?:już|też|także|również)\s+)?)?"
        r"(?:realizuje|realizował\w*|zrealizował\w*|będzie\s+realizował\w*|prowadzi\s+projekt|prowadził\w*\s+projekt"
        r"|przystąpił\w*\s+do\s+realizacji|rozpocz(?:ął|ęł)\w*\s+realizację|rozpoczyna\s+realizację"
        r"|kontynuuje\s+realizację|zakończył\w*\s+realizację|kończy\s+realizację|jest\s+realizatorem"
        r"|był\w*\s+realizatorem|jest\s+liderem|był\w*\s+liderem|jest\s+beneficjentem|był\w*\s+beneficjentem"
        # the future and other verbs of carrying it out, with the project after them ("… będzie
        # realizować projekt", "… poprowadzi projekt", "… zajmie się realizacją", "… odpowiada
        # za realizację projektu")
        r"|zrealizuje|będzie\s+(?:z?realizować|prowadzić|koordynować)\s+(?:\w+\s+){0,2}?projekt"
        r"|(?:poprowadzi|przeprowadzi|wdraża|wdrażał\w*|wdroży|koordynuje|koordynował\w*)\s+(?:\w+\s+){0,2}?projekt"
        r"|(?:zajmie|zajmuje|zajmował\w*)\s+się\s+(?:realizacją|wdrażaniem|prowadzeniem)"
        r"|(?:odpowiada|odpowiadał\w*|(?:jest|był\w*|będzie)\s+odpowiedzialn\w+)\s+za\s+(?:realizację|wdrażanie|prowadzenie))"
    )
)
# the partner's word after the name: "MOPS w X jest partnerem projektu", "PCPR w Y będzie partnerem
# Stowarzyszenia Z" (not a leading partner: "jest partnerem wiodącym")
_PARTNER_AFTER = re.compile(
    fold(
        r"[,\s]+(?:(?:jest|był\w*|będzie|został\w*|zostanie)\s+(?:jednym\s+z\s+)?partner(?:em|ów)"
        r"|jako\s+partner\b)(?!\s+wiodąc)"
    )
)
_PARTNER_BEFORE = re.compile(
    fold(
        r"\b(?:partner(?:em|ami|zy|ów|a)?|partnerstw\w*\s+z|we\s+współpracy\s+z|współpracując\w*\s+z)"
        r"(?:\s+(?:projektu|jest|są|był\w*|będ\w+))*\s*[:–—-]?\s*$"
    ),
    re.IGNORECASE,
)
# a list of partners that runs on over several names ("partnerzy: A, B, C oraz D")
_PARTNER_LIST_OPENS = re.compile(
    fold(r"\bpartner(?:zy|ami|ów|em)?(?:\s+(?:projektu|są|będą|byli|jest))*\s*:"), re.IGNORECASE
)


@cache
def _funder_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    roles = vocabulary()["implementer_roles"]
    after = re.compile(
        r"^[\s,]*(?:\([^()]{1,20}\)\s*)?(?:" + fold("|".join(roles["funder_after"])) + ")",
        re.IGNORECASE,
    )
    before = re.compile("(?:" + fold("|".join(roles["funder_before"])) + r")$", re.IGNORECASE)
    return after, before


def _funder_role(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is the body that grants or manages the money: a granting
    verb right after it ("… przyznał dofinansowanie") or an intermediate body's label or a decision
    right before it (vocabulary.yaml
    implementer_roles.funder_after / funder_before)."""
    after, before = _funder_res()
    return bool(
        after.match(text[end : end + 60]) or before.search(text[max(0, start - 60) : start])
    )


def _in_partner_list(text: str, at: int) -> bool:
    """The name at `at` is an item of a list of partners opened earlier in its sentence, with no
    run verb or sentence end between ("Razem z nim projekt prowadzą partnerzy: A, B oraz C")."""
    before = text[max(0, at - 300) : at]
    opens = list(_PARTNER_LIST_OPENS.finditer(before))
    if not opens:
        return False
    between = before[opens[-1].end() :]
    return not re.search(r"[.!?;]\s|\b(?:realizuje|prowadzi|jest\s+liderem)\b", between)


_WHOLE_WORD = re.compile(
    fold(r"\błączn\w*|\bogółem\b|\bcałkowit\w*|\bcałego\s+projektu") + r"|\btotal\b|\boverall\b",
    re.IGNORECASE,
)
_RUNS = re.compile(
    fold(r"realiz|prowadz|prowadzi|lider|wnioskodaw|beneficjent|projektodaw|implement|carried"),
    re.IGNORECASE,
)


# an institution named without its town: an abbreviation, or the bare full name
_BARE_NAME = re.compile(
    r"(?:MOPR|MOPS|GOPS|MGOPS|PCPR|OPS|CUS|MCPR|MCPS)"
    r"|(?:Miejski|Gminny|Miejsko-Gminny|Powiatowe)\s+(?:Ośrodek|Centrum)\s+(?:Pomocy|Usług)\s+(?:Społecznej|Rodzinie|Społecznych)"
)


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())


def _full_name(doc: Doc, value: str) -> str | None:
    """The name with its town the page gives elsewhere, in any case ("© Miejskiego Ośrodka Pomocy
    Społecznej w Lipnie", "MOPS w Lipnie") for a bare "MOPS" or "Miejski Ośrodek Pomocy Społecznej";
    None when the page names no town for it, or two different ones."""
    abbreviation = value if value.isupper() else _initials(value)
    found: set[str] = set()
    for m in _IMPLEMENTER_RE.finditer(doc.text):
        place = m.group("place") or ""
        if not place.lstrip().startswith(("w ", "we ")):
            continue
        inst = _nominative(compact(m.group("inst")))
        if inst.isupper():
            if inst != abbreviation:
                continue
        elif _initials(inst) != abbreviation:
            continue
        full = _trim_place(_nominative(compact(m.group(0))).rstrip(" .,"))
        if inst.isupper() and not value.isupper():
            full = (
                value + full[len(inst) :]
            )  # "MOPS w Lipnie" for "Miejski Ośrodek …": the full name
        found.add(full)
    if len(found) == 1:
        return found.pop()
    if not value.isupper():
        shared = _shared_place(doc.text, value) if not found else None
        # the full name without a town is still a name
        return _trim_place(value + " " + shared) if shared else value
    return None


# a second body named with the first and the place both share, in one sentence ("Gminny Ośrodek
# Pomocy Społecznej oraz Miejska i Powiatowa Biblioteka Publiczna w Kartuzach")
_SHARED_PLACE_AFTER = re.compile(
    r"[^\S\n]*\n?[^\S\n]*(?:oraz|i)\s+[A-ZŁŚŻŹĆ][\w-]*(?:\s+(?:[A-ZŁŚŻŹĆ][\w-]*|i|oraz))*?"
    r"\s+(?P<place>we?\s+[A-ZŁŚŻŹĆ][\w-]+(?:\s+[A-ZŁŚŻŹĆ][\w-]+)?)"
)


def _shared_place(text: str, value: str) -> str | None:
    """The place a bare name shares with the body named after it ("X oraz Y w Z"), when the page
    names it so once."""
    places = {
        m.group("place")
        for at in (i.end() for i in re.finditer(re.escape(value), text))
        for m in [_SHARED_PLACE_AFTER.match(text, at)]
        if m is not None
    }
    return places.pop() if len(places) == 1 else None


_INSTITUTION_ONLY = re.compile(_INSTITUTION)  # names without a place: none swallows the next one
_ABBREVIATED = re.compile(
    r"(?P<abbr>MOPR|MOPS|GOPS|MGOPS|PCPR|OPS|CUS|MCPR|MCPS|ROPS)(?P<rest>\s+(?:w|we)\s+\S.*)"
)


def _expand_abbreviation(doc: Doc, value: str) -> str:
    """'PCPR w Łosicach' -> 'Powiatowe Centrum Pomocy Rodzinie w Łosicach' when the page spells the
    abbreviation out (in any case, with or without the town) as one name only; else as written."""
    value = re.sub(r"^MOPS-?u\b", "MOPS", value)  # "MOPS-u w Kole": the abbreviation's case ending
    m = _ABBREVIATED.fullmatch(value)
    if not m:
        return value
    names = set()
    for im in _INSTITUTION_ONLY.finditer(doc.text):
        inst = compact(im.group(0))
        # "Miejski Ośrodek Pomocy Społecznej w Turku" does not spell out "MOPS w Kole"
        town = re.match(r"\s+(?:w|we)\s+([A-ZŁŚŻŹĆ][\w-]+)", doc.text[im.end() : im.end() + 40])
        if town and town.group(1) not in m.group("rest").split():
            continue
        if not inst.isupper():
            nominative = _nominative(inst)
            if _initials(nominative) == m.group("abbr"):
                names.add(nominative)
    return names.pop() + m.group("rest") if len(names) == 1 else value


def _with_place(doc: Doc, value: str) -> str:
    """'Miejski Ośrodek Pomocy Rodzinie' -> '… w Kielcach' when the page names it with its town elsewhere."""
    if (
        re.search(
            r"\s(?:w|we|in)\s[A-ZŁŚŻŹĆ]\S*(?:\s+\S+){0,3}$|Dzielnicy|\sof\sthe\s|\s(?:Gminy|Miasta)\s[A-ZŁŚŻŹĆ]",
            value,
        )
        or len(value.split()) < 3
    ):
        return value
    m = re.search(
        re.escape(value)
        # the place capitalised, of up to three words ("w Mińsku Mazowieckim"; not "we współpracy")
        + r"\s+(?-i:(we?\s+[A-ZŁŚŻŹĆ][\w-]+(?:\s?[–-]\s?[A-ZŁŚŻŹĆ][\w-]+|\s+(?:nad|pod)\s+[A-ZŁŚŻŹĆ][\w-]+"
        r"|(?:\s+[A-ZŁŚŻŹĆ][\w-]+){1,2})?))",
        doc.text,
        re.IGNORECASE,
    )
    if not m:
        # "Gminny Ośrodek Pomocy Społecznej oraz Miejska Biblioteka Publiczna w Kartuzach": the
        # town of the body named beside it in the same sentence
        m = re.search(
            re.escape(value)
            + r"\s+(?:oraz|i|a\s+także)\s+[A-ZŁŚŻŹĆ][^.;:\n]{3,80}?\s(we?\s+[A-ZŁŚŻŹĆ][\w-]+)(?=[\s.,;]|$)",
            doc.text,
        )
    if not m:
        return _with_postcode_town(doc, value)
    place = m.group(1)
    if place.isupper():
        words = place.split()
        place = " ".join([words[0].lower()] + [w.capitalize() for w in words[1:]])
    return _trim_place(f"{value} {place}")


# the body's contact block: its name, then a street and a postcode with the town within two lines
# ("Miejski Ośrodek Pomocy Społecznej\nul. Długa 5\n08-110 Siedlce")
_POSTCODE_TOWN_AFTER = re.compile(
    r"^(?:[^\n]{0,60}\n){0,2}[^\n]{0,60}?\b\d{2}-\d{3}[^\S\n]+(?P<town>[A-ZŁŚŻŹĆ][\w-]+(?:[^\S\n]+[A-ZŁŚŻŹĆ][\w-]+)?)"
)


def _with_postcode_town(doc: Doc, value: str) -> str:
    """'Miejski Ośrodek Pomocy Społecznej' -> '… w Siedlcach' when the body's contact block gives a
    postcode and its town right after the name; else the municipality's town."""

    for m in re.finditer(re.escape(value), doc.text):
        after = _POSTCODE_TOWN_AFTER.match(doc.text[m.end() : m.end() + 120])
        if after:
            town = after.group("town")
            loc = town_locative(town) or (town_locative(town.split()[0]) if " " in town else None)
            if loc:
                prep = "we" if re.match(r"[WwFf][^aeiouyąęó]", loc) else "w"
                return f"{value} {prep} {loc}"
    return _with_municipality_town(doc, value)


_MUNICIPALITY_BEFORE = re.compile(
    r"(?:Gmin\w*|Miast\w*)\s+(?:Miejsk\w+\s+|Miasto\s+)?(?P<town>[A-ZŁŚŻŹĆ][\w]+(?:\s+[A-ZŁŚŻŹĆ][\w]+){0,2})"
    r"\s*(?:/|[–—-]|,)\s*$"
)


def _with_municipality_town(doc: Doc, value: str) -> str:
    """'Gmina Kielce/Miejski Ośrodek Pomocy Rodzinie' -> '… w Kielcach': the town of the municipality
    written just before the institution, in the locative the lemmatiser gives for it."""

    for m in re.finditer(re.escape(value), doc.text):
        before = _MUNICIPALITY_BEFORE.search(doc.text[max(0, m.start() - 60) : m.start()])
        if before:
            loc = town_locative(before.group("town"))
            if loc:
                prep = "we" if re.match(r"[WwFf][^aeiouyąęó]", loc) else "w"
                return f"{value} {prep} {loc}"
    return _with_the_one_gmina(doc, value)


_GMINA_NAMED = re.compile(
    # a name of one to three words ("Gmina Nowy Targ", "Gmina Nowe Miasto Lubawskie")
    r"\b(?:[Gg]min[aiyęie]+|[Gg]minie|[Ww]ójt\s+[Gg]miny)\s+(?P<town>[A-ZŁŚŻŹĆ][\w]+(?:\s+[A-ZŁŚŻŹĆ][\w]+){0,2})\b"
)


_TOWN_NAMED = re.compile(
    r"\b(?:[Mm]iasto|[Mm]iasta|[Gg]min[ay]\s+[Mm]iejsk(?:a|iej)|[Gg]min[ay]\s+[Mm]iast[oa])"
    r"\s+(?P<town>[A-ZŁŚŻŹĆ][\w-]+(?:\s+[A-ZŁŚŻŹĆ][\w-]+)?)"
)


def _with_the_one_gmina(doc: Doc, value: str) -> str:
    """'Gminny Ośrodek Pomocy Społecznej' -> '… w Przerośli' when the page names one gmina only
    ("w gminie Przerośl", "Gmina Przerośl"): a gminny ośrodek is that gmina's."""

    gminny = value.startswith(("Gminny ", "Gminne ", "Miejsko-Gminny ", "Miejsko-Gminne "))
    # an ośrodek or centre without an adjective is a gmina's or a town's
    plain = value in {"Ośrodek Pomocy Społecznej", "Centrum Usług Społecznych"}
    if not (gminny or plain or value.startswith(("Miejski ", "Miejskie "))):
        return value
    # the gazetteer's gminas only ("Skarbnik Gminy Grażyna Franko" names none)
    towns = (
        {p.name for m in _GMINA_NAMED.finditer(doc.text) for p in find_places("w " + m.group(0))}
        if gminny or plain
        else set()
    )
    if not gminny:  # "miasto Kutno", "Gmina Miejska Kutno", "mieście Kutno"
        towns |= {
            p.name
            for m in _TOWN_NAMED.finditer(doc.text)
            for p in find_places("w gminie " + m.group("town"))
            if p.surface == m.group("town")
        }
    if len(towns) != 1:
        return value
    loc = town_locative(towns.pop())
    if not loc:
        return value
    prep = "we" if re.match(r"[WwFf][^aeiouyąęó]", loc) else "w"
    return f"{value} {prep} {loc}"


# --------------------------------------------------------------------------- budget


def vocabulary_re(section: str, role: str) -> re.Pattern[str]:
    return re.compile(
        fold("|".join(f"(?:{p})" for p in vocabulary()[section][role])), re.IGNORECASE
    )


@cache
@case_free_results
def _label_re(field_name: str) -> re.Pattern[str]:
    return re.compile(
        # the whole label part: "$" closes every alternative, not only the last line's; a note in
        # parentheses or a second language after a slash may follow ("Tytuł projektu (PL)",
        # "Tytuł projektu / Project title")
        "(?:"
        + fold("|".join(f"(?:{p})" for p in vocabulary()["labels"][field_name]))
        + r")"
        # words that may follow any label ("Liczba osób objętych wsparciem", "… projektu ogółem")
        + fold(
            r"(?:\s+(?:projektu|ogółem|łącznie|razem|planowan\w*|zakładan\w*|docelow\w*|w\s+projekcie"
            r"|objęt\w*(?:\s+wsparciem)?|(?:w\s+)?(?:zł|pln)|in\s+pln|total))*"
        )
        + r"(?:\s*\([^()]{0,40}\)|\s*/\s*[^/]{1,40})?$",
        re.IGNORECASE,
    )


@cache
def _bare_label_re(field_name: str) -> re.Pattern[str]:
    """A BIP two-column row whose columns lost their gap: 'Program Regionalny Program Operacyjny …',
    'Beneficjent Powiat Gorzowski' (the label, then a capitalised value)."""
    labels = fold("|".join(f"(?:{p})" for p in vocabulary()["labels"][field_name]))
    return re.compile(rf"^(?i:{labels})\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ0-9„\"])")


_BUDGET_LINE = re.compile(
    "(?:"
    + "|".join(
        fold("|".join(f"(?:{p})" for p in vocabulary()["budget"][role]))
        for role in ("total", "eu", "own", "eligible", "national")
    )
    + ")",
    re.IGNORECASE,
)
_NOT_LABEL_LINE = re.compile(r"[\d.!?;,\"„”]")


@cache
@case_free_results
def _any_label_re() -> re.Pattern[str]:
    """Every field's `_label_re` in one alternation: it matches a text exactly when one of them
    does (each alternative closes with its own "$"), in one call instead of one per field."""
    return re.compile(
        "|".join(f"(?:{_label_re(name).pattern})" for name in vocabulary()["labels"]),
        re.IGNORECASE,
    )


def is_field_label(line: str) -> bool:
    """A bare line that is a field's label, whose value follows on the next line: "Tytuł
    projektu", "Wartość całkowita projektu", "Beneficjent" (a two-column layout flattened to
    lines). Short, without digits or sentence punctuation, and wholly a label of the vocabulary
    (a budget label with at most three words around it)."""
    line = line.strip(" *#").rstrip(":").strip()
    if not line or len(line.split()) > 7 or _NOT_LABEL_LINE.search(line):
        return False
    if _any_label_re().match(line):
        return True
    # the words of every budget phrase in it ("Wartość dofinansowania ze środków UE": two
    # phrases, "dofinansowania" and "środków UE"), at most three other words around them
    covered = sum(len(m.group(0).split()) for m in _BUDGET_LINE.finditer(line))
    return covered > 0 and len(line.split()) <= covered + 3


def labelled(doc: Doc, field_name: str) -> list[tuple[str, Unit]]:
    """The values of units labelled for `field_name` ("Tytuł projektu: X", "Project title | X",
    "Realizator – X", dotted leaders, a heading line over its value), in document order."""
    rx = _label_re(field_name)
    out = []
    # the units that can carry a label (scan.Index.label_rows: not list items; a label part, or
    # short and on one line for the bare label), each label's role decided once per label
    for u, lv, key in scan.index(doc).label_rows():
        if lv is None or not scan.label_is(field_name, key, rx):
            bare = (
                _bare_label_re(field_name).match(u.text)
                if len(u.text) <= 160 and "\n" not in u.text
                else None
            )
            if bare:
                out.append((u.text[bare.end() :].strip(), u))
            continue
        value = u.text[lv[1] :]
        if u.is_row:
            value = value.split(" | ")[0]  # further cells are other columns
        out.append((value.strip(), u))
    return out


_TOTAL_LABEL = vocabulary_re("budget", "total")
# national co-financing from the state budget: neither the total nor EU money
_NATIONAL_LABEL = vocabulary_re("budget", "national")
_ELIGIBLE_LABEL = vocabulary_re("budget", "eligible")
_EU_LABEL = vocabulary_re("budget", "eu")
_OWN_LABEL = vocabulary_re("budget", "own")
_NON_BUDGET = re.compile(
    r"przypadając\w*\s+na|zwrot\w*(?:\s+koszt\w*)?|dojazd\w*|zasił\w*|na\s+osobę|na\s+uczestnika|dla\s+(?:każdego|osób|uczestnik)\w*|stypendi\w*|miesięczn\w*"
    r"|za\s+godzinę|wynagrodzeni\w*|świadczeni\w*|dodat\w*|bon\w*|jednorazow\w*"
    # the same in English: money per person, a participant's allowance, a salary
    r"|per\s+(?:person|participant|month|hour|day)|each\s+participant|allowance\w*|scholarship\w*"
    r"|stipend\w*|salar\w*|remuneration|refund\w*",
    re.IGNORECASE,
)


@cache
def _amount_rate_after_re() -> re.Pattern[str]:
    """data/vocabulary.yaml amount_rate_after: a rate right after an amount (and its currency)."""
    rate = _vocabulary_alternation("amount_rate_after")
    return re.compile(
        fold(rf"^\s*(?:zł\w*|pln|złotych)?\s*(?:brutto\s+|netto\s+)?(?:{rate})(?!\w|\s*\d)"),
        re.IGNORECASE,
    )


@cache
@case_free_results
def _qualifier_re(kind: str) -> re.Pattern[str]:
    """A phrase of one kind of data/vocabulary.yaml `budget_qualifiers`: a bound or an
    approximation ending right before a figure (a whole phrase, not the end of a longer word);
    "estimated" anywhere."""
    body = fold("|".join(f"(?:{p})" for p in vocabulary()["budget_qualifiers"][kind]))
    if kind == "estimated":
        return re.compile(body, re.IGNORECASE)
    return re.compile(r"(?<![^\W\d_])(?:" + body + r")\s*$", re.IGNORECASE)


_BOUND_KINDS = ("more_than", "less_than", "approximately")


def _qualifier(before: str) -> str:
    """The qualifier of a figure from the words just before it (the last 40 characters): the
    longest bound or approximation phrase that ends there ("nie więcej niż" over "więcej niż");
    an "estimated" label makes a figure approximate unless a lower bound is stated; "exact" when
    none (a rounded figure's "approximately" is the caller's)."""
    b = before[-40:]
    found = [(m.start(), kind) for kind in _BOUND_KINDS if (m := _qualifier_re(kind).search(b))]
    bound = min(found)[1] if found else None  # the earliest start: the longest phrase
    if bound != "more_than" and _qualifier_re("estimated").search(b):
        return "approximately"  # "Szacowana wartość projektu: …"
    return bound or "exact"


def _total_qualifier(before: str, rounded: bool) -> str:
    """`_qualifier` of a total, where a rounded figure ("2,4 mln zł") without a bound is
    approximately, unless the words before it say it is exact ("dokładnie 1 mln 80 tys. zł")."""
    qualifier = _qualifier(before)
    if rounded and qualifier == "exact" and not _qualifier_re("stated_exact").search(before[-40:]):
        return "approximately"
    return qualifier


_SUPPLIER_AFTER = vocabulary_re("budget", "supplier")
_FROM_STATE_BUDGET = re.compile(
    fold(
        r"\s*(?:zł\.?|pln|złotych)?\s*(?:pochodz\w*\s+)?ze?\s+(?:budżetu\s+państwa|środków\s+krajowych)"
    ),
    re.IGNORECASE,
)


# "Wartość projektu współfinansowanego ze środków UE wynosi …": the EU words only say how the
# project is funded (a participle in the genitive, hung on the total's label), not what the figure is
_FUNDED_PROJECT_GAP = re.compile(
    fold(
        r"(?:\s+(?:projektu|przedsięwzięcia|zadania))?\s+(?:(?:współ|do|s)?finansowan|realizowan)(?:ego|ych)\b"
        # "Łączna wartość złożonego wniosku o dofinansowanie projektu wynosi …": the application's
        r"|(?:\s+złożon\w+)?\s+wniosk(?:u|ów)\s+o\s+dofinansowanie\b"
    )
    + r"|\s+(?:co-?)?(?:financed|funded)\b",
    re.IGNORECASE,
)
_GAP_GOES_ON = re.compile(r"[^,;:()–—]*[:\s–—-]*$")
_PARTS_OR_SECOND = re.compile(
    fold(r"\b(?:w\s+tym|z\s+czego|oraz|a|i|including|of\s+which|and)\b"), re.IGNORECASE
)


def _total_of_a_funded_project(before: str) -> bool:
    """The EU label nearest a figure stands in a participle phrase that follows the total's label
    ("Wartość projektu współfinansowanego z EFS: …", "Total value of the project co-financed by
    the EU: …"): the figure is the total."""
    last = None
    for m in _TOTAL_LABEL.finditer(before):
        last = m
    if last is None:
        return False
    gap = before[last.end() :]
    m = _FUNDED_PROJECT_GAP.match(gap)
    return bool(m and _GAP_GOES_ON.match(gap, m.end())) and not _PARTS_OR_SECOND.search(gap)


# an EU source's name ending, a conjunction, then the state budget's label
_EU_WITH_NATIONAL = re.compile(
    "(?:"
    + fold("|".join(f"(?:{p})" for p in vocabulary()["budget"]["eu_with_national"]))
    + ")(?:"
    + _NATIONAL_LABEL.pattern
    + ")",
    re.IGNORECASE,
)


def _eu_with_national(before: str, pos: int, candidates: list[tuple[int, str]]) -> bool:
    """The state budget (its label ending at `pos`) named together with an EU source as one
    co-financing ("ze środków EFS i budżetu państwa w kwocie …"): an EU label ends right before
    it, with only a conjunction (and the rest of the fund's name) between (data/vocabulary.yaml
    budget.eu_with_national)."""
    return any(
        role == "eu" and end < pos and _EU_WITH_NATIONAL.fullmatch(before, end, pos)
        for end, role in candidates
    )


# a percentage just before a total's words: "5% wartości projektu", "85 procent kosztów"
_SHARE_OF = re.compile(r"\d\s?(?:%|proc\w*)\s*$", re.IGNORECASE)
# the own contribution's label, then its clause going on without naming the project
_OWN_THEN_CLAUSE = re.compile(
    "(?:"
    + _OWN_LABEL.pattern
    + r")"
    + fold(r"(?![^,;.]*\b(?:projekt|przedsięwzię|zadani))[^,;.]*$"),
    re.IGNORECASE,
)


def _own_clause(text: str) -> bool:
    """The text ends inside a clause opened by the own contribution's label."""
    return bool(_OWN_THEN_CLAUSE.search(text))


def _role(before: str, after: str) -> str | None:
    """The budget role of an amount from the words around it (nearest label wins)."""
    if _NON_BUDGET.search(before[-60:]) or _NON_BUDGET.search(after[:30]):
        return None
    if _amount_rate_after_re().match(after):
        return None  # "budżet 12 mln zł rocznie": a yearly or monthly figure, not the project's
    if _FROM_STATE_BUDGET.match(after):
        return None  # "przeznaczono 30 000 zł z budżetu państwa": national money whatever the label
    if _SUPPLIER_AFTER.match(after):
        return None  # "umowę na kwotę 77 000 zł z firmą …": a price paid to a supplier
    candidates = []
    for role, rx in (
        ("total", _TOTAL_LABEL),
        ("eu", _EU_LABEL),
        ("own", _OWN_LABEL),
        ("eligible", _ELIGIBLE_LABEL),
        ("national", _NATIONAL_LABEL),
    ):
        for m in rx.finditer(before):
            if role == "total" and _SHARE_OF.search(before, 0, m.start()):
                continue  # "Wkład własny wynosi 5% wartości projektu, tj. …": a share, no label
            candidates.append((m.end(), role))
    if candidates:
        pos, role = max(candidates)
        if role == "national" and not _eu_with_national(before, pos, candidates):
            return None
        role = "eu" if role == "national" else role
        if role == "eu" and _total_of_a_funded_project(before):
            role = "total"
        if role == "eu" and _OWN_LABEL.search(before[pos:]):
            role = "own"
        if role == "total":
            # "dofinansowanie o wartości 850 000 zł": the generic "o wartości" names the EU amount
            m = re.search(
                r"o\s+(?:łącznej\s+|całkowitej\s+)?wartości\s*$", before[:pos], re.IGNORECASE
            )
            if m and _PROJECT_BEFORE.search(before, 0, m.start()):
                pass  # "dofinansowanie na projekt o wartości 400 000 zł": the project's value
            elif m and _EU_LABEL.search(before[max(0, m.start() - 40) : m.start()]):
                role = "eu"
            elif m and _own_clause(before[max(0, m.start() - 80) : m.start()]):
                role = "own"  # "Wkład własny stanowią koszty personelu o wartości 62 500 zł"
        if role == "total" and _PART_OF_BEFORE.search(before.rstrip()):
            # "Budżet projektu to 400 000 zł, z czego 340 000 zł pochodzi z EFS": the part's own
            # words after it say whose money it is
            after_role = _role_after(after)
            if after_role in ("eu", "own"):
                return after_role
        # "wartość projektu … w tym dofinansowanie": the nearest label wins; eligible never mixes
        return role
    return _role_after(after)


# the project named right before "o wartości" (its quoted name may stand between): the value is
# the project's, whatever grant is named before it
_PROJECT_BEFORE = re.compile(
    fold(
        r"(?<!\w)(?:projekt|przedsięwzię|zadani)\w*(?:\s+(?:pn\.|pt\.)?\s*[„\"“][^„”\"“]{1,150}[”\"“])?\s*$"
    ),
    re.IGNORECASE,
)
_VALUE_OF = re.compile(fold(r"o\s+(?:łącznej\s+|całkowitej\s+)?wartości\s*$"), re.IGNORECASE)


def _project_value_before(before: str) -> bool:
    """The words before an amount end in "<projekt …> o wartości" (the project's value)."""
    m = _VALUE_OF.search(before[-200:])
    return bool(m and _PROJECT_BEFORE.search(before[-200:], 0, m.start()))


# a part of the amount before it: "…, z czego 340 000 zł", "…, w tym 340 000 zł", "…, of which PLN …"
_PART_OF_BEFORE = re.compile(
    fold(r"[,(]\s*(?:z\s+czego|w\s+tym|spośród\s+czego|of\s+which)$"), re.IGNORECASE
)
# the money's EU source after a part of the total: "… zł pochodzi z Europejskiego Funduszu
# Społecznego", "… zł zostanie pokryte ze środków unijnych"
_EU_SOURCE_AFTER = re.compile(
    fold(
        r"^\s*(?:zł\.?|pln|złotych)?\s*(?:(?:zostanie|został\w*|będzie|jest)\s+)?"
        r"(?:pochodz\w*|pokryt\w*|sfinansowan\w*|finansowan\w*)\s+(?:ze?\s+)?(?:środków\s+)?"
        r"(?:europejsk\w+\s+fundusz\w*|fundusz\w*\s+europejsk\w*|unii\s+europejskiej|unijn\w*|ue|efs\+?)(?!\w)"
    ),
    re.IGNORECASE,
)


# data/vocabulary.yaml budget_contributes_after: the verbs of bringing money after an amount
_CONTRIBUTES_AFTER = "|".join(f"(?:{p})" for p in vocabulary()["budget_contributes_after"])


def _role_after(after: str) -> str | None:
    """The budget role an amount's following words give it ("… zł stanowi dofinansowanie", "…
    zł pochodzi z EFS"), or None."""
    a = after[:60].lower()
    am = re.match(
        # "85% (1 062 500 zł) stanowi dofinansowanie": the bracket round the amount closes first
        r"^\s*(?:zł\.?|pln)?\s*\)?\s*(?:,\s*)?"
        # "1,2 mln zł – tyle wynosi unijne dofinansowanie", "… – tyle kosztuje projekt"
        # "… zł – to pieniądze z Unii Europejskiej": a dash before the words too
        r"(?:[–—-]\s*(?:tyle\s+)?)?(?:(?:stanowi\w*|to|jest|wynosi|wyniesie|wyniosł\w*|przypada\s+na)\s+)?"
        # "Pozostałe 29 000 zł gmina wniesie jako wkład własny": who brings the money, and how
        rf"(?:(?:\w+\s+){{0,2}}?(?:{_CONTRIBUTES_AFTER})\s+)?"
        # "850 000 zł pochodzi z EFS", "… zostanie pokryte ze środków UE": where the money comes from
        r"(?:(?:(?:zostanie|został\w*|będzie|jest)\s+)?(?:pochodz\w*|pokryt\w*|sfinansowan\w*|finansowan\w*)\s+"
        r"|(?:comes?|came|is\s+funded|are\s+funded)\s+(?:from|by)\s+(?:the\s+)?)?"
        r"(?:ze?\s+|w\s+ramach\s+|jako\s+|tytułem\s+)?(\w+(?:\s+\w+){0,2})",
        a,
    )
    if am:
        w = am.group(1)
        if _NATIONAL_LABEL.match(w):
            return None  # "… zł z budżetu państwa": national money, not the total
        if am.group(0).rstrip().endswith(w) and re.match(
            r"(?:ue|unii|efs\+?|esf\+?|eu|european)\b", w
        ):
            return "eu"
        if _EU_LABEL.match(w):
            return "eu"
        if _OWN_LABEL.match(w):
            return "own"
        if _TOTAL_LABEL.match(w):
            return "total"
    if _EU_SOURCE_AFTER.match(after[:90]):
        return "eu"  # "… zł pochodzi z Europejskiego Funduszu Społecznego"
    return None


@dataclass
class _Amount:
    role: str
    value: Decimal
    qualifier: str
    unit: Unit
    rounded: bool
    part: bool = (
        False  # "…, w tym ze środków europejskich: 1 099 506,96 zł": a part of an amount above
    )
    eu_only: bool = (
        False  # labelled as EU money alone ("dofinansowanie UE"), not the whole co-financing
    )
    anchored: bool = False  # its label opens its line ("Wartość projektu: …", a table row)
    start: int = -1  # its offset in its unit
    whole: bool = False  # its own words say it is the whole ("Wartość całego projektu wynosi …")


# "Całkowita wartość projektu, w tym dofinansowanie … – 184 740 zł": the amount after a nested
# "w tym" belongs to the head label (the whole), the next "w tym … –" amount to its own label
_NESTED_HEAD = re.compile(r",?\s+w\s+tym\b", re.IGNORECASE)
_RELEVANT = re.compile(
    fold(r"projek(?:t\w*|cie)|przedsięwzię|project|ośrod|mops|mopr|gops|ops\b|pcpr|cus\b"),
    re.IGNORECASE,
)


def _amount_roles(u: Unit, label: str) -> list[_Amount]:
    """Every PLN amount of a unit with its budget role; `label` is the row label a continuation
    row ("| 409 062,50 zł" under "EU contribution | 98 175 EUR") inherits."""
    out: list[_Amount] = []
    moneys = find_money(u.text)
    prev_end = 0
    for i, mo in enumerate(moneys):
        before = u.text[prev_end : mo.start]
        if i == 0 and label:
            before = label + " | " + before
        nxt = moneys[i + 1].start if i + 1 < len(moneys) else len(u.text)
        after = u.text[mo.end : nxt]
        prev_end = mo.end
        role = _role(before, after)
        if i == 0 and role == "eu":
            head = _NESTED_HEAD.search(before)
            if head and _TOTAL_LABEL.search(before[: head.start()]):
                role = "total"
        if role is None:
            continue
        line = u.text[u.text.rfind("\n", 0, mo.start) + 1 : mo.start]
        out.append(
            _Amount(
                role,
                mo.value,
                _qualifier(before),
                u,
                # "dokładnie 1 mln 80 tys. zł": a figure with a scale word said to be exact
                mo.rounded and not _qualifier_re("stated_exact").search(before[-40:]),
                part=bool(_PART_OF.search(before[-60:])),
                eu_only=bool(_EU_ONLY.search(before[-50:])),
                anchored=u.is_row or (len(line) <= 90 and label_value(line + "0") is not None),
                start=mo.start,
                whole=bool(_WHOLE_WORD.search(before[-80:])),
            )
        )
    if not moneys:
        # "Całkowita wartość projektu ....... 3 500 000,00": a labelled amount without its currency
        lv = label_value(u.text)
        bm = _bare_match(u, lv) if lv else None
        if bm:
            role = _role(lv[0] + " ", "")
            if role:
                out.append(
                    _Amount(role, parse_number(bm.group(1)), "exact", u, False, anchored=True)
                )
    return out


_EU_ONLY = re.compile(fold(r"\b(?:ue|unii|efs\+?|europejsk\w*|eu)\b"), re.IGNORECASE)
_OPENS_PARTS = re.compile(r"(?:w\s+tym|z\s+czego|including)\s*:?\s*$")
_PART_OF = re.compile(r"w\s+tym|z\s+czego|including|of\s+which", re.IGNORECASE)
_BARE_AMOUNT = re.compile(
    # (a sentence's full stop after it: "Wartość projektu (zł): 1 234 567,89.")
    r"\s*(\d{1,3}(?:[ .\u00a0]\d{3})+,\d{2}|\d{4,10}[,.]\d{2})\s*(?:\([^()]{0,40}\))?\s*\.?\s*$"
)


# the currency said in the label ("Budżet projektu (PLN): 1 250 000", "Wartość w zł | 812 400"):
# a whole amount without grosze is money too
_CURRENCY_IN_LABEL = re.compile(
    r"\(\s*(?:pln|zł|zl)\s*\)|\[\s*(?:pln|zł|zl)\s*\]|\b(?:w|in)\s+(?:pln|zł|zl)\b", re.IGNORECASE
)
_BARE_WHOLE = re.compile(r"\s*(\d{1,3}(?:[ .\u00a0]\d{3})+|\d{5,10})\s*\.?\s*$")


def _bare_match(u: Unit, lv: tuple[str, int]) -> re.Match[str] | None:
    return _BARE_AMOUNT.match(u.text, lv[1]) or (
        _BARE_WHOLE.match(u.text, lv[1]) if _CURRENCY_IN_LABEL.search(lv[0]) else None
    )


def _bare_labelled_amount(u: Unit) -> bool:
    """A 'label: amount' line without a currency ("Wartość projektu: 812 400,00", "Budżet
    projektu (PLN): 812 400"): read by `_amount_roles` when its label names a budget role."""
    if len(u.text) > 160:
        return False
    lv = label_value(u.text)
    return bool(lv and _bare_match(u, lv))


_SUM_ROW = re.compile(
    fold(r"^\W*(?:razem|ogółem|suma|łącznie|w\s+sumie|total|sum)\W*$"), re.IGNORECASE
)


def _sum_row_total(u: Unit, label: str, rows: list[tuple[Unit, str]]) -> _Amount | None:
    """A "Razem | 812 400,00 zł" row under rows of money by source ("Środki EFS | …", "Budżet
    państwa | …", "Wkład własny | …"): the total, when it is the sum of the amounts above it and
    one of them is labelled as a source of funding."""
    if not _SUM_ROW.match(label):
        return None
    moneys = find_money(u.text)
    if len(moneys) != 1 or len(rows) < 2:
        return None
    parts: list[Decimal] = []
    sourced = False
    for row, row_label in rows:
        found = find_money(row.text)
        if len(found) != 1:
            continue
        parts.append(found[0].value)
        sourced = sourced or any(
            rx.search(row_label) for rx in (_EU_LABEL, _OWN_LABEL, _NATIONAL_LABEL)
        )
    value = moneys[0].value
    if not sourced or len(parts) < 2 or abs(sum(parts) - value) > 1:
        return None
    return _Amount("total", value, "exact", u, moneys[0].rounded, anchored=True)


_CELL_SPLIT = re.compile(r"\s+\|\s+")


def _cells(u: Unit) -> list[tuple[int, str]]:
    """A table row's cells, each with its offset in the row ("a | b | c")."""
    out, pos = [], 0
    for m in _CELL_SPLIT.finditer(u.text):
        out.append((pos, u.text[pos : m.start()]))
        pos = m.end()
    out.append((pos, u.text[pos:]))
    return [(off, cell.strip(" |")) for off, cell in out if cell.strip(" |")]


def column_cells(doc: Doc) -> dict[int, list[tuple[str, Unit]]]:
    """A table whose first row heads the columns ("Wartość projektu | Dofinansowanie UE |
    Wkład własny") over one row of values: for that value row's index, each value cell as a
    unit of its own (offsets kept) with its column's heading. A heading row holds no digits; a
    table of several value rows (several projects) gives nothing."""
    if doc._columns is not None:
        return doc._columns
    out: dict[int, list[tuple[str, Unit]]] = {}
    doc._columns = out
    units = doc.units
    if not any(u.is_row for u in units):
        return out
    for i in range(len(units) - 1):
        head, row = units[i], units[i + 1]
        if not (head.is_row and row.is_row) or any(ch.isdigit() for ch in head.text):
            continue
        heads, cells = _cells(head), _cells(row)
        if len(heads) < 2 or len(heads) != len(cells) or not any(ch.isdigit() for ch in row.text):
            continue
        if not all(is_field_label(h) for _, h in heads) or is_field_label(cells[0][1]):
            continue  # "Tytuł projektu | Razem" over "Wartość | 1 000 zł": label-value rows
        after = units[i + 2] if i + 2 < len(units) else None
        if (
            after is not None
            and after.is_row
            and after.paragraph == row.paragraph
            and any(ch.isdigit() for ch in after.text)
            and len(_cells(after)) == len(cells)
        ):
            continue  # several value rows: a list of projects or years
        out[i + 1] = [
            (
                label,
                Unit(
                    row.start + off,
                    row.start + off + len(cell),
                    cell,
                    is_row=True,
                    paragraph=row.paragraph,
                ),
            )
            for (_, label), (off, cell) in zip(heads, cells)
        ]
    return out


def _line_label(u: Unit) -> str:
    """The label of a short one-line "label: amount" unit that is not a table row (a list's
    "• Budżet państwa – 125 000,00 zł", "Razem: 1 250 000,00 zł"); "" for any other unit."""
    if len(u.text) > 160 or "\n" in u.text:
        return ""
    lv = label_value(u.text)
    return lv[0] if lv else ""


def _row_label(u: Unit) -> str:
    lv = label_value(u.text) if u.is_row else None
    return lv[0] if lv else ""


def extract_budget(doc: Doc) -> dict[str, Found]:
    amounts: list[_Amount] = []
    label = prev_low = ""
    rows: list[tuple[Unit, str]] = []  # the rows of the table read so far (one paragraph)
    columns = column_cells(doc)
    for idx, (u, low) in enumerate(zip(doc.units, doc.lower)):
        if idx in columns and not doc.is_foreign(u):
            # a row of values under a row of column headings: each cell with its heading
            for heading, cell in columns[idx]:
                amounts += _amount_roles(cell, heading)
            prev_low = low
            continue
        continuation = u.is_row and u.text.lstrip().startswith("|")
        if u.is_row and not continuation:
            label = _row_label(u)
        if (
            doc.is_foreign(u)
            or _money_of_several_projects(doc, idx)
            or (
                "zł" not in low
                and "pln" not in low
                and "zl" not in low
                and not u.is_row
                and not _bare_labelled_amount(u)
            )
        ):
            prev_low = low
            continue
        found = _amount_roles(u, label if continuation else "")
        if _OPENS_PARTS.search(
            prev_low
        ):  # "Kwota dofinansowania: X zł w tym:" / "Środki europejskie: Y zł"
            for a in found:
                a.part = True
        line_label = "" if u.is_row else _line_label(u)
        if (u.is_row and not continuation) or line_label:
            # a table's rows, or a list's "Źródło – kwota" lines, then "Razem: …" under them
            row_label = label if u.is_row else line_label
            rows = rows if rows and rows[-1][0].paragraph == u.paragraph else []
            if not found and (total := _sum_row_total(u, row_label, rows)) is not None:
                found = [total]
            rows.append((u, row_label))
        amounts += found
        prev_low = low
    out: dict[str, Found] = {}
    names = {"total": "total_cost_pln", "eu": "eu_cofinancing_pln", "own": "own_contribution_pln"}
    if not any(a.role == "total" for a in amounts):
        # only eligible expenditure stated ("wydatki kwalifikowalne … 390 147,50 zł"): it is the
        # project's value as far as the page says
        eligible = {a.value for a in amounts if a.role == "eligible"}
        if len(eligible) == 1:
            amounts = [
                _Amount("total", a.value, a.qualifier, a.unit, a.rounded)
                if a.role == "eligible"
                else a
                for a in amounts
            ]
            doc.problems.append("total cost taken from the eligible expenditure (no total stated)")
    decided: dict[str, _Amount] = {}
    undecided: dict[str, list[_Amount]] = {}  # a role's figures left null for being several
    for role, key in names.items():
        cands = [a for a in amounts if a.role == role]
        if not cands:
            continue
        exact = [a for a in cands if not a.rounded and a.qualifier == "exact"]
        pool = exact or cands
        if len({a.value for a in pool}) > 1:
            # a whole and its parts ("Kwota dofinansowania: X, w tym: środki europejskie: Y"): the whole
            wholes = [a for a in pool if not a.part]
            if wholes and any(a.part and a.value < max(w.value for w in wholes) for a in pool):
                pool = wholes
        if len({a.value for a in pool}) == 2 and all(
            a.rounded or a.qualifier != "exact" for a in pool
        ):
            # "Blisko 80.000 zł" in a headline, "ok. 77.900 zł" in the text: one amount written
            # twice, the finer figure (more significant digits) is the statement
            finer = _finer_twin(pool)
            pool = [a for a in pool if a.value == finer] if finer is not None else pool
        if role == "eu" and len({a.value for a in pool}) > 1:
            # "Wartość dofinansowania: X" and "Wartość dofinansowania UE: Y < X": X is the whole co-financing
            generic = [a for a in pool if not a.eu_only]
            if (
                generic
                and len({a.value for a in generic}) == 1
                and all(a.value < generic[0].value for a in pool if a.eu_only)
            ):
                pool = generic
        if len({a.value for a in pool}) > 1:
            # labelled figures ("Wartość projektu: …", a table row) over amounts in running prose
            anchored = [a for a in pool if a.anchored]
            pool = anchored or pool
        if len({a.value for a in pool}) > 1:
            # several grants on one page: the one said of the project or its institution
            relevant = [a for a in pool if _RELEVANT.search(a.unit.text)]
            pool = relevant or pool
        if (
            len({a.value for a in pool}) > 1
            and max(a.value for a in pool) - min(a.value for a in pool) < 1
        ):
            # "1 147 027 zł" in a headline and "1147027,32 zł" in the text: one amount, rounded once
            pool = [a for a in pool if a.value != int(a.value)] or pool
        if len({a.value for a in pool}) > 1:
            # "Łączna kwota dofinansowania: X" and partners' shares below it: the whole
            whole = [a for a in pool if _WHOLE_WORD.search(a.unit.text)]
            if len({a.value for a in whole}) == 1 and all(
                a.value < whole[0].value for a in pool if a.value != whole[0].value
            ):
                pool = whole
        if len({a.value for a in pool}) > 1:
            # the same in one unit: "Wartość całego projektu wynosi X zł … Budżet MOPS w projekcie
            # to Y zł" (the words of each figure's own clause say which is the whole)
            whole = [a for a in pool if a.whole]
            if len({a.value for a in whole}) == 1 and all(
                a.value < whole[0].value for a in pool if a.value != whole[0].value
            ):
                pool = whole
        values = {a.value for a in pool}
        if len(values) > 1:
            paired = _paired_with_a_decided_role(out, pool, decided)
            if paired is not None:
                pool, values = [paired], {paired.value}
        if len(values) > 1:
            doc.problems.append(
                f"several different amounts stated for {key}: "
                + ", ".join(f"{v:,.2f}".replace(",", " ") for v in sorted(values))
                + "; left null"
            )
            undecided[role] = pool
            continue
        chosen = pool[0]
        decided[role] = chosen
        out[key] = Found(chosen.value, chosen.unit)
        if role == "total":
            # "2,4 mln zł" is a rounded figure: approximately, unless a bound was stated ("ponad 2,4 mln")
            qualifier = (
                "approximately"
                if chosen.rounded and chosen.qualifier == "exact"
                else chosen.qualifier
            )
            out["total_cost_qualifier"] = Found(qualifier, chosen.unit)
        elif chosen.qualifier != "exact":
            doc.problems.append(
                f"{key} is stated as {chosen.qualifier.replace('_', ' ')} {chosen.value}"
            )
    _exact_beside_rounded_total(doc, out)
    _other_projects_money(doc, out, names)
    ruled = {key: out[key].value for key in names.values() if key in out}
    _budget_by_roles(doc, out, names)
    _budget_by_fitted_roles(doc, out, names, ruled)
    _paired_after_the_total(doc, out, names, amounts, undecided)
    _total_beside_its_grant(doc, out, amounts)
    _fully_eu_funded(doc, out, amounts)
    return out


_FULLY_EU = vocabulary_re("budget", "fully_eu")


def _fully_eu_funded(doc: Doc, out: dict[str, Found], amounts: list[_Amount]) -> None:
    """A total and no co-financing read, on a page that says the project is paid from EU funds
    alone ("projekt jest w 100% finansowany ze środków UE", "fully funded by the EU"): the
    co-financing is the total, unless the page states money of another source (own, national)."""
    total = out.get("total_cost_pln")
    if total is None or "eu_cofinancing_pln" in out or "own_contribution_pln" in out:
        return
    if any(a.role in ("own", "eu") for a in amounts):
        return
    if _NATIONAL_LABEL.search(doc.text):
        return
    for u in doc.units:
        if not doc.is_foreign(u) and _FULLY_EU.search(u.text):
            out["eu_cofinancing_pln"] = Found(total.value, u)
            doc.problems.append(
                "eu_cofinancing_pln: the total, the project being paid from EU funds alone"
            )
            return


def _paired_after_the_total(
    doc: Doc,
    out: dict[str, Found],
    names: dict[str, str],
    amounts: list[_Amount],
    undecided: dict[str, list[_Amount]],
) -> None:
    """A role the rules left null for its several figures, once the total is decided by the
    fitted roles (the whole project's value over a partner's "łączna wartość zadania"): the
    figure stated in the total's own sentence is the project's ("Ogólna wartość projektu wynosi
    X, z czego środki z UE to Y", a partner's share of both further on)."""
    total = out.get("total_cost_pln")
    if total is None:
        return
    mine = [
        a for a in amounts if a.role == "total" and a.unit is total.unit and a.value == total.value
    ]
    if len(mine) != 1:
        return
    for role, pool in undecided.items():
        key = names[role]
        if role == "total" or key in out:
            continue
        paired = _paired_with_a_decided_role({"total_cost_pln": total}, pool, {"total": mine[0]})
        if paired is not None and paired.value <= total.value:
            out[key] = Found(paired.value, paired.unit)
            doc.problems.append(f"{key}: {paired.value} stated with the total")


def _significant_digits(v: Decimal) -> int:
    return len(str(v.normalize()).replace(".", "").replace("-", "").rstrip("0").lstrip("0"))


def _finer_twin(pool: list[_Amount]) -> Decimal | None:
    """Of two figures within 5% of each other, the one written with more significant digits
    (77 900 beside 80 000); None when they are farther apart or as fine."""
    a, b = sorted({x.value for x in pool})
    if b - a > b * Decimal("0.05"):
        return None
    da, db = _significant_digits(a), _significant_digits(b)
    return a if da > db else b if db > da else None


def _coarser_twin(value: Decimal, read: Decimal) -> bool:
    """`value` is `read` written more roundly (within 5%, fewer significant digits)."""
    hi = max(value, read)
    return abs(value - read) <= hi * Decimal("0.05") and _significant_digits(
        value
    ) < _significant_digits(read)


def _paired_with_a_decided_role(
    out: dict[str, Found], pool: list[_Amount], decided: dict[str, _Amount]
) -> _Amount | None:
    """Several figures for a role, and the page's figure of another role already decided: the one
    stated in that figure's sentence ("Ogólna wartość projektu wynosi X, z czego środki z UE to
    Y", and a partner's share of both further on) is the project's; where the sentence holds
    several, the part ("w tym", "z czego") said right after the decided total."""
    units = [f.unit for k, f in out.items() if k != "total_cost_qualifier"]
    paired = [a for a in pool if any(a.unit is u for u in units)]
    if len({a.value for a in paired}) == 1:
        return paired[0]
    total = decided.get("total")
    if total is None or total.start < 0:
        return None
    after = sorted(
        (a for a in paired if a.unit is total.unit and a.start > total.start),
        key=lambda a: a.start,
    )
    if after and after[0].part and after[0].start - total.start < 160:
        return after[0]
    return None


def _total_beside_its_grant(doc: Doc, out: dict[str, Found], amounts: list[_Amount]) -> None:
    """A total below the co-financing read (two projects' figures on one page: the total of one,
    the grant of the other) is not the project's: the total stated in the grant's own sentence
    ("Całe przedsięwzięcie jest warte X zł, a kwota dofinansowania to Y zł") is, or else the grant
    stated in the total's sentence; neither stated there leaves them as read (the record's
    consistency check names the contradiction)."""
    total, eu = out.get("total_cost_pln"), out.get("eu_cofinancing_pln")
    qualifier = out.get("total_cost_qualifier")
    if total is None or eu is None or total.value >= eu.value:
        return
    if qualifier is not None and qualifier.value == "more_than":
        return  # "ponad 1 mln zł" may well be below the exact grant
    paired = [a for a in amounts if a.role == "total" and a.unit is eu.unit and a.value >= eu.value]
    if len({a.value for a in paired}) == 1:
        a = paired[0]
        out["total_cost_pln"] = Found(a.value, a.unit)
        out["total_cost_qualifier"] = Found(
            "approximately" if a.rounded and a.qualifier == "exact" else a.qualifier, a.unit
        )
        doc.problems.append(
            f"total_cost_pln: {a.value} stated with the co-financing, over {total.value} below it"
        )
        return
    paired = [
        a for a in amounts if a.role == "eu" and a.unit is total.unit and a.value <= total.value
    ]
    if len({a.value for a in paired}) == 1:
        a = paired[0]
        out["eu_cofinancing_pln"] = Found(a.value, a.unit)
        doc.problems.append(
            f"eu_cofinancing_pln: {a.value} stated with the total, over {eu.value} above it"
        )


def _budget_by_fitted_roles(
    doc: Doc, out: dict[str, Found], names: dict[str, str], ruled: dict[str, Any]
) -> None:
    """The fitted role scorer decides first (roles.py, weights in data/roles_weights.yaml,
    fitted by benchmarks/roles_fit.py): every PLN amount of the page scored for each budget role,
    the cue rules' own value one feature among the others; where one value's share clearly wins
    it is the role's figure, whatever the rules and the hand-weighted fallback read. Where no
    value clearly wins the rules' decision stands (their null and its problem included)."""
    low = doc.text.lower()
    if not any(roles.may_have_role(low, "amount", role) for role in names):
        return
    cands = [c for c in _amount_candidates(doc) if c.currency == "PLN"]
    if not cands:
        return
    fitted = roles.fitted_weights()
    rule = fitted["decision"]["amount"]
    features = [roles.amount_features(doc.units, c, doc.main, cands) for c in cands]
    for role, key in names.items():
        said = ruled.get(key)
        chosen = roles.fitted_choice(
            cands, features, role, fitted["amount"][role], rule, lambda v: _same_amount(v, said)
        )
        if chosen is None and key in out:
            share = roles.fitted_share(
                cands,
                features,
                role,
                fitted["amount"][role],
                lambda v: _same_amount(v, said),
                out[key].value,
            )
            if _drop_doubted(doc, out, key, share, rule) and role == "total":
                out.pop("total_cost_qualifier", None)
            continue
        if chosen is None or (key in out and _same_amount(chosen.value, out[key].value)):
            continue
        if role == "eu" and _total_of_a_funded_project(chosen.before):
            continue  # "Wartość projektu współfinansowanego z EFS: X": X is the total
        if role == "eu" and _project_value_before(chosen.before):
            continue  # "dofinansowanie na projekt o wartości X": X is the project's value
        if key in out and _coarser_twin(Decimal(chosen.value), out[key].value):
            continue  # "blisko 80 000 zł" over the "77 900 zł" read: the same amount, rounded
        unit = doc.units[chosen.index]
        before = out.get(key)
        doc.problems[:] = [
            p
            for p in doc.problems
            if not p.startswith(f"several different amounts stated for {key}:")
            and not p.startswith(f"{key}: no clear winner")
        ]
        doc.problems.append(
            f"{key}: {chosen.value} chosen by fitted role scores"
            + (f" over {before.value} read by the cue rules" if before is not None else "")
        )
        out[key] = Found(Decimal(chosen.value), unit)
        if role == "total":
            qualifier = _total_qualifier(chosen.before, chosen.rounded)
            out["total_cost_qualifier"] = Found(qualifier, unit)


def _exact_beside_rounded_total(doc: Doc, out: dict[str, Found]) -> None:
    """A rounded total ("prawie 1 mln zł", "blisko 63 mln zł") with the exact figure it stands
    for stated on the page ("( 995 256,25 zł)", in the same sentence or further on): the exact
    figure is the statement (roles.exact_twin: the nearest exact amount within 5%), with its own
    qualifier; an amount read as the EU grant or the own contribution is no twin."""
    found = out.get("total_cost_pln")
    if found is None or found.value != int(found.value):
        return
    cands = [c for c in _amount_candidates(doc) if c.currency == "PLN"]
    mine = [
        c
        for c in cands
        if c.rounded and doc.units[c.index] is found.unit and c.value == found.value
    ]
    if not mine:
        return
    taken = {out[k].value for k in ("eu_cofinancing_pln", "own_contribution_pln") if k in out}
    twin = roles.exact_twin(mine[0], [c for c in cands if c.value not in taken])
    if twin is None:
        return
    doc.problems.append(
        f"total_cost_pln: the exact {twin.value} stated beside the rounded {found.value}"
    )
    unit = doc.units[twin.index]
    out["total_cost_pln"] = Found(Decimal(twin.value), unit)
    out["total_cost_qualifier"] = Found(_qualifier(twin.before), unit)


def _drop_doubted(
    doc: Doc, out: dict[str, Found], key: str, share: float | None, rule: dict[str, float]
) -> bool:
    """Leave the cue rules' value of `key` null, with the reason in `problems`, when the fitted
    scorer doubts it (`roles.doubted`); say whether it did."""
    if not roles.doubted(share, rule):
        return False
    doc.problems.append(
        f"{key}: {out[key].value} read by the cue rules has a fitted role share of "
        f"{share:.2f} only; left null"
    )
    del out[key]
    return True


def _same_amount(a: Any, b: Any) -> bool:
    """Two amounts equal to the grosz (None equals nothing)."""
    return a is not None and b is not None and abs(Decimal(a) - Decimal(b)) <= Decimal("0.005")


def _other_projects_money(doc: Doc, out: dict[str, Found], names: dict[str, str]) -> None:
    """A cue rule's amount whose clause names another project or programme (a quoted name that
    is not the page's title) and not the page's own is that project's money: left out, so that
    the role scorer decides among the page's other amounts."""
    if not doc.main.title:
        return
    cands = None
    for role, key in names.items():
        if key not in out:
            continue
        if cands is None:
            cands = _amount_candidates(doc)
        f = out[key]
        mine = [c for c in cands if doc.units[c.index] is f.unit and c.value == f.value]
        if mine and all(roles.membership(doc.units, c, doc.main) < 0 for c in mine):
            doc.problems.append(f"{key}: {f.value} is said of another project; left out")
            del out[key]
            if role == "total":
                out.pop("total_cost_qualifier", None)


def _budget_by_roles(doc: Doc, out: dict[str, Found], names: dict[str, str]) -> None:
    """Where the cue rules found no amount for a role, or several and left it null, the role
    scorer decides (roles.py): every amount of the page scored for each role, the best taken when
    it clearly wins; a role the scorer cannot settle stays null with its reason."""
    low = doc.text.lower()
    missing = [
        role
        for role, key in names.items()
        if key not in out and roles.may_have_role(low, "amount", role)
    ]
    if not missing:
        return
    cands = _amount_candidates(doc)
    by_role: dict[str, list[tuple[roles.Candidate, float]]] = {}
    for c in cands:
        scores = roles.amount_scores(doc.units, c, doc.main)
        ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            continue  # no role of its own
        by_role.setdefault(ranked[0][0], []).append((c, ranked[0][1]))
    for role in missing:
        key = names[role]
        # "Wartość projektu współfinansowanego ze środków UE wynosi X": X is the total, whatever
        # EU words stand before it
        # one mention is one figure where the two roles cannot share it: the own contribution is
        # never the whole nor the grant (the grant may be the whole: a project paid by the EU alone)
        taken = [
            f
            for k, f in out.items()
            if k in names.values() and k != key and "own_contribution_pln" in (k, key)
        ]
        pool = [
            (c, score)
            for c, score in by_role.get(role, [])
            if (
                role != "eu"
                or not (_total_of_a_funded_project(c.before) or _project_value_before(c.before))
            )
            and not any(
                f.unit is doc.units[c.index] and _same_amount(c.value, f.value) for f in taken
            )
        ]
        chosen, why = roles.decide(pool, min_score=3.0, margin=1.0)
        if chosen is None:
            if why:
                doc.problems.append(f"{key}: {why}; left null")
            continue
        unit = doc.units[chosen.index]
        doc.problems[:] = [
            p
            for p in doc.problems
            if not p.startswith(f"several different amounts stated for {key}:")
        ]
        doc.problems.append(f"{key} chosen by role scores among the page's amounts")
        out[key] = Found(Decimal(chosen.value), unit)
        if role == "total":
            qualifier = _total_qualifier(chosen.before, chosen.rounded)
            out["total_cost_qualifier"] = Found(qualifier, unit)


# --------------------------------------------------------------------------- dates

_PERIOD_LABEL = re.compile(
    fold(
        r"(?:termin|okres|czas)\w*\s+(?:realizacji|trwania)|realizacj\w+\s+projektu|projek(?:t\w*|cie)\s+realizowan\w*"
        r"|realizowan\w+\s+(?:jest|był|będzie|w\s+okresie)|projek(?:t\w*|cie)\s+(?:trwa|potrwa|trwał)"
    ),
    re.IGNORECASE,
)
_PERIOD_WEAK = re.compile(r"realiz\w*|trwa\w*|w\s+latach|w\s+okresie|edycj", re.IGNORECASE)
_PROJECT_NA_LATA = re.compile(
    # "projekt „Razem łatwiej” na lata 2024–2026": the project's name may stand between
    fold(
        r"(?:projek\w*|realizacj\w*)\s+(?:[„\"“][^„”\"“]{1,150}[”\"“]\s+|\w+\s+){0,3}na\s+lata\s*$"
    ),
    re.IGNORECASE,
)
_NOT_PROJECT_PERIOD = re.compile(
    r"na\s+lata\s*$|strategi\w*|okres\w*\s+programowani\w*|perspektyw\w*|program\w*\s+operacyjn\w*.{0,80}$",
    re.IGNORECASE,
)


# after a date: something that exists or runs since then ("od 2019 roku działają kluby")
_RUNS_SINCE = re.compile(
    fold(r"\s*(?:r\.|roku|rok)?\s*,?\s*(?:działa\w*|funkcjonuj\w*|istniej\w*)\b"), re.IGNORECASE
)
_START_CUE = re.compile(
    fold(
        r"(?:projek(?:t\w*|cie)\s+)?(?:rozpocz\w*(?:\s+się)?|start\w*|ruszy\w*)\s+(?:dnia\s+|we?\s+)?$|(?:^|[\s(])od\s+(?:dnia\s+)?$"
    )
    + r"|\b(?:started|starts|began|begins|will\s+start|will\s+begin)\s+(?:on\s+|in\s+)?$"
    r"|\b(?:launched|kicked\s+off)\s+(?:the\s+project\s+)?(?:on\s+|in\s+)$",
    re.IGNORECASE,
)
# a date first, the start verb after it: "W lutym 2018 r. Ośrodek zaczął realizować projekt",
# "1 lipca 2019 r. rozpoczęła się realizacja projektu", "In March 2019 the project started"
_DATE_OPENS = re.compile(r"(?:^|(?:^|[\s(])(?:w|we|dnia|z\s+dniem|in|on)\s+)$", re.IGNORECASE)
_START_AFTER = re.compile(
    fold(
        r"[^.;!?]{0,60}?\b(?:zacz(?:ął|ęła|ęło|ęli|ęły|yna)\w*|rozpocz(?:ął|ęła|ęło|ęli|ęły|yna)\w*"
        r"|ruszy(?:ł|ła|ło)\b|wystartowa\w*)"
        r"(?:\s+się)?\s+(?:\w+\s+){0,2}?(?:realiz\w*|projekt\w*|działani\w*)"
        r"|[^.;!?]{0,40}?\b(?:projekt\w*|realizacj\w*)\s+(?:\w+\s+){0,2}?(?:ruszy(?:ł|ła)|wystartowa\w*|rozpoczął\s+się|rozpoczęła\s+się)"
    )
    + r"|[^.;!?]{0,40}?\bthe\s+project\s+(?:started|began|was\s+launched)",
    re.IGNORECASE,
)
# a date first, the end verb after it: "12 maja 2011 r. zakończył się projekt", "Dnia 30 czerwca
# 2015 r. Ośrodek zakończył realizację projektu", "In June 2015 the project ended"
_END_AFTER = re.compile(
    fold(
        # (a subject between as long as a centre's full name with its town: up to 100 characters)
        r"[^.;!?]{0,100}?\b(?:zakończ(?:ył|yła|yło|yli|yły)|skończ(?:ył|yła|yło))"
        r"(?:\s+się)?\s+(?:\w+\s+){0,2}?(?:realiz\w*|projekt\w*|działani\w*)"
        r"|[^.;!?]{0,40}?\b(?:projekt\w*|realizacj\w*)\s+(?:[„\"][^”\"]{1,80}[”\"]\s+|\w+\s+){0,2}?"
        r"(?:zakończył\w*\s+się|dobiegł\w*\s+końca)"
    )
    + r"|[^.;!?]{0,40}?\bthe\s+project\s+(?:ended|finished|was\s+completed)",
    re.IGNORECASE,
)
_END_CUE = re.compile(
    fold(
        r"(?:zakończ\w*(?:\s+się)?|kończy\s+się)\s+(?:dnia\s+|we?\s+)?$|\bdo(?:\s+końca)?\s+(?:dnia\s+)?$"
    )
    + r"|\b(?:ended|ends|will\s+end|finished|will\s+finish|(?:runs?|lasts?|will\s+(?:run|last))\s+until)"
    r"\s+(?:on\s+|in\s+|the\s+end\s+of\s+)?$|\buntil\s+(?:the\s+end\s+of\s+)?$",
    re.IGNORECASE,
)


# a date said of the project's run (not of a recruitment, a meeting or a publication)
_CUE_CONTEXT = re.compile(
    fold(r"rozpocz|zakończ|potrwa|trwa|start|ruszy|kończy|realiz|prowadzi|projekt|termin|okres")
    + r"|project|began|begins|ended|ends\b|until",
    re.IGNORECASE,
)
_RECRUITMENT_STEMS = ("rekrut", "nabor", "zglosz", "spotkan", "konferencj", "opublikow")


def _recruitment(low: str, plain: str) -> bool:
    return _any_in(plain, _RECRUITMENT_STEMS) and bool(_RECRUITMENT.search(low))


_RECRUITMENT = re.compile(
    fold(r"rekrutac|nabór|naboru|zgłoszeń|zgłoszenia|spotkani|konferencj|opublikowan"),
    re.IGNORECASE,
)


def _project_period_label(text: str) -> bool:
    """A period label said of the project, not of its recruitment: "Okres realizacji projektu"
    yes, "Rekrutacja do projektu trwa" no."""
    return any(
        not _RECRUITMENT.search(text[max(0, m.start() - 30) : m.start()])
        for m in _PERIOD_LABEL.finditer(text)
    )


def _goes_on(doc: Doc, idx: int) -> Unit | None:
    """The next unit when it goes on with this one's sentence: only a space between them (the
    segmenter cut after an "r." that ends no sentence: "W lutym 2018 r. | Ośrodek zaczął …")."""
    if idx + 1 >= len(doc.units):
        return None
    u, nxt = doc.units[idx], doc.units[idx + 1]
    gap = doc.text[u.end : nxt.start]
    return nxt if len(gap) <= 2 and "\n" not in gap and u.text.rstrip().endswith("r.") else None


def _cut_sentence_goes_on(doc: Doc, idx: int) -> bool:
    """A short sentence ending in "r." that the next unit goes on with, about the project."""
    nxt = _goes_on(doc, idx)
    if nxt is None or len(doc.units[idx].text.rsplit("\n", 1)[-1]) > 50:
        return False
    return _CUE_CONTEXT.search(doc.lower[idx + 1]) is not None and not _recruitment(
        doc.lower[idx + 1], doc.plain()[idx + 1]
    )


def _start_after(doc: Doc, idx: int, end: int) -> bool:
    """A start verb after the date, in its unit or in the next one that goes on with it."""
    return _START_AFTER.match(_words_after(doc, idx, end)) is not None


def _end_after(doc: Doc, idx: int, end: int) -> bool:
    """An end verb after the date ("12 maja 2011 r. zakończył się projekt"), as _start_after."""
    return _END_AFTER.match(_words_after(doc, idx, end)) is not None


def _words_after(doc: Doc, idx: int, end: int) -> str:
    rest = doc.units[idx].text[end : end + 90]
    nxt = _goes_on(doc, idx) if not rest.strip() else None
    if nxt is not None:
        rest = " " + nxt.text[:90]
    return rest


def _start_end_from_cues(doc: Doc) -> dict[str, Found]:
    """'Projekt rozpoczął się 1 marca 2019 r. i potrwa do 31 stycznia 2020 r.': start and end
    stated separately, in one unit or in neighbouring ones."""
    start = end = None
    years = scan.index(doc).units_matching(_YEARISH)  # = _YEARISH.search(u.text), see scan
    for idx, (u, low, plain) in enumerate(zip(doc.units, doc.lower, doc.plain())):
        if (
            idx not in years
            or doc.is_foreign(u)
            or _recruitment(low, plain)
            or not (_CUE_CONTEXT.search(low) or _cut_sentence_goes_on(doc, idx))
        ):
            continue
        for t in find_dates(u.text):
            before = u.text[max(0, t.start - 40) : t.start]
            if date_roles.about_another_thing(
                u.text[max(0, t.start - date_roles.GAP) : t.start]
            ) or date_roles.in_durability(u.text[: t.start]):
                continue  # "Zajęcia rozpoczną się …", "trwałość … zachowana …, tj. do dnia …"
            if start is None and _RUNS_SINCE.match(u.text, t.end):
                continue  # "od 2019 roku działają Kluby Seniora": a place running since, not a start
            if start is None and (
                _START_CUE.search(before)
                or (
                    t.precision != "year"  # "W 2018 r. ośrodek zaczął …": too coarse to date it
                    and _DATE_OPENS.search(before)
                    and _start_after(doc, idx, t.end)
                )
            ):
                start = (t, u)
            elif end is None and (
                _END_CUE.search(before)
                or (
                    t.precision != "year"
                    and _DATE_OPENS.search(before)
                    and _end_after(doc, idx, t.end)
                )
            ):
                end = (t, u)
        if start and end:
            break
    out: dict[str, Found] = {}
    if start:
        out["start_date"] = Found(start[0].first_day().isoformat(), start[1])
    if end:
        out["end_date"] = Found(end[0].last_day().isoformat(), end[1])
    if start and end and end[0].last_day() < start[0].first_day():
        return {}
    return out


_SHORT_YEAR = re.compile(r"\b[ivx]{1,4}\s?['’`][0-4]\d\b")


def extract_dates(doc: Doc) -> dict[str, Found]:
    out: dict[str, Found] = {}
    invalid: list[str] = []
    best: tuple[int, int, DateRange, Unit] | None = None
    years = scan.index(doc).units_matching(_YEARISH)  # = _YEARISH.search(u.text), see scan
    if "'" in doc.text or "’" in doc.text:  # "od VII’22 do VI’23": short years only
        years = set(years) | {i for i, low in enumerate(doc.lower) if _SHORT_YEAR.search(low)}
    for idx, (u, low, plain) in enumerate(zip(doc.units, doc.lower, doc.plain())):
        if idx not in years:
            continue
        tokens = find_dates(u.text, 0, invalid)
        if not tokens:
            continue
        said_of_project = _PERIOD_LABEL.search(u.text) or _PERIOD_WEAK.search(u.text)
        if not said_of_project and len(u.text) <= 60 and idx + 1 < len(doc.units):
            # "Od 1 lutego do 31 grudnia 2010 r. | Ośrodek realizuje …": the sentence was cut after "r."
            nxt = doc.units[idx + 1]
            said_of_project = nxt.paragraph == u.paragraph and _PERIOD_WEAK.search(nxt.text[:80])
        for r in find_ranges(u.text, 0, tokens) + (
            find_ranges_year_at_end(u.text) if said_of_project else []
        ):
            before = u.text[max(0, r.start.start - 120) : r.start.start]
            if doc.is_foreign(u) or (
                _recruitment(low, plain) and not _project_period_label(u.text)
            ):
                continue  # a recruitment, a meeting or a publication period is not the project's
            if date_roles.about_another_thing(date_roles.words_before(u.text, r.start.start)):
                continue  # "Wnioski przyjmujemy od … do …", "Zajęcia od … do …"
            if _programme_span(u.text, r):
                continue  # "… programu Fundusze Europejskie dla Lubelskiego 2021–2027": the programme's
            if _NOT_PROJECT_PERIOD.search(before[-40:]) or (
                "strategi" in before.lower() or "programowania" in before.lower()
            ):
                # "Realizację projektu zaplanowano na lata 2016 – 2018" is the project's own period
                if not (
                    _PROJECT_NA_LATA.search(before[-80:]) and "program" not in before[-40:].lower()
                ):
                    continue
            if _PERIOD_LABEL.search(u.text):
                score = 3
            elif _PERIOD_WEAK.search(u.text):
                score = 2
            else:
                score = 1
            if r.start.precision == "year":
                score -= 1 if score > 1 else 0
            if best is None or score > best[0]:
                best = (score, idx, r, u)
    if invalid:
        doc.problems.append("impossible dates ignored: " + ", ".join(sorted(set(invalid))))
    out.update(_contract_date(doc))
    single = _start_end_from_cues(doc)
    if best is None or best[0] < 2:
        if single and (best is None or ("start_date" in single and "end_date" in single)):
            out.update(single)
            return _labelled_dates(doc, out)
    if best:
        _, idx, r, u = best
        r = _all_editions(doc, idx, r)
        out["start_date"] = Found(r.start_date.isoformat(), u)
        out["end_date"] = Found(r.end_date.isoformat(), u)
        # "na lata 2018-2020; … ma ruszyć we wrześniu 2018 r.": a finer start within the range's first year
        s = single.get("start_date")
        if (
            r.start.precision == "year"
            and s
            and s.value[:4] == str(r.start.year)
            and s.value > out["start_date"].value
        ):
            out["start_date"] = s
    return _labelled_dates(doc, out)


# a cheap test before date_roles.extends_to (its words' plain stems)
_EXTENSION_STEMS = ("przedlu", "wydlu", "prolong", "po zmianie", "extended")


def _programme_span(text: str, r: DateRange) -> bool:
    """A range of years that is a programming period, written after a programme's name in its
    sentence ("beneficjentów programu Fundusze Europejskie dla Lubelskiego 2021–2027", "RPO WL
    2014-2020"): the programme's span, never the project's period."""
    if r.start.precision != "year" or r.end.precision != "year":
        return False
    if programming_period(str(r.start.year), str(r.end.year)) is None:
        return False
    if _PROGRAMME_HINT.search(date_roles.words_before(text, r.start.start)) is not None:
        return True
    # "w latach 2014-2020 na Podkarpaciu powstało z funduszy unijnych ponad 60 Domów Seniora", "w
    # zakończonej perspektywie unijnej i … w latach 2021-2027": the EU funds' period, said of a
    # region, in a sentence that names EU funds or a perspective and no project
    return _EU_FUNDS_PERIOD.search(text) is not None and _PROJECT_WORD.search(text) is None


_EU_FUNDS_PERIOD = re.compile(
    fold(r"\b(?:fundusz\w*|środk\w*)\s+(?:unijn\w*|europejsk\w*|ue\b|z\s+ue\b)|perspektyw\w*"),
    re.IGNORECASE,
)


def _all_editions(doc: Doc, idx: int, r: DateRange) -> DateRange:
    """A project run in editions or stages ("I edycja od 01.10.2017 do 30.09.2018 | II edycja od
    01.10.2018 do 30.09.2019", "I etap: 01.2019–12.2019, II etap: …"): the chosen range is one
    edition's, the project's runs from the first edition's start to the last one's end (the editions
    listed with it or next to it, in the page's own units)."""
    text = doc.units[idx].text
    if not date_roles.names_an_edition(date_roles.words_before(text, r.start.start)):
        return r
    start, end = r.start, r.end
    for j in range(max(0, idx - 4), min(len(doc.units), idx + 5)):
        if j in doc.foreign:
            continue
        other = doc.units[j].text
        for o in find_ranges(other):
            if date_roles.names_an_edition(date_roles.words_before(other, o.start.start)):
                start = o.start if o.start_date < start.first_day() else start
                end = o.end if o.end_date > end.last_day() else end
    return DateRange(start, end)


def _contract_date(doc: Doc) -> dict[str, Found]:
    """The funding agreement's signing date, scored among every signing date on the page
    (signing.py); two different dates scoring the same give none and a problem."""
    found = signing.candidates(
        [u.text for u in doc.units], [u.paragraph for u in doc.units], doc.foreign
    )
    winner, problem = signing.best(found)
    if problem:
        doc.problems.append(problem)
    if winner is None:
        return {}
    return {"contract_date": Found(winner.date.isoformat(), doc.units[winner.unit])}


def _labelled_dates(doc: Doc, out: dict[str, Found]) -> dict[str, Found]:
    """'Data rozpoczęcia: …' / 'Start date | …' over prose; an extension ('przedłużenie do …') over
    the original end."""
    for raw, u in labelled(doc, "period"):  # "Okres realizacji: …", "Lata realizacji 2016-2018"
        value = _value_on(doc, raw, u)
        ranges = (
            find_ranges(raw)
            or find_ranges("w latach " + raw)
            or _two_dates(value)
            or (find_ranges("w latach " + value) if value != raw else [])
            # "Okres realizacji | 01.01.2020 | 31.12.2021": the start and the end in two cells
            or (_two_dates(u.text[u.text.find(raw) :]) if u.is_row and raw else [])
        )
        if not ranges and value == raw:
            # "Okres realizacji: 2019 r.", "Rok realizacji: 2020": one year is the whole run
            tokens = find_dates(raw)
            if len(tokens) == 1 and tokens[0].precision == "year":
                ranges = [DateRange(tokens[0], tokens[0])]
        if ranges:
            out["start_date"] = Found(ranges[0].start_date.isoformat(), u)
            out["end_date"] = Found(ranges[0].end_date.isoformat(), u)
            break
    for key, label in (("start_date", "start"), ("end_date", "end")):
        for raw, u in labelled(doc, label):
            tokens = find_dates(raw)
            if tokens:
                day = tokens[0].first_day() if key == "start_date" else tokens[0].last_day()
                out[key] = Found(day.isoformat(), u)
                break
    _column_dates(doc, out)
    years = scan.index(doc).units_matching(_YEARISH)
    plain = doc.plain()
    for idx in sorted(years):
        u = doc.units[idx]
        if idx in doc.foreign or not _any_in(plain[idx], _EXTENSION_STEMS):
            continue
        for tok in find_dates(u.text):
            if date_roles.extends_to(u.text[max(0, tok.start - 120) : tok.start]):
                out["end_date"] = Found(tok.last_day().isoformat(), u)
    _said_roles(doc, out)
    _this_year_days(doc, out)
    return out


def _column_dates(doc: Doc, out: dict[str, Found]) -> None:
    """Dates in a table whose first row heads the columns ("Data rozpoczęcia | Data
    zakończenia", "Okres realizacji | …") over one row of values (column_cells)."""
    for idx, cells in column_cells(doc).items():
        if doc.is_foreign(doc.units[idx]):
            continue
        for heading, cell in cells:
            if _label_re("period").match(heading):
                ranges = find_ranges(cell.text) or _two_dates(cell.text)
                if ranges:
                    out["start_date"] = Found(ranges[0].start_date.isoformat(), doc.units[idx])
                    out["end_date"] = Found(ranges[0].end_date.isoformat(), doc.units[idx])
                continue
            for key, label in (("start_date", "start"), ("end_date", "end")):
                tokens = find_dates(cell.text) if _label_re(label).match(heading) else []
                if tokens:
                    day = tokens[0].first_day() if key == "start_date" else tokens[0].last_day()
                    out[key] = Found(day.isoformat(), doc.units[idx])


_THIS_YEAR_HINT = re.compile(fold(r"\bb\.\s?r\.|\bbr\.|bieżącego\s+roku|tego\s+roku|this\s+year"))


def _this_year_days(doc: Doc, out: dict[str, Found]) -> None:
    """A start or an end still missing, written as a day of "this year" in a sentence about the
    project's run ("od 1 marca 2021 r. do 30 listopada br."): its year is the page's (the stamp it
    was published under); none without a stamp."""
    missing = [k for k in ("start_date", "end_date") if k not in out]
    if not missing:
        return
    stamp: list[Any] = []
    for idx, (u, low) in enumerate(zip(doc.units, doc.lower)):
        if idx in doc.foreign or not _THIS_YEAR_HINT.search(low):
            continue
        if not (_PERIOD_LABEL.search(u.text) or _PERIOD_WEAK.search(u.text)):
            continue
        for y in find_yearless_days(u.text):
            if not y.this_year:
                continue
            before = u.text[max(0, y.start - 60) : y.start]
            if date_roles.about_another_thing(date_roles.words_before(u.text, y.start)):
                continue
            key = (
                "end_date"
                if _END_CUE.search(before)
                else "start_date"
                if _START_CUE.search(before)
                else None
            )
            if key not in missing:
                continue
            if not stamp:
                stamp.append(signing.page_stamp([t.text for t in doc.units]))
            if stamp[0] is None:
                return
            day = y.in_year_of(stamp[0][0], False)
            if day is None:
                continue
            other = out.get("start_date" if key == "end_date" else "end_date")
            if other and (
                (key == "end_date" and day.isoformat() < other.value)
                or (key == "start_date" and day.isoformat() > other.value)
            ):
                continue
            out[key] = Found(day.isoformat(), u)
            doc.problems.append(f"{key}: a day of 'this year' dated by the page's stamp")
            missing.remove(key)


_PERIOD_JOIN = re.compile(r"^[\s\W]*(?:od|do|to|until)?[\s\W]*$", re.IGNORECASE)


def _value_on(doc: Doc, raw: str, u: Unit) -> str:
    """A period label's value, with the next unit when the value breaks after its first date and a
    dash ("Okres realizacji: 01.01.2019 r. – | 31.12.2020 r.")."""
    idx = doc.units.index(u)
    if idx + 1 < len(doc.units) and (
        re.search(r"(?:[–—-]|\bdo)\s*$", raw)
        # "Okres realizacji: od 1.01.2019 r. | do 31.12.2020 r.": the end on the next line
        or (_ONE_DATE_FROM.match(raw) and _DATE_TO_LINE.match(doc.units[idx + 1].text))
    ):
        return raw + " " + doc.units[idx + 1].text
    return raw


_ONE_DATE_FROM = re.compile(r"\s*(?:od\s+(?:dnia\s+)?|from\s+)?[\w .,/-]{4,30}$", re.IGNORECASE)
_DATE_TO_LINE = re.compile(
    r"\s*(?:[–—-]\s*|do\s+|to\s+|until\s+)(?:dnia\s+)?[\w .,/-]{4,30}$", re.IGNORECASE
)


def _two_dates(value: str) -> list[DateRange]:
    """A period label's value holding exactly two dates with only separators between them
    ("01.07.2019\t30.06.2021", "od: 01.07.2019 do: 30.06.2021"): the project's start and end."""
    tokens = [t for t in find_dates(value) if t.precision != "year"]
    if len(tokens) != 2 or not _PERIOD_JOIN.match(value[tokens[0].end : tokens[1].start]):
        return []
    a, b = tokens
    return [DateRange(a, b)] if a.first_day() <= b.last_day() else []


def _said_roles(doc: Doc, out: dict[str, Found]) -> None:
    """A start or an end still missing, from the words just before a date ("Zakończenie realizacji
    projektu planowane jest na 31 grudnia 2020 r.", "Ośrodek przystąpił do realizacji projektu w
    styczniu 2019 r."): the best-scored in the page's own units (date_roles.py)."""
    missing = {"start": "start_date", "end": "end_date"}
    missing = {role: key for role, key in missing.items() if key not in out}
    if not missing:
        return
    years = scan.index(doc).units_matching(_YEARISH)
    said: dict[str, list[tuple[int, Found]]] = {role: [] for role in missing}
    for idx in sorted(years):
        if idx in doc.foreign:
            continue
        u = doc.units[idx]
        for role, tok, score in date_roles.roles_in(u.text):
            if role in missing:
                day = tok.first_day() if role == "start" else tok.last_day()
                said[role].append((score, Found(day.isoformat(), u)))
    best: dict[str, Found] = {}
    for role, found in said.items():
        if not found:
            continue
        top = max(score for score, _ in found)
        values = sorted({f.value for score, f in found if score == top})
        if len(values) > 1:  # two different starts said as surely: no guess
            doc.problems.append(f"{missing[role]} ambiguous: {', '.join(values)}")
            continue
        best[role] = next(f for score, f in found if score == top)
    for role, found in best.items():
        out[missing[role]] = found
    if "start_date" not in out and "end_date" not in out:
        for idx in sorted(years):
            year = None if idx in doc.foreign else date_roles.project_year(doc.units[idx].text)
            if year:  # "Projekt realizowany jest w 2019 roku": the whole year
                out["start_date"] = Found(f"{year}-01-01", doc.units[idx])
                out["end_date"] = Found(f"{year}-12-31", doc.units[idx])
                break
    if (
        "start_date" in out
        and "end_date" in out
        and out["end_date"].value < out["start_date"].value
    ):
        for role in best:  # the filled one contradicts the other: not said of this project
            del out[missing[role]]


# --------------------------------------------------------------------------- participants

# the nouns a participant count counts (data/vocabulary.yaml counted_persons)
_PERSON = (
    fold("(?:" + "|".join(vocabulary()["counted_persons"]["polish"]) + ")")
    + "|(?:"
    + "|".join(vocabulary()["counted_persons"]["english"])
    + r")\b"
)
_COUNT = r"(?P<n>\d{1,3}(?:[ .,]\d{3})+|\d{1,6})"
# "140 (98K) osób", "60 (36 K, 24 M) uczestników": the women's and men's shares between a count
# and its noun
_SEXES_BETWEEN = r"(?:\(\s*\d{1,6}\s?[KkMm]\s*(?:[,;i]\s*\d{1,6}\s?[KkMm]\s*)?\)\s+)?"
_COUNT_PERSON_DIGITS_RE = re.compile(  # "(?=\d)" first: positions without a digit fail at once
    rf"(?=\d)(?<![\d,.\-–])(?<!\d )(?<!nr ){_COUNT}(?![\d,.]\d)\s+{_SEXES_BETWEEN}(?:\w+\s+){{0,1}}?(?:{_PERSON})",
    re.IGNORECASE,
)
_COUNT_PERSON_RE = re.compile(  # with number words ("Dwadzieścia osób"): run only where one occurs
    rf"(?:(?=\d)(?<![\d,.\-–])(?<!\d )(?<!nr ){_COUNT}(?![\d,.]\d)|(?P<words>{numeral_words_re().pattern}))"
    rf"\s+{_SEXES_BETWEEN}(?:\w+\s+){{0,1}}?(?:{_PERSON})",
    re.IGNORECASE,
)


# counts of persons said without a person noun after the number: a group's size in one word
# ("grupa 12-osobowa", "12-osobową grupę": one group, never "12-osobowe grupy", a size per
# group), the people counted in their target groups ("76 w 3 GD") and a person noun in quotes
# ("Grupa 42 „Seniorów”")
_GROUP_SIZE_COUNT = re.compile(
    # the group as subject or object ("grupa 12-osobowa", "12-osobową grupę"), never "dla grupy
    # 10-osobowej", "w 10-osobowej grupie": an activity's group
    r"(?<![\d,.\-–])(?P<n>\d{1,4})\s?[-–]?\s?osobow(?:a|ą)\s+grup(?:a|ę|ą)\b"
    r"|(?<=grup[aęą]\s)(?P<m>\d{1,4})\s?[-–]?\s?osobow(?:a|ą)\b"
    r"|(?<![\d,.\-–])(?P<g>\d{1,5})\s+w\s+(?:\d{1,2}|dwóch|trzech|czterech|pięciu)\s+"
    r"(?-i:GD\b)"
    r"|(?<![\d,.\-–])(?P<q>\d{1,5})\s+[„\"“](?=(?:" + _PERSON + r"))"
    # women and men by their letters, i.e. persons ("skorzysta 60 K i M", "100 K/M")
    r"|(?<![\d,.\-–])(?P<k>\d{1,5})\s+(?-i:K\s?(?:i|oraz|/|\+)\s?M)(?!\w)"
    # the number of participants said with a verb: "Planowana liczba uczestników wynosi 40"
    r"|(?<=\s)(?:wynosi|wyniesie|będzie\s+wynosić|to|is|will\s+be)\s+(?:ok\.\s*|około\s+|about\s+)?"
    r"(?P<l>\d{1,5})(?![\d,.]\d|\s?%|\s?(?:zł|pln|eur|proc))",
    re.IGNORECASE,
)
_GROUP_SIZE_HINT = re.compile(
    r"osobow|\sGD\b|\d\s+[„\"“]|\d\s+K\s?(?:i|oraz|/|\+)\s?M\b|(?:liczb\w+|number)\s+(?:of\s+)?(?:uczestnik|odbiorc|beneficj|particip)",
    re.IGNORECASE,
)
# "liczba uczestników (projektu) wynosi", "number of participants is": the count after the verb
# (not "liczba osób bezrobotnych wynosi 120": a statistic of the place)
_NUMBER_OF_PARTICIPANTS = re.compile(
    r"(?:liczb\w+|number)\s+(?:of\s+)?(?:uczestnik\w*|odbiorc\w*|beneficjent\w*|participants"
    r"|beneficiaries)(?:\s+[\w-]+){0,3}?\s+(?:wynosi|wyniesie|będzie\s+wynosić|to|is|will\s+be)\s",
    re.IGNORECASE,
)


def _group_size_counts(text: str) -> list[tuple[int, int, int]]:
    """The counts `_GROUP_SIZE_COUNT` reads: (count, start, end)."""
    if not _GROUP_SIZE_HINT.search(text):
        return []
    out = []
    for m in _GROUP_SIZE_COUNT.finditer(text):
        key = next(k for k in ("n", "m", "g", "q", "k", "l") if m.group(k))
        if key == "l" and not _NUMBER_OF_PARTICIPANTS.search(text, max(0, m.start() - 90), m.end()):
            continue  # "wynosi 40" said of something other than the number of participants
        n = int(m.group(key))
        if n and not 1900 <= n <= 2100:
            out.append((n, m.start(key), m.end()))
    return out


_NUMBER_WORD_IN: dict[str, bool] = {}  # _has_number_word's answers (the same unit is asked often)


def _has_number_word(text: str) -> bool:
    found = _NUMBER_WORD_IN.get(text)
    if found is None:
        if len(_NUMBER_WORD_IN) > 20_000:
            _NUMBER_WORD_IN.clear()
        found = _NUMBER_WORD_IN[text] = not numerals().keys().isdisjoint(text.lower().split())
    return found


# future support and goals: "Wsparcie otrzyma 350 osób", "wsparcie trafi do 91 …", "skorzysta minimum 35 dzieci",
# "Naczelnym celem jest … 180 klientów", "projekt ma zwiększyć aktywność 700 osób", "dzięki udziałowi 134 os."
_FUTURE_SUPPORT = (
    r"|wsparci\w*\s+(?:otrzyma(?:ją)?\b|trafi\b|obejmie|zostanie\s+udzielon)|trafi(?:ą)?\s+do"
    r"|otrzyma(?:ją)?\s+(?:\w+\s+){0,3}?(?:wsparci|pomoc)|przystąpi(?:ą)?\b|dołączy(?:ą)?\b"
    r"|zgłos(?:i|zą)\s+się|pomoc\w*\s+(?:otrzyma(?:ją)?|trafi(?:ą)?)\b"
    r"|zrekrutuj\w*|rekrutacj\w*\s+obejmie|skierowan\w*\s+(?:go|je|ją|ich)\s+do|do\s+projektu\s+(?:trafi|trafią|zostan|przyjęt)"
    r"|skorzysta(?:ją)?\b|(?:główn\w*|naczeln\w*|nadrzędn\w*|strategiczn\w*)\s+cel\w*|cel\w*\s+(?:projektu|jest|to)\b"
    r"|^cel(?:\s+(?:główny|projektu))?\s*:"
    r"|(?:ma|mają|chce|chcą|chcemy|zamierza\w*|powinien|powinno)\s+(?:\w+\s+){0,3}?\w+(?:ć|c)\b|dzięki\s+udziałowi"
    r"|(?:łącznie|razem)\s+(?:ok\.\s+|około\s+|co\s+najmniej\s+)?\d"
    r"|zakład\w*\s+objęci\w*|zaplanowan\w*|przewiduj\w*|przewidzian\w*|planuj\w*|planowan\w*"
    # the first person plural of the future ("zaprosimy 48 osób", "przyjmiemy", "wesprzemy")
    r"|(?:zaprosi|przyjmie|obejmie|wesprze|pomoże|zrekrutuje)my\b|(?:zaprosi|wesprze|pomoże)\b"
    r"|odbiorc\w*\s+(?:projektu\s+|wsparcia\s+)?(?:będzie|będą|zostanie|zostaną|stanowi\w*)"
    # "W projekcie uczestniczyć będzie 35 osób", "wsparcie uzyska 35 osób", "zostanie zrekrutowanych"
    r"|uczestniczyć\s+będ\w+|będ\w+\s+uczestniczy(?:ć|ło|ły|li)|wsparci\w*\s+uzyska(?:ją)?\b"
    # "z klubu będzie mogło korzystać 25 seniorów", "korzystać będą mogli"
    r"|(?:będzie|będą)\s+(?:mogł[oay]\s+|mogli\s+)?korzystać|korzystać\s+(?:będzie|będą)\b"
    r"|uzyska(?:ją)?\s+(?:\w+\s+){0,3}?(?:wsparci|pomoc)"
    r"|zostan\w*\s+(?:zrekrutowan|wybran|zakwalifikowan|zaproszon|przyjęt)"
    # the plan stated in the past: "Założono udział 40 osób", "zakładano objęcie wsparciem 40 osób"
    r"|założon\w*\s+(?:\w+\s+){0,2}?(?:udział|objęci|wsparci|pomoc)|zakładan\w*"
)
# further planned cues (data/vocabulary.yaml planned_cues): strong ones state the plan as the
# project's total, weak ones only point at a count
_PLANNED_MORE_STRONG = "".join(f"|{p}" for p in vocabulary()["planned_cues"]["strong"])
_PLANNED_MORE_WEAK = "".join(f"|{p}" for p in vocabulary()["planned_cues"]["weak"])
_PLANNED_CUE = re.compile(
    fold(
        r"skierowan\w*\s+(?:jest|był\w*|będzie|zostanie)?\s*do|grup\w*\s+docelow\w*|liczb\w*\s+uczestnik\w*"
        r"|zostan\w*\s+objęt\w*|obejmie|obejmuje|objęt\w*\s+zostan\w*|weźmie\s+udział|wezmą\s+udział"
        r"|udział\s+(?:w\s+(?:projekcie|nim)\s+)?(?:weźmie|wezmą)|zakład\w*\s+udział"
        r"|planowan\w*|docelowo|zrekrutowan\w*\s+zostan|adresowan\w*\s+(?:(?:jest|są|był\w*|będzie)\s+)?do"
        r"|przewidzian\w*\s+(?:dla|jest)|zakład\w*\s+(?:aktywizacj|wsparci|objęci|pomoc|udział|usamodzielnieni)\w*"
        r"|wśród|dla\s+\d|(?:przeznaczon\w*|adresowan\w*)\s+(?:\w+\s+)?dla|celem\s+(?:głównym\s+)?projektu|cel\w*\s+główn\w*|objęci\w*|zakwalifikowan\w*"
        r"|uczestnik\w*\s+(?:projektu\s+)?(?:będzie|będą|zostanie|zostaną)"
        # "Ośrodek planuje objąć wsparciem 40 osób", "planuje się zrekrutować 30 osób"
        r"|planuj\w*\s+(?:się\s+)?(?:objąć|objęcie|wesprzeć|wsparcie|pomóc|zrekrutować|aktywizować)"
        + _FUTURE_SUPPORT
        + _PLANNED_MORE_STRONG
        + _PLANNED_MORE_WEAK
    )
    + r"|will\s+(?:be\s+)?(?:support|cover|involv|includ|help|reach|take\s+part|participat|receive|benefit)\w*|target\s+group|planned"
    # "the project plans to support 24 participants"
    r"|\bplans?\s+to\s+(?:support|cover|involv|includ|help|reach|recruit|enrol)\w*"
    # "60 participants will be recruited", "will provide care services to 20 elderly people",
    # "offers help to 35 dependent persons", "the project's beneficiaries are 55 people"
    r"|will\s+be\s+(?:recruit|select|enrol|admitt|invit|qualifi)\w*|will\s+(?:provide|offer|give)\b"
    r"|\b(?:offers?|provides?|gives?)\s+(?:\w+\s+){0,2}?(?:help|support|assistance|care|services?)\s+(?:to|for)\b"
    r"|\b(?:beneficiaries|participants)\s+(?:are|will\s+be)\b"
    r"|will\s+have\s+(?:received|been\s+(?:supported|helped)|taken\s+part|benefit+ed)"
    # "the project is to reach 300 individuals", "aims to make services available to 60 people"
    r"|\b(?:is|are)\s+to\s+(?:support|cover|involv|includ|help|reach|benefit)\w*|\baims?\s+to\b"
    r"|will\s+(?:get|obtain)\s+(?:\w+\s+)?(?:help|support|assistance)"
    r"|(?:addressed|intended|designed)\s+(?:to|for)|\btarget(?:s|ed|ing)?\b"
    # (not a law's name: "the Act … on supporting the family")
    r"|aimed\s+at|(?<!\bon\s)supporting"
    # "the (main) aim/objective of the project is … of 45 people", "will be provided to 50 UP"
    r"|\b(?:aim|objective|goal|purpose)\s+of\s+the\s+project\b|\b(?:main|general)\s+(?:aim|objective|goal)\b"
    r"|will\s+be\s+(?:provided|offered|given|granted|made\s+available)\b"
    r"|\b(?:supports|covers|involves|reaches)\s+(?:at\s+least\s+|over\s+|about\s+)?\d",
    re.IGNORECASE,
)
_PLANNED_STRONG = re.compile(
    fold(
        r"skierowan|grup\w*\s+docelow|liczb\w*\s+uczestnik|objęt|obejm|weźmie|wezmą|zakład\w*\s+udział|planowan"
        r"|zrekrutowan\w*\s+zostan|adresowan|objęci|zakwalifikowan|uczestnik\w*\s+(?:projektu\s+)?(?:będzie|będą|zostan)"
        + _FUTURE_SUPPORT
        + _PLANNED_MORE_STRONG
    )
    + r"|will\s+(?:be\s+)?(?:support|cover|involv|includ|reach|receive|benefit)|(?<!\bon\s)supporting"
    r"|will\s+be\s+(?:recruit|select|enrol|admitt|invit|qualifi)\w*",
    re.IGNORECASE,
)
# further past-tense cues just before a count (data/vocabulary.yaml actual_cues)
_ACTUAL_MORE = "".join(f"|{p}" for p in vocabulary()["actual_cues"])
_ACTUAL_CUE = re.compile(
    fold(
        r"udział\w*\b.{0,80}?\bwzięł\w*|wzięł\w*\s+(?:\w+\s+){0,2}udział|uczestniczył\w*|objęto\s+wsparciem|wsparciem\s+objęto"
        r"|wsparciem\s+objęt\w+\s+został\w*|skorzystał\w*|zrekrutowano|udział\w*\s+w\s+projekcie\s+wzięł"
        r"|(?:wsparci\w*|pomoc\w*)\s+(?:\w+\s+)?otrzymał\w*|otrzymał\w*\s+(?:wsparci|pomoc)\w*|został\w*\s+zakwalifikowan\w*"
        r"|objął\s+wsparciem|objęła\s+wsparciem|wsparciem\s+objął|wsparciem\s+objęła|objętych\s+wsparciem\s+zostało"
        # told in the past just before a count: "do projektu zakwalifikowano 24 osoby", "projektem
        # objęto 45 osób", "objętych zostało 45", "przystąpiło 45 osób", "wsparcie uzyskało 45 osób"
        r"|(?:zakwalifikowano|objęto|(?:został[aoy]?|zostało|zostali)\s+objęt\w*|objęt\w*\s+(?:został[aoy]?|zostało|zostali)"
        r"|przystąpił\w*|(?:wsparci|pomoc)\w*\s+uzyskał\w*|uzyskał\w*\s+(?:wsparci|pomoc)\w*|objęliśmy|wsparliśmy"
        r"|(?:projekt\w*|działani\w*|wsparci\w*|pomoc\w*)\s+(?:\w+\s+)?(?:objął|objęła|objęło|objęły|objęli)|korzystał\w*"
        + _ACTUAL_MORE
        + r")\s+(?:[\w.]+\s+){0,3}?(?!(?:19|20)\d\d(?!\d))\d"
    )
    + r"|took\s+part|participated|were\s+supported|(?<!will\shave\s)received\s+support|benefit+ed"
    r"|(?<!will\s)have\s+been\s+supported"
    # "the project covered 150 people", "reached a total of 90 persons"
    r"|\b(?:project|it|we|centre|center)\s+(?:has\s+|had\s+)?(?:covered|reached|helped|assisted)\s+"
    r"(?:a\s+total\s+of\s+|over\s+|more\s+than\s+|about\s+|nearly\s+)?\d",
    re.IGNORECASE | re.DOTALL,
)
_COMPLETED_HINT = re.compile(r"(?:zako[nń]czy|uko[nń]czy)[lł]")
_COMPLETED_RE = re.compile(
    # (a label's colon or dash before the count: "Liczba osób, które zakończyły udział w
    # projekcie: 171")
    fold(r"(?:zakończył\w*|ukończył\w*)(?!\s+się)\s+(?:\w+\s+){0,4}?(?:\w+\s*[:–—]\s*)?")
    + _COUNT
    + r"(?![\d,.]\d)"
    + "|"
    + _COUNT.replace("?P<n>", "?P<n2>")
    + fold(r"\s+(?:\w+\s+){0,2}?(?:zakończył\w*|ukończył\w*)"),
    re.IGNORECASE,
)


# "ukończyły 65 lat", "ukończą 18. rok życia", "aged 25 years": an age after the completion verb
# data/vocabulary.yaml completed_not_persons_after: units after a count that are not people
_COMPLETED_NOT_PERSONS = re.compile(
    fold(rf"\s*(?:{'|'.join(vocabulary()['completed_not_persons_after'])})(?!\w)"), re.IGNORECASE
)
_AGE_AFTER = re.compile(
    fold(r"\.?\s*(?:lat(?:a)?\b|rok\w*\s+życia|r\.\s*ż\.|years?\b|year\s+of\s+age)"), re.IGNORECASE
)


_ROUNDED_COUNT = re.compile(
    fold(r"(?:ponad|przeszło|blisko|około|ok\.|prawie|niemal|kilka|kilkaset)\s*$")
    + r"|(?:more\s+than|over|about|around|almost|nearly)\s*$",
    re.IGNORECASE,
)
_YEAR_CONTEXT = re.compile(
    r"(?:rok\w*|r\.|w|we|od|do|latach|lat|roku|in|since|until|[-–/.])\s*$", re.IGNORECASE
)
_RESULT_SHARE = re.compile(r"[\w\s]{0,40}?\(\s*\d{1,3}(?:[,.]\d+)?\s?%\s*\)")


_LABEL_STOP = {
    "a",
    "i",
    "oraz",
    "także",
    "w",
    "we",
    "z",
    "ze",
    "do",
    "na",
    "dla",
    "którzy",
    "które",
    "–",
    "-",
}
# possessive pronouns before a group's noun ("osób z ich otoczenia", "ich rodziny")
_LABEL_PRONOUNS = ("ich", "jego", "jej")


@cache
def _group_copula_re() -> re.Pattern[str]:
    copulas = "|".join(f"(?:{c})" for c in vocabulary()["breakdown"]["group_copulas"])
    return re.compile(
        fold(
            rf"^\s*(?:[–—-]\s*)?(?:{copulas})\s+(?P<label>[^\d,.;:()–—]{{3,80}}?)"
            r"(?=\s*(?:[,.;:()–—]|$)|\s+(?:natomiast|zaś|a|oraz|i)\s)"
        ),
        re.IGNORECASE,
    )


def _group_after_copula(rest: str) -> str | None:
    """The group a count of people is said to be, from the words right after the count's noun
    (data/vocabulary.yaml breakdown.group_copulas): " stanowić będą osoby nieaktywne zawodowo, …"
    -> "osoby nieaktywne zawodowo"; " to dzieci, zaś …" -> "dzieci"; None when no copula comes
    first (" bezrobotnych oraz …")."""
    m = _group_copula_re().match(rest)
    return _clean_label(m.group("label")) or None if m else None


def _label_tail(words: list[str]) -> list[str]:
    """The words after a group's count and noun that belong to its label: up to two, none of
    _LABEL_STOP; a first "z"/"ze" only with the word it governs ("osób z niepełnosprawnościami",
    "osób z ich otoczenia"), since it tells two groups of the same noun apart."""
    out: list[str] = []
    for i, w in enumerate(words[:2]):
        low = w.lower().strip(",.;:")
        if i == 0 and low in ("z", "ze") and not w.endswith((",", ".", ";", ":")):
            nxt = (
                words[1:3] if len(words) > 1 and words[1].lower() in _LABEL_PRONOUNS else words[1:2]
            )
            if nxt and all(x[:1].isalpha() for x in nxt):
                return [w] + [x.strip(",.;:") for x in nxt]
            return []
        if low in _LABEL_STOP or not w[:1].isalpha():
            break
        out.append(w.strip(",.;:"))
    return out


_PARTS_JOIN = re.compile(
    fold(
        r"^[^.;:]{0,160}?(?:,?\s+a\s+także|\s+oraz|\s+i|,?\s+and|,?\s+as\s+well\s+as"
        r"|(?:,|\s[–—-])?\s+(?:a|natomiast|zaś)(?:\s+(?:u|w|we|z|ze|dla|do|wśród))?)\s[^.;:]{0,120}?$"
        # "20 osób bezrobotnych, 10 osób …", "30 dzieci w wieku 6-12 lat, 20 rodziców": a comma
        # list of groups
        r"|^\s*(?:\w+(?:\s?[-–]\s?\w+)?\s+){0,4}?\w+,\s*$"
        # "30 dzieci + 15 rodziców", "24 osoby zagrożone wykluczeniem + 10 osób z otoczenia"
        r"|^[^.;:+]{0,120}?\s\+\s*$"
        # "… w module I otrzyma 18 osób, w module II – 22 osoby": the verb left out, a dash for it
        r"|^[^.;:\d]{0,40},\s+(?:w|we|na|dla|z|ze|u|do)\s+(?:\w+\s+){0,3}?[\w.]+\s*[–—-]\s*$"
    ),
    re.IGNORECASE,
)


_SEMICOLON_JOIN = re.compile(
    r"^(?P<before>[^.;:\d]{0,120}?);\s+(?:a\s+|oraz\s+|i\s+)?"
    r"(?P<after>(?:(?:w|we|z|ze|dla|do|na|u|przy|po|wśród|in|at|for)\s[^.;:\d]{0,60}?)?)$",
    re.IGNORECASE,
)
_VERB_TAGS = frozenset({"fin", "praet", "bedzie", "impt", "inf", "imps", "winien", "pred"})


def _semicolon_joined(between: str, opening: str) -> bool:
    """Whether the text between two groups' counts joins them across a semicolon as parallel
    groups ("30 osób w ramach usług; 20 osób w ramach klubu", "z usług skorzysta 30 osób; z klubu
    seniora (skorzysta) 20 osób"): after the semicolon the next count or a place or service named
    by a preposition, with no verb but one the sentence's opening (`opening`, the text before its
    first count) already has; "300 seniorów; projekt obejmie 40 osób", "40 osób; rekrutacja 15
    osób …" are separate facts, not two groups."""
    m = _SEMICOLON_JOIN.match(between)
    if not m or not (m.group("before").strip() or m.group("after").strip()):
        return False  # "50 osób; 30 osób z nich …": neither group is named, a total and a subset
    said = {w.lower() for w in _WORD_RE.findall(opening)}
    for w in _WORD_RE.findall(m.group("after")):
        if w.lower() in said:
            continue
        if any(tag.split(":")[0] in _VERB_TAGS for _lemma, tag in roles.analyses(w)):
            return False
    return True


def _population_between(between: str) -> bool:
    """Whether the words between two counts say where people live ("…, a w gminie mieszka 300
    seniorów"): a verb of data/vocabulary.yaml breakdown.population_verb_lemmas, so the second
    count is a population, not a group of the plan."""
    lemmas = frozenset(vocabulary()["breakdown"]["population_verb_lemmas"])
    return any(
        any(lemma in lemmas and tag.split(":")[0] in _VERB_TAGS for lemma, tag in roles.analyses(w))
        for w in _WORD_RE.findall(between)
    )


def _sexes_in_parentheses_only(u: Unit, counts: list[tuple[int, int, int]]) -> dict[str, int]:
    """ "aktywność osób bezrobotnych (62 kobiet i 58 mężczyzn)": women and men in parentheses with no
    total before them; {} when a count stands outside the parentheses."""
    if len(counts) != 2 or not all(_paren_depth(u.text[: c[1]]) for c in counts):
        return {}
    m = _SEX_PAIR.search(u.text, counts[0][1])
    if not m or m.start() != counts[0][1]:
        return {}
    sexes = _sex_counts(m.group(0))
    return sexes if len(sexes) == 2 else {}


@cache
def _count_in_own_parens_re() -> re.Pattern[str]:
    """A group's name and its count alone in the parentheses after it, with the count's noun
    (data/vocabulary.yaml breakdown.paren_count_nouns) or none."""
    nouns = vocabulary()["breakdown"]["paren_count_nouns"]
    return re.compile(
        fold(r"(?P<label>[^\W\d][\w-]*(?:\s+[^\W\d][\w-]*){0,5})\s*\(\s*(?:ok\.\s*)?\d{1,5}\s*")
        + fold(rf"(?:(?:{nouns})(?!\w))?\s*\)"),
        re.IGNORECASE,
    )


def _groups_with_counts_in_parentheses(
    u: Unit, counts: list[tuple[int, int, int]]
) -> dict[str, int]:
    """ "osoby bezrobotne (20 osób) oraz osoby bierne zawodowo (15 osób)": two or three groups,
    each with its own count alone in parentheses and joined as separate groups, no total outside
    them: {group: count}; {} otherwise."""
    if not 2 <= len(counts) <= 3 or u.text.count("(") < len(counts):
        return {}  # (as below: one match per count, each with its own "("; the search is slow)
    found = list(_count_in_own_parens_re().finditer(u.text))
    if not 2 <= len(found) <= 3 or len(found) != len(counts) or _SUBSET_WORD.search(u.text):
        return {}
    if any(not (m.start() <= c[1] < m.end()) for m, c in zip(found, counts)):
        return {}  # a count outside the parentheses (a total) or one the pattern did not take
    groups: dict[str, int] = {}
    for k, (m, c) in enumerate(zip(found, counts)):
        if k and not _PARTS_JOIN.match(
            f"{u.text[found[k - 1].end() : m.start('label')]} {m.group('label')} "
        ):
            return {}
        label = _clean_label(_group_name_only(m.group("label")))
        if not label:
            return {}
        groups[label] = c[0]
    if len(groups) < len(found):
        # "osób w wieku 15-25 lat (20 osób) oraz osób w wieku 26-64 lat (30 osób)": the names
        # end alike ("lat"); each group's name with its numbers, back to the previous group
        groups = {}
        for k, (m, c) in enumerate(zip(found, counts)):
            start = found[k - 1].end() if k else max(0, m.start("label") - 80)
            words = u.text[start : u.text.index("(", m.start("label"))].split()[-6:]
            named = _JOIN_IN_LABEL.sub("", " ".join(words))
            label = _clean_label(_group_name_only(_LEADING_PREPOSITION.sub("", named)))
            if not label or label in groups or not re.search(r"\d", label):
                return _whole_names_in_parentheses(u.text, found, counts)
            groups[label] = c[0]
    return groups


def _whole_names_in_parentheses(text: str, found: list, counts: list) -> dict[str, int]:
    """ "dzieci z rodzin zagrożonych ubóstwem lub wykluczeniem społecznym (40 osób) oraz dorośli
    członkowie rodzin zagrożonych ubóstwem lub wykluczeniem społecznym (20 osób)": names that end
    alike in their last words, told apart by their whole names (each back to the previous group,
    the first back to its clause's start and the plan's words); {} when a whole name is over 15
    words or two are the same."""
    groups: dict[str, int] = {}
    for k, (m, c) in enumerate(zip(found, counts)):
        paren = text.index("(", m.start("label"))
        if k:
            span = text[found[k - 1].end() : paren]
        else:
            span = re.split(r"[.;:!?]\s", text[:paren])[-1]
        named = _JOIN_IN_LABEL.sub("", compact(span).strip(" ,"))
        named = _LEADING_PREPOSITION.sub("", named)
        # (the plan's words stand before the first group only)
        label = _LEADING_PREPOSITION.sub(
            "", _clean_label(_group_name_only(named) if not k else named)
        )
        if not label or label in groups or len(label.split()) > 15:
            return {}
        groups[label] = c[0]
    return groups


# "do dzieci w wieku 6-9 lat": the preposition that governs a group's name is not part of it
_LEADING_PREPOSITION = re.compile(fold(r"^(?:do|dla|wśród|spośród)\s+"), re.IGNORECASE)
_IT_WILL_BE = re.compile(fold(r"^(?:będą|są|będzie|jest|będzie\s+to)\s+to\s+"), re.IGNORECASE)
_JOIN_IN_LABEL = re.compile(fold(r"^(?:oraz|i|a\s+także|and)\s+"), re.IGNORECASE)


def _group_name_only(label: str) -> str:
    """A group's name without the join or the plan's words before it: "oraz dzieci z tych
    rodzin" -> "dzieci z tych rodzin", "zostaną objęte rodziny zastępcze" -> "rodziny
    zastępcze"."""
    label = _JOIN_IN_LABEL.sub("", label)
    label = _IT_WILL_BE.sub("", label)  # "Będą to osoby niesamodzielne (35 osób)"
    cue = _TARGET_GROUP_INTRO.search(label) or _PLANNED_CUE.search(label)
    if cue and label[cue.end() :].strip():
        label = label[cue.end() :]
    return label.strip()


# "30 osób niesamodzielnych i ich opiekunów (15 osób)": a first group with its count, a join, a
# second group named without a count and its count alone in the parentheses after it
_SECOND_GROUP_BEFORE_PARENS = re.compile(
    fold(
        r"^(?P<first>(?:\s+[^\W\d][\w-]*){0,8}?)\s*,?\s+(?:i|oraz|a\s+także|wraz\s+ze?|and)\s+"
        r"(?P<second>[^\W\d][\w-]*(?:\s+[^\W\d][\w-]*){0,5})\s*\(\s*$"
    ),
    re.IGNORECASE,
)
_COUNT_ALONE_IN_PARENS = re.compile(
    fold(r"\s*(?:os(?:ób|oby|oba)?\.?|uczestnik\w*|persons|people)?\s*\)"), re.IGNORECASE
)


def _second_group_counted_in_parentheses(
    u: Unit, counts: list[tuple[int, int, int]]
) -> dict[str, int]:
    """ "30 osób niesamodzielnych i ich opiekunów (15 osób)": two groups, the second counted in
    the parentheses after its name, no total: {group: count}; {} otherwise (a sum word, a subset
    word, another count)."""
    if len(counts) != 2 or _SUBSET_WORD.search(u.text) or _SUM_OF_PARTS.search(u.text):
        return {}
    (n1, s1, e1), (n2, s2, e2) = counts
    if _paren_depth(u.text[:s1]) or not _paren_depth(u.text[:s2]):
        return {}
    open_at = u.text.rfind("(", 0, s2)
    if u.text[open_at + 1 : s2].strip() or not _COUNT_ALONE_IN_PARENS.match(u.text, e2):
        return {}
    # an explanation in parentheses after the first group's name ("40 dzieci (uczniów klas
    # I-III) oraz ich rodziców (20 osób)") is no part of either name
    m = _SECOND_GROUP_BEFORE_PARENS.match(
        _drop_parenthesised(u.text[_WORD_REST.match(u.text, e1).end() : open_at + 1])
    )
    if not m:
        return {}
    first = _clean_label(" ".join(u.text[s1:e1].split()[1:] + m.group("first").split()))
    second = _clean_label(m.group("second"))
    if not first or not second or first == second:
        return {}
    return {first: n1, second: n2}


# "60 dzieci (35 dziewcząt i 25 chłopców) oraz 40 rodziców (30 kobiet i 10 mężczyzn)", "195 people
# (115 girls and 80 boys) – children – and at least 215 adults – their parents (160 women and 55
# men)": a count, its group's name and, in the parentheses after it, that group's women and men
_OWN_SPLIT_GROUP = re.compile(
    r"(?<![\d,.\-–])(?P<n>\d{1,5})(?![\d,.]\d)\s+(?P<label>[^\W\d][^()\d;.:]{0,90}?)\s*"
    r"\((?P<split>[^()]{3,60})\)"
)
# what may stand between one such group and the next: an appositive between dashes after the
# first ("– dzieci i młodzież –"), a comma or a join, a preposition, a lower bound
_OWN_SPLIT_JOIN = re.compile(
    fold(
        r"^\s*(?:[–—-]\s*[^\d()–—.;:]{1,60}?\s*[–—-]\s*)?"
        r"(?:,\s*(?:(?:i|oraz|a\s+także|and|as\s+well\s+as)\s+)?|(?:i|oraz|a\s+także|and|as\s+well\s+as)\s+)"
        # the next group's name before its count ("i moduł B dla 10 osób (5K, 5M)")
        r"(?:(?:[^\W\d][\w.-]*\s+){0,4}?(?:dla|do|for|to)\s+)?"
        r"(?:(?:co\s+najmniej|nie\s+mniej\s+niż|ponad|około|ok\.|at\s+least|about|over)\s+)?$"
    ),
    re.IGNORECASE,
)


def _groups_with_own_splits(text: str, counts: list[tuple[int, int, int]]) -> dict[str, int]:
    """Two or three groups, each with its own women and men in the parentheses after it and joined
    as groups beside each other, no other count outside parentheses: {group: count} (the groups
    are the breakdown, not one group's split); {} otherwise.

    >>> _groups_with_own_splits("Obejmie 60 dzieci (35 dziewcząt i 25 chłopców) oraz 40 rodziców (30 kobiet i 10 mężczyzn).", [])
    {'dzieci': 60, 'rodziców': 40}
    >>> _groups_with_own_splits("Obejmie 40 osób (25 K, 15 M), w tym 10 osób z niepełnosprawnościami (6 K, 4 M).", [])
    {}
    """
    if text.count("(") < 2:
        return {}
    found = []
    for m in _OWN_SPLIT_GROUP.finditer(text):
        pair = sex_pair(m.group("split"))
        if (
            len(pair) == 2
            and sum(pair.values()) == int(m.group("n"))
            and not _paren_depth(text[: m.start()])
        ):
            found.append(m)
    if not 2 <= len(found) <= 3:
        return {}
    for prev, m in itertools.pairwise(found):
        join = text[prev.end() : m.start()]
        if not _OWN_SPLIT_JOIN.match(join) or _SUBSET_WORD.search(join) or _AMONG_THEM.search(join):
            return {}
    starts = {m.start("n") for m in found}
    if any(c[1] not in starts and not _paren_depth(text[: c[1]]) for c in counts):
        return {}  # another count outside the parentheses: a total or a subset, other rules
    groups = {_clean_label(m.group("label")): int(m.group("n")) for m in found}
    if len(groups) < len(found):
        # "moduł A dla 15 osób (…) i moduł B dla 10 osób (…)": the same noun, the groups named
        # before their counts
        fronts = [text[max(0, found[0].start() - 60) : found[0].start()]] + [
            text[a.end() : b.start()] for a, b in itertools.pairwise(found)
        ]
        groups = {}
        for front, m in zip(fronts, found):
            words = _drop_parenthesised(front).split(":")[-1].split()[-5:]
            named = _JOIN_IN_LABEL.sub("", " ".join(words).strip(" ,–—-"))
            groups[_clean_label(f"{named} {m.group('label')}")] = int(m.group("n"))
    if len(groups) < len(found) or not all(groups):
        return {}
    return groups


def _paren_depth(text: str) -> int:
    """How many parentheses are open at the end of `text`."""
    depth = 0
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
    return depth


def _drop_parenthesised(text: str) -> str:
    """'osób niesamodzielnych (osób, które … (65+) …) oraz ' -> 'osób niesamodzielnych  oraz '."""
    prev = None
    while prev != text:
        prev, text = text, re.sub(r"\([^()]*\)", "", text)
    return text


# "w tym", "including": what follows is a subset of the count before it, not a group beside it
_SUBSET_WORD = re.compile(r"\bw\s+tym\b|\bincluding\b|\bof\s+whom\b", re.IGNORECASE)

_AMONG_THEM = re.compile(
    fold(r"\b(?:wśród|spośród|z)\s+(?:nich|których)\b") + r"|\bamong\s+(?:them|whom)\b",
    re.IGNORECASE,
)


# "w pierwszym roku … 15 osób, w drugim roku 15 osób": the verb left out before a round named by
# its number (a join only when every count has its round before it: `_told_apart_before`)
_ROUND_JOIN = re.compile(
    fold(
        r"^[^.;:\d]{0,40},\s+(?:a\s+)?(?:w|we|na|z|ze|u|in)\s+(?:\w+\s+){0,2}?"
        r"(?:[IVX]+|\d{1,4}|pierwsz\w*|drug\w*|trzeci\w*|czwart\w*|first|second|third)\b(?:\s+\w+)?\s*$"
    ),
    re.IGNORECASE,
)


_SUBSET_OPENS = re.compile(r"\(\s*(?:w\s+tym|z\s+czego|including|of\s+whom)\b", re.IGNORECASE)


def _in_subset_parentheses(text: str, pos: int) -> bool:
    """Whether `pos` is inside parentheses that open with "w tym" / "z czego" ("(w tym 12 osób
    …)"): a subset of the group before them."""
    if not _paren_depth(text[:pos]):
        return False
    return _SUBSET_OPENS.match(text, text.rfind("(", 0, pos)) is not None


def _parts_only(u: Unit, counts: list[tuple[int, int, int]]) -> dict[str, int]:
    """Two to five groups of people joined by 'oraz' / 'a także' / ', a' with no total among them
    ("8 osób niesamodzielnych … oraz 4 osób z otoczenia"): {label: count}; {} otherwise."""
    text = u.text
    inner = [
        c
        for c in counts
        if _in_subset_parentheses(text, c[1]) or _in_own_split_parentheses(text, counts, c)
    ]
    if inner and len(counts) - len(inner) >= 2:
        # "24 osoby niesamodzielne (w tym 12 osób z niepełnosprawnościami) oraz 12 opiekunów",
        # "30 dzieci (16 dziewczynek i 14 chłopców) oraz 20 rodziców (12 kobiet i 8 mężczyzn)": the
        # subset or the split in parentheses belongs to its group; the groups are the counts outside
        counts = [c for c in counts if c not in inner]
        text = _drop_parenthesised(text)
        if _counted_subset(text):
            return {}
    if not 2 <= len(counts) <= 5:  # (four or five: a longer list of groups)
        return {}
    values = [c[0] for c in counts]
    if (
        (
            max(values) * 2 == sum(values)
            and not _equal_rounds_told_apart(u.text, counts)
            and not _equal_groups_named_apart(u.text, counts)
        )
        or _counted_subset(text)
        or any(_paren_depth(u.text[: c[1]]) for c in counts)
    ):
        return {}  # one of them is the total of the others, or the others are its parts
    # from the end of each count's noun to the next count ("uczestnik|ów": the pattern stops in
    # the word); an explanation in parentheses between two groups does not join or split them
    betweens = [
        _drop_parenthesised(u.text[_WORD_REST.match(u.text, a[2]).end() : b[1]])
        for a, b in itertools.pairwise(counts)
    ]
    for k, (a, b) in enumerate(itertools.pairwise(counts)):
        between = betweens[k]
        joined = (
            _PARTS_JOIN.match(between)
            or _semicolon_joined(between, u.text[: counts[0][1]])
            or (_ROUND_JOIN.match(between) and _told_apart_before(u.text, counts) is not None)
            or (_BARE_COMMA.match(between) and _different_own_nouns(u.text, a, b))
            # "20 dzieci uczęszczających do świetlicy w Lipnie, 15 rodziców oraz 10 seniorów": a
            # comma list of groups with long names, closed by a conjunction before the last
            or (
                k < len(betweens) - 1
                and _LONG_COMMA.match(between)
                and _CLOSING_CONJUNCTION.match(betweens[-1])
                and _different_own_nouns(u.text, a, b)
            )
        )
        if not joined or _AMONG_THEM.search(between) or _population_between(between):
            return {}  # "120 osób, a wśród nich 70 kobiet": a subset, not a second group
    groups: dict[str, int] = {}
    prev_end = 0
    for n, start, end in counts:
        before, prev_end = u.text[prev_end:start], end
        # the count's noun to its word's end ("24 osob|y": the pattern may stop inside the word)
        end = _WORD_REST.match(u.text, end).end()
        label_words = u.text[start:end].split()[1:] + _label_tail(u.text[end : end + 80].split())
        label = (
            _group_after_copula(u.text[end : end + 120])
            or _clean_label(" ".join(label_words))
            or f"grupa {len(groups) + 1}"
        )
        if label in groups:
            # "20 osób w 2021 roku oraz 25 osób w 2022 roku": the same people's noun, told apart
            # by what follows each count (a year, an edition, a place)
            place = _ELLIPSIS_PLACE.search(before)
            told = _told_apart(u.text, end, label, groups)
            label = told or (compact(f"{label} {place.group(1)}") if place else None)
            if label is None or label in groups:
                # "w I edycji … 20 osób, a w II edycji 20 osób": the round named before each
                fronted = _told_apart_before(u.text, counts)
                if fronted is None:
                    # "18 osób z niepełnosprawnościami oraz 6 osób z ich otoczenia": the same
                    # noun, told apart by the words that follow each count up to the next group
                    return _groups_by_whole_labels(u.text, counts) or _groups_by_fronts(
                        u.text, counts
                    )
                label = compact(
                    f"{label_words[0] if label_words else 'grupa'} {fronted[len(groups)]}"
                )
                if label in groups:
                    return {}
        groups[label] = n
    return groups


# the end of a group's own words: a join to the next group, a clause break, a count
_GROUP_TAIL_END = re.compile(
    fold(
        r"\s*(?:[,;:.()–—]|\s(?:oraz|i|a|także|a\s+także|and|as\s+well\s+as|którzy|które|która)\s|\d)"
    ),
    re.IGNORECASE,
)


def _whole_label(text: str, start: int, end: int) -> str:
    """A count's group label with every word after it up to the next group, a clause break or a
    count (at most eight words): "osób z ich otoczenia" from "6 osób z ich otoczenia."."""
    end = _WORD_REST.match(text, end).end()  # the count's noun to its last letter
    stop = _GROUP_TAIL_END.search(text, end)
    tail = text[end : stop.start() if stop else len(text)].split()[:8]
    return _clean_label(" ".join(text[start:end].split()[1:] + tail))


_WORD_REST = re.compile(r"\w*")


def _named_apart(labels: list[str]) -> bool:
    """Labels that name different groups: distinct, and none the start of another ("osób z terenu
    gminy" and "osób z terenu gminy potrwają": one group said twice)."""
    low = [lb.lower() for lb in labels]
    return all(
        a != b and not a.startswith(b) and not b.startswith(a)
        for k, a in enumerate(low)
        for b in low[k + 1 :]
    )


def _groups_by_whole_labels(text: str, counts: list[tuple[int, int, int]]) -> dict[str, int]:
    """{label: count} with each count's whole label ("osób z niepełnosprawnościami", "osób z ich
    otoczenia") when they name distinct groups, each with words beyond its noun; {} otherwise."""
    labels = [_whole_label(text, start, end) for _n, start, end in counts]
    if not _named_apart(labels) or any(len(lb.split()) < 2 for lb in labels):
        return {}
    return {lb: n for lb, (n, _s, _e) in zip(labels, counts)}


# the place or service named before a count, in its own clause ("Z usług opiekuńczych skorzysta
# 30 osób, a z usług asystenckich 20 osób"): a preposition and up to three words
_FRONT = re.compile(
    fold(
        r"(?<!\w)(?P<front>(?:z|ze|w|we|na|dla|do|u)\s+[^\W\d]+(?:\s+[^\W\d]+){0,2})"
        r"(?=\s+(?:[^\W\d]+\s+)?(?:[^\W\d]+\s+)?$)"
    ),
    re.IGNORECASE,
)


@cache
@case_free_results
def _service_front_re() -> re.Pattern[str]:
    """A service in the instrumental and its modifier before a count (data/vocabulary.yaml
    service_front_nouns): "Usługami opiekuńczymi zostanie objętych 35 osób"."""
    nouns = _vocabulary_alternation("service_front_nouns")
    return re.compile(
        fold(
            rf"(?<!\w)(?P<front>(?:{nouns})\s+[^\W\d]+)"
            r"(?=\s+(?:[^\W\d]+\s+)?(?:[^\W\d]+\s+)?$)"
        ),
        re.IGNORECASE,
    )


@cache
@case_free_results
def _facility_front_re() -> re.Pattern[str]:
    """A facility and up to three words of its name right before "dla"/"for" and a count
    (data/vocabulary.yaml breakdown.facility_heads): "Klub Seniora dla 15 osób"."""
    heads = "|".join(f"(?:{p})" for p in vocabulary()["breakdown"]["facility_heads"])
    return re.compile(
        fold(rf"(?<!\w)(?P<front>(?:{heads})(?:\s+[^\W\d]+){{0,3}}?)\s+(?:dla|for)\s+$"),
        re.IGNORECASE,
    )


def _groups_by_fronts(text: str, counts: list[tuple[int, int, int]]) -> dict[str, int]:
    """{front: count} when each count has its own place or service named before it in its clause
    and they differ ("z usług opiekuńczych" 30, "z usług asystenckich" 20; "usługami
    opiekuńczymi" 35, "usługami asystenckimi" 15); {} otherwise."""
    fronts, prev = [], 0
    for _n, start, end in counts:
        m = (
            _facility_front_re().search(text[prev:start])
            or _FRONT.search(text[prev:start])
            or _service_front_re().search(text[prev:start])
        )
        if not m:
            return {}
        fronts.append(compact(m.group("front")))
        prev = _WORD_REST.match(text, end).end()
    nouns, _sent, whole = _one_activity_re()
    if (
        not _named_apart(fronts)
        or any(len(f.split()) < 2 for f in fronts)
        or any(nouns.search(f) or whole.search(f) for f in fronts)
    ):
        return {}  # "w projekcie … 30 osób, a w szkoleniach 20": the whole and one activity
    return {f: n for f, (n, _s, _e) in zip(fronts, counts)}


def _equal_groups_named_apart(text: str, counts: list[tuple[int, int, int]]) -> bool:
    """Two equal counts of different people ("24 dzieci oraz 24 rodziców", "20 osób z gminy
    Lipowa i 20 osób z gminy Górka"): two groups, not a total and its repetition (each label
    names more than a bare person noun, and they differ)."""
    if len(counts) != 2:
        return False
    labels = [_whole_label(text, start, end) for _n, start, end in counts]
    if not all(labels) or not _named_apart(labels):
        return False
    bare = [_BARE_PERSON_LABEL.fullmatch(lb) is not None for lb in labels]
    return not any(bare)


# "30 dzieci, 15 rodziców": two counts with only a comma between them
_BARE_COMMA = re.compile(r"\s*,\s*$")
# a group's longer name and a comma before the next group of a list ("… w Lipnie, ")
_LONG_COMMA = re.compile(r"^[^.;:+()\d]{0,100},\s*$")
# the conjunction before the last group of a list ("…, 12 rodziców oraz 6 rodzin")
_CLOSING_CONJUNCTION = re.compile(
    fold(r"^[^.;:+()\d]{0,100}?\s(?:oraz|i|a\s+także|and)\s[^.;:+()\d]{0,60}$"), re.IGNORECASE
)


# a subset word and a count right after it ("w tym 12 K", "including at least 925 K")
_COUNT_AFTER_SUBSET = re.compile(
    fold(
        r"\s*:?\s*(?:(?:ok\.|około|co\s+najmniej|min\.|minimum|ponad|nie\s+mniej\s+niż|at\s+least"
        r"|about|over)\s*)?\d"
    ),
    re.IGNORECASE,
)


@cache
@case_free_results
def _this_noun_re() -> re.Pattern[str]:
    """ "w tym roku", "w tym okresie": "w tym" as "in this" before a noun
    (data/vocabulary.yaml breakdown.this_nouns), not a subset word."""
    nouns = "|".join(f"(?:{p})" for p in vocabulary()["breakdown"]["this_nouns"])
    return re.compile(fold(rf"\s+(?:{nouns})(?!\w)"), re.IGNORECASE)


def _counted_subset(text: str) -> bool:
    """Whether a subset word in `text` may count part of a group: a count right after it ("w tym
    12 osób", "including at least 925 K"), a number word, nothing that tells (a subset word at the
    end, before a list), or "w tym" as "in this" ("a w tym roku 20 osób": as before, the counts
    are not taken as groups). A subset word followed by words ("…, w tym poradnictwo i
    szkolenia") counts none."""
    for m in _SUBSET_WORD.finditer(text):
        rest = text[m.end() :]
        if (
            _COUNT_AFTER_SUBSET.match(rest)
            or not re.search(r"[^\W\d]", rest[:40])
            or _has_number_word(" ".join(rest.split()[:3]))
            or _this_noun_re().match(rest)
        ):
            return True
    return False


def _in_own_split_parentheses(text: str, counts: list[tuple[int, int, int]], c) -> bool:
    """Whether count `c` stands in parentheses right after another count whose split they state
    ("30 dzieci (16 dziewczynek i 14 chłopców)": the parenthesised counts make the one before)."""
    if not _paren_depth(text[: c[1]]):
        return False
    open_at = text.rfind("(", 0, c[1])
    close_at = text.find(")", c[1])
    if close_at < 0:
        return False
    owner = [o for o in counts if o[2] <= open_at and not _paren_depth(text[: o[1]])]
    if not owner:
        return False
    o = owner[-1]
    # the parentheses follow the owner's noun and at most two more words
    if not re.fullmatch(r"\w*(?:\s+[^\W\d][\w-]*){0,2}\s*", text[o[2] : open_at]):
        return False
    inside = [x for x in counts if open_at < x[1] < close_at]
    # the split of the group before them, or of all the groups before them ("40 dzieci i 20
    # rodziców (36 K, 24 M)")
    return len(inside) >= 2 and sum(x[0] for x in inside) in (o[0], sum(x[0] for x in owner))


def _different_own_nouns(text: str, a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    """Whether two counts name different people by their own nouns, neither a bare "osób" /
    "uczestników" (a total before its parts) nor a sex ("40 osób, 25 kobiet": a subset)."""
    nouns = [
        text[start : _WORD_REST.match(text, end).end()].split()[-1].lower()
        for _n, start, end in (a, b)
    ]
    # a bare person noun with its own words after it ("10 osób z niepełnosprawnościami") names a
    # group of its own as a noun of its own does ("20 seniorów, 10 osób z … i 5 opiekunów")
    told = [
        bool(_label_tail(text[_WORD_REST.match(text, end).end() : end + 80].split()))
        for _n, _start, end in (a, b)
    ]
    return (
        nouns[0] != nouns[1]
        and not any(
            (_BARE_PERSON_LABEL.fullmatch(w) and not own) or _SEX_LABEL.match(w)
            for w, own in zip(nouns, told)
        )
        and all(w[:1].isalpha() for w in nouns)
    )


_BARE_PERSON_LABEL = re.compile(
    fold(
        r"os(?:ób|oby|oba)|uczestnik\w*|person\w*|people|participants?|mieszkańc\w*|beneficjent\w*"
    ),
    re.IGNORECASE,
)


_TOLD_APART = re.compile(
    r"\s+(?:w|we|na|dla|z|ze|u|do|in)\s+(?:\w+\s+){0,2}?(?:[IVX]+|\d{1,4})\b(?:\s+\w+)?",
    re.IGNORECASE,
)


# "…, w ramach modułu B – 9 osób": the place that names a group whose verb is left out
_ELLIPSIS_PLACE = re.compile(
    r",\s+(?:a\s+)?((?:w|we|na|dla|z|ze|u|do)\s+(?:\w+\s+){0,3}?[\w.]+)\s*[–—-]\s*$", re.IGNORECASE
)


# the year, edition or round named before a count, in its own clause ("W I edycji … 20 osób, a w
# II edycji 20 osób", "w pierwszym roku … 15 osób, w drugim roku – 15 osób")
_TOLD_APART_BEFORE = re.compile(
    fold(
        r"(?<!\w)(?:w|we|na|dla|z|ze|u|do|in)\s+(?:\w+\s+){0,2}?"
        r"(?:[IVX]+|\d{1,4}|pierwsz\w*|drug\w*|trzeci\w*|czwart\w*|piąt\w*|first|second|third|fourth)\b"
        r"(?:\s+(?!(?:projekt|udział|wsparci|uczestni)\w*)\w+)?"
    ),
    re.IGNORECASE,
)


def _told_apart_before(text: str, counts: list[tuple[int, int, int]]) -> list[str] | None:
    """The year, edition or round named before each count, after the previous one (within 60
    characters), when every count has its own and they differ; None otherwise."""
    told, prev = [], 0
    for _n, start, _end in counts:
        found = list(_TOLD_APART_BEFORE.finditer(text, max(prev, start - 60), start))
        if not found:
            return None
        told.append(compact(found[-1].group(0)).lower())
        prev = _end
    return told if len(set(told)) == len(told) else None


def _equal_rounds_told_apart(text: str, counts: list[tuple[int, int, int]]) -> bool:
    """Two equal counts each followed by its own year, edition or round ("25 osób w roku 2020 i
    25 osób w roku 2021"), or each preceded by it ("w I edycji 20 osób, a w II edycji 20 osób"):
    two groups, not a total and its repetition."""
    if len(counts) != 2:
        return False
    told = [_TOLD_APART.match(text, end) for _n, _start, end in counts]
    if all(told) and compact(told[0].group(0)) != compact(told[1].group(0)):
        return True
    return _told_apart_before(text, counts) is not None


def _told_apart(text: str, end: int, label: str, groups: dict[str, int]) -> str | None:
    """A group label made unique by the words after its count that name its year, edition or
    round ("osób w 2022 roku", "osób w II edycji"), renaming the first group the same way; None
    when nothing tells the groups apart."""
    m = _TOLD_APART.match(text, end)
    if not m:
        return None
    new = compact(f"{label}{m.group(0)}")
    return None if new in groups else new


_SUM_WORD = re.compile(
    fold(r"(?:łącznie|razem|w\s+sumie|ogółem|czyli)\s*(?:to\s+)?(?:ok\.\s*)?$")
    + r"|in\s+total\s*$",
    re.IGNORECASE,
)


def _total_after_parts(u: Unit, counts: list[tuple[int, int, int]]) -> int | None:
    """60 from "36 kobiet i 24 mężczyzn – łącznie 60 osób": a count after "łącznie" / "razem" /
    "w sumie" that equals the sum of the two or more counts before it; None otherwise."""
    for k in range(2, len(counts)):
        n, start, _ = counts[k]
        if _SUM_WORD.search(u.text[max(0, start - 20) : start].rstrip(" (,–-:")) and n == sum(
            c[0] for c in counts[:k]
        ):
            return n
    return None


@cache
@case_free_results
def _whole_period_re() -> re.Pattern[str]:
    """data/vocabulary.yaml count_whole_period: the whole project's span named right before a
    count."""
    return re.compile(
        fold(rf"(?<!\w)(?:{_vocabulary_alternation('count_whole_period')})\s*$"), re.IGNORECASE
    )


class _WholePeriodBefore:
    """The whole-period pattern, compiled on first use (it reads the vocabulary)."""

    def search(self, text: str) -> re.Match[str] | None:
        return _whole_period_re().search(text)


_WHOLE_PERIOD_BEFORE = _WholePeriodBefore()


def _stated_total(u: Unit, counts: list[tuple[int, int, int]]) -> int | None:
    """The second of two counts, introduced by "łącznie" / "razem" / "w sumie" / "in total" and
    larger than the first (a family count, one edition's); None otherwise (a subset "w tym" after
    it; several parts that do not add up to it are a slip, left to the other rules)."""
    if len(counts) != 2:
        return None
    n, start, _end = counts[-1]
    if not (
        _SUM_WORD.search(u.text[max(0, start - 20) : start].rstrip(" (,–-:"))
        # "W 2020 roku … 20 osób, a w całym okresie realizacji 60 osób": the whole period's count
        or _WHOLE_PERIOD_BEFORE.search(u.text[max(0, start - 50) : start].rstrip(" (,–-:"))
    ):
        return None
    if any(c[0] >= n for c in counts[:-1]) or _SUBSET_WORD.search(u.text, start):
        return None
    return n


_GOAL_CUE = re.compile(fold(r"celem\s+(?:głównym\s+)?projektu|cel\w*\s+główn"), re.IGNORECASE)


_PARTICIPANT_NOUN = re.compile(fold(r"uczestni(?:k|cz)\w*$|participants$"), re.IGNORECASE)
_NEXT_WORDS = re.compile(r"\w*\s+(\w+)(?:\s+(\w+))?")  # from inside the noun


def _participants_will(text: str, counts: list[tuple[int, int, int]]) -> re.Match[str] | None:
    """A count of participants followed, within two words, by a verb in the future tense (the
    plan told as what they will do: "Czterdziestu uczestników najpierw pozna teorię", "30
    uczestniczek odbędzie staż"): a match that starts at the count, else None.

    >>> _participants_will("Czterdziestu uczestników najpierw pozna teorię.", [(40, 0, 24)]).start()
    0
    >>> _participants_will("Dwudziestu uczestników ukończyło kurs.", [(20, 0, 22)]) is None
    True
    """
    for _n, start, end in counts:
        if not _PARTICIPANT_NOUN.search(text, start, end):
            continue
        m = _NEXT_WORDS.match(text, end)
        if m and any(
            w and roles.verb_tense(w) == "future" and roles.is_only_a_verb(w) for w in m.groups()
        ):
            return _AT_COUNT.match(text, start)
    return None


_AT_COUNT = re.compile(r"")


# "kolejnych 22 osób", "następne 10 osób": a count added to another, never the total
_INCREMENT = re.compile(fold(r"\b(?:kolejn|następn)\w*\s+$"), re.IGNORECASE)


def _further_after(text: str, counts: list, pick: tuple) -> bool:
    """Whether a further intake ("kolejne 20 osób", "następnych 15") follows the picked count in
    its unit: the picked one is then one intake of several, not the plan's total."""
    return any(c[1] > pick[1] and _INCREMENT.search(text, max(0, c[1] - 16), c[1]) for c in counts)


_FOR_COUNT = re.compile(r"^dla\s+\d", re.IGNORECASE)
# a count that is not a new statement of the plan: a back-reference to people named before
# ("dostęp tych 50 osób", "these 40 people") or a capacity ("miejsce dla 36 osób", "places for 20")
_NOT_A_PLAN_BEFORE = re.compile(
    fold(
        r"(?:\b(?:tych|owych|wymienionych|wspomnianych|powyższych|these|those)"
        r"|\b(?:miejsc\w*|places?)\s+(?:\w+\s+)?(?:dla|for))\s+(?:\w+\s+)?$"
    ),
    re.IGNORECASE,
)


@cache
def _not_the_plan_re() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """data/vocabulary.yaml count_not_the_plan (before the count), count_rate_after (after it)
    and count_share_start (the clause's opening words)."""
    v = vocabulary()
    before = "|".join(f"(?:{p})" for p in v["count_not_the_plan"])
    after = "|".join(f"(?:{p})" for p in v["count_rate_after"])
    share = "|".join(f"(?:{p})" for p in v["count_share_start"])
    return (
        re.compile(fold(rf"(?<!\w)(?:{before})"), re.IGNORECASE),
        re.compile(fold(rf"^[^.;:\d]{{0,40}}?(?<!\w)(?:{after})(?!\w)"), re.IGNORECASE),
        re.compile(fold(rf"\W{{0,3}}(?:{share})(?!\w)"), re.IGNORECASE),
    )


def _not_the_plan(text: str, start: int, end: int) -> bool:
    """Whether a count is not the project's planned participants by its own clause: people its
    promotion or a public event reaches ("Ulotki trafią do 1500 mieszkańców"), or a rate
    ("obejmuje pomocą 600 osób rocznie", "10 dzieci z każdej szkoły").

    >>> _not_the_plan("Ulotki informacyjne trafią do 1500 mieszkańców.", 30, 46)
    True
    >>> _not_the_plan("Projekt obejmie 40 osób z terenu gminy.", 16, 23)
    False
    """
    before, rate, share = _not_the_plan_re()
    a, b = roles.clause_span(text, start, end)
    if before.search(text, max(a, start - 60), start) or share.match(text, a, start):
        return True
    if rate.match(text[end:b]) is not None:
        return True
    per_unit, caseload, names_project = _not_the_plan_more_re()
    if per_unit.search(text, max(a, start - 60), start) or _one_activitys(text, start, end, a, b):
        return True
    return caseload.search(text, a, b) is not None and not names_project.search(text, a, b)


@cache
def _one_activity_re() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """data/vocabulary.yaml count_one_activity (a noun before the count, or after one of
    count_to_one_activity_after) and count_project_whole (the project named as the whole)."""
    v = vocabulary()
    nouns = "|".join(f"(?:{p})" for p in v["count_one_activity"])
    verbs = "|".join(f"(?:{p})" for p in v["count_to_one_activity_after"])
    whole = "|".join(f"(?:{p})" for p in v["count_project_whole"])
    return (
        re.compile(fold(rf"(?<!\w)(?:{nouns})(?!\w)"), re.IGNORECASE),
        re.compile(fold(rf"^[^\d.;:,]{{0,30}}?(?<!\w)(?:{verbs})(?:{nouns})(?!\w)"), re.IGNORECASE),
        re.compile(fold(rf"(?<!\w)(?:{whole})(?!\w)"), re.IGNORECASE),
    )


# one recruitment round named before a count in its clause ("W I turze rekrutacji przyjmiemy",
# "w pierwszym naborze do projektu zakwalifikuje się"): that round's intake, not the plan
_YEAR_OF_COUNT = re.compile(r"(?<![\d.,/-])(?:19|20)\d\d(?![\d.,/-]\d|\s?[-–—]\s?(?:19|20)?\d\d)")


def _counts_by_year(text: str, counts: list[tuple[int, int, int]]) -> bool:
    """Whether each of two or more counts is tied to a year of its own ("20 osób w 2023 r., 25 osób
    w 2024 r.", "W 2023 r. wsparcie otrzyma 20 osób, a w 2024 r. – 25 osób"): each year's intake,
    not the plan's total. A count's year is the one year between it and the next count (or the
    text's end), or, read the other way, between the count before it (or the text's start) and it."""
    if len(counts) < 2:
        return False
    bounds = [0, *(c[2] for c in counts)], [*(c[1] for c in counts[1:]), len(text)]
    for stretches in (
        [(bounds[0][k], c[1]) for k, c in enumerate(counts)],  # the year before each count
        [(c[2], bounds[1][k]) for k, c in enumerate(counts)],  # the year after each count
    ):
        years = [{m.group() for m in _YEAR_OF_COUNT.finditer(text, a, b)} for a, b in stretches]
        if all(len(y) == 1 for y in years) and len(set().union(*years)) == len(years):
            return True
    return False


_ONE_ROUND_BEFORE = re.compile(
    fold(
        r"(?<!\w)(?:w|we|podczas|do|in|into)\s+(?:[IVX]{1,3}|\d{1,2}\.|pierwsz\w*|drug\w*|trzeci\w*|first|second)\s+"
        r"(?:tur\w*|nabor\w*|naborze|rekrutacj\w*|cykl\w*|grup\w*|round|recruitment|group)(?!\w)[^\d.;:,]{0,45}$"
    ),
    re.IGNORECASE,
)
_ROUND_OF = re.compile(
    fold(
        r"(?<!\w)(?:tur\w*|edycj\w*|etap\w*|cykl\w*|nabor\w*|naborze|modu\w*|rounds?|editions?)\s+$"
    ),
    re.IGNORECASE,
)
# a list going on after a form of support ("w szkoleniach, warsztatach i …", "in trainings and
# workshops"): more than one form
_LIST_GOES_ON = re.compile(
    r"^[^.;:]{0,25}?(?:,|\s(?:i|oraz|and|a\s+także|as\s+well\s+as))\s+\w", re.IGNORECASE
)
_NO_BREAK_TO_END = re.compile(r"[^\d.;:,]{0,60}$")
_LAST_DIGIT = re.compile(r"\d(?=\D*$)")


def _beside_one_activity(
    text: str, every: list[tuple[int, int, int]], kept: list[tuple[int, int, int]]
) -> bool:
    """Whether the counts left in a sentence stand beside one that is a single activity's ("W
    warsztatach weźmie udział 12 osób, a w zajęciach komputerowych 10 osób"): the others are
    further activities' counts unless their clause names the project as the whole."""
    if not kept or len(kept) == len(every):
        return False
    if not any(
        _one_activitys(text, c[1], c[2], *roles.clause_span(text, c[1], c[2])) for c in every
    ):
        return False
    whole = _one_activity_re()[2]
    return not any(whole.search(text, *roles.clause_span(text, c[1], c[2])) for c in kept)


@cache
@case_free_results
def _hired_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """data/vocabulary.yaml count_hired_before (a hiring word right before a count) and
    staff_nouns (the count's noun)."""
    return (
        re.compile(
            fold(rf"(?<!\w)(?:{_vocabulary_alternation('count_hired_before')})\s+(?:\w+\s+)?$"),
            re.IGNORECASE,
        ),
        re.compile(
            fold(rf"[\d\s]+(?:\w+\s+)?(?:{_vocabulary_alternation('staff_nouns')})"), re.IGNORECASE
        ),
    )


def _hired_staff(text: str, start: int, end: int) -> bool:
    """Whether a count is of staff the project hires ("Projekt przewiduje zatrudnienie 4
    opiekunek środowiskowych"), not of its participants ("zatrudnienie 20 osób bezrobotnych" is a
    form of support, and stays).

    >>> _hired_staff("Projekt przewiduje zatrudnienie 4 opiekunek środowiskowych.", 32, 44)
    True
    >>> _hired_staff("Projekt przewiduje zatrudnienie 20 osób bezrobotnych.", 32, 39)
    False
    """
    hired, staff = _hired_res()
    if not hired.search(text, max(0, start - 50), start):
        return False
    return staff.match(text, start, min(len(text), end + 30)) is not None


def _one_activitys(text: str, start: int, end: int, a: int, b: int) -> bool:
    """Whether a count is one form of support's participants, by its clause [a, b): a single
    activity named right before it, after any other figure and with no comma between ("W kursie
    … weźmie udział 8 osób", "wyjazd dla 45 osób"; a list of forms, "szkolenia, warsztaty i
    doradztwo dla 40 osób", is the project's), or the count sent to one after it ("10 osób zostanie
    skierowanych na kurs"), when the clause does not name the project as what the count takes part
    in.

    >>> _one_activitys("W kursie prawa jazdy weźmie udział 8 osób.", 35, 41, 0, 42)
    True
    >>> _one_activitys("W projekcie oraz w kursie weźmie udział 8 osób.", 40, 46, 0, 47)
    False
    """
    nouns, after, whole = _one_activity_re()
    lo = max(a, start - 70)
    digit = _LAST_DIGIT.search(text, lo, start)
    lo = digit.end() if digit else lo
    found = list(nouns.finditer(text, lo, start))
    single = (
        len(found) == 1
        and _NO_BREAK_TO_END.match(text, found[0].end(), start) is not None
        # "W I turze kursu weźmie udział 9 osób, w II turze 11": the rounds of the project's form
        and not _ROUND_OF.search(text, max(a, found[0].start() - 20), found[0].start())
    )
    sent = after.match(text[end:b])
    if sent and _LIST_GOES_ON.match(text[end + sent.end() : b]):
        sent = None  # "40 osób weźmie udział w szkoleniach, warsztatach i doradztwie": the forms
    if not (single or sent):
        return False
    return whole.search(text, a, b) is None


def _vocabulary_alternation(key: str) -> str:
    """data/vocabulary.yaml's patterns under `key` as one alternation of groups."""
    return "|".join(f"(?:{p})" for p in vocabulary()[key])


@cache
def _not_the_plan_more_re() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """data/vocabulary.yaml count_per_unit_before (right before the count), count_caseload and
    count_names_project (anywhere in its clause)."""
    return (
        re.compile(
            fold(rf"(?<!\w)(?:{_vocabulary_alternation('count_per_unit_before')})"), re.IGNORECASE
        ),
        re.compile(fold(rf"(?<!\w)(?:{_vocabulary_alternation('count_caseload')})"), re.IGNORECASE),
        re.compile(
            fold(rf"(?<!\w)(?:{_vocabulary_alternation('count_names_project')})"), re.IGNORECASE
        ),
    )


def _held_for(text: str) -> bool:
    """Whether the unit's only planned cue is "dla N" in a clause told in the past tense: an
    event held or goods handed out for N people ("odbyło się spotkanie dla 15 uczestników",
    "przekazali żywność dla 319 osób"), not the project's planned count.

    >>> _held_for("Odbyły się trzy warsztaty dla 36 osób."), _held_for("Projekt jest dla 40 osób.")
    (True, False)
    >>> _held_for("Projekt, który Ośrodek przygotował dla 12 osób.")
    False
    """
    cues = list(_PLANNED_CUE.finditer(text))
    if not cues or not all(_FOR_COUNT.match(m.group(0)) for m in cues):
        return False
    a, b = roles.clause_span(text, cues[0].start(), cues[0].end())
    if _PREPARED_FOR.search(text, a, cues[0].start()):
        return False  # "projekt, który Ośrodek przygotował dla 12 osób": the project is for them
    return roles.tense(text[a:b], cues[0].start() - a) == "past"


_PREPARED_FOR = re.compile(r"projek\w*|project", re.IGNORECASE)


def _person_counts(u: Unit) -> list[tuple[int, int, int]]:
    out = []
    if _has_number_word(u.text):
        rx = _COUNT_PERSON_RE
    elif _DIGIT.search(u.text):
        rx = _COUNT_PERSON_DIGITS_RE
    else:
        return out  # (the digits' pattern opens with (?=\d): no digit, no match)
    for m in rx.finditer(u.text):
        n = parse_count(m.group("n")) if m.group("n") else parse_numeral_words(m.group("words"))
        if n is None:
            continue
        if _RESULT_SHARE.match(u.text, m.end()):
            continue  # "co najmniej 40 uczestników (80%)": a result indicator, not a head count
        # "w roku 2020 uczestnicy …": a year, not a count ("2022 osoby" after a verb is a count)
        if (
            1900 <= n <= 2100
            and m.group("n")
            and " " not in m.group("n")
            and (_YEAR_CONTEXT.search(u.text, max(0, m.start() - 12), m.start()) or m.start() == 0)
        ):
            continue
        out.append((n, m.start(), m.end()))
    extra = [c for c in _group_size_counts(u.text) if not any(o[1] <= c[1] < o[2] for o in out)]
    return sorted(out + extra, key=lambda c: c[1]) if extra else out


_LABELLED_COUNT = re.compile(
    r"^\s*(?:łącznie\s+|razem\s+|ok\.\s+|co\s+najmniej\s+|min\.\s*|in\s+total\s+)?"
    r"(?P<n>\d{1,3}(?:[ .]\d{3})+|\d{1,6})(?![\d,.]\d)",
    re.IGNORECASE,
)


def _labelled_items(doc: Doc, field_name: str) -> list[tuple[str, Unit]]:
    """The values of list items written as 'label: value' for `field_name`, in document order
    ("- Liczba uczestników: 28" in a bullet list of a project's key facts); `labelled` reads
    only units that are not list items."""
    rx = _label_re(field_name)
    out = []
    for u, lv in zip(doc.units, doc.label_values()):
        if u.is_item and lv is not None and scan.label_is(field_name, lv[0].strip(" -•*#"), rx):
            out.append((u.text[lv[1] :].strip(), u))
    return out


def _labelled_participants(doc: Doc) -> Found | None:
    """'Liczba uczestników: 50', 'Uczestnicy | 75 osób (…)', 'Number of participants | 210',
    also as a list item ('- Liczba uczestników: 28')."""
    for raw, u in labelled(doc, "participants") + _labelled_items(doc, "participants"):
        m = _LABELLED_COUNT.match(raw)
        pair = sex_pair(raw) if m else {}
        if pair and re.match(rf"\s*{m.group('n')}\s*(?:{_WOMEN}|K\b)", raw, re.IGNORECASE):
            # "Uczestnicy: 6 kobiet, 4 mężczyzn": the parts of a total the label does not state
            doc.parts = doc.parts or (pair, u)
            return None
        if m:
            outside = [c for c in doc.person_counts(u) if not _paren_depth(u.text[: c[1]])]
            if len(outside) >= 2:
                # "Uczestnicy: 20 osób bezrobotnych, 10 osób niepełnosprawnych": groups, no total
                parts = _parts_only(u, outside)
                if parts:
                    if doc.parts is None:
                        doc.parts = (parts, u)
                    return None
            summed = _total_after_parts(u, outside)
            if summed is not None:
                # "Grupa docelowa: 10 osób … oraz 5 opiekunów, razem 15 osób": the sum is the total
                return Found(summed, u, 3)
            n = parse_count(m.group("n"))
            if n and not 1900 <= n <= 2100:
                return Found(n, u, 3)
    return None


def extract_participants(doc: Doc) -> dict[str, Found]:
    labelled_total = _labelled_participants(doc)
    if labelled_total is not None:
        # "Liczba uczestników: 50 (30 kobiet, 20 mężczyzn)": the labelled figure is the total
        doc.labelled_total = labelled_total
    out = _extract_participants(doc)
    _additive_group(doc, out)
    _parallel_addressees(doc, out)
    _parallel_group_counts(doc, out)
    _covered_indicator(doc, out)
    if "participants_planned" not in out and "participants_actual" not in out:
        labelled_total = _labelled_participants(doc)
        if labelled_total is not None:
            out["participants_planned"] = labelled_total
    _labelled_plan_beside_actual(doc, out)
    _plan_actual_pair(doc, out)
    _plan_actual_columns(doc, out)
    _sex_columns_total(doc, out)
    _rounds_with_their_sum(doc, out)
    _sum_row_after_parts(doc, out)
    ruled = {key: out[key].value for key in _COUNT_FIELDS.values() if key in out}
    _participants_by_hand_roles(doc, out)
    _participants_by_fitted_roles(doc, out, ruled)
    _status_labelled_actual(doc, out)
    _drop_parts_picked(out)
    _groups_counted_in_intro(doc, out)
    _total_with_its_own_split(doc, out)
    return out


def _total_with_its_own_split(doc: Doc, out: dict[str, Found]) -> None:
    """No count read, but one count of people is followed by its own split in parentheses that
    adds up to it ("aktywizacja 30 osób (18 K, 12 M)"): the page states that total with its parts,
    so it is the planned total (the split then follows it as the breakdown), unless its clause
    reports what took place."""
    if "participants_planned" in out or "participants_actual" in out:
        return
    groups, units = _as_the_plan(doc, _split_after_own_total(doc))
    if not groups:
        return  # none, or one under a heading or lead-in that reports what took place
    u = next(iter(units.values()))
    for m in _PAREN_AFTER_COUNT.finditer(u.text):
        n = parse_count(m.group("n"))
        if not n or _parenthesised_split(u.text, n) != groups:
            continue
        count = next((c for c in doc.person_counts(u) if c[0] == n), None)
        if count is None:
            return  # "10 miejsc (6 K, 4 M)": places, not people
        if _other_person_counts(doc):
            return  # "60 dzieci (35 dz., 25 ch.) oraz 40 rodziców (30 K, 10 M)": groups, each split
        # "12 uczniów (7 K, 5 M) w każdej grupie" (the split masked: a rate after it), "w gminie
        # mieszka 1200 osób (…)": not the plan
        a, _b = roles.clause_span(u.text, count[1], count[2])
        if _not_the_plan(_mask_parenthesised(u.text), count[1], count[2]) or _population_between(
            u.text[a : count[1]]
        ):
            return
        out["participants_planned"] = Found(n, u, 1)
        return


def _other_person_counts(doc: Doc) -> bool:
    """Whether the page (outside parts about another project) holds more than one count followed
    by figures in parentheses ("60 dzieci (35 dz., 25 ch.) oraz 40 rodziców (30 K, 10 M)",
    "20 osób w I edycji (12 K, 8 M) i 20 osób w II edycji (…)": groups, each split, not one
    total)."""
    seen = 0
    for u in doc.units:
        if "(" not in u.text or doc.is_foreign(u):
            continue
        for m in _parens_after_counts(u.text):
            if _DIGIT.search(m.group("inner")):
                seen += 1
                if seen > 1:
                    return True
    return False


@cache
def _counted_groups_re() -> re.Pattern[str]:
    """ "do dwóch grup", "dwie grupy docelowe", "3 kategorie": how many groups a list names."""
    nouns = vocabulary()["breakdown"]["counted_group_nouns"]
    count = rf"\d|{numeral_words_re().pattern}"
    return re.compile(rf"(?<!\w)(?P<k>{count})\s+(?:\w+\s+)?(?:{fold(nouns)})\b", re.IGNORECASE)


def _counted_group_items(doc: Doc, intro: int) -> tuple[dict[str, int], dict[str, Unit]]:
    """The groups of the list after unit `intro` when the intro says how many groups it names
    ("Projekt jest skierowany do dwóch grup osób:", "Wsparcie obejmie trzy grupy docelowe:") and
    that many items follow, each counting one group of people ("– osoby z niepełnosprawnościami –
    będzie to 24 osoby"): {label: count}, the label the item's words before its first dash or
    colon; {} otherwise, or where an item tells who took part or a result."""
    units = doc.units
    m = _counted_groups_re().search(units[intro].text)
    items = [units[k] for k in list_items_after(units, intro)]
    if not m or len(items) < 2 or _round_count(m.group("k").strip()) != len(items):
        return {}, {}
    groups: dict[str, int] = {}
    where: dict[str, Unit] = {}
    for k, it in enumerate(items, start=1):
        counts = doc.person_counts(it)
        if (
            len(counts) != 1
            or doc.is_foreign(it)
            or _ACTUAL_CUE.search(it.text)
            or _RESULT_WORDS.search(it.text)
        ):
            return {}, {}
        body = _item_body(it).strip()
        label = _clean_label(re.split(r"\s[–—-]\s|:", body, maxsplit=1)[0])
        if not label or len(label) > 80 or re.search(rf"(?<!\d){counts[0][0]}(?!\d)", label):
            # "30 osób bezrobotnych – z gminy X": the count opens the item; its group's words
            label = (_item_group(body) or (f"grupa {k}", 0))[0]
        if label in groups:
            label = f"{label} ({k})"
        groups[label], where[label] = counts[0][0], it
    return groups, where


def _counted_group_list(doc: Doc) -> tuple[dict[str, int], dict[str, Unit]]:
    """With no total read: the first list whose intro says how many groups it names
    (_counted_group_items)."""
    for j, u in enumerate(doc.units):
        if u.is_item or doc.is_foreign(u):
            continue
        found = _counted_group_items(doc, j)
        if found[0]:
            return found
    return {}, {}


def _groups_counted_in_intro(doc: Doc, out: dict[str, Found]) -> None:
    """The planned count read from one item of a list whose intro says how many groups it names
    ("Projekt jest skierowany do dwóch grup osób:" / "– … – będzie to 111 osób niesamodzielnych" /
    "– … 30 faktycznych opiekunów"), no unit stating their sum: the count is one group's, not the
    total. The planned count is dropped and the groups are the plan's parts (settled
    conventions: parts without a total)."""
    planned = out.get("participants_planned")
    if planned is None or "participants_actual" in out or doc.parts is not None:
        return
    if not planned.unit.is_item:
        return
    units = doc.units
    first = next(i for i, u in enumerate(units) if u is planned.unit)
    while first > 0 and units[first - 1].is_item:
        first -= 1
    if first == 0:
        return
    groups, _where = _counted_group_items(doc, first - 1)
    total = sum(groups.values())
    if planned.value not in groups.values() or any(
        c[0] == total for u in units for c in doc.person_counts(u)
    ):
        return
    del out["participants_planned"]
    doc.parts = (groups, units[first - 1])
    doc.problems.append(
        f"participants_planned: {planned.value} is one of {len(groups)} groups the page counts in"
        f" a list ({', '.join(str(n) for n in groups.values())}), no total; stored as the"
        " breakdown"
    )


def _drop_parts_picked(out: dict[str, Found]) -> None:
    """A planned or actual count whose every mention in its unit comes right after "w tym" /
    "including" ("osoby w wieku 18–64 lata, w tym 6 osób …"): a part of an unstated total, dropped."""
    for key in ("participants_planned", "participants_actual"):
        found = out.get(key)
        if found is None or not isinstance(found.value, int):
            continue
        text = found.unit.text
        spots = number_spots(text, found.value)
        if spots and all(_part_picked(text, (found.value, a, a)) for a in spots):
            del out[key]


def _labelled_plan_beside_actual(doc: Doc, out: dict[str, Found]) -> None:
    """A report's labelled count beside the actual one it reports elsewhere ("Liczba
    uczestników: 28" in the key facts, "skorzystało 34 uczestników" under the results): the
    labelled figure is the plan. Only another figure, from another unit, than the actual one."""
    actual, labelled_total = out.get("participants_actual"), doc.labelled_total
    if "participants_planned" in out or actual is None or labelled_total is None:
        return
    if labelled_total.unit is not actual.unit and labelled_total.value != actual.value:
        out["participants_planned"] = labelled_total


_COUNT_FIELDS = {"planned": "participants_planned", "actual": "participants_actual"}


@cache
def _plan_actual_columns_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """data/vocabulary.yaml plan_actual_columns: a plan heading cell, an achieved heading cell,
    a participants row's first cell."""
    v = vocabulary()["plan_actual_columns"]
    rows = "|".join(f"(?:{p})" for p in v["row"])
    return (
        re.compile(fold(rf"(?:{v['plan']})(?!\w)"), re.IGNORECASE),
        re.compile(fold(rf"(?:{v['actual']})(?!\w)"), re.IGNORECASE),
        re.compile(fold(rf"\W{{0,3}}(?:{rows})"), re.IGNORECASE),
    )


_CELL_COUNT = re.compile(
    fold(r"(?P<n>\d{1,3}(?: \d{3})?|\d{1,6})(?:\s+(?:os(?:ób|oby|\.)|uczestnik\w*))?\s*\.?")
)


def _column_heads(cells: list[tuple[int, str]]) -> tuple[int, int] | None:
    """The indexes of a heading row's plan cell and its later achieved cell ("Wskaźnik | Plan |
    Wykonanie"), the first cell heading the row labels; None for any other row."""
    plan_re, actual_re, _ = _plan_actual_columns_res()
    if len(cells) < 3 or any(ch.isdigit() for _, c in cells for ch in c):
        return None
    plans = [i for i, (_, c) in enumerate(cells) if i and plan_re.match(c) and len(c.split()) <= 5]
    actuals = [
        i for i, (_, c) in enumerate(cells) if i and actual_re.match(c) and len(c.split()) <= 8
    ]
    if len(plans) != 1 or len(actuals) != 1 or actuals[0] <= plans[0]:
        return None
    return plans[0], actuals[0]


def _plan_actual_columns(doc: Doc, out: dict[str, Found]) -> None:
    """A table headed by a plan column and an achieved one ("Wskaźnik | Plan | Wykonanie (stan
    na koniec projektu)", "… | Wartość docelowa | Wartość osiągnięta") whose first row of the
    people the project covers ("Liczba uczestników | 40 | 43", "Liczba osób … objętych wsparciem
    w programie | 80 | 83") gives both: the plan and the report, each taken where no rule read
    that field; a plan already read that differs from the plan column leaves the table alone."""
    row_re = _plan_actual_columns_res()[2]
    units = doc.units
    for i, head in enumerate(units):
        if not head.is_row or doc.is_foreign(head):
            continue
        heads = _cells(head)
        cols = _column_heads(heads)
        if cols is None:
            continue
        for row in units[i + 1 : i + 12]:
            if not row.is_row:
                break
            cells = _cells(row)
            if len(cells) != len(heads) or not row_re.match(cells[0][1]):
                continue
            plan_m = _CELL_COUNT.fullmatch(cells[cols[0]][1])
            actual_m = _CELL_COUNT.fullmatch(cells[cols[1]][1])
            if not (plan_m and actual_m):
                return
            plan, actual = parse_count(plan_m.group("n")), parse_count(actual_m.group("n"))
            have = out.get("participants_planned")
            if not plan or not actual or (have is not None and have.value != plan):
                return
            out.setdefault("participants_planned", Found(plan, row, 2))
            out.setdefault("participants_actual", Found(actual, row, 2))
            return


@cache
def _sex_columns_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """data/vocabulary.yaml sex_columns: whole heading cells for women, men and their sum."""
    v = vocabulary()["sex_columns"]
    return tuple(  # type: ignore[return-value]
        re.compile(fold(rf"(?:{v[key]})"), re.IGNORECASE) for key in ("women", "men", "total")
    )


def _sex_columns_total(doc: Doc, out: dict[str, Found]) -> None:
    """A table headed "… | Kobiety | Mężczyźni | Ogółem" whose first participants row ("Liczba
    uczestników | 12 | 8 | 20") gives a sum equal to its women and men: that sum is the planned
    total, where no plan was read or the plan read is one of that row's parts."""
    women_re, men_re, total_re = _sex_columns_res()
    row_re = _plan_actual_columns_res()[2]
    units = doc.units
    for i, head in enumerate(units):
        if not head.is_row or doc.is_foreign(head) or any(ch.isdigit() for ch in head.text):
            continue
        heads = [c for _, c in _cells(head)]

        def col(rx: re.Pattern[str], heads: list[str] = heads) -> int | None:
            found = [k for k, c in enumerate(heads) if k and rx.fullmatch(c.strip(" :"))]
            return found[0] if len(found) == 1 else None

        w, m, t = col(women_re), col(men_re), col(total_re)
        if w is None or m is None or t is None:
            continue
        for row in units[i + 1 : i + 12]:
            if not row.is_row:
                break
            cells = [c for _, c in _cells(row)]
            if len(cells) != len(heads) or not row_re.match(cells[0]):
                continue
            nums = [_CELL_COUNT.fullmatch(cells[k]) for k in (w, m, t)]
            if not all(nums):
                return
            women, men, total = (parse_count(n.group("n")) for n in nums if n)
            have = out.get("participants_planned")
            if women is None or men is None or total != women + men:
                return
            if have is None or (have.unit is row and have.value in (women, men)):
                out["participants_planned"] = Found(total, row, 2)
            return


@cache
def _rounds_with_sum_re() -> re.Pattern[str]:
    """data/vocabulary.yaml rounds_with_sum: "2 grupy po 12 osób (razem 24)"."""
    v = vocabulary()["rounds_with_sum"]
    count = rf"\d{{1,2}}|{numeral_words_re().pattern}|two|three|four|five|six"
    persons = r"os(?:ób|oby|\.)|uczestnik\w*|uczestniczek|people|persons|participants"
    return re.compile(
        fold(
            rf"(?<!\w)(?P<k>{count})\s+(?:{v['nouns']})\s*,?\s*(?:po|of|każda\s+po)\s+"
            rf"(?P<m>\d{{1,3}})\s+(?:{persons})[^.;\d]{{0,20}}?(?:{v['sum']})\s*[:–—-]?\s*"
            r"(?P<t>\d{1,4})(?![\d,.]\d)"
        ),
        re.IGNORECASE,
    )


_ROUNDS_GATE = re.compile(r"(?:po|of)\s+\d", re.IGNORECASE)


def _rounds_with_their_sum(doc: Doc, out: dict[str, Found]) -> None:
    """k groups or rounds of one size followed by their sum ("Zajęcia w 2 grupach po 12 osób
    (razem 24)", "trzy edycje po 15 uczestników, łącznie 45"): the sum is the planned total,
    where no plan was read or the plan read is the one group's size from that sentence."""
    have = out.get("participants_planned")
    # every match holds "po"/"of" right before the group's size in digits: only units where
    # _ROUNDS_GATE finds that are searched (exact: the gate is a part of every match)
    digits = scan.index(doc).units_matching(_DIGIT)  # = _DIGIT.search(u.text), see scan
    for i, u in enumerate(doc.units):
        if i not in digits or not _ROUNDS_GATE.search(u.text):
            continue
        m = _rounds_with_sum_re().search(u.text)
        if not m or doc.is_foreign(u):
            continue
        k, size, total = _round_count(m.group("k").strip()), int(m.group("m")), int(m.group("t"))
        if not k or k * size != total:
            continue
        if have is None or (have.unit is u and have.value == size):
            out["participants_planned"] = Found(total, u, 2)
        return


@cache
def _status_label_re() -> re.Pattern[str]:
    """A participants label with its report status in brackets, then its count (data/vocabulary.yaml
    plan_actual_columns row, status_label_actual)."""
    v = vocabulary()
    end = r"\s*$"
    rows = "|".join(f"(?:{p.removesuffix(end)})" for p in v["plan_actual_columns"]["row"])
    return re.compile(
        fold(rf"^\W{{0,3}}(?:{rows})\s*{v['status_label_actual']}\s*[:|–—-]\s*")
        + _CELL_COUNT.pattern
        + r"\s*$",
        re.IGNORECASE,
    )


def _status_labelled_actual(doc: Doc, out: dict[str, Found]) -> None:
    """A count labelled with its report status ("Liczba osób objętych wsparciem (stan na koniec
    projektu): 61", "Liczba uczestników (wykonanie) – 43"): the actual count, not the plan (a
    plan read from that same line is dropped)."""
    if "participants_actual" in out:
        return
    for u in doc.units:
        m = _status_label_re().match(u.text)
        if not m or doc.is_foreign(u):
            continue
        n = parse_count(m.group("n"))
        if not n or 1900 <= n <= 2100:
            continue
        out["participants_actual"] = Found(n, u, 2)
        have = out.get("participants_planned")
        if have is not None and have.unit.start <= u.start < have.unit.end:
            del out["participants_planned"]
            plan = _plan_labelled_count(doc, u)
            if plan is not None:
                out["participants_planned"] = plan
        return


_PLAN_LABEL = re.compile(fold(r"^\W{0,3}(?:planowan|zakładan|przewidywan|docelow)\w*\s"), re.I)


def _plan_labelled_count(doc: Doc, besides: Unit) -> Found | None:
    """The count of a participants label that names the plan ("Planowana liczba uczestników: 30
    osób"), on another line than `besides`; None when there is none or several differ."""
    found = {
        parse_count(m.group("n")): u
        for raw, u in labelled(doc, "participants")
        if u is not besides and _PLAN_LABEL.match(u.text) and (m := _LABELLED_COUNT.match(raw))
    }
    found.pop(None, None)
    if len(found) != 1:
        return None
    value, u = next(iter(found.items()))
    return Found(value, u, 2)


@cache
def _sum_row_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """data/vocabulary.yaml sum_row: a line that opens with a sum word and gives one figure, a
    part's line that ends in its figure, and the words that say the figures are of persons."""
    vocab = vocabulary()["sum_row"]
    figure = r"(?P<n>\d{1,3}(?: \d{3})?|\d{1,5})(?![\d,.]\d)"
    tail = rf"(?:\s+(?:{vocab['persons']})\w*\.?)?\s*[.;,]?\s*$"
    return (
        re.compile(fold(rf"^\W{{0,3}}(?:{vocab['sum_words']})\s*[:|–—-]?\s*{figure}{tail}"), re.I),
        re.compile(
            fold(
                rf"(?:^\W{{0,3}}|[:|–—-]\s*|\s){figure}{tail}|^\W{{0,3}}{figure.replace('?P<n>', '?P<n2>')}\s"
            ),
            re.I,
        ),
        re.compile(fold(rf"(?<!\w)(?:{vocab['persons']})"), re.IGNORECASE),
    )


def _sum_row_after_parts(doc: Doc, out: dict[str, Found]) -> None:
    """No rule read a planned total, and a line opening with a sum word ("Razem: 15 osób",
    "Ogółem – 16", "Razem | 20") follows a run of two or more lines, each giving one part's
    figure ("- 10 osób z niepełnosprawnościami", "kobiety – 12", "Mężczyźni | 8"), that add up to
    it: the sum is the planned total. The figures must be of persons (a person word in the sum's
    line, the parts or the heading over them) and no line of the run tells a report."""
    if "participants_planned" in out or "participants_actual" in out:
        return
    sum_re, part_re, persons_re = _sum_row_res()
    for i, u in enumerate(doc.units):
        m = sum_re.match(u.text)
        if not m or doc.is_foreign(u):
            continue
        total, parts, k = int(m.group("n").replace(" ", "")), [], i - 1
        while k >= 0 and len(parts) < 8:
            pm = part_re.search(doc.units[k].text)
            if not pm or len(_DIGIT_RUN.findall(doc.units[k].text)) != 1:
                break
            parts.append(int((pm.group("n") or pm.group("n2") or "0").replace(" ", "")))
            k -= 1
        if len(parts) < 2 or sum(parts) != total:
            continue
        lines = [w.text for w in doc.units[max(0, k) : i + 1]]
        if not any(persons_re.search(t) for t in lines) or any(
            _ACTUAL_CUE.search(t) for t in lines
        ):
            continue
        if doc.parts is None:
            # the parts the breakdown rules read without a total are the total's split
            groups, where = _extract_breakdown(doc, None)
            if groups and sum(groups.values()) == total:
                doc.parts = (groups, next(iter(where.values())))
        out["participants_planned"] = Found(total, u, 2)
        return


_DIGIT_RUN = re.compile(r"\d+(?:[ ,.]\d+)*")


@cache
def _plan_actual_pair_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """data/vocabulary.yaml plan_actual_pair: the pair in either order, and the persons' words."""
    vocab = vocabulary()["plan_actual_pair"]
    sep = r"\s*[:–—-]?\s*"
    plan = rf"(?:{vocab['plan']}){sep}(?P<p>\d{{1,5}})(?:\s+(?:{vocab['persons']}))?"
    actual = rf"(?:{vocab['actual']}){sep}(?P<a>\d{{1,5}})(?:\s+(?:{vocab['persons']}))?"
    gap = r"\s*[,;/]\s*(?:(?:a|oraz|i)\s+)?"
    end = r"(?![\d,.]\d|\s*(?:%|proc))"
    pair = rf"(?<!\w)(?:{plan}{gap}{actual}|{actual.replace('?P<a>', '?P<a2>')}{gap}"
    pair += rf"{plan.replace('?P<p>', '?P<p2>')}){end}"
    return (
        re.compile(fold(pair), re.IGNORECASE),
        re.compile(fold(rf"(?<!\w)(?:{vocab['persons']})"), re.IGNORECASE),
    )


def _plan_actual_pair(doc: Doc, out: dict[str, Found]) -> None:
    """A row or sentence of persons that gives the planned and the achieved count side by side
    ("Liczba uczestników: planowana – 50, zrekrutowana – 48", "planowana 30, faktyczna 32"): the
    first is the plan, the second the report; each taken where no rule read that field. One
    such pair on the page only (two that differ give none)."""
    pair_re, persons_re = _plan_actual_pair_res()
    pairs = set()
    where = None
    for u in doc.units:
        if doc.is_foreign(u) or not _DIGIT.search(u.text):
            continue
        for m in pair_re.finditer(u.text):
            if not persons_re.search(u.text, 0, m.end()):
                continue
            planned, actual = int(m.group("p") or m.group("p2")), int(m.group("a") or m.group("a2"))
            if planned and actual and planned != actual:
                pairs.add((planned, actual))
                where = u
    if len(pairs) != 1 or where is None:
        return
    planned, actual = pairs.pop()
    out.setdefault("participants_planned", Found(planned, where, 2))
    out.setdefault("participants_actual", Found(actual, where))


# the plan named beside what took place, in a final report ("zakładano objęcie wsparciem 60 osób,
# a objęto 64", "udział wzięło 52 uczestników, przy planowanych 50")
_PLAN_BESIDE = re.compile(
    fold(
        r"\b(?:zakładan\w*|zakładał\w*|założon\w*|planowan\w*|zaplanowan\w*|planowało|"
        r"przewidywan\w*|przewidzian\w*|przewidywał\w*|docelow\w*)\b"
    )
    + r"|\b(?:planned|targeted|expected)\b",
    re.IGNORECASE,
)


_SEP_THEN_DIGIT = re.compile(r"\s*[:–—-]?\s*(?=\d)")
# a figure with no noun after it: its digits, then the end of the clause ("zrekrutowano 30.",
# "planowano 40, a …"), not a percentage, an amount, a year or a date
_BARE_COUNT = re.compile(
    r"(?<![\d,.])(\d{1,5})(?![\d,.]\d)(?=\s*(?:[.,;)]|$|\s+(?:a|i|oraz|przy)\s))"
)


def _figure_after_cue(text: str, end: int) -> int:
    """Where the figure a cue ending at `end` governs starts: the cue's own last digit or the
    digit after its spaces; -1 when none follows."""
    if end and text[end - 1].isdigit():
        return end - 1
    m = _SEP_THEN_DIGIT.match(text, end)
    return m.end() if m else -1


def _bare_count_at(text: str, start: int) -> int | None:
    """The figure that starts at `start` when no noun follows it (the clause ends there), else
    None (a person count, "30 %", "30 tys. zł", a year)."""
    if start < 0 or start >= len(text) or not text[start].isdigit():
        return None
    m = _BARE_COUNT.match(text, start)
    if not m:
        return None
    n = int(m.group(1))
    return n if n and not 1900 <= n <= 2100 else None


def _plan_beside_report(
    text: str, counts: list[tuple[int, int, int]], actual: tuple[int, int, int]
) -> int | None:
    """The planned count in a sentence that reports the actual one: the first count after a word
    of the plan ("zakładano", "planowanych") with no other count between, when it is another
    count than the actual one; None otherwise (one count only, a subset "w tym")."""
    # ("… 40 osób (25 kobiet i 15 mężczyzn), a udział wzięły 42 osoby (…)": each count's own split
    # in parentheses is no third count)
    counts = [c for c in counts if c is actual or not _paren_depth(text[: c[1]])]
    if len(counts) == 1 and "w tym" not in text.lower():
        # "Projektem objęto 45 osób, choć planowano 40": the plan's figure without its noun
        for m in _PLAN_BESIDE.finditer(text, actual[2]):
            sep = _SEP_THEN_DIGIT.match(text, m.end())
            n = _bare_count_at(text, sep.end()) if sep else None
            if n is not None and n != actual[0]:
                return n
        return None
    if len(counts) != 2 or "w tym" in text.lower():
        return None
    for m in _PLAN_BESIDE.finditer(text):
        after = [c for c in counts if c[1] >= m.end()]
        if not after or after[0] is actual or after[0][0] == actual[0]:
            continue
        c = after[0]
        if c[1] - m.end() > 60:
            continue
        return c[0]
    return None


# "Planowana liczba dzieci objętych wsparciem: 30", "Liczba rodziców | 20": one group's count on a
# row or sentence of its own
_GROUP_COUNT_LINE = re.compile(
    fold(
        r"^\W{0,3}(?:(?:planowan|docelow|zakładan)\w*\s+)?liczb\w*\s+(?:(?:planowan|docelow)\w*\s+)?"
        r"(?P<group>[^\W\d][^\d:|–—\n]{1,120}?)\s*(?:\||:|\s[–—-])\s*(?:ok\.\s*)?(?P<n>\d{1,5})"
        r"(?:\s+(?:os(?:ób|oby)?\.?|[^\W\d]+))?\s*[.;]?\s*$"
    ),
    re.IGNORECASE,
)
# what makes a count line an indicator of results, not a group of the plan
_OUTCOME_LINE = re.compile(
    fold(r"któr\w+|opuszcz\w*|pracując\w*|poszukując\w*|\bpo\s+zakończeni\w*|\bw\s+tym\b"),
    re.IGNORECASE,
)


@cache
@case_free_results
def _group_heads_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """data/vocabulary.yaml breakdown: generic person heads, the surroundings' word."""
    vocab = vocabulary()["breakdown"]
    return (
        re.compile(fold(rf"^(?:{vocab['generic_person_heads']})$"), re.IGNORECASE),
        re.compile(fold(rf"(?<!\w)(?:{vocab['surroundings']})"), re.IGNORECASE),
    )


def _parallel_group_counts(doc: Doc, out: dict[str, Found]) -> None:
    """No sentence states a planned or actual count, and two or more rows or sentences in a run
    each count one group of the plan by a label of its own ("Planowana liczba dzieci objętych
    wsparciem: 30." / "Planowana liczba rodziców objętych wsparciem: 20."; "Liczba osób
    zagrożonych wykluczeniem | 80" / "Liczba osób z otoczenia | 40"): the groups are the plan's
    parts and no total is stated. The groups must be named by different person nouns (two counts
    of "osób" are groups only when one is of the surroundings: "Liczba osób z
    niepełnosprawnościami" beside "Liczba osób …" is a subset), and no label a sex or a result.
    Two such runs that differ give none."""
    if "participants_planned" in out or "participants_actual" in out or doc.parts is not None:
        return
    generic, surroundings = _group_heads_res()
    runs: list[tuple[dict[str, int], Unit]] = []
    run: list[tuple[str, int, Unit]] = []
    for u in [*doc.units, None]:
        m = None
        if u is not None and "liczb" in u.text.lower() and _DIGIT.search(u.text):
            if not doc.is_foreign(u) and _usable_for_plan(doc, u):
                m = _GROUP_COUNT_LINE.match(compact(u.text))
        if m:
            group = _clean_label(m.group("group").strip(" ,"))
            n = parse_count(m.group("n"))
            ok = (
                group
                and n
                and _person_head_re().match(group)
                and not _SEX_LABEL.search(group)
                and not _OUTCOME_LINE.search(group)
            )
            if ok:
                run.append((group, n, u))
                continue
        if len(run) >= 2:
            heads = [g.split()[0].lower() for g, _n, _u in run]
            apart = len(set(heads)) == len(heads) and not any(generic.match(h) for h in heads)
            around = (
                len(run) == 2
                and all(generic.match(h) for h in heads)
                and sum(bool(surroundings.search(g)) for g, _n, _u in run) == 1
            )
            if apart or around:
                runs.append(({g: n for g, n, _u in run}, run[0][2]))
        run = []
    if not runs or any(sorted(g.values()) != sorted(runs[0][0].values()) for g, _u in runs):
        return
    groups, u = runs[0]
    doc.parts = (groups, u)
    doc.problems.append(
        "participants_planned: groups of "
        f"{', '.join(str(n) for n in groups.values())} counted on lines of their own, no total; "
        "stored as the breakdown"
    )


@cache
def _covered_indicator_re() -> re.Pattern[str]:
    """data/vocabulary.yaml covered_indicator, each followed by its count."""
    heads = _vocabulary_alternation("covered_indicator")
    return re.compile(
        fold(rf"(?:{heads})(?:ok\.\s*)?(?P<n>\d{{1,3}}(?: \d{{3}})?|\d{{1,6}})(?![\d,.]\d|\s*%)"),
        re.IGNORECASE,
    )


def _covered_indicator(doc: Doc, out: dict[str, Found]) -> None:
    """No sentence states a planned or actual count and the page gives an indicator of the people
    the project covers ("Liczba osób zagrożonych … objętych wsparciem w programie – 60 os.",
    "Number of people … covered by support in the programme: 75"): that count is the planned
    one, when the page gives one such value only."""
    if "participants_planned" in out or "participants_actual" in out or doc.parts is not None:
        return
    found: list[Found] = []
    for u in doc.units:
        if doc.is_foreign(u) or not _DIGIT.search(u.text):
            continue
        for m in _covered_indicator_re().finditer(u.text):
            n = parse_count(m.group("n"))
            if n and not 1900 <= n <= 2100:
                found.append(Found(n, u, 1))
    if len({f.value for f in found}) == 1:
        out["participants_planned"] = found[0]
        doc.problems.append(
            f"participants_planned: {found[0].value} read from an indicator of the people covered"
        )


@cache
def _additive_start() -> re.Pattern[str]:
    """data/vocabulary.yaml additive_group_start: a sentence that opens by adding a group."""
    words = _vocabulary_alternation("additive_group_start")
    return re.compile(fold(rf"^\W{{0,3}}(?:{words})\b"), re.IGNORECASE)


@cache
def _additive_inside() -> re.Pattern[str]:
    """data/vocabulary.yaml additive_group_inside: an adding word before a count inside a sentence."""
    words = _vocabulary_alternation("additive_group_inside")
    return re.compile(fold(rf"^\W{{0,3}}(?:{words})"), re.IGNORECASE)


def _named_group(text: str, value: int) -> bool:
    """Whether the count `value` in `text` names a group by more than a bare person noun ("20 osób
    niesamodzielnych", not "40 osób" or "40 uczestników projektu")."""
    for m in re.finditer(rf"(?<![\d,.]){value}(?![\d,.]\d)\s+", text):
        label = _whole_label(text, m.start(), m.end() - 1).lower().split()
        if not label:
            continue
        if not _BARE_PERSON_LABEL.fullmatch(label[0]):
            return True  # "20 seniorów", "15 dzieci"
        return len(label) >= 2 and label[1] not in {"projektu", "project", "ogółem", "łącznie"}
    return False


# the preposition right before the planned count ("skierowano do 60 osób", "dla 20 osób")
_ADDRESSEE_PREP = re.compile(r"(?<!\w)(do|dla)\s+(?:\w+\s+)?$", re.IGNORECASE)
# the same preposition again after a conjunction, before further groups ("… oraz do 6 matek …")
_ADDRESSEE_MORE = re.compile(
    r"[^.;:\d]{0,80}?\s(?:oraz|i|a\s+także)\s+(?P<prep>do|dla)\s+(?P<rest>[^.;]*)", re.IGNORECASE
)


@cache
def _addressee_count_re() -> re.Pattern[str]:
    nouns = vocabulary()["breakdown"]["addressee_nouns"]
    return re.compile(
        rf"(?<![\d,.])(?P<n>\d{{1,5}})\s+(?:[^\W\d]+\s+)?(?P<noun>{_PERSON}|{fold(nouns)})(?!\w)",
        re.IGNORECASE,
    )


def _addressee_groups(doc: Doc, u: Unit) -> dict[str, int]:
    """The groups a sentence addresses with one preposition repeated ("Projekt skierowano do 60
    osób bezdomnych z Gminy Police oraz do 6 matek z 10 małoletnimi dziećmi"): the first count,
    of a named group, and the counted groups after the repeated "do"/"dla" (data/vocabulary.yaml
    breakdown.addressee_nouns beside the counted persons' nouns); {} otherwise, or where the
    sentence tells who took part, a result, a subset or a sum."""
    text = u.text
    own = doc.person_counts(u)
    if u.is_item or u.is_row or doc.is_foreign(u) or len(own) != 1:
        return {}
    n0, s0, e0 = own[0]
    m0 = _ADDRESSEE_PREP.search(text[:s0])
    more = _ADDRESSEE_MORE.match(text, _WORD_REST.match(text, e0).end())
    if (
        not m0
        or not more
        or more.group("prep").lower() != m0.group(1).lower()
        or not _named_group(text, n0)
        or any(rx.search(text) for rx in (_ACTUAL_CUE, _RESULT_WORDS, _AMONG_THEM, _SUM_OF_PARTS))
    ):
        return {}
    further = [
        (m.group("noun"), int(m.group("n")))
        for m in _addressee_count_re().finditer(more.group("rest"))
    ]
    if not further:
        return {}
    tail = _label_tail(text[_WORD_REST.match(text, e0).end() : e0 + 80].split())
    label = _clean_label(" ".join(text[s0:e0].split()[1:] + tail)) or "grupa 1"
    groups: dict[str, int] = {label: n0}
    for noun, n in further:
        groups[noun if noun not in groups else f"{noun} ({len(groups) + 1})"] = n
    return groups


def _addressee_split(doc: Doc, planned: Found) -> tuple[dict[str, int], dict[str, Unit]]:
    """The groups one sentence addresses (_addressee_groups) that make the planned total read
    elsewhere ("… do 30 osób bezrobotnych oraz do 5 matek z 8 dziećmi. Łącznie wsparcie
    otrzymają 43 osoby."); none when two sentences give different ones."""
    found = [
        (g, u)
        for u in doc.units
        if (g := _addressee_groups(doc, u)) and sum(g.values()) == planned.value
    ]
    if len(found) != 1:
        return {}, {}
    groups, u = found[0]
    return groups, {label: u for label in groups}


def _parallel_addressees(doc: Doc, out: dict[str, Found]) -> None:
    """A planned count of a named group followed, in its sentence, by the same preposition again
    before further counted groups (_addressee_groups): the counts are the plan's groups and no
    total is stated (settled conventions: the parts, total null) unless a unit states their sum."""
    planned = out.get("participants_planned")
    if planned is None or "participants_actual" in out or doc.parts is not None:
        return
    groups = _addressee_groups(doc, planned.unit)
    if not groups or next(iter(groups.values())) != planned.value:
        return
    whole = sum(groups.values())
    if any(c[0] == whole for x in doc.units for c in doc.person_counts(x)):
        return
    doc.parts = (groups, planned.unit)
    del out["participants_planned"]
    doc.problems.append(
        f"participants_planned: {planned.value} and further groups of "
        f"{', '.join(str(n) for n in list(groups.values())[1:])} addressed in the same sentence,"
        " no total; stored as the breakdown"
    )


def _additive_group(doc: Doc, out: dict[str, Found]) -> None:
    """A planned count followed by a sentence that adds a further group of people or two or three
    ("… 92 osób niesamodzielnych. Ponadto udział 30 osób z ich otoczenia.", "… dla 20 osób.
    Dodatkowo usługi dla 15 osób starszych i dla 10 osób niepełnosprawnych."): the counts are
    the plan's groups, and no total is stated (settled conventions: the parts, total null) unless
    the page states their sum somewhere."""
    planned = out.get("participants_planned")
    if planned is None or "participants_actual" in out:
        return
    u = planned.unit
    i = next((k for k, x in enumerate(doc.units) if x is u), None)
    if i is None or i + 1 >= len(doc.units) or u.is_item or u.is_row:
        return
    nxt = doc.units[i + 1]
    if doc.parts is not None and doc.parts[1] is not nxt:
        return  # the parts read elsewhere stand; those of the next sentence are its groups
    if nxt.is_item or nxt.is_row or doc.is_foreign(nxt):
        return
    if not _additive_start().search(nxt.text) and not (
        # "… dla 20 osób niesamodzielnych. Projekt przewiduje też usługi dla 15 osób starszych":
        # the adding word inside the next sentence adds a group only beside a named group (after
        # "Projekt obejmie 40 osób" it may name a part of the 40)
        _additive_inside().search(nxt.text) and _named_group(u.text, planned.value)
    ):
        return
    if _ACTUAL_CUE.search(nxt.text) or _RESULT_WORDS.search(nxt.text):
        return
    own, more = doc.person_counts(u), doc.person_counts(nxt)
    if len(own) != 1 or own[0][0] != planned.value:
        return  # several counts may already be a total and its parts
    if _SUM_OF_PARTS.search(u.text) or _SUM_OF_PARTS.search(nxt.text):
        return
    further = doc.parts[0] if doc.parts is not None else _further_groups(nxt, more)
    if (
        not further
        or sum(further.values()) == planned.value
        or any(_SEX_LABEL.match(k) for k in further)
    ):
        return  # the planned count's own parts (its sexes, its groups), not further groups
    whole = planned.value + sum(further.values())
    if any(n == whole for x in doc.units for n, _s, _e in doc.person_counts(x)):
        return  # "… łącznie 122 osoby" elsewhere: the page states the total
    n, start, end = own[0]
    label = _clean_label(
        " ".join(u.text[start:end].split()[1:] + u.text[end : end + 40].split()[:2])
    )
    groups: dict[str, int] = {label or "grupa 1": n}
    for name, m in further.items():
        groups[name if name not in groups else f"grupa {len(groups) + 1}"] = m
    doc.parts = (groups, u)
    del out["participants_planned"]
    doc.problems.append(
        f"participants_planned: {planned.value} and further groups of "
        f"{', '.join(str(v) for v in further.values())} stated apart, no total; stored as the breakdown"
    )


_SEX_LABEL = re.compile(fold(r"kobiet\w*|kob\.|women|mężczy[zź]n\w*|mężcz\.|men"), re.IGNORECASE)


# a group named after an adding word and counted in the parentheses or after the dash that follow
# ("… także ich opiekunowie faktyczni (15 osób)", "… także wsparcie dla opiekunów – 10 osób")
_NAMED_BEFORE_PARENS = re.compile(
    fold(
        r"(?:także|również|też)\s+(?:(?:[^\W\d]+\s+)?dla\s+)?"
        r"(?P<name>(?:[^\W\d]+\s+){0,3}[^\W\d]+)\s*(?:\(|\s[–—-])\s*$"
    ),
    re.IGNORECASE,
)


def _further_groups(u: Unit, more: list[tuple[int, int, int]]) -> dict[str, int]:
    """The groups a sentence adds: its one count ({label: n}), or two or three joined as separate
    groups (`_parts_only`); {} for none, a count of something else or a total with its parts."""
    if len(more) == 1:
        n, start, end = more[0]
        if roles.counts_something_else(u.text[start:end]):
            return {}
        named = _NAMED_BEFORE_PARENS.search(u.text, 0, start)
        if named:  # "… także ich opiekunowie faktyczni (15 osób)": the name before the count
            return {_POSSESSIVE_LEAD.sub("", _clean_label(named.group("name"))) or "grupa 2": n}
        label = _clean_label(
            " ".join(u.text[start:end].split()[1:] + u.text[end : end + 40].split()[:2])
        )
        return {label or "grupa 2": n}
    if not 2 <= len(more) <= 3 or any(
        roles.counts_something_else(u.text[c[1] : c[2]]) for c in more
    ):
        return {}
    return _parts_only(u, more)


@cache
def _family_noun_re() -> re.Pattern[str]:
    """data/vocabulary.yaml family_count_nouns, right after a count."""
    nouns = _vocabulary_alternation("family_count_nouns")
    return re.compile(fold(rf"[\d ]+\s+(?:\w+\s+)?(?:{nouns})"), re.IGNORECASE)


# between a count of families and the persons in them: "(", "tj.", "czyli", "łącznie", a dash
_PERSONS_OF_FAMILIES_JOIN = re.compile(
    fold(
        r"^[^\d.;]{0,40}?(?:\(|\btj\.|\bczyli|\bto\s+jest|\błącznie|\brazem|\bi\.e\.|\bin\s+total|[–—-])"
        r"\s*(?:ok\.|około|about|around|approx\.|approximately|roughly|ca\.)?\s*$"
    ),
    re.IGNORECASE,
)


# "16 rodzin dotkniętych ubóstwem, w których jest łącznie 80 osób": a relative clause of the
# families saying how many persons they hold
_PERSONS_IN_WHICH = re.compile(
    fold(
        r"^[^\d.;]{0,80}?,\s*w\s+których\s+(?:(?:jest|są|mieszka|mieszkają|żyje|żyją|przebywa)\s+)?"
        r"(?:łącznie|razem|w\s+sumie|ogółem)?\s*$"
    ),
    re.IGNORECASE,
)


def _persons_of_families(
    text: str, counts: list[tuple[int, int, int]], pick: tuple[int, int, int]
) -> tuple[int, int, int]:
    """The persons in the families a count names, when the clause goes on with them ("20 rodzin
    (60 osób)", "15 rodzin, tj. 45 osób"): that count; else `pick`.

    >>> _persons_of_families("obejmie 20 rodzin (60 osób)", [(20, 8, 17), (60, 19, 26)], (20, 8, 17))
    (60, 19, 26)
    >>> _persons_of_families("obejmie 60 osób z 20 rodzin", [(60, 8, 15), (20, 18, 27)], (60, 8, 15))
    (60, 8, 15)
    """
    if not _family_noun_re().match(text, pick[1], pick[2]):
        return pick
    later = [c for c in counts if c[1] >= pick[2]]
    if not later:
        return pick
    nxt = later[0]
    if nxt[0] <= pick[0] or _family_noun_re().match(text, nxt[1], nxt[2]):
        return pick
    between = text[pick[2] : nxt[1]]
    joined = _PERSONS_OF_FAMILIES_JOIN.match(between) or _PERSONS_IN_WHICH.match(between)
    return nxt if joined else pick


def _amount_candidates(doc: Doc) -> list[roles.Candidate]:
    """roles.amount_candidates of the document's units, read once per document (the budget's
    rules ask up to four times; each caller gets its own list)."""
    if doc._amount_cands is None:
        doc._amount_cands = [
            c
            for c in roles.amount_candidates(doc.units, doc.is_foreign)
            if not _money_of_several_projects(doc, c.index)
            and not _amount_rate_after_re().match(c.after)
        ]
    return list(doc._amount_cands)


def _participant_candidates(doc: Doc) -> list[roles.Candidate]:
    """The role scorers' person counts, less those that their own clause shows are not the
    project's participants (a promotion's reach, a rate: `_not_the_plan`). Read once per document
    (three rules ask; each gets its own list, which it may sort)."""
    if doc._participant_cands is None:
        cands = roles.count_candidates(
            doc.units, doc.is_foreign, doc.person_counts, doc.label_values()
        )
        doc._participant_cands = [
            c
            for c in cands
            if c.anchored
            or not (
                _not_the_plan(doc.units[c.index].text, c.start, c.end)
                or _hired_staff(doc.units[c.index].text, c.start, c.end)
                # "Do drugiej grupy zakwalifikowanych zostanie 12 uczestników": one round's intake
                or _ONE_ROUND_BEFORE.search(doc.units[c.index].text, max(0, c.start - 60), c.start)
                or _sums_several_projects(doc, c.index)
            )
        ]
    return list(doc._participant_cands)


@cache
def _several_projects_re() -> tuple[re.Pattern[str], ...]:
    """data/vocabulary.yaml several_projects (a sentence counting projects or contracts),
    sum_of_several (the next sentence's words that add them up), several_projects_subject
    (several projects as a sentence's subject) and own_project_named (one project named)."""
    return (
        re.compile(
            fold(rf"(?<![\d,.])(?:{_vocabulary_alternation('several_projects')})"), re.IGNORECASE
        ),
        re.compile(
            fold(rf"(?<!\w)(?:{_vocabulary_alternation('sum_of_several')})(?!\w)"), re.IGNORECASE
        ),
        re.compile(
            fold(rf"(?<!\w)(?:{_vocabulary_alternation('several_projects_subject')})(?!\w)"),
            re.IGNORECASE,
        ),
        re.compile(
            fold(rf"(?<!\w)(?:{_vocabulary_alternation('own_project_named')})"), re.IGNORECASE
        ),
    )


def _sums_several_projects(doc: Doc, i: int) -> bool:
    """Whether unit `i` adds up what several projects do, after a sentence of its paragraph that
    counts them ("Zarząd wybrał 14 projektów. Wsparcie otrzyma łącznie 1240 osób.", "… umowy z 9
    gminami … Dzięki nim pomoc trafi do 700 mieszkańców"), or after one whose subject is several
    projects when it names none of its own: a call's, a region's or the projects' total."""
    if i == 0 or doc.units[i - 1].paragraph != doc.units[i].paragraph:
        return False
    several, summed, subject, own = _several_projects_re()
    text, prev = doc.units[i].text, doc.units[i - 1].text
    if summed.search(text) and several.search(prev):
        return True
    # "Projekty mają aktywizować mieszkańców obu gmin. Wsparciem zostanie objętych 41 osób."
    return bool(subject.search(prev)) and not own.search(text)


@cache
def _sum_of_several_amounts_re() -> re.Pattern[str]:
    return re.compile(
        fold(rf"(?<!\w)(?:{_vocabulary_alternation('sum_of_several_amounts')})(?!\w)"),
        re.IGNORECASE,
    )


def _money_of_several_projects(doc: Doc, i: int) -> bool:
    """Whether the amounts of unit `i` are summed over several projects: the unit adds up
    ("Ich łączna wartość …", "… z tej kwoty", "8 z nich otrzymało …") what its own sentence or the
    sentence before counts ("26 inicjatyw", "21 wniosków"), and names no
    project of its own."""
    several, _, _, own = _several_projects_re()
    text = doc.units[i].text
    if own.search(text) or not _sum_of_several_amounts_re().search(text):
        return False
    if several.search(text):
        return True
    # the sum words point back ("ich", "z tej kwoty"): the sentence before, even across a break
    return i > 0 and bool(several.search(doc.units[i - 1].text))


def _participants_by_fitted_roles(doc: Doc, out: dict[str, Found], ruled: dict[str, Any]) -> None:
    """The fitted role scorer first (as `_budget_by_fitted_roles` for amounts): every person
    count of the page scored as planned and actual, the cue rules' value a feature; a count whose
    share clearly wins is the field's figure, else the rules' decision stands."""
    cands = _participant_candidates(doc)
    if not cands:
        return
    fitted = roles.fitted_weights()
    rule = fitted["decision"]["count"]
    features = [roles.count_features(doc.units, c, doc.main, cands) for c in cands]
    for role, key in _COUNT_FIELDS.items():
        said = ruled.get(key)
        chosen = roles.fitted_choice(
            cands,
            features,
            role,
            fitted["count"][role],
            rule,
            lambda v: said is not None and v == said,
        )
        if chosen is None and key in out:
            share = roles.fitted_share(
                cands,
                features,
                role,
                fitted["count"][role],
                lambda v: said is not None and v == said,
                out[key].value,
            )
            _drop_doubted(doc, out, key, share, rule)
            continue
        if chosen is None or (key in out and out[key].value == chosen.value):
            continue
        if key not in out and role == "planned" and _is_a_part(doc, chosen.value, chosen.index):
            continue  # a count the rules read as one of the plan's groups is not its total
        before = out.get(key)
        doc.problems.append(
            f"{key}: {chosen.value} chosen by fitted role scores"
            + (f" over {before.value} read by the cue rules" if before is not None else "")
        )
        out[key] = Found(int(chosen.value), doc.units[chosen.index], 1)


def _is_a_part(doc: Doc, value: float, index: int) -> bool:
    """Whether a count is one of the groups the rules read as the plan's parts (doc.parts)."""
    if doc.parts is None:
        return False
    groups, unit = doc.parts
    return value in groups.values() and (
        doc.units[index] is unit or unit.paragraph == doc.units[index].paragraph
    )


def _participants_by_hand_roles(doc: Doc, out: dict[str, Found]) -> None:
    """The hand-weighted role scorer where the cue rules read no participant figure, or to
    arbitrate their planned total."""
    if "participants_planned" not in out and "participants_actual" not in out and doc.parts is None:
        planned = _planned_by_roles(doc)
        if planned is not None:
            out["participants_planned"] = planned
    elif "participants_planned" in out:
        _arbitrate_planned(doc, out)


def _arbitrate_planned(doc: Doc, out: dict[str, Found]) -> None:
    """Where the cue rules and the role scorer disagree on the planned total, the scorer's count
    replaces the rules' when the scorer finds no role word at all near the rules' value (a
    headline figure, a region's number) and its own count is said of the page's main project."""
    ruled = out["participants_planned"].value
    cands = _participant_candidates(doc)
    # the rules' own value first: when the scorer sees a role word near it, they agree enough
    cands.sort(key=lambda c: c.value != ruled)
    scored = []
    for c in cands:
        s = roles.count_scores(doc.units, c, doc.main)
        score = s["planned"] if s["planned"] > s["actual"] else float("-inf")
        if c.value == ruled and score > 0:
            return
        scored.append((c, score))
    scored.sort(key=lambda x: (x[0].index, x[0].start))  # document order, as decide expects
    chosen, _why = roles.decide(scored, min_score=3.5, margin=1.0)
    if chosen is None or chosen.value == ruled:
        return
    if doc.units[chosen.index] is out["participants_planned"].unit:
        return  # the rules chose among the counts of this very sentence ("12 rodzin – łącznie 40 osób")
    if roles.membership(doc.units, chosen, doc.main) > 0 and not _sibling_counts(
        doc, doc.units[chosen.index]
    ):
        doc.problems.append(
            f"participants_planned: {ruled} read by the cue rules, {chosen.value} chosen by role scores"
        )
        out["participants_planned"] = Found(int(chosen.value), doc.units[chosen.index], 1)


def _planned_by_roles(doc: Doc) -> Found | None:
    """Where no cue rule read a participant figure, the role scorer (roles.py): every person
    count of the page scored as planned or actual, the best planned one taken when it clearly
    wins; otherwise null and the reason in problems."""
    cands = _participant_candidates(doc)
    scored = []
    for c in cands:
        s = roles.count_scores(doc.units, c, doc.main)
        if s["planned"] > s["actual"]:
            scored.append((c, s["planned"]))
    chosen, why = roles.decide(scored, min_score=3.5, margin=1.0)
    # no clear winner between the two best, both of one sentence: its groups, as a winner's
    top = sorted(scored, key=lambda x: -x[1])[:2]
    tied = chosen is None and len(top) == 2 and top[0][0].index == top[1][0].index
    if tied and top[1][1] >= 3.5:
        chosen = top[0][0]
    if chosen is not None and _sibling_counts(doc, doc.units[chosen.index]):
        u = doc.units[chosen.index]
        # "w klubie uczestniczy 35 osób, a w świetlicy 50 osób": the groups, each a part of the
        # plan (settled conventions, case 5c), when they are joined as separate groups; a
        # back-reference ("dostęp tych 50 osób") is not a further group
        own = [
            c
            for c in doc.person_counts(u)
            if not _NOT_A_PLAN_BEFORE.search(u.text, max(0, c[1] - 40), c[1])
        ]
        parts = _parts_by_place(u, own) or _parts_only(u, own)
        if parts:
            doc.parts = doc.parts or (parts, u)
        chosen, why = None, "several groups counted side by side, no total"
    elif tied:
        chosen = None
    if chosen is None:
        if why:
            doc.problems.append(f"participants_planned: {why}; left null")
        return None
    doc.problems.append("participants_planned chosen by role scores (no cue rule read a count)")
    u = doc.units[chosen.index]
    # "Wsparcie 16 rodzin (80 osób: …)": the persons in the families, not the families
    value = _persons_of_families(
        u.text, doc.person_counts(u), (int(chosen.value), chosen.start, chosen.end)
    )[0]
    return Found(value, u, 1)


@cache
def _group_place_re() -> re.Pattern[str]:
    """ "w klubie seniora uczestniczy", "a w świetlicy –": the place that names the group after it."""
    end = _vocabulary_alternation("group_place_end")
    return re.compile(
        fold(
            rf"(?<!\w)(?:w|we)\s+(?P<place>\w[\w-]*(?:\s+\w[\w-]*){{0,3}}?)(?:\s+(?:{end})[^.;\d]{{0,30}})?\s*$"
        ),
        re.IGNORECASE,
    )


def _parts_by_place(u: Unit, counts: list[tuple[int, int, int]]) -> dict[str, int]:
    """Two or three groups each named by its place before its count, joined as separate groups
    ("w klubie uczestniczy 35 osób, a w świetlicy – 50 osób"): {place: count}; {} otherwise."""
    if not 2 <= len(counts) <= 3 or "w tym" in u.text.lower():
        return {}
    groups: dict[str, int] = {}
    prev = 0
    for k, (n, start, end) in enumerate(counts):
        between = _drop_parenthesised(u.text[prev:start])
        if k and (
            not (_PARTS_JOIN.match(between) or _semicolon_joined(between, u.text[: counts[0][1]]))
            or _population_between(between)
        ):
            return {}
        m = _group_place_re().search(u.text[prev:start])
        if not m or m.group("place") in groups:
            return {}
        groups[m.group("place")] = n
        prev = end
    return groups


def _sibling_counts(doc: Doc, u: Unit) -> bool:
    """Two or more person counts side by side in one unit with no word that makes one the total
    of the others ("w tym", "wśród nich", "łącznie", a colon after the first): groups, not a total
    ("do 20 osób …, a kurs do 10 osób"; "4 osoby bezrobotne, 3 rodziny i 1 osoba")."""
    outside = [c for c in doc.person_counts(u) if not _paren_depth(u.text[: c[1]])]
    if len(outside) < 2:
        return False
    if _PART_OF.search(u.text) or _AMONG_THEM.search(u.text) or _SUM_OF_PARTS.search(u.text):
        return False  # a total and its parts ("60 osób: 40 kobiet i 20 mężczyzn", "łącznie 60")
    return True


_WORD_RE = re.compile(r"[^\W\d]+")


def _future_verb_before(text: str, end: int) -> bool:
    """Whether a word before position `end` can only be a verb in the future tense ("zaprosimy",
    "przeszkolimy", "otrzyma"; not "obejmie", also a noun's form)."""
    return any(
        roles.verb_tense(m.group(0)) == "future" and roles.is_only_a_verb(m.group(0))
        for m in _WORD_RE.finditer(text, 0, end)
    )


@cache
@case_free_results
def _present_partaking_re() -> re.Pattern[str]:
    """data/vocabulary.yaml breakdown.present_partaking: taking part told in the present tense."""
    words = "|".join(f"(?:{p})" for p in vocabulary()["breakdown"]["present_partaking"])
    return re.compile(fold(rf"(?<!\w)(?:{words})(?!\w)"), re.IGNORECASE)


_SUM_OF_PARTS = re.compile(
    r"\d\s+\w+\s*:|" + fold(r"łącznie|razem|ogółem|w\s+sumie") + r"|in\s+total", re.IGNORECASE
)


# a heading of results or indicators: the counts of its list's items are results, not groups
_RESULTS_HEADING = re.compile(
    fold(r"rezultat\w*|wskaźnik\w*|efekt\w*|osiągni\w*") + r"|results?\b|indicators?",
    re.IGNORECASE,
)
# what may stand before an item's own count ("- co najmniej 20 osób …")
_ITEM_COUNT_LEAD = re.compile(r"\s*(?:co\s+najmniej|min\.|minimum|at\s+least)?\s*", re.IGNORECASE)


def _item_run(doc: Doc, i: int) -> range:
    """The indices of the list (items of one marker, one after another) that holds unit `i`."""
    units, marker = doc.units, doc.units[i].marker
    lo = hi = i
    while lo > 0 and units[lo - 1].is_item and units[lo - 1].marker == marker:
        lo -= 1
    while hi + 1 < len(units) and units[hi + 1].is_item and units[hi + 1].marker == marker:
        hi += 1
    return range(lo, hi + 1)


def _group_items(doc: Doc, i: int) -> dict[str, int]:
    """The items of the list that holds unit `i` when each opens with its own count of people and
    says what they will do or receive ("- 20 osób otrzyma wsparcie w formie usług opiekuńczych" /
    "- 15 osób weźmie udział w zajęciach klubu seniora"): {label: count}, groups of the plan with
    no total among them; {} when an item is anything else, reports or states a result, or the
    list stands under a heading of results or indicators."""
    run = _item_run(doc, i)
    if len(run) < 2:
        return {}
    if run[0] and _RESULTS_HEADING.search(doc.units[run[0] - 1].text.rsplit("\n", 1)[-1]):
        return {}
    groups: dict[str, int] = {}
    for k in run:
        u = doc.units[k]
        counts = doc.person_counts(u)
        m = ITEM_MARKER.match(u.text)
        body = m.end() if m else 0
        if (
            not counts
            or doc.is_foreign(u)
            or not _ITEM_COUNT_LEAD.fullmatch(u.text, body, counts[0][1])
            or _RESULT_WORDS.search(u.text)
            or _ACTUAL_CUE.search(u.text)
            or _has_past_verb(u.text)
            or not (_PLANNED_CUE.search(u.text) or _future_verb_before(u.text, len(u.text)))
        ):
            return {}
        label = _whole_label(u.text, counts[0][1], counts[0][2]) or f"grupa {len(groups) + 1}"
        groups[label if label not in groups else f"{label} ({len(groups) + 1})"] = counts[0][0]
    return groups


def _split_lead_count(doc: Doc, j: int) -> int | None:
    """The count of unit `j` when it leads a list: it ends with "w tym:" right after its last
    count of persons ("Placówka będzie dostosowana do potrzeb 15 uczestników w tym:"), and a
    list follows; None otherwise."""
    units = doc.units
    if j + 1 >= len(units) or not units[j + 1].is_item or units[j].is_item:
        return None
    lead = units[j].text.rstrip()
    if not lead.endswith(":"):
        return None
    counts = doc.person_counts(units[j])
    if not counts:
        return None
    after = lead[counts[-1][2] :]
    intro = _split_intro_re().search(after)
    # (only the rest of the count's noun between it and "w tym": "15 uczestni|ków w tym:")
    if intro is None or not re.fullmatch(r"\w*[\s,–—-]*", after[: intro.start()]):
        return None
    return counts[-1][0]


def _split_lead_total(doc: Doc, j: int) -> int | None:
    """The count of unit `j` when it leads a list of its parts (`_split_lead_count`) and the list
    (two items or more, each opening with a count of persons) adds up to it ("Placówka będzie
    dostosowana do potrzeb 15 uczestników w tym:" / "- 13 osób, które będą korzystały …" / "- 2
    osoby, które otrzymają …", terazgostynin.pl): the total; None otherwise."""
    total = _split_lead_count(doc, j)
    if total is None:
        return None
    run = _item_run(doc, j + 1)
    if len(run) < 2:
        return None
    parts = []
    for k in run:
        u = doc.units[k]
        m = ITEM_MARKER.match(u.text)
        found = doc.person_counts(u)
        if not found or not _ITEM_COUNT_LEAD.fullmatch(u.text, m.end() if m else 0, found[0][1]):
            return None
        parts.append(found[0][0])
    return total if sum(parts) == total else None


def _item_of_split_lead(doc: Doc, i: int, count: int) -> bool:
    """Whether unit `i` is an item of a list led by a larger count and "w tym:"
    (`_split_lead_count`) and `count` its own: a part, never the total."""
    run = _item_run(doc, i)
    lead = _split_lead_count(doc, run[0] - 1) if run[0] > 0 else None
    return lead is not None and count < lead


@cache
def _then_of_earlier_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """data/vocabulary.yaml then_of_earlier: the word pointing back, the earlier one's words."""
    v = vocabulary()["then_of_earlier"]
    return (
        re.compile(fold(rf"(?<!\w)(?:{v['then']})(?!\w)"), re.IGNORECASE),
        re.compile(fold(rf"(?<!\w)(?:{v['earlier']})"), re.IGNORECASE),
    )


def _then_of_earlier(doc: Doc, i: int) -> bool:
    """Whether unit i tells its count of "then" ("Wsparcie otrzymało wtedy 40 osób") right after
    a sentence of its paragraph about an earlier edition or project ("W latach 2016–2018 ośrodek
    realizował pierwszą edycję projektu."): the earlier one's count."""
    then_re, earlier_re = _then_of_earlier_res()
    u = doc.units[i]
    if not i or not then_re.search(u.text):
        return False
    prev = doc.units[i - 1]
    return prev.paragraph == u.paragraph and earlier_re.search(prev.text) is not None


@cache
def _part_before_re() -> re.Pattern[str]:
    """data/vocabulary.yaml count_part_before, ending right before a count."""
    return re.compile(fold(_vocabulary_alternation("count_part_before")), re.IGNORECASE)


def _part_picked(text: str, pick: tuple[int, int, int]) -> bool:
    """Whether the picked count comes right after "w tym" / "including": a part of a total the
    sentence does not state ("Wsparciem objęto osoby bezrobotne, w tym 12 osób …")."""
    return _part_before_re().search(text, max(0, pick[1] - 30), pick[1]) is not None


def _extract_participants(doc: Doc) -> dict[str, Found]:
    out: dict[str, Found] = {}
    planned: list[Found] = []
    rounded: set[int] = set()  # planned statements whose count is "ponad N", "około N" …
    held: list[
        Found
    ] = []  # the counts after "dla" in a past-tense clause ("wydano paczki dla 319 osób")
    digits = scan.index(doc).units_matching(_DIGIT)  # = _DIGIT.search(u.text), see scan
    for i, (u, low) in enumerate(zip(doc.units, doc.lower)):
        if i not in digits and not _has_number_word(low):
            continue
        has_completed = _COMPLETED_HINT.search(low) is not None
        counts = doc.person_counts(u)
        if not counts and not has_completed:
            continue
        if doc.is_foreign(u) or _sums_several_projects(doc, i) or _then_of_earlier(doc, i):
            continue
        if u.is_item and counts:
            items = _group_items(doc, i)
            if items:  # "- 20 osób otrzyma …" / "- 15 osób weźmie udział …": groups, no total
                doc.parts = doc.parts or (items, u)
                continue
            if _item_of_split_lead(doc, i, counts[0][0]):
                continue  # "15 uczestników w tym:" / "- 13 osób …" / "- 2 osoby …": a part
        am = _ACTUAL_CUE.search(u.text)
        pm = None if am else _PLANNED_CUE.search(u.text)
        if pm and u.is_item and not (_PLANNED_STRONG.search(u.text) or _GOAL_CUE.search(u.text)):
            pm = None  # a list item with a weak cue is a group of a breakdown, not the total
        if not (am or pm):
            # "Czterdziestu uczestników najpierw pozna teorię": participants who will do something
            pm = _participants_will(u.text, counts)
        if pm and _held_for(u.text):
            # "przekazali żywność dla 319 osób": help given (the actual count when the page
            # states no other), not the plan
            held.extend(Found(c[0], u) for c in counts[:1] if c[1] >= pm.start())
            pm = None
        if not (has_completed or am or pm) and counts and not u.is_item:
            lead = _split_lead_total(doc, i)
            if lead is not None and not _has_past_verb(u.text):
                # "Placówka będzie dostosowana do potrzeb 15 uczestników w tym:" over items that
                # add up to 15: the stated total, with no plan word of its own
                planned.append(Found(lead, u, 1))
                continue
        if not (has_completed or am or pm):
            if len(counts) >= 2 and not doc.is_foreign(u):
                # "W klubie uczestniczy 35 osób, a w zajęciach świetlicy – 50 osób", "W I turze
                # przeszkolimy 15 osób, a w II turze 15 osób": groups told in the present or the
                # future with no plan word and no total; their parts, never a total
                parts = _parts_by_place(u, counts) or _parts_only(u, counts)
                if parts and (
                    _present_partaking_re().search(u.text)
                    or _future_verb_before(u.text, counts[0][1])
                ):
                    doc.parts = doc.parts or (parts, u)
            continue
        # completed (zakończyło / ukończyło)
        if "participants_completed" not in out and has_completed:
            date_spans = (
                [(t.start, t.end) for t in find_dates(u.text)] if _YEARISH.search(u.text) else []
            )
            for m in _COMPLETED_RE.finditer(u.text):
                group = "n" if m.group("n") else "n2"
                start, end = m.span(group)
                # "zakończył się 30 czerwca 2018 r.": a date, not a number of people
                if any(a <= start < b or a < end <= b for a, b in date_spans):
                    continue
                if _AGE_AFTER.match(u.text, end) or _COMPLETED_NOT_PERSONS.match(u.text, end):
                    continue  # "osoby, które ukończyły 25 lat", "… szkolenie: 12 godzin": no people
                n = parse_count(m.group(group))
                if n is not None and not (1900 <= n <= 2100):
                    out["participants_completed"] = Found(n, u)
                    break
        if not counts:
            continue
        if am and "participants_actual" not in out:
            # "w pikniku wzięło udział 150 osób", "Ośrodek objął pomocą 600 osób": an event's
            # public, a caseload or an earlier edition, not the project's report
            counts = [c for c in counts if not _not_the_plan(u.text, c[1], c[2])]
            if not counts:
                continue
            # the count nearest the verb phrase (after it, else before it)
            after = [c for c in counts if c[1] >= am.start()]
            bare = None if after else _bare_count_at(u.text, _figure_after_cue(u.text, am.end()))
            if bare is not None:
                # "weźmie udział 45 osób, a do tej pory zrekrutowano 30": the verb's own figure
                # is the report; a count before it that a plan cue governs is the plan
                out["participants_actual"] = Found(bare, u)
                if _PLANNED_CUE.search(u.text, 0, am.start()):
                    planned.append(Found(counts[-1][0], u, 1))
                continue
            pick = after[0] if after else counts[-1]
            if _part_picked(u.text, pick):
                continue  # "objęto osoby bezrobotne, w tym 12 osób …": a group, no total
            if roles.is_one_sex_of_a_pair(u.text, pick[1], pick[2]):
                # "uczestniczyło 18 kobiet i 12 mężczyzn": parts and no stated total
                pair = sex_pair(u.text)
                told = f" ({' + '.join(str(n) for n in pair.values())})" if len(pair) == 2 else ""
                doc.problems.append(
                    f"participants_actual: only women and men are counted{told},"
                    " no total stated; left null"
                )
                continue
            if "participants_completed" in out and out["participants_completed"].unit is u:
                if pick[0] == out["participants_completed"].value and len(counts) > 1:
                    pick = counts[0]
            out["participants_actual"] = Found(pick[0], u)
            plan = _plan_beside_report(u.text, counts, pick)
            if plan is not None:  # "zakładano objęcie 60 osób, a objęto 64": the plan too
                planned.append(Found(plan, u, 2))
            continue
        if pm and doc.labelled_total is not None and doc.labelled_total.unit is u:
            planned.append(Found(doc.labelled_total.value, u, 2))
            continue
        if pm:
            # "nabór kolejnych 22 osób": people added to a group, not the total (but one of the
            # parts a "łącznie N" sums: "30 osób, w II edycji kolejne 30 osób, łącznie 60 osób")
            every = counts
            counts = [c for c in counts if not _INCREMENT.search(u.text, max(0, c[1] - 16), c[1])]
            # "dostęp tych 50 osób", "miejsce dla 36 osób": a repeat or a capacity, not the plan
            counts = [
                c for c in counts if not _NOT_A_PLAN_BEFORE.search(u.text, max(0, c[1] - 40), c[1])
            ]
            # "ulotki trafią do 1500 mieszkańców", "600 osób rocznie": promotion's reach, a rate;
            # "do trzech grup osób": a count of groups, not of persons
            counts = [
                c
                for c in counts
                if not _not_the_plan(u.text, c[1], c[2])
                and not roles.counts_something_else(u.text[c[1] : c[2]])
                and not _hired_staff(u.text, c[1], c[2])
            ]
            own = _groups_with_own_splits(u.text, every)
            if own:  # groups each with its own women and men: the parts, no total
                doc.parts = doc.parts or (own, u)
                continue
            if _beside_one_activity(u.text, every, counts):
                continue  # "w warsztatach 12 osób, a w zajęciach 10 osób": activities' counts
            if not counts:
                continue
            # first count after the cue (cue "wśród 521 osób"), else the first in the unit
            after = [c for c in counts if c[1] >= pm.start()]
            total = _total_before_cue(u.text, counts, pm, after)
            if total is not None:  # "24 participants are planned, of whom 14 women …": the total
                after = [c for c in counts if c[1] >= total[1]]
            pick = after[0] if after else counts[0]
            if _part_picked(u.text, pick):
                continue  # "osoby w wieku 18–64 lata, w tym 6 osób …": a group, no total
            # "20 rodzin (60 osób)": the persons, not the families
            pick = _persons_of_families(u.text, counts, pick)
            summed = _total_after_parts(u, [c for c in every if c[1] >= pm.start()] or every)
            if summed is None:
                # "12 rodzin, łącznie 41 osób", "w każdej edycji 15 osób, łącznie 45 osób": the
                # count the sum word introduces, larger than every other, is the stated total
                summed = _stated_total(u, every)
            if summed is not None:  # "36 kobiet i 24 mężczyzn – łącznie 60 osób": the total
                planned.append(Found(summed, u, 2 if _PLANNED_STRONG.search(u.text) else 1))
                continue
            if _further_after(u.text, every, pick) and not _SUM_OF_PARTS.search(u.text):
                # "W 2020 r. wsparcie otrzyma 20 osób, a w 2021 r. kolejne 20 osób": the first
                # intake of several, no total (a sum word that does not add up is left to the
                # rules before: tests/test_extract_counts_dates_thirteenth.py)
                doc.problems.append(
                    f"participants_planned: {pick[0]} and further intakes after it, no total;"
                    " left null"
                )
                continue
            parts = (
                _parts_only(u, after or counts)
                # "60 osób otrzyma wsparcie w formie usług opiekuńczych, a 20 osób – usług
                # asystenckich": the cue after the first group; both counts are the groups
                or (len(after) == 1 < len(counts) == 2 and _parts_only(u, counts))
                or _parts_by_place(u, after or counts)
                or _sexes_in_parentheses_only(u, counts)
                or _groups_with_counts_in_parentheses(u, counts)
                or _second_group_counted_in_parentheses(u, counts)
            )
            if parts:  # "… 117 osób, a także … 63 dzieci": two groups and no total
                doc.parts = doc.parts or (parts, u)
                continue
            if _counts_by_year(u.text, counts):
                doc.problems.append(
                    "participants_planned: counts of "
                    + ", ".join(str(c[0]) for c in counts)
                    + " each for a year of its own, no total; left null"
                )
                continue
            if _ONE_ROUND_BEFORE.search(u.text, max(0, pick[1] - 60), pick[1]):
                # "W I turze rekrutacji przyjmiemy 20 osób": one round's intake, not the plan
                continue
            strong = bool(_PLANNED_STRONG.search(u.text))
            planned.append(Found(pick[0], u, 2 if strong else 1))
            if _ROUNDED_COUNT.search(u.text, max(0, pick[1] - 16), pick[1]):
                rounded.add(id(planned[-1]))
    if "participants_actual" not in out and len({f.value for f in held}) == 1:
        out["participants_actual"] = held[0]
    if planned:
        top = max(p.priority for p in planned)
        best = [p for p in planned if p.priority == top]
        if len({p.value for p in best}) > 1:
            # "Ponad 1400 mieszkańców regionu weźmie udział …" beside "weźmie w nim udział 662":
            # a rounded headline figure (several projects, a region) gives way to exact statements
            exact = [p for p in best if id(p) not in rounded]
            if exact and len(exact) < len(best):
                best = exact
        values = {p.value for p in best}
        # the statement that goes on with its parts ("…, w tym: …", a list after ":") is the evidence
        best.sort(
            key=lambda p: (
                "w tym" not in p.unit.text.lower() and not p.unit.text.rstrip().endswith(":")
            )
        )
        apart = _groups_stated_apart(doc, best) if len(values) > 1 else {}
        if apart:
            # "W projekcie udział weźmie 30 osób niesamodzielnych. Wsparcie otrzyma 10
            # opiekunów.": each sentence plans its own group, no total (the parts, total null)
            doc.parts = doc.parts or (apart, min(best, key=lambda p: p.unit.start).unit)
            doc.problems.append(
                "participants_planned: groups of "
                + ", ".join(str(v) for v in apart.values())
                + " planned in sentences of their own, no total; stored as the breakdown"
            )
        elif len(values) == 1:
            out["participants_planned"] = best[0]
        else:
            # several strong statements: the largest is the total, the others its parts,
            # unless it is not their sum, which is ambiguous
            biggest = max(best, key=lambda p: p.value)
            others = sorted(
                {p.value for p in best if p is not biggest and p.value != biggest.value}
            )
            if sum(others) == biggest.value or all(v < biggest.value for v in others):
                out["participants_planned"] = biggest
            else:  # pragma: no cover - defensive
                doc.problems.append("several planned participant totals stated; left null")
    return out


@cache
def _split_intro_re() -> re.Pattern[str]:
    """data/vocabulary.yaml breakdown.split_intro, right before a count ("w tym 14", "of whom
    at least 14")."""
    words = fold("|".join(f"(?:{p})" for p in vocabulary()["breakdown"]["split_intro"]))
    return re.compile(
        rf"(?<!\w)(?:{words})\s*:?\s*(?:(?:co\s+najmniej|ok\.|około|at\s+least|about)\s+)?$",
        re.IGNORECASE,
    )


def _total_before_cue(
    text: str, counts: list[tuple[int, int, int]], cue: re.Match[str], after: list
) -> tuple[int, int, int] | None:
    """The count just before the plan's cue when the first count after the cue opens its split
    ("24 participants are planned, of whom 14 women and 10 men", "Wsparcie 30 osób jest
    planowane, w tym 18 kobiet i 12 mężczyzn"), when the counts after it make it: that count, the
    total; None otherwise.

    >>> t = "A total of 24 participants are planned, of whom 14 women and 10 men."
    >>> _total_before_cue(t, [(24, 11, 26), (14, 48, 56), (10, 61, 67)], re.search("planned", t), [(14, 48, 56), (10, 61, 67)])
    (24, 11, 26)
    """
    before = [c for c in counts if c[1] < cue.start() and c not in after]
    if not before or not after:
        return None
    c = before[-1]
    if cue.start() - c[2] > 60 or re.search(r"[.;:()]", text[c[2] : cue.start()]):
        return None
    gap = text[cue.end() : after[0][1]]
    if len(gap) > 60 or re.search(r"[;:()]|\.\s+[A-ZŁŚŻŹĆ]", gap):
        return None
    if not _split_intro_re().search(gap) or sum(a[0] for a in after) != c[0]:
        return None  # (a split that does not make the count is no sign that it is the total)
    return c


def _head_stem(text: str, start: int, end: int) -> str:
    """The first three letters, without diacritics, of the person noun a count names ("osób" and
    "osoby" alike; "rodzin" in "30 dębickich rodzin"): to tell a group from the same people."""
    words = text[start : _WORD_REST.match(text, end).end()].split()
    return words[-1].lower().translate(_NO_DIACRITICS)[:3] if len(words) > 1 else ""


_NO_DIACRITICS = str.maketrans("ąćęłńóśźż", "acelnoszz")


def _count_front(text: str, start: int) -> str | None:
    """The place, service or facility named right before the count at `start` ("W Klubie Seniora
    wsparcie otrzyma", "Usługami opiekuńczymi zostanie objętych", "Dom Pobytu dla"), of two words
    or more and neither the whole project nor one activity; None otherwise."""
    before = text[:start]
    m = (
        _facility_front_re().search(before)
        or _FRONT.search(before)
        or _service_front_re().search(before)
    )
    if not m:
        return None
    front = compact(m.group("front"))
    nouns, _sent, whole = _one_activity_re()
    if len(front.split()) < 2 or nouns.search(front) or whole.search(front):
        return None
    return front


def _groups_stated_apart(doc: Doc, best: list[Found]) -> dict[str, int]:
    """{label: count} when two or three planned statements, each the only count of its own
    sentence and in sentences close together, name different people by different head nouns
    ("30 osób niesamodzielnych" … "10 opiekunów faktycznych"), none a bare "40 osób" and none the
    sum of the others; {} otherwise (a total and a subset of the same people, a total said twice)."""
    if not 2 <= len(best) <= 3 or len({id(p.unit) for p in best}) != len(best):
        return {}
    index = {id(u): k for k, u in enumerate(doc.units)}
    where = sorted(index.get(id(p.unit), -99) for p in best)
    if where[0] < 0 or where[-1] - where[0] > 3:
        return {}
    values = [p.value for p in best]
    if len(set(values)) != len(values) or 2 * max(values) == sum(values):
        return {}
    labels: dict[str, int] = {}
    stems: list[str] = []
    for p in sorted(best, key=lambda p: index[id(p.unit)]):
        counts = doc.person_counts(p.unit)
        if len(counts) != 1 or counts[0][0] != p.value or p.unit.is_row:
            return {}
        n, start, end = counts[0]
        label = _whole_label(p.unit.text, start, end)
        # "W Klubie Seniora wsparcie otrzyma 25 osób. W Dziennym Domu Pomocy … 15 osób.": a bare
        # "osób" told apart by the place or service named before it
        front = None if _named_group(p.unit.text, n) else _count_front(p.unit.text, start)
        if not label or not (front or _named_group(p.unit.text, n)):
            return {}
        if _SUBSET_WORD.search(p.unit.text):
            return {}
        labels[front or label] = n
        stems.append(front or _head_stem(p.unit.text, start, end))
    if len(labels) != len(best) or len(set(stems)) != len(stems) or "" in stems:
        return {}
    return labels


_GROUP_COUNT_AT_START = re.compile(
    rf"^\s*{_COUNT}\s+(?P<label>(?:\w+\s+)?(?:{_PERSON}).*)$", re.IGNORECASE | re.DOTALL
)
_GROUP_COUNT_IN_PARENS = re.compile(
    rf"^(?P<label>.+?)\s*\(\s*{_COUNT}(?:\s+(?:{_PERSON})\w*)?\s*(?:[,;][^()]*)?\)\s*[.,;]?$",
    re.IGNORECASE | re.DOTALL,
)
_GROUP_COUNT_AFTER_DASH = re.compile(
    rf"^(?P<label>[^\d]+?)\s*[–—:-]\s*{_COUNT}\s*(?:{_PERSON})?\.?\s*[.,;]?$",
    re.IGNORECASE | re.DOTALL,
)
_BREAKDOWN_PARENT = re.compile(
    r"grup|odbiorc|uczestni|docelow|podzielon|skierowan|w\s+tym|os[oó]b", re.IGNORECASE
)
# "… 176 osób: 106 osób …", "… 100 osób – 70 osób z gminy X i 30 osób z gminy Y"
_COLON_BREAKDOWN = re.compile(
    r"\d\s+[^:.;–—]{0,120}?(?::|;|,|\s[–—-])\s*(?P<list>\d.+)$", re.DOTALL
)
# "osoby niepełnosprawne – 30": a group named first, its count after a dash or a colon
_LABEL_DASH_COUNT = r"[^\W\d][^,;:()\d–—]{0,60}?\s*[–—:-]\s*\d"
# "40 osób: osoby niepełnosprawne – 30, opiekunowie – 10": groups named first after a colon
_LABEL_FIRST_COLON_BREAKDOWN = re.compile(
    rf"\d\s+[^:.;–—]{{0,120}}?:\s*(?P<list>{_LABEL_DASH_COUNT}.+)$", re.DOTALL
)
# "60 osób – 40 osób zagrożonych wykluczeniem i 20 osób z ich otoczenia": groups after a dash
_DASH_BREAKDOWN = re.compile(r"\d\s+[^–—.;:]{0,60}?\s[–—]\s*(?P<list>\d.+)$", re.DOTALL)
_AMONG_THEM_LIST = re.compile(
    fold(
        r"^(?:wśród|spośród)\s+(?:nich|uczestników|tych\s+osób)\s+(?:będzie|będą|znajdzie\s+się|znajdą\s+się)\s+"
    )
    + r"(?P<list>\d.+)$",
    re.IGNORECASE | re.DOTALL,
)
_COUNT_IS = re.compile(r"^\s*(\d{1,6})\s+to\s+", re.IGNORECASE)  # "40 to osoby bezrobotne"
_WOMEN = fold(r"kobiet\w*|kob\.|women")
_MEN = fold(r"mężczy[zź]n\w*|mężcz\.|męż\.|men")
_SEX_PAIR = re.compile(
    rf"(?P<a>\d{{1,6}})\s+(?P<al>{_WOMEN}|{_MEN})\s+(?:i|oraz|and|,)\s+(?P<b>\d{{1,6}})\s+(?P<bl>{_WOMEN}|{_MEN})(?!\w)",
    re.IGNORECASE,
)
_SEX_ONE_PATTERN = (
    rf"(?:w\s+tym|z\s+czego|spośród\s+(?:nich|których)|wśród\s+(?:nich|których)|including|of\s+whom"
    rf"|among\s+(?:them|whom|these)|of\s+(?:these|them),?)\s+"
    rf"(?:co\s+najmniej\s+|min\.\s*|minimum\s+|nie\s+mniej\s+niż\s+|at\s+least\s+)?"
    rf"(?P<a>\d{{1,6}}|NUMBER_WORDS)\s+"
    rf"(?:to\s+|są\s+|będą\s+|stanowi\w*\s+|będzie\s+)?(?P<al>{_WOMEN}|{_MEN})(?!\w)"
)
_SEX_ONE = re.compile(_SEX_ONE_PATTERN.replace("|NUMBER_WORDS", ""), re.IGNORECASE)
# with number words ("w tym trzydzieści sześć kobiet"): run only where one occurs
_SEX_ONE_WORDS = re.compile(
    _SEX_ONE_PATTERN.replace("NUMBER_WORDS", numeral_words_re().pattern), re.IGNORECASE
)


# "6 z nich to kobiety", "4 of them men": one sex's count after a total
_SEX_OF_THEM = re.compile(
    fold(r"(?P<a>\d{1,6})\s+(?:z\s+nich|spośród\s+nich|of\s+them|of\s+whom)\s+")
    + fold(r"(?:(?:to|stanowi\w*|będ\w*|są|are|will\s+be)\s+)?")
    + rf"(?P<al>{_WOMEN}|{_MEN})(?!\w)",
    re.IGNORECASE,
)
_WOMEN_SHARE = re.compile(
    fold(
        r"(?:udział\w*|wśród\s+nich|spośród\s+nich|w\s+tym)\s+(?:\w+\s+){0,2}?(?:kobiet\w*)\s*[(:–-]?\s*"
        r"(?:co\s+najmniej|nie\s+mniej\s+niż|minimum|min\.)?\s*(?P<n>\d{1,6})(?!\s*(?:%|proc|[,.]\d))"
        r"|(?:wśród\s+nich|spośród\s+nich|w\s+tym)\s+(?:\w+\s+){0,2}?(?:co\s+najmniej\s+|min\.\s*)?"
        r"(?P<n2>\d{1,6})\s+kobiet"
    ),
    re.IGNORECASE,
)


def _sex_label(word: str) -> str:
    return "kobiety" if re.match(rf"(?:{_WOMEN}|K$)", word, re.IGNORECASE) else "mężczyźni"


def _sex_counts(text: str) -> dict[str, int]:
    """{'kobiety': 400, 'mężczyźni': 300} from "400 kobiet i 300 mężczyzn"; {'kobiety': 39} from
    "w tym co najmniej 39 kobiet"; {} when the text states neither."""
    m = _SEX_PAIR.search(text)
    if m and _sex_label(m.group("al")) != _sex_label(m.group("bl")):
        return {
            _sex_label(m.group("al")): int(m.group("a")),
            _sex_label(m.group("bl")): int(m.group("b")),
        }
    pair = sex_pair(text)
    if pair:
        return pair
    one = _SEX_ONE_WORDS if _has_number_word(text) else _SEX_ONE
    m = one.search(text) or _SEX_OF_THEM.search(text)
    n = _pair_count(m.group("a")) if m else None
    if m and n is not None:
        return {_sex_label(m.group("al")): n}
    return {}


# ------------------------------------------------------------ women and men stated as a pair
# One unit: the shapes a page uses to split participants by sex, the words from
# data/vocabulary.yaml (breakdown). Count first: "6K, 4M", "6 K / 4 M", "6K+4M", "6Ki4M",
# "6 pań i 4 panów", "6 uczestniczek i 4 uczestników", "6 women and 4 men", "6 F / 4 M",
# "sześć kobiet i czterech mężczyzn"; label first: "K – 6, M – 4", "kobiety: 6, mężczyźni: 4",
# "kobiet: 6, mężczyzn: 4"; both letters first: "K/M: 6/4". Percentages are not counts.


@cache
def _sex_words(role: str, counted: bool = True) -> str:
    return rf"(?:{_sex_word_part(role, counted)}|{_sex_letter_part(role)})"


@cache
def _sex_word_part(role: str, counted: bool = True) -> str:
    """A sex's words (case-insensitive), a word's end after them."""
    vocab = vocabulary()["breakdown"]
    entries = vocab[role] + (vocab[f"{role}_counted"] if counted else [])
    words = fold("|".join(f"(?:{p})" for p in entries))
    return rf"(?:{words})(?!\w)"


@cache
def _sex_letter_part(role: str) -> str:
    """A sex's letter ("K", "M"; its case kept), no letter after it."""
    return rf"(?-i:{vocabulary()['breakdown'][f'{role}_letter']})(?![^\W\d_])"


@cache
@case_free_results
def _sex_pair_res(words: bool) -> tuple[re.Pattern[str], ...]:
    w, m = _sex_words("women"), _sex_words("men")
    lw, lm = _sex_words("women", counted=False), _sex_words("men", counted=False)
    n = rf"(?:\d{{1,6}}|{numeral_words_re().pattern})" if words else r"\d{1,6}"
    count = rf"(?<!\d)(?<!\d[,.])(?P<NAME>{n})(?!\s*(?:%|proc)|[,.]\d)"
    # "72K tj. 60% i 48M tj. 40%": a share after a sex's count is a note on it
    share = r"(?:\s*,?\s*(?:tj\.|czyli|to)?\s*\(?\d{1,3}(?:[,.]\d+)?\s?%\)?)?"
    a, b = count.replace("NAME", "a"), count.replace("NAME", "b")
    join = r"(?:\s*[,;/+&]\s*|\s+(?:i|oraz|and|a)\s+|,\s+(?:a|i)\s+)"
    dash = r"\s*[:–—=|-]?\s*"  # ("Kobiety | 18": a table row's cells)
    person = fold(r"(?:\s*(?:os\.|osób|osoby))?")
    verb = fold(r"(?:(?:are|to|są|będą|będzie)\s+)?")  # "36 are women and 24 men"
    return (
        re.compile(
            rf"{a}\s*{verb}(?P<al>{w}|{m}){share}{join}{b}\s*{verb}(?P<bl>{w}|{m})", re.IGNORECASE
        ),
        re.compile(
            rf"(?<!\w)(?P<al>{lw}|{lm}){dash}{a}{person}(?:{join}|\s+)(?:w\s+tym\s+)?"
            rf"(?P<bl>{lw}|{lm}){dash}{b}",
            re.IGNORECASE,
        ),
        re.compile(rf"(?-i:(?P<al>K)\s*/\s*(?P<bl>M)){dash}{a}\s*/\s*{b}", re.IGNORECASE),
        re.compile(
            rf"(?<!\w)(?P<al>{lw}|{lm})\s*\(\s*{a}{person}\s*\){join}"
            rf"(?P<bl>{lw}|{lm})\s*\(\s*{b}{person}\s*\)",
            re.IGNORECASE,
        ),
    )


@cache
@case_free_results
def _sex_hint() -> re.Pattern[str]:
    """Any word or letter for a sex: the shapes above are tried only where one occurs."""
    return re.compile(f"{_sex_words('women')}|{_sex_words('men')}", re.IGNORECASE)


@cache
@case_free_results
def _sex_hint_parts() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`_sex_hint` as two patterns, its words (case-insensitive: a case-free twin runs them on
    the lower-cased text) and its letters (case-sensitive, as `(?-i:…)` reads them; the
    look-ahead's class of letters is the same in either case): `_sex_hint` finds something
    exactly where one of them does. (`_sex_hint` itself, with its scoped flag, has no twin and
    ran case-folding over every unit with a digit.)"""
    return (
        re.compile(f"{_sex_word_part('women')}|{_sex_word_part('men')}", re.IGNORECASE),
        re.compile(f"{_sex_letter_part('women')}|{_sex_letter_part('men')}"),
    )


def _sex_hinted(text: str) -> bool:
    """`_sex_hint().search(text) is not None`, by `_sex_hint_parts`."""
    words, letters = _sex_hint_parts()
    return letters.search(text) is not None or words.search(text) is not None


@cache
@case_free_results
def _sex_hint_women() -> re.Pattern[str]:
    return re.compile(_sex_words("women"), re.IGNORECASE)


def _pair_count(text: str) -> int | None:
    return int(text) if text.isdigit() else parse_numeral_words(text)


_GLUED_I = re.compile(r"(?<=\d)\s*([KMF])i(?=\s*\d)")
_GLUED_I_AFTER = re.compile(r"(?<=\d[KMF])\s+i(?=\d)")
_WOMEN_LETTER_BEFORE = re.compile(r"(?<=\d)(\s?)(?-i:([KF]))\s?(?=\d{1,6}\s?M(?![^\W\d_]))")
_MEN_LETTER_BEFORE = re.compile(r"(?<=\d)(\s?)(?-i:(M))\s?(?=\d{1,6}\s?[KF](?![^\W\d_]))")
_DOTTED_LEADER = re.compile(r"[ \t]*(?:\.\s?){3,}[ \t]*")
# what each of the four patterns above needs: a digit, maybe spaces, K, M or F
_DIGIT_LETTER = re.compile(r"\d\s*[KMF]")


def sex_pair(text: str) -> dict[str, int]:
    """{'kobiety': 6, 'mężczyźni': 4} from any of the shapes above; {} when none is stated or
    both counts name the same sex.

    >>> sex_pair("150 osób (90K i 60M)"), sex_pair("K – 6, M – 4"), sex_pair("60% kobiet, 40% mężczyzn")
    ({'kobiety': 90, 'mężczyźni': 60}, {'kobiety': 6, 'mężczyźni': 4}, {})
    """
    words = _has_number_word(text)
    if not words and not _DIGIT.search(text):
        return {}
    if ("K" in text or "M" in text or "F" in text) and _DIGIT_LETTER.search(text):
        # (each of the four shapes holds a digit, maybe a space, and the letter)
        text = _GLUED_I.sub(r"\1 i ", text)  # glued "6Ki4M", "6Ki 4M"
        text = _GLUED_I_AFTER.sub(" i ", text)  # "6K i4M"
        # a sex's letter right before the other count, with no separator or a space only:
        # "6K4M", "6 K 4 M" (letters only: "6 kobiet 4 …" is no pair)
        text = _WOMEN_LETTER_BEFORE.sub(r"\1\2, ", text)
        text = _MEN_LETTER_BEFORE.sub(r"\1\2, ", text)
    if text.count(".") >= 3:
        text = _DOTTED_LEADER.sub(": ", text)  # dotted leaders "kobiety ....... 12"
    if not _sex_hinted(text):
        return {}
    women = _sex_hint_women()
    for rx in _sex_pair_res(words):
        for m in rx.finditer(text):
            a, b = _pair_count(m.group("a")), _pair_count(m.group("b"))
            a_women = bool(women.fullmatch(m.group("al")))
            if a is None or b is None or a_women == bool(women.fullmatch(m.group("bl"))):
                continue
            return {"kobiety": a, "mężczyźni": b} if a_women else {"kobiety": b, "mężczyźni": a}
    return {}


_INLINE_BREAKDOWN = re.compile(
    r"(?:w\s+tym|including)\s*:?\s*(?P<list>.+)$", re.IGNORECASE | re.DOTALL
)
# "50 osób, tj. 30 dzieci i 20 rodziców", "w podziale na: …", "namely …": groups that make up the total
# (every split_intro of data/vocabulary.yaml other than the subset words "w tym", "including")
_EQUAL_SPLIT = re.compile(
    r"(?:^|[\s,(])(?:"
    + fold("|".join(p for p in vocabulary()["breakdown"]["split_intro"] if "tym" not in p))
    + r")\s*:?\s*(?P<list>\d.+)$",
    re.IGNORECASE | re.DOTALL,
)
# results stated in the future ("6 kobiet i 4 mężczyzn podejmie zatrudnienie"): not groups
_RESULT_WORDS = re.compile(
    fold(
        r"rezultat\w*|podejm\w*\s+(?:pracę|zatrudnieni\w*)|uzyska\w*\s+(?:kwalifikac|zatrudni|prac)"
        r"|znajd\w*\s+(?:pracę|zatrudnieni)|ukończ\w*"
    )
    + r"|will\s+(?:find|get|gain)\s+(?:a\s+)?(?:jobs?|employment|qualifications)",
    re.IGNORECASE,
)
# "co najmniej 925 K", "at least 130 people …": a lower bound on a group is its count
_AT_LEAST = re.compile(
    r"^\s*(?:co\s+najmniej|nie\s+mniej\s+niż|minimum|min\.|at\s+least|no\s+fewer\s+than)\s*",
    re.IGNORECASE,
)
_GROUP_SEX_LETTER = re.compile(rf"^\s*{_COUNT}\s*(?P<label>K|M)\b(?!\.\w)")


def _clean_label(label: str) -> str:
    label = compact(label)
    label = re.split(r",?\s+w\s+tym\s*:?|\s*\(|:\s*$", label)[0]
    return label.strip(" ,.;:-–")


_PAST_VERB = re.compile(r"\b\w{3,}(?:ło|ły|li)\b")


def _has_past_verb(text: str) -> bool:
    """Whether a word of `text` ending like a past verb ("skorzystało", "wzięły", "byli") has a
    past-tense reading (morfeusz2): "około", "koło", "szkoły", "mali" have none."""
    return any(
        any(tag.startswith("praet") for _, tag in roles.analyses(m.group(0)))
        for m in _PAST_VERB.finditer(text)
    )


# (a year's "r." or an age's "50+" in the label: "40 w 2020 r.", "20 w wieku 50+")
_BARE_GROUP = re.compile(rf"^\s*{_COUNT}\s+(?P<label>[a-ząćęłńóśźż][\w\s.+-]{{2,60}})$")


def _bare_group(text: str) -> tuple[str, int] | None:
    """'10 biernych zawodowo' after '30 osób: 20 bezrobotnych i …': the person noun left out (only
    where the groups must add up to the total)."""
    m = _BARE_GROUP.match(text)
    if m and not _has_past_verb(m.group("label")):
        n = parse_count(m.group("n"))
        return (compact(m.group("label")), n) if n is not None else None
    return None


def _item_group(text: str) -> tuple[str, int] | None:
    text = _AT_LEAST.sub("", text, count=1)
    if _has_past_verb(re.split(r"\bktór", text, maxsplit=1)[0]):
        return None  # "36 uczestników skorzystało z …": a result, not a group
    m = _GROUP_SEX_LETTER.match(text)
    if m:  # "925 K": women (the renaming in extract_breakdown gives the label)
        return m.group("label"), int(m.group("n"))
    for rx in (_GROUP_COUNT_AT_START, _GROUP_COUNT_IN_PARENS, _GROUP_COUNT_AFTER_DASH):
        m = rx.match(text)
        if m:
            n = parse_count(m.group("n"))
            label = _clean_label(m.group("label"))
            if n is not None and label and len(label) <= 200:
                return label, n
    # "dzieci z rodzin objętych wsparciem (20 dziewczynek i 10 chłopców w wieku 6-15 lat)": the
    # group's count is the sum of its split
    m = re.match(r"^(?P<label>[^()\d]{3,200}?)\s*\((?P<inner>[^()]+)\)\s*[.,;]?$", text)
    pair = sex_pair(m.group("inner")) if m else {}
    if pair and len(pair) == 2:
        return _clean_label(m.group("label")), sum(pair.values())
    return None


_PAREN_AFTER_COUNT = re.compile(
    r"(?<![\d,.])(?P<n>\d{1,3}(?:[ .]\d{3})+|\d{1,6})\s+(?:[^\s()]+\s+){0,6}?\(\s*(?:w\s+tym\s*:?\s*)?(?P<inner>[^()]{3,160})\)"
)
_NUMBER_START = re.compile(r"(?<![\d,.])\d")


def _parens_after_counts(text: str) -> list[re.Match[str]]:
    """_PAREN_AFTER_COUNT at every count of `text`, also a count among the words another match
    skips ("25 rodzin, tj. 75 osób (25 dorosłych i 50 dzieci)": the parentheses follow 75)."""
    if "(" not in text:
        return []
    found = []
    for start in _NUMBER_START.finditer(text):
        m = _PAREN_AFTER_COUNT.match(text, start.start())
        if m:
            found.append(m)
    return found


_SEX_PART = re.compile(
    fold(r"^(?P<n>\d{1,6})\s*(?:(?P<k>K\b|kobiet\w*|women)|(?P<m>M\b|mężczyzn\w*|men))")
    + r"|"
    + fold(r"^(?:(?P<k2>kobiet\w*|K)|(?P<m2>mężczyzn\w*|M))\s*[:–-]?\s*(?P<n2>\d{1,6})$"),
    re.IGNORECASE,
)


def _parenthesised_split(text: str, total: int) -> dict[str, int]:
    """{'kobiety': 102, 'mężczyźni': 81} from "183 osób (102 kobiety i 81 mężczyzn)" when the parts
    add up to the total they follow; {} otherwise.

    >>> _parenthesised_split("dla 150 osób (90K, 60M) z Katowic", 150)
    {'kobiety': 90, 'mężczyźni': 60}
    """
    for m in _parens_after_counts(text):
        if parse_count(m.group("n")) != total:
            continue
        groups: dict[str, int] = {}
        for part in re.split(
            r",\s*|;\s*|\s*/\s*|\s+i\s+|\s+oraz\s+|\s+and\s+", m.group("inner").strip()
        ):
            sm = _SEX_PART.match(part.strip())
            if not sm:
                # the other shapes of a pair ("16K18M", "2Ki 2M"), when they are all it holds
                pair = sex_pair(m.group("inner"))
                whole = re.fullmatch(
                    r"(?:w\s+tym\s*:?\s*)?[\dKMF\s,;/+i]+", m.group("inner").strip()
                )
                return pair if whole and sum(pair.values()) == total else {}
            n = int(sm.group("n") or sm.group("n2"))
            label = "kobiety" if (sm.group("k") or sm.group("k2")) else "mężczyźni"
            if label in groups:
                return {}
            groups[label] = n
        if len(groups) == 2 and sum(groups.values()) == total:
            return groups
    return {}


_PAREN_ONE_SEX = re.compile(
    rf"^(?:w\s+tym\s*:?\s*)?(?:co\s+najmniej\s+|min\.\s*)?(?P<a>\d{{1,6}})\s*"
    rf"(?P<al>{_WOMEN}|{_MEN}|(?-i:K|M))(?!\w)$",
    re.IGNORECASE,
)


def _counted_groups(listed: str) -> dict[str, int]:
    """ "40 osób bezrobotnych i 20 biernych zawodowo" → each counted group (label → count)."""
    groups: dict[str, int] = {}
    for part in _split_outside_parentheses(
        rf",\s+(?={_LABEL_DASH_COUNT}|\d)|;\s*|\s+(?:oraz|i|and)\s+(?:ich\s+|their\s+)?(?={_LABEL_DASH_COUNT}|\d)"
        rf"|,?\s+a\s+(?=\d)",
        listed,
    ):
        part = _COUNT_IS.sub(r"\1 ", part.strip().rstrip("."))
        g = _item_group(part) or _bare_group(part)
        if g:
            groups[g[0]] = g[1]
    return groups


def _parenthesised_groups(text: str, total: int) -> dict[str, int]:
    """{'osób bezrobotnych': 40, 'osób z niepełnosprawnościami': 20} from "60 osób (40 osób
    bezrobotnych i 20 osób z niepełnosprawnościami)": groups in parentheses right after the total
    that add up to it; {} otherwise."""
    for m in _parens_after_counts(text):
        if parse_count(m.group("n")) != total:
            continue
        groups: dict[str, int] = {}
        for part in re.split(
            rf"[,;]\s+(?={_LABEL_DASH_COUNT}|\d)"
            rf"|\s+(?:i|oraz|and)\s+(?:ich\s+|their\s+)?(?={_LABEL_DASH_COUNT}|\d)",
            m.group("inner").strip(),
        ):
            g = _item_group(part.strip()) or _bare_group(part.strip())
            if g is None or g[0] in groups:
                groups = {}
                break
            groups[g[0]] = g[1]
        if len(groups) >= 2 and sum(groups.values()) == total:
            return groups
    return {}


@cache
@case_free_results
def _sex_cell_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A table cell that names women, one that names men ("Kobiety", "K", "Mężczyźni", "M")."""
    return tuple(
        re.compile(_sex_words(role, counted=False) + r"$", re.IGNORECASE)
        for role in ("women", "men")
    )


def _header_row_split(doc: Doc, planned: Found | None) -> tuple[dict[str, int], dict[str, Unit]]:
    """A table whose header row names women and men and whose next row holds the counts
    ("Liczba uczestników | Kobiety | Mężczyźni" / "10 | 6 | 4", "K | M | Razem" / "6 | 4 | 10"):
    {'kobiety': 6, 'mężczyźni': 4} when they add up to the total (the planned one, else one in a
    column of the table) or no total is stated at all."""
    women, men = _sex_cell_res()
    for k, (head, row) in enumerate(itertools.pairwise(doc.units)):
        last = head.text.rsplit("\n", 1)[-1]  # a heading line may be joined to the header row
        if not (row.is_row and " | " in last) or doc.is_foreign(head):
            continue
        names = [c.strip().rstrip(":") for c in last.split(" | ")]
        values = [c.strip() for c in row.text.split(" | ")]
        if len(names) == len(values) >= 3 and not re.search(r"\d", values[0]):
            # a label column ("Uczestnicy | Kobiety | Mężczyźni" / "Liczba osób | 6 | 4"): its
            # cells name the row, the counts are in the others; of several rows (groups by
            # sex) only the total row ("Razem | 30 | 20 | 50") splits the whole
            rows = [row]
            for nxt in doc.units[k + 2 : k + 20]:
                if not (nxt.is_row and len(nxt.text.split(" | ")) == len(names)):
                    break
                rows.append(nxt)
            if len(rows) > 1:
                total_rows = [
                    r for r in rows if _TOTAL_ROW.fullmatch(r.text.split(" | ")[0].strip(" :"))
                ]
                if len(total_rows) != 1:
                    continue
                row = total_rows[0]
                values = [c.strip() for c in row.text.split(" | ")]
            names, values = names[1:], values[1:]
        if len(names) != len(values) or not all(re.fullmatch(r"\d{1,6}", v) for v in values):
            continue
        w = [i for i, c in enumerate(names) if women.match(c)]
        m = [i for i, c in enumerate(names) if men.match(c)]
        if len(w) != 1 or len(m) != 1:
            continue
        pair = {"kobiety": int(values[w[0]]), "mężczyźni": int(values[m[0]])}
        others = {int(v) for i, v in enumerate(values) if i not in (w[0], m[0])}
        # the table's own total column ("Razem", "Ogółem") says what the pair adds up to
        own_total = {int(values[i]) for i, c in enumerate(names) if _TOTAL_ROW.fullmatch(c)}
        total = planned.value if planned is not None else None
        if (
            (total is None and (not others or sum(pair.values()) in others))
            or (total is not None and sum(pair.values()) == total)
            or sum(pair.values()) in own_total
        ):
            return pair, {label: row for label in pair}
    return {}, {}


_GROUP_TABLE_HEAD = re.compile(
    fold(r"grup\w*|kategori\w*|uczestni\w*|odbiorc\w*") + r"|target\s+group|group|categor\w*",
    re.IGNORECASE,
)
_COUNT_HEAD = re.compile(
    fold(r"liczb\w*|ilość|osób|os\.") + r"|number|people|persons", re.IGNORECASE
)
_TOTAL_ROW = re.compile(fold(r"razem|ogółem|łącznie|suma") + r"|total", re.IGNORECASE)


def _group_table(doc: Doc, planned: Found | None) -> tuple[dict[str, int], dict[str, Unit]]:
    """A two-column table of groups under a header row ("Grupa docelowa | Liczba osób" /
    "Osoby bezrobotne | 40" / "Osoby z niepełnosprawnościami | 20" / "Razem | 60"): the groups
    when there are two or more and they add up to the total (the planned one, or the table's
    own "Razem" row) or no total is stated."""
    for i, head in enumerate(doc.units):
        cells = head.text.rsplit("\n", 1)[-1].split(" | ")
        if (
            len(cells) != 2
            or not _GROUP_TABLE_HEAD.search(cells[0])
            or not _COUNT_HEAD.search(cells[1])
            or doc.is_foreign(head)
        ):
            continue
        groups: dict[str, int] = {}
        units: dict[str, Unit] = {}
        total = planned.value if planned is not None else None
        for u in doc.units[i + 1 : i + 12]:
            row = u.text.split(" | ")
            m = (
                re.fullmatch(r"\s*(\d{1,6})\s*(?:os(?:ób|oby)?\.?)?\s*", row[-1])
                if len(row) == 2
                else None
            )
            if not (u.is_row and m):
                break
            label, n = compact(row[0]), int(m.group(1))
            if not re.search(r"[^\W\d_]{3}", label):
                return {}, {}  # years or numbers as row labels: not groups of people
            if _TOTAL_ROW.fullmatch(label.strip(" :")):
                total = n if total is None else total
                break
            if label in groups:
                return {}, {}
            groups[label], units[label] = n, u
        if len(groups) >= 2 and (total is None or sum(groups.values()) == total):
            return groups, units
    return {}, {}


def extract_breakdown(
    doc: Doc, planned: Found | None, actual: Found | None = None
) -> tuple[dict[str, int], dict[str, Unit]]:
    """Group label -> planned count. `actual`: the page's count of who took part, when read; a
    page that states one and no planned total reports what took place, and its split is not the
    plan's (dev gold: none of 14 such pages has one)."""
    # each rule in turn until one gives a partition of the planned participants (case 5 of the
    # settled conventions); the first other split found is kept only to be refused with its reason
    total = planned.value if planned is not None else None
    groups, units = _extract_breakdown(doc, planned)
    first = (groups, units)
    stages = [
        lambda: _breakdown_rows(doc, planned) if planned is not None else ({}, {}),
        lambda: _as_the_plan(doc, _header_row_split(doc, planned), planned),
        lambda: _as_the_plan(doc, _group_table(doc, planned), planned),
        lambda: _equal_rounds(doc, planned) if planned is not None else ({}, {}),
        lambda: _further_round(doc, planned) if planned is not None else ({}, {}),
        lambda: (
            _as_the_plan(doc, _parts_adding_up(doc, planned), planned)
            if planned is not None
            else ({}, {})
        ),
        lambda: (
            _as_the_plan(doc, _addressee_split(doc, planned), planned)
            if planned is not None
            else ({}, {})
        ),
    ]
    for stage in stages:
        if _may_partition(groups, total):
            break
        groups, units = stage()
        first = first if first[0] else (groups, units)
    if not _may_partition(groups, total):
        groups, units = first
    if groups and planned is None and actual is not None and not _told_as_the_plan(units, actual):
        doc.problems.append(
            f"participant split {', '.join(str(n) for n in groups.values())} on a page that states "
            f"only who took part ({actual.value}); not stored as the planned breakdown"
        )
        return {}, {}
    # one label for each sex whatever the case form ("kobiet", "K", "women" -> "kobiety")
    renamed = {
        (_sex_label(k) if re.fullmatch(rf"(?:{_WOMEN}|{_MEN}|K|M)", k, re.IGNORECASE) else k): v
        for k, v in groups.items()
    }
    if len(renamed) == len(groups):
        units = {
            (_sex_label(k) if re.fullmatch(rf"(?:{_WOMEN}|{_MEN}|K|M)", k, re.IGNORECASE) else k): u
            for k, u in units.items()
        }
        groups = renamed
    # "40 osób, w tym 25 kobiet, 15 mężczyzn, 10 osób niepełnosprawnych": the sexes add up to the
    # total and the other group is counted across them, not beside them
    pair = {k: groups[k] for k in ("kobiety", "mężczyźni") if k in groups}
    if (
        len(pair) == 2
        and len(groups) > 2
        and planned is not None
        and sum(pair.values()) == planned.value
        and sum(groups.values()) != planned.value
    ):
        groups, units = pair, {k: units[k] for k in pair}
    # two groups read from one sentence that states them as women and men ("6 uczestniczek i 4
    # uczestników", "6 kobiet oraz 4 mężczyzn" at a line's end): the labels of the sexes
    if len(groups) == 2 and len({id(u) for u in units.values()}) == 1:
        pair = sex_pair(next(iter(units.values())).text)
        if pair and sorted(pair.values()) == sorted(groups.values()) and pair != groups:
            unit = next(iter(units.values()))
            groups, units = pair, {label: unit for label in pair}
    reason = breakdown_refusal(groups, total)
    if reason:
        doc.problems.append(reason)
        return {}, {}
    return groups, units


@cache
def _future_plan_re() -> re.Pattern[str]:
    verbs = "|".join(f"(?:{v})" for v in vocabulary()["breakdown"]["future_plan_verbs"])
    return re.compile(fold(rf"\b(?:{verbs})"), re.IGNORECASE)


def _told_as_the_plan(units: dict[str, Unit], actual: Found) -> bool:
    """Whether a split found with no planned total is told in the future, as the plan, in units
    other than the count of who took part ("W spotkaniu wzięło udział 14 osób. … Do udziału w
    projekcie zostanie zakwalifikowanych 6 kobiet i 3 mężczyzn."): then it is the plan's split
    (data/vocabulary.yaml breakdown.future_plan_verbs); a split in the past is a report's."""
    told = {id(u): u for u in units.values()}.values()
    return all(
        u is not actual.unit and _future_plan_re().search(u.text) and not _ACTUAL_CUE.search(u.text)
        for u in told
    )


def _round_count(word: str) -> int | None:
    """How many rounds a count word says: "2", "dwie", "dwóch", "two"."""
    if word.isdigit():
        return int(word)
    english = vocabulary()["english_small_numbers"]
    return english.get(word.lower()) or parse_numeral_words(word)


def _round_words() -> tuple[str, str]:
    """The alternations of the rounds' nouns ("edycj…", "tur…") and of their counts ("2", "dwóch")."""
    nouns = "|".join(f"(?:{n})" for n in vocabulary()["equal_rounds"])
    count = rf"\d{{1,2}}|{numeral_words_re().pattern}|two|three|four|five|six"
    return nouns, count


@cache
def _equal_rounds_re() -> re.Pattern[str]:
    """ "w dwóch edycjach po 30 osób", "dwie tury po 30 osób", "two rounds of 30 people"."""
    nouns, count = _round_words()
    return re.compile(
        rf"(?<!\w)(?P<k>{count})\s+(?P<noun>{nouns})\s*(?:,\s*)?(?:po|of|każda\s+po)\s+"
        rf"(?P<m>\d{{1,4}})\s+(?:os(?:ób|oby)?\b|uczestnik\w*|people|persons|participants)",
        re.IGNORECASE,
    )


def _round_label(noun: str) -> str:
    """The breakdown label of a round's noun ("edycjach" -> its label in vocabulary.yaml)."""
    return next(
        lab
        for pat, lab in vocabulary()["equal_rounds"].items()
        if re.fullmatch(pat, noun, re.IGNORECASE)
    )


def _rounds(label: str, k: int, size: int, unit: Unit) -> tuple[dict[str, int], dict[str, Unit]]:
    """k equal rounds of `size` persons as breakdown groups ("edycja 1", "edycja 2"), each with the
    unit that states them."""
    groups = {f"{label} {i}": size for i in range(1, k + 1)}
    return groups, {g: unit for g in groups}


def _equal_rounds(doc: Doc, planned: Found) -> tuple[dict[str, int], dict[str, Unit]]:
    """The planned total split into equal rounds in its own sentence ("60 osób (w dwóch edycjach
    po 30 osób)"): one group per round, kept only when rounds times size make the total."""
    text = planned.unit.text
    for m in _equal_rounds_re().finditer(text):
        k, size = _round_count(m.group("k").strip()), int(m.group("m"))
        if not k or not 2 <= k <= 6 or k * size != planned.value:
            continue
        return _rounds(_round_label(m.group("noun")), k, size, planned.unit)
    # "w każdej z trzech edycji weźmie udział 15 osób, łącznie 45 osób": k rounds of one size;
    # "W każdej edycji udział weźmie 20 osób. Łącznie … 40 osób.": the sentence before the total
    i = next(k for k, x in enumerate(doc.units) if x is planned.unit)
    for u in (planned.unit, doc.units[i - 1] if i else None):
        if u is None or u.paragraph != planned.unit.paragraph:
            continue
        m = _each_of_rounds_re().search(u.text)
        if not m:
            continue
        noun = m.group("noun")
        for n, _start, _end in doc.person_counts(u):
            kw = m.group("k") or m.group("k2")
            k = _round_count(kw.strip()) if kw else None
            if k is None and n and planned.value % n == 0:
                k = planned.value // n  # "w każdej edycji 20 osób" of a total of 40: two
            if k and 2 <= k <= 6 and k * n == planned.value:
                return _rounds(_round_label(noun), k, n, planned.unit)
    return {}, {}


@cache
def _each_of_rounds_re() -> re.Pattern[str]:
    """ "w każdej z trzech edycji", "in each of the two rounds"."""
    nouns, count = _round_words()
    return re.compile(
        rf"(?:każd\w*\s+(?:z\s+(?P<k>{count})\s+)?|each\s+(?:of(?:\s+the)?\s+(?P<k2>{count})\s+)?)"
        rf"(?P<noun>{nouns})",
        re.IGNORECASE,
    )


def _further_round(doc: Doc, planned: Found) -> tuple[dict[str, int], dict[str, Unit]]:
    """A first group and "kolejnych N osób" that together make the total, in the total's sentence
    or the two before it ("wybierzemy 22 osoby … nabór kolejnych 22 osób, tj. 44 osób"): one
    group per round."""
    i = next(k for k, u in enumerate(doc.units) if u is planned.unit)
    seen: list[tuple[int, Unit, bool]] = []
    for u in doc.units[max(0, i - 2) : i + 1]:
        if u.paragraph != planned.unit.paragraph:
            continue
        for n, start, _end in doc.person_counts(u):
            seen.append((n, u, bool(_INCREMENT.search(u.text, max(0, start - 16), start))))
    for (a, ua, inc_a), (b, ub, inc_b) in itertools.pairwise(seen):
        if inc_b and not inc_a and a + b == planned.value:
            return {"runda 1": a, "runda 2": b}, {"runda 1": ua, "runda 2": ub}
    return {}, {}


def _sexes_of(groups: dict[str, int]) -> dict[str, int]:
    """The groups that are women or men, by one label each ("K", "kobiet" -> "kobiety")."""
    return {
        _sex_label(k): v
        for k, v in groups.items()
        if re.fullmatch(rf"(?:{_WOMEN}|{_MEN}|K|M)", k, re.IGNORECASE)
    }


def _may_partition(groups: dict[str, int], total: int | None) -> bool:
    """Whether a rule's split can give a breakdown: two groups or more that make the stated total,
    or whose women and men make it (the other groups overlap them and are dropped), or any two
    groups or more when no total is stated."""
    if len(groups) < 2:
        return False
    sexes = _sexes_of(groups)
    return total is None or total in (
        sum(groups.values()),
        sum(sexes.values()) if len(sexes) == 2 else None,
    )


def breakdown_refusal(groups: dict[str, int], total: int | None) -> str | None:
    """Why a split is not a breakdown of the planned participants (settled conventions, case 5:
    a sex split of the total, else groups that make the stated total, else, with no total, the
    separate groups the text gives), or None when it is one.

    >>> breakdown_refusal({"kobiety": 36}, 66)
    'participant group kobiety 36 of 66 is a lone subset, not a breakdown of the planned participants; not stored as the planned breakdown'
    >>> breakdown_refusal({"bezrobotni": 50, "niepełnosprawni": 30}, 100)
    'participant groups 50 + 30 make 80, not the planned total 100: not a partition of the planned participants; not stored as the planned breakdown'
    >>> breakdown_refusal({"kobiety": 24, "mężczyźni": 16}, 40) is None, breakdown_refusal({"a": 8, "b": 4}, None) is None
    (True, True)
    """
    if not groups:
        return None
    if len(groups) == 1:
        ((label, n),) = groups.items()
        of = f" of {total}" if total is not None else " (no total stated)"
        return (
            f"participant group {label} {n}{of} is a lone subset, not a breakdown of the planned "
            "participants; not stored as the planned breakdown"
        )
    made = sum(groups.values())
    if total is not None and made != total:
        counts = " + ".join(str(n) for n in groups.values())
        return (
            f"participant groups {counts} make {made}, not the planned total {total}: not a "
            "partition of the planned participants; not stored as the planned breakdown"
        )
    return None


def _breakdown_rows(doc: Doc, planned: Found) -> tuple[dict[str, int], dict[str, Unit]]:
    """Table rows right after the total: 'Kobiety | 45' / 'Mężczyźni | 30' adding up to it."""
    i = next(k for k, u in enumerate(doc.units) if u is planned.unit)
    groups: dict[str, int] = {}
    units: dict[str, Unit] = {}
    for u, lv in zip(doc.units[i + 1 : i + 8], doc.label_values()[i + 1 : i + 8]):
        # table rows, or "Kobiety: 30" lines under "Liczba uczestników: 50"
        if lv is None or not (u.is_row or (len(lv[0]) <= 40 and "\n" not in u.text)):
            if groups:
                break
            continue
        # ("Kobiety: 14." as a sentence of its own: the full stop ends it)
        m = re.match(
            r"\s*(\d{1,6})\s*(?:os(?:ób|oby)?\.?)?\s*[.;,]?\s*$", u.text[lv[1] :].split(" | ")[0]
        )
        if not m:
            break
        label = re.sub(
            r"^(?:w\s+tym|including|of\s+whom)\s+", "", lv[0].strip(), flags=re.IGNORECASE
        )
        # "Liczba kobiet: 6", "Number of men | 4": the group is what is counted
        label = re.sub(r"^(?:liczba|number\s+of)\s+", "", label, flags=re.IGNORECASE) or label
        groups[label] = int(m.group(1))
        units[label] = u
    if (
        len(groups) >= 2
        and sum(groups.values()) == planned.value
        and all(map(_names_people, groups))
    ):
        return groups, units
    return {}, {}


def _names_people(label: str) -> bool:
    """Whether a row's label names people (data/vocabulary.yaml breakdown.person_heads, a sex's
    word or letter), not things counted beside them ("Liczba spotkań: 14", "Grupy: 10")."""
    return bool(
        _person_head_re().search(label)
        or re.fullmatch(rf"(?:{_WOMEN}|{_MEN}|K|M)", label.strip(), re.IGNORECASE)
    )


def _extract_breakdown(doc: Doc, planned: Found | None) -> tuple[dict[str, int], dict[str, Unit]]:
    """Group label -> planned count, from the list or the "w tym:" clause after the planned total."""

    if planned is None:
        # no total read: the parts, each stated as the plan (not a report of who took part)
        found = ({}, {})
        if doc.parts:
            groups, unit = doc.parts
            found = _as_the_plan(doc, (groups, {label: unit for label in groups}))
        # "Grupa docelowa:" / "- 20 osób bezrobotnych" / "- 15 osób …" and no total: the parts
        for rule in (
            _items_with_own_splits,
            _target_group_list,
            _counted_group_list,
            _target_group_lines,
            _sex_lines,
            _split_after_own_total,
            _sex_pair_alone,
            _label_first_groups_alone,
        ):
            if found[0]:
                break
            found = _as_the_plan(doc, rule(doc, None) if rule is _target_group_list else rule(doc))
        return found
    if (
        doc.parts
        and sum(doc.parts[0].values()) == planned.value
        and not _RESULT_WORDS.search(doc.parts[1].text)
    ):
        # "… 117 osób, a także … 63 dzieci" elsewhere adds up to the total: those are its parts
        found = _as_the_plan(
            doc, (doc.parts[0], {label: doc.parts[1] for label in doc.parts[0]}), planned
        )
        if found[0]:
            return found
    found = _breakdown_near_total(doc, planned)
    if _may_partition(found[0], planned.value):
        return found
    near = (
        found  # a lone subset or groups short of the total: the rules below may find the partition
    )
    elsewhere: list[tuple[dict[str, int], Unit]] = []
    for u in doc.units:  # groups stated elsewhere that add up exactly to the total
        if doc.is_foreign(u) or u is planned.unit:
            continue
        counts = doc.person_counts(u)
        parts = _parts_only(u, counts) if len(counts) >= 2 else {}
        if (
            parts
            and sum(parts.values()) == planned.value
            and not _RESULT_WORDS.search(u.text)
            and not _ACTUAL_CUE.search(u.text)  # results and actual counts are not the plan's split
        ):
            elsewhere.append((parts, u))
    if elsewhere:
        # two different splits of the total in two places: neither is taken
        if any(sorted(p.values()) != sorted(elsewhere[0][0].values()) for p, _ in elsewhere):
            return {}, {}
        parts, u = elsewhere[0]
        return _as_the_plan(doc, (parts, {label: u for label in parts}), planned)
    found = _as_the_plan(doc, _sex_pair_elsewhere(doc, planned), planned)
    if not found[0]:
        found = _as_the_plan(doc, _target_group_list(doc, planned), planned)
    if not found[0]:
        # the total read is not the one the split adds up to (a sample, a subgroup, a slip): a
        # count's own split stated as the plan ("… of 20 adults (12 K, 8 M)"), when it is the only one
        found = _as_the_plan(doc, _split_after_own_total(doc, cue=_OWN_TOTAL_PLAN_CUE), planned)
    return found if found[0] or not near[0] else near


# what states a count as the plan's when the total read is another one (with _PLANNED_CUE)
_OWN_TOTAL_PLAN_CUE = re.compile(
    r"objective|\bcover(?:ing|s)?\b|\baim(?:s|ed)?\b|" + fold(r"celem|cel\w*\s+główn"),
    re.IGNORECASE,
)


def _target_group_lines(doc: Doc) -> tuple[dict[str, int], dict[str, Unit]]:
    """Lines without list markers under a target-group heading ("Odbiorcy projektu:" /
    "osoby niepełnosprawne – 15 osób" / "osoby bezrobotne – 25 osób", a "<br>" paragraph): the
    groups, when every line is a count of people (no total is read)."""
    for i, u in enumerate(doc.units):
        if u.is_item or u.is_row or doc.is_foreign(u) or not _usable_for_plan(doc, u):
            continue
        lines = [ln.strip() for ln in u.text.split("\n") if ln.strip()]
        head_at = next((k for k, ln in enumerate(lines) if ln.endswith(":")), None)
        if head_at is not None and head_at < len(lines) - 1:
            heading, body = lines[head_at], lines[head_at + 1 :]
        elif i and doc.units[i - 1].text.rstrip().endswith(":"):
            heading, body = doc.units[i - 1].text.rsplit("\n", 1)[-1], lines
        else:
            continue
        if len(body) < 2 or not _TARGET_GROUP_INTRO.search(heading):
            continue
        groups: dict[str, int] = {}
        for ln in body:
            g = _item_group(ln.rstrip(" ,;."))
            if g is None or g[0] in groups or _RESULT_WORDS.search(ln):
                groups = {}
                break
            groups[g[0]] = g[1]
        if len(groups) >= 2:
            return groups, {label: u for label in groups}
    return {}, {}


@cache
def _not_participants_heading() -> re.Pattern[str]:
    """data/vocabulary.yaml breakdown.not_participants_headings."""
    words = "|".join(f"(?:{p})" for p in vocabulary()["breakdown"]["not_participants_headings"])
    return re.compile(rf"(?<!\w)(?:{fold(words)})", re.IGNORECASE)


def _lead_in_line(doc: Doc, u: Unit) -> str:
    """The line before a unit's last line: in the unit, else the last line of the unit before."""
    lines = u.text.rsplit("\n", 2)
    if len(lines) > 1:
        return lines[-2]
    i = next((k for k, x in enumerate(doc.units) if x is u), 0)
    return doc.units[i - 1].text.rsplit("\n", 1)[-1] if i else ""


def _sex_lines(doc: Doc) -> tuple[dict[str, int], dict[str, Unit]]:
    """Women and men on two short lines or rows of their own, no total read ("kobiety ....... 12"
    / "mężczyźni ....... 2", "K: 12" / "M: 2"): the pair, when the page states only one."""
    found: dict[str, int] = {}
    unit = None
    for u, v in itertools.pairwise(doc.units):
        # (a heading line may be joined to the first of them)
        lu, lv = u.text.rsplit("\n", 1)[-1], v.text.split("\n", 1)[0]
        if len(lu) > 60 or len(lv) > 60:
            continue
        if not (_usable_for_plan(doc, u) and _usable_for_plan(doc, v)):
            continue
        pair = sex_pair(f"{lu}\n{lv}")
        if len(pair) != 2 or sex_pair(lu) or sex_pair(lv):
            continue
        if _not_participants_heading().search(_lead_in_line(doc, u)):
            continue  # "Kadra projektu:" / "kobiety: 3" / "mężczyźni: 1": staff, not participants
        if found and pair != found:
            return {}, {}
        found, unit = pair, unit or u
    return (found, {label: unit for label in found}) if found and unit else ({}, {})


_PARTICIPANTS_LABEL = re.compile(
    fold(r"^\s*(?:uczestni\w*|odbiorc\w*|beneficjen\w*|grup\w*\s+docelow\w*)(?:\s+projektu)?\s*:")
    + r"|^\s*(?:participants|beneficiaries|target\s+group)\s*:",
    re.IGNORECASE,
)


@cache
def _became_participants_re() -> re.Pattern[str]:
    """data/vocabulary.yaml breakdown.became_participants ("uczestnikami projektu zostało")."""
    words = "|".join(f"(?:{p})" for p in vocabulary()["breakdown"]["became_participants"])
    return re.compile(fold(words), re.IGNORECASE)


def _sex_pair_alone(doc: Doc) -> tuple[dict[str, int], dict[str, Unit]]:
    """No total read, but women and men stated as the plan's ("W projekcie wezmą udział kobiety
    (24) i mężczyźni (16)", "Uczestnicy: kobiet – 18 os., mężczyzn – 12 os."): the pair, when the
    page states only one such."""
    found: dict[str, int] = {}
    unit = None
    for u in doc.units:
        # (the pair first: most units state none, and it is the cheapest of the three tests)
        pair = sex_pair(u.text)
        if len(pair) != 2:
            continue
        if not _usable_for_plan(doc, u):
            continue
        if not (
            _PLANNED_CUE.search(u.text)
            or _PARTICIPANTS_LABEL.search(u.text)
            or _became_participants_re().search(u.text)
        ):
            continue
        if found and pair != found:
            return {}, {}
        found, unit = pair, unit or u
    return (found, {label: unit for label in found}) if found and unit else ({}, {})


def _usable_for_plan(doc: Doc, u: Unit) -> bool:
    """A unit that may state the plan's split: the page's own, not a result or an actual count
    (decided once per unit: several rules ask)."""
    known = doc._usable.get(id(u))
    if known is not None:
        return known[1]
    usable = not (doc.is_foreign(u) or _RESULT_WORDS.search(u.text) or _ACTUAL_CUE.search(u.text))
    doc._usable[id(u)] = (u, usable)  # (the unit kept with its answer: its id is not reused)
    return usable


@cache
@case_free_results
def _report_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """data/vocabulary.yaml breakdown: a report's words, the plan's words, English past verbs of
    taking part."""
    vocab = vocabulary()["breakdown"]
    return (
        re.compile(fold("|".join(f"(?:{p})" for p in vocab["report_words"])), re.IGNORECASE),
        re.compile(fold("|".join(f"(?:{p})" for p in vocab["plan_words"])), re.IGNORECASE),
        re.compile(rf"\b(?:{vocab['report_verbs_en']})\b", re.IGNORECASE),
    )


def reports_what_took_place(text: str, at: int, heading: str = "") -> bool:
    """Whether a split of participants stated at position `at` of `text` (under `heading`) reports
    who took part rather than the plan: a report's word in its clause or its heading, or a verb of
    taking part in the past tense in its clause and no word of a plan.

    >>> reports_what_took_place("Do projektu przystąpiło 40 osób (25 K, 15 M).", 24)
    True
    >>> reports_what_took_place("Projekt zakładał objęcie 40 osób (25 K, 15 M).", 25)
    False
    >>> reports_what_took_place("Do projektu przystąpi 40 osób (25 K, 15 M).", 22)
    False
    """
    report, plan, english_past = _report_res()
    a, b = roles.clause_span(text, at, at + 1)
    clause = _mask_parenthesised(text[a:b])  # a remark in parentheses does not set the tense
    if report.search(clause) or (heading and report.search(heading)):
        return True
    if plan.search(clause):
        return False
    return _past_participation(clause) or english_past.search(clause) is not None


@cache
def _report_verb_lemmas() -> frozenset[str]:
    return frozenset(vocabulary()["breakdown"]["report_verb_lemmas"])


def _past_participation(clause: str) -> bool:
    """Whether a clause has a verb of taking part or receiving support in the past tense
    ("wzięło udział", "przystąpiło", "objęto wsparciem"): a word whose every reading is such a
    verb's past form (not "udział", also a past form of "udziać")."""
    lemmas = _report_verb_lemmas()
    for m in re.finditer(r"[^\W\d_]{4,}", clause):
        readings = roles.analyses(m.group(0))
        if readings and all(
            lemma in lemmas and tag.split(":")[0] in ("praet", "imps") for lemma, tag in readings
        ):
            return True
    return False


def _as_the_plan(
    doc: Doc, found: tuple[dict[str, int], dict[str, Unit]], planned: Found | None = None
) -> tuple[dict[str, int], dict[str, Unit]]:
    """A split found away from the planned total (or with no total read) kept only when none of
    its units reports what took place (`reports_what_took_place`, `_usable_for_plan`); else none,
    and a problem says why."""
    groups, units = found
    if not groups:
        return found
    for u in {id(u): u for u in units.values()}.values():
        if planned is not None and u is planned.unit:
            continue
        index = next((i for i, x in enumerate(doc.units) if x is u), None)
        heading = roles.heading_above(doc.units, index) if index is not None else ""
        # the short lines that lead in to it ("Liczba osób objętych wsparciem (stan na …):", a
        # table's header row and the line above it)
        lead_in = [
            x.text for x in doc.units[max(0, (index or 0) - 2) : index or 0] if len(x.text) <= 200
        ]
        text = u.text
        if u.is_row and lead_in and " | " in lead_in[-1]:
            text = f"{lead_in.pop()}\n{text}"  # the header row says what the counts count
        at = min(
            (a for n in groups.values() for a in number_spots(text, n, loose=True)),
            default=0,
        )
        heading = "\n".join([heading, *lead_in])
        if not _usable_for_plan(doc, u) or reports_what_took_place(text, at, heading):
            doc.problems.append(
                "participant split "
                + ", ".join(str(n) for n in groups.values())
                + " is stated as what took place, not as the plan; not stored as the planned breakdown"
            )
            return {}, {}
    return found


def _sex_pair_elsewhere(doc: Doc, planned: Found) -> tuple[dict[str, int], dict[str, Unit]]:
    """Women and men stated away from the total they add up to (the total said twice: "Przyjmiemy
    120 osób …" … "Przewidywana liczba uczestników wynosi 120 osób, w tym 72 kobiety i 48
    mężczyzn"): the pair when every such statement on the page gives the same one."""
    found: dict[str, int] = {}
    unit = None
    for u in doc.units:
        if u is planned.unit or not _usable_for_plan(doc, u):
            continue
        pair = sex_pair(u.text)
        if len(pair) != 2 or sum(pair.values()) != planned.value:
            continue
        # not when the sentence counts other people ("W gminie mieszka 300 seniorów, w tym …")
        if {c[0] for c in doc.person_counts(u)} - set(pair.values()) - {planned.value}:
            continue
        if found and pair != found:
            return {}, {}  # two different splits of the same total: none is taken
        found, unit = pair, unit or u
    return (found, {label: unit for label in found}) if found and unit else ({}, {})


def _split_after_own_total(
    doc: Doc, cue: re.Pattern[str] | None = None
) -> tuple[dict[str, int], dict[str, Unit]]:
    """No planned total was read, but a count of people is followed by its own split in
    parentheses ("Projekt kierujemy do 153 osób (100K i 53M)"): that split, when the page states
    only one such (and not as an actual or a result count). With `cue`, only splits in units
    that state a plan (that cue or _PLANNED_CUE) count."""
    found: dict[str, int] = {}
    unit = None
    for u in doc.units:
        if "(" not in u.text or not _usable_for_plan(doc, u):
            continue
        if cue is not None and not (cue.search(u.text) or _PLANNED_CUE.search(u.text)):
            continue
        for m in _PAREN_AFTER_COUNT.finditer(u.text):
            n = parse_count(m.group("n"))
            split = _parenthesised_split(u.text, n) if n else {}
            if not split:
                continue
            if found and split != found:
                return {}, {}
            found, unit = split, unit or u
    return (found, {label: unit for label in found}) if found and unit else ({}, {})


def _item_own_split_group(doc: Doc, u: Unit) -> tuple[str, int] | bool | None:
    """A list item's one group of people with its own women and men in the parentheses after it
    ("1. Utworzenie 10 miejsc w mieszkaniu treningowym dla 10 osób (6K 4M).": the item's name,
    10); None when the item counts no people; False when it counts them otherwise (several
    counts, no split, a split that does not make the count, staff)."""
    counts = [c for c in doc.person_counts(u) if not _paren_depth(u.text[: c[1]])]
    if not counts:
        return None
    if len(counts) != 1:
        return False
    n, start, end = counts[0]
    m = _OWN_SPLIT_GROUP.match(u.text, start)
    if m is None or _hired_staff(u.text, start, end):
        return False
    pair = sex_pair(m.group("split"))
    if len(pair) != 2 or sum(pair.values()) != n:
        return False
    head = re.sub(r"^\s*(?:\d{1,2}[.)]|[-•*–])\s*", "", u.text[:start])
    head = re.sub(fold(r"\s+(?:dla|do|for)\s*$"), "", head.rstrip(), flags=re.IGNORECASE)
    label = _clean_label(" ".join(_drop_parenthesised(head).split()[:16]))
    label = label or _clean_label(m.group("label"))
    return (label, n) if label else False


def _items_with_own_splits(doc: Doc) -> tuple[dict[str, int], dict[str, Unit]]:
    """No total read, and a list's items each name one group of people with its own women and
    men ("1. … dla 10 osób (6K 4M).", "2. … dla 25 osób (15K, 10M)."): one group per item (the
    inner splits dropped), when the page has one such list; items that count no people are
    passed over, an item that counts them otherwise voids the list."""
    found: tuple[dict[str, int], dict[str, Unit]] = ({}, {})
    groups: dict[str, int] = {}
    units: dict[str, Unit] = {}
    void = False
    for u in [*doc.units, None]:
        if u is not None and u.is_item and not doc.is_foreign(u):
            g = _item_own_split_group(doc, u) if "(" in u.text else None
            if g is False or (g and g[0] in groups):
                void = True
            elif g:
                groups[g[0]], units[g[0]] = g[1], u
            continue
        if len(groups) >= 2 and not void:
            if found[0]:
                return {}, {}  # two such lists: which one is the plan's is not said
            found = (groups, units)
        groups, units, void = {}, {}, False
    return found


_TARGET_GROUP_INTRO = re.compile(
    fold(
        r"grup\w*\s+docelow\w*|uczestnik\w*\s+(?:projektu\s+)?(?:będą|będzie|są|zostan\w*)"
        r"|(?:projekt|wsparci\w*)\s+(?:jest\s+|będzie\s+)?(?:skierowan|adresowan)\w*\s+(?:(?:jest|będzie|został\w*)\s+)?do"
        # "Uczestnicy projektu:", "Odbiorcy projektu:", "Do kogo skierowany jest projekt?"
        r"|^\s*(?:uczestni\w*|odbiorc\w*|beneficjen\w*)(?:\s+projektu)?\s*:$"
        r"|do\s+kogo\s+(?:jest\s+)?(?:skierowan|adresowan)\w*"
        # "W 2012 roku działaniami projektu objęte są:", "Projekt kierujemy do trzech grup osób:",
        # "W projekcie wezmą udział:"
        r"|objęt\w*\s+(?:są|będą|zostan\w*|został\w*|będzie|jest)\s*:$"
        r"|(?:projekt|wsparci\w*|działani\w*)\s+kierujemy\s+do|kierujemy\s+(?:projekt|wsparcie)\s+do"
        r"|(?:wezm\w+|weźmie)\s+udział\s*:$"
        # "Wsparcie otrzymają:", "Projekt obejmie:", "Odbiorcami wsparcia będą:", "Adresatami
        # projektu są:", "Kto może wziąć udział w projekcie?"
        r"|(?:wsparci\w*|pomoc\w*)\s+(?:otrzyma|otrzymają|uzyska|uzyskają)\s*:$"
        r"|(?:projekt\w*|wsparci\w*|działani\w*)\s+(?:obejmie|obejmą|obejmuje|obejmują)\s*:$"
        r"|(?:odbiorc|adresa)\w*\s+(?:(?:wsparcia|projektu|działań)\s+)?(?:będą|są)\s*:$"
        r"|kto\s+może\s+(?:wziąć\s+udział|skorzystać|zostać\s+uczestnik\w*)[^?\n]{0,40}\?$"
    )
    + r"|target\s+group|participants\s+(?:will\s+be|are)|^\s*(?:participants|beneficiaries)\s*:$",
    re.IGNORECASE,
)


def _target_group_list(doc: Doc, planned: Found | None) -> tuple[dict[str, int], dict[str, Unit]]:
    """A list under a target-group introduction away from the total ("Grupa docelowa to …, w
    szczególności:" / "- 100 os. …" / "- 40 osób …"): its groups when every item is a count of
    people and together they do not exceed the total."""

    for j, u in enumerate(doc.units):
        if (
            u.is_item
            or doc.is_foreign(u)
            or not u.text.rstrip().endswith((":", "?"))
            or not _TARGET_GROUP_INTRO.search(u.text)
        ):
            continue
        items = list_items_after(doc.units, j)
        groups: dict[str, int] = {}
        units: dict[str, Unit] = {}
        for k in items:
            it = doc.units[k]
            if it.marker != doc.units[items[0]].marker:
                continue
            m = ITEM_MARKER.match(it.text)
            body = it.text[m.end() :] if m else it.text
            g = _item_group(body)
            lone = _SEX_LEAD.fullmatch(compact(body).strip(" ,.;"))  # "- 24 kobiet,"
            if lone and g is None:
                g = (_sex_label(lone.group("sex")), int(lone.group("n")))
            found = _sexes_at_item_end(body) or ([g] if g else [])
            if not found or any(x[0] in groups for x in found) or _RESULT_WORDS.search(it.text):
                groups = {}  # "- 40 osób podejmie zatrudnienie": a result, not a group
                break
            for label, n in found:
                groups[label] = n
                units[label] = it
        if len(groups) >= 2 and (planned is None or sum(groups.values()) <= planned.value):
            return groups, units
    return {}, {}


_DASH = re.compile(r"\s+[–—-]\s+")
_SEX_LEAD = re.compile(rf"(?P<n>\d{{1,6}})\s+(?P<sex>{_WOMEN}|{_MEN})(?!\w)", re.IGNORECASE)


def _sexes_at_item_end(body: str) -> list[tuple[str, int]]:
    """A group named first and counted by sex after a dash ("kontrakty socjalne – 8 kobiet w
    wieku …", "PAL I – młodzież z sołectw … – 6 mężczyzn i 4 kobiety"): one group per sex,
    labelled "kobiety – kontrakty socjalne"; [] when no part after a dash opens with a count of
    women or men."""
    parts = _DASH.split(compact(body).rstrip(" .;,"))
    if len(parts) < 2 or not re.search(r"[^\W\d_]{3}", parts[0]) or re.search(r"\d", parts[0]):
        return []
    label = parts[0].strip(" ,;:")
    for tail in (parts[-1], parts[1]):
        lead = _SEX_LEAD.match(tail)
        if not lead:
            continue
        pair = sex_pair(tail[: lead.end() + 40])
        if pair and _SEX_LEAD.match(tail):
            order = sorted(pair, key=lambda k: tail.find(str(pair[k])))
            return [(f"{sex} – {label}", pair[sex]) for sex in order]
        return [(f"{_sex_label(lead.group('sex'))} – {label}", int(lead.group("n")))]
    return []


def _mask_parenthesised(text: str) -> str:
    """The text with what stands inside parentheses blanked out (same length): "36 kobiet (w tym 5
    …) i 24 mężczyzn" -> "36 kobiet (         …) i 24 mężczyzn"."""
    if "(" not in text:
        return text
    out, depth = [], 0
    for ch in text:
        if ch == ")" and depth:
            depth -= 1
        out.append(ch if depth == 0 else " ")
        if ch == "(":
            depth += 1
    return "".join(out)


def _split_outside_parentheses(pattern: str, text: str, flags: int = re.IGNORECASE) -> list[str]:
    """re.split of `text` at the matches of `pattern` that stand outside parentheses."""
    parts, last = [], 0
    for m in re.finditer(pattern, _mask_parenthesised(text), flags):
        parts.append(text[last : m.start()])
        last = m.end()
    parts.append(text[last:])
    return parts


def _breakdown_near_total(doc: Doc, planned: Found) -> tuple[dict[str, int], dict[str, Unit]]:

    p_idx = next(i for i, u in enumerate(doc.units) if u is planned.unit)
    # 0. the split in parentheses right after the total: "183 osób (102 kobiety i 81 mężczyzn)",
    #    "150 osób (90K, 60M)", "56 osob (w tym 29 kobiet i 27 mezczyzn)"
    paren = _parenthesised_split(planned.unit.text, planned.value) or _parenthesised_groups(
        planned.unit.text, planned.value
    )
    if paren:
        return paren, {label: planned.unit for label in paren}
    # 0b. women only, in parentheses right after the total: "60 osób (36 kobiet)"
    for m in _PAREN_AFTER_COUNT.finditer(planned.unit.text):
        one = _PAREN_ONE_SEX.match(m.group("inner").strip())
        if (
            parse_count(m.group("n")) == planned.value
            and one
            and int(one.group("a")) < planned.value
        ):
            label = _sex_label(one.group("al"))
            return {label: int(one.group("a"))}, {label: planned.unit}
    # 1. inline "…, w tym: 449 osób bezrobotnych…, 60 osób niepełnosprawnych, 12 osób …"
    m = _INLINE_BREAKDOWN.search(_mask_parenthesised(planned.unit.text))
    if m:
        groups: dict[str, int] = {}
        units: dict[str, Unit] = {}
        bound = r"(?=(?:co\s+najmniej\s+|at\s+least\s+|min\.\s*)?\d)"
        for part in _split_outside_parentheses(
            rf",\s+{bound}|;\s*|\s+(?:oraz|i|and)\s+{bound}|(?<=\))\s*(?:,|\s+i|\s+oraz|\s+and)\s+",
            planned.unit.text[m.start("list") :],
            flags=re.IGNORECASE,
        ):
            g = _item_group(part)
            if g:
                groups[g[0]] = g[1]
                units[g[0]] = planned.unit
        sexes = _sex_counts(planned.unit.text)
        if (
            len(groups) > 2
            and sum(groups.values()) > planned.value
            and sum(sexes.values()) == planned.value
        ):
            # "40 osób, w tym 24 kobiety i 16 mężczyzn oraz 10 osób z otoczenia": the split is
            # the one that adds up to the total; the others are more people or a subset
            return sexes, {label: planned.unit for label in sexes}
        if len(groups) >= 2:
            return groups, units
        # "…, w tym 40 z terenu miasta i 20 z terenu gminy": the person noun left out, the groups
        # making the total
        bare = _counted_groups(planned.unit.text[m.start("list") :])
        if len(bare) >= 2 and sum(bare.values()) == planned.value:
            return bare, {label: planned.unit for label in bare}
    # 1b. "Grupa docelowa liczy 176 osób: 106 osób nowo zrekrutowanych … i 70 osób powracających";
    #     "50 osób, tj. 30 dzieci i 20 rodziców", "w podziale na: …"
    for m in (
        _COLON_BREAKDOWN.search(planned.unit.text),
        _LABEL_FIRST_COLON_BREAKDOWN.search(planned.unit.text),
        _EQUAL_SPLIT.search(planned.unit.text),
        _DASH_BREAKDOWN.search(planned.unit.text),
    ):
        if not m:
            continue
        groups = _counted_groups(m.group("list"))
        if len(groups) >= 2 and sum(groups.values()) == planned.value:
            return groups, {label: planned.unit for label in groups}
    # 1c. "łącznie 400 kobiet i 300 mężczyzn"; "(w tym co najmniej 39 kobiet)": women and men as stated
    sexes = _sex_counts(planned.unit.text)
    if sexes and (len(sexes) == 1 or sum(sexes.values()) == planned.value):
        return sexes, {label: planned.unit for label in sexes}
    # 1c'. "Projekt obejmie 60 osób" / "Kobiety – 36" / "Mężczyźni – 24": short lines after the total
    if p_idx + 1 < len(doc.units):
        nxt = doc.units[p_idx + 1]
        if len(nxt.text) <= 40 and not nxt.is_item and not doc.is_foreign(nxt):
            pair = sex_pair(planned.unit.text.rsplit("\n", 1)[-1] + "\n" + nxt.text)
            if pair and sum(pair.values()) == planned.value:
                return pair, {label: nxt for label in pair}
    # 1d. the next sentence: "Przewidziano udział kobiet (co najmniej 36)", "Wśród nich będzie 20 kobiet"
    for u in doc.units[p_idx + 1 : p_idx + 3]:
        if u.is_item or doc.is_foreign(u):
            break
        m = _WOMEN_SHARE.search(u.text)
        n = int(m.group("n") or m.group("n2")) if m else 0
        if 0 < n < planned.value and len(doc.person_counts(u)) <= 1:
            return {"kobiety": n}, {"kobiety": u}
        if _RESULT_WORDS.search(u.text) or _ACTUAL_CUE.search(u.text):
            continue
        # "Będzie to 6 kobiet i 4 mężczyzn.", "6 z nich to kobiety." (not when the sentence counts
        # other people: "W gminie mieszka 300 seniorów, w tym 20 kobiet …")
        pair = sex_pair(u.text)
        others = {c[0] for c in doc.person_counts(u)} - set(pair.values())
        if pair and sum(pair.values()) == planned.value and not others:
            return pair, {label: u for label in pair}
        m = _SEX_OF_THEM.search(u.text)
        if m and int(m.group("a")) < planned.value and not doc.person_counts(u):
            label = _sex_label(m.group("al"))
            return {label: int(m.group("a"))}, {label: u}
        # "Wśród nich będzie 40 osób bezrobotnych i 20 biernych zawodowo.": groups of them that
        # add up to the total
        m = _AMONG_THEM_LIST.search(u.text)
        if m:
            groups = _counted_groups(m.group("list"))
            if len(groups) >= 2 and sum(groups.values()) == planned.value:
                return groups, {label: u for label in groups}
    # 1e. the groups before "łącznie N osób": "70 osób bezrobotnych i 50 osób niepełnosprawnych,
    #     razem 120 osób"
    counts = doc.person_counts(planned.unit)
    if _total_after_parts(planned.unit, counts) == planned.value:
        k = next(i for i, c in enumerate(counts) if i >= 2 and c[0] == planned.value)
        parts = {
            re.sub(r"[\s,]+(?:łącznie|razem|ogółem|w\s+sumie|in\s+total)$", "", label): n
            for label, n in _parts_only(planned.unit, counts[:k]).items()
        }
        if len(parts) >= 2 and sum(parts.values()) == planned.value:
            return parts, {label: planned.unit for label in parts}
    # 1f. the groups after the total in its own sentence, joined as parts and making it ("…
    #     200 mieszkańców, przy czym 150 uczestników stanowić będą osoby nieaktywne zawodowo,
    #     natomiast 50 osób posiadać będzie status osoby bezrobotnej")
    parts = _groups_after_total(planned, counts)
    if parts:
        return parts, {label: planned.unit for label in parts}
    # 2. a list that follows the planned statement or the next unit that introduces groups
    for j in range(p_idx, min(p_idx + 3, len(doc.units))):
        u = doc.units[j]
        if u.is_item:
            break
        if j > p_idx and not _BREAKDOWN_PARENT.search(u.text):
            continue
        items = list_items_after(doc.units, j)
        if not items:
            nested = _subheaded_groups(doc, j)  # "w tym:" / "w roku 2014:" - … / "w roku 2015:" - …
            if nested[0] and sum(nested[0].values()) == planned.value:
                return nested
            lines = _count_lines_after(doc, j)  # "… min. 110 osób." / "min. 50 rodziców," / …
            if lines[0] and sum(lines[0].values()) == planned.value:
                return lines
            continue
        top_shape = doc.units[items[0]].marker
        groups, units = {}, {}
        for k in items:
            it = doc.units[k]
            if it.marker != top_shape:
                continue
            body = (
                it.text[ITEM_MARKER.match(it.text).end() :]
                if ITEM_MARKER.match(it.text)
                else it.text
            )
            g = _item_group(body)
            if g:
                groups[g[0]] = g[1]
                units[g[0]] = it
        if len(groups) >= 2 and sum(groups.values()) <= planned.value:
            return groups, units  # parts larger than the total are not its parts
    return {}, {}


def _groups_after_total(planned: Found, counts: list[tuple[int, int, int]]) -> dict[str, int]:
    """Two or more groups of people after the planned total in its sentence, joined as parts
    ("…, natomiast 50 osób …") and adding up to it: {label: count}; {} when they do not, or when
    the words after the total tell results or who took part ("… 60 osób, z czego 40 osób podejmie
    pracę, a 20 osób ukończy kurs")."""
    at = next((i for i, c in enumerate(counts) if c[0] == planned.value), None)
    if at is None or len(counts) - at - 1 < 2:
        return {}
    tail = planned.unit.text[counts[at][2] :]
    if _RESULT_WORDS.search(tail) or _ACTUAL_CUE.search(tail):
        return {}
    parts = _parts_only(planned.unit, counts[at + 1 :])
    return parts if len(parts) >= 2 and sum(parts.values()) == planned.value else {}


def _count_lines_after(doc: Doc, index: int) -> tuple[dict[str, int], dict[str, Unit]]:
    """Short lines right after unit `index` without list markers (the bullets lost with the
    page's layout), each one count of people and its group ("min. 50 rodziców," / "min. 30 osób
    przebywających w pieczy poniżej 15 roku życia"): {label: count} when there are two or more
    and every line up to the first other one is such a group; results ("20 osób podejmie pracę")
    are none."""
    groups: dict[str, int] = {}
    units: dict[str, Unit] = {}
    for u in doc.units[index + 1 : index + 9]:
        text = u.text.strip()
        g = (
            _item_group(text)
            if len(text) <= 120
            and "\n" not in text
            and not u.is_item
            and not u.is_row
            and not doc.is_foreign(u)
            and len(doc.person_counts(u)) == 1
            and not _RESULT_WORDS.search(text)
            and not _ACTUAL_CUE.search(text)
            else None
        )
        if g is None or g[0] in groups:
            break
        groups[g[0]] = g[1]
        units[g[0]] = u
    return (groups, units) if len(groups) >= 2 else ({}, {})


_SUBHEADING = re.compile(r"^[^.!?:]{2,40}:$")


def _subheaded_groups(doc: Doc, index: int) -> tuple[dict[str, int], dict[str, Unit]]:
    """Groups in lists under short sub-headings after unit `index` ("w roku 2014:" / "- 60 osób
    bezrobotnych" …, "Edycja II:" / …): {"osoby bezrobotne (w roku 2014)": 60, …} when every item
    of every sub-list is a count of people; {} otherwise."""

    groups: dict[str, int] = {}
    units: dict[str, Unit] = {}
    j = index + 1
    lists = 0
    while j + 1 < len(doc.units):
        head = doc.units[j]
        if head.is_item or not _SUBHEADING.match(head.text.strip()) or not doc.units[j + 1].is_item:
            break
        tag = head.text.strip().rstrip(":").strip()
        items = list_items_after(doc.units, j)
        for k in items:
            it = doc.units[k]
            m = ITEM_MARKER.match(it.text)
            g = _item_group(it.text[m.end() :] if m else it.text)
            if g is None:
                return {}, {}
            label = f"{g[0]} ({tag})"
            if label in groups:
                return {}, {}
            groups[label] = g[1]
            units[label] = it
        lists += 1
        j = items[-1] + 1
    return (groups, units) if lists >= 2 else ({}, {})


# the two labels, also without diacritics and in English ("efektywnosc spoleczna", "employment
# effectiveness", "social efficiency rate")
_SOCIAL_EFF = re.compile(
    fold(r"efektywnoś\w*\s+społeczn\w*") + r"|social\s+(?:effectiveness|efficiency)", re.IGNORECASE
)
_EMPLOY_EFF = re.compile(
    fold(r"efektywnoś\w*\s+zatrudnieniow\w*") + r"|employment\s+(?:effectiveness|efficiency)",
    re.IGNORECASE,
)


# result wording without the word "efektywność": "zatrudnienie podejmie min. 25% osób", "aktywność społeczną –
# min. 34% osób", "60 proc. z nich znalazło zatrudnienie", "41% of participants found jobs"
_EMPLOY_RESULT = re.compile(
    fold(
        r"zatrudnieni\w*|podj\w*\s+(?:pracę|zatrudnieni\w*)|znalazł\w*\s+(?:pracę|zatrudnieni\w*)|wrócił\w*\s+na\s+rynek\s+pracy"
        r"|\bpracę\s+(?:podj|znalaz)\w*"
    )
    + r"|employment|found\s+(?:a\s+)?jobs?|got\s+jobs?",
    re.IGNORECASE,
)
_SOCIAL_RESULT = re.compile(
    fold(r"aktywnoś\w*\s+społeczn(?:a|ą|ej|ym|ych)\b|integracj\w*\s+społeczn(?:a|ą|ej)\b")
    + r"|social\s+(?:activity|inclusion)",
    re.IGNORECASE,
)


_CLAUSE_BREAK = re.compile(r",\s+(?:a|zaś|natomiast|and|while)\s+|;\s*|[.!?]\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])")


# "(50% z 60 osób objętych wsparciem)", "(40% of 50 participants)": the share of all participants
# a result is planned or reached for
_SHARE_OF_ALL = re.compile(
    r"\s*(?:z|ze|spośród|of)\s+(?:ogółu\s+|all\s+(?:the\s+)?)?\d", re.IGNORECASE
)


@cache
def _group_share_re() -> re.Pattern[str]:
    """What follows a percentage that is a group's share, not a result rate: "59% K", "60%
    kobiet", "40 % women" (data/vocabulary.yaml breakdown: the words for women and men)."""
    words = vocabulary()["breakdown"]
    names = "|".join(f"(?:{p})" for p in words["women"] + words["men"])
    letters = f"{words['women_letter']}|{words['men_letter']}"
    return re.compile(rf"\s*(?:(?i:{fold(names)})(?!\w)|(?:{letters})\b(?!\.\w))")


def group_share(after: str) -> bool:
    """Whether the text right after a percentage names a group of people by sex.

    >>> group_share(" K, zagrożonych ubóstwem"), group_share(" kobiet"), group_share(" uczestników")
    (True, True, False)
    """
    return _group_share_re().match(after) is not None


def _menu_item(text: str, start: int, end: int) -> bool:
    """Whether a figure is an item of a site's menu line: five items or more between bars, the
    figure's item of three words at most and the only one with a digit ("Start | O nas | Projekty |
    1,5% | Kontakt"); a table row, with its label and its other figures, is none."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    line = text[a : b if b >= 0 else len(text)]
    items = [x.strip() for x in line.split("|")]
    if len(items) < 5:
        return False
    left, right = text.rfind("|", a, start), text.find("|", end)
    if left < 0 or right < 0 or right > a + len(line):
        return False
    mine = text[left + 1 : right]
    digits = [x for x in items if any(c.isdigit() for c in x)]
    return len(mine.split()) <= 3 and len(digits) == 1


def _result_percentages(doc: Doc, out: dict[str, Found]) -> None:
    for u, low in zip(doc.units, doc.lower):
        if ("%" not in u.text and "proc" not in low) or doc.is_foreign(u):
            continue
        for pm in PERCENT_RE.finditer(u.text):
            if re.search(r"\(\s*$", u.text[max(0, pm.start() - 3) : pm.start()]) and not (
                _SHARE_OF_ALL.match(u.text, pm.end())
            ):
                continue  # "40 uczestników (80%)": a share of the participants, not a result rate
            if group_share(u.text[pm.end() : pm.end() + 30]):
                continue  # "32 osoby, w tym 59% K": the women's share, not a result
            if _menu_item(u.text, pm.start(), pm.end()):
                continue  # "Projekty | 1,5% | Kontakt": a site's menu item (a tax donation), not a rate
            near = u.text[max(0, pm.start() - 45) : pm.end() + 45]
            if re.search(
                r"dofinansowan|wkład|wartoś|kosztów|budżet|co-?financ|rate|stop\w*\s+bezroboci",
                near,
                re.IGNORECASE,
            ):
                continue
            # the clause the percentage stands in ("zatrudnienie podejmie min. 25% osób, a aktywność … – min. 34%")
            left = max((b.end() for b in _CLAUSE_BREAK.finditer(u.text, 0, pm.start())), default=0)
            nb = _CLAUSE_BREAK.search(u.text, pm.end())
            clause = u.text[left : nb.start() if nb else len(u.text)]
            cues = {
                key
                for key, rx in (
                    ("employment_effectiveness_pct", _EMPLOY_RESULT),
                    ("social_effectiveness_pct", _SOCIAL_RESULT),
                )
                if rx.search(clause)
            }
            if len(cues) != 1:
                continue  # no cue, or both kinds of result in one clause: not read
            cues = [(0, cues.pop())]
            key = cues[0][1]
            if key in out:
                continue
            v = float(parse_number(pm.group("num")))
            if not 0 < v <= 100:
                continue
            out[key] = Found(v, u)
            basis = effectiveness_basis(low)
            if basis:
                out[key.replace("_pct", "_basis")] = Found(basis, u)
            else:
                doc.problems.append(
                    f"{key}: {v:g}% is stated without saying whether it is a target or an achieved result"
                )


def extract_effectiveness(doc: Doc) -> dict[str, Found]:
    out = _extract_effectiveness_labelled(doc)
    _result_percentages(doc, out)
    return out


def _extract_effectiveness_labelled(doc: Doc) -> dict[str, Found]:
    out: dict[str, Found] = {}
    for u, low in zip(doc.units, doc.lower):
        if not ("efektywno" in low or "effectiveness" in low or "efficiency" in low) or (
            "%" not in u.text and "proc" not in low and "percent" not in low
        ):
            continue
        for key, rx in (
            ("social_effectiveness_pct", _SOCIAL_EFF),
            ("employment_effectiveness_pct", _EMPLOY_EFF),
        ):
            if key in out:
                continue
            m = rx.search(u.text)
            if not m:
                continue
            # the first percentage after the label, before the next label
            rest = u.text[m.end() : m.end() + 120]
            other = (_EMPLOY_EFF if rx is _SOCIAL_EFF else _SOCIAL_EFF).search(rest)
            if other:
                rest = rest[: other.start()]
            pm = PERCENT_RE.search(rest)
            if pm is None:
                # "34% efektywności społecznej": the percentage just before the label
                before = u.text[max(0, m.start() - 25) : m.start()]
                pm = list(PERCENT_RE.finditer(before))[-1] if PERCENT_RE.search(before) else None
            if pm:
                v = float(parse_number(pm.group("num")))
                if 0 <= v <= 100:
                    out[key] = Found(v, u)
                    basis = effectiveness_basis(low)
                    basis_key = key.replace("_pct", "_basis")
                    if basis:
                        out[basis_key] = Found(basis, u)
                    else:
                        doc.problems.append(
                            f"{key}: {v:g}% is stated without saying whether it is a target or an achieved result"
                        )
    return out


_EFF_TARGET = re.compile(
    fold(
        r"nie\s+mniejsz|co\s+najmniej|minimum|minimaln|\bmin\.|podejmie|podejmą|znajdzie|znajdą|zakładane|założon|zakłada|zakładan|planowan|docelow|oczekiwan"
        r"|ma\s+wynie|mają\s+wynie|powin|należy\s+osiągn|do\s+osiągnięcia|osiągnięci\w*\s+(?:wskaźnik|poziom)"
        r"|wymagan|będzie|zostanie\s+osiągn|\btarget|at\s+least|expected|planned"
        r"|\bcel\w*\s+(?:główn|projektu)|\bcelem\s+(?:głównym\s+)?projektu|\b(?:main\s+)?(?:aim|goal|objective)"
    ),
    re.IGNORECASE,
)
_EFF_ACHIEVED = re.compile(
    fold(
        r"osiągnięto|osiągnęł|osiągnął|wyniosł|wyniósł|uzyskano|uzyskał|zrealizowano|udało\s+się|znalazł\w*|podjęł\w*|podjął|podjęło"
        r"|faktyczn|rzeczywist|achieved|reached"
    ),
    re.IGNORECASE,
)


def effectiveness_basis(low: str) -> str | None:
    """'target' or 'achieved' for the unit an effectiveness percentage was read from; None when
    the wording says neither (or both).

    >>> effectiveness_basis("efektywność społeczna na poziomie nie mniejszym niż 34%")
    'target'
    >>> effectiveness_basis("osiągnięto efektywność zatrudnieniową 41%")
    'achieved'
    """
    target, achieved = bool(_EFF_TARGET.search(low)), bool(_EFF_ACHIEVED.search(low))
    if target == achieved:
        return None
    return "target" if target else "achieved"


def _item_body(it: Unit) -> str:
    """A list item's text without its marker."""

    m = ITEM_MARKER.match(it.text)
    return it.text[m.end() :] if m else it.text


case_free_patterns(globals())
case_free_functions(globals())
# the actual-count and result cues: several breakdown and participant rules search the same unit;
# and the digit test, which four participant rules ask of every unit (`\d` tests each character's
# Unicode category: ~2x the cost of `[0-9]` on text without digits)
remember_searches(globals(), "_ACTUAL_CUE", "_RESULT_WORDS", "_DIGIT")


@cache
def _part_count_re() -> re.Pattern[str]:
    nouns = vocabulary()["breakdown"]["part_nouns"]
    return re.compile(
        rf"(?<![\d,.\-–/])(?P<n>\d{{1,5}})(?![\d,.]\d)\s*(?:\w+\s+)?(?P<noun>{fold(nouns)})(?!\w)",
        re.IGNORECASE,
    )


_PART_LABEL_TRIM = re.compile(
    r"^[\s,;:(–—\-•]*(?:i|oraz|a|w|we|na|dla|z|ze|in|for)?\s+|[\s,;:(–—\-]+$"
)


_PART_LABEL_BREAK = re.compile(r"(?<!\s\w)\.\s|[!?:;]\s|\)\s*(?:,|i|oraz)?")


def _part_counts(text: str, first: bool = False) -> list[tuple[str, int]]:
    """Each count of persons or places in `text` with the words before it (back to the previous
    count or a sentence start) as its label: 'w Tylicach (20 miejsc) i Gozdaninie (20 miejsc)' ->
    [('Tylicach', 20), ('Gozdaninie', 20)]. [] when the counts count different things ("30
    rodzin … 15 miejsc") or a label is a whole clause rather than a group's name."""
    out: list[tuple[str, int]] = []
    kinds = set()
    prev = 0
    for m in _part_count_re().finditer(text):
        before = text[prev : m.start()]
        # (a one-letter abbreviation's dot, "w 2019 r. – 20 osób", ends no sentence)
        before = _PART_LABEL_BREAK.split(before)[-1]
        label = _PART_LABEL_TRIM.sub("", compact(before)).strip(" ,;:(–—-•")
        # "Kluby powstaną w Lipiu": the place after its last preposition names the part
        label = re.split(r"\s(?:w|we|na|dla)\s", label)[-1]
        if not label and first and not out:
            # a list item with its count first: "- 20 miejsc w dziennym domu pomocy"
            label = _count_first_label(text[m.end() :])
        if not label or len(label) > 60:
            return []  # a count first ("20 osób skorzystało …": a result) or a whole clause
        kinds.add(m.group("noun").lower()[:2])  # "osób"/"osoby"/"os.": one kind
        out.append((label, int(m.group("n"))))
        prev = m.end()
        if first:
            break  # a list item: its first count ("– 10 osób (5 osób x 2 cykle)")
    return out if len(kinds) <= 1 else []


def _count_first_label(rest: str) -> str:
    """The words after a list item's first count and its noun, as the part's label ("w dziennym
    domu pomocy," -> "dziennym domu pomocy"); "" when they are no short name: empty, a clause with
    a past verb ("skorzystało z …": a result), or over 60 characters."""
    # the name ends at a comma, a parenthesis or a further number ("…, w tym 5 miejsc …", "…
    # przez 12 miesięcy"), its dangling preposition dropped
    rest = re.split(r"\s*[(;:,]|[.!?](?:\s|$)|\s+\S*\d", compact(rest), maxsplit=1)[0]
    rest = re.sub(r"(?:\s+(?:przez|na|do|dla|w|we|z|ze|od|po|of|for|in))+$", "", rest)
    label = _PART_LABEL_TRIM.sub("", " " + rest).strip(" ,;:(–—-•")
    if not label or len(label) > 60 or _has_past_verb(label):
        return ""
    return label


_LABEL_FIRST_PART = re.compile(
    rf"^(?P<label>[^\W\d][^\d()]{{0,60}}?)\s*(?:[–—:-]\s*{_COUNT}|\(\s*{_COUNT.replace('?P<n>', '?P<n2>')}"
    rf"(?:\s+(?:{_PERSON})\w*)?\s*\))\s*(?:(?:{_PERSON})\w*)?\s*[.,;]?$",
    re.IGNORECASE,
)


def _label_first_groups(text: str) -> list[tuple[str, int]]:
    """[(label, count)] of a sentence (after its colon, if any) that is only groups named first
    with their counts ("dzieci – 30, rodzice – 20", "osoby bezrobotne (30) oraz osoby z otoczenia
    (15)"); [] when a part is anything else."""
    body = text.split(": ", 1)[1] if ": " in text else text
    out = []
    for part in _split_outside_parentheses(r"[,;]\s+|\s+(?:i|oraz|a\s+także)\s+", body.strip()):
        m = _LABEL_FIRST_PART.match(part.strip())
        if not m:
            return []
        n = parse_count(m.group("n") or m.group("n2"))
        if n is None:
            return []
        out.append((_clean_label(m.group("label")), n))
    return out


_POSSESSIVE_LEAD = re.compile(rf"^(?:{'|'.join(_LABEL_PRONOUNS)}|their)\s+", re.IGNORECASE)


@cache
@case_free_results
def _person_head_re() -> re.Pattern[str]:
    """data/vocabulary.yaml breakdown.person_heads: a word that names people."""
    heads = "|".join(f"(?:{p})" for p in vocabulary()["breakdown"]["person_heads"])
    return re.compile(rf"(?<!\w)(?:{fold(heads)})(?!\w)", re.IGNORECASE)


def _label_first_groups_alone(doc: Doc) -> tuple[dict[str, int], dict[str, Unit]]:
    """No total read, and one sentence that states the plan's participants as groups named first,
    each with its bare count ("Planowana liczba uczestników: dzieci – 40, rodzice – 25",
    "Uczestnikami będą osoby niesamodzielne (25) i ich opiekunowie (10)"): its groups, when a
    plan's cue or a target-group word opens it, every label names people and the page states no
    other such split (two give none)."""
    found: dict[str, int] = {}
    at: Unit | None = None
    for u in doc.units:
        text = u.text
        if "–" not in text and "-" not in text and "(" not in text and ":" not in text:
            continue
        if doc.is_foreign(u) or not _usable_for_plan(doc, u):
            continue
        cue = _TARGET_GROUP_INTRO.search(text) or _PLANNED_CUE.search(text)
        if cue is None:
            continue
        body = text[cue.end() :]
        if ": " not in body and ":\n" not in body:
            # the cue's own words run into the first label ("Uczestnikami będą dzieci (25) …")
            body = body.lstrip(" :")
        parts = _label_first_groups(body.replace(":\n", ": "))
        if len(parts) < 2 or len({label for label, _n in parts}) != len(parts):
            continue
        if not all(_person_head_re().search(label) for label, _n in parts):
            continue
        # "… dzieci (25) i ich rodzice (18)": the possessive is no part of the group's name
        groups = {_POSSESSIVE_LEAD.sub("", label): n for label, n in parts}
        if found and sorted(groups.values()) != sorted(found.values()):
            return {}, {}
        if not found:
            found, at = groups, u
    return (found, {label: at for label in found}) if found and at else ({}, {})


_INTRO_END = re.compile(r":\s*$")


def _persons_of_items(doc: Doc, run: list[Unit], total: int) -> list[tuple[str, int]]:
    """The first count of persons of each item of a list under a line ending with ":", when the
    items' first counts of anything do not make the total: "- 10 miejsc w klubie dla 20 osób" /
    "- 5 miejsc w świetlicy dla 10 osób" (the persons, not the places), "- 20 osób (osoby z
    niepełnosprawnościami)," (a count with no name after it). [] unless every item has one
    outside parentheses, none tells a result or the past, and they add up to the total."""
    out: list[tuple[str, int]] = []
    for i, u in enumerate(run):
        body = _item_body(u)
        if _RESULT_WORDS.search(body) or _ACTUAL_CUE.search(body) or _has_past_verb(body):
            return []
        counts = [c for c in doc.person_counts(u) if not _paren_depth(u.text[: c[1]])]
        if not counts:
            return []
        n, start, end = counts[0]
        end = _WORD_REST.match(u.text, end).end()
        before = _PART_LABEL_TRIM.sub("", compact(u.text[len(u.text) - len(body) : start]))
        # "klub seniora – 12 miejsc dla": the name, without the places and the preposition
        before = re.split(r"\s*[–—-]?\s*\d", before)[0]
        before = re.sub(r"(?:\s+(?:dla|w|we|na|do|z|ze|for|in))+\s*$", "", before)
        label = (
            _count_first_label(re.sub(r"^\W*\(|\)", " ", u.text[end:]))
            if not before.strip(" ,;:(–—-•")
            else before.strip(" ,;:(–—-•")
        )
        out.append((label if label and len(label) <= 60 else f"grupa {i + 1}", n))
    return out if sum(n for _l, n in out) == total else []


def _parts_adding_up(doc: Doc, planned: Found) -> tuple[dict[str, int], dict[str, Unit]]:
    """Counts stated apart that add up to the planned total, when nothing else gave a breakdown:
    one count in each item of a list ("- w mieszkaniach treningowych – 10 osób" / "- w mieszkaniach
    wspieranych – 4 osoby" …), or two or more in one sentence besides the total ("w Tylicach (20
    miejsc) i Gozdaninie (20 miejsc)"). Two different such splits give none (no guess)."""
    total = planned.value
    found: list[tuple[list[tuple[str, int]], list[Unit]]] = []
    units = [u for u in doc.units if not doc.is_foreign(u)]
    k = 0
    while k < len(units):  # lists: the first count of each item
        if not units[k].is_item:
            k += 1
            continue
        run = []
        while k < len(units) and units[k].is_item:
            run.append(units[k])
            k += 1
        counted = [_part_counts(_item_body(u), first=True) for u in run]
        firsts = [c[0] for c in counted if c]
        kinds = {
            _part_count_re().search(_item_body(u)).group("noun").lower()[:2]
            for u, c in zip(run, counted)
            if c
        }
        if (
            len(run) >= 2
            and len(firsts) == len(run)
            and len(kinds) == 1
            and sum(n for _l, n in firsts) == total
        ):
            found.append((firsts, run))
        elif len(run) >= 2 and _INTRO_END.search(
            units[k - len(run) - 1].text if k > len(run) else ""
        ):
            # the persons of each item under a line ending with ":" (not the places before them)
            persons = _persons_of_items(doc, run, total)
            if persons:
                found.append((persons, run))
    for u in units:  # one sentence: its counts other than the total itself
        if _RESULT_WORDS.search(u.text) or _ACTUAL_CUE.search(u.text):
            continue  # "… 60 osób, z czego 40 osób podejmie zatrudnienie, a 20 …": results
        parts = [(label, n) for label, n in _part_counts(u.text) if n != total]
        if len(parts) >= 2 and sum(n for _l, n in parts) == total:
            found.append((parts, [u] * len(parts)))
    if not found:
        # "Grupę docelową stanowią: dzieci – 30, rodzice – 20", "Będą to osoby bezrobotne (30) oraz
        # osoby z otoczenia (15)": groups named first, each with its bare count
        for u in units:
            parts = _label_first_groups(u.text)
            if len(parts) >= 2 and sum(n for _l, n in parts) == total:
                found.append((parts, [u] * len(parts)))
    splits = {tuple(sorted(n for _l, n in parts)) for parts, _u in found}
    if len(splits) != 1:
        return {}, {}
    parts, where = found[0]
    groups: dict[str, int] = {}
    at: dict[str, Unit] = {}
    for i, ((label, n), u) in enumerate(zip(parts, where)):
        if label in groups:
            label = f"{label} ({i + 1})"
        groups[label] = n
        at[label] = u
    return groups, at
