"""Budget phrasing families read since the thirteenth session, each on wordings written for this
test (not copied from any labelled page): amounts grouped by spaces with a decimal point,
"wydatki" as the total's label, a scale-word figure said to be exact, EU money named after the
amount ("… dołoży Unia Europejska")."""

from __future__ import annotations

import pytest

from integra.extract import extract_text
from integra.extract.numbers import find_money


def budget(text: str) -> tuple:
    r = extract_text(text, "amounts.txt")[0]
    return r["total_cost_pln"], r["eu_cofinancing_pln"], r["total_cost_qualifier"]


@pytest.mark.parametrize(
    "text, values",
    [
        ("Koszt: 702 345.00 zł", ["702345.00"]),
        ("kwota 1 008 410.5 zł i 12 345.67 PLN", ["1008410.50", "12345.67"]),
        # the older styles read as before
        (
            "1 239 061,22 zł, 15.707.281,20 zł, 1239061.22 PLN",
            ["1239061.22", "15707281.20", "1239061.22"],
        ),
        ("PLN 4,800,000.00", ["4800000.00"]),
        ("w 2019 r. 345.00 zł", ["345.00"]),
    ],
)
def test_thousands_grouped_by_spaces_with_a_decimal_point(text, values):
    assert [str(m.value) for m in find_money(text)] == values


def test_space_grouped_amounts_with_a_decimal_point_are_the_whole_figures():
    text = (
        "Miejski Ośrodek Pomocy Społecznej w Kole realizuje projekt „Dobry start”. "
        "Koszt całkowity zadania wynosi 815 240.00 zł, a dotacja – 760 118.75 zł."
    )
    assert budget(text) == (815240.0, 760118.75, "exact")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Gminny Ośrodek Pomocy Społecznej w Osiecznej realizuje projekt „Razem łatwiej”. "
            "Łączne wydatki projektu to 2,15 mln zł.",
            (2150000.0, None, "approximately"),
        ),
        # a figure with a scale word said to be exact stays exact
        (
            "Gminny Ośrodek Pomocy Społecznej w Osiecznej realizuje projekt „Razem łatwiej”. "
            "Łączne wydatki projektu to dokładnie 2 mln 150 tys. zł.",
            (2150000.0, None, "exact"),
        ),
        (
            "Gminny Ośrodek Pomocy Społecznej w Osiecznej realizuje projekt „Razem łatwiej”. "
            "Całkowite wydatki projektu wynoszą 512 300,00 zł.",
            (512300.0, None, "exact"),
        ),
    ],
)
def test_expenditure_labels_the_total(text, expected):
    assert budget(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ośrodek Pomocy Społecznej w Pniewach uruchomi Klub Seniora. Jego utworzenie ma "
            "kosztować 400 000 zł, z czego 340 000 zł dołoży Unia Europejska.",
            (400000.0, 340000.0, "exact"),
        ),
        (
            "Ośrodek Pomocy Społecznej w Pniewach uruchomi Klub Seniora. Jego utworzenie ma "
            "kosztować ponad 400 tys. zł, z czego ponad 340 tys. zł dołoży UE.",
            (400000.0, 340000.0, "more_than"),
        ),
    ],
)
def test_eu_money_named_after_the_amount(text, expected):
    assert budget(text) == expected
