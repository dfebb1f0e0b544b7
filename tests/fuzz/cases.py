"""Mutations of the seed documents and hostile inputs for the extractor.

Each generator yields ``(case_name, file_name, bytes)``; `check` runs one case through
`integra.extract.extract_bytes` and returns an `Outcome` (status, seconds, problems) after
asserting the contract: no exception, a schema-valid record, status ok or rejected with a reason.
Shared by tests/test_hardening.py (short counts) and benchmarks/reliability.py (long counts).
"""

from __future__ import annotations

import io
import json
import random
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
RAW_SAMPLES = REPO / "raw_samples"
SCHEMA = REPO / "integra" / "contracts" / "extraction-record.schema.json"

Case = tuple[str, str, bytes]


def seeds() -> list[tuple[str, bytes]]:
    """(source_file relative to raw_samples, bytes) of the five seed documents."""
    return [
        (p.relative_to(RAW_SAMPLES).as_posix(), p.read_bytes())
        for p in sorted(RAW_SAMPLES.glob("*/*"))
        if p.is_file()
    ]


@lru_cache(maxsize=1)
def validator():
    import jsonschema

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


@dataclass
class Outcome:
    case: str
    status: str
    seconds: float
    problems: list[str]
    record: dict


class ContractViolation(AssertionError):
    pass


def check(case: str, name: str, data: bytes) -> Outcome:
    """Run one input through extract_bytes and assert the contract (raises ContractViolation)."""
    from integra.extract import extract_bytes

    t0 = time.perf_counter()
    try:
        rec, cleaned, _encoding, _media = extract_bytes(data, name)
    except BaseException as exc:  # the point is to catch everything
        raise ContractViolation(
            f"{case}: extract_bytes raised {type(exc).__name__}: {exc}"
        ) from exc
    seconds = time.perf_counter() - t0
    errors = sorted(validator().iter_errors(rec), key=lambda e: list(e.path))
    if errors:
        raise ContractViolation(
            f"{case}: schema violation: {errors[0].message} at {list(errors[0].path)}"
        )
    if rec["status"] not in ("ok", "rejected"):
        raise ContractViolation(f"{case}: status {rec['status']!r}")
    if rec["status"] == "rejected" and not (
        rec["problems"] and all(p.strip() for p in rec["problems"])
    ):
        raise ContractViolation(f"{case}: rejected without a reason")
    try:
        json.dumps(rec, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise ContractViolation(f"{case}: record is not strict JSON: {exc}") from exc
    if not isinstance(cleaned, str):
        raise ContractViolation(f"{case}: cleaned text is {type(cleaned).__name__}")
    return Outcome(case, rec["status"], seconds, list(rec["problems"]), rec)


# ----------------------------------------------------------------------------- mutations

_SENTENCE_BOUNDARY = re.compile(r"(?<=[.!?:;])\s+|\n+")


def truncations(source_file: str, data: bytes) -> Iterator[Case]:
    """The document cut after every sentence (or line) boundary."""
    text = data.decode("utf-8")
    ends = sorted({m.start() for m in _SENTENCE_BOUNDARY.finditer(text)} | {len(text)})
    for end in ends:
        yield f"truncate {source_file} @{end}", source_file, text[:end].encode("utf-8")


def byte_flips(all_seeds: list[tuple[str, bytes]], n: int, seed: int = 20190231) -> Iterator[Case]:
    """`n` mutants: 1 to 16 random bytes of a random seed replaced by random bytes."""
    rng = random.Random(seed)
    for i in range(n):
        name, data = rng.choice(all_seeds)
        buf = bytearray(data)
        for _ in range(rng.randint(1, 16)):
            buf[rng.randrange(len(buf))] = rng.randrange(256)
        yield f"byte flip #{i} of {name}", name, bytes(buf)


_ISO_8859_2_FALLBACK = str.maketrans(
    {
        "„": '"',
        "”": '"',
        "“": '"',
        "–": "-",
        "—": "-",
        "…": "...",
        "’": "'",
        "‘": "'",
        "«": '"',
        "»": '"',
        "€": "EUR",
    }
)


def representable(text: str, encoding: str) -> str:
    """`text` with the characters `encoding` lacks replaced: „ ” → ", – → -, others → ?."""
    out = []
    for ch in text:
        try:
            ch.encode(encoding)
            out.append(ch)
        except UnicodeEncodeError:
            alt = ch.translate(_ISO_8859_2_FALLBACK)
            out.append(alt if alt != ch else "?")
    return "".join(out)


def reencodings(source_file: str, data: bytes) -> Iterator[tuple[str, str, bytes, str]]:
    """(case, name, bytes, reference text) for the seed in other encodings and line ends.
    The reference text is what the re-encoded bytes should read as (ISO-8859-2 lacks „ ” – …)."""
    text = data.decode("utf-8")
    cp = representable(text, "cp1250")
    iso = representable(text, "iso8859_2")
    yield f"cp1250 {source_file}", source_file, cp.encode("cp1250"), cp
    yield f"iso-8859-2 {source_file}", source_file, iso.encode("iso8859_2"), iso
    yield (
        f"utf-16 BOM {source_file}",
        source_file,
        text.encode("utf-16"),
        text,
    )  # BOM + native order
    yield f"utf-16-be BOM {source_file}", source_file, b"\xfe\xff" + text.encode("utf-16-be"), text
    yield f"utf-16-le no BOM {source_file}", source_file, text.encode("utf-16-le"), text
    yield f"utf-16-be no BOM {source_file}", source_file, text.encode("utf-16-be"), text
    yield f"utf-8 BOM {source_file}", source_file, b"\xef\xbb\xbf" + data, text
    yield f"CRLF {source_file}", source_file, text.replace("\n", "\r\n").encode("utf-8"), text
    yield f"lone CR {source_file}", source_file, text.replace("\n", "\r").encode("utf-8"), text
    yield f"cp1250 + CRLF {source_file}", source_file, cp.replace("\n", "\r\n").encode("cp1250"), cp


def facts(rec: dict) -> dict:
    """The part of a record that must not depend on the bytes' encoding."""
    return {k: v for k, v in rec.items() if k not in ("sha256", "source_file")}


def big_document(all_seeds: list[tuple[str, bytes]], size: int = 20 * 1024 * 1024) -> Case:
    """A seed repeated to `size` bytes (a 20 MB document)."""
    name, data = all_seeds[0]
    reps = size // (len(data) + 2) + 1
    return f"{size // 2**20} MB document", name, ((data + b"\n\n") * reps)[:size]


def one_line_document(all_seeds: list[tuple[str, bytes]], size: int = 5 * 1024 * 1024) -> Case:
    """Every seed's text with line breaks replaced by spaces, repeated to one `size`-byte line."""
    line = b" ".join(re.sub(rb"\s+", b" ", d) for _, d in all_seeds)
    reps = size // (len(line) + 1) + 1
    return f"one line of {size // 2**20} MB", "one_line.txt", (b" ".join([line] * reps))[:size]


def hostile_html(all_seeds: list[tuple[str, bytes]], depth: int = 5000) -> list[Case]:
    body = all_seeds[0][1].decode("utf-8")
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    scripts = (
        "<script>var x = '<p>Wartość projektu: 999 999 999 zł</p>'; for(;;){}</script>"
        "<style>p::before{content:'Okres realizacji: 01.01.2001 - 31.12.2001'}</style>"
    )
    # (text inside a <noscript> in <head> is moved into <body> by the HTML parsing rules when
    # scripting is off, as here: only a body <noscript> is dropped)
    noscript = "<noscript>Liczba uczestników: 99999</noscript>"
    nested = "<div>" * depth + paragraphs + "</div>" * depth
    unclosed = "<span><b><i>" * depth + paragraphs
    return [
        (
            "HTML with scripts and styles",
            "page.html",
            f"<!doctype html><html><head>{scripts}</head><body>{scripts}{noscript}{paragraphs}{scripts}</body></html>".encode(),
        ),
        (
            f"HTML nested {depth} levels",
            "nested.html",
            f"<html><body>{nested}</body></html>".encode(),
        ),
        (f"HTML {depth} unclosed tags", "unclosed.html", f"<html><body>{unclosed}".encode()),
        (
            "HTML comments and CDATA",
            "comments.html",
            (
                "<html><body>" + "<!--" * 1000 + paragraphs + "<![CDATA[" * 1000 + "</body></html>"
            ).encode(),
        ),
    ]


def pdf_without_text() -> Case:
    from pypdf import PdfWriter

    w = PdfWriter()
    for _ in range(3):
        w.add_blank_page(width=595, height=842)
    buf = io.BytesIO()
    w.write(buf)
    return "PDF with no text layer", "scan.pdf", buf.getvalue()


def broken_pdfs() -> list[Case]:
    _, _, good = pdf_without_text()
    return [
        ("PDF header only", "a.pdf", b"%PDF-1.7\n"),
        ("PDF truncated in half", "b.pdf", good[: len(good) // 2]),
        ("text file named .pdf", "c.pdf", b"Projekt realizowany w latach 2019-2020."),
    ]


def odd_values() -> list[Case]:
    digits = "9" * 400
    text = (
        "Projekt „Aktywna integracja” realizowany w ramach Regionalnego Programu Operacyjnego.\n"
        f"Wartość projektu: {digits} zł.\n"
        f"Dofinansowanie: {'1 ' * 150}234,56 zł.\n"
        f"Liczba uczestników: {'7' * 300} osób.\n"
        f"Efektywność społeczna: {'5' * 200},{'5' * 200}%.\n"
        "Okres realizacji: od 31.02.2019 do 30.02.2020.\n"
        "Umowa podpisana 29.02.2019 r., zakończenie 32.13.2021 r.\n"
    )
    return [
        ("numbers with hundreds of digits and impossible dates", "odd.txt", text.encode("utf-8")),
        ("only digits", "digits.txt", ("1" * 100_000).encode()),
        ("only punctuation", "punct.txt", (".,;:!?-–()„”" * 10_000).encode("utf-8")),
        ("regex bait: many spaces and zł", "bait.txt", ("1 " * 50_000 + "zł").encode()),
        ("regex bait: many dots", "dots.txt", ("1." * 50_000 + "2019").encode()),
        ("empty", "empty.txt", b""),
        ("NUL bytes", "nul.txt", b"\x00" * 4096),
        ("random binary", "bin.txt", random.Random(7).randbytes(65_536)),
    ]


def hostile_text_document() -> tuple[str, str, bytes]:
    """A project description whose title and instruments carry HTML and JavaScript."""
    text = (
        "Tytuł projektu: „<script>alert(1)</script>”\n\n"
        "Miejski Ośrodek Pomocy Rodzinie w Toruniu realizuje projekt "
        "„<script>alert(1)</script>” w ramach Regionalnego Programu Operacyjnego "
        "Województwa Kujawsko-Pomorskiego na lata 2014-2020.\n"
        "Wartość projektu: 1 000 000,00 zł.\n"
        "Okres realizacji: od 01.01.2019 r. do 31.12.2020 r.\n"
        "Liczba uczestników: 100 osób.\n"
        "W ramach projektu uczestnicy skorzystają z następujących form wsparcia:\n"
        "- trening kompetencji <img src=x onerror=alert(2)> społecznych,\n"
        '- <b onmouseover="alert(3)">poradnictwo psychologiczne</b>,\n'
        "- kurs zawodowy'; DROP TABLE raw.documents; --.\n"
    )
    return "hostile title and instruments", "hostile.txt", text.encode("utf-8")


# ----------------------------------------------------------------------------- hypothesis

POLISH_WORDS = (
    "projekt aktywna integracja ośrodek pomocy społecznej rodzinie miejski uczestników osób "
    "wartość dofinansowanie wkład własny koszt całkowity okres realizacji od do w latach "
    "Regionalnego Programu Operacyjnego Województwa oś priorytetowa działanie poddziałanie "
    "Europejskiego Funduszu Społecznego trening kompetencji kurs zawodowy staż Toruń Gdynia "
    "Szczecin Włocławek kobiet mężczyzn niepełnosprawnych efektywność zatrudnieniowa społeczna "
    "zł PLN mln tys. r. roku umowa podpisana zakończenie MOPR MOPS GOPS 2014-2020 RPO EFS "
    "ą ć ę ł ń ó ś ź ż"
).split()


LABELS = (
    "Wartość projektu:",
    "Całkowita wartość projektu wynosi",
    "Kwota dofinansowania:",
    "Wkład własny:",
    "Okres realizacji: od",
    "w okresie od",
    "Liczba uczestników:",
    "Tytuł projektu:",
    "Nazwa projektu:",
    "Oś Priorytetowa",
    "Działanie",
    "Poddziałanie",
    "Efektywność społeczna:",
    "Umowa została podpisana",
    "Miejski Ośrodek Pomocy Rodzinie w Toruniu",
    "Regionalny Program Operacyjny Województwa Pomorskiego na lata 2014-2020",
    "w tym",
)


def hypothesis_text_strategy():
    from hypothesis import strategies as st

    word = st.sampled_from(POLISH_WORDS)
    number = (
        st.integers(min_value=0, max_value=10**12).map(lambda n: f"{n:,}".replace(",", " "))
        | st.integers(min_value=0, max_value=10**40).map(str)
        | st.decimals(
            min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False
        ).map(lambda d: str(d).replace(".", ","))
    )
    money = st.tuples(
        number, st.sampled_from([" zł", " PLN", " mln zł", " tys. zł", "zł", ""])
    ).map("".join)
    date = st.tuples(
        st.integers(0, 40),
        st.integers(0, 14),
        st.integers(1900, 2100),
        st.sampled_from([".", "-", "/"]),
    ).map(lambda t: f"{t[0]:02d}{t[3]}{t[1]:02d}{t[3]}{t[2]}")
    punct = st.sampled_from(
        [
            ".",
            ",",
            ":",
            ";",
            "!",
            "?",
            " - ",
            " – ",
            "(",
            ")",
            "„",
            "”",
            "\n",
            "\n\n",
            "- ",
            "1) ",
            "%",
        ]
    )
    label = st.sampled_from(LABELS)
    token = word | label | money | date | punct | st.text(max_size=3)
    return st.lists(token, min_size=0, max_size=200).map(" ".join)
