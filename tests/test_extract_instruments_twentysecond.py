"""Instruments (the twenty-second session): look-alikes that are no form of support on unseen pages,
as classes of structure and lemma. Every wording is written for these tests, not copied from a page."""

from __future__ import annotations

import pytest

from integra.extract import extract_text
from integra.extract.instruments import counted_question_spans, owned_tasks

HEAD = "Projekt realizuje Ośrodek Pomocy Społecznej w Łasku od marca 2019 r. do lutego 2021 r.\n\n"


def inst(text: str) -> list[str]:
    return extract_text(HEAD + text, "twentysecond.txt")[0]["instruments"]


# ---------------------------------------------------------------- the tasks of a person or a body


@pytest.mark.parametrize(
    "heading",
    [
        "Zadania koordynatora:",
        "Do zadań Ośrodka należy:",
        "Obowiązki asystenta rodziny:",
        "Działania pracowników socjalnych w projekcie:",
        "Zakres zadań personelu:",
    ],
)
def test_a_heading_names_the_tasks_of_a_person_or_a_body(heading: str) -> None:
    assert owned_tasks(heading)


@pytest.mark.parametrize(
    "heading",
    [
        "Zadania projektu:",
        "Zadania realizowane w projekcie:",
        "Zadania uczestników projektu:",  # the persons it is for: theirs to take part in
        "Działania dla seniorów:",
        "W projekcie zaplanowano 3 zadania:",
        "Zadania w ramach projektu:",
    ],
)
def test_a_heading_of_the_projects_tasks_has_no_owner(heading: str) -> None:
    assert not owned_tasks(heading)


@pytest.mark.parametrize(
    "text",
    [
        "Zadania koordynatora:\n- nadzór nad realizacją harmonogramu\n- prowadzenie dokumentacji"
        "\n- kontakt z instytucją pośredniczącą",
        "Do zadań Ośrodka należy:\n- przyznawanie i wypłacanie zasiłków\n- prowadzenie "
        "postępowań administracyjnych\n- sporządzanie sprawozdawczości",
        "Obowiązki asystenta rodziny:\n- opracowanie planu pracy z rodziną\n- prowadzenie "
        "dokumentacji\n- współpraca z sądem i kuratorami",
        "Działania pracowników socjalnych:\n- przeprowadzenie wywiadów środowiskowych\n- zawarcie "
        "kontraktów socjalnych\n- monitorowanie postępów uczestników",
    ],
)
def test_the_list_of_a_persons_or_a_bodys_tasks_names_no_support(text: str) -> None:
    assert inst(text) == []


@pytest.mark.parametrize(
    "text, items",
    [
        (
            "Zadania projektu:\n- warsztaty kompetencji rodzicielskich\n- poradnictwo "
            "psychologiczne",
            ["warsztaty kompetencji rodzicielskich", "poradnictwo psychologiczne"],
        ),
        (  # (a list item is kept as written)
            "Zadania uczestników:\n- udział w treningu umiejętności społecznych\n- udział w "
            "doradztwie zawodowym",
            ["udział w treningu umiejętności społecznych", "udział w doradztwie zawodowym"],
        ),
    ],
)
def test_the_projects_own_task_list_is_still_read(text: str, items: list[str]) -> None:
    assert inst(text) == items


@pytest.mark.parametrize(
    "text",
    [
        "Pierwszeństwo udziału mają:\n- osoby o znacznym stopniu niepełnosprawności\n- osoby "
        "korzystające z programu żywnościowego",
        "Działania informacyjno-promocyjne:\n- ulotki i plakaty\n- artykuły w prasie lokalnej",
        "Zadania promocyjne:\n- ogłoszenia w lokalnej prasie\n- informacja na stronie ośrodka",
    ],
)
def test_priority_criteria_and_promotion_lists_name_no_support(text: str) -> None:
    assert inst(text) == []


# ------------------------------------------------------------------------ a count asked, not given


@pytest.mark.parametrize(
    "text",
    [
        "Omówiono dane z tej edycji (m.in. ile osób ukończyło kursy, szkolenia i staże).",
        "W sprawozdaniu podano, ilu uczestników skorzystało z doradztwa, terapii i warsztatów.",
        "Ankieta pokazała, ile rodzin skorzystało z poradnictwa prawnego i mediacji.",
    ],
)
def test_the_forms_in_a_question_about_a_count_are_no_support(text: str) -> None:
    assert inst(text) == []


@pytest.mark.parametrize(
    "text, items",
    [
        (  # "o ile" is "provided that", no count
            "Uczestnicy skorzystają z kursów zawodowych i staży, o ile zgłoszą się na czas.",
            ["kursy zawodowe", "staże"],
        ),
        (  # the forms before the question stay
            "Uczestnicy skorzystali z warsztatów kulinarnych; sprawdzimy, ile osób podjęło pracę.",
            ["warsztaty kulinarne"],
        ),
    ],
)
def test_forms_outside_a_counted_question_stay(text: str, items: list[str]) -> None:
    assert inst(text) == items


def test_counted_question_spans_end_with_the_clause() -> None:
    text = "Omówiono (ile osób ukończyło kursy) i wyniki."
    ((a, b),) = counted_question_spans(text)
    assert text[a:b] == "ile osób ukończyło kursy"


# ------------------------------------------- a subject before "prowadzą" is no object named first


@pytest.mark.parametrize(
    "text, items",
    [
        (
            "Asystenci rodziny prowadzą dla rodzin warsztaty kulinarne i trening budżetowy.",
            ["warsztaty kulinarne", "trening budżetowy"],
        ),
        (
            "Animatorzy prowadzą warsztaty plastyczne i zajęcia sportowe.",
            ["warsztaty plastyczne", "zajęcia sportowe"],
        ),
        (
            "Terapeuci prowadzą dla rodzin terapię rodzinną i mediacje.",
            ["terapia rodzinna", "mediacje"],
        ),
    ],
)
def test_a_person_before_the_verb_of_running_is_its_subject(text: str, items: list[str]) -> None:
    assert inst(text) == items


@pytest.mark.parametrize(
    "text, items",
    [
        ("Rehabilitację prowadził doświadczony fizjoterapeuta.", ["Rehabilitacja"]),
        ("Porad prawnych udzielał radca prawny.", ["Porady prawne"]),
    ],
)
def test_a_form_named_before_the_verb_of_running_stays(text: str, items: list[str]) -> None:
    assert inst(text) == items


# --------------------------------------------------- a bare head after the same form named in full


@pytest.mark.parametrize(
    "text, items",
    [
        (
            "Uczestnicy wezmą udział w szkoleniu zawodowym. Program szkolenia obejmuje obsługę "
            "kasy fiskalnej i przepisy BHP.",
            ["szkolenie zawodowe"],
        ),
        (
            "Zaplanowano kurs zawodowy dla 10 osób. Kursy odbędą się w siedzibie ośrodka.",
            ["kurs zawodowy"],
        ),
    ],
)
def test_a_bare_head_after_the_named_form_is_the_same_form(text: str, items: list[str]) -> None:
    assert inst(text) == items


# ------------------------------------ a head shared by genitive complements, then by adjectives


@pytest.mark.parametrize(
    "text, items",
    [
        (
            "W świetlicach odbędą się warsztaty robotyki, informatyki, kulinarne i plastyczne.",
            [
                "warsztaty robotyki",
                "warsztaty informatyki",
                "warsztaty kulinarne",
                "warsztaty plastyczne",
            ],
        ),
        (
            "Uczestnicy wezmą udział w warsztatach fotografii, ceramiki, tanecznych i kulinarnych.",
            [
                "warsztaty fotografii",
                "warsztaty ceramiki",
                "warsztaty taneczne",
                "warsztaty kulinarne",
            ],
        ),
        (
            "Odbędą się warsztaty robotyki, informatyki i kulinarne.",
            ["warsztaty robotyki", "warsztaty informatyki", "warsztaty kulinarne"],
        ),
    ],
)
def test_an_adjective_after_genitive_complements_qualifies_the_shared_head(
    text: str, items: list[str]
) -> None:
    assert inst(text) == items


@pytest.mark.parametrize(
    "text, items",
    [
        (  # the adjective of the complement (a genitive, as the complement): one item
            "Zaplanowano treningi budżetowania i wychowawcze.",
            ["treningi budżetowania i wychowawcze"],
        ),
        (
            "Uczestnicy skorzystają z warsztatów autoprezentacji i radzenia sobie ze stresem.",
            ["warsztaty autoprezentacji i radzenia sobie ze stresem"],
        ),
    ],
)
def test_a_complement_series_without_an_adjective_is_as_before(text: str, items: list[str]) -> None:
    assert inst(text) == items


# ------------------------------------------- a stage of the project's running that names nothing


@pytest.mark.parametrize(
    "text",
    [
        "Etapy projektu:\n- rekrutacja uczestników (styczeń)\n- realizacja wsparcia (luty–październik)",
        "Harmonogram:\n- realizacja projektu (2020–2021)\n- rozliczenie projektu (grudzień 2021)",
        "Etapy:\n- realizacja działań (marzec–czerwiec)\n- ewaluacja projektu",
    ],
)
def test_a_stage_that_names_no_form_is_no_support(text: str) -> None:
    assert inst(text) == []


def test_a_stage_that_names_the_form_stays() -> None:
    text = "Zadania projektu:\n- realizacja wsparcia psychologicznego\n- realizacja zajęć dodatkowych dla dzieci"
    assert inst(text) == [
        "realizacja wsparcia psychologicznego",
        "realizacja zajęć dodatkowych dla dzieci",
    ]


# ------------------------------------------------------- a list item that is a sentence of its own


@pytest.mark.parametrize(
    "text",
    [
        "W ramach projektu:\n- zajęcia odbywają się od poniedziałku do piątku\n- klub czynny jest "
        "w godzinach 8–16",
        "Oferta świetlicy:\n- świetlica jest otwarta w dni robocze\n- dzieci mogą przychodzić "
        "po lekcjach",
        "Formy wsparcia:\n- spotkania odbędą się w siedzibie ośrodka\n- terminy zostaną podane później",
    ],
)
def test_a_list_item_with_its_own_subject_and_verb_is_no_name_of_a_form(text: str) -> None:
    assert inst(text) == []


@pytest.mark.parametrize(
    "text, items",
    [
        (  # a quoted name's words are no verb of the item
            "Formy wsparcia:\n- warsztaty „Poznajmy się lepiej”\n- trening kompetencji społecznych",
            ["warsztaty „Poznajmy się lepiej”", "trening kompetencji społecznych"],
        ),
        (  # a verb after a comma belongs to a clause about the form
            "Oferujemy:\n- grupę wsparcia dla rodziców, która spotyka się co miesiąc\n- "
            "poradnictwo prawne",
            ["grupę wsparcia dla rodziców", "poradnictwo prawne"],
        ),
    ],
)
def test_a_list_item_named_as_a_form_stays(text: str, items: list[str]) -> None:
    assert inst(text) == items


# ------------------------------------------------------------- what a participant gains, no form


@pytest.mark.parametrize(
    "text",
    [
        "Co zyskasz?\n- nowe umiejętności\n- pewność siebie\n- szansę na zatrudnienie",
        "Uczestnicy otrzymają:\n- certyfikat ukończenia kursu\n- zaświadczenie o udziale",
        "Co daje udział w projekcie?\n- wiedzę o rynku pracy\n- kwalifikacje zawodowe\n- "
        "motywację do zmiany",
    ],
)
def test_an_item_headed_by_a_gain_or_a_document_is_no_support(text: str) -> None:
    assert inst(text) == []


@pytest.mark.parametrize(
    "text, items",
    [
        (
            "Oferujemy:\n- trening umiejętności wychowawczych\n- warsztaty kompetencji cyfrowych"
            "\n- nowe umiejętności",
            ["trening umiejętności wychowawczych", "warsztaty kompetencji cyfrowych"],
        ),
        (
            "Uczestnicy wezmą udział w treningu umiejętności społecznych i kursie kompetencji "
            "cyfrowych.",
            ["trening umiejętności społecznych", "kurs kompetencji cyfrowych"],
        ),
    ],
)
def test_a_form_with_a_gain_after_its_head_stays(text: str, items: list[str]) -> None:
    assert inst(text) == items


# ------------------------------------- a day or a date before the form, a mode, a target heading


@pytest.mark.parametrize(
    "text, items",
    [
        (
            "Zajęcia w klubie:\n- poniedziałek – gimnastyka\n- środa – warsztaty plastyczne",
            ["gimnastyka", "warsztaty plastyczne"],
        ),
        (
            "Harmonogram wsparcia:\n- 12.04.2022 – warsztaty kulinarne\n- 20.05.2022 r. – "
            "wycieczka do Torunia",
            ["warsztaty kulinarne", "wycieczka do Torunia"],
        ),
        (
            "Formy wsparcia:\n- 10:00–12:00 – trening kompetencji\n- 12:30–14:00 – grupa wsparcia",
            ["trening kompetencji", "grupa wsparcia"],
        ),
    ],
)
def test_a_day_or_a_date_before_a_dash_is_no_part_of_the_form(text: str, items: list[str]) -> None:
    assert inst(text) == items


@pytest.mark.parametrize(
    "text",
    [
        "Usługi świadczone są:\n- w miejscu zamieszkania\n- telefonicznie\n- indywidualnie",
        "Oferta skierowana jest do:\n- seniorów powyżej 60 roku życia\n- osób samotnych",
        "Wsparcie otrzymają:\n- 20 dzieci\n- 15 rodziców\n- 5 opiekunów",
    ],
)
def test_a_mode_a_target_group_or_a_count_is_no_form(text: str) -> None:
    assert inst(text) == []


def test_support_offered_to_a_group_is_still_read() -> None:
    text = "Oferta dla rodzin:\n- poradnictwo rodzinne\n- mediacje rodzinne"
    assert inst(text) == ["poradnictwo rodzinne", "mediacje rodzinne"]


@pytest.mark.parametrize(
    "text, items",
    [
        (
            "W ramach zadania 1:\n- gmina Olszyna – klub seniora\n- gmina Borowo – świetlica dla "
            "dzieci",
            ["klub seniora", "świetlica dla dzieci"],
        ),
        (
            "Miejsca wsparcia:\n- sołectwo Lipki Wielkie – punkt poradnictwa rodzinnego\n- osiedle "
            "Zatorze – klub młodzieżowy",
            ["punkt poradnictwa rodzinnego", "klub młodzieżowy"],
        ),
    ],
)
def test_a_named_place_before_a_dash_is_where_not_what(text: str, items: list[str]) -> None:
    assert inst(text) == items
