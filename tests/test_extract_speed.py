"""The extractor's fast paths give exactly what the plain regular expressions give."""

from __future__ import annotations

import datetime as dt
import random
import re

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
    # IGNORECASE and scoped flags compile as they are (a literal's case would not be its key)
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
