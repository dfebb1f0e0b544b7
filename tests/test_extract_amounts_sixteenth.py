"""Budget, date and programme families read since the sixteenth session, each on wordings written
for this test (not copied from any labelled page): the co-financing named as EU money and the
state budget together ("ze środków EFS i budżetu państwa w kwocie …"), an amount in brackets with
its role after the bracket, the local government's share as the own contribution ("wkład gminy"),
and a body's own budget ("budżet gminy") that is not the project's."""

from __future__ import annotations

import pytest

from integra.extract import extract_text

HEAD = "Miejski Ośrodek Pomocy Społecznej w Brzezinach realizuje projekt „Krok do przodu”. "


def rec(text: str) -> dict:
    return extract_text(text, "sixteenth.txt")[0]


def money(text: str) -> tuple:
    r = rec(HEAD + text)
    return r["total_cost_pln"], r["eu_cofinancing_pln"], r["own_contribution_pln"]


# ------------------------------------------------ EU money and the state budget as one co-financing


@pytest.mark.parametrize(
    "text",
    [
        "Projekt jest współfinansowany ze środków EFS i budżetu państwa w kwocie 1 100 000,00 zł. "
        "Całkowita wartość projektu to 1 250 000,00 zł.",
        "Całkowita wartość projektu to 1 250 000,00 zł. Dofinansowanie ze środków Unii "
        "Europejskiej oraz budżetu państwa wynosi 1 100 000,00 zł.",
        "Wartość projektu: 1 250 000,00 zł. Dofinansowanie z EFS i z budżetu państwa: "
        "1 100 000,00 zł.",
        "Projekt kosztuje 1 250 000,00 zł; wsparcie ze środków Europejskiego Funduszu Społecznego "
        "oraz budżetu państwa sięga 1 100 000,00 zł.",
    ],
)
def test_eu_and_state_budget_named_together_are_the_co_financing(text):
    assert money(text)[:2] == (1_250_000, 1_100_000)


def test_the_european_social_fund_by_its_full_name_and_the_state_budget():
    text = (
        "Wartość projektu: 1 250 000,00 zł. Projekt jest współfinansowany ze środków Europejskiego "
        "Funduszu Społecznego i budżetu państwa w kwocie 1 100 000,00 zł."
    )
    assert money(text)[:2] == (1_250_000, 1_100_000)


def test_eu_and_state_budget_together_without_a_total():
    text = (
        "Projekt jest dofinansowany ze środków EFS oraz budżetu państwa na kwotę 1 100 000,00 zł."
    )
    assert money(text) == (None, 1_100_000, None)


@pytest.mark.parametrize(
    "text",
    [
        # the state budget's own share is no EU money
        "Wartość projektu wynosi 1 250 000,00 zł. Projekt współfinansowany z budżetu państwa w "
        "kwocie 150 000,00 zł.",
        "Całkowita wartość projektu to 1 250 000,00 zł, z czego 150 000,00 zł to środki z budżetu "
        "państwa.",
        # two sources, each with its own amount: the second is the state budget's alone
        "Wartość projektu to 1 250 000,00 zł. Ze środków EFS pochodzi 1 000 000,00 zł, a z budżetu "
        "państwa 150 000,00 zł.",
    ],
)
def test_the_state_budget_alone_is_not_the_co_financing(text):
    total, eu, _ = money(text)
    assert total == 1_250_000
    assert eu != 150_000


# ------------------------------------------------ an amount in brackets, its role after the bracket


@pytest.mark.parametrize(
    "text",
    [
        "Wartość projektu wynosi 1 250 000,00 zł, z czego 85% (1 062 500,00 zł) stanowi "
        "dofinansowanie z Unii Europejskiej.",
        "Wartość projektu wynosi 1 250 000,00 zł, z czego 85% (1 062 500,00 zł) to środki UE.",
        "Wartość projektu wynosi 1 250 000,00 zł, w tym 85% (1 062 500,00 zł) pochodzi z EFS.",
    ],
)
def test_an_amount_in_brackets_takes_the_role_said_after_it(text):
    assert money(text)[:2] == (1_250_000, 1_062_500)


# ------------------------------------------------ the local government's share


@pytest.mark.parametrize(
    "text",
    [
        "Całkowita wartość projektu to 1 250 000,00 zł, dofinansowanie 1 062 500,00 zł, wkład "
        "gminy 187 500,00 zł.",
        "Budżet projektu: 1 250 000,00 zł, w tym środki gminy: 187 500,00 zł.",
        "Wartość projektu wynosi 1 250 000,00 zł, a 187 500,00 zł to wkład finansowy powiatu.",
        "Wartość projektu wynosi 1 250 000,00 zł. Wkład własny Miasta wynosi 187 500,00 zł.",
    ],
)
def test_the_local_governments_share_is_the_own_contribution(text):
    total, _, own = money(text)
    assert (total, own) == (1_250_000, 187_500)


@pytest.mark.parametrize(
    "text",
    [
        # a body's own budget, not the project's
        "Wartość projektu wynosi 1 250 000,00 zł. Budżet gminy na pomoc społeczną wynosi "
        "12 000 000 zł.",
        "Wartość projektu wynosi 1 250 000,00 zł. Z budżetu gminy pokryto 187 500,00 zł.",
        "Wartość projektu wynosi 1 250 000,00 zł. Gmina przeznaczyła w tym roku z budżetu gminy "
        "50 000 zł na dożywianie dzieci.",
    ],
)
def test_a_bodys_own_budget_is_not_the_projects_total(text):
    total, eu, own = money(text)
    assert (total, eu, own) == (1_250_000, None, None)


def test_the_projects_budget_is_still_its_total():
    assert money("Budżet projektu wynosi 1 250 000,00 zł.")[0] == 1_250_000
    assert money("Projekt ma budżet 1 250 000,00 zł.")[0] == 1_250_000


# ------------------------------------------------ a list of sources, then the sum line


@pytest.mark.parametrize(
    "text",
    [
        "Źródła finansowania projektu:\n• Europejski Fundusz Społeczny – 1 062 500,00 zł\n"
        "• budżet państwa – 125 000,00 zł\n• wkład własny – 62 500,00 zł\nRazem: 1 250 000,00 zł",
        "Finansowanie:\n- środki EFS: 1 062 500,00 zł\n- dotacja celowa: 125 000,00 zł\n"
        "- wkład własny: 62 500,00 zł\nOgółem: 1 250 000,00 zł",
        "Projekt finansują:\nŚrodki UE – 1 062 500,00 zł\nBudżet państwa – 125 000,00 zł\n"
        "Wkład własny – 62 500,00 zł\nŁącznie – 1 250 000,00 zł",
    ],
)
def test_the_sum_line_under_a_list_of_sources_is_the_total(text):
    total, eu, own = money(text)
    assert (total, own) == (1_250_000, 62_500)
    assert eu == 1_062_500


@pytest.mark.parametrize(
    "text",
    [
        # the sum line does not add up: no total
        "Finansowanie:\n- środki EFS: 1 062 500,00 zł\n- wkład własny: 62 500,00 zł\n"
        "Razem: 1 500 000,00 zł",
        # a list of the centre's benefits, no source among them
        "Wydatki ośrodka:\n- zasiłki celowe: 100 000,00 zł\n- usługi opiekuńcze: 50 000,00 zł\n"
        "Razem: 150 000,00 zł",
    ],
)
def test_a_sum_line_that_is_no_sum_of_sources_is_no_total(text):
    assert money(text)[0] is None


# ------------------------------------------------ rarer dashes between years and dates


@pytest.mark.parametrize("dash", ["\u2012", "\u2212", "\u2010", "\u2011", "\u2015"])
def test_rarer_dashes_join_a_programmes_years(dash):
    r = rec(
        "MOPS w Lipnie realizuje projekt „Razem raźniej” w ramach Regionalnego Programu "
        f"Operacyjnego Województwa Podlaskiego na lata 2014{dash}2020."
    )
    assert r["programme_period"] == "2014-2020"


@pytest.mark.parametrize("dash", ["\u2012", "\u2212"])
def test_rarer_dashes_join_a_projects_dates(dash):
    r = rec(HEAD + f"Okres realizacji projektu: 01.03.2019 {dash} 31.12.2021.")
    assert (r["start_date"], r["end_date"]) == ("2019-03-01", "2021-12-31")


# ------------------------------------------------ "inicjatywa jest warta …"


@pytest.mark.parametrize(
    "text",
    [
        "Ta inicjatywa jest warta 640 tys. zł; dotacja unijna to 600 tys. zł.",
        "Zadanie było warte 640 000 zł, a dofinansowanie wyniosło 600 000 zł.",
        "Przedsięwzięcie będzie warte 640 000 zł, z czego dotacja to 600 000 zł.",
    ],
)
def test_an_initiative_or_task_said_to_be_worth_a_sum(text):
    assert money(text)[:2] == (640_000, 600_000)


def test_an_initiatives_worth_beside_the_projects_labelled_value():
    text = (
        "Wartość projektu: 1 250 000,00 zł. Kwota dofinansowania: 1 062 500,00 zł. "
        "Inicjatywa jest warta wysiłku wszystkich partnerów."
    )
    assert money(text)[:2] == (1_250_000, 1_062_500)


# ------------------------------------------------ national programmes named without "Operacyjny"


@pytest.mark.parametrize(
    "text, period",
    [
        (
            "MOPS w Lipnie realizuje projekt „Razem raźniej” w ramach Programu Kapitał Ludzki.",
            "2007-2013",
        ),
        (
            "Projekt „Razem raźniej” jest współfinansowany z Europejskiego Funduszu Społecznego w "
            "ramach programu Kapitał Ludzki. Realizuje go MOPS w Lipnie.",
            "2007-2013",
        ),
        (
            "MOPS w Lipnie realizuje projekt „Razem raźniej” w ramach Programu Wiedza Edukacja Rozwój.",
            "2014-2020",
        ),
        (
            "MOPS w Lipnie realizuje projekt „Razem raźniej” w ramach programu Wiedza, Edukacja, Rozwój.",
            "2014-2020",
        ),
    ],
)
def test_national_programmes_named_without_operacyjny(text, period):
    assert rec(text)["programme_period"] == period


@pytest.mark.parametrize(
    "text",
    [
        # the words without a programme's name: no programme, no period
        "MOPS w Lipnie realizuje projekt „Razem raźniej”. Kapitał ludzki to największe bogactwo gminy.",
        "MOPS w Lipnie realizuje program „Wiedza i rozwój” dla seniorów.",
    ],
)
def test_the_words_alone_name_no_programme(text):
    assert rec(text)["programme_period"] is None


# ------------------------------------------------ the amount first, "– tyle …" after it


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1 062 500 zł – tyle wynosi unijne dofinansowanie projektu.", (None, 1_062_500)),
        ("1 250 000 zł – tyle wyniesie całkowita wartość projektu.", (1_250_000, None)),
        (
            "1 250 000 zł – tyle wynosi wartość projektu. 1 062 500 zł to dofinansowanie z EFS.",
            (1_250_000, 1_062_500),
        ),
        ("Unijna dotacja na projekt wynosi 1 062 500 zł.", (None, 1_062_500)),
    ],
)
def test_the_amount_first_and_its_role_after_tyle(text, expected):
    assert money(text)[:2] == expected


def test_tyle_said_of_a_refund_is_no_budget_figure():
    text = (
        "Wartość projektu: 1 250 000 zł. 50 zł – tyle wynosi zwrot kosztów dojazdu dla uczestnika."
    )
    assert money(text) == (1_250_000, None, None)


# ------------------------------------------------ tables headed by a row of column labels


def html_rec(html: str) -> dict:
    from integra.extract.reading import html_to_text

    return rec(html_to_text(html))


def table(*rows: list[str], head: bool = True) -> str:
    cells = []
    for i, row in enumerate(rows):
        tag = "th" if head and i == 0 else "td"
        cells.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in row) + "</tr>")
    return "<table>" + "".join(cells) + "</table>"


PAGE = "<html><body><p>" + HEAD + "</p>{}</body></html>"


@pytest.mark.parametrize(
    "head, values, expected",
    [
        (
            ["Wartość projektu", "Dofinansowanie UE", "Wkład własny"],
            ["1 250 000,00 zł", "1 062 500,00 zł", "187 500,00 zł"],
            (1_250_000, 1_062_500, 187_500),
        ),
        (
            ["Całkowity koszt projektu (PLN)", "Kwota dofinansowania (PLN)"],
            ["1 250 000,00 zł", "1 062 500,00 zł"],
            (1_250_000, 1_062_500, None),
        ),
        (
            ["Okres realizacji", "Wartość projektu", "Kwota dofinansowania"],
            ["01.01.2020 – 31.12.2021", "1 250 000,00 zł", "1 062 500,00 zł"],
            (1_250_000, 1_062_500, None),
        ),
    ],
)
def test_amounts_under_their_column_headings(head, values, expected):
    r = html_rec(PAGE.format(table(head, values)))
    assert (r["total_cost_pln"], r["eu_cofinancing_pln"], r["own_contribution_pln"]) == expected


def test_label_value_rows_are_no_column_headings():
    # a two-column table of labels and values: the first row's value is no heading
    r = rec(HEAD + "\nTytuł projektu | Razem raźniej\nWartość projektu | 1 250 000,00 zł")
    assert r["total_cost_pln"] == 1_250_000
    assert r["title"] == "Razem raźniej"


def test_codes_under_their_column_headings():
    html = PAGE.format(
        table(
            ["Program", "Oś priorytetowa", "Działanie", "Poddziałanie"],
            ["RPO WSL 2014-2020", "IX Włączenie społeczne", "9.2 Dostęp do usług", "9.2.1 Usługi"],
        )
    )
    r = html_rec(html)
    assert (r["priority_axis"], r["measure"], r["submeasure"]) == ("9", "9.2", "9.2.1")
    assert r["programme_period"] == "2014-2020"


def test_a_table_of_several_projects_gives_no_amounts():
    html = PAGE.format(
        table(
            ["Projekt", "Wartość projektu", "Dofinansowanie"],
            ["Projekt A", "1 250 000,00 zł", "1 062 500,00 zł"],
            ["Projekt B", "900 000,00 zł", "765 000,00 zł"],
        )
    )
    r = html_rec(html)
    assert (r["total_cost_pln"], r["eu_cofinancing_pln"]) == (None, None)


@pytest.mark.parametrize(
    "head, values",
    [
        (["Data rozpoczęcia", "Data zakończenia"], ["01.01.2020", "31.12.2021"]),
        (["Okres realizacji", "Wartość projektu"], ["01.01.2020 – 31.12.2021", "1 250 000,00 zł"]),
        (
            ["Rozpoczęcie realizacji projektu", "Zakończenie realizacji projektu"],
            ["styczeń 2020", "grudzień 2021"],
        ),
    ],
)
def test_dates_under_their_column_headings(head, values):
    r = html_rec(PAGE.format(table(head, values)))
    assert (r["start_date"], r["end_date"]) == ("2020-01-01", "2021-12-31")


def test_a_period_row_with_its_start_and_end_in_two_cells():
    r = rec(HEAD + "\nOkres realizacji | 01.01.2020 | 31.12.2021")
    assert (r["start_date"], r["end_date"]) == ("2020-01-01", "2021-12-31")


def test_dates_of_a_recruitment_column_are_not_the_projects():
    r = html_rec(PAGE.format(table(["Nabór od", "Nabór do"], ["01.01.2020", "31.01.2020"])))
    assert (r["start_date"], r["end_date"]) == (None, None)


# ------------------------------------------------ a share of the project's value, an own clause


@pytest.mark.parametrize(
    "text",
    [
        "Wartość projektu to 1 250 000 zł. Wkład własny wynosi 5% wartości projektu, tj. 62 500 zł.",
        "Wartość projektu to 1 250 000 zł. Wkład własny stanowi 5 procent kosztów projektu, "
        "czyli 62 500 zł.",
        "Wartość projektu to 1 250 000 zł. Wkład własny ośrodka stanowią koszty pracy personelu o "
        "wartości 62 500 zł.",
    ],
)
def test_the_own_contribution_said_as_a_share_or_in_its_own_clause(text):
    assert money(text) == (1_250_000, None, 62_500)


def test_a_project_of_a_value_after_the_own_contribution_is_the_total():
    text = "Wkład własny wynosi 10%, a projekt o wartości 1 250 000 zł potrwa dwa lata."
    assert money(text)[::2] == (1_250_000, None)


def test_one_mention_is_not_both_the_total_and_the_own_contribution():
    text = "Wkład własny wynosi 10%, a projekt o wartości 1 250 000 zł potrwa dwa lata."
    assert money(text) == (1_250_000, None, None)


def test_a_project_paid_by_the_eu_alone_keeps_its_total_as_the_grant():
    text = "Projekt o wartości 1 250 000 zł jest w 100% finansowany ze środków Unii Europejskiej."
    assert money(text) == (1_250_000, 1_250_000, None)


# ------------------------------------------------ Roman months with a space, a start in brackets


@pytest.mark.parametrize(
    "period",
    ["X 2019 – III 2021", "X 2019 r. – III 2021 r.", "od X 2019 do III 2021", "X.2019 – III 2021"],
)
def test_a_range_of_roman_months_with_their_years(period):
    r = rec(HEAD + f"Okres realizacji: {period}.")
    assert (r["start_date"], r["end_date"]) == ("2019-10-01", "2021-03-31")


def test_a_roman_numeral_before_a_year_outside_a_range_is_no_month():
    from integra.extract.dates import find_dates

    assert [(t.year, t.month) for t in find_dates("Oś priorytetowa VII 2007")] == [(2007, None)]
    assert [(t.year, t.month) for t in find_dates("Priorytet IX 2014-2020")] == [
        (2014, None),
        (2020, None),
    ]


def test_a_start_in_brackets_after_the_duration():
    r = rec(HEAD + "Czas realizacji projektu: 18 miesięcy (od 1 października 2019 r.).")
    assert r["start_date"] == "2019-10-01"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2019.10.01 – 2021.03.31", [(2019, 10, 1), (2021, 3, 31)]),
        ("od 2019.10.01 r. do 2021.03.31 r.", [(2019, 10, 1), (2021, 3, 31)]),
        ("zakończono 2021-03-31.", [(2021, 3, 31)]),
        # a code with more levels is no date
        ("nr 2019.10.01.05", [(2019, None, None)]),
    ],
)
def test_year_first_dates_with_dots(text, expected):
    from integra.extract.dates import find_dates

    assert [(t.year, t.month, t.day) for t in find_dates(text)] == expected


def test_a_year_first_dotted_period_is_the_projects():
    r = rec(HEAD + "Okres realizacji: 2019.10.01 – 2021.03.31.")
    assert (r["start_date"], r["end_date"]) == ("2019-10-01", "2021-03-31")


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Projekt ma charakter systemowy.", "systemowy"),
        ("Projekt miał charakter konkursowy.", "konkursowy"),
        ("Jest to projekt mający charakter pozakonkursowy.", "pozakonkursowy"),
    ],
)
def test_a_project_said_to_have_the_character_of_a_type(text, kind):
    assert rec(HEAD + text)["project_type"] == kind


def test_a_contest_for_a_logo_is_no_project_type():
    assert rec(HEAD + "Ośrodek ogłasza konkurs na logo projektu.")["project_type"] is None
