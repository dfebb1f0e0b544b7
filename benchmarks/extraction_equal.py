"""The extractor's output, frozen and compared: a guard for speed work that must not change what
is extracted.

    .venv/bin/python benchmarks/extraction_equal.py save  [--ref /tmp/speed-ref]
    .venv/bin/python benchmarks/extraction_equal.py check [--ref /tmp/speed-ref]

Runs `extract_bytes` over every document at hand (the real corpus, dev and held-out; the shared
devset and seeds; the landed samples; the test fixtures; and 500 synthetic documents generated
with a fixed seed) and writes, per document, one JSON line: the record, the cleaned text's SHA-256,
the encoding and the media type. `check` recomputes them and reports every document whose line
differs (exit status 1), so an optimisation is accepted only when the output is byte-for-byte the
same. The outputs are compared, never printed: the held-out documents stay unread.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SYNTHETIC_COUNT = 500
SYNTHETIC_SEED = 12


def _files(base: Path) -> list[Path]:
    if not base.exists():
        return []
    return sorted(
        p
        for p in base.rglob("*")
        if p.is_file() and not p.name.endswith((".truth.json", ".md")) and p.name != "gold.json"
    )


def document_sets(ref: Path, shared: Path) -> dict[str, list[Path]]:
    """Name -> document paths. The synthetic set is generated once into `ref`/synthetic."""
    syn = ref / "synthetic"
    if not syn.exists() or not any(syn.rglob("*.truth.json")):
        from benchmarks.corpus import generate

        generate(syn, SYNTHETIC_COUNT, SYNTHETIC_SEED)
    return {
        "real-dev": _files(ROOT / "benchmarks/realcorpus/dev/docs"),
        "real-heldout": _files(ROOT / "benchmarks/realcorpus/heldout/docs"),
        "devset": _files(shared / "devset/docs"),
        "seeds": _files(shared / "seeds"),
        "samples": _files(ROOT / "raw_samples"),
        "fixtures": _files(ROOT / "tests/fixtures/further_documents")
        + _files(ROOT / "tests/fixtures/unseen"),
        "synthetic": _files(syn),
    }


def output_line(path: Path, name: str) -> str:
    from integra.extract import extract_bytes

    rec, cleaned, encoding, media = extract_bytes(path.read_bytes(), name)
    out = {
        "record": rec,
        "cleaned_sha256": hashlib.sha256(cleaned.encode("utf-8", "surrogatepass")).hexdigest(),
        "encoding": encoding,
        "media": media,
    }
    return json.dumps(out, ensure_ascii=False, sort_keys=True)


def run(ref: Path, shared: Path) -> dict[str, list[tuple[str, str]]]:
    out = {}
    for set_name, paths in document_sets(ref, shared).items():
        out[set_name] = [(p.name, output_line(p, p.name)) for p in paths]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("mode", choices=["save", "check"])
    ap.add_argument("--ref", type=Path, default=Path("/tmp/speed-ref"))
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="../shared")
    a = ap.parse_args(argv)
    a.ref.mkdir(parents=True, exist_ok=True)
    results = run(a.ref, a.shared)
    if a.mode == "save":
        for set_name, lines in results.items():
            text = "".join(f"{name}\t{line}\n" for name, line in lines)
            (a.ref / f"{set_name}.jsonl").write_text(text, encoding="utf-8")
            print(f"{set_name}: {len(lines)} documents saved")
        return 0
    differ = 0
    for set_name, lines in results.items():
        saved_path = a.ref / f"{set_name}.jsonl"
        saved = saved_path.read_text(encoding="utf-8").splitlines() if saved_path.exists() else []
        now = [f"{name}\t{line}" for name, line in lines]
        bad = [
            now[i].split("\t", 1)[0]
            for i in range(len(now))
            if i >= len(saved) or saved[i] != now[i]
        ]
        if len(saved) != len(now):
            bad.append(f"(count {len(saved)} saved, {len(now)} now)")
        differ += len(bad)
        if not bad:
            status = "identical"
        elif set_name == "real-heldout":  # held-out file names stay unprinted: the count only
            status = f"{len(bad)} DIFFER"
        else:
            status = f"{len(bad)} DIFFER: {', '.join(bad[:10])}"
        print(f"{set_name}: {len(now)} documents, {status}")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
