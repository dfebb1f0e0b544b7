"""Publication writes the column comments and the metadata tables in one transaction each (issue
15: DuckDB committed and synced each of ~200 statements): every comment and metadata row is
there, and a failure inside either transaction publishes nothing and leaves the last good
version current and readable."""

from __future__ import annotations

import hashlib
import json

import pytest

try:
    from tests import marts_factory as mf
except ImportError:  # pytest's prepend import mode puts tests/ itself on sys.path
    import marts_factory as mf

from integra.warehousing import publish as publish_module
from integra.warehousing.contract import contract
from integra.warehousing.publish import list_versions, open_published_readonly, publish


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_comment_and_metadata_row_is_published(home):
    b = mf.build_marts_db(home.build_db, contradicting=True)
    publish(b, gate_result=mf.passing_gate_result(b, run_id="gate-1"), run_id="refresh-1")
    marts = contract()
    with open_published_readonly() as con:
        comments = {
            (t, c): json.loads(x)
            for t, c, x in con.execute(
                "SELECT table_name, column_name, comment FROM duckdb_columns() "
                "WHERE schema_name = 'main' AND comment IS NOT NULL"
            ).fetchall()
        }
        published = set(
            con.execute(
                "SELECT table_name, column_name FROM duckdb_columns() WHERE schema_name = 'main' "
                "AND table_name NOT LIKE 'meta_%'"
            ).fetchall()
        )
        meta = con.execute("SELECT version, run_id FROM meta_publication").fetchall()
        gate_rows = con.execute("SELECT count(*) FROM meta_gate_results").fetchone()[0]
        quarantine = con.execute("SELECT count(*) FROM meta_quarantine").fetchone()[0]
    expected = {
        (m, col.name): {
            k: v
            for k, v in {
                "description": col.description,
                "label_pl": col.label_pl,
                "label_en": col.label_en,
            }.items()
            if v
        }
        for m in marts
        for col in marts[m].columns
        if (m, col.name) in published
    }
    assert expected and comments == expected
    assert meta == [(1, "refresh-1")] and gate_rows == 1 and quarantine == 1


@pytest.mark.parametrize("where", ["comments", "metadata"])
def test_a_failure_inside_a_transaction_keeps_the_last_good_version(home, monkeypatch, where):
    first = publish(
        mf.build_marts_db(home.build_db), gate_result=mf.passing_gate_result(home.build_db)
    )
    before = _sha(home.published_db)
    with open_published_readonly() as con:
        projects = con.execute("SELECT count(*) FROM fct_projects").fetchone()[0]
    b = mf.build_marts_db(home.build_db, extra_projects=2)
    calls = {"n": 0}
    if where == "comments":
        real = publish_module._sql_str

        def failing(value: str) -> str:  # the 30th comment fails
            calls["n"] += 1
            if calls["n"] == 30:
                raise OSError(28, "No space left on device")
            return real(value)

        monkeypatch.setattr(publish_module, "_sql_str", failing)
    else:

        def failing_quarantine(con) -> None:
            con.execute("CREATE TABLE main.meta_quarantine (document_id VARCHAR)")
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(publish_module, "_quarantine_rows", failing_quarantine)
    with pytest.raises(OSError, match="No space left"):
        publish(b, gate_result=mf.passing_gate_result(b))
    assert _sha(home.published_db) == before
    assert [v.version for v in list_versions()] == [first.version]
    assert not [f for f in home.published_dir.rglob("*") if ".tmp" in f.name]
    with open_published_readonly() as con:
        assert con.execute("SELECT version FROM meta_publication").fetchall() == [(1,)]
        assert con.execute("SELECT count(*) FROM fct_projects").fetchone()[0] == projects
    # the next publication works
    monkeypatch.undo()
    monkeypatch.setenv("INTEGRA_HOME", str(home.home))
    v = publish(b, gate_result=mf.passing_gate_result(b))
    assert v.version == 2 and v.is_current
