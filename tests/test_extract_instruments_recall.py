"""Session 20, recall on unseen pages: shared complements after a head with its own adjectives
and with gerund topics, "przez pomoc …" as a means, meals as a form of support."""

from __future__ import annotations

import pytest

from integra.extract.instruments import enumerated_parts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "W świetlicy odbędą się zajęcia tematyczne z ekologii, historii regionu i savoir-vivre.",
            ["zajęcia tematyczne z ekologii", "zajęcia tematyczne z historii regionu"],
        ),
        (
            "Uczestnicy wezmą udział w warsztatach z gotowania, szycia i haftowania.",
            ["warsztaty z gotowania", "warsztaty z szycia", "warsztaty z haftowania"],
        ),
        (
            "Dla dzieci zorganizowano zajęcia sportowe z pływania, tańca oraz jogi.",
            ["zajęcia sportowe z pływania", "zajęcia sportowe z tańca", "zajęcia sportowe z jogi"],
        ),
        (
            "Seniorzy skorzystają z kursów komputerowych z obsługi poczty i pisania tekstów.",
            ["kursy komputerowe z obsługi poczty", "kursy komputerowe z pisania tekstów"],
        ),
    ],
)
def test_a_head_with_its_adjective_shares_its_complement(sentence, expected):
    parts = enumerated_parts(sentence)
    for item in expected:
        assert item in parts


def test_a_group_after_the_head_is_not_a_shared_complement():
    parts = enumerated_parts("Prowadzono zajęcia sportowe dla dzieci i młodzieży.")
    assert not any("młodzieży" in p for p in parts)
    assert not any(p.endswith(" młodzież") for p in parts)


def test_a_form_after_a_complement_stays_its_own_form():
    parts = enumerated_parts(
        "Zorganizowano zajęcia sportowe z elementami gimnastyki i szkolenia zawodowe."
    )
    assert "szkolenia zawodowe" in parts
    assert "zajęcia sportowe z elementami gimnastyki" in parts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Cel osiągniemy przez pomoc psychologiczną, doradztwo zawodowe i kursy.",
            ["pomoc psychologiczna", "doradztwo zawodowe", "kursy"],
        ),
        (
            "Rodziny otrzymają wsparcie poprzez pomoc asystenta rodziny i konsultacje prawne.",
            ["pomoc asystenta rodziny", "konsultacje prawne"],
        ),
        (
            "Integrację wspieramy m.in. przez pomoc prawną oraz grupy wsparcia.",
            ["pomoc prawna", "grupy wsparcia"],
        ),
    ],
)
def test_help_named_as_the_means(sentence, expected):
    parts = enumerated_parts(sentence)
    for item in expected:
        assert item in parts


def test_help_given_by_a_body_is_not_a_means():
    assert enumerated_parts("Zostało to potwierdzone przez pomoc społeczną.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Uczestnikom zapewnimy dowóz, opiekę i wyżywienie.", "wyżywienie"),
        ("Dzieci otrzymają dożywianie i pomoc w nauce.", "dożywianie"),
        ("Każdy uczestnik projektu ma zapewnione ubezpieczenie oraz wyżywienie.", "wyżywienie"),
    ],
)
def test_meals_are_a_form_of_support(sentence, expected):
    assert expected in enumerated_parts(sentence)


def test_meals_outside_an_enumeration_are_not_read():
    assert enumerated_parts("Koszt wyżywienia pokrywa gmina.") == []


HEAD = "Projekt „Aktywni razem” realizuje Gminny Ośrodek Pomocy Społecznej w Kcyni.\n\n"


@pytest.mark.parametrize(
    ("heading", "items"),
    [
        ("Tematyka zajęć:", ["Obsługa tabletu", "Rękodzieło", "Gimnastyka"]),
        (
            "Zajęcia potrwają 3 miesiące. Tematyka warsztatów:",
            ["Florystyka", "Fotografia", "Savoir-vivre"],
        ),
        ("Tematyka szkoleń:", ["Pierwsza pomoc", "Bezpieczeństwo w sieci", "Zdrowe odżywianie"]),
    ],
)
def test_topics_under_a_topics_heading_are_the_forms(heading, items):
    text = HEAD + heading + "\n" + "\n".join(f"• {i};" for i in items) + "\n\nZapraszamy.\n"
    from integra.extract import extract_text

    got = extract_text(text, "tematyka.txt")[0]["instruments"]
    assert [g for g in got if g in items] == items  # (the heading may name its own form too)


def test_a_list_under_another_topic_heading_is_not_read():
    text = (
        HEAD
        + "Tematyka projektu dotyczy:\n• Gminy Kcynia;\n• Powiatu nakielskiego;\n\nZapraszamy.\n"
    )
    from integra.extract import extract_text

    assert extract_text(text, "tematyka.txt")[0]["instruments"] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Uczestnicy otrzymają w projekcie pomoc w odrabianiu lekcji i zajęcia plastyczne.",
            ["pomoc w odrabianiu lekcji", "zajęcia plastyczne"],
        ),
        (
            "Seniorzy otrzymają również w projekcie konsultacje prawne i wsparcie psychologa.",
            ["konsultacje prawne", "wsparcie psychologa"],
        ),
        ("Zapewnimy w ramach projektu dowóz i wyżywienie.", ["dowóz", "wyżywienie"]),
    ],
)
def test_the_project_named_after_the_trigger_is_not_a_place(sentence, expected):
    parts = enumerated_parts(sentence)
    for item in expected:
        assert item in parts


def test_a_real_place_after_the_trigger_still_gives_no_form():
    assert enumerated_parts("Zorganizowano w świetlicy wiejskiej zebranie sołeckie.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Uczestnicy spotykali się m.in. z psychologiem i pedagogiem.",
            ["spotkania z psychologiem", "spotkania z pedagogiem"],
        ),
        (
            "Raz w tygodniu seniorzy spotkają się z dietetykiem i fizjoterapeutą.",
            ["spotkania z dietetykiem", "spotkania z fizjoterapeutą"],
        ),
        (
            "Rodzice będą się spotykać z doradcą zawodowym oraz z prawnikiem.",
            ["spotkania z doradcą zawodowym", "spotkania z prawnikiem"],
        ),
    ],
)
def test_meeting_a_specialist_is_a_meeting(sentence, expected):
    parts = enumerated_parts(sentence)
    for item in expected:
        assert item in parts


@pytest.mark.parametrize(
    "sentence",
    [
        "Burmistrz spotkał się z mieszkańcami i radnymi.",
        "Dyrektor ośrodka spotkała się z przedstawicielami gminy.",
    ],
)
def test_meeting_other_people_is_no_form(sentence):
    assert enumerated_parts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Zaplanowano działania ułatwiające powrót na rynek pracy: kursy zawodowe, wsparcie "
            "psychologiczne oraz staże.",
            ["kursy zawodowe", "wsparcie psychologiczne", "staże"],
        ),
        (
            "Dla rodzin przewidziano różne formy wsparcia dla rodziców i dzieci: poradnictwo "
            "rodzinne, warsztaty kulinarne i wyjazdy integracyjne.",
            ["poradnictwo rodzinne", "warsztaty kulinarne", "wyjazdy integracyjne"],
        ),
        (
            "Uczestnikom zaoferowano instrumenty aktywnej integracji o charakterze zawodowym: "
            "doradztwo zawodowe i szkolenia.",
            ["doradztwo zawodowe", "szkolenia"],
        ),
    ],
)
def test_a_general_word_before_a_colon_leads_to_the_forms(sentence, expected):
    parts = enumerated_parts(sentence)
    for item in expected:
        assert item in parts


def test_promotion_after_a_general_word_is_no_form():
    assert enumerated_parts("Zaplanowano działania promocyjne: plakaty, ulotki i ogłoszenia.") == []


def test_nominative_topics_after_a_general_word_are_kept_as_written():
    parts = enumerated_parts(
        "Zaplanowano działania dla seniorów: edukacja zdrowotna, pierwsza pomoc i autoprezentacja."
    )
    assert parts == ["edukacja zdrowotna", "pierwsza pomoc", "autoprezentacja"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The centre will offer specialised help – psychological, therapeutic and pedagogical – "
            "to families.",
            ["psychological help", "therapeutic help", "pedagogical help"],
        ),
        (
            "Participants will receive support: legal, psychological and vocational.",
            ["legal support", "psychological support", "vocational support"],
        ),
        (
            "The project provides counselling – educational or vocational – for families.",
            ["educational counselling", "vocational counselling"],
        ),
    ],
)
def test_english_kinds_after_the_noun_share_it(sentence, expected):
    from integra.extract.instruments import english_parts

    parts = english_parts(sentence)
    for item in expected:
        assert item in parts


def test_english_kinds_need_adjectives():
    from integra.extract.instruments import english_parts

    parts = english_parts("The project provides support – Monday and Friday – in the centre.")
    assert not any("monday" in p.lower() for p in parts)
