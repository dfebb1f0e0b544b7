"""Nineteenth session: implementer, title and city rules, on wordings written for these tests (not
copied from any labelled document or page). `benchmarks/name_misses.py` counted (counts only) where
the missed names stand on unseen pages; from its shapes:

- a gmina's culture, library, school or kindergarten unit and a town's office with its seat
  ("Gminny Ośrodek Kultury w X", "Gminna Biblioteka Publiczna w Y", "Szkoła Podstawowa nr 2 w Z",
  "Urząd Miejski w W") said to run the project, like an association; "Realizatorem zadania będzie";
  the masculine "rozpoczął realizację projektu";
- the run verb first with the project as a pronoun ("Wdraża go X", "Realizuje go Y");
- the site's owner named only by a part of the page's <title> ("Informacja o projekcie – Parafia w
  X"), where no other rule names a body;
- a quoted name after "projekt socjalny/pilotażowy/europejski"; an unquoted name ends before a
  modal predicate ("X trzeba zrealizować", "X ma na celu");
- the city of a project run by an association or foundation named with its seat ("Stowarzyszenie
  X w Bydgoszczy") is the one other town the page names, as for one named by its origin ("z X").

Negatives: a culture centre only named as the place of classes, a body that runs the classes
("Zajęcia prowadzi X": an activity before the run verb names who runs it, not the project's
runner), a <title> naming two different bodies or none beside a separator, a <title> owner beside
a centre said to run the project, a modal word inside a quoted title, an association whose seat is
the only town named.
"""

from __future__ import annotations

import pytest

from integra.extract import extract_text


def rec(text: str, page_title: str = "") -> dict:
    return extract_text(text, "names19.txt", page_title=page_title)[0]


MONEY = " Wartość projektu wynosi 640 000,00 zł."


# ------------------------------------------- culture, library, school units and a town's office


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Projekt „Seniorzy w akcji” realizuje Gminny Ośrodek Kultury w Zielonce." + MONEY,
            "Gminny Ośrodek Kultury w Zielonce",
        ),
        (
            "Projekt „Czytamy razem” jest realizowany przez Gminną Bibliotekę Publiczną w"
            " Brzózkach." + MONEY,
            "Gminna Biblioteka Publiczna w Brzózkach",
        ),
        (
            "Szkoła Podstawowa nr 3 w Lipowcu rozpoczęła realizację projektu „Lepszy start”."
            + MONEY,
            "Szkoła Podstawowa nr 3 w Lipowcu",
        ),
        (
            "Gmina dostała dofinansowanie na projekt „Klub Seniora”. Projekt realizować będzie"
            " Urząd Miejski w Jarzębinie." + MONEY,
            "Urząd Miejski w Jarzębinie",
        ),
        (
            "W imieniu Gminy Olszanka podpisałem umowę na realizację projektu „Klub pod Lipą”."
            " Realizatorem zadania będzie Miejski Ośrodek Kultury w Olszance." + MONEY,
            "Miejski Ośrodek Kultury w Olszance",
        ),
        (
            "Miejski Dom Kultury w Sosnówce rozpoczął realizację projektu „Aktywni razem”." + MONEY,
            "Miejski Dom Kultury w Sosnówce",
        ),
    ],
)
def test_a_gminas_unit_or_office_said_to_run_it(text: str, name: str) -> None:
    assert rec(text)["implementer"] == name


def test_a_culture_centre_only_the_place_of_classes_is_no_runner() -> None:
    r = rec(
        "Projekt „Aktywni seniorzy” realizuje Miejski Ośrodek Pomocy Społecznej w Zielonce."
        " Zajęcia odbywają się w Gminnym Ośrodku Kultury w Zielonce." + MONEY
    )
    assert r["implementer"] == "Miejski Ośrodek Pomocy Społecznej w Zielonce"


@pytest.mark.parametrize(
    "runner",
    ["Fundacja Dobry Start z Brzózek", "Gminna Biblioteka Publiczna w Brzózkach"],
)
def test_a_body_that_runs_the_classes_does_not_run_the_project(runner: str) -> None:
    r = rec(
        "Projekt „Razem łatwiej” realizuje Gminny Ośrodek Pomocy Społecznej w Brzózkach."
        f" Zajęcia prowadzi {runner}." + MONEY
    )
    assert r["implementer"] == "Gminny Ośrodek Pomocy Społecznej w Brzózkach"


# ------------------------------------------------------ the verb first, the project a pronoun


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Projekt „Droga do pracy” jest dofinansowany z Funduszy Europejskich. Wdraża go"
            " Fundacja „Nowy Horyzont” w partnerstwie z Gminą Olszanka." + MONEY,
            "Fundacja „Nowy Horyzont”",
        ),
        (
            "Projekt „Droga do pracy” jest dofinansowany z Funduszy Europejskich. Realizuje go"
            " Stowarzyszenie Przyjaciół Olszanki." + MONEY,
            "Stowarzyszenie Przyjaciół Olszanki",
        ),
        (
            "Projekt „Droga do pracy” ruszył w marcu. Realizuje go Miejski Ośrodek Pomocy"
            " Społecznej w Lipowcu, a partnerem jest Gmina Lipowiec." + MONEY,
            "Miejski Ośrodek Pomocy Społecznej w Lipowcu",
        ),
    ],
)
def test_the_run_verb_first_with_a_pronoun(text: str, name: str) -> None:
    assert rec(text)["implementer"] == name


# ------------------------------------------------------------------ the <title>'s site owner

CARD = (
    "Informacja o projekcie\nPROGRAM: | Regionalny Program Operacyjny 2014-2020\n"
    "WARTOŚĆ PROJEKTU: | 640 000,00 zł\nOKRES REALIZACJI PROJEKTU: | od 01.02.2019 do 31.12.2020\n"
    "Projekt zapewni opiekę dzieciom w świetlicy."
)


@pytest.mark.parametrize(
    ("page_title", "name"),
    [
        ("Informacja o projekcie – Parafia w Sosnówce", "Parafia w Sosnówce"),
        ("Fundacja Jasna Droga | Projekty", "Fundacja Jasna Droga"),
        ("Świetlica dla dzieci – Gmina Olszanka", "Gmina Olszanka"),
    ],
)
def test_the_site_owner_named_by_the_page_title(page_title: str, name: str) -> None:
    assert rec(CARD, page_title)["implementer"] == name


def test_two_bodies_in_the_page_title_name_none() -> None:
    r = rec(CARD, "Gmina Olszanka – Świetlica – Parafia w Sosnówce")
    assert r["implementer"] is None


def test_a_centre_said_to_run_it_beats_the_page_titles_owner() -> None:
    r = rec(
        CARD + "\nProjekt realizuje Gminny Ośrodek Pomocy Społecznej w Olszance.",
        "Świetlica dla dzieci – Gmina Olszanka",
    )
    assert r["implementer"] == "Gminny Ośrodek Pomocy Społecznej w Olszance"


def test_a_page_title_without_a_separator_names_no_owner() -> None:
    assert rec(CARD, "Gmina Olszanka")["implementer"] is None


# -------------------------------------------------------------------------------------- titles


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "MOPS w Lipowcu zakończył realizację projektu socjalnego „Krok w przód”." + MONEY,
            "Krok w przód",
        ),
        (
            "Gmina przystąpiła do projektu pilotażowego „Opiekun w domu”." + MONEY,
            "Opiekun w domu",
        ),
        (
            "Projekt pn.: Ośrodek wsparcia dla seniorów w Olszance trzeba zrealizować, bo czekają"
            " na niego mieszkańcy." + MONEY,
            "Ośrodek wsparcia dla seniorów w Olszance",
        ),
        (
            "Gmina realizuje projekt pn. Zdrowy senior w gminie Olszanka ma na celu poprawę zdrowia"
            " mieszkańców." + MONEY,
            "Zdrowy senior w gminie Olszanka",
        ),
    ],
)
def test_titles(text: str, title: str) -> None:
    assert rec(text)["title"] == title


def test_a_modal_word_inside_a_quoted_title_stays() -> None:
    r = rec("Projekt „Warto pomagać sąsiadom” realizuje MOPS w Lipowcu." + MONEY)
    assert r["title"] == "Warto pomagać sąsiadom"


# ------------------------------------------------------------------ the city of an association


def test_an_associations_seat_gives_way_to_the_projects_town() -> None:
    r = rec(
        "Uczestnicy projektu „Razem w gminie” z gminy Olszanka spotkali się w świetlicy. Projekt"
        " wdraża Stowarzyszenie Aktywni Razem w Bydgoszczy." + MONEY
    )
    assert r["implementer"] == "Stowarzyszenie Aktywni Razem w Bydgoszczy"
    assert r["city"] == "Olszanka"


def test_an_associations_seat_alone_is_the_city() -> None:
    r = rec("Projekt „Razem w gminie” realizuje Stowarzyszenie Aktywni Razem w Bydgoszczy." + MONEY)
    assert r["city"] == "Bydgoszcz"


# ------------------------------------------------ a gmina that won the EU's money for the centre


@pytest.mark.parametrize("verb", ["zdobyła", "uzyskała", "otrzymała"])
def test_a_gmina_that_won_eu_money_beats_a_centre_only_named(verb: str) -> None:
    r = rec(
        f"Gmina Brzózki {verb} 480 tys. złotych z dotacji unijnych na usprawnienia w Ośrodku"
        " Pomocy Społecznej w Brzózkach. Pierwszy projekt nosi nazwę „Lepsza obsługa”."
    )
    assert r["implementer"] == "Gmina Brzózki"


def test_a_gmina_that_won_a_prize_does_not_hold_the_project() -> None:
    r = rec(
        "Gmina Brzózki zdobyła nagrodę w konkursie na najlepszą stronę internetową. Projekt"
        " „Lepsza obsługa” realizuje Ośrodek Pomocy Społecznej w Brzózkach." + MONEY
    )
    assert r["implementer"] == "Ośrodek Pomocy Społecznej w Brzózkach"


# ------------------------------------------- a regional name repeated by the page's <title>

REGIONAL = (
    "Regionalne Innowacje Rodzinne – Kluby Rodzica województwa lubelskiego\n"
    "Location | Brzózki, Lubelskie Voivodeship\nFund | European Social Fund\n"
    "Beneficiary | MIASTO BRZÓZKI\nProject description\n"
    "To największe przedsięwzięcie rodzinne w województwie lubelskim. Zaangażowało się w nie wiele"
    " instytucji z regionu.\n"
    "Dzięki projektowi powstało pięć klubów dla rodziców, które zajmują się m.in. poradnictwem."
    " Kluby działają w powiatach: łęczyńskim i świdnickim.\n"
    "Projekt prowadziło miasto Brzózki razem z partnerami."
)


def test_a_regional_heading_repeated_by_the_page_title_is_the_title() -> None:
    # (the heading alone is a weak guess; the <title> repeating it is a second piece of evidence)
    title = "Regionalne Innowacje Rodzinne – Kluby Rodzica województwa lubelskiego"
    assert rec(REGIONAL, title + " - Map of EU grants")["title"] == title
    assert rec(REGIONAL)["title"] is None


def test_a_regional_programme_in_the_page_title_is_no_title() -> None:
    r = rec(
        "Regionalny Program Operacyjny Województwa Lubelskiego\nNabór wniosków trwa do końca"
        " miesiąca. Wsparcie otrzyma 120 osób.",
        "Regionalny Program Operacyjny Województwa Lubelskiego - Aktualności",
    )
    assert r["title"] is None


# ------------------------------------------------------ the first heading under a date line

NEWS_BODY = (
    "\nGmina Olszanka otrzymała 500 000 zł dofinansowania na realizację projektu. Projekt potrwa"
    " do 2022 roku i obejmie 40 osób.\nUczestnicy wezmą udział w warsztatach.\nW projekcie"
    " przewidziano doradztwo zawodowe.\nZajęcia odbędą się w świetlicy.\nRekrutacja ruszy w"
    " marcu.\nZapraszamy mieszkańców.\nKontakt: tel. 123 456 789"
)
HEADING = "Aktywni mieszkańcy – wsparcie osób zagrożonych wykluczeniem w gminie Olszanka"


@pytest.mark.parametrize(
    "dateline", ["Olszanka, 12.03.2021", "12.03.2021 r.", "Dodano: 2021-03-12", "3 marca 2021"]
)
def test_the_first_heading_under_a_date_line(dateline: str) -> None:
    assert rec(dateline + "\n" + HEADING + NEWS_BODY)["title"] == HEADING


def test_a_headline_sentence_under_a_date_line_is_no_title() -> None:
    r = rec("12.03.2021\nGmina Olszanka otrzyma pieniądze na wsparcie seniorów" + NEWS_BODY)
    assert r["title"] is None


def test_the_first_heading_under_the_sites_masthead() -> None:
    r = rec("Gmina Olszanka – oficjalny serwis\n" + HEADING + NEWS_BODY)
    assert r["title"] == HEADING


# ------------------------------------------------ a leader's label with its partner's clause


@pytest.mark.parametrize(
    "tail",
    [
        ", a partnerem Gmina Olszanka",
        "; partner: Gmina Olszanka",
        " w partnerstwie z Gminą Olszanka",
    ],
)
def test_a_leaders_name_ends_before_its_partners_clause(tail: str) -> None:
    r = rec(
        "Liderem projektu „Razem” jest Fundacja Pomocy Rodzinie „Przystań”" + tail + "." + MONEY
    )
    assert r["implementer"] == "Fundacja Pomocy Rodzinie „Przystań”"


def test_a_name_with_and_inside_is_kept_whole() -> None:
    r = rec(
        "Realizatorem projektu „Razem” jest Gminne Centrum Kultury i Sportu w Olszance." + MONEY
    )
    assert r["implementer"] == "Gminne Centrum Kultury i Sportu w Olszance"


def test_a_towns_office_in_the_page_title_names_the_town_in_the_nominative() -> None:
    assert rec(CARD, "Świetlica dla dzieci – Urząd Miasta Radomska")["implementer"] == (
        "Miasto Radomsko"
    )
