"""The Polish-language extractor: pure Python, no Dagster. See record.extract_bytes."""

from .record import (
    EXTRACTOR_VERSION,
    FIELDS,
    SCALAR_FIELDS,
    extract_bytes,
    extract_file,
    extract_text,
    rejected_record,
)

__all__ = [
    "EXTRACTOR_VERSION",
    "FIELDS",
    "SCALAR_FIELDS",
    "extract_bytes",
    "extract_file",
    "extract_text",
    "rejected_record",
]
