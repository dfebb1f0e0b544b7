"""Town-name matching: inflected forms, multi-word and hyphenated names, ambiguity, offsets."""

from __future__ import annotations

import csv

import pytest

from integra.extract.places import (
    GAZETTEER_PATH,
    TownMention,
    find_towns,
    load_gazetteer,
    town_voivodeship,
)

VOIVODESHIPS = {
    "dolnośląskie", "kujawsko-pomorskie", "lubelskie", "lubuskie", "łódzkie", "małopolskie",
    "mazowieckie", "opolskie", "podkarpackie", "podlaskie", "pomorskie", "śląskie",
    "świętokrzyskie", "warmińsko-mazurskie", "wielkopolskie", "zachodniopomorskie",
}  # fmt: skip


def towns(text: str) -> list[tuple[str, str]]:
    found = find_towns(text)
    for m in found:
        assert isinstance(m, TownMention)
        assert text[m.start : m.end] == m.surface
    return [(m.city, m.voivodeship) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Miejski Ośrodek Pomocy Rodzinie w Toruniu", [("Toruń", "kujawsko-pomorskie")]),
        ("Miejski Ośrodek Pomocy Rodzinie\nwe Włocławku", [("Włocławek", "kujawsko-pomorskie")]),
        ("Odbiorcami byli mieszkańcy Gdyni.", [("Gdynia", "pomorskie")]),
        ("mieszkańców Gdyni", [("Gdynia", "pomorskie")]),
        ("Projekt realizowano w Bytomiu.", [("Bytom", "śląskie")]),
        ("Projekt realizowano w Zielonej Górze.", [("Zielona Góra", "lubuskie")]),
        ("Projekt realizowano w Bielsku-Białej.", [("Bielsko-Biała", "śląskie")]),
        ("Policja w Szczecinie", [("Szczecin", "zachodniopomorskie")]),
        ("Aktywne włączenie na terenie Gminy Miasta Toruń", [("Toruń", "kujawsko-pomorskie")]),
        ("Celem projektu był powrót do aktywnego funkcjonowania społecznego.", []),
        ("", []),
    ],
)
def test_find_towns_sentences(text: str, expected: list[tuple[str, str]]) -> None:
    assert towns(text) == expected


def test_offsets_and_surface() -> None:
    text = "MOPR we Włocławku współpracuje z Toruniem i z Zieloną Górą."
    found = find_towns(text)
    assert [(m.city, m.surface) for m in found] == [
        ("Włocławek", "Włocławku"),
        ("Toruń", "Toruniem"),
        ("Zielona Góra", "Zieloną Górą"),
    ]
    assert [(m.start, m.end) for m in found] == [(8, 17), (33, 41), (46, 58)]
    assert all(text[m.start : m.end] == m.surface for m in found)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("w Nowym Sączu", "Nowy Sącz"),
        ("w Gorzowie Wielkopolskim", "Gorzów Wielkopolski"),
        ("w Kędzierzynie-Koźlu", "Kędzierzyn-Koźle"),
        ("w Bielsku - Białej", "Bielsko-Biała"),  # spaced hyphen
        ("w Kostrzynie nad Odrą", "Kostrzyn nad Odrą"),
        ("w Ostrowi Mazowieckiej", "Ostrów Mazowiecka"),
        ("w Kielcach", "Kielce"),
        ("mieszkańcy Białegostoku", "Białystok"),
        ("w Opolu Lubelskim", "Opole Lubelskie"),  # longest match, not Opole
        ("z Bytowa", "Bytów"),
        ("Bytom, 12 maja 2019 r.", "Bytom"),  # shares the lemma "byt" with Bytów
        ("GMINA MIASTA TORUŃ", "Toruń"),
    ],
)
def test_inflected_multiword_and_hyphenated(text: str, city: str) -> None:
    assert [c for c, _ in towns(text)] == [city]


def test_ambiguous_names_need_a_cue() -> None:
    assert towns("Gmina Police przystąpiła do projektu.") == [("Police", "zachodniopomorskie")]
    assert towns("Projekt realizowano w Policach.") == [("Police", "zachodniopomorskie")]
    assert towns("Police to miasto.") == []  # sentence start, no cue
    assert towns("Koło Gospodyń Wiejskich zorganizowało piknik.") == []
    assert towns("Spotkanie w Kole Gospodyń Wiejskich.") == []  # cue, but a longer proper name
    assert towns("Warsztaty odbyły się w Kole.") == [("Koło", "wielkopolskie")]
    assert towns("Brzeg, woj. opolskie") == [("Brzeg", "opolskie")]
    assert towns("Brzeg rzeki zabezpieczono.") == []


def test_first_name_is_not_a_town() -> None:
    assert towns("Jarosław Kowalski koordynował projekt w Jarosławiu.") == [
        ("Jarosław", "podkarpackie")
    ]


def test_streets_surnames_and_adjectival_names_are_not_towns() -> None:
    assert towns("Biuro projektu: ul. Gdańska 5, 87-100 Toruń") == [("Toruń", "kujawsko-pomorskie")]
    assert towns("Szkolenie prowadziła Politechnika Gdańska.") == []
    assert towns("Koordynatorka Anna Kalisz.") == []
    assert towns("Prezydent Miasta Gdańska otworzył konferencję.") == [("Gdańsk", "pomorskie")]


def test_several_mentions_in_order() -> None:
    text = "Uczestnicy z Torunia, Bydgoszczy i Włocławka; biuro we Wrocławiu."
    assert [c for c, _ in towns(text)] == ["Toruń", "Bydgoszcz", "Włocławek", "Wrocław"]


def test_town_voivodeship() -> None:
    assert town_voivodeship("Toruń") == "kujawsko-pomorskie"
    assert town_voivodeship("Świnoujście") == "zachodniopomorskie"
    assert town_voivodeship("jastrzębie-zdrój") == "śląskie"
    assert town_voivodeship("Zielonej Górze") == "lubuskie"
    assert town_voivodeship("Paryż") is None


def test_gazetteer_file() -> None:
    with GAZETTEER_PATH.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        assert next(reader) == ["city", "voivodeship"]
        rows = list(reader)
    cities = [c for c, _ in rows]
    assert len(cities) == len(set(cities))
    assert {v for _, v in rows} == VOIVODESHIPS
    gazetteer = load_gazetteer()
    for city in ["Bytom", "Sopot", "Włocławek", "Toruń", "Gdynia", "Szczecin", "Świnoujście",
                 "Police", "Stargard", "Kołobrzeg", "Inowrocław", "Grudziądz", "Chełmno"]:  # fmt: skip
        assert city in gazetteer
    assert gazetteer["Bielsko-Biała"] == "śląskie"
    assert gazetteer["Gorzów Wielkopolski"] == "lubuskie"
    assert gazetteer["Rawa Mazowiecka"] == "łódzkie"


def test_simplemma_fallback_without_morfeusz2(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from integra.extract import places

    def reset() -> None:
        places._INDEX = None
        places._token.cache_clear()

    reset()
    monkeypatch.setitem(sys.modules, "morfeusz2", None)  # makes `import morfeusz2` fail
    try:
        assert places.analyser_backend() == "simplemma"
        assert towns("MOPR w Toruniu i we Włocławku") == [
            ("Toruń", "kujawsko-pomorskie"),
            ("Włocławek", "kujawsko-pomorskie"),
        ]
    finally:
        monkeypatch.undo()
        reset()
    assert places.analyser_backend() == "morfeusz2"
