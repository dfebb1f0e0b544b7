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
