"""Real project pages, kept as stored in the public page store (shortened to the part that
matters, figures and wording kept), for the number and date fields: planned and actual
participants, total cost, EU co-financing, own contribution, start and end, the programme's period
and the voivodeship. None of them is a source of the real corpus (benchmarks/realcorpus); each
page's address is in tests/data/real_number_pages/README.md. expected.json gives, per page, the
values the gold conventions of ../shared/devset/README.md give for the fields it names (the others
are not looked at). Each (page, field) is one test; the ones the extractor still fails are strict
xfails with the reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from page_cases import page_field_cases

from integra.extract import extract_file

PAGES = Path(__file__).parent / "data" / "real_number_pages"
EXPECTED: dict[str, dict] = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))

# (page, field) the extractor still fails, with the reason (strict: a pass is news)
XFAIL: dict[tuple[str, str], str] = {
    ("r03_czestochowa_komplementarni.txt", "total_cost_pln"): (
        "'Dofinansowanie projektu z UE: łączna wysokość wydatków kwalifikowalnych projektu wynosi"
        " 824.487,50 PLN i obejmuje dofinansowanie:': the row's label names the co-financing, the"
        " figure's own label (nearer) the eligible total; the fitted role scorer doubts the total"
    ),
    ("r03_czestochowa_komplementarni.txt", "total_cost_qualifier"): (
        "null with the total (see r03 total_cost_pln)"
    ),
}

CASES = page_field_cases(
    ((page, field, value) for page, fields in EXPECTED.items() for field, value in fields.items()),
    XFAIL,
)


@pytest.fixture(scope="module")
def records() -> dict[str, dict]:
    return {page: extract_file(PAGES / page) for page in EXPECTED}


def test_every_page_has_expectations_and_an_address():
    names = sorted(p.name for p in PAGES.iterdir() if p.suffix in {".txt", ".html"})
    assert names == sorted(EXPECTED)
    readme = (PAGES / "README.md").read_text(encoding="utf-8")
    assert all(name in readme for name in names)


@pytest.mark.parametrize("page, field, value", CASES)
def test_page_field(records, page, field, value):
    assert records[page].get(field) == value
