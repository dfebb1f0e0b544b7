"""Phrasing families the extractor reads, each on wordings written for this test (not copied from
any labelled document): titles without quotes, planned counts in the future tense, budget labels
and role words, implementers, dates, codes, English pages, numbers in words, two projects on one
page, EUR beside PLN, instruments and breakdowns, effectiveness as target or achieved."""

from __future__ import annotations

import pytest

from integra.extract import extract_text
from integra.extract.numbers import find_money, parse_numeral_words


def rec(text: str) -> dict:
    return extract_text(text, "family.txt")[0]


# --------------------------------------------------------------------------- titles


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "Projekty › Razem do celu\n\nRAZEM DO CELU\n\nProjekt realizuje MOPS w Pile od 2019 r. do 2020 r.",
            "Razem do celu",
        ),
        (
            "„Krok dalej” – pod takim hasłem Miejski Ośrodek Pomocy Społecznej w Pile prowadzi projekt.",
            "Krok dalej",
        ),
        (
            "Pełny tytuł projektu to „Nowe szanse w gminie Piła”. Wartość projektu: 100 000,00 zł.",
            "Nowe szanse w gminie Piła",
        ),
        (
            "Kalisz: „Wspólna droga”\n\nOśrodek rozpoczął projekt w marcu 2020 r. Wartość projektu: 100 000,00 zł.",
            "Wspólna droga",
        ),
        (
            "Umowę o dofinansowanie projektu pn. „Budowa klubu „Przystań” w Kaliszu” podpisano 3 maja 2021 r.",
            "Budowa klubu „Przystań” w Kaliszu",
        ),
        (
            "Project title | Step by Step in Leszno\nProject value | PLN 1,000,000.00",
            "Step by Step in Leszno",
        ),
    ],
)
def test_titles_without_cue_quotes(text, title):
    assert rec(text)["title"] == title


# --------------------------------------------------------------------------- participants


@pytest.mark.parametrize(
    "text, planned",
    [
        ("Wsparcie otrzyma 240 osób zagrożonych wykluczeniem społecznym.", 240),
        ("Dzięki projektowi wsparcie trafi do 75 bezrobotnych mieszkańców Leszna.", 75),
        ("Z oferty skorzysta minimum 48 dzieci z rodzin objętych pomocą społeczną.", 48),
        ("Naczelnym celem jest aktywizacja 132 klientów MOPS w Lesznie.", 132),
        ("Projekt ma zwiększyć aktywność zawodową 310 osób z terenu miasta.", 310),
        ("Do projektu zrekrutujemy 18 uczestników spośród podopiecznych ośrodka.", 18),
        ("The project will support 420 residents of the city of Leszno.", 420),
    ],
)
def test_planned_participants_in_future_and_goal_wording(text, planned):
    r = rec(text)
    assert r["participants_planned"] == planned
    assert r["participants_actual"] is None


@pytest.mark.parametrize(
    "text, actual",
    [
        ("Czterdzieści osób wzięło udział w projekcie realizowanym przez MOPS.", 40),
        ("W ciągu trzech lat wsparcie otrzymały w nim 512 osoby.", 512),
        ("Altogether 316 residents took part in the project.", 316),
        ("Przez siedem lat wzięły w nim udział 2019 osoby.", 2019),
    ],
)
def test_actual_participants(text, actual):
    assert rec(text)["participants_actual"] == actual


def test_a_result_share_is_not_the_planned_total():
    r = rec(
        "Cel główny: aktywizacja co najmniej 30 uczestników projektu (75%) w okresie od 01.01.2019 r. "
        "do 31.12.2020 r."
    )
    assert r["participants_planned"] is None


# --------------------------------------------------------------------------- budget


@pytest.mark.parametrize(
    "text, total, eu",
    [
        (
            "Kwota ogółem: 2 500 000,00 zł\nKwota dofinansowania Unii Europejskiej: 2 125 000,00 zł",
            2500000.0,
            2125000.0,
        ),
        (
            "Całe przedsięwzięcie jest warte 1 200 000,00 zł, a kwota dofinansowania to 1 020 000, 00 zł.",
            1200000.0,
            1020000.0,
        ),
        (
            "Cały projekt kosztuje 800 000,00 zł. Kwota dofinansowania to 680 000,00 zł.",
            800000.0,
            680000.0,
        ),
        (
            "Wartość projektu ....................... 640 000,00 zł\nDofinansowanie z UE .................... 544 000,00 zł",
            640000.0,
            544000.0,
        ),
        (
            "Całkowity koszt projektu ........\n900 000,00 zł\nDofinansowanie ........\n765 000,00 zł",
            900000.0,
            765000.0,
        ),
        (
            "Całkowita wartość projektu, w tym dofinansowanie ze środków zewnętrznych – 300 000 zł, "
            "w tym dofinansowanie z EFS – 255 000,00 zł",
            300000.0,
            255000.0,
        ),
        (
            "Wartość projektu wynosi 1 000 000,00 zł, z czego 850 000,00 zł to dofinansowanie z Unii Europejskiej.",
            1000000.0,
            850000.0,
        ),
        (
            "Project value | PLN 4,200,000.00\nEU grant value | PLN 3,570,000.00",
            4200000.0,
            3570000.0,
        ),
        (
            "Całkowita wartość projektu ......... 3 100 000,00\nDofinansowanie ......... 2 635 000,00",
            3100000.0,
            2635000.0,
        ),
    ],
)
def test_budget_labels_and_role_words(text, total, eu):
    r = rec(text)
    assert r["total_cost_pln"] == total
    assert r["eu_cofinancing_pln"] == eu


def test_the_whole_co_financing_over_its_eu_part():
    r = rec(
        "Całkowita wartość projektu: 1 300 000,00 zł\nKwota dofinansowania: 1 235 000,00 zł w tym:\n"
        "Środki europejskie: 1 105 000,00 zł"
    )
    assert r["eu_cofinancing_pln"] == 1235000.0


def test_eur_beside_pln_is_never_stored_as_pln():
    r = rec(
        "EU contribution | 85,000.0 Euro\n0 references\n| 391,000.0 zloty\nbudget | 100,000.0 Euro\n"
        "| 460,000.0 zloty"
    )
    assert r["total_cost_pln"] == 460000.0
    assert r["eu_cofinancing_pln"] == 391000.0


def test_amounts_in_words_and_a_rounded_lower_bound():
    assert find_money("dofinansował je kwotą prawie trzystu tysięcy złotych")[0].value == 300000
    assert parse_numeral_words("sto czterdzieści pięć") == 145
    r = rec("Wartość projektu to ponad 1,2 mln zł.")
    assert (r["total_cost_pln"], r["total_cost_qualifier"]) == (1200000.0, "more_than")


def test_a_grant_received_and_another_grant_on_the_page():
    r = rec(
        "Z rządowego programu „Maluch” miasto dostanie dotację w wysokości 30.000 zł.\n\n"
        "Drugi wniosek złożył Miejski Ośrodek Pomocy Społecznej w Kole. Na ten cel MOPS otrzyma 500.000 zł."
    )
    assert r["eu_cofinancing_pln"] == 500000.0


def test_only_eligible_expenditure_stated_is_the_total():
    r = rec(
        "Łączna wysokość wydatków kwalifikowalnych projektu wynosi 200.000,00 zł. Całą kwotę pokrywa dofinansowanie."
    )
    assert r["total_cost_pln"] == 200000.0


# --------------------------------------------------------------------------- two projects on one page


def test_a_predecessor_s_figures_stay_out():
    r = rec(
        "Głównym celem projektu jest aktywizacja co najmniej 120 osób w okresie od marca 2021 r. do grudnia 2022 r.\n"
        "Wartość projektu: | 1 500 000,00 zł\n\n"
        "Centrum powstało w poprzednim projekcie „Start – I etap”, realizowanym w ramach poddziałania 9.1.1. "
        "Pierwszy etap trwał od 1 września 2018 r. do 31 grudnia 2020 r. i był skierowany do 40 osób. "
        "Jego całkowita wartość to 600 000,00 zł."
    )
    assert r["total_cost_pln"] == 1500000.0
    assert r["participants_planned"] == 120
    assert r["submeasure"] is None
    assert (r["start_date"], r["end_date"]) == ("2021-03-01", "2022-12-31")


# --------------------------------------------------------------------------- implementer, codes, dates


@pytest.mark.parametrize(
    "text, implementer",
    [
        (
            "Projekty › MOPS w Lesznie\n\nProjekt realizuje Miejski Ośrodek Pomocy Społecznej w Lesznie.",
            "Miejski Ośrodek Pomocy Społecznej w Lesznie",
        ),
        (
            "Realizator: Miasto Leszno / Miejski Ośrodek Pomocy Społecznej w Lesznie",
            "Miejski Ośrodek Pomocy Społecznej w Lesznie",
        ),
        (
            "Projekt prowadzi Miejski Osrodek Pomocy Spolecznej w Lesznie od 2019 roku.",
            "Miejski Osrodek Pomocy Spolecznej w Lesznie",
        ),
        (
            "Implemented by | Municipal Social Welfare Centre in Leszno",
            "Municipal Social Welfare Centre in Leszno",
        ),
        (
            "Jednostka realizująca projekt Miejski Ośrodek Pomocy Społecznej im. Jana Pawła II w Lesznie",
            "Miejski Ośrodek Pomocy Społecznej im. Jana Pawła II w Lesznie",
        ),
    ],
)
def test_implementer_full_name(text, implementer):
    assert rec(text + "\nWartość projektu: 100 000,00 zł")["implementer"] == implementer


@pytest.mark.parametrize(
    "text, axis, measure, sub",
    [
        (
            "Oś priorytetowa | VIII Integracja\nDziałanie | VIII.3 Usługi\nPoddziałanie | VIII.3.2 Usługi społeczne",
            "8",
            "8.3",
            "8.3.2",
        ),
        (
            "Priorytet – VII Promocja integracji\nDziałanie – 7.2 Przeciwdziałanie wykluczeniu",
            "7",
            "7.2",
            None,
        ),
        (
            "Measure: 9.2. Social services\nSub-measure: 9.2.4 Community services",
            "9",
            "9.2",
            "9.2.4",
        ),
        ("w ramach Działania FELD.07.12 Usługi na rzecz rodziny", "7", "7.12", None),
        (
            "oś priorytetowa RPSW.09.00.00, działanie RPSW.09.02.00 Ułatwienie dostępu",
            "9",
            "9.2",
            None,
        ),
    ],
)
def test_programme_codes(text, axis, measure, sub):
    r = rec(text + "\nWartość projektu: 100 000,00 zł")
    assert (r["priority_axis"], r["measure"], r["submeasure"]) == (axis, measure, sub)


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("Realizację projektu zaplanowano na lata 2017 – 2019.", "2017-01-01", "2019-12-31"),
        ("Start date | 1 March 2024\nEnd date | 31 August 2026", "2024-03-01", "2026-08-31"),
        ("Okres realizacji 01.04 2010 – 31.03.2012", "2010-04-01", "2012-03-31"),
        (
            "Projekt zaplanowano na lata 2019-2021; jego realizacja ma ruszyć w maju 2019 r.",
            "2019-05-01",
            "2021-12-31",
        ),
        (
            "Projekt trwa od 01.01.2020 r. do 30.06.2021 r. Z powodu epidemii przedłużono go do 31.12.2021 r.",
            "2020-01-01",
            "2021-12-31",
        ),
    ],
)
def test_project_dates(text, start, end):
    r = rec(text + " Wartość projektu: 100 000,00 zł.")
    assert (r["start_date"], r["end_date"]) == (start, end)


def test_recruitment_is_not_the_project_start():
    r = rec("Nabór uczestników ruszył 1 czerwca 2020 r. Wartość projektu: 100 000,00 zł.")
    assert r["start_date"] is None


def test_contract_date_after_a_long_subject():
    r = rec(
        "Umowę na realizację projektu pn. „Razem w Lesznie – aktywna integracja mieszkańców dzielnic "
        "Zatorze i Gronowo” podpisano 7 maja 2019 r. w ratuszu."
    )
    assert r["contract_date"] == "2019-05-07"


# --------------------------------------------------------------------------- lists


def test_instruments_from_a_list_under_a_plain_heading_and_from_prose():
    r = rec(
        "Aby to osiągnąć, uczestnikom zaoferujemy instrumenty aktywizacji.\nZaplanowano:\n"
        "• warsztat rozwoju osobistego\n• kurs prawa jazdy kat. B\n• grupy wsparcia\n• staże zawodowe\n\n"
        "W ramach projektu zorganizowano też poradnictwo psychologiczne i podpisano kontrakty socjalne.\n\n"
        "Wartość projektu: 100 000,00 zł"
    )
    assert r["instruments"][:4] == [
        "warsztat rozwoju osobistego",
        "kurs prawa jazdy kat. B",
        "grupy wsparcia",
        "staże zawodowe",
    ]
    assert "poradnictwo psychologiczne" in r["instruments"]
    assert "kontrakt socjalny" in r["instruments"]
    assert len(r["instruments"]) == len({i.lower() for i in r["instruments"]})


def test_funding_lists_are_not_instruments():
    r = rec(
        "Całą kwotę pokrywa dofinansowanie z dwóch źródeł:\n• ze środków europejskich – 80 000,00 zł,\n"
        "• ze środków dotacji celowej – 20 000,00 zł."
    )
    assert r["instruments"] == []
    assert r["eu_cofinancing_pln"] == 80000.0


@pytest.mark.parametrize(
    "text, breakdown",
    [
        ("Wsparcie otrzyma 150 osób (90K, 60M) z Leszna.", {"kobiety": 90, "mężczyźni": 60}),
        (
            "Projekt obejmie 183 osoby (102 kobiety i 81 mężczyzn) z Leszna.",
            {"kobiety": 102, "mężczyźni": 81},
        ),
        (
            "Grupa docelowa projektu liczy 176 osób: 106 osób nowo zrekrutowanych i 70 osób powracających.",
            {"osób nowo zrekrutowanych": 106, "osób powracających": 70},
        ),
        (
            "Wsparcie otrzyma 60 mieszkańców Leszna (w tym co najmniej 39 kobiet).",
            {},
        ),  # case 5: a lone subset is no breakdown
    ],
)
def test_breakdowns(text, breakdown):
    assert rec(text)["participants_planned_breakdown"] == breakdown


# --------------------------------------------------------------------------- effectiveness


def test_effectiveness_target_or_achieved():
    target = rec(
        "Projekt zakłada efektywność zatrudnieniową nie mniejszą niż 25%. Wartość projektu: 100 000,00 zł."
    )
    assert (target["employment_effectiveness_pct"], target["employment_effectiveness_basis"]) == (
        25.0,
        "target",
    )
    achieved = rec("Osiągnięto efektywność społeczną 41%. Wartość projektu: 100 000,00 zł.")
    assert (achieved["social_effectiveness_pct"], achieved["social_effectiveness_basis"]) == (
        41.0,
        "achieved",
    )


def test_english_page_is_read_not_rejected():
    r = rec(
        "Implemented by | Municipal Social Welfare Centre in Leszno\nProject value | PLN 2,000,000.00\n"
        "Altogether 250 residents took part in the project."
    )
    assert r["status"] == "ok"
    assert (r["total_cost_pln"], r["participants_actual"]) == (2000000.0, 250)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Tryb naboru | pozakonkursowy", "pozakonkursowy"),
        ("Rodzaj projektu – systemowy", "systemowy"),
        ("Pieniądze przyznano w konkursie dla Działania 7.2.", "konkursowy"),
        ("Priorytet IX (konkurs nr RPLD.09.01.01-IP.01-10-001/19).", "konkursowy"),
        ("Dzieci wzięły udział w konkursie plastycznym.", None),
    ],
)
def test_project_type(text, kind):
    assert rec(text + "\nWartość projektu: 100 000,00 zł")["project_type"] == kind


def test_town_of_an_implementer_written_without_polish_letters():
    r = rec(
        "Projekt realizuje Osrodek Pomocy Spolecznej w Miedzyrzeczu.\nWartosc projektu: 100 000,00 zl"
    )
    assert (r["city"], r["voivodeship"]) == ("Międzyrzecz", "lubuskie")


@pytest.mark.parametrize(
    "text, implementer",
    [
        ("Beneficiary | MIASTO LESZNO\nProject value | PLN 1,000,000.00", "Miasto Leszno"),
        ("Projekt realizowany przez Miasto Leszno kosztował 2 000 000,00 zł.", "Miasto Leszno"),
        (
            "The project is carried out by the Regional Social Policy Centre in Opole. Project value | PLN 1,000,000.00",
            "Regional Social Policy Centre in Opole",
        ),
        (
            "Projekt realizuje Miejski Ośrodek Pomocy Rodzinie. Wartość projektu: 100 000,00 zł.\n\n"
            "Kontakt: Miejski Ośrodek Pomocy Rodzinie w Lesznie, ul. Długa 1",
            "Miejski Ośrodek Pomocy Rodzinie w Lesznie",
        ),
        (
            "Lider: Ośrodek Pomocy Społecznej Dzielnicy Praga Południe\nWartość projektu: 100 000,00 zł",
            "Ośrodek Pomocy Społecznej Dzielnicy Praga Południe",
        ),
    ],
)
def test_implementer_when_no_welfare_centre_is_named_or_its_town_is_elsewhere(text, implementer):
    assert rec(text)["implementer"] == implementer


def test_results_worded_without_the_word_effectiveness():
    target = rec(
        "Zakładane efekty: zatrudnienie podejmie min. 25% osób, a aktywność społeczną – min. 34% osób.\n"
        "Wartość projektu: 100 000,00 zł"
    )
    assert (target["employment_effectiveness_pct"], target["employment_effectiveness_basis"]) == (
        25.0,
        "target",
    )
    assert (target["social_effectiveness_pct"], target["social_effectiveness_basis"]) == (
        34.0,
        "target",
    )
    achieved = rec(
        "Wsparcie otrzymało 300 osób, a 45 proc. z nich znalazło zatrudnienie. Wartość projektu: 100 000,00 zł"
    )
    assert (
        achieved["employment_effectiveness_pct"],
        achieved["employment_effectiveness_basis"],
    ) == (45.0, "achieved")
    share = rec(
        "Dofinansowanie stanowi 85% wartości projektu, który ma zwiększyć zatrudnienie. Wartość projektu: 100 000,00 zł"
    )
    assert share["employment_effectiveness_pct"] is None


@pytest.mark.parametrize(
    "text, programme_period",
    [
        ("Program Regionalny Program Operacyjny – Lubuskie 2020", "2014-2020"),
        (
            "w ramach Regionalnego Programu Operacyjnego Lubuskie 2020; Os priorytetowa 7.",
            "2014-2020",
        ),
        (
            "w Regionalnym Programie Województwa Pomorskiego na lata 2014-2020 zatwierdzono projekt",
            "2014-2020",
        ),
        ("under the programme European Funds for Social Development 2021-2027", "2021-2027"),
    ],
)
def test_programme_period(text, programme_period):
    assert rec(text + "\nWartość projektu: 100 000,00 zł")["programme_period"] == programme_period


def test_the_whole_co_financing_over_the_eu_labelled_part():
    r = rec(
        "Całkowita wartość projektu | 1 500 000,00 zł\nWartość dofinansowania | 1 425 000,00 zł\n"
        "Wartość dofinansowania UE | 1 275 000,00 zł\nBudżet państwa | 150 000,00 zł"
    )
    assert r["eu_cofinancing_pln"] == 1425000.0


@pytest.mark.parametrize(
    "text, planned",
    [
        ("Projekt zakłada objęcie wsparciem 120 osób bezrobotnych.", 120),
        ("Do udziału w projekcie zaplanowano 40 osób z terenu gminy.", 40),
        ("Projekt przewiduje wsparcie dla 60 osób niepełnosprawnych.", 60),
        ("Planuje się objąć wsparciem 100 osób zagrożonych wykluczeniem.", 100),
        ("Liczba uczestników: 50", 50),
        ("Uczestnicy | 75 osób (45 kobiet, 30 mężczyzn)", 75),
        ("Number of participants | 210", 210),
        ("In total 200 people will benefit from the project.", 200),
    ],
)
def test_more_planned_wordings(text, planned):
    assert rec(text + "\nWartość projektu: 100 000,00 zł")["participants_planned"] == planned


@pytest.mark.parametrize(
    "text, total",
    [
        ("Kwota projektu: 850 000,00 zł", 850000.0),
        ("Na realizację projektu przeznaczono 1 200 000,00 zł.", 1200000.0),
        ("Projekt o łącznej wartości ponad 3 mln złotych ruszył w marcu.", 3000000.0),
    ],
)
def test_more_total_cost_wordings(text, total):
    assert rec(text)["total_cost_pln"] == total


@pytest.mark.parametrize(
    "text, breakdown",
    [
        (
            "Projekt obejmie 75 osób.\nKobiety | 45\nMężczyźni | 30",
            {"kobiety": 45, "mężczyźni": 30},
        ),
        (
            "Wsparcie otrzyma 60 osób, w tym 35 kobiet i 25 mężczyzn.",
            {"kobiety": 35, "mężczyźni": 25},
        ),
        ("Wsparcie otrzyma 60 osób (K: 35, M: 25).", {"kobiety": 35, "mężczyźni": 25}),
        ("Do projektu trafi 32 UP (26K i 6M) z Przeworska.", {"kobiety": 26, "mężczyźni": 6}),
        (
            "The project will support 120 people (70 women and 50 men).",
            {"kobiety": 70, "mężczyźni": 50},
        ),
    ],
)
def test_more_breakdown_wordings(text, breakdown):
    r = rec(text + "\nWartość projektu: 100 000,00 zł")
    assert r["participants_planned_breakdown"] == breakdown


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("Projekt realizowany jest od 1 marca do 31 grudnia 2019 r.", "2019-03-01", "2019-12-31"),
        ("Okres realizacji: od marca do grudnia 2021 r.", "2021-03-01", "2021-12-31"),
        ("Termin realizacji: 01.01.2019r.-31.12.2020r.", "2019-01-01", "2020-12-31"),
        ("Zakończenie projektu: 30.06.2022 r.", None, "2022-06-30"),
    ],
)
def test_dates_with_the_year_only_at_the_end_and_tight_separators(text, start, end):
    r = rec(text + " Wartość projektu: 100 000,00 zł.")
    assert (r["start_date"], r["end_date"]) == (start, end)


@pytest.mark.parametrize(
    "text, total, qualifier",
    [
        ("Projekt będzie kosztować 2 400 000,00 zł.", 2400000.0, "exact"),
        ("Umowa opiewa na 1 750 000,00 zł.", 1750000.0, "exact"),
        ("Wartość projektu to 2,4 mln zł.", 2400000.0, "approximately"),
        ("Całkowita wartość projektu wynosi ok. 900 tys. zł.", 900000.0, "approximately"),
    ],
)
def test_total_cost_wordings_and_rounded_figures(text, total, qualifier):
    r = rec(text)
    assert (r["total_cost_pln"], r["total_cost_qualifier"]) == (total, qualifier)


def test_programme_written_in_lower_case():
    r = rec(
        "Regionalny program operacyjny województwa świętokrzyskiego na lata 2014-2020 · Akcja · "
        "całkowita wartość 400 000,00 zł"
    )
    assert r["programme_period"] == "2014-2020"
    assert r["voivodeship"] == "świętokrzyskie"


def test_a_refund_to_participants_is_not_co_financing():
    r = rec(
        "Wartość projektu: 500 000,00 zł. Uczestnicy otrzymali zwrot kosztów dojazdu do wysokości 217,00 zł."
    )
    assert r["eu_cofinancing_pln"] is None
    assert rec("Na ten cel ośrodek otrzyma 400 000,00 zł.")["eu_cofinancing_pln"] == 400000.0


@pytest.mark.parametrize(
    "tail",
    [
        "Pozostałe aktualności:\nKlub seniora (edycja III) – projekt obejmie 25 osób, wartość projektu: 90 000,00 zł.",
        "Zobacz też: Nabór do klubu – wsparcie otrzyma 25 osób · Wartość projektu: 90 000,00 zł",
        "Related news\n\nThe club will support 25 people; total project value: PLN 90,000.00.",
        "Czytaj także:\n • Warsztaty: wsparcie otrzyma 25 osób, wartość projektu: 90 000,00 zł",
    ],
)
def test_related_news_and_see_also_sections_are_not_the_project(tail):
    r = rec(
        "Gminny Ośrodek Pomocy Społecznej w Baranowie realizuje projekt „Razem łatwiej”.\n"
        "Wsparcie otrzyma 14 osób. Wartość projektu: 120 000,00 zł.\n\n" + tail
    )
    assert (r["participants_planned"], r["total_cost_pln"]) == (14, 120000.0)
    r = rec("Gminny Ośrodek Pomocy Społecznej w Baranowie realizuje projekt.\n\n" + tail)
    assert r["participants_planned"] is None and r["total_cost_pln"] is None


@pytest.mark.parametrize(
    "text, breakdown",
    [
        (  # lists under sub-headings (one per year or edition) that add up to the total
            "Wsparciem zostanie objętych łącznie 90 osób, w tym:\n\nEdycja I:\n- 30 osób bezrobotnych\n"
            "- 15 osób z niepełnosprawnościami\n\nEdycja II:\n- 30 osób bezrobotnych\n- 15 seniorów\n",
            {
                "osób bezrobotnych (Edycja I)": 30,
                "osób z niepełnosprawnościami (Edycja I)": 15,
                "osób bezrobotnych (Edycja II)": 30,
                "seniorów (Edycja II)": 15,
            },
        ),
        (  # English "including at least …", a count of women written as "K": overlapping
            # subsets of the 400, not a partition (case 5 of the settled conventions)
            "The project will support at least 400 residents, including at least 250 K and at least "
            "60 people with disabilities (of whom at least 30 K).",
            {},
        ),
        (  # two groups and no total, an explanation in parentheses between them, under "Cel:"
            "Cel: wsparcie 10 osób starszych (osób, które ze względu na wiek (75+) potrzebują opieki) "
            "oraz 5 opiekunów faktycznych.",
            {"osób starszych": 10, "opiekunów faktycznych": 5},
        ),
        (  # a target-group list away from the total whose parts make 100 of the 150: groups
            # short of the total are no breakdown (case 5 of the settled conventions)
            "Projekt obejmie 150 osób z gminy.\n\nZaplanowano szkolenia i doradztwo. Zajęcia "
            "odbędą się w świetlicy. Dojazd zapewnia gmina.\n\n"
            "Grupę docelową stanowią w szczególności:\n- 70 osób bezrobotnych z terenu gminy,\n"
            "- 30 osób - młodzież opuszczająca pieczę zastępczą.\n",
            {},
        ),
        (  # the number of women in the next sentence: a lone subset (case 5), no breakdown
            "Wsparcie otrzyma 80 mieszkańców powiatu.\nZakładamy udział kobiet (co najmniej 45).",
            {},
        ),
        (
            "Wsparcie otrzyma 80 mieszkańców powiatu. Wśród nich będzie 45 kobiet.",
            {},
        ),  # case 5: a lone subset is no breakdown
    ],
)
def test_breakdowns_in_sub_lists_target_group_lists_and_english(text, breakdown):
    r = rec(text + "\nWartość projektu: 100 000,00 zł")
    assert r["participants_planned_breakdown"] == breakdown


@pytest.mark.parametrize(
    "text",
    [
        # sub-lists whose counts do not add up to the total
        "Wsparciem zostanie objętych łącznie 90 osób, w tym:\n\nEdycja I:\n- 30 osób bezrobotnych\n\n"
        "Edycja II:\n- 20 osób bezrobotnych\n",
        # a list of results, not of groups
        "Projekt obejmie 150 osób.\n\nRezultaty:\n- 70 osób podejmie pracę,\n- 30 osób ukończy kurs.\n",
        # a target-group list larger than the total
        "Projekt obejmie 50 osób.\n\nGrupa docelowa:\n- 40 osób bezrobotnych\n- 30 osób biernych\n",
        # women as a share, not a count
        "Wsparcie otrzyma 80 mieszkańców powiatu. Zakładamy udział kobiet na poziomie 60%.",
    ],
)
def test_no_breakdown_when_the_parts_do_not_partition_the_participants(text):
    r = rec(text + "\nWartość projektu: 100 000,00 zł")
    assert r["participants_planned_breakdown"] == {}


@pytest.mark.parametrize(
    "text, instruments",
    [
        (  # a head noun left out after the first item, "X i Y" kept as one item
            "W projekcie zorganizowano warsztaty pracy z gliną i decoupage'u, florystyczne, "
            "fotografii cyfrowej, a nawet wystąpień publicznych oraz kursy językowe i komputerowe.",
            [
                "warsztaty pracy z gliną i decoupage'u",
                "warsztaty florystyczne",
                "warsztaty fotografii cyfrowej",
                "warsztaty wystąpień publicznych",
                "kursy językowe",
                "kursy komputerowe",
            ],
        ),
        (  # a noun with two adjectives in an "m.in." list
            "Dla seniorów przewidziano m.in. zajęcia ruchowe i plastyczne oraz grupy wsparcia.",
            ["zajęcia ruchowe", "zajęcia plastyczne", "grupy wsparcia"],
        ),
        (  # future-tense participant verbs and lexicon names in prose, in the nominative
            "Uczestnicy podpiszą kontrakty socjalne i wezmą udział w zajęciach Klubu Integracji "
            "Społecznej. Każdy zostanie objęty wsparciem pracownika socjalnego i otrzyma pomoc w "
            "formie zasiłków celowych.",
            [
                "kontrakt socjalny",
                "zajęcia Klubu Integracji Społecznej",
                "wsparcie pracownika socjalnego",
                "zasiłki celowe",
            ],
        ),
        (  # times, places and people after an elided head are not forms of support
            "Zaplanowano warsztaty kulinarne, od poniedziałku do piątku, ich rodzinom, 2 razy w "
            "tygodniu i inne.",
            ["warsztaty kulinarne"],
        ),
    ],
)
def test_instruments_from_prose_enumerations_with_elided_heads(text, instruments):
    r = rec("Wartość projektu: 100 000,00 zł.\n" + text)
    assert sorted(r["instruments"]) == sorted(instruments)


@pytest.mark.parametrize(
    "text",
    [
        # a programme level's name in parentheses
        "Projekt realizowany jest w ramach Działania 9.1 (Aktywna integracja osób zagrożonych).",
        # a file's type and size, a status after the title, a group of people
        "Regulamin wsparcia w projekcie „Nowy start” (PDF, 120 KB)",
        "Wsparcie dla rodzin z gminy Lipno (zakończony)",
        "Wsparcie otrzyma 40 mieszkańców gminy (w tym co najmniej 22 kobiety), którzy są bezrobotni.",
        # a cookie banner's "Jak wyłączyć …" after "informacyjna"
        "Strona używa cookies. Klauzula informacyjna Jak wyłączyć pliki cookies? [Akceptuję]",
        # where to apply, not what is offered
        "Formularze zgłoszeniowe przyjmujemy w:\n• Punkcie Informacyjnym, ul. Długa 5, 87-600 Lipno\n"
        "• siedzibie GOPS, tel. 54 287 00 00",
        # groups of people a list introduces
        "Wsparcie obejmie osoby z jednej z grup:\n– osoby niepełnosprawne ruchowo,\n"
        "– wychowankowie placówek opiekuńczo-wychowawczych.",
    ],
)
def test_things_in_parentheses_or_lists_that_are_not_instruments(text):
    r = rec("Wartość projektu: 100 000,00 zł.\n" + text)
    assert r["instruments"] == []


def test_a_parenthesised_list_of_support_is_still_read():
    r = rec("Wartość projektu: 100 000,00 zł. Działania (m.in. warsztaty kulinarne, poradnictwo).")
    assert r["instruments"] == ["warsztaty kulinarne", "poradnictwo"]


@pytest.mark.parametrize(
    "text, planned, values",
    [
        (  # women and men in parentheses several words after the total
            "Udział weźmie 72 bezrobotnych mieszkańców gminy Lipno i okolic (40 kobiet, 32 mężczyzn).",
            72,
            [32, 40],
        ),
        (  # women and men in parentheses and no total: the parts only
            "Zajęcia mają przede wszystkim wesprzeć osoby bezrobotne (30 kobiet i 25 mężczyzn).",
            None,
            [25, 30],
        ),
        (  # list items whose count in parentheses goes on with its own split
            "Projekt obejmie 55 osób z dwóch grup:\n• seniorzy mieszkający samotnie (30 osób, w tym "
            "20 kobiet);\n• osoby z niepełnosprawnościami (25 osób).",
            55,
            [25, 30],
        ),
        (  # two groups in one sentence joined by "– a dla", the total elsewhere
            "Projekt miał wesprzeć 60 osób bezrobotnych z gminy Lipno – z wykorzystaniem programu "
            "(PAL) – a dla 20 członków ich rodzin zorganizować warsztaty. Łącznie projekt adresowano "
            "do 80 osób.",
            80,
            [20, 60],
        ),
        (  # groups in the instrumental case
            "Projekt skierowano do 55 osób. Z 40 uczestnikami zawarto kontrakty socjalne, a z 15 "
            "uczestnikami umowy PAL.",
            55,
            [15, 40],
        ),
        (  # a list of results (past-tense verbs) after the total is not its breakdown
            "Projekt był skierowany do 50 osób:\n• 20 osób skorzystało z kursów zawodowych,\n"
            "• 30 uczestników odbyło staże.",
            50,
            [],
        ),
    ],
)
def test_breakdowns_in_parentheses_across_clauses_and_not_from_results(text, planned, values):
    r = rec(text + "\nWartość projektu: 100 000,00 zł")
    assert r["participants_planned"] == planned
    assert sorted(r["participants_planned_breakdown"].values()) == values


def test_a_list_of_place_names_is_not_a_list_of_instruments():
    r = rec(
        "Wartość projektu: 100 000,00 zł. Projekt obejmuje obszar Lokalnej Grupy Działania, tj. "
        "Lipno, Skępe, Kikół, Tłuchowo i Wielgie."
    )
    assert r["instruments"] == []


@pytest.mark.parametrize(
    "text, instruments",
    [
        (  # genitive after "skorzystają nie tylko z …, lecz także z …", a head carried to persons
            "Uczestnicy skorzystają nie tylko z kursów zawodowych i praktyk, lecz także z "
            "indywidualnego poradnictwa prawnego oraz pomocy pedagogów, logopedów i mediatorów.",
            [
                "kursy zawodowe",
                "praktyki",
                "indywidualne poradnictwo prawne",
                "pomoc pedagogów",
                "pomoc logopedów",
                "pomoc mediatorów",
            ],
        ),
        (  # "m.in. przez" and an accusative, stored in the nominative
            "Rodziny dostaną pomoc, która ma poprawić ich sytuację – m.in. przez wsparcie asystenta "
            "rodziny, pedagoga i trenera pracy, a także naukę obsługi komputera.",
            [
                "wsparcie asystenta rodziny",
                "wsparcie pedagoga",
                "wsparcie trenera pracy",
                "nauka obsługi komputera",
            ],
        ),
    ],
)
def test_instruments_named_in_other_cases_are_stored_in_the_nominative(text, instruments):
    r = rec("Wartość projektu: 100 000,00 zł.\n" + text)
    assert r["instruments"] == instruments


@pytest.mark.parametrize(
    "phrase, nominative",
    [
        ("szkoleń komputerowych", "szkolenia komputerowe"),
        ("pomocy prawnej", "pomoc prawna"),
        ("indywidualnego doradztwa zawodowego", "indywidualne doradztwo zawodowe"),
        ("terapię rodzinną", "terapia rodzinna"),
        ("kursu prawa jazdy", "kurs prawa jazdy"),
        ("klub seniora", "klub seniora"),  # no known head: as written
    ],
)
def test_nominative_of_a_support_form(phrase, nominative):
    from integra.extract.instruments import nominative as to_nominative

    assert to_nominative(phrase) == nominative


@pytest.mark.parametrize(
    "text, planned",
    [
        ("Projekt jest przeznaczony dla dwustu mieszkańców powiatu.", 200),
        ("Oferta jest adresowana głównie dla 45 seniorów z gminy.", 45),
        ("W projekcie 35 cudzoziemców otrzyma kompleksową pomoc w nauce języka.", 35),
        ("Dzięki projektowi 80 uchodźców otrzyma wsparcie.", 80),
    ],
)
def test_planned_participants_for_whom_a_project_is_meant(text, planned):
    assert rec(text + " Wartość projektu: 100 000,00 zł.")["participants_planned"] == planned


def test_a_period_cut_off_after_r_before_a_capitalised_name():
    r = rec(
        "Od 1 marca do 30 listopada 2012 r. Gminny Ośrodek Pomocy Społecznej w Lipnie realizuje "
        "projekt. Koszt ogólny projektu: 310 000,00 zł."
    )
    assert (r["start_date"], r["end_date"]) == ("2012-03-01", "2012-11-30")
    assert r["total_cost_pln"] == 310000.0


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "Zarząd Województwa wybrał do dofinansowania projekt Gminnego Ośrodka Pomocy Społecznej "
            "w Lipnie pn. Razem, aktywnie – bliżej ludzi. Umowę podpisano w maju.",
            "Razem, aktywnie – bliżej ludzi",
        ),
        (
            "„Nowy start w Lipnie” to jedno z kluczowych zadań społecznych gminnego programu "
            "rewitalizacji.",
            "Nowy start w Lipnie",
        ),
        (
            "Informacje:\n • TYTUŁ PROJEKTU: Sąsiedzi dla sąsiadów\n • Okres: 2020",
            "Sąsiedzi dla sąsiadów",
        ),
    ],
)
def test_titles_without_quotes_after_pn_or_in_a_list_and_quoted_before_to(text, title):
    assert rec(text + "\nWartość projektu: 100 000,00 zł")["title"] == title


@pytest.mark.parametrize(
    "text, instruments",
    [
        (  # a support noun before a dash and its kinds as adjectives after it
            "Uczestnicy skorzystają z wielu form terapii – zajęciowej, rodzinnej i ruchowej.",
            ["terapia zajęciowa", "terapia rodzinna", "terapia ruchowa"],
        ),
        (  # "dzięki" + the dative in a goal, stored in the nominative
            "Cele szczegółowe:\n- większa samodzielność seniorów dzięki warsztatom kulinarnym i "
            "konsultacjom dietetycznym;",
            ["warsztaty kulinarne", "konsultacje dietetyczne"],
        ),
        (  # a past-tense enumeration inside a list of results
            "Efekty projektu:\n• 12 rodzin skorzystało z treningów budżetowania i wychowawczych,",
            ["treningi budżetowania i wychowawczych"],
        ),
        (  # a programme the project works "z wykorzystaniem"
            "Projekt ma wesprzeć 40 osób z wykorzystaniem Programu Aktywności Lokalnej.",
            ["program aktywności lokalnej"],
        ),
        (  # a result reached "dzięki" support is not a list of support
            "Efektem projektu będzie wzrost kwalifikacji dzięki specjalistycznym szkoleniom.",
            [],
        ),
    ],
)
def test_instruments_after_a_dash_after_dzieki_and_in_results(text, instruments):
    r = rec("Wartość projektu: 100 000,00 zł.\n" + text)
    assert r["instruments"] == instruments


@pytest.mark.parametrize(
    "text, implementer",
    [
        ("Projekt prowadzi MOPS. Zajęcia odbywają się w świetlicy.", None),
        (
            "Projekt prowadzi MOPS. Kontakt: biuro Miejskiego Ośrodka Pomocy Społecznej w Lipnie.",
            "Miejski Ośrodek Pomocy Społecznej w Lipnie",
        ),
        (
            "Projekt prowadzi GOPS. Zapisy w siedzibie: GOPS w Skępem, pokój 4.",
            "GOPS w Skępem",
        ),
    ],
)
def test_an_abbreviated_implementer_takes_the_full_name_or_stays_null(text, implementer):
    r = rec(text + " Wartość projektu: 100 000,00 zł.")
    assert r["implementer"] == implementer
    if implementer is None:
        assert any("implementer" in p for p in r["problems"])


@pytest.mark.parametrize(
    "text, city",
    [
        (  # a locative with two possible nominatives (Rogów / Rogowo): the one the page writes
            "Gminny Ośrodek Pomocy Społecznej w Rogowie realizuje projekt. Gmina Rogów, 2019.",
            "Rogów",
        ),
        (
            "Projekt prowadzi Gminny Ośrodek Pomocy Społecznej w Rogowie. Urząd Gminy Rogowo.",
            "Rogowo",
        ),
        (  # no nominative form on the page: not guessed
            "Projekt prowadzi Gminny Ośrodek Pomocy Społecznej w Rogowie.",
            None,
        ),
    ],
)
def test_a_town_outside_the_gazetteer_from_its_nominative_on_the_page(text, city):
    assert rec(text + " Wartość projektu: 100 000,00 zł.")["city"] == city


def test_a_rounded_headline_amount_agrees_with_the_exact_one():
    r = rec(
        "845 310 zł dla GOPS na projekt „Razem”\n\nGminny Ośrodek Pomocy Społecznej w Lipnie otrzyma "
        "845 310 zł.\nNa realizację projektu ośrodek otrzyma dofinansowanie w wysokości 845310,46 zł."
    )
    assert r["eu_cofinancing_pln"] == 845310.46


def test_the_whole_co_financing_over_partners_shares():
    r = rec(
        "Łączna kwota dofinansowania projektu: 4 120 500,00 zł\n"
        "Dofinansowanie zadań Partnera projektu dla Gminy Lipno z UE: 310200,00 zł\n"
        "Dofinansowanie zadań Partnera projektu dla Gminy Lipno z BP: 36100,00 zł"
    )
    assert r["eu_cofinancing_pln"] == 4120500.0


def test_an_axis_only_code_and_a_call_number_give_no_measure():
    r = rec(
        "Oś priorytetowa: RPKP.09.00.00 Solidarne społeczeństwo\n"
        "Działanie RPKP.09.02.00 Włączenie społeczno-zawodowe\nWartość projektu: 100 000,00 zł"
    )
    assert (r["priority_axis"], r["measure"], r["submeasure"]) == ("9", "9.2", None)
    r = rec(
        "Gmina pozyskała środki z priorytetu IX (konkurs nr RPKP.09.02.01-IZ.00-04-123/18). "
        "Wartość projektu: 100 000,00 zł"
    )
    assert r["priority_axis"] in ("IX", "9")
    assert (r["measure"], r["submeasure"]) == (None, None)


@pytest.mark.parametrize(
    "text, planned, breakdown",
    [
        (
            "Liczba uczestników: 50\nKobiety: 30\nMężczyźni: 20",
            50,
            {"kobiety": 30, "mężczyźni": 20},
        ),
        (
            "Liczba uczestników: 50 (30 kobiet, 20 mężczyzn)",
            50,
            {"kobiety": 30, "mężczyźni": 20},
        ),
        (
            "Uczestnicy: 20 osób bezrobotnych, 10 osób niepełnosprawnych.",
            None,
            {"osób bezrobotnych": 20, "osób niepełnosprawnych": 10},
        ),
        (
            "Grupa docelowa:\n- 20 osób bezrobotnych\n- 15 osób niepełnosprawnych",
            None,
            {"osób bezrobotnych": 20, "osób niepełnosprawnych": 15},
        ),
        (
            "Uczestnikami projektu będzie 30 osób: 20 bezrobotnych i 10 biernych zawodowo.",
            30,
            {"bezrobotnych": 20, "biernych zawodowo": 10},
        ),
        (
            "Projekt obejmie 90 osób, z czego 50 to kobiety.",
            90,
            {},
        ),  # case 5: a lone subset is no breakdown
        (
            "The project will support 300 people, including 180 women.",
            300,
            {},
        ),  # case 5: a lone subset is no breakdown
        (
            "Wsparciem objętych zostanie 35 dzieci i 20 rodziców.",
            None,
            {"dzieci": 35, "rodziców": 20},
        ),
        (
            "Liczba uczestników | 50\nw tym kobiet | 30\nw tym mężczyzn | 20",
            50,
            {"kobiety": 30, "mężczyźni": 20},
        ),
    ],
)
def test_labelled_totals_comma_groups_and_women_after_z_czego(text, planned, breakdown):
    r = rec(text + "\nWartość projektu: 100 000,00 zł.")
    assert (r["participants_planned"], r["participants_planned_breakdown"]) == (planned, breakdown)


@pytest.mark.parametrize(
    "text, instruments",
    [
        (
            "Projekt przewiduje następujące formy wsparcia: trening kompetencji społecznych, "
            "warsztaty aktywizacji zawodowej, kursy zawodowe.",
            [
                "trening kompetencji społecznych",
                "warsztaty aktywizacji zawodowej",
                "kursy zawodowe",
            ],
        ),
        (
            "Oferujemy m.in.: pracę socjalną, poradnictwo rodzinne, terapię uzależnień.",
            ["praca socjalna", "poradnictwo rodzinne", "terapia uzależnień"],
        ),
        (
            "Uczestnicy wezmą udział w szkoleniach zawodowych, warsztatach psychologicznych i stażach.",
            ["szkolenia zawodowe", "warsztaty psychologiczne", "staże"],
        ),
        (
            "Participants will receive vocational training, psychological counselling and internships.",
            ["vocational training", "psychological counselling", "internships"],
        ),
        (
            "Dla uczestników przewidziano szkolenia zawodowe, a także wsparcie psychologa i doradcy "
            "zawodowego.",
            ["szkolenia zawodowe", "wsparcie psychologa", "wsparcie doradcy zawodowego"],
        ),
        (
            "Wsparcie będzie polegać na organizacji warsztatów, szkoleń i staży zawodowych.",
            ["warsztaty", "szkolenia", "staże zawodowe"],
        ),
    ],
)
def test_instruments_after_a_colon_a_participation_verb_and_in_english(text, instruments):
    r = rec("Wartość projektu: 100 000,00 zł.\n" + text)
    assert r["instruments"] == instruments


@pytest.mark.parametrize(
    "text, planned, breakdown",
    [
        (
            "Wsparcie otrzyma 70 osób, w tym: seniorzy (45) i opiekunowie faktyczni (25).",
            70,
            {"seniorzy": 45, "opiekunowie faktyczni": 25},
        ),
        (
            "Uczestnicy projektu: 48 osób, tj. 30 kobiet oraz 18 mężczyzn.",
            48,
            {"kobiety": 30, "mężczyźni": 18},
        ),
        ("Projekt obejmie wsparciem 48 osób (30 K/18 M).", 48, {"kobiety": 30, "mężczyźni": 18}),
        (
            "Planowana liczba uczestników – 48, w tym 30 kobiet.",
            48,
            {},
        ),  # case 5: a lone subset is no breakdown
        (
            "The project is addressed to 48 people (30 women, 18 men).",
            48,
            {"kobiety": 30, "mężczyźni": 18},
        ),
        (
            "Do projektu przystąpi 48 osób. Wśród nich znajdzie się 30 kobiet i 18 mężczyzn.",
            48,
            {"kobiety": 30, "mężczyźni": 18},
        ),
    ],
)
def test_more_totals_and_splits_with_slashes_labels_and_counts_in_parentheses(
    text, planned, breakdown
):
    r = rec(text + "\nWartość projektu: 100 000,00 zł.")
    assert (r["participants_planned"], r["participants_planned_breakdown"]) == (planned, breakdown)


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("Całkowita wartość projektu wynosi prawie 3,2 mln zł.", "less_than"),
        ("Koszt projektu szacuje się na blisko 4 miliony złotych.", "less_than"),
        ("Wartość projektu to niespełna 800 tys. zł.", "less_than"),
        ("Wartość projektu to ok. 800 tys. zł.", "approximately"),
        ("Wartość projektu: ponad 800 tys. zł.", "more_than"),
    ],
)
def test_almost_and_nearly_are_an_upper_bound(text, qualifier):
    assert rec(text)["total_cost_qualifier"] == qualifier


@pytest.mark.parametrize(
    "text, total, qualifier",
    [
        # the longest bound phrase before the figure wins: "nie więcej niż" is an upper bound,
        # "nie mniej niż" and "co najmniej" lower bounds
        ("Wartość zadania nie przekroczy 950 000,00 zł.", 950000.0, "less_than"),
        ("Budżet przedsięwzięcia to nie więcej niż 1 450 000,00 zł.", 1450000.0, "less_than"),
        ("Koszt projektu wyniesie nie mniej niż 2 130 000,00 zł.", 2130000.0, "more_than"),
        ("Łączna wartość projektu: co najmniej 640 000,00 zł.", 640000.0, "more_than"),
        # "niecałe", "bez mała": almost, an upper bound as "prawie"
        ("Cały projekt będzie kosztować niecałe 1,8 mln zł.", 1800000.0, "less_than"),
        ("Wartość przedsięwzięcia to bez mała 3 mln złotych.", 3000000.0, "less_than"),
        ("Wartość projektu wynosi mniej więcej 2,2 mln zł.", 2200000.0, "approximately"),
        # English pages: the same bounds in English
        ("The total value of the project is over PLN 2.6 million.", 2600000.0, "more_than"),
        ("The project is worth more than PLN 1,250,000.00.", 1250000.0, "more_than"),
        ("Total project value: in excess of PLN 900,000.", 900000.0, "more_than"),
        ("The total cost of the project is just under PLN 4 million.", 4000000.0, "less_than"),
        ("The total value of the project is roughly PLN 3.1 million.", 3100000.0, "approximately"),
        # an estimate label with a lower bound stays a lower bound; without one it is approximate
        ("Szacowana wartość projektu: ponad 1 900 000,00 zł.", 1900000.0, "more_than"),
        ("Szacowana wartość projektu: 1 900 000,00 zł.", 1900000.0, "approximately"),
        ("The total value of the project exceeds PLN 1,310,000.00.", 1310000.0, "more_than"),
        # a bound word inside a longer word is no bound ("Rover" is a name, not "over")
        ("Całkowita wartość projektu Rover 1 310 000,00 zł.", 1310000.0, "exact"),
        # English money with one thousands group: "PLN 250,000" is a quarter of a million
        ("Total project value: PLN 250,000.", 250000.0, "exact"),
        (
            "The project is worth 640,000 PLN, of which PLN 544,000 is EU funding.",
            640000.0,
            "exact",
        ),
    ],
)
def test_bound_phrases_before_a_total_in_polish_and_english(text, total, qualifier):
    r = rec("Projekt realizuje Ośrodek Pomocy Społecznej w Lipnie.\n\n" + text)
    assert (r["total_cost_pln"], r["total_cost_qualifier"]) == (total, qualifier)


@pytest.mark.parametrize(
    "text, implementer",
    [
        (
            "Projekt prowadzi Gmina Gdynia/Miejski Ośrodek Pomocy Społecznej.",
            "Miejski Ośrodek Pomocy Społecznej w Gdyni",
        ),
        (
            "Realizuje go Miasto Wrocław – Miejski Ośrodek Pomocy Społecznej.",
            "Miejski Ośrodek Pomocy Społecznej we Wrocławiu",
        ),
        ("Lider projektu: Fundacja Nowa Droga, partner: MOPS w Lipnie.", "Fundacja Nowa Droga"),
    ],
)
def test_implementer_town_from_the_municipality_and_a_leader_before_its_partner(text, implementer):
    assert rec(text + " Wartość projektu: 100 000,00 zł.")["implementer"] == implementer


def test_town_locative():
    from integra.extract.places import town_locative

    assert [town_locative(t) for t in ("Kielce", "Gdynia", "Kraków")] == [
        "Kielcach",
        "Gdyni",
        "Krakowie",
    ]
    assert town_locative("Nieznanowo Wielkie") is None


@pytest.mark.parametrize(
    "text",
    [
        "Zakładamy, że do projektu zgłosi się 45 osób.",
        "W ramach projektu pomoc otrzyma 45 osób bezdomnych.",
        "The project targets 45 unemployed residents.",
    ],
)
def test_planned_participants_who_sign_up_or_receive_help(text):
    assert rec(text + " Wartość projektu: 100 000,00 zł.")["participants_planned"] == 45


# --------------------------------------------------------------------------- breakdowns (issue 12)
# The shapes pages use to split the planned participants, each on a wording of our own.


@pytest.mark.parametrize(
    "text, planned, breakdown",
    [
        # women and men as letters: glued, spaced, with "+", "/", "i", or the letter first
        ("Do projektu przystąpi 12 osób: 7K+5M.", 12, {"kobiety": 7, "mężczyźni": 5}),
        ("Do projektu przystąpi 12 osób (7K+5M).", 12, {"kobiety": 7, "mężczyźni": 5}),
        ("Do projektu przystąpi 12 osób, 7 K i 5 M.", 12, {"kobiety": 7, "mężczyźni": 5}),
        ("Do projektu przystąpi 12 osób (7Ki5M).", 12, {"kobiety": 7, "mężczyźni": 5}),
        ("Do projektu przystąpi 12 osób - 7K,5M.", 12, {"kobiety": 7, "mężczyźni": 5}),
        ("Do projektu przystąpi 12 osób (K – 7, M – 5).", 12, {"kobiety": 7, "mężczyźni": 5}),
        ("Liczba uczestników: 12 (K: 7 M: 5)", 12, {"kobiety": 7, "mężczyźni": 5}),
        ("Do projektu przystąpi 12 osób (K/M: 7/5).", 12, {"kobiety": 7, "mężczyźni": 5}),
        # the sexes named first, with a colon, a dash or nothing before the count
        (
            "Do projektu przystąpi 12 osób: kobiety: 7, mężczyźni: 5.",
            12,
            {"kobiety": 7, "mężczyźni": 5},
        ),
        (
            "Do projektu przystąpi 12 osób (kobiety – 7, mężczyźni – 5).",
            12,
            {"kobiety": 7, "mężczyźni": 5},
        ),
        ("Liczba uczestników: 12, kobiety 7, mężczyźni 5", 12, {"kobiety": 7, "mężczyźni": 5}),
        (
            "Planowana liczba uczestników: 12, w tym kobiet: 7, mężczyzn: 5",
            12,
            {"kobiety": 7, "mężczyźni": 5},
        ),
        # other words for women and men
        ("Do projektu przystąpi 12 osób – 7 pań i 5 panów.", 12, {"kobiety": 7, "mężczyźni": 5}),
        (
            "W projekcie weźmie udział 12 osób: 7 uczestniczek i 5 uczestników.",
            12,
            {"kobiety": 7, "mężczyźni": 5},
        ),
        (
            "Do projektu przystąpi 12 osób (7 kobiet + 5 mężczyzn).",
            12,
            {"kobiety": 7, "mężczyźni": 5},
        ),
        (
            "Do projektu przystąpi 12 osób, 5 mężczyzn i 7 kobiet.",
            12,
            {"kobiety": 7, "mężczyźni": 5},
        ),
        # numbers in words
        (
            "Projekt obejmie dwanaście osób: siedem kobiet i pięciu mężczyzn.",
            12,
            {"kobiety": 7, "mężczyźni": 5},
        ),
        # English
        ("The project will support 12 people (7 F / 5 M).", 12, {"kobiety": 7, "mężczyźni": 5}),
        (
            "The project will support 12 people (7 females and 5 males).",
            12,
            {"kobiety": 7, "mężczyźni": 5},
        ),
        (
            "The project will support 12 people. 7 of them are women.",
            12,
            {},
        ),  # case 5: a lone subset is no breakdown
        # one sex only, after "z czego", "z nich"
        (
            "Do projektu przystąpi 12 osób, z czego 7 stanowią kobiety.",
            12,
            {},
        ),  # case 5: a lone subset is no breakdown
        (
            "Do projektu przystąpi 12 osób. 7 z nich to kobiety.",
            12,
            {},
        ),  # case 5: a lone subset is no breakdown
        # the split in the next sentence
        (
            "Do projektu przystąpi 12 osób. Będzie to 7 kobiet i 5 mężczyzn.",
            12,
            {"kobiety": 7, "mężczyźni": 5},
        ),
        # groups that make up the total after "tj." / "w podziale na"
        (
            "Projekt obejmie 50 osób, tj. 30 dzieci i 20 rodziców.",
            50,
            {"dzieci": 30, "rodziców": 20},
        ),
        (
            "Projekt obejmie 50 osób w podziale na: 30 osób bezrobotnych i 20 osób biernych zawodowo.",
            50,
            {"osób bezrobotnych": 30, "osób biernych zawodowo": 20},
        ),
        # a list item whose count is given only as its split by sex
        (
            "Projekt obejmie 60 osób:\n• seniorzy (20 osób);\n"
            "• dzieci z rodzin objętych wsparciem (25 dziewczynek i 15 chłopców w wieku 6-15 lat).",
            60,
            {"seniorzy": 20, "dzieci z rodzin objętych wsparciem": 40},
        ),
        # rows labelled "Liczba kobiet" / "Liczba mężczyzn" under the total
        (
            "Liczba uczestników: 12\nLiczba kobiet: 7\nLiczba mężczyzn: 5",
            12,
            {"kobiety": 7, "mężczyźni": 5},
        ),
        # a split in parentheses followed by a subset: the split
        (
            "Projekt obejmie 12 osób (7 kobiet, 5 mężczyzn), w tym 3 osoby z niepełnosprawnościami.",
            12,
            {"kobiety": 7, "mężczyźni": 5},
        ),
        # a line without a full stop before the next line
        (
            "Wsparciem zostanie objętych łącznie 12 uczestników projektu: 7 kobiet oraz 5 mężczyzn",
            12,
            {"kobiety": 7, "mężczyźni": 5},
        ),
    ],
)
def test_breakdown_families_by_sex_letters_words_and_groups(text, planned, breakdown):
    r = rec(text + "\nWartość projektu: 100 000,00 zł.")
    assert (r["participants_planned"], r["participants_planned_breakdown"]) == (planned, breakdown)


@pytest.mark.parametrize(
    "text",
    [
        # shares, not counts
        "Projekt obejmie 12 osób (60% kobiet, 40% mężczyzn).",
        "Projekt obejmie 12 osób (kobiety – 60%, mężczyźni – 40%).",
        # a split of another number of people in the next sentence
        "Projekt obejmie 50 osób. W gminie mieszka 300 seniorów, w tym 20 kobiet i 30 mężczyzn.",
        "Projekt obejmie 50 osób. W gminie mieszka 300 osób z niepełnosprawnościami, 20 z nich to kobiety.",
        # results, past or future, are not groups of the plan
        "W projekcie wzięło udział 12 osób (7 kobiet i 5 mężczyzn).",
        "Projekt obejmie 12 osób, w tym 3 osoby, które ukończyły kurs.",
        "Projekt obejmie 12 osób.\n\nPlanowane rezultaty: 7 kobiet i 5 mężczyzn podejmie zatrudnienie.",
        # a single subset of another kind is not a split of the total (realcorpus gold convention)
        "Projekt obejmie 50 osób, w tym 10 osób niepełnosprawnych.",
        # families counted beside persons, and a year beside a count
        "Projekt obejmie 12 rodzin (40 osób).",
        "Projekt obejmie 40 osób (12 rodzin).",
        "Projekt obejmie 12 osób, w tym 2 w 2020 r.",
    ],
)
def test_no_breakdown_from_shares_other_totals_results_or_families(text):
    r = rec(text + "\nWartość projektu: 100 000,00 zł.")
    assert r["participants_planned_breakdown"] == {}


@pytest.mark.parametrize(
    "text, planned, breakdown",
    [
        # groups in parentheses after the total that add up to it
        (
            "Projekt obejmie 60 osób (40 osób bezrobotnych i 20 osób z niepełnosprawnościami).",
            60,
            {"osób bezrobotnych": 40, "osób z niepełnosprawnościami": 20},
        ),
        # English groups after a colon joined by "and"
        (
            "The project targets 60 people: 40 unemployed and 20 persons with disabilities.",
            60,
            {"unemployed": 40, "persons with disabilities": 20},
        ),
        # a participants label followed by women and men only: the parts, no total
        ("Uczestnicy: 6 kobiet, 4 mężczyzn.", None, {"kobiety": 6, "mężczyźni": 4}),
        # "Ilość uczestników" as the label of the total
        ("Ilość uczestników: 60 (36 K i 24 M)", 60, {"kobiety": 36, "mężczyźni": 24}),
        # a table whose header row names the sexes and whose next row holds the counts
        (
            "Liczba uczestników | Kobiety | Mężczyźni\n10 | 6 | 4",
            None,
            {"kobiety": 6, "mężczyźni": 4},
        ),
        (
            "Projekt obejmie 10 osób.\n\nK | M | Razem\n6 | 4 | 10",
            10,
            {"kobiety": 6, "mężczyźni": 4},
        ),
        ("Uczestnicy\n\nKobiety | Mężczyźni\n6 | 4", None, {"kobiety": 6, "mężczyźni": 4}),
        # ... but not a row of another kind, nor counts that miss the total
        ("Rok | Kobiety | Mężczyźni\n2020 | 6 | 4", None, {}),
        ("Projekt obejmie 12 osób.\n\nKobiety | Mężczyźni\n6 | 4", 12, {}),
    ],
)
def test_breakdowns_from_parenthesised_groups_labels_and_header_rows(text, planned, breakdown):
    r = rec(text + "\nWartość projektu: 100 000,00 zł.")
    assert (r["participants_planned"], r["participants_planned_breakdown"]) == (planned, breakdown)


@pytest.mark.parametrize(
    "text, planned, breakdown",
    [
        # the split in a later paragraph, in letters
        (
            "Projekt obejmie 60 osób.\n\nZasady rekrutacji są dostępne w biurze.\n\nUczestnicy: 36K/24M.",
            60,
            {"kobiety": 36, "mężczyźni": 24},
        ),
        # groups of a "w tym" list each with its own split in parentheses
        (
            "Projekt obejmie 30 osób, w tym 20 osób bezrobotnych (12 K, 8 M) i 10 osób "
            "niepełnosprawnych (5 K, 5 M).",
            30,
            {"osób bezrobotnych": 20, "osób niepełnosprawnych": 10},
        ),
        # a subset inside the parentheses of one of the sexes
        (
            "Projekt obejmie 60 osób: 36 kobiet (w tym 5 z niepełnosprawnościami) i 24 mężczyzn.",
            60,
            {"kobiety": 36, "mężczyźni": 24},
        ),
        # English "of whom N are women and M men"
        (
            "The project will support 60 people, of whom 36 are women and 24 men.",
            60,
            {"kobiety": 36, "mężczyźni": 24},
        ),
        # women only, in parentheses after the total
        ("Projekt obejmie 60 osób (36 kobiet).", 60, {}),  # case 5: a lone subset is no breakdown
        # the sexes on short lines after the total
        (
            "Projekt obejmie 60 osób\n\nKobiety – 36\nMężczyźni – 24",
            60,
            {"kobiety": 36, "mężczyźni": 24},
        ),
        (
            "Planowana liczba uczestników: 60 osób\nw tym kobiet: 36\nw tym mężczyzn: 24",
            60,
            {"kobiety": 36, "mężczyźni": 24},
        ),
        # numbers in words, one sex: a lone subset (case 5), no breakdown
        (
            "Projekt obejmie sześćdziesiąt osób, w tym trzydzieści sześć kobiet.",
            60,
            {},
        ),
        # an actual count later on the page is not the plan's split
        (
            "Projekt obejmie 12 osób.\n\nZasady rekrutacji są dostępne w biurze.\n\n"
            "W zajęciach udział wzięło 7 kobiet i 5 mężczyzn.",
            12,
            {},
        ),
    ],
)
def test_breakdowns_in_later_paragraphs_nested_parentheses_and_short_lines(
    text, planned, breakdown
):
    r = rec(text + "\nWartość projektu: 100 000,00 zł.")
    assert (r["participants_planned"], r["participants_planned_breakdown"]) == (planned, breakdown)


@pytest.mark.parametrize(
    "text, planned, breakdown",
    [
        # lists of groups under intros without a total
        (
            "Uczestnicy projektu:\n- 40 osób bezrobotnych,\n- 20 osób z niepełnosprawnościami.",
            None,
            {"osób bezrobotnych": 40, "osób z niepełnosprawnościami": 20},
        ),
        (
            "Do kogo skierowany jest projekt?\n- 40 osób bezrobotnych,\n- 20 seniorów.",
            None,
            {"osób bezrobotnych": 40, "seniorów": 20},
        ),
        (
            "Odbiorcy projektu:\n- osoby bezrobotne – 40,\n- seniorzy – 20.",
            None,
            {"osoby bezrobotne": 40, "seniorzy": 20},
        ),
        # a two-column table of groups, with or without its "Razem" row
        (
            "Grupa docelowa | Liczba osób\nOsoby bezrobotne | 40\nSeniorzy | 20",
            None,
            {"Osoby bezrobotne": 40, "Seniorzy": 20},
        ),
        (
            # the "Razem" row that adds up the groups states the total (rules._sum_row_after_parts)
            "Grupa docelowa | Liczba osób\nOsoby bezrobotne | 40\nSeniorzy | 20\nRazem | 60",
            60,
            {"Osoby bezrobotne": 40, "Seniorzy": 20},
        ),
        # the sexes named first with their counts in parentheses
        (
            "Projekt obejmie 120 osób: kobiety (70) i mężczyźni (50).",
            120,
            {"kobiety": 70, "mężczyźni": 50},
        ),
        (
            "The project will support 120 people: women (70) and men (50).",
            120,
            {"kobiety": 70, "mężczyźni": 50},
        ),
        # English "among them", "W / M"
        (
            "The project will support 120 people, among them 70 women.",
            120,
            {},
        ),  # case 5: a lone subset is no breakdown
        ("Number of participants: 120 (70 W / 50 M).", 120, {"kobiety": 70, "mężczyźni": 50}),
        # "a wśród nich": a subset of the total, not a second group
        (
            "Wsparciem zostanie objętych 120 osób, a wśród nich 70 kobiet.",
            120,
            {},
        ),  # case 5: a lone subset is no breakdown
    ],
)
def test_breakdowns_under_list_intros_in_group_tables_and_english_subsets(text, planned, breakdown):
    r = rec(text + "\nWartość projektu: 100 000,00 zł.")
    assert (r["participants_planned"], r["participants_planned_breakdown"]) == (planned, breakdown)


@pytest.mark.parametrize(
    "text",
    [
        # a list of results under a participants intro
        "Uczestnicy projektu:\n- 40 osób podejmie zatrudnienie,\n- 20 osób ukończy kurs zawodowy.",
        # years as the rows of a count table are not groups of people
        "Uczestnicy | Liczba\n2020 | 40\n2021 | 20",
        # a group table whose rows miss its "Razem" row
        "Grupa docelowa | Liczba osób\nOsoby bezrobotne | 40\nSeniorzy | 20\nRazem | 70",
    ],
)
def test_no_breakdown_from_year_rows_or_tables_that_miss_their_total(text):
    r = rec(text + "\nWartość projektu: 100 000,00 zł.")
    assert r["participants_planned_breakdown"] == {}


@pytest.mark.parametrize(
    "text, planned, breakdown",
    [
        # the parts first, the total after "łącznie" / "razem" / "in total"
        (
            "Projekt jest skierowany do 36 kobiet i 24 mężczyzn – łącznie 60 osób.",
            60,
            {"kobiety": 36, "mężczyźni": 24},
        ),
        (
            "Wsparciem objętych zostanie 25 kobiet i 15 mężczyzn (łącznie 40 osób).",
            40,
            {"kobiety": 25, "mężczyźni": 15},
        ),
        (
            "Wsparciem zostanie objętych 70 osób bezrobotnych i 50 osób niepełnosprawnych, razem 120 osób.",
            120,
            {"osób bezrobotnych": 70, "osób niepełnosprawnych": 50},
        ),
        (
            "Projekt obejmie 30 osób dorosłych i 20 dzieci, łącznie 50 osób.",
            50,
            {"osób dorosłych": 30, "dzieci": 20},
        ),
    ],
)
def test_breakdowns_with_the_total_after_the_parts(text, planned, breakdown):
    r = rec(text + "\nWartość projektu: 100 000,00 zł.")
    assert (r["participants_planned"], r["participants_planned_breakdown"]) == (planned, breakdown)


def test_a_total_after_parts_that_it_does_not_sum_gives_no_breakdown():
    r = rec(
        "Projekt obejmie 36 kobiet i 24 mężczyzn – łącznie 70 osób.\nWartość projektu: 100 000,00 zł."
    )
    assert r["participants_planned_breakdown"] == {}


# --------------------------------------------------------------------------- unseen-page families (2)
# A budget line so that the page carries a project fact; the family under test is the first line.
_FACT = "\n\nWartość projektu: 120 000,00 zł."


@pytest.mark.parametrize(
    "text, implementer",
    [
        ("Zadanie realizowane przez Gminę Wolsztyn wspólnie z fundacją.", "Gmina Wolsztyn"),
        ("Projekt jest realizowany przez Gminę Miejską Kraśnik.", "Gmina Miejska Kraśnik"),
        ("Beneficjentem projektu jest Gmina Czersk.", "Gmina Czersk"),
        ("Liderem projektu był Powiat Kolski, partnerem stowarzyszenie.", "Powiat Kolski"),
        ("Partner wiodący: Gmina Kłodzko\nPartnerzy: dwie fundacje", "Gmina Kłodzko"),
        (
            "Partner wiodący – Miejski Ośrodek Pomocy Rodzinie w Kole",
            "Miejski Ośrodek Pomocy Rodzinie w Kole",
        ),
    ],
)
def test_implementer_as_a_public_body_in_the_accusative_or_after_a_role_noun(text, implementer):
    assert rec(text + _FACT)["implementer"] == implementer


@pytest.mark.parametrize(
    "text, period",
    [
        ("Projekt współfinansowany z programu Fundusze Europejskie dla Mazowsza.", "2021-2027"),
        ("Dofinansowanie w ramach programu Fundusze Europejskie dla Śląskiego.", "2021-2027"),
        ("Wsparcie z EFS+ w ramach FEW 2021+, Działanie 6.9.", "2021-2027"),
        ("Źródło finansowania: FEPZ, priorytet 6.", "2021-2027"),
        ("Projekt w ramach Programu Fundusze Europejskie dla Rozwoju Społecznego.", "2021-2027"),
        ("Projekt w ramach Działania 9.1 RPO WZ.", None),  # no period is said
    ],
)
def test_programme_period_of_2021_2027_names_and_abbreviations(text, period):
    assert rec(text + _FACT)["programme_period"] == period


@pytest.mark.parametrize(
    "text, total, eu",
    [
        (
            "Koszt projektu to 1 000 000 zł, z czego 850 000 zł pochodzi z EFS.",
            1000000.0,
            850000.0,
        ),
        (
            "Projekt kosztuje 400 000 zł; 340 000 zł zostanie pokryte ze środków UE.",
            400000.0,
            340000.0,
        ),
        ("Wkład Funduszy Europejskich: 425 000,00 zł", None, 425000.0),
        (
            "Budżet: 500 000,00 zł, w tym wsparcie ze środków Funduszy Europejskich 450 000,00 zł.",
            500000.0,
            450000.0,
        ),
    ],
)
def test_eu_money_named_after_its_amount_or_as_european_funds(text, total, eu):
    r = rec(text + "\n\nOkres realizacji: 2019–2020.")
    assert (r["total_cost_pln"], r["eu_cofinancing_pln"]) == (total, eu)


def test_an_amount_from_the_state_budget_is_neither_total_nor_eu():
    r = rec("Na projekt przeznaczono 30 000 zł z budżetu państwa.\n\nOkres realizacji: 2019–2020.")
    assert r["total_cost_pln"] is None and r["eu_cofinancing_pln"] is None


@pytest.mark.parametrize(
    "text, title",
    [
        ("Projekt pn. Aktywni razem realizowany jest przez MOPS w Łodzi.", "Aktywni razem"),
        ("MOPS prowadzi projekt pt. Szansa na zmianę od 2019 r.", "Szansa na zmianę"),
        ("Ruszył projekt pod nazwą Nowa droga, który potrwa dwa lata.", "Nowa droga"),
        (
            "Projekt pn. Razem w Kole współfinansowany ze środków Unii Europejskiej.",
            "Razem w Kole",
        ),
        ("Trwa projekt pn. Od zera do pracy w ramach RPO WM.", "Od zera do pracy"),
    ],
)
def test_unquoted_title_ends_before_the_sentence_predicate(text, title):
    assert rec(text + _FACT)["title"] == title


@pytest.mark.parametrize(
    "text, planned",
    [
        ("Do udziału w projekcie zaprosimy 48 osób z terenu powiatu.", 48),
        ("W tym roku przyjmiemy do projektu 20 osób.", 20),
        ("Obejmiemy wsparciem 33 rodziny.", 33),
        ("Odbiorcami projektu będzie 42 mieszkańców miasta.", 42),
        ("Projekt skierowano do 25 gospodarstw domowych.", 25),
        ("Liczba miejsc: 30", 30),
        ("Planned number of participants – 90", 90),
        ("Expected participants: 64", 64),
    ],
)
def test_planned_participants_first_person_future_recipients_places_households(text, planned):
    assert rec(text + _FACT)["participants_planned"] == planned


def test_a_label_is_the_whole_label_part_for_every_vocabulary_line():
    # "Rozpoczęcie rekrutacji" begins like the start label but is not the project's start
    r = rec(
        "Rozpoczęcie rekrutacji | 01.05.2019\nOkres realizacji | 01.06.2019 – 31.12.2020" + _FACT
    )
    assert (r["start_date"], r["end_date"]) == ("2019-06-01", "2020-12-31")


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("Termin realizacji: I kwartał 2019 – IV kwartał 2020", "2019-01-01", "2020-12-31"),
        ("Okres realizacji: II kw. 2018 r. – III kw. 2019 r.", "2018-04-01", "2019-09-30"),
        ("Project period: Q3 2020 – Q2 2022", "2020-07-01", "2022-06-30"),
        ("Okres realizacji: 1 I 2019 – 31 XII 2020", "2019-01-01", "2020-12-31"),
        ("Okres realizacji: 1.IV.2017 – 31.III.2018", "2017-04-01", "2018-03-31"),
        (
            "Start of the project: 1 March 2019\nEnd of the project: 28 February 2021",
            "2019-03-01",
            "2021-02-28",
        ),
        (
            "Początek realizacji: 01.10.2016\nKoniec realizacji: 30.09.2018",
            "2016-10-01",
            "2018-09-30",
        ),
    ],
)
def test_dates_as_quarters_roman_months_and_start_end_labels(text, start, end):
    r = rec(text + _FACT)
    assert (r["start_date"], r["end_date"]) == (start, end)


def test_a_lone_roman_i_between_a_number_and_a_year_is_no_month():
    from integra.extract.dates import find_dates

    # "i" (and) between two numbers is a conjunction, not January
    assert [t.precision for t in find_dates("w latach 2019 i 2020, 5 i 2021")] == ["year"] * 3


@pytest.mark.parametrize(
    "text, total, eu",
    [
        ("Projekt ma wartość 750 000 zł.", 750000.0, None),
        ("The project costs PLN 1.2 million.", 1200000.0, None),
        ("Współfinansowanie UE: 350 000,00 zł", None, 350000.0),
        ("Wsparcie finansowe z Unii Europejskiej: 350 000 zł", None, 350000.0),
        ("Total value: 2.5 million PLN; EU co-financing: PLN 2,125,000.00", 2500000.0, 2125000.0),
    ],
)
def test_budget_have_a_value_english_million_and_eu_cofinancing_nouns(text, total, eu):
    r = rec(text + "\n\nOkres realizacji: 2019–2020.")
    assert (r["total_cost_pln"], r["eu_cofinancing_pln"]) == (total, eu)


@pytest.mark.parametrize(
    "text, title",
    [
        ("Projekt 'Krok po kroku' jest realizowany w Kole.", "Krok po kroku"),
        ("Projekt pn.: Krok po kroku\nOpis: zajęcia dla rodzin", "Krok po kroku"),
        ('Project "Step by step" is co-financed by the EU.', "Step by step"),
    ],
)
def test_titles_in_single_quotes_after_pn_colon_and_after_english_project(text, title):
    assert rec(text + _FACT)["title"] == title


@pytest.mark.parametrize(
    "text, total, qualifier",
    [
        ("Projekt o wartości 2 mln 300 tys. zł", 2300000.0, "approximately"),
        ("Wartość projektu: 1 mln 250 tys. złotych", 1250000.0, "approximately"),
        ("Wartość projektu: 1 200 000,- zł", 1200000.0, "exact"),
        ("Koszt całkowity – 1.200.000,-- PLN", 1200000.0, "exact"),
    ],
)
def test_compound_millions_and_thousands_and_a_dash_for_no_decimals(text, total, qualifier):
    r = rec(text + "\n\nOkres realizacji: 2019–2020.")
    assert (r["total_cost_pln"], r["total_cost_qualifier"]) == (total, qualifier)


@pytest.mark.parametrize(
    "text, title",
    [
        ("Tytuł projektu (PL): Dom dla każdego\nOpis: zajęcia", "Dom dla każdego"),
        ("Tytuł projektu / Project title: Razem raźniej", "Razem raźniej"),
        ("Projekt pn. Rodzina jest najważniejsza.", "Rodzina jest najważniejsza"),
    ],
)
def test_title_label_with_a_note_and_a_title_with_a_verb_inside(text, title):
    assert rec(text + _FACT)["title"] == title


@pytest.mark.parametrize(
    "text, start",
    [
        (
            "W marcu 2020 r. Centrum Usług Społecznych zaczęło realizować projekt „Razem”.",
            "2020-03-01",
        ),
        ("Dnia 1 lipca 2019 r. rozpoczęła się realizacja projektu.", "2019-07-01"),
        ("We wrześniu 2021 r. ruszył nasz projekt „Bliżej”.", "2021-09-01"),
        ("Z dniem 2 stycznia 2017 r. ośrodek rozpoczął realizację projektu.", "2017-01-02"),
        ("In April 2019 the project started in Kalisz.", "2019-04-01"),
        # a recruitment and a bare year are not the project's start
        ("W maju 2019 r. ośrodek rozpoczął rekrutację do projektu.", None),
        ("W 2018 r. ośrodek zaczął realizować projekt.", None),
    ],
)
def test_start_date_stated_before_its_start_verb(text, start):
    assert rec(text + _FACT)["start_date"] == start


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "Ośrodek przystąpił do projektu pn. „Rodzina? Tak! – edycja II” w ramach programu regionalnego.",
            "Rodzina? Tak! – edycja II",
        ),
        (
            "Gmina jest partnerem inicjatywy „Aktywni razem”, realizowanej w ramach Programu Operacyjnego Kapitał Ludzki.",
            "Aktywni razem",
        ),
        (
            "Centrum prowadzi działania „Dobry sąsiad” współfinansowane ze środków Unii Europejskiej.",
            "Dobry sąsiad",
        ),
        ("Our centre joined “Open Doors”, co-financed by the European Social Fund.", "Open Doors"),
    ],
)
def test_quoted_title_with_sentence_marks_inside_or_said_to_be_funded(text, title):
    assert rec(text + _FACT)["title"] == title


def test_a_sentence_mark_inside_a_polish_quote_does_not_end_the_sentence():
    from integra.extract.text import segment

    units = segment("Projekt pn. „Stop! Pomyśl” trwa. Drugie zdanie.")
    assert [u.text for u in units] == ["Projekt pn. „Stop! Pomyśl” trwa.", "Drugie zdanie."]


def test_a_page_heading_below_an_info_box_is_read_as_the_page_heading():
    from integra.extract.record import extract_bytes

    html = (
        "<html><body><main><section><h3>facts</h3><dl><dt>Start date:</dt><dd>1 May 2019</dd>"
        "<dt>End date:</dt><dd>30 April 2021</dd><dt>Total budget:</dt><dd>PLN 480,000.00</dd>"
        "</dl></section><article><h1>Open Club for Seniors in Kutno</h1><p>The centre runs "
        "weekly meetings, workshops and counselling for older residents of the town who live "
        "alone and need company, advice and help with everyday matters.</p></article></main>"
        "</body></html>"
    )
    rec_, _, _, _ = extract_bytes(html.encode(), "portal.html")
    assert rec_["title"] == "Open Club for Seniors in Kutno"


@pytest.mark.parametrize(
    "footer, implementer",
    [
        (
            "<footer><p>© 2024 Miejski Ośrodek Pomocy Rodzinie w Kaliszu · Polityka prywatności</p></footer>",
            "Miejski Ośrodek Pomocy Rodzinie w Kaliszu",
        ),
        (
            '<div class="site-footer">Copyright © Gminny Ośrodek Pomocy Społecznej w Lipnie | RODO</div>',
            "Gminny Ośrodek Pomocy Społecznej w Lipnie",
        ),
        # a footer that names no welfare institution adds nothing: "MOPS" alone stays null
        ("<footer><p>© 2024 Agencja Interaktywna Strony WWW</p></footer>", None),
    ],
)
def test_implementer_named_in_full_only_in_the_html_footer(footer, implementer):
    from integra.extract.record import extract_bytes

    html = (
        "<html><body><main><h1>Krok naprzód</h1><p>MOPS zaprasza do udziału w projekcie "
        "„Krok naprzód”. Wartość projektu: 250 000,00 zł. Projekt obejmie 30 osób bezrobotnych "
        "z terenu miasta, którym zaproponujemy szkolenia i doradztwo zawodowe.</p></main>"
        + footer
        + "</body></html>"
    )
    rec_, _, _, _ = extract_bytes(html.encode(), "page.html")
    assert rec_["implementer"] == implementer


@pytest.mark.parametrize(
    "text, implementer",
    [
        (
            "Dane projektu:\n• BENEFICJENT: Stowarzyszenie Na Rzecz Seniorów\n• OKRES: 2019–2020",
            "Stowarzyszenie Na Rzecz Seniorów",
        ),
        ("Informacje:\n- Lider: Fundacja Dobry Start\n- Partner: gmina", "Fundacja Dobry Start"),
    ],
)
def test_implementer_labelled_inside_a_list_item(text, implementer):
    assert rec(text + _FACT)["implementer"] == implementer


@pytest.mark.parametrize(
    "text, total, eu, qualifier",
    [
        (
            "Wartość projektu: 1 000 000 zł. Wysokość wsparcia: 950 000 zł.",
            1000000.0,
            950000.0,
            "exact",
        ),
        ("Wartość projektu: 1 000 000 zł. Kwota grantu: 950 000 zł.", 1000000.0, 950000.0, "exact"),
        (
            "The project is worth PLN 1,000,000.00, of which PLN 850,000.00 comes from the ESF.",
            1000000.0,
            850000.0,
            "exact",
        ),
        ("Szacowana wartość projektu: 1 000 000 zł", 1000000.0, None, "approximately"),
        ("Estimated project value: PLN 2,000,000.00", 2000000.0, None, "approximately"),
    ],
)
def test_amounts_in_pln_labels_grant_words_and_estimates(text, total, eu, qualifier):
    r = rec(text + "\n\nOkres realizacji: 2019–2020.")
    assert (r["total_cost_pln"], r["eu_cofinancing_pln"], r["total_cost_qualifier"]) == (
        total,
        eu,
        qualifier,
    )


@pytest.mark.parametrize(
    "text, planned",
    [
        ("Liczba osób objętych wsparciem: 45", 45),
        ("Liczba uczestników projektu ogółem: 52", 52),
        ("Projekt adresowany jest do grupy 38 osób.", 38),
        ("Projekt zakłada aktywizację 27 osób bezrobotnych.", 27),
        ("Projekt zakłada wsparcie 61 rodzin.", 61),
    ],
)
def test_planned_participants_label_continuations_and_zaklada(text, planned):
    assert rec(text + _FACT)["participants_planned"] == planned


@pytest.mark.parametrize(
    "text, planned",
    [
        (
            "Ponad 900 mieszkańców regionu weźmie udział w projektach. "
            "W naszym projekcie udział weźmie 120 osób.",
            120,
        ),
        (
            "Z projektów w powiecie skorzysta blisko 400 osób. Wsparcie trafi do 75 osób z gminy.",
            75,
        ),
        (
            "More than 2,000 people will take part in the programme. The project will support 64 people.",
            64,
        ),
        # a total with its parts is still the largest figure
        ("Projekt obejmie 60 osób. Wsparcie otrzyma 40 kobiet i 20 mężczyzn.", 60),
    ],
)
def test_a_rounded_aggregate_count_gives_way_to_the_projects_exact_count(text, planned):
    assert rec(text + _FACT)["participants_planned"] == planned


@pytest.mark.parametrize(
    "text, implementer",
    [
        (
            "Projekt realizowany jest przez Fundację Dobry Start w partnerstwie z MOPS w Pile.",
            "Fundacja Dobry Start",
        ),
        ("Realizatorem projektu jest Caritas Diecezji Kaliskiej.", "Caritas Diecezji Kaliskiej"),
        (
            "Projekt realizuje Stowarzyszenie na Rzecz Osób Niepełnosprawnych „Razem” z Kalisza.",
            "Stowarzyszenie na Rzecz Osób Niepełnosprawnych „Razem”",
        ),
        (
            "Liderem projektu jest Spółdzielnia Socjalna Przystań, partnerem GOPS w Lipnie.",
            "Spółdzielnia Socjalna Przystań",
        ),
        # a label still wins over prose
        (
            "Realizator: Miejski Ośrodek Pomocy Społecznej w Pile\n"
            "Zajęcia prowadzi Fundacja Dobry Start w Pile.",
            "Miejski Ośrodek Pomocy Społecznej w Pile",
        ),
    ],
)
def test_a_foundation_or_association_said_to_run_the_project(text, implementer):
    assert rec(text + _FACT)["implementer"] == implementer


@pytest.mark.parametrize(
    "text, start, end",
    [
        (
            "The project started on 1 March 2019 and will end on 28 February 2021.",
            "2019-03-01",
            "2021-02-28",
        ),
        ("Activities began in May 2018 and ended in June 2019.", "2018-05-01", "2019-06-30"),
        (
            "The project will start on 2 January 2024 and run until 30 June 2026.",
            "2024-01-02",
            "2026-06-30",
        ),
    ],
)
def test_english_start_and_end_stated_separately(text, start, end):
    r = rec(text + _FACT)
    assert (r["start_date"], r["end_date"]) == (start, end)


def test_english_project_comma_worth():
    r = rec("The project, worth PLN 2.4 million, helps families.\n\nOkres realizacji: 2019–2020.")
    assert (r["total_cost_pln"], r["total_cost_qualifier"]) == (2400000.0, "approximately")


@pytest.mark.parametrize(
    "text, period",
    [
        (
            "Projekt w ramach Wielkopolskiego Regionalnego Programu Operacyjnego na lata 2014-2020.",
            "2014-2020",
        ),
        (
            "Dofinansowanie z Małopolskiego Regionalnego Programu Operacyjnego na lata 2007-2013.",
            "2007-2013",
        ),
        ("Projekt realizowany w ramach WRPO 2014+, Działanie 7.1.", "2014-2020"),
        ("Projekt realizowany w ramach programu FEŁ2027.", "2021-2027"),
        ("Projekt w ramach MRPO, Działanie 9.1.", None),  # which edition is not said
    ],
)
def test_programme_period_after_a_regional_adjective_and_edition_abbreviations(text, period):
    assert rec(text + _FACT)["programme_period"] == period


@pytest.mark.parametrize(
    "text, title",
    [
        ("Nazwa zadania: Klub Seniora w Kole\nOkres realizacji: 2019–2020", "Klub Seniora w Kole"),
        ("„Aktywna rodzina” – to nazwa projektu, który prowadzi MOPS.", "Aktywna rodzina"),
        ("Tytuł projektu: e-Aktywni w Kole\nOkres realizacji: 2019–2020", "e-Aktywni w Kole"),
        # a project number or a participle after "Projekt:" is no title; a sentence is no label
        ("Projekt: RPLD.09.01.01-10-0001/19\nOkres realizacji: 2019–2020", None),
        ("Projekt: współfinansowany ze środków UE\nOkres realizacji: 2019–2020", None),
        ("Projekt „AKTYWNA RODZINA” realizowany jest w Kole.", "AKTYWNA RODZINA"),
    ],
)
def test_title_after_a_task_name_label_and_what_is_no_title(text, title):
    assert rec(text + _FACT)["title"] == title


def test_a_sentence_after_projekt_and_a_dash_is_no_title():
    text = "Projekt – w ramach kontraktu socjalnego – był skierowany do mieszkańców."
    assert rec(text + _FACT)["title"] is None


# --------------------------------------------------------------------------- sixth session


@pytest.mark.parametrize(
    "text, planned, breakdown",
    [
        (  # the sexes as label lines, the last one alone in its paragraph
            "Planowana liczba uczestników: 48 osób\nKobiety: 30\nMężczyźni: 18\n\n"
            "Wartość projektu: 200 000,00 zł.",
            48,
            {"kobiety": 30, "mężczyźni": 18},
        ),
        (  # a Markdown table: its outer pipes and its rule line are no cells
            "Wartość projektu: 200 000,00 zł.\n\n| Liczba uczestników | 48 |\n|---|---|\n"
            "| Kobiety | 30 |\n| Mężczyźni | 18 |",
            48,
            {"kobiety": 30, "mężczyźni": 18},
        ),
        (  # a group counted across the sexes, which alone add up to the total
            "Wsparcie otrzyma 48 osób, w tym 30 kobiet, 18 mężczyzn, 6 osób z niepełnosprawnościami."
            "\nWartość projektu: 200 000,00 zł.",
            48,
            {"kobiety": 30, "mężczyźni": 18},
        ),
    ],
)
def test_breakdowns_in_label_lines_markdown_tables_and_overlapping_groups(text, planned, breakdown):
    r = rec(text)
    assert r["participants_planned"] == planned
    assert r["participants_planned_breakdown"] == breakdown


def test_a_label_with_its_value_is_not_the_heading_of_the_next_paragraph():
    r = rec("Okres realizacji: 2019-2020\n\nWartość projektu: 200 000,00 zł.\n\nKobiety: 30")
    assert (r["start_date"], r["total_cost_pln"]) == ("2019-01-01", 200000.0)
    # without a stated total, two label lines of the sexes are not the planned split by themselves
    assert r["participants_planned_breakdown"] in ({}, None)


_ESF = "\n\nProjekt współfinansowany ze środków UE w ramach Programu Operacyjnego Wiedza Edukacja Rozwój."


@pytest.mark.parametrize(
    "text, field, value",
    [
        # a two-column layout flattened to lines: each label line takes the line after it
        (
            "Całkowity koszt projektu\n2 480 000,00 zł\nKwota wsparcia z UE\n2 108 000,00 zł",
            "total_cost_pln",
            2480000.0,
        ),
        (
            "Całkowity koszt projektu\n2 480 000,00 zł\nKwota wsparcia z UE\n2 108 000,00 zł",
            "eu_cofinancing_pln",
            2108000.0,
        ),
        (
            "Nazwa projektu\nSąsiedzka pomoc w Turku\nRealizator\nMiejski Ośrodek Pomocy Społecznej w Turku",
            "title",
            "Sąsiedzka pomoc w Turku",
        ),
        (
            "Nazwa projektu\nSąsiedzka pomoc w Turku\nRealizator\nMiejski Ośrodek Pomocy Społecznej w Turku",
            "implementer",
            "Miejski Ośrodek Pomocy Społecznej w Turku",
        ),
        # the project's own number carries its levels, also in a sentence without level words
        ("Nr projektu: RPWP.07.01.02-30-0042/18", "submeasure", "7.1.2"),
        ("Umowa nr FEWP.06.11-IZ.00-0007/24 została zawarta z Województwem.", "measure", "6.11"),
        (
            "Konkurs nr RPWP.07.01.02-IZ.00-30-001/18 ogłosił Urząd Marszałkowski.",
            "submeasure",
            None,
        ),
        # the contract's date after its number
        ("Umowa nr RPWP.07.01.02-30-0042/18 z dnia 3.09.2018 r.", "contract_date", "2018-09-03"),
        # the future of taking part and receiving support
        ("W projekcie uczestniczyć będzie 64 mieszkańców Turku.", "participants_planned", 64),
        ("Dzięki projektowi wsparcie uzyska 64 osób.", "participants_planned", 64),
        ("Do projektu zostanie zrekrutowanych 64 uczestników.", "participants_planned", 64),
        ("Ośrodek prowadzi projekt zatytułowany „Krok ku pracy”.", "title", "Krok ku pracy"),
    ],
)
def test_label_lines_project_numbers_and_more_verbs(text, field, value):
    assert rec(text + _ESF)[field] == value


def test_a_label_line_needs_a_label_word():
    # short lines of a list or a heading are not labels of the line after them
    r = rec("Aktualności\nSąsiedzka pomoc w Turku\n\nWartość projektu: 100 000,00 zł." + _ESF)
    assert r["title"] != "Sąsiedzka pomoc w Turku" or r["total_cost_pln"] == 100000.0
    assert r["total_cost_pln"] == 100000.0


@pytest.mark.parametrize(
    "text, field, value",
    [
        # a two-word small town after the centre's name is kept whole (not cut to "w Nowych")
        (
            "Realizator: Ośrodek Pomocy Społecznej w Nowych Skalmierzycach",
            "implementer",
            "Ośrodek Pomocy Społecznej w Nowych Skalmierzycach",
        ),
        ("Projekt prowadzi Gminny Ośrodek Pomocy Społecznej w Starym Sączu.", "city", "Stary Sącz"),
        # a capitalised word after the town that is no part of it is still cut off
        (
            "Projekt prowadzi Miejski Ośrodek Pomocy Społecznej w Lesznie Wartość projektu: 9 000 zł",
            "implementer",
            "Miejski Ośrodek Pomocy Społecznej w Lesznie",
        ),
        # the plan stated in the past beside the actual count
        (
            "W projekcie wzięło udział 33 seniorów. Założono udział 30 osób.",
            "participants_planned",
            30,
        ),
        (
            "W projekcie wzięło udział 33 seniorów. Założono udział 30 osób.",
            "participants_actual",
            33,
        ),
    ],
)
def test_small_towns_in_names_and_plans_in_the_past(text, field, value):
    assert rec(text + _ESF)[field] == value


def test_a_recruitment_period_is_not_the_project_period_even_with_a_period_word():
    r = rec(
        "Ośrodek od 1 marca 2020 r. rozpoczyna realizację projektu „Krok”. Projekt potrwa do "
        "31 grudnia 2021 r.\n\nRekrutacja do projektu trwa od 15 lutego do 15 marca 2020 r." + _ESF
    )
    assert (r["start_date"], r["end_date"]) == ("2020-03-01", "2021-12-31")


def test_a_heading_loses_what_the_page_says_of_the_project_after_a_dash():
    text = (
        "SILNA RODZINA – projekt MOPS w Kutnie\n\nMOPS w Kutnie realizuje projekt Silna rodzina "
        "od 2019 r."
    )
    assert rec(text + _ESF)["title"] == "Silna rodzina"


@pytest.mark.parametrize(
    "text, breakdown",
    [
        (
            "Projekt obejmie 60 osób – 45 osób w kryzysie bezdomności i 15 osób z ich otoczenia.",
            {"osób w kryzysie bezdomności": 45, "osób z ich otoczenia": 15},
        ),
        (
            "Wsparcie otrzyma 60 osób, z czego 45 to osoby bezdomne, a 15 to osoby z ich otoczenia.",
            {"osoby bezdomne": 45, "osoby z ich otoczenia": 15},
        ),
        (
            "Wsparcie otrzyma 60 osób. Wśród nich będzie 45 osób bezdomnych i 15 osób z otoczenia.",
            {"osób bezdomnych": 45, "osób z otoczenia": 15},
        ),
        # groups after a dash that do not add up to the total are not its split
        ("Projekt obejmie 60 osób – 45 osób bezdomnych i 30 osób z ich otoczenia.", {}),
    ],
)
def test_groups_after_a_dash_of_which_and_among_them(text, breakdown):
    r = rec(text + "\nWartość projektu: 100 000,00 zł")
    assert r["participants_planned"] == 60
    got = r["participants_planned_breakdown"] or {}
    # the counts (what the scorer compares); the labels where this rule reads them
    assert sorted(got.values()) == sorted(breakdown.values())
    if "Wśród" not in text:
        assert got == breakdown


def test_a_target_group_list_without_markers():
    r = rec(
        "Projekt skierowany jest do 50 osób, w tym:\n30 osób z niepełnosprawnościami\n"
        "20 opiekunów faktycznych\n\nWartość projektu: 100 000,00 zł"
    )
    assert r["participants_planned"] == 50
    assert sorted(r["participants_planned_breakdown"].values()) == [20, 30]


def test_a_news_item_naming_an_eu_funded_project_is_a_record_not_a_rejection():
    r = rec(
        "Wiadomości z gminy\n\nSpotkanie w Ośrodku\n\nOśrodek Pomocy Społecznej w Wągrowcu "
        "przygotowuje się do zmiany w Centrum Usług Społecznych w ramach projektu "
        "współfinansowanego ze środków Unii Europejskiej. Spotkanie odbyło się w ratuszu."
    )
    assert r["status"] == "ok"
    assert (r["implementer"], r["city"]) == ("Ośrodek Pomocy Społecznej w Wągrowcu", "Wągrowiec")
    # without EU money said of it, a page about a welfare centre is still no project page
    r = rec("Ośrodek Pomocy Społecznej w Wągrowcu zaprasza na spotkanie w ratuszu.")
    assert r["status"] == "rejected"


@pytest.mark.parametrize(
    "text, field, value",
    [
        # a weekday in a page's date line is not the town of that name
        ("Piątek, 17 sierpnia 2018\n\nGOPS w Kutnie realizuje projekt „Razem”.", "city", "Kutno"),
        # two commas typed for the opening quote, and a quote wrapped over two lines
        ('MOPS w Kutnie realizuje projekt pn. ,,Dobry start" od 2019 r.', "title", "Dobry start"),
        (
            "MOPS w Kutnie realizuje projekt pn. „Dobry start w naszej\ngminie” od 2019 r.",
            "title",
            "Dobry start w naszej gminie",
        ),
    ],
)
def test_date_lines_council_names_and_quote_shapes(text, field, value):
    assert rec(text + _ESF)[field] == value


@pytest.mark.parametrize(
    "heading, title",
    [
        ("Fundacja Nowy Horyzont", None),  # the site's organisation
        ("Projekt potrwa do końca roku", None),  # a sentence of the news
        (
            "Centrum Usług Społecznych w Wąsoszu",
            "Centrum Usług Społecznych w Wąsoszu",
        ),  # a CUS project
        ("Razem w Wąsoszu", "Razem w Wąsoszu"),
    ],
)
def test_a_repeated_heading_is_a_title_unless_an_organisation_or_a_sentence(heading, title):
    text = (
        f"{heading}\n\nAktualności\n\n{heading}\n\nGmina Wąsosz prowadzi projekt współfinansowany ze "
        "środków Unii Europejskiej w ramach RPO WD 2014-2020. Wartość projektu: 90 000,00 zł."
    )
    assert rec(text)["title"] == title


def test_english_adults_counted_with_a_split_by_sex():
    r = rec(
        "The project will support 24 adults (14 K, 10 M) living in Kutno. "
        "It is co-financed by the EU. Project value: PLN 300,000.00."
    )
    assert r["participants_planned"] == 24
    assert r["participants_planned_breakdown"] == {"kobiety": 14, "mężczyźni": 10}


@pytest.mark.parametrize(
    "text, total, qualifier",
    [
        # a rounded total with the exact figure it stands for: the exact one is the statement
        ("Wartość projektu to blisko 2 mln zł (dokładnie 1 987 420,15 zł).", 1987420.15, "exact"),
        (
            "Projekt kosztuje ok. 1,2 mln zł.\nCałkowita wartość projektu: 1 184 300,00 zł.",
            1184300.0,
            "exact",
        ),
        # the EU grant near a rounded total is no twin of it: the rounded total stands
        (
            "Wartość projektu wynosi ponad 1,5 mln zł, a dofinansowanie z UE 1 470 000,00 zł.",
            1500000.0,
            "more_than",
        ),
    ],
)
def test_the_exact_figure_beside_a_rounded_total(text, total, qualifier):
    r = rec("Projekt realizuje Ośrodek Pomocy Społecznej w Lipnie.\n\n" + text)
    assert (r["total_cost_pln"], r["total_cost_qualifier"]) == (total, qualifier)
