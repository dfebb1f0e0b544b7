"""List families (instruments, planned breakdowns) on wordings written for these tests, not copied
from any labelled page: layouts and phrasings met on real welfare-centre pages the rules had not
seen (the sixth session on the lists), each with negatives."""

from __future__ import annotations

import pytest

from integra.extract import extract_text


def rec(text: str) -> dict:
    return extract_text(text, "family.txt")[0]


# --------------------------------------------------------------------------- breakdowns


@pytest.mark.parametrize(
    "text, breakdown",
    [
        (  # the total said twice; the split beside the second statement
            "Zasady udziału\n\n• Do projektu przyjmiemy 80 osób z terenu gminy.\n"
            "• Pierwszeństwo mają osoby z niepełnosprawnościami.\n"
            "• Planowana liczba uczestników to 80 osób, w tym 50 kobiet i 30 mężczyzn.",
            {"kobiety": 50, "mężczyźni": 30},
        ),
        (  # a share after each sex's count: "48K tj. 60% i 32M tj. 40%"
            "Do projektu przyjmiemy 80 osób z gminy – 48K tj. 60% i 32M tj. 40%.",
            {"kobiety": 48, "mężczyźni": 32},
        ),
        (  # "6K i4M": the letter glued to the next count
            "Celem jest aktywizacja 12 osób (7K i5M) z osiedla Zatorze.",
            {"kobiety": 7, "mężczyźni": 5},
        ),
        (  # no planned total read, but a count with its own split in parentheses
            "Zajęcia w klubie kierujemy do 75 mieszkańców (45K i 30M) z osiedla Zatorze.",
            {"kobiety": 45, "mężczyźni": 30},
        ),
        (  # groups under "objęte są:" without a total
            "Grupa docelowa\n\nW 2013 roku działaniami projektu objęte są:\n"
            "– 12 osób bezrobotnych;\n– 4 osoby opuszczające rodziny zastępcze;\n"
            "– 3 osoby z niepełnosprawnością.",
            {
                "osób bezrobotnych": 12,
                "osoby opuszczające rodziny zastępcze": 4,
                "osoby z niepełnosprawnością": 3,
            },
        ),
        (  # lines without markers under a target-group heading, no total
            "Odbiorcy projektu:\nseniorzy – 18 osób\nopiekunowie faktyczni – 7 osób",
            {"seniorzy": 18, "opiekunowie faktyczni": 7},
        ),
        (  # the total, a dash, and its parts
            "W projekcie weźmie udział 50 osób – 35 osób z gminy Lipno i 15 osób z gminy Wielgie.",
            {"osób z gminy Lipno": 35, "osób z gminy Wielgie": 15},
        ),
        (  # dotted leaders on lines of their own, no total read
            "Uczestnicy tegorocznej edycji:\n   kobiety ............ 9\n   mężczyźni .......... 4\n",
            {"kobiety": 9, "mężczyźni": 4},
        ),
        (  # women and men alone as list items under "skierowany jest do:"
            "Projekt skierowany jest do:\n- 14 kobiet,\n- 9 mężczyzn.",
            {"kobiety": 14, "mężczyźni": 9},
        ),
        (  # no total read; women and men stated as the plan's, label first with counts after
            "W klubie wezmą udział kobiety (15) i mężczyźni (6) z gminy.",
            {"kobiety": 15, "mężczyźni": 6},
        ),
        (  # a split that adds up to the total beside more people or a subset: the split
            "Liczba uczestników projektu: 30 osób, w tym 18 kobiet i 12 mężczyzn oraz 8 osób z "
            "otoczenia.",
            {"kobiety": 18, "mężczyźni": 12},
        ),
        (  # groups named first, counted by sex after a dash
            "W tym roku wsparcie kierujemy do dwóch grup:\n"
            "• klub rodzica – 7 kobiet wychowujących dzieci samotnie;\n"
            "• klub młodzieży – uczniowie szkół z gminy – 5 chłopców i 3 dziewczynki... "
            "– 5 mężczyzn i 3 kobiety.",
            {
                "kobiety – klub rodzica": 7,
                "mężczyźni – klub młodzieży": 5,
                "kobiety – klub młodzieży": 3,
            },
        ),
    ],
)
def test_breakdown_families_of_the_sixth_session(text, breakdown):
    assert rec(text)["participants_planned_breakdown"] == breakdown


@pytest.mark.parametrize(
    "text",
    [
        # an actual count with its split: not the plan's
        "W zajęciach wzięło udział 40 osób (25K i 15M) z Zatorza.",
        # two different splits of counts on one page and no total: none is taken
        "Klub odwiedziło 30 seniorów. Kierujemy go do 20 osób (12K i 8M), a kurs do 10 osób (6K i 4M).",
        # women and men in a sentence about something else than the plan, no total
        "W gminie mieszka 300 kobiet i 280 mężczyzn w wieku senioralnym.",
        # lines under a heading that is not the target group
        "Rezultaty projektu:\nzatrudnienie – 12 osób\nkwalifikacje – 20 osób",
        # the total, a dash, and parts that do not add up to it
        "W projekcie weźmie udział 50 osób – 35 osób z gminy Lipno i 5 osób z gminy Wielgie.",
        # a split adding up to the total in a sentence that counts other people
        "Projekt obejmie 90 osób. W mieście mieszka 2 000 seniorów, w tym 60 kobiet i 30 mężczyzn "
        "korzysta z pomocy.",
    ],
)
def test_no_breakdown_of_the_sixth_session_families(text):
    assert rec(text)["participants_planned_breakdown"] == {}


# --------------------------------------------------------------------------- instruments


HEAD = "Projekt „Razem” realizuje MOPS w Pile od stycznia 2020 r. do grudnia 2021 r.\n\n"


def inst(text: str) -> list[str]:
    """The instruments of a page whose first paragraph states the project (so it is one)."""
    return rec(HEAD + text)["instruments"]


def _has(items: list[str], want: str) -> bool:
    return any(want.lower() == i.lower() for i in items)


@pytest.mark.parametrize(
    "text, want",
    [
        (  # a list under a goal heading that names the tasks outright
            "Cel ten zrealizujemy poprzez następujące działania:\n"
            "• poradnictwo rodzinne;\n• zajęcia z dietetykiem;\n• klub wolontariusza.",
            ["poradnictwo rodzinne", "zajęcia z dietetykiem", "klub wolontariusza"],
        ),
        (  # qualifications to gain: the courses, as written (also a carer's course)
            "Uczestniczki będą mogły uzyskać nowe kwalifikacje, np.:\n"
            "- opiekunki dziecięcej,\n- florysty - dekoratora wnętrz,\n- magazyniera.",
            ["opiekunki dziecięcej", "florysty", "magazyniera"],
        ),
        (  # task lines under "Formy wsparcia", the body running each cut off
            "Formy wsparcia\n\nModuł 1 – Klub Młodzieżowy – Stowarzyszenie Most.\n"
            "Moduł 2 – Mieszkanie treningowe – Miejski Ośrodek Pomocy Społecznej.\n"
            "Moduł 3: Poradnictwo prawne.",
            ["Klub Młodzieżowy", "Mieszkanie treningowe", "Poradnictwo prawne"],
        ),
        (  # "będą to" and a nominative enumeration; "lub" joins one form
            "Wsparcie dobierzemy do potrzeb. Będą to kursy lub szkolenia komputerowe, "
            "praktyki oraz opieka wytchnieniowa.",
            ["kursy lub szkolenia komputerowe", "praktyki", "opieka wytchnieniowa"],
        ),
        (  # the page's heading is the form of support (a club, a programme)
            "Aktualności › Klub Seniora\n\nKLUB SENIORA – SPOTKANIE WIGILIJNE\n\n"
            "Seniorzy spotkali się przy choince.",
            ["klub seniora"],
        ),
        (  # a place or a service that "powstanie" / "ruszy"
            "W Lipówce powstanie klub seniora. W gminie ruszy ponadto świetlica środowiskowa.",
            ["klub seniora", "świetlica środowiskowa"],
        ),
        (  # forms in parentheses after "w projekcie", in the locative
            "W projekcie (szkoleniach, warsztatach i spotkaniach on-line) uczestniczyli "
            "pracownicy socjalni z powiatu.",
            ["szkolenia", "warsztaty", "spotkania on-line"],
        ),
        (  # "przez dostęp do usług …" with the head shared by the persons after it
            "Wsparcie – przez dostęp do usług mediatora, pedagoga i terapeuty uzależnień.",
            ["usługi mediatora", "usługi pedagoga", "usługi terapeuty uzależnień"],
        ),
        (  # "zaplanowane zostały" + nominative; a dative addressee before the first item
            "Zaplanowane zostały warsztaty kulinarne i wyjazd integracyjny. Oferujemy "
            "uczestnikom poradnictwo rodzinne oraz trening umiejętności wychowawczych.",
            [
                "warsztaty kulinarne",
                "wyjazd integracyjny",
                "poradnictwo rodzinne",
                "trening umiejętności wychowawczych",
            ],
        ),
        (  # "znalazły się" / "działały też" + nominative; a detail after "po 4 godz." cut off
            "W ofercie znalazły się kursy florystyczne oraz usługi o charakterze doradczym. "
            "Dla rodziców przez rok działały też grupy wsparcia po 3 godz. w miesiącu.",
            ["kursy florystyczne", "usługi o charakterze doradczym", "grupy wsparcia"],
        ),
        (  # a label row or a label with a colon: "Rodzaj wsparcia:", "Działania w projekcie |"
            "Rodzaj wsparcia: poradnictwo rodzinne; warsztaty z psychologiem\n\n"
            "Działania w projekcie | mieszkanie wspomagane, asystent osobisty",
            [
                "poradnictwo rodzinne",
                "warsztaty z psychologiem",
                "mieszkanie wspomagane",
                "asystent osobisty",
            ],
        ),
        (  # lines without markers under a heading that names the support
            "Formy wsparcia:\n\nporadnictwo rodzinne\nwarsztaty florystyczne\nzajęcia na basenie",
            ["poradnictwo rodzinne", "warsztaty florystyczne", "zajęcia na basenie"],
        ),
        (  # a table whose first column is headed "Forma wsparcia"
            "Forma wsparcia | Liczba godzin\nTrening umiejętności rodzicielskich | 24\n"
            "Konsultacje z dietetykiem | 10\nRazem | 34",
            ["Trening umiejętności rodzicielskich", "Konsultacje z dietetykiem"],
        ),
        (  # "realizację następujących działań:" + genitive; "mogą liczyć na:"
            "Projekt przewiduje realizację następujących działań: grupowego poradnictwa "
            "zawodowego i staży. Seniorzy mogą liczyć na: porady geriatry, zajęcia z tańca.",
            ["grupowe poradnictwo zawodowe", "staże", "porady geriatry", "zajęcia z tańca"],
        ),
        (  # more verbs that offer the support, each with its case
            "Dla mieszkańców przygotowano m.in. kursy florystyczne. Projekt oferuje "
            "poradnictwo rodzinne i zajęcia z tańca. Uczestniczki zostaną skierowane na staże. "
            "Mamy też możliwość udziału w warsztatach decoupage i szkoleniach kelnerskich.",
            [
                "kursy florystyczne",
                "poradnictwo rodzinne",
                "zajęcia z tańca",
                "staże",
                "warsztaty decoupage",
                "szkolenia kelnerskie",
            ],
        ),
        (  # "składa się z trzech modułów:" + genitive; "w ofercie są"
            "Program składa się z dwóch modułów: treningów pamięci i kursów komputerowych. "
            "W ofercie klubu są też wycieczki krajoznawcze.",
            ["treningi pamięci", "kursy komputerowe", "wycieczki krajoznawcze"],
        ),
        (  # the first person plural past; "pracownik socjalny" is a person, not social work
            "– Przygotowaliśmy dla podopiecznych m.in. kursy kroju i szycia – mówi pracownik "
            "socjalny ośrodka.",
            ["kursy kroju i szycia"],
        ),
        (  # "Zadanie 1." with the name on the next line, under "zaplanowano dwa zadania:"
            "W projekcie zaplanowano dwa zadania:\nZadanie 1.\nMieszkanie treningowe dla "
            "wychowanków\nZadanie 2.\nPoradnictwo dla rodzin zastępczych",
            ["Mieszkanie treningowe dla wychowanków", "Poradnictwo dla rodzin zastępczych"],
        ),
        (  # a bare head before adjectives after "np." or a colon; "czy" joins items
            "Seniorzy skorzystają z różnego rodzaju usług, np. opiekuńczych czy transportowych. "
            "Dzieci wezmą udział w zajęciach: plastycznych i muzycznych.",
            [
                "usługi opiekuńcze",
                "usługi transportowe",
                "zajęcia plastyczne",
                "zajęcia muzyczne",
            ],
        ),
        (  # a numbered table of tasks under a heading that names them; long items kept whole
            "W programie przewidziano następujące działania:\nLp. | Działanie\n"
            "1 | Dystrybucja paczek żywnościowych wśród najuboższych mieszkańców gminy w punktach "
            "wydawania prowadzonych przez organizacje partnerskie programu\n"
            "2 | Warsztaty kulinarne i ekonomiczne dla odbiorców pomocy żywnościowej",
            [
                "Dystrybucja paczek żywnościowych wśród najuboższych mieszkańców gminy w punktach "
                "wydawania prowadzonych przez organizacje partnerskie programu",
                "Warsztaty kulinarne i ekonomiczne dla odbiorców pomocy żywnościowej",
            ],
        ),
        (  # evaluative words before a form are not part of it; a list of activities after a
            # lexicon entry and a colon keeps the entry
            "Projekt oferował ciekawe szkolenia. Od maja trwają działania środowiskowe: "
            "sadzenie drzew i sprzątanie podwórek.",
            ["szkolenia", "działania środowiskowe"],
        ),
        (  # the form before the verb that says who gave it
            "Przez rok, po 6 godz./mies., indywidualnych porad udzielali: prawnik i mediator; "
            "hipoterapię prowadził instruktor. Warsztaty kulinarne poprowadzi szef kuchni.",
            ["indywidualne porady", "hipoterapia", "Warsztaty kulinarne"],
        ),
        (  # "Będą w nim m.in. …" about a club that opens
            "W Lipnie powstanie klub seniora. Będą w nim m.in. zajęcia ruchowe i porady dietetyka.",
            ["klub seniora", "zajęcia ruchowe", "porady dietetyka"],
        ),
        (  # "cały szereg imprez …": the light head and the word before it dropped
            "Zorganizowano cały szereg imprez kulturalno-rekreacyjnych oraz wyjazdów.",
            ["imprezy kulturalno-rekreacyjne", "wyjazdy"],
        ),
        (  # forms that start, go on or end ("ruszyły", "trwają", "zakończył się")
            "W maju ruszyły warsztaty florystyczne. Trwają też treningi pamięci, a w czerwcu "
            "zakończył się kurs pierwszej pomocy.",
            ["warsztaty florystyczne", "treningi pamięci", "kurs pierwszej pomocy"],
        ),
        (  # topics of trainings after a colon, in the nominative
            "W czerwcu odbyły się również szkolenia uzupełniające: obsługa komputera, "
            "komunikacja interpersonalna, zarządzanie czasem.",
            ["obsługa komputera", "komunikacja interpersonalna", "zarządzanie czasem"],
        ),
    ],
)
def test_instrument_families_of_the_sixth_session(text, want):
    items = inst(text)
    assert all(_has(items, w) for w in want), items


@pytest.mark.parametrize(
    "text, not_wanted",
    [
        (  # tasks a budget counts, under a heading that only counts them
            "Projekt składa się z 3 zadań:\n\nZadanie nr 1 – Zarządzanie projektem.\n"
            "Zadanie nr 2 – Promocja projektu.\nZadanie nr 3 – Rozliczenie projektu.",
            ["Zarządzanie projektem", "Promocja projektu"],
        ),
        (  # task lines of management under a support heading are still not support
            "Zakres wsparcia\n\nZadanie 1 – Zarządzanie projektem – MOPS.\n"
            "Zadanie 2 – Promocja projektu – MOPS.",
            ["Zarządzanie projektem", "Promocja projektu"],
        ),
        (  # a goal list without a strong heading is not read
            "Cele projektu:\n• wzrost aktywności społecznej;\n• poprawa dostępu do usług.",
            ["wzrost aktywności społecznej", "poprawa dostępu do usług"],
        ),
        (  # "będą to" introducing people, not support
            "Uczestnikami będą to osoby bezrobotne i ich rodziny z gminy.",
            ["osoby bezrobotne"],
        ),
        (  # a menu row or a long line naming the club is not the page's heading
            "Start | Klub Seniora | Kontakt\n\nOśrodek zaprasza na dyżury w środy.",
            ["klub seniora"],
        ),
        (  # a parenthesis after "w projekcie" that is not a list of forms
            "W projekcie (RPO WK-P 2014-2020, Działanie 9.2) uczestniczą mieszkańcy gminy.",
            ["RPO WK-P 2014-2020"],
        ),
        (  # a trigger inside a parenthesis: its list ends there; persons' support is not a form
            "Zwiększy się aktywność 30 osób (połowa z 60 osób objętych wsparciem projektu), "
            "którym grozi wykluczenie z powodu pobytu w pieczy zastępczej.",
            ["wsparcie projektu", "wsparcie pobytu w pieczy zastępczej"],
        ),
        (  # the accounts and the project's own evaluation are not support
            "Księgowa przygotowała bilans końcowy. Uczestniczyli w spotkaniach ewaluacyjnych.",
            ["bilans końcowy", "spotkania ewaluacyjne"],
        ),
        (  # "działalność" is not "działały"; a list's heading "usługi … z zakresu:" is no item
            "Działalność animatorów lokalnych była ważna. Świadczono usługi społeczne z zakresu:\n"
            "– kultury,\n– zdrowia.",
            ["animatorzy lokalni", "usługi społeczne z zakresu"],
        ),
        (  # an adjective after a dropped item is not attached to an older one
            "Uczestnicy skorzystali ze szkoleń, z pomocy Ośrodka, społecznej i zawodowej.",
            ["szkolenia społeczne", "szkolenia zawodowe"],
        ),
        (  # a label and its value is not a table of forms; nor are facts under a form heading
            "Forma wsparcia | Szkolenia 2019\nOkres realizacji | 2019-2020\n"
            "Wartość projektu | 100 000 zł",
            ["Okres realizacji", "Wartość projektu"],
        ),
        (  # hard-wrapped prose after a heading is not a list of lines
            "Formy wsparcia:\nW projekcie zaplanowano szereg działań dla mieszkańców osiedla, "
            "którzy od lat\nkorzystają z pomocy ośrodka i chcą zmienić swoją sytuację życiową "
            "oraz zawodową.",
            ["korzystają z pomocy ośrodka i chcą zmienić swoją sytuację życiową oraz zawodową"],
        ),
        (  # lines under a heading that is not one of support
            "Dokumenty do pobrania:\nregulamin projektu\nformularz zgłoszeniowy\n"
            "deklaracja uczestnictwa",
            ["regulamin projektu", "formularz zgłoszeniowy"],
        ),
        (  # a lexicon entry inside a body's name is not a form
            "Od 2015 r. działa tu Centrum Działań Środowiskowych, które oferuje mieszkańcom "
            "porady prawne.",
            ["działania środowiskowe", "Działania Środowiskowe"],
        ),
        (  # "warsztatach kompetencji i …": the conjunction is not the competence's name
            "Uczestnicy projektu wezmą udział w warsztatach kompetencji i w wycieczkach.",
            ["warsztaty kompetencji i", "warsztatach kompetencji i"],
        ),
        (  # "oferuje" about an institution's range, not forms: persons are no forms
            "Ośrodek oferuje mieszkańcom gminy pomoc społeczną i świadczenia rodzinne.",
            ["pomoc społeczna", "świadczenia rodzinne"],
        ),
        (  # "pracownik socjalny" is no social work; a bare "usług" alone is no form
            "Rozmawiamy z pracownikiem socjalnym. Mieszkańcy skorzystają z usług oraz z pomocy "
            "Ośrodka.",
            ["praca socjalna", "usługi"],
        ),
        (  # a numbered table under a heading that does not name the support
            "Harmonogram naboru:\nLp. | Działanie\n1 | Przyjmowanie formularzy zgłoszeniowych\n"
            "2 | Ogłoszenie listy osób zakwalifikowanych",
            ["Przyjmowanie formularzy zgłoszeniowych"],
        ),
        (  # a menu row, a demonstrative naming what came before, a place after the verb
            "Dowiedz się więcej | Skorzystaj z Programu | Zobacz ogłoszenia\n\n"
            "Projekt zwiększy dostępność usług dzięki realizacji tych usług w gminie. "
            "Spotkanie zorganizowano w świetlicy wiejskiej w Lipnie.",
            ["Programu | Zobacz ogłoszenia", "te usługi w gminie", "świetlica wiejska w Lipnie"],
        ),
        (  # a role named after a form; a certificate of a training; a link menu
            "Animator działań środowiskowych opowiedział o festynie. Każda uczestniczka "
            "otrzymała zaświadczenie o ukończeniu szkolenia.\n\nStrona Główna Metryka Projektu "
            "Budżet Projektu Realizacja Projektu Promocja Projektu Ogólne Dane Szkolenia "
            "Doradztwo Zawodowe Galeria Zdjęć Kontakt",
            ["działania środowiskowe", "szkolenia", "doradztwo zawodowe", "Doradztwo Zawodowe"],
        ),
        (  # the object before "prowadził" that is no form, or a bare generic head
            "Projekt prowadził Miejski Ośrodek Pomocy Społecznej. Zajęcia prowadzili specjaliści.",
            ["projekt", "Projekt", "zajęcia", "Zajęcia"],
        ),
        (  # what starts may be no form of support
            "Rozpoczęła się rekrutacja do projektu. Trwają prace remontowe w budynku ośrodka.",
            ["rekrutacja", "prace remontowe"],
        ),
        (  # the project's own meetings and its group of recipients are no forms
            "W marcu odbyło się spotkanie organizacyjne. Projekt obejmie większą grupę odbiorców.",
            ["spotkanie organizacyjne", "większa grupa odbiorców"],
        ),
        (  # "kompleksowe wsparcie …" sums up the project, it is not one form
            "Projekt zapewni kompleksowe wsparcie rodzin z gminy oraz warsztaty dla rodziców.",
            ["kompleksowe wsparcie rodzin z gminy"],
        ),
        (  # courses in the genitive after a colon keep their head
            "W maju zorganizowano kursy: kucharza, magazyniera i spawacza.",
            ["kucharza", "magazyniera"],
        ),
    ],
)
def test_instrument_families_of_the_sixth_session_negatives(text, not_wanted):
    items = inst(text)
    assert not any(_has(items, w) for w in not_wanted), items


def test_courses_in_the_genitive_after_a_colon_keep_their_head():
    assert inst("W maju zorganizowano kursy: kucharza, magazyniera i spawacza.") == [
        "kursy kucharza",
        "kursy magazyniera",
        "kursy spawacza",
    ]


EN_HEAD = (
    "The project is implemented by the Municipal Social Welfare Centre in Piła from 1 March 2019 "
    "to 31 December 2021 and is worth PLN 1,200,000. "
)


@pytest.mark.parametrize(
    "text, items",
    [
        (  # "forms of support are planned:" and an item that names the social work
            "The following forms of support are planned: social work, social contracts and "
            "occupational therapy.",
            ["social work", "social contracts", "occupational therapy"],
        ),
        (  # a list under "… tasks will be implemented …:", long items kept whole
            "Two tasks will be implemented within the project:\n"
            "- Establishment of a day care centre for seniors from the municipality, open five "
            "days a week, with meals, rehabilitation and leisure activities for its participants\n"
            "- Training of family carers",
            [
                "Establishment of a day care centre for seniors from the municipality, open five "
                "days a week, with meals, rehabilitation and leisure activities for its participants",
                "Training of family carers",
            ],
        ),
        (  # "… for the participants" is no part of the item
            "The support will include job-search workshops and internships for the participants.",
            ["job-search workshops", "internships"],
        ),
    ],
)
def test_english_instrument_families_of_the_sixth_session(text, items):
    assert rec(EN_HEAD + text)["instruments"] == items


# ------------------------------------------------- seventh session: parts that add up to the total


@pytest.mark.parametrize(
    "text, breakdown",
    [
        (  # one count per list item, the items adding up to the planned total
            "Projekt „Dom na start” obejmie wsparciem 30 osób.\n\n"
            "Liczba osób w poszczególnych formach:\n"
            "• w mieszkaniu chronionym – 6 osób (2 turnusy),\n"
            "• w klubie samopomocy – 24 osoby.",
            {"mieszkaniu chronionym": 6, "klubie samopomocy": 24},
        ),
        (  # places with their counts in parentheses in one sentence
            "Wsparcie otrzyma 36 mieszkańców gminy. Kluby powstaną w Lipiu (16 miejsc) "
            "i w Borkach (20 miejsc).",
            {"Lipiu": 16, "Borkach": 20},
        ),
    ],
)
def test_parts_adding_up_to_the_total(text: str, breakdown: dict) -> None:
    assert rec(text)["participants_planned_breakdown"] == breakdown


@pytest.mark.parametrize(
    "text",
    [
        # different things counted: families and places are no split of the participants
        "Projekt obejmie 45 osób. Pomoc trafi do 30 rodzin, a w świetlicy powstanie 15 miejsc.",
        # parts that do not add up to the total
        "Projekt obejmie 40 osób. Kluby powstaną w Lipiu (16 miejsc) i w Borkach (20 miejsc).",
    ],
)
def test_no_parts_adding_up(text: str) -> None:
    assert rec(text)["participants_planned_breakdown"] == {}
