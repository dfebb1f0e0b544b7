"""Cleaning and segmentation: raw decoded text -> cleaned text -> units with offsets.

Every offset the extractor reports refers to the *cleaned* text returned by `clean_text`,
which is what ingestion stores, so evidence can always be shown by slicing it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

_SPACE_LIKE = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
_SPACE_LIKE_OR_INVISIBLE = re.compile(
    "[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v\u00ad\u200b-\u200d\u2060\ufeff]"
)
# rarer dashes and hyphens (figure dash, horizontal bar, minus sign, non-breaking hyphen, …) as the
# two the rules read: "2014‒2020" and "2014 − 2020" are "2014–2020"; one character for one, so
# offsets keep their places
_DASHES = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "–",
        "\u2015": "—",
        "\u2212": "–",
        "\ufe63": "-",
        "\uff0d": "-",
    }
)
_RARE_DASH = re.compile("[\u2010-\u2012\u2015\u2212\ufe63\uff0d]")
_MULTI_SPACE = re.compile(r" {2,}")
_MANY_NEWLINES = re.compile(r"\n{3,}")
_SPACE_AROUND_NEWLINE = re.compile(r" \n ?|\n ")  # only newlines with a space beside them


_COMMA_QUOTE = re.compile(r"(?<![\d,]),,(?=[^\W\d_])")


def clean_text(text: str) -> str:
    """Normalise a decoded document: NFC, one kind of space and newline, trimmed lines.

    >>> clean_text("Koszt:\\u00a01\\u00a0239,22 zł\\r\\n\\r\\n\\r\\n  Dalej ")
    'Koszt: 1 239,22 zł\\n\\nDalej'
    """
    # a regex pass costs ~0.2 ms on a 10 KB document: each runs only when its target occurs
    # (substring tests are far cheaper)
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _SPACE_LIKE_OR_INVISIBLE.search(text):
        text = _SPACE_LIKE.sub(" ", _INVISIBLE.sub("", text))
    if _RARE_DASH.search(text):
        text = text.translate(_DASHES)
    if "  " in text:
        text = _MULTI_SPACE.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _SPACE_AROUND_NEWLINE.sub("\n", text)  # trims every line
    if "\n\n\n" in text:
        text = _MANY_NEWLINES.sub("\n\n", text)
    if ",," in text:  # two commas typed for the low opening quote: ,,Tytuł"
        text = _COMMA_QUOTE.sub("„", text)
    if "''" in text:  # two apostrophes typed for a double quote: ,,Tytuł'' or ''Tytuł''
        text = text.replace("''", '"')
    return text.strip()


# A list item starts with a bullet (a check mark too: "✅ Warsztaty kreatywne", "✔️ poradnictwo"),
# "1)", "1.", "a)" or a Roman numeral.
ITEM_MARKER = re.compile(
    r"(?:[-–—•*·▪●◦○■□➢►]|[✅✔✓☑]\ufe0f?|\d{1,2}[.)]|[a-z]\)|[IVX]{1,4}[.)])(?=\s)\s*"
)
_TERMINAL = ".!?:;"
# a line that ends with a spaced dash goes on at the next line ("Razem łatwiej –" / "Wsparcie rodzin")
DASH_AT_END = re.compile(r"\s[–—-]$")
_ABBREVIATIONS = frozenset(
    [
        "r",
        "ul",
        "ok",
        "m.in",
        "in",
        "np",
        "tzw",
        "tj",
        "św",
        "nr",
        "godz",
        "mln",
        "tys",
        "zł",
        "os",
        "pkt",
        "ust",
        "art",
        "poz",
        "woj",
        "im",
        "al",
        "dr",
        "prof",
        "itd",
        "itp",
        "kat",
        "ww",
        "wg",
        "jw",
        "ds",
        "p.n",
        "pn",
        "pt",
        "p.t",
        "min",
        "max",
        "sp",
        "z.o.o",
        "o.o",
        "zob",
        "tel",
        "ew",
        "mies",
        "kw",
        "lit",
        "m.st",
        "st",
        "b.r",
        "approx",  # English "approx. PLN 1.2 million": no sentence ends there
        "ca",
        # a photo's credit: "[fot. Jan Kowalski] Otwarcie klubu", "zdj. UM Prudnik" (no sentence ends)
        "fot",
        "zdj",
        # titles and ranks before a name ("Komendantka hm. Dorota Kołakowska i Skarbnik phm. Dawid
        # Stec podpisali umowę", "ks. Jan", "inż. Anna"): the name goes on the same sentence
        "mgr",
        "inż",
        "hab",
        "lek",
        "ks",
        "hm",
        "phm",
        "pwd",
    ]
)
_YEAR_BEFORE = re.compile(r"(?:19|20)\d\d\s*$")
_DAY_MONTH_BEFORE = re.compile(r"(?<![\d.])\d{2}\.\d{2}$")
_YEAR_AFTER = re.compile(r" (?:19|20)\d\d(?!\d)")
_SENTENCE_END = re.compile(r"[.!?](?=\s+[\"„“«(]?[A-ZĄĆĘŁŃÓŚŹŻ0-9])")


# "Wartość projektu ........ 1 149 808,80 zł" (dotted leaders) is a row like a table's
_LEADER_ROW = re.compile(r"^[^.\n]{2,90}?\s*(?:\.{4,}|…{2,})")
_LEADER_END = re.compile(r"(?:\.{4,}|…{2,})\s*$")
MAX_ROW = 400  # longer lines with " | " are prose (or menus), not label/value rows


@dataclass
class Unit:
    """A sentence, a list item or a 'label: value' pair, with offsets in the cleaned text."""

    start: int
    end: int
    text: str
    is_item: bool = False
    marker: str = ""  # the list marker's shape: "-", "1)", "1.", "a)", "•" ...
    is_heading: bool = False
    paragraph: int = 0
    is_row: bool = False  # a table row rendered as "label | value"


@dataclass
class _Line:
    start: int
    end: int
    text: str
    blank_before: bool


# A Markdown-style table row "| Kobiety | 28 |" (its outer pipes are not cells) and the rule line
# under its header ("|---|:---:|"), which is no text at all.
_PIPED_ROW = re.compile(r"^\|[ \t]*(?P<body>[^|\s].*?)[ \t]*\|$")
_RULE_ROW = re.compile(r"^\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*(?::?-{2,}:?)?[ \t]*$")


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    blank = True
    for raw in text.split("\n"):
        if raw and raw[0] == "|" and (raw.endswith("|") or "---" in raw):
            if _RULE_ROW.match(raw):
                pos += len(raw) + 1
                continue
            m = _PIPED_ROW.match(raw)
            if m and " | " in m.group("body"):
                out.append(
                    _Line(pos + m.start("body"), pos + m.end("body"), m.group("body"), blank)
                )
                blank = False
                pos += len(raw) + 1
                continue
        if raw:
            out.append(_Line(pos, pos + len(raw), raw, blank))
            blank = False
        else:
            blank = True
        pos += len(raw) + 1
    return out


def marker_shape(marker: str) -> str:
    m = marker.strip()
    if not m:
        return ""
    if m[0].isdigit():
        return "1" + m[-1]
    if m[0] in "IVX" and len(m) > 1:
        return "I" + m[-1]
    if m[0].isalpha():
        return "a" + m[-1]
    return "-" if m in "-–—" else m


def _is_label(text: str, blank_after: bool) -> bool:
    """A short line that names what follows: "Termin realizacji:" or a heading line."""
    if len(text) > 60 or "\n" in text:
        return False
    words = text.rstrip(":").split()
    if not (0 < len(words) <= 7 and text[0].isupper()):
        return False
    return text.endswith(":") or (blank_after and text[-1] not in ".!?;,")


def abbreviation_dot(text: str, j: int) -> bool:
    """The full stop at `text[j]` closes an abbreviation ("ul.", "hm.") or a single letter, so no
    sentence ends there.

    >>> abbreviation_dot("przy ul. Bocznej 4", 7), abbreviation_dot("w Lubiczu. Klub", 9)
    (True, False)
    """
    k = j
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] == "."):
        k -= 1
    word = text[k:j].lower()
    return text[j : j + 1] == "." and (word in _ABBREVIATIONS or len(word) == 1)


def _split_sentences(text: str, base: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        # do not split after an abbreviation such as "r." or "ul." or a single letter
        j = m.start()
        if abbreviation_dot(text, j):
            # "… 31 grudnia 2011 r. Wartość …": "r." after a year does end a sentence
            # (searched in the few characters before it: a search over text[:k] made this quadratic)
            k = j - 1
            lone_r = text[k].lower() == "r" and not (
                k and (text[k - 1].isalpha() or text[k - 1] == ".")
            )
            if not (lone_r and _YEAR_BEFORE.search(text, max(0, k - 12), k)):
                continue
        # "od 01.08. 2022 r.": a day and a month, a stray space, then the year: one date
        if text[j] == "." and _DAY_MONTH_BEFORE.search(text, max(0, j - 6), j):
            if _YEAR_AFTER.match(text, j + 1):
                continue
        # inside an open Polish quote that closes on the line: "pn. „Wykluczenie – nie ma MOWy! 2”"
        if text.count("„", start, j) > text.count("”", start, j):
            close = text.find("”", j, j + 120)
            if close != -1 and "\n" not in text[j:close]:
                continue
        # or inside straight quotes that close on the line: 'pn. "Świadomi mieszkańcy - aktywna
        # wieś. Wzmacnianie postaw …", który …' (an odd number of them since the sentence began)
        if text.count('"', start, j) % 2 == 1:
            close = text.find('"', j, j + 120)
            if close != -1 and "\n" not in text[j:close]:
                continue
        # a full stop after a number ("2 815.") ends a sentence only before an upper-case word
        spans.append((base + start, base + end))
        start = end
        while start < len(text) and text[start] == " ":
            start += 1
    if start < len(text):
        spans.append((base + start, base + len(text)))
    return spans


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_BARE_ITEM_MAX = 100  # characters of a line that can be an item of a list without markers


def _bare_items(lines: list[_Line]) -> set[int]:
    """The lines of a list written without markers under a line that ends with a colon
    ("Formy wsparcia:" / "warsztaty kulinarne," / "kursy zawodowe"): two or more short lines, in
    one paragraph (the first may follow a blank line), none a label with its value, a table row,
    a heading of its own or the wrapped continuation of a long line."""
    out: set[int] = set()
    for i, head in enumerate(lines):
        if not head.text.endswith(":") or len(head.text) > 160 or " | " in head.text:
            continue
        run: list[int] = []
        for j in range(i + 1, len(lines)):
            ln = lines[j].text
            if (
                (run and lines[j].blank_before)
                or ITEM_MARKER.match(ln)
                or " | " in ln
                or ln.endswith(":")
                or ": " in ln
                or len(ln) > _BARE_ITEM_MAX
                or len(ln.split()) > 14
            ):
                break
            if run and ln[0].islower() and len(lines[run[-1]].text) >= 60:
                run = []  # a sentence wrapped over lines, not a list
                break
            run.append(j)
        sentences = any(
            (lines[k].text.endswith((".", "!", "?")) and len(lines[k].text.split()) > 6)
            or _YEAR.search(lines[k].text)  # "I edycja od 01.10.2017 …": dates, not items
            for k in run
        )
        if len(run) >= 2 and not sentences:  # (sentences one per line are prose)
            out.update(run)
    return out


@lru_cache(maxsize=1)
def _name_break_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    from .vocabulary import vocabulary

    words = vocabulary()["implementer_bodies"]["name_line_breaks"]
    return re.compile(words["line_ends"] + r"$"), re.compile(words["line_opens"])


def _name_goes_on(last_line: str, line: str) -> bool:
    """Whether an institution's name broken at a line's end goes on at the next line's start
    ("… Ośrodek Pomocy" / "Społecznej w X"; vocabulary.yaml implementer_bodies.name_line_breaks)."""
    ends, opens = _name_break_res()
    return opens.match(line) is not None and ends.search(last_line) is not None


@lru_cache(maxsize=1)
def _capitals_break_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    from .vocabulary import vocabulary

    words = vocabulary()["implementer_bodies"]["capitals_line_breaks"]
    return re.compile(words["line_ends"]), re.compile(words["line_opens"])


def _in_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def capitals_go_on(last_line: str, line: str) -> bool:
    """Whether a heading in capitals broken at a line's end goes on at the next line ("AKTYWNA
    INTEGRACJA" / "W GMINIE RUDNIK"; vocabulary.yaml implementer_bodies.capitals_line_breaks)."""
    if not (_in_capitals(last_line) and _in_capitals(line)):
        return False
    ends, opens = _capitals_break_res()
    return opens.match(line) is not None or ends.search(last_line.rstrip()) is not None


# an abbreviation that never ends a sentence, at a line's end: "m.in.", "np.", "tj.", "tzw."
_OPEN_ABBREVIATION_AT_END = re.compile(r"(?:^|\s)(?:m\.\s?in|np|tj|tzw)\.$")


def segment(text: str, label_line: Callable[[str], bool] | None = None) -> list[Unit]:
    """Split cleaned text into units: sentences of prose, list items, and headings.

    Lines of wrapped prose are joined; a short label line followed by its value
    ("Termin realizacji:" / "1.10.2017 r. – 30.09.2019 r.") becomes one unit. `label_line` says
    which bare lines are a field's label ("Wartość projektu" with its value on the next line of the
    same paragraph, a two-column layout flattened to lines): each becomes one unit with its value.
    """
    # start, end, is_item, marker, paragraph, is_row (a table row "label | value": one unit, never joined)
    blocks: list[tuple[int, int, bool, str, int, bool]] = []
    paragraph = 0
    lines = _lines(text)
    bare = _bare_items(lines)
    for n, line in enumerate(lines):
        m = ITEM_MARKER.match(line.text)
        is_item = (bool(m) and len(line.text) > (m.end() if m else 0)) or n in bare
        if line.blank_before:
            paragraph += 1
        is_row = (
            " | " in line.text
            or line.text.startswith("| ")
            # a leader needs "...." or "……" (a cheap test before the regex)
            or (("...." in line.text or "……" in line.text) and bool(_LEADER_ROW.match(line.text)))
        ) and len(line.text) <= MAX_ROW
        if (
            blocks
            and blocks[-1][5]
            and _LEADER_END.search(text, blocks[-1][0], blocks[-1][1])
            and not is_item
        ):
            # "Całkowity koszt projektu ........" with its value on the next line: one row
            prev = blocks[-1]
            blocks[-1] = (prev[0], line.end, False, "", prev[4], True)
            continue
        if (
            blocks
            and not line.blank_before
            and not is_row
            and not blocks[-1][5]
            and _name_goes_on(
                text[max(blocks[-1][0], text.rfind("\n", 0, blocks[-1][1]) + 1) : blocks[-1][1]],
                line.text,
            )
        ):
            # "Miejski Ośrodek Pomocy" / "Społecznej w X" in an address block read as bare items:
            # one name, one unit
            prev = blocks[-1]
            blocks[-1] = (prev[0], line.end, prev[2], prev[3], prev[4], False)
            continue
        if (
            blocks
            and not line.blank_before
            and not is_item
            and not is_row
            and not blocks[-1][2]
            and not blocks[-1][5]
            and capitals_go_on(
                text[max(blocks[-1][0], text.rfind("\n", 0, blocks[-1][1]) + 1) : blocks[-1][1]],
                line.text,
            )
        ):
            # "AKTYWNA INTEGRACJA" / "W GMINIE RUDNIK": one heading, one unit
            prev = blocks[-1]
            blocks[-1] = (prev[0], line.end, False, "", prev[4], False)
            continue
        if blocks and not line.blank_before and not is_item and not is_row and not blocks[-1][5]:
            prev_start, prev_end, prev_item, prev_marker, prev_par, _ = blocks[-1]
            prev_text = text[prev_start:prev_end]
            last_line = prev_text.rsplit("\n", 1)[-1]
            first = line.text[0]
            joins = (
                prev_text[-1] not in _TERMINAL
                # "będą uczestniczyć m.in." / "w zajęciach …": an abbreviation wrapped, not an end
                or (first.islower() and _OPEN_ABBREVIATION_AT_END.search(last_line) is not None)
            ) and (
                first.islower()
                or first in '(„"”–-'
                or len(last_line) >= 70
                or DASH_AT_END.search(last_line) is not None  # "Razem łatwiej –" / "Wsparcie …"
            )
            if joins and first.isupper() and label_line is not None and len(line.text) <= 60:
                joins = not label_line(line.text)  # "Działanie" after a long value: a new label
            if joins and first.isupper() and label_line is not None:
                joins = not _labelled_line(line.text, label_line)  # "Tytuł: X" after a long value
            if joins:
                blocks[-1] = (prev_start, line.end, prev_item, prev_marker, prev_par, False)
                continue
        blocks.append(
            (line.start, line.end, is_item, m.group(0) if is_item and m else "", paragraph, is_row)
        )

    units: list[Unit] = []
    for i, (start, end, is_item, marker, par, is_row) in enumerate(blocks):
        block_text = text[start:end]
        if is_row:
            units.append(Unit(start, end, block_text, paragraph=par, is_row=True))
            continue
        if is_item:
            units.append(Unit(start, end, block_text, True, marker_shape(marker), paragraph=par))
            continue
        blank_after = i + 1 == len(blocks) or blocks[i + 1][4] != par
        if _is_label(block_text, blank_after) or (
            label_line is not None
            and not blank_after
            and not blocks[i + 1][2]
            and "\n" not in block_text
            and len(block_text) <= 60
            and label_line(block_text)
        ):
            units.append(Unit(start, end, block_text, is_heading=True, paragraph=par))
            continue
        for s, e in _split_sentences(block_text, start):
            units.append(Unit(s, e, text[s:e], paragraph=par))
    return _attach_labels(text, units, label_line)


def _labelled_line(line: str, label_line: Callable[[str], bool]) -> bool:
    """A line that is a field's label with its value: "Lider: Stowarzyszenie X", "Tytuł: Y"."""
    head, sep, value = line.partition(":")
    return bool(sep) and bool(value.strip()) and len(head) <= 40 and label_line(head)


# "Kobiety: 20" or "Okres realizacji: 2019" alone in its paragraph is a label with its value
# already, not a heading of the paragraph after it.
_HAS_VALUE = re.compile(r":[ \t]+\S")


def _attach_labels(
    text: str, units: list[Unit], label_line: Callable[[str], bool] | None = None
) -> list[Unit]:
    """Merge a heading with the value that follows it into one 'label: value' unit (not with a
    field's own "Lider: X" line: that one has its label)."""
    out: list[Unit] = []
    i = 0
    while i < len(units):
        u = units[i]
        nxt = units[i + 1] if i + 1 < len(units) else None
        if (
            u.is_heading
            and not _HAS_VALUE.search(u.text)
            and nxt is not None
            and not nxt.is_item
            and not nxt.is_row
            and not (nxt.is_heading and nxt.text.endswith(":"))
            and len(nxt.text) <= 400
            and not (label_line is not None and _labelled_line(nxt.text.split("\n")[0], label_line))
        ):
            out.append(Unit(u.start, nxt.end, text[u.start : nxt.end], paragraph=u.paragraph))
            i += 2
            continue
        out.append(u)
        i += 1
    return out


_LABEL_SEPARATOR = re.compile(r"\s+\|\s+|\s*:\s+|:\n|\s+[–—-]\s+|\s*(?:\.{3,}|…+)\s*|\n+")


# every separator contains one of these characters, with only whitespace before it
_SEPARATOR_CORE = re.compile(r"[|:\-–—.…\n]")


def _label_separator(text: str) -> re.Match[str] | None:
    r"""`_LABEL_SEPARATOR.search(text, 0, 90)`, tried only where a separator can start: at a core
    character or in the whitespace just before one (the plain search tries every position and
    cost ~1/10 of extraction).

    >>> _label_separator("Wartość projektu ...... 1 000 zł").span()
    (16, 24)
    >>> _label_separator("a b \n c: d").span()
    (4, 5)
    """
    tried = -1
    for core in _SEPARATOR_CORE.finditer(text, 0, 90):
        q = core.start()
        p = q
        while p > tried + 1 and text[p - 1].isspace():
            p -= 1
        for start in range(max(p, tried + 1), q + 1):
            m = _LABEL_SEPARATOR.match(text, start, 90)
            if m is not None:
                return m
        tried = q
    return None


@lru_cache(maxsize=4096)
def label_value(text: str) -> tuple[str, int] | None:
    """Split a 'label: value' unit: the label and where its value starts, or None.

    Separators: a table cell or <dl> ("Wartość projektu | 1 000 zł"), a colon, a dash, dotted
    leaders ("Wartość projektu ........ 1 000 zł") or a line break after a heading. The label is
    a few words without digits.

    >>> label_value("Project value | PLN 4,800,000.00")
    ('Project value', 16)
    >>> label_value("Wartość projektu ...... 1 000 zł")
    ('Wartość projektu', 24)
    >>> label_value("Projekt trwał 3 lata") is None
    True

    A pure function of the text, remembered for the last 4,096 texts: several rules ask it of the
    same unit.
    """
    m = _label_separator(text)
    if m is None or m.start() == 0:
        return None
    label = text[: m.start()].strip()
    if not label or len(label.split()) > 8 or any(map(str.isdigit, label)) or m.end() >= len(text):
        return None
    return label, m.end()


def list_items_after(units: list[Unit], index: int) -> list[int]:
    """Indices of the list items that follow unit `index` (its list, possibly nested)."""
    items = []
    j = index + 1
    while j < len(units) and units[j].is_item:
        items.append(j)
        j += 1
    return items


def compact(s: str) -> str:
    """Collapse internal whitespace (evidence and values are shown on one line)."""
    return " ".join(s.split())


def number_spots(text: str, n: int, *, loose: bool = False) -> list[int]:
    """Where the count `n` stands on its own in `text`: not inside a longer number. Strict (the
    default): no digit, comma or dot right before it, and no digit after it, nor a comma or dot
    followed by a digit ("(?<![\\d,.])n(?![\\d,.]?\\d)"). Loose: only no digit on either side
    ("(?<!\\d)n(?!\\d)"). No pattern is compiled per count (every page has its own counts)."""
    needle, out, at, end = str(n), [], 0, len(text)
    while (at := text.find(needle, at)) >= 0:
        e = at + len(needle)
        before = text[at - 1] if at else ""
        after = text[e] if e < end else ""
        if loose:
            ok = not before.isdecimal() and not after.isdecimal()
        else:
            ok = (
                (before not in ",." or not before)
                and not before.isdecimal()
                and not after.isdecimal()
                and not (after in ",." and after and e + 1 < end and text[e + 1].isdecimal())
            )
        if ok:
            out.append(at)
        at = e if ok else at + 1  # (matches do not overlap, as with finditer)
    return out


def word_spots(text: str, word: str) -> list[int]:
    """Where `word` (as written, case and all) stands in `text` with no word character right
    before or after it ("(?<!\\w)word(?!\\w)" with the word escaped)."""
    out, at, end = [], 0, len(text)
    while (at := text.find(word, at)) >= 0:
        e = at + len(word)
        before = text[at - 1] if at else ""
        after = text[e] if e < end else ""
        ok = not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_")
        if ok:
            out.append(at)
        at = e if ok else at + 1  # (matches do not overlap, as with finditer)
    return out
