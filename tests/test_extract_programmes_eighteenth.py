"""Eighteenth session: cross-border (Interreg) programmes, on wordings written for these tests.

The realcorpus README's case 4 settles a programme named without years: a programme that exists in
one period only gives that period. Interreg's generation says it: IV-A 2007-2013, V-A 2014-2020,
VI-A 2021-2027. A cross-border programme named by its countries alone ("Interreg Polska – Saksonia")
ran in several periods and gives none; a stated year span still gives its period.
"""

from __future__ import annotations

import pytest

from integra.extract import extract_text
from integra.extract.rules import programme_period_of


def rec(text: str) -> dict:
    return extract_text(text, "programmes18.txt")[0]


@pytest.mark.parametrize(
    ("text", "programme", "period"),
    [
        (
            "Projekt „Razem na pograniczu” realizuje Gminny Ośrodek Pomocy Społecznej w Jabłonce "
            "w ramach Programu Współpracy Transgranicznej Interreg V-A Polska – Słowacja. "
            "Wartość projektu wynosi 180 000,00 zł.",
            "Program Współpracy Transgranicznej Interreg V-A Polska – Słowacja",
            "2014-2020",
        ),
        (
            "Ośrodek Pomocy Społecznej w Słubicach prowadzi mikroprojekt współfinansowany z programu "
            "INTERREG V A Brandenburgia-Polska. Projekt potrwa od 1 marca 2018 r. do 28 lutego 2019 r.",
            "INTERREG V A Brandenburgia-Polska",
            "2014-2020",
        ),
        (
            "Miejski Ośrodek Pomocy Społecznej w Gubinie realizował projekt „Sąsiad w potrzebie” "
            "w ramach Programu Współpracy Transgranicznej INTERREG IV-A. Koszt: 95 000 zł.",
            "Program Współpracy Transgranicznej INTERREG IV-A",
            "2007-2013",
        ),
        (
            'The Municipal Social Welfare Centre in Cieszyn runs the project "Neighbours" co-financed '
            "under the Interreg VI-A Czech Republic – Poland programme. Project value: PLN 300,000.00.",
            "Interreg VI-A",
            "2021-2027",
        ),
        (
            "Gmina Zgorzelec realizuje projekt „Opieka bez granic” dofinansowany w ramach Programu "
            "Interreg Polska-Saksonia 2014-2020. Okres realizacji: 01.04.2019 - 31.03.2021.",
            "Program Interreg Polska-Saksonia 2014-2020",
            "2014-2020",
        ),
    ],
)
def test_interreg_named_gives_its_generations_period(text, programme, period):
    r = rec(text)
    assert r["programme"] == programme
    assert r["programme_period"] == period


def test_interreg_by_countries_alone_gives_no_period():
    r = rec(
        "Miejski Ośrodek Pomocy Społecznej w Zgorzelcu realizuje projekt „Sąsiedzi bez barier” "
        "dofinansowany z programu Interreg Polska – Saksonia. Wartość projektu: 120 000 zł."
    )
    assert r["programme"] == "Interreg Polska – Saksonia"
    assert r["programme_period"] is None


@pytest.mark.parametrize(
    ("name", "period"),
    [
        ("Interreg V-A Polska-Słowacja", "2014-2020"),
        ("Interreg V–A Litwa-Polska", "2014-2020"),
        ("INTERREG IV A Polska-Saksonia", "2007-2013"),
        ("Interreg VI-A Polska-Słowacja", "2021-2027"),
        ("Interreg Polska-Słowacja", None),
    ],
)
def test_programme_period_of_interreg(name, period):
    assert programme_period_of(name) == period


def test_cross_border_cooperation_without_interreg_is_no_programme_name():
    # "Program Współpracy Transgranicznej Litwa – Polska" names no Interreg generation and no years
    r = rec(
        "Projekt partnerski gminy Sejny realizowany był w ramach Programu Współpracy "
        "Transgranicznej Litwa – Polska. Pomoc dla rodzin z terenu gminy."
    )
    assert r["programme_period"] is None
