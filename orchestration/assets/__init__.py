"""Dagster assets, grouped by what they do: ingest, dbt, quality, publish, dashboards."""
