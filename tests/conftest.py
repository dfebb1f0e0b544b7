"""Shared fixtures."""

from __future__ import annotations

import pytest

from integra.settings import paths

# the settings a test of the gate or of publication must not inherit from the shell
_TUNING = (
    "INTEGRA_KEEP_VERSIONS",
    "INTEGRA_MARTS_SCHEMA",
    "INTEGRA_MAX_SHRINK",
    "INTEGRA_TEST_PAUSE_AT",
)


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A new INTEGRA_HOME (tmp_path/home, not created yet) with default tuning; its paths().
    A test file with a home of its own (a published factory file, landed samples) overrides it."""
    monkeypatch.setenv("INTEGRA_HOME", str(tmp_path / "home"))
    for var in _TUNING:
        monkeypatch.delenv(var, raising=False)
    return paths()
