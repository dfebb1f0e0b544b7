"""Which breakdown rule gave each participant breakdown on DEV parts, and how often it is right.

    .venv/bin/python benchmarks/breakdown_paths.py [--parts rc_a,…] [--devset] [-v]

For every dev document whose gold or record has a planned-participant breakdown, the first rule
of `integra.extract.rules` that returned a split (the split near the planned total, a split
stated elsewhere, a target-group list, a count's own split, tables, parts adding up, the parts
read with no total), and per rule: right, extra (gold has none), wrong (other counts); "(none)"
counts the missed ones. -v prints one line per document. Never reads held-out parts: use it for
the aggregate of an unread dev part as well as for the documents of the parts you design from.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from lists_report import _gold  # the dev parts' gold and documents, read one way

DEV_PARTS = "rc_a,rc_b,rc_c,rc_d,rc_e,rc_g,rc_h,rc_i,rc_k,rc_n,rc_p,rc_q"
RULES = (
    "_breakdown_near_total",
    "_sex_pair_elsewhere",
    "_target_group_list",
    "_split_after_own_total",
    "_target_group_lines",
    "_sex_lines",
    "_sex_pair_alone",
    "_breakdown_rows",
    "_header_row_split",
    "_group_table",
    "_parts_adding_up",
)


def _traced(rules_module, trace: list[str]) -> None:
    """Wrap each breakdown rule so that a non-empty split it returns is noted in `trace`."""
    for name in RULES:
        fn = getattr(rules_module, name)

        def wrapper(*a, _fn=fn, _name=name, **k):
            res = _fn(*a, **k)
            if res[0]:
                trace.append(_name)
            return res

        setattr(rules_module, name, wrapper)
    inner = rules_module._extract_breakdown

    def extract(doc, planned, _inner=inner):
        before = len(trace)
        res = _inner(doc, planned)
        if res[0] and len(trace) == before:
            if planned is None:
                trace.append("parts read with the participants, no total")
            elif doc.parts and res[0] == doc.parts[0]:
                trace.append("parts read with the participants")
            else:
                trace.append("a split elsewhere adding up")
        return res

    rules_module._extract_breakdown = extract


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--parts", default=DEV_PARTS)
    ap.add_argument("--devset", action="store_true")
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args(argv)
    parts = [p for p in a.parts.split(",") if p]
    assert all("heldout" not in p for p in parts)
    import integra.extract.rules as rules
    from integra.extract import extract_file

    trace: list[str] = []
    _traced(rules, trace)
    stats: dict[str, Counter] = defaultdict(Counter)
    for g, path in _gold(parts, a.devset):
        want = g.get("participants_planned_breakdown")
        if want == "ANY":
            continue
        want = want or {}
        trace.clear()
        got = extract_file(path).get("participants_planned_breakdown") or {}
        if not (want or got):
            continue
        right = sorted(got.values()) == sorted(want.values())
        rule = trace[0] if got and trace else "(none)"
        kind = "right" if right else "missed" if not got else "extra" if not want else "wrong"
        stats[rule][kind] += 1
        if a.v:
            print(f"{kind:6s} {path.name} {rule} {got}")
    for rule, counts in sorted(stats.items()):
        print(f"{rule:36s} " + ", ".join(f"{k} {n}" for k, n in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
