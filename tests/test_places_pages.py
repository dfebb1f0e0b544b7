"""Which place is the project's on a real-looking page: regional leaders and their local partners,
namesakes of big towns, locatives, English records, regional bodies' seats, small towns after "w",
and the voivodeship written as an abbreviation, without its hyphen or in English. Wordings of our
own (not copied from any corpus page)."""

from __future__ import annotations

import pytest

from integra.extract import rules
from integra.extract.places import (
    county_place,
    find_places,
    locative_places,
    page_owner_place,
    page_voivodeship,
    place_voivodeship,
    seat_of_a_body,
)
from integra.extract.record import _place, extract_text
from integra.extract.rules import voivodeship_from_text
from integra.extract.text import segment

_FACTS = (
    "Projekt współfinansowany ze środków Europejskiego Funduszu Społecznego. "
    "Wartość projektu: 210 000,00 zł. Okres realizacji: 01.02.2020 – 30.11.2021.\n"
)


def _city(text: str) -> tuple[str | None, str | None, list[str]]:
    r, _ = extract_text(text)
    return r["city"], r["voivodeship"], r["problems"]


# --------------------------------------------------------------------------- regional leaders


def test_a_regional_leaders_local_partner_is_the_projects_place() -> None:
    city, voiv, _ = _city(
        "Senior w centrum uwagi\n\n"
        "Liderem projektu jest Regionalny Ośrodek Polityki Społecznej w Olsztynie. "
        "Gmina Barczewo przystąpiła do projektu jako partner; zapisy prowadzi Urząd Gminy "
        "Barczewo.\n\n" + _FACTS
    )
    assert (city, voiv) == ("Barczewo", "warmińsko-mazurskie")


def test_a_regional_leaders_own_page_listing_partners_keeps_its_town() -> None:
    city, voiv, _ = _city(
        "Senior w centrum uwagi\n\n"
        "Liderem projektu jest Regionalny Ośrodek Polityki Społecznej w Olsztynie. "
        "Partnerami są Gmina Dywity, Gmina Purda i Gmina Stawiguda.\n\n" + _FACTS
    )
    assert (city, voiv) == ("Olsztyn", "warmińsko-mazurskie")


def test_page_owner_place_needs_one_place_or_a_clear_owner() -> None:
    text = "Jednym z partnerów jest Gmina Dzierzgowo."
    assert page_owner_place(text, "Warszawa").name == "Dzierzgowo"
    # named once, in passing, on the leader's own page: not its partner's place
    assert page_owner_place("Szkolenie odbędzie się w Gminie Supraśl.", "Białystok") is None
    assert page_owner_place("Partnerem jest Gmina Supraśl.", "Białystok").name == "Supraśl"
    # two partners named once each, neither in a header or footer: no single place
    assert page_owner_place("Partnerzy: Gmina Dzierzgowo, Gmina Szydłowo.", "Warszawa") is None
    # the leader's own town is never the partner's
    assert page_owner_place("Urząd Miasta Warszawa, 00-950 Warszawa.", "Warszawa") is None


# --------------------------------------------------------------------------- the implementer


def test_the_implementers_two_word_place_is_read_on_in_the_text() -> None:
    text = (
        "Projekt „Razem w działaniu” realizuje Miejsko-Gminny Ośrodek Pomocy Społecznej "
        "w Czarnej Białostockiej.\n\n" + _FACTS
    )
    doc = rules.Doc(text, segment(text))
    cut = rules.Found(
        "Miejsko-Gminny Ośrodek Pomocy Społecznej w Czarnej", doc.units[0], 3
    )  # a value cut before the name's second word
    out = _place(doc, {"implementer": cut})
    assert out["city"].value == "Czarna Białostocka"
    assert out["voivodeship"].value == "podlaskie"


def test_a_locative_is_settled_by_the_lemmatisers_own_form() -> None:
    # "Kowali" could be read as a form of Kowal or of Kowala; its locative is Kowala's
    assert [p.name for p in find_places("Gminny Ośrodek Pomocy Społecznej w Kowali")] == ["Kowala"]
    city, voiv, _ = _city(
        "Aktywni razem\n\nRealizator: Gminny Ośrodek Pomocy Społecznej w Kowali\n\n" + _FACTS
    )
    assert (city, voiv) == ("Kowala", "mazowieckie")


# --------------------------------------------------------------------------- namesakes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wniosek złożył Urząd Gminy Leszno.", "mazowieckie"),  # a rural gmina's office
        ("Wójt Gminy Leszno podpisał umowę.", "mazowieckie"),
        ("Ośrodek Pomocy Społecznej, ul. Polna 1, 05-084 Leszno", "mazowieckie"),  # postcode
        ("Ośrodek Pomocy Społecznej, Leszno 05-084, ul. Polna 1", "mazowieckie"),
        # region words alone do not move a big town to its namesake
        ("Gmina Leszno w ramach Instrumentu Wsparcia Rozwoju Mazowsza", "wielkopolskie"),
        ("Prezydent Miasta Leszno otworzył klub.", "wielkopolskie"),  # the town's office
        ("64-100 Leszno, Miejski Ośrodek Pomocy Rodzinie", "wielkopolskie"),
        ("Miejski Ośrodek Pomocy Rodzinie w Lesznie", "wielkopolskie"),  # no sign: the big town
        ("Wójt Gminy Jarocin, 37-405 Jarocin", "podkarpackie"),
        ("Urząd Gminy Słubice, 09-533 Słubice", "mazowieckie"),
    ],
)
def test_a_big_towns_namesake_is_settled_by_the_page(text: str, expected: str) -> None:
    name = "Jarocin" if "Jarocin" in text else "Słubice" if "Słubice" in text else "Leszno"
    assert place_voivodeship(name, text) == (expected, None)


def test_a_namesake_with_no_sign_stays_open() -> None:
    v, problem = place_voivodeship("Dobra", "Gminny Ośrodek Pomocy Społecznej w Dobrej")
    assert v is None and "several voivodeships" in problem
    # the region's own words decide: "Wielkopolski Regionalny Program Operacyjny"
    v, problem = place_voivodeship("Dobra", "GOPS w Dobrej, Wielkopolski Regionalny Program")
    assert (v, problem) == ("wielkopolskie", None)


def test_leszno_the_rural_gmina_on_a_whole_page() -> None:
    city, voiv, _ = _city(
        "Urząd Gminy Leszno – fundusze unijne\n\n"
        "Projekt „Krok naprzód” realizuje Ośrodek Pomocy Społecznej w Lesznie dla mieszkańców "
        "Gminy Leszno.\n\n" + _FACTS
    )
    assert (city, voiv) == ("Leszno", "mazowieckie")


# --------------------------------------------------------------------------- English records


def test_english_commune_and_welfare_home() -> None:
    assert [p.name for p in find_places("a day centre run by the Wolbrom Commune")] == ["Wolbrom"]
    assert [p.name for p in find_places("The Social Welfare Home in Jeziorany")] == ["Jeziorany"]
    assert [p.name for p in find_places("the Kowala Municipality")] == ["Kowala"]
    text = (
        "run by the Wolbrom Municipal Social Welfare Centre with the Kartuzy Family Support Center"
    )
    assert [p.name for p in find_places(text)] == ["Wolbrom", "Kartuzy"]
    assert find_places("the Wolbrom Social Club") == []


def test_a_kohesio_county_with_one_of_its_places_named() -> None:
    text = "Revitalisation of the Puck Centre\n\nA club for residents.\n\nPucki, Poland\n"
    p = county_place(text)
    assert (p.name, sorted(p.voivodeships)) == ("Puck", ["pomorskie"])
    # two places of the county written: no guess
    assert county_place("Puck and Hel residents\n\nPucki, Poland") is None
    # a county alone, with none of its places: nothing
    assert county_place("Support for seniors.\n\n3 related projects in Olkuski") is None
    # two counties: nothing
    assert county_place("Wolbrom\n\nPucki, Poland; 3 related projects in Olkuski") is None


# --------------------------------------------------------------------------- seats and weak mentions


def test_a_regional_bodys_seat_is_not_the_projects_town() -> None:
    for text, town, seat in (
        ("Umowę podpisano w Wojewódzkim Urzędzie Pracy w Kielcach", "Kielcach", True),
        ("Urząd Marszałkowski Województwa Lubuskiego w Zielonej Górze", "Zielonej", True),
        ("Regionalny Ośrodek Polityki Społecznej w Toruniu", "Toruniu", True),
        ("Ośrodek Pomocy Społecznej w Kielcach", "Kielcach", False),
        ("OPS w Kielcach", "Kielcach", False),
    ):
        assert seat_of_a_body(text, text.index(town)) is seat, text
    city, voiv, _ = _city(
        "Krok dalej\n\nUmowę podpisano w Wojewódzkim Urzędzie Pracy w Kielcach. Wojewódzki Urząd "
        "Pracy w Kielcach rozliczy projekt. Z zajęć skorzystają mieszkańcy Buska-Zdroju.\n\n"
        + _FACTS
    )
    assert (city, voiv) == ("Busko-Zdrój", "świętokrzyskie")


def test_a_small_town_after_w_is_the_last_resort() -> None:
    assert [p.name for p in locative_places("Spółdzielnia Socjalna w Kartuzach")] == ["Kartuzy"]
    text = "dla mieszkańców Jezioran, z terenu Kartuz i na terenie Goleniowa"
    assert [p.name for p in locative_places(text)] == ["Jeziorany", "Kartuzy", "Goleniów"]
    assert [p.name for p in locative_places("a day centre in Jeziorany, Poland")] == ["Jeziorany"]
    assert locative_places("in January, in Poland, in Warsaw") == []
    # a capitalised word after "w" that is no place, and a place with no cue: nothing
    assert locative_places("w Centrum Kartuzy i Jeziorany") == []
    city, voiv, _ = _city(
        "Klub Integracji\n\nRealizatorem jest Gminny Ośrodek Pomocy Społecznej oraz biblioteka "
        "w Kartuzach. Zajęcia odbywają się w Kartuzach.\n\n" + _FACTS
    )
    assert (city, voiv) == ("Kartuzy", "pomorskie")


def test_two_small_towns_named_equally_give_no_city() -> None:
    city, _, problems = _city(
        "Klub Integracji\n\nZajęcia odbywają się w Kartuzach i w Jezioranach.\n\n" + _FACTS
    )
    assert city is None
    assert any("Kartuzy" in p and "Jeziorany" in p for p in problems)


# --------------------------------------------------------------------------- voivodeship words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dla 9 gmin woj. kujawsko\n   pomorskiego", "kujawsko-pomorskie"),
        ("z województwa warmińsko mazurskiego", "warmińsko-mazurskie"),
        ("Kartuzy, woj. pom.", "pomorskie"),
        ("Wałcz (woj. zach.-pom.)", "zachodniopomorskie"),
        ("Gniezno, woj. wlkp.", "wielkopolskie"),
        ("woj.mazowieckie", "mazowieckie"),
        ("people living in the Kuj-Pom Voivodeship", "kujawsko-pomorskie"),
        ("Kuyavian-Pomeranian Network of Relief Homes", "kujawsko-pomorskie"),
        ("Lubusz Voivodeship", "lubuskie"),
        ("the Voivodeship of Lower Silesia", "dolnośląskie"),
        ("West Pomeranian Voivodeship", "zachodniopomorskie"),
        ("Pomeranian Voivodeship", "pomorskie"),
    ],
)
def test_voivodeship_written_loosely(text: str, expected: str) -> None:
    assert voivodeship_from_text(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Silesian University of Technology", "woj. X.", "Pomeranian dog", "a region of lakes"],
)
def test_not_a_voivodeship(text: str) -> None:
    assert voivodeship_from_text(text) is None


def test_a_region_wide_english_record_gets_its_voivodeship_without_a_city() -> None:
    city, voiv, _ = _city(
        "Network of Day Care Homes\n\nSupport for people in the Kuj-Pom Voivodeship who need "
        "help in everyday life.\n\nTotal budget: PLN 1 200 000.00\nPeriod: 1 January 2024 – "
        "31 December 2026\n"
    )
    assert (city, voiv) == (None, "kujawsko-pomorskie")


# --------------------------------------------------------------------------- spellings and villages


def test_a_hyphenated_name_written_with_a_space() -> None:
    found = find_places("Gminny Ośrodek Pomocy Społecznej w Sobieniach Jeziorach")
    assert [(p.name, p.surface) for p in found] == [("Sobienie-Jeziory", "Sobieniach Jeziorach")]
    # a line break between the two words is not the same name
    assert [p.name for p in find_places("GOPS w Sobieniach\nJeziorach")] != ["Sobienie-Jeziory"]


def test_a_weekday_in_a_masthead_is_not_a_place() -> None:
    assert find_places("Piątek, 17 sierpnia 2018 Newsletter") == []
    assert [p.name for p in find_places("Urząd Miejski w Piątku")] == ["Piątek"]


def test_a_village_outside_the_data_takes_the_powiat_the_page_names() -> None:
    assert page_voivodeship("WIADOMOŚCI / POWIAT RACIBORSKI", []) == "śląskie"
    assert page_voivodeship("mieszkańcy powiatu otwockiego", []) == "mazowieckie"
    # powiat średzki lies in two voivodeships: no answer
    assert page_voivodeship("w powiecie średzkim", []) is None
    city, voiv, _ = _city(
        "Radio Fala – wiadomości z regionu\nPOWIAT RACIBORSKI\n\nProjekt „Nowy krok” realizuje "
        "Ośrodek Pomocy Społecznej w Tworkowie.\n\n" + _FACTS
    )
    assert (city, voiv) == ("Tworków", "śląskie")


def test_a_voivodeship_in_passing_does_not_outweigh_the_towns_own() -> None:
    r, _ = extract_text(
        "Aktywni liderzy\n\nRealizator: Gminny Ośrodek Pomocy Społecznej w Kłoczewie\n\n"
        "Uczestnicy odwiedzą wsie w województwie mazowieckim.\n\n" + _FACTS
    )
    assert (r["city"], r["voivodeship"]) == ("Kłoczew", "lubelskie")
    assert any("lies in lubelskie" in p for p in r["problems"])
    # against a town only mentioned (no implementer), the sentence's voivodeship stays
    r, _ = extract_text(
        "Aktywni liderzy\n\nZajęcia dla mieszkańców Lublina.\n\n"
        "Uczestnicy odwiedzą wsie w województwie mazowieckim.\n\n" + _FACTS
    )
    assert (r["city"], r["voivodeship"]) == ("Lublin", "mazowieckie")
    # a voivodeship named by the programme stays, with the problem recorded
    r, _ = extract_text(
        "Aktywni liderzy\n\nRealizator: Gminny Ośrodek Pomocy Społecznej w Kłoczewie\n\n"
        "Projekt w ramach Regionalnego Programu Operacyjnego Województwa Mazowieckiego.\n\n"
        + _FACTS
    )
    assert r["voivodeship"] == "mazowieckie"
    assert any("lies in lubelskie" in p for p in r["problems"])


def test_a_portals_masthead_and_footer_do_not_outvote_the_body() -> None:
    text = (
        "Radio Fala 99,1 FM – Rybnik | Racibórz | Wodzisław\n"
        "Pogoda: Rybnik 12°C\n"
        "WIADOMOŚCI Z REGIONU\n\n"
        "Klub dla seniorów\n\n"
        "Nowy klub dla seniorów otwarto w Jastrzębiu-Zdroju.\n"
        "Zajęcia potrwają dwa lata.\n"
        "Zapisy trwają do końca miesiąca.\n"
        "Udział jest bezpłatny.\n" + _FACTS + "Przeczytaj też: festyn w Rybniku\n"
        "Redakcja w Rybniku · ul. Polna 1\n"
        "© Radio Fala, Rybnik\n"
    )
    city, voiv, _ = _city(text)
    assert (city, voiv) == ("Jastrzębie-Zdrój", "śląskie")
    # without a town in the body, the masthead's town is all there is
    city, _, _ = _city(text.replace("w Jastrzębiu-Zdroju", "w naszym mieście"))
    assert city == "Rybnik"


def test_a_warsaw_district_centre_is_in_warszawa() -> None:
    city, voiv, _ = _city(
        "Od nowa\n\nRealizator: Ośrodek Pomocy Społecznej Dzielnicy Ursynów\n\n" + _FACTS
    )
    assert (city, voiv) == ("Warszawa", "mazowieckie")


def test_a_joint_implementer_led_by_a_local_centre_keeps_its_town() -> None:
    from integra.extract.places import is_regional_leader

    assert is_regional_leader("Regionalny Ośrodek Polityki Społecznej w Opolu")
    assert is_regional_leader("Województwo Kujawsko-Pomorskie")
    assert not is_regional_leader(
        "Miejski Ośrodek Pomocy Społecznej w Kędzierzynie-Koźlu; "
        "Regionalny Ośrodek Polityki Społecznej w Opolu"
    )


def test_a_shared_lemma_is_not_a_town() -> None:
    from integra.extract.places import find_towns

    text = (
        "uchwała Rady Powiatu, published 7 August, rozmowa z Markiem, klub „Złota Jesień”, "
        "zajęcia w Radomiu i wyjazd do Augustowa"
    )
    assert [(t.city, t.surface) for t in find_towns(text)] == [
        ("Radom", "Radomiu"),
        ("Augustów", "Augustowa"),
    ]
    # the gmina Złota (świętokrzyskie), not the town Złotów
    assert [p.name for p in find_places("pracownicy Urzędu Gminy Złota")] == ["Złota"]


@pytest.mark.parametrize(
    ("programme", "expected"),
    [
        ("European Funds for Pomerania 2021-2027", "pomorskie"),
        ("European Funds for West Pomerania 2021-2027", "zachodniopomorskie"),
        ("European Funds for Lower Silesia 2021-2027", "dolnośląskie"),
        ("RPO WSL 2014-2020", "śląskie"),
        ("FEPZ 2021-2027", "zachodniopomorskie"),
        ("RPO WM 2014-2020", None),  # Mazowieckie or Małopolskie: not said
    ],
)
def test_voivodeship_from_the_programme(programme: str, expected: str | None) -> None:
    r, _ = extract_text(
        "Project Alpha\n\nThe project is co-financed under the "
        + programme
        + ".\nTotal budget: PLN 100 000.00\nPeriod: 1 January 2024 - 31 December 2025\n"
    )
    assert r["voivodeship"] == expected


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("RPSL.09.01.01-24-0123/16", "śląskie"),
        ("RPLD.09.02.01-10-B012/17", "łódzkie"),
        ("FEKP.08.25-IZ.00-0001/23", "kujawsko-pomorskie"),
        ("FELU.08.05-IZ.00-0001/23", "lubelskie"),
        ("POWR.02.05.00-00-0320/19", None),  # a national programme's number
    ],
)
def test_voivodeship_from_a_regional_project_number(number: str, expected: str | None) -> None:
    r, _ = extract_text(
        f"Projekt Alfa\n\nNumer projektu: {number}\nWartość projektu: 100 000,00 zł\n"
    )
    assert r["voivodeship"] == expected


def test_the_food_aid_programme_is_not_west_pomerania() -> None:
    r, _ = extract_text(
        "Pomoc żywnościowa\n\nProgram FEPZ 2021-2027: paczki żywnościowe dla rodzin.\n"
        "Wartość projektu: 100 000,00 zł\n"
    )
    assert r["voivodeship"] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dom Pomocy Społecznej w Nowym Mieście Lubawskim", "Nowe Miasto Lubawskie"),
        ("Środowiskowy Dom Samopomocy w Kartuzach", "Kartuzy"),
        ("Klub Integracji Społecznej w Jezioranach", "Jeziorany"),
        ("Dzienny Dom Senior+ w Wolbromiu", "Wolbrom"),
        ("Warsztat Terapii Zajęciowej w Goleniowie", "Goleniów"),
    ],
)
def test_other_welfare_institutions_name_their_seat(text: str, expected: str) -> None:
    assert [p.name for p in find_places(text)] == [expected]


# --------------------------------------------------------------------------- the voivodeship's board


@pytest.mark.parametrize(
    "phrase",
    [
        "Marszałek Województwa Lubuskiego w ",
        "Zarząd Województwa Pomorskiego w ",
        "Sejmik Województwa Opolskiego w ",
    ],
)
def test_the_voivodeship_boards_seat(phrase: str) -> None:
    text = phrase + "Opolu"
    assert seat_of_a_body(text, len(phrase))


def test_the_marshals_seat_is_not_the_projects_place_even_as_the_only_town() -> None:
    city, voiv, _ = _city(
        "Marszałek Województwa Warmińsko-Mazurskiego w Olsztynie zatwierdził listę projektów. "
        "Na liście znalazł się projekt „Wspólny start” ze wsi Karolewo.\n" + _FACTS
    )
    assert city is None
    assert voiv == "warmińsko-mazurskie"


def test_a_gmina_holding_the_project_gives_its_place() -> None:
    city, voiv, _ = _city(
        "Marszałek Województwa Pomorskiego w Gdańsku podpisał umowę. Ponad 2 mln zł trafi do "
        "Gminy Potęgowo na projekt „Wspólny start”.\n" + _FACTS
    )
    assert (city, voiv) == ("Potęgowo", "pomorskie")
