"""Implementer and title on unseen pages (thirteenth session), on wordings written for these tests
(not copied from any labelled document): a town that gets the money over a centre the page only
names, an office named as the grant's applicant, a voivodeship that owns the project, a label over a
one-item list, the owner's site with a project card; titles quoted after the project's owner in the
genitive, and set under the line that ends with their cue; and the negatives of each."""

from __future__ import annotations

import pytest

from integra.extract import extract_text

_FACT = " Wartość projektu: 240 000,00 zł."


def rec(text: str, page_title: str = "") -> dict:
    return extract_text(text, "names13.txt", page_title=page_title)[0]


# --------------------------------------------------------------------------- implementer


def test_a_town_that_gets_the_money_over_a_centre_only_named():
    text = (
        "Olsztyn otrzymał 1,8 mln zł na utworzenie klubu integracji.\n\n"
        "Z pomocy Miejskiego Ośrodka Pomocy Społecznej w Olsztynie korzysta kilka tysięcy osób.\n\n"
        "Umowę podpisano w poniedziałek." + _FACT
    )
    assert rec(text)["implementer"] == "Olsztyn"


def test_a_gmina_that_gets_money_for_another_task_is_no_grantee_of_the_project():
    # "Gmina X dostała … na zadanie" may be any task (a road, asbestos): the centre that the
    # project's text names stays
    text = (
        "Gmina Wolbrom dostała 30 000,00 zł na zadanie pn. Remont chodnika przy ul. Polnej.\n\n"
        "Projekt „Razem raźniej” prowadzi Miejsko-Gminny Ośrodek Pomocy Społecznej w Wolbromiu."
        + _FACT
    )
    assert rec(text)["implementer"] == "Miejsko-Gminny Ośrodek Pomocy Społecznej w Wolbromiu"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Na wniosek Urzędu Miasta Kraśnik zarząd województwa przyznał 1,2 miliona złotych "
            "na rozwój Centrum Usług Społecznych w Kraśniku.",
            "Urząd Miasta Kraśnik",
        ),
        (
            "Wniosek o dofinansowanie złożył Urząd Gminy Janów, a zarząd województwa przyznał "
            "na projekt 900 tysięcy złotych.",
            "Urząd Gminy Janów",
        ),
    ],
)
def test_an_office_named_as_the_applicant_of_the_grant(sentence, expected):
    assert rec(sentence + _FACT)["implementer"] == expected


def test_a_request_of_an_office_without_money_names_no_applicant():
    # "na wniosek" of an office about something else than a grant: no holder of the project
    text = (
        "Na wniosek Urzędu Miasta Kraśnik zmieniono organizację ruchu przy ul. Lubelskiej.\n\n"
        "Projekt „Bliżej siebie” realizuje Miejski Ośrodek Pomocy Społecznej w Kraśniku." + _FACT
    )
    assert rec(text)["implementer"] == "Miejski Ośrodek Pomocy Społecznej w Kraśniku"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Projekt Województwa Lubuskiego, którego wartość wynosi 3 100 000,00 zł, otrzymał "
            "dofinansowanie ze środków EFS.",
            "Województwo Lubuskie",
        ),
        (
            "Zarząd przyjął wyniki oceny projektu partnerskiego Województwa Warmińsko-Mazurskiego "
            "o wartości 5 000 000,00 zł.",
            "Województwo Warmińsko-Mazurskie",
        ),
    ],
)
def test_a_voivodeship_that_owns_the_project(sentence, expected):
    r = rec(sentence + _FACT)
    assert r["implementer"] == expected
    assert r["title"] is None  # the owner's name after "Projekt" is no title


def test_a_voivodeship_only_in_a_programmes_name_is_no_implementer():
    text = (
        "Projekt współfinansowany w ramach Regionalnego Programu Operacyjnego Województwa "
        "Lubuskiego na lata 2014-2020." + _FACT
    )
    assert rec(text)["implementer"] is None


def test_two_voivodeships_said_to_own_projects_give_none():
    text = (
        "Projekt Województwa Lubuskiego otrzymał dofinansowanie.\n\n"
        "Projekt Województwa Opolskiego również otrzymał dofinansowanie." + _FACT
    )
    assert rec(text)["implementer"] is None


_LABEL_OVER_ITEMS = """Projekt „Sąsiedzka pomoc”

Celem projektu jest rozwój usług opiekuńczych w regionie.

{label}

{items}

Projekt współfinansowany ze środków Europejskiego Funduszu Społecznego.{fact}
"""


@pytest.mark.parametrize(
    "label, items, expected",
    [
        (
            "Beneficjent projektu:",
            "- Regionalny Ośrodek Polityki Społecznej w Opolu - Wydział Usług Społecznych.",
            "Regionalny Ośrodek Polityki Społecznej w Opolu",
        ),
        ("Realizator:", "- Fundacja Zielony Most w Kaliszu", "Fundacja Zielony Most w Kaliszu"),
        ("Beneficjent projektu:", "- Gmina Przemęt", "Gmina Przemęt"),
    ],
)
def test_a_label_over_a_list_of_one_item(label, items, expected):
    text = _LABEL_OVER_ITEMS.format(label=label, items=items, fact=_FACT)
    assert rec(text)["implementer"] == expected


def test_a_label_over_a_list_of_several_items_names_none_of_them():
    items = "- Fundacja Zielony Most w Kaliszu\n- Stowarzyszenie Dobry Dom w Koninie"
    text = _LABEL_OVER_ITEMS.format(label="Beneficjenci:", items=items, fact=_FACT)
    assert rec(text)["implementer"] is None


_TOWN_SITE = """Nowa Sól – oficjalny serwis Miasta Nowa Sól
Aktualności | Miasto | Urząd | Projekty UE

WSPARCIE DLA SENIORÓW W NOWEJ SOLI

O projekcie
Projekt „Aktywni seniorzy” otrzymał dofinansowanie ze środków Europejskiego Funduszu Społecznego.

Okres realizacji: od 01.03.2021 r. do 31.12.2022 r.

Cel główny projektu:
Wzrost aktywności społecznej osób starszych.

{third}
Osoby powyżej 60. roku życia mieszkające w mieście.
{fact}
Udostępnij: Facebook | E-mail
Urząd Miasta Nowa Sól · Deklaracja dostępności · BIP
"""


def test_the_owners_site_with_a_project_card_gives_the_owner():
    # the town's site, its masthead and footer; the page is the project's card (three of its
    # headings): the owner speaking of its own project (realcorpus README, settled rule 2)
    text = _TOWN_SITE.format(third="Grupa docelowa", fact=_FACT)
    assert rec(text)["implementer"] == "Miasto Nowa Sól"


def test_the_owners_site_with_a_news_item_gives_no_owner():
    # two of a card's headings only ("Okres realizacji", "Wartość projektu"): a news item on the
    # town's site, no runner by itself
    text = (
        _TOWN_SITE.format(third="Kogo zapraszamy", fact=_FACT)
        .replace("O projekcie", "Zaproszenie")
        .replace("Cel główny projektu:", "Na czym polega?")
    )
    assert rec(text)["implementer"] is None


# --------------------------------------------------------------------------- title


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Projekt Miejskiego Ośrodka Pomocy Rodzinie „Bliżej domu” otrzymał 900 tys. zł.",
            "Bliżej domu",
        ),
        # an ASCII quote may close the name
        ('Projekt Gminy Sośnie „Razem po zdrowie" otrzymał dofinansowanie.', "Razem po zdrowie"),
    ],
)
def test_a_quoted_name_after_the_projects_owner_in_the_genitive(sentence, expected):
    text = "ORGANIZACJE POMAGAJĄ\n\n" + sentence + _FACT
    assert rec(text)["title"] == expected


_UNDER_CUE = """Stowarzyszenie Dobra Wola

Od 1 marca 2020 r. do 30 czerwca 2022 r. realizuje projekt pn.

{first}
{second}

Projekt otrzymał dofinansowanie ze środków Europejskiego Funduszu Społecznego.{fact}
"""


def test_a_title_set_under_the_line_that_ends_with_its_cue():
    text = _UNDER_CUE.format(
        first="DOBRY SĄSIAD,", second="usługi opiekuńcze dla seniorów w gminie Krzywiń", fact=_FACT
    )
    assert rec(text)["title"] == "DOBRY SĄSIAD, usługi opiekuńcze dla seniorów w gminie Krzywiń"


def test_a_sentence_under_a_cue_line_is_no_title():
    text = _UNDER_CUE.format(
        first="Wsparcie obejmie 40 osób.", second="Zapraszamy do udziału.", fact=_FACT
    )
    assert rec(text)["title"] != "Wsparcie obejmie 40 osób"


def test_a_programmes_call_in_the_page_title_is_no_title():
    text = (
        "Działanie 7.2 Usługi społeczne dla osób starszych w obszarze działań związanych z "
        "przeciwdziałaniem skutkom epidemii - TRYB NADZWYCZAJNY, RPO Lubuskiego\n\n"
        "Zarząd województwa zatwierdził wynik oceny." + _FACT
    )
    r = rec(text, page_title="TRYB NADZWYCZAJNY, RPO Lubuskiego – Portal Funduszy")
    assert r["title"] != "TRYB NADZWYCZAJNY, RPO Lubuskiego"


# --------------------------------------------------------------------------- more implementer


def test_a_gmina_with_its_partners_before_a_plural_verb():
    text = (
        "Serwis Miejskiego Ośrodka Pomocy Społecznej w Sztumie\n\n"
        "Informujemy, że Gmina Sztum wspólnie z Fundacją Dobry Krok oraz Stowarzyszeniem Razem "
        "realizują projekt „Rodzina w centrum” dofinansowany z Funduszy Europejskich." + _FACT
    )
    assert rec(text)["implementer"] == "Gmina Sztum"


def test_a_gmina_that_acts_for_the_project_in_another_sentence():
    # the centre is only named (the site's masthead); the gmina got the grant and applied for it
    # "w ramach projektu"
    text = (
        "CENTRUM USŁUG SPOŁECZNYCH W KOŚCIANIE\n\n"
        "Gmina Kościan dostała grant w kwocie 150 000,00 zł na wsparcie Centrum Usług Społecznych "
        "w Kościanie.\n\n"
        "Gmina Kościan złożyła wniosek o powierzenie grantu w ramach projektu Bezpieczni razem."
        + _FACT
    )
    assert rec(text)["implementer"] == "Gmina Kościan"


def test_a_home_that_will_carry_out_the_grant():
    text = (
        "Powiat Kętrzyński zawarł umowę o udzielenie grantu na wsparcie domów pomocy.\n\n"
        "Grant będzie realizował Dom Pomocy Społecznej w Kętrzynie." + _FACT
    )
    assert rec(text)["implementer"] == "Dom Pomocy Społecznej w Kętrzynie"


def test_a_centre_the_project_transforms_is_not_its_runner():
    # the site's owner (its footer) is the new centre, which exists already; the old centre is only
    # what the project transformed
    text = (
        "Projekt „Sieć usług w powiecie”\n\n"
        "Okres realizacji: | 01.01.2023 – 31.12.2025\n\n"
        "Najważniejsze efekty projektu\n\n"
        "- Przekształcenie Gminnego Ośrodka Pomocy Społecznej w Rawiczu w Centrum Usług "
        "Społecznych,\n\n"
        "- 150 osób objętych usługami." + _FACT + "\n\n© Centrum Usług Społecznych w Rawiczu"
    )
    assert rec(text)["implementer"] == "Centrum Usług Społecznych w Rawiczu"


# --------------------------------------------------------------------------- more titles


def test_a_headline_about_a_centre_named_by_its_abbreviation_is_no_title():
    text = (
        "Portal Ziemi Łowickiej | Wiadomości | Sport\n\n"
        "------\n"
        "GOPS w Nieborowie znów z unijnym wsparciem\n"
        "Gminny Ośrodek Pomocy Społecznej w Nieborowie realizuje kolejny projekt dla osób "
        "bezrobotnych." + _FACT
    )
    assert rec(text)["title"] is None


def test_a_national_programme_in_quotes_is_no_title():
    text = (
        "Serwis informacyjny Gminy Wschowa\n\nAktualności\n\n"
        "Przypominamy beneficjentom programu „Czyste Powietrze”, że wnioski przyjmuje punkt "
        "konsultacyjny. Informacji o programie „Czyste Powietrze” udziela urząd." + _FACT
    )
    assert rec(text)["title"] is None


def test_the_gminas_where_participants_live_hold_nothing():
    text = (
        "Tytuł projektu:\n\n"
        "„DOM NA START – mieszkania treningowe dla 30 osób zamieszkujących gminy: Bobolice, "
        "Polanów i Sianów”\n\n"
        "Numer umowy: RPZP.07.06.00-32-0001/21" + _FACT
    )
    assert rec(text)["implementer"] is None


def test_an_english_page_coordinated_by_a_foundation():
    text = (
        "ESF news\n\n"
        "The project is funded by the European Social Fund and coordinated by the Open Door "
        "Foundation (Fundacja Otwarte Drzwi). It helps 200 people find work." + _FACT
    )
    assert rec(text)["implementer"] == "Open Door Foundation"


def test_an_english_title_in_curly_single_quotes_before_is_a_new_project():
    text = (
        "Poland helps families\n\n"
        "‘Strong families together’ is a new project in Poland, financed by the ESF, which "
        "supports families at risk of exclusion in Konin county." + _FACT
    )
    assert rec(text)["title"] == "Strong families together"


def test_a_clause_about_the_project_before_its_cue_is_no_title():
    text = (
        "Active seniors in Opolskie\n\n"
        "Project info\n\n"
        "Specific objective of the fund under which the project is carried out: access to "
        "social services.\n\n"
        "European Commission Topic\n\nEuropean Commission Topic" + _FACT
    )
    title = rec(text)["title"]
    assert title not in (
        "Specific objective of the fund under which the project",
        "European Commission Topic",
    )


def test_a_company_said_to_run_the_project_and_owning_the_site():
    text = (
        "RAZEM DO PRACY – strona projektu\n\n"
        "Projekt „Razem do pracy” otrzymał dofinansowanie ze środków EFS.\n\n"
        "Projekt prowadzi Nova Consulting Jan Kowalski na terenie powiatu sierpeckiego."
        + _FACT
        + "\n\n© Nova Consulting · Polityka prywatności"
    )
    assert rec(text)["implementer"] == "Nova Consulting Jan Kowalski"


def test_a_name_after_the_run_verb_that_the_site_does_not_own_is_not_taken():
    # without the owner's "©" line the capitalised words may be anything (a place, a programme)
    text = (
        "RAZEM DO PRACY – strona projektu\n\n"
        "Projekt prowadzi Nova Consulting Jan Kowalski na terenie powiatu sierpeckiego."
        + _FACT
        + "\n\n© Portal Regionu · Polityka prywatności"
    )
    assert rec(text)["implementer"] != "Nova Consulting Jan Kowalski"


def test_a_body_that_organised_the_call_is_a_funder_not_the_runner():
    text = (
        "Regionalny Ośrodek Polityki Społecznej w Rzeszowie zorganizował nabór projektów "
        "grantowych. Powiatowe Centrum Pomocy Rodzinie w Jaśle przygotowało w nim wniosek "
        "grantowy do projektu pn. „Bezpieczny dom”." + _FACT
    )
    assert rec(text)["implementer"] == "Powiatowe Centrum Pomocy Rodzinie w Jaśle"


_CARD_UNDER_HEADING = """Gmina Miasto Nowa Sól – Razem dla seniorów
Tytuł projektu | Gmina Miasto Nowa Sól – Razem dla seniorów
Nazwa Programu | Regionalny Program Operacyjny – Lubuskie 2020
Całkowita wartość projektu | 800 000,00 zł
Okres realizacji | 01.02.2021 - 31.12.2022

Opis projektu

Cele projektu

Projekt zapewnia seniorom usługi opiekuńcze.

Data publikacji: 10.01.2023 · Odsłon: 410
"""


def test_the_official_site_in_the_page_title_confirms_the_heading_owner():
    r = rec(
        _CARD_UNDER_HEADING, page_title="Razem dla seniorów | Nowa Sól – oficjalny serwis miasta"
    )
    assert r["implementer"] == "Gmina Miasto Nowa Sól"


def test_a_heading_owner_without_the_official_site_gives_none():
    r = rec(_CARD_UNDER_HEADING, page_title="Razem dla seniorów | Portal regionu")
    assert r["implementer"] is None


def test_the_sites_name_with_its_foundation_is_no_title():
    text = (
        "ZIELONY MOST – Fundacja Pomocy Sąsiedzkiej\n"
        "O nas | Projekty | Kontakt\n\n"
        "Aktualności\n\n"
        "Ruszyła rekrutacja do kolejnego projektu, w którym jesteśmy partnerem." + _FACT
    )
    assert rec(text)["title"] != "ZIELONY MOST – Fundacja Pomocy Sąsiedzkiej"


def test_a_name_before_to_kolejny_projekt():
    text = (
        "Aktualności\n\n"
        "Sąsiedzka Sieć Wsparcia to kolejny projekt, który realizujemy z gminą Pabianice." + _FACT
    )
    assert rec(text)["title"] == "Sąsiedzka Sieć Wsparcia"


def test_the_leader_that_concluded_the_contract_with_its_partner():
    text = (
        "Gmina Kcynia – Urząd Gminy Kcynia\n\n"
        "W maju Fundacja Dobry Start zawarła z naszą gminą, jako partnerem, umowę o realizację "
        "projektu współfinansowanego ze środków Europejskiego Funduszu Społecznego." + _FACT
    )
    assert rec(text)["implementer"] == "Fundacja Dobry Start"


def test_the_body_that_prepared_the_projects_is_their_applicant():
    text = (
        "Marszałek podpisał umowy o dofinansowanie usług społecznych.\n\n"
        "Trzy z dofinansowanych projektów przygotowało Stowarzyszenie Pomocy Dzieciom Promyk. "
        "Gminę Rypin reprezentowała kierownik Miejskiego Ośrodka Pomocy Społecznej." + _FACT
    )
    assert rec(text)["implementer"] == "Stowarzyszenie Pomocy Dzieciom Promyk"


def test_capitalised_words_that_are_no_owner_do_not_make_the_quote_a_title():
    # "projektu Zielona Sieć Klubów „Razem na podwórku”": the quoted part is the title's own end,
    # no owner (no head noun in the genitive) stands between
    text = (
        "AKTUALNOŚCI\n\n"
        "Od września działają kluby prowadzone w ramach projektu Zielona Sieć Klubów „Razem na "
        "podwórku”." + _FACT
    )
    assert rec(text)["title"] != "Razem na podwórku"
