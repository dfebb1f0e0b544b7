"""City partitions, read from the city registry (the single list of cities)."""

from __future__ import annotations

import dagster as dg

from integra.settings import city_slugs


def city_partitions() -> dg.StaticPartitionsDefinition:
    return dg.StaticPartitionsDefinition(city_slugs())


def run_cities(context: dg.AssetExecutionContext) -> list[str]:
    """The cities a step works on: its partitions, or every registry city when the step's asset
    is unpartitioned (`integra refresh`), even in a run tagged with a range of cities."""
    if context.assets_def.partitions_def is None:
        return city_slugs()
    partitioned = context.has_partition_key or context.has_partition_key_range
    return list(context.partition_keys) if partitioned else city_slugs()


def partition_range_tags(cities: list[str]) -> dict[str, str]:
    """Run tags asking for the cities' partitions in one run (a range in registry order)."""
    from dagster._core.storage.tags import (
        ASSET_PARTITION_RANGE_END_TAG,
        ASSET_PARTITION_RANGE_START_TAG,
    )

    order = city_slugs()
    chosen = sorted(cities, key=order.index)
    return {ASSET_PARTITION_RANGE_START_TAG: chosen[0], ASSET_PARTITION_RANGE_END_TAG: chosen[-1]}
