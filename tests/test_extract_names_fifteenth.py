"""Fifteenth session: implementer on wordings written for this test (not copied from any labelled
document): a gmina or town written before the unit that runs the project for it, with a space, a
comma, a slash or a dash between ("realizowany przez Gminę X Gminny Ośrodek …"); the body that
grants the money named in a passive ("grant przyznany przez …"), which is not the realizator; a
national society's branch said to receive a grant."""

from __future__ import annotations

import pytest

from integra.extract import extract_text


def rec(text: str) -> dict:
    return extract_text(text, "names15.txt")[0]


MONEY = (
    " Wartość projektu wynosi 410 000,00 zł. Projekt współfinansowany ze środków Europejskiego"
    " Funduszu Społecznego."
)


# --------------------------------------------------------------------------- a gmina and its unit


@pytest.mark.parametrize(
    "text, implementer",
    [
        (
            "Projekt jest realizowany przez Gminę Kowalewo Gminny Ośrodek Pomocy Społecznej"
            " w Kowalewie.",
            "Gminny Ośrodek Pomocy Społecznej w Kowalewie",
        ),
        (
            "Projekt realizowany przez Miasto Radom Miejski Ośrodek Pomocy Społecznej w Radomiu.",
            "Miejski Ośrodek Pomocy Społecznej w Radomiu",
        ),
        (
            "Realizatorem projektu jest Gmina Tczew Miejski Ośrodek Pomocy Rodzinie w Tczewie.",
            "Miejski Ośrodek Pomocy Rodzinie w Tczewie",
        ),
        (
            "Projekt jest realizowany przez Gminę Kowalewo, Gminny Ośrodek Pomocy Społecznej"
            " w Kowalewie.",
            "Gminny Ośrodek Pomocy Społecznej w Kowalewie",
        ),
        (
            "Projekt realizuje Gmina Kowalewo / Gminny Ośrodek Pomocy Społecznej w Kowalewie.",
            "Gminny Ośrodek Pomocy Społecznej w Kowalewie",
        ),
        (
            "Projekt realizowany przez Powiat Łęczycki – Powiatowe Centrum Pomocy Rodzinie"
            " w Łęczycy.",
            "Powiatowe Centrum Pomocy Rodzinie w Łęczycy",
        ),
        (
            "Miejski Ośrodek Pomocy Społecznej w Zawierciu\n\nRegulamin\n\nProjekt jest realizowany"
            " przez Gminę Zawiercie Miejski Ośrodek Pomocy Społecznej.",
            "Miejski Ośrodek Pomocy Społecznej w Zawierciu",
        ),
    ],
)
def test_gmina_before_its_unit_gives_the_unit(text, implementer):
    assert rec(text + MONEY)["implementer"] == implementer


@pytest.mark.parametrize(
    "text, implementer",
    [
        # the unit after a comma is a partner: the gmina runs it
        (
            "Projekt realizowany przez Gminę Nowa Dęba, Ośrodek Pomocy Społecznej w Nowej Dębie"
            " jest partnerem.",
            "Gmina Nowa Dęba",
        ),
        # another sentence names the centre: the gmina, as before
        (
            "Projekt realizowany przez Gminę Nowa Dęba. Uczestników rekrutuje Ośrodek Pomocy"
            " Społecznej w Nowej Dębie.",
            "Gmina Nowa Dęba",
        ),
        # a two-word gmina keeps its second word
        ("Projekt realizowany przez Gminę Nowa Dęba.", "Gmina Nowa Dęba"),
    ],
)
def test_gmina_without_its_unit_stays(text, implementer):
    assert rec(text + MONEY)["implementer"] == implementer


# --------------------------------------------------------------------------- the grant's giver


@pytest.mark.parametrize(
    "text",
    [
        "W ramach projektu grant przyznany przez Regionalny Ośrodek Polityki Społecznej w Lublinie"
        " trafił do domu pomocy.",
        "Regionalny Ośrodek Polityki Społecznej w Lublinie przyznał dofinansowanie na projekt"
        " „Razem”.",
        "Projekt dofinansowany przez Regionalny Ośrodek Polityki Społecznej w Lublinie. Zajęcia"
        " prowadzi świetlica.",
    ],
)
def test_only_the_grant_giver_named_is_no_implementer(text):
    assert rec(text + MONEY)["implementer"] is None


@pytest.mark.parametrize(
    "text, implementer",
    [
        (
            "Fundacja Pomocy Rodzinie otrzymała grant przyznany przez Regionalny Ośrodek Polityki"
            " Społecznej w Lublinie.",
            "Fundacja Pomocy Rodzinie",
        ),
        (
            "Dom Pomocy Społecznej w Rzeszowie otrzymał grant w konkursie ogłoszonym przez"
            " Regionalny Ośrodek Polityki Społecznej w Rzeszowie.",
            "Dom Pomocy Społecznej w Rzeszowie",
        ),
        (
            "Polski Komitet Pomocy Społecznej otrzymał grant przyznany przez Regionalny Ośrodek"
            " Polityki Społecznej na zakup środków ochrony.",
            "Polski Komitet Pomocy Społecznej",
        ),
        (
            "Projekt „Razem” realizuje Miejski Ośrodek Pomocy Społecznej w Radomiu; środki"
            " przekazane przez Regionalny Ośrodek Polityki Społecznej w Warszawie.",
            "Miejski Ośrodek Pomocy Społecznej w Radomiu",
        ),
    ],
)
def test_grant_giver_is_not_taken_over_the_receiver(text, implementer):
    assert rec(text + MONEY)["implementer"] == implementer


# --------------------------------------------------------------------------- a gmina in lower case


@pytest.mark.parametrize(
    "text, implementer",
    [
        (
            "W ramach programu gmina Dąbie otrzymała dofinansowanie w kwocie 170 tys. zł.",
            "Gmina Dąbie",
        ),
        ("Dofinansowanie w kwocie 170 tys. zł otrzymała gmina Dąbie.", "Gmina Dąbie"),
        ("Umowę o dofinansowanie projektu podpisała gmina Dąbie.", "Gmina Dąbie"),
        ("Projekt „Razem” realizuje miasto Radom.", "Miasto Radom"),
        # a centre said to run it goes first
        (
            "Projekt realizuje Gminny Ośrodek Pomocy Społecznej w Dąbiu, a gmina Dąbie otrzymała"
            " dofinansowanie.",
            "Gminny Ośrodek Pomocy Społecznej w Dąbiu",
        ),
    ],
)
def test_gmina_in_lower_case_acting_for_the_project(text, implementer):
    assert rec(text + MONEY)["implementer"] == implementer


def test_residents_of_a_gmina_in_lower_case_are_no_holder():
    assert (
        rec("Mieszkańcy gminy Dąbie otrzymali wsparcie w projekcie." + MONEY)["implementer"] is None
    )


# --------------------------------------------------------------------------- partners


@pytest.mark.parametrize(
    "text",
    [
        "„Razem” to projekt, w którym będzie uczestniczyło Powiatowe Centrum Pomocy Rodzinie"
        " w Kwidzynie. PCPR będzie partnerem w jego realizacji.",
        "W projekcie „Razem” uczestniczy Miejski Ośrodek Pomocy Społecznej w Sopocie. MOPS jest"
        " jednym z partnerów.",
    ],
)
def test_centre_named_elsewhere_as_a_partner_by_its_abbreviation_is_no_runner(text):
    assert rec(text + MONEY)["implementer"] is None


def test_the_partner_of_an_abbreviated_centre_leaves_the_centre():
    # "Partnerem MOPS jest …": the partner of the centre, not the centre a partner
    text = (
        "Partnerem MOPS w projekcie jest Stowarzyszenie Horyzont. Miejski Ośrodek Pomocy"
        " Społecznej w Sopocie zaprasza."
    )
    assert rec(text + MONEY)["implementer"] == "Miejski Ośrodek Pomocy Społecznej w Sopocie"


@pytest.mark.parametrize(
    "text, implementer",
    [
        (
            "Powiatowe Centrum Pomocy Rodzinie w Kwidzynie będzie partnerem Związku Harcerstwa"
            " Polskiego Chorągwi Gdańskiej w projekcie „Razem”.",
            "Związek Harcerstwa Polskiego Chorągwi Gdańskiej",
        ),
        (
            "„Razem” to projekt, w którym będzie uczestniczyło Powiatowe Centrum Pomocy Rodzinie"
            " w Kwidzynie. PCPR będzie partnerem Stowarzyszenia Przyjazny Dom w jego realizacji.",
            "Stowarzyszenie Przyjazny Dom",
        ),
    ],
)
def test_the_leader_whose_partner_a_centre_is(text, implementer):
    assert rec(text + MONEY)["implementer"] == implementer


# --------------------------------------------------------------------------- other run verbs

GRANTEE = "Gmina Pelplin otrzymała dofinansowanie na projekt „Razem”. "
CENTRE = "Miejsko-Gminny Ośrodek Pomocy Społecznej w Pelplinie"


@pytest.mark.parametrize(
    "before",
    [
        "Projekt realizować będzie",
        "Projekt będzie realizować",
        "Realizacją projektu zajmie się",
        "Za realizację projektu odpowiada",
        "Za realizację projektu odpowiedzialny jest",
        "Wdrażaniem projektu zajmuje się",
        "Projekt koordynuje",
    ],
)
def test_run_verb_before_the_centre(before):
    assert rec(f"{GRANTEE}{before} {CENTRE}." + MONEY)["implementer"] == CENTRE


@pytest.mark.parametrize(
    "after",
    [
        "będzie realizować projekt",
        "zajmie się realizacją projektu",
        "odpowiada za realizację projektu",
        "poprowadzi projekt",
        "zrealizuje projekt",
        "wdraża projekt",
    ],
)
def test_run_verb_after_the_centre(after):
    assert rec(f"{GRANTEE}{CENTRE} {after}." + MONEY)["implementer"] == CENTRE


@pytest.mark.parametrize(
    "text",
    [
        "Stowarzyszenie Aktywni Razem będzie realizować projekt.",
        "Stowarzyszenie Aktywni Razem zajmie się realizacją projektu.",
        "Stowarzyszenie Aktywni Razem odpowiada za realizację projektu.",
        "Stowarzyszenie Aktywni Razem poprowadzi projekt.",
    ],
)
def test_association_said_to_carry_it_out_over_the_grantee(text):
    assert rec(GRANTEE + text + MONEY)["implementer"] == "Stowarzyszenie Aktywni Razem"


@pytest.mark.parametrize(
    "text",
    [
        # a task within the project, not the project
        f"{CENTRE} przeprowadzi rekrutację.",
        "Fundacja Nowe Horyzonty przeprowadzi szkolenia.",
    ],
)
def test_other_tasks_leave_the_grantee(text):
    assert rec(GRANTEE + text + MONEY)["implementer"] == "Gmina Pelplin"


# --------------------------------------------------------------------------- a department after a dash


@pytest.mark.parametrize(
    "text, implementer",
    [
        (
            "Projekt realizuje Miejski Ośrodek Pomocy Społecznej w Krakowie – Dział Projektów.",
            "Miejski Ośrodek Pomocy Społecznej w Krakowie",
        ),
        (
            "Projekt realizuje Miejski Ośrodek Pomocy Społecznej w Radomiu - Sekcja Projektów.",
            "Miejski Ośrodek Pomocy Społecznej w Radomiu",
        ),
        # a town's two halves stay
        (
            "Projekt realizuje Miejski Ośrodek Pomocy Rodzinie w Bielsku - Białej.",
            "Miejski Ośrodek Pomocy Rodzinie w Bielsku - Białej",
        ),
        (
            "Projekt realizuje Miejski Ośrodek Pomocy Społecznej w Kędzierzynie-Koźlu.",
            "Miejski Ośrodek Pomocy Społecznej w Kędzierzynie-Koźlu",
        ),
    ],
)
def test_department_after_a_spaced_dash_is_cut(text, implementer):
    assert rec(text + MONEY)["implementer"] == implementer


# --------------------------------------------------------------------------- a home's street, a date


@pytest.mark.parametrize(
    "text, implementer, city",
    [
        (
            "Dom Pomocy Społecznej przy ul. Długiej 5 w Łodzi realizuje projekt.",
            "Dom Pomocy Społecznej przy ul. Długiej 5 w Łodzi",
            "Łódź",
        ),
        (
            "Dom Pomocy Społecznej przy ul. Długiej 5 w Łodzi jest współrealizatorem projektu"
            " „Razem”.",
            "Dom Pomocy Społecznej przy ul. Długiej 5 w Łodzi",
            "Łódź",
        ),
        (
            "Projekt realizuje Dom Pomocy Społecznej przy ulicy Lipowej w Krakowie.",
            "Dom Pomocy Społecznej przy ulicy Lipowej w Krakowie",
            "Kraków",
        ),
        (
            "Grant otrzymał Dom Pomocy Społecznej przy ul. Jana Pawła II 10 w Łodzi.",
            "Dom Pomocy Społecznej przy ul. Jana Pawła II 10 w Łodzi",
            "Łódź",
        ),
    ],
)
def test_home_named_with_its_street(text, implementer, city):
    r = rec(text + MONEY)
    assert (r["implementer"], r["city"]) == (implementer, city)


@pytest.mark.parametrize(
    "text, implementer",
    [
        (
            "Caritas Diecezji Przykładowej od września 2013 r. realizuje projekt „Druga szansa”."
            " Naszym partnerem jest Powiatowy Urząd Pracy w Gdańsku.",
            "Caritas Diecezji Przykładowej",
        ),
        (
            "Stowarzyszenie Aktywni Razem od 1 marca 2021 r. realizuje projekt „Razem”.",
            "Stowarzyszenie Aktywni Razem",
        ),
        (
            "Stowarzyszenie Aktywni Razem od 01.03.2021 r. realizuje projekt „Razem”.",
            "Stowarzyszenie Aktywni Razem",
        ),
        (
            "Fundacja Nowe Horyzonty w 2020 roku zrealizowała projekt „Razem”.",
            "Fundacja Nowe Horyzonty",
        ),
    ],
)
def test_association_runs_it_from_a_date(text, implementer):
    assert rec(text + MONEY)["implementer"] == implementer


def test_warsaw_district_gives_warsaw():
    r = rec("Ośrodek Pomocy Społecznej Dzielnicy Wola realizuje projekt." + MONEY)
    assert (r["city"], r["voivodeship"]) == ("Warszawa", "mazowieckie")


# --------------------------------------------------------------------------- companies


@pytest.mark.parametrize(
    "text, implementer",
    [
        (
            "Projekt „Razem” realizuje firma Szkolenia Plus Sp. z o.o. z Lublina. Uczestnicy"
            " rekrutowani są spośród klientów Miejskiego Ośrodka Pomocy Społecznej w Lublinie.",
            "Szkolenia Plus Sp. z o.o.",
        ),
        (
            "Projekt realizowany jest przez firmę Szkolenia Plus Sp. z o.o. z Lublina.",
            "Szkolenia Plus Sp. z o.o.",
        ),
        (
            "Szkolenia Plus Sp. z o.o. z siedzibą w Lublinie realizuje projekt „Razem”.",
            "Szkolenia Plus Sp. z o.o.",
        ),
        (
            "Realizatorem projektu jest Centrum Szkoleniowe Progres Sp. z o.o.",
            "Centrum Szkoleniowe Progres Sp. z o.o.",
        ),
        ("Realizator projektu: Szkolenia Plus Sp. z o.o.", "Szkolenia Plus Sp. z o.o."),
        (
            "Projekt realizuje Dom Opieki Złota Jesień s.c. w Lublinie.",
            "Dom Opieki Złota Jesień s.c.",
        ),
    ],
)
def test_company_said_to_run_the_project(text, implementer):
    assert rec(text + MONEY)["implementer"] == implementer


def test_company_serving_the_project_is_no_runner():
    text = (
        "Miejski Ośrodek Pomocy Społecznej w Lublinie realizuje projekt. Catering zapewnia firma"
        " Smak Sp. z o.o."
    )
    assert rec(text + MONEY)["implementer"] == "Miejski Ośrodek Pomocy Społecznej w Lublinie"


# --------------------------------------------------------------------------- the site of a home or a centre

GRANT = (
    "\nWartość grantu wynosi 52 000,00 zł. Projekt współfinansowany ze środków Europejskiego"
    " Funduszu Społecznego w ramach POWER.\n"
)
FOOTER = "Galeria\nArchiwum\nDokumenty\nKontakt\n"


@pytest.mark.parametrize(
    "masthead, says, implementer",
    [
        (
            "Dom Pomocy Społecznej im. Jana Pawła II w Rzeszowie",
            "Nasz Dom otrzymał grant w ramach projektu „Lepsze jutro”.",
            "Dom Pomocy Społecznej im. Jana Pawła II w Rzeszowie",
        ),
        (
            "Dom Pomocy Społecznej w Rzeszowie",
            "W ramach projektu „Lepsze jutro” nasz Dom Pomocy Społecznej otrzymał grant.",
            "Dom Pomocy Społecznej w Rzeszowie",
        ),
        (
            "Środowiskowy Dom Samopomocy w Kłodzku",
            "Od marca realizujemy projekt „Razem”.",
            "Środowiskowy Dom Samopomocy w Kłodzku",
        ),
        (
            "Centrum Integracji Społecznej w Kutnie",
            "Nasze centrum realizuje projekt „Razem”.",
            "Centrum Integracji Społecznej w Kutnie",
        ),
        (
            "Powiatowy Urząd Pracy w Kutnie",
            "Urząd realizuje projekt „Razem”.",
            "Powiatowy Urząd Pracy w Kutnie",
        ),
        (
            "Caritas Diecezji Przykładowej",
            "Od marca realizujemy projekt „Razem”.",
            "Caritas Diecezji Przykładowej",
        ),
    ],
)
def test_home_or_centre_speaking_of_its_own_project(masthead, says, implementer):
    text = f"{masthead}\nMenu\nAktualności\nProjekt „Razem”\n{says}\n{GRANT}{FOOTER}"
    assert rec(text)["implementer"] == implementer


def test_home_site_naming_another_runner_keeps_the_runner():
    text = (
        "Dom Pomocy Społecznej w Rzeszowie\nMenu\nAktualności\nProjekt „Razem”\nFundacja Nowe"
        " Horyzonty realizuje projekt „Razem”, w którym uczestniczą nasi mieszkańcy.\n"
        + GRANT
        + FOOTER
    )
    assert rec(text)["implementer"] == "Fundacja Nowe Horyzonty"


def test_home_site_that_does_not_speak_of_the_project_gives_none():
    text = (
        "Dom Pomocy Społecznej w Rzeszowie\nMenu\nAktualności\nProgram „Razem”\nW województwie"
        " ruszył nabór do programu „Razem” dla organizacji pozarządowych.\n" + GRANT + FOOTER
    )
    assert rec(text)["implementer"] is None


def test_bare_home_takes_its_seat_only_from_one_fuller_name():
    text = (
        "Nasz Dom Pomocy Społecznej otrzymał grant. Dom Pomocy Społecznej w Rzeszowie i Dom"
        " Pomocy Społecznej w Krośnie współpracują."
    )
    assert rec(text + MONEY)["implementer"] == "Dom Pomocy Społecznej"


# --------------------------------------------------------------------------- a funder's contract with the grantee

OFFICE = "Urząd Marszałkowski Województwa Przykładowego\nAktualności\n"


@pytest.mark.parametrize(
    "text, implementer",
    [
        (
            "Marszałek Województwa podpisał umowę z Gminą Strzelce na realizację projektu „Razem”.",
            "Gmina Strzelce",
        ),
        (
            "Zarząd Województwa zawarł umowę z Miastem Kutno na realizację projektu „Razem”.",
            "Miasto Kutno",
        ),
        (
            "Marszałek Województwa podpisał umowę z Powiatem Łęczyckim na realizację projektu.",
            "Powiat Łęczycki",
        ),
        (
            "Zarząd Województwa podpisał umowę z Gminą Miejską Kraśnik na realizację projektu.",
            "Gmina Miejska Kraśnik",
        ),
        (
            "Marszałek podpisał umowę ze Stowarzyszeniem Aktywni Razem na realizację projektu.",
            "Stowarzyszenie Aktywni Razem",
        ),
        (
            "Umowę o dofinansowanie projektu „Razem” podpisano z Fundacją Nowe Horyzonty.",
            "Fundacja Nowe Horyzonty",
        ),
        ("Umowę na realizację projektu „Razem” podpisał Wójt Gminy Strzelce.", "Gmina Strzelce"),
    ],
)
def test_grantee_of_a_funders_contract(text, implementer):
    assert rec(OFFICE + text + MONEY)["implementer"] == implementer


@pytest.mark.parametrize(
    "text, implementer",
    [
        # the gmina is the subject: it contracts the foundation, it holds the grant
        (
            "Gmina Strzelce podpisała umowę z Fundacją Razem na prowadzenie klubu w ramach"
            " projektu.",
            "Gmina Strzelce",
        ),
        # several grantees: none is the page's own
        (
            "Marszałek Województwa podpisał umowy z Gminą Strzelce oraz Gminą Kutno na realizację"
            " projektów.",
            None,
        ),
        # no funder: the participants' contract
        ("Uczestnicy projektu podpisali umowę z Fundacją Razem.", None),
    ],
)
def test_contracts_that_name_no_single_grantee(text, implementer):
    assert rec(text + MONEY)["implementer"] == implementer


# --------------------------------------------------------------------------- a time between the centre and its verb


@pytest.mark.parametrize(
    "between",
    [
        "w okresie od czerwca 2020 do grudnia 2020 r. realizował",
        "w latach 2019-2021 realizował",
        "od 1 marca 2021 r. realizuje",
        "w 2020 roku zrealizował",
        "od stycznia 2023 r. będzie realizował",
        "w okresie od 01.06.2020 do 31.12.2020 realizował",
    ],
)
def test_centre_runs_it_after_a_time(between):
    text = f"Gmina Pelplin otrzymała dofinansowanie na projekt. {CENTRE} {between} projekt."
    assert rec(text + MONEY)["implementer"] == CENTRE


# --------------------------------------------------------------------------- an abbreviation in brackets


@pytest.mark.parametrize(
    "text, implementer",
    [
        (
            "Miejski Ośrodek Pomocy Społecznej (MOPS) w Kutnie realizuje projekt „Razem”.",
            "Miejski Ośrodek Pomocy Społecznej w Kutnie",
        ),
        (
            "Projekt realizuje Gminny Ośrodek Pomocy Społecznej (GOPS) w Bielawach.",
            "Gminny Ośrodek Pomocy Społecznej w Bielawach",
        ),
        (
            "Projekt realizowany przez Powiatowe Centrum Pomocy Rodzinie (PCPR) w Kutnie.",
            "Powiatowe Centrum Pomocy Rodzinie w Kutnie",
        ),
        # no place after the brackets: the name as written
        (
            "Gminny Ośrodek Pomocy Społecznej (GOPS) realizuje projekt.",
            "Gminny Ośrodek Pomocy Społecznej",
        ),
    ],
)
def test_bracketed_abbreviation_before_the_place(text, implementer):
    assert rec(text + MONEY)["implementer"] == implementer


# --------------------------------------------------------------------------- town and gmina together, a river in the place


@pytest.mark.parametrize(
    "text, implementer, city",
    [
        ("Projekt realizuje Gmina i Miasto Pelplin.", "Gmina i Miasto Pelplin", "Pelplin"),
        ("Projekt realizowany przez Miasto i Gminę Prabuty.", "Miasto i Gmina Prabuty", "Prabuty"),
        (
            "Miasto i Gmina Prabuty otrzymała dofinansowanie na projekt.",
            "Miasto i Gmina Prabuty",
            "Prabuty",
        ),
        ("Projekt realizuje Miasto Pelplin.", "Miasto Pelplin", "Pelplin"),
        (
            "Beneficjent: Miasto i Gmina Prabuty\nProjekt „Razem”.",
            "Miasto i Gmina Prabuty",
            "Prabuty",
        ),
        (
            "Projekt realizuje Miejsko-Gminny Ośrodek Pomocy Społecznej w Nowym Mieście nad Pilicą.",
            "Miejsko-Gminny Ośrodek Pomocy Społecznej w Nowym Mieście nad Pilicą",
            "Nowe Miasto nad Pilicą",
        ),
        (
            "Projekt realizuje Gminny Ośrodek Pomocy Społecznej w Rudniku nad Sanem.",
            "Gminny Ośrodek Pomocy Społecznej w Rudniku nad Sanem",
            "Rudnik nad Sanem",
        ),
    ],
)
def test_town_and_gmina_and_two_word_places(text, implementer, city):
    r = rec(text + MONEY)
    assert (r["implementer"], r["city"]) == (implementer, city)


# --------------------------------------------------------------------------- a body from elsewhere


def test_body_from_another_town_runs_it_in_a_gmina_named_by_its_cue():
    r = rec(
        "Fundacja Nowe Horyzonty z Łodzi realizuje projekt dla mieszkańców gminy Strzelce." + MONEY
    )
    assert r["city"] == "Strzelce"


@pytest.mark.parametrize(
    "text",
    [
        # no other place: the body's own town
        "Fundacja Nowe Horyzonty z Łodzi realizuje projekt. Zajęcia odbywają się w siedzibie.",
        # two other places: none of them is the project's one place
        "Fundacja Nowe Horyzonty z Łodzi realizuje projekt dla mieszkańców gminy Strzelce i gminy"
        " Krośniewice.",
    ],
)
def test_body_from_another_town_keeps_its_town_without_one_other_place(text):
    assert rec(text + MONEY)["city"] == "Łódź"


@pytest.mark.parametrize(
    "text, implementer",
    [
        ("Samorząd gminy Dąbie pozyskał środki na projekt.", "Gmina Dąbie"),
        ("Samorząd Miasta Kutno otrzymał dofinansowanie na projekt.", "Miasto Kutno"),
        # not an act for the project
        ("Samorząd gminy Dąbie ogłosił konkurs.", None),
    ],
)
def test_a_gminas_self_government_acting_for_the_project(text, implementer):
    assert rec(text + MONEY)["implementer"] == implementer


ENGLISH_MONEY = " The project value is PLN 410,000.00, co-financed by the European Social Fund."


@pytest.mark.parametrize(
    "text, implementer",
    [
        ("The project is run by the Municipality of Strzelce.", "Gmina Strzelce"),
        ("The project is implemented by the City of Kutno.", "Miasto Kutno"),
        ("The project is carried out by the Commune of Strzelce.", "Gmina Strzelce"),
        # the unit after the city runs it
        (
            "The project is implemented by the City of Kutno / Municipal Social Welfare Centre"
            " in Kutno.",
            "Municipal Social Welfare Centre in Kutno",
        ),
    ],
)
def test_english_public_body_after_a_run_verb_named_in_polish(text, implementer):
    assert rec(text + ENGLISH_MONEY)["implementer"] == implementer
