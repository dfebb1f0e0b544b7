"""The project's type from "konkurs" wording (`project_type`), on wordings written for these tests:
a call for proposals named in any case and role ("w drugiej rundzie konkursu", "konkursy
horyzontalne", "złożony w konkursie"), versus contests of another kind and a partner chosen in a
tender."""

from __future__ import annotations

import pytest

from integra.extract import extract_text

_FACT = " Wartość projektu: 180 000,00 zł. Projekt „Wspólny start” realizuje GOPS w Lipnicy."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Wniosek złożono w drugiej rundzie konkursu.", "konkursowy"),
        ("Poddziałanie 9.2.1 Usługi społeczne – konkursy horyzontalne.", "konkursowy"),
        (
            "Projekt partnerski został złożony w konkursie ogłoszonym przez urząd marszałkowski.",
            "konkursowy",
        ),
        ("Partnerem projektu, wyłonionym w konkursie, jest Spółdzielnia Socjalna.", None),
        ("Dla dzieci uczestników odbył się konkurs plastyczny.", None),
        # a contest of another kind with a grant-making word close by ("projektu")
        ("W ramach projektu dla dzieci odbył się konkurs plastyczny.", None),
        ("Ośrodek ogłosił konkurs na logo projektu.", None),
    ],
)
def test_konkurs_wording(sentence, expected):
    assert extract_text(sentence + _FACT, "type.txt")[0]["project_type"] == expected
