"""Nineteenth session: groups of the plan stated together in one sentence with no total, in
layouts the earlier rules refused (settled conventions, case 5: with no total stated, two groups
or more are the breakdown and the total stays null). Wordings written for this test (not copied
from any labelled page)."""

from __future__ import annotations

import pytest

from integra.extract import extract_text

_PAGE = (
    "Projekty | Aktualności | Kontakt\n\nProjekt „Wspólna droga” realizuje Miejski Ośrodek Pomocy "
    "Społecznej w Radomku.\n\n{}\n\nWartość projektu: 615 000,00 zł.\nUdostępnij: Facebook"
)


def rec(body: str) -> dict:
    return extract_text(_PAGE.format(body), "groups.txt")[0]


# a comma list of groups with long names, closed by a conjunction before the last group
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Wsparcie otrzymają: 18 dzieci uczęszczających do świetlicy przy ulicy Polnej, "
            "14 rodziców tych dzieci oraz 9 seniorów z klubu osiedlowego.",
            [18, 14, 9],
        ),
        (
            "Wsparciem obejmiemy 26 dzieci z rodzin przeżywających długotrwałe trudności opiekuńczo-wychowawcze, "
            "11 rodziców oraz 7 rodzin zastępczych.",
            [26, 11, 7],
        ),
        (
            "Projekt skierowany jest do 32 seniorów mieszkających samotnie w małych wsiach gminy, "
            "12 opiekunów faktycznych i 5 wolontariuszy.",
            [32, 12, 5],
        ),
    ],
)
def test_comma_list_of_long_named_groups_closed_by_a_conjunction(body, want):
    r = rec(body)
    assert r["participants_planned"] is None
    assert sorted(r["participants_planned_breakdown"].values()) == sorted(want)


def test_comma_list_without_a_closing_conjunction_is_not_read_as_groups():
    # no conjunction before the last count: not a closed list of groups
    r = rec(
        "Wsparcie otrzymają: 18 dzieci uczęszczających do świetlicy przy ulicy Polnej, "
        "14 rodziców tych dzieci, 9 seniorów z klubu osiedlowego."
    )
    assert sorted(r["participants_planned_breakdown"].values()) != [9, 14, 18]


# "w tym" that names what the support includes, not a counted subset, does not stop the groups
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Projekt przewiduje wsparcie dla 22 osób niesamodzielnych oraz dla 9 opiekunów "
            "faktycznych, w tym poradnictwo i szkolenia.",
            [9, 22],
        ),
        (
            "Pomoc otrzyma 16 osób z niepełnosprawnościami i 8 członków ich rodzin, w tym "
            "zajęcia rehabilitacyjne w domu.",
            [8, 16],
        ),
    ],
)
def test_uncounted_subset_word_does_not_refuse_the_groups(body, want):
    r = rec(body)
    assert r["participants_planned"] is None
    assert sorted(r["participants_planned_breakdown"].values()) == want


@pytest.mark.parametrize(
    "body",
    [
        # a counted subset: the 9 are among the 22, not a second group
        "Projekt przewiduje wsparcie dla 22 osób niesamodzielnych, w tym 9 osób leżących.",
        "Wsparcie otrzyma 30 osób, w tym co najmniej 12 osób z niepełnosprawnościami.",
        "The project will support 40 residents, including at least 15 people with disabilities.",
    ],
)
def test_counted_subset_is_never_a_second_group(body):
    r = rec(body)
    assert len(r["participants_planned_breakdown"]) != 2


# each group's own split by sex in parentheses after it: the groups are the counts outside
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "W projekcie wsparcie otrzyma 28 osób starszych (15 kobiet i 13 mężczyzn) oraz "
            "17 opiekunów (11 kobiet i 6 mężczyzn).",
            {28, 17},
        ),
        (
            "Projekt obejmie 35 osób niesamodzielnych (20 kobiet, 15 mężczyzn) oraz 12 opiekunów "
            "(8 kobiet, 4 mężczyzn).",
            {35, 12},
        ),
    ],
)
def test_groups_with_their_own_sex_split_in_parentheses(body, want):
    r = rec(body)
    assert r["participants_planned"] is None
    assert set(r["participants_planned_breakdown"].values()) == want


def test_parenthesised_counts_that_do_not_make_the_group_are_not_its_split():
    # 10 + 8 is not 28: the parentheses are no split of the group before them
    r = rec(
        "W projekcie wsparcie otrzyma 28 osób niesamodzielnych (10 kobiet i 8 mężczyzn) oraz "
        "17 opiekunów."
    )
    assert set(r["participants_planned_breakdown"].values()) != {28, 17}


# groups told in the present tense ("uczestniczy", "bierze udział"), no plan word, no total: the
# parts of the plan, never a total
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "W Klubie Integracji Społecznej przy ośrodku uczestniczy 26 osób, a w zajęciach "
            "klubu sąsiedzkiego – 38 osób.",
            [26, 38],
        ),
        ("W zajęciach świetlicy bierze udział 21 dzieci oraz 13 rodziców.", [13, 21]),
        ("W warsztatach uczestniczą 17 seniorów i 6 wolontariuszy.", [6, 17]),
    ],
)
def test_groups_told_in_the_present_are_the_parts(body, want):
    r = rec(body)
    assert r["participants_planned"] is None
    assert sorted(r["participants_planned_breakdown"].values()) == want


@pytest.mark.parametrize(
    "body",
    [
        # a subset, not a second group
        "W projekcie uczestniczy 40 osób, w tym 25 kobiet.",
        # one count only: no groups
        "W zajęciach świetlicy bierze udział 21 dzieci.",
        # the sum of the others: a total and its parts, not three groups
        "W projekcie uczestniczy 40 osób: 25 kobiet i 15 mężczyzn.",
    ],
)
def test_present_tense_gives_no_subset_or_lone_group_as_parts(body):
    r = rec(body)
    assert len(r["participants_planned_breakdown"]) != 1
    assert 40 not in r["participants_planned_breakdown"].values()
    assert sorted(r["participants_planned_breakdown"].values()) not in ([25, 40], [21])


# groups told in the future tense with no plan word ("przeszkolimy", "zaprosimy"), no total
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "W I turze przeszkolimy 14 osób bezrobotnych, a w II turze 14 osób biernych zawodowo.",
            [14, 14],
        ),
        (
            "W pierwszym roku przeszkolimy 12 opiekunów, a w drugim roku 16 wolontariuszy.",
            [12, 16],
        ),
    ],
)
def test_groups_told_in_the_future_with_no_plan_word(body, want):
    r = rec(body)
    assert r["participants_planned"] is None
    assert sorted(r["participants_planned_breakdown"].values()) == want


# the sex split in parentheses after the last group, of all the groups together: the groups
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "W projekcie wsparcie otrzyma 33 dzieci i 21 rodziców (30 kobiet i 24 mężczyzn).",
            [21, 33],
        ),
        (
            "Projekt obejmie 27 osób niesamodzielnych i 9 opiekunów faktycznych (20 kobiet, "
            "16 mężczyzn).",
            [9, 27],
        ),
    ],
)
def test_a_sex_split_of_all_the_groups_after_the_last(body, want):
    r = rec(body)
    assert r["participants_planned"] is None
    assert sorted(r["participants_planned_breakdown"].values()) == want


def test_parenthesised_split_that_makes_neither_a_group_nor_all_is_no_split():
    # 10 + 8 makes neither 21 nor 54
    r = rec("W projekcie wsparcie otrzyma 33 dzieci i 21 rodziców (10 kobiet i 8 mężczyzn).")
    assert sorted(r["participants_planned_breakdown"].values()) != [21, 33]


# the total's own parentheses after another count ("25 rodzin, tj. 75 osób (…)"): the split is
# read after the total, not lost behind the families' count
@pytest.mark.parametrize(
    ("body", "total", "want"),
    [
        (
            "Projektem objętych zostanie 18 rodzin, tj. 57 osób (21 dorosłych i 36 dzieci).",
            57,
            [21, 36],
        ),
        (
            "Wsparciem obejmiemy 14 rodzin – łącznie 46 osób (19 kobiet i 27 mężczyzn).",
            46,
            [19, 27],
        ),
        (
            "Projekt skierowany jest do 9 rodzin zastępczych, czyli 31 osób (13 rodziców "
            "zastępczych i 18 dzieci).",
            31,
            [13, 18],
        ),
    ],
)
def test_split_in_the_totals_parentheses_after_another_count(body, total, want):
    r = rec(body)
    assert r["participants_planned"] == total
    assert sorted(r["participants_planned_breakdown"].values()) == want


def test_parentheses_after_the_families_count_are_not_the_persons_split():
    # the parentheses follow 18 (families), not the total 57: 8 + 10 is no split of 57
    r = rec("Projektem objętych zostanie 57 osób z 18 rodzin (8 kobiet i 10 mężczyzn).")
    assert sorted(r["participants_planned_breakdown"].values()) != [8, 10]


# groups named by age, each counted in parentheses: names that end alike ("… lat") keep their
# numbers
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Projekt skierowany jest do osób bezrobotnych w wieku 18-29 lat (23 osoby) oraz "
            "osób bezrobotnych w wieku 50-64 lat (17 osób).",
            [17, 23],
        ),
        (
            "Wsparcie skierowane jest do dzieci w wieku 7-10 lat (19 osób) i dzieci w wieku "
            "11-14 lat (26 osób).",
            [19, 26],
        ),
    ],
)
def test_groups_by_age_counted_in_parentheses(body, want):
    r = rec(body)
    assert r["participants_planned"] is None
    assert sorted(r["participants_planned_breakdown"].values()) == want
    assert all(any(ch.isdigit() for ch in label) for label in r["participants_planned_breakdown"])


@pytest.mark.parametrize(
    "body",
    [
        # "w tym" as "in this": a year's count beside the whole, as before no groups
        "Projekt obejmie 40 osób z gminy Lipowa, a w tym roku 20 osób.",
        # a counted subset further on
        "Wsparcie otrzyma 30 seniorów oraz 12 opiekunów, w tym co najmniej 6 kobiet.",
    ],
)
def test_this_year_and_counted_subsets_give_no_groups(body):
    r = rec(body)
    assert sorted(r["participants_planned_breakdown"].values()) not in ([20, 40], [12, 30])


def test_age_groups_labels_are_the_names_without_their_preposition():
    r = rec(
        "Wsparcie skierowane jest do dzieci w wieku 7-10 lat (19 osób) i dzieci w wieku "
        "11-14 lat (26 osób)."
    )
    assert r["participants_planned_breakdown"] == {
        "dzieci w wieku 7-10 lat": 19,
        "dzieci w wieku 11-14 lat": 26,
    }
