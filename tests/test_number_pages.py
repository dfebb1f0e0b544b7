"""Whole pages written for these tests (tests/data/number_pages/, not copied from any labelled
document) that combine what single fragments do not: a plan and a report, a predecessor's period
and figures, a table of indicators with a plan and an achieved column, a news item with its
publication date, EUR beside PLN, a grant beside the project's value, a partner's share, several
editions. expected.json gives, per page, the values the gold conventions of
../shared/devset/README.md give for the fields it names (the others are not looked at). Each
(page, field) is one test; the ones the extractor still fails are strict xfails with the reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from page_cases import page_field_cases

from integra.extract import extract_file

PAGES = Path(__file__).parent / "data" / "number_pages"
EXPECTED: dict[str, dict] = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))

# (page, field) the extractor still fails, with the reason (strict: a pass is news)
XFAIL: dict[tuple[str, str], str] = {
    ("p18_pln_with_tys.txt", "participants_actual"): (
        "'W ubiegłym roku z podobnych usług, finansowanych z budżetu miasta, skorzystało 56 osób':"
        " a count of similar services before the project is read as its report"
    ),
}

CASES = page_field_cases(
    ((page, field, value) for page, fields in EXPECTED.items() for field, value in fields.items()),
    XFAIL,
)


@pytest.fixture(scope="module")
def records() -> dict[str, dict]:
    return {page: extract_file(PAGES / page) for page in EXPECTED}


def test_every_page_has_expectations():
    assert sorted(p.name for p in PAGES.iterdir() if p.suffix in {".txt", ".html"}) == sorted(
        EXPECTED
    )


@pytest.mark.parametrize("page, field, value", CASES)
def test_page_field(records, page, field, value):
    assert records[page].get(field) == value
