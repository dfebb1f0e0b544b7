"""Rules written in the twenty-first session from the misses of the fresh part rc_za, each tested on
wordings written for this test (not copied from any labelled page):

- PO WER written with its three words in another order ("Programu Operacyjnego Wiedza Rozwój
  Edukacja", a slip pages make) still names the 2014-2020 programme; other names stay without a
  period;
- the project's money named with its fund between ("dzięki wsparciu funduszy unijnych", "wsparciu
  środków europejskich", "dotacji z budżetu państwa") is no form of support, as "wsparcie unijne"
  already was; support named with "wsparcie" stays ("wsparcie psychologiczne", "wsparcie asystenta");
- a national society named by its abbreviation with a branch or a seat ("PSONI w X", "PCK Oddział
  Rejonowy w Y", "TPD Oddział Powiatowy w Z") after a run verb runs the project, like the society
  named in full; as a partner or as the one running the classes it does not;
- a photo's credit "fot." / "zdj." ends no sentence: a caption "[fot. Jan Kowalski] Otwarcie
  świetlicy „Promyk” w Lipnie" stays one line with its credit and is no title, while the page's
  own title beside captions is still read;
- a topic in a prepositional phrase ending a series of adjectives that share one head
  ("szkoleniach komputerowych, językowych oraz z zakresu obsługi kasy fiskalnej") is another form of
  that head ("szkolenia z zakresu obsługi kasy fiskalnej"); after an item whose head has a
  complement ("pomocy psychologa oraz z zakresu …") it is not attached;
- a name after a body's kind and a name cue ("przekształcono w instytucję o nazwie X", "powstała
  spółdzielnia socjalna pod nazwą Y", "jednostkę o nazwie „Z”") is the body's name, not the project's
  title; "projekt o nazwie X" and "projekt pod nazwą „X”" beside it still are;
- the project's working meetings ("spotkania robocze z przedstawicielami rad sołeckich") are its
  own running, no form of support, and do not open an enumeration with what stands beside them;
  meetings offered to participants ("spotkania z psychologiem", "spotkania integracyjne") stay;
- a local action group ("zgłoszonych przez lokalne grupy działania", "przez Lokalną Grupę
  Działania", "przez LGD") is a body, not a form of support read after "przez".
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


FUNDING_HEAD = "Projekt realizuje MOPS w Kole. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Klub otwarto dzięki wsparciu funduszy unijnych.",
        "Świetlica działa dzięki wsparciu środków europejskich i wsparciu budżetu państwa.",
        "Remont sfinansowano ze wsparcia ze środków Unii Europejskiej.",
        "Zajęcia są bezpłatne dzięki dotacji z funduszy UE.",
    ],
)
def test_the_projects_money_with_its_fund_is_no_instrument(sentence: str) -> None:
    text = (
        FUNDING_HEAD
        + sentence
        + " Uczestnicy skorzystają z warsztatów plastycznych i zajęć ruchowych."
    )
    items = [i.lower() for i in extract_text(text)[0]["instruments"]]
    assert "warsztaty plastyczne" in items and "zajęcia ruchowe" in items
    assert not any(
        "fundusz" in i or "środk" in i or "budżet" in i or "unii" in i or i.endswith(" ue")
        for i in items
    ), items


def test_support_named_wsparcie_stays() -> None:
    text = (
        FUNDING_HEAD + "Uczestnicy otrzymają wsparcie psychologiczne, wsparcie asystenta rodziny "
        "oraz szkolenia zawodowe. Projekt powstał dzięki wsparciu funduszy unijnych."
    )
    items = extract_text(text)[0]["instruments"]
    assert items == ["wsparcie psychologiczne", "wsparcie asystenta rodziny", "szkolenia zawodowe"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Na osiedlu rusza projekt „Nasz dom”. Projekt prowadzi PSONI w Lipnie.", "PSONI w Lipnie"),
        (
            "Projekt „Razem bezpieczniej” realizowany jest przez PCK Oddział Rejonowy w Wąbrzeźnie.",
            "PCK Oddział Rejonowy w Wąbrzeźnie",
        ),
        (
            "Projekt „Dobry start” zrealizuje TPD Oddział Powiatowy w Kolnie.",
            "TPD Oddział Powiatowy w Kolnie",
        ),
        ("Projekt „Ciepły kąt” realizuje PKPS w Sokółce.", "PKPS w Sokółce"),
    ],
)
def test_a_society_by_its_abbreviation_runs_the_project(text: str, body: str) -> None:
    rec = extract_text(text + " Dofinansowanie wynosi 200 000 zł.")[0]
    assert rec["implementer"] == body


@pytest.mark.parametrize(
    "text",
    [
        "Projekt „Razem” realizuje MOPS w Kole we współpracy z PSONI Koło w Kole.",
        "Projekt „Razem” realizuje MOPS w Kole. Zajęcia prowadzi PCK Oddział w Kole.",
    ],
)
def test_a_society_as_partner_or_class_runner_does_not(text: str) -> None:
    rec = extract_text(text + " Dofinansowanie wynosi 200 000 zł.")[0]
    assert rec["implementer"] == "MOPS w Kole"


def _caption_page(caption: str, body: str) -> str:
    return (
        "Radio Lipno » Wiadomości\n2021-07-30, 17:50 Autor: Jan Kowalski\n"
        "Mieszkańcy mają nowe miejsce spotkań\n" + caption + "\n" + caption + "\n" + body
    )


@pytest.mark.parametrize(
    "caption",
    [
        "[fot. Jan Kowalski] Otwarcie świetlicy „Promyk” w Lipnie",
        "[zdj. Jan Kowalski] Otwarcie świetlicy „Promyk” w Lipnie",
        "[Fot. Jan Kowalski] Dzieci w świetlicy „Promyk” w Lipnie",
        "(fot. UM Lipno) Otwarcie świetlicy „Promyk” w Lipnie",
    ],
)
def test_a_photo_caption_is_no_title(caption: str) -> None:
    body = "W Lipnie otwarto świetlicę. Przyjęto 15 dzieci. Świetlicę otwarto dzięki funduszom unijnym."
    rec = extract_text(_caption_page(caption, body))[0]
    assert rec["title"] is None
    assert rec["city"] == "Lipno"


def test_the_pages_own_title_beside_captions_stays() -> None:
    body = (
        "MOPS w Lipnie realizuje projekt „Razem raźniej”, współfinansowany ze środków EFS. "
        "Dofinansowanie wynosi 100 000 zł."
    )
    rec = extract_text(_caption_page("[fot. Jan Kowalski] Otwarcie świetlicy w Lipnie", body))[0]
    assert rec["title"] == "Razem raźniej"
    assert rec["implementer"] == "MOPS w Lipnie"


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        (
            "Uczestnicy wezmą udział w szkoleniach komputerowych, językowych oraz z zakresu obsługi "
            "kasy fiskalnej.",
            "szkolenia z zakresu obsługi kasy fiskalnej",
        ),
        (
            "W projekcie zaplanowano warsztaty kulinarne, plastyczne i z zakresu pierwszej pomocy.",
            "warsztaty z zakresu pierwszej pomocy",
        ),
        (
            "Uczestnicy skorzystają z poradnictwa prawnego, psychologicznego oraz z zakresu "
            "psychologii dziecięcej.",
            "poradnictwo z zakresu psychologii dziecięcej",
        ),
        (
            "Uczestnicy skorzystają z kursów językowych i w zakresie obsługi komputera.",
            "kursy w zakresie obsługi komputera",
        ),
    ],
)
def test_a_topic_ending_an_adjective_series_takes_its_head(sentence: str, item: str) -> None:
    items = extract_text(FUNDING_HEAD + sentence)[0]["instruments"]
    assert item in items, items


def test_a_topic_after_a_head_with_a_complement_is_not_attached() -> None:
    text = (
        FUNDING_HEAD + "Uczestnicy skorzystają z poradnictwa prawnego, pomocy psychologa oraz z "
        "zakresu psychologii dziecięcej."
    )
    items = extract_text(text)[0]["instruments"]
    assert items == ["poradnictwo prawne", "pomoc psychologa"]


def test_a_shared_complement_is_read_as_before() -> None:
    text = (
        FUNDING_HEAD + "Uczestnicy skorzystają z warsztatów z zakresu komunikacji i asertywności."
    )
    items = extract_text(text)[0]["instruments"]
    assert items == ["warsztaty z zakresu komunikacji", "warsztaty z zakresu asertywności"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ośrodek przekształcono w instytucję o nazwie Centrum Usług Społecznych w Kolnie (CUS).",
        "W 2020 roku powstała spółdzielnia socjalna pod nazwą Dobre Ręce w Kolnie.",
        "Gmina Kolno utworzyła jednostkę o nazwie „Centrum Wsparcia Rodzin”.",
        "Zadania przejmie placówka o nazwie Dom Dziennego Pobytu Pogodna Jesień.",
    ],
)
def test_a_bodys_name_after_a_name_cue_is_no_title(sentence: str) -> None:
    text = sentence + " Gmina Kolno otrzymała dofinansowanie 300 000 zł z EFS."
    assert extract_text(text)[0]["title"] is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Gmina Kolno realizuje projekt o nazwie Razem w Kolnie, finansowany z EFS.",
            "Razem w Kolnie",
        ),
        (
            "MOPS w Kolnie realizuje projekt pod nazwą „Razem raźniej”. Partnerem jest fundacja o "
            "nazwie „Dobry Start”.",
            "Razem raźniej",
        ),
    ],
)
def test_a_projects_name_cue_still_names_it(text: str, title: str) -> None:
    rec = extract_text(text + " Dofinansowanie z EFS wynosi 300 000 zł.")[0]
    assert rec["title"] == title


@pytest.mark.parametrize(
    "sentence",
    [
        "Zakres projektu wynika z konsultacji i spotkań roboczych z przedstawicielami rad sołeckich.",
        "Przed złożeniem wniosku odbyły się spotkania robocze z przedstawicielami gmin.",
        "Koordynator prowadził cotygodniowe spotkania robocze zespołu projektowego.",
    ],
)
def test_working_meetings_are_no_support(sentence: str) -> None:
    text = (
        FUNDING_HEAD
        + sentence
        + " Uczestnicy skorzystają z warsztatów plastycznych i zajęć ruchowych."
    )
    items = extract_text(text)[0]["instruments"]
    assert items == ["warsztaty plastyczne", "zajęcia ruchowe"], items


def test_meetings_offered_to_participants_stay() -> None:
    text = (
        FUNDING_HEAD + "Uczestnicy wezmą udział w spotkaniach z psychologiem, spotkaniach "
        "integracyjnych i warsztatach plastycznych."
    )
    items = extract_text(text)[0]["instruments"]
    assert "spotkania z psychologiem" in items and "spotkania integracyjne" in items, items


@pytest.mark.parametrize(
    "sentence",
    [
        "Dotacje trafią do projektów zgłoszonych przez lokalne grupy działania.",
        "Wnioski złożone przez Lokalną Grupę Działania Dolina Drwęcy oceniono pozytywnie.",
        "Nabór ogłoszony przez LGD Kraina Mlekiem Płynąca zakończył się w maju.",
    ],
)
def test_a_local_action_group_is_no_support(sentence: str) -> None:
    text = (
        FUNDING_HEAD
        + sentence
        + " Uczestnicy skorzystają z warsztatów plastycznych i zajęć ruchowych."
    )
    items = extract_text(text)[0]["instruments"]
    assert items == ["warsztaty plastyczne", "zajęcia ruchowe"], items
