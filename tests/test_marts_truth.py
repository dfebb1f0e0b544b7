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

#: A six-year project whose page states its total only, and one yearly edition stating that year's
#: value and EU co-financing: the edition's EU figure is a partial sum of the project's.
LONG_PAGE = "gdynia/320_aktywni_razem_2008_2013.txt"
LONG_PAGE_TEXT = (
    "Projekt systemowy „Aktywni razem w Gdyni” trwa od 1 stycznia 2008 r. do 31 grudnia 2013 r.\n"
    "Łączna wartość projektu wynosi 10 000 000,00 zł.\n"
)
LONG_EDITION = "gdynia/321_aktywni_razem_edycja_2010.txt"
LONG_EDITION_TEXT = (
    "„Aktywni razem w Gdyni” – edycja 2010 (od 1 stycznia 2010 r. do 31 grudnia 2010 r.).\n"
    "Wartość tegorocznej edycji: 2 192 224,00 zł, w tym dofinansowanie ze środków Unii Europejskiej "
    "1 863 390,00 zł.\n"
)
#: A six-year project known from one edition with an exact total, beside a page giving its dates.
PARTIAL_PAGE = "gdynia/322_wspolnie_dates.txt"
PARTIAL_PAGE_TEXT = "Projekt „Wspólnie dla rodzin z Gdyni” prowadzimy od 2008 do 2013 roku.\n"
PARTIAL_EDITION = "gdynia/323_wspolnie_edycja_2009.txt"
PARTIAL_EDITION_TEXT = (
    "„Wspólnie dla rodzin z Gdyni”, rok 2009: wartość tegorocznej edycji 400 000,00 zł, "
    "w tym dofinansowanie 340 000,00 zł.\n"
)
#: A two-year project whose page states its total only and both editions their value and EU co-financing.
SHORT_PAGE = "gdynia/324_klub_sasiedzki.txt"
SHORT_PAGE_TEXT = "„Klub sąsiedzki na Oksywiu”, 2021–2022: wartość projektu 500 000,00 zł.\n"
SHORT_EDITIONS = (
    (
        "gdynia/325_klub_sasiedzki_2021.txt",
        "„Klub sąsiedzki na Oksywiu” w 2021 r.: 240 000,00 zł, w tym dofinansowanie 200 000,00 zł.\n",
    ),
    (
        "gdynia/326_klub_sasiedzki_2022.txt",
        "„Klub sąsiedzki na Oksywiu” w 2022 r.: 260 000,00 zł, w tym dofinansowanie 225 000,00 zł.\n",
    ),
)
#: A page stating the total and its own participant count, and a plan with another count.
COUNT_PAGE = "gdynia/330_postaw_na_siebie_strona.txt"
COUNT_PAGE_TEXT = (
    "„Postaw na siebie w Gdyni”: wartość projektu 1 700 000,00 zł; wsparciem objęliśmy 214 osób "
    "w latach 2019–2020.\n"
)
COUNT_PLAN = "gdynia/331_postaw_na_siebie_plan.txt"
COUNT_PLAN_TEXT = (
    "Wniosek: w projekcie „Postaw na siebie w Gdyni” planowane jest objęcie wsparciem 176 osób "
    "w latach 2019–2020.\n"
)
#: A page stating the total only, and a plan with the participant count.
PLAN_ONLY_PAGE = "gdynia/332_pomocna_dlon_strona.txt"
PLAN_ONLY_PAGE_TEXT = "„Pomocna dłoń w Gdyni”, 2019–2020: wartość projektu 800 000,00 zł.\n"
PLAN_ONLY_PLAN = "gdynia/333_pomocna_dlon_plan.txt"
PLAN_ONLY_PLAN_TEXT = (
    "Wniosek: w projekcie „Pomocna dłoń w Gdyni” planowane jest objęcie wsparciem 100 osób "
    "w latach 2019–2020.\n"
)

#: Two documents of one title and period with different budgets: a final report stating its total
#: only, and an application stating a far larger total with its grant (a same-named project, or an
#: earlier budget). The report's total is the project's; the application's grant is not on it.
OTHER_BUDGET_REPORT = "gdynia/340_nowy_start_informacja_koncowa.txt"
OTHER_BUDGET_REPORT_TEXT = (
    "Informacja końcowa z realizacji projektu „Nowy start w Gdyni” (2019–2020): "
    "całkowita wartość projektu 600 000,00 zł.\n"
)
OTHER_BUDGET_PLAN = "gdynia/341_nowy_start_wniosek.txt"
OTHER_BUDGET_PLAN_TEXT = (
    "Wniosek: projekt „Nowy start w Gdyni” (2019–2020) o wartości 5 000 000,00 zł, "
    "w tym dofinansowanie 4 250 000,00 zł.\n"
)
#: The same, but a second application states the report's own total and its grant: that grant is on
#: the total's budget and is chosen over the other one.
SAME_BUDGET_REPORT = "gdynia/342_krok_dalej_informacja_koncowa.txt"
SAME_BUDGET_REPORT_TEXT = "Informacja końcowa projektu „Krok dalej w Gdyni” (2019–2020): wartość projektu 700 000,00 zł.\n"
SAME_BUDGET_PLANS = (
    (
        "gdynia/343_krok_dalej_wniosek_a.txt",
        "Wniosek A: „Krok dalej w Gdyni” (2019–2020), 2 000 000,00 zł, w tym dofinansowanie "
        "1 700 000,00 zł.\n",
        2000000.0,
        1700000.0,
    ),
    (
        "gdynia/344_krok_dalej_wniosek_b.txt",
        "Wniosek B: „Krok dalej w Gdyni” (2019–2020), 700 000,00 zł, w tym dofinansowanie "
        "595 000,00 zł.\n",
        700000.0,
        595000.0,
    ),
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
        _record(
            LONG_PAGE,
            LONG_PAGE_TEXT,
            title="Aktywni razem w Gdyni",
            total_cost_pln=10000000.0,
            total_cost_qualifier="exact",
            start_date="2008-01-01",
            end_date="2013-12-31",
        ),
        _record(
            LONG_EDITION,
            LONG_EDITION_TEXT,
            title="Aktywni razem w Gdyni",
            total_cost_pln=2192224.0,
            total_cost_qualifier="exact",
            eu_cofinancing_pln=1863390.0,
            start_date="2010-01-01",
            end_date="2010-12-31",
        ),
        _record(
            PARTIAL_PAGE,
            PARTIAL_PAGE_TEXT,
            title="Wspólnie dla rodzin z Gdyni",
            start_date="2008-01-01",
            end_date="2013-12-31",
        ),
        _record(
            PARTIAL_EDITION,
            PARTIAL_EDITION_TEXT,
            title="Wspólnie dla rodzin z Gdyni",
            total_cost_pln=400000.0,
            total_cost_qualifier="exact",
            eu_cofinancing_pln=340000.0,
            start_date="2009-01-01",
            end_date="2009-12-31",
        ),
        _record(
            SHORT_PAGE,
            SHORT_PAGE_TEXT,
            title="Klub sąsiedzki na Oksywiu",
            total_cost_pln=500000.0,
            total_cost_qualifier="exact",
            start_date="2021-01-01",
            end_date="2022-12-31",
        ),
        *(
            _record(
                path,
                text,
                title="Klub sąsiedzki na Oksywiu",
                total_cost_pln=total,
                total_cost_qualifier="exact",
                eu_cofinancing_pln=eu,
                start_date=f"{year}-01-01",
                end_date=f"{year}-12-31",
            )
            for (path, text), total, eu, year in zip(
                SHORT_EDITIONS,
                (240000.0, 260000.0),
                (200000.0, 225000.0),
                (2021, 2022),
                strict=True,
            )
        ),
        _record(
            COUNT_PAGE,
            COUNT_PAGE_TEXT,
            title="Postaw na siebie w Gdyni",
            total_cost_pln=1700000.0,
            total_cost_qualifier="exact",
            participants_planned=214,
            start_date="2019-01-01",
            end_date="2020-12-31",
        ),
        _record(
            COUNT_PLAN,
            COUNT_PLAN_TEXT,
            title="Postaw na siebie w Gdyni",
            participants_planned=176,
            start_date="2019-01-01",
            end_date="2020-12-31",
        ),
        _record(
            PLAN_ONLY_PAGE,
            PLAN_ONLY_PAGE_TEXT,
            title="Pomocna dłoń w Gdyni",
            total_cost_pln=800000.0,
            total_cost_qualifier="exact",
            start_date="2019-01-01",
            end_date="2020-12-31",
        ),
        _record(
            PLAN_ONLY_PLAN,
            PLAN_ONLY_PLAN_TEXT,
            title="Pomocna dłoń w Gdyni",
            participants_planned=100,
            start_date="2019-01-01",
            end_date="2020-12-31",
        ),
        _record(
            OTHER_BUDGET_REPORT,
            OTHER_BUDGET_REPORT_TEXT,
            title="Nowy start w Gdyni",
            total_cost_pln=600000.0,
            total_cost_qualifier="exact",
            start_date="2019-01-01",
            end_date="2020-12-31",
        ),
        _record(
            OTHER_BUDGET_PLAN,
            OTHER_BUDGET_PLAN_TEXT,
            title="Nowy start w Gdyni",
            total_cost_pln=5000000.0,
            total_cost_qualifier="exact",
            eu_cofinancing_pln=4250000.0,
            start_date="2019-01-01",
            end_date="2020-12-31",
        ),
        _record(
            SAME_BUDGET_REPORT,
            SAME_BUDGET_REPORT_TEXT,
            title="Krok dalej w Gdyni",
            total_cost_pln=700000.0,
            total_cost_qualifier="exact",
            start_date="2019-01-01",
            end_date="2020-12-31",
        ),
        *(
            _record(
                path,
                text,
                title="Krok dalej w Gdyni",
                total_cost_pln=total,
                total_cost_qualifier="exact",
                eu_cofinancing_pln=eu,
                start_date="2019-01-01",
                end_date="2020-12-31",
            )
            for path, text, total, eu in SAME_BUDGET_PLANS
        ),
    ]
    texts = {
        NO_TOTAL: NO_TOTAL_TEXT,
        WITH_TOTAL: WITH_TOTAL_TEXT,
        LONG_PAGE: LONG_PAGE_TEXT,
        LONG_EDITION: LONG_EDITION_TEXT,
        PARTIAL_PAGE: PARTIAL_PAGE_TEXT,
        PARTIAL_EDITION: PARTIAL_EDITION_TEXT,
        SHORT_PAGE: SHORT_PAGE_TEXT,
        **dict(SHORT_EDITIONS),
        COUNT_PAGE: COUNT_PAGE_TEXT,
        COUNT_PLAN: COUNT_PLAN_TEXT,
        PLAN_ONLY_PAGE: PLAN_ONLY_PAGE_TEXT,
        PLAN_ONLY_PLAN: PLAN_ONLY_PLAN_TEXT,
        OTHER_BUDGET_REPORT: OTHER_BUDGET_REPORT_TEXT,
        OTHER_BUDGET_PLAN: OTHER_BUDGET_PLAN_TEXT,
        SAME_BUDGET_REPORT: SAME_BUDGET_REPORT_TEXT,
        **{path: text for path, text, _, _ in SAME_BUDGET_PLANS},
    }
    for rec in records:
        text = texts[rec["source_file"]]
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


def test_one_known_edition_of_six_is_a_partial_sum_beside_a_whole_project_total(con) -> None:
    p = _project(con, LONG_PAGE)
    assert (p["total_cost_pln"], p["total_cost_qualifier"], p["total_cost_basis"]) == (
        10000000.0,
        "exact",
        "whole_project",
    )
    assert (p["eu_cofinancing_pln"], p["eu_cofinancing_basis"]) == (
        1863390.0,
        "sum_of_known_editions",
    )
    # one basis per figure: nothing divides or converts the partial sum
    assert (p["eu_cofinancing_share"], p["own_contribution_pln"], p["own_contribution_share"]) == (
        None,
        None,
        None,
    )
    assert (p["eu_cofinancing_constant_pln"], p["eu_cofinancing_eur"]) == (None, None)


def test_a_total_summed_over_the_known_editions_only_is_a_lower_bound(con) -> None:
    p = _project(con, PARTIAL_PAGE)
    assert (p["total_cost_pln"], p["total_cost_qualifier"], p["total_cost_basis"]) == (
        400000.0,
        "more_than",
        "sum_of_known_editions",
    )
    assert (p["eu_cofinancing_pln"], p["eu_cofinancing_basis"]) == (
        340000.0,
        "sum_of_known_editions",
    )
    assert (
        p["eu_cofinancing_share"],
        p["own_contribution_pln"],
        p["total_cost_constant_pln"],
        p["total_cost_eur"],
    ) == (
        None,
        None,
        None,
        None,
    )


def test_editions_covering_every_year_of_the_project_are_a_sum_of_editions(con) -> None:
    p = _project(con, SHORT_PAGE)
    assert (p["eu_cofinancing_pln"], p["eu_cofinancing_basis"]) == (425000.0, "sum_of_editions")
    assert (p["total_cost_pln"], p["total_cost_basis"], p["eu_cofinancing_share"]) == (
        500000.0,
        "whole_project",
        None,
    )


def test_cost_per_planned_participant_divides_the_totals_document_by_its_own_count(con) -> None:
    p = _project(con, COUNT_PAGE)
    # the project's planned count is the plan's; the unit cost is the page's total over the page's count
    assert (p["participants_planned"], p["total_cost_pln"]) == (176, 1700000.0)
    assert p["cost_per_planned_participant_pln"] == pytest.approx(1700000.0 / 214)
    assert p["cost_per_planned_participant_basis"] == "total_document"


def test_cost_per_planned_participant_over_two_documents_says_so(con) -> None:
    p = _project(con, PLAN_ONLY_PAGE)
    assert (p["participants_planned"], p["total_cost_pln"]) == (100, 800000.0)
    assert p["cost_per_planned_participant_pln"] == pytest.approx(8000.0)
    assert p["cost_per_planned_participant_basis"] == "whole_project_documents"


def test_a_grant_stated_beside_another_total_is_not_divided_by_the_projects_total(con) -> None:
    p = _project(con, OTHER_BUDGET_REPORT)
    assert p["documents"] == 2
    # the final report's total is the project's; the application's grant is published as stated,
    # on its own basis, and nothing is computed from the two together (4.25 M / 0.6 M would be 7.08)
    assert (p["total_cost_pln"], p["total_cost_basis"]) == (600000.0, "whole_project")
    assert (p["eu_cofinancing_pln"], p["eu_cofinancing_basis"]) == (
        4250000.0,
        "whole_project_other_total",
    )
    assert (
        p["eu_cofinancing_share"],
        p["own_contribution_pln"],
        p["own_contribution_is_derived"],
        p["eu_cofinancing_eur"],
        p["eu_cofinancing_constant_pln"],
    ) == (None, None, False, None, None)


def test_a_grant_on_the_totals_own_budget_is_chosen_over_another(con) -> None:
    p = _project(con, SAME_BUDGET_REPORT)
    assert p["documents"] == 3
    assert (p["total_cost_pln"], p["eu_cofinancing_pln"], p["eu_cofinancing_basis"]) == (
        700000.0,
        595000.0,
        "whole_project",
    )
    assert p["eu_cofinancing_document_id"] == _document_id(con, SAME_BUDGET_PLANS[1][0])
    assert p["eu_cofinancing_share"] == pytest.approx(0.85)
    assert (p["own_contribution_pln"], p["own_contribution_is_derived"]) == (105000.0, True)


def test_no_published_share_exceeds_one(con) -> None:
    assert con.execute(
        "select count(*) from marts.fct_projects where eu_cofinancing_share > 1"
    ).fetchone() == (0,)


def _document_id(con, source_file: str) -> str:
    row = con.execute(
        "select document_id from marts.fct_documents where source_file = ?", [source_file]
    ).fetchone()
    assert row is not None
    return row[0]
