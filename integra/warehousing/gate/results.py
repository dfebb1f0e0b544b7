"""What the gate decided: one `ExpectationResult` per expectation, one `GateResult` per run.

These cross the boundary to publish, Dagster asset checks, the CLI and the dashboards; this
module imports neither GX nor pandas."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from integra.settings import DEFAULT_MAX_SHRINK


@dataclass
class ExpectationResult:
    """One expectation of one mart's suite, evaluated."""

    suite: str
    mart: str
    expectation: str  # readable id, e.g. "expect_column_values_to_be_between(eu_cofinancing_share, min_value=0, max_value=1)"
    severity: str  # "error" | "warning"
    success: bool
    observed: str
    offending_rows: list[dict[str, Any]] = field(default_factory=list)
    description: str = ""
    expectation_type: str = ""
    kwargs: dict[str, Any] = field(default_factory=dict)
    unexpected_count: int | None = None
    element_count: int | None = None
    exception: str | None = None
    withheld: bool = False  # a row-level failure whose documents were withheld: not blocking
    #: every failing row's key (the mart's key columns as text), for row-level warnings: the
    #: next sliced gate carries the failures of rows that did not change (gate/slice.py)
    failing_keys: list[list[str | None]] = field(default_factory=list)
    #: how it was evaluated: "gx" (every row), "gx-slice" (changed rows + carried failures),
    #: "sql" (table-level, in DuckDB over the whole mart)
    evaluated_by: str = "gx"

    @property
    def blocking(self) -> bool:
        """True when this result blocks publication (a failed error expectation whose rows
        were not withheld)."""
        return self.severity == "error" and not self.success and not self.withheld

    def names(self, limit: int = 3) -> list[str]:
        """How people recognise the offending rows: their source_file, else title, else key."""
        out: list[str] = []
        for row in self.offending_rows:
            for col in ("source_file", "title", "project_scope_id", "document_id"):
                if row.get(col):
                    name = str(row[col])
                    break
            else:
                name = ", ".join(f"{k}={v}" for k, v in list(row.items())[:2])
            if name and name not in out:
                out.append(name)
            if len(out) >= limit:
                break
        return out


def unreadable_results(problems: Mapping[str, str]) -> list[ExpectationResult]:
    """One blocking "mart_is_readable" result per mart that could not be read (mart -> why)."""
    return [
        ExpectationResult(
            suite=mart,
            mart=mart,
            expectation="mart_is_readable",
            severity="error",
            success=False,
            observed=problem,
            description=f"{mart} exists in the build file and can be read.",
            expectation_type="mart_is_readable",
        )
        for mart, problem in problems.items()
    ]


@dataclass
class GateResult:
    passed: bool
    results: list[ExpectationResult]
    summary: str
    run_id: str = ""
    started_at: str = ""
    finished_at: str = ""
    duration_s: float = 0.0
    build_db: str = ""
    published_db: str | None = None
    marts_schema: str | None = None
    row_counts: dict[str, int] = field(default_factory=dict)
    published_row_counts: dict[str, int] = field(default_factory=dict)
    allow_shrink: bool = False
    max_shrink: float = DEFAULT_MAX_SHRINK
    report_path: str | None = None
    html_path: str | None = None
    data_docs_index: str | None = None
    data_docs_error: str | None = None
    #: documents withheld for row-level errors: {document_id, source_file, city_slug, reasons}
    withheld_documents: list[dict[str, Any]] = field(default_factory=list)
    #: rows publication leaves out, per mart: {"columns": key columns, "keys": [key tuples]}
    withheld_rows: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: "whole" (every row through GX) or "slice" (row-level expectations on the rows that differ
    #: from the published version, table-level ones as SQL): see gate/slice.py
    mode: str = "whole"
    mode_reason: str = ""
    #: digest of the suites, the marts' contract and the gate's code this run used
    gate_digest: str | None = None
    #: rows validated row by row, per mart (whole: every row; slice: the changed rows)
    validated_rows: dict[str, int] = field(default_factory=dict)
    #: per mart, rows of the published version whose key is gone from the build (slice mode)
    deleted_rows: dict[str, int] = field(default_factory=dict)

    @property
    def failed_errors(self) -> list[ExpectationResult]:
        return [r for r in self.results if r.blocking]

    @property
    def withheld(self) -> list[ExpectationResult]:
        return [r for r in self.results if r.withheld]

    @property
    def warnings(self) -> list[ExpectationResult]:
        return [r for r in self.results if r.severity == "warning" and not r.success]

    def for_mart(self, mart: str) -> list[ExpectationResult]:
        return [r for r in self.results if r.mart == mart]

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["counts"] = {
            "expectations": len(self.results),
            "failed_errors": len(self.failed_errors),
            "failed_warnings": len(self.warnings),
        }
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> GateResult:
        names = {f for f in cls.__dataclass_fields__}  # type: ignore[attr-defined]
        kw = {k: v for k, v in d.items() if k in names}
        kw["results"] = [
            ExpectationResult(
                **{k: v for k, v in r.items() if k in ExpectationResult.__dataclass_fields__}
            )
            for r in d.get("results", [])
        ]
        return cls(**kw)

    @classmethod
    def from_report(cls, path: Path | str) -> GateResult:
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))
