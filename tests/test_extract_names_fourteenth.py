"""Fourteenth session: implementer, city and voivodeship on wordings written for this test (not
copied from any labelled document): a town's adjective abbreviated ("Wlkp.", "Maz."), English
names of care homes and aid centres, bodies other than welfare centres said to run or apply for
the project (a unit's complex, a centre, a home, a patron's name), and a gmina said to be the
realizator beside a bare abbreviation."""

from __future__ import annotations

import pytest

from integra.extract import extract_text
from integra.extract.places import find_towns


def rec(text: str) -> dict:
    return extract_text(text, "names14.txt")[0]


MONEY = " Wartość projektu wynosi 410 000,00 zł."


# --------------------------------------------------------------------------- abbreviated adjectives


@pytest.mark.parametrize(
    "text, city, voivodeship",
    [
        ("Ośrodek z Gorzowa Wlkp. zaprasza.", "Gorzów Wielkopolski", "lubuskie"),
        ("Spotkanie w Tomaszowie Maz. odbyło się wczoraj.", "Tomaszów Mazowiecki", "łódzkie"),
        ("Mieszkańcy Piotrkowa Tryb. wzięli udział.", "Piotrków Trybunalski", "łódzkie"),
        ("Biuro w Wodzisławiu Śl. jest czynne.", "Wodzisław Śląski", "śląskie"),
    ],
)
def test_abbreviated_town_adjective_is_read(text, city, voivodeship):
    towns = find_towns(text)
    assert [(t.city, t.voivodeship) for t in towns] == [(city, voivodeship)]


def test_abbreviation_needs_its_full_stop():
    # "Maz" without the stop is no abbreviation: only the town's first word is read
    assert [t.city for t in find_towns("Gorzów Wlkp, ul. Długa")] != ["Gorzów Wielkopolski"]


@pytest.mark.parametrize(
    "text, implementer, city, voivodeship",
    [
        (
            "Projekt „Krok naprzód” realizuje Miejski Ośrodek Pomocy Rodzinie w Ostrowie Wlkp."
            + MONEY,
            "Miejski Ośrodek Pomocy Rodzinie w Ostrowie Wlkp",
            "Ostrów Wielkopolski",
            "wielkopolskie",
        ),
        (
            "MOPS w Mińsku Maz. prowadzi projekt „Bliżej ludzi”." + MONEY,
            "MOPS w Mińsku Maz",
            "Mińsk Mazowiecki",
            "mazowieckie",
        ),
    ],
)
def test_implementer_with_abbreviated_town(text, implementer, city, voivodeship):
    r = rec(text)
    assert (r["implementer"], r["city"], r["voivodeship"]) == (implementer, city, voivodeship)


def test_full_town_name_unchanged():
    r = rec(
        "Miejski Ośrodek Pomocy Społecznej w Mińsku Mazowieckim realizuje projekt „Bliżej”." + MONEY
    )
    assert r["city"] == "Mińsk Mazowiecki"
    assert r["implementer"] == "Miejski Ośrodek Pomocy Społecznej w Mińsku Mazowieckim"


# --------------------------------------------------------------------------- English names


@pytest.mark.parametrize(
    "text, implementer, city",
    [
        (
            "The grant went to the Social Welfare Home in Olsztynek, which bought protective "
            "equipment for the project. Project value: PLN 210,000.00.",
            "Social Welfare Home in Olsztynek",
            "Olsztynek",
        ),
        (
            'The Municipal Social Aid Centre in Tczew carried out the project "Open Doors". '
            "Project value: PLN 300,000.00.",
            "Municipal Social Aid Centre in Tczew",
            "Tczew",
        ),
        (
            'The project "Open Doors" is run by the Municipal and Commune Social Welfare Centre in '
            "Barlinek. Project value: PLN 300,000.00.",
            "Municipal and Commune Social Welfare Centre in Barlinek",
            "Barlinek",
        ),
    ],
)
def test_english_homes_and_aid_centres(text, implementer, city):
    r = rec(text)
    assert (r["implementer"], r["city"]) == (implementer, city)


def test_english_kind_of_home_without_a_place_is_no_implementer():
    r = rec(
        'The project "Open Doors" opened a Daily Social Welfare Home for Seniors. '
        "Project value: PLN 300,000.00."
    )
    assert r["implementer"] is None


# --------------------------------------------------------------------------- other bodies


@pytest.mark.parametrize(
    "text, implementer, city",
    [
        (
            "Zespół Placówek Wsparcia Dziennego w Ozorkowie otrzymał dofinansowanie na projekt "
            "„Po lekcjach”." + MONEY,
            "Zespół Placówek Wsparcia Dziennego w Ozorkowie",
            "Ozorków",
        ),
        (
            "Projekt „Po lekcjach” realizuje Centrum Wsparcia Rodziny w Chełmnie." + MONEY,
            "Centrum Wsparcia Rodziny w Chełmnie",
            "Chełmno",
        ),
        (
            "Projekt „Razem raźniej” realizuje Dom Pomocy Społecznej im. św. Józefa w Pasłęku."
            + MONEY,
            "Dom Pomocy Społecznej im. św. Józefa w Pasłęku",
            "Pasłęk",
        ),
        (
            "Dzienny Dom „Senior+” w Braniewie realizuje projekt „Razem raźniej”." + MONEY,
            "Dzienny Dom „Senior+” w Braniewie",
            "Braniewo",
        ),
        (
            "Gminny Ośrodek Pomocy Społecznej we Wręczycy Wielkiej realizuje projekt „Razem”."
            + MONEY,
            "Gminny Ośrodek Pomocy Społecznej we Wręczycy Wielkiej",
            "Wręczyca Wielka",
        ),
        (
            "Zespół Ośrodków Wsparcia w Pieszycach otrzymał wiadomość, że jego wniosek o "
            "dofinansowanie projektu „Sąsiedzi” został wybrany." + MONEY,
            "Zespół Ośrodków Wsparcia w Pieszycach",
            "Pieszyce",
        ),
    ],
)
def test_other_bodies_said_to_run_or_apply(text, implementer, city):
    r = rec(text)
    assert (r["implementer"], r["city"]) == (implementer, city)


@pytest.mark.parametrize(
    "text, implementer",
    [
        # a welfare centre is still read by the institution rules, in the nominative
        (
            "Projekt „Razem” realizuje Centrum Usług Społecznych w Chełmnie." + MONEY,
            "Centrum Usług Społecznych w Chełmnie",
        ),
        (
            "Miejskie Centrum Pomocy Rodzinie w Koninie realizuje projekt „Razem”." + MONEY,
            "Miejskie Centrum Pomocy Rodzinie w Koninie",
        ),
        # a centre that only hosts the classes runs nothing
        (
            "Miejski Ośrodek Pomocy Społecznej w Tczewie realizuje projekt „Razem”. Zajęcia odbywają "
            "się w Centrum Kultury w Tczewie." + MONEY,
            "Miejski Ośrodek Pomocy Społecznej w Tczewie",
        ),
    ],
)
def test_welfare_centres_and_venues_unchanged(text, implementer):
    assert rec(text)["implementer"] == implementer


# --------------------------------------------------------------------------- a gmina as realizator


def test_gmina_said_to_be_realizator_beside_a_bare_abbreviation():
    r = rec("Gmina Kosakowo jest realizatorem projektu „Razem”. Zajęcia prowadzi GOPS." + MONEY)
    assert (r["implementer"], r["city"]) == ("Gmina Kosakowo", "Kosakowo")


def test_bare_abbreviation_alone_stays_null():
    r = rec("Projekt „Razem” realizuje GOPS. Zajęcia odbywają się w świetlicy." + MONEY)
    assert r["implementer"] is None


# --------------------------------------------------------------------------- labels in capitals, English labels


def test_capitals_label_with_owner_and_its_unit():
    r = rec(
        "Project: Stronger families\nBeneficiary: WOJEWÓDZTWO LUBELSKIE/REGIONALNY OŚRODEK POLITYKI "
        "SPOŁECZNEJ W LUBLINIE\nTotal budget: 900 000,00 PLN"
    )
    assert r["implementer"] == "Regionalny Ośrodek Polityki Społecznej w Lublinie"
    assert r["voivodeship"] == "lubelskie"


def test_lead_beneficiary_label():
    r = rec(
        "Project: Stronger families\nLead beneficiary: Kosakowo Commune\nTotal budget: 900 000,00 PLN"
    )
    assert r["implementer"] == "Kosakowo Commune"


# --------------------------------------------------------------------------- a county's voivodeship


def test_voivodeship_from_the_county_when_no_town_is_named():
    r = rec("Beneficjent: Powiat Hrubieszowski\nProjekt „Rodzina razem”." + MONEY)
    assert (r["implementer"], r["city"], r["voivodeship"]) == (
        "Powiat Hrubieszowski",
        None,
        "lubelskie",
    )


def test_counties_of_two_voivodeships_give_none():
    r = rec(
        "Projekt „Rodzina razem” obejmie mieszkańców powiatu hrubieszowskiego i powiatu "
        "sztumskiego." + MONEY
    )
    assert r["voivodeship"] is None


def test_a_town_still_decides_the_voivodeship():
    r = rec(
        "Miejski Ośrodek Pomocy Społecznej w Tczewie realizuje projekt „Razem” dla mieszkańców "
        "powiatu hrubieszowskiego." + MONEY
    )
    assert (r["city"], r["voivodeship"]) == ("Tczew", "pomorskie")


# --------------------------------------------------------------------------- a unit that became another


def test_unit_that_became_a_services_centre_gives_way_to_it():
    r = rec(
        "Z dniem 1 lipca 2023 r. Gminny Ośrodek Pomocy Społecznej w Kosakowie przekształcił się w "
        "Centrum Usług Społecznych w Kosakowie. Centrum realizuje projekt „Usługi blisko ludzi”."
        + MONEY
    )
    assert r["implementer"] == "Centrum Usług Społecznych w Kosakowie"


def test_unit_said_to_run_the_project_keeps_it_after_a_transformation():
    r = rec(
        "Projekt „Usługi blisko ludzi” realizuje Gminny Ośrodek Pomocy Społecznej w Kosakowie, który "
        "przekształcił się w Centrum Usług Społecznych w Kosakowie." + MONEY
    )
    assert r["implementer"] == "Gminny Ośrodek Pomocy Społecznej w Kosakowie"


# --------------------------------------------------------------------------- lower case, addresses


def test_centre_in_lower_case_after_a_sentence_start():
    r = rec(
        "Ełk, 3 marca 2021\nOśrodek pomocy społecznej w Kętrzynie rozpoczął projekt „Aktywni”."
        + MONEY
    )
    assert (r["implementer"], r["city"]) == ("Ośrodek Pomocy Społecznej w Kętrzynie", "Kętrzyn")


def test_partner_in_capitals_stays_out_of_the_lower_case_reading():
    r = rec(
        "Projekt „Aktywni” realizowany jest w partnerstwie z Miejskim Ośrodkiem Pomocy Społecznej "
        "w Kętrzynie." + MONEY
    )
    assert r["implementer"] is None


def test_an_office_address_is_not_a_list_of_gminas():
    r = extract_text(
        "<html><body><h1>Projekt „Razem”</h1><p>Projekt współfinansowany ze środków Unii "
        "Europejskiej w ramach RPO WP 2014-2020. Wartość projektu: 400 000,00 zł. Udział weźmie 30 "
        "osób.</p><footer><p>Urząd Gminy Kosakowo, ul. Żeromskiego 69, 81-198 Kosakowo</p>"
        "</footer></body></html>",
        "names14.html",
    )[0]
    assert r["implementer"] != "Kosakowo"
    assert r["city"] == "Kosakowo"


# --------------------------------------------------------------------------- a body's town of origin


def test_body_from_another_town_runs_the_project_in_this_one():
    r = rec("Fundacja Dobrej Woli z Bydgoszczy prowadzi w Tczewie projekt „Aktywni”." + MONEY)
    assert (r["implementer"], r["city"]) == ("Fundacja Dobrej Woli z Bydgoszczy", "Tczew")


def test_body_from_its_own_town_keeps_it():
    r = rec("Fundacja Dobrej Woli z Bydgoszczy realizuje projekt „Aktywni”." + MONEY)
    assert r["city"] == "Bydgoszcz"


def test_gmina_that_got_money_beside_a_bare_abbreviation_stays_null():
    r = rec("Zajęcia prowadzi GOPS. Gmina Kosakowo otrzymała dofinansowanie." + MONEY)
    assert r["implementer"] is None


# --------------------------------------------------------------------------- a gmina after a role's dash


def test_beneficiary_after_a_dash_in_the_instrumental():
    r = rec(
        "Umowę o dofinansowanie zawarto pomiędzy Województwem Pomorskim a Beneficjentem – Gminą "
        "Miasto Tczew. Projekt „Krok dalej”." + MONEY
    )
    assert (r["implementer"], r["city"]) == ("Gmina Miasto Tczew", "Tczew")


def test_beneficiary_after_a_dash_gives_way_to_the_realizator():
    r = rec(
        "Beneficjent – Gmina Miasto Tczew, realizator – Miejski Ośrodek Pomocy Społecznej w "
        "Tczewie. Projekt „Krok dalej”." + MONEY
    )
    assert r["implementer"] == "Miejski Ośrodek Pomocy Społecznej w Tczewie"


# --------------------------------------------------------------------------- a partner's word after the name


def test_centre_said_after_its_name_to_be_a_partner_is_not_the_realizator():
    r = rec(
        "Powiatowe Centrum Pomocy Rodzinie w Nidzicy jest partnerem projektu „Bliżej rodziny”."
        + MONEY
    )
    assert r["implementer"] is None
    assert any("partner" in p for p in r["problems"])


def test_the_leader_whose_partner_the_centre_is():
    r = rec(
        "Powiatowe Centrum Pomocy Rodzinie w Nidzicy będzie partnerem Stowarzyszenia Przystań w "
        "realizacji projektu „Bliżej rodziny”." + MONEY
    )
    assert r["implementer"] == "Stowarzyszenie Przystań"


def test_leading_partner_is_the_realizator():
    r = rec(
        "Powiatowe Centrum Pomocy Rodzinie w Nidzicy jest partnerem wiodącym projektu „Bliżej "
        "rodziny”." + MONEY
    )
    assert r["implementer"] == "Powiatowe Centrum Pomocy Rodzinie w Nidzicy"


# --------------------------------------------------------------------------- a municipality in the genitive


@pytest.mark.parametrize(
    "text, implementer, city",
    [
        (
            "Ośrodek Pomocy Społecznej Miasta i Gminy Szubin realizuje projekt „Razem”." + MONEY,
            "Ośrodek Pomocy Społecznej Miasta i Gminy Szubin",
            "Szubin",
        ),
        (
            "Projekt „Razem” prowadzi Ośrodek Pomocy Społecznej Gminy Miejskiej Kraśnik." + MONEY,
            "Ośrodek Pomocy Społecznej Gminy Miejskiej Kraśnik",
            "Kraśnik",
        ),
        (
            "Projekt „Razem” prowadzi Miejski Ośrodek Pomocy Społecznej Miasta Płońsk\n" + MONEY,
            "Miejski Ośrodek Pomocy Społecznej Miasta Płońsk",
            "Płońsk",
        ),
    ],
)
def test_centre_named_with_its_municipality_in_the_genitive(text, implementer, city):
    r = rec(text)
    assert (r["implementer"], r["city"]) == (implementer, city)


def test_warsaw_district_keeps_its_city():
    r = rec(
        "Ośrodek Pomocy Społecznej Dzielnicy Ursynów m.st. Warszawy realizuje projekt „Razem”."
        + MONEY
    )
    assert r["implementer"] == "Ośrodek Pomocy Społecznej Dzielnicy Ursynów m.st. Warszawy"
    assert r["city"] == "Warszawa"


@pytest.mark.parametrize(
    "text, implementer",
    [
        (
            "Stowarzyszenie Pomocy Dzieciom „Tęcza” z Kwidzyna będzie realizowało projekt „Razem”."
            + MONEY,
            "Stowarzyszenie Pomocy Dzieciom „Tęcza” z Kwidzyna",
        ),
        ("Fundacja Nowy Dom koordynuje projekt „Razem”." + MONEY, "Fundacja Nowy Dom"),
    ],
)
def test_association_in_the_future_or_coordinating(text, implementer):
    assert rec(text)["implementer"] == implementer
