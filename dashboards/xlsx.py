"""A one-sheet XLSX of a frame, written directly (SpreadsheetML, inline strings).

Why not ``DataFrame.to_excel``: openpyxl takes ~10 s for the 5,000-row project table (a cell
object per value), and it stamps the time into the file. This writer is a string join: the
bytes depend on the data only (every zip entry has the fixed time ``XLSX_TIME``, there are no
document properties), so an unchanged download is byte-identical, and a changed one is cheap.

Cells: text as inline strings (characters XML 1.0 forbids are dropped), numbers, booleans,
dates and timestamps as Excel serial numbers with a ``yyyy-mm-dd`` / ``yyyy-mm-dd hh:mm:ss``
format (a timestamp with a zone in UTC), None/NaN/NaT empty; the header row is bold.
"""

from __future__ import annotations

import datetime as dt
import decimal
import io
import math
import re
import zipfile
from typing import Any
from xml.sax.saxutils import escape

XLSX_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest zip time: the same for every file

_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_EPOCH = dt.datetime(1899, 12, 30)  # Excel's day 0 (1900 date system, after its leap-year bug)
_DATE_STYLE, _TIME_STYLE, _HEADER_STYLE = 1, 2, 3

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{_CT}.sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_CT}.worksheet+xml"/>'
    f'<Override PartName="/xl/styles.xml" ContentType="{_CT}.styles+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_REL}/styles" Target="styles.xml"/>'
    "</Relationships>"
)
_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<styleSheet xmlns="{_MAIN}">'
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>'
    '<numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)


def _column_letters(n: int) -> list[str]:
    out = []
    for i in range(1, n + 1):
        s = ""
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        out.append(s)
    return out


def _text(value: str) -> str:
    return escape(_ILLEGAL_XML.sub("", value))


def _rest(v: Any, style: int = 0) -> str:
    """A cell's XML after its reference (``<c r="A1"`` + this); "" for an empty cell."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return f' t="b"><v>{int(v)}</v></c>'
    if isinstance(v, (int, float, decimal.Decimal)) and not isinstance(v, bool):
        f = float(v)
        if math.isnan(f):
            return ""
        if math.isinf(f):
            return _rest("inf" if f > 0 else "-inf")
        return f"><v>{int(v) if isinstance(v, int) else repr(f)}</v></c>"
    if isinstance(v, dt.datetime):
        if v.tzinfo is not None:
            v = v.astimezone(dt.UTC).replace(tzinfo=None)
        days = (v - _EPOCH) / dt.timedelta(days=1)
        return f' s="{_TIME_STYLE}"><v>{days!r}</v></c>'
    if isinstance(v, dt.date):
        return f' s="{_DATE_STYLE}"><v>{(v - _EPOCH.date()).days}</v></c>'
    st = f' s="{style}"' if style else ""
    return f' t="inlineStr"{st}><is><t xml:space="preserve">{_text(str(v))}</t></is></c>'


def _cell(ref: str, v: Any, style: int = 0) -> str:
    rest = _rest(v, style)
    return f'<c r="{ref}"{rest}' if rest else ""


def _column_rests(values: list[Any]) -> list[str]:
    """_rest of each value of a column, each distinct value (by type and value) once."""
    seen: dict[tuple[type, Any], str] = {}
    out = []
    for v in values:
        try:
            key = (type(v), v)
            r = seen.get(key)
            if r is None:
                r = seen[key] = _rest(v)
        except TypeError:  # unhashable (a list): not cached
            r = _rest(v)
        out.append(r)
    return out


def _row_xml(letters: list[str], first: int, df: Any) -> str:
    """The <row> elements of a frame's rows, numbered from ``first``."""
    plain = df.astype(object).where(df.notna(), None)  # Python values; NaN, NaT, NA -> None
    rests = [_column_rests(plain.iloc[:, j].tolist()) for j in range(plain.shape[1])]
    rows = []
    for i, row in enumerate(zip(*rests), start=first):
        cells = "".join([f'<c r="{c}{i}"{r}' for c, r in zip(letters, row) if r])
        rows.append(f'<row r="{i}">{cells}</row>')
    return "".join(rows)


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=XLSX_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    # level 1: ~4x faster than the default 6 on the sheet's XML, a little larger (a download
    # rewritten whenever its table changes: at 100,000 projects the compression was seconds)
    info._compresslevel = 1  # type: ignore[attr-defined]  # (3.13: a property of compress_level)
    return info


class XlsxSheet:
    """A one-sheet XLSX written as its rows come: ``add`` frames of the same columns in order,
    then ``close`` for the file's bytes. Each frame's rows are made into XML, encoded and
    compressed at once, so neither the sheet's XML nor a frame of the whole table is ever held
    (at 100,000 projects the whole sheet as one string took gigabytes); the bytes equal
    ``xlsx_bytes`` of the frames concatenated."""

    def __init__(self, columns: list[Any], sheet_name: str) -> None:
        self.columns = [str(c) for c in columns]
        self._letters = _column_letters(len(self.columns))
        self._next = 2
        workbook = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>'
            f'<sheet name="{escape(sheet_name[:31], {chr(34): "&quot;"})}" sheetId="1" r:id="rId1"/>'
            "</sheets></workbook>"
        )
        self._out = io.BytesIO()
        self._zip = zipfile.ZipFile(self._out, "w", zipfile.ZIP_DEFLATED)
        for name, text in (
            ("[Content_Types].xml", _CONTENT_TYPES),
            ("_rels/.rels", _ROOT_RELS),
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS),
            ("xl/styles.xml", _STYLES),
        ):
            self._zip.writestr(_info(name), text.encode("utf-8"))
        self._sheet = self._zip.open(_info("xl/worksheets/sheet1.xml"), "w")
        header = "".join(
            _cell(f"{c}1", name, _HEADER_STYLE) for c, name in zip(self._letters, self.columns)
        )
        self._sheet.write(
            (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<worksheet xmlns="{_MAIN}"><sheetData><row r="1">{header}</row>'
            ).encode()
        )

    def add(self, df: Any) -> None:
        """The frame's rows, after those added before."""
        if len(df) == 0:
            return
        self._sheet.write(_row_xml(self._letters, self._next, df).encode("utf-8"))
        self._next += len(df)

    def close(self) -> bytes:
        self._sheet.write(b"</sheetData></worksheet>")
        self._sheet.close()
        self._zip.close()
        return self._out.getvalue()


def xlsx_bytes(df: Any, sheet_name: str) -> bytes:
    """The frame (header row, then its rows in order) as a one-sheet XLSX."""
    sheet = XlsxSheet(list(df.columns), sheet_name)
    sheet.add(df)
    return sheet.close()
