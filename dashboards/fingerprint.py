"""Input fingerprints of the site's files: a page is rendered again only when they change.

A file's fingerprint is a hash of exactly what it shows (its rows from the published marts, in
the order the generator reads them, plus the page's own context: language, links, the landing
folder its source links point into) and of the generator's version (``code_version``: the
source of every module and static file of ``dashboards/``, ``integra/output.py``, and the
versions of Python and of the libraries that shape the bytes). The fingerprints are kept beside
the site in ``.site-hashes.json`` (written last, swapped in with the site); a file whose
fingerprint equals the previous site's is hard-linked from it without being rendered.
"""

from __future__ import annotations

import hashlib
import sys
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

import pandas as pd

#: Bump to re-render every page whatever the code hash says (e.g. a fingerprint's meaning changed).
FINGERPRINT_FORMAT = 5  # 4: a project page by digests of its rows computed in DuckDB; 5: its
# groups and instruments by hashes of each row with its place (data._rows_in_order_digests)

_LIBRARIES = ("duckdb", "pandas", "numpy", "plotly", "openpyxl")


def digest(*parts: Any) -> str:
    """A short hash of ``repr(parts)``: stable for the same values of the same types (the rows
    DuckDB returns are Python ints, floats, strings, dates, None)."""
    return hashlib.blake2b(repr(parts).encode("utf-8"), digest_size=16).hexdigest()


def code_files() -> list[Path]:
    """The files whose bytes are the generator's version: every module and static file of
    ``dashboards/`` (i18n.py holds the page texts, html.py the template) and integra/output.py
    (the text cleaning of the downloads)."""
    import integra.output

    package = Path(__file__).resolve().parent
    files = sorted(package.glob("*.py")) + sorted((package / "static").iterdir())
    return [f for f in files if f.is_file()] + [Path(integra.output.__file__).resolve()]


@lru_cache(maxsize=1)
def code_version() -> str:
    """The generator's version: ``code_files`` and the versions of Python and the libraries
    that shape the bytes. Any change re-renders every page of the next build."""
    h = hashlib.blake2b(digest_size=16)
    h.update(f"format {FINGERPRINT_FORMAT}\n{sys.version}\n".encode())
    for lib in _LIBRARIES:
        try:
            h.update(f"{lib} {metadata.version(lib)}\n".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{lib} -\n".encode())
    for f in code_files():
        h.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()


def frame_digest(df: pd.DataFrame) -> str:
    """A hash of a frame's columns, types and values in row order."""
    h = hashlib.blake2b(digest_size=16)
    h.update(repr((list(df.columns), [str(t) for t in df.dtypes], len(df))).encode())
    try:
        h.update(pd.util.hash_pandas_object(df, index=False).values.tobytes())
    except TypeError:  # unhashable cells (lists): their text instead
        h.update(repr(df.astype(object).values.tolist()).encode("utf-8"))
    return h.hexdigest()


def table_digest(con: Any, table: str) -> str:
    """A hash of a published table's columns, types and rows (as a multiset: the downloads are
    written in a data-derived order, ORDER BY ALL), computed in DuckDB without reading it."""
    cols = con.execute(
        "SELECT column_name, data_type FROM duckdb_columns() WHERE schema_name = 'main' "
        "AND database_name = current_database() AND table_name = ? ORDER BY column_index",
        [table],
    ).fetchall()
    n, total = con.execute(
        f'SELECT count(*), coalesce(sum(hash(integra_site_row__)), 0)::VARCHAR FROM main."{table}"'
        " AS integra_site_row__"
    ).fetchone()
    return digest(table, cols, n, total)
