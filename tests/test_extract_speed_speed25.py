"""Session 25's speed work on unseen pages: a no-match gate on the lower-cased text for the
case-insensitive patterns that hold a case-kept group (`(?-i:UP)`) and so have no case-free twin
(`fastre.gate_pattern`)."""

from __future__ import annotations

import gc
import random
import re
from pathlib import Path

import pytest

from integra.extract import fastre


def _all(rx, text: str):
    """Every answer a caller can ask of `rx` on `text`, as plain data."""
    s = rx.search(text)
    m = rx.match(text)
    f = rx.fullmatch(text)
    it = [(x.span(), x.groups()) for x in rx.finditer(text)]
    return (
        None if s is None else (s.span(), s.groups(), s.group()),
        None if m is None else (m.span(), m.groups()),
        None if f is None else f.span(),
        it,
    )


# a participants cue with a case-kept abbreviation, as vocabulary entries write them
_UP = re.compile(
    r"liczb\w*\s+(?:\w+\s+)?(?:uczestnik\w*|(?-i:UP))\b[^.\d]{0,40}?\d+", re.IGNORECASE
)
# a sex split's letters, case kept, then a look-ahead that forbids a letter after them
_KM = re.compile(
    r"(?<!\w)(?P<al>kobiet\w*|(?-i:K|W)(?![^\W\d_]))\s*[:–-]?\s*(?P<a>\d+)", re.IGNORECASE
)
_TEXTS = [
    "Liczba UP: 40",
    "liczba up: 40",
    "Liczba Up wynosi 12",
    "LICZBA UP 7",
    "Planowana liczba uczestników projektu – 25 osób",
    "liczba osób UP. 30",
    "W projekcie wzięło udział 12 osób",
    "K: 12, M: 8",
    "k: 12, m: 8",
    "Kobiety – 14",
    "KM 12",
    "W 2023 r. 40 osób",
    "w 40",
    "",
    "Ąę UP 5",
    "Liczba ſUP 5",  # a character `lowered` refuses: the original pattern runs
]


@pytest.mark.parametrize("rx", [_UP, _KM])
def test_gated_pattern_answers_as_the_original(rx):
    fast = fastre.CaseFree(rx)
    assert fast.twin is None and fast.gate is not None
    for text in _TEXTS:
        assert _all(fast, text) == _all(rx, text), text
        assert fast.sub("#", text) == rx.sub("#", text), text
        for pos in (0, 3, len(text)):
            a, b = fast.search(text, pos), rx.search(text, pos)
            assert (a and a.span()) == (b and b.span()), (text, pos)


def test_gate_lower_cases_the_case_kept_group():
    gate = fastre.gate_pattern(_UP)
    assert gate is not None and not gate.flags & re.IGNORECASE
    assert gate.search("liczba up: 40") and gate.search("liczba uczestników 3")
    assert gate.search("liczba osób 3") is None


@pytest.mark.parametrize(
    "pattern",
    [
        r"a(?!(?-i:B))",  # a case-kept group inside a negative look-ahead: the gate would forbid more
        r"a(?<!(?-i:B)a)",  # inside a negative look-behind
        r"(?-i:a(?!b))c",  # a negative look-ahead inside a case-kept group
        r"abc",  # nothing case-kept: the twin serves, no gate
        r"(?-i:[A-Z])x",  # an upper-case class a gate cannot lower-case
    ],
)
def test_no_gate_where_it_would_not_be_exact(pattern):
    assert fastre.gate_pattern(re.compile(pattern, re.IGNORECASE)) is None


def test_gate_allows_positive_look_arounds_and_back_references():
    rx = re.compile(r"(?P<s>[-.])x(?=(?-i:Y))(?P=s)?", re.IGNORECASE)
    fast = fastre.CaseFree(rx)
    assert fast.gate is not None
    for text in ["-xY-", "-xy-", ".XY.", "-xY.", "x", "-XZ-"]:
        assert _all(fast, text) == _all(rx, text), text


def test_every_gated_module_pattern_answers_as_its_original():
    """The extractor's gated patterns (those with a case-kept group), on units of real dev pages
    and random texts: every search, match, fullmatch, finditer and sub as the original's."""
    from integra.extract import extract_bytes
    from integra.extract.reading import read_document
    from integra.extract.rules import Doc
    from integra.extract.text import clean_text, segment

    root = Path(__file__).resolve().parent.parent
    paths = sorted((root / "benchmarks/realcorpus/dev/docs").glob("*"))[::11]
    texts: list[str] = list(_TEXTS)
    for p in paths:
        data = p.read_bytes()
        extract_bytes(data, p.name)  # builds the pattern families on first use
        text = clean_text(read_document(data, p.name).text)
        texts += [u.text for u in Doc(text, segment(text)).units]
    rng = random.Random(25)
    alphabet = "abkmwpuUPKMW łąęó.,:;-–()0123456789\n"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(200)]
    gated = [o for o in gc.get_objects() if isinstance(o, fastre.CaseFree) and o.gate is not None]
    assert len(gated) >= 10
    for fast in gated:
        for text in texts:
            assert _all(fast, text) == _all(fast.rx, text), (fast.rx.pattern[:60], text[:80])
            assert fast.sub("#", text) == fast.rx.sub("#", text)


def test_case_free_functions_wraps_the_modules_own_cached_pattern_builders():
    import functools
    from typing import NamedTuple

    class Pair(NamedTuple):
        a: int
        b: int

    ns: dict = {"__name__": "probe_module"}

    def cue_re():
        return re.compile(r"skierowan\w*\s+do|grup\w*\s+docelow\w*", re.IGNORECASE)

    def cue_pair():
        return (re.compile(r"Liczba\s+uczestników", re.IGNORECASE), re.compile(r"\d+"), 3)

    def pair():
        return Pair(1, 2)

    def per_word(word):
        return re.compile(re.escape(word), re.IGNORECASE)

    for fn in (cue_re, cue_pair, pair, per_word):
        fn.__module__ = "probe_module"
    ns["cue_re"] = functools.cache(cue_re)
    ns["cue_pair"] = functools.lru_cache(maxsize=1)(cue_pair)
    ns["pair"] = functools.cache(pair)
    ns["per_word"] = functools.cache(per_word)  # with a parameter: left as it is

    def other_re():
        return re.compile(r"projekt", re.IGNORECASE)

    other_re.__module__ = "elsewhere"  # imported from another module: left as it is
    ns["foreign"] = functools.cache(other_re)
    kept = dict(ns)
    fastre.case_free_functions(ns)
    assert isinstance(ns["cue_re"](), fastre.CaseFree)
    assert ns["cue_re"]() is ns["cue_re"]()  # still cached: built once
    first, digits, three = ns["cue_pair"]()
    assert isinstance(first, fastre.CaseFree) and three == 3
    assert digits.search("ab 12").group() == "12"
    assert ns["cue_pair"].cache_parameters()["maxsize"] == 1
    assert ns["pair"]() == Pair(1, 2) and ns["pair"]().b == 2  # a named tuple keeps its type
    assert ns["per_word"] is kept["per_word"]
    assert ns["foreign"] is kept["foreign"]
    fastre.case_free_functions(ns)  # a second call changes nothing
    assert isinstance(ns["cue_re"](), fastre.CaseFree)
    for text in ["Projekt skierowany do 40 osób", "GRUPA DOCELOWA: seniorzy", "nic", ""]:
        a, b = ns["cue_re"](), kept["cue_re"]()
        assert _all(a, text) == _all(b, text)
        assert a.sub("#", text) == b.sub("#", text)


def test_every_module_pattern_builder_without_parameters_comes_back_case_free():
    """After import, the extractor's cached pattern builders (no parameters) hand out no pattern
    that runs IGNORECASE itself (`_part_count_re`, defined after its module's wrapping call, is
    the one left)."""
    import functools
    import inspect

    from integra.extract import (
        date_roles,
        dates,
        instruments,
        numbers,
        places,
        reading,
        roles,
        rules,
        signing,
    )

    raw = []
    for mod in (date_roles, dates, instruments, numbers, places, reading, roles, rules, signing):
        for name, value in vars(mod).items():
            if not isinstance(value, functools._lru_cache_wrapper):
                continue
            if getattr(value.__wrapped__, "__module__", None) != mod.__name__:
                continue
            if inspect.signature(value).parameters:
                continue
            out = value()
            values = out.values() if type(out) is dict else out if type(out) is tuple else (out,)
            for x in values:
                if isinstance(x, re.Pattern) and isinstance(x.pattern, str) and x.flags & re.I:
                    raw.append(f"{mod.__name__}.{name}")
    assert raw == ["integra.extract.rules._part_count_re"]


def test_a_dict_of_patterns_comes_back_case_free_by_name():
    from integra.extract import date_roles, signing

    built = fastre.case_free_results(
        lambda: {"a": re.compile(r"umow\w*", re.IGNORECASE), "b": re.compile(r"\d+"), "c": 1}
    )()
    assert isinstance(built["a"], fastre.CaseFree) and built["c"] == 1
    assert built["a"].search("Podpisano UMOWĘ").group() == "UMOWĘ"
    assert built["b"].search("x 12").group() == "12"
    for family in (date_roles._vocab(), signing._patterns()):
        assert family and all(isinstance(v, fastre.CaseFree) for v in family.values())
    # the same answers as the patterns the families built before
    for key, rx in date_roles._vocab.__wrapped__.__wrapped__().items():
        for text in ["Rozpoczęcie realizacji projektu: 01.07.2019", "ZAKOŃCZENIE 2021", "trwałość"]:
            assert _all(date_roles._vocab()[key], text) == _all(rx, text), (key, text)
