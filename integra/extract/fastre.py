"""Case-insensitive patterns, run on lower-cased text without IGNORECASE when that is the same.

Python's `re` compiles every literal of an IGNORECASE pattern to a slow case-folding opcode and
then cannot skip ahead to where a match may start: a cue pattern with many alternatives is 5-10x
slower than the same pattern, without the flag, on lower-cased text. `CaseFree(rx)` keeps `rx`
and its flagless twin and picks the twin when the answer cannot differ:

- the text lower-cases character for character (same length, so every offset is the same) and
  holds only ASCII, Polish letters and uncased punctuation: for these characters IGNORECASE
  matching is exactly equality after `str.lower` (the characters `re` folds specially, such as
  'ſ', 'ı', 'µ' or 'K', are never in such a text);
- the pattern's upper-case literals are lower-cased for the twin; a pattern with an upper-case
  letter inside a character class (`[A-Z]` would no longer match) or with scoped flags
  (`(?-i:...)`) has no twin: `rx` always runs on the original text.

Matches report the original text: offsets are shared, and `group()` slices the original.

`factored(pattern, flags)` compiles a pattern with its alternations arranged so that Python's
engine rejects a position after one test per distinct first letter (see its note); the twins
are compiled with it.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the parser and compiler of CPython's `re` (3.11-3.13); without them `factored` compiles as is
    import _sre
    from re import _compiler as _re_compiler
    from re import _parser as _re_parser
    from re._constants import (
        ASSERT,
        ASSERT_NOT,
        AT,
        AT_BEGINNING,
        AT_BEGINNING_STRING,
        AT_BOUNDARY,
        ATOMIC_GROUP,
        BRANCH,
        CATEGORY,
        CATEGORY_WORD,
        GROUPREF,
        GROUPREF_EXISTS,
        IN,
        LITERAL,
        MAX_REPEAT,
        MIN_REPEAT,
        NEGATE,
        POSSESSIVE_REPEAT,
        SUBPATTERN,
        SUCCESS,
    )
except ImportError:  # pragma: no cover - another Python
    _re_parser = None

# ASCII, Polish letters, Latin-1 punctuation and symbols except the micro sign (which IGNORECASE
# folds with Greek mu), general punctuation, currency, arrows, box drawing, shapes and dingbats
_UNSAFE = re.compile(
    "[^\x00-\x7fąćęłńóśźżĄĆĘŁŃÓŚŹŻ\u00a0-\u00b4\u00b6-\u00bf\u00d7\u00f7"
    "\u2000-\u206f\u20a0-\u20cf\u2190-\u21ff\u2500-\u27bf]"
)
_LOWERED: dict[str, str | None] = {}


def lowered(text: str) -> str | None:
    """`text.lower()` when IGNORECASE matching on `text` equals plain matching on it, else None."""
    low = _LOWERED.get(text, False)
    if low is not False:
        return low
    if text.isascii() or not _UNSAFE.search(text):
        low = text.lower()
        if len(low) != len(text):  # pragma: no cover - excluded by _UNSAFE
            low = None
    else:
        low = None
    if len(_LOWERED) > 20_000:
        _LOWERED.clear()
    _LOWERED[text] = low
    return low


def lowers_like_ignorecase(text: str) -> bool:
    """Whether IGNORECASE matching on `text` (and on any part of it) equals plain matching on its
    lower-cased form."""
    return text.isascii() or not _UNSAFE.search(text)


def remember(text: str, low: str) -> None:
    """Record `low` as the lower-cased form of `text`, a part of a text for which
    `lowers_like_ignorecase` holds."""
    _LOWERED[text] = low


def forget() -> None:
    """Drop the lower-cased texts and the remembered searches (called per document: they hold
    the document's units)."""
    _LOWERED.clear()
    _SEARCHED.clear()


_SEARCHED: dict[tuple[int, str, tuple[int, ...]], Any] = {}


class Remembered:
    """A pattern whose `search` results are remembered per text (and position arguments) until
    `forget`: for cue patterns that several rules search on the same unit. A match is never
    changed by its users, so handing out the same one again is the same as searching again;
    every other method is the pattern's own."""

    def __init__(self, rx: Any):
        self.rx = rx

    def __getattr__(self, name: str) -> Any:
        return getattr(self.rx, name)

    def search(self, text: str, *args: int) -> Any:
        key = (id(self), text, args)
        try:
            return _SEARCHED[key]
        except KeyError:
            pass
        if len(_SEARCHED) > 20_000:
            _SEARCHED.clear()
        m = _SEARCHED[key] = self.rx.search(text, *args)
        return m


def remember_searches(namespace: dict[str, Any], *names: str) -> None:
    """Wrap the module patterns `names` in `Remembered` (call after `case_free_patterns`)."""
    for name in names:
        namespace[name] = Remembered(namespace[name])


_REPEATS = (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) if _re_parser is not None else ()
_DISTRIBUTE_AT_MOST = 64  # alternatives of an opening alternation spread over the rest


def _has_group(data: list) -> bool:
    """Whether a parsed sequence holds a capturing group or a reference to one."""
    for op, av in data:
        if op is GROUPREF or op is GROUPREF_EXISTS:
            return True
        if op is SUBPATTERN and (av[0] is not None or _has_group(av[3].data)):
            return True
        if op is BRANCH and any(_has_group(a.data) for a in av[1]):
            return True
        if op in _REPEATS and _has_group(av[2].data):
            return True
        if (op is ASSERT or op is ASSERT_NOT) and _has_group(av[1].data):
            return True
        if op is ATOMIC_GROUP and _has_group(av.data):
            return True
    return False


def _spread(state: Any, alts: list) -> list:
    """`(?:x|y)rest` as two alternatives `xrest|yrest` (rest without groups): tried in the same
    order, so the same first match, with the same groups. Likewise `\\b(?:x|y)rest` as
    `\\bxrest|\\byrest` (an anchor reads no character: it holds or fails at the position
    whichever alternative follows it), `[ab]rest` (a class of a few literal characters) as
    `arest|brest` (a character is one of them at most: at most one can match), and an optional
    opening `(?:x)?rest` as `xrest|rest` (the greedy repeat tries x first, then without it)."""
    out = []
    for a in alts:
        data = a.data
        lead: list = []
        if data and data[0][0] is AT and len(data) > 1:
            lead, data = [data[0]], data[1:]
        if (
            data
            and data[0][0] is BRANCH
            and len(data[0][1][1]) <= _DISTRIBUTE_AT_MOST
            and not _has_group(data[1:])
        ):
            rest = list(data[1:])
            inner = [
                _re_parser.SubPattern(state, lead + list(x.data) + rest) for x in data[0][1][1]
            ]
            out += _spread(state, inner)
        elif (
            data
            and data[0][0] is IN
            and 1 < len(data[0][1]) <= 8
            and all(op is LITERAL for op, _av in data[0][1])
            and not _has_group(data[1:])
        ):
            rest = list(data[1:])
            inner = [
                _re_parser.SubPattern(state, [*lead, (LITERAL, av), *rest])
                for _op, av in data[0][1]
            ]
            out += _spread(state, inner)
        elif (
            data
            and data[0][0] in (MAX_REPEAT, MIN_REPEAT)
            and data[0][1][:2] == (0, 1)
            and data[0][1][2].getwidth()[0] > 0
            and not _has_group(data)
        ):
            # `(?:x)?rest` as `xrest|rest` (greedy: x first; lazy `(?:x)??rest`: `rest|xrest`),
            # x never empty
            rest = list(data[1:])
            inner = [
                _re_parser.SubPattern(state, [*lead, *data[0][1][2].data, *rest]),
                _re_parser.SubPattern(state, [*lead, *rest]),
            ]
            spread = _spread(state, inner if data[0][0] is MAX_REPEAT else inner[::-1])
            # (a run of optional openings doubles at each: kept whole past a bound)
            out += spread if len(spread) <= _DISTRIBUTE_AT_MOST else [a]
        else:
            out.append(a)
    return out


def _first_letter(a: Any) -> tuple[int | None, bool]:
    """(the literal character an alternative opens with, whether it opens a capturing group
    first), or (None, False) when it opens otherwise."""
    if not a.data:
        return None, False
    op, av = a.data[0]
    if op is LITERAL:
        return av, False
    if op is SUBPATTERN and av[0] is not None and not av[1] and not av[2] and av[3].data:
        inner_op, inner_av = av[3].data[0]
        if inner_op is LITERAL:
            return inner_av, True
    return None, False


def _opening(state: Any, a: Any) -> tuple[int | None, str]:
    """(the character every match of an alternative opens with, how it opens: "lit" with the
    literal, "group" with a capturing group opening with it, "boundary" with `\\b` before it,
    a word character), or (None, "") when it opens otherwise."""
    key, in_group = _first_letter(a)
    if key is not None:
        return key, "group" if in_group else "lit"
    data = a.data
    if len(data) >= 2 and data[0] == (AT, AT_BOUNDARY) and data[1][0] is LITERAL:
        ch = chr(data[1][1])
        if (ch.isalnum() or ch == "_") and (ch.isascii() or not state.flags & re.ASCII):
            return data[1][1], "boundary"
    return None, ""


def _first_set(a: Any) -> frozenset[int] | None:
    """The characters a match of an alternative can open with (`_first_chars`), or None when
    they cannot be told as single characters or it can match empty (it may match anywhere)."""
    chars, empty = _first_chars(a.data)
    if chars is None or empty or not chars or any(op is not LITERAL for op, _av in chars):
        return None
    return frozenset(av for _op, av in chars)


def _not_after_word(state: Any) -> tuple:
    """`(?<!\\w\\w)`: after a word character c, what `\\b` said before it (no word character
    before c, or c is the text's first character: then the look-behind does not fit and holds)."""
    word = (IN, [(CATEGORY, CATEGORY_WORD)])
    return (ASSERT_NOT, (-1, _re_parser.SubPattern(state, [word, word])))


def _by_first_letter(state: Any, alts: list) -> list:
    """The alternatives of an alternation, those opening with the same character merged into one:
    `a(?:x|y)`; `\\b` before a word character c is read after it (`c(?<!\\w\\w)`, the same
    test); when one of them opens a group with that character, `(?=a)(?:(?P<g>ax)|ay)` (the
    group keeps its text).

    Exact: at a position the engine tries the alternatives in order and takes the first that
    leads to a match; an alternative whose first characters (`_first_set`) exclude the one there
    cannot match there, so two alternatives that cannot open with the same character may trade
    places. An alternative joins the last one opening with its character unless an alternative
    between them may open with that character too (or with any: an opening that cannot be told),
    so the alternatives that can match at any one position are tried in their original order."""
    items: list[list] = []  # [c, [(alternative, how it opens)]] or [None, alternative, first set]
    for a in _spread(state, alts):
        key, kind = _opening(state, a)
        if key is None:
            items.append([None, a, _first_set(a)])
            continue
        target = None
        for item in reversed(items):
            if item[0] == key:
                target = item
                break
            first = item[2] if item[0] is None else (item[0],)
            if first is None or key in first:
                break
        if target is None:
            items.append([key, [(a, kind)]])
        else:
            target[1].append((a, kind))
    out: list = []
    for item in items:
        if item[0] is None:
            out.append(item[1])
            continue
        key, same = item
        if len(same) == 1:
            out.append(same[0][0])
        elif any(kind == "group" for _a, kind in same):
            ahead = (ASSERT, (1, _re_parser.SubPattern(state, [(LITERAL, key)])))
            merged = [ahead, (BRANCH, (None, [a for a, _k in same]))]
            out.append(_re_parser.SubPattern(state, merged))
        else:
            rests = [
                _re_parser.SubPattern(
                    state, a.data[1:] if kind == "lit" else [_not_after_word(state), *a.data[2:]]
                )
                for a, kind in same
            ]
            merged = [(LITERAL, key), (BRANCH, (None, _by_first_letter(state, rests)))]
            out.append(_re_parser.SubPattern(state, merged))
    return out


def _factor(p: Any) -> Any:
    state, data = p.state, []
    for op, av in p.data:
        if op is BRANCH:
            av = (av[0], _by_first_letter(state, [_factor(a) for a in av[1]]))
        elif op is SUBPATTERN:
            if av[1] or av[2]:  # scoped flags: (?i:a) and (?i:A) open with different literals
                raise ValueError("scoped flags")
            av = (av[0], av[1], av[2], _factor(av[3]))
        elif op in _REPEATS:
            av = (av[0], av[1], _factor(av[2]))
        elif op is ASSERT or op is ASSERT_NOT:
            av = (av[0], _factor(av[1]))
        elif op is ATOMIC_GROUP:
            av = _factor(av)
        elif op is GROUPREF_EXISTS:
            av = (av[0], _factor(av[1]), None if av[2] is None else _factor(av[2]))
        data.append((op, av))
    return _re_parser.SubPattern(state, data)


def _first_chars(data: list) -> tuple[list | None, bool]:
    """(a character class, as `re`'s parser writes one, holding the first character of every
    match of the sequence, or None when it cannot be told; whether the sequence can match empty).
    Look-arounds and anchors read no character: they are passed over (the class may only hold
    too many characters, never too few)."""
    chars: list = []
    for op, av in data:
        if op is LITERAL:
            return [*chars, (LITERAL, av)], False
        if op is IN:
            if any(item[0] is NEGATE for item in av):
                return None, False
            return chars + list(av), False
        if op is CATEGORY:
            return [*chars, (CATEGORY, av)], False
        if op is AT or op is ASSERT or op is ASSERT_NOT:
            continue
        if op is BRANCH:
            empty = False
            for alt in av[1]:
                more, alt_empty = _first_chars(alt.data)
                if more is None:
                    return None, False
                chars += more
                empty = empty or alt_empty
            if not empty:
                return chars, False
            continue
        if op is SUBPATTERN or op is ATOMIC_GROUP or op in _REPEATS:
            inner = av[3] if op is SUBPATTERN else av if op is ATOMIC_GROUP else av[2]
            more, inner_empty = _first_chars(inner.data)
            if more is not None and op is SUBPATTERN and (av[1] or av[2]):
                more = _under_scoped_flags(more, av[1], av[2])
            if more is None:
                return None, False
            chars += more
            if not inner_empty and (op not in _REPEATS or av[0] > 0):
                return chars, False
            continue
        return None, False  # any character, a group reference, a conditional
    return chars, True


# the characters other than a letter's two ASCII cases that IGNORECASE matches it with (the
# engine's own equivalences; tests/test_extract_speed.py checks the table against it)
_IGNORECASE_EXTRA = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _under_scoped_flags(chars: list, add: int, remove: int) -> list | None:
    """The first characters `_first_chars` read inside a group with scoped flags, as the group
    matches them: under `(?i:...)` an ASCII letter stands for each character IGNORECASE matches
    it with, an uncased ASCII character for itself; any other character, class or category, and
    any flag other than IGNORECASE added, cannot be told (None)."""
    if remove or add & ~re.IGNORECASE:
        return None
    out: list = []
    for op, av in chars:
        if op is not LITERAL or av > 0x7F:
            return None
        ch = chr(av)
        if not ch.isalpha():
            out.append((LITERAL, av))
            continue
        low = ch.lower()
        for c in low + low.upper() + _IGNORECASE_EXTRA.get(low, ""):
            out.append((LITERAL, ord(c)))
    return out


def _code_with_first_chars(p: Any, flags: int) -> list:
    """`re`'s code for the parsed pattern `p`; when `re` finds no literal prefix nor a class of
    first characters for it (a pattern opening with a look-behind or a look-ahead, an alternation
    of other than literals), the class `_first_chars` tells goes into the code's info block: the
    engine then skips, in C, the positions where no match can start (it tries a match at every
    other position, in order, as before)."""
    flags = p.state.flags | flags
    lo, _hi = p.getwidth()
    opening = p.data[0] if p.data else (None, None)
    if opening[0] is AT and (
        opening[1] is AT_BEGINNING_STRING
        or (opening[1] is AT_BEGINNING and not flags & re.MULTILINE)
    ):
        # the engine tries a pattern opening with "^" (or "\A") at the start only: a class of
        # first characters would have it try every position that holds one
        return _re_compiler._code(p, flags)
    chars, empty = _first_chars(p.data)
    if (
        lo == 0
        or empty
        or not chars
        or _re_compiler._get_literal_prefix(p, flags)[0]
        or _re_compiler._get_charset_prefix(p, flags)
    ):
        return _re_compiler._code(p, flags)
    head = _re_parser.SubPattern(p.state, [(IN, chars), *list(p.data)])
    head.width = p.getwidth()  # the info block's widths are the pattern's own
    code: list = []
    _re_compiler._compile_info(code, head, flags)
    _re_compiler._compile(code, p.data, flags)
    code.append(SUCCESS)
    return code


def factored(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, the same matches, with every alternation rearranged for
    Python's engine, which tries an alternation's branches one by one at every position (one
    cheap test each for a branch that opens with a literal, a descent into one that opens with
    another alternation) and skips ahead to a possible first character only when every branch
    opens with a literal:

    - an alternative opening with an alternation and followed by no group is spread over its
      rest: `(?:x|y)z` -> `xz|yz` (the same attempts in the same order);
    - alternatives opening with the same literal character within a run of literal-opening ones
      are merged: `ab|cd|ae` -> `a(?:b|e)|cd`. At a given position only the alternatives opening
      with its character can match, in their original order, which the merge keeps;
    - a pattern whose first characters `re` cannot tell (one opening with a look-behind) gets
      them from `_first_chars`, so the engine skips the other positions; a pattern with scoped
      flags (`(?i:...)`) is not rearranged but gets its first characters too (an ASCII letter
      under `(?i:...)` counted with every character IGNORECASE matches it with).

    Exact for patterns without IGNORECASE or LOCALE (those compile as they are).
    The pattern keeps its text (`.pattern`), groups and flags."""
    if (
        _re_parser is None
        or flags & (re.IGNORECASE | re.LOCALE)
        or not isinstance(pattern, str)
        or ("|" not in pattern and not pattern.startswith("(?"))  # re does as well for these
    ):
        return re.compile(pattern, flags)
    try:
        try:
            p = _factor(_re_parser.parse(pattern, flags))
        except ValueError:  # scoped flags: not rearranged, but given its first characters
            p = _re_parser.parse(pattern, flags)
        code = _code_with_first_chars(p, flags)
    except (ValueError, RecursionError, AttributeError):
        return re.compile(pattern, flags)
    groupindex = p.state.groupdict
    indexgroup: list[str | None] = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return _sre.compile(
        pattern, flags | p.state.flags, code, p.state.groups - 1, groupindex, tuple(indexgroup)
    )


class _Match:
    """A match found in the lower-cased text, reporting the original text."""

    __slots__ = ("_m", "string")

    def __init__(self, m: re.Match[str], string: str):
        self._m = m
        self.string = string

    def group(self, *groups: int | str) -> Any:
        if len(groups) > 1:
            return tuple(self.group(g) for g in groups)
        s, e = self._m.span(groups[0] if groups else 0)
        return None if s < 0 else self.string[s:e]

    def __getitem__(self, g: int | str) -> str | None:
        return self.group(g)

    def groups(self, default: Any = None) -> tuple[Any, ...]:
        text = self.string
        return tuple(default if s < 0 else text[s:e] for s, e in self._m.regs[1:])

    def groupdict(self, default: Any = None) -> dict[str, Any]:
        regs, text = self._m.regs, self.string
        return {
            name: default if regs[i][0] < 0 else text[regs[i][0] : regs[i][1]]
            for name, i in self._m.re.groupindex.items()
        }

    def start(self, g: int | str = 0) -> int:
        return self._m.start(g)

    def end(self, g: int | str = 0) -> int:
        return self._m.end(g)

    def span(self, g: int | str = 0) -> tuple[int, int]:
        return self._m.span(g)

    @property
    def lastgroup(self) -> str | None:
        return self._m.lastgroup

    @property
    def lastindex(self) -> int | None:
        return self._m.lastindex

    @property
    def pos(self) -> int:
        return self._m.pos

    @property
    def endpos(self) -> int:
        return self._m.endpos

    def __bool__(self) -> bool:
        return True


# a character given by its code or a back-reference ("\x41" is "A"): left to the original pattern
_CODED_CHAR = re.compile(r"\\[xuUN0-9]")


def lower_literals(pattern: str) -> str | None:
    """`pattern` with its upper-case literal letters lower-cased (the same pattern under
    IGNORECASE), or None when an upper-case letter stands inside a character class that does
    not hold its lower-case twin too ("[A-z]" is not "[a-z]"; "[KkMm]" is kept as it is, see
    `_case_closed`), a character is given by its code ("\\x41") or the pattern has scoped flags.

    >>> lower_literals("programmes?(?: (LAPs?))?(?P<Name>x)")
    'programmes?(?: (laps?))?(?P<Name>x)'
    >>> lower_literals("[A-Z]x") is None
    True
    >>> lower_literals("[KkMm]X")
    '[KkMm]x'
    """
    if "(?-" in pattern or _CODED_CHAR.search(pattern):
        return None
    out: list[str] = []
    i, n, in_class = 0, len(pattern), False
    class_start, upper_in_class = 0, False
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if not in_class and pattern.startswith(("(?P<", "(?P="), i):
            j = pattern.find(">" if pattern[i + 3] == "<" else ")", i)
            out.append(pattern[i : j + 1])
            i = j + 1
            continue
        if in_class:
            if ch == "]":
                in_class = False
                if upper_in_class and not _case_closed(pattern[class_start:i]):
                    return None
            elif ch.isupper():
                upper_in_class = True
        elif ch == "[":
            in_class = True
            upper_in_class = False
            out.append(ch)
            i += 1
            if i < n and pattern[i] == "^":
                out.append("^")
                i += 1
            class_start = i
            if i < n and pattern[i] == "]":  # a "]" first in a class is a literal
                out.append("]")
                i += 1
            continue
        out.append(ch.lower() if ch.isupper() and not in_class else ch)
        i += 1
    return "".join(out)


_CATEGORY_ESCAPES = frozenset("wWdDsS")  # (closed under case: the same with or without it)
_CONTROL_ESCAPES = frozenset("ntrfva")
_PLAIN_CASED = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZąćęłńóśźżĄĆĘŁŃÓŚŹŻ")


def _case_closed(body: str) -> bool:
    """Whether a character class (its text between "[" or "[^" and "]") matches the same
    characters of a text `lowered` accepts under IGNORECASE as it does, without the flag, on
    their lower-cased forms: every upper-case letter it holds (alone or in a range) has its
    lower-case letter in it as well, and it holds no character whose case partner is a plain
    letter from elsewhere (the Kelvin sign, the long s, the dotless i). Then the lower-case form
    of a letter is in the class exactly when the letter or its partner is, which is what
    IGNORECASE asks; a negated class is negated the same way.

    >>> _case_closed("KkMm"), _case_closed("MG"), _case_closed("A-Za-z"), _case_closed("A-Z")
    (True, False, True, False)
    """
    chars: set[str] = set()
    tokens: list[tuple[str, str]] = []  # ("lit", c), ("esc", c) or ("cat", "")
    i, n = 0, len(body)
    while i < n:
        ch = body[i]
        if ch == "\\":
            if i + 1 >= n:
                return False
            nxt = body[i + 1]
            if nxt in _CATEGORY_ESCAPES or nxt in _CONTROL_ESCAPES:
                tokens.append(("cat", ""))
            elif nxt.isalnum():
                return False  # another escape: not read here
            else:
                tokens.append(("esc", nxt))
            i += 2
            continue
        if ch == "[" and i + 1 < n and body[i + 1] in ":=.":
            return False  # (a POSIX-like class: not read here)
        tokens.append(("lit", ch))
        i += 1
    k = 0
    while k < len(tokens):
        kind, ch = tokens[k]
        if (
            kind != "cat"
            and k + 2 < len(tokens)
            and tokens[k + 1] == ("lit", "-")
            and tokens[k + 2][0] != "cat"
        ):
            lo, hi = ord(ch), ord(tokens[k + 2][1])
            if hi < lo or hi - lo > 0x3000:
                return False
            chars.update(chr(c) for c in range(lo, hi + 1))
            k += 3
            continue
        if kind != "cat":
            chars.add(ch)
        k += 1
    for c in chars:
        if c in _PLAIN_CASED:
            if c != c.lower() and c.lower() not in chars:
                return False
        elif any(v in _PLAIN_CASED for v in (c.lower(), c.upper(), c.casefold())):
            return False  # "K" (Kelvin), "ſ", "ı", "İ": partners of plain letters
    return True


def _scoped_case_sensitive_in_negation(data: list, scoped: bool, negated: bool) -> bool:
    """Whether a parsed sequence holds a group with IGNORECASE turned off inside a negative
    look-around, or a negative look-around inside such a group (`scoped`, `negated`: whether the
    sequence itself stands inside one)."""
    for op, av in data:
        if op is GROUPREF_EXISTS:
            more = [av[1]] if av[2] is None else [av[1], av[2]]
            if any(_scoped_case_sensitive_in_negation(b.data, scoped, negated) for b in more):
                return True
        elif op is SUBPATTERN:
            inner = scoped or bool(av[2] & re.IGNORECASE)
            if (inner and negated) or _scoped_case_sensitive_in_negation(
                av[3].data, inner, negated
            ):
                return True
        elif op is BRANCH:
            if any(_scoped_case_sensitive_in_negation(a.data, scoped, negated) for a in av[1]):
                return True
        elif op in _REPEATS:
            if _scoped_case_sensitive_in_negation(av[2].data, scoped, negated):
                return True
        elif op is ASSERT or op is ASSERT_NOT:
            inner = negated or op is ASSERT_NOT
            if (inner and scoped) or _scoped_case_sensitive_in_negation(av[1].data, scoped, inner):
                return True
        elif op is ATOMIC_GROUP:
            if _scoped_case_sensitive_in_negation(av.data, scoped, negated):
                return True
    return False


def gate_pattern(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """For an IGNORECASE pattern whose only obstacle to a case-free twin is a group matched with
    case kept (`(?-i:UP)`, `(?-i:K|F|W)`): the pattern with those groups made case-free too,
    literals lower-cased, compiled without IGNORECASE (`factored`), to be run on the lower-cased
    text as a no-match test; None when there is no such gate.

    Exact as a test: on a text `lowered` accepts, every part of the pattern outside the groups
    matches a stretch of the text exactly where its lower-cased twin matches the same stretch of
    the lower-cased text (the module's note), and a case-kept group's match ("UP") lower-cases
    to a match of its lower-cased twin ("up"). So wherever the pattern matches the text, the gate
    matches the lower-cased text at the same place, along the same path (the same groups: a
    reference back to one compares their lower-cased texts, which are equal where the original
    ones are equal, with or without case), provided no such group stands inside a negative
    look-around (matching more there would forbid more): then `search`, `match` and `fullmatch`
    of the gate finding nothing mean that `rx` finds nothing. Where the gate does find
    something, `rx` itself runs on the original text."""
    pattern = rx.pattern
    if _re_parser is None or "(?-i:" not in pattern:
        return None
    relaxed = pattern.replace("(?-i:", "(?:")
    low = lower_literals(relaxed)
    if low is None:
        return None
    try:
        parsed = _re_parser.parse(pattern, rx.flags)
    except re.error:  # pragma: no cover - rx compiled
        return None
    if _scoped_case_sensitive_in_negation(parsed.data, False, False):
        return None
    try:
        return factored(low, rx.flags & ~re.I)
    except re.error:  # pragma: no cover - the same pattern without scoped flags
        return None


class CaseFree:
    """`rx` (an IGNORECASE pattern) with search/match/fullmatch/finditer (and sub's no-match
    test) run on lower-cased text where that gives the same matches; other methods are `rx`'s
    own."""

    def __init__(self, rx: re.Pattern[str]):
        if not isinstance(rx.pattern, str) or not rx.flags & re.IGNORECASE:
            raise ValueError(f"not a case-insensitive pattern: {rx.pattern[:60]!r}")
        self.rx = rx
        low = lower_literals(rx.pattern)
        self.twin = factored(low, rx.flags & ~re.I) if low is not None else None
        self.gate = None if self.twin is not None else gate_pattern(rx)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.rx, name)

    def search(self, text: str, *args: int) -> _Match | re.Match[str] | None:
        twin = self.twin
        if twin is not None:
            low = _LOWERED.get(text, False)  # (lowered(), without a call when already known)
            if low is False:
                low = lowered(text)
            if low is not None:
                m = twin.search(low, *args)
                return None if m is None else _Match(m, text)
        elif self.gate is not None and self._gate_says_no("search", text, args):
            return None
        return self.rx.search(text, *args)

    def match(self, text: str, *args: int) -> _Match | re.Match[str] | None:
        twin = self.twin
        if twin is not None:
            low = _LOWERED.get(text, False)  # (lowered(), without a call when already known)
            if low is False:
                low = lowered(text)
            if low is not None:
                m = twin.match(low, *args)
                return None if m is None else _Match(m, text)
        elif self.gate is not None and self._gate_says_no("match", text, args):
            return None
        return self.rx.match(text, *args)

    def fullmatch(self, text: str, *args: int) -> _Match | re.Match[str] | None:
        twin = self.twin
        if twin is not None:
            low = _LOWERED.get(text, False)  # (lowered(), without a call when already known)
            if low is False:
                low = lowered(text)
            if low is not None:
                m = twin.fullmatch(low, *args)
                return None if m is None else _Match(m, text)
        elif self.gate is not None and self._gate_says_no("fullmatch", text, args):
            return None
        return self.rx.fullmatch(text, *args)

    def _gate_says_no(self, how: str, text: str, args: tuple[int, ...]) -> bool:
        """Whether the gate (`gate_pattern`: every match of `rx` on a text is one of the gate's
        on the lower-cased text, at the same place) finds nothing `how` asks on the lower-cased
        text: then `rx` finds nothing either."""
        low = _LOWERED.get(text, False)
        if low is False:
            low = lowered(text)
        return low is not None and getattr(self.gate, how)(low, *args) is None

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        """`rx.sub`, with the text handed back as it is when the twin finds nothing in its
        lower-cased form (no match there is no match of `rx`: the same answer, without the slow
        case-folding scan); a text with a match is replaced by `rx` itself."""
        twin = self.twin
        if twin is not None:
            low = _LOWERED.get(text, False)  # (lowered(), without a call when already known)
            if low is False:
                low = lowered(text)
            if low is not None and twin.search(low) is None:
                return text
        elif self.gate is not None and self._gate_says_no("search", text, ()):
            return text
        return self.rx.sub(repl, text, count)

    def finditer(self, text: str, *args: int):
        twin = self.twin
        low = None
        if twin is not None:
            low = _LOWERED.get(text, False)
            if low is False:
                low = lowered(text)
        if low is None:
            if self.gate is None or not self._gate_says_no("search", text, args):
                yield from self.rx.finditer(text, *args)
            return
        for m in twin.finditer(low, *args):
            yield _Match(m, text)


def case_free_patterns(namespace: dict[str, Any]) -> None:
    """Wrap every case-insensitive str pattern among a module's globals in `CaseFree`, and compile
    every other str pattern again with `factored` (call at the end of the module: functions look
    their patterns up at call time)."""
    for name, value in list(namespace.items()):
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            namespace[name] = _case_free(value)


def _case_free(value: Any) -> Any:
    if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
        if value.flags & re.I:
            return CaseFree(value)
        if "|" not in value.pattern and not value.pattern.startswith("(?"):
            return value  # nothing `factored` would change
        return factored(value.pattern, value.flags)
    if type(value) is tuple:  # (a named tuple keeps its type: returned as it is)
        return tuple(_case_free(v) for v in value)
    if type(value) is dict:  # a family's patterns by name: the same keys, each made case-free
        return {k: _case_free(v) for k, v in value.items()}
    return value


def case_free_results(fn: Any) -> Any:
    """Decorator for a function that builds patterns (under `functools.cache`, which must stay the
    outer decorator so the wrapping happens once): every case-insensitive str pattern it returns,
    alone or in a plain tuple or dict, comes back as `CaseFree` (the same matches, see the
    module's note), every other str pattern compiled with `factored`."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return _case_free(fn(*args, **kwargs))

    wrapper.__name__ = getattr(fn, "__name__", "wrapper")
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    wrapper._case_free = True  # type: ignore[attr-defined]
    return wrapper


def case_free_functions(namespace: dict[str, Any]) -> None:
    """Give every pattern-building function of a module what `case_free_results` gives: each
    function defined in the module, without parameters and under `functools.cache` /
    `lru_cache`, not yet so decorated, is replaced by the same cache over `case_free_results` of
    its body (call at the end of the module, beside `case_free_patterns`: functions look each
    other up at call time). A case-insensitive pattern it returns, alone or in a plain tuple or
    dict, comes back as `CaseFree` (the same matches, see the module's note) instead of running
    with IGNORECASE at every position of every text; any other value comes back as it is (a
    pattern without IGNORECASE compiled with `factored`: the same matches). Without parameters,
    each body still runs once."""
    import functools
    import inspect

    module = namespace.get("__name__")
    for name, value in list(namespace.items()):
        if not isinstance(value, functools._lru_cache_wrapper):
            continue
        fn = getattr(value, "__wrapped__", None)
        if (
            fn is None
            or getattr(fn, "_case_free", False)
            or getattr(fn, "__module__", None) != module
        ):
            continue
        try:
            if inspect.signature(fn).parameters:
                continue
        except (TypeError, ValueError):  # pragma: no cover - a builtin
            continue
        params = value.cache_parameters()
        inner = case_free_results(fn)
        inner.__module__, inner.__qualname__ = fn.__module__, fn.__qualname__
        namespace[name] = functools.lru_cache(maxsize=params["maxsize"], typed=params["typed"])(
            inner
        )
