"""Rules of the twenty-fourth session, from the misses of the fresh dev part rc_zg. Every wording is
written for these tests, not copied from a page; each rule has near-misses it must not take."""

from __future__ import annotations

import pytest

from integra.extract import extract_text


def rec(text: str) -> dict:
    return extract_text(text, "twentyfourth_zg.txt")[0]


# -- check marks as bullets; a post's emoji are no part of a form's name ----------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Gminny Ośrodek Pomocy Społecznej w Łysomicach realizuje projekt „Razem raźniej”.\n"
            "W projekcie czekają na uczestników bezpłatne zajęcia:\n"
            "✅ warsztaty florystyczne 🌸\n"
            "✅ zajęcia z psychologiem\n"
            "✅ wyjazd do teatru 🎭\n",
            ["warsztaty florystyczne", "zajęcia z psychologiem", "wyjazd do teatru"],
        ),
        (
            "Stowarzyszenie „Razem” z Nowego Miasta prowadzi projekt „Aktywni 60+”.\n"
            "W ramach projektu oferujemy:\n"
            "✔️ poradnictwo prawne\n"
            "✔️ gimnastykę korekcyjną\n"
            "✔️ kurs obsługi komputera\n",
            ["poradnictwo prawne", "gimnastykę korekcyjną", "kurs obsługi komputera"],
        ),
        (
            "Fundacja „Przystań” realizuje projekt „Krok dalej”. W projekcie zaplanowano:\n"
            "✓ trening umiejętności społecznych\n"
            "✓ doradztwo zawodowe 💼\n"
            "✓ staże zawodowe\n",
            ["trening umiejętności społecznych", "doradztwo zawodowe", "staże zawodowe"],
        ),
    ],
)
def test_check_mark_lines_are_a_list_of_forms(text: str, expected: list[str]) -> None:
    got = [s.lower() for s in rec(text)["instruments"]]
    for item in expected:
        assert item.lower() in got
    assert not any(ch in "".join(got) for ch in "🌸🎭💼✅✔✓")


def test_check_marks_under_a_heading_that_is_no_support_are_not_forms() -> None:
    text = (
        "Ośrodek Pomocy Społecznej w Lubiczu realizuje projekt „Razem w rodzinie”.\n"
        "Dokumenty do pobrania:\n"
        "✅ regulamin rekrutacji\n"
        "✅ formularz zgłoszeniowy\n"
        "✅ klauzula informacyjna RODO\n"
    )
    got = [s.lower() for s in rec(text)["instruments"]]
    assert "regulamin rekrutacji" not in got
    assert "formularz zgłoszeniowy" not in got


# -- sign-ups ("zapisy") end on a date that is not the project's -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Klub Seniora „Pogodna Jesień” w Kowalewie – projekt współfinansowany z EFS+. "
        "Zapisy potrwają do 20 lutego 2025 r.",
        "Projekt „Razem aktywni” Stowarzyszenia „Most” rusza wiosną. Zapisać się można do 15 marca 2024 r. "
        "w biurze projektu.",
        "GOPS w Rogowie realizuje projekt „Senior w sieci”. Zapisy trwają do 30.09.2023 r., "
        "liczba miejsc ograniczona.",
        "Fundacja „Nowy Dom” prowadzi projekt „Mieszkanie na start”. Uczestników zapisujemy do "
        "10 kwietnia 2022 r.",
    ],
)
def test_sign_up_deadline_is_not_the_project_end(text: str) -> None:
    assert rec(text)["end_date"] is None


@pytest.mark.parametrize(
    "text, end",
    [
        (
            "MOPS w Rypinie realizuje projekt „Aktywna rodzina”. Zgodnie z zapisami umowy projekt "
            "potrwa do 31 grudnia 2022 r.",
            "2022-12-31",
        ),
        (
            "Projekt „Wspólna sprawa” Gminy Wąbrzeźno potrwa do 30 czerwca 2021 r.",
            "2021-06-30",
        ),
    ],
)
def test_a_contracts_provisions_do_not_hide_the_project_end(text: str, end: str) -> None:
    assert rec(text)["end_date"] == end


# -- the two regions of the Kuyavian-Pomeranian programme in either order ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Klub Seniora w Łubiance działa dzięki wsparciu Funduszy Europejskich dla Pomorza i Kujaw 2021-2027.",
        "Projekt „Sąsiedzi” jest współfinansowany z programu Fundusze Europejskie dla Pomorza i Kujaw "
        "2021-2027.",
        "Projekt „Razem” GOPS w Zbójnie finansują Fundusze Europejskie dla Kujaw i Pomorza 2021-2027.",
    ],
)
def test_pomorza_i_kujaw_is_the_kuyavian_pomeranian_programme(text: str) -> None:
    assert rec(text)["voivodeship"] == "kujawsko-pomorskie"


def test_the_pomeranian_programme_stays_pomeranian() -> None:
    text = "Projekt „Razem” GOPS w Kosakowie finansują Fundusze Europejskie dla Pomorza 2021-2027."
    assert rec(text)["voivodeship"] == "pomorskie"


# -- a count joined to a duration adjective, written apart or shortened ------------------------------


@pytest.mark.parametrize(
    "text, item",
    [
        (
            "MOPS w Wąbrzeźnie realizuje projekt „Nowy start”.\nW ramach projektu oferujemy:\n"
            "– poradnictwo psychologiczne;\n– 3 m-czne staże zawodowe;\n– kursy zawodowe.\n",
            "3 m-czne staże zawodowe",
        ),
        (
            "PCPR w Rypinie prowadzi projekt „Aktywni razem”.\nUczestnicy otrzymają:\n"
            "- doradztwo zawodowe\n- 6 miesięczne staże\n- szkolenia komputerowe\n",
            "6 miesięczne staże",
        ),
        (
            "Fundacja „Krok” realizuje projekt „Samodzielni”.\nW projekcie zaplanowano:\n"
            "• trening kompetencji społecznych\n• 5 dniowy turnus rehabilitacyjny\n• warsztaty kulinarne\n",
            "5 dniowy turnus rehabilitacyjny",
        ),
    ],
)
def test_a_counted_duration_form_in_a_list_is_kept(text: str, item: str) -> None:
    assert item in rec(text)["instruments"]


@pytest.mark.parametrize(
    "item",
    ["3 m-czne umowy", "6 m-cy", "12 miesięczne okresy", "80 osób niepełnosprawnych"],
)
def test_a_counted_duration_of_no_form_is_not_one(item: str) -> None:
    from integra.extract.instruments import _clean_instrument

    assert _clean_instrument(item) is None


# -- a local action group's umbrella grant project is not the grantee's project ----------------------


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "Stowarzyszenie „Razem” realizuje projekt „Klub Młodzieżowy Iskra”, objęty grantem w ramach "
            "projektu grantowego „Lokalnie aktywni” realizowanego przez LGD „Dolina Wisły”.",
            "Klub Młodzieżowy Iskra",
        ),
        (
            "Klub Seniora „Pogodni” w Dragaczu\n\nGmina Dragacz realizuje projekt „Pogodni razem”. Projekt "
            "jest współfinansowany z EFS zgodnie z umową o dofinansowanie Projektu grantowego „Od pomysłu "
            "do działania” nr RPKP.11.01.00-04-0007/17.",
            "Pogodni razem",
        ),
        (
            "Fundacja „Most” prowadzi projekt „Senior w sieci”, finansowany w ramach projektu grantowego "
            "pn. „Aktywna wieś” Lokalnej Grupy Działania „Kraina Sanu”.",
            "Senior w sieci",
        ),
    ],
)
def test_the_umbrella_grant_project_ranks_below_the_grantees(text: str, title: str) -> None:
    assert rec(text)["title"] == title


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "Lokalna Grupa Działania „Dolina Wisły” realizuje projekt grantowy „Lokalnie aktywni”. "
            "W ramach projektu udzielimy 10 grantów organizacjom z obszaru LSR.",
            "Lokalnie aktywni",
        ),
        (
            "Projekt grantowy pt. „Aktywni w Lisewie” realizuje Koło Gospodyń Wiejskich w Lisewie. "
            "Zaplanowano warsztaty kulinarne i wyjazd do teatru.",
            "Aktywni w Lisewie",
        ),
    ],
)
def test_a_grant_project_that_is_the_pages_only_project_keeps_its_title(
    text: str, title: str
) -> None:
    assert rec(text)["title"] == title
