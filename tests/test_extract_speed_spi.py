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


def _runs_plain(text: str) -> list:
    """`_runs` with the plain two-key head test on match objects (before session 23)."""
    original = inst.head_cases_of
    heads = inst._heads()[0]
    inst.head_cases_of = lambda words, _h: [inst._head_cases(w, heads) for w in words]
    try:
        return cand._runs(text)
    finally:
        inst.head_cases_of = original


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_runs_by_word_strings_changes_nothing(sentence: str) -> None:
    assert cand._runs(sentence) == _runs_plain(sentence)
    words = inst._WORD_SPAN.findall(sentence)
    assert words == [m.group(0) for m in inst._WORD_SPAN.finditer(sentence)]


def test_runs_without_a_head_read_nothing_and_with_one_read() -> None:
    assert cand._runs("Gmina Dobrzyca leży nad rzeką i liczy trzy tysiące mieszkańców.") == []
    assert cand._runs("Nasz ośrodek mieści się przy ulicy Długiej, obok biblioteki.") == []
    assert cand._runs(_SENTENCES[0])


def test_head_memo_is_the_two_key_memo() -> None:
    heads = inst._heads()[0]
    for s in _SENTENCES:
        words = re.findall(r"\w+", s)
        plain = [inst._head_cases.__wrapped__(w, heads) for w in words]
        assert inst.head_cases_of(words, heads) == plain
        assert inst.head_cases_of(words, heads) == plain  # (remembered)


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


_CONTENT = [
    "Przygotowaliśmy dla uczestników kursy zawodowe oraz spotkania z psychologiem.",
    "Objęto ich poradnictwem zawodowym i doradztwem psychospołecznym.",
    "Świetlica jest otwarta od poniedziałku do piątku w godzinach popołudniowych.",
    "Oferujemy warsztaty „Kuchnia i zdrowie” (dla seniorów), treningi i konsultacje.",
    "",
]


@pytest.mark.parametrize("text", _CONTENT)
def test_content_enumerations_by_word_strings_change_nothing(text: str) -> None:
    original = inst.head_cases_of
    heads = inst._heads()[0]
    fast = inst.content_enumerated_parts(text)
    inst.head_cases_of = lambda words, _h: [inst._head_cases(w, heads) for w in words]
    try:
        assert inst.content_enumerated_parts(text) == fast
    finally:
        inst.head_cases_of = original
    assert inst.content_enumerated_parts(_CONTENT[0]) == [
        "kursy zawodowe",
        "spotkania z psychologiem",
    ]


def test_named_paragraphs_need_two_named_lines() -> None:
    """`_named_paragraphs` skips the heading tests where fewer than two named lines follow: the
    same forms as with them."""
    from integra.extract.rules import Doc
    from integra.extract.text import segment

    def forms(text: str) -> list[str]:
        doc = Doc(text, segment(text))
        got: list[str] = []
        inst._named_paragraphs(doc, len(doc.units), lambda v, u, *a, **k: got.append(v))
        return got

    text = (
        "Formy wsparcia\n\nDoradztwo zawodowe – spotkania z doradcą co tydzień.\n\n"
        "Staże zawodowe – trzy miesiące u pracodawcy.\n\nKontakt: biuro projektu."
    )
    assert forms(text) == ["Doradztwo zawodowe", "Staże zawodowe"]
    one = "Formy wsparcia\n\nDoradztwo zawodowe – spotkania z doradcą.\n\nZapraszamy do biura."
    assert forms(one) == []


def test_lexicon_not_after_case_free_matches_the_plain_pattern() -> None:
    from integra.extract.instruments import _folded, fold

    plain = re.compile(fold(_folded(inst._words()["lexicon_not_after"])), re.IGNORECASE)
    fast = inst._lexicon_not_after()
    for window in [
        "otrzymali zaświadczenie o ukończeniu ",
        "Otrzymali ZAŚWIADCZENIA O UKOŃCZENIU ",
        "wręczono certyfikaty ",
        "dyplom dla ",
        "Uczestnicy skorzystali z ",
        "na mocy ustawy z dnia 12 marca 2004 r. o ",
        "zaplanowane na kolejny ",
        "Kosztoryſ certyfikatu ",  # (a long s: not lowered, the plain pattern runs)
        "",
    ]:
        a, b = fast.search(window), plain.search(window)
        assert (a is None) == (b is None), window
        if a:
            assert a.span() == b.span()
    assert fast.search("otrzymali zaświadczenie o ukończeniu ")
    assert not fast.search("Uczestnicy skorzystali z ")


def _menu_before(text: str) -> bool:
    words = text.split()
    if len(words) < 12 or "," in text or re.search(r"[.!?;:–—]", text):
        return False
    return sum(w[:1].isupper() for w in words) * 3 >= len(words)


@pytest.mark.parametrize(
    "text",
    [
        "Metryka Projektu Budżet projektu Realizacja projektu Promocja projektu Ogólne dane Kontakt "
        "Aktualności Galeria",
        "Metryka Projektu Budżet projektu Realizacja projektu Promocja projektu Ogólne dane",
        "Metryka Projektu Budżet projektu: Realizacja projektu Promocja projektu Ogólne dane Kontakt "
        "Aktualności Galeria",
        "uczestnicy skorzystali z warsztatów kulinarnych i kursów oraz staży u pracodawców w mieście "
        "i okolicy bez przerwy",
        "Strona Główna O Nas Projekty Kontakt Galeria Aktualności Mapa Strony Dostępność RODO Szukaj "
        "Zaloguj, Wyloguj",
        "",
    ],
)
def test_looks_like_menu_is_unchanged(text: str) -> None:
    assert inst._looks_like_menu(text) == _menu_before(text)
