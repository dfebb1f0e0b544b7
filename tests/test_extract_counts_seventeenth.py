"""Participant breakdowns read since the seventeenth session, each on wordings written for this test
(not copied from any labelled page). Groups stated side by side with no total are the plan's parts
(settled convention: the parts in the breakdown, the total null):

- the same person noun told apart by the words after each count ("18 osób z niepełnosprawnościami
  oraz 6 osób z ich otoczenia");
- two equal counts of different people ("24 dzieci oraz 24 rodziców"), no longer read as a total
  said twice;
- a second group named without a count and counted in the parentheses after its name ("30 osób
  niesamodzielnych i ich opiekunów (15 osób)", "… wraz z rodzicami (20 osób)");
- two counts of different people with only a comma between ("Uczestnicy: 30 dzieci, 15 rodziców");
- after a total, groups named first with their counts after a dash ("40 osób (osoby
  niepełnosprawne – 30, opiekunowie – 10)", "40 osób: I edycja – 20, II edycja – 20");
- a named group, then a sentence that adds further groups with "także" / "również" / "też" inside
  it ("… dla 20 osób niesamodzielnych. Projekt przewiduje też usługi dla 15 osób starszych"); after
  a bare "40 osób" such a sentence may name a part of the 40, and the total stays;
- each group planned in a sentence of its own, close together, by different person nouns ("W
  projekcie udział weźmie 30 osób niesamodzielnych. Wsparcie otrzyma 10 opiekunów."), not the
  larger as the total; the same people said twice ("45 rodzin" … "30 dębickich rodzin") are not;
- the same noun told apart by the place or service named before each count ("Z usług opiekuńczych
  skorzysta 30 osób, a z usług asystenckich 20 osób"); the project itself or one activity
  ("w projekcie … 30 osób, a w szkoleniach 20 osób") is not a group;
- a total, then a sentence of groups named first with bare counts that make it ("Grupę docelową
  stanowią: dzieci – 30, rodzice – 20", "Będą to osoby bezrobotne (30) oraz osoby z otoczenia
  (15)");
- patients, volunteers and adults counted as people ("40 dorosłych i 25 dzieci": two groups, not 25
  as the total; pupils are not, "z każdej szkoły … 10 uczniów" being a count per school);
- a subset in parentheses inside a group ("24 osoby niesamodzielne (w tym 12 …) oraz 12 ich
  opiekunów") belongs to it, and the groups outside are the parts; "i ich 10 opiekunów" inside the
  parentheses after a total is its second group;
- one recruitment round's intake ("W I turze rekrutacji przyjmiemy 20 osób") is not the plan; the
  plan beside it stays.

Negatives: a subset ("w tym"), a sum word ("łącznie"), a total said twice, and one group said twice
keep the planned total and no breakdown."""

from __future__ import annotations

import pytest

from integra.extract import extract_text

HEAD = (
    "Gminny Ośrodek Pomocy Społecznej w Lipowej Górce realizuje projekt „Krok do przodu” "
    "współfinansowany ze środków Europejskiego Funduszu Społecznego w ramach Regionalnego "
    "Programu Operacyjnego na lata 2014-2020. Wartość projektu: 512 400,00 zł.\n"
)


def planned_and_parts(body: str) -> tuple:
    r = extract_text(HEAD + body + "\n", "counts17.txt")[0]
    breakdown = r["participants_planned_breakdown"] or {}
    return r["participants_planned"], sorted(breakdown.values())


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        (
            "Uczestnikami projektu będzie 18 osób z niepełnosprawnościami oraz 6 osób z ich otoczenia.",
            [6, 18],
        ),
        ("Wsparcie obejmie 14 osób w wieku senioralnym i 7 osób w kryzysie bezdomności.", [7, 14]),
        (
            "Do projektu zostanie zakwalifikowanych 25 uczestników z Lipowej oraz 15 uczestników "
            "z Górki.",
            [15, 25],
        ),
        ("W projekcie weźmie udział 22 osoby z terenu wsi oraz 9 osób z terenu miasta.", [9, 22]),
    ],
)
def test_the_same_noun_told_apart_by_what_follows_is_two_groups(body, parts):
    assert planned_and_parts(body) == (None, parts)


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        ("Projekt przewiduje objęcie wsparciem 24 dzieci oraz 24 rodziców.", [24, 24]),
        (
            "W projekcie uczestniczyć będzie 20 osób z Gminy Lipowa i 20 osób z Gminy Górka.",
            [20, 20],
        ),
        ("Wsparciem zostanie objętych 15 seniorów oraz 15 opiekunów nieformalnych.", [15, 15]),
        ("Wsparcie otrzyma 12 dzieci oraz 12 rodziców zastępczych.", [12, 12]),
    ],
)
def test_equal_counts_of_different_people_are_two_groups(body, parts):
    assert planned_and_parts(body) == (None, parts)


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        (
            "Projekt skierowany jest do 30 osób niesamodzielnych i ich opiekunów (15 osób).",
            [15, 30],
        ),
        ("Wsparciem zostanie objętych 25 dzieci oraz ich rodzice (18 osób).", [18, 25]),
        ("W projekcie weźmie udział 40 seniorów i członkowie ich rodzin (12 osób).", [12, 40]),
        ("Projekt obejmie 20 osób z niepełnosprawnościami oraz ich otoczenie (8 osób).", [8, 20]),
        (
            "W projekcie weźmie udział 30 dzieci z rodzin wieloproblemowych wraz z rodzicami "
            "(20 osób).",
            [20, 30],
        ),
    ],
)
def test_a_second_group_counted_in_parentheses_after_its_name(body, parts):
    assert planned_and_parts(body) == (None, parts)


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        ("Uczestnicy: 30 dzieci, 15 rodziców.", [15, 30]),
        ("Grupa docelowa: 24 seniorów, 12 opiekunów faktycznych.", [12, 24]),
        ("Wsparcie otrzyma 16 rodzin zastępczych, 30 dzieci.", [16, 30]),
    ],
)
def test_two_counts_of_different_people_with_a_comma_between(body, parts):
    assert planned_and_parts(body) == (None, parts)


@pytest.mark.parametrize(
    ("body", "planned", "parts"),
    [
        ("Projekt obejmie 40 osób (osoby niepełnosprawne – 30, opiekunowie – 10).", 40, [10, 30]),
        ("Projekt obejmie 40 osób: osoby niepełnosprawne – 30, opiekunowie – 10.", 40, [10, 30]),
        (
            "W projekcie udział weźmie 36 uczestników (I edycja – 18 osób, II edycja – 18 osób).",
            36,
            [18, 18],
        ),
        (
            "Wsparciem zostanie objętych 50 osób: seniorzy – 35, opiekunowie faktyczni – 15.",
            50,
            [15, 35],
        ),
        # groups that do not make the total are not its parts
        ("Projekt obejmie 40 osób (osoby niepełnosprawne – 30, opiekunowie – 5).", 40, []),
    ],
)
def test_groups_named_first_with_their_counts_after_a_dash(body, planned, parts):
    assert planned_and_parts(body) == (planned, parts)


@pytest.mark.parametrize(
    ("body", "planned"),
    [
        # a total and a subset, a total and its families, with only a comma between
        ("Projekt obejmie 40 osób, 25 kobiet.", 40),
        ("Projekt obejmie 40 uczestników, 20 rodzin.", 40),
        ("Uczestnicy projektu: 40 osób, 15 rodzin.", 40),
        # a subset, not a second group
        ("Projekt obejmie 40 osób, w tym 25 osób z niepełnosprawnościami.", 40),
        (
            "Projekt obejmie 30 osób bezrobotnych, w tym osoby z niepełnosprawnościami (10 osób).",
            30,
        ),
        # the sum stated in the parentheses is the total
        ("Projekt obejmie 20 rodzin i ich członków (łącznie 60 osób).", 60),
        # a total said twice, with no group of its own
        ("Projekt obejmie 25 osób i zapewni wsparcie 25 osobom.", 25),
        ("W projekcie weźmie udział 30 osób oraz 30 uczestników.", 30),
        ("Projekt obejmie 30 osób z terenu gminy Lipowa oraz 30 osób.", 30),
        # one group said twice: the second label only goes on from the first
        (
            "Projekt zakłada wsparcie 40 osób z terenu gminy, a zajęcia dla 40 osób z terenu gminy "
            "potrwają rok.",
            40,
        ),
    ],
)
def test_a_subset_a_sum_or_a_repetition_keeps_the_total(body, planned):
    assert planned_and_parts(body) == (planned, [])


@pytest.mark.parametrize(
    ("body", "planned", "parts"),
    [
        ("Uczestnikami projektu będzie 40 osób.", 40, []),
        ("Projekt obejmie 40 osób.", 40, []),
        ("Wsparciem zostanie objętych 40 osób.", 40, []),
        (
            "Projekt skierowany jest do 60 osób, w tym 40 osób zagrożonych wykluczeniem społecznym "
            "i 20 osób z ich otoczenia.",
            60,
            [20, 40],
        ),
        ("Projekt obejmie 150 osób (90K, 60M).", 150, [60, 90]),
    ],
)
def test_the_plan_and_its_parts_stay_as_they_were(body, planned, parts):
    assert planned_and_parts(body) == (planned, parts)


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        (
            "W Lipowej klub seniora powstanie dla 20 osób niesamodzielnych. Projekt przewiduje też "
            "uruchomienie usług opiekuńczych dla 15 osób starszych i usług asystenckich dla 10 osób "
            "niepełnosprawnych.",
            [10, 15, 20],
        ),
        (
            "Wsparciem zostanie objętych 30 osób niesamodzielnych. Wsparcie otrzyma także 10 "
            "opiekunów faktycznych.",
            [10, 30],
        ),
        (
            "Uczestnikami projektu będzie 25 osób bezrobotnych. Wsparciem zostanie także objętych 8 "
            "osób z ich otoczenia.",
            [8, 25],
        ),
        (
            "Projekt skierowany jest do 18 seniorów. Pomoc otrzyma również 6 opiekunów nieformalnych.",
            [6, 18],
        ),
    ],
)
def test_a_further_group_added_inside_the_next_sentence_beside_a_named_group(body, parts):
    assert planned_and_parts(body) == (None, parts)


@pytest.mark.parametrize(
    "body",
    [
        "Projekt obejmie 40 osób. Wsparcie otrzyma także 10 opiekunów.",
        "Projekt obejmie 40 osób. Wsparciem zostaną objęte także osoby z otoczenia – 10 osób.",
        "W projekcie weźmie udział 40 uczestników. Zajęcia obejmą również 12 rodziców.",
    ],
)
def test_after_a_bare_total_an_added_count_may_be_its_part(body):
    assert planned_and_parts(body) == (40, [])


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        (
            "W projekcie udział weźmie 30 osób niesamodzielnych. Wsparcie otrzyma 10 opiekunów "
            "faktycznych.",
            [10, 30],
        ),
        (
            "Projekt skierowany jest do 25 dzieci z rodzin zastępczych. Do projektu zostanie "
            "zakwalifikowanych 15 rodziców zastępczych.",
            [15, 25],
        ),
        (
            "Wsparciem zostanie objętych 40 osób z niepełnosprawnościami. Wsparciem zostanie objętych "
            "12 członków ich rodzin.",
            [12, 40],
        ),
    ],
)
def test_groups_planned_in_sentences_of_their_own(body, parts):
    assert planned_and_parts(body) == (None, parts)


@pytest.mark.parametrize(
    ("body", "planned"),
    [
        ("W projekcie weźmie udział 40 osób. Wsparcie otrzyma 10 opiekunów.", 40),
        ("Projekt obejmie 60 seniorów. W projekcie weźmie udział 20 seniorów z gminy Lipowa.", 60),
        ("Wsparcie otrzyma 45 rodzin. Projekt przewiduje pomoc dla 30 dębickich rodzin.", 45),
    ],
)
def test_a_total_and_the_same_people_again_keep_the_total(body, planned):
    assert planned_and_parts(body) == (planned, [])


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        ("Z usług opiekuńczych skorzysta 30 osób, a z usług asystenckich 20 osób.", [20, 30]),
        (
            "W ramach projektu z usług opiekuńczych skorzysta 25 osób, a z usług asystenckich 15 osób.",
            [15, 25],
        ),
        ("W klubie seniora wsparcie otrzyma 20 osób, a w mieszkaniu wspomaganym 6 osób.", [6, 20]),
    ],
)
def test_the_same_noun_told_apart_by_the_service_before_each_count(body, parts):
    assert planned_and_parts(body) == (None, parts)


@pytest.mark.parametrize(
    ("body", "planned"),
    [
        ("W projekcie weźmie udział 30 osób, a w szkoleniach 20 osób.", 30),
        ("Projekt obejmie 40 osób z gminy Lipowa, a w tym roku 20 osób.", 40),
    ],
)
def test_the_project_or_one_activity_before_a_count_is_not_a_group(body, planned):
    assert planned_and_parts(body) == (planned, [])


@pytest.mark.parametrize(
    ("body", "planned", "parts"),
    [
        (
            "Projekt skierowany jest do 50 uczestników. Grupę docelową stanowią: dzieci – 30, "
            "rodzice – 20.",
            50,
            [20, 30],
        ),
        (
            "Projekt obejmie 45 osób. Będą to osoby bezrobotne (30) oraz osoby z otoczenia (15).",
            45,
            [15, 30],
        ),
        (
            "Wsparciem zostanie objętych 36 osób. Uczestnicy: seniorzy – 24, opiekunowie – 12.",
            36,
            [12, 24],
        ),
        # bare counts that do not make the total are not its parts
        (
            "Projekt obejmie 45 osób. Będą to osoby bezrobotne (30) oraz osoby z otoczenia (10).",
            45,
            [],
        ),
    ],
)
def test_a_total_then_groups_named_first_with_bare_counts(body, planned, parts):
    assert planned_and_parts(body) == (planned, parts)


@pytest.mark.parametrize(
    ("body", "planned", "parts"),
    [
        ("Projekt obejmie 40 dorosłych i 25 dzieci.", None, [25, 40]),
        ("Wsparcie otrzyma 12 pacjentów oraz 8 członków ich rodzin.", None, [8, 12]),
        ("Projekt skierowany jest do 60 dorosłych mieszkańców gminy.", 60, []),
    ],
)
def test_patients_and_adults_are_counted_as_people(body, planned, parts):
    assert planned_and_parts(body) == (planned, parts)


@pytest.mark.parametrize(
    "body",
    [
        "W I turze rekrutacji przyjmiemy 20 osób.",
        "W drugim naborze do projektu przyjmiemy 12 osób.",
        "W II turze rekrutacji do projektu przyjmiemy 16 osób.",
    ],
)
def test_one_recruitment_rounds_intake_is_not_the_plan(body):
    assert planned_and_parts(body) == (None, [])


@pytest.mark.parametrize(
    ("body", "planned"),
    [
        ("Projekt obejmie 40 osób. W I turze rekrutacji przyjmiemy 20 osób.", 40),
        ("Uczestnikami projektu będzie 36 osób. W pierwszym naborze przyjmiemy 18 osób.", 36),
        ("Do projektu zostanie zrekrutowanych 24 uczestników.", 24),
    ],
)
def test_the_plan_beside_a_round_stays(body, planned):
    assert planned_and_parts(body)[0] == planned


@pytest.mark.parametrize(
    ("body", "planned", "parts"),
    [
        (
            "Projekt obejmie 24 osoby niesamodzielne (w tym 12 osób z niepełnosprawnościami) oraz 12 "
            "ich opiekunów.",
            None,
            [12, 24],
        ),
        (
            "Wsparcie otrzyma 30 seniorów (w tym 10 osób powyżej 75 roku życia) i 8 opiekunów.",
            None,
            [8, 30],
        ),
        (
            "Projekt jest skierowany do 30 osób (20 osób niesamodzielnych i ich 10 opiekunów).",
            30,
            [10, 20],
        ),
        # a subset in parentheses and no second group outside: the total alone
        (
            "Projekt obejmie 24 osoby niesamodzielne (w tym 12 osób z niepełnosprawnościami).",
            24,
            [],
        ),
    ],
)
def test_a_subset_in_parentheses_belongs_to_its_group(body, planned, parts):
    assert planned_and_parts(body) == (planned, parts)
