"""The dbt models as Dagster assets (dagster-dbt): one `dbt build` per run for the whole graph."""


import shutil
from collections.abc import Mapping
from typing import Any

import dagster as dg
from dagster_dbt import (
    DagsterDbtTranslator,
    DagsterDbtTranslatorSettings,
    DbtCliResource,
    DbtProject,
    dbt_assets,
)

from ..config import DBT_PROJECT_DIR, paths
from ..dbt_setup import dbt_executable, ensure_manifest, manifest_path
from ..resources import RefreshLockResource

KEEP_DBT_RUN_DIRS = 3


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
    return DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR, target_path=p.dbt_target_dir)


def dbt_resource() -> DbtCliResource:
    return DbtCliResource(
        project_dir=dbt_project(), profiles_dir=str(DBT_PROJECT_DIR), dbt_executable=dbt_executable()
    )


def _prune_run_dirs() -> None:
    runs = sorted(
        (d for d in paths().dbt_target_dir.glob("run-*") if d.is_dir()), key=lambda d: d.stat().st_mtime
    )
    for d in runs[:-KEEP_DBT_RUN_DIRS]:
        shutil.rmtree(d, ignore_errors=True)


def build_dbt_assets() -> dg.AssetsDefinition:
    # Preparing (and checking the staleness of) the manifest is the callers' job before they load
    # the definitions (`integra refresh`, `integra serve`); here only a missing one is parsed.
    target = manifest_path()
    manifest = target if target.exists() else ensure_manifest()
    translator = IntegraDbtTranslator(settings=DagsterDbtTranslatorSettings(enable_asset_checks=True))

    @dbt_assets(
        manifest=manifest,
        project=dbt_project(),
        dagster_dbt_translator=translator,
        name="integra_dbt_models",
        retry_policy=dg.RetryPolicy(max_retries=1, delay=5),
    )
    def integra_dbt_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, refresh_lock: RefreshLockResource):
        if _nothing_new(context):
            context.log.info(
                "nothing new since the published version (same documents, registry, models and "
                "suites): dbt, the gate and publication are skipped; tag integra/force=true to rebuild"
            )
            return
        target = paths().dbt_target_dir / f"run-{context.run.run_id[:8]}"
        _seed_partial_parse(target)
        invocation = dbt.cli(["build"], context=context, target_path=target, raise_on_error=False)
        yield from invocation.stream()
        _prune_run_dirs()
        if not invocation.is_successful():
            raise dg.Failure(
                description="dbt build failed: " + _dbt_failures(target),
                allow_retries=False,
            )

    return integra_dbt_models


def _seed_partial_parse(target) -> None:
    """Reuse the prepared manifest's parse state so each run does not parse the project again."""
    src = paths().dbt_target_dir / "partial_parse.msgpack"
    if src.exists():
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, target / "partial_parse.msgpack")


def _nothing_new(context: dg.AssetExecutionContext) -> bool:
    from ..ingest import connect_build
    from ..state import build_fingerprint, read_state

    if context.run.tags.get("integra/force") == "true":
        return False
    from ..publish import current_version

    p = paths()
    state = read_state(p)
    published = state.get("published_fingerprint")
    if not published or not p.published_db.exists():
        return False
    current = current_version(p.published_dir)
    if current is None or current.version != state.get("published_version"):
        return False  # a rollback made another version current: rebuild and publish
    con = connect_build(p)
    try:
        return build_fingerprint(con) == published
    finally:
        con.close()


def _dbt_failures(target) -> str:
    import json

    try:
        results = json.loads((target / "run_results.json").read_text())["results"]
    except (OSError, ValueError, KeyError):
        return "see the dbt log"
    bad = [f"{r['unique_id']} ({r['status']})" for r in results if r.get("status") in ("error", "fail")]
    return ", ".join(bad[:10]) or "see the dbt log"
