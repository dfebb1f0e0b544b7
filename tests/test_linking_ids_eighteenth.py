"""Project ids hold across a project's edits (issue 15, eighteenth session): the project key
names what identifies the project (its group: title, number or programme; its period island;
for a document that is its own project, its page), never a document version, whose id changes
with every edit of the file. A new id made every table chunk, summary page and download of the
site render again after one changed document.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb

try:
    from tests.test_incremental import (
        FURTHER_DOCUMENTS,
        _full_rebuild_beside,
        _ingest_and_run_dbt,
        home,
        mart_differences,
    )
except ImportError:  # pytest's prepend import mode puts tests/ itself on sys.path
    from test_incremental import (  # type: ignore[no-redef]
        FURTHER_DOCUMENTS,
        _full_rebuild_beside,
        _ingest_and_run_dbt,
        home,  # noqa: F401
        mart_differences,
    )

UNTITLED = (
    "Ośrodek Pomocy Społecznej w Szczecinie informuje, że w latach 2019 - 2020 realizował "
    "zadania dofinansowane ze środków Unii Europejskiej.\n\nWartość zadań wyniosła {amount} zł.\n"
)


def _linked(build: Path) -> dict[str, tuple[str, str, str]]:
    """source_file -> (document_id, project_key, project_id) of the current documents."""
    con = duckdb.connect(str(build), read_only=True)
    try:
        rows = con.execute(
            "select source_file, document_id, project_key, project_id "
            "from intermediate.int_projects_linked"
        ).fetchall()
    finally:
        con.close()
    return {r[0]: r[1:] for r in rows}


def test_project_ids_hold_across_edits_new_documents_and_a_later_project(home, tmp_path):
    import os

    raw = Path(os.environ["INTEGRA_RAW"])
    untitled = raw / "szczecin" / "010_bez_tytulu.txt"
    untitled.write_text(UNTITLED.format(amount="250 000,00"), encoding="utf-8")
    build = home.build_db
    _ingest_and_run_dbt(home.home, raw, full_refresh=True)
    first = _linked(build)
    torun = "torun/000_d62dbd5068231973.txt"
    report = "wloclawek/002_15544dd2ddf9f4a7.txt"
    # a document with no title, number or programme is its own project, keyed by its page
    assert first["szczecin/010_bez_tytulu.txt"][1] == (
        "szczecin|document|szczecin/010_bez_tytulu.txt"
    )
    assert (
        first[torun][1] == "torun|title|aktywne wlaczenie spoleczne na terenie gminy miasta torun"
    )

    # a figure edited in two documents; a final report of the Toruń project; a project of the
    # same title in a later period; an edition of the Włocławek project
    text = (raw / report).read_text(encoding="utf-8")
    (raw / report).write_text(text.replace("2 815 osób", "2 851 osób"), encoding="utf-8")
    untitled.write_text(UNTITLED.format(amount="260 000,00"), encoding="utf-8")
    for doc in FURTHER_DOCUMENTS.rglob("*.txt"):
        shutil.copy2(doc, raw / doc.relative_to(FURTHER_DOCUMENTS))
    _ingest_and_run_dbt(home.home, raw, full_refresh=False)
    second = _linked(build)

    # edited: a new document version (a new document_id), the same project id
    for sf in (report, "szczecin/010_bez_tytulu.txt"):
        assert second[sf][0] != first[sf][0], sf
        assert second[sf][2] == first[sf][2], sf
    # every document that was there keeps its project id
    for sf, (_, _, pid) in first.items():
        assert second[sf][2] == pid, sf
    # the final report joins the Toruń project (its id); the later project of the same title is
    # another project, keyed by its first start date, and leaves the earlier one's id as it was
    assert second["torun/006_informacja_koncowa.txt"][2] == first[torun][2]
    later = second["torun/007_nowy_projekt_2023.txt"]
    assert later[2] != first[torun][2]
    assert later[1] == (
        "torun|title|aktywne wlaczenie spoleczne na terenie gminy miasta torun|from|2023-01-01"
    )
    # the Włocławek edition joins its project
    assert (
        second["wloclawek/005_edycja_2012.txt"][2] == first["wloclawek/001_c261dfd9839ef175.txt"][2]
    )
    assert mart_differences(build, _full_rebuild_beside(home.home, raw, tmp_path)) == {}


def test_the_project_key_is_never_a_document_version():
    """The model's key: no branch keys a project by document_id (a version of a file)."""
    sql = (
        Path(__file__).resolve().parent.parent
        / "dbt_project"
        / "models"
        / "intermediate"
        / "int_projects_linked.sql"
    ).read_text(encoding="utf-8")
    keyed = [ln for ln in sql.splitlines() if "'|document|'" in ln]
    assert len(keyed) == 2 and all("source_file" in ln for ln in keyed)
    assert not any("document_id" in ln for ln in keyed)
    assert "islands.island > 0" in sql  # the earliest island keeps the group key
