"""List families (instruments, planned breakdowns) on wordings written for these tests, not copied
from any labelled page: layouts and phrasings met on real welfare-centre pages the rules had not
seen (the sixth session on the lists), each with negatives."""

from __future__ import annotations

import pytest

from integra.extract import extract_text


def rec(text: str) -> dict:
    return extract_text(text, "family.txt")[0]


# --------------------------------------------------------------------------- breakdowns


@pytest.mark.parametrize(
    "text, breakdown",
    [
        (  # the total said twice; the split beside the second statement
            "Zasady udziału\n\n• Do projektu przyjmiemy 80 osób z terenu gminy.\n"
            "• Pierwszeństwo mają osoby z niepełnosprawnościami.\n"
            "• Planowana liczba uczestników to 80 osób, w tym 50 kobiet i 30 mężczyzn.",
            {"kobiety": 50, "mężczyźni": 30},
        ),
        (  # a share after each sex's count: "48K tj. 60% i 32M tj. 40%"
            "Do projektu przyjmiemy 80 osób z gminy – 48K tj. 60% i 32M tj. 40%.",
            {"kobiety": 48, "mężczyźni": 32},
        ),
        (  # no planned total read, but a count with its own split in parentheses
            "Zajęcia w klubie kierujemy do 75 mieszkańców (45K i 30M) z osiedla Zatorze.",
            {"kobiety": 45, "mężczyźni": 30},
        ),
        (  # groups under "objęte są:" without a total
            "Grupa docelowa\n\nW 2013 roku działaniami projektu objęte są:\n"
            "– 12 osób bezrobotnych;\n– 4 osoby opuszczające rodziny zastępcze;\n"
            "– 3 osoby z niepełnosprawnością.",
            {
                "osób bezrobotnych": 12,
                "osoby opuszczające rodziny zastępcze": 4,
                "osoby z niepełnosprawnością": 3,
            },
        ),
        (  # groups named first, counted by sex after a dash
            "W tym roku wsparcie kierujemy do dwóch grup:\n"
            "• klub rodzica – 7 kobiet wychowujących dzieci samotnie;\n"
            "• klub młodzieży – uczniowie szkół z gminy – 5 chłopców i 3 dziewczynki... "
            "– 5 mężczyzn i 3 kobiety.",
            {
                "kobiety – klub rodzica": 7,
                "mężczyźni – klub młodzieży": 5,
                "kobiety – klub młodzieży": 3,
            },
        ),
    ],
)
def test_breakdown_families_of_the_sixth_session(text, breakdown):
    assert rec(text)["participants_planned_breakdown"] == breakdown


@pytest.mark.parametrize(
    "text",
    [
        # an actual count with its split: not the plan's
        "W zajęciach wzięło udział 40 osób (25K i 15M) z Zatorza.",
        # two different splits of counts on one page and no total: none is taken
        "Klub odwiedziło 30 seniorów. Kierujemy go do 20 osób (12K i 8M), a kurs do 10 osób (6K i 4M).",
        # a split adding up to the total in a sentence that counts other people
        "Projekt obejmie 90 osób. W mieście mieszka 2 000 seniorów, w tym 60 kobiet i 30 mężczyzn "
        "korzysta z pomocy.",
    ],
)
def test_no_breakdown_of_the_sixth_session_families(text):
    assert rec(text)["participants_planned_breakdown"] == {}
