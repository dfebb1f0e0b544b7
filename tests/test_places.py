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
        ("w Stargardzie Szczecińskim", "Stargard Szczeciński"),  # the name until 2015, as written
        ("w Stargardzie", "Stargard"),
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


# --------------------------------------------------------------------------- all towns and gminas


def places(text: str) -> list[tuple[str, list[str], bool]]:
    from integra.extract.places import find_places

    found = find_places(text)
    for m in found:
        assert text[m.start : m.end] == m.surface
    return [(m.name, sorted(m.voivodeships), m.major) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "w gminie X" / "Gmina X" / "Gminy X"
        ("Świetlica działa w gminie Przerośl od lat.", ("Przerośl", ["podlaskie"])),
        ("Wnioskodawca: Gmina Kołaczkowo", ("Kołaczkowo", ["wielkopolskie"])),
        ("Mieszkańcy Gminy Wiżajny mogą się zgłaszać.", ("Wiżajny", ["podlaskie"])),
        # welfare centres in the locative
        ("Zgłoszenia przyjmuje GOPS w Trzcinicy.", ("Trzcinica", ["wielkopolskie"])),
        ("Realizator: Ośrodek Pomocy Społecznej w Gołdapi", ("Gołdap", ["warmińsko-mazurskie"])),
        (
            "Gminny Ośrodek Pomocy Społecznej w Dąbrowie Tarnowskiej",
            ("Dąbrowa Tarnowska", ["małopolskie"]),
        ),
        (
            "Biuro: MGOPS w Nowym Mieście Lubawskim",
            ("Nowe Miasto Lubawskie", ["warmińsko-mazurskie"]),
        ),
        ("Powiatowe Centrum Pomocy Rodzinie w Wołowie ogłasza nabór", ("Wołów", ["dolnośląskie"])),
        ("PCPR w Wołowie ogłasza nabór", ("Wołów", ["dolnośląskie"])),
        ("Centrum Usług Społecznych w Kurowie", ("Kurów", ["lubelskie"])),
        # an office, a head of the gmina, a postcode line
        ("Urząd Gminy w Kobylnicy zaprasza", ("Kobylnica", ["pomorskie"])),
        ("Urząd Miasta i Gminy Zaniemyśl", ("Zaniemyśl", ["wielkopolskie"])),
        ("spotkanie otworzył wójt Przerośli", ("Przerośl", ["podlaskie"])),
        ("ul. Szkolna 3, 07-320 Małkinia Górna", ("Małkinia Górna", ["mazowieckie"])),
        # written without Polish letters
        ("Gminny Osrodek Pomocy Spolecznej w Chelmzy", ("Chełmża", ["kujawsko-pomorskie"])),
    ],
)
def test_small_places_in_strong_contexts(text: str, expected: tuple[str, list[str]]) -> None:
    assert places(text) == [(*expected, False)]


def test_big_towns_in_strong_contexts_are_major() -> None:
    assert places("MOPS w Toruniu; 87-100 Toruń") == [
        ("Toruń", ["kujawsko-pomorskie"], True),
        ("Toruń", ["kujawsko-pomorskie"], True),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Na Woli odbył się festyn.",  # Wola: a village name and a common word, no cue
        "Zgoda buduje, niezgoda rujnuje.",
        "Sława i Zgoda to nazwy drużyn.",
        "Spotkanie w Kole Gospodyń Wiejskich.",
        "Świetlica w Trzcinicy jest otwarta.",  # a village without a strong cue
        "gmina przekazała środki",  # a cue, but no name after it
        "Gmina Zgoda",  # a cue, but Zgoda is no town and no gmina
    ],
)
def test_no_small_place_without_a_strong_cue(text: str) -> None:
    assert places(text) == []
    assert towns(text) == []  # and the gazetteer of big towns does not read them either


def test_homonyms_keep_every_voivodeship_and_the_page_disambiguates() -> None:
    from integra.extract.places import place_voivodeship, place_voivodeships

    assert place_voivodeships("Osiek") == {
        "kujawsko-pomorskie", "małopolskie", "pomorskie", "świętokrzyskie"
    }  # fmt: skip
    assert places("Gmina Dobra") == [
        ("Dobra", ["małopolskie", "wielkopolskie", "zachodniopomorskie"], False)
    ]
    v, problem = place_voivodeship("Dobra", "Gmina Dobra realizuje projekt.")
    assert v is None
    assert problem is not None and "Dobra" in problem and "wielkopolskie" in problem
    # the voivodeship word, the powiat (any case) or the abbreviation settles it
    assert place_voivodeship("Dobra", "Gmina Dobra, woj. wielkopolskie") == ("wielkopolskie", None)
    assert place_voivodeship("Dobra", "Gmina Dobra (powiat łobeski)") == (
        "zachodniopomorskie",
        None,
    )
    assert place_voivodeship("Osiek", "GOPS w Osieku, pow. staszowski") == ("świętokrzyskie", None)
    assert place_voivodeship("Dobra", "w województwie małopolskim, w Gminie Dobra") == (
        "małopolskie",
        None,
    )
    # a big town of the gazetteer keeps its voivodeship even where a village shares its name
    assert place_voivodeship("Olsztyn", "MOPS w Olsztynie") == ("warmińsko-mazurskie", None)
    assert place_voivodeship("Przerośl", "") == ("podlaskie", None)
    assert place_voivodeship("Paryż", "") == (None, None)


def test_places_file_agrees_with_the_gazetteer() -> None:
    from integra.extract.places import load_places

    all_places = load_places()
    rows = [p for ps in all_places.values() for p in ps]
    towns_ = [p for p in rows if p.kind in ("town", "town+gmina")]
    assert len(towns_) == 1026  # TERYT 2024-01-01 (1,013) + 7 towns of 2025 + 6 of 2026
    current = [p for p in rows if p.kind != "former"]
    assert len(current) == 2477  # one row per gmina (a town row is a gmina miejska)
    assert {p.kind for p in rows} == {"town", "gmina", "town+gmina", "former"}
    assert [p.name for p in rows if p.kind == "former"] == ["Stargard Szczeciński"]
    assert {p.voivodeship for p in rows} == VOIVODESHIPS
    assert len({p.teryt + p.kind for p in rows}) == len(rows)
    for city, voivodeship in load_gazetteer().items():
        assert voivodeship in {p.voivodeship for p in all_places[city] if p.kind != "gmina"}, city
    assert [(p.kind, p.voivodeship, p.powiat) for p in all_places["Przerośl"]] == [
        ("gmina", "podlaskie", "suwalski")
    ]


def test_a_form_of_two_names_is_read_only_when_the_page_writes_one() -> None:
    assert places("Zaprasza GOPS w Rogowie.") == []  # Rogów (łódzkie) or Rogowo (kujawsko-pom.)
    assert places("Zaprasza GOPS w Rogowie. Gmina Rogów") == [
        ("Rogów", ["łódzkie"], False),
        ("Rogów", ["łódzkie"], False),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a place line: the name before a dateline or its voivodeship
        ("Wiżajny, dnia 4 marca 2020 r.", "Wiżajny"),
        ("Kołaczkowo, 12.05.2019", "Kołaczkowo"),
        ("Przerośl, 3 czerwca 2018", "Przerośl"),
        ("Trzcinica, woj. wielkopolskie", "Trzcinica"),
        # English pages
        ("The Municipal Social Welfare Centre in Gołdap runs the project.", "Gołdap"),
        ("Beneficiary: Municipality of Przerośl", "Przerośl"),
        ("Contact the GOPS in Wiżajny.", "Wiżajny"),
    ],
)
def test_place_lines_and_english_cues(text: str, name: str) -> None:
    assert [n for n, _, _ in places(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Trzcinica, 5 osób",  # a count, not a dateline
        "Zgoda, dnia 3 maja 2019",  # no town or gmina of that name
        "Wiżajny i Przerośl to wsie.",
    ],
)
def test_no_place_line_without_a_dateline(text: str) -> None:
    assert places(text) == []
