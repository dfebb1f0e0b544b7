"""Instrument extras and misses by class, as counts only (safe on held-out sets).

    PYTHONPATH=. .venv/bin/python benchmarks/miss_classes_instr.py [--sets real-dev,real-heldout]
                                                                   [--parts rc_zf,rc_zg]

The extractor is the one on PYTHONPATH (an older commit's worktree gives a part's first-read
state); the corpus is this checkout's. For each set it prints ONLY aggregate counts, never a file
name, a value, a word or a sentence of a document:

- extra items (extracted, matching no gold item as the scorer matches): the reader that gave them
  (a list item under a heading of class aims / results / target group / recruitment / support /
  none; a prose sentence by its verb family; a table row; with the rule's name), the item's length
  in words, whether its head noun is a form-of-support head of the lexicon (instrument_words.yaml
  `heads`, `generic_heads`, `light_heads`);
- missed gold items: where the page holds the gold text (fuzzily, as the scorer matches: as a list
  item, in a prose sentence, only in a heading, in a table row, nowhere), the class of the heading
  over it, whether its head lemma is in the lexicon, and for list items whether the extractor took
  any other item of that list (the list seen) or none (the list not seen).
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from instrument_shapes import _RULES, _gold, _words_bucket
from score_extraction import _item_match, _item_norm

# heading classes: the first that matches the list's lead-in (else the heading above) wins
_HEADING_CLASSES = (
    ("aims", re.compile(r"\bcel\w*|ma\s+na\s+celu|\baims?\b|\bgoals?\b|objective", re.I)),
    ("results", re.compile(r"rezultat|efekt|wskaźnik|produkt\w*\s+projektu|result|outcome", re.I)),
    (
        "recruitment",
        re.compile(r"rekrutac|kryteri|warunk|kwalifik|dokument|zgłosz|formularz|regulamin", re.I),
    ),
    (
        "target group",
        re.compile(
            r"adresowan|skierowan|grup\w*\s+docelow|dla\s+kogo|kto\s+może|odbiorc|uczestnik\w*\s+projektu\s+(?:mog|są|będ)|"
            r"uczestnikami|target\s+group|who\s+can",
            re.I,
        ),
    ),
    (
        "support",
        re.compile(
            r"wsparci|działa|zadani|form\w*\s+(?:pomocy|wsparcia)|ofert|oferuj|zaplanowan|przewidzian|"
            r"realiz|w\s+ramach|obejm|usług|zajęci|zapewni|support|activit|services|offer",
            re.I,
        ),
    ),
)

# a prose sentence's verb family, by the first family whose stems occur in it
_VERB_FAMILIES = (
    ("aim (cel, ma na celu)", re.compile(r"\bcel\w*\b|ma\s+na\s+celu|\bpozwol\w+|aims?\b", re.I)),
    (
        "result (efekt, dzięki, wzrost)",
        re.compile(
            r"\befekt|rezultat|dzięki|wzrost|zwiększ|podnies|popraw|nabył|nabyl|zdobył", re.I
        ),
    ),
    (
        "took part (skorzystali, wzięli udział, uczestniczyli, objęto)",
        re.compile(
            r"skorzyst|wzię\w*\s+udział|wzi[eę]\w*\s+udzia|uczestnicz|obję|objęc|otrzymał|took\s+part|participat|benefit",
            re.I,
        ),
    ),
    (
        "organised (zorganizowano, przeprowadzono, odbyły się, zrealizowano)",
        re.compile(
            r"zorganizowan|przeprowadzon|odbył|odbywał|zrealizowan|prowadzon|utworzon|powstał|uruchomion|held|organi[sz]ed|carried",
            re.I,
        ),
    ),
    (
        "planned/offered (będą, zostaną, przewidziano, oferuje, obejmuje, zapewnia)",
        re.compile(
            r"będ[ąz]|zostan|przewid|zaplanow|planowan|oferuj|obejm|zapewni|proponuj|mog[ąe]\s+skorzyst|will\b|offer|includ|provid",
            re.I,
        ),
    ),
)

_WORD = re.compile(r"\w+")


def _classify(text: str, table) -> str:
    for name, rx in table:
        if rx.search(text):
            return name
    return "none"


def _heading_like(u) -> bool:
    t = u.text.strip()
    return bool(t) and (
        u.is_heading or t.endswith((":", "?")) or (len(t) <= 70 and t[-1:] not in ".,;!")
    )


def _lead_in(doc, k: int) -> int | None:
    """The unit before list item k's list (its lead-in), by index."""
    j = k
    while j > 0 and doc.units[j].is_item:
        j -= 1
    return j if not doc.units[j].is_item else None


def _heading_above(doc, k: int, back: int = 12) -> str:
    for j in range(k - 1, max(-1, k - 1 - back), -1):
        u = doc.units[j]
        if not u.is_item and _heading_like(u):
            return u.text.strip()
    return ""


def _heading_class(doc, k: int) -> str:
    """The class of the heading over unit k: a list item's lead-in when heading-like (a colon, a
    heading, a short line), else the nearest heading above."""
    u = doc.units[k]
    if u.is_item:
        j = _lead_in(doc, k)
        if j is not None:
            lead = doc.units[j]
            if _heading_like(lead):
                return _classify(lead.text[-160:], _HEADING_CLASSES)
            c = _classify(lead.text[-160:], _HEADING_CLASSES)
            if c != "none":
                return c + " (paragraph lead-in)"
            return _classify(_heading_above(doc, j), _HEADING_CLASSES)
    return _classify(_heading_above(doc, k), _HEADING_CLASSES)


def _where(u) -> str:
    if u is None:
        return "unknown"
    if u.is_item:
        return "list item"
    if u.is_row:
        return "table row"
    if u.is_heading:
        return "heading"
    return "prose"


def _head_in_lexicon(item: str) -> str:
    """Whether the item's first noun (of its first three words) is a lexicon head."""
    from integra.extract import instruments as inst
    from integra.extract.inflect import _analyse

    w = inst._words()
    strong = frozenset(w["heads"])
    weak = frozenset(w["generic_heads"]) | frozenset(w["light_heads"])
    for word in _WORD.findall(item.lower())[:3]:
        lemmas = {t.lemma.split(":")[0] for t in _analyse(word) if t.pos in ("subst", "ger")}
        if not lemmas:
            continue
        if lemmas & strong:
            return "head in lexicon"
        if lemmas & weak:
            return "head generic/light in lexicon"
        return "head not in lexicon"
    return "no noun in first three words"


def _fuzzy_in(gold: str, text: str) -> bool:
    """The scorer's match of a gold item against some span of a text (its words, one more or
    one less), or the whole text."""
    g, t = _item_norm(gold), _item_norm(text)
    if not g or not t:
        return False
    if _item_match(gold, text) or g in t:
        return True
    words, n = t.split(), len(g.split())
    for size in {max(1, n - 1), n, n + 1}:
        for i in range(0, max(1, len(words) - size + 1)):
            window = " ".join(words[i : i + size])
            sm = difflib.SequenceMatcher(None, g, window)
            if sm.real_quick_ratio() >= 0.8 and sm.quick_ratio() >= 0.8 and sm.ratio() >= 0.8:
                return True
    return False


def _locate(gold: str, doc, end: int) -> tuple[str, int | None]:
    """Where a gold item's text is on the page: list item first, then prose, table, heading."""
    found: dict[str, int] = {}
    for k, u in enumerate(doc.units):
        kind = _where(u)
        if kind in found:
            continue
        text = u.text
        if u.is_item:
            from integra.extract.instruments import _item_body

            text = _item_body(u)
        if _fuzzy_in(gold, text):
            found[kind] = k
    for kind in ("list item", "prose", "table row", "heading"):
        if kind in found:
            k = found[kind]
            after = " (after the page's end)" if k >= end else ""
            return kind + after, k
    return "nowhere (inflected or paraphrased)", None


class _Capture:
    """Keeps each record's units, page and the rule that read each item."""

    def __init__(self) -> None:
        from integra.extract import instrument_candidates as ic
        from integra.extract import instruments as inst
        from integra.extract import record

        self.source: dict[str, str] = {}
        self.units: list = []
        self.doc = None
        self._current = "a list under a heading / inline"
        original = record.extract_instruments

        def capturing(doc):
            self.source = {}
            self.doc = doc
            items, units = original(doc)
            self.units = units
            return items, units

        record.extract_instruments = capturing
        for name in _RULES:
            if hasattr(inst, name):
                setattr(inst, name, self._wrap(name, getattr(inst, name)))
        accepted = ic.accepted

        def tagged_accepted(*a, **k):
            out = accepted(*a, **k)
            for value, _u in out:
                self.source.setdefault(value, "scored prose candidates")
            return out

        ic.accepted = tagged_accepted

    def _wrap(self, name: str, fn):
        def wrapped(*a, **k):
            k_add = next(
                (i for i, x in enumerate(a) if callable(x) and getattr(x, "__name__", "") == "add"),
                None,
            )
            if k_add is None:
                return fn(*a, **k)
            add = a[k_add]

            def tagged(value, *aa, **kk):
                if value and value not in self.source:
                    self.source[value] = self._current
                return add(value, *aa, **kk)

            tagged.__name__ = "add"
            a = (*a[:k_add], tagged, *a[k_add + 1 :])
            outer = self._current
            if outer == "a list under a heading / inline":
                self._current = name
            try:
                return fn(*a, **k)
            finally:
                self._current = outer

        return wrapped


def _score_bucket(x: str, cands, threshold: float) -> str:
    """The best score of the prose candidates (instrument_candidates.find) that match an item."""
    from integra.extract import instrument_candidates as ic

    best = max((ic.score(c) for c in cands if _item_match(c.text, x)), default=None)
    if best is None:
        return "no candidate"
    if best >= threshold:
        return "candidate at/above threshold"
    for lo in (0.2, 0.1, 0.05):
        if best >= lo:
            return f"candidate score {lo:.2f}+"
    return "candidate score < 0.05"


def _reader(doc, u, k) -> str:
    """The kind of unit an item was read from: a list item by its heading's class, a prose
    sentence by its verb family, a table row, a heading."""
    where = _where(u)
    if where == "list item" and k is not None:
        return f"list item under heading class: {_heading_class(doc, k)}"
    if where == "prose":
        return f"prose, verb family: {_classify(u.text, _VERB_FAMILIES)}"
    return where


def _unit_outcome(u, units, hit_g) -> str:
    gave = [ok for v, ok in zip(units, hit_g, strict=True) if v is u]
    if not gave:
        return "its unit gave nothing"
    return "its unit gave a right item" if any(gave) else "its unit gave only extras"


def report(set_name: str, parts: list[str] | None = None) -> None:
    from integra.extract import extract_file
    from integra.extract import instruments as inst

    cap = _Capture()
    from integra.extract import instrument_candidates as ic

    threshold = float(ic.weights().get("threshold", 1.0))
    extra = {
        k: Counter()
        for k in ("reader", "rule", "words", "head", "doc", "prose rule x candidate score")
    }
    missed = {
        k: Counter()
        for k in (
            "where",
            "where x heading class",
            "head",
            "list seen",
            "words",
            "doc",
            "prose: verb family",
            "prose: unit",
            "prose: candidate score",
        )
    }
    right = {k: Counter() for k in ("prose rule x candidate score",)}
    both = {k: Counter() for k in ("reader", "rule x reader")}
    tp = fp = fn = 0
    if parts:
        gold = [
            (g, path)
            for g, path in _gold("real-dev")
            if any(path.name.startswith(p + "_") for p in parts)
        ]
    else:
        gold = _gold(set_name)
    for g, path in gold:
        if "instruments" not in g or g["instruments"] == "ANY":
            continue
        want = g.get("instruments") or []
        r = extract_file(path)
        got = [
            x.get("name", x.get("text", "")) if isinstance(x, dict) else x
            for x in (r.get("instruments") or [])
        ]
        doc = cap.doc
        units = cap.units if len(cap.units) == len(got) else [None] * len(got)
        at = {id(u): k for k, u in enumerate(doc.units)} if doc is not None else {}
        end = inst._page_end(doc) if doc is not None else 0
        hit_w = [any(_item_match(w, x) for x in got) for w in want]
        hit_g = [any(_item_match(x, w) for w in want) for x in got]
        tp += sum(hit_w)
        fn += len(want) - sum(hit_w)
        fp += len(got) - sum(hit_g)
        cands = ic.find(doc, end, {id(u) for u in units if u is not None}) if doc else []
        for x, u, ok in zip(got, units, hit_g, strict=True):
            if ok and u is not None and not u.is_item and not u.is_row:
                rule = cap.source.get(x, "a list under a heading / inline")
                right["prose rule x candidate score"][
                    f"{rule}: {_score_bucket(x, cands, threshold)}"
                ] += 1
        lists_taken = {
            _lead_in(doc, at[id(u)]) for u in units if u is not None and u.is_item and id(u) in at
        }
        for x, u, ok in zip(got, units, hit_g, strict=True):
            k = at.get(id(u)) if u is not None else None
            rule = cap.source.get(x, "a list under a heading / inline")
            reader = _reader(doc, u, k)
            side = "right" if ok else "extra"
            both["reader"][f"{reader} [{side}]"] += 1
            both["rule x reader"][f"{rule} / {reader} [{side}]"] += 1
            if ok:
                continue
            where = _where(u)
            if where == "list item" and k is not None:
                reader = f"list item under heading class: {_heading_class(doc, k)}"
            elif where == "prose":
                reader = f"prose, verb family: {_classify(u.text, _VERB_FAMILIES)}"
                rule = cap.source.get(x, "a list under a heading / inline")
                extra["prose rule x candidate score"][
                    f"{rule}: {_score_bucket(x, cands, threshold)}"
                ] += 1
            else:
                reader = where
            extra["reader"][reader] += 1
            extra["rule"][cap.source.get(x, "a list under a heading / inline")] += 1
            extra["words"][_words_bucket(len(x.split()))] += 1
            extra["head"][_head_in_lexicon(x)] += 1
            extra["doc"]["gold has none" if not want else "gold has some"] += 1
        for w, ok in zip(want, hit_w, strict=True):
            if ok:
                continue
            where, k = _locate(w, doc, end)
            missed["where"][where] += 1
            hclass = _heading_class(doc, k) if k is not None else "-"
            missed["where x heading class"][f"{where}, {hclass}"] += 1
            missed["head"][_head_in_lexicon(w)] += 1
            missed["words"][_words_bucket(len(w.split()))] += 1
            missed["doc"]["got none on the page" if not got else "got some on the page"] += 1
            if where == "prose":
                uu = doc.units[k]
                missed["prose: verb family"][_classify(uu.text, _VERB_FAMILIES)] += 1
                missed["prose: unit"][_unit_outcome(uu, units, hit_g)] += 1
                missed["prose: candidate score"][_score_bucket(w, cands, threshold)] += 1
            if k is not None and doc.units[k].is_item:
                seen = _lead_in(doc, k) in lists_taken
                missed["list seen"][
                    f"list seen (other items taken), heading class {hclass}"
                    if seen
                    else f"list not seen, heading class {hclass}"
                ] += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    label = ",".join(parts) if parts else set_name
    print(f"== {label}: P {p:.3f} R {rc:.3f} F1 {f1:.3f} ({tp} of {tp + fn}, {fp} extra)")
    for title, group in (("extra", extra), ("missed", missed), ("right", right), ("got", both)):
        for key, c in group.items():
            print(f"  {title} by {key}: " + "; ".join(f"{k} {v}" for k, v in c.most_common()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="real-dev,real-heldout")
    ap.add_argument("--parts", default="", help="dev parts read together, e.g. rc_zf,rc_zg")
    a = ap.parse_args(argv)
    if a.parts:
        report("parts", [p.strip() for p in a.parts.split(",")])
        return 0
    for s in a.sets.split(","):
        report(s)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
