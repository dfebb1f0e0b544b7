"""Nineteenth session, titles and cities on unseen pages: wordings written for these tests (not
copied from any labelled document or page). `benchmarks/name_misses.py` counted (counts only)
missed cities found by neither the town nor the place rule; from the families named in the brief:

- a gmina named with its kind in any case ("Urzędu Gminy Wiejskiej X", "w Gminie Miejsko-Wiejskiej
  Y", "Gminy Miejskiej Z") or by its abbreviation ("OPS gm. X") is a strong place context.

Negatives: the kind's adjective without a place after it, "gm." before a word that is no place.
"""

from __future__ import annotations

from integra.extract import extract_text


def rec(text: str) -> dict:
    return extract_text(text, "titles19.txt")[0]


FUNDS = " współfinansowany ze środków Europejskiego Funduszu Społecznego."


def test_gmina_wiejska_in_the_genitive_names_the_city() -> None:
    r = rec("Aktualności\nUrząd Gminy Wiejskiej Grabowiec prowadzi projekt „Krok ku sobie”" + FUNDS)
    assert r["city"] == "Grabowiec"
    assert r["voivodeship"] == "lubelskie"


def test_gmina_miejsko_wiejska_in_the_locative_names_the_city() -> None:
    r = rec(
        "Projekty\nProjekt „Wspólna droga” prowadzimy w Gminie Miejsko-Wiejskiej Dubiecko" + FUNDS
    )
    assert r["city"] == "Dubiecko"
    assert r["voivodeship"] == "podkarpackie"


def test_gm_abbreviation_names_the_city() -> None:
    r = rec(
        "Projekty\nOśrodek Pomocy Społecznej gm. Dubiecko prowadzi projekt „Pewny krok”" + FUNDS
    )
    assert r["city"] == "Dubiecko"


def test_gm_abbreviation_for_the_people_served() -> None:
    r = rec(
        "Projekty\nProjekt „Dobry sąsiad” obejmie 25 mieszkańców gm. Grabowiec w wieku 18–64 lat"
        + FUNDS
    )
    assert r["city"] == "Grabowiec"


def test_kind_adjective_without_a_place_names_no_city() -> None:
    r = rec("Projekty\nProjekt „Nowe horyzonty” obejmie mieszkańców gminy wiejskiej" + FUNDS)
    assert r["city"] is None


def test_gm_before_a_common_word_names_no_city() -> None:
    r = rec("Projekty\nProjekt „Słoneczny dom” skierowano do mieszkańców gm. Wiejskich" + FUNDS)
    assert r["city"] is None


# --------------------------------- a small town's locative the lemmatiser does not know


def test_locative_of_a_town_the_lemmatiser_does_not_know() -> None:
    r = rec(
        "Projekty\nProjekt „Dobry start” prowadzimy w Żurominie dla 18 osób bezrobotnych" + FUNDS
    )
    assert r["city"] == "Żuromin"
    assert r["voivodeship"] == "mazowieckie"


def test_genitive_of_a_town_the_lemmatiser_does_not_know() -> None:
    r = rec("Projekty\nProjekt „Dobry start” obejmie mieszkańców Żuromina" + FUNDS)
    assert r["city"] == "Żuromin"


def test_locative_of_a_word_that_is_no_place_names_no_city() -> None:
    r = rec("Projekty\nProjekt „Dobry start” prowadzimy w Ramach Otwartych dla seniorów" + FUNDS)
    assert r["city"] is None
