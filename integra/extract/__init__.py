"""The Polish-language extractor: pure Python, no Dagster. See record.extract_bytes.

The record's functions are imported on first use (PEP 562): importing a light part of the package
(`integra.extract.fields`, `.isolation`) does not load the rules."""

from .fields import FIELDS, SCALAR_FIELDS

_FROM_RECORD = (
    "EXTRACTOR_VERSION",
    "extract_bytes",
    "extract_file",
    "extract_text",
    "rejected_record",
)

__all__ = ["FIELDS", "SCALAR_FIELDS", *_FROM_RECORD]


def __getattr__(name: str):
    if name in _FROM_RECORD:
        from . import record

        return getattr(record, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
