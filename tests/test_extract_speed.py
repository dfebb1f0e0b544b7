"""The extractor's fast paths give exactly what the plain regular expressions give."""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest

from integra.extract import fastre, text

_CUE = re.compile(r"(?<!\w)(?:wart[oś]ść|koszt\w*|pln|ok\.)(?P<tail>\s+\w+)?", re.IGNORECASE)

_SAMPLES = [
    "Wartość projektu: 1 000 PLN",
    "WARTOŚĆ PROJEKTU wynosi ok. 2 mln",
    "Koszty kwalifikowalne i koszt całkowity",
    "Kosztoryſ (a long s folds to s under IGNORECASE)",
    "İstanbul KOSZT ı dotless",  # İ lower-cases to two characters
    "µ and Ωmega KOSZTY",
    "cost of the project",
    "",
]


def _spans(it):
    return [(m.span(), m.group(0), m.group("tail"), m.lastgroup) for m in it]


def test_case_free_matches_the_plain_pattern():
    fast = fastre.CaseFree(_CUE)
    assert fast.twin is not None  # no upper case in the pattern: the flagless twin is used
    for s in _SAMPLES:
        assert _spans(fast.finditer(s)) == _spans(_CUE.finditer(s)), s
        plain, quick = _CUE.search(s), fast.search(s)
        assert (plain is None) == (quick is None), s
        if plain:
            assert quick.span() == plain.span() and quick.group() == plain.group()
            assert quick.groups() == plain.groups() and quick.groupdict() == plain.groupdict()
    m = fast.search("Wartość PROJEKTU")
    # the original text, not the lower-cased one
    assert m.group(0) == "Wartość PROJEKTU" and m.group("tail") == " PROJEKTU"


def test_case_free_sub_equals_the_pattern_s_own_sub():
    fast = fastre.CaseFree(_CUE)
    among = fastre.CaseFree(re.compile(r"\bmiędzy\s+innymi\b", re.IGNORECASE))
    for s in [*_SAMPLES, "skorzystają MIĘDZY INNYMI z pomocy", "Między innymi: kursy"]:
        assert fast.sub("<\\g<tail>>", s) == _CUE.sub("<\\g<tail>>", s), s
        assert fast.sub(lambda m: m.group(0).upper(), s, count=1) == _CUE.sub(
            lambda m: m.group(0).upper(), s, count=1
        ), s
        assert among.sub("m.in.", s) == among.rx.sub("m.in.", s), s
    assert among.sub("m.in.", "skorzystają MIĘDZY INNYMI z kursów") == "skorzystają m.in. z kursów"
    text = "nic do zamiany"  # no match: the text itself comes back
    assert among.sub("m.in.", text) is text


def test_case_free_keeps_the_original_where_lowering_differs():
    assert fastre.lowered("Kosztoryſ") is None  # 'ſ' matches 's' only under IGNORECASE
    assert fastre.lowered("İ") is None  # lower-cases to two characters
    assert fastre.lowered("µ") is None  # IGNORECASE folds it with Greek mu
    assert fastre.lowered("Zażółć GĘŚLĄ jaźń – „cytat” 5 €") == "zażółć gęślą jaźń – „cytat” 5 €"
    upper = fastre.CaseFree(re.compile(r"[A-Z]+ zł", re.IGNORECASE))
    assert upper.twin is None and upper.search("abc ZŁ").group() == "abc ZŁ"
    scoped = fastre.CaseFree(re.compile(r"a(?-i:b)", re.IGNORECASE))
    assert scoped.twin is None and scoped.search("aB") is None and scoped.search("Ab")


def test_case_free_patterns_wraps_only_case_insensitive_str_patterns():
    ns = {
        "a": re.compile("x", re.IGNORECASE),
        "b": re.compile("x"),
        "c": re.compile(b"x", re.IGNORECASE),
    }
    fastre.case_free_patterns(ns)
    assert isinstance(ns["a"], fastre.CaseFree)
    assert isinstance(ns["b"], re.Pattern) and isinstance(ns["c"], re.Pattern)
    assert ns["b"].pattern == "x" and ns["b"].flags == re.compile("x").flags  # `factored`


def test_label_separator_equals_the_plain_search():
    rng = random.Random(5)
    alphabet = ["a", "B", "ż", " ", " ", "\n", ":", "|", "-", "–", "—", ".", "…", "1", "\u00a0"]
    cases = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120))) for _ in range(4000)]
    cases += ["Wartość projektu ...... 1 000 zł", "a b \n c: d", "x  \n  - y", "Okres: 2019 – 2020"]
    for s in cases:
        plain = text._LABEL_SEPARATOR.search(s, 0, 90)
        quick = text._label_separator(s)
        assert (plain and plain.span()) == (quick and quick.span()), repr(s)


def test_lower_literals_keeps_escapes_group_names_and_refuses_upper_case_classes():
    assert fastre.lower_literals(r"\W+PLN(?P<Cur>\S)(?P=Cur)") == r"\W+pln(?P<Cur>\S)(?P=Cur)"
    assert fastre.lower_literals(r"[^A-Z]x") is None
    assert fastre.lower_literals(r"[]A]") is None  # "]" first is a literal, "A" still in class
    assert fastre.lower_literals(r"a(?-i:B)") is None
    assert fastre.lower_literals(r"\x41b") is None  # "A" by its code
    rx = re.compile(r"Local\s+(?:LAPs?)", re.IGNORECASE)
    fast = fastre.CaseFree(rx)
    assert fast.twin is not None and fast.search("the LOCAL laps").group() == "LOCAL laps"


def test_month_trie_matches_what_the_plain_alternation_matches():
    from integra.extract import dates

    words = list(dates.MONTHS)
    plain = re.compile("|".join(sorted(words, key=len, reverse=True)), re.IGNORECASE)
    trie = re.compile(dates.word_trie(words), re.IGNORECASE)
    probes = words + [w.upper() for w in words] + [w[:-1] for w in words] + ["ma", "lipc", "x"]
    for w in probes:
        assert bool(plain.fullmatch(w)) == bool(trie.fullmatch(w)), w
    text = "od 1 stycznia 2019 r. do 31 GRUDNIA 2020, maj 2008 – grudzień 2013, 1 January 2017"
    assert [(t.start, t.end, t.first_day()) for t in dates.find_dates(text)] == [
        (3, 21, dt.date(2019, 1, 1)),
        (25, 40, dt.date(2020, 12, 31)),
        (42, 50, dt.date(2008, 5, 1)),
        (53, 66, dt.date(2013, 12, 1)),
        (68, 82, dt.date(2017, 1, 1)),
    ]


def _doc(text: str):
    from integra.extract.rules import Doc
    from integra.extract.text import segment

    return Doc(text, segment(text))


_SCAN_TEXT = (
    "Tytuł projektu: Aktywni razem\n\n"
    "Projekt realizuje Miejski Ośrodek Pomocy Społecznej w 2019 r. Uczestnicy skorzystają ze "
    "szkoleń oraz staży.\n\n"
    "Wartość projektu: 1 000 000 zł\n\n"
    "The project will offer courses and the workshops.\n\n"
    "Osrodek bez liter polskich, bez roku.\n\n"
    "• 20 osób\n• kursy zawodowe\n\n"
    "Beneficjent Gmina Kłodzko\n\n"
    "Na koniec: trwało do 2020."
)


def test_scan_cue_sets_equal_the_per_unit_checks():
    from integra.extract import scan
    from integra.extract.rules import _DIGIT, _YEARISH, _any_in

    doc = _doc(_SCAN_TEXT)
    ix = scan.index(doc)
    assert scan.index(doc) is ix  # built once per document
    for stems, form, parts in [
        (("osrod", "ośrod", "centrum"), "lower", doc.lower),
        (("osrod", "szkolen", "kurs"), "plain", doc.plain()),
        (("nothing-like-this",), "plain", doc.plain()),
        (("pro",), "lower", doc.lower),  # several hits in one unit, and in most units
    ]:
        want = {i for i, p in enumerate(parts) if _any_in(p, stems)}
        assert ix.units_with(stems, form) == want, stems
        assert [doc.units.index(u) for u in ix.candidates(stems, 5, form)] == sorted(
            i for i in want if i < 5
        )
    texts = [u.text for u in doc.units]
    years = {i for i, t in enumerate(texts) if _YEARISH.search(t)}
    assert ix.units_matching(_YEARISH) == years and len(years) == 2
    assert ix.units_matching(_DIGIT) == {i for i, t in enumerate(texts) if _DIGIT.search(t)}
    en = re.compile(r"\b(?:the|and|of|will)\b")
    per_unit = [i for i, low in enumerate(doc.lower) for _ in en.findall(low)]
    assert ix.match_units(en, "lower") == per_unit and len(per_unit) == 4


def test_scan_falls_back_to_each_unit_when_a_unit_holds_nul():
    from integra.extract import scan

    doc = _doc("Ośrodek w 2019 r.\x00 2020\n\nBez roku.\n\nRok 1999 i 2001.")
    ix = scan.index(doc)
    assert ix._joined_form("text") is None
    want = {i for i, u in enumerate(doc.units) if re.search(r"(?:19|20)\d\d", u.text)}
    assert ix.units_matching(re.compile(r"(?:19|20)\d\d")) == want and want


def _labelled_unit_by_unit(doc, field_name):
    """`rules.labelled` as it was before the index: every unit, every label matched anew."""
    from integra.extract import rules

    rx = rules._label_re(field_name)
    out = []
    for u, lv in zip(doc.units, doc.label_values()):
        if u.is_item:
            continue
        if lv is None or not rx.match(lv[0].strip(" *#").rstrip(":")):
            bare = (
                rules._bare_label_re(field_name).match(u.text)
                if len(u.text) <= 160 and "\n" not in u.text
                else None
            )
            if bare:
                out.append((u.text[bare.end() :].strip(), u))
            continue
        value = u.text[lv[1] :]
        if u.is_row:
            value = value.split(" | ")[0]
        out.append((value.strip(), u))
    return out


def test_labelled_reads_the_label_rows_once_and_the_same_values():
    from pathlib import Path

    from integra.extract import rules, scan
    from integra.extract.reading import read_document
    from integra.extract.text import clean_text

    docs = [_doc(_SCAN_TEXT)]
    root = Path(__file__).resolve().parent.parent
    for p in sorted((root / "benchmarks/realcorpus/dev/docs").glob("*"))[:40]:
        docs.append(_doc(clean_text(read_document(p.read_bytes(), p.name).text)))
    seen = 0
    for doc in docs:
        rows = scan.index(doc).label_rows()
        assert all(not u.is_item for u, _lv, _key in rows)
        for field_name in ("title", "implementer", "programme", "participants", "period"):
            got = rules.labelled(doc, field_name)
            assert got == _labelled_unit_by_unit(doc, field_name), field_name
            seen += len(got)
    assert seen >= 10  # the sample documents do carry labels
    assert rules.labelled(docs[0], "title")[0][0].startswith("Aktywni razem")
    # the role of a label is decided once per label and field
    assert scan._LABELS[(rules._label_re("title"), "Tytuł projektu")] is True


def _all_matches(rx, s):
    return [(m.span(), m.groups(), m.lastgroup, m.lastindex) for m in rx.finditer(s)]


def test_factored_rearranges_alternations_and_matches_as_the_plain_pattern():
    from re import _parser

    # the first-letter merge and the spread of an opening alternation, seen in the parsed form
    assert fastre._by_first_letter is not None
    parsed = fastre._factor(_parser.parse("abc|xyz|abd|(?:pq|rs)t"))
    ((_op, (_none, alts)),) = parsed.data
    assert [a.data[0] for a in alts][:2] == [
        (_parser.LITERAL, ord("a")),
        (_parser.LITERAL, ord("x")),
    ]
    assert len(alts) == 4  # a(?:bc|bd) | xyz | pqt | rst
    # groups opening with the same letter: one guarded alternative, (?=a)(?:(?P<a>ab)|(?P<b>ac))
    ((_op, (_none, alts)),) = fastre._factor(_parser.parse("(?P<a>ab)|(?P<b>ac)|d")).data
    assert len(alts) == 2 and alts[0].data[0][0] is _parser.ASSERT
    cases = {
        "abc|xyz|abd|(?:pq|rs)t": ["abd xyz rst pqt ab", "zzabcabd"],
        r"ma\s+\w+|mają|(?:cel|ce)\w*|\bcelem|^cel": ["cel celem ma x mają", "celem", "ma  y"],
        r"(?P<a>ab)|(?P<b>ac)|a(?P<c>d)|(?:e|f)(?P<g>g)?": ["ab ac ad eg fg f e", "acab"],
        r"(?<!\w)(?:kurs\w*|kursy|szkolen\w*|staż|staże)(?!\w)": ["kursy staże szkolenia kurs"],
        r"a(?:|b)c|ab": ["ac abc ab", "a"],
        r"(a)(?:x\1|y)|ax": ["axa ay ax", "axx"],
    }
    for pattern, texts in cases.items():
        plain, fast = re.compile(pattern), fastre.factored(pattern)
        assert fast.pattern == pattern and fast.groupindex == plain.groupindex
        for s in texts:
            assert _all_matches(fast, s) == _all_matches(plain, s), (pattern, s)

    # the first characters of a pattern opening with a look-around: in the code's info block
    def first(pattern):
        chars, empty = fastre._first_chars(_parser.parse(pattern).data)
        return None if chars is None else ({c for op, c in chars if op is _parser.LITERAL}, empty)

    assert first(r"(?<!\w)(?:ab|cd)(?!\w)") == ({ord("a"), ord("c")}, False)
    assert first(r"(?=\d)x?y") == ({ord("x"), ord("y")}, False)
    assert first(r"a?b*") == ({ord("a"), ord("b")}, True)  # can match empty: no class
    assert first(r".x") is None and first(r"[^a]x") is None
    assert fastre.factored(r"(?<!\w)(?:ab|cd)").search("xab cd").span() == (4, 6)
    assert [
        m.span() for m in fastre.factored(r"(?<![\w.])\d+|(?<=x)y").finditer("1 a.2 xy 33")
    ] == [(0, 1), (7, 8), (9, 11)]
    # IGNORECASE compiles as it is, scoped flags are not rearranged (a literal's case would not
    # be its key): see test_scoped_ignorecase_first_characters
    assert fastre.factored("ab|Ac", re.IGNORECASE).search("AC").group() == "AC"
    assert fastre.factored("(?i:ab)|Ab").search("aB").group() == "aB"


def test_factored_twins_match_as_compiled_on_the_real_documents():
    """Every case-free twin of the extractor (compiled with `factored`) finds what the plain
    compiled twin finds, over the lower-cased units of 16 real dev documents and random text."""
    import gc
    from pathlib import Path

    from integra.extract import extract_bytes
    from integra.extract.reading import read_document
    from integra.extract.text import clean_text

    root = Path(__file__).resolve().parent.parent
    paths = sorted((root / "benchmarks/realcorpus/dev/docs").glob("*"))[::9]
    texts = []
    for p in paths:
        data = p.read_bytes()
        extract_bytes(data, p.name)  # builds the pattern families on first use
        doc = _doc(clean_text(read_document(data, p.name).text))
        texts += [low for low in doc.lower if fastre.lowered(low) is not None]
    rng = random.Random(7)
    alphabet = "abcdeikłnoprstuwyzżąęó .,:;-–()0123456789\n"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80))) for _ in range(150)]
    twins = [o.twin for o in gc.get_objects() if isinstance(o, fastre.CaseFree) and o.twin]
    assert len(twins) >= 100
    checked = 0
    for twin in twins:
        plain = re.compile(twin.pattern, twin.flags)
        for s in texts:
            assert _all_matches(twin, s) == _all_matches(plain, s), (twin.pattern[:80], s)
            checked += 1
    assert checked >= 50_000
    # the modules' other patterns (compiled again with `factored`), on the units as written
    from integra.extract import dates, instruments, numbers, places, reading, roles, rules

    originals = [
        u for p in paths for u in _doc(clean_text(read_document(p.read_bytes(), p.name).text)).units
    ]
    plain_texts = [u.text for u in originals] + texts[-150:]  # and the random ones
    own = [
        v
        for m in (dates, instruments, numbers, places, reading, roles, rules)
        for v in vars(m).values()
        if isinstance(v, re.Pattern) and isinstance(v.pattern, str) and not v.flags & re.I
    ]
    assert len(own) >= 60
    for rx in own:
        plain = re.compile(rx.pattern, rx.flags)
        for s in plain_texts:
            assert _all_matches(rx, s) == _all_matches(plain, s), (rx.pattern[:80], s)


def _real_units(step: int = 9) -> list[str]:
    """The units of every `step`-th real dev document, as the extractor cuts them."""
    from pathlib import Path

    from integra.extract.reading import read_document
    from integra.extract.text import clean_text

    root = Path(__file__).resolve().parent.parent
    paths = sorted((root / "benchmarks/realcorpus/dev/docs").glob("*"))[::step]
    return [
        u.text
        for p in paths
        for u in _doc(clean_text(read_document(p.read_bytes(), p.name).text)).units
    ]


def test_inline_label_matches_equal_finditer():
    """The "Label: N" pairs searched only near a colon and a number are the pattern's own
    `finditer` matches (spans and groups), on real units, hand cases and random text."""
    from integra.extract import roles

    rng = random.Random(12)
    alphabet = "abcdeikłnoprstuwyzż .,:;-\n0123456789"
    texts = [
        *_real_units(4),
        "Liczba uczestników: 40 Liczba kobiet: 25",
        "a" * 200 + ": 12",
        "x" * 85 + " Uczestnicy: 7, osoby: 8; " + "y" * 100 + "Liczba osób:\n 1 200",
        "Termin: 2021: 5 Wartość:",
        "",
    ]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300))) for _ in range(400)]
    for s in texts:
        want = [(m.span(), m.groupdict()) for m in roles._INLINE_LABEL.finditer(s)]
        got = [(m.span(), m.groupdict()) for m in roles.inline_label_matches(s)]
        assert got == want, s
    assert sum(bool(list(roles.inline_label_matches(s))) for s in texts) >= 20


def test_remembered_search_gives_the_pattern_s_own_results():
    """`fastre.Remembered`: the same match as the pattern's search (spans, groups; with and
    without positions), on real units searched twice, and again after `forget`."""
    from integra.extract import rules

    assert isinstance(rules._ACTUAL_CUE, fastre.Remembered)
    assert isinstance(rules._RESULT_WORDS, fastre.Remembered)
    texts = [
        *_real_units(6),
        "Udział w projekcie wzięło 40 osób.",
        "Rezultat: 12 osób podejmie pracę.",
    ]
    hits = 0
    for _round in range(2):
        for rx in (rules._ACTUAL_CUE, rules._RESULT_WORDS):
            for s in texts:
                for args in ((), (3,), (2, 40)):
                    want = rx.rx.search(s, *args)
                    for got in (rx.search(s, *args), rx.search(s, *args)):  # searched, remembered
                        assert (got and (got.span(), got.groups())) == (
                            want and (want.span(), want.groups())
                        )
                    hits += want is not None
        fastre.forget()
    assert hits >= 8
    assert not fastre._SEARCHED


def test_label_value_is_remembered_and_the_same():
    from integra.extract.text import label_value

    for s in [*_real_units(8), "Wartość projektu ...... 1 000 zł", "Projekt trwał 3 lata"]:
        first = label_value(s)
        assert label_value(s) == first == label_value.__wrapped__(s)


def test_folded_equals_the_substitutions_on_every_character():
    """roles._folded (split and join) is the two substitutions it replaced, for every code
    point alone, doubled and between words."""
    from integra.extract import roles

    def by_substitution(s: str) -> str:
        return re.sub(r"\s+", " ", re.sub(r"[\u2010-\u2015\u2212]", "-", s)).strip().lower()

    for c in map(chr, range(0x110000)):
        s = f"{c}a{c}{c}B {c}"
        assert roles._folded(s) == by_substitution(s), hex(ord(c))
    for s in _real_units(10):
        assert roles._folded(s) == by_substitution(s)


def test_to_nominative_remembered_is_the_same_phrase():
    """inflect.to_nominative is remembered per (phrase, case): the same Phrase as computed anew,
    for the word runs of real units in every case a rule asks for."""
    from integra.extract.inflect import to_nominative

    phrases = []
    for s in _real_units(12):
        ws = s.split()
        phrases += [" ".join(ws[i : i + 3]) for i in range(0, min(len(ws), 30), 3)]
    phrases += ["szkoleń zawodowych", "pracach społecznie użytecznych", "pomocy terapeutów"]
    converted = 0
    for p in phrases:
        for case in (None, "gen", "loc", "acc", "inst"):
            first = to_nominative(p, case)
            assert to_nominative(p, case) == first == to_nominative.__wrapped__(p, case)
            converted += first is not None and first.text != p
    assert converted >= 20
    assert to_nominative("szkoleń zawodowych", "gen").text == "szkolenia zawodowe"


# ------------------------------------------------ session 23: scoped flags, anchors, label lemmas


def test_ignorecase_extra_is_the_engine_s_own_table():
    """`_IGNORECASE_EXTRA` lists exactly the characters besides its two ASCII cases that
    IGNORECASE matches an ASCII letter with, over every code point."""
    import string

    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for letter in string.ascii_lowercase:
        found = set(re.findall(f"(?i:{letter})", every))
        assert found == {letter, letter.upper(), *fastre._IGNORECASE_EXTRA.get(letter, "")}
    for ch in string.digits + string.punctuation + " ":
        assert set(re.findall(f"(?i:{re.escape(ch)})", every)) == {ch}


def test_scoped_ignorecase_first_characters():
    from re import _parser

    def first(pattern):
        chars, _empty = fastre._first_chars(_parser.parse(pattern).data)
        return None if chars is None else {chr(c) for _op, c in chars}

    assert first(r"\b(?i:program)|Fundusz") == {"p", "P", "F"}
    assert first(r"(?i:ks)|x") == {"k", "K", "\u212a", "x"}
    assert first(r"(?i:sito)") == {"s", "S", "\u017f"}
    assert first(r"(?i:[ab])c") == {"a", "A", "b", "B"}  # a class of letters: each one
    assert first(r"(?i:[a-c])") is None and first(r"(?i:\w)") is None  # a range: not told
    assert first(r"(?i:ąb)") is None  # a non-ASCII letter under the flag: not told
    assert first(r"(?a:\w)x") is None  # another scoped flag: not told
    assert first(r"(?i:-)x") == {"-"}
    cases = {
        r"(?P<a>Program\w*)|(?P<b>(?i:regionaln\w+\s+program))|\bPO\s?KL\b": [
            "REGIONALNY PROGRAM, Regionalny program, PO KL, Programu",
            "xregionalny program poKL PO KL",
        ],
        r"[A-Z]\w*sk\s+(?i:kraj)|(?i:ksi[eę]g\w+)": [
            "Polsk KRAJ KSIĘGA \u212asięga \u017fx Księgowa",
            "księgi",
        ],
        r"(?i:istota)|x": ["İSTOTA ıstota Istota x", "\u0130stota"],
    }
    for pattern, texts in cases.items():
        plain, fast = re.compile(pattern), fastre.factored(pattern)
        assert fast.pattern == pattern and fast.groupindex == plain.groupindex
        for s in texts:
            assert _all_matches(fast, s) == _all_matches(plain, s), (pattern, s)
            assert _all_matches(fast, s[3:]) == _all_matches(plain, s[3:]), (pattern, s)


def test_a_pattern_opening_with_a_start_anchor_gets_no_class_of_first_characters():
    """The engine tries a pattern opening with "^" at the start only; a class of first
    characters would have it try every position that holds one: the code is re's own."""
    from re import _compiler, _parser

    for pattern, flags in [(r"^(?:ab|cd)x", 0), (r"\A(?:ab|cd)", 0), (r"^(?i:pro)|^x", 0)]:
        p = _parser.parse(pattern, flags)
        assert fastre._code_with_first_chars(p, flags) == _compiler._code(p, flags)
        fast, plain = fastre.factored(pattern, flags), re.compile(pattern, flags)
        for s in ["abx", "cdx zz abx", "PROgram", "x", " ab"]:
            assert _all_matches(fast, s) == _all_matches(plain, s)
    # with MULTILINE "^" is any line's start: the class is kept, the matches are the same
    fast, plain = fastre.factored(r"^(?:ab|cd)", re.M), re.compile(r"^(?:ab|cd)", re.M)
    assert _all_matches(fast, "ab\ncd\n ab") == _all_matches(plain, "ab\ncd\n ab")


def _scores_word_by_word(before, after, table, reach=3, after_reach=3):
    """label_scores as the eighteenth session left it: every word's lemmas added in turn."""
    from integra.extract import roles

    got = {role: {} for role in table}
    by_lemma = roles._by_lemma(table)
    k = 0
    for w in reversed(roles.words(before)):
        factor = 1.0 if k < reach else 0.7 if k < reach + 3 else 0.4
        roles._add_found(got, by_lemma, roles.lemmas(w), factor)
        k += not roles.is_function_word(w)
    tail = roles._AFTER_STOP.split(roles._past_closing_dash(before, after), 1)[0]
    factor = 1.0 if roles._COPULA_AFTER.match(tail) else 0.6
    content = [w for w in roles.words(tail) if not roles.is_function_word(w)]
    for w in content[:after_reach]:
        roles._add_found(got, by_lemma, roles.lemmas(w), factor)
    return {role: [*hits.items()] for role, hits in got.items()}


def test_label_lemmas_once_give_the_word_by_word_sums():
    """A lemma repeated further back (or after a figure) weighs no more than where it first
    occurs: reading each lemma once gives the same entries, in the same order, so the same sums."""
    from integra.extract import roles

    vocab = roles.role_vocabulary()
    odd = {"a": {"wartość": 2.0, "projekt": -1.0, "dotacja": 0.5}, "b": {"wartość": -3.0}}
    texts = [
        ("wartość dotacji i wartość projektu oraz całkowita wartość zadania wynosi", ""),
        ("Wartość projektu – wartość projektu:", " to wartość dotacji, wartość"),
        ("dotacja dotacji dotację z dotacji dla projektu projekty projektem", " dotacja"),
        ("udział uczestników, uczestnicy i uczestniczki weźmie udział", " osób uczestników"),
        ("", " wartość wartość wartości projektu"),
        ("Budżet – ", " – pokryje dotacja celowa, dotacja"),
    ]
    tables = [vocab["amount"], vocab["count"], roles._families("amount"), odd]
    for before, after in texts:
        for table in tables:
            for reach, after_reach in [(3, 3), (10, 8), (0, 1)]:
                roles.forget()
                want = _scores_word_by_word(before, after, table, reach, after_reach)
                got = {role: {} for role in table}
                by_lemma = roles._by_lemma(table)
                for lemma, factor in roles._lemmas_before(before, reach):
                    roles._add_lemma(got, by_lemma, lemma, factor)
                for lemma, factor in roles._lemmas_after(before, after, after_reach):
                    roles._add_lemma(got, by_lemma, lemma, factor)
                assert {r: [*h.items()] for r, h in got.items()} == want, (before, table)
                sums = {r: float(sum(v for _l, v in hits)) for r, hits in want.items()}
                assert roles._label_scores(before, after, table, reach, after_reach) == sums
                # the lemma sequences are remembered for the document, and forgotten with it
                assert (before, reach) in roles._BEFORE_LEMMAS
    roles.forget()
    assert not roles._BEFORE_LEMMAS and not roles._AFTER_LEMMAS and not roles._MEMBERSHIP


def test_membership_remembered_is_the_same():
    from integra.extract import roles
    from integra.extract.text import Unit

    units = [
        Unit(0, 40, "Projekt „Razem raźniej” obejmie 40 osób.", paragraph=0),
        Unit(41, 90, "Projekt „Inny projekt” objął 20 osób w Małomicach.", paragraph=1),
        Unit(91, 130, "Wsparcie w Małomicach otrzyma 15 osób.", paragraph=2),
        Unit(131, 160, "Tam 12 osób.", paragraph=2),
    ]
    page = " ".join(u.text for u in units)
    ctx = roles.Context(title="Razem raźniej", place="w Małomicach", text=page)
    other = roles.Context(title="Inny projekt", place=None, text=page)
    cands = [
        roles.Candidate("count", 40, 0, 32, 39, "", ""),
        roles.Candidate("count", 20, 1, 29, 36, "", ""),
        roles.Candidate("count", 15, 2, 30, 37, "", ""),
        roles.Candidate("count", 12, 3, 4, 11, "", ""),
    ]
    roles.forget()
    for c in cands:
        for context in (ctx, other):
            want = roles._membership(units, c, context)
            assert roles.membership(units, c, context) == want
            assert roles.membership(units, c, context) == want  # (from the memo)
    assert [roles.membership(units, c, ctx) for c in cands] == [2.0, -3.0, 2.0, 0.0]
    # another list of units (the same texts, new objects) is asked anew
    assert roles.membership(list(units), cands[0], other) == roles._membership(
        units, cands[0], other
    )
    roles.forget()


def _random_pattern(rng: random.Random, depth: int = 0) -> str:
    """A random alternation of the shapes `factored` rearranges: literals, `\\b` before them,
    small classes, nested alternations, groups, anchors, look-behinds, repeats."""
    pieces = []
    for _ in range(rng.randint(2, 7)):
        parts = []
        for _ in range(rng.randint(1, 3)):
            kind = rng.random()
            if kind < 0.35:
                parts.append(rng.choice(["a", "ab", "ba", "c", "ca", "ą", "a1", "_"]))
            elif kind < 0.5:
                parts.append("\\b" + rng.choice(["a", "b", "ąb", "1", "_a"]))
            elif kind < 0.6:
                parts.append(rng.choice(["[ab]", "[aą]", "[b1 ]", "[^a]", "\\w", "\\s?"]))
            elif kind < 0.72 and depth < 2:
                parts.append("(?:" + _random_pattern(rng, depth + 1) + ")")
            elif kind < 0.8 and depth < 2:
                parts.append("(" + _random_pattern(rng, depth + 1) + ")")
            elif kind < 0.87:
                parts.append(rng.choice(["^", "$", "(?<!a)", "(?<=b)", "(?!a)", "\\B"]))
            else:
                parts.append(rng.choice(["a*", "b+", "(?:ab)?", "a{1,2}?"]))
        pieces.append("".join(parts))
    return "|".join(pieces)


def test_factored_random_alternations_match_as_compiled():
    """Random alternations of literals, `\\b`, classes, groups, anchors and look-arounds, on
    random texts: `factored` finds every match `re.compile` finds, with the same groups."""
    rng = random.Random(23)
    alphabet = "aabbcą1_ \n-"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(60)]
    checked = 0
    for _ in range(600):
        pattern = _random_pattern(rng)
        try:
            plain = re.compile(pattern)
        except re.error:
            continue
        fast = fastre.factored(pattern)
        for s in texts:
            assert _all_matches(fast, s) == _all_matches(plain, s), (pattern, s)
            assert (fast.match(s) is None) == (plain.match(s) is None), (pattern, s)
            checked += 1
    assert checked > 20_000


def test_factored_merges_across_alternatives_that_cannot_open_alike():
    from re import _parser

    def top(pattern):
        ((_op, (_none, alts)),) = fastre._factor(_parser.parse(pattern)).data
        return alts

    # "ab" and "ac" merge over "x…" (which cannot open with "a"), and `\b` before a word letter
    # joins the letter's group
    assert len(top(r"ab|x\d|ac|\bad")) == 2
    # an alternative that may open with "a" (or with anything) keeps the order: no merge over it
    assert len(top(r"ab|\wy|ac")) == 3
    # a class of letters is spread first: a(?:b|y|c) | xy, the a-alternatives in their order
    assert len(top(r"ab|[ax]y|ac")) == 2
    # `\b(?:x|y)` and `[ab]` are spread over their rest
    assert len(top(r"\b(?:ab|cd)e|[xy]z")) == 4
    cases = {
        r"ab|x\d|ac|\bad": ["ad bad ab ac x1 _ad", "aad"],
        r"\bcel\w*|cal|\bco|cx": ["cel celem cal co xco cx", "ccel"],
        r"(?P<g>ab)|\bac|ad": ["ab ac ad bac"],
        # optional openings spread: (?:x)?rest as xrest|rest, lazy ones the other way round
        r"(?:Miejsk\w+\s+)?Ośrodek|(?:ab)??c|(?:a|b)?d": ["Miejski Ośrodek Ośrodek abc c bd ad d"],
        r"(?:x)?(?:y)?(?:z)?(?:w)?(?:v)?(?:u)?(?:t)?a|q": ["xyzwvuta a ta q", "xa za"],
    }
    for pattern, texts in cases.items():
        plain, fast = re.compile(pattern), fastre.factored(pattern)
        for s in texts:
            assert _all_matches(fast, s) == _all_matches(plain, s), (pattern, s)


def test_aside_dash_gate_is_the_pattern_s_answer():
    """`_past_closing_dash` skips `_ASIDE_OPEN` in a text without a dash: every match holds one."""
    from integra.extract import roles

    for before in ["sumy – ponad ", "sumy — około ", "sumy - ponad ", "sumy ponad ", "–", ""]:
        has = roles._ASIDE_OPEN.search(before) is not None
        assert not has or "–" in before or "—" in before
    assert roles._past_closing_dash("sumy — ", " — pokryje dotacja") == "pokryje dotacja"
    assert roles._past_closing_dash("sumy - ponad ", " - pokryje") == " - pokryje"


@pytest.mark.parametrize(
    "text",
    [
        "Zajęcia odbędą się w 2 grupach po 12 osób (razem 24).",
        "Planujemy trzy edycje po 15 uczestników, łącznie 45.",
        "Cztery nabory PO 10 osób – w sumie 40.",
        "3 rounds of 10 participants, in total 30.",
    ],
)
def test_rounds_gate_is_part_of_every_match(text):
    """_rounds_with_their_sum searches only units where _ROUNDS_GATE finds something: the gate must
    lie inside every match of the full pattern."""
    from integra.extract import rules

    m = rules._rounds_with_sum_re().search(text)
    assert m is not None
    assert rules._ROUNDS_GATE.search(m.group(0)) is not None


def test_rounds_gate_skips_units_without_a_size():
    from integra.extract import rules

    assert rules._ROUNDS_GATE.search("Pomoc społeczna dla osób potrzebujących.") is None
