"""Running Great Expectations: one ephemeral context per gate run, the custom table-types
expectation, and GX results turned into `ExpectationResult`s."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sys
import threading
import uuid
import warnings
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from integra.warehousing.gate.helpers import add_helper_columns, expectation_parameters
from integra.warehousing.gate.results import ExpectationResult
from integra.warehousing.gate.suites import (
    ROW_LEVEL_TYPES,
    columns_of,
    expectation_label,
    load_suite_spec,
)

if TYPE_CHECKING:
    import pandas as pd


log = logging.getLogger(__name__)

OFFENDING_ROWS_LIMIT = 20

GX_SITE_NAME = "integra"


def _quiet_gx() -> None:
    os.environ["GX_ANALYTICS_ENABLED"] = "false"
    for name in (
        "great_expectations",
        "great_expectations.core",
        "great_expectations.data_context",
    ):
        logging.getLogger(name).setLevel(logging.WARNING)


def import_gx() -> Any:
    _quiet_gx()
    if _prefetch is not None:
        _prefetch.join()  # a running prefetch holds the import: wait for it, do not start another
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import great_expectations as gx
    return gx


_prefetch: threading.Thread | None = None


def prefetch_gx() -> None:
    """Start importing GX in a background thread (once per process), for a caller that knows a
    gate needing GX follows and has idle time first: the pipeline while `dbt build` runs in its
    own process. GX's import is ~3 CPU s (scipy, altair, sqlalchemy, ...), most of the fixed cost
    of a whole gate; here it leaves the gate's critical path. Nothing else changes: the gate
    imports GX as before (`import_gx` waits for a prefetch still running). The thread only
    imports (no `warnings.catch_warnings`, which is not thread-safe: GX's import warnings are
    deprecation notices Python does not show outside __main__)."""
    global _prefetch
    if _prefetch is not None or "great_expectations" in sys.modules:
        return
    _quiet_gx()

    def run() -> None:
        try:
            import great_expectations  # noqa: F401
        except Exception:  # the gate imports it again and reports what fails there
            log.debug("prefetching GX failed", exc_info=True)

    _prefetch = threading.Thread(target=run, name="integra-gx-prefetch", daemon=True)
    _prefetch.start()


#: Logical types of `expect_table_column_types_to_match`, as produced by `read_mart`.
LOGICAL_TYPES = {
    "text": {"text"},
    "integer": {"integer"},
    "float": {"float"},
    "number": {"integer", "float"},
    "boolean": {"boolean"},
    "date": {"datetime"},
    "timestamp": {"datetime"},
    "date_or_text": {"datetime", "text"},
}


def logical_type_of(dtype: Any) -> str:
    """pandas dtype (after `read_mart`) -> integer|float|boolean|datetime|text|<dtype name>."""
    import pandas as pd

    if pd.api.types.is_bool_dtype(dtype):
        return "boolean"
    if pd.api.types.is_integer_dtype(dtype):
        return "integer"
    if pd.api.types.is_float_dtype(dtype):
        return "float"
    if pd.api.types.is_datetime64_any_dtype(dtype):
        return "datetime"
    if pd.api.types.is_object_dtype(dtype) or pd.api.types.is_string_dtype(dtype):
        return "text"
    return str(dtype)


_CUSTOM_REGISTERED = False


def register_custom_expectations() -> None:
    """Define ExpectTableColumnTypesToMatch (type "expect_table_column_types_to_match").

    One table-level expectation per mart instead of one per column: GX costs ~25 ms per
    expectation here, and the types come from one metric (table.column_types)."""
    global _CUSTOM_REGISTERED
    if _CUSTOM_REGISTERED:
        return
    from great_expectations.compatibility import pydantic
    from great_expectations.expectations.expectation import BatchExpectation

    class ExpectTableColumnTypesToMatch(BatchExpectation):
        """Every listed column exists and has the given logical type (see LOGICAL_TYPES)."""

        column_types: dict = pydantic.Field(description="column name -> logical type")
        metric_dependencies = ("table.column_types",)
        success_keys = ("column_types",)
        args_keys = ("column_types",)
        domain_keys = ("batch_id",)

        def _validate(self, metrics, runtime_configuration=None, execution_engine=None):
            expected = self._get_success_kwargs().get("column_types") or {}
            actual = {d["name"]: logical_type_of(d["type"]) for d in metrics["table.column_types"]}
            mismatched = {}
            for col, want in expected.items():
                got = actual.get(col)
                if got is None:
                    mismatched[col] = {"expected": want, "observed": "missing"}
                elif got not in LOGICAL_TYPES.get(want, {want}):
                    mismatched[col] = {"expected": want, "observed": got}
            return {
                "success": not mismatched,
                "result": {
                    "observed_value": f"{len(expected) - len(mismatched)} of {len(expected)} "
                    "columns have the expected type",
                    "details": {"mismatched": mismatched},
                },
            }

    _CUSTOM_REGISTERED = True


class GxSession:
    """One GX ephemeral context: its in-memory validation results feed one Data Docs build.

    Nothing is written anywhere except the Data Docs site directory given (if any)."""

    def __init__(self, data_docs_dir: Path | None = None) -> None:
        gx = import_gx()
        from great_expectations.data_context.types.base import (
            DataContextConfig,
            InMemoryStoreBackendDefaults,
            ProgressBarsConfig,
        )

        sites = {}
        if data_docs_dir is not None:
            sites[GX_SITE_NAME] = {
                "class_name": "SiteBuilder",
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
                "store_backend": {
                    "class_name": "TupleFilesystemStoreBackend",
                    "base_directory": str(data_docs_dir),
                },
            }
        config = DataContextConfig(
            store_backend_defaults=InMemoryStoreBackendDefaults(init_temp_docs_sites=False),
            analytics_enabled=False,
            progress_bars=ProgressBarsConfig(globally=False),
            data_docs_sites=sites,
        )
        register_custom_expectations()
        self.gx = gx
        self.data_docs_dir = data_docs_dir
        self.context = gx.get_context(project_config=config, mode="ephemeral")
        self.datasource = self.context.data_sources.add_pandas("integra_marts")
        self._used: dict[str, int] = {}

    def build_suite(self, spec: Mapping[str, Any], extra_columns: Iterable[str]) -> Any:
        from great_expectations.expectations.expectation_configuration import (
            ExpectationConfiguration,
        )
        from great_expectations.expectations.metadata_types import FailureSeverity

        extra = list(extra_columns)
        exps = []
        for i, e in enumerate(spec["expectations"]):
            kwargs = json.loads(json.dumps(e["kwargs"]))
            if e["type"] == "expect_table_columns_to_match_set" and extra:
                kwargs["column_set"] = list(kwargs["column_set"]) + extra
            meta = dict(e.get("meta", {}), gate_index=i)
            sev = (
                FailureSeverity.CRITICAL if meta["severity"] == "error" else FailureSeverity.WARNING
            )
            cfg = ExpectationConfiguration(
                type=e["type"],
                kwargs=kwargs,
                meta=meta,
                notes=f"[{meta['severity']}] {meta.get('description', '')}",
                severity=sev,
            )
            exps.append(cfg.to_domain_obj())
        return self.gx.ExpectationSuite(
            name=self._unique(str(spec["name"])),
            expectations=exps,
            meta=dict(spec.get("meta", {})),
        )

    def _unique(self, name: str) -> str:
        """The name itself the first time in this session, then name__2, name__3, ..."""
        n = self._used.get(name, 0) + 1
        self._used[name] = n
        return name if n == 1 else f"{name}__{n}"

    def validate(
        self,
        mart: str,
        df: pd.DataFrame,
        spec: Mapping[str, Any],
        parameters: Mapping[str, Any],
        run_id: str,
    ) -> Any:
        from great_expectations.core.run_identifier import RunIdentifier

        helper_cols = [c for c in df.columns if str(c).startswith("_")]
        suite = self.context.suites.add(self.build_suite(spec, helper_cols))
        asset = self.datasource.add_dataframe_asset(suite.name)
        batch_def = asset.add_batch_definition_whole_dataframe("whole_mart")
        vd = self.context.validation_definitions.add(
            self.gx.ValidationDefinition(name=f"gate__{suite.name}", data=batch_def, suite=suite)
        )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return vd.run(
                batch_parameters={"dataframe": df},
                expectation_parameters=dict(parameters),
                result_format={
                    # COMPLETE: every failing row's index (for `failing_keys`), not only the
                    # first OFFENDING_ROWS_LIMIT; the partial lists stay as in SUMMARY
                    "result_format": "COMPLETE",
                    "partial_unexpected_count": OFFENDING_ROWS_LIMIT,
                },
                run_id=RunIdentifier(run_name=run_id, run_time=dt.datetime.now(dt.UTC)),
            )

    def build_data_docs(self) -> str | None:
        if self.data_docs_dir is None:
            return None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            urls = self.context.build_data_docs(site_names=[GX_SITE_NAME])
        return urls.get(GX_SITE_NAME)


def _jsonable(v: Any) -> Any:
    import numpy as np
    import pandas as pd

    if v is None:
        return None
    if isinstance(v, (list, tuple)):
        return [_jsonable(x) for x in v]
    if isinstance(v, dict):
        return {str(k): _jsonable(x) for k, x in v.items()}
    try:
        if pd.isna(v):
            return None
    except (TypeError, ValueError):
        pass
    if isinstance(v, (pd.Timestamp, dt.datetime)):
        ts = pd.Timestamp(v)
        if ts.hour == ts.minute == ts.second == ts.microsecond == 0 and ts.tzinfo is None:
            return ts.date().isoformat()
        return ts.isoformat()
    if isinstance(v, np.datetime64):
        return _jsonable(pd.Timestamp(v))
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, np.bool_):
        return bool(v)
    if isinstance(v, np.integer):
        return int(v)
    if isinstance(v, np.floating):
        return float(v)
    if isinstance(v, (str, int, float, bool)):
        return v
    return str(v)


def _short(v: Any) -> str:
    if isinstance(v, float):
        return format(v, ".10g")
    if isinstance(v, list):
        return "(" + ", ".join(_short(x) for x in v) + ")"
    return repr(v)


def observed_text(result: Mapping[str, Any], exp_type: str, parameters: Mapping[str, Any]) -> str:
    if "unexpected_count" in result:
        uc = result.get("unexpected_count") or 0
        ec = result.get("element_count")
        txt = f"{uc} of {ec} rows unexpected"
        missing = result.get("missing_count")
        if missing:
            txt += f" ({missing} null skipped)"
        sample = result.get("partial_unexpected_list") or []
        if uc and sample:
            shown = ", ".join(_short(_jsonable(x)) for x in sample[:5])
            txt += f"; e.g. {shown}"
        return txt
    observed = _jsonable(result.get("observed_value"))
    txt = f"observed {observed}" if observed is not None else "no observed value"
    details = result.get("details") or {}
    mismatched = details.get("mismatched") if isinstance(details, dict) else None
    if mismatched:
        txt += f"; mismatched {json.dumps(_jsonable(mismatched), ensure_ascii=False)}"
    if exp_type == "expect_table_row_count_to_be_between":
        pass
    return txt


def shrink_note(
    e: Mapping[str, Any], parameters: Mapping[str, Any], context_values: Mapping[str, Any]
) -> str:
    """What the shrink guard compared with (appended to its observed value)."""
    if e["type"] != "expect_table_row_count_to_be_between" or not isinstance(
        e["kwargs"].get("min_value"), dict
    ):
        return ""
    published = context_values.get("published_row_count")
    out = (
        f"; published version has {published} rows"
        if published is not None
        else "; no published version to compare with"
    )
    out += f", minimum allowed now {parameters.get('min_row_count_vs_published')}"
    if context_values.get("allow_shrink"):
        out += " (allow_shrink: shrink guard overridden)"
    return out


def _convert_results(
    mart: str,
    suite_name: str,
    spec: Mapping[str, Any],
    df: pd.DataFrame,
    gx_result: Any,
    parameters: Mapping[str, Any],
    context_values: Mapping[str, Any],
) -> list[ExpectationResult]:
    meta = spec.get("meta", {})
    key_cols = list(meta.get("key_columns", []))
    label_cols = list(meta.get("label_columns", []))
    by_index: dict[int, Any] = {}
    for r in gx_result.results:
        idx = (r.expectation_config.meta or {}).get("gate_index")
        if idx is not None:
            by_index[int(idx)] = r
    out: list[ExpectationResult] = []
    for i, e in enumerate(spec["expectations"]):
        emeta = e.get("meta", {})
        r = by_index.get(i)
        label = expectation_label(e["type"], e["kwargs"])
        if r is None:
            out.append(
                ExpectationResult(
                    suite=suite_name,
                    mart=mart,
                    expectation=label,
                    severity=emeta["severity"],
                    success=False,
                    observed="expectation did not run",
                    description=emeta.get("description", ""),
                    expectation_type=e["type"],
                    kwargs=e["kwargs"],
                    exception="no result returned by GX",
                )
            )
            continue
        result = dict(r.result or {})
        exc_info = r.exception_info or {}
        exception = None
        if exc_info.get("raised_exception"):
            exception = str(exc_info.get("exception_message"))
        else:  # GX may nest exception info per metric
            for v in exc_info.values() if isinstance(exc_info, dict) else []:
                if isinstance(v, dict) and v.get("raised_exception"):
                    exception = str(v.get("exception_message"))
                    break
        observed = observed_text(result, e["type"], parameters)
        observed += shrink_note(e, parameters, context_values)
        if exception:
            observed = f"exception: {exception}"
        offending: list[dict[str, Any]] = []
        idx_list = result.get("partial_unexpected_index_list") or []
        if idx_list and not r.success:
            cols = []
            for c in (
                key_cols
                + label_cols
                + columns_of(e["kwargs"])
                + list(emeta.get("show_columns", []))
            ):
                if c in df.columns and c not in cols:
                    cols.append(c)
            for ix in idx_list[:OFFENDING_ROWS_LIMIT]:
                if isinstance(ix, dict):  # unexpected_index_column_names form
                    offending.append({k: _jsonable(v) for k, v in ix.items()})
                    continue
                try:
                    row = df.loc[ix, cols]
                except KeyError:
                    continue
                offending.append({c: _jsonable(row[c]) for c in cols})
        failing_keys: list[list[str | None]] = []
        # the keys the next sliced gate carries: only warnings (a published row passed every
        # error), so a broken build's error on a million rows does not fill the report
        if e["type"] in ROW_LEVEL_TYPES and emeta["severity"] == "warning" and not r.success:
            failing_keys = row_keys(df, result.get("unexpected_index_list") or [], key_cols)
        out.append(
            ExpectationResult(
                suite=suite_name,
                mart=mart,
                expectation=label,
                severity=emeta["severity"],
                success=bool(r.success) and exception is None,
                observed=observed,
                offending_rows=offending,
                description=emeta.get("description", ""),
                expectation_type=e["type"],
                kwargs=_jsonable(e["kwargs"]),
                unexpected_count=_jsonable(result.get("unexpected_count")),
                element_count=_jsonable(result.get("element_count")),
                exception=exception,
                failing_keys=failing_keys,
            )
        )
    return out


def row_keys(df: pd.DataFrame, index: Iterable[Any], key_cols: list[str]) -> list[list[str | None]]:
    """The key (as text, None for a null) of each row of `df` at the given index labels."""
    if not set(key_cols) <= set(df.columns):
        return []
    labels = [ix for ix in index if not isinstance(ix, dict)]
    labels = [ix for ix in labels if ix in df.index]
    if not labels:
        return []
    import pandas as pd

    sub = df.loc[labels, key_cols].astype(object)
    return [
        [None if pd.isna(v) else str(v) for v in row]
        for row in sub.itertuples(index=False, name=None)
    ]


def validate_mart(
    mart_name: str,
    df: pd.DataFrame,
    context_values: Mapping[str, Any],
    *,
    session: GxSession | None = None,
    run_id: str | None = None,
    expectations_dir: Path | None = None,
) -> list[ExpectationResult]:
    """Validate one mart's frame (as read from the build) against expectations/<mart>.json.

    `context_values`: from `context_values_from_frames(...)[mart]`.
    For a Dagster asset check: blocking = any(r.blocking for r in results)."""
    spec = load_suite_spec(mart_name, expectations_dir)
    return validate_frame(
        mart_name, df, context_values, spec, session=session or GxSession(None), run_id=run_id
    )


def validate_frame(
    mart_name: str,
    df: pd.DataFrame,
    context_values: Mapping[str, Any],
    spec: Mapping[str, Any],
    *,
    session: GxSession,
    run_id: str | None = None,
) -> list[ExpectationResult]:
    """The expectations of `spec` (a loaded suite, or part of one) on `df` plus its helper
    columns; one result per expectation of `spec`, in its order."""
    frame = add_helper_columns(mart_name, df, context_values, spec)
    params = expectation_parameters(context_values)
    gx_result = session.validate(mart_name, frame, spec, params, run_id or new_run_id())
    return _convert_results(mart_name, spec["name"], spec, frame, gx_result, params, context_values)


# --------------------------------------------------------------------------------------------
# The gate
# --------------------------------------------------------------------------------------------


def new_run_id() -> str:
    return dt.datetime.now(dt.UTC).strftime("gate-%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:6]
