"""Find Polish town names (in any grammatical case) in free text.

>>> [(m.city, m.voivodeship, m.surface) for m in find_towns("MOPR we Włocławku i mieszkańcy Gdyni")]
[('Włocławek', 'kujawsko-pomorskie', 'Włocławku'), ('Gdynia', 'pomorskie', 'Gdyni')]

How it works
------------
* The gazetteer (``data/gazetteer.csv``) and one morfeusz2 analyser are loaded lazily, once per
  process. Every gazetteer name is split into parts (words and hyphenated halves) and each part is
  analysed into its set of lemmas, so ``Zielona Góra`` becomes ``({zielona, zielony}, {góra})``.
  Names are indexed by the lemmas of their first part.
* Only capitalised tokens can start a match (a regex over Unicode letters; ``Bielsku-Białej`` is
  one token). A token's analysis (per-part lemma sets plus two flags) and its candidate names are
  cached with ``functools.lru_cache``, so a warm process does a regex scan plus one dict lookup
  per capitalised word.
* A candidate matches when every name part shares a lemma with the corresponding text part and the
  separators agree (a space, or a hyphen, with or without spaces around it). Following tokens are
  read only for multi-word names; the longest match wins.
* Ambiguity rules (see ``AMBIGUOUS``): towns whose name is also a common word or a personal name
  (Police, Koło, Brzeg, Góra, ...) are accepted only after a cue (``w``, ``z``, ``do``, ``Gminy``,
  ``MOPS``, ``mieszkańcy``...) or before ``, woj.`` or a dateline (``Police, 12 maja 2019``); a
  one-word name opening a sentence is skipped if the token is also an everyday word (``Poznaniu``:
  poznanie) unless ``, woj.`` or a dateline follows; a first name followed by a capitalised word
  (``Jarosław Kowalski``) is skipped.
* Without morfeusz2 the module falls back to simplemma (coarser: no common-word flags).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

GAZETTEER_PATH = Path(__file__).resolve().parent / "data" / "gazetteer.csv"

# Towns whose name (or its usual forms) is also an everyday word, a nationality, a plural of a
# personal name, or the first word of a longer proper name ("Koło Gospodyń Wiejskich").
AMBIGUOUS = frozenset(
    {
        "Police",  # polica (shelf), and next to "Policja"
        "Koło",  # koło (wheel, circle, club: "Koło Gospodyń Wiejskich")
        "Brzeg",  # brzeg (shore)
        "Góra",  # góra (mountain)
        "Turek",  # Turek (a Turk)
        "Marki",  # marka (brand)
        "Ząbki",  # ząbek (little tooth)
        "Łapy",  # łapa (paw)
        "Kobyłka",  # kobyłka (little mare)
        "Zielonka",  # zielonka (green fodder)
        "Nisko",  # nisko (low)
        "Reda",  # reda (roadstead)
        "Jawor",  # jawor (sycamore)
        "Końskie",  # koński (horse's)
        "Piastów",  # Piastów (of the Piasts)
    }
)

# Words after which a name is a street, not a town ("ul. Gdańska", "al. Nowy Targ").
STREET_WORDS = frozenset(
    {"ul.", "ul", "ulica", "ulicy", "ulicę", "ulicą", "al.", "aleja", "alei", "aleje",
     "pl.", "plac", "placu", "os.", "osiedle", "osiedla", "osiedlu", "rondo", "ronda", "rondzie"}
)  # fmt: skip

# Words after which an ambiguous town name is accepted (compared case-insensitively).
CUE_WORDS = frozenset(
    {
        "w", "we", "z", "ze", "do", "dla",
        "miasta", "miasto", "gminy", "gmina", "gminie", "mieście", "m.", "gm.",
        "mops", "mopr", "gops", "ops", "mgops", "pcpr",
        # nouns that take a place name in the genitive: "mieszkańcy Polic", "z terenu Koła"
        "mieszkańcy", "mieszkańców", "mieszkańcom", "mieszkańcami", "terenu", "terenie",
        "burmistrz", "burmistrza", "prezydent", "prezydenta",
    }
)  # fmt: skip

_UPPER = "A-ZĄĆĘŁŃÓŚŹŻ"
_WORD = r"[^\W\d_]+"
# A capitalised token; hyphenated compounds (Bielsku-Białej) are one token.
# (The look-behind sits after the first letter: a pattern that starts with a character class lets
# `re` skip ahead quickly, which makes the scan ~3x faster than a leading look-behind.)
_CAP_TOKEN = re.compile(rf"[{_UPPER}](?<![\w-].)[^\W\d_]*(?:-{_WORD})*(?![\w])")
# The next token of a multi-word name: after spaces (at most one line break) or a spaced hyphen.
_NEXT_TOKEN = re.compile(
    rf"(?:(?P<hyphen>[^\S\n]*[-–][^\S\n]*)|(?P<space>[^\S\n]+|[^\S\n]*\n[^\S\n]*))"
    rf"(?P<tok>{_WORD}(?:-{_WORD})*)(?![\w])"
)
_PREV_NAME_WORD = re.compile(rf"{_WORD}(?:-{_WORD})*")
# After the name: ", woj. ..." / "(województwo ...)", or a dateline ", 12 maja 2019" / ", dnia 3.05".
_CONFIRMED_AFTER = re.compile(
    r"[^\S\n]*(?:[,(][^\S\n]*(?:woj\.|województw)|,[^\S\n]*(?:dn(?:ia|\.)[^\S\n]*)?\d)",
    re.IGNORECASE,
)
_ABBREV = re.compile(r"(?:^|\s)[a-ząćęłńóśźż]{1,4}\.$")
_SENTENCE_END = ".!?…"
# Part-of-speech classes that do not make a token an everyday word.
_NOT_COMMON_POS = frozenset({"ign", "frag", "interp", "xxx", "depr", "brev", "adjp"})
_PROPER_QUALIFIERS = frozenset(
    {"nazwa_geograficzna", "człon_nazwy_geograficznej", "nazwisko", "imię", "nazwa_organizacji"}
)


class TownMention(NamedTuple):
    city: str
    voivodeship: str
    start: int
    end: int
    surface: str


class _Part(NamedTuple):
    lemmas: frozenset[str]  # case-folded lemmas ("zielony", "zielona")
    common: bool  # has a reading as an everyday word (noun, adjective, verb...)
    given_name: bool  # has a reading as a first name (Jarosław)
    adjective: bool  # has an adjective reading ("Gdańska": gdański, as in "Politechnika Gdańska")


class _Entry(NamedTuple):
    rank: int  # row number in the gazetteer: the last tie-breaker
    city: str
    voivodeship: str
    words: tuple[str, ...]  # the name's own parts, case-folded ("bielsko", "biała")
    parts: tuple[frozenset[str], ...]
    seps: tuple[str, ...]  # separator before each part after the first: " " or "-"
    capitalised: tuple[bool, ...]
    ambiguous: bool


@dataclass
class _Index:
    analyse_word: Callable[[str], _Part]
    by_first_lemma: dict[str, tuple[_Entry, ...]]
    voivodeship_by_city: dict[str, str]
    backend: str


_INDEX: _Index | None = None


# --------------------------------------------------------------------------- analysers


def _morfeusz_analyser() -> Callable[[str], _Part] | None:
    try:
        import morfeusz2
    except ImportError:
        return None
    morf = morfeusz2.Morfeusz(generate=False, expand_tags=False)

    def analyse_word(word: str) -> _Part:
        lemmas: set[str] = set()
        proper: set[str] = set()
        everyday: set[str] = set()
        given = adjective = False
        for start, _end, (_orth, lemma, tag, qualifiers, marks) in morf.analyse(word):
            if start != 0:
                continue
            base = lemma.split(":", 1)[0]
            folded = base.casefold()
            lemmas.add(folded)
            if "imię" in qualifiers:
                given = True
            if base[:1].isupper() or _PROPER_QUALIFIERS.intersection(qualifiers):
                proper.add(folded)
            elif tag.split(":", 1)[0] not in _NOT_COMMON_POS and all(m == "hom." for m in marks):
                everyday.add(folded)  # plain vocabulary: no archaic or specialist label
                adjective = adjective or tag.startswith("adj:")
        # An everyday reading that is only the proper name in lower case ("warszawa", the car;
        # "lublin", the horse breed) does not make the token a common word.
        lemmas.add(word.casefold())
        return _Part(frozenset(lemmas), bool(everyday - proper), given, adjective)

    return analyse_word


def _simplemma_analyser() -> Callable[[str], _Part]:
    import simplemma

    def analyse_word(word: str) -> _Part:
        lemma = simplemma.lemmatize(word, lang="pl")
        return _Part(frozenset({lemma.casefold(), word.casefold()}), False, False, False)

    return analyse_word


# --------------------------------------------------------------------------- index


def load_gazetteer(path: Path = GAZETTEER_PATH) -> dict[str, str]:
    """City name -> voivodeship, in file order."""
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["city"].strip(): row["voivodeship"].strip() for row in csv.DictReader(fh)}


def _split_name(name: str) -> tuple[list[str], list[str]]:
    """'Bielsko-Biała' -> (['Bielsko', 'Biała'], ['-']); 'Nakło nad Notecią' -> 3 parts, 2 spaces."""
    parts: list[str] = []
    seps: list[str] = []
    for i, word in enumerate(name.split()):
        for j, part in enumerate(word.split("-")):
            if i or j:
                seps.append("-" if j else " ")
            parts.append(part)
    return parts, seps


def _build_index() -> _Index:
    analyse_word = _morfeusz_analyser()
    backend = "morfeusz2"
    if analyse_word is None:
        analyse_word = _simplemma_analyser()
        backend = "simplemma"
    gazetteer = load_gazetteer()
    index: dict[str, list[_Entry]] = {}
    for rank, (city, voivodeship) in enumerate(gazetteer.items()):
        parts, seps = _split_name(city)
        entry = _Entry(
            rank=rank,
            city=city,
            voivodeship=voivodeship,
            words=tuple(p.casefold() for p in parts),
            parts=tuple(analyse_word(p).lemmas for p in parts),
            seps=tuple(seps),
            capitalised=tuple(p[:1].isupper() for p in parts),
            ambiguous=city in AMBIGUOUS,
        )
        for lemma in entry.parts[0]:
            index.setdefault(lemma, []).append(entry)
    by_first = {
        lemma: tuple(sorted(entries, key=lambda e: (-len(e.parts), e.rank)))  # longest first
        for lemma, entries in index.items()
    }
    return _Index(analyse_word, by_first, gazetteer, backend)


def _index() -> _Index:
    global _INDEX
    if _INDEX is None:
        _INDEX = _build_index()
    return _INDEX


@lru_cache(maxsize=50_000)
def _token(token: str) -> tuple[tuple[_Part, ...], tuple[_Entry, ...]]:
    """Per-part analyses of a token and the gazetteer names its first part could start."""
    idx = _index()
    parts = tuple(idx.analyse_word(p) for p in token.split("-"))
    seen: dict[str, _Entry] = {}
    for lemma in parts[0].lemmas:
        for entry in idx.by_first_lemma.get(lemma, ()):
            seen.setdefault(entry.city, entry)
    candidates = tuple(sorted(seen.values(), key=lambda e: (-len(e.parts), e.rank)))
    return parts, candidates


# --------------------------------------------------------------------------- matching


def _match(entry: _Entry, text: str, first_end: int, parts0: tuple[_Part, ...]) -> tuple[int, int]:
    """(end offset, exactness) of `entry` matched at a token, or (-1, 0).

    Every name part must share a lemma with the text part in the same position; matches end at
    token boundaries. Exactness counts the parts whose lemmas include the name's own word: it
    separates towns whose names share a lemma ("Bytom" and "Bytów" both read as forms of "byt").
    """
    n = len(entry.parts)
    if len(parts0) > n:
        return -1, 0
    exact = 0
    for i, part in enumerate(parts0):
        if i and entry.seps[i - 1] != "-":
            return -1, 0
        if not (entry.parts[i] & part.lemmas):
            return -1, 0
        exact += entry.words[i] in part.lemmas
    i = len(parts0)
    end = first_end
    while i < n:
        m = _NEXT_TOKEN.match(text, end)
        if m is None:
            return -1, 0
        sep = "-" if m.group("hyphen") is not None else " "
        if entry.seps[i - 1] != sep:
            return -1, 0
        tok = m.group("tok")
        tparts, _ = _token(tok)
        if i + len(tparts) > n:
            return -1, 0
        for k, tpart in enumerate(tparts):
            j = i + k
            if k and entry.seps[j - 1] != "-":
                return -1, 0
            if entry.capitalised[j] and not tok.split("-")[k][:1].isupper():
                return -1, 0
            if not (entry.parts[j] & tpart.lemmas):
                return -1, 0
            exact += entry.words[j] in tpart.lemmas
        i += len(tparts)
        end = m.end("tok")
    return end, exact


def _best_match(
    candidates: tuple[_Entry, ...], text: str, token_end: int, parts: tuple[_Part, ...]
) -> tuple[_Entry, int] | None:
    """The longest matching name; among equally long ones the most exact, then the first."""
    best: tuple[_Entry, int] | None = None
    best_exact = -1
    for entry in candidates:  # longest names first
        if best is not None and len(entry.parts) < len(best[0].parts):
            break
        end, exact = _match(entry, text, token_end, parts)
        if end >= 0 and exact > best_exact:
            best, best_exact = (entry, end), exact
    return best


def _previous_word(text: str, start: int) -> str:
    """The whitespace-delimited word before `start` (within 40 characters), or ''."""
    words = text[max(0, start - 40) : start].split()
    return words[-1] if words else ""


def _is_cue(prev: str) -> bool:
    prev = prev.casefold()
    return prev in CUE_WORDS or prev.rstrip(",:") in CUE_WORDS


def _at_sentence_start(text: str, start: int) -> bool:
    i = start - 1
    newlines = 0
    while i >= 0 and text[i].isspace():
        newlines += text[i] == "\n"
        i -= 1
    if i < 0 or newlines >= 2:
        return True
    if text[i] in _SENTENCE_END:
        # "ul. Toruńska", "m. Police", "gm. Koło": an abbreviation, not the end of a sentence
        return text[i] != "." or not _ABBREV.search(text, max(0, i - 6), i + 1)
    return False


def _followed_by_capitalised(text: str, end: int) -> bool:
    return end + 1 < len(text) and text[end] == " " and text[end + 1] in _UPPERS


_UPPERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZĄĆĘŁŃÓŚŹŻ")


def _accept(entry: _Entry, text: str, start: int, end: int, first: _Part) -> bool:
    prev = _previous_word(text, start)
    if prev.casefold() in STREET_WORDS:
        return False  # an address: "ul. Gdańska 5", "al. Nowy Targ"
    if _CONFIRMED_AFTER.match(text, end):
        return True
    cue = _is_cue(prev)
    single = len(entry.parts) == 1
    if entry.ambiguous:
        return cue and not _followed_by_capitalised(text, end)
    if single and not cue and prev[:1] in _UPPERS and _PREV_NAME_WORD.fullmatch(prev):
        prev_part = _token(prev)[0][0]
        if prev_part.given_name:
            return False  # a surname: "Anna Kalisz"
        if first.adjective:
            return False  # an adjective in a proper name: "Politechnika Gdańska"
    if single and first.given_name and _followed_by_capitalised(text, end):
        return cue  # a first name: "Jarosław Kowalski"
    # a one-word form that is also an everyday word ("Poznaniu": poznanie) opening a sentence
    return not (single and first.common and _at_sentence_start(text, start))


def find_towns(text: str) -> list[TownMention]:
    """Gazetteer towns mentioned in `text`, in order of appearance, with character offsets."""
    mentions: list[TownMention] = []
    pos = 0  # end of the last mention: tokens inside it are skipped
    token_info = _token
    for m in _CAP_TOKEN.finditer(text):
        token = m.group()
        parts, candidates = token_info(token)
        if not candidates:
            continue
        start = m.start()
        if start < pos:
            continue
        best = _best_match(candidates, text, m.end(), parts)
        if best is None:
            continue
        entry, end = best
        if _accept(entry, text, start, end, parts[0]):
            mentions.append(TownMention(entry.city, entry.voivodeship, start, end, text[start:end]))
            pos = end
    return mentions


def town_voivodeship(city: str) -> str | None:
    """Voivodeship of a gazetteer town; also accepts other capitalisations and inflected forms."""
    idx = _index()
    name = city.strip()
    found = idx.voivodeship_by_city.get(name)
    if found is not None:
        return found
    folded = name.casefold()
    for known, voivodeship in idx.voivodeship_by_city.items():
        if known.casefold() == folded:
            return voivodeship
    m = _CAP_TOKEN.match(name[:1].upper() + name[1:])
    if m is None:
        return None
    parts, candidates = _token(m.group())
    best = _best_match(candidates, name, m.end(), parts)
    if best is not None and best[1] == len(name):
        return best[0].voivodeship
    return None


def analyser_backend() -> str:
    """'morfeusz2' or 'simplemma' (fallback when morfeusz2 is not installed)."""
    return _index().backend


@lru_cache(maxsize=1)
def _raw_morfeusz():
    try:
        import morfeusz2
    except ImportError:  # pragma: no cover - morfeusz2 is a dependency
        return None
    return morfeusz2.Morfeusz()


@lru_cache(maxsize=20_000)
def geographic_lemma(word: str) -> str | None:
    """The place name a locative/genitive form comes from, for places outside the gazetteer
    (villages and small towns: 'Kobylnicy' -> 'Kobylnica'), when the lemmatiser knows it as a
    geographic name and only one such name fits; None when unknown or ambiguous."""
    m = _raw_morfeusz()
    if m is None or not word[:1].isupper():
        return None
    lemmas = set()
    for analysis in m.analyse(word):
        _orth, lemma, tag, names = analysis[2][:4]
        if "nazwa_geograficzna" in (names or []) and any(c in tag for c in ("loc", "gen")):
            lemmas.add(lemma.split(":")[0])
    return lemmas.pop() if len(lemmas) == 1 else None


@lru_cache(maxsize=1)
def _generator():
    return _raw_morfeusz()


@lru_cache(maxsize=5_000)
def town_locative(name: str) -> str | None:
    """'Kielce' -> 'Kielcach', 'Lipno' -> 'Lipnie': the locative of a one-word place name the
    lemmatiser knows as a geographic name (plural for plural-only names); None when unknown or when
    it gives more than one form."""
    m = _generator()
    if m is None or " " in name or not name[:1].isupper():
        return None
    forms: dict[str, set[str]] = {"sg": set(), "pl": set()}
    plural_only = False
    for orth, _lemma, tag, names, *_ in m.generate(name):
        if "nazwa_geograficzna" not in (names or []) or "loc" not in tag:
            continue
        number = "pl" if ":pl:" in f":{tag}:" else "sg"
        forms[number].add(orth)
        plural_only = plural_only or tag.endswith(":pt") or ":pt:" in tag
    chosen = forms["pl"] if plural_only else forms["sg"]
    return chosen.pop() if len(chosen) == 1 else None
