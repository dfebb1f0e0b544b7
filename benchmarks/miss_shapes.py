"""The shapes of the participant-breakdown and planned-participant misses, per set: counts only.

    .venv/bin/python benchmarks/miss_shapes.py [--sets seeds,devset,real-dev,real-heldout]
                                               [--parts rc_e] [--integra CMD]

Lays each set out as `benchmarks/accuracy.py` does, runs `integra extract` once on its documents
and compares the records with the gold file. It prints ONLY aggregate counts per set (no file
names, no values, no labels), so it may be run on the held-out part:

- breakdowns (documents where the gold or the record has one, as the lists scorer counts them):
  right; extra (gold has none, we give one); missing (gold has one, we give none); wrong with the
  same number of groups, with fewer, with more; for the wrong ones, whether our groups add up to
  our planned total, and to gold's; for the extra and missing ones, whether a planned total is
  given, and what kind of groups (women/men pair or other);
- participants_planned: right, wrong, missing, extra; for the extra and wrong ones, whether our
  value is one of gold's breakdown counts, the sum of gold's breakdown, gold's participants_actual
  or participants_completed, or none of these.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import accuracy  # the sets laid out one way

_SEX = re.compile(r"kobiet|m[eę][zż]czyzn|\bk\b|\bm\b|women|men|female|male|\bkob|\bmę", re.I)


def _num(v) -> float | None:
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def _eq(a, b) -> bool:
    a, b = _num(a), _num(b)
    return a is not None and b is not None and abs(a - b) <= 0.005


_KINDS = (  # a coarse kind of a group label, for counts only (the label itself is never printed)
    ("sex", re.compile(r"^(?:k|m|kobiet\w*|m[eę][zż]czy[zź]n\w*|women|men|female|male)\b", re.I)),
    ("surroundings", re.compile(r"otoczeni|surround|opiekun|carer|rodzin\w* uczestnik", re.I)),
    (
        "period",
        re.compile(
            r"edycj|tur[ay]?\b|round|kwarta|\brok|year|\b(?:19|20)\d\d\b|(?-i:\b[IVX]+\b)|etap|nab[oó]r",
            re.I,
        ),
    ),
    ("disability", re.compile(r"niepe[lł]nospr|disab", re.I)),
    ("unemployed", re.compile(r"bezrobot|biern|unemploy|inactive|pracuj", re.I)),
    (
        "children/family",
        re.compile(r"dzie|rodzin|m[lł]odzie|wychowank|child|famil|young|ucz(?:niow|e[nń])", re.I),
    ),
    ("seniors/dependent", re.compile(r"starsz|senior|niesamodziel|elder|depend", re.I)),
    (
        "facility",
        re.compile(
            r"klub|mieszka|dom\b|centrum|o[sś]rod|dzienn|[sś]wietlic|club|flat|centre|center", re.I
        ),
    ),
    ("place", re.compile(r"^(?:gmin|miast|powiat|sołect|wie[sś])|^[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+$")),
    ("people", re.compile(r"os[oó]b|uczestni|beneficj|klien|person|people|participant", re.I)),
)


def _label_kind(label: str) -> str:
    return next((name for name, pattern in _KINDS if pattern.search(label.strip())), "other")


def _kinds(bd) -> str:
    """The sorted kinds of a breakdown's labels, joined with '+'."""
    return "+".join(sorted({_label_kind(str(k)) for k in bd})) if isinstance(bd, dict) else ""


def _values(bd) -> list[float]:
    if not isinstance(bd, dict):
        return []
    return sorted(float(v) for v in bd.values() if isinstance(v, (int, float)))


def _kind(bd) -> str:
    """'sex' when every label reads as women or men, else 'other' (labels are never printed)."""
    labels = [str(k) for k in bd] if isinstance(bd, dict) else []
    return "sex" if labels and all(_SEX.search(k) for k in labels) else "other"


def _records(gold_path: Path, integra: str) -> dict[str, dict]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    docs = gold_path.parent / "docs"
    files = [str(docs / os.path.basename(g["file"])) for g in gold]
    p = subprocess.run(
        [*shlex.split(integra), "extract", *files], capture_output=True, text=True, check=False
    )
    out = {}
    for line in p.stdout.splitlines():
        try:
            r = json.loads(line)
        except json.JSONDecodeError:
            continue
        out[os.path.basename(str(r.get("source_file", "")))] = r
    return out


def shapes(gold: list[dict], records: dict[str, dict]) -> tuple[Counter, Counter]:
    bd, pl = Counter(), Counter()
    for g in gold:
        r = records.get(os.path.basename(g["file"])) or {}
        gp, rp = g.get("participants_planned"), r.get("participants_planned")
        wb = g.get("participants_planned_breakdown")
        gb = r.get("participants_planned_breakdown") or {}
        if wb != "ANY" and "participants_planned_breakdown" in g:
            wb = wb or {}
            if wb or gb:
                want, got = _values(wb), _values(gb)
                if want == got:
                    bd["right"] += 1
                elif not want:
                    bd["extra"] += 1
                    bd["extra, groups " + _kind(gb)] += 1
                    bd["extra, label kinds " + _kinds(gb)] += 1
                    bd["extra, gold planned " + ("stated" if gp is not None else "null")] += 1
                    bd["extra, sum = our planned"] += _eq(sum(got), rp)
                    bd["extra, sum = gold actual"] += _eq(sum(got), g.get("participants_actual"))
                elif not got:
                    bd["missing"] += 1
                    bd["missing, gold groups " + _kind(wb)] += 1
                    bd[
                        f"missing, gold has {min(len(want), 4)}{'+' if len(want) >= 4 else ''} groups"
                    ] += 1
                    bd["missing, gold planned " + ("stated" if gp is not None else "null")] += 1
                    bd["missing, gold sum = gold planned"] += _eq(sum(want), gp)
                    bd["missing, our planned right"] += gp is not None and _eq(gp, rp)
                    bd["missing, our planned one of gold's groups"] += any(_eq(rp, v) for v in want)
                    bd["missing, gold label kinds " + _kinds(wb)] += 1
                else:
                    n = (
                        "same"
                        if len(got) == len(want)
                        else ("fewer" if len(got) < len(want) else "more")
                    )
                    bd[f"wrong, {n} groups"] += 1
                    bd["wrong, our sum = our planned"] += _eq(sum(got), rp)
                    bd["wrong, our sum = gold planned"] += _eq(sum(got), gp)
                    bd["wrong, gold sum = gold planned"] += _eq(sum(want), gp)
                    bd["wrong, our groups " + _kind(gb) + ", gold groups " + _kind(wb)] += 1
                    bd["wrong, gold label kinds " + _kinds(wb)] += 1
                    bd["wrong, our values a subset of gold's"] += all(v in want for v in got)
                    bd["wrong, gold values a subset of ours"] += all(v in got for v in want)
        if gp == "ANY" or "participants_planned" not in g:
            continue
        if gp is None and rp is None:
            continue
        if gp is not None and _eq(gp, rp):
            pl["right"] += 1
            continue
        kind = "extra" if gp is None else ("missing" if rp is None else "wrong")
        pl[kind] += 1
        if kind == "missing":
            pl["missing, gold breakdown given"] += bool(wb and wb != "ANY")
            pl["missing, we give a breakdown"] += bool(gb)
            continue
        gold_vals = _values(wb) if wb != "ANY" else []
        hits = {
            "in gold breakdown": any(_eq(rp, v) for v in gold_vals),
            "= gold breakdown sum": bool(gold_vals) and _eq(rp, sum(gold_vals)),
            "= gold actual": _eq(rp, g.get("participants_actual")),
            "= gold completed": _eq(rp, g.get("participants_completed")),
        }
        for name, hit in hits.items():
            pl[f"{kind}, ours {name}"] += hit
        pl[f"{kind}, ours none of these"] += not any(hits.values())
        pl[f"{kind}, we give a breakdown"] += bool(gb)
        pl[f"{kind}, gold gives a breakdown"] += bool(gold_vals)
        pl[f"{kind}, ours = our actual"] += _eq(rp, r.get("participants_actual"))
        if kind == "wrong":
            pl["wrong, ours larger"] += (_num(rp) or 0) > (_num(gp) or 0)
    return bd, pl


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default="seeds,devset,real-dev,real-heldout")
    ap.add_argument("--parts", default="")
    ap.add_argument("--integra", default=str(Path(sys.executable).parent / "integra"))
    a = ap.parse_args(argv)
    parts = tuple(p.strip() for p in a.parts.split(",") if p.strip())
    with tempfile.TemporaryDirectory(prefix="integra-shapes-") as t:
        tmp = Path(t)
        for name in [s.strip() for s in a.sets.split(",") if s.strip()]:
            gold_path = {
                "seeds": lambda: accuracy._seeds(tmp),
                "devset": lambda: accuracy._devset(tmp),
                "real-dev": lambda: accuracy._real(tmp, "dev", parts),
                "real-heldout": lambda: accuracy._real(tmp, "heldout", parts),
            }[name]()
            if gold_path is None:
                print(f"{name}: not available here")
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            bd, pl = shapes(gold, _records(gold_path, a.integra))
            print(f"{name} breakdowns: " + "; ".join(f"{k} {v}" for k, v in sorted(bd.items())))
            print(f"{name} planned: " + "; ".join(f"{k} {v}" for k, v in sorted(pl.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
