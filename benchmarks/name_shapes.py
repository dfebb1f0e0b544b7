"""The shapes of the implementer, title and city misses, and how right each rule is, per set.

    PYTHONPATH=. .venv/bin/python benchmarks/name_shapes.py [--sets real-dev,real-heldout]
                                                             [--fields implementer,title,city]
                                                             [--parts rc_w] [--detail]

Extracts every document of the real corpus's dev and held-out parts in this process, with the
extractor's provenance hook (`integra.extract.record.PROVENANCE`: which rule produced each value),
and compares each value with the gold by the scorer's own rule (`benchmarks/score_extraction.py`).
Prints counts only (no file names, no values), so that it may run on the held-out set:

- per field and set: right, wrong, missing, extra;
- the wrong values' shapes: the value a part of the gold's, the gold a part of the value's, both of
  the same kind of body (a welfare centre, a centre of social services, a county family centre, a
  gmina or its office, an association or foundation, a company) but different, or of different
  kinds (which pair); for the city, a case form of the gold town;
- per source (the rule, with the implementer's role on the page): right / wrong / extra, and the
  same for the dev parts scored fresh in earlier sessions (rc_n, rc_p, rc_q, rc_t) apart.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "benchmarks" / "realcorpus"
FRESH_DEV_PARTS = ("rc_n", "rc_p", "rc_q", "rc_t")


def _scorer():
    spec = importlib.util.spec_from_file_location(
        "score_extraction", ROOT / "benchmarks" / "score_extraction.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_KINDS = (
    ("cus", re.compile(r"centrum\s+usług\s+społecznych|\bcus\b")),
    ("pcpr", re.compile(r"centrum\s+pomocy\s+rodzinie|\bpcpr\b|\bmcpr\b")),
    ("ops", re.compile(r"ośrod\w*\s+pomocy|\b[mg]*ops\b|\bmopr\b|pomocy\s+społecznej|\bmcps\b")),
    (
        "ngo",
        re.compile(r"stowarzysz|fundacj|towarzystw|caritas|spółdzielni|federacj|związek|\bzhp\b"),
    ),
    ("company", re.compile(r"\bsp\.\s*z\s*o\.?\s*o|spółk|\bs\.a\.|\bsa\b")),
    ("public", re.compile(r"\bgmin|\burz[ąa]d|\bmiast|\bpowiat|starostw|województw")),
)


# a body's name with its place ("… w Kole", "Gmina X", "Miasto X", "Powiat X")
_PLACED = re.compile(
    r"\s(?:w|we|z|ze|in|of|Dzielnicy|Gminy|Miasta)\s+[A-ZŁŚŻŹĆ]|^(?:Gmina|Miasto|Powiat|Urząd)\s"
)


def _kind(value: str) -> str:
    low = str(value).lower()
    for name, pattern in _KINDS:
        if pattern.search(low):
            return name
    return "other"


def _shape(field: str, want: str, got: str, norm) -> str:
    a, b = norm(want), norm(got)
    if b and b in a:
        return "got_in_gold"
    if a and a in b:
        return "gold_in_got"
    if field == "city":
        # a case form of the gold town: the same stem, a different ending
        stem = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        if stem >= max(3, min(len(a), len(b)) - 3):
            return "case_form"
        return "other_town"
    if field == "implementer":
        ka, kb = _kind(want), _kind(got)
        return f"same_kind:{ka}" if ka == kb else f"kinds:{ka}->{kb}"
    return "other"


def _gold(part_set: str, parts: tuple[str, ...] = ()) -> list[tuple[str, dict]]:
    rows = []
    for fragment in sorted((REAL / "gold").glob(f"*_{part_set}.json")):
        part = fragment.name.removesuffix(f"_{part_set}.json")
        if parts and part not in parts:
            continue
        rows += [(part, g) for g in json.loads(fragment.read_text(encoding="utf-8"))]
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default="real-dev,real-heldout")
    ap.add_argument("--fields", default="implementer,title,city")
    ap.add_argument("--parts", default="", help="only these parts (comma-separated, e.g. rc_w)")
    ap.add_argument(
        "--detail", action="store_true", help="also split the scored rules' sources by score"
    )
    a = ap.parse_args(argv)
    from integra.extract.record import PROVENANCE, extract_file

    scorer = _scorer()
    fields = [f.strip() for f in a.fields.split(",") if f.strip()]
    for set_name in [s.strip() for s in a.sets.split(",") if s.strip()]:
        part_set = set_name.removeprefix("real-")
        folder = REAL / part_set / "docs"
        totals: dict[str, Counter] = defaultdict(Counter)
        shapes: dict[str, Counter] = defaultdict(Counter)
        by_source: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
        fresh: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
        parts = tuple(p.strip() for p in a.parts.split(",") if p.strip())
        for part, g in _gold(part_set, parts):
            trace: dict[str, str] = {}
            token = PROVENANCE.set(trace)
            try:
                rec = extract_file(folder / os.path.basename(g["file"]))
            finally:
                PROVENANCE.reset(token)
            for field in fields:
                if field not in g or g[field] == "ANY":
                    continue
                want, got = g[field], rec.get(field)
                said = got not in (None, "", [])
                source = trace.get(field, "") or "?"
                if a.detail and field == "implementer" and said:
                    placed = _PLACED.search(str(got)) is not None
                    source += "" if placed else "[no place]"
                if a.detail and (source.startswith("scan") or field == "title"):
                    source += f"@{float(trace.get(field + '#priority', 0)):g}"
                if field == "city" and source.startswith("impl_"):
                    source += "<" + (trace.get("implementer") or "?")
                ok = scorer.same(field, want, got)
                if want is None and not said:
                    continue
                verdict = (
                    "right"
                    if ok
                    else "extra"
                    if want is None
                    else "missing"
                    if not said
                    else "wrong"
                )
                totals[field][verdict] += 1
                if verdict == "wrong":
                    shape = _shape(field, str(want), str(got), scorer.norm)
                    shapes[field][shape] += 1
                    if a.detail:
                        shapes[field][f"{shape} from {source}"] += 1
                if said:
                    by_source[field][source][verdict] += 1
                    if part_set == "dev" and part in FRESH_DEV_PARTS:
                        fresh[field][source][verdict] += 1
        print(f"## {set_name}")
        for field in fields:
            t = totals[field]
            print(
                f"{field}: right {t['right']}, wrong {t['wrong']}, missing {t['missing']}, "
                f"extra {t['extra']}"
            )
            if shapes[field]:
                print(
                    "  wrong shapes: "
                    + ", ".join(f"{k} {n}" for k, n in shapes[field].most_common())
                )
            for source, c in sorted(by_source[field].items(), key=lambda kv: -sum(kv[1].values())):
                said = sum(c.values())
                f = fresh[field].get(source)
                fresh_part = f"  (fresh dev parts: {f['right']}/{sum(f.values())})" if f else ""
                print(
                    f"  {source:48s} right {c['right']:3d} wrong {c['wrong']:3d} extra "
                    f"{c['extra']:3d}  precision {c['right'] / said:.2f}{fresh_part}"
                )
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
