"""Reading a landed file: bytes -> decoded text (txt, html, pdf), or a reason to reject it."""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import stat
from dataclasses import dataclass

from .fastre import case_free_functions, case_free_patterns

MAX_BYTES = 50 * 1024 * 1024


class Rejected(Exception):
    """The file cannot be read as a project description; the message is the recorded reason."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    media_type: str  # txt | html | pdf
    page_title: str = ""  # an HTML page's <title> (the title rule's layout evidence)


_POLISH_LETTERS = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ"
_MISREAD_SYMBOLS = "¹¿œ±¶¼¥Œ¬¦©®ª"
_C1_CONTROL = re.compile("[\x80-\x9f]")
_HTML_SNIFF = re.compile(rb"<\s*(?:!doctype\s+html|html|head|body|div|p|article)\b", re.IGNORECASE)


def _polish_score(text: str) -> float:
    """Share of letters that are Polish diacritics minus a penalty for symbols that CP1250 and
    ISO-8859-2 produce when read with the wrong table (e.g. '¹', '¿', 'œ', '±', '¶', '¼')."""
    # counted with C-level str/regex methods: a per-character generator cost ~1/3 of extraction
    letters = sum(map(str.isalpha, text)) or 1
    good = sum(text.count(ch) for ch in _POLISH_LETTERS)
    bad = sum(text.count(ch) for ch in _MISREAD_SYMBOLS) + len(_C1_CONTROL.findall(text))
    return (good - 3 * bad) / letters


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8 when they are, else let charset-normalizer choose among the encodings
    Polish documents use (CP1250, ISO-8859-2, UTF-16), checking its choice on Polish letters.
    """
    if not data:
        raise Rejected("empty file")
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            # a BOM says UTF-8: damaged bytes are replaced as for UTF-8 without one (or refused)
            text, encoding = _damaged_utf8(data[3:])
            _reject_binary(text)
            return text, encoding
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise Rejected(f"undecodable UTF-16 text: {exc.reason}") from None
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        text, encoding = _detect(data)
    _reject_binary(text)
    return text, encoding


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    sample = data[:200_000]
    # UTF-16 without a BOM: every other byte is NUL in Latin-script text
    if sample.count(b"\x00") > len(sample) // 4:
        # Latin-script UTF-16-LE has its NULs at odd offsets, UTF-16-BE at even ones; both orders
        # decode without error, so try the one the NULs point to first
        be_first = sample[0::2].count(0) > sample[1::2].count(0)
        for enc in ("utf-16-be", "utf-16-le") if be_first else ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _printable_share(text[:5000]) > 0.95:
                return text, enc
        raise Rejected("binary content (NUL bytes): not a text document")
    # UTF-8 with a few damaged bytes: nearly every non-ASCII character still decodes (in CP1250 or
    # ISO-8859-2 text almost none does), so replace the damaged bytes rather than misread it all
    lenient = _lenient_utf8(data)
    if lenient is not None:
        return lenient, "utf-8 (damaged bytes replaced)"
    results = from_bytes(sample, cp_isolation=["cp1250", "iso8859_2", "utf_16", "cp1252"])
    candidates = []
    best = results.best()
    if best is not None:
        candidates.append(best.encoding)
    for enc in ("cp1250", "iso8859_2"):
        if enc not in candidates:
            candidates.append(enc)
    scored = []
    for enc in candidates:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append(
            (_polish_score(text[:10_000]), enc == (best.encoding if best else None), enc, text)
        )
    if not scored:
        raise Rejected("undecodable text: not UTF-8, CP1250, ISO-8859-2 or UTF-16")
    scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
    _, _, enc, text = scored[0]
    return text, enc.replace("_", "-")


def _lenient_utf8(data: bytes) -> str | None:
    """`data` as UTF-8 with its damaged bytes replaced, when they are few; else None."""
    lenient = data.decode("utf-8", errors="replace")
    damaged = lenient.count("\ufffd")
    intact = len(lenient) - len(lenient.encode("ascii", "ignore")) - damaged
    if intact >= 10 * damaged and damaged <= len(lenient) // 100:
        return lenient
    return None


def _damaged_utf8(data: bytes) -> tuple[str, str]:
    """Bytes after a UTF-8 BOM that do not decode: a few damaged bytes are replaced."""
    lenient = _lenient_utf8(data)
    if lenient is None:
        raise Rejected(
            "undecodable text: a UTF-8 byte-order mark but many bytes that are not UTF-8"
        )
    return lenient, "utf-8-sig (damaged bytes replaced)"


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")


def _printable_share(text: str) -> float:
    """Share of characters that are not control characters (nor U+FFFD replacements)."""
    if not text:
        return 0.0
    return 1 - len(_CONTROL.findall(text)) / len(text)


def _reject_binary(text: str) -> None:
    sample = text[:20_000]
    if "\x00" in sample or _printable_share(sample) < 0.97:
        raise Rejected("binary content: control characters, not a text document")


def read_document(data: bytes, name: str) -> Decoded:
    """Bytes of a landed file -> text, by the file's extension and content."""
    if len(data) > MAX_BYTES:
        raise Rejected(f"file too large ({len(data)} bytes > {MAX_BYTES})")
    lower = name.lower()
    if lower.endswith(".pdf") or data[:5] == b"%PDF-":
        return Decoded(_pdf_text(data), "pdf", "pdf")
    text, encoding = decode_bytes(data)
    if lower.endswith((".html", ".htm", ".xhtml")) or _HTML_SNIFF.search(data[:2048]):
        depth = html_depth(text)
        if depth > MAX_HTML_DEPTH:
            # the HTML parser's time grows with the square of the nesting, in C code that the
            # per-document time limit cannot interrupt (80,000 levels: 20 s)
            raise Rejected(
                f"HTML nested {depth} levels deep (more than {MAX_HTML_DEPTH}): not read"
            )
        return Decoded(html_to_text(text), encoding, "html", page_title(text))
    return Decoded(text, encoding, "txt")


MAX_PDF_PAGES = 2_000
MAX_PDF_TEXT_CHARS = 20_000_000
PDF_MAX_STREAM_BYTES = 20 * 1024 * 1024  # pypdf's own default: 75 MB per stream


def _pdf_limits():
    """A context lowering pypdf's decompression caps to 20 MB per stream: pypdf >= 7's
    `apply_configuration`, or the module settings of older versions."""
    import pypdf

    if hasattr(pypdf, "apply_configuration"):
        fields = {f.name for f in __import__("dataclasses").fields(pypdf.Configuration)}
        caps = {
            name: PDF_MAX_STREAM_BYTES
            for name in (
                "maximum_declared_stream_length",
                "array_based_stream_maximum_output_length",
                "jbig2_maximum_output_length",
                "lzw_maximum_output_length",
                "run_length_maximum_output_length",
                "zlib_maximum_output_length",
                "brotli_maximum_output_length",
                "image_maximum_buffer_size",
            )
            if name in fields
        }
        if "stream_decoding_work_maximum_length" in fields:
            caps["stream_decoding_work_maximum_length"] = 4 * PDF_MAX_STREAM_BYTES
        return pypdf.apply_configuration(**caps)
    from pypdf import filters

    for name in (
        "ZLIB_MAX_OUTPUT_LENGTH",
        "LZW_MAX_OUTPUT_LENGTH",
        "MAX_DECLARED_STREAM_LENGTH",
        "MAX_ARRAY_BASED_STREAM_OUTPUT_LENGTH",
        "RUN_LENGTH_MAX_OUTPUT_LENGTH",
    ):
        if isinstance(getattr(filters, name, None), int):
            setattr(filters, name, min(getattr(filters, name), PDF_MAX_STREAM_BYTES))
    return __import__("contextlib").nullcontext()


def _pdf_text(data: bytes) -> str:
    """The text layer of a PDF. pypdf's decompression limits are lowered (a content stream that
    inflates past them raises `LimitReachedError`), pages and text are capped; any pypdf failure
    is a rejection naming its type."""
    import logging

    from pypdf.errors import LimitReachedError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        with _pdf_limits():
            text = _pdf_pages_text(data)
    except Rejected:
        raise
    except LimitReachedError:
        raise Rejected(
            "PDF content inflates beyond the decompression limit (a decompression bomb?): not read"
        ) from None
    except MemoryError:
        raise Rejected("PDF needs too much memory to read: not read") from None
    except Exception as exc:
        raise Rejected(f"unreadable PDF: {type(exc).__name__}") from None
    if len(text.strip()) < 20:
        raise Rejected("PDF has no text layer (a scan?): nothing to read")
    return text


def _pdf_pages_text(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        try:
            reader.decrypt("")
        except Exception:
            raise Rejected("encrypted PDF") from None
    pages = len(reader.pages)
    if pages > MAX_PDF_PAGES:
        raise Rejected(f"PDF has {pages} pages (more than {MAX_PDF_PAGES}): not read")
    parts: list[str] = []
    chars = 0
    for page in reader.pages:
        part = page.extract_text() or ""
        chars += len(part)
        if chars > MAX_PDF_TEXT_CHARS:
            raise Rejected(f"PDF text longer than {MAX_PDF_TEXT_CHARS} characters: not read")
        parts.append(part)
    return "\n\n".join(p for p in parts if p.strip())


# --------------------------------------------------------------------------- HTML

_DROP_TAGS = {
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "svg",
    "template",
    "button",
    "select",
    "input",
    "textarea",
    "object",
    "embed",
    "canvas",
    "menu",
    "head",
}
_BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "br",
    "li",
    "ul",
    "ol",
    "tr",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "dd",
    "dt",
    "dl",
    "blockquote",
    "pre",
    "hr",
    "figure",
    "figcaption",
    "address",
    "tbody",
    "thead",
}
_BOILERPLATE = re.compile(
    r"cookie|consent|rodo|gdpr|banner|navbar|\bnav\b|menu|breadcrumb|footer|header|sidebar|social|share"
    r"|skip|newsletter|search|popup|modal|wcag|accessibility|toolbar",
    re.IGNORECASE,
)


_SIDE_BOX = re.compile(r"sidebar|\baside\b", re.IGNORECASE)


def _facts_box(node) -> bool:
    """A side box that holds the record's facts as a definition list ("Start date: … End date:
    …", a project card beside the article): kept, unlike a side box of links or widgets."""
    return len(node.css("dl dt")) >= 2


_TITLE_TAG = re.compile(r"<title(?:\s[^>]*)?>([^<]{1,400})</title\s*>", re.IGNORECASE)


def page_title(html: str) -> str:
    """The text of an HTML page's <title> in its head ("Projekt „X” – MOPS w Y"), whitespace
    collapsed; "" when there is none."""
    import html as html_lib

    m = _TITLE_TAG.search(html, 0, 20_000)
    return _WS.sub(" ", html_lib.unescape(m.group(1))).strip() if m else ""


def html_to_text(html: str) -> str:
    """Article text of an HTML page: scripts, styles, navigation and cookie banners removed;
    block elements become line breaks, list items become "- " lines."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    root = tree.body or tree.root
    if root is None:
        return ""
    owners: list[str] = []
    named: list[str] = []  # welfare institutions a masthead or a footer line names with their town
    for tag in _DROP_TAGS:
        for node in root.css(tag):
            if tag == "aside" and _facts_box(node):
                continue
            if tag == "footer":
                owners += _site_owner(node)
            if tag in {"header", "footer"}:
                named += _site_name(node)
            node.decompose()
    for node in root.css("[id], [class], [role], [aria-hidden]"):
        attrs = node.attributes
        marker = " ".join(str(attrs.get(k) or "") for k in ("id", "class", "role"))
        if attrs.get("aria-hidden") == "true" or (
            _BOILERPLATE.search(marker)
            and node.tag not in {"main", "article", "body", "html"}
            and not (_SIDE_BOX.search(marker) and _facts_box(node))
        ):
            if "footer" in marker.lower():
                owners += _site_owner(node)
            if "footer" in marker.lower() or "header" in marker.lower():
                named += _site_name(node)
            node.decompose()
    text = _article_text(root)
    # the site's owner from the footer's copyright line ("© Miejski Ośrodek Pomocy Społecznej w
    # X"), else from a masthead or footer line that is the institution's name: the institution a
    # page names only by "MOPS" is found there, as on a plain-text page
    owners += ["© " + name for name in named]
    return text + "\n\n" + owners[0] if owners and owners[0] not in text else text


_COPYRIGHT = re.compile(r"©\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?P<name>[^·|\n©]{5,120})")
_WELFARE_WORDS = re.compile(
    r"O[śs]rod\w+\s+Pomocy|Centrum\s+(?:Pomocy|Usług)|\b(?:MOPS|MOPR|GOPS|MGOPS|PCPR|OPS|CUS)\b"
)


def _site_owner(node) -> list[str]:
    """'© <welfare institution>' lines of a footer."""
    out = []
    for m in _COPYRIGHT.finditer(_WS.sub(" ", node.text(separator=" ") or "")):
        name = m.group("name").strip(" .,;")
        if _WELFARE_WORDS.search(name):
            out.append("© " + name)
    return out


# a whole line that is a welfare institution's name with its town ("Gminny Ośrodek Pomocy
# Społecznej w Gościnie" as a logo's text or a footer's first line)
_INSTITUTION_LINE = re.compile(
    r"(?:(?:Miejsk|Gminn|Miejsko-Gminn|Powiatow)\w+\s+)?(?:O[śs]rodek\s+Pomocy\s+(?:Spo[łl]ecznej|Rodzinie)"
    r"|Centrum\s+(?:Pomocy\s+(?:Rodzinie|Spo[łl]ecznej)|Us[łl]ug\s+Spo[łl]ecznych))"
    r"(?:\s+im\.[^\n]{3,60}?)?\s+we?\s+[A-ZŁŚŻŹĆ][\w-]+(?:\s+[A-ZŁŚŻŹĆ][\w-]+)?"
)


# an address after the name on a footer's line ("…, ul. Polna 4, 98-200 Sieradz")
_ADDRESS_AFTER = re.compile(r"\s*,\s*(?:ul\.|al\.|pl\.|os\.|ulica\s|aleja\s|\d{2}-\d{3}\s)")


def _site_name(node) -> list[str]:
    """Lines of a masthead or footer that are a welfare institution's name and town, nothing more,
    or its name and town followed by its address ("MOPS w X, ul. Polna 4, 00-000 X")."""
    out = []
    for line in re.split(r"\n|·|\||&middot;", node.text(separator="\n") or ""):
        line = _WS.sub(" ", line).strip(" .,;")
        if len(line) > 160:
            continue
        m = _INSTITUTION_LINE.match(line)
        if m is None:
            continue
        if m.end() == len(line) or _ADDRESS_AFTER.match(line, m.end()):
            out.append(m.group(0))
    return out


def _article_text(root) -> str:
    main = None
    for sel in ("main", "article", "[role=main]", "#content", ".content"):
        cand = root.css_first(sel)
        if cand is not None and len((cand.text() or "").strip()) > 200:
            main = cand
            break
    if main is not None:
        # the page heading often stands above the article element: keep it as the first line
        h1 = root.css_first("h1")
        if h1 is not None:
            heading = _WS.sub(" ", h1.text() or "").strip()
            if heading and not _inside(h1, main):
                body = _render(main)
                facts = _facts_above(root, body)
                return heading + "\n\n" + (facts + "\n\n" if facts else "") + body
            body = _render(main)
            if heading and not body.lstrip().startswith(heading):
                # an info box or a breadcrumb stands above the <h1> inside the article (portal
                # pages): the page heading is also put first, where a page's heading line is read
                return heading + "\n\n" + body
            return body
    return _render(main or root)


# "Okres realizacji: 01.06.2026-31.05.2027", "Wartość projektu: 877 125,00 zł": a labelled figure
_LABELLED_FIGURE = re.compile(r"^[^\W\d_][^:\n|]{2,50}:\s*[^\n|]{0,150}\d[^\n|]{0,150}$")


def _facts_above(root, body: str) -> str:
    """Labelled figures that stand above the article element, beside the page heading (a project
    site's hero: "Okres realizacji: …" under the <h1>): the lines of the page before the article
    that are "Label: value" with a figure; navigation and banners are already gone. Lines after
    the article (a BIP's record metadata, other projects' boxes) are not taken."""
    start = body.strip()[:200]
    if not start:
        return ""
    whole = _render(root)
    at = whole.find(start)
    if at <= 0:
        return ""
    lines = (ln.strip() for ln in whole[:at].split("\n"))
    return "\n".join(ln for ln in lines if ln and ln not in body and _LABELLED_FIGURE.match(ln))


def _inside(node, ancestor) -> bool:
    p = node
    while p is not None:
        if p.mem_id == ancestor.mem_id:
            return True
        p = p.parent
    return False


MAX_HTML_DEPTH = 10_000
# a tag name ends at whitespace, "/" or ">" (`<div/x>` is a div start tag with an attribute x)
_TAG = re.compile(r"<(/?)([A-Za-z][^\s/>]*)(?:[\s/][^>]*)?>")
_FOREIGN = {"svg", "math"}
# elements that never contain others (void) or whose end tag may be left out
_NOT_NESTING = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
    "param",
    "keygen",
    "p",
    "li",
    "dt",
    "dd",
    "tr",
    "td",
    "th",
    "option",
    "optgroup",
    "tbody",
    "thead",
    "tfoot",
    "colgroup",
    "rt",
    "rp",
    "html",
    "head",
    "body",
}


def html_depth(html: str) -> int:
    """The deepest element nesting of `html`, counted from its tags (an upper bound).

    In HTML a "/" before ">" closes nothing (`<div/>` and `<div/x>` open a div); only inside
    `<svg>` or `<math>` does it make an empty element.

    >>> html_depth("<div><p>a<div><br><img src=x></div></div><svg><path/></svg>")
    2
    >>> html_depth("<div/x>" * 3)
    3
    """
    depth = deepest = foreign = 0
    for m in _TAG.finditer(html):
        name = m.group(2).lower()
        if name in _NOT_NESTING:
            continue
        if m.group(1):
            depth = max(0, depth - 1)
            if name in _FOREIGN:
                foreign = max(0, foreign - 1)
        elif foreign and m.group(0).endswith("/>"):
            continue
        else:
            depth += 1
            deepest = max(deepest, depth)
            if name in _FOREIGN:
                foreign += 1
    return deepest


_WS = re.compile(r"\s+")


def _render(node) -> str:
    out: list[str] = []
    # iterative walk: deeply nested pages must not hit the recursion limit
    stack: list[tuple[object, bool]] = [(node, False)]
    while stack:
        n, closing = stack.pop()
        tag = n.tag
        if closing:
            if (
                tag in _BLOCK_TAGS and tag != "dt"
            ):  # "<dt>label</dt><dd>value</dd>": one "label | value" line
                out.append("\n")
            continue
        if tag == "-text":
            # whitespace inside HTML text is not significant: source line breaks are spaces
            out.append(_WS.sub(" ", n.text_content or ""))
            continue
        if tag in _DROP_TAGS or tag == "-comment":
            continue
        if tag == "br":
            out.append("\n")
            continue
        if tag in {"td", "th", "dd"}:
            out.append(" | ")
        if tag in _BLOCK_TAGS and tag != "dd":
            out.append("\n")
            if tag == "li":
                out.append("- ")
        stack.append((n, True))
        children = []
        child = n.child
        while child is not None:
            children.append(child)
            child = child.next
        for c in reversed(children):
            stack.append((c, False))
    text = "".join(out)
    text = re.sub(r"\n\s*\|\s*", "\n", text)  # a row's first cell starts its line
    text = re.sub(r"[ \t\u00a0]*\n[ \t\u00a0]*", "\n", text)
    # "<li><p>kurs spawacza</p></li>": the item's first block goes on its marker's line
    text = re.sub(r"(?m)^-\n+(?=[^\n-])", "- ", text)
    text = re.sub(r"(?m)^-\n+(?=- )", "", text)  # an empty item ("<li></li>") is no line
    return re.sub(r"\n{3,}", "\n\n", text)


# --------------------------------------------------------------------------- opening a landed file


class NotRead(Exception):
    """The file was not read this time; it is not a document version (nothing is recorded for
    it, so the next refresh tries again). `transient` says whether the cause may go away by itself
    (a permission, an I/O error) rather than being a refused entry (a FIFO, a symbolic link)."""

    def __init__(self, reason: str, transient: bool):
        super().__init__(reason)
        self.reason = reason
        self.transient = transient


class TooLarge(Exception):
    """The file is over the size limit: a rejected document, its bytes never read."""


def _within(child: str, root: str) -> bool:
    return child == root or child.startswith(root.rstrip("/") + "/")


def read_landed(
    path: str | os.PathLike, root: str | os.PathLike | None = None, max_bytes: int = MAX_BYTES
) -> bytes:
    """The bytes of one landed file, opened safely (see the module docstring).

    Raises `NotRead` (refused or unreadable this time) or `TooLarge` (more than `max_bytes`).
    """
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise NotRead(
                "became a symbolic link after the scan; not followed", transient=False
            ) from None
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            raise NotRead("removed after the scan", transient=False) from None
        raise NotRead(
            f"cannot be read ({exc.strerror}); it will be tried again at the next refresh",
            transient=True,
        ) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise NotRead(
                "not a regular file (a FIFO, device or socket in its place); not read",
                transient=False,
            )
        if root is not None:
            with contextlib.suppress(OSError):  # no /proc: the scan's own checks remain
                real = os.readlink(f"/proc/self/fd/{fd}")
                if not _within(real, os.path.realpath(root)):
                    raise NotRead(
                        "resolves to outside the landing folder; not read", transient=False
                    )
        if st.st_size > max_bytes:
            raise TooLarge(f"file too large ({st.st_size} bytes > {max_bytes})")
        chunks: list[bytes] = []
        total = 0
        while True:
            try:
                chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            except BlockingIOError:  # not for regular files; never wait on anything else
                raise NotRead("would block while reading; not read", transient=True) from None
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:  # it grew after fstat
                raise TooLarge(f"file too large (more than {max_bytes} bytes)")
        return b"".join(chunks)
    except OSError as exc:
        raise NotRead(
            f"cannot be read ({exc.strerror}); it will be tried again at the next refresh",
            transient=True,
        ) from None
    finally:
        os.close(fd)


case_free_patterns(globals())
case_free_functions(globals())
