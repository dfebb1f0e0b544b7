"""Nineteenth session, memory: the site's downloads are read and written in batches, and their
bytes are those of the whole table written at once (the former way: one frame, one CSV string,
one sheet XML string)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import duckdb
import pytest

from dashboards import generate
from dashboards.generate import _make_inert, download_bytes
from dashboards.xlsx import XlsxSheet, xlsx_bytes


def _whole(con: duckdb.DuckDBPyConnection, table: str) -> tuple[bytes, bytes]:
    """The downloads as the eighteenth session wrote them: the whole table in one frame."""
    df = con.execute(f'SELECT * FROM main."{table}" ORDER BY ALL').df()
    _make_inert(df)
    return df.to_csv(index=False).encode("utf-8"), xlsx_bytes(df, table[:31])


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


def test_batched_downloads_equal_the_whole_table_written_at_once(con, monkeypatch):
    monkeypatch.setattr(generate, "DOWNLOAD_BATCH_VECTORS", 1)
    csv_data, xlsx_data = download_bytes(con, "t")
    ref_csv, ref_xlsx = _whole(con, "t")
    assert csv_data == ref_csv
    assert xlsx_data == ref_xlsx
    lines = csv_data.decode().splitlines()
    assert lines[0].startswith("k,late_null_int,early_null_double,flag,day,ts_late_time")
    # the whole table's formats hold in every batch: a time on the late rows gives every row
    # its time, a fraction on one row gives every row the fraction
    assert "2021-03-02 00:00:00," in csv_data.decode()
    assert "2021-03-01 10:11:12.000000" in csv_data.decode()
    assert "2022-01-01 00:00:00.000" in csv_data.decode()
    assert "'=SUM(A1:A2)" in csv_data.decode()  # text made inert


def test_default_batches_and_one_batch_agree(con, monkeypatch):
    a = download_bytes(con, "t")
    monkeypatch.setattr(generate, "DOWNLOAD_BATCH_VECTORS", 3)
    assert download_bytes(con, "t") == a


def test_an_empty_table_has_its_header_only(con):
    con.execute("CREATE TABLE main.e AS SELECT * FROM main.t WHERE false")
    csv_data, xlsx_data = download_bytes(con, "e")
    ref_csv, ref_xlsx = _whole(con, "e")
    assert csv_data == ref_csv and xlsx_data == ref_xlsx
    assert csv_data.decode().count("\n") == 1


def test_only_the_files_asked_for(con):
    csv_data, xlsx_data = download_bytes(con, "t", csv=False)
    assert csv_data is None and xlsx_data is not None
    csv_data, xlsx_data = download_bytes(con, "t", xlsx=False)
    assert xlsx_data is None and csv_data is not None


def test_xlsx_sheet_in_pieces_equals_the_frame_at_once(con):
    df = con.execute("SELECT * FROM main.t ORDER BY ALL").df()
    sheet = XlsxSheet(list(df.columns), "t")
    for start in range(0, len(df), 777):
        sheet.add(df.iloc[start : start + 777])
    data = sheet.close()
    assert data == xlsx_bytes(df, "t")
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert xml.count("<row ") == 5001
    assert '<row r="5001">' in xml
    # a date is a serial day number (DuckDB's DATE reaches pandas as a timestamp)
    assert (dt.date(2020, 1, 1) - dt.date(1899, 12, 30)).days == 43831
    assert '<c r="E2" s="2"><v>43831.0</v></c>' in xml


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
