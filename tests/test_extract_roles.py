"""The role scorer of amounts and person counts (integra/extract/roles.py): each feature family
on its own, then whole pages. Every wording here was written for this test (none is copied from a
labelled document)."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from integra.extract import extract_text, roles
from integra.extract.text import Unit

AMOUNT = roles.role_vocabulary()["amount"]


def rec(text: str) -> dict:
    return extract_text(text, "roles.txt")[0]


def unit(text: str, *, index_start: int = 0, heading: bool = False, paragraph: int = 0) -> Unit:
    return Unit(index_start, index_start + len(text), text, is_heading=heading, paragraph=paragraph)


# --------------------------------------------------------------------------- lemmas


@pytest.mark.parametrize(
    "word, lemma",
    [
        ("objętych", "objąć"),
        ("wkładem", "wkład"),
        ("dofinansowania", "dofinansowanie"),
        ("bierze", "brać"),  # morfeusz's homonym suffix ("brać:V") is dropped
        ("kosztować", "kosztować"),
        ("people", "people"),  # an unknown (English) word is its own lemma
        ("EFS", "efs"),
    ],
)
def test_lemmas(word, lemma):
    assert lemma in roles.lemmas(word)


@pytest.mark.parametrize(
    "word, function", [("ponad", True), ("jest", True), ("wynosi", True), ("wartość", False)]
)
def test_function_words_do_not_count_as_distance(word, function):
    assert roles.is_function_word(word) is function


# --------------------------------------------------------------------------- label scores


def test_label_before_the_amount():
    s = roles.label_scores("Łączne nakłady na zadanie:", "", AMOUNT)
    assert s["total"] == 4.0 and s["eu"] == 0.0  # nakład 3 + łączny 1


def test_nearest_label_weighs_most():
    # "dotacji (budżet zadania: X)": the budget word is next to X, the grant word three words away
    s = roles.label_scores("dotacji otrzymanej na budżet zadania", "", AMOUNT)
    assert s["total"] == 3.0
    assert s["eu"] == pytest.approx(3 * 0.7 + 1)  # dotacja three content words back, otrzymać two


def test_words_after_stop_at_punctuation():
    # "X zł dotacji" counts the grant word after the amount; the next figure's label does not
    assert roles.label_scores("", " dotacji, a budżet wyniesie", AMOUNT) == {
        "total": 0.0,
        "eu": pytest.approx(1.8),
        "own": 0.0,
    }
    assert roles.label_scores("Budżet zadania", "\nw tym dotacja celowa", AMOUNT)["eu"] == 0.0


def test_own_contribution_is_not_the_grant():
    s = roles.label_scores("udział własny gminy wyniesie", "", AMOUNT)
    assert s["own"] == 4.0 and s["eu"] == 0.0


def test_inside_parentheses_only_their_words_label():
    assert roles.own_words("otrzyma dotację (koszt ogółem: ") == "koszt ogółem: "
    assert roles.own_words("otrzyma dotację (stan na 2020 r.) o wartości ") == (
        "otrzyma dotację (stan na 2020 r.) o wartości "
    )


def test_amount_per_person_is_no_budget_figure():
    u = unit("Każdy uczestnik dostanie stypendium w kwocie 900 zł miesięcznie.")
    c = roles.amount_candidates([u], lambda _u: False)[0]
    scores = roles.amount_scores([u], c, roles.Context())
    assert max(scores.values()) < 0


# --------------------------------------------------------------------------- tense


@pytest.mark.parametrize(
    "word, tense",
    [
        ("obejmie", "future"),  # perfective non-past
        ("będzie", "future"),
        ("kierujemy", "present"),
        ("uczestniczyło", "past"),
        ("objęto", "past"),
        ("projekt", None),
    ],
)
def test_verb_tense(word, tense):
    assert roles.verb_tense(word) == tense


def test_tense_of_the_nearest_verb():
    text = "Rok temu pomogliśmy 12 rodzinom, teraz zaprosimy 30 osób."
    assert roles.tense(text, text.index("30")) == "future"
    assert roles.tense(text, text.index("12")) == "past"
    assert roles.tense("The centre will support 45 people.", 10) == "future"
    # "udział" may be read as a past form of "udziać": the word that can only be a verb decides
    text = "wezmą w nim udział 45 osoby"
    assert roles.tense(text, text.index("45")) == "future"


# --------------------------------------------------------------------------- clauses, headings


def test_clause_span_stops_at_a_and_semicolon():
    text = "Gmina A otrzyma 10 000 zł, a gmina B otrzyma 20 000 zł; reszta trafi do C."
    a, b = roles.clause_span(text, text.index("20 000"), text.index("20 000") + 9)
    assert text[a:b] == "gmina B otrzyma 20 000 zł"


def test_heading_above():
    units = [unit("Finansowanie", heading=True), unit("Kwota: 5 000 zł")]
    assert roles.heading_above(units, 1) == "Finansowanie"
    assert roles.heading_above([unit("Kwota: 5 000 zł")], 0) == ""


# --------------------------------------------------------------------------- main project


def test_names_project_not_a_longer_name():
    assert roles.names_project("„Nowy start” – koszt 10 000 zł", "Nowy start")
    assert not roles.names_project("Nowy Start Plus – koszt 10 000 zł", "Nowy start")
    assert roles.names_project("projekt Nowy start. Koszt …", "Nowy start")
    assert not roles.names_project("cokolwiek", None)


def test_names_other_project():
    assert roles.names_other_project("drugi projekt „Czysta rzeka” kosztował", "Nowy start")
    assert not roles.names_other_project("projekt „Nowy start” kosztował", "Nowy start")
    assert not roles.names_other_project("tzw. „asystent” pomoże", "Nowy start")  # one word


def test_place_of_the_implementer():
    assert roles.place_of("Gminny Ośrodek Pomocy Społecznej w Starych Bogaczowicach") == (
        "w Starych Bogaczowicach"
    )
    assert roles.place_of("Powiat Wołowski") is None
    assert roles.names_place("Ośrodek w Lesznie otrzyma", "w Lesznie")
    assert not roles.names_place("Ośrodek w Lesznowoli otrzyma", "w Lesznie")


def test_membership_of_the_clause():
    ctx = roles.Context(title="Nowy start", place="w Pile")
    text = "OPS w Pile dostanie 50 000 zł, a projekt „Czysta rzeka” gminy Ujście 70 000 zł."
    units = [unit(text)]
    cands = roles.amount_candidates(units, lambda _u: False)
    assert [roles.membership(units, c, ctx) for c in cands] == [2.0, -3.0]


# --------------------------------------------------------------------------- candidates


def test_amount_candidates_keep_euro_apart():
    u = unit("Budżet: 250 000 EUR, czyli 1 050 000,00 zł.")
    cands = roles.amount_candidates([u], lambda _u: False)
    assert [(c.currency, c.value) for c in cands] == [
        ("EUR", Decimal(0)),
        ("PLN", Decimal("1050000.00")),
    ]
    assert roles.amount_scores([u], cands[0], roles.Context())["total"] == float("-inf")


def test_amount_candidates_skip_foreign_units_and_inherit_row_labels():
    rows = [
        Unit(0, 20, "Wartość | 100 000,00 zł", is_row=True),
        Unit(21, 40, "| 30 000 EUR", is_row=True),
        Unit(41, 60, "Poprzedni projekt kosztował 90 000 zł"),
    ]
    cands = roles.amount_candidates(rows, lambda u: u.text.startswith("Poprzedni"))
    assert [c.index for c in cands] == [0, 1]
    assert cands[1].before.startswith("Wartość | ")


@pytest.mark.parametrize(
    "phrase, other",
    [
        ("45 osób", False),
        ("czterech grup uczniów", True),
        ("2 tys. mieszkańców", True),
        ("12 miejsc dla seniorów", True),
        ("80 people", False),
    ],
)
def test_counts_of_something_else(phrase, other):
    assert roles.counts_something_else(phrase) is other


# --------------------------------------------------------------------------- scores and decisions


def _count_scores(text: str) -> dict[str, float]:
    u = unit(text)
    from integra.extract.rules import _person_counts

    c = roles.count_candidates([u], lambda _u: False, _person_counts)[0]
    return roles.count_scores([u], c, roles.Context())


def test_future_count_is_planned_past_is_actual():
    planned = _count_scores("Do projektu zakwalifikujemy 36 osób bezrobotnych.")
    assert planned["planned"] > 0 > planned["actual"]
    actual = _count_scores("W zajęciach uczestniczyło 36 osób bezrobotnych.")
    assert actual["actual"] > actual["planned"]


def test_count_without_a_role_word_has_no_role():
    s = _count_scores("Gmina liczy 4000 mieszkańców i 36 osób czeka na mieszkanie.")
    assert s["planned"] <= 0 and s["actual"] <= 0


def _cand(value, rounded=False):
    return roles.Candidate("amount", Decimal(value), 0, 0, 1, "", "", rounded=rounded)


def test_decide_takes_a_clear_winner():
    best, why = roles.decide([(_cand(100), 7.0), (_cand(50), 4.0)], min_score=3, margin=1)
    assert best.value == 100 and why is None


def test_decide_refuses_a_close_call():
    best, why = roles.decide([(_cand(100), 5.0), (_cand(50), 4.5)], min_score=3, margin=1)
    assert best is None and why == "no clear winner between 50, 100"


def test_decide_prefers_exact_over_a_rounded_sum():
    best, _ = roles.decide(
        [(_cand(9_000_000, rounded=True), 9.0), (_cand(1_234_567), 5.0)], min_score=3, margin=1
    )
    assert best.value == 1_234_567


def test_decide_nothing_above_the_bar():
    assert roles.decide([(_cand(100), 2.0)], min_score=3, margin=1) == (None, None)


# --------------------------------------------------------------------------- whole pages


def test_two_projects_in_one_news_item_take_the_titled_one():
    r = rec(
        "Dotacje dla dwóch ośrodków\n\n"
        "Projekt „Razem łatwiej” Gminnego Ośrodka Pomocy Społecznej w Zbąszynku będzie kosztować "
        "412 300,00 zł, z czego dotacja unijna to 350 455,00 zł.\n\n"
        "Drugi projekt, „Bliżej pracy” z Trzciela, ma budżet 301 000,00 zł i dotację 255 850,00 zł.\n\n"
        "Tytuł projektu: Razem łatwiej\nRealizator: Gminny Ośrodek Pomocy Społecznej w Zbąszynku"
    )
    assert r["total_cost_pln"] == 412300.0
    assert r["total_cost_qualifier"] == "exact"
    assert r["eu_cofinancing_pln"] == 350455.0


def test_amount_in_a_parenthesis_after_the_grant():
    r = rec(
        "Ośrodek Pomocy Społecznej w Sulęcinie dostanie 88 120,50 zł dotacji (koszt ogółem: "
        "97 911,67 zł), a GOPS w Lubniewicach 61 000,00 zł (koszt ogółem: 70 000,00 zł).\n"
        "Realizator: Ośrodek Pomocy Społecznej w Sulęcinie. Program Operacyjny Kapitał Ludzki."
    )
    assert r["total_cost_pln"] == 97911.67
    assert r["eu_cofinancing_pln"] == 88120.50


def test_planned_count_in_the_present_tense_of_a_directed_project():
    r = rec(
        "Projekt „Dobry krok” realizuje MOPS w Pile w ramach RPO WW 2014-2020.\n\n"
        "Nasze działania adresujemy do 48 osób zagrożonych wykluczeniem społecznym."
    )
    assert r["participants_planned"] == 48


@pytest.mark.parametrize(
    "sentence",
    [
        "Warsztaty adresujemy do 16 osób, a kurs do 9 osób.",
        # the largest is the sum of the others by chance, and nothing says it is their total
        "W projekcie biorą udział 6 osób starszych, 4 opiekunów i 2 asystentów.",
    ],
)
def test_side_by_side_groups_give_no_total(sentence):
    r = rec("Projekt „Dobry krok” realizuje MOPS w Pile w ramach RPO WW 2014-2020.\n\n" + sentence)
    assert r["participants_planned"] is None


def test_a_total_with_its_parts_after_a_colon_is_the_total():
    r = rec(
        "Projekt „Dobry krok” realizuje MOPS w Pile w ramach RPO WW 2014-2020.\n\n"
        "Działania adresujemy do 30 osób: 18 kobiet i 12 mężczyzn."
    )
    assert r["participants_planned"] == 30


# --------------------------------------------------------------------------- counts: layouts and parts


@pytest.mark.parametrize(
    "text, found",
    [
        ("• Liczba seniorów objętych opieką: 2 140", (2140, "• Liczba seniorów objętych opieką")),
        ("Uczestnicy ostateczni – ok. 75", (75, "Uczestnicy ostateczni")),
        ("Number of participants | 120", (120, "Number of participants")),
        ("Wartość zadania: 80 000 zł", None),  # no persons in the label
        ("Liczba uczestników: 2021", None),  # a year
        ("Liczba uczestniczek: 35%", None),  # a share
    ],
)
def test_labelled_count(text, found):
    got = roles.labelled_count(text)
    assert (got[0], got[3]) == found if found else got is None


def test_is_only_a_verb():
    assert roles.is_only_a_verb("wezmą")
    assert not roles.is_only_a_verb("udział")


def test_in_parentheses():
    text = "dla 40 osób (25 kobiet) oraz 5 opiekunów"
    assert roles.in_parentheses(text, text.index("25"))
    assert not roles.in_parentheses(text, text.index("5 opiek"))


def test_one_sex_of_a_pair_is_a_part():
    text = "zajęcia obejmą 250 kobiet i 190 mężczyzn"
    assert roles.is_one_sex_of_a_pair(text, text.index("250"), text.index("250") + 10)
    alone = "zajęcia obejmą 250 kobiet z powiatu"
    assert not roles.is_one_sex_of_a_pair(alone, alone.index("250"), alone.index("250") + 10)


def test_a_labelled_count_in_a_list_is_the_planned_total():
    r = rec(
        "Projekt „Srebrna nić” Ośrodka Pomocy Społecznej w Kórniku, RPO WW 2014-2020.\n\n"
        "Dane projektu:\n"
        "- Okres: 2020 – 2021\n"
        "- Liczba seniorów objętych opieką: 215\n"
    )
    assert r["participants_planned"] == 215


def test_the_plan_of_the_main_project_outranks_a_regional_headline():
    r = rec(
        "Ponad 3000 mieszkańców regionu, w tym 200 seniorów, skorzysta z nowych usług.\n\n"
        "Projekt „Srebrna nić” Ośrodka Pomocy Społecznej w Kórniku kosztuje 512 000,00 zł. "
        "Trwa do 2022 r.; weźmie w nim udział 318 mieszkańców Kórnika, w tym 40 seniorów."
    )
    assert r["participants_planned"] == 318


# --------------------------------------------------------------------------- amounts: label after, elided currency


def test_label_after_a_copula_counts_fully():
    s = roles.label_scores("", " to kwota grantu.", AMOUNT)
    assert s["eu"] == 2.0  # grant 2, at full weight after "to"
    assert roles.label_scores("", " dotacji, a", AMOUNT)["eu"] == pytest.approx(1.8)


def test_elided_currency_after_z_czego():
    u = unit("Zadanie kosztuje 8,2 mln zł, z czego blisko 7 mln to dotacja unijna.")
    cands = roles.amount_candidates([u], lambda _u: False)
    assert [(c.value, c.rounded) for c in cands] == [
        (Decimal("8200000.00"), True),
        (Decimal("7000000.00"), True),
    ]


def test_no_elided_amount_from_a_count_or_a_share():
    u = unit("Budżet: 400 000 zł, w tym 25 osób, z czego 85% to dotacja.")
    assert [c.value for c in roles.amount_candidates([u], lambda _u: False)] == [
        Decimal("400000.00")
    ]


def test_a_grant_written_as_a_part_without_currency():
    r = rec(
        "Projekt „Dom sąsiedzki” Gminnego Ośrodka Pomocy Społecznej w Kcyni, FEKP 2021-2027.\n\n"
        "Przedsięwzięcie ma kosztować 2,3 mln złotych, z czego 1,9 mln to dotacja unijna."
    )
    assert r["total_cost_pln"] == 2300000.0 and r["total_cost_qualifier"] == "approximately"
    assert r["eu_cofinancing_pln"] == 1900000.0


# --------------------------------------------------------------------------- dates (families dev showed failing)


@pytest.mark.parametrize(
    "sentence, end",
    [
        ("3 marca 2014 r. zakończył się nasz projekt „Nowy start” w Pile.", "2014-03-03"),
        (
            "Dnia 15 października 2012 r. Ośrodek w Pile zakończył realizację projektu.",
            "2012-10-15",
        ),
        ("W grudniu 2013 r. projekt „Nowy start” dobiegł końca.", "2013-12-31"),
    ],
)
def test_a_date_first_then_the_end_verb(sentence, end):
    r = rec("MOPS w Pile, Program Operacyjny Kapitał Ludzki.\n\n" + sentence)
    assert r["end_date"] == end


def test_a_date_first_then_an_unrelated_verb_is_no_end():
    r = rec(
        "MOPS w Pile, Program Operacyjny Kapitał Ludzki.\n\n3 marca 2014 r. zakończył się nabór do klubu."
    )
    assert r["end_date"] is None


def test_years_in_parentheses_after_a_duration():
    r = rec(
        "Przez dwa lata (2016-2017) Ośrodek Pomocy Społecznej w Pile prowadził projekt „Nowy start” "
        "współfinansowany z Europejskiego Funduszu Społecznego."
    )
    assert (r["start_date"], r["end_date"]) == ("2016-01-01", "2017-12-31")


@pytest.mark.parametrize(
    "name, period",
    [
        ("Program Operacyjny Kapital Ludzki", "2007-2013"),
        ("Program Operacyjny Wiedza Edukacja Rozwoj", "2014-2020"),
        ("Sektorowy Program Operacyjny Rozwoj Zasobow Ludzkich", "2004-2006"),
    ],
)
def test_programme_period_of_names_without_diacritics(name, period):
    from integra.extract.rules import programme_period_of

    assert programme_period_of(name) == period


def test_an_english_plan_for_people():
    r = rec(
        "Project „Open Doors” of the Municipal Social Welfare Centre in Piła, European Social Fund, "
        "2019-2021.\n\nThe new day centre will serve meals and care for 45 people at risk of social exclusion."
    )
    assert r["participants_planned"] == 45


def test_inline_labelled_counts():
    text = (
        "Rezultaty: Liczba seniorów objętych usługami: 84 Liczba klubów: 3 "
        "Liczba uczestniczek warsztatów: 40 Rok: 2021"
    )
    assert [(n, label) for n, _a, _b, label in roles.inline_labelled_counts(text)] == [
        (84, "Liczba seniorów objętych usługami"),
        (40, "Liczba uczestniczek warsztatów"),
    ]
    assert roles.inline_labelled_counts("Wartość: 500 Termin: 2021") == []


def test_an_inline_labelled_count_in_results_prose():
    r = rec(
        "Project „Open Doors” of the Municipal Social Welfare Centre in Piła, European Social Fund.\n\n"
        "Results: Number of older persons supported: 96 Number of clubs: 3"
    )
    assert r["participants_planned"] == 96


# --------------------------------------------------------------------------- other projects' money, relative clauses


def test_a_relative_clause_labels_its_figure():
    assert roles.own_words("wniosek o unijną dotację na projekt X, którego budżet to ") == (
        " którego budżet to "
    )


def test_a_name_the_page_repeats_more_than_the_title_is_not_another_project():
    page = "„Nowy start” … „Nowy start” … „Senior+”"
    assert not roles.names_other_project("projekt „Nowy start”", "Senior+", page)
    assert roles.names_other_project("Programu „Senior+”", "Nowy start", page)


def test_a_measure_name_in_quotes_is_no_other_project():
    text = "dotacja 500 000 zł w ramach poddziałania 9.1.2 „Usługi społeczne dla mieszkańców”"
    assert not roles.names_other_project(text, "Nowy start")
    assert roles.names_other_project("300 000 zł w ramach Programu „Maluch+”", "Nowy start")


def test_a_grant_of_another_programme_is_not_the_projects():
    r = rec(
        "Tytuł projektu: Nowy start\nRealizator: Ośrodek Pomocy Społecznej w Pile\n"
        "Program: RPO WW 2014-2020\n\n"
        "Na klub seniora gmina dostała 95 000,00 zł dotacji z ministerstwa w ramach Programu „Senior+”. "
        "Wniosek o unijną dotację na projekt „Nowy start”, którego budżet to 1 400 000,00 zł, "
        "złożono w marcu."
    )
    assert r["eu_cofinancing_pln"] is None
    assert r["total_cost_pln"] == 1400000.0


def test_names_project_spacing_dashes_and_case():
    title = "Razem – aktywni w gminie"
    assert roles.names_project("projekt RAZEM-aktywni w  gminie, koszt", title)
    assert roles.names_project("projekt Razem\u2014aktywni\nw gminie.", title)
    assert roles.names_project("projektRazem–aktywniwgminie", title)  # no space between words
    assert not roles.names_project("projekt Razem aktywni w gminie", title)  # the dash is missing
    assert not roles.names_project("projekt Razem – aktywni w gminie Nowej", title)  # a longer name
    # a first occurrence of a longer name, then the title itself: found
    assert roles.names_project("Razem – aktywni w gminie Nowej; Razem – aktywni w gminie.", title)


def test_names_project_agrees_with_its_pattern_form():
    # the matcher without a compiled pattern gives what the pattern gives, on random texts
    rnd = random.Random(24)
    alphabet = [*"abcąęźŻAZ -–—\u2212 \n\t.,", "Ab", "ZA"]
    for _ in range(20000):
        title = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 6)))
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        if rnd.random() < 0.5:
            k = rnd.randint(0, len(text))
            text = text[:k] + title + text[k:]
        want = roles._names_project_re(text, title) if title.strip() else False
        assert roles.names_project(text, title) == want, (title, text)
