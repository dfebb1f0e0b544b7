"""Which lemmatiser maps inflected Polish town names back to the gazetteer name most often?

    .venv/bin/python benchmarks/lemmatisers.py            # print, and write benchmarks/RESULTS.md
    .venv/bin/python benchmarks/lemmatisers.py --dry-run  # print only

The report goes under "## Town-name lemmatisation" in benchmarks/RESULTS.md: the file is created
if absent, the section replaced if present, appended otherwise.

Compared on the hand-labelled forms in benchmarks/data/town_forms.csv (form,city,case):

(a)  simplemma: ``simplemma.lemmatize(word, lang="pl")`` per word, rejoined with the original
     separators; right if it equals the gold name (case-insensitive).
(a') simplemma, per-word: each word's {lemma, word} set compared with the gazetteer name's words
     lemmatised the same way (what (b) gets, given to simplemma for fairness).
(b)  morfeusz2: candidate lemmas per word (``analyse(word)``, lemma before ':'); right if some
     sequence of candidates, rejoined, equals the gold name, or if every word's lemma set meets the
     lemma set of the gazetteer name's word in the same position. Reported as "gold among the
     matched names" and "gold is the only matched name".
(c)  integra.extract.places.find_towns on the form inside a short sentence (preposition and
     construction chosen by case: "w/we X", "mieszkańcy X", "przyjrzyjmy się X", "współpraca z X");
     right if it returns exactly one mention, of the gold city, whose surface is the form.
     Also run on the bare form, and on negative sentences that name no town.

Timing: the five seed documents (/work/shared/seeds/*.txt) are processed 200 times each
(1,000 documents) by a document-level extractor built on each method; see ``time_*`` below.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import platform
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from integra.extract import places

FORMS = ROOT / "benchmarks" / "data" / "town_forms.csv"
SEEDS = sorted(Path("/work/shared/seeds").glob("*.txt"))
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
SPLIT = re.compile(r"(\s*[-–]\s*|\s+)")  # keeps separators
CAP_TOKEN = places._CAP_TOKEN  # the same token scanner for every extractor

NEGATIVES = [
    "Policja w Szczecinie zatrzymała sprawcę.",
    "Koło Gospodyń Wiejskich zorganizowało piknik.",
    "Spotkanie w Kole Gospodyń Wiejskich odbyło się w maju.",
    "Jarosław Kowalski był koordynatorem projektu.",
    "Góry Stołowe i Góra Świętej Anny to cele wycieczki.",
    "Uczestnik z Turcji (Turek z pochodzenia) ukończył kurs.",
    "Marki własne i Ząbki mleczne to tematy warsztatów.",
    "Brzeg rzeki zabezpieczono.",
    "Nowy projekt ruszył. Zielona linia oznacza wsparcie.",
    "Łodzi nie było, więc przepłynęli wpław.",
    "Biuro mieści się przy ul. Gdańskiej, a zajęcia przy ul. Gdańska 5.",
    "Szkolenie prowadziła Politechnika Gdańska.",
    "Koordynatorką była Anna Kalisz.",
    "Europejski Fundusz Społeczny, Program Operacyjny Kapitał Ludzki, Priorytet VII.",
    "Województwo Kujawsko-Pomorskie i Regionalny Program Operacyjny Województwa Zachodniopomorskiego.",
]


def load_forms() -> list[dict[str, str]]:
    with FORMS.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def words_and_seps(text: str) -> tuple[list[str], list[str]]:
    pieces = SPLIT.split(text.strip())
    words = pieces[0::2]
    seps = ["-" if "-" in s or "–" in s else " " for s in pieces[1::2]]
    return words, seps


def rejoin(words: list[str], seps: list[str]) -> str:
    out = words[0]
    for sep, word in zip(seps, words[1:]):
        out += sep + word
    return out


# ----------------------------------------------------------------------------- (a) simplemma


def simplemma_exact(form: str, gazetteer_folded: dict[str, str]) -> str | None:
    import simplemma

    words, seps = words_and_seps(form)
    lemma = rejoin([simplemma.lemmatize(w, lang="pl") for w in words], seps)
    return gazetteer_folded.get(lemma.casefold())


def per_word_names(
    form: str, analyse, name_sets: dict[str, tuple[tuple[frozenset[str], ...], tuple[str, ...]]]
) -> set[str]:
    """Gazetteer names whose per-word lemma sets meet the form's, position by position."""
    words, seps = words_and_seps(form)
    sets = [analyse(w) for w in words]
    found = set()
    for city, (nsets, nseps) in name_sets.items():
        same_shape = len(nsets) == len(sets) and tuple(seps) == nseps
        if same_shape and all(a & b for a, b in zip(sets, nsets)):
            found.add(city)
    return found


def name_sets_for(gazetteer: dict[str, str], analyse):
    out = {}
    for city in gazetteer:
        words, seps = words_and_seps(city)
        out[city] = (tuple(analyse(w) for w in words), tuple(seps))
    return out


def simplemma_set(word: str) -> frozenset[str]:
    import simplemma

    return frozenset({simplemma.lemmatize(word, lang="pl").casefold(), word.casefold()})


# ----------------------------------------------------------------------------- (b) morfeusz2

_MORF = None


def morf():
    global _MORF
    if _MORF is None:
        import morfeusz2

        _MORF = morfeusz2.Morfeusz()
    return _MORF


def morfeusz_candidates(word: str) -> list[str]:
    """Candidate lemmas of one word (morfeusz splits hyphenated words; we pass single words)."""
    lemmas = []
    for start, _end, interp in morf().analyse(word):
        if start == 0:
            lemma = interp[1].split(":", 1)[0]
            if lemma not in lemmas:
                lemmas.append(lemma)
    return lemmas or [word]


def morfeusz_set(word: str) -> frozenset[str]:
    return frozenset(lemma.casefold() for lemma in morfeusz_candidates(word))


def morfeusz_names(form: str, gazetteer_folded: dict[str, str], name_sets) -> set[str]:
    words, seps = words_and_seps(form)
    found = set()
    for combo in itertools.product(*(morfeusz_candidates(w) for w in words)):
        city = gazetteer_folded.get(rejoin(list(combo), seps).casefold())
        if city:
            found.add(city)
    return found | per_word_names(form, morfeusz_set, name_sets)


# ----------------------------------------------------------------------------- (c) context


def in_context(form: str, case: str) -> tuple[str, int]:
    """A sentence containing `form` in `case`, and the form's offset in it."""
    if case == "loc":
        prep = "we" if re.match(r"[WwFf][^aąeęioóuyAĄEĘIOÓUY]", form) else "w"
        prefix = f"Projekt realizowano {prep} "
        suffix = " w latach 2016–2019."
    elif case == "gen":
        prefix, suffix = "Uczestnikami byli mieszkańcy ", " i okolic."
    elif case == "dat":
        prefix, suffix = "Przyjrzyjmy się ", " bliżej."
    else:  # ins
        prefix, suffix = "Współpraca z ", " trwała trzy lata."
    return prefix + form + suffix, len(prefix)


def finder_right(text: str, offset: int, form: str, city: str) -> bool:
    found = places.find_towns(text)
    return (
        len(found) == 1
        and found[0].city == city
        and found[0].start == offset
        and found[0].surface == form
        and text[found[0].start : found[0].end] == form
    )


# ----------------------------------------------------------------------------- timing


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in SEEDS]


def time_docs(fn, docs: list[str], rounds: int = 200) -> float:
    """Seconds per 1,000 documents (len(docs) * rounds documents processed)."""
    t0 = time.perf_counter()
    for _ in range(rounds):
        for doc in docs:
            fn(doc)
    return (time.perf_counter() - t0) * 1000 / (rounds * len(docs))


def doc_simplemma(gazetteer_folded: dict[str, str]):
    """Naive extractor: lemmatise each capitalised token (and token pairs) with simplemma."""
    import simplemma

    def run(doc: str) -> list[str]:
        toks = [m.group() for m in CAP_TOKEN.finditer(doc)]
        lemmas = [simplemma.lemmatize(t, lang="pl") for t in toks]
        out = []
        for i, lem in enumerate(lemmas):
            if (
                i + 1 < len(lemmas)
                and (c := gazetteer_folded.get(f"{lem} {lemmas[i + 1]}".casefold()))
            ) or (c := gazetteer_folded.get(lem.casefold())):
                out.append(c)
        return out

    return run


def doc_morfeusz(lemma_to_city: dict[str, str]):
    """Naive extractor: morfeusz2 on every capitalised token, no cache, single-word lookup."""

    def run(doc: str) -> list[str]:
        out = []
        for m in CAP_TOKEN.finditer(doc):
            for part in m.group().split("-"):
                for lemma in morfeusz_candidates(part):
                    if c := lemma_to_city.get(lemma.casefold()):
                        out.append(c)
                        break
        return out

    return run


# ----------------------------------------------------------------------------- main


def pct(k: int, n: int) -> str:
    return f"{k}/{n} ({100 * k / n:.1f}%)"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dry-run", action="store_true", help="print only, leave RESULTS.md alone")
    ap.add_argument("--rounds", type=int, default=200, help="passes over the 5 seeds for timing")
    args = ap.parse_args()

    import morfeusz2
    import simplemma

    forms = load_forms()
    gazetteer = places.load_gazetteer()
    folded = {c.casefold(): c for c in gazetteer}
    n = len(forms)

    t0 = time.perf_counter()
    places.find_towns("Start w Toruniu.")  # builds the index: gazetteer + morfeusz2 + name lemmas
    index_load = time.perf_counter() - t0

    sm_sets = name_sets_for(gazetteer, simplemma_set)
    mf_sets = name_sets_for(gazetteer, morfeusz_set)

    a_ok = a2_ok = b_any = b_only = c_ok = c_bare = 0
    misses: dict[str, list[str]] = {"a": [], "a2": [], "b": [], "c": [], "c_bare": []}
    by_case: dict[str, list[int]] = {}
    for row in forms:
        form, city, case = row["form"], row["city"], row["case"]
        stats = by_case.setdefault(case, [0, 0, 0, 0])
        stats[0] += 1
        if simplemma_exact(form, folded) == city:
            a_ok += 1
            stats[1] += 1
        else:
            misses["a"].append(form)
        if city in per_word_names(form, simplemma_set, sm_sets):
            a2_ok += 1
        else:
            misses["a2"].append(form)
        found = morfeusz_names(form, folded, mf_sets)
        if city in found:
            b_any += 1
            stats[2] += 1
            b_only += found == {city}
        else:
            misses["b"].append(form)
        text, offset = in_context(form, case)
        if finder_right(text, offset, form, city):
            c_ok += 1
            stats[3] += 1
        else:
            misses["c"].append(f"{form} → {[m.city for m in places.find_towns(text)]}")
        if finder_right(form, 0, form, city):
            c_bare += 1
        else:
            misses["c_bare"].append(form)

    # every gazetteer name in the nominative, opening a dateline ("Toruń, 12 maja 2019 r.")
    dateline_miss = [c for c in gazetteer if not finder_right(f"{c}, 12 maja 2019 r.", 0, c, c)]

    negatives = [(s, [m.surface for m in places.find_towns(s)]) for s in NEGATIVES]
    false_pos = [(s, f) for s, f in negatives if f and "Szczecinie" not in s]
    # "Policja w Szczecinie" must give Szczecin only
    pol = places.find_towns(NEGATIVES[0])
    if [m.city for m in pol] != ["Szczecin"]:
        false_pos.append((NEGATIVES[0], [m.surface for m in pol]))

    docs = seed_texts()
    lemma_to_city = {}
    for city in gazetteer:
        if " " not in city and "-" not in city:
            for lemma in morfeusz_set(city):
                lemma_to_city.setdefault(lemma, city)
    timings = {}

    def repeat(fn, rounds: int, times: int = 5) -> tuple[float, float]:
        runs = [time_docs(fn, docs, rounds=rounds) for _ in range(times)]
        return min(runs), statistics.median(runs)

    timings["a"] = repeat(doc_simplemma(folded), max(1, args.rounds // 4))
    timings["b"] = repeat(doc_morfeusz(lemma_to_city), max(1, args.rounds // 20), times=3)
    places._token.cache_clear()
    t0 = time.perf_counter()
    for doc in docs:
        places.find_towns(doc)
    cold = (time.perf_counter() - t0) * 1000 / len(docs)
    timings["c_cold"] = (cold, cold)
    timings["c"] = repeat(places.find_towns, args.rounds)
    seed_mentions = {
        p.name: sorted({m.city for m in places.find_towns(d)}) for p, d in zip(SEEDS, docs)
    }
    avg_kb = sum(len(d.encode()) for d in docs) / len(docs) / 1024

    lines: list[str] = []
    add = lines.append
    add("## Town-name lemmatisation")
    add("")
    add(
        f"Run: `.venv/bin/python benchmarks/lemmatisers.py` ({time.strftime('%Y-%m-%d')}, "
        f"Python {platform.python_version()}, morfeusz2 {morfeusz2.__version__} "
        f"dictionary {morf().dict_id()}, simplemma {simplemma.__version__}, "
        f"one core of {platform.machine()})."
    )
    add("")
    add(
        f"Test set: `benchmarks/data/town_forms.csv`, {n} hand-labelled inflected forms of "
        f"{len({r['city'] for r in forms})} gazetteer towns ({len(gazetteer)} rows in "
        "`integra/extract/data/gazetteer.csv`); cases: "
        + ", ".join(f"{k} {v[0]}" for k, v in sorted(by_case.items()))
        + "."
    )
    add("")
    add("| method | right | notes |")
    add("|---|---|---|")
    add(f"| (a) simplemma, per word, rejoined, = gazetteer name | {pct(a_ok, n)} | exact string |")
    add(
        f"| (a′) simplemma, per-word lemma sets vs gazetteer | {pct(a2_ok, n)} | "
        "same comparison as (b), for fairness |"
    )
    add(
        f"| (b) morfeusz2 candidates / per-word lemma sets | {pct(b_any, n)} | "
        f"gold the only match: {pct(b_only, n)} |"
    )
    add(
        f"| (c) `places.find_towns`, form in a sentence | {pct(c_ok, n)} | exactly one mention, "
        "right city and offsets |"
    )
    add(
        f"| (c) `places.find_towns`, bare form | {pct(c_bare, n)} | no context, i.e. "
        "sentence-initial: ambiguous names need a cue, one-word forms that are also "
        "everyday words are skipped |"
    )
    add(
        f"| (c) `places.find_towns`, all {len(gazetteer)} gazetteer names in the nominative "
        f'opening a dateline ("X, 12 maja 2019 r.") | '
        f"{pct(len(gazetteer) - len(dateline_miss), len(gazetteer))} | "
        f"missed: {', '.join(dateline_miss) or 'none'} |"
    )
    add("")
    add("Right answers by case (a / b / c in context):")
    add("")
    add("| case | n | (a) | (b) | (c) |")
    add("|---|---|---|---|---|")
    lines.extend(
        [f"| {k} | {v[0]} | {v[1]} | {v[2]} | {v[3]} |" for k, v in sorted(by_case.items())]
    )
    add("")
    add(f"Misses of (a) ({len(misses['a'])}), first 25: {', '.join(misses['a'][:25])}")
    add("")
    add(f"Misses of (b) ({len(misses['b'])}): {', '.join(misses['b']) or 'none'}")
    add("")
    add(f"Misses of (c) in context ({len(misses['c'])}): {'; '.join(misses['c']) or 'none'}")
    add("")
    add(
        f"Misses of (c) on bare forms ({len(misses['c_bare'])}): "
        f"{', '.join(misses['c_bare']) or 'none'}"
    )
    add("")
    add(
        f"Negative sentences (no town, or only Szczecin in 'Policja w Szczecinie'): "
        f"{len(NEGATIVES)}, false positives: "
        + ("; ".join(f"{s!r} → {f}" for s, f in false_pos) if false_pos else "none")
    )
    add("")
    add(f"Timing, five seeds (avg {avg_kb:.1f} KB), seconds per 1,000 documents, one core:")
    add("")
    add("| extractor | s / 1,000 docs (best) | (median) | docs/s (best) |")
    add("|---|---|---|---|")
    rows = [
        ("a", "(a) simplemma on every capitalised token (+ pairs), gazetteer lookup"),
        ("b", "(b) morfeusz2 on every capitalised token, no cache, one-word lookup"),
        ("c_cold", "(c) `find_towns`, cold token cache (one pass over the 5 seeds)"),
        ("c", f"(c) `find_towns`, warm cache ({args.rounds} passes over the 5 seeds, ×5)"),
    ]
    for key, label in rows:
        best, median = timings[key]
        add(f"| {label} | {best:.3f} | {median:.3f} | {1000 / best:,.0f} |")
    add("")
    add(
        f"One-time index build per process (gazetteer, morfeusz2 instance, name lemmas): "
        f"{index_load:.2f} s."
    )
    add("")
    add(
        "Towns found in the seeds by (c): "
        + "; ".join(f"{k}: {', '.join(v) or '—'}" for k, v in seed_mentions.items())
    )
    add("")
    add(
        "Notes: the forms were written by the same person as the matcher, so (c) is an "
        "upper bound on unseen text; the in-context sentences put a cue word (w/we, "
        "mieszkańcy, z) before the town, which the ambiguous names (Police, Koło, Brzeg, "
        "Góra, Turek, Marki, Ząbki, ...) need. Bare forms show the cost of the "
        "sentence-start rule. Timings vary by ~2x between runs on a shared machine."
    )
    add("")
    report = "\n".join(lines)
    print(report)
    if not args.dry_run:
        write_section(report)
    return 0


def write_section(report: str) -> None:
    """Create RESULTS.md, or replace this section in it, or append the section."""
    heading = report.splitlines()[0]
    if not RESULTS.exists():
        RESULTS.write_text("# Benchmark results\n\n" + report, encoding="utf-8")
        return
    existing = RESULTS.read_text(encoding="utf-8")
    pattern = re.compile(rf"^{re.escape(heading)}\n.*?(?=^## |\Z)", re.MULTILINE | re.DOTALL)
    if pattern.search(existing):
        updated = pattern.sub(lambda _: report.rstrip("\n") + "\n\n", existing, count=1)
        RESULTS.write_text(updated.rstrip("\n") + "\n", encoding="utf-8")
    else:
        RESULTS.write_text(existing.rstrip("\n") + "\n\n" + report, encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
