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


# -- a sentence naming the project's methods of work names no forms of support ---------------------


@pytest.mark.parametrize(
    "text, kept, dropped",
    [
        (
            "Stowarzyszenie „Most” realizuje projekt „Razem w Lipnie” od 01.03.2024 do 31.12.2025 r. "
            "W projekcie zaplanowano warsztaty kulinarne.\n\n"
            "Stosowane metody to przede wszystkim rozmowy indywidualne, poradnictwo, konsultacje, "
            "szkolenia i profilaktyka.",
            ["warsztaty kulinarne"],
            ["poradnictwo", "konsultacje", "szkolenia"],
        ),
        (
            "Fundacja „Krok” prowadzi projekt „Nowy start” od 01.01.2024 do 30.06.2025 r. Uczestnicy "
            "skorzystają z treningu kompetencji społecznych.\n\n"
            "Metody wykorzystywane w projekcie to: coaching, doradztwo, konsultacje, kursy oraz "
            "edukacja.",
            ["trening kompetencji społecznych"],
            ["doradztwo", "konsultacje", "kursy"],
        ),
        (
            "Ośrodek Pomocy Społecznej w Wierzbinie realizuje projekt „Aktywni” od 01.02.2023 do "
            "31.12.2023 r. Dla uczestników przygotowano zajęcia z psychologiem.\n\n"
            "Metody pracy stosowane w projekcie obejmują poradnictwo, konsultacje i szkolenia.",
            ["zajęcia z psychologiem"],
            ["poradnictwo", "konsultacje", "szkolenia"],
        ),
    ],
)
def test_forms_named_as_methods_are_not_instruments(
    text: str, kept: list[str], dropped: list[str]
) -> None:
    got = [s.lower() for s in rec(text)["instruments"]]
    for item in kept:
        assert item in got
    for item in dropped:
        assert item not in got


@pytest.mark.parametrize(
    "text, kept",
    [
        # methods learnt in the classes: a sentence about the support, not the methods' list
        (
            "Fundacja „Krok” prowadzi projekt „Nowy start” od 01.01.2024 do 30.06.2025 r. Uczestnicy "
            "poznają metody radzenia sobie ze stresem podczas warsztatów psychologicznych i "
            "konsultacji prawnych.",
            ["warsztaty psychologiczne"],
        ),
        # a methods sentence before: the next sentence's forms stay
        (
            "Stowarzyszenie „Most” realizuje projekt „Razem w Lipnie” od 01.03.2024 do 31.12.2025 r. "
            "Stosowane metody to rozmowy i ćwiczenia. Uczestnicy skorzystają z poradnictwa "
            "zawodowego i szkoleń komputerowych.",
            ["poradnictwo zawodowe", "szkolenia komputerowe"],
        ),
    ],
)
def test_forms_outside_a_methods_sentence_are_kept(text: str, kept: list[str]) -> None:
    got = [s.lower() for s in rec(text)["instruments"]]
    for item in kept:
        assert item in got
