"""A heading is a title only when the page treats it as a name: a heading In Title Case that the
text repeats only in lower case is a common phrase the news is about ("Badanie Potrzeb Seniorów"
/ "… wyniki badania potrzeb seniorów …"), while a name the text repeats with its capitals, a
heading in capitals repeated in lower case, or a first heading stay titles. Wordings our own."""

from __future__ import annotations

from integra.extract import extract_text

_PORTAL = "wiesci-znad-rzeki.pl – gazeta gminy\nWiadomości | Gmina | Sport | Kontakt\n\n"


def title(text: str):
    return extract_text(text, "title.txt")[0]["title"]


def test_a_title_case_headline_repeated_only_in_lower_case_is_no_title():
    text = (
        _PORTAL + "Wstęp\n\n" + "Badanie Potrzeb Seniorów – podsumowanie\n\n"
        "W sali widowiskowej omówiono wyniki badania potrzeb seniorów z naszej gminy. "
        "Omówiono też, jak badanie potrzeb seniorów pomoże przekształcić ośrodek pomocy "
        "społecznej; przekształcenie jest współfinansowane ze środków Unii Europejskiej."
    )
    assert title(text) is None


def test_a_name_repeated_with_its_capitals_stays_the_title():
    text = (
        _PORTAL + "Wstęp\n\n" + "Klub Sąsiedzkiej Pomocy\n\n"
        "Od marca działa Klub Sąsiedzkiej Pomocy, w którym seniorzy spotykają się dwa razy w "
        "tygodniu. Klub Sąsiedzkiej Pomocy powstał w ramach projektu współfinansowanego ze "
        "środków Europejskiego Funduszu Społecznego."
    )
    assert title(text) == "Klub Sąsiedzkiej Pomocy"


def test_a_heading_in_capitals_repeated_in_lower_case_stays_the_title():
    text = (
        _PORTAL + "Wstęp\n\n" + "SĄSIEDZKIE CENTRUM WSPARCIA W BRZOZOWIE\n\n"
        "Sąsiedzkie Centrum Wsparcia w Brzozowie realizuje Gminny Ośrodek Pomocy Społecznej. "
        "Projekt współfinansowany ze środków Europejskiego Funduszu Społecznego."
    )
    assert title(text) == "Sąsiedzkie Centrum Wsparcia w Brzozowie"


def test_a_sentence_case_name_repeated_stays_the_title():
    text = (
        _PORTAL + "Wstęp\n\n" + "Razem przez zimę\n\n"
        "Projekt razem przez zimę wspiera osoby samotne. Razem przez zimę to także spotkania "
        "w świetlicy. Projekt współfinansowany ze środków Europejskiego Funduszu Społecznego."
    )
    assert title(text) == "Razem przez zimę"


def test_a_name_with_a_subtitle_not_in_title_case_stays_the_title():
    # only the short form is quoted again; the subtitle's capitals ("Wsparcie", "Lipnicy") do not
    # make the heading a Title Case headline
    text = (
        _PORTAL + "Wstęp\n\n" + "Dobry start rodzin - Wsparcie dzieci w gminie Lipnica\n\n"
        "„Dobry start rodzin” był przeznaczony dla rodzin, które chciały wrócić na rynek pracy. "
        "Projekt współfinansowany ze środków Europejskiego Funduszu Społecznego."
    )
    assert title(text) == "Dobry start rodzin - Wsparcie dzieci w gminie Lipnica"
