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
