"""A project's start and end from the words before a date (integra/extract/date_roles.py,
data/date_roles.yaml) and period values in more shapes. Wordings are our own."""

from __future__ import annotations

import pytest

from integra.extract import extract_text
from integra.extract.date_roles import role_of, roles_in
from integra.extract.dates import find_dates, find_ranges

_FACT = "\nWartość projektu: 310 000,00 zł.\n"


def rec(text: str) -> dict:
    return extract_text(text + _FACT, "roles.txt")[0]


@pytest.mark.parametrize(
    "text, start, end",
    [
        # the end said by a label noun, a few words before its date
        (
            "Projekt prowadzimy od 1 lutego 2022 r. Zakończenie realizacji projektu przewidziano na "
            "31 stycznia 2024 r.",
            "2022-02-01",
            "2024-01-31",
        ),
        (
            "Planowany termin rozpoczęcia: 02.05.2022\nPlanowany termin zakończenia: 30.04.2024",
            "2022-05-02",
            "2024-04-30",
        ),
        # two labels in one line
        (
            "Data rozpoczęcia projektu 02.05.2022 Data zakończenia projektu 30.04.2024",
            "2022-05-02",
            "2024-04-30",
        ),
        (
            "Rozpoczęcie realizacji: 02.05.2022, zakończenie realizacji: 30.04.2024",
            "2022-05-02",
            "2024-04-30",
        ),
        # start verbs before the date
        (
            "Projekt rusza 2 maja 2022 r. i potrwa do 30 kwietnia 2024 r.",
            "2022-05-02",
            "2024-04-30",
        ),
        ("Centrum przystąpiło do realizacji projektu w maju 2022 r.", "2022-05-01", None),
        (
            "Powiat włączył się w realizację projektu we wrześniu 2021 r. jako partner.",
            "2021-09-01",
            None,
        ),
        # a period label's value: separators other than a dash, a line break after the dash
        ("Okres realizacji: 02.05.2022 / 30.04.2024", "2022-05-02", "2024-04-30"),
        ("Okres realizacji: 02.05.2022 r. ÷ 30.04.2024 r.", "2022-05-02", "2024-04-30"),
        ("Okres realizacji projektu\t02.05.2022\t30.04.2024", "2022-05-02", "2024-04-30"),
        ("Okres realizacji projektu: 02.05.2022 r. –\n30.04.2024 r.", "2022-05-02", "2024-04-30"),
        ("Realizacja: 02.05.2022r-30.04.2024r", "2022-05-02", "2024-04-30"),
        ("Okres realizacji: V.2022 – IV.2024", "2022-05-01", "2024-04-30"),
    ],
)
def test_start_and_end_said_before_their_dates(text, start, end):
    r = rec(text)
    assert (r["start_date"], r["end_date"]) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "Zakończenie rekrutacji: 15.03.2022 r.",
        "Zajęcia rozpoczną się 7 marca 2022 r.",
        "Termin zakończenia naboru wniosków: 15.03.2022",
        "Okres trwałości projektu kończy się 30.04.2026 r.",
    ],
)
def test_dates_of_other_things_are_no_start_or_end(text):
    r = rec(text)
    assert (r["start_date"], r["end_date"]) == (None, None)


def test_the_role_word_nearest_to_the_date_wins():
    assert role_of("Projekt rozpoczęty w 2021 r. potrwa do ", "projekt") == ("end", 2)
    assert role_of("Data zakończenia: ", "") == ("end", 3)
    assert role_of("Rozpoczęcie zajęć: ", "") is None
    assert [r for r, _, _ in roles_in("Start date: 1 May 2022; end date: 30 April 2024")] == [
        "start",
        "end",
    ]


def test_a_school_year_is_not_a_period_and_a_code_dash_is_no_date():
    assert find_ranges("w roku 2021/2022") == []
    assert [t.text for t in find_dates("umowa ABC-30.04.2024")] == []


@pytest.mark.parametrize(
    "text, start, end",
    [
        # editions listed one a line: the project runs from the first one's start to the last one's end
        (
            "Projekt prowadzimy w dwóch edycjach.\nI edycja: od 01.03.2021 r. do 28.02.2022 r.\n"
            "II edycja: od 01.03.2022 r. do 28.02.2023 r.",
            "2021-03-01",
            "2023-02-28",
        ),
        # stages in one sentence
        (
            "Projekt obejmuje trzy etapy: I etap 04.2020–03.2021, II etap 04.2021–03.2022, III etap 04.2022–09.2022.",
            "2020-04-01",
            "2022-09-30",
        ),
        # an application window is not the project's period; its end verb is
        (
            "Dodatek dla seniorów: wnioski przyjmujemy od 2 maja do 30 czerwca 2022 r. Działania projektu "
            "potrwają do 31 grudnia 2023 roku.",
            None,
            "2023-12-31",
        ),
    ],
)
def test_editions_and_other_windows(text, start, end):
    r = rec(text)
    assert (r["start_date"], r["end_date"]) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "Okres realizacji: 01.04.2020 r. – 31.03.2022 r. Aneksem nr 3 okres realizacji wydłużono do 30.09.2022 r.",
        "Okres realizacji: 01.04.2020 r. – 31.03.2022 r. (po zmianie: do 30.09.2022 r.)",
        "Project period: 1 April 2020 – 31 March 2022, extended until 30 September 2022.",
    ],
)
def test_an_extended_end_replaces_the_first_one(text):
    r = rec(text)
    assert (r["start_date"], r["end_date"]) == ("2020-04-01", "2022-09-30")


@pytest.mark.parametrize(
    "text, start, end",
    [
        # a predecessor's period is not the project's; the project's own, said after it, is
        (
            "Projekt jest kontynuacją projektu „Start” realizowanego od 1.03.2017 do 28.02.2019 r.",
            None,
            None,
        ),
        (
            "Projekt jest kontynuacją wcześniejszych działań i będzie realizowany od 1.03.2019 do 28.02.2021 r.",
            "2019-03-01",
            "2021-02-28",
        ),
        # one year as the project's whole run
        ("Projekt systemowy realizowany był w roku 2012.", "2012-01-01", "2012-12-31"),
        (
            "Projekt realizowany w latach 2012-2014 (w 2013 r. druga edycja).",
            "2012-01-01",
            "2014-12-31",
        ),
    ],
)
def test_a_predecessors_period_and_a_single_year(text, start, end):
    r = rec(text)
    assert (r["start_date"], r["end_date"]) == (start, end)


def test_two_different_ends_said_as_surely_give_none_and_a_problem():
    r = rec("Planowany termin zakończenia: 31.03.2022\nFaktyczny termin zakończenia: 30.06.2022")
    assert r["end_date"] is None
    assert "end_date ambiguous: 2022-03-31, 2022-06-30" in r["problems"]


def test_the_end_of_a_durability_period_far_back_in_its_sentence_is_not_the_projects():
    r = rec(
        "Projekt „Krok” został zakończony. Ośrodek informuje, że trwałość rezultatów zostanie zachowana "
        "po jego zakończeniu przez okres równy okresowi realizacji projektu (18 miesięcy, tj. do dnia "
        "30 listopada 2024 r.)."
    )
    assert r["end_date"] is None


@pytest.mark.parametrize(
    "text, start, end",
    [
        (
            "Nasza gmina jest beneficjentem programu Fundusze Europejskie dla Opolskiego 2021–2027.",
            None,
            None,
        ),
        ("Gmina korzysta ze środków RPO WO 2014-2020 od wielu lat.", None, None),
        # a project's own years are kept
        (
            "Projekt realizowany w latach 2014-2020 przez stowarzyszenie.",
            "2014-01-01",
            "2020-12-31",
        ),
    ],
)
def test_a_programmes_span_is_not_the_projects_period(text, start, end):
    r = rec(text)
    assert (r["start_date"], r["end_date"]) == (start, end)


def test_a_programme_name_with_a_lower_case_word_carries_its_period():
    r = rec("Pieniądze pochodzą z Regionalnego Programu operacyjnego Lubuskie 2020.")
    assert (r["programme"], r["programme_period"]) == (
        "Regionalny Program operacyjny Lubuskie 2020",
        "2014-2020",
    )
