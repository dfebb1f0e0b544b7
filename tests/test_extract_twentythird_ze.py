"""Rules of the twenty-third session, from the misses of the fresh dev part rc_ze. Every wording is
written for these tests, not copied from a page; each rule has near-misses it must not take."""

from __future__ import annotations

import pytest

from integra.extract import extract_text
from integra.extract.roles import inflected_variant


def rec(text: str) -> dict:
    return extract_text(text, "twentythird_ze.txt")[0]


# -- the title in another grammatical form is the same project, not another one -----------------


@pytest.mark.parametrize(
    "a, b",
    [
        ("sercem w seniorów", "sercem w seniora"),
        ("aktywny senior", "aktywnego seniora"),
        ("razem dla rodziny", "razem dla rodzinie"),
        ("wsparcie dla seniorów", "wsparcia dla seniora"),
    ],
)
def test_names_that_differ_only_in_endings_are_variants(a: str, b: str) -> None:
    assert inflected_variant(a, b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("razem ii", "razem iii"),  # editions stay apart
        ("klub seniora", "klub juniora"),  # another stem
        ("edycja 2 projektu", "edycja 3 projektu"),
        ("aktywny senior", "aktywny senior plus"),  # another number of words
        ("dom dla mamy", "dom dla taty"),
    ],
)
def test_other_names_are_not_variants(a: str, b: str) -> None:
    assert not inflected_variant(a, b)


@pytest.mark.parametrize(
    "text, eu",
    [
        (
            "Ośrodek Pomocy Społecznej w Brzostku rozpoczyna projekt „Dobry Sąsiad”. Na realizację "
            "projektu „Dobrego Sąsiada” ośrodek otrzymał 245 000 zł dofinansowania z EFS.",
            245000.0,
        ),
        (
            "MOPS w Kolbuszowej realizuje projekt „Aktywni Rodzice”. Na projekt „Aktywnych "
            "Rodziców” pozyskano dofinansowanie w kwocie 318 400,00 zł.",
            318400.0,
        ),
        (
            "Gminny Ośrodek Pomocy Społecznej w Sieniawie prowadzi projekt „Wspólna Przystań”. "
            "Dofinansowanie projektu „Wspólnej Przystani” wynosi 172 500 zł.",
            172500.0,
        ),
    ],
)
def test_the_grant_of_the_title_in_another_case_is_the_projects(text: str, eu: float) -> None:
    assert rec(text)["eu_cofinancing_pln"] == eu


def test_a_grant_named_for_another_edition_is_still_left_out() -> None:
    r = rec(
        "MOPS w Kolbuszowej realizuje projekt „Razem II”. Na poprzedni projekt „Razem III” "
        "otrzymano 99 000 zł dofinansowania."
    )
    assert r["eu_cofinancing_pln"] != 99000.0


# -- a body's name with lowercase words or other quotes before its quoted name ------------------


@pytest.mark.parametrize(
    "text, implementer",
    [
        (
            "Projekt „Kluby Wsparcia” realizowany jest przez Stowarzyszenie przyjaciół osób "
            "starszych „Złota Jesień”. Wartość projektu: 400 000 zł.",
            "Stowarzyszenie przyjaciół osób starszych „Złota Jesień”",
        ),
        (
            "Projekt „Bliżej siebie” realizuje Fundacja pomocy rodzinie „Ostoja”; dofinansowanie "
            "wynosi 120 000 zł.",
            "Fundacja pomocy rodzinie „Ostoja”",
        ),
        (
            'Spółdzielnia Socjalna "Dobry Start" w Rymanowie otrzymała grant na utworzenie '
            "klubu seniora. Dofinansowanie z UE: 58 000,00 zł.",
            'Spółdzielnia Socjalna "Dobry Start" w Rymanowie',
        ),
        (
            "Liderem projektu jest Towarzystwo przyjaciół dzieci „Promyk”, a partnerem Gmina "
            "Lesko. Wartość projektu: 90 000 zł.",
            "Towarzystwo przyjaciół dzieci „Promyk”",
        ),
    ],
)
def test_a_bodys_name_runs_over_lowercase_words_and_any_quotes(text: str, implementer: str) -> None:
    assert rec(text)["implementer"] == implementer


@pytest.mark.parametrize(
    "text, not_in",
    [
        # a verb or the project's word between the body and a quoted title ends the name
        ("Stowarzyszenie realizuje projekt „Razem”. Wartość projektu 100 000 zł.", "Razem"),
        ("Fundacja prowadzi „Klub Seniora”. Wartość projektu 100 000 zł.", "Klub"),
        (
            "Stowarzyszenie „Razem” otrzymało dofinansowanie na projekt „Aktywni”. Wartość "
            "100 000 zł.",
            "Aktywni",
        ),
    ],
)
def test_a_verb_or_project_word_ends_the_name(text: str, not_in: str) -> None:
    assert not_in not in (rec(text)["implementer"] or "")


# -- a local action group's running-cost project under a grantee's page is another project ------


_GRANTEE = (
    "Projekt realizowany przez Gminny Ośrodek Pomocy Społecznej w Lisewie pt.: „Razem raźniej”.\n\n"
    "Okres realizacji: 01.03.2019 – 30.09.2019.\n\n"
)


@pytest.mark.parametrize(
    "footer",
    [
        "Stowarzyszenie Lokalna Grupa Działania Ziemia Chełmińska realizuje projekt „Wsparcie na "
        "rzecz kosztów bieżących i animacji” współfinansowany z EFS.\n\n- Całkowita wartość "
        "projektu 250 000,00 zł,\n\n- Dofinansowanie 237 500,00 zł,\n\n- Wkład własny 12 500,00 zł.",
        "LGD Dolina Wisły realizuje operację „Wsparcie na rzecz kosztów bieżących i animacji”. "
        "Wartość operacji: 410 000 zł.",
        "Projekt „Koszty bieżące i animacja” Stowarzyszenia LGD Razem\n\n• wartość projektu: "
        "300 000 zł\n\n• dofinansowanie: 285 000 zł",
    ],
)
def test_the_groups_running_cost_project_is_not_the_pages(footer: str) -> None:
    r = rec(_GRANTEE + footer)
    assert r["implementer"] == "Gminny Ośrodek Pomocy Społecznej w Lisewie"
    assert r["title"] == "Razem raźniej"
    assert r["total_cost_pln"] is None
    assert r["eu_cofinancing_pln"] is None


def test_the_pages_own_figures_in_a_list_stay() -> None:
    r = rec(
        _GRANTEE + "Finansowanie projektu:\n\n- Całkowita wartość projektu 58 000,00 zł,\n\n"
        "- Dofinansowanie 55 100,00 zł."
    )
    assert r["total_cost_pln"] == 58000.0
    assert r["eu_cofinancing_pln"] == 55100.0


# -- a percentage that is an item of the site's menu is no result rate --------------------------


_BODY = (
    "\n\nFundacja Nowy Dom realizuje projekt „Razem” w ramach Programu Operacyjnego Kapitał "
    "Ludzki. Celem jest aktywizacja społeczna 40 osób."
)


@pytest.mark.parametrize(
    "menu",
    [
        "Start | O nas | Klub Integracji Społecznej | 1,5% | Kontakt | BIP",
        "Strona główna | Aktualności | Centrum Integracji Społecznej | Przekaż 1% | Galeria | Kontakt",
        "Start | Integracja społeczna | Wolontariat | 1,5% podatku | Kontakt",
    ],
)
def test_a_menu_items_percentage_is_no_rate(menu: str) -> None:
    r = rec(menu + _BODY)
    assert r["social_effectiveness_pct"] is None
    assert r["employment_effectiveness_pct"] is None


@pytest.mark.parametrize(
    "text, pct",
    [
        (
            "Fundacja X realizuje projekt „Razem”.\n\nWskaźnik | Wartość\nOsoby, które podjęły "
            "zatrudnienie | 25%\n",
            25.0,
        ),
        (
            "Fundacja X realizuje projekt „Razem”.\nRezultat | Cel | Osiągnięto | Uwagi | Źródło\n"
            "Podjęcie zatrudnienia | 20% | 25% | - | lista\n",
            20.0,
        ),
    ],
)
def test_a_table_rows_percentage_is_still_read(text: str, pct: float) -> None:
    assert rec(text)["employment_effectiveness_pct"] == pct
