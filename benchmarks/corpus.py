"""A deterministic generator of realistic Polish welfare-centre project documents, with their truth.

    .venv/bin/python benchmarks/corpus.py OUT_DIR --count N --seed S [--long-share 0.1] [--cp1250-share 0.15]

Writes OUT_DIR/<city_slug>/<id>.<txt|html> and, beside each, OUT_DIR/<city_slug>/<id>.truth.json: the
extraction-record fields the document states (null where it does not). Only random.Random(seed) is
used, so the same seed and arguments give the same bytes. Nothing is written outside OUT_DIR, and
the generator refuses an OUT_DIR inside the repository's raw_samples/.

Presentations (all drawn per document): amounts as `1 239 061,22 zł`, `1.239.061,22 zł`,
`1239061.22 PLN`, `1,24 mln zł` (with `ponad`/`około`), `850 tys. zł`; dates as `13.10.2017 r.`,
`1 października 2017 r.`, ISO, and ranges `od stycznia 2011 r. do 31 grudnia 2011 r.`,
`maj 2008 – grudzień 2013`, `w latach 2008 – 2013`; label lines ("Wartość projektu: …") or prose
(news items, final reports); HTML pages with navigation, a cookie banner and scripts; a share in
CP1250; missing facts; a few contradictions (total ≠ EU + own; the truth keeps the stated values);
seed-like lengths (2–9 KB) and a share about ten times longer (descriptive paragraphs, no numbers).
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import random
import sys
from pathlib import Path

GENERATOR_VERSION = "1"

# name, slug, locative ("w Toruniu"), voivodeship, TERYT gmina code (None: not checked, use 0000000)
CITIES: list[tuple[str, str, str, str, str | None]] = [
    ("Toruń", "torun", "w Toruniu", "kujawsko-pomorskie", "0463011"),
    ("Włocławek", "wloclawek", "we Włocławku", "kujawsko-pomorskie", "0464011"),
    ("Szczecin", "szczecin", "w Szczecinie", "zachodniopomorskie", "3262011"),
    ("Gdynia", "gdynia", "w Gdyni", "pomorskie", "2262011"),
    ("Bydgoszcz", "bydgoszcz", "w Bydgoszczy", "kujawsko-pomorskie", None),
    ("Grudziądz", "grudziadz", "w Grudziądzu", "kujawsko-pomorskie", None),
    ("Inowrocław", "inowroclaw", "w Inowrocławiu", "kujawsko-pomorskie", None),
    ("Gdańsk", "gdansk", "w Gdańsku", "pomorskie", None),
    ("Słupsk", "slupsk", "w Słupsku", "pomorskie", None),
    ("Koszalin", "koszalin", "w Koszalinie", "zachodniopomorskie", None),
    ("Kraków", "krakow", "w Krakowie", "małopolskie", None),
    ("Tarnów", "tarnow", "w Tarnowie", "małopolskie", None),
    ("Nowy Sącz", "nowy_sacz", "w Nowym Sączu", "małopolskie", None),
    ("Łódź", "lodz", "w Łodzi", "łódzkie", None),
    ("Piotrków Trybunalski", "piotrkow_trybunalski", "w Piotrkowie Trybunalskim", "łódzkie", None),
    ("Radom", "radom", "w Radomiu", "mazowieckie", None),
    ("Płock", "plock", "w Płocku", "mazowieckie", None),
    ("Siedlce", "siedlce", "w Siedlcach", "mazowieckie", None),
    ("Lublin", "lublin", "w Lublinie", "lubelskie", None),
    ("Zamość", "zamosc", "w Zamościu", "lubelskie", None),
    ("Chełm", "chelm", "w Chełmie", "lubelskie", None),
    ("Biała Podlaska", "biala_podlaska", "w Białej Podlaskiej", "lubelskie", None),
    ("Białystok", "bialystok", "w Białymstoku", "podlaskie", None),
    ("Suwałki", "suwalki", "w Suwałkach", "podlaskie", None),
    ("Łomża", "lomza", "w Łomży", "podlaskie", None),
    ("Olsztyn", "olsztyn", "w Olsztynie", "warmińsko-mazurskie", None),
    ("Elbląg", "elblag", "w Elblągu", "warmińsko-mazurskie", None),
    ("Poznań", "poznan", "w Poznaniu", "wielkopolskie", None),
    ("Kalisz", "kalisz", "w Kaliszu", "wielkopolskie", None),
    ("Konin", "konin", "w Koninie", "wielkopolskie", None),
    ("Leszno", "leszno", "w Lesznie", "wielkopolskie", None),
    ("Wrocław", "wroclaw", "we Wrocławiu", "dolnośląskie", None),
    ("Wałbrzych", "walbrzych", "w Wałbrzychu", "dolnośląskie", None),
    ("Legnica", "legnica", "w Legnicy", "dolnośląskie", None),
    ("Jelenia Góra", "jelenia_gora", "w Jeleniej Górze", "dolnośląskie", None),
    ("Opole", "opole", "w Opolu", "opolskie", None),
    ("Katowice", "katowice", "w Katowicach", "śląskie", None),
    ("Bytom", "bytom", "w Bytomiu", "śląskie", None),
    ("Gliwice", "gliwice", "w Gliwicach", "śląskie", None),
    ("Częstochowa", "czestochowa", "w Częstochowie", "śląskie", None),
    ("Rzeszów", "rzeszow", "w Rzeszowie", "podkarpackie", None),
    ("Przemyśl", "przemysl", "w Przemyślu", "podkarpackie", None),
    ("Kielce", "kielce", "w Kielcach", "świętokrzyskie", None),
    ("Zielona Góra", "zielona_gora", "w Zielonej Górze", "lubuskie", None),
    ("Gorzów Wielkopolski", "gorzow_wielkopolski", "w Gorzowie Wielkopolskim", "lubuskie", None),
]

# RPO 2014-2020 social-inclusion axis per voivodeship (Arabic number; written Arabic or Roman)
RPO_AXIS = {
    "kujawsko-pomorskie": 9,
    "pomorskie": 6,
    "zachodniopomorskie": 7,
    "małopolskie": 9,
    "łódzkie": 9,
    "mazowieckie": 9,
    "lubelskie": 11,
    "podlaskie": 7,
    "warmińsko-mazurskie": 11,
    "wielkopolskie": 7,
    "dolnośląskie": 9,
    "opolskie": 8,
    "śląskie": 9,
    "podkarpackie": 8,
    "świętokrzyskie": 9,
    "lubuskie": 7,
}
ROMAN = {6: "VI", 7: "VII", 8: "VIII", 9: "IX", 11: "XI"}
AXIS_NAME = [
    "Włączenie społeczne",
    "Solidarne społeczeństwo",
    "Integracja społeczna",
    "Rynek pracy i włączenie społeczne",
]

MONTHS_GEN = [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
]
MONTHS_NOM = [
    "styczeń",
    "luty",
    "marzec",
    "kwiecień",
    "maj",
    "czerwiec",
    "lipiec",
    "sierpień",
    "wrzesień",
    "październik",
    "listopad",
    "grudzień",
]

TITLES = [
    "Aktywna integracja w {gen}",
    "Razem w przyszłość",
    "Czas na aktywność",
    "Nowe perspektywy",
    "Krok do samodzielności",
    "Aktywni razem",
    "Szansa na zmianę",
    "Wspólnie możemy więcej",
    "Pokonać bariery",
    "Aktywizacja szansą na lepsze jutro",
    "Droga do zatrudnienia",
    "Integracja bez barier",
    "Otwarte drzwi",
    "Rodzina w centrum",
    "Nowy start",
    "Aktywność kluczem do sukcesu",
    "Moja przyszłość",
    "Włącz się",
    "Lepsze jutro",
    "Program Aktywności Lokalnej {gen}",
]
# Most titles get a qualifier, so that a city has hundreds of distinct projects (as real lists do)
# rather than 20 titles shared by every document of the city.
TITLE_QUALIFIERS = [
    "dla seniorów",
    "dla młodzieży",
    "dla rodzin",
    "dla osób z niepełnosprawnościami",
    "dla kobiet",
    "dla bezrobotnych",
    "w dzielnicy Śródmieście",
    "na Starym Mieście",
    "w dzielnicy Północ",
    "na osiedlu Zachód",
    "plus",
    "bis",
    "kontynuacja",
    "od nowa",
    "w rodzinie",
    "bez granic",
    "krok po kroku",
    "z pasją",
    "na start",
    "w praktyce",
    "dla opiekunów",
    "dla absolwentów",
    "w sąsiedztwie",
    "z sercem",
    "razem z nami",
    "dla wychowanków pieczy",
    "w nowej odsłonie",
    "po raz drugi",
    "lokalnie",
    "dla każdego",
    "w centrum",
    "na co dzień",
    "dla liderów",
    "dla wolontariuszy",
    "bliżej ludzi",
    "dla mieszkańców",
    "w działaniu",
    "na rynku pracy",
    "w środowisku",
    "od podstaw",
]

GROUPS = [
    "osób bezrobotnych",
    "osób biernych zawodowo",
    "osób niepełnosprawnych",
    "osób zagrożonych ubóstwem",
    "osób opuszczających pieczę zastępczą",
]
INSTRUMENTS = [
    "poradnictwo psychologiczne",
    "szkolenia zawodowe",
    "staże",
    "trening kompetencji społecznych",
    "warsztaty aktywizacji zawodowej",
    "kontrakt socjalny",
    "praca socjalna",
    "Klub Integracji Społecznej",
]

# descriptive sentences without numbers, dates, amounts or town names (for the long documents)
FILLER = [
    "Działania projektu skierowane były do osób wymagających kompleksowego wsparcia o charakterze aktywizacyjnym.",
    "Celem podejmowanych działań było podwyższenie kompetencji i umiejętności społecznych uczestników.",
    "Uczestnicy zostali objęci indywidualną ścieżką reintegracji, opracowaną wspólnie z pracownikiem socjalnym.",
    "Proces wsparcia odbywał się z uwzględnieniem diagnozy sytuacji problemowej, zasobów, potencjału i potrzeb.",
    "Szczególną uwagę zwrócono na osoby doświadczające wielokrotnego wykluczenia społecznego.",
    "W ramach zajęć grupowych prowadzono warsztaty komunikacji interpersonalnej oraz radzenia sobie ze stresem.",
    "Realizacja projektu stworzyła możliwość aktywizacji klientów pomocy społecznej poprzez szereg nowych działań.",
    "Asystenci rodzin wspierali rodziny przeżywające trudności w wypełnianiu funkcji opiekuńczo-wychowawczych.",
    "Podjęte działania miały na celu zwiększenie poczucia własnej wartości i wiary we własne siły.",
    "Ośrodek współpracował z lokalnymi pracodawcami, organizacjami pozarządowymi i powiatowym urzędem pracy.",
    "Rekrutacja uczestników prowadzona była w sposób ciągły, z zachowaniem zasady równości szans.",
    "Uczestnikom zapewniono zwrot kosztów dojazdu oraz opiekę nad osobami zależnymi w trakcie zajęć.",
    "Wsparcie psychologiczne obejmowało konsultacje indywidualne oraz grupy wsparcia.",
    "Doradcy zawodowi pomagali w przygotowaniu dokumentów aplikacyjnych i w rozmowach z pracodawcami.",
    "Monitoring postępów uczestników prowadzony był na bieżąco przez zespół projektowy.",
    "Dzięki projektowi wypracowano trwałe formy współpracy pomiędzy instytucjami pomocy i integracji społecznej.",
    "Zajęcia odbywały się w salach dostosowanych do potrzeb osób z niepełnosprawnościami.",
    "Rodziny uczestników mogły korzystać z poradnictwa specjalistycznego i mediacji rodzinnych.",
    "Informacje o naborze publikowane były na stronie internetowej ośrodka i w prasie lokalnej.",
    "Projekt realizowany był zgodnie z zasadą zrównoważonego rozwoju i polityką równości szans.",
]
# realistic sentences with numbers that are not project facts
NOISE = [
    "Każdy uczestnik otrzyma zasiłek celowy w wysokości {n} zł miesięcznie.",
    "Przy realizacji projektu ośrodek ściśle współpracował z Powiatowym Urzędem Pracy {loc}.",
    "Działania projektu są spójne ze Strategią rozwiązywania problemów społecznych na lata {y}-2020.",
    "Uczestnicy otrzymali zwrot kosztów dojazdu do wysokości {n},00 zł.",
    "Biuro projektu czynne jest od poniedziałku do piątku w godzinach 7.30 – 15.30, tel. 56 611 {n} 00.",
]
BOILER_TXT = [
    "Przejdź do głównej zawartości strony",
    "Strona główna > Projekty > Projekty unijne",
    "Wersja do druku",
    "Drukuj | Udostępnij",
]
NAV = ["Strona główna", "O nas", "Aktualności", "Projekty", "Pomoc społeczna", "Kontakt", "BIP"]


# ----------------------------------------------------------------------------- formatting


def _groups(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def fmt_money(value: float, style: str) -> str:
    whole, frac = f"{value:.2f}".split(".")
    n = int(whole)
    if style == "space":
        return f"{_groups(n, ' ')},{frac} zł"
    if style == "dots":
        return f"{_groups(n, '.')},{frac} zł"
    if style == "pln":
        return f"{whole}.{frac} PLN"
    if style == "nbsp":
        return f"{_groups(n, chr(0xA0))},{frac}\u00a0zł"
    if style == "space_pln":
        return f"{_groups(n, ' ')},{frac} PLN"
    if style == "zlotych":
        return f"{_groups(n, ' ')},{frac} złotych"
    raise ValueError(style)


def fmt_mln(value: float) -> str:
    """1 240 000 -> '1,24 mln zł' (value must be a round ten thousand); below a million '850 tys. zł'."""
    if value < 1e6:
        return f"{value / 1e3:.0f} tys. zł"
    s = f"{value / 1e6:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    return f"{s} mln zł"


def fmt_date(d: dt.date, style: str) -> str:
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year} r."
    if style == "dots1":
        return f"{d.day}.{d.month:02d}.{d.year} r."
    if style == "words":
        return f"{d.day} {MONTHS_GEN[d.month - 1]} {d.year} r."
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def genitive_region(voiv: str) -> str:
    """'kujawsko-pomorskie' -> 'Kujawsko-Pomorskiego'."""
    parts = voiv.split("-")
    parts[-1] = parts[-1][:-2] + "iego" if parts[-1].endswith("ie") else parts[-1]
    return "-".join(p[:1].upper() + p[1:] for p in parts)


# ----------------------------------------------------------------------------- facts


def _facts(rng: random.Random, city: tuple) -> dict:
    name, _slug, loc, voiv, _ = city
    period = rng.choice(["2007-2013", "2014-2020", "2014-2020"])
    kind = rng.choices(["MOPR", "MOPS", "MOPS_short"], [4, 4, 2])[0]
    if kind == "MOPR":
        implementer = f"Miejski Ośrodek Pomocy Rodzinie {loc}"
    elif kind == "MOPS":
        implementer = f"Miejski Ośrodek Pomocy Społecznej {loc}"
    else:
        implementer = f"MOPS {name}"
    gen_title = rng.choice(TITLES).format(gen=loc)
    if rng.random() < 0.9:
        gen_title += " " + rng.choice(TITLE_QUALIFIERS)
    f: dict = {
        "city": name,
        "voivodeship": voiv,
        "implementer": implementer,
        "title": gen_title,
        "programme_period": period,
        "_kind": kind,
        "_loc": loc,
    }
    if period == "2007-2013":
        f.update(priority_axis="7", measure="7.1", submeasure="7.1.1", project_type="systemowy")
        y0 = rng.randint(2008, 2012)
        y1 = rng.randint(y0, 2013)
        start, end = dt.date(y0, rng.choice([1, 1, 1, 3, 5]), 1), dt.date(y1, 12, 31)
    else:
        axis = RPO_AXIS[voiv]
        m = rng.choice([1, 2])
        f.update(
            priority_axis=str(axis),
            measure=f"{axis}.{m}",
            submeasure=f"{axis}.{m}.{rng.randint(1, 5)}" if rng.random() < 0.7 else None,
            project_type=rng.choice(["konkursowy", "pozakonkursowy", None, None]),
        )
        y0 = rng.randint(2016, 2019)
        start = dt.date(y0, rng.randint(1, 12), 1)
        end = _month_end(min(2023, y0 + rng.randint(1, 3)), rng.randint(1, 12))
        if end <= start:
            end = _month_end(start.year + 1, start.month)
    f["start_date"], f["end_date"] = start.isoformat(), end.isoformat()
    total = round(rng.uniform(150_000, 12_000_000), 2)
    # dotacja rozwojowa within the programme's band: PO KL 85%-89.5%, RPO 2014-2020 80%-95%
    share = rng.choice(
        [0.85, 0.85, 0.895] if period == "2007-2013" else [0.85, 0.85, 0.9, 0.95, 0.8]
    )
    eu = round(total * share, 2)
    own = round(total - eu, 2)
    f.update(
        total_cost_pln=total,
        total_cost_qualifier="exact",
        eu_cofinancing_pln=eu,
        own_contribution_pln=own,
    )
    planned = rng.randint(12, 900)
    f["participants_planned"] = planned
    f["_breakdown"] = None
    if rng.random() < 0.35:
        g = rng.sample(GROUPS, 2)
        a = rng.randint(1, planned - 1) if planned > 2 else 1
        f["_breakdown"] = [(g[0], a), (g[1], planned - a)]
    f["participants_actual"] = f["participants_completed"] = None
    f["social_effectiveness_pct"] = f["employment_effectiveness_pct"] = None
    f["_instruments"] = rng.sample(INSTRUMENTS, rng.randint(2, 5))
    return f


# ----------------------------------------------------------------------------- document pieces


def _amount_text(rng: random.Random, f: dict, role: str, style: str) -> str:
    return fmt_money(f[role], style)


def _programme_sentence(rng: random.Random, f: dict) -> str:
    if f["programme_period"] == "2007-2013":
        sub = rng.choice(["Poddziałanie 7.1.1", "Poddziałanie 7.1.1."])
        return (
            f"w ramach Programu Operacyjnego Kapitał Ludzki, Priorytet VII Promocja integracji społecznej, "
            f"Działanie 7.1 Rozwój i upowszechnianie aktywnej integracji, {sub} Rozwój i upowszechnianie "
            f"aktywnej integracji przez ośrodki pomocy społecznej"
        )
    axis = int(f["priority_axis"])
    axis_txt = str(axis) if rng.random() < 0.5 else ROMAN[axis]
    s = (
        f"w ramach Regionalnego Programu Operacyjnego Województwa {genitive_region(f['voivodeship'])} "
        f"na lata 2014-2020, Oś Priorytetowa {axis_txt} {rng.choice(AXIS_NAME)}, "
        f"Działanie {f['measure']} Aktywna integracja"
    )
    if f["submeasure"]:
        s += f", Poddziałanie {f['submeasure']} Aktywne włączenie społeczne"
    return s


def _programme_labels(rng: random.Random, f: dict) -> list[str]:
    if f["programme_period"] == "2007-2013":
        return [
            "Program Operacyjny:",
            "Program Operacyjny Kapitał Ludzki 2007-2013",
            "Priorytet VII Promocja integracji społecznej",
            "Działanie 7.1 Rozwój i upowszechnianie aktywnej integracji",
            "Poddziałanie 7.1.1 Rozwój i upowszechnianie aktywnej integracji przez ośrodki pomocy społecznej",
        ]
    axis = int(f["priority_axis"])
    axis_txt = str(axis) if rng.random() < 0.5 else ROMAN[axis]
    out = [
        "Program Operacyjny:",
        f"Regionalny Program Operacyjny Województwa {genitive_region(f['voivodeship'])} na lata 2014 – 2020",
        f"Oś Priorytetowa {axis_txt} „{rng.choice(AXIS_NAME)}”",
        f"Działanie {f['measure']} „Włączenie społeczne”",
    ]
    if f["submeasure"]:
        out.append(f"Poddziałanie {f['submeasure']} „Aktywne włączenie społeczne”")
    return out


def _date_range(rng: random.Random, f: dict, prose: bool) -> str:
    s, e = dt.date.fromisoformat(f["start_date"]), dt.date.fromisoformat(f["end_date"])
    styles = ["dots", "dots1", "words", "iso", "months_od", "months_nom", "mm_yyyy", "plain_hyphen"]
    if s.month == 1 and s.day == 1 and e.month == 12 and e.day == 31:
        styles.append("years")
    st = rng.choice(styles)
    if st == "years":
        return f"w latach {s.year} – {e.year}" if prose else f"{s.year} – {e.year}"
    if st == "months_od":
        last = (
            fmt_date(e, "words") if rng.random() < 0.5 else f"{MONTHS_GEN[e.month - 1]} {e.year} r."
        )
        return f"od {MONTHS_GEN[s.month - 1]} {s.year} r. do {last}"
    if st == "plain_hyphen":
        return f"{s.day:02d}.{s.month:02d}.{s.year} - {e.day:02d}.{e.month:02d}.{e.year}"
    if st == "mm_yyyy":
        return f"{s.month:02d}.{s.year} – {e.month:02d}.{e.year}"
    if st == "months_nom":
        return f"{MONTHS_NOM[s.month - 1]} {s.year} – {MONTHS_NOM[e.month - 1]} {e.year}"
    a, b = fmt_date(s, st), fmt_date(e, st)
    return f"od {a} do {b}" if prose and rng.random() < 0.6 else f"{a} – {b}"


def _sentence(s: str) -> str:
    """Close a sentence without doubling the period of a trailing 'r.'."""
    return s if s.endswith(".") else s + "."


def _title_quoted(rng: random.Random, title: str) -> str:
    return rng.choice([f"„{title}”", f"pn. „{title}”", f'pn. "{title}"'])


def _participants_sentence(rng: random.Random, f: dict) -> str:
    n = f["participants_planned"]
    bd = f["_breakdown"]
    tail = f", w tym {bd[0][1]} {bd[0][0]} oraz {bd[1][1]} {bd[1][0]}" if bd else ""
    return rng.choice(
        [
            f"Projekt skierowany jest do {n} osób zagrożonych wykluczeniem społecznym{tail}.",
            f"Projektem zostanie objętych {n} osób zagrożonych ubóstwem lub wykluczeniem społecznym{tail}.",
            f"Grupę docelową stanowi {n} osób korzystających z pomocy społecznej{tail}.",
            f"Uczestnikami projektu będzie {n} osób{tail}.",
            f"Wsparciem zostanie objętych {n} mieszkańców miasta{tail}.",
            f"Projekt skierowany jest do {n} os. zagrożonych wykluczeniem społecznym{tail}.",
            f"W projekcie weźmie udział {n} uczestników i uczestniczek{tail}.",
        ]
    )


def _results_sentence(rng: random.Random, f: dict) -> str:
    a, c = f["participants_actual"], f["participants_completed"]
    return rng.choice(
        [
            f"W projekcie wzięło udział {a} osób, z czego {c} ukończyło udział w projekcie.",
            f"Udział w projekcie wzięło ogółem {_groups(a, ' ')} osób, zakończyło {_groups(c, ' ')}.",
            f"Wsparciem objęto {a} osób, a {c} z nich ukończyło udział w projekcie.",
        ]
    )


def _pct(v: float) -> str:
    return f"{v:g}".replace(".", ",")


def _effectiveness_sentence(rng: random.Random, f: dict) -> str:
    s, e = _pct(f["social_effectiveness_pct"]), _pct(f["employment_effectiveness_pct"])
    return rng.choice(
        [
            f"Zakładana efektywność społeczna wynosi {s}%, a efektywność zatrudnieniowa {e}%.",
            f"Osiągnięto efektywność społeczną na poziomie {s}% oraz efektywność zatrudnieniową {e}%.",
            f"Efektywność społeczna: {s} %\nEfektywność zatrudnieniowa: {e} %",
        ]
    )


def _build(rng: random.Random, f: dict, layout: str, long_doc: bool) -> list[str]:
    """Paragraphs (plain text, one string each; label blocks are multi-line)."""
    money_style = rng.choice(["space", "space", "dots", "pln", "nbsp", "zlotych", "space_pln"])
    paras: list[str] = []
    impl = f["implementer"]
    tq = _title_quoted(rng, f["title"])
    total_txt = None
    if f["total_cost_pln"] is not None:
        q = f["total_cost_qualifier"]
        if q == "exact" and f["_mln"]:
            total_txt = fmt_mln(f["total_cost_pln"])
        elif q == "more_than":
            total_txt = "ponad " + fmt_mln(f["total_cost_pln"])
        elif q == "approximately":
            total_txt = rng.choice(["około ", "ok. "]) + fmt_mln(f["total_cost_pln"])
        elif q == "less_than":
            total_txt = "do " + fmt_mln(f["total_cost_pln"])
        else:
            total_txt = fmt_money(f["total_cost_pln"], money_style)
    eu_txt = (
        fmt_money(f["eu_cofinancing_pln"], money_style)
        if f["eu_cofinancing_pln"] is not None
        else None
    )
    own_txt = (
        fmt_money(f["own_contribution_pln"], money_style)
        if f["own_contribution_pln"] is not None
        else None
    )
    dates = _date_range(rng, f, prose=layout != "labels") if f["start_date"] else None
    ptype = f["project_type"]

    if layout == "labels":
        if f["_kind"] != "MOPS_short":
            paras.append(impl)
        paras.append(f"Tytuł projektu:\n{f['title']}")
        paras.append("\n".join(_programme_labels(rng, f)))
        if ptype:
            paras.append(f"Typ projektu: {ptype}")
        paras.append(f"Realizator:\n{impl}")
        money = []
        if total_txt:
            money.append(
                f"{rng.choice(['Wartość projektu', 'Koszt całkowity', 'Całkowita wartość projektu'])}: {total_txt}"
            )
        if eu_txt:
            money.append(
                f"{rng.choice(['Kwota dofinansowania', 'Dofinansowanie', 'Dofinansowanie z UE', 'Dotacja rozwojowa'])}: {eu_txt}"
            )
        if own_txt:
            money.append(
                rng.choice(["Wkład własny", f"Wkład własny pieniężny Gminy Miasta {f['city']}"])
                + f": {own_txt}"
            )
        if money:
            paras.append("Dane finansowe:\n" + "\n".join(money))
        if f["_contract"]:
            paras.append(
                f"Data podpisania umowy o dofinansowanie:\n{fmt_date(dt.date.fromisoformat(f['_contract']), 'dots')}"
            )
        if dates:
            paras.append(f"{rng.choice(['Termin realizacji', 'Okres realizacji'])}:\n{dates}")
        paras.append("Opis projektu:\n" + " ".join(rng.sample(FILLER, 2)))
        if f["participants_planned"] is not None:
            paras.append(_participants_sentence(rng, f))
        paras.append(
            "Formy wsparcia:\n"
            + "\n".join(f"- {i}," for i in f["_instruments"][:-1])
            + f"\n- {f['_instruments'][-1]}."
        )
    else:
        verb = "realizuje" if layout == "news" else "zrealizował"
        head = (
            f"{impl} {verb} projekt {'systemowy ' if ptype == 'systemowy' else ''}{tq} "
            f"współfinansowany ze środków Europejskiego Funduszu Społecznego {_programme_sentence(rng, f)}."
        )
        if ptype and ptype != "systemowy":
            head += f" Jest to projekt {ptype}."
        if layout == "report":
            paras.append(f"Informacja końcowa z realizacji projektu {tq}")
        else:
            paras.append(
                f"{f['_loc'][0].upper()}{f['_loc'][1:]} rusza projekt {tq}"
                if rng.random() < 0.5
                else f"Aktualności: {f['title']}"
            )
            if f["start_date"] and rng.random() < 0.5:
                pub = dt.date.fromisoformat(f["start_date"]) + dt.timedelta(days=rng.randint(0, 60))
                paras.append(
                    f"{f['city']}, {fmt_date(pub, 'words')}"
                    if rng.random() < 0.5
                    else f"Opublikowano: {fmt_date(pub, 'dots')} 09:30"
                )
        paras.append(head)
        if dates and rng.random() < 0.15 and f["_known_failures"]:
            sd, ed = dt.date.fromisoformat(f["start_date"]), dt.date.fromisoformat(f["end_date"])
            paras.append(
                f"Projekt rozpoczął się {fmt_date(sd, 'words')} i potrwa do {fmt_date(ed, 'words')}"
                if layout == "news"
                else f"Projekt rozpoczął się {fmt_date(sd, 'words')}, a zakończył się {fmt_date(ed, 'words')}"
            )
        elif dates:
            paras.append(
                _sentence(
                    f"Projekt {'realizowany jest' if layout == 'news' else 'był realizowany'} {dates if dates.startswith(('od', 'w latach')) else 'w okresie ' + dates}"
                )
            )
        money = []
        if total_txt:
            money.append(
                rng.choice(
                    [
                        f"Całkowita wartość projektu wynosi {total_txt}",
                        f"Wartość projektu to {total_txt}",
                        f"Koszt projektu ogółem wynosi {total_txt}",
                    ]
                )
            )
        if eu_txt:
            if f["total_cost_pln"] and rng.random() < 0.2:
                pct = round(100 * f["eu_cofinancing_pln"] / f["total_cost_pln"])
                eu_txt = f"{pct}%, tj. {eu_txt}"
            money.append(
                f"kwota dofinansowania wynosi {eu_txt}"
                if money
                else f"Kwota dofinansowania wynosi {eu_txt}"
            )
        if own_txt:
            money.append(f"wkład własny {own_txt}" if money else f"Wkład własny wynosi {own_txt}")
        if money:
            paras.append(
                ", w tym ".join(money[:2]) + (f", a {money[2]}" if len(money) > 2 else "") + "."
            )
        if f["_contract"]:
            paras.append(
                f"Umowę o dofinansowanie podpisano {fmt_date(dt.date.fromisoformat(f['_contract']), 'words')}"
            )  # ends "r."
        paras.append(" ".join(rng.sample(FILLER, 2)))
        if f["participants_planned"] is not None:
            paras.append(_participants_sentence(rng, f))
        paras.append(
            "Uczestnicy skorzystają z następujących form wsparcia: "
            + ", ".join(f["_instruments"])
            + "."
        )
        if f["participants_actual"] is not None:
            paras.append(_results_sentence(rng, f))
    if f["social_effectiveness_pct"] is not None:
        paras.append(_effectiveness_sentence(rng, f).replace("{", "").replace("}", ""))
    for _ in range(2):
        if rng.random() < 0.25:
            paras.append(
                rng.choice(NOISE).format(
                    impl=impl, loc=f["_loc"], n=rng.randint(150, 600), y=rng.randint(2013, 2016)
                )
            )
    paras.append(" ".join(rng.sample(FILLER, 3)))
    # seed-like length: 2-9 KB; long documents about ten times that
    target = rng.randint(2000, 9000) * (10 if long_doc else 1)
    size = sum(len(p.encode()) for p in paras)
    extra: list[str] = []
    while size < target:
        p = " ".join(rng.sample(FILLER, rng.randint(3, 7)))
        extra.append(p)
        size += len(p.encode()) + 2
    pos = len(paras) - 1
    paras[pos:pos] = extra
    paras.append(f"Źródło: {impl}" if f["_kind"] != "MOPS_short" else f"Realizator: {impl}.")
    return paras


def _html(rng: random.Random, title: str, paras: list[str], charset: str) -> str:
    nav = "".join(f'<li><a href="/{i}">{n}</a></li>' for i, n in enumerate(NAV))
    body = []
    for p in paras:
        if p.startswith("Dane finansowe:\n") and rng.random() < 0.5:
            rows = [ln.split(": ", 1) for ln in p.split("\n")[1:]]
            body.append(
                "<h3>Dane finansowe</h3>\n<table>"
                + "".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in rows)
                + "</table>"
            )
        elif "\n" in p and p.split("\n", 1)[0].endswith(":"):
            label, rest = p.split("\n", 1)
            body.append(
                f"<h3>{label}</h3>\n" + "".join(f"<p>{ln}</p>\n" for ln in rest.split("\n"))
            )
        else:
            body.append("<p>" + p.replace("\n", "<br>\n") + "</p>")
    return (
        f'<!DOCTYPE html>\n<html lang="pl"><head><meta charset="{charset}"><title>{title} | Aktualności</title>\n'
        f"<script>var cfg={{page:'projekty', lang:'pl'}}; window.dataLayer=[];</script>\n"
        f'<script src="/js/app.js"></script></head><body>\n'
        f'<div class="cookie-banner">Ta strona używa plików cookies w celu świadczenia usług. '
        f"<button>Akceptuję</button></div>\n"
        f"<header><nav><ul>{nav}</ul></nav></header>\n<main><article>\n<h1>{title}</h1>\n"
        + "\n".join(body)
        + "\n</article></main>\n<footer>© Urząd Miasta. Wszelkie prawa zastrzeżone.</footer>\n"
        "<script>document.querySelector('.cookie-banner').onclick=function(){};</script>\n</body></html>\n"
    )


TRUTH_FIELDS = [
    "city",
    "voivodeship",
    "implementer",
    "title",
    "programme_period",
    "priority_axis",
    "measure",
    "submeasure",
    "project_type",
    "total_cost_pln",
    "total_cost_qualifier",
    "eu_cofinancing_pln",
    "own_contribution_pln",
    "start_date",
    "end_date",
    "participants_planned",
    "participants_actual",
    "participants_completed",
    "social_effectiveness_pct",
    "employment_effectiveness_pct",
]


def make_document(
    rng: random.Random, city: tuple, long_doc: bool, cp1250: bool, known_failures: bool = True
) -> tuple[bytes, str, dict]:
    """One document: (bytes, extension, truth). known_failures=False leaves out the templates the
    extractor is known to misread (for timing runs that must publish); the default keeps them."""
    f = _facts(rng, city)
    f["_known_failures"] = known_failures
    layout = rng.choice(["labels", "news", "report"])
    f["_mln"] = False
    f["_contract"] = None
    # amounts: rounded presentations, missing facts, contradictions
    r = rng.random()
    if r < 0.15:
        f["total_cost_pln"] = round(f["total_cost_pln"], -4)
        f["total_cost_qualifier"] = rng.choice(["more_than", "approximately", "exact", "less_than"])
        f["_mln"] = f["total_cost_qualifier"] == "exact"
        f["eu_cofinancing_pln"] = f["own_contribution_pln"] = None
    elif r < 0.22:
        f["total_cost_pln"] = f["total_cost_qualifier"] = None
    if f["own_contribution_pln"] is not None and rng.random() < 0.3:
        f["own_contribution_pln"] = None
    if f["eu_cofinancing_pln"] is not None and rng.random() < 0.1:
        f["eu_cofinancing_pln"] = None
    if (
        f["total_cost_pln"] is not None
        and f["eu_cofinancing_pln"] is not None
        and f["own_contribution_pln"] is not None
        and rng.random() < 0.06
    ):
        f["own_contribution_pln"] = round(
            f["own_contribution_pln"] + rng.choice([1000, 25000.5, 100000]), 2
        )
    if rng.random() < 0.1:
        f["start_date"] = f["end_date"] = None
    if rng.random() < 0.15:
        f["participants_planned"] = None
        f["_breakdown"] = None
    if layout == "report":
        a = rng.randint(10, 900)
        f["participants_actual"], f["participants_completed"] = a, rng.randint(a // 2, a)
    if f["programme_period"] == "2014-2020" and rng.random() < 0.4:
        f["social_effectiveness_pct"] = float(rng.randint(25, 60)) + rng.choice([0, 0, 0.5])
        f["employment_effectiveness_pct"] = float(rng.randint(10, 40))
    if layout == "labels" and f["start_date"] and rng.random() < 0.5:
        s = dt.date.fromisoformat(f["start_date"])
        f["_contract"] = (s - dt.timedelta(days=rng.randint(10, 120))).isoformat()
    paras = _build(rng, f, layout, long_doc)
    html = rng.random() < 0.35
    charset = "windows-1250" if cp1250 else "utf-8"
    if html:
        text = _html(rng, f["title"], paras, charset)
        ext = "html"
    else:
        pre = [rng.choice(BOILER_TXT)] if rng.random() < 0.3 else []
        text = "\n\n".join(pre + paras) + "\n"
        ext = "txt"
    data = text.encode("cp1250" if cp1250 else "utf-8")
    truth = {k: f[k] for k in TRUTH_FIELDS}
    truth["contract_date"] = f["_contract"]
    truth["_layout"], truth["_media"], truth["_encoding"], truth["_long"] = (
        layout,
        ext,
        "cp1250" if cp1250 else "utf-8",
        long_doc,
    )
    return data, ext, truth


def _check_out_dir(out: Path) -> Path:
    out = out.resolve()
    raw = (Path(__file__).resolve().parent.parent / "raw_samples").resolve()
    if out == raw or raw in out.parents:
        raise SystemExit(f"refusing to write into {raw}")
    return out


def generate(
    out_dir: Path,
    count: int,
    seed: int,
    long_share: float = 0.1,
    cp1250_share: float = 0.15,
    cities: list[tuple] | None = None,
    known_failures: bool = True,
) -> list[Path]:
    """Write `count` documents and their truth files; return the document paths (sorted)."""
    out = _check_out_dir(Path(out_dir))
    rng = random.Random(seed)
    pool = cities or CITIES
    written = []
    for i in range(count):
        city = rng.choice(pool)
        long_doc = rng.random() < long_share
        cp1250 = rng.random() < cp1250_share
        data, ext, truth = make_document(rng, city, long_doc, cp1250, known_failures)
        doc_id = f"{i:06d}_{rng.getrandbits(32):08x}"
        folder = out / city[1]
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{doc_id}.{ext}"
        path.write_bytes(data)
        (folder / f"{doc_id}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        written.append(path)
    return written


def registry_rows(slugs: set[str] | None = None) -> list[dict]:
    """City-registry rows (cities.csv columns) for the generator's cities."""
    return [
        {
            "city_slug": s,
            "city_name": n,
            "voivodeship": v,
            "teryt_gmina": t or "0000000",
            "population": "100000",
            "population_date": "2024-12-31",
            "population_status": "synthetic",
            "source": "benchmarks/corpus.py",
        }
        for n, s, _, v, t in CITIES
        if slugs is None or s in slugs
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--long-share", type=float, default=0.1)
    ap.add_argument("--cp1250-share", type=float, default=0.15)
    ap.add_argument(
        "--no-known-failures",
        action="store_true",
        help="leave out the templates the extractor misreads (see benchmarks/RESULTS.md)",
    )
    a = ap.parse_args(argv)
    paths = generate(
        a.out_dir,
        a.count,
        a.seed,
        a.long_share,
        a.cp1250_share,
        known_failures=not a.no_known_failures,
    )
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} documents, {size / 1e6:.1f} MB in {a.out_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
