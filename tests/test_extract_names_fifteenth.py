"""Fifteenth session: implementer on wordings written for this test (not copied from any labelled
document): a gmina or town written before the unit that runs the project for it, with a space, a
comma, a slash or a dash between ("realizowany przez Gminę X Gminny Ośrodek …"); the body that
grants the money named in a passive ("grant przyznany przez …"), which is not the realizator; a
national society's branch said to receive a grant."""

from __future__ import annotations

import pytest

from integra.extract import extract_text


def rec(text: str) -> dict:
    return extract_text(text, "names15.txt")[0]


MONEY = (
    " Wartość projektu wynosi 410 000,00 zł. Projekt współfinansowany ze środków Europejskiego"
    " Funduszu Społecznego."
)


# --------------------------------------------------------------------------- a gmina and its unit


@pytest.mark.parametrize(
    "text, implementer",
    [
        (
            "Projekt jest realizowany przez Gminę Kowalewo Gminny Ośrodek Pomocy Społecznej"
            " w Kowalewie.",
            "Gminny Ośrodek Pomocy Społecznej w Kowalewie",
        ),
        (
            "Projekt realizowany przez Miasto Radom Miejski Ośrodek Pomocy Społecznej w Radomiu.",
            "Miejski Ośrodek Pomocy Społecznej w Radomiu",
        ),
        (
            "Realizatorem projektu jest Gmina Tczew Miejski Ośrodek Pomocy Rodzinie w Tczewie.",
            "Miejski Ośrodek Pomocy Rodzinie w Tczewie",
        ),
        (
            "Projekt jest realizowany przez Gminę Kowalewo, Gminny Ośrodek Pomocy Społecznej"
            " w Kowalewie.",
            "Gminny Ośrodek Pomocy Społecznej w Kowalewie",
        ),
        (
            "Projekt realizuje Gmina Kowalewo / Gminny Ośrodek Pomocy Społecznej w Kowalewie.",
            "Gminny Ośrodek Pomocy Społecznej w Kowalewie",
        ),
        (
            "Projekt realizowany przez Powiat Łęczycki – Powiatowe Centrum Pomocy Rodzinie"
            " w Łęczycy.",
            "Powiatowe Centrum Pomocy Rodzinie w Łęczycy",
        ),
        (
            "Miejski Ośrodek Pomocy Społecznej w Zawierciu\n\nRegulamin\n\nProjekt jest realizowany"
            " przez Gminę Zawiercie Miejski Ośrodek Pomocy Społecznej.",
            "Miejski Ośrodek Pomocy Społecznej w Zawierciu",
        ),
    ],
)
def test_gmina_before_its_unit_gives_the_unit(text, implementer):
    assert rec(text + MONEY)["implementer"] == implementer


@pytest.mark.parametrize(
    "text, implementer",
    [
        # the unit after a comma is a partner: the gmina runs it
        (
            "Projekt realizowany przez Gminę Nowa Dęba, Ośrodek Pomocy Społecznej w Nowej Dębie"
            " jest partnerem.",
            "Gmina Nowa Dęba",
        ),
        # another sentence names the centre: the gmina, as before
        (
            "Projekt realizowany przez Gminę Nowa Dęba. Uczestników rekrutuje Ośrodek Pomocy"
            " Społecznej w Nowej Dębie.",
            "Gmina Nowa Dęba",
        ),
        # a two-word gmina keeps its second word
        ("Projekt realizowany przez Gminę Nowa Dęba.", "Gmina Nowa Dęba"),
    ],
)
def test_gmina_without_its_unit_stays(text, implementer):
    assert rec(text + MONEY)["implementer"] == implementer


# --------------------------------------------------------------------------- the grant's giver


@pytest.mark.parametrize(
    "text",
    [
        "W ramach projektu grant przyznany przez Regionalny Ośrodek Polityki Społecznej w Lublinie"
        " trafił do domu pomocy.",
        "Regionalny Ośrodek Polityki Społecznej w Lublinie przyznał dofinansowanie na projekt"
        " „Razem”.",
        "Projekt dofinansowany przez Regionalny Ośrodek Polityki Społecznej w Lublinie. Zajęcia"
        " prowadzi świetlica.",
    ],
)
def test_only_the_grant_giver_named_is_no_implementer(text):
    assert rec(text + MONEY)["implementer"] is None


@pytest.mark.parametrize(
    "text, implementer",
    [
        (
            "Fundacja Pomocy Rodzinie otrzymała grant przyznany przez Regionalny Ośrodek Polityki"
            " Społecznej w Lublinie.",
            "Fundacja Pomocy Rodzinie",
        ),
        (
            "Dom Pomocy Społecznej w Rzeszowie otrzymał grant w konkursie ogłoszonym przez"
            " Regionalny Ośrodek Polityki Społecznej w Rzeszowie.",
            "Dom Pomocy Społecznej w Rzeszowie",
        ),
        (
            "Polski Komitet Pomocy Społecznej otrzymał grant przyznany przez Regionalny Ośrodek"
            " Polityki Społecznej na zakup środków ochrony.",
            "Polski Komitet Pomocy Społecznej",
        ),
        (
            "Projekt „Razem” realizuje Miejski Ośrodek Pomocy Społecznej w Radomiu; środki"
            " przekazane przez Regionalny Ośrodek Polityki Społecznej w Warszawie.",
            "Miejski Ośrodek Pomocy Społecznej w Radomiu",
        ),
    ],
)
def test_grant_giver_is_not_taken_over_the_receiver(text, implementer):
    assert rec(text + MONEY)["implementer"] == implementer
