"""Instruments (the twentieth session): whole classes of look-alikes that are no form of support on
unseen pages. Every wording is written for these tests, not copied from a page."""

from __future__ import annotations

import pytest

from integra.extract import extract_text

HEAD = "Projekt realizuje Ośrodek Pomocy Społecznej w Łasku od marca 2019 r. do lutego 2021 r.\n\n"


def inst(text: str) -> list[str]:
    return extract_text(HEAD + text, "twentieth.txt")[0]["instruments"]


@pytest.mark.parametrize(
    "text",
    [
        "Rada Gminy przyjęła uchwałę o udziale w projekcie „Gminny Klub Integracji Społecznej w Łasku”.",
        "Wójt podpisał umowę na realizację projektu „Praca socjalna bliżej rodziny”.",
        "Starosta ogłosił nabór do projektu „Staże zawodowe dla młodych” w ramach programu.",
    ],
)
def test_a_lexicon_form_inside_a_quoted_title_is_the_title_not_the_support(text: str) -> None:
    assert inst(text) == []


@pytest.mark.parametrize(
    "text, items",
    [
        (
            "W ramach projektu uczestnicy wezmą udział w Klubie Integracji Społecznej.",
            ["Klub Integracji Społecznej"],
        ),
        ("Uczestnicy zostaną objęci pracą socjalną w ramach projektu „Razem”.", ["praca socjalna"]),
        ("W ramach projektu „Razem” uczestnicy odbędą staże zawodowe.", ["staże zawodowe"]),
    ],
)
def test_a_lexicon_form_outside_the_quoted_title_is_kept(text: str, items: list[str]) -> None:
    assert inst(text) == items
