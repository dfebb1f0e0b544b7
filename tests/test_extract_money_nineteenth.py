"""Budget amounts read since the nineteenth session, each on wordings written for this test (not
copied from any labelled page):

- the amount of a signed grant agreement ("wójt podpisał umowę na kwotę 845 120,50 zł na
  realizację projektu") is the co-financing; "umowa opiewa na kwotę" stays the total;
- a price paid to a supplier right after its amount ("umowę na kwotę 77 000 zł z firmą
  cateringową") takes no budget role;
- money summed over several projects counted in its own sentence or the one before ("Wsparcie
  otrzymało 14 inicjatyw. Ich łączna wartość …", "złożyła 12 wniosków, a 5 z nich otrzymało …")
  is no project's budget.
"""

from __future__ import annotations

import pytest

from integra.extract import extract_text

HEAD = (
    "Ośrodek Pomocy Społecznej w Kórniku realizuje projekt „Razem w Gminie” w ramach Regionalnego "
    "Programu Operacyjnego Województwa Wielkopolskiego 2014-2020.\n"
)


def _money(text: str) -> tuple:
    rec = extract_text(HEAD + text)[0]
    return (
        rec["total_cost_pln"],
        rec["total_cost_qualifier"],
        rec["eu_cofinancing_pln"],
        rec["own_contribution_pln"],
    )


@pytest.mark.parametrize(
    ("text", "eu"),
    [
        ("Burmistrz podpisał umowę na kwotę 845 120,50 zł na realizację projektu.", 845120.5),
        ("Dyrektor ośrodka zawarła umowę na kwotę 300 000 zł.", 300000.0),
        (
            "W imieniu gminy wójt podpisał wczoraj umowę na kwotę 1 009 000,00 zł na realizację "
            "zadania.",
            1009000.0,
        ),
    ],
)
def test_signed_agreement_amount_is_the_grant(text: str, eu: float) -> None:
    total, qualifier, got_eu, own = _money(text)
    assert got_eu == eu
    assert total is None and qualifier is None and own is None


def test_signed_agreement_beside_the_total() -> None:
    text = (
        "Wójt podpisał umowę na kwotę 845 120,50 zł na realizację projektu. Całkowita wartość "
        "projektu to 900 000,00 zł."
    )
    assert _money(text) == (900000.0, "exact", 845120.5, None)


def test_agreement_that_amounts_to_is_still_the_total() -> None:
    assert _money("Umowa opiewa na kwotę 845 120,50 zł.") == (845120.5, "exact", None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Podpisano umowę na kwotę 77 000 zł z firmą cateringową.",
        "Ośrodek zawarł umowę na kwotę 12 500,00 zł z wykonawcą remontu świetlicy.",
    ],
)
def test_price_paid_to_a_supplier_is_no_budget_figure(text: str) -> None:
    assert _money(text) == (None, None, None, None)


def test_total_and_grant_both_stated_still_read() -> None:
    text = "Projekt o wartości 1 500 000 zł uzyskał dofinansowanie w wysokości 1 275 000 zł."
    assert _money(text) == (1500000.0, "exact", 1275000.0, None)


@pytest.mark.parametrize(
    "text",
    [
        "Pomoc otrzymało 14 inicjatyw w regionie. Ich łączna wartość przekracza 40 mln zł, a "
        "prawie 30 mln zł z tej kwoty to dofinansowanie z UE.",
        "Gmina złożyła 12 wniosków o dofinansowanie, a 5 z nich otrzymało wsparcie z UE w "
        "wysokości 18,4 mln zł.",
        "Zarząd województwa wybrał 9 projektów.\n\nIch łączna wartość to 12 mln zł.",
    ],
)
def test_money_of_several_projects_takes_no_role(text: str) -> None:
    assert _money(text) == (None, None, None, None)


def test_own_project_after_a_count_of_projects_still_read() -> None:
    text = (
        "Zarząd województwa wybrał 9 projektów. Wartość naszego projektu wynosi 480 000 zł, z "
        "tej kwoty 456 000 zł to dofinansowanie z UE."
    )
    assert _money(text) == (480000.0, "exact", 456000.0, None)


def test_parts_of_the_own_total_still_read() -> None:
    text = "Wartość projektu to 1 000 000 zł. Z tej kwoty 850 000 zł to dofinansowanie z UE."
    assert _money(text) == (1000000.0, "exact", 850000.0, None)
