"""Reading uploaded files into clean text: .txt, .html, .docx, .pdf and legacy .doc.

`read_bytes(data, filename)` and `read_path(path)` return a `ReadResult` whose text is NFC, with lines
separated by ``\\n`` and paragraphs by one blank line, or raise `UnreadableFile` (and nothing else) with a
code and a Vietnamese message for the user.

What a file is, is decided by its content (a ZIP holding ``word/document.xml`` is Word, ``%PDF`` is PDF,
an OLE container with a ``WordDocument`` stream is .doc, markup is HTML, anything else is text); the
extension only breaks ties and names what a broken file was meant to be. A ``.docx`` that is really a
web page, as some e-office systems export, is read as HTML.

Text files may be UTF-8 (with or without BOM), UTF-16 (BOM, or by the pattern of its NUL bytes),
Windows-1258 or the legacy TCVN3 (ABC, ``.VnTime``) and VNI fonts; the last two are recognised by
converting with viparse's tables and keeping what reads as the most valid Vietnamese syllables. The
same check runs over the text of every other format, so a Word file typed in ``.VnTime`` is converted
too.

Web leftovers (menus, "Khảo sát", visitor counters, copyright lines, CSS) are removed by
`clean_web_text`: always for HTML, and for other files only when they carry at least two distinct tell-tale
signs of a saved web page.

Nothing here imports Django; the heavy parsers (python-docx, pdfplumber, trafilatura, lxml) are imported
when a file of their kind is read.
"""

from __future__ import annotations

import codecs
import contextlib
import email
import email.policy
import io
import itertools
import os
import re
import shutil
import signal
import subprocess
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from huunghi.text.normalize import CODAS, NUCLEI, ONSETS, TONE_MARKS, clean_spaces, nfc

__all__ = [
    "ACCEPTED_TYPES",
    "MAX_FILE_BYTES",
    "MAX_UNCOMPRESSED_BYTES",
    "ReadResult",
    "UnreadableFile",
    "clean_web_text",
    "looks_like_web_page",
    "read_bytes",
    "read_path",
]

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
LIBREOFFICE_TIMEOUT = 60  # seconds for one .doc → .docx conversion
PDF_X_TOLERANCE = 1.5  # points; see `_pdf_page_blocks`

ACCEPTED_TYPES = ".docx, .doc, .pdf, .txt, .html"

MESSAGES = {
    "empty": "Tệp trống: không có nội dung để đọc.",
    "too_large": "Tệp quá lớn: chỉ nhận tệp tối đa {limit}.",
    "unsupported": f"Không hỗ trợ loại tệp này. Chỉ nhận các tệp: {ACCEPTED_TYPES}.",
    "binary": f"Tệp không phải là văn bản đọc được (có vẻ là tệp nhị phân). Chỉ nhận các tệp: {ACCEPTED_TYPES}.",
    "too_large_uncompressed": (
        "Tệp Word khi giải nén vượt quá {limit}; tệp có thể bị lỗi hoặc không an toàn nên không được đọc."
    ),
    "broken": "Tệp bị hỏng hoặc không đúng định dạng nên không đọc được.",
    "no_text": "Không tìm thấy chữ nào trong tệp.",
    "doc_needs_libreoffice": (
        "Tệp .doc (Word 97–2003) cần LibreOffice để đọc nhưng máy chủ chưa cài. "
        "Hãy mở tệp bằng Word, lưu lại dưới dạng .docx rồi tải lên lại."
    ),
    "encoding": "Không xác định được bảng mã của tệp văn bản. Hãy lưu lại tệp với bảng mã UTF-8 rồi tải lên lại.",
}
BROKEN_MESSAGES = {
    "docx": "Tệp Word (.docx) bị hỏng hoặc không đúng định dạng nên không đọc được.",
    "pdf": "Tệp PDF bị hỏng hoặc được đặt mật khẩu nên không đọc được.",
    "doc": "Không chuyển được tệp .doc để đọc; tệp có thể bị hỏng hoặc được đặt mật khẩu. Hãy lưu lại dưới dạng .docx.",
}
NO_TEXT_MESSAGES = {
    "pdf": (
        "Tệp PDF không có lớp chữ: có vẻ là bản quét hoặc ảnh chụp. Cần nhận dạng chữ (OCR) trước, "
        "hoặc gửi bản có chữ (.docx, hoặc PDF xuất trực tiếp từ Word)."
    ),
    "docx": "Không tìm thấy chữ trong tệp Word: tệp có thể chỉ chứa ảnh chụp hoặc bản quét. Hãy gửi bản có chữ.",
    "doc": "Không tìm thấy chữ trong tệp Word: tệp có thể chỉ chứa ảnh chụp hoặc bản quét. Hãy gửi bản có chữ.",
    "html": "Không tìm thấy nội dung chữ trong trang web.",
}
FORMAT_NAMES = {"txt": "văn bản (.txt)", "html": "HTML", "docx": "Word (.docx)", "pdf": "PDF", "doc": "Word (.doc)"}
ENCODING_WARNINGS = {
    "windows-1258": "Đã đọc tệp theo bảng mã Windows-1258 và chuyển sang Unicode.",
    "tcvn3": "Đã chuyển từ mã TCVN3 sang Unicode.",
    "vni": "Đã chuyển từ mã VNI sang Unicode.",
}
WEB_CLEANED_WARNING = (
    "Tệp có vẻ là trang web đã lưu; đã bỏ phần thừa của trang (menu, khảo sát, bộ đếm truy cập, bản quyền...)."
)


def _megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB"


class UnreadableFile(Exception):
    """The file cannot be read; `.code` says why, `.message` says it in Vietnamese for the user.

    Codes: "empty", "too_large", "unsupported", "binary", "too_large_uncompressed", "broken", "no_text",
    "doc_needs_libreoffice", "encoding".
    """

    def __init__(self, code: str, message: str | None = None) -> None:
        if message is None:
            limit = MAX_UNCOMPRESSED_BYTES if code == "too_large_uncompressed" else MAX_FILE_BYTES
            message = MESSAGES[code].format(limit=_megabytes(limit))
        self.code = code
        self.message = message
        super().__init__(code, message)

    def __str__(self) -> str:
        return self.message


@dataclass
class ReadResult:
    text: str  # NFC; lines separated by "\n", paragraphs by a blank line; no trailing spaces, \r or NBSP runs
    format: str  # "txt", "html", "docx", "pdf", "doc"
    encoding: str | None  # txt/html: "utf-8", "utf-16", "utf-32", "windows-1258", "windows-1252", "tcvn3", "vni"
    pages: int | None  # pdf only
    warnings: list[str] = field(default_factory=list)  # Vietnamese


# ---------------------------------------------------------------------------------------------------------
# Entry points


def read_path(path: str | os.PathLike[str]) -> ReadResult:
    """Read the file at `path`; its size is checked before it is read."""
    try:
        size = os.stat(path).st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableFile("too_large")
        with open(path, "rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)
    except UnreadableFile:
        raise
    except OSError as exc:
        raise UnreadableFile("broken", "Không mở được tệp để đọc.") from exc
    return read_bytes(data, os.fspath(path))


def read_bytes(data: bytes, filename: str) -> ReadResult:
    """Read the content of an uploaded file; `filename` (or just its extension) is a hint only."""
    try:
        return _read(bytes(data), os.path.basename(str(filename or "")))
    except UnreadableFile:
        raise
    except Exception as exc:  # a library failed on a file it could not parse
        raise UnreadableFile("broken") from exc


# ---------------------------------------------------------------------------------------------------------
# Sniffing

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
TEXT_EXTENSIONS = {".txt", ".text", ".csv", ".md", ""}
HTML_EXTENSIONS = {".html", ".htm", ".xhtml", ".shtml", ".asp", ".aspx", ".php", ".jsp", ".mht", ".mhtml"}
DOCX_EXTENSIONS = {".docx", ".docm", ".dotx", ".dotm"}
KNOWN_EXTENSIONS = {
    **dict.fromkeys(TEXT_EXTENSIONS - {""}, "txt"),
    **dict.fromkeys(HTML_EXTENSIONS, "html"),
    **dict.fromkeys(DOCX_EXTENSIONS, "docx"),
    ".pdf": "pdf",
    ".doc": "doc",
    ".dot": "doc",
    ".rtf": "doc",
}
UNSUPPORTED_EXTENSIONS = {
    ".xlsx", ".xlsm", ".xls", ".ods", ".odt", ".odp", ".pptx", ".ppt", ".zip", ".rar", ".7z", ".gz", ".tar",
    ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".heic", ".exe", ".dll", ".msi", ".apk",
    ".mp3", ".mp4", ".avi", ".mov", ".wav", ".msg", ".eml",
}  # fmt: skip
UNSUPPORTED_SIGNATURES = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",
    b"GIF87a",
    b"GIF89a",
    b"II*\x00",
    b"MM\x00*",
    b"\x7fELF",
    b"\x1f\x8b",
    b"7z\xbc\xaf\x27\x1c",
    b"Rar!\x1a\x07",
    b"%!PS",
    b"ID3",
    b"OggS",
    b"fLaC",
)


def _extension(filename: str) -> str:
    return os.path.splitext(filename)[1].lower()


def _is_unsupported_binary(data: bytes) -> bool:
    if data.startswith(UNSUPPORTED_SIGNATURES):
        return True
    if data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"AVI ", b"WAVE"):
        return True
    if data[4:8] == b"ftyp":  # MP4, MOV, HEIC
        return True
    return data[:2] == b"MZ" and b"\x00" in data[2:64]  # Windows executable


def _read(data: bytes, filename: str) -> ReadResult:
    if len(data) > MAX_FILE_BYTES:
        raise UnreadableFile("too_large")
    if not data:
        raise UnreadableFile("empty")
    ext = _extension(filename)
    hinted = KNOWN_EXTENSIONS.get(ext)

    if data.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return _finish_result(_read_docx_bytes(data, ext), "docx", hinted, ext)
    if b"%PDF-" in data[:1024]:
        return _finish_result(_read_pdf(data), "pdf", hinted, ext)
    if data.startswith(OLE_MAGIC):
        if "WordDocument".encode("utf-16-le") not in data:
            raise UnreadableFile("unsupported")  # Excel, PowerPoint, Outlook message
        return _finish_result(_read_via_libreoffice(data, ".doc"), "doc", hinted, ext)
    if data.lstrip()[:5] == b"{\\rtf":
        raw = _read_via_libreoffice(data, ".rtf")
        raw.warnings.append("Tệp thực chất là RTF; đã chuyển bằng LibreOffice để đọc.")
        return _finish_result(raw, "doc", hinted, ext, announce_mismatch=False)
    if _is_unsupported_binary(data):
        raise UnreadableFile("unsupported")

    try:
        text, encoding, warnings = _decode_text(data)
    except UnreadableFile as exc:
        if exc.code == "binary" and ext in UNSUPPORTED_EXTENSIONS:
            raise UnreadableFile("unsupported") from exc
        raise
    stripped = text.lstrip("\ufeff \t\r\n")
    if not stripped.strip():
        raise UnreadableFile("empty")
    mime_html = _mime_html(stripped)
    if mime_html is not None:
        return _finish_result(_read_html(mime_html, encoding, warnings), "html", hinted, ext)
    if _looks_like_html(stripped, ext):
        if encoding not in UNICODE_ENCODINGS:  # a guess: the page's own <meta charset> knows better
            text, encoding, warnings = _decode_html_bytes(data)
            stripped = text.lstrip("\ufeff \t\r\n")
        return _finish_result(_read_html(stripped, encoding, warnings), "html", hinted, ext)
    if ext in UNSUPPORTED_EXTENSIONS:
        raise UnreadableFile("unsupported")
    raw = _Raw(text, encoding=encoding, warnings=warnings, legacy_checked=encoding not in UNICODE_ENCODINGS)
    return _finish_result(raw, "txt", hinted, ext)


UNICODE_ENCODINGS = frozenset(["utf-8", "utf-16", "utf-32"])


HTML_START = re.compile(r"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s)", re.IGNORECASE)
HTML_TAG = re.compile(r"<(?:p|div|br|table|span|h[1-6]|a|ul|ol|li|font|b|i|strong)[\s/>]", re.IGNORECASE)


def _looks_like_html(text: str, ext: str) -> bool:
    head = text[:4096]
    if head.startswith("<") and HTML_START.search(head):
        return True
    return ext in HTML_EXTENSIONS and bool(HTML_TAG.search(text[:65536]))


def _mime_html(text: str) -> str | None:
    """The HTML part of an MHT ("single file web page") file, or None if `text` is not one."""
    head = text[:4096].lower()
    if not head.startswith(("mime-version:", "from:", "subject:", "date:", "content-type:")):
        return None
    if "multipart/related" not in head and "text/html" not in head:
        return None
    message = email.message_from_string(text, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                charset = part.get_content_charset() or "utf-8"
                try:
                    return payload.decode(charset, errors="replace")
                except LookupError:
                    return payload.decode("utf-8", errors="replace")
    return None


# ---------------------------------------------------------------------------------------------------------
# Finishing: legacy encodings, NFC, spaces, web leftovers


@dataclass
class _Raw:
    """Text as a reader found it, before the common finishing."""

    text: str
    encoding: str | None = None
    pages: int | None = None
    warnings: list[str] = field(default_factory=list)
    web_cleaning: str = "auto"  # "always" (HTML), "auto" (when it looks like a saved page)
    legacy_checked: bool = False  # the text decoder already chose between Unicode and TCVN3/VNI


CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")
BLANK_LINES = re.compile(r"\n{3,}")


def _tidy(text: str) -> str:
    """NFC, spaces cleaned line by line, paragraphs separated by exactly one blank line."""
    text = CONTROL_CHARS.sub("", text)
    text = clean_spaces(nfc(text), keep_newlines=True)
    return BLANK_LINES.sub("\n\n", text).strip("\n")


def _finish_result(raw: _Raw, fmt: str, hinted: str | None, ext: str, announce_mismatch: bool = True) -> ReadResult:
    warnings = list(raw.warnings)
    if announce_mismatch and hinted is not None and hinted != fmt and not (hinted == "txt" and fmt == "html"):
        warnings.insert(
            0, f"Tệp có đuôi {ext} nhưng nội dung là {FORMAT_NAMES[fmt]}; đã đọc theo nội dung thực của tệp."
        )
    text, encoding = raw.text, raw.encoding
    if not raw.legacy_checked:
        text, legacy = _fix_legacy(text)
        if legacy is not None:
            warnings.append(ENCODING_WARNINGS[legacy])
            if fmt in ("txt", "html"):
                encoding = legacy
    text = _tidy(text)
    if raw.web_cleaning == "always":
        text = _tidy(clean_web_text(text))
    elif looks_like_web_page(text):
        cleaned = _tidy(clean_web_text(text))
        if cleaned != text:
            text = cleaned
            warnings.append(WEB_CLEANED_WARNING)
    if not text.strip():
        if fmt == "txt":
            raise UnreadableFile("empty")
        raise UnreadableFile("no_text", NO_TEXT_MESSAGES.get(fmt))
    return ReadResult(text=text, format=fmt, encoding=encoding, pages=raw.pages, warnings=warnings)


# ---------------------------------------------------------------------------------------------------------
# Vietnamese syllables, for choosing an encoding

TONES = frozenset(TONE_MARKS)
VI_LETTERS = frozenset("abcdđeghiklmnopqrstuvxyăâêôơư")
VI_VOWELS = frozenset("aeiouyăâêôơư")
ONSETS_LONGEST_FIRST = sorted(ONSETS | {""}, key=len, reverse=True)
WORD_RE = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=65536)
def _word_score(word: str) -> int:
    """+1 for a valid Vietnamese syllable, -1 for a word that cannot be one, 0 for a bare abbreviation."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(1 for c in decomposed if c in TONES)
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONES))
    if not any(c in VI_VOWELS for c in base):
        return 0 if base.isascii() else -1  # "UBND", "KH" say nothing; "ñ" or "µ" say something is off
    if tones > 1 or not set(base) <= VI_LETTERS:
        return -1
    for onset in ONSETS_LONGEST_FIRST:
        if not base.startswith(onset):
            continue
        rest = base[len(onset) :]
        end = 0
        while end < len(rest) and rest[end] in VI_VOWELS:
            end += 1
        if rest[:end] in NUCLEI and rest[end:] in CODAS:
            return 1
    return -1


def _vietnamese_score(text: str) -> int:
    """Valid Vietnamese syllables minus words that cannot be Vietnamese."""
    return sum(_word_score(w) for w in WORD_RE.findall(text))


@lru_cache(maxsize=1)
def _charmaps() -> dict[str, Any]:
    from viparse.normalize.tcvn3 import TCVN3
    from viparse.normalize.vni import VNI

    return {"tcvn3": TCVN3, "vni": VNI}


@lru_cache(maxsize=1)
def _legacy_hints() -> re.Pattern[str]:
    """Characters of the legacy tables that are not Vietnamese letters in Unicode (µ ¸ ¶ ö ñ ø ...)."""
    chars = {ch for charmap in _charmaps().values() for source, _ in charmap.pairs for ch in source}
    unicode_letters = {c for c in chars if _word_score(c) == 1 or c.lower() in VI_LETTERS}
    hints = chars - unicode_letters - set("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý")
    return re.compile("[" + "".join(re.escape(c) for c in sorted(hints)) + "]")


# A legacy font's text is made of Latin-1 characters only; a line with ă, đ, ơ, ư or a letter from
# U+1EA0–U+1EF9 is already Unicode and is never converted.
UNICODE_VIETNAMESE = re.compile(
    r"[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]"
)


def _convert_lines(text: str, charmap: Any) -> str:
    from viparse.normalize.tables import convert

    lines = []
    for line in text.split("\n"):
        if line and not line.isascii() and not UNICODE_VIETNAMESE.search(line):
            converted = convert(line, charmap, "NFC")
            if _vietnamese_score(converted) >= _vietnamese_score(line):
                line = converted
        lines.append(line)
    return "\n".join(lines)


def _fix_legacy(text: str) -> tuple[str, str | None]:
    """Convert text typed in TCVN3 or VNI fonts to Unicode, if that is what it is.

    Each table is tried on every line that has no Unicode Vietnamese letter in it; the table whose
    result has the most valid syllables wins if it beats the text as it is by at least 3 words and 5% of
    the words. Otherwise `text` comes back unchanged, with None.
    """
    if len(list(itertools.islice(_legacy_hints().finditer(text), 3))) < 3:
        return text, None
    words = len(WORD_RE.findall(text))
    base = _vietnamese_score(text)
    best: tuple[int, str, str] | None = None
    for name, charmap in _charmaps().items():
        converted = _convert_lines(text, charmap)
        score = _vietnamese_score(converted)
        if best is None or score > best[0]:
            best = (score, name, converted)
    assert best is not None
    score, name, converted = best
    if score - base >= max(3, 0.05 * words):
        return converted, name
    return text, None


# ---------------------------------------------------------------------------------------------------------
# Text files: encodings


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error("huunghi-latin1", _latin1_fallback)

BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def _check_not_binary(text: str) -> None:
    controls = sum(1 for c in text if c in "\x00\ufffe\uffff" or (c < " " and c not in "\t\n\r\x0b\x0c\x1b"))
    if controls > max(2, len(text) // 200):
        raise UnreadableFile("binary")


def _utf16_by_nuls(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' if the NUL bytes fall on one side of each pair, as in UTF-16 text."""
    sample = data[:8192]
    pairs = len(sample) // 2
    if pairs < 2 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 0.2 * pairs and even <= 0.02 * pairs:
        return "utf-16-le"
    if even >= 0.2 * pairs and odd <= 0.02 * pairs:
        return "utf-16-be"
    return None


def _decode_text(data: bytes) -> tuple[str, str, list[str]]:
    """(text, encoding name, warnings) of a text file; raises "binary" or "encoding"."""
    for bom, codec, name in (
        (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                if name != "utf-8":
                    raise UnreadableFile("encoding") from exc
                text = data.decode(codec, errors="replace")
                warnings = ["Một số byte không đúng mã UTF-8 đã được thay bằng ký tự �."]
                _check_not_binary(text)
                return text, name, warnings
            _check_not_binary(text)
            return text, name, []

    utf16 = _utf16_by_nuls(data)
    if utf16 is not None:
        try:
            text = data[: len(data) - len(data) % 2].decode(utf16)
        except UnicodeDecodeError as exc:
            raise UnreadableFile("binary") from exc
        _check_not_binary(text)
        return text, "utf-16", []

    if len(BINARY_BYTES.findall(data[:65536])) > max(2, min(len(data), 65536) // 200):
        raise UnreadableFile("binary")

    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    multibyte = len(re.findall(rb"[\xc2-\xf4][\x80-\xbf]+", data))
    bad = lenient.count("\ufffd")
    if multibyte >= 20 and bad * 50 <= multibyte:
        return lenient, "utf-8", ["Một số byte không đúng mã UTF-8 đã được thay bằng ký tự �."]

    # A single-byte code page: Windows-1258, or Windows-1252 carrying TCVN3 or VNI font text.
    cp1258 = nfc(data.decode("cp1258", errors="huunghi-latin1"))
    cp1252 = data.decode("cp1252", errors="huunghi-latin1")
    legacy_text, legacy = _fix_legacy(cp1252)
    candidates = [
        (_vietnamese_score(cp1258), 2, cp1258, "windows-1258"),
        (_vietnamese_score(legacy_text), 1, legacy_text, legacy or "windows-1252"),
        (_vietnamese_score(cp1252), 0, cp1252, "windows-1252"),
    ]
    _, _, text, name = max(candidates, key=lambda c: (c[0], c[1]))
    if name == "windows-1258" and cp1258 == nfc(cp1252):
        name = "windows-1252"  # nothing in the file tells the two apart
    warnings = [ENCODING_WARNINGS[name]] if name in ENCODING_WARNINGS else []
    return text, name, warnings


# ---------------------------------------------------------------------------------------------------------
# HTML

XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
WORD_HTML = re.compile(
    r"urn:schemas-microsoft-com:office:word|<meta[^>]+(?:Microsoft Word|Word\.Document)|class=\"?Mso|mso-",
    re.IGNORECASE,
)


def _decode_html_bytes(data: bytes) -> tuple[str, str, list[str]]:
    """Decode HTML by BOM, then the declared charset, then as a text file."""
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        match = META_CHARSET.search(data[:8192])
        if match:
            declared = match.group(1).decode("ascii", "ignore").lower()
            try:
                name = codecs.lookup(declared).name
            except LookupError:
                name = ""
            if name and name not in ("utf-16", "utf-16-le", "utf-16-be", "utf-32"):
                try:
                    text = data.decode(name)
                except UnicodeDecodeError:
                    pass
                else:
                    _check_not_binary(text)
                    if name == "cp1258":
                        return nfc(text), "windows-1258", []
                    return text, CODEC_NAMES.get(name, name), []
    return _decode_text(data)


CODEC_NAMES = {"cp1252": "windows-1252", "latin_1": "iso-8859-1", "iso8859-1": "iso-8859-1"}


def _read_html(html: str, encoding: str | None, warnings: list[str]) -> _Raw:
    html = XML_DECLARATION.sub("", html, count=1)
    text = ""
    if not WORD_HTML.search(html[:200000]):
        text = _trafilatura_text(html)
    if not text.strip():
        text = _html_body_text(html)
    return _Raw(text, encoding=encoding, warnings=list(warnings), web_cleaning="always")


def _trafilatura_text(html: str) -> str:
    import trafilatura
    from lxml import etree

    xml = trafilatura.extract(
        html,
        include_tables=True,
        favor_recall=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        output_format="xml",
        deduplicate=False,
    )
    if not xml:
        return ""
    root = etree.fromstring(xml.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True))
    main = root.find("main")
    if main is None:
        main = root
    blocks: list[str] = []
    for element in main:
        blocks.extend(_trafilatura_blocks(element))
    return "\n\n".join(b for b in blocks if b.strip())


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _inline_text(element: Any) -> str:
    """Text of a trafilatura element, with <lb/> as a line break and other whitespace folded."""
    parts = [_squash(element.text or "")]
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag in ("list", "table"):
            parts.append("\n" + "\n".join(_trafilatura_blocks(child)) + "\n")
        elif child.tag in ("p", "head", "item", "quote"):
            parts.append("\n" + _inline_text(child) + "\n")
        else:
            parts.append(_inline_text(child))
        parts.append(_squash(child.tail or ""))
    return "".join(parts)


def _trafilatura_blocks(element: Any) -> list[str]:
    if element.tag == "table":
        rows = []
        for row in element.iter("row"):
            cells = [" ".join(_inline_text(cell).split()) for cell in row.findall("cell")]
            line = _table_row(cells)
            if line:
                rows.append(line)
        return ["\n".join(rows)] if rows else []
    if element.tag == "list":
        ordered = element.get("rend") == "ol"
        items = []
        for number, item in enumerate(element.findall("item"), start=1):
            text = _inline_text(item).strip()
            if text:
                items.append(f"{number}. {text}" if ordered else f"- {text}")
        return ["\n".join(items)] if items else []
    if element.tag in ("graphic",):
        return []
    return [_inline_text(element)]


def _table_row(cells: list[str]) -> str:
    while cells and not cells[-1].strip():
        cells.pop()
    if not any(c.strip() for c in cells):
        return ""
    return " | ".join(c.strip() for c in cells)


# fmt: off
HTML_BLOCK_TAGS = frozenset([
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "ul", "caption",
])
# fmt: on
HTML_SKIP_TAGS = frozenset(
    ["script", "style", "noscript", "template", "head", "title", "svg", "math", "iframe", "object", "select", "button"]
)


def _html_body_text(html: str) -> str:
    """All visible text of a page, block by block, for pages trafilatura declines (and Word exports)."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    blocks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = "".join(current)
        current.clear()
        if text.strip():
            blocks.append(text)

    def cell_text(cell: Any) -> str:
        return " ".join(" ".join(t for t in _visible_strings(cell)).split())

    def walk(element: Any) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        tag = tag.lower()
        if tag in HTML_SKIP_TAGS or not isinstance(element.tag, str):
            return
        if tag == "br":
            current.append("\n")
            return
        if tag == "table":
            flush()
            rows = []
            for row in element.iter("tr"):
                if _closest_table(row) is not element:
                    continue
                cells = [cell_text(c) for c in row if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
                line = _table_row(cells)
                if line:
                    rows.append(line)
            if rows:
                blocks.append("\n".join(rows))
            return
        block = tag in HTML_BLOCK_TAGS
        if block:
            flush()
        if tag == "li":
            parent = element.getparent()
            if parent is not None and str(parent.tag).lower() == "ol":
                siblings = [c for c in parent if str(c.tag).lower() == "li"]
                current.append(f"{siblings.index(element) + 1}. ")
            else:
                current.append("- ")
        if element.text:
            current.append(_squash(element.text))
        for child in element:
            walk(child)
            if child.tail:
                current.append(_squash(child.tail))
        if block:
            flush()

    body = root.find("body")
    walk(body if body is not None else root)
    flush()
    return "\n\n".join(blocks)


def _closest_table(element: Any) -> Any:
    parent = element.getparent()
    while parent is not None and str(parent.tag).lower() != "table":
        parent = parent.getparent()
    return parent


def _visible_strings(element: Any) -> Iterable[str]:
    tag = str(element.tag).lower() if isinstance(element.tag, str) else ""
    if tag in HTML_SKIP_TAGS or not isinstance(element.tag, str):
        if element.tail:
            yield element.tail
        return
    if tag == "br":
        yield " "
    if element.text:
        yield element.text
    for child in element:
        yield from _visible_strings(child)
    if element.tail:
        yield element.tail


# ---------------------------------------------------------------------------------------------------------
# Cleaning web leftovers


def _line_key(line: str) -> str:
    """A line folded for matching menu labels: NFC, lower case, spaces folded, edge punctuation dropped."""
    key = " ".join(nfc(line).casefold().split())
    return key.strip(" :.|»«>›<‹-–—•*·/\\")


# fmt: off
NAV_LABELS = frozenset([
    "các tin khác", "tin khác", "tin liên quan", "các tin liên quan", "bài viết liên quan", "tin cùng chuyên mục",
    "các tin đã đưa", "tin đã đưa", "các tin cũ hơn", "tin cũ hơn", "tin mới hơn", "các bài viết khác",
    "tin bài khác", "xem tin theo ngày", "xem tin theo ngày tháng", "tìm kiếm tin tức", "tìm kiếm",
    "tìm kiếm nâng cao", "liên kết website", "liên kết web", "chia sẻ", "chia sẻ bài viết", "in bài viết", "in bài",
    "in trang", "bản in", "quay lại", "trở về", "trở lại", "về đầu trang", "lên đầu trang", "đầu trang", "gửi email",
    "gửi bài viết", "gửi bài viết qua email", "gửi cho bạn bè", "gửi tin", "lưu tin", "lưu bài viết", "xem thêm",
    "đọc thêm", "facebook", "twitter", "zalo", "tweet", "share", "print", "email", "e-mail", "back", "top", "thích",
    "like", "trang chủ", "sơ đồ site", "sơ đồ trang", "sơ đồ cổng", "rss", "đăng nhập", "đăng ký", "english",
    "tiếng việt", "cỡ chữ", "font size", "a a a", "a- a a+", "bình luận", "ý kiến bạn đọc", "gửi ý kiến",
    "gửi bình luận", "tin mới nhất", "tin nổi bật", "đọc nhiều nhất", "xem nhiều nhất", "tin đọc nhiều",
    "thống kê truy cập", "bộ đếm truy cập", "lượt truy cập", "số lượt truy cập", "thống kê lượt truy cập",
    "bản đồ hành chính", "chọn ngày", "xem", "góp ý",
])
# fmt: on
# fmt: off
RELATED_NEWS = frozenset([
    "các tin khác", "tin khác", "tin liên quan", "các tin liên quan", "bài viết liên quan", "tin cùng chuyên mục",
    "các tin đã đưa", "tin đã đưa", "các tin cũ hơn", "các bài viết khác", "tin bài khác",
])
# fmt: on
LINK_LISTS = frozenset(["liên kết website", "liên kết web", "website liên kết", "liên kết nhanh"])
SURVEYS = frozenset(
    ["khảo sát", "thăm dò ý kiến", "thăm dò", "bình chọn", "khảo sát ý kiến", "thăm dò dư luận", "ý kiến thăm dò"]
)
STATS = frozenset(
    ["thống kê truy cập", "bộ đếm truy cập", "lượt truy cập", "số lượt truy cập", "thống kê lượt truy cập"]
)
COUNTER_LINE = re.compile(
    r"^(?:(?:tổng|số|lượt|người)\s+)*(?:truy\s*cập|online|đang\s+(?:truy\s*cập|online|xem)|khách|lượt\s+xem|"
    r"hôm\s+nay|hôm\s+qua|trong\s+(?:ngày|tuần|tháng|năm)|tuần\s+(?:này|trước)|tháng\s+(?:này|trước)|năm\s+nay|"
    r"tất\s+cả|tổng(?:\s+cộng)?|thành\s+viên|máy\s+khách)"
    r"(?:\s+(?:tổng|hiện\s+tại|hôm\s+nay|trong\s+(?:ngày|tuần|tháng|năm)|trực\s+tuyến|online))?"
    r"\s*[:\-]?\s*[\d][\d.,\s]*$",
    re.IGNORECASE,
)
# "Truy cập tổng 694.323", "Đang truy cập: 12", "Lượt xem 1.204": a counter label, a number, nothing else.
STANDALONE_COUNTER = re.compile(
    r"^(?:(?:tổng|số|lượt|người)\s+)*(?:truy\s*cập|đang\s+(?:truy\s*cập|online)|lượt\s+(?:xem|đọc))"
    r"(?:\s+(?:tổng|hiện\s+tại|hôm\s+nay|hôm\s+qua|trong\s+(?:ngày|tuần|tháng|năm)|tuần\s+này|tháng\s+này|năm\s+nay|"
    r"online|trực\s+tuyến))?\s*:?\s*\d[\d.,\s]*$",
    re.IGNORECASE,
)
# "... - Số lượt đọc : 23" inside a line: the colon and a number that ends the line or a segment of it.
READ_COUNTER = re.compile(
    r"\s*(?:[-–|,;]\s*)?(?:số\s+)?(?:lượt|lần)\s+(?:đọc|xem|truy\s*cập)\s*:\s*\d[\d.,]*(?=\s*(?:$|[-–|,;]))",
    re.IGNORECASE,
)
COPYRIGHT = re.compile(
    r"©|\(c\)\s*(?:19|20)\d\d|copyright|all\s+rights\s+reserved|bản\s+quyền\s+(?:thuộc|©)|giữ\s+bản\s+quyền|"
    r"ghi\s+rõ\s+nguồn.*(?:phát\s+hành\s+lại|website|cổng\s+thông\s+tin|trang\s+thông\s+tin)|"
    r"^\s*chịu\s+trách\s+nhiệm\s+(?:chính|nội\s+dung)\s*:|"
    r"^\s*(?:thiết\s+kế|phát\s+triển|xây\s+dựng|designed|powered|developed)\s+(?:bởi|by)\s+\S.{0,60}$",
    re.IGNORECASE,
)
SCRIPT_LINE = re.compile(
    r"function\s*\(|\$\(\s*(?:document|function|window)|document\.(?:getElementById|write|querySelector)|"
    r"window\.\w+\s*=|\}\)\(\)|\}\);\s*$|^\s*var\s+\w+\s*=|adsbygoogle|googletag|gtag\(",
)
SEPARATORS = re.compile(r"\s*[|•·/»]\s*|\s+-\s+")


def _is_nav_line(line: str) -> bool:
    key = _line_key(line)
    if not key:
        return False
    if key in NAV_LABELS:
        return True
    parts = [_line_key(p) for p in SEPARATORS.split(key)]
    parts = [p for p in parts if p]
    return len(parts) > 1 and all(p in NAV_LABELS for p in parts)


def _is_counter_line(line: str) -> bool:
    key = " ".join(line.split())
    return len(key) <= 80 and bool(STANDALONE_COUNTER.match(key))


def _has_vietnamese_letters(line: str) -> bool:
    return bool(UNICODE_VIETNAMESE.search(line))


def _is_script_line(line: str) -> bool:
    return bool(SCRIPT_LINE.search(line)) and not _has_vietnamese_letters(line)


def _is_copyright_line(line: str) -> bool:
    return len(line) <= 300 and bool(COPYRIGHT.search(line))


def _next_content(lines: list[str], start: int) -> int:
    while start < len(lines) and not lines[start].strip():
        start += 1
    return start


def _survey_end(lines: list[str], header: int) -> int | None:
    """End (exclusive) of a poll: header, one question, then at least two short answers."""
    question = _next_content(lines, header + 1)
    if question >= len(lines) or len(lines[question].strip()) > 200:
        return None
    end = question + 1
    answers = 0
    i = _next_content(lines, end)
    while i < len(lines) and _is_poll_answer(lines[i]):
        answers += 1
        end = i + 1
        i = _next_content(lines, end)
    return end if answers >= 2 else None


LIST_MARKER = re.compile(r"^(?:[-+•*–]|\d+[.)]|[a-zđ][.)]|[ivxlc]+\.)\s", re.IGNORECASE)


def _is_poll_answer(line: str) -> bool:
    """ "Đẹp", "Bình thường", "Rất hài lòng": short, no list marker, no sentence punctuation."""
    line = line.strip()
    return (
        len(line) <= 40
        and not LIST_MARKER.match(line)
        and not line.endswith((".", ";", ":", ","))
        and ":" not in line
        and not _is_nav_line(line)
    )


def _link_list_end(lines: list[str], header: int) -> int:
    """End of the short link labels ("Sở, Ban, Ngành") that follow a "Liên kết website" header."""
    end = header + 1
    i = _next_content(lines, end)
    while i < len(lines):
        line = lines[i].strip()
        if len(line.split()) > 6 or line.endswith((".", ":", ";")) or _is_nav_line(line):
            break
        end = i + 1
        i = _next_content(lines, end)
    return end


def _only_short_lines_after(lines: list[str], start: int) -> bool:
    return all(len(line.strip()) <= 250 for line in lines[start:])


CSS_SELECTOR = r"[ \t]*(?:@[a-z-]+[^{};\n]*|[.#*a-z\[][\w\-.#:>+~\[\]=\"' \t,*()^$|]*)\{"
CSS_RULE_START = re.compile("^" + CSS_SELECTOR, re.IGNORECASE | re.MULTILINE)
CSS_RULE_NEXT = re.compile(CSS_SELECTOR, re.IGNORECASE)
CSS_DECLARATION = re.compile(r"[a-z-]+\s*:\s*[^;{}]+;?", re.IGNORECASE)


def _css_rule_end(text: str, match: re.Match[str]) -> int | None:
    """End (after its closing brace) of the CSS rule whose selector `match` found, or None if it is not one."""
    selector = match.group()[:-1]
    if _has_vietnamese_letters(selector) or len(selector) > 300:
        return None
    depth, i = 0, match.end() - 1
    limit = min(len(text), i + 20000)
    while i < limit:
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                break
        i += 1
    if depth != 0:
        return None
    body = text[match.end() : i]
    if not CSS_DECLARATION.search(body) or _has_vietnamese_letters(body):
        return None
    return i + 1


def _remove_css(text: str) -> str:
    """Remove CSS rules (`@media ... { ... }`, `.class { ... }`) that leaked into page text.

    A rule must start a line and its closing brace must end one (or be followed by another rule), and
    neither its selector nor its body may hold Vietnamese letters.
    """
    if "{" not in text:
        return text
    out: list[str] = []
    pos = 0
    for match in CSS_RULE_START.finditer(text):
        if match.start() < pos:
            continue
        end = _css_rule_end(text, match)
        while end is not None:
            rest = re.match(r"[ \t]*(?:\n|$)", text[end:])
            if rest:  # the rules filled their lines: take the line break too
                out.append(text[pos : match.start()])
                pos = end + rest.end()
                break
            following = CSS_RULE_NEXT.match(text, end)  # minified CSS: another rule on the same line
            end = _css_rule_end(text, following) if following else None
    out.append(text[pos:])
    return "".join(out)


def clean_web_text(text: str) -> str:
    """Remove what a web page leaves in its text besides the article; keep everything else as it is.

    Removed: CSS rules and script lines; menu and button labels on lines of their own ("Tìm kiếm tin tức",
    "Liên kết website" with its short link labels, "Chia sẻ", "In bài viết", "Quay lại", "Xem tin theo
    ngày"...); "Các tin khác" and what follows it when only short lines (headlines) follow; polls ("Khảo
    sát" with its question and short answers); visitor counters ("Thống kê truy cập", "Truy cập tổng
    694.323", "Truy cập hiện tại 20"); read counters inside a line ("Cập nhật : 26/02/2020 - Số lượt đọc :
    23" keeps the date); copyright lines ("Copyright ©", "All Rights Reserved", "Ghi rõ nguồn ..."); and
    a long line that repeats the one before it (a title shown twice).
    """
    text = _remove_css(text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        key = _line_key(line)
        if key in SURVEYS:
            end = _survey_end(lines, i)
            if end is not None:
                i = end
                continue
        if key in STATS:
            i += 1
            while i < len(lines) and (not lines[i].strip() or COUNTER_LINE.match(" ".join(lines[i].split()))):
                i += 1
            continue
        if key in RELATED_NEWS and _only_short_lines_after(lines, i + 1):
            break
        if key in LINK_LISTS:
            i = _link_list_end(lines, i)
            continue
        if _is_nav_line(line) or _is_counter_line(line) or _is_copyright_line(line) or _is_script_line(line):
            i += 1
            continue
        if READ_COUNTER.search(line):
            line = READ_COUNTER.sub("", line).rstrip(" -–|,;")
            if not line.strip():
                i += 1
                continue
        previous = next((p for p in reversed(out) if p.strip()), None)
        if len(key) > 30 and previous is not None and _line_key(previous) == key:
            i += 1
            continue
        out.append(line)
        i += 1
    return BLANK_LINES.sub("\n\n", "\n".join(out)).strip("\n")


def looks_like_web_page(text: str) -> bool:
    """Whether `text` carries at least two distinct signs of a saved web page (see `clean_web_text`)."""
    signs: set[str] = set()
    if _remove_css(text) != text:
        signs.add("css")
    for line in text.split("\n"):
        key = _line_key(line)
        if not key:
            continue
        if key in SURVEYS:
            signs.add("survey")
        elif key in STATS:
            signs.add("stats")
        elif key in RELATED_NEWS or key in LINK_LISTS:
            signs.add(key)
        elif _is_nav_line(line):
            signs.add("nav:" + key)
        elif _is_counter_line(line) or READ_COUNTER.search(line):
            signs.add("counter")
        elif _is_copyright_line(line):
            signs.add("copyright:" + ("rights" if "rights" in key else "c"))
        if len(signs) >= 2:
            return True
    return False


# ---------------------------------------------------------------------------------------------------------
# Word (.docx)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def _wval(element: Any, name: str = "val") -> str | None:
    if element is None:
        return None
    return element.get(_w(name))


def _read_docx_bytes(data: bytes, ext: str) -> _Raw:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        if ext in UNSUPPORTED_EXTENSIONS:
            raise UnreadableFile("unsupported") from exc
        raise UnreadableFile("broken", BROKEN_MESSAGES["docx"]) from exc
    names = {info.filename for info in infos}
    if "word/document.xml" not in names:
        content_types = ""
        if "[Content_Types].xml" in names:
            with archive.open("[Content_Types].xml") as f:
                content_types = f.read(1_000_000).decode("utf-8", "replace")
        if "wordprocessingml" not in content_types and "ms-word" not in content_types:
            raise UnreadableFile("unsupported")  # xlsx, pptx, odt, a plain zip
    if sum(info.file_size for info in infos) > MAX_UNCOMPRESSED_BYTES:
        raise UnreadableFile("too_large_uncompressed")
    return _Raw(_docx_text(data))


def _docx_text(data: bytes) -> str:
    import docx

    try:
        document = docx.Document(io.BytesIO(_as_plain_docx(data)))
    except Exception as exc:
        raise UnreadableFile("broken", BROKEN_MESSAGES["docx"]) from exc
    numbering = _Numbering(document)
    blocks: list[str] = []
    _body_blocks(document.element.body, numbering, blocks)
    return "\n\n".join(b for b in blocks if b.strip())


OTHER_WORD_TYPES = re.compile(
    rb"application/vnd\.(?:ms-word\.document\.macroEnabled|ms-word\.template\.macroEnabledTemplate|"
    rb"openxmlformats-officedocument\.wordprocessingml\.template)\.main\+xml"
)
DOCX_MAIN_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _as_plain_docx(data: bytes) -> bytes:
    """`data` with a .docm/.dotx/.dotm main part relabelled as .docx, which is all python-docx opens."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        try:
            content_types = archive.read("[Content_Types].xml")
        except KeyError:
            return data
        if not OTHER_WORD_TYPES.search(content_types):
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
            for info in archive.infolist():
                content = archive.read(info)
                if info.filename == "[Content_Types].xml":
                    content = OTHER_WORD_TYPES.sub(DOCX_MAIN_TYPE, content)
                copy.writestr(info, content)
    return out.getvalue()


def _body_blocks(container: Any, numbering: _Numbering, blocks: list[str], in_cell: bool = False) -> None:
    """Paragraphs and tables of the body (or of a content control or cell) in document order."""
    for child in container.iterchildren():
        tag = child.tag
        if tag == _w("p"):
            text, boxes = _paragraph(child, numbering)
            blocks.append(text)
            for box in boxes:
                _body_blocks(box, numbering, blocks, in_cell)
        elif tag == _w("tbl"):
            # A table nested in a cell is flattened into the cell's text: its own " | " would be read as
            # columns of the outer table.
            blocks.append(("\n" if not in_cell else " ").join(_table_rows(child, numbering, in_cell)))
        elif tag in (_w("sdt"), _w("customXml"), _w("sdtContent")):
            content = child.find(_w("sdtContent")) if tag == _w("sdt") else child
            if content is not None:
                _body_blocks(content, numbering, blocks, in_cell)


def _table_rows(table: Any, numbering: _Numbering, nested: bool = False) -> list[str]:
    """One line per row: `cell | cell | cell`; a cell merged across columns appears once, a cell merged
    down the rows repeats its text in each row it covers."""
    rows: list[str] = []
    above: dict[int, str] = {}  # grid column → text of the cell that starts a vertical merge there
    for tr in _children(table, "tr"):
        cells: list[str] = []
        column = 0
        grid_before = _wval(tr.find(f"{_w('trPr')}/{_w('gridBefore')}"))
        if grid_before and grid_before.isdigit():
            column += int(grid_before)
        for tc in _children(tr, "tc"):
            props = tc.find(_w("tcPr"))
            span_value = _wval(props.find(_w("gridSpan"))) if props is not None else None
            span = int(span_value) if span_value and span_value.isdigit() else 1
            merge = props.find(_w("vMerge")) if props is not None else None
            if merge is not None and _wval(merge) in (None, "continue"):
                text = above.get(column, "")
            else:
                text = _cell_text(tc, numbering)
                if merge is not None:
                    above[column] = text
                else:
                    above.pop(column, None)
            cells.append(text)
            column += span
        line = " ".join(c for c in cells if c) if nested else _table_row(cells)
        if line:
            rows.append(line)
    return rows


def _children(element: Any, tag: str) -> Iterable[Any]:
    """Direct children with `tag`, looking through content controls and custom XML wrappers."""
    for child in element.iterchildren():
        if child.tag == _w(tag):
            yield child
        elif child.tag in (_w("sdt"), _w("customXml")):
            content = child.find(_w("sdtContent")) if child.tag == _w("sdt") else child
            if content is not None:
                yield from _children(content, tag)


def _cell_text(tc: Any, numbering: _Numbering) -> str:
    blocks: list[str] = []
    _body_blocks(tc, numbering, blocks, in_cell=True)
    return " ".join(" ".join(blocks).split())


RUN_CONTAINERS = frozenset(
    _w(t) for t in ("hyperlink", "ins", "moveTo", "smartTag", "customXml", "fldSimple", "dir", "bdo", "sdtContent")
)


def _paragraph(p: Any, numbering: _Numbering) -> tuple[str, list[Any]]:
    """(text with its list label, text boxes anchored in it)."""
    parts: list[str] = []
    boxes: list[Any] = []
    _runs_text(p, parts, boxes)
    text = "".join(parts)
    label = numbering.label(p)
    if label and text.strip():
        text = f"{label} {text.lstrip()}"
    return text, boxes


def _runs_text(container: Any, parts: list[str], boxes: list[Any]) -> None:
    for child in container.iterchildren():
        tag = child.tag
        if tag == _w("r"):
            if _hidden(child):
                continue
            for item in child.iterchildren():
                _run_item(item, parts, boxes)
        elif tag in RUN_CONTAINERS:
            _runs_text(child, parts, boxes)
        elif tag == _w("sdt"):
            content = child.find(_w("sdtContent"))
            if content is not None:
                _runs_text(content, parts, boxes)
        elif tag in (f"{{{M_NS}}}oMath", f"{{{M_NS}}}oMathPara"):
            parts.append("".join(t.text or "" for t in child.iter(f"{{{M_NS}}}t")))
        elif tag == f"{{{MC_NS}}}AlternateContent":
            choice = child.find(f"{{{MC_NS}}}Choice")
            if choice is not None:
                _runs_text(choice, parts, boxes)


def _hidden(run: Any) -> bool:
    vanish = run.find(f"{_w('rPr')}/{_w('vanish')}")
    return vanish is not None and _wval(vanish) not in ("0", "false", "off")


def _run_item(item: Any, parts: list[str], boxes: list[Any]) -> None:
    tag = item.tag
    if tag == _w("t"):
        parts.append(item.text or "")
    elif tag in (_w("tab"), _w("ptab")):
        parts.append("\t")
    elif tag in (_w("br"), _w("cr")):
        parts.append("\n")
    elif tag == _w("noBreakHyphen"):
        parts.append("-")
    elif tag == _w("softHyphen"):
        parts.append("\u00ad")  # the letter ư in TCVN3 text; removed later otherwise
    elif tag == _w("sym"):
        code = _wval(item, "char") or ""
        try:
            char = chr(int(code, 16))
        except ValueError:
            return
        if not "\ue000" <= char <= "\uf8ff":
            parts.append(char)
    elif tag == f"{{{MC_NS}}}AlternateContent":
        choice = item.find(f"{{{MC_NS}}}Choice")
        if choice is not None:
            boxes.extend(choice.iter(_w("txbxContent")))
    elif tag in (_w("drawing"), _w("pict"), _w("object")):
        boxes.extend(item.iter(_w("txbxContent")))


ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
         (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]  # fmt: skip


def _roman(n: int) -> str:
    out = []
    for value, letters in ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    """Word's lowerLetter: a..z, then aa..zz, then aaa..."""
    if n <= 0:
        return ""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


NUMBER_FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "lowerLetter": _letters,
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
    "none": lambda n: "",
}
LEVEL_PLACEHOLDER = re.compile(r"%([1-9])")


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    legal: bool = False


class _Numbering:
    """Labels of automatically numbered paragraphs, counted in document order.

    Supported: the formats in NUMBER_FORMATS (decimal, decimalZero, lower/upper letter, lower/upper
    roman, none; any other falls back to decimal), multi-level texts such as "%1.%2.", start values and
    `startOverride`, numbering taken from the paragraph style (and its `basedOn` chain), and
    `numStyleLink`. Bullets print as their character when it is ordinary text (-, +, •, o) and as "•" when
    it is a symbol-font glyph. Lists that share an abstract definition continue each other's count unless
    the `w:num` restarts it with `startOverride`, as Word does.
    """

    def __init__(self, document: Any) -> None:
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}  # numId → (abstractNumId, start overrides)
        self.abstracts: dict[str, dict[int, _Level]] = {}
        self.abstract_links: dict[str, str] = {}  # abstractNumId → style id (numStyleLink)
        self.style_numbering: dict[str, tuple[str | None, str | None]] = {}
        self.style_parent: dict[str, str] = {}
        self.default_style: str | None = None
        self.counters: dict[str, dict[int, int]] = {}
        self._load_styles(document)
        self._load_numbering(document)

    def _load_styles(self, document: Any) -> None:
        try:
            styles = document.styles.element
        except Exception:
            return
        for style in styles.iter(_w("style")):
            if style.get(_w("type")) not in (None, "paragraph", "numbering"):
                continue
            style_id = style.get(_w("styleId"))
            if not style_id:
                continue
            if style.get(_w("default")) in ("1", "true") and style.get(_w("type")) == "paragraph":
                self.default_style = style_id
            based_on = _wval(style.find(_w("basedOn")))
            if based_on:
                self.style_parent[style_id] = based_on
            num_pr = style.find(f"{_w('pPr')}/{_w('numPr')}")
            if num_pr is not None:
                self.style_numbering[style_id] = (
                    _wval(num_pr.find(_w("numId"))),
                    _wval(num_pr.find(_w("ilvl"))),
                )

    def _load_numbering(self, document: Any) -> None:
        try:
            part = document.part.numbering_part
        except Exception:
            return
        root = part.element
        for abstract in root.iter(_w("abstractNum")):
            abstract_id = abstract.get(_w("abstractNumId"))
            if abstract_id is None:
                continue
            link = _wval(abstract.find(_w("numStyleLink")))
            if link:
                self.abstract_links[abstract_id] = link
            levels: dict[int, _Level] = {}
            for lvl in abstract.iter(_w("lvl")):
                levels[_int(lvl.get(_w("ilvl")), 0)] = _level(lvl)
            self.abstracts[abstract_id] = levels
        for num in root.iter(_w("num")):
            num_id = num.get(_w("numId"))
            abstract_id = _wval(num.find(_w("abstractNumId")))
            if num_id is None or abstract_id is None:
                continue
            overrides: dict[int, int] = {}
            for override in num.iter(_w("lvlOverride")):
                ilvl = _int(override.get(_w("ilvl")), 0)
                start = override.find(_w("startOverride"))
                if start is not None:
                    overrides[ilvl] = _int(_wval(start), 1)
                lvl = override.find(_w("lvl"))
                if lvl is not None:
                    self.abstracts.setdefault(f"{abstract_id}/num{num_id}", dict(self.abstracts.get(abstract_id, {})))
                    self.abstracts[f"{abstract_id}/num{num_id}"][ilvl] = _level(lvl)
                    abstract_id = f"{abstract_id}/num{num_id}"
            self.nums[num_id] = (abstract_id, overrides)

    def _style_numbering(self, style_id: str | None) -> tuple[str | None, str | None]:
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            if style_id in self.style_numbering:
                return self.style_numbering[style_id]
            style_id = self.style_parent.get(style_id)
        return None, None

    def _levels(self, num_id: str) -> tuple[str, dict[int, _Level], dict[int, int]] | None:
        entry = self.nums.get(num_id)
        if entry is None:
            return None
        abstract_id, overrides = entry
        for _ in range(3):  # follow numStyleLink → style → numId → abstractNum
            link = self.abstract_links.get(abstract_id.split("/")[0])
            if not link or self.abstracts.get(abstract_id):
                break
            linked_num, _ilvl = self._style_numbering(link)
            if not linked_num or linked_num not in self.nums:
                break
            abstract_id = self.nums[linked_num][0]
        levels = self.abstracts.get(abstract_id)
        if not levels:
            return None
        key = f"num{num_id}" if overrides else abstract_id
        return key, levels, overrides

    def label(self, p: Any) -> str:
        props = p.find(_w("pPr"))
        num_pr = props.find(_w("numPr")) if props is not None else None
        style_id = _wval(props.find(_w("pStyle"))) if props is not None else None
        style_num, style_ilvl = self._style_numbering(style_id or self.default_style)
        num_id = _wval(num_pr.find(_w("numId"))) if num_pr is not None else None
        ilvl_value = _wval(num_pr.find(_w("ilvl"))) if num_pr is not None else None
        num_id = num_id or style_num
        if not num_id or num_id == "0":
            return ""
        ilvl = min(max(_int(ilvl_value or style_ilvl, 0), 0), 8)
        found = self._levels(num_id)
        if found is None:
            return ""
        key, levels, overrides = found
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self.counters.setdefault(key, {})
        start = overrides.get(ilvl, level.start)
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else start
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            return _bullet(level.text)

        def number(match: re.Match[str]) -> str:
            n = int(match.group(1)) - 1
            lvl = levels.get(n, _Level())
            value = counters.get(n, overrides.get(n, lvl.start))
            fmt = "decimal" if level.legal and n != ilvl else lvl.fmt
            return NUMBER_FORMATS.get(fmt, str)(value)

        return LEVEL_PLACEHOLDER.sub(number, level.text).strip()


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _level(lvl: Any) -> _Level:
    level = _Level()
    level.start = _int(_wval(lvl.find(_w("start"))), 1)
    level.fmt = _wval(lvl.find(_w("numFmt"))) or "decimal"
    text = lvl.find(_w("lvlText"))
    level.text = (_wval(text) or "") if text is not None else f"%{_int(lvl.get(_w('ilvl')), 0) + 1}."
    level.legal = lvl.find(_w("isLgl")) is not None
    return level


def _bullet(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    if any("\ue000" <= c <= "\uf8ff" for c in text) or unicodedata.category(text[0]).startswith("S"):
        return "•" if text not in ("-", "+", "–", "*") else text
    return text


# ---------------------------------------------------------------------------------------------------------
# PDF

PAGE_NUMBER = re.compile(
    r"^(?:trang|page)?\s*[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:/|trên|of)\s*\d{1,4})?$",
    re.IGNORECASE,
)
CID = re.compile(r"\(cid:\d+\)")


def _read_pdf(data: bytes) -> _Raw:
    import pdfplumber

    warnings: list[str] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            page_texts = [_pdf_page_text(page) for page in pdf.pages]
    except UnreadableFile:
        raise
    except Exception as exc:
        raise UnreadableFile("broken", BROKEN_MESSAGES["pdf"]) from exc
    if not page_texts:
        raise UnreadableFile("broken", BROKEN_MESSAGES["pdf"])
    if any(CID.search(t) for t in page_texts):
        page_texts = [CID.sub("", t) for t in page_texts]
        warnings.append("Một số ký tự trong PDF không giải mã được (phông chữ không có bảng mã Unicode) và đã bị bỏ.")
    empty = [i + 1 for i, t in enumerate(page_texts) if not t.strip()]
    if len(empty) == len(page_texts):
        raise UnreadableFile("no_text", NO_TEXT_MESSAGES["pdf"])
    if empty:
        listed = ", ".join(map(str, empty[:10])) + ("..." if len(empty) > 10 else "")
        warnings.append(f"Trang {listed} không có chữ (có thể là ảnh quét) nên không đọc được nội dung.")
    text = "\n\n".join(t for t in page_texts if t.strip())
    return _Raw(text, pages=len(page_texts), warnings=warnings)


def _pdf_page_text(page: Any) -> str:
    """Text of one page: lines in reading order, tables as `cell | cell` rows, a blank line where the
    vertical gap says a paragraph ends, and a bare page number at the top or bottom dropped."""
    blocks = _pdf_page_blocks(page)
    # Drop a page number standing alone as the first or last line of the page.
    for index in (0, -1):
        if blocks and blocks[index][0] == "line" and PAGE_NUMBER.match(blocks[index][1].strip()):
            blocks.pop(index)
    out: list[str] = []
    previous_kind = None
    for kind, text in blocks:
        if out and (kind in ("table", "break") or previous_kind in ("table",)):
            out.append("")
        if kind != "break":
            out.append(text)
        previous_kind = kind
    return "\n".join(out)


def _pdf_page_blocks(page: Any) -> list[tuple[str, str]]:
    """("line", text), ("table", rows) and ("break", "") items of a page, top to bottom.

    x_tolerance is 1.5 pt: on PDFs that LibreOffice makes from Vietnamese text in Times New Roman and
    Arial at 8–14 pt, with the space characters taken out, 0.5–1.5 pt put every space back and nothing
    else, while pdfplumber's default 3 pt glued 75 of 2046 words (at 8–10 pt a space is narrower than 3 pt).
    """
    tables = []
    if page.edges:
        try:
            for table in page.find_tables():
                rows = table.extract(x_tolerance=PDF_X_TOLERANCE)
                if len(rows) >= 2 and max((len(r) for r in rows), default=0) >= 2:
                    tables.append((table.bbox, rows))
        except Exception:
            tables = []
    source = page
    if tables:
        boxes = [bbox for bbox, _ in tables]

        def outside(obj: dict[str, Any]) -> bool:
            if obj.get("object_type") != "char":
                return True
            cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
            return not any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)

        source = page.filter(outside)
    lines = source.extract_text_lines(
        layout=False, strip=True, return_chars=False, x_tolerance=PDF_X_TOLERANCE, y_tolerance=3
    )
    items: list[tuple[float, str, str, float, float]] = []  # (top, kind, text, bottom, height)
    for line in lines:
        if line["text"].strip():
            items.append((line["top"], "line", line["text"], line["bottom"], line["bottom"] - line["top"]))
    for (_, top, _, bottom), rows in tables:
        text_rows = []
        for row in rows:
            cells: list[str] = []
            for cell in row:
                if cell is None:  # the other grid cells of a merged cell
                    continue
                cells.append(" ".join(cell.split()))
            line = _table_row(cells)
            if line:
                text_rows.append(line)
        if text_rows:
            items.append((top, "table", "\n".join(text_rows), bottom, 0.0))
    items.sort(key=lambda item: item[0])

    gaps = [b[0] - a[3] for a, b in zip(items, items[1:], strict=False) if a[1] == b[1] == "line"]
    heights = sorted(item[4] for item in items if item[1] == "line")
    blocks: list[tuple[str, str]] = []
    if gaps and heights:
        typical_gap = sorted(gaps)[len(gaps) // 2]
        height = heights[len(heights) // 2]
        threshold = typical_gap + 0.5 * height
    else:
        threshold = float("inf")
    previous = None
    for item in items:
        top, kind, text = item[0], item[1], item[2]
        if previous is not None and kind == previous[1] == "line" and top - previous[3] > threshold:
            blocks.append(("break", ""))
        blocks.append((kind, text))
        previous = item
    return blocks


# ---------------------------------------------------------------------------------------------------------
# Legacy Word (.doc) and RTF, through LibreOffice


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _read_via_libreoffice(data: bytes, suffix: str) -> _Raw:
    soffice = _soffice()
    if soffice is None:
        raise UnreadableFile("doc_needs_libreoffice")
    with tempfile.TemporaryDirectory(prefix="huunghi-doc-") as tmp:
        tmpdir = Path(tmp)
        source = tmpdir / f"input{suffix}"
        source.write_bytes(data)
        outdir = tmpdir / "out"
        outdir.mkdir()
        command = [
            soffice,
            f"-env:UserInstallation={(tmpdir / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            "docx",
            "--outdir",
            str(outdir),
            str(source),
        ]
        env = {**os.environ, "HOME": str(tmpdir)}
        try:
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
                env=env,
                cwd=tmpdir,
            )
        except OSError as exc:
            raise UnreadableFile("doc_needs_libreoffice") from exc
        try:
            process.wait(timeout=LIBREOFFICE_TIMEOUT)
        except subprocess.TimeoutExpired as exc:
            _kill_group(process)
            raise UnreadableFile(
                "broken", "Chuyển tệp .doc quá thời gian cho phép; hãy lưu lại dưới dạng .docx rồi tải lên lại."
            ) from exc
        finally:
            if process.poll() is None:
                _kill_group(process)
        converted = outdir / "input.docx"
        if not converted.is_file():
            raise UnreadableFile("broken", BROKEN_MESSAGES["doc"])
        docx_bytes = converted.read_bytes()
    try:
        raw = _read_docx_bytes(docx_bytes, ".docx")
    except UnreadableFile as exc:
        if exc.code == "broken":
            raise UnreadableFile("broken", BROKEN_MESSAGES["doc"]) from exc
        raise
    return raw


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        if hasattr(os, "killpg"):
            os.killpg(process.pid, signal.SIGKILL)
        else:  # pragma: no cover - not Linux
            process.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=10)
