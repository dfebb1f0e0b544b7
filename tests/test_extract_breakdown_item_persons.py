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
