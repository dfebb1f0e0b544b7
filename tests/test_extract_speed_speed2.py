"""Session 24 (second speed helper): what a page's new words cost, made cheaper without changing
any output. Each helper is checked against the code it replaced, kept here as the reference."""

from __future__ import annotations

import pytest

from integra.extract import places


def _guesses_before(word: str) -> set[str]:
    """`places._nominative_guesses` as it was: every ending folded again for every word."""
    w = places._fold(word)
    out = {w}
    for ending, bases in places._CASE_ENDINGS:
        if w.endswith(places._fold(ending)) and len(w) > len(ending) + 2:
            stem = w[: -len(ending)]
            out.update(places._fold(stem + b) for b in bases)
    return out


# every ending of the table (with and without Polish letters, in capitals), short words the
# length test refuses, hyphen parts, words with no ending of the table
GUESS_WORDS = [
    "Chełmży",
    "Chelmzy",
    "WĄCHOCKU",
    "Krakowie",
    "Kijewie",
    "Rogowa",
    "Lublinie",
    "Olsztynie",
    "Katowicach",
    "Suwałkach",
    "Gliwicach",
    "Tychach",
    "Kielcami",
    "Poznaniu",
    "Koninie",
    "Bydgoszczy",
    "Gdańsku",
    "Kaliszu",
    "Ostrowcu",
    "Zgierzu",
    "Bielsku",
    "Sopocie",
    "Łodzi",
    "Łódź",
    "Warszawą",
    "Warszawę",
    "Piątków",
    "Rzeszowa",
    "Brzegu",
    "Nysie",
    "Dzierżoniowie",
    "Grudziądze",
    "Bydgoszcz",
    "Opolu",
    "Ełku",
    "Iłży",
    "Pile",
    "Ząbki",
    "u",
    "ku",
    "owie",
    "ach",
    "",
    "Kędzierzyna",
    "Koźlu",
]


@pytest.mark.parametrize("word", GUESS_WORDS)
def test_nominative_guesses_as_before(word: str) -> None:
    assert places._nominative_guesses(word) == _guesses_before(word)


def test_nominative_guesses_real_values() -> None:
    assert places._nominative_guesses("Chelmzy") == {"chelmzy", "chelmza", "chelmz"}
    # "-owie" (Krakow, Krakowo, Krakowa) and "-e" (Krakowia): every ending that fits
    assert places._nominative_guesses("Krakowie") == {
        "krakowie",
        "krakow",
        "krakowo",
        "krakowa",
        "krakowia",
    }
    assert places._nominative_guesses("Iłży") == {"ilzy", "ilza", "ilz"}
    # too short for its ending: only the word itself, folded
    assert places._nominative_guesses("ku") == {"ku"}


def test_folded_endings_keep_the_table() -> None:
    folded = places._folded_endings()
    assert len(folded) == len(places._CASE_ENDINGS)
    for (ending, bases), (f_ending, size, f_bases) in zip(
        places._CASE_ENDINGS, folded, strict=True
    ):
        assert f_ending == places._fold(ending) and size == len(ending) == len(f_ending)
        assert f_bases == tuple(places._fold(b) for b in bases)
