"""Instruments in layouts and grammatical forms that no labelled page showed (the eighth session):
task lines named by their items, sections opened by a form's sub-heading, participation as the
object of another verb, the first person plural past of imperfective verbs. Wordings written for
these tests, not copied from any labelled page; each family with its negatives."""

from __future__ import annotations

from integra.extract import extract_text
from integra.extract.instruments import enumerated_parts

HEAD = (
    "Projekt „Krok dalej” realizuje Gminny Ośrodek Pomocy Społecznej w Lipnicy w latach "
    "2024-2025. Wartość projektu: 640 000,00 zł.\n\n"
)


def instruments(text: str) -> list[str]:
    return extract_text(HEAD + text, "layouts.txt")[0]["instruments"]


# ------------------------------------------------------------------- task lines named by their items


def test_task_lines_under_a_bare_heading_are_read_by_their_items() -> None:
    text = (
        "Zadania:\n"
        "Zadanie 1. Rekrutacja uczestników\n"
        "Zadanie 2. Indywidualne poradnictwo psychologiczne\n"
        "Zadanie 3. Warsztaty kompetencji rodzicielskich\n"
        "Zadanie 4. Kursy zawodowe\n"
        "Zadanie 5. Zarządzanie projektem\n\n"
        "Okres realizacji: 2024-2025."
    )
    # recruitment and management are the project's own running, not forms of support
    assert instruments(text) == [
        "Indywidualne poradnictwo psychologiczne",
        "Warsztaty kompetencji rodzicielskich",
        "Kursy zawodowe",
    ]


def test_task_lines_not_headed_by_forms_are_not_support() -> None:
    text = (
        "Harmonogram:\n"
        "Zadanie 1. Remont budynku świetlicy\n"
        "Zadanie 2. Zakup wyposażenia kuchni\n"
        "Zadanie 3. Szkolenie kadry\n\n"
        "Okres realizacji: 2024-2025."
    )
    # one task of three headed by a form: the run is the building's works, not support
    assert instruments(text) == []


# ------------------------------------------------------------ sections opened by a form's sub-heading


def test_sub_headings_under_a_support_heading_name_the_forms() -> None:
    text = (
        "Działania w projekcie\n\n"
        "Poradnictwo rodzinne\n\n"
        "Rodziny otrzymają bezpłatne porady psychologa i pedagoga w siedzibie ośrodka.\n\n"
        "Szkoła dla rodziców\n\n"
        "Cykl dziesięciu spotkań wzmacniających kompetencje wychowawcze.\n\n"
        "Asystentura rodzinna\n\n"
        "Asystent będzie odwiedzał rodziny w ich domach.\n\n"
        "Uczestnicy\n\n"
        "Wsparciem obejmiemy 30 osób z 10 rodzin."
    )
    # the paragraphs under them describe the form named over them: nothing read from them again;
    # "Uczestnicy" is no form and ends the run
    assert instruments(text) == [
        "Poradnictwo rodzinne",
        "Szkoła dla rodziców",
        "Asystentura rodzinna",
    ]


def test_sub_headings_under_another_heading_are_not_forms() -> None:
    text = (
        "Aktualności\n\n"
        "Spotkanie w urzędzie\n\n"
        "W czwartek burmistrz spotkał się z sołtysami wszystkich wsi gminy.\n\n"
        "Nowy plac zabaw\n\n"
        "Przy szkole powstał plac zabaw dla najmłodszych mieszkańców."
    )
    assert instruments(text) == []


def test_one_sub_heading_alone_is_no_run() -> None:
    text = (
        "Formy wsparcia\n\n"
        "Poradnictwo rodzinne\n\n"
        "Spotkania z terapeutą odbywają się w każdy wtorek po południu w świetlicy.\n\n"
        "Kontakt\n\n"
        "Biuro projektu czynne jest od poniedziałku do piątku w godzinach pracy ośrodka."
    )
    assert "Poradnictwo rodzinne" not in instruments(text)


# ----------------------------------------------------------------- grammatical forms of the triggers


def test_participation_as_the_object_of_another_verb() -> None:
    assert enumerated_parts(
        "Uczestnikom umożliwiono udział w kursach komputerowych, stażach i warsztatach rękodzieła."
    ) == ["kursy komputerowe", "staże", "warsztaty rękodzieła"]
    # participation in the project itself names no form
    assert enumerated_parts("Zapewniono im udział w projekcie i w jego ewaluacji.") == []


def test_first_person_plural_past_of_imperfective_verbs() -> None:
    assert enumerated_parts(
        "Przez cały rok organizowaliśmy zajęcia plastyczne, treningi pamięci i spotkania z "
        "dietetykiem."
    ) == ["zajęcia plastyczne", "treningi pamięci", "spotkania z dietetykiem"]
    assert enumerated_parts(
        "Realizowałyśmy warsztaty kulinarne oraz kurs szycia dla pań z osiedla."
    ) == ["warsztaty kulinarne", "kurs szycia"]


# ----------------------------------------------------------------------- breakdowns in tables


def breakdown(text: str) -> dict[str, int]:
    return extract_text(HEAD + text, "layouts.txt")[0]["participants_planned_breakdown"]


def test_a_sex_split_table_with_a_label_column_and_its_own_total() -> None:
    text = (
        "Liczba uczestników projektu: 45 osób.\n\n"
        "| Uczestnicy | Kobiety | Mężczyźni | Razem |\n"
        "|---|---|---|---|\n"
        "| Liczba osób | 27 | 18 | 45 |\n"
    )
    assert breakdown(text) == {"kobiety": 27, "mężczyźni": 18}


def test_a_sex_split_table_that_does_not_add_up_is_no_breakdown() -> None:
    text = (
        "Liczba uczestników projektu: 45 osób.\n\n"
        "| Uczestnicy | Kobiety | Mężczyźni | Razem |\n"
        "|---|---|---|---|\n"
        "| Liczba osób | 27 | 11 | 40 |\n"
    )
    # neither the stated total nor the table's own "Razem" is their sum
    assert breakdown(text) == {}


# ------------------------------------------------------------------- lists written inline, English


def test_a_list_written_inline_with_letters_or_numbers() -> None:
    from integra.extract.instruments import colon_listed_parts

    assert instruments(
        "Wsparcie w projekcie: a) poradnictwo rodzinne, b) kursy zawodowe, c) staże, "
        "d) pośrednictwo pracy."
    ) == ["poradnictwo rodzinne", "kursy zawodowe", "staże", "pośrednictwo pracy"]
    assert enumerated_parts(
        "Seniorzy skorzystają z: 1) gimnastyki, 2) warsztatów florystycznych, 3) treningu pamięci."
    ) == ["gimnastyka", "warsztaty florystyczne", "trening pamięci"]
    # "1)" inside a sentence that lists no support stays no list
    assert colon_listed_parts("Kontakt: 1) telefonicznie, 2) mailowo, 3) osobiście w biurze.") == []


def test_an_english_verb_with_a_colon_opens_its_list() -> None:
    from integra.extract.instruments import english_parts

    assert english_parts(
        "The project offers: family therapy, parenting workshops and legal advice."
    ) == ["family therapy", "parenting workshops", "legal advice"]
    assert english_parts("The project includes: 40 people from three villages.") == []


def test_list_items_whose_text_is_a_paragraph_inside_the_item() -> None:
    from integra.extract.reading import html_to_text

    html = (
        "<html><body><p>W projekcie zaplanowano:</p><ul><li><p>poradnictwo rodzinne,</p></li>"
        "<li><p>kurs pierwszej pomocy,</p></li><li></li><li><p>staże.</p></li></ul></body></html>"
    )
    text = html_to_text(html)
    assert "- poradnictwo rodzinne," in text and "- kurs pierwszej pomocy," in text
    assert "- staże." in text
    assert instruments(text) == ["poradnictwo rodzinne", "kurs pierwszej pomocy", "staże"]


def test_english_places_a_project_opens_and_attending_support() -> None:
    from integra.extract.instruments import english_created_places, english_parts

    assert english_created_places(
        "Within the project a Family Support Point will be set up and a day care centre for "
        "older people was opened in the former school."
    ) == ["Family Support Point", "day care centre for older people"]
    # an institution's own history is no place the project creates
    assert english_created_places("The welfare centre was established in 1990 by the town.") == []
    assert english_parts(
        "Young people will attend mentoring sessions, cooking workshops and career counselling."
    ) == ["mentoring sessions", "cooking workshops", "career counselling"]


# ------------------------------------------------------- list items: a form before its description


def test_list_items_naming_a_form_before_a_dash_and_its_description() -> None:
    text = (
        "Formy wsparcia:\n"
        "- Mediacje – rozmowy z mediatorem w siedzibie ośrodka\n"
        "- Szkolenia – kursy dobrane do potrzeb rynku pracy\n"
        "- Korepetycje – pomoc w nauce dla dzieci\n\n"
        "Okres realizacji: 2024-2025."
    )
    assert instruments(text) == ["Mediacje", "Szkolenia", "Korepetycje"]
    # a place and its programme before the dash stays no form ("Zatorze – PAL …")
    places = (
        "Działania w dzielnicach:\n- Zatorze – program aktywności lokalnej\n"
        "- Kolejowa – program aktywności lokalnej\n\nOkres realizacji: 2024-2025."
    )
    assert "Zatorze" not in " ".join(instruments(places))


def test_list_items_measured_in_hours_or_with_a_numbered_adjective() -> None:
    text = (
        "W projekcie oferujemy:\n- 30 godzin poradnictwa psychologicznego,\n"
        "- 12 sesji terapii rodzinnej,\n- 6-miesięczny staż.\n\nOkres realizacji: 2024-2025."
    )
    assert instruments(text) == [
        "30 godzin poradnictwa psychologicznego",
        "12 sesji terapii rodzinnej",
        "6-miesięczny staż",
    ]
    # people counted in a list are a group, not a form
    groups = "W projekcie oferujemy:\n- 30 osób bezrobotnych,\n- 12 rodzin.\n\nOkres: 2024-2025."
    assert instruments(groups) == []


def test_a_table_of_groups_by_sex_is_split_by_its_total_row() -> None:
    text = (
        "Liczba uczestników: 50 osób.\n\n"
        "| Grupa | Kobiety | Mężczyźni | Razem |\n|---|---|---|---|\n"
        "| Osoby bezrobotne | 20 | 10 | 30 |\n| Osoby bierne zawodowo | 10 | 10 | 20 |\n"
        "| Razem | 30 | 20 | 50 |\n"
    )
    # the first group's row is not the whole's split
    assert breakdown(text) == {"kobiety": 30, "mężczyźni": 20}


def test_the_nominative_shared_by_a_lemmas_variant_paradigms() -> None:
    assert enumerated_parts("Uczestników objęto pracą socjalną i kontraktami socjalnymi.") == [
        "praca socjalna",
        "kontrakty socjalne",
    ]


def test_support_that_takes_the_form_of_something() -> None:
    assert enumerated_parts(
        "Pomoc będzie miała formę indywidualnych porad prawnych i mediacji rodzinnych."
    ) == ["indywidualne porady prawne", "mediacje rodzinne"]


def test_the_passive_of_giving_support_in_either_order() -> None:
    assert enumerated_parts(
        "W gminnym klubie świadczone będą usługi asystenckie oraz usługi transportowe."
    ) == ["usługi asystenckie", "usługi transportowe"]
    assert enumerated_parts(
        "Dla opiekunów dostępne są konsultacje pielęgniarskie i grupy wsparcia."
    ) == ["konsultacje pielęgniarskie", "grupy wsparcia"]
    # the whole field of social services is no form; a participle after a comma qualifies it
    assert (
        enumerated_parts(
            "W tych miejscach świadczone są usługi społeczne, dla rodzin potrzebujących pomocy."
        )
        == []
    )


def test_help_that_people_can_obtain_where_a_point_works() -> None:
    assert enumerated_parts(
        "W remizie działa punkt porad, gdzie można uzyskać bezpłatną pomoc prawnika i mediatora."
    ) == ["bezpłatna pomoc prawnika", "bezpłatna pomoc mediatora"]


def test_a_table_of_tasks_whose_first_column_names_forms() -> None:
    text = (
        "| Działanie | Opis |\n|---|---|\n| Terapia rodzinna | 10 spotkań z terapeutą |\n"
        "| Warsztaty kulinarne | raz w tygodniu |\n| Kurs pierwszej pomocy | 16 godzin |\n"
    )
    assert instruments(text) == ["Terapia rodzinna", "Warsztaty kulinarne", "Kurs pierwszej pomocy"]
    # tasks that are the project's running or works, not forms
    works = (
        "| Zadanie | Termin |\n|---|---|\n| Remont świetlicy | 2024 |\n| Zakup wyposażenia | 2024 |\n"
        "| Promocja projektu | 2025 |\n"
    )
    assert instruments(works) == []


# ----------------------- written after reading rc_n (no longer a validation part for these)


def test_a_head_shared_by_a_series_of_adjectives_after_its_complement() -> None:
    assert enumerated_parts(
        "Mieszkańcy wezmą udział m.in. w warsztatach ceramiki, fotograficznych i florystycznych."
    ) == ["warsztaty ceramiki", "warsztaty fotograficzne", "warsztaty florystyczne"]
    # an adjective that does not agree with the head is no form of the series
    assert "usługi zawodowym" not in enumerated_parts(
        "W ofercie znalazły się usługi o charakterze edukacyjnym, społecznym i zawodowym."
    )


def test_the_infinitive_of_offering_after_a_modal() -> None:
    assert enumerated_parts(
        "Świetlica ma oferować zajęcia plastyczne, muzyczne i ruchowe oraz poradnictwo rodzinne."
    ) == ["zajęcia plastyczne", "zajęcia muzyczne", "zajęcia ruchowe", "poradnictwo rodzinne"]
