"""Ingestion: versions, quarantine, and recovery from a corrupted build file."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent


def _env(tmp_path, monkeypatch):
    home, raw = tmp_path / "home", tmp_path / "raw"
    shutil.copytree(ROOT / "raw_samples", raw)
    monkeypatch.setenv("INTEGRA_HOME", str(home))
    monkeypatch.delenv("INTEGRA_CITY_REGISTRY", raising=False)
    from integra.settings import paths

    return paths(), raw


def test_bad_file_is_quarantined_with_its_reason(tmp_path, monkeypatch):
    from integra.warehousing.ingest import ingest_cities

    p, raw = _env(tmp_path, monkeypatch)
    (raw / "torun" / "empty.txt").write_bytes(b"")
    summary = ingest_cities(p, raw)
    assert (summary.new, summary.rejected) == (6, 1)
    con = duckdb.connect(str(p.build_db), read_only=True)
    rows = con.execute("select source_file, reason from raw.quarantine").fetchall()
    facts = con.execute("select count(distinct document_id) from raw.facts").fetchone()[0]
    con.close()
    assert rows == [("torun/empty.txt", "empty file")]
    assert facts == 5


def test_corrupted_build_file_is_moved_aside_and_rebuilt(tmp_path, monkeypatch):
    from integra.warehousing.ingest import ingest_cities

    p, raw = _env(tmp_path, monkeypatch)
    assert ingest_cities(p, raw).new == 5
    data = bytearray(p.build_db.read_bytes())
    for i in range(0, len(data), 4096):
        data[i : i + 64] = os.urandom(64)
    p.build_db.write_bytes(bytes(data))
    summary = ingest_cities(p, raw)  # no manual step
    assert summary.new == 5  # every landed document read again: nothing lost
    aside = [f.name for f in p.build_dir.iterdir() if ".corrupt-" in f.name]
    assert len(aside) == 1  # the damaged file is kept for inspection
    con = duckdb.connect(str(p.build_db), read_only=True)
    assert con.execute("select count(*) from raw.documents where is_current").fetchone()[0] == 5
    con.close()


def test_unreadable_published_file_counts_as_absent(tmp_path):
    from integra.warehousing.gate import published_row_counts
    from integra.warehousing.publish import read_publication

    bad = tmp_path / "current.duckdb"
    bad.write_bytes(b"not a database" * 1000)
    assert read_publication(bad) is None
    assert published_row_counts(bad) == {}


def test_the_walk_before_the_job_is_the_ingests_listing_and_a_later_change_is_not_lost(
    tmp_path, monkeypatch
):
    """`integra refresh` walks the landing folder once (the "nothing new" check) and the ingest
    reads that listing. A file changed after the walk is not read by that ingest (the walk saw
    it as it was), and the fingerprint recorded from that walk differs from the folder's, so the
    next refresh runs the job and reads it. A listing of another folder is not used."""
    from integra.settings import city_slugs
    from integra.warehousing.ingest import ingest_cities
    from integra.warehousing.state import quick_check_walk

    p, raw = _env(tmp_path, monkeypatch)
    slugs = city_slugs()
    _, walk = quick_check_walk(raw, slugs)
    first = ingest_cities(p, raw, workers=1, listing=walk)
    assert (first.new, first.timings["listing_reused"]) == (5, 1.0)

    recorded, walk = quick_check_walk(raw, slugs)  # the next refresh's walk, then a change
    target = sorted((raw / "gdynia").iterdir())[0]
    target.write_text(target.read_text(encoding="utf-8") + "\nDopisano.\n", encoding="utf-8")
    os.utime(target, ns=(target.stat().st_atime_ns, target.stat().st_mtime_ns + 10**9))
    during = ingest_cities(p, raw, workers=1, listing=walk)
    assert (during.changed, during.unchanged, during.timings["listing_reused"]) == (0, 5, 1.0)
    assert quick_check_walk(raw, slugs)[0] != recorded  # so the next refresh runs the job

    other = tmp_path / "other"
    shutil.copytree(raw, other)
    after = ingest_cities(p, raw, workers=1, listing=quick_check_walk(other, slugs)[1])
    assert (after.changed, after.unchanged, after.timings["listing_reused"]) == (1, 4, 0.0)
