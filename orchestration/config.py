"""Where Integra reads and writes: every path is derived from two environment variables.

INTEGRA_HOME (default ./warehouse) holds everything the pipeline writes.
INTEGRA_RAW  (default ./raw_samples) is the landing folder; Integra never modifies it.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = REPO_ROOT / "dbt_project"
EXPECTATIONS_DIR = REPO_ROOT / "expectations"
CITY_REGISTRY = DBT_PROJECT_DIR / "seeds" / "cities.csv"


def integra_home() -> Path:
    return Path(os.environ.get("INTEGRA_HOME", "warehouse")).resolve()


def integra_raw() -> Path:
    return Path(os.environ.get("INTEGRA_RAW", "raw_samples")).resolve()


@dataclass(frozen=True)
class Paths:
    """All locations under INTEGRA_HOME. Nothing else is ever written."""

    home: Path

    @property
    def build_dir(self) -> Path:  # the writer's side: ingestion + dbt build here
        return self.home / "build"

    @property
    def build_db(self) -> Path:
        return self.build_dir / "warehouse.duckdb"

    @property
    def published_dir(self) -> Path:
        return self.home / "published"

    @property
    def published_db(self) -> Path:  # what readers open (replaced atomically)
        return self.published_dir / "current.duckdb"

    @property
    def versions_dir(self) -> Path:
        return self.published_dir / "versions"

    @property
    def site_dir(self) -> Path:
        return self.home / "site"

    @property
    def reports_dir(self) -> Path:
        return self.home / "reports"

    @property
    def data_docs_dir(self) -> Path:
        return self.home / "data_docs"

    @property
    def alerts_dir(self) -> Path:
        return self.home / "alerts"

    @property
    def dagster_home(self) -> Path:
        return self.home / "dagster"

    @property
    def dbt_target_dir(self) -> Path:
        return self.home / "dbt" / "target"

    @property
    def dbt_log_dir(self) -> Path:
        return self.home / "dbt" / "logs"

    @property
    def lock_file(self) -> Path:
        return self.home / "refresh.lock"

    @property
    def gx_dir(self) -> Path:
        return self.home / "gx"


def paths() -> Paths:
    return Paths(integra_home())


@dataclass(frozen=True)
class City:
    slug: str
    name: str
    voivodeship: str
    teryt_gmina: str


@lru_cache(maxsize=4)
def _load_registry(path: str, mtime: float) -> tuple[City, ...]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return tuple(
        City(r["city_slug"], r["city_name"], r["voivodeship"], r["teryt_gmina"]) for r in rows
    )


def cities(registry: Path | None = None) -> tuple[City, ...]:
    """The city registry (dbt_project/seeds/cities.csv): the single source of the list of cities."""
    path = Path(os.environ.get("INTEGRA_CITY_REGISTRY", registry or CITY_REGISTRY))
    return _load_registry(str(path), path.stat().st_mtime)


def city_slugs() -> list[str]:
    return [c.slug for c in cities()]
