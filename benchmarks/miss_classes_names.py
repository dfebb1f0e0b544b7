"""Classes of the implementer, title and city misses, counts only (session 25's names helper).

    PYTHONPATH=. .venv/bin/python benchmarks/miss_classes_names.py [--sets real-dev,real-heldout]
                                                                    [--parts rc_w] [--show CLASS]

Extracts each document of the real corpus's dev and held-out parts in this process and compares the
record's implementer, title and city with the gold in memory, by the scorer's own rule
(`benchmarks/score_extraction.py`). For every miss (wrong, missing, extra) it counts generic classes:

- implementer, wrong: the prediction an abbreviation or an expansion of the gold, a part of it or
  longer than it, the same kind of body (first noun: ośrodek, centrum, gmina, ...) but another body,
  another kind (a funder or umbrella grantor, a partner, a city office for the centre);
- implementer and title: where the gold and the prediction stand on the page (how often the gold
  occurs word for word, in the first or last tenth, on a role-label line, in quotes, on a line of its
  own, after a "projekt"/"pn." cue, in the HTML <title>), and for a missing gold whether it occurs
  only inflected or only as an abbreviation;
- title: the gold's enclosure (which quote opens and closes it), the word family before it
  ("projekt", "pn.", "nazwa", a realisation word, none within four words), a spaced dash inside,
  its length; the prediction shorter or longer than the gold, a programme's name, a heading;
- implementer left null: which of the extractor's problem templates was stated, the kind of body
  it named and whether the gold opens with it;
- city: whether the gold town is named, whether the prediction is a voivodeship capital, a town of
  the same county or voivodeship, known to the gazetteer or TERYT, named on an address (postcode)
  line, in the footer, on a partner line, or inside the implementer's name; whether the record's
  implementer is right; a tie of small towns the extractor declined;
- every miss: the rule that gave the prediction (the extractor's provenance names), an English page.

`--combos a,b,c` also counts the classes of those prefixes together, one line per combination.

Every class name is a fixed string of this script (no value, word or file name of a document), so
the counts may be printed for the held-out set. `--show CLASS` lists the real-dev documents of a
class (file, gold, prediction), for reading; it refuses to run on the held-out set.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "benchmarks" / "realcorpus"
DATA = ROOT / "integra" / "extract" / "data"

# the first noun of a body's name -> its kind (fixed vocabulary of this script)
_BODY_NOUNS = (
    ("osrodek", ("ośrod", "osrod")),
    ("centrum", ("centr",)),
    ("fundacja", ("fundac",)),
    ("stowarzyszenie", ("stowarz",)),
    ("gmina", ("gmin",)),
    ("miasto", ("miast", "city", "town")),
    ("powiat", ("powiat", "starostw", "county")),
    ("urzad", ("urząd", "urzęd", "urzad", "office")),
    ("wojewodztwo", ("województw", "wojewodztw", "voivodeship", "region")),
    ("dom", ("dom",)),
    ("zaklad", ("zakład", "zaklad")),
    ("spoldzielnia", ("spółdziel", "spoldziel")),
    ("towarzystwo", ("towarzys",)),
    ("zwiazek", ("związ", "zwiaz")),
    ("klub", ("klub",)),
    ("caritas", ("caritas",)),
    ("parafia", ("parafi",)),
    ("szkola", ("szkoł", "szkol", "zespół", "zespol")),
    ("instytut", ("instytut",)),
    ("izba", ("izb",)),
    ("agencja", ("agencj",)),
    ("welfare_en", ("welfare", "social", "municipal")),
)
_SKIP_ADJ = re.compile(
    r"^(?:miejsk|gminn|regionaln|powiatow|wojewódzk|wojewodzk|miejsko|ogólnopolsk|polsk|"
    r"lokaln|krajow|społeczn|spoleczn|katolick|chrześcijańsk|dolnośl|śląsk|mazowieck|"
    r"pomorsk|małopolsk|lubelsk|łódzk|wielkopolsk|podkarpack|podlask|lubusk|opolsk|"
    r"świętokrzysk|warmińsk|kujawsk|zachodniopomorsk)",
    re.I,
)
_FUNDER = re.compile(
    r"urz[ąęa]d\w*\s+marszałk|urz[ąęa]d\w*\s+marszalk|wojewódzk\w*\s+urz[ąęa]d\w*\s+pracy|"
    r"regionaln\w*\s+ośrod\w*\s+polityki|ministerstw|\bpfron\b|władz\w*\s+wdrażając|"
    r"centrum\s+projektów\s+europejskich|samorząd\w*\s+województw|województw\w*\s+\w+ego\b|"
    r"\brops\b|\bwup\b|marshal|ministry",
    re.I,
)
_PUBLIC_OFFICE = re.compile(
    r"^(?:gmina|miasto|powiat|urząd|urzad|starostwo|city|town|municipality)\b", re.I
)
_LABELS = (
    ("realizator", re.compile(r"realizator|realizuj|realizowan|prowadz|implement|run by", re.I)),
    ("beneficjent", re.compile(r"beneficjent|beneficiary|wnioskodaw|projektodaw", re.I)),
    ("lider", re.compile(r"\blider|leader", re.I)),
    ("partner", re.compile(r"partner", re.I)),
    ("grantodawca", re.compile(r"grantodaw|operator|instytucj\w*\s+(?:pośredn|zarządz)", re.I)),
    ("copyright", re.compile(r"©|copyright|wszelkie\s+prawa|all\s+rights", re.I)),
)
_TITLE_CUE = re.compile(
    r"(?:projekt\w*|project|pn\.?|p\.\s?n\.|pt\.?|p\.\s?t\.|pod\s+nazw\w*|pod\s+tytuł\w*|"
    r"tytuł\w*|nazwa\s+projektu|title)\s*[:–-]?\s*[„\"“«']?\s*$",
    re.I,
)
_QUOTES = "„\"“«'”»"
_PROGRAMME = re.compile(
    r"program\w*\s+operacyjn|fundusz\w*\s+europejsk|regionaln\w*\s+program|operational\s+programme|"
    r"european\s+funds|wiedza\s+edukacja|kapitał\s+ludzki|rpo\b|po\s+wer|po\s+kl|fers\b",
    re.I,
)
_SAME = None  # the scorer's rule, set in main()
_POSTCODE = re.compile(r"\b\d{2}-\d{3}\b")
_FUNCTION = {
    "w",
    "we",
    "i",
    "z",
    "ze",
    "na",
    "do",
    "dla",
    "im.",
    "of",
    "in",
    "the",
    "and",
    "-",
    "–",
}


def _scorer():
    spec = importlib.util.spec_from_file_location(
        "score_extraction", ROOT / "benchmarks" / "score_extraction.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _gold(part_set: str, parts: tuple[str, ...]) -> list[dict]:
    rows: list[dict] = []
    for fragment in sorted((REAL / "gold").glob(f"*_{part_set}.json")):
        part = fragment.name.removesuffix(f"_{part_set}.json")
        if parts and part not in parts:
            continue
        rows += json.loads(fragment.read_text(encoding="utf-8"))
    return rows


def _places() -> dict[str, set[tuple[str, str]]]:
    """town name -> {(voivodeship, powiat)} from the TERYT list."""
    out: dict[str, set[tuple[str, str]]] = defaultdict(set)
    with (DATA / "places.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            out[r["name"]].add((r["voivodeship"], r["powiat"]))
    return out


_CAPITALS = {
    "Wrocław", "Bydgoszcz", "Toruń", "Lublin", "Gorzów Wielkopolski", "Zielona Góra", "Łódź",
    "Kraków", "Warszawa", "Opole", "Rzeszów", "Białystok", "Gdańsk", "Katowice", "Kielce",
    "Olsztyn", "Poznań", "Szczecin",
}  # fmt: skip


def body_kind(name: str) -> str:
    """The kind of body by its first noun (adjectives such as "Miejski" skipped)."""
    for word in re.findall(r"[\wąćęłńóśźżĄĆĘŁŃÓŚŹŻ]+", str(name)):
        if _SKIP_ADJ.match(word):
            continue
        low = word.lower()
        for kind, stems in _BODY_NOUNS:
            if low.startswith(stems):
                return kind
        if word.isupper() and 2 <= len(word) <= 8:
            return "acronym"
        return "other"
    return "other"


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s/]+", str(name)) if w and w.lower() not in _FUNCTION]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def is_abbreviation(short: str, long: str) -> bool:
    """An all-capitals token of `short` spells the first letters of `long`'s leading words."""
    ini = _initials(long)
    for tok in re.findall(r"\b[A-ZĄĆĘŁŃÓŚŹŻ]{2,8}\b", str(short)):
        if len(tok) >= 2 and ini.startswith(tok):
            return True
    return False


def _occurrences(text: str, value: str) -> list[int]:
    low, v = text.lower(), str(value).lower().strip(" .")
    if not v:
        return []
    out, i = [], low.find(v)
    while i >= 0:
        out.append(i)
        i = low.find(v, i + 1)
    return out


def _line_at(text: str, i: int) -> tuple[str, str, str]:
    """(the line before, the text before i on its line, the rest of the line from i)."""
    a = text.rfind("\n", 0, i) + 1
    b = text.find("\n", i)
    b = len(text) if b < 0 else b
    p = text.rfind("\n", 0, max(a - 1, 0)) + 1 if a > 0 else a
    return text[p:a], text[a:i], text[i:b]


def _label_at(text: str, i: int) -> str:
    prev, before, rest = _line_at(text, i)
    for name, pattern in _LABELS:
        if pattern.search(before) or pattern.search(rest[:200]):
            return name
    if not before.strip():
        for name, pattern in _LABELS:
            if pattern.search(prev[-80:]) and len(prev.strip()) < 60:
                return name + "_above"
    return "none"


def _position(text: str, i: int) -> str:
    if i < len(text) / 10:
        return "first10"
    if i > len(text) * 9 / 10:
        return "last10"
    return "middle"


def _count_bucket(n: int) -> str:
    return "0" if n == 0 else "1" if n == 1 else "2+"


def _stems_near(text: str, value: str) -> bool:
    """Each longer word of value occurs by its first five letters (another case form)."""
    stems = [w[:5].lower() for w in re.findall(r"\w+", str(value)) if len(w) > 3]
    low = text.lower()
    return bool(stems) and all(s in low for s in stems)


def _where_classes(prefix: str, text: str, page_title: str, value: str, field: str) -> list[str]:
    """Classes of where a value stands on the page."""
    occ = _occurrences(text, value)
    out = [f"{prefix}_count:{_count_bucket(len(occ))}"]
    if not occ:
        if _stems_near(text, value):
            out.append(f"{prefix}_only_inflected")
        if field == "implementer":
            ini = _initials(value)
            if len(ini) >= 3 and re.search(rf"\b{re.escape(ini)}\b", text):
                out.append(f"{prefix}_abbreviation_in_text")
        if page_title and _occurrences(page_title, value):
            out.append(f"{prefix}_in_html_title_only")
        return out
    out.append(f"{prefix}_first_at:{_position(text, occ[0])}")
    labels = {_label_at(text, i) for i in occ}
    out += [f"{prefix}_label:{x}" for x in sorted(labels)]
    if any(i > len(text) * 9 / 10 for i in occ):
        out.append(f"{prefix}_some_in_last10")
    i = occ[0]
    _prev, before, rest = _line_at(text, i)
    own = not before.strip(" #*>-•" + _QUOTES) and not rest[len(str(value)) :].strip(
        " .!" + _QUOTES
    )
    if own:
        out.append(f"{prefix}_line_of_its_own")
    if any(text[max(j - 2, 0) : j].strip()[-1:] in _QUOTES for j in occ if j > 0):
        out.append(f"{prefix}_in_quotes")
    if any(_TITLE_CUE.search(text[max(j - 40, 0) : j]) for j in occ):
        out.append(f"{prefix}_after_projekt_cue")
    if page_title and _occurrences(page_title, value):
        out.append(f"{prefix}_in_html_title")
    return out


# the extractor's own problem templates for an implementer it leaves null (integra/extract/rules.py)
_IMPLEMENTER_PROBLEMS = (
    ("several_public_bodies", "several public bodies hold"),
    ("gminas_and_association", "a list of gminas"),
    ("named_without_town", "is named without its town"),
    ("only_abbreviation", "is named, not which one"),
    ("only_partner", "only a partner is named"),
)


def implementer_classes(rec, want, got, text, page_title, norm, verdict) -> list[str]:
    out: list[str] = []
    alternatives = [w.strip() for w in str(want).split(";")] if want else []
    if verdict == "extra":
        out.append(f"pred_kind:{body_kind(got)}")
        out += _where_classes("pred", text, page_title, got, "implementer")
        return out
    gold = alternatives[0]
    best = max(alternatives, key=lambda w: len(_occurrences(text, w)))
    out.append(f"gold_kind:{body_kind(gold)}")
    if len(alternatives) > 1:
        out.append("gold_joint")
    out += _where_classes("gold", text, page_title, best, "implementer")
    if verdict == "missing":
        problems = [p for p in rec.get("problems") or [] if p.startswith("implementer")]
        out.append(f"problem_stated:{bool(problems)}")
        for said in problems:
            key = next((k for k, frag in _IMPLEMENTER_PROBLEMS if frag in said), "other")
            named = re.search(r"'([^']+)'", said)
            value = named.group(1) if named else ""
            hit = bool(value) and any(
                norm(w) == norm(value) or norm(w).startswith(norm(value)) for w in alternatives
            )
            out.append(f"problem:{key} named_kind:{body_kind(value)} gold_opens_with_it:{hit}")
        return out
    g, p = norm(gold), norm(got)
    if any(is_abbreviation(got, w) for w in alternatives):
        out.append("pred_abbreviation_of_gold")
    elif any(is_abbreviation(w, got) for w in alternatives):
        out.append("pred_expansion_of_gold_abbreviation")
    elif any(p and p in norm(w) for w in alternatives):
        out.append("pred_cut_from_gold")
    elif any(norm(w) and norm(w) in p for w in alternatives):
        out.append("pred_longer_than_gold")
    else:
        pk, gk = body_kind(got), body_kind(gold)
        if _FUNDER.search(str(got)):
            out.append("pred_funder_or_umbrella")
        elif pk == gk:
            out.append(f"same_kind_other_body:{pk}")
        elif _PUBLIC_OFFICE.match(str(got)) and gk in ("osrodek", "centrum"):
            out.append("pred_city_office_for_centre")
        else:
            out.append(f"kinds:{gk}->{pk}")
        gw = set(g.split()) - _FUNCTION
        pw = set(p.split()) - _FUNCTION
        share = len(gw & pw) / max(len(gw | pw), 1)
        out.append(f"word_overlap:{'high' if share >= 0.5 else 'some' if share > 0 else 'none'}")
    out += _where_classes("pred", text, page_title, got, "implementer")
    return out


# the word before a title, by family (a fixed list: no word of a document is printed)
_PREV_WORD = (
    ("projekt", r"projek"),
    ("pn_pt", r"^(?:pn|pt|p\.n|p\.t)\.?$"),
    ("nazwa_tytul", r"^(?:nazw|tytu|brzmi|zatytu)"),
    ("realizacja", r"^(?:realizacj|realizuj|realizowa|zrealizowa|prowadz|wdraża)"),
    ("ramach", r"^ramach$"),
    ("program_zadanie", r"^(?:program|zadani|przedsięwzię|inicjatyw|działani|usług|klub|centrum)"),
    ("udzial", r"^(?:udział|uczestni|zakończ|rozpocz|podsumow|kontynu)"),
    ("w_do_z", r"^(?:w|we|do|z|ze|na|i|o|dla|pod|jako)$"),
    ("colon_label", r".*:$"),
)


def _quote_kind(ch: str) -> str:
    return {
        "„": "low99",
        '"': "straight",
        "“": "high66",
        "”": "high99",
        "«": "guill",
        "»": "guill_r",
        "'": "single",
    }.get(ch, "letter" if ch.isalnum() else "none" if not ch.strip() else "punct")


def _title_shape(text: str, want: str) -> list[str]:
    """The gold title's own shape and its enclosure on the page."""
    out = [f"gold_chars:{min(len(want) // 60, 4) * 60}+"]
    if any(ch in want for ch in '„”“"«»'):
        out.append("gold_has_inner_quotes")
    if re.search(r"\s[-–—]\s", want):
        out.append("gold_has_spaced_dash")
    if want.isupper():
        out.append("gold_in_capitals")
    occ = _occurrences(text, want)
    if occ:
        i = occ[0]
        before = text[max(i - 1, 0) : i] if i else ""
        after = text[i + len(want) : i + len(want) + 1]
        out.append(f"gold_enclosed:{_quote_kind(before)}..{_quote_kind(after)}")
        words = re.findall(r"[\wąćęłńóśźż.]+", text[max(i - 60, 0) : i].lower())
        last = words[-1] if words else ""
        family = next(
            (name for name, stem in _PREV_WORD if re.match(stem, last)),
            "other_word" if last else "start",
        )
        out.append(f"gold_prev_word:{family}")
        near = next(
            (
                f"{name}@{k}"
                for k, w in enumerate(reversed(words[-4:]))
                for name, stem in _PREV_WORD
                if name not in ("w_do_z", "colon_label") and re.match(stem, w)
            ),
            "none",
        )
        out.append(f"gold_cue_in_4_words:{near}")
        if last.endswith(("ego", "ej", "ych", "ym", "owy", "ny", "na", "ne")):
            out.append("gold_prev_word_adjective_like")
        if not text[max(i - 2, 0) : i].strip() or text[i - 1 : i] == "\n":
            out.append(
                f"gold_line_starts:{bool(not text[text.rfind(chr(10), 0, i) + 1 : i].strip())}"
            )
        cue = text[max(i - 30, 0) : i].lower()
        for name, pat in (
            ("pn", r"p\.?\s?n\.|pod nazw"),
            ("pt", r"p\.?\s?t\.|pod tytu"),
            ("projekt", r"projek"),
            ("label", r"tytuł|nazwa"),
        ):
            if re.search(pat, cue):
                out.append(f"gold_cue_30:{name}")
                break
        else:
            out.append("gold_cue_30:none")
    return out


def title_classes(rec, want, got, text, page_title, norm, verdict) -> list[str]:
    out: list[str] = []
    if verdict == "extra":
        out += _where_classes("pred", text, page_title, got, "title")
        if _PROGRAMME.search(str(got)):
            out.append("pred_programme_name")
        return out
    out.append(f"gold_words:{min(len(str(want).split()), 12) // 3 * 3}+")
    out += _where_classes("gold", text, page_title, want, "title")
    out += _title_shape(text, str(want))
    if verdict == "missing":
        problems = [p for p in rec.get("problems") or [] if p.startswith("title")]
        out.append(f"problem_stated:{bool(problems)}")
        return out
    g, p = norm(want), norm(got)
    if p and p in g:
        out.append("pred_shorter_span")
    elif g and g in p:
        out.append("pred_longer_span")
        if _PROGRAMME.search(p[len(g) :] + p[: p.find(g)]):
            out.append("pred_longer_by_programme")
    else:
        gw, pw = set(g.split()), set(p.split())
        share = len(gw & pw) / max(len(gw | pw), 1)
        out.append(
            f"other_span_word_overlap:{'high' if share >= 0.5 else 'some' if share > 0 else 'none'}"
        )
    if _PROGRAMME.search(str(got)):
        out.append("pred_programme_name")
    out += _where_classes("pred", text, page_title, got, "title")
    gi, pi = _occurrences(text, want), _occurrences(text, got)
    if gi and pi:
        out.append(f"pred_before_gold:{pi[0] < gi[0]}")
    return out


def city_classes(rec, g, want, got, text, norm, verdict, towns, places) -> list[str]:
    from integra.extract.places import find_places, find_towns

    out: list[str] = []
    named = Counter(t.city for t in find_towns(text))
    teryt_named = Counter(p.name for p in find_places(text))
    if verdict != "extra":
        n = named.get(want, 0) or teryt_named.get(want, 0)
        out.append(f"gold_named:{_count_bucket(n)}")
        out.append(f"gold_verbatim:{_count_bucket(len(_occurrences(text, want)))}")
        out.append(f"gold_in_gazetteer:{want in towns} in_teryt:{want in places}")
        impl = str(g.get("implementer") or "")
        out.append(
            f"gold_city_stem_in_gold_implementer:{bool(impl) and want[:-2].lower() in impl.lower()}"
        )
        if named:
            top = max(named.values())
            out.append(f"gold_most_named_town:{named.get(want, 0) == top}")
    impl_got = rec.get("implementer")
    impl_want = g.get("implementer")
    out.append(
        "record_implementer:"
        + (
            "none"
            if not impl_got
            else "right"
            if impl_want not in (None, "ANY") and _SAME("implementer", impl_want, impl_got)
            else "other"
        )
    )
    tie = next(
        (p for p in rec.get("problems") or [] if p.startswith("several small towns or gminas")),
        None,
    )
    if tie and verdict != "extra":
        leaders = [x.strip() for x in tie[tie.find("(") + 1 : tie.rfind(")")].split(",")]
        gp = {pw for _, pw in places.get(want, set())}
        shared = all(gp & {pw for _, pw in places.get(x, set())} for x in leaders)
        out.append(
            f"small_towns_tie gold_among_them:{want in leaders} gold_shares_their_county:{shared} gold_in_gazetteer:{want in towns}"
        )
        out.append(f"small_towns_tie record_implementer_kind:{body_kind(impl_got or '')}")
    if verdict == "missing":
        problems = [p for p in rec.get("problems") or [] if p.startswith("city")]
        out.append(f"problem_stated:{bool(problems)}")
        return out
    if got in _CAPITALS:
        out.append("pred_voivodeship_capital")
    if verdict == "wrong":
        gp, pp = places.get(want, set()), places.get(got, set())
        if gp & pp:
            out.append("pred_same_county")
        elif {v for v, _ in gp} & {v for v, _ in pp}:
            out.append("pred_same_voivodeship")
        else:
            out.append("pred_other_voivodeship")
        a, b = norm(want), norm(got)
        if a[:4] == b[:4]:
            out.append("pred_case_or_longer_form")
        out.append(
            f"pred_known:{'gazetteer' if got in towns else 'teryt' if got in places else 'no'}"
        )
        if got in places and want in places:
            out.append(f"pred_kinds_same_voiv:{bool({v for v, _ in gp} & {v for v, _ in pp})}")
    impl = str(rec.get("implementer") or "")
    out.append(
        f"pred_stem_in_pred_implementer:{bool(impl) and str(got)[:-2].lower() in impl.lower()}"
    )
    occ = [t.start for t in find_towns(text) if t.city == got] or [
        p.start for p in find_places(text) if p.name == got
    ]
    out.append(f"pred_named:{_count_bucket(len(occ))}")
    if occ:
        lines = [_line_at(text, i) for i in occ]
        if any(_POSTCODE.search(b + r[:60]) for _, b, r in lines):
            out.append("pred_on_address_line")
        if all(i > len(text) * 9 / 10 for i in occ):
            out.append("pred_only_in_last10")
        if all(i < len(text) / 10 for i in occ):
            out.append("pred_only_in_first10")
        if any(re.search("partner", b + r[:120], re.I) for _, b, r in lines):
            out.append("pred_on_partner_line")
    return out


def _verdict(scorer, field, want, got) -> str | None:
    said = got not in (None, "", [])
    if want is None and not said:
        return None
    if scorer.same(field, want, got):
        return "right"
    return "extra" if want is None else "missing" if not said else "wrong"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default="real-dev,real-heldout")
    ap.add_argument("--parts", default="")
    ap.add_argument("--show", default="", help="list the real-dev documents of this class")
    ap.add_argument("--combos", default="", help="also count these classes together (a,b,c)")
    a = ap.parse_args(argv)
    sets = [s.strip() for s in a.sets.split(",") if s.strip()]
    if a.show and sets != ["real-dev"]:
        ap.error("--show reads documents: only with --sets real-dev")
    from integra.extract.reading import read_document
    from integra.extract.record import PROVENANCE, extract_text
    from integra.extract.text import clean_text

    scorer = _scorer()
    global _SAME
    _SAME = scorer.same
    places = _places()
    with (DATA / "gazetteer.csv").open(encoding="utf-8") as fh:
        towns = {r["city"] for r in csv.DictReader(fh)}
    parts = tuple(p.strip() for p in a.parts.split(",") if p.strip())
    for set_name in sets:
        part_set = set_name.removeprefix("real-")
        folder = REAL / part_set / "docs"
        counts: dict[str, Counter] = defaultdict(Counter)
        for g in _gold(part_set, parts):
            path = folder / Path(g["file"]).name
            decoded = read_document(path.read_bytes(), path.name)
            trace: dict[str, str] = {}
            token = PROVENANCE.set(trace)
            try:
                rec, _ = extract_text(decoded.text, path.name, page_title=decoded.page_title)
            finally:
                PROVENANCE.reset(token)
            text = clean_text(decoded.text)
            page_title = decoded.page_title or ""
            for field in ("implementer", "title", "city"):
                want, got = g.get(field), rec.get(field)
                if want == "ANY":
                    continue
                verdict = _verdict(scorer, field, want, got)
                if verdict is None:
                    continue
                c = counts[field]
                c[verdict] += 1
                if verdict == "right":
                    continue
                if field == "implementer":
                    classes = implementer_classes(
                        rec, want, got, text, page_title, scorer.norm, verdict
                    )
                elif field == "title":
                    classes = title_classes(rec, want, got, text, page_title, scorer.norm, verdict)
                else:
                    classes = city_classes(
                        rec, g, want, got, text, scorer.norm, verdict, towns, places
                    )
                if len(re.findall(r"\b(?:the|and|of|project|with)\b", text[:3000], re.I)) > 15:
                    classes.append("english_page")
                source = re.sub(r"[^a-z_/:>@.0-9\[\] ]", "", trace.get(field, "") or "none")
                if verdict != "missing":
                    classes.append(f"rule:{source}")
                if a.combos:
                    keys = [k for k in classes if k.split(":")[0] in a.combos.split(",")]
                    classes.append("combo " + " ".join(sorted(keys)))
                for cls in classes:
                    c[f"{verdict} {cls}"] += 1
                    if a.show and cls == a.show:
                        print(f"{field} {verdict} {path.name}\n   gold: {want}\n   pred: {got}")
        if a.show:
            continue
        print(f"## {set_name}")
        for field in ("implementer", "title", "city"):
            c = counts[field]
            print(
                f"{field}: right {c['right']}, wrong {c['wrong']}, missing {c['missing']}, "
                f"extra {c['extra']}"
            )
            for k, n in sorted(c.items()):
                if k.split()[0] in ("wrong", "missing", "extra") and " " in k:
                    print(f"  {k:64s} {n:3d}")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
