"""Assemble one extraction record (../contracts/extraction-record.schema.json) from a document."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import re
import signal
import threading
from contextvars import ContextVar
from decimal import Decimal
from pathlib import Path
from typing import Any

from integra.settings import (
    DEFAULT_EXTRACT_TIME_LIMIT,
    EXTRACT_WALL_LIMIT_FACTOR,
    SettingsError,
    settings,
)

from . import dates, fastre, numbers, roles, rules
from .inflect import to_nominative
from .instrument_candidates import extract_instruments
from .instruments import forget as forget_instruments
from .reading import Rejected, read_document
from .text import Unit, clean_text, compact, segment

EXTRACTOR_VERSION = "1.0.0"

from .fields import FIELDS, SCALAR_FIELDS  # noqa: E402, F401 - re-exported

# Facts that make a text a project description; without any, it is rejected.
_PROJECT_FACTS = (
    "programme",
    "priority_axis",
    "measure",
    "total_cost_pln",
    "eu_cofinancing_pln",
    "own_contribution_pln",
    "start_date",
    "participants_planned",
    "participants_actual",
    "title",
    # who runs it and what kind of project it is: a short news item or a county page may name
    # only these, and is still about a project (the record keeps its town and its body)
    "implementer",
    "project_type",
)
_NEEDS_A_PROJECT_WORD = frozenset({"implementer", "project_type"})
_SPEAKS_OF_A_PROJECT = re.compile(r"\b(?:projekt|project)", re.IGNORECASE)


# EU money said of the page's subject: "współfinansowanego ze środków Unii Europejskiej", "za unijne
# pieniądze", "środki z Europejskiego Funduszu Społecznego", "projekt systemowy", "PROJEKT UNIJNY „X”"
_EU_PROJECT = re.compile(
    r"(?:środk\w*|fundusz\w*|pieniądz\w*|pieniędzy|dofinansowan\w*|współfinansowan\w*|dotacj\w*)"
    r"\s+(?:\w+\s+){0,3}?(?:unijn\w*|z\s+UE\b|Unii\s+Europejskiej|EFS\+?|Europejskiego\s+Funduszu)"
    r"|\bunijn\w*\s+(?:pieniądz\w*|pieniędzy|środk\w*|fundusz\w*|dofinansowani\w*)"
    r"|\bprojek\w*\s+(?:systemow|konkursow|pozakonkursow|unijn)\w*"
    r"|\b(?:co-?financed|funded)\s+(?:by|from)\s+(?:the\s+)?(?:EU|European)",
    re.IGNORECASE,
)


def _eu_project_named(text: str, rec: dict[str, Any]) -> bool:
    """A news item or a resolution that names an EU-funded project and who runs it or where
    (an implementer, a town, a title or instruments), without its budget, dates or counts: a
    record with what it does state, not a rejection."""
    said = any(rec.get(k) for k in ("implementer", "city", "title", "instruments", "project_type"))
    return said and _EU_PROJECT.search(text) is not None


def empty_record(source_file: str, sha256: str) -> dict[str, Any]:
    rec: dict[str, Any] = {k: None for k in FIELDS}
    rec.update(
        source_file=source_file,
        sha256=sha256,
        status="ok",
        problems=[],
        participants_planned_breakdown={},
        instruments=[],
        evidence={},
    )
    return rec


def rejected_record(source_file: str, sha256: str, reason: str) -> dict[str, Any]:
    rec = empty_record(source_file, sha256)
    rec["status"] = "rejected"
    rec["problems"] = [reason]
    return rec


# a debug hook (benchmarks/name_shapes.py): set to a dict, extract_text fills it with the rule that
# produced each field's value ({field: source}, `rules.Found.source`); never part of the record
PROVENANCE: ContextVar[dict[str, str] | None] = ContextVar("PROVENANCE", default=None)


def _evidence(u: Unit) -> dict[str, Any]:
    return {"text": compact(u.text), "start": u.start, "end": u.end}


def extract_text(
    text: str, source_file: str = "<text>", sha256: str | None = None, page_title: str = ""
) -> tuple[dict[str, Any], str]:
    """Extract the record from decoded text; returns (record, cleaned text). `page_title` is an
    HTML page's <title>, evidence for the title rule."""
    # per-document memos start empty (what they hold is this document's text)
    fastre.forget()
    dates.forget()
    numbers.forget()
    roles.forget()
    forget_instruments()
    cleaned = clean_text(text)
    if sha256 is None:
        sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    rec = empty_record(source_file, sha256)
    if not cleaned:
        return rejected_record(
            source_file, sha256, "no text: the document is empty after cleaning"
        ), cleaned
    doc = rules.Doc(cleaned, segment(cleaned, rules.is_field_label), page_title=page_title)
    found: dict[str, rules.Found] = {}
    found.update(rules.extract_title(doc))
    found.update(rules.extract_implementer(doc))
    found.update(rules.extract_programme(doc))
    found.update(rules.extract_codes(doc))
    found.update(rules.extract_project_type(doc))
    doc.main = roles.Context(
        title=found["title"].value if "title" in found else None,
        place=roles.place_of(found["implementer"].value if "implementer" in found else None),
        text=doc.text,
    )
    found.update(rules.extract_budget(doc))
    found.update(rules.extract_dates(doc))
    found.update(rules.extract_participants(doc))
    found.update(rules.extract_effectiveness(doc))
    found.update(_place(doc, found))
    trace = PROVENANCE.get()
    if trace is not None:
        trace.update({k: f.source for k, f in found.items()})
        trace.update({f"{k}#priority": str(f.priority) for k, f in found.items()})

    evidence: dict[str, Any] = {}
    for key, f in found.items():
        value = f.value
        if isinstance(value, Decimal):
            value = float(value)  # JSON numbers: PLN with grosze as decimals
        rec[key] = value
        evidence[key] = _evidence(f.unit)

    breakdown, b_units = rules.extract_breakdown(
        doc, found.get("participants_planned"), found.get("participants_actual")
    )
    rec["participants_planned_breakdown"] = breakdown
    for label, u in b_units.items():
        evidence[f"participants_planned_breakdown[{label}]"] = _evidence(u)
    instruments, i_units = extract_instruments(doc)
    rec["instruments"] = instruments
    for i, u in enumerate(i_units):
        evidence[f"instruments[{i}]"] = _evidence(u)
    rec["evidence"] = evidence
    rec["problems"] = list(dict.fromkeys(doc.problems + _consistency(rec)))

    # a page heading alone (a weak title guess) does not make a text a project description
    weak_title = "title" in found and found["title"].priority < 2
    # an institution's name alone (a masthead) is no project: who runs it counts only where the
    # text speaks of a project
    about_a_project = _SPEAKS_OF_A_PROJECT.search(doc.text) is not None
    if (
        not any(
            rec[k] is not None
            for k in _PROJECT_FACTS
            if not (k == "title" and weak_title)
            and (about_a_project or k not in _NEEDS_A_PROJECT_WORD)
        )
        and not breakdown
        and not _eu_project_named(cleaned, rec)
    ):
        rejected = rejected_record(
            source_file,
            sha256,
            "no project facts found (no programme, budget, dates, participants or implementer)",
        )
        rejected["problems"] += rec["problems"]
        return rejected, cleaned
    return rec, cleaned


# an association's town of origin at its name's end ("Stowarzyszenie X z Sejn")
_ORIGIN_PLACE = re.compile(
    r"\s(?:z|ze)\s+[A-ZŁŚŻŹĆ][\w-]+$"
    # an association's or foundation's seat ("Stowarzyszenie X w Bydgoszczy"): where it is, not
    # always where its project runs
    r"|^(?:Stowarzyszenie|Fundacja|Towarzystwo|Federacja)\s.*\s(?:w|we)\s+[A-ZŁŚŻŹĆ][\w-]+$"
)
# "… w Kobylnicy", and an association's "… z Sejn" (the genitive, geographic_lemma reads both)
_IMPLEMENTER_PLACE = re.compile(r"\b(?:w|we|z|ze)\s+([A-ZŁŚŻŹĆ][\w-]+)$")
# "… w Wierzbicy Górnej": a place's noun and its adjective in the locative (rules._LOCATIVE_ADJECTIVE)
_IMPLEMENTER_TWO_WORD_PLACE = re.compile(
    r"\b(?:w|we)\s+((?!Gminie\b|Mieście\b)[A-ZŁŚŻŹĆ][\w-]+\s+"
    + rules.LOCATIVE_ADJECTIVE.pattern
    + r")$"
)


def _place(doc: rules.Doc, found: dict[str, rules.Found]) -> dict[str, rules.Found]:
    """The project's town: the implementer's town first, else the most mentioned town."""
    import bisect

    from .places import (
        county_place,
        district_city,
        find_places,
        find_towns,
        geographic_lemma,
        is_regional_leader,
        locative_places,
        page_owner_place,
        page_voivodeship,
        place_voivodeship,
        place_voivodeships,
        region_named_voivodeship,
        seat_of_a_body,
    )

    out: dict[str, rules.Found] = {}
    if not doc.units:  # nothing to point evidence at
        return out
    impl = found.get("implementer")
    starts = [u.start for u in doc.units]
    unit_of: dict[str, Unit] = {}
    mentions = []
    for t in find_towns(doc.text):  # one pass over the whole text, mapped back to units
        i = bisect.bisect_right(starts, t.start) - 1
        if i < 0 or t.end > doc.units[i].end:
            continue  # between units (a heading joined to its value still contains it)
        u = doc.units[i]
        unit_of.setdefault(t.city, u)
        if doc.is_foreign(u):
            continue  # a "Czytaj także:" list's item, a predecessor's paragraph: not this project's
        mentions.append((t, u))
    city = None
    if impl is not None:
        # the implementer as the page writes it, with the rest of its line: a two-word place the
        # implementer's value may have cut ("… w Drawsku" of "… w Drawsku Pomorskim")
        named = _implementer_in_text(impl.unit.text, impl.value)
        if named == impl.value:
            named = _implementer_in_text(doc.text, impl.value)
        towns = [t for t in find_towns(named) if t.start < len(impl.value)]
        district = None if towns else district_city(named)
        if district:  # "OPS Dzielnicy Bemowo": Warszawa
            towns = [t for t in find_towns(district) if t.city == district]
        # else a small town or gmina: "GOPS w Przerośli"
        strong = [p for p in find_places(named) if p.start < len(impl.value)]
        if towns and strong and _longer_place(strong[0], towns[0]):
            # "… w Głogowie Małopolskim": the small town whose name holds the big one's
            towns = []
        strong = [] if towns else strong
        if towns:
            city = _longer_town_named(towns[0].city, doc.text)
            out["city"] = rules.Found(city, unit_of.get(city, impl.unit), 0, "impl_town")
        elif strong:
            city = strong[0].name
            out["city"] = rules.Found(city, impl.unit, 0, "impl_place")
        elif (two := _IMPLEMENTER_TWO_WORD_PLACE.search(impl.value)) and (
            phrase := to_nominative(two.group(1), "loc")
        ):
            # a place of two words outside the gazetteer, its adjective agreeing in the locative:
            # "GOPS w Wierzbicy Górnej" -> Wierzbica Górna
            city = phrase.text
            out["city"] = rules.Found(city, impl.unit, 0, "impl_locative")
        else:  # a place outside the gazetteer: "GOPS w Kobylnicy" -> Kobylnica
            m = _IMPLEMENTER_PLACE.search(impl.value)
            name = (
                (
                    geographic_lemma(m.group(1))
                    or _plain_letters_town(m.group(1))
                    or _town_from_locative(m.group(1), doc.text)
                )
                if m
                else None
            )
            if name:
                city = name
                out["city"] = rules.Found(city, impl.unit, 0, "impl_locative")
    if city is not None and out["city"].source.startswith("impl_"):
        # the implementer's town as read from its name, where the page never names that town but
        # names one other of the same opening ("… w Miasteczku" beside "gmina Miasteczko
        # Śląskie"): the town the page names
        sibling = _named_sibling(city, doc.text)
        if sibling is not None:
            city = sibling[0]
            out["city"] = rules.Found(
                city, rules.unit_at(doc, sibling[1]), 0, out["city"].source + ">named"
            )
    if city is not None and impl is not None and _ORIGIN_PLACE.search(impl.value):
        # "Fundacja X z Polkowic": where the body comes from, not always where the project runs;
        # one other town the page's text names (outside its masthead and footer, not a regional
        # body's seat) is the project's place
        head, foot = _furniture(doc.text)
        spans = [(m.start(), m.end()) for m in re.finditer(re.escape(impl.value), doc.text)]
        others = {
            t.city: u
            for t, u in mentions
            if t.city != city
            and head <= t.start < foot
            and not any(a <= t.start < b for a, b in spans)
            and not seat_of_a_body(doc.text, t.start)
        }
        # a gmina or small town named in a strong context ("dla mieszkańców gminy X")
        for p in find_places(doc.text):
            if (
                p.name != city
                and p.name not in others
                and head <= p.start < foot
                and not doc.is_foreign(rules.unit_at(doc, p.start))
                and not any(a <= p.start < b for a, b in spans)
                and not seat_of_a_body(doc.text, p.start)
            ):
                others[p.name] = rules.unit_at(doc, p.start)
        if len(others) == 1:
            ((city, u),) = others.items()
            out["city"] = rules.Found(city, u, 0, "origin_other")
    implementer_city = city
    if city is not None and impl is not None and is_regional_leader(impl.value):
        # a regional leader (ROPS, the voivodeship): on a local partner's page the project's place
        # is that partner's ("Gmina Dzwola", "Starostwo Powiatowe w Starachowicach")
        owner = page_owner_place(doc.text, city)
        if owner is not None:
            city = owner.name
            out["city"] = rules.Found(city, rules.unit_at(doc, owner.start), 0, "regional_owner")
    if city is None:  # a small town or gmina named in a strong context beats mere mentions
        city = _strong_place(doc, out, major=False)
    # a town named as a regional body's seat ("Wojewódzki Urząd Pracy w Kielcach") is not counted
    local = [(t, u) for t, u in mentions if not seat_of_a_body(doc.text, t.start)]
    # the page's furniture (a portal's masthead "Radio X – Racibórz | Rybnik", its footer
    # "redakcja w Raciborzu") counts only when the body names no town
    head, foot = _furniture(doc.text)
    body = [(t, u) for t, u in local if head <= t.start < foot]
    if city is None and local and not body and foot - head < len(doc.text):
        # every gazetteer town is the furniture's ("Radio X – Opole | Nysa", its footer's
        # address): a small town the body names after "w" ("W Głuchołazach ruszył projekt") is
        # the project's, before the portal's own town
        weak = [
            p
            for p in locative_places(doc.text)
            if head <= p.start < foot and not seat_of_a_body(doc.text, p.start)
        ]
        city = _weak_place(doc, out, weak)
        if city is not None:
            out["city"].source = "weak_in_body"
    mentions = body or local
    if city is None and mentions:
        counts: dict[str, int] = {}
        for t, _ in mentions:
            counts[t.city] = counts.get(t.city, 0) + 1
        top = max(counts.values())
        leaders = [c for c, n in counts.items() if n == top]
        if len(leaders) == 1 or impl is None:
            city = next(t.city for t, _ in mentions if t.city in leaders)
            out["city"] = rules.Found(
                city, unit_of[city], 0, "mentions" + ("_body" if body else "_all")
            )
            if len(leaders) > 1:
                doc.problems.append(
                    f"several towns mentioned equally often ({', '.join(leaders)}); took the first"
                )
    if city is None:  # a big town in a strong context that the units do not hold ("MOPS X")
        city = _strong_place(doc, out, major=True)
    if city is None:  # an English record locating the project by its county ("Pucki, Poland")
        p = county_place(doc.text)
        if p is not None:
            city = p.name
            out["city"] = rules.Found(city, rules.unit_at(doc, p.start), 0, "county")
    if city is None:  # weakest: a small town after "w" ("w Kartuzach"), named more than any other
        # (not a regional body's seat: "Marszałek Województwa … w Olsztynie")
        weak = [p for p in locative_places(doc.text) if not seat_of_a_body(doc.text, p.start)]
        city = _weak_place(doc, out, weak)
        if city is not None:
            out["city"].source = "weak"
    if "voivodeship" not in found and not city:
        # no town at all: a county project ("Beneficjent: Powiat X", "mieszkańcy powiatu X")
        # lies in the voivodeship of the powiats the page names, when they all lie in one
        # (else the one region it names in the locative: "centra opiekuńczo-mieszkalne na Mazowszu")
        v = page_voivodeship(doc.text, []) or region_named_voivodeship(doc.text)
        if v:
            out["voivodeship"] = rules.Found(v, impl.unit if impl is not None else doc.units[0])
    if "voivodeship" not in found and city:
        v, problem = place_voivodeship(city, doc.text)
        if v is None and not place_voivodeships(city):
            # a village outside the data ("OPS w Tworkowie"): the powiat the page names, or the
            # one voivodeship of every other town it mentions
            v = page_voivodeship(doc.text, [t for t, _ in mentions])
        if v:
            out["voivodeship"] = rules.Found(v, out["city"].unit)
        elif problem:
            doc.problems.append(problem)
    elif city and "voivodeship" in found:
        vs = place_voivodeships(city)
        stated = found["voivodeship"]
        if vs and stated.value not in vs:
            doc.problems.append(
                f"the town {city} lies in {', '.join(sorted(vs))}, "
                f"but the document names {stated.value}"
            )
            if len(vs) == 1 and stated.priority < 0 and city == implementer_city:
                # a voivodeship in passing ("odwiedzą wsie w województwie mazowieckim") does not
                # outweigh the implementer's town's own; one named by the programme does, and so
                # does any against a town taken from mere mentions
                out["voivodeship"] = rules.Found(next(iter(vs)), out["city"].unit)
    return out


def _named_sibling(city: str, text: str) -> tuple[str, int] | None:
    """The one town or gmina the text names whose name opens as `city`'s does (its first four
    letters), with its offset, where the text never names `city` itself; a shorter name that
    `city` opens with ("Krosno" beside "Krosno Odrzańskie") is no sibling. None otherwise."""
    from .places import find_places, find_towns

    named: dict[str, int] = {}
    for name, start in [(t.city, t.start) for t in find_towns(text)] + [
        (p.name, p.start) for p in find_places(text)
    ]:
        named.setdefault(name, start)
    if city in named:
        return None
    siblings = [
        (name, start)
        for name, start in named.items()
        if name[:4].lower() == city[:4].lower() and not city.startswith(name)
    ]
    return siblings[0] if len(siblings) == 1 else None


def _longer_town_named(city: str, text: str) -> str:
    """'Krosno' -> 'Krosno Odrzańskie' when the page names, in the nominative or the locative, the
    one town or gmina whose name is the short one's with more words ("Centrum … w Krośnie" in a
    headline, "w Krośnie Odrzańskim" in the text): the short form is that town's everyday name."""
    named = [
        name
        for name, forms in _longer_names(city)
        if any(f in text and re.search(rf"\b{re.escape(f)}\b", text) for f in forms)
    ]
    return named[0] if len(named) == 1 else city


@functools.cache
def _longer_names(city: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The places of data/places.csv whose names open with the town's name and a space, each with
    its nominative and locative forms."""
    from .places import town_locative

    out = []
    for name in _names_by_opening().get(city, ()):
        locative = town_locative(name)
        out.append((name, (name, locative) if locative else (name,)))
    return tuple(out)


@functools.cache
def _names_by_opening() -> dict[str, tuple[str, ...]]:
    """The place names of data/places.csv by each of their openings that a space follows
    ("Krosno Odrzańskie" under "Krosno"), in file order: read once (it was read again for every
    town asked, ~6 ms each)."""
    from .places import load_places

    out: dict[str, list[str]] = {}
    for name in load_places():
        for i, ch in enumerate(name):
            if ch == " ":
                out.setdefault(name[:i], []).append(name)
    return {opening: tuple(names) for opening, names in out.items()}


def _longer_place(place, town) -> bool:
    """Whether a place mention covers a gazetteer town's mention and is longer ("Głogowie
    Małopolskim" over "Głogowie", "Małym Płocku" over "Płocku")."""
    covers = place.start <= town.start and place.end >= town.end
    return covers and place.end - place.start > town.end - town.start


def _furniture(text: str) -> tuple[int, int]:
    """(end of the masthead, start of the footer): rules.page_furniture."""
    return rules.page_furniture(text)


def _implementer_in_text(text: str, value: str) -> str:
    """The implementer's value with the rest of its line where the page writes it, else itself."""
    i = text.find(value)
    if i < 0:
        return value
    line_end = text.find("\n", i + len(value))
    stop = min(i + len(value) + 40, len(text) if line_end < 0 else line_end)
    return text[i:stop]


def _weak_place(doc: rules.Doc, out: dict[str, rules.Found], mentions: list) -> str | None:
    """The place named most often among weak mentions; None (and a problem) when two tie."""
    if not mentions:
        return None
    counts: dict[str, int] = {}
    for p in mentions:
        counts[p.name] = counts.get(p.name, 0) + 1
    top = max(counts.values())
    leaders = [n for n, c in counts.items() if c == top]
    if len(leaders) > 1:
        doc.problems.append(
            f"several small towns named equally often ({', '.join(leaders)}); no city taken"
        )
        return None
    first = next(p for p in mentions if p.name == leaders[0])
    out["city"] = rules.Found(first.name, rules.unit_at(doc, first.start))
    return first.name


def _strong_place(doc: rules.Doc, out: dict[str, rules.Found], *, major: bool) -> str | None:
    """The place most often named in strong contexts ("Gmina X", "GOPS w X", "Urząd Gminy X", a
    postcode line), the first of equals; only gazetteer towns when `major`, only other towns and
    gminas when not; None when there is none."""
    import bisect

    from .places import find_places, seat_of_a_body

    strong = [
        p
        for p in find_places(doc.text)
        if p.major == major
        and not seat_of_a_body(doc.text, p.start)
        and not doc.is_foreign(rules.unit_at(doc, p.start))  # "Czytaj także: GOPS w X …"
    ]
    if not strong:
        return None
    counts: dict[str, int] = {}
    for p in strong:
        counts[p.name] = counts.get(p.name, 0) + 1
    top = max(counts.values())
    leaders = [name for name, n in counts.items() if n == top]
    if not major and len(leaders) > 1:
        # several small towns or gminas named alike in strong contexts ("Gmina X", "GOPS w Y"):
        # which is the project's is not said (calibrated on unseen pages: the first was wrong
        # more often than right); "" stops the weaker rules after this one
        doc.problems.append(
            f"several small towns or gminas named equally often ({', '.join(leaders)}); no city taken"
        )
        return ""
    first = next(p for p in strong if counts[p.name] == top)
    starts = [u.start for u in doc.units]
    i = max(0, bisect.bisect_right(starts, first.start) - 1)
    out["city"] = rules.Found(
        first.name, doc.units[i], 0, f"strong_{'major' if major else 'small'}"
    )
    return first.name


_ENDINGS = {"a", "u", "ie", "y", "i", "e", "em", "owi", "ach", "ami", "om", "o"}
_PLAIN = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")


# locative endings of town names and the nominatives they may come from ("w Wołowie" -> Wołów or
# Wołowo): only a form the page itself writes is taken
_LOCATIVE_TO_NOMINATIVE = (
    ("owie", ("ów", "owo")),
    ("ewie", ("ewo", "ew", "ów")),
    ("inie", ("in", "ino", "ina")),
    ("ynie", ("yn", "yno", "yna")),
    ("cach", ("ce",)),
    ("kach", ("ki",)),
    ("ach", ("y", "e")),
    ("nie", ("n", "no", "na")),
    ("rze", ("r", "ra", "ro")),
    ("dze", ("d", "da")),
    ("ku", ("k", "ko")),
    ("cu", ("c",)),
    ("iu", ("", "ie")),
)


def _town_from_locative(word: str, text: str) -> str | None:
    """'Maszewie' -> 'Maszewo' when the page also writes "Maszewo" (a town outside the gazetteer);
    None when it writes no nominative form."""
    for end, nominatives in _LOCATIVE_TO_NOMINATIVE:
        if word.endswith(end) and len(word) > len(end) + 2:
            stem = word[: -len(end)]
            for nom in nominatives:
                cand = stem + nom
                if re.search(rf"(?<!\w){re.escape(cand)}(?!\w)", text):
                    return cand
            return None
    return None


@functools.lru_cache(maxsize=1)
def _plain_gazetteer() -> tuple[tuple[str, str], ...]:
    """(town, its name in plain lower-case letters) for the one-word gazetteer names of 5+ letters."""
    from .places import load_gazetteer

    out = []
    for city in load_gazetteer():
        c = city.translate(_PLAIN).lower()
        if not (" " in c or "-" in c or len(c) < 5):
            out.append((city, c))
    return tuple(out)


def _plain_letters_town(word: str) -> str | None:
    """A gazetteer town written without Polish letters and inflected: 'Miedzyrzeczu' -> Międzyrzecz,
    'Chelmzy' -> Chełmża (the same letters up to the ending, at most three letters of ending)."""
    w = word.translate(_PLAIN).lower()
    hits = []
    for city, c in _plain_gazetteer():
        rest = w[len(c) - 1 :]
        if w == c or (
            w.startswith(c[:-1])
            and (rest in _ENDINGS or (rest[:1] == c[-1] and rest[1:] in _ENDINGS))
        ):
            hits.append(city)
    return hits[0] if len(hits) == 1 else None


def _consistency(rec: dict[str, Any]) -> list[str]:
    problems = []
    total, eu, own = rec["total_cost_pln"], rec["eu_cofinancing_pln"], rec["own_contribution_pln"]
    if (
        total is not None
        and eu is not None
        and own is not None
        and rec["total_cost_qualifier"] == "exact"
    ):
        gap = round(total - eu - own, 2)
        if abs(gap) > 0.01:
            problems.append(
                f"contradiction: total {total:.2f} != EU co-financing {eu:.2f} + own contribution {own:.2f} "
                f"(difference {gap:.2f})"
            )
    if total is not None and rec["total_cost_qualifier"] in ("exact", "less_than"):
        for key in ("eu_cofinancing_pln", "own_contribution_pln"):
            if rec[key] is not None and rec[key] > total + 0.01:
                problems.append(
                    f"contradiction: {key} {rec[key]:.2f} exceeds the total {total:.2f}"
                )
    breakdown = rec["participants_planned_breakdown"]
    planned = rec["participants_planned"]
    if breakdown and planned is not None and sum(breakdown.values()) != planned:
        problems.append(
            f"participant breakdown sums to {sum(breakdown.values())}, not the planned total {planned}"
        )
    if rec["start_date"] and rec["end_date"] and rec["end_date"] < rec["start_date"]:
        problems.append("end date before start date")
    actual, completed = rec["participants_actual"], rec["participants_completed"]
    if actual is not None and completed is not None and completed > actual:
        problems.append(f"more participants completed ({completed}) than took part ({actual})")
    return problems


try:  # a bad value is reported by settings.check_settings in one line; importing must not fail
    TIME_LIMIT_SECONDS = settings().extract_time_limit
except SettingsError:
    TIME_LIMIT_SECONDS = DEFAULT_EXTRACT_TIME_LIMIT


class ExtractionTimeout(Exception):
    pass


# A document's time limit counts the CPU seconds it costs, not the wall clock: on a loaded machine a
# document waiting for a core is not a slow document (a wall-clock limit rejected ordinary pages at
# load 12, and a rejection is kept until the file changes). The wall clock is only a backstop, at
# EXTRACT_WALL_LIMIT_FACTOR times the limit, for code that blocks without computing.


@contextlib.contextmanager
def time_limit(seconds: float):
    """Stop a document's extraction after `seconds` of CPU time (SIGPROF), or `seconds` x
    EXTRACT_WALL_LIMIT_FACTOR of wall time (SIGALRM); only in a process's main thread, where the CLI and
    the process-pool workers run it."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def _raise(signum, frame):
        raise ExtractionTimeout()

    previous_prof = signal.signal(signal.SIGPROF, _raise)
    previous_alrm = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    signal.setitimer(signal.ITIMER_REAL, seconds * EXTRACT_WALL_LIMIT_FACTOR)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGPROF, previous_prof)
        signal.signal(signal.SIGALRM, previous_alrm)


def extract_bytes(
    data: bytes, source_file: str, *, time_limit_seconds: float | None = None
) -> tuple[dict[str, Any], str, str, str]:
    """Bytes of a landed file -> (record, cleaned text, encoding, media type). Never raises:
    unreadable files, and any defect of a reader or a rule, come back as `status: rejected` with
    the reason (the exception's type for unexpected ones).

    The time limit (default `TIME_LIMIT_SECONDS`, CPU seconds) covers reading and extraction
    together; it is a signal, which stops Python code only: ingestion runs this in killable workers
    (`isolation.run_isolated`) for the C code that ignores it.
    """
    seconds = TIME_LIMIT_SECONDS if time_limit_seconds is None else time_limit_seconds
    sha = hashlib.sha256(data).hexdigest()
    media = _media_type(source_file)
    encoding = ""
    step = "reading"
    try:
        with time_limit(seconds):
            decoded = read_document(data, source_file)
            encoding, media, step = decoded.encoding, decoded.media_type, "extraction"
            rec, cleaned = extract_text(decoded.text, source_file, sha, decoded.page_title)
    except Rejected as exc:
        return rejected_record(source_file, sha, str(exc)), "", encoding, media
    except ExtractionTimeout:
        reason = f"{step} took longer than {seconds:g} s and was stopped (a pathological document?)"
        return rejected_record(source_file, sha, reason), "", encoding, media
    except RecursionError:
        return (
            rejected_record(source_file, sha, "document too deeply nested to read"),
            "",
            encoding,
            media,
        )
    except MemoryError:
        return (
            rejected_record(source_file, sha, "document needs too much memory to read"),
            "",
            encoding,
            media,
        )
    except Exception as exc:
        detail = str(exc).splitlines()[0][:200] if str(exc) else ""
        reason = (
            f"{'unreadable document' if step == 'reading' else 'extractor error'} "
            f"({type(exc).__name__}{': ' + detail if detail else ''}); please report this document"
        )
        return rejected_record(source_file, sha, reason), "", encoding, media
    return rec, cleaned, encoding, media


def _media_type(name: str) -> str:
    suffix = Path(name).suffix.lower()
    return {".pdf": "pdf", ".html": "html", ".htm": "html"}.get(suffix, "txt")


def extract_file(path: str | Path, source_file: str | None = None) -> dict[str, Any]:
    """One file's record, in this process (no worker: for tests and scripts; `integra extract`
    and ingestion use `isolation.run_isolated`). Opened as ingestion opens it (`read_landed`)."""
    from .reading import NotRead, TooLarge, read_landed

    name = source_file or str(path)
    try:
        data = read_landed(path)
    except (NotRead, TooLarge) as exc:
        return rejected_record(name, "0" * 64, str(exc))
    return extract_bytes(data, name)[0]
