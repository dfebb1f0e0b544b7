"""Forms of support named in prose, found as candidates and scored (issue 12, item 3).

Every noun phrase of a prose sentence (not a list item, a heading or a table row) whose head noun
is a form-of-support lemma (data/instrument_words.yaml `heads`, in any case: morfeusz2) is a
candidate, with the phrases coordinated after it ("warsztaty kulinarne, artystyczne i kursy"),
each put in the nominative (instruments._read_clause). Each candidate gets named features: a cue
in its sentence before it ("w ramach projektu zorganizowano", "uczestnicy skorzystali z"), the
heading above, whether the sentence is about the project, a goal, a result, recruitment or news,
whether the phrase is a list's part, its head's strength, a name's capitals. A logistic score
(weights fitted on the dev gold by benchmarks/instrument_candidates_fit.py, in
data/instrument_candidate_weights.yaml) decides which candidates are forms of support; the
extractor adds them after its rules, through the same de-duplication.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from . import instruments as inst
from .fastre import CaseFree
from .inflect import _analyse, to_nominative
from .rules import Doc, fold
from .text import Unit

_DATA = Path(__file__).resolve().parent / "data"
_WORDS_PATH = _DATA / "instrument_candidates.yaml"
_WEIGHTS_PATH = _DATA / "instrument_candidate_weights.yaml"

# a sentence ends at ".", "!" or "?" before a capital or the end (not "m.in.", "np.", "ul.")
# (the mark first, the abbreviations looked behind it: the search skips to the marks at once)
_SENTENCE_END = re.compile(
    r"[.!?](?<!m\.in.)(?<!\bnp.)(?<!\btj.)(?<!\bul.)(?<!\bok.)(?<!\bnr.)(?<!\bim.)(?<!\bpn.)"
    r"(?<!\bdr.)(?<!\bgodz.)(?=\s+[\"„“A-ZĄĆĘŁŃÓŚŹŻ0-9]|\s*$)"
)
_HEADING_BACK = 12  # how many units back a heading above the sentence is looked for
_SHORT_LINE = 70  # a line this short without a final period reads as a heading


@dataclass(frozen=True)
class Candidate:
    """One noun phrase of a prose sentence that may name a form of support."""

    text: str  # in the nominative
    unit: int  # the unit's index in the document
    head: str  # the head noun's lemma
    features: dict[str, float] = field(default_factory=dict)


@lru_cache(maxsize=1)
def _words() -> dict[str, CaseFree]:
    """The scorer's word patterns, case-free (fastre: the same matches as with IGNORECASE)."""
    raw = yaml.safe_load(_WORDS_PATH.read_text(encoding="utf-8"))
    return {
        k: CaseFree(re.compile(fold(re.sub(r" (?=\|)|(?<=\|) ", "", v)), re.IGNORECASE))
        for k, v in raw.items()
        if isinstance(v, str)
    }


@lru_cache(maxsize=1)
def _head_families() -> tuple[frozenset[str], frozenset[str]]:
    """The event heads and the aim heads (data/instrument_candidates.yaml)."""
    raw = yaml.safe_load(_WORDS_PATH.read_text(encoding="utf-8"))
    return frozenset(raw["event_heads"]), frozenset(raw["aim_heads"])


@lru_cache(maxsize=1)
def weights() -> dict:
    """The fitted weights, bias and threshold ({} when none were written yet)."""
    if not _WEIGHTS_PATH.exists():
        return {}
    return yaml.safe_load(_WEIGHTS_PATH.read_text(encoding="utf-8")) or {}


def sentences(text: str) -> list[tuple[int, str]]:
    """The sentences of a unit with their offsets."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if text[start : m.end()].strip():
            out.append((start, text[start : m.end()]))
        start = m.end()
    if text[start:].strip():
        out.append((start, text[start:]))
    return out


def _heading_above(doc: Doc, k: int) -> str:
    """The nearest heading (or short title line) before unit k, "" when none is near."""
    for j in range(k - 1, max(-1, k - 1 - _HEADING_BACK), -1):
        u = doc.units[j]
        t = u.text.strip()
        if u.is_heading or (
            not u.is_item and len(t) <= _SHORT_LINE and t[-1:] not in ".,;!?" and t
        ):
            return t
    return ""


_PARTICIPLE = re.compile(r"\s+\w+ąc(?:y|a|e|ą|ych|ego|ej|ym|ymi)\b.*$")


def _noun_complement(before: str, cases: frozenset[str]) -> bool:
    """A head in the genitive right after another noun (not a light one, "organizacja", "cykl"):
    the other noun's complement ("ścieżką reintegracji"), no phrase of its own."""
    tags = _analyse(before)
    if "gen" not in cases or not tags or any(t.pos not in ("subst", "ger") for t in tags):
        return False
    light = frozenset(inst._words()["light_heads"]) | frozenset(inst._words()["light_verbs"])
    return not any(t.lemma.split(":")[0] in light for t in tags)


def _runs(text: str) -> list[tuple[int, str, str | None, list[str]]]:
    """The runs of coordinated noun phrases headed by a form-of-support noun in one sentence:
    (offset of the run, the run, the case its first head is in, its items in the nominative)."""
    heads = inst._heads()[0]
    # the enumeration rules' own normalisations: "m.in.", a spaced compound adjective
    # ("społeczno – kulturalne"), providers in apposition ("pomoc specjalistów: psychologa, …")
    text = inst._AMONG_OTHERS.sub("m.in.", text)
    text = inst._provider_apposition(inst._join_spaced_compounds(text))
    text = inst._QUOTED_SPAN.sub(lambda m: " " * len(m.group(0)), inst._PAREN.sub("", text))
    # only the words that can be a head start a run; half the prose sentences hold none, and
    # those are answered from the words' strings alone (`findall` gives exactly the strings of
    # the matches `finditer` gives), without building a match object per word
    word_cases = inst.head_cases_of(inst._WORD_SPAN.findall(text), heads)
    if all(c is None for c in word_cases):
        return []
    _trig, end_re, _clause, _prefix = inst._enumeration_res()
    body_noun, role_noun = inst._name_words()
    words = list(inst._WORD_SPAN.finditer(text))
    out: list[tuple[int, str, str | None, list[str]]] = []
    at_heads = [(i, c) for i, c in enumerate(word_cases) if c is not None]
    after = 0  # the first word past the last run
    for i, cases in at_heads:
        if i < after:
            continue
        head = inst.phrase_start(text, words, i, body_noun, role_noun)
        if head is None:
            continue  # "Centrum Szkoleń", "instruktor warsztatów", "certyfikat ukończenia kursu"
        s, before, gap = head
        if before and not gap.strip() and _noun_complement(before, cases):
            continue  # "ścieżką reintegracji", "zestaw instrumentów": another noun's complement
        case = inst.governed_case(before if not gap.strip() else None, cases)
        clause = text[words[s].start() :]
        e = end_re.search(clause)
        clause = clause[: e.start()] if e else clause
        parts = inst._PART_SPLIT.split(clause)
        run = inst._before_verb(parts[0])
        if run == parts[0]:
            for k in range(2, len(parts), 2):
                if not inst._goes_on_enumeration(parts[k], case):
                    break
                last = inst._before_verb(parts[k])
                run += parts[k - 1] + last
                if last != parts[k]:
                    break
        items = inst._read_clause(run, case) if run.strip() else []
        if items:
            out.append((words[s].start(), run, case, items))
        end = max(words[s].start() + len(run), words[i].end())
        after = i + 1  # (at least past the head)
        while after < len(words) and words[after].start() < end:
            after += 1
    return out


# a place after the phrase ("spotkania w Goleniowie", "Praca w Krakowie"): a venue or a portal's name
_PLACE_AFTER = re.compile(r"\s(?:w|we|na|przy)\s+(?:[A-ZĄĆĘŁŃÓŚŹŻ]|ul\.)")


@lru_cache(maxsize=256)
def _sentence_flags(sentence: str) -> tuple[float, float, float, float]:
    """The features of the whole sentence (project, result, recruitment, news): the same for every
    candidate of the sentence, so looked for once per sentence."""
    w = _words()
    return tuple(
        float(bool(w[k].search(sentence))) for k in ("project", "result", "recruitment", "news")
    )


def _features(
    sentence: str,
    at: int,
    item: str,
    n_items: int,
    heading: str,
    unit_read: bool,
    title: str = "",
    page_items: bool = False,
) -> dict[str, float]:
    w = _words()
    strong = inst._content_words()[0]
    _heads, acronyms, generic, _cut = inst._heads()
    ph = to_nominative(item)
    head = ph.head_lemma if ph else ""
    before = sentence[:at]
    words = item.split()
    low = item.lower()
    trig = inst._enumeration_res()[0]
    lexicon = inst._instrument_lexicon()[0]
    project, result, recruitment, news = _sentence_flags(sentence)
    return {
        "cue_before": float(bool(w["cue"].search(before))),
        "trigger_before": float(bool(trig.search(before + " "))),
        "cue_after": float(bool(w["cue"].search(sentence[at:]))),
        "project": project,
        "goal": float(bool(w["goal"].search(before))),
        "result": result,
        "recruitment": recruitment,
        "news": news,
        "offer": float(bool(w["offer"].search(before))),
        "name_words": float(bool(w["name_words"].search(low))),
        "support_heading": float(bool(heading and w["support_heading"].search(heading))),
        "other_heading": float(bool(heading and w["other_heading"].search(heading))),
        "listed": float(n_items >= 2),
        "many_listed": float(n_items >= 3),
        "strong_head": float(head in strong),
        "generic_head": float(head in generic),
        "one_word": float(len(words) == 1),
        "long": float(len(words) >= 5),
        "capitalised": float(words[0][:1].isupper() and at > 0 and bool(sentence[:at].strip())),
        "lexicon": float(bool(lexicon.search(item))),
        "unit_read": float(unit_read),
        "sentence_start": float(not before.strip()),
        "acronym": float(head in acronyms),
        "event_head": float(head in _head_families()[0]),
        "aim_head": float(head in _head_families()[1] and len(words) <= 2),
        "place_after": float(bool(_PLACE_AFTER.search(item))),
        "title_case": float(sum(x[:1].isupper() for x in words) >= 2 or item.isupper()),
        "in_title": float(bool(title) and item.lower() in title.lower()),
        "page_items": float(page_items),
    }


def find(doc: Doc, end: int, read: set[int]) -> list[Candidate]:
    """The candidates of the page's prose units before `end` (the page's own content); `read`:
    the ids of the units the rules already read items from."""
    out: list[Candidate] = []
    title = " ".join(x for x in (doc.main.title, doc.page_title) if x)
    for k, u in enumerate(doc.units[:end]):
        if (
            u.is_item
            or u.is_heading
            or u.is_row
            or doc.is_foreign(u)
            or inst._looks_like_menu(u.text)
            or len(u.text) < 20
        ):
            continue
        heading, body = _heading_above(doc, k), u.text
        first, _nl, rest = u.text.partition("\n")
        if rest.strip() and len(first.strip()) <= _SHORT_LINE and first.strip()[-1:] not in ".,;!?":
            heading, body = first.strip(), rest  # a heading line that shares the unit
        for _off, sentence in sentences(body):
            # (a counted question, "ile osób ukończyło kursy …", names no support)
            for at, _run, _case, items in _runs(inst.without_counted_questions(sentence)):
                for item in items:
                    # (an active participle explains the phrase: "… obejmującą pracę socjalną")
                    value = inst._clean_instrument(_PARTICIPLE.sub("", item))
                    if not value or inst._has_verb(value):
                        continue
                    ph = to_nominative(value)
                    feats = _features(
                        sentence, at, value, len(items), heading, id(u) in read, title, bool(read)
                    )
                    out.append(Candidate(value, k, ph.head_lemma if ph else "", feats))
    return out


def score(c: Candidate, w: dict | None = None) -> float:
    """The candidate's probability of naming a form of support, by the fitted weights."""
    w = weights() if w is None else w
    if not w:
        return 0.0
    z = float(w.get("bias", 0.0)) + sum(
        float(w["weights"].get(name, 0.0)) * v for name, v in c.features.items()
    )
    return 1.0 / (1.0 + math.exp(-z))


def _named_in(text: str, items: list[str]) -> bool:
    """The candidate's words (as lemmas) are all in an item the rules gave, in order
    ("usługi opiekuńcze w miejscu zamieszkania" in "Świadczenie usług opiekuńczych w miejscu
    zamieszkania"): the same form named again."""
    key = f" {inst.head_lemma_key(text)} "
    return any(key in f" {inst.head_lemma_key(it)} " for it in items)


def accepted(
    doc: Doc, end: int, read: set[int], items: list[str] | None = None
) -> list[tuple[str, Unit]]:
    """The candidates scored at least the fitted threshold and not named in the rules' `items`,
    in the page's order."""
    w = weights()
    if not w:
        return []
    threshold = float(w["threshold"])
    return [
        (c.text, doc.units[c.unit])
        for c in find(doc, end, read)
        if score(c, w) >= threshold and not _named_in(c.text, items or [])
    ]


def extract_instruments(doc: Doc) -> tuple[list[str], list[Unit]]:
    """The page's forms of support: the rules' items (instruments.extract_instruments), then the
    scored prose candidates no rule read (`accepted`)."""
    return inst.extract_instruments(doc, prose_candidates=accepted)
