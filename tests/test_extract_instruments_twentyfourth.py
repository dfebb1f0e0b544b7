"""Instrument rules of session 24, each written from a class that failed on several real pages
(tests/test_instrument_real_pages.py) and tested here on wordings of our own, with near-misses
it must not take."""

from __future__ import annotations

import pytest

from integra.extract import extract_text

HEAD = "Projekt realizuje Ośrodek Pomocy Społecznej w Łasku od marca 2019 r. do lutego 2021 r.\n\n"


def instruments(text: str) -> list[str]:
    return extract_text(HEAD + text, "p.txt")[0]["instruments"]


# A body named as the one who carried a form out, in the past (data/instrument_words.yaml
# enumeration.acc): "Fundacja zrealizowała Trening umiejętności społecznych" (real pages r01, r02).
@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Stowarzyszenie zorganizowało dla uczestniczek warsztaty florystyczne.",
            ["warsztaty florystyczne"],
        ),
        (
            "W marcu Ośrodek przeprowadził szkolenie z obsługi komputera.",
            ["szkolenie z obsługi komputera"],
        ),
        (
            "Gminny Ośrodek zrealizował kurs pierwszej pomocy dla 12 osób.",
            ["kurs pierwszej pomocy"],
        ),
        ("Spółdzielnia zorganizowała także wycieczkę do Malborka.", ["wycieczka do Malborka"]),
        # near-misses: the project's own running, not a form of support
        ("Ośrodek przeprowadził rekrutację do projektu.", []),
        ("Gmina zrealizowała projekt w latach 2017–2019.", []),
        ("Fundacja zorganizowała konferencję podsumowującą.", []),
    ],
)
def test_body_carried_out_the_form(text: str, want: list[str]) -> None:
    assert instruments(text) == want


# An enumeration named as the support it makes up (enumeration_before): "Rehabilitacja lecznicza,
# … i intensywny kurs języka polskiego – to kompleksowe wsparcie, które …" (real page r32).
@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Doradztwo zawodowe, kursy komputerowe i staże – to wsparcie, na które czekają bezrobotni.",
            ["Doradztwo zawodowe", "kursy komputerowe", "staże"],
        ),
        (
            "Grupa wsparcia i porady prawnika to pomoc, z której skorzystały rodziny.",
            ["Grupa wsparcia", "porady prawnika"],
        ),
        (
            "Warsztaty kulinarne i wyjazdy integracyjne to formy wsparcia dla rodzin.",
            ["Warsztaty kulinarne", "wyjazdy integracyjne"],
        ),
        # near-misses: no form before "to"
        ("Najważniejsze – to wsparcie rodzin.", []),
        ("Projekt to pomoc dla 50 rodzin z terenu gminy.", []),
        ("Celem projektu to wsparcie osób starszych.", []),
    ],
)
def test_enumeration_named_as_the_support(text: str, want: list[str]) -> None:
    assert instruments(text) == want


# A "na …" topic in a series of adjectives sharing one head (topic_conjunct): "kursy językowe,
# komputerowe, na prawo jazdy, zawodowe" (real page r18).
@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Bezrobotni skorzystają z kursów językowych, komputerowych, na prawo jazdy i zawodowych.",
            ["kursy językowe", "kursy komputerowe", "kursy na prawo jazdy", "kursy zawodowe"],
        ),
        (
            "Uczestnicy skorzystają z kursów komputerowych, na wózki widłowe oraz spawalniczych.",
            ["kursy komputerowe", "kursy na wózki widłowe", "kursy spawalnicze"],
        ),
        # near-miss: a place of two words after a preposition is no topic of the head
        (
            "Uczestnicy wzięli udział w wyjazdach integracyjnych i na basen.",
            ["wyjazdy integracyjne"],
        ),
    ],
)
def test_topic_after_adjectives(text: str, want: list[str]) -> None:
    assert instruments(text) == want
