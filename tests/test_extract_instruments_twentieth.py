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


@pytest.mark.parametrize(
    "text",
    [
        "Cele szczegółowe projektu:\n- poprawa dostępu seniorów do usług opiekuńczych oraz wsparcia "
        "psychologicznego\n- wzrost liczby rodzin objętych poradnictwem rodzinnym",
        "Oczekiwane efekty:\n- 20 rodzin obejmie wsparciem asystent rodziny\n- zwiększenie liczby "
        "osób korzystających z usług opiekuńczych",
        "Rezultaty:\n- mniejsza izolacja seniorów, którzy skorzystają z usług opiekuńczych i "
        "dziennego pobytu\n- lepsza opieka nad osobami zależnymi",
        "Cele szczegółowe:\n- zwiększenie liczby osób korzystających z usług opiekuńczych\n- 30 "
        "rodzin obejmie wsparciem asystent rodziny",
        (  # every rule's reading of it (here the lexicon's) goes, not only the enumeration's
            "Rezultaty projektu:\n- 40 osób skorzysta z poradnictwa psychologicznego i prawnego\n"
            "- 25 osób ukończy kursy zawodowe"
        ),
    ],
)
def test_an_item_of_a_list_of_aims_or_results_names_no_support(text: str) -> None:
    assert inst(text) == []


@pytest.mark.parametrize(
    "text, items",
    [
        (  # the means in a result's item stay (settled convention 6)
            "Rezultaty projektu:\n- większa aktywność seniorów dzięki udziałowi w warsztatach "
            "kulinarnych\n- lepsze kompetencje rodziców poprzez treningi umiejętności wychowawczych",
            ["warsztaty kulinarne", "treningi umiejętności wychowawczych"],
        ),
        (  # a list under a heading of planned support
            "Zaplanowano:\n- 40 osób skorzysta z poradnictwa psychologicznego i prawnego\n- 25 osób "
            "ukończy kursy zawodowe",
            ["poradnictwo psychologiczne", "poradnictwo prawne", "kursy zawodowe"],
        ),
    ],
)
def test_support_in_a_list_of_results_by_its_means_or_under_a_plan(
    text: str, items: list[str]
) -> None:
    assert inst(text) == items


@pytest.mark.parametrize(
    "text, items",
    [
        (
            "Uczestnicy wezmą udział w projekcie pn. „Aktywni poprzez warsztaty i staże”, a w nim "
            "skorzystają z poradnictwa zawodowego.",
            ["poradnictwo zawodowe"],
        ),
        (
            "Rodzice wezmą udział w projekcie „Razem”, czyli w warsztatach kompetencji wychowawczych.",
            ["warsztaty kompetencji wychowawczych"],
        ),
        (  # a quoted name that is no title stays part of the form
            "Mieszkańcy skorzystają z zajęć „Bezpieczny Senior” i kursów komputerowych.",
            ["zajęcia „Bezpieczny Senior”", "kursy komputerowe"],
        ),
    ],
)
def test_a_quoted_title_is_not_read_as_an_enumeration(text: str, items: list[str]) -> None:
    assert inst(text) == items
