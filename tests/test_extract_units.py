"""Unit and property tests of the extractor's parsers, and the formats the seeds do not contain."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from integra.extract import extract_bytes, extract_text
from integra.extract.dates import find_dates, find_ranges
from integra.extract.numbers import find_money, parse_count, parse_number
from integra.extract.reading import decode_bytes, html_to_text
from integra.extract.rules import roman_to_int

# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    "text, value",
    [
        ("1 239 061,22 zł", 1239061.22),
        ("15.707.281,20 zł", 15707281.20),
        ("2 177 857,15 zł", 2177857.15),
        ("4 242 037,50 zł", 4242037.50),
        ("1,24 mln zł", 1240000.00),
        ("850 tys. zł", 850000.00),
        ("1239061.22 PLN", 1239061.22),
        ("10 mln zł", 10000000.00),
        ("2,5 miliona złotych", 2500000.00),
        ("PLN 1 000,00", 1000.00),
        ("3 000 zł", 3000.00),
        # English, one thousands group: a quarter of a million, not 250 złoty
        ("PLN 250,000", 250000.00),
        ("480,000 PLN", 480000.00),
        ("PLN 480,000.50", 480000.50),
        ("96,50 zł", 96.50),
    ],
)
def test_money_formats(text, value):
    found = find_money(f"Kwota: {text}.")
    assert len(found) == 1
    assert float(found[0].value) == pytest.approx(value)


@pytest.mark.parametrize(
    "text, value", [("1.326", 1326), ("2 815", 2815), ("513", 513), ("12,5", None)]
)
def test_counts(text, value):
    assert parse_count(text) == value


def _format_pl(value: Decimal, style: str) -> str:
    whole, frac = f"{value:.2f}".split(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    if style == "space":
        return " ".join(groups) + "," + frac + " zł"
    if style == "nbsp":
        return "\u00a0".join(groups) + "," + frac + "\u00a0zł"
    if style == "dots":
        return ".".join(groups) + "," + frac + " zł"
    if style == "plain_comma":
        return "".join(groups) + "," + frac + " złotych"
    return "".join(groups) + "." + frac + " PLN"


@settings(max_examples=300, deadline=None)
@given(
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999999999.99"), places=2),
    st.sampled_from(["space", "nbsp", "dots", "plain_comma", "plain_dot"]),
)
def test_money_round_trip(value, style):
    from integra.extract.text import clean_text

    text = clean_text(f"Wartość projektu wynosi {_format_pl(value, style)} w tym")
    found = find_money(text)
    assert [m.value for m in found] == [value]


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=9_999_999), st.sampled_from([" ", ".", ""]))
def test_count_round_trip(n, sep):
    s = f"{n:,}".replace(",", sep)
    assert parse_count(s) == n


def test_parse_number_rejects_garbage():
    with pytest.raises(ValueError):
        parse_number("1,2,3")
    assert find_money("9" * 300 + " zł") == []  # hundreds of digits: no amount, no crash


# --------------------------------------------------------------------------- dates

_MONTHS_GEN = [
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
_MONTHS_NOM = [
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


def _format_date(d: dt.date, style: str) -> str:
    if style == "dots":
        return f"{d.day}.{d.month:02d}.{d.year} r."
    if style == "dots0":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "words":
        return f"{d.day} {_MONTHS_GEN[d.month - 1]} {d.year} r."
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


@settings(max_examples=300, deadline=None)
@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2049, 12, 31)),
    st.sampled_from(["dots", "dots0", "iso", "words", "dashes"]),
)
def test_date_round_trip(d, style):
    tokens = find_dates(f"Umowę podpisano {_format_date(d, style)} w Toruniu.")
    assert [t.first_day() for t in tokens] == [d]


@settings(max_examples=200, deadline=None)
@given(
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)),
    st.integers(min_value=0, max_value=2000),
    st.sampled_from(["–", "-", "do"]),
)
def test_range_round_trip(start, days, joiner):
    end = start + dt.timedelta(days=days)
    text = f"od {_format_date(start, 'dots')} {joiner} {_format_date(end, 'words')}"
    ranges = find_ranges(text)
    assert [(r.start_date, r.end_date) for r in ranges] == [(start, end)]


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("1.10.2017 r. – 30.09.2019 r.", "2017-10-01", "2019-09-30"),
        ("od stycznia 2011 r. do 31 grudnia 2011 r.", "2011-01-01", "2011-12-31"),
        ("maj 2008 – grudzień 2013", "2008-05-01", "2013-12-31"),
        ("w latach 2008 – 2013", "2008-01-01", "2013-12-31"),
        ("2017-10-01 – 2019-09-30", "2017-10-01", "2019-09-30"),
        ("od 1 października 2017 r. do 30 września 2019 r.", "2017-10-01", "2019-09-30"),
        ("10.2017 – 02.2020", "2017-10-01", "2020-02-29"),
        ("od lutego 2016 do lutego 2016", "2016-02-01", "2016-02-29"),
    ],
)
def test_range_forms(text, start, end):
    r = find_ranges(text)
    assert [(str(x.start_date), str(x.end_date)) for x in r] == [(start, end)]


def test_nominative_months_all_parse():
    for i, name in enumerate(_MONTHS_NOM, start=1):
        assert find_dates(f"{name} 2012")[0].month == i


def test_impossible_dates_are_reported():
    invalid: list[str] = []
    assert find_dates("31.02.2019", invalid=invalid) == []
    assert invalid == ["31.02.2019"]


def test_roman_numerals():
    assert [roman_to_int(r) for r in ("I", "IV", "VII", "IX", "XII")] == [1, 4, 7, 9, 12]


# --------------------------------------------------------------------------- whole documents in unseen forms


def test_unseen_layout_prose_with_other_town():
    text = (
        "Ośrodek Pomocy Społecznej w Bytomiu realizuje projekt pn. „Razem w przyszłość” "
        "współfinansowany ze środków Unii Europejskiej w ramach Regionalnego Programu Operacyjnego "
        "Województwa Śląskiego na lata 2014-2020, Oś Priorytetowa IX Włączenie społeczne, "
        "Działanie 9.1 Aktywna integracja, Poddziałanie 9.1.5. Projekt realizowany jest w okresie "
        "od 01.03.2018 r. do 31.12.2019 r. Całkowita wartość projektu: 1,24 mln zł, w tym dofinansowanie "
        "z UE 1 054 000,00 zł. Wkład własny wynosi 186 000,00 zł. Projekt skierowany jest do 60 osób "
        "zagrożonych wykluczeniem społecznym. Uczestnicy otrzymają zasiłki celowe w wysokości 300,00 zł na osobę."
    )
    rec, _ = extract_text(text, "bytom.txt")
    assert rec["status"] == "ok"
    assert rec["city"] == "Bytom"
    assert rec["voivodeship"] == "śląskie"
    assert rec["implementer"] == "Ośrodek Pomocy Społecznej w Bytomiu"
    assert rec["title"] == "Razem w przyszłość"
    assert rec["programme_period"] == "2014-2020"
    assert (rec["priority_axis"], rec["measure"], rec["submeasure"]) == ("9", "9.1", "9.1.5")
    assert rec["total_cost_pln"] == 1240000.0
    assert rec["eu_cofinancing_pln"] == 1054000.0
    assert rec["own_contribution_pln"] == 186000.0
    assert (rec["start_date"], rec["end_date"]) == ("2018-03-01", "2019-12-31")
    assert rec["participants_planned"] == 60


def test_qualifiers():
    for phrase, q in [
        ("Wartość projektu wynosi ponad 2 mln zł.", "more_than"),
        ("Budżet projektu to około 850 tys. zł.", "approximately"),
        ("Koszt całkowity ok. 1 239 061 zł.", "approximately"),
        ("Wartość projektu wyniesie do 500 000 zł.", "less_than"),
        ("Koszt projektu ogółem przekroczył kwotę 10 mln zł.", "more_than"),
        ("Wartość projektu: 1239061.22 PLN.", "exact"),
    ]:
        rec, _ = extract_text(phrase + " Projekt realizowany w latach 2016 – 2018.", "q.txt")
        assert rec["total_cost_qualifier"] == q, phrase


def test_contradicting_amounts_are_kept_and_reported():
    rec, _ = extract_text(
        "Wartość projektu: 1 000 000,00 zł. Kwota dofinansowania: 850 000,00 zł. "
        "Wkład własny: 200 000,00 zł.",
        "c.txt",
    )
    assert (rec["total_cost_pln"], rec["eu_cofinancing_pln"], rec["own_contribution_pln"]) == (
        1000000.0,
        850000.0,
        200000.0,
    )
    assert any("contradiction" in p for p in rec["problems"])


def test_breakdown_not_summing_is_reported():
    rec, _ = extract_text(
        "Projekt skierowany jest do 100 osób, w tym: 50 osób bezrobotnych, 30 osób niepełnosprawnych. "
        "Projekt realizowany w latach 2016 – 2018.",
        "b.txt",
    )
    assert rec["participants_planned"] == 100
    # groups short of the stated total are no partition of it (case 5 of the settled
    # conventions): not stored, and the reason is recorded
    assert rec["participants_planned_breakdown"] == {}
    assert (
        "participant groups 50 + 30 make 80, not the planned total 100: not a partition of the "
        "planned participants; not stored as the planned breakdown"
    ) in rec["problems"]


def test_two_different_totals_are_ambiguous():
    rec, _ = extract_text(
        "Wartość projektu wynosi 1 000 000,00 zł. W innym miejscu: wartość projektu 2 000 000,00 zł. "
        "Projekt realizowany w latach 2016 – 2018.",
        "amb.txt",
    )
    assert rec["total_cost_pln"] is None
    assert any("several different amounts" in p for p in rec["problems"])


def test_html_page_keeps_article_and_drops_boilerplate():
    html = """<html><head><title>x</title><script>var a='Wartość projektu 9 zł';</script>
    <style>.a{}</style></head><body><nav><a>Strona główna</a><a>Kontakt</a></nav>
    <div id="cookie-banner">Ta strona używa plików cookies</div>
    <main><h1>Projekt „Nowa szansa”</h1><p>Projekt realizowany w okresie od 1.01.2019 r. do
    31.12.2020 r. przez Miejski Ośrodek Pomocy Społecznej w Gdańsku.</p>
    <table><tr><td>Wartość projektu</td><td>2 000 000,00 zł</td></tr>
    <tr><td>Kwota dofinansowania</td><td>1 700 000,00 zł</td></tr></table>
    <ul><li>doradztwo zawodowe</li><li>szkolenia</li></ul></main>
    <footer>© Urząd Miasta</footer></body></html>"""
    text = html_to_text(html)
    assert "cookies" not in text and "Strona główna" not in text and "var a" not in text
    rec, _, _enc, media = extract_bytes(html.encode("utf-8"), "page.html")
    assert media == "html"
    assert rec["total_cost_pln"] == 2000000.0
    assert rec["eu_cofinancing_pln"] == 1700000.0
    assert rec["city"] == "Gdańsk"
    assert (rec["start_date"], rec["end_date"]) == ("2019-01-01", "2020-12-31")


@pytest.mark.parametrize("encoding", ["cp1250", "iso8859_2", "utf-16", "utf-8-sig"])
def test_encodings(encoding):
    text = (
        "Miejski Ośrodek Pomocy Społecznej w Łodzi realizuje projekt „Źródło zmian”. "
        "Wartość projektu wynosi 1 500 000,00 zł, w tym dofinansowanie 1 275 000,00 zł. "
        "Projekt trwa od stycznia 2019 r. do grudnia 2020 r. Ośrodek zaprasza mieszkańców "
        "dzielnic Bałuty i Śródmieście: żółć, gęś, źdźbło."
    )
    if encoding == "iso8859_2":  # no typographic quotes in ISO-8859-2
        text = text.replace("„", '"').replace("”", '"')
    data = text.encode(encoding)
    rec, cleaned, enc, _ = extract_bytes(data, "enc.txt")
    assert "Ośrodek" in cleaned and "źdźbło" in cleaned, enc
    assert rec["title"] == "Źródło zmian"
    assert rec["total_cost_pln"] == 1500000.0


def test_decode_prefers_utf8():
    assert decode_bytes("zażółć".encode())[1] == "utf-8"


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (bytes(range(256)) * 40, "binary"),
        (b"\x00\x01\x02\x03" * 500, "binary"),
        ("To jest zwykły tekst bez żadnych faktów o projekcie.".encode(), "no project facts"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF", "PDF"),
    ],
)
def test_bad_inputs_are_rejected_with_reason(data, reason):
    rec, *_ = extract_bytes(data, "bad.pdf" if data.startswith(b"%PDF") else "bad.txt")
    assert rec["status"] == "rejected"
    assert any(reason.lower() in p.lower() for p in rec["problems"]), rec["problems"]


def test_a_short_news_item_naming_who_runs_a_project_is_a_project_record():
    text = (
        "Aktualności\n\nOśrodek Pomocy Społecznej w Goleniowie realizuje projekt "
        "aktywizacji mieszkańców. Zapraszamy na spotkanie konsultacyjne.\n"
    )
    rec, *_ = extract_bytes(text.encode(), "news.txt")
    assert rec["status"] == "ok", rec["problems"]
    assert rec["implementer"] == "Ośrodek Pomocy Społecznej w Goleniowie"
    assert rec["city"] == "Goleniów"


def test_an_institutions_name_alone_is_no_project():
    rec, *_ = extract_bytes("Miejski Ośrodek Pomocy Rodzinie\nwe Włocławku\n".encode(), "m.txt")
    assert rec["status"] == "rejected"
    assert any("no project facts" in p for p in rec["problems"]), rec["problems"]


def test_cli_exit_code_and_other_documents_go_on(tmp_path):
    from typer.testing import CliRunner

    from integra.app.cli import app

    good = tmp_path / "good.txt"
    good.write_text(
        "Wartość projektu wynosi 1 000,00 zł. Projekt w latach 2010 – 2011.", encoding="utf-8"
    )
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    result = CliRunner().invoke(app, ["extract", str(bad), str(good)])
    assert result.exit_code == 1
    lines = [ln for ln in result.stdout.splitlines() if ln.startswith("{")]
    assert len(lines) == 2
    import json

    statuses = [json.loads(ln)["status"] for ln in lines]
    assert statuses == ["rejected", "ok"]


UNSEEN = __import__("pathlib").Path(__file__).parent / "fixtures" / "unseen"


def test_unseen_news_item_with_codes_and_list():
    from integra.extract import extract_file

    r = extract_file(UNSEEN / "bydgoszcz_news.txt")
    assert (r["city"], r["voivodeship"]) == ("Bydgoszcz", "kujawsko-pomorskie")
    assert r["title"] == "Bydgoska Integracja Społeczna"
    assert (r["priority_axis"], r["measure"], r["submeasure"]) == ("9", "9.2", "9.2.1")
    assert (r["total_cost_pln"], r["eu_cofinancing_pln"], r["own_contribution_pln"]) == (
        3456789.0,
        2938270.65,
        None,
    )
    assert (r["start_date"], r["end_date"]) == ("2018-01-01", "2020-12-31")
    assert r["participants_planned"] == 150
    assert r["participants_planned_breakdown"] == {
        "osób bezrobotnych": 90,
        "osób biernych zawodowo": 60,
    }
    assert (r["social_effectiveness_pct"], r["employment_effectiveness_pct"]) == (34.0, 22.0)
    assert r["instruments"] == [
        "poradnictwo psychologiczne",
        "szkolenia zawodowe",
        "staże",
        "trening kompetencji społecznych",
    ]
    assert r["project_type"] is None


def test_unseen_village_outside_the_gazetteer_and_benefits():
    from integra.extract import extract_file

    r = extract_file(UNSEEN / "kobylnica_pokl.txt")
    assert r["city"] == "Kobylnica"  # not in the gazetteer: the lemmatiser's geographic name
    assert r["title"] == "Czas na aktywność w Gminie Kobylnica"
    assert r["project_type"] == "systemowy"
    assert (r["total_cost_pln"], r["own_contribution_pln"], r["eu_cofinancing_pln"]) == (
        345678.9,
        36296.28,
        None,
    )
    assert r["participants_planned"] == 12
    assert (r["start_date"], r["end_date"]) == ("2012-01-01", "2012-12-31")


def test_unseen_cp1250_html_final_report():
    from integra.extract import extract_bytes

    rec, cleaned, enc, media = extract_bytes(
        (UNSEEN / "koszalin_report_cp1250.html").read_bytes(), "k.html"
    )
    assert (enc, media) == ("cp1250", "html")
    assert "ciasteczek" not in cleaned and "O nas" not in cleaned
    assert (rec["city"], rec["voivodeship"]) == ("Koszalin", "zachodniopomorskie")
    assert rec["programme_period"] == "2014-2020"
    assert (rec["total_cost_pln"], rec["eu_cofinancing_pln"], rec["own_contribution_pln"]) == (
        1234567.89,
        1049382.71,
        185185.18,
    )
    assert (rec["participants_actual"], rec["participants_completed"]) == (87, 79)
    assert (rec["start_date"], rec["end_date"]) == ("2016-10-01", "2018-09-30")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Projekt o wartości 1 200 000,00 zł będzie realizowany w latach 2019-2021. "
            "Uczestnikami projektu będzie 60 osób.",
            {
                "total_cost_pln": 1200000.0,
                "start_date": "2019-01-01",
                "end_date": "2021-12-31",
                "participants_planned": 60,
            },
        ),
        (
            "Dofinansowanie o wartości 850 000,00 zł przyznano na projekt. Projekt realizowany w latach 2019-2021.",
            {"total_cost_pln": None, "eu_cofinancing_pln": 850000.0},
        ),
        (
            "Dofinansowanie ze środków EFS 850 000 zł oraz z budżetu państwa 150 000 zł. Projekt w latach 2012 – 2013.",
            {"total_cost_pln": None, "eu_cofinancing_pln": 850000.0},
        ),
        (
            "Projekt objął wsparciem 45 osób w latach 2016 – 2017, a 40 z nich ukończyło udział w projekcie.",
            {"participants_actual": 45, "participants_completed": 40, "participants_planned": None},
        ),
        (
            "Projekt zakłada objęcie wsparciem 70 osób. Okres realizacji: od 2019-01-01 do 2020-12-31.",
            {"participants_planned": 70, "start_date": "2019-01-01", "end_date": "2020-12-31"},
        ),
        (
            "Realizatorem projektu jest MOPS Zielona Góra. Wartość projektu 100 000 zł.",
            {"implementer": "MOPS Zielona Góra", "city": "Zielona Góra", "voivodeship": "lubuskie"},
        ),
        (
            "Projekt rozpoczął się 1 marca 2019 r. i potrwa do 31 stycznia 2020 r. Wartość projektu 100 000 zł.",
            {"start_date": "2019-03-01", "end_date": "2020-01-31"},
        ),
        (
            "Projekt rozpoczął się 1 kwietnia 2017 r., a zakończył się 30 czerwca 2018 r. W projekcie wzięło "
            "udział 300 osób, z czego 284 ukończyło udział.",
            {
                "start_date": "2017-04-01",
                "end_date": "2018-06-30",
                "participants_actual": 300,
                "participants_completed": 284,
            },
        ),
        (
            "Strategia rozwiązywania problemów społecznych na lata 2015-2020 przewiduje projekt. "
            "Wartość projektu 100 000 zł.",
            {"start_date": None, "end_date": None, "total_cost_pln": 100000.0},
        ),
    ],
)
def test_phrasing_families(text, expected):
    rec, _ = extract_text(text, "p.txt")
    for key, want in expected.items():
        assert rec[key] == want, key


def _tiny_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with a text layer (Helvetica, ASCII), built by hand."""
    content = "BT /F1 11 Tf 50 780 Td 14 TL " + " ".join(f"({ln}) '" for ln in lines) + " ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def test_pdf_text_layer_is_read():
    pdf = _tiny_pdf(
        [
            "Projekt realizowany w okresie od 01.02.2019 r. do 31.12.2020 r.",
            "Wartosc projektu: 1 000 000,00 PLN, w tym dofinansowanie 850 000,00 PLN.",
            "Projekt skierowany jest do 40 osob bezrobotnych.",
        ]
    )
    rec, _cleaned, _enc, media = extract_bytes(pdf, "raport.pdf")
    assert media == "pdf" and rec["status"] == "ok", rec["problems"]
    assert (rec["total_cost_pln"], rec["eu_cofinancing_pln"]) == (1000000.0, 850000.0)
    assert (rec["start_date"], rec["end_date"]) == ("2019-02-01", "2020-12-31")


def test_a_header_logo_names_the_site_owner_when_the_article_does_not():
    from integra.extract.reading import html_to_text

    html = (
        "<html><body><header><p class='logo'>Gminny Ośrodek Pomocy Społecznej w Ostrorogu</p>"
        "<ul><li>Start</li><li>Kontakt</li></ul></header><main><h1>Projekty</h1><p>"
        + "Ośrodek realizuje projekt współfinansowany ze środków Unii Europejskiej. " * 5
        + "</p></main></body></html>"
    )
    text = html_to_text(html)
    assert text.rstrip().endswith("Gminny Ośrodek Pomocy Społecznej w Ostrorogu")
    assert "Start" not in text  # the rest of the header is still dropped
    # a header that names no welfare institution in full adds nothing
    assert (
        html_to_text(html.replace("Gminny Ośrodek Pomocy Społecznej w Ostrorogu", "Gmina"))
        .rstrip()
        .endswith("Europejskiej.")
    )
