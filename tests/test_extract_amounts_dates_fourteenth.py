"""Budget and date phrasing families read since the fourteenth session, each on wordings written for
this test (not copied from any labelled page): a labelled amount without its currency, a total
below the grant read from two projects' sentences, months joined by a dash with the year once at
the end, a Roman month with a short year ("VII'22"), a day of "this year" dated by the page's
stamp."""

from __future__ import annotations

from integra.extract import extract_text
from integra.extract.dates import find_dates, find_ranges_year_at_end

_INTRO = (
    "Gminny Ośrodek Pomocy Społecznej w Lipnie realizuje projekt „Krok do przodu” "
    "współfinansowany ze środków Europejskiego Funduszu Społecznego w ramach RPO."
)


def record(text: str) -> dict:
    return extract_text(text, "page.txt")[0]


# ---------------------------------------------------------------- amounts without a currency


def test_labelled_amounts_without_a_currency_are_read_by_their_labels():
    r = record(
        _INTRO + "\n\nWartość projektu: 734 215,80\nKwota dofinansowania: 624 083,43\n"
        "Wkład własny: 110132,37\n"
    )
    assert r["total_cost_pln"] == 734215.80
    assert r["total_cost_qualifier"] == "exact"
    assert r["eu_cofinancing_pln"] == 624083.43
    assert r["own_contribution_pln"] == 110132.37


def test_a_label_with_its_verb_and_a_plain_decimal_amount():
    r = record(_INTRO + "\n\nCałkowita wartość projektu wynosi: 1250400.00\n")
    assert r["total_cost_pln"] == 1250400.00


def test_unlabelled_or_non_budget_numbers_without_a_currency_stay_out():
    r = record(
        _INTRO + "\n\nNumer umowy: 123456,00\nLiczba godzin zajęć: 1 240,50\n"
        "Powierzchnia lokalu: 84,20\n"
    )
    assert r["total_cost_pln"] is None
    assert r["eu_cofinancing_pln"] is None
    assert r["own_contribution_pln"] is None


# ---------------------------------------------------------------- a total paired with its grant


def test_total_stated_with_the_grant_wins_over_another_projects_smaller_total():
    r = record(
        "Zarząd Województwa podpisał umowy z dwoma ośrodkami pomocy.\n\n"
        "Projekt „Nowe horyzonty” poprowadzi Miejski Ośrodek Pomocy Społecznej w Lipnie. "
        "Całe przedsięwzięcie jest warte 2 480 310,20 zł, a kwota dofinansowania to 2 108 263,67 zł.\n\n"
        "Drugą umowę podpisał Gminny Ośrodek Pomocy Społecznej w Bobrowie na projekt „Razem”. "
        "Jego wartość całkowita wynosi 905 400,00 zł, dofinansowanie – 769 590,00 zł.\n"
    )
    assert (r["total_cost_pln"], r["eu_cofinancing_pln"]) == (2480310.20, 2108263.67)


def test_a_lower_bound_total_below_the_grant_is_left_as_read():
    r = record(
        _INTRO + " Wartość projektu to ponad 1 mln zł. "
        "Dofinansowanie wynosi 1 080 400,00 zł, a wartość całego zadania gminy 1 400 000,00 zł."
    )
    assert r["eu_cofinancing_pln"] == 1080400.00


# ---------------------------------------------------------------- dates


def test_months_joined_by_a_dash_with_the_year_at_the_end():
    r = find_ranges_year_at_end("Okres realizacji projektu: 1 stycznia – 31 grudnia 2019 r.")
    assert [(str(x.start_date), str(x.end_date)) for x in r] == [("2019-01-01", "2019-12-31")]
    r = find_ranges_year_at_end("w okresie luty – listopad 2020")
    assert [(str(x.start_date), str(x.end_date)) for x in r] == [("2020-02-01", "2020-11-30")]
    # a start month after the end month is the year before
    r = find_ranges_year_at_end("od 1 października – 31 marca 2021 r.")
    assert [(str(x.start_date), str(x.end_date)) for x in r] == [("2020-10-01", "2021-03-31")]


def test_a_project_period_with_months_joined_by_a_dash():
    r = record(_INTRO + "\n\nOkres realizacji projektu: 1 kwietnia – 30 listopada 2022 r.\n")
    assert (r["start_date"], r["end_date"]) == ("2022-04-01", "2022-11-30")


def test_a_recruitment_period_joined_by_a_dash_is_not_the_projects():
    r = record(_INTRO + "\n\nRekrutacja uczestników: 3 lutego – 28 lutego 2022 r.\n")
    assert (r["start_date"], r["end_date"]) == (None, None)


def test_roman_months_with_a_short_year():
    toks = find_dates("Okres realizacji: VII'22 – VI’23")
    assert [(t.year, t.month) for t in toks] == [(2022, 7), (2023, 6)]
    r = record(_INTRO + "\n\nOkres realizacji: IX'21 – VIII'23\n")
    assert (r["start_date"], r["end_date"]) == ("2021-09-01", "2023-08-31")
    # an apostrophe after a word or a plain number is no date
    assert find_dates("Klub '22 i lokal nr 5'21") == []


def test_a_day_of_this_year_takes_the_pages_stamp_year():
    r = record(
        "Data publikacji: 14.04.2023\n\n"
        + _INTRO
        + " Projekt realizowany jest od 1 lutego 2023 r. do 31 października br.\n"
    )
    assert (r["start_date"], r["end_date"]) == ("2023-02-01", "2023-10-31")


def test_a_day_of_this_year_without_a_stamp_stays_null():
    r = record(_INTRO + " Projekt realizowany jest od 1 lutego 2023 r. do 31 października br.\n")
    assert (r["start_date"], r["end_date"]) == ("2023-02-01", None)


def test_a_recruitment_day_of_this_year_is_not_the_projects_end():
    r = record(
        "Data publikacji: 14.04.2023\n\n"
        + _INTRO
        + " Rekrutacja do projektu trwa do 30 kwietnia br. Projekt realizowany jest od 1 lutego 2023 r.\n"
    )
    assert r["end_date"] is None


# ---------------------------------------------------------------- one amount written twice


def test_a_rounded_headline_and_a_finer_figure_in_the_text_are_one_amount():
    r = record(
        "Prawie 160 tys. zł dotacji z UE dla seniorów\n\n"
        + _INTRO
        + " Przyznane dofinansowanie z Unii Europejskiej to ok. 157 300 zł.\n"
    )
    assert r["eu_cofinancing_pln"] == 157300.00


def test_two_rounded_grants_far_apart_stay_ambiguous():
    r = record(
        _INTRO + " Dofinansowanie z UE wynosi ok. 400 tys. zł. "
        "Partner otrzyma dofinansowanie ok. 250 tys. zł.\n"
    )
    assert r["eu_cofinancing_pln"] != 250000.00


# ---------------------------------------------------------------- a "Razem" row


def test_a_sum_row_under_rows_by_source_is_the_total():
    r = record(
        _INTRO + "\n\n| Źródło finansowania | Kwota |\n| Środki EFS | 520 200,00 zł |\n"
        "| Budżet państwa | 61 200,00 zł |\n| Wkład własny | 30 600,00 zł |\n"
        "| Razem | 612 000,00 zł |\n\nDalsze informacje o projekcie.\n"
    )
    assert r["total_cost_pln"] == 612000.00
    assert r["total_cost_qualifier"] == "exact"
    assert r["eu_cofinancing_pln"] == 520200.00
    assert r["own_contribution_pln"] == 30600.00


def test_a_sum_row_that_is_not_the_sum_or_of_years_only_is_no_total():
    r = record(
        _INTRO + "\n\n| Źródło | Kwota |\n| Środki EFS | 520 200,00 zł |\n"
        "| Wkład własny | 30 600,00 zł |\n| Razem | 700 000,00 zł |\n\nDalej.\n"
    )
    assert r["total_cost_pln"] is None
    r = record(
        _INTRO + "\n\n| Rok | Wydatki |\n| 2021 | 300 000,00 zł |\n"
        "| 2022 | 312 000,00 zł |\n| Razem | 612 000,00 zł |\n\nDalej.\n"
    )
    assert r["total_cost_pln"] is None


# ---------------------------------------------------------------- the whole and a partner's share


def test_the_whole_projects_figures_over_a_partners_share_in_one_sentence_run():
    for text in (
        "Wartość całego projektu wynosi 3 600 000,00 zł, w tym dofinansowanie 3 060 000,00 zł. "
        "Budżet GOPS w projekcie to 800 000,00 zł, w tym dofinansowanie 680 000,00 zł.",
        "Budżet GOPS w projekcie to 800 000,00 zł, w tym dofinansowanie 680 000,00 zł. "
        "Łączna wartość projektu wynosi 3 600 000,00 zł, z czego dofinansowanie to 3 060 000,00 zł.",
    ):
        r = record(_INTRO + " " + text)
        assert (r["total_cost_pln"], r["eu_cofinancing_pln"]) == (3600000.00, 3060000.00)


def test_two_shares_without_a_whole_stay_null():
    r = record(
        _INTRO + " Budżet GOPS w projekcie to 800 000,00 zł, w tym dofinansowanie 680 000,00 zł. "
        "Budżet partnera to 500 000,00 zł, w tym dofinansowanie 425 000,00 zł."
    )
    assert r["total_cost_pln"] is None
    assert r["total_cost_qualifier"] is None


def test_a_period_of_roman_months_with_short_years_in_prose():
    r = record(
        _INTRO + "\n\nCel projektu: wsparcie 40 osób z terenu gminy w okresie od III’21 do II’23.\n"
    )
    assert (r["start_date"], r["end_date"]) == ("2021-03-01", "2023-02-28")


def test_a_year_abbreviation_glued_to_the_next_word_and_ordinal_days():
    toks = find_dates("od 01.03.2020r.do 28.02.2022r.")
    assert [str(t.first_day()) for t in toks] == ["2020-03-01", "2022-02-28"]
    toks = find_dates("od 1-go marca 2020 r. do 28-go lutego 2022 r.")
    assert [str(t.first_day()) for t in toks] == ["2020-03-01", "2022-02-28"]
    r = record(_INTRO + "\n\nOkres realizacji: od 01.03.2020r.do 28.02.2022r.\n")
    assert (r["start_date"], r["end_date"]) == ("2020-03-01", "2022-02-28")
    # a year glued to a word that is not the abbreviation is still no date
    assert find_dates("kod 2020rabat") == []


# ---------------------------------------------------------------- grosze after the currency


def test_grosze_written_after_the_currency():
    from integra.extract.numbers import find_money

    assert [str(m.value) for m in find_money("kwota 745 120 zł 35 gr oraz 300 zł")] == [
        "745120.35",
        "300.00",
    ]
    assert [str(m.value) for m in find_money("745 120 złotych 5 groszy")] == ["745120.05"]
    # decimals already written, a scale word, or a date after the currency: nothing added
    assert [str(m.value) for m in find_money("745 120,35 zł 12 gr")] == ["745120.35"]
    assert [str(m.value) for m in find_money("2 mln zł 30 gr")] == ["2000000.00"]
    assert [str(m.value) for m in find_money("100 zł 30 grudnia")] == ["100.00"]
    r = record(_INTRO + "\n\nCałkowita wartość projektu: 745 120 zł 35 gr\n")
    assert r["total_cost_pln"] == 745120.35


def test_digits_grouped_by_apostrophes_give_no_partial_amount():
    from integra.extract.numbers import find_money

    assert find_money("Wartość: 1’234’567,89 zł") == []


# ---------------------------------------------------------------- "za kwotę"


def test_a_project_run_for_a_sum_names_its_total():
    r = record(_INTRO + " Projekt realizowany jest za kwotę 684 300,00 zł.")
    assert (r["total_cost_pln"], r["total_cost_qualifier"]) == (684300.00, "exact")


def test_a_purchase_for_a_sum_is_no_total():
    r = record(_INTRO + " W ramach projektu zakupiono sprzęt za kwotę 12 400 zł.")
    assert r["total_cost_pln"] is None
