"""Instruments, session 18. Wordings written for these tests, not copied from any labelled page.

- A form of help named by a general word for its providers, then the providers in apposition
  ("pomoc specjalistów – psychologa, prawnika i terapeuty –"): the general word dropped, so each
  provider shares the head ("pomoc psychologa", "pomoc prawnika", …).
- English: help received ("will get help with …"), a head whose preposition a later part repeats
  ("help with finding work and with social reintegration": two items).
"""

from __future__ import annotations

import pytest

from integra.extract import extract_text
from integra.extract.instruments import english_parts, enumerated_parts

HEAD = (
    "Projekt „Krok dalej” realizuje Miejski Ośrodek Pomocy Społecznej w Bralinie w latach "
    "2025-2026. Wartość projektu: 640 000,00 zł.\n\n"
)


def instruments(text: str) -> list[str]:
    return extract_text(HEAD + text, "eighteenth.txt")[0]["instruments"]


# ----------------------------------------------------------------- providers in apposition


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Dla uczestników przewidziano też pomoc specjalistów – psychologa, prawnika i "
            "terapeuty uzależnień – oraz warsztaty kulinarne.",
            ["pomoc psychologa", "pomoc prawnika", "pomoc terapeuty uzależnień"],
        ),
        (
            "Uczestniczki skorzystają z pomocy specjalistów: pedagoga, psychologa i mediatora.",
            ["pomoc pedagoga", "pomoc psychologa", "pomoc mediatora"],
        ),
        (
            "Rodziny otrzymają wsparcie specjalistów (dietetyka, doradcy zawodowego, prawnika).",
            ["wsparcie dietetyka", "wsparcie doradcy zawodowego", "wsparcie prawnika"],
        ),
        (
            "Zapewnimy konsultacje ekspertów, m.in. fizjoterapeuty i logopedy, a także warsztaty.",
            ["konsultacje fizjoterapeuty", "konsultacje logopedy", "warsztaty"],
        ),
    ],
)
def test_providers_in_apposition_share_the_head(text: str, want: list[str]) -> None:
    got = enumerated_parts(text)
    for item in want:
        assert item in got
    assert not any("specjalist" in x or "ekspert" in x for x in got)


def test_providers_in_apposition_on_a_page() -> None:
    got = instruments(
        "W ramach projektu uczestnicy otrzymają pomoc specjalistów – psychologa, prawnika i "
        "doradcy zawodowego – oraz wezmą udział w warsztatach kulinarnych.\n"
    )
    assert "pomoc psychologa" in got
    assert "pomoc prawnika" in got
    assert "pomoc doradcy zawodowego" in got


def test_providers_not_in_apposition_stay_as_written() -> None:
    # no list after the general word: the phrase is read as it stands
    assert enumerated_parts("Uczestnicy skorzystają z pomocy specjalistów oraz z warsztatów.") == [
        "pomoc specjalistów",
        "warsztaty",
    ]
    # staff hired, no form of help before them: nothing
    assert enumerated_parts("W projekcie zatrudniono specjalistów: psychologa i pedagoga.") == []


# ----------------------------------------------------------------- English: shared preposition


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "More than 300 residents at risk of poverty will get help with finding work and "
            "with social reintegration.",
            ["help with finding work", "help with social reintegration"],
        ),
        (
            "Participants will receive support in finding a job and in dealing with debts.",
            ["support in finding a job", "support in dealing with debts"],
        ),
        (
            "Families will be offered assistance with childcare and with household budgeting.",
            ["assistance with childcare", "assistance with household budgeting"],
        ),
        (
            "The young people gained help with writing a CV and with job interviews.",
            ["help with writing a CV", "help with job interviews"],
        ),
    ],
)
def test_english_shared_preposition(text: str, want: list[str]) -> None:
    assert english_parts(text) == want


def test_english_get_access_reads_the_forms() -> None:
    assert english_parts(
        "Residents will get access to psychological counselling and legal advice."
    ) == ["psychological counselling", "legal advice"]


@pytest.mark.parametrize(
    "text",
    [
        "The project got funding from the European Social Fund.",
        "The municipality obtained a grant of PLN 2 million.",
        "The centre gained experience in running projects.",
    ],
)
def test_english_get_without_help_reads_nothing(text: str) -> None:
    assert english_parts(text) == []


# ----------------------------------------------------------------- English: a support noun's colon


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The following services will be provided to the seniors: care services, "
            "rehabilitation, meals and transport.",
            ["care services", "rehabilitation", "meals", "transport"],
        ),
        (
            "Activities carried out within the project: vocational training, job counselling, "
            "internships.",
            ["vocational training", "job counselling", "internships"],
        ),
        (
            "Support measures planned for the families in 2025: workshops, trips, consultations "
            "with a psychologist.",
            ["workshops", "trips", "consultations with a psychologist"],
        ),
        (
            "Modules: social skills training, vocational courses.",
            ["social skills training", "vocational courses"],
        ),
    ],
)
def test_english_support_noun_before_a_colon_opens_a_list(text: str, want: list[str]) -> None:
    assert english_parts(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The services of the centre are aimed at: reducing exclusion, improving health.",
        "Objectives: social inclusion, better health of the residents.",
        "The project will keep getting advice on the budget from the city.",
    ],
)
def test_english_no_support_list_no_items(text: str) -> None:
    assert english_parts(text) == []


# ----------------------------------------------------------------- a place said to run (działać)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "W ramach projektu zacznie działać placówka wsparcia dziennego dla dzieci z osiedla.",
            "placówka wsparcia dziennego",
        ),
        (
            "Dzięki projektowi od marca działają Kluby Seniora w Bralinie i w Zalesiu.",
            "Kluby Seniora",
        ),
        (
            "Od jesieni będzie działać świetlica środowiskowa dla młodzieży z gminy.",
            "świetlica środowiskowa",
        ),
        (
            "W ramach projektu działa Punkt Poradnictwa Rodzinnego przy ulicy Polnej.",
            "Punkt Poradnictwa Rodzinnego",
        ),
    ],
)
def test_a_place_said_to_run_beside_its_verb(text: str, want: str) -> None:
    assert want in instruments(text + "\n")


@pytest.mark.parametrize(
    "text",
    [
        # the verb far from the place, said of another body
        "Ośrodek działa od 1990 roku w budynku przy rynku i prowadzi dom pomocy.",
        # the noun "działania", not the verb
        "Działania projektu obejmą mieszkańców domów pomocy społecznej.",
        "Fundacja prowadzi działalność w zakresie pomocy, a jej klub sportowy ma długą historię.",
    ],
)
def test_running_verb_far_from_a_place_or_a_noun_names_none(text: str) -> None:
    got = instruments(text + "\n")
    assert not any(x.lower().startswith(("dom", "klub")) for x in got)


# ----------------------------------------------------------------- an item that is a clause


@pytest.mark.parametrize(
    "text",
    [
        "Uczestnicy otrzymają wsparcie, które w projekcie może być różne, oraz szkolenia.",
        "Seniorzy skorzystają z pomocy odpowiadać na potrzeby, a także z warsztatów.",
    ],
)
def test_a_prose_item_holding_a_verb_is_no_item(text: str) -> None:
    got = instruments(text + "\n")
    assert not any(" być" in x or "odpowiadać" in x for x in got)


def test_a_prose_item_without_a_verb_stays() -> None:
    got = instruments("W ramach projektu uczestnicy skorzystają z warsztatów kulinarnych.\n")
    assert "warsztaty kulinarne" in got


# ----------------------------------------------------------------- English: provide and a sum


@pytest.mark.parametrize(
    "text",
    [
        "The project provides EUR 2 million to support staff of the centres.",
        "The municipality will provide 40 places for older residents.",
        "The city provided for a budget of PLN 300 000.",
    ],
)
def test_english_provide_a_sum_or_a_count_opens_no_list(text: str) -> None:
    assert english_parts(text) == []


def test_english_provide_a_form_still_opens_a_list() -> None:
    assert english_parts(
        "Participants will be provided with vocational training and job counselling."
    ) == ["vocational training", "job counselling"]
    assert english_parts("The centre will provide home care services and legal advice.") == [
        "home care services",
        "legal advice",
    ]


# ----------------------------------------------------------------- a conjunction left at the start


def test_no_item_opens_with_a_conjunction() -> None:
    got = instruments(
        "Uczestnicy otrzymają wsparcie, które w projekcie może być różne, oraz szkolenia.\n"
    )
    assert "szkolenia" in got
    assert not any(x.startswith(("oraz ", "i ", "lub ", "a także ")) for x in got)


def test_a_roman_numeral_first_word_stays() -> None:
    from integra.extract.instruments import _lead_conjunction

    assert _lead_conjunction().sub("", "I etap szkoleń zawodowych") == "I etap szkoleń zawodowych"
    assert _lead_conjunction().sub("", "oraz warsztaty kulinarne") == "warsztaty kulinarne"
    assert _lead_conjunction().sub("", "a także kursy") == "kursy"
    assert _lead_conjunction().sub("", "and job counselling") == "job counselling"


# ----------------------------------------------------------------- English series: small fixes


def test_english_employment_counselling_is_a_form() -> None:
    assert english_parts(
        "Participants will be covered by social activation, employment counselling and "
        "training courses."
    ) == ["social activation", "employment counselling", "training courses"]


@pytest.mark.parametrize(
    "text",
    [
        "The project includes: employment of two social workers, social work.",
        "The project includes: recruitment of participants, individual counselling.",
    ],
)
def test_english_hiring_staff_is_still_no_form(text: str) -> None:
    got = english_parts(text)
    assert not any(x.lower().startswith(("employment", "recruitment")) for x in got)


def test_english_task_numbers_dropped() -> None:
    assert english_parts(
        "Under the project the following tasks will be implemented: Task 1 Social services "
        "for seniors, Task 2 Respite care for carers."
    ) == ["Social services", "Respite care"]


def test_english_lone_adjective_shares_a_two_word_head() -> None:
    assert english_parts(
        "The project includes: individual and group therapy, support groups, family mediation."
    ) == ["individual therapy", "group therapy", "support groups", "family mediation"]
    # an adjective first in the later part: its whole rest is shared (as before)
    assert english_parts("The project offers psychological and legal counselling services.") == [
        "psychological counselling services",
        "legal counselling services",
    ]


def test_a_place_said_to_function_beside_its_verb() -> None:
    got = instruments(
        "W ramach projektu funkcjonować będzie Klub Młodzieżowy przy ulicy Szkolnej.\n"
    )
    assert "Klub Młodzieżowy" in got
    got = instruments("Od 2025 roku funkcjonuje świetlica środowiskowa dla dzieci z osiedla.\n")
    assert "świetlica środowiskowa" in got


# ----------------------------------------------------------------- nominative: unknown adjectives


@pytest.mark.parametrize(
    ("phrase", "case", "want"),
    [
        ("opiekę wytchnieniową", "acc", "opieka wytchnieniowa"),
        ("opieki wytchnieniowej", "gen", "opieka wytchnieniowa"),
        ("usług wytchnieniowych", "gen", "usługi wytchnieniowe"),
        ("pobytu wytchnieniowego", "gen", "pobyt wytchnieniowy"),
        ("warsztatach wytchnieniowych", "loc", "warsztaty wytchnieniowe"),
    ],
)
def test_an_adjective_the_analyser_does_not_know_by_its_ending(
    phrase: str, case: str, want: str
) -> None:
    from integra.extract.inflect import to_nominative

    ph = to_nominative(phrase, case)
    assert ph is not None and ph.text == want


@pytest.mark.parametrize(
    ("phrase", "case", "want"),
    [
        ("pomocy xyzabc", "gen", "pomoc xyzabc"),  # no adjective ending: as written
        ("kursów Excela", "gen", "kursy Excela"),  # a name: as written
        ("szkoleń zawodowych", "gen", "szkolenia zawodowe"),  # a known adjective, as before
    ],
)
def test_other_unknown_words_stay_as_written(phrase: str, case: str, want: str) -> None:
    from integra.extract.inflect import to_nominative

    ph = to_nominative(phrase, case)
    assert ph is not None and ph.text == want


# ----------------------------------------------------------------- an adjective of a cut phrase


def test_an_adjective_of_the_words_cut_off_joins_nothing() -> None:
    got = enumerated_parts(
        "Zapewniamy opiekę wytchnieniową w formie pobytu dziennego i całodobowego."
    )
    assert got == ["opieka wytchnieniowa"]
    got = enumerated_parts("Zapewniamy usługi w formie pobytu dziennego i całodobowego.")
    assert not any("całodobowego" in x for x in got)
    # not cut: the adjective of the complement still joins ("treningów budżetowania i …")
    assert enumerated_parts("Uczestnicy skorzystają z treningów budżetowania i wychowawczych.") == [
        "treningi budżetowania i wychowawczych"
    ]


# ----------------------------------------------------------------- English: more form words


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Participants will receive legal aid, food aid and psychological counselling.",
            ["legal aid", "food aid", "psychological counselling"],
        ),
        (
            "The project offers adult education, leisure activities and recreation for seniors.",
            ["adult education", "leisure activities", "recreation"],
        ),
        (
            "Refugees will be provided with housing, translation of documents and legal advice.",
            ["housing", "translation of documents", "legal advice"],
        ),
    ],
)
def test_english_more_form_words(text: str, want: list[str]) -> None:
    assert english_parts(text) == want


def test_english_an_aid_profile_is_no_form() -> None:
    got = english_parts(
        "The project includes unemployed people with the third aid profile and vocational courses."
    )
    assert not any("profile" in x for x in got)


def test_english_a_kind_of_help_is_a_form() -> None:
    assert english_parts(
        "Participants will receive psychological help, legal advice and vocational courses."
    ) == ["psychological help", "legal advice", "vocational courses"]


def test_english_a_lone_adjective_of_a_numbered_item_is_no_form() -> None:
    got = instruments(
        "As part of the project the following tasks will be carried out: 1. Social activation "
        "2. Psychological and pedagogical counselling 3. Vocational courses.\n"
    )
    assert not any(x.endswith(" 3") or x == "Psychological" for x in got)


# ----------------------------------------------------------------- lexicon: not the adjective


@pytest.mark.parametrize(
    "text",
    [
        "Uczestnikom zapewniono catering, materiały szkoleniowe oraz zwrot kosztów dojazdu.\n",
        "Zakupiono wyposażenie sali warsztatowej i sprzęt nagłośnieniowy.\n",
        "Stażysta otrzyma stypendium stażowe.\n",
    ],
)
def test_a_lexicon_head_is_not_read_from_its_adjective(text: str) -> None:
    got = instruments(text)
    assert not any(x in ("szkolenia", "warsztaty", "staże") for x in got)


def test_a_lexicon_head_is_still_read_from_the_noun() -> None:
    got = instruments("W ramach projektu uczestnicy wezmą udział w szkoleniach i stażach.\n")
    assert "szkolenia" in got
    assert "staże" in got


# Lead: the future of "odbywać się" in two words opens an enumeration of forms, either order; a
# sentence saying only where meetings take place names none.
@pytest.mark.parametrize(
    ("sentence", "items"),
    [
        (
            "W Klubie odbywać się będą zajęcia kulturalne, sportowe, edukacyjne i komputerowe.",
            ["zajęcia kulturalne", "zajęcia sportowe", "zajęcia edukacyjne", "zajęcia komputerowe"],
        ),
        (
            "W świetlicy będą się odbywać warsztaty plastyczne, muzyczne i teatralne.",
            ["warsztaty plastyczne", "warsztaty muzyczne", "warsztaty teatralne"],
        ),
        (
            "W ośrodku odbywać się będzie poradnictwo psychologiczne oraz prawne.",
            ["poradnictwo psychologiczne", "poradnictwo prawne"],
        ),
    ],
)
def test_lead_future_odbywac_sie_opens_forms(sentence, items):
    text = "Projekt „Razem raźniej” realizuje Gmina Kcynia. " + sentence
    assert extract_text(text, "odbywac.txt")[0]["instruments"] == items


def test_lead_future_odbywac_sie_place_only_gives_no_form():
    text = (
        "Projekt „Razem raźniej” realizuje Gmina Kcynia. "
        "Spotkania odbywać się będą w siedzibie ośrodka, przy ul. Polnej 3."
    )
    assert extract_text(text, "odbywac.txt")[0]["instruments"] == []
