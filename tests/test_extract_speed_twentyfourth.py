"""Session 24's speed work on documents the process has not seen: morfeusz2 read straight from its
SWIG layer, tags parsed once per tag text, the unseen-document benchmark's halves."""

from __future__ import annotations

import dataclasses

import morfeusz2
import pytest

from integra.extract import inflect

# words of every kind the analyser meets: ordinary forms, place names (names), words with labels
# ("daw.", "pot."), words it splits in two ("zrobiłem", "niech by"), unknown runs, digits, signs
WORDS = [
    "projektu",
    "Kobylnicy",
    "Krośnie",
    "szkoleń",
    "zrobiłem",
    "Pora",
    "nasza",
    "xqzw",
    "PAL",
    "2024",
    "np.",
    "-",
    "społeczno-zawodowej",
    "Jan",
    "niech by",
    "",
]


@pytest.fixture(scope="module")
def wrapper():
    return morfeusz2.Morfeusz(expand_tags=False)


@pytest.mark.parametrize("word", WORDS)
def test_reader_analyses_as_the_wrapper(wrapper, word):
    analyse, _forms = inflect._interpretation_reader(wrapper)
    got = analyse(word)
    assert got == wrapper.analyse(word)
    # twice: the remembered tags, names and labels give the same answer
    assert analyse(word) == got


def test_reader_real_values(wrapper):
    analyse, _forms = inflect._interpretation_reader(wrapper)
    readings = analyse("Kobylnicy")
    assert (0, 1, ("Kobylnicy", "Kobylnica", "subst:sg:gen:f", ["nazwa_geograficzna"], [])) in (
        readings
    )
    assert {a[2][1] for a in analyse("zrobiłem")} >= {"zrobić", "być"}  # two segments
    assert max(a[1] for a in analyse("zrobiłem")) == 2


@pytest.mark.parametrize("lemma", ["szkolenie", "zawodowy", "kontrakt", "pomoc", "wspomagać", "x"])
def test_reader_forms_are_the_generated_forms(wrapper, lemma):
    _analyse, forms = inflect._interpretation_reader(wrapper)
    assert forms(lemma) == [(g[0], g[2]) for g in wrapper.generate(lemma)]


def test_reader_forms_real_values(wrapper):
    _analyse, forms = inflect._interpretation_reader(wrapper)
    assert ("szkolenia", "subst:pl:nom.acc.voc:n:ncol") in forms("szkolenie")


def test_nominative_form_real_values():
    assert inflect._nominative_form("kontrakt", "subst", "pl", "", "") == "kontrakty"
    assert inflect._nominative_form("zawodowy", "adj", "sg", "n", "pos") == "zawodowe"
    assert inflect._nominative_form("wspomagać", "ppas", "pl", "n", "") == "wspomagane"
    assert inflect._nominative_form("xqzw", "subst", "sg", "", "") is None


def test_tag_fields_parse_once_per_tag():
    fields = inflect._tag_fields("adj:sg:gen.dat.loc:f:pos")
    assert fields == ("adj", {"sg"}, {"gen", "dat", "loc"}, {"f"}, "pos")
    assert inflect._tag_fields("adj:sg:gen.dat.loc:f:pos") is fields
    assert inflect._tag_fields("prep:gen") == ("prep", frozenset(), frozenset(), frozenset(), "")
    assert inflect._tag_fields("subst:pl:nom:m1")[4] == ""  # a noun has no degree


@dataclasses.dataclass(frozen=True)
class _OldTag:  # the dataclass _Tag was before session 24
    pos: str
    number: frozenset[str]
    case: frozenset[str]
    gender: frozenset[str]
    degree: str
    lemma: str


def test_tag_hashes_and_compares_as_the_dataclass_did():
    values = ("subst", frozenset({"sg"}), frozenset({"gen"}), frozenset({"f"}), "", "pomoc")
    other = ("subst", frozenset({"pl"}), frozenset({"gen"}), frozenset({"f"}), "", "pomoc")
    t, old = inflect._Tag(*values), _OldTag(*values)
    assert hash(t) == hash(old)
    assert t == inflect._Tag(*values) and t != inflect._Tag(*other)
    assert (t.pos, t.number, t.case, t.gender, t.degree, t.lemma) == values
    assert inflect._tag("pomoc", "subst:sg:gen.dat.loc:f") == inflect._Tag(
        "subst", frozenset({"sg"}), frozenset({"gen", "dat", "loc"}), frozenset({"f"}), "", "pomoc"
    )


@pytest.mark.parametrize("word", ["Kobylnicy", "Ostrów", "Wielkopolski", "Targ", "Pole", "x" * 90])
def test_places_analyses_are_its_own_analysers(word):
    from integra.extract import places

    own = [] if inflect.too_long(word) else morfeusz2.Morfeusz().analyse(word)
    assert list(places._raw_analyses(word)) == own
    assert places.geographic_lemma("Kobylnicy") == "Kobylnica"


def _bench():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "benchmarks" / "extraction.py"
    spec = importlib.util.spec_from_file_location("bench_extraction", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_unseen_halves_split_and_alternate():
    halves = _bench().halves
    first, timed = halves(11, 0)
    assert sorted(first + timed) == list(range(11)) and not set(first) & set(timed)
    assert (len(first), len(timed)) == (5, 6)
    assert halves(11, 1) == (timed, first)  # the next round times the other half
    assert halves(11, 2) != halves(11, 0)  # a new shuffle every two rounds
    assert halves(11, 2) == halves(11, 2)  # deterministic


def test_prepared_worker_collects_less_often():
    import subprocess
    import sys

    code = (
        "import gc; from integra.extract import isolation; isolation.prepare_worker(); "
        "print(gc.get_threshold()[0], gc.get_freeze_count() > 10_000)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["10000", "True"]
