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
