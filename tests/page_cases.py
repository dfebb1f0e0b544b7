"""Shared scaffolding of the whole-page tests (our own pages and real stored pages): one
parametrised case per (page, field, expected value), a strict xfail where a reason is given."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pytest


def page_field_cases(
    rows: Iterable[tuple[str, str, object]], xfail: Mapping[tuple[str, str], str]
) -> list:
    """pytest params (page, field, value), each with the id "rNN-field" and a strict xfail when
    `xfail` holds a reason for its (page, field)."""
    return [
        pytest.param(
            page,
            field,
            value,
            id=f"{page.split('_')[0]}-{field}",
            marks=[pytest.mark.xfail(reason=xfail[page, field], strict=True)]
            if (page, field) in xfail
            else [],
        )
        for page, field, value in rows
    ]
