"""Instruments (the nineteenth session): what is no form of support even inside a list of forms (a
negated one, a date or a fund left over, a target group, the project's staff or goal, an
institution's task, an anaphoric or genitive fragment), a footnote's number after an item, and the
work of specialists named in the plural read as the specialists. Every wording is written for
these tests, not copied from a page."""

from __future__ import annotations

import pytest

from integra.extract import extract_text

HEAD = "Projekt „Przystań” realizuje Ośrodek Pomocy Społecznej w Łasku od marca 2019 r. do lutego 2021 r.\n\n"
LEAD = "W ramach projektu prowadzone będą:\n- warsztaty kulinarne\n- {}\n- poradnictwo prawne"


def inst(text: str) -> list[str]:
    return extract_text(HEAD + text, "nineteenth.txt")[0]["instruments"]


@pytest.mark.parametrize(
    "item",
    [
        "żadna świetlica środowiskowa",
        "wsparcie od 01.03.2019 r.",
        "wsparcie z EFS",
        "grupy wykluczone społecznie",
        "pomoc realizatorów projektu",
        "wypracowanie modelu współpracy międzysektorowej",
        "podniesienie umiejętności cyfrowych uczestników projektu",
        "zajęcia głównie z tych dziedzin",
        "nowego klubu seniora",
        "diagnozowanie sytuacji rodzin w gminie",
    ],
)
def test_not_a_form_inside_a_list(item: str) -> None:
    assert inst(LEAD.format(item)) == ["warsztaty kulinarne", "poradnictwo prawne"]


def test_forms_in_the_same_list_are_kept() -> None:
    assert inst(LEAD.format("terapia rodzinna")) == [
        "warsztaty kulinarne",
        "terapia rodzinna",
        "poradnictwo prawne",
    ]


def test_footnote_number_after_an_item_is_dropped_but_a_numbered_name_kept() -> None:
    text = "W ramach projektu prowadzone będą:\n- warsztaty kulinarne7\n- poradnictwo prawne 3\n- Klub Seniora nr 2"
    assert inst(text) == ["warsztaty kulinarne", "poradnictwo prawne", "Klub Seniora nr 2"]


def test_work_of_specialists_in_the_plural_is_the_specialists() -> None:
    text = "Rodziny skorzystają z pracy terapeutów rodzinnych, doradców zawodowych i prawnika."
    got = inst(text)
    assert "terapeuci rodzinni" in got
    assert "doradcy zawodowi" in got


def test_named_forms_of_work_stay_as_they_are() -> None:
    text = "W ramach projektu prowadzone będą:\n- warsztaty kulinarne\n- praca socjalna\n- praca z asystentem rodziny"
    assert inst(text) == ["warsztaty kulinarne", "praca socjalna", "praca z asystentem rodziny"]
