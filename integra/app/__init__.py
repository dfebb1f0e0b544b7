"""The `integra` command and what it shows: queries, status, exports, the Dagster UI."""
