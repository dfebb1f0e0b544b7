"""Probes of the instrument rules on unseen wordings (session 21): short page fragments written for
these tests (not copied from any corpus document) in the ways Polish project pages state their forms
of support: bullets under many headings, numbered tasks, prose lists after many verbs, shared heads,
items in the instrumental, genitive and accusative, tables, final-report past tense, English pages.

Each probe is judged as the shared scorer judges a document (score_extraction._item_match): every
expected item is matched by an extracted one and every extracted item matches an expected one.
Probes that still fail are strict xfails with the reason, so that a later fix shows."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from integra.extract import extract_text
from integra.extract.record import extract_bytes

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from score_extraction import _item_match

HEAD = "Projekt realizuje Ośrodek Pomocy Społecznej w Łasku od marca 2019 r. do lutego 2021 r.\n\n"
EN = "The project is run by the Municipal Social Welfare Centre in Lask from March 2019 to February 2021.\n\n"

PROBES = [
    (
        "bul_oferowane",
        "Oferowane wsparcie:\n- doradztwo zawodowe\n- warsztaty aktywnego poszukiwania pracy\n- kursy zawodowe\n- staże zawodowe",
        [
            "doradztwo zawodowe",
            "warsztaty aktywnego poszukiwania pracy",
            "kursy zawodowe",
            "staże zawodowe",
        ],
    ),
    (
        "bul_zapewniamy",
        "W ramach projektu zapewniamy:\n• indywidualne konsultacje z psychologiem\n• poradnictwo prawne\n• opiekę nad dziećmi w czasie zajęć",
        [
            "indywidualne konsultacje z psychologiem",
            "poradnictwo prawne",
            "opiekę nad dziećmi w czasie zajęć",
        ],
    ),
    (
        "num_co_oferujemy",
        "Co oferujemy?\n1. Trening kompetencji społecznych\n2. Grupy wsparcia dla rodziców\n3. Zajęcia sportowe dla dzieci",
        [
            "Trening kompetencji społecznych",
            "Grupy wsparcia dla rodziców",
            "Zajęcia sportowe dla dzieci",
        ],
    ),
    (
        "zadanie_lines",
        "Zadania projektu:\nZadanie 1: Praca socjalna z rodzinami\nZadanie 2: Poradnictwo specjalistyczne\nZadanie 3: Zarządzanie projektem",
        ["Praca socjalna z rodzinami", "Poradnictwo specjalistyczne"],
    ),
    (
        "zadanie_dots",
        "Projekt obejmuje trzy zadania.\nZadanie nr 1. Usługi opiekuńcze w miejscu zamieszkania.\nZadanie nr 2. Dzienny dom pobytu dla seniorów.\nZadanie nr 3. Wypożyczalnia sprzętu rehabilitacyjnego.",
        [
            "Usługi opiekuńcze w miejscu zamieszkania",
            "Dzienny dom pobytu dla seniorów",
            "Wypożyczalnia sprzętu rehabilitacyjnego",
        ],
    ),
    (
        "prose_skorzystaja",
        "Uczestnicy skorzystają z poradnictwa psychologicznego, warsztatów umiejętności społecznych oraz kursów komputerowych.",
        ["poradnictwo psychologiczne", "warsztaty umiejętności społecznych", "kursy komputerowe"],
    ),
    (
        "prose_objeci_instr",
        "Wszyscy uczestnicy objęci zostaną pracą socjalną i wsparciem asystenta rodziny.",
        ["praca socjalna", "wsparcie asystenta rodziny"],
    ),
    (
        "prose_zorganizowano",
        "W 2019 roku zorganizowano dla uczestników wyjazdy integracyjne, warsztaty kulinarne i spotkania z doradcą zawodowym.",
        ["wyjazdy integracyjne", "warsztaty kulinarne", "spotkania z doradcą zawodowym"],
    ),
    (
        "prose_przeprowadzono",
        "W ramach projektu przeprowadzono szkolenia z obsługi komputera oraz treningi budżetowe.",
        ["szkolenia z obsługi komputera", "treningi budżetowe"],
    ),
    (
        "shared_head_szkolenia",
        "Uczestnicy wezmą udział w szkoleniach zawodowych, komputerowych i językowych.",
        ["szkolenia zawodowe", "szkolenia komputerowe", "szkolenia językowe"],
    ),
    (
        "shared_head_zajecia",
        "Dla dzieci przewidziano zajęcia plastyczne, muzyczne oraz sportowe.",
        ["zajęcia plastyczne", "zajęcia muzyczne", "zajęcia sportowe"],
    ),
    (
        "instr_obejmie",
        "Projekt obejmie 30 osób doradztwem zawodowym, poradnictwem prawnym i terapią uzależnień.",
        ["doradztwo zawodowe", "poradnictwo prawne", "terapia uzależnień"],
    ),
    (
        "acc_otrzymaja",
        "Uczestniczki otrzymają wsparcie psychologiczne, indywidualne doradztwo zawodowe oraz staż u pracodawcy.",
        ["wsparcie psychologiczne", "indywidualne doradztwo zawodowe", "staż u pracodawcy"],
    ),
    (
        "table_pipe",
        "Forma wsparcia | Liczba osób\nKurs prawa jazdy kat. B | 12\nSzkolenie dla opiekunek osób starszych | 8\nStaż zawodowy | 20",
        ["Kurs prawa jazdy kat. B", "Szkolenie dla opiekunek osób starszych", "Staż zawodowy"],
    ),
    (
        "final_report",
        "Projekt został zakończony. W jego ramach 25 osób ukończyło kursy zawodowe, 18 osób odbyło staże, a 40 osób skorzystało z poradnictwa psychologicznego.",
        ["kursy zawodowe", "staże", "poradnictwo psychologiczne"],
    ),
    (
        "en_prose",
        "The project offers vocational counselling, job-search workshops and paid internships for unemployed residents.",
        ["vocational counselling", "job-search workshops", "paid internships"],
    ),
    (
        "en_bullets",
        "Support offered:\n- individual counselling with a psychologist\n- IT courses\n- social skills training",
        ["individual counselling with a psychologist", "IT courses", "social skills training"],
    ),
    (
        "en_past",
        "Participants took part in vocational training, received job coaching and completed internships with local employers.",
        ["vocational training", "job coaching", "internships with local employers"],
    ),
    (
        "bul_dash_desc",
        "Działania w projekcie:\n- Trening kompetencji społecznych – zajęcia grupowe prowadzone przez psychologa\n- Doradztwo zawodowe: indywidualne spotkania z doradcą\n- Klub Integracji Społecznej – cotygodniowe spotkania uczestników",
        ["Trening kompetencji społecznych", "Doradztwo zawodowe", "Klub Integracji Społecznej"],
    ),
    (
        "udzial_w",
        "Każdy uczestnik weźmie udział w warsztatach rękodzieła i treningu umiejętności wychowawczych.",
        ["warsztaty rękodzieła", "trening umiejętności wychowawczych"],
    ),
    (
        "formy_colon_prose",
        "Zaplanowano następujące formy wsparcia: indywidualne poradnictwo psychologiczne, grupę wsparcia oraz wyjazdy integracyjne dla rodzin.",
        [
            "indywidualne poradnictwo psychologiczne",
            "grupa wsparcia",
            "wyjazdy integracyjne dla rodzin",
        ],
    ),
    (
        "realizowane_beda",
        "W ramach projektu realizowane będą: mediacje rodzinne, terapia dla par oraz konsultacje pedagogiczne.",
        ["mediacje rodzinne", "terapia dla par", "konsultacje pedagogiczne"],
    ),
    (
        "mozliwosc",
        "Uczestnicy mieli możliwość skorzystania z konsultacji dietetyka i zajęć ruchowych na basenie.",
        ["konsultacje dietetyka", "zajęcia ruchowe na basenie"],
    ),
    (
        "no_diacritics",
        "Uczestnicy skorzystaja z poradnictwa zawodowego oraz warsztatow kulinarnych.",
        ["poradnictwo zawodowe", "warsztaty kulinarne"],
    ),
    (
        "heading_plain_bullets",
        "Formy wsparcia\n- grupa samopomocowa dla opiekunów\n- usługi opiekuńcze\n- teleopieka",
        ["grupa samopomocowa dla opiekunów", "usługi opiekuńcze", "teleopieka"],
    ),
    (
        "neg_goal",
        "Celem projektu jest wzrost aktywności zawodowej i poprawa integracji społecznej mieszkańców gminy.",
        [],
    ),
    (
        "neg_admin_tasks",
        "Zadania projektu:\n1. Rekrutacja uczestników\n2. Zarządzanie projektem\n3. Promocja projektu",
        [],
    ),
    ("neg_staff", "Na potrzeby projektu zatrudniono dwóch asystentów rodziny oraz psychologa.", []),
    (
        "neg_equipment",
        "Z budżetu projektu zakupiono wyposażenie sali komputerowej i sprzęt biurowy.",
        [],
    ),
    (
        "neg_conference",
        "Zapraszamy wszystkich mieszkańców na konferencję podsumowującą projekt, która odbędzie się w ratuszu.",
        [],
    ),
    (
        "en_provides",
        "The centre provides social work, psychological support and legal advice to families at risk of exclusion.",
        ["social work", "psychological support", "legal advice"],
    ),
    (
        "en_include",
        "Activities include vocational training, job placement services and individual coaching.",
        ["vocational training", "job placement services", "individual coaching"],
    ),
    (
        "en_form_of",
        "Support will be offered in the form of counselling, workshops and traineeships.",
        ["counselling", "workshops", "traineeships"],
    ),
    (
        "en_following",
        "The following forms of support are planned: social skills training; IT courses; internships with employers.",
        ["social skills training", "IT courses", "internships with employers"],
    ),
    (
        "en_organised",
        "The project was implemented by the Municipal Social Welfare Centre. It organised cooking workshops, trips for families and a summer day camp for children.",
        ["cooking workshops", "trips for families", "summer day camp for children"],
    ),
    (
        "en_services_colon",
        "Services offered: home care services, respite care for carers and a telecare system for people living alone.",
        [
            "home care services",
            "respite care for carers",
            "telecare system for people living alone",
        ],
    ),
    (
        "en_neg_funding",
        "Funding is provided by the European Social Fund. The project includes 120 participants from the city.",
        [],
    ),
    ("en_neg_menu", "Home | About us | Projects | Social services | Contact", []),
    (
        "pl_long_enum",
        "W ramach projektu uczestnicy skorzystają z indywidualnego poradnictwa psychologicznego (średnio 5 godzin na osobę), warsztatów kompetencji społecznych prowadzonych przez trenera, kursów zawodowych zgodnych z potrzebami rynku pracy oraz płatnych staży u lokalnych pracodawców.",
        [
            "indywidualne poradnictwo psychologiczne",
            "warsztaty kompetencji społecznych",
            "kursy zawodowe",
            "płatne staże u lokalnych pracodawców",
        ],
    ),
    (
        "pl_a_takze",
        "Projekt przewiduje treningi kompetencji społecznych, zajęcia z doradcą zawodowym, a także wyjazdy integracyjne dla całych rodzin.",
        [
            "treningi kompetencji społecznych",
            "zajęcia z doradcą zawodowym",
            "wyjazdy integracyjne dla całych rodzin",
        ],
    ),
    (
        "pl_ponadto",
        "Rodziny zostaną objęte pracą socjalną. Ponadto zaplanowano terapię rodzinną i mediacje.",
        ["praca socjalna", "terapia rodzinna", "mediacje"],
    ),
    (
        "pl_min_colon",
        "Wsparcie obejmuje m.in.: poradnictwo prawne, pomoc psychologiczną, zajęcia opiekuńczo-wychowawcze dla dzieci oraz dożywianie.",
        [
            "poradnictwo prawne",
            "pomoc psychologiczna",
            "zajęcia opiekuńczo-wychowawcze dla dzieci",
            "dożywianie",
        ],
    ),
    (
        "pl_mixed_tasks",
        "W projekcie realizowane są następujące zadania:\n1. Zakup wyposażenia świetlicy\n2. Prowadzenie zajęć socjoterapeutycznych dla dzieci\n3. Wynagrodzenie koordynatora projektu\n4. Organizacja wypoczynku letniego dla dzieci",
        [
            "Prowadzenie zajęć socjoterapeutycznych dla dzieci",
            "Organizacja wypoczynku letniego dla dzieci",
        ],
    ),
    (
        "pl_neg_target",
        "Projekt skierowany jest do osób bezrobotnych, osób z niepełnosprawnościami oraz rodzin korzystających z pomocy społecznej.",
        [],
    ),
    (
        "pl_oferta",
        "Oferta obejmuje poradnictwo specjalistyczne dla osób doznających przemocy oraz grupę wsparcia dla kobiet.",
        ["poradnictwo specjalistyczne dla osób doznających przemocy", "grupa wsparcia dla kobiet"],
    ),
    (
        "pl_subheaded",
        "Formy wsparcia\nAsystent rodziny\nKażda rodzina otrzyma pomoc asystenta przez cały rok.\nTerapia rodzinna\nSpotkania z terapeutą odbywać się będą raz w tygodniu.",
        ["Asystent rodziny", "Terapia rodzinna"],
    ),
    (
        "pl_letters",
        "Projekt obejmuje: a) usługi opiekuńcze, b) specjalistyczne usługi opiekuńcze, c) wsparcie dla opiekunów faktycznych.",
        [
            "usługi opiekuńcze",
            "specjalistyczne usługi opiekuńcze",
            "wsparcie dla opiekunów faktycznych",
        ],
    ),
    (
        "pl_semicolons",
        "Zadania realizowane w projekcie: prowadzenie świetlicy środowiskowej; organizacja zajęć wyrównawczych; wsparcie psychologa dla dzieci i rodziców.",
        [
            "prowadzenie świetlicy środowiskowej",
            "organizacja zajęć wyrównawczych",
            "wsparcie psychologa dla dzieci i rodziców",
        ],
    ),
    (
        "pl_moga_korzystac",
        "Dzięki projektowi seniorzy mogą korzystać z zajęć ruchowych, kursów obsługi komputera i wykładów o zdrowiu.",
        ["zajęcia ruchowe", "kursy obsługi komputera", "wykłady o zdrowiu"],
    ),
    (
        "pl_report_counts",
        "W ramach projektu zrealizowano:\n- 120 godzin doradztwa zawodowego\n- 4 kursy zawodowe\n- 10 staży",
        ["120 godzin doradztwa zawodowego", "4 kursy zawodowe", "10 staży"],
    ),
    (
        "pl_prowadzone_beda",
        "Prowadzone będą zajęcia logopedyczne i terapia pedagogiczna dla dzieci z trudnościami w nauce.",
        ["zajęcia logopedyczne", "terapia pedagogiczna"],
    ),
    (
        "pl_skierowani",
        "Uczestnicy zostaną skierowani na kursy zawodowe i staże.",
        ["kursy zawodowe", "staże"],
    ),
    (
        "pl_goal_means",
        "Celem projektu jest aktywizacja zawodowa 40 osób poprzez kursy zawodowe i staże.",
        ["kursy zawodowe", "staże"],
    ),
    (
        "pl_neg_results",
        "Rezultatem projektu będzie podjęcie zatrudnienia przez 12 uczestników oraz zdobycie kwalifikacji przez 20 osób.",
        [],
    ),
    (
        "pl_neg_recruit",
        "Rekrutacja do projektu prowadzona będzie w siedzibie ośrodka; wymagane dokumenty to formularz zgłoszeniowy i oświadczenie o dochodach.",
        [],
    ),
    (
        "pl_html_table",
        "<html><body><p>Projekt realizuje Ośrodek Pomocy Społecznej w Łasku.</p><table><tr><th>Rodzaj wsparcia</th><th>Liczba uczestników</th></tr><tr><td>Warsztaty rękodzieła</td><td>15</td></tr><tr><td>Poradnictwo rodzinne</td><td>30</td></tr><tr><td>Kurs pierwszej pomocy</td><td>12</td></tr></table></body></html>",
        ["Warsztaty rękodzieła", "Poradnictwo rodzinne", "Kurs pierwszej pomocy"],
    ),
    (
        "en2_provide_with",
        EN
        + "The project will provide participants with individual and group counselling, vocational courses and internships.",
        ["individual counselling", "group counselling", "vocational courses", "internships"],
    ),
    (
        "en2_include_colon",
        EN
        + "Support for participants will include: psychological counselling, legal advice, family therapy.",
        ["psychological counselling", "legal advice", "family therapy"],
    ),
    (
        "en2_take_part",
        EN
        + "As part of the project, 40 people will take part in social skills workshops and job-search training.",
        ["social skills workshops", "job-search training"],
    ),
    (
        "en2_benefit",
        EN
        + "Participants will benefit from career guidance, language courses and on-the-job training.",
        ["career guidance", "language courses", "on-the-job training"],
    ),
    (
        "en2_tasks",
        EN
        + "The project consists of three tasks: Task 1 – day care for seniors; Task 2 – home care services; Task 3 – a lending point for rehabilitation equipment.",
        [
            "day care for seniors",
            "home care services",
            "lending point for rehabilitation equipment",
        ],
    ),
    (
        "en2_neg_aim",
        EN
        + "The aim of the project is to increase the social and professional activity of 60 people at risk of social exclusion.",
        [],
    ),
    (
        "en2_created",
        EN + "The project will create a day care centre for 20 elderly people and a senior club.",
        ["day care centre", "senior club"],
    ),
    (
        "en2_children",
        EN
        + "Children attending the day-support facility will take part in educational classes, sports activities and summer trips.",
        ["educational classes", "sports activities", "summer trips"],
    ),
    (
        "en2_neg_costs",
        EN
        + "The grant covers the salaries of two social workers and the purchase of office equipment.",
        [],
    ),
    (
        "en2_such_as",
        EN
        + "Services such as respite care, home help and transport to medical appointments will be available to carers.",
        ["respite care", "home help", "transport to medical appointments"],
    ),
    (
        "en2_organised",
        EN
        + "In 2019 the centre organised workshops for parents, meetings with a psychologist and a picnic for families.",
        ["workshops for parents", "meetings with a psychologist", "picnic for families"],
    ),
    (
        "en2_coaching_for",
        EN
        + "Its activities include vocational training, job placement and individual coaching for 40 people.",
        ["vocational training", "job placement", "individual coaching"],
    ),
    (
        "pl2_five",
        "Uczestnicy projektu wezmą udział w treningu kompetencji społecznych, warsztatach z zakresu zarządzania budżetem domowym, kursie prawa jazdy kat. B, szkoleniu dla opiekunek dziecięcych i stażu zawodowym.",
        [
            "trening kompetencji społecznych",
            "warsztaty z zakresu zarządzania budżetem domowym",
            "kurs prawa jazdy kat. B",
            "szkolenie dla opiekunek dziecięcych",
            "staż zawodowy",
        ],
    ),
    (
        "pl2_w_tym",
        "W ramach wsparcia zapewnione zostaną: poradnictwo psychologiczne dla rodzin, konsultacje prawne oraz warsztaty rozwijające umiejętności rodzicielskie.",
        [
            "poradnictwo psychologiczne dla rodzin",
            "konsultacje prawne",
            "warsztaty rozwijające umiejętności rodzicielskie",
        ],
    ),
    (
        "pl2_dash_ellipsis",
        "Osoby niepełnosprawne otrzymają usługi asystenta osobistego i rehabilitację ruchową w domu, a ich opiekunowie – szkolenia z zakresu opieki.",
        [
            "usługi asystenta osobistego",
            "rehabilitacja ruchowa w domu",
            "szkolenia z zakresu opieki",
        ],
    ),
    (
        "pl2_adverbials",
        "Seniorzy będą uczestniczyć w zajęciach gimnastycznych dwa razy w tygodniu, w warsztatach komputerowych, a latem w wycieczkach krajoznawczych.",
        ["zajęcia gimnastyczne", "warsztaty komputerowe", "wycieczki krajoznawcze"],
    ),
    (
        "pl2_gerund_heads",
        "Projekt zakłada organizację warsztatów kulinarnych, prowadzenie grupy wsparcia oraz zapewnienie dostępu do poradnictwa prawnego.",
        ["warsztaty kulinarne", "grupa wsparcia", "poradnictwo prawne"],
    ),
    (
        "pl2_letters2",
        "Wsparcie obejmie: 1) kursy zawodowe, 2) staże u pracodawców, 3) pośrednictwo pracy.",
        ["kursy zawodowe", "staże u pracodawców", "pośrednictwo pracy"],
    ),
    (
        "pl2_tasks_costs",
        "Zadania w projekcie:\n- Zajęcia socjoterapeutyczne dla młodzieży\n- Koszty dojazdu uczestników na zajęcia\n- Obsługa księgowa projektu\n- Warsztaty dla rodziców",
        ["Zajęcia socjoterapeutyczne dla młodzieży", "Warsztaty dla rodziców"],
    ),
    (
        "en3_organises",
        EN + "The project organises computer workshops and a discussion club for older residents.",
        ["computer workshops", "discussion club"],
    ),
    (
        "en3_help_colon",
        EN + "Help for families: family therapy, parenting workshops and mediation.",
        ["family therapy", "parenting workshops", "mediation"],
    ),
    (
        "en3_fund",
        EN + "The grant will fund social work, family assistance and a support group for parents.",
        ["social work", "family assistance", "support group for parents"],
    ),
    (
        "en3_used_services",
        EN + "Participants used the services of a psychologist, a lawyer and a career counsellor.",
        ["services of a psychologist", "lawyer", "career counsellor"],
    ),
    (
        "en3_provided_with",
        EN
        + "The project provided 20 people with social work and 15 people with vocational training.",
        ["social work", "vocational training"],
    ),
    (
        "en3_runs",
        EN + "The centre runs a day care centre for 30 seniors and a club for young people.",
        ["day care centre", "club for young people"],
    ),
    (
        "en3_numbered",
        EN + "Forms of support: 1. vocational training 2. internships 3. job search support.",
        ["vocational training", "internships", "job search support"],
    ),
    (
        "pl3_liczyc_na",
        "Rodziny mogą liczyć na pomoc psychologa, porady prawnika i wsparcie asystenta rodziny.",
        ["pomoc psychologa", "porady prawnika", "wsparcie asystenta rodziny"],
    ),
    (
        "pl3_swietlica",
        "W świetlicy dzieci odrabiają lekcje, uczestniczą w zajęciach plastycznych i wyjeżdżają na wycieczki.",
        ["zajęcia plastyczne", "wycieczki"],
    ),
    (
        "pl3_przejdzie",
        "Każdy uczestnik przejdzie kurs zawodowy i odbędzie trzymiesięczny staż.",
        ["kurs zawodowy", "trzymiesięczny staż"],
    ),
    (
        "pl3_odbywac",
        "Co tydzień odbywać się będą spotkania grupy wsparcia oraz zajęcia z psychologiem.",
        ["spotkania grupy wsparcia", "zajęcia z psychologiem"],
    ),
    (
        "pl3_dla_dzieci",
        "Dla dzieci prowadzone są zajęcia wyrównawcze, a dla rodziców – warsztaty umiejętności wychowawczych.",
        ["zajęcia wyrównawcze", "warsztaty umiejętności wychowawczych"],
    ),
    (
        "pl3_nabeda",
        "Uczestnicy nabędą nowe kwalifikacje na kursach zawodowych i szkoleniach komputerowych.",
        ["kursy zawodowe", "szkolenia komputerowe"],
    ),
    (
        "pl3_zapewniono",
        "Uczestnikom zapewniono dojazd na zajęcia, catering oraz opiekę nad dziećmi.",
        ["dojazd na zajęcia", "catering", "opieka nad dziećmi"],
    ),
    (
        "pl3_neg_news",
        "W czwartek w sali widowiskowej odbył się koncert kolęd dla mieszkańców miasta.",
        [],
    ),
    (
        "pl3_neg_staff2",
        "W projekcie pracują: koordynator, dwóch asystentów rodziny, psycholog i księgowa.",
        [],
    ),
    (
        "pl3_bullets_verbs",
        "Uczestnicy projektu:\n- wezmą udział w warsztatach kompetencji społecznych,\n- skorzystają z doradztwa zawodowego,\n- odbędą staże u pracodawców.",
        ["warsztaty kompetencji społecznych", "doradztwo zawodowe", "staże u pracodawców"],
    ),
    (
        "pl3_na_czym",
        "Na czym polega wsparcie?\nUczestnicy otrzymają pomoc psychologiczną i prawną, a także wezmą udział w zajęciach sportowych.",
        ["pomoc psychologiczna", "pomoc prawna", "zajęcia sportowe"],
    ),
]

# session 22: precision probes (what is not a form of support: a person's or a body's tasks,
# eligibility, documents, results, promotion, counts asked, a subject before 'prowadzą')
PROBES += [
    (
        "s22_cele_bullets",
        "Cele szczegółowe projektu:\n- podniesienie kompetencji społecznych 40 uczestników\n- zwiększenie aktywności zawodowej osób bezrobotnych\n- poprawa funkcjonowania rodzin w środowisku",
        [],
    ),
    (
        "s22_kto_moze",
        "Kto może wziąć udział?\n- osoby w wieku 18–64 lat\n- osoby korzystające ze świadczeń pomocy społecznej\n- osoby zamieszkujące gminę Łask",
        [],
    ),
    (
        "s22_dokumenty",
        "Wymagane dokumenty:\n- formularz zgłoszeniowy\n- oświadczenie o sytuacji rodzinnej\n- zaświadczenie z urzędu pracy",
        [],
    ),
    (
        "s22_rezultaty_bullets",
        "Rezultaty projektu:\n- 30 osób podniosło kwalifikacje zawodowe\n- 12 osób podjęło zatrudnienie\n- 20 osób ukończyło szkolenia komputerowe",
        ["szkolenia komputerowe"],
    ),
    (
        "s22_zadania_koordynatora",
        "Zadania koordynatora:\n- nadzór nad realizacją projektu\n- prowadzenie dokumentacji projektowej\n- kontakt z instytucją pośredniczącą",
        [],
    ),
    (
        "s22_staff_prose",
        "Do obowiązków asystenta należy prowadzenie dokumentacji, sporządzanie sprawozdań oraz współpraca z sądem i szkołą.",
        [],
    ),
    (
        "s22_places_prose",
        "Zajęcia odbywają się w siedzibie ośrodka, w szkole podstawowej nr 3 oraz w miejskim domu kultury.",
        [],
    ),
    (
        "s22_target_prose",
        "Projekt skierowany jest do osób bezrobotnych, osób z niepełnosprawnościami oraz rodzin wielodzietnych.",
        [],
    ),
    (
        "s22_promocja",
        "W ramach promocji projektu przygotowano plakaty, ulotki oraz artykuły w prasie lokalnej.",
        [],
    ),
    (
        "s22_zadania_mixed",
        "Zadania projektu:\n1. Rekrutacja uczestników\n2. Warsztaty kompetencji rodzicielskich\n3. Poradnictwo psychologiczne\n4. Promocja projektu",
        ["Warsztaty kompetencji rodzicielskich", "Poradnictwo psychologiczne"],
    ),
    (
        "s22_wyniki_prose",
        "W wyniku projektu 15 uczestników uzyskało zatrudnienie, a 25 osób zdobyło nowe kwalifikacje i certyfikaty.",
        [],
    ),
    (
        "s22_cel_prose",
        "Celem projektu jest zwiększenie aktywności społecznej, poprawa samodzielności oraz przeciwdziałanie wykluczeniu mieszkańców.",
        [],
    ),
    (
        "s22_zakupiono",
        "Ze środków projektu zakupiono komputery, drukarkę oraz meble do sali zajęć.",
        [],
    ),
    (
        "s22_moga_przystapic",
        "Do projektu mogą przystąpić osoby bezrobotne, bierne zawodowo oraz niepełnosprawne, zamieszkałe na terenie gminy.",
        [],
    ),
    (
        "s22_pierwszenstwo",
        "Pierwszeństwo udziału mają:\n- osoby o znacznym stopniu niepełnosprawności\n- rodziny wielodzietne\n- osoby korzystające z programu żywnościowego",
        [],
    ),
    (
        "s22_partnerzy",
        "Partnerami projektu są: Powiatowy Urząd Pracy, Fundacja Nowe Horyzonty oraz Stowarzyszenie Razem.",
        [],
    ),
    (
        "s22_aim_then_support",
        "Celem projektu jest aktywizacja społeczna 40 osób. W ramach projektu uczestnicy wezmą udział w warsztatach kompetencji społecznych i kursach zawodowych.",
        ["warsztaty kompetencji społecznych", "kursy zawodowe"],
    ),
    (
        "s22_formy_then_kryteria",
        "Formy wsparcia:\n- trening umiejętności społecznych\n- doradztwo zawodowe\n\nKryteria rekrutacji:\n- status osoby bezrobotnej\n- zamieszkanie na terenie gminy",
        ["trening umiejętności społecznych", "doradztwo zawodowe"],
    ),
    (
        "s22_wskazniki",
        "Wskaźniki projektu:\n- liczba osób objętych wsparciem – 40\n- liczba osób, które podjęły pracę – 10",
        [],
    ),
    (
        "s22_zatrudniono",
        "W ramach projektu zatrudniono psychologa, pedagoga oraz dwóch animatorów.",
        [],
    ),
    (
        "s22_do_pobrania",
        "Do pobrania: regulamin rekrutacji, formularz zgłoszeniowy, deklaracja uczestnictwa.",
        [],
    ),
    (
        "s22_final_report",
        "W latach 2019–2020 przeprowadzono doradztwo zawodowe, zorganizowano warsztaty kulinarne oraz wyjazd integracyjny.",
        ["doradztwo zawodowe", "warsztaty kulinarne", "wyjazd integracyjny"],
    ),
    (
        "s22_zadania_admin_prose",
        "Zadania projektu obejmują zarządzanie projektem, rozliczanie wydatków oraz monitoring rezultatów.",
        [],
    ),
    (
        "s22_dzialania_staff_bullets",
        "Działania pracowników socjalnych w projekcie:\n- przeprowadzenie wywiadów środowiskowych\n- zawarcie kontraktów socjalnych\n- monitorowanie postępów uczestników",
        [],
    ),
    (
        "s22_spotkanie_info",
        "W dniu 12 marca odbyło się spotkanie informacyjne dla kandydatów, a 20 marca zakończono rekrutację uczestników.",
        [],
    ),
    (
        "s22_korzysci_ok",
        "Uczestnicy projektu otrzymają:\n- bezpłatne szkolenia zawodowe\n- stypendium szkoleniowe\n- zwrot kosztów dojazdu",
        ["bezpłatne szkolenia zawodowe", "stypendium szkoleniowe", "zwrot kosztów dojazdu"],
    ),
    (
        "s22_problems_prose",
        "Uczestnicy zmagają się z bezrobociem, ubóstwem, uzależnieniami oraz przemocą w rodzinie.",
        [],
    ),
    (
        "s22_b_statutory",
        "Ośrodek realizuje zadania z zakresu pomocy społecznej, wspierania rodziny oraz przeciwdziałania przemocy w rodzinie.",
        [],
    ),
    (
        "s22_b_przyczyni",
        "Projekt przyczyni się do poprawy jakości życia, wzrostu zatrudnienia oraz zmniejszenia ubóstwa w gminie.",
        [],
    ),
    (
        "s22_b_konferencja",
        "W ramach projektu zorganizowano konferencję otwierającą, a także przeprowadzono ewaluację i kontrolę wydatków.",
        [],
    ),
    (
        "s22_b_rekrutacja_gdzie",
        "Rekrutacja prowadzona jest w siedzibie ośrodka, w punktach konsultacyjnych oraz poprzez stronę internetową.",
        [],
    ),
    (
        "s22_b_partnerstwo",
        "Projekt realizowany jest w partnerstwie z Powiatowym Urzędem Pracy, Centrum Integracji Społecznej w Łasku oraz Fundacją Razem.",
        [],
    ),
    (
        "s22_b_objeto_grupy",
        "Wsparciem objęto 40 osób, w tym 25 kobiet, 10 osób niepełnosprawnych oraz 5 osób bezdomnych.",
        [],
    ),
    (
        "s22_b_zaswiadczenia",
        "Kandydaci muszą przedstawić zaświadczenie o dochodach, orzeczenie o niepełnosprawności i kopię dowodu osobistego.",
        [],
    ),
    (
        "s22_b_przeszkolono_kadre",
        "W ramach projektu przeszkolono kadrę ośrodka oraz zakupiono sprzęt komputerowy do biura.",
        [],
    ),
    (
        "s22_b_prowadza_staff",
        "Zajęcia prowadzą doświadczeni trenerzy, psycholodzy i doradcy zawodowi.",
        [],
    ),
    (
        "s22_b_remont",
        "Miasto otrzymało dofinansowanie na remont budynku, zakup wyposażenia oraz termomodernizację.",
        [],
    ),
    (
        "s22_b_cel_szkolen",
        "Celem szkoleń jest nabycie umiejętności komunikacji, radzenia sobie ze stresem oraz pracy w zespole.",
        [],
    ),
    (
        "s22_b_godziny_pracy",
        "Informujemy, że z dniem 1 lipca zmieniają się godziny pracy kasy, działu świadczeń oraz działu pomocy środowiskowej.",
        [],
    ),
    (
        "s22_b_strategia",
        "Projekt jest zgodny ze Strategią Rozwiązywania Problemów Społecznych, Programem Wspierania Rodziny oraz Gminnym Programem Profilaktyki.",
        [],
    ),
    (
        "s22_b_zadania_osrodka",
        "Do zadań Ośrodka należy:\n- przyznawanie i wypłacanie zasiłków\n- prowadzenie postępowań administracyjnych\n- sporządzanie sprawozdawczości",
        [],
    ),
    (
        "s22_b_efekty_prose",
        "Dzięki udziałowi w projekcie uczestnicy zyskali pewność siebie, nowe umiejętności oraz motywację do zmiany.",
        [],
    ),
    (
        "s22_b_problemy_bul",
        "Najczęstsze problemy uczestników:\n- bezrobocie\n- uzależnienia\n- bezradność w sprawach opiekuńczo-wychowawczych",
        [],
    ),
    (
        "s22_b_zapewnia_infra",
        "Nowa siedziba zapewnia salę szkoleniową, pokój terapeutyczny oraz kuchnię.",
        [],
    ),
    (
        "s22_b_wydarzenia",
        "W ubiegłym tygodniu odbyły się dni otwarte ośrodka, festyn miejski oraz gala wolontariatu.",
        [],
    ),
    (
        "s22_b_zorganizowano_ok",
        "W ramach projektu zorganizowano warsztaty kulinarne, trening budżetowy oraz wyjazd integracyjny dla rodzin.",
        ["warsztaty kulinarne", "trening budżetowy", "wyjazd integracyjny dla rodzin"],
    ),
    (
        "s22_b_zadania_kol",
        "Zadania asystenta rodziny:\n- opracowanie planu pracy z rodziną\n- prowadzenie dokumentacji\n- współpraca z sądem i kuratorami",
        [],
    ),
    (
        "s22_b_dzialania_promo",
        "Działania informacyjno-promocyjne:\n- ulotki i plakaty\n- artykuły w prasie lokalnej\n- informacja na stronie internetowej",
        [],
    ),
    (
        "s22_c_poprzednia_edycja",
        "Projekt kontynuuje działania z lat 2016–2018, gdy uczestnicy korzystali z kursów prawa jazdy i szkoleń barmańskich. Obecnie zaplanowano warsztaty kompetencji cyfrowych.",
        ["warsztaty kompetencji cyfrowych"],
    ),
    (
        "s22_c_fundacja_ogolnie",
        "Fundacja od lat prowadzi hospicjum, jadłodajnię oraz noclegownię dla bezdomnych. W projekcie zapewni uczestnikom trening umiejętności społecznych.",
        ["trening umiejętności społecznych"],
    ),
    (
        "s22_c_inny_projekt",
        "Ośrodek realizuje również program „Asystent osobisty”, w którym oferuje usługi asystencji osobistej, oraz program „Opieka wytchnieniowa”.",
        [],
    ),
    (
        "s22_c_statystyka",
        "Z danych ośrodka wynika, ile osób ukończyło kursy, szkolenia i staże w poprzednich latach.",
        [],
    ),
    (
        "s22_c_tematy_szkolenia",
        "Uczestnicy wezmą udział w szkoleniu zawodowym. Program szkolenia obejmuje obsługę kasy fiskalnej, gospodarkę magazynową i przepisy BHP.",
        ["szkolenie zawodowe"],
    ),
    (
        "s22_c_korzysci",
        "Udział w projekcie pozwoli zdobyć doświadczenie zawodowe, nowe kwalifikacje i certyfikat ukończenia kursu.",
        [],
    ),
    (
        "s22_c_zaproszenie_wydarzenie",
        "Zapraszamy na Dzień Otwarty Ośrodka, podczas którego odbędą się pokazy ratownictwa, loteria fantowa i występy przedszkolaków.",
        [],
    ),
    (
        "s22_c_dla_kogo_prose",
        "Wsparcie kierujemy do osób z niepełnosprawnościami, ich opiekunów faktycznych oraz osób starszych wymagających pomocy w codziennym funkcjonowaniu.",
        [],
    ),
    (
        "s22_c_miejsce_zajec",
        "Zajęcia odbywają się w salach Centrum Integracji Społecznej oraz w Klubie Seniora przy ul. Polnej 3.",
        [],
    ),
    (
        "s22_c_sprzet",
        "W świetlicy pojawiły się nowe komputery, tablica interaktywna, gry planszowe i sprzęt sportowy.",
        [],
    ),
    (
        "s22_c_personel_zatrudniony",
        "Zespół projektu tworzą: koordynator, psycholog, terapeuta uzależnień, doradca zawodowy i prawnik.",
        [],
    ),
    (
        "s22_c_oczekiwane_efekty",
        "Oczekiwane efekty to wzrost samodzielności, lepsze relacje w rodzinie i podjęcie zatrudnienia przez część uczestników.",
        [],
    ),
    (
        "s22_c_raport_przeprowadzono",
        "W 2021 r. przeprowadzono 240 godzin poradnictwa psychologicznego i 120 godzin terapii rodzinnej, a 18 osób odbyło staże.",
        ["poradnictwo psychologiczne", "terapia rodzinna", "staże"],
    ),
    (
        "s22_c_gmina_inwestycje",
        "Gmina wybudowała w tym roku drogę, chodnik oraz plac zabaw, a w przyszłym roku planuje budowę hali sportowej.",
        [],
    ),
    (
        "s22_c_zadania_prose_ok",
        "Projekt obejmuje dwa zadania: usługi opiekuńcze w domu seniora oraz prowadzenie dziennego domu pobytu.",
        ["usługi opiekuńcze w domu seniora", "prowadzenie dziennego domu pobytu"],
    ),
    (
        "s22_c_wymogi_uczestnika",
        "Uczestnik zobowiązany jest do regularnego udziału w zajęciach, wypełniania ankiet oraz informowania o zmianie statusu na rynku pracy.",
        [],
    ),
    (
        "s22_c_mozliwosc_wyboru",
        "Każdy uczestnik może wybrać kurs: opiekun osoby starszej, kucharz lub magazynier z obsługą wózka widłowego.",
        [
            "kurs opiekuna osoby starszej",
            "kurs kucharza",
            "kurs magazyniera z obsługą wózka widłowego",
        ],
    ),
    (
        "s22_c_bullets_rezultaty_future",
        "Planowane rezultaty:\n- 30 osób nabędzie kompetencje cyfrowe\n- 10 osób podejmie zatrudnienie\n- 25 rodzin poprawi funkcjonowanie",
        [],
    ),
    (
        "s22_c_bullets_etapy",
        "Etapy realizacji projektu:\n- rekrutacja uczestników (styczeń–luty)\n- realizacja wsparcia (marzec–listopad)\n- ewaluacja i rozliczenie projektu (grudzień)",
        [],
    ),
    (
        "s22_d_kadra_neg",
        "Asystenci rodziny prowadzą dla rodzin warsztaty kulinarne i trening budżetowy.",
        ["warsztaty kulinarne", "trening budżetowy"],
    ),
    (
        "s22_d_stat2",
        "W sprawozdaniu podano, ilu uczestników skorzystało z doradztwa, terapii i warsztatów.",
        [],
    ),
    (
        "s22_d_prev3",
        "W latach 2012–2014 ośrodek prowadził kursy języka angielskiego i zajęcia sportowe dla dzieci.",
        [],
    ),
    (
        "s22_d_festyn2",
        "Na zakończenie projektu zorganizowano festyn rodzinny i piknik integracyjny dla uczestników.",
        ["festyn rodzinny", "piknik integracyjny"],
    ),
]

# session 22: bullets under support headings whose items are no forms (a clause, a room,
# a benefit, a gain, a place before its form)
PROBES += [
    (
        "s22_f_projekt_zaklada",
        "Projekt zakłada:\n- objęcie wsparciem 40 osób\n- utworzenie 10 miejsc w klubie seniora\n- organizację warsztatów kulinarnych",
        ["utworzenie 10 miejsc w klubie seniora", "organizację warsztatów kulinarnych"],
    ),
    (
        "s22_f_w_ramach_godziny",
        "W ramach projektu:\n- zajęcia odbywają się od poniedziałku do piątku\n- klub czynny jest w godzinach 8–16\n- uczestnicy otrzymują ciepły posiłek",
        ["ciepły posiłek"],
    ),
    (
        "s22_f_oferta_miejsca",
        "Oferta klubu:\n- sala komputerowa z dostępem do internetu\n- kącik zabaw dla dzieci\n- zajęcia plastyczne",
        ["zajęcia plastyczne"],
    ),
    (
        "s22_f_wsparcie_dla",
        "Wsparcie otrzymają:\n- osoby bezrobotne\n- osoby z niepełnosprawnościami\n- rodziny wielodzietne",
        [],
    ),
    (
        "s22_f_realizowane_miejsca",
        "Zajęcia realizowane są w:\n- Szkole Podstawowej nr 2\n- Domu Kultury\n- świetlicy wiejskiej w Olszynie",
        [],
    ),
    (
        "s22_f_oferujemy_cechy",
        "Oferujemy:\n- bezpłatny udział\n- materiały szkoleniowe\n- zwrot kosztów dojazdu\n- certyfikat ukończenia",
        ["materiały szkoleniowe", "zwrot kosztów dojazdu"],
    ),
    (
        "s22_f_wsparcie_obejmuje_opis",
        "Wsparcie obejmuje:\n- indywidualne spotkania z psychologiem (raz w tygodniu, po 2 godziny)\n- grupę wsparcia dla rodziców, która spotyka się co miesiąc",
        ["indywidualne spotkania z psychologiem", "grupę wsparcia dla rodziców"],
    ),
    (
        "s22_f_co_zyskasz",
        "Co zyskasz?\n- nowe umiejętności\n- pewność siebie\n- szansę na zatrudnienie",
        [],
    ),
    (
        "s22_f_zadania_z_miejscami",
        "W ramach zadania 1:\n- gmina Olszyna – klub seniora\n- gmina Borowo – świetlica dla dzieci",
        ["klub seniora", "świetlica dla dzieci"],
    ),
]

# session 22: bullets with a day or a date before the form, target groups, counts, a mode
PROBES += [
    (
        "s22_g_wsparcie_terminy",
        "Formy wsparcia:\n- poradnictwo psychologiczne – wtorki 10:00–14:00\n- poradnictwo prawne – czwartki 12:00–16:00",
        ["poradnictwo psychologiczne", "poradnictwo prawne"],
    ),
    (
        "s22_g_w_ramach_wyposazenie",
        "W ramach projektu:\n- zakupiono wyposażenie świetlicy\n- zatrudniono opiekuna\n- prowadzone są zajęcia plastyczne",
        ["zajęcia plastyczne"],
    ),
    (
        "s22_g_oferta_adresat",
        "Oferta skierowana jest do:\n- seniorów powyżej 60 roku życia\n- osób samotnych\n- opiekunów osób zależnych",
        [],
    ),
    (
        "s22_g_uslugi_miejsce",
        "Usługi świadczone są:\n- w miejscu zamieszkania\n- w siedzibie Centrum\n- telefonicznie",
        [],
    ),
    (
        "s22_g_dzialania_daty",
        "Działania projektu:\n- 15.03.2021 – spotkanie inauguracyjne\n- 20.03.2021 – warsztaty kulinarne\n- 10.04.2021 – wycieczka do Krakowa",
        ["warsztaty kulinarne", "wycieczka do Krakowa"],
    ),
    (
        "s22_g_wsparcie_grupy_lista",
        "W projekcie wsparcie otrzymają:\n- 20 dzieci\n- 15 rodziców\n- 5 opiekunów",
        [],
    ),
    (
        "s22_g_zajecia_dni",
        "Zajęcia w klubie:\n- poniedziałek – gimnastyka\n- środa – warsztaty plastyczne\n- piątek – spotkania z psychologiem",
        ["gimnastyka", "warsztaty plastyczne", "spotkania z psychologiem"],
    ),
]

# probe -> why it still fails (strict: a fix makes the test fail until the mark is removed)
FAILING: dict[str, str] = {
    "zadanie_dots": "'Zadanie nr 2. Dzienny dom pobytu …': a task line naming a place is not read",
    "en_organised": "'trips for families': the English cut drops 'for <group>', leaving 'trips'",
    "pl_letters": (
        "'specjalistyczne usługi opiekuńcze' is taken for a repeat of 'usługi opiekuńcze' (tried: "
        "keeping both from one unit gave wrong extras on dev), and 'wsparcie dla opiekunów' is dropped"
    ),
    "pl_semicolons": (
        "items led by a light noun ('prowadzenie świetlicy …') are read as their object in the "
        "nominative ('świetlica środowiskowa'), which the scorer does not match to the item as written"
    ),
    "en2_tasks": "an inline English task list 'Task 1 – A; Task 2 – B' is not read",
    "en2_coaching_for": "a prose candidate on an English sentence gives a fragment ('coaching for')",
    "pl2_adverbials": "'…, a latem w wycieczkach krajoznawczych': an adverb after 'a' ends the list",
    "pl2_gerund_heads": "'zapewnienie dostępu do poradnictwa' becomes 'grupa dostępu do …' (shared head)",
    "en3_help_colon": "an English lead-in 'Help for families:' opens no list (tried: one extra on held-out)",
    "en3_runs": "a place the centre runs, in a sentence without a project word, is not read",
    "pl3_swietlica": "'wyjeżdżają na wycieczki': a trip named only as the object of a motion verb",
    "pl3_zapewniono": "'zapewniono dojazd na zajęcia, catering': heads that name no form of support",
    "s22_c_zadania_prose_ok": "'prowadzenie dziennego domu pobytu' after 'obejmuje dwa zadania:' is not read",
    "s22_c_mozliwosc_wyboru": "'może wybrać kurs: opiekun …, kucharz': trades after a colon in the nominative",
    "s22_c_poprzednia_edycja": "forms of an earlier period ('z lat 2016–2018, gdy …') are read as this project's",
    "s22_d_prev3": "forms of an earlier period ('W latach 2012–2014 ośrodek prowadził …') are read",
    "s22_c_inny_projekt": "a form of another named programme of the centre ('program „Asystent osobisty”') is read",
    "s22_b_partnerstwo": "a partner body named like a form ('Centrum Integracji Społecznej w Łasku') is read",
    "s22_b_wydarzenia": "a town's events ('festyn miejski', 'gala wolontariatu') are read as forms",
    "s22_f_oferta_miejsca": "rooms under 'Oferta klubu:' ('sala komputerowa', 'kącik zabaw') are read as forms",
    "s22_f_realizowane_miejsca": "'Zajęcia realizowane są w:' lists places; 'świetlicy wiejskiej …' is read",
    "s22_f_oferujemy_cechy": "'bezpłatny udział' under 'Oferujemy:' is read as a form",
}


def instruments(text: str, name: str) -> list[str]:
    if text.startswith("<html"):
        return extract_bytes(text.encode("utf-8"), f"{name}.html")[0]["instruments"]
    return extract_text(text if text.startswith(EN) else HEAD + text, f"{name}.txt")[0][
        "instruments"
    ]


def _cases():
    for name, text, want in PROBES:
        marks = [pytest.mark.xfail(reason=FAILING[name], strict=True)] if name in FAILING else []
        yield pytest.param(name, text, want, id=name, marks=marks)


@pytest.mark.parametrize("name, text, want", list(_cases()))
def test_probe(name: str, text: str, want: list[str]) -> None:
    got = instruments(text, name)
    missed = [w for w in want if not any(_item_match(w, g) for g in got)]
    extra = [g for g in got if not any(_item_match(g, w) for w in want)]
    assert (missed, extra) == ([], []), got


EN_HEAD = EN


@pytest.mark.parametrize(
    "text, items",
    [
        (
            "Services such as respite care, home help and transport to medical appointments will "
            "be available to carers.",
            ["respite care", "home help", "transport to medical appointments"],
        ),
        (
            "Forms of support including group therapy and career counselling were used by 30 people.",
            ["group therapy", "career counselling"],
        ),
        (
            "Help such as legal advice and debt counselling can be arranged at the centre.",
            ["legal advice", "debt counselling"],
        ),
        (
            "The following forms of support are planned: social skills training; IT courses; "
            "internships with employers.",
            ["social skills training", "IT courses", "internships with employers"],
        ),
    ],
)
def test_an_english_list_that_is_the_subject_ends_at_its_verb(text: str, items: list[str]) -> None:
    assert instruments(EN_HEAD + text, "en_subject") == items


@pytest.mark.parametrize(
    "text",
    [
        # a subject of its own before the verb: a clause, not the list's last part
        "Through regular activities and meetings the project is to increase seniors' activity.",
        "The centre offers it to all residents who apply.",
    ],
)
def test_an_english_clause_after_the_list_is_no_item(text: str) -> None:
    assert instruments(EN_HEAD + text, "en_clause") == []


@pytest.mark.parametrize(
    "text, items",
    [
        (
            "The project will create a day care centre for 20 elderly people and a senior club.",
            ["day care centre", "senior club"],
        ),
        (
            "The project runs a club for young people and two supported flats.",
            ["club for young people", "supported flats"],
        ),
        (
            "Within the project we opened a counselling point for families.",
            ["counselling point for families"],
        ),
        ("The project will create a senior club, which will be open every day.", ["senior club"]),
    ],
)
def test_an_english_place_the_project_creates_in_the_active_voice(
    text: str, items: list[str]
) -> None:
    assert instruments(EN_HEAD + text, "en_active_place") == items


@pytest.mark.parametrize(
    "text",
    [
        "It was established in 1990 by the city council.",  # a body's history, passive, no project
        "The centre opened a new office in 2015.",  # no project word, no place head
        "The project will create 30 new jobs in the town.",  # no place
    ],
)
def test_no_english_place_where_no_project_creates_one(text: str) -> None:
    assert instruments(EN_HEAD + text, "en_no_place") == []


def test_english_provided_with_a_count_before_it() -> None:
    text = "The project provided 20 people with social work and 15 people with vocational training."
    assert instruments(EN_HEAD + text, "en_provided") == ["social work", "vocational training"]


@pytest.mark.parametrize(
    "text, items",
    [
        (
            "Zadania projektu:\n1. Warsztaty dla rodziców\n2. Wynagrodzenie koordynatora projektu\n"
            "3. Obsługa księgowa projektu",
            ["Warsztaty dla rodziców"],
        ),
        (
            "Wydatki w projekcie:\n- honoraria trenerów prowadzących zajęcia\n- kursy zawodowe dla "
            "uczestników\n- obsługa administracyjna i finansowa projektu",
            ["kursy zawodowe dla uczestników"],
        ),
        (
            "W projekcie realizowane są zadania:\n- poradnictwo rodzinne\n- wynagrodzenia "
            "asystentów rodziny\n- zajęcia socjoterapeutyczne",
            ["poradnictwo rodzinne", "zajęcia socjoterapeutyczne"],
        ),
    ],
)
def test_staff_pay_and_the_projects_administration_in_a_task_list_are_no_support(
    text: str, items: list[str]
) -> None:
    assert instruments(text, "tasks_costs") == items


@pytest.mark.parametrize(
    "text, items",
    [
        (  # pay to participants (a trainee's stipend) and a service called "obsługa" stay
            "Zadania projektu:\n- wynagrodzenie stażystów w okresie stażu\n- obsługa punktu "
            "konsultacyjnego dla rodzin",
            [
                "wynagrodzenie stażystów w okresie stażu",
                "obsługa punktu konsultacyjnego dla rodzin",
            ],
        ),
    ],
)
def test_pay_to_participants_and_a_service_stay(text: str, items: list[str]) -> None:
    assert instruments(text, "tasks_kept") == items


@pytest.mark.parametrize(
    "text, items",
    [
        (
            "W ramach projektu oferujemy: warsztaty kulinarne, wsparcie psychologa dla dzieci i rodziców.",
            ["warsztaty kulinarne", "wsparcie psychologa"],
        ),
        (
            "Uczestnicy skorzystają z kursów zawodowych oraz pomocy pedagoga dla dzieci i opiekunów.",
            ["kursy zawodowe", "pomoc pedagoga"],
        ),
        (
            "Zaplanowano treningi kompetencji, konsultacje prawnika dla seniorów i ich opiekunów.",
            ["treningi kompetencji", "konsultacje prawnika"],
        ),
    ],
)
def test_a_person_after_i_inside_a_cut_dla_phrase_shares_no_head(
    text: str, items: list[str]
) -> None:
    assert instruments(text, "dla_series") == items


@pytest.mark.parametrize(
    "text, items",
    [
        (  # without the cut phrase the persons share the head, as before
            "Uczestnicy skorzystają z kursów zawodowych oraz pomocy psychologa i pedagoga.",
            ["kursy zawodowe", "pomoc psychologa", "pomoc pedagoga"],
        ),
        (
            "Oferujemy: warsztaty, porady prawnika, psychologa i mediatora.",
            ["warsztaty", "porady prawnika", "porady psychologa", "porady mediatora"],
        ),
    ],
)
def test_persons_in_a_series_still_share_the_head(text: str, items: list[str]) -> None:
    assert instruments(text, "person_series") == items


@pytest.mark.parametrize(
    "text, items",
    [
        (
            "Projekt w skrócie po angielsku: The project offers vocational counselling and IT courses "
            "for young adults.",
            ["vocational counselling", "IT courses for young adults"],
        ),
        (
            "Summary: Participants will take part in social skills workshops and cooking classes.",
            ["social skills workshops", "cooking classes"],
        ),
        (
            "Activities include vocational training, job placement services and individual coaching.",
            ["vocational training", "job placement services", "individual coaching"],
        ),
    ],
)
def test_one_english_sentence_on_a_polish_page_is_read(text: str, items: list[str]) -> None:
    assert instruments(text, "en_on_pl") == items


@pytest.mark.parametrize(
    "text",
    [
        "Projekt „Open the door for jobs” realizuje fundacja.",
        "Nazwa projektu: Through the storm – including everyone.",
    ],
)
def test_an_english_name_on_a_polish_page_is_no_list(text: str) -> None:
    assert instruments(text, "en_name_on_pl") == []


@pytest.mark.parametrize(
    "text, items",
    [
        (  # a bare head with its quoted name: the place is named by the quotes
            "Projekt zakłada utworzenie Dziennego Domu „Pod Różą” dla 25 seniorów.",
            ["Dzienny Dom „Pod Różą”"],
        ),
        (
            "W ramach projektu otwarto Klub „Przystanek” dla młodzieży z gminy.",
            ["Klub „Przystanek”"],
        ),
        (
            "W ramach projektu utworzono Dzienny Dom „Senior+” w Wierzbnie.",
            ["Dzienny Dom „Senior+”"],
        ),
        (  # "nowe", "kolejne": new, not a kind of place
            "Dzięki projektowi powstaną trzy nowe kluby seniora w sołectwach gminy.",
            ["kluby seniora"],
        ),
        ("W gminie otwarto kolejne mieszkanie chronione.", ["mieszkanie chronione"]),
    ],
)
def test_a_created_place_named_by_quotes_or_said_to_be_new(text: str, items: list[str]) -> None:
    assert instruments(text, "created_named") == items


@pytest.mark.parametrize(
    "text",
    [
        "W powiecie powstaną 12 nowe placówki tego typu.",  # points back: no place of its own
        "Do końca roku utworzono dwa takie mieszkania.",
        "Utworzono stronę internetową „Nasz klub” z ofertą zajęć.",  # the head inside the quotes
        "W ramach projektu otwarto punkt. „Razem łatwiej” to hasło kampanii.",  # another sentence
    ],
)
def test_no_created_place_from_a_back_reference_or_a_quoted_title(text: str) -> None:
    assert instruments(text, "created_not") == []


@pytest.mark.parametrize(
    "text, items",
    [
        (  # the heading leads the list across a short paragraph that names a cost
            "Co zyskają uczestnicy?\nKażdy uczestnik otrzyma wsparcie dopasowane do potrzeb. W czasie "
            "zajęć zapewniamy zwrot kosztów dojazdu.\n- trening kompetencji społecznych\n- kursy "
            "zawodowe\n- płatne staże",
            ["trening kompetencji społecznych", "kursy zawodowe", "płatne staże"],
        ),
        (
            "Formy wsparcia\n\nWsparcie jest bezpłatne, uczestnicy nie ponoszą żadnych kosztów.\n\n"
            "- poradnictwo prawne\n- grupa wsparcia dla rodziców\n- warsztaty kulinarne",
            ["poradnictwo prawne", "grupa wsparcia dla rodziców", "warsztaty kulinarne"],
        ),
        (
            "Oferta projektu\nZajęcia prowadzą doświadczeni trenerzy, a budżet projektu pokrywa koszt "
            "materiałów.\n- warsztaty komputerowe\n- zajęcia ruchowe",
            ["warsztaty komputerowe", "zajęcia ruchowe"],
        ),
    ],
)
def test_a_support_heading_leads_its_list_across_a_short_paragraph(
    text: str, items: list[str]
) -> None:
    assert instruments(text, "heading_over_paragraph") == items


@pytest.mark.parametrize(
    "text",
    [
        "Rekrutacja\nNabór trwa do 30 czerwca, decyduje kolejność zgłoszeń i koszt dojazdu.\n"
        "- zaświadczenie o dochodach\n- oświadczenie o niepełnosprawności",
        "Rezultaty projektu\nPo zakończeniu projektu sprawdzimy, jakie koszty poniesiono.\n"
        "- 20 osób podejmie zatrudnienie\n- 30 osób ukończy kursy zawodowe",
        "Kontakt\nBiuro projektu czynne w dni robocze, koszt rozmowy według taryfy operatora.\n"
        "- pomoc psychologa: tel. 500 000 000\n- porady prawne: tel. 500 000 001",
    ],
)
def test_no_list_across_a_paragraph_under_another_heading(text: str) -> None:
    assert instruments(text, "other_heading_over_paragraph") == []


@pytest.mark.parametrize(
    "text, items",
    [
        (  # the generic places lead the named ones after a colon: the named ones, not the lead
            "W ramach projektu powstały trzy placówki wsparcia dziennego: Świetlica „Słoneczko” w "
            "Lipniku, Świetlica „Tęcza” w Górkach oraz Świetlica „Wesoła Gromadka” w Nowym Dworze.",
            [
                "Świetlica „Słoneczko” w Lipniku",
                "Świetlica „Tęcza” w Górkach",
                "Świetlica „Wesoła Gromadka” w Nowym Dworze",
            ],
        ),
        (
            "W gminie otwarto dwa kluby: Klub Seniora „Pogodni” w Zalesiu i Klub Młodzieżowy "
            "„Azymut” w Borku.",
            ["Klub Seniora", "Klub Młodzieżowy"],
        ),
        (
            "Dzięki projektowi powstaną dwa mieszkania wspomagane: Mieszkanie „Przystań” i "
            "Mieszkanie „Kotwica”.",
            ["Mieszkanie „Przystań”", "Mieszkanie „Kotwica”"],
        ),
    ],
)
def test_generic_created_places_before_named_ones_lead_them(text: str, items: list[str]) -> None:
    assert instruments(text, "created_lead") == items


@pytest.mark.parametrize(
    "text, items",
    [
        (  # a colon that opens no named place: the place stays
            "W ramach projektu utworzono świetlicę środowiskową: zajęcia odbywają się codziennie od 14:00.",
            ["świetlica środowiskowa"],
        ),
        (
            "W ramach projektu powstało mieszkanie chronione: dwa pokoje, kuchnia i łazienka.",
            ["mieszkanie chronione"],
        ),
    ],
)
def test_a_created_place_before_a_colon_without_names_stays(text: str, items: list[str]) -> None:
    assert instruments(text, "created_colon") == items


@pytest.mark.parametrize(
    "text, items",
    [
        ("W ramach projektu utworzono klub dla seniorów z gminy.", ["klub dla seniorów"]),
        (
            "Projekt zakłada utworzenie punktu dla rodzin zastępczych.",
            ["punkt dla rodzin zastępczych"],
        ),
        ("Powstanie dom dla bezdomnych mężczyzn.", ["dom dla bezdomnych mężczyzn"]),
    ],
)
def test_a_bare_created_place_named_by_the_group_it_is_for(text: str, items: list[str]) -> None:
    assert instruments(text, "created_for_group") == items


def test_no_created_place_named_by_a_count_of_persons() -> None:
    assert instruments("W ramach projektu utworzono mieszkanie dla 4 osób.", "created_count") == []


@pytest.mark.parametrize(
    "text, items",
    [
        (  # "ćwiczenia" heads a form in a prose series (the analyser's plural lemma)
            "Program dnia obejmuje też zajęcia muzyczne, ćwiczenia pamięci, zajęcia komputerowe "
            "oraz spotkania z ciekawymi ludźmi.",
            [
                "zajęcia muzyczne",
                "ćwiczenia pamięci",
                "zajęcia komputerowe",
                "spotkania z ciekawymi ludźmi",
            ],
        ),
        (
            "W planie są ćwiczenia oddechowe, gimnastyka i warsztaty plastyczne.",
            ["ćwiczenia oddechowe", "gimnastyka", "warsztaty plastyczne"],
        ),
    ],
)
def test_exercises_in_a_prose_series(text: str, items: list[str]) -> None:
    assert instruments(text, "exercises") == items
