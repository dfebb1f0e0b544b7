"""How the title rule holds when a dev page is written another way (DEV parts only).

    .venv/bin/python benchmarks/title_robustness.py [--parts rc_a,…] [--devset] [--mode unquote|ascii|drop_first|prose] [-v]

For every dev document whose title is read right as it is, the page is rewritten in one way that
real pages also use, and the title is read again:

- unquote: the quotes around every mention of the title removed ("projekt „X” realizuje" →
  "projekt X realizuje"): the title must be found, and end, from its words and cues alone;
- ascii: „X” written "X";
- drop_first: the first line (an <h1> or a heading) removed where it holds the title;
- prose: the title only in the page's prose, without quotes (every short line that holds it, a
  heading, a breadcrumb step, "Projekt X", dropped; the quotes removed).

Prints how many are still right (and with -v which are lost). A generalisation check written from
dev pages without looking at any held-out page: rules written for single misses do not move it.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from lists_report import _gold  # the dev parts' gold and documents, read one way
from score_extraction import same

DEV_PARTS = "rc_a,rc_b,rc_c,rc_d,rc_e,rc_g,rc_h,rc_i,rc_k"


def rewrite(text: str, title: str, mode: str) -> str:
    """`text` with its mentions of `title` written the `mode` way (unchanged when nothing applies)."""
    name = re.escape(title)
    if mode == "unquote":
        return re.sub(r"[„\"“”]\s*(" + name + r")\s*[”\"“]", r"\1", text, flags=re.IGNORECASE)
    if mode == "ascii":
        return re.sub(r"„(" + name + r")”", r'"\1"', text, flags=re.IGNORECASE)
    if mode == "prose":
        # the page names its project only in its prose, without quotes: every short line that
        # holds the title (a heading, a breadcrumb step, "Projekt X") dropped, the quotes removed
        unquoted = rewrite(text, title, "unquote")
        return "\n".join(
            line
            for line in unquoted.split("\n")
            if not (title.lower() in line.lower() and len(line) <= len(title) + 40)
        )
    if mode == "drop_first":
        lines = text.split("\n")
        return "\n".join(lines[1:]) if title.lower() in lines[0].lower() else text
    raise ValueError(mode)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--parts", default=DEV_PARTS)
    ap.add_argument("--devset", action="store_true")
    ap.add_argument(
        "--mode", default="unquote", choices=("unquote", "ascii", "drop_first", "prose")
    )
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args(argv)
    parts = [p for p in a.parts.split(",") if p]
    assert all("heldout" not in p for p in parts)
    from integra.extract.reading import read_document, read_landed
    from integra.extract.record import extract_text

    kept = scored = 0
    for g, path in _gold(parts, a.devset):
        want = g.get("title")
        if not want or want == "ANY":
            continue
        decoded = read_document(read_landed(path), path.name)
        text = decoded.text
        changed = rewrite(text, want, a.mode)
        if changed == text:
            continue
        as_is = extract_text(text, path.name, None, decoded.page_title)[0]
        if not same("title", want, as_is.get("title")):
            continue
        scored += 1
        got = extract_text(changed, path.name, None, decoded.page_title)[0].get("title")
        if same("title", want, got):
            kept += 1
        elif a.v:
            print(f"  lost {path.name}: want {want!r} got {got!r}")
    print(f"{a.mode}: {kept}/{scored} still right")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
