"""Two families read since the seventeenth session, on wordings written for this test (not copied
from any labelled page): a year-only period after a period label in a label/value row
("Czas realizacji: | 2016 - 2021 r.", the plain hyphen with spaces that alone is too often a
programme label to read), and an amount whose millions' group is spaced off while the thousands'
space is left out ("1 097012 zł")."""

from __future__ import annotations

import pytest

from integra.extract import extract_text
from integra.extract.numbers import find_money

HEAD = "Gminny Ośrodek Pomocy Społecznej w Pajęcznie realizuje projekt „Razem łatwiej”.\n"


def rec(text: str) -> dict:
    return extract_text(HEAD + text, "seventeenth.txt")[0]


@pytest.mark.parametrize(
    "row",
    [
        "Czas realizacji: | 2016 - 2021 r.",
        "Okres realizacji: | 2016 - 2021",
        "Okres realizacji projektu: 2016 - 2021 r.",
        "Czas trwania projektu: | 2016 - 2021",
        "Termin realizacji: 2016 - 2021 r.",
    ],
)
def test_year_range_after_a_period_label(row):
    r = rec(row + "\nWartość projektu: | 1 200 000,00 zł\n")
    assert (r["start_date"], r["end_date"]) == ("2016-01-01", "2021-12-31")


@pytest.mark.parametrize(
    "row",
    [
        "Program: | 2014 - 2020",
        "Perspektywa finansowa: | 2014 - 2020",
        "Okres programowania: 2014 - 2020",
    ],
)
def test_year_range_after_another_label_is_not_the_period(row):
    r = rec(row + "\nWartość projektu: | 1 200 000,00 zł\n")
    assert (r["start_date"], r["end_date"]) == (None, None)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("gmina pozyskała aż 1 097012 zł na projekt", "1097012"),
        ("dofinansowanie: 2 500000,50 zł", "2500000.50"),
        ("otrzymała 3 120000 zł z EFS", "3120000"),
        ("wartość 1 097 012 zł", "1097012"),
    ],
)
def test_amount_with_the_thousands_space_left_out(text, value):
    from decimal import Decimal

    assert [m.value for m in find_money(text)] == [Decimal(value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("wartość 97012 zł", "97012"),
        ("kwota 1097012 zł", "1097012"),
        ("koszt 12 500 zł", "12500"),
        ("w roku 2021 przyznano 150000 zł", "150000"),
    ],
)
def test_amounts_without_that_slip_keep_their_reading(text, value):
    from decimal import Decimal

    assert [m.value for m in find_money(text)] == [Decimal(value)]


def test_spaced_off_millions_as_the_co_financing():
    r = rec(
        "Z Regionalnego Programu Operacyjnego Województwa Łódzkiego 2014-2020 gmina pozyskała "
        "aż 1 097012 zł na projekt. Realizacja potrwa od 1 stycznia 2021 r. do 30 czerwca 2022."
    )
    assert r["eu_cofinancing_pln"] == 1097012.0
    assert (r["start_date"], r["end_date"]) == ("2021-01-01", "2022-06-30")


# ------------------------------------------------ an amount set off between two dashes

TOTAL = "Przedsięwzięcie ma kosztować około 3,2 mln zł. "


@pytest.mark.parametrize(
    "text",
    [
        "Większość tej sumy – ponad 2,1 mln zł – pokryje dofinansowanie z regionalnego programu.",
        "Większość – ponad 2,1 mln zł – to dofinansowanie z RPO.",
        "Największą część – 2,1 mln zł – stanowi dofinansowanie z EFS.",
        "Lwią część – około 2,1 mln zł – przekaże Unia Europejska w formie dofinansowania.",
    ],
)
def test_amount_between_dashes_takes_the_label_after_them(text):
    r = rec(TOTAL + text)
    assert (r["total_cost_pln"], r["eu_cofinancing_pln"]) == (3200000.0, 2100000.0)


@pytest.mark.parametrize(
    "text",
    [
        # a list of labels and figures joined by dashes: the next label is not this figure's
        "Wkład własny – 200 000 zł – dofinansowanie – 2 100 000 zł.",
        # after the closing dash a noun, not a verb: no aside
        "Środki gminy – 200 000 zł – dotacja z EFS: 2 100 000 zł.",
    ],
)
def test_dashes_between_labelled_figures_are_not_an_aside(text):
    r = rec(TOTAL + text)
    assert (r["eu_cofinancing_pln"], r["own_contribution_pln"]) == (2100000.0, 200000.0)


# ------------------------------------------------ families counted, their persons in brackets (no cue verb)


@pytest.mark.parametrize(
    ("text", "planned"),
    [
        ("Wsparcie 16 rodzin (80 osób: 48 kobiet, 32 mężczyzn).", 80),
        ("Wsparcie 16 rodzin (80 osób).", 80),
        ("Wsparcie dla 12 rodzin, tj. 45 osób.", 45),
        ("Pomoc dla 20 rodzin, czyli 70 osób, w codziennym funkcjonowaniu.", 70),
    ],
)
def test_persons_of_the_families_are_the_plan_without_a_cue_verb(text, planned):
    r = rec(text + "\nWartość projektu: 500 000 zł.\n")
    assert r["participants_planned"] == planned


def test_persons_of_the_families_keep_their_split():
    r = rec(
        "Wsparcie 16 rodzin (80 osób: 48 kobiet, 32 mężczyzn).\nWartość projektu: 500 000 zł.\n"
    )
    assert r["participants_planned_breakdown"] == {"kobiety": 48, "mężczyźni": 32}


def test_families_with_fewer_persons_after_them_stay_the_families():
    # a smaller count after the families is a part of them, not their persons
    r = rec("Wsparcie 16 rodzin (4 rodziny zastępcze).\nWartość projektu: 500 000 zł.\n")
    assert r["participants_planned"] == 16


@pytest.mark.parametrize(
    ("text", "planned"),
    [
        (
            "Gmina skaluje model wsparcia rodziny dla 16 rodzin dotkniętych dziedziczeniem "
            "ubóstwa, w których jest łącznie 80 osób (48 kobiet i 32 mężczyzn).",
            80,
        ),
        ("Projekt obejmie 12 rodzin z terenu gminy Pajęczno, w których mieszka 47 osób.", 47),
        ("Wsparciem objętych zostanie 9 rodzin z trzech sołectw, w których łącznie 31 osób.", 31),
    ],
)
def test_persons_in_a_relative_clause_of_the_families(text, planned):
    r = rec(text + "\nWartość projektu: 500 000 zł.\n")
    assert r["participants_planned"] == planned


@pytest.mark.parametrize(
    "text",
    [
        # children raised in the families are not all their persons
        "Projekt obejmie 12 rodzin z terenu gminy, w których wychowuje się 30 dzieci.",
        # another activity's count, not the families' persons
        "Projekt obejmie 12 rodzin z terenu gminy, a w szkoleniach weźmie udział 30 osób.",
    ],
)
def test_other_counts_after_the_families_are_not_their_persons(text):
    r = rec(text + "\nWartość projektu: 500 000 zł.\n")
    assert r["participants_planned"] == 12
