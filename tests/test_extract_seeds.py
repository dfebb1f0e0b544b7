"""Every fact the five seed documents state, by value, from a reading of their text.

Facts a seed does not state must come out null.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from integra.extract import extract_file

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw_samples"
SCHEMA = json.loads((ROOT / "integra" / "contracts" / "extraction-record.schema.json").read_text())

TORUN = RAW / "torun" / "000_d62dbd5068231973.txt"
WLOC_2011 = RAW / "wloclawek" / "001_c261dfd9839ef175.txt"
WLOC_REPORT = RAW / "wloclawek" / "002_15544dd2ddf9f4a7.txt"
SZCZECIN = RAW / "szczecin" / "003_fabddfe91cbf95b5.txt"
GDYNIA = RAW / "gdynia" / "004_2c2b91088d8d6981.txt"

EXPECTED = {
    TORUN: {
        "status": "ok",
        "city": "Toruń",
        "voivodeship": "kujawsko-pomorskie",
        "implementer": "Miejski Ośrodek Pomocy Rodzinie w Toruniu",
        "title": "Aktywne włączenie społeczne na terenie Gminy Miasta Toruń",
        "programme": "Regionalny Program Operacyjny Województwa Kujawsko-Pomorskiego na lata 2014-2020",
        "programme_period": "2014-2020",
        "priority_axis": "9",
        "measure": "9.2",
        "submeasure": "9.2.1",
        "project_type": "konkursowy",
        "total_cost_pln": 1239061.22,
        "total_cost_qualifier": "exact",
        "eu_cofinancing_pln": 1053259.79,
        "own_contribution_pln": 185801.43,
        "contract_date": "2017-10-13",
        "start_date": "2017-10-01",
        "end_date": "2019-09-30",
        "participants_planned": 120,
        "participants_planned_breakdown": {
            "osób zagrożonych ubóstwem lub wykluczeniem społecznym": 80,
            "osób z otoczenia osób zagrożonych ubóstwem lub wykluczeniem społecznym": 40,
        },
        "participants_actual": None,
        "participants_completed": None,
        "social_effectiveness_pct": 34.0,
        "employment_effectiveness_pct": 22.0,
    },
    WLOC_2011: {
        "status": "ok",
        "city": "Włocławek",
        "voivodeship": "kujawsko-pomorskie",
        "implementer": "Miejski Ośrodek Pomocy Rodzinie we Włocławku",
        "title": "Aktywna Integracja - Projekt Systemowy MOPR Włocławek",
        "programme": "Program Operacyjny Kapitał Ludzki",
        "programme_period": "2007-2013",
        "priority_axis": "7",
        "measure": "7.1",
        "submeasure": "7.1.1",
        "project_type": "systemowy",
        "total_cost_pln": 2177857.15,
        "total_cost_qualifier": "exact",
        "eu_cofinancing_pln": 1949182.15,  # "dotacja rozwojowa"
        "own_contribution_pln": 228675.00,
        "contract_date": None,
        "start_date": "2011-01-01",
        "end_date": "2011-12-31",
        "participants_planned": 521,
        "participants_planned_breakdown": {
            "osób bezrobotnych i nieaktywnych zawodowo": 449,
            "osób niepełnosprawnych": 60,
            "osób opuszczających rodziny zastępcze i placówki opiekuńczo – wychowawcze": 12,
        },
        "participants_actual": None,
        "participants_completed": None,
        "social_effectiveness_pct": None,
        "employment_effectiveness_pct": None,
    },
    WLOC_REPORT: {
        "status": "ok",
        "city": "Włocławek",
        "voivodeship": "kujawsko-pomorskie",
        "implementer": "Miejski Ośrodek Pomocy Rodzinie we Włocławku",
        "title": "Aktywna Integracja – Projekt Systemowy MOPR Włocławek",
        "programme": "Program Operacyjny Kapitał Ludzki",
        "programme_period": "2007-2013",
        "priority_axis": "7",
        "measure": "7.1",
        "submeasure": "7.1.1",
        "project_type": "systemowy",
        "total_cost_pln": 10000000.0,  # "przekroczył kwotę 10 mln zł"
        "total_cost_qualifier": "more_than",
        "eu_cofinancing_pln": None,
        "own_contribution_pln": None,
        "contract_date": None,
        "start_date": "2008-01-01",
        "end_date": "2013-12-31",
        "participants_planned": None,
        "participants_planned_breakdown": {},
        "participants_actual": 2815,
        "participants_completed": 2620,
        "social_effectiveness_pct": None,
        "employment_effectiveness_pct": None,
        # "szereg nowych … działań jak szkolenia, warsztaty, konsultacje z psychologiem i doradcą zawodowym"
        "instruments": ["szkolenia", "warsztaty", "konsultacje z psychologiem i doradcą zawodowym"],
    },
    SZCZECIN: {
        "status": "ok",
        "city": "Szczecin",
        "voivodeship": "zachodniopomorskie",
        "implementer": "Miejski Ośrodek Pomocy Rodzinie w Szczecinie",
        "title": "Aktywna Integracja w Szczecinie",
        "programme": "Regionalny Program Operacyjny Województwa Zachodniopomorskiego 2014-2020",
        "programme_period": "2014-2020",
        "priority_axis": None,
        "measure": None,
        "submeasure": None,
        "project_type": None,
        "total_cost_pln": 4991287.50,
        "total_cost_qualifier": "exact",
        "eu_cofinancing_pln": 4242037.50,
        "own_contribution_pln": None,
        "contract_date": None,
        "start_date": None,
        "end_date": None,
        "participants_planned": 513,
        "participants_planned_breakdown": {
            "Osoby przebywające w pieczy zastępczej": 200,
            "Rodziny przeżywające trudności w pełnieniu funkcji opiekuńczo wychowawczych": 69,
            "Osoby dotknięte ubóstwem": 144,
            "Osoby niepełnosprawne": 100,
        },
        "participants_actual": None,
        "participants_completed": None,
        "social_effectiveness_pct": None,
        "employment_effectiveness_pct": None,
        "instruments": [
            "wyjazdy socjoterapeutyczne",
            "zajęcia kompensacyjne",
            "wsparcie asystentów rodzin",
            "udział w Klubie Integracji Społecznej",
            "praca socjalna",  # "indywidualną ścieżką reintegracji obejmującą pracę socjalną"
        ],
    },
    GDYNIA: {
        "status": "ok",
        "city": "Gdynia",
        "voivodeship": "pomorskie",
        "implementer": "MOPS Gdynia",
        "title": None,
        "programme": None,
        "programme_period": None,
        "priority_axis": None,
        "measure": None,
        "submeasure": None,
        "project_type": "systemowy",
        "total_cost_pln": 15707281.20,
        "total_cost_qualifier": "exact",
        "eu_cofinancing_pln": 13952247.93,
        "own_contribution_pln": None,
        "contract_date": None,
        "start_date": "2008-05-01",
        "end_date": "2013-12-31",
        "participants_planned": None,
        "participants_planned_breakdown": {},
        "participants_actual": 1326,
        "participants_completed": None,
        "social_effectiveness_pct": None,
        "employment_effectiveness_pct": None,
    },
}


@pytest.fixture(scope="module")
def records():
    return {path: extract_file(path) for path in EXPECTED}


@pytest.mark.parametrize("path", list(EXPECTED), ids=lambda p: p.parent.name + "/" + p.name[:3])
def test_every_stated_fact(records, path):
    rec = records[path]
    for key, want in EXPECTED[path].items():
        got = rec[key]
        if isinstance(want, float):
            assert got == pytest.approx(want, abs=0.001), key
        else:
            assert got == want, key


@pytest.mark.parametrize("path", list(EXPECTED), ids=lambda p: p.parent.name + "/" + p.name[:3])
def test_record_matches_contract_and_evidence(records, path):
    rec = records[path]
    jsonschema.validate(rec, SCHEMA, format_checker=jsonschema.FormatChecker())
    assert rec["problems"] == [], rec["problems"]
    text = path.read_text(encoding="utf-8")
    from integra.extract.text import clean_text

    cleaned = clean_text(text)
    for key in rec:
        if key in {
            "source_file",
            "sha256",
            "status",
            "problems",
            "evidence",
            "instruments",
            "participants_planned_breakdown",
        }:
            continue
        if rec[key] is None:
            assert key not in rec["evidence"], key
            continue
        ev = rec["evidence"][key]
        assert " ".join(cleaned[ev["start"] : ev["end"]].split()) == ev["text"], key


def test_torun_instruments(records):
    instruments = records[TORUN]["instruments"]
    for item in (
        "Kontrakty socjalne",
        "Terapia rodzinna",
        "Doradztwo zawodowe",
        "Staże zawodowe",
        "Pośrednictwo pracy",
        "Doradztwo prawne",
        "Wyjazd edukacyjny",
    ):
        assert item in instruments
    # recruitment preferences and the participant groups are not instruments
    assert not any("preferowan" in i or "osób" in i for i in instruments)


def test_wloclawek_instruments_exclude_purchases_and_benefits(records):
    instruments = records[WLOC_2011]["instruments"]
    assert "poradnictwo psychologiczne" in instruments
    assert "trening kulinarny" in instruments
    assert "organizacja działań o charakterze środowiskowym" in instruments
    assert not any("bilet" in i or "usługi" in i for i in instruments)


def test_per_person_benefits_are_not_budgets(records):
    rec = records[WLOC_2011]
    amounts = {rec["total_cost_pln"], rec["eu_cofinancing_pln"], rec["own_contribution_pln"]}
    assert 160.0 not in amounts and 117.5 not in amounts


def test_evidence_names_the_sentence(records):
    ev = records[WLOC_REPORT]["evidence"]
    assert "przekroczył kwotę 10 mln zł" in ev["total_cost_pln"]["text"]
    assert "2 815" in ev["participants_actual"]["text"]
    assert "15.707.281,20 zł" in records[GDYNIA]["evidence"]["total_cost_pln"]["text"]
