"""A congratulatory letter (thư chúc mừng) as a Word file, with the page, styles and header of the plan's
Word export (huunghi/plans/docx_export.py).

``letter_docx(content)`` lays out a :class:`~huunghi.events.letters.LetterContent`: in Vietnamese as an
official letter of Decree 30/2020/NĐ-CP (Appendix I) — the two-column header, 'THƯ CHÚC MỪNG', 'Kính gửi:',
the body, 'Nơi nhận' and the signature block; in English as a diplomatic letter — a centred letterhead, the
date on the right, the addressee, 'Your Excellency,', the body, the closing and the signer.
"""

from __future__ import annotations

import io
import re

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

from huunghi.events.letters import MONTHS_EN, NUMBER_SYMBOL, LetterContent, date_en
from huunghi.plans.docx_export import (
    BOTTOM_COLUMNS_CM,
    TEXT_WIDTH_CM,
    _clear,
    _PlanWriter,
    _row_flag,
    _rule,
    _table,
    _write,
)
from huunghi.text import format_place_date

TITLE_VI = "THƯ CHÚC MỪNG"
COMMITTEE_VI = "ỦY BAN NHÂN DÂN"
SIGNATURE_ROOM = 4  # empty lines for the signature and the seal
# Transliterated names ('In-đô-nê-xi-a', 'Jeollabuk-do') must not break at their hyphens, nor an English date
# between its day and its month ('17 / August 1945').
HYPHEN_IN_WORD = re.compile(r"(?<=\w)-(?=\w)")
DAY_MONTH_EN = re.compile(rf"\b(\d{{1,2}}) ({'|'.join(MONTHS_EN)})\b")


def letter_docx(content: LetterContent) -> bytes:
    """The letter as a Word document (.docx): A4 portrait, Times New Roman, in the content's language."""
    buffer = io.BytesIO()
    _LetterWriter(content).build().save(buffer)
    return buffer.getvalue()


def _lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def _unbreakable(paragraph):
    """Write each hyphen inside a word as Word's non-breaking hyphen, which reads back as '-'."""
    for t in list(paragraph._p.iter(qn("w:t"))):
        parts = HYPHEN_IN_WORD.split(t.text or "")
        if len(parts) == 1:
            continue
        run, index = t.getparent(), t.getparent().index(t)
        run.remove(t)
        pieces = []
        for i, part in enumerate(parts):
            if i:
                pieces.append(OxmlElement("w:noBreakHyphen"))
            if part:
                piece = OxmlElement("w:t")
                piece.set(qn("xml:space"), "preserve")
                piece.text = part
                pieces.append(piece)
        for offset, piece in enumerate(pieces):
            run.insert(index + offset, piece)
    return paragraph


def _text(container, text: str, *, language: str, **formatting):
    """A paragraph of the letter's own text (addressee, body), kept from breaking inside names and dates."""
    if language == "en":
        text = DAY_MONTH_EN.sub("\\1\u00a0\\2", text)
    return _unbreakable(_write(container, text, **formatting))


class _LetterWriter(_PlanWriter):
    """The plan export's page, styles and (in Vietnamese) header, with a letter's text."""

    def __init__(self, content: LetterContent):
        self.content = content
        self.doc = Document()

    # The header's pieces (Vietnamese).

    @property
    def is_committee(self) -> bool:
        return True

    def issuer_lines(self) -> list[tuple[str, bool]]:
        """'ỦY BAN NHÂN DÂN' over 'TỈNH ĐẮK LẮK', both bold: the committee is itself the issuing body."""
        issuer = self.content.issuer.upper()
        if issuer.startswith(f"{COMMITTEE_VI} ") and issuer != COMMITTEE_VI:
            return [(COMMITTEE_VI, True), (issuer[len(COMMITTEE_VI) :].strip(), True)]
        return [(line, True) for line in _lines(issuer)]

    def number_line(self) -> str:
        # The number is given when the letter is registered.
        return f"Số:{' ' * 6}/{NUMBER_SYMBOL}"

    def place_date_line(self) -> str:
        return format_place_date(self.content.place, self.content.date)

    # Building.

    def build(self):
        content = self.content
        self._styles()
        self._portrait_section()
        if content.language == "vi":
            self._header()
            self._title_vi()
            self._addressee_vi()
            self._body()
            self._signature_vi()
            title = f"Thư chúc mừng – {content.occasion}" if content.occasion else "Thư chúc mừng"
            language = "vi-VN"
        else:
            self._language("en-GB")
            self._letterhead_en()
            self._addressee_en()
            self._body()
            self._signature_en()
            title = (
                f"Letter of congratulations – {content.occasion}" if content.occasion else "Letter of congratulations"
            )
            language = "en-GB"
        # Word wants a paragraph after a table that ends the document.
        _write(self.doc, "", indent=False, after=0, line=1.0)
        properties = self.doc.core_properties
        properties.title = title
        properties.subject = content.occasion
        properties.author = content.issuer
        properties.language = language
        return self.doc

    def _language(self, tag: str) -> None:
        """Spell-check the text in ``tag``: the styles say vi-VN after ``_styles``."""
        for lang in self.doc.styles.element.iter(qn("w:lang")):
            lang.set(qn("w:val"), tag)

    def _title_vi(self) -> None:
        centred = {"align": WD_ALIGN_PARAGRAPH.CENTER, "indent": False, "keep_with_next": True}
        _write(self.doc, TITLE_VI, bold=True, before=18, after=12, **centred)

    def _addressee_vi(self) -> None:
        """'Kính gửi: Ngài Đại sứ ...' centred; a second line of the addressee stands under the first."""
        lines = _lines(self.content.addressee)
        centred = {"align": WD_ALIGN_PARAGRAPH.CENTER, "indent": False, "keep_with_next": True, "after": 0}
        for i, line in enumerate(lines or [""]):
            _text(self.doc, f"Kính gửi: {line}" if i == 0 else line, language="vi", **centred)
        if self.content.salutation:
            _write(self.doc, self.content.salutation, before=12, keep_with_next=True)

    def _body(self) -> None:
        content = self.content
        indent = content.language == "vi"
        for paragraph in content.paragraphs():
            _text(self.doc, paragraph, language=content.language, indent=indent)
        if content.closing:
            # The closing goes with the signature block: a signature never stands alone on a page.
            _write(self.doc, " ".join(content.closing.split()), indent=indent, keep_with_next=True)

    def _signature_vi(self) -> None:
        table = _table(self.doc, 1, BOTTOM_COLUMNS_CM, borders=False)
        _row_flag(table.rows[0], "w:cantSplit")
        plain = {"align": WD_ALIGN_PARAGRAPH.LEFT, "indent": False, "after": 0, "line": 1.0}
        left = _clear(table.cell(0, 0))
        if self.content.recipients:
            _write(left, "Nơi nhận:", size=12, bold=True, italic=True, **{**plain, "before": 12})
            for line in self.content.recipients:
                _write(left, line if line.startswith(("-", "–")) else f"- {line}", size=11, **plain)
        else:
            _write(left, "", **plain)
        self._signer(_clear(table.cell(0, 1)), [line.upper() for line in _lines(self.content.signer_title)])

    def _signer(self, cell, titles: list[str], *, name_first: bool = False) -> None:
        centred = {"align": WD_ALIGN_PARAGRAPH.CENTER, "indent": False, "after": 0, "line": 1.0}
        name = " ".join(self.content.signer_name.split())
        if not name_first:
            for i, line in enumerate(titles):
                _write(cell, line, bold=True, **{**centred, "before": 12 if i == 0 else 0})
        for i in range(SIGNATURE_ROOM):
            _write(cell, "", **{**centred, "before": 12 if name_first and i == 0 else 0})
        if name:
            _write(cell, name, bold=True, **{**centred, "before": 12})
        if name_first:
            for line in titles:
                _write(cell, line, **centred)

    # English.

    def _letterhead_en(self) -> None:
        centred = {"align": WD_ALIGN_PARAGRAPH.CENTER, "indent": False, "after": 0}
        for line in _lines(self.content.issuer):
            _write(self.doc, line.upper(), size=13, bold=True, **centred)
        _write(self.doc, "SOCIALIST REPUBLIC OF VIET NAM", size=12, **centred)
        _rule(self.doc, 4.0, TEXT_WIDTH_CM, after=18)
        when = date_en(self.content.date)
        line = f"{self.content.place}, {when}" if self.content.place else when
        _write(self.doc, line, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, after=18)

    def _addressee_en(self) -> None:
        left = {"align": WD_ALIGN_PARAGRAPH.LEFT, "indent": False, "after": 0, "keep_with_next": True}
        for line in _lines(self.content.addressee):
            paragraph = _text(self.doc, line, language="en", **left)
            # A long title wraps under itself, not under the left margin's first letter.
            paragraph.paragraph_format.right_indent = Cm(TEXT_WIDTH_CM / 3)
        if self.content.salutation:
            _write(self.doc, self.content.salutation, indent=False, before=18, keep_with_next=True)

    def _signature_en(self) -> None:
        table = _table(self.doc, 1, BOTTOM_COLUMNS_CM, borders=False)
        _row_flag(table.rows[0], "w:cantSplit")
        _write(_clear(table.cell(0, 0)), "", indent=False, after=0, line=1.0)
        titles = [re.sub(r"\s+", " ", line) for line in _lines(self.content.signer_title)]
        self._signer(_clear(table.cell(0, 1)), titles, name_first=True)
