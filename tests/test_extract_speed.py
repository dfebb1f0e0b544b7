"""The extractor's fast paths give exactly what the plain regular expressions give."""

from __future__ import annotations

import datetime as dt
import random
import re

from integra.extract import fastre, text

_CUE = re.compile(r"(?<!\w)(?:wart[oś]ść|koszt\w*|pln|ok\.)(?P<tail>\s+\w+)?", re.IGNORECASE)

_SAMPLES = [
    "Wartość projektu: 1 000 PLN",
    "WARTOŚĆ PROJEKTU wynosi ok. 2 mln",
    "Koszty kwalifikowalne i koszt całkowity",
    "Kosztoryſ (a long s folds to s under IGNORECASE)",
    "İstanbul KOSZT ı dotless",  # İ lower-cases to two characters
    "µ and Ωmega KOSZTY",
    "cost of the project",
    "",
]


def _spans(it):
    return [(m.span(), m.group(0), m.group("tail"), m.lastgroup) for m in it]


def test_case_free_matches_the_plain_pattern():
    fast = fastre.CaseFree(_CUE)
    assert fast.twin is not None  # no upper case in the pattern: the flagless twin is used
    for s in _SAMPLES:
        assert _spans(fast.finditer(s)) == _spans(_CUE.finditer(s)), s
        plain, quick = _CUE.search(s), fast.search(s)
        assert (plain is None) == (quick is None), s
        if plain:
            assert quick.span() == plain.span() and quick.group() == plain.group()
            assert quick.groups() == plain.groups() and quick.groupdict() == plain.groupdict()
    m = fast.search("Wartość PROJEKTU")
    # the original text, not the lower-cased one
    assert m.group(0) == "Wartość PROJEKTU" and m.group("tail") == " PROJEKTU"


def test_case_free_keeps_the_original_where_lowering_differs():
    assert fastre.lowered("Kosztoryſ") is None  # 'ſ' matches 's' only under IGNORECASE
    assert fastre.lowered("İ") is None  # lower-cases to two characters
    assert fastre.lowered("µ") is None  # IGNORECASE folds it with Greek mu
    assert fastre.lowered("Zażółć GĘŚLĄ jaźń – „cytat” 5 €") == "zażółć gęślą jaźń – „cytat” 5 €"
    upper = fastre.CaseFree(re.compile(r"[A-Z]+ zł", re.IGNORECASE))
    assert upper.twin is None and upper.search("abc ZŁ").group() == "abc ZŁ"
    scoped = fastre.CaseFree(re.compile(r"a(?-i:b)", re.IGNORECASE))
    assert scoped.twin is None and scoped.search("aB") is None and scoped.search("Ab")


def test_case_free_patterns_wraps_only_case_insensitive_str_patterns():
    ns = {
        "a": re.compile("x", re.IGNORECASE),
        "b": re.compile("x"),
        "c": re.compile(b"x", re.IGNORECASE),
    }
    fastre.case_free_patterns(ns)
    assert isinstance(ns["a"], fastre.CaseFree)
    assert isinstance(ns["b"], re.Pattern) and isinstance(ns["c"], re.Pattern)


def test_label_separator_equals_the_plain_search():
    rng = random.Random(5)
    alphabet = ["a", "B", "ż", " ", " ", "\n", ":", "|", "-", "–", "—", ".", "…", "1", "\u00a0"]
    cases = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120))) for _ in range(4000)]
    cases += ["Wartość projektu ...... 1 000 zł", "a b \n c: d", "x  \n  - y", "Okres: 2019 – 2020"]
    for s in cases:
        plain = text._LABEL_SEPARATOR.search(s, 0, 90)
        quick = text._label_separator(s)
        assert (plain and plain.span()) == (quick and quick.span()), repr(s)


def test_lower_literals_keeps_escapes_group_names_and_refuses_upper_case_classes():
    assert fastre.lower_literals(r"\W+PLN(?P<Cur>\S)(?P=Cur)") == r"\W+pln(?P<Cur>\S)(?P=Cur)"
    assert fastre.lower_literals(r"[^A-Z]x") is None
    assert fastre.lower_literals(r"[]A]") is None  # "]" first is a literal, "A" still in class
    assert fastre.lower_literals(r"a(?-i:B)") is None
    assert fastre.lower_literals(r"\x41b") is None  # "A" by its code
    rx = re.compile(r"Local\s+(?:LAPs?)", re.IGNORECASE)
    fast = fastre.CaseFree(rx)
    assert fast.twin is not None and fast.search("the LOCAL laps").group() == "LOCAL laps"


def test_month_trie_matches_what_the_plain_alternation_matches():
    from integra.extract import dates

    words = list(dates.MONTHS)
    plain = re.compile("|".join(sorted(words, key=len, reverse=True)), re.IGNORECASE)
    trie = re.compile(dates.word_trie(words), re.IGNORECASE)
    probes = words + [w.upper() for w in words] + [w[:-1] for w in words] + ["ma", "lipc", "x"]
    for w in probes:
        assert bool(plain.fullmatch(w)) == bool(trie.fullmatch(w)), w
    text = "od 1 stycznia 2019 r. do 31 GRUDNIA 2020, maj 2008 – grudzień 2013, 1 January 2017"
    assert [(t.start, t.end, t.first_day()) for t in dates.find_dates(text)] == [
        (3, 21, dt.date(2019, 1, 1)),
        (25, 40, dt.date(2020, 12, 31)),
        (42, 50, dt.date(2008, 5, 1)),
        (53, 66, dt.date(2013, 12, 1)),
        (68, 82, dt.date(2017, 1, 1)),
    ]
