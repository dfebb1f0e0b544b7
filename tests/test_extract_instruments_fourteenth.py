"""Instruments (the fourteenth session): a list item kept whole with a count of persons after its
form, the project's own running left out of a list of its tasks, an impersonal "się" before the
first form, and English items (a lead word, a body's acronym, hiring, adjectives sharing a noun).
Every wording is written for these tests, not copied from a page."""

from __future__ import annotations

import pytest

from integra.extract import extract_text

HEAD = "Projekt „Krok dalej” realizuje GOPS w Lipnicy od marca 2021 r. do lutego 2023 r.\n\n"
EN_HEAD = (
    "The project is run by the Municipal Social Welfare Centre in Kalisz from 1 March 2019 to 31 "
    "May 2021 and is worth PLN 640,000.\n\n"
)


def inst(text: str, head: str = HEAD) -> list[str]:
    return extract_text(head + text, "fourteenth.txt")[0]["instruments"]


def test_a_list_item_led_by_its_form_keeps_the_count_of_persons_after_it():
    text = (
        "Formy wsparcia:\n"
        "- Prowadzenie 6 klubów seniora dla 90 osób w sołectwach gminy\n"
        "- Utworzenie 5 miejsc opieki wytchnieniowej dla 5 osób (3K i 2M)\n"
        "- Kurs pierwszej pomocy dla 12 uczestników\n"
    )
    assert inst(text) == [
        "Prowadzenie 6 klubów seniora dla 90 osób w sołectwach gminy",
        "Utworzenie 5 miejsc opieki wytchnieniowej dla 5 osób (3K i 2M)",
        "Kurs pierwszej pomocy dla 12 uczestników",
    ]


def test_a_group_of_persons_in_a_list_stays_no_item():
    text = (
        "Formy wsparcia:\n"
        "- warsztaty kulinarne\n"
        "- 40 osób niesamodzielnych z terenu gminy\n"
        "- poradnictwo prawne\n"
    )
    assert inst(text) == ["warsztaty kulinarne", "poradnictwo prawne"]


def test_a_count_of_persons_in_prose_still_makes_no_item():
    text = "Zorganizowano zajęcia sportowe. Wsparciem objęto 40 osób bezrobotnych."
    assert "40 osób bezrobotnych" not in " ".join(inst(text))


def test_the_projects_own_running_is_no_item_of_its_task_list():
    text = (
        "Zadania w projekcie:\n"
        "1) Rekrutacja uczestników projektu\n"
        "2) Warsztaty kompetencji rodzicielskich\n"
        "3) Indywidualne poradnictwo psychologiczne\n"
        "4) Zarządzanie projektem\n"
        "5) Promocja projektu i działania informacyjne\n"
    )
    assert inst(text) == [
        "Warsztaty kompetencji rodzicielskich",
        "Indywidualne poradnictwo psychologiczne",
    ]


def test_health_promotion_is_still_an_item():
    text = "Formy wsparcia:\n- promocja i ochrona zdrowia\n- gimnastyka dla seniorów\n"
    assert inst(text) == ["promocja i ochrona zdrowia", "gimnastyka dla seniorów"]


def test_an_impersonal_sie_before_the_first_form_is_not_part_of_it():
    text = (
        "Dla uczestników przewiduje się zajęcia grupowe z terapeutą, warsztaty "
        "fotograficzne oraz treningi asertywności."
    )
    assert inst(text) == [
        "zajęcia grupowe z terapeutą",
        "warsztaty fotograficzne",
        "treningi asertywności",
    ]


@pytest.mark.parametrize(
    "text, want, never",
    [
        (  # a lead word before the first item is no part of it
            "Participants will receive support including the art therapy programme, job "
            "counselling and legal advice.",
            ["art therapy programme", "job counselling", "legal advice"],
            ["including the art therapy programme"],
        ),
        (  # adjectives coordinated before the last item's noun share it
            "Families will benefit from therapeutic and psychological support.",
            ["therapeutic support", "psychological support"],
            ["therapeutic"],
        ),
        (  # whom the service is for is cut off
            "We offer respite care services to carers living in the town.",
            ["respite care services"],
            ["respite care services to carers living in the town"],
        ),
    ],
)
def test_english_items(text, want, never):
    got = inst(text, EN_HEAD)
    for w in want:
        assert w in got
    for n in never:
        assert n not in got


def test_english_a_bodys_support_and_hiring_are_no_items():
    got = inst(
        "Residents who benefit from MOPS support will take part in cooking workshops. "
        "The tasks include employing a family assistant and vocational courses.",
        EN_HEAD,
    )
    assert "cooking workshops" in got
    assert "vocational courses" in got
    assert not any(g.startswith(("MOPS", "employing")) for g in got)
