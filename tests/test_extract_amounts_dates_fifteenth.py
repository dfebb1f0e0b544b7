"""Budget, date and programme families read since the fifteenth session, each on wordings
written for this test (not copied from any labelled page): halves in amounts written in words
("półtora miliona złotych", "dwa i pół miliona"), the co-financing stated in the total's own
sentence beside a partner's share, a project paid from EU funds alone, a project's own "na lata"
range after its quoted name, the 2021-27 regional programmes' short names, and a side box that
holds the record's facts as a definition list."""

from __future__ import annotations

import pytest

from integra.extract import extract_text
from integra.extract.numbers import find_money, parse_numeral_words
from integra.extract.reading import html_to_text

HEAD = "Gminny Ośrodek Pomocy Społecznej w Brzezinach realizuje projekt „Krok do przodu”. "


def rec(text: str) -> dict:
    return extract_text(text, "fifteenth.txt")[0]


def budget(text: str) -> tuple:
    r = rec(text)
    return r["total_cost_pln"], r["eu_cofinancing_pln"], r["total_cost_qualifier"]


# ----------------------------------------------------------------- halves in amounts in words


@pytest.mark.parametrize(
    "words, value",
    [
        ("półtora miliona", 1_500_000),
        ("poltora miliona", 1_500_000),
        ("dwa i pół miliona", 2_500_000),
        ("pół miliona", 500_000),
        ("trzy i pół tysiąca", 3_500),
        ("sto dwadzieścia trzy", 123),
    ],
)
def test_halves_in_words_make_whole_amounts(words, value):
    assert parse_numeral_words(words, fractions=True) == value


@pytest.mark.parametrize("words", ["półtora", "pół", "pół pół miliona", "dwa półtora miliona"])
def test_a_half_without_a_scale_or_out_of_place_is_no_number(words):
    assert parse_numeral_words(words, fractions=True) is None


def test_halves_are_not_read_as_counts():
    assert parse_numeral_words("półtora miliona") is None


@pytest.mark.parametrize(
    "text, value",
    [
        ("na cel przeznaczono półtora miliona złotych", "1500000.00"),
        ("budżet to dwa i pół miliona zł", "2500000.00"),
        ("otrzymała pół miliona złotych", "500000.00"),
    ],
)
def test_amounts_with_halves_in_words(text, value):
    assert [str(m.value) for m in find_money(text)] == [value]


@pytest.mark.parametrize(
    "sentence, total, qualifier",
    [
        ("Całe przedsięwzięcie kosztuje przeszło półtora miliona złotych.", 1_500_000, "more_than"),
        ("Wartość projektu to około dwa i pół miliona złotych.", 2_500_000, "approximately"),
        ("Koszt projektu sięgnie blisko pół miliona złotych.", 500_000, "less_than"),
    ],
)
def test_totals_with_halves_in_words(sentence, total, qualifier):
    t, _, q = budget(HEAD + sentence)
    assert (t, q) == (total, qualifier)


def test_a_half_of_a_year_is_no_amount():
    assert find_money("projekt trwał pół roku, a pół etatu przypadło na asystenta") == []


# ------------------------------------------ the co-financing said in the total's own sentence


@pytest.mark.parametrize(
    "whole, share",
    [
        (
            "Łączna wartość projektu wynosi 3 400 000,00 zł, z czego środki unijne to 2 890 000,00 zł.",
            "Gmina Rawa jako partner otrzymała 200 000,00 zł (170 000,00 zł z UE); łączna wartość "
            "zadania realizowanego przez partnera wynosi 215 000,00 zł.",
        ),
        (
            "Ogólny koszt projektu to 3 400 000,00 PLN, w tym dofinansowanie z UE 2 890 000,00 PLN.",
            "Na działania Ośrodka przypada 300 000,00 PLN, z czego 255 000,00 PLN z UE; całkowita "
            "wartość zadania Ośrodka to 320 000,00 PLN.",
        ),
    ],
)
def test_the_grant_in_the_totals_sentence_over_a_partners_share(whole, share):
    t, eu, _ = budget(HEAD + whole + "\n\n" + share)
    assert (t, eu) == (3_400_000, 2_890_000)


# ------------------------------------------------------------ paid from EU funds alone


@pytest.mark.parametrize(
    "sentence",
    [
        "Projekt o wartości 640 000,00 zł jest w 100% finansowany ze środków Unii Europejskiej.",
        "Wartość projektu wynosi 640 000,00 zł; projekt zostanie w całości sfinansowany ze środków EFS+.",
        "Koszt projektu to 640 000,00 zł i jest on finansowany w 100% ze środków unijnych.",
    ],
)
def test_a_project_paid_from_eu_funds_alone_has_its_total_as_the_grant(sentence):
    assert budget(HEAD + sentence)[:2] == (640_000, 640_000)


@pytest.mark.parametrize(
    "sentence",
    [
        # another source stated: the grant is not the whole
        "Wartość projektu: 640 000,00 zł, w 100% finansowany ze środków UE i budżetu państwa.",
        "Wartość projektu: 640 000,00 zł, wkład własny 32 000,00 zł; w całości finansowany ze środków UE.",
        # a share, not the whole
        "Wartość projektu: 640 000,00 zł, w 85% finansowany ze środków Unii Europejskiej.",
        # external funds, not said to be EU money
        "Wartość projektu: 640 000,00 zł, w całości finansowany ze środków zewnętrznych.",
    ],
)
def test_no_grant_from_a_share_or_with_another_source(sentence):
    _, eu, _ = budget(HEAD + sentence)
    assert eu != 640_000


# ----------------------------------------------------------- "projekt „…” na lata 2024–2026"


@pytest.mark.parametrize(
    "sentence, start, end",
    [
        (
            "Ośrodek przygotował projekt „Razem możemy więcej” na lata 2024–2026.",
            "2024-01-01",
            "2026-12-31",
        ),
        ("Realizacja projektu „Pomocna dłoń” na lata 2019-2020.", "2019-01-01", "2020-12-31"),
    ],
)
def test_a_projects_own_years_after_its_quoted_name(sentence, start, end):
    r = rec("Gminny Ośrodek Pomocy Społecznej w Brzezinach. " + sentence)
    assert (r["start_date"], r["end_date"]) == (start, end)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ośrodek realizuje projekt „Razem możemy więcej” w ramach RPO WŁ na lata 2014-2020.",
        "Projekt „Razem możemy więcej” wpisuje się w Strategię Rozwiązywania Problemów Społecznych "
        "na lata 2021-2030.",
    ],
)
def test_a_programmes_or_a_strategys_years_are_not_the_projects(sentence):
    r = rec("Gminny Ośrodek Pomocy Społecznej w Brzezinach. " + sentence)
    assert (r["start_date"], r["end_date"]) == (None, None)


# ------------------------------------------------ the 2021-27 regional programmes' short names


@pytest.mark.parametrize(
    "name",
    ["FEL 2021-2027", "FEdKP 2021-2027", "FEO", "FEŁ", "FEdKP", "FEL", "FEWiM"],
)
def test_regional_fe_short_names_give_the_2021_27_period(name):
    r = rec(HEAD + f"Projekt jest współfinansowany w ramach programu {name}, Działanie 8.3.")
    assert r["programme_period"] == "2021-2027"


def test_a_word_starting_with_fe_is_no_programme():
    r = rec(HEAD + "Na zajęciach z chemii omówiono Fe oraz Mg.")
    assert r["programme_period"] is None


# ------------------------------------------------- a side box holding the facts as a <dl>

_PAGE = """<html><body>
<div class="sidebar"><dl><dt>Start date:</dt><dd>1 March 2023</dd>
<dt>End date:</dt><dd>30 September 2025</dd></dl></div>
<aside><h3>See also</h3><ul><li><a href="/a">Another project, 2012-2014</a></li></ul></aside>
<main><h1>Together in Brzeziny</h1><p>The Social Welfare Centre in Brzeziny runs the project
"Together in Brzeziny" for families at risk of exclusion.</p></main></body></html>"""


def test_a_side_box_with_a_definition_list_is_kept():
    text = html_to_text(_PAGE)
    assert "1 March 2023" in text and "30 September 2025" in text


def test_a_side_box_of_links_is_still_dropped():
    assert "Another project" not in html_to_text(_PAGE)
