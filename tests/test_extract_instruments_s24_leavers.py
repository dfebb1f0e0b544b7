"""Instrument rules of session 24 from the misses of the dev part rc_zf (young people leaving
foster care: training flats, PCPR projects), tested on wordings of our own with near-misses:

- the present of receiving ("dostają", "otrzymują") introduces the forms of support like
  "dostaną" and "otrzymają"; "w nim" (the project) before the first form is skipped like
  "w projekcie";
- a list item that opens with the noun of covering someone with the services of persons
  ("objęcie uczestników usługami asystenta, psychologa i doradcy zawodowego") is read as prose:
  one service per person named, not the whole item (only before "usługami", "poradami",
  "konsultacjami": the open form, and one with "wsparciem"/"pomocą", each added a held-out extra);
- "(najważniejsze|główne …) zadania|działania|formy wsparcia (projektu) to" opens an enumeration
  of the forms ("Główne działania projektu to kursy zawodowe, staże i doradztwo").
"""

from __future__ import annotations

import pytest

from integra.extract import extract_text
from integra.extract.instruments import enumerated_parts

HEAD = "Projekt realizuje Powiatowe Centrum Pomocy Rodzinie w Kole od marca 2019 r. do lutego 2021 r.\n\n"


def instruments(text: str) -> list[str]:
    return extract_text(HEAD + text, "p.txt")[0]["instruments"]


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Wychowankowie dostają w nim mieszkania treningowe, a także korepetycje i doradztwo zawodowe.",
            ["mieszkania treningowe", "korepetycje", "doradztwo zawodowe"],
        ),
        (
            "Uczestnicy dostają w projekcie kursy językowe, poradnictwo prawne oraz wsparcie psychologa.",
            ["kursy językowe", "poradnictwo prawne", "wsparcie psychologa"],
        ),
        (
            "Rodziny otrzymują w ramach projektu paczki żywnościowe oraz poradnictwo rodzinne.",
            ["paczki żywnościowe", "poradnictwo rodzinne"],
        ),
        (
            "Każdy uczestnik dostaje indywidualne konsultacje z doradcą.",
            ["indywidualne konsultacje z doradcą"],
        ),
        # near-misses: what is received is not support
        ("Dzieci dostają od nas prezenty na święta.", []),
        ("Gmina dostaje dotację z budżetu państwa.", []),
        ("Dostajemy wiele pytań o zasady rekrutacji.", []),
    ],
)
def test_present_of_receiving(text: str, want: list[str]) -> None:
    assert enumerated_parts(text) == want


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "objęcie uczestników usługami asystenta rodziny, psychologa oraz doradcy zawodowego;",
            ["usługi asystenta rodziny", "usługi psychologa", "usługi doradcy zawodowego"],
        ),
        (
            "objęcie rodzin konsultacjami prawnika i mediatora",
            ["konsultacje prawnika", "konsultacje mediatora"],
        ),
        (
            "Objęcie wychowanków usługami pedagoga i terapeuty uzależnień.",
            ["usługi pedagoga", "usługi terapeuty uzależnień"],
        ),
        # near-misses: covering with something that is not support, or the aim of covering
        ("Objęcie patronatem honorowym burmistrza.", []),
        ("Celem jest objęcie opieką 30 dzieci.", []),
    ],
)
def test_covering_noun_reads_the_forms(text: str, want: list[str]) -> None:
    assert enumerated_parts(text) == want


def test_covering_item_in_a_list_is_split() -> None:
    text = (
        "Zadania realizowane w projekcie:\n"
        "- remont mieszkania treningowego;\n"
        "- objęcie uczestników projektu usługami asystenta usamodzielniania, psychologa i doradcy zawodowego;\n"
        "- kursy zawodowe.\n"
    )
    got = instruments(text)
    assert "usługi asystenta usamodzielniania" in got
    assert "usługi psychologa" in got
    assert "usługi doradcy zawodowego" in got
    assert not any(g.lower().startswith("objęcie") for g in got)


# The project's tasks named as what they are (enumeration.nom): "Najważniejsze zadania to
# reintegracja społeczna …, remont … oraz praca socjalna" (dev part rc_zf).
@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Główne działania projektu to kursy zawodowe, staże i doradztwo.",
            ["kursy zawodowe", "staże", "doradztwo"],
        ),
        (
            "Formy wsparcia to poradnictwo psychologiczne i grupa wsparcia.",
            ["poradnictwo psychologiczne", "grupa wsparcia"],
        ),
        (
            "Najważniejsze zadania to trening umiejętności społecznych oraz praca socjalna.",
            ["trening umiejętności społecznych", "praca socjalna"],
        ),
        # near-misses: no form of support named after "to"
        ("Zadania to przede wszystkim obowiązki pracowników.", []),
        ("Najważniejsze działania to te, które przynoszą efekty.", []),
    ],
)
def test_tasks_named_as_what_they_are(text: str, want: list[str]) -> None:
    assert enumerated_parts(text) == want
