"""Gate results in words: a failed expectation as what went wrong, in the command's words, and
what the operator can do about it (`integra status`, `integra refresh`)."""

from __future__ import annotations

import re
from typing import Any

_SHRINK = re.compile(r"observed (\d+); published version has (\d+) rows, minimum allowed now (\d+)")
_COUNT = re.compile(r"(\d+) of (\d+) rows unexpected")


SHRINK_HINT = "if the shrink is intended, run `integra refresh --allow-shrink`"


def hints_for(lines: list[str]) -> list[str]:
    """What the operator can do about the described failures (each hint once)."""
    return [SHRINK_HINT] if any("more than INTEGRA_MAX_SHRINK allows" in x for x in lines) else []


def _get(r: Any, key: str, default: Any = None) -> Any:
    return r.get(key, default) if isinstance(r, dict) else getattr(r, key, default)


def _names(r: Any, limit: int = 3) -> list[str]:
    if hasattr(r, "names"):
        return r.names(limit)
    from integra.warehousing.gate import ExpectationResult

    fields = ExpectationResult.__dataclass_fields__
    return ExpectationResult(**{k: v for k, v in r.items() if k in fields}).names(limit)


def _rows(observed: str) -> str:
    m = _COUNT.search(observed or "")
    return f" in {m.group(1)} of {m.group(2)} rows" if m else ""


def describe_result(r: Any) -> str:
    """A failed expectation as what went wrong, in the CLI's words, with the projects or
    documents it concerns: ``fct_projects is empty``; ``fct_projects shrank from 5 to 0 rows,
    more than INTEGRA_MAX_SHRINK allows (at least 3)`` (followed once by SHRINK_HINT)."""
    mart = _get(r, "mart", "?")
    kind = _get(r, "expectation_type", "") or ""
    kw = _get(r, "kwargs", {}) or {}
    observed = str(_get(r, "observed", "") or "")
    col = str(kw.get("column", "")).lstrip("_")
    if _get(r, "exception"):
        text = f"{mart}: the check could not run ({_get(r, 'exception')})"
    elif kind == "expect_table_row_count_to_be_between":
        m = _SHRINK.search(observed)
        if m or isinstance(kw.get("min_value"), dict):
            now, before, least = m.groups() if m else ("?", "?", "?")
            text = (
                f"{mart} shrank from {before} to {now} rows, more than INTEGRA_MAX_SHRINK allows "
                f"(at least {least})"
            )
        elif observed.strip() == "observed 0":
            text = f"{mart} is empty"
        else:
            text = f"{mart} has a row count out of range ({observed})"
    elif kind == "expect_column_values_to_not_be_null":
        text = f"{mart}.{col} is missing{_rows(observed)}"
    elif kind == "expect_column_values_to_be_unique":
        text = f"{mart}.{col} has duplicate values{_rows(observed)}"
    elif kind == "expect_compound_columns_to_be_unique":
        cols = ", ".join(kw.get("column_list") or [])
        text = f"{mart} has more than one row for the same ({cols}){_rows(observed)}"
    elif kind == "expect_column_values_to_be_between":
        lo, hi = kw.get("min_value"), kw.get("max_value")
        bound = (
            f"between {lo} and {hi}"
            if lo is not None and hi is not None
            else f"at least {lo}"
            if lo is not None
            else f"at most {hi}"
        )
        text = f"{mart}.{col} is not {bound}{_rows(observed)}"
    elif kind == "expect_column_values_to_be_in_set":
        text = f"{mart}.{col} has values outside the allowed set{_rows(observed)}"
    elif kind == "expect_column_values_to_match_regex":
        text = f"{mart}.{col} has values of the wrong form{_rows(observed)}"
    elif kind == "expect_column_pair_values_a_to_be_greater_than_b":
        a, b = str(kw.get("column_A", "")).lstrip("_"), str(kw.get("column_B", "")).lstrip("_")
        rel = "smaller than" if kw.get("or_equal") else "not greater than"
        text = f"{mart}.{a} is {rel} {b}{_rows(observed)}"
    elif kind == "expect_column_pair_values_to_be_equal":
        a, b = str(kw.get("column_A", "")).lstrip("_"), str(kw.get("column_B", "")).lstrip("_")
        text = f"{mart}.{a} disagrees with {b}{_rows(observed)}"
    elif kind == "expect_table_columns_to_match_set":
        text = f"{mart} does not have the contract's columns ({observed})"
    elif kind == "expect_table_column_types_to_match":
        text = f"{mart} has columns of the wrong type ({observed})"
    else:
        desc = str(_get(r, "description", "") or _get(r, "expectation", "")).strip().rstrip(".")
        desc = desc.replace(
            "`run_gate(..., allow_shrink=True)`", "`integra refresh --allow-shrink`"
        )
        desc = re.sub(r"\$(\w+)", lambda m: m.group(1).replace("_", " "), desc)
        text = f"{mart}: this does not hold: {desc} ({observed})"
    names = _names(r)
    return text + (f" [{'; '.join(names)}]" if names else "")


def withheld_lines(withheld_documents: list[dict]) -> list[str]:
    """One line per document the gate withheld from a publication that went ahead: its file
    and the expectations its rows failed (a summary that says "passed" must not hide them)."""
    out = []
    for w in withheld_documents:
        reasons = "; ".join(str(r) for r in w.get("reasons") or [])
        out.append(f"{w.get('source_file') or w.get('document_id')}: {reasons}")
    return out
