"""Twentieth session, titles on unseen pages: wordings written for these tests (not copied from
any labelled document or page). A news item's headline stood as the project's title where the
page gave it only as its heading (and its <title>): the heading stands right above the item's
date line (a day's date with at most a time, an author and a word or two), and the project's
name, when the item gives one, is quoted or after a cue.

Negatives: a heading above a period's two dates (a project card's "Okres realizacji" row), a
heading above a line that is more than a date, a heading the text also quotes after "projekt".
"""

from __future__ import annotations

import pytest

from integra.extract import extract_text


def rec(text: str, page_title: str = "") -> dict:
    return extract_text(text, "titles20.txt", page_title=page_title)[0]


BODY = (
    "\n\nGmina Brzeźnica podpisała umowę o dofinansowanie projektu ze środków Europejskiego"
    " Funduszu Społecznego. Wartość projektu wynosi 850 000 zł. Wsparciem zostanie objętych 40"
    " mieszkańców gminy, którzy wezmą udział w warsztatach i doradztwie zawodowym.\n"
    "Zajęcia poprowadzi Gminny Ośrodek Pomocy Społecznej w Brzeźnicy."
)


@pytest.mark.parametrize(
    ("heading", "dateline"),
    [
        ("Nowe miejsca w świetlicach wiejskich", "3 marca 2021 · Autor: redakcja"),
        ("Umowa na dzienny dom seniora podpisana", "2021-03-03 09:41:12"),
        ("Brzeźnica. Trzy kluby dla seniorów", "Anna Kowalczyk · publikacja 03.03.2021 10:05"),
        ("Nowe wsparcie dla rodzin w gminie", "Opublikowano: 03.03.2021, godz. 12:30"),
    ],
)
def test_a_heading_above_a_news_items_date_line_is_no_title(heading: str, dateline: str) -> None:
    r = rec(f"{heading}\n\n{dateline}{BODY}", f"{heading} – Gmina Brzeźnica")
    assert r["title"] is None
    assert f"title: a news item's dated headline ('{heading}'); not taken" in r["problems"]


def test_a_repeated_heading_above_its_date_line_is_no_title() -> None:
    # (the page's header prints the headline, a "Drukuj" link, the headline again and its date)
    heading = "Umowa na dzienny dom seniora podpisana"
    r = rec(f"{heading}\n\nDrukuj\n\n{heading}\n\n2021-03-03 09:41{BODY}", heading)
    assert r["title"] is None


def test_a_heading_above_a_projects_period_row_stays() -> None:
    heading = "Klub Seniora w Brzeźnicy – edycja II"
    r = rec(f"{heading}\nOkres realizacji | 01.01.2021 - 31.12.2022{BODY}", heading + " - GOPS")
    assert r["title"] == heading


def test_a_heading_above_a_sentence_with_a_date_stays() -> None:
    heading = "Klub Seniora w Brzeźnicy – edycja II"
    r = rec(
        f"{heading}\nProjekt realizowany jest od 1 stycznia 2021 r. przez Gminny Ośrodek Pomocy"
        f" Społecznej w Brzeźnicy dla seniorów z całej gminy.{BODY}",
        heading + " - GOPS",
    )
    assert r["title"] == heading


def test_a_dated_heading_the_text_quotes_as_a_project_stays() -> None:
    heading = "Aktywni razem"
    r = rec(
        f"{heading}\n\n3 marca 2021 · Autor: redakcja\n\nGmina Brzeźnica realizuje projekt"
        f" „Aktywni razem”.{BODY}",
        heading,
    )
    assert r["title"] == heading


@pytest.mark.parametrize("row", ["Data rozpoczęcia: 03.03.2021", "Start date: | 2021-03-03"])
def test_a_heading_above_a_fields_dated_row_stays(row: str) -> None:
    heading = "Klub Seniora w Brzeźnicy – edycja II"
    r = rec(f"{heading}\n{row}{BODY}", heading + " - GOPS")
    assert r["title"] == heading


# Session 24 (names2): under a dated headline that is refused, the name the text itself gives for
# the project (quoted after a cue) is the title; another heading or a bare quote is not.
@pytest.mark.parametrize(
    ("heading", "dateline", "naming", "title"),
    [
        (
            "Fundacja Pod Dębem",
            "Dodano: 4 maja 2020",
            "Projekt prowadzi Fundacja Pod Dębem.\n\npt.: „Razem przez lato”.",
            "Razem przez lato",
        ),
        (
            "Nowe zajęcia dla seniorów",
            "3 marca 2021 · Autor: redakcja",
            "Gmina Brzeźnica zaprasza do udziału w projekcie pn. „Srebrna jesień w gminie”.",
            "Srebrna jesień w gminie",
        ),
        (
            "Umowa na świetlicę podpisana",
            "2021-03-03 09:41:12",
            "Projekt nosi tytuł „Świetlica na start”.",
            "Świetlica na start",
        ),
    ],
)
def test_the_texts_own_name_under_a_dated_headline_is_the_title(
    heading: str, dateline: str, naming: str, title: str
) -> None:
    r = rec(f"{heading}\n\n{dateline}\n\n{naming}{BODY}", heading)
    assert r["title"] == title


def test_a_second_heading_under_a_dated_headline_is_no_title() -> None:
    # (near-miss: the only other name is a sub-heading, no name the text gives for the project)
    r = rec(
        "Nowe zajęcia dla seniorów\n\n3 marca 2021 · Autor: redakcja\n\nZajęcia w klubie" + BODY,
        "Nowe zajęcia dla seniorów",
    )
    assert r["title"] is None
