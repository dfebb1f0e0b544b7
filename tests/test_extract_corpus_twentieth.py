"""Families found by the twentieth session's fresh dev part rc_y, each on wordings written for
this test (not copied from any labelled document)."""

from __future__ import annotations

import pytest

from integra.extract import extract_text


def rec(text: str) -> dict:
    return extract_text(text, "family.txt")[0]


# ------------------------------------------------- a labelled count in a list of key facts


@pytest.mark.parametrize(
    "text, planned, actual",
    [
        (
            "Projekt „Razem w Pile” prowadził Miejski Ośrodek Pomocy Społecznej w Pile.\n\n"
            "- Wartość projektu: 500 000,00 zł\n- Liczba uczestników: 40\n\n"
            "Efekty\n\nW projekcie wzięło udział 46 osób.",
            40,
            46,
        ),
        (
            "Ośrodek Pomocy Społecznej w Kórniku zakończył projekt „Nowy start”.\n\n"
            "- Okres realizacji: 01.03.2019 – 31.12.2020\n- Planowana liczba uczestników: 25\n\n"
            "Wsparciem objęto łącznie 31 osób.",
            25,
            31,
        ),
        (
            "Gminny Ośrodek Pomocy Społecznej w Brzeźnie realizował projekt „Krok naprzód”.\n\n"
            "* Kwota dofinansowania: 90 000,00 zł\n* Liczba uczestników projektu: 18\n\n"
            "Ostatecznie z pomocy skorzystało 20 uczestników.",
            18,
            20,
        ),
    ],
)
def test_labelled_item_beside_actual_is_the_plan(text: str, planned: int, actual: int) -> None:
    r = rec(text)
    assert r["participants_planned"] == planned
    assert r["participants_actual"] == actual


def test_labelled_item_alone_is_the_plan() -> None:
    r = rec(
        "Miejski Ośrodek Pomocy Społecznej w Pile realizuje projekt „Razem w Pile”.\n\n"
        "- Wartość projektu: 500 000,00 zł\n- Liczba uczestników: 60\n"
    )
    assert r["participants_planned"] == 60


def test_same_labelled_and_actual_figure_is_not_a_plan() -> None:
    r = rec(
        "Projekt „Razem w Pile” prowadził Miejski Ośrodek Pomocy Społecznej w Pile.\n\n"
        "- Liczba uczestników: 30\n\nW projekcie wzięło udział 30 osób."
    )
    assert r["participants_actual"] == 30
    assert r["participants_planned"] is None


@pytest.mark.parametrize(
    "item",
    ["- Liczba godzin zajęć: 120", "- Uczestnicy: 2019", "- Liczba spotkań: 12"],
)
def test_other_labelled_items_are_not_participants(item: str) -> None:
    r = rec(
        "Projekt „Razem w Pile” prowadził Miejski Ośrodek Pomocy Społecznej w Pile.\n\n"
        f"{item}\n\nW projekcie wzięło udział 46 osób."
    )
    assert r["participants_planned"] is None
    assert r["participants_actual"] == 46


# ------------------------------------------------- a long unquoted title closed by its number

_LONG_TITLES = [
    "Wsparcie rozwoju usług społecznych świadczonych w społeczności lokalnej przez organizacje "
    "pozarządowe i grupy nieformalne działające na terenie gmin powiatu kościerskiego oraz "
    "wzmocnienie ich potencjału",
    "Tworzenie i rozwój klubów młodzieżowych oraz świetlic środowiskowych jako miejsc aktywizacji "
    "społecznej dzieci i młodzieży zagrożonych wykluczeniem na obszarze objętym lokalną strategią",
    "Kompleksowe działania na rzecz aktywnej integracji osób i rodzin zagrożonych ubóstwem lub "
    "wykluczeniem społecznym z wykorzystaniem potencjału lokalnych stowarzyszeń w gminie Lipno",
]


@pytest.mark.parametrize(
    "sentence",
    [
        "Stowarzyszenie podpisało umowę o dofinansowanie projektu pt. {t}, nr RPKP.11.01.00-04-0007/22.",
        "Gmina realizuje projekt pn. {t} (RPPM.06.02.02-22-0011/21). Zapraszamy do udziału.",
        "Zarząd LGD zawarł umowę na projekt pod nazwą {t}, numer projektu: RPWM.11.01.03-28-0021/20.",
    ],
)
@pytest.mark.parametrize("title", _LONG_TITLES)
def test_long_unquoted_title_closed_by_its_number(sentence: str, title: str) -> None:
    assert 150 < len(title) <= 300
    r = rec(sentence.format(t=title) + "\n\nProjekt jest współfinansowany z EFS.")
    assert r["title"] == title


def test_long_run_on_sentence_without_a_number_is_not_a_title() -> None:
    text = (
        "Stowarzyszenie podpisało umowę o dofinansowanie projektu pt. "
        + _LONG_TITLES[0]
        + ", a w kolejnych miesiącach zaprosi mieszkańców na spotkania informacyjne w świetlicach"
        " wiejskich i szkołach.\n\nProjekt jest współfinansowany z EFS."
    )
    assert rec(text)["title"] is None


def test_number_after_an_overlong_sentence_is_not_a_title() -> None:
    text = (
        "Gmina realizuje projekt pn. "
        + _LONG_TITLES[0]
        + " "
        + _LONG_TITLES[1]
        + ", nr RPKP.11.01.00-04-0007/22.\n\nProjekt jest współfinansowany z EFS."
    )
    assert rec(text)["title"] is None


# ------------------------------------------------- a budget label of two budget phrases


@pytest.mark.parametrize(
    "text, eu",
    [
        (
            "Projekt „Razem w Pile” realizuje MOPS w Pile.\n\n"
            "Okres realizacji | Wartość dofinansowania ze środków UE\n"
            "01.01.2020 – 31.12.2021 | 450 000,00 zł\n",
            450000.0,
        ),
        (
            "Projekt „Razem w Pile” realizuje MOPS w Pile.\n\n"
            "Czas trwania projektu | Kwota dofinansowania ze środków Unii Europejskiej\n"
            "2020 – 2021 | 312 500 PLN\n",
            312500.0,
        ),
        (
            "Projekt „Razem w Pile” realizuje MOPS w Pile.\n\n"
            "Wartość dofinansowania ze środków EFS\n\n120 000,00 zł\n",
            120000.0,
        ),
    ],
)
def test_budget_label_of_two_phrases(text: str, eu: float) -> None:
    assert rec(text)["eu_cofinancing_pln"] == eu


def test_two_phrase_label_in_a_long_line_is_not_a_label() -> None:
    from integra.extract.rules import is_field_label

    assert is_field_label("Wartość dofinansowania ze środków UE")
    assert not is_field_label(
        "Wartość dofinansowania ze środków UE wzrośnie w przyszłym roku o kolejne"
    )


def test_column_table_of_several_projects_gives_no_amount() -> None:
    r = rec(
        "Lista projektów wybranych do dofinansowania\n\n"
        "Beneficjent | Wartość dofinansowania ze środków UE\n"
        "Gmina Lipno | 450 000,00 zł\nGmina Piła | 380 000,00 zł\nGmina Koło | 120 000,00 zł\n"
    )
    assert r["eu_cofinancing_pln"] is None


# ------------------------------------------------- the grantee beside its grantor as co-signer


@pytest.mark.parametrize(
    "text, implementer",
    [
        (
            "Fundacja Dobry Start oraz Województwo Pomorskie podpisali umowę o dofinansowanie "
            "projektu pn. Razem łatwiej.",
            "Fundacja Dobry Start",
        ),
        (
            "12 maja 2022 r. Zarząd Lokalnej Grupy Działania „Kraina Jezior” wraz z Marszałkiem "
            "Województwa Warmińsko-Mazurskiego podpisali umowę nr 7/2022 o dofinansowanie "
            "projektu pn. Aktywni razem.",
            "Lokalna Grupa Działania „Kraina Jezior”",
        ),
        (
            "Stowarzyszenie Razem dla Wsi i Zarząd Województwa Lubuskiego zawarli umowę nr "
            "RPLB.07.02.00-08-0012/21 na realizację projektu pn. Klub pod Lipami.",
            "Stowarzyszenie Razem dla Wsi",
        ),
    ],
)
def test_grantee_beside_its_grantor(text: str, implementer: str) -> None:
    assert rec(text)["implementer"] == implementer


@pytest.mark.parametrize(
    "text",
    [
        "Fundacja Dobry Start oraz Województwo Pomorskie podpisali porozumienie o współpracy "
        "przy organizacji pikniku rodzinnego.",
        "Zarząd Lokalnej Grupy Działania „Kraina Jezior” ogłasza nabór wniosków o powierzenie "
        "grantów.",
    ],
)
def test_no_grant_agreement_no_runner(text: str) -> None:
    assert rec(text)["implementer"] is None


# ------------------------------------------------- physiotherapy and robotics as forms


@pytest.mark.parametrize(
    "text, items",
    [
        (
            "Projekt „Razem w Pile” realizuje MOPS w Pile. W świetlicy dzieci czekają zajęcia "
            "plastyczne, robotyka oraz fizjoterapia.",
            {"robotyka", "fizjoterapia"},
        ),
        (
            "Projekt „Razem w Pile” realizuje MOPS w Pile. Uczestnicy skorzystają z "
            "kinezyterapii, fizjoterapii i porad dietetyka.",
            {"kinezyterapia", "fizjoterapia"},
        ),
    ],
)
def test_physiotherapy_and_robotics_in_an_enumeration(text: str, items: set[str]) -> None:
    got = {i.lower() for i in rec(text)["instruments"]}
    assert items <= got


def test_equipment_bought_is_not_a_form() -> None:
    r = rec(
        "Projekt „Razem w Pile” realizuje MOPS w Pile. Gmina kupiła sprzęt do fizjoterapii "
        "i zestawy do robotyki dla szkoły."
    )
    assert not {i.lower() for i in r["instruments"]} & {"fizjoterapia", "robotyka"}
