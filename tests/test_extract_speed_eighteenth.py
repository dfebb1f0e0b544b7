"""Session 18's speed paths give exactly what the plain checks give: a case-closed character
class gets a case-free twin, sex_pair's hint split in two, the money scan only where a currency
is written, label tables turned around, and the scan index's candidate units for the programme
and title-cue loops (a family with its cue present still fires; a text without its cues reads as
before)."""

from __future__ import annotations

import random
import re

import pytest

from integra.extract import fastre, roles, rules
from integra.extract.numbers import MONEY_RE, find_money


def _doc(text: str):
    from integra.extract.rules import Doc
    from integra.extract.text import segment

    return Doc(text, segment(text))


def _spans(it):
    return [(m.span(), m.group(0), m.groupdict()) for m in it]


# ------------------------------------------------------------- case-closed classes in fastre


@pytest.mark.parametrize(
    "body, closed",
    [
        ("KkMm", True),  # each capital with its small letter
        ("A-Za-z", True),
        ("Ł-Łł", True),  # a one-letter range of a capital, its small letter beside it
        ("\\w\\-,.", True),  # categories and punctuation only
        ("MG", False),  # capitals alone: "[MG]" under IGNORECASE also takes "m", "g"
        ("A-Z", False),
        ("Kk\u212a", False),  # the Kelvin sign folds with "k"
        ("s\u017f", False),  # the long s folds with "s"
    ],
)
def test_case_closed_classes(body, closed):
    assert fastre._case_closed(body) is closed


def test_lower_literals_keeps_a_case_closed_class_and_refuses_the_others():
    assert fastre.lower_literals(r"\d+\s?[KkMm]\b Osób") == r"\d+\s?[KkMm]\b osób"
    assert fastre.lower_literals(r"[^Xx]Y") == r"[^Xx]y"
    assert fastre.lower_literals(r"[MG]\d") is None
    assert fastre.lower_literals(r"[A-Z]{2}") is None


_CLOSED = re.compile(r"(?<!\w)(?P<n>\d{1,3})\s?(?P<s>[KkMm])(?![^\W\d_])|[^Xx\d\s]{3}ów", re.I)
_CLOSED_TEXTS = [
    "Uczestnicy: 12K i 8M, razem 20",
    "12 k oraz 8 m w grupie",
    "KURSÓW 40 K / 60 M",
    "szkoleń XXX, warsztatów XxX i 7Mx",
    "Łódź: 5 KM, 6km, 7 Km.",
    "kosztów 3 k",
]


def test_a_case_closed_class_twin_matches_as_the_pattern():
    fast = fastre.CaseFree(_CLOSED)
    assert fast.twin is not None  # the class [KkMm] and [^Xx…] no longer refuse a twin
    rng = random.Random(18)
    alphabet = "KkMmXxŁłóÓw 0123456789,.:/"
    texts = _CLOSED_TEXTS + [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(300)
    ]
    for s in texts:
        assert _spans(fast.finditer(s)) == _spans(_CLOSED.finditer(s)), s
        plain, quick = _CLOSED.search(s), fast.search(s)
        assert (plain is None) == (quick is None), s
        if plain:
            assert quick.span() == plain.span() and quick.group() == plain.group()


def test_the_person_count_patterns_now_have_twins():
    assert rules._COUNT_PERSON_RE.twin is not None
    assert rules._COUNT_PERSON_DIGITS_RE.twin is not None
    assert rules._OFFICIAL_SITE_TITLE.twin is None  # [A-ZŁŚŻŹĆ]: capitals only, still refused


# --------------------------------------------------------------------------- sex_pair's hint

_HINT_TEXTS = [
    "W projekcie udział weźmie 20 kobiet i 15 mężczyzn.",
    "Uczestnicy: 12K, 8M",
    "K – 6, M – 4",
    "Kraków, Mielec i Wrocław 2019",  # capitals that open words: no letter of a sex
    "60 women and 40 men took part",
    "Panie (10 osób) oraz panowie (5 osób)",
    "Liczba osób: 35",
    "6Ki4M",
]


@pytest.mark.parametrize("text", _HINT_TEXTS)
def test_sex_hint_parts_find_what_the_hint_finds(text):
    assert rules._sex_hinted(text) == (rules._sex_hint().search(text) is not None)


def test_sex_pair_reads_pairs_and_refuses_texts_without_one():
    assert rules.sex_pair("Uczestnicy: 12K i 8M") == {"kobiety": 12, "mężczyźni": 8}
    assert rules.sex_pair("grupa 6K4M") == {"kobiety": 6, "mężczyźni": 4}
    assert rules.sex_pair("w tym 30 kobiet i 25 mężczyzn") == {"kobiety": 30, "mężczyźni": 25}
    assert rules.sex_pair("36 are women and 24 men") == {"kobiety": 36, "mężczyźni": 24}
    # negatives: no sex named, one sex only, capitals of place names
    assert rules.sex_pair("Kraków i Mielec: 2019-2020, 45 osób") == {}
    assert rules.sex_pair("Projekt obejmie 40 kobiet.") == {}
    assert rules.sex_pair("Brak liczb w tekście K M") == {}


def test_digit_letter_gate_covers_every_glued_shape():
    # each of the four substitutions finds something only where _DIGIT_LETTER does
    for s in ["6Ki4M", "6K i4M", "6K4M", "6 K 4 M", "6 M 4 K", "bez liter 6 osób", "K6", "Kasia"]:
        changed = any(
            rx.search(s)
            for rx in (
                rules._GLUED_I,
                rules._GLUED_I_AFTER,
                rules._WOMEN_LETTER_BEFORE,
                rules._MEN_LETTER_BEFORE,
            )
        )
        assert not changed or rules._DIGIT_LETTER.search(s), s


# ------------------------------------------------------------------------- money's currency gate


@pytest.mark.parametrize(
    "text, values",
    [
        ("Wartość projektu: 1 200 000 ZŁ", [1200000.0]),
        ("koszt 350 000,50 Pln", [350000.5]),
        ("dofinansowanie 2,5 mln zlotych", [2500000.0]),
        ("PLN 250,000 of EU funds", [250000.0]),
        ("kwota 80 tys. Złotych", [80000.0]),
        ("Rok 2019, 45 osób, 12 kursów", []),  # digits without a currency
        ("1 000 000 EUR", []),
    ],
)
def test_find_money_with_the_currency_gate(text, values):
    assert [float(m.value) for m in find_money(text)] == values
    # the gate never hides a match: the pattern itself finds one exactly where a value is read
    assert bool(list(MONEY_RE.finditer(text))) == bool(values)


# ------------------------------------------------------------------------ label tables turned


def _scores_by_roles(before, after, table, reach=3, after_reach=3):
    """label_scores as it was: each word's lemmas added role by role (roles._add)."""
    got = {role: {} for role in table}
    k = 0
    for w in reversed(roles.words(before)):
        factor = 1.0 if k < reach else 0.7 if k < reach + 3 else 0.4
        roles._add(got, table, roles.lemmas(w), factor)
        k += not roles.is_function_word(w)
    tail = roles._AFTER_STOP.split(roles._past_closing_dash(before, after), 1)[0]
    factor = 1.0 if roles._COPULA_AFTER.match(tail) else 0.6
    content = [w for w in roles.words(tail) if not roles.is_function_word(w)]
    for w in content[:after_reach]:
        roles._add(got, table, roles.lemmas(w), factor)
    return {role: float(sum(hits.values())) for role, hits in got.items()}


@pytest.mark.parametrize(
    "before, after",
    [
        ("Całkowita wartość projektu wynosi", " i obejmuje dofinansowanie"),
        ("Kwota dofinansowania z Europejskiego Funduszu Społecznego:", ""),
        ("", " to wkład własny gminy"),
        ("Budżet – ", " – pokryje dotacja celowa"),
        ("W projekcie weźmie udział", " uczestników, w tym kobiet"),
    ],
)
def test_label_scores_equal_the_role_by_role_sums(before, after):
    vocab = roles.role_vocabulary()
    for table in (
        vocab["amount"],
        vocab["count"],
        roles._families("amount"),
        {"x": vocab["amount_not_budget"]},
    ):
        assert roles._label_scores(before, after, table) == _scores_by_roles(before, after, table)
    odd = {"a": {"wartość": 2.0, "projekt": -1.0}, "b": {"wartość": -3.0}}
    assert roles._label_scores(before, after, odd) == _scores_by_roles(before, after, odd)


def test_verb_tense_is_the_same_when_remembered():
    for word, tense in [("obejmie", "future"), ("będzie", "future"), ("objęto", "past")]:
        assert roles.verb_tense(word) == tense
        assert roles.verb_tense(word) == tense  # (from the memo)
    assert roles.verb_tense("projekt") is None


# ---------------------------------------------------- the cue index in the programme and titles

_PROGRAMME_TEXT = (
    "Aktualności\n\n"
    "Projekt „Razem łatwiej” jest współfinansowany ze środków Europejskiego Funduszu "
    "Społecznego w ramach Regionalnego Programu Operacyjnego Województwa Łódzkiego.\n\n"
    "Zajęcia odbywają się w świetlicy.\n\n"
    "Kontakt: biuro projektu"
)
_NO_CUES_TEXT = (
    "Aktualności\n\n"
    "Zajęcia odbywają się w świetlicy od poniedziałku do piątku.\n\n"
    "Zapraszamy wszystkich chętnych mieszkańców.\n\n"
    "Kontakt: biuro"
)


def test_programme_hint_units_equal_the_per_unit_search():
    from integra.extract import scan

    for text in (_PROGRAMME_TEXT, _NO_CUES_TEXT, "POKL i RPO\n\nFE SL 2021-2027\n\nnic"):
        doc = _doc(text)
        want = {i for i, low in enumerate(doc.lower) if rules._PROGRAMME_HINT.search(low)}
        assert scan.index(doc).units_matching(rules._PROGRAMME_HINT, "lower") == want


def test_programme_with_its_cue_still_found_and_none_without():
    found = rules.extract_programme(_doc(_PROGRAMME_TEXT))
    assert "Regionalny Program Operacyjny" in found["programme"].value
    assert "programme" not in rules.extract_programme(_doc(_NO_CUES_TEXT))


@pytest.mark.parametrize(
    "stems",
    [rules._UNQUOTED_HINTS, rules._CUE_AFTER_HINTS, ("rojek",)],
)
def test_title_cue_units_equal_the_per_unit_checks(stems):
    from integra.extract import scan

    text = (
        "Gmina realizuje projekt pn. Aktywni razem w Gminie Lipno.\n\n"
        "Razem dla rodziny to projekt ośrodka.\n\n"
        "ośrodek podsumował PROJEKT SYSTEMOWY RAZEM RAŹNIEJ\n\n"
        "Bez wskazówek w tym akapicie."
    )
    doc = _doc(text)
    want = {i for i, low in enumerate(doc.lower) if rules._any_in(low, stems)}
    assert scan.index(doc).units_with(stems, "lower") == want


def test_unquoted_titles_still_found_where_their_cue_is():
    doc = _doc(
        "Aktualności\n\n"
        "Ośrodek Pomocy Społecznej realizuje projekt pn. Aktywni razem w Gminie Lipno. "
        "Projekt trwa do 2020 roku."
    )
    values = [c.value for c in rules._unquoted_candidates(doc)]
    assert any(v.startswith("Aktywni razem") for v in values)
    assert rules._unquoted_candidates(_doc(_NO_CUES_TEXT)) == []


def test_a_document_without_cues_reads_as_before():
    from integra.extract import extract_text

    rec, _cleaned = extract_text(_NO_CUES_TEXT, "x.txt")
    assert rec["status"] == "rejected"
    assert rec["programme"] is None


# ------------------------------------------------------------- dates tried only near their cues

_DATE_TEXTS = [
    "Projekt realizowany od 1-go października 2019 roku do 31 grudnia 2020 r.",
    "Okres: 2019.10.01-2020.12.31; nabór 01.06 2019",
    "III KWARTAŁÓWxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx 2020 r.",  # a long quarter word
    "IV kw. 2021, Q1 2019 oraz VII'22",
    "od X 2019 do III 2021, 19201950, 2019r-31.12.2020r",
    "I \u212awartał 2019",  # the Kelvin sign folds with "k" under IGNORECASE
    "Bez dat: 12 osób, nr 123/45",
]


def _date_spans(it):
    return [(m.span(), m.groupdict()) for m in it]


@pytest.mark.parametrize("text", _DATE_TEXTS)
def test_date_matches_equal_finditer(text):
    from integra.extract import dates

    assert _date_spans(dates._date_matches(text)) == _date_spans(dates.DATE_RE.finditer(text))


def test_date_matches_equal_finditer_on_random_text():
    from integra.extract import dates

    rng = random.Random(18)
    alphabet = "0123456789 .-/IVXkwartałrokustycznia'’ Qr"
    for _ in range(3000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        assert _date_spans(dates._date_matches(s)) == _date_spans(dates.DATE_RE.finditer(s)), s


def test_dates_still_read_with_their_cues():
    from integra.extract.dates import find_dates

    found = [(d.year, d.month, d.day) for d in find_dates("od 1 października 2019 do 31.12.2020")]
    assert found == [(2019, 10, 1), (2020, 12, 31)]
    assert find_dates("Brak dat w tym zdaniu, tylko 12 osób.") == []
