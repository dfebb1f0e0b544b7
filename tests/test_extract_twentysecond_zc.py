"""Rules of the twenty-second session, from the misses of the fresh dev part rc_zc. Every wording is
written for these tests, not copied from a page; each rule has near-misses it must not take."""

from __future__ import annotations

import pytest

from integra.extract import extract_text


def rec(text: str) -> dict:
    return extract_text(text, "twentysecond.txt")[0]


# -- a place whose name holds a town's name before it ("Małym Płocku" over "Płocku") ---------------


@pytest.mark.parametrize(
    "text, city",
    [
        (
            "Gminny Ośrodek Pomocy Społecznej w Małym Płocku realizuje projekt „Seniorzy razem”, "
            "dofinansowany z EFS kwotą 120 000 zł.",
            "Mały Płock",
        ),
        (
            "Projekt „Aktywni razem” realizuje Ośrodek Pomocy Społecznej w Małym Płocku; jego wartość "
            "to 98 500,00 zł.",
            "Mały Płock",
        ),
        (
            "Miejski Ośrodek Pomocy Społecznej w Nowym Targu prowadzi projekt „Pod jednym dachem” "
            "o wartości 300 000 zł.",
            "Nowy Targ",
        ),
    ],
)
def test_a_place_named_with_an_adjective_before_a_town_is_that_place(text: str, city: str) -> None:
    assert rec(text)["city"] == city


@pytest.mark.parametrize(
    "text, city",
    [
        (
            "Miejski Ośrodek Pomocy Społecznej w Płocku realizuje projekt „Seniorzy razem”, "
            "dofinansowany z EFS kwotą 120 000 zł.",
            "Płock",
        ),
        (
            "Projekt „Aktywni razem” realizuje Miejski Ośrodek Pomocy Rodzinie w Starym Sączu; jego "
            "wartość to 98 500,00 zł.",
            "Stary Sącz",
        ),
    ],
)
def test_the_town_itself_is_still_the_town(text: str, city: str) -> None:
    assert rec(text)["city"] == city


# -- a dash inside a compound adjective joins, it opens no explanation -----------------------------

HEAD = "Projekt realizuje Ośrodek Pomocy Społecznej w Kcyni od marca 2020 r. do lutego 2022 r.\n\n"


def inst(text: str) -> list[str]:
    return rec(HEAD + text)["instruments"]


@pytest.mark.parametrize(
    "line, item",
    [
        (
            "- Turnus terapeutyczno - rehabilitacyjny dla dzieci z niepełnosprawnościami,",
            "Turnus terapeutyczno - rehabilitacyjny dla dzieci z niepełnosprawnościami",
        ),
        (
            "- Warsztaty społeczno – zawodowe dla matek samotnie wychowujących dzieci,",
            "Warsztaty społeczno – zawodowe dla matek samotnie wychowujących dzieci",
        ),
        (
            "- Konsultacje psychologiczno - pedagogiczne dla rodziców zastępczych,",
            "Konsultacje psychologiczno - pedagogiczne dla rodziców zastępczych",
        ),
    ],
)
def test_a_compound_adjectives_dash_keeps_the_item_whole(line: str, item: str) -> None:
    text = "Formy wsparcia:\n" + line + "\n- Grupa wsparcia dla opiekunów.\n"
    assert item in inst(text)


@pytest.mark.parametrize(
    "line, item",
    [
        ("- Doradztwo zawodowe - indywidualne spotkania z doradcą,", "Doradztwo zawodowe"),
        ("- Wyjazdy integracyjne - raz w miesiącu do teatru,", "Wyjazdy integracyjne"),
        (
            "- Trening umiejętności społecznych - zajęcia grupowe dla młodzieży,",
            "Trening umiejętności społecznych",
        ),
    ],
)
def test_a_dash_after_a_name_still_opens_its_explanation(line: str, item: str) -> None:
    text = "Formy wsparcia:\n" + line + "\n- Grupa wsparcia dla opiekunów.\n"
    assert item in inst(text)


# -- support "from a programme" is the project's funding, not a form -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Projekt otrzymał wsparcie z programu Fundusze Europejskie dla Kujaw i Pomorza 2021-2027.",
        "Gmina pozyskała dofinansowanie z Regionalnego Programu Operacyjnego Województwa Lubuskiego.",
        "Na ten cel ośrodek przeznaczy środki z programu Senior+ – 150 tys. zł.",
    ],
)
def test_support_from_a_programme_is_the_funding(text: str) -> None:
    assert inst(text) == []


def test_support_within_a_local_activity_programme_is_still_a_form() -> None:
    text = "Uczestnicy otrzymają wsparcie w ramach programu aktywności lokalnej."
    assert inst(text) == ["wsparcie w ramach programu aktywności lokalnej"]


# -- a named place opens with its capitals: no lowercase word before it joins its name -------------


@pytest.mark.parametrize(
    "text, item",
    [
        (
            "Rezultatem jest utworzona ze środków unijnych Świetlica Środowiskowa w Kcyni.",
            "Świetlica Środowiskowa",
        ),
        (
            "Trwałym efektem jest powstała w Kcyni dzięki funduszom europejskim Placówka Wsparcia "
            "Dziennego.",
            "Placówka Wsparcia Dziennego",
        ),
        ("W projekcie utworzono nowy Dzienny Dom Pomocy w Kcyni.", "Dzienny Dom Pomocy"),
    ],
)
def test_a_named_place_starts_at_its_capitals(text: str, item: str) -> None:
    assert item in inst(text)


def test_a_place_written_in_lowercase_keeps_its_adjective() -> None:
    assert "dzienny dom pomocy" in inst("W projekcie utworzono dzienny dom pomocy dla seniorów.")
