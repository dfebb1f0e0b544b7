"""Publication (write-audit-publish) and the dashboards, downstream of every mart."""

import dagster as dg

from integra.settings import paths
from integra.warehousing.state import build_fingerprint, load_state, update_state

from ..resources import RefreshLockResource
from .quality import MARTS, mart_key

PUBLISHED = dg.AssetKey(["published", "marts"])
SITE = dg.AssetKey(["published", "dashboards"])


@dg.asset(
    key=PUBLISHED,
    deps=[mart_key(m) for m in MARTS],
    group_name="publish",
    description="published/current.duckdb: the gated marts, replaced atomically; readers only ever see this file.",
)
def published_marts(
    context: dg.AssetExecutionContext, refresh_lock: RefreshLockResource
) -> dg.MaterializeResult:
    from integra.warehousing.gate import GateResult, run_gate
    from integra.warehousing.ingest import connect_build
    from integra.warehousing.publish import publish

    p = paths()
    gate_run = load_state(p).gate
    report = gate_run.report_of(context.run.run_id) if gate_run else None
    if report:
        result = GateResult.from_report(report)
    else:  # the checks did not run in this run (a partial selection): audit now
        result = run_gate(p.build_db, p.published_db, run_id=f"gate-{context.run.run_id}")
    if not result.passed:
        raise dg.Failure(
            description="publication blocked by the data-quality gate:\n" + result.summary,
            allow_retries=False,
        )
    con = connect_build(p)
    try:
        fingerprint = build_fingerprint(con)
    finally:
        con.close()
    # the version, its counts and the fingerprint land in the state under the publish lock
    version = publish(
        p.build_db,
        gate_result=result,
        run_id=context.run.run_id,
        state_values={"published_fingerprint": fingerprint},
    )
    return dg.MaterializeResult(
        metadata={
            "version": version.version,
            "path": str(p.published_db),
            "warnings": len(result.warnings),
            **{f"rows_{k}": v for k, v in (version.row_counts or {}).items()},
        }
    )


@dg.asset(
    key=SITE,
    deps=[PUBLISHED],
    group_name="publish",
    retry_policy=dg.RetryPolicy(max_retries=2, delay=2),
    description="The static Plotly site in INTEGRA_HOME/site, generated from the published marts only.",
)
def dashboard_site(
    context: dg.AssetExecutionContext, refresh_lock: RefreshLockResource
) -> dg.MaterializeResult:
    from dashboards.generate import generate_site
    from integra.warehousing.publish import current_version

    p = paths()
    version = current_version(p.published_dir)
    result = generate_site(p.published_db, p.site_dir, "pl")
    # the site is whole and shows this version; a refresh that died before here rebuilds it
    update_state(p, site_version=version.version if version else None)
    return dg.MaterializeResult(
        metadata={
            "site": str(p.site_dir / "index.html"),
            "pages": len(getattr(result, "pages", []) or []),
        }
    )
