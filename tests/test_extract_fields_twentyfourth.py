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
