"""Integra's domain: the Polish extractor, the warehouse (ingestion, gate, publication) and the
`integra` command. Nothing here imports Dagster; `orchestration/` wires these into Dagster."""

import os


def telemetry_off() -> None:
    """No telemetry leaves the machine: dbt, Dagster and Great Expectations are told so."""
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "False")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("DAGSTER_DISABLE_TELEMETRY", "1")
