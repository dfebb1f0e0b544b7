"""The data-quality gate as Dagster asset checks on the marts (GX suites on pandas frames; after
a publication, on the rows that changed since, with table-level expectations as SQL).

One check pair per published mart: `gx_errors` (blocking: publication waits for it) and
`gx_warnings` (shown, never blocking). The gate runs once for all marts and writes its reports.
"""

import dagster as dg

from integra.settings import paths
from integra.warehousing.gate import MARTS  # the published marts: one list, shared with the gate
from integra.warehousing.state import update_state


def mart_key(mart: str) -> dg.AssetKey:
    return dg.AssetKey(["marts", mart])


class GateConfig(dg.Config):
    allow_shrink: bool = False  # an explicit override of the shrink guard
    whole: bool = False  # every row through GX, not only the rows changed since the publication


_SPECS = [
    spec
    for mart in MARTS
    for spec in (
        dg.AssetCheckSpec(
            "gx_errors",
            asset=mart_key(mart),
            blocking=True,
            description="Great Expectations 'error' expectations: a failure blocks publication.",
        ),
        dg.AssetCheckSpec(
            "gx_warnings",
            asset=mart_key(mart),
            blocking=False,
            description="Great Expectations 'warning' expectations: published and shown.",
        ),
    )
]


@dg.multi_asset_check(specs=_SPECS, name="data_quality_gate", can_subset=False)
def data_quality_gate(context: dg.AssetCheckExecutionContext, config: GateConfig):
    from integra.warehousing.gate import run_gate

    p = paths()
    # the shrink guard reads the last good version's counts from the state, file or no file
    result = run_gate(
        p.build_db,
        p.published_db,
        allow_shrink=config.allow_shrink,
        run_id=f"gate-{context.run.run_id}",
        whole=config.whole,
    )
    update_state(
        p,
        gate={
            "dagster_run_id": context.run.run_id,
            "report": result.report_path,
            "passed": result.passed,
        },
    )
    context.log.info(result.summary)
    for mart in MARTS:
        rs = result.for_mart(mart)
        for severity, check in (("error", "gx_errors"), ("warning", "gx_warnings")):
            mine = [r for r in rs if r.severity == severity]
            # a row-level error whose documents were withheld does not block the rest
            failed = [r for r in mine if not r.success and not r.withheld]
            withheld = [r for r in mine if r.withheld]
            yield dg.AssetCheckResult(
                asset_key=mart_key(mart),
                check_name=check,
                passed=not failed and (bool(mine) or severity == "warning"),
                severity=dg.AssetCheckSeverity.ERROR
                if severity == "error"
                else dg.AssetCheckSeverity.WARN,
                metadata={
                    "expectations": len(mine),
                    "failed": len(failed),
                    "failed_expectations": dg.MetadataValue.md(
                        "\n".join(f"- `{r.expectation}`: {r.observed}" for r in failed[:20])
                        or "none"
                    ),
                    "withheld": dg.MetadataValue.md(
                        "\n".join(
                            f"- `{r.expectation}`: {', '.join(r.names())}" for r in withheld[:20]
                        )
                        or "none"
                    ),
                    "report": result.report_path or "",
                },
            )
