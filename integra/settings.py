"""Every INTEGRA_* setting, read in one place into one typed, frozen `Settings`.

`settings()` is the settings of the current environment: read once and kept until an INTEGRA_*
variable (or the working folder, which relative paths resolve against) changes, so a test or a
command that sets a variable gets the new value on its next call. Nothing else reads INTEGRA_*
variables from the environment; `ENV` maps each `Settings` field to its variable and the README
lists them all (tests/test_settings.py keeps the three in step). `INTERNAL` lists the variables
that are not settings: the refresh lock's handshake and the fault-injection hooks of the tests.

A bad value never stops `settings()`: the field holds the one-line reason, and reading that field
raises `SettingsError` with it (so `integra status` is not stopped by a bad fetch setting, and a
bad query limit is `integra query`'s error). `check_settings` reads the settings every command
needs, up front.

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
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from functools import lru_cache
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = REPO_ROOT / "dbt_project"
EXPECTATIONS_DIR = REPO_ROOT / "expectations"
CITY_REGISTRY = DBT_PROJECT_DIR / "seeds" / "cities.csv"
SOURCES_FILE = REPO_ROOT / "sources" / "sources.csv"
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


class _Bad:
    """A setting whose value cannot be used: reading it raises SettingsError(message)."""

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message

    def __repr__(self) -> str:
        return f"<bad setting: {self.message}>"


def _text(env: Mapping[str, str], name: str) -> str:
    return env.get(name, "").strip()


def _number(
    env: Mapping[str, str],
    name: str,
    default: float,
    *,
    low: float,
    high: float = math.inf,
    integer: bool = False,
) -> float | int:
    """A numeric setting, or `default` when unset; SettingsError (one line) when it is not a
    number in [low, high]."""
    raw = _text(env, name)
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


_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off")


def _flag(env: Mapping[str, str], name: str, default: bool) -> bool:
    """A yes/no setting: 1/true/yes/on or 0/false/no/off (any case); unset or empty is `default`."""
    value = _text(env, name).lower()
    if not value:
        return default
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise SettingsError(f"{name}={env.get(name)!r} is not a yes/no value (use 1 or 0, on or off)")


def _float_of(env: Mapping[str, str], name: str, unit: str) -> float | None:
    """Any number (the command checks its range), None when unset."""
    raw = _text(env, name)
    if not raw:
        return None
    try:
        return float(raw)
    except ValueError:
        raise SettingsError(f"{name}={raw!r} is not a number of {unit}") from None


UA_TOKEN = "Integra"


@dataclass(frozen=True)
class FetchSettings:
    """How politely and how far `integra fetch` fetches (environment variables in brackets)."""

    contact: str = (
        "integra-operator@localhost"  # INTEGRA_FETCH_CONTACT: who site owners can write to
    )
    timeout: float = 20.0  # INTEGRA_FETCH_TIMEOUT: seconds to connect, and between two reads
    total_timeout: float = 120.0  # INTEGRA_FETCH_TOTAL_TIMEOUT: seconds for one whole response
    max_bytes: int = 20 * 1024 * 1024  # INTEGRA_FETCH_MAX_MB: a larger response is refused
    host_delay: float = 1.0  # INTEGRA_FETCH_HOST_DELAY: seconds between two requests to one host
    host_concurrency: int = 2  # INTEGRA_FETCH_HOST_CONCURRENCY: requests at once to one host
    workers: int = 4  # requests at once in all
    retries: int = 3  # INTEGRA_FETCH_RETRIES: after a 5xx, a timeout or a connection error
    backoff: float = 2.0  # INTEGRA_FETCH_BACKOFF: first wait before a retry (doubles each time)
    flag_after_nights: int = 3  # INTEGRA_FETCH_FLAG_AFTER_NIGHTS: failing nights in a row flagged
    max_links: int = 500  # INTEGRA_FETCH_MAX_LINKS: links followed per listing, sitemap or feed

    @property
    def user_agent(self) -> str:
        from importlib.metadata import PackageNotFoundError, version

        try:
            v = version("integra")
        except PackageNotFoundError:
            v = "0"
        return (
            f"{UA_TOKEN}/{v} (welfare-centre project records for an analytics "
            f"warehouse; contact: {self.contact})"
        )

    @classmethod
    def from_env(cls) -> FetchSettings:
        """The fetch settings of the environment, SettingsError (one line) for a bad value."""
        return settings().fetch

    @classmethod
    def parse(cls, env: Mapping[str, str]) -> FetchSettings:
        d = cls()
        return cls(
            contact=_text(env, "INTEGRA_FETCH_CONTACT") or d.contact,
            timeout=_number(env, "INTEGRA_FETCH_TIMEOUT", d.timeout, low=0.05, high=600),
            total_timeout=_number(
                env, "INTEGRA_FETCH_TOTAL_TIMEOUT", d.total_timeout, low=0.1, high=3600
            ),
            max_bytes=int(
                _number(env, "INTEGRA_FETCH_MAX_MB", d.max_bytes / 2**20, low=0.001, high=50)
                * 2**20
            ),
            host_delay=_number(env, "INTEGRA_FETCH_HOST_DELAY", d.host_delay, low=0, high=600),
            host_concurrency=int(
                _number(
                    env,
                    "INTEGRA_FETCH_HOST_CONCURRENCY",
                    d.host_concurrency,
                    low=1,
                    high=16,
                    integer=True,
                )
            ),
            retries=int(
                _number(env, "INTEGRA_FETCH_RETRIES", d.retries, low=0, high=10, integer=True)
            ),
            backoff=_number(env, "INTEGRA_FETCH_BACKOFF", d.backoff, low=0, high=300),
            flag_after_nights=int(
                _number(
                    env,
                    "INTEGRA_FETCH_FLAG_AFTER_NIGHTS",
                    d.flag_after_nights,
                    low=1,
                    high=365,
                    integer=True,
                )
            ),
            max_links=int(
                _number(
                    env, "INTEGRA_FETCH_MAX_LINKS", d.max_links, low=1, high=100_000, integer=True
                )
            ),
        )


#: Each `Settings` field and the environment variable(s) it is read from.
ENV: dict[str, tuple[str, ...]] = {
    "home": ("INTEGRA_HOME",),
    "raw": ("INTEGRA_RAW",),
    "raw_is_set": ("INTEGRA_RAW",),
    "city_registry": ("INTEGRA_CITY_REGISTRY",),
    "sources": ("INTEGRA_SOURCES",),
    "max_shrink": ("INTEGRA_MAX_SHRINK",),
    "keep_versions": ("INTEGRA_KEEP_VERSIONS",),
    "keep_reports": ("INTEGRA_KEEP_REPORTS",),
    "gate_data_docs": ("INTEGRA_GATE_DATA_DOCS",),
    "marts_schema": ("INTEGRA_MARTS_SCHEMA",),
    "sensor_settle_seconds": ("INTEGRA_SENSOR_SETTLE_SECONDS",),
    "extract_time_limit": ("INTEGRA_EXTRACT_TIME_LIMIT",),
    "extract_memory_limit_mb": ("INTEGRA_EXTRACT_MEMORY_LIMIT_MB",),
    "dbt_executable": ("INTEGRA_DBT_EXECUTABLE",),
    "dbt_prewarm": ("INTEGRA_DBT_PREWARM",),
    "dbt_memory_limit": ("INTEGRA_DBT_MEMORY_LIMIT",),
    "query_timeout_seconds": ("INTEGRA_QUERY_TIMEOUT_SECONDS",),
    "query_memory_limit": ("INTEGRA_QUERY_MEMORY_LIMIT",),
    "status_max_age_hours": ("INTEGRA_STATUS_MAX_AGE_HOURS",),
    "fetch": (
        "INTEGRA_FETCH_CONTACT",
        "INTEGRA_FETCH_TIMEOUT",
        "INTEGRA_FETCH_TOTAL_TIMEOUT",
        "INTEGRA_FETCH_MAX_MB",
        "INTEGRA_FETCH_HOST_DELAY",
        "INTEGRA_FETCH_HOST_CONCURRENCY",
        "INTEGRA_FETCH_RETRIES",
        "INTEGRA_FETCH_BACKOFF",
        "INTEGRA_FETCH_FLAG_AFTER_NIGHTS",
        "INTEGRA_FETCH_MAX_LINKS",
    ),
}

#: INTEGRA_* variables that are not settings (not for operators; read where they act).
INTERNAL: dict[str, str] = {
    "INTEGRA_LOCK_HELD": "the pid of `integra refresh`, which holds the refresh lock for its "
    "in-process Dagster run (orchestration/pipeline.py sets it, orchestration/resources.py reads it)",
    "INTEGRA_DBT_WARM": "the abstract socket of the refresh's warm dbt, for the shim dagster-dbt runs "
    "(orchestration/dbt_warm.py sets it for the refresh's dbt subprocess and the shim reads it)",
    "INTEGRA_DBT_REAL": "the real dbt command the shim runs when there is no warm dbt (set beside "
    "INTEGRA_DBT_WARM)",
    "INTEGRA_TEST_PAUSE_AT": "tests: the pause point where the process stops (integra/warehousing/faults.py)",
    "INTEGRA_TEST_PAUSE_MARKER": "tests: the file the paused process writes its pid to",
    "INTEGRA_TEST_PAUSE_SECONDS": "tests: how long the paused process sleeps (default 60)",
    "INTEGRA_TEST_DISK_FULL_AT": "tests: the pause point from which the disk is full",
    "INTEGRA_TEST_DISK_FULL_BYTES": "tests: the file-size limit then (default 0)",
}

#: What every command needs valid (checked up front by `check_settings`).
CHECKED_BY_EVERY_COMMAND = (
    "sensor_settle_seconds",
    "keep_versions",
    "max_shrink",
    "extract_time_limit",
    "extract_memory_limit_mb",
    "keep_reports",
    "gate_data_docs",
    "dbt_prewarm",
)

DEFAULT_KEEP_VERSIONS = 5
DEFAULT_MAX_SHRINK = 0.5
DEFAULT_KEEP_REPORTS = 60
DEFAULT_EXTRACT_TIME_LIMIT = 20.0  # CPU seconds per document (reading and extraction)
# The wall-clock backstop of that limit, as a multiple of it (code that blocks without computing).
EXTRACT_WALL_LIMIT_FACTOR = 10
DEFAULT_EXTRACT_MEMORY_LIMIT_MB = 2048
DEFAULT_QUERY_TIMEOUT_SECONDS = 60.0
DEFAULT_QUERY_MEMORY_LIMIT = "2GB"
#: DuckDB's memory cap inside `dbt build`; dbt's profile (dbt_project/profiles.yml) reads the
#: same variable with the same default
DEFAULT_DBT_MEMORY_LIMIT = "2750MB"  # as dbt_project/profiles.yml


@dataclass(frozen=True, repr=False)
class Settings:
    """Every INTEGRA_* setting, typed (see `ENV` for the variables and the README for their
    meaning). Built by `from_env`, never by hand outside tests. A field whose value was bad
    raises SettingsError (one line) when it is read."""

    home: Path  # everything Integra writes
    raw: Path  # the landing folder
    raw_is_set: bool  # INTEGRA_RAW was given (the site links to landed documents only then)
    city_registry: Path | None  # another city registry than the committed one
    sources: Path  # each city's sources to fetch
    max_shrink: float = DEFAULT_MAX_SHRINK  # the largest fraction a mart may shrink by
    keep_versions: int = DEFAULT_KEEP_VERSIONS  # published versions kept for rollback
    keep_reports: int = DEFAULT_KEEP_REPORTS  # gate reports kept
    gate_data_docs: bool = False  # the gate also builds GX Data Docs (~2 CPU s a run)
    marts_schema: str | None = None  # the build file's marts schema, when not a usual one
    sensor_settle_seconds: float = 10.0  # landed files must be this old for the sensor
    extract_time_limit: float = DEFAULT_EXTRACT_TIME_LIMIT  # seconds per document
    extract_memory_limit_mb: int = DEFAULT_EXTRACT_MEMORY_LIMIT_MB  # per extraction worker
    dbt_executable: str | None = None  # another dbt (e.g. a wrapper with resource limits)
    dbt_prewarm: bool = True  # `integra refresh` runs its dbt build in a dbt imported early
    dbt_memory_limit: str = DEFAULT_DBT_MEMORY_LIMIT  # DuckDB's cap inside `dbt build`
    query_timeout_seconds: float | None = None  # `integra query`: None is the default
    query_memory_limit: str = DEFAULT_QUERY_MEMORY_LIMIT  # `integra query`'s DuckDB cap
    status_max_age_hours: float | None = None  # `integra status`: None is no limit
    fetch: FetchSettings = FetchSettings()

    def __getattribute__(self, name: str) -> Any:
        value = object.__getattribute__(self, name)
        if type(value) is _Bad:
            raise SettingsError(value.message)
        return value

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{f.name}={object.__getattribute__(self, f.name)!r}" for f in dataclass_fields(self)
        )
        return f"Settings({shown})"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """The settings of `env` (default: the process environment); never raises: a bad value
        is kept as its reason (see the class)."""
        env = os.environ if env is None else env

        def read(parse: Callable[[], Any]) -> Any:
            try:
                return parse()
            except SettingsError as exc:
                return _Bad(str(exc))

        from_sources = env.get("INTEGRA_SOURCES")
        return cls(
            home=Path(env.get("INTEGRA_HOME", "warehouse")).resolve(),
            raw=Path(env.get("INTEGRA_RAW", "raw_samples")).resolve(),
            raw_is_set=bool(env.get("INTEGRA_RAW")),
            city_registry=Path(env["INTEGRA_CITY_REGISTRY"])
            if env.get("INTEGRA_CITY_REGISTRY")
            else None,
            sources=Path(from_sources) if from_sources else SOURCES_FILE,
            max_shrink=read(
                lambda: _number(env, "INTEGRA_MAX_SHRINK", DEFAULT_MAX_SHRINK, low=0.0, high=1.0)
            ),
            keep_versions=read(
                lambda: int(
                    _number(
                        env,
                        "INTEGRA_KEEP_VERSIONS",
                        DEFAULT_KEEP_VERSIONS,
                        low=1,
                        high=10_000,
                        integer=True,
                    )
                )
            ),
            keep_reports=read(
                lambda: int(
                    _number(
                        env,
                        "INTEGRA_KEEP_REPORTS",
                        DEFAULT_KEEP_REPORTS,
                        low=1,
                        high=100_000,
                        integer=True,
                    )
                )
            ),
            gate_data_docs=read(lambda: _flag(env, "INTEGRA_GATE_DATA_DOCS", False)),
            marts_schema=_text(env, "INTEGRA_MARTS_SCHEMA") or None,
            sensor_settle_seconds=read(
                lambda: _number(env, "INTEGRA_SENSOR_SETTLE_SECONDS", 10.0, low=0.0, high=86400.0)
            ),
            extract_time_limit=read(
                lambda: _number(
                    env,
                    "INTEGRA_EXTRACT_TIME_LIMIT",
                    DEFAULT_EXTRACT_TIME_LIMIT,
                    low=0.1,
                    high=86400,
                )
            ),
            extract_memory_limit_mb=read(
                lambda: int(
                    _number(
                        env,
                        "INTEGRA_EXTRACT_MEMORY_LIMIT_MB",
                        DEFAULT_EXTRACT_MEMORY_LIMIT_MB,
                        low=64,
                        high=1 << 20,
                        integer=True,
                    )
                )
            ),
            dbt_executable=env.get("INTEGRA_DBT_EXECUTABLE") or None,
            dbt_prewarm=read(lambda: _flag(env, "INTEGRA_DBT_PREWARM", True)),
            dbt_memory_limit=_text(env, "INTEGRA_DBT_MEMORY_LIMIT") or DEFAULT_DBT_MEMORY_LIMIT,
            query_timeout_seconds=read(
                lambda: _float_of(env, "INTEGRA_QUERY_TIMEOUT_SECONDS", "seconds")
            ),
            query_memory_limit=_text(env, "INTEGRA_QUERY_MEMORY_LIMIT")
            or DEFAULT_QUERY_MEMORY_LIMIT,
            status_max_age_hours=read(
                lambda: _float_of(env, "INTEGRA_STATUS_MAX_AGE_HOURS", "hours")
            ),
            fetch=read(lambda: FetchSettings.parse(env)),
        )

    @property
    def paths(self) -> Paths:
        return Paths(self.home)

    def registry_path(self, registry: Path | None = None) -> Path:
        """INTEGRA_CITY_REGISTRY if set, else `registry`, else the committed registry."""
        return Path(self.city_registry or registry or CITY_REGISTRY)

    def check(self, fields: Iterable[str] | None = None) -> Settings:
        """SettingsError (one line) for the first bad one of `fields` (default: all)."""
        for name in fields if fields is not None else [f.name for f in dataclass_fields(self)]:
            getattr(self, name)
        return self


_cached: tuple[tuple, Settings] | None = None


def _is_setting(name: str) -> bool:
    return name.startswith("INTEGRA_") and name not in INTERNAL


def settings() -> Settings:
    """The settings of the current environment: read once, read again only when an INTEGRA_*
    variable or the working folder has changed (tests and commands set variables between
    calls)."""
    global _cached
    try:
        cwd = os.getcwd()
    except OSError:
        cwd = ""
    key = (cwd, *sorted((k, v) for k, v in os.environ.items() if _is_setting(k)))
    cached = _cached
    if cached is not None and cached[0] == key:
        return cached[1]
    s = Settings.from_env()
    _cached = (key, s)
    return s


def integra_home() -> Path:
    return settings().home


def integra_raw() -> Path:
    return settings().raw


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
    return Paths(settings().home)


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
    path = settings().registry_path(registry)
    try:
        mtime = path.stat().st_mtime
    except OSError as exc:
        raise SettingsError(f"city registry {path} cannot be read: {exc.strerror}") from None
    return _load_registry(str(path), mtime)


def check_settings() -> None:
    """The city registry and every setting each command needs, checked once up front
    (SettingsError, one line). Fetch, query and status settings are their commands' errors."""
    cities()
    settings().check(CHECKED_BY_EVERY_COMMAND)


def check_home(home: Path | None = None, *, create: bool = True) -> Path:
    """INTEGRA_HOME, usable and Integra's own: SettingsError (one line) when it is a file, the
    root folder, not writable, or a non-empty folder without the ``.integra-home`` marker (Integra
    never deletes what it did not create). A new or empty folder gets the marker (with `create`;
    without, e.g. for `status`, a missing home is fine: nothing has run yet)."""
    home = Path(home) if home is not None else settings().home
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
