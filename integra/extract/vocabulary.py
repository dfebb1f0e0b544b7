"""The label vocabulary (data/vocabulary.yaml), parsed once per process: read by the rules and by
the place finder alike, so neither has to import the other for it."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

VOCABULARY_PATH = Path(__file__).resolve().parent / "data" / "vocabulary.yaml"


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Any]:
    """Role -> regex fragments, Polish and English (data/vocabulary.yaml)."""
    import yaml

    with VOCABULARY_PATH.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)
