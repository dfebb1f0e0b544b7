"""Rules of the twenty-second session, from the misses of the fresh dev part rc_zd. Every wording is
written for these tests, not copied from a page; each rule has near-misses it must not take."""

from __future__ import annotations

import pytest

from integra.extract import extract_text


def rec(text: str) -> dict:
    return extract_text(text, "twentysecond_zd.txt")[0]


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
