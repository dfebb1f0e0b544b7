"""Titles, fourteenth round, on wordings written for these tests (not copied from any labelled
document). The families: a heading whose name holds a full stop or an exclamation mark (kept as a
heading where the page writes the line again or quotes it on its own line; a headline told once
stays out), a prose sentence's tail ("X, współfinansowanego ze środków …") that is no heading, a
name ending in a quoted name (the heading's whole form over the banner's short one), a centre
named as its project before "to kolejny projekt"."""

from __future__ import annotations

import pytest

from integra.extract import extract_text

_FACT = " Wartość projektu: 410 000,00 zł. Okres realizacji: 01.02.2021 – 31.12.2022."


def title(text: str):
    return extract_text(text, "title.txt")[0]["title"]


def test_a_repeated_heading_with_a_full_stop_inside_is_the_title():
    text = (
        "Projekty › Zakończone\n\n"
        "RAZEM PO ZDROWIE-2. SPOKOJNA GMINA NA POMORZU\n\n"
        "Gmina Lipnica otrzymała grant w ramach projektu Razem po zdrowie-2. Spokojna gmina na "
        "Pomorzu, współfinansowanego przez Unię Europejską." + _FACT + "\n\n"
        "Wniosek złożono w ramach projektu Razem po zdrowie-2. Spokojna gmina na Pomorzu, "
        "współfinansowanego ze środków Europejskiego Funduszu Społecznego.\n"
    )
    assert title(text) == "Razem po zdrowie-2. Spokojna gmina na Pomorzu"


def test_a_quoted_line_with_an_abbreviation_inside_is_a_heading():
    text = (
        "REGULAMIN UCZESTNICTWA W PROJEKCIE\n\n"
        "„Przystań przy parafii św. Jana – klub wsparcia w Lipnicy”\n\n"
        "§ 1. Projekt pt. „Przystań przy parafii św. Jana – klub wsparcia w Lipnicy” realizuje "
        "Stowarzyszenie Dobra Wola." + _FACT + "\n\n"
        "Podobne dokumenty: Regulamin rekrutacji w projekcie „Aktywne rodziny” · Deklaracja\n"
    )
    assert title(text) == "Przystań przy parafii św. Jana – klub wsparcia w Lipnicy"


def test_a_headline_told_once_with_a_full_stop_stays_out():
    text = (
        "Aktualności\n\n"
        "Ruszamy z pomocą. Zapisy trwają\n\n"
        "Gminny Ośrodek Pomocy Społecznej w Lipnicy realizuje projekt „Wspólny start”." + _FACT
    )
    assert title(text) == "Wspólny start"


def test_a_sentences_tail_after_a_name_is_no_heading():
    text = (
        "Aktualności\n\n"
        "Gmina Lipnica złożyła wniosek o grant w ramach projektu Bezpieczny dom.\n\n"
        "Bezpieczna rodzina w Lipnicy, współfinansowanego ze środków Europejskiego Funduszu "
        "Społecznego.\n\n"
        "Projekt „Bezpieczny dom” realizuje Gminny Ośrodek Pomocy Społecznej." + _FACT
    )
    assert title(text) == "Bezpieczny dom"


def test_the_headings_whole_name_with_its_quoted_part_over_the_banners_short_form():
    text = (
        "Projekty › Sieć Klubów Sąsiedzkich „Razem na osiedlu”\n\n"
        "Sieć Klubów Sąsiedzkich „Razem na osiedlu”\n\n"
        "Od września działają kluby sąsiedzkie prowadzone przez nasze stowarzyszenie w ramach "
        "projektu Sieć Klubów Sąsiedzkich „Razem na osiedlu”." + _FACT + "\n\n"
        "Projekt „Sieć Klubów Sąsiedzkich” współfinansowany przez Unię Europejską w ramach "
        "Regionalnego Programu Operacyjnego.\n"
    )
    assert title(text) == "Sieć Klubów Sąsiedzkich „Razem na osiedlu”"


def test_a_short_quoted_title_without_a_longer_heading_stays_short():
    text = (
        "Aktualności\n\n"
        "Projekt „Sieć Klubów Sąsiedzkich” współfinansowany przez Unię Europejską w ramach "
        "Regionalnego Programu Operacyjnego." + _FACT + " Zapraszamy do klubu „Razem na osiedlu”.\n"
    )
    assert title(text) == "Sieć Klubów Sąsiedzkich"


def test_a_centre_named_as_its_project():
    text = (
        "Aktualności\n\n"
        "Rusza kolejne centrum usług w regionie\n\n"
        "Centrum Usług Środowiskowych w powiecie lipnickim to kolejny projekt partnerski, w którym "
        "jesteśmy partnerem." + _FACT
    )
    assert title(text) == "Centrum Usług Środowiskowych w powiecie lipnickim"


def test_a_centre_doing_something_is_no_title():
    text = (
        "Aktualności\n\n"
        "Centrum Usług Społecznych w Lipnicy to jednostka, która prowadzi wiele działań. "
        "Realizujemy projekt „Sąsiedzka pomoc”." + _FACT
    )
    assert title(text) == "Sąsiedzka pomoc"


def test_a_breadcrumbs_last_step_naming_support_is_the_title():
    # "Wsparcie …" opens many names; a section's heading "Wsparcie" stands alone
    text = (
        "Start » Projekty unijne » Wsparcie seniorów z gminy Lipnica\n\n"
        "Projekt realizuje Gminny Ośrodek Pomocy Społecznej w Lipnicy." + _FACT
    )
    assert title(text) == "Wsparcie seniorów z gminy Lipnica"


def test_a_section_heading_on_support_is_no_title():
    text = (
        "Start » Projekty unijne » Wsparcie dla uczestników projektu\n\n"
        "Gminny Ośrodek Pomocy Społecznej w Lipnicy realizuje projekt „Bliżej rodziny”." + _FACT
    )
    assert title(text) == "Bliżej rodziny"


def test_a_quoted_name_after_an_e_for_electronic():
    text = (
        "Gminny Ośrodek Pomocy Społecznej w Lipnicy realizuje projekt „eOpiekun w gminie”." + _FACT
    )
    assert title(text) == "eOpiekun w gminie"


def test_a_predecessor_named_first_ranks_below_the_pages_project():
    text = (
        "Aktualności\n\n"
        "Kontynuacją projektu „Dobry sąsiad” jest projekt „Sąsiedzi razem”, który Gminny Ośrodek "
        "Pomocy Społecznej w Lipnicy realizuje od stycznia." + _FACT
    )
    assert title(text) == "Sąsiedzi razem"


def test_a_project_run_earlier_ranks_below_the_one_run_now():
    text = (
        "Aktualności\n\n"
        "Ośrodek wcześniej prowadził projekt pn. „Dobry sąsiad”. Od 2021 r. Gminny Ośrodek Pomocy "
        "Społecznej w Lipnicy realizuje projekt „Sąsiedzi razem”." + _FACT
    )
    assert title(text) == "Sąsiedzi razem"


def test_a_project_that_goes_on_is_still_the_pages_own():
    # "kontynuuje projekt" speaks of the same project, still running: no predecessor
    text = (
        "Aktualności\n\n"
        "Gminny Ośrodek Pomocy Społecznej w Lipnicy kontynuuje projekt „Dobry sąsiad”." + _FACT
    )
    assert title(text) == "Dobry sąsiad"


# ---- the edges of what is taken: a number, a programme, a clause after the name


def test_a_labelled_quoted_title_without_the_clause_after_it():
    text = (
        "Tytuł projektu: „Most do samodzielności” realizowany przez Gminny Ośrodek Pomocy "
        "Społecznej w Lipnicy\n" + _FACT
    )
    assert title(text) == "Most do samodzielności"


def test_a_labelled_unquoted_title_without_the_clause_after_it():
    text = "Tytuł projektu: Most do samodzielności realizowany w ramach RPO WM 2014-2020\n" + _FACT
    assert title(text) == "Most do samodzielności"


def test_a_labelled_quoted_title_with_a_place_after_the_inner_quote_stays_whole():
    text = "Tytuł projektu: Klub „Przystań” w Lipnicy\n" + _FACT
    assert title(text) == "Klub „Przystań” w Lipnicy"


def test_a_headings_project_number_in_brackets_is_cut_off():
    text = (
        "Most do samodzielności w Lipnicy (RPMA.09.01.00-14-1234/18)\n\n"
        "Projekt realizuje Gminny Ośrodek Pomocy Społecznej." + _FACT
    )
    assert title(text) == "Most do samodzielności w Lipnicy"


def test_a_headings_programme_after_a_dash_is_cut_off():
    text = (
        "Most do samodzielności w Lipnicy – RPO WM 2014-2020\n\n"
        "Projekt realizuje Gminny Ośrodek Pomocy Społecznej." + _FACT
    )
    assert title(text) == "Most do samodzielności w Lipnicy"


def test_a_funded_line_without_the_word_projekt_before_the_participle():
    text = (
        "Most do samodzielności w Lipnicy – projekt współfinansowany ze środków Unii Europejskiej\n\n"
        "Projekt realizuje Gminny Ośrodek Pomocy Społecznej." + _FACT
    )
    assert title(text) == "Most do samodzielności w Lipnicy"


def test_an_unquoted_title_before_its_number_in_brackets():
    text = (
        "Gminny Ośrodek Pomocy Społecznej w Lipnicy realizuje projekt pn. Most do samodzielności "
        "(RPMA.09.01.00-14-1234/18)." + _FACT
    )
    assert title(text) == "Most do samodzielności"


def test_an_unquoted_title_before_its_dated_period():
    text = (
        "Gminny Ośrodek Pomocy Społecznej w Lipnicy realizuje projekt pt. Most do samodzielności "
        "w okresie od 01.03.2020 do 31.12.2021. Wartość projektu: 410 000,00 zł."
    )
    assert title(text) == "Most do samodzielności"


# ---- a record's own heading (an HTML page's <h1> over its field rows, as on Kohesio)

_RECORD_ROWS = (
    "<p>project info</p><dl><dt>Start date:</dt><dd>1 March 2020</dd><dt>End date:</dt>"
    "<dd>30 June 2022</dd><dt>Total budget:</dt><dd>210 000 €</dd></dl>"
    "<p>The project supports 35 people at risk of social exclusion in the commune.</p>"
)


def html_title(h1: str, rows: str = _RECORD_ROWS, page_title: str = "Projects in your region"):
    from integra.extract.record import extract_bytes

    html = (
        f"<html><head><title>{page_title}</title></head><body><main><h1>{h1}</h1>{rows}"
        "</main></body></html>"
    )
    return extract_bytes(html.encode(), "record.html")[0]["title"]


@pytest.mark.parametrize(
    "h1",
    [
        "Bright days ahead!",
        "Neighbours: a club for every age",
        "Who will care for the carers?",
        "Social inclusion in Lipnica 2020-2022",
        "Together we will manage",
        "Care at home. The second step",
    ],
)
def test_a_records_heading_keeps_its_marks_years_and_verbs(h1):
    assert html_title(h1) == h1


@pytest.mark.parametrize(
    "h1", ["Ruszył nabór do klubu seniora", "Gmina Lipnica podpisała umowę o dofinansowanie"]
)
def test_a_polish_headline_over_field_rows_is_still_no_title(h1):
    rows = (
        "<dl><dt>Wartość projektu:</dt><dd>210 000 zł</dd><dt>Okres realizacji:</dt>"
        "<dd>2020-2022</dd></dl><p>Projekt realizuje Gminny Ośrodek Pomocy Społecznej.</p>"
    )
    assert html_title(h1, rows) is None


def test_a_heading_with_marks_over_prose_is_no_records_heading():
    body = "<p>The centre invites seniors to its weekly meetings. Project value: 210 000 €.</p>"
    assert html_title("Bright days ahead!", body) is None


def test_the_pages_project_named_before_its_predecessors_cue_in_one_sentence():
    text = (
        "Aktualności\n\n"
        "Projekt „Sąsiedzi razem” jest kontynuacją poprzedniego projektu „Dobry sąsiad”." + _FACT
    )
    assert title(text) == "Sąsiedzi razem"


def test_a_predecessors_sentence_alone_gives_no_name():
    text = (
        "Projekt „Sąsiedzi razem” realizuje Gminny Ośrodek Pomocy Społecznej." + _FACT + "\n\n"
        "Poprzedni projekt „Dobry sąsiad” trwał dwa lata.\n"
    )
    assert title(text) == "Sąsiedzi razem"
