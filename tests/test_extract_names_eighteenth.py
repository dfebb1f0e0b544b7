"""Eighteenth session: implementer and place rules, on wordings written for these tests (not copied
from any labelled document or page). `benchmarks/name_misses.py` counted (counts only) where the
missed names stand on unseen pages; from its shapes:

- a voivodeship's unit named by its region ("Regionalny Ośrodek Polityki Społecznej Województwa
  Lubuskiego", "… Urzędu Marszałkowskiego Województwa Pomorskiego"): the region is part of its name,
  and a name that says which one is not "named without its town";
- a civic body said to run the project after "przez" ("realizowany przez Lokalną Grupę Działania
  X", "przez Parafię Y") is named in the nominative;
- an English page's small town or gmina named before its kind in lower case ("residents of Lubawka
  commune", "the Dydnia rural municipality"), after "residents of", before "area" or ", Poland"
  (a record's location) is the project's place;
- a gmina, town or county said in capitals to run or hold the project ("GMINA KIJE realizuje
  projekt") is read as in its own letters;
- a title in mixed quotes ("»X”", "„X’"); a breadcrumb's "»" is no quote;
- the page's first heading under a menu row ("Strona główna | Projekty") counts as its first.

Negatives: "Województwa" without a region's name, a body of a region the page only thanks, a word
"commune" after a name that is no place.
"""

from __future__ import annotations

import pytest

from integra.extract import extract_text


def rec(text: str) -> dict:
    return extract_text(text, "names18.txt")[0]


MONEY = " Wartość projektu wynosi 640 000,00 zł."
MONEY_EN = " The project is worth PLN 640,000.00."


# ------------------------------------------------- a voivodeship's unit named by its region


@pytest.mark.parametrize(
    ("text", "name", "voivodeship"),
    [
        (
            "Regionalny Ośrodek Polityki Społecznej Województwa Lubuskiego zaprasza gminy do"
            " udziału w projekcie „Wspólna sprawa”.",
            "Regionalny Ośrodek Polityki Społecznej Województwa Lubuskiego",
            "lubuskie",
        ),
        (
            "Projekt „Sieć wsparcia” prowadzi Regionalny Ośrodek Polityki Społecznej Województwa"
            " Kujawsko-Pomorskiego.",
            "Regionalny Ośrodek Polityki Społecznej Województwa Kujawsko-Pomorskiego",
            "kujawsko-pomorskie",
        ),
        (
            "Liderem projektu „Opieka bliżej domu” jest Regionalny Ośrodek Polityki Społecznej"
            " Urzędu Marszałkowskiego Województwa Podkarpackiego.",
            "Regionalny Ośrodek Polityki Społecznej Urzędu Marszałkowskiego Województwa"
            " Podkarpackiego",
            "podkarpackie",
        ),
        (
            "O szczegóły projektu „Razem dla seniora” można pytać w Regionalnym Ośrodku Polityki"
            " Społecznej Województwa Świętokrzyskiego.",
            "Regionalny Ośrodek Polityki Społecznej Województwa Świętokrzyskiego",
            "świętokrzyskie",
        ),
    ],
)
def test_a_regional_unit_keeps_its_region(text, name, voivodeship):
    r = rec(text + MONEY)
    assert r["implementer"] == name
    assert r["voivodeship"] == voivodeship
    assert not any("named without its town" in p for p in r["problems"])


@pytest.mark.parametrize(
    "text",
    [
        # "Województwa" with no region's name after it: still named without where
        "Regionalny Ośrodek Polityki Społecznej Województwa zaprasza gminy do udziału w projekcie"
        " „Wspólna sprawa”.",
        # a region's adjective that is not a voivodeship's genitive
        "Regionalny Ośrodek Polityki Społecznej Województwa Mazurskiego zaprasza gminy do udziału"
        " w projekcie „Wspólna sprawa”.",
    ],
)
def test_no_region_no_name(text):
    r = rec(text + MONEY)
    assert r["implementer"] is None
    assert any("named without its town" in p for p in r["problems"])


def test_the_welfare_centre_that_runs_it_beats_the_regions_office():
    r = rec(
        "Projekt „Razem silniejsi” realizuje Miejski Ośrodek Pomocy Społecznej w Opolu. Umowę"
        " podpisano w Urzędzie Marszałkowskim Województwa Opolskiego." + MONEY
    )
    assert r["implementer"] == "Miejski Ośrodek Pomocy Społecznej w Opolu"
    assert r["city"] == "Opole"


# ------------------------------------------- a civic body after "przez", in the nominative


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Projekt „Wioska z pomysłem” realizowany jest przez Lokalną Grupę Działania „Dolina"
            " Strugu”.",
            "Lokalna Grupa Działania „Dolina Strugu”",
        ),
        (
            "Projekt „Wspólny stół” realizowany przez Parafię Rzymskokatolicką pw. św. Marcina w"
            " Opatowie.",
            "Parafia Rzymskokatolicka pw. św. Marcina w Opatowie",
        ),
        (
            "Projekt „Dobry sąsiad” prowadzi Ochotnicza Straż Pożarna w Bieńkówce.",
            "Ochotnicza Straż Pożarna w Bieńkówce",
        ),
        (
            "Projekt „Seniorzy w akcji” jest realizowany przez Uniwersytet Trzeciego Wieku w"
            " Sanoku.",
            "Uniwersytet Trzeciego Wieku w Sanoku",
        ),
    ],
)
def test_a_civic_body_said_to_run_it_in_the_nominative(text, name):
    assert rec(text + MONEY)["implementer"] == name


def test_a_nominative_civic_body_stays():
    r = rec(
        "Lokalna Grupa Działania „Dolina Strugu” realizuje projekt „Wioska z pomysłem”." + MONEY
    )
    assert r["implementer"] == "Lokalna Grupa Działania „Dolina Strugu”"


# ------------------------------------------------ an English page's gmina before its kind


@pytest.mark.parametrize(
    ("text", "city", "voivodeship"),
    [
        (
            'The project "Open doors" supports older residents of Lubawka commune.',
            "Lubawka",
            "dolnośląskie",
        ),
        (
            'The project "Open doors" supports older residents of the Dydnia rural municipality.',
            "Dydnia",
            "podkarpackie",
        ),
        (
            'The project "Open doors" was carried out in Popielów Urban-Rural Commune.',
            "Popielów",
            "opolskie",
        ),
        (
            'The Kobiór municipality ran the project "Open doors" for families.',
            "Kobiór",
            "śląskie",
        ),
    ],
)
def test_an_english_gmina_named_before_its_kind(text, city, voivodeship):
    r = rec(text + MONEY_EN)
    assert r["city"] == city
    assert r["voivodeship"] == voivodeship


@pytest.mark.parametrize(
    "text",
    [
        # a word that is no place before "commune"
        'The project "Open doors" builds a Happy commune of neighbours.',
        # a place's name with no kind after it and no cue before it
        'The project "Open doors" was praised by Lubawka residents. Lubawka is proud of it.',
    ],
)
def test_no_kind_no_english_gmina(text):
    assert rec(text + MONEY_EN)["city"] is None


# ------------------------------------------- a gmina, town or county said in capitals to run it


@pytest.mark.parametrize(
    ("text", "name", "city"),
    [
        ("GMINA KIJE realizuje projekt „Aktywni seniorzy”.", "Gmina Kije", "Kije"),
        ("Projekt „Aktywni seniorzy” realizuje MIASTO SANOK.", "Miasto Sanok", "Sanok"),
        (
            "MIASTO I GMINA PRABUTY otrzymało dofinansowanie na projekt „Aktywni seniorzy”.",
            "Miasto i Gmina Prabuty",
            "Prabuty",
        ),
        (
            "Umowę o dofinansowanie projektu „Aktywni seniorzy” podpisała GMINA MIASTO ELBLĄG.",
            "Gmina Miasto Elbląg",
            "Elbląg",
        ),
    ],
)
def test_a_public_body_in_capitals_said_to_run_it(text, name, city):
    r = rec(text + MONEY)
    assert r["implementer"] == name
    assert r["city"] == city


@pytest.mark.parametrize(
    "text",
    [
        # a masthead in capitals alone, the page not speaking for it
        "GMINA KIJE\nStrona główna | Aktualności\n\nRuszył projekt „Aktywni seniorzy”. Zapraszamy.",
        # the gmina's name inside a quoted title in capitals
        "Ruszył projekt „AKTYWNA GMINA KIJE”. Zapraszamy mieszkańców do udziału.",
        # a gmina in capitals only as the place of the project
        "Projekt „Aktywni seniorzy” obejmie mieszkańców GMINY KIJE.",
    ],
)
def test_a_public_body_in_capitals_not_said_to_run_it(text):
    assert rec(text + MONEY)["implementer"] is None


def test_a_welfare_centre_that_runs_it_beats_a_gmina_in_capitals():
    r = rec(
        "Projekt „Aktywni seniorzy” realizuje Gminny Ośrodek Pomocy Społecznej w Kijach na rzecz"
        " mieszkańców GMINY KIJE." + MONEY
    )
    assert r["implementer"] == "Gminny Ośrodek Pomocy Społecznej w Kijach"


# ------------------------------------------------------------ a title in mixed quotes


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Ośrodek Pomocy Społecznej w Lesku realizuje projekt »Rodzina w centrum uwagi”.",
            "Rodzina w centrum uwagi",
        ),
        (
            "Ośrodek Pomocy Społecznej w Lesku realizuje projekt pn. „Rodzina w centrum uwagi’.",
            "Rodzina w centrum uwagi",
        ),
        (
            "Zapraszamy do udziału w projekcie »Krok ku samodzielności” współfinansowanym ze"
            " środków EFS.",
            "Krok ku samodzielności",
        ),
        ("Projekt pod nazwą „Senior w sieci’ potrwa dwa lata.", "Senior w sieci"),
    ],
)
def test_a_title_in_mixed_quotes(text, title):
    assert rec(text + MONEY)["title"] == title


@pytest.mark.parametrize(
    "text",
    [
        # an apostrophe inside a word is no closing quote
        "Projekt realizuje O’Connor Group, a zajęcia poprowadzi Anna O’Hara w Lesku.",
        # a » that closes nothing on its line
        "Zobacz także » Aktualności\nWartość projektu wynosi 640 000,00 zł.",
    ],
)
def test_no_title_from_stray_quote_marks(text):
    assert rec(text + MONEY)["title"] is None


def test_a_breadcrumbs_arrows_are_no_quotes():
    r = rec(
        'Projekty » Projekty zakończone » Rok 2009\n\nProjekt systemowy - "Krok do przodu"\n\n'
        "Realizuje go Miejski Ośrodek Pomocy Społecznej w Lesku." + MONEY
    )
    assert r["title"] == "Krok do przodu"


# ------------------------------------------- the page's first heading under a menu row


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Strona główna | Projekty unijne\n\nDziennik aktywności seniorów w gminie Lesko\n\n"
            "Projekt współfinansowany ze środków Europejskiego Funduszu Społecznego. Realizator:"
            " Gmina Lesko.",
            "Dziennik aktywności seniorów w gminie Lesko",
        ),
        (
            "Start | O nas | Projekty\n\nRodzinne wsparcie w powiecie leskim\n\nProjekt"
            " współfinansowany ze środków Unii Europejskiej. Realizator: Powiat Leski.",
            "Rodzinne wsparcie w powiecie leskim",
        ),
        (
            "Aktualności | Projekty\n\nKlub Seniora „Pod Lipami” w Lesku\n\nProjekt"
            " współfinansowany ze środków Europejskiego Funduszu Społecznego.",
            "Klub Seniora „Pod Lipami” w Lesku",
        ),
    ],
)
def test_the_first_heading_under_a_menu_row(text, title):
    assert rec(text + MONEY)["title"] == title


@pytest.mark.parametrize(
    "text",
    [
        # a row with figures or a label is no menu: the heading under it is not the page's first
        "Data publikacji | 12.03.2021\n\nDziennik aktywności seniorów w gminie Lesko\n\nProjekt"
        " współfinansowany ze środków Europejskiego Funduszu Społecznego. Realizator: Gmina Lesko.",
        # a news headline under the menu stays no title
        "Strona główna | Aktualności\n\nSpotkanie z seniorami w bibliotece gminnej\n\nProjekt"
        " współfinansowany ze środków Europejskiego Funduszu Społecznego. Realizator: Gmina Lesko.",
    ],
)
def test_no_first_heading_under_other_rows(text):
    assert rec(text + MONEY)["title"] is None


# ----------------------------------- an English record's place: its residents, area, location


@pytest.mark.parametrize(
    ("text", "city", "voivodeship"),
    [
        ('The project "Open doors" supports residents of Dydnia.', "Dydnia", "podkarpackie"),
        (
            'The project "Open doors" supports inhabitants of the Lubawka commune.',
            "Lubawka",
            "dolnośląskie",
        ),
        (
            'The project "Open doors" supports people living in the Popielów area.',
            "Popielów",
            "opolskie",
        ),
        (
            'Location | Kobiór, Poland\nThe project "Open doors" supports older people.',
            "Kobiór",
            "śląskie",
        ),
    ],
)
def test_an_english_records_place(text, city, voivodeship):
    r = rec(text + MONEY_EN)
    assert r["city"] == city
    assert r["voivodeship"] == voivodeship


@pytest.mark.parametrize(
    "text",
    [
        # a region is no town
        'The project "Open doors" supports older people in the Podkarpackie region.',
        # a word that is no place before "area"
        'The project "Open doors" improves the Reading area of the local library.',
    ],
)
def test_no_english_records_place(text):
    assert rec(text + MONEY_EN)["city"] is None
