"""The project's own running is not a form of support (the settled gold convention of the ninth
session, benchmarks/realcorpus/README.md): hiring staff, a diagnosis of the area's needs, rooms,
equipment and goods bought, plans, systems and studies drawn up, help given to organisations. A
list of a project's tasks keeps only what its participants receive. Wordings written for these
tests, not copied from any labelled page; each family with the support it must not remove. Also:
an English item that a cut left in its middle ("counselling on applying") is no item; a form named
again in another number or case ("kurs zawodowy" after "kursy zawodowe") is one item; a head shared by
a series of persons goes on over feminine nouns ("porady prawnika, pielęgniarki, psychologa"); a list
opened by "following" and a support noun in any case is read; a phrase cut before its end is no item."""

from __future__ import annotations

from integra.extract import extract_text

HEAD = (
    "Projekt „Razem łatwiej” realizuje Miejski Ośrodek Pomocy Społecznej w Bralinie w latach "
    "2025-2026. Wartość projektu: 812 000,00 zł.\n\n"
)


def instruments(text: str) -> list[str]:
    return extract_text(HEAD + text, "running.txt")[0]["instruments"]


def test_a_task_list_keeps_the_support_and_drops_the_running() -> None:
    text = (
        "W ramach projektu zaplanowano:\n"
        "- zatrudnienie dwóch asystentów rodziny i psychologa,\n"
        "- przeprowadzenie diagnozy potrzeb i zasobów mieszkańców gminy,\n"
        "- doposażenie sali spotkań w meble i sprzęt multimedialny,\n"
        "- warsztaty kompetencji wychowawczych dla rodziców,\n"
        "- indywidualne konsultacje z psychologiem.\n\n"
        "Okres realizacji: 2025-2026."
    )
    assert instruments(text) == [
        "warsztaty kompetencji wychowawczych dla rodziców",
        "indywidualne konsultacje z psychologiem",
    ]


def test_plans_studies_and_help_to_organisations_are_not_support() -> None:
    text = (
        "Działania projektu:\n"
        "- opracowanie gminnej strategii usług społecznych,\n"
        "- badania i analizy potrzeb seniorów w powiecie,\n"
        "- wsparcie organizacji pozarządowych w prowadzeniu klubów,\n"
        "- zakup żywności do magazynu partnera,\n"
        "- kursy zawodowe dla osób bezrobotnych,\n"
        "- trening umiejętności społecznych.\n\n"
        "Okres realizacji: 2025-2026."
    )
    assert instruments(text) == [
        "kursy zawodowe dla osób bezrobotnych",
        "trening umiejętności społecznych",
    ]


def test_support_worded_like_running_stays() -> None:
    # a plan drawn up for each participant, social employment and a specialist's help are what
    # the participants receive, not the project's running
    text = (
        "W ramach projektu zaplanowano:\n"
        "- opracowanie indywidualnego planu działania dla każdego uczestnika,\n"
        "- zatrudnienie socjalne w Centrum Integracji Społecznej,\n"
        "- wsparcie psychologa i prawnika,\n"
        "- diagnoza potrzeb uczestnika prowadzona przez doradcę zawodowego.\n\n"
        "Okres realizacji: 2025-2026."
    )
    assert instruments(text) == [
        "opracowanie indywidualnego planu działania dla każdego uczestnika",
        "zatrudnienie socjalne w Centrum Integracji Społecznej",
        "wsparcie psychologa i prawnika",
        "diagnoza potrzeb uczestnika prowadzona przez doradcę zawodowego",
    ]


# ------------------------------------------------- English: a phrase the cut broke is no item


def test_an_english_item_cut_in_its_middle_is_dropped() -> None:
    from integra.extract.instruments import english_parts

    # "for 12 months" ends an item; what is left of "counselling on applying …" is a fragment
    assert english_parts(
        "The project offers trainings, counselling on applying for 12 months, and study visits."
    ) == ["trainings", "study visits"]
    # a preposition with its object is a whole phrase, kept
    assert english_parts(
        "Participants will take part in workshops, advice on coping with debt and group meetings."
    ) == ["workshops", "advice on coping with debt", "group meetings"]


# ------------------------------------------- no duplicates: one form in another number or case


def test_a_form_named_again_in_another_number_is_one_item() -> None:
    text = (
        "Formy wsparcia:\n"
        "- kursy zawodowe,\n"
        "- doradztwo zawodowe.\n\n"
        "Każdy uczestnik skorzysta z kursu zawodowego oraz z poradnictwa psychologicznego."
    )
    assert instruments(text) == [
        "kursy zawodowe",
        "doradztwo zawodowe",
        "poradnictwo psychologiczne",
    ]


def test_the_lemma_key_of_an_item() -> None:
    from integra.extract.instruments import head_lemma_key

    assert head_lemma_key("placówki wsparcia dziennego") == head_lemma_key(
        "Placówka Wsparcia Dziennego"
    )
    assert head_lemma_key("kursy zawodowe") == head_lemma_key("kurs zawodowy")
    assert head_lemma_key("kursy zawodowe") != head_lemma_key("kursy komputerowe")


# ------------------------------- a head shared by a series of persons, feminine nouns included


def test_a_shared_head_goes_on_over_feminine_person_nouns() -> None:
    from integra.extract.instruments import enumerated_parts

    # the analyser marks no feminine noun as a person: the series must not stop at "pielęgniarki"
    assert enumerated_parts(
        "Mieszkańcy otrzymają konsultacje prawnika, pielęgniarki, logopedy i opiekunki."
    ) == [
        "konsultacje prawnika",
        "konsultacje pielęgniarki",
        "konsultacje logopedy",
        "konsultacje opiekunki",
    ]
    # a feminine noun that is no person after the series is its own item, not the head's
    assert enumerated_parts(
        "Uczestnicy skorzystają z pomocy psychologa, terapeutki i z mediacji rodzinnych."
    ) == ["pomoc psychologa", "pomoc terapeutki", "mediacje rodzinne"]


# ----------------------------- a list opened by "following" and a support noun in any case


def test_a_list_after_following_forms_in_any_case_is_read() -> None:
    # "w następujących formach:", "następującymi działaniami:": the lead-in names the support
    # outright, even when it also names the recruitment before it
    text = (
        "Po zakończeniu rekrutacji uczestnicy otrzymają wsparcie w następujących formach:\n"
        "- indywidualne poradnictwo zawodowe,\n"
        "- kurs obsługi kas fiskalnych,\n"
        "- zwrot kosztów dojazdu na zajęcia.\n\n"
        "Okres realizacji: 2025-2026."
    )
    assert instruments(text) == [
        "indywidualne poradnictwo zawodowe",
        "kurs obsługi kas fiskalnych",
        "zwrot kosztów dojazdu na zajęcia",
    ]
    # the same words before a list of documents are no lead-in of support
    text = (
        "Do formularza rekrutacyjnego należy dołączyć następujące dokumenty:\n"
        "- zaświadczenie o niepełnosprawności,\n"
        "- oświadczenie o dochodach.\n\n"
        "Okres realizacji: 2025-2026."
    )
    assert instruments(text) == []
