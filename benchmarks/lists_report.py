"""Per-document gold vs extracted lists (instruments, planned breakdown) on DEV sets only.

    .venv/bin/python benchmarks/lists_report.py [--parts rc_g,rc_h] [--devset] [--all]

Prints, for every dev document whose instruments or breakdown are not all right, the gold items
not matched, the extracted items not matched, and the breakdowns. Never reads held-out parts.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from score_extraction import _item_match

REAL = ROOT / "benchmarks" / "realcorpus"
DEVSET = ROOT.parent / "shared" / "devset"


def _gold(parts: list[str], devset: bool) -> list[tuple[dict, Path]]:
    out = []
    for part in parts:
        path = REAL / "gold" / f"{part}_dev.json"
        for g in json.loads(path.read_text(encoding="utf-8")):
            out.append((g, REAL / "dev" / "docs" / os.path.basename(g["file"])))
    if devset and (DEVSET / "gold.json").exists():
        for g in json.loads((DEVSET / "gold.json").read_text(encoding="utf-8")):
            out.append((g, DEVSET / "docs" / os.path.basename(g["file"])))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--parts", default="rc_a,rc_b,rc_c,rc_d,rc_e,rc_g,rc_h,rc_i,rc_k")
    ap.add_argument("--devset", action="store_true")
    ap.add_argument("--all", action="store_true", help="print right documents too")
    a = ap.parse_args(argv)
    parts = [p for p in a.parts.split(",") if p]
    assert all("heldout" not in p for p in parts)
    from integra.extract import extract_file  # type: ignore

    tp = fp = fn = 0
    bd_ok = bd_n = 0
    for g, path in _gold(parts, a.devset):
        r = extract_file(path)
        r = r if isinstance(r, dict) else r.to_dict() if hasattr(r, "to_dict") else dict(r)
        name = path.name
        lines = []
        if "instruments" in g and g["instruments"] != "ANY":
            want = g.get("instruments") or []
            got = [
                x.get("name", x.get("text", "")) if isinstance(x, dict) else x
                for x in (r.get("instruments") or [])
            ]
            miss = [w for w in want if not any(_item_match(w, x) for x in got)]
            extra = [x for x in got if not any(_item_match(x, w) for w in want)]
            tp += len(want) - len(miss)
            fn += len(miss)
            fp += len(extra)
            if miss or extra or a.all:
                lines.append(f"  inst want {len(want)} got {len(got)}")
                lines += [f"    MISS {w!r}" for w in miss]
                lines += [f"    EXTRA {x!r}" for x in extra]
        if "participants_planned_breakdown" in g and g["participants_planned_breakdown"] != "ANY":
            wb = g.get("participants_planned_breakdown") or {}
            gb = r.get("participants_planned_breakdown") or {}
            if wb or gb:
                bd_n += 1
                ok = sorted(v for v in gb.values() if isinstance(v, (int, float))) == sorted(
                    wb.values()
                )
                bd_ok += ok
                if not ok or a.all:
                    lines.append(f"  bd {'OK' if ok else 'BAD'} want {wb} got {gb}")
        if lines:
            print(name)
            print("\n".join(lines))
    p = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    print(
        f"instruments P {p:.3f} R {rc:.3f} F1 {f1:.3f} ({tp} of {tp + fn}, {fp} extra);"
        f" breakdowns {bd_ok}/{bd_n}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
