"""Per-document gold vs extracted scalar fields on DEV sets only.

    .venv/bin/python benchmarks/field_report.py [--parts rc_g,rc_k] [--devset]
                                                [--fields programme_period,priority_axis]

Prints, for every dev document, each chosen field whose extracted value differs from the gold (as
the shared scorer compares them), with the evidence sentence of the extracted value. `programme`
(not scored) is compared loosely for information. Never reads held-out parts.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from lists_report import _gold  # the dev parts' gold and documents, read one way
from score_extraction import roman_to_arabic, same

DEV_PARTS = "rc_a,rc_b,rc_c,rc_d,rc_e,rc_g,rc_h,rc_i,rc_k"
FIELDS = (
    "programme,programme_period,priority_axis,measure,submeasure,project_type,voivodeship,"
    "social_effectiveness_pct,employment_effectiveness_pct"
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--parts", default=DEV_PARTS)
    ap.add_argument("--devset", action="store_true")
    ap.add_argument("--fields", default=FIELDS)
    a = ap.parse_args(argv)
    parts = [p for p in a.parts.split(",") if p]
    assert all("heldout" not in p for p in parts)
    fields = [f for f in a.fields.split(",") if f]
    from integra.extract import extract_file  # type: ignore

    wrong: dict[str, int] = {}
    for g, path in _gold(parts, a.devset):
        r = extract_file(path)
        r = r if isinstance(r, dict) else r.to_dict() if hasattr(r, "to_dict") else dict(r)
        lines = []
        for f in fields:
            if f not in g or g[f] == "ANY":
                continue
            want, got = g[f], r.get(f)
            ok = (
                same(f, want, got)
                if f != "programme"
                else (
                    (want is None) == (got is None) and (want is None or same("title", want, got))
                )
            )
            if not ok and want is None and got and f in ("priority_axis", "measure"):
                # the scorer's rule: a level derived from a stated lower-level code is no miss
                lower = str(g.get("submeasure") or g.get("measure") or "").split(",")[0].strip()
                ok = bool(lower) and lower.startswith(roman_to_arabic(got) + ".")
            if ok:
                continue
            wrong[f] = wrong.get(f, 0) + 1
            ev = (r.get("evidence") or {}).get(f, {}).get("text", "")
            lines.append(f"  {f}: want {want!r} got {got!r}" + (f"  <- {ev[:160]!r}" if ev else ""))
        if lines:
            print(path.name)
            print("\n".join(lines))
    print("wrong per field:", wrong)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
