"""The Dagster definitions: the graph, its lineage, the schedule and the landing-folder sensor."""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

import dagster as dg
import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def defs(tmp_path_factory):
    home = tmp_path_factory.mktemp("defs-home")
    mp = pytest.MonkeyPatch()
    mp.setenv("INTEGRA_HOME", str(home))
    mp.delenv("INTEGRA_CITY_REGISTRY", raising=False)
    from orchestration.dbt_setup import ensure_manifest

    ensure_manifest()
    from orchestration.definitions import defs as d

    yield d
    mp.undo()


def test_graph_keys_and_lineage(defs):
    graph = defs.resolve_asset_graph()
    keys = {k.to_user_string() for k in graph.get_all_asset_keys()}
    for k in (
        "raw/documents",
        "raw/facts",
        "raw/quarantine",
        "raw/city_registry",
        "staging/stg_raw__facts",
        "intermediate/int_projects_enriched",
        "marts/fct_projects",
        "marts/mart_city_comparison",
        "published/marts",
        "published/dashboards",
    ):
        assert k in keys, k

    def upstream(key: str) -> set[str]:
        seen: set[str] = set()
        todo = [dg.AssetKey.from_user_string(key)]
        while todo:
            node = graph.get(todo.pop())
            for parent in node.parent_keys:
                s = parent.to_user_string()
                if s not in seen:
                    seen.add(s)
                    todo.append(parent)
        return seen

    # raw -> facts -> dbt -> publish -> dashboards
    chain = upstream("published/dashboards")
    assert {
        "published/marts",
        "marts/fct_projects",
        "staging/stg_raw__facts",
        "raw/facts",
        "raw/documents",
    } <= chain
    assert "raw/facts" in upstream("marts/fct_fact_evidence")
    # ingestion is partitioned by the registry's cities
    parts = graph.get(dg.AssetKey(["raw", "documents"])).partitions_def
    assert list(parts.get_partition_keys()) == ["torun", "wloclawek", "szczecin", "gdynia"]
    # the gate is a blocking asset check on every published mart
    checks = {(c.asset_key.to_user_string(), c.name) for c in graph.asset_check_keys}
    assert ("marts/fct_projects", "gx_errors") in checks and (
        "marts/fct_documents",
        "gx_warnings",
    ) in checks


def test_job_schedule_and_sensor_definitions(defs):
    job = defs.resolve_job_def("nightly_refresh")
    assert job.name == "nightly_refresh"
    sched = defs.resolve_schedule_def("nightly_refresh_schedule")
    assert sched.cron_schedule == "0 2 * * *"
    assert sched.execution_timezone == "Europe/Warsaw"
    assert sched.default_status == dg.DefaultScheduleStatus.RUNNING
    sensor = defs.resolve_sensor_def("landing_folder_sensor")
    assert sensor.default_status == dg.DefaultSensorStatus.RUNNING


def test_the_cli_refresh_runs_the_same_job_with_every_city_in_one_step(defs):
    """`integra refresh` (every city) runs `nightly_refresh` from `cli_refresh_defs()`: the same
    asset keys, checks and op names (so its run config and progress apply), with fetch and
    ingest unpartitioned; `defs` (serve, schedule, sensor) keeps them partitioned by city."""
    from orchestration.definitions import cli_refresh_defs

    cli = cli_refresh_defs()
    full, one = defs.resolve_asset_graph(), cli.resolve_asset_graph()
    assert one.get_all_asset_keys() == full.get_all_asset_keys()
    assert one.asset_check_keys == full.asset_check_keys
    for key in (["raw", "documents"], ["raw", "facts"], ["raw", "quarantine"], ["fetch", "pages"]):
        assert one.get(dg.AssetKey(key)).partitions_def is None
        assert list(full.get(dg.AssetKey(key)).partitions_def.get_partition_keys()) == [
            "torun",
            "wloclawek",
            "szczecin",
            "gdynia",
        ]
    job = cli.resolve_job_def("nightly_refresh")
    assert {"fetch_pages", "landed_documents", "integra_dbt_models"} <= {n.name for n in job.nodes}
    assert not job.partitions_def  # no partition tags: no per-city events


def _land(root: Path, rel: str, text: str, age: float = 60) -> None:
    p = root / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    old = time.time() - age
    os.utime(p, (old, old))


def test_sensor_requests_exactly_the_changed_cities(defs, tmp_path, monkeypatch):
    raw = tmp_path / "landing"
    monkeypatch.setenv("INTEGRA_RAW", str(raw))
    _land(raw, "torun/a.txt", "A")
    _land(raw, "gdynia/b.txt", "B")
    sensor = defs.resolve_sensor_def("landing_folder_sensor")
    instance = dg.DagsterInstance.ephemeral()

    def tick(cursor):
        ctx = dg.build_sensor_context(instance=instance, cursor=cursor, definitions=defs)
        result = sensor.evaluate_tick(ctx)
        return result, result.cursor

    result, cursor = tick(None)
    assert len(result.run_requests) == 1  # one run for several files
    req = result.run_requests[0]
    assert req.run_config["ops"]["landed_documents"]["config"]["only_cities"] == ["gdynia", "torun"]
    assert req.tags["integra/cities"] == "gdynia,torun"

    result, cursor = tick(cursor)
    assert not result.run_requests  # nothing changed

    _land(raw, "szczecin/new.txt", "C")
    _land(raw, "torun/a.txt", "A changed")
    result, cursor2 = tick(cursor)
    assert [
        r.run_config["ops"]["landed_documents"]["config"]["only_cities"]
        for r in result.run_requests
    ] == [["szczecin", "torun"]]
    # a file still being written waits for the next tick
    _land(raw, "gdynia/c.txt", "partial", age=0)
    result, _ = tick(cursor2)
    assert not result.run_requests
    assert json.loads(cursor2)["szczecin"]


def test_definitions_import_is_light(tmp_path):
    """Importing the definitions connects to nothing and imports no GX (manifest prepared)."""
    import subprocess
    import sys

    env = dict(os.environ, INTEGRA_HOME=str(tmp_path / "h"))
    prep = "from orchestration.dbt_setup import ensure_manifest; ensure_manifest()"
    assert subprocess.run([sys.executable, "-c", prep], env=env, cwd=ROOT).returncode == 0
    code = (
        "import sys; import orchestration.definitions as d; "
        "print('great_expectations' in sys.modules, 'duckdb' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split()[-2:] == ["False", "False"]
    assert not (tmp_path / "h" / "build").exists()


# --------------------------------------------------------------------------- start-up (issue 15, item 5)


@pytest.mark.slow  # ~15-50 s idle: keeps the default run near ten minutes
def test_the_manifest_is_parsed_once_per_dbt_project_digest(tmp_path, monkeypatch):
    """A prepared manifest is reused while the dbt project's bytes stay the same (a touched
    file too), parsed again when a file changes, and not trusted after a failed parse."""
    import shutil

    import orchestration.dbt_setup as setup
    from integra.settings import paths

    project = tmp_path / "dbt_project"
    shutil.copytree(ROOT / "dbt_project", project)
    monkeypatch.setattr(setup, "DBT_PROJECT_DIR", project)
    monkeypatch.setattr(setup, "PREPARED_DIR", tmp_path / "none prepared")
    monkeypatch.setenv("INTEGRA_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("INTEGRA_CITY_REGISTRY", raising=False)
    p = paths()

    first = setup.start_manifest(p)
    assert first is not None  # a new home: parsed
    manifest = setup.finish_manifest(first, p)
    digest = setup.project_digest()
    assert (p.dbt_target_dir / "manifest.digest").read_text().strip() == digest
    assert setup.manifest_is_current(p) and setup.start_manifest(p) is None

    model = project / "models" / "marts" / "dim_city.sql"
    st = model.stat()
    os.utime(model, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))  # same bytes
    assert setup.project_digest() == digest and setup.start_manifest(p) is None

    (project / "models" / "marts" / "dim_extra.sql").write_text("select 1 as one\n")
    assert setup.project_digest() != digest and not setup.manifest_is_current(p)
    setup.ensure_manifest(p)
    nodes = json.loads(manifest.read_text(encoding="utf-8"))["nodes"]
    assert "model.integra.dim_extra" in nodes
    assert setup.manifest_is_current(p)

    (project / "models" / "marts" / "dim_extra.sql").write_text("select {{ broken\n")
    with pytest.raises(RuntimeError, match="dbt parse failed"):
        setup.ensure_manifest(p)
    assert not (p.dbt_target_dir / "manifest.digest").exists()
    assert not setup.manifest_is_current(p)  # the next caller parses again


def test_the_prepared_manifest_is_of_this_dbt_project():
    """The repository's prepared manifest (copied into a new home instead of a `dbt parse`) was
    parsed from the dbt project as it is now and with the installed dbt; a stale one would only
    cost a new home its parse, but say so here."""
    import orchestration.dbt_setup as setup

    assert setup.prepared_digest() == setup.project_digest(), (
        "the prepared dbt manifest is stale (dbt_project/ or dbt changed since it was parsed): "
        f"run `PYTHONPATH=. .venv/bin/{setup.PREPARE_COMMAND}` and commit "
        "orchestration/dbt_prepared/"
    )


def test_the_prepared_manifest_names_no_path_of_the_machine_that_prepared_it(tmp_path, monkeypatch):
    """Shipped without an absolute path (the seeds' root_path, the files' project roots and the
    warehouse path are placeholders); installed into a new home with this checkout's dbt
    project path, and recorded as current there. The home's parse state is the prepared one
    with this checkout's paths and this home's profile hash (an older one is replaced)."""
    import gzip
    import re

    import msgpack

    import orchestration.dbt_setup as setup
    from integra.settings import DBT_PROJECT_DIR, Paths

    text = gzip.open(setup.prepared_manifest(), "rt", encoding="utf-8").read()
    shipped = json.loads(text)
    assert re.findall(r'"(/[^"]*)"', text) == []  # no string value is an absolute path
    roots = {n["root_path"] for n in shipped["nodes"].values() if "root_path" in n}
    assert roots == {setup.PROJECT_ROOT_PLACEHOLDER}
    state_bytes = gzip.open(setup.prepared_parse_state(), "rb").read()
    connection = setup.prepared_connection().read_text(encoding="utf-8")
    for shipped_text in (state_bytes.decode("utf-8", "replace"), connection):
        assert re.findall(r"/(?:tmp|work|home|root|usr)/", shipped_text) == []
    state = msgpack.unpackb(state_bytes, raw=False, strict_map_key=False)
    file_roots = {f["path"]["project_root"] for f in state["files"].values()}
    assert setup.PROJECT_ROOT_PLACEHOLDER in file_roots
    assert all(r.startswith(("<dbt_project>", "<site-packages>/")) for r in file_roots)
    assert {f["path"]["modification_time"] for f in state["files"].values()} == {0.0}

    p = Paths(tmp_path / "home")
    p.dbt_target_dir.mkdir(parents=True)
    (p.dbt_target_dir / "partial_parse.msgpack").write_bytes(b"an older parse")
    assert setup.start_manifest(p) is None  # nothing to parse: the prepared one is copied
    assert setup.manifest_is_current(p)
    assert (p.dbt_target_dir / "manifest.digest").read_text().strip() == setup.project_digest()
    installed_state = msgpack.unpackb(
        (p.dbt_target_dir / "partial_parse.msgpack").read_bytes(),
        raw=False,
        strict_map_key=False,
    )
    assert {f["path"]["project_root"] for f in installed_state["files"].values()} >= {
        str(DBT_PROJECT_DIR)
    }
    items = [
        [k, v.replace(setup.HOME_PLACEHOLDER, str(p.home)) if isinstance(v, str) else v]
        for k, v in json.loads(connection)
    ]
    assert ["path", f"{p.home}/build/warehouse.duckdb"] in items
    assert installed_state["state_check"]["profile_hash"]["checksum"] == setup.profile_hash(items)
    assert (
        installed_state["state_check"]["profile_hash"]["checksum"]
        != (state["state_check"]["profile_hash"]["checksum"])
    )
    installed = json.loads(setup.manifest_path(p).read_text(encoding="utf-8"))
    seeds = {k: n["root_path"] for k, n in installed["nodes"].items() if k.startswith("seed.")}
    assert len(seeds) == 6 and set(seeds.values()) == {str(DBT_PROJECT_DIR)}
    assert installed["nodes"].keys() == shipped["nodes"].keys()

    # an unreadable prepared manifest (e.g. a bad merge) is not trusted: the home parses instead
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "manifest.digest").write_text(setup.project_digest() + "\n")
    (broken / "manifest.json.gz").write_bytes(b"<<<<<<< HEAD")
    monkeypatch.setattr(setup, "PREPARED_DIR", broken)
    assert not setup.install_prepared_manifest(Paths(tmp_path / "other"), setup.project_digest())
    assert not (tmp_path / "other" / "dbt" / "target" / "manifest.json").exists()

    run = p.dbt_target_dir / "run-1"
    run.mkdir()
    (run / "partial_parse.msgpack").write_bytes(b"this build's parse")
    setup.keep_partial_parse(run, p)
    assert (p.dbt_target_dir / "partial_parse.msgpack").read_bytes() == b"this build's parse"


@pytest.mark.slow  # one `dbt parse` (~10 s idle)
def test_the_prepared_manifest_is_what_dbt_parses_in_a_new_home(tmp_path):
    """The prepared manifest, installed, equals a `dbt parse` in another new home (every node,
    source, macro and test; only dbt's timestamps and invocation differ): nothing in the parse
    depends on INTEGRA_HOME."""
    import orchestration.dbt_setup as setup
    from integra.settings import Paths

    parsed, installed = Paths(tmp_path / "parsed"), Paths(tmp_path / "installed")
    setup.finish_manifest(setup.start_manifest(parsed, force=True), parsed)
    assert setup.start_manifest(installed) is None

    def content(p):
        m = json.loads(setup.manifest_path(p).read_text(encoding="utf-8"))
        m.pop("metadata")

        def strip(x):
            if isinstance(x, dict):
                return {k: strip(v) for k, v in x.items() if k != "created_at"}
            if isinstance(x, list):
                return [strip(v) for v in x]
            return x

        return strip(m)

    prepared = content(installed)
    # dbt accepts the installed parse state in this new home: a partial parse with nothing to
    # parse again, and the manifest it writes is the same
    logs = tmp_path / "logs"
    r = subprocess.run(
        [
            setup.dbt_executable(),
            "parse",
            "--project-dir",
            str(setup.DBT_PROJECT_DIR),
            "--profiles-dir",
            str(setup.DBT_PROJECT_DIR),
            "--target-path",
            str(installed.dbt_target_dir),
            "--log-path",
            str(logs),
        ],
        env=setup.dbt_env(installed),
        capture_output=True,
        text=True,
        check=False,
    )
    assert r.returncode == 0, r.stdout[-3000:]
    log = (logs / "dbt.log").read_text(encoding="utf-8")
    assert "Unable to do partial parsing" not in log
    assert "Partial parsing enabled: 0 files deleted, 0 files added, 0 files changed." in log

    assert prepared == content(parsed)
    assert content(installed) == content(parsed)


def test_the_dbt_resource_starts_no_dbt_before_the_build(monkeypatch):
    """dagster-dbt runs `dbt --version` and loads a dbt adapter in process before each command
    (~4 s idle); the project's resource answers both without dbt. This also fails when a
    dagster-dbt upgrade stops calling these two hooks (then look again at its start-up)."""
    import importlib.metadata as md
    import inspect

    import dagster_dbt.core.resource as upstream

    from orchestration.assets.dbt import IntegraDbtCliResource, dbt_resource

    source = inspect.getsource(upstream.DbtCliResource.cli)
    assert "self._initialize_dbt_core_adapter(" in source and "self._cli_version" in source

    def no_subprocess(*a, **kw):
        raise AssertionError(f"dbt started: {a}")

    monkeypatch.setattr(upstream, "check_output", no_subprocess)
    monkeypatch.delenv("INTEGRA_DBT_EXECUTABLE", raising=False)
    resource = dbt_resource()
    assert isinstance(resource, IntegraDbtCliResource)
    assert str(resource._cli_version) == md.version("dbt-core")
    assert resource._initialize_dbt_core_adapter(["build"]) is None
