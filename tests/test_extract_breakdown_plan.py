"""A participant breakdown is the plan's split of its participants, not a report of who took part:
splits found away from the planned total (or where none is read) are kept only when they are not
stated as what took place. Wordings written for this test (not copied from any labelled page)."""

from __future__ import annotations

import re

import pytest

from integra.extract import extract_text
from integra.extract.rules import breakdown_refusal, reports_what_took_place, sex_pair

_PAGE = "Projekty | Aktualności | Kontakt\n\n{}\n\nWartość projektu: 480 000,00 zł.\nUdostępnij: Facebook"


def rec(body: str) -> dict:
    return extract_text(_PAGE.format(body), "plan.txt")[0]


@pytest.mark.parametrize(
    "body",
    [
        # a past verb of taking part in the split's own clause
        "Przez dwa lata w zajęciach klubu brało udział 40 osób (25 kobiet i 15 mężczyzn).",
        "Do projektu przystąpiło 40 osób (25 K, 15 M).",
        "Na zajęcia zgłosiło się 40 osób (25 K, 15 M).",
        "Do klubu dołączyło 40 osób (25 K i 15 M).",
        # English: a past verb of taking part
        "The project ended in 2019. It supported 40 people (25 women and 15 men).",
        # a report's word in the lead-in line or the heading above
        "Liczba osób objętych wsparciem (stan na 31.12.2018): 40\nKobiety: 25\nMężczyźni: 15",
        "Efekty projektu:\n- 40 uczestników (25 kobiet i 15 mężczyzn)\n- 30 osób z certyfikatem",
        "Podsumowanie projektu\nLiczba osób, które zakończyły udział | Kobiety | Mężczyźni\n38 | 22 | 16",
        # the page states only who took part: its split is not the plan's
        "Łącznie wsparcie otrzymało 40 osób. Wśród nich było 25 kobiet i 15 mężczyzn.",
    ],
)
def test_a_split_of_who_took_part_is_not_the_planned_breakdown(body):
    r = rec(body)
    assert r["participants_planned"] is None
    assert r["participants_planned_breakdown"] == {}
    if "przystąpiło" in body:
        # the split's count is read as who took part (a past verb of joining just before it),
        # and so it is not a planned split to refuse
        assert r["participants_actual"] == 40
    else:  # refused with its reason
        assert any("not stored as the planned breakdown" in p for p in r["problems"])


@pytest.mark.parametrize(
    "body, planned, breakdown",
    [
        # the plan stated in the past ("zakładał", "był skierowany"), in the future, or as a goal
        (
            "Projekt zakładał objęcie wsparciem 40 osób (24 K, 16 M).",
            40,
            {"kobiety": 24, "mężczyźni": 16},
        ),
        (
            "Do udziału w projekcie zostanie zakwalifikowanych 40 osób (24 K, 16 M).",
            40,
            {"kobiety": 24, "mężczyźni": 16},
        ),
        (
            "Celem projektu jest aktywizacja bezrobotnych mieszkańców gminy (22 kobiet i 18 mężczyzn).",
            None,
            {"kobiety": 22, "mężczyźni": 18},
        ),
        # a finished project told in the past: the groups it was planned for, beside a past
        # verb that is not one of taking part ("zawarto kontrakty")
        (
            "Projekt był skierowany do 30 osób.\n\nZ 18 uczestnikami zawarto kontrakty socjalne, a z 12 "
            "uczestnikami – umowy programu aktywności lokalnej.",
            30,
            {"uczestnikami zawarto kontrakty socjalne": 18, "uczestnikami": 12},
        ),
        # the plan beside a report of the outcome: the plan's split stays
        (
            "Zakładaliśmy objęcie wsparciem 40 osób (24 K, 16 M). Ostatecznie w projekcie "
            "uczestniczyło 42 osoby (26 K, 16 M).",
            40,
            {"kobiety": 24, "mężczyźni": 16},
        ),
    ],
)
def test_a_split_stated_as_the_plan_is_kept(body, planned, breakdown):
    r = rec(body)
    assert r["participants_planned"] == planned
    assert sorted(r["participants_planned_breakdown"].values()) == sorted(breakdown.values())


@pytest.mark.parametrize(
    "text, heading, took_place",  # the split stated at the text's first count of people
    [
        ("W zajęciach uczestniczyło 30 osób (18 K, 12 M).", "", True),
        ("Wsparciem objęto 30 osób (18 K, 12 M).", "", True),
        ("Wsparciem zostanie objętych 30 osób (18 K, 12 M).", "", False),
        ("Planowano, że w zajęciach weźmie udział 30 osób (18 K, 12 M).", "", False),
        # a past verb inside a remark in parentheses does not set the clause's tense
        ("Z 20 osobami zawrzemy kontrakty (5 z nich objęto już wsparciem).", "", False),
        # "udział" is also a past form of "udziać": not a past verb
        ("Mają one zachęcić 30 osób (18 K, 12 M) przez udział w zajęciach.", "", False),
        ("Kobiety: 18", "Rezultaty projektu", True),
        # a report's word in another clause of the sentence does not make the split a report
        (
            "Sprawozdanie opublikujemy w 2025 r.; w projekcie weźmie udział 30 osób (18 K, 12 M).",
            "",
            False,
        ),
        ("Kobiety: 18", "Grupa docelowa", False),
        ("The project will support 30 people (18 women, 12 men).", "", False),
        ("30 people (18 women, 12 men) took part in the workshops.", "", True),
    ],
)
def test_reports_what_took_place(text, heading, took_place):
    at = re.search(r"\d+(?= (?:osób|osobami|people))|\d+$", text).start()
    assert reports_what_took_place(text, at, heading) is took_place


# --------------------------------------------------------------------------- pairs written glued
# Real pages write a sex split without separators or with stray spaces ("16K18M", "2Ki 2M").


@pytest.mark.parametrize(
    "text, pair",
    [
        ("dla 27 osób (12K15M)", {"kobiety": 12, "mężczyźni": 15}),
        ("dla 6 osób (3Ki 3M)", {"kobiety": 3, "mężczyźni": 3}),
        ("dla 27 osób (12 K 15 M)", {"kobiety": 12, "mężczyźni": 15}),
        ("dla 27 osób (15M12K)", {"kobiety": 12, "mężczyźni": 15}),
        # no pair: a street and a date, lower-case letters, a letter pair that is a name
        ("ul. Leśna 12 K 15 Maja", {}),
        ("dla 27 osób (12k15m)", {}),
        ("Zespół 12 KM 15 M", {}),
    ],
)
def test_sex_pairs_written_glued_or_with_stray_spaces(text, pair):
    assert sex_pair(text) == pair


def test_a_glued_pair_right_after_the_total_is_its_breakdown():
    r = rec("Projekt obejmie wsparciem 27 osób (12K15M) z terenu gminy.")
    assert (r["participants_planned"], r["participants_planned_breakdown"]) == (
        27,
        {"kobiety": 12, "mężczyźni": 15},
    )


def test_several_tasks_each_with_its_own_split_and_no_total_give_the_tasks_groups():
    # each task states its own count and split; with no total of the project none is its split,
    # and the tasks' groups are the parts (settled conventions, case 5: no total, the separate
    # groups the text gives; session 22, as the dev gold of such a page has it)
    r = rec(
        "Zadania projektu:\n1. Mieszkania wspomagane dla 27 osób (12K15M).\n"
        "2. Centrum usług środowiskowych dla 40 osób (25K, 15M)."
    )
    assert r["participants_planned"] is None
    assert r["participants_planned_breakdown"] == {
        "Mieszkania wspomagane": 27,
        "Centrum usług środowiskowych": 40,
    }


# ------------------------------------------------------------- one partition of the planned participants
# Settled conventions, case 5 (benchmarks/realcorpus/README.md): a breakdown is a sex split of the
# planned total, else groups that make the stated total, else (no total) the separate groups the
# text gives; a lone "w tym N" subset and groups short of the total are no breakdown.

_LONE = "is a lone subset, not a breakdown of the planned participants; not stored as the planned breakdown"
_SHORT = "not a partition of the planned participants; not stored as the planned breakdown"


@pytest.mark.parametrize(
    "body, planned, problem",
    [
        # a lone subset of women, in parentheses, in the next sentence, in English
        (
            "Z terenu gminy zrekrutujemy 36 uczestników (20 kobiet).",
            36,
            f"participant group kobiety 20 of 36 {_LONE}",
        ),
        (
            "Wsparciem obejmiemy 70 osób. Wśród nich będzie 42 kobiety.",
            70,
            f"participant group kobiety 42 of 70 {_LONE}",
        ),
        (
            "The project will reach 64 carers, including 50 women.",
            64,
            f"participant group kobiety 50 of 64 {_LONE}",
        ),
        # groups short of the stated total: after "w tym", in a target-group list, in English
        (
            "Projekt obejmie 90 osób, w tym 30 osób bezrobotnych i 25 osób biernych zawodowo.",
            90,
            f"participant groups 30 + 25 make 55, not the planned total 90: {_SHORT}",
        ),
        (
            "Projekt zakłada objęcie wsparciem 120 osób.\n\nGrupa docelowa:\n"
            "- 45 osób długotrwale bezrobotnych\n- 35 osób z niepełnosprawnościami",
            120,
            f"participant groups 45 + 35 make 80, not the planned total 120: {_SHORT}",
        ),
        (
            "The project will support 90 residents, including 30 unemployed people and 25 people "
            "with disabilities.",
            90,
            f"participant groups 30 + 25 make 55, not the planned total 90: {_SHORT}",
        ),
    ],
)
def test_a_lone_subset_or_groups_short_of_the_total_are_no_breakdown(body, planned, problem):
    r = rec(body)
    assert r["participants_planned"] == planned
    assert r["participants_planned_breakdown"] == {}
    assert problem in r["problems"]
    assert not any("breakdown sums to" in p for p in r["problems"])


def test_a_lone_subset_near_the_total_gives_way_to_the_groups_that_make_it():
    r = rec(
        "Projekt obejmie 60 osób, w tym 35 kobiet.\n\nGrupa docelowa:\n"
        "- 40 osób bezrobotnych\n- 20 osób biernych zawodowo"
    )
    assert r["participants_planned"] == 60
    assert r["participants_planned_breakdown"] == {
        "osób bezrobotnych": 40,
        "osób biernych zawodowo": 20,
    }


@pytest.mark.parametrize(
    "groups, total, reason",
    [
        ({"kobiety": 36}, 66, f"participant group kobiety 36 of 66 {_LONE}"),
        ({"seniorzy": 12}, None, f"participant group seniorzy 12 (no total stated) {_LONE}"),
        (
            {"bezrobotni": 50, "bierni zawodowo": 30, "seniorzy": 30},
            100,
            f"participant groups 50 + 30 + 30 make 110, not the planned total 100: {_SHORT}",
        ),
        ({"kobiety": 24, "mężczyźni": 16}, 40, None),
        ({"osoby niesamodzielne": 8, "opiekunowie": 4}, None, None),
        ({}, 40, None),
    ],
)
def test_breakdown_refusal(groups, total, reason):
    assert breakdown_refusal(groups, total) == reason
