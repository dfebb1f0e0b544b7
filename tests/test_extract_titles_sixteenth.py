"""Titles, sixteenth round, on wordings written for these tests (not copied from any labelled
document). The families: an unquoted title after its cue ("pod nazwą X", "pn. X") however long
the sentence runs on after its predicate; a title on the line under a cue that ends its paragraph
("… realizuje projekt pn." / "X" / "współfinansowany …"), to its predicate; a headline about money
("Ponad milion złotych dla …", "2,1 mln zł na …") is no title."""

from __future__ import annotations

import pytest

from integra.extract import extract_text

_LONG_FUNDING = (
    "współfinansowany ze środków Unii Europejskiej w ramach Regionalnego Programu Operacyjnego "
    "Województwa Śląskiego na lata 2014-2020, Oś Priorytetowa IX Włączenie społeczne, Działanie "
    "9.1 Aktywna integracja."
)


def title(text: str):
    return extract_text(text, "title.txt")[0]["title"]


# --------------------------------------------------------------------------- unquoted, long sentence


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Ośrodek Pomocy Społecznej w Lelowie realizuje projekt pod nazwą Nowe perspektywy "
            "dla mieszkańców gminy Lelów, " + _LONG_FUNDING,
            "Nowe perspektywy dla mieszkańców gminy Lelów",
        ),
        (
            "Od marca 2019 r. gmina prowadzi projekt pn. Razem ku samodzielności " + _LONG_FUNDING,
            "Razem ku samodzielności",
        ),
        (
            "Powiatowe Centrum Pomocy Rodzinie przystąpiło do realizacji projektu o nazwie "
            "Rodzina w centrum uwagi, realizowanego wspólnie z trzema gminami powiatu oraz "
            "z organizacją pozarządową działającą od lat na rzecz dzieci z rodzin zastępczych "
            "i ich opiekunów w całym regionie.",
            "Rodzina w centrum uwagi",
        ),
        (
            "W gminie ruszył projekt pt. Aktywni seniorzy z Kobióru, skierowany do osób "
            "po sześćdziesiątym roku życia mieszkających na terenie gminy oraz do ich rodzin "
            "i opiekunów faktycznych, którzy potrzebują wsparcia w codziennym życiu.",
            "Aktywni seniorzy z Kobióru",
        ),
    ],
)
def test_an_unquoted_title_ends_at_its_predicate_in_a_long_sentence(sentence, want):
    assert title(sentence + "\nWartość projektu wynosi 890 000 zł.") == want


def test_an_unquoted_event_name_in_a_long_sentence_stays_no_title():
    text = (
        "Ośrodek zorganizował konferencję pod nazwą Dobre praktyki w pomocy społecznej, "
        "skierowaną do pracowników socjalnych z całego województwa, przedstawicieli organizacji "
        "pozarządowych oraz samorządowców zainteresowanych współpracą."
    )
    assert title(text) is None


# --------------------------------------------------------------------------- under a cue line


@pytest.mark.parametrize(
    ("cue", "name", "rest", "want"),
    [
        (
            "Ośrodek Pomocy Społecznej w Człopie realizuje projekt pn.",
            "Aktywna integracja w gminie Człopa",
            "współfinansowany ze środków Europejskiego Funduszu Społecznego.",
            "Aktywna integracja w gminie Człopa",
        ),
        (
            "Gmina Dopiewo rozpoczęła projekt pod nazwą:",
            "Lepsze jutro w Dopiewie",
            "realizowany w latach 2020-2021 przez Gminny Ośrodek Pomocy Społecznej.",
            "Lepsze jutro w Dopiewie",
        ),
        (
            "PCPR realizuje projekt pt.",
            "Rodzinny start",
            "dofinansowany w ramach Regionalnego Programu Operacyjnego.",
            "Rodzinny start",
        ),
    ],
)
def test_a_title_under_its_cue_line_ends_at_its_predicate(cue, name, rest, want):
    assert title(f"{cue}\n{name}\n{rest}") == want


def test_a_sentence_under_a_cue_line_is_no_title():
    text = (
        "Gmina realizuje projekt pn.\nCelem projektu jest aktywizacja\nrealizowana przez ośrodek."
    )
    assert title(text) is None


# --------------------------------------------------------------------------- money headlines


@pytest.mark.parametrize(
    "heading",
    [
        "Ponad milion złotych dla seniorów z gminy Tworóg",
        "2,1 mln zł na aktywizację mieszkańców dwóch dzielnic",
        "Blisko 500 tys. na klub seniora w Kijach",
        "Trzy miliony dla rodzin zastępczych",
        "Unijne 800 000 zł dla ośrodka w Pokoju",
    ],
)
def test_a_money_headline_is_no_title(heading):
    text = (
        f"{heading}\n\n"
        "Gmina otrzymała dofinansowanie na utworzenie miejsc opieki. Umowę podpisano w urzędzie "
        "marszałkowskim. Projekt jest współfinansowany ze środków Unii Europejskiej."
    )
    assert title(text) is None


@pytest.mark.parametrize(
    ("heading", "want"),
    [
        ("Złota jesień w gminie Lelów", "Złota jesień w gminie Lelów"),
        ("Klub 60+ w Kobiórze", "Klub 60+ w Kobiórze"),
    ],
)
def test_a_heading_without_money_words_stays_a_title(heading, want):
    text = (
        f"{heading}\n\n"
        f"Projekt „{want}” jest współfinansowany ze środków Unii Europejskiej. "
        "Wartość projektu: 250 000 zł."
    )
    assert title(text) == want


def test_a_money_headline_gives_way_to_the_quoted_name():
    text = (
        "2,1 mln zł na aktywizację mieszkańców dwóch dzielnic\n\n"
        "Miasto podpisało umowę na realizację projektu „Centra sąsiedzkie w Śródmieściu”, "
        "współfinansowanego ze środków Unii Europejskiej."
    )
    assert title(text) == "Centra sąsiedzkie w Śródmieściu"


# --------------------------------------------------------------------------- a heading's site parts

_BODY = (
    "\n\nOśrodek realizuje projekt współfinansowany ze środków Unii Europejskiej w ramach "
    "Regionalnego Programu Operacyjnego. Okres realizacji: 01.03.2019 – 28.02.2021. Wartość "
    "projektu: 1 250 000 zł."
)


@pytest.mark.parametrize(
    ("heading", "want"),
    [
        ("Aktywni razem – Miejski Ośrodek Pomocy Społecznej w Radomiu", "Aktywni razem"),
        ("Razem w przyszłość | Aktualności | GOPS Kije", "Razem w przyszłość"),
        ("Nowy start – mops.radom.pl", "Nowy start"),
        ("Aktualności | Rodzina w centrum", "Rodzina w centrum"),
        ("Krok dalej - GOPS w Lelowie", "Krok dalej"),
        ("Senior w sieci – Gmina Łubniany", "Senior w sieci"),
        ("Bliżej rodziny – projekt realizowany przez PCPR w Opocznie", "Bliżej rodziny"),
    ],
)
def test_a_heading_without_its_site_parts_names_the_project(heading, want):
    text = "Ośrodek Pomocy Społecznej\nStart | O nas | Kontakt\n\n" + heading + _BODY
    assert title(text) == want


@pytest.mark.parametrize(
    "heading",
    [
        # the site's parts only, or a menu: nothing left to name a project
        "Aktualności | Ogłoszenia | MOPS Radom",
        "Start | O nas | Pomoc społeczna | Kontakt",
        # a news headline beside the site's name stays a headline
        "Seniorzy mają nowy klub – GOPS Kije",
        "Spotkanie informacyjne – Miejski Ośrodek Pomocy Społecznej w Radomiu",
        # a name left with one word is too short to stand alone
        "Rekrutacja | MOPS Radom",
    ],
)
def test_a_heading_of_site_parts_or_a_headline_is_no_title(heading):
    text = "Ośrodek Pomocy Społecznej\nStart | O nas | Kontakt\n\n" + heading + _BODY
    assert title(text) is None


def test_a_title_ending_in_a_subtitle_keeps_it():
    text = (
        "Akademia Aktywnych – rozwój aktywnej integracji w mieście\n\n"
        "Ośrodek realizuje projekt „Akademia Aktywnych – rozwój aktywnej integracji w mieście”"
        ", współfinansowany ze środków Unii Europejskiej."
    )
    assert title(text) == "Akademia Aktywnych – rozwój aktywnej integracji w mieście"


def test_a_quoted_heading_without_its_site_part_is_the_title():
    text = "„Klub otwartych drzwi – Edycja II” – Urząd Miasta Chełmża" + _BODY
    assert title(text) == "Klub otwartych drzwi – Edycja II"


# --------------------------------------------------------------------------- a label over its value


@pytest.mark.parametrize(
    ("label", "value", "want"),
    [
        (
            "Tytuł projektu:",
            "„Aktywna integracja mieszkańców\ngminy Lipno”",
            "Aktywna integracja mieszkańców gminy Lipno",
        ),
        ("Nazwa projektu:", "„Razem dla\nrodziny”", "Razem dla rodziny"),
        (
            "Tytuł projektu:",
            "Wsparcie rodzin w powiecie puckim",
            "Wsparcie rodzin w powiecie puckim",
        ),
    ],
)
def test_a_label_alone_takes_the_value_under_it(label, value, want):
    text = f"{label}\n{value}\nWartość projektu: 500 000 zł\nRealizator: Gminny Ośrodek Pomocy Społecznej"
    assert title(text) == want


# --------------------------------------------------------------------------- food aid and programmes


@pytest.mark.parametrize(
    "heading",
    [
        "Pomoc żywnościowa",
        "POMOC ŻYWNOŚCIOWA PROGRAM FEAD 2016",
        "Program Operacyjny Pomoc Żywnościowa 2014-2020",
        "Podprogram 2021",
    ],
)
def test_a_food_aid_heading_is_no_title(heading):
    text = (
        f"{heading}\n\n"
        f"Ośrodek informuje o wydawaniu paczek w ramach programu. {heading} – skierowania "
        "wydają pracownicy socjalni ośrodka.\n\n"
        f"{heading}"
    )
    assert title(text) is None


def test_a_project_heading_beside_food_aid_stays_the_title():
    text = (
        "Pomocna dłoń dla rodzin\n\n"
        "Projekt „Pomocna dłoń dla rodzin” jest współfinansowany ze środków Europejskiego "
        "Funduszu Społecznego. Uczestnicy mogą też skorzystać z pomocy żywnościowej."
    )
    assert title(text) == "Pomocna dłoń dla rodzin"


# --------------------------------------------------------------------------- where an unquoted title ends


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Liderem projektu pt. Centrum Usług Społecznych dla powiatu bełchatowskiego jest "
            "Stowarzyszenie Przystań w Bełchatowie.",
            "Centrum Usług Społecznych dla powiatu bełchatowskiego",
        ),
        (
            "Realizatorem projektu pn. Razem dla seniorów z Lelowa jest Gmina Lelów.",
            "Razem dla seniorów z Lelowa",
        ),
        (
            "Projekt pn. Nowe szanse i możliwości jest współfinasowany przez Unię Europejską.",
            "Nowe szanse i możliwości",
        ),
        (
            "Projekt Klub Integracji Społecznej to element kompleksowej rewitalizacji centrum "
            "miasta, skierowany jest do 150 osób.",
            "Klub Integracji Społecznej",
        ),
        (
            "Projekt pn. Aktywni w Kobiórze to kolejny projekt ośrodka, skierowany do seniorów.",
            "Aktywni w Kobiórze",
        ),
    ],
)
def test_an_unquoted_title_ends_before_its_copula(sentence, want):
    assert title(sentence + " Wartość projektu wynosi 400 000 zł.") == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Projekt pn. Mama to zawód, realizowany przez GOPS.",
            "Mama to zawód",
        ),
        ("Projekt pn. Praca to szansa, realizowany przez MOPS.", "Praca to szansa"),
    ],
)
def test_a_title_with_a_copula_of_its_own_stays_whole(sentence, want):
    assert title(sentence) == want


def test_a_label_row_under_a_title_label_is_no_title():
    text = (
        "Tytuł projektu:\n\nProgram Operacyjny:\nRegionalny Program Operacyjny Województwa "
        "Kujawsko-Pomorskiego\nWartość projektu: 500 000 zł"
    )
    assert title(text) is None


def test_a_label_row_under_a_cue_line_is_no_title():
    text = (
        "Powiatowe Centrum Pomocy Rodzinie realizuje w ramach Regionalnego Programu Operacyjnego "
        "projekt pn.\n\nCel główny projektu:\nWzrost integracji społecznej 30 klientów PCPR."
    )
    assert title(text) is None


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Nosił nazwę Samo-Dzielni, a jego celem było wsparcie osób z niepełnosprawnością.",
            "Samo-Dzielni",
        ),
        ("Projekt pn. Krok do pracy, ale też do ludzi, skończył się w maju.", "Krok do pracy"),
        (
            "Realizujemy projekt pod nazwą Aktywny senior, gdyż seniorów w gminie przybywa.",
            "Aktywny senior",
        ),
    ],
)
def test_an_unquoted_title_ends_before_a_joined_clause(sentence, want):
    assert title(sentence + " Wartość projektu wynosi 400 000 zł.") == want


def test_a_long_sentence_opening_the_text_is_no_heading():
    text = (
        "Nowy rok rozpoczynamy od bardzo dobrych wiadomości dla seniorów i osób z "
        "niepełnosprawnościami.\n\nWójt podpisała umowę na realizację kolejnego projektu unijnego."
    )
    assert title(text) is None


def test_a_short_heading_with_its_full_stop_stays_a_title():
    text = (
        "Krok do przodu – aktywizacja seniorów.\n\n"
        "Projekt „Krok do przodu – aktywizacja seniorów” jest współfinansowany ze środków UE."
    )
    assert title(text) == "Krok do przodu – aktywizacja seniorów"


# --------------------------------------------------------------------------- quote forms


@pytest.mark.parametrize(
    "quoted",
    [
        "‚Razem w przyszłość‘",
        "‘Razem w przyszłość’",
        ",,Razem w przyszłość”",
        "„Razem w przyszłość“",
    ],
)
def test_a_title_in_other_quote_forms(quoted):
    text = (
        f"Gminny Ośrodek Pomocy Społecznej realizuje projekt {quoted} współfinansowany ze środków "
        "Unii Europejskiej. Wartość projektu wynosi 300 000 zł."
    )
    assert title(text) == "Razem w przyszłość"


def test_a_lower_case_word_in_low_single_quotes_is_no_title():
    text = (
        "Ośrodek prowadzi zajęcia ‚na żywo‘ dla seniorów. Projekt jest współfinansowany ze środków "
        "Unii Europejskiej, jego wartość to 300 000 zł."
    )
    assert title(text) is None


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Realizacja projektu systemowego pn. Mogę-Potrafię-Teraz w latach 2008-2010 zakończyła się.",
            "Mogę-Potrafię-Teraz",
        ),
        ("Gmina prowadziła projekt pn. PRACUŚ w okresie od stycznia do grudnia.", "PRACUŚ"),
    ],
)
def test_a_coined_one_word_name_ends_before_its_facts(sentence, want):
    assert title(sentence + " Wartość projektu wynosi 400 000 zł.") == want
