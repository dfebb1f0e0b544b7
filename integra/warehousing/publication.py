"""What a published file says about itself (its `meta_publication` row), read without the
publication machinery: the gate (`gate/slice.py`) and publication (`publish.py`) both read it, so it
sits below both."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

DUCKDB_CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}


@dataclass
class PublishedVersion:
    version: int
    path: Path
    published_at: str | None = None
    run_id: str | None = None
    source_build: str | None = None
    row_counts: dict[str, int] = field(default_factory=dict)
    is_current: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "path": str(self.path),
            "published_at": self.published_at,
            "run_id": self.run_id,
            "source_build": self.source_build,
            "row_counts": self.row_counts,
            "is_current": self.is_current,
        }


def read_publication(path: Path | str) -> PublishedVersion | None:
    """meta_publication of a published/version file, or None when it has none."""
    path = Path(path)
    if not path.exists():
        return None
    import duckdb

    try:
        con = duckdb.connect(str(path), read_only=True, config=dict(DUCKDB_CONFIG))
    except Exception:
        log.warning("published file %s cannot be opened; treated as absent", path)
        return None
    try:
        row = con.execute(
            "SELECT version, published_at, run_id, source_build, row_counts "
            "FROM main.meta_publication ORDER BY version DESC LIMIT 1"
        ).fetchone()
    except Exception:
        return None
    finally:
        con.close()
    if row is None:
        return None
    published_at = row[1].isoformat() if hasattr(row[1], "isoformat") else row[1]
    return PublishedVersion(
        version=int(row[0]),
        path=path,
        published_at=published_at,
        run_id=row[2],
        source_build=row[3],
        row_counts=json.loads(row[4]) if row[4] else {},
    )
