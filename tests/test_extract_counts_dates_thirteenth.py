"""Planned participants and project dates on unseen pages (issue 12, thirteenth session): person
nouns and plan verbs the counts missed, an event held "dla N osób" in the past, an end or a start
verb after its date, two years joined by "i", a day and month with a stray space, ranges of an
audit or a copyright line. Wordings are our own."""

from __future__ import annotations

import pytest

from integra.extract import extract_text
from integra.extract.date_roles import role_after
from integra.extract.dates import find_dates, find_ranges

_FACT = "\nWartość projektu: 310 000,00 zł.\n"


def rec(text: str) -> dict:
    return extract_text(text + _FACT, "thirteenth.txt")[0]


# ------------------------------------------------------------------ planned participants


@pytest.mark.parametrize(
    "text, planned",
    [
        # citizens are persons counted
        ("Projekt obejmie 12 obywateli Ukrainy mieszkających w naszej gminie.", 12),
        ("Wsparciem zostanie objętych 8 obywatelek Białorusi.", 8),
        # chosen in the recruitment: the plan
        ("Do udziału w projekcie zostanie wybranych 30 osób, o kolejności decydują kryteria.", 30),
        ("Spośród chętnych zostaną wybrane 24 osoby z terenu powiatu.", 24),
        ("W naborze zostanie zakwalifikowanych 45 uczestników projektu.", 45),
    ],
)
def test_planned_count_said_with_new_nouns_and_verbs(text: str, planned: int) -> None:
    assert rec(text)["participants_planned"] == planned


@pytest.mark.parametrize(
    "text",
    [
        # an event held or help handed out for N people, told in the past: not the plan
        "W ubiegłym miesiącu odbyły się dwa spotkania informacyjne dla 25 osób.",
        "Wolontariusze przekazali paczki z artykułami spożywczymi dla 140 osób.",
        "W maju zorganizowano wycieczkę dla 18 uczestników.",
    ],
)
def test_past_event_for_n_people_is_no_planned_count(text: str) -> None:
    assert rec("Projekt „Razem łatwiej” realizuje ośrodek. " + text)["participants_planned"] is None


def test_help_given_for_n_people_is_the_actual_count_when_no_other() -> None:
    r = rec("W grudniu ośrodek przekazał paczki świąteczne dla 210 osób.")
    assert r["participants_planned"] is None
    assert r["participants_actual"] == 210


def test_help_received_with_an_adjective_is_the_actual_count() -> None:
    r = rec("Pomoc rzeczową otrzymało 95 osób skierowanych przez ośrodek.")
    assert r["participants_actual"] == 95


@pytest.mark.parametrize(
    "text, planned",
    [
        # the project itself prepared for them, or the plan said in the future
        ("To projekt, który ośrodek przygotował dla 16 osób z niepełnosprawnością.", 16),
        ("Odbędą się warsztaty dla 22 osób, a projekt jest przeznaczony dla 22 osób.", 22),
    ],
)
def test_for_n_people_said_of_the_project_or_the_future_stays_planned(
    text: str, planned: int
) -> None:
    assert rec(text)["participants_planned"] == planned


# ------------------------------------------------------------------ dates


@pytest.mark.parametrize(
    "words, role",
    [
        (" r. dobiegła końca realizacja naszego projektu", "end"),
        (" roku zakończył się projekt „Aktywni”", "end"),
        (", zakończyła się realizacja projektu", "end"),
        (" ruszył projekt „Aktywni”", "start"),
        (" r. rozpoczęła się realizacja projektu", "start"),
        (" the project ended", "end"),
        (" r. zakończyła się rekrutacja", None),
        (" r. odbyło się spotkanie", None),
        (" dobiegły końca zajęcia", None),
    ],
)
def test_role_said_by_a_verb_after_the_date(words: str, role: str | None) -> None:
    assert role_after(words) == role


@pytest.mark.parametrize(
    "text, start, end",
    [
        # the end verb after its date
        (
            "Dnia 31 marca 2022 r. dobiegła końca realizacja projektu „Krok dalej” w naszej gminie.",
            None,
            "2022-03-31",
        ),
        (
            "15 stycznia 2021 r. rozpoczęła się realizacja projektu „Krok dalej”.",
            "2021-01-15",
            None,
        ),
        # a day and a month, a stray space, the year
        ("Projekt potrwa od 01.03. 2021 r. do 28.02.2023 r.", "2021-03-01", "2023-02-28"),
        ("W gminie projekt trwa od 01.09. 2020r do 31.08. 2022r.", "2020-09-01", "2022-08-31"),
        # two years in a row joined by "i"
        ("Projekt będzie realizowany w latach 2021 i 2022.", "2021-01-01", "2022-12-31"),
        # English "from … to …"
        ("The project will run from 2019 to 2022.", "2019-01-01", "2022-12-31"),
    ],
)
def test_project_dates_in_new_wordings(text: str, start: str | None, end: str | None) -> None:
    r = rec(text)
    assert (r["start_date"], r["end_date"]) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "Kontrola i audyt obejmują lata 2016-2018.",
        "Audyt objął okres od 01.01.2019 do 31.12.2020.",
        "Projekt „Krok dalej”. © Urząd Gminy 2005–2023 · Polityka prywatności",
        "Copyright 2010-2022 Ośrodek Pomocy Społecznej",
    ],
)
def test_audit_and_copyright_ranges_are_not_the_project_period(text: str) -> None:
    r = rec(text)
    assert (r["start_date"], r["end_date"]) == (None, None)


def test_years_joined_by_i_must_follow_each_other() -> None:
    assert find_ranges("w latach 2015 i 2018") == []
    assert find_ranges("w latach 2015 oraz 2016")[0].end.year == 2016


def test_day_month_with_a_stray_space_is_one_date() -> None:
    [tok] = find_dates("od 05.10. 2020 r.")
    assert str(tok.first_day()) == "2020-10-05"
    # a code's number with one digit is not a date
    assert [str(t.first_day()) for t in find_dates("Działanie 9.1. 2014-2020")] == [
        "2014-01-01",
        "2020-01-01",
    ]


# ------------------------------------------------------------------ more counts


def test_a_count_added_to_a_group_is_not_the_total() -> None:
    r = rec(
        "Celem projektu jest wsparcie 60 osób starszych. Jesienią przyjmiemy kolejnych 20 osób, "
        "tak by objąć wsparciem zakładaną liczbę 60 uczestników."
    )
    assert r["participants_planned"] == 60


@pytest.mark.parametrize(
    "text, planned",
    [
        ("Over two years the project is to reach 150 individuals in the district.", 150),
        ("The project aims to make care services available to 35 people with disabilities.", 35),
    ],
)
def test_english_plan_wordings(text: str, planned: int) -> None:
    assert rec(text)["participants_planned"] == planned


# ------------------------------------------------------------------ programmes


def test_regional_programme_with_a_dash_before_its_region() -> None:
    r = rec(
        "Projekt był współfinansowany ze środków EFS w ramach Regionalnego Programu "
        "Operacyjnego – Lubuskie 2020."
    )
    assert r["programme"] == "Regionalny Program Operacyjny – Lubuskie 2020"
    assert r["programme_period"] == "2014-2020"


@pytest.mark.parametrize(
    "text, period",
    [
        (
            "Ośrodek wydawał paczki w ramach Programu Operacyjnego Pomoc Żywnościowa 2014-2020.",
            "2014-2020",
        ),
        ("Bank Żywności zakończył realizację Programu FEAD w naszej gminie.", "2014-2020"),
        # a target group's description, not the page's programme
        ("Do projektu mogą przystąpić osoby korzystające z PO PŻ.", None),
    ],
)
def test_food_aid_programme_only_when_the_page_runs_under_it(text: str, period: str | None) -> None:
    assert rec(text)["programme_period"] == period


def test_food_aid_programme_gives_way_to_another_named() -> None:
    r = rec(
        "Projekt współfinansowany w ramach Regionalnego Programu Operacyjnego Województwa "
        "Opolskiego na lata 2014-2020. Uczestnikami mogą być osoby korzystające z Programu "
        "Operacyjnego Pomoc Żywnościowa."
    )
    assert r["programme"].startswith("Regionalny Program Operacyjny Województwa Opolskiego")


@pytest.mark.parametrize(
    "text, planned",
    [
        # participants counted in words, then what they will do (a future-tense verb)
        ("Trzydziestu uczestników najpierw przejdzie szkolenie, a później odbędzie staże.", 30),
        ("Dwudziestu pięciu uczestników odbędzie praktyki w lokalnych firmach.", 25),
        ("18 uczestniczek zdobędzie nowe kwalifikacje.", 18),
    ],
)
def test_participants_who_will_do_something_are_the_plan(text: str, planned: int) -> None:
    assert rec("Projekt „Nowy start” prowadzi ośrodek. " + text)["participants_planned"] == planned


def test_participants_who_did_something_are_not_the_plan() -> None:
    r = rec("Projekt „Nowy start” prowadzi ośrodek. Trzydziestu uczestników ukończyło szkolenie.")
    assert r["participants_planned"] is None


@pytest.mark.parametrize(
    "text, planned",
    [
        ("Celem głównym projektu jest aktywizacja 90 (54K) osób z terenu powiatu.", 90),
        ("Projekt obejmie 60 (36 K, 24 M) uczestników z gminy.", 60),
    ],
)
def test_a_count_with_the_sexes_in_parentheses_before_its_noun(text: str, planned: int) -> None:
    assert rec(text)["participants_planned"] == planned


@pytest.mark.parametrize(
    "text",
    [
        # something that runs since a date: not the project's start
        "Dzięki projektowi „Razem” od 2021 roku działa w gminie Klub Seniora.",
        "Od 1 października 2020 r. funkcjonują dwie świetlice, wsparte z projektu „Razem”.",
    ],
)
def test_running_since_a_date_is_no_project_start(text: str) -> None:
    assert rec(text)["start_date"] is None


def test_project_running_since_a_date_still_starts_then() -> None:
    assert rec("Projekt realizujemy od 1 marca 2020 r.")["start_date"] == "2020-03-01"


def test_a_budget_for_a_period_does_not_end_the_project() -> None:
    r = rec(
        "Projekt ruszył 1 lutego 2022 r. Budżet zaplanowany na okres do końca 2022 roku to 90 tys. zł."
    )
    assert (r["start_date"], r["end_date"]) == ("2022-02-01", None)


def test_a_project_with_a_budget_still_ends_when_it_says_so() -> None:
    r = rec("Projekt o budżecie 1 mln zł realizowany będzie do 31.12.2024 r.")
    assert r["end_date"] == "2024-12-31"


def test_english_people_who_will_get_help_are_the_plan() -> None:
    r = rec("Thanks to the project, 75 young people in the county will get individual support.")
    assert r["participants_planned"] == 75


@pytest.mark.parametrize(
    "text, planned",
    [
        # an increment is no total, but it is one of the parts a "łącznie N" sums
        (
            "Miejski Ośrodek Pomocy Społecznej w Pile realizuje projekt „Razem”. W I edycji "
            "wsparcie otrzyma 30 osób, w II edycji kolejne 30 osób, łącznie 60 osób.",
            60,
        ),
        # a sum word before a figure that is not the parts' sum changes nothing
        (
            "Miejski Ośrodek Pomocy Społecznej w Pile realizuje projekt „Razem”. W I edycji "
            "wsparcie otrzyma 30 osób, w II edycji kolejne 30 osób, łącznie 70 osób.",
            30,
        ),
    ],
)
def test_a_sum_word_after_a_group_and_its_increment_is_the_total(text, planned):
    assert extract_text(text, "sum.txt")[0]["participants_planned"] == planned
