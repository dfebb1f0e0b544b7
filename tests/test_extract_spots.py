"""number_spots and word_spots: where a count or a word stands on its own, found without
compiling a pattern per page; each agrees with the pattern it replaces."""

from __future__ import annotations

import random
import re

from integra.extract.text import number_spots, word_spots


def test_number_spots_strict_and_loose():
    text = "12 osób, 1,12 zł, 112 miejsc, 12.5, (12) i 12,"
    assert number_spots(text, 12) == [0, 37, 43]  # not "1,12", "112" or "12.5"
    assert number_spots(text, 12, loose=True) == [0, 11, 30, 37, 43]  # "1,12", "12.5" too
    assert number_spots("w tym 6 osób", 6) == [6]
    assert number_spots("bez liczby", 6) == []


def test_word_spots():
    assert word_spots("w Małomicach i w Małomicach.", "w Małomicach") == [0, 15]
    assert word_spots("zw Małomicach", "w Małomicach") == []
    assert word_spots("w Małomicach_2", "w Małomicach") == []


def test_spots_agree_with_the_patterns_they_replace():
    rnd = random.Random(7)
    alphabet = list("0123,. a_ąx1")
    for _ in range(20000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14)))
        n = rnd.choice([0, 1, 3, 10, 12, 123])
        strict = [m.start() for m in re.finditer(rf"(?<![\d,.]){n}(?![\d,.]?\d)", text)]
        loose = [m.start() for m in re.finditer(rf"(?<!\d){n}(?!\d)", text)]
        assert number_spots(text, n) == strict, (text, n)
        assert number_spots(text, n, loose=True) == loose, (text, n)
        word = rnd.choice(["a", "ą1", "x a", "1", "a a"])
        words = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)]
        assert word_spots(text, word) == words, (text, word)
