"""Whole pages of our own wording (session 23, tests/data/breakdown_pages/, not copied from any
corpus document) where the planned participants' breakdown sits among other counts: a plan and a
report, families beside persons, staff, an indicator table with K/M columns, people with
disabilities as a subgroup, a town's age groups, two groups of a club, a partner's own group,
English pages, a lone subset, a table of groups, a count of families after a group, two editions,
places a facility offers, facilities named before their counts, groups joined by a semicolon, "z
których … to …", four groups without a total, list items each a group with its verb (results
after them).

Each page is judged as the shared scorer judges a document (score_extraction.score_lists): the
sorted counts of the record's breakdown equal the sorted counts the conventions give
(/work/shared/devset/README.md), and the planned total is the one the page states. Pages that
still fail are strict xfails with the reason, so that a later fix shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from integra.extract import extract_text

PAGES = Path(__file__).parent / "data" / "breakdown_pages"

# page -> (planned total, breakdown counts)
WANT: dict[str, tuple[int | None, list[int]]] = {
    "p01_plan_and_report": (40, [24, 16]),
    "p02_families_persons": (96, [58, 38]),
    "p03_indicator_table": (60, [36, 24]),
    "p04_disabled_subgroup": (50, [30, 20]),
    "p05_age_groups": (45, [27, 18]),
    "p06_two_groups_po": (24, [12, 12]),
    "p07_partner_group": (60, [38, 22]),
    "p08_english": (48, [30, 18]),
    "p09_english_groups": (60, [40, 20]),
    "p10_lone_subset": (40, []),
    "p11_table_groups": (30, [20, 10]),
    "p12_about_prefix": (110, [70, 40]),
    "p13_two_editions": (30, [15, 15]),
    "p14_places_items": (35, [20, 15]),
    "p15_facilities_no_total": (None, [25, 15]),
    "p16_semicolon_groups": (None, [30, 20]),
    "p17_z_ktorych": (60, [40, 20]),
    "p18_four_groups": (None, [20, 15, 10, 5]),
    "p19_group_items": (None, [24, 16, 10]),
}

FAILING: dict[str, str] = {
    "p03_indicator_table": (
        "an indicator table with K | M | Ogółem columns: two indicators of people covered (all and"
        " the disabled subset) give two values, so no planned total is read, and the split of a"
        " table of several rows is read only from a total row"
    ),
}


def _params():
    for name, (planned, counts) in WANT.items():
        marks = [pytest.mark.xfail(reason=FAILING[name], strict=True)] if name in FAILING else []
        yield pytest.param(name, planned, counts, id=name, marks=marks)


def test_every_page_has_a_want() -> None:
    assert sorted(p.stem for p in PAGES.glob("*.txt")) == sorted(WANT)


@pytest.mark.parametrize("name, planned, counts", list(_params()))
def test_page(name: str, planned: int | None, counts: list[int]) -> None:
    rec = extract_text((PAGES / f"{name}.txt").read_text(encoding="utf-8"), f"{name}.txt")[0]
    got = sorted((rec.get("participants_planned_breakdown") or {}).values())
    assert (rec["participants_planned"], got) == (planned, sorted(counts))
