"""Budget, date and programme families read since the sixteenth session, each on wordings written
for this test (not copied from any labelled page): the co-financing named as EU money and the
state budget together ("ze środków EFS i budżetu państwa w kwocie …"), an amount in brackets with
its role after the bracket, the local government's share as the own contribution ("wkład gminy"),
and a body's own budget ("budżet gminy") that is not the project's."""

from __future__ import annotations

import pytest

from integra.extract import extract_text

HEAD = "Miejski Ośrodek Pomocy Społecznej w Brzezinach realizuje projekt „Krok do przodu”. "


def rec(text: str) -> dict:
    return extract_text(text, "sixteenth.txt")[0]


def money(text: str) -> tuple:
    r = rec(HEAD + text)
    return r["total_cost_pln"], r["eu_cofinancing_pln"], r["own_contribution_pln"]


# ------------------------------------------------ EU money and the state budget as one co-financing


@pytest.mark.parametrize(
    "text",
    [
        "Projekt jest współfinansowany ze środków EFS i budżetu państwa w kwocie 1 100 000,00 zł. "
        "Całkowita wartość projektu to 1 250 000,00 zł.",
        "Całkowita wartość projektu to 1 250 000,00 zł. Dofinansowanie ze środków Unii "
        "Europejskiej oraz budżetu państwa wynosi 1 100 000,00 zł.",
        "Wartość projektu: 1 250 000,00 zł. Dofinansowanie z EFS i z budżetu państwa: "
        "1 100 000,00 zł.",
        "Całkowita wartość projektu to 1 250 000,00 zł, a dofinansowanie z Europejskiego Funduszu "
        "Społecznego i budżetu państwa wyniosło łącznie 1 100 000,00 zł.",
    ],
)
def test_eu_and_state_budget_named_together_are_the_co_financing(text):
    assert money(text)[:2] == (1_250_000, 1_100_000)


def test_eu_and_state_budget_together_without_a_total():
    text = (
        "Projekt jest dofinansowany ze środków EFS oraz budżetu państwa na kwotę 1 100 000,00 zł."
    )
    assert money(text) == (None, 1_100_000, None)


@pytest.mark.parametrize(
    "text",
    [
        # the state budget's own share is no EU money
        "Wartość projektu wynosi 1 250 000,00 zł. Projekt współfinansowany z budżetu państwa w "
        "kwocie 150 000,00 zł.",
        "Całkowita wartość projektu to 1 250 000,00 zł, z czego 150 000,00 zł to środki z budżetu "
        "państwa.",
        # two sources, each with its own amount: the second is the state budget's alone
        "Wartość projektu to 1 250 000,00 zł. Ze środków EFS pochodzi 1 000 000,00 zł, a z budżetu "
        "państwa 150 000,00 zł.",
    ],
)
def test_the_state_budget_alone_is_not_the_co_financing(text):
    total, eu, _ = money(text)
    assert total == 1_250_000
    assert eu != 150_000


# ------------------------------------------------ an amount in brackets, its role after the bracket


@pytest.mark.parametrize(
    "text",
    [
        "Wartość projektu wynosi 1 250 000,00 zł, z czego 85% (1 062 500,00 zł) stanowi "
        "dofinansowanie z Unii Europejskiej.",
        "Wartość projektu wynosi 1 250 000,00 zł, z czego 85% (1 062 500,00 zł) to środki UE.",
        "Wartość projektu wynosi 1 250 000,00 zł, w tym 85% (1 062 500,00 zł) pochodzi z EFS.",
    ],
)
def test_an_amount_in_brackets_takes_the_role_said_after_it(text):
    assert money(text)[:2] == (1_250_000, 1_062_500)


# ------------------------------------------------ the local government's share


@pytest.mark.parametrize(
    "text",
    [
        "Całkowita wartość projektu to 1 250 000,00 zł, dofinansowanie 1 062 500,00 zł, wkład "
        "gminy 187 500,00 zł.",
        "Budżet projektu: 1 250 000,00 zł, w tym środki gminy: 187 500,00 zł.",
        "Wartość projektu wynosi 1 250 000,00 zł, a 187 500,00 zł to wkład finansowy powiatu.",
        "Wartość projektu wynosi 1 250 000,00 zł. Wkład własny Miasta wynosi 187 500,00 zł.",
    ],
)
def test_the_local_governments_share_is_the_own_contribution(text):
    total, _, own = money(text)
    assert (total, own) == (1_250_000, 187_500)


@pytest.mark.parametrize(
    "text",
    [
        # a body's own budget, not the project's
        "Wartość projektu wynosi 1 250 000,00 zł. Budżet gminy na pomoc społeczną wynosi "
        "12 000 000 zł.",
        "Wartość projektu wynosi 1 250 000,00 zł. Z budżetu gminy pokryto 187 500,00 zł.",
        "Wartość projektu wynosi 1 250 000,00 zł. Gmina przeznaczyła w tym roku z budżetu gminy "
        "50 000 zł na dożywianie dzieci.",
    ],
)
def test_a_bodys_own_budget_is_not_the_projects_total(text):
    total, eu, own = money(text)
    assert (total, eu, own) == (1_250_000, None, None)


def test_the_projects_budget_is_still_its_total():
    assert money("Budżet projektu wynosi 1 250 000,00 zł.")[0] == 1_250_000
    assert money("Projekt ma budżet 1 250 000,00 zł.")[0] == 1_250_000
