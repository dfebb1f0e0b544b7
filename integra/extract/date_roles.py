"""The role of a date from the words just before it: a project's start or end said by a label
noun or a verb (data/date_roles.yaml). Pure functions over one unit's text.

>>> [(r, str(t.first_day())) for r, t, _ in roles_in("Rozpoczęcie realizacji: 01.07.2019, zakończenie realizacji: 30.06.2021")]
[('start', '2019-07-01'), ('end', '2021-06-30')]
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .dates import DateToken, find_dates
from .fastre import case_free_functions

ROLES_PATH = Path(__file__).resolve().parent / "data" / "date_roles.yaml"
GAP = 70  # characters before a date that can say its role
LABEL, VERB = 3, 2  # scores: a label noun says it more surely than a verb


def _alt(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@lru_cache(maxsize=1)
def _vocab() -> dict[str, re.Pattern[str]]:
    import yaml

    with ROLES_PATH.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    out = {}
    for role in ("start", "end"):
        for kind in ("label", "verb"):
            out[f"{role}_{kind}"] = _alt(data[role][kind])
    for key in (
        "project_words",
        "label_end",
        "not_the_project",
        "edition",
        "extended_to",
        "predecessor",
        "durability",
    ):
        out[key] = re.compile(data[key], re.IGNORECASE)
    for role in ("start", "end"):
        out[f"{role}_after"] = re.compile(
            _AFTER_DATE + "(?:" + "|".join(f"(?:{p})" for p in data["after"][role]) + ")",
            re.IGNORECASE,
        )
    out["project_year"] = _alt(data["project_year"])
    out["own_run"] = re.compile(data["own_run"], re.IGNORECASE)
    return out


# what may stand between a date and a verb said after it: "r.", "roku", a comma
_AFTER_DATE = r"\s*(?:r\.|roku|rok|year)?\s*,?\s*"


def role_after(words: str) -> str | None:
    """'start'|'end' said by a verb right after a date (the words after it), naming the project
    or its realisation; None otherwise.

    >>> role_after(" r. dobiegła końca realizacja projektu"), role_after(" ruszył nasz projekt")
    ('end', 'start')
    >>> role_after(" r. zakończyła się rekrutacja") is None
    True
    """
    v = _vocab()
    for role in ("start", "end"):
        if v[f"{role}_after"].match(words):
            return role
    return None


_SENTENCE_END = re.compile(r"[.!?;]\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])|\n")


def _gap(text: str, start: int, prev_end: int) -> str:
    """The words before a date back to the previous date or the sentence's start, at most GAP."""
    gap = text[max(prev_end, start - GAP) : start]
    cut = list(_SENTENCE_END.finditer(gap))
    return gap[cut[-1].end() :] if cut else gap


def about_another_thing(words: str) -> bool:
    """The words before a date are about a recruitment, classes, a durability period, a call, a
    previous project or edition …

    >>> about_another_thing("Okres trwałości projektu kończy się ")
    True
    """
    v = _vocab()
    if v["not_the_project"].search(words):
        return True
    said = list(v["predecessor"].finditer(words))
    # "kontynuacją projektu realizowanego od" yes; "kontynuacją działań i będzie realizowany od" no
    return bool(said) and v["own_run"].search(words[said[-1].end() :]) is None


def in_durability(sentence_before: str) -> bool:
    """The sentence, up to a date, speaks of the project's durability period.

    >>> in_durability("Trwałość rezultatów zostanie zachowana przez okres równy okresowi realizacji, tj. do dnia ")
    True
    """
    return _vocab()["durability"].search(sentence_before) is not None


def project_year(text: str) -> int | None:
    """The one year a sentence says the project runs in ("Projekt realizowany jest w 2019 roku").

    >>> project_year("Projekt systemowy realizowany był w roku 2012."), project_year("Projekt realizowany w latach 2012-2014")
    (2012, None)
    """
    m = _vocab()["project_year"].search(text)
    return int(m.group("year")) if m else None


def words_before(text: str, start: int) -> str:
    """The words before offset `start` back to the sentence's start (at most GAP characters)."""
    return _gap(text, start, 0)


def names_an_edition(words: str) -> bool:
    """The words name an edition or a stage of the project ("II edycja od", "I etap:").

    >>> names_an_edition("II edycja  od  "), names_an_edition("Projekt trwa od ")
    (True, False)
    """
    return _vocab()["edition"].search(words) is not None


def extends_to(words: str) -> bool:
    """The words before a date extend the project's end to it ("przedłużono do", "aneksem okres
    realizacji wydłużono do dnia", "(po zmianie: do", "extended until").

    >>> extends_to("Aneksem nr 2 okres realizacji wydłużono do "), extends_to("Projekt trwa do ")
    (True, False)
    """
    return _vocab()["extended_to"].search(words) is not None


def role_of(gap: str, sentence: str) -> tuple[str, int] | None:
    """('start'|'end', score) said of the date that follows `gap`, the role word nearest to it
    winning; None when none is said or the words are about a recruitment, classes, a call …

    >>> role_of("Planowany termin zakończenia: ", "")
    ('end', 3)
    >>> role_of("Zakończenie rekrutacji: ", "") is None
    True
    """
    v = _vocab()
    if about_another_thing(gap):
        return None
    best: tuple[int, str, int] | None = None  # (position of the role word's end, role, score)
    for role in ("start", "end"):
        for kind, score in (("label", LABEL), ("verb", VERB)):
            for m in v[f"{role}_{kind}"].finditer(gap):
                said = kind == "verb" and v["project_words"].search(sentence)
                said = said or (
                    kind == "label"
                    and (v["project_words"].search(gap[m.start() :]) or v["label_end"].search(gap))
                )
                if said and (
                    best is None or m.end() > best[0] or (m.end() == best[0] and score > best[2])
                ):
                    best = (m.end(), role, score)
    return (best[1], best[2]) if best else None


def roles_in(text: str) -> list[tuple[str, DateToken, int]]:
    """(role, date, score) of every month- or day-precision date in `text` whose role is said."""
    out = []
    prev_end = 0
    for t in find_dates(text):
        if t.precision != "year":
            said = role_of(_gap(text, t.start, prev_end), text)
            if said is None and not about_another_thing(_gap(text, t.start, prev_end)):
                after = role_after(text[t.end : t.end + 80])
                said = (after, VERB) if after else None
            if said:
                out.append((said[0], t, said[1]))
        prev_end = t.end
    return out


case_free_functions(globals())
