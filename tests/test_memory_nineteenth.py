"""Nineteenth session, memory: the site's frames are read as Arrow batches, project pages are
rendered in slices, and the downloads' parts are rendered a few cities at a time; each gives the
bytes of the whole read at once."""

from __future__ import annotations

import io

import duckdb
import pytest

from dashboards import generate


@pytest.fixture
def con():
    c = duckdb.connect(":memory:")
    # 5,000 rows: three batches of 2,048 at one vector per batch; what pandas decides per column
    # (nullable or plain ints, dates only or times, a seconds' fraction) differs between batches
    c.execute(
        """
        CREATE TABLE main.t AS
        SELECT
            i AS k,
            CASE WHEN i >= 4500 AND i % 7 = 0 THEN NULL ELSE i END::INTEGER AS late_null_int,
            CASE WHEN i < 2048 THEN NULL ELSE i * 1.5 END::DOUBLE AS early_null_double,
            CASE WHEN i % 3 = 0 THEN NULL ELSE i % 2 = 0 END AS flag,
            DATE '2020-01-01' + (i % 400)::INTEGER AS day,
            CASE WHEN i < 4096 THEN TIMESTAMP '2021-03-01' + INTERVAL (i) DAY
                 ELSE TIMESTAMP '2021-03-01 10:11:12' + INTERVAL (i) DAY END AS ts_late_time,
            CASE WHEN i = 4999 THEN TIMESTAMP '2021-03-01 10:11:12.000250'
                 WHEN i % 5 = 0 THEN NULL
                 ELSE TIMESTAMP '2021-03-01 10:11:12' END AS ts_late_micro,
            CASE WHEN i = 10 THEN TIMESTAMP '2021-03-01 10:11:12.250' ELSE TIMESTAMP '2022-01-01'
                 END AS ts_early_milli,
            CASE WHEN i % 4 = 0 THEN '=SUM(A1:A2)' WHEN i % 4 = 1 THEN 'Łódź, "cytat"'
                 WHEN i % 4 = 2 THEN NULL ELSE 'wiersz
drugi' END AS txt
        FROM range(5000) r(i)
        """
    )
    yield c
    c.close()


# --- site frames read as Arrow batches (dashboards/data.py read_sql_frame) ---------------------


def test_frames_read_in_batches_equal_duckdbs_df(con, monkeypatch):
    from dashboards import data

    con.execute(
        "CREATE TABLE main.m AS SELECT *, (k * 0.25)::DECIMAL(12, 2) AS amount, "
        "CASE WHEN k % 9 = 0 THEN NULL ELSE 'miasto ' || (k % 3) END AS city FROM main.t"
    )
    monkeypatch.setattr(data, "FRAME_BATCH_ROWS", 1_000)
    sql = "SELECT * FROM main.m ORDER BY k"
    got, want = data.read_sql_frame(con, sql), con.execute(sql).df()
    import pandas as pd

    pd.testing.assert_frame_equal(got, want, check_exact=True)
    assert list(got.dtypes) == list(want.dtypes)
    # a nullable integer column stays DuckDB's Int32 though its nulls are in the last batches only
    assert str(got["late_null_int"].dtype) == "Int32"
    assert got["flag"].dtype == want["flag"].dtype
    for c in ("txt", "city"):
        assert [type(v) for v in got[c]] == [type(v) for v in want[c]]  # None for NULL, str
    # one object per distinct text of a batch (not one per cell)
    first = got["city"].iloc[:1_000].dropna().tolist()
    assert len({id(v) for v in first}) == len(set(first)) == 3


def test_an_empty_frame_has_duckdbs_columns_and_types(con):
    from dashboards import data

    sql = "SELECT k, day, txt, flag FROM main.t WHERE false"
    got, want = data.read_sql_frame(con, sql), con.execute(sql).df()
    assert list(got.columns) == ["k", "day", "txt", "flag"] and len(got) == 0
    assert list(got.dtypes) == list(want.dtypes)


def test_read_frame_leaves_an_open_result_of_the_connection_alone(con):
    from dashboards import data

    con.execute("SELECT k FROM main.t ORDER BY k")
    first = con.fetchone()
    frame = data.read_sql_frame(con, "SELECT txt FROM main.t ORDER BY k LIMIT 2")
    assert first == (0,)
    assert frame["txt"].tolist() == ["=SUM(A1:A2)", 'Łódź, "cytat"']  # as stored (not inert)
    assert con.fetchone() == (1,)  # the connection's own result is still there


# --- project pages rendered in slices (dashboards/generate.py RENDER_SLICE) --------------------


def _files(site):
    return {
        p.relative_to(site).as_posix(): p.read_bytes()
        for p in site.rglob("*")
        if p.is_file() and p.name != generate.HASHES_FILE
    }


def test_pages_rendered_in_slices_equal_pages_rendered_at_once(tmp_path, monkeypatch):
    try:
        from tests.published_factory import build_published_db
    except ImportError:
        from published_factory import build_published_db

    db = build_published_db(tmp_path / "current.duckdb", extra_projects=40)
    whole = generate.generate_site(db, tmp_path / "whole", reports_dir=tmp_path)
    monkeypatch.setattr(generate, "RENDER_SLICE", 3)
    sliced = generate.generate_site(db, tmp_path / "sliced", reports_dir=tmp_path)
    assert sliced.project_pages == whole.project_pages > 40
    a, b = _files(tmp_path / "whole"), _files(tmp_path / "sliced")
    assert a.keys() == b.keys()
    assert [k for k in a if a[k] != b[k]] == []
    assert sum(1 for k in a if "/projects/" in f"/{k}") >= 40


def test_downloads_rendered_a_few_cities_at_a_time_equal_one_read(tmp_path, monkeypatch):
    import dashboards.downloads as dl

    try:
        from tests.published_factory import build_published_db
    except ImportError:
        from published_factory import build_published_db

    db = build_published_db(tmp_path / "current.duckdb", extra_projects=40)
    reads: list[int] = []
    real = dl._render_parts

    def counted(con, table, columns, types, todo, split):
        reads.append(len(todo))
        return real(con, table, columns, types, todo, split)

    monkeypatch.setattr(dl, "_render_parts", counted)
    generate.generate_site(db, tmp_path / "once", reports_dir=tmp_path)
    once = len(reads)
    reads.clear()
    monkeypatch.setattr(dl, "RENDER_ROWS", 1)  # every city's part read on its own
    generate.generate_site(db, tmp_path / "apart", reports_dir=tmp_path)
    assert len(reads) > once and max(reads) == 1
    a, b = _files(tmp_path / "once"), _files(tmp_path / "apart")
    downloads = [k for k in a if k.startswith("downloads/")]
    assert len(downloads) >= 6
    assert [k for k in downloads if a[k] != b.get(k)] == []
    with duckdb.connect(str(db), read_only=True) as con:
        (n,) = con.execute("SELECT count(*) FROM fct_projects").fetchone()
    assert _csv_lines(a["downloads/projects.csv"]) == n + 1


def _csv_lines(data: bytes) -> int:
    import csv

    return sum(1 for _ in csv.reader(io.StringIO(data.decode("utf-8"))))
