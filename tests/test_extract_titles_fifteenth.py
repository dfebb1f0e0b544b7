"""Titles, fifteenth round, on wordings written for these tests (not copied from any labelled
document). The families: a headline about a project ("Zakończony projekt …", an impersonal
"Podpisano umowę …") and a heading over a list of projects ("Projekty realizowane") are no title;
a heading's furniture after its name ("X – oficjalny serwis gminy", "„X” – unijny projekt
nagrodzony") is cut off, a call's heading ("X – ogólnopolski konkurs") dropped; a straight quote
opening a name that a curly one closes; a quoted body's name ("LGD „X”") is no title; a sentence's
opening ("Celem głównym projektu było:") under a cue line is no name."""

from __future__ import annotations

import pytest

from integra.extract import extract_text

_FUNDED = " Projekt jest współfinansowany ze środków Unii Europejskiej, jego wartość to 250 000 zł."


def title(text: str):
    return extract_text(text, "title.txt")[0]["title"]


@pytest.mark.parametrize(
    "heading",
    [
        "Zakończony projekt socjalny GOPS",
        "Nowy projekt dla seniorów w gminie",
        "Unijny projekt w Lipnicy",
        "Kolejny projekt ośrodka",
    ],
)
def test_a_headline_about_a_project_is_no_title(heading):
    text = (
        f"{heading}\n\n"
        "Gminny Ośrodek Pomocy Społecznej w Lipnicy zakończył działania, w których wzięło udział "
        "20 osób." + _FUNDED
    )
    assert title(text) is None


def test_a_headline_about_a_project_gives_way_to_the_named_one():
    text = (
        "Nowy projekt dla rodzin\n\n"
        "Ośrodek Pomocy Społecznej w Lipnicy realizuje projekt pn. „Rodzinne popołudnia”." + _FUNDED
    )
    assert title(text) == "Rodzinne popołudnia"


def test_a_name_with_the_word_projekt_in_the_first_person_stays():
    text = (
        "Nasz projekt: Razem możemy więcej\n\n"
        "Ośrodek realizuje projekt „Razem możemy więcej”." + _FUNDED
    )
    assert title(text) == "Razem możemy więcej"


@pytest.mark.parametrize(
    "heading",
    [
        "Podpisano umowę na utworzenie Centrum Usług Społecznych",
        "Otwarto nowe mieszkania wspomagane w gminie",
        "Przekazano środki na usługi opiekuńcze dla seniorów",
    ],
)
def test_an_impersonal_headline_is_no_title(heading):
    text = (
        f"{heading}\n\n"
        f"{heading} w Lipnicy. Wójt podpisał dokumenty w urzędzie marszałkowskim." + _FUNDED
    )
    assert title(text) is None


@pytest.mark.parametrize(
    "page",
    [
        "Strona główna › Projekty realizowane\n\nProjekty realizowane\n\n",
        "Nasze projekty unijne\n\n",
        "Projekty dofinansowane ze środków UE\n\n",
        "Aktualności › Zakończone projekty\n\nZakończone projekty\n\n",
    ],
)
def test_a_heading_over_a_list_of_projects_is_no_title(page):
    text = (
        page + "Miejski Ośrodek Pomocy Społecznej realizuje projekty współfinansowane ze środków "
        "Unii Europejskiej o łącznej wartości 3 mln zł.\n"
    )
    assert title(text) is None


def test_a_project_under_a_list_step_of_the_breadcrumb_is_the_title():
    text = (
        "Projekty unijne › Projekty zakończone › Dobry sąsiad\n\n"
        "Dobry sąsiad\n\n"
        "Miejski Ośrodek Pomocy Rodzinie realizował projekt „Dobry sąsiad” w latach 2017-2019."
        + _FUNDED
    )
    assert title(text) == "Dobry sąsiad"


@pytest.mark.parametrize(
    "heading",
    [
        "Usługi opiekuńcze – ogólnopolski konkurs",
        "Aktywna integracja – nabór wniosków",
        "Centrum wsparcia rodzin - konkurs",
    ],
)
def test_a_calls_heading_is_no_title(heading):
    name = heading.split(" – ")[0].split(" - ")[0]
    text = (
        f"{heading}\n\n"
        "Instytucja Zarządzająca ogłosiła nabór wniosków o dofinansowanie projektów; alokacja "
        f"wynosi 10 mln zł. {name} to priorytet programu, a {name.lower()} obejmie 500 osób.\n"
    )
    assert title(text) is None


@pytest.mark.parametrize(
    ("heading", "want"),
    [
        ("Lipnica – oficjalny serwis gminy", "Sąsiedzka pomoc"),
        ("„Krok naprzód” – unijny projekt nagrodzony", "Krok naprzód"),
        ("„Sąsiedzka pomoc” – nasz nowy projekt", "Sąsiedzka pomoc"),
    ],
)
def test_a_headings_furniture_after_the_name_is_cut_off(heading, want):
    text = (
        f"{heading}\n\n"
        f"Gminny Ośrodek Pomocy Społecznej realizuje projekt pt. „{want}”, który objął 40 osób."
        + _FUNDED
    )
    assert title(text) == want


@pytest.mark.parametrize(
    "sentence",
    [
        "Projekt pod tytułem 'Otwarte drzwi” trwał dwa lata i objął 30 rodzin z gminy.",
        "W projekcie o nazwie ‘Otwarte drzwi” uczestniczyło 25 osób z gminy.",
        "Ośrodek zakończył projekt pn. 'Otwarte drzwi”, w którym wzięło udział 30 rodzin.",
    ],
)
def test_a_straight_opening_quote_closed_by_a_curly_one(sentence):
    assert title(sentence + _FUNDED) == "Otwarte drzwi"


def test_a_quoted_bodys_name_repeated_is_no_title():
    text = (
        "W projekcie wzięły udział mieszkanki zrzeszone w LGD „Kraina Trzech Rzek” oraz w "
        "Stowarzyszeniu „Kraina Trzech Rzek”." + _FUNDED
    )
    assert title(text) is None


def test_a_quoted_name_repeated_without_a_body_before_it_stays():
    text = (
        "Spotkanie uczestników\n\n"
        "Uczestnicy „Kraina Trzech Rzek” spotkali się w świetlicy, a „Kraina Trzech Rzek” "
        "zaprasza na kolejne zajęcia." + _FUNDED
    )
    assert title(text) == "Kraina Trzech Rzek"


def test_a_sentences_opening_under_a_cue_line_is_no_name():
    text = (
        "Gmina realizuje projekt pn.\n\n"
        "Celem głównym projektu było:\n\n"
        "aktywizacja osób starszych, co udało się osiągnąć." + _FUNDED
    )
    assert title(text) is None


def test_a_name_under_a_cue_line_stays():
    text = (
        "Gmina realizuje projekt pn.\n\n"
        "Aktywni seniorzy\n\n"
        "Celem głównym projektu jest aktywizacja osób starszych." + _FUNDED
    )
    assert title(text) == "Aktywni seniorzy"


@pytest.mark.parametrize(
    "cue",
    [
        "W dniu 3 marca odbyło się spotkanie podsumowujące projekt",
        "Gmina otrzymała dofinansowanie na zadanie pn.",
        "Ośrodek rozpoczął w tym roku realizację projektu pod nazwą",
    ],
)
def test_a_quoted_line_that_goes_on_with_the_cue_above_it(cue):
    text = (
        "Działania\n\n"
        f"{cue}\n\n"
        "„ Aktywni w domu i w pracy”.\n\n"
        "W spotkaniu uczestniczyło 28 osób z gminy Lipnica." + _FUNDED
    )
    assert title(text) == "Aktywni w domu i w pracy"


def test_a_quoted_line_under_a_section_heading_is_no_cues_name():
    text = (
        "Aktywni w domu – wsparcie rodzin w gminie Lipnica\n\n"
        "Wartość projektu: 250 000 zł\n\n"
        "Opis projektu\n\n"
        "„Aktywni w domu” był przeznaczony dla rodzin, które chciały poprawić swoją sytuację.\n\n"
        "Projekt „Aktywni w domu – wsparcie rodzin w gminie Lipnica” realizował ośrodek.\n"
    )
    assert title(text) == "Aktywni w domu – wsparcie rodzin w gminie Lipnica"


def test_a_list_of_a_gminas_grants_gives_way_to_the_social_project():
    text = (
        "Pozyskane dotacje\n\n"
        "Gmina otrzymała dofinansowanie z funduszu ochrony środowiska na zadanie pn.\n"
        "„Wymiana pokryć dachowych w budynkach gminnych”.\n\n"
        "Z funduszu ochrony gruntów dofinansowano zadanie pn. „Przebudowa drogi w Nowej Wsi”.\n\n"
        "Ze środków województwa dofinansowano zadanie pn. „Remont sali gimnastycznej w szkole”.\n\n"
        "Razem łatwiej – aktywizacja rodzin zagrożonych wykluczeniem w Gminie Lipnica\n\n"
        "Ośrodek Pomocy Społecznej zakończył realizację projektu, w którym wzięło udział 20 osób. "
        "Razem łatwiej – aktywizacja rodzin zagrożonych wykluczeniem w Gminie Lipnica była "
        "współfinansowana ze środków Unii Europejskiej.\n"
    )
    assert title(text) == (
        "Razem łatwiej – aktywizacja rodzin zagrożonych wykluczeniem w Gminie Lipnica"
    )


def test_two_tasks_on_a_page_are_no_list():
    text = (
        "Aktualności\n\n"
        "Gmina otrzymała dofinansowanie na zadanie pn. „Klub seniora w Lipnicy”, a wcześniej na "
        "zadanie pn. „Przebudowa drogi w Nowej Wsi”." + _FUNDED
    )
    assert title(text) == "Klub seniora w Lipnicy"


@pytest.mark.parametrize(
    "cue",
    [
        "Gmina realizuje projekt pn.",
        "Ośrodek prowadzi projekt pod nazwą:",
        "Realizujemy projekt pt.:",
    ],
)
def test_a_name_heading_merged_with_its_paragraph_under_a_cue_line(cue):
    text = (
        f"{cue}\n\n"
        "Aktywni seniorzy\n\n"
        "Celem głównym projektu jest aktywizacja osób starszych." + _FUNDED
    )
    assert title(text) == "Aktywni seniorzy"


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Piknik jest częścią projektu Lokalne horyzonty, który ośrodek realizuje od roku.",
            "Lokalne horyzonty",
        ),
        (
            "Zapraszamy uczestników projektu LOKALNA SIEĆ WSPARCIA, który prowadzi MOPS.",
            "LOKALNA SIEĆ WSPARCIA",
        ),
        (
            "Projekt Lokalny lider zmian realizowany jest przez Gminny Ośrodek Pomocy.",
            "Lokalny lider zmian",
        ),
    ],
)
def test_a_name_that_opens_with_lokalny(sentence, want):
    assert title("Aktualności\n\n" + sentence + _FUNDED) == want


@pytest.mark.parametrize(
    "sentence",
    [
        "Wsparcie otrzymał projekt Lokalnej Grupy Działania, który obejmie 30 osób.",
        "Środki pochodzą z projektu Lokalny Program Rewitalizacji, który przyjęła rada gminy.",
    ],
)
def test_a_local_body_or_plan_after_projekt_is_no_name(sentence):
    assert title("Aktualności\n\n" + sentence + _FUNDED) is None


@pytest.mark.parametrize(
    "event",
    [
        "W urzędzie odbyła się konferencja pt. „Rodzina w centrum uwagi”.",
        "Pracownicy ukończyli szkolenie pod nazwą „Rodzina w centrum uwagi”.",
        "Wydano publikację pt. Rodzina w centrum uwagi.",
    ],
)
def test_an_events_name_before_the_projects_own(event):
    text = (
        "Aktualności\n\n"
        f"{event}\n\n"
        "Marszałek wyróżnił projekt realizowany przez Powiatowe Centrum Pomocy Rodzinie w Lipnicy "
        "pt. „Razem ku samodzielności” w ramach Programu Operacyjnego Kapitał Ludzki.\n"
    )
    assert title(text) == "Razem ku samodzielności"


def test_an_events_name_alone_is_no_title():
    text = (
        "Aktualności\n\n"
        "W sali urzędu odbyła się konferencja pt. „Rodzina w centrum uwagi”, w której wzięło "
        "udział 80 osób." + _FUNDED
    )
    assert title(text) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Gmina pozyskała dotację z programu kompleksowego wsparcia dla rodzin „Za życiem”.",
        "Klub powstał w ramach Programu Wieloletniego „Senior+” na lata 2021-2025.",
        "Dofinansowanie przyznano w ramach programu „Opieka wytchnieniowa” – edycja 2024.",
    ],
)
def test_a_national_programmes_name_is_no_title(sentence):
    assert title("Aktualności\n\n" + sentence + " Wartość zadania to 120 000 zł.\n") is None


def test_a_projects_name_that_opens_like_a_programme_stays():
    text = (
        "Aktualności\n\n"
        "Ośrodek realizuje projekt pn. „Opieka wytchnieniowa dla rodzin z Lipnicy”." + _FUNDED
    )
    assert title(text) == "Opieka wytchnieniowa dla rodzin z Lipnicy"


@pytest.mark.parametrize(
    "heading",
    [
        "DOTACJA DLA DZIENNEGO DOMU POMOCY W LIPNICY",
        "Dofinansowanie na klub seniora w Nowej Wsi",
        "Podpisanie umowy o dofinansowanie dla gminy",
        "Wyróżnienie dla ośrodka pomocy w Lipnicy",
    ],
)
def test_a_news_heading_about_money_or_an_award_is_no_title(heading):
    text = (
        f"{heading}\n\n"
        "Gmina otrzymała 120 800 zł na prowadzenie placówki, z której skorzysta 40 seniorów.\n"
    )
    assert title(text) is None


_EN_FACTS = " Total budget: PLN 400,000. The EU contribution is PLN 340,000 (85%)."


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "The Neighbourhood care network project is carried out by the welfare centre.",
            "Neighbourhood care network",
        ),
        (
            "The Warm homes for seniors project was co-financed by the European Social Fund.",
            "Warm homes for seniors",
        ),
        ("The Active together project aims to support 40 families.", "Active together"),
    ],
)
def test_an_english_name_in_sentence_case_before_project(sentence, want):
    assert title("News\n\n" + sentence + _EN_FACTS) == want


@pytest.mark.parametrize(
    "sentence",
    [
        "Funds come from the ERF under which the project is carried out by the centre.",
        "The aim of the project is to support 40 families in the municipality.",
        "This is why the Centre within the project was opened for families.",
    ],
)
def test_a_clause_before_project_is_no_english_name(sentence):
    assert title("News\n\n" + sentence + _EN_FACTS) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Ośrodek prowadzi projekt konkursowy pt. Aktywni razem w gminie. Trwa on dwa lata.",
        "Ośrodek prowadzi projekt konkursowy pt. „Aktywni razem w gminie”, który trwa dwa lata.",
        "Gmina realizuje konkursowy projekt pn. Aktywni razem w gminie. Trwa on dwa lata.",
    ],
)
def test_an_adjective_of_an_event_noun_before_the_cue_is_no_event(sentence):
    assert title("Aktualności\n\n" + sentence + _FUNDED) == "Aktywni razem w gminie"


_LONG = (
    "\n\nProjekt jest współfinansowany ze środków Unii Europejskiej w ramach Regionalnego "
    "Programu Operacyjnego. Wartość projektu wynosi 420 000 zł, a udział w nim weźmie 30 osób.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ośrodek realizuje projekt pn. »Dom pełen życia«, który potrwa dwa lata.",
        "Ośrodek realizuje projekt pn. ''Dom pełen życia'', który potrwa dwa lata.",
        "Ośrodek realizuje projekt pn. ,,Dom pełen życia'', który potrwa dwa lata.",
        "Ośrodek realizuje projekt pt: „Dom pełen życia”, który potrwa dwa lata.",
        "Ośrodek realizuje projekt pn: Dom pełen życia, który potrwa dwa lata.",
    ],
)
def test_more_quote_and_cue_spellings(sentence):
    assert title("Aktualności\n\n" + sentence + _LONG) == "Dom pełen życia"


def test_two_apostrophes_inside_a_word_are_left_alone_where_no_name_follows():
    text = "Aktualności\n\nOśrodek prowadzi zajęcia w sali nr 2''." + _LONG
    assert title(text) is None


@pytest.mark.parametrize(
    "label",
    [
        "Tytuł projektu – Dom pełen życia",
        "Nazwa projektu - „Dom pełen życia”",
        "Tytuł projektu | Dom pełen życia",
    ],
)
def test_a_title_label_with_a_dash_under_a_heading(label):
    assert title("Aktualności\n\n" + label + _LONG) == "Dom pełen życia"


def test_a_sentence_about_the_title_under_a_heading_is_no_label():
    text = "Aktualności\n\nTytuł projektu brzmi dumnie, a jego rezultaty są skromne." + _LONG
    assert title(text) is None


def test_a_quoted_label_value_with_the_next_sentence_run_on():
    text = (
        "Nazwa projektu: „Dom pełen życia” Projekt jest współfinansowany ze środków Unii "
        "Europejskiej. Wartość projektu wynosi 420 000 zł, a udział w nim weźmie 30 osób.\n"
    )
    assert title(text) == "Dom pełen życia"


@pytest.mark.parametrize(
    "sentence",
    [
        "W ramach projektu Razem łatwiej odbyły się warsztaty dla 30 osób.",
        "W ramach projektu systemowego Razem łatwiej ośrodek zatrudnił asystentów rodziny.",
        "W ramach projektu Razem łatwiej zorganizowano wyjazd integracyjny.",
    ],
)
def test_a_name_after_w_ramach_projektu_before_the_clauses_verb(sentence):
    text = "Nowe wsparcie dla rodzin\n\n" + sentence + _FUNDED
    assert title(text) == "Razem łatwiej"


@pytest.mark.parametrize(
    "sentence",
    [
        "W ramach projektu Centrum Usług Społecznych zatrudniło asystentów dla 30 osób.",
        "W ramach projektu Świetlica Środowiskowa zorganizowała wyjazd dla 30 dzieci.",
    ],
)
def test_a_facility_after_w_ramach_projektu_is_no_name(sentence):
    text = "Aktywni seniorzy w Lipnicy\n\n" + sentence + _FUNDED
    assert title(text) == "Aktywni seniorzy w Lipnicy"


def test_a_news_headline_repeated_only_by_its_breadcrumb_is_no_title():
    text = (
        "PORTAL POWIATOWY – wiadomości z regionu\n"
        "Region | Fundusze | Kultura\n\n"
        "Fundusze › Szansa na nowy start\n"
        "marzec 2021\n\n"
        "Szansa na nowy start\n\n"
        "Dofinansowanie otrzymało aż 14 inicjatyw dotyczących klubów i centrów integracji w "
        "regionie; ich łączna wartość przekracza 20 mln zł, z czego 15 mln zł pochodzi z Unii "
        "Europejskiej. Pomoc trafi do blisko 900 osób.\n"
    )
    assert title(text) is None


def test_a_project_under_a_projects_step_of_the_breadcrumb_stays():
    text = (
        "Ośrodek Pomocy Społecznej w Lipnicy\n\n"
        "Projekty UE › Szansa na nowy start\n\n"
        "Szansa na nowy start\n\n"
        "Ośrodek realizuje projekt współfinansowany ze środków Unii Europejskiej, w którym "
        "weźmie udział 30 osób. Wartość projektu wynosi 420 000 zł.\n"
    )
    assert title(text) == "Szansa na nowy start"


def test_a_heading_the_page_writes_again_in_its_prose_stays():
    text = (
        "Aktualności › Szansa na nowy start\n\n"
        "Szansa na nowy start\n\n"
        "Szansa na nowy start to nasza odpowiedź na bezrobocie w gminie; weźmie w niej udział "
        "30 osób. Wartość projektu wynosi 420 000 zł, a środki pochodzą z Unii Europejskiej.\n"
    )
    assert title(text) == "Szansa na nowy start"


@pytest.mark.parametrize(
    "heading",
    [
        "Zapytanie ofertowe na usługę cateringową",
        "Rozeznanie rynku – usługi opiekuńcze",
        "Informacja o wyborze najkorzystniejszej oferty",
        "Zaproszenie do złożenia oferty na szkolenie",
    ],
)
def test_an_offices_notice_heading_is_no_title(heading):
    text = (
        f"{heading}\n\n"
        "Ośrodek Pomocy Społecznej w Lipnicy zaprasza do składania ofert na usługę dla 40 osób. "
        "Termin składania ofert: 12.05.2021. Wartość zamówienia nie przekracza 30 000 zł.\n"
    )
    assert title(text) is None


def test_a_notice_under_a_project_names_the_project():
    text = (
        "ZAPYTANIE OFERTOWE NR 2/2021\n\n"
        "na przeprowadzenie szkolenia dla uczestników projektu „Bliżej rodziny” "
        "współfinansowanego ze środków Europejskiego Funduszu Społecznego. Wartość zamówienia "
        "nie przekracza 30 000 zł. Szkolenie obejmie 12 osób.\n"
    )
    assert title(text) == "Bliżej rodziny"


@pytest.mark.parametrize(
    "rows",
    [
        "Działanie    9.1. Aktywna integracja osób zagrożonych wykluczeniem\n\n",
        "Priorytet VII Promocja integracji społecznej\n\n",
        "Poddziałanie 7.1.2 Rozwój i upowszechnianie aktywnej integracji\n\n",
    ],
)
def test_a_measures_name_after_its_code_is_no_heading_title(rows):
    text = (
        "Projekty zrealizowane\n\n"
        "Źródło finansowania: Europejski Fundusz Społeczny\n\n"
        + rows
        + "Całkowita wartość projektu: 477 227 zł. Okres realizacji: 01.08.2008 – 31.12.2008. "
        "Projekt objął 117 osób zagrożonych wykluczeniem.\n"
    )
    assert title(text) is None


def test_a_row_of_another_label_opening_with_nazwa_is_no_title():
    text = (
        "Nazwa Funduszu | Europejski Fundusz Społeczny\n"
        "Wartość projektu | 420 000 zł\n"
        "Liczba uczestników | 30\n\n"
        "Gmina realizuje projekt współfinansowany ze środków Unii Europejskiej.\n"
    )
    assert title(text) is None


def test_a_title_row_with_cells_stays():
    text = (
        "Tytuł projektu | Dom pełen życia\n"
        "Wartość projektu | 420 000 zł\n"
        "Liczba uczestników | 30\n\n"
        "Gmina realizuje projekt współfinansowany ze środków Unii Europejskiej.\n"
    )
    assert title(text) == "Dom pełen życia"


def test_a_measures_name_written_twice_after_its_codes_is_no_title():
    text = (
        "Miasto > Polityka społeczna > Projekty zrealizowane\n\n"
        "Projekt systemowy zrealizowany przez Miejski Ośrodek Pomocy Społecznej w Lipnicy\n\n"
        "Źródło finansowania          Europejski Fundusz Społeczny\n"
        "Priorytet                    VII. Promocja integracji społecznej\n"
        "Działanie                    7.1. Rozwój i upowszechnianie aktywnej integracji\n"
        "Poddziałanie                 7.1.2. Rozwój i upowszechnianie aktywnej integracji przez "
        "powiatowe centra pomocy rodzinie\n"
        "Całkowita wartość projektu   477.227 PLN\n"
        "Okres realizacji             01.08.2008r. - 31.12.2008r.\n\n"
        "Cel projektu\nProjekt objął 117 osób zagrożonych wykluczeniem społecznym.\n"
    )
    assert title(text) is None


@pytest.mark.parametrize(
    "heading",
    [
        "Projekt systemowy zrealizowany przez Gminny Ośrodek Pomocy Społecznej",
        "Projekt współfinansowany ze środków Unii Europejskiej",
        "Projekty realizowane przez ośrodek",
    ],
)
def test_a_heading_about_a_project_with_its_participle_is_no_title(heading):
    text = (
        f"{heading}\n\n"
        "Ośrodek zakończył działania, w których wzięło udział 20 osób; wartość działań to "
        "250 000 zł, a środki pochodzą z Unii Europejskiej.\n"
    )
    assert title(text) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "W ramach projektu Klub Seniora prowadzi zajęcia dla 30 osób.",
        "W ramach projektu Dom Dziennego Pobytu realizuje zajęcia dla 30 osób.",
    ],
)
def test_a_facility_run_in_the_project_before_its_verb_is_no_name(sentence):
    text = "Aktywni seniorzy w Lipnicy\n\n" + sentence + _FUNDED
    assert title(text) == "Aktywni seniorzy w Lipnicy"
