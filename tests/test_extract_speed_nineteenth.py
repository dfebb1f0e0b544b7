"""Session 19's speed paths give exactly what the plain computations give: the gazetteer's longer
names looked up by their openings (instead of a scan of data/places.csv per town), morfeusz2's
interpretations remembered once per word for every rule that asks (instead of one analyser call
per rule), and the worker's warm heap frozen for the collector."""

from __future__ import annotations

import gc

import pytest

from integra.extract import inflect, places, record, roles


def _scan(city: str) -> list[str]:
    """What `_longer_names` computed before: every name that opens with the town and a space."""
    return [name for name in places.load_places() if name.startswith(city + " ")]


@pytest.mark.parametrize(
    "city, expected",
    [
        ("Krosno", ["Krosno Odrzańskie"]),
        ("Głogów", ["Głogów Małopolski"]),
        (
            "Nowe Miasto",
            ["Nowe Miasto nad Pilicą", "Nowe Miasto Lubawskie", "Nowe Miasto nad Wartą"],
        ),
        ("Głogówek", []),  # a town with no longer name
        ("Krosn", []),  # an opening that ends inside a word is no opening
    ],
)
def test_names_by_opening_is_the_scan(city, expected):
    assert list(record._names_by_opening().get(city, ())) == expected == _scan(city)


def test_names_by_opening_on_every_town():
    names = list(places.load_places())
    openings = {n.split(" ")[0] for n in names} | set(names)
    index = record._names_by_opening()
    assert all(list(index.get(c, ())) == _scan(c) for c in openings)


def test_longer_town_named_reads_the_longer_name():
    text = "Projekt realizuje Ośrodek Pomocy Społecznej w Krośnie Odrzańskim."
    assert record._longer_town_named("Krosno", text) == "Krosno Odrzańskie"
    assert record._longer_town_named("Krosno", "Ośrodek w Krośnie.") == "Krosno"


WORDS = ["projektu", "Krośnie", "skorzystają", "szkoleń", "zorganizowano", "Głogowie", "xqzw", "-"]


@pytest.mark.parametrize("word", WORDS)
def test_analysed_is_morfeusz_itself(word):
    import morfeusz2

    fresh = morfeusz2.Morfeusz(expand_tags=False)
    assert list(inflect.analysed(word)) == fresh.analyse(word)
    # the places rules used an analyser of their own (no generator): the same interpretations
    assert list(inflect.analysed(word)) == morfeusz2.Morfeusz(
        generate=False, expand_tags=False
    ).analyse(word)


def test_analysed_real_values():
    lemmas = {a[2][1].split(":")[0] for a in inflect.analysed("projektu")}
    assert lemmas == {"projekt"}
    assert roles.analyses("szkoleń") == (
        ("szkolić", "ger:pl:gen:n:imperf:aff"),
        ("szkolenie", "subst:pl:gen:n:ncol"),
    )
    assert {t.lemma for t in inflect._analyse("społeczno-zawodowej")} == {"zawodowy"}
    assert inflect.has_finite_verb("W gminie Borki ruszy projekt")
    assert not inflect.has_finite_verb("Krok do przodu")
    assert inflect.has_impersonal_verb("Podpisano umowę")


def test_places_analyser_with_the_shared_memo():
    analyse = places._morfeusz_analyser()
    part = analyse("Krośnie")
    assert {"krosno", "krośnie"} <= part.lemmas
    assert analyse("szkoleń").lemmas == {"szkolenie", "szkolić", "szkoleń"}
    assert analyse("szkoleń").common  # a plain word
    assert places.find_places("Gminny Ośrodek Pomocy Społecznej w Przerośli")


def test_frozen_heap_is_read_alike():
    """A frozen heap changes what the collector walks, never what is extracted."""
    from integra.extract import extract_text

    text = (
        "Projekt „Razem po zmianę” realizowany przez Miejski Ośrodek Pomocy Społecznej w Krośnie "
        "Odrzańskim. Wartość projektu: 250 000,00 zł. Okres realizacji: 01.03.2020 – 31.12.2021. "
        "Uczestnicy skorzystają ze szkoleń, staży oraz poradnictwa psychologicznego."
    )
    before = extract_text(text, "a.txt")
    gc.freeze()
    try:
        after = extract_text(text, "a.txt")
    finally:
        gc.unfreeze()
    assert before == after
    assert before[0]["total_cost_pln"] == 250000.0
    assert before[0]["city"] == "Krosno Odrzańskie"  # the longer name of the town
    assert before[0]["instruments"] == ["szkolenia", "staże", "poradnictwo psychologiczne"]


# ------------------------------------------------------- units_with: one alternation search


def _doc(text: str):
    from integra.extract.rules import Doc, is_field_label
    from integra.extract.text import segment

    return Doc(text, segment(text, is_field_label))


_PAGE = (
    "Projekt „Krok dalej” realizuje Ośrodek Pomocy Społecznej w Lipnie.\n\n"
    "W ramach projektu oferujemy szkolenia zawodowe, staże i doradztwo.\n\n"
    "Wartość projektu: 120 000 zł\n\n"
    "- warsztaty kulinarne\n- wyjazdy integracyjne\n\n"
    "Uczestnicy otrzymają wsparcie psychologa. Zapraszamy!"
)


@pytest.mark.parametrize(
    "stems",
    [
        ("oferuj", "oferujemy", "otrzyma"),  # one stem inside another
        ("warsztat", "staż", "zł"),
        ("nic takiego",),  # in no unit
        ("projekt",),  # in several units
        ("a.b", "(x", "e"),  # regex characters are literals; a one-letter stem
        (),
    ],
)
def test_units_with_is_any_in(stems):
    from integra.extract import scan

    doc = _doc(_PAGE)
    for form in ("plain", "lower", "text"):
        parts = scan.index(doc)._parts(form)
        want = frozenset(i for i, p in enumerate(parts) if any(s in p for s in stems))
        assert scan.index(doc).units_with(stems, form) == want


def test_units_with_real_units():
    from integra.extract import scan

    doc = _doc(_PAGE)
    units = scan.index(doc).candidates(("oferuj", "otrzyma"), len(doc.units))
    assert [u.text.split()[0] for u in units] == ["W", "Uczestnicy"]


def test_units_with_on_random_texts():
    import random

    from integra.extract import scan

    rng = random.Random(19)
    words = ["ofer", "oferuje", "staż", "ż", "zł", "a", "ab", "ba", "projekt", "-", "x"]
    for _ in range(200):
        paras = [
            " ".join(rng.choice(words) for _ in range(rng.randint(0, 6)))
            for _ in range(rng.randint(1, 5))
        ]
        doc = _doc("\n\n".join(p or "x" for p in paras))
        stems = tuple(rng.sample(words, rng.randint(1, 4)))
        for form in ("plain", "lower"):
            parts = scan.index(doc)._parts(form)
            want = frozenset(i for i, p in enumerate(parts) if any(s in p for s in stems))
            assert scan.index(doc).units_with(stems, form) == want
