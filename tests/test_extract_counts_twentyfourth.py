"""Participant counts (and a page's voivodeship) read since the twenty-fourth session, from wordings seen on real project
pages (tests/data/real_number_pages/, addresses in its README) and tested here on wordings written
for this test:

- a portal's label "Dla kogo:" (or "Do kogo skierowany jest projekt:") with the count on its own
  line or after the colon: the planned total (funduszeeuropejskie.gov.pl/nabory: "Dla kogo:" /
  "135 osób (75 kobiet i 60 mężczyzn) z następujących grup odbiorców");
- "Liczba uczestników … wyniosła N", "Liczba mieszkańców objętych działaniami … wyniosła N osób":
  the number of the project's people told in the past, the report (lgdwabrzezno.pl: "Liczba
  mieszkańców objętych działaniami w ramach Centrum Aktywności Lokalnej … wyniosła 385 osób");
- people who will find help, care or shelter ("pomoc znajdą 72 osoby", "opiekę znajdzie 40
  seniorów"): the planned total (telewizja.malopolska.pl: "Dzienny Dom Opieki Medycznej, w którym
  pomoc znajdą 72 osoby niesamodzielne");
- a line that ends with its count of persons and "w tym:" over a list of items each opening with
  a count that add up to it ("Placówka będzie dostosowana do potrzeb 15 uczestników w tym:" /
  "- 13 osób, które będą korzystały …" / "- 2 osoby, które otrzymają wsparcie …",
  terazgostynin.pl): the total, and no item of the list is ever the total;
- a project's social services planned for its people ("Świadczenia społeczne mają objąć około 160
  osób", the dev page rc_zb_08): the plan, not the centre's caseload of benefits;
- a page that names no town, powiat or voivodeship but one region in the locative ("Nowe centra
  opiekuńczo-mieszkalne na Mazowszu", terazgostynin.pl): that region's voivodeship.

Negatives: the label with no count, with only a split or only a part, a place's population; a
planned number told in the past ("Planowana liczba …"), a place's statistic ("Liczba mieszkańców
gminy wyniosła …"), the present "wynosi" (the plan), those who completed it; a place's capacity
("znajdzie się miejsce dla 24 mieszkańców"), a job found ("pracę znajdzie 10 osób"), two groups
that find two kinds of help (the parts, no total); items that do not add up to the lead's count
(no total from the lead, yet no item as the total), a lead told in the past (the report's rule),
a lead with no "w tym:"; benefits of social assistance as the centre's caseload ("Świadczeniami z
pomocy społecznej objęto 640 osób"); two regions named (no voivodeship), a voivodeship stated
beside the region (the stated one)."""

from __future__ import annotations

import pytest

from integra.extract import extract_text

HEAD = (
    "Ośrodek Pomocy Społecznej w Brzozowie Starym realizuje projekt „Razem po zmianę” "
    "współfinansowany ze środków Europejskiego Funduszu Społecznego w ramach Regionalnego "
    "Programu Operacyjnego na lata 2014-2020.\n\n"
)


def counts(body: str) -> tuple:
    r = extract_text(HEAD + body + "\n", "counts24.txt")[0]
    return r["participants_planned"], r["participants_actual"]


@pytest.mark.parametrize(
    "body, planned",
    [
        ("Dla kogo:\n64 osoby (40 kobiet i 24 mężczyzn) z terenu gminy Brzozów.", 64),
        ("Dla kogo:\n52 osoby zagrożone ubóstwem lub wykluczeniem społecznym.", 52),
        ("Dla kogo: 38 osób z niepełnosprawnościami i ich opiekunów.", 38),
        ("Do kogo skierowany jest projekt:\n45 seniorów z terenu gminy.", 45),
        ("Dla kogo jest projekt:\n26 osób bezrobotnych w wieku 18-64 lata.", 26),
    ],
)
def test_for_whom_label_gives_the_planned_total(body, planned):
    assert counts(body) == (planned, None)


@pytest.mark.parametrize(
    "body",
    [
        "Dla kogo:\nosoby bezrobotne z terenu gminy w wieku 18-64 lata.",
        "Dla kogo:\n18 kobiet i 12 mężczyzn.",  # only the split: the parts, no total
        "Dla kogo:\nseniorzy w wieku 60+, w tym 12 osób z niepełnosprawnościami.",  # a part
        "Dla kogo:\nmieszkańcy gminy liczącej 12 000 osób.",  # a population
    ],
)
def test_for_whom_label_without_a_total(body):
    assert counts(body) == (None, None)


@pytest.mark.parametrize(
    "body, actual",
    [
        ("Projekt zakończył się w grudniu. Liczba uczestników projektu wyniosła 47 osób.", 47),
        ("Łączna liczba uczestników wyniosła 52 osoby.", 52),
        ("Liczba osób objętych wsparciem w ramach klubu wyniosła 31 osób.", 31),
        (
            "Liczba seniorów korzystających z usług opiekuńczych w okresie realizacji wynosiła "
            "28 osób.",
            28,
        ),
        ("Liczba beneficjentów ostatecznych projektu wyniosła 120 osób.", 120),
    ],
)
def test_number_of_participants_in_the_past_is_the_report(body, actual):
    assert counts(body) == (None, actual)


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Planowana liczba uczestników wynosiła 40 osób.",
            (40, None),
        ),  # the plan, told in the past
        ("Liczba mieszkańców gminy wyniosła w 2015 r. 12 400 osób.", (None, None)),  # statistic
        ("Liczba osób bezrobotnych w gminie wynosiła 320 osób.", (None, None)),  # statistic
        ("Liczba uczestników wynosi 40 osób.", (40, None)),  # the present: the plan
        (
            "W projekcie weźmie udział 30 osób. Liczba uczestników, którzy ukończyli projekt, "
            "wyniosła 28 osób.",
            (30, None),  # those who completed it, not the report
        ),
    ],
)
def test_number_told_in_the_past_that_is_not_the_report(body, expected):
    assert counts(body) == expected


@pytest.mark.parametrize(
    "body, planned",
    [
        ("W nowym klubie opiekę znajdzie 40 seniorów z terenu gminy.", 40),
        ("Utworzymy dom dziennego pobytu, w którym pomoc znajdą 36 osoby starsze.", 36),
        ("W mieszkaniach treningowych schronienie znajdzie 12 osób w kryzysie bezdomności.", 12),
        ("W świetlicy znajdzie tu wsparcie 25 dzieci z rodzin przeżywających trudności.", 25),
    ],
)
def test_people_who_will_find_help_are_the_plan(body, planned):
    assert counts(body) == (planned, None)


@pytest.mark.parametrize(
    "body",
    [
        "W domu znajdzie się miejsce dla 24 mieszkańców.",  # a capacity
        "Dzięki projektowi pracę znajdzie 10 osób.",  # a result
    ],
)
def test_finding_a_place_or_a_job_is_not_the_plan(body):
    assert counts(body) == (None, None)


def test_two_groups_finding_two_kinds_of_help_are_parts():
    r = extract_text(
        HEAD + "Opiekę znajdzie 40 seniorów, a wsparcie asystenckie 10 osób z "
        "niepełnosprawnościami.\n",
        "counts24.txt",
    )[0]
    assert r["participants_planned"] is None
    assert sorted((r["participants_planned_breakdown"] or {}).values()) == [10, 40]


@pytest.mark.parametrize(
    "body, planned",
    [
        (
            "Placówka będzie dostosowana do potrzeb 15 uczestników w tym:\n"
            "- 13 osób, które będą korzystały z pobytu dziennego;\n"
            "- 2 osoby, które otrzymają wsparcie w formie pobytu całodobowego.",
            15,
        ),
        (
            "Do klubu należeć będzie 30 seniorów, w tym:\n"
            "- 20 osób z terenu miasta,\n"
            "- 10 osób z terenów wiejskich gminy.",
            30,
        ),
        (
            "Mieszkanie wspomagane przyjmie 8 osób w tym:\n"
            "• 5 osób z niepełnosprawnością intelektualną,\n"
            "• 3 osoby opuszczające pieczę zastępczą.",
            8,
        ),
    ],
)
def test_a_lead_with_its_parts_listed_gives_the_total(body, planned):
    assert counts(body) == (planned, None)


def test_items_short_of_the_lead_give_no_item_as_the_total():
    body = (
        "Placówka będzie dostosowana do potrzeb 16 uczestników w tym:\n"
        "- 13 osób korzystających z pobytu dziennego;\n"
        "- 2 osoby, które otrzymają wsparcie w formie pobytu całodobowego."
    )
    assert counts(body) == (None, None)


def test_a_lead_told_in_the_past_is_the_report():
    body = (
        "Z usług placówki skorzystało 15 uczestników w tym:\n"
        "- 13 osób z pobytu dziennego;\n"
        "- 2 osoby z pobytu całodobowego."
    )
    assert counts(body) == (None, 15)


def test_a_lead_without_w_tym_is_no_total():
    body = (
        "Placówka będzie dostosowana do potrzeb 15 uczestników:\n"
        "- 13 osób korzystających z pobytu dziennego;\n"
        "- 2 osoby korzystające z pobytu całodobowego."
    )
    assert counts(body)[0] != 2


@pytest.mark.parametrize(
    "body, planned",
    [
        ("Świadczenia społeczne mają objąć około 160 osób z terenu gminy.", 160),
        ("Nowe świadczenia społeczne centrum mają objąć 90 mieszkańców.", 90),
        ("Świadczenia społeczne w ramach projektu obejmą 75 osób.", 75),
    ],
)
def test_social_services_planned_are_the_plan(body, planned):
    assert counts(body) == (planned, None)


@pytest.mark.parametrize(
    "body",
    [
        "W 2020 roku świadczeniami z pomocy społecznej objęto 640 osób.",
        "Świadczeniami objęto w ubiegłym roku 300 rodzin.",
        "Ośrodek obejmuje pomocą społeczną ponad 600 rodzin.",
    ],
)
def test_benefits_of_the_centre_are_its_caseload(body):
    assert counts(body) == (None, None)


FACTS = " Projekt obejmie wsparciem 60 osób. Wartość projektu: 1 200 000,00 zł."


@pytest.mark.parametrize(
    "head, voivodeship",
    [
        ("Mieszkania chronione na Dolnym Śląsku.", "dolnośląskie"),
        ("Centra usług społecznych w Wielkopolsce.", "wielkopolskie"),
        ("Kluby seniora na Warmii i Mazurach.", "warmińsko-mazurskie"),
        ("Nowy klub seniora na Podkarpaciu.", "podkarpackie"),
        # two regions: no voivodeship; a stated voivodeship wins over the region
        ("Kluby seniora na Mazowszu i na Podlasiu.", None),
        ("Klub seniora na Mazowszu, w województwie łódzkim.", "łódzkie"),
    ],
)
def test_the_one_region_named_gives_the_voivodeship(head, voivodeship):
    r = extract_text(head + FACTS + "\n", "region24.txt")[0]
    assert r["city"] is None
    assert r["voivodeship"] == voivodeship
