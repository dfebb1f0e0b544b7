"""Instruments (the fifteenth session): a bare head cut at an active participle keeps the
participle and its object, a pronoun subject between "skorzystają" and "z", a dash before "to
tylko część", and heads of services named by a journey or a stay. Every wording is
written for these tests, not copied from a page."""

from __future__ import annotations

import pytest

from integra.extract import extract_text

HEAD = "Projekt „Most” realizuje Ośrodek Pomocy Społecznej w Dębicy od maja 2020 r. do maja 2022 r.\n\n"


def inst(text: str) -> list[str]:
    return extract_text(HEAD + text, "fifteenth.txt")[0]["instruments"]


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "Uczestnicy otrzymają pomoc prawną oraz kursy podnoszące kwalifikacje zawodowe.",
            "kursy podnoszące kwalifikacje zawodowe",
        ),
        (
            "Seniorzy wezmą udział w warsztatach wzmacniających pamięć i w wycieczkach.",
            "warsztaty wzmacniające pamięć",
        ),
        (
            "Dzieci skorzystają z zajęć rozwijających zainteresowania oraz z korepetycji.",
            "zajęcia rozwijające zainteresowania",
        ),
    ],
)
def test_a_bare_head_keeps_its_active_participle_and_object(text, item):
    assert item in inst(text)


def test_a_head_with_an_adjective_is_still_cut_before_the_participle():
    items = inst("Uczestnicy skorzystają z kursów zawodowych kończących się egzaminem i ze staży.")
    assert "kursy zawodowe" in items
    assert not any("kończąc" in i for i in items)


@pytest.mark.parametrize(
    "text",
    [
        "Mieszkańcy bezpłatnie skorzystają oni m.in. z pomocy elektryka oraz z przejazdu busem.",
        "Od jesieni skorzystają one także z pomocy elektryka i z przejazdu busem do lekarza.",
    ],
)
def test_a_pronoun_between_the_verb_and_its_preposition(text):
    items = inst(text)
    assert "pomoc elektryka" in items
    assert any(i.startswith("przejazd busem") for i in items)


def test_a_dash_before_the_closing_words_of_a_nominative_enumeration():
    text = "Zajęcia plastyczne, przejazdy do lekarza, wyjścia do kina – to tylko część oferty."
    items = inst(text)
    assert "przejazdy do lekarza" in items
    assert "wyjścia do kina" in items


@pytest.mark.parametrize(
    "text",
    [
        # a stay or a journey named with nothing after it is no form of support
        "Celem jest poprawa warunków w miejscu zamieszkania i pobytu uczestników projektu.",
        "Uczestnicy skorzystają z pobytu, a przejazd zapewni gmina.",
    ],
)
def test_a_bare_stay_or_journey_is_no_item(text):
    items = inst(text)
    assert not any(i.lower() in ("pobyt", "przejazd") for i in items)


def test_a_goal_sentence_with_a_participle_gives_no_item():
    text = "Celem projektu jest wzrost kompetencji podnoszących szanse uczestników na rynku pracy."
    assert inst(text) == []


def test_a_unit_with_lexicon_mentions_is_still_read_for_its_enumeration():
    items = inst(
        "Każdy uczestnik otrzyma pakiet obejmujący: poradnictwo psychologiczne, trening "
        "gospodarowania budżetem i kurs zawodowy."
    )
    assert "poradnictwo psychologiczne" in items
    assert "trening gospodarowania budżetem" in items


def test_work_the_participants_do_is_an_item():
    items = inst("Podopieczni klubu wykonywali prace społecznie użyteczne na rzecz sołectwa.")
    assert any(i.startswith("prace społecznie użyteczne") for i in items)


@pytest.mark.parametrize(
    "text",
    [
        "Osoby te korzystały wcześniej z pomocy tutejszego ośrodka oraz z kursów zawodowych.",
        "Rodziny korzystają z pomocy miejskiego ośrodka i ze szkoleń dla rodziców.",
    ],
)
def test_the_welfare_centres_own_help_is_no_item(text):
    assert not any(i.lower().startswith("pomoc") for i in inst(text))


def test_task_lines_under_a_heading_of_tasks_carried_out_in_the_project():
    items = inst(
        "Działania realizowane w projekcie:\n"
        "Zadanie 1 – Indywidualne i grupowe poradnictwo rodzinne\n"
        "Zadanie 2 – Zajęcia rozwijające kreatywność dzieci\n"
        "Zadanie 3 – Zarządzanie projektem\n"
    )
    assert "Indywidualne i grupowe poradnictwo rodzinne" in items
    assert not any("Zarządzanie" in i for i in items)


def test_a_budget_line_in_a_table_of_tasks_is_no_item():
    items = inst(
        "Koszt zadań:\n"
        "| Forma wsparcia | Kwota |\n"
        "| Terapia rodzinna | 50 000 |\n"
        "| Kursy komputerowe | 30 000 |\n"
        "| Koszty pośrednie | 10 000 |\n"
    )
    assert "Terapia rodzinna" in items
    assert not any(i.lower().startswith("koszt") for i in items)


def test_sections_headed_by_forms_with_no_heading_over_them():
    items = inst(
        "Warsztaty rękodzieła\n"
        "Raz w tygodniu uczestnicy wykonują ozdoby z filcu pod okiem instruktorki.\n\n"
        "Konsultacje prawne\n"
        "Radca prawny dyżuruje w świetlicy w każdy czwartek miesiąca.\n\n"
        "Terapia zajęciowa\n"
        "Spotkania w małych grupach pomagają odzyskać sprawność dłoni.\n"
    )
    assert items[:3] == ["Warsztaty rękodzieła", "Konsultacje prawne", "Terapia zajęciowa"]


def test_two_sections_with_no_heading_over_them_are_not_enough():
    items = inst(
        "Aktualności\n"
        "Nowy rozkład jazdy autobusów obowiązuje od poniedziałku w całej gminie.\n\n"
        "Kursy\n"
        "Biblioteka zaprasza na wystawę zdjęć z dawnych lat naszej miejscowości.\n"
    )
    assert "Kursy" not in items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Pomoc rzeczowa w formie paczek świątecznych trafi do 120 rodzin.",
            ["paczki świąteczne"],
        ),
        (
            "Wsparcie psychologiczne w postaci konsultacji indywidualnych i grup wsparcia otrzyma 30 osób.",
            ["konsultacje indywidualne", "grupy wsparcia"],
        ),
        (
            "Pomoc udzielana jest w formie paczek żywnościowych i posiłków.",
            ["paczki żywnościowe", "posiłki"],
        ),
    ],
)
def test_a_kind_of_help_then_its_form_and_a_verb_after_it(text, items):
    got = inst(text)
    for item in items:
        assert item in got
    assert not any("trafi" in i or "otrzyma" in i for i in got)


def test_a_finite_verb_inside_one_part_does_not_end_the_others():
    items = inst(
        "Dzieci będą uczestniczyć w zajęciach z przedmiotów, które sprawiają im trudność, ale też "
        "w zajęciach dodatkowych: tanecznych i plastycznych."
    )
    assert not any("sprawiają" in i for i in items)


@pytest.mark.parametrize(
    "text",
    [
        "W punkcie wydawane są paczki żywnościowe oraz gorące posiłki.",
        "Co miesiąc rozdawane będą paczki żywnościowe i gorące posiłki.",
        "W grudniu wydano mieszkańcom paczki żywnościowe i gorące posiłki.",
    ],
)
def test_goods_handed_out_to_participants(text):
    items = inst(text)
    assert "paczki żywnościowe" in items
    assert any(i.endswith("posiłki") for i in items)


def test_money_handed_over_is_no_item():
    items = inst("Gminie przekazano środki finansowe na zakup wyposażenia świetlicy.")
    assert items == []


@pytest.mark.parametrize(
    "text",
    [
        "Co zaplanowano dla seniorów? Przede wszystkim warsztaty ceramiczne, a także spotkania "
        "z dietetykiem i wyjazdy do teatru.",
        "Jakie zajęcia oferujemy? Warsztaty ceramiczne, spotkania z dietetykiem oraz wyjazdy do teatru.",
        "Co otrzymają uczestnicy? Warsztaty ceramiczne i spotkania z dietetykiem.",
    ],
)
def test_a_question_answered_by_an_enumeration(text):
    items = inst(text)
    assert "warsztaty ceramiczne" in [i.lower() for i in items]
    assert "spotkania z dietetykiem" in [i.lower() for i in items]


@pytest.mark.parametrize(
    "text",
    [
        "Kto może wziąć udział w projekcie? Osoby bezrobotne i nieaktywne zawodowo z terenu gminy.",
        "Kto może skorzystać z pomocy? Mieszkańcy gminy w wieku powyżej 60 lat.",
    ],
)
def test_a_question_answered_by_the_target_group_gives_no_item(text):
    assert inst(text) == []


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "Seniorzy wezmą udział w turniejach szachowych, wycieczkach i warsztatach.",
            "turnieje szachowe",
        ),
        (
            "Dla rodzin zorganizowano wieczorki taneczne, zajęcia plastyczne oraz ognisko integracyjne.",
            "wieczorki taneczne",
        ),
        (
            "Uczestnicy skorzystają z rajdów rowerowych, warsztatów i zabaw integracyjnych.",
            "rajdy rowerowe",
        ),
    ],
)
def test_events_offered_to_participants_with_a_modifier(text, item):
    assert item in inst(text)


def test_a_bare_event_word_is_no_item():
    items = inst("Uczestnicy wezmą udział w warsztatach plastycznych, kursach i zabawie.")
    assert "zabawa" not in [i.lower() for i in items]
