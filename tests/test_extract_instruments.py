"""Instrument families on wordings written for these tests (not copied from any labelled page):
prose enumerations after a trigger, put in the nominative, heads shared by the persons after
them, and what is not a form of support."""

from __future__ import annotations

import pytest

from integra.extract import extract_text
from integra.extract.inflect import to_nominative
from integra.extract.instruments import english_parts, enumerated_parts


def rec(text: str) -> dict:
    return extract_text(text, "family.txt")[0]


@pytest.mark.parametrize(
    "phrase, case, nominative",
    [
        ("kursów komputerowych", "gen", "kursy komputerowe"),
        ("poradnictwie rodzinnym", "loc", "poradnictwo rodzinne"),
        ("indywidualną terapię", "acc", "indywidualna terapia"),
        ("warsztatom kulinarnym", "dat", "warsztaty kulinarne"),
        ("wsparciem asystenta rodziny", "inst", "wsparcie asystenta rodziny"),
        ("pracach społecznie użytecznych", "loc", "prace społecznie użyteczne"),
        ("zasiłków okresowych i celowych", "gen", "zasiłki okresowe i celowe"),
        ("pomocy prawników", "gen", "pomoc prawników"),
    ],
)
def test_a_phrase_in_the_nominative(phrase, case, nominative):
    assert to_nominative(phrase, case).text == nominative


@pytest.mark.parametrize(
    "text, items",
    [
        (  # gen after "skorzystają z", "nie tylko … lecz także", a head shared by persons
            "Mieszkańcy skorzystają nie tylko z kursów komputerowych i praktyk, lecz także z "
            "poradnictwa rodzinnego oraz pomocy mediatorów i prawników. Zajęcia ruszą w maju.",
            [
                "kursy komputerowe",
                "praktyki",
                "poradnictwo rodzinne",
                "pomoc mediatorów",
                "pomoc prawników",
            ],
        ),
        (  # acc after "m.in. przez", possessive dropped, a relative clause skipped
            "Rodziny otrzymają pomoc m.in. przez diagnozę ich sytuacji, wsparcie pedagoga, "
            "który odwiedzi je w domu, a także terapeuty i naukę gotowania.",
            [
                "diagnoza sytuacji",
                "wsparcie pedagoga",
                "wsparcie terapeuty",
                "nauka gotowania",
            ],
        ),
        (  # loc after "wzięli udział w", a parenthesis and a trailing explanation dropped
            "Seniorzy wzięli udział w warsztatach ceramicznych (8 spotkań) i w wykładach "
            "o zdrowym żywieniu prowadzonych przez dietetyka.",
            ["warsztaty ceramiczne", "wykłady o zdrowym żywieniu"],
        ),
        (  # dat after "dzięki", adjectives coordinated after the head
            "Większa samodzielność uczestników dzięki treningom budżetowym i kursom "
            "zawodowym oraz zasiłkom okresowym i celowym;",
            ["treningi budżetowe", "kursy zawodowe", "zasiłki okresowe", "zasiłki celowe"],
        ),
        (  # inst after "zostanie objęty", "w formie" opening its own items
            "Każda rodzina zostanie objęta wsparciem asystenta rodziny i dostanie pomoc w formie "
            "bonów żywnościowych.",
            ["wsparcie asystenta rodziny", "bony żywnościowe"],
        ),
    ],
)
def test_prose_enumerations_in_the_nominative(text, items):
    assert enumerated_parts(text) == items


@pytest.mark.parametrize(
    "text",
    [
        "Kompleksową pomoc otrzyma 60 osób z gminy.",  # a general word and a count
        "Wsparcie obejmie 40 dzieci oraz ich rodziców.",  # persons, not support
        "Uczestnicy korzystają z pomocy społecznej od lat.",  # the welfare system itself
        "Efektem będzie wyższa aktywność dzięki szkoleniom zawodowym.",  # a result sentence
        "Projekt prowadzi fundacja, a partnerzy korzystają z dotacji gminy.",  # no support form
    ],
)
def test_what_is_not_an_enumerated_instrument(text):
    assert enumerated_parts(text) == []


def test_prose_enumeration_in_a_record_without_duplicates():
    r = rec(
        "Projekt „Nowy start” realizuje MOPS w Pile.\n\n"
        "Uczestnicy skorzystają z doradztwa zawodowego, kursów komputerowych i staży. "
        "W ramach projektu zaplanowano też doradztwo zawodowe.\n\n"
        "Wartość projektu: 250 000,00 zł"
    )
    assert r["instruments"] == ["doradztwo zawodowe", "kursy komputerowe", "staże"]


def test_lists_of_bodies_places_and_furniture_are_not_instruments():
    r = rec(
        "Projekt „Razem” realizuje MOPS w Pile.\n\n"
        "Podmioty uczestniczące w realizacji zadań:\n"
        "• Regionalny Ośrodek Polityki Społecznej w Pile\n"
        "• Fundacja Aktywizacji Seniorów\n"
        "• Powiat Pilski\n\n"
        "Działania prowadzimy na terenie osiedli, tj. Koszyce, Górne, Podlesie.\n\n"
        "Wartość projektu: 250 000,00 zł"
    )
    assert r["instruments"] == []


def test_a_nested_list_keeps_the_sub_items_not_their_heading():
    r = rec(
        "Projekt „Razem” realizuje MOPS w Pile.\n\nCo oferujemy?\n"
        "1. Aktywizację zawodową, a w niej:\n"
        "• kursy florystyczne,\n• staże u pracodawców.\n\n"
        "Wartość projektu: 250 000,00 zł"
    )
    assert r["instruments"] == ["kursy florystyczne", "staże u pracodawców"]


@pytest.mark.parametrize(
    "text, items",
    [
        (  # a head shared by genitive complements after commas; "i" keeps one item
            "Prowadzono warsztaty pieczenia chleba i dekorowania ciast, szycia, "
            "a nawet naprawy rowerów.",
            [
                "warsztaty pieczenia chleba i dekorowania ciast",
                "warsztaty szycia",
                "warsztaty naprawy rowerów",
            ],
        ),
        (  # an enumeration before "to tylko część …" (nominative)
            "Kursy językowe, wyjazdy integracyjne i terapia rodzinna to tylko część oferty.",
            ["Kursy językowe", "wyjazdy integracyjne", "terapia rodzinna"],
        ),
        (  # a noun and adjectives that agree with its genitive complement
            "Mieszkańcy wezmą udział w różnych formach aktywizacji – zawodowej, zdrowotnej "
            "i kulturalnej.",
            ["aktywizacja zawodowa", "aktywizacja zdrowotna", "aktywizacja kulturalna"],
        ),
        (  # adjectives that agree with the noun itself; a relative clause ends the series
            "Zastosujemy instrumenty aktywnej integracji: zawodowe i społeczne, które pomogą.",
            ["instrumenty zawodowe", "instrumenty społeczne"],
        ),
        (  # future first person plural, a nominative kept as written
            "Dla rodzin przygotujemy konsultacje dietetyczne, działania sąsiedzkie oraz "
            "grupę wsparcia.",
            ["konsultacje dietetyczne", "działania sąsiedzkie", "grupa wsparcia"],
        ),
    ],
)
def test_enumerations_sharing_a_head_or_before_a_summary(text, items):
    assert enumerated_parts(text) == items


def test_a_measure_name_in_an_activity_list_is_not_an_instrument():
    r = rec(
        "Projekt „Razem” realizuje MOPS w Pile.\n\nW ramach projektu:\n"
        "• Działanie 7.2 Przeciwdziałanie wykluczeniu\n• kursy florystyczne\n• staże u pracodawców\n\n"
        "Wartość projektu: 250 000,00 zł"
    )
    assert r["instruments"] == ["kursy florystyczne", "staże u pracodawców"]


@pytest.mark.parametrize(
    "text, items",
    [
        (
            "Participants will take part in vocational courses, job counselling and internships, "
            "which will help them return to work.",
            ["vocational courses", "job counselling", "internships"],
        ),
        (
            "Carers will be supported with home respite care for at least 12 families.",
            ["home respite care"],
        ),
        (
            "The goal will be reached through the Family Support Club, where parents meet.",
            ["Family Support Club"],
        ),
        (
            "The work is split into two tasks:1.Tutoring for pupils in the centre2. Parenting "
            "workshops in the centreThe results are listed below.",
            ["Tutoring for pupils in the centre", "Parenting workshops in the centre"],
        ),
        (  # counted persons and a body's support are not forms of support
            "The project will offer support from MOPS to 40 families and 120 people.",
            [],
        ),
    ],
)
def test_english_enumerations(text, items):
    assert english_parts(text) == items


def test_english_page_numbered_tasks_cut_by_the_sentence_splitter():
    r = rec(
        "Project info\n\nStart date: 1 March 2019. End date: 30 June 2021. Total budget: "
        "PLN 500,000.00.\n\nThe project helps the residents of the town. It will be carried out "
        "through two tasks:1.Tutoring for pupils in the centre2. Parenting workshops in the "
        "centreThe results are listed below."
    )
    assert r["instruments"] == [
        "Tutoring for pupils in the centre",
        "Parenting workshops in the centre",
    ]


def test_lexicon_instruments_named_where_contracts_are_signed_or_taken_part_in():
    r = rec(
        "Projekt „Razem” realizuje MOPS w Pile.\n\n"
        "Z każdym uczestnikiem zawarty zostanie kontrakt socjalny. Część osób będzie brać "
        "udział w Klubie Integracji Społecznej.\n\n"
        "Wartość projektu: 250 000,00 zł"
    )
    # "będzie brać udział w" opens an enumeration of forms of support (data/instrument_words.yaml
    # enumeration.loc), as "biorą/wezmą udział w" did already, so the club is read there first and
    # as written; the scorer compares items lowercased, so these are the same two lexicon entries
    assert r["instruments"] == ["Klub Integracji Społecznej", "kontrakt socjalny"]


def test_other_news_after_the_page_and_participant_lists_give_no_instruments():
    r = rec(
        "Projekt „Razem” realizuje MOPS w Pile.\n\n"
        "Wsparcie obejmie mieszkańców z jednej z grup:\n"
        "– wychowankowie domów dziecka,\n– seniorzy mieszkający samotnie.\n\n"
        "Uczestnicy skorzystają z kursów komputerowych.\n\n"
        "Wartość projektu: 250 000,00 zł\n\n"
        "Pozostałe aktualności:\n"
        "Projekt „Lato” – dzieci skorzystały z wycieczek rowerowych i warsztatów plastycznych."
    )
    assert r["instruments"] == ["kursy komputerowe"]


@pytest.mark.parametrize(
    "text, items",
    [
        (  # a label with a colon, then a nominative list
            "Formy wsparcia: warsztaty kulinarne, kursy prawa jazdy oraz staże u pracodawców.",
            ["warsztaty kulinarne", "kursy prawa jazdy", "staże u pracodawców"],
        ),
        (  # a light head: what is organised, in the genitive
            "Projekt obejmował organizację warsztatów kulinarnych, szkoleń komputerowych "
            "i wyjazdów integracyjnych.",
            ["warsztaty kulinarne", "szkolenia komputerowe", "wyjazdy integracyjne"],
        ),
        (  # an adjective that is also a noun ("grupowa") before its noun
            "Uczestnikom zapewniono grupowe treningi asertywności.",
            ["grupowe treningi asertywności"],
        ),
    ],
)
def test_labels_light_heads_and_adjectives_before_nouns(text, items):
    assert enumerated_parts(text) == items


def test_lexicon_mentions_as_written_are_put_in_the_nominative():
    r = rec(
        "Projekt „Razem” realizuje MOPS w Pile.\n\n"
        "W ramach projektu zorganizowano cykl warsztatów kulinarnych dla seniorów.\n\n"
        "Wartość projektu: 250 000,00 zł"
    )
    assert r["instruments"] == ["warsztaty kulinarne"]


def test_every_instrument_word_entry_is_a_string():
    """A YAML entry ending in ':' or holding ': ' becomes a mapping unless quoted."""
    import yaml

    from integra.extract.instruments import _WORDS_PATH

    words = yaml.safe_load(_WORDS_PATH.read_text(encoding="utf-8"))

    def strings(node):
        if isinstance(node, dict):
            for v in node.values():
                yield from strings(v)
        elif isinstance(node, list):
            for v in node:
                assert isinstance(v, str), v
                yield v
        else:
            assert isinstance(node, str), node
            yield node

    assert len(list(strings(words))) > 100


def test_list_under_a_heading_that_plans_support_and_not_under_indicators():
    r = rec(
        "Projekt „Razem” realizuje MOPS w Pile.\n\nProjekt przewiduje:\n"
        "• naukę pływania,\n• zajęcia z logopedą.\n\n"
        "Wskaźniki projektu:\n• liczba osób objętych wsparciem,\n• liczba godzin doradztwa.\n\n"
        "Wartość projektu: 250 000,00 zł"
    )
    assert r["instruments"] == ["naukę pływania", "zajęcia z logopedą"]


@pytest.mark.parametrize(
    "text, items",
    [
        (
            "W świetlicy odbywają się zajęcia plastyczne, lekcje szachów i półkolonie.",
            ["zajęcia plastyczne", "lekcje szachów", "półkolonie"],
        ),
        (
            "Mieszkańcom udzielono porad prawnych oraz pośrednictwa pracy.",
            ["porady prawne", "pośrednictwo pracy"],
        ),
        (
            "Wsparcie będzie obejmować hipoterapię i imprezy integracyjne.",
            ["hipoterapia", "imprezy integracyjne"],
        ),
    ],
)
def test_more_enumeration_verbs_and_heads(text, items):
    assert enumerated_parts(text) == items


@pytest.mark.parametrize(
    "text, items",
    [
        (  # the noun's reading that its adjective agrees with (plural, not singular)
            "Uczestnicy skorzystali z indywidualnych konsultacji z dietetykiem.",
            ["indywidualne konsultacje z dietetykiem"],
        ),
        (  # "zakłada" and a light head
            "Projekt zakłada realizację treningów pamięci i wycieczek krajoznawczych.",
            ["treningi pamięci", "wycieczki krajoznawcze"],
        ),
        (  # "posłużą" with a colon; a bare head keeps its participle and object (fifteenth session)
            "Temu posłużą: kursy szycia, warsztaty rozwijające kreatywność.",
            ["kursy szycia", "warsztaty rozwijające kreatywność"],
        ),
    ],
)
def test_agreement_planning_verbs_and_participles(text, items):
    assert enumerated_parts(text) == items


def test_an_english_paragraph_on_a_mixed_page():
    r = rec(
        "Projekt „Razem” realizuje MOPS w Pile.\n\n"
        "Participants benefited from cooking workshops and legal counselling. "
        "The centre also offered traineeships.\n\nWartość projektu: 250 000,00 zł"
    )
    assert r["instruments"] == ["cooking workshops", "legal counselling", "traineeships"]


def test_a_head_before_a_colon_shared_by_the_kinds_after_it():
    assert enumerated_parts(
        "Zorganizowano dla nich kursy: spawacza, fryzjera i operatora koparki."
    ) == ["kursy spawacza", "kursy fryzjera", "kursy operatora koparki"]


def test_counted_activities_in_a_list_are_instruments_and_counted_persons_are_not():
    r = rec(
        "Projekt „Razem” realizuje MOPS w Pile.\n\nW czasie projektu udało się przeprowadzić:\n"
        "• 4 kursy szycia dla seniorów (32 os.)\n• 3 warsztaty fotograficzne\n\n"
        "Do projektu zakwalifikowano:\n• 25 osób bezrobotnych\n• 10 osób niepełnosprawnych\n\n"
        "Wartość projektu: 250 000,00 zł"
    )
    assert r["instruments"] == [
        "4 kursy szycia dla seniorów (32 os.)",
        "3 warsztaty fotograficzne",
    ]


@pytest.mark.parametrize(
    "text, items",
    [
        (
            "Uczestnicy przeszli szkolenia komputerowe i odbyli staże w firmach.",
            ["szkolenia komputerowe", "staże w firmach"],
        ),
        (  # persons employed for the participants; a person is not a complement of the first
            "W gminie zatrudniono asystenta rodziny oraz animatora lokalnego.",
            ["asystent rodziny", "animator lokalny"],
        ),
    ],
)
def test_completed_support_and_persons_employed_for_it(text, items):
    assert enumerated_parts(text) == items


# --------------------------------------------------------------------------- sixth session: layouts

_PAGE = "Projekt „Dobry kurs” prowadzi MOPS w Sieradzu od 2020 r. do 2021 r.\n\n"
_END = "\n\nWartość projektu: 410 000,00 zł."


@pytest.mark.parametrize(
    "text, items",
    [
        (  # bare lines (an HTML list flattened without bullets) under a heading with a colon
            "Uczestnicy będą mogli skorzystać z następujących form wsparcia:\n\n"
            "Trening kompetencji miękkich\nKurs florystyczny\nStaże u lokalnych pracodawców",
            ["Trening kompetencji miękkich", "Kurs florystyczny", "Staże u lokalnych pracodawców"],
        ),
        (  # one item that names a kind of activation and the forms within it
            "Formy wsparcia:\n- aktywizacja społeczna: warsztaty teatralne, grupa wsparcia;\n"
            "- aktywizacja zawodowa: kurs spawacza, staż.",
            ["warsztaty teatralne", "grupa wsparcia", "kurs spawacza", "staż"],
        ),
        (  # a Markdown table whose first column names the form
            "| Forma wsparcia | Liczba uczestników |\n|---|---|\n| Trening asertywności | 12 |\n"
            "| Kurs opiekuna medycznego | 8 |\n| Razem | 20 |",
            ["Trening asertywności", "Kurs opiekuna medycznego"],
        ),
    ],
)
def test_lists_without_bullets_headed_items_and_form_tables(text, items):
    got = rec(_PAGE + text + _END)["instruments"]
    assert [i.lower() for i in got] == [i.lower() for i in items]


@pytest.mark.parametrize(
    "text",
    [
        # lines under a heading that lists the centre's other projects, news or files
        "Realizowane projekty:\nAktywna integracja w Sieradzu\nWsparcie rodzin w gminie\nKlub Seniora",
        "Aktualności z projektu:\nWarsztaty dla rodziców już w maju\nSzkolenia zakończone",
        "Dokumenty do pobrania:\nRegulamin szkoleń\nFormularz zgłoszeniowy na warsztaty",
        # a heading followed by sentences, not lines of a list
        "W ramach projektu:\nUczestnicy zostali wybrani przez komisję w maju, a potem odbyli rozmowy "
        "z doradcą.\nWarsztaty zakończyły się w czerwcu.",
        # a table of costs, not of forms
        "| Wydatek | Kwota |\n| Kurs zawodowy | 10 000 zł |\n| Staż | 5 000 zł |",
    ],
)
def test_look_alike_lists_are_not_instruments(text):
    assert rec(_PAGE + text + _END)["instruments"] == []


@pytest.mark.parametrize(
    "text, items",
    [
        (  # services named by the plural "usługi", a head the analyser gives as its own lemma
            "W projekcie prowadzone są usługi sąsiedzkie, usługi asystenckie oraz teleopieka.",
            ["usługi sąsiedzkie", "usługi asystenckie", "teleopieka"],
        ),
        (  # the third person future of "zapewnić", with the persons in the dative before the forms
            "Ośrodek zapewni uczestnikom usługi tłumacza migowego i poradnictwo prawne.",
            ["usługi tłumacza migowego", "poradnictwo prawne"],
        ),
    ],
)
def test_services_and_more_offering_verbs(text, items):
    assert rec(_PAGE + text + _END)["instruments"] == items


def test_a_summary_of_the_support_is_not_a_form_of_it():
    got = rec(_PAGE + "Projekt zapewni kompleksowe wsparcie rodzin oraz kursy zawodowe." + _END)
    assert got["instruments"] == ["kursy zawodowe"]


def test_a_list_without_markers_after_a_colon_is_a_list():
    text = (
        "Uczestnicy otrzymają następujące wsparcie:\nwarsztaty z autoprezentacji,\n"
        "poradnictwo prawne,\nkurs pierwszej pomocy.\n\nRekrutacja trwa do maja."
    )
    assert rec(_PAGE + text + _END)["instruments"] == [
        "warsztaty z autoprezentacji",
        "poradnictwo prawne",
        "kurs pierwszej pomocy",
    ]


def test_a_sentence_wrapped_after_a_colon_is_not_a_list():
    from integra.extract.text import segment

    text = (
        "Celem projektu jest:\nzwiększenie aktywności społecznej i zawodowej osób zagrożonych\n"
        "wykluczeniem społecznym z terenu gminy Sieradz."
    )
    assert not any(u.is_item for u in segment(text))
    # one sentence per line is prose too
    text = "Informujemy:\nUczestnicy zostali wybrani przez komisję w maju.\nZajęcia potrwają do jesieni tego roku."
    assert not any(u.is_item for u in segment(text))


def test_task_lines_name_their_tasks():
    text = (
        "Zakres projektu\n\nZadanie nr 1 – Asystent osobisty – Gmina Brzeg / MOPS w Brzegu.\n"
        "Zadanie nr 2 – Wypożyczalnia sprzętu rehabilitacyjnego – Fundacja Razem.\n"
        "Zadanie nr 3 - Dowóz posiłków.\n\nOkres realizacji: 2019-2020."
    )
    assert rec(_PAGE + text + _END)["instruments"] == [
        "Asystent osobisty",
        "Wypożyczalnia sprzętu rehabilitacyjnego",
        "Dowóz posiłków",
    ]
    # one task line alone is a sentence about a task, not a list of them
    one = "Zadanie nr 1 – Asystent osobisty – Gmina Brzeg.\n\nOkres realizacji: 2019-2020."
    assert rec(_PAGE + one + _END)["instruments"] == []


def test_a_goal_reached_through_tasks_heads_a_list_of_them():
    text = (
        "Cel ten osiągano przede wszystkim przez następujące zadania:\n- działalność animatorów,\n"
        "- pomoc prawna,\n- wolontariat."
    )
    assert rec(_PAGE + text + _END)["instruments"] == [
        "działalność animatorów",
        "pomoc prawna",
        "wolontariat",
    ]
    # the goals themselves are not instruments
    goals = "Cele projektu:\n- wzrost aktywności społecznej,\n- poprawa kompetencji rodziców."
    assert rec(_PAGE + goals + _END)["instruments"] == []
