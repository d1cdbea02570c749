"""Splitting a list of agencies, as a plan writes it, into one entry per agency or group.

An assignment line names several bodies at once: ``Sở Ngoại vụ, Sở Văn hóa, Thể thao và Du lịch; các sở,
ban, ngành, UBND các huyện, thành phố``. Commas and ``và`` separate the bodies but also sit inside their
names (``Sở Văn hóa, Thể thao và Du lịch``) and inside group phrases (``các sở, ban, ngành``, ``UBND các
huyện, thành phố``). ``split_agencies`` cuts:

- always on ``;`` (outside parentheses);
- on ``,`` and ``và`` only between bodies: where the words before and after form a known name or group
  (``AGENCY_NAMES``, ``AGENCY_GROUPS``, matched on a key that folds case, diacritics and so tone placement,
  ``Uỷ``/``Ủy``, and punctuation), they stay together; otherwise the piece after the separator starts a new
  body when it starts like one (``Sở``, ``Ban``, ``UBND``, ``Hội``, an abbreviation in capitals, ``các``...)
  and continues the name before it when it does not (``Thể thao`` after ``Sở Văn hóa``; ``thành phố`` after
  ``UBND các huyện``; ``đơn vị liên quan`` after ``các cơ quan``).

Each entry is returned as written (NFC, spaces cleaned, trimmed, without a final ``.`` or ``;``). A role
written beside a name, ``Sở Ngoại vụ (chủ trì)``, is dropped from the name; ``split_agencies_with_roles``
keeps it as ``"lead"`` or ``"cooperating"``.

Like the rest of ``huunghi.text`` this module does not import Django.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from huunghi.text.normalize import clean_spaces, match_key, nfc

__all__ = [
    "AGENCY_GROUPS",
    "AGENCY_NAMES",
    "LEAD",
    "COOPERATING",
    "agency_fold",
    "split_agencies",
    "split_agencies_with_roles",
    "starts_like_agency",
]

LEAD, COOPERATING = "lead", "cooperating"

#: Names of bodies that contain a comma or ``và`` (as the ministry writes them; any spelling matches).
AGENCY_NAMES = (
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Văn hóa và Thể thao",
    "Sở Lao động, Thương binh và Xã hội",
    "Sở Lao động - Thương binh và Xã hội",
    "Sở Tài nguyên và Môi trường",
    "Sở Kế hoạch và Đầu tư",
    "Sở Thông tin và Truyền thông",
    "Sở Khoa học và Công nghệ",
    "Sở Nông nghiệp và Phát triển nông thôn",
    "Sở Nông nghiệp và Môi trường",
    "Sở Giáo dục và Đào tạo",
    "Sở Dân tộc và Tôn giáo",
    "Sở Giao thông vận tải",
    "Sở Xây dựng",
    "Sở Nội vụ",
    "Sở VH, TT&DL",
    "Sở VH, TT và DL",
    "Sở VH,TT&DL",
    "Sở LĐ, TB&XH",
    "Bộ Văn hóa, Thể thao và Du lịch",
    "Bộ Lao động, Thương binh và Xã hội",
    "Bộ Kế hoạch và Đầu tư",
    "Bộ Thông tin và Truyền thông",
    "Bộ Tài nguyên và Môi trường",
    "Đài Phát thanh và Truyền hình tỉnh",
    "Đài Phát thanh - Truyền hình tỉnh",
    "Trường Cao đẳng Văn hóa Nghệ thuật và Du lịch",
    "Trường Cao đẳng Văn hóa, Nghệ thuật và Du lịch",
    "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch",
    "Trung tâm Hội nghị và Triển lãm",
    "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh",
    "Văn phòng Đoàn ĐBQH và HĐND tỉnh",
    "Ban Dân tộc và Tôn giáo",
    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    "Liên hiệp các tổ chức hữu nghị tỉnh",
    "Liên hiệp các Hội Văn học Nghệ thuật tỉnh",
    "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh",
    "Hội Văn học, Nghệ thuật tỉnh",
)

#: Group phrases that stand for every body of a kind.
AGENCY_GROUPS = (
    "các sở, ban, ngành",
    "các sở, ban ngành",
    "các sở, ngành",
    "các sở, ban, ngành, đoàn thể",
    "các sở, ban, ngành, hội, đoàn thể",
    "UBND các huyện, thị xã, thành phố",
    "UBND các huyện, thành phố",
    "UBND các huyện, thị xã",
    "UBND các xã, phường",
    "UBND các xã, phường, đặc khu",
    "UBND các xã, phường, thị trấn",
    "Ủy ban nhân dân các huyện, thị xã, thành phố",
    "Ủy ban nhân dân các huyện, thành phố",
    "Ủy ban nhân dân các xã, phường",
    "các cơ quan, đơn vị liên quan",
    "các cơ quan, đơn vị có liên quan",
    "các cơ quan, đơn vị, địa phương",
    "các cơ quan, đơn vị, địa phương liên quan",
    "các tổ chức đoàn thể",
    "các hội, đoàn thể",
    "các tổ chức chính trị - xã hội",
    "các địa phương",
)

# Names that a pattern describes better than a list: the economic-zone boards that also manage the
# industrial zones ("Ban Quản lý Khu Kinh tế Dung Quất và các Khu Công nghiệp tỉnh").
_NAME_PATTERNS = tuple(
    re.compile(p)
    for p in (
        r"ban quan ly (?:cac )?khu kinh te(?: \S+)*? (?:cac )?khu (?:cong nghiep|che xuat)(?: \S+)*",
        r"ban quan ly (?:cac )?khu cong nghiep(?: \S+)*? (?:cac )?khu (?:kinh te|che xuat)(?: \S+)*",
        r"bql (?:cac )?kkt(?: \S+)*? (?:cac )?kcn(?: \S+)*",
    )
)


def _ascii_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for cp in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base.isascii() and base.isalpha():
            table[cp] = base.lower()
    for cp in range(0x300, 0x370):
        table[cp] = None  # combining marks
    for c in "đĐðÐ":  # Ð/ð: the Icelandic eth that legacy fonts put for Đ
        table[ord(c)] = "d"
    for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        table[ord(c)] = c.lower()
    for c in ",;.:&-–—/()[]{}\"'“”‘’+*•!?…":
        table[ord(c)] = " "
    return table


# A list indexed by code point translates faster than a dict; code points past its end are kept.
_ASCII: list[str | None] = [chr(i) for i in range(0x1F00)]
for _cp, _to in _ascii_table().items():
    if _cp < len(_ASCII):
        _ASCII[_cp] = _to


def agency_fold(s: str) -> str:
    """The loose key names are compared on here: lower case, no diacritics (so no tone placement), ``đ`` as
    ``d``, punctuation as spaces, spaces cleaned: ``agency_fold("Sở VH,TT&DL") == "so vh tt dl"``."""
    return " ".join(nfc(s).lower().translate(_ASCII).split())


def _lexicon_key(s: str) -> str:
    # Separators are not part of the fragments a list is cut into, so "và" is dropped from the key too.
    return " ".join(w for w in agency_fold(s).split() if w != "va")


_NAME_KEYS = frozenset(_lexicon_key(n) for n in (*AGENCY_NAMES, *AGENCY_GROUPS))
_NAME_FIRST_WORDS = frozenset(k.split()[0] for k in _NAME_KEYS) | {"ban", "bql"}

# The words a body's name starts with (``match_key`` form: diacritics kept, tones placed, lower case).
# Only a capitalised word counts, except for the committees, which are also written in lower case.
_HEADS = (
    "sở", "ban", "ủy ban", "ubnd", "ub", "hội", "đài", "báo", "trường", "trung tâm", "liên hiệp", "công an",
    "bộ", "văn phòng", "tỉnh đoàn", "thành đoàn", "huyện đoàn", "đoàn", "liên đoàn", "mặt trận", "ubmttq",
    "mttq", "cục", "chi cục", "ngân hàng", "kho bạc", "bảo tàng", "thư viện", "viện", "học viện", "đại học",
    "nhà hát", "nhà văn hóa", "nhà thiếu nhi", "hội đồng", "hđnd", "thanh tra", "tòa án", "tỉnh ủy",
    "huyện ủy", "thành ủy", "đảng ủy", "công ty", "tổng công ty", "hiệp hội", "quỹ", "bệnh viện",
    "hải quan", "bưu điện", "liên minh", "chi nhánh", "bộ chỉ huy", "bộ đội", "cảng vụ", "tập đoàn",
    "câu lạc bộ", "phòng", "đội", "ủy ban nhân dân", "tổng cục", "cảnh sát", "đồn", "trạm", "ubnd tỉnh",
)  # fmt: skip
_NOT_HEADS = (
    "hội nghị", "hội thảo", "hội chợ", "hội nhập", "hội diễn", "hội thi", "hội trại", "ban hành", "báo cáo",
    "đội ngũ", "đoàn kết", "đoàn viên", "phòng chống", "phòng, chống", "bộ phận", "trạm dừng",
)  # fmt: skip
_LOWER_HEADS = ("ủy ban", "ubnd", "ủy ban nhân dân")
# Lower-case words that start a new body after a proper name ("Sở Ngoại vụ và cơ quan liên quan"), but
# continue a group ("các sở, ban, ngành, đơn vị").
_GROUP_WORDS = (
    "cơ quan", "đơn vị", "địa phương", "doanh nghiệp", "tổ chức", "cá nhân", "đoàn thể", "hội", "sở", "ban",
    "ngành", "các", "những", "người dân", "nhân dân", "nghệ nhân", "trường", "văn nghệ sĩ",
)  # fmt: skip

_ROLE_NOTE = re.compile(
    r"\s*\(\s*(?:là\s+)?(?:cơ\s+quan\s+|đơn\s+vị\s+)?(?P<role>chủ\s+trì|thường\s+trực|đầu\s+mối|phối\s+hợp)"
    r"(?:\s+thực\s+hiện)?\s*\)\s*$",
    re.IGNORECASE,
)
_ROLE_SUFFIX = re.compile(r"\s+(?P<role>chủ\s+trì|phối\s+hợp)\s*$", re.IGNORECASE)
_DUTY_SUFFIX = re.compile(r"\s+theo\s+chức\s+năng,?\s+nhiệm\s+vụ(?:\s+(?:được\s+giao|của\s+mình))?\s*$", re.I)
# Commas or "và" between bodies. A comma between two capitals without a space (VH,TT&DL) is no separator.
_SOFT = re.compile(r"\s*,\s*(?:và\s+)?|\s+và\s+|\s+cùng\s+(?=các\s)", re.IGNORECASE)
_LEADING_JUNK = re.compile(r"^(?:[-+•–—*·●▪○◦∙➢►:,.;]+\s*|và\s+|với\s+|cùng\s+)+", re.IGNORECASE)
_TRAILING_JUNK = re.compile(r"(?:\s*(?:[.;,:…+•]+|\s[-–—]|/\.|v\.v\.?|vv\.?))+$", re.IGNORECASE)


def _mask_parentheses(s: str) -> str:
    """`s` with what is inside balanced parentheses replaced by spaces, so separators there are not seen."""
    if "(" not in s:
        return s
    out = list(s)
    depth = 0
    opened: list[int] = []
    for i, c in enumerate(s):
        if c == "(":
            depth += 1
            opened.append(i)
        elif c == ")" and depth:
            depth -= 1
            start = opened.pop()
            if not depth:
                for k in range(start + 1, i):
                    out[k] = " "
    return "".join(out)


@lru_cache(maxsize=4096)
def _head_key(words: tuple[str, ...]) -> str:
    return match_key(" ".join(words))


def _starts_with(key: str, phrases) -> bool:
    return any(key == p or key.startswith(p + " ") or key.startswith(p + ",") for p in phrases)


def _is_abbreviation(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_head(fragment: str) -> bool:
    words = fragment.split()
    if not words:
        return False
    key = _head_key(tuple(words[:3]))
    if _starts_with(key, _NOT_HEADS):
        return False
    if words[0][:1].isupper():
        return _starts_with(key, _HEADS) or _is_abbreviation(words[0])
    return _starts_with(key, _LOWER_HEADS)


def starts_like_agency(text: str) -> bool:
    """Whether `text` starts like the name of a body or group (``Sở ...``, ``UBND ...``, ``các sở ...``)."""
    text = text.strip()
    return bool(text) and (_is_head(text) or _is_group_start(text))


def _is_group_start(fragment: str) -> bool:
    return _starts_with(_head_key(tuple(fragment.split()[:2])), ("các", "những"))


def _lexicon_end(keys: list[str], i: int) -> int:
    """The last fragment of the longest known name that starts at fragment `i` and spans more than one
    fragment, or `i` itself."""
    if not keys[i] or keys[i].split()[0] not in _NAME_FIRST_WORDS:
        return i
    best = i
    for j in range(i + 1, min(len(keys), i + 8)):
        before = " ".join(keys[i:j])
        candidate = before + " " + keys[j]
        # A name that ends inside fragment j (the fragment goes on: "Sở Kế hoạch và Đầu tư tỉnh").
        cut = len(before)
        while cut != -1:
            nxt = candidate.find(" ", cut + 1)
            prefix = candidate if nxt == -1 else candidate[:nxt]
            if len(prefix) > len(before) and prefix in _NAME_KEYS:
                best = j
                break
            cut = nxt
        if best != j and j == i + 1 and any(p.fullmatch(candidate) for p in _NAME_PATTERNS):
            best = j
    return best


def _continues(item: str, fragment: str) -> bool:
    """Whether `fragment`, after a separator, goes on with the name `item` rather than starting a body."""
    if not fragment:
        return True
    if _is_group_start(fragment) or _is_head(fragment):
        return False
    if fragment[:1].isupper() or fragment[:1].isdigit():
        return True
    proper = item[:1].isupper() and not _is_group_start(item)
    return not (proper and _starts_with(_head_key(tuple(fragment.split()[:2])), _GROUP_WORDS))


def _split_piece(piece: str) -> list[str]:
    masked = _mask_parentheses(piece)
    bounds: list[tuple[int, int]] = []
    start = 0
    for m in _SOFT.finditer(masked):
        glued = m.group() == "," and m.start() > 0 and m.end() < len(piece)
        if glued and piece[m.start() - 1].isupper() and piece[m.end()].isupper():
            continue  # "VH,TT&DL"
        if m.start() == 0:
            start = m.end()
            continue
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(piece)))
    bounds = [(s, e) for s, e in bounds if piece[s:e].strip()]
    if not bounds:
        return []
    keys = [_lexicon_key(piece[s:e]) for s, e in bounds]
    items: list[str] = []
    i = 0
    while i < len(bounds):
        first = i
        i = _lexicon_end(keys, i) + 1
        while i < len(bounds):
            item = piece[bounds[first][0] : bounds[i - 1][1]]
            fragment = piece[bounds[i][0] : bounds[i][1]].strip()
            if not _continues(item, fragment):
                break
            i += 1
        items.append(piece[bounds[first][0] : bounds[i - 1][1]])
    return items


def _clean(item: str) -> str:
    item = _LEADING_JUNK.sub("", item.strip())
    item = _TRAILING_JUNK.sub("", item).strip()
    return _DUTY_SUFFIX.sub("", item).strip()


@lru_cache(maxsize=2048)
def _split_cached(text: str) -> tuple[tuple[str, str | None], ...]:
    text = clean_spaces(nfc(text))
    text = _TRAILING_JUNK.sub("", _LEADING_JUNK.sub("", text))
    masked = _mask_parentheses(text)
    pieces: list[str] = []
    start = 0
    for i, c in enumerate(masked):
        if c == ";":
            pieces.append(text[start:i])
            start = i + 1
    pieces.append(text[start:])

    out: list[tuple[str, str | None]] = []
    seen: set[str] = set()
    for piece in pieces:
        for raw in _split_piece(_clean(piece)):
            item = _clean(raw)
            role = None
            m = _ROLE_NOTE.search(item) or _ROLE_SUFFIX.search(item)
            if m:
                word = " ".join(m.group("role").lower().split())
                role = COOPERATING if word == "phối hợp" else LEAD
                item = _clean(item[: m.start()])
            if not item or not any(c.isalpha() for c in item):
                continue
            key = agency_fold(item)
            if key in seen:
                continue
            seen.add(key)
            out.append((item, role))
    return tuple(out)


def split_agencies_with_roles(text: str) -> list[tuple[str, str | None]]:
    """Like `split_agencies`, with the role written beside each name: ``"lead"`` for ``(chủ trì)``,
    ``(thường trực)``, ``(đầu mối)``; ``"cooperating"`` for ``(phối hợp)``; ``None`` when none is written."""
    if not isinstance(text, str) or not text.strip():
        return []
    return list(_split_cached(text))


def split_agencies(text: str) -> list[str]:
    """One entry per agency or group named in `text`, as written (NFC, trimmed, no trailing ``.`` or ``;``).

    ``split_agencies("Sở Ngoại vụ, Sở Văn hóa, Thể thao và Du lịch; các sở, ban, ngành, UBND các huyện,
    thành phố")`` gives ``["Sở Ngoại vụ", "Sở Văn hóa, Thể thao và Du lịch", "các sở, ban, ngành",
    "UBND các huyện, thành phố"]``. Never raises; an empty or blank text gives ``[]``.
    """
    return [name for name, _ in split_agencies_with_roles(text)]
