"""Rules of the twenty-first session, from the misses of the fresh dev part rc_zb. Every wording is
written for these tests, not copied from a page; each rule has near-misses it must not take."""

from __future__ import annotations

import pytest

from integra.extract import extract_text

HEAD = "Projekt realizuje Ośrodek Pomocy Społecznej w Kcyni od marca 2020 r. do lutego 2022 r.\n\n"


def rec(text: str) -> dict:
    return extract_text(text, "twentyfirst.txt")[0]


def inst(text: str) -> list[str]:
    return rec(HEAD + text)["instruments"]


# -- the fund a project's money comes from is no form of support -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Projekt otrzymał wsparcie z Europejskiego Funduszu Społecznego w ramach Regionalnego "
        "Programu Operacyjnego – Warmia i Mazury, Oś 11.",
        "Gmina otrzymała wsparcie z Europejskiego Funduszu Społecznego – 500 tys. zł.",
        "Ośrodek uzyskał wsparcie ze środków unijnych – ponad 85 proc. kosztów.",
        "Stowarzyszenie otrzymało wsparcie z funduszy europejskich – to już trzecia dotacja.",
    ],
)
def test_support_from_a_fund_is_the_funding_not_a_form(text: str) -> None:
    assert inst(text) == []


@pytest.mark.parametrize(
    "text, item",
    [
        (
            "Uczestnicy otrzymają wsparcie psychologiczne i doradztwo zawodowe.",
            "wsparcie psychologiczne",
        ),
        ("Rodziny otrzymają wsparcie asystenta rodziny.", "wsparcie asystenta rodziny"),
    ],
)
def test_support_of_a_kind_or_a_person_is_still_a_form(text: str, item: str) -> None:
    assert item in inst(text)


# -- the support run "for them" after a future verb; an adverb before "z" of what is used ----------


@pytest.mark.parametrize(
    "text, items",
    [
        (
            "Dwa razy w tygodniu opiekunowie poprowadzą dla nich wyjazdy kulturalne i warsztaty pamięci.",
            ["wyjazdy kulturalne", "warsztaty pamięci"],
        ),
        ("Wolontariusze poprowadzą z dziećmi wycieczki przyrodnicze.", ["wycieczki przyrodnicze"]),
        (
            "Mieszkańcy skorzystają bezpłatnie z usług prawnika i usług mediatora.",
            ["usługi prawnika", "usługi mediatora"],
        ),
        (
            "Rodzice korzystają nieodpłatnie z usług logopedy oraz z pomocy pedagoga.",
            ["usługi logopedy", "pomoc pedagoga"],
        ),
        (
            "Uczestnicy skorzystają dodatkowo z usług fryzjera i kosmetyczki.",
            ["usługi fryzjera", "usługi kosmetyczki"],
        ),
    ],
)
def test_forms_after_poprowadza_dla_nich_and_after_an_adverb_before_z(
    text: str, items: list[str]
) -> None:
    got = inst(text)
    assert all(i in got for i in items), got


@pytest.mark.parametrize(
    "text, who",
    [
        ("Zajęcia poprowadzą dla nas wolontariusze z fundacji.", "wolontariusze"),
        ("Wszystkie kursy poprowadzą certyfikowani trenerzy.", "certyfikowani trenerzy"),
    ],
)
def test_who_runs_the_classes_is_no_form(text: str, who: str) -> None:
    assert who not in " ".join(inst(text))


# -- pupils are persons a project is planned for ----------------------------------------------------


def planned(text: str) -> int | None:
    return rec(HEAD + text)["participants_planned"]


@pytest.mark.parametrize(
    "text, n",
    [
        ("W świetlicy odbędą się bezpłatne zajęcia wyrównawcze dla 55 uczniów.", 55),
        ("Projekt skierowany jest do 40 uczniów klas czwartych.", 40),
        ("W zajęciach pozalekcyjnych weźmie udział 32 uczniów z Lipna i Borowa.", 32),
    ],
)
def test_a_count_of_pupils_is_the_planned_total(text: str, n: int) -> None:
    assert planned(text) == n


@pytest.mark.parametrize(
    "text",
    [
        "Z każdej szkoły do projektu trafi 10 uczniów.",
        "Szkoła w Lipnie liczy 400 uczniów.",
    ],
)
def test_pupils_per_school_or_a_schools_roll_are_not_the_plan(text: str) -> None:
    assert planned(text) is None


def test_a_count_per_school_further_from_its_each_is_still_per_unit() -> None:
    text = "Z każdej szkoły do zajęć zostanie zakwalifikowanych 10 osób."
    assert planned(text) is None


# -- a title or a rank before a name ends no sentence ------------------------------------------------

START = "Projekt „Razem” realizuje Ośrodek Pomocy Społecznej w Kcyni.\n\n"


@pytest.mark.parametrize(
    "text, day",
    [
        (
            "Dziś, 31 stycznia 2019 r., w siedzibie urzędu Komendantka Chorągwi hm. Dorota Kołakowska "
            "i Skarbnik phm. Dawid Stec podpisali umowę o dofinansowanie projektu.",
            "2019-01-31",
        ),
        (
            "12 marca 2021 r. w kurii proboszcz ks. Jan Nowak podpisał umowę o dofinansowanie projektu.",
            "2021-03-12",
        ),
        (
            "Dnia 5 maja 2020 r. dyrektor ośrodka mgr inż. Anna Nowak podpisała umowę o dofinansowanie.",
            "2020-05-05",
        ),
    ],
)
def test_the_signing_date_before_a_titled_name_is_the_contract_date(text: str, day: str) -> None:
    assert rec(START + text)["contract_date"] == day


@pytest.mark.parametrize(
    "text",
    [
        "12 marca 2021 r. ks. Jan Nowak poświęcił nową świetlicę. Umowę partnerską podpisano z parafią.",
        "Szkolenie poprowadzi mgr Anna Nowak, psycholog. Dnia 5 maja 2020 r. odbyło się spotkanie informacyjne.",
    ],
)
def test_a_titled_name_beside_another_events_date_gives_no_contract_date(text: str) -> None:
    assert rec(START + text)["contract_date"] is None


# -- "umów" (the genitive plural, with ó) is an agreement word too ---------------------------------


@pytest.mark.parametrize(
    "text, day",
    [
        (
            "W czwartek 5 maja 2022 r. w urzędzie marszałkowskim odbyło się podpisanie umów o "
            "dofinansowanie projektów.",
            "2022-05-05",
        ),
        (
            "Data publikacji: 24 marca 2023\n\nW środę 22 marca w starostwie doszło do podpisania umów "
            "na realizację projektów socjalnych.",
            "2023-03-22",
        ),
        ("Podpisanie umów o dofinansowanie nastąpiło 14 czerwca 2019 r. w Opolu.", "2019-06-14"),
    ],
)
def test_the_signing_of_umow_dates_the_contract(text: str, day: str) -> None:
    assert rec(START + text)["contract_date"] == day


@pytest.mark.parametrize(
    "text",
    [
        "12 marca 2021 r. odbyło się podpisanie umów partnerskich z organizacjami.",
        "5 maja 2022 r. podpisano aneksy do umów o dofinansowanie.",
    ],
)
def test_partnership_agreements_and_annexes_in_the_plural_are_not_the_contract(text: str) -> None:
    assert rec(START + text)["contract_date"] is None


# -- an abbreviation's dot opens no sentence for a name before "to nowy projekt" ----------------------


def title(text: str) -> str | None:
    return rec("Gmina Lubicz\n\n" + text)["title"]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Dom Seniora przy ul. Polnej 5 – tak nazywa się nowy projekt gminy.",
            "Dom Seniora przy ul. Polnej 5",
        ),
        (
            "Klub Seniora im. Jana Pawła II – to nowy projekt gminy.",
            "Klub Seniora im. Jana Pawła II",
        ),
        (
            "Świetlica przy al. Lipowej – taką nazwę nosi projekt ośrodka.",
            "Świetlica przy al. Lipowej",
        ),
    ],
)
def test_a_name_with_an_abbreviation_is_read_whole(text: str, name: str) -> None:
    assert title(text) == name


def test_a_street_after_an_abbreviation_is_no_name() -> None:
    text = (
        "Klub Wsparcia Seniora „Pod Lipami” z siedzibą w Złejwsi przy ul. Długiej 4 – tak nazywa się "
        "nowy projekt o wartości 300 tysięcy złotych."
    )
    assert title(text) != "Długiej 4"


# -- "władze gminy X" winning the grant: the gmina holds the project ------------------------------------


def implementer(text: str) -> str | None:
    return rec(text)["implementer"]


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "Dzienny Dom Seniora powstaje dzięki projektowi „Złota Jesień”. Władze gminy Kcynia "
            "zdobyły na niego 3,5 mln złotych z funduszy unijnych.",
            "Gmina Kcynia",
        ),
        (
            "Na projekt „Razem” władze miasta Kcynia pozyskały 800 tys. zł dofinansowania.",
            "Miasto Kcynia",
        ),
        ("Władze gminy Sadki otrzymały dofinansowanie projektu „Aktywni seniorzy”.", "Gmina Sadki"),
    ],
)
def test_the_authorities_of_a_gmina_winning_the_grant_give_the_gmina(text: str, body: str) -> None:
    assert implementer(text) == body


@pytest.mark.parametrize(
    "text",
    [
        "Projekt „Razem” realizuje się w szkole w Kcyni. Władze gminy Kcynia zapowiedziały kolejne "
        "inwestycje drogowe.",
        "O projekcie „Razem” rozmawiały władze gminy Kcynia.",
    ],
)
def test_the_authorities_doing_something_else_hold_nothing(text: str) -> None:
    assert implementer(text) is None


# -- the auxiliary before the participle: "zostaną zorganizowane świetlice" --------------------------


@pytest.mark.parametrize(
    "text, items",
    [
        (
            "W obu wsiach zostaną zorganizowane świetlice środowiskowe, a w nich – po lekcjach – "
            "bezpłatne zajęcia wyrównawcze.",
            ["świetlice środowiskowe"],
        ),
        ("W gminie zostaną zorganizowane kluby seniora.", ["kluby seniora"]),
        (
            "Zostały zorganizowane wyjazdy integracyjne i spotkania z dietetykiem.",
            ["wyjazdy integracyjne", "spotkania z dietetykiem"],
        ),
    ],
)
def test_forms_after_an_auxiliary_and_its_participle(text: str, items: list[str]) -> None:
    got = inst(text)
    assert all(i in got for i in items), got


@pytest.mark.parametrize(
    "text",
    [
        "Zostanie zorganizowana konferencja podsumowująca projekt.",
        "Zostaną przeprowadzone badania ewaluacyjne i diagnoza potrzeb.",
    ],
)
def test_an_event_for_the_public_or_the_projects_own_research_is_no_form(text: str) -> None:
    assert inst(text) == []


# -- an infrastructure project has no participants' forms of support ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tytuł projektu: Budowa i wyposażenie Lokalnego Ośrodka Integracji w Kcyni\n\nW ośrodku "
        "mieszkańcy skorzystają z porad prawnika i zajęć sportowych.",
        "Projekt pn. „Przebudowa budynku na Dzienny Dom Pomocy” obejmuje remont. W domu seniorzy "
        "skorzystają z zajęć terapeutycznych.",
        "Inwestycja jest współfinansowana z Europejskiego Funduszu Rozwoju Regionalnego. W klubie "
        "odbywać się będą warsztaty kulinarne i zajęcia ruchowe.",
    ],
)
def test_an_infrastructure_projects_page_has_no_items(text: str) -> None:
    assert rec(text)["instruments"] == []


@pytest.mark.parametrize(
    "text, item",
    [
        (
            "Projekt współfinansowany z EFRR i z Europejskiego Funduszu Społecznego. Uczestnicy "
            "skorzystają z warsztatów kulinarnych.",
            "warsztaty kulinarne",
        ),
        (
            "Projekt „Budowanie więzi rodzinnych” realizuje ośrodek. Rodziny skorzystają z "
            "warsztatów kulinarnych.",
            "warsztaty kulinarne",
        ),
    ],
)
def test_a_social_fund_project_or_a_title_not_about_works_keeps_its_items(
    text: str, item: str
) -> None:
    assert item in inst(text)
