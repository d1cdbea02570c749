"""The documents a text cites: `Quyết định số 979/QĐ-UBND ngày 14/7/2014 của Chủ tịch UBND tỉnh về việc ...`.

Rules:

- A citation is a numbered document: a number followed by a symbol (`979/QĐ-UBND`, `33-NQ/TW`,
  `30/2020/NĐ-CP`, `692/STTTT–TTBCXB`), with or without a type word before it (`Chỉ thị 25/CT-TTg`,
  `theo 720/KH-UBND`). Documents named without a number (`Chiến lược Ngoại giao văn hóa đến năm 2020`) are not
  citations. `Số: 45/KH-UBND` (with a colon) is a document's own number, never a citation.
- The type comes from the word before the number, else from the symbol's type code (`KH`, `QĐ`, `NQ` ...); a
  symbol without a type code (`SNgV-LSLTBC`) is an official letter's, guessed with a lower confidence.
- The date is the one written right after the number (`ngày 14/7/2014`, `ngày 24 tháng 11 năm 2021`) or
  right after the issuer; the issuer is what follows `của`/`do` up to a lower-case verb or preposition, a
  punctuation mark or a line end, or what stands in `của X tại <type> số ...` before it; the title is the
  `về ...` phrase. Nothing is inferred that is not written: `Chỉ thị 25/CT-TTg` alone has no issuer.
- Each document is listed once, in order of first appearance, keyed by its number (`number_key`); the first
  mention's span is kept and a missing date, issuer or title is filled from later mentions.
"""

from __future__ import annotations

import functools
import re

from huunghi.text.dates import find_dates
from huunghi.text.extract.result import Citation, DocumentInfo
from huunghi.text.extract.vocab import (
    DOC_TYPE_WORDS,
    SYMBOL_CODES,
    doc_type_of_symbol,
    doc_type_of_word,
    read_agency,
)
from huunghi.text.normalize import number_key, search_key

__all__ = ["find_citations", "NUMBER", "TYPE_WORD", "valid_symbol", "read_after"]

_BLANK = r"[ \t\u00a0\u202f]"
# A type word, any case, with any blanks between its words.
TYPE_WORD = "|".join(
    r"\s+".join(re.escape(w) for w in word.split()) for word in sorted(DOC_TYPE_WORDS, key=len, reverse=True)
)
# A document number: digits, an optional year, then a symbol of letter-led parts joined by - – — or /.
NUMBER = re.compile(
    r"(?<![\w/.\-–—])(?P<num>\d{1,5}[a-zA-Z]?(?:/\d{4})?[/\-–]"
    # A symbol broken at its dash by a line end (`1052/QĐ-\nUBND`, PDF text) goes on on the next line.
    # A symbol has a few parts (`QĐ-UBND`, `KH-UBND-VX`); a longer chain is not a document number.
    r"(?P<sym>[^\W\d_][\w&]*(?:[-–—/](?:[^\W_][\w&]*|\n[A-ZĐ][\w&]*)){0,4}))(?![\w&]|[-–—/][^\W_])"
)
_TYPE_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?P<type>{TYPE_WORD})(?:\s+li[eê]n\s+t[iị]ch)?\s*(?:s[oố]{_BLANK}*[:.]?{_BLANK}*)?$",
    re.IGNORECASE,
)
_OWN_NUMBER_BEFORE = re.compile(rf"(?<![^\W\d_])s[oố]{_BLANK}*:{_BLANK}*$", re.IGNORECASE)
# Numbers of another shape, read only after `<type> số`: `Công văn số HCM/321/1/2018`.
_ODD_TYPED = re.compile(
    rf"(?<![^\W\d_])(?P<type>{TYPE_WORD})\s+s[oố]{_BLANK}*[:.]?{_BLANK}*"
    r"(?P<num>[^\W\d_][\w&]*(?:/[\w&]+){2,})",
    re.IGNORECASE,
)
_DATE_GAP = re.compile(rf"[ \t\u00a0\u202f,(]*(?:(?:ban\s+hành|ký|kí){_BLANK}+)?", re.IGNORECASE)
_DATE_START = re.compile(r"ng[àa]y|\d", re.IGNORECASE)
_OF = re.compile(rf"{_BLANK}*,?{_BLANK}*(?:của|do)(?:{_BLANK}+|{_BLANK}*\n{_BLANK}*)", re.IGNORECASE)
_ABOUT = re.compile(rf"{_BLANK}*,?{_BLANK}*(?:về{_BLANK}+việc|về|V/v|v/v){_BLANK}+", re.IGNORECASE)
_TITLE_END = re.compile(r"[;\n(“”\"]|\.(?:\s|$)|\s+(?:nhằm|để)\s")
_TITLE_TAIL = re.compile(
    r"\s*(?:,|\bvà)\s+(?:đề xuất|đề nghị|ý kiến|theo đề nghị)\b.*$|[\s,.;:]+$", re.IGNORECASE | re.DOTALL
)
_LIST_JOINT = re.compile(r"(?:\s+và|,|;)\s*$")
_OF_BEFORE = re.compile(r"(?:của|do)\s+(?P<iss>[^,;.()\n]{2,80}?)\s+(?:tại|theo)\s*$", re.IGNORECASE)


_LICENCE = re.compile(r"GP(?:[-–—/]|$)")
_LICENCE_BEFORE = re.compile(r"Giấy\s+phép\s*(?:s[oố])?\s*[:.]?\s*$", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def valid_symbol(sym: str) -> bool:
    """Whether `sym` (`QĐ-UBND`, `Ctr/TU`, `SNgV-LSLTBC`) looks like a document symbol rather than a word."""
    first = re.split(r"[-–—/]", sym, maxsplit=1)[0]
    if not first or not first[0].isupper():
        return False
    if search_key(first) in SYMBOL_CODES:
        return True
    return sum(c.isupper() for c in first) >= 2


def read_after(text: str, pos: int, stop: int | None = None) -> dict:
    """Read what may follow a cited number at `pos`: date, issuer and `về ...` title, as written.

    Returns a dict with `issued`, `issuer`, `title` (or None) and `end`, the end of the date or issuer read.
    """
    out: dict = {"issued": None, "issuer": None, "title": None, "end": pos, "issued_span": None, "issuer_span": None}
    at = pos

    def date_at(at: int) -> int | None:
        gap = _DATE_GAP.match(text, at)
        begin = gap.end() if gap else at
        if not _DATE_START.match(text, begin):
            return None
        dates = find_dates(text[begin : begin + 40])
        if dates and dates[0][1] == 0:
            out["issued"] = dates[0][0]
            out["issued_span"] = (begin, begin + dates[0][2])
            return begin + dates[0][2]
        return None

    end = date_at(at)
    if end is not None:
        at = out["end"] = end
    m = _OF.match(text, at)
    if m:
        agency = read_agency(text, m.end())
        if agency:
            out["issuer"], out["issuer_span"] = agency[0], (agency[1], agency[2])
            at = out["end"] = agency[2]
            if out["issued"] is None:
                end = date_at(at)
                if end is not None:
                    at = out["end"] = end
    m = _ABOUT.match(text, at)
    if m:
        limit = min(len(text), m.end() + 400, stop if stop is not None and stop > m.end() else len(text))
        end_m = _TITLE_END.search(text, m.end(), limit)
        title_end = end_m.start() if end_m else limit
        title = _TITLE_TAIL.sub("", text[m.end() : title_end])
        title = " ".join(title.split())
        if title:
            out["title"] = title
    return out


def _issuer_before(text: str, start: int) -> str | None:
    m = _OF_BEFORE.search(text, max(0, start - 120), start)
    if not m:
        return None
    agency = read_agency(text, m.start("iss"))
    if agency and agency[2] >= m.end("iss") - 1:
        return agency[0]
    return None


_number_key = functools.lru_cache(maxsize=4096)(number_key)


def find_citations(text: str, document: DocumentInfo | None = None) -> list[Citation]:
    """Every numbered document `text` cites, once each, in order of first appearance (see the module's rules).

    The document's own number (`document.number`, and any `Số: ...` line) is left out. Never raises.
    """
    try:
        return _find_citations(text, document)
    except Exception:  # pragma: no cover - the reader must never fail an import
        return []


def _find_citations(text: str, document: DocumentInfo | None) -> list[Citation]:
    if not isinstance(text, str) or not text:
        return []
    own = None
    if document is not None and document.number and not document.number.startswith("/"):
        own = number_key(document.number)

    found: list[tuple[int, int, int, str, str | None, bool, float]] = []  # start, num start, num end, ...
    for m in NUMBER.finditer(text):
        num, sym = "".join(m.group("num").split()), "".join(m.group("sym").split())
        before = _TYPE_BEFORE.search(text, max(0, m.start() - 48), m.start())
        typed = before is not None
        if not valid_symbol(sym) and not (typed and sum(c.isupper() for c in sym) >= 1):
            continue
        if _OWN_NUMBER_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        if _LICENCE.match(sym) or _LICENCE_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue  # a web site's licence in its footer ("Giấy phép số 05/GP-TTĐT"), not a cited document
        sym_type, sym_read = doc_type_of_symbol(sym)
        if typed:
            doc_type = doc_type_of_word(before.group("type"))
            confidence = 1.0 if sym_type in (None, doc_type) or not sym_read else 0.9
            start = before.start()
        else:
            doc_type = sym_type
            confidence = 0.8 if sym_read else 0.6
            start = m.start()
        found.append((start, m.start(), m.end(), num, doc_type, typed, confidence))
    for m in _ODD_TYPED.finditer(text):
        if not any(s <= m.start("num") < e for _, s, e, *_ in found):
            doc_type = doc_type_of_word(m.group("type"))
            found.append((m.start(), m.start("num"), m.end("num"), m.group("num"), doc_type, True, 0.8))
    found.sort()

    citations: list[Citation] = []
    by_key: dict[str, Citation] = {}
    for k, (start, _num_start, num_end, num, doc_type, _typed, confidence) in enumerate(found):
        key = _number_key(num)
        if not key or key == own:
            continue
        stop = None
        if k + 1 < len(found):
            # A title runs over a document it names (`về triển khai Chỉ thị 25/CT-TTg`), not over the next one
            # of a list (`...; Kế hoạch số 09/KH-UBND`, `... và Quyết định số ...`).
            joint = _LIST_JOINT.search(text, max(0, found[k + 1][0] - 12), found[k + 1][0])
            if joint:
                stop = joint.start()
        after = read_after(text, num_end, stop)
        issuer = after["issuer"] or _issuer_before(text, start)
        existing = by_key.get(key)
        if existing is not None:
            if existing.doc_type is None:
                existing.doc_type = doc_type
            existing.issued = existing.issued or after["issued"]
            existing.issuer = existing.issuer or issuer
            existing.title = existing.title or after["title"]
            continue
        citation = Citation(
            number=num,
            doc_type=doc_type,
            issued=after["issued"],
            issuer=issuer,
            title=after["title"],
            span=(start, max(num_end, after["end"])),
            confidence=confidence,
        )
        by_key[key] = citation
        citations.append(citation)
    return citations
