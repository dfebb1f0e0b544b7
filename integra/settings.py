"""Where Integra reads and writes: every path is derived from two environment variables.

INTEGRA_HOME (default ./warehouse) holds everything the pipeline writes.
INTEGRA_RAW  (default ./raw_samples) is the landing folder; Integra never modifies it.

`check_home` is called before any command touches INTEGRA_HOME: a home that is a file, the root
folder, not writable, or a non-empty folder Integra did not create (no ``.integra-home`` marker)
is refused with one line (`SettingsError`). `check_settings` does the same for the city registry
and the numeric settings, so a bad value never surfaces as a traceback or a Dagster error.
"""

from __future__ import annotations

import csv
import math
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = REPO_ROOT / "dbt_project"
EXPECTATIONS_DIR = REPO_ROOT / "expectations"
CITY_REGISTRY = DBT_PROJECT_DIR / "seeds" / "cities.csv"
HOME_MARKER = ".integra-home"
#: Integra's own files: a home holding one of these was written by an Integra before the marker.
_INTEGRA_FILES = (
    "refresh.lock",
    "build/state.json",
    "build/warehouse.duckdb",
    "published/current.duckdb",
    "dagster/dagster.yaml",
)
REGISTRY_COLUMNS = ("city_slug", "city_name", "voivodeship", "teryt_gmina")
SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


class SettingsError(ValueError):
    """A setting Integra cannot work with; the message is one line for the operator."""


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
    where = f"city registry {path}"
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in REGISTRY_COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise SettingsError(f"{where}: missing column(s) {', '.join(missing)}")
            rows = list(reader)
    except UnicodeDecodeError as exc:
        raise SettingsError(f"{where}: not UTF-8 text ({exc.reason})") from None
    except csv.Error as exc:
        raise SettingsError(f"{where}: not a CSV file ({exc})") from None
    seen: dict[str, int] = {}
    out = []
    for line, r in enumerate(rows, start=2):
        slug = (r.get("city_slug") or "").strip()
        if not slug:
            raise SettingsError(f"{where}, line {line}: empty city_slug")
        if not SLUG_RE.match(slug):
            raise SettingsError(
                f"{where}, line {line}: city_slug {slug!r} is not lower-case letters, digits, - or _"
            )
        if slug in seen:
            raise SettingsError(
                f"{where}, line {line}: city_slug {slug!r} repeats line {seen[slug]}"
            )
        seen[slug] = line
        out.append(City(slug, r["city_name"] or "", r["voivodeship"] or "", r["teryt_gmina"] or ""))
    if not out:
        raise SettingsError(f"{where}: no cities")
    return tuple(out)


def cities(registry: Path | None = None) -> tuple[City, ...]:
    """The city registry (dbt_project/seeds/cities.csv): the single source of the list of cities.
    SettingsError (one line) when it is missing, empty, or has a bad or repeated slug."""
    path = Path(os.environ.get("INTEGRA_CITY_REGISTRY") or registry or CITY_REGISTRY)
    try:
        mtime = path.stat().st_mtime
    except OSError as exc:
        raise SettingsError(f"city registry {path} cannot be read: {exc.strerror}") from None
    return _load_registry(str(path), mtime)


def number_setting(
    name: str, default: float, *, low: float, high: float = math.inf, integer: bool = False
) -> float:
    """A numeric INTEGRA_* setting, or `default` when unset; SettingsError (one line) when it is not a
    number in [low, high]."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw) if integer else float(raw)
    except ValueError:
        kind = "a whole number" if integer else "a number"
        raise SettingsError(f"{name}={raw!r} is not {kind}") from None
    if not (low <= value <= high) or math.isnan(value):
        raise SettingsError(f"{name}={raw!r} is outside [{low:g}, {high:g}]")
    return value


def sensor_settle_seconds() -> float:
    """INTEGRA_SENSOR_SETTLE_SECONDS (default 10): landed files must be this old."""
    return number_setting("INTEGRA_SENSOR_SETTLE_SECONDS", 10.0, low=0.0, high=86400.0)


def extraction_limits() -> tuple[float, int]:
    """(seconds, memory MB) a document may take to read and extract: INTEGRA_EXTRACT_TIME_LIMIT
    (default 20) and INTEGRA_EXTRACT_MEMORY_LIMIT_MB (default 2048)."""
    seconds = number_setting("INTEGRA_EXTRACT_TIME_LIMIT", 20.0, low=0.1, high=86400)
    memory_mb = int(
        number_setting("INTEGRA_EXTRACT_MEMORY_LIMIT_MB", 2048, low=64, high=1 << 20, integer=True)
    )
    return seconds, memory_mb


def check_settings() -> None:
    """Every setting read from the environment, checked once up front (SettingsError)."""
    cities()
    sensor_settle_seconds()
    number_setting("INTEGRA_KEEP_VERSIONS", 5, low=1, high=10_000, integer=True)
    number_setting("INTEGRA_MAX_SHRINK", 0.5, low=0.0, high=1.0)
    extraction_limits()


def check_home(home: Path | None = None, *, create: bool = True) -> Path:
    """INTEGRA_HOME, usable and Integra's own: SettingsError (one line) when it is a file, the
    root folder, not writable, or a non-empty folder without the ``.integra-home`` marker (Integra
    never deletes what it did not create). A new or empty folder gets the marker (with `create`;
    without, e.g. for `status`, a missing home is fine: nothing has run yet)."""
    home = Path(home) if home is not None else integra_home()
    name = f"INTEGRA_HOME={home}"
    if home == Path(home.anchor):
        raise SettingsError(f"{name} is the root folder: point it at a folder of its own")
    if home.exists() and not home.is_dir():
        raise SettingsError(f"{name} is not a folder")
    marker = home / HOME_MARKER
    if home.is_dir():
        if marker.is_file():
            if create and not os.access(home, os.W_OK | os.X_OK):
                raise SettingsError(f"{name} is not writable")
            return home
        try:
            entries = [e.name for e in os.scandir(home)]
        except OSError as exc:
            raise SettingsError(f"{name} cannot be read: {exc.strerror}") from None
        if entries and not any((home / f).exists() for f in _INTEGRA_FILES):
            raise SettingsError(
                f"{name} is a non-empty folder Integra did not create (no {HOME_MARKER} marker): "
                "use a new or empty folder"
            )
    elif not create:
        return home
    try:
        home.mkdir(parents=True, exist_ok=True)
        marker.write_text(
            "Integra writes here (INTEGRA_HOME); only what it created is removed.\n",
            encoding="utf-8",
        )
    except OSError as exc:
        raise SettingsError(f"{name} is not writable: {exc.strerror or exc}") from None
    return home


def city_slugs() -> list[str]:
    return [c.slug for c in cities()]


DAGSTER_YAML = """\
# Written by integra: telemetry off, run history kept here.
telemetry:
  enabled: false
run_coordinator:
  module: dagster.core.run_coordinator
  class: QueuedRunCoordinator
  config:
    max_concurrent_runs: 1
"""


def prepare_environment() -> None:
    """Absolute INTEGRA_HOME / INTEGRA_RAW, DAGSTER_HOME inside INTEGRA_HOME, telemetry off."""
    from . import telemetry_off

    telemetry_off()
    p = paths()
    os.environ["INTEGRA_HOME"] = str(p.home)
    os.environ["INTEGRA_RAW"] = str(integra_raw())
    os.environ.setdefault("DAGSTER_HOME", str(p.dagster_home))
    dh = Path(os.environ["DAGSTER_HOME"])
    dh.mkdir(parents=True, exist_ok=True)
    cfg = dh / "dagster.yaml"
    if not cfg.exists():
        cfg.write_text(DAGSTER_YAML, encoding="utf-8")
    elif "telemetry" not in cfg.read_text(encoding="utf-8"):
        # an existing instance configuration: keep it, but never send telemetry
        with open(cfg, "a", encoding="utf-8") as fh:
            fh.write("\ntelemetry:\n  enabled: false\n")
