"""The document's candidate index: where each cue occurs, found once per document.

Every field family used to walk every unit with its own pre-check (a year, a digit, the stems of
its cue words) before running its patterns there. `index(doc)` joins the document's units once
per form (the original text, lower-cased, lower-cased with Polish letters folded), separated by
NUL, and finds each cue class with one search over the whole document; a family asks which units
hold its cue and skips the others (or the whole document). Label/value rows are likewise cut once
and a label's role is decided once per distinct label (`label_is`).

Exactness. A gate may only stand where the family's own test provably fails, so every cue class
asked here answers exactly the per-unit question it replaces:

- `units_with(stems, form)`: the units in whose `form` some stem occurs as a substring: the same
  as `any(s in part for s in stems)`. The stems are literals without NUL, so a match never spans
  two units; their alternation (`fastre.factored`) is searched for, resumed at the next unit
  after a hit: it matches exactly where a stem occurs, so the first match at or after a unit's
  start lies in the first unit (from there) that holds a stem.
- `units_matching(rx, form)`: the units where `rx.search(part)` succeeds, for a pattern whose
  every match is a run of characters none of which is NUL and which holds no anchor or lookaround
  that reads past the unit (the caller says so at the gate: `(?:19|20)\\d\\d`, `\\d`, a stem
  alternation; `\\b` is allowed because NUL is not a word character, as the ends of a string are
  not).
- a unit that itself holds NUL (never in cleaned text, but cheap to rule out) turns the joined
  search off for the document: each unit is then tested on its own, as before.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from .fastre import factored

_SEP = "\x00"


class Index:
    """Per-document cue sets, computed on first request and kept for the document."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self._joined: dict[str, tuple[str, list[int]] | None] = {}
        self._sets: dict[tuple[str, Any], frozenset[int]] = {}
        self._hits: dict[tuple[str, Any], list[int]] = {}
        self._label_rows: list[tuple[Any, tuple[str, int] | None, str | None]] | None = None

    def _parts(self, form: str) -> list[str]:
        if form == "text":
            return [u.text for u in self.doc.units]
        if form == "lower":
            return self.doc.lower
        if form == "plain":
            return self.doc.plain()
        raise ValueError(f"unknown form {form!r}")

    def _joined_form(self, form: str) -> tuple[str, list[int]] | None:
        if form not in self._joined:
            parts = self._parts(form)
            starts, pos = [], 0
            for p in parts:
                starts.append(pos)
                pos += len(p) + 1
            joined = _SEP.join(parts)
            self._joined[form] = None if joined.count(_SEP) != len(parts) - 1 else (joined, starts)
        return self._joined[form]

    def units_matching(self, rx: Any, form: str = "text") -> frozenset[int]:
        """The indices of the units whose `form` `rx` finds something in (see the module note for
        which patterns may be asked)."""
        key = (form, rx)
        found = self._sets.get(key)
        if found is not None:
            return found
        joined = self._joined_form(form)
        hits: set[int] = set()
        if joined is None:
            hits = {i for i, p in enumerate(self._parts(form)) if rx.search(p)}
        else:
            text, starts = joined
            n, pos, end = len(starts), 0, len(text)
            while pos <= end:
                m = rx.search(text, pos)
                if m is None:
                    break
                k = bisect_right(starts, m.start()) - 1
                hits.add(k)
                if k + 1 >= n:
                    break
                pos = starts[k + 1]
        found = self._sets[key] = frozenset(hits)
        return found

    def units_with(self, stems: tuple[str, ...], form: str = "plain") -> frozenset[int]:
        """The indices of the units whose `form` holds one of the literal `stems` (one search of
        the stems' alternation over the joined text, resumed at the next unit after each hit)."""
        key = (form, stems)
        found = self._sets.get(key)
        if found is not None:
            return found
        if self._joined_form(form) is None:
            parts = self._parts(form)
            found = frozenset(i for i, p in enumerate(parts) if any(s in p for s in stems))
        elif not stems:
            found = frozenset()
        else:  # one search of the stems' alternation: the same units (see the module note)
            found = self.units_matching(_stems_pattern(stems), form)
        self._sets[key] = found
        return found

    def candidates(self, stems: tuple[str, ...], upto: int, form: str = "plain") -> list[Any]:
        """The units (of the first `upto`) whose `form` holds one of the `stems`, in order: what a
        family's walk over every unit with `_any_in(part, stems)` as its first test reaches."""
        hits = self.units_with(stems, form)
        units = self.doc.units
        return [units[i] for i in sorted(hits) if i < upto]

    def match_units(self, rx: Any, form: str = "text") -> list[int]:
        """The unit index of every match of `rx` over the units, in order: what
        `[len(rx.findall(p)) for p in parts]` counts (same conditions as `units_matching`)."""
        key = (form, rx)
        found = self._hits.get(key)
        if found is not None:
            return found
        joined = self._joined_form(form)
        if joined is None:
            found = [i for i, p in enumerate(self._parts(form)) for _ in rx.finditer(p)]
        else:
            text, starts = joined
            found = [bisect_right(starts, m.start()) - 1 for m in rx.finditer(text)]
        self._hits[key] = found
        return found

    def label_rows(self) -> list[tuple[Any, tuple[str, int] | None, str | None]]:
        """(unit, label_value, label key) of every unit that can carry a labelled value: not a
        list item, and either split into label and value, or short and on one line (a bare
        label). The key is the label part as the label patterns read it."""
        if self._label_rows is None:
            rows = []
            for u, lv in zip(self.doc.units, self.doc.label_values()):
                if u.is_item:
                    continue
                if lv is None:
                    if len(u.text) <= 160 and "\n" not in u.text:
                        rows.append((u, None, None))
                    continue
                rows.append((u, lv, lv[0].strip(" *#").rstrip(":")))
            self._label_rows = rows
        return self._label_rows


_STEMS_PATTERNS: dict[tuple[str, ...], Any] = {}


def _stems_pattern(stems: tuple[str, ...]) -> Any:
    """The alternation of the literal `stems`, compiled with `fastre.factored` (the engine skips
    to a possible first letter and tries only the stems that open with it): it matches at a
    position exactly where one of the stems occurs, so its first match from a unit's start lies
    in the first unit from there that holds a stem. One search of it over the joined text costs
    about half of one `str.find` per stem (145 trigger stems)."""
    rx = _STEMS_PATTERNS.get(stems)
    if rx is None:
        if len(_STEMS_PATTERNS) > 1_000:
            _STEMS_PATTERNS.clear()
        rx = _STEMS_PATTERNS[stems] = factored("|".join(re.escape(s) for s in stems))
    return rx


def index(doc: Any) -> Index:
    """The document's index (built on first use, kept on the document)."""
    ix = doc._scan
    if ix is None:
        ix = doc._scan = Index(doc)
    return ix


_LABELS: dict[tuple[Any, str], bool] = {}


def label_is(field_name: str, key: str, rx: Any) -> bool:
    """Whether the label `key` is one of `field_name`'s labels, `rx` being that field's label
    pattern: decided once per pattern and distinct label (the memo is keyed by the pattern
    object, so a pattern built anew, from a changed vocabulary, is asked anew)."""
    k = (rx, key)
    found = _LABELS.get(k)
    if found is None:
        if len(_LABELS) > 50_000:
            _LABELS.clear()
        found = _LABELS[k] = rx.match(key) is not None
    return found
