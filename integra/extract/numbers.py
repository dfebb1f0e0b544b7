"""Polish numbers, money amounts, counts and percentages: small pure functions with offsets.

Styles read: ``1 239 061,22 zł``, ``15.707.281,20 zł``, ``1239061.22 PLN``, ``1,24 mln zł``,
``850 tys. zł``, ``10 mln zł``, ``702 345.00 zł``, ``PLN 1 239 061,22``, ``PLN 250,000``, ``zł 212 500,00``; counts ``2 815``, ``1.326``, ``513``;
percentages ``34%``, ``34 %``, ``12,5 proc.``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

from .fastre import CaseFree, case_free_functions, case_free_patterns

# A number as Polish texts write it: thousands grouped by a space or a dot, decimals after a comma
# (or after a dot when there are one or two decimals and no grouping).
_NUM = (
    # English: 4,800,000.00 / 409,062.5 / "PLN 1,250,000, of which …" (a comma after it ends a clause)
    r"\d{1,3}(?:,\d{3})+\.\d{1,2}(?!\d)|\d{1,3}(?:,\d{3}){2,}(?!\d|,\d)"
    # English "PLN 250,000": one comma and three digits is a thousands group in money (never three
    # decimals of a złoty), unless a scale word follows ("1,500 mln zł" is 1.5 million)
    r"|\d{1,3},\d{3}(?!\d|[,.]\d)(?!\s?(?:mld|mln|mili|tys|tyś|million|thousand|billion))"
    r"|\d{1,3}(?: \d{3})+\.\d{1,2}(?![\d.,])"  # "702 345.00": groups by spaces, a decimal point
    # "1 097012 zł": the millions' group spaced off, the thousands' space left out
    r"|\d{1,3} \d{6}(?:, ?\d{1,2})?(?![\d.])"
    # "2 862 455, 54", "1 234 567 ,89": a stray space beside the decimal comma
    r"|\d{1,3}(?:[ .]\d{3})+(?: ?, ?\d{1,2})?|\d{1,15}(?:[,.]\d{1,2})?"
)
_ONE_GROUP = re.compile(r"\d{1,3},\d{3}")
_ENGLISH_NUM = re.compile(r"\d{1,3}(?:,\d{3})+\.\d{1,2}|\d{1,3}(?:,\d{3}){2,}")
_MULT = (
    # "mln." and the misspelt "tyś." as well ("1,25 mln. zł", "209 tyś. zł")
    r"mld\.?|miliard(?:a|y|ów)?|mln\.?|milion(?:a|y|ów)?|tys(?:\.|iąc(?:e|y)?|ięcy)?|tyś\.?"
    r"|million\b|thousand\b|billion\b"  # English: "PLN 1.2 million"
    r"|(?-i:m|k|bn)(?!\w|\.\w)"  # English short scales: "PLN 1.25m", "PLN 250k"
)
_CUR = r"zł(?:otych|ote|oty)?|złotych|zlotych|zlotys?\b|pln|zl\b"  # in MONEY_RE: any case
MONEY_RE = re.compile(
    # "2 mln 300 tys. zł": millions before the thousands; "1 200 000,- zł": no decimals written
    rf"(?<![\w,.’'])(?:(?P<big>\d{{1,3}}(?:,\d{{1,2}})?)\s?(?P<bigmult>mld|mln|milion(?:a|y|ów)?)\s(?=\d))?"
    rf"(?P<num>{_NUM})(?!\d)(?:[,.]-{{1,2}})?\s?(?:(?P<mult>{_MULT})\s?)?(?P<cur>{_CUR})(?!\w)"
    # the currency before the number: "PLN 250 000,00", "zł 212 500,00" (a price list's order)
    rf"|(?<!\w)(?P<cur2>pln|zł(?=[ \u00a0]?\d)(?![ \u00a0]?(?:19|20)\d\d(?![\d,]|[ .]\d{{3}})))\s?(?P<num2>{_NUM})(?![\d])(?:\s?(?P<mult2>{_MULT}))?",
    re.IGNORECASE,
)
_GROSZE = re.compile(r"\s{0,2}(\d{1,2})\s?(?:gr\b\.?|groszy\b|grosze\b|grosz\b)", re.IGNORECASE)
PERCENT_RE = re.compile(r"(?<![\d,.])(?P<num>\d{1,3}(?:[,.]\d{1,2})?)\s?(?:%|proc\.|procent\w*)")

_MULTIPLIERS = {
    "mld": 10**9,
    "mil": 10**6,
    "mln": 10**6,
    "tys": 10**3,
    "tyś": 10**3,
    "tho": 10**3,
    "bil": 10**9,
    "m": 10**6,
    "k": 10**3,
    "bn": 10**9,
}


class NumberError(ValueError):
    pass


def parse_number(text: str) -> Decimal:
    """Parse a Polish-formatted number.

    >>> parse_number("1 239 061,22"), parse_number("15.707.281,20"), parse_number("1.326")
    (Decimal('1239061.22'), Decimal('15707281.20'), Decimal('1326'))
    >>> parse_number("1239061.22"), parse_number("1,24"), parse_number("4,800,000.00")
    (Decimal('1239061.22'), Decimal('1.24'), Decimal('4800000.00'))
    """
    s = text.strip().replace(" ", "").replace("\u00a0", "")
    if not s or len(s) > 40:
        raise NumberError(f"not a number: {text!r}")
    if _ENGLISH_NUM.fullmatch(s):  # "4,800,000.00": commas group thousands, a dot the decimals
        s = s.replace(",", "")
    if "," in s:
        if s.count(",") > 1:
            raise NumberError(f"two decimal commas: {text!r}")
        whole, frac = s.split(",")
        if "." in whole and not re.fullmatch(r"\d{1,3}(?:\.\d{3})+", whole):
            raise NumberError(f"bad thousands grouping: {text!r}")
        s = whole.replace(".", "") + "." + frac
    elif "." in s:
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", s):
            s = s.replace(".", "")  # 1.326 or 15.707.281: dots group thousands
        elif s.count(".") > 1:
            raise NumberError(f"bad number: {text!r}")
    try:
        return Decimal(s)
    except InvalidOperation as exc:  # pragma: no cover - the regexes only pass digits
        raise NumberError(f"not a number: {text!r}") from exc


def _multiplier(word: str | None) -> int:
    if not word:
        return 1
    return _MULTIPLIERS.get(word.lower()[:3], 1)


_NUMERALS_PATH = Path(__file__).resolve().parent / "data" / "numerals.csv"


@lru_cache(maxsize=1)
def _numeral_table() -> dict[str, tuple[Decimal, str]]:
    """Every number word of data/numerals.csv -> (value, kind), the fractions included."""
    out: dict[str, tuple[Decimal, str]] = {}
    with _NUMERALS_PATH.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith(("#", "form,")) or not line.strip():
                continue
            form, value, kind = line.strip().split(",")
            out[form] = (Decimal(value), kind)
    return out


@lru_cache(maxsize=1)
def numerals() -> dict[str, tuple[int, str]]:
    """Number words (every case form) -> (value, kind), from data/numerals.csv; the fractions
    ("pół", "półtora") are read in amounts only (`_WORDS_MONEY_RE`)."""
    return {w: (int(v), k) for w, (v, k) in _numeral_table().items() if k != "fraction"}


def _words_alternation(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@lru_cache(maxsize=1)
def numeral_words_re() -> re.Pattern[str]:
    """A run of one to six number words: 'dwadzieścia', 'dwustu tysięcy', 'sto dwadzieścia trzy'."""
    alt = _words_alternation(numerals())
    return re.compile(rf"(?<!\w)(?:(?:{alt})\s+){{0,5}}(?:{alt})(?!\w)", re.IGNORECASE)


def parse_numeral_words(text: str, fractions: bool = False) -> int | None:
    """The value of Polish number words, or None when they do not form one whole number; with
    `fractions`, a half ("półtora miliona", "dwa i pół miliona", "pół miliona") counts where a
    scale word makes the whole whole.

    >>> parse_numeral_words("Dwadzieścia"), parse_numeral_words("dwustu tysięcy")
    (20, 200000)
    >>> parse_numeral_words("sto dwadzieścia trzy"), parse_numeral_words("dwa tysiące pięćset")
    (123, 2500)
    >>> parse_numeral_words("dwa i pół miliona", True), parse_numeral_words("półtora", True)
    (2500000, None)
    """
    table = _numeral_table()
    total = current = Decimal(0)
    last_kind = ""
    words = text.lower().split()
    for i, word in enumerate(words):
        entry = table.get(word)
        if entry is None and fractions and word == "i" and 0 < i < len(words) - 1:
            if table.get(words[i + 1], (0, ""))[1] == "fraction":
                continue  # "dwa i pół": the half joined to the number before it
        if entry is None or (entry[1] == "fraction" and not fractions):
            return None
        value, kind = entry
        if kind == "scale":
            total += (current or 1) * value
            current = Decimal(0)
        elif kind == "fraction":
            if last_kind == "fraction" or (value > 1 and last_kind and last_kind != "scale"):
                return None  # "półtora" opens a number; "pół" ends one
            current += value
        else:
            # a unit after a teen or a unit, a ten after a ten ... is two numbers, not one
            if last_kind == "fraction" or (
                last_kind and last_kind != "scale" and _ORDER[kind] >= _ORDER[last_kind]
            ):
                return None
            current += value
        last_kind = kind
    total += current
    return int(total) if total == total.to_integral_value() else None


_ORDER = {"unit": 0, "teen": 1, "ten": 2, "hundred": 3}


@dataclass(frozen=True)
class Money:
    value: Decimal  # PLN
    start: int
    end: int
    text: str
    rounded: bool  # written with mln / tys. (a rounded figure)


def find_money(text: str, offset: int = 0) -> list[Money]:
    """All PLN amounts in `text`, with offsets shifted by `offset`.

    >>> [float(m.value) for m in find_money("kwota 1,24 mln zł oraz 850 tys. zł i 160,00 zł")]
    [1240000.0, 850000.0, 160.0]
    """
    # the budget rules ask for the amounts of one unit several times: read once per document
    return list(_money(text, offset))


def forget() -> None:
    """Drop the memo of amounts read (called per document: it holds the document's units)."""
    _money.cache_clear()


@lru_cache(maxsize=2048)
def _money(text: str, offset: int) -> tuple[Money, ...]:
    out = []
    # every match of MONEY_RE holds its currency, "zł…", "zl…" or "pln" in any case (no other
    # character folds to these letters): without one the slow case-folding scan finds nothing
    low_text = text.lower()
    has_currency = "zł" in low_text or "zl" in low_text or "pln" in low_text
    for m in MONEY_RE.finditer(text) if has_currency else ():
        num = m.group("num") or m.group("num2")
        mult = m.group("mult") or m.group("mult2")
        if not mult and _ONE_GROUP.fullmatch(num):
            num = num.replace(",", "")  # "PLN 250,000": a thousands group
        try:
            value = parse_number(num)
        except NumberError:
            continue
        factor = _multiplier(mult)
        value = value * factor
        if m.group("big"):
            try:
                value += parse_number(m.group("big")) * _multiplier(m.group("bigmult"))
            except NumberError:
                continue
            factor = max(factor, 2)  # written with a scale word: rounded
        end = m.end()
        if factor == 1 and value == int(value) and (g := _GROSZE.match(text, end)):
            # "1 234 567 zł 89 gr": the grosze written after the currency
            value += Decimal(int(g.group(1))) / 100
            end = g.end()
        value = value.quantize(Decimal("0.01"))
        out.append(
            Money(value, offset + m.start(), offset + end, text[m.start() : end], factor > 1)
        )
    # "prawie dwustu tysięcy złotych": an amount in words, always before "zł…" or "zlotych"
    low = text.lower() if any(s in text for s in ("ty", "ot", "lion", "mln")) else ""
    if "zł" in low or "zlotych" in low:
        taken = [(mo.start - offset, mo.end - offset) for mo in out]
        for m in _WORDS_MONEY_RE().finditer(text):
            # "2,5 miliona złotych": the words only name the scale of a written number
            if any(a < m.end() and m.start() < b for a, b in taken) or re.search(
                r"\d[\s,.]*$", text[max(0, m.start() - 4) : m.start()]
            ):
                continue
            words = m.group("words")
            if m.group("scale"):  # "półtora mln zł": the scale abbreviated
                words += " " + _SCALE_WORDS[m.group("scale").lower()[:3]]
            value = parse_numeral_words(words, fractions=True)
            if value:
                out.append(
                    Money(
                        Decimal(value).quantize(Decimal("0.01")),
                        offset + m.start(),
                        offset + m.end(),
                        m.group(0),
                        True,
                    )
                )
        out.sort(key=lambda mo: mo.start)
    return tuple(out)


@lru_cache(maxsize=1)
def _WORDS_MONEY_RE() -> CaseFree:
    # the number words with the halves ("półtora miliona", "dwa i pół miliona złotych")
    alt = _words_alternation(_numeral_table())
    words = rf"(?<!\w)(?:(?:{alt})\s+(?:i\s+(?=p[oó][lł]\s))?){{0,5}}(?:{alt})(?!\w)"
    return CaseFree(
        re.compile(
            rf"(?P<words>{words})\s+(?:(?P<scale>mln|tys|tyś)\.?\s?)?(?:zł(?:otych|ote|oty)?|zlotych)(?!\w)",
            re.IGNORECASE,
        )
    )


# an abbreviated scale after number words ("półtora mln zł", "dwieście tys. zł") as the word
_SCALE_WORDS = {"mln": "milionów", "tys": "tysięcy", "tyś": "tysięcy"}


@dataclass(frozen=True)
class Count:
    value: int
    start: int
    end: int


def parse_count(text: str) -> int | None:
    """A count of people: '2 815' -> 2815, '1.326' -> 1326; None for decimals.

    >>> parse_count("2 815"), parse_count("1.326"), parse_count("12,5")
    (2815, 1326, None)
    """
    try:
        value = parse_number(text)
    except NumberError:
        return None
    if value != value.to_integral_value():
        return None
    if "," in text:
        return None
    return int(value)


case_free_patterns(globals())
case_free_functions(globals())
