"""Probes of the number and date fields on short page fragments written for these tests (not copied
from any labelled document), in the many ways Polish project pages state them: planned and actual
participants, the project's total cost, its EU co-financing and own contribution, its start and end,
the programme's period and the voivodeship. The expected values follow the gold conventions of
../shared/devset/README.md: the planned total only when a total of persons is stated, amounts in PLN
(EUR never stored), a lower bound stored as its number, month-only and year-only dates as the first
day of a start and the last day of an end, a date that is not the project's own (publication,
recruitment, a predecessor's period) not the project's, the programme's period only when a
programme is named. Each probe names the fields it checks; the others are not looked at."""

from __future__ import annotations

import pytest

from integra.extract import extract_text

_HEAD = "Projekt „Wspólnie do celu”\n"

# probes the extractor still fails, with the reason (strict: a pass is news and must be looked at)
XFAIL: dict[str, str] = {}


def params(probes: list[tuple]) -> list:
    """pytest params named by the probe's id, the known failures marked xfail (strict)."""
    return [
        pytest.param(
            *p[1:],
            id=p[0],
            marks=[pytest.mark.xfail(reason=XFAIL[p[0]], strict=True)] if p[0] in XFAIL else [],
        )
        for p in probes
    ]


def rec(text: str) -> dict:
    return extract_text(_HEAD + text, "probe.txt")[0]


def check(text: str, expected: dict) -> None:
    got = rec(text)
    wrong = {k: (got.get(k), v) for k, v in expected.items() if got.get(k) != v}
    assert not wrong, wrong


# --- participants_planned ----------------------------------------------------------------------

PLANNED = [
    (
        "wezmie_then_recruited_so_far",
        "W projekcie udział weźmie 45 osób, a do tej pory zrekrutowano 30.",
        {"participants_planned": 45},
    ),
    (
        "families_then_persons_brackets",
        "Projekt adresowany jest do 30 rodzin (90 osób).",
        {"participants_planned": 90},
    ),
    (
        "label_dash_with_split",
        "Liczba osób objętych wsparciem w projekcie – 32 (20 K, 12 M)",
        {"participants_planned": 32},
    ),
    (
        "count_in_brackets_after_group",
        "Projekt skierowany jest do osób bezrobotnych (40 osób) z terenu gminy.",
        {"participants_planned": 40},
    ),
    (
        "total_colon_parts",
        "Wsparcie skierowane jest do 60 osób: 40 osób z niepełnosprawnościami i 20 opiekunów.",
        {"participants_planned": 60},
    ),
    ("zaprosimy", "Do udziału w projekcie zaprosimy 24 osoby.", {"participants_planned": 24}),
    (
        "uczestniczyc_bedzie",
        "W projekcie uczestniczyć będzie 18 osób.",
        {"participants_planned": 18},
    ),
    (
        "plan_then_effectiveness",
        "Projekt zakłada objęcie wsparciem 40 osób, z czego 30 osiągnie efektywność społeczną.",
        {"participants_planned": 40},
    ),
    (
        "planowana_zrekrutowana_row",
        "Liczba uczestników projektu: planowana – 50, zrekrutowana – 48.",
        {"participants_planned": 50},
    ),
    (
        "przewidywana_wynosi",
        "Przewidywana liczba uczestników projektu wynosi 35 osób.",
        {"participants_planned": 35},
    ),
    ("liczba_wynosi", "Liczba uczestników projektu wynosi 70.", {"participants_planned": 70}),
    (
        "dedykowany_dative",
        "Projekt dedykowany jest 40 osobom starszym.",
        {"participants_planned": 40},
    ),
    (
        "skorzysta_lacznie",
        "Z usług centrum skorzysta łącznie 150 osób.",
        {"participants_planned": 150},
    ),
    ("obejmuje_words", "Projekt obejmie wsparciem trzydzieści osób.", {"participants_planned": 30}),
    (
        "grupa_docelowa_to",
        "Grupa docelowa projektu to 50 osób w wieku 60+.",
        {"participants_planned": 50},
    ),
    (
        "planujemy_zrekrutowac",
        "Do projektu planujemy zrekrutować 36 osób.",
        {"participants_planned": 36},
    ),
    (
        "uczestnikow_i_uczestniczek",
        "Wsparciem w projekcie zostanie objętych 75 uczestników i uczestniczek.",
        {"participants_planned": 75},
    ),
    ("thousands_space", "Projekt zakłada wsparcie dla 2 500 osób.", {"participants_planned": 2500}),
    (
        "label_ktore_zostana",
        "Liczba osób, które zostaną objęte wsparciem: 110",
        {"participants_planned": 110},
    ),
    (
        "rodzin_osob_uczestnikami",
        "Uczestnikami projektu będzie 12 rodzin (48 osób).",
        {"participants_planned": 48},
    ),
    (
        "pipe_row_planned",
        "Planowana liczba uczestników | 22\nOkres realizacji | 2020–2021",
        {"participants_planned": 22},
    ),
    # a sum line after the parts' lines, and a sum after the parts in a labelled sentence
    (
        "razem_row_after_items",
        "Grupa docelowa:\n- 10 osób z niepełnosprawnościami,\n- 5 opiekunów faktycznych.\n"
        "Razem: 15 osób",
        {"participants_planned": 15},
    ),
    (
        "ogolem_row_after_lines",
        "Wsparcie otrzymają:\n10 osób bezrobotnych\n6 osób nieaktywnych zawodowo\nOgółem: 16 osób",
        {"participants_planned": 16},
    ),
    (
        "razem_dash_after_sexes",
        "Liczba uczestników:\nkobiety – 12\nmężczyźni – 8\nrazem – 20",
        {
            "participants_planned": 20,
            "participants_planned_breakdown": {"kobiety": 12, "mężczyźni": 8},
        },
    ),
    (
        "razem_table_row",
        "Uczestnicy | Liczba\nKobiety | 12\nMężczyźni | 8\nRazem | 20",
        {"participants_planned": 20},
    ),
    (
        "labelled_parts_then_razem",
        "Grupa docelowa: 10 osób z niepełnosprawnościami oraz 5 opiekunów, razem 15 osób.",
        {"participants_planned": 15},
    ),
    # negatives: a sum of something else, a sum that does not add up, a report's sum
    (
        "razem_of_costs",
        "Budżet:\nwynagrodzenia – 12\nszkolenia – 8\nrazem – 20",
        {"participants_planned": None},
    ),
    (
        "razem_not_the_sum",
        "Uczestnicy:\nkobiety – 12\nmężczyźni – 8\nrazem – 21",
        {"participants_planned": None},
    ),
    (
        "razem_of_a_report",
        "W projekcie wzięli udział:\nkobiety – 12\nmężczyźni – 8\nrazem – 20",
        {"participants_planned": None},
    ),
    # the future of attending ("będzie (mogło) uczęszczać / przychodzić N osób")
    (
        "bedzie_moglo_uczeszczac",
        "Do świetlicy będzie mogło uczęszczać 30 dzieci.",
        {"participants_planned": 30},
    ),
    (
        "bedzie_moglo_przychodzic",
        "Na zajęcia będzie mogło przychodzić 40 osób.",
        {"participants_planned": 40},
    ),
    (
        "przychodzic_bedzie",
        "Przychodzić będzie 15 osób dwa razy w tygodniu.",
        {"participants_planned": 15},
    ),
    # a whole region's figure is a programme's reach, not the plan
    (
        "region_wide_reach",
        "Dzięki programowi w całym województwie wsparcie otrzyma 5000 osób.",
        {"participants_planned": None},
    ),
    (
        "region_scale_then_ours",
        "W skali regionu wsparcie otrzyma 3 tys. osób, w tym 40 osób z naszej gminy.",
        {"participants_planned": None},
    ),
    (
        "from_whole_voivodeship_is_plan",
        "Wsparcie otrzyma 40 osób z terenu całego województwa.",
        {"participants_planned": 40},
    ),
    (
        "capacity_then_attending",
        "Dom pomieści 24 mieszkańców, a w warsztatach będzie mogło brać udział kilkadziesiąt osób.",
        {"participants_planned": None},
    ),
    (
        "capacity_pomiesci",
        "Placówka pomieści 30 dzieci i zapewni im opiekę.",
        {"participants_planned": None},
    ),
    (
        "capacity_beside_plan",
        "Sala mieści 40 osób. Wsparciem zostanie objętych 25 osób.",
        {"participants_planned": 25},
    ),
    (
        "club_may_admit",
        "Klub Seniora może przyjąć jednocześnie 25 osób.",
        {"participants_planned": None},
    ),
    (
        "club_attends_present",
        "Do klubu uczęszcza obecnie 25 seniorów.",
        {"participants_planned": None},
    ),
    (
        "dedykowany_dla",
        "Projekt dedykowany dla 30 osób bezrobotnych.",
        {"participants_planned": 30},
    ),
    (
        "dedykowany_no_count",
        "Projekt dedykowany jest osobom starszym; w gminie mieszka ich 300.",
        {"participants_planned": None},
    ),
    (
        "indicator_quoted_colon",
        "Wartość docelowa wskaźnika „liczba uczestników objętych wsparciem w projekcie”: 45",
        {"participants_planned": 45},
    ),
    (
        "indicator_quoted_result",
        "Wartość docelowa wskaźnika „liczba osób, które po opuszczeniu programu podjęły pracę”"
        " wynosi 9.",
        {"participants_planned": None},
    ),
    ("liczba_up_dash", "Planowana liczba UP – 35", {"participants_planned": 35}),
    ("liczba_up_lower_is_no_label", "Liczba up: 40", {"participants_planned": None}),
    # negatives: a caseload, a training of staff, a meeting's audience, only an actual count
    (
        "caseload",
        "Na terenie gminy z pomocy społecznej korzysta 420 osób.",
        {"participants_planned": None},
    ),
    (
        "staff_training",
        "Szkolenie dla 12 pracowników socjalnych odbyło się w marcu.",
        {"participants_planned": None},
    ),
    (
        "meeting_audience",
        "Spotkanie informacyjne zgromadziło 80 osób.",
        {"participants_planned": None},
    ),
    (
        "actual_past",
        "Projekt zakończył się. Wsparciem objęto 45 osób.",
        {"participants_planned": None},
    ),
    # k groups or rounds of one size and their stated sum: the sum is the total
    (
        "groups_po_razem_brackets",
        "Zajęcia odbywać się będą w 2 grupach po 12 osób (razem 24).",
        {"participants_planned": 24},
    ),
    (
        "editions_po_lacznie",
        "Projekt przewiduje trzy edycje po 15 uczestników, łącznie 45.",
        {"participants_planned": 45},
    ),
    (
        "groups_po_tj",
        "Wsparciem obejmiemy 4 grupy po 10 osób, tj. 40 osób z terenu gminy.",
        {"participants_planned": 40},
    ),
    (
        "tury_po_w_sumie",
        "Szkolenia zaplanowano w dwóch turach po 8 osób – w sumie 16 uczestników.",
        {"participants_planned": 16},
    ),
    (
        "total_then_rounds_po",
        "Projekt obejmie wsparciem 60 osób (w dwóch edycjach po 30 osób).",
        {"participants_planned": 60},
    ),
    # a few months of one year with no year said: one phase's count, not the project's plan
    (
        "phase_months_no_year",
        "Od lipca do września planujemy objąć wsparciem w ramach kontraktów socjalnych 120 osób.",
        {"participants_planned": None},
    ),
    (
        "phase_months_club",
        "Od marca do maja do klubu będzie uczęszczać 15 osób.",
        {"participants_planned": None},
    ),
    # negatives: months with years (the project's period), a phase in another sentence
    (
        "months_with_year_is_period",
        "Od stycznia do grudnia 2020 r. projekt obejmie 40 osób.",
        {"participants_planned": 40},
    ),
    (
        "months_years_range",
        "Od lipca 2019 do czerwca 2021 projekt obejmie wsparciem 60 osób.",
        {"participants_planned": 60},
    ),
    (
        "phase_in_next_sentence",
        "Projekt obejmie 50 osób. Od lipca do września odbędą się warsztaty.",
        {"participants_planned": 50},
    ),
    # a count right after "w tym" is a part of an unstated total, never the total
    (
        "w_tym_part_only",
        "Ze wsparcia skorzystają osoby w wieku 18–64 lata, w tym 6 osób z niepełnosprawnościami.",
        {"participants_planned": None},
    ),
    (
        "w_tym_co_najmniej_part",
        "Projekt skierowany jest do mieszkańców gminy, w tym co najmniej 10 osób z"
        " niepełnosprawnościami.",
        {"participants_planned": None},
    ),
    (
        "including_part_en",
        "The project supports people at risk, including 15 people with disabilities.",
        {"participants_planned": None},
    ),
    # negatives: the total before "w tym" stays the total
    (
        "w_tym_after_total",
        "Projekt obejmie 40 osób, w tym 25 kobiet.",
        {"participants_planned": 40},
    ),
    # a participants label with a further word after its noun
    (
        "label_odbiorcow_wsparcia",
        "Planowana liczba odbiorców wsparcia: 80 (w tym 10 osób z niepełnosprawnościami).",
        {"participants_planned": 80},
    ),
    (
        "label_beneficjentow_ostatecznych",
        "Liczba beneficjentów ostatecznych: 120 (w tym 30 dzieci)",
        {"participants_planned": 120},
    ),
    ("label_odbiorcow_dash", "Liczba odbiorców wsparcia – 45 osób", {"participants_planned": 45}),
    # a table whose columns split persons by sex and give the sum: the participants row's sum
    (
        "sex_columns_ogolem",
        "Wskaźnik | Kobiety | Mężczyźni | Ogółem\nLiczba uczestników | 12 | 8 | 20",
        {"participants_planned": 20},
    ),
    (
        "sex_columns_k_m_razem",
        "Grupa | K | M | Razem\nLiczba osób objętych wsparciem | 30 | 25 | 55",
        {"participants_planned": 55},
    ),
    (
        "sex_columns_english",
        "Indicator | Women | Men | Total\nParticipants | 40 | 35 | 75",
        {"participants_planned": 75},
    ),
    # negatives: rows of groups, not of the participants (parts only)
    (
        "sex_columns_group_rows",
        "Uczestnicy | K | M | Razem\nOsoby z niepełnosprawnościami | 10 | 6 | 16\nOpiekunowie |"
        " 5 | 3 | 8",
        {"participants_planned": None},
    ),
    # negatives: a sum that is not k times the size, a sum of hours; one group's size alone
    (
        "groups_po_no_sum",
        "Zajęcia prowadzone będą w 3 grupach po 8 osób.",
        {"participants_planned": None},
    ),
    (
        "groups_po_sum_differs",
        "Zajęcia odbędą się w 2 grupach po 12 osób, razem 30 spotkań.",
        {"participants_planned": None},
    ),
]


@pytest.mark.parametrize("text, expected", params(PLANNED))
def test_planned(text, expected):
    check(text, expected)


# --- participants_actual -----------------------------------------------------------------------

ACTUAL = [
    ("wzielo_udzial", "W projekcie wzięło udział 42 osoby.", {"participants_actual": 42}),
    ("objeto_lacznie", "Wsparciem objęto łącznie 58 osób.", {"participants_actual": 58}),
    ("skorzystalo", "Z różnych form wsparcia skorzystało 120 osób.", {"participants_actual": 120}),
    (
        "uczestniczylo_split",
        "Łącznie w projekcie uczestniczyło 65 osób (40 K i 25 M).",
        {"participants_actual": 65},
    ),
    (
        "planned_then_actual",
        "Planowano objąć wsparciem 40 osób, a udział w projekcie wzięły 44 osoby.",
        {"participants_planned": 40, "participants_actual": 44},
    ),
    (
        "planowana_faktyczna",
        "Liczba uczestników: planowana 30, faktyczna 32",
        {"participants_planned": 30, "participants_actual": 32},
    ),
    (
        "years_otrzymalo",
        "W latach 2017–2019 wsparcie otrzymało 210 osób.",
        {"participants_actual": 210},
    ),
    (
        "objal_wsparciem",
        "Projekt objął wsparciem 90 mieszkańców gminy.",
        {"participants_actual": 90},
    ),
    ("przeszlo_przez", "W sumie przez projekt przeszło 150 osób.", {"participants_actual": 150}),
    (
        "english_took_part",
        "A total of 230 people took part in the project.",
        {"participants_actual": 230},
    ),
    ("words_otrzymalo", "Wsparcie otrzymało dwadzieścia pięć osób.", {"participants_actual": 25}),
    (
        "uczestniczylo_w_nim",
        "Projekt zakończył się w grudniu. Uczestniczyło w nim 18 osób.",
        {"participants_actual": 18},
    ),
    (
        "zostalo_objetych",
        "W sumie wsparciem zostało objętych 77 osób.",
        {"participants_actual": 77},
    ),
    (
        "przyjeto_do_projektu",
        "Rekrutacja zakończyła się. Do projektu przyjęto 36 osób.",
        {"participants_actual": 36},
    ),
    (
        "przyjetych_zostanie",
        "Do projektu zostanie przyjętych 36 osób.",
        {"participants_planned": 36, "participants_actual": None},
    ),
    (
        "plan_bare_after_report",
        "Projektem objęto 45 osób, choć planowano 40.",
        {"participants_planned": 40, "participants_actual": 45},
    ),
    (
        "plan_bare_in_brackets",
        "Wsparciem objęto 45 osób (planowano 40).",
        {"participants_planned": 40, "participants_actual": 45},
    ),
    (
        "actual_first_plan_second_row",
        "Liczba osób objętych wsparciem: osiągnięta 42 / planowana 40",
        {"participants_planned": 40, "participants_actual": 42},
    ),
    (
        "pair_colons",
        "Liczba uczestników – planowana: 40, osiągnięta: 42",
        {"participants_planned": 40, "participants_actual": 42},
    ),
    # negatives of the pair and the bare figure: amounts, a year, one figure alone
    (
        "pair_of_amounts",
        "Wartość projektu: planowana 40 000 zł, faktyczna 38 000 zł",
        {"participants_planned": None, "participants_actual": None},
    ),
    (
        "bare_year_after_cue",
        "Wsparciem objęto 45 osób, planowano w 2019.",
        {"participants_planned": None, "participants_actual": 45},
    ),
    ("bare_alone", "Dotąd zrekrutowano 12.", {"participants_planned": None}),
    ("beneficjentami_bylo", "Beneficjentami projektu było 34 osoby.", {"participants_actual": 34}),
    (
        "label_objetych_row",
        "Liczba osób objętych wsparciem (stan na koniec projektu): 61",
        {"participants_actual": 61},
    ),
    (
        "label_wykonanie_dash",
        "Liczba uczestników (wykonanie) – 43 osoby",
        {"participants_actual": 43, "participants_planned": None},
    ),
    (
        "label_status_beside_plan",
        "Planowana liczba uczestników: 30 osób\nLiczba uczestników projektu (stan na zakończenie"
        " projektu): 34 osoby",
        {"participants_planned": 30, "participants_actual": 34},
    ),
    (
        "label_osiagnieta",
        "Liczba osób objętych wsparciem (osiągnięta): 52",
        {"participants_actual": 52},
    ),
    # a status that is not the report's: a date in the label ("stan na 30.06") is a count so far
    (
        "label_stan_na_date",
        "Liczba uczestników (stan na 30.06.2020): 18",
        {"participants_actual": None},
    ),
    # a table with a plan column and an achieved one: its participants row gives both
    (
        "columns_plan_wykonanie",
        "Wskaźnik | Plan | Wykonanie\nLiczba uczestników | 40 | 43\nw tym kobiety | 24 | 27",
        {"participants_planned": 40, "participants_actual": 43},
    ),
    (
        "columns_docelowa_osiagnieta",
        "Nazwa wskaźnika | Wartość docelowa | Wartość osiągnięta\nLiczba osób zagrożonych"
        " ubóstwem objętych wsparciem w programie | 60 | 64\nLiczba osób pracujących po"
        " opuszczeniu programu | 10 | 12",
        {"participants_planned": 60, "participants_actual": 64},
    ),
    (
        "columns_zakladana_zrealizowana",
        "Rezultat | Zakładana wartość | Zrealizowana wartość\nUczestnicy projektu ogółem | 25 osób"
        " | 26 osób",
        {"participants_planned": 25, "participants_actual": 26},
    ),
    (
        "columns_planned_achieved_en",
        "Indicator | Target | Achieved\nParticipants | 120 | 131",
        {"participants_planned": 120, "participants_actual": 131},
    ),
    # negatives: a table of hours only, columns in the other order, a row of another group
    (
        "columns_hours_only",
        "Wskaźnik | Plan | Wykonanie\nLiczba godzin doradztwa | 400 | 412",
        {"participants_actual": None},
    ),
    (
        "columns_employed_row_only",
        "Wskaźnik | Wartość docelowa | Wartość osiągnięta\nLiczba osób pracujących po"
        " opuszczeniu programu | 10 | 12",
        {"participants_actual": None},
    ),
    (
        "columns_years_not_plan",
        "Rok | 2019 | 2020\nLiczba uczestników | 20 | 25",
        {"participants_actual": None},
    ),
    # a count told of "then" right after a sentence about an earlier edition or project
    (
        "then_after_first_edition",
        "W latach 2016–2018 ośrodek realizował pierwszą edycję projektu. Wsparcie otrzymało wtedy"
        " 40 osób.",
        {"participants_actual": None, "participants_planned": None},
    ),
    (
        "wowczas_after_previous_project",
        "W latach 2016–2018 ośrodek realizował poprzedni projekt. Wzięło w nim wówczas udział 35"
        " osób. Obecny projekt obejmie 48 osób.",
        {"participants_actual": None, "participants_planned": 48},
    ),
    (
        "then_after_earlier_edition_en",
        "The centre ran the first edition of the project in 2017. 30 people took part then.",
        {"participants_actual": None},
    ),
    # negative: "wtedy" after this project's own end
    (
        "then_after_own_end",
        "Projekt zakończył się w czerwcu. Wsparcie otrzymało wtedy 40 osób.",
        {"participants_actual": 40},
    ),
    # those who completed, as a label with the verb and its count after a colon or dash
    (
        "completed_label_colon",
        "Liczba osób, które zakończyły udział w projekcie: 171",
        {"participants_completed": 171},
    ),
    (
        "completed_label_dash",
        "Liczba uczestników, którzy ukończyli projekt – 45",
        {"participants_completed": 45},
    ),
    # negatives: hours of a course, after a colon or not
    (
        "completed_hours_colon",
        "Uczestnicy, którzy ukończyli szkolenie: 12 godzin zajęć",
        {"participants_completed": None},
    ),
    ("completed_hours", "Uczestnicy ukończyli szkolenie 40 h.", {"participants_completed": None}),
    (
        "w_tym_part_of_report",
        "Wsparciem objęto osoby bezrobotne, w tym 12 osób długotrwale bezrobotnych.",
        {"participants_actual": None},
    ),
    (
        "w_tym_after_report",
        "W projekcie wzięło udział 34 osoby, w tym 20 kobiet.",
        {"participants_actual": 34},
    ),
    # help given, told in the dative
    ("udzielone_dative", "Wsparcie zostało udzielone 45 osobom.", {"participants_actual": 45}),
    ("pomocy_udzielono", "Pomocy udzielono 52 osobom.", {"participants_actual": 52}),
    (
        "udzielono_wsparcia",
        "W ramach projektu udzielono wsparcia 38 osobom zagrożonym wykluczeniem.",
        {"participants_actual": 38},
    ),
    # negatives: the centre's caseload, a future form
    (
        "udzielono_caseload",
        "W 2020 roku pomocy społecznej udzielono 640 osobom.",
        {"participants_actual": None},
    ),
    ("udzieli_sie_future", "Wsparcia udzieli się 40 osobom.", {"participants_actual": None}),
    # negatives: an invitation, a meeting's audience, a plan
    ("invitation", "Zapraszamy 20 osób do udziału w projekcie.", {"participants_actual": None}),
    (
        "meeting_attended",
        "W spotkaniu informacyjnym wzięło udział 40 mieszkańców.",
        {"participants_actual": None},
    ),
    ("plan_only", "Wsparciem zostanie objętych 40 osób.", {"participants_actual": None}),
]


@pytest.mark.parametrize("text, expected", params(ACTUAL))
def test_actual(text, expected):
    check(text, expected)


# --- money -------------------------------------------------------------------------------------

MONEY = [
    ("label_total", "Wartość projektu: 1 250 000,00 zł", {"total_cost_pln": 1250000.0}),
    (
        "koszt_calkowity_wynosi",
        "Całkowity koszt projektu wynosi 845 320,50 PLN.",
        {"total_cost_pln": 845320.5},
    ),
    (
        "mln_rounded",
        "Wartość projektu: 2,4 mln zł",
        {"total_cost_pln": 2400000.0, "total_cost_qualifier": "approximately"},
    ),
    (
        "tys_rounded",
        "Koszt całkowity: 980 tys. zł",
        {"total_cost_pln": 980000.0, "total_cost_qualifier": "approximately"},
    ),
    ("dotted_leader", "Wartość projektu .......... 500 000,00 zł", {"total_cost_pln": 500000.0}),
    (
        "dofinansowanie_label",
        "Wartość dofinansowania: 425 000,00 zł",
        {"eu_cofinancing_pln": 425000.0},
    ),
    (
        "dofinansowanie_ue_label",
        "Dofinansowanie ze środków UE: 680 000,00 zł",
        {"eu_cofinancing_pln": 680000.0},
    ),
    (
        "w_tym_z_efs",
        "Wartość projektu: 800 000 zł, w tym z EFS 680 000 zł.",
        {"total_cost_pln": 800000.0, "eu_cofinancing_pln": 680000.0},
    ),
    (
        "wklad_wlasny",
        "Wartość projektu: 420 000,00 zł\nDofinansowanie: 380 000,00 zł\nWkład własny: 40 000,00 zł",
        {
            "total_cost_pln": 420000.0,
            "eu_cofinancing_pln": 380000.0,
            "own_contribution_pln": 40000.0,
        },
    ),
    (
        "ponad_mln",
        "Projekt o wartości ponad 3 mln zł ruszył w styczniu.",
        {"total_cost_pln": 3000000.0, "total_cost_qualifier": "more_than"},
    ),
    (
        "dotted_thousands",
        "Kwota dofinansowania: 1.234.567,89 zł",
        {"eu_cofinancing_pln": 1234567.89},
    ),
    (
        "eur_then_pln",
        "Wartość projektu: 250 000 EUR (1 050 000 PLN)",
        {"total_cost_pln": 1050000.0},
    ),
    (
        "pln_then_eur",
        "Wartość projektu: 1 050 000 zł (ok. 250 000 EUR)",
        {"total_cost_pln": 1050000.0},
    ),
    (
        "grant_beside_value",
        "Ośrodek otrzymał dofinansowanie w wysokości 120 000 zł na projekt o wartości 150 000 zł.",
        {"total_cost_pln": 150000.0, "eu_cofinancing_pln": 120000.0},
    ),
    ("budzet_label", "Budżet projektu: 640 000,00 zł", {"total_cost_pln": 640000.0}),
    (
        "koszt_realizacji_to",
        "Koszt realizacji projektu to 312 000 zł.",
        {"total_cost_pln": 312000.0},
    ),
    (
        "ogolem_semicolon",
        "Wartość ogółem: 990 000,00 zł; dofinansowanie: 841 500,00 zł",
        {"total_cost_pln": 990000.0, "eu_cofinancing_pln": 841500.0},
    ),
    (
        "pct_then_amount",
        "Wartość projektu: 600 000 zł. Dofinansowanie z Unii Europejskiej wynosi 85% wartości"
        " projektu, tj. 510 000 zł.",
        {"total_cost_pln": 600000.0, "eu_cofinancing_pln": 510000.0},
    ),
    ("zl_without_space", "Wartość projektu: 250 000,00zł", {"total_cost_pln": 250000.0}),
    (
        "zlotych_word",
        "Wartość projektu wynosi 1 500 000,00 złotych.",
        {"total_cost_pln": 1500000.0},
    ),
    (
        "z_czego_stanowi",
        "Całkowita wartość projektu wynosi 2 118 528,77 zł, z czego 1 800 749,45 zł stanowi"
        " dofinansowanie.",
        {"total_cost_pln": 2118528.77, "eu_cofinancing_pln": 1800749.45},
    ),
    ("dotted_pln", "Wartość projektu: 345.000,00 PLN", {"total_cost_pln": 345000.0}),
    (
        "mln_both",
        "Projekt o wartości 1,2 mln złotych, z czego dofinansowanie wynosi 1,02 mln zł.",
        {"total_cost_pln": 1200000.0, "eu_cofinancing_pln": 1020000.0},
    ),
    (
        "stray_space_decimals",
        "Wartość projektu: 1 234 567 ,89 zł",
        {"total_cost_pln": 1234567.89},
    ),
    (
        "kwota_grantu",
        "Kwota przyznanego grantu: 95 000,00 zł",
        {"eu_cofinancing_pln": 95000.0, "total_cost_pln": None},
    ),
    (
        "niemal",
        "Wartość projektu to niemal 600 tys. zł.",
        {"total_cost_pln": 600000.0},
    ),
    # "o wartości" after the project's noun is the project's value, after a grant's the grant's
    (
        "grant_for_project_of_value",
        "Ośrodek pozyskał dofinansowanie na projekt o wartości 400 000 zł.",
        {"total_cost_pln": 400000.0, "eu_cofinancing_pln": None},
    ),
    (
        "share_of_grant_for_project_of_value",
        "Gmina otrzymała 90% dofinansowania do projektu o wartości 400 000 zł.",
        {"total_cost_pln": 400000.0, "eu_cofinancing_pln": None},
    ),
    (
        "grant_to_named_project_of_value",
        "Ośrodek otrzymał dofinansowanie do projektu „Wspólnie do celu” o wartości 400 000 zł.",
        {"total_cost_pln": 400000.0, "eu_cofinancing_pln": None},
    ),
    (
        "grant_of_value",
        "Ośrodek otrzymał dofinansowanie o wartości 350 000 zł na projekt.",
        {"total_cost_pln": None, "eu_cofinancing_pln": 350000.0},
    ),
    (
        "dotacja_of_value",
        "Dotacja o łącznej wartości 350 000 zł trafi do ośrodka.",
        {"total_cost_pln": None, "eu_cofinancing_pln": 350000.0},
    ),
    # a sum over several projects counted in words is no project's money
    (
        "sum_over_two_projects_in_words",
        "Unijne wsparcie o łącznej wartości 3 mln zł otrzymały dwa projekty z naszego powiatu.\n"
        "Projekt „Wspólnie do celu” otrzymał dofinansowanie w wysokości 1,1 mln zł.",
        {"total_cost_pln": None, "eu_cofinancing_pln": 1100000.0},
    ),
    (
        "sum_over_five_projects",
        "Dofinansowanie w łącznej kwocie 3 mln zł otrzymało pięć projektów.\nNasz projekt"
        " otrzymał 1 250 000 zł.",
        {"total_cost_pln": None, "eu_cofinancing_pln": 1250000.0},
    ),
    (
        "own_project_lacznej_wartosci",
        "Projekt o łącznej wartości 2 mln zł realizują dwa ośrodki.",
        {"total_cost_pln": 2000000.0},
    ),
    (
        "two_projects_elsewhere",
        "Łączna wartość projektu wynosi 800 000 zł. W gminie realizowane są dwa projekty.",
        {"total_cost_pln": 800000.0},
    ),
    # negatives: a centre's yearly budget, a wage, a benefit
    (
        "space_both_sides_of_comma",
        "Wartość projektu: 250 000 , 00 zł",
        {"total_cost_pln": 250000.0},
    ),
    (
        "yearly_budget_beside_value",
        "Gmina przeznacza na pomoc społeczną 3 mln zł na rok. Wartość projektu: 450 000 zł.",
        {"total_cost_pln": 450000.0},
    ),
    (
        "na_rok_with_year_is_no_rate",
        "Projekt o wartości 1,2 mln zł na rok 2020.",
        {"total_cost_pln": 1200000.0},
    ),
    (
        "rocznie_in_next_sentence",
        "Wartość projektu: 450 000 zł. Rocznie ośrodek pomaga 300 rodzinom.",
        {"total_cost_pln": 450000.0},
    ),
    ("centre_budget", "Ośrodek dysponuje budżetem 12 mln zł rocznie.", {"total_cost_pln": None}),
    (
        "stipend",
        "Uczestnicy otrzymają stypendium szkoleniowe w wysokości 1 200 zł miesięcznie.",
        {"total_cost_pln": None, "eu_cofinancing_pln": None},
    ),
    # the EU named after the amount and a dash ("… zł – to pieniądze z Unii Europejskiej")
    (
        "eu_after_dash_words",
        "Projekt będzie kosztował blisko półtora miliona złotych. Większość tej kwoty – ponad"
        " milion dwieście tysięcy złotych – to pieniądze z Unii Europejskiej.",
        {"eu_cofinancing_pln": 1200000.0, "total_cost_pln": 1500000.0},
    ),
    (
        "eu_after_dash_digits",
        "Wartość projektu: 900 000 zł. Aż 810 000 zł – to pieniądze z Unii Europejskiej.",
        {"eu_cofinancing_pln": 810000.0},
    ),
    # negative: the gmina's money after the dash
    (
        "dash_gminy_money",
        "Projekt kosztuje 500 000 zł – to pieniądze gminy.",
        {"eu_cofinancing_pln": None, "total_cost_pln": 500000.0},
    ),
    # a final report's realised total
    (
        "wydatkowano_w_sumie",
        "Na realizację projektu wydatkowano w sumie 1 184 392,40 zł.",
        {"total_cost_pln": 1184392.4, "total_cost_qualifier": "exact"},
    ),
    (
        "wydatkowano_on_project_with_own",
        "Na realizację projektu wydatkowano 1 184 392,40 zł, z czego 120 000,00 zł stanowił wkład"
        " własny.",
        {"total_cost_pln": 1184392.4, "own_contribution_pln": 120000.0},
    ),
    (
        "wydatkowano_lacznie",
        "W ramach projektu wydatkowano łącznie 512 000 zł.",
        {"total_cost_pln": 512000.0},
    ),
    # negatives: a year's spending, spending so far beside the value, an item's price
    ("wydatkowano_year", "W 2019 r. wydatkowano 212 000 zł.", {"total_cost_pln": None}),
    (
        "wydatkowano_so_far",
        "Wartość projektu: 968 400,00 zł. Do końca 2019 r. wydatkowano 212 000,00 zł.",
        {"total_cost_pln": 968400.0},
    ),
    ("wydatkowano_item", "Na zakup sprzętu wydatkowano 12 000 zł.", {"total_cost_pln": None}),
    # an own contribution named after its figure, with who brings it
    (
        "own_after_wniesie",
        "Projekt o wartości 970 000,00 zł otrzymał dofinansowanie 921 500,00 zł. Pozostałe"
        " 48 500,00 zł gmina wniesie jako wkład własny.",
        {"own_contribution_pln": 48500.0, "eu_cofinancing_pln": 921500.0},
    ),
    (
        "own_after_pokryje",
        "Wartość projektu: 500 000 zł. 25 000 zł gmina pokryje z własnych środków.",
        {"own_contribution_pln": 25000.0, "total_cost_pln": 500000.0},
    ),
    (
        "own_after_zapewni",
        "Wartość projektu: 240 000 zł, dofinansowanie: 228 000 zł. Kwotę 12 000 zł miasto zapewni"
        " jako wkład własny.",
        {"own_contribution_pln": 12000.0},
    ),
    # negative: money brought to something else
    (
        "own_after_other_body",
        "Wartość projektu: 240 000 zł. Kwotę 30 000 zł gmina wniesie do spółki.",
        {"own_contribution_pln": None},
    ),
]


@pytest.mark.parametrize("text, expected", params(MONEY))
def test_money(text, expected):
    check(text, expected)


# --- start and end dates -----------------------------------------------------------------------

DATES = [
    # the end verb after the date, a centre's long name with its town between
    (
        "end_after_long_subject",
        "Z dniem 31 grudnia 2014 r. Miejski Ośrodek Pomocy Społecznej w Piotrkowie Trybunalskim"
        " zakończył realizację projektu.",
        {"end_date": "2014-12-31"},
    ),
    (
        "end_after_two_word_town",
        "30 czerwca 2021 r. Miejsko-Gminny Ośrodek Pomocy Społecznej w Kazimierzy Wielkiej"
        " zakończył realizację projektu „Razem”.",
        {"end_date": "2021-06-30"},
    ),
    # negative: a meeting's date, another thing ended after it
    (
        "end_after_meeting",
        "W dniu 15 maja 2020 r. odbyło się spotkanie podsumowujące, na którym dyrektor ośrodka"
        " zakończył realizację działań informacyjnych.",
        {"end_date": None},
    ),
    (
        "od_do_dotted",
        "Okres realizacji: od 1.03.2017 r. do 31.12.2018 r.",
        {"start_date": "2017-03-01", "end_date": "2018-12-31"},
    ),
    (
        "month_year_range",
        "Okres realizacji: 03.2017–12.2018",
        {"start_date": "2017-03-01", "end_date": "2018-12-31"},
    ),
    ("do_konca_roku", "Projekt potrwa do końca 2019 roku.", {"end_date": "2019-12-31"}),
    (
        "w_latach",
        "Projekt realizowany jest w latach 2016–2018.",
        {"start_date": "2016-01-01", "end_date": "2018-12-31"},
    ),
    (
        "words_months",
        "Projekt realizowany jest od 1 lutego 2020 r. do 31 stycznia 2022 r.",
        {"start_date": "2020-02-01", "end_date": "2022-01-31"},
    ),
    (
        "termin_realizacji",
        "Termin realizacji: 01.07.2019 – 30.06.2021",
        {"start_date": "2019-07-01", "end_date": "2021-06-30"},
    ),
    (
        "iso_rows",
        "Data rozpoczęcia: 2018-01-01\nData zakończenia: 2019-12-31",
        {"start_date": "2018-01-01", "end_date": "2019-12-31"},
    ),
    (
        "rozpoczal_zakonczy",
        "Projekt rozpoczął się 1 kwietnia 2019 r., a zakończy się 31 marca 2021 r.",
        {"start_date": "2019-04-01", "end_date": "2021-03-31"},
    ),
    (
        "months_words",
        "Projekt trwa od stycznia 2020 do grudnia 2021 roku.",
        {"start_date": "2020-01-01", "end_date": "2021-12-31"},
    ),
    (
        "czas_trwania",
        "Czas trwania projektu: 1.09.2018 - 31.08.2020",
        {"start_date": "2018-09-01", "end_date": "2020-08-31"},
    ),
    (
        "predecessor_then_own",
        "Projekt jest kontynuacją projektu realizowanego w latach 2016–2017.\nOkres realizacji:"
        " 01.01.2018–31.12.2019",
        {"start_date": "2018-01-01", "end_date": "2019-12-31"},
    ),
    (
        "publication_date",
        "Opublikowano: 12.05.2019\nProjekt realizowany od 01.06.2019 do 31.05.2020.",
        {"start_date": "2019-06-01", "end_date": "2020-05-31"},
    ),
    (
        "end_only",
        "Projekt realizowany będzie do 30 czerwca 2023 r.",
        {"start_date": None, "end_date": "2023-06-30"},
    ),
    (
        "iso_range",
        "Okres realizacji projektu: 2020-01-01 – 2021-12-31",
        {"start_date": "2020-01-01", "end_date": "2021-12-31"},
    ),
    (
        "roman_months",
        "Okres realizacji: 1 VII 2018 – 30 VI 2020",
        {"start_date": "2018-07-01", "end_date": "2020-06-30"},
    ),
    (
        "r_glued",
        "Projekt realizowany od 01.01.2019r. do 31.12.2020r.",
        {"start_date": "2019-01-01", "end_date": "2020-12-31"},
    ),
    (
        "w_okresie_past",
        "W okresie od 1 października 2017 r. do 30 września 2019 r. realizowaliśmy projekt.",
        {"start_date": "2017-10-01", "end_date": "2019-09-30"},
    ),
    (
        "extended_end",
        "Okres realizacji: 01.04.2020 – 31.12.2021\nOkres realizacji projektu został wydłużony do"
        " 31.03.2022 r.",
        {"start_date": "2020-04-01", "end_date": "2022-03-31"},
    ),
    (
        "recruitment_first",
        "Rekrutacja trwa od 1.02.2020 do 28.02.2020. Projekt realizowany jest od 1.01.2020 do"
        " 31.12.2021.",
        {"start_date": "2020-01-01", "end_date": "2021-12-31"},
    ),
    (
        "years_only_row",
        "Okres realizacji: 2017-2018",
        {"start_date": "2017-01-01", "end_date": "2018-12-31"},
    ),
    (
        "month_to_year_end",
        "Projekt realizowany jest od marca 2018 r. do końca 2019 r.",
        {"start_date": "2018-03-01", "end_date": "2019-12-31"},
    ),
    (
        "end_label_words",
        "Data zakończenia realizacji projektu: 31 grudnia 2022 r.",
        {"end_date": "2022-12-31"},
    ),
    (
        "slash_month_range",
        "Okres realizacji: 04/2019 – 03/2021",
        {"start_date": "2019-04-01", "end_date": "2021-03-31"},
    ),
    (
        "pipe_rows",
        "Data rozpoczęcia projektu | 01.02.2021\nData zakończenia projektu | 31.01.2023",
        {"start_date": "2021-02-01", "end_date": "2023-01-31"},
    ),
    (
        "signing_is_no_start",
        "Umowę o dofinansowanie podpisano 15.12.2019 r. Projekt trwa od 01.01.2020 do 31.12.2020.",
        {"start_date": "2020-01-01", "end_date": "2020-12-31"},
    ),
]


@pytest.mark.parametrize("text, expected", params(DATES))
def test_dates(text, expected):
    check(text, expected)


# --- programme period --------------------------------------------------------------------------

PERIOD = [
    (
        "rpo_with_years",
        "Projekt współfinansowany w ramach Regionalnego Programu Operacyjnego Województwa"
        " Lubelskiego na lata 2014–2020.",
        {"programme_period": "2014-2020"},
    ),
    (
        "power_without_years",
        "Projekt współfinansowany ze środków Programu Operacyjnego Wiedza Edukacja Rozwój.",
        {"programme_period": "2014-2020"},
    ),
    (
        "pokl_without_years",
        "Projekt współfinansowany ze środków Unii Europejskiej w ramach Programu Operacyjnego"
        " Kapitał Ludzki.",
        {"programme_period": "2007-2013"},
    ),
    (
        "fe_slaskie",
        "Projekt współfinansowany ze środków programu Fundusze Europejskie dla Śląskiego"
        " 2021-2027.",
        {"programme_period": "2021-2027"},
    ),
    (
        "fe_podkarpacie_no_years",
        "Projekt realizowany w ramach programu Fundusze Europejskie dla Podkarpacia.",
        {"programme_period": "2021-2027"},
    ),
    (
        "fers",
        "Projekt finansowany z programu Fundusze Europejskie dla Rozwoju Społecznego.",
        {"programme_period": "2021-2027"},
    ),
    (
        "pokl_abbrev_measure",
        "Projekt w ramach POKL, Działanie 7.1.1.",
        {"programme_period": "2007-2013"},
    ),
    (
        "rpo_abbrev_years",
        "Projekt współfinansowany w ramach RPO WP 2014-2020.",
        {"programme_period": "2014-2020"},
    ),
    (
        "pokl_with_banner_2021",
        "Projekt współfinansowany ze środków Europejskiego Funduszu Społecznego w ramach Programu"
        " Operacyjnego Kapitał Ludzki 2007-2013.\nFundusze Europejskie 2021-2027 – nabory",
        {"programme_period": "2007-2013"},
    ),
    (
        "fe_mazowsze",
        "Projekt realizowany w ramach programu regionalnego Fundusze Europejskie dla Mazowsza"
        " 2021-2027.",
        {"programme_period": "2021-2027"},
    ),
    (
        "code_rpsl",
        "Projekt nr RPSL.09.01.01-24-0123/18 współfinansowany ze środków Unii Europejskiej w"
        " ramach Regionalnego Programu Operacyjnego Województwa Śląskiego.",
        {"programme_period": "2014-2020"},
    ),
    (
        "fe_code",
        "Projekt nr FEDS.07.05-IP.02-0012/23 w ramach programu Fundusze Europejskie dla Dolnego"
        " Śląska.",
        {"programme_period": "2021-2027"},
    ),
    # a period named without a programme gives nothing
    ("no_programme", "Projekt realizowany w latach 2018–2019.", {"programme_period": None}),
]


@pytest.mark.parametrize("text, expected", params(PERIOD))
def test_programme_period(text, expected):
    check(text, expected)


# --- voivodeship -------------------------------------------------------------------------------

VOIVODESHIP = [
    (
        "rpo_region",
        "Projekt współfinansowany ze środków Regionalnego Programu Operacyjnego Województwa"
        " Śląskiego na lata 2014-2020.",
        {"voivodeship": "śląskie"},
    ),
    (
        "address_line",
        "Gminny Ośrodek Pomocy Społecznej w Pcimiu, powiat myślenicki, województwo małopolskie",
        {"voivodeship": "małopolskie"},
    ),
    (
        "town_only",
        "Projekt realizuje Miejski Ośrodek Pomocy Społecznej w Radomiu.",
        {"voivodeship": "mazowieckie"},
    ),
    (
        "fe_kujawy",
        "Projekt współfinansowany z programu Fundusze Europejskie dla Kujaw i Pomorza 2021-2027.",
        {"voivodeship": "kujawsko-pomorskie"},
    ),
    (
        "fe_lubelskie",
        "Projekt realizowany w ramach programu Fundusze Europejskie dla Lubelskiego 2021-2027.",
        {"voivodeship": "lubelskie"},
    ),
    (
        "mieszkancy_wojewodztwa",
        "Projekt skierowany jest do mieszkańców województwa podlaskiego.",
        {"voivodeship": "podlaskie"},
    ),
    (
        "urzad_marszalkowski",
        "Umowę podpisano z Urzędem Marszałkowskim Województwa Wielkopolskiego.",
        {"voivodeship": "wielkopolskie"},
    ),
    ("rpo_lubuskie_short", "Projekt w ramach RPO Lubuskie 2020.", {"voivodeship": "lubuskie"}),
    (
        "town_torun",
        "Realizatorem jest Miejski Ośrodek Pomocy Rodzinie w Toruniu.",
        {"voivodeship": "kujawsko-pomorskie"},
    ),
    (
        "fe_warmia",
        "Projekt finansowany z programu Fundusze Europejskie dla Warmii i Mazur 2021-2027.",
        {"voivodeship": "warmińsko-mazurskie"},
    ),
    (
        "fe_swietokrzyskie",
        "Projekt w ramach programu Fundusze Europejskie dla Świętokrzyskiego 2021-2027.",
        {"voivodeship": "świętokrzyskie"},
    ),
    (
        "code_rpld",
        "Projekt nr RPLD.09.02.01-10-B012/19 współfinansowany z Europejskiego Funduszu"
        " Społecznego.",
        {"voivodeship": "łódzkie"},
    ),
    (
        "code_rpmp",
        "Projekt nr RPMP.09.02.01-12-0345/18 współfinansowany z Europejskiego Funduszu"
        " Społecznego.",
        {"voivodeship": "małopolskie"},
    ),
    (
        "wup_region",
        "Projekt współfinansowany ze środków RPO, nadzór sprawuje Wojewódzki Urząd Pracy w"
        " Krakowie.\nRealizator: Gminny Ośrodek Pomocy Społecznej w Zabierzowie",
        {"voivodeship": "małopolskie"},
    ),
    (
        "town_zakopane",
        "Ośrodek Pomocy Społecznej w Zakopanem realizuje projekt socjalny.",
        {"voivodeship": "małopolskie"},
    ),
    (
        "english_voivodeship",
        "The project is carried out in Opole Voivodeship.",
        {"voivodeship": "opolskie"},
    ),
]


@pytest.mark.parametrize("text, expected", params(VOIVODESHIP))
def test_voivodeship(text, expected):
    check(text, expected)
