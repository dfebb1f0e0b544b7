"""A noun phrase put back in the nominative, with morfeusz2: 'doradztwa zawodowego' (after
'skorzystają z') -> 'doradztwo zawodowe', 'pracach społecznie użytecznych' -> 'prace społecznie
użyteczne', 'pomocy terapeutów' -> 'pomoc terapeutów' (the complement keeps its case).

The head is the phrase's first noun (adjectives before it agree with it); adjectives after it are
converted while they agree; everything after the first word that does not agree stays as written.
The analyser is loaded lazily, once per process; every word's analysis is cached.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

_WORD = re.compile(r"\w+(?:-\w+)*")
_NOUN_POS = ("subst", "ger")


@dataclass(frozen=True)
class Phrase:
    """A phrase in the nominative: the text, its head noun's lemma and gender, and where the head
    (with any adjectives before it) ends in the text."""

    text: str
    head_lemma: str
    head_gender: str
    head_end: int


class _Tag(NamedTuple):
    """One interpretation of a word: its part of speech, number, case and gender values, degree
    and lemma. (A named tuple, not a frozen dataclass: made ~5x faster, for every interpretation
    of every new word; it hashes and compares as the dataclass did, field by field.)"""

    pos: str
    number: frozenset[str]
    case: frozenset[str]
    gender: frozenset[str]
    degree: str
    lemma: str


@lru_cache(maxsize=1)
def _morfeusz():
    import morfeusz2

    return morfeusz2.Morfeusz(expand_tags=False)


class _ById(dict):
    """id -> what `resolve` gives for it, each resolved on first use (a plain dict look-up after)."""

    def __init__(self, resolve: Callable[[int], Any]) -> None:
        super().__init__()
        self.resolve = resolve

    def __missing__(self, i: int) -> Any:
        found = self[i] = self.resolve(i)
        return found


def _interpretation_reader(morfeusz) -> tuple[Callable[[str], list], Callable[[str], list]]:
    """(analyse, forms) read straight from morfeusz2's SWIG layer, for `morfeusz`
    (a `Morfeusz(expand_tags=False)`):

    - `analyse(text)` is `morfeusz.analyse(text)`: the same list of (start, end, (orth, lemma,
      tag, names, labels)). The Python wrapper builds every interpretation with seven calls
      through Python methods and properties, each passing a Python proxy SWIG checks the type
      of by its class's name, and resolves its tag, names and labels anew each time; here each
      field is read with one C call on the C++ object itself and the tag, names and labels are
      looked up by their ids in the dictionary's resolver once per id (the lists of names and
      of labels are then shared by every interpretation with that id: callers read them, never
      change them). Callgrind of 40 unseen dev pages: SWIG's type checks of proxies were ~7% of
      all instructions.
    - `forms(lemma)` is `[(g[0], g[2]) for g in morfeusz.generate(lemma)]`: (form, tag) of each
      generated form, the names and labels (which no caller reads) not built at all.

    The dictionary is fixed for the process, so an id means the same tag for the process's life.
    Where this morfeusz2 lacks any of these SWIG functions, the wrapper's own methods are used."""
    try:
        import morfeusz2

        c = morfeusz2._morfeusz2
        obj = morfeusz._morfeusz_obj.this
        resolver = morfeusz._morfeusz_obj.getIdResolver()
        results = morfeusz2.InterpsList
        raw_analyse, raw_generate = c._Morfeusz_analyse, c._Morfeusz_generate
        each, following = c.InterpsList_iterator, c.SwigPyIterator___next__
        start, end = c.MorphInterpretation_startNode_get, c.MorphInterpretation_endNode_get
        orth, lemma = c.MorphInterpretation__orth_get, c.MorphInterpretation__lemma_get
        tag_id, name_id = c.MorphInterpretation_tagId_get, c.MorphInterpretation_nameId_get
        labels_id = c.MorphInterpretation_labelsId_get
        tag_of, name_of, labels_of = resolver.getTag, resolver.getName, resolver.getLabels
    except AttributeError:  # pragma: no cover - another morfeusz2 build
        return morfeusz.analyse, lambda word: [(g[0], g[2]) for g in morfeusz.generate(word)]
    tags = _ById(tag_of)
    names = _ById(lambda i: text.split("|") if (text := name_of(i)) else [])  # (as getName)
    labels = _ById(lambda i: list(labels_of(i)))

    def interpretations(ask: Callable, text: str) -> list:
        # the C++ objects themselves (`.this`), not their Python proxies: SWIG's type check of a
        # proxy (abi3 build) formats and compares its class's full name on every call
        res = results().this
        ask(obj, text, res)
        out, it = [], each(res).this
        try:
            while True:
                out.append(following(it).this)
        except StopIteration:
            return out

    def analyse(text: str) -> list:
        return [
            (
                start(i),
                end(i),
                (orth(i), lemma(i), tags[tag_id(i)], names[name_id(i)], labels[labels_id(i)]),
            )
            for i in interpretations(raw_analyse, text)
        ]

    def forms(word: str) -> list[tuple[str, str]]:
        return [(orth(i), tags[tag_id(i)]) for i in interpretations(raw_generate, word)]

    return analyse, forms


@lru_cache(maxsize=1)
def _reader() -> tuple[Callable[[str], list], Callable[[str], list]]:
    return _interpretation_reader(_morfeusz())


# No Polish word is longer than this ("konstantynopolitańczykowianeczka" has 32 letters); morfeusz2
# is never asked about longer "words" (a 100,000-digit run crashed its C++ analyser outright).
LONGEST_WORD = 80


def too_long(word: str) -> bool:
    """Whether `word` is longer than any real word, so that morfeusz2 must not be asked."""
    return len(word) > LONGEST_WORD


@lru_cache(maxsize=32768)
def analysed(word: str) -> tuple[Any, ...]:
    """morfeusz2's interpretations of `word` (`Morfeusz(expand_tags=False).analyse`), remembered
    per word: the lemma, verb, role and place rules each asked morfeusz2 of the same words (15,816
    asks of 9,693 words on the dev pages, morfeusz2's Python wrapper building every answer anew).
    The interpretations are shared: callers read them, never change them. A run of more than
    `LONGEST_WORD` characters has none (morfeusz2 is not asked)."""
    if too_long(word):
        return ()
    return tuple(_reader()[0](word))


# a tag field's values as a set ("gen.acc" -> {"gen", "acc"}), one shared set per field text:
# morfeusz2's tags hold a few hundred distinct fields, so the remembered analyses of tens of
# thousands of words share them instead of each holding three sets of its own
_VALUE_SETS: dict[str, frozenset[str]] = {}


def _values(field: str) -> frozenset[str]:
    found = _VALUE_SETS.get(field)
    if found is None:
        found = _VALUE_SETS[field] = frozenset(field.split("."))
    return found


# a tag's fields (pos, number, case, gender, degree), one entry per tag text: morfeusz2 has a
# few thousand tags, read again for every interpretation of every new word
_TAG_FIELDS: dict[str, tuple[str, frozenset[str], frozenset[str], frozenset[str], str]] = {}
_NONE: frozenset[str] = frozenset()


def _tag_fields(tag: str) -> tuple[str, frozenset[str], frozenset[str], frozenset[str], str]:
    found = _TAG_FIELDS.get(tag)
    if found is None:
        f = tag.split(":")
        pos = f[0]
        if pos in ("subst", "ger", "adj", "ppas", "pact") and len(f) >= 4:
            degree = f[4] if pos == "adj" and len(f) > 4 else ""
            found = (pos, _values(f[1]), _values(f[2]), _values(f[3]), degree)
        else:
            found = (pos, _NONE, _NONE, _NONE, "")
        _TAG_FIELDS[tag] = found
    return found


def _tag(lemma: str, tag: str) -> _Tag:
    return _Tag(*_tag_fields(tag), lemma)


@lru_cache(maxsize=32768)
def _analyse(word: str) -> tuple[_Tag, ...]:
    """The interpretations of one word (its last hyphen part: 'społeczno-zawodowej'), remembered
    per word (32,768: the dev pages and the devset alone hold ~12,000 distinct words, which a
    memo of 8,192 cycled through on every pass)."""
    last = word.rsplit("-", 1)[-1]
    out = [_tag(a[2][1], a[2][2]) for a in analysed(last) if a[0] == 0 and a[1] == 1]
    if not out and last[:1].isupper():
        out = [_tag(a[2][1], a[2][2]) for a in analysed(last.lower())]
    return tuple(out)


@lru_cache(maxsize=4096)
def _nominative_form(lemma: str, pos: str, number: str, gender: str, degree: str) -> str | None:
    """The nominative of `lemma` in `number` (and `gender`, `degree`); of several, the one most of
    the lemma's variant paradigms share ("kontrakty", not the rare "kontrakta" of one of them)."""
    votes: dict[str, int] = {}
    for form, tag in _reader()[1](lemma):
        if tag.endswith(":neg"):
            continue  # a participle's negated form ("niewspomagane")
        t_pos, t_number, t_case, t_gender, t_degree = _tag_fields(tag)
        if (
            t_pos == pos
            and number in t_number
            and "nom" in t_case
            and (not gender or gender in t_gender)
            and (not degree or t_degree == degree)
        ):
            votes[form] = votes.get(form, 0) + 1
    return max(votes, key=votes.__getitem__) if votes else None  # (ties: the first generated)


def _like(original: str, form: str) -> str:
    """The form spelt as the original: its hyphen prefix and its capital letter."""
    head, sep, last = original.rpartition("-")
    if last[:1].isupper():
        form = form[:1].upper() + form[1:]
    return head + sep + form if sep else form


def _adjective_before_noun(word: str, nxt: str) -> bool:
    """The word can be an adjective agreeing with a noun reading of the next word."""
    adjs = [t for t in _analyse(word) if t.pos == "adj"]
    nouns = [t for t in _analyse(nxt) if t.pos in _NOUN_POS]
    return any(
        a.number & n.number and a.case & n.case and a.gender & n.gender for a in adjs for n in nouns
    )


_ENDINGS_PATH = Path(__file__).resolve().parent / "data" / "adjective_endings.yaml"


@lru_cache(maxsize=1)
def _endings() -> tuple[dict, dict, re.Pattern[str]]:
    import yaml

    with _ENDINGS_PATH.open(encoding="utf-8") as fh:
        d = yaml.safe_load(fh)
    return d["oblique"], d["nominative"], re.compile(rf"{d['stem_end']}$")


def _unknown_adjective(word: str, number: str, case: str, gender: str) -> str | None:
    """The nominative of an adjective the analyser does not know, by its ending, when the ending
    fits the head's case, number and gender ("opiekę wytchnieniową" -> "wytchnieniowa"); None
    otherwise (data/adjective_endings.yaml)."""
    if (
        not word.islower()
        or any(t.pos != "ign" for t in _analyse(word))
        or (number == "pl" and gender == "m1")
    ):
        return None
    oblique, nominative, stem_end = _endings()
    g = gender[:1] if gender[:1] in ("f", "n") else "m"
    for ending in oblique.get(case, {}).get(number, {}).get(g, []):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and stem_end.search(stem):
            return stem + nominative[number][g]
    return None


def _agrees(t: _Tag, number: str, case: str, gender: str) -> bool:
    """An adjective (or a participle: "mieszkaniach wspomaganych", "kursów podnoszących")
    agreeing with the head."""
    return (
        t.pos in ("adj", "ppas", "pact")
        and number in t.number
        and case in t.case
        and gender in t.gender
    )


@lru_cache(maxsize=8192)
def to_nominative(phrase: str, case: str | None = None) -> Phrase | None:
    """The phrase with its head noun (and the adjectives agreeing with it) in the nominative.

    `case` is the case the phrase's context governs ('gen' after 'z', 'loc' after 'udział w',
    'acc' after 'przez', 'dat' after 'dzięki', 'inst' after 'objęci'); None when unknown (then a
    phrase that can already be nominative is left as it is). None when no noun heads the phrase
    within its first three words.

    A pure function of its arguments (the analyser's dictionary is fixed for the process; a
    Phrase cannot be changed): remembered for the last 8,192 phrases, as the words are, so a
    worker reading many pages converts "szkoleń zawodowych" once.
    """
    words = list(_WORD.finditer(phrase))
    if not words:
        return None
    head_i, head = None, None
    for i, m in enumerate(words[:3]):
        w = m.group(0)
        if w.isupper() and len(w) > 1:  # an acronym ("PAL", "KIS"): the head, as written
            return Phrase(phrase, w, "", m.end())
        nouns = [t for t in _analyse(w) if t.pos in _NOUN_POS]
        if nouns and i + 1 < len(words) and _adjective_before_noun(w, words[i + 1].group(0)):
            continue  # "grupowe treningi": an adjective (also a noun, "grupowa") before its noun
        if case:  # the governed case; a noun in another one (a slip in the text) still heads
            nouns = (
                [t for t in nouns if case in t.case]
                or ([t for t in nouns if "nom" in t.case] if case == "acc" else [])
                or [t for t in nouns if "nom" not in t.case]
            )
        if nouns and i:  # "indywidualnych konsultacji": the reading the adjectives agree with
            before = [t for t in _analyse(words[i - 1].group(0)) if t.pos == "adj"]
            nouns = [
                n
                for n in nouns
                if any(
                    a.number & n.number and a.case & n.case and a.gender & n.gender for a in before
                )
            ] or nouns
        if nouns and i + 1 < len(
            words
        ):  # "mediacji rodzinnych": the reading the adjective after agrees with
            after = [t for t in _analyse(words[i + 1].group(0)) if t.pos in ("adj", "ppas")]
            nouns = [
                n
                for n in nouns
                if any(
                    a.number & n.number and a.case & n.case and a.gender & n.gender for a in after
                )
            ] or nouns
        if nouns:
            nouns.sort(key=lambda t: (t.pos != "subst", "nom" not in t.case and case is None))
            head_i, head = i, nouns[0]
            break
        if not any(t.pos in ("adj", "adja", "adv") for t in _analyse(w)):
            return None
    if head is None or head_i is None:
        return None
    number = "sg" if "sg" in head.number else "pl"
    gender = sorted(head.gender)[0] if head.gender else ""
    head_case = case if case and case in head.case else sorted(head.case)[0]
    if case is None and "nom" in head.case:
        return Phrase(phrase, head.lemma.split(":")[0], gender, words[head_i].end())
    replace: list[tuple[re.Match[str], str]] = []
    noun = (
        words[head_i].group(0).rsplit("-", 1)[-1].lower()
        if "nom" in head.case  # already nominative ("kontrakty" after "realizowane będą")
        else _nominative_form(head.lemma, head.pos, number, "", "")
    )
    if noun is None:
        return None
    replace.append((words[head_i], noun))
    adj_gender = gender
    for m in words[:head_i]:
        adjs = [t for t in _analyse(m.group(0)) if _agrees(t, number, head_case, gender)]
        if adjs:
            form = _nominative_form(adjs[0].lemma, adjs[0].pos, number, adj_gender, adjs[0].degree)
            if form:
                replace.append((m, form))
    end = words[head_i].end()
    for m in words[head_i + 1 :]:
        if m.group(0) == "i":
            continue  # "celowych i okresowych": checked with the next adjective
        tags = _analyse(m.group(0))
        adjs = [
            t
            for t in tags
            if _agrees(t, number, head_case, gender) or (case and _agrees(t, number, case, gender))
        ]
        if adjs and phrase[end : m.start()].strip() in ("", "i"):
            form = _nominative_form(adjs[0].lemma, adjs[0].pos, number, adj_gender, adjs[0].degree)
            if form:
                replace.append((m, form))
                end = m.end()
                continue
        if any(t.pos == "adv" for t in tags) and not phrase[end : m.start()].strip():
            end = m.end()
            continue  # "społecznie użytecznych": an adverb inside the adjective phrase
        unknown = (
            _unknown_adjective(m.group(0), number, head_case, gender)
            if not phrase[end : m.start()].strip() and head_case != "nom"
            else None
        )
        if unknown:  # "opiekę wytchnieniową": an adjective the analyser does not know
            replace.append((m, unknown))
            end = m.end()
            continue
        break
    out, pos, head_end = "", 0, 0
    for m, form in sorted(replace, key=lambda r: r[0].start()):
        out += phrase[pos : m.start()] + _like(m.group(0), form)
        pos = m.end()
        if m is words[head_i]:
            head_end = len(out)
    return Phrase(out + phrase[pos:], head.lemma.split(":")[0], gender, head_end)


# finite verb forms: present/future ("ruszy", "powstanie"), past ("otrzymał"), "będzie"
_FINITE = ("fin", "praet", "bedzie")


@lru_cache(maxsize=1)
def _rare_verbs() -> frozenset[str]:
    """Verbs whose forms are common words of another kind (vocabulary.yaml titles.rare_verbs:
    "naszać", whose "nasza" is the possessive "nasza")."""
    from .vocabulary import vocabulary

    return frozenset(vocabulary()["titles"]["rare_verbs"])


def _finite(analyses) -> bool:
    # the third person only (a news headline's "ruszyła", "otrzyma"; a title's "Razem możemy
    # więcej" is in the first); an archaic reading does not count ("Pora": a noun, and an old
    # form of "porać"), nor a rare verb's ("Nasza wieś": the possessive, not "naszać")
    return any(
        a[2][2].split(":")[0] in _FINITE
        and (a[2][2].startswith("praet") or ":ter" in a[2][2])
        and "daw." not in a[2][4]
        and a[2][1].split(":")[0] not in _rare_verbs()
        for a in analyses
    )


@lru_cache(maxsize=4096)
def _finite_verb_word(word: str) -> bool:
    return _finite(analysed(word)) or (word[:1].isupper() and _finite(analysed(word.lower())))


def has_finite_verb(text: str) -> bool:
    """Whether a phrase contains a finite verb in the third person or the past ("W gminie Borki
    ruszy projekt": yes; "Krok do przodu", "Uwierz w siebie" (an imperative), "Razem możemy więcej"
    (the first person): no). Words in capitals are read in lower case."""
    return any(_finite_verb_word(w if not w.isupper() else w.lower()) for w in _WORD.findall(text))


@lru_cache(maxsize=4096)
def _impersonal_word(word: str) -> bool:
    analyses = analysed(word.lower() if word[:1].isupper() else word)
    return bool(analyses) and all(a[2][2].startswith("imps") for a in analyses)


def has_impersonal_verb(text: str) -> bool:
    """Whether a phrase holds a verb in the impersonal "-no/-to" form, every reading of the word
    so (morfeusz2): a headline's "Przyznano środki …", "Podpisano umowę …"; no name is so worded."""
    return any(_impersonal_word(w) for w in _WORD.findall(text))


# the readings of a clause's own verb: the third person present/future, the past, the impersonal
# "-no/-to" ("utworzono", "zrealizowano"), a passive participle standing for "został …"
_PREDICATE = ("fin", "praet", "bedzie", "imps", "ppas")  # and "podpisana", "zakończony"


def _only_predicate(analyses) -> bool:
    tags = [a[2][2] for a in analyses]
    return bool(tags) and all(
        t.split(":")[0] in _PREDICATE
        # the third person; "będziemy" in any person ("… dzielnica będziemy informować")
        and (not t.startswith("fin") or ":ter" in t)
        # a passive participle in the nominative only ("podpisana"; "osób zagrożonych" describes)
        and (not t.startswith("ppas") or ":nom" in t)
        and (a[2][1].split(":")[0] != "być" or t.startswith("bedzie:pl"))
        for a, t in zip(analyses, tags)
    )


@lru_cache(maxsize=4096)
def _predicate_word(word: str) -> bool:
    return _only_predicate(analysed(word.lower() if word.isupper() else word))


def predicate_start(text: str) -> int | None:
    """Where the clause's own verb starts in a phrase that runs on into its sentence ("Centrum
    Usług Społecznych w Lubaniu utworzono …" → the offset of "utworzono"): the first word every
    reading of which is a third-person or past finite verb or an impersonal form (morfeusz2), not
    a form of "być" (a title may say "Rodzina jest najważniejsza") nor a word that may be a noun or
    an adjective too ("Działa", "stała"). None when there is no such word."""
    before = None
    for m in _WORD.finditer(text):
        if _predicate_word(m.group(0)):
            if before is not None and _subject_of(before.group(0), m.group(0)):
                return before.start()  # "… aktywności seniorzy skorzystają": its subject too
            return m.start()
        before = m
    return None


def _number(tag: str) -> str:
    parts = tag.split(":")
    return parts[1] if len(parts) > 1 and parts[1] in ("sg", "pl") else ""


@lru_cache(maxsize=4096)
def _subject_of(word: str, verb: str) -> bool:
    """`word` can only be a noun in the nominative that agrees in number with `verb` ("seniorzy
    skorzystają"): the clause's subject standing before its verb."""
    nouns = [a[2][2] for a in analysed(word.lower() if word.isupper() else word)]
    numbers = {_number(a[2][2]) for a in analysed(verb.lower() if verb.isupper() else verb)}
    return bool(nouns) and all(
        t.startswith("subst:") and "nom" in t.split(":")[2] and _number(t) in numbers for t in nouns
    )


@lru_cache(maxsize=4096)
def may_open_a_name(word: str) -> bool:
    """Whether a name in the nominative may open with `word` (morfeusz2): a noun, adjective,
    numeral or pronoun reading in the nominative, or a word of another kind (a verb in the
    imperative, an adverb, a preposition: "Razem", "Bądź", "Z"); False for a word whose every
    reading is a noun or adjective in another case ("Dziennego Domu Seniora": the genitive after
    "projektu", describing the project, not naming it). Unknown words may open a name."""
    tags = [a[2][2] for a in analysed(word.lower() if word.isupper() else word)]
    declined = [
        t
        for t in tags
        if t.split(":")[0] in ("subst", "adj", "num", "ppron3", "ger", "pact", "ppas")
    ]
    return len(declined) < len(tags) or any(
        "nom" in t.split(":")[2] for t in declined if t.count(":") >= 2
    )
