"""Session 25 (bd): the persons of each list item as the parts of the planned total.

benchmarks/miss_classes_bd.py showed, on unseen pages (counts only), planned totals read right
with their groups in the items of a list under a line ending with ":", one count of persons per
item, that no stage took: the items' first counts of anything were places ("12 miejsc dla 24
seniorów") or a count had no name after it ("30 osób (…)"). rules._persons_of_items reads the
first count of persons of each item; the split is kept only when every item has one, no item tells
a result or the past, and they add up to the stated total. Wordings are our own.
"""

from __future__ import annotations

import pytest

from integra.extract import extract_text


def rec(text: str) -> dict:
    out = extract_text(text)
    return out[0] if isinstance(out, tuple) else out


@pytest.mark.parametrize(
    "text, total, breakdown",
    [
        (  # places first, then the persons they serve
            "Projekt „Razem w gminie”\n\nProjekt obejmie wsparciem 42 osoby.\n\nFormy wsparcia:\n"
            "- klub seniora – 12 miejsc dla 24 seniorów,\n"
            "- mieszkanie wspomagane – 6 miejsc dla 18 osób.",
            42,
            {"klub seniora": 24, "mieszkanie wspomagane": 18},
        ),
        (  # count-first items with places before the persons
            "Projekt „Bliżej domu”\n\nW projekcie weźmie udział 30 osób.\n\nMiejsca wsparcia:\n"
            "- 10 miejsc w klubie dla 20 osób,\n- 5 miejsc w świetlicy dla 10 osób.",
            30,
            {"grupa 1": 20, "grupa 2": 10},
        ),
        (  # a count whose group is named in parentheses after it
            "Projekt „Krok dalej”\n\nW projekcie udział weźmie 45 uczestników.\n\n"
            "Uczestnicy projektu:\n• 30 osób (osoby zagrożone wykluczeniem społecznym),\n"
            "• 15 osób (członkowie ich rodzin).",
            45,
            {"osoby zagrożone wykluczeniem społecznym": 30, "członkowie ich rodzin": 15},
        ),
        (  # three items, numbered
            "Projekt „Wspólna droga”\n\nProjekt obejmie 50 osób.\n\nPodział uczestników:\n"
            "1. 20 osób (osoby bezrobotne),\n2. 20 osób (osoby z niepełnosprawnościami),\n"
            "3. 10 osób (opiekunowie faktyczni).",
            50,
            {
                "osoby bezrobotne": 20,
                "osoby z niepełnosprawnościami": 20,
                "opiekunowie faktyczni": 10,
            },
        ),
    ],
)
def test_persons_of_items_make_the_total(text: str, total: int, breakdown: dict) -> None:
    r = rec(text)
    assert r["participants_planned"] == total
    assert r["participants_planned_breakdown"] == breakdown


@pytest.mark.parametrize(
    "text",
    [
        # the persons do not add up to the total
        "Projekt „Razem w gminie”\n\nProjekt obejmie wsparciem 42 osoby.\n\nFormy wsparcia:\n"
        "- klub seniora – 12 miejsc dla 24 seniorów,\n"
        "- mieszkanie wspomagane – 6 miejsc dla 12 osób.",
        # no line ending with ":" introduces the list
        "Projekt „Razem w gminie”\n\nProjekt obejmie wsparciem 42 osoby.\n\nFormy wsparcia\n"
        "- klub seniora – 12 miejsc dla 24 seniorów,\n"
        "- mieszkanie wspomagane – 6 miejsc dla 18 osób.",
        # results in the past, not the plan's groups
        "Projekt „Razem w gminie”\n\nProjekt obejmie wsparciem 42 osoby.\n\nEfekty:\n"
        "- 24 seniorów skorzystało z klubu,\n- 18 osób zamieszkało w mieszkaniu wspomaganym.",
        # an item with no count of persons
        "Projekt „Razem w gminie”\n\nProjekt obejmie wsparciem 42 osoby.\n\nFormy wsparcia:\n"
        "- klub seniora – 12 miejsc dla 24 seniorów,\n"
        "- mieszkanie wspomagane – 6 miejsc dla 18 osób,\n- doradztwo prawne.",
    ],
)
def test_no_persons_of_items(text: str) -> None:
    assert rec(text)["participants_planned_breakdown"] == {}


# ------------------------------------------------ groups whose names end alike, counted in parentheses
# benchmarks/miss_classes_bd.py (counts only): a planned-cue sentence with two groups, each with
# its count alone in its own parentheses, whose last six words are the same after cleaning; the
# first count was read as the total and no split was proposed (no problem recorded). The whole
# names tell them apart (rules._whole_names_in_parentheses). Wordings are our own.


@pytest.mark.parametrize(
    "text, total, breakdown",
    [
        (
            "Projekt „Razem”\n\nProjekt realizuje Gmina Lipno.\n\nWsparciem zostaną objęte dzieci "
            "z rodzin zagrożonych ubóstwem lub wykluczeniem społecznym (40 osób) oraz dorośli "
            "członkowie rodzin zagrożonych ubóstwem lub wykluczeniem społecznym (20 osób).",
            None,
            {
                "dzieci z rodzin zagrożonych ubóstwem lub wykluczeniem społecznym": 40,
                "dorośli członkowie rodzin zagrożonych ubóstwem lub wykluczeniem społecznym": 20,
            },
        ),
        (  # the total stated in a sentence of its own before them
            "Projekt „Razem”\n\nProjekt realizuje Gmina Lipno.\n\nW projekcie weźmie udział 60 "
            "osób. Wsparciem zostaną objęte dzieci z rodzin zagrożonych ubóstwem lub wykluczeniem "
            "społecznym (40 osób) oraz dorośli członkowie rodzin zagrożonych ubóstwem lub "
            "wykluczeniem społecznym (20 osób).",
            60,
            {
                "dzieci z rodzin zagrożonych ubóstwem lub wykluczeniem społecznym": 40,
                "dorośli członkowie rodzin zagrożonych ubóstwem lub wykluczeniem społecznym": 20,
            },
        ),
        (
            "Projekt „Most”\n\nProjekt realizuje Powiat Lipnowski.\n\nDo projektu zostaną "
            "przyjęci wychowankowie pieczy zastępczej przygotowujący się do samodzielnego życia "
            "(12 osób) i pełnoletni wychowankowie opuszczający pieczę, przygotowujący się do "
            "samodzielnego życia (8 osób).",
            None,
            [12, 8],
        ),
    ],
)
def test_whole_names_tell_groups_apart(text: str, total, breakdown) -> None:
    r = rec(text)
    assert r["participants_planned"] == total
    got = r["participants_planned_breakdown"]
    if isinstance(breakdown, list):
        assert sorted(got.values()) == sorted(breakdown)
    else:
        assert got == breakdown


@pytest.mark.parametrize(
    "text",
    [
        # the same name twice: no split
        "Projekt „Razem”\n\nProjekt realizuje Gmina Lipno.\n\nWsparciem zostaną objęte osoby "
        "zagrożone ubóstwem lub wykluczeniem społecznym (40 osób) oraz osoby zagrożone ubóstwem "
        "lub wykluczeniem społecznym (20 osób).",
        # a subset word: the second is part of the first
        "Projekt „Razem”\n\nProjekt realizuje Gmina Lipno.\n\nWsparciem zostaną objęte dzieci z "
        "rodzin zagrożonych ubóstwem lub wykluczeniem społecznym (40 osób), w tym dzieci z rodzin "
        "zagrożonych ubóstwem lub wykluczeniem społecznym (20 osób).",
    ],
)
def test_whole_names_not_told_apart(text: str) -> None:
    assert rec(text)["participants_planned_breakdown"] == {}


# ------------------------- a second group counted in parentheses, an explanation after the first
# (rules._second_group_counted_in_parentheses drops a parenthesised explanation between them;
# moved no real-dev or held-out document, our own wordings failed silently before)


@pytest.mark.parametrize(
    "text, breakdown",
    [
        (
            "Projekt „Razem”\n\nProjekt realizuje Gmina Lipno.\n\nWsparciem objętych zostanie 40 "
            "osób niesamodzielnych (w wieku powyżej 60 lat) zamieszkałych na terenie gminy oraz "
            "ich opiekunowie (20 osób).",
            {"osób niesamodzielnych zamieszkałych na terenie gminy": 40, "ich opiekunowie": 20},
        ),
        (
            "Projekt „Razem”\n\nProjekt realizuje Gmina Lipno.\n\nWsparcie obejmie 40 dzieci z "
            "rodzin zagrożonych wykluczeniem społecznym (uczniów szkół podstawowych) oraz ich "
            "rodziców (20 osób).",
            {"dzieci z rodzin zagrożonych wykluczeniem społecznym": 40, "ich rodziców": 20},
        ),
    ],
)
def test_second_group_after_an_explanation(text: str, breakdown: dict) -> None:
    r = rec(text)
    assert r["participants_planned"] is None
    assert r["participants_planned_breakdown"] == breakdown


def test_second_group_after_an_explanation_with_a_subset_word() -> None:
    text = (
        "Projekt „Razem”\n\nProjekt realizuje Gmina Lipno.\n\nWsparciem objętych zostanie 40 osób "
        "niesamodzielnych (w wieku powyżej 60 lat), w tym ich opiekunowie (20 osób)."
    )
    assert rec(text)["participants_planned_breakdown"] == {}
