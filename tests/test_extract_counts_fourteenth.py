"""Participant counts and planned breakdowns read since the fourteenth session, each on wordings
written for this test (not copied from any labelled page): groups told apart by a year, an
edition or a task and no total; groups each with its count in parentheses; a sentence that adds
a further group ("Ponadto …"); staff counted beside the participants; the plan named beside
what took place in a final report. Negatives: a stated total keeps its value and its split."""

from __future__ import annotations

import pytest

from integra.extract import extract_text

HEAD = (
    "Gminny Ośrodek Pomocy Społecznej w Dąbrówce Górnej realizuje projekt „Krok do przodu” "
    "współfinansowany ze środków Europejskiego Funduszu Społecznego w ramach Regionalnego "
    "Programu Operacyjnego na lata 2014-2020. Wartość projektu: 410 000,00 zł.\n"
)


def counts(body: str, head: str = HEAD) -> tuple:
    r = extract_text(head + body, "counts.txt")[0]
    return (
        r["participants_planned"],
        r["participants_actual"],
        sorted((r["participants_planned_breakdown"] or {}).values()),
    )


@pytest.mark.parametrize(
    "body, want",
    [
        # groups told apart by a year or an edition, no total
        ("Projekt przewiduje wsparcie dla 18 osób w 2023 roku oraz 27 osób w 2024 roku.", [18, 27]),
        (
            "Do projektu zostanie zakwalifikowanych 12 osób w I edycji i 12 osób w II edycji.",
            [12, 12],
        ),
        # the verb left out and a dash for it
        ("W ramach modułu A wsparcie otrzyma 14 osób, w ramach modułu B – 9 osób.", [9, 14]),
        # each group with its own count in parentheses
        (
            "Uczestnikami projektu będą osoby długotrwale bezrobotne (16 osób) oraz osoby "
            "bierne zawodowo (11 osób).",
            [11, 16],
        ),
    ],
)
def test_groups_without_a_total(body, want):
    assert counts(body) == (None, None, want)


@pytest.mark.parametrize(
    "body, want",
    [
        (
            "Projekt jest adresowany do 36 seniorów wymagających opieki w domu. Ponadto w projekcie "
            "udział weźmie 12 członków ich rodzin.",
            [12, 36],
        ),
        (
            "Wsparcie otrzyma 21 osób z niepełnosprawnościami. Dodatkowo z poradnictwa "
            "skorzysta 7 opiekunów.",
            [7, 21],
        ),
    ],
)
def test_a_further_group_added_in_the_next_sentence(body, want):
    assert counts(body) == (None, None, want)


def test_a_further_group_whose_sum_is_stated_keeps_the_total():
    body = (
        "Projekt jest adresowany do 36 seniorów wymagających opieki w domu. Ponadto w projekcie "
        "udział weźmie 12 członków ich rodzin. Łącznie wsparciem zostanie objętych 48 osób."
    )
    assert counts(body)[0] == 48


def test_a_total_with_its_sexes_is_unchanged():
    body = "Projekt obejmie wsparciem 44 osoby (26 kobiet i 18 mężczyzn)."
    assert counts(body) == (44, None, [18, 26])


def test_a_subset_after_w_tym_is_no_breakdown():
    assert counts("Wsparciem zostanie objętych 52 osoby, w tym 31 kobiet.") == (52, None, [])


def test_staff_trained_are_not_the_participants():
    body = (
        "W projekcie zaplanowano objęcie wsparciem 38 osób. W szkoleniach dla kadry weźmie "
        "udział 9 pracowników ośrodka."
    )
    assert counts(body)[0] == 38


@pytest.mark.parametrize(
    "body, want",
    [
        ("Zakładano objęcie wsparciem 70 osób, a ostatecznie wsparciem objęto 73 osoby.", (70, 73)),
        ("Wsparciem objęto 33 osoby, choć planowano 30 osób.", (30, 33)),
    ],
)
def test_the_plan_beside_what_took_place(body, want):
    assert counts(body)[:2] == want


def test_a_report_without_a_plan_word_gives_no_planned_count():
    assert counts("Wsparciem objęto 41 osób, w tym 25 kobiet.")[:2] == (None, 41)


EN_HEAD = (
    "The project “Step Forward” is carried out by the Municipal Social Welfare Centre in Dąbrówka "
    "and co-financed by the European Social Fund under the Regional Operational Programme "
    "2014-2020. Project value: PLN 410,000.00.\n"
)


def en_counts(body: str) -> tuple:
    return counts(body, EN_HEAD)


@pytest.mark.parametrize(
    "body, want",
    [
        (
            "The aim of the project is to raise the social activity of 38 people at risk of "
            "exclusion (22K, 16M) living in the commune.",
            (38, None, [16, 22]),
        ),
        ("Support will be provided to 26 UP (15K and 11M).", (26, None, [11, 15])),
        ("Project participants: 33 persons (19 women, 14 men).", (33, None, [14, 19])),
        ("The project covered 118 people in three years.", (None, 118, [])),
        (
            "The project's target group is 22 people with disabilities and 13 seniors.",
            (None, None, [13, 22]),
        ),
    ],
)
def test_english_wordings(body, want):
    assert en_counts(body) == want


def test_including_is_a_subset_not_a_group_beside():
    body = (
        "The project supports at least 640 residents of the town, including at least 400 K "
        "and at least 70 people with disabilities."
    )
    assert en_counts(body) == (640, None, [])


@pytest.mark.parametrize(
    "body, want",
    [
        (
            "Wskaźniki:\nLiczba osób zagrożonych ubóstwem lub wykluczeniem społecznym objętych "
            "wsparciem w programie – 47 os.\nLiczba osób, które uzyskały kwalifikacje po "
            "opuszczeniu programu – 11 os.",
            47,
        ),
        (
            "Liczba osób niesamodzielnych objętych usługami opiekuńczymi w ramach projektu – 19",
            19,
        ),
    ],
)
def test_an_indicator_of_the_people_covered(body, want):
    assert counts(body)[0] == want


def test_an_english_indicator_of_the_people_covered():
    body = (
        "Indicators: Number of people at risk of poverty or social exclusion covered by support "
        "in the programme – 84; Number of people seeking work after leaving the programme – 9."
    )
    assert en_counts(body)[0] == 84


def test_a_result_indicator_alone_gives_no_planned_count():
    body = "Liczba osób, które uzyskały kwalifikacje po opuszczeniu programu – 11 os."
    assert counts(body)[0] is None


def test_an_indicator_gives_way_to_a_stated_count():
    body = "Projekt obejmie wsparciem 50 osób.\nLiczba osób objętych wsparciem w programie – 47."
    assert counts(body)[0] == 50


@pytest.mark.parametrize(
    "body, want",
    [
        ("Projekt obejmie 9 rodzin, łącznie 31 osób.", (31, None, [])),
        (
            "W każdej z trzech edycji projektu weźmie udział 14 osób, łącznie 42 osoby.",
            (42, None, [14, 14, 14]),
        ),
        # the sum word before a smaller count is not the total
        ("Projekt obejmie łącznie 60 osób, a w klubie 20 osób.", (60, None, [])),
    ],
)
def test_a_total_introduced_by_a_sum_word(body, want):
    assert counts(body) == want


def test_each_round_in_the_sentence_before_the_total():
    body = (
        "Projekt będzie realizowany w dwóch edycjach. W każdej edycji udział weźmie 18 osób. "
        "Łącznie w projekcie weźmie udział 36 osób."
    )
    assert counts(body) == (36, None, [18, 18])


def test_each_round_that_does_not_divide_the_total_gives_no_split():
    body = "W każdej edycji udział weźmie 18 osób. Łącznie w projekcie weźmie udział 40 osób."
    assert counts(body) == (40, None, [])
