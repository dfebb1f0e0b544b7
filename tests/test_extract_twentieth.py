"""Rules written in the twentieth session from the misses of the fresh part rc_z, each tested on
wordings written for this test (not copied from any labelled page):

- a month or year range whose end is written "do końca <miesiąc> <rok>" ("od kwietnia 2021 r. do
  końca grudnia 2022 r.") is a range like "do grudnia 2022 r.", also when the sentence's subject is
  a club or a service rather than the word "projekt";
- a colon lead-in that names the support and then points back to it ("pakiet usług dla seniorów,
  wśród nich są: …", "szereg zajęć, spośród których znajdą się: …") introduces forms of support
  like one without the pointer; a spaced compound adjective in such a list ("rekreacyjno –
  kulturalnych") stays one word;
- the infinitives "brać udział w" and "wziąć udział w" ("Seniorzy mogą brać udział w zajęciach …")
  introduce the forms of support like "biorą udział w" and "wezmą udział w";
- an adjective that morfeusz2 also reads as the same adjective nominalised ("tanecznych":
  "taneczny:A" and "taneczny:S") still takes the head it shares in a series ("w zajęciach
  kulinarnych, tanecznych i komputerowych" -> three "zajęcia");
- a non-governmental centre named by what it does ("Ośrodek Wspierania Organizacji
  Pozarządowych", "Ośrodek Rozwoju …") is a body that can run a project, like a foundation.
"""

from __future__ import annotations

import pytest

from integra.extract import extract_text
from integra.extract.dates import find_ranges, find_ranges_year_at_end
from integra.extract.instruments import colon_listed_parts, enumerated_parts

HEAD = (
    "Gmina Stara Wola realizuje projekt „Razem w Gminie” współfinansowany ze środków Europejskiego "
    "Funduszu Społecznego.\n"
)


def _dates(text: str) -> tuple:
    rec = extract_text(HEAD + text)[0]
    return rec["start_date"], rec["end_date"]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Dzięki dotacji klub będzie mógł działać od kwietnia 2021 r. do końca grudnia 2022 r.",
            "2021-04-01",
            "2022-12-31",
        ),
        (
            "Świetlica będzie otwarta od września 2019 r. do końca czerwca 2021 r.",
            "2019-09-01",
            "2021-06-30",
        ),
        (
            "– Usługi opiekuńcze zapewnimy od 1 marca 2020 r. do końca lutego 2022 r. – mówi wójt.",
            "2020-03-01",
            "2022-02-28",
        ),
        (
            "Wsparcie potrwa od stycznia 2023 r. do końca 2024 r.",
            "2023-01-01",
            "2024-12-31",
        ),
    ],
)
def test_a_range_ending_do_konca_a_month(text, start, end):
    assert _dates(text) == (start, end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("od kwietnia 2021 r. do końca grudnia 2022 r.", [("2021-04-01", "2022-12-31")]),
        ("od 2019 r. do końca 2020 r.", [("2019-01-01", "2020-12-31")]),
        ("od 1 marca 2021 r. do końca czerwca 2021 r.", [("2021-03-01", "2021-06-30")]),
    ],
)
def test_find_ranges_joins_do_konca(text, expected):
    assert [(str(r.start_date), str(r.end_date)) for r in find_ranges(text)] == expected


def test_a_year_written_once_after_do_konca():
    got = find_ranges_year_at_end("od marca do końca grudnia 2021 r.")
    assert [(str(r.start_date), str(r.end_date)) for r in got] == [("2021-03-01", "2021-12-31")]


@pytest.mark.parametrize(
    "text",
    [
        # two dates that are not a range: "do końca" is not between them
        "Nabór trwał do końca marca 2021 r., a umowę podpisano 12 maja 2021 r.",
        # a deadline alone is not a range
        "Wnioski można składać do końca października 2020 r.",
    ],
)
def test_no_range_without_both_ends_joined(text):
    assert find_ranges(text) == []


def _instruments(text: str) -> list[str]:
    return extract_text(HEAD + text)[0]["instruments"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gmina zapewni pakiet usług dla osób starszych, wśród nich są: porady prawne, "
            "gimnastyka korekcyjna i warsztaty kulinarne.",
            ["porady prawne", "gimnastyka korekcyjna", "warsztaty kulinarne"],
        ),
        (
            "Klub proponuje szereg zajęć, spośród których znajdą się: warsztaty ceramiczne, "
            "zajęcia ruchowe oraz spotkania z dietetykiem.",
            ["warsztaty ceramiczne", "zajęcia ruchowe", "spotkania z dietetykiem"],
        ),
        (
            "Przewidziano kilka form wsparcia, wśród których będą: konsultacje psychologiczne, "
            "trening umiejętności społecznych i zajęcia plastyczne.",
            [
                "konsultacje psychologiczne",
                "trening umiejętności społecznych",
                "zajęcia plastyczne",
            ],
        ),
    ],
)
def test_a_colon_lead_in_pointing_back_to_the_support(text, expected):
    assert sorted(_instruments(text)) == sorted(expected)


def test_a_spaced_compound_adjective_in_a_colon_list_is_one_word():
    text = (
        "W projekcie przewidziano pakiet usług, wśród nich są: porady psychologiczne, "
        "organizacja wyjść rekreacyjno – kulturalnych, zajęcia taneczne."
    )
    assert "wyjścia rekreacyjno-kulturalne" in colon_listed_parts(text)


@pytest.mark.parametrize(
    "text",
    [
        # aims pointed back to: not forms of support
        "Projekt ma kilka celów, wśród nich są: poprawa jakości życia i wzrost aktywności seniorów.",
        # people pointed back to
        "Do projektu zgłosiło się wiele osób, wśród nich są: emeryci, renciści i osoby bezrobotne.",
    ],
)
def test_a_pointer_back_to_aims_or_people_lists_no_support(text):
    assert colon_listed_parts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seniorzy mogą brać udział w zajęciach rękodzieła i w wycieczkach krajoznawczych.",
            ["zajęcia rękodzieła", "wycieczki krajoznawcze"],
        ),
        (
            "Dzieci będą mogły wziąć udział w warsztatach plastycznych, zajęciach sportowych i "
            "spotkaniach z pedagogiem.",
            ["warsztaty plastyczne", "zajęcia sportowe", "spotkania z pedagogiem"],
        ),
        (
            "Członkowie klubu mogą brać udział w zajęciach rehabilitacyjnych, komputerowych i "
            "szachowych.",
            ["zajęcia rehabilitacyjne", "zajęcia komputerowe", "zajęcia szachowe"],
        ),
        (
            "Zachęcamy, aby brać udział w treningach umiejętności społecznych oraz w konsultacjach "
            "prawnych.",
            ["treningi umiejętności społecznych", "konsultacje prawne"],
        ),
    ],
)
def test_brac_and_wziac_udzial_open_an_enumeration(text, expected):
    assert enumerated_parts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gmina będzie brać udział w konkursie na najlepszy projekt.",
        "Mieszkańcy mogą brać udział w wyborach sołtysa i zebraniach wiejskich.",
    ],
)
def test_brac_udzial_in_what_is_no_support(text):
    assert enumerated_parts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uczestnicy wezmą udział w zajęciach kulinarnych, tanecznych i komputerowych.",
            ["zajęcia kulinarne", "zajęcia taneczne", "zajęcia komputerowe"],
        ),
        (
            "Uczestnicy wezmą udział w warsztatach tanecznych, kulinarnych i plastycznych.",
            ["warsztaty taneczne", "warsztaty kulinarne", "warsztaty plastyczne"],
        ),
        (
            "Dzieci skorzystają z zajęć sportowych, tanecznych oraz z pomocy pedagoga.",
            ["zajęcia sportowe", "zajęcia taneczne", "pomoc pedagoga"],
        ),
    ],
)
def test_a_nominalisable_adjective_keeps_the_shared_head(text, expected):
    assert enumerated_parts(text) == expected


def test_people_named_by_an_adjective_are_not_a_series():
    # "niepełnosprawnych" names people here, not a kind of training
    assert enumerated_parts(
        "Uczestnicy skorzystają ze szkoleń dla bezrobotnych i niepełnosprawnych."
    ) == ["szkolenia"]


def _implementer(text: str) -> str | None:
    return extract_text(text)[0]["implementer"]


@pytest.mark.parametrize(
    ("text", "implementer"),
    [
        (
            "Projekt „Razem w Gródku” zrealizuje Ośrodek Wspierania Organizacji Pozarządowych we "
            "współpracy z Gminnym Centrum Kultury. Jest wart 272 tys. zł.",
            "Ośrodek Wspierania Organizacji Pozarządowych",
        ),
        (
            "Projekt „Sąsiedzi” realizuje Ośrodek Rozwoju Społeczności Lokalnych. Jego wartość to "
            "150 000 zł.",
            "Ośrodek Rozwoju Społeczności Lokalnych",
        ),
        (
            "Projekt „Aktywni” poprowadzi Ośrodek Promocji Ekonomii Społecznej. Dofinansowanie "
            "wynosi 90 000 zł.",
            "Ośrodek Promocji Ekonomii Społecznej",
        ),
    ],
)
def test_a_centre_named_by_what_it_does_runs_a_project(text, implementer):
    assert _implementer(text) == implementer


def test_a_day_support_centre_the_project_creates_does_not_run_it():
    text = (
        "W projekcie „Razem” utworzono Ośrodek Wsparcia Dziennego Klub Seniora. Gmina Lipno "
        "otrzymała dofinansowanie w kwocie 500 000 zł."
    )
    assert _implementer(text) == "Gmina Lipno"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Okres realizacji projektu: od I/2022 do IX/2023.", "2022-01-01", "2023-09-30"),
        ("Projekt trwa od III/2019 do XII/2020 r.", "2019-03-01", "2020-12-31"),
        ("Termin realizacji: IV/2024 – VI/2025", "2024-04-01", "2025-06-30"),
        ("Projekt realizowany będzie do XI/2021.", None, "2021-11-30"),
    ],
)
def test_a_roman_month_with_a_slash_before_its_year(text, start, end):
    """'IX/2023' is September 2023, like 'IX.2023' (a month written in Roman numerals)."""
    assert _dates(text) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "Uchwała nr XXXV/2021 Rady Gminy w sprawie przystąpienia do projektu.",
        "Sygnatura sprawy: XIV/2020. Projekt rozpoczęto w Gminie.",
    ],
)
def test_a_longer_roman_number_with_a_slash_is_not_a_month(text):
    """A session or case number ('XXXV/2021', 'XIV/2020') is no month: no date is read from it."""
    assert _dates(text) == (None, None)
