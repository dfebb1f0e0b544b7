"""The prose candidates made cheap (session 19, issue 12 speed): each cache and shortcut gives the
same values as the plain computation."""

from __future__ import annotations

import re

import pytest

from integra.extract import instrument_candidates as ic
from integra.extract import instruments as inst

# the sentence end as it was written before (the abbreviations looked behind the mark's position)
_OLD_SENTENCE_END = re.compile(
    r"(?<!m\.in)(?<!\bnp)(?<!\btj)(?<!\bul)(?<!\bok)(?<!\bnr)(?<!\bim)(?<!\bpn)(?<!\bdr)(?<!\bgodz)"
    r"[.!?](?=\s+[\"„“A-ZĄĆĘŁŃÓŚŹŻ0-9]|\s*$)"
)

SENTENCES = [
    "W ramach projektu zorganizowano warsztaty kulinarne, artystyczne i kursy zawodowe.",
    "Uczestnicy skorzystali z poradnictwa psychologicznego oraz szkoleń komputerowych.",
    "Dyrektor ośrodka podpisał umowę z gminą.",
    "Centrum Szkoleń zaprasza na spotkanie.",
]


@pytest.mark.parametrize(
    "text",
    [
        "Projekt trwa do końca roku. Zapraszamy m.in. seniorów! Czy warto? Tak.",
        "Spotkanie odbędzie się przy ul. Lipowej o godz. 10. Prowadzi dr. Kowalska.",
        "Oferujemy np. kursy, tj. szkolenia. Nr. 5 to pokój. Ok. 20 osób.",
        "Koniec zdania.\nNowy akapit bez kropki",
        "xnp. Ala ma kota. „Cytat” na końcu?",
    ],
)
def test_sentence_end_same_spans_as_before(text):
    assert [m.span() for m in ic._SENTENCE_END.finditer(text)] == [
        m.span() for m in _OLD_SENTENCE_END.finditer(text)
    ]


def test_sentences_keep_abbreviations_inside():
    assert [s for _o, s in ic.sentences("Zapraszamy m.in. seniorów. Kursy trwają.")] == [
        "Zapraszamy m.in. seniorów.",
        " Kursy trwają.",
    ]


@pytest.mark.parametrize("word", ["warsztaty", "szkoleń", "poradnictwa", "umowę", "Kowalska", "i"])
def test_head_cases_cached_equals_plain(word):
    heads = inst._heads()[0]
    assert inst._head_cases(word, heads) == inst._head_cases.__wrapped__(word, heads)


def test_head_cases_values():
    heads = inst._heads()[0]
    assert inst._head_cases("umowę", heads) is None
    assert "gen" in inst._head_cases("szkoleń", heads)


def test_runs_walk_only_heads():
    assert ic._runs(SENTENCES[0]) == [
        (
            32,
            "warsztaty kulinarne, artystyczne i kursy zawodowe",
            None,
            ["warsztaty kulinarne", "warsztaty artystyczne", "kursy zawodowe"],
        )
    ]
    assert ic._runs(SENTENCES[1])[0][3] == ["poradnictwo psychologiczne", "szkolenia komputerowe"]
    assert ic._runs(SENTENCES[2]) == []  # no head in the sentence
    assert ic._runs(SENTENCES[3]) == []  # "Centrum Szkoleń": a name, no run


def test_runs_same_without_the_head_cache(monkeypatch):
    cached = [ic._runs(s) for s in SENTENCES]
    monkeypatch.setattr(inst, "_head_cases", inst._head_cases.__wrapped__)
    assert [ic._runs(s) for s in SENTENCES] == cached


@pytest.mark.parametrize("sentence", SENTENCES)
def test_sentence_flags_cached_equals_plain(sentence):
    w = ic._words()
    plain = tuple(
        float(bool(w[k].search(sentence))) for k in ("project", "result", "recruitment", "news")
    )
    assert ic._sentence_flags(sentence) == plain
    assert ic._sentence_flags.__wrapped__(sentence) == plain
