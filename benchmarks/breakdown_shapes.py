"""Where the breakdowns we miss stand in their documents, per set: counts of shape classes only.

    .venv/bin/python benchmarks/breakdown_shapes.py [--sets real-dev,real-heldout] [--parts rc_e]

For every document whose gold has a planned-participant breakdown that the record does not give
(missing or other counts), the extractor is run in process and the gold's counts are looked up
among the document's units (sentences, list items, table rows). It prints ONLY aggregate counts
of shape classes per set (never a file name, a value, a label or any text), so it may be run on
the held-out part:

- how the gold counts are found: each as a count of people the rules read, as a number followed
  by a word they do not read as people (a place, "miejsc", …), only as part of a larger number,
  not at all (a number word);
- how many units hold them and what kind (sentences, list items, table rows, one unit or
  consecutive ones), and the shape of a list item (count first or label first);
- for groups in one unit, the classes of the text between two counts (a comma, "oraz"/"i",
  ";", "+", a dash after a place, "a w", parentheses, other);
- the cue classes of the units that hold them (a plan's cue, a report's, a result's, "w tym",
  a sum word, "kolejn-", a task, an edition or round, a year, an age, a sex split);
- whether the unit before the first holds a heading ending with ":", and a target-group intro;
- our planned total: null, one of gold's counts, their sum, other; where it is read (a unit with
  gold's counts, another);
- the classes of the record's problems about participant splits (by their fixed wording).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import itertools

import accuracy  # the sets laid out one way

_CUES = (
    ("w tym", re.compile(r"\bw\s+tym\b|\bz\s+czego\b|including", re.I)),
    ("sum word", re.compile(r"łącznie|razem|ogółem|w\s+sumie|in\s+total", re.I)),
    ("kolejn", re.compile(r"\bkolejn|\bnastępn|\bdodatkowo", re.I)),
    ("task", re.compile(r"\bzadani|\bdziałani|\bmodu[lł]|\bcomponent|\btask", re.I)),
    ("round", re.compile(r"edycj|\btur[aiyę]?\b|nab[oó]r|naborz|\betap|round|edition", re.I)),
    ("year", re.compile(r"\b20[0-3]\d\b")),
    ("age", re.compile(r"\bwiek|\blat\b|\broku\s+życia|\baged?\b|years", re.I)),
    ("sex split", re.compile(r"\d\s*K\b|kobiet|mężczyzn|women|\bmen\b", re.I)),
    ("places word", re.compile(r"\bmiejsc", re.I)),
    ("facility", re.compile(r"klub|mieszkani|świetlic|centrum|dom\w*\s+pomocy|ośrod", re.I)),
    ("family", re.compile(r"rodzin|rodzic|dzieci|dziecko|młodzież|wychowank", re.I)),
    ("surroundings", re.compile(r"otoczeni|opiekun", re.I)),
    ("colon", re.compile(r":")),
    ("semicolon", re.compile(r";")),
    ("plus", re.compile(r"\+")),
    ("parenthesis", re.compile(r"\(")),
)

_JOINS = (
    ("parentheses", re.compile(r"[()]")),
    ("semicolon", re.compile(r";")),
    ("plus", re.compile(r"\+")),
    ("newline", re.compile(r"\n")),
    ("oraz/i/and", re.compile(r"\b(?:oraz|i|and|a\s+także|wraz\s+z)\b", re.I)),
    ("a w/a z", re.compile(r",?\s+a\s+(?:w|we|z|ze|u|na|dla|do)\b", re.I)),
    ("a", re.compile(r",?\s+a\s", re.I)),
    ("dash", re.compile(r"[–—]|\s-\s")),
    ("comma", re.compile(r",")),
    ("sentence", re.compile(r"[.!?]\s")),
)

_SEEN: dict[str, object] = {}
ROWS: list[list[str]] | None = None  # with --rows: each missed document's classes (no text)

_PROBLEMS = (
    ("lone subset", re.compile(r"is a lone subset")),
    ("not the total", re.compile(r"not the planned total")),
    ("only who took part", re.compile(r"states only who took part")),
    ("sentences of their own", re.compile(r"planned in sentences of their own")),
    ("other participant problem", re.compile(r"particip", re.I)),
)


def _number_at(text: str, v: int) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(rf"(?<![\d.,]){v}(?![\d]|[.,]\d)", text) if v is not None]


def _follow_class(text: str, end: int) -> str:
    rest = text[end : end + 20]
    if re.match(r"\s*(?:os\.|osób|osoby)", rest, re.I):
        return "osób"
    if re.match(r"\s*miejsc", rest, re.I):
        return "miejsc"
    if re.match(r"\s*[KkMm]\b", rest):
        return "K/M letter"
    if re.match(r"\s*\)", rest):
        return "closing parenthesis"
    if re.match(r"\s*(?:$|\n|[.;,])", rest):
        return "end or punctuation"
    if re.match(r"[^\W\d]", rest):
        return "a word with no space"
    if re.match(r"\s*(?:[A-ZĄĆĘŁŃÓŚŹŻ])", rest):
        return "a capitalised word"
    if re.match(r"\s*(?:ucz(?:ni|en)|słuchacz|student)", rest, re.I):
        return "pupils' word"
    if re.match(
        r"\s*(?:dzieci|rodzin|rodzic|młodzież|wychowank|opiekun|senior|członk)", rest, re.I
    ):
        return "a person noun"
    if re.match(r"\s*[^\W\d]", rest):
        return "another word"
    return "other"


def _join_class(between: str) -> str:
    return next((name for name, p in _JOINS if p.search(between)), "nothing")


def _item_shape(u) -> str:
    if u.is_row:
        return "row"
    if u.is_item:
        return "item, count first" if re.match(r"\W*\d", u.text) else "item, label first"
    return "sentence"


def shapes(gold: list[dict], docs: Path) -> Counter:
    import integra.extract.rules as rules
    from integra.extract import extract_file

    seen = _SEEN
    inner = rules.extract_breakdown

    def capture(doc, planned, actual=None):
        seen["doc"], seen["planned"] = doc, planned
        return inner(doc, planned, actual)

    rules.extract_breakdown = capture
    c: Counter = Counter()
    try:
        for g in gold:
            wb = g.get("participants_planned_breakdown")
            if not isinstance(wb, dict) or not wb:
                continue
            seen.clear()
            rec = extract_file(docs / os.path.basename(g["file"]))
            rec = rec[0] if isinstance(rec, tuple) else rec
            got = rec.get("participants_planned_breakdown") or {}
            want = sorted(v for v in wb.values() if isinstance(v, (int, float)))
            if sorted(got.values()) == want:
                continue
            c["docs"] += 1
            c["missing" if not got else "wrong"] += 1
            doc = seen.get("doc")
            if doc is None:
                c["record rejected or no doc"] += 1
                continue
            before = Counter(c)
            _doc_shapes(c, doc, g, rec, want, rules)
            if ROWS is not None:
                ROWS.append(sorted(k for k in c if c[k] != before.get(k, 0)))
    finally:
        rules.extract_breakdown = inner
    return c


def _doc_shapes(c: Counter, doc, g: dict, rec: dict, want: list, rules) -> None:
    gp, rp = g.get("participants_planned"), rec.get("participants_planned")
    c["gold planned " + ("null" if gp is None else "stated")] += 1
    c[f"gold groups {min(len(want), 4)}{'+' if len(want) >= 4 else ''}"] += 1
    # each gold value: the units where it is a person count, else a number
    hits: list[list[tuple[int, str, int, int]]] = []
    for v in want:
        v = int(v)
        found = []
        for k, u in enumerate(doc.units):
            people = {(s, e) for n, s, e in doc.person_counts(u) if n == v}
            for s, e in _number_at(u.text, v):
                kind = (
                    "person count" if any(a == s for a, _ in people) else _follow_class(u.text, e)
                )
                found.append((k, kind, s, e))
        hits.append(found)
        if not found:
            c["value: not found as digits"] += 1
        else:
            kinds = {h[1] for h in found}
            c["value: " + ("person count" if "person count" in kinds else sorted(kinds)[0])] += 1
    if not all(hits):
        c["doc: some value not found"] += 1
        return
    # the nearest set of units: try each unit of the first value as an anchor
    best = None
    for anchor in hits[0]:
        picks = [
            min(h, key=lambda x, a=anchor: (abs(x[0] - a[0]), x[1] != "person count")) for h in hits
        ]
        spread = max(p[0] for p in picks) - min(p[0] for p in picks)
        if best is None or spread < best[0]:
            best = (spread, picks)
    spread, picks = best
    units = sorted({p[0] for p in picks})
    c[
        "units: "
        + ("one" if len(units) == 1 else f"{min(len(units), 4)} over span {min(spread, 9)}")
    ] += 1
    for k in units:
        u = doc.units[k]
        c["unit kind: " + _item_shape(u)] += 1
        c["unit foreign"] += doc.is_foreign(u)
        c["unit plan cue"] += bool(rules._PLANNED_CUE.search(u.text))
        c["unit actual cue"] += bool(rules._ACTUAL_CUE.search(u.text))
        c["unit result words"] += bool(rules._RESULT_WORDS.search(u.text))
        c["unit target-group intro"] += bool(rules._TARGET_GROUP_INTRO.search(u.text))
        c["unit person counts " + str(min(len(doc.person_counts(u)), 5))] += 1
        for name, p in _CUES:
            c["unit cue " + name] += bool(p.search(u.text))
    if len(units) == 1:
        u = doc.units[units[0]]
        ordered = sorted(picks, key=lambda p: p[2])
        for a, b in itertools.pairwise(ordered):
            c["join: " + _join_class(u.text[a[3] : b[2]])] += 1
        _one_unit_shapes(c, doc, u, ordered, want, rec, rules)
    first = units[0]
    if first:
        prev = doc.units[first - 1].text.rstrip()
        c["unit before ends with ':'"] += prev.endswith(":")
        c["unit before target-group intro"] += bool(rules._TARGET_GROUP_INTRO.search(prev))
        c["unit before is a heading"] += doc.units[first - 1].is_heading
    # our planned total
    if rp is None:
        c["our planned null"] += 1
    elif any(abs(rp - v) < 0.5 for v in want):
        c["our planned one of gold's"] += 1
    elif abs(rp - sum(want)) < 0.5:
        c["our planned = gold sum"] += 1
    else:
        c["our planned other"] += 1
    planned = rec.get("evidence", {}).get("participants_planned")
    if planned:
        inside = any(
            doc.units[k].start <= planned["start"] < doc.units[k].end
            or planned["start"] == doc.units[k].start
            for k in units
        )
        c["our planned read " + ("in a unit with gold's counts" if inside else "elsewhere")] += 1
    for p in rec.get("problems", []):
        name = next((n for n, rx in _PROBLEMS if rx.search(p)), None)
        if name:
            c["problem: " + name] += 1


def _one_unit_shapes(c: Counter, doc, u, ordered: list, want: list, rec: dict, rules) -> None:
    """The groups in one unit: what the rules make of it, and the shapes around the counts."""
    counts = doc.person_counts(u)
    gold_at = {p[2] for p in ordered}
    others = [x for x in counts if x[1] not in gold_at]
    c[f"one unit: other person counts {min(len(others), 3)}"] += 1
    for n, s, _e in others:
        where = "before" if s < ordered[0][2] else ("after" if s > ordered[-1][2] else "between")
        size = "= gold sum" if n == sum(want) else ("larger" if n > max(want) else "smaller")
        c[f"one unit: other count {where}, {size}"] += 1
        c["one unit: other count in parentheses"] += bool(rules._paren_depth(u.text[:s]))
    for p in ordered:
        c["one unit: gold count in parentheses"] += bool(rules._paren_depth(u.text[: p[2]]))
        c["one unit: gold count followed by " + _follow_class(u.text, p[3])] += 1
    for a, b in itertools.pairwise(ordered):
        between = u.text[a[3] : b[2]]
        words = len(between.split())
        c[f"one unit: words between {'0-3' if words <= 3 else '4-8' if words <= 8 else '9+'}"] += 1
        c["one unit: between has a sex split"] += bool(
            re.search(r"\d\s*(?:K|M)\b|kobiet|mężczyzn", between)
        )
        c["one unit: between has parentheses"] += "(" in between
        c["one unit: between has a comma"] += "," in between
    gc = [x for x in counts if x[1] in gold_at]
    sub = list(rules._SUBSET_WORD.finditer(u.text))
    for m in sub:
        where = (
            "before the first"
            if m.start() < ordered[0][2]
            else ("after the last" if m.start() > ordered[-1][2] else "between")
        )
        c["subset word " + where] += 1
        nxt = re.match(r"\W*(\S+)", u.text[m.end() :])
        c["subset word followed by a digit"] += bool(nxt and nxt.group(1)[:1].isdigit())
    for m in re.finditer(r"\(([^()]*)\)", u.text):
        inside = m.group(1)
        kind = (
            "sex split"
            if re.search(r"\d\s*(?:K|M|k|m)\b|kobiet|mężczyzn", inside)
            else "count alone"
            if re.fullmatch(r"\s*(?:ok\.\s*)?\d+\s*[^\W\d]*\.?\s*", inside)
            else "count and more"
            if re.search(r"\d", inside)
            else "words only"
        )
        c["parentheses: " + kind] += 1
        c["parentheses: holds a gold count"] += any(m.start() < p[2] < m.end() for p in ordered)
    for p in ordered:
        if p[1] not in ("person count", "osób"):
            w = re.match(r"\s*([^\W\d]+)", u.text[p[3] :])
            if w:
                word = w.group(1).lower()
                suffix = next(
                    (
                        x
                        for x in ("ych", "ich", "ów", "ek", "ców", "i", "y", "a", "e")
                        if word.endswith(x)
                    ),
                    "other",
                )
                c[f"non-person follow word: ends -{suffix}, length {min(len(word), 12)}"] += 1
    _parts_only_refusal(c, u, gc, rules)
    for name in (
        "_groups_with_counts_in_parentheses",
        "_second_group_counted_in_parentheses",
        "_parts_by_place",
        "_groups_by_fronts",
    ):
        fn = getattr(rules, name)
        arg = u.text if name == "_groups_by_fronts" else u
        c[f"rule {name} on gold's counts " + _compare(fn(arg, gc), want)] += 1
    c[
        "rule _groups_by_whole_labels on gold's counts "
        + _compare(rules._groups_by_whole_labels(u.text, gc), want)
    ] += 1
    labels = [rules._whole_label(u.text, x[1], x[2]) for x in gc]
    c["whole labels: " + ("distinct" if rules._named_apart(labels) else "not told apart")] += 1
    c["whole labels: some of one word"] += any(len(lb.split()) < 2 for lb in labels)
    c["whole labels: some empty"] += any(not lb for lb in labels)
    from integra.extract import roles

    c["one unit: tense " + str(roles.tense(u.text, ordered[0][2]))] += 1
    c["one unit: future verb before"] += rules._future_verb_before(u.text, ordered[0][2])
    c["one unit: present partaking"] += bool(rules._present_partaking_re().search(u.text))
    c["doc parts " + (_compare(doc.parts[0], want) if doc.parts else "none")] += 1
    for m in re.finditer(r"\(([^()]*)\)", u.text):
        inside = [x for x in counts if m.start() < x[1] < m.end()]
        if not inside:
            continue
        outside = [
            x for x in counts if x[2] <= m.start() and not rules._paren_depth(u.text[: x[1]])
        ]
        tot = sum(x[0] for x in inside)
        c[f"paren with {min(len(inside), 3)} counts"] += 1
        if outside:
            gap = len(u.text[outside[-1][2] : m.start()].split())
            c[f"paren: words from the previous count {min(gap, 6)}"] += 1
            c["paren: sum = previous count"] += tot == outside[-1][0]
            c["paren: sum = all before"] += tot == sum(x[0] for x in outside)
        c["paren: sum = gold sum"] += tot == sum(want)
        c["paren: sex words inside"] += bool(re.search(r"kobiet|mężczyzn|\dK|\d K\b", m.group(1)))
    if "(" in u.text:
        found = list(rules._count_in_own_parens_re().finditer(u.text))
        c[f"own-parens matches {min(len(found), 4)}"] += 1
        c["own-parens: each gold count inside one"] += all(
            any(m.start() <= x[1] < m.end() for m in found) for x in gc
        )
        c["own-parens: subset word in the unit"] += bool(rules._SUBSET_WORD.search(u.text))
        c["own-parens: fewer '(' than counts"] += u.text.count("(") < len(counts)
        c[f"own-parens: person counts {len(counts)}, matches {len(found)}"] += 1
        labels = [rules._clean_label(rules._group_name_only(m.group("label"))) for m in found]
        c["own-parens: a label empty"] += any(not lb for lb in labels)
        c["own-parens: labels repeat"] += len(set(labels)) < len(labels)
        for k in range(1, len(found)):
            glue = (
                f"{u.text[found[k - 1].end() : found[k].start('label')]} {found[k].group('label')} "
            )
            c["own-parens join " + ("ok" if rules._PARTS_JOIN.match(glue) else "refused")] += 1
            c["own-parens glue has , ; : ."] += bool(re.search(r"[,;:.]", glue))
            c["own-parens glue words " + str(min(len(glue.split()), 12))] += 1
    lead = u.text[: ordered[0][2]]
    c["one unit: colon before the first"] += ":" in lead
    c["one unit: dash before the first"] += bool(re.search(r"[–—]", lead))
    c["one unit: 'w tym' before the first"] += bool(re.search(r"\bw\s+tym\b", lead, re.I))
    c["one unit: 'dla' right before the first"] += bool(re.search(r"\bdla\s+$", lead, re.I))
    c["one unit: 'do' right before the first"] += bool(re.search(r"\bdo\s+$", lead, re.I))
    c["one unit: parts_only " + _compare(rules._parts_only(u, counts), want)] += 1
    gold_counts = [x for x in counts if x[1] in gold_at]
    c[
        "one unit: parts_only of gold's counts " + _compare(rules._parts_only(u, gold_counts), want)
    ] += 1
    planned = doc_planned(doc)
    if planned is not None:
        c["one unit: is the planned unit"] += planned.unit is u
        c[
            "one unit: near_total " + _compare(rules._breakdown_near_total(doc, planned)[0], want)
        ] += 1


def _parts_only_refusal(c: Counter, u, counts: list, rules) -> None:
    """Which of _parts_only's tests refuses the gold's counts (the first that does)."""
    text = u.text
    values = [x[0] for x in counts]
    if not 2 <= len(counts) <= 3:
        c["refusal: not 2-3 counts"] += 1
        return
    if max(values) * 2 == sum(values):
        c["refusal: one is the sum of the others"] += 1
    if rules._SUBSET_WORD.search(text):
        c["refusal: subset word in the unit"] += 1
    if any(rules._paren_depth(text[: x[1]]) for x in counts):
        c["refusal: a count in parentheses"] += 1
    for a, b in itertools.pairwise(counts):
        between = rules._drop_parenthesised(text[rules._WORD_REST.match(text, a[2]).end() : b[1]])
        if rules._PARTS_JOIN.match(between):
            c["join: PARTS_JOIN matches"] += 1
            continue
        c["join refused"] += 1
        c["join refused: has ;"] += ";" in between
        c["join refused: has :"] += ":" in between
        c["join refused: has ."] += "." in between
        c["join refused: has a digit"] += bool(re.search(r"\d", between))
        c["join refused: has a comma"] += "," in between
        c["join refused: has oraz/i"] += bool(re.search(r"\b(?:oraz|i)\b", between))
        c["join refused: longer than 160"] += len(between) > 160
        c["join refused: among them"] += bool(rules._AMONG_THEM.search(between))


def doc_planned(doc):
    return _SEEN.get("planned")


def _compare(groups: dict, want: list) -> str:
    if not groups:
        return "empty"
    vals = sorted(groups.values())
    if vals == want:
        return "= gold"
    return "subset of gold" if all(v in want for v in vals) else "other"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default="real-dev,real-heldout")
    ap.add_argument("--parts", default="")
    ap.add_argument("--rows", action="store_true", help="also each document's classes, shuffled")
    a = ap.parse_args(argv)
    global ROWS
    parts = tuple(p.strip() for p in a.parts.split(",") if p.strip())
    with tempfile.TemporaryDirectory(prefix="integra-bdshapes-") as t:
        tmp = Path(t)
        for name in [s.strip() for s in a.sets.split(",") if s.strip()]:
            gold_path = {
                "devset": lambda: accuracy._devset(tmp),
                "real-dev": lambda: accuracy._real(tmp, "dev", parts),
                "real-heldout": lambda: accuracy._real(tmp, "heldout", parts),
            }[name]()
            if gold_path is None:
                print(f"{name}: not available here")
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            ROWS = [] if a.rows else None
            c = shapes(gold, gold_path.parent / "docs")
            print(f"{name}:")
            for k, v in sorted(c.items()):
                if v:
                    print(f"  {k}: {v}")
            if ROWS:
                import random

                random.Random(0).shuffle(ROWS)
                for row in ROWS:
                    print("  row: " + " | ".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
