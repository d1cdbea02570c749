"""The structure of a plan: its sections, its tasks, who leads and who cooperates on each, and when.

``read_structure(text)`` gives ``(sections, tasks, warnings)``. It reads the text line by line, as a person
scans a plan:

- **Headings** make sections: Roman numerals (``II. NỘI DUNG THỰC HIỆN``, also glued ``II.NỘI DUNG``, in
  bold ``**II. ...**`` or indented), ``Điều 1.`` of a decision, ``Phần I``, ``PHỤ LỤC`` (code ``PL``,
  ``PL.I``), letter headings ``A.``/``B.``, and the numbered items (``1.``, ``1.1.``) that are headings: those
  with lettered items under them, and the short titled ones of the other sections (``1. Mục đích``). A plan
  without Roman headings may number its parts in capitals (``2. NỘI DUNG``); they are then its sections.
- **Tasks** are read only in the sections that hold them: a title with ``nội dung``, ``nhiệm vụ``,
  ``hoạt động``, ``giải pháp`` or ``danh mục`` (not ``tổ chức thực hiện``, ``kinh phí``, ``đánh giá``...), and
  everything under ``PHỤ LỤC``. There a lettered item is a task (``II.1.a``, the numbered item's heading as
  its title); a numbered item without letters is a task itself (``II.3``; the heading is its title when a
  paragraph follows, and the paragraph its content). A content section with neither gives one task per
  bullet or paragraph (lower confidence).
- **Assignments** follow the items: ``- Cơ quan chủ trì: ...``, ``Đơn vị phối hợp: ...``, ``Cơ quan thực hiện:``
  (a lead), ``Thời gian thực hiện: Quý II/2024`` and their variants, with or without bullets, several on one
  line or in parentheses. Lines given once for a run (``Từ mục a đến mục đ:``, ``Các mục a, b, c:``,
  ``Nội dung a, b``, ``Nhiệm vụ 1, 2:``) apply to those items; otherwise assignment lines after lettered
  items apply to the items of the run that no assignment lines have reached yet. Lines right under a
  heading apply to the items under it that get none of their own (and then a run after one item is only
  that item's exception). In prose, ``Sở Ngoại vụ chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch
  tổ chức ...`` gives a lead and cooperating agencies (confidence 0.7, with a warning); an item that says so
  keeps it when a shared run of lines follows, but takes that run's timing. Agencies are split with
  `split_agencies`; ``Sở A (chủ trì), Sở B`` under ``Cơ quan thực hiện`` gives lead A, cooperating B.
- **Tables** (a docx table arrives as rows ``cell | cell | cell``) are read by their header words (``TT``,
  ``Nội dung``, ``Cơ quan chủ trì``, ``Cơ quan phối hợp``, ``Thời gian``; diacritics folded): a row ``I | ...``
  is a group (a section ``PL.I`` in an appendix), a row ``1 | ...`` a task ``I.1``.
- A task written both in the text and in a table (a summary in ``II. NỘI DUNG`` and the appendix that
  details it) is one task: the text's item with what the row adds (timing, agencies); see
  `_Reader._merge_table_duplicates`. Appendix notes ``(Chi tiết tại Phụ lục kèm theo)`` are not content.
- A text with no section of tasks (a news item) gives the tasks it enumerates: ``(1) ... (2) ...``, or a
  list after ``Các hoạt động cụ thể như: ...; ...`` or ``... các nội dung: ...; ...`` (low confidence, with a
  warning). Breakthrough solutions listed this way (seed 002) are taken as tasks too, at 0.4.

Lines broken in the middle of a sentence (PDF text) are joined: a line that starts in lower case, or follows
a line ending with a comma, goes on with the line before, across one or two blank lines and page numbers.
The ``Nơi nhận:`` list and the signature block end a section.

Spans are offsets into the exact text given (text that is not NFC is read in NFC and the spans mapped back).
It never raises: an unexpected failure gives what was read with a warning. No Django here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from huunghi.text.extract.agency_split import (
    COOPERATING,
    LEAD,
    agency_fold,
    split_agencies_with_roles,
    starts_like_agency,
)
from huunghi.text.extract.result import Section, Task
from huunghi.text.normalize import clean_spaces

__all__ = [
    "LETTERS",
    "WARNING_APPENDIX",
    "WARNING_INTERNAL",
    "WARNING_NOTHING",
    "WARNING_PROSE",
    "read_structure",
]

#: Order of the letters of lettered items: the Vietnamese alphabet (đ after d), with the Latin letters
#: it lacks (f, j, w, z) where the Latin alphabet has them.
LETTERS = "abcdđefghijklmnopqrstuvwxyz"
_LETTER_INDEX = {c: i for i, c in enumerate(LETTERS)}

WARNING_APPENDIX = "Nội dung thực hiện nằm trong phụ lục không có trong văn bản"
WARNING_PROSE = "Văn bản không có mục nội dung thực hiện; các nhiệm vụ được tách từ đoạn văn liệt kê, cần kiểm tra lại"
WARNING_NOTHING = "Không nhận ra mục hay nhiệm vụ nào trong văn bản"
WARNING_INTERNAL = "Lỗi khi đọc cấu trúc văn bản; hãy kiểm tra và nhập tay các mục, nhiệm vụ"

# Confidence of what was read.
C_EXPLICIT, C_INHERITED, C_TABLE, C_BARE, C_INLINE, C_SUBJECT = 0.95, 0.9, 0.9, 0.8, 0.7, 0.6
C_BULLET, C_PARAGRAPH, C_PROSE, C_SOLUTIONS = 0.6, 0.5, 0.5, 0.4

# ---------------------------------------------------------------------------------------------------------
# Lines.

BLANK, NOISE, TABLE, TABLESEP, TERM = "blank", "noise", "table", "tablesep", "term"
PART, ROMAN, LHEAD, SUB, NUM, LETTER = "part", "roman", "lhead", "sub", "num", "letter"
RANGE, ASSIGN, ATTR, BULLET, TEXT = "range", "assign", "attr", "bullet", "text"
HEADINGS = (PART, ROMAN, LHEAD, SUB, NUM)
LEVELS = {PART: 0, ROMAN: 1, LHEAD: 2, NUM: 3}

# Characters that extraction leaves and the reader does not see; read as spaces (same length: offsets stay).
_INVISIBLE_AS_SPACE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), " ")
_INVISIBLE_AS_SPACE[ord("：")] = ":"
_INVISIBLE_RE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff：]")

_MD_PREFIX = re.compile(r"(?:#{1,6}\s+|>\s*|\*\*\s*|__\s*|\*(?=[^\s*]))+")
_TITLE_START = r"(?=[^\W\d_]|[\"“(*«])"
_ROMAN = re.compile(r"(?P<num>[IVXLC]{1,7})\s*(?:[.:)]|\s+[-–—]\s*|\s*[-–—]\s+)\s*(?P<title>.*)$")
_ROMAN_VALID = re.compile(r"C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_DIEU = re.compile(r"(?:Điều|ĐIỀU)\s+(?P<num>\d{1,3})\s*[.:]\s*(?P<title>.*)$")
_PHAN = re.compile(
    r"(?:Phần|PHẦN)\s+(?P<num>[IVX]{1,6}|\d{1,2}|(?:thứ|THỨ)\s+[^\W\d_]+)(?![\w])\s*(?:[.:\-–—]\s*(?P<title>.*))?$"
)
_PHULUC = re.compile(
    r"(?:PHỤ\s+LỤC|Phụ\s+lục|Phụ\s+Lục)(?:\s+(?:số\s+|SỐ\s+)?(?P<num>[IVX]{1,6}|\d{1,2}|[A-Z])(?![\w]))?"
    r"\s*(?:[.:\-–—]\s*)?(?P<title>.*)$"
)
_LHEAD = re.compile(r"(?P<num>[A-H])\s*[.)]\s*(?P<title>" + _TITLE_START + r".*)$")
_SUB = re.compile(r"(?P<num>\d{1,4}(?:\.\d{1,3}){1,2})\.?\)?\s*(?P<title>" + _TITLE_START + r".*)$")
_NUM = re.compile(r"(?:\((?P<pnum>\d{1,4})\)|(?P<num>\d{1,4})\s*[.)])\s*(?P<title>" + _TITLE_START + r".*)$")
_LETTER = re.compile(r"(?:\((?P<pl>[a-zđ])\)|(?P<l>[a-zđ])\s*(?:\)|[./](?=\s)))\s*(?P<title>" + _TITLE_START + r".*)$")
_BULLET = re.compile(r"[-+•–—*·●▪○◦∙➢►✓❖◆■□▫※→]+\s*(?=\S)")
_NOISE = re.compile(r"[-–—]?\s*(?:Trang\s+)?\d{1,3}\s*(?:/\s*\d{1,3})?\s*[-–—]?")
_TABLESEP = re.compile(r"\|?[\s|:+-]*-{2,}[\s|:+-]*")
_TERM = re.compile(
    r"(?:Nơi|NƠI)\s+(?:nhận|NHẬN)\s*:|(?:Nơi|NƠI)\s+(?:nhận|NHẬN)\s*$|(?:TM|KT|TL|TUQ)\s*\.\s*\S|"
    r"(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|GIÁM\s+ĐỐC|TRƯỞNG\s+BAN)\s*\**\s*$"
)

_ORG = r"(?:(?:cơ\s+quan|đơn\s+vị|sở,?\s+ngành)(?:\s*,\s*(?:đơn\s+vị|địa\s+phương))?\s+)"
_LABEL_CORE = (
    r"(?:(?P<both>" + _ORG + r"?chủ\s+trì\s*(?:,|/|và|-|–)\s*(?:cơ\s+quan\s+)?phối\s+hợp(?:\s+thực\s+hiện)?)"
    r"|(?P<coop>" + _ORG + r"?phối\s+hợp(?:\s+thực\s+hiện)?)"
    r"|(?P<lead>" + _ORG + r"?(?:chủ\s+trì(?:\s+(?:thực\s+hiện|triển\s+khai|tham\s+mưu))?|thực\s+hiện|"
    r"tham\s+mưu(?:\s+thực\s+hiện)?|đầu\s+mối|chịu\s+trách\s+nhiệm|được\s+giao)"
    r"|trách\s+nhiệm\s+thực\s+hiện|phân\s+công\s+thực\s+hiện)"
    r"|(?P<timing>thời\s+gian(?:\s+(?:thực\s+hiện|hoàn\s+thành|triển\s+khai|tổ\s+chức))?|tiến\s+độ(?:\s+thực\s+hiện)?"
    r"|thời\s+hạn(?:\s+hoàn\s+thành)?|thời\s+điểm(?:\s+thực\s+hiện)?)"
    r"|(?P<attr>(?:dự\s+kiến\s+)?kinh\s+phí(?:\s+(?:thực\s+hiện|dự\s+kiến))?|nguồn\s+kinh\s+phí|dự\s+toán(?:\s+kinh\s+phí)?))"
    r"\s*(?:\([^()]{0,40}\)\s*)?:"
)
_LABEL_AT_START = re.compile(r"\(?\s*" + _LABEL_CORE, re.IGNORECASE)
_LABEL_ANYWHERE = re.compile(r"(?:^|(?<=[;.,(])|(?<=\s[-–+])|(?<=\s))\s*\(?\s*" + _LABEL_CORE, re.IGNORECASE)
_MID_LABEL = re.compile(
    r"(?:(?<=[.;])\s+|\s+[-–—+]\s+|\s*(?=\(\s*" + _ORG + r"?(?:chủ\s+trì|phối\s+hợp)\s*:))"
    r"(?=\(?\s*(?:"
    + _ORG
    + r"?(?:chủ\s+trì|phối\s+hợp|thực\s+hiện)(?:\s+thực\s+hiện)?|thời\s+gian(?:\s+(?:thực\s+hiện|"
    r"hoàn\s+thành|triển\s+khai|tổ\s+chức))?|tiến\s+độ(?:\s+thực\s+hiện)?|thời\s+hạn(?:\s+hoàn\s+thành)?)\s*:)",
    re.IGNORECASE,
)
_MID_LETTER = re.compile(r"(?<=[^\W\d_][.;:])\s*(?=(?:[a-zđ]\)|\([a-zđ]\))\s*[^\W\d_])")

_RTOK = r"(?:(?:mục|điểm|tiết|nội\s+dung|nhiệm\s+vụ)\s+)?(?:[a-zđ]|\d{1,3})(?![\w])"
_RSEP = r"\s*(?:,|;|và|đến|tới|->|-|–|—)\s*"
_RANGE = re.compile(
    r"(?:(?:đối\s+với|riêng)\s+)?(?:(?P<w1>từ|các|những)\s+)?(?:(?P<w2>mục|điểm|tiết|nội\s+dung|nhiệm\s+vụ|"
    r"hoạt\s+động)\s+)?(?:(?:từ|tại)\s+)?(?:(?:mục|điểm|tiết)\s+)?(?P<list>" + _RTOK + r"(?:" + _RSEP + _RTOK + r")*)"
    r"\s*(?P<end>:|\.|$)",
    re.IGNORECASE,
)
_RANGE_TOKEN = re.compile(r"(?<![\w])([a-zđ]|\d{1,3})(?![\w])|(đến|tới|->|-|–|—)", re.IGNORECASE)

_TERMINAL = ".;:!?…"
# A line that only points to the appendix: "(Chi tiết tại Phụ lục kèm theo)", "(Phụ lục chi tiết kèm theo)."
_APPENDIX_NOTE = re.compile(r"\(\s*[^()]{0,80}?(?:phụ|PHỤ|Phụ)\s+(?:lục|LỤC)[^()]{0,80}\)\s*[.;]?")
_NOTE_PAREN = re.compile(r"\s*\((?:[^()]*(?:kèm\s+theo|phụ\s+lục|chi\s+tiết)[^()]*|\*[^()]*\*)\)\s*$", re.I)
_TRAILING_TITLE = re.compile(r"[\s.:;,\-–—/*_]+$")
_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")

# Inline assignments in prose: "Sở Ngoại vụ chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức".
_HEAD_WORDS = (
    r"(?:Sở|Ban(?!\s+hành)|Ủy\s+ban|Uỷ\s+ban|UBND|Hội(?!\s+(?:nghị|thảo|chợ|nhập|diễn|thi|trại))|Đài|Báo(?!\s+cáo)|"
    r"Trung\s+tâm|Liên\s+hiệp|Công\s+an|Bộ\s+Chỉ\s+huy|Bộ|Văn\s+phòng|Tỉnh\s+[đĐ]oàn|Thành\s+[đĐ]oàn|Trường|Cục|"
    r"Chi\s+cục|Viện|Bảo\s+tàng|Liên\s+đoàn|Mặt\s+trận|UBMTTQ|[Cc]ác\s+sở|[Cc]ác\s+cơ\s+quan|[Cc]ác\s+đơn\s+vị)"
)
_INLINE = re.compile(
    r"(?<![\w])(?P<lead>" + _HEAD_WORDS + r"\b[^.;:()\n]{0,100}?)\s+(?:là\s+(?:cơ\s+quan|đơn\s+vị)\s+|làm\s+"
    r"(?:đầu\s+mối\s+)?|giữ\s+vai\s+trò\s+)?(?P<role>chủ\s+trì|phối\s+hợp\s+với)(?![\w])"
)
_INLINE_COOP = re.compile(r"\s*,?\s*(?:và\s+)?phối\s+hợp\s+(?:với\s+)?")
_COOP_STOP = re.compile(
    r"\s(?:tổ\s+chức|triển\s+khai|thực\s+hiện|xây\s+dựng|tham\s+mưu|tăng\s+cường|đẩy\s+mạnh|tiếp\s+tục|"
    r"hướng\s+dẫn|rà\s+soát|theo\s+dõi|nghiên\s+cứu|biên\s+soạn|tuyên\s+truyền|quảng\s+bá|mời|đón|tiếp\s+đón|cử|"
    r"để|nhằm|trong|khi|nhân\s+dịp|giới\s+thiệu|duy\s+trì|chuẩn\s+bị|phát\s+hành|sản\s+xuất|đăng|mở|vận\s+động|"
    r"kết\s+nối|hỗ\s+trợ|bố\s+trí|lựa\s+chọn|tổng\s+hợp|báo\s+cáo|đề\s+xuất|liên\s+hệ|làm\s+việc|tập\s+huấn|"
    r"bồi\s+dưỡng|đào\s+tạo|quản\s+lý|cung\s+cấp|phát\s+huy|lồng\s+ghép|tham\s+gia|trao|gửi|thường\s+xuyên|"
    r"định\s+kỳ|hằng\s+năm|hàng\s+năm|tại|theo|thông\s+qua|phục\s+vụ|nâng\s+cao|bảo\s+đảm|đảm\s+bảo|kiểm\s+tra|"
    r"giám\s+sát|xúc\s+tiến|đăng\s+cai|chủ\s+động)(?![\w])|[.;:()\n]"
)

# Lists in prose.
_PAREN_NUMBER = re.compile(r"(?<![\w(])\((\d{1,2})\)\s*")
_LIST_TRIGGER = re.compile(
    r"(?P<noun>hoạt\s+động|nhiệm\s+vụ|nội\s+dung|giải\s+pháp|biện\s+pháp|chương\s+trình|công\s+việc)"
    r"[^:.;()\n]{0,80}?:\s*(?=\S)",
    re.IGNORECASE,
)
_NESTED_INTRO = re.compile(r"\s+(?:như|gồm|bao\s+gồm)\s*:\s*", re.IGNORECASE)
_SENTENCE_END = re.compile(r"\.\s+(?=\S)")

# Section titles (on `agency_fold` keys).
_CONTENT_WORDS = ("noi dung", "nhiem vu", "hoat dong", "giai phap", "danh muc", "chuong trinh cong tac")
_NONCONTENT_START = (
    "to chuc thuc hien", "kinh phi", "danh gia", "ket qua", "tinh hinh", "can cu", "trach nhiem",
    "che do bao cao", "hieu luc", "phan cong", "bao cao", "dieu khoan",
)  # fmt: skip
_AIMS_START = (
    "muc dich", "muc tieu", "yeu cau", "quan diem", "boi canh", "su can thiet", "pham vi", "doi tuong",
    "nguyen tac", "chi tieu",
)  # fmt: skip
_ORG_START = ("to chuc thuc hien", "trach nhiem", "phan cong", "hieu luc", "dieu khoan")


def _has_content_word(key: str) -> bool:
    return any(w in key for w in _CONTENT_WORDS)


def _noncontent_title(key: str) -> bool:
    if key.startswith(_NONCONTENT_START):
        return True
    return key.startswith(_AIMS_START) and not _has_content_word(key)


def _caps_ratio(s: str) -> float:
    letters = [c for c in s if c.isalpha()]
    if not letters:
        return 0.0
    return sum(c.isupper() for c in letters) / len(letters)


def _demark(s: str) -> str:
    return _EMPHASIS.sub("", s) if "*" in s or "__" in s else s


def _clean_title(s: str) -> str:
    s = " ".join(_demark(s).split())
    for _ in range(3):
        before = s
        s = _TRAILING_TITLE.sub("", s)
        if "(" in s:
            s = _NOTE_PAREN.sub("", s)
        if s == before:
            break
    return s.strip()


def _clean_content(s: str) -> str:
    s = "\n".join(" ".join(line.split()) for line in _demark(s).split("\n"))
    s = s.strip()
    if s.endswith("/."):
        s = s[:-2].rstrip()
        if not s.endswith((".", "…", "!", "?")):
            s += "."
    return s


def _clean_value(s: str) -> str:
    s = clean_spaces(_demark(s))
    s = re.sub(r"^[\s(:\-–]+", "", s)
    s = re.sub(r"[\s.;,:)/+\-–—•]+$", "", s)
    if s.count("(") > s.count(")"):
        s += ")"
    return s


# ---------------------------------------------------------------------------------------------------------
# Text with offsets.


class _Mapped:
    """The text read (NFC, invisible characters as spaces) and the way back to the offsets of the text given."""

    def __init__(self, text: str):
        self.length = len(text)
        if unicodedata.is_normalized("NFC", text):
            self.norm = text
            self._starts: list[int] | None = None
            self._ends: list[int] = []
        else:
            pieces: list[str] = []
            starts: list[int] = []
            ends: list[int] = []
            i, n = 0, len(text)
            while i < n:
                j = i + 1
                while j < n and unicodedata.combining(text[j]):
                    j += 1
                piece = unicodedata.normalize("NFC", text[i:j])
                pieces.append(piece)
                starts.extend([i] * len(piece))
                ends.extend([j] * len(piece))
                i = j
            self.norm = "".join(pieces)
            self._starts = starts
            self._ends = ends
        if _INVISIBLE_RE.search(self.norm):
            self.norm = self.norm.translate(_INVISIBLE_AS_SPACE)

    def span(self, start: int, end: int) -> tuple[int, int]:
        start, end = max(0, start), max(0, end)
        if end < start:
            end = start
        if self._starts is None:
            return min(start, self.length), min(end, self.length)
        n = len(self._starts)
        s = self._starts[start] if start < n else self.length
        e = self._ends[end - 1] if 0 < end <= n else (self.length if end > n else s)
        return s, max(s, e)


@dataclass(eq=False)
class _Phys:
    kind: str
    start: int  # first visible character
    end: int  # after the last
    body_start: int  # where the title, content or value starts
    m: dict = field(default_factory=dict)
    bold: bool = False


@dataclass(eq=False)
class _Line:
    """A logical line: one physical line and the lines that go on with it."""

    kind: str
    parts: list[tuple[int, int]]  # first part starts at the body
    start: int
    m: dict
    bold: bool = False
    _text: str | None = None
    _offsets: list[int] | None = None

    @property
    def end(self) -> int:
        return self.parts[-1][1]

    @property
    def body_start(self) -> int:
        return self.parts[0][0]

    def body(self, norm: str) -> str:
        if self._text is None:
            offsets, chunks, pos = [], [], 0
            for s, e in self.parts:
                offsets.append(pos)
                chunks.append(norm[s:e])
                pos += e - s + 1
            self._offsets = offsets
            self._text = " ".join(chunks)
        return self._text

    def at(self, norm: str, i: int) -> int:
        """The offset in the text read of index `i` of `body`."""
        self.body(norm)
        assert self._offsets is not None
        k = len(self._offsets) - 1
        while k > 0 and self._offsets[k] > i:
            k -= 1
        s, e = self.parts[k]
        return min(e, s + max(0, i - self._offsets[k]))


def _physical_lines(norm: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for raw in norm.splitlines(keepends=True):
        line = raw.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + lead + len(stripped)))
        pos += len(raw)
    return out


def _virtual_split(norm: str, s: int, e: int) -> list[tuple[int, int]]:
    """Cut a physical line where a second item or an assignment starts inside it (text from PDF)."""
    line = norm[s:e]
    cuts: list[tuple[int, int]] = []  # (end of the piece before, start of the piece after)
    if ":" in line:
        for m in _MID_LABEL.finditer(line):
            if m.start() > 0:
                cuts.append((m.start(), m.end()))
    if ")" in line:
        for m in _MID_LETTER.finditer(line):
            close = line.find(")", m.end())
            if m.start() > 0 and close != -1 and close + 1 < len(line):
                rest = line[close + 1 :].lstrip()
                if rest[:1].isupper():
                    cuts.append((m.start(), m.end()))
    if not cuts:
        return [(s, e)]
    out = []
    prev = 0
    for end, nxt in sorted(set(cuts)):
        if end < prev:
            continue
        seg = line[prev:end]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            out.append((s + prev + lead, s + prev + lead + len(seg.strip())))
        prev = nxt
    seg = line[prev:]
    if seg.strip():
        lead = len(seg) - len(seg.lstrip())
        out.append((s + prev + lead, s + prev + lead + len(seg.strip())))
    return out or [(s, e)]


def _classify(norm: str, s: int, e: int, state: dict) -> _Phys:
    line = norm[s:e]
    if "|" in line and (line.startswith("|") or " | " in line or line.count("|") >= 2):
        if _TABLESEP.fullmatch(line):
            return _Phys(TABLESEP, s, e, s)
        return _Phys(TABLE, s, e, s)
    if _NOISE.fullmatch(line):
        return _Phys(NOISE, s, e, s)
    md = _MD_PREFIX.match(line)
    off = md.end() if md else 0
    bold = line.startswith(("**", "__"))
    core = line[off:]
    c0 = s + off
    if not core:
        return _Phys(NOISE, s, e, s)
    first = core[0]

    if _TERM.match(core) and _caps_ratio(core[:40]) > 0.6 or core[:8].lower().startswith("nơi nhận"):
        return _Phys(TERM, s, e, c0)
    if first in "ĐP":
        m = _DIEU.match(core) or _PHAN.match(core) or (_PHULUC.match(core) if len(core) <= 200 else None)
        if m and m.re is _PHULUC and not core.startswith("PHỤ"):
            # "Phụ lục" in mixed case heads an appendix only alone, numbered or before a title in capitals,
            # not in a sentence ("Phụ lục chi tiết kèm theo Kế hoạch này").
            title = m.group("title") or ""
            if title.strip() and not m.group("num") and _caps_ratio(title) < 0.6:
                m = None
        if m:
            return _heading_phys(PART, m, c0, s, e, bold, which=core[:2])
    if first in "IVXLC":
        m = _ROMAN.match(core)
        if m and _ROMAN_VALID.fullmatch(m.group("num")):
            title = m.group("title")
            alpha = next((c for c in title if c.isalpha()), "")
            value = _roman_value(m.group("num"))
            sequential = len(m.group("num")) > 1 or m.group("num") in "IVX" or value == state.get("roman", 0) + 1
            if sequential and (not title.strip() or alpha.isupper() or title[:1] in '(*"“«'):
                state["roman"] = value
                return _heading_phys(ROMAN, m, c0, s, e, bold)
    if "A" <= first <= "H":
        m = _LHEAD.match(core)
        if m:
            title = m.group("title")
            if bold or _caps_ratio(title) >= 0.6 or (len(title) <= 60 and title.rstrip()[-1:] not in _TERMINAL):
                return _heading_phys(LHEAD, m, c0, s, e, bold)
    if first.isdigit() or first == "(":
        m = _SUB.match(core) if first.isdigit() else None
        if m:
            return _heading_phys(SUB, m, c0, s, e, bold)
        m = _NUM.match(core)
        if m:
            return _heading_phys(NUM, m, c0, s, e, bold)
    if first.islower() or first == "(":
        m = _LETTER.match(core)
        if m:
            letter = m.group("l") or m.group("pl")
            return _Phys(LETTER, s, e, c0 + m.start("title"), {"num": letter}, bold)
    b = _BULLET.match(core)
    inner = core[b.end() :] if b else core
    inner_off = c0 + (b.end() if b else 0)
    low = inner[:12].lower()
    if low.startswith(("từ ", "các ", "những ", "mục ", "điểm ", "tiết ", "nội dung", "nhiệm vụ", "đối với", "riêng ")):
        m = _RANGE.match(inner)
        if m and (m.group("w1") or m.group("w2")) and len(m.group(0)) <= 120:
            rest = inner[m.end() :]
            if m.group("end") != ":" or not rest.strip() or _LABEL_AT_START.match(rest.strip()) or _INLINE.search(rest):
                return _Phys(RANGE, s, e, inner_off, {"list": m.group("list"), "rest": inner_off + m.end()})
    m = _LABEL_AT_START.match(inner)
    if m:
        kind = ATTR if m.group("attr") else ASSIGN
        return _Phys(kind, s, e, inner_off, {}, bold)
    if b:
        return _Phys(BULLET, s, e, c0, {}, bold)
    return _Phys(TEXT, s, e, c0, {}, bold)


def _roman_value(s: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for i, c in enumerate(s):
        v = values.get(c, 0)
        if i + 1 < len(s) and values.get(s[i + 1], 0) > v:
            total -= v
        else:
            total += v
    return total


def _heading_phys(kind: str, m: re.Match, c0: int, s: int, e: int, bold: bool, which: str = "") -> _Phys:
    groups = m.groupdict()
    num = groups.get("num") or groups.get("pnum") or ""
    data = {"num": num}
    if kind == PART:
        if which.startswith(("Đi", "ĐI")):
            data["part"] = "dieu"
        elif which.startswith(("Ph", "PH")) and m.re is _PHAN:
            data["part"] = "phan"
        else:
            data["part"] = "pl"
    title_start = m.start("title") if m.group("title") is not None else m.end()
    return _Phys(kind, s, e, c0 + title_start, data, bold)


def _ends_open(norm: str, line: _Line) -> bool:
    """Whether the line stops in the middle of a sentence."""
    last = norm[line.end - 1] if line.end > 0 else "."
    if last in _TERMINAL:
        return False
    return norm[max(0, line.end - 2) : line.end] != "/."


def _wrap_width(norm: str, lines: list[tuple[int, int]]) -> int:
    """The width of the text's lines when it was wrapped (PDF), or 0 when its lines are paragraphs.

    A text is taken as wrapped when many of its lines stop in the middle of a sentence and the next line
    goes on in lower case; its width is then the length most full lines reach."""
    if len(lines) < 6:
        return 0
    broken = 0
    for (_, e1), (s2, _) in zip(lines, lines[1:], strict=False):
        if norm[e1 - 1] not in _TERMINAL and norm[s2 : s2 + 1].islower():
            broken += 1
    if broken < 3 or broken < len(lines) // 10:
        return 0
    lengths = sorted(e - s for s, e in lines)
    return lengths[int(len(lengths) * 0.9) - 1]


def _joins(norm: str, prev: _Line, phys: _Phys, gap: int, width: int = 0) -> bool:
    if phys.kind == BULLET and prev.kind == ASSIGN and gap <= 1:
        # "- Cơ quan phối hợp:" with the agencies on the bullets under it.
        label_end = prev.parts[0][1]
        if norm[prev.body_start : label_end].rstrip().endswith(":"):
            text = norm[phys.start : phys.end]
            bullet = _BULLET.match(text)
            return starts_like_agency(text[bullet.end() :] if bullet else text)
    if phys.kind != TEXT or prev.kind in (TABLE, TABLESEP, TERM, NOISE):
        return False
    text = norm[phys.start : phys.end]
    first = next((c for c in text if c.isalpha() or c.isdigit()), "")
    body = norm[prev.body_start : prev.end]
    if prev.kind in (ASSIGN, ATTR) and body.rstrip().endswith(":") and gap <= 1:
        return True
    if prev.kind in (PART, ROMAN, LHEAD):
        if not body.strip() and gap <= 1:
            return True
        return (
            gap == 0
            and _ends_open(norm, prev)
            and _caps_ratio(body) > 0.8
            and _caps_ratio(text) > 0.8
            and len(text) < 80
            and not prev.bold
        )
    if gap > 2 or not _ends_open(norm, prev):
        return False
    last = norm[prev.end - 1]
    if last in ",-–(" or body.endswith((" và", " của", " với", " các", " cho", " về", " trong", " tại")):
        return True
    if first.islower():
        return True
    # Wrapped text: a full line that stops mid-sentence goes on, even with a capital (a name).
    last_part = prev.parts[-1]
    full = prev.kind not in (PART, ROMAN, LHEAD) and last_part[1] - (
        prev.start if len(prev.parts) == 1 else last_part[0]
    )
    return bool(width) and gap == 0 and full >= 0.8 * width


def _logical_lines(norm: str) -> list[_Line]:
    out: list[_Line] = []
    state: dict = {}
    gap = 0
    last_phys_end = -1
    physical = _physical_lines(norm)
    width = _wrap_width(norm, physical)
    for ps, pe in physical:
        # blank lines between two physical lines
        if last_phys_end >= 0:
            gap = norm.count("\n", last_phys_end, ps) - 1 if last_phys_end < ps else 0
        last_phys_end = pe
        for s, e in _virtual_split(norm, ps, pe):
            phys = _classify(norm, s, e, state)
            if phys.kind == NOISE:
                continue
            if out and _joins(norm, out[-1], phys, max(0, gap), width):
                prev = out[-1]
                if prev.body_start >= prev.end and len(prev.parts) == 1:
                    prev.parts[0] = (phys.start, phys.end)
                else:
                    prev.parts.append((phys.start, phys.end))
                prev._text = None
            else:
                out.append(_Line(phys.kind, [(phys.body_start, phys.end)], phys.start, phys.m, phys.bold))
            gap = 0
    return out


# ---------------------------------------------------------------------------------------------------------
# The outline.


@dataclass(eq=False)
class _Block:
    """Assignment lines read together, and the items they apply to."""

    fixed: bool = False  # its items named by a range line
    lead: list[str] = field(default_factory=list)
    coop: list[str] = field(default_factory=list)
    timing: str | None = None
    start: int = -1
    end: int = -1
    has_agencies: bool = False

    def extend_span(self, s: int, e: int) -> None:
        self.start = s if self.start < 0 else min(self.start, s)
        self.end = max(self.end, e)


@dataclass(eq=False)
class _Leaf:
    letter: str
    line: _Line
    lines: list[_Line] = field(default_factory=list)
    draft: _Draft | None = None


@dataclass(eq=False)
class _Node:
    kind: str
    level: int
    label: str
    code: str
    title: str
    line: _Line
    parent: _Node | None
    content: bool
    key: str
    path: tuple[str, ...] = ()
    events: list = field(default_factory=list)
    children: list = field(default_factory=list)
    is_section: bool = False
    default: _Block | None = None
    mentions_appendix: bool = False
    table_tasks: int = 0


@dataclass(eq=False)
class _Draft:
    code: str
    content: str
    span: tuple[int, int]
    title: str | None = None
    section: str | None = None
    node: _Node | None = None
    lead: list[str] = field(default_factory=list)
    coop: list[str] = field(default_factory=list)
    timing: str | None = None
    a_span: tuple[int, int] | None = None
    confidence: float = C_BARE
    origin: str = "item"  # item, table, prose
    agencies_from: str | None = None  # block, range, inline, inherited, table
    written: str | None = None  # a table row's code as its number column writes it ("II.1", "1.a", "3")
    alternative: str | None = None  # a table row's code when another task has its own ("PL.II.1")
    scan: list = field(default_factory=list)  # (line, body offset) pairs scanned for inline assignments

    def take(self, block: _Block, agencies: bool = True, timing: bool = True) -> None:
        if agencies and block.has_agencies:
            if self.agencies_from == "inline":
                self.lead, self.coop = [], []
            for name in block.lead:
                if name not in self.lead:
                    self.lead.append(name)
            for name in block.coop:
                if name not in self.coop and name not in self.lead:
                    self.coop.append(name)
        if timing and block.timing and not self.timing:
            self.timing = block.timing
        took = (agencies and block.has_agencies) or (timing and block.timing)
        if took and block.start >= 0:
            s, e = self.a_span or (block.start, block.end)
            self.a_span = (min(s, block.start), max(e, block.end))


@dataclass(eq=False)
class _Group:
    """A group row of a table, or a numbered row with lettered rows under it: a section of its own."""

    code: str
    title: str
    span: tuple[int, int]


def _fill_block(block: _Block, kind: str, value: str, norm_span: tuple[int, int]) -> None:
    block.extend_span(*norm_span)
    value = re.sub(r"[\s+\-–—•]+$", "", value.strip())
    if kind == "timing":
        v = _clean_value(value)
        if v and not block.timing:
            block.timing = v
        return
    if kind == "attr" or not value:
        return
    while value.endswith(")") and value.count(")") > value.count("("):
        value = value[:-1].rstrip()
    inline = _inline_assignment(value)
    if inline is not None:
        lead, coop, _, _ = inline
        _add_agencies(block, [(n, LEAD) for n in lead] + [(n, COOPERATING) for n in coop], kind)
        return
    _add_agencies(block, split_agencies_with_roles(value), kind)


def _add_agencies(block: _Block, items: list[tuple[str, str | None]], kind: str) -> None:
    if not items:
        return
    marked = any(role is not None for _, role in items)
    for i, (name, role) in enumerate(items):
        if role is None:
            if kind == "coop":
                role = COOPERATING
            elif kind == "both":
                role = LEAD if (i == 0 and not marked) else COOPERATING
            else:
                role = COOPERATING if marked else LEAD
        target = block.lead if role == LEAD else block.coop
        if name not in target:
            target.append(name)
    block.has_agencies = True


def _read_labels(norm: str, line: _Line, block: _Block) -> None:
    """Read every ``label: value`` of an assignment line into `block`."""
    text = line.body(norm)
    matches = [m for m in _LABEL_ANYWHERE.finditer(text)]
    if not matches:
        return
    for k, m in enumerate(matches):
        kind = next(g for g in ("both", "coop", "lead", "timing", "attr") if m.group(g))
        stop = matches[k + 1].start() if k + 1 < len(matches) else len(text)
        value = text[m.end() : stop]
        _fill_block(block, kind, value, (line.at(norm, m.start()), line.at(norm, stop)))
    block.extend_span(line.start, line.end)


def _inline_assignment(text: str) -> tuple[list[str], list[str], tuple[int, int], float] | None:
    """Lead and cooperating agencies written in a sentence, with where they were read."""
    m = _INLINE.search(text)
    if not m:
        return None
    lead_text = m.group("lead")
    lead = [n for n, _ in split_agencies_with_roles(lead_text)]
    if not lead:
        return None
    coop: list[str] = []
    end = m.end()
    confidence = C_INLINE
    coop_start = None
    if m.group("role").startswith("chủ"):
        c = _INLINE_COOP.match(text, m.end())
        if c and "phối" in c.group():
            coop_start = c.end()
    else:
        coop_start = m.end()
        confidence = C_SUBJECT
    if coop_start is not None:
        stop = _COOP_STOP.search(text, coop_start)
        coop_end = stop.start() if stop else len(text)
        coop_text = text[coop_start:coop_end]
        coop = [n for n, _ in split_agencies_with_roles(coop_text) if n not in lead]
        if coop:
            end = coop_end
    return lead, coop, (m.start("lead"), end), confidence


def _range_tokens(s: str) -> tuple[list[str], list[int]]:
    """The letters and numbers a range line names: 'a đến đ' gives a, b, c, d, đ."""
    letters: list[str] = []
    numbers: list[int] = []
    pending_range = False
    last: str | None = None
    for m in _RANGE_TOKEN.finditer(s):
        if m.group(2):
            pending_range = last is not None
            continue
        tok = m.group(1).lower()
        if pending_range and last is not None:
            if tok.isdigit() and last.isdigit():
                lo, hi = int(last), int(tok)
                numbers.extend(range(lo + 1, min(hi, lo + 500) + 1))
            elif tok in _LETTER_INDEX and last in _LETTER_INDEX:
                lo, hi = _LETTER_INDEX[last], _LETTER_INDEX[tok]
                letters.extend(LETTERS[lo + 1 : hi + 1])
        elif tok.isdigit():
            numbers.append(int(tok))
        else:
            letters.append(tok)
        pending_range = False
        last = tok
    return letters, numbers


class _Reader:
    def __init__(self, text: str):
        self.mapped = _Mapped(text)
        self.norm = self.mapped.norm
        self.nodes: list[_Node | _Group] = []
        self.stack: list[_Node] = []
        self.section_codes: set[str] = set()
        self.task_codes: set[str] = set()
        self.drafts: list[_Draft] = []
        self.lifted: list[tuple[_Node, list[int], _Block]] = []
        self.warnings: list[str] = []
        self.renamed: dict[str, tuple[str, str]] = {}  # code given → (code wanted, the warning that says so)
        self.open_leaf: _Leaf | None = None
        self.lines: list[_Line] = []

    # -- walking the lines ---------------------------------------------------------------------------------

    def read(self) -> tuple[list[Section], list[Task], list[str]]:
        self.lines = _logical_lines(self.norm)
        if not any(line.kind in (ROMAN, LHEAD) or (line.kind == PART and line.m.get("part") == "phan")
                   for line in self.lines):  # fmt: skip
            self._promote_capital_numbers()
        table: list[_Line] = []
        for line in self.lines:
            if line.kind in (TABLE, TABLESEP):
                if line.kind == TABLE:
                    table.append(line)
                continue
            if table:
                self._table(table)
                table = []
            self._walk(line)
        if table:
            self._table(table)

        for node in [n for n in self.nodes if isinstance(n, _Node)]:
            self._process(node)
        self._finish_assignments()
        self._merge_table_duplicates()
        if not any(isinstance(n, _Node) and n.content for n in self.nodes) and not self.drafts:
            self._prose()
        return self._results()

    def _promote_capital_numbers(self) -> None:
        for line in self.lines:
            if line.kind == NUM:
                title = line.body(self.norm)
                if _caps_ratio(title) > 0.8 and len(title.split()) >= 2 and len(title) <= 150:
                    line.kind = ROMAN

    def _walk(self, line: _Line) -> None:
        kind = line.kind
        if kind == TERM:
            self.stack.clear()
            self.open_leaf = None
            return
        if kind in HEADINGS:
            self._open(line)
            self.open_leaf = None
            return
        top = self.stack[-1] if self.stack else None
        if kind == LETTER:
            if top is not None:
                leaf = _Leaf(line.m.get("num", "?"), line)
                top.events.append(leaf)
                self.open_leaf = leaf
            return
        if kind == TEXT and _APPENDIX_NOTE.fullmatch(_demark(line.body(self.norm)).strip()):
            # Not a task's words: the text says where its details are.
            if top is not None:
                top.mentions_appendix = True
            return
        if kind in (TEXT, BULLET):
            if self.open_leaf is not None:
                self.open_leaf.lines.append(line)
            elif top is not None:
                top.events.append(line)
            return
        # ASSIGN, RANGE, ATTR
        self.open_leaf = None
        if top is not None:
            top.events.append(line)

    def _unique_section(self, code: str) -> str:
        if code not in self.section_codes:
            self.section_codes.add(code)
            return code
        k = 2
        while f"{code}-{k}" in self.section_codes:
            k += 1
        new = f"{code}-{k}"
        self.section_codes.add(new)
        self.warnings.append(f"Số thứ tự mục {code} bị trùng trong văn bản; mục sau được ghi là {new}")
        return new

    def _open(self, line: _Line) -> None:
        kind = line.kind
        raw_title = line.body(self.norm)
        title = _clean_title(raw_title)
        key = agency_fold(title)
        num = line.m.get("num", "")
        path: tuple[str, ...] = ()
        if kind == SUB:
            path = tuple(num.split("."))
            level = 3 + len(path) - 1
        elif kind == NUM:
            path = (num,)
            level = LEVELS[NUM]
        else:
            level = LEVELS[kind]
        if kind == ROMAN and num.isdigit():
            path = (num,)
        while self.stack and self.stack[-1].level >= level:
            self.stack.pop()
        parent = self.stack[-1] if self.stack else None

        if kind == PART:
            part = line.m.get("part")
            if part == "dieu":
                code = f"Điều {num}"
                content = False
            elif part == "phan":
                code = f"Phần {num}"
                content = _has_content_word(key) and not _noncontent_title(key)
            else:
                code = f"PL.{num}" if num else "PL"
                content = True
                if not title:
                    title = "PHỤ LỤC" if _caps_ratio(raw_title or "PL") >= 0.5 else "Phụ lục"
            candidate = code
        elif kind in (ROMAN, LHEAD):
            candidate = num
            if kind == LHEAD and parent is not None and parent.kind == ROMAN:
                candidate = f"{parent.code}.{num}"
            if candidate in self.section_codes and parent is not None:
                candidate = f"{parent.code}.{num}"
            content = (_has_content_word(key) and not _noncontent_title(key)) or (
                parent is not None and parent.content and not _noncontent_title(key)
            )
        else:  # NUM, SUB
            if kind == SUB:
                anchor = parent
                while anchor is not None and anchor.path != path[:-1]:
                    anchor = anchor.parent
                if anchor is not None:
                    parent_code, own = anchor.code, path[-1]
                    parent = anchor if parent is None or parent.level < level else parent
                else:
                    parent_code, own = (parent.code if parent else ""), num
            else:
                parent_code, own = (parent.code if parent else ""), num
            candidate = f"{parent_code}.{own}" if parent_code else own
            short = len(key.split()) <= 8
            if parent is None:
                content = _has_content_word(key) and not _noncontent_title(key)
            else:
                content = parent.content and not (short and _noncontent_title(key))
        code = self._unique_section(candidate)
        node = _Node(kind, level, num, code, title, line, parent, content, key, path)
        node.mentions_appendix = "phu luc" in agency_fold(raw_title)
        if parent is not None:
            parent.children.append(node)
        self.stack.append(node)
        self.nodes.append(node)

    # -- tasks from the outline ------------------------------------------------------------------------------

    def _task_code(self, code: str, alternative: str | None = None) -> str:
        if code not in self.task_codes:
            self.task_codes.add(code)
            return code
        if alternative and alternative not in self.task_codes:
            self.task_codes.add(alternative)
            return alternative
        k = 2
        while f"{code}-{k}" in self.task_codes:
            k += 1
        new = f"{code}-{k}"
        self.task_codes.add(new)
        warning = f"Mã nhiệm vụ {code} bị trùng trong văn bản; nhiệm vụ sau được ghi là {new}"
        self.renamed[new] = (code, warning)
        self.warnings.append(warning)
        return new

    def _text_of(self, lines: list[_Line]) -> str:
        if len(lines) == 1:  # one paragraph or one bullet: its words, without the bullet
            text = lines[0].body(self.norm)
            bullet = _BULLET.match(text)
            return text[bullet.end() :] if bullet else text
        return "\n".join(line.body(self.norm) if line.kind != BULLET else self._full(line) for line in lines)

    def _full(self, line: _Line) -> str:
        """A line as written, bullet included."""
        text = line.body(self.norm)
        if line.start < line.body_start:
            return self.norm[line.start : line.body_start] + text
        return text

    def _process(self, node: _Node) -> None:
        leaves = [e for e in node.events if isinstance(e, _Leaf)]
        if not node.content:
            if node.kind in (PART, ROMAN, LHEAD):
                node.is_section = True
            else:
                parent_key = node.parent.key if node.parent else ""
                heading_like = (
                    bool(node.title)
                    and len(node.title) <= 100
                    and node.line.body(self.norm).rstrip()[-1:] not in ".;,"
                    and not parent_key.startswith(_ORG_START)
                )
                node.is_section = heading_like or bool(node.children and heading_like)
            return
        if node.kind in (PART, ROMAN, LHEAD):
            node.is_section = True
        if leaves:
            if node.kind in (NUM, SUB):
                node.is_section = True
            self._stream(node, leaves)
        elif node.children:
            node.is_section = True
            self._stream(node, [])
        elif node.kind in (NUM, SUB):
            self._leaf_node(node)
        else:
            self._section_items(node)

    def _stream(self, node: _Node, leaves: list[_Leaf]) -> None:
        """Tasks of the lettered items of `node`, with the assignment lines among them.

        A run of assignment lines applies to the items a range line names ("Từ mục a đến mục đ:"), else to
        the items before it that no run has reached yet, else to the last item; lines right under the
        heading, before any item, are the default of the items that get none."""
        for leaf in leaves:
            leaf.draft = self._leaf_draft(node, leaf)
        seen: list[_Leaf] = []
        touched: set[int] = set()
        block: _Block | None = None
        targets: list[_Leaf] = []
        timing_targets: list[_Leaf] = []
        how = "block"

        def close() -> None:
            if block is not None:
                self._apply(block, targets, timing_targets, how)

        for ev in node.events:
            if isinstance(ev, _Leaf):
                close()
                block = None
                seen.append(ev)
                continue
            if ev.kind == RANGE:
                close()
                letters, numbers = _range_tokens(ev.m.get("list", ""))
                block = _Block(fixed=True)
                block.extend_span(ev.start, ev.end)
                if numbers and not letters:
                    scope = node.parent if node.kind in (NUM, SUB) and node.parent is not None else node
                    self.lifted.append((scope, numbers, block))
                    targets = []
                else:
                    wanted = set(letters)
                    targets = [leaf for leaf in leaves if leaf.letter in wanted]
                timing_targets = targets
                touched.update(id(leaf) for leaf in targets)
                self._read_range_rest(ev, block)
                how = "range"
                continue
            if ev.kind in (ASSIGN, ATTR):
                if block is None:
                    block = _Block()
                    how = "block"
                    if not seen:  # right under the heading
                        targets = timing_targets = []
                        node.default = block if node.default is None else _merge_block(node.default, block)
                    else:
                        # An item that names its lead in its own sentence keeps it, but shares the timing.
                        free = [leaf for leaf in seen if id(leaf) not in touched]
                        timing_targets = free or [seen[-1]]
                        own = [leaf for leaf in free if leaf.draft is None or leaf.draft.agencies_from != "inline"]
                        targets = own or ([] if free else [seen[-1]])
                        if node.default is not None and node.default.has_agencies:
                            # The heading assigned every item; a run after one item is its exception.
                            targets = [seen[-1]] if seen[-1] in own or not free else []
                        touched.update(id(leaf) for leaf in timing_targets)
                _read_labels(self.norm, ev, block)
                continue
            close()
            block = None  # a paragraph ends the run of assignment lines
        close()
        for leaf in leaves:
            if leaf.draft is not None:
                self.drafts.append(leaf.draft)

    def _apply(self, block: _Block, targets: list[_Leaf], timing_targets: list[_Leaf], how: str) -> None:
        for leaf in targets:
            if leaf.draft is not None and block.has_agencies:
                leaf.draft.take(block, agencies=True, timing=False)
                leaf.draft.agencies_from = how
                leaf.draft.confidence = max(leaf.draft.confidence, C_EXPLICIT)
        for leaf in timing_targets:
            if leaf.draft is not None and block.timing:
                leaf.draft.take(block, agencies=False, timing=True)

    def _read_range_rest(self, line: _Line, block: _Block) -> None:
        rest_at = line.m.get("rest")
        if rest_at is None or rest_at >= line.end:
            return
        rest = self.norm[rest_at : line.end]
        if _LABEL_ANYWHERE.search(rest):
            sub = _Line(ASSIGN, [(rest_at, line.end)], rest_at, {})
            _read_labels(self.norm, sub, block)
            return
        inline = _inline_assignment(rest)
        if inline:
            lead, coop, _, _ = inline
            _add_agencies(block, [(n, LEAD) for n in lead] + [(n, COOPERATING) for n in coop], "lead")
            block.extend_span(line.start, line.end)

    def _leaf_draft(self, node: _Node, leaf: _Leaf) -> _Draft:
        first = leaf.line.body(self.norm)
        content = _clean_content("\n".join([first, *(self._full(x) for x in leaf.lines)]))
        end = leaf.lines[-1].end if leaf.lines else leaf.line.end
        title = node.title if node.kind in (NUM, SUB) else None
        code = self._task_code(f"{node.code}.{leaf.letter}")
        draft = _Draft(code, content, (leaf.line.start, end), title or None, node.code, node)
        draft.scan = [leaf.line, *leaf.lines]
        self._inline(draft)
        return draft

    def _inline(self, draft: _Draft) -> bool:
        """Read the assignment written in the task's own sentence ("Sở X chủ trì, phối hợp với ...")."""
        for line in draft.scan:
            found = _inline_assignment(line.body(self.norm))
            if found is None:
                continue
            lead, coop, (s, e), confidence = found
            draft.lead, draft.coop = lead, coop
            draft.a_span = (line.at(self.norm, s), line.at(self.norm, e))
            draft.agencies_from = "inline"
            draft.confidence = min(draft.confidence, confidence) if draft.origin == "prose" else confidence
            return True
        return False

    def _leaf_node(self, node: _Node) -> None:
        """A numbered item without lettered items: the task itself, or one task per assigned run."""
        segments: list[tuple[list[_Line], list[_Block]]] = [([], [])]
        block: _Block | None = None
        for ev in node.events:
            if isinstance(ev, _Leaf):
                continue
            if ev.kind in (TEXT, BULLET):
                if segments[-1][1]:
                    segments.append(([], []))
                segments[-1][0].append(ev)
                block = None
            elif ev.kind in (ASSIGN, ATTR):
                if block is None:
                    block = _Block()
                    segments[-1][1].append(block)
                _read_labels(self.norm, ev, block)
            elif ev.kind == RANGE:
                letters, numbers = _range_tokens(ev.m.get("list", ""))
                block = _Block(fixed=True)
                block.extend_span(ev.start, ev.end)
                self._read_range_rest(ev, block)
                if numbers and node.parent is not None:
                    self.lifted.append((node.parent, numbers, block))
        full = [seg for seg in segments if seg[0] and seg[1]]
        parent_code = node.parent.code if node.parent else None
        if len(full) >= 2:
            node.is_section = True
            # blocks before the first paragraph are the item's default
            for blk in segments[0][1] if not segments[0][0] else []:
                node.default = blk if node.default is None else _merge_block(node.default, blk)
            k = 0
            for lines, blocks in segments:
                if not lines:
                    continue
                k += 1
                code = self._task_code(f"{node.code}.{k}")
                draft = _Draft(code, _clean_content(self._text_of(lines)), (lines[0].start, lines[-1].end))
                draft.title, draft.section, draft.node = node.title or None, node.code, node
                draft.scan = list(lines)
                for blk in blocks:
                    draft.take(blk)
                    if blk.has_agencies:
                        draft.agencies_from = "block"
                draft.confidence = C_EXPLICIT if draft.agencies_from else C_BARE
                self.drafts.append(draft)
            return
        lines = [line for seg in segments for line in seg[0]]
        blocks = [blk for seg in segments for blk in seg[1]]
        heading = node.line.body(self.norm)
        if lines:
            content = _clean_content(self._text_of(lines))
            title = node.title or None
            end = lines[-1].end
        else:
            content = _clean_content(heading)
            title = None
            end = node.line.end
        code = self._task_code(node.code)
        draft = _Draft(code, content, (node.line.start, end), title, parent_code, node)
        draft.scan = [node.line, *lines]
        for blk in blocks:
            draft.take(blk)
            if blk.has_agencies:
                draft.agencies_from = "block"
        draft.confidence = C_EXPLICIT if draft.agencies_from else C_BARE
        self.drafts.append(draft)

    def _section_items(self, node: _Node) -> None:
        """A content section with neither numbered nor lettered items: its bullets or paragraphs."""
        if node.table_tasks:
            return
        items: list[tuple[list[_Line], list[_Block]]] = []
        block: _Block | None = None
        for ev in node.events:
            if isinstance(ev, _Leaf):
                continue
            if ev.kind in (TEXT, BULLET):
                text = ev.body(self.norm)
                folded = agency_fold(text)
                if "phu luc" in folded or text.rstrip().endswith(":") and not items:
                    if "phu luc" in folded:
                        node.mentions_appendix = True
                    continue
                items.append(([ev], []))
                block = None
            elif ev.kind in (ASSIGN, ATTR):
                if block is None:
                    block = _Block()
                    if items:
                        items[-1][1].append(block)
                    else:
                        node.default = block if node.default is None else _merge_block(node.default, block)
                _read_labels(self.norm, ev, block)
        bullets = all(lines[0].kind == BULLET for lines, _ in items)
        if not items or (not bullets and len(items) < 2 and not items[0][1]):
            return  # a lone sentence under the heading is an introduction, not a task
        for k, (lines, blocks) in enumerate(items, 1):
            line = lines[0]
            body = line.body(self.norm)
            content = _clean_content(body[_BULLET.match(body).end() :] if _BULLET.match(body) else body)
            if not content:
                continue
            code = self._task_code(f"{node.code}.{k}")
            draft = _Draft(code, content, (line.start, line.end), None, node.code, node)
            draft.scan = [line]
            for blk in blocks:
                draft.take(blk)
                if blk.has_agencies:
                    draft.agencies_from = "block"
            draft.confidence = C_BULLET if bullets else C_PARAGRAPH
            self.drafts.append(draft)

    # -- tables --------------------------------------------------------------------------------------------

    def _cells(self, line: _Line, markdown: bool = True) -> list[tuple[str, int, int]]:
        s, e = line.start, line.end
        text = self.norm[s:e]
        cells = []
        pos = 0
        for part in text.split("|"):
            cs = s + pos
            stripped = part.strip()
            lead = len(part) - len(part.lstrip())
            cells.append((stripped, cs + lead, cs + lead + len(stripped)))
            pos += len(part) + 1
        if markdown and text.startswith("|") and cells and not cells[0][0]:
            cells = cells[1:]
        if text.endswith("|") and cells and not cells[-1][0]:
            cells = cells[:-1]
        return cells

    @staticmethod
    def _column(key: str) -> str | None:
        if key in ("tt", "stt", "so tt", "so thu tu", "thu tu", "so"):
            return "tt"
        if "chu tri" in key and "phoi hop" in key:
            return "both"
        if "phoi hop" in key:
            return "coop"
        if "chu tri" in key or "tham muu" in key or "dau moi" in key:
            return "lead"
        if "thuc hien" in key and ("co quan" in key or "don vi" in key or key == "thuc hien"):
            return "lead"
        if any(w in key for w in ("thoi gian", "tien do", "thoi han", "thoi diem")):
            return "timing"
        if "kinh phi" in key or "nguon" in key or "du toan" in key:
            return "budget"
        if "ghi chu" in key:
            return "note"
        if "san pham" in key or "ket qua" in key:
            return "product"
        if any(w in key for w in ("noi dung", "nhiem vu", "hoat dong", "cong viec", "ten ", "chuong trinh", "de an")):
            return "content"
        if key == "ten":
            return "content"
        return None

    def _table(self, rows: list[_Line]) -> None:
        container = self.stack[-1] if self.stack else None
        prefix = container.code if container is not None else "PL"
        markdown = self.norm[rows[0].start : rows[0].start + 1] == "|"
        parsed = [self._cells(r, markdown) for r in rows]
        columns: dict[int, str] = {}
        header_at = -1
        for i, cells in enumerate(parsed[:6]):
            roles = {j: self._column(agency_fold(c[0])) for j, c in enumerate(cells)}
            found = set(roles.values())
            if "content" in found and found & {"lead", "coop", "both", "timing"}:
                columns = {j: r for j, r in roles.items() if r}
                header_at = i
                break
        if header_at < 0:
            return
        start = header_at + 1
        # A second header row under merged cells: "| | Chủ trì | Phối hợp |".
        if start < len(parsed):
            sub = {j: self._column(agency_fold(c[0])) for j, c in enumerate(parsed[start])}
            filled = [j for j, c in enumerate(parsed[start]) if c[0]]
            if any(r in ("lead", "coop") for r in sub.values()) and all(sub.get(j) for j in filled):
                for j, r in sub.items():
                    if r in ("lead", "coop", "both", "timing"):
                        columns[j] = r
                start += 1
        header_texts = [c[0] for c in parsed[header_at]]
        col = {}
        for j, r in columns.items():
            col.setdefault(r, j)
        group: tuple[str, str, str] | None = None  # (tt, section code, title)
        last: _Draft | None = None
        last_number: _Draft | None = None
        head: tuple[_Draft, list[str]] | None = None  # the last row numbered "1": its numbers may prefix the next
        # Numbered rows that may head the rows under them: (where its section goes, the row, the rows under it).
        pending_groups: list[tuple[int, _Draft, list[_Draft]]] = []
        drafts: list[_Draft] = []

        def under(parent: _Draft, draft: _Draft) -> None:
            for _, p, children in pending_groups:
                if p is parent:
                    children.append(draft)
                    return
            pending_groups.append((len(self.nodes), parent, [draft]))

        def head_of(tt: str) -> _Draft | None:
            """The row a row numbered "1.1", "1.a" or "II.1.a" sits under: the last one numbered 1."""
            parts = tt.split(".")[:-1]
            if head is None or not parts or parts[-len(head[1]) :] != head[1]:
                return None
            return head[0]

        def cell(cells, role):
            j = col.get(role)
            if j is None or j >= len(cells):
                return ("", -1, -1)
            return cells[j]

        for line, cells in zip(rows[start:], parsed[start:], strict=False):
            texts = [c[0] for c in cells]
            if not any(texts) or texts == header_texts:
                continue
            if "tt" in col and agency_fold(cell(cells, "tt")[0]) in ("tt", "stt", "so tt"):
                continue  # a header row repeated on the next page
            if all(re.fullmatch(r"\(?\d{1,2}\)?", t) for t in texts if t):
                continue  # the row that numbers the columns
            tt = cell(cells, "tt")[0].strip().rstrip(".)") if "tt" in col else ""
            content_cell = cell(cells, "content")
            content = _clean_content(content_cell[0])
            if re.fullmatch(r"[IVX]{1,6}|[A-H]", tt):
                title = _clean_title(content) or tt
                code = self._unique_section(f"{prefix}.{tt}")
                self.nodes.append(_Group(code, title, (line.start, line.end)))
                group = (tt, code, title)
                last = last_number = head = None
                continue
            if not content:
                continue
            if re.fullmatch(r"\d{1,3}(?:\.\d{1,3})*", tt) or (not tt and "tt" not in col):
                if not tt:
                    tt = str(sum(1 for d in drafts if d.origin == "table" and "." not in d.code) + 1)
                base = f"{group[0]}.{tt}" if group else tt
                code = self._task_code(base, f"{prefix}.{base}")
                title = group[2] if group else None
                section = group[1] if group else prefix
                draft = _Draft(code, content, (line.start, line.end), title, section, None, origin="table")
                draft.written, draft.alternative = (None if group else base), f"{prefix}.{base}"
                parent = head_of(tt)
                if parent is not None:
                    draft.section, draft.title = parent.section, parent.content
                    under(parent, draft)
                else:
                    head = (draft, tt.split("."))
                last = last_number = draft
            elif re.fullmatch(r"[a-zđ]", tt) and last_number is not None:
                base = f"{last_number.code}.{tt}"
                code = self._task_code(base)
                draft = _Draft(code, content, (line.start, line.end), None, last_number.section, origin="table")
                under(last_number, draft)
                draft.title = last_number.content
                last = draft
            elif (not tt or tt in "-+•–*") and last is not None:
                glue = " " if last.content[-1:] not in _TERMINAL and content[:1].islower() else "\n"
                last.content = f"{last.content}{glue}{content}" if last.content else content
                last.span = (last.span[0], line.end)
                self._table_agencies(
                    last, cell(cells, "lead"), cell(cells, "coop"), cell(cells, "both"), cell(cells, "timing")
                )
                continue
            elif any(c.isdigit() for c in tt):
                code = self._task_code(tt, f"{prefix}.{tt}")
                draft = _Draft(code, content, (line.start, line.end), None, prefix, origin="table")
                draft.written, draft.alternative = tt, f"{prefix}.{tt}"
                parent = head_of(tt)
                if parent is not None:
                    draft.section, draft.title = parent.section, parent.content
                    under(parent, draft)
                last = draft
            else:
                continue
            draft.confidence = C_TABLE
            draft.scan = []
            self._table_agencies(
                draft, cell(cells, "lead"), cell(cells, "coop"), cell(cells, "both"), cell(cells, "timing")
            )
            drafts.append(draft)
        # A numbered row with lettered rows (or rows numbered 1.a, 1.1) under it is their heading: a section,
        # not a task.
        offset = 0
        for index, parent_draft, children in pending_groups:
            if parent_draft.lead or parent_draft.coop:
                continue
            drafts = [d for d in drafts if d is not parent_draft]
            self.task_codes.discard(parent_draft.code)
            own = parent_draft.code.rsplit(".", 1)[-1]
            code = self._unique_section(f"{parent_draft.section or prefix}.{own}")
            self.nodes.insert(index + offset, _Group(code, _clean_title(parent_draft.content), parent_draft.span))
            offset += 1
            for d in children:
                d.section = code
        self.drafts.extend(drafts)
        if container is not None:
            container.table_tasks += len(drafts)

    def _table_agencies(self, draft: _Draft, lead, coop, both, timing) -> None:
        block = _Block()
        if lead[0]:
            _fill_block(block, "lead", lead[0], (lead[1], lead[2]))
        if coop[0]:
            _fill_block(block, "coop", coop[0], (coop[1], coop[2]))
        if both[0]:
            _fill_block(block, "both", both[0], (both[1], both[2]))
        if timing[0] and timing[0] not in "-–":
            _fill_block(block, "timing", timing[0], (timing[1], timing[2]))
        if block.has_agencies or block.timing:
            draft.take(block)
            if block.has_agencies:
                draft.agencies_from = "table"

    # -- finishing -----------------------------------------------------------------------------------------

    def _finish_assignments(self) -> None:
        # Ranges of numbered items ("Nhiệm vụ 1, 2, 3: ...").
        for scope, numbers, block in self.lifted:
            if not block.has_agencies and not block.timing:
                continue
            wanted = {str(n) for n in numbers}
            targets = [c for c in scope.children if c.kind in (NUM, SUB) and c.label.split(".")[-1] in wanted]
            for draft in self.drafts:
                node = draft.node
                while node is not None and node not in targets:
                    node = node.parent
                if node is None:
                    continue
                if draft.agencies_from is None and block.has_agencies:
                    draft.take(block, agencies=True, timing=False)
                    draft.agencies_from = "range"
                    draft.confidence = C_INHERITED
                if block.timing and not draft.timing:
                    draft.take(block, agencies=False, timing=True)
        # Assignments written in the sentence of the task.
        for draft in self.drafts:
            if draft.agencies_from is None and draft.scan:
                self._inline(draft)
        # Lines written right under a heading, for the items under it that have none of their own.
        for draft in self.drafts:
            node = draft.node
            needs_agencies = draft.agencies_from is None
            while node is not None and (needs_agencies or not draft.timing):
                if node.default is not None and node.default is not draft:
                    if needs_agencies and node.default.has_agencies:
                        draft.take(node.default, agencies=True, timing=False)
                        draft.agencies_from = "inherited"
                        draft.confidence = C_INHERITED
                        needs_agencies = False
                    if node.default.timing and not draft.timing:
                        draft.take(node.default, agencies=False, timing=True)
                node = node.parent

    def _merge_table_duplicates(self) -> None:
        """One task for a task written both in the text and in a table (a summary and its appendix).

        A table row is the same task as an item of the text when their contents are equal on a folded key
        (the item's heading and content together count too: a table cell holds both), or very similar (one
        a prefix of the other, or words in common at `_SAME_WORDS`), and they have the same number or the
        same position in their lists (for equal contents, when a number can be compared). The item keeps
        its code, span, title and section, and its content unless it is only the start of the row's; it
        takes the row's timing when it has none, and the row's lead (cooperating) agencies when it names
        none or fewer of them; when both name others, the row's, with a warning.

        Codes: an item renamed ``II.1-2`` because a row had ``II.1`` gets it back, and a row left alone
        that holds a repeated item's code moves to ``PL.II.1``. When the table repeats every item of a part
        and numbers them as the text does without the part's numeral (``1.a`` for ``II.1.a``: the plan's
        own codes), the items are numbered so. Group rows left with no task go."""
        rows = sorted((d for d in self.drafts if d.origin == "table"), key=lambda d: d.span[0])
        items = sorted((d for d in self.drafts if d.origin == "item"), key=lambda d: d.span[0])
        if not rows or not items:
            return
        position = {id(d): i for i, d in enumerate(items)}
        by_key: dict[str, list[_Draft]] = {}
        by_number: dict[str, list[_Draft]] = {}
        keys: dict[int, tuple[str, ...]] = {}
        for d in items:
            own = agency_fold(d.content)
            titled = agency_fold(f"{d.title} {d.content}") if d.title else own
            keys[id(d)] = (own, titled) if titled != own else (own,)
            for k in keys[id(d)]:
                by_key.setdefault(k, []).append(d)
            by_number.setdefault(_own_number(self._wanted(d.code)), []).append(d)
        taken: set[int] = set()
        merged: list[tuple[_Draft, _Draft]] = []
        for i, row in enumerate(rows):
            key = agency_fold(row.content)
            if not key:
                continue
            number = _own_number(row.written or row.code)
            match = None
            for d in by_key.get(key, []):
                if id(d) not in taken and self._agree(d, number, position[id(d)] == i, equal=True):
                    match = d
                    break
            if match is None:
                near = [items[i]] if i < len(items) else []
                near += [d for d in by_number.get(number, []) if id(d) not in taken][:_NEAR_LIMIT]
                for d in near:
                    if id(d) in taken or not self._agree(d, number, position[id(d)] == i, equal=False):
                        continue
                    if any(_similar(k, key) for k in keys[id(d)]):
                        match = d
                        break
            if match is not None:
                taken.add(id(match))
                merged.append((match, row))
        if not merged:
            return
        gone = {id(row) for _, row in merged}
        self.drafts = [d for d in self.drafts if id(d) not in gone]
        # The table's group rows that held only repeated tasks would be empty sections repeating the text's.
        emptied = {row.section for _, row in merged if row.section}
        kept = {d.section for d in self.drafts if d.section}

        def holds(code: str, sections: set[str]) -> bool:
            return any(s == code or s.startswith(code + ".") for s in sections)

        self.nodes = [
            n for n in self.nodes if not (isinstance(n, _Group) and holds(n.code, emptied) and not holds(n.code, kept))
        ]
        for _, row in merged:
            self.task_codes.discard(row.code)
            self._unrename(row.code)
        # The plan's own numbering: a part whose every item the table repeats, numbered without the part's
        # numeral ("1.a" for "II.1.a"), is numbered so.
        partner = {id(item): row for item, row in merged}
        votes: dict[str, bool] = {}
        for item in items:
            part, _, rest = self._wanted(item.code).partition(".")
            if part and rest and _ROMAN_VALID.fullmatch(part):
                row = partner.get(id(item))
                votes[part] = votes.get(part, True) and row is not None and row.written == rest
        short = {part for part, agreed in votes.items() if agreed}
        repeated = set(partner)
        holders = {d.code: d for d in self.drafts}
        for item in items:
            wanted = self._wanted(item.code)
            part, _, rest = wanted.partition(".")
            if part in short and rest:
                wanted = rest
            if wanted == item.code:
                continue
            holder = holders.get(wanted)
            # A repeated item comes first: a row of a table that took its code (tables are read first)
            # moves to its other code.
            movable = holder is not None and holder.origin == "table" and id(item) in repeated
            if wanted in self.task_codes and not movable:
                continue
            self.task_codes.discard(item.code)
            self._unrename(item.code)
            holders.pop(item.code, None)
            self.task_codes.add(wanted)
            item.code = wanted
            holders[wanted] = item
            if holder is not None:
                holder.code = self._task_code(wanted, holder.alternative)
                holders[holder.code] = holder
        for item, row in merged:
            self._take_row(item, row)

    def _wanted(self, code: str) -> str:
        """The code a task would have had if another had not taken it."""
        return self.renamed[code][0] if code in self.renamed else code

    def _unrename(self, code: str) -> None:
        if code in self.renamed:
            _, warning = self.renamed.pop(code)
            if warning in self.warnings:
                self.warnings.remove(warning)

    @staticmethod
    def _agree(item: _Draft, number: str, same_position: bool, equal: bool) -> bool:
        """Whether an item and a table row stand at the same place: the same number, else the same position."""
        own = _own_number(item.code)
        if own and number and own == number:
            return True
        if same_position:
            return True
        comparable = bool(own and number) and own.isdigit() == number.isdigit()
        return equal and not comparable

    def _take_row(self, item: _Draft, row: _Draft) -> None:
        """What a table row adds to the item it repeats."""
        own, key = agency_fold(item.content), agency_fold(row.content)
        titled = agency_fold(f"{item.title} {item.content}") if item.title else own
        if key != titled and key.startswith(own + " "):
            item.content = row.content  # the row writes the item out in full
        if not item.timing and row.timing:
            item.timing = row.timing
            item.a_span = item.a_span or row.a_span
        if not row.lead and not row.coop:
            item.confidence = max(item.confidence, row.confidence)
            return
        if item.agencies_from == "inline" or not (item.lead or item.coop):
            # What a sentence suggests gives way to what a table states.
            item.lead, item.coop = list(row.lead), list(row.coop)
            item.agencies_from = "table"
            item.a_span = row.a_span
            item.confidence = max(item.confidence, row.confidence)
            return
        differ = False
        for name in ("lead", "coop"):
            mine, theirs = getattr(item, name), getattr(row, name)
            if not theirs:
                continue
            a, b = {agency_fold(n) for n in mine}, {agency_fold(n) for n in theirs}
            if a >= b:
                continue  # the same agencies, or the text names more
            if a and not a < b:
                differ = True  # not only more agencies: others
            setattr(item, name, list(theirs))
        if differ:
            item.agencies_from = "table"
            item.a_span = row.a_span
            item.confidence = row.confidence
            self.warnings.append(
                f"Cơ quan chủ trì, phối hợp của nhiệm vụ {item.code} ghi trong bảng khác với phần nội dung; "
                "đã lấy theo bảng, cần kiểm tra"
            )
        else:
            item.confidence = max(item.confidence, row.confidence)

    def _prose(self) -> None:
        """Tasks a text without sections enumerates: "(1) ... (2) ..." or "như: ...; ...; ..."."""
        k = 0
        found = False
        for line in self.lines:
            if line.kind not in (TEXT, BULLET):
                continue
            text = line.body(self.norm)
            items = _numbered_items(text)
            confidence = C_PROSE
            if items is None:
                listed = _listed_items(text)
                if listed is None:
                    continue
                items, noun = listed
                if noun.startswith("giải"):
                    confidence = C_SOLUTIONS
            for (s, e), title in items:
                content = _clean_content(text[s:e])
                if not content:
                    continue
                k += 1
                found = True
                code = self._task_code(str(k))
                span = (line.at(self.norm, s), line.at(self.norm, e))
                draft = _Draft(code, content, span, title, None, None, confidence=confidence, origin="prose")
                piece = _Line(TEXT, [(span[0], span[1])], span[0], {})
                draft.scan = [piece] if span[1] - span[0] == e - s else []
                self.drafts.append(draft)
        if found:
            self._finish_assignments()
            self.warnings.append(WARNING_PROSE)

    def _results(self) -> tuple[list[Section], list[Task], list[str]]:
        span = self.mapped.span
        sections: list[Section] = []
        for node in self.nodes:
            if isinstance(node, _Group):
                sections.append(Section(node.code, node.title, span(*node.span)))
            elif node.is_section:
                sections.append(Section(node.code, node.title, span(node.line.start, node.line.end)))
        drafts = sorted(self.drafts, key=lambda d: d.span[0])
        tasks = []
        for d in drafts:
            tasks.append(
                Task(
                    code=d.code,
                    content=d.content,
                    lead=list(d.lead),
                    cooperating=[c for c in d.coop if c not in d.lead],
                    timing=d.timing,
                    title=d.title,
                    section=d.section,
                    span=span(*d.span),
                    assignment_span=span(*d.a_span) if d.a_span else None,
                    confidence=max(0.0, min(1.0, d.confidence)),
                )
            )
        content_nodes = [n for n in self.nodes if isinstance(n, _Node) and n.content]
        if not tasks:
            if content_nodes:
                if any(n.mentions_appendix for n in content_nodes):
                    self.warnings.append(WARNING_APPENDIX)
                else:
                    first = content_nodes[0]
                    self.warnings.append(f"Không tìm thấy nhiệm vụ nào trong mục {first.code}. {first.title}")
            elif not sections:
                self.warnings.append(WARNING_NOTHING)
        missing = [d.code for d in drafts if d.origin != "prose" and not d.lead and not d.coop]
        if missing:
            shown = ", ".join(missing[:12]) + (", …" if len(missing) > 12 else "")
            self.warnings.append(f"Chưa xác định được cơ quan thực hiện của nhiệm vụ: {shown}")
        inline = [d.code for d in drafts if d.agencies_from == "inline"]
        if inline:
            shown = ", ".join(inline[:12]) + (", …" if len(inline) > 12 else "")
            self.warnings.append(f"Cơ quan chủ trì, phối hợp của nhiệm vụ {shown} được suy ra từ câu văn, cần kiểm tra")
        return sections, tasks, self.warnings


def _merge_block(into: _Block, other: _Block) -> _Block:
    for name in other.lead:
        if name not in into.lead:
            into.lead.append(name)
    for name in other.coop:
        if name not in into.coop:
            into.coop.append(name)
    into.timing = into.timing or other.timing
    into.has_agencies = into.has_agencies or other.has_agencies
    if other.start >= 0:
        into.extend_span(other.start, other.end)
    return into


#: Share of their words two contents must have in common to be the same task written twice.
_SAME_WORDS = 0.85
#: Words the shorter of two contents must have to count as the start of the other.
_PREFIX_WORDS = 4
#: Items with a row's number compared with it (a bound for a huge table).
_NEAR_LIMIT = 50


def _own_number(code: str) -> str:
    """The item's own number or letter: "3" for "II.3", "a" for "1.a" (without a "-2" suffix)."""
    return re.sub(r"-\d+$", "", code).rsplit(".", 1)[-1].strip().lower()


def _similar(a: str, b: str) -> bool:
    """Whether two folded contents are very similar: one the start of the other, or nearly the same words."""
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short.split()) >= _PREFIX_WORDS and long.startswith(short + " "):
        return True
    wa, wb = set(a.split()), set(b.split())
    if not wa or not wb:
        return False
    return len(wa & wb) / max(len(wa), len(wb)) >= _SAME_WORDS


def _numbered_items(text: str) -> list[tuple[tuple[int, int], str | None]] | None:
    """The items of "(1) ... (2) ... (3) ..." in a paragraph, numbered from 1 without a gap."""
    if "(1)" not in text:
        return None
    marks = []
    expect = 1
    for m in _PAREN_NUMBER.finditer(text):
        if int(m.group(1)) == expect:
            marks.append(m)
            expect += 1
    if len(marks) < 2:
        return None
    items = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        s, e = m.end(), end
        while e > s and text[e - 1].isspace():
            e -= 1
        if text[s:e].endswith("/."):
            e -= 2
        items.append(((s, e), None))
    return items


def _mask(text: str) -> str:
    out = list(text)
    depth = 0
    for i, c in enumerate(text):
        if c == "(":
            depth += 1
        elif c == ")" and depth:
            depth -= 1
            continue
        if depth and c in ";.:":
            out[i] = " "
    return "".join(out)


def _listed_items(text: str) -> tuple[list[tuple[tuple[int, int], str | None]], str] | None:
    """The items of "Các hoạt động cụ thể như: A; B; C." in a paragraph (semicolons outside parentheses)."""
    if ";" not in text:
        return None
    m = _LIST_TRIGGER.search(text)
    if not m:
        return None
    masked = _mask(text)
    start = m.end()
    end = len(text)
    for s in _SENTENCE_END.finditer(masked, start):
        nxt = text[s.end() : s.end() + 1]
        if nxt.isupper():
            end = s.start() + 1
            break
    pieces = []
    pos = start
    for i in range(start, end):
        if masked[i] == ";":
            pieces.append((pos, i))
            pos = i + 1
    pieces.append((pos, end))
    items: list[tuple[tuple[int, int], str | None]] = []
    title: str | None = None
    for s, e in pieces:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s >= e:
            continue
        nested = _NESTED_INTRO.search(masked, s, e)
        if nested:
            title = _clean_title(text[s : nested.start()]) or title
            s = nested.end()
        items.append(((s, e), title))
    if len(items) < 2:
        return None
    return items, " ".join(m.group("noun").lower().split())


def read_structure(text: str) -> tuple[list[Section], list[Task], list[str]]:
    """The sections, tasks and warnings (in Vietnamese) of a plan's text. Never raises.

    Spans are (start, end) offsets into `text` as given; confidences are in [0, 1].
    """
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    reader = _Reader(text)
    try:
        return reader.read()
    except Exception as exc:  # noqa: BLE001 — the promise is never to raise; the reviewer is told instead.
        return [], [], [*reader.warnings, f"{WARNING_INTERNAL} ({type(exc).__name__})"]
