"""Rules of the twenty-second session, from the misses of the fresh dev part rc_zd. Every wording is
written for these tests, not copied from a page; each rule has near-misses it must not take."""

from __future__ import annotations

import pytest

from integra.extract import extract_text


def rec(text: str) -> dict:
    return extract_text(text, "twentysecond_zd.txt")[0]


# -- a place's own name that is also another town's locative ("Gmina Jaworze", not Jawor) ----------


@pytest.mark.parametrize(
    "text",
    [
        "Gmina Jaworze realizuje projekt „Razem dla seniorów”, dofinansowany z EFS kwotą 210 000 zł.",
        "Projekt „Aktywny senior” prowadzi Urząd Gminy Jaworze; jego wartość to 150 000,00 zł.",
        "Jaworze – Klub Seniora. Gmina Jaworze otrzymała 95 000 zł dofinansowania z funduszy "
        "europejskich na projekt „Klub pod Jaworem”.",
    ],
)
def test_a_gminas_own_name_is_that_gmina_not_a_towns_locative(text: str) -> None:
    r = rec(text)
    assert r["city"] == "Jaworze"
    assert r["voivodeship"] == "śląskie"


@pytest.mark.parametrize(
    "text",
    [
        "Miejski Ośrodek Pomocy Społecznej w Jaworze realizuje projekt „Razem dla seniorów”, "
        "dofinansowany z EFS kwotą 210 000 zł.",
        "Projekt „Aktywny senior” prowadzi Ośrodek Pomocy Społecznej w Jaworze; jego wartość to "
        "150 000,00 zł.",
    ],
)
def test_after_w_the_form_is_still_the_towns_locative(text: str) -> None:
    r = rec(text)
    assert r["city"] == "Jawor"
    assert r["voivodeship"] == "dolnośląskie"


# -- the misspelt level word "Podziałanie 9.2.1" ----------------------------------------------------


@pytest.mark.parametrize(
    "text, code",
    [
        (
            "Projekt „Razem” realizuje OPS w Kielcach w ramach Osi 9, Działanie 9.2, Podziałanie 9.2.1 "
            "Rozwój wysokiej jakości usług społecznych. Wartość: 100 000 zł.",
            "9.2.1",
        ),
        (
            "Projekt „Razem” realizuje OPS w Kielcach (RPO WŚ, Podziałanie 9.1.1). Wartość: 100 000 zł.",
            "9.1.1",
        ),
        (
            "Projekt „Razem” realizuje OPS w Kielcach; Podziałania 8.3.2 dotyczy nabór. Wartość: 100 000 zł.",
            "8.3.2",
        ),
    ],
)
def test_the_misspelt_submeasure_word_names_the_submeasure(text: str, code: str) -> None:
    assert rec(text)["submeasure"] == code


def test_a_division_of_tasks_is_no_submeasure() -> None:
    r = rec(
        "Projekt „Razem” realizuje OPS w Kielcach; podział zadań 9.2 między partnerów opisano "
        "w umowie. Wartość: 100 000 zł."
    )
    assert r["submeasure"] is None


# -- the implementation period stands for the project in a centre's count ---------------------------


@pytest.mark.parametrize(
    "text, n",
    [
        (
            "Projekt „Nowy start” dobiegł końca. Przez cały okres realizacji MOPS objął wsparciem łącznie "
            "412 osób.",
            412,
        ),
        (
            "Projekt „Nowy start” zakończył się w grudniu 2014 r. W czasie realizacji Ośrodek objął "
            "wsparciem 95 osób.",
            95,
        ),
        (
            "Zakończyliśmy projekt „Nowy start”. W trakcie realizacji GOPS objął wsparciem 64 osoby.",
            64,
        ),
    ],
)
def test_a_centres_count_in_the_implementation_period_is_the_projects(text: str, n: int) -> None:
    assert rec(text)["participants_actual"] == n


def test_a_centres_yearly_caseload_is_still_not_the_projects() -> None:
    r = rec(
        "Projekt „Nowy start” realizuje MOPS w Radomiu; jego wartość to 250 000 zł. W 2019 roku "
        "Ośrodek objął pomocą społeczną 3100 osób."
    )
    assert r["participants_actual"] is None and r["participants_planned"] is None
