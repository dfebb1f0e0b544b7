"""Eighteenth session: implementer and place rules, on wordings written for these tests (not copied
from any labelled document or page). `benchmarks/name_misses.py` counted (counts only) where the
missed names stand on unseen pages; from its shapes:

- a voivodeship's unit named by its region ("Regionalny Ośrodek Polityki Społecznej Województwa
  Lubuskiego", "… Urzędu Marszałkowskiego Województwa Pomorskiego"): the region is part of its name,
  and a name that says which one is not "named without its town";
- a civic body said to run the project after "przez" ("realizowany przez Lokalną Grupę Działania
  X", "przez Parafię Y") is named in the nominative;
- an English page's small town or gmina named before its kind in lower case ("residents of Lubawka
  commune", "the Dydnia rural municipality") is the project's place.

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
