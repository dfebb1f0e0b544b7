"""Where the missed implementers, titles, cities and voivodeships stand on their pages: counts only.

    PYTHONPATH=. .venv/bin/python benchmarks/name_misses.py [--sets real-dev,real-heldout]
                                                             [--parts rc_w]

Extracts every document of the real corpus's dev and held-out parts in this process and, for each
implementer, title, city or voivodeship the record misses (null, or another value), counts where the
gold value stands on the page: whether the cleaned text holds it word for word (case-insensitive),
where (the first or last eighth of the text: the masthead, the footer), beside which cue (a role
label, a run verb, the owner's "©" line; a quote, a title cue such as "pn.", "pt.", "pod nazwą",
"tytuł"; a line of its own), whether it is in the HTML `<title>`, the kind of body, whether the
record states a problem for the field, and for a city whether the gazetteer or the TERYT list knows
it. Prints counts only (no file names, no values, no text), so that it may run on the held-out set.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from name_shapes import _gold, _kind, _scorer

REAL = ROOT / "benchmarks" / "realcorpus"
DATA = ROOT / "integra" / "extract" / "data"

_ROLE = re.compile(
    r"realizator|realizuj|realizowan|prowadz|beneficjent|lider|wnioskodaw|projektodaw"
    r"|implement|beneficiary|run by|carried out|partner|©",
    re.I,
)
_TITLE_CUE = (
    ("pn", re.compile(r"\bp\.?\s?n\.\s*$|pod\s+nazw[ąa]\s*:?\s*$", re.I)),
    ("pt", re.compile(r"\bp\.?\s?t\.\s*$|pod\s+tytułem\s*:?\s*$", re.I)),
    (
        "label",
        re.compile(r"(?:tytuł|nazwa)\s+projektu\s*[:|–-]?\s*$|project\s+title\s*:?\s*$", re.I),
    ),
    ("projekt_colon", re.compile(r"projekt\w*\s*[:|–-]\s*$|project\s*:\s*$", re.I)),
    ("projekt_word", re.compile(r"projek\w*\s*$|project\w*\s*$", re.I)),
)
_ENGLISH = re.compile(r"\b(?:the|and|of|project|with)\b", re.I)


def _places() -> tuple[set[str], set[str]]:
    with (DATA / "gazetteer.csv").open(encoding="utf-8") as fh:
        gaz = {r["city"] for r in csv.DictReader(fh)}
    with (DATA / "places.csv").open(encoding="utf-8") as fh:
        teryt = {r["name"] for r in csv.DictReader(fh)}
    return gaz, teryt


def _where(text: str, value: str) -> tuple[int, int] | None:
    low = text.lower()
    for form in (value, value.replace("„", '"').replace("”", '"')):
        i = low.find(form.lower().strip(" ."))
        if i >= 0:
            return i, i + len(form.strip(" ."))
    return None


def _position(text: str, i: int) -> str:
    if i < len(text) / 8:
        return "head"
    if i > len(text) * 7 / 8:
        return "foot"
    return "body"


def _line(text: str, i: int, j: int) -> tuple[str, str, str]:
    a = text.rfind("\n", 0, i) + 1
    b = text.find("\n", j)
    b = len(text) if b < 0 else b
    return text[a:i], text[i:j], text[j:b]


def _problem(rec: dict, field: str) -> str:
    said = [p for p in rec.get("problems") or [] if p.startswith(field + ":")]
    if not said:
        return "no_problem"
    # the template's words only: the quoted values dropped, the first words kept
    words = re.sub(r"'[^']*'", "Q", said[0].split(":", 1)[1]).split()[:6]
    # (a word with a capital or a digit may be a value: dropped)
    return "problem:" + "_".join(w if w.islower() and w.isalpha() else "X" for w in words)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default="real-dev,real-heldout")
    ap.add_argument("--parts", default="")
    a = ap.parse_args(argv)
    from integra.extract.reading import read_document
    from integra.extract.record import extract_text
    from integra.extract.text import clean_text

    scorer = _scorer()
    gaz, teryt = _places()
    parts = tuple(p.strip() for p in a.parts.split(",") if p.strip())
    for set_name in [s.strip() for s in a.sets.split(",") if s.strip()]:
        part_set = set_name.removeprefix("real-")
        folder = REAL / part_set / "docs"
        counts: dict[str, Counter] = defaultdict(Counter)
        for _part, g in _gold(part_set, parts):
            path = folder / Path(g["file"]).name
            decoded = read_document(path.read_bytes(), path.name)
            rec, _ = extract_text(decoded.text, path.name, page_title=decoded.page_title)
            text = clean_text(decoded.text)
            english = len(_ENGLISH.findall(text[:3000])) > 15
            for field in ("implementer", "title", "city", "voivodeship"):
                want = g.get(field)
                if want in (None, "ANY"):
                    continue
                got = rec.get(field)
                if scorer.same(field, want, got):
                    continue
                c = counts[field]
                verdict = "missing" if got in (None, "") else "wrong"
                c[verdict] += 1
                c[f"{verdict} {_problem(rec, field)}"] += 1
                if rec.get("status") == "rejected":
                    c[f"{verdict} doc_rejected"] += 1
                if english:
                    c[f"{verdict} english_page"] += 1
                alternatives = (
                    [w.strip() for w in str(want).split(";")] if field == "implementer" else [want]
                )
                if field == "implementer":
                    for p in rec.get("problems") or []:
                        m = re.match(r"implementer: (?:only )?'([^']+)'", p)
                        if m:  # the value the rule abstained on, beside the gold
                            named = m.group(1)
                            starts = any(
                                scorer.norm(w).startswith(scorer.norm(named)) for w in alternatives
                            )
                            spans = [x for x in (_where(text, w) for w in alternatives) if x]
                            at = _position(text, min(spans)[0]) if spans else "not_in_text"
                            full = sum(
                                text.count(named + " " + w)
                                for w in (
                                    "w",
                                    "we",
                                    "Województwa",
                                    "Powiatu",
                                    "Gminy",
                                    "Miasta",
                                    "im.",
                                )
                            )
                            if starts:
                                w0 = next(
                                    w
                                    for w in alternatives
                                    if scorer.norm(w).startswith(scorer.norm(named))
                                )
                                rest = w0[len(named) :].split()
                                nxt = rest[0] if rest else ""
                                cat = (
                                    nxt
                                    if nxt
                                    in (
                                        "w",
                                        "we",
                                        "z",
                                        "Województwa",
                                        "Powiatu",
                                        "Gminy",
                                        "Miasta",
                                        "Urzędu",
                                        "im.",
                                        "-",
                                        "–",
                                    )
                                    else (
                                        "("
                                        if nxt.startswith("(")
                                        else "Cap"
                                        if nxt[:1].isupper()
                                        else "low"
                                        if nxt
                                        else "end"
                                    )
                                )
                                c[f"{verdict} gold_goes_on_with:{cat} words_more:{len(rest)}"] += 1
                            c[
                                f"{verdict} abstained_on:{_kind(named)}->gold:{_kind(alternatives[0])} gold_starts_with_it:{starts} gold_at:{at} named_with_place_in_text:{full}"
                            ] += 1
                    c[f"{verdict} gold_kind:{_kind(alternatives[0])}"] += 1
                    # the site's owner a part of the <title> names, beside the gold
                    from integra.extract.rules import _page_title_owners

                    owners = _page_title_owners(decoded.page_title)
                    if owners:
                        hit = any(scorer.same(field, want, o) for o in owners)
                        c[f"{verdict} page_title_owner:{len(owners)} is_gold:{hit}"] += 1
                    if len(alternatives) > 1:
                        c[f"{verdict} gold_joint"] += 1
                if field in ("city", "voivodeship"):
                    city = g.get("city")
                    c[
                        f"{verdict} record_city:{'none' if not rec.get('city') else 'right' if scorer.same('city', city, rec.get('city')) else 'other'}"
                    ] += 1
                    if city:
                        c[
                            f"{verdict} gold_city_in:{'gazetteer' if city in gaz else 'teryt' if city in teryt else 'neither'}"
                        ] += 1
                        c[
                            f"{verdict} gold_city_in_gold_implementer:{bool(g.get('implementer')) and city[:-2].lower() in str(g.get('implementer')).lower()}"
                        ] += 1
                        c[
                            f"{verdict} record_implementer:{'none' if not rec.get('implementer') else 'right' if scorer.same('implementer', g.get('implementer'), rec.get('implementer')) else 'other'}"
                        ] += 1
                    if city:
                        from integra.extract.places import find_places, find_towns

                        towns = {t.city for t in find_towns(text)}
                        places = {p.name for p in find_places(text)}
                        if field == "city":
                            mc = Counter(t.city for t in find_towns(text))
                            top = max(mc.values()) if mc else 0
                            leaders = [k for k, n in mc.items() if n == top]
                            c[
                                f"{verdict} mentions: gold_count:{min(mc.get(city, 0), 5)} top:{min(top, 5)} leaders:{len(leaders)} gold_leads:{city in leaders} in_title:{city[:-2].lower() in str(g.get('title') or '').lower()}"
                            ] += 1
                            c[
                                f"{verdict} combo in:{'gazetteer' if city in gaz else 'teryt' if city in teryt else 'neither'} found:{'towns' if city in towns else 'places' if city in places else 'neither'} english:{english} as_written:{city in text} in_capitals:{city.upper() in text} impl:{'none' if not rec.get('implementer') else 'other'}"
                            ] += 1
                        c[
                            f"{verdict} gold_city_found_by:{'towns' if city in towns else 'places' if city in places else 'neither'} others_found:{len((towns | places) - {city})}"
                        ] += 1
                    if field == "voivodeship":
                        continue
                spans = [s for s in (_where(text, w) for w in alternatives) if s]
                if not spans:
                    c[f"{verdict} not_in_text"] += 1
                    if field != "city":
                        words = str(alternatives[0]).split()
                        if len(words) >= 3 and _where(text, " ".join(words[:3])):
                            c[f"{verdict} not_in_text:first_3_words_in_text"] += 1
                    if field == "title" and _where(decoded.page_title, str(want)):
                        c[f"{verdict} not_in_text:in_page_title"] += 1
                    if field == "implementer":
                        in_title = any(_where(decoded.page_title, w) for w in alternatives)
                        c[f"{verdict} not_in_text:in_page_title:{in_title}"] += 1
                        # another case form of the name: each word's first five letters found
                        stems = [w[:5].lower() for w in str(alternatives[0]).split() if len(w) > 3]
                        inflected = bool(stems) and all(s in text.lower() for s in stems)
                        c[f"{verdict} not_in_text:word_stems_in_text:{inflected}"] += 1
                        c[f"{verdict} not_in_text:gold_kind:{_kind(alternatives[0])}"] += 1
                    continue
                i, j = min(spans)
                n = sum(text.lower().count(str(w).lower()) for w in alternatives)
                c[f"{verdict} in_text:{'once' if n == 1 else 'twice+'}"] += 1
                c[f"{verdict} first_at:{_position(text, i)}"] += 1
                before, itself, after = _line(text, i, j)
                if field == "implementer":
                    cue = _ROLE.search(before + after)
                    c[
                        f"{verdict} combo kind:{_kind(alternatives[0])} at:{_position(text, i)} cue:{cue.group(0).lower() if cue else None} caps:{itself.isupper()} {_problem(rec, field)}"
                    ] += 1
                    c[f"{verdict} role_cue_on_line:{bool(_ROLE.search(before + after))}"] += 1
                    c[f"{verdict} in_capitals:{itself.isupper()}"] += 1
                    c[f"{verdict} line_of_its_own:{not before.strip() and not after.strip()}"] += 1
                    c[
                        f"{verdict} in_page_title:{any(_where(decoded.page_title, w) for w in alternatives)}"
                    ] += 1
                if field == "title":
                    quoted = before.rstrip()[-1:] in "„\"“«'" if before.strip() else False
                    c[f"{verdict} quoted:{quoted}"] += 1
                    opening = before.rstrip()[-1:] if before.strip() else "^"
                    closing = after.lstrip()[:1] or "$"
                    kind = lambda ch: ch if not ch.isalnum() else "letter"  # noqa: E731
                    c[
                        f"{verdict} combo quotes:{kind(opening)}..{kind(closing)} words:{min(len(str(want).split()), 9)} caps:{str(want).isupper()} at:{_position(text, i)} {_problem(rec, field)}"
                    ] += 1
                    own = not before.strip(' #*„"“') and not after.strip(' ”"“.')
                    c[f"{verdict} line_of_its_own:{own}"] += 1
                    cue = next(
                        (name for name, r in _TITLE_CUE if r.search(before.rstrip(" „\"“«'"))),
                        "no_cue",
                    )
                    c[f"{verdict} cue_before:{cue}"] += 1
                    c[f"{verdict} in_page_title:{bool(_where(decoded.page_title, str(want)))}"] += 1
                    if got:
                        c[f"{verdict} got_in_text_before_gold:{0 <= text.find(str(got)) < i}"] += 1
        print(f"## {set_name}")
        for field in ("implementer", "title", "city", "voivodeship"):
            c = counts[field]
            print(f"{field}: wrong {c['wrong']}, missing {c['missing']}")
            for k, n in sorted(c.items()):
                if k not in ("wrong", "missing"):
                    print(f"  {k:60s} {n:3d}")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
