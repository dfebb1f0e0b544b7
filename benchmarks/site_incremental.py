"""The site's second build after one changed project (issue 15, item 4, site half).

    PYTHONPATH=. .venv/bin/python benchmarks/site_incremental.py --count 1506 --count 5006

For each count: a published-style file from ``tests/published_factory.py`` (``extra_projects`` =
count - 6 synthetic projects beside the six seed ones), ``generate_site`` once, then a new
publication (version 4, a later time) with one project's title changed, and ``generate_site``
again; then a new publication (version 5) of the same data, and ``generate_site`` a third time. Prints one Markdown row per count: files, first build s, files written anew on the second
build (by inode: an unchanged file is a hard link to the previous site's), second build s, and
the project pages rendered on the second build when the generator reports it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _republish(db: Path, version: int, change_title_of: str | None) -> None:
    import duckdb

    con = duckdb.connect(str(db))
    try:
        con.execute(
            "UPDATE main.meta_publication SET version = ?, published_at = published_at + "
            "INTERVAL (?) HOUR",
            [version, version],
        )
        if change_title_of:
            con.execute(
                "UPDATE main.fct_projects SET title = coalesce(title, 'Projekt') || ' (zmieniony)' "
                "WHERE project_scope_id = ?",
                [change_title_of],
            )
    finally:
        con.close()


def _inodes(site: Path) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_ino for p in site.rglob("*") if p.is_file()}


def run(count: int, work: Path) -> str:
    from dashboards.generate import generate_site
    from tests.published_factory import GDYNIA_ID, build_published_db

    db = build_published_db(work / "current.duckdb", extra_projects=count - 6)
    site = work / "site"
    t0 = time.perf_counter()
    first = generate_site(db, site, "pl", reports_dir=work / "reports")
    t1 = time.perf_counter()
    _republish(db, 4, GDYNIA_ID)
    before = _inodes(site)
    t2 = time.perf_counter()
    second = generate_site(db, site, "pl", reports_dir=work / "reports")
    t3 = time.perf_counter()
    after = _inodes(site)
    anew = sorted(rel for rel, ino in after.items() if before.get(rel) != ino)
    rendered = getattr(second, "rendered", None)
    rendered_s = "–" if rendered is None else f"{rendered:,}"
    # a new publication whose data did not change
    _republish(db, 5, None)
    t4 = time.perf_counter()
    generate_site(db, site, "pl", reports_dir=work / "reports")
    t5 = time.perf_counter()
    again = sorted(rel for rel, ino in _inodes(site).items() if after.get(rel) != ino)
    return (
        f"| {count:,} | {first.files:,} | {t1 - t0:.1f} | {len(anew)} "
        f"({100 * len(anew) / second.files:.2f}%) | {t3 - t2:.1f} | {rendered_s} | "
        f"{len(again)}, {t5 - t4:.1f} |\n"
        f"    written anew: {', '.join(anew)}\n    unchanged data: {', '.join(again)}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, action="append", required=True)
    args = ap.parse_args()
    os.environ.pop("INTEGRA_RAW", None)
    print(
        "| projects | files | first build s | written anew (second build) | second build s | "
        "pages rendered (second) | new publication, same data: written anew, s |"
    )
    print("|---|---|---|---|---|---|---|")
    for count in args.count:
        work = Path(tempfile.mkdtemp(prefix="site-incr-"))
        try:
            print(run(count, work), flush=True)
        finally:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
