"""Who runs the project (`implementer`), on wordings written for these tests (not copied from any
labelled document): case forms brought to the nominative, abbreviations spelled out from the page,
names written in capitals, the site's owner from a masthead, a centre being created versus the one
that runs the project, a gmina acting in a news item, lists of gminas, and the negatives (a partner,
the publisher, an unnamed "MOPS")."""

from __future__ import annotations

import pytest

from integra.extract import extract_text
from integra.extract.record import extract_bytes
from integra.extract.rules import _nominative, _title_caps

_FACT = " Wartość projektu: 180 000,00 zł."


def rec(text: str) -> dict:
    return extract_text(text, "implementer.txt")[0]


@pytest.mark.parametrize(
    "phrase, nominative",
    [
        (
            "Miejskiego Ośrodka Pomocy Rodzinie w Rybniku",
            "Miejski Ośrodek Pomocy Rodzinie w Rybniku",
        ),
        (
            "Gminnym Ośrodkiem Pomocy Społecznej w Brzeźnicy",
            "Gminny Ośrodek Pomocy Społecznej w Brzeźnicy",
        ),
        ("Miejskiemu Ośrodkowi Pomocy Społecznej", "Miejski Ośrodek Pomocy Społecznej"),
        (
            "Miejsko-Gminnego Ośrodka Pomocy Społecznej w Pilicy",
            "Miejsko-Gminny Ośrodek Pomocy Społecznej w Pilicy",
        ),
        ("Powiatowego Centrum Pomocy Rodzinie w Kole", "Powiatowe Centrum Pomocy Rodzinie w Kole"),
        # "Centrum" is neuter: the adjective agrees with it, not with a masculine "Ośrodek"
        (
            "Miejskiego Centrum Usług Społecznych w Rudzie",
            "Miejskie Centrum Usług Społecznych w Rudzie",
        ),
        ("Małopolskiego Centrum Polityki Społecznej", "Małopolskie Centrum Polityki Społecznej"),
        (
            "Regionalnym Ośrodkiem Polityki Społecznej w Białymstoku",
            "Regionalny Ośrodek Polityki Społecznej w Białymstoku",
        ),
        # a page without Polish letters keeps its spelling
        (
            "Miejskiego Osrodka Pomocy Spolecznej w Lodzi",
            "Miejski Osrodek Pomocy Spolecznej w Lodzi",
        ),
        ("Starostwa Powiatowego w Kole", "Starostwo Powiatowe w Kole"),
        # already a nominative: unchanged
        ("Ośrodek Pomocy Społecznej w Nowej Dębie", "Ośrodek Pomocy Społecznej w Nowej Dębie"),
    ],
)
def test_case_forms_of_an_institution_back_to_the_nominative(phrase, nominative):
    assert _nominative(phrase) == nominative


def test_capitals_become_a_name_and_abbreviations_stay():
    assert _title_caps("PRZEZ GMINNY OŚRODEK POMOCY SPOŁECZNEJ W BRZEŹNICY (GOPS)") == (
        "Przez Gminny Ośrodek Pomocy Społecznej w Brzeźnicy (GOPS)"
    )


@pytest.mark.parametrize(
    "text, implementer",
    [
        # the page's own masthead abbreviates, the text spells it out without the town
        (
            "PCPR w Kole\n\nPowiatowe Centrum Pomocy Rodzinie zakończyło projekt „Razem łatwiej”."
            + _FACT,
            "Powiatowe Centrum Pomocy Rodzinie w Kole",
        ),
        # the full name in the genitive elsewhere on the page
        (
            "Projekt realizuje GOPS w Brzeźnicy. Pracownicy Gminnego Ośrodka Pomocy Społecznej "
            "zapraszają na spotkanie." + _FACT,
            "Gminny Ośrodek Pomocy Społecznej w Brzeźnicy",
        ),
        # two different spelled-out names fit the abbreviation: as written
        (
            "Projekt realizuje MOPS w Kole. Partnerem jest Miejski Ośrodek Pomocy Społecznej w Turku, "
            "a wsparcie daje Miejski Ośrodek Pomocy Rodzinie w Słupcy." + _FACT,
            "MOPS w Kole",
        ),
    ],
)
def test_an_abbreviation_with_its_town_takes_the_name_the_page_spells_out(text, implementer):
    assert rec(text)["implementer"] == implementer


@pytest.mark.parametrize(
    "text, implementer",
    [
        (
            "Projekt prowadzi Mazowieckie Centrum Polityki Społecznej (samorząd województwa)."
            + _FACT,
            "Mazowieckie Centrum Polityki Społecznej",
        ),
        (
            "Wniosek złożył Dolnośląski Ośrodek Polityki Społecznej we Wrocławiu." + _FACT,
            "Dolnośląski Ośrodek Polityki Społecznej we Wrocławiu",
        ),
        (
            "Umowę z Lubelskim Centrum Polityki Społecznej podpisano w marcu." + _FACT,
            "Lubelskie Centrum Polityki Społecznej",
        ),
    ],
)
def test_a_voivodeships_own_social_policy_centre(text, implementer):
    assert rec(text)["implementer"] == implementer


@pytest.mark.parametrize(
    "text, implementer",
    [
        (
            "SPIS TREŚCI\nROZDZIAŁ I. PROJEKT SYSTEMOWY REALIZOWANY PRZEZ MIEJSKI OŚRODEK POMOCY "
            "SPOŁECZNEJ W CHOJNICACH\nUczestnicy odbyli kursy zawodowe." + _FACT,
            "Miejski Ośrodek Pomocy Społecznej w Chojnicach",
        ),
        # a word in capitals that is no town the gazetteer knows: nothing
        (
            "REALIZACJA PROJEKTU PRZEZ GMINNY OŚRODEK POMOCY SPOŁECZNEJ W LATACH 2010-2012" + _FACT,
            None,
        ),
    ],
)
def test_an_institution_written_only_in_capitals(text, implementer):
    assert rec(text)["implementer"] == implementer


@pytest.mark.parametrize(
    "text, implementer",
    [
        # the centre the project creates is not who runs it; the gmina that signed is
        (
            "W Lipnie powstanie Centrum Usług Społecznych\n\nUrząd Gminy Lipno podpisał umowę na "
            "realizację projektu „Razem w gminie”." + _FACT,
            "Gmina Lipno",
        ),
        (
            "Gmina Skępe otrzymała dofinansowanie na utworzenie Centrum Usług Społecznych." + _FACT,
            "Gmina Skępe",
        ),
        # the ośrodek that is transformed runs the project
        (
            "Trwa przekształcanie Ośrodka Pomocy Społecznej w Rypinie w Centrum Usług Społecznych."
            + _FACT,
            "Ośrodek Pomocy Społecznej w Rypinie",
        ),
        # a quoted title's "CUS" names no institution
        (
            "Urząd Miasta Brodnica zawarł umowę na projekt „CUS – bliżej ludzi”." + _FACT,
            "Miasto Brodnica",
        ),
        # an abbreviation said to run the project stays unresolved (null), whatever a gmina did
        ("Projekt prowadzi MOPS. Gmina Lipno otrzymała dofinansowanie." + _FACT, None),
    ],
)
def test_a_centre_being_created_and_a_gmina_acting_in_a_news_item(text, implementer):
    r = rec(text)
    assert r["implementer"] == implementer
    if implementer is None:
        assert any("implementer" in p for p in r["problems"])


@pytest.mark.parametrize(
    "text, implementer",
    [
        # a bare gminny ośrodek takes the one gmina the page names
        (
            "W gminie Brzeźnica rusza projekt. Dotychczasowy Gminny Ośrodek Pomocy Społecznej "
            "poprowadzi zajęcia dla seniorów." + _FACT,
            "Gminny Ośrodek Pomocy Społecznej w Brzeźnicy",
        ),
        # two gminas named: which one is not said
        (
            "Gminy Brzeźnica i Lipno podpisały porozumienie, a w gminie Skępe trwa nabór. Gminny "
            "Ośrodek Pomocy Społecznej poprowadzi zajęcia." + _FACT,
            "Gminny Ośrodek Pomocy Społecznej",
        ),
        # the town of the body named beside it
        (
            "Realizatorami projektu będą Gminny Ośrodek Pomocy Społecznej oraz Gminna Biblioteka "
            "Publiczna w Skępem." + _FACT,
            "Gminny Ośrodek Pomocy Społecznej w Skępem",
        ),
    ],
)
def test_a_bare_gminny_osrodek_takes_its_town_from_the_page(text, implementer):
    assert rec(text)["implementer"] == implementer


@pytest.mark.parametrize(
    "text, implementer",
    [
        (
            "Zarząd województwa przyznał pieniądze na usługi społeczne w czterech gminach:\n"
            "1. Skępe\n2. Lipno\n3. Brzeźnica\n4. Rypin\n" + _FACT,
            "Skępe",
        ),
        (
            "Umowy o dofinansowanie podpisały gminy: Lipno, Skępe i Brzeźnica." + _FACT,
            "Lipno",
        ),
        # "Gmina dostała …" and the one gmina the item names: the gmina, as the grantee is
        # written ("Gmina"), with its name
        (
            "Rypin: pieniądze na aktywizację\n\nMieszkańcy gminy Rypin nauczą się prowadzić "
            "stowarzyszenia. Gmina dostała na ten cel 90 tys. zł z Europejskiego Funduszu Społecznego."
            + _FACT,
            "Gmina Rypin",
        ),
        # a list of things, not of gminas: nothing
        ("Wsparcie obejmie gminy: wiejskie i miejsko-wiejskie." + _FACT, None),
    ],
)
def test_a_gmina_from_a_list_of_gminas_or_the_one_gmina_of_a_news_item(text, implementer):
    assert rec(text)["implementer"] == implementer


_PAGE = (
    "<html><body>{header}<main><h1>Aktywni razem</h1><p>{body} Wartość projektu: 250 000,00 zł. "
    "Projekt obejmie 30 osób bezrobotnych z terenu gminy, którym zaproponujemy szkolenia i "
    "doradztwo zawodowe.</p></main>{footer}</body></html>"
)


@pytest.mark.parametrize(
    "header, body, footer, implementer",
    [
        # the masthead's name: the text names the institution only by a truncated case form
        (
            '<header><p class="logo">Gminny Ośrodek Pomocy Społecznej w Skępem</p>'
            "<ul><li>Start</li><li>Kontakt</li></ul></header>",
            "Projekt jest możliwy dzięki współpracy Gminnego Ośrodka Pomocy Społeczne",
            "",
            "Gminny Ośrodek Pomocy Społecznej w Skępem",
        ),
        # a footer's line that is the institution's name (no ©)
        (
            "",
            "Ośrodek zaprasza do projektu.",
            "<footer><p>Miejski Ośrodek Pomocy Rodzinie w Koninie · RODO · Kontakt</p></footer>",
            "Miejski Ośrodek Pomocy Rodzinie w Koninie",
        ),
        # the text names the realizator: the publisher's masthead does not win over it
        (
            '<header><p class="logo">Miejski Ośrodek Pomocy Społecznej w Koninie</p></header>',
            "Projekt realizuje Gminny Ośrodek Pomocy Społecznej w Skępem.",
            "",
            "Gminny Ośrodek Pomocy Społecznej w Skępem",
        ),
        # a masthead marked by its class rather than its tag
        (
            '<div class="site-header"><span>Powiatowe Centrum Pomocy Rodzinie w Kole</span></div>',
            "Projekt prowadzi Powiatowe Centrum Pomocy Rodzinie.",
            "",
            "Powiatowe Centrum Pomocy Rodzinie w Kole",
        ),
        # a masthead line that is a sentence, not a name: nothing
        (
            "<header><p>Ośrodek Pomocy Społecznej w Skępem zaprasza seniorów</p></header>",
            "Zapraszamy.",
            "",
            None,
        ),
    ],
)
def test_the_site_owner_from_a_masthead_or_footer_line(header, body, footer, implementer):
    html = _PAGE.format(header=header, body=body, footer=footer)
    rec_, _, _, _ = extract_bytes(html.encode(), "page.html")
    assert rec_["implementer"] == implementer


@pytest.mark.parametrize(
    "text, implementer",
    [
        # the leader, not the partner, even when the partner is a welfare centre with its town
        (
            "Projekt realizuje Fundacja Dobry Krok w partnerstwie z Miejskim Ośrodkiem Pomocy "
            "Społecznej w Kole." + _FACT,
            "Fundacja Dobry Krok",
        ),
        # the city as beneficiary, the MOPS as realizator
        (
            "Beneficjent: Miasto Konin / Miejski Ośrodek Pomocy Rodzinie w Koninie" + _FACT,
            "Miejski Ośrodek Pomocy Rodzinie w Koninie",
        ),
    ],
)
def test_a_partner_or_a_beneficiary_city_does_not_win_over_the_realizator(text, implementer):
    assert rec(text)["implementer"] == implementer


def test_the_leader_before_its_partner_and_a_partner_alone_is_no_realizator():
    assert (
        rec("Lider: Gmina Skępe\nPartner: GOPS w Skępem\n" + _FACT)["implementer"] == "Gmina Skępe"
    )
    r = rec(
        "Projekt realizowany jest w partnerstwie z Miejskim Ośrodkiem Pomocy Społecznej w Kole."
        + _FACT
    )
    assert r["implementer"] is None
    assert any("only a partner" in p for p in r["problems"])


@pytest.mark.parametrize(
    "text, implementer",
    [
        # the gminas listed in the locative: the first, in the nominative
        (
            "Nowe centra powstaną w trzech gminach: Kazimierzy Wielkiej, Skępem i Rypinie." + _FACT,
            "Kazimierza Wielka",
        ),
        # a centre that already exists ("które powstało") and runs the project is the realizator
        (
            "W 2022 r. powstało Centrum Usług Społecznych w Rypinie, które realizuje projekt."
            + _FACT,
            "Centrum Usług Społecznych w Rypinie",
        ),
        # a centre named with its town but still to be created is not
        (
            "W przyszłym roku powstanie Centrum Usług Społecznych w Rypinie. Umowę podpisała "
            "Gmina Rypin." + _FACT,
            "Gmina Rypin",
        ),
        # a town office said to run it, as written
        ("Projekt realizowany jest przez Urząd Gminy Skępe." + _FACT, "Urząd Gminy Skępe"),
        # a district's own centre keeps the district
        (
            "Program prowadzi Ośrodek Pomocy Społecznej Dzielnicy Bielany oraz partnerzy." + _FACT,
            "Ośrodek Pomocy Społecznej Dzielnicy Bielany",
        ),
        # an association that received the grant runs the project
        (
            "Część środków otrzymało Stowarzyszenie Wiejskie „Nasz Dom”, które przeprowadzi "
            "zajęcia razem z Gminnym Ośrodkiem Pomocy Społecznej w Skępem." + _FACT,
            "Stowarzyszenie Wiejskie „Nasz Dom”",
        ),
    ],
)
def test_more_ways_of_naming_who_runs_the_project(text, implementer):
    assert rec(text)["implementer"] == implementer


@pytest.mark.parametrize(
    "text, implementer",
    [
        (
            "Zajęcia odbywają się w Ośrodku Pomocy Społecznej w Rypinie, który realizuje projekt."
            + _FACT,
            "Ośrodek Pomocy Społecznej w Rypinie",
        ),
        (
            "The project is implemented by the Municipal and Communal Social Assistance Centre in "
            "Skępe." + _FACT,
            "Municipal and Communal Social Assistance Centre in Skępe",
        ),
        (
            "Beneficiary: Regional Centre for Social Policy in Łódź." + _FACT,
            "Regional Centre for Social Policy in Łódź",
        ),
        ("Projekt koordynują pracownicy MOPS-u w Kole." + _FACT, "MOPS w Kole"),
    ],
)
def test_case_forms_without_an_adjective_english_names_and_abbreviation_endings(text, implementer):
    assert rec(text)["implementer"] == implementer


@pytest.mark.parametrize(
    "text, implementer",
    [
        # an English page puts the town before the name
        (
            "The project is run by the Skępe Social Welfare Centre (GOPS)." + _FACT,
            "Skępe Social Welfare Centre (GOPS)",
        ),
        # a capitalised word that is no town stays out
        ("The Project Social Welfare Centre helps families." + _FACT, "Social Welfare Centre"),
        # a label's value in capitals: the name's own letters
        ("Beneficjent: POWIAT RYPIŃSKI\n" + _FACT, "Powiat Rypiński"),
    ],
)
def test_an_english_town_before_the_name_and_a_label_value_in_capitals(text, implementer):
    assert rec(text)["implementer"] == implementer


@pytest.mark.parametrize(
    "text, implementer",
    [
        ("Projekt realizowany jest w partnerstwie gmin: Skępe, Lipno i Rypin." + _FACT, "Skępe"),
        (
            "Pieniądze trafią do gmin:\n- Gmina Skępe – 2,1 mln zł\n- Gmina Lipno – 1,9 mln zł\n"
            + _FACT,
            "Gmina Skępe",
        ),
        ("Centra powstaną w gminach Skępe, Lipno i Rypin." + _FACT, "Skępe"),
        ("Gminy Skępe oraz Lipno otrzymały dofinansowanie." + _FACT, "Skępe"),
        # "Gminy" before a person's name is no list of gminas
        ("Skarbnik Gminy Grażyna Franko oraz wójt byli obecni." + _FACT, None),
    ],
)
def test_lists_of_gminas_with_and_without_a_colon(text, implementer):
    assert rec(text)["implementer"] == implementer


@pytest.mark.parametrize(
    "text, implementer",
    [
        (
            "W gminie Skępe rusza projekt. Ośrodek Pomocy Społecznej poprowadzi zajęcia." + _FACT,
            "Ośrodek Pomocy Społecznej w Skępem",
        ),
        (
            "Miasto Kutno otrzymało dofinansowanie. Projekt realizuje Miejski Ośrodek Pomocy "
            "Społecznej." + _FACT,
            "Miejski Ośrodek Pomocy Społecznej w Kutnie",
        ),
        # no town anywhere: the full name as written
        (
            "Projekt realizuje Miejski Ośrodek Pomocy Społecznej." + _FACT,
            "Miejski Ośrodek Pomocy Społecznej",
        ),
        # a town page names two towns: which one is not said
        (
            "Miasto Kutno i miasto Łęczyca podpisały porozumienie. Projekt realizuje Miejski "
            "Ośrodek Pomocy Społecznej." + _FACT,
            "Miejski Ośrodek Pomocy Społecznej",
        ),
    ],
)
def test_a_bare_osrodek_takes_the_one_town_or_gmina_of_the_page(text, implementer):
    assert rec(text)["implementer"] == implementer


@pytest.mark.parametrize(
    "text, implementer",
    [
        # the subject that runs it, abbreviated, over a full name merely mentioned
        (
            "GOPS w Skępem realizuje projekt od 2020 r. W zajęciach pomaga Miejski Ośrodek Pomocy "
            "Rodzinie w Rypinie." + _FACT,
            "GOPS w Skępem",
        ),
        (
            "Zajęcia odbywają się w Miejskim Ośrodku Pomocy Rodzinie w Rypinie. Program będzie "
            "realizowało PCPR w Kole w ramach projektu systemowego." + _FACT,
            "PCPR w Kole",
        ),
        (
            "Szkolenia prowadzi Powiatowy Urząd Pracy. MOPS w Kole przystąpił do realizacji "
            "projektu, a Gminny Ośrodek Pomocy Społecznej w Skępem udostępnił salę." + _FACT,
            "MOPS w Kole",
        ),
    ],
)
def test_the_body_said_to_run_it_before_or_after_its_name(text, implementer):
    assert rec(text)["implementer"] == implementer


def test_a_leader_line_under_a_heading_is_read_as_the_leader():
    # the heading above is not the label of the "Lider:" line: the leader is the runner, its
    # partner (a welfare centre) is not
    text = (
        "Projekt „Wspólny start”\n\n"
        "Lider: Stowarzyszenie Przyjaciół Ziemi Lipnickiej\n"
        "Partner: Gminny Ośrodek Pomocy Społecznej w Lipnicy\n" + _FACT
    )
    r = rec(text)
    assert r["implementer"] == "Stowarzyszenie Przyjaciół Ziemi Lipnickiej"
    assert r["title"] == "Wspólny start"


def test_a_field_line_after_a_long_value_starts_its_own_row():
    text = (
        "Wnioskodawca: Powiat Lipnicki – Powiatowe Centrum Pomocy Rodzinie w Lipnicy Murowanej\n"
        "Tytuł: Wspólny start\n" + _FACT
    )
    r = rec(text)
    assert r["implementer"] == "Powiatowe Centrum Pomocy Rodzinie w Lipnicy Murowanej"
    assert r["title"] == "Wspólny start"


@pytest.mark.parametrize(
    "text, expected",
    [
        # the subject of a sentence about the grant
        (
            "Gmina Lipnica zajęła pierwsze miejsce na liście projektów z projektem „Wspólny start”."
            + _FACT,
            "Gmina Lipnica",
        ),
        # the recipient of the money
        (
            "Ponad 2 mln zł z funduszy europejskich trafi do Gminy Lipnica na projekt „Wspólny start”.",
            "Gmina Lipnica",
        ),
        # its head signs for it
        (
            "Wójt Gminy Lipnica podpisał umowę na realizację projektu „Wspólny start”." + _FACT,
            "Gmina Lipnica",
        ),
        (
            "Burmistrz Miasta Borki odebrał umowę o dofinansowanie projektu „Wspólny start”."
            + _FACT,
            "Miasto Borki",
        ),
    ],
)
def test_a_gmina_holding_the_project_when_no_welfare_centre_runs_it(text, expected):
    assert rec(text)["implementer"] == expected


def test_a_gmina_named_only_as_the_place_is_not_the_holder():
    text = (
        "Projekt „Wspólny start” obejmie 40 mieszkańców Gminy Lipnica. Zajęcia odbędą się na "
        "terenie Gminy Lipnica." + _FACT
    )
    assert rec(text)["implementer"] is None


def test_a_gmina_in_the_title_row_is_not_the_holder():
    text = "Tytuł projektu | Gmina Lipnica dla seniorów\nWartość projektu | 180 000,00 zł"
    assert rec(text)["implementer"] is None


def test_two_gminas_holding_equally_give_a_null_and_a_problem():
    text = (
        "Do Gminy Lipnica trafi 1 mln zł na projekt „Wspólny start”, a do Gminy Borki 1 mln zł "
        "na ten sam projekt." + _FACT
    )
    r = rec(text)
    assert r["implementer"] is None
    assert any("several public bodies" in p for p in r["problems"])


def test_every_name_in_a_list_of_partners_is_a_partner():
    text = (
        "Powiatowe Centrum Pomocy Rodzinie w Lipnicy rozpoczęło realizację projektu „Wspólny start”. "
        "Razem z nim projekt prowadzą partnerzy: Miejski Ośrodek Pomocy Społecznej w Borkach, "
        "Gminny Ośrodek Pomocy Społecznej w Lipnicy oraz spółdzielnia socjalna." + _FACT
    )
    assert rec(text)["implementer"] == "Powiatowe Centrum Pomocy Rodzinie w Lipnicy"


def test_a_rural_womens_association_said_to_run_it():
    text = (
        "Projekt pt. „Wspólny start” prowadzi Koło Gospodyń Wiejskich w Lipnicy, a środki "
        "pozyskała Lokalna Grupa Działania." + _FACT
    )
    assert rec(text)["implementer"] == "Koło Gospodyń Wiejskich w Lipnicy"


def test_the_site_owners_abbreviation_is_spelled_out_with_the_town_in_the_locative():
    text = (
        "Piknik seniora\n\nUczestnicy Klubów Seniora utworzonych w ramach projektu „Wspólny start” "
        "spotkali się nad jeziorem." + _FACT + "\n\nDrukuj\n\n© GOPS Potęgowo"
    )
    assert rec(text)["implementer"] == "Gminny Ośrodek Pomocy Społecznej w Potęgowie"


def test_an_abbreviation_the_text_itself_writes_keeps_its_wording():
    text = "Projekt „Wspólny start” realizuje MOPS Gdynia." + _FACT
    assert rec(text)["implementer"] == "MOPS Gdynia"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a county's adjective follows its case: only the nominative is read
        ("Do Powiatu Lipnickiego trafi 2 mln zł na projekt „Wspólny start”." + _FACT, None),
        (
            "Do Gminy Miejskiej Borki trafi 2 mln zł na projekt „Wspólny start”." + _FACT,
            "Gmina Miejska Borki",
        ),
    ],
)
def test_a_public_bodys_name_in_the_nominative(text, expected):
    assert rec(text)["implementer"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Municipality of Lipnica received funding for the project “Common start”. "
            "Project value: PLN 180,000.00.",
            "Gmina Lipnica",
        ),
        (
            "The grant went to the City of Borki for the project “Common start”. "
            "Project value: PLN 180,000.00.",
            "Miasto Borki",
        ),
        # where, not who
        (
            "The project “Common start” supports residents of the City of Borki. "
            "Project value: PLN 180,000.00.",
            None,
        ),
    ],
)
def test_an_english_records_public_body_named_in_polish(text, expected):
    assert rec(text)["implementer"] == expected


# ---------------------------------------------------------------- places named by several words


@pytest.mark.parametrize(
    "name, locative",
    [
        ("Nowy Targ", "Nowym Targu"),
        ("Bukowina Tatrzańska", "Bukowinie Tatrzańskiej"),
        ("Nowe Miasto Lubawskie", "Nowym Mieście Lubawskim"),
        ("Czarna Białostocka", "Czarnej Białostockiej"),
        ("Stare Pole", "Starym Polu"),
        ("Strzelce Opolskie", "Strzelcach Opolskich"),
        # the adjective decides the noun's gender: a masculine "Ostrów"
        ("Ostrów Wielkopolski", "Ostrowie Wielkopolskim"),
        # the words after "nad" stay as written
        ("Rudnik nad Sanem", "Rudniku nad Sanem"),
        # no word the lemmatiser knows as a place's noun: no guess
        ("Nieznanowo Wielkie", None),
    ],
)
def test_the_locative_of_a_place_named_by_several_words(name, locative):
    from integra.extract.places import town_locative

    assert town_locative(name) == locative


@pytest.mark.parametrize(
    "text, implementer, city",
    [
        # the centre's town of three words, and with "nad", kept whole
        (
            "Zadania projektu „Drugi krok” wykonuje Miejski Ośrodek Pomocy Społecznej w Nowym Dworze "
            "Mazowieckim od marca." + _FACT,
            "Miejski Ośrodek Pomocy Społecznej w Nowym Dworze Mazowieckim",
            "Nowy Dwór Mazowiecki",
        ),
        (
            "Projekt „Drugi krok” realizuje Gminny Ośrodek Pomocy Społecznej w Rudniku nad Sanem."
            + _FACT,
            "Gminny Ośrodek Pomocy Społecznej w Rudniku nad Sanem",
            "Rudnik nad Sanem",
        ),
        # the centre's town from the gmina the page names, in two words and in the locative
        (
            "Gmina Bukowina Tatrzańska podpisała umowę na projekt „Drugi krok”. Zadania wykona Gminny "
            "Ośrodek Pomocy Społecznej, który realizuje projekt." + _FACT,
            "Gminny Ośrodek Pomocy Społecznej w Bukowinie Tatrzańskiej",
            "Bukowina Tatrzańska",
        ),
        # "Gmina Nowy Targ" is not the town Nowe
        (
            "Gmina Nowy Targ podpisała umowę na projekt „Drugi krok”. Zadania wykona Gminny Ośrodek "
            "Pomocy Społecznej, który realizuje projekt." + _FACT,
            "Gminny Ośrodek Pomocy Społecznej w Nowym Targu",
            "Nowy Targ",
        ),
        # the full name from the site's footer, with the town's second word
        (
            "Projekt „Drugi krok” realizuje Powiatowe Centrum Pomocy Rodzinie."
            + _FACT
            + "\n© 2024 Powiatowe Centrum Pomocy Rodzinie w Mińsku Mazowieckim",
            "Powiatowe Centrum Pomocy Rodzinie w Mińsku Mazowieckim",
            "Mińsk Mazowiecki",
        ),
        # a lower-case word after the name is no part of its place
        (
            "Projekt „Drugi krok” realizuje Miejski Ośrodek Pomocy Społecznej w Kamieniu Pomorskim we "
            "współpracy z Powiatowym Urzędem Pracy." + _FACT,
            "Miejski Ośrodek Pomocy Społecznej w Kamieniu Pomorskim",
            "Kamień Pomorski",
        ),
    ],
)
def test_a_place_of_several_words_in_the_implementers_name(text, implementer, city):
    r = rec(text)
    assert (r["implementer"], r["city"]) == (implementer, city)


# ---------------------------------------------------------------- a body other than a centre runs it


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Stowarzyszenie Zielony Most z Sejn jest liderem projektu „Wspólny stół”." + _FACT,
            "Stowarzyszenie Zielony Most z Sejn",
        ),
        (
            "Fundacja Dobrej Drogi realizuje od stycznia projekt „Wspólny stół” dla rodzin z gminy "
            "Krasnopol." + _FACT,
            "Fundacja Dobrej Drogi",
        ),
        (
            "Środowiskowy Dom Samopomocy w Kleszczelach realizuje projekt „Wspólny stół”." + _FACT,
            "Środowiskowy Dom Samopomocy w Kleszczelach",
        ),
        (
            "Dom Pomocy Społecznej w Sejnach otrzymał grant na zakup sprzętu w ramach projektu "
            "„Wspólny stół”." + _FACT,
            "Dom Pomocy Społecznej w Sejnach",
        ),
        (
            "Centrum Integracji Społecznej w Krasnopolu rozpoczęło realizację projektu „Wspólny stół”."
            + _FACT,
            "Centrum Integracji Społecznej w Krasnopolu",
        ),
        # a partner's word before the body: the centre runs it
        (
            "Partnerem jest Stowarzyszenie Zielony Most, a projekt „Wspólny stół” realizuje Gminny "
            "Ośrodek Pomocy Społecznej w Krasnopolu." + _FACT,
            "Gminny Ośrodek Pomocy Społecznej w Krasnopolu",
        ),
        # a body that merely takes part is not the runner
        (
            "W zajęciach projektu „Wspólny stół” pomaga Stowarzyszenie Zielony Most, a realizuje go "
            "Gminny Ośrodek Pomocy Społecznej w Krasnopolu." + _FACT,
            "Gminny Ośrodek Pomocy Społecznej w Krasnopolu",
        ),
    ],
)
def test_a_body_named_as_the_subject_of_running_the_project(text, expected):
    assert rec(text)["implementer"] == expected


@pytest.mark.parametrize(
    "text, implementer, city",
    [
        # a news item writes the centre's name in lower case: capitalised, in the nominative
        (
            "Z zajęć w ramach projektu „Wspólny stół” skorzystają podopieczni gminnego ośrodka pomocy "
            "społecznej w Krasnopolu." + _FACT,
            "Gminny Ośrodek Pomocy Społecznej w Krasnopolu",
            "Krasnopol",
        ),
        # the town from the centre's contact block: a street, then a postcode and the town
        (
            "Miejski Ośrodek Pomocy Społecznej\nul. Polna 12\n21-500 Biała Podlaska\n\n"
            "Ośrodek realizuje projekt „Wspólny stół”." + _FACT,
            "Miejski Ośrodek Pomocy Społecznej w Białej Podlaskiej",
            "Biała Podlaska",
        ),
        # a small town whose name holds a big town's: the small town, not the big one
        (
            "Projekt „Wspólny stół” realizuje Gminny Ośrodek Pomocy Społecznej w Głogowie Małopolskim."
            + _FACT,
            "Gminny Ośrodek Pomocy Społecznej w Głogowie Małopolskim",
            "Głogów Małopolski",
        ),
        # the body that grants the money is not the one that runs the project
        (
            "Regionalny Ośrodek Polityki Społecznej w Krakowie przyznał dofinansowanie na projekt "
            "„Wspólny stół”, z którego skorzystają klienci Gminnego Ośrodka Pomocy Społecznej w "
            "Zembrzycach." + _FACT,
            "Gminny Ośrodek Pomocy Społecznej w Zembrzycach",
            "Zembrzyce",
        ),
    ],
)
def test_the_centre_in_lower_case_in_a_contact_block_and_beside_its_funder(text, implementer, city):
    r = rec(text)
    assert (r["implementer"], r["city"]) == (implementer, city)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a foundation's or association's run verb a few words after its name, its invitation, its
        # project in the genitive
        (
            "Fundacja Jasny Brzeg od kwietnia realizuje projekt „Wspólny stół”." + _FACT,
            "Fundacja Jasny Brzeg",
        ),
        (
            "Fundacja Jasny Brzeg wraz z partnerami realizuje projekt „Wspólny stół”." + _FACT,
            "Fundacja Jasny Brzeg",
        ),
        (
            "Stowarzyszenie Jasny Brzeg zaprasza do udziału w projekcie „Wspólny stół”." + _FACT,
            "Stowarzyszenie Jasny Brzeg",
        ),
        (
            "Ruszył projekt Stowarzyszenia Jasny Brzeg pn. „Wspólny stół”." + _FACT,
            "Stowarzyszenie Jasny Brzeg",
        ),
        # a gmina: its project in the genitive, its head informing, its invitation
        (
            "Projekt Gminy Sejny pn. „Wspólny stół” otrzymał dofinansowanie." + _FACT,
            "Gmina Sejny",
        ),
        (
            "Wójt Gminy Sejny informuje, że gmina realizuje projekt „Wspólny stół”." + _FACT,
            "Gmina Sejny",
        ),
        (
            "Gmina Sejny zaprasza do udziału w projekcie „Wspólny stół”." + _FACT,
            "Gmina Sejny",
        ),
        # a label word as the predicate of a sentence: the name after the copula
        (
            "Beneficjentem projektu „Wspólny stół” jest Gmina Sejny." + _FACT,
            "Gmina Sejny",
        ),
        # where, not who
        (
            "Mieszkańcy Gminy Sejny mogą wziąć udział w projekcie „Wspólny stół”." + _FACT,
            None,
        ),
    ],
)
def test_a_body_that_holds_the_project_in_other_words(text, expected):
    assert rec(text)["implementer"] == expected


_GMINA_SITE = """{masthead}
Strona główna | Aktualności | Kontakt

Aktualności

Gmina realizuje projekt „Wspólny stół” dla seniorów.{fact}
Zapraszamy mieszkańców do udziału.
Projekt współfinansowany ze środków Unii Europejskiej.
Szczegóły w sekretariacie.

{footer}
tel. 87 000 00 00
Wszelkie prawa zastrzeżone
"""


@pytest.mark.parametrize(
    "masthead, footer, expected",
    [
        # the gmina's office names the gmina
        ("URZĄD GMINY KRASNOPOL", "Urząd Gminy Krasnopol, ul. Długa 1", "Gmina Krasnopol"),
        (
            "Gmina Nowe Miasto Lubawskie",
            "© 2024 Gmina Nowe Miasto Lubawskie",
            "Gmina Nowe Miasto Lubawskie",
        ),
        # a town's office with its seat: as written
        ("Urząd Miejski w Sejnach", "© Urząd Miejski w Sejnach", "Urząd Miejski w Sejnach"),
        # two bodies in the furniture: which one is not said
        ("Urząd Gminy Krasnopol", "© Gmina Puńsk", None),
    ],
)
def test_the_gmina_whose_site_it_is_when_no_body_is_named(masthead, footer, expected):
    assert (
        rec(_GMINA_SITE.format(masthead=masthead, footer=footer, fact=_FACT))["implementer"]
        == expected
    )


def test_a_towns_office_said_to_run_the_project():
    assert (
        rec("Urząd Miejski w Sejnach realizuje projekt „Wspólny stół”." + _FACT)["implementer"]
        == "Urząd Miejski w Sejnach"
    )


def test_the_site_of_a_gmina_names_no_runner_by_itself():
    # the page never says that the gmina (or "we") runs the project: no guess from the masthead
    text = _GMINA_SITE.format(
        masthead="Urząd Gminy Krasnopol", footer="© Gmina Krasnopol", fact=_FACT
    )
    text = text.replace("Gmina realizuje projekt", "Trwa projekt")
    r = rec(text)
    assert r["implementer"] is None
    # a heading that joins the gmina's name to the project's title is not the site's owner line
    heading = _GMINA_SITE.format(
        masthead="Gmina Krasnopol – Wspólny stół", footer="Kontakt", fact=_FACT
    )
    assert rec(heading)["implementer"] is None


@pytest.mark.parametrize(
    "text, implementer, city",
    [
        # an association's seat between its name and its verb; its town in the genitive
        (
            "Fundacja Jasny Brzeg z siedzibą w Sejnach realizuje projekt „Wspólny stół”." + _FACT,
            "Fundacja Jasny Brzeg",
            "Sejny",
        ),
        (
            "Stowarzyszenie Jasny Brzeg z Sejn jest liderem projektu „Wspólny stół”." + _FACT,
            "Stowarzyszenie Jasny Brzeg z Sejn",
            "Sejny",
        ),
    ],
)
def test_an_associations_seat_and_its_town_in_the_genitive(text, implementer, city):
    r = rec(text)
    assert (r["implementer"], r["city"]) == (implementer, city)


@pytest.mark.parametrize(
    "text, expected",
    [
        # English pages keep the body's English name
        (
            "The project “Common table” is implemented by the Association for Active Seniors. "
            "Total value: PLN 180,000.00.",
            "Association for Active Seniors",
        ),
        (
            "The Foundation “Bright Shore” carries out the project “Common table”. "
            "Total value: PLN 180,000.00.",
            "Foundation “Bright Shore”",
        ),
        (
            "Project “Common table” run by the Social Welfare Centre of the Krasnopol Commune. "
            "Total value: PLN 180,000.00.",
            "Social Welfare Centre of the Krasnopol Commune",
        ),
        # a partner association does not run it
        (
            "The Association for Active Seniors is a partner. The project “Common table” is carried "
            "out by the Municipal Social Welfare Centre in Sejny. Total value: PLN 180,000.00.",
            "Municipal Social Welfare Centre in Sejny",
        ),
    ],
)
def test_an_english_pages_body_in_english(text, expected):
    assert rec(text)["implementer"] == expected


# ------------------------------------------- ninth session: who holds it when no centre runs it
@pytest.mark.parametrize(
    "text, expected",
    [
        # a centre only named (its clients) beside a labelled beneficiary: the beneficiary
        (
            "Beneficjent: Gmina Lipno\nProjekt „Drugi krok” obejmie 40 osób."
            + _FACT
            + "\nZ pomocy Gminnego Ośrodka Pomocy Społecznej w Lipnie korzysta 300 rodzin.",
            "Gmina Lipno",
        ),
        # a centre only named beside a gmina said to hold the grant in a sentence about the project
        (
            "Gmina Lipno otrzymała dofinansowanie na projekt „Drugi krok”."
            + _FACT
            + " Uczestników wskaże Gminny Ośrodek Pomocy Społecznej w Lipnie.",
            "Gmina Lipno",
        ),
        # the gmina with its unit: the unit runs the project for it
        (
            "Projekt „Drugi krok” prowadzi Gmina Lipno / Gminny Ośrodek Pomocy Społecznej w Lipnie."
            + _FACT,
            "Gminny Ośrodek Pomocy Społecznej w Lipnie",
        ),
        (
            "Projekt „Drugi krok” realizuje Gmina Koło – Miejski Ośrodek Pomocy Społecznej w Kole."
            + _FACT,
            "Miejski Ośrodek Pomocy Społecznej w Kole",
        ),
        # the unit that carries it out, after the beneficiary
        (
            "Beneficjentem jest Gmina Miejska Koło, a jednostką realizującą projekt – Miejski Ośrodek "
            "Pomocy Społecznej w Kole." + _FACT,
            "Miejski Ośrodek Pomocy Społecznej w Kole",
        ),
        # several realizators after a colon, beside the beneficiary
        (
            "Beneficjent: Miasto Turek\nProjekt „Drugi krok” realizują wspólnie dwa podmioty: "
            "Miejski Ośrodek Pomocy Społecznej w Turku oraz Miejska Biblioteka Publiczna." + _FACT,
            "Miejski Ośrodek Pomocy Społecznej w Turku",
        ),
        # a relative clause says who runs it
        (
            "Gmina Lipno podpisała umowę na projekt „Drugi krok”. Zadania wykona Gminny Ośrodek "
            "Pomocy Społecznej w Lipnie, który prowadzi projekt od maja." + _FACT,
            "Gminny Ośrodek Pomocy Społecznej w Lipnie",
        ),
    ],
)
def test_a_holder_of_the_grant_over_a_centre_only_named(text, expected):
    assert rec(text)["implementer"] == expected


_OWNER_SITE = """{masthead}
Start · O nas · Projekty · Kontakt
{crumb}

Projekt „Wspólny stół”

{body}{fact}
Uczestnicy otrzymają wsparcie doradcy.
Informacje w biurze projektu.
Zapraszamy.

{footer}
Polityka prywatności
"""


@pytest.mark.parametrize(
    "masthead, crumb, body, footer, expected",
    [
        # an association's own projects section, its name in the masthead and the footer
        (
            "Fundacja Jasny Brzeg",
            "Projekty › Opis projektu",
            "Do projektu przyjmowane będą osoby bezrobotne.",
            "© Fundacja Jasny Brzeg",
            "Fundacja Jasny Brzeg",
        ),
        # a gmina's site that speaks of the project in the first person
        (
            "Gmina Sośnie – serwis internetowy",
            "Aktualności",
            "Projekt prowadziliśmy przez dwa lata.",
            "Urząd Gminy Sośnie · Kontakt",
            "Gmina Sośnie",
        ),
        # the owner named once, in a news section, and no first person: not said
        (
            "Fundacja Jasny Brzeg",
            "Aktualności › Wydarzenia",
            "Do projektu przyjmowane będą osoby bezrobotne.",
            "Kontakt",
            None,
        ),
        # a heading that joins a body to the title is no owner line
        (
            "Gmina Sośnie – Wspólny stół",
            "Projekty › Opis projektu",
            "Do projektu przyjmowane będą osoby bezrobotne.",
            "Gmina Sośnie – Wspólny stół",
            None,
        ),
    ],
)
def test_the_owner_of_a_page_in_its_projects_section_or_speaking_in_the_first_person(
    masthead, crumb, body, footer, expected
):
    text = _OWNER_SITE.format(masthead=masthead, crumb=crumb, body=body, footer=footer, fact=_FACT)
    assert rec(text)["implementer"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the project creates the centre of social services: the centre only named is not its runner
        (
            "W Kolnie powstanie Centrum Usług Społecznych.\nW Centrum Usług Społecznych w Kolnie "
            "prowadzone będą warsztaty dla seniorów." + _FACT,
            None,
        ),
        (
            "The project supports the setting-up of the Social Services Centre in Kolno.\n"
            "Total value: PLN 180,000.00.",
            None,
        ),
        # a centre that exists and runs the project keeps it
        (
            "Centrum Usług Społecznych w Kolnie, które powstało w 2022 r., realizuje projekt "
            "„Drugi krok”." + _FACT,
            "Centrum Usług Społecznych w Kolnie",
        ),
        # the gmina that holds the grant for it, when the centre is being created
        (
            "Gmina Kolno otrzymała dofinansowanie na projekt utworzenia Centrum Usług Społecznych w "
            "Kolnie." + _FACT,
            "Gmina Kolno",
        ),
        # a town named as the one that gets the money
        ("Kutno dostało 2,5 mln zł na projekt „Drugi krok”." + _FACT, "Kutno"),
        # a town only as the place is not
        ("W Kutnie ruszył projekt „Drugi krok”." + _FACT, None),
    ],
)
def test_a_centre_being_created_and_a_town_that_gets_the_money(text, expected):
    assert rec(text)["implementer"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a label whose value is a programme, not a body: the body said to run it elsewhere
        (
            "Beneficjent: RPO Województwa Zielonego na lata 2014-2020\nProjekt „Drugi krok” "
            "realizuje Miejski Ośrodek Pomocy Społecznej w Kole." + _FACT,
            "Miejski Ośrodek Pomocy Społecznej w Kole",
        ),
        ("Realizator: Europejski Fundusz Społeczny\nProjekt „Drugi krok”." + _FACT, None),
    ],
)
def test_a_label_that_names_a_programme_is_not_the_implementer(text, expected):
    assert rec(text)["implementer"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # role words as predicates, with the title between
        (
            "Organizatorem projektu „Drugi krok” jest Stowarzyszenie Pomocna Dłoń." + _FACT,
            "Stowarzyszenie Pomocna Dłoń",
        ),
        (
            "Koordynatorem projektu „Drugi krok” jest Fundacja Nowa Droga." + _FACT,
            "Fundacja Nowa Droga",
        ),
        (
            # its town after the name is no part of it (as after any run verb)
            "Operatorem projektu jest Fundacja Nowa Droga z Kielc." + _FACT,
            "Fundacja Nowa Droga",
        ),
        # the role in apposition
        (
            "Fundacja Nowa Droga, realizator projektu „Drugi krok”, zaprasza do udziału." + _FACT,
            "Fundacja Nowa Droga",
        ),
        # an association that gets the money or signs the agreement
        (
            "Stowarzyszenie Pomocna Dłoń pozyskało środki na projekt „Drugi krok”." + _FACT,
            "Stowarzyszenie Pomocna Dłoń",
        ),
        (
            "Stowarzyszenie Pomocna Dłoń podpisało umowę na realizację projektu „Drugi krok”."
            + _FACT,
            "Stowarzyszenie Pomocna Dłoń",
        ),
        (
            "Umowę na realizację projektu „Drugi krok” podpisała Fundacja Nowa Droga." + _FACT,
            "Fundacja Nowa Droga",
        ),
        # national societies, their branches, a parish "pw.", a county office, a labour office
        (
            "Projekt „Drugi krok” prowadzi Polski Czerwony Krzyż Oddział Rejonowy w Kole." + _FACT,
            "Polski Czerwony Krzyż Oddział Rejonowy w Kole",
        ),
        (
            "Projekt „Drugi krok” realizuje Towarzystwo Przyjaciół Dzieci Oddział Miejski w Kolnie."
            + _FACT,
            "Towarzystwo Przyjaciół Dzieci Oddział Miejski w Kolnie",
        ),
        (
            "Projekt „Drugi krok” realizuje Polskie Towarzystwo Pomocy Dzieciom." + _FACT,
            "Polskie Towarzystwo Pomocy Dzieciom",
        ),
        (
            "Projekt „Drugi krok” realizuje Parafia Rzymskokatolicka pw. św. Jana w Kolnie."
            + _FACT,
            "Parafia Rzymskokatolicka pw. św. Jana w Kolnie",
        ),
        (
            "Projekt „Drugi krok” realizuje Starostwo Powiatowe w Kolnie." + _FACT,
            "Starostwo Powiatowe w Kolnie",
        ),
        (
            "Projekt „Drugi krok” realizuje Powiatowy Urząd Pracy w Kolnie." + _FACT,
            "Powiatowy Urząd Pracy w Kolnie",
        ),
        # English: the kind after the name
        (
            "The project is run by the Bright Path Foundation in Kolno. Total value: PLN 180,000.00.",
            "Bright Path Foundation",
        ),
        # a partner stays a partner
        (
            "Realizatorem projektu jest Fundacja Nowa Droga. Partnerem jest Miejski Ośrodek Pomocy "
            "Społecznej w Kolnie." + _FACT,
            "Fundacja Nowa Droga",
        ),
    ],
)
def test_more_bodies_and_roles_that_run_a_project(text, expected):
    assert rec(text)["implementer"] == expected


@pytest.mark.parametrize(
    "text, implementer, city",
    [
        # the capital's district with its city
        (
            "Projekt „Drugi krok” realizuje Ośrodek Pomocy Społecznej Dzielnicy Bemowo m.st. Warszawy."
            + _FACT,
            "Ośrodek Pomocy Społecznej Dzielnicy Bemowo m.st. Warszawy",
            "Warszawa",
        ),
        # a gmina's welfare team, in the nominative and from the genitive
        (
            "Projekt „Drugi krok” realizowany jest przez Gminny Zespół Pomocy Społecznej w Kolnie."
            + _FACT,
            "Gminny Zespół Pomocy Społecznej w Kolnie",
            "Kolno",
        ),
        (
            "Uczestników wskazali pracownicy Miejskiego Zespołu Opieki Społecznej w Kolnie, który "
            "realizuje projekt „Drugi krok”." + _FACT,
            "Miejski Zespół Opieki Społecznej w Kolnie",
            "Kolno",
        ),
    ],
)
def test_a_district_centre_with_its_city_and_a_welfare_team(text, implementer, city):
    r = rec(text)
    assert (r["implementer"], r["city"]) == (implementer, city)


@pytest.mark.parametrize(
    "masthead, body, footer, expected",
    [
        # the gmina named in the genitive by its masthead, "we signed" in the text
        (
            "Serwis informacyjny Gminy Sośnie",
            "Podpisaliśmy umowę na projekt „Wspólny stół”.",
            "Urząd Gminy Sośnie · Polityka prywatności",
            "Gmina Sośnie",
        ),
        # "our gmina joined the beneficiaries"
        (
            "Serwis informacyjny Gminy Sośnie",
            "Nasza gmina dołączyła do grona beneficjentów projektu „Wspólny stół”.",
            "Kontakt",
            "Gmina Sośnie",
        ),
        # the same masthead, but the page never says the gmina holds the project
        (
            "Serwis informacyjny Gminy Sośnie",
            "Trwa projekt „Wspólny stół”.",
            "Urząd Gminy Sośnie · Polityka prywatności",
            None,
        ),
    ],
)
def test_a_gminas_news_site_named_in_the_genitive_that_says_we_signed(
    masthead, body, footer, expected
):
    text = _OWNER_SITE.format(
        masthead=masthead, crumb="Aktualności", body=body, footer=footer, fact=_FACT
    )
    assert rec(text)["implementer"] == expected


# Session 24 (names2): the umbrella grant project of a local action group is run by the group,
# not the grantee's project the page is about; wordings written for these tests.
@pytest.mark.parametrize(
    "text, expected",
    [
        # the group runs the umbrella, the gmina holds the grant for its own project
        (
            "Świetlica „Iskierka”\n\nGmina Borówka pozyskała dofinansowanie projektu w naborze "
            "ogłoszonym przez Lokalną Grupę Działania „Dolina Rzeki” i jest grantobiorcą.\n\n"
            "Projekt jest "
            "współfinansowany z EFS na podstawie umowy o dofinansowanie Projektu grantowego "
            "„Razem na wsi – projekt grantowy w powiecie”, który realizuje Lokalna Grupa "
            "Działania „Dolina Rzeki”." + _FACT,
            "Gmina Borówka",
        ),
        (
            "Klub „Pod Lipą”\n\nUmowa o powierzenie grantu w ramach projektu grantowego „Aktywna "
            "wieś”, który prowadzi Stowarzyszenie Lokalna Grupa Działania „Ziemia Górna”, "
            "została zawarta w maju." + _FACT,
            None,
        ),
        # near-miss: a group that runs the page's own project (no grant project before the verb)
        (
            "Projekt „Razem w gminie” realizuje Lokalna Grupa Działania „Dolina Rzeki”." + _FACT,
            "Lokalna Grupa Działania „Dolina Rzeki”",
        ),
        # near-miss: no grant entrusted to a grantee, the grant project is the page's only one
        (
            "Projekt grantowy „Wieś aktywna” realizuje Stowarzyszenie „Nowa Droga”. W ramach "
            "projektu udzielimy grantów." + _FACT,
            "Stowarzyszenie „Nowa Droga”",
        ),
        # near-miss: the grant project named in an earlier sentence; the verb's sentence names
        # the page's project
        (
            "Gmina otrzymała grant w ramach projektu grantowego. Projekt „Młodzi razem” "
            "realizuje Stowarzyszenie „Nowa Droga” z Lipna." + _FACT,
            "Stowarzyszenie „Nowa Droga”",
        ),
    ],
)
def test_the_group_running_an_umbrella_grant_project_is_not_the_grantees_runner(text, expected):
    assert rec(text)["implementer"] == expected


# a religious congregation that runs the project, its patron's foreign name whole
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Projekt prowadzi Zgromadzenie Sióstr Służebniczek Prowincja Krakowska." + _FACT,
            "Zgromadzenie Sióstr Służebniczek Prowincja Krakowska",
        ),
        (
            "Projekt realizuje Zgromadzenie Księży Misjonarzy Św. Wincentego a Paulo." + _FACT,
            "Zgromadzenie Księży Misjonarzy Św. Wincentego a Paulo",
        ),
        (
            "Zajęcia w klubie seniora w ramach projektu „Razem raźniej” realizuje "
            "Zgromadzenie Braci Albertynów." + _FACT,
            "Zgromadzenie Braci Albertynów",
        ),
        (
            "Projekt realizuje Fundacja im. Marii de Berg w Opolu." + _FACT,
            "Fundacja im. Marii de Berg w Opolu",
        ),
        # near-miss: a congregation's assembly is not a body ("zgromadzenie mieszkańców")
        ("Projekt przedstawiono na zgromadzeniu mieszkańców gminy." + _FACT, None),
    ],
)
def test_a_religious_congregation_runs_the_project(text, expected):
    assert rec(text)["implementer"] == expected
