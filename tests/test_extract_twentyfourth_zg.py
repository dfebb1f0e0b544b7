"""Rules of the twenty-fourth session, from the misses of the fresh dev part rc_zg. Every wording is
written for these tests, not copied from a page; each rule has near-misses it must not take."""

from __future__ import annotations

import pytest

from integra.extract import extract_text


def rec(text: str) -> dict:
    return extract_text(text, "twentyfourth_zg.txt")[0]


# -- check marks as bullets; a post's emoji are no part of a form's name ----------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Gminny Ośrodek Pomocy Społecznej w Łysomicach realizuje projekt „Razem raźniej”.\n"
            "W projekcie czekają na uczestników bezpłatne zajęcia:\n"
            "✅ warsztaty florystyczne 🌸\n"
            "✅ zajęcia z psychologiem\n"
            "✅ wyjazd do teatru 🎭\n",
            ["warsztaty florystyczne", "zajęcia z psychologiem", "wyjazd do teatru"],
        ),
        (
            "Stowarzyszenie „Razem” z Nowego Miasta prowadzi projekt „Aktywni 60+”.\n"
            "W ramach projektu oferujemy:\n"
            "✔️ poradnictwo prawne\n"
            "✔️ gimnastykę korekcyjną\n"
            "✔️ kurs obsługi komputera\n",
            ["poradnictwo prawne", "gimnastykę korekcyjną", "kurs obsługi komputera"],
        ),
        (
            "Fundacja „Przystań” realizuje projekt „Krok dalej”. W projekcie zaplanowano:\n"
            "✓ trening umiejętności społecznych\n"
            "✓ doradztwo zawodowe 💼\n"
            "✓ staże zawodowe\n",
            ["trening umiejętności społecznych", "doradztwo zawodowe", "staże zawodowe"],
        ),
    ],
)
def test_check_mark_lines_are_a_list_of_forms(text: str, expected: list[str]) -> None:
    got = [s.lower() for s in rec(text)["instruments"]]
    for item in expected:
        assert item.lower() in got
    assert not any(ch in "".join(got) for ch in "🌸🎭💼✅✔✓")


def test_check_marks_under_a_heading_that_is_no_support_are_not_forms() -> None:
    text = (
        "Ośrodek Pomocy Społecznej w Lubiczu realizuje projekt „Razem w rodzinie”.\n"
        "Dokumenty do pobrania:\n"
        "✅ regulamin rekrutacji\n"
        "✅ formularz zgłoszeniowy\n"
        "✅ klauzula informacyjna RODO\n"
    )
    got = [s.lower() for s in rec(text)["instruments"]]
    assert "regulamin rekrutacji" not in got
    assert "formularz zgłoszeniowy" not in got
