#!/usr/bin/env python3
# Copied unchanged from the project's shared tools (shared/tools/score_extraction.py) so the repository
# scores extraction on its own; benchmarks/accuracy.py runs it on every labelled set.
"""Score `integra extract` against a gold file, field by field.

usage: score_extraction.py --gold GOLD.json --docs DIR [--min 0.9] [--integra CMD] [--verbose]
       [--metric f1|accuracy|lists]

Gold: a list of objects with "file" plus the scored fields; null means the document
does not state it (a value there is a false positive); "ANY" skips the field.
Prints per-field accuracy, the misses, and last the score: F1 over stated facts (a value where the
gold is null is a false positive; a wrong value is both) or plain accuracy. Exit 0 when it is >= --min.
--metric lists scores the two list fields instead: instruments (item F1, fuzzy item match) and
participants_planned_breakdown (documents whose multiset of counts is right, among those where the
gold or the record has one); the score is the lower of the two.
"""

import argparse
import difflib
import json
import os
import re
import shlex
import subprocess
import sys
import unicodedata

STRING_FUZZY = {"title", "implementer", "programme"}
NUMBERS = {
    "total_cost_pln",
    "eu_cofinancing_pln",
    "own_contribution_pln",
    "participants_planned",
    "participants_actual",
    "participants_completed",
    "social_effectiveness_pct",
    "employment_effectiveness_pct",
}
SKIP = {"file", "source_url", "participants_planned_breakdown", "instruments", "programme"}


def norm(s):
    s = unicodedata.normalize("NFC", str(s)).lower()
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s)
    s = re.sub(r"[\"'„”“«»]", "", s)
    s = re.sub(r"\s*-\s*", "-", s)
    return re.sub(r"\s+", " ", s).strip(" .")


def roman_to_arabic(v):
    v = str(v).strip().upper()
    vals = {"I": 1, "V": 5, "X": 10, "L": 50}
    if v and all(c in vals for c in v):
        total = 0
        for i, c in enumerate(v):
            n = vals[c]
            total += -n if i + 1 < len(v) and vals[v[i + 1]] > n else n
        return str(total)
    return v


def same(field, gold, got):
    if gold is None:
        return got is None or got == "" or got == []
    if got is None:
        return False
    if field in NUMBERS:
        try:
            return abs(float(gold) - float(got)) <= 0.005
        except (TypeError, ValueError):
            return False
    if field == "priority_axis":
        return roman_to_arabic(gold) == roman_to_arabic(got)
    if field == "implementer" and ";" in str(gold):
        return any(same(field, part.strip(), got) for part in str(gold).split(";"))
    if field in STRING_FUZZY:
        a, b = norm(gold), norm(got)
        return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.85
    return norm(gold) == norm(got)


def _item_norm(s):
    s = unicodedata.normalize("NFC", str(s)).lower()
    s = re.sub(r"[„”\"“«»'’]", "", s)
    s = re.sub(r"[\u2010-\u2015]", "-", s)
    return re.sub(r"\s+", " ", s).strip(" .,;:-–•")


def _item_match(a, b):
    a, b = _item_norm(a), _item_norm(b)
    return (
        a == b
        or (len(a) > 5 and a in b)
        or (len(b) > 5 and b in a)
        or difflib.SequenceMatcher(None, a, b).ratio() >= 0.8
    )


def score_lists(gold, records, verbose):
    tp = fp = fn = 0
    bd_ok = bd_n = 0
    for g in gold:
        name = os.path.basename(g["file"])
        r = records.get(name) or {}
        if "instruments" in g and g["instruments"] != "ANY":
            want = g.get("instruments") or []
            got = r.get("instruments") or []
            got = [x.get("name", x.get("text", "")) if isinstance(x, dict) else x for x in got]
            hit_w = sum(any(_item_match(w, x) for x in got) for w in want)
            hit_g = sum(any(_item_match(x, w) for w in want) for x in got)
            tp += hit_w
            fn += len(want) - hit_w
            fp += len(got) - hit_g
            if verbose and (hit_w < len(want) or hit_g < len(got)):
                print(f"LIST {name}: instruments want {len(want)} got {len(got)} matched {hit_w}")
        if "participants_planned_breakdown" in g and g["participants_planned_breakdown"] != "ANY":
            wb = g.get("participants_planned_breakdown") or {}
            gb = r.get("participants_planned_breakdown") or {}
            if wb or gb:
                bd_n += 1
                vals = (
                    sorted(v for v in gb.values() if isinstance(v, (int, float)))
                    if isinstance(gb, dict)
                    else None
                )
                ok = vals == sorted(wb.values())
                bd_ok += ok
                if verbose and not ok:
                    print(f"LIST {name}: breakdown want {sorted(wb.values())} got {vals}")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    bd = bd_ok / bd_n if bd_n else 1.0
    print(
        f"lists {min(f1, bd):.3f} (instruments F1 {f1:.3f}: precision {p:.3f}, recall {r:.3f}, "
        f"{tp} of {tp + fn} gold items, {fp} extra; breakdowns right {bd_ok}/{bd_n})"
    )
    return min(f1, bd)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", required=True)
    ap.add_argument("--docs", required=True)
    ap.add_argument("--min", type=float, default=0.9)
    ap.add_argument("--integra", default="integra")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--metric", choices=["f1", "accuracy", "lists"], default="f1")
    ap.add_argument("--timeout", type=int, default=300)
    ap.add_argument("--schema", help="JSON schema every record must satisfy (needs jsonschema)")
    a = ap.parse_args()

    gold = json.load(open(a.gold, encoding="utf-8"))
    files = [os.path.join(a.docs, os.path.basename(g["file"])) for g in gold]
    cmd = [*shlex.split(a.integra), "extract", *files]
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=a.timeout)
    except FileNotFoundError:
        print("accuracy 0/0 = 0.000 (no integra command)")
        return 1
    except subprocess.TimeoutExpired:
        print(f"accuracy 0/0 = 0.000 (integra extract ran past {a.timeout} s)")
        return 1
    records = {}
    bad_lines = 0
    for line in p.stdout.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError:
            bad_lines += 1
            continue
        records[os.path.basename(str(r.get("source_file", "")))] = r

    invalid = 0
    if a.schema:
        try:
            import jsonschema

            schema = json.load(open(a.schema, encoding="utf-8"))
            for name, r in records.items():
                errs = list(jsonschema.Draft202012Validator(schema).iter_errors(r))
                if errs:
                    invalid += 1
                    print(f"SCHEMA {name}: {errs[0].message[:160]}")
        except ImportError:
            print("jsonschema not installed: schema not checked")

    if a.metric == "lists":
        score = score_lists(gold, records, a.verbose)
        return 0 if score >= a.min and not invalid else 1

    per_field, misses = {}, []
    correct = total = 0
    tp = fp = fn = 0
    for g in gold:
        r = records.get(os.path.basename(g["file"]))
        for field, want in g.items():
            if field in SKIP or want == "ANY":
                continue
            got = None if r is None else r.get(field)
            ok = r is not None and same(field, want, got)
            if not ok and want is None and got and field in ("priority_axis", "measure"):
                # a level derived from a stated lower-level code is not a false positive
                lower = str(g.get("submeasure") or g.get("measure") or "").split(",")[0].strip()
                ok = bool(lower) and lower.startswith(roman_to_arabic(got) + ".")
                got = None if ok else got
            c, t = per_field.get(field, (0, 0))
            per_field[field] = (c + ok, t + 1)
            correct += ok
            total += 1
            stated, said = want is not None, got not in (None, "", [])
            if stated and said and ok:
                tp += 1
            else:
                fp += said and not ok
                fn += stated and not ok
            if not ok:
                misses.append(
                    f"{g['file']}: {field}: want {want!r} got {got!r}"
                    + ("" if r else " (no record)")
                )

    for field, (c, t) in sorted(per_field.items(), key=lambda kv: kv[1][0] / kv[1][1]):
        print(f"{field:32s} {c:3d}/{t:<3d}")
    if a.verbose or len(misses) <= 40:
        for m in misses:
            print("MISS", m)
    if bad_lines:
        print(f"{bad_lines} output lines were not JSON")
    missing = sum(1 for g in gold if os.path.basename(g["file"]) not in records)
    if missing:
        print(
            f"{missing} documents had no record; exit code {p.returncode}; stderr: {p.stderr[-300:]!r}"
        )
    acc = correct / total if total else 0.0
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    if invalid:
        print(f"{invalid} records break the schema")
    score = f1 if a.metric == "f1" else acc
    print(
        f"{a.metric} {score:.3f} (stated facts: precision {prec:.3f}, recall {rec:.3f}; all fields {correct}/{total} = {acc:.3f})"
    )
    return 0 if score >= a.min and not invalid else 1


if __name__ == "__main__":
    sys.exit(main())
