"""A one-sheet XLSX of a frame, written directly (SpreadsheetML, inline strings).

Why not ``DataFrame.to_excel``: openpyxl takes ~10 s for the 5,000-row project table (a cell
object per value), and it stamps the time into the file. This writer is a string join: the
bytes depend on the data only (every zip entry has the fixed time ``XLSX_TIME``, there are no
document properties), so an unchanged download is byte-identical, and a changed one is cheap.

Cells: text as inline strings (characters XML 1.0 forbids are dropped), numbers, booleans,
dates and timestamps as Excel serial numbers with a ``yyyy-mm-dd`` / ``yyyy-mm-dd hh:mm:ss``
format (a timestamp with a zone in UTC), None/NaN/NaT empty; the header row is bold.

Rows and cells carry no references (``r``: optional in SpreadsheetML; a reader counts them), an
empty cell is ``<c/>``: a run of rows is then the same XML wherever it lands in the sheet, and
is compressed on its own (``SheetPart``, raw deflate ending in a sync flush). A sheet is its
header, its parts and its tail, concatenated: the site's whole-table download is assembled from
its cities' parts, and only a changed city's part is compressed again (``dashboards/downloads.py``).
"""

from __future__ import annotations

import datetime as dt
import decimal
import io
import math
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
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


def _row_xml(cells: tuple[str, ...] | list[str]) -> str:
    """One ``<row>`` without references: its cells in column order, an empty one ``<c/>``
    (trailing empties left out), so that a run of rows is the same XML wherever it lands in the
    sheet and can be compressed once and reused (``SheetPart``)."""
    n = len(cells)
    while n and not cells[n - 1]:
        n -= 1
    return "<row>" + "".join([f"<c{r}" if r else "<c/>" for r in cells[:n]]) + "</row>"


@dataclass(frozen=True)
class SheetPart:
    """A run of the sheet's XML compressed on its own (raw deflate ending in a sync flush, so
    that parts concatenate into one valid deflate stream), with its CRC-32 and length."""

    data: bytes
    crc: int
    size: int


def compress_part(xml: str, *, final: bool = False) -> SheetPart:
    raw = xml.encode("utf-8")
    c = zlib.compressobj(1, zlib.DEFLATED, -15)
    data = c.compress(raw) + c.flush(zlib.Z_FINISH if final else zlib.Z_SYNC_FLUSH)
    return SheetPart(data, zlib.crc32(raw), len(raw))


def rows_part(df: Any) -> SheetPart:
    """The frame's rows (no header) as one compressed part of a sheet."""
    plain = df.astype(object).where(df.notna(), None)  # Python values; NaN, NaT, NA -> None
    rests = [_column_rests(plain.iloc[:, j].tolist()) for j in range(plain.shape[1])]
    return compress_part("".join([_row_xml(row) for row in zip(*rests)]))


def _head_part(columns: list[str]) -> SheetPart:
    header = [_rest(name, _HEADER_STYLE) for name in columns]
    return compress_part(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<worksheet xmlns="{_MAIN}"><sheetData>{_row_xml(header)}'
    )


_TAIL = "</sheetData></worksheet>"


def _gf2_times(mat: tuple[int, ...], vec: int) -> int:
    """A GF(2) 32x32 matrix (its columns as ints) times a 32-bit vector."""
    s, i = 0, 0
    while vec:
        if vec & 1:
            s ^= mat[i]
        vec >>= 1
        i += 1
    return s


def _gf2_square(mat: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(_gf2_times(mat, mat[n]) for n in range(32))


#: _ZEROS[k]: the CRC-32 operator for 2**k zero bytes (zlib's crc32_combine squares these anew on
#: every call; they do not depend on the data, so they are made once, as needed)
_ZEROS: list[tuple[int, ...]] = []


def _zeros_operator(k: int) -> tuple[int, ...]:
    if not _ZEROS:
        op = (0xEDB88320, *(1 << n for n in range(31)))  # one zero bit
        for _ in range(3):  # 2, 4, 8 zero bits: one zero byte
            op = _gf2_square(op)
        _ZEROS.append(op)
    while len(_ZEROS) <= k:
        _ZEROS.append(_gf2_square(_ZEROS[-1]))
    return _ZEROS[k]


def _crc32_combine(crc1: int, crc2: int, len2: int) -> int:
    """CRC-32 of A+B from crc(A), crc(B) and len(B) (zlib's crc32_combine: crc(A) moved past
    len(B) zero bytes by the GF(2) operators of len(B)'s set bits, which commute)."""
    if len2 <= 0:
        return crc1
    k = 0
    while len2 > 0:
        if len2 & 1:
            crc1 = _gf2_times(_zeros_operator(k), crc1)
        len2 >>= 1
        k += 1
    return crc1 ^ crc2


_PART_COMMENT = b"integra-rows "


def xlsx_from_parts(columns: list[str], parts: list[SheetPart], sheet_name: str) -> bytes:
    """A one-sheet XLSX whose rows are ``parts`` in order (each from ``rows_part``), after the
    header row of ``columns``. With one part, the zip's comment names that part's CRC-32 and
    length, so that ``rows_of`` can take the part back out of the file."""
    head, tail = _head_part(columns), compress_part(_TAIL, final=True)
    crc, size = head.crc, head.size
    for p in [*parts, tail]:
        crc, size = _crc32_combine(crc, p.crc, p.size), size + p.size
    sheet = b"".join([head.data, *(p.data for p in parts), tail.data])
    comment = b""
    if len(parts) == 1:
        comment = _PART_COMMENT + f"{parts[0].crc} {parts[0].size}".encode()
    workbook = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>'
        f'<sheet name="{escape(sheet_name[:31], {chr(34): "&quot;"})}" sheetId="1" r:id="rId1"/>'
        "</sheets></workbook>"
    )
    entries = [
        (name, compress_part(text, final=True))
        for name, text in (
            ("[Content_Types].xml", _CONTENT_TYPES),
            ("_rels/.rels", _ROOT_RELS),
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS),
            ("xl/styles.xml", _STYLES),
        )
    ] + [(_SHEET, SheetPart(sheet, crc, size))]
    return _zip(entries, comment)


_SHEET = "xl/worksheets/sheet1.xml"
_DOS_TIME, _DOS_DATE = 0, (XLSX_TIME[0] - 1980) << 9 | XLSX_TIME[1] << 5 | XLSX_TIME[2]


def _zip(entries: list[tuple[str, SheetPart]], comment: bytes) -> bytes:
    """The zip of already deflated entries (no zip64: a part over 4 GB is refused)."""
    out: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    for name, part in entries:
        if part.size > 0xFFFFFFFF or len(part.data) > 0xFFFFFFFF:
            raise ValueError(f"{name}: too large for a zip without zip64")
        bname = name.encode()
        common = struct.pack(
            "<HHHHIII", 0, 8, _DOS_TIME, _DOS_DATE, part.crc, len(part.data), part.size
        )
        local = struct.pack("<IH", 0x04034B50, 20) + common + struct.pack("<HH", len(bname), 0)
        central.append(
            struct.pack("<IHH", 0x02014B50, 3 << 8 | 20, 20)
            + common
            + struct.pack("<HHHHHII", len(bname), 0, 0, 0, 0, 0o644 << 16, offset)
            + bname
        )
        out += [local, bname, part.data]
        offset += len(local) + len(bname) + len(part.data)
    cd = b"".join(central)
    end = struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(cd), offset, len(comment)
    )
    return b"".join(out) + cd + end + comment


def rows_of(data: bytes, columns: list[str]) -> SheetPart | None:
    """The rows part of a one-part XLSX written by ``xlsx_from_parts`` for ``columns``; None
    when ``data`` is not such a file (or its part does not check out)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            info = z.getinfo(_SHEET)
            comment = z.comment
        if not comment.startswith(_PART_COMMENT) or info.compress_type != zipfile.ZIP_DEFLATED:
            return None
        crc, size = (int(x) for x in comment[len(_PART_COMMENT) :].split())
        o = info.header_offset
        name_len, extra_len = struct.unpack("<HH", data[o + 26 : o + 30])
        start = o + 30 + name_len + extra_len
        sheet = data[start : start + info.compress_size]
    except (zipfile.BadZipFile, KeyError, ValueError, struct.error):
        return None
    head, tail = _head_part(columns), compress_part(_TAIL, final=True)
    if not (sheet.startswith(head.data) and sheet.endswith(tail.data)):
        return None
    if info.file_size != head.size + size + tail.size:
        return None
    total = _crc32_combine(_crc32_combine(head.crc, crc, size), tail.crc, tail.size)
    if total != info.CRC:
        return None
    return SheetPart(sheet[len(head.data) : len(sheet) - len(tail.data)], crc, size)


def xlsx_bytes(df: Any, sheet_name: str) -> bytes:
    """The frame (header row, then its rows in order) as a one-sheet XLSX."""
    return xlsx_from_parts([str(c) for c in df.columns], [rows_part(df)], sheet_name)
