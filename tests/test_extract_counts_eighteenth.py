"""Participant breakdowns and programme periods read since the eighteenth session, each on wordings
written for this test (not copied from any labelled page). Groups stated as the plan with no total
are the plan's parts (settled convention: the parts in the breakdown, the total null):

- groups named first with their bare counts after a plan's cue or a target-group word, with no
  total ("Planowana liczba uczestników: dzieci – 40, rodzice – 25", "Uczestnikami będą osoby
  niesamodzielne (25) i ich opiekunowie (10)"), when every label names people;
- a comma list of groups whose first group has an age range after its noun ("30 dzieci w wieku
  6-12 lat, 20 rodziców");
- two groups each named by a service in the instrumental before its count ("Usługami
  opiekuńczymi zostanie objętych 35 osób, a usługami asystenckimi 15 osób");
- two groups in one sentence whose plan verb stands after the first count ("60 osób otrzyma
  wsparcie …, a 20 osób – …"): both groups, not the second as the total;
- a further group added in the next sentence and counted in parentheses after its name ("…
  objęci także ich opiekunowie faktyczni (15 osób)");
- a 2021-2027 programme named in another case than the nominative ("w ramach Funduszy
  Europejskich dla Łódzkiego") or as "FEdP": its period.

Negatives: labels that are not people, a report of who took part, two different splits, a
programme named without one, a lone count."""

from __future__ import annotations

import pytest

from integra.extract import extract_text

HEAD = (
    "Gminny Ośrodek Pomocy Społecznej w Jaworzynie Małej realizuje projekt „Wspólna droga” "
    "współfinansowany ze środków Europejskiego Funduszu Społecznego w ramach Regionalnego "
    "Programu Operacyjnego na lata 2014-2020. Wartość projektu: 318 250,00 zł.\n"
)


def planned_and_parts(body: str) -> tuple:
    r = extract_text(HEAD + body + "\n", "counts18.txt")[0]
    breakdown = r["participants_planned_breakdown"] or {}
    return r["participants_planned"], sorted(breakdown.values())


def breakdown_of(body: str) -> dict:
    return extract_text(HEAD + body + "\n", "counts18.txt")[0]["participants_planned_breakdown"]


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        ("Planowana liczba uczestników: dzieci – 40, rodzice – 25.", [25, 40]),
        ("Uczestnikami będą osoby niesamodzielne (25) i ich opiekunowie (10).", [10, 25]),
        ("Grupa docelowa: seniorzy – 18, opiekunowie nieformalni – 9.", [9, 18]),
        ("Projekt skierowany jest do: młodzież – 14, rodzice – 12, wychowawcy – 6.", [6, 12, 14]),
    ],
)
def test_groups_named_first_with_counts_and_no_total_are_the_parts(body, parts):
    assert planned_and_parts(body) == (None, parts)


def test_a_possessive_is_no_part_of_a_group_label():
    assert breakdown_of("Uczestnikami będą osoby niesamodzielne (25) i ich opiekunowie (10).") == {
        "osoby niesamodzielne": 25,
        "opiekunowie": 10,
    }


@pytest.mark.parametrize(
    "body",
    [
        # not people
        "Planowane działania: szkolenia – 5, warsztaty – 10.",
        "Planowane terminy: styczeń – 12, luty – 14.",
        # a report of who took part
        "W projekcie udział wzięli: osoby bezrobotne – 20, osoby niepełnosprawne – 15.",
        # two different splits: no guess
        "Grupa docelowa: osoby niesamodzielne – 20, opiekunowie – 8.\n"
        "Planowana liczba uczestników: osoby niesamodzielne – 25, opiekunowie – 10.",
        # groups without counts
        "Grupa docelowa: osoby starsze (60+) oraz ich opiekunowie.",
    ],
)
def test_no_breakdown_from_label_first_counts_that_are_not_the_plans_groups(body):
    assert planned_and_parts(body) == (None, [])


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        ("Grupa docelowa: 30 dzieci w wieku 6-12 lat, 20 rodziców.", [20, 30]),
        ("Uczestnicy: 24 osoby w wieku 15–25 lat, 11 opiekunów prawnych.", [11, 24]),
        ("Grupa docelowa: 16 seniorów w wieku 65 - 80 lat, 8 opiekunów.", [8, 16]),
    ],
)
def test_an_age_range_after_the_first_group_keeps_the_comma_list(body, parts):
    assert planned_and_parts(body) == (None, parts)


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        (
            "Usługami opiekuńczymi zostanie objętych 35 osób, a usługami asystenckimi 15 osób.",
            [15, 35],
        ),
        (
            "Poradnictwem prawnym zostanie objętych 22 osoby, a poradnictwem psychologicznym 18 osób.",
            [18, 22],
        ),
        (
            "Zajęciami sportowymi objętych zostanie 40 dzieci, a zajęciami plastycznymi 25 dzieci.",
            [25, 40],
        ),
    ],
)
def test_services_named_in_the_instrumental_before_each_count_are_groups(body, parts):
    assert planned_and_parts(body) == (None, parts)


def test_the_same_service_twice_is_not_two_groups():
    # the same front twice does not tell the counts apart
    _planned, parts = planned_and_parts(
        "Usługami opiekuńczymi zostanie objętych 35 osób, a usługami opiekuńczymi 15 osób."
    )
    assert parts == []


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        (
            "W ramach projektu 60 osób otrzyma wsparcie w formie usług opiekuńczych, a 20 osób – "
            "usług asystenckich.",
            [20, 60],
        ),
        (
            "W projekcie 30 seniorów otrzyma pomoc w formie usług opiekuńczych, a 12 opiekunów – "
            "wsparcie psychologiczne.",
            [12, 30],
        ),
        (
            "Dzięki projektowi 18 osób otrzyma wsparcie w mieszkaniu treningowym, a 6 osób w "
            "mieszkaniu wspieranym.",
            [6, 18],
        ),
    ],
)
def test_a_plan_verb_after_the_first_group_does_not_make_the_second_the_total(body, parts):
    assert planned_and_parts(body) == (None, parts)


def test_a_lone_count_after_the_verb_stays_the_total():
    assert planned_and_parts("W ramach projektu wsparcie otrzyma 45 osób.") == (45, [])


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        (
            "W projekcie weźmie udział 40 osób niesamodzielnych. Wsparciem zostaną objęci także "
            "ich opiekunowie faktyczni (15 osób).",
            [15, 40],
        ),
        (
            "Projekt obejmie 28 dzieci z rodzin zastępczych. Wsparcie otrzymają również ich "
            "rodzice zastępczy (14 osób).",
            [14, 28],
        ),
        (
            "Usługami zostanie objętych 22 seniorów. Wsparcie otrzymają też opiekunowie "
            "nieformalni (9 osób).",
            [9, 22],
        ),
    ],
)
def test_a_further_group_counted_in_parentheses_in_the_next_sentence(body, parts):
    assert planned_and_parts(body) == (None, parts)


def test_a_further_group_in_parentheses_keeps_its_name():
    assert breakdown_of(
        "W projekcie weźmie udział 40 osób niesamodzielnych. Wsparciem zostaną objęci także "
        "ich opiekunowie faktyczni (15 osób)."
    ) == {"osób niesamodzielnych": 40, "opiekunowie faktyczni": 15}


def test_a_bare_total_then_a_part_in_parentheses_keeps_the_total():
    # after a bare "40 osób" the next sentence may name a part of the 40
    assert planned_and_parts(
        "W projekcie weźmie udział 40 osób. Wsparciem zostaną objęci także ich opiekunowie (15 osób)."
    ) == (40, [])


PROG_HEAD = "Miejski Ośrodek Pomocy Społecznej w Dębnie Górnym realizuje projekt „Nowy start”.\n"


def period_of(body: str) -> tuple:
    r = extract_text(PROG_HEAD + body + "\n", "prog18.txt")[0]
    return r["programme"], r["programme_period"]


@pytest.mark.parametrize(
    ("body", "programme"),
    [
        (
            "Projekt realizowany w ramach Funduszy Europejskich dla Łódzkiego 2021-2027.",
            "Fundusze Europejskie dla Łódzkiego 2021-2027",
        ),
        (
            "Projekt dofinansowany ze środków Funduszy Europejskich dla Małopolski.",
            "Fundusze Europejskie dla Małopolski",
        ),
        (
            "Wsparcie jest możliwe dzięki Funduszom Europejskim dla Podlaskiego.",
            "Fundusze Europejskie dla Podlaskiego",
        ),
        (
            "Projekt finansowany jest w Funduszach Europejskich dla Lubuskiego 2021-2027.",
            "Fundusze Europejskie dla Lubuskiego 2021-2027",
        ),
    ],
)
def test_a_2021_2027_programme_in_another_case_gives_its_period(body, programme):
    assert period_of(body) == (programme, "2021-2027")


@pytest.mark.parametrize(
    "body",
    [
        "Projekt finansowany w ramach FEdP, Działanie 5.12.",
        "Projekt współfinansowany z EFS+ w ramach FEdP 2021-2027.",
        "Projekt realizowany w ramach programu FEdP.",
    ],
)
def test_fedp_is_the_2021_2027_pomeranian_programme(body):
    assert period_of(body) == ("FEdP", "2021-2027")


@pytest.mark.parametrize(
    "body",
    [
        # the food aid named in another case is left to the food aid's own rule
        "Paczki wydawane są w ramach Funduszy Europejskich na Pomoc Żywnościową.",
        # European funds without a programme's name
        "Projekt współfinansowany ze środków Funduszy Europejskich.",
        "Środki pochodzą z funduszy europejskich dla gmin wiejskich.",
    ],
)
def test_no_programme_from_european_funds_that_name_none(body):
    assert period_of(body) == (None, None)


@pytest.mark.parametrize(
    ("body", "groups"),
    [
        (
            "Działaniami projektu zostaną objęte rodziny wielodzietne (12 rodzin) oraz dzieci z "
            "tych rodzin (30 dzieci).",
            {"rodziny wielodzietne": 12, "dzieci z tych rodzin": 30},
        ),
        (
            "Wsparciem objęte zostaną osoby bezdomne (14 osób) oraz rodziny zagrożone eksmisją "
            "(6 rodzin).",
            {"osoby bezdomne": 14, "rodziny zagrożone eksmisją": 6},
        ),
        (
            "Uczestnikami będą opiekunowie zastępczy (9 opiekunów) i ich wychowankowie (16 dzieci).",
            {"opiekunowie zastępczy": 9, "ich wychowankowie": 16},
        ),
    ],
)
def test_groups_each_counted_in_parentheses_with_their_own_noun(body, groups):
    assert breakdown_of(body) == groups
    assert planned_and_parts(body)[0] is None


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        (
            "Do projektu zostanie zakwalifikowanych 36 dzieci i młodzieży z rodzin z problemami "
            "opiekuńczo-wychowawczymi oraz ich rodziny (14 rodzin).",
            [14, 36],
        ),
        (
            "Wsparcie obejmie 20 seniorów z terenu gminy wiejskiej wymagających codziennej pomocy oraz ich "
            "opiekunów (8 osób).",
            [8, 20],
        ),
    ],
)
def test_a_second_group_counted_in_parentheses_after_a_long_first_label(body, parts):
    assert planned_and_parts(body) == (None, parts)


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        (
            "Planowana liczba dzieci objętych wsparciem: 30.\n"
            "Planowana liczba rodziców objętych wsparciem: 20.",
            [20, 30],
        ),
        (
            "Liczba dzieci objętych wsparciem – 30\nLiczba rodziców objętych wsparciem – 20",
            [20, 30],
        ),
        ("Liczba osób zagrożonych wykluczeniem | 80\nLiczba osób z otoczenia | 40", [40, 80]),
        (
            "Liczba seniorów | 24\nLiczba opiekunów faktycznych | 12\nLiczba wolontariuszy | 6",
            [6, 12, 24],
        ),
    ],
)
def test_groups_counted_on_lines_of_their_own_with_no_total_are_the_parts(body, parts):
    assert planned_and_parts(body) == (None, parts)


@pytest.mark.parametrize(
    "body",
    [
        # a subset beside the whole: same generic noun
        "Liczba osób objętych wsparciem | 60\nLiczba osób z niepełnosprawnościami objętych wsparciem | 8",
        # the sexes are read by their own rules, never as these lines' groups
        "Liczba uczestników | 20\nLiczba kobiet | 12",
        # results, not the plan's groups
        "Liczba osób, które podjęły pracę | 12\nLiczba dzieci, które ukończyły kurs | 10",
        # not people
        "Liczba szkoleń | 12\nLiczba warsztatów | 8",
    ],
)
def test_no_groups_from_count_lines_that_are_a_subset_a_result_or_not_people(body):
    assert planned_and_parts(body)[1] == []


@pytest.mark.parametrize(
    ("body", "groups"),
    [
        ("Projekt obejmie 34 osoby (16 kob., 18 męż.).", {"kobiety": 16, "mężczyźni": 18}),
        ("Projekt obejmie 25 osób (kob. – 15, mężcz. – 10).", {"kobiety": 15, "mężczyźni": 10}),
        ("W projekcie weźmie udział 12 osób: 7 kob. i 5 mężcz.", {"kobiety": 7, "mężczyźni": 5}),
    ],
)
def test_abbreviated_women_and_men_split_the_total(body, groups):
    assert breakdown_of(body) == groups


@pytest.mark.parametrize(
    ("body", "planned"),
    [
        (
            "W 2020 roku wsparciem zostanie objętych 20 osób, a w całym okresie realizacji 60 osób.",
            60,
        ),
        ("W pierwszym roku projekt obejmie 15 osób, a w całym projekcie 45 osób.", 45),
        (
            "W bieżącym roku wsparcie otrzyma 18 rodzin, a przez cały okres realizacji projektu "
            "40 rodzin.",
            40,
        ),
    ],
)
def test_the_whole_periods_count_is_the_total_not_a_group(body, planned):
    assert planned_and_parts(body) == (planned, [])


@pytest.mark.parametrize(
    "body",
    [
        "Rekrutacja trwa do końca września. Do pierwszej grupy przyjmiemy 10 osób.",
        "Do drugiej grupy zakwalifikowanych zostanie 12 uczestników.",
        "W pierwszej grupie zajęcia rozpocznie 8 osób.",
    ],
)
def test_one_groups_intake_is_not_the_plan(body):
    assert planned_and_parts(body)[0] is None


@pytest.mark.parametrize(
    "body",
    [
        "Projekt przewiduje zatrudnienie 4 opiekunek środowiskowych.",
        "W ramach projektu zatrudnimy 2 asystentów rodziny.",
        "Na potrzeby projektu zatrudnionych zostanie 3 specjalistów pracy socjalnej.",
    ],
)
def test_staff_the_project_hires_are_not_its_participants(body):
    assert planned_and_parts(body)[0] is None


@pytest.mark.parametrize(
    ("body", "planned"),
    [
        (
            "Projekt przewiduje zatrudnienie 20 osób bezrobotnych w ramach prac społecznie użytecznych.",
            20,
        ),
        ("Wsparciem zostanie objętych 15 opiekunów faktycznych osób niesamodzielnych.", 15),
        ("Zatrudnimy 2 asystentów, a wsparcie otrzyma 30 rodzin.", 30),
    ],
)
def test_participants_beside_hiring_words_stay(body, planned):
    assert planned_and_parts(body)[0] == planned


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        ("Wsparcie otrzymają:\n- 30 dzieci,\n- 20 rodziców.", [20, 30]),
        ("Projekt obejmie:\n1) 40 seniorów,\n2) 15 opiekunów nieformalnych.", [15, 40]),
        (
            "Odbiorcami wsparcia będą:\n- dzieci i młodzież (50 osób),\n- rodzice i opiekunowie "
            "(30 osób).",
            [30, 50],
        ),
        (
            "Kto może wziąć udział w projekcie?\n- osoby niesamodzielne (30 osób)\n- ich opiekunowie "
            "(10 osób)",
            [10, 30],
        ),
        ("Adresatami projektu są:\n- 18 seniorów,\n- 6 wolontariuszy.", [6, 18]),
    ],
)
def test_a_list_of_groups_under_a_plain_intro_line_is_the_parts(body, parts):
    assert planned_and_parts(body) == (None, parts)


@pytest.mark.parametrize(
    "body",
    [
        # items that are not all counts of people
        "Projekt obejmie:\n- 30 godzin doradztwa,\n- 20 godzin warsztatów.",
        "Wsparcie otrzymają:\n- osoby niesamodzielne,\n- ich opiekunowie.",
        # a report of who took part
        "Wsparcie otrzymali:\n- 30 dzieci,\n- 20 rodziców.",
    ],
)
def test_no_groups_from_an_intro_line_whose_items_are_not_planned_people(body):
    assert planned_and_parts(body)[1] == []


@pytest.mark.parametrize(
    ("body", "groups"),
    [
        (
            "Projekt skierowany jest do 30 osób niesamodzielnych.\nProjekt przewiduje także "
            "wsparcie dla opiekunów faktycznych – 10 osób.",
            {"osób niesamodzielnych": 30, "opiekunów faktycznych": 10},
        ),
        (
            "Wsparcie obejmie 24 dzieci z rodzin zastępczych.\nPrzewidziano również zajęcia dla "
            "rodziców zastępczych – 12 osób.",
            {"rodziców zastępczych": 12},
        ),
    ],
)
def test_a_further_group_counted_after_a_dash_in_the_next_sentence(body, groups):
    found = breakdown_of(body)
    assert planned_and_parts(body)[0] is None
    assert len(found) == 2
    assert all(found.get(label) == n for label, n in groups.items())


AMOUNT_HEAD = (
    "Miejski Ośrodek Pomocy Społecznej w Dębnie Górnym realizuje projekt „Nowy start” w ramach "
    "Regionalnego Programu Operacyjnego na lata 2014-2020.\n"
)


def amounts_of(body: str) -> tuple:
    r = extract_text(AMOUNT_HEAD + body + "\n", "amounts18.txt")[0]
    return r["total_cost_pln"], r["eu_cofinancing_pln"], r["own_contribution_pln"]


@pytest.mark.parametrize(
    ("body", "amounts"),
    [
        (
            "Budżet projektu to 400 000 zł, z czego 340 000 zł pochodzi z Europejskiego Funduszu "
            "Społecznego.",
            (400000.0, 340000.0, None),
        ),
        (
            "Wartość projektu wynosi 250 000 zł, z czego 212 500 zł zostanie pokryte ze środków "
            "unijnych.",
            (250000.0, 212500.0, None),
        ),
        (
            "Projekt kosztuje 600 000 zł, w tym 510 000 zł pochodzi z Unii Europejskiej.",
            (600000.0, 510000.0, None),
        ),
        (
            "Koszt projektu to 120 000 zł, z czego 6 000 zł stanowi wkład własny.",
            (120000.0, None, 6000.0),
        ),
    ],
)
def test_a_part_of_the_total_said_to_come_from_eu_funds_is_the_co_financing(body, amounts):
    assert amounts_of(body) == amounts


@pytest.mark.parametrize(
    "body",
    [
        "Budżet projektu to 400 000 zł, z czego 120 000 zł przeznaczono na szkolenia.",
        "Budżet projektu to 400 000 zł, z czego 40 000 zł pochodzi z budżetu państwa.",
    ],
)
def test_a_part_of_the_total_spent_on_something_or_from_the_state_is_no_co_financing(body):
    assert amounts_of(body)[1] is None


@pytest.mark.parametrize(
    "body",
    [
        "Z usług punktu konsultacyjnego może skorzystać każdy z 25 000 mieszkańców miasta.",
        "Z porad prawnych może skorzystać każdy z około 8 000 mieszkańców gminy.",
        "Każda z 40 rodzin objętych pomocą ośrodka może zgłosić się po informacje.",
    ],
)
def test_everyone_of_a_population_is_not_the_plan(body):
    assert planned_and_parts(body)[0] is None


def test_a_planned_count_beside_everyone_of_a_population_stays():
    assert (
        planned_and_parts(
            "Wsparciem zostanie objętych 30 osób, choć z punktu może skorzystać każdy z 25 000 "
            "mieszkańców."
        )[0]
        == 30
    )


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        ("Projekt obejmie 40 osób: w 2019 r. – 20 osób, w 2020 r. – 20 osób.", [20, 20]),
        (
            "Wsparciem zostanie objętych 36 osób: w 2021 r. – 16 osób, w 2022 r. – 20 osób.",
            [16, 20],
        ),
        ("Projekt obejmie 30 osób: w m. Lipowa – 18 osób, w m. Górka – 12 osób.", [12, 18]),
    ],
)
def test_a_one_letter_abbreviation_ends_no_groups_label(body, parts):
    planned, found = planned_and_parts(body)
    assert found == parts
    assert planned == sum(parts)


def test_groups_named_after_it_will_be_lose_those_words():
    assert breakdown_of("Uczestnikami będą osoby niesamodzielne (25) i ich opiekunowie (10).") == {
        "osoby niesamodzielne": 25,
        "opiekunowie": 10,
    }


# Lead: a group's label keeps its noun whole when the count's pattern stops inside the word
# ("24 osob|y"): the label read "osob y zagrożone" before.
@pytest.mark.parametrize(
    ("sentence", "breakdown"),
    [
        (
            "Planowana liczba uczestników: 24 osoby zagrożone wykluczeniem i 10 dzieci.",
            {"osoby zagrożone wykluczeniem": 24, "dzieci": 10},
        ),
        (
            "Wsparcie otrzyma 24 osoby bezdomne i 10 osób uzależnionych.",
            {"osoby bezdomne": 24, "osób uzależnionych": 10},
        ),
        ("Planowana liczba uczestników: 24 osoby i 10 dzieci.", {"osoby": 24, "dzieci": 10}),
    ],
)
def test_lead_group_label_keeps_its_noun_whole(sentence, breakdown):
    text = "Projekt „Razem” realizuje Gminny Ośrodek Pomocy Społecznej w Kcyni. " + sentence
    r = extract_text(text, "label.txt")[0]
    assert r["participants_planned"] is None
    assert r["participants_planned_breakdown"] == breakdown


# Lead: groups joined by "+" with no total are the planned participants' parts, not a total and
# its first addend (the first count was taken as the plan before).
@pytest.mark.parametrize(
    ("sentence", "planned", "breakdown"),
    [
        ("Uczestnicy: 30 dzieci + 15 rodziców.", None, {"dzieci": 30, "rodziców": 15}),
        (
            "Planowana liczba uczestników: 24 kobiety + 16 mężczyzn.",
            None,
            {"kobiety": 24, "mężczyźni": 16},
        ),
        (
            "Planowana liczba uczestników: 24 osoby zagrożone wykluczeniem + 10 dzieci.",
            None,
            {"osoby zagrożone wykluczeniem": 24, "dzieci": 10},
        ),
        (
            "W projekcie weźmie udział 40 osób (24 K + 16 M).",
            40,
            {"kobiety": 24, "mężczyźni": 16},
        ),
    ],
)
def test_lead_groups_joined_by_plus(sentence, planned, breakdown):
    text = "Projekt „Razem” realizuje Gminny Ośrodek Pomocy Społecznej w Kcyni. " + sentence
    r = extract_text(text, "plus.txt")[0]
    assert r["participants_planned"] == planned
    assert r["participants_planned_breakdown"] == breakdown


def test_lead_plus_without_a_second_count_keeps_the_plan():
    text = (
        "Projekt „Razem” realizuje Gminny Ośrodek Pomocy Społecznej w Kcyni. "
        "W projekcie weźmie udział 30 osób + ich opiekunowie."
    )
    r = extract_text(text, "plus.txt")[0]
    assert r["participants_planned"] == 30
    assert r["participants_planned_breakdown"] == {}


# Lead: a group's label keeps "z"/"ze" with the word it governs (it is what tells two groups of
# the same noun apart); a place or a pronoun's noun alike. The label read "osób" before.
@pytest.mark.parametrize(
    ("sentence", "breakdown"),
    [
        (
            "Wsparcie otrzyma 20 osób z niepełnosprawnościami i 8 osób z ich otoczenia.",
            {"osób z niepełnosprawnościami": 20, "osób z ich otoczenia": 8},
        ),
        (
            "Planowana liczba uczestników: 24 osoby zagrożone wykluczeniem + 10 osób z otoczenia.",
            {"osoby zagrożone wykluczeniem": 24, "osób z otoczenia": 10},
        ),
        (
            "Wsparcie otrzyma 20 osób z Torunia oraz 10 osób z Chełmży.",
            {"osób z Torunia": 20, "osób z Chełmży": 10},
        ),
    ],
)
def test_lead_group_label_keeps_z_and_its_word(sentence, breakdown):
    text = "Projekt „Razem” realizuje Gminny Ośrodek Pomocy Społecznej w Kcyni. " + sentence
    assert extract_text(text, "labelz.txt")[0]["participants_planned_breakdown"] == breakdown
