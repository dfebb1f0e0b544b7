"""Instruments read from prose (the thirteenth session on the lists): counted forms, "w formie /
w postaci" after a passive verb, going to a form ("uczęszczać na/do", "biorąc udział w
organizowanych …"), examples after "m.in. / np. / takie jak", a benefit paid to participants; and
what must stay no item. Every wording is written for these tests, not copied from a page."""

from __future__ import annotations

import pytest

from integra.extract import extract_text

HEAD = "Projekt „Razem” realizuje MOPS w Pile od stycznia 2020 r. do grudnia 2021 r.\n\n"
EN_HEAD = (
    "The project is run by the Municipal Social Welfare Centre in Piła from 1 May 2020 to 30 "
    "June 2022 and is worth PLN 900,000.\n\n"
)


def inst(text: str) -> list[str]:
    """The instruments of a page whose first paragraph states the project (so it is one)."""
    return extract_text(HEAD + text, "thirteenth.txt")[0]["instruments"]


@pytest.mark.parametrize(
    "text, want",
    [
        # ------------------------------------------------------------ counted forms in prose
        (  # five and more: the genitive plural, each form in the nominative
            "W minionym roku odbyło się 14 warsztatów florystycznych, 6 wyjazdów "
            "integracyjnych i 3 spotkania z dietetykiem.",
            ["warsztaty florystyczne", "wyjazdy integracyjne", "spotkania z dietetykiem"],
        ),
        (  # a count before an adjective and its noun, after a first-person verb
            "Zorganizujemy 7 dwudniowych wyjazdów edukacyjnych dla seniorów z gminy.",
            ["dwudniowe wyjazdy edukacyjne"],
        ),
        (  # 22 (few) keeps the governed case; 12 (many) takes the genitive
            "Dla rodzin zaplanowano 22 konsultacje rodzinne oraz 12 treningów budżetowych.",
            ["konsultacje rodzinne", "treningi budżetowe"],
        ),
        # ------------------------------------------------- "w formie / w postaci" after a passive
        (
            "Pomoc zostanie udzielona w formie poradnictwa rodzinnego i treningu "
            "umiejętności wychowawczych.",
            ["poradnictwo rodzinne", "trening umiejętności wychowawczych"],
        ),
        (  # the auxiliary before the participle
            "Wsparcie będzie świadczone w postaci zasiłków celowych oraz terapii uzależnień.",
            ["zasiłki celowe", "terapia uzależnień"],
        ),
        (  # the participle after the auxiliary, adjectives before each noun
            "Wsparcie prowadzone będzie w formie indywidualnych konsultacji z psychologiem oraz "
            "grupowych warsztatów umiejętności wychowawczych.",
            [
                "indywidualne konsultacje z psychologiem",
                "grupowe warsztaty umiejętności wychowawczych",
            ],
        ),
        (  # "w formie:" and a list of services, each with the persons it serves
            "Do końca 2021 r. powstanie 30 miejsc świadczenia usług w formie: usług "
            "opiekuńczych dla 18 osób, usług asystenckich dla 7 osób oraz poradnictwa "
            "specjalistycznego dla 5 osób.",
            ["usługi opiekuńcze", "usługi asystenckie", "poradnictwo specjalistyczne"],
        ),
        # -------------------------------------------------------------- going to a form
        (
            "Młodzież będzie regularnie uczęszczać na zajęcia sportowe oraz warsztaty fotograficzne.",
            ["zajęcia sportowe", "warsztaty fotograficzne"],
        ),
        (
            "Seniorzy będą uczęszczać do klubu seniora przy ulicy Polnej.",
            ["klub seniora"],
        ),
        (  # a participle before the form is not part of its name
            "Mieszkańcy rozwijają swoje pasje, biorąc udział w organizowanych zajęciach "
            "rękodzielniczych.",
            ["zajęcia rękodzielnicze"],
        ),
        (  # the instrumental after "objęci"
            "Uczestnicy zostaną objęci poradnictwem zawodowym, treningiem umiejętności "
            "społecznych oraz terapią zajęciową.",
            ["poradnictwo zawodowe", "trening umiejętności społecznych", "terapia zajęciowa"],
        ),
        # ---------------------------------------------------- examples: m.in., np., takie jak
        (  # a form noun, then its examples in the nominative, one head shared by adjectives
            "Mieszkańcy chętnie przychodzą na przygotowane dla nich spotkania, m.in. zajęcia "
            "szachowe, wokalne, fotograficzne czy ceramiczne.",
            ["zajęcia szachowe", "zajęcia wokalne", "zajęcia fotograficzne", "zajęcia ceramiczne"],
        ),
        (
            "Ośrodek proponuje różne formy pomocy, takie jak porady prawne oraz grupy wsparcia.",
            ["porady prawne", "grupy wsparcia"],
        ),
        (  # "i" joins two forms of the list, each headed by a form noun
            "Projekt przewiduje działania takie jak kursy językowe, staże zawodowe i doradztwo.",
            ["kursy językowe", "staże zawodowe", "doradztwo"],
        ),
        (  # "między innymi" as "m.in."
            "Rodziny skorzystają między innymi z porad pedagoga oraz z mediacji rodzinnych.",
            ["porady pedagoga", "mediacje rodzinne"],
        ),
        (  # "a dla …": the persons of the next forms are not part of them
            "Dla rodziców zaplanowano warsztaty wychowawcze, a dla dzieci m.in. zajęcia "
            "taneczne i plastyczne.",
            ["warsztaty wychowawcze", "zajęcia taneczne", "zajęcia plastyczne"],
        ),
        (  # the analyser's lemma of "koła" (circles of interest)
            "W świetlicy działają również zajęcia opiekuńcze oraz koła zainteresowań.",
            ["zajęcia opiekuńcze", "koła zainteresowań"],
        ),
        (  # a gerund known only as a gerund carries the form after it
            "Projekt przewiduje uruchomienie usług opiekuńczych dla 12 osób i usług asystenckich "
            "dla 6 osób.",
            ["usługi opiekuńcze", "usługi asystenckie"],
        ),
        (  # "tam" before a counted form
            "W kamienicy powstały tam 3 mieszkania chronione i 6 mieszkań treningowych.",
            ["mieszkania chronione", "mieszkania treningowe"],
        ),
        (  # a bare plural head and a second one with an adjective: one form, the adjective shared
            "Uczestnikom zapewnimy kursy i szkolenia komputerowe oraz doradztwo prawne.",
            ["kursy i szkolenia komputerowe", "doradztwo prawne"],
        ),
        # ------------------------------------------------ more openers of the same families
        (  # the singular of "odbędą się"
            "Jesienią odbędzie się kurs pierwszej pomocy dla opiekunów seniorów.",
            ["kurs pierwszej pomocy"],
        ),
        (  # "mają zapewnione": what the participants are given
            "Podopieczni klubu mają zapewnione zajęcia ruchowe oraz opiekę pielęgniarską.",
            ["zajęcia ruchowe", "opieka pielęgniarska"],
        ),
        (  # the singular of "przejdą"
            "Każda uczestniczka przejdzie trening kompetencji cyfrowych.",
            ["trening kompetencji cyfrowych"],
        ),
        (  # going on a trip
            "W sobotę uczestnicy projektu pojechali na wycieczkę krajoznawczą do Torunia.",
            ["wycieczka krajoznawcza do Torunia"],
        ),
        (  # an invitation
            "Zapraszamy seniorów na bezpłatne warsztaty florystyczne w bibliotece.",
            ["bezpłatne warsztaty florystyczne w bibliotece"],
        ),
        (  # after a light head's genitive, the governed case again
            "Zaplanowaliśmy cykl spotkań z dietetykiem oraz konsultacje z fizjoterapeutą.",
            ["spotkania z dietetykiem", "konsultacje z fizjoterapeutą"],
        ),
        (  # a dash and "m.in." after a sentence naming the support; a person ends a topic series
            "Wsparcie dostaną też ich rodziny – m.in. nauka języka angielskiego, pedagog, "
            "zajęcia sportowo-rekreacyjne.",
            ["nauka języka angielskiego", "zajęcia sportowo-rekreacyjne"],
        ),
        (  # a compound adjective typed with a spaced dash is one adjective
            "Dzieci wezmą udział w zajęciach opiekuńczo – wychowawczych i terapii ruchem.",
            ["zajęcia opiekuńczo-wychowawcze", "terapia ruchem"],
        ),
        (  # a participle of hiring between the head and the person
            "Seniorzy otrzymają pomoc zatrudnionej w projekcie opiekunki środowiskowej.",
            ["pomoc opiekunki środowiskowej"],
        ),
        (  # the past of running a form
            "Terapeutka prowadziła z nimi zajęcia plastyczne oraz warsztaty ceramiczne.",
            ["zajęcia plastyczne", "warsztaty ceramiczne"],
        ),
        # ----------------------------------------------------- a benefit paid to participants
        (
            "Uczestnicy otrzymają wsparcie finansowe, a w czasie zajęć zapewniony będzie posiłek.",
            ["wsparcie finansowe"],
        ),
    ],
)
def test_thirteenth_session_families(text, want):
    items = [i.lower() for i in inst(text)]
    assert all(w.lower() in items for w in want), items


@pytest.mark.parametrize(
    "text, not_wanted",
    [
        (  # the project's own running is no support
            "W projekcie przewidziano zarządzanie projektem, rekrutację uczestników, promocję "
            "projektu oraz ewaluację.",
            ["zarządzanie projektem", "rekrutacja uczestników", "promocja projektu", "ewaluacja"],
        ),
        (  # a head noun followed only by a participle clause names no form
            "Dla dzieci przewidziano zajęcia prowadzone przez pedagogów zatrudnionych w świetlicy.",
            ["zajęcia", "pedagodzy"],
        ),
        (  # a participle and "przez" before a person: no form, no person
            "Dzieci wezmą udział w prowadzonych przez animatorów zabawach na podwórku.",
            ["animatorzy", "animatorzy zabawach na podwórku"],
        ),
        (  # people counted after "w tym"; places after "np."
            "Projekt obejmie 40 osób, w tym 25 kobiet i 15 mężczyzn. Wsparcie trafi do kilku "
            "gmin, np. Lipna, Wielgiego i Skępego.",
            ["kobiety", "mężczyźni", "Lipno"],
        ),
        (  # the EU aim of the programme: no form of the project
            "Celem jest ułatwienie dostępu do wysokiej jakości usług, w tym opieki zdrowotnej "
            "i usług socjalnych świadczonych w interesie ogólnym.",
            ["opieka zdrowotna", "usługi socjalne świadczone w interesie ogólnym"],
        ),
        (  # a school attended and a manner of running are no forms
            "Młodzież uczęszcza do szkoły podstawowej w Lipnie. Zajęcia prowadzone są w formie "
            "stacjonarnej.",
            ["szkoła podstawowa", "stacjonarna"],
        ),
        (  # the project's money from the EU is no benefit
            "Projekt otrzymał wsparcie finansowe z Unii Europejskiej w ramach programu.",
            ["wsparcie finansowe"],
        ),
        (  # a gerund of the project's own running carries no form
            "Projekt przewiduje prowadzenie rekrutacji oraz zarządzanie projektem.",
            ["rekrutacja", "zarządzanie projektem"],
        ),
        (  # a general head and a participle saying how it is given: no form
            "Każdy mieszkaniec otrzyma tam wsparcie dostosowane do swoich potrzeb.",
            ["wsparcie dostosowane do swoich potrzeb", "wsparcie"],
        ),
        (  # a singular head before "i": two forms, not one
            "Zorganizowano doradztwo i szkolenia zawodowe.",
            ["doradztwo i szkolenia zawodowe"],
        ),
        (  # an invitation to a recruitment meeting, a trip to a shop: no forms
            "Zapraszamy na spotkanie informacyjne w sprawie rekrutacji. Uczestnicy pojechali na "
            "zakupy do Torunia.",
            ["spotkanie informacyjne w sprawie rekrutacji", "zakupy do Torunia"],
        ),
        (  # the project itself run: no form
            "Projekt realizowany jest przez MOPS w Pile w partnerstwie z fundacją. Jest "
            "prowadzona rekrutacja uczestników.",
            ["MOPS", "rekrutacja uczestników"],
        ),
        (  # a dash and "np." after a sentence naming people, not support
            "W gminie mieszka wiele rodzin – np. seniorzy, dzieci i osoby samotne.",
            ["seniorzy", "dzieci"],
        ),
        (  # a person after a topic is not the topic's ("nauka pedagog")
            "Wsparcie dostaną też ich rodziny – m.in. nauka języka angielskiego, pedagog, "
            "zajęcia sportowe.",
            ["nauka pedagog"],
        ),
        (  # who ran a form or the project is no form
            "Rehabilitację prowadził rehabilitant z Lipna. Projekt prowadził MOPS w Pile.",
            ["rehabilitant z Lipna", "MOPS w Pile"],
        ),
        (  # a general head and a count: a phrase cut, no form
            "Projekt przewiduje utworzenie nowego klubu i wsparcie 6 istniejących klubów.",
            ["wsparcie 6", "wsparcie 6 istniejących klubów"],
        ),
        (  # a count of persons is no counted form
            "W ubiegłym roku odbyło się 12 spotkań dla 80 osób z gminy.",
            ["osoby", "80 osób"],
        ),
    ],
)
def test_thirteenth_session_non_instruments(text, not_wanted):
    items = [i.lower() for i in inst(text)]
    assert not any(n.lower() in items for n in not_wanted), items


@pytest.mark.parametrize(
    "text, want",
    [
        (  # "among other things" and a form named by "guidance"
            "Each participant will be offered, among other things, consultations, career "
            "guidance and speech therapy.",
            ["consultations", "career guidance", "speech therapy"],
        ),
        (  # "provide X with": the forms after "with"
            "The project will provide young people with social work, legal advice and family "
            "therapy.",
            ["social work", "legal advice", "family therapy"],
        ),
        (  # "organised for …" cut off; animation and cultural activities are forms
            "This will be done through local animation, trainings organised for residents and "
            "cultural activities.",
            ["local animation", "trainings", "cultural activities"],
        ),
    ],
)
def test_thirteenth_session_english(text, want):
    items = [i.lower() for i in extract_text(EN_HEAD + text, "en.txt")[0]["instruments"]]
    assert all(w in items for w in want), items


def test_thirteenth_session_english_non_instruments():
    text = (
        "The project will provide funding for 20 municipalities. The activities of the project "
        "will be evaluated by an external expert."
    )
    assert extract_text(EN_HEAD + text, "en.txt")[0]["instruments"] == []


def test_thirteenth_session_task_lines_without_a_separator():
    """Task lines whose name follows the number without a dash or a colon: the forms among them
    (the project's running left out), not a schedule's sentences."""
    text = (
        "Projekt składał się z 5 zadań:\n"
        "• Zadanie 1 Warsztaty umiejętności rodzicielskich,\n"
        "• Zadanie 2 Praca socjalna,\n"
        "• Zadanie 3 Zarządzanie projektem,\n"
        "• Zadanie 4 Promocja projektu,\n"
        "• Zadanie 5 Poradnictwo specjalistyczne."
    )
    items = [i.lower() for i in inst(text)]
    assert "warsztaty umiejętności rodzicielskich" in items
    assert "praca socjalna" in items
    assert "poradnictwo specjalistyczne" in items
    assert not any("zarządzanie" in i or "promocja" in i for i in items), items
    schedule = "Harmonogram:\nZadanie 1 Gmina ogłasza nabór.\nZadanie 2 Komisja ocenia wnioski."
    assert inst(schedule) == []
