"""Real pages (session 24): excerpts of public pages of social-inclusion projects found among the
stored pages, none of them a source of the real corpus (each URL checked against
benchmarks/realcorpus/gold/*_dev.json and sources/*.md); the URLs are in
tests/data/real_instrument_pages/README.md. Each page is kept as stored, shortened to the part
that matters (1-4 KB). Our own wordings no longer reach the unseen pages' misses: these are the
unseen-page measure of the instruments rules.

tests/data/real_instrument_pages/expected.json holds, per page, the items the conventions give
(realcorpus README "Instruments"; `want`, each must be matched) and those a reader may or may not
take (`allow`, neither required nor counted as extra); anything else extracted is an extra.
Matching is the shared scorer's (score_extraction._item_match). A short excerpt may lack the facts
that make a record a project's (no money, dates or implementer): such a record is rejected as a
whole, which is not the instruments rules' doing, so the pages are read with that gate open.
`test_aggregate` prints the pooled precision and recall. Pages that still fail are strict xfails
with the reason."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from integra.extract import record
from integra.extract.record import extract_bytes

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from score_extraction import _item_match

PAGES = Path(__file__).resolve().parent / "data" / "real_instrument_pages"
EXPECTED = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))

# page -> why it still fails (strict: a fix makes the test fail until the mark is removed)
FAILING: dict[str, str] = {
    "r01_kis_sierpien.txt": (
        "'Miesiąc rozpoczął się od Treningu z zakresu relaksacji …' (a form after 'rozpoczął się "
        "od')"
    ),
    "r02_kis_kwiecien_maj.txt": (
        "'rozpoczął się od Poradnictwa prawnego'; 'spotkania grup wspracia' (the source's typo); "
        "extra 'Warsztaty GOPS Jeziora Wielkie' (a list of centres after the workshops)"
    ),
    "r04_jastrzebie_kis.txt": (
        "'młodzież z ośrodków wychowawczych i socjoterapii' (a target group) gives 'socjoterapia'; "
        "'warsztaty z elementami wizażu i stylizacji' is cut in two"
    ),
    "r05_lepsze_jutro.txt": (
        "'treningów kompetencji i umiejętności społecznych oraz rozwijających zainteresowania': "
        "the participle-led conjunct of a shared head is dropped"
    ),
    "r06_krzemienny_krag.txt": (
        "'rozpoczął się cykl warsztatów Akademia Kompetencji Społecznych' gives only 'warsztaty' "
        "(a named cycle after its head in the genitive)"
    ),
    "r08_w_rodzinie_sila.txt": (
        "'1. Kompleksowe wsparcie asystenta rodziny – zatrudniono 3 asystentów' is dropped as "
        "staff hiring; the prose 'pomocy w załatwieniu ważnych spraw' inside an item is read again"
    ),
    "r09_rodzina_w_centrum3.txt": (
        "'ale także zajęcia adresowane do rodziców. Zaplanowano również warsztaty dla osób "
        "opuszczających … pieczę, będą też spotkania dotyczące …'"
    ),
    "r10_grudziadz_rodzina.txt": (
        "bullets led by a date and hour ('14 lutego, godz. 10.00–15.00 – specjalistyczne "
        "poradnictwo …') under a prose lead are not read"
    ),
    "r17_bursztynowy_senior.txt": (
        "'darmowy dowóz … i z powrotem, jak również wyżywienie - śniadania i obiady': the last "
        "conjunct after 'jak również' and a dash"
    ),
    "r18_ohp_samodzielnosc.txt": (
        "'wiele form wsparcia: kursy językowe, komputerowe, na prawo jazdy, zawodowe': after a "
        "colon the 'na …' topic does not take the shared head (it does after 'skorzystają z')"
    ),
    "r19_szansa_kuratorzy.txt": "'współpracują z doradcą zawodowym' (a verb of working with a specialist)",
    "r21_a_w_sercu_maj.txt": (
        "'wezmą też udział w spotkaniach Dyskusyjnego Klubu Filmowego'; 'uruchomienie banku czasu'"
    ),
    "r23_wozniki_dzien_matki.txt": (
        "'Przypadające zajęcia języka polskiego i kultury polskiej zorganizowano …' (a form before "
        "the impersonal verb)"
    ),
    "r24_jelenia_asystenci.txt": "'podsumowali okres półrocznej współpracy z asystentem'",
    "r25_jelenia_grupa_samopomocowa.txt": (
        "'ocenili podejmowane działania (wycieczkę do Wrocławia, festyn rodzinny …)': bracketed "
        "accusatives after 'działania'; 'spotkała się grupa samopomocowa'; 'zdobytymi na szkoleniach'"
    ),
    "r26_cis_centrum.txt": (
        "'wparcie psychologa i doradcy zawodowego oraz pracownika socjalnego' (the source's typo "
        "and a head shared by three persons)"
    ),
    "r27_police_cudzoziemcy.txt": (
        "'wypracowanie indywidualnych ścieżek integracji': 'wypracowanie' is no light head"
    ),
    "r28_goldap_pal.txt": "'Wspólny wyjazd uczestników … do kina' as the sentence's subject",
    "r31_jelenia_dzieci.txt": (
        "bullets led by a verb or a place ('Na terenie świetlicy odbywają się zbiórki drużyny "
        "harcerskiej', 'mogą uczestniczyć w … spotkaniach: „Rodzinny wypad do …”', 'uczestniczą też "
        "w zorganizowanych formach aktywności sportowej')"
    ),
    "r14_kawiarenka.txt": (
        "'spotkania dla seniorów przy kawie' (a general head named by whom it is for): the rule was "
        "reverted in session 24, it added held-out extras and no hit"
    ),
    "r32_pfron_ukraina.txt": (
        "'uzupełnienie kwalifikacji zawodowych' (no form head) in the list before 'to kompleksowe "
        "wsparcie'; 'Udział w projekcie wiąże się z … pobytem w Ośrodku …'"
    ),
    "r33_wozniki_wielkanoc.txt": (
        "'Oferujemy im zajęcia pozwalające poznać polską kulturę' (a participle after the head); "
        "'miał służyć wyjazd do Częstochowy'"
    ),
}


# A second set, collected after the session's first rules were written, its expectations written
# before the extractor was run (one rule came from it later: f07's wrapped "m.in."; see the README,
# tests/data/real_instrument_pages/README.md, which also gives the URLs).
FRESH = PAGES.parent / "real_instrument_pages_fresh"
FRESH_EXPECTED = json.loads((FRESH / "expected.json").read_text(encoding="utf-8"))
FRESH_FAILING: dict[str, str] = {
    "f02_walbrzych_nasze_dzieci.txt": "'dla dwóch grup wiekowych – dzieci … oraz grupy młodzieży' gives a group",
    "f03_tychy_klub_seniora.txt": "'W ramach projektu prowadzony jest ,,Klubu Seniora”' (a place run, odd quotes)",
    "f04_pluznica_uniwersytet.txt": "'uczą się języka angielskiego' (a verb); 'trzydniową wycieczke' (the source's typo)",
    "f05_gniezno_klub_seniora.txt": (
        "'uczestniczy w rozmaitych zajęciach: plastycznych, podczas których …; muzycznych, …' "
        "(adjectives after a colon, each with a clause); 'zasięgnąć darmowej porady prawnej'"
    ),
    "f06_jaworze_pierwszy_miesiac.txt": (
        "'cieszyły się spotkania z psychologiem oraz zajęcia komputerowe' (the forms as subject); "
        "'zajęć jogi' after a participle phrase; the club only in the project's title"
    ),
    "f07_piszczac_klub_seniora.txt": (
        "'Odbędą spotkania … czy kulturalne wieczory' (the source drops 'się'); 'Będą to wyjazdy "
        "jedno i kilkudniowe'; the club as the subject of 'rozpoczyna'"
    ),
    "f08_bychawa_uslugi.txt": "'średnio po 2,5 godz. dziennie' gives 'usługi średnio'",
    "f09_kalisz_piknik.txt": "'w celu reintegracji i aktywizacji społecznej osób' (an aim) is read",
    "f10_sopot_kulinaria.txt": (
        "'spotkanie uczestników grupy edukacyjnej' is read whole; 'czas na rozmowy z psychologiem'"
    ),
}


def read(name: str, monkeypatch: pytest.MonkeyPatch, pages: Path = PAGES) -> list[str]:
    """The page's instruments, with the record-level gate for project facts open."""
    monkeypatch.setattr(record, "_eu_project_named", lambda text, rec: True)
    return extract_bytes((pages / name).read_bytes(), name)[0]["instruments"]


def _score(want: list[str], allow: list[str], got: list[str]) -> tuple[list[str], list[str]]:
    missed = [w for w in want if not any(_item_match(w, g) for g in got)]
    extra = [g for g in got if not any(_item_match(g, w) for w in want + allow)]
    return missed, extra


def _cases():
    for name, exp in EXPECTED.items():
        marks = [pytest.mark.xfail(reason=FAILING[name], strict=True)] if name in FAILING else []
        yield pytest.param(name, exp["want"], exp["allow"], id=name.split(".")[0], marks=marks)


def _fresh_cases():
    for name, exp in FRESH_EXPECTED.items():
        marks = (
            [pytest.mark.xfail(reason=FRESH_FAILING[name], strict=True)]
            if name in FRESH_FAILING
            else []
        )
        yield pytest.param(name, exp["want"], exp["allow"], id=name.split(".")[0], marks=marks)


@pytest.mark.parametrize("name, want, allow", list(_fresh_cases()))
def test_fresh_page(name: str, want: list[str], allow: list[str], monkeypatch) -> None:
    got = read(name, monkeypatch, FRESH)
    assert _score(want, allow, got) == ([], []), got


def test_every_page_has_its_expectations_and_source() -> None:
    pages = sorted(p.name for p in PAGES.iterdir() if p.suffix == ".txt")
    assert pages == sorted(EXPECTED)
    readme = (PAGES / "README.md").read_text(encoding="utf-8")
    assert all(f"`{p}`" in readme for p in pages)
    assert set(FAILING) <= set(EXPECTED)
    fresh = sorted(p.name for p in FRESH.iterdir() if p.suffix == ".txt")
    assert fresh == sorted(FRESH_EXPECTED)
    assert all(f"`{p}`" in readme for p in fresh)
    assert set(FRESH_FAILING) <= set(FRESH_EXPECTED)


@pytest.mark.parametrize("name, want, allow", list(_cases()))
def test_page(name: str, want: list[str], allow: list[str], monkeypatch) -> None:
    got = read(name, monkeypatch)
    assert _score(want, allow, got) == ([], []), got


def test_aggregate(monkeypatch, capsys) -> None:
    """Pooled item precision and recall over the real pages (printed; the floor guards against a
    change that loses what the rules read now)."""
    floors = {"fitted": (PAGES, EXPECTED, 0.95, 0.76), "fresh": (FRESH, FRESH_EXPECTED, 0.85, 0.62)}
    for label, (pages, expected, p_floor, r_floor) in floors.items():
        hit = missed_n = extra_n = 0
        for name, exp in expected.items():
            missed, extra = _score(exp["want"], exp["allow"], read(name, monkeypatch, pages))
            hit += len(exp["want"]) - len(missed)
            missed_n += len(missed)
            extra_n += len(extra)
        precision = hit / (hit + extra_n)
        recall = hit / (hit + missed_n)
        with capsys.disabled():
            print(
                f"\nreal instrument pages ({label}): P {precision:.3f} R {recall:.3f} "
                f"({hit} hit, {missed_n} missed, {extra_n} extra)"
            )
        assert precision >= p_floor and recall >= r_floor, label
