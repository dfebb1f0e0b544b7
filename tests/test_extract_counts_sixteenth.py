"""Participant counts read since the sixteenth session, each on wordings written for this test (not
copied from any labelled page): a count that is not the project's own is neither its plan nor its
report: the welfare centre's caseload ("Ośrodek obejmuje pomocą 600 rodzin"), an earlier edition
("w poprzedniej edycji … 25 osób"), a figure summed over several projects ("26 projektów, dzięki
którym … 1900 osób") and a count per group or school ("w każdej grupie … 12 osób"). Negatives: the
project's own statement beside them, or naming the project, keeps its value."""

from __future__ import annotations

import pytest

from integra.extract import extract_text

HEAD = (
    "Gminny Ośrodek Pomocy Społecznej w Lipowej Górce realizuje projekt „Krok do przodu” "
    "współfinansowany ze środków Europejskiego Funduszu Społecznego w ramach Regionalnego "
    "Programu Operacyjnego na lata 2014-2020. Wartość projektu: 512 400,00 zł.\n"
)


def counts(body: str) -> tuple:
    r = extract_text(HEAD + body, "counts16.txt")[0]
    return r["participants_planned"], r["participants_actual"]


@pytest.mark.parametrize(
    "body",
    [
        "Ośrodek obejmuje pomocą ponad 600 rodzin z terenu gminy.",
        "W 2020 roku Ośrodek planuje objąć pomocą społeczną około 900 osób.",
        "GOPS wspiera obecnie 450 mieszkańców gminy.",
        "W roku sprawozdawczym świadczeniami z pomocy społecznej objęto 640 osób.",
        "Z pomocy Ośrodka korzysta obecnie 1250 osób, wiele z nich nie pracuje.",
        "The centre supports some 700 residents every year.",
    ],
)
def test_the_centres_caseload_is_not_a_count_of_the_project(body):
    assert counts(body) == (None, None)


@pytest.mark.parametrize(
    "body",
    [
        "W poprzedniej edycji projektu wsparcie otrzymało 25 osób.",
        "W ubiegłorocznej edycji w projekcie uczestniczyło 40 osób, z czego 12 podjęło pracę.",
        "Zeszłoroczna edycja projektu objęła wsparciem 38 osób.",
        "Wcześniejszy projekt Ośrodka skierowany był do 30 osób.",
        "In the previous edition of the project 45 people took part.",
    ],
)
def test_an_earlier_edition_is_not_a_count_of_this_one(body):
    assert counts(body) == (None, None)


@pytest.mark.parametrize(
    "body",
    [
        "Zarząd Województwa przyjął listę 26 projektów, dzięki którym wsparcie otrzyma 1900 osób.",
        "W ramach 12 dofinansowanych projektów pomoc trafi do 850 mieszkańców regionu.",
        "Podpisano 7 umów, na mocy których wsparcie otrzyma 640 osób.",
        "The board chose 14 projects that will support 1200 people in the region.",
    ],
)
def test_a_sum_over_several_projects_is_not_the_plan(body):
    assert counts(body)[0] is None


@pytest.mark.parametrize(
    "body",
    [
        "W każdej grupie warsztatowej będzie uczestniczyć 12 osób.",
        "Z każdej szkoły do zajęć zostanie zakwalifikowanych 10 uczniów.",
        "Na każdym turnusie wypoczynku przewidziano miejsca dla 15 dzieci.",
        "In each group 8 participants will take part.",
    ],
)
def test_a_count_per_unit_is_not_the_plan(body):
    assert counts(body)[0] is None


@pytest.mark.parametrize(
    "body, want",
    [
        ("Ośrodek obejmie wsparciem w projekcie 40 osób zagrożonych wykluczeniem.", (40, None)),
        ("GOPS obejmuje pomocą 600 rodzin. Projekt jest skierowany do 36 osób.", (36, None)),
        ("W tej edycji projektu wsparcie otrzyma 24 osoby.", (24, None)),
        ("W każdej edycji 15 osób, łącznie projekt obejmie 45 osób.", (45, None)),
        ("Projektem objęto 42 osoby korzystające z pomocy społecznej.", (None, 42)),
        (
            "Wsparciem zostanie objętych 30 osób korzystających ze świadczeń pomocy społecznej.",
            (30, None),
        ),
    ],
)
def test_the_projects_own_count_stays(body, want):
    assert counts(body) == want


@pytest.mark.parametrize(
    "body",
    [
        "W szkoleniu z obsługi komputera weźmie udział 15 osób.",
        "Zaplanowano kursy zawodowe dla 12 osób oraz staże dla 8 osób.",
        "W ramach projektu zostanie zorganizowany wyjazd integracyjny dla 45 osób.",
        "W ramach projektu 10 osób zostanie skierowanych na kurs opiekuna osób starszych.",
        "W warsztatach kulinarnych weźmie udział 12 uczestników, a w zajęciach komputerowych 10.",
        "The trip to the mountains is planned for 30 children.",
    ],
)
def test_one_activitys_count_is_not_the_plan(body):
    assert counts(body)[0] is None


@pytest.mark.parametrize(
    "body",
    [
        "W warsztatach kulinarnych zorganizowanych w marcu wzięło udział 14 uczestniczek.",
        "Na wycieczkę do Krakowa pojechało 18 uczestników projektu.",
        "W ubiegłą sobotę 18 uczestników wyjechało na wycieczkę do Krakowa.",
    ],
)
def test_one_activitys_count_is_not_the_report(body):
    assert counts(body)[1] is None


@pytest.mark.parametrize(
    "body, want",
    [
        # a list of forms for the count, the project named as the whole, rounds of one form
        ("W ramach projektu zaplanowano szkolenia, warsztaty i doradztwo dla 40 osób.", (40, None)),
        ("W projekcie weźmie udział 24 osoby, które skorzystają ze szkoleń.", (24, None)),
        ("Projekt obejmie 36 osób, z których 10 odbędzie staż zawodowy.", (36, None)),
        ("Czterdziestu uczestników najpierw pozna teorię na szkoleniach.", (40, None)),
        ("Do projektu przystąpiło 19 osób, które ukończyły kursy zawodowe.", (None, 19)),
    ],
)
def test_the_projects_count_beside_its_forms_stays(body, want):
    assert counts(body) == want


def test_rounds_of_one_form_stay_the_breakdown():
    r = extract_text(HEAD + "W I turze kursu weźmie udział 9 osób, w II turze 11 osób.", "c.txt")[0]
    assert r["participants_planned"] is None
    assert sorted(r["participants_planned_breakdown"].values()) == [9, 11]


def plan_and_parts(body: str) -> tuple:
    r = extract_text(HEAD + body, "c.txt")[0]
    return r["participants_planned"], sorted((r["participants_planned_breakdown"] or {}).values())


@pytest.mark.parametrize(
    "body, want",
    [
        # each group named by its place before its count, no total: the places are the parts
        (
            "W Klubie Seniora w Lipnie uczestniczyć będzie 20 osób, a w Klubie w Zalesiu – 15 osób.",
            [15, 20],
        ),
        (
            "W świetlicy w Borku weźmie udział 25 dzieci, a w świetlicy w Dębinie 18 dzieci.",
            [18, 25],
        ),
        (
            "W mieszkaniu treningowym wsparcie otrzymają 4 osoby, a w mieszkaniu wspieranym – 6 osób.",
            [4, 6],
        ),
    ],
)
def test_groups_named_by_place_are_the_parts(body, want):
    assert plan_and_parts(body) == (None, want)


@pytest.mark.parametrize(
    "body, want",
    [
        (
            "Wsparcie otrzyma 20 osób niesamodzielnych. Dodatkowo usługi opiekuńcze obejmą 15 "
            "osób starszych i usługi asystenckie 10 osób z niepełnosprawnościami.",
            [10, 15, 20],
        ),
        (
            "Projekt obejmie 30 osób bezrobotnych. Ponadto wsparcie otrzyma 12 opiekunów oraz "
            "8 członków rodzin uczestników.",
            [8, 12, 30],
        ),
    ],
)
def test_a_sentence_adding_several_groups(body, want):
    assert plan_and_parts(body) == (None, want)


@pytest.mark.parametrize(
    "body, want",
    [
        # the further sentence gives the planned count's own sexes or parts: the total stays
        (
            "Projekt obejmie 30 osób. Ponadto zakładamy udział 18 kobiet i 12 mężczyzn.",
            (30, [12, 18]),
        ),
        (
            "Projekt obejmie 30 osób. Dodatkowo 20 osób bezrobotnych i 10 osób biernych zawodowo.",
            (30, [10, 20]),
        ),
    ],
)
def test_a_further_sentence_that_is_not_further_groups(body, want):
    assert plan_and_parts(body) == want


@pytest.mark.parametrize(
    "body",
    [
        "Projekt zakłada zatrudnienie 2 asystentów rodziny oraz 3 specjalistów pracy z rodziną.",
        "Kadrę projektu stanowić będzie 8 specjalistów: psycholog, pedagog i doradca zawodowy.",
        "W projekcie zostanie zatrudnionych 5 trenerów i 2 koordynatorów.",
        "Do pracy z seniorami zaangażowanych zostanie 12 wolontariuszy.",
    ],
)
def test_the_projects_staff_are_not_participants(body):
    assert plan_and_parts(body) == (None, [])


@pytest.mark.parametrize(
    "body, want",
    [
        # carers of dependants are participants; staff beside the participants do not count
        ("Wsparcie otrzyma 20 osób niesamodzielnych oraz 15 ich opiekunów.", (None, [15, 20])),
        ("Projekt obejmie 40 osób, z którymi pracować będzie 4 asystentów.", (40, [])),
    ],
)
def test_participants_beside_staff_stay(body, want):
    assert plan_and_parts(body) == want


@pytest.mark.parametrize(
    "body, want",
    [
        # one form in English, and a list of forms after the count (the project's, kept)
        ("As part of the project, 15 people will take part in a computer training course.", None),
        ("After recruitment 12 participants will attend a vocational course.", None),
        ("W ramach projektu 40 osób weźmie udział w szkoleniach, warsztatach i doradztwie.", 40),
        ("Projekt zakłada, że 30 osób weźmie udział w szkoleniach oraz stażach.", 30),
    ],
)
def test_one_form_after_the_count(body, want):
    assert counts(body)[0] == want


@pytest.mark.parametrize(
    "body",
    [
        "Projekty obejmą wsparciem 950 osób z całego województwa.",
        "Łącznie projektami objętych zostanie 420 osób.",
        "Zarząd wybrał do dofinansowania 14 projektów. Wsparcie otrzyma łącznie 1240 osób.",
        "Marszałek podpisał umowy z 9 gminami. Dzięki nim pomoc trafi do ponad 700 mieszkańców.",
        "The board selected 11 projects. In total 860 people will be supported.",
    ],
)
def test_what_several_projects_do_together_is_not_the_plan(body):
    assert counts(body)[0] is None


@pytest.mark.parametrize(
    "body, want",
    [
        # the project's own count after a sentence on several, or a partnership's total
        ("W konkursie wybrano 12 projektów. Projekt GOPS obejmie 30 osób.", 30),
        ("Projekt realizują 5 gmin w partnerstwie. Łącznie wsparcie otrzyma 200 osób.", 200),
        ("Gmina otrzymała 800 tys. zł. Dzięki nim wsparcie otrzyma 40 osób.", 40),
    ],
)
def test_the_projects_own_count_after_several_stays(body, want):
    assert counts(body)[0] == want


@pytest.mark.parametrize(
    "body",
    [
        "Z diagnozy wynika, że wsparcia potrzebuje około 150 osób starszych.",
        "Według danych GUS w gminie mieszka 320 osób z niepełnosprawnościami.",
        "Jak pokazują statystyki, opieki wymaga w gminie 90 seniorów.",
        "Nabór uzupełniający obejmie 6 osób.",
        "Projekty mają aktywizować mieszkańców obu gmin. Wsparciem zostanie objętych 41 osób.",
        "According to the diagnosis 200 seniors in the town need care.",
    ],
)
def test_a_need_a_statistic_or_several_projects_is_not_the_plan(body):
    assert counts(body)[0] is None


@pytest.mark.parametrize(
    "body, want",
    [
        ("To miejsce dla tych, którzy go potrzebują – wsparcie otrzyma 30 osób.", 30),
        ("Projekt skierowany jest do 25 osób, które potrzebują wsparcia w codziennym życiu.", 25),
        ("Oba projekty są ważne dla gminy. Nasz projekt obejmie 18 osób.", 18),
        ("Oba projekty są ważne dla gminy. W naszym projekcie weźmie udział 22 osoby.", 22),
    ],
)
def test_the_plan_beside_a_need_stays(body, want):
    assert counts(body)[0] == want


@pytest.mark.parametrize(
    "body, want",
    [
        # an age after "ukończyć" is not a number of people who completed
        ("Projekt skierowany jest do osób bezrobotnych, które ukończyły 25 lat.", None),
        ("Uprawnione są osoby, które ukończyły lub ukończą co najmniej 65 lat.", None),
        ("Do projektu przyjmowane są osoby, które ukończyły 18. rok życia.", None),
        # negatives: people who completed the course or the project
        ("Kurs zawodowy ukończyło 14 uczestników.", 14),
        ("Projekt zakończyło 27 osób.", 27),
    ],
)
def test_an_age_is_not_a_count_of_completers(body, want):
    r = extract_text(HEAD + body, "c.txt")[0]
    assert r["participants_completed"] == want
