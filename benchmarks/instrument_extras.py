"""Every extra and every missed instrument item on the DEV sets, with the rule that gave each extra.

    .venv/bin/python benchmarks/instrument_extras.py [--parts rc_a,rc_x] [--no-devset] [--summary]

Runs the extractor in-process with each instrument rule of integra/extract/instruments.py wrapped
so that the values it hands to the rules' shared `add` are tagged with the rule's name (the prose
candidates of instrument_candidates.py are tagged "candidate", with their score); values added by
extract_instruments' own loop over bullet lists and inline "(…)"/"poprzez" lists are tagged
"list". Extras and misses use the shared scorer's fuzzy match (score_extraction._item_match).
Reads only the dev parts (gold/<part>_dev.json) and the shared devset, never a held-out part.
"""

from __future__ import annotations

import argparse
import collections
import functools
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from score_extraction import _item_match

REAL = ROOT / "benchmarks" / "realcorpus"
DEVSET = ROOT.parent / "shared" / "devset"
_RULES = (
    "_task_lines _named_paragraphs _sub_headed_forms _line_lists _bare_heading_runs "
    "_inline_numbered _support_table _numbered_rows _page_subject _parenthesised_after_project "
    "_prose_enumerations _object_first _counted_first _named_tasks _english _lexicon_mentions "
    "_content_enumerations _example_lists _colon_lead_ins _created_places _english_content "
    "_list_item_entries"
).split()


def _gold(parts: list[str], devset: bool) -> list[tuple[dict, Path]]:
    out = []
    for part in parts:
        assert "heldout" not in part
        for g in json.loads((REAL / "gold" / f"{part}_dev.json").read_text(encoding="utf-8")):
            out.append((g, REAL / "dev" / "docs" / os.path.basename(g["file"])))
    if devset and (DEVSET / "gold.json").exists():
        for g in json.loads((DEVSET / "gold.json").read_text(encoding="utf-8")):
            out.append((g, DEVSET / "docs" / os.path.basename(g["file"])))
    return out


def _instrument(tags: dict[str, str]):
    """Wrap the rules so that every value they add is tagged with the rule's name."""
    from integra.extract import instrument_candidates as ic
    from integra.extract import instruments as inst

    def wrap(name, fn):
        @functools.wraps(fn)
        def inner(*args, **kwargs):
            args = list(args)
            for k, a in enumerate(args):
                if callable(a) and getattr(a, "__name__", "") == "add":
                    orig = a
                    cells = dict(zip(a.__code__.co_freevars, a.__closure__ or (), strict=True))
                    items = cells["items"].cell_contents

                    def add(value, u, *rest, _orig=orig, _items=items, **kw):
                        before = list(_items)
                        out = _orig(value, u, *rest, **kw)
                        for x in _items:  # (only what the rule's value put in the list)
                            if x not in before:
                                tags.setdefault(x.lower(), name)
                        return out

                    args[k] = add
            return fn(*args, **kwargs)

        return inner

    for name in _RULES:
        setattr(inst, name, wrap(name, getattr(inst, name)))
    accepted = ic.accepted

    def tagged_accepted(doc, end, read, items=None):
        out = accepted(doc, end, read, items)
        cands = {v.lower() for v, _u in out}
        seen = {x.lower() for x in items or []}
        for v in cands - seen:
            tags.setdefault(v, "candidate")
        return out

    ic.accepted = tagged_accepted


def _capture_units(where: dict[str, str]) -> None:
    """Keep, for every item, the text of the unit it was read from (record.py's call)."""
    from integra.extract import record

    extract = record.extract_instruments

    def capture(doc):
        items, units = extract(doc)
        where.clear()
        where.update({it.lower(): u.text for it, u in zip(items, units, strict=True)})
        return items, units

    record.extract_instruments = capture


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--parts", default="")
    ap.add_argument("--no-devset", action="store_true")
    ap.add_argument("--summary", action="store_true", help="only the counts per rule")
    ap.add_argument("--context", action="store_true", help="print each extra's unit too")
    ap.add_argument(
        "--dump", help="write every item (rule, right or extra, unit text) to this JSON"
    )
    a = ap.parse_args(argv)
    parts = [p for p in a.parts.split(",") if p] or sorted(
        p.name.removesuffix("_dev.json") for p in (REAL / "gold").glob("*_dev.json")
    )
    tags: dict[str, str] = {}
    _instrument(tags)
    where: dict[str, str] = {}
    _capture_units(where)
    from integra.extract import extract_file

    tp = fp = fn = 0
    by_rule: collections.Counter[str] = collections.Counter()
    hit_rule: collections.Counter[str] = collections.Counter()
    rows: list[dict] = []
    for g, path in _gold(parts, not a.no_devset):
        if g.get("instruments", "ANY") == "ANY":
            continue
        tags.clear()
        r = extract_file(path)
        r = r if isinstance(r, dict) else r.to_dict() if hasattr(r, "to_dict") else dict(r)
        want = g.get("instruments") or []
        got = [x if isinstance(x, str) else x.get("name", "") for x in r.get("instruments") or []]
        miss = [w for w in want if not any(_item_match(w, x) for x in got)]
        extra = [x for x in got if not any(_item_match(x, w) for w in want)]
        tp += len(want) - len(miss)
        fn += len(miss)
        fp += len(extra)
        for x in got:
            rule = tags.get(x.lower(), "list")
            (by_rule if x in extra else hit_rule)[rule] += 1
            rows.append(
                {
                    "doc": path.name,
                    "item": x,
                    "rule": rule,
                    "right": x not in extra,
                    "unit": where.get(x.lower(), ""),
                }
            )
        if (miss or extra) and not a.summary:
            print(path.name)
            for w in miss:
                print(f"  MISS  {w!r}")
            for x in extra:
                print(f"  EXTRA [{tags.get(x.lower(), 'list')}] {x!r}")
                if a.context:
                    print("        | " + " ".join(where.get(x.lower(), "").split())[:400])
    if a.dump:
        Path(a.dump).write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")
    p = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    print(f"instruments P {p:.3f} R {rc:.3f} ({tp} of {tp + fn}, {fp} extra)")
    for rule in sorted(set(by_rule) | set(hit_rule), key=lambda k: -by_rule[k]):
        print(f"  {rule}: {by_rule[rule]} extra, {hit_rule[rule]} right")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
