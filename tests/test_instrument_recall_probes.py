"""Recall probes (session 22) for two classes missed on the newest dev parts, in wordings written
for these tests (not copied from any corpus document):

- the plan or programme of the activities as the trigger ("W planie są zajęcia …", "W programie
  klubu będą …"), not a funding programme;
- domains with their forms in parentheses after a colon lead ("Zaplanowano działania z zakresu:
  zdrowia (m.in. …), kultury (…)"): the forms in the parentheses, not the domains."""

from __future__ import annotations

import pytest
from test_instrument_probes import _item_match, instruments


def _same(got: list[str], want: list[str]) -> None:
    missed = [w for w in want if not any(_item_match(w, g) for g in got)]
    extra = [g for g in got if not any(_item_match(g, w) for w in want)]
    assert (missed, extra) == ([], []), got


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "W planie są zajęcia plastyczne, wokalne i komputerowe.",
            ["zajęcia plastyczne", "zajęcia wokalne", "zajęcia komputerowe"],
        ),
        (
            "W planie zajęć są warsztaty ceramiczne, gimnastyka oraz spotkania z dietetykiem.",
            ["warsztaty ceramiczne", "gimnastyka", "spotkania z dietetykiem"],
        ),
        (
            "W programie klubu będą też zajęcia muzyczne i komputerowe.",
            ["zajęcia muzyczne", "zajęcia komputerowe"],
        ),
        (
            "W planie projektu były wycieczki krajoznawcze, kurs pierwszej pomocy i warsztaty florystyczne.",
            ["wycieczki krajoznawcze", "kurs pierwszej pomocy", "warsztaty florystyczne"],
        ),
    ],
)
def test_the_plan_of_the_activities_opens_an_enumeration(text: str, want: list[str]) -> None:
    _same(instruments(text, "plan"), want)


@pytest.mark.parametrize(
    "text",
    [
        "W programie Senior+ są gminy z całego województwa.",  # a funding programme
        "W planie jest remont budynku i zakup wyposażenia.",  # works, not support
    ],
)
def test_no_enumeration_after_a_funding_programme_or_a_plan_of_works(text: str) -> None:
    assert instruments(text, "plan_neg") == []


@pytest.mark.parametrize(
    "text, want",
    [
        (  # plain lines under the lead-in
            "Spotkania mają ożywić życie seniorów we wsi. Zaplanowano działania z zakresu:\n"
            "zdrowia (m.in. konsultacje z dietetykiem),\nkultury (wyjazdy do filharmonii),\n"
            "rekreacji (np. zajęcia na basenie),\nrękodzieła (m.in. warsztaty ceramiczne).\n\n"
            "Projekt kosztuje 300 tys. zł.",
            [
                "konsultacje z dietetykiem",
                "wyjazdy do filharmonii",
                "zajęcia na basenie",
                "warsztaty ceramiczne",
            ],
        ),
        (  # in one sentence, with topics that have no form head
            "Klub ma pomóc seniorom w codziennym życiu. Zaplanowano działania z zakresu:\n"
            "zdrowia (m.in. edukacja zdrowotna, spotkania z lekarzem),\n"
            "kultury (wyjścia do kina czy opery),\nsportu (np. nordic walking, aerobik).",
            [
                "edukacja zdrowotna",
                "spotkania z lekarzem",
                "wyjścia do kina",
                "wyjścia do opery",
                "nordic walking",
                "aerobik",
            ],
        ),
        (
            "Przewidziano działania z zakresu: profilaktyki (np. badania słuchu, konsultacje "
            "dietetyczne), rękodzieła (warsztaty ceramiczne).",
            ["badania słuchu", "konsultacje dietetyczne", "warsztaty ceramiczne"],
        ),
    ],
)
def test_the_forms_in_brackets_after_their_domains(text: str, want: list[str]) -> None:
    _same(instruments(text, "domains"), want)


@pytest.mark.parametrize(
    "text",
    [
        "Zaplanowano działania z zakresu: zdrowia, kultury i sportu.",  # domains only
        # places in the brackets, not forms
        "Zaplanowano działania z zakresu: zdrowia (Ośrodek Zdrowia w Łasku), kultury (Gminny Dom Kultury).",
    ],
)
def test_no_forms_from_domains_without_forms_in_brackets(text: str) -> None:
    assert instruments(text, "domains_neg") == []


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "W gminie powstanie zespół specjalistów świadczących usługi prawne, psychologiczne i pedagogiczne.",
            ["usługi prawne", "usługi psychologiczne", "usługi pedagogiczne"],
        ),
        (
            "Powołano zespół ekspertów zapewniających poradnictwo rodzinne i terapię uzależnień.",
            ["poradnictwo rodzinne", "terapia uzależnień"],
        ),
    ],
)
def test_the_forms_that_the_providers_give(text: str, want: list[str]) -> None:
    """Persons or a team named by an active participle of giving (plural): what they give."""
    _same(instruments(text, "providers"), want)


@pytest.mark.parametrize(
    "text",
    [
        "Projekt realizuje fundacja świadcząca usługi od 2005 roku.",  # the implementer's trade
        "Świadczący usługi opiekunowie muszą mieć kwalifikacje.",  # a requirement on staff
        "Firmy oferujące miejsca pracy mogą zgłaszać oferty do urzędu.",  # employers, not support
    ],
)
def test_no_forms_from_a_provider_that_is_no_project_support(text: str) -> None:
    assert instruments(text, "providers_neg") == []


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Odbędą się zajęcia rozwijające kompetencje cyfrowe, czyli kurs obsługi tabletu i "
            "warsztaty z bankowości internetowej.",
            ["kurs obsługi tabletu", "warsztaty z bankowości internetowej"],
        ),
        (
            "Uczestnicy skorzystają ze wsparcia specjalistów, czyli porad prawnika, psychologa i terapeuty.",
            ["porady prawnika", "porady psychologa", "porady terapeuty"],
        ),
        (
            "Zaplanowano działania integracyjne, czyli wyjazdy do teatru oraz pikniki rodzinne.",
            ["wyjazdy do teatru", "pikniki rodzinne"],
        ),
    ],
)
def test_a_general_phrase_restated_as_forms_gives_the_forms(text: str, want: list[str]) -> None:
    _same(instruments(text, "restated"), want)


def test_an_explanation_of_one_form_after_czyli_keeps_the_form() -> None:
    got = instruments("Odbędą się warsztaty kulinarne, czyli wspólne gotowanie.", "czyli_one")
    assert got == ["warsztaty kulinarne"]


def test_a_list_before_czyli_is_kept() -> None:
    got = instruments(
        "Uczestnicy skorzystają z doradztwa zawodowego i staży, czyli wsparcia na rynku pracy.",
        "czyli_list",
    )
    assert {"doradztwo zawodowe", "staże"} <= set(got)
