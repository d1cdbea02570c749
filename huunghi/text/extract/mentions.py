"""What a text mentions: partner countries, foreign partner localities, anniversaries of diplomatic
relations, and the languages it asks work to be done in.

Rules:

- Countries are read from their Vietnamese names (Babel's, plus the forms documents use: `CHDCND Lào`,
  `Cộng hòa dân chủ nhân dân Lào`, `Hoa Kỳ`/`Mỹ`, `Xinh-ga-po`, `Ô-xtrây-li-a` ...; see `vocab.COUNTRY_NAMES`),
  written with a capital. One-word names that are also Vietnamese words or names (`Lào`, `Nga`, `Pháp`, `Đức`,
  `Nhật`, `Mỹ`, `Úc`) count only when no capitalised word stands right before or after them (so not `Lào Cai`,
  `Mỹ Sơn`, `Đức Phổ`, `Nguyễn Văn Đức`; but `Nam Lào` and `CHDCND Lào` do count) and not before a word that
  makes them common words (`Pháp luật`, `Đức tin`). `Áo`, `Bỉ`, `Séc`, `Síp`, `Anh`, `Ý` count only with a
  prefix (`nước Anh`, `Vương quốc Bỉ`). A name after `tiếng` is a language, not a country. Vietnam is not a
  partner and is never listed.
- Foreign localities: a capitalised name after `tỉnh`, `thành phố`, `bang`, `vùng` ... (one, or a list joined
  by `,`/`và`) that is followed by its country (`tỉnh Jeollabuk (Hàn Quốc)`, `tỉnh Mondulkiri, Campuchia`,
  `các tỉnh Champask và Attapeu, CHDCND Lào`); or a name in the short list of partner provinces of Laos,
  Cambodia, Korea, Japan and southern China (`vocab.LOCALITIES_*`; the Vietnamese spellings only after
  `tỉnh`...). Vietnamese provinces never count. Regions (`các tỉnh Nam Lào`) are not localities; their country
  is listed.
- Anniversaries: `[kỷ niệm] N năm [Ngày] thiết lập quan hệ ngoại giao Việt Nam - X` (or `X - Việt Nam`,
  `... với X`); the year is the end of a range written after it (`(1955 - 2020)`), else the year relations
  began (`vocab.RELATIONS_SINCE`, checked dates only) plus N, else None.
- Languages: `tiếng Việt`, `tiếng Anh`, `tiếng Khmer` ..., also in lists (`tiếng Anh, Pháp và Nga`), as
  ISO 639-1 codes in order of first mention.
"""

from __future__ import annotations

import contextlib
import functools
import re

from huunghi.text.extract.result import Anniversary, Mentions
from huunghi.text.extract.vocab import (
    COUNTRY_TABLE,
    LANGUAGES,
    LIST_ONLY_NAMES,
    LOCALITY_TABLE,
    LOOSE_ABBREVIATIONS,
    LOOSE_ALLOWED_BEFORE,
    LOOSE_FORBIDDEN_AFTER,
    LOOSE_FORBIDDEN_BEFORE,
    LOOSE_NAMES,
    RELATIONS_SINCE,
    Words,
    phrase_key,
    province_name,
    token_key,
)
from huunghi.text.normalize import match_key

__all__ = ["find_mentions"]

_B = r"[ \t\u00a0\u202f]"
_LOOSE_KEYS = {token_key(n) for n in LOOSE_NAMES}
_LOWER_PREFIXES = {"nước"}

_LANGUAGE_CODES = {match_key(name): code for name, code in LANGUAGES.items()}
_LANGUAGE_NAMES = "|".join(
    re.sub(r"\\[ \-]", r"[ \\t\\u00a0-]+", re.escape(n)) for n in sorted(LANGUAGES, key=len, reverse=True)
)
_LANGUAGE = re.compile(rf"(?<![^\W\d_])tiếng{_B}+(?P<name>{_LANGUAGE_NAMES})(?![^\W\d_])", re.IGNORECASE)
# `song ngữ Việt - Anh`, `đa ngữ Việt, Anh, Hàn`: the languages of a bilingual or multilingual publication.
_BILINGUAL = re.compile(rf"(?<![^\W\d_])(?:song|đa){_B}+ngữ{_B}+(?P<name>{_LANGUAGE_NAMES})(?![^\W\d_])", re.IGNORECASE)
_BILINGUAL_MORE = re.compile(rf"{_B}*(?:[-–—,/]|và){_B}*(?P<name>{_LANGUAGE_NAMES})(?![^\W\d_])", re.IGNORECASE)
_LANGUAGE_MORE = re.compile(
    rf"{_B}*(?:,|và|hoặc|hay){_B}*(?:(?P<again>tiếng){_B}+)?(?P<name>{_LANGUAGE_NAMES})(?![^\W\d_])", re.IGNORECASE
)

_ANNIVERSARY = re.compile(
    rf"(?<![\d.,])(?P<years>\d{{1,3}}){_B}*năm{_B}+(?:(?:ngày|kỷ{_B}+niệm){_B}+)?"
    rf"(?:thiết{_B}+lập{_B}+quan{_B}+hệ(?:{_B}+ngoại{_B}+giao)?|quan{_B}+hệ{_B}+ngoại{_B}+giao)"
    rf"{_B}+(?:giữa{_B}+)?(?:hai{_B}+nước{_B}+)?",
    re.IGNORECASE,
)
_VIETNAM_FIRST = re.compile(
    rf"(?:nước{_B}+)?(?:(?:CHXHCN|Cộng{_B}+h[oò]a{_B}+xã{_B}+hội{_B}+chủ{_B}+nghĩa){_B}+)?Việt{_B}*Nam"
    rf"{_B}*(?:[-–—]|và|với){_B}*(?:nước{_B}+)?",
    re.IGNORECASE,
)
_WITH = re.compile(rf"với{_B}+(?:nước{_B}+)?", re.IGNORECASE)
_VIETNAM_AFTER = re.compile(rf"{_B}*(?:[-–—]|và|với){_B}*(?:nước{_B}+)?(?:CHXHCN{_B}+)?Việt{_B}*Nam", re.IGNORECASE)
_RANGE_AFTER = re.compile(
    r"\s*\(\s*(?:\d{1,2}[/.\-]\d{1,2}[/.\-])?(?P<y0>\d{4})\s*[-–—]\s*(?:\d{1,2}[/.\-]\d{1,2}[/.\-])?(?P<y1>\d{4})\s*\)"
)

_TRIGGER = re.compile(
    rf"(?<![^\W\d_])(?:tỉnh{_B}+bang|tỉnh|thành{_B}+phố|TP\.?|bang|quận|huyện|khu{_B}+tự{_B}+trị|vùng|thủ{_B}+đô|"
    rf"châu|đảo|quận{_B}+hạt|hạt){_B}+",
    re.IGNORECASE,
)
_LIST_JOIN = re.compile(rf"{_B}*(?:,{_B}*(?:và{_B}+)?|{_B}và{_B}+)", re.IGNORECASE)
_COUNTRY_LEAD = [
    re.compile(rf"{_B}*\({_B}*"),
    re.compile(rf"{_B}*[,–\-]{_B}*(?:(?:nước|thuộc|của){_B}+)?(?:bạn{_B}+)?"),
    re.compile(rf"{_B}+(?:của|thuộc|ở|tại){_B}+(?:nước{_B}+)?(?:bạn{_B}+)?", re.IGNORECASE),
]
_LIST_ONLY = {token_key(name): code for name, code in LIST_ONLY_NAMES.items()}
_LIST_GAP = re.compile(rf"{_B}*,{_B}*|{_B}+và{_B}+")
_NAME_SUFFIX = {"do", "si", "gun", "ken", "shi", "to", "fu"}


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


class _Reader:
    def __init__(self, text: str):
        self.text = text
        self.words = Words(text)

    def country_at_word(self, i: int, checked: bool) -> tuple[str, int] | None:
        """The country whose name starts at word i, as (code, index of its last word), or None."""
        words = self.words
        hit = words.lookup(COUNTRY_TABLE, i)
        if hit is None:
            return None
        code, last = hit
        first = words.word(i)
        if token_key(first) in _LOWER_PREFIXES:
            if last == i or not _capitalised(words.word(i + 1)):
                return None
        elif not _capitalised(first):
            return None
        if checked and last == i and words.key(i) in _LOOSE_KEYS and not self._loose_ok(i):
            return None
        return str(code), last

    def _loose_ok(self, i: int) -> bool:
        words = self.words
        key = words.key(i)
        word = words.word(i)
        before_key = words.key(i - 1) if i > 0 and words.joiner(i - 1) == " " else None
        if len(word) > 1 and word.isupper() and before_key not in LOOSE_ABBREVIATIONS:
            return False  # `GIẢI PHÁP`: a heading in capitals
        if before_key is not None:
            before = words.word(i - 1)
            if before_key in LOOSE_FORBIDDEN_BEFORE:
                return False
            if _capitalised(before) and before_key not in LOOSE_ALLOWED_BEFORE | LOOSE_ABBREVIATIONS:
                return False
        if words.joiner(i) == " ":
            after = words.word(i + 1)
            if _capitalised(after):
                return False
            if words.key(i + 1) in LOOSE_FORBIDDEN_AFTER.get(key, ()):
                return False
        return True

    def country_at(self, pos: int) -> tuple[str, int] | None:
        """The country whose name starts at character `pos`, as (code, end), without the loose checks."""
        i = self.words.starts.get(pos)
        if i is None:
            return None
        hit = self.country_at_word(i, checked=False)
        if hit is None:
            return None
        return hit[0], self.words.spans[hit[1]][1]


@functools.lru_cache(maxsize=1024)
def _language_code(name: str) -> str | None:
    """The ISO 639-1 code of a language's name as written (`Khơ-me`, `Hàn Quốc`, `anh`), or None."""
    code = _LANGUAGE_CODES.get(match_key(re.sub(r"[ \t\u00a0-]+", " ", name)))
    return code if code is not None else _LANGUAGE_CODES.get(match_key(name))


def _languages(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    codes: list[str] = []
    spans: list[tuple[int, int]] = []

    def add(name: str, span: tuple[int, int]) -> None:
        code = _language_code(name)
        if code is None:
            return
        spans.append(span)
        if code not in codes:
            codes.append(code)

    found: list[tuple[int, int, str]] = []
    for first, more_pattern in ((_LANGUAGE, _LANGUAGE_MORE), (_BILINGUAL, _BILINGUAL_MORE)):
        at = 0
        while True:
            m = first.search(text, at)
            if m is None:
                break
            found.append((*m.span("name"), m.group("name")))
            at = m.end()
            while True:  # `tiếng Anh, Pháp và Nga`, `tiếng Việt, tiếng Anh`, `song ngữ Việt - Anh`
                more = more_pattern.match(text, at)
                again = "again" in more.groupdict() and more.group("again") if more else None
                if not more or not (again or _capitalised(more.group("name"))):
                    break
                found.append((*more.span("name"), more.group("name")))
                at = more.end()
    for start, end, name in sorted(found):
        add(name, (start, end))
    return codes, spans


def _anniversaries(reader: _Reader) -> list[Anniversary]:
    text = reader.text
    found: list[Anniversary] = []
    for m in _ANNIVERSARY.finditer(text):
        years = int(m.group("years"))
        if not 1 <= years <= 200:
            continue
        code = end = None
        vn = _VIETNAM_FIRST.match(text, m.end())
        if vn:
            hit = reader.country_at(vn.end())
            if hit:
                code, end = hit
        if code is None:
            hit = reader.country_at(m.end())
            if hit and _VIETNAM_AFTER.match(text, hit[1]):
                code, end = hit[0], _VIETNAM_AFTER.match(text, hit[1]).end()
        if code is None:
            with_ = _WITH.match(text, m.end())
            if with_:
                hit = reader.country_at(with_.end())
                if hit:
                    code, end = hit
        if code is None or end is None:
            continue
        year = None
        written = _RANGE_AFTER.match(text, end)
        if written:
            year = int(written.group("y1"))
        elif code in RELATIONS_SINCE:
            year = RELATIONS_SINCE[code] + years
        found.append(Anniversary(country=code, years=years, year=year, span=(m.start(), end)))
    return found


def _read_names(reader: _Reader, pos: int) -> tuple[list[tuple[int, int]], int]:
    """The capitalised names listed from `pos` (`Champask và Attapeu`), as spans, and where the list ends."""
    text, words = reader.text, reader.words
    names: list[tuple[int, int]] = []
    at = pos
    while True:
        i = words.starts.get(at)
        if i is None or not _capitalised(words.word(i)):
            break
        last = i
        while last - i < 3 and words.joiner(last) is not None:
            nxt = words.word(last + 1)
            joiner = words.joiner(last)
            if _capitalised(nxt) or (joiner == "-" and nxt in _NAME_SUFFIX):
                last += 1
            else:
                break
        names.append((words.spans[i][0], words.spans[last][1]))
        join = _LIST_JOIN.match(text, words.spans[last][1])
        if not join:
            return names, words.spans[last][1]
        nxt_i = words.starts.get(join.end())
        if nxt_i is None or not _capitalised(words.word(nxt_i)) or reader.country_at(join.end()):
            return names, words.spans[last][1]
        at = join.end()
    return names, at


def _localities(reader: _Reader) -> list[tuple[int, str]]:
    text, words = reader.text, reader.words
    found: list[tuple[int, str]] = []
    trigger_ends: set[int] = set()
    for m in _TRIGGER.finditer(text):
        trigger_ends.add(m.end())
        names, end = _read_names(reader, m.end())
        if not names:
            continue
        country = None
        for lead in _COUNTRY_LEAD:
            lm = lead.match(text, end)
            if lm:
                hit = reader.country_at(lm.end())
                if hit:
                    country = hit[0]
                    break
        if country is None:
            continue
        for s, e in names:
            name = text[s:e]
            if province_name(name) or any(reader.country_at(w.start() + s) for w in re.finditer(r"[^\W\d_]+", name)):
                continue  # a Vietnamese province, or a region named by its country (`Nam Lào`)
            found.append((s, " ".join(name.split())))
    starts_a_name = LOCALITY_TABLE.longest
    for i in [i for i, key in enumerate(words.keys) if key in starts_a_name]:
        hit = words.lookup(LOCALITY_TABLE, i)
        if hit is None or not _capitalised(words.word(i)):
            continue
        kind, last = hit
        s, e = words.spans[i][0], words.spans[last][1]
        if kind == "trigger" and s not in trigger_ends:
            continue
        found.append((s, " ".join(text[s:e].split())))
    return found


def find_mentions(text: str) -> Mentions:
    """Countries, foreign localities, anniversaries and languages mentioned in `text` (see the module's rules).

    Never raises: on any failure, what was read so far is returned.
    """
    mentions = Mentions()
    if not isinstance(text, str) or not text:
        return mentions
    with contextlib.suppress(Exception):  # the reader must never fail an import: keep what was read
        _find_mentions(text, mentions)
    return mentions


def _listed_countries(
    reader: _Reader, firsts: set[int], lasts: set[int], in_language: set[int]
) -> list[tuple[int, str]]:
    """Names read only in a list of countries (`Ý, Pháp, Phần Lan`): next to a country, joined by `,` or `và`."""
    words, text = reader.words, reader.text
    candidates = [
        i
        for i, key in enumerate(words.keys)
        if key in _LIST_ONLY
        and _capitalised(words.word(i))
        and words.spans[i][0] not in in_language
        and not (i > 0 and words.joiner(i - 1) == " " and _capitalised(words.word(i - 1)))
        and not (i > 0 and words.key(i - 1) == "tiếng")
    ]
    found: list[tuple[int, str]] = []
    changed = True
    while changed and candidates:
        changed = False
        for i in list(candidates):
            s, e = words.spans[i]
            # The neighbour in the list, past a `và` (`Phần Lan và Anh`).
            nxt = i + 2 if i + 2 < len(words.spans) and words.key(i + 1) == "và" else i + 1
            prev = i - 2 if i >= 2 and words.key(i - 1) == "và" else i - 1
            after = nxt < len(words.spans) and nxt in firsts and _LIST_GAP.fullmatch(text, e, words.spans[nxt][0])
            before = prev >= 0 and prev in lasts and _LIST_GAP.fullmatch(text, words.spans[prev][1], s)
            if after or before:
                found.append((s, _LIST_ONLY[words.key(i)]))
                firsts.add(i)
                lasts.add(i)
                candidates.remove(i)
                changed = True
    return found


def _find_mentions(text: str, mentions: Mentions) -> None:
    reader = _Reader(text)
    words = reader.words
    mentions.languages, language_spans = _languages(text)
    in_language = {s for s, _ in language_spans}

    anniversaries = []
    for anniversary in _anniversaries(reader):
        if all((a.country, a.years) != (anniversary.country, anniversary.years) for a in anniversaries):
            anniversaries.append(anniversary)
    mentions.anniversaries = anniversaries

    found: list[tuple[int, str]] = []
    firsts: set[int] = set()
    lasts: set[int] = set()
    i = 0
    n = len(words.spans)
    keys, starts_a_name = words.keys, COUNTRY_TABLE.longest
    while i < n:
        if keys[i] not in starts_a_name:
            i += 1
            continue
        hit = reader.country_at_word(i, checked=True)
        if hit is None:
            i += 1
            continue
        code, last = hit
        start = words.spans[i][0]
        before_tieng = i > 0 and words.key(i - 1) == "tiếng" and words.joiner(i - 1) == " "
        if start not in in_language and not before_tieng:
            found.append((start, code))
            firsts.add(i)
            lasts.add(last)
        i = last + 1
    found += _listed_countries(reader, firsts, lasts, in_language)
    found += [(a.span[0] if a.span else 0, a.country) for a in anniversaries]
    found.sort()
    for _, code in found:
        if code != "VN" and code not in mentions.countries:
            mentions.countries.append(code)

    seen: set[str] = set()
    for _, name in sorted(_localities(reader)):
        key = phrase_key(name)
        if key not in seen:
            seen.add(key)
            mentions.localities.append(name)
