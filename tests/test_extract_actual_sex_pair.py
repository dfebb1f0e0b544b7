"""Actual participants told only as women and men (twenty-fifth session; wordings written for this
test): "uczestniczyło 18 kobiet i 12 mężczyzn" states two parts and no total, so the actual count is
left null with a `problems` entry (the planned side keeps the same convention: parts, no total),
never the first part read as the whole. Negatives: a stated total beside the pair keeps its value,
and a single sex told alone is the count."""

from __future__ import annotations

import pytest

from integra.extract import extract_text

HEAD = (
    "Miejski Ośrodek Pomocy Społecznej w Zielonej Dolinie zakończył projekt „Krok dalej” "
    "współfinansowany ze środków Europejskiego Funduszu Społecznego.\n"
)


def record(body: str) -> dict:
    return extract_text(HEAD + body, "counts25.txt")[0]


@pytest.mark.parametrize(
    "body, women, men",
    [
        ("W zajęciach uczestniczyło 18 kobiet i 12 mężczyzn.", 18, 12),
        ("Wsparciem objęto 21 kobiet oraz 9 mężczyzn.", 21, 9),
        ("Z doradztwa skorzystało 14 mężczyzn i 16 kobiet.", 16, 14),
    ],
)
def test_a_pair_alone_is_no_actual_total(body, women, men):
    r = record(body)
    assert r["participants_actual"] is None
    assert any(
        p.startswith("participants_actual: only women and men are counted")
        and f"{women}" in p
        and f"{men}" in p
        for p in r["problems"]
    )


def test_a_pair_in_a_shape_the_splitter_does_not_read_is_still_no_total():
    r = record("W warsztatach wzięło udział 7 kobiet, a także 5 mężczyzn.")
    assert r["participants_actual"] is None
    assert (
        "participants_actual: only women and men are counted, no total stated; left null"
        in (r["problems"])
    )


@pytest.mark.parametrize(
    "body, want",
    [
        ("W zajęciach uczestniczyło 30 osób: 18 kobiet i 12 mężczyzn.", 30),
        ("Wsparciem objęto 30 osób (18 kobiet i 12 mężczyzn).", 30),
        ("W zajęciach uczestniczyło 18 kobiet.", 18),
        ("W zajęciach uczestniczyło 25 osób.", 25),
    ],
)
def test_a_stated_total_or_one_sex_alone_is_taken(body, want):
    r = record(body)
    assert r["participants_actual"] == want
    assert not any(p.startswith("participants_actual:") for p in r["problems"])
