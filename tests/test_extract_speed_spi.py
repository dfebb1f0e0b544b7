"""Session 23's instrument-family fast paths give exactly what the plain computations give."""

from __future__ import annotations

import re

import pytest

from integra.extract import instrument_candidates as cand
from integra.extract import instruments as inst

# own wordings: sentences with forms of support, without, and the near-misses the gate must pass
# on to the full reading (a dash, a parenthesis, a provider apposition, quotes, "między innymi")
_SENTENCES = [
    "Uczestnicy skorzystali z warsztatów kulinarnych, kursów zawodowych i staży.",
    "W ramach projektu zorganizowano spotkania z doradcą oraz treningi kompetencji.",
    "Gmina Dobrzyca leży nad rzeką i liczy trzy tysiące mieszkańców.",
    "Rekrutacja potrwa do końca marca, a formularze są dostępne w sekretariacie.",
    "Przewidziano między innymi zajęcia ruchowe i poradnictwo psychologiczne.",
    "Dzieci wzięły udział w zajęciach społeczno – kulturalnych oraz wyjazdach.",
    "Odbyły się konsulta(cje) i szkolenia (dla 20 osób) w świetlicy.",
    "Zaplanowano pomoc specjalistów – psychologa, prawnika i terapeuty – dla rodzin.",
    "Spotkanie „Rodzina i praca” odbyło się w czwartek w sali gimnastycznej.",
    "Nasz ośrodek mieści się przy ulicy Długiej, obok biblioteki.",
    "Projekt realizowany jest od stycznia do grudnia bieżącego roku.",
    "Beneficjenci otrzymali wsparcie w postaci poradnictwa zawodowego.",
    "Kierownik podziękował wszystkim za udział i zaangażowanie.",
]


def _runs_ungated(text: str) -> list:
    """`_runs` with its gate off: the full reading of every sentence."""
    gate = cand._holds_no_head
    cand._holds_no_head = lambda *_a: False
    try:
        return cand._runs(text)
    finally:
        cand._holds_no_head = gate


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_runs_gate_changes_nothing(sentence: str) -> None:
    assert cand._runs(sentence) == _runs_ungated(sentence)


def test_runs_gate_stops_only_sentences_without_a_head() -> None:
    heads = inst._heads()[0]
    gated = [s for s in _SENTENCES if cand._holds_no_head(s, heads)]
    assert "Gmina Dobrzyca leży nad rzeką i liczy trzy tysiące mieszkańców." in gated
    assert "Nasz ośrodek mieści się przy ulicy Długiej, obok biblioteki." in gated
    for s in gated:
        assert _runs_ungated(s) == []
    # a dash, a parenthesis or a provider apposition always go to the full reading
    for s in _SENTENCES[5:8]:
        assert not cand._holds_no_head(s, heads)
    # sentences with a head are read
    assert not cand._holds_no_head(_SENTENCES[0], heads)
    assert cand._runs(_SENTENCES[0])


def test_head_memo_is_the_two_key_memo() -> None:
    heads = inst._heads()[0]
    memo = cand._head_memo(heads)
    for s in _SENTENCES:
        for w in re.findall(r"\w+", s):
            assert cand._cases(w, memo, heads) == inst._head_cases.__wrapped__(w, heads)


def test_infrastructure_tests_match_the_plain_patterns() -> None:
    w = inst._words()["infrastructure_project"]
    works, regional, social = inst._infrastructure_res()
    plain = (
        re.compile(w["works_title"], re.IGNORECASE),
        re.compile(w["regional_fund"]),
        re.compile(w["social_fund"]),
    )
    texts = [
        "Tytuł projektu: Budowa i wyposażenie dwóch Lokalnych Ośrodków",
        "PROJEKT pn. „PRZEBUDOWA świetlicy”",
        "projektu: remontowanie",  # (no word boundary after "remont")
        "Projekt współfinansowany z EFRR i z EFS: kursy i staże.",
        "Europejskiego Funduszu Rozwoju Regionalnego w ramach RPO",
        "Europejskiego Funduszu Społecznego; EFRR-owy; XEFS",
        "European Regional Development Fund and the ESF",
        "Kosztoryſ projektu Budowa (a long s: the case-free twin is not used)",
        "",
    ]
    for t in texts:
        for fast, slow in zip((works, regional, social), plain, strict=True):
            a, b = fast.search(t), slow.search(t)
            assert (a is None) == (b is None), t
            if a:
                assert a.span() == b.span()
    assert inst.infrastructure_project(texts[0])
    assert not inst.infrastructure_project(texts[3])


def test_where_opening_and_light_words() -> None:
    for raw in ["w świetlicy", "W Domu Kultury", "we wtorki", "NA basenie", "warsztaty", "na"]:
        assert bool(inst._WHERE_OPENING.match(raw)) == bool(
            re.match(r"(?:w|we|na)\s", raw, re.IGNORECASE)
        )
    light, verbs = inst._light_words()
    assert light == frozenset(inst._words()["light_heads"])
    assert verbs == frozenset(inst._words()["light_verbs"])
