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
#: Further documents written as fixtures (issue 13): a 2012 edition plan of the Włocławek project,
#: a final report of the Toruń project, and a Toruń project of the same title in 2023-2025.
FURTHER = Path(__file__).resolve().parent / "fixtures" / "further_records.jsonl"
FURTHER_RAW = Path(__file__).resolve().parent / "fixtures" / "further_documents"
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
    "social_effectiveness_basis",
    "employment_effectiveness_basis",
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
        path = Path(raw_dir) / rec["source_file"]
        if not path.exists():
            path = FURTHER_RAW / rec["source_file"]
        data = path.read_bytes()
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


def start_from_the_prepared_parse(home: Path) -> None:
    """As the pipeline does in a new home: the repository's prepared manifest and parse state
    (so dbt partial-parses instead of parsing the project in full), else a `dbt parse`."""
    from integra.settings import Paths
    from orchestration.dbt_setup import ensure_manifest

    ensure_manifest(Paths(home))


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
    load_raw_records(home, read_records() + read_records(FURTHER))
    start_from_the_prepared_parse(home)
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
    """Every mart of the YAML is built, as a table, with exactly the YAML's columns and types."""
    import yaml

    spec = yaml.safe_load((DBT_PROJECT / "models" / "marts" / "_marts__models.yml").read_text())
    contract = {
        m["name"]: [(c["name"], c["data_type"]) for c in m["columns"]] for m in spec["models"]
    }
    tables = {
        r["table_name"]: r["table_type"]
        for r in _rows(
            con,
            "select table_name, table_type from information_schema.tables "
            "where table_schema = 'marts'",
        )
    }
    assert (
        set(tables)
        == set(contract)
        == {
            "dim_city",
            "dim_programme",
            "fct_projects",
            "fct_project_editions",
            "fct_documents",
            "fct_participant_groups",
            "fct_instruments",
            "mart_city_comparison",
            "fct_fact_evidence",
        }
    )
    assert set(tables.values()) == {"BASE TABLE"}
    for m in spec["models"]:
        assert m["config"]["contract"]["enforced"] is True, m["name"]
        assert m["config"]["meta"]["grain"], m["name"]
        built = [
            (r["column_name"], r["data_type"].lower())
            for r in _rows(
                con,
                "select column_name, data_type from information_schema.columns "
                "where table_schema = 'marts' and table_name = ? order by ordinal_position",
                [m["name"]],
            )
        ]
        assert built == contract[m["name"]], m["name"]
    schemas = {
        r["table_schema"]
        for r in _rows(con, "select distinct table_schema from information_schema.tables")
    }
    assert {"raw", "staging", "intermediate", "marts", "reference"} <= schemas
    assert "main_marts" not in schemas


def test_gx_suites_state_the_yaml_contract() -> None:
    """The suites' structural expectations are the YAML's columns and types: the gate derives
    them from the YAML when it loads a suite, and no suite file carries a copy that could
    disagree."""
    import yaml

    from integra.warehousing.gate import load_suite_spec

    spec = yaml.safe_load((DBT_PROJECT / "models" / "marts" / "_marts__models.yml").read_text())
    logical = {"varchar": "text", "double": "float", "integer": "number", "bigint": "number"}
    logical |= {"boolean": "boolean", "date": "date", "timestamp": "timestamp"}
    logical |= {"timestamp with time zone": "timestamp"}
    for model in spec["models"]:
        on_disk = json.loads((REPO / "expectations" / f"{model['name']}.json").read_text())
        assert not {e["type"] for e in on_disk["expectations"]} & {
            "expect_table_columns_to_match_set",
            "expect_table_column_types_to_match",
        }
        assert "key_columns" not in on_disk["meta"]
        suite = load_suite_spec(model["name"])
        by_type = {e["type"]: e["kwargs"] for e in suite["expectations"]}
        names = [c["name"] for c in model["columns"]]
        assert by_type["expect_table_columns_to_match_set"]["column_set"] == names
        types = by_type["expect_table_column_types_to_match"]["column_types"]
        looser = on_disk["meta"].get("looser_types", {})
        assert types == {
            c["name"]: looser.get(c["name"], logical[c["data_type"].lower()])
            for c in model["columns"]
        }
        grain = model["config"]["meta"]["grain"].split(",")
        assert suite["meta"]["key_columns"] == [g.strip() for g in grain]
    assert load_suite_spec("fct_projects")["meta"]["key_columns"] == ["project_id"]
    assert (
        load_suite_spec("dim_city")["expectations"][1]["kwargs"]["column_types"]["population_date"]
        == "date_or_text"
    )


def test_dim_city_keeps_the_teryt_leading_zero(con) -> None:
    rows = {r["city_slug"]: r for r in _rows(con, "select * from marts.dim_city")}
    assert set(rows) == {"torun", "wloclawek", "szczecin", "gdynia"}
    assert rows["torun"]["teryt_gmina"] == "0463011"
    assert rows["gdynia"]["voivodeship"] == "pomorskie"


# --------------------------------------------------------------------------------------------
# Grains: fct_projects one row per project, fct_project_editions, fct_documents
# --------------------------------------------------------------------------------------------

FURTHER_WLOCLAWEK_2012 = "wloclawek/005_edycja_2012.txt"
FURTHER_TORUN_REPORT = "torun/006_informacja_koncowa.txt"
FURTHER_TORUN_2023 = "torun/007_nowy_projekt_2023.txt"


def _document(con, source_file: str) -> dict:
    rows = _rows(con, "select * from marts.fct_documents where source_file = ?", [source_file])
    assert len(rows) == 1, f"{source_file}: {len(rows)} rows in fct_documents"
    return rows[0]


def _project(con, source_file: str) -> dict:
    """The fct_projects row of the project the document describes."""
    pid = _document(con, source_file)["project_id"]
    rows = _rows(con, "select * from marts.fct_projects where project_id = ?", [pid])
    assert len(rows) == 1, f"{source_file}: {len(rows)} rows in fct_projects"
    return rows[0]


def test_fct_projects_has_one_row_per_project(con) -> None:
    n, distinct = con.execute(
        "select count(*), count(distinct project_id) from marts.fct_projects"
    ).fetchone()
    # Toruń 2017-2019, Toruń 2023-2025 (same title, another period), Włocławek, Szczecin, Gdynia
    assert (n, distinct) == (5, 5)
    seeds = [TORUN, WLOCLAWEK_2011, WLOCLAWEK_REPORT, SZCZECIN, GDYNIA]
    assert len({_document(con, sf)["project_id"] for sf in seeds}) == 4  # the five samples: 4
    assert con.execute("select count(*) from marts.fct_documents").fetchone() == (8,)


def test_a_further_edition_adds_an_edition_not_a_project(con) -> None:
    ids = {
        _document(con, sf)["project_id"]
        for sf in (WLOCLAWEK_2011, WLOCLAWEK_REPORT, FURTHER_WLOCLAWEK_2012)
    }
    assert len(ids) == 1
    editions = _rows(
        con,
        "select * from marts.fct_project_editions where project_id = ? order by edition_year",
        [ids.pop()],
    )
    assert [e["edition_year"] for e in editions] == [2011, 2012]
    e2011, e2012 = editions
    assert e2011["total_cost_pln"] == pytest.approx(2177857.15)
    assert e2011["participants_planned"] == 521
    assert (e2011["start_date_precision"], e2011["end_date_precision"]) == ("month", "day")
    assert e2011["total_cost_document_id"] == _document(con, WLOCLAWEK_2011)["document_id"]
    assert e2012["total_cost_pln"] == pytest.approx(2300000.0)
    assert e2012["eu_cofinancing_share"] == pytest.approx(2058500 / 2300000)
    assert e2012["cost_per_planned_participant_pln"] == pytest.approx(2300000 / 540)
    docs = {
        sf: _document(con, sf) for sf in (WLOCLAWEK_2011, FURTHER_WLOCLAWEK_2012, WLOCLAWEK_REPORT)
    }
    assert [(d["scope"], d["scope_year"]) for d in docs.values()] == [
        ("edition", 2011),
        ("edition", 2012),
        ("whole_project", None),
    ]
    assert docs[WLOCLAWEK_2011]["edition_id"] == e2011["edition_id"]


def test_wloclawek_project_precedence_and_bases(con) -> None:
    p = _project(con, WLOCLAWEK_REPORT)
    report = _document(con, WLOCLAWEK_REPORT)
    # the whole-project total (a lower bound) wins over the sum of editions, qualifier kept
    assert (p["total_cost_pln"], p["total_cost_qualifier"], p["total_cost_basis"]) == (
        10000000,
        "more_than",
        "whole_project",
    )
    assert p["total_cost_document_id"] == report["document_id"]
    assert (
        p["total_cost_evidence"]
        == _rows(
            con,
            "select evidence_text from marts.fct_fact_evidence where document_id = ? and field = 'total_cost_pln'",
            [report["document_id"]],
        )[0]["evidence_text"]
    )
    # no whole-project EU / planned: the sum of the two known editions of the 2008-2013 project's six
    # years, flagged as a partial sum
    assert p["eu_cofinancing_basis"] == "sum_of_known_editions"
    assert p["eu_cofinancing_pln"] == pytest.approx(1949182.15 + 2058500.0)
    assert (p["participants_planned"], p["participants_planned_basis"]) == (
        521 + 540,
        "sum_of_known_editions",
    )
    # the final report's actual counts
    assert (
        p["participants_actual"],
        p["participants_completed"],
        p["participants_actual_basis"],
    ) == (2815, 2620, "whole_project")
    assert p["participants_actual_document_id"] == report["document_id"]
    assert p["completion_rate"] == pytest.approx(2620 / 2815)
    # nothing divides figures of different bases, nor an inexact total
    assert p["eu_cofinancing_share"] is None and p["own_contribution_pln"] is None
    assert (
        p["cost_per_planned_participant_pln"] is None
        and p["cost_per_actual_participant_pln"] is None
    )
    assert p["cost_per_project_year_pln"] is None
    assert p["total_cost_constant_pln"] == pytest.approx(10000000 * _cpi_factor(2008))
    assert p["eu_cofinancing_constant_pln"] is None  # a sum of editions has no single price year
    # "w latach 2008 – 2013": only the years are known
    assert (str(p["start_date"]), str(p["end_date"])) == ("2008-01-01", "2013-12-31")
    assert (p["start_date_precision"], p["end_date_precision"]) == ("year", "year")
    assert (p["documents"], p["editions"], p["has_final_report"]) == (3, 2, True)
    assert (p["programme_code"], p["programme_period"]) == ("POKL", "2007-2013")


def test_a_final_report_fills_the_projects_actual_counts(con) -> None:
    p = _project(con, TORUN)
    assert p["project_id"] == _document(con, FURTHER_TORUN_REPORT)["project_id"]
    total = 1239061.22
    assert (p["total_cost_pln"], p["total_cost_basis"]) == (pytest.approx(total), "whole_project")
    assert p["total_cost_document_id"] == _document(con, TORUN)["document_id"]
    assert (p["participants_planned"], p["participants_actual"], p["participants_completed"]) == (
        120,
        131,
        118,
    )
    assert (
        p["participants_actual_document_id"] == _document(con, FURTHER_TORUN_REPORT)["document_id"]
    )
    assert p["participants_actual_evidence"] == "W projekcie udział wzięło 131 osób"
    # per planned and per actual participant: two measures, each on its own count
    assert p["cost_per_planned_participant_pln"] == pytest.approx(total / 120)
    assert p["cost_per_actual_participant_pln"] == pytest.approx(total / 131)
    assert p["cost_per_project_year_pln"] == pytest.approx(total / 2)  # 24 months
    assert (
        p["own_contribution_pln"] == pytest.approx(185801.43)
        and p["own_contribution_is_derived"] is False
    )
    assert p["budget_identity_holds"] is True
    assert p["eu_cofinancing_share"] == pytest.approx(1053259.79 / total)
    assert (p["social_effectiveness_pct"], p["social_effectiveness_basis"]) == (34, "target")
    assert (p["start_date_precision"], p["end_date_precision"]) == ("day", "day")
    assert (p["city_name"], p["voivodeship"]) == ("Toruń", "kujawsko-pomorskie")
    assert (p["programme_code"], p["programme_period"]) == ("RPO_WKP_2014", "2014-2020")


def test_same_title_in_another_period_is_another_project(con) -> None:
    old, new = _project(con, TORUN), _project(con, FURTHER_TORUN_2023)
    assert old["project_id"] != new["project_id"] and old["title"] == new["title"]
    assert new["programme_period"] == "2021-2027" and new["documents"] == 1
    assert (
        new["own_contribution_pln"] == pytest.approx(300000.0)
        and new["own_contribution_is_derived"] is True
    )
    assert new["cost_per_project_year_pln"] == pytest.approx(2000000 / 3)


def test_gdynia_and_szczecin(con) -> None:
    g = _project(con, GDYNIA)
    assert g["own_contribution_pln"] == pytest.approx(1755033.27, abs=0.001)
    assert g["own_contribution_is_derived"] is True and g["budget_identity_holds"] is None
    assert g["duration_months"] == 68
    assert g["cost_per_actual_participant_pln"] == pytest.approx(15707281.20 / 1326)
    assert g["programme_code"] is None and g["programme_period"] == "2007-2013"
    assert (g["start_date_precision"], g["end_date_precision"]) == ("month", "month")
    s = _project(con, SZCZECIN)
    assert s["programme_code"] == "RPO_WZ_2014"
    assert s["own_contribution_pln"] == pytest.approx(4991287.50 - 4242037.50, abs=0.001)
    assert s["cost_per_planned_participant_pln"] == pytest.approx(4991287.50 / 513)
    assert s["total_cost_constant_pln"] is None and s["eur_pln_rate"] is None  # no start date


@pytest.mark.parametrize("source_file, start_year", [(TORUN, 2017), (GDYNIA, 2008)])
def test_constant_prices_and_eur_from_the_seed_rows(con, source_file: str, start_year: int) -> None:
    p = _project(con, source_file)
    factor, rate = _cpi_factor(start_year), _eur_pln(start_year)
    assert p["price_base_year"] == BASE_YEAR
    assert p["eur_pln_rate"] == pytest.approx(rate, rel=1e-12)
    for nominal, constant, eur in [
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
    ]:
        if p[nominal] is None:
            assert p[constant] is None
            continue
        assert p[constant] == pytest.approx(p[nominal] * factor, rel=1e-9), constant
        assert p[eur] == pytest.approx(p[nominal] / rate, rel=1e-9), eur


def test_torun_constant_prices_by_value(con) -> None:
    p = _project(con, TORUN)
    chain = 1.016 * 1.023 * 1.034 * 1.051 * 1.144 * 1.114 * 1.036  # CPI 2018..2024
    assert p["total_cost_constant_pln"] == pytest.approx(1239061.22 * chain, rel=1e-9)
    assert p["total_cost_eur"] == pytest.approx(1239061.22 / 4.2570, rel=1e-9)


def test_fct_documents_keep_what_each_document_states(con) -> None:
    report = _document(con, WLOCLAWEK_REPORT)
    assert (report["document_kind"], report["scope"]) == ("final_report", "whole_project")
    assert (report["total_cost_pln"], report["total_cost_qualifier"]) == (10000000, "more_than")
    plan = _document(con, WLOCLAWEK_2011)
    assert (plan["document_kind"], plan["participants_planned"], plan["budget_identity_holds"]) == (
        "plan",
        521,
        True,
    )
    torun = _document(con, TORUN)
    assert (torun["participants_breakdown_sum"], torun["breakdown_matches_planned"]) == (120, True)
    assert (torun["social_effectiveness_pct"], torun["social_effectiveness_basis"]) == (
        34,
        "target",
    )


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
    assert len(rows) == 8 and {r["status"] for r in rows} == {"ok"}
    assert all(len(r["document_id"]) == 16 and r["project_id"] for r in rows)


# --------------------------------------------------------------------------------------------
# mart_city_comparison: one basis per figure, with n
# --------------------------------------------------------------------------------------------


def _population(slug: str) -> int:
    with open(SEEDS / "cities.csv", encoding="utf-8") as fh:
        return {r["city_slug"]: int(r["population"]) for r in csv.DictReader(fh)}[slug]


def test_city_comparison_counts_and_figures(con) -> None:
    rows = {
        (r["city_slug"], r["programme_period"]): r
        for r in _rows(con, "select * from marts.mart_city_comparison")
    }
    assert set(rows) == {
        ("torun", "2014-2020"),
        ("torun", "2021-2027"),
        ("szczecin", "2014-2020"),
        ("wloclawek", "2007-2013"),
        ("gdynia", "2007-2013"),
    }
    w = rows[("wloclawek", "2007-2013")]
    assert w["projects"] == 1  # one project: two edition plans and the final report
    # the whole-project total is a lower bound: not in the exact sum, shown as "at least"
    assert (w["projects_with_total_cost"], w["total_cost_pln_sum"]) == (0, None)
    assert (w["projects_with_lower_bound_total"], w["total_cost_at_least_pln"]) == (1, 10000000)
    # EU co-financing and planned participants are known only as sums of editions: not added
    assert (w["projects_with_eu_cofinancing"], w["eu_cofinancing_pln_sum"]) == (0, None)
    assert (w["projects_with_participants_planned"], w["participants_planned_sum"]) == (0, None)
    assert (w["projects_with_participants_actual"], w["participants_actual_sum"]) == (1, 2815)
    assert w["projects_with_cost_per_planned_participant"] == 0
    assert w["projects_with_cost_per_actual_participant"] == 0

    t = rows[("torun", "2014-2020")]
    total = 1239061.22
    assert (t["projects"], t["projects_with_total_cost"], t["total_cost_pln_sum"]) == (
        1,
        1,
        pytest.approx(total),
    )
    assert t["total_cost_per_capita_pln"] == pytest.approx(total / _population("torun"))
    assert t["eu_cofinancing_per_capita_pln"] == pytest.approx(1053259.79 / _population("torun"))
    assert t["total_cost_per_project_year_pln"] == pytest.approx(total / 2)
    assert t["eu_cofinancing_share_weighted"] == pytest.approx(1053259.79 / total)
    assert (t["participants_planned_sum"], t["participants_actual_sum"]) == (120, 131)
    assert t["median_cost_per_planned_participant_pln"] == pytest.approx(total / 120)
    assert t["median_cost_per_actual_participant_pln"] == pytest.approx(total / 131)
    assert t["median_cost_per_planned_participant_constant_pln"] == pytest.approx(
        total / 120 * _cpi_factor(2017)
    )
    assert t["total_cost_eur_sum"] == pytest.approx(total / _eur_pln(2017))

    assert rows[("torun", "2021-2027")]["total_cost_pln_sum"] == pytest.approx(2000000)
    g = rows[("gdynia", "2007-2013")]
    assert (
        g["projects"],
        g["projects_with_total_cost"],
        g["projects_with_participants_planned"],
    ) == (1, 1, 0)
    assert g["participants_planned_sum"] is None and g["participants_actual_sum"] == 1326
    assert g["median_cost_per_actual_participant_pln"] == pytest.approx(15707281.20 / 1326)
    assert g["total_cost_per_project_year_pln"] == pytest.approx(15707281.20 / (68 / 12))
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
        for k, v in r.items():
            if k.startswith("projects_with_"):
                assert 0 <= v <= r["projects"], k
    assert sum(r["projects"] for r in rows.values()) == 5


def test_no_comparison_figure_adds_different_bases(con) -> None:
    """Each sum over mart_city_comparison equals the documented SQL over fct_projects on one
    basis: whole-project figures only, exact totals apart from lower bounds."""
    sums = con.execute("""
        select sum(total_cost_pln_sum), sum(total_cost_lower_bound_pln_sum), sum(eu_cofinancing_pln_sum),
               sum(participants_planned_sum), sum(participants_actual_sum)
        from marts.mart_city_comparison""").fetchone()
    expected = con.execute("""
        select sum(total_cost_pln) filter (where total_cost_basis = 'whole_project' and total_cost_qualifier = 'exact'),
               sum(total_cost_pln) filter (where total_cost_basis = 'whole_project' and total_cost_qualifier = 'more_than'),
               sum(eu_cofinancing_pln) filter (where eu_cofinancing_basis = 'whole_project'),
               sum(participants_planned) filter (where participants_planned_basis = 'whole_project'),
               sum(participants_actual) filter (where participants_actual_basis = 'whole_project')
        from marts.fct_projects""").fetchone()
    assert sums == pytest.approx(expected)
    mixed = con.execute("""
        select count(*) from marts.fct_projects
        where (cost_per_planned_participant_pln is not null and participants_planned_basis <> total_cost_basis)
           or (cost_per_actual_participant_pln is not null and participants_actual_basis <> total_cost_basis)
           or (eu_cofinancing_share is not null and eu_cofinancing_basis <> total_cost_basis)""").fetchone()
    assert mixed == (0,)


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
    for name in ("budget_identity", "end_not_before_start"):
        assert severity[(name, "fct_projects")] == {"warn"}, name
    for name in ("budget_identity", "end_not_before_start", "breakdown_sums_to_total"):
        assert severity[(name, "fct_documents")] == {"warn"}, name
    assert severity[("assert_fact_evidence_within_cleaned_text", None)] == {"warn"}
    assert severity[("assert_programme_patterns_agree_with_crosswalk", None)] == {"error"}
    for (name, _model), levels in severity.items():
        if name in (
            "unique",
            "relationships",
            "accepted_values",
            "unique_combination_of_columns",
            "not_null_columns",
            "accepted_values_columns",
            "relationships_columns",
            "model_checks",
        ):
            assert levels == {"error"}, (name, _model)
    assert sum(name == "model_checks" for name, _ in severity) == 24


def _planted_copy(warehouse: Path, name: str) -> Path:
    """A new INTEGRA_HOME holding a copy of the session's build file (the target is its own)."""
    import shutil

    home = warehouse.parent / name
    (home / "build").mkdir(parents=True)
    shutil.copy2(warehouse / "build" / "warehouse.duckdb", home / "build" / "warehouse.duckdb")
    start_from_the_prepared_parse(home)
    return home


def _model_checks(warehouse: Path) -> dict[str, dict]:
    """Each `model_checks` test of the manifest (by name): its model's node and its arguments."""
    manifest = json.loads((warehouse / "dbt" / "target" / "manifest.json").read_text())
    return {
        n["name"]: {
            "parent": manifest["nodes"][n["attached_node"]],
            "arguments": n["test_metadata"]["kwargs"],
        }
        for n in manifest["nodes"].values()
        if (n.get("test_metadata") or {}).get("name") == "model_checks"
    }


def _stored_failures(home: Path, checks: tuple[str, ...]) -> dict[str, list[tuple]]:
    """The failures `dbt test --store-failures` stored, per model_checks test, for those checks:
    sorted (check_name, column_name, value, n_records)."""
    con = duckdb.connect(str(home / "build" / "warehouse.duckdb"), read_only=True)
    try:
        tables = con.execute(
            "select table_schema, table_name from information_schema.tables "
            "where table_name like 'checks_%'"
        ).fetchall()
        marks = ", ".join("?" * len(checks))
        return {
            table: sorted(
                con.execute(
                    f'select check_name, column_name, value, n_records from "{schema}"."{table}" '
                    f"where check_name in ({marks})",
                    list(checks),
                ).fetchall()
            )
            for schema, table in tables
        }
    finally:
        con.close()


#: The views over the raw tables: a value is planted in the table the view reads, unchanged.
_VIEW_TABLES = {
    "stg_raw__documents": "raw.documents",
    "stg_raw__facts": "raw.facts",
    "stg_raw__city_registry": "raw.city_registry",
}


def _table(parent: dict) -> str:
    return _VIEW_TABLES.get(parent["name"]) or f'"{parent["schema"]}"."{parent["alias"]}"'


def test_every_structural_rule_is_one_model_checks_test_per_model(warehouse: Path) -> None:
    """A model's (or seed's) structural rules are one `model_checks` test (one dbt node per
    model, not one per rule and column: 39 tests instead of 97): every model and seed with a
    key, a not-null column, an enumeration or a foreign key has exactly one, named after it."""
    checks = _model_checks(warehouse)
    assert len(checks) == 24
    assert {name: c["parent"]["name"] for name, c in checks.items()} == {
        f"checks_{c['parent']['name']}": c["parent"]["name"] for c in checks.values()
    }
    counted = {
        rule: sum(len(c["arguments"].get(rule) or []) for c in checks.values())
        for rule in (
            "not_null",
            "unique",
            "unique_combinations",
            "accepted_values",
            "relationships",
            "matches_regex",
            "shares",
            "expressions",
        )
    }
    # the columns and rules the per-column tests had (and fct_projects' five bases since): 69
    # not-null columns, 22 keys, 2 compound keys, 23 enumerations, 15 foreign keys, 1 pattern, 4 error-severity shares, 7 expressions
    assert counted == {
        "not_null": 69,
        "unique": 22,
        "unique_combinations": 2,
        "accepted_values": 23,
        "relationships": 15,
        "matches_regex": 1,
        "shares": 4,
        "expressions": 7,
    }
    manifest = json.loads((warehouse / "dbt" / "target" / "manifest.json").read_text())
    assert sum(n["resource_type"] == "test" for n in manifest["nodes"].values()) == 39


def test_a_planted_null_fails_its_models_checks(warehouse: Path) -> None:
    """A null planted in any not-null column fails that model's `model_checks` test, one failure
    per null cell, each naming its column; the other models' tests still pass."""
    home = _planted_copy(warehouse, "planted_nulls")
    con = duckdb.connect(str(home / "build" / "warehouse.duckdb"))
    try:
        # two nulls in one fct_documents row and one in another, one in dim_city, one in an
        # intermediate model
        assert con.execute(
            "update marts.fct_documents set city_slug = null, source_file = null "
            "where document_id = (select min(document_id) from marts.fct_documents)"
        ).fetchone() == (1,)
        assert con.execute(
            "update marts.fct_documents set is_current = null "
            "where document_id = (select max(document_id) from marts.fct_documents)"
        ).fetchone() == (1,)
        assert con.execute(
            "update marts.dim_city set voivodeship = null where city_slug = 'torun'"
        ).fetchone() == (1,)
        assert con.execute(
            "update intermediate.int_projects_linked set project_id = null "
            "where document_id = (select min(document_id) from intermediate.int_projects_linked)"
        ).fetchone() == (1,)
    finally:
        con.close()
    results = _dbt_tests_that_fail(home, "test_name:model_checks")
    verdicts = {
        r["unique_id"].split(".")[2]: (r["status"], r["failures"])
        for r in results
        if r["status"] != "pass"
    }
    assert verdicts == {
        "checks_fct_documents": ("fail", 3),
        "checks_dim_city": ("fail", 1),
        "checks_int_projects_linked": ("fail", 1),
    }
    assert len(results) == 24  # every model and seed with a structural rule: one test each
    stored = _stored_failures(home, ("not_null",))
    assert sorted(sorted(row[1] for row in rows) for rows in stored.values() if rows) == [
        ["city_slug", "is_current", "source_file"],
        ["project_id"],
        ["voivodeship"],
    ]
    assert {row[2:] for rows in stored.values() for row in rows} == {(None, 1)}


def test_a_planted_bad_value_fails_each_enumeration_and_foreign_key_of_its_models_checks(
    warehouse: Path,
) -> None:
    """A value outside its list, or without its parent, planted in one row of every enumerated
    or foreign-key column of every model and seed fails that model's `model_checks` test, which
    stores one failure per column naming the column and the value; no listed column goes
    unchecked."""
    checks = _model_checks(warehouse)
    home = _planted_copy(warehouse, "planted_values")
    planted: dict[str, list[tuple]] = {}
    con = duckdb.connect(str(home / "build" / "warehouse.duckdb"))
    try:
        for name, check in sorted(checks.items()):
            table = _table(check["parent"])
            for rule in ("accepted_values", "relationships"):
                for column in check["arguments"].get(rule) or {}:
                    value = f"planted_{column}"
                    assert con.execute(
                        f"update {table} set {column} = ? where rowid = "
                        f"(select min(rowid) from {table} where {column} is not null)",
                        [value],
                    ).fetchone() == (1,), (name, column)
                    planted.setdefault(name, []).append((rule, column, value, 1))
    finally:
        con.close()
    assert sum(len(cells) for cells in planted.values()) == 38  # 23 enumerations, 15 foreign keys
    assert len(planted) == 15  # models and seeds with either
    results = _dbt_tests_that_fail(home, "test_name:model_checks")
    failed = {r["unique_id"].split(".")[2]: r for r in results if r["status"] == "fail"}
    assert set(planted) <= set(failed)
    stored = _stored_failures(home, ("accepted_values", "relationships"))
    assert {name: rows for name, rows in stored.items() if rows} == {
        name: sorted(cells) for name, cells in planted.items()
    }
    # each failure is counted (a planted value can also break one of the model's expressions)
    assert all(failed[name]["failures"] >= len(cells) for name, cells in planted.items())
    assert sum(r[0] == "accepted_values" for r in stored["checks_fct_documents"]) == 5
    assert sum(r[0] == "relationships" for r in stored["checks_fct_participant_groups"]) == 3


def test_a_planted_duplicate_fails_each_key_of_its_models_checks(warehouse: Path) -> None:
    """A key value held by two rows, planted in every `unique` column and every compound key of
    every model and seed, fails that model's `model_checks` test, which stores one failure per
    key naming the column (or columns) and the value held twice; no key goes unchecked."""
    checks = _model_checks(warehouse)
    home = _planted_copy(warehouse, "planted_duplicates")
    planted: dict[str, list[tuple]] = {}
    con = duckdb.connect(str(home / "build" / "warehouse.duckdb"))
    try:
        for name, check in sorted(checks.items()):
            table = _table(check["parent"])
            keys = [("unique", [c]) for c in check["arguments"].get("unique") or []]
            keys += [
                ("unique_combinations", cs)
                for cs in check["arguments"].get("unique_combinations") or []
            ]
            if keys and table.startswith("raw."):  # its primary key would refuse the duplicate
                con.execute(f"create table {table}_copy as select * from {table}")
                con.execute(f"drop table {table}")
                con.execute(f"alter table {table}_copy rename to {table.split('.')[1]}")
            for rule, columns in keys:
                first, last = con.execute(f"select min(rowid), max(rowid) from {table}").fetchone()
                assert first != last, (name, "needs two rows")
                assignments = ", ".join(
                    f"{c} = (select {c} from {table} where rowid = {first})" for c in columns
                )
                assert con.execute(
                    f"update {table} set {assignments} where rowid = {last}"
                ).fetchone() == (1,), (name, columns)
                held = con.execute(
                    "select "
                    + ", ".join(
                        f"coalesce(cast({c} as varchar), 'null')"
                        if rule != "unique"
                        else f"cast({c} as varchar)"
                        for c in columns
                    )
                    + f" from {table} where rowid = {first}"
                ).fetchone()
                planted.setdefault(name, []).append((rule, ", ".join(columns), ", ".join(held), 2))
    finally:
        con.close()
    assert sum(len(cells) for cells in planted.values()) == 24  # 22 keys, 2 compound keys
    results = _dbt_tests_that_fail(home, "test_name:model_checks")
    failed = {r["unique_id"].split(".")[2] for r in results if r["status"] == "fail"}
    assert set(planted) <= failed
    stored = _stored_failures(home, ("unique", "unique_combinations"))
    assert {name: rows for name, rows in stored.items() if rows} == {
        name: sorted(cells) for name, cells in planted.items()
    }


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


def _dbt_tests_that_fail(home, select: str) -> list[dict]:
    """Run the selected dbt tests with their failures stored; they must fail (exit 1).
    Returns dbt's run results."""
    res = subprocess.run(
        dbt_args(home, "test", "--select", select, "--store-failures"),
        check=False,
        env=dbt_env(home),
        cwd=home,
        capture_output=True,
        text=True,
    )
    assert res.returncode == 1, res.stdout[-3000:]
    return json.loads((home / "dbt" / "target" / "run_results.json").read_text())["results"]
