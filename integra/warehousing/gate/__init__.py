"""The data-quality gate: Great Expectations suites decide what is published.

Each published mart is read from the audit build (read-only) into a pandas frame, gets the gate's
helper columns (names starting with ``_``, documented in the suite's ``meta.helper_columns``) and
is validated by a GX Core 1.x ephemeral context against ``expectations/<mart>.json``.

Severity lives in each expectation's ``meta.severity``:
- ``error``: a failure blocks publication (``GateResult.passed`` is False);
- ``warning``: published, and shown to people (report, gate.html, meta_gate_results).

One document cannot block every city: a failed *row-level* error expectation (a value or a pair
of values of some rows, e.g. a co-financing share above 1) whose offending rows trace back to
landed documents withholds those documents instead (`withhold_documents`): their rows, the rows
keyed on those rows' keys in the other marts, and the rows of aggregates built from them are
left out, the gate runs again on what is left, and the withheld documents are named in the
report, the summary and the published ``meta_quarantine``. Structural and set-wide failures
(schema, types, emptiness, shrink, uniqueness, a bad key, a failure in a mart no document
explains) still block.

Outputs of `run_gate`, all under INTEGRA_HOME:
- ``reports/gate-<UTC timestamp>.json`` and ``reports/latest.json``: every expectation, its
  severity, result, observed value and up to 20 offending rows (with the rows' keys and labels);
- ``reports/gate.html``: the same, as an offline page (no external resources, all text escaped);
- ``data_docs/``: GX Data Docs of the run (styled from a CDN, readable unstyled offline).

After a publication the gate runs on the slice (`slice`, expectations/README.md "The gate on
the slice"): row-level expectations through GX on the rows that differ from the published
version (the failures of unchanged rows carried from the basis publication recorded), the
table-level ones as SQL in DuckDB over the whole marts (`sql`); `run_gate(..., whole=True)` and
every case the basis cannot vouch for run the whole gate. The whole gate reads each mart in
bounded batches of the columns its suite reads (`batches`): `passing` judges a batch where every
row passes, GX the batches where a row fails, the table-level expectations run as SQL; it reads
whole frames only to withhold documents and for GX Data Docs.

GX is imported inside functions only (3-13 s), and only when some rows are validated; this
module imports neither GX nor pandas at import time, so the publish step and the CLI can import
`GateResult` cheaply. When the gate will run whole (`gate_runs_whole`: a first publication,
`--force`, changed suites), the pipeline starts GX's import in a thread while dbt builds
(`prefetch_gx`), so the gate finds it loaded.

The package, one part per step: `suites` (the JSON suites plus the structural expectations taken
from the marts' contract at run time), `frames` (the build file read into frames), `helpers`
(context values and helper columns), `gx` (running GX, results converted), `batches` (the
whole gate in bounded batches), `withhold`
(documents withheld for row-level errors), `carry` (rows withheld at the last publication,
carried while unchanged), `slice` (the rows changed since the publication, the basis, the
carried failures), `sql` (table-level expectations as SQL), `report` (summary,
JSON, gate.html) and `run` (`run_gate`). The names below are the gate's API.
"""

from __future__ import annotations

from integra.warehousing.gate.frames import (
    MARTS_SCHEMA_CANDIDATES,
    find_marts_schema,
    last_published_counts,
    max_shrink_from_env,
    published_row_counts,
    read_mart,
    read_marts,
    shape_only_columns,
)
from integra.warehousing.gate.gx import (
    LOGICAL_TYPES,
    GxSession,
    logical_type_of,
    prefetch_gx,
    validate_mart,
)
from integra.warehousing.gate.helpers import (
    add_helper_columns,
    context_values_from_frames,
    expectation_parameters,
    min_row_count_vs_published,
)
from integra.warehousing.gate.report import render_html, summarize, write_gate_reports
from integra.warehousing.gate.results import DEFAULT_MAX_SHRINK, ExpectationResult, GateResult
from integra.warehousing.gate.run import gate_runs_whole, run_gate
from integra.warehousing.gate.suites import (
    MARTS,
    SEVERITIES,
    contract,
    expectation_label,
    key_columns,
    load_suite_spec,
)
from integra.warehousing.gate.withhold import withhold_documents

__all__ = [
    "DEFAULT_MAX_SHRINK",
    "LOGICAL_TYPES",
    "MARTS",
    "MARTS_SCHEMA_CANDIDATES",
    "SEVERITIES",
    "ExpectationResult",
    "GateResult",
    "GxSession",
    "add_helper_columns",
    "context_values_from_frames",
    "contract",
    "expectation_label",
    "expectation_parameters",
    "find_marts_schema",
    "gate_runs_whole",
    "key_columns",
    "last_published_counts",
    "load_suite_spec",
    "logical_type_of",
    "max_shrink_from_env",
    "min_row_count_vs_published",
    "prefetch_gx",
    "published_row_counts",
    "read_mart",
    "read_marts",
    "render_html",
    "run_gate",
    "shape_only_columns",
    "summarize",
    "validate_mart",
    "withhold_documents",
    "write_gate_reports",
]
