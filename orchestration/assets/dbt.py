"""The dbt models as Dagster assets (dagster-dbt): one `dbt build` per run for the whole graph."""

import shutil
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any

import dagster as dg
from dagster_dbt import (
    DagsterDbtTranslator,
    DagsterDbtTranslatorSettings,
    DbtCliResource,
    DbtProject,
    dbt_assets,
)

from integra.settings import DBT_PROJECT_DIR, paths, settings
from integra.warehousing.faults import pause_point
from integra.warehousing.state import finish_build, full_refresh_reason, inputs_digest, start_build

from ..dbt_setup import dbt_executable, ensure_manifest, keep_partial_parse, manifest_path
from ..resources import RefreshLockResource

KEEP_DBT_RUN_DIRS = 3

#: An incremental build neither reloads the seeds nor runs the tests that read only seeds (7 of
#: 39): the seeds are part of `inputs_digest`, so they are the ones the complete build under it
#: loaded and tested. `buildable` keeps every test that also reads a model (e.g. the programme
#: codes of int_documents_programmes_matched against the programmes seed); with dbt's default
#: (`eager`) excluding a seed would drop those too.
INCREMENTAL_BUILD_ARGS = [
    "build",
    "--exclude",
    "resource_type:seed",
    "--indirect-selection",
    "buildable",
]


class DbtBuildConfig(dg.Config):
    """`full_refresh` (`integra refresh --force`): build even when nothing is new since the
    published version, and rebuild every incremental model from scratch (`dbt build
    --full-refresh`). Without it the build is incremental unless `incremental_base_is_current`
    says otherwise."""

    full_refresh: bool = False


class IntegraDbtTranslator(DagsterDbtTranslator):
    """Keys say where a model lives: raw/<table> sources, <schema>/<model> models."""

    def get_asset_key(self, dbt_resource_props: Mapping[str, Any]) -> dg.AssetKey:
        if dbt_resource_props["resource_type"] == "source":
            return dg.AssetKey([dbt_resource_props["source_name"], dbt_resource_props["name"]])
        schema = dbt_resource_props.get("config", {}).get("schema") or "main"
        return dg.AssetKey([schema, dbt_resource_props["name"]])

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        if dbt_resource_props["resource_type"] == "seed":
            return "reference"
        return dbt_resource_props.get("config", {}).get("schema") or "dbt"


def dbt_project() -> DbtProject:
    p = paths()
    return DbtProject(
        project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR, target_path=p.dbt_target_dir
    )


class IntegraDbtCliResource(DbtCliResource):
    """dagster-dbt's resource without two costs it pays before every dbt command, for things
    this project does not use (issue 15, item 5; ~4 s idle, 10-15 s under load, per refresh):

    - `dbt --version` in a subprocess (a whole dbt start-up) to learn dbt's version: read from
      the installed dbt-core instead, unless INTEGRA_DBT_EXECUTABLE names another dbt;
    - an in-process dbt adapter (profile, project and every macro loaded) used only to fetch
      row counts and column metadata, which the dbt asset does not ask for.

    `tests/test_definitions.py` checks that dagster-dbt still calls these two hooks."""

    @cached_property
    def _cli_version(self):
        if settings().dbt_executable:
            return super()._cli_version
        from packaging import version

        from ..dbt_setup import installed_dbt_core_version

        return version.parse(installed_dbt_core_version())

    def _initialize_dbt_core_adapter(self, args: Sequence[str]):
        return None


def dbt_resource(executable: str | None = None) -> DbtCliResource:
    return IntegraDbtCliResource(
        project_dir=dbt_project(),
        profiles_dir=str(DBT_PROJECT_DIR),
        dbt_executable=executable or dbt_executable(),
    )


def _prune_run_dirs() -> None:
    runs = sorted(
        (d for d in paths().dbt_target_dir.glob("run-*") if d.is_dir()),
        key=lambda d: d.stat().st_mtime,
    )
    for d in runs[:-KEEP_DBT_RUN_DIRS]:
        shutil.rmtree(d, ignore_errors=True)


def build_dbt_assets() -> dg.AssetsDefinition:
    # Preparing (and checking the staleness of) the manifest is the callers' job before they load
    # the definitions (`integra refresh`, `integra serve`); here only a missing one is parsed.
    target = manifest_path()
    manifest = target if target.exists() else ensure_manifest()
    # dbt's tests run inside `dbt build` (a failing one fails the step, named in the summary) but
    # are not Dagster asset checks: 169 checks cost ~3 s of run set-up (one planned event each,
    # each a SQLite commit) and as much again while dbt runs (issue 15). The gate's GX checks
    # stay asset checks on every mart.
    translator = IntegraDbtTranslator(
        settings=DagsterDbtTranslatorSettings(enable_asset_checks=False)
    )

    @dbt_assets(
        manifest=manifest,
        project=dbt_project(),
        dagster_dbt_translator=translator,
        name="integra_dbt_models",
        retry_policy=dg.RetryPolicy(max_retries=1, delay=5),
    )
    def integra_dbt_models(
        context: dg.AssetExecutionContext,
        dbt: DbtCliResource,
        refresh_lock: RefreshLockResource,
        config: DbtBuildConfig,
    ):
        if _nothing_new(context, force=config.full_refresh):
            context.log.info(
                "nothing new since the published version (same documents, registry, models and "
                "suites): dbt, the gate and publication are skipped; full_refresh (integra "
                "refresh --force) rebuilds"
            )
            return
        if _no_documents():
            from integra.settings import integra_raw

            raise dg.Failure(
                description=f"no documents found in the landing folder {integra_raw()} (INTEGRA_RAW): "
                "nothing was built and the published version is unchanged",
                allow_retries=False,
            )
        target = paths().dbt_target_dir / f"run-{context.run.run_id[:8]}"
        _seed_partial_parse(target)
        p = paths()
        base = inputs_digest()
        why_full = "asked for" if config.full_refresh else full_refresh_reason(p, base)
        context.log.info(
            f"dbt build --full-refresh ({why_full})"
            if why_full
            else "dbt build, incremental: only changed documents and their projects"
        )
        # until this build completes, the next one starts from scratch (a killed or failed build
        # may have written some incremental models and not others)
        start_build(p)
        pause_point("dbt_start")
        args = ["build", "--full-refresh"] if why_full else INCREMENTAL_BUILD_ARGS
        _prefetch_gx_for_a_whole_gate(whole=config.full_refresh)
        from ..dbt_warm import active_shim

        # `integra refresh` started a dbt that is already imported: run the build through it
        shim = active_shim()
        runner = dbt_resource(shim) if shim and isinstance(dbt, IntegraDbtCliResource) else dbt
        if runner is not dbt:
            context.log.info("dbt runs in the warm dbt process started with the refresh")
        invocation = runner.cli(args, context=context, target_path=target, raise_on_error=False)
        for event in invocation.stream():
            if isinstance(event, dg.AssetObservation):
                continue  # a dbt test's result: dbt's run_results and the failure summary hold it
            yield event
        keep_partial_parse(target)
        _prune_run_dirs()
        if not invocation.is_successful():
            raise dg.Failure(
                description="dbt build failed: " + _dbt_failures(target),
                allow_retries=False,
            )
        finish_build(p, base)

    return integra_dbt_models


def _prefetch_gx_for_a_whole_gate(*, whole: bool) -> None:
    """When the gate after this build will run whole (a first publication, `--force`, changed
    suites), GX's import (~3 CPU s) runs in a thread of this process while dbt builds in its
    own: the gate then starts with GX loaded. A gate on the slice may need no GX: not started."""
    from integra.warehousing.gate import gate_runs_whole, prefetch_gx

    if gate_runs_whole(paths().published_db, whole=whole):
        prefetch_gx()


def _seed_partial_parse(target) -> None:
    """Reuse the prepared manifest's parse state so each run does not parse the project again."""
    src = paths().dbt_target_dir / "partial_parse.msgpack"
    if src.exists():
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, target / "partial_parse.msgpack")


def _nothing_new(context: dg.AssetExecutionContext, *, force: bool = False) -> bool:
    from integra.warehousing.ingest import connect_build
    from integra.warehousing.state import build_fingerprint, load_state

    if force:
        return False
    from integra.warehousing.publish import current_version

    p = paths()
    state = load_state(p)
    published = state.published_fingerprint
    if not published or not p.published_db.exists():
        return False
    current = current_version(p.published_dir)
    if current is None or current.version != state.published_version:
        return False  # a rollback made another version current: rebuild and publish
    if state.site_version != current.version:
        return False  # the dashboards were not written for it (a refresh died while writing them)
    con = connect_build(p)
    try:
        return build_fingerprint(con) == published
    finally:
        con.close()


def _no_documents() -> bool:
    """No current document at all (an empty landing folder): nothing for dbt and the gate to do
    (the scheduled and sensor runs; `integra refresh` says so before the job)."""
    from integra.warehousing.ingest import connect_build

    con = connect_build(paths())
    try:
        return con.execute("select count(*) from raw.documents where is_current").fetchone()[0] == 0
    finally:
        con.close()


def _dbt_failures(target) -> str:
    """What failed, for the refresh summary: the failing nodes, else dbt's own last error message."""
    import json

    try:
        results = json.loads((target / "run_results.json").read_text())["results"]
    except (OSError, ValueError, KeyError):
        results = []
    bad = [
        f"{r['unique_id']} ({r['status']}: {str(r.get('message') or '').splitlines()[0][:200]})"
        if r.get("message")
        else f"{r['unique_id']} ({r['status']})"
        for r in results
        if r.get("status") in ("error", "fail")
    ]
    from integra.warehousing.faults import with_disk_full_hint

    text = (
        ", ".join(bad[:10])
        if bad
        else (_last_dbt_error(target / "dbt.log") or f"see the dbt log in {target}")
    )
    return with_disk_full_hint(text)


def _last_dbt_error(log_file) -> str | None:
    """The last error-level message of dbt's JSON log (e.g. 'Encountered an error: [Errno 28] ...')."""
    import json

    last = None
    try:
        with open(log_file, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if '"level": "error"' not in line or "Traceback (most recent call last)" in line:
                    continue
                try:
                    msg = json.loads(line).get("info", {}).get("msg")
                except ValueError:
                    continue
                if msg:
                    last = " ".join(str(msg).split())[:300]
    except OSError:
        return None
    return last
