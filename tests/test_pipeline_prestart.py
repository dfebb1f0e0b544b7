"""How many extraction workers `integra refresh` warms while Dagster loads
(orchestration/pipeline.py `_workers_to_prestart`, issue 15): one per core for a first refresh
or a fetch, else as many as the files changed since the publication (at least one, at most one
per core). One changed document among 100,000 warmed two workers and used one."""

from __future__ import annotations

import os
from pathlib import Path

from integra.settings import paths
from integra.warehousing.landing import CityListing, LandedFile, Landing
from orchestration.pipeline import _workers_to_prestart


def _landing(mtimes: list[int]) -> Landing:
    files = [
        LandedFile("torun", f"torun/{i}.txt", f"/raw/torun/{i}.txt", 10, ns)
        for i, ns in enumerate(mtimes)
    ]
    return Landing("/raw", "d", len(files), {"torun": CityListing(files=files)})


def _published(tmp_path: Path, monkeypatch, ns: int | None) -> object:
    monkeypatch.setenv("INTEGRA_HOME", str(tmp_path / "home"))
    p = paths()
    if ns is not None:
        p.published_db.parent.mkdir(parents=True)
        p.published_db.write_bytes(b"x")
        os.utime(p.published_db, ns=(ns, ns))
    return p


def _snapshot(mtimes: list[int], listing: bool = True) -> dict:
    landing = _landing(mtimes)
    return {"files": landing.files, "listing": landing if listing else None}


def test_one_changed_file_warms_one_worker(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    p = _published(tmp_path, monkeypatch, 1_000)
    assert _workers_to_prestart(p, _snapshot([10, 20, 1_500, 30])) == 1


def test_nothing_changed_by_mtime_still_warms_one(tmp_path, monkeypatch):
    """A file landed with an older mtime (cp -p) or an extractor upgrade: one warm worker, the
    pool starts the others."""
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    p = _published(tmp_path, monkeypatch, 1_000)
    assert _workers_to_prestart(p, _snapshot([10, 20, 30])) == 1


def test_several_changed_files_warm_one_per_core(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    p = _published(tmp_path, monkeypatch, 1_000)
    assert _workers_to_prestart(p, _snapshot([1_000, 20, 2_000, 3_000])) == 2
    monkeypatch.setattr(os, "cpu_count", lambda: 8)
    assert _workers_to_prestart(p, _snapshot([1_000, 20, 2_000, 3_000])) == 3


def test_first_refresh_or_fetch_warms_one_per_core(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    p = _published(tmp_path, monkeypatch, None)  # nothing published
    assert _workers_to_prestart(p, _snapshot([10, 20, 30])) == 2
    assert _workers_to_prestart(p, _snapshot([10])) == 1
    p = _published(tmp_path / "b", monkeypatch, 1_000)
    assert _workers_to_prestart(p, _snapshot([10, 20, 30], listing=False)) == 2  # --fetch
    assert _workers_to_prestart(p, None) == 0  # the walk failed: the job's scan reports it
    assert _workers_to_prestart(p, _snapshot([])) == 0
