"""Published truth on real pages: do the figures the warehouse publishes agree with what the
extractor read and with the gold?

    .venv/bin/python benchmarks/published_truth.py [--work DIR] [--reuse] [--json OUT]

Takes the DEV documents only (benchmarks/realcorpus/dev/docs with gold/<part>_dev.json, and
../shared/devset when it is there; never the held-out parts), lands them the way a landing folder is
laid out (INTEGRA_RAW/<city_slug>/<file>, the city from the gold's `city`, else the file name's
town), writes a city registry that names those cities (the committed registry names four: the
script also reports what the committed registry would do with the same landing folder), runs
`integra refresh --force --json` into a temporary INTEGRA_HOME and compares, fact by fact:

- documents: landed, ignored by the scan (and why), rejected (reason), quarantined, published in
  fct_documents;
- per field: the extractor's value (the record ingestion stored: raw.documents.record_json, the
  very output of `integra extract`; `--check-extract N` re-runs `integra extract` on N documents and
  asserts they are identical), the value fct_documents publishes, the value fct_projects publishes
  for that document's project, and the gold; each difference classified (not published: the
  project's figure came from another document / the sum of editions / the document is an edition;
  published differently: normalisation, rounding, unit);
- linking: pairs of documents the gold says are one project (same city, same title key) that were
  not linked, and pairs linked into one project whose gold titles differ;
- derived figures (eu_cofinancing_share, cost per planned participant, constant prices, EUR)
  recomputed from the gold with the committed reference seeds (cpi_pl_annual, eur_pln_annual), and
  from the published inputs (the formula alone);
- grain and basis: duplicate keys in each mart, rows whose figures combine documents or bases,
  projects whose participant groups come from several documents, and mart_city_comparison's sums
  recomputed from fct_projects on their stated basis.

Documents the gate withheld are read from INTEGRA_HOME/reports/latest.json with their reasons.

Prints a Markdown report (for benchmarks/RESULTS.md); --json writes the per-document details.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "benchmarks" / "realcorpus"
DEVSET = ROOT.parent / "shared" / "devset"
SEEDS = ROOT / "dbt_project" / "seeds"
COMMITTED_REGISTRY = SEEDS / "cities.csv"
PYTHON = ROOT / ".venv" / "bin" / "python"

# the record's scalar facts (one list: integra.extract.record), less the city and voivodeship (the landing
# folder decides them here) and the effectiveness bases (compared through their percentages)
NOT_COMPARED = {
    "city",
    "voivodeship",
    "social_effectiveness_basis",
    "employment_effectiveness_basis",
}


def scalar_fields() -> tuple[str, ...]:
    from integra.extract.record import SCALAR_FIELDS

    return tuple(f for f in SCALAR_FIELDS if f not in NOT_COMPARED)


AMOUNT_FIELDS = (
    "total_cost_pln",
    "eu_cofinancing_pln",
    "own_contribution_pln",
    "social_effectiveness_pct",
    "employment_effectiveness_pct",
)
COUNT_FIELDS = ("participants_planned", "participants_actual", "participants_completed")
DATE_FIELDS = ("contract_date", "start_date", "end_date")


# ---------------------------------------------------------------- the documents and their gold


def slugify(name: str) -> str:
    """A city's name as a landing folder name: lower case, no diacritics, '-' between words."""
    s = name.replace("ł", "l").replace("Ł", "L")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def dev_documents() -> list[dict]:
    """Every DEV document with its gold: {name, path, gold, part}. Held-out parts never read."""
    out: list[dict] = []
    for gold_file in sorted((REAL / "gold").glob("*_dev.json")):
        part = gold_file.name[: -len("_dev.json")]
        for g in json.loads(gold_file.read_text(encoding="utf-8")):
            name = os.path.basename(g["file"])
            out.append(
                {"name": name, "path": REAL / "dev" / "docs" / name, "gold": g, "part": part}
            )
    if (DEVSET / "gold.json").is_file():
        for g in json.loads((DEVSET / "gold.json").read_text(encoding="utf-8")):
            name = os.path.basename(g["file"])
            out.append({"name": name, "path": DEVSET / "docs" / name, "gold": g, "part": "devset"})
    return out


def city_of(doc: dict) -> tuple[str, str, str]:
    """(slug, name, voivodeship) of the document's landing folder: the gold's city, else the town
    in the file name (a region-wide page's gold says ANY or null)."""
    g = doc["gold"]
    city = g.get("city")
    if isinstance(city, str) and city and city != "ANY":
        voiv = g.get("voivodeship")
        return slugify(city), city, voiv if isinstance(voiv, str) and voiv != "ANY" else ""
    stem = Path(doc["name"]).stem
    town = stem.split("_")[-1]
    return slugify(town), town, ""


def land(docs: list[dict], raw: Path) -> dict[str, tuple[str, str]]:
    """Copy each document into raw/<city_slug>/; return {slug: (name, voivodeship)}."""
    cities: dict[str, tuple[str, str]] = {}
    for d in docs:
        slug, name, voiv = city_of(d)
        d["city_slug"] = slug
        d["source_file"] = f"{slug}/{d['name']}"
        folder = raw / slug
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(d["path"], folder / d["name"])
        if slug not in cities or (not cities[slug][1] and voiv):
            cities[slug] = (name, voiv)
    return cities


def write_registry(cities: dict[str, tuple[str, str]], path: Path) -> None:
    """A registry naming every landed city (the committed rows kept as they are)."""
    with COMMITTED_REGISTRY.open(encoding="utf-8", newline="") as f:
        committed = list(csv.DictReader(f))
    fields = list(committed[0].keys())
    have = {r["city_slug"] for r in committed}
    rows = committed + [
        {
            "city_slug": slug,
            "city_name": name,
            "voivodeship": voiv,
            "teryt_gmina": "",
            "population": "",
            "population_date": "",
            "population_status": "",
            "source": "published_truth.py (landed dev documents)",
        }
        for slug, (name, voiv) in sorted(cities.items())
        if slug not in have
    ]
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields)
        w.writeheader()
        w.writerows(rows)


def integra_env(home: Path, raw: Path, registry: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"INTEGRA_HOME": str(home), "INTEGRA_RAW": str(raw), "PYTHONPATH": str(ROOT)})
    if registry is not None:
        env["INTEGRA_CITY_REGISTRY"] = str(registry)
    else:
        env.pop("INTEGRA_CITY_REGISTRY", None)
    return env


def integra(
    args: list[str], env: dict[str, str], timeout: float = 7200
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(PYTHON), "-m", "integra.app.cli", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def refresh(work: Path, docs: list[dict]) -> dict:
    raw, home = work / "raw", work / "home"
    for p in (raw, home):
        if p.exists():
            shutil.rmtree(p)
    cities = land(docs, raw)
    registry = work / "cities.csv"
    write_registry(cities, registry)
    proc = integra(["refresh", "--force", "--json"], integra_env(home, raw, registry))
    (work / "refresh.stdout").write_text(proc.stdout, encoding="utf-8")
    (work / "refresh.stderr").write_text(proc.stderr, encoding="utf-8")
    return {"exit": proc.returncode, "cities": len(cities)}


# ---------------------------------------------------------------- reading what was built

MARTS = (
    "fct_documents",
    "fct_projects",
    "fct_project_editions",
    "mart_city_comparison",
    "fct_participant_groups",
    "fct_instruments",
    "dim_city",
)
MART_KEYS = {
    "fct_documents": ("document_id",),
    "fct_projects": ("project_id",),
    "fct_project_editions": ("edition_id",),
    "mart_city_comparison": ("city_slug", "programme_period"),
    "fct_participant_groups": ("participant_group_id",),
    "fct_instruments": ("instrument_id",),
    "dim_city": ("city_slug",),
}


def _rows(con, sql: str, params: list | None = None) -> list[dict]:
    cur = con.execute(sql, params or [])
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def read_built(home: Path) -> dict:
    """Raw tables from the build file; marts from the published file (else the build file's
    marts schema, when the gate blocked the publication)."""
    import duckdb

    out: dict = {}
    build = duckdb.connect(str(home / "build" / "warehouse.duckdb"), read_only=True)
    out["raw_documents"] = _rows(
        build,
        "select document_id, city_slug, source_file, status, problems, "
        "record_json, is_current from raw.documents",
    )
    out["quarantine"] = _rows(build, "select * from raw.quarantine")
    gate_report = home / "reports" / "latest.json"
    out["withheld"] = {}
    if gate_report.is_file():
        for w in (
            json.loads(gate_report.read_text(encoding="utf-8")).get("withheld_documents") or []
        ):
            out["withheld"][w["document_id"]] = "; ".join(w.get("reasons") or [])
    published = home / "published" / "current.duckdb"
    if published.is_file():
        con, schema, out["marts_from"] = (
            duckdb.connect(str(published), read_only=True),
            "main",
            "published",
        )
    else:
        con, schema, out["marts_from"] = build, "marts", "build file (not published)"
        schemas = {
            r[0]
            for r in build.execute("select schema_name from information_schema.schemata").fetchall()
        }
        schema = "marts" if "marts" in schemas else "main_marts"
    for m in MARTS:
        out[m] = _rows(con, f"select * from {schema}.{m}")
    return out


# ---------------------------------------------------------------- comparing values


def _num(v) -> float | None:
    if v is None or v == "ANY":
        return None
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def arabic(axis):
    """A priority axis as the marts write it: Roman numerals in Arabic ('IX' -> '9')."""
    if not isinstance(axis, str) or not re.fullmatch(r"[IVXL]+", axis.strip()):
        return axis
    vals = [ROMAN[c] for c in axis.strip()]
    return str(sum(-v if i + 1 < len(vals) and v < vals[i + 1] else v for i, v in enumerate(vals)))


def same(a, b) -> bool:
    """Two values of one field alike: numbers within half a grosz, dates and text as written."""
    if a is None or b is None:
        return a is None and b is None
    na, nb = _num(a), _num(b)
    if na is not None and nb is not None:
        return abs(na - nb) <= 0.005
    return str(a).strip() == str(b).strip()


def how_differs(extracted, published) -> str:
    na, nb = _num(extracted), _num(published)
    if published is None:
        return "not published (null)"
    if na is not None and nb is not None:
        if abs(na - nb) < 1 and abs(na - nb) > 0.005:
            return "rounded"
        if (nb and abs(na / nb - 100) < 1e-6) or (nb and abs(na / nb - 0.01) < 1e-9):
            return "unit (×100)"
        return "another value"
    if str(extracted).strip().lower() == str(published).strip().lower():
        return "case"
    return "another value"


# which fct_projects column names the document each figure came from
FIGURE_DOCUMENT = {
    "total_cost_pln": "total_cost_document_id",
    "total_cost_qualifier": "total_cost_document_id",
    "eu_cofinancing_pln": "eu_cofinancing_document_id",
    "own_contribution_pln": "total_cost_document_id",
    "participants_planned": "participants_planned_document_id",
    "participants_actual": "participants_actual_document_id",
    "participants_completed": "participants_actual_document_id",
    "start_date": "dates_document_id",
    "end_date": "dates_document_id",
}
FIGURE_BASIS = {
    "total_cost_pln": "total_cost_basis",
    "total_cost_qualifier": "total_cost_basis",
    "eu_cofinancing_pln": "eu_cofinancing_basis",
    "participants_planned": "participants_planned_basis",
    "participants_actual": "participants_actual_basis",
    "start_date": None,
    "end_date": None,
}


def why_not_in_project(field: str, doc_row: dict, project: dict) -> str:
    """Why the project's published figure is not this document's value."""
    if doc_row.get("scope") == "edition":
        return "the document is a yearly edition (its figure is in fct_project_editions)"
    basis = FIGURE_BASIS.get(field)
    if basis and project.get(basis) in ("sum_of_editions", "sum_of_known_editions"):
        return "the project's figure is the sum of its editions"
    src = FIGURE_DOCUMENT.get(field)
    if src and project.get(src) and project.get(src) != doc_row["document_id"]:
        return "another document of the project was preferred"
    if (project.get("documents") or 0) > 1 and not src:
        return "another document of the project was preferred"
    if field == "own_contribution_pln":
        return "own contribution taken from the total's document only"
    return "other (" + how_differs(doc_row.get(field), project.get(field)) + ")"


def publication_status(d, raw, built, fct_docs, projects, report, entry) -> bool:
    """Whether an ok document reached the marts (fct_documents with a project, and that project
    in fct_projects); else why not. Sets d's doc_row and project when it did."""
    doc_row = fct_docs.get(raw["document_id"])
    if raw["document_id"] in built["withheld"]:
        entry["status"] = "withheld by the gate"
        report["withheld"][built["withheld"][raw["document_id"]]].append(d["source_file"])
    elif doc_row is None or doc_row.get("project_id") is None:
        entry["status"] = "ok, not in fct_documents with a project"
    elif doc_row["project_id"] not in projects:
        entry["status"] = "project missing from fct_projects"
    else:
        entry.update(
            status="published", project_id=doc_row["project_id"], scope=doc_row.get("scope")
        )
        d["doc_row"], d["project"] = doc_row, projects[doc_row["project_id"]]
    report["documents"][entry["status"]] += 1
    return entry["status"] == "published"


def compare(docs: list[dict], built: dict) -> dict:
    by_file = {r["source_file"]: r for r in built["raw_documents"] if r["is_current"]}
    fct_docs = {r["document_id"]: r for r in built["fct_documents"]}
    projects = {r["project_id"]: r for r in built["fct_projects"]}
    quarantined = {r["source_file"]: r["reason"] for r in built["quarantine"]}
    report: dict = {
        "documents": Counter(),
        "rejected": [],
        "fields": {},
        "differences": defaultdict(Counter),
        "withheld": defaultdict(list),
        "per_document": [],
    }
    doc_cols = set(built["fct_documents"][0]) if built["fct_documents"] else set()
    proj_cols = set(built["fct_projects"][0]) if built["fct_projects"] else set()
    for d in docs:
        raw = by_file.get(d["source_file"])
        entry = {"file": d["source_file"], "part": d["part"]}
        report["per_document"].append(entry)
        report["documents"]["landed"] += 1
        if raw is None:
            entry["status"] = "not ingested"
            report["documents"]["not ingested"] += 1
            continue
        d["document_id"] = raw["document_id"]
        if raw["status"] != "ok":
            entry["status"] = "rejected"
            report["documents"]["rejected"] += 1
            report["rejected"].append(
                (d["source_file"], quarantined.get(d["source_file"], raw["problems"]))
            )
            continue
        record = json.loads(raw["record_json"])
        gold = d["gold"]
        published = publication_status(d, raw, built, fct_docs, projects, report, entry)
        for f in scalar_fields():
            c = report["fields"].setdefault(f, Counter())
            ex = record.get(f)
            g = gold.get(f, "ANY")
            if f == "priority_axis":
                g = arabic(g)
            if g != "ANY":
                c["gold stated"] += g is not None
                c["extracted = gold"] += g is not None and same(ex, g)
            if ex is None:
                continue
            c["extracted"] += 1
            if not published:
                c["fct_projects other: " + entry["status"]] += 1
                continue
            doc_row, project = d["doc_row"], d["project"]
            if f in doc_cols:
                if same(ex, doc_row.get(f)):
                    c["fct_documents as read"] += 1
                else:
                    kind = how_differs(ex, doc_row.get(f))
                    if f == "own_contribution_pln" and doc_row.get("own_contribution_is_derived"):
                        kind = "derived"
                    report["differences"][f"fct_documents.{f}: {kind}"][d["source_file"]] += 1
            if f in proj_cols:
                pv = project.get(f)
                if same(ex, pv):
                    c["fct_projects as read"] += 1
                    if g != "ANY" and g is not None:
                        c["fct_projects = gold"] += same(pv, g)
                else:
                    why = why_not_in_project(f, doc_row, project)
                    c["fct_projects other: " + why] += 1
                    report["differences"][f"fct_projects.{f}: {why}"][d["source_file"]] += 1
                    if g != "ANY" and g is not None and same(pv, g):
                        c["fct_projects = gold though not as read"] += 1
    report["linking"] = check_linking([d for d in docs if "project" in d])
    report["derived"] = check_derived([d for d in docs if "project" in d])
    report["grain"] = check_grain(built)
    return report


def title_key(title) -> str | None:
    if not isinstance(title, str) or not title or title == "ANY":
        return None
    s = title.replace("ł", "l").replace("Ł", "L")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return " ".join(re.findall(r"[a-z0-9]+", s)) or None


def _periods_overlap(a: dict, b: dict) -> bool:
    sa, ea = a.get("start_date"), a.get("end_date")
    sb, eb = b.get("start_date"), b.get("end_date")
    if not all(isinstance(x, str) for x in (sa, ea, sb, eb)):
        return True
    return sa <= eb and sb <= ea


def check_linking(docs: list[dict]) -> dict:
    """Pairs of documents the gold calls one project (same landing city, same title key,
    overlapping gold periods) against the published project_id."""
    out = {
        "same project by gold, split": [],
        "linked, different by gold": [],
        "pairs by gold": 0,
        "pairs linked": 0,
    }
    for i, a in enumerate(docs):
        for b in docs[i + 1 :]:
            ka, kb = title_key(a["gold"].get("title")), title_key(b["gold"].get("title"))
            gold_same = (
                a["city_slug"] == b["city_slug"]
                and ka is not None
                and ka == kb
                and _periods_overlap(a["gold"], b["gold"])
            )
            linked = a["doc_row"]["project_id"] == b["doc_row"]["project_id"]
            out["pairs by gold"] += gold_same
            out["pairs linked"] += linked
            pair = (a["source_file"], b["source_file"])
            if gold_same and not linked:
                out["same project by gold, split"].append(pair)
            elif linked and not gold_same:
                out["linked, different by gold"].append(pair)
    return out


def _reference(name: str, key: str, value: str) -> dict[int, float]:
    with (SEEDS / name).open(encoding="utf-8") as f:
        return {int(r[key]): float(r[value]) for r in csv.DictReader(f)}


def price_factor(start_year: int, base_year: int, cpi: dict[int, float]) -> float | None:
    """Nominal PLN of start_year in prices of base_year: Π CPI_y/100 over the years between."""
    lo, hi = sorted((start_year, base_year))
    years = range(lo + 1, hi + 1)
    if any(y not in cpi for y in years):
        return None
    f = math.prod(cpi[y] / 100 for y in years)
    return f if start_year <= base_year else 1 / f


def _rel_same(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def check_derived(docs: list[dict]) -> dict:
    """Derived figures of the document's project, recomputed (a) from the gold with the committed
    reference seeds and (b) from the published inputs (the formula alone). Only documents whose
    project takes its total from them (so the gold describes the published figure's source)."""
    cpi = _reference("cpi_pl_annual.csv", "year", "cpi_prev_year_100")
    eur = _reference("eur_pln_annual.csv", "year", "eur_pln_mean")
    out: dict = defaultdict(Counter)
    details: list = []
    for d in docs:
        p, g = d["project"], d["gold"]
        if p.get("total_cost_document_id") != d["document_id"] or p.get("total_cost_pln") is None:
            continue
        base = p.get("price_base_year") or 2024
        gt, ge, gp = (
            _num(g.get("total_cost_pln")),
            _num(g.get("eu_cofinancing_pln")),
            _num(g.get("participants_planned")),
        )
        gs = (
            g.get("start_date")
            if isinstance(g.get("start_date"), str) and g.get("start_date") != "ANY"
            else None
        )
        exact = g.get("total_cost_qualifier") == "exact"
        gy = int(gs[:4]) if gs else None
        from_gold = {
            "eu_cofinancing_share": ge / gt if exact and gt and ge is not None else None,
            "cost_per_planned_participant_pln": gt / gp if exact and gt and gp else None,
            "total_cost_constant_pln": (
                gt * price_factor(gy, base, cpi)
                if gt is not None and gy and price_factor(gy, base, cpi)
                else None
            ),
            "total_cost_eur": gt / eur[gy] if gt is not None and gy in eur else None,
        }
        pt, pe, pp = (
            p.get("total_cost_pln"),
            p.get("eu_cofinancing_pln"),
            p.get("participants_planned"),
        )
        py = int(str(p["start_date"])[:4]) if p.get("start_date") else None
        pexact = p.get("total_cost_qualifier") == "exact"
        from_published = {
            "eu_cofinancing_share": pe / pt if pexact and pt and pe is not None else None,
            "cost_per_planned_participant_pln": pt / pp if pexact and pt and pp else None,
            "total_cost_constant_pln": (
                pt * price_factor(py, base, cpi) if py and price_factor(py, base, cpi) else None
            ),
            "total_cost_eur": pt / eur[py] if py in eur else None,
        }
        for k, want in from_gold.items():
            got = p.get(k)
            c = out[k]
            if want is None and got is None:
                continue
            c["published"] += got is not None
            c["computable from gold"] += want is not None
            if want is not None and got is not None and _rel_same(want, got):
                c["agrees with gold"] += 1
            else:
                again = from_published[k]
                if _rel_same(again, got):
                    c["formula right, input differs from gold"] += 1
                else:
                    c["formula differs from recomputation"] += 1
                    details.append((d["source_file"], k, got, again, want))
    return {"counts": {k: dict(v) for k, v in out.items()}, "formula differences": details}


def check_grain(built: dict) -> dict:
    """Duplicate keys per mart, and rows whose figures mix documents or bases."""
    out: dict = {"duplicate keys": {}}
    for m, key in MART_KEYS.items():
        seen = Counter(tuple(r[k] for k in key) for r in built[m])
        out["duplicate keys"][m] = sum(n - 1 for n in seen.values() if n > 1)
    mixed = Counter()
    for p in built["fct_projects"]:
        if p.get("eu_cofinancing_share") is not None and p.get(
            "eu_cofinancing_document_id"
        ) != p.get("total_cost_document_id"):
            mixed["eu_cofinancing_share from two documents"] += 1
        if (
            p.get("cost_per_planned_participant_pln") is not None
            and p.get("participants_planned_document_id") != p.get("total_cost_document_id")
            and p.get("cost_per_planned_participant_basis") != "total_document"
        ):
            mixed["cost_per_planned_participant from two documents"] += 1
        if p.get("own_contribution_is_derived") and p.get("eu_cofinancing_document_id") != p.get(
            "total_cost_document_id"
        ):
            mixed["own contribution derived across two documents"] += 1
        if (
            p.get("total_cost_basis")
            and p.get("eu_cofinancing_basis")
            and p["total_cost_basis"] != p["eu_cofinancing_basis"]
        ):
            mixed["total and EU on different bases"] += 1
    out["mixed"] = dict(mixed)
    out["mart_city_comparison recomputed from fct_projects"] = check_comparison(built)
    groups_docs = defaultdict(set)
    for r in built["fct_participant_groups"]:
        groups_docs[r["project_id"]].add(r["document_id"])
    out["projects whose breakdown rows come from several documents"] = sum(
        len(v) > 1 for v in groups_docs.values()
    )
    inst_docs = defaultdict(set)
    for r in built["fct_instruments"]:
        inst_docs[r["project_id"]].add(r["document_id"])
    out["projects whose instrument rows come from several documents"] = sum(
        len(v) > 1 for v in inst_docs.values()
    )
    return out


def check_extract(docs: list[dict], built: dict, raw: Path, n: int) -> dict:
    """`integra extract` on n landed documents (spread over the parts) against the record
    ingestion stored: the same record but for source_file (a path given on the command line)."""
    records = {r["source_file"]: r["record_json"] for r in built["raw_documents"]}
    picked = [d for d in docs if d["source_file"] in records][:: max(1, len(docs) // max(n, 1))][:n]
    env = integra_env(raw.parent / "extract-home", raw, None)
    differing = []
    for d in picked:
        proc = integra(["extract", str(raw / d["source_file"])], env, timeout=600)
        out = json.loads(proc.stdout) if proc.stdout.strip() else {}
        stored = json.loads(records[d["source_file"]])
        keys = [
            k for k in set(out) | set(stored) if k != "source_file" and out.get(k) != stored.get(k)
        ]
        if keys:
            differing.append((d["source_file"], sorted(keys)))
    return {"checked": len(picked), "differing": differing}


def check_comparison(built: dict) -> dict:
    """mart_city_comparison's sums recomputed from fct_projects on their stated basis (exact
    whole-project totals; whole-project EU; whole-project planned and actual participants)."""
    sums: dict = defaultdict(lambda: defaultdict(float))
    for p in built["fct_projects"]:
        key = (p["city_slug"], p.get("programme_period") or "unknown")
        whole_exact = (
            p.get("total_cost_basis") == "whole_project"
            and p.get("total_cost_qualifier") == "exact"
        )
        sums[key]["projects"] += 1
        if whole_exact and p.get("total_cost_pln") is not None:
            sums[key]["total_cost_pln_sum"] += p["total_cost_pln"]
        if (
            p.get("eu_cofinancing_basis") == "whole_project"
            and p.get("eu_cofinancing_pln") is not None
        ):
            sums[key]["eu_cofinancing_pln_sum"] += p["eu_cofinancing_pln"]
        if (
            p.get("participants_planned_basis") == "whole_project"
            and p.get("participants_planned") is not None
        ):
            sums[key]["participants_planned_sum"] += p["participants_planned"]
        if (
            p.get("participants_actual_basis") == "whole_project"
            and p.get("participants_actual") is not None
        ):
            sums[key]["participants_actual_sum"] += p["participants_actual"]
    agree, differ = 0, []
    for row in built["mart_city_comparison"]:
        want = sums.get((row["city_slug"], row["programme_period"]), {})
        for col in (
            "projects",
            "total_cost_pln_sum",
            "eu_cofinancing_pln_sum",
            "participants_planned_sum",
            "participants_actual_sum",
        ):
            got, exp = row.get(col) or 0, want.get(col, 0)
            if abs(float(got) - float(exp)) <= 0.005:
                agree += 1
            else:
                differ.append((row["city_slug"], row["programme_period"], col, got, exp))
    return {"rows": len(built["mart_city_comparison"]), "figures agree": agree, "differ": differ}


def committed_registry_fate(raw: Path) -> dict:
    """What the committed registry (four cities) does with the same landing folder: the folders
    the scan ignores (reported in the ingestion summary's ignored_entries) and their files."""
    sys.path.insert(0, str(ROOT))
    from integra.settings import cities
    from integra.warehousing.ingest import scan_landing_root

    known = [c.slug for c in cities(COMMITTED_REGISTRY)]
    ignored = scan_landing_root(raw, known)
    files = sum(
        len(os.listdir(raw / e["path"].rstrip("/")))
        for e in ignored
        if (raw / e["path"].rstrip("/")).is_dir()
    )
    read = sum(len(os.listdir(raw / s)) for s in known if (raw / s).is_dir())
    return {
        "registry cities": len(known),
        "folders ignored": len(ignored),
        "files in ignored folders": files,
        "files read": read,
        "example": ignored[:1],
    }


# ---------------------------------------------------------------- the report


def markdown(report: dict, built: dict, fate: dict, refresh_info: dict) -> str:
    L: list[str] = []
    L.append(f"Marts read from: {built['marts_from']}; refresh: {refresh_info}")
    L.append("")
    L.append("Documents: " + ", ".join(f"{k} {v}" for k, v in report["documents"].items()))
    for f, why in report["rejected"]:
        L.append(f"- rejected `{f}`: {why}")
    for why, files in report["withheld"].items():
        L.append(
            f"- withheld by the gate ({why}): {len(files)}: " + ", ".join(f"`{f}`" for f in files)
        )
    L.append(f"- committed registry on the same landing folder: {fate}")
    L.append("")
    L.append(
        "| field | gold stated | extracted | extracted = gold | fct_documents as read | fct_projects as read | fct_projects = gold | not as read in fct_projects (why) |"
    )
    L.append("|---|---|---|---|---|---|---|---|")
    for f, c in report["fields"].items():
        why = "; ".join(
            f"{k[len('fct_projects other: ') :]} {v}"
            for k, v in c.items()
            if k.startswith("fct_projects other: ")
        )
        L.append(
            f"| {f} | {c['gold stated']} | {c['extracted']} | {c['extracted = gold']} | "
            f"{c['fct_documents as read'] or '–'} | {c['fct_projects as read'] or '–'} | {c['fct_projects = gold'] or '–'} | {why or '–'} |"
        )
    L.append("")
    L.append("Published differently from extraction (kind: documents):")
    for k, v in sorted(report["differences"].items()):
        if k.startswith("fct_documents."):
            L.append(f"- {k}: {len(v)}")
    L.append("")
    lk = report["linking"]
    L.append(
        f"Linking: pairs one project by gold {lk['pairs by gold']}, pairs linked {lk['pairs linked']}; "
        f"split though one project by gold {len(lk['same project by gold, split'])}; "
        f"linked though different by gold {len(lk['linked, different by gold'])}"
    )
    for a, b in lk["same project by gold, split"] + lk["linked, different by gold"]:
        L.append(f"- `{a}` / `{b}`")
    L.append("")
    L.append("Derived figures (documents whose project takes its total from them):")
    for k, c in report["derived"]["counts"].items():
        L.append(f"- {k}: " + ", ".join(f"{a} {b}" for a, b in c.items()))
    for row in report["derived"]["formula differences"]:
        L.append(f"  - formula: {row}")
    L.append("")
    L.append(f"Grain: {report['grain']}")
    if "extract check" in report:
        L.append(f"`integra extract` vs the stored record: {report['extract check']}")
    return "\n".join(L)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--work", type=Path, default=None, help="working folder (default: a new temporary one)"
    )
    ap.add_argument("--reuse", action="store_true", help="compare the refresh already in --work")
    ap.add_argument("--json", type=Path, default=None, help="write the per-document details here")
    ap.add_argument(
        "--check-extract",
        type=int,
        default=3,
        metavar="N",
        help="re-run `integra extract` on N documents and check the stored record is its output",
    )
    args = ap.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="published-truth-"))
    work.mkdir(parents=True, exist_ok=True)
    docs = dev_documents()
    if not args.reuse:
        r = refresh(work, docs)
        print(
            f"refresh exit {r['exit']} ({r['cities']} cities), work folder {work}", file=sys.stderr
        )
    else:
        for d in docs:
            slug, _, _ = city_of(d)
            d["city_slug"], d["source_file"] = slug, f"{slug}/{d['name']}"
        r = {"exit": "reused"}
    built = read_built(work / "home")
    report = compare(docs, built)
    fate = committed_registry_fate(work / "raw")
    if args.check_extract:
        report["extract check"] = check_extract(docs, built, work / "raw", args.check_extract)
    print(markdown(report, built, fate, r))
    if args.json:
        args.json.write_text(
            json.dumps(report, ensure_ascii=False, indent=1, default=str), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
