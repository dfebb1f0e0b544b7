"""One set of settings: `integra.settings.Settings` reads every INTEGRA_* variable, the README
table lists each one, and no other module reads them from the environment."""

from __future__ import annotations

import ast
import re
from dataclasses import fields
from pathlib import Path

import pytest

from integra import settings as settings_mod
from integra.settings import (
    ENV,
    INTERNAL,
    FetchSettings,
    Settings,
    SettingsError,
    check_settings,
    settings,
)

ROOT = Path(__file__).resolve().parents[1]
CODE = ("integra", "orchestration", "dashboards")
NAME = re.compile(r"\bINTEGRA_[A-Z0-9_]*[A-Z0-9]\b")
#: variables Integra sets or passes on, not its own settings
NOT_INTEGRA = {"DAGSTER_HOME"}


def _code_files() -> list[Path]:
    return [p for pkg in CODE for p in sorted((ROOT / pkg).rglob("*.py"))]


def _readme_table() -> set[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Environment\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    names = set()
    for row in rows:
        first_cell = row.split("|")[1]
        names |= set(NAME.findall(first_cell))
    return names


def test_every_name_in_the_code_is_in_the_readme_table_and_in_settings():
    in_code = {n for p in _code_files() for n in NAME.findall(p.read_text(encoding="utf-8"))}
    table = _readme_table()
    in_settings = {n for names in ENV.values() for n in names}
    assert in_code - set(INTERNAL) - table == set()
    assert in_code - set(INTERNAL) - in_settings == set()
    assert table == in_settings  # and vice versa: nothing listed that Settings does not read
    assert in_settings <= in_code
    assert set(INTERNAL) <= in_code  # no stale internal names either
    assert not set(INTERNAL) & table


def test_every_settings_field_has_its_variables():
    assert [f.name for f in fields(Settings)] == list(ENV)


def _environ_reads(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, name) of each os.environ / os.getenv use with an INTEGRA_* literal."""
    out = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Call, ast.Subscript)):
            text = ast.unparse(node)
            if ("environ" in text or "getenv" in text) and (m := NAME.search(text)):
                head = text.split("(", 1)[0].split("[", 1)[0]
                if head.endswith(("environ.get", "environ.pop", "getenv", "environ")):
                    out.append((node.lineno, m.group(0)))
    return out


def test_only_settings_reads_integra_variables_from_the_environment():
    offenders = []
    for path in _code_files():
        if path == ROOT / "integra" / "settings.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for line, name in _environ_reads(tree):
            if name not in INTERNAL:
                offenders.append(f"{path.relative_to(ROOT)}:{line} reads {name}")
    assert offenders == []


def test_the_check_itself_finds_a_read():
    tree = ast.parse('import os\nx = os.environ.get("INTEGRA_X", "1")\ny = os.environ["INTEGRA_Y"]')
    assert _environ_reads(tree) == [(2, "INTEGRA_X"), (3, "INTEGRA_Y")]


def test_defaults():
    s = Settings.from_env({})
    assert s.home == Path("warehouse").resolve()
    assert s.raw == Path("raw_samples").resolve() and s.raw_is_set is False
    assert s.city_registry is None and s.registry_path() == settings_mod.CITY_REGISTRY
    assert s.registry_path(Path("/x.csv")) == Path("/x.csv")
    assert s.sources == settings_mod.SOURCES_FILE
    assert (s.max_shrink, s.keep_versions, s.keep_reports) == (0.5, 5, 60)
    assert s.gate_data_docs is False  # GX Data Docs only when asked for
    assert (s.extract_time_limit, s.extract_memory_limit_mb) == (20.0, 2048)
    assert (s.sensor_settle_seconds, s.marts_schema, s.dbt_executable) == (10.0, None, None)
    assert (s.query_timeout_seconds, s.query_memory_limit) == (None, "2GB")
    assert s.status_max_age_hours is None
    assert s.fetch == FetchSettings()
    assert s.paths.published_db == s.home / "published" / "current.duckdb"


def test_values_are_typed():
    s = Settings.from_env(
        {
            "INTEGRA_HOME": "/tmp/h",
            "INTEGRA_RAW": "/tmp/r",
            "INTEGRA_CITY_REGISTRY": "/tmp/c.csv",
            "INTEGRA_KEEP_VERSIONS": " 7 ",
            "INTEGRA_MAX_SHRINK": "0.25",
            "INTEGRA_MARTS_SCHEMA": "m",
            "INTEGRA_QUERY_TIMEOUT_SECONDS": "0",
            "INTEGRA_STATUS_MAX_AGE_HOURS": "24",
            "INTEGRA_FETCH_MAX_MB": "1",
            "INTEGRA_FETCH_CONTACT": " me@example.org ",
            "INTEGRA_GATE_DATA_DOCS": " On ",
        }
    )
    assert s.gate_data_docs is True
    assert (s.home, s.raw, s.raw_is_set) == (Path("/tmp/h"), Path("/tmp/r"), True)
    assert s.registry_path(Path("/other.csv")) == Path("/tmp/c.csv")  # the variable wins
    assert (s.keep_versions, s.max_shrink, s.marts_schema) == (7, 0.25, "m")
    assert (s.query_timeout_seconds, s.status_max_age_hours) == (0.0, 24.0)
    assert (s.fetch.max_bytes, s.fetch.contact) == (2**20, "me@example.org")


@pytest.mark.parametrize(
    "name, raw, field, message",
    [
        ("INTEGRA_MAX_SHRINK", "lots", "max_shrink", "INTEGRA_MAX_SHRINK='lots' is not a number"),
        ("INTEGRA_MAX_SHRINK", "1.5", "max_shrink", "INTEGRA_MAX_SHRINK='1.5' is outside [0, 1]"),
        (
            "INTEGRA_KEEP_VERSIONS",
            "2.5",
            "keep_versions",
            "INTEGRA_KEEP_VERSIONS='2.5' is not a whole number",
        ),
        (
            "INTEGRA_QUERY_TIMEOUT_SECONDS",
            "soon",
            "query_timeout_seconds",
            "INTEGRA_QUERY_TIMEOUT_SECONDS='soon' is not a number of seconds",
        ),
        (
            "INTEGRA_STATUS_MAX_AGE_HOURS",
            "a day",
            "status_max_age_hours",
            "INTEGRA_STATUS_MAX_AGE_HOURS='a day' is not a number of hours",
        ),
        ("INTEGRA_FETCH_RETRIES", "99", "fetch", "INTEGRA_FETCH_RETRIES='99' is outside [0, 10]"),
        (
            "INTEGRA_GATE_DATA_DOCS",
            "sometimes",
            "gate_data_docs",
            "INTEGRA_GATE_DATA_DOCS='sometimes' is not a yes/no value (use 1 or 0, on or off)",
        ),
    ],
)
def test_a_bad_value_is_one_line_when_its_field_is_read(name, raw, field, message):
    s = Settings.from_env({name: raw})  # building never fails
    assert s.keep_reports == 60  # the other fields are fine
    with pytest.raises(SettingsError) as exc:
        getattr(s, field)
    assert str(exc.value) == message
    assert message in repr(s)  # repr shows the reason and does not raise
    with pytest.raises(SettingsError, match=re.escape(message)):
        s.check()


def test_settings_follow_the_environment(monkeypatch):
    monkeypatch.delenv("INTEGRA_KEEP_VERSIONS", raising=False)
    first = settings()
    assert settings() is first  # read once
    monkeypatch.setenv("INTEGRA_KEEP_VERSIONS", "3")
    assert settings() is not first and settings().keep_versions == 3
    monkeypatch.setenv("INTEGRA_TEST_PAUSE_AT", "nowhere")  # not a setting: no new read
    again = settings()
    assert settings() is again
    monkeypatch.setenv("INTEGRA_KEEP_VERSIONS", "0")
    with pytest.raises(SettingsError, match=r"INTEGRA_KEEP_VERSIONS='0' is outside \[1, 10000\]"):
        check_settings()


def test_command_settings_do_not_stop_other_commands(monkeypatch):
    monkeypatch.delenv("INTEGRA_CITY_REGISTRY", raising=False)
    for name, raw in (
        ("INTEGRA_QUERY_TIMEOUT_SECONDS", "soon"),
        ("INTEGRA_STATUS_MAX_AGE_HOURS", "x"),
        ("INTEGRA_FETCH_TIMEOUT", "x"),
    ):
        monkeypatch.setenv(name, raw)
    check_settings()  # query, status and fetch report their own
    with pytest.raises(SettingsError, match="INTEGRA_FETCH_TIMEOUT='x' is not a number"):
        FetchSettings.from_env()
