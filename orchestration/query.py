"""Read-only SQL on the published marts."""

from __future__ import annotations

from .config import paths


class QueryError(Exception):
    pass


def connect_published(path=None):
    """A read-only connection to the published file that cannot touch other files."""
    import duckdb

    p = path or paths().published_db
    if not p.exists():
        raise QueryError(
            f"nothing is published yet ({p} does not exist): run `integra refresh` first"
        )
    return duckdb.connect(
        str(p),
        read_only=True,
        config={
            "enable_external_access": False,
            "autoinstall_known_extensions": False,
            "autoload_known_extensions": False,
            "lock_configuration": True,
        },
    )


def run_query(sql: str, params: list | None = None) -> tuple[list[str], list[tuple]]:
    import duckdb

    con = connect_published()
    try:
        cur = con.execute(sql, params or [])
        if cur.description is None:
            return [], []
        columns = [d[0] for d in cur.description]
        return columns, cur.fetchall()
    except duckdb.Error as exc:
        raise QueryError(str(exc).splitlines()[0]) from None
    finally:
        con.close()
