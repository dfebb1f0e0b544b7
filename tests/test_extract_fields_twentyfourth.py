"""Rules of the twenty-fourth session, from REAL stored pages (tests/data/real_field_pages/, URLs
in its README.md). The wordings below are written for these tests after the real ones (the page
each follows is named); each rule has near-misses it must not take."""

from __future__ import annotations

import pytest

from integra.extract import extract_text


def rec(text: str) -> dict:
    return extract_text(text, "twentyfourth.txt")[0]


# -- a rules' glossary names the realizator after a dash, not a colon --------------------------
# real: "3) Realizator projektu – Powiatowe Centrum Pomocy Rodzinie w Wieliczce ul. Daniłowicza 12"
# (docplayer.pl/amp/66206623), "3. Realizator – Zespół Szkół … w Staszkówce, ul. …" (docplayer.pl/
# 164493126), "Beneficjent –Ośrodek Pomocy Społecznej w Zawichoście" (archiwum2015.zawichost.pl)

_GLOSSARY_OPENING = (
    "Regulamin uczestnictwa w projekcie „Razem w stronę pracy”\n\n"
    "1. Projekt jest współfinansowany ze środków Europejskiego Funduszu Społecznego w ramach"
    " Regionalnego Programu Operacyjnego na lata 2014-2020.\n"
    "2. Słownik pojęć:\n"
)


@pytest.mark.parametrize(
    "glossary, want",
    [
        (
            "1) Beneficjent projektu – Powiat Brzeski, ul. Kościuszki 2\n"
            "2) Realizator projektu – Powiatowe Centrum Pomocy Rodzinie w Brzegu, ul. Robotnicza 12\n"
            "3) Uczestnik projektu – osoba zakwalifikowana do udziału w projekcie\n",
            "Powiatowe Centrum Pomocy Rodzinie w Brzegu",
        ),
        (
            "1. Wnioskodawca – Gmina Lipowa, ul. Główna 1\n"
            "2. Realizator – Gminny Ośrodek Kultury w Lipowej, ul. Szkolna 4, 34-324 Lipowa\n"
            "3. UP – uczestnik projektu\n",
            "Gminny Ośrodek Kultury w Lipowej",
        ),
        (
            "• Beneficjent – Ośrodek Pomocy Społecznej w Kłodawie\n"
            "• Biuro projektu – pokój 12 w budynku Ośrodka\n",
            "Ośrodek Pomocy Społecznej w Kłodawie",
        ),
        (
            "a) Lider projektu – Stowarzyszenie Przystań w Nysie razem z Gminą Nysa i Fundacją Most\n"
            "b) Uczestnik – osoba z terenu gminy\n",
            "Stowarzyszenie Przystań w Nysie",
        ),
    ],
)
def test_glossary_dash_role(glossary: str, want: str) -> None:
    assert rec(_GLOSSARY_OPENING + glossary)["implementer"] == want


def test_glossary_gmina_beneficiary_beside_a_dashed_realizator_is_not_taken() -> None:
    r = rec(
        _GLOSSARY_OPENING + "1) Beneficjent – Gmina Lipowa\n"
        "2) Realizator – Gminny Ośrodek Pomocy Społecznej w Lipowej\n"
    )
    assert r["implementer"] == "Gminny Ośrodek Pomocy Społecznej w Lipowej"


@pytest.mark.parametrize(
    "glossary",
    [
        # a role word that opens a sentence, not a glossary's label
        "1) Realizatorzy – pracownicy Ośrodka – prowadzą zajęcia dwa razy w tygodniu.\n",
        # the beneficiary's plural, the participants ("Beneficjenci – osoby …")
        "1) Beneficjenci – osoby bezrobotne z terenu gminy Lipowa.\n",
    ],
)
def test_glossary_dash_near_misses(glossary: str) -> None:
    got = rec(_GLOSSARY_OPENING + glossary)["implementer"]
    assert got is None or ("pracownicy" not in got and "osoby" not in got)


# -- the leader named in apposition ----------------------------------------------------------
# real: "To wspólne przedsięwzięcie Urzędu Marszałkowskiego Województwa Zachodniopomorskiego,
# lidera projektu, oraz powiatów …" (infoludek.pl), "… Zachodniopomorskiego (lider projektu) oraz
# powiatów …" (e-choszczno.pl)


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Otwarto nowe mieszkania wspomagane. To wspólne dzieło Urzędu Marszałkowskiego"
            " Województwa Opolskiego, lidera projektu „Samodzielni”, oraz trzech powiatów.",
            "Urząd Marszałkowski Województwa Opolskiego",
        ),
        (
            "Projekt „Bliżej rodziny” prowadzą wspólnie Starostwo Powiatowe w Nysie (lider"
            " projektu) oraz gminy Paczków i Otmuchów. Wartość projektu to 1 200 000 zł.",
            "Starostwo Powiatowe w Nysie",
        ),
        (
            "W projekcie „Sąsiedzi” uczestniczą trzy gminy. Stowarzyszenie Dobra Wola – lider"
            " projektu – koordynuje działania partnerów.",
            "Stowarzyszenie Dobra Wola",
        ),
    ],
)
def test_leader_in_apposition(text: str, want: str) -> None:
    assert rec(text)["implementer"] == want


@pytest.mark.parametrize(
    "text",
    [
        # a person in apposition, not a body
        "Na spotkaniu o projekcie „Sąsiedzi” głos zabrała Anna Nowak (lider projektu) oraz"
        " wolontariusze. Projekt jest współfinansowany ze środków Unii Europejskiej.",
        # a partner's role in apposition is no leader's
        "Projekt „Sąsiedzi” współtworzy Fundacja Most, partner projektu, a finansuje go Unia"
        " Europejska.",
    ],
)
def test_leader_in_apposition_near_misses(text: str) -> None:
    got = rec(text)["implementer"]
    assert got not in ("Anna Nowak", "Fundacja Most")


# -- a title label's value that opens with its own cue ---------------------------------------
# real: "Nazwa zadania: Projekt pod nazwą: „CUS w Gminie Opole Lubelskie”." (BIP of CUS Opole
# Lubelskie)


@pytest.mark.parametrize(
    "label_line, want",
    [
        ("Nazwa zadania: Projekt pod nazwą: „Razem dla Lipowej”.", "Razem dla Lipowej"),
        ("Tytuł projektu: projekt pn. „Aktywni w Kłodawie”", "Aktywni w Kłodawie"),
        ("Nazwa projektu: Projekt pt. „Nowy start” (edycja II)", "Nowy start"),
    ],
)
def test_title_label_value_with_its_cue(label_line: str, want: str) -> None:
    text = (
        label_line + "\nWartość projektu: 500 000,00 zł\nOkres realizacji: 01.01.2021 - 31.12.2022"
    )
    assert rec(text)["title"] == want


def test_title_label_value_quoting_without_a_cue_keeps_its_words() -> None:
    # a quoted name inside a longer value that is no cue stays as the label gives it
    text = (
        "Nazwa projektu: Klub Seniora „Pogodna Jesień” w Lipowej\n"
        "Wartość projektu: 500 000,00 zł\nOkres realizacji: 01.01.2021 - 31.12.2022"
    )
    assert rec(text)["title"] == "Klub Seniora „Pogodna Jesień” w Lipowej"


# -- a national programme's name is no project title ------------------------------------------
# real: "wieloletniego rządowego programu „Posiłek w szkole i w domu”" (niedzwiedz.iap.pl),
# "realizuje program „Opieka 75+” edycja 2024" (gminalubawa.pl)


@pytest.mark.parametrize(
    "text",
    [
        "„Posiłek w szkole i w domu”\n\nW dniu 10.02.2022 r. Gmina Lipowa podpisała z Wojewodą"
        " umowę na realizację w 2022 r. wieloletniego rządowego programu „Posiłek w szkole i w"
        " domu”. Kwota dotacji wynosi 50 000 zł, całkowity koszt programu to 62 500 zł. Zadanie"
        " realizuje Gminny Ośrodek Pomocy Społecznej w Lipowej.",
        "„Opieka 75+” edycja 2024\n\nOśrodek Pomocy Społecznej w Kłodawie realizuje program"
        " „Opieka 75+” edycja 2024. Całkowity koszt programu: 120 000,00 zł.",
    ],
)
def test_national_programme_is_no_title(text: str) -> None:
    assert rec(text)["title"] is None


def test_a_project_named_after_the_programme_words_keeps_its_title() -> None:
    text = (
        "Ośrodek Pomocy Społecznej w Kłodawie realizuje projekt „Posiłek i rozmowa – wsparcie"
        " seniorów”, współfinansowany ze środków Europejskiego Funduszu Społecznego."
    )
    assert rec(text)["title"] == "Posiłek i rozmowa – wsparcie seniorów"


# -- "PROJEKT UNIJNY „X”": an EU project named, though no figure is ----------------------------
# real: "PROJEKT UNIJNY „CENTRUM WSPARCIA RODZINY W POWIECIE BOLESŁAWIECKIM” – MIESZKANIE
# TRENINGOWE …" (pcpr.boleslawiec.pl)


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "PROJEKT UNIJNY „RODZINA W CENTRUM” – PUNKT KONSULTACYJNY\n\nPunkt konsultacyjny jest"
            " formą pomocy dla rodzin zastępczych. Porady prowadzą psycholog i pedagog.",
            "RODZINA W CENTRUM",
        ),
        (
            "Projekt unijny „Bliżej domu” – zajęcia dla seniorów\n\nZajęcia odbywają się we"
            " wtorki i czwartki w świetlicy przy ul. Polnej.",
            "Bliżej domu",
        ),
    ],
)
def test_eu_project_named_alone_is_kept(text: str, title: str) -> None:
    r = rec(text)
    assert r["title"] == title
    assert not any("no project facts" in p for p in r["problems"])


def test_a_page_without_an_eu_project_word_is_still_rejected() -> None:
    r = rec(
        "PUNKT KONSULTACYJNY „RODZINA W CENTRUM”\n\nPunkt konsultacyjny jest formą pomocy dla"
        " rodzin zastępczych. Porady prowadzą psycholog i pedagog."
    )
    assert any("no project facts" in p for p in r["problems"])


# -- the gmina said to run it by its bare word --------------------------------------------------
# real: "Kierownik OPS przedstawiła informacje … o realizowanym przez Gminę projekcie pt. "Razem dla
# dobra Seniorów- program wsparcia osób niesamodzielnych w Gminie Wilczyce"" (opswilczyce.pl)


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Gminny Ośrodek Pomocy Społecznej w Lipowej\n\nW świetlicy odbyło się spotkanie"
            " seniorów. Kierownik GOPS opowiedziała o realizowanym przez Gminę projekcie pt."
            " „Aktywni razem w Gminie Lipowa”, współfinansowanym ze środków Unii Europejskiej.",
            "Gmina Lipowa",
        ),
        (
            "Ośrodek Pomocy Społecznej w Kłodawie informuje\n\nProjekt „Seniorzy z gminy Kłodawa”"
            " prowadzony przez Gminę we współpracy z parafią potrwa do 2023 roku. Projekt jest"
            " współfinansowany z Europejskiego Funduszu Społecznego.",
            "Gmina Kłodawa",
        ),
    ],
)
def test_bare_gmina_said_to_run(text: str, want: str) -> None:
    assert rec(text)["implementer"] == want


@pytest.mark.parametrize(
    "text",
    [
        # two gminas named: which one runs it is not said
        "Gminny Ośrodek Pomocy Społecznej w Lipowej\n\nO realizowanym przez Gminę projekcie"
        " „Razem” opowiedziano mieszkańcom gminy Lipowa i gminy Buczkowice. Projekt jest"
        " współfinansowany ze środków Unii Europejskiej.",
        # the gmina's name follows: another rule's, not a bare word
        "Gminny Ośrodek Pomocy Społecznej w Lipowej\n\nProjekt „Razem” realizowany przez Gminę"
        " Buczkowice jest współfinansowany ze środków Unii Europejskiej.",
    ],
)
def test_bare_gmina_near_misses(text: str) -> None:
    assert rec(text)["implementer"] != "Gmina Lipowa"


# -- a project named after a dash at its sentence's end ----------------------------------------
# real: "Gmina Prusice otrzymała dofinansowanie … na realizację projektu w ramach resortowego
# Programu wspierania rodziny i systemu pieczy zastępczej na rok 2012 - "Asystent rodziny - druga
# edycja"." (prusice.pl)


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Wsparcie dla rodzin w naszej gminie\n\nGmina Lipowa otrzymała 12 000 zł na realizację"
            ' projektu w ramach resortowego programu na rok 2013 - "Rodzina w centrum".'
            " Projekt poprowadzi GOPS w Lipowej.",
            "Rodzina w centrum",
        ),
        (
            "Nowe zajęcia dla dzieci\n\nOśrodek rozpoczął prowadzenie projektu finansowanego z"
            " budżetu gminy – „Świetlica pełna pomysłów”. Wartość projektu to 20 000 zł.",
            "Świetlica pełna pomysłów",
        ),
    ],
)
def test_dash_names_the_project(text: str, want: str) -> None:
    assert rec(text)["title"] == want


def test_a_dash_without_a_project_sentence_names_nothing() -> None:
    text = (
        "Nowe zajęcia dla dzieci\n\nW świetlicy rusza kolejny cykl zajęć plastycznych - „Kolorowy"
        " świat”. Zajęcia potrwają do czerwca."
    )
    assert rec(text)["title"] != "Kolorowy świat"


# -- a full stop inside straight quotes ends no sentence ----------------------------------------
# real: 'realizacja Projektu pn. "Świadomi mieszkańcy - aktywna wieś. Wzmacnianie postaw
# proedukacyjnych na terenach wiejskich Gminy Polkowice", który będzie finansowany …'
# (projekty.polkowice.eu)


@pytest.mark.parametrize(
    "text, want",
    [
        (
            'Ruszył projekt\n\nW czerwcu rozpocznie się realizacja projektu pn. "Razem w Lipowej.'
            ' Wsparcie rodzin z terenów wiejskich", który jest współfinansowany ze środków'
            " Europejskiego Funduszu Społecznego.",
            "Razem w Lipowej. Wsparcie rodzin z terenów wiejskich",
        ),
        (
            'Ośrodek realizuje projekt "Krok pierwszy. Krok drugi" od 1 marca 2021 r. Projekt jest'
            " współfinansowany ze środków Unii Europejskiej.",
            "Krok pierwszy. Krok drugi",
        ),
    ],
)
def test_full_stop_inside_straight_quotes(text: str, want: str) -> None:
    assert rec(text)["title"] == want


def test_sentences_after_a_closed_straight_quote_still_split() -> None:
    from integra.extract.rules import is_field_label
    from integra.extract.text import segment

    text = 'Projekt "Razem" trwa do maja. Zajęcia odbywają się w świetlicy. Zapraszamy.'
    assert [u.text for u in segment(text, is_field_label)] == [
        'Projekt "Razem" trwa do maja.',
        "Zajęcia odbywają się w świetlicy.",
        "Zapraszamy.",
    ]
