"""Instruments in prose, session 19: candidates and their scored features
(integra/extract/instrument_candidates.py). Wordings written for these tests, not copied from any
labelled page.

- Every noun phrase of a prose sentence headed by a form-of-support noun is a candidate, in the
  nominative, with the phrases coordinated after it.
- Its features: a cue before it, the heading above, a goal, a result, recruitment, list-likeness,
  a place or a name's capitals; a logistic score over them decides (fitted weights).
"""

from __future__ import annotations

import pytest

from integra.extract import instrument_candidates as ic
from integra.extract.rules import Doc
from integra.extract.text import segment


def doc_of(text: str) -> Doc:
    return Doc(text, segment(text))


def found(text: str, read: set[int] | None = None) -> dict[str, dict[str, float]]:
    doc = doc_of(text)
    return {c.text: c.features for c in ic.find(doc, len(doc.units), read or set())}


# ------------------------------------------------------------------------ sentences


def test_sentences_keep_abbreviations_inside():
    text = "Uczestnicy wezmą udział m.in. w kursach. Odbędą się też np. warsztaty. Koniec"
    assert [s.strip() for _, s in ic.sentences(text)] == [
        "Uczestnicy wezmą udział m.in. w kursach.",
        "Odbędą się też np. warsztaty.",
        "Koniec",
    ]


# ------------------------------------------------------------------------ candidates


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "W ramach projektu zorganizowano warsztaty garncarskie oraz kursy spawacza dla "
            "mieszkańców gminy.",
            ["warsztaty garncarskie", "kursy spawacza"],
        ),
        (
            "Wszyscy uczestnicy skorzystali z poradnictwa rodzinnego i treningów asertywności.",
            ["poradnictwo rodzinne", "treningi asertywności"],
        ),
        (
            "Przez cały rok seniorzy uczęszczali na zajęcia rękodzielnicze, które bardzo polubili.",
            ["zajęcia rękodzielnicze"],
        ),
    ],
)
def test_candidates_in_the_nominative(text, want):
    got = found(text)
    for w in want:
        assert w in got


def test_cue_and_list_features():
    got = found(
        "W ramach projektu zorganizowano warsztaty garncarskie oraz kursy spawacza dla "
        "mieszkańców gminy."
    )
    feats = got["kursy spawacza"]
    assert feats["cue_before"] == 1.0
    assert feats["listed"] == 1.0
    assert feats["strong_head"] == 1.0
    assert feats["goal"] == 0.0


def test_goal_sentence_is_marked():
    got = found("Celem projektu jest aktywizacja zawodowa bezrobotnych mieszkańców Lipinek.")
    feats = got["aktywizacja zawodowa bezrobotnych mieszkańców Lipinek"]
    assert feats["goal"] == 1.0
    assert feats["cue_before"] == 0.0


def test_heading_above_is_read():
    text = "Formy wsparcia\n\nUczestnicy wezmą udział w grupie wsparcia dla opiekunów."
    feats = next(iter(found(text).values()))
    assert feats["support_heading"] == 1.0


def test_place_and_capitals_are_marked():
    got = found("Projekt wspiera portal Praca w Lipinkach i jego doradców.")
    feats = got["Praca w Lipinkach"]
    assert feats["place_after"] == 1.0
    assert feats["title_case"] == 1.0


# ------------------------------------------------------------------------ negatives


@pytest.mark.parametrize(
    "text",
    [
        "Zakup sprzętu komputerowego dla biura.",  # no form-of-support head
        "- warsztaty kulinarne",  # a list item: the list rules read it, not the prose finder
        "Koordynator projektu przyjmuje interesantów w środy.",
    ],
)
def test_no_candidates(text):
    assert found(text) == {}


# ------------------------------------------------------------------------ the score


def test_score_follows_the_weights():
    c = ic.Candidate("kursy spawacza", 0, "kurs", {"cue_before": 1.0, "goal": 1.0})
    w = {"bias": -1.0, "weights": {"cue_before": 3.0, "goal": -4.0}, "threshold": 0.5}
    assert ic.score(c, w) == pytest.approx(1 / (1 + 2.718281828**2), rel=1e-6)
    c2 = ic.Candidate("kursy spawacza", 0, "kurs", {"cue_before": 1.0})
    assert ic.score(c2, w) > 0.5 > ic.score(c, w)


def test_shipped_weights_refuse_a_goal_and_accept_a_cued_list_part():
    w = ic.weights()
    assert 0.0 < float(w["threshold"]) < 1.0
    goal = found("Celem projektu jest aktywizacja zawodowa bezrobotnych mieszkańców Lipinek.")
    assert all(ic.score(ic.Candidate(t, 0, "", f)) < float(w["threshold"]) for t, f in goal.items())
    text = (
        "Uczestnicy skorzystali z poradnictwa rodzinnego, treningów asertywności i kursów spawacza."
    )
    doc = doc_of(text)
    read = {id(doc.units[0])}  # the rules read this sentence already
    cands = ic.find(doc, len(doc.units), read)
    assert any(ic.score(c) >= float(w["threshold"]) for c in cands)


def test_a_nouns_complement_is_no_candidate():
    got = found(
        "Każda uczestniczka zostanie objęta indywidualną ścieżką reintegracji obejmującą "
        "poradnictwo zawodowe."
    )
    assert not any(t.startswith("reintegracja") for t in got)
    assert "poradnictwo zawodowe" in got


def test_a_light_head_keeps_its_form():
    got = found("W ramach projektu przewidziano organizację warsztatów ceramicznych.")
    assert "warsztaty ceramiczne" in got
