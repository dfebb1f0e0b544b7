"""Integra's Dagster definitions: assets, the job and its runner, schedules, sensors, resources.
The work itself lives in the `integra` package."""
