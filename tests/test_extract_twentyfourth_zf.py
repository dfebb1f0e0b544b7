"""Rules of the twenty-fourth session, from the misses of the fresh dev part rc_zf. Every wording is
written for these tests, not copied from a page; each rule has near-misses it must not take."""

from __future__ import annotations

import pytest

from integra.extract import extract_text


def rec(text: str) -> dict:
    return extract_text(text, "twentyfourth_zf.txt")[0]


_FACTS = (
    "\n\nProjekt jest współfinansowany z EFS w ramach Regionalnego Programu Operacyjnego "
    "Województwa Dolnośląskiego 2014-2020.\nOkres realizacji: 01.02.2020 – 31.12.2021\n"
)


# -- a realizator "on behalf of" the beneficiary on a labelled line -------------------------------


@pytest.mark.parametrize(
    "label, body",
    [
        (
            "Realizator projektu z ramienia Gminy Legnica:",
            "Miejski Ośrodek Pomocy Społecznej w Legnicy",
        ),
        ("Realizator w imieniu Powiatu Kłodzkiego:", "Powiatowe Centrum Pomocy Rodzinie w Kłodzku"),
        ("Lider projektu z ramienia Miasta Wałbrzycha:", "Centrum Usług Społecznych w Wałbrzychu"),
        ("Realizator zadania z ramienia Gminy Oława:", "Ośrodek Pomocy Społecznej w Oławie"),
    ],
)
def test_realizator_on_behalf_of_a_body_is_a_label(label: str, body: str) -> None:
    r = rec(f"Projekt pn. „Bliżej domu” jest realizowany w ramach RPO.{_FACTS}\n{label}\n{body}\n")
    assert r["implementer"] == body


@pytest.mark.parametrize(
    "text",
    [
        # a sentence, not a label: no colon closes it
        "Realizator projektu z ramienia gminy dba o rekrutację uczestników.",
        # "z ramienia" after another noun is no implementer's label
        "Koordynator szkoleń z ramienia uczelni:\nJan Kowalski",
    ],
)
def test_on_behalf_of_without_a_realizator_label_gives_no_implementer(text: str) -> None:
    r = rec(f"Projekt pn. „Bliżej domu” jest realizowany w ramach RPO.{_FACTS}\n{text}\n")
    assert r["implementer"] is None


# -- a name opening with a possessive on its own line under "Projekt pn." ------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Mój drugi dom – zapewnienie opieki dziennej dla seniorów z gminy Ruja",
        "Moja rodzina, moja siła",
        "Nasza przystań – mieszkania wspomagane w Jaworze",
        "Twój nowy start",
        "Wasze miejsce w Bolkowie",
    ],
)
def test_possessive_name_under_a_cue_line_is_the_title(name: str) -> None:
    r = rec(f"Projekt pn.\n\n{name}{_FACTS}Realizator: Gminny Ośrodek Pomocy Społecznej w Rui\n")
    assert r["title"] == name


@pytest.mark.parametrize(
    "line",
    [
        "Nasz projekt obejmie 30 osób z terenu gminy",  # a sentence about the project
        "Naszym celem jest pomoc seniorom",  # no name: a sentence ("Naszym celem jest …")
        "Celem projektu było wsparcie seniorów",
    ],
)
def test_sentences_under_a_cue_line_are_no_title(line: str) -> None:
    r = rec(f"Projekt pn.\n\n{line}{_FACTS}Realizator: Gminny Ośrodek Pomocy Społecznej w Rui\n")
    assert r["title"] != line


# -- a numbered task of the project names the task, not the project ------------------------------

_TITLED = (
    "Powiat Lwówecki realizuje Projekt pn. „Własny kąt”, współfinansowany z EFS w ramach RPO WD "
    "2014-2020.\nOkres realizacji projektu: 01.09.2019 r. – 31.12.2022 r.\n"
)


@pytest.mark.parametrize(
    "task",
    [
        "PCPR odpowiada za zadanie nr 2 projektu: „Wsparcie matek z małoletnimi dziećmi”.",
        "Stowarzyszenie prowadzi zadanie numer 3 w projekcie pn. „Klub Rodzica”.",
        "W ramach zadania nr 1 projektu „Warsztaty dla seniorów” odbędą się zajęcia.",
        "Gmina realizuje zadanie nr. 4 projektu pt. „Mieszkanie na start”.",
    ],
)
def test_a_numbered_task_of_the_project_is_not_its_title(task: str) -> None:
    assert rec(_TITLED + task + "\n")["title"] == "Własny kąt"


@pytest.mark.parametrize(
    "text, title",
    [
        # a task named alone (an LGD grant's task is the page's project)
        (
            "Gmina realizuje zadanie pn. „Klub Seniora w Rui” współfinansowane z EFS w ramach "
            "RPO WD 2014-2020.\nOkres realizacji: 01.09.2019 r. – 31.12.2022 r.\n",
            "Klub Seniora w Rui",
        ),
        # a project's number, not a task's, before its name
        (
            "Ośrodek realizuje projekt nr 12 pn. „Razem łatwiej” w ramach RPO WD 2014-2020.\n"
            "Okres realizacji: 01.09.2019 r. – 31.12.2022 r.\n",
            "Razem łatwiej",
        ),
    ],
)
def test_names_without_a_numbered_task_stay_titles(text: str, title: str) -> None:
    assert rec(text)["title"] == title


# -- a file to download or a project's paper is no form of support -------------------------------


def rec_html(items: list[str]) -> dict:
    from integra.extract.record import extract_bytes

    lis = "\n".join(f"<li><a href='#'>{i}</a></li>" for i in items)
    html = (
        "<html><head><meta charset='utf-8'><title>Mieszkanie treningowe – PCPR w Lubaniu</title>"
        "</head><body><main>\n<h1>MIESZKANIE TRENINGOWE</h1>\n<p>Mieszkanie treningowe utworzono w "
        "ramach projektu pn. „KROK DO PRZODU” realizowanego w ramach Regionalnego Programu "
        "Operacyjnego Województwa Dolnośląskiego 2014-2020, Oś priorytetowa 9, Działanie 9.2.</p>\n"
        "<p>W mieszkaniu mogą jednocześnie przebywać 4 osoby. Młodzi ludzie uczą się tu samodzielnie "
        "prowadzić dom; wspiera ich opiekun, a mieszkańcy korzystają z usług, które wzmacniają ich "
        f"aktywność.</p>\n<ul>\n{lis}\n</ul>\n<p>Zapraszamy do Powiatowego Centrum Pomocy Rodzinie "
        "w Lubaniu.</p>\n</main></body></html>"
    )
    return extract_bytes(html.encode(), "flat.html")[0]


@pytest.mark.parametrize(
    "items",
    [
        ["Karta zgłoszenia na warsztaty kulinarne (PDF)", "Harmonogram treningu budżetowego (DOC)"],
        ["Zgłoszenie na zajęcia z psychologiem (314 KB)", "Regulamin klubu seniora (PDF)"],
        ["Karta zgłoszenia na trening umiejętności społecznych (DOCX)"],
        ["Harmonogram warsztatów kulinarnych.pdf", "Karta zgłoszenia na trening kulinarny (pdf)"],
        [
            "Formularz zgłoszenia na warsztaty kulinarne",
            "Wzór umowy o pobyt w mieszkaniu treningowym",
        ],
    ],
)
def test_file_links_and_papers_are_no_instruments(items: list[str]) -> None:
    assert [i.lower() for i in rec_html(items)["instruments"]] == ["mieszkanie treningowe"]


@pytest.mark.parametrize(
    "item",
    [
        "warsztaty kulinarne (4 spotkania)",  # a note in brackets, no file
        "trening budżetowy (ECDL)",
        "zajęcia z psychologiem (indywidualne)",
    ],
)
def test_items_with_other_brackets_are_not_files(item: str) -> None:
    from integra.extract.instruments import _file_link

    assert not _file_link().search(item)
