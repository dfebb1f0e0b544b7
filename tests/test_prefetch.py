"""The page cache warmed at the start of a refresh with work (integra/warehousing/prefetch.py):
every byte of the build and published files asked for, nothing read into Python, nothing
changed, nothing that can fail the refresh; `integra refresh` asks for both files only when it
has work and is not forced."""

from __future__ import annotations

import hashlib
import os

import pytest

from integra.warehousing import prefetch as pf

needs_fadvise = pytest.mark.skipif(
    not hasattr(os, "posix_fadvise"), reason="posix_fadvise is Linux's"
)


@needs_fadvise
def test_every_byte_is_asked_for_and_the_file_is_unchanged(tmp_path, monkeypatch):
    a, b = tmp_path / "a.duckdb", tmp_path / "b.duckdb"
    a.write_bytes(os.urandom(3 * pf.RANGE_BYTES + 5))
    b.write_bytes(b"")
    before = hashlib.sha256(a.read_bytes()).hexdigest()
    asked: list[tuple[int, int]] = []
    real = os.posix_fadvise

    def advise(fd, offset, length, advice):
        assert advice == os.POSIX_FADV_WILLNEED
        asked.append((offset, length))
        return real(fd, offset, length, advice)

    monkeypatch.setattr(os, "posix_fadvise", advise)
    assert pf.prefetch_now([a, b]) == a.stat().st_size
    # the whole file, a range at a time
    assert [o for o, _ in asked] == [0, pf.RANGE_BYTES, 2 * pf.RANGE_BYTES, 3 * pf.RANGE_BYTES]
    assert hashlib.sha256(a.read_bytes()).hexdigest() == before


def test_missing_unreadable_and_odd_paths_are_skipped(tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    assert pf.prefetch_now([tmp_path / "missing.duckdb", folder]) == 0
    pf.prefetch([tmp_path / "missing.duckdb"]).join(5)


def test_without_fadvise_nothing_is_done(tmp_path, monkeypatch):
    f = tmp_path / "x.duckdb"
    f.write_bytes(b"x" * 100)
    monkeypatch.delattr(os, "posix_fadvise", raising=False)
    assert pf.prefetch_now([f]) == 0


def test_the_thread_never_raises(tmp_path, monkeypatch):
    f = tmp_path / "x.duckdb"
    f.write_bytes(b"x" * 100)

    def broken(*_args):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "posix_fadvise", broken)
    errors: list[object] = []
    monkeypatch.setattr("threading.excepthook", errors.append)
    pf.prefetch([f]).join(5)
    assert errors == []
    assert f.read_bytes() == b"x" * 100


class _Stop(Exception):
    pass


@pytest.mark.parametrize("force", [False, True])
def test_a_refresh_with_work_reads_ahead_both_files_unless_forced(tmp_path, monkeypatch, force):
    from integra.extract import isolation
    from integra.settings import paths
    from orchestration import pipeline

    monkeypatch.setenv("INTEGRA_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("INTEGRA_RAW", str(tmp_path / "raw"))
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home" / "dagster"))
    asked: list[list[object]] = []
    monkeypatch.setattr(pf, "prefetch", lambda files: asked.append(list(files)))
    monkeypatch.setattr(pipeline, "_before_the_job", lambda p, **kw: (None, None))

    def stop(*_args):
        raise _Stop  # the refresh goes no further than its early starts

    monkeypatch.setattr(isolation, "prestart", stop)
    with pytest.raises(_Stop):
        pipeline.run_refresh(force=force)
    p = paths()
    assert asked == ([] if force else [[p.build_db, p.published_db]])


def test_nothing_new_reads_nothing_ahead(tmp_path, monkeypatch):
    from orchestration import pipeline

    monkeypatch.setenv("INTEGRA_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("INTEGRA_RAW", str(tmp_path / "raw"))  # missing: stops before the job
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home" / "dagster"))
    asked: list[object] = []
    monkeypatch.setattr(pf, "prefetch", lambda files: asked.append(files))
    outcome = pipeline.run_refresh()
    assert not outcome.success and "does not exist" in outcome.message
    assert asked == []
