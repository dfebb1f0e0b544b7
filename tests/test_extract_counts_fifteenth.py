"""Participant counts read since the fifteenth session, each on wordings written for this test (not
copied from any labelled page): people reached by the project's promotion or a public event are not
the planned participants, nor is a rate (a centre's yearly figure, a count per school); a count told
in the past (impersonal "-no/-to" forms, "objętych zostało", "przystąpiło", "objął") is the actual
one. Negatives: a plain planned statement beside them keeps its value."""

from __future__ import annotations

import pytest

from integra.extract import extract_text

HEAD = (
    "Ośrodek Pomocy Społecznej w Zielonej Dolinie realizuje projekt „Razem łatwiej” "
    "współfinansowany ze środków Europejskiego Funduszu Społecznego w ramach Regionalnego "
    "Programu Operacyjnego na lata 2014-2020. Wartość projektu: 388 000,00 zł.\n"
)


def counts(body: str) -> tuple:
    r = extract_text(HEAD + body, "counts15.txt")[0]
    return r["participants_planned"], r["participants_actual"]


@pytest.mark.parametrize(
    "body",
    [
        "Materiały promocyjne projektu trafią do około 2500 mieszkańców gminy.",
        "Ulotki i plakaty o projekcie dotrą do 1200 odbiorców w całym powiecie.",
        "Kampania społeczna obejmie swoim zasięgiem 4000 osób.",
        "Na festyn kończący projekt zaplanowano udział 300 mieszkańców.",
        "The promotional campaign will reach 2000 residents of the county.",
        "Nasz Ośrodek obejmuje wsparciem około 700 osób rocznie.",
        "W zajęciach będzie uczestniczyć 8 uczniów z każdej szkoły.",
    ],
)
def test_reach_and_rates_are_not_the_plan(body):
    assert counts(body)[0] is None


@pytest.mark.parametrize(
    "body, want",
    [
        ("Spotkanie informacyjne obejmie mieszkańców. Projekt jest skierowany do 36 osób.", 36),
        ("Akcja plakatowa obejmie 900 osób. Wsparciem zostanie objętych 28 seniorów.", 28),
        ("W ramach projektu spotkania grupowe przewidziano dla 18 osób.", 18),
        ("Projektem zostanie objętych 44 osoby z terenu gminy.", 44),
        ("The project will support 52 participants from the town.", 52),
    ],
)
def test_the_plan_beside_them_stays(body, want):
    assert counts(body)[0] == want


@pytest.mark.parametrize(
    "body, want",
    [
        ("Po zakończeniu naboru do projektu zakwalifikowano 27 osób.", 27),
        ("W pierwszym roku projektem objęto 33 osoby.", 33),
        ("Działaniami projektu objętych zostało 41 mieszkańców.", 41),
        ("Do projektu przystąpiło 19 osób, w tym 11 kobiet.", 19),
        ("Projekt objął 58 osób z terenu gminy.", 58),
        ("Z zaplanowanych form wsparcia korzystało 23 uczestników.", 23),
        ("Wsparcie uzyskało łącznie 37 osób.", 37),
    ],
)
def test_told_in_the_past_is_the_actual_count(body, want):
    assert counts(body) == (None, want)


def test_plan_and_report_side_by_side():
    body = (
        "Projekt zakładał objęcie wsparciem 30 osób. Ostatecznie do projektu przystąpiło 32 osoby."
    )
    assert counts(body) == (30, 32)


@pytest.mark.parametrize(
    "body, want",
    [
        ("Gmina przystąpiła do realizacji projektu, który obejmie 26 osób.", 26),
        (
            "Dla osób, które korzystały z pomocy w 2021 roku, projekt przewiduje wsparcie 31 osób.",
            31,
        ),
        ("Projekt został objęty patronatem Starosty i obejmie 48 seniorów.", 48),
    ],
)
def test_a_past_verb_away_from_the_count_leaves_the_plan(body, want):
    assert counts(body) == (want, None)


@pytest.mark.parametrize(
    "body, want",
    [
        # the families counted, then the persons in them: the persons are the participants
        ("Projektem zostaną objęte 14 rodziny (około 47 osób).", 47),
        ("Wsparcie trafi do 9 rodzin, tj. 31 osób z terenu gminy.", 31),
        ("Do projektu zostanie zakwalifikowanych 11 rodzin – łącznie 38 osób.", 38),
        ("The project will cover 16 households (52 people).", 52),
        # negatives: persons first, families after; families alone; families and children as groups
        ("Projekt obejmie 56 osób z 19 rodzin.", 56),
        ("Uczestnikami projektu będzie 22 rodzin.", 22),
    ],
)
def test_persons_in_the_families(body, want):
    assert counts(body)[0] == want


def test_families_and_children_stay_groups():
    r = extract_text(HEAD + "Wsparciem zostanie objętych 17 rodzin i 35 dzieci.", "c.txt")[0]
    assert r["participants_planned"] is None
    assert sorted(r["participants_planned_breakdown"].values()) == [17, 35]


def parts(body: str) -> tuple:
    r = extract_text(HEAD + body, "c.txt")[0]
    return r["participants_planned"], sorted((r["participants_planned_breakdown"] or {}).values())


@pytest.mark.parametrize(
    "body, want",
    [
        # each round named before its count, no total: the rounds are the parts
        ("W I edycji zajęć udział weźmie 16 osób, a w II edycji 16 osób.", [16, 16]),
        ("W pierwszym roku wsparcie otrzyma 13 osób, w drugim roku 13 osób.", [13, 13]),
        ("W I turze kursu weźmie udział 9 osób, w II turze 11 osób.", [9, 11]),
        ("W 2025 roku projektem zostanie objętych 21 osób, a w 2026 roku 21 osób.", [21, 21]),
    ],
)
def test_rounds_named_before_their_counts(body, want):
    assert parts(body) == (None, want)


@pytest.mark.parametrize(
    "body, want",
    [
        # a total, then one round's count: the total stays and no breakdown
        ("Projekt obejmie 35 osób, w I etapie 12 osób.", (35, [])),
        # a total repeated, no round named: not two groups
        ("Projekt obejmie 26 osób, a wsparciem zostanie objętych 26 osób.", (26, [])),
    ],
)
def test_a_total_beside_a_round_stays(body, want):
    assert parts(body) == want


@pytest.mark.parametrize(
    "body, want",
    [
        # the first person plural of the present names the plan
        ("Projekt kierujemy do 42 osób z terenu gminy.", (42, [])),
        ("Nasze działania adresujemy do 27 seniorów mieszkających samotnie.", (27, [])),
        # two groups, then a back-reference to the first: the groups, no total
        (
            "Projekt adresujemy do 32 osób starszych, także z niepełnosprawnościami, oraz do ich "
            "8 opiekunów. Chcemy poprawić dostęp tych 32 osób do usług w domu.",
            (None, [8, 32]),
        ),
    ],
)
def test_first_person_plural_and_back_references(body, want):
    assert parts(body) == want


@pytest.mark.parametrize(
    "body",
    [
        "W tym roku projekt kierujemy do czterech grup osób: seniorów, opiekunów i rodzin.",
        "Wsparciem zostaną objęte dwie grupy osób zagrożonych wykluczeniem.",
    ],
)
def test_a_count_of_groups_is_not_the_plan(body):
    assert parts(body)[0] is None


@pytest.mark.parametrize(
    "body",
    [
        # one gmina's or county's share of a wider project, told first in its clause
        "W tej gminie z usług w ramach projektu skorzysta 45 seniorów.",
        "Z naszego powiatu w projekcie udział weźmie 38 osób.",
        "From our municipality 25 people will take part in the project.",
        # one staff member's task
        "Gmina zatrudni opiekunkę, która obejmie usługami 6 osób w ich domach.",
        "Zatrudniony psycholog, który obejmie wsparciem 14 osób, rozpocznie pracę w marcu.",
    ],
)
def test_a_share_or_one_workers_task_is_not_the_plan(body):
    assert counts(body)[0] is None


@pytest.mark.parametrize(
    "body, want",
    [
        ("W gminie Brzozowa Wola projektem zostanie objętych 46 osób.", 46),
        ("Z terenu gminy do projektu zostanie zakwalifikowanych 39 osób.", 39),
        ("Projekt obejmie 41 osób z naszej gminy.", 41),
    ],
)
def test_the_whole_projects_count_stays(body, want):
    assert counts(body)[0] == want
