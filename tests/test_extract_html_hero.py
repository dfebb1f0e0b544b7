"""Labelled figures above a page's article element (a project site's hero under its <h1>) are read
with the article; lines after it (a BIP's record metadata) and a hero without figures add nothing.
Pages written for this test."""

from __future__ import annotations

import re

from integra.extract import extract_text
from integra.extract.reading import html_to_text

LONG = (
    "Celem projektu jest aktywizacja społeczna i zawodowa mieszkańców powiatu zagrożonych "
    "wykluczeniem społecznym poprzez doradztwo, szkolenia zawodowe i staże u pracodawców. "
) * 3


def page(hero: str, after: str = "") -> str:
    return (
        "<html><head><title>Projekt</title></head><body><header><nav>Start | Kontakt</nav>"
        f"</header><section class='hero'><h1>„Krok do pracy”</h1>{hero}</section>"
        f"<main><p>{LONG}</p></main>{after}<footer>© Fundacja Przykład</footer></body></html>"
    )


def test_a_period_and_a_value_in_the_hero_are_read():
    html = page(
        "<p class='subtitle'>Okres realizacji: 01.03.2025-28.02.2027</p>"
        "<p>Wartość projektu: 1 250 000,00 zł</p><p><a href='/r'>Rekrutacja</a></p>"
    )
    text = html_to_text(html)
    assert text.index("Okres realizacji: 01.03.2025-28.02.2027") < text.index("Celem projektu")
    assert "Rekrutacja" not in text
    r = extract_text(text, "hero.txt")[0]
    assert (r["start_date"], r["end_date"]) == ("2025-03-01", "2027-02-28")
    assert r["total_cost_pln"] == 1250000.0


def test_lines_after_the_article_and_unlabelled_hero_text_stay_out():
    html = page(
        "<p>Razem możemy więcej – dołącz do nas w 2025 roku</p>",
        after="<div class='meta'><p>Data wytworzenia: 2023-11-06</p></div>",
    )
    text = html_to_text(html)
    assert "Data wytworzenia" not in text
    assert "dołącz do nas" not in text
    assert re.match(r"„Krok do pracy”\s+Celem projektu", text)
