"""The project's title (`title`), on wordings written for these tests (not copied from any labelled
document): every place a page may name its project is a candidate (a heading, a quoted name with its
cue, an unquoted name after "pn." or "w projekcie"), each value is scored by all the evidence the
page gives for it, and the best one is taken. The families: a full title over its short form, name
cues ("nadaliśmy nazwę", "o nazwie"), quote glyphs (″, a leading ”, quotes lost to "?"), a cue on
the line before, the site's name in the masthead and footer, news headlines written as sentences,
programme names, two projects on one page, other grants on the same page."""

from __future__ import annotations

import pytest

from integra.extract import extract_text
from integra.extract.inflect import has_finite_verb

_FACT = " Wartość projektu: 310 000,00 zł. Projekt współfinansowany ze środków Europejskiego Funduszu Społecznego."


def title(text: str):
    return extract_text(text, "title.txt")[0]["title"]


def test_the_full_title_outranks_its_short_form_in_the_heading():
    text = (
        "Projekt „Most do pracy”\n\n"
        "Od marca Gminny Ośrodek Pomocy Społecznej w Lipnicy realizuje projekt „Most do pracy – "
        "aktywizacja społeczna i zawodowa mieszkańców gminy Lipnica”." + _FACT
    )
    assert title(text) == (
        "Most do pracy – aktywizacja społeczna i zawodowa mieszkańców gminy Lipnica"
    )


def test_a_headings_furniture_is_no_full_title():
    # the long heading is the site's wording ("– serwis projektu"), not a title the text writes
    text = (
        "MOST DO PRACY – serwis informacyjny\n\n"
        "Gminny Ośrodek Pomocy Społecznej w Lipnicy realizuje projekt „Most do pracy”." + _FACT
    )
    assert title(text) == "Most do pracy"


@pytest.mark.parametrize(
    "sentence",
    [
        "Przedsięwzięciu, któremu nadaliśmy nazwę „Krok ku samodzielności”, poświęcamy ten wpis.",
        "Ośrodek prowadzi program o nazwie „Krok ku samodzielności” od dwóch lat.",
        "Działanie noszące tytuł „Krok ku samodzielności” prowadzi ośrodek w Lipnicy.",
    ],
)
def test_name_cues_make_a_quoted_name_the_title(sentence):
    assert title(sentence + _FACT) == "Krok ku samodzielności"


@pytest.mark.parametrize(
    "sentence",
    [
        # a double prime closes the quote
        "Realizujemy projekt pod nazwą „Krok ku samodzielności″ w ramach RPO.",
        # a closing quote mark opens it
        "Publikacja wydana w ramach projektu pt.: ”Krok ku samodzielności” w gminie Lipnica.",
        # quotes an encoding lost: "?" on both sides, kept because "projekt" comes before
        "W tym roku ośrodek realizuje projekt ?Krok ku samodzielności?, w którym udział weźmie 12 osób.",
    ],
)
def test_quote_glyphs_of_real_pages(sentence):
    assert title(sentence + _FACT) == "Krok ku samodzielności"


def test_a_question_mark_pair_without_a_cue_is_no_title():
    text = "Czy warto? Zapytaliśmy ?Panią Dyrektor? o zdanie." + _FACT
    assert title(text) is None


def test_a_cue_ending_the_line_before_the_quoted_title():
    text = (
        "Gminny Ośrodek Pomocy Społecznej w Lipnicy realizował projekt systemowy, "
        "współfinansowany przez Unię Europejską, pod nazwą:\n"
        "„Aktywne mamy w Gminie Lipnica″.\n\n"
        "Celem projektu była aktywizacja kobiet." + _FACT
    )
    assert title(text) == "Aktywne mamy w Gminie Lipnica"


def test_the_sites_name_repeated_in_the_footer_is_no_title():
    text = (
        "Stowarzyszenie Pomocna Dłoń\n"
        "Start | Projekty | Kontakt\n\n"
        "RAZEM RAŹNIEJ\n\n"
        "Projekt Razem raźniej realizuje Gminny Ośrodek Pomocy Społecznej w Lipnicy."
        + _FACT
        + "\n\n"
        "Stowarzyszenie Pomocna Dłoń · Lipnica · Polityka prywatności"
    )
    assert title(text) == "Razem raźniej"


def test_a_news_headline_written_as_a_sentence_is_no_title():
    text = (
        "W Lipnicy ruszyła rekrutacja do nowego projektu\n\n"
        "Gminny Ośrodek Pomocy Społecznej w Lipnicy przyjmuje zgłoszenia." + _FACT
    )
    assert title(text) is None


def test_a_heading_in_the_imperative_stays_a_title():
    text = (
        "Postaw na rozwój\n\n"
        "Gminny Ośrodek Pomocy Społecznej w Lipnicy zaprasza do udziału w projekcie. "
        "Postaw na rozwój to szansa dla 20 osób." + _FACT
    )
    assert title(text) == "Postaw na rozwój"


@pytest.mark.parametrize(
    "phrase, finite",
    [
        ("W Lipnicy ruszyła rekrutacja", True),
        ("Gmina otrzyma dofinansowanie", True),
        ("W gminie Lipnica powstanie klub seniora", True),
        ("Postaw na rozwój", False),
        ("Most do pracy", False),
        ("Pora na zmiany", False),  # "Pora": a noun (its verb reading is archaic)
    ],
)
def test_finite_verbs_are_told_from_titles(phrase, finite):
    assert has_finite_verb(phrase) is finite


def test_a_programmes_name_is_no_title():
    text = (
        "Zarząd województwa podpisał umowy na projekty z programu „Fundusze Europejskie dla "
        "Lubelskiego 2021-2027” dla trzech gmin." + _FACT
    )
    assert title(text) is None


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Zapraszamy do udziału w projekcie Most do pracy realizowanym przez Gminny Ośrodek "
            "Pomocy Społecznej w Lipnicy.",
            "Most do pracy",
        ),
        (
            "Ośrodek bierze udział w projekcie Unii Europejskiej realizowanym w całym kraju.",
            None,
        ),
    ],
)
def test_an_unquoted_title_after_w_projekcie(sentence, expected):
    assert title(sentence + _FACT) == expected


def test_of_two_projects_with_the_same_evidence_the_first_is_the_pages():
    text = (
        "Umowy podpisane\n\n"
        "Bielsko – Biała: „Razem w drodze”\n"
        "Projekt pod nazwą „Razem w drodze” poprowadzi Miejski Ośrodek Pomocy Społecznej w "
        "Bielsku-Białej.\n\n"
        "Lipnica: „Nowy kierunek”\n"
        "Drugą umowę otrzymał Gminny Ośrodek Pomocy Społecznej w Lipnicy na projekt „Nowy kierunek”."
        + _FACT
    )
    assert title(text) == "Razem w drodze"


def test_a_project_outranks_another_grants_task_named_after_pn():
    text = (
        "Dotacje gminy w 2012 roku\n\n"
        "Gmina dostała dotację na zadanie pn. „Przebudowa chodnika przy ul. Polnej”.\n\n"
        "Gminny Ośrodek Pomocy Społecznej w Lipnicy zakończył realizację projektu "
        "„Aktywne mamy w Gminie Lipnica”." + _FACT
    )
    assert title(text) == "Aktywne mamy w Gminie Lipnica"


def test_a_line_of_wrapped_prose_is_no_heading():
    text = (
        "Aktualności\n\n"
        "Diagnoza potrzeb seniorów w zakresie usług opiekuńczych to pierwszy krok\n"
        "do utworzenia klubu seniora w gminie Lipnica. Gminny Ośrodek Pomocy Społecznej w "
        "Lipnicy zaprasza." + _FACT
    )
    assert title(text) is None


def test_a_breadcrumbs_last_step_under_a_list_of_projects():
    text = (
        "Start › Projekty unijne › Most do pracy\n\n"
        "Gminny Ośrodek Pomocy Społecznej w Lipnicy realizuje projekt skierowany do 30 osób."
        + _FACT
    )
    assert title(text) == "Most do pracy"


def test_a_breadcrumbs_section_of_one_project_is_no_title():
    text = (
        "Start › O projekcie › Uczestnicy\n\n"
        "Gminny Ośrodek Pomocy Społecznej w Lipnicy realizuje projekt skierowany do 30 osób."
        + _FACT
    )
    assert title(text) is None


def test_a_heading_broken_over_two_lines():
    text = (
        "Most do pracy –\naktywizacja mieszkańców Lipnicy\n\n"
        "Gminny Ośrodek Pomocy Społecznej w Lipnicy realizuje projekt skierowany do 30 osób."
        + _FACT
    )
    assert title(text) == "Most do pracy – aktywizacja mieszkańców Lipnicy"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a record's two-word name over its field rows (a grants map, Kohesio)
        (
            "Most do pracy\nBeneficjent: Gmina Lipnica\nWartość projektu: 240 000,00 zł\n"
            "Dofinansowanie UE: 204 000,00 zł",
            "Most do pracy",
        ),
        (
            "Bridge to work\nBeneficiary: GMINA LIPNICA\nTotal budget: PLN 240,000.00\n"
            "The project is co-financed by the European Social Fund.",
            "Bridge to work",
        ),
    ],
)
def test_a_records_short_name_over_its_fields(text, expected):
    assert title(text) == expected


def test_a_dash_lost_to_an_encoding_inside_a_title_in_question_marks():
    text = (
        "Gminny projekt ?Czas na zmiany ? aktywizacja mieszkańców gminy Lipnica? ma wartość "
        "300 000,00 zł." + _FACT
    )
    assert title(text) == "Czas na zmiany – aktywizacja mieszkańców gminy Lipnica"


def test_an_unquoted_title_after_projektu_runs_to_its_predicate():
    text = (
        "Trwa nabór do Projektu Krok do przodu – wsparcie seniorów w gminie Lipnica, "
        "prowadzonego w ramach Regionalnego Programu Operacyjnego." + _FACT
    )
    assert title(text) == "Krok do przodu – wsparcie seniorów w gminie Lipnica"


def test_a_body_after_projekt_is_no_title():
    text = "Projekt Fundacji Dobry Start realizowany jest w Lipnicy." + _FACT
    assert title(text) is None


def test_a_breadcrumb_step_under_projects_before_a_news_step():
    text = (
        "Projekty › Krok do przodu › Spotkanie informacyjne\n\n"
        "Gminny Ośrodek Pomocy Społecznej w Lipnicy zaprosił seniorów na spotkanie." + _FACT
    )
    assert title(text) == "Krok do przodu"


def test_a_heading_with_its_own_full_stop():
    text = (
        "Krok do przodu – wsparcie seniorów w gminie Lipnica.\n\n"
        "Gminny Ośrodek Pomocy Społecznej w Lipnicy zaprasza seniorów." + _FACT
    )
    assert title(text) == "Krok do przodu – wsparcie seniorów w gminie Lipnica"


@pytest.mark.parametrize(
    "heading",
    [
        "Spotkanie informacyjno-rekrutacyjne dla seniorów",
        "Rekrutacja uczestników trwa",
        "Opis projektu",
    ],
)
def test_news_events_and_record_sections_are_no_title(heading):
    text = heading + "\nBeneficjent: Gmina Lipnica\n" + _FACT
    assert title(text) is None


def test_a_heading_in_the_first_person_stays_a_title():
    text = (
        "Razem możemy więcej\n\n"
        "Gminny Ośrodek Pomocy Społecznej w Lipnicy zaprasza do udziału w projekcie." + _FACT
    )
    assert title(text) == "Razem możemy więcej"


def test_a_footer_line_about_the_project_does_not_make_the_heading_a_site_name():
    text = (
        "Krok do przodu\nStart | Rekrutacja | Kontakt\n\n"
        "Gminny Ośrodek Pomocy Społecznej w Lipnicy zaprasza seniorów." + _FACT + "\n\n"
        "Projekt Krok do przodu współfinansowany ze środków Unii Europejskiej"
    )
    assert title(text) == "Krok do przodu"


def test_a_quoted_title_wrapped_before_a_capitalised_word():
    text = (
        "Gminny Ośrodek Pomocy Społecznej w Lipnicy realizuje projekt „Aktywni w Gminie\n"
        "Lipnica”, skierowany do 20 osób." + _FACT
    )
    assert title(text) == "Aktywni w Gminie Lipnica"


def test_an_unquoted_title_after_pn_wrapped_onto_the_next_line():
    text = (
        "Gminny Ośrodek Pomocy Społecznej w Lipnicy realizuje projekt pn. Aktywni w Gminie\n"
        "Lipnica, skierowany do 20 osób." + _FACT
    )
    assert title(text) == "Aktywni w Gminie Lipnica"


def test_a_wrapped_line_of_the_first_paragraph_is_no_heading_for_its_full_stop():
    text = (
        "Gminny Ośrodek Pomocy Społecznej w Lipnicy zaprasza seniorów na zajęcia w klubie\n"
        "Lipnica, od poniedziałku do piątku.\n\nWięcej informacji w siedzibie ośrodka." + _FACT
    )
    assert title(text) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Projekt zatytułowany Nowe horyzonty aktywności realizuje Gminny Ośrodek Pomocy Społecznej w Lipnicy.",
        "Gminny Ośrodek Pomocy Społecznej w Lipnicy prowadzi projekt o nazwie Nowe horyzonty aktywności.",
        "Od stycznia działa projekt noszący nazwę Nowe horyzonty aktywności, skierowany do seniorów.",
        "The project entitled Nowe horyzonty aktywności is carried out by the Social Welfare Centre in Lipnica.",
        "The Social Welfare Centre in Lipnica runs a project called Nowe horyzonty aktywności, which supports seniors.",
    ],
)
def test_an_unquoted_title_after_any_name_cue(sentence):
    # the cues are the vocabulary's `titles.unquoted_cues`, Polish and English
    assert title(sentence + _FACT) == "Nowe horyzonty aktywności"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # an impersonal "-no" form is the clause's verb, not a word of the title
        (
            "W ramach projektu pod nazwą Dom Sąsiedzki w Lipnicy utworzono dwadzieścia miejsc.",
            "Dom Sąsiedzki w Lipnicy",
        ),
        # a third-person verb the cue list does not name ends it too
        ("Projekt pn. Krok ku pracy obejmuje 30 osób z gminy.", "Krok ku pracy"),
        # "jest" stays: a title may say what something is
        ("Ruszył projekt pn. Rodzina jest najważniejsza.", "Rodzina jest najważniejsza"),
    ],
)
def test_an_unquoted_title_ends_before_its_clauses_verb(sentence, expected):
    assert title(sentence + _FACT) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Gmina Lipnica otrzymała pieniądze na realizację projektu Nowe horyzonty aktywności.",
        "Zapraszamy na spotkanie uczestników projektu Nowe horyzonty aktywności.",
        # the clause's subject before its verb is no word of the title
        "Na rozpoczęcie projektu Nowe horyzonty aktywności seniorzy czekali dwa lata.",
    ],
)
def test_an_unquoted_title_after_projektu_following_a_noun_of_the_projects_course(sentence):
    # the nouns are the vocabulary's `titles.project_nouns`
    assert title(sentence + _FACT) == "Nowe horyzonty aktywności"


@pytest.mark.parametrize(
    "sentence",
    [
        # a thing made within the project, not its name
        "W ramach projektu Biuro Porad Obywatelskich działało przez osiem miesięcy.",
        # a genitive after "projektu" describes the project; a name stands in the nominative
        "Ruszyła realizacja projektu Dziennego Domu Seniora w Lipnicy.",
    ],
)
def test_no_unquoted_title_from_what_follows_w_ramach_or_a_genitive(sentence):
    assert title(sentence + _FACT) is None


@pytest.mark.parametrize(
    "cue",
    ["pn.", "pod nazwą", "o nazwie", "entitled"],
)
def test_a_name_cue_before_a_lower_case_word_names_no_title(cue):
    # no capital after the cue: a description, not a name
    assert (
        title(f"Ośrodek w Lipnicy prowadzi zajęcia {cue} aktywizacja seniorów w świetlicy." + _FACT)
        is None
    )


@pytest.mark.parametrize(
    "row",
    [
        "Projekt: Dom Sąsiedzki w Lipnicy",
        "Project | Dom Sąsiedzki w Lipnicy",
        "PROJEKT: „Dom Sąsiedzki w Lipnicy”",
    ],
)
def test_the_bare_word_projekt_as_a_rows_label(row):
    text = row + "\nRealizator: Gminny Ośrodek Pomocy Społecznej w Lipnicy\n" + _FACT
    assert title(text) == "Dom Sąsiedzki w Lipnicy"


@pytest.mark.parametrize(
    "row",
    [
        "Projekt: współfinansowany ze środków Unii Europejskiej",
        "Projekt: WND-RPLB.07.02.00-08-0011/17",
    ],
)
def test_a_projekt_row_without_a_name_gives_no_title(row):
    assert title(row + "\nRealizator: Gminny Ośrodek Pomocy Społecznej w Lipnicy\n" + _FACT) is None


@pytest.mark.parametrize(
    "value",
    [
        "| „Dom Sąsiedzki w Lipnicy” nr RPLB.07.02.00-08-0011/17",
        "Dom Sąsiedzki w Lipnicy (RPLB.07.02.00-08-0011/17)",
        "Dom Sąsiedzki w Lipnicy współfinansowany ze środków Europejskiego Funduszu Społecznego",
    ],
)
def test_a_labelled_title_without_its_number_or_funding_clause(value):
    text = "Tytuł projektu " + value + "\nBeneficjent: Gmina Lipnica\n" + _FACT
    assert title(text) == "Dom Sąsiedzki w Lipnicy"


@pytest.mark.parametrize(
    "line",
    [
        "Dom Sąsiedzki w Lipnicy współfinansowany ze środków Unii Europejskiej",
        "Projekt Dom Sąsiedzki w Lipnicy – dofinansowany w ramach Regionalnego Programu Operacyjnego",
    ],
)
def test_a_line_naming_the_project_and_its_eu_money(line):
    text = (
        "Aktualności\n\n"
        + line
        + "\n\nGminny Ośrodek Pomocy Społecznej w Lipnicy zaprasza seniorów."
        + _FACT
    )
    assert title(text) == "Dom Sąsiedzki w Lipnicy"


def test_a_line_about_eu_grants_in_general_names_no_project():
    text = (
        "Gminny Ośrodek Pomocy Społecznej w Lipnicy zaprasza seniorów."
        + _FACT
        + "\n\nWięcej o dofinansowaniach z UE: www.mapadotacji.gov.pl\n"
        + "Start › Projekty współfinansowane ze środków UE\n"
    )
    assert title(text) is None


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The Step by Step project is co-financed by the European Social Fund.", "Step by Step"),
        ("Visit the Senior Club of Lipnica project website.", "Senior Club of Lipnica"),
        (
            "Let's meet halfway (Spotkajmy się w pół drogi) project website",
            "Let's meet halfway (Spotkajmy się w pół drogi)",
        ),
    ],
)
def test_an_english_name_before_project(sentence, expected):
    fact = " The project is worth PLN 310,000.00 and runs from 1 January 2019 to 31 December 2020."
    assert title(sentence + fact) == expected


def test_an_english_headline_with_an_auxiliary_is_no_title_but_a_titles_own_verb_stays():
    fact = (
        "\n\nThe project is worth PLN 310,000.00 and runs from 1 January 2019 to 31 December 2020."
    )
    assert title("Senior club in Lipnica is opened" + fact) is None
    assert title("Welfare project provides safety for seniors" + fact) is None
    assert (
        title("Lipnica helps its seniors\n\nLipnica helps its seniors: the town" + fact)
        == "Lipnica helps its seniors"
    )


def _html_title(head_title: str, body: str):
    from integra.extract import extract_bytes

    html = f"<html><head><title>{head_title}</title></head><body><main>{body}</main></body></html>"
    return extract_bytes(html.encode("utf-8"), "page.html")[0]["title"]


def test_page_title_reads_the_head_only():
    from integra.extract.reading import page_title

    assert (
        page_title("<html><head><title>Dom  Sąsiedzki &ndash; GOPS</title></head></html>")
        == "Dom Sąsiedzki – GOPS"
    )
    assert page_title("<p>no head</p>") == ""


_HTML_FACT = (
    "<p>Gminny Ośrodek Pomocy Społecznej w Lipnicy realizuje projekt od 1 stycznia 2019 r. do "
    "31 grudnia 2020 r. Wartość projektu: 310 000,00 zł.</p>"
)


def test_a_heading_the_page_title_repeats_outranks_a_repeated_quoted_name():
    # without the <title>, the quoted name the page repeats (1.2) would beat a heading seen once
    body = (
        "<h1>Dom Sąsiedzki w Lipnicy</h1>"
        + _HTML_FACT
        + "<p>Na festynie „Lato w Lipnicy” zagrał zespół. Plakat „Lato w Lipnicy” wisi w ośrodku.</p>"
    )
    assert _html_title("Dom Sąsiedzki w Lipnicy – GOPS Lipnica", body) == "Dom Sąsiedzki w Lipnicy"
    assert _html_title("Aktualności – GOPS Lipnica", body) == "Lato w Lipnicy"


def test_a_lower_case_heading_the_page_title_repeats_is_a_title():
    body = "<h1>the Senior Club of Lipnica</h1>" + _HTML_FACT
    assert (
        _html_title("the Senior Club of Lipnica | EU projects", body)
        == "the Senior Club of Lipnica"
    )


def test_the_page_titles_long_form_is_no_full_title_of_a_quoted_short_one():
    # "X – subtitle" in the <title> and the heading is the site's wording; the text quotes "X"
    body = (
        "<h1>Dom Sąsiedzki – miejsce dla seniorów</h1>"
        "<p>Gmina Lipnica otrzymała dofinansowanie na projekt „Dom Sąsiedzki”.</p>" + _HTML_FACT
    )
    assert (
        _html_title("Dom Sąsiedzki – miejsce dla seniorów – Gmina Lipnica", body) == "Dom Sąsiedzki"
    )


def test_the_sites_name_in_the_page_title_is_no_candidate():
    body = "<p>Ośrodek Pomocy Społecznej w Lipnicy zaprasza seniorów.</p>" + _HTML_FACT
    assert _html_title("Ośrodek Pomocy Społecznej w Lipnicy – Aktualności", body) is None


def test_a_slogan_after_pod_haslem_is_below_a_repeated_heading_but_a_projects_name_cue_is_not():
    page = (
        "Dom Sąsiedzki w Lipnicy\n\n"
        "W sobotę odbył się festyn {cue} Lato w mieście. Dom Sąsiedzki w Lipnicy zaprasza." + _FACT
    )
    assert title(page.format(cue="pod hasłem")) == "Dom Sąsiedzki w Lipnicy"
    assert title(page.format(cue="w ramach projektu pod hasłem")) == "Lato w mieście"


def test_a_funded_line_without_projekt_is_below_a_repeated_heading():
    page = (
        "Dom Sąsiedzki w Lipnicy\n\nDom Sąsiedzki w Lipnicy zaprasza seniorów."
        + _FACT
        + "\n\n{line} współfinansowany ze środków Unii Europejskiej\n"
    )
    assert title(page.format(line="Zakup busa dla ośrodka")) == "Dom Sąsiedzki w Lipnicy"
    assert title(page.format(line="Projekt Aktywni razem w Lipnicy")) == "Aktywni razem w Lipnicy"


@pytest.mark.parametrize(
    "sentence",
    [
        # the project's facts after its name
        "Gmina Lipnica realizuje projekt Nowe horyzonty aktywności o wartości 1,2 mln zł.",
        "Ośrodek realizował projekt Nowe horyzonty aktywności w okresie od stycznia do grudnia.",
        # the body that runs it, in the genitive
        "Zakończyła się realizacja projektu Nowe horyzonty aktywności Gminnego Ośrodka Pomocy Społecznej w Lipnicy.",
        # a passive participle standing for "został podpisany"
        "Umowa na realizację projektu Nowe horyzonty aktywności podpisana.",
        # a note in brackets
        "Zakończenie projektu Nowe horyzonty aktywności (zrealizowany w latach 2019–2020).",
        # the kind of project between the word and its name
        "Ośrodek prowadził projekt systemowy Nowe horyzonty aktywności, który był współfinansowany z EFS.",
        # a name cue other than "pod nazwą"
        "Projektowi nadaliśmy nazwę Nowe horyzonty aktywności.",
    ],
)
def test_an_unquoted_titles_end_in_its_sentence(sentence):
    assert title(sentence + _FACT) == "Nowe horyzonty aktywności"


def test_brackets_inside_a_word_stay_in_an_unquoted_title():
    text = "Gmina Lipnica realizuje projekt pn. Aktywni – (pełno)sprawni w Lipnicy." + _FACT
    assert title(text) == "Aktywni – (pełno)sprawni w Lipnicy"


@pytest.mark.parametrize(
    "sentence",
    [
        "Pełny tytuł projektu to Nowe horyzonty aktywności w Lipnicy.",
        # a participle describing a noun of the title stays ("zagrożonych")
        "Gmina realizuje projekt pn. Nowe horyzonty aktywności w Lipnicy.",
    ],
)
def test_the_full_title_after_tytul_projektu_to(sentence):
    assert title(sentence + _FACT) == "Nowe horyzonty aktywności w Lipnicy"


def test_a_participle_inside_an_unquoted_title_stays_and_a_future_auxiliary_ends_it():
    text = (
        "O projekcie Wsparcie osób zagrożonych wykluczeniem w Lipnicy będziemy informować." + _FACT
    )
    assert title(text) == "Wsparcie osób zagrożonych wykluczeniem w Lipnicy"


def test_a_welfare_centres_abbreviation_after_projekt_systemowy_is_no_title():
    assert title("Realizacja projektu systemowego MOPR Lipnica trwa od 2008 r." + _FACT) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Od marca ośrodek zaczął realizować projekt Nowe horyzonty aktywności.",
        "Tegoroczne wyróżnienie marszałka dotyczy projektu Nowe horyzonty aktywności.",
        # a name in another case before its predicate ("Projekt Drugiemu Człowiekowi realizuje …")
        "Projekt Nowe horyzonty aktywności realizuje Gminny Ośrodek Pomocy Społecznej w Lipnicy.",
    ],
)
def test_an_unquoted_title_after_projekt_mid_sentence_runs_to_the_sentences_end(sentence):
    assert title(sentence + _FACT) == "Nowe horyzonty aktywności"


def test_a_dative_title_before_its_predicate():
    text = (
        "Projekt Drugiemu Człowiekowi realizuje Gminny Ośrodek Pomocy Społecznej w Lipnicy." + _FACT
    )
    assert title(text) == "Drugiemu Człowiekowi"


# --------------------------------------------------------------------------- ninth session:
# names written without quotes in layouts of their own (sentence-opening names with a cue after
# them, a name on its own line, a heading's furniture) and where such a name ends


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Krok ku samodzielności – taką nazwę nosi projekt, który od marca prowadzi Gminny "
            "Ośrodek Pomocy Społecznej w Lipnicy.",
            "Krok ku samodzielności",
        ),
        (
            "Razem łatwiej jest jednym z dwóch projektów, które ośrodek w Lipnicy złożył w konkursie.",
            "Razem łatwiej",
        ),
        (
            "Dobry start – pod takim hasłem ośrodek w Lipnicy prowadzi zajęcia dla bezrobotnych.",
            "Dobry start",
        ),
        # a name of some undertaking: read when it reads as a proper name (four words here)
        (
            "Bezpieczna przystań dla rodzin to jedno z zadań gminnego programu rewitalizacji.",
            "Bezpieczna przystań dla rodzin",
        ),
    ],
)
def test_an_unquoted_name_opening_its_sentence_before_a_cue(sentence, expected):
    assert title("Aktualności\n\n" + sentence + _FACT) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Do kogo skierowany jest projekt?",  # a question names nothing
        "Wśród nich jest projekt, który prowadzi gmina.",  # "jest projekt": the subject follows
        "Nasz ośrodek jest jednym z partnerów projektu, który prowadzi gmina.",  # a pronoun
        "Wsparcie rodzin to jedno z zadań ośrodka w Lipnicy.",  # any task, not a proper name
        "Życzę sukcesów w pracy, zwłaszcza że centrum to przedsięwzięcie dla wszystkich.",
    ],
)
def test_sentences_with_a_cue_after_that_name_nothing(sentence):
    assert title("Aktualności\n\n" + sentence + _FACT) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Informacja końcowa z realizacji projektu\nNowe horyzonty w gminie Lipnica\n"
            "w latach 2009 – 2014\n\nProjekt realizował ośrodek w Lipnicy.",
            "Nowe horyzonty w gminie Lipnica",
        ),
        (
            "Gmina Lipnica współpracuje z ośrodkiem przy projekcie\n\n"
            "Dom pełen ciepła – wsparcie dla rodzin w gminie Lipnica\n\n"
            "który jest współfinansowany ze środków Unii.",
            "Dom pełen ciepła – wsparcie dla rodzin w gminie Lipnica",
        ),
        (
            "REGULAMIN UCZESTNICTWA W PROJEKCIE pt.:\nRAZEM DO CELU NA LATA 2021-2022\n\n"
            "§ 1. Regulamin określa zasady udziału w projekcie.",
            "RAZEM DO CELU",
        ),
    ],
)
def test_a_name_on_its_own_line_after_a_line_ending_in_projekt(text, expected):
    assert title(text + _FACT) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Koordynator projektu\nJan Kowalski\n\nOśrodek w Lipnicy prowadzi zajęcia.",  # a person
        "O projekcie\nAktywizacja osób bezrobotnych z terenu gminy.\n",  # a section's prose
    ],
)
def test_lines_after_a_project_word_that_are_no_name(text):
    assert title(text + _FACT) is None


@pytest.mark.parametrize(
    "heading, expected",
    [
        ("Kutno: Nowy start dla rodzin", "Nowy start dla rodzin"),  # a town the gazetteer knows
        ("Projekt systemowy – Szansa na zmianę", "Szansa na zmianę"),
        ("O PROGRAMIE Szansa na zmianę", "Szansa na zmianę"),
        ("Projekt Szansa na zmianę zakończony", "Szansa na zmianę"),
        ("SZANSA NA ZMIANĘ – serwis projektu", "Szansa na zmianę"),
    ],
)
def test_a_headings_furniture_around_an_unquoted_name(heading, expected):
    text = (
        "Start | Aktualności | Kontakt\n\n"
        + heading
        # (the name again, without a cue: the heading is the only evidence that it is the title)
        + "\n\nOśrodek Pomocy Społecznej w Kutnie zaprasza mieszkańców na zajęcia. Udział w "
        + "zajęciach "
        + expected
        + " jest bezpłatny."
        + _FACT
    )
    assert title(text) == expected


def test_an_english_section_heading_is_no_title():
    text = (
        "About the project\n\nThe project Active Seniors of Kutno (Aktywni Seniorzy Kutna) is "
        "carried out by the Municipal Social Welfare Centre in Kutno." + _FACT
    )
    assert title(text) != "About the project"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the clause about it, its funding source, its period end an unquoted title
        (
            "Złożono wniosek o dofinansowanie projektu pn. Dobry start w Lipnicy, którego "
            "wartość wynosi 300 tys. zł.",
            "Dobry start w Lipnicy",
        ),
        (
            "Gmina pozyskała środki dla projektu Dobry start w Lipnicy z Regionalnego Programu "
            "Operacyjnego Województwa Pomorskiego.",
            "Dobry start w Lipnicy",
        ),
        # mid-sentence after a date, a capitalised "Projekt Systemowy", a comma clause
        (
            "Ośrodek prowadzi w okresie 01.02.2019 – 30.06.2020 projekt Razem łatwiej w Lipnicy.",
            "Razem łatwiej w Lipnicy",
        ),
        (
            "Konferencję podsumowującą Projekt Systemowy Razem łatwiej w Lipnicy zorganizowano "
            "3 grudnia 2012 r. w sali ośrodka.",
            "Razem łatwiej w Lipnicy",
        ),
        (
            "Piknik jest częścią projektu NOWE HORYZONTY, który ośrodek w Lipnicy prowadzi od 2019 r.",
            "NOWE HORYZONTY",
        ),
        # a facility's quoted name inside an unquoted title
        (
            "Umowę o dofinansowanie projektu pn. Utworzenie klubu „Pod Lipą” w Lipnicy podpisano "
            "3 marca 2021 r.",
            "Utworzenie klubu „Pod Lipą” w Lipnicy",
        ),
    ],
)
def test_where_an_unquoted_title_ends(sentence, expected):
    assert title("Aktualności\n\n" + sentence + _FACT) == expected


def test_a_thing_made_in_a_project_is_no_title():
    # "w ramach projektu X": X is often a thing made in it, not the project's name
    text = "Aktualności\n\nBudynek powstał w ramach projektu Przebudowa świetlicy w Lipnicy, otwarto go w maju."
    assert title(text + _FACT) is None


def test_a_name_in_capitals_after_a_project_word():
    text = (
        "Aktualności\n\nKonferencja podsumowała piątą edycję projektu systemowego Gminnego Ośrodka "
        "Pomocy Społecznej w Lipnicy RAZEM RAŹNIEJ.\n\nByła to ostatnia edycja."
    )
    assert title(text + _FACT) == "RAZEM RAŹNIEJ"


@pytest.mark.parametrize(
    "sentence",
    [
        # a funder in another case, abbreviations: capitals that name no project
        "Projekt współfinansowany przez UNIĘ EUROPEJSKĄ w ramach EUROPEJSKIEGO FUNDUSZU SPOŁECZNEGO.",
        "W ramach projektu MOPS PO KL organizuje szkolenia.",
    ],
)
def test_capitals_that_name_no_project(sentence):
    assert title("Aktualności\n\n" + sentence + _FACT) is None


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # an exclamation mark inside the title, the name going on after it
        (
            "Ośrodek realizuje projekt pn. Działaj lokalnie! – aktywizacja mieszkańców Lipnicy.",
            "Działaj lokalnie! – aktywizacja mieszkańców Lipnicy",
        ),
        # the project's number after the name, no full stop after the name
        (
            "Ośrodek realizuje projekt pn. Razem w Lipnicy, nr projektu RPPM.06.01.00-22-0001/17, od marca.",
            "Razem w Lipnicy",
        ),
    ],
)
def test_an_unquoted_title_after_pn_goes_on_past_an_exclamation_and_stops_at_its_number(
    sentence, expected
):
    assert title("Aktualności\n\n" + sentence + _FACT) == expected
