"""What a document says about itself (number, type, issuer, province, place, date, signer, title), where its
money comes from, and who reports to whom.

How the document's own facts are read, strongest source first (the confidence of each field says which
one gave it):

1. The header of an official document (Decree 30/2020): `ỦY BAN NHÂN DÂN` / `TỈNH QUẢNG NGÃI`, `Số: 45/KH-UBND`,
   `Quảng Ngãi, ngày 05 tháng 3 năm 2019`, then the type word on a line of its own (`KẾ HOẠCH`, `QUYẾT ĐỊNH`)
   and the subject line(s) under it, and at the end the signature block (`KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH` /
   name). Header cells may come on one line with tabs, in table order, or glued by PDF extraction
   (`Số:45/KH-UBND`, `QuảngNgãi,ngày05tháng3năm2019`).
2. An announcing clause, as news items and preambles write it: `[Ngày 19/02/2020,] UBND tỉnh ban hành Kế hoạch
   số 1270/KH-UBND về ...`, `Chủ tịch UBND tỉnh ban hành Kế hoạch ...`, `Sở X vừa có công văn ...`: the
   subject is the issuer as written, the type word the type, the number, date and `về ...` (or the verb
   phrase after the number, `thực hiện Chiến lược ...`) the rest. The first such clause counts.
3. For a news item whose announcing clause has no number (`Sở ... vừa có công văn hướng dẫn ...`), the first
   document of the same type listed under its `Nguồn:` (sources) gives number, date and title, with a low
   confidence: seed 003 is thus read as Công văn 692/STTTT–TTBCXB of 19/05/2023.

The province is the one named in the issuer (`UBND tỉnh Đắk Lắk`, `Sở ... An Giang`), else the place of the
place-date line when it is a province, else the province most often written after `tỉnh`/`thành phố` in the
text. The issuer is kept as written (`UBND tỉnh`, `Chủ tịch UBND tỉnh`), never completed with the province.
A date whose day or month is left blank (`ngày tháng 02 năm 2024`) gives no date and a warning.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections import Counter

from huunghi.text.dates import find_dates
from huunghi.text.extract.citations import NUMBER, TYPE_WORD, find_citations, read_after, valid_symbol
from huunghi.text.extract.result import DocumentInfo, Reporting
from huunghi.text.extract.vocab import (
    doc_type_of_symbol,
    doc_type_of_word,
    province_at,
    province_name,
    read_agency,
    token_key,
)
from huunghi.text.normalize import search_key

__all__ = ["find_budget_sources", "find_reporting", "read_document"]

_B = r"[ \t\u00a0\u202f]"
_HEAD_LIMIT = 6000  # how far into a text its header and title are looked for

# --------------------------------------------------------------------------------------------------------
# Patterns of the header


def _flex(word: str) -> str:
    """A pattern for a phrase in capitals whose words PDF extraction may have glued (`KẾHOẠCH`)."""
    return r"\s*".join(re.escape(w) for w in word.split())


_TITLE_WORDS = "|".join(
    _flex(w)
    for w in sorted(
        [
            "KẾ HOẠCH HÀNH ĐỘNG", "KẾ HOẠCH", "QUYẾT ĐỊNH", "CHỈ THỊ", "NGHỊ QUYẾT", "KẾT LUẬN",
            "CHƯƠNG TRÌNH HÀNH ĐỘNG", "CHƯƠNG TRÌNH", "NGHỊ ĐỊNH", "THÔNG TƯ", "CÔNG VĂN", "BÁO CÁO",
            "CHIẾN LƯỢC", "THÔNG BÁO", "HƯỚNG DẪN", "TỜ TRÌNH", "ĐỀ ÁN", "QUY CHẾ", "QUY ĐỊNH",
        ],
        key=len,
        reverse=True,
    )
)  # fmt: skip
_TITLE_LINE = re.compile(
    rf"^[ \t\u00a0*#_]*(?P<type>{_TITLE_WORDS})(?![^\W\d_])[ \t\u00a0*_:]*(?P<rest>[^\n]*)",
    re.MULTILINE | re.IGNORECASE,
)
# Lines that start the body, not a subject line. A subject line may itself start with `Thực hiện` or `Theo`:
# those words end a title only after its first line.
_BODY_START = re.compile(
    r"(?:căn\s+cứ|kính\s+gửi|điều\s+\d|[IVX]+\.|\d+[.)]|phần\b|sau\s+khi|xét\b|(?:ủy|uỷ)\s+ban|chủ\s+tịch|"
    r"hội\s+đồng|ngày\s+\d|nơi\s+nhận|[-_=–—.…]{3,})",
    re.IGNORECASE,
)
_BODY_START_LATER = re.compile(r"(?:thực\s+hiện|trên\s+cơ\s+sở|để\b|nhằm\b|theo\b)", re.IGNORECASE)
# An official letter's subject under its number: `V/v báo cáo kết quả ...`.
_SUBJECT_LINE = re.compile(r"^[ \t*_|]*V/v\b[ \t.:]*(?P<title>[^\n\t|]*[^\s|*_])", re.MULTILINE | re.IGNORECASE)

_NUMBER_LINE = re.compile(
    rf"(?:(?<![^\W\d_])S[ỐốOo]{_B}*:|^[ \t*_]*S[Ốố]{_B}*(?=\d))"
    rf"{_B}*(?P<num>(?:(?:\d{{1,5}}[a-zA-Z]?|[.…_]+){_B}*)?(?:/\d{{4}}{_B}*)?[/\-–]{_B}*"
    rf"(?P<sym>[^\W\d_][\w&]*(?:{_B}?[-–—/]{_B}?[^\W\d_][\w&]*)*))",
    re.MULTILINE,
)

_PLACE_DATE = re.compile(
    rf",{_B}*(?P<when>ng[àa]y[ \t\u00a0\u202f.…_]*(?:(?P<d>\d{{1,2}})[ \t\u00a0\u202f.…_]*)?th[áa]ng"
    rf"[ \t\u00a0\u202f.…_]*(?:(?P<m>\d{{1,2}})[ \t\u00a0\u202f.…_]*)?n[ăa]m{_B}*(?P<y>\d{{4}}))",
    re.IGNORECASE,
)
_PLACE_CHAR = re.compile(r"[^\W\d_]|[ .\u00a0]")

# Issuing bodies as headers write them, by their compact key (no diacritics, no spaces).
_BODY_HEADS = (
    "uyban", "ubnd", "hoidong", "hdnd", "so", "ban", "bo", "tinhuy", "thanhuy", "vanphong", "chutich",
    "dang", "mattran", "lienhiep", "trungtam", "cuc", "tongcuc", "chinhphu", "thutuong", "huyenuy",
)  # fmt: skip
_PLACE_HEADS = ("tinh", "thanhpho", "tp", "huyen", "quan", "thixa", "xa", "phuong")

# The announcing clause: `<issuer> [đã|vừa] ban hành|có|ký <type> [số <number>]`.
_ANNOUNCE = re.compile(
    rf"(?<![^\W\d_])(?P<verb>(?:(?:đã|vừa|mới){_B}+)?(?:ban{_B}+hành|có|ký|kí|gửi))(?:{_B}+|\n)"
    rf"(?P<type>{TYPE_WORD})(?![^\W\d_])(?!{_B}+(?:kèm|này|đã|trên|để))",
    re.IGNORECASE,
)
_ANNOUNCE_NUMBER = re.compile(rf"{_B}+(?:s[oố]{_B}*[:.]?{_B}*)?(?=\d)", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[.;:\n,()\[\]]|\s[-–—]\s")
_VERB_TITLE = re.compile(
    r"[ \t\u00a0]+(?P<title>(?:thực\s+hiện|triển\s+khai|ban\s+hành|hướng\s+dẫn|tổ\s+chức|đẩy\s+mạnh|tăng\s+cường)"
    r"[^\n;(]{3,300}?)(?=\s*(?:\(|;|\n|\.\s|\.$|\s+nhằm\s|\s+với\s+các\s|\s+để\s|$))",
    re.IGNORECASE,
)
_SOURCES = re.compile(r"(?<![^\W\d_])Nguồn\s*:", re.IGNORECASE)
_ARTICLE_ONE = re.compile(r"Điều\s*1\s*[.:]\s*Ban\s+hành\s+kèm\s+theo\s+Quyết\s+định\s+này", re.IGNORECASE)
_PROVINCE_WORD = re.compile(r"(?<![^\W\d_])(?:tỉnh|thành\s+phố|TP\.?)[ \t\u00a0]*", re.IGNORECASE)

# --------------------------------------------------------------------------------------------------------
# The signature block

_SIGN_TITLE = re.compile(
    r"(?:(?P<for>TM|KT|TL|TUQ|Q)\s*\.\s*)?(?:PHÓ\s*)?(?:CHỦ\s*TỊCH|GIÁM\s*ĐỐC|BÍ\s*THƯ|CHÁNH\s*VĂN\s*PHÒNG|"
    r"TRƯỞNG\s*BAN|BỘ\s*TRƯỞNG|THỦ\s*TƯỚNG|VIỆN\s*TRƯỞNG|(?:ỦY|UỶ|UY)\s*BAN\s*NHÂN\s*DÂN|HỘI\s*ĐỒNG\s*NHÂN\s*DÂN|"
    r"THƯỜNG\s*TRỰC|TRƯỞNG\s*PHÒNG)"
)
_SIGN_TITLE_AT_END = re.compile(r"(?:^|(?<=\s))(?P<title>" + _SIGN_TITLE.pattern + r"[^\n]*)$")
_NOT_NAME_WORDS = {
    "ủy", "uỷ", "ban", "nhân", "dân", "tỉnh", "sở", "chủ", "tịch", "phó", "giám", "đốc", "thành", "phố", "nơi",
    "nhận", "lưu", "kính", "gửi", "đã", "ký", "nguồn",
}  # fmt: skip
_SEGMENT = re.compile(r"[^\n\t|]+")


def _clean_segment(s: str) -> str:
    return s.strip(" \u00a0\u202f*_#`>|").strip()


def _name_like(s: str) -> bool:
    words = s.split()
    # Names of the Central Highlands peoples carry an apostrophe: `H' Lan Niê`, `Y Ngọc Ksor`, `Ksor H'Bơ`.
    if not 1 <= len(words) <= 5 or not all(w.replace("'", "").replace("’", "").isalpha() for w in words):
        return False
    if not all(w[0].isupper() for w in words):
        return False
    if doc_type_of_word(s) or _TITLE_LINE.fullmatch(s):  # `KẾ HOẠCH` of an attached plan
        return False
    if any(token_key(w) in _NOT_NAME_WORDS for w in words):
        return False
    capitals = sum(c.isupper() for c in s)
    if len(words) == 1:  # a glued name: `VõVănCảnh`
        return capitals >= 2 and not s.isupper()
    return capitals >= 2


def _sign_title_in(segment: str) -> re.Match | None:
    """The signature title a segment holds: the whole segment, or its end after other text, as PDF text puts
    the left column's `Nơi nhận` entries and the right column's titles on the same lines."""
    m = _SIGN_TITLE_AT_END.search(segment)
    if m and m.group("title").upper() == m.group("title"):
        return m
    return None


def _read_signature(text: str, doc: DocumentInfo) -> None:
    segments = [(m.start(), m.end(), _clean_segment(m.group())) for m in _SEGMENT.finditer(text)]
    segments = [(s, e, c) for s, e, c in segments if c]
    titles = [_sign_title_in(seg) for _, _, seg in segments]
    best = None
    for i, title in enumerate(titles):
        if title is None:
            continue
        # The name: the first name-like line within the next few, past `(đã ký)`, `Nơi nhận` entries and the like.
        for j in range(i + 1, min(len(segments), i + 10)):
            if titles[j] is not None:
                break
            if _name_like(segments[j][2]):
                best = j
                break
    if best is None:
        return
    name_index = best
    # The title of the signer is the last title line above the name that does not sign for another (`KT.`).
    title_index = None
    for k in range(name_index - 1, max(-1, name_index - 10), -1):
        title = titles[k]
        if title is None:
            if title_index is not None:
                break
            continue
        if title_index is None or not title.group("for"):
            title_index = k
        if not title.group("for"):
            break
    start, end, name = segments[name_index]
    offset = text.index(name, start, end)
    doc.signer = name
    doc.spans["signer"] = (offset, offset + len(name))
    doc.confidence["signer"] = 0.9
    if title_index is not None:
        start, end, segment = segments[title_index]
        written = titles[title_index].group("title")
        offset = text.index(written, start, end)
        doc.signer_title = " ".join(written.split())
        doc.spans["signer_title"] = (offset, offset + len(written))
        doc.confidence["signer_title"] = 0.9


# --------------------------------------------------------------------------------------------------------
# The parts of read_document


def _set(doc: DocumentInfo, name: str, value, span, confidence: float) -> None:
    """Set a field unless a stronger source already did."""
    if value in (None, ""):
        return
    if getattr(doc, name) not in (None, "") and doc.confidence.get(name, 0) >= confidence:
        return
    setattr(doc, name, value)
    if span is not None:
        doc.spans[name] = (int(span[0]), int(span[1]))
    doc.confidence[name] = confidence


_TYPE_THEN_NUMBER = re.compile(r"(?:S[ỐO]\b|\d)", re.IGNORECASE)


def _find_title_line(text: str) -> re.Match | None:
    for m in _TITLE_LINE.finditer(text, 0, min(len(text), _HEAD_LIMIT)):
        word = m.group("type")
        rest = _clean_segment(m.group("rest"))
        if word.upper() != word and rest:
            continue  # a sentence that starts with `Kế hoạch ...`
        if rest and (rest.upper() != rest or not any(c.isalpha() for c in rest)):
            continue
        if rest and _TYPE_THEN_NUMBER.match(rest):
            continue
        return m
    return None


def _read_title(text: str, m: re.Match, doc: DocumentInfo) -> None:
    """The subject line(s) under the type word, as written (`Về việc ban hành ...` keeps its `Về việc`)."""
    _set(doc, "doc_type", doc_type_of_word(m.group("type")), m.span("type"), 1.0)
    rest = _clean_segment(m.group("rest"))
    if rest:
        at = text.index(rest, m.start("rest"), m.end("rest"))
        _set(doc, "title", " ".join(rest.split()), (at, at + len(rest)), 1.0)
        return
    lines: list[tuple[int, int, str]] = []
    blanks = 0
    at = m.end() + 1 if text[m.end() : m.end() + 1] == "\n" else m.end()
    while at < len(text) and len(lines) < 4:
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        raw = text[at:line_end]
        start, at = at, line_end + 1
        cleaned = _clean_segment(raw)
        if not cleaned:
            if lines:
                break
            blanks += 1
            if blanks > 3:
                break
            continue
        if _BODY_START.match(cleaned) or (lines and _BODY_START_LATER.match(cleaned)):
            break
        if lines and cleaned.upper() == cleaned and lines[0][2].upper() != lines[0][2]:
            break  # `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ...` under a decision's subject line
        offset = text.index(cleaned, start, start + len(raw))
        lines.append((offset, offset + len(cleaned), cleaned))
    if lines:
        title = " ".join(" ".join(c for _, _, c in lines).split())
        _set(doc, "title", title, (lines[0][0], lines[-1][1]), 1.0)


def _read_number(text: str, zone_end: int, doc: DocumentInfo) -> tuple[int, int] | None:
    for m in _NUMBER_LINE.finditer(text, 0, zone_end):
        sym = re.sub(r"\s+", "", m.group("sym"))
        if not valid_symbol(sym):
            continue
        written = re.sub(r"[\s.…_]+", "", m.group("num"))
        written = re.sub(r"^(\d+[a-zA-Z]?)-(?=[^\W\d_])", r"\1-", written)
        _set(doc, "number", written, m.span("num"), 1.0)
        sym_type, read = doc_type_of_symbol(sym)
        _set(doc, "doc_type", sym_type, m.span("sym"), 0.9 if read else 0.5)
        if written.startswith("/"):
            doc.warnings.append(f"Văn bản chưa có số (Số: {written}).")
        return m.span()
    return None


def _as_written(written: str, canonical: str) -> str:
    """A province's name as the document writes it (`Thanh Hoá`), unless capitals or glued words make the
    canonical name (`Quảng Ngãi` for `QUẢNG NGÃI` or `QuảngNgãi`) the better one to show."""
    written = " ".join(written.split())
    if written.isupper() or written.count(" ") != canonical.count(" "):
        return canonical
    if any(w[:1].isalpha() and not w[:1].isupper() for w in written.split()):  # `tỉnh an giang` in page furniture
        return canonical
    return written


def _place_before(text: str, comma: int) -> tuple[str, int, int] | None:
    k = comma
    while k > 0 and comma - k < 60 and _PLACE_CHAR.match(text, k - 1):
        k -= 1
    segment = text[k:comma]
    lead = len(segment) - len(segment.lstrip(" .\u00a0"))
    segment = segment.strip(" .\u00a0")
    if not segment:
        return None
    start = k + lead
    at_line_start = (
        k == 0 or text[k - 1] in "\n\t*_#|" or text[k - 1 : k] == " " and text[k - 2 : k - 1] in ("\n", "\t")
    )
    words = list(re.finditer(r"\S+", segment))
    # A province or city at the end of the segment (`... Hạnh phúc Quảng Ngãi`).
    for n in range(min(5, len(words)), 0, -1):
        first = words[-n]
        name = province_name(segment[first.start() :])
        if name:
            return _as_written(segment[first.start() :], name), start + first.start(), start + len(segment)
    if at_line_start and 1 <= len(words) <= 6 and segment[0].isupper():
        return segment, start, start + len(segment)
    return None


def _read_place_date(text: str, zone_end: int, doc: DocumentInfo) -> tuple[int, int] | None:
    for m in _PLACE_DATE.finditer(text, 0, zone_end):
        place = _place_before(text, m.start())
        if place is None:
            continue
        _set(doc, "place", place[0], (place[1], place[2]), 1.0)
        day, month, year = m.group("d"), m.group("m"), int(m.group("y"))
        when = m.group("when")
        if day and month:
            try:
                issued = datetime.date(year, int(month), int(day))
            except ValueError:
                doc.warnings.append(f"Ngày ban hành không hợp lệ: {' '.join(when.split())}.")
            else:
                _set(doc, "issued", issued, m.span("when"), 1.0)
        else:
            missing = " và ".join(w for w, v in (("ngày", day), ("tháng", month)) if not v)
            known = f"tháng {int(month):02d} năm {year}" if month else f"năm {year}"
            doc.warnings.append(f"Ngày ban hành chưa đầy đủ (chưa điền {missing}): {known}.")
            doc.spans.setdefault("issued", m.span("when"))
            doc.confidence.setdefault("issued", 0.0)
        return place[1], m.end()
    return None


def _compact(s: str) -> str:
    return "".join(c for c in search_key(s) if c.isalnum())


_MOTTO = re.compile(
    r"C[ỘO]NG\s*H[ÒOÓ]A\s*X[ÃA]\s*H[ỘO]I\s*CH[ỦU]\s*NGH[ĨI]A\s*VI[ỆE]T\s*NAM|"
    r"Đ[ộo]c\s*l[ậa]p\s*[-–—]\s*T[ựu]\s*do\s*[-–—]\s*H[ạa]nh\s*ph[úu]c",
    re.IGNORECASE,
)


def _read_header_issuer(text: str, zone_end: int, doc: DocumentInfo, read: list[tuple[int, int]]) -> None:
    # Cells of the header may share a line (`UBND TỈNH X  CỘNG HÒA ... Số: 45/KH-UBND  X, ngày ...`): the motto,
    # the number and the place-date, already read, are blanked out (offsets kept) to leave the issuer alone.
    zone = list(text[:zone_end])
    for s, e in read + [m.span() for m in _MOTTO.finditer(text, 0, zone_end)]:
        zone[s:e] = "\n" * (e - s)
    masked = "".join(zone)
    # Only the few lines above what was read belong to the header.
    first = min([s for s, _ in read] or [zone_end])
    line_start = masked.rfind("\n", 0, max(0, first - 600)) + 1
    masked = "\n" * line_start + masked[line_start:]
    bodies: list[list] = []  # [written, start, end]
    for m in re.finditer(r"[^\n\t|]+", masked):
        for cell in re.finditer(r"\S(?:.*?\S)?(?=\s{3,}|\s*$)", m.group()):
            raw = cell.group()
            seg = _clean_segment(raw)
            if not seg or len(seg) > 120 or seg.upper() != seg or ":" in seg or not any(c.isalpha() for c in seg):
                continue
            key = _compact(seg)
            if "ngay" in key and "nam" in key:
                continue
            start = m.start() + cell.start() + raw.index(seg)
            span = [seg, start, start + len(seg)]
            if key.startswith(_PLACE_HEADS) and bodies and not _has_place(bodies[-1][0]):
                bodies[-1] = [bodies[-1][0] + " " + seg, bodies[-1][1], span[2]]
            elif key.startswith(_BODY_HEADS):
                bodies.append(span)
    if not bodies:
        return
    issuer, start, end = bodies[-1]
    _set(doc, "issuer", issuer, (start, end), 1.0)
    for written, s, _e in reversed(bodies):
        found = _province_in(written)
        if found:
            _set(doc, "province", found[0], (s + found[1], s + found[2]), 1.0)
            break


def _has_place(s: str) -> bool:
    return _PROVINCE_WORD.search(s) is not None or _compact(s).startswith(("tinh", "thanhpho"))


def _province_in(s: str) -> tuple[str, int, int] | None:
    """The province named in an agency's name (`UBND tỉnh Đắk Lắk`, `TỈNHQUẢNGNGÃI`, `Sở ... An Giang`)."""
    for m in _PROVINCE_WORD.finditer(s):
        found = province_at(s, m.end())
        if found:
            return found
    glued = re.search(r"(?i)(?:TỈNH|THÀNHPHỐ)(?=\S)", s)
    if glued:
        found = province_at(s, glued.end())
        if found:
            return found
    words = list(re.finditer(r"[^\W\d_]+", s))
    for n in range(min(4, len(words)), 0, -1):
        first = words[-n]
        name = province_name(s[first.start() :])
        if name:
            return name, first.start(), len(s.rstrip())
    return None


_LEADING_DATE = re.compile(
    r"(?:^|[.\n)]\s*|\s[-–—]\s*)(?P<date>(?:ngày\s*)?\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}|ngày\s*\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4})"
    r"[ \t\u00a0]*,[ \t\u00a0]*$",
    re.IGNORECASE,
)


def _announces_number(text: str, m: re.Match) -> bool:
    """Whether the announcing clause goes on with a document number (`ban hành Kế hoạch số 118/KH-UBND`)."""
    gap = _ANNOUNCE_NUMBER.match(text, m.end())
    number = gap and NUMBER.match(text, gap.end())
    return bool(number and valid_symbol(number.group("sym")))


def _read_announcement(text: str, doc: DocumentInfo, has_header_number: bool, dated: bool) -> None:
    matches = list(_ANNOUNCE.finditer(text, 0, min(len(text), _HEAD_LIMIT * 2)))
    if not has_header_number:
        # A news headline often announces the plan without its number ("Bình Định ban hành Kế hoạch ..."),
        # and the article's first sentence gives it: the clause with a number is the one to read.
        matches.sort(key=lambda m: not _announces_number(text, m))
    for m in matches:
        # The subject: from the start of the clause up to the verb, and all of it an agency's name.
        begin = max(0, m.start() - 160)
        breaks = list(_CLAUSE_BREAK.finditer(text, begin, m.start()))
        start = breaks[-1].end() if breaks else begin
        while start < m.start() and text[start] in " \t\u00a0\u202f":
            start += 1
        agency = read_agency(text, start)
        if not agency or text[agency[2] : m.start()].strip():
            continue
        confidence = 0.7
        _set(doc, "issuer", agency[0], (agency[1], agency[2]), confidence)
        _set(doc, "doc_type", doc_type_of_word(m.group("type")), m.span("type"), 0.8)
        # `Ngày 19/02/2020, UBND tỉnh ban hành ...`: a date that opens the sentence and is followed by the issuer.
        # A date elsewhere in the sentence belongs to a cited document (`Công văn ... ngày 02/02/2018, Chủ tịch`).
        lead = _LEADING_DATE.search(text, max(0, start - 60), start)
        if lead and not dated:
            dates = find_dates(lead.group("date"))
            if dates:
                _set(doc, "issued", dates[0][0], lead.span("date"), 0.8)
        end = m.end()
        number = None
        if not has_header_number:
            gap = _ANNOUNCE_NUMBER.match(text, m.end())
            if gap:
                number = NUMBER.match(text, gap.end())
        if number and valid_symbol(number.group("sym")):
            _set(doc, "number", "".join(number.group("num").split()), number.span("num"), 0.9)
            end = number.end()
            after = read_after(text, end)
            if after["issued"] is not None and not dated:
                _set(doc, "issued", after["issued"], after["issued_span"], 0.8)
            if after["title"]:
                at = text.find(after["title"][:20], end)
                span = (at, at + len(after["title"])) if at >= 0 else None
                _set(doc, "title", after["title"], span, 0.7)
            else:
                verb = _VERB_TITLE.match(text, after["end"])
                if verb:
                    title = " ".join(verb.group("title").split())
                    _set(doc, "title", title, verb.span("title"), 0.7)
        elif doc.number is None:
            _adopt_from_sources(text, doc, doc_type_of_word(m.group("type")), agency[0])
        return


def _adopt_from_sources(text: str, doc: DocumentInfo, doc_type: str | None, issuer: str) -> None:
    sources = _SOURCES.search(text)
    if not sources or doc_type is None:
        return
    for citation in find_citations(text[sources.end() :]):
        if citation.doc_type != doc_type:
            continue
        offset = sources.end()
        span = citation.span and (citation.span[0] + offset, citation.span[1] + offset)
        number_at = text.find(citation.number, span[0]) if span else -1
        number_span = (number_at, number_at + len(citation.number)) if number_at >= 0 else span
        _set(doc, "number", citation.number, number_span, 0.6)
        issued_span = span
        if span and citation.issued:
            for date, ds, de in find_dates(text[span[0] : span[1]]):
                if date == citation.issued:
                    issued_span = (span[0] + ds, span[0] + de)
                    break
        _set(doc, "issued", citation.issued, issued_span, 0.6)
        title_at = text.find(citation.title[:20], span[0]) if citation.title and span else -1
        title_span = (title_at, title_at + len(citation.title)) if title_at >= 0 else span
        _set(doc, "title", citation.title, title_span, 0.6)
        if citation.issuer:  # the source line names the issuer as the document is referred to
            issuer_at = text.find(citation.issuer, span[0]) if span else -1
            issuer_span = (issuer_at, issuer_at + len(citation.issuer)) if issuer_at >= 0 else span
            _set(doc, "issuer", citation.issuer, issuer_span, 0.75)
        doc.warnings.append(
            f"Số và ngày văn bản lấy từ mục «Nguồn» của bản tin ({doc_type_label(doc_type)} số {citation.number}); "
            "hãy kiểm tra."
        )
        return


def doc_type_label(doc_type: str | None) -> str:
    return {
        "plan": "Kế hoạch", "decision": "Quyết định", "directive": "Chỉ thị", "resolution": "Nghị quyết",
        "conclusion": "Kết luận", "programme": "Chương trình", "letter": "Công văn", "decree": "Nghị định",
        "circular": "Thông tư", "report": "Báo cáo", "strategy": "Chiến lược",
    }.get(doc_type or "", "Văn bản")  # fmt: skip


def _province_from_text(text: str, doc: DocumentInfo) -> None:
    counts: Counter[str] = Counter()
    first: dict[str, tuple[int, int]] = {}
    for n, m in enumerate(_PROVINCE_WORD.finditer(text)):
        if n >= 2000:  # far more than any document names; enough to tell its province
            break
        found = province_at(text, m.end())
        if found:
            counts[found[0]] += 1
            first.setdefault(found[0], (found[1], found[2]))
    if counts:
        best = max(counts, key=lambda name: (counts[name], -first[name][0]))
        _set(doc, "province", best, first[best], 0.6)


def read_document(text: str) -> DocumentInfo:
    """What the document says about itself: number, type, issuer, province, place, date, signer, title.

    See the module's docstring for the sources tried and their order. Spans index into `text` as given;
    confidences say how sure each field is (1.0 read in the header, lower when read from prose or
    inferred). Never raises: on any failure, what was read so far is returned.
    """
    doc = DocumentInfo()
    if not isinstance(text, str) or not text:
        return doc
    try:
        _read_document_steps(text, doc)
    except Exception:  # pragma: no cover - the reader must never fail an import: keep what was read
        doc.warnings.append("Không đọc hết được thông tin văn bản; hãy kiểm tra.")
    return doc


def _read_document_steps(text: str, doc: DocumentInfo) -> None:
    title_line = _find_title_line(text)
    zone_end = title_line.start() if title_line else min(len(text), 1500)
    number_span = _read_number(text, zone_end, doc)
    place_span = _read_place_date(text, zone_end, doc)
    number_end = number_span[1] if number_span else None
    place_end = place_span[1] if place_span else None
    if title_line is not None:
        _read_title(text, title_line, doc)
    if number_end is not None or place_end is not None:
        header_end = title_line.start() if title_line else max(number_end or 0, place_end or 0)
        read = [span for span in (number_span, place_span) if span]
        _read_header_issuer(text, min(len(text), max([header_end] + [e for _, e in read])), doc, read)
    _read_announcement(text, doc, has_header_number=number_end is not None, dated=place_end is not None)
    if doc.doc_type is None and _ARTICLE_ONE.search(text):
        m = _ARTICLE_ONE.search(text)
        _set(doc, "doc_type", "decision", m.span(), 0.7)
    if doc.issuer and doc.province is None:
        found = _province_in(doc.issuer)
        if found and doc.spans.get("issuer"):
            s = doc.spans["issuer"][0]
            _set(doc, "province", found[0], (s + found[1], s + found[2]), doc.confidence.get("issuer", 0.7))
    if doc.province is None and doc.place:
        name = province_name(doc.place)
        if name:
            _set(doc, "province", name, doc.spans.get("place"), 0.8)
    if doc.province is None:
        _province_from_text(text, doc)
    if doc.province:
        # Shown as written: by the place line when it names the same province, else where it was read.
        if doc.place and province_name(doc.place) == province_name(doc.province):
            doc.province = doc.place
        elif doc.spans.get("province"):
            s, e = doc.spans["province"]
            doc.province = _as_written(text[s:e], doc.province)
    subject = _SUBJECT_LINE.search(text, 0, zone_end)
    if subject:
        # A "V/v ..." subject under the number is how an official letter (công văn) writes its title; a type
        # read from the running text ("gửi báo cáo về Sở ...") is weaker than that.
        _set(doc, "doc_type", "letter", subject.span(), 0.9)
        if doc.title is None:
            _set(doc, "title", " ".join(subject.group("title").split()), subject.span("title"), 1.0)
    _read_signature(text, doc)


# --------------------------------------------------------------------------------------------------------
# Budget sources

_BUDGET_LINE = re.compile(r"kinh\s+phí|ngân\s+sách|dự\s+toán|nguồn\s+vốn|nguồn\s+lực\s+tài\s+chính", re.IGNORECASE)
_BUDGET_SOURCES = [
    (
        "state",
        re.compile(
            r"ngân\s+sách\s+(?:nhà\s+nước|trung\s+ương|tỉnh|địa\s+phương|cấp|huyện|thành\s+phố|hằng\s+năm|hàng\s+năm)|"
            r"nguồn\s+ngân\s+sách|dự\s+toán\s+(?:được\s+giao|ngân\s+sách|chi|kinh\s+phí)|kinh\s+phí\s+(?:thường\s+xuyên|"
            r"được\s+giao|sự\s+nghiệp)|chi\s+thường\s+xuyên|phân\s+cấp\s+ngân\s+sách|NSNN",
            re.IGNORECASE,
        ),
    ),
    (
        "non_state",
        re.compile(
            r"xã\s+hội\s+h[óo]a|xã\s+hội\s+hoá|tài\s+trợ|đóng\s+góp\s+của|vận\s+động\s+(?:các\s+)?(?:tổ\s+chức|doanh|nguồn)|"
            r"nguồn\s+(?:vốn\s+)?(?:ngoài\s+ngân\s+sách|doanh\s+nghiệp)|huy\s+động\s+(?:các\s+)?(?:tổ\s+chức|doanh|nguồn\s+lực\s+xã)",
            re.IGNORECASE,
        ),
    ),
    (
        "other",
        re.compile(
            r"(?:nguồn|kinh\s+phí|vốn)\s+(?:kinh\s+phí\s+|vốn\s+|thu\s+)?hợp\s+pháp\s+khác|"
            r"nguồn\s+(?:thu\s+)?khác|huy\s+động\s+hợp\s+pháp",
            re.IGNORECASE,
        ),
    ),
]
_HEADING_BUDGET = re.compile(r"^[ \t*#_]*(?:(?:[IVX]+|\d+|[a-zđ])[.)]?[ \t]*)?kinh[ \t]+phí\b[^\n]{0,40}$", re.I | re.M)


def find_budget_sources(text: str) -> list[str]:
    """Where the plan's money comes from, as codes in the order state, non_state, other.

    Read only in lines about money (those that mention `kinh phí`, `ngân sách`, `dự toán`, `nguồn vốn`, and
    the line under a `Kinh phí` heading): `ngân sách Nhà nước`, `dự toán được giao` → state; `xã hội hóa`,
    `tài trợ` → non_state; `các nguồn hợp pháp khác` → other. Never raises.
    """
    try:
        return _find_budget_sources(text)
    except Exception:  # pragma: no cover - the reader must never fail an import
        return []


def _find_budget_sources(text: str) -> list[str]:
    if not isinstance(text, str) or not text:
        return []
    found: set[str] = set()
    lines = text.split("\n")
    heading_next = False
    for line in lines:
        relevant = heading_next or _BUDGET_LINE.search(line) is not None
        heading_next = bool(_HEADING_BUDGET.match(line)) or (heading_next and not line.strip())
        if not relevant:
            continue
        for code, pattern in _BUDGET_SOURCES:
            if code not in found and pattern.search(line):
                found.add(code)
    return [code for code, _ in _BUDGET_SOURCES if code in found]


# --------------------------------------------------------------------------------------------------------
# Reporting

_REPORT = re.compile(r"(?<![^\W\d_/])báo\s+cáo(?![^\W\d_])(?!\s+(?:số|này|kết\s+luận)\b)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"\.(?:/\.)?(?=\s|$)|\n\s*\n|\n(?=\s*(?:[-+•]|\d+[.)]|[a-zđ]\)|[IVX]+\.)\s)")
_FREQUENCY = re.compile(
    r"(?<![^\W\d_])(?P<f>(?:6|sáu)\s+tháng(?:\s+đầu\s+năm)?|hằng\s+năm|hàng\s+năm|hằng\s+quý|hàng\s+quý|"
    r"hằng\s+tháng|hàng\s+tháng|định\s+kỳ|đột\s+xuất|cuối\s+năm|năm)(?![^\W\d_])",
    re.IGNORECASE,
)
_TO = re.compile(r"(?<![^\W\d_])(?:gửi(?:\s+về)?|về|lên|đến|tới|cho)\s+", re.IGNORECASE)
_ITEM_NUMBER = re.compile(r"[ \t*#_]*(?:\d{1,3}|[IVXLC]{1,6}|[a-zđ])")


def _is_item_number(text: str, dot: int) -> bool:
    """Whether the dot at `dot` ends an item's number (`1.`, `IV.`, `a.`) at the start of its line."""
    line_start = text.rfind("\n", max(0, dot - 12), dot)
    if line_start < 0 and dot > 12:
        return False
    return _ITEM_NUMBER.fullmatch(text, line_start + 1, dot) is not None


_AND = re.compile(r"[ \t\u00a0]*(?:,|và)[ \t\u00a0]*")
_FOR = re.compile(r"(?<![^\W\d_])để\s+", re.IGNORECASE)
_BY = re.compile(
    r"(?<![^\W\d_])của\s+(?P<who>(?:các\s+)?(?:cơ\s+quan|đơn\s+vị|sở|địa\s+phương)[^;.\n]{0,40}?)\s+gửi\b", re.I
)
_REPORTER_HEADING = re.compile(r"^[ \t*#_]*(?:\d+|[a-zđ]|[IVX]+)[.)][ \t]*(?P<who>[^\n:]{2,80}):[ \t*]*$", re.M)
_ITEM_START = re.compile(r"^[ \t*#_]*(?:\d+|[a-zđ]|[IVX]+)[.)][ \t]+", re.M)
_RECIPIENT_HEADS = {
    "ubnd",
    "ủy",
    "uỷ",
    "chủ",
    "sở",
    "bộ",
    "ban",
    "thường",
    "tỉnh",
    "thành",
    "hđnd",
    "văn",
    "thủ",
    "chính",
    "cục",
    "tổng",
    "trung",
    "liên",
    "đại",
    "hội",
    "mặt",
    "phòng",
}
_ANNUAL_ONLY = {"năm"}


def _agency_starting(text: str, pos: int) -> tuple[str, int, int] | None:
    m = re.compile(r"[^\W\d_]+").match(text, pos)
    if not m or token_key(m.group()) not in _RECIPIENT_HEADS:
        return None
    return read_agency(text, pos, max_words=10)


def _reporter(text: str, sentence_start: int, report_start: int) -> str | None:
    by = _BY.search(text, sentence_start, report_start + 400)
    if by and by.start() > report_start:
        return " ".join(by.group("who").split())
    item = _ITEM_START.match(text, sentence_start)
    at = item.end() if item else sentence_start
    while at < len(text) and text[at] in " \t\u00a0-–+•*":
        at += 1
    lower = text[at : at + 1].lower()
    agency = read_agency(text, at, max_words=10, allow_comma=True)
    if agency is None and text[at : at + 3].lower() == "các":
        agency = read_agency(text[:at] + text[at].upper() + text[at + 1 :], at, max_words=10, allow_comma=True)
        if agency:
            agency = (lower + agency[0][1:], agency[1], agency[2])
    if agency and agency[2] <= report_start and token_key(agency[0].split()[0]) in _RECIPIENT_HEADS | {"các"}:
        return agency[0]
    headings = [h for h in _REPORTER_HEADING.finditer(text, max(0, sentence_start - 3000), sentence_start)]
    if headings:
        who = headings[-1].group("who").strip()
        agency = read_agency(who, 0, allow_comma=True)
        if agency and agency[0] == " ".join(who.split()):
            return agency[0]
    return None


def find_reporting(text: str) -> list[Reporting]:
    """Who reports to whom and how often, one `Reporting` per reporter and recipient, in order.

    A report is a `báo cáo` used as a verb (not `Báo cáo số ...`); its recipient is the agency right after it
    (`báo cáo UBND tỉnh`), after `gửi`/`về`/`lên`/`đến` in the same sentence (`... gửi Sở Ngoại vụ tổng hợp`),
    or in `để <agency> xem xét` after it; its reporter is `của <cơ quan, đơn vị> gửi`, else the agency the
    sentence or numbered item starts with, else the agency of the heading above (`1. Sở Ngoại vụ:`), else
    None. Frequencies are the words `6 tháng`, `hằng năm`, `hằng quý`, `định kỳ` ... of the sentence, as written.
    Never raises.
    """
    try:
        return _find_reporting(text)
    except Exception:  # pragma: no cover
        return []


def _find_reporting(text: str) -> list[Reporting]:
    if not isinstance(text, str) or not text:
        return []
    results: list[Reporting] = []
    seen: set[tuple] = set()
    # Sentence ends, but not the dot of an item's number (`1.`, `IV.`).
    bounds = [
        b.span()
        for b in _SENTENCE_END.finditer(text)
        if not (b.group().startswith(".") and _is_item_number(text, b.start()))
    ]
    bound_starts = [s for s, _ in bounds]
    bound_ends = [e for _, e in bounds]
    last_sentence = (-1, -1)
    for m in _REPORT.finditer(text):
        if m.start() < last_sentence[1]:
            continue
        # The sentence around this `báo cáo`.
        k = bisect.bisect_right(bound_ends, m.start())
        start = bound_ends[k - 1] if k else 0
        k = bisect.bisect_left(bound_starts, m.end())
        end = bound_starts[k] if k < len(bounds) else len(text)
        last_sentence = (start, end)
        sentence = text[start:end]
        recipients: list[tuple[str, int, int]] = []
        for n, report in enumerate(_REPORT.finditer(text, start, end)):
            if n >= 20:  # a sentence is not a list of reports; keep long junk linear
                break
            before = len(recipients)
            at = report.end()
            while at < end and text[at] in " \t\u00a0":
                at += 1
            direct = _agency_starting(text, at)
            if direct:
                recipients.append(direct)
            else:
                for pattern in (_TO, _FOR):
                    # The recipient stands near the verb: `báo cáo kết quả ... gửi Sở Ngoại vụ`.
                    for to in pattern.finditer(text, report.end(), min(end, report.end() + 300)):
                        agency = _agency_starting(text, to.end())
                        if agency:
                            recipients.append(agency)
                            break
                    if len(recipients) > before:
                        break
            # `báo cáo UBND tỉnh và Bộ Ngoại giao`: every agency of the list.
            while len(recipients) > before and len(recipients) < before + 5:
                more = _AND.match(text, recipients[-1][2])
                agency = _agency_starting(text, more.end()) if more else None
                if not agency:
                    break
                recipients.append(agency)
        if not recipients:
            continue
        frequency: list[str] = []
        for f in _FREQUENCY.finditer(sentence):
            written = " ".join(f.group("f").split())
            key = token_key(written)
            if key in _ANNUAL_ONLY:
                continue
            if written not in frequency:
                frequency.append(written)
        reporter = _reporter(text, start, m.start())
        for name, _s, e in recipients:
            if reporter and token_key(name) == token_key(reporter):
                continue
            key = (reporter and token_key(reporter), token_key(name), tuple(frequency))
            if key in seen:
                continue
            seen.add(key)
            results.append(
                Reporting(reporter=reporter, recipient=name, frequency=frequency, span=(start, max(e, m.end())))
            )
    return results
