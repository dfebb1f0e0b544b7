"""A small, realistic build warehouse for tests: schema ``marts`` following the mart contract.

Rows are modelled on the sample documents in raw_samples/ (Toruń RPO WK-P 2014-2020: total
1 239 061.22, EU 1 053 259.79, own 185 801.43; Szczecin RPO WZ 2014-2020 announcement; Gdynia and
Włocławek PO KL 7.1.1 2007-2013). Usage::

    frames = default_frames(contradicting=True)          # dict mart -> DataFrame
    frames["fct_projects"].loc[0, "eu_cofinancing_share"] = 1.7
    write_build_db(tmp / "build" / "warehouse.duckdb", frames)

or in one call: ``build_marts_db(path, mutate=lambda f: ...)``. ``mart_city_comparison`` is
recomputed in SQL from fct_projects unless ``recompute_comparison=False``.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "dbt_project" / "seeds"

#: The mart contract (/tmp/marts_contract.md) as DuckDB DDL types.
CONTRACT: dict[str, list[tuple[str, str]]] = {
    "dim_city": [
        ("city_slug", "VARCHAR"),
        ("city_name", "VARCHAR"),
        ("voivodeship", "VARCHAR"),
        ("teryt_gmina", "VARCHAR"),
        ("population", "INTEGER"),
        ("population_date", "DATE"),
        ("population_status", "VARCHAR"),
        ("source", "VARCHAR"),
    ],
    "dim_programme": [
        ("programme_code", "VARCHAR"),
        ("programme_name", "VARCHAR"),
        ("programme_period", "VARCHAR"),
        ("managing_region", "VARCHAR"),
        ("fund", "VARCHAR"),
        ("period_start_date", "DATE"),
        ("period_end_date", "DATE"),
        ("typical_eu_share_min", "DOUBLE"),
        ("typical_eu_share_max", "DOUBLE"),
        ("source", "VARCHAR"),
    ],
    "fct_projects": [
        ("project_scope_id", "VARCHAR"),
        ("project_id", "VARCHAR"),
        ("document_id", "VARCHAR"),
        ("source_file", "VARCHAR"),
        ("city_slug", "VARCHAR"),
        ("city_name", "VARCHAR"),
        ("voivodeship", "VARCHAR"),
        ("document_kind", "VARCHAR"),
        ("scope", "VARCHAR"),
        ("scope_year", "INTEGER"),
        ("title", "VARCHAR"),
        ("implementer", "VARCHAR"),
        ("programme", "VARCHAR"),
        ("programme_code", "VARCHAR"),
        ("programme_period", "VARCHAR"),
        ("priority_axis", "VARCHAR"),
        ("measure", "VARCHAR"),
        ("submeasure", "VARCHAR"),
        ("project_type", "VARCHAR"),
        ("contract_date", "DATE"),
        ("start_date", "DATE"),
        ("end_date", "DATE"),
        ("duration_months", "INTEGER"),
        ("total_cost_pln", "DOUBLE"),
        ("total_cost_qualifier", "VARCHAR"),
        ("eu_cofinancing_pln", "DOUBLE"),
        ("own_contribution_pln", "DOUBLE"),
        ("own_contribution_is_derived", "BOOLEAN"),
        ("eu_cofinancing_share", "DOUBLE"),
        ("own_contribution_share", "DOUBLE"),
        ("budget_identity_holds", "BOOLEAN"),
        ("participants_planned", "INTEGER"),
        ("participants_actual", "INTEGER"),
        ("participants_completed", "INTEGER"),
        ("completion_rate", "DOUBLE"),
        ("participants_breakdown_sum", "INTEGER"),
        ("breakdown_matches_planned", "BOOLEAN"),
        ("cost_per_planned_participant_pln", "DOUBLE"),
        ("cost_per_actual_participant_pln", "DOUBLE"),
        ("cost_per_participant_month_pln", "DOUBLE"),
        ("price_base_year", "INTEGER"),
        ("total_cost_constant_pln", "DOUBLE"),
        ("eu_cofinancing_constant_pln", "DOUBLE"),
        ("own_contribution_constant_pln", "DOUBLE"),
        ("cost_per_planned_participant_constant_pln", "DOUBLE"),
        ("cost_per_actual_participant_constant_pln", "DOUBLE"),
        ("eur_pln_rate", "DOUBLE"),
        ("total_cost_eur", "DOUBLE"),
        ("eu_cofinancing_eur", "DOUBLE"),
        ("own_contribution_eur", "DOUBLE"),
        ("cost_per_planned_participant_eur", "DOUBLE"),
        ("social_effectiveness_pct", "DOUBLE"),
        ("employment_effectiveness_pct", "DOUBLE"),
        ("problems", "VARCHAR"),
        ("ingested_at", "TIMESTAMP"),
    ],
    "fct_participant_groups": [
        ("participant_group_id", "VARCHAR"),
        ("project_scope_id", "VARCHAR"),
        ("project_id", "VARCHAR"),
        ("city_slug", "VARCHAR"),
        ("group_label", "VARCHAR"),
        ("group_category", "VARCHAR"),
        ("participants_planned", "INTEGER"),
    ],
    "fct_instruments": [
        ("instrument_id", "VARCHAR"),
        ("project_scope_id", "VARCHAR"),
        ("project_id", "VARCHAR"),
        ("city_slug", "VARCHAR"),
        ("instrument_label", "VARCHAR"),
        ("instrument_normalised", "VARCHAR"),
        ("instrument_type", "VARCHAR"),
    ],
    "mart_city_comparison": [
        ("city_slug", "VARCHAR"),
        ("city_name", "VARCHAR"),
        ("programme_period", "VARCHAR"),
        ("projects", "BIGINT"),
        ("projects_with_total_cost", "BIGINT"),
        ("total_cost_pln_sum", "DOUBLE"),
        ("eu_cofinancing_pln_sum", "DOUBLE"),
        ("projects_with_eu_cofinancing", "BIGINT"),
        ("eu_cofinancing_share_weighted", "DOUBLE"),
        ("total_cost_constant_pln_sum", "DOUBLE"),
        ("participants_planned_sum", "BIGINT"),
        ("projects_with_participants_planned", "BIGINT"),
        ("participants_actual_sum", "BIGINT"),
        ("projects_with_participants_actual", "BIGINT"),
        ("median_cost_per_participant_pln", "DOUBLE"),
        ("median_cost_per_participant_constant_pln", "DOUBLE"),
        ("projects_with_cost_per_participant", "BIGINT"),
        ("total_cost_eur_sum", "DOUBLE"),
    ],
    "fct_fact_evidence": [
        ("fact_evidence_id", "VARCHAR"),
        ("project_scope_id", "VARCHAR"),
        ("document_id", "VARCHAR"),
        ("source_file", "VARCHAR"),
        ("field", "VARCHAR"),
        ("item_key", "VARCHAR"),
        ("item_index", "INTEGER"),
        ("value", "VARCHAR"),
        ("evidence_text", "VARCHAR"),
        ("evidence_start", "INTEGER"),
        ("evidence_end", "INTEGER"),
    ],
    "fct_documents": [
        ("document_id", "VARCHAR"),
        ("city_slug", "VARCHAR"),
        ("source_file", "VARCHAR"),
        ("sha256", "VARCHAR"),
        ("size_bytes", "BIGINT"),
        ("encoding", "VARCHAR"),
        ("media_type", "VARCHAR"),
        ("status", "VARCHAR"),
        ("problems", "VARCHAR"),
        ("is_current", "BOOLEAN"),
        ("ingested_at", "TIMESTAMP"),
    ],
}

MARTS = tuple(CONTRACT)
INGESTED_AT = dt.datetime(2025, 11, 20, 2, 15, 0)
PRICE_BASE_YEAR = 2024
CONTRADICTING_FILE = "torun/007_aktywni_zapowiedz.txt"
REJECTED_FILE = "torun/099_skan_umowy.pdf"


def sha256_of(source_file: str) -> str:
    return hashlib.sha256(f"synthetic content of {source_file}".encode()).hexdigest()


def document_id(source_file: str) -> str:
    """As in ingestion: first 16 hex of sha256(source_file + "\\n" + sha256)."""
    return hashlib.sha256(f"{source_file}\n{sha256_of(source_file)}".encode()).hexdigest()[:16]


def _read_seed(name: str) -> list[dict[str, str]]:
    with open(SEEDS / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _cpi_factor(year: int) -> float:
    """Price index from `year` to PRICE_BASE_YEAR (product of annual CPI after `year`)."""
    cpi = {int(r["year"]): float(r["cpi_prev_year_100"]) for r in _read_seed("cpi_pl_annual.csv")}
    f = 1.0
    for y in range(year + 1, PRICE_BASE_YEAR + 1):
        f *= cpi[y] / 100.0
    return f


def _eur_rate(year: int) -> float:
    rates = {int(r["year"]): float(r["eur_pln_mean"]) for r in _read_seed("eur_pln_annual.csv")}
    return rates[year]


def _months(start: dt.date, end: dt.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month + 1


def _div(a: float | None, b: float | None) -> float | None:
    return None if a is None or not b else a / b


def _r2(x: float | None) -> float | None:
    return None if x is None else round(x, 2)


CITY = {r["city_slug"]: r for r in _read_seed("cities.csv")}

PROGRAMMES = [
    {
        "programme_code": "POKL",
        "programme_name": "Program Operacyjny Kapitał Ludzki",
        "programme_period": "2007-2013",
        "managing_region": "national",
        "fund": "EFS",
        "period_start_date": dt.date(2007, 1, 1),
        "period_end_date": dt.date(2015, 12, 31),
        "typical_eu_share_min": 0.85,
        "typical_eu_share_max": 0.895,
        "source": "PO KL 7.1.1 systemic projects: own contribution 10.5-15%",
    },
    {
        "programme_code": "RPO_WKP_2014",
        "programme_name": "Regionalny Program Operacyjny Województwa Kujawsko-Pomorskiego 2014-2020",
        "programme_period": "2014-2020",
        "managing_region": "kujawsko-pomorskie",
        "fund": "EFS",
        "period_start_date": dt.date(2014, 1, 1),
        "period_end_date": dt.date(2023, 12, 31),
        "typical_eu_share_min": 0.80,
        "typical_eu_share_max": 0.85,
        "source": "RPO WK-P 2014-2020, 9i",
    },
    {
        "programme_code": "RPO_WZ_2014",
        "programme_name": "Regionalny Program Operacyjny Województwa Zachodniopomorskiego 2014-2020",
        "programme_period": "2014-2020",
        "managing_region": "zachodniopomorskie",
        "fund": "EFS",
        "period_start_date": dt.date(2014, 1, 1),
        "period_end_date": dt.date(2023, 12, 31),
        "typical_eu_share_min": 0.80,
        "typical_eu_share_max": 0.85,
        "source": "RPO WZ 2014-2020, 9i",
    },
    {
        "programme_code": "RPO_WP_2014",
        "programme_name": "Regionalny Program Operacyjny Województwa Pomorskiego 2014-2020",
        "programme_period": "2014-2020",
        "managing_region": "pomorskie",
        "fund": "EFS",
        "period_start_date": dt.date(2014, 1, 1),
        "period_end_date": dt.date(2023, 12, 31),
        "typical_eu_share_min": 0.80,
        "typical_eu_share_max": 0.85,
        "source": "RPO WP 2014-2020, 9i",
    },
]

PROGRAMME_NAMES = {
    p["programme_code"]: (p["programme_name"], p["programme_period"]) for p in PROGRAMMES
}


def project_row(
    source_file: str,
    *,
    city_slug: str,
    document_kind: str,
    title: str,
    programme_code: str,
    scope: str = "whole_project",
    scope_year: int | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    contract_date: dt.date | None = None,
    total: float | None = None,
    qualifier: str = "exact",
    eu: float | None = None,
    own: float | None = None,
    planned: int | None = None,
    actual: int | None = None,
    completed: int | None = None,
    breakdown_sum: int | None = None,
    social_pct: float | None = None,
    employment_pct: float | None = None,
    project_id: str | None = None,
    measure: str | None = None,
    problems: list[str] | None = None,
) -> dict[str, Any]:
    """One fct_projects row with every derived column computed the way the contract says."""
    doc = document_id(source_file)
    derived = False
    if own is None and total is not None and eu is not None and qualifier == "exact":
        own, derived = round(total - eu, 2), True
    stated_all = total is not None and eu is not None and own is not None and not derived
    identity = None if not stated_all else abs(total - eu - own) <= 0.01
    duration = _months(start, end) if start and end else None
    people = actual if actual is not None else planned
    year = start.year if start else None
    cpi = _cpi_factor(year) if year else None
    rate = _eur_rate(year) if year else None
    exact = total is not None and qualifier == "exact"  # shares and ratios need an exact total
    cpp = _div(total, planned) if exact else None
    cpa = _div(total, actual) if exact else None
    name, period = PROGRAMME_NAMES[programme_code]
    city = CITY[city_slug]
    return {
        "project_scope_id": doc,
        "project_id": project_id or f"{city_slug}:{hashlib.md5(title.encode()).hexdigest()[:8]}",
        "document_id": doc,
        "source_file": source_file,
        "city_slug": city_slug,
        "city_name": city["city_name"],
        "voivodeship": city["voivodeship"],
        "document_kind": document_kind,
        "scope": scope,
        "scope_year": scope_year,
        "title": title,
        "implementer": f"Miejski Ośrodek Pomocy Rodzinie ({city['city_name']})",
        "programme": name,
        "programme_code": programme_code,
        "programme_period": period,
        "priority_axis": "VII" if programme_code == "POKL" else "9",
        "measure": measure or ("7.1" if programme_code == "POKL" else "9.2"),
        "submeasure": "7.1.1" if programme_code == "POKL" else None,
        "project_type": "systemowy" if programme_code == "POKL" else "konkursowy",
        "contract_date": contract_date,
        "start_date": start,
        "end_date": end,
        "duration_months": duration,
        "total_cost_pln": total,
        "total_cost_qualifier": qualifier if total is not None else None,
        "eu_cofinancing_pln": eu,
        "own_contribution_pln": own,
        "own_contribution_is_derived": derived,
        "eu_cofinancing_share": _div(eu, total) if exact else None,
        "own_contribution_share": _div(own, total) if exact else None,
        "budget_identity_holds": identity,
        "participants_planned": planned,
        "participants_actual": actual,
        "participants_completed": completed,
        "completion_rate": _div(completed, actual),
        "participants_breakdown_sum": breakdown_sum,
        "breakdown_matches_planned": None
        if breakdown_sum is None or planned is None
        else breakdown_sum == planned,
        "cost_per_planned_participant_pln": _r2(cpp),
        "cost_per_actual_participant_pln": _r2(cpa),
        "cost_per_participant_month_pln": _r2(_div(total, people * duration))
        if exact and people and duration
        else None,
        "price_base_year": PRICE_BASE_YEAR,
        "total_cost_constant_pln": _r2(total * cpi) if total is not None and cpi else None,
        "eu_cofinancing_constant_pln": _r2(eu * cpi) if eu is not None and cpi else None,
        "own_contribution_constant_pln": _r2(own * cpi) if own is not None and cpi else None,
        "cost_per_planned_participant_constant_pln": _r2(cpp * cpi) if cpp and cpi else None,
        "cost_per_actual_participant_constant_pln": _r2(cpa * cpi) if cpa and cpi else None,
        "eur_pln_rate": rate,
        "total_cost_eur": _r2(_div(total, rate)),
        "eu_cofinancing_eur": _r2(_div(eu, rate)),
        "own_contribution_eur": _r2(_div(own, rate)),
        "cost_per_planned_participant_eur": _r2(_div(cpp, rate)),
        "social_effectiveness_pct": social_pct,
        "employment_effectiveness_pct": employment_pct,
        "problems": json.dumps(problems or [], ensure_ascii=False),
        "ingested_at": INGESTED_AT,
    }


def _projects(contradicting: bool, extra_projects: int) -> list[dict[str, Any]]:
    rows = [
        project_row(
            "torun/000_d62dbd5068231973.txt",
            city_slug="torun",
            document_kind="project_page",
            title="Aktywne włączenie społeczne na terenie Gminy Miasta Toruń",
            programme_code="RPO_WKP_2014",
            start=dt.date(2017, 10, 1),
            end=dt.date(2019, 9, 30),
            contract_date=dt.date(2017, 10, 13),
            total=1239061.22,
            eu=1053259.79,
            own=185801.43,
            planned=120,
            breakdown_sum=120,
            project_id="torun:aktywne-wlaczenie-2017",
        ),
        project_row(
            "szczecin/003_fabddfe91cbf95b5.txt",
            city_slug="szczecin",
            document_kind="announcement",
            title="Aktywna Integracja w Szczecinie",
            programme_code="RPO_WZ_2014",
            total=4991287.50,
            eu=4242037.50,
            planned=513,
            breakdown_sum=513,
        ),
        project_row(
            "gdynia/004_2c2b91088d8d6981.txt",
            city_slug="gdynia",
            document_kind="project_page",
            title="Asystentura rodzin i pogłębiona praca socjalna",
            programme_code="POKL",
            start=dt.date(2008, 5, 1),
            end=dt.date(2013, 12, 31),
            total=15707281.20,
            eu=13952247.93,
        ),
        project_row(
            "wloclawek/001_c261dfd9839ef175.txt",
            city_slug="wloclawek",
            document_kind="plan",
            title="Aktywna Integracja - Projekt Systemowy MOPR Włocławek",
            programme_code="POKL",
            scope="edition",
            scope_year=2012,
            start=dt.date(2012, 1, 1),
            end=dt.date(2012, 12, 31),
            total=1830000.00,
            eu=1637850.00,
            own=192150.00,
            planned=521,
            breakdown_sum=521,
            project_id="wloclawek:aktywna-integracja",
        ),
        project_row(
            "wloclawek/002_15544dd2ddf9f4a7.txt",
            city_slug="wloclawek",
            document_kind="final_report",
            title="Aktywna Integracja - Projekt Systemowy MOPR Włocławek",
            programme_code="POKL",
            start=dt.date(2008, 1, 1),
            end=dt.date(2013, 12, 31),
            total=10_000_000.00,
            qualifier="more_than",
            actual=2815,
            completed=2620,
            project_id="wloclawek:aktywna-integracja",
        ),
    ]
    if contradicting:
        # An announcement whose own contribution contradicts total - EU by 10 000 zł (a typo
        # in the document): stated amounts, identity false, shares still within [0, 1].
        rows.append(
            project_row(
                CONTRADICTING_FILE,
                city_slug="torun",
                document_kind="announcement",
                title="Aktywni razem - zapowiedź projektu",
                programme_code="RPO_WKP_2014",
                start=dt.date(2019, 1, 1),
                end=dt.date(2020, 12, 31),
                total=1239061.22,
                eu=1053259.79,
                own=195801.43,
                planned=120,
                breakdown_sum=120,
            )
        )
    for k in range(extra_projects):
        total = 500000.0 + 1000.0 * k
        rows.append(
            project_row(
                f"gdynia/1{k:02d}_edycja_{2009 + k % 5}.txt",
                city_slug="gdynia",
                document_kind="plan",
                title=f"Asystentura rodzin - edycja {2009 + k % 5} ({k})",
                programme_code="POKL",
                scope="edition",
                scope_year=2009 + k % 5,
                start=dt.date(2009 + k % 5, 1, 1),
                end=dt.date(2009 + k % 5, 12, 31),
                total=total,
                eu=round(total * 0.85, 2),
                own=round(total * 0.15, 2),
                planned=60 + k,
                breakdown_sum=60 + k,
                project_id="gdynia:asystentura",
            )
        )
    return rows


def default_frames(
    *, contradicting: bool = False, extra_projects: int = 0
) -> dict[str, pd.DataFrame]:
    """The marts as DataFrames (mart_city_comparison left empty: computed at write time)."""
    projects = _projects(contradicting, extra_projects)
    by_file = {p["source_file"]: p for p in projects}
    dim_city = [
        {
            "city_slug": r["city_slug"],
            "city_name": r["city_name"],
            "voivodeship": r["voivodeship"],
            "teryt_gmina": r["teryt_gmina"],
            "population": int(r["population"]),
            "population_date": dt.date.fromisoformat(r["population_date"]),
            "population_status": r["population_status"],
            "source": r["source"],
        }
        for r in CITY.values()
    ]
    groups_spec = {
        "torun/000_d62dbd5068231973.txt": [
            ("osoby bezrobotne zakwalifikowane do III profilu", "unemployed", 32),
            ("osoby bezrobotne zakwalifikowane do I i II profilu", "unemployed", 32),
            ("osoby bierne zawodowo", "economically_inactive", 16),
            ("osoby z otoczenia osób zagrożonych ubóstwem", "family_environment", 40),
        ],
        "szczecin/003_fabddfe91cbf95b5.txt": [
            ("Osoby przebywające w pieczy zastępczej", "leaving_foster_care", 200),
            (
                "Rodziny przeżywające trudności w pełnieniu funkcji opiekuńczo wychowawczych",
                "families_with_care_difficulties",
                69,
            ),
            ("Osoby dotknięte ubóstwem", "poverty", 144),
            ("Osoby niepełnosprawne", "people_with_disabilities", 100),
        ],
        "wloclawek/001_c261dfd9839ef175.txt": [
            ("osoby bezrobotne i nieaktywne zawodowo", "unemployed_or_inactive", 449),
            ("osoby niepełnosprawne", "people_with_disabilities", 60),
            ("osoby opuszczające rodziny zastępcze i placówki", "leaving_foster_care", 12),
        ],
    }
    groups = []
    for sf, items in groups_spec.items():
        p = by_file[sf]
        for i, (label, cat, n) in enumerate(items):
            groups.append(
                {
                    "participant_group_id": f"{p['project_scope_id']}-g{i}",
                    "project_scope_id": p["project_scope_id"],
                    "project_id": p["project_id"],
                    "city_slug": p["city_slug"],
                    "group_label": label,
                    "group_category": cat,
                    "participants_planned": n,
                }
            )
    instr_spec = {
        "torun/000_d62dbd5068231973.txt": [
            ("kontrakt socjalny", "kontrakt socjalny", "social"),
            ("instrumenty aktywizacji zawodowej", "aktywizacja zawodowa", "vocational"),
            ("instrumenty aktywizacji edukacyjnej", "aktywizacja edukacyjna", "educational"),
            ("działania o charakterze zdrowotnym", "wsparcie zdrowotne", "health"),
        ],
        "wloclawek/001_c261dfd9839ef175.txt": [
            ("kursy i szkolenia podnoszące kompetencje", "kursy i szkolenia", "vocational"),
            ("turnusy rehabilitacyjne", "turnus rehabilitacyjny", "health"),
            ("grupy wsparcia dla osób niepełnosprawnych", "grupa wsparcia", "social"),
        ],
    }
    instruments = []
    for sf, items in instr_spec.items():
        p = by_file[sf]
        for i, (label, norm, typ) in enumerate(items):
            instruments.append(
                {
                    "instrument_id": f"{p['project_scope_id']}-i{i}",
                    "project_scope_id": p["project_scope_id"],
                    "project_id": p["project_id"],
                    "city_slug": p["city_slug"],
                    "instrument_label": label,
                    "instrument_normalised": norm,
                    "instrument_type": typ,
                }
            )
    evidence = []
    for p in projects:
        for field_name, fmt in (
            ("total_cost_pln", "Koszt całkowity: {} zł"),
            ("eu_cofinancing_pln", "Kwota dofinansowania: {} zł"),
            ("start_date", "Termin realizacji: {}"),
        ):
            value = p[field_name]
            if value is None:
                continue
            text = fmt.format(value)
            start = 100 + 40 * len(evidence) % 900
            evidence.append(
                {
                    "fact_evidence_id": f"{p['document_id']}-{field_name}-0",
                    "project_scope_id": p["project_scope_id"],
                    "document_id": p["document_id"],
                    "source_file": p["source_file"],
                    "field": field_name,
                    "item_key": None,
                    "item_index": 0,
                    "value": str(value),
                    "evidence_text": text,
                    "evidence_start": start,
                    "evidence_end": start + len(text),
                }
            )
    documents = [
        {
            "document_id": p["document_id"],
            "city_slug": p["city_slug"],
            "source_file": p["source_file"],
            "sha256": sha256_of(p["source_file"]),
            "size_bytes": 4096 + 17 * i,
            "encoding": "utf-8",
            "media_type": "txt",
            "status": "ok",
            "problems": "[]",
            "is_current": True,
            "ingested_at": INGESTED_AT,
        }
        for i, p in enumerate(projects)
    ]
    documents.append(
        {
            "document_id": document_id(REJECTED_FILE),
            "city_slug": "torun",
            "source_file": REJECTED_FILE,
            "sha256": sha256_of(REJECTED_FILE),
            "size_bytes": 812_330,
            "encoding": None,
            "media_type": "pdf",
            "status": "rejected",
            "problems": '["pdf has no text layer"]',
            "is_current": True,
            "ingested_at": INGESTED_AT,
        }
    )
    frames = {
        "dim_city": dim_city,
        "dim_programme": PROGRAMMES,
        "fct_projects": projects,
        "fct_participant_groups": groups,
        "fct_instruments": instruments,
        "mart_city_comparison": [],
        "fct_fact_evidence": evidence,
        "fct_documents": documents,
    }
    return {
        m: pd.DataFrame(rows, columns=[c for c, _ in CONTRACT[m]]) for m, rows in frames.items()
    }


COMPARISON_SQL = """
SELECT p.city_slug, any_value(p.city_name) AS city_name,
  coalesce(p.programme_period, 'unknown') AS programme_period,
  count(*) AS projects,
  count(p.total_cost_pln) AS projects_with_total_cost,
  sum(p.total_cost_pln) AS total_cost_pln_sum,
  sum(p.eu_cofinancing_pln) AS eu_cofinancing_pln_sum,
  count(p.eu_cofinancing_pln) AS projects_with_eu_cofinancing,
  sum(CASE WHEN p.total_cost_pln IS NOT NULL AND p.eu_cofinancing_pln IS NOT NULL
           THEN p.eu_cofinancing_pln END)
    / nullif(sum(CASE WHEN p.total_cost_pln IS NOT NULL AND p.eu_cofinancing_pln IS NOT NULL
           THEN p.total_cost_pln END), 0) AS eu_cofinancing_share_weighted,
  sum(p.total_cost_constant_pln) AS total_cost_constant_pln_sum,
  sum(p.participants_planned) AS participants_planned_sum,
  count(p.participants_planned) AS projects_with_participants_planned,
  sum(p.participants_actual) AS participants_actual_sum,
  count(p.participants_actual) AS projects_with_participants_actual,
  median(coalesce(p.cost_per_actual_participant_pln, p.cost_per_planned_participant_pln))
    AS median_cost_per_participant_pln,
  median(coalesce(p.cost_per_actual_participant_constant_pln,
                  p.cost_per_planned_participant_constant_pln))
    AS median_cost_per_participant_constant_pln,
  count(coalesce(p.cost_per_actual_participant_pln, p.cost_per_planned_participant_pln))
    AS projects_with_cost_per_participant,
  sum(p.total_cost_eur) AS total_cost_eur_sum
FROM {schema}.fct_projects p
GROUP BY p.city_slug, coalesce(p.programme_period, 'unknown')
ORDER BY 1, 3
"""


def write_build_db(
    path: Path | str,
    frames: dict[str, pd.DataFrame],
    *,
    schema: str = "marts",
    recompute_comparison: bool = True,
    quarantine: bool = True,
    marts: tuple[str, ...] = MARTS,
) -> Path:
    """(Re)create the build file with the marts in `schema` (+ raw.documents/raw.quarantine)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    for f in (path, path.with_name(path.name + ".wal")):
        if f.exists():
            f.unlink()
    con = duckdb.connect(str(path))
    try:
        con.execute(f"CREATE SCHEMA {schema}")
        for m in marts:
            cols = CONTRACT[m]
            con.execute(
                f"CREATE TABLE {schema}.{m} (" + ", ".join(f'"{c}" {t}' for c, t in cols) + ")"
            )
            if m == "mart_city_comparison" and recompute_comparison:
                continue
            df = frames[m]
            if len(df):
                con.register("frame_to_insert", df)
                con.execute(
                    f"INSERT INTO {schema}.{m} SELECT "
                    + ", ".join(f'"{c}"' for c in df.columns)
                    + " FROM frame_to_insert"
                )
                con.unregister("frame_to_insert")
        if recompute_comparison and "mart_city_comparison" in marts:
            con.execute(
                f"INSERT INTO {schema}.mart_city_comparison " + COMPARISON_SQL.format(schema=schema)
            )
        if quarantine:
            docs = frames["fct_documents"]
            con.execute("CREATE SCHEMA raw")
            con.execute(
                "CREATE TABLE raw.documents (document_id VARCHAR, city_slug VARCHAR, "
                "source_file VARCHAR, sha256 VARCHAR, status VARCHAR, is_current BOOLEAN, "
                "ingested_at TIMESTAMP)"
            )
            con.register("docs_frame", docs)
            con.execute(
                "INSERT INTO raw.documents SELECT document_id, city_slug, source_file, sha256, "
                "status, is_current, ingested_at FROM docs_frame"
            )
            con.unregister("docs_frame")
            con.execute(
                "CREATE TABLE raw.quarantine (document_id VARCHAR, city_slug VARCHAR, "
                "source_file VARCHAR, sha256 VARCHAR, reason VARCHAR, ingested_at TIMESTAMP)"
            )
            con.execute(
                "INSERT INTO raw.quarantine SELECT document_id, city_slug, source_file, sha256, "
                "'pdf has no text layer (scanned image)', ingested_at FROM raw.documents "
                "WHERE status = 'rejected'"
            )
            # an older version of a since-removed file: quarantined once, no longer current
            con.execute(
                "INSERT INTO raw.documents VALUES ('00000000deadbeef', 'gdynia', "
                "'gdynia/old_removed.html', repeat('0', 64), 'rejected', false, "
                "TIMESTAMP '2025-01-01 00:00:00')"
            )
            con.execute(
                "INSERT INTO raw.quarantine VALUES ('00000000deadbeef', 'gdynia', "
                "'gdynia/old_removed.html', repeat('0', 64), 'no text', "
                "TIMESTAMP '2025-01-01 00:00:00')"
            )
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return path


def build_marts_db(
    path: Path | str,
    *,
    contradicting: bool = False,
    extra_projects: int = 0,
    mutate: Callable[[dict[str, pd.DataFrame]], None] | None = None,
    schema: str = "marts",
    recompute_comparison: bool = True,
) -> Path:
    frames = default_frames(contradicting=contradicting, extra_projects=extra_projects)
    if mutate is not None:
        mutate(frames)
    return write_build_db(path, frames, schema=schema, recompute_comparison=recompute_comparison)


def build_row_counts(path: Path | str, schema: str = "marts") -> dict[str, int]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {
            m: int(con.execute(f"SELECT count(*) FROM {schema}.{m}").fetchone()[0]) for m in MARTS
        }
    finally:
        con.close()


def passing_gate_result(build_db: Path | str, run_id: str = "test-run"):
    """A GateResult that passed, without running GX (for publish tests); real row counts."""
    from orchestration.gate import ExpectationResult, GateResult

    return GateResult(
        passed=True,
        results=[
            ExpectationResult(
                suite="fct_projects",
                mart="fct_projects",
                expectation="expect_column_values_to_be_unique(project_scope_id)",
                severity="error",
                success=True,
                observed="0 of 5 rows unexpected",
            )
        ],
        summary="Gate PASSED (stub for publish tests)",
        run_id=run_id,
        build_db=str(Path(build_db).resolve()),
        row_counts=build_row_counts(build_db),
    )
