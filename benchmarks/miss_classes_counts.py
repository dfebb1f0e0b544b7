"""Classes of the count, amount and date misses, per set: aggregate counts only.

    PYTHONPATH=. .venv/bin/python benchmarks/miss_classes_counts.py [--sets real-dev,real-heldout]
                                                                    [--parts rc_e] [--fields ...]

Lays each set out as `benchmarks/accuracy.py` does, runs the extractor in this process on every
document (so it sees the cleaned text, the units and the rule that gave each field) and compares
the record with the gold IN MEMORY. It prints ONLY counts per class of miss: never a file name, a
value, a word or a sentence of a document, and no per-document line, so it may be run on the
held-out part. The classes are generic (the shape of the text where the gold value stands, what
the extractor found, which rule gave it), and the same classes are printed for real-dev, where
the documents may be read to see what a class looks like.

Fields: participants_planned, participants_actual (counts), eu_cofinancing_pln, total_cost_pln
(amounts), start_date, end_date (dates). For each: right / wrong / missing / extra, then for the
misses:

- where the gold value occurs in the text: as digits, as words, not at all (counts); as an amount
  with its currency, as a bare number, not at all (amounts); as a full date, a month, a year only,
  not at all (dates); the unit it stands in (a label row, a list item, a heading, prose), whether
  that unit is about another project (Doc.foreign), the tense of its verbs (future, past, none),
  the noun after a count, the cue words before an amount or a date;
- what the record holds instead: the same value in another field (actual, completed, total,
  own contribution, the other date), a `problems` entry for the field, the rule that gave the
  value (its provenance name), and for our extra or wrong value the same unit classes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
import tempfile
import unicodedata
from collections import Counter
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import accuracy  # the sets laid out one way

from integra.extract import dates, numbers, roles, rules
from integra.extract.record import PROVENANCE, extract_bytes
from integra.extract.text import label_value, number_spots, segment

COUNT_FIELDS = ("participants_planned", "participants_actual")
MONEY_FIELDS = ("eu_cofinancing_pln", "total_cost_pln")
DATE_FIELDS = ("start_date", "end_date")

_FUTURE = re.compile(
    r"\b(?:zostan(?:ie|ą)|b[eę]d(?:zie|ą)|obejm(?:ie|ą)|we[zź]m(?:ie|ą)|skorzysta(?:ją)?|"
    r"planuj\w*|planowan\w*|zak[lł]ad\w*|przewid\w*|docelow\w*|ma(?:ją)? (?:zosta[cć]|obj[aą][cć])|"
    r"will|planned|expected)\b",
    re.I,
)
_PAST = re.compile(
    r"\b(?:zosta[lł](?:o|y|i|a)?|wzi[eę](?:[lł]o|[lł]y|li)|obj[eę]to|obj[eę][lł]o|obj[aą][lł]|"
    r"skorzysta[lł](?:o|y|i)|uczestniczy[lł](?:o|y|i)|uko[nń]czy[lł](?:o|y|i)|otrzyma[lł](?:o|y|i)|"
    r"bra[lł](?:o|y|i)|by[lł](?:o|y|i)|przesz[lł]o|zrealizowano|udzielono|wsparto|took|were|was)\b",
    re.I,
)
_NOUNS = (
    ("people", re.compile(r"^(?:os[oó]b\w*|osob\w*|person\w*|people)$")),
    (
        "participants",
        re.compile(r"^(?:uczestni\w*|beneficjen\w*|klient\w*|podopieczn\w*|participant\w*)$"),
    ),
    ("families", re.compile(r"^(?:rodzin\w*|gospodarstw\w*|famil\w*|household\w*)$")),
    (
        "children/youth",
        re.compile(r"^(?:dzieci\w*|dziec\w*|m[lł]odzie\w*|uczni\w*|wychowank\w*|child\w*)$"),
    ),
    ("women/men", re.compile(r"^(?:kobiet\w*|m[eę][zż]czy\w*|k|m|women|men)$")),
    ("residents", re.compile(r"^(?:mieszka\w*|residents?|inhabitants?)$")),
    (
        "adjective of a group",
        re.compile(
            r"^(?:bezrobotn\w*|niepe\w*|zagro\w*|wykluczon\w*|niesamodzie\w*|biern\w*|ubog\w*|starsz\w*|senior\w*|zawodowo)$"
        ),
    ),
    ("staff", re.compile(r"^(?:pracownik\w*|pracownic\w*|asystent\w*|specjali\w*|staff)$")),
    ("years/time", re.compile(r"^(?:lat\w*|rok\w*|miesi\w*|dni|godzin\w*|h)$")),
)
_MONEY_CUES = (
    ("cofinancing", re.compile(r"dofinans|co-?financ|subsid", re.I)),
    ("EU/EFS", re.compile(r"\bue\b|\bunii\b|\befs\b|europejsk|\beu\b|european", re.I)),
    ("state budget", re.compile(r"bud[zż]et\w* pa[nń]stw|dotacj\w* celow", re.I)),
    ("own", re.compile(r"w[lł]asn", re.I)),
    (
        "total/value",
        re.compile(r"warto[sś][cć]|koszt|bud[zż]et|ca[lł]kowit|og[oó][lł]em|value|total", re.I),
    ),
    ("eligible", re.compile(r"kwalifikowal|eligible", re.I)),
    ("grant/amount", re.compile(r"kwot|wsparci|grant|otrzym|przyzna", re.I)),
)
_DATE_CUES = (
    ("range od/do", re.compile(r"\b(?:od|do|from|to|until)\s*$|[-–—]\s*$", re.I)),
    ("period", re.compile(r"okres|termin|czas|period|duration|lata", re.I)),
    ("start word", re.compile(r"rozpocz|start|pocz[aą]t|begin", re.I)),
    ("end word", re.compile(r"zako[nń]cz|koniec|ko[nń]c|end", re.I)),
    ("recruitment", re.compile(r"rekrutac|nab[oó]r|recruit", re.I)),
    ("contract/signing", re.compile(r"umow|podpis|zawar|contract|sign", re.I)),
    ("publication", re.compile(r"opublik|dodan|publik|data|aktualiz|published", re.I)),
)
_ENDED = re.compile(
    r"zako[nń]czy[lł]\w*\s+si[eę]|zako[nń]czon\w*|zrealizowan\w*|podsumowa\w*|sprawozdan\w*"
    r"|was completed|has ended|ended in|were supported",
    re.I,
)
_EUR = re.compile(r"\beur\b|€|\beuro\b", re.I)
_RATES = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97, 0.98, 1.0)


def _fold(s: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", s.lower()) if unicodedata.category(c) != "Mn"
    ).replace("ł", "l")


def _num(v) -> float | None:
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def _eq(a, b, tol: float = 0.005) -> bool:
    a, b = _num(a), _num(b)
    return a is not None and b is not None and abs(a - b) <= tol


def _unit_at(doc: rules.Doc, pos: int):
    for i, u in enumerate(doc.units):
        if u.start <= pos < u.end:
            return i, u
    return None, None


def _unit_kind(u, pos: int) -> str:
    if u is None:
        return "outside units"
    if u.is_row or "|" in u.text:
        return "table row"
    lv = label_value(u.text)
    if lv is not None and pos - u.start >= lv[1]:
        return "label line"
    if u.is_item:
        return "list item"
    if u.is_heading:
        return "heading"
    return "prose"


def _tense(u) -> str:
    if u is None:
        return "none"
    fut, past = bool(_FUTURE.search(u.text)), bool(_PAST.search(u.text))
    return "future+past" if fut and past else "future" if fut else "past" if past else "no tense"


def _noun_after(text: str, end: int) -> str:
    m = re.match(r"[\s\xa0]*(?:\(\w*\)\s*)?([^\W\d_]+)", text[end : end + 40])
    if not m:
        return "no word"
    word = _fold(m.group(1))
    found = next((name for name, p in _NOUNS if p.match(word)), None)
    if found:
        return found
    raw = m.group(1)
    if raw.isupper() and len(raw) <= 4:
        return "other word: an abbreviation in capitals"
    if len(raw) <= 3:
        return "other word: short lower-case"
    if raw[0].isupper():
        return "other word: capitalised"
    if re.match(r"[a-z]+$", raw) and re.search(r"(?:ing|ed|ion|ple|s)$", raw):
        return "other word: English-looking"
    ending = (
        "genitive-plural-looking (-ów/-ych/-ek/-ami)"
        if re.search(r"(?:ów|ych|ich|ek|ami|ach)$", raw)
        else "other ending"
    )
    return f"other word: lower-case, {ending}"


_MARKS = (
    ("percent", re.compile(r"%|procent|percent", re.I)),
    (
        "at least/up to",
        re.compile(r"co najmniej|minimum|nie mniej ni|min\.|at least|do \d|maksym|max", re.I),
    ),
    ("indicator word", re.compile(r"wska[zź]nik|rezultat|produkt|indicator|result|output", re.I)),
    ("total word", re.compile(r"[lł][aą]czn|og[oó][lł]em|razem|w sumie|total|in all", re.I)),
    (
        "per-period word",
        re.compile(r"rocznie|ka[zż]d\w* rok|edycj|\btur|nab[oó]r|\betap|each year|annual", re.I),
    ),
    (
        "target-group word",
        re.compile(r"grup\w* docelow|adresat|skierowan|target group|addressed", re.I),
    ),
    ("recruitment word", re.compile(r"rekrut|zakwalifik|zg[lł]osz|recruit", re.I)),
    ("English", re.compile(r"\b(?:the|and|will|people|project|of)\b")),
)


_HEAD_KINDS = (
    ("summary/report", re.compile(r"podsumowa|sprawozdan|raport|summary|report", re.I)),
    (
        "results/effects",
        re.compile(r"rezultat|efekt(?!ywn)|osi[aą]gni|wska[zź]nik|result|indicator", re.I),
    ),
    ("status as of", re.compile(r"stan\s+na|as\s+of", re.I)),
    ("finished", re.compile(r"zako[nń]czon|zrealizowan|completed|finished", re.I)),
    ("plan/goal", re.compile(r"cel|za[lł]o[zż]eni|planowan|zak[lł]adan|goal|aim|plan", re.I)),
    (
        "target group",
        re.compile(r"grup\w*\s+docelow|odbiorc|adresat|uczestni|target|participant", re.I),
    ),
)


def _head_kind(doc, i: int) -> str:
    """The kind of the nearest heading above unit i and of the two short lines before it."""
    heading = roles.heading_above(doc.units, i)
    lead = " ".join(x.text for x in doc.units[max(0, i - 2) : i] if len(x.text) <= 200)
    found = [n for n, p in _HEAD_KINDS if p.search(heading) or p.search(lead)]
    return "+".join(found) if found else "none"


def _marks(c: Counter, prefix: str, doc, text: str, s: int, e: int) -> None:
    """Shape marks of the unit a count stands in (for counts only; no words are printed)."""
    i, u = _unit_at(doc, s)
    if u is None:
        return
    c[f"{prefix}: heading/lead-in kind {_head_kind(doc, i)}"] += 1
    for name, p in _MARKS:
        c[f"{prefix}: unit has {name}"] += bool(p.search(u.text))
    digits = re.findall(r"(?<![\d.,])\d+(?![\d.,]?\d)", u.text)
    c[
        f"{prefix}: unit has {'1 number' if len(digits) <= 1 else '2-3 numbers' if len(digits) <= 3 else '4+ numbers'}"
    ] += 1
    c[f"{prefix}: split in parentheses after"] += bool(
        re.match(r"[^(\n]{0,25}\(", text[e : e + 30])
    )
    lv = label_value(u.text)
    if lv is not None and s - u.start >= lv[1]:
        label = _fold(u.text[: lv[1]])
        kind = (
            "participants"
            if re.search(r"uczestn|os[o]b|beneficj|particip|people|person", label)
            else "target group"
            if re.search(r"grup|adresat|docelow|target", label)
            else "indicator"
            if re.search(r"wskazn|rezultat|produkt|indicator", label)
            else "count"
            if re.search(r"liczb|ilosc|number", label)
            else "goal"
            if re.search(r"\bcel|\bgoal|aim|objective", label)
            else "for whom"
            if re.search(r"kto|kogo|odbiorc|adresowan|skierowan|whom|who", label)
            else "support"
            if re.search(r"wsparci|dzialani|zadani|support|activit", label)
            else "description"
            if re.search(r"opis|o projekcie|informac|descr|summary", label)
            else "short other"
            if len(label) <= 25
            else "long other"
        )
        c[f"{prefix}: label kind {kind}"] += 1


def _cues(text: str, start: int, table, width: int = 80) -> str:
    before = text[max(0, start - width) : start]
    found = [name for name, p in table if p.search(before)]
    return "+".join(found) if found else "no cue"


def _count_spots(text: str, n: int) -> list[tuple[int, int]]:
    """(start, end) of the count n written in digits (also with a space or dot of thousands)."""
    forms = {str(n)}
    if n >= 1000:
        head, tail = divmod(n, 1000)
        for sep in (" ", "\xa0", ".", "\u202f"):
            forms.add(f"{head}{sep}{tail:03d}")
    out = []
    for f in forms:
        if f == str(n):
            out += [(s, s + len(f)) for s in number_spots(text, n)]
        else:
            at = 0
            while (at := text.find(f, at)) >= 0:
                out.append((at, at + len(f)))
                at += len(f)
    return sorted(out)


def _word_spots(text: str, n: int) -> list[tuple[int, int]]:
    out = []
    for m in numbers.numeral_words_re().finditer(text):
        if numbers.parse_numeral_words(m.group(0)) == n:
            out.append((m.start(), m.end()))
    return out


def _problem_kinds(rec: dict, field: str) -> set[str]:
    """The extractor's own wording of the field's problems, cut before the first digit, quote or
    parenthesis (where a value or a word of the page would begin): a template, never page text."""
    out = set()
    for p in rec.get("problems") or []:
        p = str(p)
        if not p.startswith(field.split("_pln")[0]):
            continue
        out.add(re.split(r"[\d'\"„“”(«]", p, maxsplit=1)[0].strip()[:70])
    return out


def _problem_for(rec: dict, field: str) -> bool:
    keys = {
        "participants_planned": ("participants_planned", "planned participant", "participant"),
        "participants_actual": ("participants_actual", "took part", "participant"),
        "eu_cofinancing_pln": ("eu_cofinancing", "co-financing", "cofinancing", "grant"),
        "total_cost_pln": ("total_cost", "total cost", "total"),
        "start_date": ("start_date", "start"),
        "end_date": ("end_date", "end"),
    }[field]
    return any(any(k in str(p).lower() for k in keys) for p in rec.get("problems") or [])


def _where(c: Counter, prefix: str, doc: rules.Doc, text: str, spots, noun: bool) -> None:
    """Classes of the places where a value stands (first spot decides the unit classes)."""
    c[f"{prefix}: occurs {'once' if len(spots) == 1 else '2+ times'}"] += 1
    kinds, foreign, tenses, nouns = set(), set(), set(), set()
    for s, e in spots:
        i, u = _unit_at(doc, s)
        kinds.add(_unit_kind(u, s))
        foreign.add(i in doc.foreign)
        tenses.add(_tense(u))
        if noun:
            nouns.add(_noun_after(text, e))
    c[f"{prefix}: in " + "/".join(sorted(kinds))] += 1
    c[f"{prefix}: tense " + "/".join(sorted(tenses))] += 1
    c[
        f"{prefix}: "
        + (
            "all in foreign units"
            if all(foreign)
            else "some foreign unit"
            if any(foreign)
            else "no foreign unit"
        )
    ] += 1
    if noun:
        c[f"{prefix}: noun after " + "/".join(sorted(nouns))] += 1


def _evidence_spot(rec: dict, field: str) -> tuple[int, int] | None:
    ev = (rec.get("evidence") or {}).get(field)
    if not isinstance(ev, dict):
        return None
    return ev.get("start"), ev.get("end")


def _ours_where(c, prefix, doc, text, rec, field, value, noun: bool) -> None:
    spot = _evidence_spot(rec, field)
    if spot is None or spot[0] is None:
        c[f"{prefix}: no evidence"] += 1
        return
    s0, e0 = spot
    # our value's own spot inside its evidence
    inner = [(s, e) for s, e in _count_spots(text[s0:e0], int(value))] if noun else []
    if noun and inner:
        s, e = inner[0][0] + s0, inner[0][1] + s0
        _marks(c, prefix, doc, text, s, e)
    else:
        s, e = s0, e0
    i, u = _unit_at(doc, s)
    c[f"{prefix}: in {_unit_kind(u, s)}"] += 1
    c[f"{prefix}: tense {_tense(u)}"] += 1
    c[f"{prefix}: {'foreign unit' if i in doc.foreign else 'not foreign'}"] += 1
    if noun:
        c[
            f"{prefix}: noun after " + (_noun_after(text, e) if inner else "(value not as digits)")
        ] += 1


def _parts_probe(c: Counter, g, rec, doc, text) -> None:
    """Every page where we read planned parts but no planned total: does the parts' sum stand
    in the text as a count, and what does gold hold (a probe for a rule, not a miss class)."""
    bd = rec.get("participants_planned_breakdown") or {}
    if rec.get("participants_planned") is not None or not isinstance(bd, dict) or not bd:
        return
    total = sum(bd.values())
    spots = _count_spots(text, int(total))
    want = g.get("participants_planned")
    verdict = "gold = sum" if _eq(want, total) else "gold null" if want is None else "gold other"
    if want == "ANY":
        verdict = "gold ANY"
    where = "sum stands in the text" if spots else "sum not in the text"
    c[f"probe parts without total: {where}, {verdict}"] += 1
    if spots:
        nouns = "/".join(sorted({_noun_after(text, e) for _s, e in spots}))
        c[f"probe parts without total: sum in text, noun {nouns}, {verdict}"] += 1
        before = min(s for s, _e in spots) < min(
            (ev.get("start") or 0)
            for k, ev in (rec.get("evidence") or {}).items()
            if k.startswith("participants_planned_breakdown[") and isinstance(ev, dict)
        )
        c[
            f"probe parts without total: sum in text {'before' if before else 'after'} parts, {verdict}"
        ] += 1
        part_units = {
            _unit_at(doc, ev.get("start") or 0)[0]
            for k, ev in (rec.get("evidence") or {}).items()
            if k.startswith("participants_planned_breakdown[") and isinstance(ev, dict)
        }
        sum_units = {_unit_at(doc, s)[0] for s, _e in spots}
        first = min((i for i in part_units if i is not None), default=-1)
        where = (
            "same unit as a part"
            if sum_units & part_units
            else "unit right before the parts"
            if first - 1 in sum_units
            else "another unit"
        )
        c[f"probe parts without total: sum in {where}, {verdict}"] += 1
        sum_kinds = "/".join(sorted({_unit_kind(_unit_at(doc, s)[1], s) for s, _e in spots}))
        c[f"probe parts without total: sum in {sum_kinds}, {verdict}"] += 1


def _several_counts_probe(c: Counter, g, rec, doc, text) -> None:
    """Every page where we read a planned total: how many counts of people its unit holds (outside
    parentheses), whether ours is the largest or the sum of the others, and the verdict."""
    got, want = rec.get("participants_planned"), g.get("participants_planned")
    spot = _evidence_spot(rec, "participants_planned")
    if got is None or want == "ANY" or spot is None or spot[0] is None:
        return
    _i, u = _unit_at(doc, spot[0])
    if u is None:
        return
    depth_free = [
        n for n, s, _e in doc.person_counts(u) if u.text[:s].count("(") <= u.text[:s].count(")")
    ]
    verdict = "right" if _eq(want, got) else "extra" if want is None else "wrong"
    k = len(depth_free)
    shape = "0-1 counts" if k <= 1 else "2 counts" if k == 2 else "3+ counts"
    if k >= 2:
        others = list(depth_free)
        if got in others:
            others.remove(got)
        shape += (
            ", ours the sum of the others"
            if _eq(sum(others), got)
            else ", ours the largest"
            if got >= max(depth_free)
            else ", ours not the largest"
        )
        shape += (
            ", total word"
            if re.search(r"[lł][aą]czn|og[oó][lł]em|razem|w sumie|total", u.text, re.I)
            else ""
        )
    c[f"probe our planned unit: {shape}: {verdict}"] += 1


def _count_classes(c: Counter, field: str, g, rec, doc, text, src) -> None:
    want, got = g.get(field), rec.get(field)
    if field == "participants_planned":
        _parts_probe(c, g, rec, doc, text)
        _several_counts_probe(c, g, rec, doc, text)
    if want == "ANY" or field not in g:
        return
    if want is None and got is None:
        return
    if want is not None and _eq(want, got):
        c["right"] += 1
        return
    kind = "extra" if want is None else ("missing" if got is None else "wrong")
    c[kind] += 1
    other = "participants_actual" if field == "participants_planned" else "participants_planned"
    if want is not None:
        n = int(want)
        spots = _count_spots(text, n)
        words = _word_spots(text, n) if not spots else []
        if spots:
            c[f"{kind}, gold as digits"] += 1
            _where(c, f"{kind}, gold", doc, text, spots, True)
            _marks(c, f"{kind}, gold", doc, text, *spots[0])
        elif words:
            c[f"{kind}, gold in words"] += 1
            _where(c, f"{kind}, gold", doc, text, words, True)
        else:
            c[f"{kind}, gold not in the text"] += 1
        c[f"{kind}, our {other} = gold"] += _eq(rec.get(other), want)
        c[f"{kind}, our {other} null"] += rec.get(other) is None
        c[f"{kind}, page says the project ended"] += bool(_ENDED.search(text))
        if spots:
            i, u = _unit_at(doc, spots[0][0])
            if u is not None:
                c[f"{kind}, gold's unit is a list item under results/effects"] += bool(
                    u.is_item and "results/effects" in _head_kind(doc, i)
                )
        c[f"{kind}, our completed = gold"] += _eq(rec.get("participants_completed"), want)
        bd = rec.get("participants_planned_breakdown") or {}
        if isinstance(bd, dict) and bd:
            c[f"{kind}, our breakdown sums to gold"] += _eq(sum(bd.values()), want)
        c[f"{kind}, gold breakdown given"] += bool(
            isinstance(g.get("participants_planned_breakdown"), dict)
            and g.get("participants_planned_breakdown")
        )
    if got is not None:
        c[f"{kind}, our value = gold {other}"] += _eq(got, g.get(other))
        c[f"{kind}, our value = gold completed"] += _eq(got, g.get("participants_completed"))
        gb = g.get("participants_planned_breakdown")
        if isinstance(gb, dict) and gb:
            c[f"{kind}, our value in gold breakdown"] += any(_eq(got, v) for v in gb.values())
            c[f"{kind}, our value = gold breakdown sum"] += _eq(got, sum(gb.values()))
        c[f"{kind}, gold {other} null"] += g.get(other) is None
        c[f"{kind}, our priority {src.get(field + '#priority', '?')}"] += 1
        _ours_where(c, f"{kind}, ours", doc, text, rec, field, got, True)
    c[f"{kind}, problems entry"] += _problem_for(rec, field)
    for t in _problem_kinds(rec, field):
        c[f"{kind}, problem template: {t}"] += 1


def _money_spots(
    text: str, value: float
) -> tuple[list[tuple[int, int]], list[tuple[int, int]], bool]:
    """(spots with a currency, bare-number spots, rounded-with-currency)."""
    cur, rounded = [], False
    for m in numbers.find_money(text):
        if _eq(float(m.value), value, 0.5):
            cur.append((m.start, m.end))
            rounded = rounded or m.rounded
    bare = []
    if not cur:
        whole = int(value)
        grosze = round((value - whole) * 100)
        head = f"{whole:,}".replace(",", " ")
        forms = {head, head.replace(" ", "."), head.replace(" ", ""), head.replace(" ", "\xa0")}
        for f in list(forms):
            forms.add(f"{f},{grosze:02d}")
        for f in forms:
            at = 0
            while (at := text.find(f, at)) >= 0:
                before = text[at - 1] if at else " "
                after = text[at + len(f)] if at + len(f) < len(text) else " "
                if not before.isdigit() and not after.isdigit():
                    bare.append((at, at + len(f)))
                at += len(f)
    return cur, sorted(set(bare)), rounded


def _money_classes(c: Counter, field: str, g, rec, doc, text, src) -> None:
    want, got = g.get(field), rec.get(field)
    if want == "ANY" or field not in g:
        return
    if want is None and got is None:
        return
    if want is not None and _eq(want, got):
        c["right"] += 1
        return
    kind = "extra" if want is None else ("missing" if got is None else "wrong")
    c[kind] += 1
    other = "total_cost_pln" if field == "eu_cofinancing_pln" else "eu_cofinancing_pln"
    c[f"{kind}, EUR on the page"] += bool(_EUR.search(text))
    if want is not None:
        w = float(want)
        cur, bare, rounded = _money_spots(text, w)
        if cur:
            c[f"{kind}, gold as an amount with currency" + (" (rounded)" if rounded else "")] += 1
            spots = cur
        elif bare:
            c[f"{kind}, gold as a bare number"] += 1
            spots = bare
        else:
            c[f"{kind}, gold not in the text"] += 1
            spots = []
        if spots:
            _where(c, f"{kind}, gold", doc, text, spots, False)
            c[f"{kind}, gold cues before " + _cues(text, spots[0][0], _MONEY_CUES)] += 1
        c[f"{kind}, gold = our {other}"] += _eq(rec.get(other), w, 0.5)
        c[f"{kind}, gold = our own contribution"] += _eq(rec.get("own_contribution_pln"), w, 0.5)
        tot = _num(rec.get("total_cost_pln"))
        if field == "eu_cofinancing_pln" and tot:
            share = w / tot
            c[f"{kind}, gold = a round share of our total"] += any(
                abs(share - r) < 0.0005 for r in _RATES[:-1]
            )
            own = _num(rec.get("own_contribution_pln"))
            if own:
                c[f"{kind}, gold = our total - our own"] += _eq(tot - own, w, 0.5)
        # a part of gold stated with another part: two amounts on the page summing to gold
        vals = [float(m.value) for m in numbers.find_money(text)]
        c[f"{kind}, gold = sum of two amounts on the page"] += any(
            _eq(a + b, w, 0.5) for i, a in enumerate(vals) for b in vals[i + 1 :]
        )
    if got is not None:
        v = float(got)
        c[f"{kind}, our value = gold {other}"] += _eq(v, g.get(other), 0.5)
        c[f"{kind}, our value = gold own contribution"] += _eq(
            v, g.get("own_contribution_pln"), 0.5
        )
        if want is not None:
            c[f"{kind}, our value {'larger' if v > float(want) else 'smaller'}"] += 1
            ratio = v / float(want) if float(want) else 0
            c[
                f"{kind}, our value / gold "
                + (
                    "within 10%"
                    if 0.9 <= ratio <= 1.1
                    else "x1000 or /1000"
                    if abs(ratio - 1000) < 1 or abs(ratio - 0.001) < 1e-5
                    else "0.5-0.9 or 1.1-2"
                    if 0.5 <= ratio <= 2
                    else "far"
                )
            ] += 1
            ours_money = [m for m in numbers.find_money(text) if _eq(float(m.value), v, 0.5)]
            c[f"{kind}, our value written rounded (mln/tys.)"] += any(m.rounded for m in ours_money)
            c[f"{kind}, our value not as an amount on the page"] += not ours_money
            if field == "eu_cofinancing_pln" and _num(g.get("total_cost_pln")):
                c[f"{kind}, our value + gold = gold total"] += _eq(
                    v + float(want), g.get("total_cost_pln"), 0.5
                )
        c[f"{kind}, our priority {src.get(field + '#priority', '?')}"] += 1
        spot = _evidence_spot(rec, field)
        if spot and spot[0] is not None:
            i, u = _unit_at(doc, spot[0])
            c[f"{kind}, ours in {_unit_kind(u, spot[0])}"] += 1
            c[f"{kind}, ours {'foreign unit' if i in doc.foreign else 'not foreign'}"] += 1
            c[f"{kind}, ours cues before " + _cues(text, spot[0], _MONEY_CUES)] += 1
    c[f"{kind}, problems entry"] += _problem_for(rec, field)
    for t in _problem_kinds(rec, field):
        c[f"{kind}, problem template: {t}"] += 1


def _date_spots(text: str, want: dt.date, field: str) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = {"day": [], "month": [], "year": []}
    for t in dates.find_dates(text):
        try:
            d = t.first_day() if field == "start_date" else t.last_day()
        except ValueError:
            continue
        if t.precision == "day" and d == want:
            out["day"].append((t.start, t.end))
        elif t.precision == "month" and d == want:
            out["month"].append((t.start, t.end))
        elif t.precision == "year" and d == want:
            out["year"].append((t.start, t.end))
    return out


def _date_classes(c: Counter, field: str, g, rec, doc, text, src) -> None:
    want, got = g.get(field), rec.get(field)
    if want == "ANY" or field not in g:
        return
    if want is None and got is None:
        return
    if want is not None and str(want) == str(got):
        c["right"] += 1
        return
    kind = "extra" if want is None else ("missing" if got is None else "wrong")
    c[kind] += 1
    other = "end_date" if field == "start_date" else "start_date"
    if want is not None:
        w = dt.date.fromisoformat(str(want))
        spots = _date_spots(text, w, field)
        found = [k for k in ("day", "month", "year") if spots[k]]
        c[f"{kind}, gold as a " + (found[0] + " token" if found else "date not found")] += 1
        if found:
            s = spots[found[0]]
            _where(c, f"{kind}, gold", doc, text, s, False)
            c[f"{kind}, gold cues before " + _cues(text, s[0][0], _DATE_CUES, 40)] += 1
        c[f"{kind}, gold = our {other}"] += str(rec.get(other)) == str(want)
    if got is not None:
        c[f"{kind}, our value = gold {other}"] += str(got) == str(g.get(other))
        c[f"{kind}, our value = gold contract date"] += str(got) == str(g.get("contract_date"))
        if want is not None:
            c[f"{kind}, same year"] += str(got)[:4] == str(want)[:4]
            c[f"{kind}, our value {'later' if str(got) > str(want) else 'earlier'}"] += 1
        c[f"{kind}, our priority {src.get(field + '#priority', '?')}"] += 1
        spot = _evidence_spot(rec, field)
        if spot and spot[0] is not None:
            i, u = _unit_at(doc, spot[0])
            c[f"{kind}, ours in {_unit_kind(u, spot[0])}"] += 1
            c[f"{kind}, ours {'foreign unit' if i in doc.foreign else 'not foreign'}"] += 1
            c[f"{kind}, ours cues before " + _cues(text, spot[0], _DATE_CUES, 40)] += 1
    c[f"{kind}, problems entry"] += _problem_for(rec, field)
    for t in _problem_kinds(rec, field):
        c[f"{kind}, problem template: {t}"] += 1


def classes(
    gold: list[dict], docs: Path, fields: list[str], show: bool = False
) -> dict[str, Counter]:
    """Counts per class; `show` (real-dev only) also prints each dev miss's file and values."""
    out = {f: Counter() for f in fields}
    for g in gold:
        path = docs / os.path.basename(g["file"])
        trace: dict[str, str] = {}
        token = PROVENANCE.set(trace)
        try:
            rec, cleaned, _enc, _media = extract_bytes(path.read_bytes(), path.name)
        finally:
            PROVENANCE.reset(token)
        if not cleaned:
            continue
        doc = rules.Doc(cleaned, segment(cleaned, rules.is_field_label))
        for f in fields:
            fn = (
                _count_classes
                if f in COUNT_FIELDS
                else _money_classes
                if f in MONEY_FIELDS
                else _date_classes
            )
            fn(out[f], f, g, rec, doc, cleaned, trace)
            if show and str(g.get(f)) != str(rec.get(f)) and not _eq(g.get(f), rec.get(f)):
                print(f"DEV {path.name} {f}: want {g.get(f)!r} got {rec.get(f)!r}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default="real-dev,real-heldout")
    ap.add_argument("--parts", default="")
    ap.add_argument(
        "--show-dev", action="store_true", help="print real-dev misses (never held-out)"
    )
    ap.add_argument("--fields", default=",".join(COUNT_FIELDS + MONEY_FIELDS + DATE_FIELDS))
    a = ap.parse_args(argv)
    parts = tuple(p.strip() for p in a.parts.split(",") if p.strip())
    fields = [f.strip() for f in a.fields.split(",") if f.strip()]
    with tempfile.TemporaryDirectory(prefix="integra-counts-") as t:
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
            show = a.show_dev and name == "real-dev"
            for f, c in classes(gold, gold_path.parent / "docs", fields, show).items():
                print(f"## {name} {f}")
                for k, v in sorted(c.items()):
                    if v:
                        print(f"  {k}: {v}")
    return 0


if __name__ == "__main__":
    _ = Decimal  # (amounts come back as floats in the record)
    sys.exit(main())
