"""Probes of English project pages (session 22, issue 12: "read them, never reject them"): short
fragments written for these tests (not copied from any corpus document) the way Polish centres'
English pages and EU portals (Kohesio, the map of grants with English labels, project fiches)
state a project's title, implementer, money, dates, programme codes, participants, effectiveness
targets and forms of support, plus near-misses (a centre's own budget, a programme's allocation,
staff numbers, EUR figures) that must not be taken.

Expected values follow the gold conventions (../shared/devset/README.md): titles and implementers
as written in English, amounts in PLN only (EUR never converted), month-only ranges to the first
and last day, codes as written (a Roman axis kept), instruments as written in the list or in the
nominative of the prose. Strings are compared as the scorer compares them; instruments item by item
with the scorer's own match. Probes that still fail are strict xfails with the reason."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from integra.extract import extract_text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from score_extraction import _item_match, roman_to_arabic

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_field_probes import same

# a neutral opening that states the implementer and the period, so that a probe of one field is
# read as a project page
LEAD = (
    'The Municipal Social Welfare Centre in Braniewo implements the project "Bridges to Work" '
    "from 1 February 2019 to 31 January 2021.\n\n"
)

PROBES: list[tuple[str, str, dict]] = [
    # --- label cards ---------------------------------------------------------------------------
    (
        "card_full",
        "Project title: Step by Step Towards Work\n"
        "Beneficiary: Municipal Social Welfare Centre in Brzeg Dolny\n"
        "Total project value: PLN 1,234,567.89\n"
        "EU contribution: PLN 1,049,382.71\n"
        "Project duration: 01.01.2017 – 31.12.2018\n",
        {
            "title": "Step by Step Towards Work",
            "implementer": "Municipal Social Welfare Centre in Brzeg Dolny",
            "total_cost_pln": 1234567.89,
            "eu_cofinancing_pln": 1049382.71,
            "start_date": "2017-01-01",
            "end_date": "2018-12-31",
        },
    ),
    (
        "card_value_eligible",
        "Name of the project: Senior Club in Sępólno\n"
        "Project value: PLN 1,100,000.00\n"
        "Eligible costs: PLN 1,050,000.00\n"
        "EU co-financing: PLN 892,500.00\n"
        "Own contribution: PLN 54,000.00\n",
        {
            "title": "Senior Club in Sępólno",
            "total_cost_pln": 1100000.0,
            "eu_cofinancing_pln": 892500.0,
            "own_contribution_pln": 54000.0,
        },
    ),
    (
        "card_dates_words",
        "Project title: Open Door\nStart date: 1 July 2020\nEnd date: 30 June 2022\n",
        {"title": "Open Door", "start_date": "2020-07-01", "end_date": "2022-06-30"},
    ),
    (
        "card_codes",
        LEAD + "Priority axis: 6\nMeasure: 6.1\nSub-measure: 6.1.2\n",
        {"priority_axis": "6", "measure": "6.1", "submeasure": "6.1.2"},
    ),
    (
        "card_wikibase_levels",
        "budget\n1,200,000.00 zloty\nbeneficiary\nGMINA MIASTO ŁOMŻA\nfund\nEuropean Social Fund\n"
        "priority axis / measure / sub-measure\n"
        "9 Social inclusion / 9.1 Active inclusion / 9.1.2 Active inclusion – ZIT\n",
        {"priority_axis": "9", "measure": "9.1", "submeasure": "9.1.2"},
    ),
    (
        "card_lead_partner",
        "Project title: Neighbours Together\n"
        "Lead partner: Social Welfare Centre in Gniew\n"
        "Partner: Association for the Disabled 'Step'\n"
        "Total project value: PLN 640,000.00\n",
        {"implementer": "Social Welfare Centre in Gniew", "total_cost_pln": 640000.0},
    ),
    (
        "card_kohesio_eur_only",
        "Project title: Care Services in Łowicz\n"
        "Beneficiary: MIASTO ŁOWICZ\n"
        "Total budget: €342,569.00\n"
        "EU contribution: €291,183.65 (85%)\n",
        {"title": "Care Services in Łowicz", "total_cost_pln": None, "eu_cofinancing_pln": None},
    ),
    (
        "card_target_group",
        LEAD + "Target group: 40 persons at risk of social exclusion\n",
        {"participants_planned": 40},
    ),
    (
        "card_iso_period",
        'Project title: "Family First"\nImplementation period: 2017-03-01 – 2018-08-31\n',
        {"title": "Family First", "start_date": "2017-03-01", "end_date": "2018-08-31"},
    ),
    # --- prose ---------------------------------------------------------------------------------
    (
        "prose_implementing",
        'The Social Welfare Centre in Kętrzyn is implementing the project "Together for Families", '
        "co-financed by the European Social Fund under the Regional Operational Programme of the "
        "Warmińsko-Mazurskie Voivodeship for 2014-2020.",
        {
            "title": "Together for Families",
            "implementer": "Social Welfare Centre in Kętrzyn",
            "programme_period": "2014-2020",
        },
    ),
    (
        "prose_implemented_by",
        'The project "Open Horizons" is implemented by the Municipal Family Assistance Centre in '
        "Tczew from January 2019 to June 2020.",
        {
            "title": "Open Horizons",
            "implementer": "Municipal Family Assistance Centre in Tczew",
            "start_date": "2019-01-01",
            "end_date": "2020-06-30",
        },
    ),
    (
        "prose_value_of_which",
        LEAD + "The total value of the project is PLN 2,450,000.00, of which EU co-financing "
        "amounts to PLN 2,082,500.00.",
        {"total_cost_pln": 2450000.0, "eu_cofinancing_pln": 2082500.0},
    ),
    (
        "prose_million",
        LEAD + "The project is worth PLN 3.2 million.",
        {"total_cost_pln": 3200000.0, "total_cost_qualifier": "approximately"},
    ),
    (
        "prose_exceeds",
        LEAD + "The project budget exceeds PLN 1.5 million.",
        {"total_cost_pln": 1500000.0, "total_cost_qualifier": "more_than"},
    ),
    (
        "prose_own_contribution",
        LEAD + "The project costs PLN 500,000.00. The own contribution of the municipality "
        "amounts to PLN 75,000.00.",
        {"total_cost_pln": 500000.0, "own_contribution_pln": 75000.0},
    ),
    (
        "prose_programme_codes",
        LEAD + "The project is co-financed from the Regional Operational Programme of the "
        "Opolskie Voivodeship for 2014-2020, Priority Axis VIII, Measure 8.1.",
        {"programme_period": "2014-2020", "priority_axis": "VIII", "measure": "8.1"},
    ),
    (
        "prose_start_day",
        'The project "Active Seniors" started on 1 March 2016 and will end on 28 February 2018.',
        {"start_date": "2016-03-01", "end_date": "2018-02-28"},
    ),
    (
        "prose_covers_of_whom",
        LEAD + "The project covers 60 people, of whom 35 women.",
        {"participants_planned": 60},
    ),
    (
        "prose_will_support",
        LEAD + "The project will support 120 residents of the municipality.",
        {"participants_planned": 120},
    ),
    (
        "prose_addressed_to",
        LEAD + "The project is addressed to 25 families with children.",
        {"participants_planned": 25},
    ),
    (
        "prose_employment_target",
        LEAD + "The project covers 50 people. At least 34% of the participants will find "
        "employment after leaving the project.",
        {"participants_planned": 50, "employment_effectiveness_pct": 34.0},
    ),
    # --- forms of support ----------------------------------------------------------------------
    (
        "inst_task_lines",
        LEAD + "Task 1 – vocational training\nTask 2 – individual job coaching\n"
        "Task 3 – internships with local employers",
        {
            "instruments": [
                "vocational training",
                "individual job coaching",
                "internships with local employers",
            ]
        },
    ),
    (
        "inst_bullets",
        LEAD + "Forms of support:\n• psychological counselling\n• legal advice\n"
        "• support groups for parents",
        {
            "instruments": [
                "psychological counselling",
                "legal advice",
                "support groups for parents",
            ]
        },
    ),
    (
        "inst_prose_will_receive",
        LEAD + "Participants will receive job coaching, vocational courses and internships.",
        {"instruments": ["job coaching", "vocational courses", "internships"]},
    ),
    (
        "inst_activities_include",
        LEAD + "Activities include social work, family therapy and parenting workshops.",
        {"instruments": ["social work", "family therapy", "parenting workshops"]},
    ),
    (
        "inst_trips_for_families",
        LEAD + "The project offers computer classes for seniors and trips for families.",
        {"instruments": ["computer classes for seniors", "trips for families"]},
    ),
    (
        "inst_numbered_offer",
        LEAD + "What we offer:\n1. Individual counselling with a psychologist\n"
        "2. Social skills training\n3. Help of a family assistant",
        {
            "instruments": [
                "Individual counselling with a psychologist",
                "Social skills training",
                "Help of a family assistant",
            ]
        },
    ),
    (
        "inst_able_to_use",
        LEAD + "Participants will be able to use art classes, theatre workshops and trips to the "
        "cinema.",
        {"instruments": ["art classes", "theatre workshops", "trips to the cinema"]},
    ),
    (
        "inst_access_to",
        LEAD + "Participants will have access to legal advice, psychological counselling and a "
        "support group.",
        {"instruments": ["legal advice", "psychological counselling", "support group"]},
    ),
    (
        "inst_were_given",
        LEAD + "The participants were given vocational courses and internships.",
        {"instruments": ["vocational courses", "internships"]},
    ),
    (
        "near_use_of_funds",
        LEAD + "The centre will use the funds to pay the staff and rent rooms.",
        {"instruments": []},
    ),
    (
        "inst_can_use_following",
        LEAD + "Seniors can use the following services: meals, rehabilitation and care services.",
        {"instruments": ["meals", "rehabilitation", "care services"]},
    ),
    (
        "inst_wide_range_of",
        LEAD + "Children can use a wide range of art classes, sports activities and trips for "
        "families.",
        {"instruments": ["art classes", "sports activities", "trips for families"]},
    ),
    (
        "inst_module_lines",
        LEAD + "Module 1. Psychological support\nModule 2. Vocational courses\n"
        "Module 3. Project management",
        {"instruments": ["Psychological support", "Vocational courses"]},
    ),
    (
        "near_stage_lines",
        LEAD + "Stage 1. Diagnosis of needs\nStage 2. Recruitment\nStage 3. Evaluation",
        {"instruments": []},
    ),
    # --- near-misses ---------------------------------------------------------------------------
    (
        "card_kohesio_sentences",
        "Project implementer: Poviat Family Support Centre in Kłodzko\n"
        "The operation aims to increase access to social services for 90 people with "
        "disabilities living in the Kłodzko county.\n"
        "Total eligible expenditure: PLN 1,812,400.00\n"
        "The EU co-finances the project with PLN 1,540,540.00.\n",
        {
            "implementer": "Poviat Family Support Centre in Kłodzko",
            "participants_planned": 90,
            "total_cost_pln": 1812400.0,
            "eu_cofinancing_pln": 1540540.0,
        },
    ),
    (
        "card_polish_number_format",
        "Project title: Home Care Plus\nProject value: 1 482 115,00 PLN\n"
        "EU funding: 1 259 797,75 PLN\n",
        {"total_cost_pln": 1482115.0, "eu_cofinancing_pln": 1259797.75},
    ),
    (
        "prose_zloty_word",
        LEAD + "The project is worth 745,300.50 zloty, and the European Union covers "
        "633,505.43 zloty of it.",
        {"total_cost_pln": 745300.5, "eu_cofinancing_pln": 633505.43},
    ),
    (
        "prose_participants_will_take_part",
        LEAD + "A total of 36 young people aged 15–25 will take part in the project.",
        {"participants_planned": 36},
    ),
    (
        "prose_social_target",
        LEAD + "The project covers 40 people. At least 56% of them will improve their social "
        "situation.",
        {"participants_planned": 40, "social_effectiveness_pct": 56.0},
    ),
    (
        "inst_inline_tasks",
        LEAD + "Task 1 – social skills training; Task 2 – career counselling; "
        "Task 3 – vocational courses.",
        {"instruments": ["social skills training", "career counselling", "vocational courses"]},
    ),
    (
        "inst_bullets_dash",
        LEAD + "The support includes:\n- family therapy\n- meetings with a lawyer\n"
        "- summer camps for children",
        {"instruments": ["family therapy", "meetings with a lawyer", "summer camps for children"]},
    ),
    (
        "near_eur_rate",
        LEAD + "Project value: PLN 860,000.00 (about EUR 200,000 at the rate of PLN 4.30).",
        {"total_cost_pln": 860000.0, "total_cost_qualifier": "exact"},
    ),
    (
        "near_centre_budget",
        LEAD + "The centre's budget for social assistance in 2019 was PLN 8,500,000.00.",
        {"total_cost_pln": None, "eu_cofinancing_pln": None},
    ),
    (
        "near_programme_allocation",
        LEAD + "The total allocation of the programme amounts to PLN 2.1 billion.",
        {"total_cost_pln": None},
    ),
    (
        "near_staff",
        LEAD + "The centre employs 45 staff members, including 20 social workers.",
        {"participants_planned": None},
    ),
    (
        "near_population",
        LEAD + "Braniewo has about 17,000 inhabitants.",
        {"participants_planned": None},
    ),
    (
        "near_eur_beside_pln",
        LEAD + "Project value: EUR 250,000.00 (PLN 1,075,000.00).",
        {"total_cost_pln": 1075000.0},
    ),
    (
        "near_publication_date",
        'Published on 12 May 2021\n\nThe project "Bridges to Work" runs from 1 February 2019 to '
        "31 January 2021.",
        {"start_date": "2019-02-01", "end_date": "2021-01-31"},
    ),
    (
        "near_share_not_amount",
        LEAD + "Co-financing from the European Social Fund: 85%.",
        {"eu_cofinancing_pln": None, "total_cost_pln": None},
    ),
]

# probe -> why it still fails (strict: a fix makes the test fail until the mark is removed)
FAILING: dict[str, str] = {
    "prose_social_target": "'will improve their social situation' is no English social-effectiveness target",
    "near_centre_budget": "'The centre's budget for social assistance': the fitted role scorer reads 'budget' as"
    " the total (tried: a vocabulary exclusion of a body's budget alone does not stop it)",
}


def record(text: str) -> dict:
    return extract_text(text, "probe.txt")[0]


def _check(field: str, want: object, got: object) -> bool:
    if field == "instruments":
        got = got or []
        return all(any(_item_match(w, g) for g in got) for w in want) and all(
            any(_item_match(g, w) for w in want) for g in got
        )
    if want is None:
        return got in (None, "", [], {})
    if isinstance(want, float):
        return got is not None and abs(float(got) - want) < 0.01
    if field == "priority_axis":
        return got is not None and roman_to_arabic(str(want)) == roman_to_arabic(str(got))
    if field in ("title", "implementer", "programme"):
        return same(want, got)
    return str(got) == str(want)


def _cases():
    for name, text, want in PROBES:
        marks = [pytest.mark.xfail(reason=FAILING[name], strict=True)] if name in FAILING else []
        yield pytest.param(text, want, id=name, marks=marks)


@pytest.mark.parametrize("text, want", list(_cases()))
def test_english_probe(text: str, want: dict) -> None:
    rec = record(text)
    wrong = {f: (w, rec.get(f)) for f, w in want.items() if not _check(f, w, rec.get(f))}
    assert wrong == {}


# --- one label naming several programme levels, its codes after it in the same order ----------

CODES = ("priority_axis", "measure", "submeasure")


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "priority axis / measure / sub-measure\n6 Social infrastructure / 6.1 Investments in "
            "social infrastructure / 6.1.2 Investments – ZIT\nsummary\nThe centre will be rebuilt.",
            ("6", "6.1", "6.1.2"),
        ),
        (
            "Priority axis / measure / sub-measure: 9 Social inclusion / 9.1 Active inclusion / "
            "9.1.1 Active inclusion – calls",
            ("9", "9.1", "9.1.1"),
        ),
        ("Priority axis / Measure\n8 Integration / 8.3 Social services", ("8", "8.3", None)),
        (
            "Priority axis / Measure | VII Social inclusion / 7.2 Access to services",
            ("VII", "7.2", None),
        ),
        (
            "Oś priorytetowa / Działanie: IX Włączenie społeczne / 9.1 Aktywna integracja",
            ("IX", "9.1", None),
        ),
        # the codes do not nest, or are no codes: nothing is read from the label
        ("Priority axis / measure: 9 Social inclusion / 8.1 Other services", (None, None, None)),
        ("Measure / sub-measure: 2020 / 2021", (None, None, None)),
        ("Priority axis / measure: to be announced / later", (None, None, None)),
    ],
)
def test_slashed_level_label(text: str, want: tuple) -> None:
    rec = record(LEAD + text)
    got = tuple(rec[k] for k in CODES)
    assert all(
        (w is None and g is None) or (w is not None and _check(k, w, g))
        for k, w, g in zip(CODES, want, got)
    ), got


# --- the EU named as the payer by a verb, a grant named by its source, "of which … comes from" ----


@pytest.mark.parametrize(
    "sentence, eu",
    [
        ("The EU co-finances the project with PLN 765,000.00.", 765000.0),
        ("The European Union covers PLN 765,000.00 of it.", 765000.0),
        ("The European Social Fund will contribute PLN 765,000.00.", 765000.0),
        ("The grant from the European Social Fund amounts to PLN 765,000.00.", 765000.0),
        # near-misses: a share, money for one item, the state budget
        ("The EU covers 85% of the costs.", None),
        ("Of this amount, PLN 400,000.00 is for training.", None),
        ("The state budget covers PLN 135,000.00.", None),
    ],
)
def test_eu_payer_verbs(sentence: str, eu: float | None) -> None:
    rec = record(LEAD + "The project costs PLN 900,000.00. " + sentence)
    assert rec["total_cost_pln"] == 900000.0
    assert _check("eu_cofinancing_pln", eu, rec["eu_cofinancing_pln"]), rec["eu_cofinancing_pln"]


@pytest.mark.parametrize(
    "tail, role, value",
    [
        (
            "of which PLN 765,000.00 comes from the European Social Fund.",
            "eu_cofinancing_pln",
            765000.0,
        ),
        ("of which PLN 765,000.00 comes from the European Union.", "eu_cofinancing_pln", 765000.0),
        ("of which PLN 135,000.00 is the own contribution.", "own_contribution_pln", 135000.0),
        ("of which PLN 400,000.00 is for training.", "eu_cofinancing_pln", None),
    ],
)
def test_of_which_part(tail: str, role: str, value: float | None) -> None:
    rec = record(LEAD + "The project costs PLN 900,000.00, " + tail)
    assert rec["total_cost_pln"] == 900000.0
    assert _check(role, value, rec[role]), rec[role]


# --- a summary given twice, in Polish then in English (EU Knowledge Graph): items read once -----

_WIKIBASE = (
    "Project Q123 in Poland\nbudget\n640,000.00 zloty\nstart time\n1 March 2019\nend time\n"
    "28 February 2021\nsummary\n{pl}\n{en}\n0 references\n"
)


@pytest.mark.parametrize(
    "pl, en, want",
    [
        (
            "Uczestnicy otrzymają poradnictwo psychologiczne, warsztaty dla rodziców i terapię "
            "rodzinną. (Polish)",
            "Participants will receive psychological counselling, workshops for parents and family "
            "therapy. (English)",
            ["psychological counselling", "workshops for parents", "family therapy"],
        ),
        (
            "Projekt oferuje kursy zawodowe i staże dla 30 osób. (Polish)",
            "The project offers vocational courses and internships for 30 people. (English)",
            ["vocational courses", "internships"],
        ),
        (
            "W ramach projektu prowadzone będą treningi kompetencji społecznych oraz poradnictwo "
            "zawodowe. (po polsku)",
            "The project will include social skills training and career counselling. (English)",
            ["social skills training", "career counselling"],
        ),
    ],
)
def test_translated_summary_read_once(pl: str, en: str, want: list[str]) -> None:
    got = record(LEAD + _WIKIBASE.format(pl=pl, en=en))["instruments"]
    assert all(any(_item_match(w, g) for g in got) for w in want), got
    assert all(any(_item_match(g, w) for w in want) for g in got), got


def test_polish_summary_alone_is_read() -> None:
    """No translation after it: the Polish summary's items stay."""
    text = _WIKIBASE.format(
        pl="Uczestnicy otrzymają poradnictwo psychologiczne i terapię rodzinną. (Polish)", en=""
    )
    got = record(LEAD + text)["instruments"]
    assert any(_item_match("poradnictwo psychologiczne", g) for g in got), got


@pytest.mark.parametrize(
    "text, start, end",
    [
        (
            "Start time\n1 March 2019\nEnd time\n28 February 2021\nFund\nEuropean Social Fund\n",
            "2019-03-01",
            "2021-02-28",
        ),
        ("start time: 1 July 2020\nend time: 30 June 2022\n", "2020-07-01", "2022-06-30"),
        (
            "Planned start of the operation: 2018-01-01\nPlanned end of the operation: 2019-12-31\n",
            "2018-01-01",
            "2019-12-31",
        ),
        # a page's own time stamps are no period
        ("Revision time: 13 January 2020\nProject value: PLN 500,000.00\n", None, None),
    ],
)
def test_wikibase_time_labels(text: str, start: str | None, end: str | None) -> None:
    """A Wikibase statement's "start time" / "end time" (EU Knowledge Graph) as the period."""
    rec = record("Project title: Care at Home\nProject value: PLN 500,000.00\n" + text)
    assert (rec["start_date"], rec["end_date"]) == (start, end)


# --- a named project's cost, a grant received, a count that will participate ------------------

NAMED = 'The Social Welfare Centre in Ząbki implements the project "Open Door" from 2020 to 2021. '


@pytest.mark.parametrize(
    "text, want",
    [
        ('The project "Open Door" costs PLN 1,000,000.00.', {"total_cost_pln": 1000000.0}),
        (
            'The project "Open Door", worth PLN 640,000.00, is co-financed by the EU.',
            {"total_cost_pln": 640000.0},
        ),
        (
            'The project "Open Door" has a total value of PLN 640,000.00.',
            {"total_cost_pln": 640000.0},
        ),
        (
            "The project costs PLN 1,000,000.00. The centre has obtained PLN 850,000.00 from the "
            "European Social Fund.",
            {"total_cost_pln": 1000000.0, "eu_cofinancing_pln": 850000.0},
        ),
        (
            'The centre received PLN 850,000.00 for the project "Open Door".',
            {"eu_cofinancing_pln": 850000.0},
        ),
        # a participant's money is no budget figure
        (
            "The project costs PLN 1,000,000.00. Each participant received a training allowance "
            "of PLN 1,200.00.",
            {"total_cost_pln": 1000000.0, "eu_cofinancing_pln": None},
        ),
        (
            "The project costs PLN 1,000,000.00. Trainees received PLN 9.50 per hour.",
            {"total_cost_pln": 1000000.0, "eu_cofinancing_pln": None},
        ),
        (
            "The project costs PLN 1,000,000.00. Participants received a scholarship of PLN 500.00.",
            {"total_cost_pln": 1000000.0, "eu_cofinancing_pln": None},
        ),
        ("45 persons will participate.", {"participants_planned": 45}),
        (
            "The project will involve 35 families (around 110 people).",
            {"participants_planned": 110},
        ),
        (
            "The project will support 20 households (approx. 55 persons).",
            {"participants_planned": 55},
        ),
        ("45 people will participate in the project.", {"participants_planned": 45}),
        ("In 2020, 45 people participated in the project.", {"participants_planned": None}),
        ("12 staff members will participate in a training.", {"participants_planned": None}),
    ],
)
def test_named_cost_received_grant_participate(text: str, want: dict) -> None:
    rec = record(NAMED + text)
    assert {f: rec[f] for f in want} == {
        f: (w if w is None else type(rec[f])(w) if rec[f] is not None else w)
        for f, w in want.items()
    }
