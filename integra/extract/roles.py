"""Every amount and person count of a page as a candidate, and its role scored from features.

One pass collects the candidates (`amount_candidates`, `count_candidates`): each with its value,
its unit, the words before it (back to the previous candidate of its unit, or its row's label) and
after it (up to the next one), its currency and whether it is a rounded figure. Small pure
functions give the features, each with its own tests (`tests/test_extract_roles.py`):

- `label_scores`: the role lemmas near the candidate (data/roles.yaml, lemmatised with morfeusz2),
  nearer words weighing more;
- `tense`: future, present or past of the verb nearest the candidate (planned vs actual);
- `heading_above`: the heading a unit sits under (its lemmas count at half weight);
- `names_project` / `names_other_project`: whether the candidate's paragraph or clause names the
  page's main project (its title, its implementer's place) or another project (a different quoted
  name), so that a second project's figures stay out.

`decide` takes the best candidate of a role when it clearly wins and returns a reason otherwise
(the caller records it in `problems` and leaves the field null: never a guess). The rules in
rules.py call this where their cue patterns find nothing or disagree.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from .fastre import case_free_functions, case_free_patterns
from .inflect import analysed
from .numbers import find_money
from .text import Unit, label_value, word_spots

ROLES_PATH = Path(__file__).resolve().parent / "data" / "roles.yaml"

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1)
def role_vocabulary() -> dict[str, Any]:
    """data/roles.yaml, parsed once per process."""
    import yaml

    with ROLES_PATH.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=16384)
def analyses(word: str) -> tuple[tuple[str, str], ...]:
    """(lemma, tag) of each interpretation of one word; lemmas lower-cased, without morfeusz's
    homonym suffix ("brać:V" -> "brać"). A word morfeusz does not know is its own lemma."""
    out = []
    for a in analysed(word):
        if a[0] == 0 and a[1] == 1:
            lemma, tag = a[2][1], a[2][2]
            if tag == "ign":
                continue
            out.append((lemma.split(":")[0].lower(), tag))
    if not out:
        return ((word.lower(), "ign"),)
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=16384)
def lemmas(word: str) -> frozenset[str]:
    """Every lemma a word can have: 'objętych' -> {'objąć'}, 'wkładem' -> {'wkład'}."""
    return frozenset(lemma for lemma, _tag in analyses(word))


_FUNCTION_TAGS = ("prep", "conj", "comp", "qub", "part", "interp")
_CONTENT_TAGS = {
    "subst",
    "adj",
    "ger",
    "ppas",
    "pact",
    "inf",
    "fin",
    "praet",
    "bedzie",
    "imps",
    "adv",
}
_LINKING_VERBS = frozenset({"być", "zostać", "wynosić", "stanowić", "to"})


@lru_cache(maxsize=16384)
def is_function_word(word: str) -> bool:
    """A preposition, conjunction, particle or linking verb ("ponad", "z", "jest", "wynosi"):
    words that do not put a label further from its figure."""
    found = analyses(word)
    if any(lemma in _LINKING_VERBS for lemma, _tag in found):
        return True
    pos = {tag.split(":")[0] for _lemma, tag in found}
    return bool(pos & set(_FUNCTION_TAGS)) and not pos & _CONTENT_TAGS


def words(text: str) -> list[str]:
    return _WORD.findall(text)


# label_scores' answers for the current document (the rules score the same words before and after
# a figure several times: once for its role, once for its features), keyed by the texts, the
# reaches and the weight tables by identity; each entry keeps its tables, so no identity is reused
_SCORED: dict[tuple[Any, ...], tuple[dict[str, float], tuple[Any, ...]]] = {}


def forget() -> None:
    """Drop the remembered scores (called per document)."""
    _SCORED.clear()
    _BEFORE_LEMMAS.clear()
    _AFTER_LEMMAS.clear()
    _MEMBERSHIP.clear()


def label_scores(
    before: str,
    after: str,
    table: dict[str, dict[str, float]],
    reach: int = 3,
    after_reach: int = 3,
) -> dict[str, float]:
    """`_label_scores`, remembered for the document (a new dict each time: callers may change it)."""
    tables = tuple(table.items())
    key = (before, after, reach, after_reach, tuple((r, id(w)) for r, w in tables))
    hit = _SCORED.get(key)
    if hit is None:
        if len(_SCORED) > 20_000:
            _SCORED.clear()
        hit = _SCORED[key] = (_label_scores(before, after, table, reach, after_reach), tables)
    return dict(hit[0])


def _label_scores(
    before: str,
    after: str,
    table: dict[str, dict[str, float]],
    reach: int = 3,
    after_reach: int = 3,
) -> dict[str, float]:
    """Each role's score from the lemmas of the words before and after a candidate. A lemma's
    weight counts once per role: fully for the `reach` words nearest before it, 0.7 for the next
    three, 0.4 further back; 0.6 for the first `after_reach` words after it, which stop at the
    next punctuation (the label of the next figure is not this one's).

    >>> label_scores("Wartość projektu:", "", {"total": {"wartość": 3}, "eu": {"dotacja": 3}})
    {'total': 3.0, 'eu': 0.0}
    """
    got: dict[str, dict[str, float]] = {role: {} for role in table}
    by_lemma = _by_lemma(table)
    for lemma, factor in _lemmas_before(before, reach):
        _add_lemma(got, by_lemma, lemma, factor)
    for lemma, factor in _lemmas_after(before, after, after_reach):
        _add_lemma(got, by_lemma, lemma, factor)
    return {role: float(sum(hits.values())) for role, hits in got.items()}


# the (lemma, factor) sequences of the texts label_scores reads, for the current document (the
# same words before a figure are read with several tables: its role's, the lemma families', the
# heading's); cleared with _SCORED
_BEFORE_LEMMAS: dict[tuple[str, int], tuple[tuple[str, float], ...]] = {}
_AFTER_LEMMAS: dict[tuple[str, str, int], tuple[tuple[str, float], ...]] = {}


def _lemmas_before(before: str, reach: int) -> tuple[tuple[str, float], ...]:
    """(lemma, factor) of the words of `before`, nearest first, as `_label_scores` weighs them
    (1.0 for the `reach` nearest content words, 0.7 for the next three, 0.4 further back), each
    lemma only where it first occurs. Exact: a word's lemmas are visited in `lemmas(w)`'s order
    as before, and the factor never grows further back, so a later occurrence of a lemma weighs
    at most as much as its first and `_add_found` (which keeps a larger absolute value only)
    leaves the sums as they were."""
    key = (before, reach)
    found = _BEFORE_LEMMAS.get(key)
    if found is None:
        weighed: list[tuple[str, float]] = []
        k = 0
        for w in reversed(words(before)):
            weighed.append((w, 1.0 if k < reach else 0.7 if k < reach + 3 else 0.4))
            k += not is_function_word(w)
        if len(_BEFORE_LEMMAS) > 20_000:
            _BEFORE_LEMMAS.clear()
        found = _BEFORE_LEMMAS[key] = _first_lemmas(weighed)
    return found


def _lemmas_after(before: str, after: str, after_reach: int) -> tuple[tuple[str, float], ...]:
    """(lemma, factor) of the first `after_reach` content words after a figure (up to the next
    punctuation, past an aside's closing dash), each lemma once: the factor is the same for
    all of them (1.0 after a copula, else 0.6), so a repeated lemma changes nothing."""
    key = (before, after, after_reach)
    found = _AFTER_LEMMAS.get(key)
    if found is None:
        tail = _AFTER_STOP.split(_past_closing_dash(before, after), 1)[0]
        # "967 022,10 zł to kwota dotacji": after a copula the words are the figure's label
        factor = 1.0 if _COPULA_AFTER.match(tail) else 0.6
        content = [w for w in words(tail) if not is_function_word(w)]
        if len(_AFTER_LEMMAS) > 20_000:
            _AFTER_LEMMAS.clear()
        found = _AFTER_LEMMAS[key] = _first_lemmas([(w, factor) for w in content[:after_reach]])
    return found


def _first_lemmas(weighed: list[tuple[str, float]]) -> tuple[tuple[str, float], ...]:
    """(lemma, factor) for words given with their factors, in order, each lemma only where it
    first occurs (a word's lemmas in `lemmas(w)`'s order)."""
    out: list[tuple[str, float]] = []
    seen: set[str] = set()
    for w, factor in weighed:
        for lemma in lemmas(w):
            if lemma not in seen:
                seen.add(lemma)
                out.append((lemma, factor))
    return tuple(out)


def _add_lemma(
    got: dict[str, dict[str, float]],
    by_lemma: dict[str, tuple[tuple[str, float], ...]],
    lemma: str,
    factor: float,
) -> None:
    """One lemma's weights into `got` (a role keeps, per lemma, the value largest in size)."""
    entries = by_lemma.get(lemma)
    if entries is None:
        return
    for role, weight in entries:
        value = weight * factor
        hits = got[role]
        best = hits.get(lemma)
        if best is None or abs(value) > abs(best):
            hits[lemma] = value


# a label table turned around (lemma -> its (role, weight) pairs, roles in the table's order),
# keyed by the roles and the identity of their weight tables; each entry keeps its tables, so no
# identity is reused
_BY_LEMMA: dict[
    tuple[Any, ...], tuple[dict[str, tuple[tuple[str, float], ...]], tuple[Any, ...]]
] = {}


def _by_lemma(table: dict[str, dict[str, float]]) -> dict[str, tuple[tuple[str, float], ...]]:
    """`table` as lemma -> ((role, weight), …), for `_add_found`: a word's lemmas are looked up
    once instead of once per role."""
    tables = tuple(table.items())
    key = tuple((role, id(weights)) for role, weights in tables)
    hit = _BY_LEMMA.get(key)
    if hit is None:
        if len(_BY_LEMMA) > 1_000:
            _BY_LEMMA.clear()
        index: dict[str, list[tuple[str, float]]] = {}
        for role, weights in tables:
            for lemma, weight in weights.items():
                if weight is None:  # (`_add` skips it: its get() cannot tell it from absent)
                    continue
                index.setdefault(lemma, []).append((role, weight))
        hit = _BY_LEMMA[key] = ({k: tuple(v) for k, v in index.items()}, tables)
    return hit[0]


def _add_found(
    got: dict[str, dict[str, float]],
    by_lemma: dict[str, tuple[tuple[str, float], ...]],
    found: frozenset[str],
    factor: float,
) -> None:
    """`_add` with the table turned around (`_by_lemma`): the same entries in the same order per
    role (each role's lemmas are still visited in `found`'s order), so the same sums."""
    for lemma in found:
        _add_lemma(got, by_lemma, lemma, factor)


# a figure between two dashes, a qualifier allowed before it: "sumy – ponad 2,1 mln zł – pokryje"
_ASIDE_OPEN = re.compile(
    r"\s[–—]\s*(?:(?:ponad|około|ok\.|prawie|niemal|blisko|niespełna|przeszło)\s+)?$",
    re.IGNORECASE,
)
_ASIDE_CLOSE = re.compile(r"\s*(?:zł\w*|pln)?\s*[–—]\s+(?P<word>\w+)")
_VERB_TAGS = frozenset({"fin", "praet", "bedzie", "imps", "pred"})


def _past_closing_dash(before: str, after: str) -> str:
    """A figure set off between two dashes is an aside of the clause that goes on after the
    second dash, when a verb follows it: "Większość tej sumy – ponad 2,1 mln zł – pokryje
    dofinansowanie" (the words after the closing dash are its label, as they would be without
    the dashes); "Wartość – 500 000 zł – dofinansowanie – …" is a list of labels, not an aside.

    >>> _past_closing_dash("sumy – ponad ", " – pokryje dofinansowanie")
    'pokryje dofinansowanie'
    >>> _past_closing_dash("Wartość – ", " – dofinansowanie 400 000 zł")
    ' – dofinansowanie 400 000 zł'
    """
    # (every match of _ASIDE_OPEN holds a dash: without one the search cannot succeed)
    if ("–" not in before and "—" not in before) or _ASIDE_OPEN.search(before) is None:
        return after
    m = _ASIDE_CLOSE.match(after)
    if m is None or not any(tag.split(":")[0] in _VERB_TAGS for _l, tag in analyses(m["word"])):
        return after
    return after[m.start("word") :]


_COPULA_AFTER = re.compile(
    r"\s*(?:zł\w*|pln)?\s*(?:to|stanowi\w*|jest|są|będzie|było|wynosi\w*|is|was)\s", re.IGNORECASE
)


# the words after a figure that may still be its label end at punctuation or a line break
_AFTER_STOP = re.compile(r"[\n,;:()\[\]/–—|]|\s-\s|[.!?](?:\s|$)")


def own_words(before: str) -> str:
    """The part of the words before a figure that can be its label: inside an open parenthesis
    only what the parenthesis says ("… dofinansowania (wartość projektu: X)"), in a relative
    clause only what the clause says ("…, którego wartość to X")."""
    opened = before.rfind("(")
    if opened >= 0 and ")" not in before[opened:]:
        return before[opened + 1 :]
    # "… o dofinansowanie projektu X, którego wartość wynosi Y": the relative clause labels Y
    relative = list(_RELATIVE.finditer(before))
    if relative:
        return before[relative[-1].start() + 1 :]
    return before


_RELATIVE = re.compile(
    r",\s+(?:którego|której|których|który|która|które|whose|which)\s", re.IGNORECASE
)


def _add(
    got: dict[str, dict[str, float]],
    table: dict[str, dict[str, float]],
    found: frozenset[str],
    factor: float,
) -> None:
    for role, weights in table.items():
        for lemma in found:
            weight = weights.get(lemma)
            if weight is None:
                continue
            value = weight * factor
            best = got[role].get(lemma)
            if best is None or abs(value) > abs(best):
                got[role][lemma] = value


_FUTURE = "future"
_PRESENT = "present"
_PAST = "past"


@lru_cache(maxsize=16384)  # (a word's analyses never change: as `lemmas`)
def verb_tense(word: str) -> str | None:
    """The tense a finite verb form states: 'obejmie' future (perfective non-past), 'będzie'
    future, 'kierujemy' present, 'wzięło' and 'objęto' past; None for any other word."""
    found = set()
    for _lemma, tag in analyses(word):
        parts = tag.split(":")
        if parts[0] == "bedzie":
            found.add(_FUTURE)
        elif parts[0] == "fin":
            found.add(_FUTURE if "perf" in parts else _PRESENT)
        elif parts[0] in ("praet", "imps"):
            found.add(_PAST)
    if len(found) == 1:
        return found.pop()
    return None


_ENGLISH_TENSE = (
    (re.compile(r"\b(?:will|shall|is\s+to|are\s+to|aims?|plans?|is\s+meant)\b", re.I), _FUTURE),
    (re.compile(r"\b(?:took|participated|were|was|have\s+been|has\s+been)\b", re.I), _PAST),
)


_VERBAL = ("fin", "bedzie", "praet", "imps", "ger", "inf", "ppas", "pact", "pcon", "pant", "impt")


def is_only_a_verb(word: str) -> bool:
    """Whether every reading of a word is verbal ('weźmie'; not 'udział', also a past form of
    'udziać', nor 'obejmie', also a noun's locative)."""
    return all(tag.split(":")[0] in _VERBAL for _lemma, tag in analyses(word))


def tense(text: str, at: int) -> str | None:
    """The tense of the verb nearest position `at` of a clause (Polish, by morfeusz2's tags, a
    word that can only be a verb before one that may be a noun; English by its auxiliaries):
    'future', 'present', 'past' or None."""
    best: tuple[bool, int, str] | None = None
    for m in _WORD.finditer(text):
        t = verb_tense(m.group(0))
        if t is None:
            continue
        key = (not is_only_a_verb(m.group(0)), abs(m.start() - at), t)
        if best is None or key[:2] < best[:2]:
            best = key
    if best is not None:
        return best[2]
    for rx, t in _ENGLISH_TENSE:
        if rx.search(text):
            return t
    return None


# a clause ends at ";", at ", a/zaś/natomiast", and at a sentence end inside a unit
_CLAUSE_BREAK = re.compile(
    r";\s*|,\s+(?:a|zaś|natomiast|while|and\s+the)\s+|[.!?]\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])|\s+/\s+"
)


def clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of `text` around [start, end): from the last break before it to the next."""
    a, b = 0, len(text)
    for m in _CLAUSE_BREAK.finditer(text):
        if m.end() <= start:
            a = m.end()
        elif m.start() >= end:
            b = m.start()
            break
    return a, b


def heading_above(units: Sequence[Unit], index: int, limit: int = 12) -> str:
    """The text of the nearest heading at or above unit `index` (within `limit` units)."""
    for j in range(index, max(-1, index - limit - 1), -1):
        if units[j].is_heading:
            return units[j].text
    return ""


_QUOTED = re.compile(r"[„\"“«]([^„”\"“«»\n]{3,160})[”\"“»]")


_DASH = re.compile(r"[\u2010-\u2015\u2212]")


def _folded(s: str) -> str:
    """Dashes as hyphens, whitespace runs as one space, no space at the ends, lower case (the
    whitespace `\\s+` matches is the whitespace `str.split` splits on: 2.3x faster than the
    substitution on a page)."""
    return " ".join(_DASH.sub("-", s).split()).lower()


@lru_cache(maxsize=4)
def _folded_page(page: str) -> str:
    """_folded(page), once per page: every candidate of a page asks for it."""
    return _folded(page)


_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212-"
_NEXT_CAPITAL = re.compile(r"\s+[A-ZĄĆĘŁŃÓŚŹŻ]")


@lru_cache(maxsize=64)
def title_tokens(title: str) -> tuple[str, ...]:
    """A title's words in lower case, each dash a token of its own ("-"): what `names_project`
    looks for, with any whitespace (or none) between them."""
    spaced = "".join(" - " if c in _DASHES else c for c in title)
    return tuple(w.lower() for w in spaced.split())


def _title_end(low: str, at: int, tokens: tuple[str, ...]) -> int | None:
    """Where the title's tokens, from `at` in the lower-cased text, end (whitespace or none
    between them; a dash token is any dash), or None when they are not there."""
    pos, n = at, len(low)
    for k, tok in enumerate(tokens):
        if k:
            while pos < n and low[pos].isspace():
                pos += 1
        if tok == "-":
            if pos >= n or low[pos] not in _DASHES:
                return None
            pos += 1
        elif low.startswith(tok, pos):
            pos += len(tok)
        else:
            return None
    return pos


def names_project(text: str, title: str | None) -> bool:
    """Whether `text` names the project titled `title`, and not a longer name that begins with
    it ("Bezpieczna Przystań Vigor" is another project than "Bezpieczna Przystań"). The title's
    words match case-free, with any whitespace or none between them, every dash for every dash
    (no pattern is compiled per title: a page's title is new to the process)."""
    if not title or not title.strip():
        return False
    tokens = title_tokens(title)
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer: positions would drift
        return _names_project_re(text, title)
    first = tokens[0]
    at = 0
    while True:
        if first == "-":
            at = next((i for i in range(at, len(low)) if low[i] in _DASHES), -1)
        else:
            at = low.find(first, at)
        if at < 0:
            return False
        end = _title_end(low, at, tokens)
        if end is None:
            at += 1
            continue
        if not _NEXT_CAPITAL.match(text, end):
            return True
        at = end  # the next occurrence after this one (as finditer goes on)


@lru_cache(maxsize=8)
def _title_re(title: str) -> re.Pattern[str]:
    parts = [re.escape(w) for w in re.sub(r"[\u2010-\u2015\u2212-]", " - ", title).split()]
    body = r"\s*".join(p if p != "\\-" else r"[\u2010-\u2015\u2212-]" for p in parts)
    return re.compile(body, re.IGNORECASE)


def _names_project_re(text: str, title: str) -> bool:
    """names_project by a pattern, for the rare text whose lower case changes its length."""
    for m in _title_re(title).finditer(text):
        if not _NEXT_CAPITAL.match(text, m.end()):
            return True
    return False
    for m in _title_re(title).finditer(text):
        if not re.match(r"\s+[A-ZĄĆĘŁŃÓŚŹŻ]", text[m.end() :]):
            return True
    return False


def names_other_project(text: str, title: str | None, page: str = "") -> bool:
    """Whether `text` quotes a name of two or more words that is not the page's title (another
    project's name); with the `page`'s text, only a name the page mentions no more often than
    the title (a name mentioned more often is the page's own project, whatever the title rule
    picked)."""
    if not title:
        return False
    t = _folded(title)
    whole = _folded_page(page)
    for m in _QUOTED.finditer(text):
        name = _folded(m.group(1))
        if _LEVEL_NAMED.search(text, 0, m.start()):
            continue  # "poddziałanie 6.1.2 „Aktywizacja …”": a measure's name, not a project's
        if name == t or not (len(name.split()) >= 2 or _NAMED_AS.search(text, 0, m.start())):
            continue
        if inflected_variant(name, t):
            continue  # "„Sercem w Seniora”" beside the title „Sercem w Seniorów”: the same name

        if not whole or whole.count(name) <= whole.count(t):
            return True
    return False


def inflected_variant(a: str, b: str) -> bool:
    """Whether two folded names differ only in the endings of their words: as many words, each
    pair equal or both of at least five letters, sharing their first four letters and alike but
    for their last three letters at most ("sercem w seniora" / "sercem w seniorów"). Short words
    (numerals, "ii"/"iii", "2"/"3") must be equal, so editions and stages stay apart."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < 2 or a == b:
        return False
    for x, y in zip(wa, wb, strict=True):
        if x == y:
            continue
        if min(len(x), len(y)) < 5 or not (x.isalpha() and y.isalpha()):
            return False
        stem = max(4, min(len(x), len(y)) - 3)
        if x[:stem] != y[:stem]:
            return False
    return True


_LEVEL_NAMED = re.compile(
    r"(?:działani\w*|dzialani\w*|oś\w*|priorytet\w*|measure|axis|priority)\s+[\dIVX][\d.IVX]*\s*[–—-]?\s*$",
    re.IGNORECASE,
)

# a one-word quoted name is a project's or programme's when a word says so ("Programu „Senior+”")
_NAMED_AS = re.compile(r"(?:program\w*|projekt\w*|programme|project)\s*(?:pn\.|pt\.)?\s*$", re.I)


_PLACE_AT_END = re.compile(r"\b(?:w|we)\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+(?:[ -][A-ZĄĆĘŁŃÓŚŹŻ][\w-]+)?$")


def place_of(implementer: str | None) -> str | None:
    """The place an implementer's name ends with, as written: "OPS w Małomicach" -> "w Małomicach"."""
    m = _PLACE_AT_END.search(implementer or "")
    return m.group(0) if m else None


def names_place(text: str, place: str | None) -> bool:
    """Whether `text` names the implementer's place as written ("w Małomicach")."""
    if not place or place not in text:  # (the pattern is the place itself, case and all)
        return False
    return bool(word_spots(text, place))


@dataclass
class Candidate:
    """An amount or a person count, where it is and what is around it."""

    kind: str  # "amount" | "count"
    value: Decimal | int
    index: int  # the unit's position in the document
    start: int  # offsets in the unit's text
    end: int
    before: str  # the words before it: back to the previous candidate, or its row's label
    after: str  # the words after it, up to the next candidate
    currency: str = "PLN"
    rounded: bool = False
    anchored: bool = False  # a row or a "Label: value" line


_EUR = re.compile(
    r"(?<![\w,.])\d{1,3}(?:[ .,]\d{3})*(?:,\d{1,2}|\.\d{1,2})?\s?(?:eur|euro|€)(?!\w)"
    r"|(?:eur|€)\s?\d{1,3}(?:[ .,]\d{3})*(?:[.,]\d{1,2})?",
    re.IGNORECASE,
)


# every amount candidate has a currency word or sign (PLN ones: "zł", "złotych", "zlotych", "PLN";
# "zl"; EUR ones: "EUR", "euro", "€"): units without one have none
_MONEY_HINT = re.compile(r"zł|zl|pln|eur|€", re.IGNORECASE)


def amount_candidates(units: Sequence[Unit], foreign: Callable[[Unit], bool]) -> list[Candidate]:
    """Every PLN amount of the page's own units (not those about another project), with its
    words around it; amounts in euro are kept with currency EUR (a role never takes them)."""
    out: list[Candidate] = []
    label = ""
    for i, u in enumerate(units):
        continuation = u.is_row and u.text.lstrip().startswith("|")
        if u.is_row and not continuation:
            lv = label_value(u.text)
            label = lv[0] if lv else ""
        if foreign(u) or not _MONEY_HINT.search(u.text):
            continue
        found: list[tuple[int, int, Decimal, bool, str]] = [
            (mo.start, mo.end, mo.value, mo.rounded, "PLN") for mo in find_money(u.text)
        ]
        for m in _EUR.finditer(u.text):
            if not any(a < m.end() and m.start() < b for a, b, *_ in found):
                found.append((m.start(), m.end(), Decimal(0), False, "EUR"))
        if found:
            found += elided_parts(u.text, found)
        found.sort()
        prev = 0
        for k, (a, b, value, rounded, currency) in enumerate(found):
            nxt = found[k + 1][0] if k + 1 < len(found) else len(u.text)
            before = u.text[prev:a]
            if k == 0 and continuation:
                before = label + " | " + before
            line = u.text[u.text.rfind("\n", 0, a) + 1 : a]
            out.append(
                Candidate(
                    "amount",
                    value,
                    i,
                    a,
                    b,
                    before,
                    u.text[b:nxt],
                    currency,
                    rounded,
                    anchored=u.is_row or (len(line) <= 90 and label_value(line + "0") is not None),
                )
            )
            prev = b
    return out


_ELIDED_PART = re.compile(
    r"(?:z\s+czego|w\s+tym|of\s+which)\s+(?:(?:ponad|prawie|niemal|blisko|około|ok\.)\s+)?"
    r"(?P<num>\d{1,3}(?:[ .]\d{3})*(?:,\d{1,2})?)\s?(?P<mult>mln|tys\.|mld)?(?!\s*(?:%|zł|pln|eur|proc|\d))",
    re.IGNORECASE,
)


def elided_parts(
    text: str, found: list[tuple[int, int, Decimal, bool, str]]
) -> list[tuple[int, int, Decimal, bool, str]]:
    """Parts of a PLN amount written without their currency: "12,5 mln złotych, z czego ponad
    11,5 mln to dofinansowanie" -> 11 500 000 PLN (after a PLN amount only)."""
    from .numbers import NumberError, parse_number

    out = []
    first_pln = min((a for a, _b, _v, _r, cur in found if cur == "PLN"), default=None)
    if first_pln is None:
        return out
    for m in _ELIDED_PART.finditer(text, first_pln):
        if any(a < m.end() and m.start("num") < b for a, b, *_ in found):
            continue
        try:
            value = parse_number(m.group("num"))
        except NumberError:
            continue
        mult = {"mln": 10**6, "tys.": 10**3, "mld": 10**9}.get((m.group("mult") or "").lower(), 1)
        if mult == 1 and value < 1000:
            continue  # "w tym 40 osób": not money
        amount = (value * mult).quantize(Decimal("0.01"))
        out.append((m.start("num"), m.end(), amount, mult > 1, "PLN"))
    return out


def count_candidates(
    units: Sequence[Unit],
    foreign: Callable[[Unit], bool],
    counts_of: Callable[[Unit], list[tuple[int, int, int]]],
    labels: Sequence[tuple[str, int] | None] | None = None,
) -> list[Candidate]:
    """Every count of persons ("60 osób", "153 uczestników", "58 people") of the page's own units;
    `counts_of(unit)` gives (value, start, end) of each count with its counted noun, `labels`
    each unit's label_value() when the caller has them."""
    out: list[Candidate] = []
    for i, u in enumerate(units):
        if foreign(u):
            continue
        counts = counts_of(u)
        labelled = []
        if _DIGIT.search(u.text):
            whole = labelled_count(u.text, labels[i] if labels is not None else False)
            labelled = [whole] if whole is not None else inline_labelled_counts(u.text)
        for n, a, b, label in labelled:
            if not any(x <= a < y for _n, x, y in counts):
                out.append(Candidate("count", n, i, a, b, label, u.text[b:], anchored=True))
        prev = 0
        for k, (n, a, b) in enumerate(counts):
            nxt = counts[k + 1][1] if k + 1 < len(counts) else len(u.text)
            out.append(Candidate("count", n, i, a, b, u.text[prev:a], u.text[b:nxt]))
            prev = b
    return out


_LABELLED_NUMBER = re.compile(
    r"\s*(?:(?:ok\.|około|min\.|minimum|co\s+najmniej|łącznie|about|at\s+least)\s*)?"
    r"(?P<n>\d{1,3}(?:[ .]\d{3})+|\d{1,6})(?!\d)(?![,.]\d)(?!\s*(?:%|zł|pln|eur|r\.|rok))",
    re.IGNORECASE,
)


def labelled_count(
    text: str, lv: tuple[str, int] | bool | None = False
) -> tuple[int, int, int, str] | None:
    """A "Label: N" unit whose label names persons ("Liczba osób objętych projektem: 1 621"):
    (N, start, end, label); None for any other unit (a label without persons, a year, money).
    `lv` is the unit's label_value() when the caller has it."""
    if lv is False:
        lv = label_value(text)
    if lv is None:
        return None
    label, at = lv
    if not any(lemmas(w) & _person_nouns() for w in words(label)):
        return None
    m = _LABELLED_NUMBER.match(text, at)
    if not m:
        return None
    n = int(re.sub(r"[ .]", "", m.group("n")))
    if 1900 <= n <= 2100:
        return None
    return n, m.start("n"), m.end("n"), label


_INLINE_LABEL = re.compile(
    r"(?P<label>[^\W\d][^:;.!?\n\d]{2,80}?):\s*(?P<n>\d{1,3}(?:[ .]\d{3})+|\d{1,6})(?!\d)(?![,.]\d)"
    r"(?!\s*(?:%|zł|pln|eur))",
    re.IGNORECASE,
)


# where a "Label: N" pair can end: a colon, spaces, a digit (every match of _INLINE_LABEL has one)
_COLON_NUMBER = re.compile(r":\s*\d")
_INLINE_LABEL_REACH = 81  # a label is at most 81 characters: its colon is that far from its start


def inline_label_matches(text: str):
    """The matches of _INLINE_LABEL, as `finditer` gives them, but searched only near a colon
    followed by a number: the lazy label is otherwise tried up to 80 characters on at every letter.
    The next match's colon is the first `:\\s*\\d` at or after where the last match ended, and its
    label starts at most 81 characters before that colon, so no match starts before
    `colon - 81`; `search` from there finds the same next match as `finditer` (no match is
    empty; the pattern has no look-behind)."""
    at = 0
    while True:
        colon = _COLON_NUMBER.search(text, at)
        if colon is None:
            return
        m = _INLINE_LABEL.search(text, max(at, colon.start() - _INLINE_LABEL_REACH))
        if m is None:
            return
        yield m
        at = m.end()


def inline_labelled_counts(text: str) -> list[tuple[int, int, int, str]]:
    """ "Label: N" pairs inside a longer unit ("Main results: Total number of persons supported:
    363 Number of …") whose label names persons: (N, start, end, label) each."""
    out = []
    for m in inline_label_matches(text):
        label = " ".join(words(m.group("label"))[-6:])
        if not any(lemmas(w) & _person_nouns() for w in words(label)):
            continue
        n = int(re.sub(r"[ .]", "", m.group("n")))
        if not 1900 <= n <= 2100:
            out.append((n, m.start("n"), m.end("n"), label))
    return out


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    return frozenset(role_vocabulary()["person_nouns"])


@dataclass(frozen=True)
class Context:
    """What the page says of its main project, for the membership feature."""

    title: str | None = None
    place: str | None = None  # the implementer's place as written ("w Małomicach")
    text: str = ""  # the page's text (how often it names each project)


# membership's answers for the current document (a candidate's features and its hand scores ask
# for it twice), keyed by the units' identity (each entry keeps its list, so no identity is
# reused), the candidate's place and the context; cleared with _SCORED
_MEMBERSHIP: dict[tuple[Any, ...], tuple[float, Sequence[Unit]]] = {}


def membership(units: Sequence[Unit], c: Candidate, ctx: Context) -> float:
    """+2 when the candidate's clause names the main project (its title, or its implementer's
    place while naming no other project), -3 when it names another project and not this one,
    +1 when only its paragraph names the title (`_membership`, remembered for the document: it
    reads only the units, the candidate's unit and span, and the context)."""
    key = (id(units), c.index, c.start, c.end, ctx)
    hit = _MEMBERSHIP.get(key)
    if hit is None or hit[1] is not units:
        if len(_MEMBERSHIP) > 20_000:
            _MEMBERSHIP.clear()
        hit = _MEMBERSHIP[key] = (_membership(units, c, ctx), units)
    return hit[0]


def _membership(units: Sequence[Unit], c: Candidate, ctx: Context) -> float:
    u = units[c.index]
    a, b = clause_span(u.text, c.start, c.end)
    clause = u.text[a:b]
    if names_project(clause, ctx.title):
        return 2.0
    if names_other_project(clause, ctx.title, ctx.text):
        return -3.0
    if names_place(clause, ctx.place):
        return 2.0
    paragraph = " ".join(x.text for x in units if x.paragraph == u.paragraph)
    if names_project(paragraph, ctx.title):
        return 1.0
    return 0.0


@lru_cache(maxsize=8)
def _role_stems(section: str) -> dict[str, tuple[str, ...]]:
    """Each role's lemmas with a positive weight, cut to their first four letters: every form of
    them begins so ("wartości", "kosztuje", "własnym")."""
    table = role_vocabulary()[section]
    return {
        role: tuple(sorted({lemma[:4] for lemma, w in weights.items() if w > 0}))
        for role, weights in table.items()
    }


def may_have_role(lower_text: str, section: str, role: str) -> bool:
    """Whether a (lower-cased) text has any word that could be a label of `role`; when it has
    none, no candidate of the page can score for that role (a cheap test before scoring)."""
    return any(stem in lower_text for stem in _role_stems(section)[role])


def amount_scores(units: Sequence[Unit], c: Candidate, ctx: Context) -> dict[str, float]:
    """Each budget role's score of one amount candidate (EUR amounts score nothing)."""
    vocab = role_vocabulary()
    if c.currency != "PLN":
        return {role: float("-inf") for role in vocab["amount"]}
    before = own_words(c.before)
    scores = label_scores(before, c.after, vocab["amount"])
    against = label_scores(before[-40:], c.after[:25], {"x": vocab["amount_not_budget"]})["x"]
    heading = label_scores(heading_above(units, c.index), "", vocab["amount"])
    bonus = membership(units, c, ctx) + (1.0 if c.anchored else 0.0)
    return {
        role: s + 0.5 * heading[role] + against + bonus if s > 0 else s + against
        for role, s in scores.items()
    }


def counts_something_else(phrase: str) -> bool:
    """Whether a count phrase ("60 osób", "trzech grup osób", "5 tys. mieszkańców") counts
    something other than persons: the word after the number is a group, a round, a scale."""
    ws = words(phrase)
    if len(ws) < 2 and not re.search(r"\d\s+tys\.", phrase):
        return False
    if re.search(r"\d\s+(?:tys|mln)\.?\s", phrase):
        return True
    # the number may be words ("trzech grup"): the first word after it that is not a numeral
    for w in ws:
        found = lemmas(w)
        if found & _not_counted():
            return True
        if not any(tag.startswith("num") for _l, tag in analyses(w)):
            return False
    return False


def in_parentheses(text: str, at: int) -> bool:
    """Whether position `at` of `text` is inside an open parenthesis."""
    return text.rfind("(", 0, at) > text.rfind(")", 0, at)


def is_one_sex_of_a_pair(text: str, start: int, end: int) -> bool:
    """Whether a count of women (men) stands in a text that also counts men (women): one part of
    a total ("obejmą 400 kobiet i 300 mężczyzn")."""
    sexes = _sex_nouns()
    own = {lemma for w in words(text[start:end]) for lemma in lemmas(w)} & sexes
    if not own:
        return False
    others = {lemma for w in words(text[:start] + " " + text[end:]) for lemma in lemmas(w)}
    return bool((others & sexes) - own)


@lru_cache(maxsize=1)
def _sex_nouns() -> frozenset[str]:
    return frozenset(role_vocabulary()["sex_nouns"])


@lru_cache(maxsize=1)
def _not_counted() -> frozenset[str]:
    return frozenset(role_vocabulary()["not_counted_nouns"])


def count_scores(units: Sequence[Unit], c: Candidate, ctx: Context) -> dict[str, float]:
    """The planned and actual scores of one person count: label lemmas in its clause, its
    heading, the tense of the nearest verb (future and present say planned, past says actual
    unless a plan word is there) and whether it belongs to the main project."""
    vocab = role_vocabulary()
    u = units[c.index]
    a, b = clause_span(u.text, c.start, c.end)
    before = u.text[max(a, c.start - len(c.before)) : c.start]
    after = u.text[c.end : min(b, c.end + len(c.after))]
    scores = label_scores(before, after, vocab["count"], reach=10, after_reach=8)
    # the counted noun itself may say so ("10 pracowników ośrodka" are staff, not participants)
    own = u.text[c.start : c.end].split(None, 1)[1:]
    against = label_scores(
        before[-30:], " ".join([*own, after[:40]]), {"x": vocab["count_not_participants"]}
    )["x"]
    if (
        counts_something_else(u.text[c.start : c.end])
        or (u.is_item and not c.anchored)
        or in_parentheses(u.text, c.start)
        or is_one_sex_of_a_pair(u.text, c.start, c.end)
    ):
        # "5 tysięcy mieszkańców" is no count of 5; a list item is a group, not the total (a
        # "Label: N" item is a labelled figure); "(18 kobiet, …)" and "400 kobiet i 300
        # mężczyzn" are parts of a total
        return {"planned": float("-inf"), "actual": float("-inf")}
    if scores["planned"] <= 0 and scores["actual"] <= 0:
        return {"planned": against, "actual": against}  # no role word near it: no role
    heading = label_scores(heading_above(units, c.index), "", vocab["count"])
    t = tense(u.text[a:b], c.start - a)
    plan_words = set(vocab["plan_words"])
    planned_word = any(lemmas(w) & plan_words for w in words(u.text[a:b]))
    member = membership(units, c, ctx) + (1.0 if c.anchored else 0.0)  # a labelled figure
    planned = scores["planned"] + 0.5 * heading["planned"] + against + member
    actual = scores["actual"] + 0.5 * heading["actual"] + against + member
    if t in (_FUTURE, _PRESENT) or planned_word:
        planned += 1.0
        actual -= 3.0
    elif t == _PAST:
        planned -= 3.0
        actual += 1.0
    return {"planned": planned, "actual": actual}


def decide(
    scored: Sequence[tuple[Candidate, float]], min_score: float, margin: float
) -> tuple[Candidate | None, str | None]:
    """The candidate that clearly wins: the best score at least `min_score` and ahead of every
    candidate with a different value by `margin`; a rounded figure ("9,5 mln zł", a headline's
    sum) gives way to exact ones that score enough. Otherwise (None, why), or (None, None) when
    no candidate scores enough."""
    ranked = sorted((x for x in scored if x[1] >= min_score), key=lambda x: x[1], reverse=True)
    exact = [x for x in ranked if not x[0].rounded]
    ranked = exact or ranked
    if not ranked:
        return None, None
    best, top = ranked[0]
    close = [c.value for c, s in ranked[1:] if c.value != best.value and top - s < margin]
    if close:
        values = sorted({best.value, *close})
        return None, "no clear winner between " + ", ".join(str(v) for v in values)
    return best, None


# --------------------------------------------------------------------------- fitted role scores
#
# The features of a candidate for one role, by name; data/roles_weights.yaml holds a weight per
# feature and role, fitted on the labelled dev pages by benchmarks/roles_fit.py (a logistic
# regression, L2-regularised); `fitted_probability` turns them into the probability that the
# candidate is that role's figure. The same functions give the fit its features and the product
# its scores: one definition of each feature.

AMOUNT_ROLES = ("total", "eu", "own")
COUNT_ROLES = ("planned", "actual")

WEIGHTS_PATH = Path(__file__).resolve().parent / "data" / "roles_weights.yaml"


@lru_cache(maxsize=1)
def fitted_weights() -> dict[str, Any]:
    """data/roles_weights.yaml, parsed once per process: {"amount": {role: {feature: w}},
    "count": {…}, "decision": {…}}."""
    import yaml

    with WEIGHTS_PATH.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def fitted_utility(features: dict[str, float], weights: dict[str, float]) -> float:
    """A candidate's utility for a role: bias + Σ weight·feature (the fitted model's score)."""
    return weights.get("bias", 0.0) + sum(weights.get(k, 0.0) * v for k, v in features.items())


def value_shares(scored: Sequence[tuple[Any, float]]) -> dict[Any, float]:
    """The model's probability of each value being the role's figure on this page: a choice
    among the page's candidates and "none of them" (utility 0), each candidate with probability
    exp(utility) / (1 + Σ exp(utilities)); a value stated twice adds its candidates' shares."""
    import math

    if not scored:
        return {}
    top = max(0.0, max(u for _c, u in scored))
    none = math.exp(-top)
    weight = [(c.value, math.exp(u - top)) for c, u in scored]
    total = none + sum(x for _v, x in weight)
    out: dict[Any, float] = {}
    for value, x in weight:
        out[value] = out.get(value, 0.0) + x / total
    return out


def _value_rank(value: Decimal | int, values: Sequence[Decimal | int]) -> dict[str, float]:
    """Where a figure stands among the page's figures of its kind: the largest, the second
    largest, its share of the largest (a total is above its parts; a grant is most of it), and
    how often the page states it."""
    distinct = sorted(set(values), reverse=True)
    top = distinct[0] if distinct else value
    share = float(value) / float(top) if top else 0.0
    return {
        "largest": float(value == top),
        "second": float(len(distinct) > 1 and value == distinct[1]),
        "share_of_largest": share,
        "most_of_largest": float(0.5 <= share < 1.0),
        "stated_again": float(sum(v == value for v in values) > 1),
    }


def sum_relations(value: Decimal | int, values: Sequence[Decimal | int]) -> dict[str, float]:
    """Whether a figure is the sum of two other figures of the page (a total of its grant and
    its own contribution, to the złoty) or one of two figures that add up to a third (a part)."""
    others = sorted({Decimal(v) for v in values if v != value})
    if len(others) > 40:  # a table of many figures: no telling sums from coincidences
        return {"sum_of_two": 0.0, "part_of_a_sum": 0.0}
    v = Decimal(value)

    def stated(x: Decimal, besides: Decimal) -> bool:
        return any(abs(x - o) <= 1 and o != besides for o in others)

    return {
        "sum_of_two": float(any(o < v and stated(v - o, o) for o in others)),
        "part_of_a_sum": float(any(stated(v + o, o) for o in others)),
    }


def rounded_beside_exact(c: Candidate, page: Sequence[Candidate]) -> float:
    """1 when a rounded figure ("6 mln zł") has an exact one within 5% of it on the page (the
    same figure written out): the exact one is the statement."""
    return float(exact_twin(c, [x for x in page if x.currency == c.currency]) is not None)


@lru_cache(maxsize=2)
def _families(kind: str) -> dict[str, dict[str, float]]:
    """data/roles.yaml's lemma families of a kind ("amount", "count") as a label table (every
    lemma weighing 1)."""
    return {
        name: dict.fromkeys(members, 1.0)
        for name, members in role_vocabulary()[f"{kind}_families"].items()
    }


def family_features(
    kind: str, before: str, after: str, reach: int, after_reach: int
) -> dict[str, float]:
    """Each lemma family's presence before and after a candidate ("fam_grant_before": 1.0 for a
    family word among the nearest words, less further back; see label_scores)."""
    table = _families(kind)
    near_before = label_scores(before, "", table, reach=reach, after_reach=after_reach)
    near_after = label_scores("", after, table, reach=reach, after_reach=after_reach)
    out = {}
    for name in table:
        out[f"fam_{name}_before"] = near_before[name]
        out[f"fam_{name}_after"] = near_after[name]
    return out


def _clipped(score: float) -> float:
    """A hand-weighted role score (amount_scores, count_scores) as a feature: within [-2, 4],
    in units of 2.5 (a role word's weight)."""
    return max(-2.0, min(4.0, score / 2.5))


def amount_features(
    units: Sequence[Unit], c: Candidate, ctx: Context, page: Sequence[Candidate]
) -> dict[str, dict[str, float]]:
    """Each budget role's features of one PLN amount (`page`: the page's amount candidates):
    label lemmas of the role before and after it, the best other role's label, the heading's
    label, "not a budget figure" words, whether its clause names the main or another project, a
    row or "Label: value" line, a rounded figure, its rank among the page's amounts, its
    position on the page."""
    vocab = role_vocabulary()
    before = own_words(c.before)
    near_before = label_scores(before, "", vocab["amount"])
    near_after = label_scores("", c.after, vocab["amount"])
    heading = label_scores(heading_above(units, c.index), "", vocab["amount"])
    against = label_scores(before[-40:], c.after[:25], {"x": vocab["amount_not_budget"]})["x"]
    member = membership(units, c, ctx)
    shared = {
        **family_features("amount", before, c.after, 3, 3),
        "not_budget": against,
        "main_project": float(member > 0),
        "other_project": float(member < 0),
        "anchored": float(c.anchored),
        "rounded": float(c.rounded),
        "rounded_beside_exact": rounded_beside_exact(c, page),
        "position": c.index / max(1, len(units)),
        **_value_rank(c.value, [x.value for x in page if x.currency == "PLN"]),
        **sum_relations(c.value, [x.value for x in page if x.currency == "PLN"]),
    }
    hand = amount_scores(units, c, ctx)
    out = {}
    for role in AMOUNT_ROLES:
        others = [near_before[r] + near_after[r] for r in AMOUNT_ROLES if r != role]
        out[role] = {
            "hand_score": _clipped(hand[role]),
            "label_before": near_before[role],
            "label_after": near_after[role],
            "label_other_role": max(others),
            "heading": heading[role],
            **shared,
        }
    return out


def count_features(
    units: Sequence[Unit], c: Candidate, ctx: Context, page: Sequence[Candidate]
) -> dict[str, dict[str, float]]:
    """The planned and actual features of one person count (`page`: the page's count
    candidates): role lemmas in its clause before and after it, the heading's, "not
    participants" words, the tense of the nearest verb, a plan word, main/other project, a
    labelled figure, a part of something (a group, a list item, a parenthesis, one sex of a
    pair), its rank among the page's counts, its position."""
    vocab = role_vocabulary()
    u = units[c.index]
    a, b = clause_span(u.text, c.start, c.end)
    before = u.text[max(a, c.start - len(c.before)) : c.start]
    after = u.text[c.end : min(b, c.end + len(c.after))]
    near_before = label_scores(before, "", vocab["count"], reach=10, after_reach=8)
    near_after = label_scores("", after, vocab["count"], reach=10, after_reach=8)
    heading = label_scores(heading_above(units, c.index), "", vocab["count"])
    against = label_scores(before[-30:], after[:40], {"x": vocab["count_not_participants"]})["x"]
    t = tense(u.text[a:b], c.start - a)
    plan_words = set(vocab["plan_words"])
    member = membership(units, c, ctx)
    part = (
        counts_something_else(u.text[c.start : c.end])
        or (u.is_item and not c.anchored)
        or in_parentheses(u.text, c.start)
        or is_one_sex_of_a_pair(u.text, c.start, c.end)
    )
    shared = {
        **family_features("count", before, after, 10, 8),
        "not_participants": against,
        "future_or_present": float(t in (_FUTURE, _PRESENT)),
        "past": float(t == _PAST),
        "plan_word": float(any(lemmas(w) & plan_words for w in words(u.text[a:b]))),
        "main_project": float(member > 0),
        "other_project": float(member < 0),
        "anchored": float(c.anchored),
        "part_of_a_total": float(part),
        "position": c.index / max(1, len(units)),
        "small": float(c.value < 10),
        # "4 osoby bezrobotne, 3 rodziny i 1 osoba": counts side by side are groups
        "beside_counts": float(
            any(
                x.index == c.index and x.start != c.start and not in_parentheses(u.text, x.start)
                for x in page
            )
        ),  # "3 osoby", a family: seldom a project's whole count
        **_value_rank(c.value, [x.value for x in page]),
    }
    hand = count_scores(units, c, ctx)
    out = {}
    for role in COUNT_ROLES:
        other = "actual" if role == "planned" else "planned"
        out[role] = {
            "hand_score": _clipped(hand[role]),
            "label_before": near_before[role],
            "label_after": near_after[role],
            "label_other_role": near_before[other] + near_after[other],
            "heading": heading[role],
            **shared,
        }
    return out


def may_take_role(features: dict[str, float]) -> bool:
    """Whether a candidate may take a role at all, whatever its fitted score: a part of a total
    (a group, a list item, a count in parentheses, one sex of a pair) never takes a count's role,
    and an amount next to a word of full "not a budget figure" weight (data/roles.yaml
    amount_not_budget: the state budget, a benefit, money per person, an allocation) never takes
    a budget role. Such pages are too rare among the labelled ones for a fit to learn them; the
    fitted weights only rank the figures that remain."""
    return (
        not features.get("part_of_a_total")
        and features.get("not_budget", 0.0) > -2.4
        and not features.get("other_project")
    )


def fitted_decide(
    scored: Sequence[tuple[Candidate, float]], min_share: float, margin: float
) -> tuple[Candidate | None, str | None]:
    """The candidate whose value's share (`value_shares` of the fitted utilities) is at least
    `min_share` and ahead of every other value's by `margin` (the best-scored candidate of that
    value, for its evidence); otherwise (None, why), or (None, None) when no value reaches
    `min_share` (the page most likely does not state the figure). A rounded figure with an exact
    one within 5% of it is the same figure written twice: its share goes to the exact one."""
    shares = value_shares(scored)
    for c, _u in scored:
        twin = exact_twin(c, [x for x, _ in scored])
        if twin is not None and c.value in shares and c.value != twin.value:
            shares[twin.value] = shares.get(twin.value, 0.0) + shares.pop(c.value)
    ranked = sorted(shares.items(), key=lambda kv: kv[1], reverse=True)
    if not ranked or ranked[0][1] < min_share:
        return None, None
    value, top = ranked[0]
    close = [v for v, share in ranked[1:] if top - share < margin]
    if close:
        values = sorted({value, *close})
        return None, "no clear winner between " + ", ".join(str(v) for v in values)
    best = max((x for x in scored if x[0].value == value), key=lambda x: x[1])
    return best[0], None


def fitted_choice(
    cands: Sequence[Candidate],
    features: Sequence[dict[str, dict[str, float]]],
    role: str,
    weights: dict[str, float],
    rule: dict[str, float],
    rules_say: Callable[[Any], bool],
) -> Candidate | None:
    """The candidate the fitted scorer gives `role` (`fitted_decide` over every candidate that
    `may_take_role`), with whether the cue rules read the same value as one more feature;
    None when no value clearly wins."""
    scored = [
        (c, fitted_utility(dict(f[role], rules_say=float(rules_say(c.value))), weights))
        for c, f in zip(cands, features)
        if may_take_role(f[role])
    ]
    return fitted_decide(scored, rule["min_share"], rule["margin"])[0]


def fitted_share(
    cands: Sequence[Candidate],
    features: Sequence[dict[str, dict[str, float]]],
    role: str,
    weights: dict[str, float],
    rules_say: Callable[[Any], bool],
    value: Any,
) -> float | None:
    """The fitted scorer's share for `role` of one value (its candidates' shares added up, as
    `value_shares` gives them); None when no candidate that may take the role has that value
    (the scorer has no opinion of it)."""
    scored = [
        (c, fitted_utility(dict(f[role], rules_say=float(rules_say(c.value))), weights))
        for c, f in zip(cands, features)
        if may_take_role(f[role])
    ]
    near = [
        share
        for v, share in value_shares(scored).items()
        if abs(Decimal(str(v)) - Decimal(str(value))) <= Decimal("0.005")
    ]
    return sum(near) if near else None


def doubted(share: float | None, rule: dict[str, float]) -> bool:
    """Whether the fitted scorer gives a value read by the cue rules so small a share (below the
    decision's fitted `doubt`, 0 = never) that a null is likelier right than the value: a wrong
    figure published is worse than none."""
    return share is not None and share < rule.get("doubt", 0.0)


def exact_twin(c: Any, page: Sequence[Any]) -> Any | None:
    """The exact figure a rounded one stands for ("6 mln zł" beside "6 118 777,73 zł"): the
    nearest exact figure within 5% of it, or None."""
    if not getattr(c, "rounded", False):
        return None
    v = float(c.value)
    near = [
        x for x in page if not getattr(x, "rounded", False) and abs(float(x.value) - v) <= 0.05 * v
    ]
    return min(near, key=lambda x: abs(float(x.value) - v)) if near else None


# every case-insensitive pattern above runs flagless on the lower-cased units (fastre)
case_free_patterns(globals())
case_free_functions(globals())
