"""Instruments (the sixteenth session): the masculine-personal "objęci" before the forms, short
lines under a heading without a colon, list items that open with a verb, a lexicon entry or a
created place inside an item already read, task lines led by a light head with no heading over
them, and "as well as" before an English item. Every wording is written for these tests, not
copied from a page."""

from __future__ import annotations

import pytest

from integra.extract import extract_bytes, extract_text

HEAD = "Projekt „Przystań” realizuje Ośrodek Pomocy Społecznej w Łasku od marca 2019 r. do lutego 2021 r.\n\n"


def inst(text: str) -> list[str]:
    return extract_text(HEAD + text, "sixteenth.txt")[0]["instruments"]


# --- "objęci" (masculine-personal plural of "objęty"), either order with its auxiliary ---


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Uczestnicy zostaną objęci pracą socjalną oraz kontraktem socjalnym.",
            ["praca socjalna", "kontrakt socjalny"],
        ),
        (
            "Wszyscy podopieczni objęci zostali pracą socjalną i poradnictwem rodzinnym.",
            ["praca socjalna", "poradnictwo rodzinne"],
        ),
        (
            "Bezrobotni mieszkańcy gminy będą objęci także kontraktem socjalnym.",
            ["kontrakt socjalny"],
        ),
        (
            "W 2020 r. uczestnicy byli objęci pracą socjalną.",
            ["praca socjalna"],
        ),
    ],
)
def test_objeci_opens_the_forms(text: str, items: list[str]) -> None:
    assert inst(text) == items


def test_objeci_with_a_count_is_no_form() -> None:
    assert inst("Projektem zostali objęci mieszkańcy trzech sołectw.") == []


# --- short lines, each its own unit, under a heading without a colon ---


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Zakres wsparcia\nIndywidualne poradnictwo psychologiczne\n"
            "Warsztaty umiejętności rodzicielskich\nKursy zawodowe\nStaże zawodowe\n",
            [
                "Indywidualne poradnictwo psychologiczne",
                "Warsztaty umiejętności rodzicielskich",
                "Kursy zawodowe",
                "Staże zawodowe",
            ],
        ),
        (
            "Nasza oferta\n\nporady prawne\n\nterapia indywidualna\n\ngrupy wsparcia\n",
            ["porady prawne", "terapia indywidualna", "grupy wsparcia"],
        ),
        (
            "Formy pomocy w projekcie\nTrening kompetencji społecznych\nDoradztwo zawodowe\n",
            ["Trening kompetencji społecznych", "Doradztwo zawodowe"],
        ),
    ],
)
def test_lines_under_a_heading_without_a_colon(text: str, items: list[str]) -> None:
    assert inst(text) == items


@pytest.mark.parametrize(
    "text",
    [
        # label lines with their values, not forms
        "Dane o wsparciu\nProgram – Fundusze Europejskie dla Łódzkiego\n"
        "Działanie – 7.12 Usługi społeczne\nRealizator – Gminny Ośrodek Pomocy Społecznej w Łasku\n",
        # a heading that names no support over short lines
        "Kontakt\nPoniedziałek – piątek\nul. Polna 3\ntel. 43 675 12 00\n",
        # lines that are not forms of support
        "Zakres wsparcia\nMieszkańcy gminy Łask\nOsoby bezrobotne\nRodziny wielodzietne\n",
    ],
)
def test_lines_that_are_no_forms(text: str) -> None:
    assert inst(text) == []


# --- a list item that opens with a verb: its forms, in the nominative, once ---


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Uczestnicy projektu:\n– wzięli udział w 60-godzinnym kursie komputerowym,\n"
            "– odbyli 3-miesięczne staże,\n– uczestniczyli w spotkaniach z psychologiem.\n",
            ["60-godzinny kurs komputerowy", "3-miesięczne staże", "spotkania z psychologiem"],
        ),
        (
            "W ramach projektu seniorzy:\n- uczestniczyli w warsztatach kulinarnych,\n"
            "- korzystali z zajęć ruchowych,\n- brali udział w wycieczkach krajoznawczych.\n",
            ["warsztaty kulinarne", "zajęcia ruchowe", "wycieczki krajoznawcze"],
        ),
    ],
)
def test_verb_led_list_items(text: str, items: list[str]) -> None:
    assert inst(text) == items


def test_noun_led_list_items_stay_as_written() -> None:
    text = "Formy wsparcia:\n- Praca socjalna,\n- Opracowanie ścieżek reintegracji i kontrakty socjalne.\n"
    assert inst(text) == ["Praca socjalna", "Opracowanie ścieżek reintegracji i kontrakty socjalne"]


# --- a lexicon entry or a created place inside an item already read ---


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Podopieczni mieli możliwość udziału w turnusie rehabilitacyjnym oraz warsztatach "
            "terapii zajęciowej.",
            ["turnus rehabilitacyjny", "warsztaty terapii zajęciowej"],
        ),
        (
            "Rodzice uczestniczyli w zajęciach z terapii rodzinnej i w spotkaniach grupy wsparcia.",
            ["zajęcia z terapii rodzinnej", "spotkania grupy wsparcia"],
        ),
    ],
)
def test_no_second_item_from_inside_an_item(text: str, items: list[str]) -> None:
    assert inst(text) == items


def test_a_lexicon_entry_apart_from_the_items_is_kept() -> None:
    text = (
        "Uczestnicy skorzystali z warsztatów kulinarnych. Prowadzono z nimi także terapię rodzinną."
    )
    assert inst(text) == ["warsztaty kulinarne", "terapia rodzinna"]


# --- task lines led by a light head, with no heading over them ---


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Zadanie 1: Utworzenie i prowadzenie Dziennego Domu Pomocy dla 20 osób.\n"
            "Zadanie 2: Świadczenie usług opiekuńczych w miejscu zamieszkania.\n"
            "Zadanie 3: Wsparcie opiekunów faktycznych.\n",
            [
                "Utworzenie i prowadzenie Dziennego Domu Pomocy dla 20 osób",
                "Świadczenie usług opiekuńczych w miejscu zamieszkania",
                "Wsparcie opiekunów faktycznych",
            ],
        ),
        (
            "Zadanie nr 1 – Prowadzenie Klubu Seniora\nZadanie nr 2 – Organizacja warsztatów "
            "rękodzieła\nZadanie nr 3 – Zarządzanie projektem\n",
            ["Prowadzenie Klubu Seniora", "Organizacja warsztatów rękodzieła"],
        ),
    ],
)
def test_task_lines_led_by_a_light_head(text: str, items: list[str]) -> None:
    assert inst(text) == items


def test_task_lines_of_the_project_running_only() -> None:
    text = (
        "Zadanie 1. Rekrutacja uczestników\nZadanie 2. Zarządzanie projektem\n"
        "Zadanie 3. Promocja projektu\n"
    )
    assert inst(text) == []


def test_benefits_stay_no_form() -> None:
    assert (
        inst("Formy wsparcia:\n- świadczenia rodzinne,\n- świadczenia z pomocy społecznej.\n") == []
    )


# --- English: "as well as" before an item ---


def test_as_well_as_before_an_english_item() -> None:
    text = (
        "The project of the Social Welfare Centre in Łask runs from March 2019 to February 2021 "
        "and is worth PLN 480,000.00. The project provides care services for 30 dependent persons and respite care for "
        "their carers, as well as training for informal carers."
    )
    assert extract_text(text, "en.txt")[0]["instruments"] == [
        "care services",
        "respite care",
        "training for informal carers",
    ]


# --- a numbered list written on one line ("… zadania: 1. A 2. B 3. C") ---


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "W ramach projektu realizowane będą następujące zadania: 1. Praca socjalna "
            "2. Trening kompetencji społecznych 3. Kursy zawodowe 4. Staże u pracodawców.",
            [
                "Praca socjalna",
                "Trening kompetencji społecznych",
                "Kursy zawodowe",
                "Staże u pracodawców",
            ],
        ),
        (
            "Formy wsparcia: 1. Poradnictwo rodzinne 2. Grupa wsparcia dla rodziców 3. Mediacje.",
            ["Poradnictwo rodzinne", "Grupa wsparcia dla rodziców", "Mediacje"],
        ),
    ],
)
def test_one_line_numbered_list(text: str, items: list[str]) -> None:
    assert inst(text) == items


def test_one_line_numbered_list_of_no_forms() -> None:
    text = "Kryteria rekrutacji: 1. Wiek 18-64 lata 2. Zamieszkanie na terenie gminy 3. Bezrobocie."
    assert inst(text) == []


EN_HEAD = (
    "The project of the Social Welfare Centre in Łask runs from March 2019 to February 2021 "
    "and is worth PLN 480,000.00. "
)


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "As part of the project, the following tasks will be carried out: 1. Social activation "
            "of participants 2. Psychological and pedagogical counselling 3. Vocational training "
            "courses 4. Internships with employers.",
            [
                "Social activation of participants",
                "Psychological and pedagogical counselling",
                "Vocational training courses",
                "Internships with employers",
            ],
        ),
        (
            "The project envisages the following forms of support: social work, psychological and "
            "legal counselling, vocational courses.",
            ["social work", "psychological counselling", "legal counselling", "vocational courses"],
        ),
        (
            "The project includes legal advice, integration trips and a summer camp for children.",
            ["legal advice", "integration trips", "summer camp"],
        ),
    ],
)
def test_english_series(text: str, items: list[str]) -> None:
    assert extract_text(EN_HEAD + text, "en.txt")[0]["instruments"] == items


# --- "…, a dla dzieci – zajęcia …": the same verb's objects for another group ---


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Dla rodzin zastępczych zorganizowano szkolenia oraz wsparcie psychologiczne, a dla "
            "dzieci – zajęcia rozwojowe i terapię.",
            ["szkolenia", "wsparcie psychologiczne", "zajęcia rozwojowe", "terapia"],
        ),
        (
            "Rodzicom zaoferowano warsztaty wychowawcze, a dla ich dzieci – zajęcia sportowe.",
            ["warsztaty wychowawcze", "zajęcia sportowe"],
        ),
    ],
)
def test_elided_group_goes_on(text: str, items: list[str]) -> None:
    assert inst(text) == items


def test_elided_group_before_a_place_is_no_form() -> None:
    text = (
        "Dzięki projektowi zorganizowano warsztaty kulinarne, a dla dzieci – Placówkę "
        "Wsparcia Dziennego przy szkole."
    )
    assert inst(text) == ["warsztaty kulinarne"]


def test_catalogue_of_services_heading() -> None:
    text = "Katalog usług:\n- teleopieka,\n- dowóz posiłków,\n- złota rączka.\n"
    assert inst(text) == ["teleopieka", "dowóz posiłków", "złota rączka"]


# --- a stage of the project named by its support ---


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Uczestnicy ukończyli drugi etap projektu, którym był trening umiejętności i "
            "kompetencji społecznych.",
            ["trening umiejętności i kompetencji społecznych"],
        ),
        (
            "Pierwszy etap, jakim było poradnictwo psychologiczne, zakończył się w maju.",
            ["poradnictwo psychologiczne"],
        ),
        (
            "Kolejnym etapem projektu będą staże zawodowe u lokalnych pracodawców.",
            ["staże zawodowe u lokalnych pracodawców"],
        ),
    ],
)
def test_a_stage_named_by_its_support(text: str, items: list[str]) -> None:
    assert inst(text) == items


def test_a_stage_of_recruitment_is_no_form() -> None:
    assert inst("Pierwszym etapem była rekrutacja uczestników.") == []


def test_a_participle_after_a_comma_ends_the_enumeration() -> None:
    text = "Uczestnicy wezmą udział w kursach zawodowych, realizowanych od lipca 2019 r. w Łasku."
    assert inst(text) == ["kursy zawodowe"]


# --- a list head whose sub-items are bare adjectives ---


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Formy wsparcia:\n1. Specjalistyczne poradnictwo rodzinne:\n- pedagogiczne,\n"
            "- prawne,\n- psychologiczne.\n2. Terapia rodzinna.\n3. Grupa wsparcia.\n",
            ["Specjalistyczne poradnictwo rodzinne", "Terapia rodzinna", "Grupa wsparcia"],
        ),
        (
            "Oferujemy:\n- Poradnictwo specjalistyczne:\n- prawne\n- psychologiczne\n- psyc\n",
            ["Poradnictwo specjalistyczne"],
        ),
    ],
)
def test_adjective_sub_items_qualify_their_head(text: str, items: list[str]) -> None:
    assert inst(text) == items


def test_noun_sub_items_stay_items() -> None:
    text = (
        "Formy wsparcia:\n- Aktywizacja społeczna:\n- warsztaty kulinarne,\n"
        "- trening kompetencji społecznych.\n"
    )
    assert inst(text) == ["warsztaty kulinarne", "trening kompetencji społecznych"]


# --- target groups and persons are no forms ---


@pytest.mark.parametrize(
    "text",
    [
        "Wsparciem objęte zostaną:\n• bezrobotni,\n• bierni zawodowo bez kwalifikacji zawodowych,\n"
        "• bezdomni,\n• osoby korzystające z pomocy społecznej.\n",
        "Projekt skierowany jest do rodzin zastępczych\n– mieszkających na terenie powiatu łaskiego.\n",
    ],
)
def test_groups_of_persons_are_no_forms(text: str) -> None:
    assert inst(text) == []


def test_english_count_and_programme_name() -> None:
    text = (
        "Participants will benefit from 12 vocational courses and the Regional Operational "
        "Programme for Łódzkie 2014-2020."
    )
    assert extract_text(EN_HEAD + text, "en.txt")[0]["instruments"] == ["vocational courses"]


# --- a report's form named first, then who took part in it or received it ---


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("W warsztatach kulinarnych wzięło udział 40 osób.", ["warsztaty kulinarne"]),
        ("Pomoc żywnościową otrzymało 170 osób.", ["pomoc żywnościowa"]),
        ("Terapią rodzinną objęto 8 rodzin.", ["terapia rodzinna"]),
        ("Usługami opiekuńczymi objętych zostało 25 osób starszych.", ["usługi opiekuńcze"]),
        (
            "Kursy zawodowe ukończyło 10 uczestników, a staże odbyło 12 osób.",
            ["kursy zawodowe", "staże"],
        ),
        (
            "W treningu kompetencji społecznych uczestniczyło łącznie 18 osób.",
            ["trening kompetencji społecznych"],
        ),
    ],
)
def test_counted_form_first(text: str, items: list[str]) -> None:
    assert inst(text) == items


@pytest.mark.parametrize(
    "text",
    [
        "Pomoc finansową otrzymało aż 26 inicjatyw z regionu.",
        "Wsparciem w projekcie objęto 30 mieszkańców gminy.",
        "W spotkaniu informacyjnym wzięło udział 50 osób.",
    ],
)
def test_counted_first_no_form(text: str) -> None:
    assert inst(text) == []


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("GOPS wydał paczki żywnościowe dla 319 osób.", ["paczki żywnościowe"]),
        ("Pracownicy ośrodka rozdali mieszkańcom paczki żywnościowe.", ["paczki żywnościowe"]),
    ],
)
def test_food_parcels_handed_out(text: str, items: list[str]) -> None:
    assert inst(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Na kursy zawodowe skierowano 10 osób.", ["kursy zawodowe"]),
        (
            "Każdy uczestnik został objęty indywidualnym wsparciem doradcy zawodowego.",
            ["indywidualne wsparcie doradcy zawodowego"],
        ),
    ],
)
def test_more_report_wordings(text: str, items: list[str]) -> None:
    assert inst(text) == items


@pytest.mark.parametrize(
    "text",
    [
        "Nowe zajęcia w świetlicach ruszą 15 kwietnia.",
        "Spotkanie informacyjne odbyło się w sali urzędu.",
        "Rekrutacja uczestników rozpoczęła się w styczniu.",
    ],
)
def test_report_sentences_of_no_form(text: str) -> None:
    assert inst(text) == []


# --- a list item with its count of persons is kept whole ---


def test_list_items_with_counts_of_persons() -> None:
    text = (
        "W ramach projektu zrealizowano:\n• 6 kursów zawodowych dla 48 osób,\n"
        "• warsztaty kompetencji społecznych (40 godzin),\n"
        "• indywidualne poradnictwo psychologiczne dla 30 osób,\n• 3-miesięczne staże dla 20 osób.\n"
    )
    assert inst(text) == [
        "6 kursów zawodowych dla 48 osób",
        "warsztaty kompetencji społecznych (40 godzin)",
        "indywidualne poradnictwo psychologiczne dla 30 osób",
        "3-miesięczne staże dla 20 osób",
    ]


def test_a_list_of_persons_with_counts_stays_out() -> None:
    text = "Uczestnicy projektu:\n- 20 osób bezrobotnych,\n- 10 osób z niepełnosprawnościami.\n"
    assert inst(text) == []


# --- table rows with no header, numbered in their first cell ---

HTML_HEAD = (
    "<html><body><h1>Projekt „Przystań”</h1><p>Projekt realizuje Ośrodek Pomocy Społecznej w "
    "Łasku od marca 2019 r. do lutego 2021 r. Wartość projektu: 480 000,00 zł.</p>"
)


def html_inst(body: str) -> list[str]:
    data = (HTML_HEAD + body + "</body></html>").encode("utf-8")
    return extract_bytes(data, "sixteenth.html")[0]["instruments"]


def test_numbered_rows_of_forms() -> None:
    body = (
        "<h2>Działania</h2><table><tr><td>1.</td><td>Poradnictwo psychologiczne</td>"
        "<td>30 osób</td></tr><tr><td>2.</td><td>Warsztaty kulinarne</td><td>12 osób</td></tr>"
        "<tr><td>3.</td><td>Wyjazd integracyjny</td><td>40 osób</td></tr></table>"
    )
    assert html_inst(body) == [
        "Poradnictwo psychologiczne",
        "Warsztaty kulinarne",
        "Wyjazd integracyjny",
    ]


def test_numbered_rows_of_no_forms() -> None:
    body = (
        "<h2>Harmonogram</h2><table><tr><td>1.</td><td>Nabór wniosków</td><td>marzec</td></tr>"
        "<tr><td>2.</td><td>Ocena formalna</td><td>kwiecień</td></tr></table>"
    )
    assert html_inst(body) == []


# --- a task named in quotes ---


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "W projekcie realizowano zadanie pn. „Usługi opiekuńcze w miejscu zamieszkania” "
            "oraz zadanie „Dzienny Dom Pomocy”.",
            ["Usługi opiekuńcze w miejscu zamieszkania", "Dzienny Dom Pomocy"],
        ),
        (
            'Gmina prowadziła zadanie nr 2 "Klub Seniora w Łasku".',
            ["Klub Seniora w Łasku"],
        ),
    ],
)
def test_task_named_in_quotes(text: str, items: list[str]) -> None:
    assert inst(text) == items


def test_task_in_quotes_that_is_no_form() -> None:
    assert inst("Gmina zrealizowała zadanie pn. „Przebudowa drogi gminnej w Łasku”.") == []


# --- lending of equipment; an English aim names no support, its means do ---


def test_lending_of_equipment() -> None:
    text = "Mieszkańcy mogą skorzystać z wypożyczania sprzętu rehabilitacyjnego oraz z usług opiekuńczych."
    assert inst(text) == ["wypożyczanie sprzętu rehabilitacyjnego", "usługi opiekuńcze"]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Specific objective: enhancing access to quality services, including person-centred "
            "care and healthcare.",
            [],
        ),
        (
            "The goal of the project is to improve access to services, including long-term care.",
            [],
        ),
        (
            "The aim of the project is to activate 40 people through social skills training and "
            "vocational courses.",
            ["social skills training", "vocational courses"],
        ),
        (
            "The aim of the project is to activate 40 people. Participants will take part in "
            "vocational courses and internships.",
            ["vocational courses", "internships"],
        ),
    ],
)
def test_english_aim_and_means(text: str, items: list[str]) -> None:
    assert extract_text(EN_HEAD + text, "en.txt")[0]["instruments"] == items
