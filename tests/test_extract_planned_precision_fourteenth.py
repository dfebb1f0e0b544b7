"""Precision of the planned participant count (fourteenth session), on wordings written for this
test (not copied from any labelled page). A count that is not a new statement of the project's
plan is not read as participants_planned: a back-reference to people named before ("tych 40
osób", "these 25 people") and a capacity ("miejsca dla 24 osób", "places for 30 people").
Positives: a plain planned total, also one a back-reference repeats, stays read."""

from __future__ import annotations

import pytest

from integra.extract import extract_text

HEAD = (
    "Miejski Ośrodek Pomocy Społecznej w Borowinie Dolnej realizuje projekt „Razem bliżej” "
    "współfinansowany ze środków Europejskiego Funduszu Społecznego w ramach Regionalnego "
    "Programu Operacyjnego na lata 2014-2020. Wartość projektu: 520 000,00 zł.\n"
)


def planned(body: str) -> int | None:
    return extract_text(HEAD + body, "planned.txt")[0]["participants_planned"]


@pytest.mark.parametrize(
    "body",
    [
        # a capacity: places, not the people the project plans to support
        "W dziennym domu będzie miejsce dla 24 osób starszych.",
        "W klubie przewidziano miejsca dla 18 seniorów.",
        "The day centre will offer places for 30 people with disabilities.",
        # a back-reference to people named before without a stated total
        "Wsparcie otrzymają osoby starsze i ich opiekunowie. Projekt ma ułatwić tych 40 osób "
        "dostęp do usług opiekuńczych.",
        "Działania ułatwią wymienionych 22 osób powrót na rynek pracy.",
    ],
)
def test_not_a_plan_stays_null(body: str) -> None:
    assert planned(body) is None


@pytest.mark.parametrize(
    "body, want",
    [
        ("Wsparciem zostanie objętych 45 osób zagrożonych wykluczeniem społecznym.", 45),
        ("Projekt jest skierowany do 32 osób niesamodzielnych.", 32),
        ("W projekcie weźmie udział 26 osób, dla których zaplanowano treningi.", 26),
        # the total stated first and repeated by a back-reference stays read
        (
            "Projektem zostanie objętych 38 osób. Dla tych 38 osób przygotowano indywidualne "
            "ścieżki reintegracji.",
            38,
        ),
        # a plain future statement with "objętych" (the word ends in "-tych") stays read
        ("Do końca projektu zostanie objętych wsparciem 50 mieszkańców gminy.", 50),
    ],
)
def test_planned_total_stays_read(body: str, want: int) -> None:
    assert planned(body) == want
