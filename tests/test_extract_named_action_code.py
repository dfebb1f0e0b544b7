"""A 2021-2027 action named by its code and its name ("FEKP.07.04 Wspieranie integracji
społecznej", with no "Działanie" before it) states the measure; a project number
(which gives its codes by its own rule), a code with a third level, or a code followed by no name
do not give it this way. Wordings written for this test."""

from __future__ import annotations

import pytest

from integra.extract import extract_text

HEAD = "Stowarzyszenie Razem z Lipna realizuje projekt „Klub Seniora Pogodni” dla 20 seniorów.\n"


def measure(body: str) -> str | None:
    return extract_text(HEAD + body, "action.txt")[0]["measure"]


@pytest.mark.parametrize(
    "body, want",
    [
        ("Projekt realizowany w ramach FEKP.07.04 Wspieranie integracji społecznej.", "7.4"),
        (
            "Program Fundusze Europejskie dla Warmii i Mazur 2021-2027, Priorytet FEWM.06 "
            "Społeczny, FEWM.06.12 Usługi społeczne i zdrowotne.",
            "6.12",
        ),
        ("Źródło: FESL.07.05 Usługi społeczne i zdrowotne (program regionalny).", "7.5"),
    ],
)
def test_a_named_action_code_gives_the_measure(body, want):
    assert measure(body) == want


@pytest.mark.parametrize(
    "body",
    [
        "Kontakt w sprawie naboru: FEKP.07.04 (sekretariat), tel. 56 000 00 00.",
        "Wniosek złożono w odpowiedzi na ogłoszenie FEKP.07.04.01 Nabór uzupełniający.",
        "Kod FEKP.07.04 – szczegóły w regulaminie naboru.",
    ],
)
def test_a_code_without_its_name_or_with_more_levels_is_not_a_named_action(body):
    assert measure(body) is None
