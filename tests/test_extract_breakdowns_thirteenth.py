"""Thirteenth session: the planned participants split into equal rounds in the total's own
sentence ("w dwóch edycjach po 30 osób", "two rounds of 30 people") are a breakdown by round
(settled conventions, case 5b: groups by round that make the stated total). Wordings written for
this test (not copied from any labelled page)."""

from __future__ import annotations

import pytest

from integra.extract import extract_text

_PAGE = (
    "Projekty | Aktualności | Kontakt\n\nProjekt „Krok dalej” realizuje Gminny Ośrodek Pomocy "
    "Społecznej w Lipnie.\n{}\n\nWartość projektu: 480 000,00 zł.\nUdostępnij: Facebook"
)


def rec(body: str) -> dict:
    return extract_text(_PAGE.format(body), "rounds.txt")[0]


@pytest.mark.parametrize(
    ("body", "total", "want"),
    [
        (
            "Wsparciem obejmiemy 48 osób starszych (w dwóch edycjach po 24 osoby).",
            48,
            {"edycja 1": 24, "edycja 2": 24},
        ),
        (
            "Do udziału w projekcie zaprosimy 36 mieszkańców gminy, podzielonych na trzy tury "
            "po 12 osób.",
            36,
            {"tura 1": 12, "tura 2": 12, "tura 3": 12},
        ),
        (
            "Projekt obejmie 40 uczestników w 2 naborach po 20 osób.",
            40,
            {"nabór 1": 20, "nabór 2": 20},
        ),
        (
            "The project will reach 50 older residents (split into two rounds of 25 people).",
            50,
            {"round 1": 25, "round 2": 25},
        ),
    ],
)
def test_equal_rounds_that_make_the_total_are_the_breakdown(body, total, want):
    r = rec(body)
    assert r["participants_planned"] == total
    assert r["participants_planned_breakdown"] == want


@pytest.mark.parametrize(
    "body",
    [
        # rounds times size do not make the total: no breakdown, no guess
        "Wsparciem obejmiemy 48 osób starszych (w dwóch edycjach po 20 osób).",
        # a sex split of the total comes first; the rounds are not kept beside it
        "Wsparciem obejmiemy 48 osób (30 kobiet i 18 mężczyzn), w dwóch edycjach po 24 osoby.",
    ],
)
def test_rounds_not_making_the_total_or_after_a_sex_split_are_not_kept(body):
    r = rec(body)
    got = r["participants_planned_breakdown"] or {}
    assert not any(k.startswith("edycja") for k in got)


def test_sex_split_kept_when_rounds_also_stated():
    r = rec("Wsparciem obejmiemy 48 osób (30 kobiet i 18 mężczyzn), w dwóch edycjach po 24 osoby.")
    assert r["participants_planned_breakdown"] == {"kobiety": 30, "mężczyźni": 18}


@pytest.mark.parametrize(
    "body",
    [
        "Wsparciem obejmiemy 48 osób, w tym 30 kob. i 18 mężcz.",
        "Do projektu zakwalifikujemy 48 osób (30 kob. oraz 18 mężcz.) z terenu gminy.",
    ],
)
def test_abbreviated_women_and_men_are_a_sex_split(body):
    r = rec(body)
    assert r["participants_planned"] == 48
    assert r["participants_planned_breakdown"] == {"kobiety": 30, "mężczyźni": 18}


def test_abbreviated_women_alone_stay_a_lone_subset():
    r = rec("Wsparciem obejmiemy 48 osób, w tym 30 kob.")
    assert r["participants_planned_breakdown"] in ({}, None)


def test_groups_named_by_their_place_and_no_total_are_the_parts():
    r = rec("W klubie seniora uczestniczy 24 osoby, a w świetlicy środowiskowej 40 osób.")
    assert r["participants_planned"] is None
    assert r["participants_planned_breakdown"] == {
        "klubie seniora": 24,
        "świetlicy środowiskowej": 40,
    }


def test_groups_named_by_place_with_a_dash_are_the_parts():
    r = rec("W zajęciach klubu seniora uczestniczy 24 osoby, a w zajęciach świetlicy – 40 osób.")
    assert sorted((r["participants_planned_breakdown"] or {}).values()) in ([], [24, 40])


def test_a_first_group_and_a_further_one_making_the_total_are_rounds():
    r = rec(
        "Jesienią przyjmiemy do projektu 18 osób. Wiosną planujemy nabór kolejnych 12 osób, "
        "tak aby objąć wsparciem łącznie 30 osób."
    )
    assert r["participants_planned"] == 30
    assert r["participants_planned_breakdown"] == {"runda 1": 18, "runda 2": 12}


def test_a_further_group_not_making_the_total_is_no_breakdown():
    r = rec(
        "Jesienią przyjmiemy do projektu 18 osób. Wiosną planujemy nabór kolejnych 10 osób, "
        "tak aby objąć wsparciem łącznie 30 osób."
    )
    assert not (r["participants_planned_breakdown"] or {})
