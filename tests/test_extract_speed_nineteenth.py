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
