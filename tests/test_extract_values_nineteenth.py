"""Planned participants, money and dates read since the nineteenth session, each on wordings
written for this test (not copied from any labelled page):

- the planned total said as a group's size in one word ("grupa 12-osobowa", "10-osobowa grupa"),
  as people counted in their target groups ("54 w 3 GD") or with its person noun in quotes
  ("Grupa 36 „Seniorów”"); a size per group ("w 8-osobowych grupach") is no total;
- the plan said in the first person ("Chcemy pomóc 35 rodzinom") or with "będzie (mogło) korzystać" ("z klubu będzie mogło korzystać 25 seniorów");
- an amount with its currency before the number ("zł 250 000,00"), never a year after "zł";
- a day written "01-03- 2017" (a stray space before the year);
- counts each tied to a year of their own ("18 osób w 2024 r., 22 osoby w 2025 r."): each year's
  intake, so no planned total (null and a problem) unless a sum word states one;
- the contract date of a date cut off the signing sentence it opens ("14.02.2024 r. Gmina podpisała
  umowę …", "Dnia 9 maja 2023 r. Wójt …") and of an agreement received ("Wójt odebrał … umowę");
- a period's years after "Okres realizacji projektu to" or "w terminie" ("… to 2022-2024");
- the voivodeship of "RPO WiM", "RPO Lubuskie 2020", "RPO Warmia i Mazury";
- English plans: families, households, children, parents, caregivers and young people counted as
  persons; "supporting" in a law's name ("the Act … on supporting the family") is no plan cue;
  "will be recruited", "will provide … to", "offers help to", "the beneficiaries are", "will have
  received support" (a plan, not a report);
- a bare amount after a money label, ended by a full stop ("Wartość projektu (zł): 845 210,40.");
- a regional project number with the 2007-2013 agreement's prefix ("UDA-RPLU.07…"): 2007-2013;
- the number of participants said with a verb ("Planowana liczba uczestników wynosi 36", "The
  planned number of participants is 36"), "zostanie zaproszonych 36 osób".

Negatives: a size per group, a past "korzystało", a year after "zł"."""

from __future__ import annotations

import pytest

from integra.extract import extract_text
from integra.extract.dates import find_dates
from integra.extract.numbers import find_money

HEAD = (
    "Gminny Ośrodek Pomocy Społecznej w Jaworzynie Małej realizuje projekt „Wspólna droga” "
    "współfinansowany ze środków Europejskiego Funduszu Społecznego w ramach Regionalnego "
    "Programu Operacyjnego na lata 2014-2020.\n"
)


def record(body: str) -> dict:
    return extract_text(HEAD + body + "\n", "values19.txt")[0]


@pytest.mark.parametrize(
    ("body", "planned"),
    [
        ("W zajęciach klubu weźmie udział grupa 12-osobowa.", 12),
        ("Projektem zostanie objęta 10-osobowa grupa młodzieży z gminy.", 10),
        (
            "Od 01.03.2020 do 31.12.2021 wsparciem zostanie objętych 54 w 3 GD: 1. dzieci 2. rodzice",
            54,
        ),
        ("Grupa 36 „Seniorów” otrzyma pomoc psychologa i prawnika.", 36),
        ("Z oferty klubu będzie mogło korzystać 25 seniorów.", 25),
        ("Ze świetlicy korzystać będą dzieci z 30 rodzin.", 30),
        ("Chcemy pomóc 35 rodzinom z terenu gminy.", 35),
    ],
)
def test_planned_total_forms(body: str, planned: int) -> None:
    assert record(body)["participants_planned"] == planned


@pytest.mark.parametrize(
    "body",
    [
        "Zajęcia odbędą się w 8-osobowych grupach.",  # a size per group, not the plan
        "Zaplanowano zajęcia z pływania dla grupy 10-osobowej, łącznie 20 godzin.",  # an activity's
        "Do klubu zatrudniono 5-osobowy zespół specjalistów.",
    ],
)
def test_group_sizes_that_are_no_total(body: str) -> None:
    assert record(body)["participants_planned"] is None


def test_past_use_is_no_plan() -> None:
    r = record("Z placówki korzystało 40 dzieci.")
    assert r["participants_planned"] is None
    assert r["participants_actual"] == 40


def test_currency_before_the_number() -> None:
    r = record("Wartość projektu: zł 250 000,00. Dofinansowanie z EFS: zł 212 500,00.")
    assert r["total_cost_pln"] == 250000.0
    assert r["eu_cofinancing_pln"] == 212500.0


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("kwota zł 1 234,50 brutto", [1234.5]),
        ("zł 1,2 mln na zadanie", [1200000.0]),
        ("ceny w zł 2019 r. wzrosły", []),  # a year after "zł" is no amount
        ("100 zł 50 gr", [100.5]),  # the grosze after the currency, not a second amount
    ],
)
def test_money_with_the_currency_first(text: str, values: list[float]) -> None:
    assert [float(m.value) for m in find_money(text)] == values


def test_day_with_a_stray_space_before_the_year() -> None:
    found = [(d.year, d.month, d.day) for d in find_dates("od 01-03- 2017 r. do 28-02- 2019 r.")]
    assert found == [(2017, 3, 1), (2019, 2, 28)]
    r = record("Okres realizacji projektu: od 01-03- 2017 r. do 28-02- 2019 r.")
    assert (r["start_date"], r["end_date"]) == ("2017-03-01", "2019-02-28")


@pytest.mark.parametrize(
    "body",
    [
        "Planowane wsparcie: 18 osób w 2024 r., 22 osoby w 2025 r.",
        "W 2024 r. wsparcie otrzyma 18 osób, a w 2025 r. – 22 osoby.",
    ],
)
def test_counts_each_for_a_year_are_no_total(body: str) -> None:
    r = record(body)
    assert r["participants_planned"] is None
    assert any("each for a year of its own" in p for p in r["problems"])


@pytest.mark.parametrize(
    ("body", "planned"),
    [
        ("Wsparciem objętych zostanie 40 osób w 2024 r.", 40),  # one count, one year
        ("Wsparcie otrzyma 18 osób w 2024 r., 22 osoby w 2025 r. – łącznie 40 osób.", 40),
    ],
)
def test_a_year_beside_the_total_keeps_it(body: str, planned: int) -> None:
    assert record(body)["participants_planned"] == planned


@pytest.mark.parametrize(
    ("body", "day"),
    [
        # the date alone in its unit: the abbreviation's dot cut the sentence it opens
        (
            "14.02.2024 r. Gmina Jaworzyna podpisała umowę nr 3/2024/KS o powierzenie grantu.",
            "2024-02-14",
        ),
        (
            "Dnia 9 maja 2023 r. Wójt odebrał z rąk członka zarządu województwa umowę "
            "o dofinansowanie projektu.",
            "2023-05-09",
        ),
        ("Umowę na realizację projektu burmistrz odebrał 9 maja 2023 r.", "2023-05-09"),
    ],
)
def test_contract_date_of_a_date_cut_off_or_a_received_agreement(body: str, day: str) -> None:
    assert record(body)["contract_date"] == day


@pytest.mark.parametrize(
    "body",
    [
        "Mieszkańcy odebrali 9 maja 2023 r. paczki żywnościowe. Umowa obowiązuje do końca roku.",
        "14.02.2024 r. Gmina ogłosiła nabór uczestników do projektu.",  # no agreement at all
    ],
)
def test_no_contract_date_without_the_agreement_signed_or_received(body: str) -> None:
    assert record(body)["contract_date"] is None


@pytest.mark.parametrize(
    "body",
    [
        "Okres realizacji projektu to 2022-2024.",
        "Projekt realizowany będzie w terminie 2022-2024.",
    ],
)
def test_years_of_the_period_said_in_a_sentence(body: str) -> None:
    r = record(body)
    assert (r["start_date"], r["end_date"]) == ("2022-01-01", "2024-12-31")


def test_years_alone_are_no_period() -> None:
    r = record("Strategia 2022-2024 przewiduje rozwój usług.")
    assert (r["start_date"], r["end_date"]) == (None, None)


NO_TOWN = "Ośrodek Pomocy Społecznej realizuje projekt „Razem łatwiej”.\n"


@pytest.mark.parametrize(
    ("line", "voivodeship"),
    [
        ("Projekt współfinansowany w ramach RPO WiM 2014-2020.", "warmińsko-mazurskie"),
        ("Projekt współfinansowany w ramach RPO Lubuskie 2020.", "lubuskie"),
        (
            "Projekt współfinansowany w ramach Regionalnego Programu Operacyjnego Warmia i Mazury.",
            "warmińsko-mazurskie",
        ),
        ("Projekt współfinansowany w ramach RPO WM 2014-2020.", None),  # two regions' abbreviation
    ],
)
def test_voivodeship_of_a_regional_programme(line: str, voivodeship: str | None) -> None:
    r = extract_text(NO_TOWN + line + "\n", "values19.txt")[0]
    assert r["voivodeship"] == voivodeship


EN_HEAD = (
    "The Municipal Social Welfare Centre in Zduńska Wola runs the project “Together” co-financed "
    "by the European Social Fund under the Regional Operational Programme 2014-2020.\n"
)


@pytest.mark.parametrize(
    ("line", "planned"),
    [
        ("Support will be given to 45 families from the town.", 45),
        ("The project will help 110 children and young people.", 110),
        ("55 participants will be recruited to the project.", 55),
        ("The project offers help to 32 dependent persons.", 32),
        ("The project's beneficiaries are 48 people aged 60+.", 48),
        ("The project will provide care services to 18 elderly people.", 18),
        ("By the end of the project, 75 people will have received support.", 75),
        ("The project will support 15 families (52 people).", 52),
    ],
)
def test_english_plans(line: str, planned: int) -> None:
    r = extract_text(EN_HEAD + line + "\n", "values19.txt")[0]
    assert r["participants_planned"] == planned
    assert r["participants_actual"] is None


@pytest.mark.parametrize(
    ("line", "actual"),
    [
        ("The project covered 28 children.", 28),
        ("The project covered 31 households.", 31),
        ("In total 64 people received support.", 64),
    ],
)
def test_english_reports_stay_actual(line: str, actual: int) -> None:
    r = extract_text(EN_HEAD + line + "\n", "values19.txt")[0]
    assert r["participants_actual"] == actual
    assert r["participants_planned"] is None


def test_bare_amounts_after_a_label_with_the_currency_and_a_full_stop() -> None:
    r = record("Wartość projektu (zł): 845 210,40. Dofinansowanie (zł): 718 428,84.")
    assert (r["total_cost_pln"], r["eu_cofinancing_pln"]) == (845210.40, 718428.84)


def test_a_bare_number_without_a_money_label_is_no_amount() -> None:
    r = record("Numer naboru: 845210.")
    assert r["total_cost_pln"] is None


@pytest.mark.parametrize(
    ("number", "period"),
    [
        ("UDA-RPLU.07.01.00-06-004/10", "2007-2013"),  # the 2007-2013 agreement's prefix
        ("RPLU.11.01.00-06-0042/17", "2014-2020"),
    ],
)
def test_period_of_a_regional_project_number(number: str, period: str) -> None:
    text = (
        "Ośrodek Pomocy Społecznej realizuje projekt „Razem łatwiej” w ramach Regionalnego "
        f"Programu Operacyjnego Województwa Lubelskiego. Nr projektu: {number}.\n"
    )
    assert extract_text(text, "values19.txt")[0]["programme_period"] == period


def test_supporting_in_a_laws_name_is_no_plan_cue() -> None:
    body = (
        "The project will support 60 people at risk of exclusion.\n"
        "- A family centre for 15 families eligible under the Act of 9 June 2011 on supporting the "
        "family.\n"
    )
    assert extract_text(EN_HEAD + body, "values19.txt")[0]["participants_planned"] == 60


@pytest.mark.parametrize(
    ("body", "planned"),
    [
        ("Planowana liczba uczestników wynosi 36.", 36),
        ("Liczba uczestników projektu wyniesie około 36.", 36),
        ("Liczba uczestników to 36.", 36),
        ("Do udziału w projekcie zostanie zaproszonych 36 osób.", 36),
        # a statistic of the place is no count of participants
        ("Liczba osób bezrobotnych wynosi 140, a wsparcie otrzyma 36 osób.", 36),
    ],
)
def test_number_of_participants_said_with_a_verb(body: str, planned: int) -> None:
    assert record(body)["participants_planned"] == planned


def test_the_number_of_participants_in_english() -> None:
    r = extract_text(EN_HEAD + "The planned number of participants is 36.\n", "values19.txt")[0]
    assert r["participants_planned"] == 36


def test_residents_number_is_no_plan() -> None:
    assert record("Liczba mieszkańców gminy wynosi 4500.")["participants_planned"] is None
