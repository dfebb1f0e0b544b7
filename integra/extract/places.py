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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .fastre import case_free_functions, case_free_patterns
from .inflect import analysed, too_long

GAZETTEER_PATH = Path(__file__).resolve().parent / "data" / "gazetteer.csv"
# Every town and gmina of Poland (TERYT), with voivodeship and powiat: read only in strong contexts.
PLACES_PATH = Path(__file__).resolve().parent / "data" / "places.csv"

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
# A town name's second word abbreviated with a full stop ("Gorzów Wlkp.", "w Tomaszowie Maz.",
# "Ostrowiec Św."): the adjective it stands for, as the lemma a name part is matched by.
ABBREVIATED_ADJECTIVES = {
    "Wlkp": "wielkopolski",
    "Wielkop": "wielkopolski",
    "Wlk": "wielkopolski",
    "Maz": "mazowiecki",
    "Mazow": "mazowiecki",
    "Śl": "śląski",
    "Gd": "gdański",
    "Lub": "lubelski",
    "Lubel": "lubelski",
    "Tryb": "trybunalski",
    "Pom": "pomorski",
    "Kuj": "kujawski",
    "Odrz": "odrzański",
    "Św": "świętokrzyski",
    "Świętokrz": "świętokrzyski",
}
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
        import morfeusz2  # noqa: F401 - whether the lemmatiser is there
    except ImportError:
        return None
    from .inflect import analysed  # (the same interpretations: one memo for every rule)

    def analyse_word(word: str) -> _Part:
        lemmas: set[str] = set()
        proper: set[str] = set()
        everyday: set[str] = set()
        given = adjective = False
        for start, _end, (_orth, lemma, tag, qualifiers, marks) in analysed(word):
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


def _match(
    entry: _Entry,
    text: str,
    first_end: int,
    parts0: tuple[_Part, ...],
    token_fn: Callable[[str], tuple[tuple[_Part, ...], tuple[_Entry, ...]]] | None = None,
) -> tuple[int, int]:
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
        if entry.seps[i - 1] != sep and not (sep == " " and "\n" not in m.group("space")):
            return -1, 0  # a hyphenated name may be written with a space: "Sobienie Jeziory"
        tok = m.group("tok")
        abbreviated = ABBREVIATED_ADJECTIVES.get(tok)
        if abbreviated is not None and (
            text.startswith(".", m.end("tok")) or m.end("tok") == len(text)
        ):
            # "Wlkp." stands for "Wielkopolski/-m/-ego": the adjective's lemma and plain form
            lemmas = frozenset({abbreviated, _fold(abbreviated)})
            tparts = (_Part(lemmas, False, False, True),)
        else:
            tparts, _ = (token_fn or _token)(tok)
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
    candidates: tuple[_Entry, ...],
    text: str,
    token_end: int,
    parts: tuple[_Part, ...],
    token_fn: Callable[[str], tuple[tuple[_Part, ...], tuple[_Entry, ...]]] | None = None,
) -> tuple[_Entry, int] | None:
    """The longest matching name; among equally long ones the most exact, then the first."""
    best: tuple[_Entry, int] | None = None
    best_exact = -1
    for entry in candidates:  # longest names first
        if best is not None and len(entry.parts) < len(best[0].parts):
            break
        end, exact = _match(entry, text, token_end, parts, token_fn)
        if end >= 0 and not exact and len(entry.parts) == 1:
            # a one-word name whose own word is not among the token's lemmas: only a shared
            # lemma ("Rady" and Radom both read as forms of rada; "August", Augustów; "Złota",
            # Złotów), not a form of the name
            continue
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
    if _another_place_named(entry.city, text[start:end], prev):
        return False  # "Gmina Jaworze": the gmina Jaworze, not Jawor in the locative
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


# The prepositions after which a town's inflected form is read as its locative ("w Jaworze": in
# Jawor) even where the form is also another place's own name.
_LOCATIVE_PREPOSITIONS = frozenset({"w", "we"})


def _another_place_named(city: str, surface: str, prev: str) -> bool:
    """The town's inflected form is written, not after "w"/"we", exactly as the nominative name of
    another town or gmina ("Jaworze" is Jawor's locative and the gmina Jaworze's name; "Gmina
    Jaworze", "Jaworze – Klub Seniora"): the form names that place, not the town."""
    folded = surface.casefold()
    if folded == city.casefold() or prev.casefold() in _LOCATIVE_PREPOSITIONS:
        return False  # (the town's own name in capitals: "GMINA MIASTA TORUŃ")
    return folded in _place_names_folded()


@lru_cache(maxsize=1)
def _place_names_folded() -> frozenset[str]:
    return frozenset(name.casefold() for name in load_places())


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


def _raw_analyses(word: str) -> Sequence:
    """morfeusz2's analyses of `word`; none for a run longer than any real word. The same
    interpretations as this module's own `Morfeusz()` gives (its tags are not expanded either),
    taken from the extractor's shared memo (`inflect.analysed`)."""
    if _raw_morfeusz() is None:
        return []
    return analysed(word)


@lru_cache(maxsize=20_000)
def geographic_lemma(word: str) -> str | None:
    """The place name a locative/genitive form comes from, for places outside the gazetteer
    (villages and small towns: 'Kobylnicy' -> 'Kobylnica'), when the lemmatiser knows it as a
    geographic name and only one such name fits; None when unknown or ambiguous."""
    m = _raw_morfeusz()
    if m is None or not word[:1].isupper():
        return None
    lemmas = set()
    for analysis in _raw_analyses(word):
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
    if m is None or not name[:1].isupper() or too_long(name):
        return None
    if " " in name:
        return _phrase_locative(name)
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


_GEOGRAPHIC = ("nazwa_geograficzna", "człon_nazwy_geograficznej")


def _head_readings(word: str) -> list[tuple[str, str, str]]:
    """(lemma, number, gender) of each nominative reading of a word as a place name or a part of
    one ("Targ" -> m3, "Bukowina" -> f, "Pole" -> n, "Ostrów" -> m3 or f)."""
    out = []
    for _s, _e, (_orth, lemma, tag, names, *_rest) in _raw_analyses(word):
        parts = tag.split(":")
        if (
            parts[0] == "subst"
            and "nom" in parts[2].split(".")
            and set(names or []) & set(_GEOGRAPHIC)
        ):
            number = "pl" if parts[1] == "pl" else "sg"
            out += [(lemma, number, g) for g in parts[3].split(".")]
    return out


def _adjective_agrees(word: str, number: str, gender: str) -> bool:
    """Whether the word can be a positive adjective in the nominative of that number and gender
    ("Wielkopolski" with a masculine "Ostrów", not with a feminine one)."""
    for _s, _e, (_orth, _lemma, tag, *_rest) in _raw_analyses(word):
        parts = tag.split(":")
        if (
            parts[0] == "adj"
            and parts[1] == number
            and "nom" in parts[2].split(".")
            and gender in parts[3].split(".")
        ):
            return True
    return False


def _adjective_lemma(word: str) -> str | None:
    for _s, _e, (_orth, lemma, tag, *_rest) in _raw_analyses(word):
        if tag.startswith("adj:") and ":nom" in tag and tag.endswith(":pos"):
            return lemma.split(":")[0]
    return None


def _locative_form(lemma: str, kind: str, number: str, gender: str) -> str | None:
    """The one locative of `lemma` as a noun (`kind` "subst") or a positive adjective ("adj") in
    the number and gender given; None when there is none or more than one."""
    forms = set()
    for orth, _lemma, tag, *_rest in _generator().generate(lemma):
        parts = tag.split(":")
        if parts[0] != kind or parts[1] != number or "loc" not in parts[2].split("."):
            continue
        if kind == "adj" and (parts[4] != "pos" or gender not in parts[3].split(".")):
            continue
        if kind == "subst" and gender not in parts[3].split("."):
            continue
        forms.add(orth)
    return forms.pop() if len(forms) == 1 else None


def _phrase_locative(name: str) -> str | None:
    """'Nowy Targ' -> 'Nowym Targu', 'Bukowina Tatrzańska' -> 'Bukowinie Tatrzańskiej', 'Rudnik nad
    Sanem' -> 'Rudniku nad Sanem': a place named by several words, each capitalised word before a
    preposition brought to the locative, agreeing with the word the lemmatiser knows as the place's
    noun (the words after "nad"/"pod" stay as written); None when no word is such a noun or a word
    has no single locative."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))
    inflected, rest = words[:cut], words[cut:]
    # the noun: a word without an adjective reading ("Targ", "Bukowina") before one that has it
    # ("Czarna" in "Czarna Białostocka"), in a gender every other word agrees with
    heads = [
        (i, r)
        for i, w in enumerate(inflected)
        for r in _head_readings(w)
        if all(_adjective_agrees(o, r[1], r[2]) for j, o in enumerate(inflected) if j != i)
    ]
    heads.sort(key=lambda h: _adjective_lemma(inflected[h[0]]) is not None)
    if not heads:
        return None
    head_at, (lemma, number, gender) = heads[0]
    out = []
    for i, word in enumerate(inflected):
        if i == head_at:
            form = _locative_form(lemma, "subst", number, gender)
        else:
            adjective = _adjective_lemma(word)
            form = _locative_form(adjective, "adj", number, gender) if adjective else None
        if form is None:
            return None
        out.append(form[:1].upper() + form[1:])
    return " ".join(out + rest)


# --------------------------------------------------------------------------- all towns and gminas
#
# `data/places.csv` lists every Polish town and gmina (TERYT). Many of those names are villages or
# everyday words (Wola, Zgoda, Sława, Ostrów...), so they are read only right after a strong cue
# (`place_cues` in data/vocabulary.yaml: "w gminie", "Gmina", "GOPS w", "Ośrodek Pomocy Społecznej
# w", "PCPR w", "Urząd Gminy", "wójt", a postcode...). A name shared by places in several
# voivodeships (Dobra, Osiek, Józefów...) keeps them all; `place_voivodeship` picks one only when
# the page names the voivodeship or the powiat.

_PLAIN_LETTERS = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")
# Case endings of place names and the nominative endings they may come from (for names the
# lemmatiser does not know, and for text written without Polish letters: "Chelmzy" -> chelmza).
_CASE_ENDINGS = (
    ("owie", ("ów", "owo", "owa")), ("ewie", ("ewo", "ew", "ewa")), ("owa", ("ów", "owo")),
    ("inie", ("in", "ino", "ina")), ("ynie", ("yn", "yno", "yna")), ("cach", ("ce",)),
    ("kach", ("ki",)), ("ach", ("y", "e")), ("ami", ("y", "e")), ("nie", ("n", "no", "na")),
    ("rze", ("r", "ra", "ro")), ("dze", ("d", "da")), ("ku", ("k", "ko")), ("cu", ("c",)),
    ("iu", ("", "ie")), ("u", ("",)), ("y", ("a", "")), ("i", ("a", "", "e")), ("e", ("a",)),
    ("a", ("", "o")), ("ą", ("a",)), ("ę", ("a",)), ("ów", ("y",)),
)  # fmt: skip


class Place(NamedTuple):
    name: str
    kind: str  # town, gmina, or town+gmina (an urban-rural gmina named after its town)
    voivodeship: str
    powiat: str
    teryt: str


class PlaceMention(NamedTuple):
    name: str
    voivodeships: frozenset[str]
    start: int
    end: int
    surface: str
    major: bool  # a gazetteer town (data/gazetteer.csv), read anywhere by find_towns


@dataclass
class _PlaceIndex:
    by_first_lemma: dict[str, tuple[_Entry, ...]]
    places: dict[str, tuple[Place, ...]]
    cue: re.Pattern[str]


_PLACE_INDEX: _PlaceIndex | None = None


def load_places(path: Path = PLACES_PATH) -> dict[str, tuple[Place, ...]]:
    """Name -> its towns and gminas (one name may be several places), in file order."""
    out: dict[str, list[Place]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = tuple(next(reader))
        if header != Place._fields:
            raise ValueError(f"{path}: header {header}, expected {Place._fields}")
        for row in reader:
            place = Place._make(row)
            out.setdefault(place.name, []).append(place)
    return {name: tuple(rows) for name, rows in out.items()}


def _fold(word: str) -> str:
    return word.casefold().translate(_PLAIN_LETTERS)


@lru_cache(maxsize=1)
def _folded_endings() -> tuple[tuple[str, int, tuple[str, ...]], ...]:
    """`_CASE_ENDINGS` folded once: (folded ending, the ending's length, folded bases). Folding
    is per letter (casefold, then the plain letter), so `_fold(stem + b) == stem + _fold(b)` for
    a folded stem; the ending's own length is kept as the test and the cut used it."""
    return tuple(
        (_fold(ending), len(ending), tuple(_fold(b) for b in bases))
        for ending, bases in _CASE_ENDINGS
    )


def _nominative_guesses(word: str) -> set[str]:
    """Plain-letter base forms a case form may come from: 'Chelmzy' -> {'chelmza', 'chelmz'}.
    (The endings folded once, not 23 times a word: 18 -> 3 us per new place token.)"""
    w = _fold(word)
    out = {w}
    for ending, size, bases in _folded_endings():
        if w.endswith(ending) and len(w) > size + 2:
            stem = w[:-size]
            out.update(stem + b for b in bases)
    return out


def _plain_tolerant(pattern: str) -> str:
    """Let each Polish letter of a regex also match its plain letter ('ą' -> '[ąa]'; inside a
    character class the plain letter is added to the class): text written without diacritics."""
    out = []
    in_class = False
    for i, ch in enumerate(pattern):
        escaped = i and pattern[i - 1] == "\\"
        if ch == "[" and not escaped:
            in_class = True
        elif ch == "]" and not escaped:
            in_class = False
        plain = ch.translate(_PLAIN_LETTERS)
        if plain == ch:
            out.append(ch)
        else:
            out.append(ch + plain if in_class else f"[{ch}{plain}]")
    return "".join(out)


_CUE_WINDOW = 80  # characters before a name searched for a cue (the longest cue is ~60)
# After a small place's name: its voivodeship (", woj. podlaskie", "(województwo ...") or a
# dateline (", dnia 3 maja 2019", ", 12.05.2019", ", 3 maja 2019 r."): a letter's or notice's
# place line. Stricter than `_CONFIRMED_AFTER` (", 5 osób" is no dateline).
_PLACE_LINE_AFTER = re.compile(
    r"[^\S\n]*(?:[,(][^\S\n]*(?:woj\.|wojew[óo]dztw)|,[^\S\n]*(?:dn(?:ia|\.)|"
    r"\d{1,2}[^\S\n]*(?:\.[^\S\n]*\d{1,2}[^\S\n]*\.[^\S\n]*\d{4}|"
    r"(?:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[śs]nia|"
    r"pa[źz]dziernika|listopada|grudnia)\b)))",
    re.IGNORECASE,
)
_WEEKDAYS = frozenset(
    {"poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"}
)
# English: a place named before its kind ("from the Wolbrom Commune", "Kartuzy Municipality",
# "Lubawka urban-rural commune")
_EN_PLACE_AFTER = re.compile(
    r",[^\S\n]*Poland\b"
    r"|[^\S\n]+(?:Commune|Municipality|Gmina|Town\s+Hall"
    # in lower case, and its kind before it ("Lubawka commune", "the Dydnia rural municipality")
    r"|(?:(?:urban|rural|urban-rural)[^\S\n]+)?(?:commune|municipality|gmina)"
    r"|(?:Urban|Rural|Urban-Rural)[^\S\n]+(?:Commune|Municipality|Gmina)"
    # an English record's area and location ("the Dydnia area", "Location: Dydnia, Poland")
    r"|area"
    r"|(?:(?:Municipal|Communal|Commune|Town|City|District|County)[^\S\n]+)?"
    r"(?:Social[^\S\n]+(?:Welfare|Assistance|Services?)|Family[^\S\n]+(?:Support|Assistance))"
    r"[^\S\n]+Cent(?:re|er))\b"
)
_PLACE_LINE_NEAR = re.compile(r"[,(][^\S\n]*(?:wo|dn|\d)", re.IGNORECASE)


def _place_cue_pattern() -> re.Pattern[str]:
    """The cues of data/vocabulary.yaml (`place_cues`), anchored at the end of the searched span:
    `cue.search(text, pos, name_start)` finds a cue right before a name."""
    from .vocabulary import vocabulary  # data/vocabulary.yaml, parsed once per process

    cues = vocabulary()["place_cues"]
    cues = sorted(cues, key=len, reverse=True)
    body = _plain_tolerant("|".join(f"(?:{c})" for c in cues))
    return re.compile(
        rf"(?<![\w-])(?:{body})(?:[^\S\n]+we?)?[^\S\n]*[,:]?[^\S\n]+\Z",
        re.IGNORECASE,
    )


def _name_part_forms(part: str) -> frozenset[str]:
    """A name part's own word and, for adjectives, its masculine lemma ('Lubawskie' -> lubawski,
    'Nowe' -> nowy, 'Górna' -> górny): the forms the lemmatiser gives for the text's tokens. No
    analyser call, so the index of ~3,000 names builds in milliseconds."""
    w = _fold(part)
    forms = {w}
    if w.endswith(("a", "e")) and len(w) > 3:
        forms.update({w[:-1], w[:-1] + "y", w[:-1] + "i"})
    return frozenset(forms)


def _build_place_index() -> _PlaceIndex:
    places = load_places()
    index: dict[str, list[_Entry]] = {}
    for rank, name in enumerate(places):
        parts, seps = _split_name(name)
        entry = _Entry(
            rank=rank,
            city=name,
            voivodeship="",
            words=tuple(_fold(p) for p in parts),
            parts=tuple(_name_part_forms(p) for p in parts),
            seps=tuple(seps),
            capitalised=tuple(p[:1].isupper() for p in parts),
            ambiguous=False,
        )
        for lemma in entry.parts[0]:
            index.setdefault(lemma, []).append(entry)
    by_first = {
        lemma: tuple(sorted(entries, key=lambda e: (-len(e.parts), e.rank)))
        for lemma, entries in index.items()
    }
    return _PlaceIndex(by_first, places, _place_cue_pattern())


def _place_index() -> _PlaceIndex:
    global _PLACE_INDEX
    if _PLACE_INDEX is None:
        _PLACE_INDEX = _build_place_index()
    return _PLACE_INDEX


@lru_cache(maxsize=20_000)
def _place_token(token: str) -> tuple[tuple[_Part, ...], tuple[_Entry, ...]]:
    """Like `_token`, against all towns and gminas; lemmas widened with plain-letter forms and
    guessed nominatives (for names the lemmatiser does not know)."""
    idx = _place_index()
    parts = tuple(
        p._replace(
            lemmas=frozenset(p.lemmas | {_fold(x) for x in p.lemmas} | _nominative_guesses(word))
        )
        for p, word in zip(_token(token)[0], token.split("-"), strict=True)
    )
    seen: dict[str, _Entry] = {}
    for lemma in parts[0].lemmas:
        for entry in idx.by_first_lemma.get(lemma, ()):
            seen.setdefault(entry.city, entry)
    candidates = tuple(sorted(seen.values(), key=lambda e: (-len(e.parts), e.rank)))
    return parts, candidates


def _best_place(text: str, token: str, token_end: int) -> tuple[_Entry, int] | None:
    """The longest, most exact place name matching at a token. A form that fits several names
    equally ("Rogowie": Rogów or Rogowo) is read only when the page writes exactly one of them in
    the nominative; else None (no guess)."""
    parts, candidates = _place_token(token)
    best: list[tuple[_Entry, int]] = []
    best_key = (-1, -1)
    for entry in candidates:  # longest names first
        if best and len(entry.parts) < len(best[0][0].parts):
            break
        end, exact = _match(entry, text, token_end, parts, _place_token)
        if end < 0:
            continue
        key = (len(entry.parts), exact)
        if key > best_key:
            best, best_key = [(entry, end)], key
        elif key == best_key:
            best.append((entry, end))
    if len(best) > 1:
        written = [
            (e, end)
            for e, end in best
            if re.search(rf"(?<![\w-]){re.escape(e.city)}(?![\w-])", text)
        ]
        if len(written) != 1:
            # "w Kowali": the locative of Kowala, not of Kowal (Kowalu), as the lemmatiser
            # generates it
            written = [(e, end) for e, end in best if _is_locative_of(token, e.city)]
        best = written
    return best[0] if len(best) == 1 else None


def _is_locative_of(token: str, name: str) -> bool:
    forms = town_locative(name)
    return forms is not None and forms.casefold() == token.casefold()


def find_places(text: str) -> list[PlaceMention]:
    """Towns and gminas named right after a strong cue ("GOPS w Trzcinicy", "Gmina Przerośl",
    "Urząd Gminy Kołaczkowo", "11-200 Bartoszyce"), in order; a gazetteer town there is `major`."""
    idx = _place_index()
    out: list[PlaceMention] = []
    # Scan capitalised tokens that could start a place name, then look back for a cue: far fewer
    # regex runs than scanning the whole text for the cue alternation.
    for m in _CAP_TOKEN.finditer(text):
        start = m.start()
        if (out and start < out[-1].end) or not _place_token(m.group())[1]:
            continue
        if m.group().casefold() in _WEEKDAYS:
            continue  # "Piątek, 17 sierpnia 2018": a masthead's date, not the town Piątek
        cued = idx.cue.search(text, max(0, start - _CUE_WINDOW), start) is not None
        if not cued and _EN_PLACE_AFTER.match(text, m.end()):
            cued = True  # "the Wolbrom Commune", "Kartuzy Municipality"
        if not cued and _PLACE_LINE_NEAR.search(text, m.end(), m.end() + 40) is None:
            continue
        parts, candidates = _token(m.group())
        major = _best_match(candidates, text, m.end(), parts) if candidates else None
        minor = _best_place(text, m.group(), m.end())
        if not cued:  # no cue before it: a place line after it ("Przerośl, dnia 3 maja 2019")
            major = major if major and _PLACE_LINE_AFTER.match(text, major[1]) else None
            minor = minor if minor and _PLACE_LINE_AFTER.match(text, minor[1]) else None
        if (
            major is not None
            and minor is not None
            and text[start : minor[1]] == minor[0].city
            and _another_place_named(
                major[0].city, text[start : major[1]], _previous_word(text, start)
            )
        ):
            major = None  # "Gmina Jaworze": the gmina's own name, not the town Jawor's locative
        if major is not None and (minor is None or major[1] >= minor[1]):
            entry, end = major
            vs = frozenset({entry.voivodeship})
            out.append(PlaceMention(entry.city, vs, start, end, text[start:end], True))
        elif minor is not None:
            entry, end = minor
            vs = frozenset(p.voivodeship for p in idx.places[entry.city])
            out.append(PlaceMention(entry.city, vs, start, end, text[start:end], False))
    return out


def place_voivodeships(name: str) -> frozenset[str]:
    """Voivodeships of the towns and gminas called `name` (empty when it names none). A gazetteer
    town's namesakes elsewhere count too (Leszno: the city in wielkopolskie and a rural gmina in
    mazowieckie)."""
    out = {p.voivodeship for p in _place_index().places.get(name, ())}
    v = _index().voivodeship_by_city.get(name)
    if v is not None:
        out.add(v)
    return frozenset(out)


# The voivodeships a postcode's first two digits may belong to (postal districts follow the old
# voivodeships, so some prefixes straddle two or three of today's); read only to choose between
# namesakes, never to place a page on its own.
_POSTCODE_VOIVODESHIPS = {
    **{f"{i:02d}": {"mazowieckie"} for i in range(0, 8)},
    "08": {"mazowieckie", "lubelskie"}, "09": {"mazowieckie", "kujawsko-pomorskie"},
    **{f"{i}": {"warmińsko-mazurskie"} for i in range(10, 15)},
    "06": {"mazowieckie", "warmińsko-mazurskie"},
    **{f"{i}": {"podlaskie"} for i in range(15, 19)},
    "19": {"podlaskie", "warmińsko-mazurskie"},
    **{f"{i}": {"lubelskie"} for i in range(20, 25)},
    "25": {"świętokrzyskie"}, "26": {"świętokrzyskie", "mazowieckie", "łódzkie"},
    "27": {"świętokrzyskie", "mazowieckie"}, "28": {"świętokrzyskie"}, "29": {"świętokrzyskie"},
    "30": {"małopolskie"}, "31": {"małopolskie"}, "32": {"małopolskie", "śląskie"},
    "33": {"małopolskie", "podkarpackie"}, "34": {"małopolskie", "śląskie"},
    "35": {"podkarpackie"}, "36": {"podkarpackie"}, "37": {"podkarpackie", "lubelskie"},
    "38": {"podkarpackie", "małopolskie"}, "39": {"podkarpackie", "małopolskie"},
    **{f"{i}": {"śląskie"} for i in range(40, 45)},
    "45": {"opolskie"}, "46": {"opolskie", "śląskie"}, "47": {"opolskie", "śląskie"},
    "48": {"opolskie"}, "49": {"opolskie"},
    **{f"{i}": {"dolnośląskie"} for i in range(50, 60)},
    "56": {"dolnośląskie", "wielkopolskie"}, "59": {"dolnośląskie", "lubuskie"},
    **{f"{i}": {"wielkopolskie"} for i in range(60, 65)},
    "64": {"wielkopolskie", "lubuskie", "zachodniopomorskie"},
    **{f"{i}": {"lubuskie"} for i in range(65, 70)},
    "67": {"lubuskie", "dolnośląskie"}, "66": {"lubuskie", "zachodniopomorskie"},
    **{f"{i}": {"zachodniopomorskie"} for i in range(70, 80)},
    "74": {"zachodniopomorskie", "lubuskie"}, "76": {"zachodniopomorskie", "pomorskie"},
    "77": {"pomorskie", "wielkopolskie", "zachodniopomorskie"},
    "78": {"zachodniopomorskie", "wielkopolskie"},
    **{f"{i}": {"pomorskie"} for i in range(80, 85)},
    "82": {"pomorskie", "warmińsko-mazurskie"},
    **{f"{i}": {"kujawsko-pomorskie"} for i in range(85, 90)},
    "88": {"kujawsko-pomorskie", "wielkopolskie"},
    "89": {"kujawsko-pomorskie", "pomorskie", "wielkopolskie"},
    **{f"{i}": {"łódzkie"} for i in range(90, 100)},
    "96": {"łódzkie", "mazowieckie"}, "99": {"łódzkie", "wielkopolskie", "mazowieckie"},
}  # fmt: skip
# Offices only a rural gmina has ("Urząd Gminy Leszno", "Wójt Gminy", "gmina wiejska") and those
# only a town has ("Urząd Miasta", "Prezydent Miasta", "Burmistrz", "Miasto Leszno")
_RURAL_OFFICE = r"(?:(?:Urz[ąę]d|Rad)\w*\s+Gminy|W[óo]jt\w*\s+Gminy|Gmin\w*\s+Wiejsk\w*)"
_URBAN_OFFICE = (
    r"(?:Urz[ąę]d\w*\s+(?:Miasta|Miejski\w*)|Prezydent\w*\s+Miasta|Burmistrz\w*\s+Miasta"
    r"|Gmin\w*\s+Miejsk\w*|Gmin\w*\s+Miasto|Miast[oa]|Mie[śs]cie)"
)


def _postcode_voivodeships(name: str, text: str) -> set[str]:
    """Voivodeships the postcodes written before `name` ("05-084 Leszno") allow (their
    intersection over every such postcode; empty when there is none)."""
    out: set[str] | None = None
    n = re.escape(name)
    for m in re.finditer(
        rf"(?<!\d)(\d\d)-\d{{3}}[^\S\n]+{n}(?![\w-])|(?<![\w-]){n},?[^\S\n]+(\d\d)-\d{{3}}(?!\d)",
        text,
    ):
        allowed = _POSTCODE_VOIVODESHIPS.get(m.group(1) or m.group(2), set())
        out = set(allowed) if out is None else out & allowed
    return out or set()


def _office_voivodeships(name: str, text: str) -> set[str]:
    """A gazetteer town's rural namesake is meant when the page names only the rural gmina's
    offices ("Urząd Gminy Leszno", "Wójt Gminy Leszno") and no town office of that name; the town
    when only town offices are named. Empty when neither or both."""
    n = re.escape(name)
    rural = re.search(rf"{_RURAL_OFFICE}[^\S\n]+{n}(?![\w-])", text, re.IGNORECASE)
    urban = re.search(rf"(?<![\w-]){_URBAN_OFFICE}[^\S\n]+{n}(?![\w-])", text, re.IGNORECASE)
    places = _place_index().places.get(name, ())
    if rural and not urban:
        return {p.voivodeship for p in places if p.kind == "gmina"}
    if urban and not rural:
        return {p.voivodeship for p in places if p.kind.startswith("town")}
    return set()


_VOIVODESHIP_STEMS = {
    "dolnośląskie": "dolnośląsk", "kujawsko-pomorskie": "kujawsko-pomorsk",
    "lubelskie": "lubelsk", "lubuskie": "lubusk", "łódzkie": "łódzk", "małopolskie": "małopolsk",
    "mazowieckie": "mazowieck", "opolskie": "opolsk", "podkarpackie": "podkarpack",
    "podlaskie": "podlask", "pomorskie": "pomorsk", "śląskie": "śląsk",
    "świętokrzyskie": "świętokrzysk", "warmińsko-mazurskie": "warmińsko-mazursk",
    "wielkopolskie": "wielkopolsk", "zachodniopomorskie": "zachodniopomorsk",
}  # fmt: skip


# A region named by its own words anywhere on the page ("Samorządowy Instrument Wsparcia Rozwoju
# Mazowsza", "Mazowieckie Centrum Polityki Społecznej", "Wielkopolski Regionalny Program"): read
# only to choose between namesakes.
_REGION_WORDS = {
    "dolnośląskie": r"dolnośląsk\w*|dolnego\s+śląska|dolny\s+śląsk",
    "kujawsko-pomorskie": r"kujawsko[\s-]*pomorsk\w*|kujaw\s+i\s+pomorza",
    "lubelskie": r"lubelsk\w*|lubelszczyzn\w*",
    "lubuskie": r"lubusk\w*",
    "łódzkie": r"łódzk\w*",
    "małopolskie": r"małopolsk\w*",
    "mazowieckie": r"mazowieck\w*|mazowsz\w*",
    "opolskie": r"opolsk\w*|opolszczyzn\w*",
    "podkarpackie": r"podkarpac\w*",
    "podlaskie": r"podlask\w*|podlasi\w*",
    "pomorskie": r"(?<!zachodnio)(?<!kujawsko-)(?<!kujawsko )pomorsk\w*|pomorz[ea]",
    "śląskie": r"(?<!dolno)śląsk\w*",
    "świętokrzyskie": r"świętokrzysk\w*",
    "warmińsko-mazurskie": r"warmińsko[\s-]*mazursk\w*|warmii\s+i\s+mazur",
    "wielkopolskie": r"wielkopolsk\w*|wielkopolsc\w*",
    "zachodniopomorskie": r"zachodniopomorsk\w*|pomorza\s+zachodniego",
}


def _region_word_voivodeships(text: str, candidates: frozenset[str]) -> set[str]:
    """The candidate voivodeship whose region words the page uses most (a unique leader), else
    empty."""
    counts = {
        v: len(re.findall(rf"(?<![\w-])(?:{_REGION_WORDS[v]})", text, re.IGNORECASE))
        for v in candidates
    }
    top = max(counts.values(), default=0)
    leaders = {v for v, c in counts.items() if c == top}
    return leaders if top and len(leaders) == 1 else set()


def place_voivodeship(name: str, text: str) -> tuple[str | None, str | None]:
    """(voivodeship, problem) of the place `name` on a page: its only voivodeship, or, for a name
    shared by places in several voivodeships, the one the page names (as a voivodeship, or by the
    powiat of one of them); else (None, a problem saying why)."""
    vs = place_voivodeships(name)
    if len(vs) == 1:
        return next(iter(vs)), None
    if not vs:
        return None, None
    for narrowed in (
        _postcode_voivodeships(name, text) & vs,
        _office_voivodeships(name, text) & vs,
    ):
        if len(narrowed) == 1:
            return next(iter(narrowed)), None
    named = set()
    for v in vs:
        stem = _VOIVODESHIP_STEMS[v]
        if re.search(rf"(?<![\w-])(?:woj\.|województw\w*)\s+{stem}\w*", text, re.IGNORECASE):
            named.add(v)
    if len(named) != 1:
        powiats = {
            p.voivodeship
            for p in _place_index().places.get(name, ())
            if p.powiat[:1].islower()
            and re.search(
                rf"(?<![\w-])pow(?:\.|iat\w*|iecie)\s+{re.escape(p.powiat[:-1])}\w*",
                text,
                re.IGNORECASE,
            )
        }
        if len(powiats) == 1:
            named = powiats
    town = _index().voivodeship_by_city.get(name)
    if len(named) != 1 and town is None:  # a big town needs a sign stronger than region words
        named = _region_word_voivodeships(text, vs)
    if len(named) == 1:
        return next(iter(named)), None
    if town is not None:  # a big town's namesakes are villages: the town unless the page says so
        return town, None
    return None, (
        f"the place name {name} is shared by places in several voivodeships "
        f"({', '.join(sorted(vs))}); the page does not say which"
    )


# --------------------------------------------------------------------------- the page's own place

# A regional body as leader ("Regionalny Ośrodek Polityki Społecznej w Lublinie", "ROPS w
# Toruniu", "Województwo Kujawsko-Pomorskie", the marshal's office): a local partner's page is
# about that partner's place, not the regional capital.
_REGIONAL_LEADER = re.compile(
    r"Regionaln\w+\s+Ośrod\w+\s+Polityki|\bROPS\b|Regional\s+(?:Social\s+Policy|Centre\s+for\s+Social)"
    r"|Urz[ąę]d\w*\s+Marsza[łl]kowsk|Wojew[óo]dztw\w*\s+[A-ZŁŚŻ]|Samorz[ąą]d\w*\s+Wojew",
    re.IGNORECASE,
)
_FURNITURE_CHARS = 400  # a page's own header and footer: where its owner names itself
_PARTNER_BEFORE = re.compile(r"partner\w*|partnerstw\w*|przystąpił\w*", re.IGNORECASE)


# A town named as the seat of a regional or national body ("Urząd Marszałkowski Województwa
# Lubuskiego w Zielonej Górze", "Wojewódzki Urząd Pracy w Kielcach", "ROPS w Toruniu", "Sąd
# Rejonowy w …"): not where a local project runs, when the mentions of towns are counted.
_SEAT_OF_BODY = re.compile(
    r"(?:Urz[ąę]d\w*\s+Marsza[łl]kowsk\w*(?:\s+Wojew[óo]dztwa(?:\s+[\w-]+){1,2})?"
    r"|Wojew[óo]dzk\w+\s+Urz[ąę]d\w*(?:\s+Pracy)?|Urz[ąę]d\w*\s+Wojew[óo]dzk\w*"
    r"|Regionaln\w+\s+Ośrod\w+\s+Polityki\s+Społecznej|ROPS|WUP|UMW\w*"
    r"|Sąd\w*\s+(?:Rejonow|Okręgow|Apelacyjn)\w*|Centrum\s+Rozwoju\s+Zasobów\s+Ludzkich"
    r"|Ministerstw\w+(?:\s+[\w,]+){1,6}"
    # the voivodeship's board and marshal: "Marszałek Województwa Warmińsko-Mazurskiego w Olsztynie"
    r"|(?:Marsza[łl](?:ek|k\w*)|Zarząd\w*|Sejmik\w*)\s+Wojew[óo]dztwa(?:\s+[\w-]+){1,2}"
    r")\s+(?:w|we|z\s+siedzibą\s+w)[^\S\n]+\Z"
)


def seat_of_a_body(text: str, start: int) -> bool:
    """Whether the town at `start` is named as a regional or national body's seat."""
    return _SEAT_OF_BODY.search(text, max(0, start - 90), start) is not None


def _powiat_voivodeships() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for rows in _place_index().places.values():
        for r in rows:
            if r.powiat[:1].islower():
                out.setdefault(r.powiat, set()).add(r.voivodeship)
    return {k: frozenset(v) for k, v in out.items()}


_POWIAT_NAMED = re.compile(
    r"(?<![\w-])(?:pow(?:\.|iat\w*|iecie)|starostw\w+\s+powiatow\w+)[^\S\n]+"
    r"(?P<adj>[a-ząćęłńóśźż]+(?:[^\S\n]*-[^\S\n]*[a-ząćęłńóśźż]+)?)",
    re.IGNORECASE,
)


def page_voivodeship(text: str, towns: list[TownMention]) -> str | None:
    """The voivodeship of a page whose place is outside the data: of the powiats it names ("powiat
    raciborski", "POWIAT RYCKI"), when they all lie in one voivodeship; else of the gazetteer towns
    it mentions (at least two mentions, all in one voivodeship); else None."""
    powiats = _powiat_voivodeships()
    named: set[str] = set()
    for m in _POWIAT_NAMED.finditer(text):
        adj = re.sub(r"\s*-\s*", "-", m.group("adj")).casefold()
        # "raciborskiego", "raciborskiemu", "raciborskim" -> raciborski
        for ending, base in (("iego", "i"), ("iemu", "i"), ("im", "i")):
            if adj.endswith(ending):
                adj = adj[: -len(ending)] + base
                break
        if adj in powiats:
            named.add(adj)
    if named:
        vs = frozenset().union(*(powiats[p] for p in named))
        return next(iter(vs)) if len(vs) == 1 else None
    if len(towns) >= 2 and len({t.voivodeship for t in towns}) == 1:
        return towns[0].voivodeship
    return None


@lru_cache(maxsize=1)
def _region_in_locative() -> dict[str, re.Pattern[str]]:
    from .vocabulary import vocabulary  # data/vocabulary.yaml, parsed once per process

    return {
        v: re.compile(rf"(?<![\w-]){_plain_tolerant(p)}(?![\w-])", re.IGNORECASE)
        for v, p in vocabulary()["region_in_locative"].items()
    }


def region_named_voivodeship(text: str) -> str | None:
    """The voivodeship of the one region a page names in the locative ("na Mazowszu", "w
    Wielkopolsce", "na Dolnym Śląsku"); None when it names none or several."""
    named = {v for v, rx in _region_in_locative().items() if rx.search(text)}
    return next(iter(named)) if len(named) == 1 else None


def is_regional_leader(implementer: str) -> bool:
    """Whether the implementer (its first realizator, for a joint "A; B") is a regional body."""
    first = implementer.split(";")[0].strip()
    return _REGIONAL_LEADER.match(first) is not None


# Warsaw's districts (names no other city's district or a gmina shares): "Ośrodek Pomocy
# Społecznej Dzielnicy Bemowo" is in Warszawa even where the page does not write the city
_WARSAW_DISTRICTS = re.compile(
    r"Dzielnic\w*[^\S\n]+(?:Bemowo|Białołęka|Bielany|Mokotów|Ochota|Praga[^\S\n]*-[^\S\n]*"
    r"(?:Południe|Północ)|Rembertów|Targówek|Ursus|Ursynów|Wawer|Wesoła|Wilanów|Włochy|Wola|Żoliborz)"
    r"(?![\w-])"
)


def district_city(text: str) -> str | None:
    """'Ośrodek Pomocy Społecznej Dzielnicy Ursynów' -> 'Warszawa'; None otherwise."""
    return "Warszawa" if _WARSAW_DISTRICTS.search(text) else None


def page_owner_place(text: str, exclude: str) -> PlaceMention | None:
    """The local partner's place on a page about a regionally led project: the one place other
    than `exclude` (the leader's town) named in a strong context ("Gmina Dzwola", "Gmina Miasto
    Włocławek informuje", "Starostwo Powiatowe w Starachowicach", "27-200 Starachowice"); when
    several are, the most often named one if it is also in the page's own header or footer (named
    at least twice); else None (a list of partners names no single place)."""
    mentions = [p for p in find_places(text) if p.name != exclude]
    if not mentions:
        return None
    counts: dict[str, int] = {}
    for p in mentions:
        counts[p.name] = counts.get(p.name, 0) + 1
    if len(counts) == 1:
        # named twice, or once as a partner ("Jednym z partnerów projektu jest Gmina Dzwola"); a
        # single passing mention on the leader's own page ("szkolenie w Gminie Supraśl") is not
        first = mentions[0]
        as_partner = _PARTNER_BEFORE.search(text, max(0, first.start - 60), first.start)
        return first if len(mentions) >= 2 or as_partner else None
    top = max(counts.values())
    leaders = [n for n, c in counts.items() if c == top]
    if top < 2 or len(leaders) != 1:
        return None
    edge = (_FURNITURE_CHARS, len(text) - _FURNITURE_CHARS)
    own = [p for p in mentions if p.name == leaders[0]]
    if not any(p.start < edge[0] or p.end > edge[1] for p in own):
        return None
    return own[0]


# English records (Kohesio and its mirrors) locate a project by its county's adjective:
# "Pucki, Poland", "3 related projects in Olkuski"
_EN_COUNTY = re.compile(
    r"(?<![\w-])(?P<county>[A-ZŁŚŻŹĆ][a-ząćęłńóśźż]+(?:ski|cki|dzki))"
    r"(?:,[^\S\n]*Poland\b|[^\S\n]+(?:County|Poviat|District)\b)"
    r"|\bprojects?\s+in\s+(?P<county2>[A-ZŁŚŻŹĆ][a-ząćęłńóśźż]+(?:ski|cki|dzki))\b"
)


def county_place(text: str) -> PlaceMention | None:
    """On an English record that gives only the county ("Pucki, Poland"), the one town or gmina of
    that county the page writes in the nominative ("the Puck Centre"); None when it writes none or
    several, or names several counties."""
    counties = {
        (m.group("county") or m.group("county2")).casefold() for m in _EN_COUNTY.finditer(text)
    }
    if len(counties) != 1:
        return None
    county = counties.pop()
    idx = _place_index()
    found: dict[str, PlaceMention] = {}
    for name, rows in idx.places.items():
        if not any(r.powiat == county for r in rows):
            continue
        m = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
        if m:
            vs = frozenset(r.voivodeship for r in rows if r.powiat == county)
            found[name] = PlaceMention(name, vs, m.start(), m.end(), m.group(), False)
    return next(iter(found.values())) if len(found) == 1 else None


@lru_cache(maxsize=1)
def _places_by_folded_name() -> dict[str, tuple[str, ...]]:
    """One-word place names by their plain-letter fold ('zuromin' -> ('Żuromin',))."""
    out: dict[str, list[str]] = {}
    for name in _place_index().places:
        if " " not in name and "-" not in name:
            out.setdefault(_fold(name), []).append(name)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=20_000)
def _guessed_place(word: str) -> str | None:
    """A one-word town or gmina the lemmatiser does not know, from its case form's plain-letter
    base guesses ('Żurominie' -> Żuromin), when exactly one place fits; None otherwise (the word as
    written is no guess: only an inflected form is read so)."""
    if not word[:1].isupper() or len(word) < 5:
        return None
    folded = _places_by_folded_name()
    names = {n for g in _nominative_guesses(word) - {_fold(word)} for n in folded.get(g, ())}
    return names.pop() if len(names) == 1 else None


_IN_CUE = re.compile(r"(?<![\w-])in[^\S\n]+\Z")
# "w Kartuzach", "we Wronkach"; the genitive after "mieszkańców", "z terenu", "na terenie"
_LOCATIVE_CUE = re.compile(
    r"(?<![\w-])(?:w|we|mieszkańc\w*|z[^\S\n]+terenu|na[^\S\n]+terenie)[^\S\n]+\Z",
    re.IGNORECASE,
)


def locative_places(text: str) -> list[PlaceMention]:
    """Towns and gminas outside the gazetteer named after "w"/"we" (or "mieszkańców", "z terenu",
    "na terenie") in a form the lemmatiser knows as the locative or genitive of a geographic name
    ("w Kartuzach" -> Kartuzy, "mieszkańców Jezioran"), or after the English "in" as written ("in
    Jeziorany"): a weak context, read only when nothing stronger names a place."""
    idx = _place_index()
    out: list[PlaceMention] = []
    for m in _CAP_TOKEN.finditer(text):
        start = m.start()
        if _IN_CUE.search(text, max(0, start - 4), start):
            # English "in Jeziorany", "in Puck": the name as it is, one word, no Polish case
            name = m.group() if m.group() in idx.places and "-" not in m.group() else None
        elif _LOCATIVE_CUE.search(text, max(0, start - 16), start):
            name = geographic_lemma(m.group()) or _guessed_place(m.group())
        else:
            continue
        rows = idx.places.get(name or "", ())
        if not rows:
            continue
        vs = frozenset(r.voivodeship for r in rows)
        out.append(PlaceMention(name, vs, start, m.end(), m.group(), False))
    return out


case_free_patterns(globals())
case_free_functions(globals())
