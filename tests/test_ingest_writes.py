"""Ingestion's writes at scale (issue 15): one statement per table and batch, written by a thread
of their own while the workers extract, and exactly one row per document version whatever
happens to a file (touched, changed, changed back, removed)."""

from __future__ import annotations

import os
import threading
import time

import duckdb
import pytest

try:  # the samples copied into a new landing folder, INTEGRA_HOME beside it: one helper
    from tests.test_ingest import _env
except ModuleNotFoundError:  # tests/ on sys.path (pytest rootdir-less import)
    from test_ingest import _env

DOC = "torun/000_d62dbd5068231973.txt"


def _rows(p, sql, params=()):
    con = duckdb.connect(str(p.build_db), read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


def _counts(s) -> tuple[int, int, int, int, int]:
    return (s.new, s.changed, s.unchanged, s.removed, s.extracted)


def test_touched_changed_changed_back_and_removed_files_keep_one_row_per_version(
    tmp_path, monkeypatch
):
    from integra.warehousing.ingest import ingest_cities

    p, raw = _env(tmp_path, monkeypatch)
    doc = raw / DOC
    original = doc.read_bytes()
    assert _counts(ingest_cities(p, raw)) == (5, 0, 0, 0, 5)
    (first_id, first_facts), *_ = _rows(
        p,
        "select d.document_id, count(f.field) from raw.documents d join raw.facts f "
        "using (document_id) where source_file = ? group by 1",
        [DOC],
    )
    assert first_facts > 5

    # touched: same bytes, a new mtime -> hashed once, not extracted, the new mtime recorded
    st = doc.stat()
    os.utime(doc, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    touched = ingest_cities(p, raw)
    assert _counts(touched) == (0, 0, 5, 0, 0)
    assert touched.timings["workers"] == 1  # the one file whose stat changed was opened
    assert _rows(p, "select mtime_ns from raw.documents where document_id = ?", [first_id]) == [
        (st.st_mtime_ns + 5_000_000_000,)
    ]
    again = ingest_cities(p, raw)
    assert _counts(again) == (0, 0, 5, 0, 0) and again.timings["workers"] == 0

    # changed, then changed back to the first bytes: the first version is current again, once
    doc.write_bytes(original + "\nOśrodek zaktualizował opis projektu.\n".encode())
    assert _counts(ingest_cities(p, raw)) == (0, 1, 4, 0, 1)
    doc.write_bytes(original)
    os.utime(doc, ns=(st.st_atime_ns, st.st_mtime_ns + 9_000_000_000))
    assert _counts(ingest_cities(p, raw)) == (0, 1, 4, 0, 1)
    versions = _rows(
        p,
        "select document_id, is_current from raw.documents where source_file = ? order by 2",
        [DOC],
    )
    assert len(versions) == 2 and versions[1] == (first_id, True)
    assert _rows(p, "select count(*) from raw.facts where document_id = ?", [first_id]) == [
        (first_facts,)
    ]
    assert _rows(p, "select count(*) from raw.documents where document_id = ?", [first_id]) == [
        (1,)
    ]

    # removed: the version is kept, no longer current
    doc.unlink()
    assert _counts(ingest_cities(p, raw)) == (0, 0, 4, 1, 0)
    assert _rows(p, "select count(*) from raw.documents where is_current") == [(4,)]
    assert _rows(p, "select is_current from raw.documents where document_id = ?", [first_id]) == [
        (False,)
    ]


def test_a_batch_that_cannot_be_written_stops_ingestion_with_its_error_and_keeps_the_others(
    tmp_path, monkeypatch
):
    import integra.warehousing.ingest as ingest_mod

    p, raw = _env(tmp_path, monkeypatch)
    real = ingest_mod._write_batch
    calls = []

    def second_fails(con, batch):
        calls.append(len(batch.documents))
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real(con, batch)

    monkeypatch.setattr(ingest_mod, "WRITE_BATCH_DOCUMENTS", 2)
    monkeypatch.setattr(ingest_mod, "_write_batch", second_fails)
    with pytest.raises(OSError, match="No space left on device"):
        ingest_mod.ingest_cities(p, raw, workers=1)
    assert calls == [2, 2]  # nothing written after the failure
    assert _rows(p, "select count(*) from raw.documents") == [(2,)]
    monkeypatch.setattr(ingest_mod, "_write_batch", real)
    after = ingest_mod.ingest_cities(p, raw)
    assert _counts(after) == (3, 0, 2, 0, 3)
    assert _rows(p, "select count(*), count(distinct document_id) from raw.documents") == [(5, 5)]


def test_workers_are_fed_while_a_batch_is_written(tmp_path, monkeypatch):
    """Writing never stalls extraction: results keep arriving while DuckDB writes a batch."""
    import integra.warehousing.ingest as ingest_mod

    p, raw = _env(tmp_path, monkeypatch)
    real_write, real_run = ingest_mod._write_batch, ingest_mod.run_isolated
    writing = threading.Event()
    during_first_write = []

    def slow_write(con, batch):
        writing.set()
        time.sleep(1.5)
        real_write(con, batch)
        writing.clear()

    def watched(jobs, workers=None, **kw):
        for item in real_run(jobs, workers, **kw):
            if writing.is_set():
                during_first_write.append(item[0])
            yield item

    monkeypatch.setattr(ingest_mod, "WRITE_BATCH_DOCUMENTS", 1)
    monkeypatch.setattr(ingest_mod, "_write_batch", slow_write)
    monkeypatch.setattr(ingest_mod, "run_isolated", watched)
    summary = ingest_mod.ingest_cities(p, raw, workers=1)
    assert _counts(summary) == (5, 0, 0, 0, 5)
    assert len(during_first_write) >= 2, during_first_write
    assert summary.timings["writing_s"] >= 5 * 1.5
    assert _rows(p, "select count(*) from raw.documents where is_current") == [(5,)]


def test_a_changed_extractor_reads_the_unchanged_documents_again_once(tmp_path, monkeypatch):
    """An upgrade's better rules reach the documents landed before it: a document read by
    another extractor is read again (same bytes, same document id, one row), then left alone."""
    from integra.warehousing import ingest
    from integra.warehousing.ingest import ingest_cities

    p, raw = _env(tmp_path, monkeypatch)
    first = ingest_cities(p, raw)
    assert _counts(first) == (5, 0, 0, 0, 5) and first.reextracted == 0
    before = _rows(
        p,
        "select d.document_id, d.extractor_version, count(f.field) from raw.documents d "
        "join raw.facts f using (document_id) group by 1, 2 order by 1",
    )
    assert len(before) == 5 and {v for _, v, _ in before} == {ingest.extractor_identity()}
    assert _counts(ingest_cities(p, raw)) == (0, 0, 5, 0, 0)  # the same extractor: nothing read

    monkeypatch.setattr(ingest, "extractor_identity", lambda: "9.9.9+changedrules")
    again = ingest_cities(p, raw)
    assert _counts(again) == (0, 0, 0, 0, 5) and again.reextracted == 5
    after = _rows(
        p,
        "select d.document_id, d.extractor_version, count(f.field) from raw.documents d "
        "join raw.facts f using (document_id) group by 1, 2 order by 1",
    )
    # the same documents, each once, now marked as read by the new extractor, no fact twice
    assert [(i, n) for i, _, n in after] == [(i, n) for i, _, n in before]
    assert {v for _, v, _ in after} == {"9.9.9+changedrules"}
    assert _rows(p, "select count(*), count(*) filter (where is_current) from raw.documents") == [
        (5, 5)
    ]
    steady = ingest_cities(p, raw)
    assert _counts(steady) == (0, 0, 5, 0, 0) and steady.reextracted == 0


def test_the_extractor_identity_follows_its_rules_and_vocabulary(tmp_path, monkeypatch):
    import shutil

    from integra import settings as settings_mod
    from integra.warehousing import state

    root = tmp_path / "repo"
    shutil.copytree(
        settings_mod.REPO_ROOT / "integra" / "extract",
        root / "integra" / "extract",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    monkeypatch.setattr(settings_mod, "REPO_ROOT", root)
    state.extractor_identity.cache_clear()
    try:
        base = state.extractor_identity()
        version, digest = base.split("+")
        assert version == "1.0.0" and len(digest) == 12
        (root / "integra" / "extract" / "data" / "GAZETTEER.md").write_text("notes only")
        state.extractor_identity.cache_clear()
        assert state.extractor_identity() == base  # notes are not rules
        roles = root / "integra" / "extract" / "data" / "roles.yaml"
        roles.write_text(roles.read_text(encoding="utf-8") + "\n# one more word\n")
        state.extractor_identity.cache_clear()
        changed = state.extractor_identity()
        assert changed != base and changed.startswith("1.0.0+")
        assert state._extractor_version() == changed  # what the inputs' digest hashes
    finally:
        state.extractor_identity.cache_clear()
