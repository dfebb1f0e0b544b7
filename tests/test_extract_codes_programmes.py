"""Programme, programming period, priority axis / measure / sub-measure codes, project type and
effectiveness: each general property the extractor reads, on wordings written for this test (none
copied from a labelled document). Positives and negatives for each unit."""

from __future__ import annotations

import pytest

from integra.extract import extract_text
from integra.extract.rules import (
    chosen_in_a_call,
    code_mentions,
    group_share,
    is_menu_line,
    known_period,
    ordinal_axes,
    programme_period_of,
    programming_period,
)


def rec(text: str) -> dict:
    return extract_text(text, "codes.txt")[0]


# a sentence that makes any test text a project page (an implementer and an amount)
PAGE = "Miejski Ośrodek Pomocy Społecznej w Lesznie realizuje projekt „Nowy start”. Wartość projektu: 250 000,00 zł.\n\n"


# --------------------------------------------------------------------------- codes


@pytest.mark.parametrize(
    "text, axes",
    [
        ("wniosek złożony w ramach IV Osi Priorytetowej programu", ["4"]),
        ("środki z VIII Priorytetu PO KL", ["8"]),
        ("funded under the XI Priority Axis of the programme", ["11"]),
        ("Oś I i Oś II", []),  # the numeral after the word is read by the level-word rule
        ("w ramach i osi priorytetowej", []),  # a lower-case "i" is the conjunction
        ("III edycja projektu", []),  # an ordinal before another noun
        ("II. Oś priorytetowa", []),  # a numbered heading, not an ordinal before the word
    ],
)
def test_roman_ordinal_before_the_axis_word(text, axes):
    assert ordinal_axes(text) == axes


@pytest.mark.parametrize(
    "text, axis, measure, submeasure",
    [
        # a Roman ordinal before the axis word, with a programme abbreviation after it
        (
            "Gmina złożyła wniosek w II rundzie konkursu w ramach IV Osi Priorytetowej PO WER.",
            "4",
            None,
            None,
        ),
        # a Roman axis and the action's number with a space for the dot
        ("Dofinansowanie przyznano z Działania VIII 3 Wsparcie rodzin.", "8", "8.3", None),
        ("Środki pochodzą z poddziałania X.2.4 Usługi opiekuńcze.", "10", "10.2", "10.2.4"),
        # the level word after a regional programme's abbreviation and years
        (
            "Projekt współfinansowany z RPO WL 2014-2020, Oś 11 Włączenie społeczne.",
            "11",
            None,
            None,
        ),
        # English labels
        ("Priority axis: VI Social inclusion\nMeasure: 6.3 Social services", "6", "6.3", None),
        ("It was funded under Priority VII Promotion of social integration.", "7", None, None),
        (
            "Participants with priority 2 in the recruitment rules get extra points.",
            None,
            None,
            None,
        ),
        # a number in a sentence of levels is not an ordinal ("w I rundzie" names no axis)
        ("Wniosek przeszedł do I rundy negocjacji.", None, None, None),
    ],
)
def test_code_wordings(text, axis, measure, submeasure):
    r = rec(PAGE + text)
    assert (r["priority_axis"], r["measure"], r["submeasure"]) == (axis, measure, submeasure)


def test_code_mentions_count_an_action_and_its_sub_measures():
    texts = ["z Działania 10.1 i Poddziałania 10.1.3", "z działania 10.2", "umowa z 1.10.2020 r."]
    assert code_mentions(texts, "10.1") == 2
    assert code_mentions(texts, "10.2") == 1
    assert code_mentions(texts, "1.10") == 0  # a date is no code


def test_two_actions_on_one_page_the_more_named_one_is_the_projects():
    r = rec(
        PAGE
        + "Umowy podpisano w ramach Działania 10.1 Aktywizacja oraz Poddziałania 10.3.2 Usługi społeczne.\n\n"
        "Z Działania 10.1 ośrodek w Lesznie otrzyma 250 000,00 zł.\n\n"
        "Projekty z Działania 10.1 potrwają do końca 2022 r."
    )
    assert (r["priority_axis"], r["measure"], r["submeasure"]) == ("10", "10.1", None)
    assert any("10.3.2" in p and "left out" in p for p in r["problems"])


def test_two_actions_named_equally_often_are_both_kept_with_a_problem():
    r = rec(
        PAGE
        + "Umowy podpisano w ramach Działania 10.1 Aktywizacja oraz Poddziałania 10.3.2 Usługi."
    )
    assert (r["measure"], r["submeasure"]) == ("10.1", "10.3.2")
    assert any("does not match" in p for p in r["problems"])


# --------------------------------------------------------------------------- programming period


@pytest.mark.parametrize(
    "start, end, period",
    [
        ("2014", "2020", "2014-2020"),
        ("2014", "202", "2014-2020"),  # a slip: the last digit lost
        ("2014", "20", "2014-2020"),
        ("2021", "27", "2021-2027"),
        ("2007", "13", "2007-2013"),
        ("2014", "2016", None),  # a project's own years
        ("2016", "2020", None),
        ("2021", "22", None),
        ("2014", "2", None),
    ],
)
def test_programming_period_from_two_years(start, end, period):
    assert programming_period(start, end) == period


def test_known_period_skips_other_ranges():
    assert known_period("realizowany w latach 2017-2019 z RPO na lata 2014 – 2020") == "2014-2020"
    assert known_period("w latach 2017-2019") is None
    assert known_period("od 2021-05-01 do 2021-12-31") is None  # ISO dates are no period


@pytest.mark.parametrize(
    "name, period",
    [
        ("Programu Operacyjnego Kapital Ludzki", "2007-2013"),  # written without diacritics
        ("Program Operacyjny Wiedza Edukacja Rozwoj", "2014-2020"),
        ("Regionalny Program Operacyjny Województwa Lubelskiego na lata 2014-202", "2014-2020"),
        ("Fundusze Europejskie dla Lubelskiego 2021-27", "2021-2027"),
        ("FELU", "2021-2027"),
        (
            "Regionalny Program Operacyjny Województwa Lubelskiego",
            None,
        ),  # no years: 2007-13 or 2014-20
    ],
)
def test_programme_period_of_a_name(name, period):
    assert programme_period_of(name) == period


def test_a_year_slip_in_the_programme_name_still_gives_the_period():
    r = rec(
        PAGE + "Projekt współfinansowany w ramach Regionalnego Programu Operacyjnego Województwa "
        "Lubelskiego na lata 2014-202, Oś Priorytetowa 11."
    )
    assert r["programme_period"] == "2014-2020"
    assert r["voivodeship"] == "lubelskie"


def test_a_period_after_the_projects_own_years():
    r = rec(
        PAGE + "Projekt trwa w latach 2017-2019 i jest finansowany z Programu Operacyjnego Wiedza "
        "Edukacja Rozwoj (lata 2014 – 20)."
    )
    assert r["programme_period"] == "2014-2020"


@pytest.mark.parametrize(
    "line, menu",
    [
        ("Start · O ośrodku · Projekt PO WER · Przetargi · Kontakt", True),
        ("Strona główna | Aktualności | Programy RPO | BIP", True),
        (
            "[logo: Fundusze Europejskie dla Lubelskiego | Rzeczpospolita Polska | Unia Europejska | Lubelskie]",
            False,
        ),
        ("Program | Program Operacyjny Wiedza Edukacja Rozwój", False),
        ("Projekt PO WER | rekrutacja trwa do 30 czerwca. Zapraszamy | Kontakt | BIP", False),
    ],
)
def test_menu_lines(line, menu):
    assert is_menu_line(line) is menu


def test_a_programme_named_only_in_the_sites_menu_is_not_the_projects():
    r = rec(
        "Start · O ośrodku · Projekt PO WER · Przetargi · Kontakt\n\n"
        + PAGE
        + "Projekt potrwa od 1 marca 2021 r. do 31 grudnia 2021 r."
    )
    assert (r["programme"], r["programme_period"]) == (None, None)


def test_a_programme_in_the_text_is_read_beside_a_menu():
    r = rec(
        "Start · O ośrodku · Projekt PO WER · Przetargi · Kontakt\n\n"
        + PAGE
        + "Projekt jest współfinansowany z Programu Operacyjnego Wiedza Edukacja Rozwój."
    )
    assert r["programme_period"] == "2014-2020"


# --------------------------------------------------------------------------- project type


@pytest.mark.parametrize(
    "text, chosen",
    [
        ("Wniosek przeszedł ocenę w II rundzie konkursu ogłoszonego przez WUP.", True),
        ("Poddziałanie 10.3.1 Usługi opiekuńcze – konkursy dla subregionów", True),
        ("Projekt wybrano w konkursie nr RPLU.11.01.00-IZ.00-06-001/19.", True),
        ("The project was selected in a call for proposals of the regional programme.", True),
        ("Partnera projektu wyłoniono w konkursie ofert.", False),
        ("W ramach projektu odbył się konkurs plastyczny dla dzieci.", False),
        ("Partner, wybrany w konkursie, poprowadzi warsztaty.", False),
        ("Ośrodek ogłasza konkurs na logo projektu.", False),
        ("Projekt wyłoniono w drodze konkursu przeprowadzonego przez WUP.", True),
        ("Wniosek gminy znalazł się na 3. miejscu listy rankingowej.", True),
        ("Wyniki konkursu fotograficznego ogłosimy w czerwcu.", False),
    ],
)
def test_chosen_in_a_call_for_proposals(text, chosen):
    assert chosen_in_a_call(text) is chosen


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Rodzaj projektu – pozakonkursowy\nOkres realizacji – 2019-2020", "pozakonkursowy"),
        ("Typ projektu: systemowy", "systemowy"),
        (
            "Wniosek złożono w I rundzie konkursu ogłoszonego przez Urząd Marszałkowski.",
            "konkursowy",
        ),
        ("Poddziałanie 10.3.1 Usługi opiekuńcze – konkursy dla subregionów.", "konkursowy"),
        ("It is a non-competitive project of the regional welfare centre.", "pozakonkursowy"),
        ("It is a competitive project run with two partners.", "konkursowy"),
        ("Partnera projektu wyłoniono w konkursie ofert.", None),
        ("Dla uczestników odbył się konkurs plastyczny.", None),
    ],
)
def test_project_type_wordings(text, kind):
    assert rec(PAGE + text)["project_type"] == kind


# --------------------------------------------------------------------------- effectiveness


@pytest.mark.parametrize(
    "after, share",
    [
        (" K i 41% M", True),
        (" kobiet", True),
        (" women and", True),
        (" uczestników podejmie pracę", False),
        (" osób", False),
    ],
)
def test_group_share_after_a_percentage(after, share):
    assert group_share(after) is share


def test_a_womens_share_is_no_employment_result():
    r = rec(
        PAGE
        + "The aim is to raise the employment potential of 40 people, including 55 % K, at risk of exclusion."
    )
    assert r["employment_effectiveness_pct"] is None


def test_a_share_of_all_participants_in_the_projects_goal_is_a_target():
    r = rec(
        PAGE
        + "Cel główny projektu:\nWzrost integracji społecznej 24 uczestników (40% z 60 osób objętych wsparciem)."
    )
    assert (r["social_effectiveness_pct"], r["social_effectiveness_basis"]) == (40.0, "target")


def test_a_share_in_parentheses_after_a_count_is_no_result():
    r = rec(
        PAGE
        + "Wsparciem objęto 30 osób (60%) z rodzin wielodzietnych, co wzmocni integrację społeczną."
    )
    assert r["social_effectiveness_pct"] is None


@pytest.mark.parametrize(
    "text, pct, basis",
    [
        ("Efektywność zatrudnieniowa ma wynieść nie mniej niż 22%.", 22.0, "target"),
        ("Osiągnięto efektywność zatrudnieniową na poziomie 31%.", 31.0, "achieved"),
        ("Pracę podjęło 28% uczestników.", 28.0, "achieved"),
    ],
)
def test_effectiveness_target_or_achieved(text, pct, basis):
    r = rec(PAGE + text)
    assert (r["employment_effectiveness_pct"], r["employment_effectiveness_basis"]) == (pct, basis)


# --------------------------------------------------------------------------- negated funding, stated period


@pytest.mark.parametrize(
    "text, negated",
    [
        ("Przy tworzeniu klubu nie korzystano ze środków RPO, Działanie 9.2.", True),
        ("Klub powstał bez środków unijnych, z budżetu gminy.", True),
        ("Projekt nie był współfinansowany z EFS.", True),
        ("No ESF money from Measure 2.8 was used for the centre.", True),
        ("Dofinansowanie współfinansowane ze środków EFS wynosi 90%.", False),
        ("Projekt jest współfinansowany ze środków Unii Europejskiej.", False),
        ("Nie zabraknie też warsztatów finansowanych z programu.", False),
    ],
)
def test_negated_funding(text, negated):
    from integra.extract.rules import negates_funding

    assert negates_funding(text) is negated


def test_a_programme_and_codes_in_a_negated_sentence_are_not_the_projects():
    r = rec(
        PAGE
        + "Centrum Usług Społecznych w Lesznie powstało bez środków unijnych: nie korzystano ze "
        "środków Działania 9.2 Programu Operacyjnego Wiedza Edukacja Rozwój."
    )
    assert (r["programme"], r["programme_period"], r["measure"]) == (None, None, None)


def test_a_stated_period_needs_a_named_programme():
    assert rec(PAGE + "Programming period: 2014-2020")["programme_period"] is None
    r = rec(
        PAGE
        + "Programming period: 2014-2020\nProgramme: Regional Operational Programme of Lubelskie"
    )
    assert r["programme_period"] == "2014-2020"


@pytest.mark.parametrize(
    "text, period",
    [
        # the period the other mentions of the programme agree on
        ("Projekt z RPO WŁ.\n\nRPO WŁ 2014-2020 to regionalny program województwa.", "2014-2020"),
        # a national programme in lower case
        ("Środki pochodzą z programu operacyjnego kapitał ludzki.", "2007-2013"),
        # English, the programme's name first
        (
            "The project is funded under the Knowledge, Education and Development Operational Programme.",
            "2014-2020",
        ),
    ],
)
def test_programme_wordings_give_the_period(text, period):
    assert rec(PAGE + text)["programme_period"] == period


def test_a_funding_sentence_outranks_a_mere_mention():
    r = rec(
        PAGE + "Ośrodek realizował wcześniej działania w PO KL.\n\n"
        "Projekt jest współfinansowany ze środków Programu Operacyjnego Wiedza Edukacja Rozwój."
    )
    assert r["programme_period"] == "2014-2020"


# --------------------------------------------------------------------------- an archive box


ARCHIVE_BOX = (
    PAGE
    + "Projekt jest współfinansowany z Regionalnego Programu Operacyjnego Województwa Lubelskiego "
    "na lata 2014-2020, Działanie 11.1.\n\n"
    "--------------------------------------------------\n"
    "{heading}\n\n"
    "W latach 2009-2013 ośrodek prowadził projekt systemowy z Poddziałania 7.1.1 Programu "
    "Operacyjnego Kapitał Ludzki.\n\n"
    "Typ projektu: systemowy\n\n"
    "Projekt ten objął 20 osób.\n"
    "--------------------------------------------------\n\n"
    "Ośrodek Pomocy Społecznej w Lesznie, ul. Polna 1, 64-100 Leszno"
)


@pytest.mark.parametrize("heading", ["Z ARCHIWUM – lata 2009-2013", "Archiwum: projekt systemowy"])
def test_an_archive_box_between_rules_is_another_projects(heading):
    r = rec(ARCHIVE_BOX.format(heading=heading))
    assert (r["programme_period"], r["priority_axis"], r["measure"], r["submeasure"]) == (
        "2014-2020",
        "11",
        "11.1",
        None,
    )
    assert r["project_type"] is None
    assert r["city"] == "Leszno"  # the footer after the box is the page's own again


@pytest.mark.parametrize(
    "text, kind",
    [
        # 2021-2027 words for the selection modes
        ("Projekt wybrano do dofinansowania w sposób niekonkurencyjny.", "pozakonkursowy"),
        ("Wniosek złożono w naborze konkurencyjnym nr FELU.11.01-IZ.00-001/24.", "konkursowy"),
        ("Sposób wyboru projektu: niekonkurencyjny", "pozakonkursowy"),
        ("Typ naboru: konkursowy", "konkursowy"),
        # a call in a closed competition, and an open call for NGOs' offers (no EU selection)
        (
            "Wniosek złożono w odpowiedzi na konkurs zamknięty nr RPLU.11.01.00-IZ.00-06-001/19.",
            "konkursowy",
        ),
        ("Stowarzyszenie otrzymało dotację w otwartym konkursie ofert gminy.", None),
        # procurement inside a project is no selection mode
        ("Usługi kupiono zgodnie z zasadą konkurencyjności.", None),
    ],
)
def test_project_type_selection_modes(text, kind):
    assert rec(PAGE + text)["project_type"] == kind


def test_a_programme_period_written_with_a_slash():
    assert known_period("Program Operacyjny na lata 2014/2020") == "2014-2020"
    assert known_period("rok szkolny 2019/2020") is None


def test_a_regional_programme_for_a_voivodeship_in_lower_case():
    r = rec(
        PAGE
        + "Środki pochodzą z Regionalnego Programu Operacyjnego dla województwa opolskiego na lata 2014-2020."
    )
    assert (r["programme_period"], r["voivodeship"]) == ("2014-2020", "opolskie")
    assert r["programme"].startswith("Regionalny Program Operacyjny dla województwa opolskiego")


@pytest.mark.parametrize(
    "text, social, employment",
    [
        (
            "Efektywnosc spoleczna: minimum 34%, efektywnosc zatrudnieniowa: minimum 22%.",
            34.0,
            22.0,
        ),
        (
            "Expected social effectiveness at least 40%, employment effectiveness at least 25%.",
            40.0,
            25.0,
        ),
        ("The employment efficiency rate reached 31%.", None, 31.0),
    ],
)
def test_effectiveness_labels_without_diacritics_and_in_english(text, social, employment):
    r = rec(PAGE + text)
    assert (r["social_effectiveness_pct"], r["employment_effectiveness_pct"]) == (
        social,
        employment,
    )
