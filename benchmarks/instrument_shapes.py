"""Where instrument errors come from, as counts only (safe on held-out sets).

    .venv/bin/python benchmarks/instrument_shapes.py [--sets real-dev,real-heldout,devset]

For each set prints ONLY counts: documents by whether gold and the extractor name instruments;
extra items (extracted, matching no gold item) by shape (length in words, a colon or heading line,
a digit or an amount, a verb first, a target group first, a near-duplicate of another extracted
item, a near-miss of a gold item, whether the unit is a list item, a heading or prose, and the
rule that read it); missed gold items by length and by whether the page's text holds them (exactly,
fuzzily, by word stems, or not at all) and where. No file names and no values are printed, so the
held-out set can be diagnosed without being read (the scorer's own matching decides a hit).
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from score_extraction import _item_match, _item_norm

REAL = ROOT / "benchmarks" / "realcorpus"
DEVSET = ROOT.parent / "shared" / "devset"

# the rules of integra/extract/instruments.py that read items through `add` (second argument)
_RULES = (
    "_task_lines",
    "_named_paragraphs",
    "_sub_headed_forms",
    "_line_lists",
    "_bare_heading_runs",
    "_inline_numbered",
    "_support_table",
    "_numbered_rows",
    "_page_subject",
    "_parenthesised_after_project",
    "_prose_enumerations",
    "_object_first",
    "_counted_first",
    "_named_tasks",
    "_english",
    "_lexicon_mentions",
    "_content_enumerations",
    "_example_lists",
    "_colon_lead_ins",
    "_created_places",
    "_english_content",
    "_list_item_entries",
)
_GROUP_FIRST = re.compile(
    r"^(?:\d+\s+)?(?:osob|osób|uczestni|rodzin|dzieci|dziec|młodzież|bezrobotn|kobiet|mężczyzn|"
    r"senior|niepełnospraw|mieszkań[cń]|klient|podopieczn|pracownik|wychowan|absolwent|"
    r"opiekun|członk|people|persons|participants)",
    re.IGNORECASE,
)
_AMOUNT = re.compile(r"\d[\d\s.,]*\s*(?:zł|pln|euro|eur)\b|\bzłotych\b", re.IGNORECASE)
_VERB_TAGS = ("inf", "fin", "praet", "impt", "imps", "bedzie", "winien", "pred")
_WORD = re.compile(r"\w+")


def _gold(set_name: str) -> list[tuple[dict, Path]]:
    out: list[tuple[dict, Path]] = []
    if set_name == "devset":
        if (DEVSET / "gold.json").exists():
            for g in json.loads((DEVSET / "gold.json").read_text(encoding="utf-8")):
                out.append((g, DEVSET / "docs" / os.path.basename(g["file"])))
        return out
    part = set_name.removeprefix("real-")
    for fragment in sorted((REAL / "gold").glob(f"*_{part}.json")):
        for g in json.loads(fragment.read_text(encoding="utf-8")):
            out.append((g, REAL / part / "docs" / os.path.basename(g["file"])))
    return out


class _Capture:
    """Patches the extractor so each record's instrument units, page and reading rule are kept."""

    def __init__(self) -> None:
        from integra.extract import instruments as inst
        from integra.extract import record

        self.source: dict[str, str] = {}
        self.units: list = []
        self.doc = None
        self._current = "list items / inline"
        original = record.extract_instruments

        def capturing(doc):
            self.source = {}
            self.doc = doc
            items, units = original(doc)
            self.units = units
            return items, units

        record.extract_instruments = capturing
        for name in _RULES:
            fn = getattr(inst, name)
            setattr(inst, name, self._wrap(name, fn))

    def _wrap(self, name: str, fn):
        def wrapped(*a, **k):
            k_add = next(i for i, x in enumerate(a) if callable(x) and x.__name__ == "add")
            add = a[k_add]

            def tagged(value, *aa, **kk):
                if value and value not in self.source:
                    self.source[value] = self._current
                return add(value, *aa, **kk)

            tagged.__name__ = "add"
            a = (*a[:k_add], tagged, *a[k_add + 1 :])
            outer = self._current
            if outer == "list items / inline":
                self._current = name
            try:
                return fn(*a, **k)
            finally:
                self._current = outer

        return wrapped


_LEAD_KINDS = (
    (
        "aims",
        re.compile(r"\bcel\w*|\bzadaniem\s+projektu\s+jest|\bma\s+na\s+celu|\baim|\bgoal", re.I),
    ),
    ("results", re.compile(r"rezultat\w*|efekt\w*|wskaźnik\w*|osiągn\w*|result|outcome", re.I)),
    (
        "recruitment",
        re.compile(
            r"rekrutac\w*|kryteri\w*|warunk\w*|kwalifik\w*|dokument\w*|zgłosz\w*|formularz\w*", re.I
        ),
    ),
    (
        "target group",
        re.compile(
            r"uczestni\w*|adresowan\w*|skierowan\w*|grupa\s+docelow\w*|dla\s+kogo|kto\s+może|odbiorc\w*",
            re.I,
        ),
    ),
    (
        "support",
        re.compile(
            r"wsparci\w*|działa\w*|zadani\w*|form\w*|ofert\w*|oferuj\w*|zaplanowan\w*|przewidzian\w*|realiz\w*|w\s+ramach",
            re.I,
        ),
    ),
)


# a fixed vocabulary of lead-in stems, counted (never printed from the text)
_LEAD_STEMS = (
    "zadani",
    "działa",
    "form",
    "wsparci",
    "ofert",
    "oferuj",
    "program",
    "obejm",
    "zakup",
    "efekt",
    "rezultat",
    "cel",
    "w ramach",
    "uczestni",
    "dokument",
    "zaplanowan",
    "przewidzian",
    "realizowan",
    "organizowan",
    "usług",
    "zajęci",
    "moduł",
    "etap",
    "ścieżk",
    "pomoc",
    "projekt",
    "placów",
    "utworz",
    "powsta",
    "kryteri",
    "warunk",
    "wymagan",
    "osob",
    "rodzin",
    "dzieci",
    "senior",
    "zakres",
    "temat",
    "możliw",
    "skorzyst",
    "otrzyma",
    "będą",
    "mogą",
    "?",
)


def _lead_stems(text: str) -> list[str]:
    low = text.lower()
    return [w for w in _LEAD_STEMS if w in low]


def _lead_kind(text: str) -> str:
    for kind, rx in _LEAD_KINDS:
        if rx.search(text):
            return kind
    return "other"


_LEAD_CLASSES = (
    ("aims", re.compile(r"\bcel\w*", re.I)),
    ("results/indicators", re.compile(r"rezultat|efekt|wskaźnik|produkt\w*", re.I)),
    (
        "eligibility",
        re.compile(
            r"kryteri|warunk|kto\s+może|adresowan|skierowan|grup\w*\s+docelow|uczestni\w+\s+(?:mog|będ)|kwalifik",
            re.I,
        ),
    ),
    ("documents", re.compile(r"dokument|załącznik|pobrani|formularz|do\s+pobrania", re.I)),
    ("tasks", re.compile(r"zadani|działani", re.I)),
    ("support", re.compile(r"wsparci|form\w*\s+pomocy|pomoc|ofert|usług|zajęci", re.I)),
    ("project words", re.compile(r"projekt|program", re.I)),
)


def _lead_class(text: str) -> str:
    for kind, rx in _LEAD_CLASSES:
        if rx.search(text):
            return kind
    return "other"


_AIM_GERUNDS = frozenset(
    "zwiększyć zwiększać podnieść podnosić poprawić poprawiać wzmocnić wzmacniać rozwinąć rozwijać "
    "ograniczyć ograniczać zmniejszyć zmniejszać nabyć nabywać zdobyć zdobywać przeciwdziałać "
    "wyrównać wyrównywać podwyższyć podwyższać uzyskać uzyskiwać wzrosnąć przygotować "
    "przygotowywać integrować zintegrować aktywizować zaktywizować upowszechnić upowszechniać".split()
)


def _first_pos(item: str) -> str:
    from integra.extract import instruments as inst
    from integra.extract.inflect import _analyse

    w = _WORD.findall(item.lower())[:1]
    if not w:
        return "none"
    tags = _analyse(w[0])
    lemmas = {t.lemma.split(":")[0] for t in tags}
    if any(t.pos == "ger" for t in tags):
        if lemmas & _AIM_GERUNDS:
            return "ger (an aim's verb)"
        if lemmas & (frozenset(inst._words()["light_verbs"])):
            return "ger (a light verb)"
    if lemmas & inst._heads()[0]:
        return "known head"
    pos = {t.pos for t in tags}
    for p in ("ger", "subst", "adj", "inf", "fin", "praet", "prep"):
        if p in pos:
            return p
    return "other"


def _one_word_kind(x: str, got: list[str], doc, u) -> str:
    """A one-word item: its head's class, and whether the page names the same head qualified."""
    from integra.extract import instruments as inst
    from integra.extract.inflect import _analyse

    w = inst._words()
    lemmas = {t.lemma.split(":")[0] for t in _analyse(x.lower())}
    strong = set(w["content_enumeration"]["strong_heads"])
    generic = set(w["generic_heads"])
    kind = "generic head" if lemmas & generic else "strong head" if lemmas & strong else "other"
    low = _item_norm(doc.text) if doc is not None else ""
    st = _stem(_item_norm(x))
    qualified = re.search(
        rf"\b{re.escape(st)}\w*\s+(?!i\b|oraz\b|w\b|dla\b|na\b|z\b)[a-ząćęłńóśźż]{{4,}}", low
    )
    in_item = u is not None and u.is_item
    return f"{kind}, {'list item' if in_item else 'prose'}, {'qualified elsewhere on page' if qualified else 'never qualified'}"


def _lead_in(doc, u) -> str:
    """The nearest unit before a list item that is not an item (its list's lead-in)."""
    k = next((i for i, v in enumerate(doc.units) if v is u), None)
    while k is not None and k > 0:
        k -= 1
        if not doc.units[k].is_item:
            return doc.units[k].text
    return ""


def _position(text: str, item: str) -> int | None:
    """Where an item's words start in a unit's text (exactly, else by its first two stems)."""
    low = _item_norm(text)
    norm = _item_norm(item)
    k = low.find(norm)
    if k >= 0:
        return k
    stems = [_stem(w) for w in norm.split()][:2]
    m = re.search(r"\b" + r"\w*\W+(?:\w+\W+){0,2}?".join(re.escape(st) for st in stems), low)
    return m.start() if m else None


def _partial(c: Counter, want: str, u, read: list[str]) -> None:
    """A gold item missed in a unit that gave other items: where it stands among them."""
    at = _position(u.text, want)
    spots = [p for p in (_position(u.text, x) for x in read) if p is not None]
    if at is None or not spots:
        c["position unknown"] += 1
    elif at < min(spots):
        c["before the first read item"] += 1
    elif at > max(spots):
        c["after the last read item"] += 1
    else:
        c["between read items"] += 1
    head = _stem(_item_norm(want).split()[0]) if want.split() else ""
    if head and any(head in _item_norm(x) for x in read):
        c["its head word is in a read item (joined or cut)"] += 1
    c[f"item of {_words_bucket(len(want.split()))} words"] += 1


# a fixed list of nouns that may name support the extractor's head list lacks (counted only)
_CANDIDATE_HEADS = (
    "naprawa",
    "dom",
    "centrum",
    "placówka",
    "punkt",
    "miejsce",
    "sprzęt",
    "żywność",
    "świadczenie",
    "stypendium",
    "dofinansowanie",
    "remont",
    "zakup",
    "integracja",
    "usamodzielnienie",
    "rozwój",
    "zwiększenie",
    "podniesienie",
    "nabycie",
    "zdobycie",
    "przygotowanie",
    "pakiet",
    "ścieżka",
    "plan",
    "opiekun",
    "psycholog",
    "pedagog",
    "terapeuta",
    "specjalista",
    "trener",
    "doradca",
    "prawnik",
    "kampania",
    "konkurs",
    "koncert",
    "spektakl",
    "kino",
    "teatr",
    "basen",
    "kurs",
    "infolinia",
    "dyżur",
    "telefon",
    "aktywność",
    "przedsiębiorczość",
    "dotacja",
    "środek",
    "zatrudnienie",
    "praca",
    "staż",
    "wolontariusz",
    "asystent",
    "sąsiedzki",
    "opieka",
    "usługa",
)


def _head_kind(item: str) -> str:
    from integra.extract import instruments as inst
    from integra.extract.inflect import _analyse

    heads = inst._heads()[0]
    light = frozenset(inst._words()["light_heads"]) | frozenset(inst._words()["light_verbs"])
    for w in _WORD.findall(item.lower())[:3]:
        tags = _analyse(w)
        lemmas = {t.lemma.split(":")[0] for t in tags if t.pos in ("subst", "ger")}
        if not lemmas:
            continue
        if lemmas & heads:
            return "head noun known"
        if lemmas & light:
            return "light head (prowadzenie, utworzenie …)"
        hit = sorted(lemmas & set(_CANDIDATE_HEADS))
        if hit:
            return f"candidate head: {hit[0]}"
        pos = "verbal noun" if any(t.pos == "ger" for t in tags) else "noun"
        return f"other {pos}"
    return "no noun in its first three words"


def _what_if_english(c: Counter, doc, units, want: list[str]) -> None:
    """On an English page's units that gave nothing: what variants of the untriggered English
    enumeration would read (right / extra), counted."""
    from integra.extract import instruments as inst

    variants = {
        "one phrase enough": {"min_items": 1},
        "a preposition's objects": {"objects": True},
        "not from the sentence's middle": {"middle": False},
        "both": {"min_items": 1, "objects": True},
    }
    for u in doc.units:
        if any(v is u for v in units) or doc.is_foreign(u):
            continue
        text = inst._item_body(u) if u.is_item else u.text
        base = set(inst.english_content_parts(text))
        for name, kw in variants.items():
            for x in inst.english_content_parts(text, **kw):
                if x in base:
                    continue
                ok = any(_item_match(x, w) for w in want)
                c[f"{name}: {'right' if ok else 'extra'}"] += 1


def _what_if_items(c: Counter, doc, units, want: list[str]) -> None:
    """List items that gave nothing and open with a lexicon entry: what reading the entry would
    give (right / extra), by whether the list's lead-in ends with a colon."""
    from integra.extract import instruments as inst
    from integra.extract.inflect import to_nominative

    lex, names = inst._instrument_lexicon()
    end = inst._page_end(doc)
    for u in doc.units[:end]:
        if not u.is_item or any(v is u for v in units) or doc.is_foreign(u):
            continue
        body = inst._item_body(u)
        m = lex.search(body)
        if not m or m.start() > 3:
            continue
        name = names[int(m.lastgroup[1:])]
        value = m.group(0) if name == "=" else name
        if name == "=":
            ph = to_nominative(value)
            value = ph.text if ph else value
        ok = any(_item_match(value, w) for w in want)
        colon = _lead_in(doc, u).rstrip().endswith(":")
        c[f"{'colon' if colon else 'no colon'} lead-in: {'right' if ok else 'extra'}"] += 1


# a fixed list of English words that might open a list of support (counted only)
_EN_CANDIDATE_VERBS = (
    "use",
    "enjoy",
    "undergo",
    "fund",
    "financ",
    "cover",
    "launch",
    "establish",
    "run ",
    "support for",
    "help",
    "assistance",
    "access to",
    "learn",
    "develop",
    "creat",
    "organi",
    "held",
    "conduct",
    "deliver",
    "implement",
    "set up",
    "open",
    "carried out",
    "thanks to",
    "activities",
    "services",
    "training",
    "will be",
    "were",
    "was",
    "is ",
    "are ",
    "includ",
    "aim",
    "objective",
    "goal",
    "project",
    "tasks",
    ":",
    "- ",
    "–",
    "\\(",
    "such",
    "e.g.",
    "namely",
    "like ",
)


_EN_TRIGGER_WORDS = (
    "take part",
    "took part",
    "participat",
    "benefit",
    "through",
    "covered by",
    "supported",
    "receiv",
    "such as",
    "includ",
    "offer",
    "provid",
    "consist",
    "by means",
    "attend",
    "envisag",
    "foresee",
    "involv",
    "compris",
    "following",
    "organi",
    "conducted",
    "held",
    "carried out",
    "implemented",
    "form of",
)


def _near_kind(x: str, want: list[str]) -> str:
    """How an extra item differs from the gold item nearest it (counted only)."""
    xn = _item_norm(x)
    w = max(want, key=lambda w: difflib.SequenceMatcher(None, xn, _item_norm(w)).ratio())
    wn = _item_norm(w)
    xs, ws = xn.split(), wn.split()
    st = lambda ws: [_stem(t) for t in ws]  # noqa: E731
    if st(xs) == st(ws):
        return "same words, endings differ (inflection)"
    if set(st(ws)) < set(st(xs)):
        return f"got longer by {_words_bucket(len(xs) - len(ws))} words (gold's stems in it)"
    if set(st(xs)) < set(st(ws)):
        return f"got shorter by {_words_bucket(len(ws) - len(xs))} words (its stems in gold)"
    if xs and ws and _stem(xs[0]) == _stem(ws[0]):
        return "same first word, rest differs"
    return "other"


def _words_bucket(n: int) -> str:
    for top, label in ((1, "1"), (3, "2-3"), (6, "4-6"), (10, "7-10"), (20, "11-20")):
        if n <= top:
            return label
    return "21+"


def _verb_first(item: str) -> bool:
    from integra.extract.inflect import _analyse

    words = _WORD.findall(item)
    if not words:
        return False
    pos = {t.pos for t in _analyse(words[0])}
    return bool(pos & set(_VERB_TAGS)) and not pos & {"subst", "ger", "adj"}


def _where(u, doc) -> str:
    if u is None:
        return "unknown"
    if u.is_item:
        return "list item"
    if u.is_heading:
        return "heading"
    if u.is_row:
        return "table row"
    return "prose"


def _stem(w: str) -> str:
    return w[: max(3, min(5, len(w) - 2))] if len(w) > 3 else w


def _found_in_text(item: str, words: list[str], text: str) -> str:
    norm = _item_norm(item)
    if not norm:
        return "not in text"
    if norm in text:
        return "exact in text"
    iw = norm.split()
    n = len(iw)
    for size in {max(1, n - 1), n, n + 1}:
        for i in range(0, max(1, len(words) - size + 1)):
            window = " ".join(words[i : i + size])
            sm = difflib.SequenceMatcher(None, norm, window)
            if sm.real_quick_ratio() >= 0.8 and sm.quick_ratio() >= 0.8 and sm.ratio() >= 0.8:
                return "fuzzy in text"
    stems = [_stem(w) for w in iw]
    span = n + 3
    for i, w in enumerate(words):
        if not w.startswith(stems[0]):
            continue
        k = 1
        for w2 in words[i + 1 : i + span]:
            if k < n and w2.startswith(stems[k]):
                k += 1
        if k == n:
            return "stems in text (inflected/reordered)"
    return "not in text"


def _unit_of(item: str, doc):
    """The unit that holds a missed item's words (exactly, else its first three stems)."""
    if doc is None:
        return None
    norm = _item_norm(item)
    stems = [_stem(w) for w in norm.split()][:3]
    for k, u in enumerate(doc.units):
        low = _item_norm(u.text)
        if norm in low or (stems and all(s in low for s in stems)):
            return k
    return None


def _kind_words(item: str) -> str:
    from integra.extract import instruments as inst

    _, activity, _ = inst._list_words()
    lexicon, _ = inst._instrument_lexicon()
    if lexicon.search(item):
        return "has a lexicon entry"
    if activity.search(item):
        return "has an activity word"
    return "neither lexicon nor activity word"


def report(set_name: str) -> None:
    from integra.extract import extract_file

    cap = _Capture()
    docs = Counter()
    from integra.extract import instruments as inst

    extra = {
        k: Counter()
        for k in (
            "words",
            "shape",
            "where",
            "rule",
            "near",
            "near kind",
            "vocabulary",
            "list lead-in",
            "list shape",
            "list lead-in stem",
            "prose sentence",
            "rule, no gold on the page",
            "head",
            "English page",
            "English what-if",
            "Polish list-item what-if",
            "English trigger words",
            "list lead-in class",
            "list item first word",
            "one word",
        )
    }
    missed = {
        k: Counter()
        for k in (
            "words",
            "text",
            "where",
            "doc",
            "unit",
            "vocabulary",
            "prose sentence",
            "lexicon entry, unit gave none",
            "partial unit",
            "head",
            "English page",
            "near got item",
            "English untriggered unit words",
        )
    }
    right = {
        k: Counter()
        for k in (
            "rule",
            "where",
            "words",
            "vocabulary",
            "prose sentence",
            "list lead-in stem",
            "English trigger words",
            "list lead-in class",
            "list item first word",
            "one word",
        )
    }
    _seen_docs: dict[str, set[str]] = {}
    _lists_seen: set[tuple[str, str]] = set()
    by_lang = {"English page": [0, 0, 0, 0], "Polish page": [0, 0, 0, 0]}
    tp = fp = fn = 0
    for g, path in _gold(set_name):
        if "instruments" not in g or g["instruments"] == "ANY":
            continue
        want = g.get("instruments") or []
        r = extract_file(path)
        got = [
            x.get("name", x.get("text", "")) if isinstance(x, dict) else x
            for x in (r.get("instruments") or [])
        ]
        units = cap.units if len(cap.units) == len(got) else [None] * len(got)
        doc = cap.doc
        docs[
            "gold some, got none"
            if want and not got
            else "gold none, got some"
            if got and not want
            else "both some"
            if got
            else "both none"
        ] += 1
        hit_w = [any(_item_match(w, x) for x in got) for w in want]
        hit_g = [any(_item_match(x, w) for w in want) for x in got]
        english = doc is not None and len(re.findall(r"\b(?:the|and|of|with)\b", doc.text)) >= 20
        lang = "English page" if english else "Polish page"
        by_lang[lang][0] += sum(hit_w)
        by_lang[lang][1] += len(want) - sum(hit_w)
        by_lang[lang][2] += len(got) - sum(hit_g)
        by_lang[lang][3] += 1
        tp += sum(hit_w)
        fn += len(want) - sum(hit_w)
        fp += len(got) - sum(hit_g)
        for k, (x, ok) in enumerate(zip(got, hit_g, strict=True)):
            u = units[k]
            if ok:
                right["rule"][cap.source.get(x, "list items / inline")] += 1
                right["where"][_where(u, doc)] += 1
                if cap.source.get(x) == "_english" and u is not None:
                    for t in _EN_TRIGGER_WORDS:
                        if re.search(rf"\b{t}", u.text, re.I):
                            right["English trigger words"][t] += 1
                if u is not None and u.is_item:
                    for stem in _lead_stems(_lead_in(doc, u)[-160:]):
                        right["list lead-in stem"][stem] += 1
                    right["list lead-in class"][_lead_class(_lead_in(doc, u)[-160:])] += 1
                    right["list item first word"][_first_pos(x)] += 1
                right["words"][_words_bucket(len(x.split()))] += 1
                if len(x.split()) == 1:
                    right["one word"][_one_word_kind(x, got, doc, u)] += 1
                    right["one word"][f"rule {cap.source.get(x, 'list items / inline')}"] += 1
                right["vocabulary"][_kind_words(x)] += 1
                if u is not None and not u.is_item:
                    right["prose sentence"][_lead_kind(u.text)] += 1
                continue
            extra["words"][_words_bucket(len(x.split()))] += 1
            shape = extra["shape"]
            shape["(all extra)"] += 1
            if x.rstrip().endswith(":") or (u is not None and u.text.rstrip().endswith(":")):
                shape["ends with ':' (item or its line)"] += 1
            if u is not None and u.is_heading:
                shape["read from a heading line"] += 1
            if re.search(r"\d", x):
                shape["has a digit"] += 1
            if _AMOUNT.search(x):
                shape["has an amount"] += 1
            if _verb_first(x):
                shape["verb first"] += 1
            if _GROUP_FIRST.match(x):
                shape["target-group first"] += 1
            if any(j != k and _item_match(x, y) for j, y in enumerate(got)):
                shape["near-duplicate of another got item"] += 1
            if u is not None and _item_norm(x) == _item_norm(u.text):
                shape["is its whole unit"] += 1
            if not want:
                shape["in a document with no gold instruments"] += 1
                extra["rule, no gold on the page"][cap.source.get(x, "list items / inline")] += 1
            elif not any(hit_w):
                shape["in a document where nothing matched"] += 1
            extra["where"][_where(u, doc)] += 1
            extra["vocabulary"][_kind_words(x)] += 1
            extra["head"][_head_kind(x)] += 1
            if english and cap.source.get(x) == "_english" and u is not None:
                for t in _EN_TRIGGER_WORDS:
                    if re.search(rf"\b{t}", u.text, re.I):
                        extra["English trigger words"][t] += 1
            if english:
                en = extra["English page"]
                en[cap.source.get(x, "list items / inline")] += 1
                en[f"{_words_bucket(len(x.split()))} words"] += 1
                en[_where(u, doc)] += 1
            if len(x.split()) == 1:
                shape["one bare word"] += 1
                extra["one word"][_one_word_kind(x, got, doc, u)] += 1
                extra["one word"][f"rule {cap.source.get(x, 'list items / inline')}"] += 1
            if u is not None and u.is_item:
                lead = _lead_in(doc, u)
                extra["list lead-in"][_lead_kind(lead[-160:])] += 1
                same = [
                    hit_g[j]
                    for j, v in enumerate(units)
                    if v is not None and v.is_item and _lead_in(doc, v) == lead
                ]
                for stem in _lead_stems(lead[-160:]):
                    extra["list lead-in stem"][stem] += 1
                extra["list lead-in class"][_lead_class(lead[-160:])] += 1
                _seen_docs.setdefault(_lead_class(lead[-160:]), set()).add(str(path))
                _lists_seen.add((str(path), lead))
                extra["list item first word"][_first_pos(x)] += 1
                lst = extra["list shape"]
                lst[
                    "in a list with a right item" if any(same) else "in a list with no right item"
                ] += 1
                lst[
                    "lead-in ends with ':'"
                    if lead.rstrip().endswith(":")
                    else "lead-in without ':'"
                ] += 1
                if len(lead) <= 60:
                    lst["lead-in of 60 characters or fewer"] += 1
                lst[f"item of {_words_bucket(len(x.split()))} words"] += 1
                if x[:1].isupper():
                    lst["item capitalised"] += 1
            elif u is not None:
                extra["prose sentence"][_lead_kind(u.text)] += 1
                past = re.search(r"\b\w+(?:ło|li|ły|ono|ano|ęto)\b", u.text)
                shape[
                    "prose: a past-tense/impersonal verb in its unit"
                    if past
                    else "prose: no past form"
                ] += 1
            if u is not None:
                mates = [hit_g[j] for j, v in enumerate(units) if v is u and j != k]
                shape[
                    "its unit also gave a right item"
                    if any(mates)
                    else "its unit gave only wrong items"
                ] += 1
            extra["rule"][cap.source.get(x, "list items / inline")] += 1
            best = max(
                (difflib.SequenceMatcher(None, _item_norm(x), _item_norm(w)).ratio() for w in want),
                default=0.0,
            )
            share = max(
                (
                    len(set(_item_norm(x).split()) & set(_item_norm(w).split()))
                    / max(1, len(set(_item_norm(w).split())))
                    for w in want
                ),
                default=0.0,
            )
            if best >= 0.6 or share >= 0.5:
                extra["near kind"][_near_kind(x, want)] += 1
            extra["near"][
                "ratio to a gold item >= 0.6"
                if best >= 0.6
                else "shares half a gold item's words"
                if share >= 0.5
                else "far from every gold item"
            ] += 1
        if english:
            _what_if_english(extra["English what-if"], doc, units, want)
        else:
            _what_if_items(extra["Polish list-item what-if"], doc, units, want)
        text_norm = _item_norm(doc.text) if doc is not None else ""
        words = text_norm.split()
        for w, ok in zip(want, hit_w, strict=True):
            if ok:
                continue
            missed["words"][_words_bucket(len(w.split()))] += 1
            wn = _item_norm(w)
            if (
                got
                and max(difflib.SequenceMatcher(None, wn, _item_norm(x)).ratio() for x in got)
                >= 0.6
            ):
                g_near = _near_kind(w, got)
                g_near = g_near.replace("got longer", "gold longer").replace(
                    "got shorter", "gold shorter"
                )
                missed["near got item"][g_near] += 1
            else:
                missed["near got item"]["no got item near"] += 1
            missed["text"][_found_in_text(w, words, text_norm)] += 1
            at = _unit_of(w, doc)
            where = _where(doc.units[at], doc) if at is not None else "not found"
            missed["where"][where] += 1
            missed["vocabulary"][_kind_words(w)] += 1
            missed["head"][_head_kind(w)] += 1
            if english:
                en = missed["English page"]
                en[f"{_words_bucket(len(w.split()))} words"] += 1
                at_en = _unit_of(w, doc)
                if at_en is None:
                    en["not found in a unit"] += 1
                else:
                    v = doc.units[at_en]
                    en[_where(v, doc)] += 1
                    stems = inst._words()["english"]["stems"]
                    en[
                        "unit has an English trigger stem"
                        if any(t in v.text.lower() for t in stems)
                        else "unit has no English trigger stem"
                    ] += 1
                    trig_en, words_en, _c, _p, never_en, _f = inst._english_res()
                    en[
                        "unit: English trigger matches"
                        if trig_en.search(v.text)
                        else "unit: no English trigger match"
                    ] += 1
                    en["item: has a form word" if words_en.search(w) else "item: no form word"] += 1
                    if not trig_en.search(v.text):
                        for cand in _EN_CANDIDATE_VERBS:
                            if re.search(rf"\b{cand}", v.text, re.I):
                                missed["English untriggered unit words"][cand] += 1
                        before = (
                            _item_norm(v.text).split(_item_norm(w))[0]
                            if _item_norm(w) in _item_norm(v.text)
                            else None
                        )
                        missed["English untriggered unit words"][
                            "item in unit verbatim" if before is not None else "item not verbatim"
                        ] += 1
                        if before is not None:
                            missed["English untriggered unit words"][
                                f"words before item in its sentence: {_words_bucket(len(re.split(r'[.!?]', before)[-1].split()))}"
                            ] += 1
                    if never_en.search(w):
                        en["item: a never pattern"] += 1
                    if trig_en.search(v.text):
                        after_t = v.text[trig_en.search(v.text).end() :]
                        en[
                            "item after the first trigger"
                            if _item_norm(w) in _item_norm(after_t)
                            else "item not after the first trigger (or inflected)"
                        ] += 1
                    gave_en = [x for x, vv in zip(got, units) if vv is v]
                    en["its unit gave items" if gave_en else "its unit gave none"] += 1
                    if v.is_item:
                        en[
                            "lead-in has an English trigger stem"
                            if any(t in _lead_in(doc, v).lower() for t in stems)
                            else "lead-in has no English trigger stem"
                        ] += 1
                if w[:1].isupper():
                    en["capitalised"] += 1
            if at is not None:
                uu = doc.units[at]
                if not uu.is_item:
                    missed["prose sentence"][_lead_kind(uu.text)] += 1
                lex, _ = inst._instrument_lexicon()
                if lex.search(w) and not any(v is uu for v in units):
                    cue = inst._lexicon_cue()[0]
                    missed["lexicon entry, unit gave none"][
                        f"{'item' if uu.is_item else 'prose'}, "
                        f"{'a' if cue.search(uu.text) else 'no'} lexicon cue, "
                        f"{'the entry in the unit' if lex.search(uu.text) else 'not in the unit'}"
                    ] += 1
                gave = [hit_g[j] for j, v in enumerate(units) if v is uu]
                end = inst._page_end(doc)
                trig = any(t in doc.lower[at] for t in inst._trigger_stems())
                if gave and at < inst._page_end(doc) and not doc.is_foreign(uu):
                    _partial(
                        missed["partial unit"], w, uu, [x for x, v in zip(got, units) if v is uu]
                    )
                missed["unit"][
                    "after the page's end"
                    if at >= end
                    else "in a foreign unit"
                    if doc.is_foreign(uu)
                    else f"its unit gave {'right' if any(gave) else 'only wrong'} items"
                    if gave
                    else f"its unit gave none ({where}, {'a' if trig else 'no'} trigger stem)"
                ] += 1
            missed["doc"]["got none on its page" if not got else "page has other got items"] += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    print(f"== {set_name}: P {p:.3f} R {rc:.3f} F1 {f1:.3f} ({tp} of {tp + fn}, {fp} extra)")
    for lang, (t, n, e, d) in by_lang.items():
        print(f"{lang}s: {d} documents, {t} right, {n} missed, {e} extra")
    print("documents: " + ", ".join(f"{k} {v}" for k, v in sorted(docs.items())))
    print(
        "extra list items: documents by lead-in class: "
        + ", ".join(f"{k} {len(v)}" for k, v in sorted(_seen_docs.items()))
        + f"; lists {len(_lists_seen)}"
    )
    for title, group in (("right", right), ("extra", extra), ("missed", missed)):
        for key, c in group.items():
            print(f"{title} by {key}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="real-dev,real-heldout")
    a = ap.parse_args(argv)
    for s in a.sets.split(","):
        report(s)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
