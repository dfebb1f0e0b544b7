"""Build a realistic published DuckDB file (schema ``main``) for tests of the readers.

The tables and columns follow the published-mart contract (docs/ARCHITECTURE.md, the marts'
YAML); the rows are the five seed documents in raw_samples/ as the extractor reads them, plus
one project whose texts are hostile HTML. ``extra_projects`` adds synthetic projects (generated
in SQL, fast) for scale tests.

    from tests.published_factory import build_published_db
    db = build_published_db(tmp_path / "current.duckdb")
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb

HOSTILE_TITLE = '<script>alert(1)</script> & "x"'
HOSTILE_IMPLEMENTER = "<img src=x onerror=alert(2)>"

TORUN_ID = "99fe1f159e7ddc40"
WLOCLAWEK_2011_ID = "6523adb34fb8bfe2"
WLOCLAWEK_FINAL_ID = "7fdbc95ec3be3f89"
SZCZECIN_ID = "8b80c63c38bef060"
GDYNIA_ID = "06b17b2b92e4b95c"
HOSTILE_ID = "f00dbad0c0ffee00"

PUBLISHED_AT = dt.datetime(2025, 11, 20, 2, 0, 0)
INGESTED_AT = dt.datetime(2025, 11, 20, 1, 45, 0)

# CPI factor to 2024 prices (GUS annual CPI, dbt_project/seeds/cpi_pl_annual.csv) and the
# annual mean EUR/PLN rate of the start year (ECB), as the dbt models compute them.
CPI_TO_2024 = {2008: 1.7364637416103184, 2011: 1.5678109755346756, 2017: 1.4912950184999563}
EUR_PLN = {2008: 3.5121, 2011: 4.1206, 2017: 4.257}

DDL = {
    "dim_city": """
        city_slug VARCHAR PRIMARY KEY, city_name VARCHAR, voivodeship VARCHAR,
        teryt_gmina VARCHAR, population BIGINT, population_date DATE,
        population_status VARCHAR, source VARCHAR""",
    "dim_programme": """
        programme_code VARCHAR PRIMARY KEY, programme_name VARCHAR, programme_period VARCHAR,
        managing_region VARCHAR, fund VARCHAR, period_start_date DATE, period_end_date DATE,
        typical_eu_share_min DOUBLE, typical_eu_share_max DOUBLE, source VARCHAR""",
    "fct_projects": """
        project_scope_id VARCHAR PRIMARY KEY, project_id VARCHAR, document_id VARCHAR,
        source_file VARCHAR, city_slug VARCHAR, city_name VARCHAR, voivodeship VARCHAR,
        document_kind VARCHAR, scope VARCHAR, scope_year INTEGER, title VARCHAR,
        implementer VARCHAR, programme VARCHAR, programme_code VARCHAR,
        programme_period VARCHAR, priority_axis VARCHAR, measure VARCHAR, submeasure VARCHAR,
        project_type VARCHAR, contract_date DATE, start_date DATE, end_date DATE,
        duration_months INTEGER, total_cost_pln DOUBLE, total_cost_qualifier VARCHAR,
        eu_cofinancing_pln DOUBLE, own_contribution_pln DOUBLE,
        own_contribution_is_derived BOOLEAN, eu_cofinancing_share DOUBLE,
        own_contribution_share DOUBLE, budget_identity_holds BOOLEAN,
        participants_planned INTEGER, participants_actual INTEGER,
        participants_completed INTEGER, completion_rate DOUBLE,
        participants_breakdown_sum INTEGER, breakdown_matches_planned BOOLEAN,
        cost_per_planned_participant_pln DOUBLE, cost_per_actual_participant_pln DOUBLE,
        cost_per_participant_month_pln DOUBLE, price_base_year INTEGER,
        total_cost_constant_pln DOUBLE, eu_cofinancing_constant_pln DOUBLE,
        own_contribution_constant_pln DOUBLE, cost_per_planned_participant_constant_pln DOUBLE,
        cost_per_actual_participant_constant_pln DOUBLE, eur_pln_rate DOUBLE,
        total_cost_eur DOUBLE, eu_cofinancing_eur DOUBLE, own_contribution_eur DOUBLE,
        cost_per_planned_participant_eur DOUBLE, social_effectiveness_pct DOUBLE,
        employment_effectiveness_pct DOUBLE, problems VARCHAR, ingested_at TIMESTAMP""",
    "fct_participant_groups": """
        participant_group_id VARCHAR PRIMARY KEY, project_scope_id VARCHAR, project_id VARCHAR,
        city_slug VARCHAR, group_label VARCHAR, group_category VARCHAR,
        participants_planned INTEGER""",
    "fct_instruments": """
        instrument_id VARCHAR PRIMARY KEY, project_scope_id VARCHAR, project_id VARCHAR,
        city_slug VARCHAR, instrument_label VARCHAR, instrument_normalised VARCHAR,
        instrument_type VARCHAR""",
    "mart_city_comparison": """
        city_slug VARCHAR, city_name VARCHAR, programme_period VARCHAR, projects BIGINT,
        projects_with_total_cost BIGINT, total_cost_pln_sum DOUBLE,
        eu_cofinancing_pln_sum DOUBLE, projects_with_eu_cofinancing BIGINT,
        eu_cofinancing_share_weighted DOUBLE, total_cost_constant_pln_sum DOUBLE,
        participants_planned_sum BIGINT, projects_with_participants_planned BIGINT,
        participants_actual_sum BIGINT, projects_with_participants_actual BIGINT,
        median_cost_per_participant_pln DOUBLE, median_cost_per_participant_constant_pln DOUBLE,
        projects_with_cost_per_participant BIGINT, total_cost_eur_sum DOUBLE""",
    "fct_fact_evidence": """
        fact_evidence_id VARCHAR PRIMARY KEY, project_scope_id VARCHAR, document_id VARCHAR,
        source_file VARCHAR, field VARCHAR, item_key VARCHAR, item_index INTEGER,
        value VARCHAR, evidence_text VARCHAR, evidence_start INTEGER, evidence_end INTEGER""",
    "fct_documents": """
        document_id VARCHAR PRIMARY KEY, city_slug VARCHAR, source_file VARCHAR,
        sha256 VARCHAR, size_bytes BIGINT, encoding VARCHAR, media_type VARCHAR,
        status VARCHAR, problems VARCHAR, is_current BOOLEAN, ingested_at TIMESTAMP""",
    "meta_publication": """
        version INTEGER, published_at TIMESTAMP, run_id VARCHAR, source_build VARCHAR,
        row_counts VARCHAR""",
    "meta_gate_results": """
        suite VARCHAR, mart VARCHAR, expectation VARCHAR, severity VARCHAR, success BOOLEAN,
        observed VARCHAR, offending_rows VARCHAR""",
    "meta_quarantine": """
        document_id VARCHAR, city_slug VARCHAR, source_file VARCHAR, sha256 VARCHAR,
        reason VARCHAR, ingested_at TIMESTAMP""",
}

CITIES = [
    (
        "torun",
        "Toruń",
        "kujawsko-pomorskie",
        "0463011",
        193717,
        dt.date(2024, 12, 31),
        "confirmed",
        "GUS",
    ),
    (
        "wloclawek",
        "Włocławek",
        "kujawsko-pomorskie",
        "0464011",
        101450,
        dt.date(2023, 6, 30),
        "confirmed",
        "GUS",
    ),
    (
        "szczecin",
        "Szczecin",
        "zachodniopomorskie",
        "3262011",
        386706,
        dt.date(2024, 12, 31),
        "date uncertain",
        "GUS",
    ),
    ("gdynia", "Gdynia", "pomorskie", "2262011", 240084, dt.date(2024, 12, 31), "confirmed", "GUS"),
]

PROGRAMMES = [
    (
        "POKL",
        "Program Operacyjny Kapitał Ludzki",
        "2007-2013",
        "national",
        "EFS",
        dt.date(2007, 1, 1),
        dt.date(2015, 12, 31),
        0.85,
        1.0,
        "POKL 2007-2013",
    ),
    (
        "RPO_WKP_2014",
        "Regionalny Program Operacyjny Województwa Kujawsko-Pomorskiego na lata 2014-2020",
        "2014-2020",
        "kujawsko-pomorskie",
        "EFS",
        dt.date(2014, 1, 1),
        dt.date(2023, 12, 31),
        0.85,
        0.95,
        "RPO WK-P",
    ),
    (
        "RPO_WZ_2014",
        "Regionalny Program Operacyjny Województwa Zachodniopomorskiego 2014-2020",
        "2014-2020",
        "zachodniopomorskie",
        "EFS",
        dt.date(2014, 1, 1),
        dt.date(2023, 12, 31),
        0.85,
        0.95,
        "RPO WZ",
    ),
    (
        "RPO_WP_2014",
        "Regionalny Program Operacyjny Województwa Pomorskiego na lata 2014-2020",
        "2014-2020",
        "pomorskie",
        "EFS",
        dt.date(2014, 1, 1),
        dt.date(2023, 12, 31),
        0.85,
        0.95,
        "RPO WP",
    ),
    (
        "ZPORR",
        "Zintegrowany Program Operacyjny Rozwoju Regionalnego",
        "2004-2006",
        "national",
        "EFS",
        dt.date(2004, 1, 1),
        dt.date(2008, 12, 31),
        0.75,
        0.85,
        "ZPORR",
    ),
    (
        "FEPM_2021",
        "Fundusze Europejskie dla Pomorza 2021-2027",
        "2021-2027",
        "pomorskie",
        "EFS+",
        dt.date(2021, 1, 1),
        dt.date(2029, 12, 31),
        0.7,
        0.85,
        "FEP",
    ),
]

CITY_NAMES = {c[0]: c[1] for c in CITIES}
VOIVODESHIPS = {c[0]: c[2] for c in CITIES}


def _project(**kw: object) -> dict:
    """One fct_projects row with the contract's derived columns computed like the dbt models."""
    row: dict = {name.split()[0]: None for name in _columns("fct_projects")}
    row.update(kw)
    row["project_scope_id"] = row["document_id"]
    row["city_name"] = CITY_NAMES[row["city_slug"]]
    row["voivodeship"] = VOIVODESHIPS[row["city_slug"]]
    row["price_base_year"] = 2024
    row["ingested_at"] = INGESTED_AT
    row.setdefault("problems", "[]")
    row["problems"] = row["problems"] or "[]"
    total, eu, own = row["total_cost_pln"], row["eu_cofinancing_pln"], row["own_contribution_pln"]
    if own is None and total is not None and eu is not None:
        own = row["own_contribution_pln"] = round(total - eu, 2)
        row["own_contribution_is_derived"] = True
    elif own is not None:
        row["own_contribution_is_derived"] = False
    if total and eu is not None:
        row["eu_cofinancing_share"] = eu / total
    if total and own is not None:
        row["own_contribution_share"] = own / total
    if (
        total is not None
        and eu is not None
        and own is not None
        and not row["own_contribution_is_derived"]
    ):
        row["budget_identity_holds"] = abs(eu + own - total) < 0.005
    s, e = row["start_date"], row["end_date"]
    if s and e:
        row["duration_months"] = (e.year - s.year) * 12 + e.month - s.month + 1
    planned, actual, completed = (
        row["participants_planned"],
        row["participants_actual"],
        row["participants_completed"],
    )
    if actual and completed is not None:
        row["completion_rate"] = completed / actual
    if total is not None and planned:
        row["cost_per_planned_participant_pln"] = total / planned
    if total is not None and actual:
        row["cost_per_actual_participant_pln"] = total / actual
    people = actual or planned
    if total is not None and people and row["duration_months"]:
        row["cost_per_participant_month_pln"] = total / (people * row["duration_months"])
    year = s.year if s else None
    cpi = CPI_TO_2024.get(year)
    if cpi is not None:
        for src, dst in [
            ("total_cost_pln", "total_cost_constant_pln"),
            ("eu_cofinancing_pln", "eu_cofinancing_constant_pln"),
            ("own_contribution_pln", "own_contribution_constant_pln"),
            ("cost_per_planned_participant_pln", "cost_per_planned_participant_constant_pln"),
            ("cost_per_actual_participant_pln", "cost_per_actual_participant_constant_pln"),
        ]:
            if row[src] is not None:
                row[dst] = row[src] * cpi
    rate = EUR_PLN.get(year)
    if rate is not None:
        row["eur_pln_rate"] = rate
        for src, dst in [
            ("total_cost_pln", "total_cost_eur"),
            ("eu_cofinancing_pln", "eu_cofinancing_eur"),
            ("own_contribution_pln", "own_contribution_eur"),
            ("cost_per_planned_participant_pln", "cost_per_planned_participant_eur"),
        ]:
            if row[src] is not None:
                row[dst] = row[src] / rate
    return row


def _columns(table: str) -> list[str]:
    out, depth, cur = [], 0, ""
    for ch in DDL[table]:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    out.append(cur.strip())
    return out


def _names(table: str) -> list[str]:
    return [c.split()[0] for c in _columns(table)]


TORUN_EVIDENCE = {
    "title": "Aktywne włączenie społeczne na terenie Gminy Miasta Toruń",
    "implementer": "Miejski Ośrodek Pomocy Rodzinie w Toruniu",
    "programme": "Regionalny Program Operacyjny Województwa Kujawsko - Pomorskiego na lata 2014 – 2020",
    "programme_period": "Metryczka projektuOkres programowania: Okres programowania 2014-2020",
    "priority_axis": "Oś Priorytetowa 9 „Solidarne społeczeństwo”",
    "measure": "Działanie 9.2 „Włączenie społeczne”",
    "submeasure": "Poddziałanie 9.2.1 „Aktywne włączenie społeczne”",
    "project_type": "Typ projektu: Projekt konkursowy",
    "total_cost_pln": "Kosz całkowity: 1 239 061,22 zł",
    "eu_cofinancing_pln": "Kwota dofinansowania: 1 053 259,79 zł",
    "own_contribution_pln": "Wkład własny pieniężny Gminy Miasta Toruń: 185 801,43 zł",
    "contract_date": "Data podpisania umowy o dofinansowanie:\n13.10.2017 r.",
    "start_date": "Termin realizacji:\n1.10.2017 r. – 30.09.2019 r.",
    "end_date": "Termin realizacji:\n1.10.2017 r. – 30.09.2019 r.",
    "participants_planned": "Projekt był skierowany do 120 osób z następujących grup odbiorców:",
    "social_effectiveness_pct": "Projekt zakładał efektywność społeczną, nie mniejszą niż 34% ogólnej "
    "liczby osób uczestniczących w projekcie",
    "employment_effectiveness_pct": "oraz efektywność zatrudnieniową, nie mniejszą niż 22% ogólnej "
    "liczby uczestników projektu.",
}
TORUN_VALUES = {
    "total_cost_pln": "1239061.22",
    "eu_cofinancing_pln": "1053259.79",
    "own_contribution_pln": "185801.43",
    "contract_date": "2017-10-13",
    "start_date": "2017-10-01",
    "end_date": "2019-09-30",
    "participants_planned": "120",
    "social_effectiveness_pct": "34",
    "employment_effectiveness_pct": "22",
    "priority_axis": "9",
    "measure": "9.2",
    "submeasure": "9.2.1",
    "project_type": "konkursowy",
    "programme_period": "2014-2020",
}
TORUN_GROUPS = [
    ("32 osób bezrobotnych zakwalifikowanych do III profilu", "unemployed", 32),
    ("32 osób bezrobotnych zakwalifikowanych do I i II profilu", "unemployed", 32),
    ("16 osób biernych zawodowo i nieposzukujących pracy", "economically_inactive", 16),
    (
        "40 osób z otoczenia osób zagrożonych ubóstwem lub wykluczeniem społecznym",
        "family_environment",
        40,
    ),
]
TORUN_INSTRUMENTS = [
    ("Kontrakty socjalne", "kontrakt socjalny", "social"),
    ("Praca animacyjna na rzecz społeczności lokalnej", "praca animacyjna", "social"),
    ("Grupy samopomocowe", "grupa samopomocowa", "social"),
    ("Terapia psychologiczna", "terapia psychologiczna", "health"),
    ("Terapia rodzinna", "terapia rodzinna", "health"),
    ("Doradztwo zawodowe", "doradztwo zawodowe", "vocational"),
    ("Kursy i szkolenia zawodowe", "szkolenie zawodowe", "vocational"),
    ("Staże zawodowe", "staż zawodowy", "vocational"),
    ("Pośrednictwo pracy", "pośrednictwo pracy", "vocational"),
    ("Doradztwo prawne", "doradztwo prawne", "social"),
    ("Wyjazd edukacyjny", "wyjazd edukacyjny", "educational"),
]

WLOCLAWEK_GROUPS = [
    ("osób bezrobotnych i nieaktywnych zawodowo", "unemployed_or_inactive", 449),
    ("osób niepełnosprawnych", "people_with_disabilities", 60),
    (
        "osób opuszczających rodziny zastępcze i placówki opiekuńczo – wychowawcze",
        "leaving_foster_care",
        12,
    ),
]
WLOCLAWEK_INSTRUMENTS = [
    ("kursy i szkolenia", "szkolenie zawodowe", "vocational"),
    ("poradnictwo psychologiczne", "poradnictwo psychologiczne", "health"),
    ("poradnictwo prawne", "doradztwo prawne", "social"),
    ("zajęcia z obsługi komputera", "zajęcia komputerowe", "educational"),
    ("turnusy rehabilitacyjne", "turnus rehabilitacyjny", "health"),
    ("Programy Aktywności Lokalnej", "program aktywności lokalnej", "social"),
]
SZCZECIN_GROUPS = [
    ("Osoby przebywające w pieczy zastępczej", "leaving_foster_care", 200),
    (
        "Rodziny przeżywające trudności w pełnieniu funkcji opiekuńczo wychowawczych",
        "families_with_care_difficulties",
        69,
    ),
    ("Osoby dotknięte ubóstwem", "poverty", 144),
    ("Osoby niepełnosprawne", "people_with_disabilities", 100),
]
SZCZECIN_INSTRUMENTS = [
    ("wyjazdy socjoterapeutyczne", "wyjazd socjoterapeutyczny", "social"),
    ("zajęcia kompensacyjne", "zajęcia kompensacyjne", "educational"),
    ("wsparcie asystentów rodzin", "asystent rodziny", "social"),
    ("udział w Klubie Integracji Społecznej", "klub integracji społecznej", "social"),
]


def seed_projects() -> list[dict]:
    """The five seed documents plus the hostile project, as fct_projects rows."""
    return [
        _project(
            document_id=TORUN_ID,
            project_id="p_torun_aws",
            city_slug="torun",
            source_file="torun/000_d62dbd5068231973.txt",
            document_kind="project_page",
            scope="whole_project",
            title=TORUN_EVIDENCE["title"],
            implementer="Miejski Ośrodek Pomocy Rodzinie w Toruniu",
            programme="Regionalny Program Operacyjny Województwa Kujawsko-Pomorskiego na lata 2014-2020",
            programme_code="RPO_WKP_2014",
            programme_period="2014-2020",
            priority_axis="9",
            measure="9.2",
            submeasure="9.2.1",
            project_type="konkursowy",
            contract_date=dt.date(2017, 10, 13),
            start_date=dt.date(2017, 10, 1),
            end_date=dt.date(2019, 9, 30),
            total_cost_pln=1239061.22,
            total_cost_qualifier="exact",
            eu_cofinancing_pln=1053259.79,
            own_contribution_pln=185801.43,
            participants_planned=120,
            participants_breakdown_sum=120,
            breakdown_matches_planned=True,
            social_effectiveness_pct=34.0,
            employment_effectiveness_pct=22.0,
        ),
        _project(
            document_id=WLOCLAWEK_2011_ID,
            project_id="p_wloclawek_ai",
            city_slug="wloclawek",
            source_file="wloclawek/001_c261dfd9839ef175.txt",
            document_kind="announcement",
            scope="edition",
            scope_year=2011,
            title="Aktywna Integracja - Projekt Systemowy MOPR Włocławek",
            implementer="Miejski Ośrodek Pomocy Rodzinie we Włocławku",
            programme="Program Operacyjny Kapitał Ludzki",
            programme_code="POKL",
            programme_period="2007-2013",
            priority_axis="7",
            measure="7.1",
            submeasure="7.1.1",
            project_type="systemowy",
            start_date=dt.date(2011, 1, 1),
            end_date=dt.date(2011, 12, 31),
            total_cost_pln=2177857.15,
            total_cost_qualifier="exact",
            eu_cofinancing_pln=1949182.15,
            own_contribution_pln=228675.00,
            participants_planned=521,
            participants_breakdown_sum=521,
            breakdown_matches_planned=True,
        ),
        _project(
            document_id=WLOCLAWEK_FINAL_ID,
            project_id="p_wloclawek_ai",
            city_slug="wloclawek",
            source_file="wloclawek/002_15544dd2ddf9f4a7.txt",
            document_kind="final_report",
            scope="whole_project",
            title="Aktywna Integracja – Projekt Systemowy MOPR Włocławek",
            implementer="Miejski Ośrodek Pomocy Rodzinie we Włocławku",
            programme="Program Operacyjny Kapitał Ludzki",
            programme_code="POKL",
            programme_period="2007-2013",
            priority_axis="7",
            measure="7.1",
            submeasure="7.1.1",
            start_date=dt.date(2008, 1, 1),
            end_date=dt.date(2013, 12, 31),
            total_cost_pln=10000000.0,
            total_cost_qualifier="more_than",
            participants_actual=2815,
            participants_completed=2620,
            problems=json.dumps(
                ["total cost stated only as a lower bound (przekroczył kwotę 10 mln zł)"],
                ensure_ascii=False,
            ),
        ),
        _project(
            document_id=SZCZECIN_ID,
            project_id="p_szczecin_ai",
            city_slug="szczecin",
            source_file="szczecin/003_fabddfe91cbf95b5.txt",
            document_kind="announcement",
            scope="whole_project",
            title="Aktywna Integracja w Szczecinie",
            implementer="Miejski Ośrodek Pomocy Rodzinie w Szczecinie",
            programme="Regionalny Program Operacyjny Województwa Zachodniopomorskiego 2014-2020",
            programme_code="RPO_WZ_2014",
            programme_period="2014-2020",
            total_cost_pln=4991287.50,
            total_cost_qualifier="exact",
            eu_cofinancing_pln=4242037.50,
            participants_planned=513,
            participants_breakdown_sum=513,
            breakdown_matches_planned=True,
        ),
        _project(
            document_id=GDYNIA_ID,
            project_id="p_gdynia_ps",
            city_slug="gdynia",
            source_file="gdynia/004_2c2b91088d8d6981.txt",
            document_kind="project_page",
            scope="whole_project",
            title=None,  # the Gdynia page states no title
            implementer="MOPS Gdynia",
            programme="Program Operacyjny Kapitał Ludzki",
            programme_code="POKL",
            programme_period="2007-2013",
            project_type="systemowy",
            start_date=dt.date(2008, 5, 1),
            end_date=dt.date(2013, 12, 31),
            total_cost_pln=15707281.20,
            total_cost_qualifier="exact",
            eu_cofinancing_pln=13952247.93,
            participants_actual=1326,
        ),
        _project(
            document_id=HOSTILE_ID,
            project_id="p_hostile",
            city_slug="gdynia",
            source_file="gdynia/999_<b>hostile</b>.html",
            document_kind="announcement",
            scope="whole_project",
            title=HOSTILE_TITLE,
            implementer=HOSTILE_IMPLEMENTER,
            programme="<svg onload=alert(3)>",
            programme_code="RPO_WP_2014",
            programme_period="2014-2020",
            start_date=dt.date(2017, 3, 1),
            end_date=dt.date(2018, 2, 28),
            total_cost_pln=100000.0,
            total_cost_qualifier="approximately",
            eu_cofinancing_pln=85000.0,
            participants_planned=10,
            participants_breakdown_sum=10,
            breakdown_matches_planned=True,
            problems=json.dumps(["<script>alert(4)</script> in the text"]),
        ),
    ]


def _evidence_rows(projects: list[dict]) -> list[tuple]:
    by_id = {p["project_scope_id"]: p for p in projects}
    rows: list[tuple] = []

    def add(pid, field, value, text, item_key=None, item_index=0, start=0):
        p = by_id[pid]
        fid = f"{pid}_{len(rows):04d}"
        rows.append(
            (
                fid,
                pid,
                p["document_id"],
                p["source_file"],
                field,
                item_key,
                item_index,
                value,
                text,
                start,
                start + len(text),
            )
        )

    for field, text in TORUN_EVIDENCE.items():
        value = TORUN_VALUES.get(field) or by_id[TORUN_ID].get(field) or text
        add(TORUN_ID, field, str(value), text, start=100 + 10 * len(rows))
    for i, (lab, _cat, n) in enumerate(TORUN_GROUPS):
        add(
            TORUN_ID,
            "participants_planned_breakdown",
            str(n),
            f"- {lab},",
            item_key=lab,
            item_index=i,
        )
    for i, (lab, _norm, _type) in enumerate(TORUN_INSTRUMENTS):
        add(TORUN_ID, "instruments", lab, f"•  {lab},", item_index=i)

    w = WLOCLAWEK_2011_ID
    add(
        w,
        "total_cost_pln",
        "2177857.15",
        "Wartość projektu wynosi 2 177 857,15 zł. w tym: dotacja "
        "rozwojowa 1 949 182,15 zł., wkład własny 228 675,00 zł.",
    )
    add(w, "eu_cofinancing_pln", "1949182.15", "dotacja rozwojowa 1 949 182,15 zł.")
    add(w, "own_contribution_pln", "228675.00", "wkład własny 228 675,00 zł.")
    add(
        w,
        "start_date",
        "2011-01-01",
        "Projekt realizowany jest w okresie od stycznia 2011 r. do 31 grudnia 2011 r.",
    )
    add(
        w,
        "end_date",
        "2011-12-31",
        "Projekt realizowany jest w okresie od stycznia 2011 r. do 31 grudnia 2011 r.",
    )
    add(w, "participants_planned", "521", "Grupę docelową stanowi 521 osób z terenu Włocławka")
    for i, (lab, _c, n) in enumerate(WLOCLAWEK_GROUPS):
        add(w, "participants_planned_breakdown", str(n), f"{n} {lab}", item_key=lab, item_index=i)
    for i, (lab, _n, _t) in enumerate(WLOCLAWEK_INSTRUMENTS):
        add(w, "instruments", lab, f"-   {lab},", item_index=i)

    f = WLOCLAWEK_FINAL_ID
    add(f, "total_cost_pln", "10000000", "Koszt projektu ogółem przekroczył kwotę 10 mln zł.")
    add(
        f,
        "participants_actual",
        "2815",
        "Udział w projekcie w latach 2008 - 2013 wzięło ogółem 2 815 osób, zakończyło 2 620.",
    )
    add(
        f,
        "participants_completed",
        "2620",
        "Udział w projekcie w latach 2008 - 2013 wzięło ogółem 2 815 osób, zakończyło 2 620.",
    )
    add(f, "start_date", "2008-01-01", "w latach 2008 – 2013")

    s = SZCZECIN_ID
    add(s, "total_cost_pln", "4991287.50", "Wartość całego projektu wyniesie 4 991 287,50 zł.")
    add(
        s,
        "eu_cofinancing_pln",
        "4242037.50",
        "Miejski Ośrodek Pomocy Rodzinie w Szczecinie otrzyma 4 242 037,50 zł dofinansowania",
    )
    add(
        s,
        "participants_planned",
        "513",
        "Celem głównym projektu jest rozwój aktywnej integracji "
        "oraz pracy socjalnej wśród 513 podopiecznych MOPR",
    )
    for i, (lab, _c, n) in enumerate(SZCZECIN_GROUPS):
        add(
            s,
            "participants_planned_breakdown",
            str(n),
            f"{lab} ({n} uczestników)",
            item_key=lab,
            item_index=i,
        )

    g = GDYNIA_ID
    add(
        g,
        "total_cost_pln",
        "15707281.20",
        "Łączny budżet projektu wyniósł 15.707.281,20 zł, w tym "
        "13.952.247,93 zł w ramach dofinansowania.",
    )
    add(
        g,
        "eu_cofinancing_pln",
        "13952247.93",
        "Łączny budżet projektu wyniósł 15.707.281,20 zł, w "
        "tym 13.952.247,93 zł w ramach dofinansowania.",
    )
    add(
        g,
        "participants_actual",
        "1326",
        "w projekcie udział wzięło ogółem 1.326 mieszkańców Gdyni.",
    )
    add(g, "start_date", "2008-05-01", "maj 2008 – grudzień 2013")
    add(g, "end_date", "2013-12-31", "maj 2008 – grudzień 2013")

    h = HOSTILE_ID
    add(
        h,
        "title",
        HOSTILE_TITLE,
        f"Tytuł: {HOSTILE_TITLE}</td></tr></table><script>alert(5)</script>",
    )
    add(h, "implementer", HOSTILE_IMPLEMENTER, f"Realizator: {HOSTILE_IMPLEMENTER}")
    add(h, "total_cost_pln", "100000", "około 100 000 zł <b>bold</b>")
    add(h, "participants_planned_breakdown", "10", "<i>grupa</i> 10 osób", item_key="<i>grupa</i>")
    return rows


def _groups(projects_by_id: dict) -> list[tuple]:
    rows = []
    for pid, groups in [
        (TORUN_ID, TORUN_GROUPS),
        (WLOCLAWEK_2011_ID, WLOCLAWEK_GROUPS),
        (SZCZECIN_ID, SZCZECIN_GROUPS),
        (HOSTILE_ID, [("<i>grupa</i>", "other", 10)]),
    ]:
        p = projects_by_id[pid]
        for i, (lab, cat, n) in enumerate(groups):
            rows.append((f"{pid}_g{i}", pid, p["project_id"], p["city_slug"], lab, cat, n))
    return rows


def _instruments(projects_by_id: dict) -> list[tuple]:
    rows = []
    hostile = [("<script>alert(6)</script>", "<b>x</b>", "social")]
    for pid, items in [
        (TORUN_ID, TORUN_INSTRUMENTS),
        (WLOCLAWEK_2011_ID, WLOCLAWEK_INSTRUMENTS),
        (SZCZECIN_ID, SZCZECIN_INSTRUMENTS),
        (HOSTILE_ID, hostile),
    ]:
        p = projects_by_id[pid]
        for i, (lab, norm, typ) in enumerate(items):
            rows.append((f"{pid}_i{i}", pid, p["project_id"], p["city_slug"], lab, norm, typ))
    return rows


CITY_COMPARISON_SQL = """
CREATE TABLE main.mart_city_comparison AS
SELECT p.city_slug, any_value(p.city_name) AS city_name, p.programme_period,
       count(*) AS projects,
       count(total_cost_pln) AS projects_with_total_cost,
       sum(total_cost_pln) AS total_cost_pln_sum,
       sum(eu_cofinancing_pln) AS eu_cofinancing_pln_sum,
       count(eu_cofinancing_pln) AS projects_with_eu_cofinancing,
       sum(eu_cofinancing_pln) FILTER (WHERE total_cost_pln IS NOT NULL)
         / nullif(sum(total_cost_pln) FILTER (WHERE eu_cofinancing_pln IS NOT NULL), 0)
         AS eu_cofinancing_share_weighted,
       sum(total_cost_constant_pln) AS total_cost_constant_pln_sum,
       CAST(sum(participants_planned) AS BIGINT) AS participants_planned_sum,
       count(participants_planned) AS projects_with_participants_planned,
       CAST(sum(participants_actual) AS BIGINT) AS participants_actual_sum,
       count(participants_actual) AS projects_with_participants_actual,
       median(coalesce(cost_per_actual_participant_pln, cost_per_planned_participant_pln))
         AS median_cost_per_participant_pln,
       median(coalesce(cost_per_actual_participant_constant_pln,
                       cost_per_planned_participant_constant_pln))
         AS median_cost_per_participant_constant_pln,
       count(coalesce(cost_per_actual_participant_pln, cost_per_planned_participant_pln))
         AS projects_with_cost_per_participant,
       sum(total_cost_eur) AS total_cost_eur_sum
FROM main.fct_projects p
GROUP BY p.city_slug, p.programme_period
ORDER BY p.city_slug, p.programme_period
"""

SYNTHETIC_SQL = """
INSERT INTO main.fct_projects ({cols})
SELECT {exprs} FROM range({n}) r(i)
"""


def _synthetic_projects(con: duckdb.DuckDBPyConnection, n: int) -> None:
    """n synthetic projects across the four cities, two periods, with instruments and groups."""
    exprs = {
        "project_scope_id": "printf('syn%013d', i)",
        "project_id": "printf('psyn%012d', i)",
        "document_id": "printf('syn%013d', i)",
        "source_file": "printf('%s/syn_%07d.txt', ['torun','wloclawek','szczecin','gdynia'][i % 4 + 1], i)",
        "city_slug": "['torun','wloclawek','szczecin','gdynia'][i % 4 + 1]",
        "city_name": "['Toruń','Włocławek','Szczecin','Gdynia'][i % 4 + 1]",
        "voivodeship": "['kujawsko-pomorskie','kujawsko-pomorskie','zachodniopomorskie','pomorskie'][i % 4 + 1]",
        "document_kind": "'plan'",
        "scope": "'whole_project'",
        "title": "printf('Projekt syntetyczny nr %d – aktywizacja społeczno-zawodowa', i)",
        "implementer": "'Miejski Ośrodek Pomocy Społecznej'",
        "programme_period": "CASE WHEN i % 2 = 0 THEN '2007-2013' ELSE '2014-2020' END",
        "programme_code": "CASE WHEN i % 2 = 0 THEN 'POKL' ELSE 'RPO_WKP_2014' END",
        "start_date": "DATE '2008-01-01' + CAST((i * 37) % 4000 AS INTEGER)",
        "end_date": "DATE '2008-01-01' + CAST((i * 37) % 4000 + 200 + i % 700 AS INTEGER)",
        "duration_months": "CAST((200 + i % 700) / 30 AS INTEGER) + 1",
        "total_cost_pln": "round(100000 + (i * 7919) % 5000000 + 0.37, 2)",
        "total_cost_qualifier": "'exact'",
        "eu_cofinancing_pln": "round((100000 + (i * 7919) % 5000000 + 0.37) * 0.85, 2)",
        "eu_cofinancing_share": "0.85",
        "participants_planned": "CAST(20 + i % 500 AS INTEGER)",
        "participants_actual": "CASE WHEN i % 3 = 0 THEN CAST(15 + i % 480 AS INTEGER) END",
        "cost_per_planned_participant_pln": "(100000 + (i * 7919) % 5000000 + 0.37) / (20 + i % 500)",
        "price_base_year": "2024",
        "total_cost_constant_pln": "(100000 + (i * 7919) % 5000000 + 0.37) * 1.4",
        "cost_per_planned_participant_constant_pln": "(100000 + (i * 7919) % 5000000) * 1.4 / (20 + i % 500)",
        "problems": "'[]'",
        "ingested_at": "TIMESTAMP '2025-11-20 01:45:00'",
    }
    con.execute(SYNTHETIC_SQL.format(cols=", ".join(exprs), exprs=", ".join(exprs.values()), n=n))
    con.execute(f"""
        INSERT INTO main.fct_instruments
        SELECT printf('syn%013d_i%d', i, k), printf('syn%013d', i), printf('psyn%012d', i),
               ['torun','wloclawek','szczecin','gdynia'][i % 4 + 1],
               ['Doradztwo zawodowe','Terapia psychologiczna','Kurs komputerowy','Klub integracji'][k + 1],
               ['doradztwo zawodowe','terapia psychologiczna','kurs komputerowy','klub integracji'][k + 1],
               ['vocational','health','educational','social'][k + 1]
        FROM range({n}) r(i), range(0, 1 + CAST(i % 4 AS BIGINT)) q(k)""")
    con.execute(f"""
        INSERT INTO main.fct_participant_groups
        SELECT printf('syn%013d_g0', i), printf('syn%013d', i), printf('psyn%012d', i),
               ['torun','wloclawek','szczecin','gdynia'][i % 4 + 1], 'osoby bezrobotne',
               'unemployed', CAST(20 + i % 500 AS INTEGER)
        FROM range({n}) r(i)""")
    con.execute(f"""
        INSERT INTO main.fct_fact_evidence
        SELECT printf('syn%013d_e%d', i, k), printf('syn%013d', i), printf('syn%013d', i),
               printf('x/syn_%07d.txt', i), ['total_cost_pln','participants_planned','start_date'][k + 1],
               NULL, 0, 'v', printf('Zdanie dowodowe %d dla projektu %d.', k, i), 0, 10
        FROM range({n}) r(i), range(3) q(k)""")


def build_published_db(path: Path, extra_projects: int = 0) -> Path:
    """Write a published-style DuckDB file at ``path`` (replaced if present); return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    for p in (path, path.with_name(path.name + ".wal")):
        p.unlink(missing_ok=True)
    con = duckdb.connect(str(path), config={"autoinstall_known_extensions": False})
    try:
        for table, cols in DDL.items():
            if table != "mart_city_comparison":
                con.execute(f"CREATE TABLE main.{table} ({cols})")

        def insert(table: str, rows: list[tuple]) -> None:
            if rows:
                marks = ", ".join("?" * len(rows[0]))
                con.executemany(f"INSERT INTO main.{table} VALUES ({marks})", rows)

        insert("dim_city", CITIES)
        insert("dim_programme", PROGRAMMES)
        projects = seed_projects()
        names = _names("fct_projects")
        insert("fct_projects", [tuple(p[n] for n in names) for p in projects])
        by_id = {p["project_scope_id"]: p for p in projects}
        insert("fct_participant_groups", _groups(by_id))
        insert("fct_instruments", _instruments(by_id))
        insert("fct_fact_evidence", _evidence_rows(projects))
        sha = {
            TORUN_ID: "4f12d99d21cf64c4c6642209145bd7ce8dc2a9444982f87f5b4bdc05d5793f54",
            WLOCLAWEK_2011_ID: "032c7d74b2d859c5476f82c0ce95533a736c341bfb7b66afba07610fdff8c0a6",
            WLOCLAWEK_FINAL_ID: "7b615044aa2dfb9ff90acf431bea8c52993cc040aceb139c8feb0c5f7656486e",
            SZCZECIN_ID: "dc875b07c3ce4a2d8c20b1a1808f93733e339a0e7ce74b5a04a5037f0f2157ae",
            GDYNIA_ID: "5d90052930fecb695a34148d8e02b56f77bcbd7abbcfcfca166f5d4efd312048",
            HOSTILE_ID: "0" * 64,
        }
        docs = [
            (
                p["document_id"],
                p["city_slug"],
                p["source_file"],
                sha[p["document_id"]],
                4000,
                "utf-8",
                "html" if p["source_file"].endswith(".html") else "txt",
                "ok",
                p["problems"],
                True,
                INGESTED_AT,
            )
            for p in projects
        ]
        docs.append(
            (
                "badc0ffee0000001",
                "torun",
                "torun/skan_umowy.pdf",
                "1" * 64,
                182734,
                None,
                "pdf",
                "rejected",
                '["no text layer (scanned PDF)"]',
                True,
                INGESTED_AT,
            )
        )
        insert("fct_documents", docs)
        if extra_projects:
            _synthetic_projects(con, extra_projects)
        con.execute(CITY_COMPARISON_SQL)
        insert(
            "meta_quarantine",
            [
                (
                    "badc0ffee0000001",
                    "torun",
                    "torun/skan_umowy.pdf",
                    "1" * 64,
                    "no text layer (scanned PDF)",
                    INGESTED_AT,
                ),
                (
                    "badc0ffee0000002",
                    "gdynia",
                    "gdynia/<img src=x onerror=alert(7)>.txt",
                    "2" * 64,
                    "empty file <script>alert(8)</script>",
                    INGESTED_AT,
                ),
            ],
        )
        insert(
            "meta_gate_results",
            [
                (
                    "marts",
                    "fct_projects",
                    "expect_column_values_to_be_unique(project_scope_id)",
                    "error",
                    True,
                    "0 duplicates",
                    "[]",
                ),
                (
                    "marts",
                    "fct_projects",
                    "expect_column_values_to_be_between(eu_cofinancing_share, 0, 1)",
                    "error",
                    True,
                    "0 out of range",
                    "[]",
                ),
                (
                    "marts",
                    "fct_projects",
                    "budget_identity_holds is not false",
                    "warning",
                    True,
                    "0 of 3 projects",
                    "[]",
                ),
                (
                    "marts",
                    "fct_projects",
                    "expect_column_values_to_not_be_null(total_cost_qualifier = exact)",
                    "warning",
                    False,
                    "2 of 6 projects have an inexact total cost",
                    json.dumps(
                        [
                            {
                                "project_scope_id": WLOCLAWEK_FINAL_ID,
                                "total_cost_qualifier": "more_than",
                                "total_cost_pln": 10000000.0,
                            },
                            {
                                "project_scope_id": HOSTILE_ID,
                                "total_cost_qualifier": "approximately",
                                "title": HOSTILE_TITLE,
                            },
                        ],
                        ensure_ascii=False,
                    ),
                ),
                (
                    "marts",
                    "fct_projects",
                    "participants_planned is not null",
                    "warning",
                    False,
                    "2 of 6 projects state no planned participants",
                    json.dumps(
                        [{"project_scope_id": WLOCLAWEK_FINAL_ID}, {"project_scope_id": GDYNIA_ID}]
                    ),
                ),
            ],
        )
        counts = {
            t: con.execute(f"SELECT count(*) FROM main.{t}").fetchone()[0]
            for t in DDL
            if not t.startswith("meta_")
        }
        insert(
            "meta_publication",
            [
                (
                    3,
                    PUBLISHED_AT,
                    "run-2025-11-20-0200",
                    "build/warehouse.duckdb",
                    json.dumps(counts),
                ),
            ],
        )
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return path


if __name__ == "__main__":  # python -m tests.published_factory OUT.duckdb [N]
    import sys

    out = build_published_db(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 0)
    print(out)
