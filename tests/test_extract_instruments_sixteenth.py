"""Instruments (the sixteenth session): the masculine-personal "objęci" before the forms, short
lines under a heading without a colon, list items that open with a verb, a lexicon entry or a
created place inside an item already read, task lines led by a light head with no heading over
them, and "as well as" before an English item. Every wording is written for these tests, not
copied from a page."""

from __future__ import annotations

import pytest

from integra.extract import extract_text

HEAD = "Projekt „Przystań” realizuje Ośrodek Pomocy Społecznej w Łasku od marca 2019 r. do lutego 2021 r.\n\n"


def inst(text: str) -> list[str]:
    return extract_text(HEAD + text, "sixteenth.txt")[0]["instruments"]


# --- "objęci" (masculine-personal plural of "objęty"), either order with its auxiliary ---


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Uczestnicy zostaną objęci pracą socjalną oraz kontraktem socjalnym.",
            ["praca socjalna", "kontrakt socjalny"],
        ),
        (
            "Wszyscy podopieczni objęci zostali pracą socjalną i poradnictwem rodzinnym.",
            ["praca socjalna", "poradnictwo rodzinne"],
        ),
        (
            "Bezrobotni mieszkańcy gminy będą objęci także kontraktem socjalnym.",
            ["kontrakt socjalny"],
        ),
        (
            "W 2020 r. uczestnicy byli objęci pracą socjalną.",
            ["praca socjalna"],
        ),
    ],
)
def test_objeci_opens_the_forms(text: str, items: list[str]) -> None:
    assert inst(text) == items


def test_objeci_with_a_count_is_no_form() -> None:
    assert inst("Projektem zostali objęci mieszkańcy trzech sołectw.") == []


# --- short lines, each its own unit, under a heading without a colon ---


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Zakres wsparcia\nIndywidualne poradnictwo psychologiczne\n"
            "Warsztaty umiejętności rodzicielskich\nKursy zawodowe\nStaże zawodowe\n",
            [
                "Indywidualne poradnictwo psychologiczne",
                "Warsztaty umiejętności rodzicielskich",
                "Kursy zawodowe",
                "Staże zawodowe",
            ],
        ),
        (
            "Nasza oferta\n\nporady prawne\n\nterapia indywidualna\n\ngrupy wsparcia\n",
            ["porady prawne", "terapia indywidualna", "grupy wsparcia"],
        ),
        (
            "Formy pomocy w projekcie\nTrening kompetencji społecznych\nDoradztwo zawodowe\n",
            ["Trening kompetencji społecznych", "Doradztwo zawodowe"],
        ),
    ],
)
def test_lines_under_a_heading_without_a_colon(text: str, items: list[str]) -> None:
    assert inst(text) == items


@pytest.mark.parametrize(
    "text",
    [
        # label lines with their values, not forms
        "Dane o wsparciu\nProgram – Fundusze Europejskie dla Łódzkiego\n"
        "Działanie – 7.12 Usługi społeczne\nRealizator – Gminny Ośrodek Pomocy Społecznej w Łasku\n",
        # a heading that names no support over short lines
        "Kontakt\nPoniedziałek – piątek\nul. Polna 3\ntel. 43 675 12 00\n",
        # lines that are not forms of support
        "Zakres wsparcia\nMieszkańcy gminy Łask\nOsoby bezrobotne\nRodziny wielodzietne\n",
    ],
)
def test_lines_that_are_no_forms(text: str) -> None:
    assert inst(text) == []


# --- a list item that opens with a verb: its forms, in the nominative, once ---


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Uczestnicy projektu:\n– wzięli udział w 60-godzinnym kursie komputerowym,\n"
            "– odbyli 3-miesięczne staże,\n– uczestniczyli w spotkaniach z psychologiem.\n",
            ["60-godzinny kurs komputerowy", "3-miesięczne staże", "spotkania z psychologiem"],
        ),
        (
            "W ramach projektu seniorzy:\n- uczestniczyli w warsztatach kulinarnych,\n"
            "- korzystali z zajęć ruchowych,\n- brali udział w wycieczkach krajoznawczych.\n",
            ["warsztaty kulinarne", "zajęcia ruchowe", "wycieczki krajoznawcze"],
        ),
    ],
)
def test_verb_led_list_items(text: str, items: list[str]) -> None:
    assert inst(text) == items


def test_noun_led_list_items_stay_as_written() -> None:
    text = "Formy wsparcia:\n- Praca socjalna,\n- Opracowanie ścieżek reintegracji i kontrakty socjalne.\n"
    assert inst(text) == ["Praca socjalna", "Opracowanie ścieżek reintegracji i kontrakty socjalne"]


# --- a lexicon entry or a created place inside an item already read ---


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Podopieczni mieli możliwość udziału w turnusie rehabilitacyjnym oraz warsztatach "
            "terapii zajęciowej.",
            ["turnus rehabilitacyjny", "warsztaty terapii zajęciowej"],
        ),
        (
            "Rodzice uczestniczyli w zajęciach z terapii rodzinnej i w spotkaniach grupy wsparcia.",
            ["zajęcia z terapii rodzinnej", "spotkania grupy wsparcia"],
        ),
    ],
)
def test_no_second_item_from_inside_an_item(text: str, items: list[str]) -> None:
    assert inst(text) == items


def test_a_lexicon_entry_apart_from_the_items_is_kept() -> None:
    text = (
        "Uczestnicy skorzystali z warsztatów kulinarnych. Prowadzono z nimi także terapię rodzinną."
    )
    assert inst(text) == ["warsztaty kulinarne", "terapia rodzinna"]


# --- task lines led by a light head, with no heading over them ---


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Zadanie 1: Utworzenie i prowadzenie Dziennego Domu Pomocy dla 20 osób.\n"
            "Zadanie 2: Świadczenie usług opiekuńczych w miejscu zamieszkania.\n"
            "Zadanie 3: Wsparcie opiekunów faktycznych.\n",
            [
                "Utworzenie i prowadzenie Dziennego Domu Pomocy dla 20 osób",
                "Świadczenie usług opiekuńczych w miejscu zamieszkania",
                "Wsparcie opiekunów faktycznych",
            ],
        ),
        (
            "Zadanie nr 1 – Prowadzenie Klubu Seniora\nZadanie nr 2 – Organizacja warsztatów "
            "rękodzieła\nZadanie nr 3 – Zarządzanie projektem\n",
            ["Prowadzenie Klubu Seniora", "Organizacja warsztatów rękodzieła"],
        ),
    ],
)
def test_task_lines_led_by_a_light_head(text: str, items: list[str]) -> None:
    assert inst(text) == items


def test_task_lines_of_the_project_running_only() -> None:
    text = (
        "Zadanie 1. Rekrutacja uczestników\nZadanie 2. Zarządzanie projektem\n"
        "Zadanie 3. Promocja projektu\n"
    )
    assert inst(text) == []


def test_benefits_stay_no_form() -> None:
    assert (
        inst("Formy wsparcia:\n- świadczenia rodzinne,\n- świadczenia z pomocy społecznej.\n") == []
    )


# --- English: "as well as" before an item ---


def test_as_well_as_before_an_english_item() -> None:
    text = (
        "The project of the Social Welfare Centre in Łask runs from March 2019 to February 2021 "
        "and is worth PLN 480,000.00. The project provides care services for 30 dependent persons and respite care for "
        "their carers, as well as training for informal carers."
    )
    assert extract_text(text, "en.txt")[0]["instruments"] == [
        "care services",
        "respite care",
        "training for informal carers",
    ]
