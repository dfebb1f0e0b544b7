"""Instruments (forms of support): bullet lists under an activity heading, inline lists, prose
enumerations and lexicon mentions, each stored once per document."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from . import scan
from .fastre import CaseFree, case_free_functions, case_free_patterns, case_free_results, factored
from .inflect import _analyse, to_nominative
from .numbers import find_money
from .rules import Doc, _item_body, _item_group, _plain_letters, fold
from .text import ITEM_MARKER, Unit, compact, list_items_after


@lru_cache(maxsize=1)
@case_free_results
def _list_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The words that make a list one of instruments (data/instrument_words.yaml): in the
    heading before it, in most of its items; and the heading words that make it something else."""
    w = _words()["lists"]
    return (
        re.compile(fold(_folded(w["heading"])), re.IGNORECASE),
        re.compile(fold(_folded(w["activity"])), re.IGNORECASE),
        _OtherHeading(CaseFree(re.compile(fold(_folded(w["not_heading"])), re.IGNORECASE))),
    )


class _OtherHeading:
    """A heading that names something other than the support: its words (lists.not_heading), or
    the tasks of a person or a body (`owned_tasks`). `search` is true or false, as a pattern's."""

    def __init__(self, words: Any) -> None:
        self.words = words

    def search(self, text: str) -> bool:
        return bool(self.words.search(text)) or owned_tasks(text)


@lru_cache(maxsize=1)
def _owned_tasks_res() -> tuple[Any, frozenset[str], frozenset[str]]:
    w = _words()["lists"]["owned_tasks"]
    rx = CaseFree(re.compile(fold(_folded(w["words"])), re.IGNORECASE))
    return rx, frozenset(w["bodies"]), frozenset(w["not_owners"])


def owned_tasks(text: str) -> bool:
    """The heading names the tasks or duties of a person or a body ("Zadania koordynatora:", "Do
    zadań Ośrodka należy:", "Obowiązki asystenta rodziny"): their work, not the support. The
    owner is the noun after the task word, in the genitive: a person (masculine-personal) other
    than those the project is for ("Zadania uczestników"), or a body (lists.owned_tasks.bodies).

    >>> owned_tasks("Zadania koordynatora:"), owned_tasks("Zadania projektu:")
    (True, False)
    """
    rx, bodies, not_owners = _owned_tasks_res()
    for m in rx.finditer(text):
        for t in _analyse(m.group("owner")):
            if t.pos != "subst" or "gen" not in t.case or t.lemma in not_owners:
                continue
            if "m1" in t.gender or t.lemma in bodies:
                return True
    return False


@lru_cache(maxsize=1)
def _strong_heading() -> re.Pattern[str]:
    """A heading that names the forms of support outright ("… przez następujące zadania:"): its
    list is read even when the heading also names a goal."""
    return re.compile(fold(_folded(_words()["lists"]["strong_heading"])), re.IGNORECASE)


_INLINE_INSTRUMENTS = re.compile(
    r"(?:instrument\w*[^()]{0,80}?|działa\w*[^()]{0,40}?|wsparci\w*[^()]{0,40}?)"
    r"\(\s*(?:m\.\s?in\.\s*)?(?:poprzez|przez|w\s+formie|takich\s+jak|tj\.|np\.)?\s*(?P<list>[^()]{5,400})\)"
    r"|(?:realizowan\w*|prowadzon\w*)\s+poprzez\s+(?P<list2>[^.;:]{5,300})"
    r"|(?:działa\w*|wsparci\w*|form\w*|instrument\w*)[^.;:()]{0,40}?\s+(?:jak|takich\s+jak|m\.\s?in\.|tj\.)\s+(?P<list3>[^.;:()]{5,300})",
    re.IGNORECASE,
)


_CLAUSE_AFTER_LIST = re.compile(
    r"\w+(?:ąc|ąca|ące|ący)\b|(?:które|który|która|co|aby|by|żeby|dzięki)\b", re.IGNORECASE
)


_EXPLANATION = re.compile(
    fold(
        r",\s+(?:dzięki\s+któr|któr|aby\b|by\b|żeby|co\s+pozwol|w\s+ramach\s+któr)|\s+\((?:według|wg|zgodnie)"
    ),
    re.IGNORECASE,
)


_COURSE_HEADING = re.compile(
    r"(?:kurs|szkoleni|course|training)\w*(?:\s+[^\W\d]+){0,2}\s*:?\s*$", re.IGNORECASE
)
_COUNTED_ACTIVITY = re.compile(r"^\d{1,3}\s+(?=[^\W\d])")
# "3-miesięczny staż", "5-dniowy turnus": a number joined to an adjective before the form
# a count joined to an adjective of duration: "3-miesięczny staż", also written apart or shortened
# ("6 miesięczne staże", "6 m-czne staże", "5 dniowy turnus")
_NUMBERED_ADJECTIVE = re.compile(
    r"^\d{1,3}(?:\s*-\s*(?=[^\W\d]{3,}\s)"
    r"|\s+(?=(?:m-cz\w+|[^\W\d]*(?:dniow|godzinn|miesięczn|tygodniow|roczn)\w*)\s))"
)


@lru_cache(maxsize=1)
def _measure_word() -> re.Pattern[str]:
    """A measure between a count and the form it measures ("20 godzin doradztwa", "10 sesji
    terapii"; data/instrument_words.yaml measure_words)."""
    return re.compile(rf"^(?:{_words()['measure_words']})\s+", re.IGNORECASE)


# An indicator's line ("Liczba osób objętych usługami aktywnej integracji … – 10", "Wskaźnik
# rezultatu: …", "Number of people covered by …"): what it counts is no form of support.
_INDICATOR_LINE = re.compile(
    r"^\s*(?:[-–•*▪]\s*|\d{1,2}[.)]\s*)?(?:liczba|wskaźnik\w*|number\s+of|indicator)\b",
    re.IGNORECASE,
)


_LEAD_WORD = re.compile(r"^(?:m\.\s?in\.|np\.|poprzez|przez|w\s+tym)\s+", re.IGNORECASE)
_DASH_EXPLANATION = re.compile(r"\s+[-–—]\s+(?=\w)")
_PREPOSITION_OPENING = re.compile(
    r"(?:z|ze|w|we|na|do|dla|od|przy|u|with|in|for|at)\s", re.IGNORECASE
)


def _compound_dash(s: str, dash: re.Match[str]) -> bool:
    """Whether the dash joins the parts of a compound adjective ("Obóz terapeutyczno -
    rehabilitacyjny"), not a name and its explanation (data/instrument_words.yaml)."""
    return bool(
        _words_re("compound_dash_before").search(s[: dash.start()])
        and _words_re("compound_dash_after").match(s[dash.end() :])
    )


def _before_explanation_dash(s: str) -> str:
    """`s` up to the first dash that opens an explanation (a compound adjective's dash does not,
    nor one between a bare form head and its title: "warsztaty – Moje emocje")."""
    for dash in _DASH_EXPLANATION.finditer(s):
        if not _compound_dash(s, dash) and not _titled_head(s, dash):
            return s[: dash.start()]
    return s


_TITLE_WORDS = 6  # the longest title after a form head and a dash


def _titled_head(s: str, dash: re.Match[str]) -> bool:
    """The dash follows one word, a form head, and opens a short capitalised title with no colon
    ("warsztaty - Asertywność na co dzień"): the title names the form, it explains nothing."""
    before, after = s[: dash.start()].split(), s[dash.end() :]
    if len(before) != 1 or not after[:1].isupper() or ":" in after:
        return False
    if len(after.split()) > _TITLE_WORDS:
        return False
    lemmas = {t.lemma.split(":")[0].lower() for t in _analyse(before[0]) if t.pos == "subst"}
    return bool(lemmas & _heads()[0])


# pictographs (emoji, check marks, dingbats) at an item's start or end: a post's decoration
_PICTOGRAPH_EDGES = re.compile(
    r"^(?:[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\ufe0f\u200d]\s*)+"
    r"|(?:\s*[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\ufe0f\u200d])+$"
)


def _clean_instrument(s: str, max_len: int = 120) -> str | None:
    """The form of support named by `s`, cleaned; None when it is none. `max_len` is larger for
    the items of a list or a table that a heading names as the support (stored verbatim)."""
    s = compact(s)
    s = _LEAD_WORD.sub("", s)
    # "organizacja działań … - w ramach tego działania …": keep the name, drop the explanation
    s = _before_explanation_dash(s)
    s = _PICTOGRAPH_EDGES.sub("", s)  # "Międzypokoleniowe warsztaty teatralne 🎭"
    s = s.strip(" ,.;:-–•")
    if not s or len(s) > max_len or len(s) < 3:
        return None
    if _NUMBERED_ADJECTIVE.match(s):
        rest = _NUMBERED_ADJECTIVE.sub("", s)
        # (the shortened adjective no dictionary knows: "6 m-czne staże" is headed by "staże")
        if _form_headed(rest) or _form_headed(rest.split(maxsplit=1)[-1]):
            return s  # "3-miesięczny staż", "5-dniowy turnus rehabilitacyjny"
    if any(ch.isdigit() for ch in s[:3]) and not _COUNTED_ACTIVITY.match(s):
        return None  # "80 osób …", "2019 r." — but "9 kursów języka polskiego" is kept
    if _COUNTED_ACTIVITY.match(s):
        rest = _COUNTED_ACTIVITY.sub("", s)
        measured = _measure_word().sub("", rest)  # "20 godzin doradztwa zawodowego": the form
        if not (
            _list_words()[1].match(rest)
            or _form_headed(rest)
            or (measured != rest and _form_headed(measured))
        ):
            return None
    if _PREPOSITION_OPENING.match(s):
        return None  # "z Miejskim Domem Kultury …": a partner or a place, not a form of support
    return s


_JOINED = re.compile(r"\s+(?:i|lub|albo|a\s+także)\s+")


def _joined_forms(part: str) -> list[str]:
    """The last part of an inline list split where "i", "lub" join two forms each headed by a
    form-of-support noun ("staże zawodowe i doradztwo"); whole where they join the words of one
    ("terapia tańcem i ruchem", "pomoc prawna i psychologiczna")."""
    pieces = _JOINED.split(part.strip())
    if len(pieces) > 1 and all(_form_headed(p) for p in pieces):
        return pieces
    return [part]


def _form_led(text: str) -> bool:
    """The list item opens with a form of support or with a light head before one ("Prowadzenie
    14 klubów seniora …", "Utworzenie 34 miejsc w mieszkaniach wspomaganych …", "Kurs
    florystyczny dla 10 osób"): not with a count or a group of persons."""

    first = _WORD_SPAN.search(compact(text))
    if not first or first.start() > 2 or first.group(0)[:1].isdigit():
        return False
    lemmas = {
        t.lemma.split(":")[0].lower() for t in _analyse(first.group(0)) if t.pos in ("subst", "ger")
    }
    w = _words()
    return bool(lemmas & (set(w["heads"]) | set(w["light_heads"]) | set(w["light_verbs"])))


_VERB_POS = frozenset({"fin", "praet", "bedzie", "impt", "winien"})


def _verb_led(text: str) -> bool:
    """The list item opens with a finite verb ("wzięli udział w kursie komputerowym", "odbyli
    3-miesięczne staże"): a clause whose forms the prose rules read, not a form's name."""

    first = _WORD_SPAN.search(compact(text))
    if not first or first.start() > 2:
        return False
    tags = _analyse(first.group(0))
    return bool(tags) and all(t.pos in _VERB_POS for t in tags)


@lru_cache(maxsize=1)
def _outcome_heads() -> frozenset[str]:
    return frozenset(_words()["outcome_heads"])


def _outcome_headed(value: str, lemma_key: str) -> bool:
    """The item is headed by what a participant gains, not by a form of support: a skill, a
    qualification, a chance, a certificate ("nowe umiejętności", "szansę na zatrudnienie",
    "certyfikat ukończenia kursu"; data/instrument_words.yaml outcome_heads). A form with such a
    word after its head stays ("trening umiejętności społecznych")."""
    heads = _outcome_heads()
    if not heads.intersection(lemma_key.split()):
        return False
    ph = to_nominative(value)
    return ph is not None and ph.head_lemma in heads


def _subject_clause(text: str) -> bool:
    """The list item is a sentence: its second to fourth word, before any comma, is a finite
    verb ("zajęcia odbywają się od poniedziałku …", "klub czynny jest w godzinach …",
    "uczestnicy otrzymują ciepły posiłek"); the prose rules read its forms, not the whole item.
    A quoted name's words do not count ("Warsztaty „Poznajmy się …”")."""

    head = _QUOTED_SPAN.sub(" ", compact(text)).split(",", 1)[0]
    words = _WORD_SPAN.findall(head)[1:4]
    return any((tags := _analyse(w)) and all(t.pos in _VERB_POS for t in tags) for w in words)


def _form_headed(text: str) -> bool:
    """The text (a list item, without a count before it) is a noun phrase headed by a
    form-of-support noun ("3 mieszkania wspierane – …", "bezpłatne usługi prawne"): its head
    lemma (morfeusz2) is one of data/instrument_words.yaml heads."""

    words = _COUNTED_ACTIVITY.sub("", compact(text)).split()[:5]
    ph = to_nominative(" ".join(words)) if words else None
    return ph is not None and ph.head_lemma in _heads()[0]


class _Page:
    """The document's units up to where the page moves on to other content ("Pozostałe
    aktualności", "Similar projects"): what the prose rules read."""

    def __init__(self, doc: Doc, end: int) -> None:
        self.units = doc.units[:end]
        self.lower = doc.lower[:end]
        self._plain = doc.plain()[:end]
        self.is_foreign = doc.is_foreign
        self._scan = scan.index(doc)  # the document's cue index (unit indices are the same)

    def plain(self) -> list[str]:
        return self._plain


def _page_end(doc: Doc) -> int:
    """The index of the first unit after the page's own content: a short heading that opens
    other news or projects. The whole document when there is none."""
    rx = _other_content()
    for i, low in enumerate(doc.lower):
        first = low.split("\n", 1)[0].strip()  # the heading may share a unit with what follows
        if i and len(first) <= 60 and rx.match(first):
            return i
    return len(doc.units)


@lru_cache(maxsize=1)
@case_free_results
def _other_content() -> re.Pattern[str]:
    return re.compile(fold(_folded(_words()["other_content"])), re.IGNORECASE)


@lru_cache(maxsize=1)
@case_free_results
def _participant_item() -> re.Pattern[str]:
    return re.compile(fold(_folded(_words()["participant_item"])), re.IGNORECASE)


def _folded(pattern: str) -> str:
    """A pattern written over several lines of folded YAML (">-"), which joins its lines with a
    space: the spaces before each "|" dropped."""
    return re.sub(r" (?=\|)", "", pattern)


_INSTRUMENTS_PATH = Path(__file__).resolve().parent / "data" / "instruments.csv"


@lru_cache(maxsize=1)
def _instrument_lexicon() -> tuple[CaseFree, list[str]]:
    """One alternation of every lexicon entry (data/instruments.csv), with each group's stored name."""
    names, alts = [], []
    with _INSTRUMENTS_PATH.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line or line.startswith(("#", "pattern;")):
                continue
            pattern, name = line.rsplit(";", 1)
            alts.append(f"(?P<i{len(names)}>{fold(pattern)})")
            names.append(name)
    # (not cut at a hyphen: "reintegracji społeczno-zawodowej" is no "reintegracja społeczna")
    rx = re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?![\w-])", re.IGNORECASE)
    return CaseFree(rx), names


# prose that offers or reports the project's support (not a participant's story, not the problem)
_NAME_DASH_ITEM = re.compile(
    r"^[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+\s+[–—-]\s|^(?:zadanie|task|etap|moduł)\s+(?:nr\s+)?\d|^projek(?:t|ty)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _lexicon_cue() -> tuple[CaseFree, tuple[str, ...]]:
    w = _words()["lexicon_cue"]
    rx = re.compile("|".join(f"(?:{fold(p)})" for p in w["patterns"]), re.IGNORECASE)
    return CaseFree(rx), tuple(w["stems"])


@lru_cache(maxsize=1)
def _name_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The capitalised noun that opens a body's name ("Centrum Działań Środowiskowych") and a
    person's role named by the form they run ("animator działań środowiskowych"): a lexicon
    entry right after either is no form of support (data/instrument_words.yaml)."""
    w = _words()
    return re.compile(_folded(w["body_nouns"])), re.compile(_folded(w["role_nouns"]), re.IGNORECASE)


@lru_cache(maxsize=1)
@case_free_results
def _lexicon_not_after() -> re.Pattern[str]:
    # (case-free, fastre: the same matches; searched over the 60 characters before each head
    # and lexicon mention, ~3 -> ~0.8 µs a search)
    return re.compile(fold(_folded(_words()["lexicon_not_after"])), re.IGNORECASE)


@lru_cache(maxsize=1)
def _method_sentence() -> re.Pattern[str]:
    return re.compile(fold(_folded(_words()["method_sentence"])), re.IGNORECASE)


def method_sentence_spans(text: str) -> list[tuple[int, int]]:
    """The sentences naming the project's methods of work ("Stosowane metody to przede wszystkim
    spotkania, poradnictwo, konsultacje"): the forms named there are ways of working, not given
    (data/instrument_words.yaml method_sentence)."""
    if "etod" not in text:
        return []
    return [m.span() for m in _method_sentence().finditer(text)]


def without_method_sentences(text: str) -> str:
    """The text with every methods sentence blanked (its length kept)."""
    for a, b in method_sentence_spans(text):
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _lexicon_mentions(doc: Doc, add) -> None:

    cue, cue_stems = _lexicon_cue()
    rx, names = _instrument_lexicon()
    # only the units with a cue stem (scan: exactly those where _any_in(plain, cue_stems) holds)
    for u in scan.index(doc).candidates(cue_stems, len(doc.units)):
        if u.is_item or doc.is_foreign(u) or _looks_like_menu(u.text) or not cue.search(u.text):
            continue
        quoted = [q.span() for q in _QUOTED_SPAN.finditer(u.text)]
        counted = counted_question_spans(u.text)
        methods = method_sentence_spans(u.text)
        for m in rx.finditer(u.text):
            if any(a < m.start() and m.end() < b for a, b in quoted):
                continue  # "projekt „Klub Integracji Społecznej w …”": a title's words, not the support
            if any(a <= m.start() and m.end() <= b for a, b in counted):
                continue  # "ilu uczestników skorzystało z doradztwa": counted, not given
            before = u.text[: m.start()].rstrip().rsplit(None, 1)
            body_noun, role_noun = _name_words()
            if before and (
                (m.group(0)[:1].isupper() and body_noun.fullmatch(before[-1]))
                or role_noun.fullmatch(before[-1])
            ):
                continue  # "Centrum Działań Środowiskowych", "animator działań …": a name, a role
            if _lexicon_not_after().search(u.text[max(0, m.start() - 60) : m.start()]):
                continue  # "zaświadczenie o ukończeniu szkolenia": not the support itself
            if any(a <= m.start() and m.end() <= b for a, b in methods):
                continue  # "Stosowane metody to … poradnictwo, konsultacje": ways of working
            name = names[int(m.lastgroup[1:])]
            if " " not in (m.group(0) if name == "=" else name) and re.match(
                r"\s*(?:[^\W\d_]+\s*)?:\s*\S", u.text[m.end() :]
            ):
                continue  # "szkolenia dodatkowe: pierwsza pomoc, …": a bare head of its topics
            value = compact(m.group(0)) if name == "=" else name
            if name == "=":  # "warsztatów kulinarnych": the nominative (English stays as it is)
                ph = to_nominative(value)
                value = ph.text if ph else value
            add(value, u, value.lower() if name == "=" else name)


# a footnote's number or a count cut from its noun, after the item's last word ("usługa
# asystenta rodziny2", "wsparcie w poszukiwaniu pracy 12"): not part of the item
_FOOTNOTE_NUMBER = re.compile(r"(?<=[^\W\d_]{3})\s*\d{1,2}$")


@lru_cache(maxsize=1)
def _staff_work_re() -> re.Pattern[str]:
    w = _words()
    persons = _folded(w["staff_work_persons"])
    return re.compile(
        rf"^(?:{_folded(w['staff_work_heads'])})\s+((?:{persons})\w?ów\b(?:\s+\w+)?)$",
        re.IGNORECASE,
    )


def _staff_work(value: str) -> str:
    """ "praca asystentów rodzin" -> "asystenci rodzin": the specialists whose work is the support,
    in the nominative (data/instrument_words.yaml: staff_work_*); any other item as it is."""
    m = _staff_work_re().match(value)
    if not m:
        return value
    ph = to_nominative(m.group(1))
    return ph.text if ph else value


def head_lemma_key(item: str) -> str:
    """An item as the lemmas of its nouns and adjectives, lower-cased: the same form named in the
    singular and the plural ("placówka wsparcia dziennego", "placówki wsparcia dziennego", "kurs
    zawodowy", "kursy zawodowe") is one item ("no duplicates within a document"). A word the
    analyser does not know stays as written; of two lemmas, the first in order."""

    out = []
    for word in compact(item).lower().split():
        lemmas = {
            t.lemma.split(":")[0].lower() for t in _analyse(word) if t.pos in ("subst", "adj")
        }
        out.append(min(lemmas) if lemmas else word)
    return " ".join(out)


@lru_cache(maxsize=1)
def _lead_conjunction() -> re.Pattern[str]:
    """A conjunction left at an item's start ("oraz szkolenia"; data/instrument_words.yaml)."""
    # (lower case only: "I etap …", "Or …" in a name keep their first word)
    return re.compile(rf"^(?:{_words()['item_lead_conjunctions']})\s+(?=\w)")


@cache
def _infrastructure_res() -> tuple[Any, re.Pattern[str], re.Pattern[str]]:
    """The three tests, each searched over the whole page: the title's works case-free (fastre:
    the same matches as with IGNORECASE, without its per-letter folding), the two funds compiled
    with `factored` (the same matches; `re` can then skip to the letters a fund's name opens with
    instead of trying "\\bEFRR\\b" at every position): ~95 -> ~25 µs per dev page."""
    w = _words()["infrastructure_project"]
    return (
        CaseFree(re.compile(w["works_title"], re.IGNORECASE)),
        factored(w["regional_fund"]),
        factored(w["social_fund"]),
    )


def infrastructure_project(text: str) -> bool:
    """The page's project builds or equips a place (settled convention 8): its title names works,
    or its fund is the regional development fund and no social fund is named
    (data/instrument_words.yaml infrastructure_project).

    >>> infrastructure_project("Tytuł projektu: Budowa i wyposażenie dwóch Lokalnych Ośrodków")
    True
    >>> infrastructure_project("Projekt współfinansowany z EFRR i z EFS: kursy i staże.")
    False
    """
    works, regional, social = _infrastructure_res()
    return bool(works.search(text)) or (bool(regional.search(text)) and not social.search(text))


@cache
def _level_name_re() -> re.Pattern[str]:
    """A programme level's word, its code and the name after it up to the next comma or full stop
    ("dla działania: 9.2 Dostępne i efektywne usługi społeczne i zdrowotne", "Priorytet VII
    Promocja integracji społecznej"); the level words: data/vocabulary.yaml code_levels."""
    from .vocabulary import vocabulary

    words = vocabulary()["code_levels"]
    # a measure's code has a dot ("9.2", "IX.2.1"); "Działanie 1: warsztaty" numbers a task
    code = (
        rf"(?:(?:{words['submeasure']})|(?:{words['measure']}))\s*:?\s*(?:nr\.?\s*)?"
        rf"(?:[IVX]{{1,5}}|\d{{1,2}})(?:\.\d{{1,2}}){{1,2}}"
        rf"|(?:{words['priority_axis']})\s*:?\s*(?:nr\.?\s*)?(?:[IVX]{{1,5}}|\d{{1,2}})"
    )
    return re.compile(
        rf"(?<!\w)(?:{code})(?![\w.]\d)\.?\s*[:–-]?\s+(?P<name>[^\W\d][^,;.:()]*)",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4096)
def _level_name_words(text: str) -> tuple[frozenset[str], ...]:
    return tuple(
        frozenset(w.casefold() for w in re.findall(r"[^\W\d_]+", m.group("name")))
        for m in _level_name_re().finditer(text)
    )


def _in_level_name(value: str, text: str) -> bool:
    """Every word of the item lies inside one programme level's name in its unit: the item was cut
    from "Działanie 9.2 Dostępne i efektywne usługi społeczne i zdrowotne", not named as support.

    >>> _in_level_name("efektywne usługi zdrowotne", "działania: 9.2 Dostępne i efektywne usługi zdrowotne, dla")
    True
    >>> _in_level_name("warsztaty taneczne", "Działanie 9.2 Usługi społeczne. W ofercie: warsztaty taneczne")
    False
    """
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", value)]
    return bool(words) and any(all(w in name for w in words) for name in _level_name_words(text))


def extract_instruments(doc: Doc, prose_candidates=None) -> tuple[list[str], list[Unit]]:
    """The forms of support the rules read, in the nominative, each with its unit; then, with
    `prose_candidates(doc, end, read_unit_ids, items)` (instrument_candidates.accepted, passed in
    by its caller so that this module never imports the one that reads its helpers), the scored
    prose candidates no rule read."""

    if infrastructure_project(doc.text):
        return [], []
    items: list[str] = []
    units: list[Unit] = []
    seen: set[str] = set()

    lexicon, names = _instrument_lexicon()
    instrument_parent, activity_word, not_instrument_parent = _list_words()
    seen_names: set[str] = set()
    seen_lemma_keys: set[str] = set()

    group_item = _participant_item()
    end = _page_end(doc)

    def add(
        value: str | None,
        u: Unit,
        name: str | None = None,
        whole: bool = False,
        inner: bool = False,
    ) -> None:
        # (a count of persons in brackets is a note on the item, not the item; nor is one after
        # the form in a list item kept whole: "Prowadzenie 3 klubów seniora dla 60 osób")
        if value:
            value = _staff_work(_FOOTNOTE_NUMBER.sub("", _lead_conjunction().sub("", value)))
        if not value or (_not_instrument(whole)).search(_PAREN.sub("", value)):
            return
        if _file_link().search(value):
            return  # "Regulamin rekrutacji (PDF)": a file to download
        if _in_level_name(value, u.text):
            return  # "dla działania: 9.2 Dostępne i efektywne usługi społeczne": the level's name
        if _INDICATOR_LINE.match(u.text):
            return  # "Liczba osób objętych usługami …": an indicator, not the support
        key = value.lower()
        lemma_key = head_lemma_key(value)
        bare = next(
            (
                k
                for k, it in enumerate(items)
                if " " not in it
                and (
                    key.startswith(it.lower() + " ")
                    or lemma_key.startswith(head_lemma_key(it) + " ")
                )
            ),
            None,
        )
        if bare is not None and key not in seen:
            # "warsztaty" read alone first, "warsztaty florystyczne" named later: the named form
            # (also in another number: "szkolenia" first, "szkolenie zawodowe" later)
            seen.discard(items[bare].lower())
            seen.add(key)
            seen_lemma_keys.add(lemma_key)
            items[bare], units[bare] = value, u
            return
        if " " not in lemma_key and any(k.startswith(lemma_key + " ") for k in seen_lemma_keys):
            return  # "szkolenie zawodowe" read first, "szkolenia" alone later: the same form again
        if _outcome_headed(value, lemma_key):
            return  # "nowe umiejętności", "certyfikat ukończenia": what a participant gains
        if " " not in value and (tags := _analyse(value)) and all(t.pos == "adv" for t in tags):
            return  # "telefonicznie", "indywidualnie": how, not what
        if (
            key in seen
            or (name and name in seen_names)
            or any(key in s or (len(s) > 5 and s in key) for s in seen)
            or lemma_key in seen_lemma_keys
            or (
                (name or inner)  # a lexicon entry or a place inside an item already read
                and " " in lemma_key  # ("warsztaty terapii zajęciowej", "Prowadzenie Klubu …")
                and any(f" {lemma_key} " in f" {k} " for k in seen_lemma_keys)
            )
        ):
            return  # the same instrument again ("klub integracji społecznej" after "udział w Klubie …")
        seen.add(key)
        seen_lemma_keys.add(lemma_key)
        for m in lexicon.finditer(value):
            n = names[int(m.lastgroup[1:])]
            seen_names.add(m.group(0).lower() if n == "=" else n)
        items.append(value)
        units.append(u)

    for i, u in enumerate(doc.units[:end]):
        if u.is_item:
            continue
        nxt = doc.units[i + 1] if i + 1 < end else None
        if nxt is not None and nxt.is_item and not doc.is_foreign(u):
            parent = u.text[-160:]
            shape = nxt.marker
            bodies = [
                _item_body(doc.units[k])
                for k in list_items_after(doc.units[:end], i)
                if doc.units[k].marker == shape
            ]
            heading_like = (
                u.text.rstrip().endswith((":", "?"))
                or u.is_heading
                or (len(u.text) <= 60 and u.text.rstrip()[-1:] not in ".!;,")
            )
            strong = u.text.rstrip().endswith(":") and _strong_heading().search(parent)
            by_heading = heading_like and (
                strong
                or (instrument_parent.search(parent) and not not_instrument_parent.search(parent))
            )
            above = _heading_over_paragraph(doc.units, i) if not heading_like else None
            if above is not None:
                # a paragraph between the heading and its list ("Co zyskają uczestnicy?" / "Każdy
                # uczestnik otrzyma …, zwrot kosztów dojazdu." / "- trening …"): the heading leads
                by_heading = _heading_names_support(above[-160:])
            by_content = (
                (strong or not not_instrument_parent.search(parent))
                and len(bodies) >= 2
                and sum(bool(activity_word.search(b) or _form_headed(b)) for b in bodies) * 3
                >= len(bodies) * 2
            )
            # under "Kursy zawodowe:" an item is a course named by its trade ("opiekun osoby
            # starszej"), not a group of persons
            courses = by_heading and _COURSE_HEADING.search(parent)
            domain_forms = _category_colon_lead(u.text) and _domain_examples(
                ", ".join(b.rstrip(" ,;.") for b in bodies), _enumeration_res()[1]
            )
            if domain_forms:  # "Zaplanowano działania z zakresu:" / "- zdrowia (m.in. badania)"
                for item in domain_forms:
                    add(_clean_instrument(item), nxt)
            elif by_heading or by_content:
                nested = False  # under "Aktywizację …, a w niej:": its sub-items are read too
                after = list_items_after(doc.units[:end], i)
                qualifiers: set[int] = set()
                for n_k, k in enumerate(after):
                    it = doc.units[k]
                    if k in qualifiers:
                        continue
                    if it.text.rstrip().endswith(":"):
                        run = _adjective_subitems(doc.units, after[n_k + 1 :])
                        if run:  # "Poradnictwo rodzinne:" / "- prawne" / "- psychologiczne"
                            qualifiers.update(run)  # the head is the form, the rest qualify it
                            if it.marker == shape:
                                nested = False
                                add(_clean_instrument(_item_body(it)), it)
                                continue
                    if it.marker == shape:  # a short head, not a long item ending in "… zakup:"
                        nested = it.text.rstrip().endswith(":") and len(it.text) <= 200
                    elif not nested:
                        continue
                    body = (
                        it.text[ITEM_MARKER.match(it.text).end() :]
                        if ITEM_MARKER.match(it.text)
                        else it.text
                    )
                    body = _words_re("item_lead_when").sub("", body, count=1)  # "środa – …"
                    group = _item_group(body)  # "80 osób …": a participant group, not an instrument
                    if group and not (
                        activity_word.match(_COUNTED_ACTIVITY.sub("", group[0]))
                        or _form_headed(group[0])
                    ):
                        continue  # (but "6 kursów … (48 os.)", "3 mieszkania wspierane" are forms)
                    if nested and it.marker == shape:  # "Aktywizację …, a w niej:": its head
                        continue
                    # a target group, an amount, or "Zatorze – PAL …" (a place and its programme)
                    if find_money(body) or (
                        not strong
                        and (
                            (group_item.match(body) and not courses)
                            or (
                                _NAME_DASH_ITEM.match(body)
                                and not _form_headed(re.split(r"\s+[-–—]\s+", body)[0])
                            )
                        )
                    ):
                        continue  # (under "zdobyć kwalifikacje:" "- opiekuna osoby starszej" is a course;
                        # "Poradnictwo – spotkania z psychologiem": a form named before its description)
                    if (
                        _verb_led(body)
                        or _subject_clause(body)
                        or _words_re("item_clause_lead").match(body)
                    ):
                        continue  # "– wzięli udział w kursie …": a clause, read as prose
                    # "specjalistyczne szkolenia zawodowe, dzięki którym …": the instrument before its explanation
                    body = _EXPLANATION.split(body, maxsplit=1)[0]
                    if (
                        not by_heading
                        and len(compact(body)) > 160
                        and " - " not in body
                        and " – " not in body
                    ):
                        continue
                    parts = _headed_parts(body, activity_word, lexicon)
                    if parts:  # "aktywizacja zawodowa: kurs zawodowy, staż": the forms it names
                        for part in parts:
                            add(_clean_instrument(part), it)
                        continue
                    add(
                        _clean_instrument(body, 260 if by_heading else 120),
                        it,
                        whole=_form_led(body)
                        or _form_headed(body),  # ("… dla 30 osób" is part of it)
                    )
        low = doc.lower[i]
        if (
            "(" not in u.text
            and "poprzez" not in low
            and " jak " not in low
            and "m.in." not in low
            and "tj." not in low
        ) or doc.is_foreign(u):
            continue
        for m in _INLINE_INSTRUMENTS.finditer(u.text):
            lst = m.group("list") or m.group("list2") or m.group("list3")
            if m.group("list") and re.search(r"\d\.\d|\b[IVX]{1,5}\b", m.group(0).split("(", 1)[0]):
                continue  # "Działania 9.1 (Aktywna integracja …)": a programme level's name
            for part in re.split(r",\s*|\s+oraz\s+|;\s*", lst):
                if _CLAUSE_AFTER_LIST.match(part.strip()):
                    break  # "…, zwiększając szansę …": the sentence goes on after the list
                # not "tj. Bielany, Podgórz": places, not support
                if activity_word.search(part) or lexicon.search(part):
                    for each in _joined_forms(part):
                        add(_clean_instrument(each), u)
    _task_lines(doc, end, add)
    _named_paragraphs(doc, end, add)
    described = _sub_headed_forms(doc, end, add)
    _line_lists(doc, end, add)
    _bare_heading_runs(doc, end, add)
    _inline_numbered(doc, end, add)
    _support_table(doc, end, add)
    _numbered_rows(doc, end, add)
    _page_subject(doc, end, add)
    _parenthesised_after_project(doc, end, add)
    page = _Page(doc, end)
    _prose_enumerations(page, add, described)
    _object_first(page, add)
    _counted_first(page, add)
    _named_tasks(page, add)
    _english(page, add)
    # (a unit that gave only lexicon mentions is still read for its enumeration: "pakiet wsparcia
    # obejmujący: poradnictwo …, trening pracy i kurs zawodowy" names more than the lexicon knows)
    before_lexicon = _read_units(units) | described
    _lexicon_mentions(page, add)
    _content_enumerations(page, add, before_lexicon)
    _example_lists(page, add, _read_units(units) | described)
    _colon_lead_ins(page, add, _read_units(units) | described)
    _created_places(page, add)
    _english_content(page, add, _read_units(units) | described)
    _list_item_entries(doc, end, add, _read_units(units) | described)
    # forms of support in prose no rule read: scored candidates (instrument_candidates.py)
    if prose_candidates is not None:
        for value, u in prose_candidates(doc, end, {id(v) for v in units}, items):
            add(value, u)
    at = {id(u): k for k, u in enumerate(doc.units)}
    originals = _translated_originals(doc.text)
    keep = [
        k
        for k, (it, u) in enumerate(zip(items, units, strict=True))
        if (u.is_item or not _has_verb(it))
        and not _aim_or_result_item(doc, at[id(u)])
        and not _in_original(it, u, originals)
    ]
    return [items[k] for k in keep], [units[k] for k in keep]


def _translated_originals(text: str) -> list[tuple[int, int]]:
    """The spans of the lines a later line translates ("Projekt ma … (Polish)" before "The
    project seeks … (English)"; data/instrument_words.yaml translated_summary), [] when none."""
    w = _words()["translated_summary"]
    trans = list(re.finditer(w["translation"], text, re.IGNORECASE | re.MULTILINE))
    if not trans:
        return []
    spans = []
    for m in re.finditer(w["original"], text, re.IGNORECASE | re.MULTILINE):
        if any(t.start() > m.end() for t in trans):
            spans.append((text.rfind("\n", 0, m.start()) + 1, m.start()))
    return spans


def _in_original(item: str, u: Unit, spans: list[tuple[int, int]]) -> bool:
    """The item was read from a translated original: its unit lies in one of the spans, or
    crosses a span's end with the item's words found before it (or not found as written)."""
    for start, end in spans:
        if start <= u.start and u.end <= end + 12:
            return True
        if u.start < end < u.end:
            # (an item not found as written was put in the nominative: a Polish one)
            pos = u.text.lower().find(item.lower()[:12])
            return pos < 0 or u.start + pos < end
    return False


_ONLY_VERB = frozenset({"fin", "praet", "bedzie", "impt", "inf", "winien", "imps"})


def _has_verb(item: str) -> bool:
    """An item with a word after its first that can only be a verb ("wsparcie … może być
    różny"): a clause, not the name of a form."""
    return _some_word_only(_WORD_SPAN.findall(item.lower())[1:], _ONLY_VERB)


def _some_word_only(words, parts_of_speech: frozenset[str]) -> bool:
    """Whether some word has readings (morfeusz2) and every one of them is of `parts_of_speech`."""
    return any((tags := _analyse(w)) and all(t.pos in parts_of_speech for t in tags) for w in words)


def _list_item_entries(doc: Doc, end: int, add, read: set[int]) -> None:
    """A list item that no rule read and that opens with a lexicon entry ("- klub integracji
    społecznej w …", "• praca socjalna z rodziną"): the entry, in the nominative, where the list
    has no lead-in ending with a colon (a colon-led list the list rules did not take names
    something else: aims, documents, groups)."""
    from .inflect import to_nominative

    rx, names = _instrument_lexicon()
    lead = ""
    for u in doc.units[:end]:
        if not u.is_item:
            lead = u.text
            continue
        if id(u) in read or doc.is_foreign(u) or lead.rstrip().endswith(":"):
            continue
        m = rx.search(_item_body(u))
        if not m or m.start() > 3:
            continue
        name = names[int(m.lastgroup[1:])]
        value = compact(m.group(0)) if name == "=" else name
        if name == "=":
            ph = to_nominative(value)
            value = ph.text if ph else value
        add(value, u, value.lower() if name == "=" else name)


def _read_units(units: list[Unit]) -> set[int]:
    """The units already read as a list or an enumeration: a list item that gave an item, a
    sentence that gave two or more (a lone lexicon mention does not count): the fallback
    families do not read them again."""
    count: dict[int, int] = {}
    for u in units:
        count[id(u)] = count.get(id(u), 0) + 1
    return {id(u) for u in units if u.is_item or count[id(u)] >= 2}


@lru_cache(maxsize=1)
def _task_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    w = _words()["task_lines"]
    return (
        re.compile(fold(w["line"]), re.IGNORECASE),
        re.compile(fold(_folded(w["heading"])), re.IGNORECASE),
        re.compile(fold(w["not"]), re.IGNORECASE),
    )


def _task_lines(doc: Doc, end: int, add) -> None:
    """Runs of two or more task lines under a heading that names the support ("Zakres wsparcia" /
    "Zadanie nr 1 – Usługi opiekuńcze – Gmina X" / "Zadanie nr 2 – Klub Seniora – …"; or "Zadanie 1."
    with the name on the next line): each task's name, without the body that runs it."""

    line_re, heading_re, _ = _task_res()
    bare_re = re.compile(
        r"^(?:zadanie|moduł|task|module|stage)\s+(?:nr\s*)?(?:\d{1,2}|[IVX]{1,4})\s*[.:]?$", re.I
    )
    lines: list[tuple[str, Unit]] = []
    for u in doc.units[:end]:
        if u.is_row or doc.is_foreign(u):
            lines.append(("", u))  # a break
            continue
        for ln in u.text.split("\n"):
            ln = compact(ln)
            marker = ITEM_MARKER.match(ln) if u.is_item else None
            lines.append((ln[marker.end() :] if marker else ln, u))
    k = 0
    while k < len(lines):
        run: list[tuple[str, Unit]] = []
        j = k
        while j < len(lines):
            text, u = lines[j]
            m = line_re.match(text)
            if m:
                run.append((m.group("name"), u))
                j += 1
            elif bare_re.match(text) and j + 1 < len(lines) and lines[j + 1][0]:
                run.append((lines[j + 1][0], lines[j + 1][1]))
                j += 2
            else:
                break
        heading = next((lines[h][0] for h in range(k - 1, max(k - 3, -1), -1) if lines[h][0]), "")
        if len(run) >= 2:
            for name, u in _support_tasks(run, bool(heading_re.search(heading[-200:]))):
                # (a task's name is kept whole: "Prowadzenie Klubu Seniora dla 20 osób")
                add(_clean_instrument(name, 260), u, whole=_form_led(name))
        k = max(j, k + 1)


def _support_tasks(
    run: list[tuple[str, Unit]], heading_names_support: bool
) -> list[tuple[str, Unit]]:
    """The tasks of a run of task lines that are forms of support, each name without the body
    that runs it: every task but the project's own running (recruitment, management, promotion)
    under a heading that names the support; under any other heading ("Zadania:", "Harmonogram")
    the tasks headed by a form-of-support noun, when they are at least half of the run's tasks
    other than its running ("Zadanie 2. Warsztaty umiejętności społecznych")."""
    not_re = _task_res()[2]
    names = [(re.split(r"\s+[–—-]\s+", name.strip())[0].strip(" .;,"), u) for name, u in run]
    names = [(name, u) for name, u in names if not not_re.match(name)]
    if heading_names_support:
        return names
    headed = [
        (name, u)
        for name, u in names
        if _form_headed(name) or _form_led(name) or _english_res()[1].search(name)
    ]
    return headed if len(headed) >= 2 and len(headed) * 2 >= len(names) else []


def _heading_names_support(text: str) -> bool:
    """A heading ("Formy wsparcia:", "Oferujemy:", "… przez następujące zadania:") that
    introduces forms of support."""
    instrument_parent, _activity, not_parent = _list_words()
    return bool(
        _strong_heading().search(text)
        or (instrument_parent.search(text) and not not_parent.search(text))
    )


_PARAGRAPH_UNDER_HEADING = 400  # the longest paragraph between a heading and its list (chars)


def _heading_over_paragraph(units: list[Unit], i: int) -> str | None:
    """The heading right above the short prose paragraph that ends at `units[i]`, when the
    paragraph stands between it and a list (its own unit, or the first line of the paragraph's
    first unit: "Formy wsparcia\n\nWsparcie jest bezpłatne …"); None when there is none."""
    k = i
    while (
        k > 0
        and units[k - 1].paragraph == units[i].paragraph
        and not units[k - 1].is_item
        and not _lead_heading(units[k - 1])
    ):
        k -= 1
    if units[i].end - units[k].start > _PARAGRAPH_UNDER_HEADING:
        return None
    first, _nl, rest = units[k].text.partition("\n")
    if rest.strip() and _lead_heading(Unit(0, len(first), first.strip())):
        return first.strip()
    if k == 0:
        return None
    above = units[k - 1]  # (its own paragraph just before, or the paragraph's first line)
    if not _lead_heading(above) or above.paragraph < units[k].paragraph - 1:
        return None
    return above.text


def _lead_heading(u: Unit) -> bool:
    """A heading unit, a line ending in ":" or "?", or a short line without closing punctuation;
    not a list item."""
    line = u.text.rstrip()
    return not u.is_item and (u.is_heading or line.endswith((":", "?")) or _bare_heading(line))


def _bare_heading(line: str) -> bool:
    """A short line with no closing punctuation ("Zakres wsparcia", "Formy pomocy"): a heading
    when it names the support (checked by the caller)."""
    return len(line) <= 60 and line[-1:] not in ".!?;,:" and not line[-1:].isdigit()


def _line_lists(doc: Doc, end: int, add) -> None:
    """Lines without list markers under a heading that names the support (a "<br>"-separated
    paragraph, or plain lines): "Oferujemy:" / "poradnictwo prawne" / "warsztaty kulinarne" …,
    each line a form when two thirds of them have an activity word or a lexicon entry."""
    activity = _list_words()[1]
    lexicon = _instrument_lexicon()[0]
    for i, u in enumerate(doc.units[:end]):
        if u.is_item or u.is_row or doc.is_foreign(u):
            continue
        lines = [ln.strip() for ln in u.text.split("\n") if ln.strip()]
        head_at = next((k for k, ln in enumerate(lines) if ln.endswith(":")), None)
        if head_at is None and len(lines) > 2 and _bare_heading(lines[0]):
            head_at = 0  # "Zakres wsparcia" / "Kursy zawodowe" / "Staże": a heading without a colon
        if head_at is not None and head_at < len(lines) - 1:
            heading, body = lines[head_at], lines[head_at + 1 :]
        elif i and (
            doc.units[i - 1].text.rstrip().endswith(":")
            or (doc.units[i - 1].is_heading and _bare_heading(doc.units[i - 1].text.strip()))
        ):
            heading, body = doc.units[i - 1].text.rsplit("\n", 1)[-1], lines
        else:
            continue
        if (
            len(body) < 2
            or len(heading) > 160
            or any(len(ln) > 70 for ln in body)
            or not _heading_names_support(heading)
        ):
            continue
        forms = _domain_examples(", ".join(ln.rstrip(" ,;.") for ln in body), _enumeration_res()[1])
        if forms:  # "zdrowia (m.in. badania),\nkultury (wyjścia do kina)": the forms in brackets
            for form in forms:
                add(_clean_instrument(form), u)
            continue
        hits = sum(bool(activity.search(ln) or lexicon.search(ln)) for ln in body)
        if hits * 3 < len(body) * 2:
            continue
        for ln in body:
            if not _participant_item().match(ln) and not find_money(ln):
                add(_clean_instrument(ln), u)


_NUMBER_FIRST = re.compile(r":\s*1\.$")


def _inline_numbered(doc: Doc, end: int, add) -> None:
    """A numbered list written on one line, which the sentence splitter cut at its numbers:
    "… następujące zadania: 1." | "Praca socjalna 2." | "Trening kompetencji społecznych 3." |
    "Kursy zawodowe.": each item a form when the lead-in names the support and two thirds of
    the items have an activity word or a lexicon entry."""
    activity = _list_words()[1]
    lexicon = _instrument_lexicon()[0]
    units = doc.units[:end]
    for i, u in enumerate(units):
        text = u.text.rstrip()
        if u.is_item or doc.is_foreign(u) or not _NUMBER_FIRST.search(text):
            continue
        if not _heading_names_support(text[-200:]):
            continue
        items: list[tuple[str, Unit]] = []
        n = 1
        for v in units[i + 1 : i + 16]:
            nxt = _EN_GLUED_NUMBER.search(v.text.rstrip())
            body = _EN_GLUED_NUMBER.sub("", v.text.rstrip()) if nxt else v.text
            items.append((compact(body).strip(" .,;:"), v))
            if not nxt or int(nxt.group(1)) != n + 1:
                break
            n += 1
        if len(items) < 2:
            continue
        if (
            sum(bool(activity.search(t) or lexicon.search(t)) for t, _ in items) * 3
            < len(items) * 2
        ):
            continue
        for t, v in items:
            if not _participant_item().match(t) and not find_money(t):
                add(_clean_instrument(t), v)


_LABEL_DASH = re.compile(r"\s[–—-]\s|:")


def _bare_heading_runs(doc: Doc, end: int, add) -> None:
    """Short lines, each its own unit, under a heading without a colon that names the support
    ("Zakres wsparcia" / "Indywidualne poradnictwo psychologiczne" / "Kursy zawodowe" / …): each
    line a form when two thirds of them have an activity word or a lexicon entry."""
    activity = _list_words()[1]
    lexicon = _instrument_lexicon()[0]
    units = doc.units[:end]
    for i, u in enumerate(units):
        if u.is_item or u.is_row or doc.is_foreign(u):
            continue
        lines = [ln.strip() for ln in u.text.split("\n") if ln.strip()]
        if not lines or not _bare_heading(lines[0]) or not _heading_names_support(lines[0]):
            continue
        body, owners = lines[1:], [u] * (len(lines) - 1)
        for v in units[i + 1 :]:
            t = v.text.strip()
            if (
                v.is_item
                or v.is_row
                or "\n" in t
                or not _bare_heading(t)
                or len(t) > 70
                or _LABEL_DASH.search(t)
            ):
                break  # (not "Program – Program Operacyjny …": a label and its value)
            body.append(t)
            owners.append(v)
        if len(body) < 2 or any(len(ln) > 70 for ln in body):
            continue
        if sum(bool(activity.search(ln) or lexicon.search(ln)) for ln in body) * 3 < len(body) * 2:
            continue
        for ln, v in zip(body, owners, strict=True):
            if not _participant_item().match(ln) and not find_money(ln):
                add(_clean_instrument(ln), v)


_ROW_NUMBER = re.compile(r"\d{1,2}[.)]?")


def _numbered_rows(doc: Doc, end: int, add) -> None:
    """Table rows with no header, numbered in their first cell ("1. | Poradnictwo psychologiczne
    | 30 osób" …): the second cell of each, when two thirds of them are headed by a form of
    support, or when the heading above the table names the support."""
    units = doc.units[:end]
    k = 0
    while k < len(units):
        run = []
        for v in units[k:]:
            cells = [compact(c) for c in v.text.split(" | ")]
            if not v.is_row or len(cells) < 2 or not _ROW_NUMBER.fullmatch(cells[0]):
                break
            run.append((cells[1].strip(" :.;"), v))
        if len(run) >= 2 and not doc.is_foreign(units[k]):
            above = units[k - 1].text[-200:] if k else ""
            headed = sum(_form_headed(c) or _form_led(c) for c, _ in run)
            if headed * 3 >= len(run) * 2 or (
                headed and not units[k - 1].is_row and _heading_names_support(above)
            ):
                for cell, v in run:
                    if not _participant_item().match(cell) and not find_money(cell):
                        add(
                            _clean_instrument(cell, 260),
                            v,
                            whole=_form_led(cell) or _form_headed(cell),
                        )
        k += max(len(run), 1)


@lru_cache(maxsize=1)
def _support_table_head() -> re.Pattern[str]:
    return re.compile(fold(_folded(_words()["support_table_head"])), re.IGNORECASE)


@lru_cache(maxsize=1)
def _task_column() -> re.Pattern[str]:
    """The head of a table's column of tasks under a heading that names the support ("Lp. |
    Operacja"; data/instrument_words.yaml support_table_column)."""
    return re.compile(fold(_folded(_words()["support_table_column"])), re.IGNORECASE)


def _support_table(doc: Doc, end: int, add) -> None:
    """A table whose first column is headed as the forms of support ("Forma wsparcia | Liczba
    osób" / "Warsztaty rękodzieła | 20" …): the first cell of each row below it (not a total)."""
    head_re = _support_table_head()
    units = doc.units[:end]
    for i, u in enumerate(units):
        # (a heading line may be joined to the header row, which is then not marked as a row)
        if doc.is_foreign(u) or " | " not in u.text.rsplit("\n", 1)[-1]:
            continue
        head_lines = u.text.split("\n")
        cells = [c.strip(" :") for c in head_lines[-1].split(" | ")]
        if any(re.search(r"\d", c) for c in cells):
            continue  # ("Forma wsparcia | Szkolenia": a label and its value, not a header row)
        col = next((k for k, c in enumerate(cells) if head_re.fullmatch(c)), None)
        # "W Programie przewidziano następujące operacje:" / "Lp. | Operacja" / "1 | Zakup …"
        above = head_lines[-2] if len(head_lines) > 1 else (units[i - 1].text if i else "")
        if col is None and _heading_names_support(above[-200:]):
            col = next((k for k, c in enumerate(cells) if _task_column().fullmatch(c)), None)
        by_items = False
        if col is None and _task_column().fullmatch(cells[0]):
            # "Działanie | Opis": the first column names tasks; they are forms of support when
            # most of its cells are (the share checked below, as for a first column)
            col, by_items = 0, True
        if col is None:
            continue
        activity, lexicon = _list_words()[1], _instrument_lexicon()[0]
        firsts = []
        for v in units[i + 1 : i + 30]:
            row = v.text.split(" | ")
            if not v.is_row or len(row) != len(cells):
                break
            cell = compact(row[col]).strip(" :")
            if not re.fullmatch(r"(?i)razem|ogółem|łącznie|suma|total|\d.*", cell):
                firsts.append((cell, v))
        hits = sum(bool(activity.search(c) or lexicon.search(c)) for c, _ in firsts)
        if by_items:
            hits = sum(_form_headed(c) for c, _ in firsts)
        if len(firsts) >= 2 and (col != 0 or hits * 3 >= len(firsts) * 2):
            for cell, v in firsts:
                add(_clean_instrument(cell, 260), v)


@lru_cache(maxsize=1)
def _page_subject_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    w = _words()
    return (
        re.compile(fold(_folded(w["page_subject"])), re.IGNORECASE),
        re.compile(fold(w["paren_after_project"]), re.IGNORECASE),
    )


def _page_subject(doc: Doc, end: int, add) -> None:
    """A heading near the page's top that is a place-or-programme form of support and nothing
    else ("Klub Integracji Społecznej", "Archiwum › Program Aktywności Lokalnej", "KLUB SENIORA –
    WYCIECZKA"): the page is about that form, in the nominative."""

    rx = _page_subject_res()[0]
    for u in doc.units[: min(end, 12)]:
        if u.is_row or u.is_item or doc.is_foreign(u):
            continue
        for line in u.text.split("\n")[:3]:
            line = line.rsplit("›", 1)[-1].strip()
            if not line or len(line) > 80 or "|" in line:
                continue
            first = re.split(r"\s+[–—-]\s+", line, maxsplit=1)[0].strip(" .:")
            if rx.fullmatch(first):
                ph = to_nominative(first.lower() if first.isupper() else first)
                add(ph.text if ph else first, u)
                return


def _parenthesised_after_project(doc: Doc, end: int, add) -> None:
    """ "W projekcie (spotkaniach, warsztatach, spotkaniach on-line) uczestniczyli …": the forms in
    the parenthesis, in the nominative, when every one is headed by a form-of-support noun."""

    rx = _page_subject_res()[1]
    heads = _heads()[0]
    for u in doc.units[:end]:
        if doc.is_foreign(u) or "(" not in u.text:
            continue
        for m in rx.finditer(u.text):
            parts = [p.strip() for p in _PART_SPLIT.split(m.group("list"))[::2] if p.strip()]
            found = []
            for p in parts:
                ph = to_nominative(p, "loc")
                if ph is None or ph.head_lemma not in heads:
                    found = []
                    break
                found.append(ph.text)
            if len(found) >= 2:
                for item in found:
                    add(_clean_instrument(item), u)


_HEADED_PARTS = re.compile(r"^(?P<head>[^:,;()\d]{3,40}):\s+(?P<rest>.+)$", re.DOTALL)
_PARTS_SEPARATOR = re.compile(
    r"\s*[,;]\s*(?:a\s+także\s+|oraz\s+|i\s+)?|\s+oraz\s+|\s+a\s+także\s+"
)


def _headed_parts(body: str, activity_word, lexicon) -> list[str]:
    """The forms named after a short head in one list item ("aktywizacja społeczna: trening
    umiejętności społecznych, grupa wsparcia"): two or more parts, each an activity; else []."""
    m = _HEADED_PARTS.match(compact(body).rstrip(" .;,"))
    if not m or len(m.group("head").split()) > 4:
        return []
    parts = [p for p in _PARTS_SEPARATOR.split(m.group("rest")) if p.strip()]
    if not all(activity_word.search(p) or lexicon.search(p) for p in parts):
        return []
    if len(parts) < 2:  # one form after a head that names a kind of support, not a form itself
        first = _WORD_SPAN.search(m.group("head"))  # ("instrumenty aktywizacji edukacyjnej: kurs")
        return parts if first and _noun_lemmas(first.group(0)) & _category_heads() else []
    return parts


@lru_cache(maxsize=1)
def _category_heads() -> frozenset[str]:
    return frozenset(_words()["category_heads"])


# --------------------------------------------------------------------------- prose enumerations

_WORDS_PATH = Path(__file__).resolve().parent / "data" / "instrument_words.yaml"


@lru_cache(maxsize=1)
def _words() -> dict:
    import yaml

    with _WORDS_PATH.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@cache
@case_free_results
def _words_re(key: str) -> re.Pattern[str]:
    """The case-insensitive pattern data/instrument_words.yaml gives under `key`, compiled once."""
    return re.compile(fold(_words()[key]), re.IGNORECASE)


@lru_cache(maxsize=1)
@case_free_results
def _enumeration_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The trigger alternation (one named group per case), the end of an enumeration, a clause
    part and the words before an item (data/instrument_words.yaml)."""
    w = _words()
    trig = "|".join(
        f"(?P<{case}>{'|'.join(f'(?:{fold(p)})' for p in pats)})"
        for case, pats in w["enumeration"].items()
    )
    end = "|".join(f"(?:{fold(p)})" for p in w["enumeration_end"])
    return (
        re.compile(rf"(?<!\w)(?:{trig})(?!\w)\s*(?:m\.\s?in\.\s*)?:?\s+", re.IGNORECASE),
        re.compile(end, re.IGNORECASE),
        re.compile(fold(w["clause_part"]), re.IGNORECASE),
        re.compile(fold(w["part_prefix"]), re.IGNORECASE),
    )


@lru_cache(maxsize=1)
@case_free_results
def _heads() -> tuple[
    frozenset[str], frozenset[str], frozenset[str], re.Pattern[str], re.Pattern[str]
]:
    w = _words()
    return (
        frozenset(w["heads"]),
        frozenset(w["acronyms"]),
        frozenset(w["generic_heads"]),
        re.compile(fold(w["part_cut"]), re.IGNORECASE),
    )


class _AnyOf:
    """A test that some pattern of several finds something: `search(text)` tries each one's
    method (its `search`, or its `match` for an alternation of patterns anchored at the text's
    start) and returns the first match (a test only: which match, and where, is not the one
    the patterns' single alternation would give)."""

    def __init__(self, *tests: Any):
        self.tests = tests

    def search(self, text: str) -> Any:
        for test in self.tests:
            m = test(text)
            if m is not None:
                return m
        return None


def _anchored(pattern: str) -> bool:
    """Whether every match of `pattern` starts at the text's start: it opens with "^" outside any
    alternation (and is not MULTILINE), so its `search` finds what its `match` finds."""
    from re import _parser
    from re._constants import AT, AT_BEGINNING

    parsed = _parser.parse(pattern)
    return (
        not parsed.state.flags & re.MULTILINE
        and bool(parsed.data)
        and parsed.data[0] == (AT, AT_BEGINNING)
    )


@lru_cache(maxsize=1)
def _file_link() -> re.Pattern[str]:
    """A file to download (data/instrument_words.yaml: file_link): its type or size in brackets
    after its name ("Regulamin rekrutacji (PDF)", "Harmonogram (314 KB)") or its extension."""
    return re.compile(_words()["file_link"], re.IGNORECASE)


@lru_cache(maxsize=4)  # called as (), (False) and (True): three keys, so maxsize=2 thrashed
def _not_instrument(whole: bool = False) -> _AnyOf:
    """What is never a form of support (data/instrument_words.yaml: not_instruments); the
    capitalised body names keep their case, the rest is matched case-insensitively. For a list
    item kept whole (`whole`), a count of persons after its form is part of it (the patterns
    marked in not_instruments_counts are left out). A test (`search`, read as true or false):
    some pattern finds something. Speed: the patterns anchored at the start are tried there
    only (`match`: an alternation searched at every position tried each of them at each), the
    case-insensitive ones case-free (fastre), the cased ones apart; some pattern finds
    something exactly when one of these finds something."""
    counts = set(_words()["not_instruments_counts"])
    pats = [p for p in _words()["not_instruments"] if not (whole and p in counts)]
    tests: list[Any] = []
    for cased in (False, True):
        group = [fold(p) for p in pats if (p[:1] == "^" and "A-Z" in p) == cased]
        for anchored in (True, False):
            alts = [f"(?:{p})" for p in group if _anchored(p) == anchored]
            if not alts:
                continue
            rx = re.compile("|".join(alts), 0 if cased else re.IGNORECASE)
            rx = rx if cased else CaseFree(rx)
            tests.append(rx.match if anchored else rx.search)
    return _AnyOf(*tests)


@lru_cache(maxsize=1)
def _trigger_stems() -> tuple[str, ...]:
    return tuple(_words()["trigger_stems"])


_PART_SPLIT = re.compile(
    r"(,\s*|;\s*|\s+oraz\s+|\s+i\s+|\s+lub\s+|\s+albo\s+|\s+a\s+także\s+|\s+lecz\s+także\s+"
    r"|\s+ale\s+także\s+|\s+jak\s+również\s+|\s+jak\s+i\s+|,?\s+a\s+nawet\s+|\s+czy\s+)"
)
_PAREN = re.compile(r"\s*\([^()]*\)")
# the markers of a list written inline ("Wsparcie: a) doradztwo, b) staże", "1) kurs, 2) staż")
_INLINE_MARKER = re.compile(r"(?:^|(?<=[\s,;:]))(?:[a-h]|\d{1,2})\)\s+")
_POSSESSIVE = re.compile(r"\b(?:ich|jego|jej|swoich|swoje|swojej|swoim)\s+", re.IGNORECASE)
_AMONG_OTHERS = re.compile(r"\bmiędzy\s+innymi\b", re.IGNORECASE)
# a compound adjective typed with a spaced dash ("społeczno – zawodowej", "opiekuńczo - wychowawcze"):
# its first part ends in -o and the second is lower-case
_SPACED_COMPOUND = re.compile(
    r"\b([a-ząćęłńóśźż]{3,}(?:no|czo|ko|wo|zo|io|so))\s+[–—-]\s+(?=[a-ząćęłńóśźż]{3,})"
)


def _join_spaced_compounds(text: str) -> str:
    """A spaced compound adjective joined ("społeczno – kulturalne" -> "społeczno-kulturalne");
    a text without a dash is handed back at once (every match of `_SPACED_COMPOUND` holds one:
    the same answer without the pattern's walk over every word)."""
    if "-" not in text and "–" not in text and "—" not in text:
        return text
    return _SPACED_COMPOUND.sub(r"\1-", text)


_SENTENCE_START = re.compile(r"(?:^|(?<!m\.in)(?<!\bnp)(?<!\btj)[.!?;:]\s+)(?=[^.!?;:]*$)")


_ELIDED_GROUP = re.compile(
    r",\s+(?:a|zaś)\s+(?:(?:dla|u|w|we)\s+(?:[^\W\d]+\s+){0,2}?(?:dzieci|młodzieży|rodziców|rodzin|"
    r"seniorów|opiekunów|osób\s+\w+|uczestników|kobiet|mężczyzn|[^\W\d]+ach)"
    # (the group in the dative: "…, zaś dzieciom – zajęcia wyrównawcze")
    r"|(?:[^\W\d]+\s+)?(?:dzieciom|młodzieży|rodzicom|rodzinom|seniorom|opiekunom|uczestnikom|"
    r"uczestniczkom|kobietom|mężczyznom|osobom\s+\w+))\s+[–—-]\s+(?=[^\W\d])",
    re.IGNORECASE,
)
# "doradztwo zawodowe – indywidualne i grupowe, szkolenia …": adjectives after a dash qualify the
# form before them, and the enumeration goes on after the comma
_DASH_QUALIFIER = re.compile(
    r"\s[–—-]\s+(?P<adjs>[^\W\d]+(?:(?:,\s*|\s+(?:i|oraz|lub|albo)\s+)[^\W\d]+){0,3})(?=,\s+[^\W\d])"
)


def _dash_qualifier(m: re.Match[str]) -> str:
    """The dash and its adjectives dropped when the form before it already has its adjective
    ("doradztwo zawodowe – indywidualne i grupowe"); a bare head keeps them: its adjectives name
    the forms ("poradnictwa – prawnego, psychologicznego")."""
    from .inflect import _analyse

    before = m.string[: m.start()].split()
    adjs = re.sub(r",|\b(?:i|oraz|lub|albo)\b", " ", m.group("adjs")).split()
    if (
        len(before) >= 2
        and _adjective_only(before[-1])
        and all(any(t.pos == "adj" for t in _analyse(a)) for a in adjs)  # ("grupowe": also a noun)
    ):
        return ""
    return m.group(0)


def _elided_group(m: re.Match[str]) -> str:
    """ ", " for an elided group before a form of support ("…, a dla dzieci – zajęcia
    rozwojowe"); the text as it was before anything else (a place, a person)."""
    return ", " if _form_headed(m.string[m.end() : m.end() + 80]) else m.group(0)


@lru_cache(maxsize=1)
@case_free_results
def _provider_apposition_re() -> re.Pattern[str]:
    w = _words()["provider_apposition"]
    return re.compile(
        rf"(?P<head>\b(?:{w['heads']})\w*\s+)(?:[^\W\d]+\s+)?(?:{w['providers']})\w*"
        r"(?P<open>\s*[–—:(-]\s*|,\s*(?:tj\.|m\.\s?in\.|np\.|w\s+tym|takich\s+jak)\s*)(?=[^\W\d])",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
@case_free_results
def _meeting_verb_re() -> re.Pattern[str]:
    w = _words()["meeting_verb"]
    return re.compile(
        rf"\b(?:{fold(w['verb'])})\s+(?:(?:też|także|również|regularnie|m\.\s?in\.)\s+)*"
        rf"(?P<prep>ze?)\s+(?=(?:{fold(w['specialists'])})\w*)",
        re.IGNORECASE,
    )


_APPOSITION_CLOSE = re.compile(r"\s[–—-]\s|[.;!?]")


def _provider_apposition(text: str) -> str:
    """ "pomoc specjalistów – psychologa, prawnika i terapeuty – oraz …" -> "pomoc psychologa,
    prawnika i terapeuty oraz …": the general word for the providers and its brackets dropped
    (data/instrument_words.yaml provider_apposition), so each provider shares the head."""
    m = _provider_apposition_re().search(text)
    if not m:
        return text
    rest = text[m.end() :]
    opener = m.group("open").strip()
    if opener == "(":
        close = rest.find(")")
        if close < 0:
            return text
        rest = rest[:close] + rest[close + 1 :]
    elif opener in "–—-":
        c = _APPOSITION_CLOSE.search(rest)
        if c and c.group(0).strip() in "–—-":
            rest = rest[: c.start()] + " " + rest[c.end() :]
    return text[: m.start()] + m.group("head") + _provider_apposition(rest)


def counted_question_spans(text: str) -> list[tuple[int, int]]:
    """The indirect questions about a count, each to the end of its clause ("omówiono, ile osób
    ukończyło warsztaty, szkolenia i kursy", "ilu uczestników skorzystało z doradztwa"): the forms
    named there are counted, not given (data/instrument_words.yaml counted_question)."""
    if "ile" not in text and "ilu" not in text and "Ile" not in text and "Ilu" not in text:
        return []
    return [m.span() for m in _words_re("counted_question").finditer(text)]


def without_counted_questions(text: str) -> str:
    """The text with every counted question blanked (its length kept)."""
    for a, b in counted_question_spans(text):
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def enumerated_parts(text: str) -> list[str]:
    """The forms of support a sentence enumerates after a trigger, in the nominative: 'Uczestnicy
    skorzystają ze szkoleń, staży oraz pomocy psychologów i prawników' -> ['szkolenia', 'staże',
    'pomoc psychologów', 'pomoc prawników']."""
    trig, end_re, _clause_re, _prefix_re = _enumeration_res()
    if _words_re("result_sentence").match(text):
        return []
    text = without_counted_questions(text)
    text = without_method_sentences(text)  # "Metody pracy obejmują …": ways of working
    text = _AMONG_OTHERS.sub("m.in.", text)  # "skorzystają między innymi z pomocy …"
    text = _join_spaced_compounds(text)  # "taneczno – ruchowych": one adjective
    # "…, a dla dzieci – zajęcia rozwojowe": the same verb's further objects for another group
    text = _ELIDED_GROUP.sub(_elided_group, text)
    text = _provider_apposition(text)
    text = _meeting_verb_re().sub(r"odbyły się spotkania \g<prep> ", text)  # "spotykali się z …"
    text = _DASH_QUALIFIER.sub(_dash_qualifier, text)
    out: list[str] = []
    for m in trig.finditer(text):
        rest = text[m.end() :]
        if text[: m.start()].count("(") > text[: m.start()].count(")"):
            rest = rest.split(")", 1)[0]  # a trigger inside a parenthesis: the list ends with it
        raw_rest = rest
        rest = _INLINE_MARKER.sub("", _PAREN.sub("", rest))
        e = end_re.search(rest)
        clause = rest[: e.start()] if e else rest
        nxt = trig.search(clause)
        clause = clause[: nxt.start()] if nxt else clause  # the next trigger reads its own items
        # "otrzymają w projekcie pomoc …": the project named before the first form
        clause = _words_re("enumeration_lead_project").sub("", clause, count=1)
        clause = _restated(clause, m.lastgroup)
        items = _read_clause(clause, m.lastgroup, share_i=True)
        if not items and e and e.group(0) == ":" and not nxt and len(clause.split()) == 1:
            # "wezmą udział w zajęciach: plastycznych, ruchowych i muzycznych": the bare head
            # before the colon shared by the adjectives after it
            after = rest[e.end() :]
            stop = end_re.search(after)
            adjs = [
                compact(p) for p in _PART_SPLIT.split(after[: stop.start()] if stop else after)[::2]
            ]
            adjs = [a.strip(" ,;") for a in adjs if a.strip(" ,;")]
            if len(adjs) >= 2 and all(_adjective_only(a) for a in adjs):
                items = _read_clause(", ".join(f"{clause.strip()} {a}" for a in adjs), m.lastgroup)
        if not items and e and e.group(0) == ":" and not nxt:
            # "z oferty zajęć pozalekcyjnych, m.in. zajęć: opiekuńczych, plastycznych, języka
            # angielskiego": the form head before the colon shared by the series after it
            items = _colon_series(clause, rest[e.end() :], m.lastgroup)
        colon_forms = (
            not items
            and e
            and e.group(0) == ":"
            and not nxt
            and _words_re("enumeration_category_lead").match(clause)
        )
        if colon_forms:
            # "zaplanowano działania ułatwiające wejście na rynek pracy: zdobycie kompetencji,
            # wsparcie psychologiczne …": the general word before the colon, the forms after it
            after = rest[e.end() :]
            stop = end_re.search(after)
            listed = after[: stop.start()] if stop else after
            out += (
                _domain_examples(raw_rest.split(":", 1)[-1], end_re)
                or _colon_topics(listed)
                or _read_clause(listed, m.lastgroup)
            )
            continue
        if items and e and e.group(0) == ":" and not nxt:
            after = rest[e.end() :]
            stop = end_re.search(after)
            kinds = [
                compact(p) for p in _PART_SPLIT.split(after[: stop.start()] if stop else after)[::2]
            ]
            kinds = [k.strip(" ,;") for k in kinds if 0 < len(k.strip(" ,;")) <= 60]
            topics = [_nominative_topic(k) for k in kinds]
            if (
                len(kinds) >= 2
                and all(k[:1].islower() for k in kinds)
                and all(t is not False for t in topics)
                and sum(t is True for t in topics) * 2 >= len(kinds)
            ):
                # "odbyły się szkolenia dodatkowe: pierwsza pomoc, autoprezentacja": the topics
                items = items[:-1] + kinds
            elif kinds and " " not in items[-1] and all(k[:1].islower() for k in kinds):
                # "zorganizowano kursy: kucharza, magazyniera": the head shared by what follows
                items = items[:-1] + [f"{items[-1]} {k}" for k in kinds]
        out += items
    # "Treningi …, kursy … i staże to tylko część …"
    for m in _words_re("enumeration_before").finditer(text):
        head = text[: m.start()].rsplit("\n", 1)[-1]  # (not a heading line above it)
        start = _SENTENCE_START.search(head)
        out += _read_clause(_PAREN.sub("", head[start.end() if start else 0 :]), "nom")
    # "form aktywizacji – społecznej, zawodowej i …"
    for m in _words_re("adjective_series").finditer(text):
        out += _adjective_series(m.group("nouns"), m.group("list"))
    return list(dict.fromkeys(out))


_COLON_SERIES_MIN = 3  # the adjectives a series after a head and a colon opens with, at least


def _colon_series(clause: str, after: str, case: str | None) -> list[str]:
    """The items of a series after a colon that shares the form head ending the clause before
    it: 'zajęć' + 'opiekuńczych, plastycznych, języka angielskiego, nauki pływania' ->
    'zajęcia opiekuńcze', 'zajęcia plastyczne', 'zajęcia języka angielskiego', 'nauka pływania'.
    Only when the series opens with three adjectives or more (the head's own kinds); after them a
    genitive is the head's topic and a phrase with a form head its own item; anything else ends
    the series. [] when the clause ends in no form head."""
    words = clause.split()
    if not words:
        return []
    head_word = words[-1]
    heads = _heads()[0]
    head_ph = to_nominative(head_word, case) or to_nominative(head_word)
    if head_ph is None or head_ph.head_lemma not in heads:
        return []
    _trig, end_re, _clause_re, _prefix_re = _enumeration_res()
    stop = end_re.search(after)
    listed = after[: stop.start()] if stop else after
    parts = [compact(p).strip(" ,;") for p in _PART_SPLIT.split(listed)[::2]]
    parts = [p for p in parts if p]
    lead = 0
    while lead < len(parts) and _adjective_only(parts[lead]):
        lead += 1
    if lead < _COLON_SERIES_MIN:
        return []
    out: list[str] = []
    for part in parts:
        if _PLACE_OR_TIME.match(part):
            break  # "…, w tym w szkole": where, not another form
        part = _prefix_re.sub("", part)  # ("a także z pomocy …")
        if not part or any(t.pos == "prep" for t in _analyse(part.split()[0])):
            break  # "… przygotowaniu do kolejnych lekcji": the series has ended
        if _adjective_only(part):
            each = to_nominative(f"{head_word} {part}", case) or to_nominative(
                f"{head_word} {part}"
            )
            if each is None:
                break
            out.append(each.text)
            continue
        own = to_nominative(part, "gen")
        if own is not None and own.head_lemma in heads:
            out.append(own.text)  # "nauki pływania": a form of its own
        elif _genitive(part) and not _person_noun(part.split()[0], "gen"):
            out.append(f"{head_ph.text} {part}")  # "języka angielskiego": the head's topic
        else:
            break
    return [x for x in out if 3 <= len(x) <= 100]


def _adjective_series(nouns: str, series: str) -> list[str]:
    """'instrumenty aktywnej integracji: edukacyjne, społeczne' -> 'instrumenty edukacyjne', …;
    'form aktywizacji – społecznej, zawodowej' -> 'aktywizacja społeczna', …: each adjective with
    the noun it agrees with."""

    adjs = [a.strip() for a in _PART_SPLIT.split(series)[::2] if a.strip()]
    if len(adjs) < 2 or not all(_adjective_only(a) and " " not in a for a in adjs):
        return []
    out = []
    for adj in adjs:
        for w in nouns.split():
            nouns_t = [t for t in _analyse(w) if t.pos == "subst"]
            agree = [
                (n, a)
                for n in nouns_t
                for a in _analyse(adj)
                if a.pos == "adj"
                and n.number & a.number
                and n.case & a.case
                and (n.gender & a.gender)
            ]
            if agree:
                case = sorted(agree[0][0].case & agree[0][1].case)[0]
                ph = to_nominative(f"{w} {adj}", case)
                if ph:
                    out.append(ph.text)
                break
            nominative_adj = [a for a in _analyse(adj) if a.pos == "adj" and "nom" in a.case]
            if any(  # "warsztatów, m.in. kulinarne": the adjectives named in the nominative
                n.number & a.number and n.gender & a.gender for n in nouns_t for a in nominative_adj
            ):
                head = to_nominative(w)
                if head:
                    out.append(f"{head.text} {adj}")
                break
    return out if len(out) == len(adjs) else []


@lru_cache(maxsize=1)
def _light_words() -> tuple[frozenset[str], frozenset[str]]:
    """The light heads and the light verbs' gerunds (data/instrument_words.yaml), as sets once
    (`_read_clause` built both anew on each of its ~9 calls per page)."""
    return frozenset(_words()["light_heads"]), frozenset(_words()["light_verbs"])


_WHERE_OPENING = re.compile(r"(?:w|we|na)\s", re.IGNORECASE)  # "zorganizowano w świetlicy …"


def _read_clause(clause: str, case: str | None, share_i: bool = False) -> list[str]:
    """The items of one enumeration, each in the nominative; a head shared by the parts after it
    ('pomocy terapeutów, psychologów' -> 'pomoc psychologów'; 'warsztaty stolarskie,
    krawieckie' joins adjectives; 'warsztatów autoprezentacji, savoir-vivre'u' shares 'warsztaty')."""

    _trig, _end_re, clause_re, prefix_re = _enumeration_res()
    heads, acronyms, generic, cut_re = _heads()
    lexicon = _instrument_lexicon()[0]
    light, light_verbs = _light_words()
    not_re = _not_instrument()
    out: list[str] = []
    prev_head: str | None = None  # "pomoc" of "pomoc terapeutów": shared by "psychologów"
    prev_kind = ""  # "person" or "gen": what the shared head was followed by
    prev_text = prev_raw = last_nom = ""
    prev_head_end = 0  # where the head (with its adjectives) of the item before ends
    series = False  # the item before was a shared head with an adjective of a series
    prev_cut = False  # the item before lost its words after a cut ("… w formie pobytu")
    pieces = _PART_SPLIT.split(clause)
    own_case = case  # the case the trigger governs (a light head turns `case` genitive)
    head_raw = ""  # the shared genitive-taking head as written ("warsztatach" of "… robotyki")
    prev_shared_gen = False  # the item before has that head shared with a genitive complement
    pending: list[tuple[int, str]] = []  # conjuncts of no known head (_with_conjuncts)

    def _form_head(ph) -> bool:
        return ph is not None and (ph.head_lemma in heads or ph.head_lemma in acronyms)

    for idx in range(0, len(pieces), 2):
        sep = pieces[idx - 1] if idx else ""
        raw = compact(pieces[idx]).strip(" ,;:")
        if not raw or clause_re.match(raw):
            continue
        shared = (
            _shared_complement(prev_text, prev_head_end, raw)
            if out and prev_text == out[-1] == last_nom
            else None
        )
        if shared:  # "wyjazdy do teatru i muzeum": "wyjazdy do muzeum", the head and its
            # preposition shared ("…, do kina, na piknik": the head shared)
            out.append(shared)
            prev_text = last_nom = shared
            prev_head = None
            continue
        topic = _topic_conjunct(raw, prev_text, prev_head_end, cut_re) if out else None
        if topic and prev_text == last_nom and (out[-1] == prev_text or series):
            # "poradnictwa prawnego, psychologicznego oraz z zakresu psychologii dziecięcej":
            # the head of the series with the topic ("poradnictwo z zakresu psychologii …")
            out.append(topic)
            prev_text = last_nom = topic
            prev_head = None
            continue
        qualified = (
            _head_qualifier(prev_raw, len(prev_text[:prev_head_end].split()), raw)
            if prev_text
            and prev_head_end
            and prev_text == last_nom
            and (
                not prev_text[prev_head_end:].strip()
                or _adjective_only(prev_text[prev_head_end:].strip())
            )
            else None
        )
        if qualified:  # "działania środowiskowe i integrujące", "usług opiekuńczych i
            # specjalistycznych w miejscu zamieszkania": the head shared
            each = to_nominative(qualified, case)
            if each and 3 <= len(each.text) <= 100:
                out.append(each.text)
                prev_text = last_nom = each.text
                prev_raw, prev_head_end = qualified, each.head_end
                prev_head = None
                continue
        first_tags = _analyse(raw.split()[0])
        if any(t.pos == "pact" for t in first_tags):
            continue  # "…, potrzebujących pomocy": an active participle qualifies what came before
        if idx == 0 and case in ("acc", "nom") and _WHERE_OPENING.match(raw):
            continue  # "zorganizowano w świetlicy wiejskiej": where, not what
        part = _POSSESSIVE.sub("", prefix_re.sub("", raw))
        part = _STAFF_PARTICIPLE.sub("", part)  # "pomoc zatrudnionego w projekcie asystenta"
        uncut = part
        part = _cut_part(part, cut_re)
        cut_now = part != uncut
        part = _before_finite(part)  # "paczek żywnościowych trafi do 300 osób": the clause goes on
        part, part_case = _uncounted(part, case)  # "12 warsztatów kulinarnych": the form counted
        if not part or len(part) > 100:
            continue
        joined_by_i = sep.strip() == "i"
        if prev_text and part[:1].islower() and _adjective_only(part):
            head_words = len(prev_text[:prev_head_end].split())
            rest_of_prev = prev_text[prev_head_end:].strip()
            bare = prev_head_end and (not rest_of_prev or _adjective_only(rest_of_prev))
            if prev_head_end and prev_text == last_nom and (bare or not joined_by_i or series):
                # "zajęcia ruchowe i plastyczne", "warsztaty …, florystyczne": the head shared
                # (and by the last adjective of a series: "warsztatach rękodzieła, kulinarnych
                # i komputerowych")
                raw_head = " ".join(prev_raw.split()[:head_words])
                each = to_nominative(f"{raw_head} {part}", case)
                if (
                    each
                    and series
                    and each.text.split()[-1].lower() == part.split()[-1].lower()
                    and not any("nom" in t.case for t in _analyse(part.split()[-1]))
                ):
                    each = None  # the adjective does not agree with the head: not its series
                if each and 3 <= len(each.text) <= 100:
                    out.append(each.text)
                    series = True
                    continue
            if (
                prev_head_end
                and rest_of_prev
                and (
                    _agrees_with_head_only(prev_raw, head_words, part)
                    or (  # "warsztaty robotyki, informatyki i kulinarne": the complements of
                        # the shared head are genitives; an adjective that is none is the head's
                        prev_shared_gen
                        and not any("gen" in t.case for t in _analyse(part.split()[-1]))
                    )
                )
            ):
                # "kursy języków obcych i komputerowe": the adjective agrees with the head, not
                # with its complement: another form of the same head ("kursy komputerowe")
                raw_head = " ".join(prev_raw.split()[:head_words])
                each = to_nominative(f"{raw_head} {part}", case)
                if each and 3 <= len(each.text) <= 100:
                    out.append(each.text)
                    prev_text = last_nom = each.text
                    prev_raw, prev_head_end = f"{raw_head} {part}", each.head_end
                    continue
            if prev_cut:
                continue  # "opiekę … w formie pobytu dziennego i całodobowego": the adjective
                # of the words cut off the item before, not of the item
            # "treningów budżetowania i wychowawczych": the adjective of the complement
            prev_raw = f"{prev_raw} i {part}"
            joined = to_nominative(prev_raw, case)
            out[-1] = prev_text = joined.text if joined and prev_text == last_nom else prev_raw
            last_nom = prev_text
            prev_head_end = 0
            continue
        series = False
        shared_gen = False
        first, _, rest = part.partition(" ")
        if rest and any(
            (t.pos == "subst" and t.lemma.split(":")[0] in light)
            or (t.pos == "ger" and t.lemma.split(":")[0] in light_verbs)
            for t in _analyse(first)
        ):
            part, case = rest, "gen"  # "organizację warsztatów, szkoleń …": what is organised
            part = re.sub(r"^(?:do|z|ze)\s+", "", part)  # "dostęp do usług prawnika"
            part, part_case = _uncounted(part, case)
        ph = to_nominative(part, part_case)
        if part_case != own_case and not _form_head(ph):
            # "cykl spotkań z prawnikiem oraz konsultacje z mediatorem": after the genitive of a
            # light head the governed case again
            ph = to_nominative(part, own_case) or ph
        if ph is None:
            if prev_head and prev_kind == "gen" and not joined_by_i and _genitive(part):
                item = f"{prev_head} {part}"  # "savoir-vivre'u": unknown to the analyser
                out.append(item)
                prev_text = prev_raw = last_nom = item
            else:
                prev_head = None
            continue
        new_head, new_kind = None, ""
        if ph.head_lemma in acronyms:
            item = part
        elif ph.head_lemma in heads:
            item = ph.text
            after = item[ph.head_end :].split()
            if (
                not_re.search(item)
                or (
                    ph.head_lemma in generic
                    and (
                        not after
                        or (after[0][:1].isupper() and not lexicon.search(item))
                        or (  # "wsparcie dopasowane do potrzeb" (not "zajęcia rozwijające pasje")
                            _participle_only(after[0])
                            and not (
                                len(after) > 1
                                and ph.head_lemma in _words()["participle_named_heads"]
                                and _active_participle(after[0])
                            )
                        )
                        or after[0][:1].isdigit()  # "wsparcie 6 istniejących CIS": a count, cut
                    )
                )
            ):
                prev_head, prev_text = None, ""
                if (
                    not after
                    and not not_re.search(item)
                    and len(part.split()) == 1
                    and not cut_now  # ("usługi w formie pobytu …": the words after it cut)
                ):
                    # "usług, np. opiekuńczych, pielęgniarskich": a bare head kept for the
                    # adjectives after it (not stored alone)
                    prev_text = last_nom = item
                    prev_raw, prev_head_end = part, ph.head_end
                continue  # "kompleksowa pomoc", "programy", "pomoc Ośrodka" (not "zajęcia Klubu …")
            if after and _person_noun(after[0], "gen"):  # "pomoc terapeutów"
                new_head, new_kind = item[: ph.head_end], "person"
            elif len(after) > 1 and after[0] in ("z", "ze") and _person_noun(after[1], "inst"):
                new_head, new_kind = f"{item[: ph.head_end]} {after[0]}", "person"
            elif after and _genitive(" ".join(after)):  # "warsztaty autoprezentacji"
                new_head, new_kind = item[: ph.head_end], "gen"
                head_raw = " ".join(part.split()[: len(new_head.split())])
        elif (
            prev_head
            and prev_kind == "person"
            and not (prev_cut and joined_by_i)  # "wsparcie psychologa dla dzieci i rodziców":
            # the person after "i" is the cut words' ("dla dzieci"), not the head's complement
            and _continues_person_series(part, ph.head_gender)
        ):
            item = f"{prev_head} {part}"  # "…, psychologów": the head before it
            new_head, new_kind = prev_head, prev_kind
        elif (
            prev_head
            and prev_kind == "gen"
            and ph.head_gender != "m1"
            and _genitive(part)
            and not _person_noun(part.split()[0], "nom")  # "…, psycholog": a person, no topic
        ):
            if joined_by_i and out:  # "twórczej kobiecości i autoprezentacji": one item
                out[-1] = prev_text = prev_raw = last_nom = f"{out[-1]} i {part}"
                continue
            item = f"{prev_head} {part}"  # "…, radzenia sobie ze stresem": the head before it
            new_head, new_kind = prev_head, prev_kind
            shared_gen = True
        else:
            if _conjunct_form(ph, part, idx == 0):
                pending.append((len(out), ph.text))
            prev_head, prev_text = None, ""  # what follows is not shared with an older item
            continue
        prev_head, prev_kind = new_head, new_kind
        if (
            (
                sep.strip() in ("lub", "albo")
                or (share_i and joined_by_i and _shares_adjective(out, item))
            )
            and out
            and " " not in out[-1]
            and out[-1] == last_nom
            and " " in item
        ):  # "kursy lub szkolenia zawodowe", "kursy i szkolenia zawodowe": one form, its
            # adjective shared
            out[-1] = prev_text = last_nom = f"{out[-1]} {sep.strip()} {item}"
            prev_raw, prev_head_end = part, 0
            continue
        if 3 <= len(item) <= 100:
            out.append(item)
            prev_cut = cut_now
            prev_text, prev_raw = item, part
            last_nom = ph.text if item == ph.text else item
            prev_head_end = ph.head_end if item == ph.text else 0
            prev_shared_gen = shared_gen
            if shared_gen and head_raw:
                # "warsztaty robotyki, informatyki i kulinarne": the shared head, as written,
                # before the complement, so that an adjective after it qualifies the head
                prev_raw, prev_head_end = f"{head_raw} {part}", len(prev_head or "")
    return _with_conjuncts(out, pending)


_CONJUNCT_WORDS = 4  # the longest conjunct of no known head read with its forms


def _conjunct_form(ph, part: str, first: bool) -> bool:
    """A part of an enumeration whose head no lexicon knows, a common noun phrase of two to four
    words in the enumeration's case ("dojazd do ośrodka" before "wyżywienie oraz zajęcia"): a
    candidate form, read only when it opens an enumeration of two forms or more (_with_conjuncts).
    Not a name, a person, a gain, a general or category word, nor an aim's verbal noun."""
    words = part.split()
    if ph is None or not 2 <= len(words) <= _CONJUNCT_WORDS or re.search(r"\d", part):
        return False  # (one word alone, "krawiectwo", "joga", is a trade or a topic as often)
    if any(x[:1].isupper() for x in words[1:]) or (not first and words[0][:1].isupper()):
        return False  # "…, Gminny Ośrodek …", "koncert Krzysztofa …": a name
    w = _words()
    skip = (
        _outcome_heads()
        | frozenset(w["generic_heads"])
        | frozenset(w["light_heads"])
        | frozenset(w["category_heads"])
        | frozenset(w["conjunct"]["not_heads"])
    )
    if ph.head_lemma in skip or ph.head_gender == "m1":
        return False  # a gain, a general word, a person ("psycholog"): no form of its own
    head_tags = _analyse(ph.text.split()[len(ph.text[: ph.head_end].split()) - 1])
    if any(t.pos == "ger" for t in head_tags):
        return False  # "podniesienie kwalifikacji", "znalezienie pracy": an aim's verbal noun
    return not _not_instrument().search(ph.text)


def _with_conjuncts(out: list[str], pending: list[tuple[int, str]]) -> list[str]:
    """The enumeration's items, opened by the conjuncts of no known head that stand before all
    of them, when two or more items follow ("dojazd do ośrodka, wyżywienie oraz zajęcia": the
    trigger's first object, coordinated with forms, is one too). A conjunct between or after the
    forms is left out: there it is as often a topic or a trade ("m.in. w krawiectwie")."""
    if len(out) < 2:
        return out
    return [text for at, text in pending if at == 0] + out


def _head_qualifier(prev_raw: str, head_words: int, raw: str) -> str | None:
    """After an item that is a head and its adjectives ("działania środowiskowe", "usług
    opiekuńczych"), a part that is another qualifier of the same head: a lone participle
    ("integrujące") or an adjective and a prepositional phrase ("specjalistycznych w miejscu
    zamieszkania"), agreeing with the head in case, number and gender. Returns the head (as
    written) with the part, or None."""
    from .inflect import _analyse

    words = raw.split()
    head = prev_raw.split()[:head_words]
    if not head or not words or not raw[:1].islower():
        return None
    first = [t for t in _analyse(words[0]) if t.pos in ("adj", "pact")]
    if not first or any(t.pos not in ("adj", "pact", "depr") for t in _analyse(words[0])):
        return None
    if len(words) == 1:
        if not any(t.pos == "pact" for t in first):
            return None  # a lone adjective: read by the adjective series
    nouns = [t for t in _analyse(head[-1]) if t.pos in ("subst", "ger")]
    if len(words) > 1 and any(t.pos == "pact" for t in first):
        # "zajęć sportowych i dotyczących zagadnień społecznych": a participle and its object
        # name a form of the heads that it names (not "…, prowadzącego do zatrudnienia": what
        # the help does)
        named = _words()["participle_named_heads"]
        if len(words) > 5 or not any(n.lemma.split(":")[0] in named for n in nouns):
            return None
    elif len(words) > 1 and (words[1].lower() not in _complement_words()[0] or len(words) > 6):
        return None
    if not any(
        a.case & n.case and a.number & n.number and a.gender & n.gender
        for a in first
        for n in nouns
    ):
        return None
    return f"{' '.join(head)} {raw}"


def _agrees_with_head_only(prev_raw: str, head_words: int, adjective: str) -> bool:
    """'kursy języków obcych' before 'i komputerowe': the adjective agrees (case, number and
    gender) with the head the item opens with and shares no case with the last word of the head's
    complement's first noun (in 'treningów budżetowania i wychowawczych' both are genitives: the
    adjective's case is the complement's, one item)."""
    from .inflect import _analyse

    words = prev_raw.split()
    adj = adjective.split()
    if len(adj) != 1 or len(words) <= head_words:
        return False
    heads = [t for t in _analyse(words[head_words - 1]) if t.pos in ("subst", "ger")]
    adjs = [t for t in _analyse(adj[0]) if t.pos == "adj"]
    # the complement's case: its first noun's ("języków" of "kursy języków obcych")
    nouns = [t for t in _analyse(words[head_words]) if t.pos in ("subst", "ger")]
    last = {c for t in (nouns or _analyse(words[-1])) for c in t.case}
    agree = any(
        a.case & h.case and a.number & h.number and a.gender & h.gender for a in adjs for h in heads
    )
    return agree and bool(last) and not any(a.case & last for a in adjs)


@lru_cache(maxsize=1)
def _complement_words() -> tuple[frozenset[str], frozenset[str]]:
    w = _words()["shared_complement"]
    return frozenset(w["prepositions"]), frozenset(w["kept"])


_COMPLEMENT_NOUNS = ("subst", "ger")
_COMPLEMENT_POS = ("subst", "ger", "adj")


def _topic_conjunct(raw: str, prev: str, head_end: int, cut_re: re.Pattern[str]) -> str | None:
    """'z zakresu psychologii dziecięcej' after 'poradnictwo psychologiczne' -> 'poradnictwo z
    zakresu psychologii dziecięcej': a topic that ends a series of adjectives sharing one head
    (data/instrument_words.yaml topic_conjunct) takes that head; None when the item before is no
    bare head with its adjectives."""
    if not head_end or not _words_re("topic_conjunct").match(raw):
        return None
    rest = prev[head_end:].strip()
    if rest and not _adjective_only(rest):
        return None
    topic = _before_finite(_cut_part(raw, cut_re)).strip(" ,;.")
    if len(topic.split()) < 3:
        return None
    item = f"{prev[:head_end].strip()} {topic}"
    return item if len(item) <= 100 else None


def _shared_complement(prev: str, head_end: int, raw: str) -> str | None:
    """The item before named a head with a prepositional complement ("wyjazdy do teatru",
    "zajęcia z matematyki", "warsztaty z zakresu komunikacji"); a part after it that is only
    another complement shares the head: a preposition and its noun ("…, do kina, na piknik") or
    a noun in the case of the complement's noun ("… i muzeum", "… i języka angielskiego",
    "… i asertywności" -> "warsztaty z zakresu asertywności"). Not a form of support of its own
    ("… i warsztaty"), a person or group ("dla dzieci i młodzieży"), a name or a clause."""
    from .inflect import _analyse, has_finite_verb, to_nominative

    if not prev or not head_end:
        return None
    preps, kept = _complement_words()
    head = prev[:head_end].rstrip()
    after = prev[head_end:].split()
    # the head's own adjectives before its complement ("zajęcia tematyczne z przedsiębiorczości")
    # stay with the head
    lead = 0
    while lead < min(2, len(after) - 1) and after[lead].lower() not in preps:
        if not _adjective_only(after[lead]):
            break
        lead += 1
    if lead:
        head, after = f"{head} {' '.join(after[:lead])}", after[lead:]
    words = raw.split()
    if not 2 <= len(after) <= 4 or after[0].lower() not in preps or not 1 <= len(words) <= 3:
        return None
    heads, acronyms = _heads()[0], _heads()[1]
    if any(w[:1].isupper() or not w.isalpha() for w in words) or has_finite_verb(raw):
        return None
    if words[0].lower() in preps:
        rest = words[1:]
        if not rest or not all(any(t.pos in _COMPLEMENT_POS for t in _analyse(w)) for w in rest):
            return None
        ph = to_nominative(" ".join(rest))
        if ph is not None and (ph.head_lemma in heads or ph.head_lemma in acronyms):
            return None
        return f"{head} {raw}"
    # a gerund names a topic as a noun does ("warsztaty z gotowania, szycia i rysowania")
    last = [t for t in _analyse(after[-1]) if t.pos in _COMPLEMENT_NOUNS]
    nouns = [t for w in words for t in _analyse(w) if t.pos in _COMPLEMENT_NOUNS]
    if (
        not last
        or not nouns
        or not all(any(t.pos in _COMPLEMENT_POS for t in _analyse(w)) for w in words)
        or not any(n.case & t.case for n in nouns for t in last)
        or any(n.lemma.split(":")[0] in heads or n.lemma in acronyms for n in nouns)
        or any(_person_noun(w, c) for w in words for c in ("gen", "dat", "inst", "acc", "loc"))
    ):
        return None
    keep = after[:2] if len(after) > 2 and after[1].lower() in kept else after[:1]
    return f"{head} {' '.join(keep)} {raw}"


_PARTICIPLE_CUT = re.compile(r"\s+(?P<word>\w+ąc\w*)$")
_OBJECT_WORDS = 3  # the words of a participle's object kept after a bare head


def _cut_part(part: str, cut_re: re.Pattern[str]) -> str:
    """The part up to where its explanation starts ("kursy zawodowe prowadzone przez …" ->
    "kursy zawodowe"); but a bare head cut at an active participle keeps the participle and its
    object, which name the form ("kursów podnoszących kwalifikacje" -> "kursów podnoszących
    kwalifikacje", not the bare "kursów")."""

    cut = cut_re.search(part)
    if not cut:
        return part
    kept = part[: cut.start()]
    word = _PARTICIPLE_CUT.search(cut.group(0))
    if (
        " " in kept.strip()
        or not word
        or not any(t.pos == "pact" for t in _analyse(word.group("word")))
    ):
        return kept
    rest = part[cut.end() :]
    stop = cut_re.search(rest)
    obj = (rest[: stop.start()] if stop else rest).split()[:_OBJECT_WORDS]
    if not obj:
        return kept
    return f"{kept} {word.group('word')} {' '.join(obj)}"


# a participle of hiring between a general head and the person whose help it is ("pomoc
# zatrudnionego w projekcie asystenta rodziny" -> "pomoc asystenta rodziny")
_STAFF_PARTICIPLE = re.compile(
    r"(?<=\s)(?:zatrudnion|zaangażowan)\w*(?:\s+(?:w\s+projekcie|w\s+ramach\s+projektu|przez\s+\w+))?\s+(?=\w)",
    re.IGNORECASE,
)
_COUNT = re.compile(r"^(?P<n>\d{1,4})\s*(?=[^\W\d])")


def _uncounted(part: str, case: str | None) -> tuple[str, str | None]:
    """An enumerated part without the count before it, and the case its noun then takes: after
    five and more (and after 12-14) a noun the sentence governs in the nominative or the
    accusative is genitive ("odbyło się 12 warsztatów kulinarnych" -> "warsztatów kulinarnych",
    gen); after 2-4 and 1 its case is the governed one ("3 spotkania"); a measure between the count
    and the form ("40 godzin doradztwa") leaves the form in the genitive."""
    m = _COUNT.match(part)
    if not m:
        return part, case
    rest = part[m.end() :]
    measured = _measure_word().sub("", rest)
    if measured != rest:
        return measured, "gen"
    n = int(m.group("n"))
    few = n == 1 or (n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14))
    if not few and case in (None, "nom", "acc"):
        return rest, "gen"
    return rest, case


def _participle_only(word: str) -> bool:
    """A passive or active participle and nothing else ("dopasowane", "udzielana"): what follows a
    general head says how it is given, it names no form ("wsparcie dopasowane do potrzeb")."""

    tags = _analyse(word)
    return bool(tags) and all(t.pos in ("ppas", "pact") for t in tags)


def _active_participle(word: str) -> bool:

    return any(t.pos == "pact" for t in _analyse(word))


def _shares_adjective(out: list[str], item: str) -> bool:
    """'kursy' before 'i szkolenia zawodowe': a bare plural head of a strong form-of-support noun
    ('kursy', 'warsztaty', 'szkolenia') before a plural noun and its adjectives only, the
    adjectives agreeing with both nouns: one form named by two nouns, its adjective shared."""

    if not out or " " in out[-1] or (len(out) > 1 and " " not in out[-2]):
        return False  # (a series of bare nouns, "warsztaty, szkolenia i staże zawodowe": the
        # adjective is the last one's)
    words = item.split()
    strong = _content_words()[0]
    bare = [
        t
        for t in _analyse(out[-1])
        if t.pos == "subst"
        and "nom" in t.case
        and "pl" in t.number
        and t.lemma.split(":")[0] in strong
    ]
    head = [t for t in _analyse(words[0]) if t.pos == "subst" and "pl" in t.number]
    if not bare or not head or len(words) > 3 or not _adjective_only(" ".join(words[1:])):
        return False
    adjs = [t for t in _analyse(words[1]) if t.pos == "adj" and "nom" in t.case]
    return any(a.gender & b.gender and "pl" in a.number for a in adjs for b in bare)


def nominative(phrase: str) -> str:
    """A form of support named in prose, in the nominative ('szkoleń komputerowych' ->
    'szkolenia komputerowe'); the phrase as it is when no noun heads it."""

    ph = to_nominative(phrase)
    return ph.text if ph else phrase


_DOMAIN_PART = re.compile(
    r"(?P<domain>[^\W\d][\w-]*(?:\s+[^\W\d][\w-]*)?)\s*\((?P<examples>[^()]*)\)"
)
_DOMAIN_GLUE = re.compile(r"^(?:[\s,;]|\b(?:i|oraz|a\s+także)\b)*$")
_EXAMPLE_LEAD = re.compile(r"^\s*(?:m\.\s?in\.|np\.|tj\.|w\s+tym|takie\s+jak)\s*", re.IGNORECASE)


def _domain_examples(after: str, end_re: re.Pattern[str]) -> list[str]:
    """The forms named in parentheses after the domains a colon list names ("działania z zakresu:
    zdrowia (m.in. edukacja zdrowotna, spotkania z lekarzem), kultury (wyjścia do kina)"): each
    parenthesis read as an enumeration in the nominative, when two or more domains have one and
    nothing but the domains and their parentheses is listed; else none."""
    masked = _PAREN.sub(lambda p: " " * len(p.group(0)), after)
    stop = end_re.search(masked)
    listed = after[: stop.start()] if stop else after
    parts = list(_DOMAIN_PART.finditer(listed))
    if len(parts) < 2 or not _DOMAIN_GLUE.match(_DOMAIN_PART.sub("", listed)):
        return []
    out: list[str] = []
    for p in parts:
        examples = _EXAMPLE_LEAD.sub("", p.group("examples"))
        # the forms by their heads, else short topics as written ("nordic walking, aerobik")
        out += _read_clause(examples, "nom") or _colon_topics(examples)
    return out


def _restated(clause: str, case: str | None) -> str:
    """A single general phrase restated as a list of forms ("zajęcia wspierające rozwój, czyli
    zajęcia plastyczne i komputerowe"): the list. A list before the restatement ("kursy i staże,
    czyli …") or fewer than two forms after it (an explanation of one form: "warsztaty kulinarne,
    czyli wspólne gotowanie"; "kursy, czyli szkolenia dla kucharzy i opiekunek") stays as it is."""
    m = _words_re("enumeration_restated").search(clause)
    if not m:
        return clause
    before, after = clause[: m.start()], clause[m.end() :]
    if _PART_SPLIT.search(before) or len(_read_clause(after, case)) < 2:
        return clause
    return after


def _colon_topics(listed: str) -> list[str]:
    """The parts after a colon as written when they are topics in the nominative ("…: pierwsza
    pomoc, autoprezentacja, savoir-vivre"), each short and in lower case; else none."""

    kinds = [compact(p).strip(" ,;") for p in _PART_SPLIT.split(listed)[::2]]
    kinds = [k for k in kinds if 0 < len(k) <= 60]
    topics = [_nominative_topic(k) for k in kinds]
    if (
        len(kinds) >= 2
        and all(k[:1].islower() for k in kinds)
        and all(t is not False for t in topics)
        and sum(t is True for t in topics) * 2 >= len(kinds)
    ):
        return kinds
    return []


def _nominative_topic(part: str) -> bool | None:
    """True when the part is headed by a noun that is nominative and cannot be genitive
    ("autoprezentacja", "pierwsza pomoc przedmedyczna", "bezpieczeństwo domowe"), False when not
    ("kucharza", "obsługi wózka"), None when the analyser knows none of its words ("savoir-vivre")."""

    for w in part.split()[:3]:
        analysed = [t for t in _analyse(w) if t.pos != "ign"]
        if not analysed:
            return None
        tags = [t for t in analysed if t.pos in ("subst", "ger")]
        if not tags:
            if any(t.pos in ("adj", "adja") for t in analysed):
                continue  # an adjective before the noun
            return False
        return any("nom" in t.case for t in tags) and not any("gen" in t.case for t in tags)
    return False


def _genitive(part: str) -> bool:
    """The part's first content word is a noun or a gerund that can be genitive (or a word the
    analyser does not know: 'savoir-vivre'u')."""

    words = part.split()
    for w in words[:3]:
        tags = _analyse(w.strip("’'"))
        if not tags or all(t.pos == "ign" for t in tags):
            return True
        if any(t.pos in ("subst", "ger") and "gen" in t.case for t in tags):
            return True
        if not any(t.pos in ("adj", "adja") for t in tags):
            return False
    return False


def _continues_person_series(part: str, head_gender: str) -> bool:
    """A part that goes on a series of persons after a shared head ("porady prawnika, pielęgniarki,
    psychologa"): a masculine-personal noun, or a feminine noun in the genitive (the analyser
    marks no feminine noun as a person: "pielęgniarki", "terapeutki")."""
    return head_gender == "m1" or (head_gender == "f" and _person_noun_f(part.split()[0]))


def _person_noun_f(word: str) -> bool:

    return any(t.pos == "subst" and "f" in t.gender and "gen" in t.case for t in _analyse(word))


def _person_noun(word: str, case: str) -> bool:

    return any(t.pos == "subst" and "m1" in t.gender and case in t.case for t in _analyse(word))


def _adjective_subitems(units: list[Unit], after: list[int]) -> list[int]:
    """The items right after a list head ending in a colon that are bare adjectives
    ("pedagogiczne", "prawne,"; a word a page cut short, "psyc", among them): two or more of them
    qualify the head, which is the form. Their indices; empty when there are fewer."""
    run, adjectives = [], 0
    for k in after:
        body = _item_body(units[k]).strip(" ,.;")
        if body and _adjective_only(body):
            adjectives += 1
        elif not body or len(body) > 5 or " " in body:
            break
        run.append(k)
    return run if adjectives >= 2 else []


_ADJ_POS = ("adj", "adja", "adv", "conj", "depr")


def _adjectival(ts) -> bool:
    """Every reading of a word is an adjective's (or an adverb's, a conjunction's), or a noun that
    is the same adjective nominalised: "tanecznych" reads as the adjective "taneczny:A" and as
    the noun "taneczny:S", the one word."""
    adj_lemmas = {t.lemma.split(":")[0] for t in ts if t.pos in ("adj", "adja")}
    return bool(ts) and all(
        t.pos in _ADJ_POS or (t.pos == "subst" and t.lemma.split(":")[0] in adj_lemmas) for t in ts
    )


def _adjective_only(part: str) -> bool:

    words = part.split()
    # ("taneczne" is also a depreciative noun form: still an adjective here)
    return bool(words) and all(_adjectival_word(w) for w in words)


@lru_cache(maxsize=32768)
def _adjectival_word(word: str) -> bool:
    """`_adjectival` of the word's readings, remembered per word form."""
    return _adjectival(_analyse(word))


@lru_cache(maxsize=1)
@case_free_results
def _english_res() -> tuple[re.Pattern[str], ...]:
    e = _words()["english"]
    flat = {k: _folded(v) if isinstance(v, str) else v for k, v in e.items()}
    return (
        # (a colon after the verb opens its list: "The project offers: …", "It includes: …")
        re.compile(rf"(?<!\w)(?:{flat['triggers']})(?:(?<=:)|(?!\w))\s*(?::\s*)?", re.IGNORECASE),
        re.compile(flat["words"], re.IGNORECASE),
        re.compile(flat["cut"], re.IGNORECASE),
        re.compile(flat["prefix"], re.IGNORECASE),
        re.compile(flat["not"], re.IGNORECASE),
        re.compile(flat["fragment_end"], re.IGNORECASE),
    )


_EN_WORD = re.compile(r"\b(?:the|and|of|will|with|for|from|also|were|was|is|are)\b")
_EN_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|;\s*|\s+and\s+|\s+or\s+|\s+as\s+well\s+as\s+")
_EN_END = re.compile(r"(?<!\b[A-Z])[.!?](?=\s|$)|\s[–—-]\s|:")
# "… in Kłodzk2.", "… of participants 2.": the next item's number, glued or after a space
_EN_GLUED_NUMBER = re.compile(r"(?:(?<=[^\d\s])|(?<=[^\d\s.,] ))(\d{1,2})\.$")
_EN_GLUED_NEXT = re.compile(r"(?<=[a-ząćęłńóśźż])(?=[A-Z][a-z])|[.!?](?:\s|$)")
_EN_CLAUSE = re.compile(
    r"\s*(?:where|which|who|whose|so\s+that|in\s+order|to\s+\w+|thanks)\b", re.I
)
_EN_NUMBERED = re.compile(r"^\s*1[.)]\s*")
# a list that is a sentence's subject meets its predicate ("… and transport will be offered")
_EN_PREDICATE = re.compile(r"\s(?:is|are|was|were|will|would|can|could)\s", re.IGNORECASE)
_EN_SUBJECT = re.compile(r"\b(?:the|it|they|this|these|we|our|its|their)\s", re.IGNORECASE)


_EN_AIM = re.compile(r"\b(?:objective|aim|goal|purpose)s?\b(?![^.]*\.\s)", re.IGNORECASE)
_EN_MEANS = re.compile(r"through|by\s+means\s+of", re.IGNORECASE)


def english_parts(text: str) -> list[str]:
    """The forms of support an English sentence enumerates: 'Participants will take part in
    vocational courses, job counselling and internships' -> ['vocational courses',
    'job counselling', 'internships']; 'three project tasks: 1. A 2. B 3. C' -> [A, B, C]."""
    trig = _english_res()[0]
    if _EN_INDICATOR.search(text):
        return []  # an indicator's line, or support for institutions and their staff
    # "specialised help – psychological, therapeutic and pedagogical –": the kinds before the noun
    text = _en_kinds_after_re().sub(lambda m: f"{m.group('kinds')} {m.group('noun')}", text)
    # (in an aim's sentence only the means count: "The objective is …, including healthcare" names
    # no support; "The aim is … through workshops" does)
    found = [
        m
        for m in trig.finditer(text)
        if not _EN_AIM.search(text[: m.start()]) or _EN_MEANS.match(m.group(0))
    ]
    read = [_english_after(text, m) for m in found]
    out: list[str] = []
    for k, m in enumerate(found):
        first_part = _EN_SPLIT.split(text[m.end() :], maxsplit=1)[0]
        if (
            k + 1 < len(found)
            and found[k + 1].start() < m.end() + len(first_part)
            and len(read[k + 1]) >= 2
        ):
            continue  # "Support offered in the project includes A, B": the later trigger reads them
        out += read[k]
    return list(dict.fromkeys(out))


_EN_ADJECTIVE = re.compile(r"^[a-z-]+(?:ic|al|ive|ary|ory)$")
_EN_ADJ = r"[a-z-]+(?:ic|al|ive|ary|ory)"


@lru_cache(maxsize=1)
def _en_kinds_after_re() -> re.Pattern[str]:
    w = _words()["english"]["kinds_after"]
    return re.compile(
        rf"(?:\b(?:{w['qualifiers']})\s+)?\b(?P<noun>{w['nouns']})\s*[–—:-]\s*"
        rf"(?P<kinds>{_EN_ADJ}(?:,\s*{_EN_ADJ})*,?\s+(?:and|or)\s+{_EN_ADJ})\b(?:\s*[–—-](?=\s))?"
    )


def _en_shared_head(parts: list[str]) -> list[str]:
    """Adjectives coordinated before the noun of a later part share it: "therapeutic and
    psychological support" -> "therapeutic support", "psychological support"; also inside a
    series ("social work, psychological and legal counselling, courses")."""
    out = list(parts)
    for k in range(len(out) - 1, 0, -1):
        words = out[k].strip().split()
        if len(words) == 2 and _EN_ADJECTIVE.match(out[k - 1].strip()):
            noun = words[1]  # "individual and group therapy": "individual therapy"
        elif len(words) < 2 or not _EN_ADJECTIVE.match(words[0]):
            continue
        else:
            noun = " ".join(words[1:])
        j = k - 1
        while j >= 0 and _EN_ADJECTIVE.match(out[j].strip()):
            out[j] = f"{out[j].strip()} {noun}"
            j -= 1
    return out


@lru_cache(maxsize=1)
def _en_preposition_re() -> re.Pattern[str]:
    preps = _words()["english"]["shared_preposition"]
    return re.compile(rf"^(?P<head>(?:[a-z-]+\s+){{1,3}}?)(?P<prep>{preps})\s+\w", re.IGNORECASE)


def _en_shared_preposition(parts: list[str]) -> list[str]:
    """A part that opens with the preposition a part before it has after its head shares that
    head: "help with finding work", "with social reintegration" -> "help with social
    reintegration" (data/instrument_words.yaml english.shared_preposition)."""
    out = list(parts)
    head: tuple[str, str] | None = None
    for k, part in enumerate(out):
        p = part.strip()
        m = _en_preposition_re().match(p)
        if head and p.lower().startswith(head[1] + " "):
            out[k] = f"{head[0]}{p}"
        elif m and m.group("head").strip().lower() not in _english_stop():
            head = (m.group("head"), m.group("prep").lower())
        else:
            head = None
    return out


_EN_GROUP_CUT = re.compile(r"\s+(?:for|to)\s+(?:the\s+|their\s+)?[a-z]+$", re.IGNORECASE)


def _en_cut(text: str, cut: re.Pattern[str]) -> str:
    """The text up to its explanation (data/instrument_words.yaml english.cut); a single event
    noun keeps the group it is for ("trips for families", "camps for children": the group makes
    it a form of support; english.event_heads), the rest after the group still cut."""
    m = cut.search(text)
    if m is None:
        return text
    head = text[: m.start()]
    if _en_event_head().match(head.strip()) and _EN_GROUP_CUT.match(m.group(0)):
        return text[: m.end()]
    return head


@lru_cache(maxsize=1)
def _en_event_head() -> re.Pattern[str]:
    return re.compile(_words()["english"]["event_heads"], re.IGNORECASE)


def _english_after(text: str, m: re.Match[str]) -> list[str]:
    """The items an English trigger (match `m` in `text`) opens."""
    _trig, words, cut, prefix, never, fragment = _english_res()
    out: list[str] = []
    rest = text[m.end() :]
    if text[: m.start()].count("(") > text[: m.start()].count(")"):
        rest = rest.split(")", 1)[0]  # a trigger inside a parenthesis: the list ends with it
    rest = _PAREN.sub("", rest)
    if _EN_NUMBERED.match(rest):  # "tasks:1.Creation of … 2. Social … 3. Vocational …"
        parts, n, pos = [], 2, _EN_NUMBERED.match(rest).end()
        while True:
            nxt = re.search(rf"(?<=[^\d\s])\s*{n}[.)]\s*(?=[A-Za-z])", rest[pos:])
            if not nxt:
                last = _EN_GLUED_NUMBER.sub("", rest[pos:].rstrip())
                parts.append(_EN_GLUED_NEXT.split(last)[0])
                break
            parts.append(rest[pos : pos + nxt.start()])
            pos += nxt.end()
            n += 1
    else:
        e = _EN_END.search(rest)
        parts = _EN_SPLIT.split(rest[: e.start()] if e else rest)
    parts = _en_shared_preposition(_en_shared_head(parts))
    for part in parts:
        if _EN_CLAUSE.match(part):
            break  # "…, where they will …": the sentence goes on after the list
        # "… such as A, B and C will be available to carers": the list is the subject, its
        # last part ends where the predicate starts (and nothing after it is an item)
        # (not "Through activities and meetings the project is to …": a subject of its own
        # before the verb, the part is a clause)
        predicate = _EN_PREDICATE.search(part)
        if predicate and not _EN_SUBJECT.search(part[: predicate.start()]):
            part = part[: predicate.start()]
        part = _en_cut(prefix.sub("", compact(part).strip(" ,;:")), cut).strip()
        if (
            3 <= len(part) <= 100
            and words.search(part)
            and not never.search(part)
            and not fragment.search(part)  # "advice on preparing": a phrase the cut broke
        ):
            out.append(part)
        if predicate:
            break
    return out


@lru_cache(maxsize=1)
def _english_place_re() -> re.Pattern[str]:
    w = _words()["english"]["created_places"]
    return re.compile(
        rf"(?:^|(?<=[\s,;:]))(?:an?|the|new)\s+(?P<np>(?:[\w-]+\s+){{0,3}}?(?:{w['heads']}))"
        rf"(?:\s+(?:for|of)\s+(?P<whom>[\w\s-]{{3,50}}?))?"
        rf"\s+(?:will\s+be|was|were|has\s+been|have\s+been|is|are|is\s+being)\s+(?:{w['verbs']})\b",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _english_active_place_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The active voice of a created place: the verb after its subject, and one coordinated
    place after it ("a day care centre for 20 elderly people", "a senior club")."""
    w = _words()["english"]["created_places"]
    return (
        re.compile(
            rf"\b(?:{_folded(w['subjects'])})\s+(?:{_folded(w['active_verbs'])})\s+", re.IGNORECASE
        ),
        re.compile(
            rf"(?:an?|the|new|\d{{1,3}}|two|three|four|five|six)\s+(?:new\s+)?"
            rf"(?P<np>(?:[\w-]+\s+){{0,3}}?(?:{w['heads']})s?)"
            rf"(?:\s+(?:for|of)\s+(?P<whom>[\w\s-]{{3,50}}))?",
            re.IGNORECASE,
        ),
    )


def _english_active_places(text: str) -> list[str]:
    """ "The project will create a day care centre for 20 elderly people and a senior club": each
    place the verb names, with whom it is for (not a count of persons: "for 20 …")."""
    verb_re, place_re = _english_active_place_res()
    out = []
    for m in verb_re.finditer(text):
        e = _EN_SENTENCE_END.search(text, m.end())
        for part in _EN_SPLIT.split(text[m.end() : e.start() if e else len(text)]):
            p = place_re.fullmatch(part.strip())
            if not p:
                break  # the places end where the sentence names something else
            whom = p.group("whom")
            np = compact(p.group("np"))
            if whom and not whom.strip()[:1].isdigit():
                out.append(f"{np} for {compact(whom)}")
            elif " " in np or whom:
                out.append(np)
    return out


_EN_PROJECT_WORD = re.compile(r"\b(?:project|programme|program|grant|will\s+be)\b", re.IGNORECASE)
_NEW_OPENING = re.compile(r"^new\s+", re.IGNORECASE)


def english_created_places(text: str) -> list[str]:
    """Places an English sentence says the project creates or opens ("a Senior Club will be
    established", "a day care centre for people with disabilities was opened"): each as written,
    with whom it is for (data/instrument_words.yaml english.created_places)."""
    out = []
    if not _EN_PROJECT_WORD.search(text):
        return out  # "The centre was established in 1990": a body's history, not the project's
    for m in _english_place_re().finditer(text):
        np = _NEW_OPENING.sub("", compact(m.group("np")))
        whom = m.group("whom")
        if " " not in np and not whom:
            continue  # "the centre was established in 1990": a body's history, no named place
        out.append(f"{np} for {compact(whom)}" if whom and " for " in m.group(0) else np)
    return out + _english_active_places(text)


@lru_cache(maxsize=1)
def _english_stop() -> frozenset[str]:
    return frozenset(_words()["english"]["content_stop"].split())


_EN_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?](?=\s|$)")
_EN_PREPOSITIONS = frozenset("to for in on at by with from of about".split())
_EN_DETERMINERS = frozenset(
    "the a an and or this that these those its their our it they them we there also".split()
)
# an indicator's sentence, or support for institutions and their staff, not for participants (the
# settled rule: help to organisations is no form of support)
_EN_INDICATOR = re.compile(
    r"\b(?:number\s+of|indicators?|outputs?\s+and\s+results)\b"
    r"|\bfor\s+(?:\w+\s+){0,3}?(?:institutions|organi[sz]ations|providers|entities|staff|employees"
    r"|personnel|workers)\b",
    re.I,
)
_EN_PHRASE_END = re.compile(
    r"\s+(?:is|are|was|were|will|have|has|had|can|could|would|helped|helps|help|allowed|allows"
    r"|enabled|enables|took|take|takes|started|starts|began|begin|begins|ended|ends|lasted|lasts"
    r"|continued|continue|continues|attracted|attract|attracts|enjoyed|ran|run|runs"
    r"|for|to|which|who|where|that|at|by|from|the)\b",
    re.IGNORECASE,
)


def english_content_parts(
    text: str, min_items: int = 2, objects: bool = False, middle: bool = True
) -> list[str]:
    """An English sentence that coordinates two or more noun phrases naming forms of support
    without a trigger ("The grant funds workshops, psychological counselling and trips for
    seniors", "Vocational courses and internships were organised"): each phrase, its sentence's
    words before it and its explanation after it cut off. Not the objects of a preposition
    ("activities in the area of social services, family support"), not an aim's sentence, not an
    indicator's or support for institutions, not a body's name in capitals. (`min_items`,
    `objects` and `middle` (a run that begins in the sentence's middle after no verb) are the
    rule's choices, open for benchmarks/instrument_shapes.py to weigh.)"""
    _trig, words, cut, prefix, never, fragment = _english_res()
    stop = _english_stop()
    body = _PAREN.sub("", text)
    e = _EN_SENTENCE_END.search(body)
    body = body[: e.start()] if e else body
    if _EN_AIM.search(body) or _EN_INDICATOR.search(body):
        return []
    runs: list[tuple[int, list[str]]] = []
    current: list[str] = []
    for k, part in enumerate(_EN_SPLIT.split(body)):
        if words.search(part):
            if not current:
                runs.append((k, current))
            current.append(part)
        else:
            current = []
    out: list[str] = []
    for first_at, run in runs:
        items = []
        for k, part in enumerate(run):
            tokens = compact(part).strip(" ,;:").split()
            if (
                k == 0
            ):  # the sentence's words before the first phrase: cut at a verb or function word
                keep: list[str] = []
                for t in reversed(tokens):
                    if t.lower().strip(",;:") in stop:
                        if (t.lower() in _EN_PREPOSITIONS and not objects) or (
                            first_at and t.lower() in _EN_DETERMINERS and not middle
                        ):
                            tokens = []  # the phrases are a preposition's objects, or the run
                            # begins in the sentence's middle with no verb before it
                        break
                    keep.insert(0, t)
                else:
                    if first_at and not middle:
                        tokens = []  # a run begun in the middle of the sentence, no verb before it
                tokens = keep if tokens else []
            if k == 0 and not tokens:
                break
            phrase = " ".join(tokens)
            phrase = _en_cut(prefix.sub("", phrase), cut).strip(" ,;:")
            # a verb or a preposition after a phrase ends it: "… and internships were organised",
            # "counselling helped the participants …", "trips for seniors"
            phrase = _EN_PHRASE_END.split(phrase, maxsplit=1)[0]
            if (
                3 <= len(phrase) <= 100
                and words.search(phrase)
                and not never.search(phrase)
                and not fragment.search(phrase)
                and not (" " in phrase and all(w[:1].isupper() for w in phrase.split()))
            ):
                items.append(phrase)
        if len(items) >= min_items:
            out += items
    return list(dict.fromkeys(out))


def _english_content(doc: Doc, add, read: set[int]) -> None:
    """English enumerations that no trigger opens (english_content_parts), on an English page's own
    units not read already."""
    if sum(k < len(doc.units) for k in scan.index(doc).match_units(_EN_WORD, "lower")) < 2:
        return  # not an English page
    for u in doc.units:
        if doc.is_foreign(u) or u.is_row or _looks_like_menu(u.text) or id(u) in read:
            continue
        for item in english_content_parts(_item_body(u) if u.is_item else u.text):
            add(item, u)


def _english(doc: Doc, add) -> None:
    stems = tuple(_words()["english"]["stems"])
    _trig, words, _cut, _prefix, never, fragment = _english_res()
    # = sum(len(_EN_WORD.findall(low)) for low in doc.lower): the words' units (see scan: a
    # match is letters only and \b holds at NUL as at a string's ends), counted on the page;
    # one English unit is enough: a Polish page's English summary is read too (its triggers
    # are English words, which Polish sentences do not hold)
    if sum(k < len(doc.units) for k in scan.index(doc).match_units(_EN_WORD, "lower")) < 1:
        return  # no English on the page
    stemmed = scan.index(doc).units_with(stems, "lower")  # = _any_in(low, stems)
    for i, u in enumerate(doc.units):
        if not u.is_item and not doc.is_foreign(u):
            for item in english_created_places(u.text):
                add(item, u)
        if doc.is_foreign(u) or i not in stemmed:
            continue
        for item in english_parts(_item_body(u) if u.is_item else u.text):
            add(item, u)
        # a numbered list the sentence splitter cut: "tasks:1.A2." | "B3." | "CThese results …"
        glued = _EN_GLUED_NUMBER.search(u.text.rstrip())
        if not glued or not re.search(r":\s*1\.", u.text):
            continue
        n = int(glued.group(1))
        for v in doc.units[i + 1 : i + 10]:
            nxt = _EN_GLUED_NUMBER.search(v.text.rstrip())
            body = _EN_GLUED_NUMBER.sub("", v.text.rstrip()) if nxt else v.text
            item = compact(_EN_GLUED_NEXT.split(body)[0]).strip(" .,;:")
            if (
                3 <= len(item) <= 100
                and words.search(item)
                and not never.search(item)
                and not fragment.search(item)
            ):
                add(item, v)
            if not nxt or int(nxt.group(1)) != n + 1:
                break
            n += 1


_MENU_PUNCTUATION = re.compile(r"[.!?;:–—]")


def _looks_like_menu(text: str) -> bool:
    """A run of capitalised link labels without punctuation ("Metryka Projektu Budżet projektu
    Realizacja projektu Promocja projektu Ogólne dane …"): navigation, not a sentence."""
    # (the cheap tests first: most units hold a comma or a full stop, and are not split)
    if "," in text or _MENU_PUNCTUATION.search(text):
        return False
    words = text.split()
    return len(words) >= 12 and sum(w[:1].isupper() for w in words) * 3 >= len(words)


@lru_cache(maxsize=1)
def _object_first_re() -> re.Pattern[str]:
    """The object before the verb that says who gave it: "specjalistycznych porad udzielali:
    prawnik …", "rehabilitację prowadził rehabilitant" (data/instrument_words.yaml object_first)."""
    verbs = _folded(_words()["object_first"]["verbs"])
    return re.compile(
        r"(?:^|[,;:(]\s*|\.\s+)(?P<np>(?:[^\W\d_]+\s+){0,2}[^\W\d_]+)\s+"
        rf"(?P<verb>{fold(verbs)})(?=\s*:?\s+[^\W\d_])",
        re.IGNORECASE,
    )


def _object_first(doc: Doc, add) -> None:
    """A form of support named before the verb that says who gave it ("porad udzielali: prawnik,
    psycholog", "rehabilitację prowadził rehabilitant"): the longest ending of the words before
    the verb that a form-of-support noun heads, in the nominative."""

    heads, _acronyms, generic, _cut = _heads()
    gen_stems = tuple(_words()["object_first"]["genitive_stems"])
    for u, low in zip(doc.units, doc.lower):
        if doc.is_foreign(u) or ("prowadz" not in low and "udziel" not in low):
            continue
        for m in _object_first_re().finditer(u.text):
            verb = m.group("verb").lower()
            case = "gen" if any(verb.startswith(g) for g in gen_stems) else "acc"
            words = m.group("np").split()
            for k in range(len(words)):
                ph = to_nominative(" ".join(words[k:]), case)
                if (
                    ph
                    and ph.head_lemma in heads
                    and not (ph.head_lemma in generic and not ph.text[ph.head_end :].strip())
                ):
                    if _in_case(words[k:], ph.head_lemma, case):
                        add(_clean_instrument(ph.text), u)
                    break  # ("Asystenci rodziny prowadzą …": the verb's subject, not its object)


def _in_case(words: list[str], lemma: str, case: str) -> bool:
    """Some word of `words` is the noun `lemma` in `case` ("porad" genitive, "rehabilitację"
    accusative; not "Asystenci", a nominative only)."""
    return any(
        t.lemma.split(":")[0].lower() == lemma and case in t.case
        for w in words
        for t in _analyse(w)
        if t.pos == "subst"
    )


@lru_cache(maxsize=1)
def _counted_first_re() -> tuple[re.Pattern[str], dict[str, str], dict[str, str], tuple[str, ...]]:
    """The form named before the verb of taking part in it and who took part ("W warsztatach
    kulinarnych wzięło udział 40 osób"; data/instrument_words.yaml counted_first)."""
    w = _words()["counted_first"]
    rx = re.compile(
        r"(?:^|[,;]\s*(?:a\s+)?|[.:]\s+|\s[–—-]\s)"
        r"(?:(?P<prep>w|we|z|ze|na)\s+)?(?P<np>(?:[^\W\d_]+\s+){0,4}?[^\W\d_]+)\s+"
        rf"(?P<verb>{fold(_folded(w['verbs']))})"
        r"(?:\s+(?:łącznie|w\s+sumie|ogółem|aż|już|także|również|też|ponad|około|blisko))*"
        rf"\s+{fold(w['who'])}",
        re.IGNORECASE,
    )
    return rx, dict(w["cases"]), dict(w["prepositions"]), tuple(w["stems"])


_PLACE_OR_TIME = re.compile(r"(?:w|we|na|przy|od|do|po|dla)\s", re.IGNORECASE)


def _unnamed(rest: str) -> bool:
    """What follows a general head ("zajęcia", "pomoc") names no form: nothing, or only a place,
    a time or the persons ("zajęcia w świetlicach", "pomoc dla rodzin")."""
    rest = rest.strip()
    return not rest or bool(_PLACE_OR_TIME.match(rest))


@lru_cache(maxsize=1)
def _named_task_re() -> re.Pattern[str]:
    # a plain pattern, not a case-free one: the task's quoted name is read from the match as written
    return re.compile(fold(_words()["named_task"]), re.IGNORECASE)


def _named_tasks(doc: Doc, add) -> None:
    """A task named in quotes ("zadanie pn. „Usługi opiekuńcze w miejscu zamieszkania”",
    "zadanie „Dzienny Dom Pomocy”"): its name, when a form of support or a place heads it."""

    places = _place_words()[0]
    for u in scan.index(doc).candidates(("zadani", "modul"), len(doc.units)):
        if doc.is_foreign(u) or u.is_row:
            continue
        for m in _named_task_re().finditer(u.text):
            name = compact(m.group("name")).strip(" .,;:")
            ph = to_nominative(" ".join(name.split()[:5]), "nom")
            if _form_headed(name) or _form_led(name) or (ph and ph.head_lemma.lower() in places):
                add(_clean_instrument(name, 160), u, whole=True)


def _counted_first(doc: Doc, add) -> None:
    """A form of support named first in a report's sentence, then the verb of taking part in it
    or receiving it and who did ("W warsztatach kulinarnych wzięło udział 40 osób", "Pomoc
    żywnościową otrzymało 170 osób", "Terapią rodzinną objęto 8 rodzin"): the longest ending of
    the words before the verb that a form-of-support noun heads, in the nominative."""

    rx, cases, preps, stems = _counted_first_re()
    heads, _acronyms, generic, _cut = _heads()
    for u in scan.index(doc).candidates(stems, len(doc.units)):
        if doc.is_foreign(u) or u.is_row:
            continue
        for m in rx.finditer(u.text):
            prep = (m.group("prep") or "").lower()
            verb = _plain_letters(m.group("verb").lower())
            case = preps.get(prep) or next(
                (c for stem, c in cases.items() if verb.startswith(_plain_letters(stem))), None
            )
            words = m.group("np").split()
            for k in range(len(words)):
                ph = to_nominative(" ".join(words[k:]), case)
                if not ph or ph.head_lemma not in heads:
                    continue
                if ph.head_lemma in generic and _unnamed(ph.text[ph.head_end :]):
                    break  # "Nowe zajęcia w świetlicach ruszą": no form, nor "świetlice" in it
                text = ph.text
                if text[:1].isupper() and not any(c.isupper() for c in text[1:]):
                    text = text[:1].lower() + text[1:]  # the sentence's capital, not a name
                add(_clean_instrument(text), u)
                break


def _prose_enumerations(doc: Doc, add, described: frozenset[int] | set[int] = frozenset()) -> None:
    # only the units with a trigger stem (scan: exactly those where _any_in(plain, stems) holds)
    at = {id(u): k for k, u in enumerate(doc.units)}
    for u in scan.index(doc).candidates(_trigger_stems(), len(doc.units)):
        if doc.is_foreign(u) or _looks_like_menu(u.text) or id(u) in described:
            continue
        for item in enumerated_parts(_without_titles(_item_body(u) if u.is_item else u.text)):
            add(_clean_instrument(item), u)
        for item in _answered_question(doc, at[id(u)]):
            add(_clean_instrument(item), doc.units[at[id(u)] + 1])
        for item in _domains_after_lead(doc, at[id(u)]):
            add(_clean_instrument(item), doc.units[at[id(u)] + 1])


def _domains_after_lead(doc: Doc, k: int) -> list[str]:
    """A lead-in ending with a trigger, a general word and a colon ("Zaplanowano działania z
    zakresu:") whose next unit lists domains with their forms in parentheses ("zdrowia (m.in.
    badania), kultury (wyjścia do kina)"): the forms in the parentheses (_domain_examples)."""
    lead = doc.units[k].text
    if k + 1 >= len(doc.units):
        return []
    nxt = doc.units[k + 1]
    if nxt.is_item or nxt.is_heading or doc.is_foreign(nxt) or not _category_colon_lead(lead):
        return []
    return _domain_examples(nxt.text, _enumeration_res()[1])


def _category_colon_lead(text: str) -> bool:
    """The text ends with a trigger, a general word for the support and a colon ("Zaplanowano
    działania z zakresu:", "przewidziano różne formy wsparcia:")."""
    lead = text.rstrip()
    if not lead.endswith(":"):
        return False
    found = list(_enumeration_res()[0].finditer(lead[:-1] + " "))
    return bool(found) and bool(
        _words_re("enumeration_category_lead").match((lead[:-1] + " ")[found[-1].end() :])
    )


def _aim_or_result_item(doc: Doc, k: int) -> bool:
    """Unit k is an item of a list of aims or results (_under_other_heading) that names no means
    and reports nothing done ("Rezultaty:" / "- wzrost udziału w kursach …"): whatever form a rule
    read in it is a goal or a result, not the support (settled convention 6)."""
    u = doc.units[k]
    return (
        u.is_item
        and _under_other_heading(doc, k)
        and not _words_re("means_word").search(u.text)
        and not _past_report(u.text)
    )


def _under_other_heading(doc: Doc, k: int) -> bool:
    """List item k is in a list whose heading names something other than the support (the aims,
    the results, recruitment, the budget: data/instrument_words.yaml lists.not_heading) and no
    strong support heading: its sentences name goals or results (settled convention 6)."""
    j = k
    while j > 0 and doc.units[j].is_item:
        j -= 1
    above = None if _lead_heading(doc.units[j]) else _heading_over_paragraph(doc.units, j)
    if above is not None and _heading_names_support(above[-160:]):
        return False  # a paragraph under "Co zyskają uczestnicy?" ends in "zwrot kosztów dojazdu"
    parent = doc.units[j].text[-160:]
    return bool(_list_words()[2].search(parent)) and not _strong_heading().search(parent)


_PAST = frozenset({"praet", "imps"})


def _past_report(text: str) -> bool:
    """A sentence with a verb in the past ("12 rodzin skorzystało z treningów", "objęto wsparciem
    …"): what the project gave, reported among its results, not an aim."""
    return _some_word_only(_WORD_SPAN.findall(text), _PAST)


def _without_titles(text: str) -> str:
    """The text with every quoted title blanked ("udział w projekcie pn. „Wsparcie mieszkańców
    poprzez działania Centrum …”": the title's words are no enumeration of the support)."""
    if "„" not in text and '"' not in text and "“" not in text and "«" not in text:
        return text
    return _QUOTED_SPAN.sub(
        lambda m: (
            " " * len(m.group(0))
            if _words_re("title_before_quote").search(text[max(0, m.start() - 40) : m.start()])
            else m.group(0)
        ),
        text,
    )


def _answered_question(doc: Doc, k: int) -> list[str]:
    """A short question whose verb opens an enumeration, answered by the sentence after it ("Co
    oferuje projekt? Przede wszystkim warsztaty …, spotkania … i wycieczki …"): the answer read
    as the question's enumeration."""
    u = doc.units[k]
    question = u.text.strip()
    if not question.endswith("?") or len(question) > 100 or k + 1 >= len(doc.units):
        return []
    answer = doc.units[k + 1]
    if answer.is_item or answer.is_heading or doc.is_foreign(answer):
        return []
    found = list(_enumeration_res()[0].finditer(question.rstrip("?") + " "))
    if not found:
        return []
    lead = (question.rstrip("?") + " ")[found[-1].start() : found[-1].end()]
    return enumerated_parts(lead + answer.text)


# --------------------------------------------------------------- enumerations named by their items


@lru_cache(maxsize=1)
def _content_words() -> tuple[
    frozenset[str], tuple[str, ...], dict[str, tuple[str, ...]], tuple[str, ...], int, int
]:
    """The content-enumeration vocabulary (data/instrument_words.yaml content_enumeration): the
    strong head lemmas, their plain stems, the case each preposition governs, the order a head's
    own cases are tried in, and the thresholds."""
    w = _words()["content_enumeration"]
    preps = {k: tuple(v) for k, v in w["prepositions"].items()}
    return (
        frozenset(w["strong_heads"]),
        tuple(w["stems"]),
        preps,
        tuple(w["case_order"]),
        int(w["min_strong"]),
        int(w["min_items"]),
    )


_WORD_SPAN = re.compile(r"\w+(?:[-’']\w+)*")
_QUOTED_SPAN = re.compile(r"[„\"“”«][^„\"“”«»\n]{1,200}[”\"“»]")


@lru_cache(maxsize=32768)
def _head_cases(word: str, lemmas: frozenset[str]) -> frozenset[str] | None:
    """The cases `word` can be in as a noun (or gerund) whose lemma is one of `lemmas`; None when
    it is no such noun. Remembered per word (and lemma set: a frozenset keeps its hash): the prose
    candidates ask it of every word of every prose sentence (80,492 asks on two passes of the dev
    pages and the devset)."""

    cases = [
        t.case
        for t in _analyse(word)
        if t.pos in ("subst", "ger") and t.lemma.split(":")[0] in lemmas
    ]
    return frozenset().union(*cases) if cases else None


_HEAD_MEMOS: dict[frozenset[str], dict[str, frozenset[str] | None]] = {}


def head_cases_of(words: list[str], heads: frozenset[str]) -> list[frozenset[str] | None]:
    """`_head_cases(w, heads)` of each word, remembered per word form and head set in a plain
    dict (bounded like the analyser's memo): the prose readers ask it of every word of every
    prose sentence, and a one-key look-up costs a third of the two-key memo's call."""
    memo = _HEAD_MEMOS.get(heads)
    if memo is None or len(memo) > 32_768:
        memo = _HEAD_MEMOS[heads] = {}
    get = memo.get
    out = [get(w, False) for w in words]
    for k, found in enumerate(out):
        if found is False:
            out[k] = memo[words[k]] = _head_cases(words[k], heads)
    return out


def governed_case(preposition: str | None, head_cases: frozenset[str]) -> str | None:
    """The case an enumeration's items are in: the one the preposition before the first item
    governs ("z kursów" gen, "na warsztatach" loc), else the head's own (None when it can be
    nominative: the phrase is left as written)."""
    _strong, _stems, preps, order, _s, _i = _content_words()
    for case in preps.get((preposition or "").lower(), ()):
        if case in head_cases:
            return case
    if "nom" in head_cases:
        return None
    return next((c for c in order if c in head_cases), None)


def _goes_on_enumeration(part: str, case: str | None) -> bool:
    """A part that continues an enumeration of forms of support: adjectives sharing the head
    before them ("…, plastyczne"), a phrase headed by a form-of-support noun, or the person who
    gives the form named before ("pomoc psychologa, prawnika")."""

    _trig, _end, _clause, prefix_re = _enumeration_res()
    heads, acronyms, _generic, _cut = _heads()
    part = _POSSESSIVE.sub("", prefix_re.sub("", compact(part).strip(" ,;:")))
    if not part:
        return False
    if _adjective_only(part):
        return True
    first = part.split()[0]
    if first[:1].islower() and (_person_noun(first, "gen") or _person_noun(first, "inst")):
        return True  # ("Wieliczki" is also a surname: a place, not a person)
    ph = to_nominative(part, case)
    return ph is not None and (ph.head_lemma in heads or ph.head_lemma in acronyms)


_VERB_POS = frozenset({"fin", "praet", "bedzie", "impt", "inf", "pred", "winien", "imps"})


def _before_verb(part: str) -> str:
    """The part up to its first word that can be a verb, the copula "to" or a numeral (the clause
    goes on after the phrase): "Wsparcie to szereg działań" -> "Wsparcie", "Aktywizacja
    edukacyjna obejmie zajęcia" -> "Aktywizacja edukacyjna", "doradztwu dwie osoby znalazły" ->
    "doradztwu", "kursy zawodowe" as it is."""

    heads = _heads()[0]
    for m in _WORD_SPAN.finditer(part):
        if _stops_phrase(m.group(0), heads):
            return part[: m.start()].rstrip()
    return part


@lru_cache(maxsize=32768)
def _stops_phrase(w: str, heads: frozenset[str]) -> bool:
    """`_before_verb`'s test of one word: it can be a verb (and is no head noun), a numeral or
    the copula "to". Remembered per word form (and head set: a frozenset keeps its hash)."""
    tags = _analyse(w)
    verb = any(t.pos in _VERB_POS for t in tags) or w.isdigit() or any(t.pos == "num" for t in tags)
    # ("obejmie" is also a noun, "opieka" also a verb: a head noun's reading wins)
    return w.lower() == "to" or (
        verb and not any(t.lemma.split(":")[0] in heads for t in tags if t.pos == "subst")
    )


_FINITE_POS = frozenset({"fin", "praet", "bedzie", "impt", "imps", "winien"})


def _before_finite(clause: str) -> str:
    """The clause up to its first word that can only be read as a finite verb (not a head noun
    with a verb reading: "opieka"): "paczek żywnościowych trafi do 300 osób" -> "paczek
    żywnościowych"."""

    for m in _WORD_SPAN.finditer(clause):
        if _finite_only(m.group(0)):
            return clause[: m.start()].rstrip()
    return clause


@lru_cache(maxsize=32768)
def _finite_only(word: str) -> bool:
    """Every reading of `word` is a finite verb's (remembered per word form)."""
    tags = _analyse(word)
    return bool(tags) and all(t.pos in _FINITE_POS for t in tags)


_BARE_THEN_QUALIFIED = re.compile(r"^(?P<bare>\w+)\s+(?P<sep>i|oraz|lub|albo)\s+\w+\s+\w+\b")


def _shared_adjective(run: str, items: list[str]) -> list[str]:
    """ "kursy i szkolenia zawodowe": a bare noun coordinated with a noun and its adjective is one
    form (the adjective may qualify both), kept as one item; the items as they are otherwise."""

    m = _BARE_THEN_QUALIFIED.match(run)
    if (
        len(items) < 2
        or not m
        or " " in items[0]
        or len(items[1].split()) != 2
        or not any(t.pos == "adj" for t in _analyse(items[1].split()[1]))
    ):
        return items
    return [f"{items[0]} {m.group('sep')} {items[1]}", *items[2:]]


@lru_cache(maxsize=32768)
def _can_be_adjective(word: str) -> bool:
    """Some reading of `word` is an adjective's (remembered per word form)."""
    return any(t.pos in ("adj", "adja") for t in _analyse(word))


def phrase_start(
    text: str,
    words: list[re.Match[str]],
    i: int,
    body_noun: re.Pattern[str],
    role_noun: re.Pattern[str],
) -> tuple[int, str, str] | None:
    """Where the phrase headed by ``words[i]`` starts (up to two adjectives before the head
    belong to it: "specjalistycznych porad"), with the word before it and the gap between: (s,
    before, gap); None when that word makes the phrase a name or a role ("Centrum Szkoleń",
    "instruktor warsztatów") or a word of the lexicon's "not after" list comes just before it
    ("zaświadczenie o ukończeniu szkolenia": not the support itself)."""
    s = i
    while (
        s > 0
        and i - s < 2
        and not text[words[s - 1].end() : words[s].start()].strip()
        and _can_be_adjective(words[s - 1].group(0))
    ):
        s -= 1
    before = words[s - 1].group(0) if s else ""
    gap = text[words[s - 1].end() : words[s].start()] if s else ""
    if (
        before
        and not gap.strip()
        and (
            (words[s].group(0)[:1].isupper() and body_noun.fullmatch(before))
            or role_noun.fullmatch(before)
        )
    ):
        return None
    if _lexicon_not_after().search(text[max(0, words[s].start() - 60) : words[s].start()]):
        return None
    return s, before, gap


def content_enumerated_parts(text: str) -> list[str]:
    """The forms of support a sentence coordinates, found by their heads rather than by a verb
    before them: 'Przygotowaliśmy dla uczestników kursy zawodowe oraz spotkania z psychologiem'
    -> ['kursy zawodowe', 'spotkania z psychologiem']; 'objęto poradnictwem zawodowym i
    doradztwem psychospołecznym' -> ['poradnictwo zawodowe', 'doradztwo psychospołeczne']. Two or
    more items, at least half of them (and at least one) headed by a noun that names a form of
    support by itself (a list of aims, "aktywizacja …, integracja …, animacja …, warsztaty", is
    not one); [] else."""

    strong, _stems, _preps, _order, min_strong, min_items = _content_words()
    heads = _heads()[0]
    _trig, end_re, _clause_re, _prefix_re = _enumeration_res()
    body_noun, role_noun = _name_words()
    text = _QUOTED_SPAN.sub(" . ", _PAREN.sub("", text))  # a quoted title is no enumeration
    text = without_counted_questions(text)
    text = without_method_sentences(text)  # "Stosowane metody to …": ways of working
    # (the loop below acts only at a head word: a text without one reads nothing; `findall`
    # gives exactly the strings of the matches `finditer` gives)
    word_cases = head_cases_of(_WORD_SPAN.findall(text), heads)
    if all(c is None for c in word_cases):
        return []
    words = list(_WORD_SPAN.finditer(text))
    out: list[str] = []
    i = 0
    while i < len(words):
        cases = word_cases[i]
        if cases is None:
            i += 1
            continue
        head = phrase_start(text, words, i, body_noun, role_noun)
        if head is None:
            i += 1
            continue
        s, before, gap = head
        case = governed_case(before if not gap.strip() else None, cases)
        clause = text[words[s].start() :]
        e = end_re.search(clause)
        clause = clause[: e.start()] if e else clause
        parts = _PART_SPLIT.split(clause)
        run = _before_verb(parts[0])
        for k in range(2, len(parts), 2):
            if k == 2 and run != parts[0]:
                break  # a verb inside the first item: the sentence goes on, no enumeration
            if not _goes_on_enumeration(parts[k], case):
                break
            last = _before_verb(parts[k])
            run += parts[k - 1] + last
            if last != parts[k]:
                break  # "Dzięki stażom i doradztwu dwie osoby znalazły pracę": the clause goes on
        items = _read_clause(run, case) if len(parts) > 2 else []
        n_strong = 0
        for item in items:
            ph = to_nominative(item)
            n_strong += bool(ph and ph.head_lemma in strong)
        if len(items) >= min_items and n_strong >= min_strong and n_strong * 2 >= len(items):
            out += _shared_adjective(run, items)
        elif len(items) < min_items:
            i += 1
            continue
        # read or refused whole: its later heads open no enumeration of their own
        end = words[s].start() + len(run)
        while i < len(words) and words[i].start() < end:
            i += 1
    return list(dict.fromkeys(out))


def _content_enumerations(doc: Doc, add, read: set[int]) -> None:
    """Enumerations of forms of support that no trigger opens (content_enumerated_parts), on the
    page's own units (not another project's, not a menu, not a list item already read whole)."""
    stems = _content_words()[1]
    for u in scan.index(doc).candidates(stems, len(doc.units)):
        if doc.is_foreign(u) or u.is_row or _looks_like_menu(u.text) or id(u) in read:
            continue
        for item in content_enumerated_parts(_item_body(u) if u.is_item else u.text):
            add(_clean_instrument(item), u)


# ------------------------------------------------- examples of a form noun ("spotkania, m.in. …")


@lru_cache(maxsize=1)
@case_free_results
def _example_re() -> re.Pattern[str]:
    """A noun, then the marker of examples after it (data/instrument_words.yaml example_list)."""
    w = _words()["example_list"]
    return re.compile(
        rf"(?:(?P<noun>[^\W\d_]+)\s*,?|\s[–—-])\s*(?:{fold(_folded(w['markers']))})\s*:?\s+",
        re.IGNORECASE,
    )


def example_parts(text: str) -> list[str]:
    """The forms of support a sentence names as examples of a form-of-support noun before them:
    'przychodzą na spotkania, m.in. zajęcia plastyczne, muzyczne i ogrodnicze' -> ['zajęcia
    plastyczne', 'zajęcia muzyczne', 'zajęcia ogrodnicze']; each in the nominative, two or more,
    each headed by a form-of-support noun; [] when the noun before the marker names none
    ("osób, w tym …", "gmin, np. …") or the examples are no forms."""

    nouns = frozenset(_words()["example_list"]["nouns"])
    _trig, end_re, _clause_re, _prefix_re = _enumeration_res()
    text = _join_spaced_compounds(_PAREN.sub("", text))
    out: list[str] = []
    for m in _example_re().finditer(text):
        if m.group("noun") is not None:
            lemmas = {
                t.lemma.split(":")[0].lower()
                for t in _analyse(m.group("noun"))
                if t.pos in ("subst", "ger")
            }
        else:  # "Pomoc otrzymają też ich dzieci – m.in. opieka, nauka języka": the sentence's nouns
            lead = text[: m.start()]
            lead = lead[_SENTENCE_START.search(lead).end() :]
            lemmas = {lemma.split(":")[0].lower() for lemma in _noun_lemmas(lead)}
        if not lemmas & nouns:
            continue
        rest = text[m.end() :]
        e = end_re.search(rest)
        clause = rest[: e.start()] if e else rest
        first = _PART_SPLIT.split(clause, maxsplit=1)[0].strip()
        if not first or _adjective_only(first):
            continue  # "zajęć, m.in. plastycznych": the adjectives of the noun (adjective_series)
        items = _read_clause(clause, None, share_i=True)
        if len(items) >= 2:
            out += items
    return list(dict.fromkeys(out))


def _example_lists(doc: Doc, add, read: set[int]) -> None:
    """Examples of a form noun (example_parts) on the page's own units not read already."""
    stems = tuple(_words()["example_list"]["stems"])
    for u in scan.index(doc).candidates(stems, len(doc.units)):
        if doc.is_foreign(u) or u.is_row or _looks_like_menu(u.text) or id(u) in read:
            continue
        for item in example_parts(_item_body(u) if u.is_item else u.text):
            add(_clean_instrument(item), u)


# ------------------------------------------------------------------ a lead-in noun before a colon


@lru_cache(maxsize=1)
def _lead_in_words() -> tuple[int, frozenset[str], frozenset[str], frozenset[str]]:
    w = _words()["colon_lead_in"]
    return (
        int(w["words"]),
        frozenset(w["nouns"]),
        frozenset(w["not_nouns"]),
        frozenset(w["event_heads"]),
    )


@lru_cache(maxsize=1)
def _resumptive_re() -> re.Pattern[str]:
    return re.compile(_words()["colon_lead_in"]["resumptive"].strip(), re.IGNORECASE)


def _noun_lemmas(text: str) -> set[str]:
    """The lemmas of the noun (and gerund) readings of the words of `text`."""

    return {
        t.lemma.split(":")[0].lower()
        for m in _WORD_SPAN.finditer(text)
        for t in _analyse(m.group(0))
        if t.pos in ("subst", "ger")
    }


_NAMES_SUPPORT: dict[str, bool] = {}  # names_support's answers for the current document


def forget() -> None:
    """Drop the remembered answers (called per document)."""
    _NAMES_SUPPORT.clear()


def names_support(lead_in: str) -> bool:
    """`_names_support`, remembered for the document (the heading rules ask of the same lead-ins:
    4,168 asks, 2,244 distinct per 247 documents)."""
    found = _NAMES_SUPPORT.get(lead_in)
    if found is None:
        if len(_NAMES_SUPPORT) > 20_000:
            _NAMES_SUPPORT.clear()
        found = _NAMES_SUPPORT[lead_in] = _names_support(lead_in)
    return found


def _names_support(lead_in: str) -> bool:
    """The words before a colon name forms of support: a noun of the lead-in family among its
    last words after the last verb ("zaplanowano następujące formy aktywizacji", "Nasza oferta
    dla seniorów", "Uczestnicy otrzymają takie wsparcie jak"), none of the nouns that make it
    aims, results, people, money or a document ("Cele projektu", "Grupa docelowa", "Koszt
    działań")."""

    n, nouns, not_nouns, _events = _lead_in_words()
    lead_in = _resumptive_re().sub("", lead_in)  # "pakiet usług, wśród nich są" -> "pakiet usług"
    last = " ".join(lead_in.split()[-n:])
    for m in reversed(list(_WORD_SPAN.finditer(last))):  # what follows the verb, if there is one
        if any(t.pos in _VERB_POS for t in _analyse(m.group(0))):
            last = last[m.end() :]
            break
    lemmas = _noun_lemmas(last)
    return bool(lemmas & nouns) and not lemmas & not_nouns


def colon_listed_parts(text: str) -> list[str]:
    """The forms of support listed after a colon whose lead-in names them (names_support): 'W
    projekcie zaplanowano następujące formy aktywizacji: warsztaty cyfrowe, zajęcia sportowe i
    spotkania z coachem.' -> the three, in the nominative; [] unless two or more parts, at least
    half of them headed by a form-of-support noun."""

    heads = _heads()[0]
    events = _lead_in_words()[3]
    _trig, end_re, _clause_re, prefix_re = _enumeration_res()
    out: list[str] = []
    for m in re.finditer(r":\s+", text):
        lead_in = text[: m.start()]
        start = _SENTENCE_START.search(lead_in)
        lead_in = lead_in[start.end() if start else 0 :]
        if not lead_in.strip() or not names_support(lead_in):
            continue
        rest = _INLINE_MARKER.sub("", _PAREN.sub("", text[m.end() :]))
        rest = _join_spaced_compounds(rest)  # "rekreacyjno – kulturalnych": one adjective
        e = end_re.search(rest)
        clause = rest[: e.start()] if e else rest
        parts = [p for p in _PART_SPLIT.split(clause)[::2] if p.strip()]
        if len(parts) < 2 or any(len(compact(p)) > 80 for p in parts):
            continue
        first = _WORD_SPAN.search(prefix_re.sub("", compact(parts[0])))
        cases = _head_cases(first.group(0), heads) if first else None
        before = _WORD_SPAN.findall(compact(parts[0])[: first.start()]) if first else []
        items = _read_clause(
            clause, governed_case(before[-1] if before else None, cases or frozenset({"nom"}))
        )
        # outings, picnics and fêtes are a project's events: they do not make a list one of support
        headed = 0
        for item in items:
            ph = to_nominative(item)
            headed += bool(ph and ph.head_lemma in heads and ph.head_lemma not in events)
        if len(items) < 2 or headed * 2 < len(parts):
            continue
        out += items
    return list(dict.fromkeys(out))


def _colon_lead_ins(doc: Doc, add, read: set[int]) -> None:
    """Forms of support listed after a lead-in that names them (colon_listed_parts), on the
    page's own prose (not another project's, not a table row, a menu or a list item read whole)."""
    for u in doc.units:
        if (
            ":" not in u.text
            or u.is_row
            or id(u) in read
            or doc.is_foreign(u)
            or _looks_like_menu(u.text)
        ):
            continue
        for item in colon_listed_parts(_item_body(u) if u.is_item else u.text):
            add(_clean_instrument(item), u)


# ------------------------------------------------- paragraphs opened by a form's name under a heading

_NAMED_LINE = re.compile(r"^(?P<name>[^\W\d][^–—:|\n]{2,60}?)(?:\s+[–—-]\s+|:\s+)\S")


def _named_paragraphs(doc: Doc, end: int, add) -> None:
    """Paragraphs opened by a form's name and a dash or colon, two or more in a row, under a
    heading that names the support ("Formy wsparcia" / "Doradztwo zawodowe – spotkania z
    doradcą …" / "Staże – trzy miesiące u pracodawcy …"): each name as written, when it is headed
    by a form-of-support noun."""

    heads, _acronyms, generic, _cut = _heads()
    lines: list[tuple[str, Unit]] = []
    for u in doc.units[:end]:
        if u.is_row or doc.is_foreign(u):
            lines.append(("", u))  # a break
            continue
        lines += [(compact(ln), u) for ln in u.text.split("\n") if ln.strip()]
    matched: dict[int, re.Match[str] | None] = {}

    def named_line(j: int) -> re.Match[str] | None:
        if j not in matched:
            matched[j] = _NAMED_LINE.match(lines[j][0]) if j < len(lines) else None
        return matched[j]

    k = 0
    while k < len(lines):
        heading = lines[k][0]
        short = 0 < len(heading) <= 80 and heading[-1:] not in ".!;,"
        # (a heading adds only when the two lines after it are named lines: without them the
        # heading tests are skipped, and so is nothing else: the walk then goes on at k + 1, or
        # at k + 2 past a named line, which as a heading would be passed over at once)
        if (
            not short
            or named_line(k)
            or not named_line(k + 1)
            or not named_line(k + 2)
            or not (_heading_names_support(heading) or names_support(heading))
        ):
            k += 1
            continue
        named: list[tuple[str, Unit]] = []
        j = k + 1
        while j < len(lines):
            m = named_line(j)
            ph = to_nominative(m.group("name")) if m else None
            if (
                ph is None
                or ph.head_lemma not in heads
                or (ph.head_lemma in generic and not ph.text[ph.head_end :].strip())
            ):
                break  # ("Program – Program Operacyjny …", "Działanie – 7.1": a field's label)
            named.append((m.group("name").strip(), lines[j][1]))
            j += 1
        if len(named) >= 2:
            for name, u in named:
                add(_clean_instrument(name), u)
        k = max(j, k + 1)


def _sub_headed_forms(doc: Doc, end: int, add) -> set[int]:
    """Sections under a heading that names the support, each opened by a short sub-heading that
    names a form and followed by a paragraph about it ("Działania w projekcie" / "Poradnictwo
    rodzinne" / "Spotkania z terapeutą raz w tygodniu …" / "Klub rodzica" / "…"): each
    sub-heading as written, when two or more in a row are headed by a form-of-support noun; the
    first sub-heading that is not ("Uczestnicy", "Kontakt") ends the run. Returns the units of
    the paragraphs under the sub-headings read: they describe the form named over them, and the
    prose families do not read them again."""

    heads, _acronyms, generic, _cut = _heads()
    lines: list[tuple[str, Unit]] = []
    for u in doc.units[:end]:
        if u.is_row or u.is_item or doc.is_foreign(u):
            lines.append(("", u))  # a break
            continue
        lines += [(compact(ln), u) for ln in u.text.split("\n") if ln.strip()]

    def sub_heading(k: int) -> bool:
        text = lines[k][0]
        return (
            0 < len(text) <= 60
            and text[-1:] not in ".!;,:?"
            and k + 1 < len(lines)
            and len(lines[k + 1][0]) > len(text)
            and not _NAMED_LINE.match(text)
        )

    described: set[int] = set()
    k = 0
    while k < len(lines):
        heading = lines[k][0]
        if not (
            0 < len(heading) <= 80
            and heading[-1:] not in ".!;,"
            and (_heading_names_support(heading) or names_support(heading))
        ):
            k += 1
            continue
        named: list[tuple[str, Unit]] = []
        j = k + 1
        while j < len(lines) and sub_heading(j):
            ph = to_nominative(lines[j][0])
            if (
                ph is None
                or ph.head_lemma not in heads
                or (ph.head_lemma in generic and not ph.text[ph.head_end :].strip())
            ):
                break
            named.append(lines[j])
            j += 2
        if len(named) >= 2:
            for name, u in named:
                add(_clean_instrument(name), u)
            described |= {id(lines[m + 1][1]) for m in range(k + 1, j, 2)}
        k = max(j, k + 1)
    # with no heading over them, three or more sections in a row each headed by a strong
    # form-of-support noun ("Trening kompetencji" / "…" / "Kursy zawodowe" / "…" / "Staże" / "…")
    strong = _content_words()[0]
    k = 0
    while k < len(lines):
        run: list[tuple[str, Unit]] = []
        j = k
        while j < len(lines) and sub_heading(j):
            ph = to_nominative(lines[j][0])
            if ph is None or ph.head_lemma not in strong:
                break
            run.append(lines[j])
            j += 2
        if len(run) >= 3:
            for name, u in run:
                add(_clean_instrument(name), u)
            described |= {id(lines[m + 1][1]) for m in range(k, j, 2)}
        k = max(j, k + 1)
    return described


# ------------------------------------------------------------- places a project creates or runs


@lru_cache(maxsize=1)
def _place_words() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    w = _words()["created_places"]
    return frozenset(w["heads"]), tuple(w["verbs"]), frozenset(w["stop_words"])


@lru_cache(maxsize=1)
def _place_qualifiers() -> tuple[frozenset[str], frozenset[str]]:
    """The lemmas of the adjectives that say a place is new (not what it is) and of the words
    that point back to a place named before (data/instrument_words.yaml created_places)."""
    w = _words()["created_places"]
    return frozenset(w["not_name_adjectives"]), frozenset(w["anaphora"])


@lru_cache(maxsize=1)
def _near_place_verbs() -> tuple[frozenset[str], int]:
    w = _words()["created_places"]
    return frozenset(w["near_verbs"]), int(w["near_words"])


def _near_verb_at(words: list[re.Match[str]]) -> list[int]:
    """Where a verb of running that names its place only beside it stands among `words`."""
    near, _n = _near_place_verbs()
    return [k for k, m in enumerate(words) if _plain_letters(m.group(0).lower()) in near]


def _place_phrase(
    words: list[re.Match[str]], i: int, text: str, named_after: bool = False
) -> str | None:
    """The place named around its head word `words[i]`: adjectives before it ("Dzienny"), then
    names, adjectives and genitives after it up to a stop word or punctuation ("Dom Seniora",
    "mieszkania wspierane", "wypożyczalnie sprzętu rehabilitacyjnego"); None when nothing names or
    qualifies it after its head ("dom", "Nowa placówka"), unless a quoted name follows it
    (`named_after`: "Dzienny Dom „Senior+”", its caller adds the name), and None when it points
    back to a place named before ("placówki tego typu", "takie mieszkania")."""

    stops = _place_words()[2]
    new_words, anaphora = _place_qualifiers()
    s = i
    head_named = words[i].group(0)[:1].isupper()
    while s > 0 and i - s < 2 and not text[words[s - 1].end() : words[s].start()].strip():
        if head_named and not words[s - 1].group(0)[:1].isupper():
            break  # ("ze środków unijnych Placówka …": a name opens with its capitals)
        tags = _analyse(words[s - 1].group(0))
        if not any(t.pos == "adj" for t in tags) or any(t.pos in _VERB_POS for t in tags):
            break  # (not "powstały" before "Placówki …": a verb, whatever else it may be)
        if any(t.lemma.split(":")[0] in anaphora for t in tags if t.pos == "adj"):
            return None  # "takie mieszkania": the places named before
        if any(t.lemma.split(":")[0] in new_words for t in tags if t.pos == "adj"):
            break  # "nowe świetlice środowiskowe": new, not a kind of place
        s -= 1
    e = i
    named = words[i].group(0)[:1].isupper()
    while e + 1 < len(words) and e - i < 3:
        gap = text[words[e].end() : words[e + 1].start()]
        w = words[e + 1].group(0)
        if gap.strip() not in ("", "+") or w.lower() in stops:
            break
        if named and not w[:1].isupper():
            break  # "Klubów Seniora utworzonych …": a name ends with its capitals
        tags = _analyse(w)
        if not (w[:1].isupper() or any(t.pos in ("adj", "subst", "ppas") for t in tags)):
            break
        if any(t.pos in _VERB_POS or t.pos == "pact" for t in tags):
            break  # ("placówki zapewniające …": a participle opens a clause)
        if any(t.lemma.split(":")[0] in anaphora for t in tags if t.pos == "adj"):
            return None  # "placówki tego typu": the places named before
        e += 1
    if e == i and not named_after:
        return _place_for_group(words, i, text)
    end = words[e].end()
    if text[end : end + 2] == " +":  # "Klub SENIOR +"
        end += 2
    return text[words[s].start() : end]


_CLAUSE_END = re.compile(r"[.;:!?()–—]\s|\n")


def _clauses(text: str) -> list[tuple[str, int]]:
    """The clauses of `text` (split where `re.split(r"[.;:!?()–—]\\s|\\n", text)` splits), each
    with where it starts in `text`."""
    out, start = [], 0
    for sep in _CLAUSE_END.finditer(text):
        out.append((text[start : sep.start()], start))
        start = sep.end()
    out.append((text[start:], start))
    return out


def _place_for_group(words: list[re.Match[str]], i: int, text: str) -> str | None:
    """A bare head named by the group it is for ("Klub dla osób niesamodzielnych", "klubu dla
    seniorów"): the head with "dla" and up to three nouns or adjectives after it; None when
    none follows ("mieszkanie dla 4 osób")."""
    if i + 2 >= len(words) or words[i + 1].group(0).lower() not in _place_group_words():
        return None
    e = i + 1
    while e + 1 < len(words) and e - i < 4 and text[words[e].end() : words[e + 1].start()] == " ":
        tags = _analyse(words[e + 1].group(0))
        if not tags or not all(t.pos in ("subst", "adj") for t in tags):
            break
        e += 1
    return text[words[i].start() : words[e].end()] if e > i + 1 else None


@lru_cache(maxsize=1)
def _place_group_words() -> frozenset[str]:
    return frozenset(_words()["created_places"]["for_group"])


def _names_follow(text: str, at: int) -> bool:
    """A colon right after `text[:at]` opens named places ("powstały trzy placówki wsparcia
    dziennego: Świetlica „Słoneczko” w Lipniku, …"): a place's head with a capital after it."""
    m = re.match(r"\s*:\s*(?P<rest>[^.;!?]{3,300})", text[at:])
    if not m:
        return False
    heads = _place_words()[0]
    return any(
        w.group(0)[:1].isupper() and _head_cases(w.group(0), heads) is not None
        for w in _WORD_SPAN.finditer(m.group("rest"))
    )


def _created_places(doc: Doc, add) -> None:
    """Places the project creates or runs, named with a verb of creating in the same clause
    (data/instrument_words.yaml created_places), each in the nominative without its count."""

    heads, verbs, _stops = _place_words()
    near, near_words = _near_place_verbs()
    for u in scan.index(doc).candidates(verbs + tuple(near), len(doc.units)):
        if doc.is_foreign(u) or u.is_row or u.is_item or _looks_like_menu(u.text):
            continue  # (a list's items are the list families' to read: indicators, results …)
        # (a quoted span is masked in place, its length kept, so that a name after a place's head
        # is found in the unit's text: "utworzono Dzienny Dom „Senior+”")
        text = _QUOTED_SPAN.sub(lambda q: " ." + " " * (len(q.group(0)) - 2), u.text)
        named_only = False  # after a lead ("powstały trzy placówki …:"): the places it names
        for clause, at in _clauses(text):
            plain = _plain_letters(clause.lower())
            created = named_only or any(v in plain for v in verbs)
            if not created and not any(v in plain for v in near):
                continue
            words = list(_WORD_SPAN.finditer(clause))
            running = [] if created else _near_verb_at(words)
            if not created and not running:
                continue
            for i, m in enumerate(words):
                if _head_cases(m.group(0), heads) is None:
                    continue
                if named_only and not m.group(0)[:1].isupper():
                    continue  # (after the lead only a name: "Świetlicę „Tęcza” w Górkach")
                if not created and not any(abs(k - i) <= near_words for k in running):
                    continue  # a verb of running names only the place beside it
                name = _QUOTED_SPAN.match(u.text, at + m.end() + 1) if i + 1 == len(words) else None
                if name and u.text[at + m.end()] != " ":
                    name = None
                phrase = _place_phrase(words, i, clause, named_after=name is not None)
                lead_end = at + (clause.find(phrase) + len(phrase) if phrase else m.end())
                if _names_follow(u.text, lead_end):
                    named_only = True  # "powstały trzy placówki …: Świetlica „Tęcza” …": a lead
                    continue
                if not phrase:
                    continue
                ph = to_nominative(phrase)
                if ph and ph.head_lemma.lower() in heads:
                    named = f"{ph.text} {name.group(0)}" if name else ph.text  # "Dom „Senior+”"
                    add(_clean_instrument(named), u, inner=True)


case_free_patterns(globals())
case_free_functions(globals())
