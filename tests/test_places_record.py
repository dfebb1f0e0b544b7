"""City and voivodeship of a record from small towns and gminas (data/places.csv)."""

from __future__ import annotations

from integra.extract.record import extract_text

_FACTS = (
    "Projekt współfinansowany ze środków Europejskiego Funduszu Społecznego. "
    "Wartość projektu: 150 000,00 zł. Okres realizacji: 01.03.2019 – 31.12.2020.\n"
)


def test_gmina_seat_from_the_implementer() -> None:
    r, _ = extract_text(
        "Projekt „Razem łatwiej”\n\nRealizator: Gminny Ośrodek Pomocy Społecznej w Wiżajnach\n\n"
        + _FACTS
    )
    assert (r["city"], r["voivodeship"]) == ("Wiżajny", "podlaskie")


def test_a_strong_small_place_beats_a_big_town_mentioned_in_passing() -> None:
    r, _ = extract_text(
        "W gminie Kołaczkowo ruszył projekt „Aktywni razem”.\n\n"
        "Szkolenia poprowadzi firma z Poznania. Gmina Kołaczkowo zaprasza chętnych.\n\n" + _FACTS
    )
    assert (r["city"], r["voivodeship"]) == ("Kołaczkowo", "wielkopolskie")


def test_a_homonym_gives_no_voivodeship_unless_the_page_names_it() -> None:
    text = "Projekt „Krok dalej”\n\nRealizator: Gminny Ośrodek Pomocy Społecznej w Dobrej\n\n"
    r, _ = extract_text(text + _FACTS)
    assert r["city"] == "Dobra"
    assert r["voivodeship"] is None
    assert any("Dobra" in p and "several voivodeships" in p for p in r["problems"])
    r, _ = extract_text(text + "Gmina Dobra leży w powiecie tureckim.\n\n" + _FACTS)
    assert (r["city"], r["voivodeship"]) == ("Dobra", "wielkopolskie")


def test_big_town_pages_are_unchanged() -> None:
    r, _ = extract_text(
        "Projekt „Nowy start”\n\nRealizator: Miejski Ośrodek Pomocy Rodzinie w Toruniu\n\n"
        "Partner: GOPS w Trzcinicy.\n\n" + _FACTS
    )
    assert (r["city"], r["voivodeship"]) == ("Toruń", "kujawsko-pomorskie")
