"""Extraction accuracy on every labelled set, with one scorer.

    .venv/bin/python benchmarks/accuracy.py [--sets seeds,devset,real-dev,real-heldout,synthetic]
                                            [--parts rc_l] [--synthetic-count 200] [--fields] [--integra CMD]

Each set is a folder of documents and a gold file in the devset's format; the script lays each set
out in a temporary folder and runs `benchmarks/score_extraction.py` (a copy of the project's shared
scorer) on it twice: `--metric f1` (F1 over stated facts) and `--metric lists` (instruments and
participant breakdowns). Sets:

- seeds: the five landed samples (raw_samples/), gold in benchmarks/gold/seeds.json;
- devset: ../shared/devset (15 hard real pages), when that folder is there;
- real-dev, real-heldout: benchmarks/realcorpus/ (real projects rewritten, gold by hand; the
  held-out part is scored, never read while writing rules); every part whose gold file is
  gold/<part>_dev.json or gold/<part>_heldout.json is included, or only the parts named by --parts
  (e.g. --parts rc_l --sets real-heldout scores a fresh part alone);
- synthetic: benchmarks/corpus.py output with its truth files (shares the extractor's assumptions:
  a regression check, not a measure of truth).

Prints a Markdown table (and with --fields the per-field counts of each set) for benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT / "benchmarks" / "score_extraction.py"
REAL = ROOT / "benchmarks" / "realcorpus"
DEVSET = ROOT.parent / "shared" / "devset"
ALL_SETS = ("seeds", "devset", "real-dev", "real-heldout", "synthetic")
_F1_LINE = re.compile(
    r"^f1 (?P<f1>[\d.]+) \(stated facts: precision (?P<p>[\d.]+), recall (?P<r>[\d.]+)"
)
_LISTS_LINE = re.compile(
    r"^lists (?P<lists>[\d.]+) \(instruments F1 (?P<inst>[\d.]+): precision (?P<ip>[\d.]+), "
    r"recall (?P<ir>[\d.]+), (?P<tp>\d+) of (?P<gold>\d+) gold items, (?P<fp>\d+) extra;"
    r".*breakdowns right (?P<bd>\d+/\d+)\)"
)


def _lay_out(out: Path, gold: list[dict], sources: dict[str, Path]) -> Path:
    """Copy the documents into out/docs and write out/gold.json; return the gold path."""
    docs = out / "docs"
    docs.mkdir(parents=True)
    for g in gold:
        name = os.path.basename(g["file"])
        shutil.copyfile(sources[name], docs / name)
    path = out / "gold.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return path


def _seeds(tmp: Path) -> Path | None:
    gold = json.loads((ROOT / "benchmarks" / "gold" / "seeds.json").read_text(encoding="utf-8"))
    sources = {os.path.basename(g["file"]): ROOT / g.pop("source") for g in gold}
    return _lay_out(tmp / "seeds", gold, sources)


def _devset(tmp: Path) -> Path | None:
    if not (DEVSET / "gold.json").exists():
        return None
    gold = json.loads((DEVSET / "gold.json").read_text(encoding="utf-8"))
    sources = {
        os.path.basename(g["file"]): DEVSET / "docs" / os.path.basename(g["file"]) for g in gold
    }
    return _lay_out(tmp / "devset", gold, sources)


def _real(tmp: Path, part: str, prefixes: tuple[str, ...] = ()) -> Path | None:
    """Lay out the dev or held-out documents of every part (or of the parts named in prefixes)."""
    gold: list[dict] = []
    for fragment in sorted((REAL / "gold").glob(f"*_{part}.json")):
        if prefixes and fragment.name.removesuffix(f"_{part}.json") not in prefixes:
            continue
        gold += json.loads(fragment.read_text(encoding="utf-8"))
    if not gold:
        return None
    folder = REAL / part / "docs"
    sources = {os.path.basename(g["file"]): folder / os.path.basename(g["file"]) for g in gold}
    return _lay_out(tmp / f"real-{part}", gold, sources)


def _synthetic(tmp: Path, count: int) -> Path:
    corpus = tmp / "synthetic-corpus"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "corpus.py"),
            str(corpus),
            "--count",
            str(count),
            "--seed",
            "1",
        ],
        check=True,
        capture_output=True,
    )
    gold, sources = [], {}
    for truth_path in sorted(corpus.rglob("*.truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        doc = next(
            p
            for p in truth_path.parent.glob(truth_path.name.replace(".truth.json", ".*"))
            if not p.name.endswith(".truth.json")
        )
        name = f"{truth_path.parent.name}__{doc.name}"
        sources[name] = doc
        g = {"file": f"docs/{name}"}
        g.update({k: v for k, v in truth.items() if not k.startswith("_")})
        gold.append(g)
    return _lay_out(tmp / "synthetic", gold, sources)


def score(
    gold: Path, integra: str, metric: str, verbose: bool = False
) -> tuple[dict[str, str], str]:
    cmd = [
        sys.executable,
        str(SCORER),
        "--gold",
        str(gold),
        "--docs",
        str(gold.parent / "docs"),
        "--integra",
        integra,
        "--metric",
        metric,
        "--min",
        "0",
    ]
    if verbose:
        cmd.append("--verbose")
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT).stdout
    last = out.strip().splitlines()[-1] if out.strip() else ""
    m = (_F1_LINE if metric == "f1" else _LISTS_LINE).match(last)
    return (m.groupdict() if m else {}), out


_MISS_LINE = re.compile(
    r"^MISS .*?: (?P<field>\w+): want (?P<want>.*) got (?P<got>.*?)(?: \(no record\))?$"
)


def _miss_kinds(out: str) -> dict[str, tuple[int, int, int]]:
    """Per field: (wrong value, missing value, extra value) counts from the scorer's MISS lines."""
    counts: dict[str, list[int]] = {}
    for line in out.splitlines():
        m = _MISS_LINE.match(line)
        if not m:
            continue
        c = counts.setdefault(m["field"], [0, 0, 0])
        if m["want"] == "None":
            c[2] += 1
        elif m["got"] in ("None", "''", "[]"):
            c[1] += 1
        else:
            c[0] += 1
    return {f: (c[0], c[1], c[2]) for f, c in counts.items()}


_LIST_INST = re.compile(
    r"^LIST .*?: instruments want (?P<w>\d+) got (?P<g>\d+) matched (?P<m>\d+)$"
)
_LIST_BD = re.compile(r"^LIST .*?: breakdown want (?P<want>.*) got (?P<got>.*)$")


def _list_kinds(out: str) -> dict[str, int]:
    """Counts only: how the list misses split (whole instrument lists missed, lists read where gold
    has none, partial lists; breakdowns wrong, missing and extra)."""
    c = dict.fromkeys(
        (
            "instrument lists missed whole (docs/items)",
            "instrument lists read where gold has none (docs/items)",
            "partial instrument lists (docs)",
            "breakdowns wrong/missing/extra",
        ),
        "",
    )
    whole = [0, 0]
    none = [0, 0]
    partial = 0
    bd = [0, 0, 0]
    for line in out.splitlines():
        m = _LIST_INST.match(line)
        if m:
            w, g = int(m["w"]), int(m["g"])
            if w and not g:
                whole[0] += 1
                whole[1] += w
            elif g and not w:
                none[0] += 1
                none[1] += g
            else:
                partial += 1
            continue
        m = _LIST_BD.match(line)
        if m:
            bd[2 if m["want"] == "[]" else 1 if m["got"] in ("None", "[]") else 0] += 1
    keys = list(c)
    c[keys[0]] = f"{whole[0]}/{whole[1]}"
    c[keys[1]] = f"{none[0]}/{none[1]}"
    c[keys[2]] = str(partial)
    c[keys[3]] = "/".join(map(str, bd))
    return c


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default=",".join(ALL_SETS))
    ap.add_argument(
        "--parts",
        default="",
        help="real corpus parts to score (comma-separated, e.g. rc_l); default: all",
    )
    ap.add_argument("--synthetic-count", type=int, default=200)
    ap.add_argument("--integra", default=str(Path(sys.executable).parent / "integra"))
    ap.add_argument("--fields", action="store_true", help="also print per-field counts of each set")
    ap.add_argument(
        "--miss-kinds",
        action="store_true",
        help="also print, per field, how many misses are wrong values, missing values and extra "
        "values (counts only: no file names, no values)",
    )
    a = ap.parse_args(argv)
    wanted = [s.strip() for s in a.sets.split(",") if s.strip()]
    parts = tuple(p.strip() for p in a.parts.split(",") if p.strip())
    rows, details, inst_rows, kinds = [], [], [], []
    with tempfile.TemporaryDirectory(prefix="integra-accuracy-") as t:
        tmp = Path(t)
        for name in wanted:
            gold = {
                "seeds": lambda: _seeds(tmp),
                "devset": lambda: _devset(tmp),
                "real-dev": lambda: _real(tmp, "dev", parts),
                "real-heldout": lambda: _real(tmp, "heldout", parts),
                "synthetic": lambda: _synthetic(tmp, a.synthetic_count),
            }[name]()
            if gold is None:
                rows.append(f"| {name} | – | not available here | | | | | |")
                continue
            n = len(json.loads(gold.read_text(encoding="utf-8")))
            f1, f1_out = score(gold, a.integra, "f1", verbose=a.miss_kinds)
            lists, lists_out = score(gold, a.integra, "lists", verbose=a.miss_kinds)
            rows.append(
                f"| {name} | {n} | {f1.get('f1', '?')} | {f1.get('p', '?')} | {f1.get('r', '?')} "
                f"| {lists.get('lists', '?')} | {lists.get('inst', '?')} | {lists.get('bd', '?')} |"
            )
            inst_rows.append(
                f"{name}: instruments precision {lists.get('ip', '?')} recall {lists.get('ir', '?')} "
                f"({lists.get('tp', '?')} of {lists.get('gold', '?')} gold items, "
                f"{lists.get('fp', '?')} extra)"
            )
            if a.fields:
                fields = [ln for ln in f1_out.splitlines() if re.match(r"^\w+\s+\d+/\d+\s*$", ln)]
                details.append((name, fields))
            if a.miss_kinds:
                kinds.append((name, _miss_kinds(f1_out), _list_kinds(lists_out)))
    print(
        "| set | documents | F1 | precision | recall | lists score | instruments F1 | breakdowns right |"
    )
    print("|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    print("\n" + "\n".join(inst_rows))
    for name, fields in details:
        print(f"\n{name}: " + "; ".join(" ".join(f.split()) for f in fields))
    for name, counts, list_counts in kinds:
        print(
            f"\n{name} misses (wrong/missing/extra): "
            + "; ".join(f"{f} {w}/{m}/{e}" for f, (w, m, e) in sorted(counts.items()))
        )
        print(f"{name} list misses: " + "; ".join(f"{k} {v}" for k, v in list_counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
