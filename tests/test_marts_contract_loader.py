"""The marts' YAML is read with libyaml's safe loader when PyYAML has it: the same contract as
PyYAML's pure-Python safe loader gives."""

from __future__ import annotations

import yaml

from integra.warehousing.contract import MARTS_YAML, _load, _mart


def test_the_fast_loader_reads_the_same_contract():
    text = MARTS_YAML.read_text(encoding="utf-8")
    slow = {m["name"]: _mart(m) for m in yaml.safe_load(text)["models"]}
    _load.cache_clear()
    assert _load(str(MARTS_YAML), MARTS_YAML.stat().st_mtime_ns) == slow
    assert yaml.__with_libyaml__  # the venv's PyYAML has it: the fast path is the one tested
