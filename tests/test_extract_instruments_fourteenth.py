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


@pytest.mark.parametrize(
    "heading",
    [
        "Szkolenia zawodowe:",
        "Kursy:",
        "Projekt obejmował:",
        "W projekcie przeprowadzono:",
        "Dla uczestników przygotowaliśmy:",
        "Uczestnicy mogli liczyć na:",
        "Courses:",
    ],
)
def test_a_list_under_a_heading_named_by_a_form_or_a_verb_of_running(heading):
    text = f"{heading}\n- florysta\n- pracownik gospodarczy\n- prawo jazdy kat. B\n"
    got = inst(text)
    assert "florysta" in got
    assert "pracownik gospodarczy" in got


def test_a_course_named_by_its_trade_under_a_course_heading_is_no_group_of_persons():
    text = "Kursy zawodowe:\n- opiekun osoby starszej\n- pracownik gospodarczy\n"
    assert inst(text) == ["opiekun osoby starszej", "pracownik gospodarczy"]


def test_a_list_of_persons_under_a_plain_heading_stays_no_items():
    text = "Do kogo kierujemy projekt?\n- opiekunowie osób starszych\n- osoby bezrobotne\n"
    assert inst(text) == []


def test_one_form_after_a_head_naming_a_kind_of_support():
    text = (
        "W projekcie zastosowano instrumenty aktywnej integracji:\n"
        "- instrumenty aktywizacji zawodowej: kurs spawacza, kurs florystyczny,\n"
        "- instrumenty aktywizacji edukacyjnej: kurs obsługi komputera,\n"
        "- instrumenty aktywizacji zdrowotnej: terapia uzależnień.\n"
    )
    assert inst(text) == [
        "kurs spawacza",
        "kurs florystyczny",
        "kurs obsługi komputera",
        "terapia uzależnień",
    ]


def test_a_forms_own_name_before_a_colon_stays_the_item():
    text = (
        "Formy wsparcia:\n"
        "- Doradztwo zawodowe: spotkania z doradcą raz w miesiącu\n"
        "- Trening budżetowy: zajęcia w grupach\n"
    )
    got = inst(text)  # (the item whole, or its name: not the description alone)
    assert len(got) == 2
    assert got[0].startswith("Doradztwo zawodowe")
    assert got[1].startswith("Trening budżetowy")


def test_a_driving_licence_category_does_not_end_the_sentence():
    text = "Uczestnicy ukończyli kurs prawa jazdy kat. C oraz kurs operatora koparki."
    got = inst(text)
    assert any(g.startswith("kurs prawa jazdy kat") for g in got)
    assert "kurs operatora koparki" in got


def test_meals_given_to_participants_are_an_item():
    text = "Dzieci w świetlicy mają zapewnione zajęcia wyrównawcze oraz ciepły posiłek."
    assert inst(text) == ["zajęcia wyrównawcze", "ciepły posiłek"]


def test_a_place_created_is_named_without_the_verb_before_it():
    got = inst("W ramach projektu powstały Dzienne Domy Seniora w trzech sołectwach.")
    assert not any(g.lower().startswith("powstały") for g in got)


def test_a_relative_clause_after_a_place_is_no_part():
    got = inst(
        "W ramach projektu działa Klub Integracji Społecznej, w którym prowadzone są "
        "warsztaty i grupy wsparcia."
    )
    assert got == ["Klub Integracji Społecznej", "warsztaty", "grupy wsparcia"]


def test_a_planned_trip_said_with_jest():
    got = inst("W ramach projektu przewidziany jest trzydniowy wyjazd integracyjny.")
    assert got == ["trzydniowy wyjazd integracyjny"]


def test_a_lexicon_entry_is_not_cut_at_a_hyphen():
    got = inst(
        "Uczestnicy otrzymali wsparcie podmiotów reintegracji społeczno-zawodowej oraz "
        "wzięli udział w warsztatach kulinarnych."
    )
    assert "reintegracja społeczna" not in got
    assert "warsztaty kulinarne" in got


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "The project envisages anger management training, cooking classes and internships.",
            ["anger management training", "cooking classes", "internships"],
        ),
        (
            "The following tasks will be carried out: 1) social work, 2) debt counselling, "
            "3) vocational courses.",
            ["social work", "debt counselling", "vocational courses"],
        ),
        (
            "The project will provide home care services and a rental of mobility equipment.",
            ["home care services", "rental of mobility equipment"],
        ),
    ],
)
def test_english_enumerations_opened_by_a_plan_or_a_numbered_task_list(text, want):
    got = inst(text, EN_HEAD)
    for w in want:
        assert w in got


def test_english_a_plan_of_the_projects_own_running_gives_no_items():
    got = inst("The project envisages the recruitment of 40 participants.", EN_HEAD)
    assert got == []
