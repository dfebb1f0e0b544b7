"""Session 21's speed paths give exactly what the plain computations give: the "never a form of
support" test split into anchored, unanchored and cased parts, the prose candidates' word patterns
run case-free, and the per-word tests of the instrument readers remembered per word form."""

from __future__ import annotations

import re

import pytest

from integra.extract import instrument_candidates as ic
from integra.extract import instruments as inst
from integra.extract.inflect import _analyse
from integra.extract.rules import fold


def _one_alternation(whole: bool) -> re.Pattern[str]:
    """What `_not_instrument` compiled before: every pattern in one alternation, the capitalised
    body names cased, the rest under a scoped IGNORECASE."""
    counts = set(inst._words()["not_instruments_counts"])
    pats = [p for p in inst._words()["not_instruments"] if not (whole and p in counts)]
    return re.compile(
        "|".join(
            f"(?:{fold(p)})" if p[:1] == "^" and "A-Z" in p else f"(?i:{fold(p)})" for p in pats
        )
    )


ITEMS = [
    "Działanie 9.1 Aktywna integracja",  # a programme level (anchored)
    "działanie IX",
    "DZIAŁANIE ix",  # the Roman numeral in either case
    "Działanıe IX",  # a dotless i: not case-free, the pattern runs on the text itself
    "poddziałanie nr 2",
    "warsztaty dla 20 osób",  # a count of persons (unanchored)
    "szkolenia oraz",  # a preposition or conjunction left at the end
    "Ośrodek Pomocy Społecznej w Lęborku",  # a body's name (cased)
    "ośrodek wsparcia dziennego",  # the same noun in lower case: no body's name
    "Miejski Ośrodek Pomocy Rodzinie",
    "pomoc społeczna",
    "grupa docelowa projektu",
    "spotkanie 12.05.2021",
    "cookie",
    "treningi kompetencji społecznych",  # a form of support: no pattern
    "poradnictwo psychologiczne",
    "kurs zawodowy (80 godzin)",
    "",
]


@pytest.mark.parametrize("whole", [False, True])
@pytest.mark.parametrize("text", ITEMS)
def test_not_instrument_is_the_one_alternation(text, whole):
    assert bool(inst._not_instrument(whole).search(text)) == bool(
        _one_alternation(whole).search(text)
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Działanie 9.1", True),
        ("działanie ix", True),
        ("warsztaty dla 20 osób", True),
        ("Ośrodek Pomocy Społecznej w Lęborku", True),
        ("treningi kompetencji społecznych", False),
        ("ośrodek wsparcia dziennego", False),
    ],
)
def test_not_instrument_values(text, expected):
    assert bool(inst._not_instrument().search(text)) is expected


@pytest.mark.parametrize(
    "pattern, expected",
    [
        (r"^(?:a|b)c", True),
        (r"^a|b", False),  # an alternative without the anchor
        (r"(?m)^a", False),  # a line start, not the text's
        (r"a^", False),
        (r"\bz\s+zakresu$", False),
    ],
)
def test_anchored(pattern, expected):
    assert inst._anchored(pattern) is expected


SENTENCES = [
    "W ramach projektu zorganizowano warsztaty kulinarne i kursy zawodowe.",
    "W RAMACH PROJEKTU ODBYŁY SIĘ SZKOLENIA.",
    "Celem projektu jest wzrost aktywności społecznej uczestników.",
    "Rekrutacja trwa do końca miesiąca, formularz zgłoszeniowy w sekretariacie.",
    "Oferujemy poradnictwo psychologiczne.",
    "Zapraszamy na koncert z okazji Dnia Matki.",
    "Uczestnicy skorzystali z pomocy prawnej.",
    "Ośrodek mieści się przy ulicy Długiej.",  # no cue word
    "Projekt ſkorzystał",  # a long s: not case-free, the pattern runs on the text itself
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_candidate_words_are_case_free(sentence):
    raw = ic.yaml.safe_load(ic._WORDS_PATH.read_text(encoding="utf-8"))
    for key, rx in ic._words().items():
        plain = re.compile(fold(re.sub(r" (?=\|)|(?<=\|) ", "", raw[key])), re.IGNORECASE)
        got, want = rx.search(sentence), plain.search(sentence)
        assert (got and got.span()) == (want and want.span()), key


def test_candidate_words_values():
    w = ic._words()
    assert w["cue"].search("W ramach projektu zorganizowano warsztaty")
    assert w["goal"].search("CELEM projektu jest")
    assert not w["recruitment"].search("Oferujemy poradnictwo psychologiczne.")


WORDS = [
    "obejmie",  # a verb, also a noun
    "opieka",  # a head noun with a verb reading
    "to",
    "To",
    "dwie",  # a numeral
    "12",
    "trafi",
    "szkolenia",
    "specjalistycznych",
    "taneczne",
    "kulinarnych",
    "xqzw",  # unknown to the analyser
    "Warsztaty",
]


@pytest.mark.parametrize("word", WORDS)
def test_word_tests_are_the_plain_ones(word):
    heads = inst._heads()[0]
    tags = _analyse(word)
    verb = (
        any(t.pos in inst._VERB_POS for t in tags)
        or word.isdigit()
        or any(t.pos == "num" for t in tags)
    )
    stops = word.lower() == "to" or (
        verb and not any(t.lemma.split(":")[0] in heads for t in tags if t.pos == "subst")
    )
    assert inst._stops_phrase(word, heads) is stops
    assert inst._finite_only(word) is (bool(tags) and all(t.pos in inst._FINITE_POS for t in tags))
    assert inst._can_be_adjective(word) is any(t.pos in ("adj", "adja") for t in tags)
    assert inst._adjectival_word(word) is inst._adjectival(tags)


@pytest.mark.parametrize(
    "part, expected",
    [
        ("Wsparcie to szereg działań", "Wsparcie"),
        ("Aktywizacja edukacyjna obejmie zajęcia", "Aktywizacja edukacyjna"),
        ("doradztwu dwie osoby znalazły", "doradztwu"),
        ("kursy zawodowe", "kursy zawodowe"),
        ("opieka wytchnieniowa", "opieka wytchnieniowa"),
    ],
)
def test_before_verb_values(part, expected):
    assert inst._before_verb(part) == expected


@pytest.mark.parametrize(
    "clause, expected",
    [
        ("paczek żywnościowych trafi do 300 osób", "paczek żywnościowych"),
        ("opieka wytchnieniowa", "opieka wytchnieniowa"),
        ("warsztaty kulinarne odbyły się", "warsztaty kulinarne"),
    ],
)
def test_before_finite_values(clause, expected):
    assert inst._before_finite(clause) == expected


@pytest.mark.parametrize(
    "part, expected",
    [
        ("taneczne", True),
        ("plastyczne ruchowe", True),
        ("plastyczne i ruchowe", False),  # ("i" is no adjective's reading)
        ("warsztaty", False),
        ("", False),
    ],
)
def test_adjective_only_values(part, expected):
    assert inst._adjective_only(part) is expected


@pytest.mark.parametrize(
    "text",
    [
        "zajęcia społeczno – kulturalne i opiekuńczo - wychowawcze",
        "zajęcia społeczno—kulturalne",  # no space around the dash: no compound joined
        "społeczno-zawodowej",
        "warsztaty kulinarne oraz kursy",  # no dash at all
        "Kraków – Nowa Huta",  # capitals: no compound
        "",
    ],
)
def test_join_spaced_compounds_is_the_substitution(text):
    assert inst._join_spaced_compounds(text) == inst._SPACED_COMPOUND.sub(r"\1-", text)


def test_join_spaced_compounds_values():
    assert inst._join_spaced_compounds("zajęcia taneczno – ruchowe") == "zajęcia taneczno-ruchowe"
    assert inst._join_spaced_compounds("kursy i staże") == "kursy i staże"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "pomoc specjalistów – psychologa, prawnika i terapeuty – oraz kursy",
            "pomoc psychologa, prawnika i terapeuty oraz kursy",
        ),
        (
            "POMOC SPECJALISTÓW (psychologa, prawnika) i kursy",
            "POMOC psychologa, prawnika i kursy",
        ),
        ("warsztaty kulinarne i kursy zawodowe", "warsztaty kulinarne i kursy zawodowe"),
    ],
)
def test_provider_apposition_case_free(text, expected):
    assert inst._provider_apposition(text) == expected


def test_analyse_tags_share_their_value_sets():
    from integra.extract import inflect

    a = [t for t in inflect._analyse("szkolenia") if t.pos == "subst"]
    b = [t for t in inflect._analyse("warsztatów") if t.pos == "subst"]
    assert a and b
    assert {"gen"} <= a[0].case | a[-1].case
    # the same field text gives the same set object, equal to a fresh one
    assert inflect._values("pl") is inflect._values("pl") == frozenset({"pl"})
    assert inflect._values("gen.acc") == frozenset({"gen", "acc"})


LABEL_LINES = [
    "Tytuł projektu",
    "TYTUŁ PROJEKTU:",
    "Wartość całkowita projektu",
    "Beneficjent",
    "Okres realizacji projektu",
    "Liczba uczestników projektu ogółem",
    "Tytuł projektu (PL)",
    "Tytuł projektu / Project title",
    "Tytuł projektu jest długi",  # words after the label: no label line
    "Projekt realizuje Ośrodek",
    "Aktualności",
    "",
]


@pytest.mark.parametrize("line", LABEL_LINES)
def test_any_label_is_each_field_label(line):
    from integra.extract import rules

    each = any(rules._label_re(n).match(line) for n in rules.vocabulary()["labels"])
    assert bool(rules._any_label_re().match(line)) is each


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Tytuł projektu", True),
        ("Beneficjent:", True),
        ("Wartość dofinansowania ze środków UE", True),
        ("Tytuł projektu jest długi", False),
        ("Aktualności", False),
        ("Okres realizacji: 2019", False),  # a digit: a value, not a bare label
    ],
)
def test_is_field_label_values(line, expected):
    from integra.extract import rules

    assert rules.is_field_label(line) is expected
