"""The dbt warehouse built from hand-written extraction records of the five seed documents.

One `dbt build` per session (seeds, models and tests) into a temporary INTEGRA_HOME; the tests
then read the marts and assert published figures by value, expected values recomputed from the
seed CSVs where they depend on them (CPI, EUR/PLN).

`load_raw_records` writes raw.documents / raw.facts / raw.quarantine / raw.city_registry as
docs/ARCHITECTURE.md specifies (the same tables ingestion writes).
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import os
import subprocess
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

REPO = Path(__file__).resolve().parent.parent
DBT_PROJECT = REPO / "dbt_project"
SEEDS = DBT_PROJECT / "seeds"
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "seed_records.jsonl"
RAW_SAMPLES = REPO / "raw_samples"
DBT = (
    Path(sys.executable).parent / "dbt" if (Path(sys.executable).parent / "dbt").exists() else "dbt"
)

SCALAR_FIELDS = (
    "city",
    "voivodeship",
    "implementer",
    "title",
    "programme",
    "programme_period",
    "priority_axis",
    "measure",
    "submeasure",
    "project_type",
    "total_cost_pln",
    "total_cost_qualifier",
    "eu_cofinancing_pln",
    "own_contribution_pln",
    "contract_date",
    "start_date",
    "end_date",
    "participants_planned",
    "participants_actual",
    "participants_completed",
    "social_effectiveness_pct",
    "employment_effectiveness_pct",
)

RAW_DDL = """
create schema if not exists raw;
create or replace table raw.documents (
    document_id varchar not null primary key, city_slug varchar not null,
    source_file varchar not null, sha256 varchar not null, size_bytes bigint,
    encoding varchar, media_type varchar, status varchar not null, problems varchar,
    cleaned_text varchar, record_json varchar, extractor_version varchar,
    ingested_at timestamp not null, is_current boolean not null);
create or replace table raw.facts (
    document_id varchar not null, field varchar not null, item_key varchar,
    item_index integer not null, value varchar, evidence_text varchar,
    evidence_start integer, evidence_end integer);
create or replace table raw.quarantine (
    document_id varchar not null, city_slug varchar not null, source_file varchar not null,
    sha256 varchar not null, reason varchar not null, ingested_at timestamp not null);
create or replace table raw.city_registry (
    city_slug varchar primary key, city_name varchar, voivodeship varchar,
    teryt_gmina varchar, population bigint, population_date date,
    population_status varchar, source varchar);
"""


def _document_id(source_file: str, sha256: str) -> str:
    return hashlib.sha256(f"{source_file}\n{sha256}".encode()).hexdigest()[:16]


def _fact_text(v: object) -> str:
    """Numbers as plain decimal text (no exponent), everything else as str."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else format(round(v, 2), "f").rstrip("0").rstrip(".")
    return str(v)


def _fact_rows(doc_id: str, rec: dict) -> list[tuple]:
    ev = rec.get("evidence") or {}
    rows = []
    for key in SCALAR_FIELDS:
        if rec.get(key) is None:
            continue
        e = ev.get(key, {})
        rows.append(
            (
                doc_id,
                key,
                None,
                0,
                _fact_text(rec[key]),
                e.get("text"),
                e.get("start"),
                e.get("end"),
            )
        )
    for i, (label, n) in enumerate((rec.get("participants_planned_breakdown") or {}).items()):
        e = ev.get(f"participants_planned_breakdown[{label}]", {})
        rows.append(
            (
                doc_id,
                "participants_planned_breakdown",
                label,
                i,
                str(n),
                e.get("text"),
                e.get("start"),
                e.get("end"),
            )
        )
    for i, label in enumerate(rec.get("instruments") or []):
        e = ev.get(f"instruments[{i}]", {})
        rows.append(
            (doc_id, "instruments", None, i, label, e.get("text"), e.get("start"), e.get("end"))
        )
    return rows


def load_raw_records(
    home: Path,
    records: Iterable[dict],
    raw_dir: Path = RAW_SAMPLES,
    city_registry: Path = SEEDS / "cities.csv",
) -> Path:
    """Write extraction records into the raw tables of INTEGRA_HOME/build/warehouse.duckdb.

    The cleaned text is the landed file decoded as UTF-8 (the seed files are plain UTF-8 text);
    the city is the first folder of source_file. Returns the warehouse path.
    """
    db = Path(home) / "build" / "warehouse.duckdb"
    db.parent.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC).replace(tzinfo=None)
    docs, facts = [], []
    for rec in records:
        data = (Path(raw_dir) / rec["source_file"]).read_bytes()
        doc_id = _document_id(rec["source_file"], rec["sha256"])
        docs.append(
            (
                doc_id,
                rec["source_file"].split("/")[0],
                rec["source_file"],
                rec["sha256"],
                len(data),
                "utf-8",
                "txt",
                rec["status"],
                json.dumps(rec["problems"], ensure_ascii=False),
                data.decode("utf-8"),
                json.dumps(rec, ensure_ascii=False),
                "test-fixture",
                now,
                True,
            )
        )
        if rec["status"] == "ok":
            facts.extend(_fact_rows(doc_id, rec))
    with open(city_registry, encoding="utf-8", newline="") as fh:
        cities = [
            (
                r["city_slug"],
                r["city_name"],
                r["voivodeship"],
                r["teryt_gmina"],
                int(r["population"]),
                r["population_date"],
                r["population_status"],
                r["source"],
            )
            for r in csv.DictReader(fh)
        ]
    con = duckdb.connect(str(db), config={"autoinstall_known_extensions": False})
    try:
        con.execute(RAW_DDL)
        con.executemany(
            "insert into raw.documents values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", docs
        )
        if facts:
            con.executemany("insert into raw.facts values (?, ?, ?, ?, ?, ?, ?, ?)", facts)
        con.executemany("insert into raw.city_registry values (?, ?, ?, ?, ?, ?, ?, ?)", cities)
    finally:
        con.close()
    return db


def read_records(path: Path = FIXTURE) -> list[dict]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def dbt_args(home: Path, *command: str) -> list[str]:
    """The dbt command line the pipeline uses: project profile, target and logs in INTEGRA_HOME."""
    return [
        str(DBT),
        *command,
        "--project-dir",
        str(DBT_PROJECT),
        "--profiles-dir",
        str(DBT_PROJECT),
        "--target-path",
        str(home / "dbt" / "target"),
        "--log-path",
        str(home / "dbt" / "logs"),
    ]


def dbt_env(home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "INTEGRA_HOME": str(home),
        "DO_NOT_TRACK": "1",
        "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
    }


# --------------------------------------------------------------------------------------------
# One build per session
# --------------------------------------------------------------------------------------------

TORUN = "torun/000_d62dbd5068231973.txt"
WLOCLAWEK_2011 = "wloclawek/001_c261dfd9839ef175.txt"
WLOCLAWEK_REPORT = "wloclawek/002_15544dd2ddf9f4a7.txt"
SZCZECIN = "szczecin/003_fabddfe91cbf95b5.txt"
GDYNIA = "gdynia/004_2c2b91088d8d6981.txt"
BASE_YEAR = 2024


@pytest.fixture(scope="session")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """INTEGRA_HOME with raw tables from the fixture and every dbt model and test built."""
    home = tmp_path_factory.mktemp("integra_home")
    load_raw_records(home, read_records())
    res = subprocess.run(
        dbt_args(home, "build"),
        check=False,
        env=dbt_env(home),
        cwd=home,
        capture_output=True,
        text=True,
    )
    if res.returncode != 0:
        pytest.fail(
            f"dbt build failed ({res.returncode}):\n{res.stdout[-6000:]}\n{res.stderr[-2000:]}"
        )
    return home


@pytest.fixture(scope="session")
def con(warehouse: Path):
    c = duckdb.connect(str(warehouse / "build" / "warehouse.duckdb"), read_only=True)
    yield c
    c.close()


def _rows(con, sql: str, params: list | None = None) -> list[dict]:
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def _project(con, source_file: str) -> dict:
    rows = _rows(con, "select * from marts.fct_projects where source_file = ?", [source_file])
    assert len(rows) == 1, f"{source_file}: {len(rows)} rows in fct_projects"
    return rows[0]


def _cpi_factor(start_year: int, base_year: int = BASE_YEAR) -> float:
    """Π CPI/100 for the years after the start year up to the base year, from the seed CSV."""
    with open(SEEDS / "cpi_pl_annual.csv", encoding="utf-8") as fh:
        cpi = {int(r["year"]): float(r["cpi_prev_year_100"]) for r in csv.DictReader(fh)}
    return math.prod(cpi[y] / 100 for y in range(start_year + 1, base_year + 1))


def _eur_pln(year: int) -> float:
    with open(SEEDS / "eur_pln_annual.csv", encoding="utf-8") as fh:
        return {int(r["year"]): float(r["eur_pln_mean"]) for r in csv.DictReader(fh)}[year]


# --------------------------------------------------------------------------------------------
# The build itself
# --------------------------------------------------------------------------------------------


def test_every_model_seed_and_test_passes(warehouse: Path) -> None:
    results = json.loads((warehouse / "dbt" / "target" / "run_results.json").read_text())["results"]
    bad = {r["unique_id"]: r["status"] for r in results if r["status"] not in ("success", "pass")}
    assert bad == {}, "the seed documents are consistent: no error, failure or warning expected"
    kinds = {r["unique_id"].split(".")[0] for r in results}
    assert {"model", "seed", "test"} <= kinds


def test_marts_are_tables_in_schema_marts_with_the_contract_columns(con) -> None:
    tables = {
        r["table_name"]: r["table_type"]
        for r in _rows(
            con,
            "select table_name, table_type from information_schema.tables "
            "where table_schema = 'marts'",
        )
    }
    expected = {
        "dim_city",
        "dim_programme",
        "fct_projects",
        "fct_participant_groups",
        "fct_instruments",
        "mart_city_comparison",
        "fct_fact_evidence",
        "fct_documents",
    }
    assert set(tables) == expected
    assert set(tables.values()) == {"BASE TABLE"}
    cols = [
        r["column_name"]
        for r in _rows(
            con,
            "select column_name from information_schema.columns where table_schema = 'marts' "
            "and table_name = 'mart_city_comparison' order by ordinal_position",
        )
    ]
    assert cols == [
        "city_slug",
        "city_name",
        "programme_period",
        "projects",
        "projects_with_total_cost",
        "total_cost_pln_sum",
        "eu_cofinancing_pln_sum",
        "projects_with_eu_cofinancing",
        "eu_cofinancing_share_weighted",
        "total_cost_constant_pln_sum",
        "participants_planned_sum",
        "projects_with_participants_planned",
        "participants_actual_sum",
        "projects_with_participants_actual",
        "median_cost_per_participant_pln",
        "median_cost_per_participant_constant_pln",
        "projects_with_cost_per_participant",
        "total_cost_eur_sum",
    ]
    schemas = {
        r["table_schema"]
        for r in _rows(con, "select distinct table_schema from information_schema.tables")
    }
    assert {"raw", "staging", "intermediate", "marts", "reference"} <= schemas
    assert "main_marts" not in schemas


def test_dim_city_keeps_the_teryt_leading_zero(con) -> None:
    rows = {r["city_slug"]: r for r in _rows(con, "select * from marts.dim_city")}
    assert set(rows) == {"torun", "wloclawek", "szczecin", "gdynia"}
    assert rows["torun"]["teryt_gmina"] == "0463011"
    assert rows["gdynia"]["voivodeship"] == "pomorskie"


# --------------------------------------------------------------------------------------------
# fct_projects: published figures by value
# --------------------------------------------------------------------------------------------


def test_torun_shares_and_costs(con) -> None:
    p = _project(con, TORUN)
    total, eu, own = 1239061.22, 1053259.79, 185801.43
    assert p["total_cost_pln"] == pytest.approx(total, abs=1e-6)
    assert p["total_cost_qualifier"] == "exact"
    assert p["own_contribution_pln"] == pytest.approx(own, abs=1e-6)
    assert p["own_contribution_is_derived"] is False
    assert p["eu_cofinancing_share"] == pytest.approx(eu / total, rel=1e-12)
    assert round(p["eu_cofinancing_share"], 5) == 0.85005
    assert p["own_contribution_share"] == pytest.approx(own / total, rel=1e-12)
    assert p["budget_identity_holds"] is True
    assert p["cost_per_planned_participant_pln"] == pytest.approx(total / 120, rel=1e-12)
    assert p["cost_per_actual_participant_pln"] is None
    assert p["duration_months"] == 24
    assert p["cost_per_participant_month_pln"] == pytest.approx(total / (120 * 24), rel=1e-12)
    assert p["participants_breakdown_sum"] == 120 and p["breakdown_matches_planned"] is True
    assert (p["programme_code"], p["programme_period"]) == ("RPO_WKP_2014", "2014-2020")
    assert (p["priority_axis"], p["measure"], p["submeasure"]) == ("9", "9.2", "9.2.1")
    assert p["project_type"] == "konkursowy"
    assert str(p["contract_date"]) == "2017-10-13"
    assert (p["social_effectiveness_pct"], p["employment_effectiveness_pct"]) == (34, 22)
    assert (p["document_kind"], p["scope"], p["scope_year"]) == (
        "project_page",
        "whole_project",
        None,
    )
    assert (p["city_name"], p["voivodeship"]) == ("Toruń", "kujawsko-pomorskie")


def test_gdynia_own_contribution_is_derived(con) -> None:
    p = _project(con, GDYNIA)
    assert p["own_contribution_pln"] == pytest.approx(1755033.27, abs=0.001)
    assert p["own_contribution_is_derived"] is True
    assert p["budget_identity_holds"] is None  # own contribution not stated
    assert p["eu_cofinancing_share"] == pytest.approx(13952247.93 / 15707281.20, rel=1e-12)
    assert p["duration_months"] == 68
    assert p["cost_per_actual_participant_pln"] == pytest.approx(15707281.20 / 1326, rel=1e-12)
    assert p["cost_per_participant_month_pln"] == pytest.approx(
        15707281.20 / (1326 * 68), rel=1e-12
    )
    assert p["programme_code"] is None  # the page names no programme: not guessed
    assert (
        p["programme_period"] == "2007-2013"
    )  # the only period whose eligibility window holds 2008-2013
    assert (p["document_kind"], p["scope"]) == ("final_report", "whole_project")


def test_wloclawek_report_total_is_a_lower_bound(con) -> None:
    p = _project(con, WLOCLAWEK_REPORT)
    assert p["total_cost_pln"] == 10000000 and p["total_cost_qualifier"] == "more_than"
    assert p["own_contribution_pln"] is None and p["own_contribution_is_derived"] is False
    assert p["eu_cofinancing_share"] is None and p["own_contribution_share"] is None
    assert (
        p["cost_per_actual_participant_pln"] is None and p["cost_per_participant_month_pln"] is None
    )
    assert p["budget_identity_holds"] is None
    assert (p["participants_actual"], p["participants_completed"]) == (2815, 2620)
    assert p["completion_rate"] == pytest.approx(2620 / 2815, rel=1e-12)
    assert p["duration_months"] == 72
    assert (p["document_kind"], p["scope"]) == ("final_report", "whole_project")
    assert p["programme_code"] == "POKL" and p["programme_period"] == "2007-2013"


def test_wloclawek_is_one_project_with_an_edition_and_a_final_report(con) -> None:
    edition, report = _project(con, WLOCLAWEK_2011), _project(con, WLOCLAWEK_REPORT)
    assert edition["title"] != report["title"]  # hyphen vs en dash
    assert edition["project_id"] == report["project_id"]
    assert (edition["document_kind"], edition["scope"], edition["scope_year"]) == (
        "plan",
        "edition",
        2011,
    )
    assert edition["duration_months"] == 12
    assert edition["eu_cofinancing_share"] == pytest.approx(1949182.15 / 2177857.15, rel=1e-12)
    assert edition["budget_identity_holds"] is True
    assert edition["cost_per_planned_participant_pln"] == pytest.approx(2177857.15 / 521, rel=1e-12)
    ids = {r["project_id"] for r in _rows(con, "select project_id from marts.fct_projects")}
    assert len(ids) == 4  # Toruń, Włocławek, Szczecin, Gdynia
    assert _project(con, GDYNIA)["project_id"] != _project(con, TORUN)["project_id"]


def test_szczecin_announcement(con) -> None:
    p = _project(con, SZCZECIN)
    assert (p["document_kind"], p["scope"]) == ("announcement", "whole_project")
    assert p["programme_code"] == "RPO_WZ_2014"
    assert p["own_contribution_pln"] == pytest.approx(4991287.50 - 4242037.50, abs=0.001)
    assert p["own_contribution_is_derived"] is True
    assert p["cost_per_planned_participant_pln"] == pytest.approx(4991287.50 / 513, rel=1e-12)
    # no start date: no price year, so no constant prices and no EUR
    assert (
        p["total_cost_constant_pln"] is None
        and p["total_cost_eur"] is None
        and p["eur_pln_rate"] is None
    )


@pytest.mark.parametrize(
    "source_file, start_year", [(TORUN, 2017), (WLOCLAWEK_2011, 2011), (GDYNIA, 2008)]
)
def test_constant_prices_and_eur_from_the_seed_rows(con, source_file: str, start_year: int) -> None:
    p = _project(con, source_file)
    factor, rate = _cpi_factor(start_year), _eur_pln(start_year)
    assert p["price_base_year"] == BASE_YEAR
    assert p["eur_pln_rate"] == pytest.approx(rate, rel=1e-12)
    pairs = [
        ("total_cost_pln", "total_cost_constant_pln", "total_cost_eur"),
        ("eu_cofinancing_pln", "eu_cofinancing_constant_pln", "eu_cofinancing_eur"),
        ("own_contribution_pln", "own_contribution_constant_pln", "own_contribution_eur"),
        (
            "cost_per_planned_participant_pln",
            "cost_per_planned_participant_constant_pln",
            "cost_per_planned_participant_eur",
        ),
        ("cost_per_actual_participant_pln", "cost_per_actual_participant_constant_pln", None),
    ]
    for nominal, constant, eur in pairs:
        if p[nominal] is None:
            assert p[constant] is None
            continue
        assert p[constant] == pytest.approx(p[nominal] * factor, rel=1e-9), constant
        if eur:
            assert p[eur] == pytest.approx(p[nominal] / rate, rel=1e-9), eur


def test_torun_constant_prices_by_value(con) -> None:
    p = _project(con, TORUN)
    chain = 1.016 * 1.023 * 1.034 * 1.051 * 1.144 * 1.114 * 1.036  # CPI 2018..2024
    assert p["total_cost_constant_pln"] == pytest.approx(1239061.22 * chain, rel=1e-9)
    assert p["total_cost_eur"] == pytest.approx(1239061.22 / 4.2570, rel=1e-9)


# --------------------------------------------------------------------------------------------
# Participant groups, instruments, evidence, documents
# --------------------------------------------------------------------------------------------


def test_participant_group_categories(con) -> None:
    rows = _rows(
        con,
        "select city_slug, group_label, group_category, participants_planned "
        "from marts.fct_participant_groups",
    )
    by_city: dict[str, dict[str, tuple[str, int]]] = {}
    for r in rows:
        by_city.setdefault(r["city_slug"], {})[r["group_label"]] = (
            r["group_category"],
            r["participants_planned"],
        )
    assert by_city["szczecin"] == {
        "Osoby przebywające w pieczy zastępczej": ("leaving_foster_care", 200),
        "Rodziny przeżywające trudności w pełnieniu funkcji opiekuńczo wychowawczych": (
            "families_with_care_difficulties",
            69,
        ),
        "Osoby dotknięte ubóstwem": ("poverty", 144),
        "Osoby niepełnosprawne": ("people_with_disabilities", 100),
    }
    assert by_city["wloclawek"] == {
        "osób bezrobotnych i nieaktywnych zawodowo": ("unemployed_or_inactive", 449),
        "osób niepełnosprawnych": ("people_with_disabilities", 60),
        "osób opuszczających rodziny zastępcze i placówki opiekuńczo – wychowawcze": (
            "leaving_foster_care",
            12,
        ),
    }
    torun = sorted(by_city["torun"].values())
    assert torun == [
        ("economically_inactive", 16),
        ("family_environment", 40),
        ("unemployed", 32),
        ("unemployed", 32),
    ]
    assert "gdynia" not in by_city


def test_instrument_types(con) -> None:
    rows = _rows(
        con,
        "select city_slug, instrument_label, instrument_normalised, instrument_type "
        "from marts.fct_instruments",
    )
    got = {
        (r["city_slug"], r["instrument_label"]): (r["instrument_normalised"], r["instrument_type"])
        for r in rows
    }
    expected = {
        ("torun", "Kontrakty socjalne"): ("kontrakt socjalny", "social"),
        ("torun", "Kursy i szkolenia zawodowe"): ("szkolenie zawodowe", "vocational"),
        ("torun", "Staże zawodowe"): ("staż zawodowy", "vocational"),
        ("torun", "Pośrednictwo pracy"): ("pośrednictwo pracy", "vocational"),
        ("torun", "Terapia psychologiczna"): ("terapia psychologiczna", "health"),
        ("torun", "Wyjazd edukacyjny"): ("wyjazd edukacyjny", "educational"),
        ("torun", "Grupy samopomocowe"): ("grupa samopomocowa", "social"),
        ("wloclawek", "warsztaty terapii zajęciowej"): ("terapia zajęciowa", "health"),
        ("wloclawek", "zajęcia z obsługi komputera"): ("zajęcia komputerowe", "educational"),
        ("wloclawek", "turnusy rehabilitacyjne"): ("turnus rehabilitacyjny", "health"),
        ("wloclawek", "Programy Aktywności Lokalnej"): ("program aktywności lokalnej", "social"),
        ("szczecin", "udział w Klubie Integracji Społecznej"): (
            "klub integracji społecznej",
            "social",
        ),
        ("gdynia", "doradztwo dla osób z niepełnosprawnościami"): ("poradnictwo", "social"),
    }
    for key, value in expected.items():
        assert got[key] == value, key
    assert len(rows) == 48
    assert {r["instrument_type"] for r in rows} == {"social", "vocational", "educational", "health"}


def test_fact_evidence_points_into_the_cleaned_text(con) -> None:
    rows = _rows(
        con,
        """
        select e.field, e.value, e.evidence_text, e.evidence_start, e.evidence_end, d.cleaned_text
        from marts.fct_fact_evidence as e join raw.documents as d using (document_id)
        where e.source_file = ? and e.item_key is null and e.field <> 'instruments'""",
        [TORUN],
    )
    assert {r["field"] for r in rows} >= {
        "total_cost_pln",
        "eu_cofinancing_pln",
        "own_contribution_pln",
    }
    for r in rows:
        assert r["cleaned_text"][r["evidence_start"] : r["evidence_end"]] == r["evidence_text"], r[
            "field"
        ]
    total = next(r for r in rows if r["field"] == "total_cost_pln")
    assert total["value"] == "1239061.22" and "1 239 061,22" in total["evidence_text"]


def test_fct_documents_lists_every_document(con) -> None:
    rows = _rows(con, "select * from marts.fct_documents")
    assert len(rows) == 5 and {r["status"] for r in rows} == {"ok"}
    assert all(len(r["document_id"]) == 16 for r in rows)


# --------------------------------------------------------------------------------------------
# mart_city_comparison
# --------------------------------------------------------------------------------------------


def test_city_comparison_counts_and_figures(con) -> None:
    rows = {
        (r["city_slug"], r["programme_period"]): r
        for r in _rows(con, "select * from marts.mart_city_comparison")
    }
    assert set(rows) == {
        ("torun", "2014-2020"),
        ("szczecin", "2014-2020"),
        ("wloclawek", "2007-2013"),
        ("gdynia", "2007-2013"),
    }

    w = rows[("wloclawek", "2007-2013")]
    assert w["projects"] == 2  # the 2011 edition and the 2008-2013 final report
    # the report's total is a lower bound (not summed): the edition's exact total is the figure
    assert (w["projects_with_total_cost"], w["total_cost_pln_sum"]) == (
        1,
        pytest.approx(2177857.15),
    )
    assert (w["projects_with_eu_cofinancing"], w["eu_cofinancing_pln_sum"]) == (
        1,
        pytest.approx(1949182.15),
    )
    assert w["eu_cofinancing_share_weighted"] == pytest.approx(1949182.15 / 2177857.15)
    assert (w["projects_with_participants_planned"], w["participants_planned_sum"]) == (1, 521)
    assert (w["projects_with_participants_actual"], w["participants_actual_sum"]) == (1, 2815)
    assert w["projects_with_cost_per_participant"] == 1
    assert w["median_cost_per_participant_pln"] == pytest.approx(2177857.15 / 521)
    assert w["median_cost_per_participant_constant_pln"] == pytest.approx(
        2177857.15 / 521 * _cpi_factor(2011)
    )
    assert w["total_cost_constant_pln_sum"] == pytest.approx(2177857.15 * _cpi_factor(2011))
    assert w["total_cost_eur_sum"] == pytest.approx(2177857.15 / _eur_pln(2011))

    g = rows[("gdynia", "2007-2013")]
    assert (
        g["projects"],
        g["projects_with_total_cost"],
        g["projects_with_participants_planned"],
    ) == (1, 1, 0)
    assert g["participants_planned_sum"] is None and g["participants_actual_sum"] == 1326
    assert g["median_cost_per_participant_pln"] == pytest.approx(15707281.20 / 1326)

    t = rows[("torun", "2014-2020")]
    assert t["eu_cofinancing_share_weighted"] == pytest.approx(1053259.79 / 1239061.22)
    assert t["median_cost_per_participant_pln"] == pytest.approx(1239061.22 / 120)

    s = rows[("szczecin", "2014-2020")]
    assert (s["projects"], s["projects_with_total_cost"], s["participants_planned_sum"]) == (
        1,
        1,
        513,
    )
    assert (
        s["total_cost_constant_pln_sum"] is None and s["total_cost_eur_sum"] is None
    )  # no start year
    for r in rows.values():
        for k in (
            "projects_with_total_cost",
            "projects_with_eu_cofinancing",
            "projects_with_participants_planned",
            "projects_with_participants_actual",
            "projects_with_cost_per_participant",
        ):
            assert 0 <= r[k] <= r["projects"]
    assert sum(r["projects"] for r in rows.values()) == 5


def test_nothing_written_into_the_repository(warehouse: Path) -> None:
    for leftover in ("target", "logs", "dbt_packages", ".user.yml"):
        assert not (DBT_PROJECT / leftover).exists(), leftover


def test_document_contradictions_warn_and_structural_rules_error(warehouse: Path) -> None:
    manifest = json.loads((warehouse / "dbt" / "target" / "manifest.json").read_text())
    severity: dict[tuple[str, str | None], set[str]] = {}
    for node in manifest["nodes"].values():
        if node["resource_type"] != "test":
            continue
        name = (node.get("test_metadata") or {}).get("name") or node["name"]
        key = (name, (node.get("attached_node") or "").rsplit(".", 1)[-1] or None)
        severity.setdefault(key, set()).add(node["config"]["severity"].lower())
    for name in ("budget_identity", "end_not_before_start", "breakdown_sums_to_total"):
        assert severity[(name, "fct_projects")] == {"warn"}, name
    assert severity[("assert_fact_evidence_within_cleaned_text", None)] == {"warn"}
    assert severity[("assert_programme_patterns_agree_with_crosswalk", None)] == {"error"}
    for (name, _model), levels in severity.items():
        if name in ("unique", "relationships", "accepted_values", "unique_combination_of_columns"):
            assert levels == {"error"}, (name, _model)


def test_every_model_seed_and_column_is_described(warehouse: Path, con) -> None:
    manifest = json.loads((warehouse / "dbt" / "target" / "manifest.json").read_text())
    undocumented = []
    for node in manifest["nodes"].values():
        if node["resource_type"] not in ("model", "seed") or not node["config"].get(
            "enabled", True
        ):
            continue
        if not node.get("description"):
            undocumented.append(node["name"])
        described = {k.lower() for k, v in node["columns"].items() if v.get("description")}
        built = _rows(
            con,
            "select column_name from information_schema.columns "
            "where table_schema = ? and table_name = ?",
            [node["schema"], node["alias"]],
        )
        assert built, node["name"]
        undocumented += [
            f"{node['name']}.{r['column_name']}"
            for r in built
            if r["column_name"].lower() not in described
        ]
    assert undocumented == []
