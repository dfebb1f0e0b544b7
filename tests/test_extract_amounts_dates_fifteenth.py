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


# ------------------------------------------------------------- ranges joined by "between … and"


@pytest.mark.parametrize(
    "sentence, start, end",
    [
        (
            "The Family Support Centre in Brzeziny ran the project between May 2018 and April 2020.",
            "2018-05-01",
            "2020-04-30",
        ),
        (
            "GOPS w Brzezinach prowadził projekt pomiędzy majem 2018 a kwietniem 2020 r.",
            "2018-05-01",
            "2020-04-30",
        ),
        (
            "The Family Support Centre in Brzeziny runs the project from 2 May 2018 until 30 April 2020.",
            "2018-05-02",
            "2020-04-30",
        ),
    ],
)
def test_ranges_between_and_until(sentence, start, end):
    r = rec(sentence)
    assert (r["start_date"], r["end_date"]) == (start, end)


def test_two_dates_joined_by_and_without_between_are_no_range():
    r = rec(
        "The Family Support Centre in Brzeziny signed the grant agreement on 2 May 2018 "
        "and held a conference on 9 May 2018."
    )
    assert r["end_date"] is None


def test_an_english_end_until_the_end_of_a_year():
    r = rec(
        "The Family Support Centre in Brzeziny launched the project in October 2022; "
        "it will run until the end of 2024."
    )
    assert (r["start_date"], r["end_date"]) == ("2022-10-01", "2024-12-31")


# --------------------------------------------------------------- one year as the whole run


@pytest.mark.parametrize(
    "text",
    [
        HEAD + "Okres realizacji: 2017 r.",
        HEAD + "\nRok realizacji: 2017\n",
        "Projekt „Krok do przodu” realizowany był w 2017 r. przez GOPS w Brzezinach.",
        "Projekt „Krok do przodu” został zrealizowany przez Gminny Ośrodek Pomocy Społecznej "
        "w Brzezinach w 2017 roku.",
    ],
)
def test_one_year_as_the_whole_run(text):
    r = rec(text)
    assert (r["start_date"], r["end_date"]) == ("2017-01-01", "2017-12-31")


@pytest.mark.parametrize(
    "text",
    [
        "Projekt „Krok do przodu” realizowany jest przez GOPS w Brzezinach w roku szkolnym 2017/2018.",
        HEAD + "Rekrutacja do projektu ruszy w 2017 r.",
    ],
)
def test_a_school_year_or_a_recruitment_year_is_not_the_run(text):
    r = rec(text)
    assert (r["start_date"], r["end_date"]) == (None, None)


# ------------------------------------------------------------------ more programme names


@pytest.mark.parametrize(
    "sentence, period",
    [
        ("Paczki wydajemy w ramach programu FEPŻ.", "2021-2027"),
        ("Paczki wydajemy w ramach FE PŻ 2021-2027.", "2021-2027"),
        ("Projekt jest współfinansowany z RPO-Lubuskie 2020.", "2014-2020"),
        ("Projekt jest współfinansowany z RPO Lubuskie 2020.", "2014-2020"),
    ],
)
def test_food_aid_and_lubuskie_short_names(sentence, period):
    r = rec("Ośrodek Pomocy Społecznej w Brzezinach. " + sentence)
    assert r["programme_period"] == period


def test_food_aid_beside_an_esf_project_is_not_its_programme():
    r = rec(
        HEAD + "Projekt jest współfinansowany z Regionalnego Programu Operacyjnego Województwa "
        "Łódzkiego na lata 2014-2020. Ośrodek wydaje też paczki w ramach FEPŻ."
    )
    assert r["programme_period"] == "2014-2020"


# ---------------------------------------------------------- money that goes to the project


@pytest.mark.parametrize(
    "sentence, eu",
    [
        (
            "Do Gminnego Ośrodka Pomocy Społecznej w Brzezinach trafi 870 tys. zł na projekt „Krok do przodu”.",
            870_000,
        ),
        (
            "Zarząd Województwa przekazał 870 000 zł na projekt „Krok do przodu” GOPS w Brzezinach.",
            870_000,
        ),
    ],
)
def test_money_that_goes_to_the_project_is_the_grant(sentence, eu):
    assert budget(sentence)[1] == eu


def test_money_handed_to_each_participant_is_no_grant():
    r = rec(HEAD + "Każdemu uczestnikowi przekazano 250 zł na osobę jako zwrot kosztów dojazdu.")
    assert r["eu_cofinancing_pln"] is None


# ----------------------------------- the total of a project said to be funded by the EU


@pytest.mark.parametrize(
    "sentence",
    [
        "Wartość projektu współfinansowanego ze środków Unii Europejskiej wynosi 918 400,00 zł.",
        "Całkowita wartość projektu dofinansowanego z EFS: 918 400,00 zł.",
        "Koszt przedsięwzięcia finansowanego ze środków unijnych to 918 400,00 zł.",
        "Całkowita wartość dofinansowanego projektu sięga kwoty 918.400,00 złotych.",
    ],
)
def test_the_total_of_a_project_funded_by_the_eu(sentence):
    t, eu, q = budget(HEAD + sentence)
    assert (t, eu, q) == (918_400, None, "exact")


def test_the_total_of_a_funded_project_with_its_grant():
    t, eu, _ = budget(
        HEAD + "Wartość projektu współfinansowanego ze środków UE wynosi 918 400,00 zł, "
        "w tym dofinansowanie 872 480,00 zł."
    )
    assert (t, eu) == (918_400, 872_480)


@pytest.mark.parametrize(
    "sentence",
    [
        # the value co-financed (feminine: the value itself) is the grant
        "Wartość projektu dofinansowana ze środków UE: 872 480,00 zł.",
        "Kwota dofinansowania projektu ze środków EFS: 872 480,00 zł.",
    ],
)
def test_the_co_financed_value_is_the_grant(sentence):
    t, eu, _ = budget(HEAD + sentence)
    assert (t, eu) == (None, 872_480)


def test_a_project_run_for_an_amount():
    t, eu, q = budget("GOPS w Brzezinach realizuje projekt „Krok do przodu” za niemal 3 mln zł.")
    assert (t, eu, q) == (3_000_000, None, "less_than")


def test_a_grant_agreement_for_an_amount_is_not_the_total():
    t, eu, _ = budget(
        "GOPS w Brzezinach otrzymał dofinansowanie na realizację projektu „Krok do przodu” "
        "na kwotę 918 400 zł."
    )
    assert (t, eu) == (None, 918_400)


@pytest.mark.parametrize(
    "sentence, period",
    [
        ("The project is funded under the OP Knowledge Education Development.", "2014-2020"),
        ("It is co-financed by the OP Human Capital.", "2007-2013"),
        ("Programme: ROP for Opolskie 2014-2020", "2014-2020"),
        (
            "It is co-financed under the Regional Operational Programme - Lubuskie 2020.",
            "2014-2020",
        ),
    ],
)
def test_english_programme_short_forms(sentence, period):
    r = rec('The Social Welfare Centre in Brzeziny runs the project "Step forward". ' + sentence)
    assert r["programme_period"] == period


@pytest.mark.parametrize(
    "sentence, period",
    [
        (
            "Grant sfinansowano z Programu Rozwoju Obszarów Wiejskich na lata 2014-2020.",
            "2014-2020",
        ),
        ("Grant sfinansowano z PROW 2014-2020.", "2014-2020"),
        # named without years: the programme ran in two periods
        ("Grant sfinansowano z Programu Rozwoju Obszarów Wiejskich.", None),
    ],
)
def test_the_rural_development_programme_with_its_years(sentence, period):
    assert rec(HEAD + sentence)["programme_period"] == period


def test_a_logo_of_a_programme_is_no_programme():
    r = rec(
        HEAD + "KAPITAŁ LUDZKI. NARODOWA STRATEGIA SPÓJNOŚCI. Projekt współfinansowany ze środków "
        "Unii Europejskiej w ramach Europejskiego Funduszu Społecznego."
    )
    assert r["programme_period"] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Łączna wartość złożonego wniosku o dofinansowanie projektu wynosi 4 080 000,00 zł.",
        "Całkowita wartość wniosku o dofinansowanie: 4 080 000,00 zł.",
    ],
)
def test_the_value_of_the_application_is_the_total(sentence):
    t, eu, q = budget(HEAD + sentence)
    assert (t, eu, q) == (4_080_000, None, "exact")


def test_the_amount_applied_for_is_the_grant():
    t, eu, _ = budget(HEAD + "Kwota wnioskowanego dofinansowania: 3 876 000,00 zł.")
    assert (t, eu) == (None, 3_876_000)


@pytest.mark.parametrize(
    "sentence",
    [
        "Na usługi GOPS w Brzezinach trafi 1,4 mln zł z funduszy europejskich.",
        "GOPS w Brzezinach otrzymał 1,4 mln zł z funduszy unijnych na projekt „Krok do przodu”.",
    ],
)
def test_money_from_eu_funds_is_the_grant(sentence):
    assert budget(sentence)[:2] == (None, 1_400_000)


def test_a_programme_named_european_funds_does_not_make_the_total_a_grant():
    t, eu, _ = budget(
        HEAD + "Projekt realizowany jest w ramach programu Fundusze Europejskie dla Łódzkiego "
        "2021-2027. Wartość projektu: 1 400 000,00 zł."
    )
    assert (t, eu) == (1_400_000, None)


@pytest.mark.parametrize(
    "sentence, period",
    [
        ("Projekt realizowany w ramach RPO Województwa Opolskiego na lata 2014-2020.", "2014-2020"),
        (
            "Projekt realizowany w ramach RPO Województwa Warmińsko-Mazurskiego 2014-2020.",
            "2014-2020",
        ),
        # a regional programme named without years keeps no period
        ("Projekt realizowany w ramach RPO Województwa Opolskiego.", None),
        ("Projekt współfinansowany z Programu Operacyjnego Wiedza, Edukacja, Rozwój.", "2014-2020"),
        ("Projekt współfinansowany z PO Wiedza Edukacja Rozwój.", "2014-2020"),
        ("Projekt współfinansowany z PO Kapitał Ludzki.", "2007-2013"),
    ],
)
def test_programme_names_with_rpo_wojewodztwa_po_and_commas(sentence, period):
    assert rec(HEAD + sentence)["programme_period"] == period


@pytest.mark.parametrize(
    "value, start, end",
    [
        ("od 2.05.2018 r.\ndo 30.04.2020 r.", "2018-05-02", "2020-04-30"),
        ("od 2018 r.\ndo 2020 r.", "2018-01-01", "2020-12-31"),
        ("02.05.2018 r.\n– 30.04.2020 r.", "2018-05-02", "2020-04-30"),
        # the next line is something else: one year is the whole run
        ("2018 r.\nBiuro projektu: pokój 12", "2018-01-01", "2018-12-31"),
    ],
)
def test_a_labelled_period_broken_over_two_lines(value, start, end):
    r = rec(HEAD + "\nOkres realizacji projektu: " + value)
    assert (r["start_date"], r["end_date"]) == (start, end)


@pytest.mark.parametrize(
    "text, values",
    [
        ("worth PLN 2,340,000, of which PLN 1,989,000 is EU money", ["2340000.00", "1989000.00"]),
        ("a budget of 2,340,000 zł, and a grant", ["2340000.00"]),
        ("PLN 2,340,000.50, then", ["2340000.50"]),
    ],
)
def test_english_thousands_before_a_clause_comma(text, values):
    assert [str(m.value) for m in find_money(text)] == values


@pytest.mark.parametrize(
    "sentence",
    [
        "The project, worth PLN 2,340,000, is co-financed by the EU in the amount of PLN 1,989,000.",
        "The project, worth PLN 2,340,000, is funded by the European Social Fund with PLN 1,989,000.",
    ],
)
def test_english_grant_after_financed_by(sentence):
    r = rec('The Social Welfare Centre in Brzeziny runs the project "Step forward". ' + sentence)
    assert (r["total_cost_pln"], r["eu_cofinancing_pln"]) == (2_340_000, 1_989_000)


@pytest.mark.parametrize(
    "text, value",
    [
        ("1,8 mln. zł", "1800000.00"),
        ("3 mld. zł", "3000000000.00"),
        ("318 tyś. zł", "318000.00"),
        ("318 tyś zł", "318000.00"),
        ("2,4 mln. złotych", "2400000.00"),
    ],
)
def test_scale_words_with_a_dot_or_misspelt(text, value):
    found = find_money(text)
    assert [str(m.value) for m in found] == [value] and found[0].rounded


def test_a_total_with_mln_and_a_dot():
    t, _, q = budget(HEAD + "Wartość projektu to ponad 1,8 mln. zł.")
    assert (t, q) == (1_800_000, "more_than")


def test_thousands_misspelt_without_a_currency_are_no_amount():
    assert find_money("powiat liczy ok. 38 tyś. mieszkańców") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("półtora mln zł", "1500000.00"),
        ("pół mln zł", "500000.00"),
        ("dwa i pół mln zł", "2500000.00"),
        ("trzysta tys. zł", "300000.00"),
        ("2 480 000.- zł", "2480000.00"),
    ],
)
def test_words_before_an_abbreviated_scale_and_a_dash_for_no_grosze(text, value):
    assert [str(m.value) for m in find_money(text)] == [value]


def test_a_written_number_with_mln_is_read_once():
    assert [str(m.value) for m in find_money("koszt 2 mln zł, czas pół roku")] == ["2000000.00"]


@pytest.mark.parametrize(
    "line, start, end",
    [
        ("Project period: March 2, 2020 – February 28, 2022", "2020-03-02", "2022-02-28"),
        ("Project period: 2nd March 2020 – 28th February 2022", "2020-03-02", "2022-02-28"),
        ("Project period: Mar 2020 – Feb 2022", "2020-03-01", "2022-02-28"),
        ("Project period: Sept 2020 – Aug 2022", "2020-09-01", "2022-08-31"),
    ],
)
def test_english_date_styles(line, start, end):
    r = rec('The Social Welfare Centre in Brzeziny runs the project "Step forward".\n' + line)
    assert (r["start_date"], r["end_date"]) == (start, end)


def test_polish_month_abbreviations_are_not_read():
    from integra.extract.dates import find_dates

    # "sie" is also a word written without its diacritic; only English short names are months
    assert all(t.month is None for t in find_dates("sie 2019 r. zmieniło"))


@pytest.mark.parametrize(
    "text, value",
    [
        ("PLN 2.34m", "2340000.00"),
        ("2.34m PLN", "2340000.00"),
        ("PLN 340k.", "340000.00"),
        ("PLN 1.1bn", "1100000000.00"),
    ],
)
def test_english_short_scales(text, value):
    found = find_money(text)
    assert [str(m.value) for m in found] == [value] and found[0].rounded


def test_m_of_an_abbreviation_is_no_scale():
    assert [str(m.value) for m in find_money("PLN 2 m.in. dla")] == ["2.00"]


@pytest.mark.parametrize(
    "rows",
    [
        "Budżet projektu (PLN): 2 340 000\nW tym środki UE (PLN): 1 989 000",
        "Wartość projektu w zł: 2 340 000\nDofinansowanie w zł: 1 989 000",
        "| Wartość projektu [zł] | 2 340 000 |\n| Dofinansowanie [zł] | 1 989 000 |",
    ],
)
def test_whole_amounts_under_a_label_that_names_the_currency(rows):
    assert budget(HEAD + "\n" + rows)[:2] == (2_340_000, 1_989_000)


@pytest.mark.parametrize(
    "rows",
    [
        "Wartość projektu: 2 340 000\nLiczba uczestników: 1 250",  # no currency said anywhere
        "Wartość projektu (PLN): 2019",  # a year, not an amount
    ],
)
def test_no_whole_amount_without_the_currency_in_its_label(rows):
    assert budget(HEAD + "\n" + rows)[0] is None


@pytest.mark.parametrize(
    "sentence, period",
    [
        (
            "Projekt realizowany jest w ramach Regionalnego Programu Operacyjnego (RPO) na lata 2014–2020.",
            "2014-2020",
        ),
        (
            "Projekt realizowany jest w ramach regionalnego programu operacyjnego na lata 2014-2020.",
            "2014-2020",
        ),
        ("Projekt realizowany jest w ramach Regionalnego Programu Operacyjnego.", None),
    ],
)
def test_a_regional_programme_without_its_region_but_with_its_years(sentence, period):
    assert rec(HEAD + sentence)["programme_period"] == period


@pytest.mark.parametrize("word", ["approx.", "ca."])
def test_an_approximation_abbreviation_before_a_capitalised_currency(word):
    r = rec(
        f'The Social Welfare Centre in Brzeziny runs the project "Step forward". It is worth {word} PLN 2 340 000.'
    )
    assert (r["total_cost_pln"], r["total_cost_qualifier"]) == (2_340_000, "approximately")
