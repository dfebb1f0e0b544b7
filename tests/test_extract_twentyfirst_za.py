"""Rules written in the twenty-first session from the misses of the fresh part rc_za, each tested on
wordings written for this test (not copied from any labelled page):

- PO WER written with its three words in another order ("Programu Operacyjnego Wiedza Rozwój
  Edukacja", a slip pages make) still names the 2014-2020 programme; other names stay without a
  period.
"""

from __future__ import annotations

import pytest

from integra.extract import extract_text
from integra.extract.rules import programme_period_of

TAIL = " Gmina Stara Wola otrzymała dofinansowanie w kwocie 300 000 zł."


@pytest.mark.parametrize(
    "text",
    [
        "Projekt jest finansowany z Programu Operacyjnego Wiedza Rozwój Edukacja.",
        "Środki pochodzą z Programu Operacyjnego Edukacja Wiedza Rozwój na lata 2014-2020.",
        "Projekt współfinansowano w ramach Programu Operacyjnego Rozwój Edukacja Wiedza.",
        "Projekt realizowany jest w ramach Programu Operacyjnego Rozwój Wiedza Edukacja.",
    ],
)
def test_po_wer_in_another_word_order_is_2014_2020(text: str) -> None:
    assert extract_text(text + TAIL)[0]["programme_period"] == "2014-2020"


@pytest.mark.parametrize(
    "name",
    [
        "Program Wiedza i Rozwój",  # two of the words only: no programme of that name
        "Program Rozwoju Edukacji",
        "Program Operacyjny Kapitał Ludzki",  # still its own period
    ],
)
def test_other_names_keep_their_period(name: str) -> None:
    assert programme_period_of(name) in (None, "2007-2013")
    if "Kapitał" in name:
        assert programme_period_of(name) == "2007-2013"
