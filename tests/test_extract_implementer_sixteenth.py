"""Sixteenth session: implementer and city on wordings written for this test (not copied from any
labelled document or page): a body that runs the project with its partner named between it and
the run verb ("Stowarzyszenie X w partnerstwie z MOPS w Y realizuje projekt"), the partner not
taken for the runner; a town named in a headline by the short form of its name ("w Krośnie") whose
full name the page writes elsewhere ("w Krośnie Odrzańskim")."""

from __future__ import annotations

import pytest

from integra.extract import extract_text


def rec(text: str) -> dict:
    return extract_text(text, "impl16.txt")[0]


MONEY = (
    " Wartość projektu wynosi 520 000,00 zł. Projekt współfinansowany ze środków Europejskiego"
    " Funduszu Społecznego."
)


# ------------------------------------------------------------- a partner between body and verb


@pytest.mark.parametrize(
    "text, implementer",
    [
        (
            "Stowarzyszenie Bliżej Ludzi w partnerstwie z Miejskim Ośrodkiem Pomocy Społecznej"
            " w Bytomiu realizuje projekt „Razem raźniej”.",
            "Stowarzyszenie Bliżej Ludzi",
        ),
        (
            "Fundacja Zielony Most, w partnerstwie z Gminą Nysa, realizuje projekt „Nowy start”.",
            "Fundacja Zielony Most",
        ),
        (
            "Fundacja Zielony Most wspólnie z Gminnym Ośrodkiem Pomocy Społecznej w Pakosławiu"
            " prowadzi projekt „Nowy start”.",
            "Fundacja Zielony Most",
        ),
        (
            "Od stycznia Stowarzyszenie Aktywni Seniorzy we współpracy z Powiatowym Centrum"
            " Pomocy Rodzinie w Kole realizuje projekt „Srebrny wiek”.",
            "Stowarzyszenie Aktywni Seniorzy",
        ),
        (
            "Spółdzielnia Socjalna Pasieka razem z Miastem Chełm będzie realizować projekt"
            " „Praca na start”.",
            "Spółdzielnia Socjalna Pasieka",
        ),
    ],
)
def test_body_with_its_partner_before_the_verb(text, implementer):
    assert rec(text + MONEY)["implementer"] == implementer


@pytest.mark.parametrize(
    "text, implementer",
    [
        # the partner's name after the verb: the subject still runs it
        (
            "Gminny Ośrodek Pomocy Społecznej w Rząśni w partnerstwie z Fundacją Aktywni"
            " realizuje projekt „Nowe szanse”.",
            "Gminny Ośrodek Pomocy Społecznej w Rząśni",
        ),
        # a partnership without a run verb after it: neither is said to run the project
        (
            "Stowarzyszenie Bliżej Ludzi w partnerstwie z Miejskim Ośrodkiem Pomocy Społecznej"
            " w Bytomiu. Projekt „Razem raźniej” zrealizowano w 2020 roku.",
            None,
        ),
        # the partnership clause ends at a sentence's end
        (
            "Projekt prowadzi Miejski Ośrodek Pomocy Społecznej w Bytomiu. Fundacja Zielony Most"
            " w partnerstwie z nim. Ośrodek realizuje projekt „Razem raźniej”.",
            "Miejski Ośrodek Pomocy Społecznej w Bytomiu",
        ),
    ],
)
def test_partnership_near_misses(text, implementer):
    assert rec(text + MONEY)["implementer"] == implementer


# ------------------------------------------------------------------ the longer town's short form


@pytest.mark.parametrize(
    "text, city",
    [
        (
            "Centrum Usług Społecznych w Krośnie już działa\n\nDziś w Krośnie Odrzańskim otwarto"
            " Centrum Usług Społecznych w ramach projektu unijnego.",
            "Krosno Odrzańskie",
        ),
        (
            "Miejski Ośrodek Pomocy Społecznej w Głogowie realizuje projekt „Senior”.\n\nZajęcia"
            " odbywają się w Głogowie Małopolskim przy ulicy Rynek.",
            "Głogów Małopolski",
        ),
        (
            "Projekt realizuje Ośrodek Pomocy Społecznej w Brzegu.\n\nTagi: Brzeg Dolny, seniorzy",
            "Brzeg Dolny",
        ),
    ],
)
def test_short_form_of_a_longer_town(text, city):
    assert rec(text + MONEY)["city"] == city


@pytest.mark.parametrize(
    "text, city",
    [
        # no longer town named: the short one stays
        (
            "Miejski Ośrodek Pomocy Społecznej w Krośnie realizuje projekt „Senior” dla"
            " mieszkańców Krosna.",
            "Krosno",
        ),
        # two longer towns named: which one is not said, the short one stays
        (
            "Miejski Ośrodek Pomocy Społecznej w Głogowie realizuje projekt „Senior”. Goście"
            " przyjechali z Głogowa Małopolskiego i z Nowego Głogowa, a także z Brzegu Dolnego.",
            "Głogów",
        ),
    ],
)
def test_short_form_near_misses(text, city):
    assert rec(text + MONEY)["city"] == city


# --------------------------------------------------------------- a regulation's definitions


@pytest.mark.parametrize(
    "text, implementer",
    [
        (
            "Regulamin rekrutacji\n\nIlekroć jest mowa o: 1. Projekcie – oznacza to projekt"
            " „Nowy start”. 2. Beneficjencie – oznacza to Gminę Nysa. 3. Uczestniku – oznacza"
            " to osobę zakwalifikowaną.",
            "Gmina Nysa",
        ),
        (
            "Regulamin\n\n2. Beneficjent – należy przez to rozumieć Gminę Miejską Nysa, ul."
            " Kolejowa 15.\n3. Uczestnik – osoba zakwalifikowana.",
            "Gmina Miejska Nysa",
        ),
        (
            "Regulamin\n\n2. Beneficjent – oznacza Miasto Brzeg.\n3. Uczestnik – osoba.",
            "Miasto Brzeg",
        ),
        (
            "Słowniczek: Beneficjencie – rozumie się przez to Powiat Nyski. Uczestniku – osobę"
            " zakwalifikowaną do projektu.",
            "Powiat Nyski",
        ),
    ],
)
def test_beneficiary_in_a_regulation_definition(text, implementer):
    assert rec(text + MONEY)["implementer"] == implementer


@pytest.mark.parametrize(
    "text, implementer",
    [
        # the welfare centre the definition names runs it
        (
            "Regulamin\n\n1. Beneficjent – oznacza to Miejski Ośrodek Pomocy Społecznej w Bytomiu."
            "\n2. Uczestnik – osoba zakwalifikowana.",
            "Miejski Ośrodek Pomocy Społecznej w Bytomiu",
        ),
        # a definition of the participant that names a gmina: where they live, not a holder
        (
            "Regulamin\n\n1. Uczestnik – oznacza to osobę zamieszkałą na terenie Gminy Nysa.",
            None,
        ),
    ],
)
def test_regulation_definition_near_misses(text, implementer):
    assert rec(text + MONEY)["implementer"] == implementer


# ------------------------------------------------------------- a name broken over two lines


@pytest.mark.parametrize(
    "text, implementer",
    [
        (
            "Projekt „Start”\n\nRealizator: Gminny Ośrodek Pomocy\nSpołecznej w Pakosławiu\n\n",
            "Gminny Ośrodek Pomocy Społecznej w Pakosławiu",
        ),
        (
            "Projekt realizuje Gminny Ośrodek Pomocy\nSpołecznej w Pakosławiu.\n\n",
            "Gminny Ośrodek Pomocy Społecznej w Pakosławiu",
        ),
        (
            "Projekt „Start”\n\nBeneficjent: Powiatowe Centrum Pomocy\nRodzinie w Nysie\n\n",
            "Powiatowe Centrum Pomocy Rodzinie w Nysie",
        ),
        (
            "Projekt „Start”\n\nRealizator projektu:\nMiejski Ośrodek Pomocy\nSpołecznej w Kutnie"
            "\nul. Kościuszki 3\n\n",
            "Miejski Ośrodek Pomocy Społecznej w Kutnie",
        ),
        (
            "Projekt od 2021 roku prowadzi Centrum Usług\nSpołecznych w Nysie.\n\n",
            "Centrum Usług Społecznych w Nysie",
        ),
    ],
)
def test_name_broken_over_two_lines(text, implementer):
    assert rec(text + MONEY)["implementer"] == implementer


@pytest.mark.parametrize(
    "text, implementer",
    [
        # a blank line between: two paragraphs, not one name
        (
            "Projekt „Start”\n\nRealizator: Miejski Ośrodek Pomocy Społecznej w Kutnie\n\nPomocy"
            " udzielają wolontariusze.\n\n",
            "Miejski Ośrodek Pomocy Społecznej w Kutnie",
        ),
        # the next label after a complete name stays a label of its own
        (
            "Projekt „Start”\n\nRealizator: Miejski Ośrodek Pomocy Społecznej w Kutnie\nPartner:"
            " Fundacja Zielony Most\n\n",
            "Miejski Ośrodek Pomocy Społecznej w Kutnie",
        ),
    ],
)
def test_broken_name_near_misses(text, implementer):
    assert rec(text + MONEY)["implementer"] == implementer


# ------------------------------------------------------------------------ labels of the runner


@pytest.mark.parametrize(
    "label",
    [
        "Podmiot realizujący",
        "Podmiot realizujący projekt",
        "Nazwa wnioskodawcy",
        "Instytucja realizująca projekt",
        "Realizator zadania",
        "Jednostka prowadząca",
        "Implementing body",
        "Applicant",
    ],
)
def test_more_labels_of_the_runner(label):
    text = "Projekt „Start”\n\n" + label + ": Fundacja Zielony Most\n\n"
    assert rec(text + MONEY)["implementer"] == "Fundacja Zielony Most"


def test_a_label_like_word_in_prose_is_no_label():
    text = (
        "Projekt „Start”\n\nPodmiot realizujący usługi opiekuńcze wybierze gmina w konkursie."
        " Projekt realizuje Miejski Ośrodek Pomocy Społecznej w Nysie.\n\n"
    )
    assert rec(text + MONEY)["implementer"] == "Miejski Ośrodek Pomocy Społecznej w Nysie"


# ------------------------------------------------------- a heading joined to its paragraph


@pytest.mark.parametrize(
    "text, implementer",
    [
        (
            "Starostwo Powiatowe w Nysie\n\nPowiat Nyski otrzymał dofinansowanie na projekt"
            " „Rodzina” dla mieszkańców Otmuchowa.",
            "Powiat Nyski",
        ),
        (
            "Stowarzyszenie Aktywni Razem\n\nFundacja Zielony Most realizuje projekt „Start”.",
            "Fundacja Zielony Most",
        ),
        (
            "Projekt realizowany przez Stowarzyszenie Aktywni Razem\n\nZapraszamy do udziału.",
            "Stowarzyszenie Aktywni Razem",
        ),
    ],
)
def test_a_name_never_runs_over_a_blank_line(text, implementer):
    assert rec(text + MONEY)["implementer"] == implementer


# ------------------------------------------ a portal's furniture names the only big towns


def _portal_page(body: str) -> str:
    return (
        "Radio Opole | Wiadomości z regionu\nOpole, Nysa, Brzeg\nReklama\n\n"
        + body
        + "\n\n– Cieszymy się – mówi burmistrz.\n\nTagi: seniorzy, EFS\nRedakcja Radia Opole, ul."
        " Strzelecka 17, 45-001 Opole\nKontakt | Reklama | Regulamin\n© Radio Opole"
    )


@pytest.mark.parametrize(
    "body, city",
    [
        (
            "Seniorzy dostaną wsparcie\n\n2024-03-11 · Region\n\nW Głuchołazach ruszył projekt"
            " „Srebrny wiek”.\n\nProjekt przygotowała gmina. Jego wartość to 520 tys. zł.",
            "Głuchołazy",
        ),
        (
            "Nowy klub seniora\n\n2024-03-11 · Region\n\nProjekt „Srebrny wiek” ruszył w"
            " Otmuchowie.\n\nZajęcia odbędą się w Otmuchowie dwa razy w tygodniu. Wartość 520 tys."
            " zł.",
            "Otmuchów",
        ),
    ],
)
def test_small_town_in_the_body_before_the_portals_town(body, city):
    assert rec(_portal_page(body))["city"] == city


def test_big_town_in_the_body_still_counts():
    body = (
        "Seniorzy dostaną wsparcie\n\n2024-03-11 · Region\n\nW Nysie ruszył projekt „Srebrny"
        " wiek” w Głuchołazach i Nysie.\n\nProjekt przygotowała gmina. Wartość 520 tys. zł."
    )
    assert rec(_portal_page(body))["city"] == "Nysa"


# ------------------------------------------------------- the owner's name in a contact block

OWN_PAGE = (
    "Strona główna | O nas | Projekty\n\nProjekt „Razem łatwiej”\n\nOd 1 stycznia 2021 roku"
    " realizujemy projekt „Razem łatwiej” współfinansowany ze środków Europejskiego Funduszu"
    " Społecznego. Wartość projektu: 450 000,00 zł.\n\nProjekt skierowany jest do 40 osób z"
    " terenu Nysy.\n\n"
)


@pytest.mark.parametrize(
    "footer, implementer",
    [
        (
            "Fundacja Zielony Most\nul. Rynek 1, 48-300 Nysa\nKRS 0000123456\nDo góry",
            "Fundacja Zielony Most",
        ),
        (
            "Kontakt\nStowarzyszenie Aktywni Razem\nul. Rynek 1\n48-300 Nysa\ntel. 77 123 45 67"
            "\ne-mail: biuro@aktywni.pl\nPolityka prywatności\nDo góry",
            "Stowarzyszenie Aktywni Razem",
        ),
        (
            "Urząd Gminy Pakosław\n63-920 Pakosław, ul. Rawicka 19\ntel. 65 547 12 34\nMapa"
            " strony\nDo góry",
            "Gmina Pakosław",
        ),
    ],
)
def test_owner_named_over_its_address_in_the_footer(footer, implementer):
    assert rec(OWN_PAGE + footer)["implementer"] == implementer


def test_contact_block_of_a_page_that_does_not_speak_of_its_own_project():
    page = (
        "Strona główna | O nas\n\nProjekt „Razem łatwiej”\n\nProjekt współfinansowany ze"
        " środków EFS. Wartość projektu: 450 000,00 zł.\n\nFundacja Zielony Most\nul. Rynek 1,"
        " 48-300 Nysa\nKRS 0000123456\nDo góry"
    )
    assert rec(page)["implementer"] is None


# ------------------------------------------------------------- the modal, the object first


@pytest.mark.parametrize(
    "text, implementer",
    [
        (
            "Gmina Nysa otrzymała dofinansowanie. Projekt ma realizować Fundacja Zielony Most.",
            "Fundacja Zielony Most",
        ),
        (
            "Miasto Nysa dostało 500 tys. zł. Zadanie mają realizować Stowarzyszenie Aktywni"
            " Razem i wolontariusze.",
            "Stowarzyszenie Aktywni Razem",
        ),
        (
            "Gmina Nysa otrzymała dofinansowanie. Program ma prowadzić Środowiskowy Dom"
            " Samopomocy w Nysie.",
            "Środowiskowy Dom Samopomocy w Nysie",
        ),
        (
            "Takie dofinansowanie otrzymało Miasto Nysa. Na terenie gminy program ma realizować"
            " Dom Pomocy Społecznej w Nysie.",
            "Dom Pomocy Społecznej w Nysie",
        ),
    ],
)
def test_body_after_a_modal_run_verb(text, implementer):
    assert rec(text + MONEY)["implementer"] == implementer


@pytest.mark.parametrize(
    "text, implementer",
    [
        # a question, no body after the verb
        ("Kto ma realizować projekt? Fundacja Zielony Most zgłosiła się jako pierwsza.", None),
        # a bare one-word head after the verb is no name
        (
            "Gmina Nysa otrzymała dofinansowanie na projekt. Zadanie ma realizować Fundacja.",
            "Gmina Nysa",
        ),
    ],
)
def test_modal_near_misses(text, implementer):
    assert rec(text + MONEY)["implementer"] == implementer


# --------------------------------------------- a label alone on its line, without a colon


@pytest.mark.parametrize(
    "label", ["Beneficjent", "beneficiary", "BENEFICJENT", "Realizator projektu"]
)
@pytest.mark.parametrize(
    "value, implementer",
    [
        ("Gmina Nysa", "Gmina Nysa"),
        ("FUNDACJA ZIELONY MOST", "Fundacja Zielony Most"),
        (
            "Stowarzyszenie na rzecz Osób Niepełnosprawnych w Nysie",
            "Stowarzyszenie na rzecz Osób Niepełnosprawnych w Nysie",
        ),
    ],
)
def test_label_heading_over_its_value(label, value, implementer):
    for gap in ("\n", "\n\n"):
        assert rec("Projekt „Start”\n\n" + label + gap + value + "\n\n" + MONEY)["implementer"] == (
            implementer
        )


@pytest.mark.parametrize(
    "after",
    [
        "Projekt skierowany jest do mieszkańców Nysy.",
        "- Fundacja Zielony Most\n- Gmina Nysa",  # a list of several: not one body's label
    ],
)
def test_label_heading_over_no_name(after):
    assert rec("Projekt „Start”\n\nBeneficjent\n" + after + "\n\n" + MONEY)["implementer"] is None


# ------------------------------------------------ a bare name sharing the next body's place


@pytest.mark.parametrize(
    "text, implementer",
    [
        (
            "Realizatorem projektu będzie Gminny Ośrodek Pomocy Społecznej oraz Miejska i"
            " Powiatowa Biblioteka Publiczna w Kartuzach.",
            "Gminny Ośrodek Pomocy Społecznej w Kartuzach",
        ),
        (
            "Projekt realizuje Miejski Ośrodek Pomocy Społecznej i Centrum Kultury w Nysie.",
            "Miejski Ośrodek Pomocy Społecznej w Nysie",
        ),
        (
            "Projekt prowadzą Powiatowe Centrum Pomocy Rodzinie oraz Starostwo Powiatowe\nw Kole.",
            "Powiatowe Centrum Pomocy Rodzinie w Kole",
        ),
    ],
)
def test_bare_name_shares_the_place_of_the_body_after_it(text, implementer):
    assert rec(text + MONEY)["implementer"] == implementer


@pytest.mark.parametrize(
    "text",
    [
        "Projekt realizuje Miejski Ośrodek Pomocy Społecznej i Fundacja Zielony Most.",
        "Projekt realizuje Miejski Ośrodek Pomocy Społecznej. Zajęcia odbywają się w Nysie.",
    ],
)
def test_bare_name_without_a_shared_place(text):
    assert rec(text + MONEY)["implementer"] == "Miejski Ośrodek Pomocy Społecznej"
