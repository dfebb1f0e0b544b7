"""Rules of the twenty-first session, from the misses of the fresh dev part rc_zb. Every wording is
written for these tests, not copied from a page; each rule has near-misses it must not take."""

from __future__ import annotations

import pytest

from integra.extract import extract_text

HEAD = "Projekt realizuje Ośrodek Pomocy Społecznej w Kcyni od marca 2020 r. do lutego 2022 r.\n\n"


def rec(text: str) -> dict:
    return extract_text(text, "twentyfirst.txt")[0]


def inst(text: str) -> list[str]:
    return rec(HEAD + text)["instruments"]


# -- the fund a project's money comes from is no form of support -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Projekt otrzymał wsparcie z Europejskiego Funduszu Społecznego w ramach Regionalnego "
        "Programu Operacyjnego – Warmia i Mazury, Oś 11.",
        "Gmina otrzymała wsparcie z Europejskiego Funduszu Społecznego – 500 tys. zł.",
        "Ośrodek uzyskał wsparcie ze środków unijnych – ponad 85 proc. kosztów.",
        "Stowarzyszenie otrzymało wsparcie z funduszy europejskich – to już trzecia dotacja.",
    ],
)
def test_support_from_a_fund_is_the_funding_not_a_form(text: str) -> None:
    assert inst(text) == []


@pytest.mark.parametrize(
    "text, item",
    [
        (
            "Uczestnicy otrzymają wsparcie psychologiczne i doradztwo zawodowe.",
            "wsparcie psychologiczne",
        ),
        ("Rodziny otrzymają wsparcie asystenta rodziny.", "wsparcie asystenta rodziny"),
    ],
)
def test_support_of_a_kind_or_a_person_is_still_a_form(text: str, item: str) -> None:
    assert item in inst(text)
