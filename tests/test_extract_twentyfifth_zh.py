"""Rules of the twenty-fifth session, from the misses of the fresh dev part rc_zh. Every wording is
written for these tests, not copied from a page; each rule has near-misses it must not take."""

from __future__ import annotations

import pytest

from integra.extract import extract_text


def rec(text: str) -> dict:
    return extract_text(text, "twentyfifth_zh.txt")[0]


# -- a quoted name right after "Projekt współfinansowany ze środków UE" ------------------------------


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "Wycieczka do Krakowa\nOpublikowano: 12.05.2021\n"
            "Projekt współfinansowany ze środków UE „Świetlica Promyk w Gminie Lipnik”, w ramach "
            "Regionalnego Programu Operacyjnego Województwa Małopolskiego na lata 2014-2020.\n"
            "W sobotę dzieci pojechały do Krakowa.",
            "Świetlica Promyk w Gminie Lipnik",
        ),
        (
            "Dzień Babci i Dziadka w klubie\n"
            "Projekt dofinansowany ze środków Unii Europejskiej „Aktywni seniorzy z Gminy Brzozów”.\n"
            "Seniorzy przygotowali występ dla wnuków.",
            "Aktywni seniorzy z Gminy Brzozów",
        ),
        (
            "Piknik rodzinny nad jeziorem\n"
            "Projekt współfinansowany ze środków Unii Europejskiej w ramach Europejskiego Funduszu "
            "Społecznego „Rodzina w centrum – Gmina Wielka Wieś”.\n"
            "W pikniku wzięło udział kilkanaście rodzin.",
            "Rodzina w centrum – Gmina Wielka Wieś",
        ),
        (
            "Zajęcia plastyczne w placówce\n"
            "Projekt jest współfinansowany z EFS „Razem w przyszłość”, Regionalny Program Operacyjny "
            "Województwa Podkarpackiego na lata 2014-2020.\n"
            "Dzieci malowały pisanki.",
            "Razem w przyszłość",
        ),
    ],
)
def test_a_quoted_name_after_a_funded_project_is_its_title(text: str, title: str) -> None:
    assert rec(text)["title"] == title


@pytest.mark.parametrize(
    "text, not_title",
    [
        # national money, not the EU's: the funding phrase names no EU project
        (
            "Spotkanie integracyjne seniorów\n"
            "Projekt współfinansowany ze środków PFRON „Pomocna dłoń dla seniora”.\n"
            "W spotkaniu wzięło udział 30 osób.",
            "Pomocna dłoń dla seniora",
        ),
        # a task, not a project, is funded
        (
            "Remont drogi gminnej zakończony\n"
            "Zadanie współfinansowane ze środków UE „Przebudowa drogi w Łące”.\n"
            "Wykonawca oddał drogę do użytku.",
            "Przebudowa drogi w Łące",
        ),
        # the sentence ends before the quote: a quoted saying, not the project's name
        (
            "Festyn w świetlicy\n"
            "Projekt współfinansowany ze środków UE. „Dzieci są najważniejsze” – mówiła dyrektor.\n"
            "Festyn odbył się w sobotę.",
            "Dzieci są najważniejsze",
        ),
    ],
)
def test_a_quote_without_an_eu_funded_project_before_it_is_not_taken(
    text: str, not_title: str
) -> None:
    assert rec(text).get("title") != not_title


# -- a firm without a legal form, named after "firma" and a run verb -------------------------------


@pytest.mark.parametrize(
    "text, implementer",
    [
        (
            "Projekt prowadzi firma ABC Szkolenia Jan Nowak\n\n"
            "pt.: „Razem po zmianę”\n\nOkres realizacji projektu: 01.03.2020 - 31.08.2020 r.",
            "ABC Szkolenia Jan Nowak",
        ),
        (
            "Projekt „Nowe horyzonty” realizowany przez firmę Edukator Anna Kowalska, okres "
            "realizacji projektu 01.05.2019 - 31.10.2019 r.",
            "Edukator Anna Kowalska",
        ),
        (
            "Realizatorem projektu jest firma Progres Consulting Tomasz Wójcik z Torunia. Projekt "
            "trwa od 01.02.2021 do 30.11.2021 r.",
            "Progres Consulting Tomasz Wójcik",
        ),
        (
            "Od 1 kwietnia 2019 r. projekt „Krok naprzód” będzie realizowała firma PROMYK Ewa "
            "Zielińska. Projekt trwa do 30.09.2019 r.",
            "PROMYK Ewa Zielińska",
        ),
    ],
)
def test_a_firm_said_to_run_the_project_is_its_implementer(text: str, implementer: str) -> None:
    assert rec(text)["implementer"] == implementer


@pytest.mark.parametrize(
    "text",
    [
        # a contractor running the project's classes, not the project
        "Projekt „Razem raźniej” trwa od 01.03.2020 do 31.08.2020 r. Zajęcia poprowadzi firma "
        "Edukator Anna Nowak.",
        # a firm that signs a contract, with no run verb
        "Projekt „Razem raźniej” trwa od 01.03.2020 do 31.08.2020 r. Gmina podpisała umowę z "
        "firmą Edukator Anna Nowak na dowóz uczestników.",
        # no name after "firma": a lowercase description
        "Projekt „Razem raźniej” trwa od 01.03.2020 do 31.08.2020 r. Projekt realizuje firma "
        "zewnętrzna wybrana w przetargu.",
    ],
)
def test_a_firm_that_does_not_run_the_project_is_not_its_implementer(text: str) -> None:
    got = rec(text).get("implementer") or ""
    assert "Edukator" not in got and "zewnętrzna" not in got
