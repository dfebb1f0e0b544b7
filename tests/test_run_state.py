"""The run state (INTEGRA_HOME/build/state.json) as one typed record, and the refresh's options
as typed Dagster config."""

from __future__ import annotations

import json

from integra.settings import Paths
from integra.warehousing.state import (
    GateRun,
    QuickCheck,
    RunState,
    load_state,
    read_state,
    update_state,
)


def test_the_record_reads_and_writes_every_key():
    data = {
        "gate": {"dagster_run_id": "r1", "report": "/h/reports/gate.json", "passed": False},
        "published_fingerprint": "fp",
        "published_version": 3,
        "published_row_counts": {"fct_projects": 5},
        "rolled_back": {"to": 3, "from": 4, "at": "2026-01-01T00:00:00+00:00"},
        "site_version": 3,
        "last_nothing_new_at": "2026-01-02T00:00:00+00:00",
        "quick_check": {
            "fingerprint": "q",
            "published_fingerprint": "fp",
            "documents": 5,
            "skipped": ["a.txt"],
        },
        "dbt_incremental_base": None,  # a key this version does not know: kept as it was
    }
    state = RunState.from_json(data)
    assert state.gate == GateRun("r1", "/h/reports/gate.json", False)
    assert state.gate.report_of("r1") == "/h/reports/gate.json"
    assert state.gate.report_of("r2") is None  # another run's gate
    assert (state.published_version, state.site_version) == (3, 3)
    assert state.published_row_counts == {"fct_projects": 5}
    assert state.quick_check == QuickCheck("q", "fp", 5, ("a.txt",))
    assert state.extra == {"dbt_incremental_base": None}
    assert state.to_json() == data


def test_absent_or_mistyped_values_read_as_absent():
    assert RunState.from_json([]) == RunState()
    state = RunState.from_json({"published_version": "3", "gate": "x", "site_version": True})
    assert (state.published_version, state.gate, state.site_version) == (None, None, None)
    assert RunState().to_json() == {}
    assert RunState.from_json({"quick_check": {}}).quick_check.documents is None


def test_update_state_merges_atomically_and_keeps_unknown_keys(tmp_path):
    p = Paths(tmp_path / "home")
    assert load_state(p) == RunState() and read_state(p) == {}
    update_state(p, published_version=1, future_key={"a": 1})
    state = update_state(p, site_version=1, gate={"dagster_run_id": "r", "report": "g.json"})
    assert state.published_version == 1 and state.gate.report_of("r") == "g.json"
    on_disk = json.loads((p.build_dir / "state.json").read_text(encoding="utf-8"))
    assert on_disk == {
        "gate": {"dagster_run_id": "r", "report": "g.json", "passed": None},
        "published_version": 1,
        "site_version": 1,
        "future_key": {"a": 1},
    }
    assert load_state(p) == state
    assert [f.name for f in (p.build_dir).iterdir() if f.name.endswith(".tmp")] == []
    (p.build_dir / "state.json").write_text("{not json", encoding="utf-8")
    assert load_state(p) == RunState()  # an unreadable state is an empty one


def test_refresh_options_are_typed_config():
    from orchestration.assets.dbt import DbtBuildConfig
    from orchestration.assets.fetch import FetchConfig
    from orchestration.assets.quality import GateConfig
    from orchestration.pipeline import refresh_run_config

    rc = refresh_run_config(force=True, allow_shrink=False, fetch=True)
    assert rc.ops == {
        "fetch_pages": FetchConfig(fetch=True),
        "integra_dbt_models": DbtBuildConfig(full_refresh=True),
        "data_quality_gate": GateConfig(allow_shrink=False, whole=True),
    }
    ops = rc.to_config_dict()["ops"]
    assert ops["integra_dbt_models"] == {"config": {"full_refresh": True}}
    assert ops["data_quality_gate"] == {"config": {"allow_shrink": False, "whole": True}}
    assert ops["fetch_pages"] == {"config": {"fetch": True}}
    plain = refresh_run_config(force=False, allow_shrink=True, fetch=False).to_config_dict()
    assert plain["ops"]["integra_dbt_models"] == {"config": {"full_refresh": False}}
    assert plain["ops"]["data_quality_gate"] == {"config": {"allow_shrink": True, "whole": False}}
    assert plain["loggers"]["console"] == {"config": {"log_level": "CRITICAL"}}
