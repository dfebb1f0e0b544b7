"""What a project row publishes from what its documents state (benchmarks/published_truth.py found
these on real dev pages): a figure a document states is published, on the basis it was stated.

One `dbt build` of its own (planted documents, own wording, written here into a temporary
landing folder) into a temporary INTEGRA_HOME; the raw tables are written as ingestion writes them
(tests/test_dbt_models.py `load_raw_records`).
"""

from __future__ import annotations

import hashlib
import subprocess

import duckdb
import pytest

try:
    from tests.test_dbt_models import dbt_args, dbt_env, load_raw_records
except ImportError:  # pytest's prepend import mode puts tests/ itself on sys.path
    from test_dbt_models import dbt_args, dbt_env, load_raw_records

#: A partner's page: the grant and the own contribution, no project value (as rc_q's gmina page
#: states them); the own contribution was dropped from fct_projects because no total was stated.
NO_TOTAL = "gdynia/310_partner_bez_wartosci.txt"
NO_TOTAL_TEXT = (
    "Gmina Gdynia jest partnerem projektu „Razem ku samodzielności w Gdyni”.\n"
    "Kwota dofinansowania: 850 000,00 zł.\n"
    "Wkład własny partnera: 150 000,00 zł.\n"
    "Projekt współfinansowany z Regionalnego Programu Operacyjnego Województwa Pomorskiego "
    "na lata 2014-2020.\n"
)
#: A whole project stating all three amounts: the own contribution comes from the total's document.
WITH_TOTAL = "gdynia/311_projekt_z_wartoscia.txt"
WITH_TOTAL_TEXT = (
    "Projekt „Pracownia dobrego startu” realizuje Miejski Ośrodek Pomocy Społecznej w Gdyni.\n"
    "Wartość projektu: 1 000 000,00 zł, w tym dofinansowanie 900 000,00 zł "
    "i wkład własny 100 000,00 zł.\n"
    "Okres realizacji: od 1 marca 2021 r. do 31 grudnia 2022 r.\n"
)


def _record(source_file: str, text: str, **facts) -> dict:
    rec = {
        "source_file": source_file,
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
        "status": "ok",
        "problems": [],
        "city": "Gdynia",
        "voivodeship": "pomorskie",
        "implementer": None,
        "title": None,
        "programme": "Regionalny Program Operacyjny Województwa Pomorskiego",
        "programme_period": "2014-2020",
        "priority_axis": None,
        "measure": None,
        "submeasure": None,
        "project_type": None,
        "total_cost_pln": None,
        "total_cost_qualifier": None,
        "eu_cofinancing_pln": None,
        "own_contribution_pln": None,
        "contract_date": None,
        "start_date": None,
        "end_date": None,
        "participants_planned": None,
        "participants_actual": None,
        "participants_completed": None,
        "social_effectiveness_pct": None,
        "employment_effectiveness_pct": None,
        "social_effectiveness_basis": None,
        "employment_effectiveness_basis": None,
        "participants_planned_breakdown": {},
        "instruments": [],
        "evidence": {},
    }
    rec.update(facts)
    return rec


@pytest.fixture(scope="module")
def con(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("truth")
    raw, home = root / "raw", root / "home"
    records = [
        _record(
            NO_TOTAL,
            NO_TOTAL_TEXT,
            title="Razem ku samodzielności w Gdyni",
            eu_cofinancing_pln=850000.0,
            own_contribution_pln=150000.0,
        ),
        _record(
            WITH_TOTAL,
            WITH_TOTAL_TEXT,
            title="Pracownia dobrego startu",
            implementer="Miejski Ośrodek Pomocy Społecznej w Gdyni",
            total_cost_pln=1000000.0,
            total_cost_qualifier="exact",
            eu_cofinancing_pln=900000.0,
            own_contribution_pln=100000.0,
            start_date="2021-03-01",
            end_date="2022-12-31",
        ),
    ]
    for rec, text in zip(records, (NO_TOTAL_TEXT, WITH_TOTAL_TEXT), strict=True):
        path = raw / rec["source_file"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    load_raw_records(home, records, raw_dir=raw)
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
    c = duckdb.connect(str(home / "build" / "warehouse.duckdb"), read_only=True)
    yield c
    c.close()


def _project(con, source_file: str) -> dict:
    cur = con.execute(
        "select p.* from marts.fct_projects p join marts.fct_documents d using (project_id) "
        "where d.source_file = ?",
        [source_file],
    )
    names = [c[0] for c in cur.description]
    rows = [dict(zip(names, r)) for r in cur.fetchall()]
    assert len(rows) == 1, rows
    return rows[0]


def test_a_stated_own_contribution_is_published_without_a_stated_total(con) -> None:
    p = _project(con, NO_TOTAL)
    assert (p["total_cost_pln"], p["total_cost_basis"]) == (None, None)
    assert (p["eu_cofinancing_pln"], p["eu_cofinancing_basis"]) == (850000.0, "whole_project")
    assert (p["own_contribution_pln"], p["own_contribution_is_derived"]) == (150000.0, False)
    # no total: no share, no identity to check
    assert (p["eu_cofinancing_share"], p["own_contribution_share"], p["budget_identity_holds"]) == (
        None,
        None,
        None,
    )


def test_the_totals_document_still_gives_the_own_contribution(con) -> None:
    p = _project(con, WITH_TOTAL)
    assert (p["total_cost_pln"], p["eu_cofinancing_pln"], p["own_contribution_pln"]) == (
        1000000.0,
        900000.0,
        100000.0,
    )
    assert (p["own_contribution_is_derived"], p["budget_identity_holds"]) == (False, True)
    assert p["eu_cofinancing_share"] == pytest.approx(0.9)
    assert p["own_contribution_share"] == pytest.approx(0.1)
