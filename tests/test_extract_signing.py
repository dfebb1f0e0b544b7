"""The contract date: every signing date on the page is a candidate scored by its words
(integra/extract/signing.py, data/signing.yaml). Wordings are our own, not copied from the corpus."""

from __future__ import annotations

import datetime as dt

import pytest

from integra.extract import extract_text
from integra.extract.dates import find_ranges_year_at_end, find_yearless_days
from integra.extract.signing import best, candidates, page_stamp, score_candidate

_FACT = "\nWartość projektu: 180 000,00 zł.\n"


def rec(text: str) -> dict:
    return extract_text(text + _FACT, "signing.txt")[0]


@pytest.mark.parametrize(
    "text, want",
    [
        # the date before the verb, the agreement far after it
        (
            "18 października 2019 r. starosta i dyrektor centrum podpisali w sali sesyjnej starostwa "
            "w obecności radnych i kierowników jednostek umowę o dofinansowanie projektu „Most”.",
            "2019-10-18",
        ),
        (
            "Umowa o dofinansowanie nr RPLU.11.01.00-06-0042/19-00 z dnia 02.12.2019 r.",
            "2019-12-02",
        ),
        ("Data podpisania umowy o dofinansowanie: 2020-01-15", "2020-01-15"),
        ("W dniu 4.11.2020 r. zawarto umowę na realizację projektu „Krok dalej”.", "2020-11-04"),
        ("The grant agreement was signed on 3 June 2021.", "2021-06-03"),
        ("Date of signing the funding agreement | 03.06.2021", "2021-06-03"),
    ],
)
def test_a_signing_date_in_its_families(text, want):
    assert rec(text)["contract_date"] == want


@pytest.mark.parametrize(
    "text",
    [
        "Umowę partnerską z fundacją podpisano 7 stycznia 2020 r.",
        "Porozumienie z urzędem pracy zawarto 7 stycznia 2020 r.",
        "Aneks do umowy o dofinansowanie podpisano 7 stycznia 2020 r.",
        "Z każdym uczestnikiem podpisano kontrakt socjalny; pierwszy 7 stycznia 2020 r.",
        # an agreement's term is a period, not a signing
        "Umowę zawarto na okres od 01.02.2020 r. do 31.01.2021 r.",
        # an agreement with no signing said: a deadline
        "Zgodnie z umową sprawozdanie składa się do 15.02.2021 r.",
    ],
)
def test_dates_that_are_not_the_funding_contract_signing(text):
    assert rec(text)["contract_date"] is None


def test_the_funding_contract_beside_a_partnership_agreement_in_a_table():
    r = rec(
        "Data zawarcia umowy partnerskiej: | 10.05.2022 r.\n"
        "Data zawarcia umowy o dofinansowanie: | 21.06.2022 r."
    )
    assert r["contract_date"] == "2022-06-21"


@pytest.mark.parametrize(
    "text, want",
    [
        # a news item: the day without its year, the year from the page's stamp line
        (
            "Aktualności · 16.03.2023\nWe wtorek, 14 marca, burmistrz podpisał umowę o dofinansowanie "
            "projektu „Sąsiedzi”.",
            "2023-03-14",
        ),
        (
            "Dodano: 2023-03-16\nUmowę o dofinansowanie podpisano 14 marca br. w Kielcach.",
            "2023-03-14",
        ),
        # a day after the stamp's day was last year's
        (
            "Data publikacji: 10.01.2023\nUmowę podpisano 28 grudnia w urzędzie marszałkowskim.",
            "2022-12-28",
        ),
        # a month archive ("2023-03") dates the day in that year
        ("Wiadomości › 2023-03\nDziś (14 marca) podpisano umowę o dofinansowanie.", "2023-03-14"),
    ],
)
def test_a_day_without_its_year_takes_the_pages_stamp(text, want):
    assert rec(text)["contract_date"] == want


def test_a_day_without_its_year_and_no_stamp_is_no_date():
    assert rec("Umowę o dofinansowanie podpisano 14 marca w Kielcach.")["contract_date"] is None


def test_two_signing_dates_scored_alike_give_none_and_a_problem():
    found = candidates(
        [
            "Umowę o dofinansowanie podpisano 3 marca 2020 r.",
            "Umowę o dofinansowanie podpisano 9 kwietnia 2020 r.",
        ],
        [0, 1],
        set(),
    )
    winner, problem = best(found)
    assert winner is None and problem == "contract date ambiguous: 2020-03-03, 2020-04-09"


def test_a_signing_verb_outscores_a_bare_agreement_mention():
    text = "Umowa o dofinansowanie podpisana 3 marca 2020 r."
    assert score_candidate(text, text.index("3 marca")) == 5
    assert score_candidate("Umowa nr 12/2020 z dnia 3.03.2020 r.", 24) == 4
    assert score_candidate("Zgodnie z umową raport do 3.03.2020 r.", 26) is None


def test_page_stamp_forms():
    assert page_stamp(["Strona główna", "Opublikowano: 5 maja 2021 r."]) == (
        dt.date(2021, 5, 5),
        True,
    )
    assert page_stamp(["Menu", "Aktualności › 2021-05", "Treść"]) == (dt.date(2021, 5, 1), False)
    assert page_stamp(["Projekt trwał od 1.01.2020 do 31.12.2021 i objął 40 osób z gminy."]) is None


def test_yearless_days():
    assert [
        (d.day, d.month, d.this_year) for d in find_yearless_days("27 maja br. i 3 czerwca")
    ] == [
        (27, 5, True),
        (3, 6, False),
    ]
    assert find_yearless_days("27 maja 2021 r.") == []
    day = find_yearless_days("31 grudnia")[0]
    assert day.in_year_of(dt.date(2021, 1, 5)) == dt.date(2020, 12, 31)
    assert day.in_year_of(dt.date(2021, 1, 1), stamp_has_day=False) == dt.date(2021, 12, 31)


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("od 01.04 do 30.11.2019 r.", "2019-04-01", "2019-11-30"),
        ("od 1.10. do dnia 31.03.2020", "2019-10-01", "2020-03-31"),
        ("1.04–30.11.2019", "2019-04-01", "2019-11-30"),
    ],
)
def test_a_range_of_days_with_the_year_once(text, start, end):
    r = find_ranges_year_at_end(text)[0]
    assert (str(r.start_date), str(r.end_date)) == (start, end)


def test_project_start_and_end_labels_in_english():
    r = rec("Project start: 1 April 2019\nProject end date: 31 March 2021")
    assert (r["start_date"], r["end_date"]) == ("2019-04-01", "2021-03-31")
