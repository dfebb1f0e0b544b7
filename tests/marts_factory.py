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

MARTS_YAML = REPO / "dbt_project" / "models" / "marts" / "_marts__models.yml"


def _contract() -> dict[str, list[tuple[str, str]]]:
    """The mart contract, read from the marts' dbt YAML (the only list of published columns):
    mart -> [(column, DuckDB type)]."""
    import yaml

    spec = yaml.safe_load(MARTS_YAML.read_text(encoding="utf-8"))
    return {
        m["name"]: [(c["name"], str(c["data_type"]).upper()) for c in m["columns"]]
        for m in spec["models"]
    }


CONTRACT: dict[str, list[tuple[str, str]]] = _contract()
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
    rows.append(
        project_row(
            "gdynia/005_klub_integracji.txt",
            city_slug="gdynia",
            document_kind="final_report",
            title="Klub Integracji Społecznej w Gdyni",
            programme_code="POKL",
            start=dt.date(2010, 1, 1),
            end=dt.date(2012, 12, 31),
            total=900000.00,
            eu=765000.00,
            actual=150,
            completed=120,
        )
    )
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
                project_id=f"gdynia:asystentura-{k}",
            )
        )
    return rows


DOCUMENT_FIGURES = (
    "project_id",
    "document_kind",
    "scope",
    "scope_year",
    "title",
    "implementer",
    "programme",
    "programme_code",
    "programme_period",
    "measure",
    "submeasure",
    "start_date",
    "end_date",
    "total_cost_pln",
    "total_cost_qualifier",
    "eu_cofinancing_pln",
    "own_contribution_pln",
    "own_contribution_is_derived",
    "budget_identity_holds",
    "participants_planned",
    "participants_actual",
    "participants_completed",
    "participants_breakdown_sum",
    "breakdown_matches_planned",
    "social_effectiveness_pct",
    "employment_effectiveness_pct",
)
KIND_RANK = {"final_report": 0, "plan": 1, "project_page": 2, "announcement": 3}


def _edition_id(scope: dict[str, Any]) -> str:
    return hashlib.md5(f"{scope['project_id']}|{scope['scope_year']}".encode()).hexdigest()[:16]


def edition_level(scopes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """fct_project_editions: one row per (project, year) of the edition scopes (one document
    each in the factory)."""
    out = []
    for s in scopes:
        if s["scope"] != "edition":
            continue
        out.append(
            {
                "edition_id": _edition_id(s),
                "project_id": s["project_id"],
                "city_slug": s["city_slug"],
                "edition_year": s["scope_year"],
                "documents": 1,
                "start_date": s["start_date"],
                "start_date_precision": "day" if s["start_date"] else None,
                "end_date": s["end_date"],
                "end_date_precision": "day" if s["end_date"] else None,
                "total_cost_pln": s["total_cost_pln"],
                "total_cost_qualifier": s["total_cost_qualifier"],
                "total_cost_document_id": s["document_id"]
                if s["total_cost_pln"] is not None
                else None,
                "eu_cofinancing_pln": s["eu_cofinancing_pln"],
                "own_contribution_pln": s["own_contribution_pln"],
                "own_contribution_is_derived": s["own_contribution_is_derived"],
                "eu_cofinancing_share": s["eu_cofinancing_share"],
                "participants_planned": s["participants_planned"],
                "participants_planned_document_id": s["document_id"]
                if s["participants_planned"] is not None
                else None,
                "participants_actual": s["participants_actual"],
                "participants_completed": s["participants_completed"],
                "participants_actual_document_id": s["document_id"]
                if s["participants_actual"] is not None
                else None,
                "cost_per_planned_participant_pln": s["cost_per_planned_participant_pln"],
                "cost_per_actual_participant_pln": s["cost_per_actual_participant_pln"],
                "total_cost_constant_pln": s["total_cost_constant_pln"],
                "total_cost_eur": s["total_cost_eur"],
            }
        )
    return out


def project_level(scopes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """fct_projects: one row per project_id, by the precedence of the dbt model (whole-project
    figures first, the most final document first; else the sum of the editions, flagged)."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for s in scopes:
        groups.setdefault(s["project_id"], []).append(s)
    out = []
    for pid, docs in groups.items():
        docs = sorted(docs, key=lambda d: KIND_RANK.get(d["document_kind"], 9))
        whole = [d for d in docs if d["scope"] != "edition"]
        editions = [d for d in docs if d["scope"] == "edition"]
        base = dict(whole[0] if whole else docs[0])

        def pick(col: str) -> tuple[Any, str | None, dict | None]:
            for d in whole:
                if d[col] is not None:
                    return d[col], "whole_project", d
            vals = [d[col] for d in editions if d[col] is not None]
            return (sum(vals), "sum_of_editions", None) if vals else (None, None, None)

        total, total_basis, total_doc = pick("total_cost_pln")
        eu, eu_basis, eu_doc = pick("eu_cofinancing_pln")
        planned, planned_basis, planned_doc = pick("participants_planned")
        actual, actual_basis, actual_doc = pick("participants_actual")
        row = dict(base)
        same = total_basis is not None and total_basis == eu_basis
        exact = (total_doc is not None and total_doc["total_cost_qualifier"] == "exact") or (
            total_basis == "sum_of_editions"
            and all(
                d["total_cost_qualifier"] == "exact"
                for d in editions
                if d["total_cost_pln"] is not None
            )
        )
        qualifier = (
            total_doc["total_cost_qualifier"]
            if total_doc
            else ("exact" if exact else ("more_than" if total is not None else None))
        )
        own = total_doc["own_contribution_pln"] if total_doc else None
        own_derived = bool(total_doc and total_doc["own_contribution_is_derived"] and same)
        if not same:
            own, own_derived = (
                (own if total_doc and not total_doc["own_contribution_is_derived"] else None),
                False,
            )
        principal = total_doc or (whole[0] if whole else docs[0])
        row.update(
            {
                "project_id": pid,
                "source_file": principal["source_file"],
                "documents": len(docs),
                "editions": len(editions),
                "has_final_report": any(d["document_kind"] == "final_report" for d in docs),
                "programme_name": PROGRAMME_NAMES[
                    next(c for c, v in PROGRAMME_NAMES.items() if v[0] == base["programme"])
                ][0],
                "project_number": None,
                "start_date_precision": "day" if base["start_date"] else None,
                "end_date_precision": "day" if base["end_date"] else None,
                "dates_document_id": base["document_id"] if base["start_date"] else None,
                "total_cost_pln": total,
                "total_cost_qualifier": qualifier,
                "total_cost_basis": total_basis,
                "total_cost_document_id": total_doc["document_id"] if total_doc else None,
                "total_cost_evidence": f"Koszt całkowity: {total} zł" if total_doc else None,
                "eu_cofinancing_pln": eu,
                "eu_cofinancing_basis": eu_basis,
                "eu_cofinancing_document_id": eu_doc["document_id"] if eu_doc else None,
                "own_contribution_pln": own,
                "own_contribution_is_derived": own_derived,
                "eu_cofinancing_share": _div(eu, total) if exact and same else None,
                "own_contribution_share": _div(own, total)
                if exact and same and own is not None
                else None,
                "budget_identity_holds": total_doc["budget_identity_holds"] if total_doc else None,
                "participants_planned": planned,
                "participants_planned_basis": planned_basis,
                "participants_planned_document_id": planned_doc["document_id"]
                if planned_doc
                else None,
                "participants_planned_evidence": None,
                "participants_actual": actual,
                "participants_actual_basis": actual_basis,
                "participants_actual_document_id": actual_doc["document_id"]
                if actual_doc
                else None,
                "participants_actual_evidence": None,
                "participants_completed": actual_doc["participants_completed"]
                if actual_doc
                else None,
                "completion_rate": _div(actual_doc["participants_completed"], actual)
                if actual_doc
                else None,
                "cost_per_planned_participant_pln": _r2(_div(total, planned))
                if exact and planned_basis == total_basis
                else None,
                "cost_per_actual_participant_pln": _r2(_div(total, actual))
                if exact and actual_basis == total_basis
                else None,
                "cost_per_project_year_pln": _r2(total / (base["duration_months"] / 12))
                if exact and total_basis == "whole_project" and base["duration_months"]
                else None,
                "social_effectiveness_basis": "target"
                if base["social_effectiveness_pct"] is not None
                else None,
                "employment_effectiveness_basis": "target"
                if base["employment_effectiveness_pct"] is not None
                else None,
            }
        )
        year = base["start_date"].year if base["start_date"] else None
        cpi = _cpi_factor(year) if year else None
        rate = row["eur_pln_rate"]
        for nominal, constant, eur in (
            ("total_cost_pln", "total_cost_constant_pln", "total_cost_eur"),
            ("eu_cofinancing_pln", "eu_cofinancing_constant_pln", "eu_cofinancing_eur"),
            (
                "cost_per_planned_participant_pln",
                "cost_per_planned_participant_constant_pln",
                "cost_per_planned_participant_eur",
            ),
            (
                "cost_per_actual_participant_pln",
                "cost_per_actual_participant_constant_pln",
                "cost_per_actual_participant_eur",
            ),
            ("cost_per_project_year_pln", "cost_per_project_year_constant_pln", None),
        ):
            v = row[nominal]
            row[constant] = _r2(v * cpi) if v is not None and cpi else None
            if eur:
                row[eur] = _r2(_div(v, rate)) if rate else None
        out.append(row)
    return out


def default_frames(
    *, contradicting: bool = False, extra_projects: int = 0
) -> dict[str, pd.DataFrame]:
    """The marts as DataFrames (mart_city_comparison left empty: computed at write time).
    ``project_row`` builds one row per document (project scope); fct_projects holds them merged
    per project, fct_documents the figures each document states."""
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
                    "document_id": p["document_id"],
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
                    "document_id": p["document_id"],
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
                    "project_id": p["project_id"],
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
            **{k: p.get(k) for k in DOCUMENT_FIGURES},
            "edition_id": _edition_id(p) if p["scope"] == "edition" else None,
            "start_date_precision": "day" if p["start_date"] else None,
            "end_date_precision": "day" if p["end_date"] else None,
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
        "fct_projects": project_level(projects),
        "fct_project_editions": edition_level(projects),
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
WITH u AS (
  SELECT p.*, coalesce(p.programme_period, 'unknown') AS period_key,
    CASE WHEN total_cost_basis = 'whole_project' AND total_cost_qualifier = 'exact' THEN total_cost_pln END AS t_exact,
    CASE WHEN total_cost_basis = 'whole_project' AND total_cost_qualifier = 'more_than' THEN total_cost_pln END AS t_lb,
    CASE WHEN total_cost_basis = 'whole_project' AND total_cost_qualifier = 'exact' AND duration_months > 0
         THEN duration_months / 12.0 END AS years,
    CASE WHEN eu_cofinancing_basis = 'whole_project' THEN eu_cofinancing_pln END AS eu,
    CASE WHEN participants_planned_basis = 'whole_project' THEN participants_planned END AS planned,
    CASE WHEN participants_actual_basis = 'whole_project' THEN participants_actual END AS actual
  FROM {schema}.fct_projects p
), g AS (
  SELECT city_slug, period_key, count(*) AS projects,
    count(t_exact) AS n_total, sum(t_exact) AS total, count(t_lb) AS n_lb, sum(t_lb) AS lb,
    CASE WHEN count(CASE WHEN t_exact IS NOT NULL THEN total_cost_constant_pln END) = count(t_exact)
         THEN sum(CASE WHEN t_exact IS NOT NULL THEN total_cost_constant_pln END) END AS total_const,
    CASE WHEN count(CASE WHEN t_exact IS NOT NULL THEN total_cost_eur END) = count(t_exact)
         THEN sum(CASE WHEN t_exact IS NOT NULL THEN total_cost_eur END) END AS total_eur,
    count(eu) AS n_eu, sum(eu) AS eu,
    count(eu_cofinancing_share) AS n_share,
    sum(CASE WHEN eu_cofinancing_share IS NOT NULL THEN eu_cofinancing_pln END)
      / nullif(sum(CASE WHEN eu_cofinancing_share IS NOT NULL THEN total_cost_pln END), 0) AS share,
    count(years) AS n_years,
    sum(CASE WHEN years IS NOT NULL THEN t_exact END) / nullif(sum(years), 0) AS per_year,
    count(planned) AS n_planned, sum(planned) AS planned, count(actual) AS n_actual, sum(actual) AS actual,
    count(cost_per_planned_participant_pln) AS n_cpp, median(cost_per_planned_participant_pln) AS cpp,
    median(cost_per_planned_participant_constant_pln) AS cpp_const,
    count(cost_per_actual_participant_pln) AS n_cpa, median(cost_per_actual_participant_pln) AS cpa,
    median(cost_per_actual_participant_constant_pln) AS cpa_const
  FROM u GROUP BY city_slug, period_key
)
SELECT g.city_slug, c.city_name, g.period_key, c.population, g.projects, g.n_total, g.total, g.n_lb, g.lb,
  CASE WHEN g.n_total + g.n_lb > 0 THEN coalesce(g.total, 0) + coalesce(g.lb, 0) END,
  g.total_const, g.total_eur, g.total / nullif(c.population, 0), g.n_eu, g.eu, g.eu / nullif(c.population, 0),
  g.n_share, g.share, g.n_years, g.per_year, g.n_planned, g.planned, g.n_actual, g.actual,
  g.n_cpp, g.cpp, g.cpp_const, g.n_cpa, g.cpa, g.cpa_const
FROM g LEFT JOIN {schema}.dim_city c USING (city_slug)
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
        con.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
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
    from integra.warehousing.gate import ExpectationResult, GateResult

    return GateResult(
        passed=True,
        results=[
            ExpectationResult(
                suite="fct_projects",
                mart="fct_projects",
                expectation="expect_column_values_to_be_unique(project_id)",
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
