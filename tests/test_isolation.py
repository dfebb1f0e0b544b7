"""Per-document isolation and hard bounds (issue 17: H1, H2, M4, M5, M6, L5).

One landed file can never stop ingestion: every exception is that document's rejection, C code
that ignores SIGALRM is stopped by killing its worker process, files are opened no-follow and
non-blocking and sized on the descriptor before reading, a read error is retried at the next
refresh, and what the scan ignores is listed.
"""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import subprocess
import sys
import time
import zlib
from pathlib import Path

import duckdb
import pytest

from integra.extract import extract_bytes

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted(p for p in (ROOT / "raw_samples").glob("*/*") if p.is_file())
SEED_TEXT = (ROOT / "raw_samples" / "torun" / "000_d62dbd5068231973.txt").read_bytes()


# ----------------------------------------------------------------------------- hostile inputs


def make_pdf(
    content: bytes, filter_name: str | None = "FlateDecode", raw_stream: bytes | None = None
) -> bytes:
    """A one-page PDF whose content stream is `content` (compressed with `filter_name`)."""
    stream = (
        raw_stream
        if raw_stream is not None
        else (zlib.compress(content) if filter_name else content)
    )
    filt = f"/Filter /{filter_name} " if filter_name else ""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>"
        ),
        f"<< /Length {len(stream)} {filt}>>\nstream\n".encode() + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


def text_pdf() -> bytes:
    lines = [
        "Projekt Aktywna integracja w Toruniu realizowany przez MOPR w Toruniu.",
        "Wartosc projektu: 1 234 567,89 zl. Dofinansowanie UE: 1 000 000,00 zl.",
        "Okres realizacji: 01.01.2019 - 31.12.2020. Liczba uczestnikow: 120 osob.",
    ]
    ops = "BT /F1 10 Tf 50 800 Td 14 TL " + " ".join(f"({line}) Tj T*" for line in lines) + " ET"
    return make_pdf(ops.encode())


def pdf_bomb() -> bytes:
    """~100 KB on disk, a content stream that inflates to 100 MB."""
    return make_pdf(b"", raw_stream=zlib.compress(b" " * (100 * 1024 * 1024), 9))


def bom_text_with_a_bad_byte() -> bytes:
    data = bytearray(b"\xef\xbb\xbf" + SEED_TEXT)
    data[200] = 0xFF
    return bytes(data)


def div_slash_html(n: int = 300_000) -> bytes:
    return ("<html><body>" + "<div/x>" * n + "Wartość projektu: 1 000 zł").encode()


def slow_html_under_the_depth_limit() -> bytes:
    """160 blocks nested 9,000 deep (under the 10,000-level check; 16 MB): ~15 CPU s of lexbor's C
    code with selectolax 1.0 (its time grows with the square of the depth and with the blocks;
    20 blocks took ~17 s with the selectolax of before, 2 s with 1.0), which no signal stops."""
    return ("<html><body>" + ("<div>" * 9_000 + "x" + "</div>" * 9_000) * 160).encode()


# ----------------------------------------------------------------------------- H1: extract_bytes never raises


def test_bom_text_with_a_bad_byte_is_read():
    rec, _, encoding, _ = extract_bytes(bom_text_with_a_bad_byte(), "torun/bom.txt")
    assert rec["status"] == "ok", rec["problems"]
    assert encoding == "utf-8-sig (damaged bytes replaced)"
    assert rec["total_cost_pln"] == extract_bytes(SEED_TEXT, "torun/a.txt")[0]["total_cost_pln"]


def test_bom_text_with_many_bad_bytes_is_rejected_with_a_reason():
    data = b"\xef\xbb\xbf" + bytes(range(0x80, 0x100)) * 40
    rec = extract_bytes(data, "bom.txt")[0]
    assert rec["status"] == "rejected"
    assert "byte-order mark" in rec["problems"][0]


def test_pdf_bomb_is_rejected_within_the_decompression_cap():
    data = pdf_bomb()
    assert len(data) < 200_000
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rec = extract_bytes(data, "bomb.pdf")[0]
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert rec["status"] == "rejected"
    assert "decompression bomb" in rec["problems"][0]
    assert grown_mb < 80  # the cap is 20 MB per stream (pypdf's default is 75 MB)


def test_text_pdf_still_reads():
    rec, cleaned, _, media = extract_bytes(text_pdf(), "raport.pdf")
    assert media == "pdf" and "Aktywna integracja" in cleaned
    assert rec["status"] == "ok", rec["problems"]


def test_a_pdf_with_an_unknown_filter_is_rejected_naming_the_problem():
    data = make_pdf(b"", filter_name="NoSuchDecode", raw_stream=b"BT (Projekt) Tj ET")
    rec = extract_bytes(data, "broken.pdf")[0]  # pypdf raises NotImplementedError
    assert rec["status"] == "rejected"
    assert rec["problems"] == ["unreadable PDF: NotImplementedError"]


def test_an_unexpected_error_while_reading_is_a_rejection_with_its_type(monkeypatch):
    import integra.extract.record as record_mod

    def broken_reader(data, name):
        raise AttributeError("'NoneType' object has no attribute 'x'")

    monkeypatch.setattr(record_mod, "read_document", broken_reader)
    rec = extract_bytes(SEED_TEXT, "torun/a.txt")[0]
    assert rec["status"] == "rejected"
    assert rec["problems"][0].startswith("unreadable document (AttributeError:")


# ----------------------------------------------------------------------------- H2: HTML nesting, killable workers


def test_div_slash_counts_as_nesting():
    from integra.extract.reading import MAX_HTML_DEPTH, html_depth

    assert html_depth("<div/x><div/x><div/>") == 3  # "/" before ">" closes nothing in HTML
    assert html_depth("<svg><path d=1/><path/></svg>") == 1  # but does inside svg
    assert html_depth(div_slash_html().decode()) > MAX_HTML_DEPTH


def test_div_slash_page_is_refused_at_once():
    t0 = time.monotonic()
    rec = extract_bytes(div_slash_html(), "deep.html")[0]
    assert time.monotonic() - t0 < 5
    assert rec["status"] == "rejected" and "nested 300000 levels" in rec["problems"][0]


def _jobs(tmp_path, named: dict[str, bytes]):
    from integra.extract.isolation import Job

    jobs = []
    for name, data in named.items():
        p = tmp_path / name
        p.write_bytes(data)
        jobs.append(Job(str(p), name))
    return jobs


def test_c_code_past_the_time_limit_is_killed_and_the_others_are_read(tmp_path):
    """The slow page keeps lexbor busy ~15 s in C code: SIGALRM cannot stop it, the parent kills
    its worker at the limit plus the grace, and a new worker reads the rest (the first seed was
    already queued behind the slow page in the killed worker: it is given back, not lost)."""
    from integra.extract.isolation import KILL_GRACE_SECONDS, Limits, PoolStats, run_isolated

    named = {"slow.html": slow_html_under_the_depth_limit()}
    named.update({f"seed{i}.txt": p.read_bytes() for i, p in enumerate(SEEDS)})
    jobs = _jobs(tmp_path, named)
    stats = PoolStats()
    # 4 s: the page's Python steps (reading 16 MB, its encoding, its depth: ~2.5 CPU s) are behind
    # it when the limit comes, so the signal finds the worker inside lexbor
    outcomes = dict(run_isolated(jobs, workers=1, limits=Limits(seconds=4.0), stats=stats))
    slow = outcomes[0]
    assert slow[0] == "done" and slow[1]["status"] == "rejected"
    assert "longer than 4 s and was stopped" in slow[1]["problems"][0]
    assert [outcomes[i][1]["status"] for i in range(1, len(jobs))] == ["ok"] * len(SEEDS)
    # killed, not waited for: the page alone keeps lexbor busy ~15 CPU seconds; its worker was
    # killed once it had spent the limit plus the grace on it (CPU time, so the bound holds on a
    # loaded machine too: a wall-clock bound failed at load 6 and at load 12), and a second
    # worker read the rest
    assert (stats.killed_at_limit, stats.workers) == (1, 2)
    # (+4: the parent, descheduled on a loaded machine, may look a little late; the page costs ~15)
    assert 4.0 + KILL_GRACE_SECONDS <= stats.killed_cpu_s < 4.0 + KILL_GRACE_SECONDS + 4


def test_a_worker_out_of_memory_rejects_only_its_document(tmp_path):
    from integra.extract.isolation import Limits, run_isolated

    # 40 MB of short numbers: the cleaned text and the rules need far more than 300 MB (the seed
    # is queued behind it in the same worker: given back when that worker retires or dies)
    big = ("Wartość projektu: 1 000 zł. " * 1_500_000).encode()
    jobs = _jobs(tmp_path, {"big.txt": big, "seed.txt": SEED_TEXT})
    outcomes = dict(run_isolated(jobs, workers=1, limits=Limits(seconds=30, memory_mb=300)))
    assert outcomes[0][1]["status"] == "rejected"
    assert any(w in outcomes[0][1]["problems"][0] for w in ("memory", "process died")), outcomes[0][
        1
    ]["problems"]
    assert outcomes[1][1]["status"] == "ok"


def test_two_jobs_in_flight_read_every_document_once_as_one_at_a_time_does(tmp_path):
    """Each worker gets the next job before it has sent the last result; every job still comes
    back exactly once, with the same outcome as one job at a time."""
    from integra.extract.isolation import IN_FLIGHT, Limits, run_isolated

    assert IN_FLIGHT == 2
    named = {f"seed{i}{k}.txt": p.read_bytes() for i, p in enumerate(SEEDS) for k in range(2)}
    named["nothing.txt"] = b""
    jobs = _jobs(tmp_path, named)
    limits = Limits(seconds=30)
    got = list(run_isolated(jobs, workers=2, limits=limits))
    assert sorted(i for i, _ in got) == list(range(len(jobs)))  # each once
    one = dict(run_isolated(jobs, workers=1, limits=limits, in_flight=1))
    for i, outcome in got:
        assert outcome[0] == "done" and outcome[1] == one[i][1], jobs[i].source_file
    assert [one[i][1]["status"] for i in range(len(jobs))] == ["ok"] * (len(jobs) - 1) + [
        "rejected"
    ]


def test_extract_command_names_the_rejected_file_and_continues(tmp_path):
    good, bomb = tmp_path / "good.txt", tmp_path / "bomb.pdf"
    good.write_bytes(SEED_TEXT)
    bomb.write_bytes(pdf_bomb())
    r = subprocess.run(
        [str(Path(sys.executable).with_name("integra")), "extract", str(bomb), str(good)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    records = [json.loads(line) for line in r.stdout.splitlines()]
    assert [rec["status"] for rec in records] == ["rejected", "ok"]
    assert r.returncode == 1
    assert f"rejected: {bomb}: PDF content inflates beyond the decompression limit" in r.stderr
    assert "Traceback" not in r.stderr


# ----------------------------------------------------------------------------- M5, M6: opening


def test_a_fifo_swapped_in_is_refused_without_waiting(tmp_path):
    from integra.extract.reading import NotRead, read_landed

    fifo = tmp_path / "doc.txt"
    os.mkfifo(fifo)
    t0 = time.monotonic()
    with pytest.raises(NotRead, match="not a regular file") as exc:
        read_landed(fifo)
    assert time.monotonic() - t0 < 1 and not exc.value.transient


def test_a_symlink_swapped_in_is_not_followed(tmp_path):
    from integra.extract.reading import NotRead, read_landed

    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"Haslo: tajne")
    link = tmp_path / "landing" / "torun" / "doc.txt"
    link.parent.mkdir(parents=True)
    link.symlink_to(secret)
    with pytest.raises(NotRead, match="symbolic link"):
        read_landed(link)
    # a folder on the way swapped for a link to outside: the descriptor's real path is checked
    (tmp_path / "landing" / "gdynia").symlink_to(tmp_path, target_is_directory=True)
    with pytest.raises(NotRead, match="outside the landing folder"):
        read_landed(tmp_path / "landing" / "gdynia" / "secret.txt", root=tmp_path / "landing")


def test_a_sparse_2_gb_file_is_rejected_without_reading_it(tmp_path):
    from integra.extract import extract_file

    sparse = tmp_path / "big.txt"
    sparse.touch()
    os.truncate(sparse, 2 * 1024**3)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.monotonic()
    rec = extract_file(sparse, "torun/big.txt")
    assert time.monotonic() - t0 < 1
    assert (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024 < 100  # MB
    assert rec["status"] == "rejected"
    assert rec["problems"] == [f"file too large ({2 * 1024**3} bytes > {50 * 1024 * 1024})"]


def test_permission_denied_is_a_transient_not_read(monkeypatch, tmp_path):
    import errno

    from integra.extract import reading

    doc = tmp_path / "doc.txt"
    doc.write_bytes(SEED_TEXT)

    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(doc))

    monkeypatch.setattr(reading.os, "open", denied)
    with pytest.raises(reading.NotRead, match=r"Permission denied.*next refresh") as exc:
        reading.read_landed(doc)
    assert exc.value.transient


# ----------------------------------------------------------------------------- ingestion


def _env(tmp_path, monkeypatch):
    home, raw = tmp_path / "home", tmp_path / "raw"
    shutil.copytree(ROOT / "raw_samples", raw)
    monkeypatch.setenv("INTEGRA_HOME", str(home))
    monkeypatch.delenv("INTEGRA_CITY_REGISTRY", raising=False)
    # short enough for the FIFO test's hang to end soon, long enough that a seed is never
    # rejected for time on a loaded machine (2 s rejected one at load 8 on 2 cores)
    monkeypatch.setenv("INTEGRA_EXTRACT_TIME_LIMIT", "6")
    from integra.settings import paths

    return paths(), raw


def _table(p, sql):
    con = duckdb.connect(str(p.build_db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_a_read_error_is_retried_at_the_next_refresh(tmp_path, monkeypatch):
    """M4: permission denied once is not a rejected document version: nothing is recorded, the
    next ingestion reads it (before: quarantined, then skipped as unchanged forever)."""
    import integra.warehousing.ingest as ingest_mod

    p, raw = _env(tmp_path, monkeypatch)
    real = ingest_mod.run_isolated

    def denied_once(jobs, workers=None, **kw):
        for i, outcome in real(jobs, workers, **kw):
            if jobs[i].source_file == "torun/000_d62dbd5068231973.txt":
                reason = (
                    "cannot be read (Permission denied); it will be tried again at the next refresh"
                )
                outcome = ("not_read", reason, True)
            yield i, outcome

    monkeypatch.setattr(ingest_mod, "run_isolated", denied_once)
    first = ingest_mod.ingest_cities(p, raw)
    assert (first.new, first.rejected, first.retry) == (4, 0, 1)
    assert any(
        s.startswith("torun/000_d62dbd5068231973.txt: cannot be read (Permission denied)")
        for s in first.skipped
    )
    assert _table(p, "select count(*) from raw.quarantine") == [(0,)]
    monkeypatch.setattr(ingest_mod, "run_isolated", real)
    second = ingest_mod.ingest_cities(p, raw)
    assert (second.new, second.unchanged, second.retry) == (1, 4, 0)
    assert _table(p, "select status from raw.documents where source_file like 'torun/%'") == [
        ("ok",)
    ]


def test_an_old_read_error_rejection_is_read_again(tmp_path, monkeypatch):
    """Warehouses built before the fix hold 'cannot read the file' rejections: read them again."""
    import integra.warehousing.ingest as ingest_mod
    from integra.extract import rejected_record

    p, raw = _env(tmp_path, monkeypatch)
    real = ingest_mod.run_isolated

    def old_style(jobs, workers=None, **kw):
        for i, outcome in real(jobs, workers, **kw):
            if jobs[i].source_file.startswith("torun/"):
                rec = rejected_record(
                    jobs[i].source_file, "0" * 64, "cannot read the file: Permission denied"
                )
                outcome = ("done", rec, "", "", "txt", 0)
            yield i, outcome

    monkeypatch.setattr(ingest_mod, "run_isolated", old_style)
    assert ingest_mod.ingest_cities(p, raw).rejected == 1
    monkeypatch.setattr(ingest_mod, "run_isolated", real)
    second = ingest_mod.ingest_cities(p, raw)
    assert (second.changed, second.rejected, second.unchanged) == (1, 0, 4)


def test_a_file_swapped_for_a_fifo_after_the_scan_does_not_hang_ingestion(tmp_path, monkeypatch):
    import integra.warehousing.ingest as ingest_mod

    p, raw = _env(tmp_path, monkeypatch)
    real_scan = ingest_mod.scan_city

    def scan_then_swap(root, slug, ignored=None):
        files, refused = real_scan(root, slug, ignored)
        if slug == "torun":
            for f in files:
                f.path.unlink()
                os.mkfifo(f.path)
        return files, refused

    monkeypatch.setattr(ingest_mod, "scan_city", scan_then_swap)
    t0 = time.monotonic()
    summary = ingest_mod.ingest_cities(p, raw)
    assert time.monotonic() - t0 < 30
    assert summary.new == 4
    assert summary.skipped == [
        "torun/000_d62dbd5068231973.txt: not a regular file (a FIFO, device or socket in its place); not read"
    ]


def test_ignored_landing_entries_are_listed(tmp_path, monkeypatch):
    from integra.warehousing.ingest import ingest_cities

    p, raw = _env(tmp_path, monkeypatch)
    (raw / "notes.txt").write_bytes(SEED_TEXT)
    (raw / "Torun").mkdir()
    (raw / "krakow").mkdir()
    (raw / ".cache").mkdir()
    (raw / "torun" / ".hidden.txt").write_bytes(SEED_TEXT)
    (raw / "torun" / ".git").mkdir()
    (raw / "torun" / "locked").mkdir()
    real_walk = os.walk

    def walk(top, onerror=None, followlinks=False):  # root reads any folder: simulate EACCES
        for dirpath, dirnames, filenames in real_walk(
            top, onerror=onerror, followlinks=followlinks
        ):
            if "locked" in dirnames:
                dirnames.remove("locked")
                onerror(PermissionError(13, "Permission denied", os.path.join(dirpath, "locked")))
            yield dirpath, dirnames, filenames

    monkeypatch.setattr(os, "walk", walk)
    summary = ingest_cities(p, raw).as_dict()
    got = {e["path"]: e["reason"] for e in summary["ignored_entries"]}
    assert set(got) == {
        "notes.txt",
        "Torun/",
        "krakow/",
        ".cache",
        "torun/.hidden.txt",
        "torun/.git/",
        "torun/locked/",
    }
    assert "case-sensitive" in got["Torun/"] and "'torun'" in got["Torun/"]
    assert "landing root" in got["notes.txt"]
    assert "not a city of the registry" in got["krakow/"]
    assert got["torun/locked/"].startswith("folder cannot be read (Permission denied)")
    assert summary["new"] == 5


def _mutants(rng: random.Random, n: int) -> dict[str, bytes]:
    bases = {
        "pdf": text_pdf(),
        "html": (
            "<html><body><h1>Projekt</h1><p>" + SEED_TEXT.decode() + "</p></body></html>"
        ).encode(),
        "txt": b"\xef\xbb\xbf" + SEED_TEXT,
    }
    out: dict[str, bytes] = {}
    for i in range(n):
        ext = ("pdf", "html", "txt")[i % 3]
        data = bytearray(bases[ext])
        for _ in range(rng.randint(1, 8)):
            pos = rng.randrange(len(data))
            op = rng.random()
            if op < 0.6:
                data[pos] = rng.randrange(256)
            elif op < 0.8:
                del data[pos : pos + rng.randint(1, 40)]
            else:
                data[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 20)))
        out[f"m{i:03d}.{ext}"] = bytes(data)
    return out


def test_hundreds_of_mutated_documents_never_stop_ingestion(tmp_path, monkeypatch):
    """H1: 210 byte-mutated PDFs, HTML pages and BOM texts beside the five seeds; the seeds are
    written, every mutant is a document (ok or rejected with a reason), nothing raises."""
    from integra.warehousing.ingest import ingest_cities

    p, raw = _env(tmp_path, monkeypatch)
    mutants = _mutants(random.Random(17), 210)
    for name, data in mutants.items():
        (raw / "gdynia" / name).write_bytes(data)
    summary = ingest_cities(p, raw)
    assert summary.extracted == 215 and summary.skipped == []
    rows = dict(_table(p, "select source_file, status from raw.documents"))
    assert all(rows[s.relative_to(ROOT / "raw_samples").as_posix()] == "ok" for s in SEEDS)
    rejected = _table(p, "select source_file, reason from raw.quarantine")
    assert len(rejected) == summary.rejected
    assert all(reason for _, reason in rejected)


# ----------------------------------------------------------------------------- the whole refresh


def test_refresh_publishes_the_samples_beside_three_hostile_files(tmp_path):
    """'Done when': the samples plus a PDF bomb, a BOM text with a bad byte, and `<div/x>` x 300,000
    publish in one refresh, and the three rejected files are named."""
    raw = tmp_path / "raw"
    shutil.copytree(ROOT / "raw_samples", raw)
    (raw / "torun" / "bomb.pdf").write_bytes(pdf_bomb())
    data = bytearray(b"\xef\xbb\xbf" + "Ogłoszenie".encode() + b" o naborze " * 30)
    data[40] = 0xFF
    (raw / "gdynia" / "bom.txt").write_bytes(bytes(data))
    (raw / "szczecin" / "deep.html").write_bytes(div_slash_html())
    env = {
        **os.environ,
        "INTEGRA_HOME": str(tmp_path / "home"),
        "INTEGRA_RAW": str(raw),
        "INTEGRA_EXTRACT_TIME_LIMIT": "5",
    }
    env.pop("INTEGRA_CITY_REGISTRY", None)
    t0 = time.monotonic()
    r = subprocess.run(
        [str(Path(sys.executable).with_name("integra")), "refresh", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    elapsed = time.monotonic() - t0
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    out = json.loads(r.stdout)
    assert out["status"] == "published"
    rejected = dict(out["ingest"]["rejected_files"])
    assert set(rejected) == {"torun/bomb.pdf", "gdynia/bom.txt", "szczecin/deep.html"}
    assert "decompression bomb" in rejected["torun/bomb.pdf"]
    assert "nested 300000 levels" in rejected["szczecin/deep.html"]
    published = duckdb.connect(
        str(tmp_path / "home" / "published" / "current.duckdb"), read_only=True
    )
    try:
        docs = dict(published.execute("select source_file, status from fct_documents").fetchall())
    finally:
        published.close()
    assert {s.relative_to(ROOT / "raw_samples").as_posix() for s in SEEDS} <= {
        k for k, v in docs.items() if v == "ok"
    }
    assert (
        out["row_counts"]["fct_projects"] >= 4
    )  # the samples' projects (two Włocławek documents: one project)
    assert elapsed < 300
