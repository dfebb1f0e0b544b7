"""Pieces of the scale benchmark that work on a finished INTEGRA_HOME (see benchmarks/run.py).

- `sql_floor`: the same dbt models rebuilt by plain DuckDB SQL in this one process (no dbt, no
  Dagster, no tests, no gate) from the extracted facts already in the build file, then the marts
  copied into a new file (the work publication does); the pipeline's overhead is given against it.
- `site_size` and `site_load_times`: the dashboards' size on disk and their load time in headless
  Chromium (Debian's chromium + chromium-driver, file://, network off).
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from pathlib import Path


def _models_in_order(manifest: dict) -> list[dict]:
    models = {
        uid: n
        for uid, n in manifest["nodes"].items()
        if n["resource_type"] == "model" and n.get("config", {}).get("enabled", True)
    }
    order: list[str] = []
    seen: set[str] = set()

    def visit(uid: str) -> None:
        if uid in seen:
            return
        seen.add(uid)
        for dep in models[uid]["depends_on"]["nodes"]:
            if dep in models:
                visit(dep)
        order.append(uid)

    for uid in sorted(models):
        visit(uid)
    return [models[u] for u in order]


def _was_full_refresh(manifest: Path) -> bool:
    """Whether the run built every model from scratch (the pipeline passes `--full-refresh` to
    every build that is not incremental): an incremental run's compiled SQL reads the model's
    own table and this run's rows only."""
    try:
        results = json.loads((manifest.parent / "run_results.json").read_text())
    except (OSError, ValueError):
        return False
    return bool(results.get("args", {}).get("full_refresh"))


def latest_run_manifest(home: Path) -> Path:
    """The manifest of the last `dbt build` that rebuilt every model (it holds each model's
    compiled SQL without the incremental filters); the last build if none did."""
    runs = sorted(
        (home / "dbt" / "target").glob("run-*/manifest.json"), key=lambda p: p.stat().st_mtime
    )
    if not runs:
        raise FileNotFoundError(f"no dbt run under {home / 'dbt' / 'target'}")
    full = [r for r in runs if _was_full_refresh(r)]
    return (full or runs)[-1]


def sql_floor(home: Path) -> dict:
    """Seconds to build every model's relation by plain SQL and to copy the marts to a new file."""
    import duckdb

    manifest = json.loads(latest_run_manifest(home).read_text())
    models = _models_in_order(manifest)
    missing = [m["name"] for m in models if not m.get("compiled_code")]
    if missing:
        raise RuntimeError(f"no compiled SQL for {missing[:5]} in the run manifest")
    build = home / "build"
    src = next(p for p in build.glob("*.duckdb"))
    with tempfile.TemporaryDirectory(prefix="integra-floor-") as tmp:
        db = Path(tmp) / src.name  # same file name, so the catalog name in relation_name matches
        shutil.copy2(src, db)
        con = duckdb.connect(str(db))
        kinds = dict(
            con.execute(
                "select table_schema || '.' || table_name, table_type from information_schema.tables"
            ).fetchall()
        )
        for m in reversed(models):  # start from the raw tables and seeds only
            kind = kinds.get(f"{m['schema']}.{m['name']}")
            if kind:
                con.execute(f"drop {'view' if kind == 'VIEW' else 'table'} {m['relation_name']}")
        con.execute("checkpoint")
        t0 = time.perf_counter()
        for m in models:
            kind = "view" if m["config"]["materialized"] == "view" else "table"
            con.execute(f'create schema if not exists "{m["schema"]}"')
            con.execute(f"create {kind} {m['relation_name']} as (\n{m['compiled_code']}\n)")
        con.execute("checkpoint")
        t_build = time.perf_counter() - t0
        marts = [m for m in models if m["schema"] == "marts"]
        pub = Path(tmp) / "published.duckdb"
        t0 = time.perf_counter()
        con.execute("attach ? as pub", [str(pub)])
        for m in marts:
            con.execute(f'create table pub."{m["name"]}" as select * from {m["relation_name"]}')
        con.execute("detach pub")
        t_copy = time.perf_counter() - t0
        rows = {
            m["name"]: con.execute(f"select count(*) from {m['relation_name']}").fetchone()[0]
            for m in marts
        }
        con.close()
    return {"models": len(models), "build_s": t_build, "copy_s": t_copy, "rows": rows}


def site_size(site: Path) -> dict:
    files = [p for p in site.rglob("*") if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    pages = [p for p in files if p.parent.name == "projects"]
    return {
        "files": len(files),
        "total_mb": total / 1e6,
        "project_pages": len(pages),
        "project_pages_mb": sum(p.stat().st_size for p in pages) / 1e6,
        "without_project_pages_mb": (total - sum(p.stat().st_size for p in pages)) / 1e6,
    }


def _driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="integra-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-extensions",
        "--no-first-run",
        f"--user-data-dir={profile}",
        "--window-size=1366,900",
        "--proxy-server=127.0.0.1:9",
        "--proxy-bypass-list=<-loopback>",
    ):
        options.add_argument(arg)
    drv = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    drv.set_page_load_timeout(120)
    return drv, profile


READY = {
    # page -> JS expression true when the page is usable (charts drawn, table filled)
    "index.html": "document.documentElement.dataset.tableReady === '1'",
    "cities.html": "Array.from(document.querySelectorAll('.plotly-graph-div')).every(d => d.querySelector('svg.main-svg'))",
    "timeline.html": "Array.from(document.querySelectorAll('.plotly-graph-div')).every(d => d.querySelector('svg.main-svg'))",
    "participants.html": "Array.from(document.querySelectorAll('.plotly-graph-div')).every(d => d.querySelector('svg.main-svg'))",
    "instruments.html": "Array.from(document.querySelectorAll('.plotly-graph-div')).every(d => d.querySelector('svg.main-svg'))",
    "quality.html": "document.readyState === 'complete'",
}


def site_load_times(site: Path, repeats: int = 3) -> dict[str, dict]:
    """Per page: best of `repeats` milliseconds from navigation start to usable, and bytes loaded."""
    from selenium.webdriver.support.ui import WebDriverWait

    drv, profile = _driver()
    out: dict[str, dict] = {}
    try:
        pages = list(READY)
        project = next(iter(sorted((site / "projects").glob("*.html"))), None)
        if project is not None:
            pages.append(f"projects/{project.name}")
        for rel in pages:
            ready = READY.get(rel, "document.readyState === 'complete'")
            best = None
            loaded = 0
            for _ in range(repeats):
                drv.get("about:blank")
                t0 = time.perf_counter()
                drv.get((site / rel).as_uri())
                WebDriverWait(drv, 120, poll_frequency=0.02).until(
                    lambda d, ready=ready: d.execute_script(f"return {ready}")
                )
                ms = (time.perf_counter() - t0) * 1000
                best = ms if best is None else min(best, ms)
                urls = drv.execute_script(
                    "return Array.from(document.querySelectorAll('script[src],link[rel=stylesheet],img[src]'))"
                    ".map(e => e.src || e.href).concat(performance.getEntriesByType('resource')"
                    ".map(e => e.name), [location.href])"
                )
                urls = list(dict.fromkeys(urls))
                loaded = 0
                for u in urls:
                    if u.startswith("file://"):
                        from urllib.parse import unquote, urlparse

                        f = Path(unquote(urlparse(u).path))
                        if f.is_file():
                            loaded += f.stat().st_size
            out[rel] = {"ms": best, "loaded_mb": loaded / 1e6}
    finally:
        drv.quit()
        shutil.rmtree(profile, ignore_errors=True)
    return out


def replicate_documents(build_db: Path, copies: int) -> int:
    """Copy raw.documents and raw.facts `copies` times over in `build_db`: copy k gets document ids
    md5(id | k) (16 hex digits, as ingestion's), source files 'city/copy-k-name' and titles 'title (k)'. Returns the number of
    current documents after copying."""
    import duckdb

    con = duckdb.connect(str(build_db))
    try:
        # copies made by an earlier run are replaced (the originals are those not named copy-*)
        con.execute(
            "delete from raw.facts where document_id in "
            "(select document_id from raw.documents where source_file like '%/copy-%')"
        )
        con.execute("delete from raw.documents where source_file like '%/copy-%'")
        con.execute(
            "create temp table copy_numbers as select range as k from range(1, ?)", [copies]
        )
        con.execute(
            """insert into raw.documents
               select d.* replace (substr(md5(document_id || '|' || k), 1, 16) as document_id,
                                 city_slug || '/copy-' || k || '-' || split_part(source_file, '/', -1)
                                     as source_file)
               from raw.documents as d, copy_numbers"""
        )
        con.execute(
            """insert into raw.facts
               select f.* replace (substr(md5(document_id || '|' || k), 1, 16) as document_id,
                                 case when field = 'title' and value is not null
                                      then value || ' (' || k || ')'
                                      else value end as value)
               from raw.facts as f, copy_numbers"""
        )
        (n,) = con.execute("select count(*) from raw.documents where is_current").fetchone()
    finally:
        con.close()
    return int(n)
