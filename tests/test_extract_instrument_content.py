"""Instruments named by their items rather than by a verb or a heading before them (the seventh
session): a sentence that coordinates two or more form-of-support noun phrases, at least one of
them headed by a noun that names a form of support by itself. Wordings written for these tests,
not copied from any labelled page; each family with its negatives."""

from __future__ import annotations

import pytest

from integra.extract import extract_text
from integra.extract.instruments import content_enumerated_parts, governed_case


def instruments(text: str) -> list[str]:
    return extract_text(text, "content.txt")[0]["instruments"]


@pytest.mark.parametrize(
    "sentence, items",
    [
        (  # a verb no trigger list knows; the items in the accusative (= nominative)
            "Zespół przygotował dla seniorów warsztaty ceramiczne, treningi pamięci i kurs "
            "obsługi smartfona.",
            ["warsztaty ceramiczne", "treningi pamięci", "kurs obsługi smartfona"],
        ),
        (  # the instrumental after a passive verb: the case read from the head noun
            "Mieszkańców osiedla otoczono poradnictwem rodzinnym oraz mediacjami sąsiedzkimi.",
            ["poradnictwo rodzinne", "mediacje sąsiedzkie"],
        ),
        (  # the locative after "na"; a form with its complement and a person after it
            "Młodzi spotykają się na zajęciach sportowych, konsultacjach z psychologiem i "
            "korepetycjach.",
            ["zajęcia sportowe", "konsultacje z psychologiem", "korepetycje"],
        ),
        (  # the genitive after "z"; the adjective shared by a bare noun before it kept whole
            "Panie chętnie korzystały z kursów i szkoleń komputerowych.",
            ["kursy i szkolenia komputerowe"],
        ),
        (  # the dative after "dzięki"
            "Dzięki stażom, coachingowi i doradztwu prawnemu dwie osoby znalazły pracę.",
            ["staże", "coaching", "doradztwo prawne"],
        ),
    ],
)
def test_coordinated_forms_without_a_trigger(sentence: str, items: list[str]) -> None:
    assert content_enumerated_parts(sentence) == items


@pytest.mark.parametrize(
    "sentence",
    [
        # one form only: not an enumeration (a lone mention is the lexicon's business)
        "Uczestnicy ukończyli kurs i odebrali certyfikaty.",
        # forms that name support only with a stronger head beside them: trips and a picnic
        "Na koniec lata zorganizowano wycieczki, piknik i festyn rodzinny.",
        # help of persons only ("pomoc" is a form only with what follows it), no strong head
        "Rodziny otrzymały pomoc psychologa i pedagoga.",
        # a quoted title is not an enumeration
        "Projekt „Kursy, staże i doradztwo dla młodych” prowadzi ośrodek.",
        # a name and a role, not forms of support
        "Centrum Szkoleń i Doradztwa Zawodowego zaprasza instruktor warsztatów.",
        # an act's title
        "Uczestnikami są osoby niepełnosprawne w rozumieniu ustawy z dnia 27 sierpnia 1997 r. "
        "o rehabilitacji zawodowej i społecznej.",
        # a verb inside the first phrase ends it: "Aktywizacja … obejmie …" is no item
        "Aktywizacja zawodowa obejmie osoby bezrobotne i nieaktywne.",
    ],
)
def test_no_enumeration(sentence: str) -> None:
    assert content_enumerated_parts(sentence) == []


def test_a_place_after_a_trip_is_no_item() -> None:
    # "Wieliczki" is also a surname in the analyser: a place is never read as a person
    assert content_enumerated_parts(
        "Seniorów czekają kursy tańca i wyjazdy do Wieliczki, Krakowa i Zakopanego."
    ) == ["kursy tańca", "wyjazdy do Wieliczki"]


@pytest.mark.parametrize(
    "preposition, cases, case",
    [
        ("z", frozenset({"gen"}), "gen"),
        ("na", frozenset({"loc"}), "loc"),
        ("na", frozenset({"nom", "acc"}), "acc"),
        (None, frozenset({"inst"}), "inst"),
        (None, frozenset({"nom", "acc", "gen"}), None),  # nominative possible: left as written
        ("dzięki", frozenset({"dat"}), "dat"),
    ],
)
def test_governed_case(preposition, cases, case) -> None:
    assert governed_case(preposition, cases) == case


def test_whole_record_keeps_list_items_whole() -> None:
    # a bullet item read whole by the list rule is not split again into its parts
    text = (
        "Projekt „Razem po zmianę” realizuje Miejski Ośrodek Pomocy Społecznej w Lesznie.\n\n"
        "Formy wsparcia:\n"
        "• porady prawne, rodzinne i obywatelskie,\n"
        "• trening umiejętności społecznych.\n\n"
        "Ośrodek przygotował też dla uczestników kursy prawa jazdy oraz warsztaty kulinarne."
    )
    assert instruments(text) == [
        "porady prawne, rodzinne i obywatelskie",
        "trening umiejętności społecznych",
        "kursy prawa jazdy",
        "warsztaty kulinarne",
    ]


# --------------------------------------------------------------- a lead-in noun before a colon

HEAD = (
    "Projekt „Nowy start” realizuje Miejski Ośrodek Pomocy Społecznej w Lesznie w latach "
    "2024-2026. Wartość projektu: 1 250 000,00 zł.\n\n"
)


@pytest.mark.parametrize(
    "lead_in, names",
    [
        ("W projekcie zaplanowano następujące formy aktywizacji", True),
        ("Nasza oferta dla seniorów", True),
        ("Uczestnicy otrzymają takie wsparcie jak", True),
        ("Cele szczegółowe projektu", False),  # aims
        ("Grupa docelowa", False),  # people
        ("Koszt działań", False),  # money
        ("Seniorzy z gminy", False),  # no noun of the family
    ],
)
def test_names_support(lead_in: str, names: bool) -> None:
    from integra.extract.instruments import names_support

    assert names_support(lead_in) is names


def test_colon_list_after_a_lead_in_of_the_family() -> None:
    text = (
        HEAD + "W drugim roku przewidziano kolejne propozycje: zajęcia taneczne, warsztaty "
        "florystyczne, spotkania z dietetykiem oraz konsultacje prawne."
    )
    # ("warsztaty", read alone first from the sentence, gives way to the named form, in its place)
    assert instruments(text) == [
        "warsztaty florystyczne",
        "zajęcia taneczne",
        "spotkania z dietetykiem",
        "konsultacje prawne",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # events, not forms of support: fewer than half of the parts are headed by a form
        "Dla mieszkańców zaplanowano działania sąsiedzkie: parady, festyny, jarmark i koncert.",
        # aims after "Cele", whatever their words
        "Cele projektu: szkolenia i staże dla 20 osób.",
    ],
)
def test_colon_lists_that_are_not_support(sentence: str) -> None:
    from integra.extract.instruments import colon_listed_parts

    assert colon_listed_parts(sentence) == []


# ------------------------------------------------- paragraphs opened by a form's name under a heading


def test_named_paragraphs_under_a_support_heading() -> None:
    text = (
        HEAD + "Nasze wsparcie\n\n"
        "Poradnictwo rodzinne – spotkania z terapeutą raz w tygodniu, także wieczorami.\n\n"
        "Warsztaty kulinarne – gotujemy razem w kuchni klubu.\n\n"
        "Asystent rodziny – pomoc w codziennych sprawach domowych."
    )
    assert instruments(text) == ["Poradnictwo rodzinne", "Warsztaty kulinarne", "Asystent rodziny"]


def test_label_lines_are_not_named_paragraphs() -> None:
    text = (
        "Informacje o wsparciu\n"
        "Program – Program Operacyjny Wiedza Edukacja Rozwój\n"
        "Działanie – 2.8 Rozwój usług społecznych\n"
        "Realizator – Gminny Ośrodek Pomocy Społecznej w Rudnie"
    )
    assert instruments(text) == []


def test_task_lines_under_the_project_tasks_heading() -> None:
    text = (
        HEAD + "Zadania projektu:\nZadanie 1. Klub rodzica\nZadanie 2. Poradnictwo psychologiczne\n"
        "Zadanie 3. Mieszkanie treningowe"
    )
    assert instruments(text) == [
        "Klub rodzica",
        "Poradnictwo psychologiczne",
        "Mieszkanie treningowe",
    ]


def test_english_trigger_inside_the_first_part_of_another() -> None:
    from integra.extract.instruments import english_parts

    assert english_parts(
        "Support offered to residents includes job counselling, vocational courses and "
        "paid internships."
    ) == ["job counselling", "vocational courses", "paid internships"]
    # the later trigger reads no list: the earlier one keeps its items
    assert english_parts(
        "Families will be covered by services provided in the town (family therapy, mediation)."
    ) == ["services provided in the town"]


# ------------------------------------------------------------- places a project creates or runs


@pytest.mark.parametrize(
    "sentence, items",
    [
        (  # a name in capitals after the verb of opening
            "W marcu w Lipnie otwarto Dzienny Dom Opieki, a opiekunowie przeszli szkolenia.",
            ["szkolenia", "Dzienny Dom Opieki"],
        ),
        (  # counts dropped, the genitive after a numeral put in the nominative
            "W budynku urządzono i oddano do użytku nowe lokale: powstały tam 2 mieszkania "
            "treningowe i 5 mieszkań wspomaganych.",
            ["mieszkania treningowe", "mieszkania wspomagane"],
        ),
        (  # the verb after the name: "Kluby Rodzica utworzone w ramach projektu"
            "Na festyn przyszli członkowie Klubów Rodzica utworzonych w ramach projektu.",
            ["Kluby Rodzica"],
        ),
    ],
)
def test_created_places(sentence: str, items: list[str]) -> None:
    assert instruments(HEAD + sentence) == items


@pytest.mark.parametrize(
    "sentence",
    [
        "W gminie otwarto nowy dom kultury.",  # another service's place
        "Wkrótce powstanie nowa placówka.",  # nothing names or qualifies it after its head
        "Zajęcia odbywają się w Klubie Seniora przy ulicy Lipowej.",  # no verb of creating
    ],
)
def test_places_that_are_not_created_support(sentence: str) -> None:
    assert instruments(HEAD + sentence) == []


def test_a_named_place_in_an_enumeration_is_its_own_item() -> None:
    # "Szkoły Rodzica" is not the complement of "warsztatów": a place of its own
    assert instruments(
        HEAD + "Mieszkańcy będą mogli skorzystać z warsztatów kompetencji oraz Szkoły Rodzica."
    ) == ["warsztaty kompetencji", "Szkoła Rodzica"]


# ------------------------------------------------------------------ what is never a form of support


@pytest.mark.parametrize(
    "text",
    [
        # an indicator's line counts persons covered by a form; it names no form of the project
        "Wskaźniki:\nLiczba osób objętych usługami opiekuńczymi oraz poradnictwem rodzinnym – 12",
        # a building's works
        "W budynku świetlicy przewidziano prace remontowe: wymianę okien i malowanie ścian.",
        # the project's own meetings, with an adjective before them
        "W maju odbyło się pierwsze spotkanie informacyjne dla kandydatów.",
    ],
)
def test_never_a_form_of_support(text: str) -> None:
    assert instruments(HEAD + text) == []


def test_many_workshops_named_by_adjectives_after_for_example() -> None:
    # "wiele warsztatów, m.in. kulinarne, …": each kind a form; "i wiele innych" is none
    assert instruments(
        HEAD + "Projekt przewiduje wiele warsztatów, m.in. stolarskie, ogrodnicze i taneczne "
        "oraz spotkania z fizjoterapeutą i wiele innych."
    ) == [
        "warsztaty stolarskie",
        "warsztaty ogrodnicze",
        "warsztaty taneczne",
        "spotkania z fizjoterapeutą",
    ]


def test_a_list_of_counted_places_is_read_by_its_items_heads() -> None:
    # no heading word and no activity stem: the items' head lemma (mieszkanie, klub) decides
    text = (
        HEAD + "CO POWSTANIE\n"
        "• 2 mieszkania chronione – jednopokojowe (dla 2 osób)\n"
        "• 1 mieszkanie treningowe – dwupokojowe (dla 3 osób)\n"
        "• 1 klub samopomocy – w budynku dawnej szkoły"
    )
    assert instruments(text) == [
        "2 mieszkania chronione",
        "1 mieszkanie treningowe",
        "1 klub samopomocy",
    ]


def test_an_english_clause_is_no_item() -> None:
    from integra.extract.instruments import english_parts

    assert english_parts("Thanks to workshops and meetings the club is to grow.") == []


@pytest.mark.parametrize(
    "text, items",
    [
        # a public consultation meeting is the project's own running, not a form of support
        ("W czerwcu odbyło się otwarte spotkanie konsultacyjne o planie działań gminy.", []),
        # consultations with a specialist are one
        (
            "W czerwcu odbyły się spotkania konsultacyjne z psychologiem.",
            ["spotkania konsultacyjne z psychologiem"],
        ),
        # a pronoun is no form: "była nią / ona …"
        ("Jej najważniejszą częścią była ona coroczna aktywizacja mieszkańców gminy.", []),
    ],
)
def test_meetings_and_pronouns(text: str, items: list[str]) -> None:
    assert instruments(HEAD + text) == items
