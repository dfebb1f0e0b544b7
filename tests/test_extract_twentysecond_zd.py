"""Rules of the twenty-second session, from the misses of the fresh dev part rc_zd. Every wording is
written for these tests, not copied from a page; each rule has near-misses it must not take."""

from __future__ import annotations

import pytest

from integra.extract import extract_text
from integra.extract.instruments import _in_level_name


def rec(text: str) -> dict:
    return extract_text(text, "twentysecond_zd.txt")[0]


# -- a place's own name that is also another town's locative ("Gmina Jaworze", not Jawor) ----------


@pytest.mark.parametrize(
    "text",
    [
        "Gmina Jaworze realizuje projekt „Razem dla seniorów”, dofinansowany z EFS kwotą 210 000 zł.",
        "Projekt „Aktywny senior” prowadzi Urząd Gminy Jaworze; jego wartość to 150 000,00 zł.",
        "Jaworze – Klub Seniora. Gmina Jaworze otrzymała 95 000 zł dofinansowania z funduszy "
        "europejskich na projekt „Klub pod Jaworem”.",
    ],
)
def test_a_gminas_own_name_is_that_gmina_not_a_towns_locative(text: str) -> None:
    r = rec(text)
    assert r["city"] == "Jaworze"
    assert r["voivodeship"] == "śląskie"


@pytest.mark.parametrize(
    "text",
    [
        "Miejski Ośrodek Pomocy Społecznej w Jaworze realizuje projekt „Razem dla seniorów”, "
        "dofinansowany z EFS kwotą 210 000 zł.",
        "Projekt „Aktywny senior” prowadzi Ośrodek Pomocy Społecznej w Jaworze; jego wartość to "
        "150 000,00 zł.",
    ],
)
def test_after_w_the_form_is_still_the_towns_locative(text: str) -> None:
    r = rec(text)
    assert r["city"] == "Jawor"
    assert r["voivodeship"] == "dolnośląskie"


# -- a programme level's name is no form of support ("Działanie 9.2 Dostępne i efektywne usługi …") -


@pytest.mark.parametrize(
    "item, text",
    [
        (
            "efektywne usługi zdrowotne",
            "w ramach osi IX, dla działania: 9.2 Dostępne i efektywne usługi społeczne i zdrowotne, "
            "dla poddziałania: 9.2.5",
        ),
        ("aktywna integracja", "Oś priorytetowa VII, Działanie 7.1 Aktywna integracja, konkurs"),
        ("usługi społeczne", "Poddziałanie IX.2.1 – Usługi społeczne i zdrowotne, nabór 2019"),
        ("promocja integracji społecznej", "Priorytet VII Promocja integracji społecznej; projekt"),
    ],
)
def test_an_item_inside_a_levels_name_is_that_name(item: str, text: str) -> None:
    assert _in_level_name(item, text)


@pytest.mark.parametrize(
    "item, text",
    [
        ("warsztaty kulinarne", "Działanie 1: warsztaty kulinarne dla 20 osób"),
        ("warsztaty taneczne", "Działanie 9.2 Usługi społeczne. W ofercie: warsztaty taneczne"),
        (
            "doradztwo zawodowe",
            "Działanie 9.1 Aktywna integracja; uczestnicy otrzymają doradztwo zawodowe",
        ),
    ],
)
def test_an_item_outside_a_levels_name_is_kept(item: str, text: str) -> None:
    assert not _in_level_name(item, text)


def test_a_measures_name_gives_no_items_on_a_whole_page() -> None:
    r = rec(
        "Gmina Nowa Wieś realizuje projekt „Klub Seniora w Nowej Wsi” w ramach Regionalnego Programu "
        "Operacyjnego Województwa Śląskiego na lata 2014-2020, dla osi priorytetowej IX, dla "
        "działania: 9.2 Dostępne i efektywne usługi społeczne i zdrowotne, dla poddziałania: 9.2.5 "
        "Rozwój usług społecznych. Wartość projektu: 300 000,00 zł. W Klubie odbędą się warsztaty "
        "rękodzieła, zajęcia ruchowe i spotkania z dietetykiem."
    )
    joined = " | ".join(r["instruments"]).lower()
    assert "efektywne" not in joined and "zdrowotne" not in joined
    assert any("warsztaty" in i.lower() for i in r["instruments"])


# -- the misspelt level word "Podziałanie 9.2.1" ----------------------------------------------------


@pytest.mark.parametrize(
    "text, code",
    [
        (
            "Projekt „Razem” realizuje OPS w Kielcach w ramach Osi 9, Działanie 9.2, Podziałanie 9.2.1 "
            "Rozwój wysokiej jakości usług społecznych. Wartość: 100 000 zł.",
            "9.2.1",
        ),
        (
            "Projekt „Razem” realizuje OPS w Kielcach (RPO WŚ, Podziałanie 9.1.1). Wartość: 100 000 zł.",
            "9.1.1",
        ),
        (
            "Projekt „Razem” realizuje OPS w Kielcach; Podziałania 8.3.2 dotyczy nabór. Wartość: 100 000 zł.",
            "8.3.2",
        ),
    ],
)
def test_the_misspelt_submeasure_word_names_the_submeasure(text: str, code: str) -> None:
    assert rec(text)["submeasure"] == code


def test_a_division_of_tasks_is_no_submeasure() -> None:
    r = rec(
        "Projekt „Razem” realizuje OPS w Kielcach; podział zadań 9.2 między partnerów opisano "
        "w umowie. Wartość: 100 000 zł."
    )
    assert r["submeasure"] is None


# -- the implementation period stands for the project in a centre's count ---------------------------


@pytest.mark.parametrize(
    "text, n",
    [
        (
            "Projekt „Nowy start” dobiegł końca. Przez cały okres realizacji MOPS objął wsparciem łącznie "
            "412 osób.",
            412,
        ),
        (
            "Projekt „Nowy start” zakończył się w grudniu 2014 r. W czasie realizacji Ośrodek objął "
            "wsparciem 95 osób.",
            95,
        ),
        (
            "Zakończyliśmy projekt „Nowy start”. W trakcie realizacji GOPS objął wsparciem 64 osoby.",
            64,
        ),
    ],
)
def test_a_centres_count_in_the_implementation_period_is_the_projects(text: str, n: int) -> None:
    assert rec(text)["participants_actual"] == n


def test_a_centres_yearly_caseload_is_still_not_the_projects() -> None:
    r = rec(
        "Projekt „Nowy start” realizuje MOPS w Radomiu; jego wartość to 250 000 zł. W 2019 roku "
        "Ośrodek objął pomocą społeczną 3100 osób."
    )
    assert r["participants_actual"] is None and r["participants_planned"] is None
