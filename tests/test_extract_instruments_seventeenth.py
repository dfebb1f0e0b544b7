"""Instruments (the seventeenth session): a head's prepositional complement shared by the parts
after it ("wyjazdy do teatru i muzeum"), and an adjective after "i" that agrees with the head, not
with its complement ("kursy języków obcych i komputerowe"). Every wording is written for these
tests, not copied from a page."""

from __future__ import annotations

import pytest

from integra.extract import extract_text
from integra.extract.instruments import english_content_parts, enumerated_parts

HEAD = "Projekt „Przystań” realizuje Ośrodek Pomocy Społecznej w Łasku od marca 2019 r. do lutego 2021 r.\n\n"


def inst(text: str) -> list[str]:
    return extract_text(HEAD + text, "seventeenth.txt")[0]["instruments"]


# --- a prepositional complement shared by the parts after it ---


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Seniorzy skorzystają z wyjazdów do filharmonii i muzeum oraz z poradnictwa prawnego.",
            ["wyjazdy do filharmonii", "wyjazdy do muzeum", "poradnictwo prawne"],
        ),
        (
            "Dla uczestników zorganizowano wyjścia do kina, do teatru i na basen.",
            ["wyjścia do kina", "wyjścia do teatru", "wyjścia na basen"],
        ),
        (
            "Dzieci wezmą udział w zajęciach z matematyki i języka angielskiego.",
            ["zajęcia z matematyki", "zajęcia z języka angielskiego"],
        ),
        (
            "Zaplanowano warsztaty z zakresu komunikacji i asertywności.",
            ["warsztaty z zakresu komunikacji", "warsztaty z zakresu asertywności"],
        ),
    ],
)
def test_a_shared_complement_names_each_form(text: str, items: list[str]) -> None:
    assert enumerated_parts(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # a form of its own after "i" is not a second complement
        (
            "Zorganizowano wyjazdy na basen i warsztaty plastyczne.",
            ["wyjazdy na basen", "warsztaty plastyczne"],
        ),
        # a place named after the complement is no topic of its own
        (
            "Zaplanowano wycieczki do Krakowa i Wieliczki.",
            ["wycieczki do Krakowa i Wieliczki"],
        ),
        # persons after "z" are read by the person series, as before
        (
            "Uczestnicy wezmą udział w spotkaniach z psychologiem i prawnikiem.",
            ["spotkania z psychologiem", "spotkania z prawnikiem"],
        ),
    ],
)
def test_no_shared_complement(text: str, items: list[str]) -> None:
    assert enumerated_parts(text) == items


def test_a_shared_complement_on_a_page() -> None:
    assert inst(
        "W ramach projektu zorganizowano wyjazdy do teatru i opery oraz zajęcia z rękodzieła."
    ) == ["wyjazdy do teatru", "wyjazdy do opery", "zajęcia z rękodzieła"]


# --- an adjective that agrees with the head, not with its complement ---


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Były też kursy języków obcych i komputerowe oraz zajęcia rehabilitacyjne.",
            ["kursy języków obcych", "kursy komputerowe", "zajęcia rehabilitacyjne"],
        ),
        (
            "Zorganizujemy kursy języka niemieckiego i komputerowe.",
            ["kursy języka niemieckiego", "kursy komputerowe"],
        ),
        (
            "W projekcie zaplanowano treningi budżetu domowego i interpersonalne.",
            ["treningi budżetu domowego", "treningi interpersonalne"],
        ),
    ],
)
def test_an_adjective_of_the_head(text: str, items: list[str]) -> None:
    assert enumerated_parts(text) == items


def test_an_adjective_of_the_complement_stays_with_it() -> None:
    # "obsługi" may be a plural nominative like "zawodowe": not told apart, one item
    assert enumerated_parts("Zaplanowano szkolenia obsługi komputera i zawodowe.") == [
        "szkolenia obsługi komputera i zawodowe"
    ]
    # "wychowawczych" is a genitive like "budżetowania": the complement's adjective, one item
    assert enumerated_parts("Uczestnicy skorzystają z treningów budżetowania i wychowawczych.") == [
        "treningi budżetowania i wychowawczych"
    ]


# --- another qualifier of a head and its adjective: a lone participle, an adjective and its place ---


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Dla dzieci zorganizowano zajęcia ruchowe i integrujące.",
            ["zajęcia ruchowe", "zajęcia integrujące"],
        ),
        (
            "Przygotujemy warsztaty, działania środowiskowe i aktywizujące oraz grupę wsparcia.",
            ["warsztaty", "działania środowiskowe", "działania aktywizujące", "grupa wsparcia"],
        ),
        (
            "Projekt obejmie świadczenie usług opiekuńczych i specjalistycznych w miejscu zamieszkania.",
            ["usługi opiekuńcze", "usługi specjalistyczne w miejscu zamieszkania"],
        ),
        (
            "Uczestnicy skorzystają z poradnictwa rodzinnego i indywidualnego w siedzibie ośrodka.",
            ["poradnictwo rodzinne", "poradnictwo indywidualne w siedzibie ośrodka"],
        ),
    ],
)
def test_another_qualifier_of_the_head(text: str, items: list[str]) -> None:
    assert enumerated_parts(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # a participle with its object says what the help does
        (
            "Uczestnicy skorzystają z poradnictwa specjalistycznego, prowadzącego do zatrudnienia.",
            ["poradnictwo specjalistyczne"],
        ),
        # a participle that agrees with persons, not with the head
        (
            "Zapewnimy pomoc psychologiczną, potrzebującym wsparcia rodzinom.",
            ["pomoc psychologiczna"],
        ),
    ],
)
def test_no_other_qualifier(text: str, items: list[str]) -> None:
    assert enumerated_parts(text) == items


# --- the enumeration goes on after "a przede wszystkim", "a zwłaszcza", "w szczególności" … ---


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Posłużą temu praca socjalna, kursy zawodowe, a przede wszystkim staże w zakładach pracy.",
            ["praca socjalna", "kursy zawodowe", "staże w zakładach pracy"],
        ),
        (
            "Uczestnicy skorzystają z doradztwa zawodowego, szkoleń, a zwłaszcza ze staży zawodowych.",
            ["doradztwo zawodowe", "szkolenia", "staże zawodowe"],
        ),
        (
            "Uczestniczki skorzystają z poradnictwa prawnego, a ponadto z pomocy psychologa.",
            ["poradnictwo prawne", "pomoc psychologa"],
        ),
        (
            "Seniorzy skorzystają z rehabilitacji, w szczególności z kursów komputerowych.",
            ["rehabilitacja", "kursy komputerowe"],
        ),
        (
            "Uczestnicy wezmą udział w warsztatach kulinarnych, a następnie w stażach.",
            ["warsztaty kulinarne", "staże"],
        ),
    ],
)
def test_an_enumeration_goes_on_after_an_emphasis(text: str, items: list[str]) -> None:
    assert enumerated_parts(text) == items


def test_an_emphasis_opens_no_enumeration() -> None:
    # the words alone are no trigger: nothing is read from a sentence without one
    assert enumerated_parts("Seniorzy lubią, a zwłaszcza w zimie, spotkania przy kawie.") == []


# --- adjectives after a dash qualify a form that has its adjective; a group in the dative ---


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Wsparcie obejmie doradztwo zawodowe – indywidualne i grupowe, szkolenia zawodowe oraz staże.",
            ["doradztwo zawodowe", "szkolenia zawodowe", "staże"],
        ),
        (
            "Uczestnicy skorzystają z poradnictwa rodzinnego – indywidualnego i grupowego, mediacji oraz terapii.",
            ["poradnictwo rodzinne", "mediacja", "terapia"],
        ),
        (
            "Rodzinom zapewniono poradnictwo rodzinne oraz mediacje, zaś dzieciom – zajęcia wyrównawcze.",
            ["poradnictwo rodzinne", "mediacje", "zajęcia wyrównawcze"],
        ),
        (
            "Zapewnimy terapię uzależnień, a seniorom – zajęcia ruchowe.",
            ["terapia uzależnień", "zajęcia ruchowe"],
        ),
    ],
)
def test_a_dash_qualifier_and_a_dative_group(text: str, items: list[str]) -> None:
    assert enumerated_parts(text) == items


def test_a_dash_after_a_bare_head_is_no_qualifier() -> None:
    # after a bare head the dash ends the enumeration as before (its adjectives are a series)
    assert enumerated_parts("Uczestnicy skorzystają z warsztatów – Kraków, Tarnów, szkoleń.") == [
        "warsztaty"
    ]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Dzieci będą uczestniczyć w zajęciach sportowych, plastycznych i dotyczących ochrony przyrody.",
            ["zajęcia sportowe", "zajęcia plastyczne", "zajęcia dotyczące ochrony przyrody"],
        ),
        (
            "Seniorzy wezmą udział w zajęciach ruchowych i rozwijających pasje.",
            ["zajęcia ruchowe", "zajęcia rozwijające pasje"],
        ),
        (
            "W gminie będą działać kluby sportowe i wspierające seniorów.",
            ["kluby sportowe", "kluby wspierające seniorów"],
        ),
        (
            "Uczestnicy skorzystają z usług opiekuńczych i wspierających codzienne funkcjonowanie.",
            ["usługi opiekuńcze", "usługi wspierające codzienne funkcjonowanie"],
        ),
    ],
)
def test_a_participle_and_its_object_name_a_form_of_a_general_head(
    text: str, items: list[str]
) -> None:
    assert enumerated_parts(text) == items


def test_a_participle_and_its_object_after_another_head_say_what_it_does() -> None:
    assert enumerated_parts(
        "Uczestnicy skorzystają z doradztwa zawodowego i ułatwiającego powrót na rynek pracy."
    ) == ["doradztwo zawodowe"]


# --- English enumerations that no trigger opens ---


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "The grant funds workshops, psychological counselling and trips for seniors.",
            ["workshops", "psychological counselling", "trips"],
        ),
        (
            "Vocational courses and internships were organised for 40 unemployed residents.",
            ["Vocational courses", "internships"],
        ),
        (
            "In 2019 the centre ran a support group, legal advice and family therapy.",
            ["support group", "legal advice", "family therapy"],
        ),
        (
            "Workshops, training and counselling helped the participants find jobs.",
            ["Workshops", "training", "counselling"],
        ),
    ],
)
def test_an_english_enumeration_without_a_trigger(text: str, items: list[str]) -> None:
    assert english_content_parts(text) == items


@pytest.mark.parametrize(
    "text",
    [
        # the phrases are a preposition's objects: the area, not the support
        "The project will carry out activities in the area of social services, family support, foster care.",
        # an aim's sentence
        "The aim of the project is better access to care services and support groups.",
        # an indicator
        "Number of people using care services and support groups: 120.",
        # support for institutions and their staff
        "Trainings and advice for social assistance institutions were planned.",
        # a body's name in capitals
        "The Day Care Centre and Social Integration Club were visited by the mayor.",
        # one phrase only
        "Psychological counselling was popular.",
    ],
)
def test_no_english_enumeration_without_a_trigger(text: str) -> None:
    assert english_content_parts(text) == []


def test_an_english_enumeration_on_an_english_page() -> None:
    page = (
        "Social inclusion in Łask\n\n"
        "The project of the Social Welfare Centre in Łask runs from March 2019 to February 2021. "
        "It is co-financed by the European Social Fund.\n\n"
        "This year the grant funds vocational courses, job coaching and family therapy.\n"
    )
    items = extract_text(page, "english.txt")[0]["instruments"]
    assert items == ["vocational courses", "job coaching", "family therapy"]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "In 2020, 2021 and 2022, workshops, counselling and trips took place every month.",
            ["workshops", "counselling", "trips"],
        ),
        (
            "Seniors meet twice a week, and yoga classes, computer lessons and excursions are held.",
            ["yoga classes", "computer lessons", "excursions"],
        ),
    ],
)
def test_an_english_enumeration_in_the_sentences_middle(text: str, items: list[str]) -> None:
    assert english_content_parts(text) == items


@pytest.mark.parametrize(
    "text",
    [
        "Indicators: number of people who received counselling and training - 120.",
        "The project offers training and advice for social welfare institutions and their staff.",
        "Outputs and results: participants took part in workshops and internships.",
    ],
)
def test_an_english_trigger_in_an_indicator_or_for_institutions_reads_nothing(text: str) -> None:
    from integra.extract.instruments import english_parts

    assert english_parts(text) == []


def test_an_english_trigger_still_reads_support_for_participants() -> None:
    from integra.extract.instruments import english_parts

    assert english_parts("Participants took part in workshops and internships.") == [
        "workshops",
        "internships",
    ]


# --- a list item no rule read that opens with a lexicon entry ---


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Co nowego w gminie\n\n- praca socjalna z rodzinami w Łasku i okolicach\n- nowy chodnik przy szkole\n",
            ["praca socjalna"],
        ),
        (
            "Nasze sprawy\n\n• klub integracji społecznej przy ul. Polnej, czynny od 8 do 16\n• remont dachu\n",
            ["klub integracji społecznej"],
        ),
        (
            "Ostatnie miesiące\n\n- kontrakt socjalny podpisało już 12 rodzin z Łasku\n- zebranie sołeckie\n",
            ["kontrakt socjalny"],
        ),
    ],
)
def test_a_list_item_opening_with_a_lexicon_entry(text: str, items: list[str]) -> None:
    assert inst(text) == items


def test_a_colon_led_list_item_is_left_to_the_list_rules() -> None:
    # the list rules decided on a colon-led list (here: documents to bring): no entry read from it
    text = (
        "Do wniosku należy dołączyć następujące dokumenty:\n\n"
        "- kontrakt socjalny podpisany z pracownikiem\n- zaświadczenie o dochodach\n"
    )
    assert inst(text) == []
