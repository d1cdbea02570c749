"""The official Word file of a plan, laid out as Decree 30/2020/NĐ-CP (Appendix I) asks.

``plan_docx(plan)`` returns the file as bytes; ``plan_docx_write(plan, path)`` writes it. The document is
an A4 portrait section (header, title, body, recipients and signature) followed by an A4 landscape
section holding the appendix table of tasks (Phụ lục).

Text is written exactly as stored (NFC); only the lines the decree sets in capitals (the issuer, the
signer's title) are upper-cased.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from huunghi.organisations.models import AgencyKind
from huunghi.plans.models import AssignmentRole, BudgetSource, Plan, Section, Task
from huunghi.plans.selectors import plan_tasks_with_assignments
from huunghi.text import format_date, format_million, format_nd30, format_place_date

FONT = "Times New Roman"
BLACK = RGBColor(0, 0, 0)
BODY_SIZE = 14
BODY_LINE = Pt(18)  # "exactly 18 pt": room for stacked Vietnamese diacritics at 14 pt.
FIRST_LINE_INDENT = Cm(1.27)

# A4 with the decree's margins. The landscape appendix keeps the same margins.
PAGE_SHORT, PAGE_LONG = Mm(210), Mm(297)
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = Mm(20), Mm(20), Mm(30), Mm(15)
TEXT_WIDTH_CM = 21.0 - 3.0 - 1.5  # 16.5 cm between the portrait margins
LANDSCAPE_TEXT_WIDTH_CM = 29.7 - 3.0 - 1.5  # 25.2 cm
CELL_PADDING_CM = 0.38  # Word's default left and right cell margins (0.19 cm each)

# The header: issuer on the left, national title on the right.
HEADER_COLUMNS_CM = (6.3, 10.2)
# "Độc lập - Tự do - Hạnh phúc" in bold 13 pt Times New Roman is 5.32 cm wide (measured on the
# metric-compatible Liberation Serif); the decree wants the rule under it as long as the line.
MOTTO_RULE_CM = 5.35
# Under the issuer and under the title the rule is a third to a half of the line.
ISSUER_RULE_CM = 2.0
BOTTOM_COLUMNS_CM = (8.5, 8.0)

# The appendix table, in landscape: the task's content gets the widest column.
APPENDIX_HEADINGS = (
    "STT",
    "Nội dung nhiệm vụ",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
    "Thời gian thực hiện",
    "Kinh phí dự kiến (triệu đồng)",
    "Nguồn kinh phí",
)
APPENDIX_COLUMNS_CM = (1.6, 9.6, 3.5, 3.8, 2.3, 2.1, 2.3)
TABLE_SIZE = 12

BUDGET_SOURCE_VI = {
    BudgetSource.STATE: "Ngân sách nhà nước",
    BudgetSource.NON_STATE: "Xã hội hóa",
    BudgetSource.OTHER: "Nguồn hợp pháp khác",
}

# Who signs when the document does not say: the head of the issuing body.
DEFAULT_SIGNER_TITLE = {
    AgencyKind.PEOPLES_COMMITTEE: "CHỦ TỊCH",
    AgencyKind.DEPARTMENT: "GIÁM ĐỐC",
    AgencyKind.ECONOMIC_ZONE: "TRƯỞNG BAN",
}

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
ROMAN_CODE = re.compile(r"^[IVXLC]+$")
# Items are lettered in the Vietnamese alphabet: a) b) c) d) đ) e) g) h) i) k) ...
LETTERS = "abcdđeghiklmnopqrstuvxy"


def plan_docx(plan: Plan) -> bytes:
    """The plan as an official Word document (.docx), in the layout of Decree 30/2020/NĐ-CP."""
    buffer = io.BytesIO()
    _PlanWriter(plan).build().save(buffer)
    return buffer.getvalue()


def plan_docx_write(plan: Plan, path: str | Path) -> Path:
    """Write the plan's Word document to ``path`` (replacing the file) and return the path.

    The document is built before the file is opened, so a failure while building it leaves an existing
    file untouched; an ``OSError`` says the file could not be written."""
    path = Path(path)
    content = plan_docx(plan)
    path.write_bytes(content)
    return path


# --- The plan's outline: numbered groups of tasks, in the order the plan writes them -----------------


@dataclass
class _Group:
    """A numbered group of tasks ('1. Tăng cường công tác ...') with its tasks and subgroups."""

    section: Section | None
    items: list[_Group | Task] = field(default_factory=list)


def _code_parts(code: str) -> list[str]:
    """'II.2.đ' → ['2', 'đ']: the parts of a code after the roman numeral of the plan's part."""
    parts = [p for p in re.split(r"[.\s]+", code.strip()) if p]
    if len(parts) > 1 and ROMAN_CODE.match(parts[0]):
        parts = parts[1:]
    return parts


def _part_key(part: str) -> tuple[int, int, str]:
    if part.isdigit():
        return (0, int(part), "")
    if part.lower() in LETTERS:
        return (1, LETTERS.index(part.lower()), "")
    return (2, 0, part)


def _code_key(code: str) -> tuple:
    return tuple(_part_key(p) for p in _code_parts(code))


def _label(code: str) -> tuple[str, bool]:
    """The label a code is written with ('đ)' or '3.') and whether it is a letter."""
    parts = _code_parts(code)
    last = parts[-1] if parts else code.strip()
    if len(last) == 1 and last.lower() in LETTERS and not last.isdigit():
        return f"{last})", True
    return f"{last}.", False


def _merge_by_code(sections: list[_Group], tasks: list[Task]) -> list[_Group | Task]:
    """Interleave groups and tasks by their codes, keeping each list in its own (the plan's) order."""
    merged: list[_Group | Task] = []
    i = j = 0
    while i < len(sections) or j < len(tasks):
        if j >= len(tasks) or (i < len(sections) and _code_key(sections[i].section.code) <= _code_key(tasks[j].code)):
            merged.append(sections[i])
            i += 1
        else:
            merged.append(tasks[j])
            j += 1
    return merged


def _outline(plan: Plan, tasks: Sequence[Task]) -> tuple[_Group, list[str]]:
    """The tasks of part II arranged under their numbered groups, and the introductory text of part II.

    Sections coded with a roman numeral ('II') stand for a part of the plan, not a numbered group: their
    text introduces part II and their tasks sit directly in it. A task without a section joins the group
    whose code starts its own ('II.1' for 'II.1.a'), or stands as a numbered item of its own ('II.3').
    """
    sections = list(plan.sections.order_by("position", "id"))
    parts = {s.pk for s in sections if s.parent_id is None and ROMAN_CODE.match(s.code.strip())}
    intro = [line for s in sections if s.pk in parts for line in _lines(s.body)]
    groups = {s.pk: _Group(s) for s in sections if s.pk not in parts}
    by_code = {tuple(_code_parts(g.section.code)): g for g in groups.values()}

    root = _Group(None)
    child_groups: dict[int | None, list[_Group]] = {}
    for s in sections:
        if s.pk in groups:
            parent = s.parent_id if s.parent_id in groups else None
            child_groups.setdefault(parent, []).append(groups[s.pk])
    group_tasks: dict[int | None, list[Task]] = {}
    for task in tasks:
        if task.section_id in groups:
            owner = task.section_id
        else:
            parent = by_code.get(tuple(_code_parts(task.code))[:-1])
            owner = parent.section.pk if parent else None
        group_tasks.setdefault(owner, []).append(task)

    def fill(group: _Group, key: int | None) -> None:
        subgroups = child_groups.get(key, [])
        for sub in subgroups:
            fill(sub, sub.section.pk)
        group.items = _merge_by_code(subgroups, group_tasks.get(key, []))

    fill(root, None)
    return root, intro


# --- Text helpers ---------------------------------------------------------------------------------------


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _lines(text: str) -> list[str]:
    """The paragraphs of a text field: one per non-empty line."""
    return [line.strip() for line in _nfc(text or "").splitlines() if line.strip()]


def _assignment_names(task: Task, role: str) -> list[str]:
    """The agencies of one role as the plan writes them (``as_written``), else by their full names."""
    return [_nfc(a.as_written or a.agency.name) for a in task.assignments.all() if a.role == role]


def _sentence(names: Sequence[str]) -> str:
    text = "; ".join(name.rstrip(" ;.") for name in names)
    return f"{text}." if text else ""


def _listed(names: Sequence[str]) -> list[str]:
    """Agencies one per line in a table cell, each but the last ending with a semicolon."""
    names = [name.rstrip(" ;.") for name in names]
    return [f"{name};" for name in names[:-1]] + names[-1:]


def _assignment_lines(task: Task) -> list[str]:
    lines = []
    for role, label in (
        (AssignmentRole.LEAD, "Cơ quan chủ trì"),
        (AssignmentRole.COOPERATING, "Cơ quan phối hợp"),
    ):
        names = _assignment_names(task, role)
        if names:
            lines.append(f"- {label}: {_sentence(names)}")
    return lines


def _timing(task: Task) -> str:
    if task.timing:
        return _nfc(task.timing)
    if task.starts_on and task.ends_on:
        return f"Từ {format_date(task.starts_on)} đến {format_date(task.ends_on)}"
    if task.starts_on:
        return f"Từ {format_date(task.starts_on)}"
    if task.ends_on:
        return f"Trước {format_date(task.ends_on)}"
    return ""


def _subject_lines(title: str) -> list[str]:
    """The subject under 'KẾ HOẠCH': the plan's title without a leading 'Kế hoạch', which the line above
    already says ('Kế hoạch Ngoại giao văn hóa năm 2024' → 'Ngoại giao văn hóa năm 2024')."""
    lines = _lines(title) or [""]
    words = lines[0].split(maxsplit=2)
    if len(words) == 3 and f"{words[0]} {words[1]}".lower() == "kế hoạch" and words[2].split()[0].lower() != "số":
        lines[0] = words[2][0].upper() + words[2][1:]
    return lines


def _years_label(plan: Plan) -> str:
    if plan.start_year == plan.end_year:
        return f"NĂM {plan.start_year}"
    return f"GIAI ĐOẠN {plan.start_year} - {plan.end_year}"


# --- Low-level Word formatting --------------------------------------------------------------------------


def _set_fonts(rpr) -> None:
    """Times New Roman for every script (Latin, East Asian, complex), with no theme font overriding it."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.get_or_add_rFonts()
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), FONT)


def _insert(parent, child, successors: Iterable[str]) -> None:
    """Put ``child`` into ``parent`` before the first of ``successors`` (the schema's order)."""
    for existing in parent.findall(child.tag):
        parent.remove(existing)
    parent.insert_element_before(child, *successors)


def _add_run(paragraph, text: str, *, size: float, bold=False, italic=False):
    run = paragraph.add_run(_nfc(text))
    font = run.font
    font.size = Pt(size)
    font.bold = bold
    font.italic = italic
    font.color.rgb = BLACK
    _set_fonts(run._r.get_or_add_rPr())
    # Blanks left to be filled by hand ("Số:      /KH-UBND") must survive as typed.
    for t in run._r.findall(qn("w:t")):
        t.set(qn("xml:space"), "preserve")
    return run


def _format(
    paragraph,
    *,
    align=WD_ALIGN_PARAGRAPH.JUSTIFY,
    indent: bool = True,
    before: float = 0,
    after: float = 6,
    line=BODY_LINE,
    keep_with_next: bool = False,
    mark_size: float | None = None,
):
    pf = paragraph.paragraph_format
    pf.alignment = align
    pf.first_line_indent = FIRST_LINE_INDENT if indent else Cm(0)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if isinstance(line, float | int):
        pf.line_spacing_rule = WD_LINE_SPACING.SINGLE if line == 1 else WD_LINE_SPACING.MULTIPLE
        pf.line_spacing = line
    else:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = line
    if keep_with_next:
        pf.keep_with_next = True
    if mark_size is not None:
        _mark_size(paragraph, mark_size)
    return paragraph


def _mark_size(paragraph, size: float) -> None:
    """Size the paragraph mark, which alone decides the height of an empty paragraph."""
    rpr = OxmlElement("w:rPr")
    fonts = OxmlElement("w:rFonts")
    rpr.append(fonts)
    _set_fonts(rpr)
    half_points = OxmlElement("w:sz")
    half_points.set(qn("w:val"), str(round(size * 2)))
    rpr.append(half_points)
    _insert(paragraph._p.get_or_add_pPr(), rpr, ("w:sectPr", "w:pPrChange"))


def _write(
    container,
    text: str = "",
    *,
    size: float = BODY_SIZE,
    bold=False,
    italic=False,
    **formatting,
):
    """Add a paragraph holding ``text`` in one run to a document or a table cell."""
    paragraph = container.add_paragraph()
    # The paragraph mark gets the text's size too: a larger mark would make the last line taller.
    _format(paragraph, mark_size=size, **formatting)
    if text:
        _add_run(paragraph, text, size=size, bold=bold, italic=italic)
    return paragraph


def _rule(container, width_cm: float, available_cm: float, *, after: float = 0):
    """A short centred horizontal line: the bottom border of a near-empty paragraph narrowed by indents."""
    paragraph = container.add_paragraph()
    side = max((available_cm - width_cm) / 2, 0)
    _format(paragraph, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=after, line=Pt(5), mark_size=2)
    pf = paragraph.paragraph_format
    pf.left_indent = Cm(side)
    pf.right_indent = Cm(side)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for name, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(name), value)
    borders.append(bottom)
    ppr = paragraph._p.get_or_add_pPr()
    _insert(ppr, borders, _PPR_AFTER_PBDR)
    return paragraph


_PPR_AFTER_PBDR = (
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)


def _table(container, rows: int, widths_cm: Sequence[float], *, borders: bool):
    """A fixed-layout table with the given column widths, bordered in black or with no borders at all."""
    table = container.add_table(rows=rows, cols=len(widths_cm))
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    width = OxmlElement("w:tblW")
    width.set(qn("w:w"), str(int(Cm(sum(widths_cm)).twips)))
    width.set(qn("w:type"), "dxa")
    _insert(
        tbl_pr,
        width,
        (
            "w:jc",
            "w:tblCellSpacing",
            "w:tblInd",
            "w:tblBorders",
            "w:shd",
            "w:tblLayout",
            "w:tblCellMar",
            "w:tblLook",
        ),
    )
    edges = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        if borders:
            for name, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "000000")):
                element.set(qn(name), value)
        else:
            element.set(qn("w:val"), "nil")
        edges.append(element)
    _insert(
        tbl_pr,
        edges,
        ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription"),
    )
    for column, width_cm in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width_cm)
        for cell in column.cells:
            cell.width = Cm(width_cm)
    return table


def _row_flag(row, tag: str) -> None:
    """Set an on/off row property: ``w:tblHeader`` (repeat on every page) or ``w:cantSplit``."""
    tr_pr = row._tr.get_or_add_trPr()
    order = (
        "w:cantSplit",
        "w:trHeight",
        "w:tblHeader",
        "w:tblCellSpacing",
        "w:jc",
        "w:hidden",
        "w:ins",
        "w:del",
        "w:trPrChange",
    )
    _insert(tr_pr, OxmlElement(tag), order[order.index(tag) + 1 :])


def _clear(cell):
    """Empty a cell so that paragraphs can be added to it (a cell must keep at least one; callers add it)."""
    for paragraph in list(cell._tc.findall(qn("w:p"))):
        cell._tc.remove(paragraph)
    return cell


# --- The document ---------------------------------------------------------------------------------------


class _PlanWriter:
    def __init__(self, plan: Plan):
        self.plan = plan
        self.document = plan.document
        self.issuer = plan.document.issuer
        self.province = plan.province
        self.tasks = list(plan_tasks_with_assignments(plan))
        self.outline, self.intro = _outline(plan, self.tasks)
        self.doc = Document()

    # The pieces of text the header and the appendix share.

    @property
    def is_committee(self) -> bool:
        return self.issuer.kind == AgencyKind.PEOPLES_COMMITTEE

    def issuer_lines(self) -> list[tuple[str, bool]]:
        """The left header column: (line, bold). A People's Committee is itself the issuing body, so
        both of its lines are bold; another issuer sits under the province's committee as parent body."""
        province = _nfc(self.province.full_name).upper()
        if self.is_committee:
            return [("ỦY BAN NHÂN DÂN", True), (province, True)]
        parent = province.replace("TỈNH ", "UBND TỈNH ", 1).replace("THÀNH PHỐ ", "UBND THÀNH PHỐ ", 1)
        return [(parent, False), (_nfc(self.issuer.name).upper(), True)]

    def symbol(self) -> str:
        """The symbol after the number: the stored one ('KH-UBND' from '1270/KH-UBND') or the issuer's."""
        number = _nfc(self.document.number or "")
        if "/" in number:
            return number.split("/", 1)[1]
        if self.is_committee:
            return "KH-UBND"
        short = next(iter(self.issuer.abbreviations or []), "") or self.issuer.short_name
        return f"KH-{short.replace(' ', '')}" if short else "KH"

    def number_line(self) -> str:
        number = _nfc(self.document.number or "")
        if number:
            return f"Số: {number}"
        return f"Số:{' ' * 10}/{self.symbol()}"

    def issuer_short(self) -> str:
        """'UBND tỉnh Đắk Lắk' as the appendix cites the issuer."""
        if self.is_committee:
            name = _nfc(self.province.full_name)
            return f"UBND {name[0].lower()}{name[1:]}"
        return _nfc(self.issuer.short_name or self.issuer.name)

    def place_date_line(self) -> str:
        place = _nfc(self.document.place or self.province.name)
        return format_place_date(place, self.document.issued_on, year=self.plan.start_year)

    # Building.

    def build(self):
        self._styles()
        self._portrait_section()
        self._header()
        self._title()
        self._body()
        self._signature()
        if self.tasks:
            self._appendix()
        self.doc.core_properties.title = _nfc(self.plan.title)
        self.doc.core_properties.author = _nfc(self.issuer.name)
        self.doc.core_properties.language = "vi-VN"
        return self.doc

    def _styles(self) -> None:
        styles = self.doc.styles
        defaults = styles.element.find(qn("w:docDefaults"))
        rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        _set_fonts(rpr)
        for style_rpr in styles.element.iter(qn("w:rPr")):
            if style_rpr.find(qn("w:rFonts")) is not None:
                _set_fonts(style_rpr)
        # Black everywhere, even in the template's unused styles (headings are blue), should someone use them.
        for colour in styles.element.iter(qn("w:color")):
            for attribute in ("w:themeColor", "w:themeShade", "w:themeTint"):
                colour.attrib.pop(qn(attribute), None)
            colour.set(qn("w:val"), "000000")
        for lang in styles.element.iter(qn("w:lang")):
            lang.set(qn("w:val"), "vi-VN")
        normal = styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(BODY_SIZE)
        normal.font.color.rgb = BLACK
        _set_fonts(normal.element.get_or_add_rPr())
        _format(normal, line=BODY_LINE)

    def _portrait_section(self) -> None:
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = PAGE_SHORT, PAGE_LONG
        self._margins(section)
        # Page numbers at the top centre from page 2: the first page gets its own, empty, header.
        section.different_first_page_header_footer = True
        section.first_page_header.is_linked_to_previous = False
        header = section.header
        header.is_linked_to_previous = False
        paragraph = header.paragraphs[0]
        _format(paragraph, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=0, line=1.0)
        self._page_field(paragraph)

    @staticmethod
    def _margins(section) -> None:
        section.top_margin, section.bottom_margin = MARGIN_TOP, MARGIN_BOTTOM
        section.left_margin, section.right_margin = MARGIN_LEFT, MARGIN_RIGHT
        section.header_distance, section.footer_distance = Mm(10), Mm(10)

    @staticmethod
    def _page_field(paragraph) -> None:
        run = _add_run(paragraph, "", size=13)
        for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2"), ("end", None)):
            if kind:
                element = OxmlElement("w:fldChar")
                element.set(qn("w:fldCharType"), kind)
            elif text == " PAGE ":
                element = OxmlElement("w:instrText")
                element.set(qn("xml:space"), "preserve")
                element.text = text
            else:
                element = OxmlElement("w:t")
                element.text = text
            run._r.append(element)

    def _header(self) -> None:
        left_width, right_width = HEADER_COLUMNS_CM
        table = _table(self.doc, 2, HEADER_COLUMNS_CM, borders=False)
        line = Pt(16)
        centred = {"align": WD_ALIGN_PARAGRAPH.CENTER, "indent": False, "after": 0, "line": line}

        left = _clear(table.cell(0, 0))
        for text, bold in self.issuer_lines():
            _write(left, text, size=13, bold=bold, **centred)
        _rule(left, ISSUER_RULE_CM, left_width - CELL_PADDING_CM)

        right = _clear(table.cell(0, 1))
        _write(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size=12, bold=True, **centred)
        _write(right, "Độc lập - Tự do - Hạnh phúc", size=13, bold=True, **centred)
        _rule(right, MOTTO_RULE_CM, right_width - CELL_PADDING_CM)

        # The number and the place-and-date line share a row so that they stand on one line.
        _write(_clear(table.cell(1, 0)), self.number_line(), size=13, **{**centred, "before": 6})
        _write(_clear(table.cell(1, 1)), self.place_date_line(), size=14, italic=True, **{**centred, "before": 6})
        for row in table.rows:
            _row_flag(row, "w:cantSplit")

    def _title(self) -> None:
        centred = {"align": WD_ALIGN_PARAGRAPH.CENTER, "indent": False, "keep_with_next": True}
        _write(self.doc, "KẾ HOẠCH", bold=True, before=18, after=0, **centred)
        title = _subject_lines(self.plan.title)
        for text in title:
            _write(self.doc, text, bold=True, after=0, **centred)
        # A third to a half of the subject line, which is at most one line of text wide.
        estimate = min(sum(len(t) for t in title) * 0.23, TEXT_WIDTH_CM)
        width = min(max(estimate / 2.5, 2.5), 5.0)
        _rule(self.doc, width, TEXT_WIDTH_CM, after=18)

    # The body.

    def _heading(self, text: str) -> None:
        _write(self.doc, text, bold=True, keep_with_next=True)

    def _paragraphs(self, text: str) -> None:
        for line in _lines(text):
            _write(self.doc, line)

    def _body(self) -> None:
        plan = self.plan
        self._paragraphs(plan.preamble)
        parts = []
        if plan.purposes or plan.requirements:
            parts.append(("MỤC ĐÍCH, YÊU CẦU", self._purposes))
        parts.append(("NỘI DUNG THỰC HIỆN", self._contents))
        if plan.budget_clause:
            parts.append(("KINH PHÍ THỰC HIỆN", lambda: self._paragraphs(plan.budget_clause)))
        if plan.implementation_clause:
            parts.append(("TỔ CHỨC THỰC HIỆN", lambda: self._paragraphs(plan.implementation_clause)))
        for numeral, (heading, write) in zip(ROMAN, parts, strict=False):
            self._heading(f"{numeral}. {heading}")
            write()

    def _purposes(self) -> None:
        number = 0
        for heading, text in (("Mục đích", self.plan.purposes), ("Yêu cầu", self.plan.requirements)):
            if text:
                number += 1
                self._heading(f"{number}. {heading}")
                self._paragraphs(text)

    def _contents(self) -> None:
        for line in self.intro:
            _write(self.doc, line)
        self._group_items(self.outline.items)
        if self.tasks:
            _write(self.doc, "(Chi tiết tại Phụ lục kèm theo)", italic=True)

    def _group_items(self, items: list[_Group | Task]) -> None:
        run: list[Task] = []  # consecutive lettered tasks with the same agencies, written once after them
        for item in [*items, None]:
            lines = _assignment_lines(item) if isinstance(item, Task) else None
            if run and (lines is None or lines != _assignment_lines(run[-1]) or not _label(item.code)[1]):
                self._run_assignments(run)
                run = []
            if item is None:
                break
            if isinstance(item, _Group):
                self._group(item)
            elif _label(item.code)[1]:
                self._task(item)
                run.append(item)
            else:
                self._task(item)
                for line in lines:
                    _write(self.doc, line)

    def _run_assignments(self, run: list[Task]) -> None:
        lines = _assignment_lines(run[-1])
        if not lines:
            return
        if len(run) > 1:
            first, last = _label(run[0].code)[0][:-1], _label(run[-1].code)[0][:-1]
            _write(self.doc, f"Từ mục {first} đến mục {last}:", italic=True, keep_with_next=True)
        for line in lines:
            _write(self.doc, line)

    def _group(self, group: _Group) -> None:
        section = group.section
        label, _letter = _label(section.code)
        title = _nfc(section.title.strip())
        self._heading(title if title.startswith(label) else f"{label} {title}")
        self._paragraphs(section.body)
        self._group_items(group.items)

    def _task(self, task: Task) -> None:
        """'a) content' for a lettered task; '3. content' (the number in bold) or a bold heading
        ('4. Gắn kết ...') over the content for a numbered one."""
        label, lettered = _label(task.code)
        title = _nfc(task.title.strip())
        content = _lines(task.content)
        if lettered:
            if title:
                _write(self.doc, f"{label} {title}", keep_with_next=bool(content))
            else:
                content = [f"{label} {content[0]}" if content else label, *content[1:]]
        elif title:
            self._heading(f"{label} {title}")
        else:
            # A numbered task without a heading is a sentence of its own: only its number stands out.
            paragraph = _write(self.doc, label, bold=True)
            _add_run(paragraph, f" {content[0]}" if content else "", size=BODY_SIZE)
            content = content[1:]
        for line in content:
            _write(self.doc, line)

    def _signature(self) -> None:
        table = _table(self.doc, 1, BOTTOM_COLUMNS_CM, borders=False)
        _row_flag(table.rows[0], "w:cantSplit")
        plain = {"align": WD_ALIGN_PARAGRAPH.LEFT, "indent": False, "after": 0, "line": 1.0}

        left = _clear(table.cell(0, 0))
        _write(left, "Nơi nhận:", size=12, bold=True, italic=True, **{**plain, "before": 12})
        for line in _lines(self.plan.recipients):
            _write(left, line if line.startswith(("-", "–", "+")) else f"- {line}", size=11, **plain)

        right = _clear(table.cell(0, 1))
        centred = {"align": WD_ALIGN_PARAGRAPH.CENTER, "indent": False, "after": 0, "line": 1.0}
        titles = [line.upper() for line in _lines(self.document.signer_title)]
        titles = titles or [line for line in [DEFAULT_SIGNER_TITLE.get(self.issuer.kind, "")] if line]
        if self.is_committee and not titles[0].startswith("TM."):
            titles.insert(0, "TM. ỦY BAN NHÂN DÂN")
        for i, line in enumerate(titles):
            _write(right, line, size=14, bold=True, **{**centred, "before": 12 if i == 0 else 0})
        for _ in range(4):  # room for the signature and the seal
            _write(right, "", **centred)
        name = _nfc(self.document.signer_name.strip())
        if name:
            _write(right, name, bold=True, **{**centred, "before": 12})

    # The appendix.

    def _appendix(self) -> None:
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        # The paragraph python-docx adds to end the portrait section should take no room.
        _format(self.doc.paragraphs[-1], indent=False, after=0, line=Pt(2), mark_size=1)
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = PAGE_LONG, PAGE_SHORT
        self._margins(section)
        section.different_first_page_header_footer = False

        centred = {"align": WD_ALIGN_PARAGRAPH.CENTER, "indent": False, "after": 0, "keep_with_next": True}
        _write(self.doc, "PHỤ LỤC", bold=True, **centred)
        _write(self.doc, f"NHIỆM VỤ NGOẠI GIAO VĂN HÓA {_years_label(self.plan)}", bold=True, **centred)
        _write(self.doc, self._appendix_reference(), italic=True, **centred)
        _rule(self.doc, 4.0, LANDSCAPE_TEXT_WIDTH_CM, after=12)

        table = _table(self.doc, 1, APPENDIX_COLUMNS_CM, borders=True)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        header = table.rows[0]
        _row_flag(header, "w:tblHeader")
        _row_flag(header, "w:cantSplit")
        for cell, heading in zip(header.cells, APPENDIX_HEADINGS, strict=True):
            self._cell(cell, [heading], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        self._appendix_rows(table, self.outline.items)
        total = sum(t.budget_estimate or 0 for t in self.tasks)
        if any(t.budget_estimate is not None for t in self.tasks):
            # The total must not stand alone at the top of a page.
            for paragraph in table.rows[-1]._tr.iter(qn("w:p")):
                Paragraph(paragraph, None).paragraph_format.keep_with_next = True
            row = self._new_row(table)
            merged = row.cells[0].merge(row.cells[4])
            self._cell(merged, ["Tổng cộng"], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
            self._cell(row.cells[5], [format_million(total)], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
            self._cell(row.cells[6], [""])
        # Word wants a paragraph after a table that ends the document.
        _write(self.doc, "", indent=False, after=0, line=1.0)

    def _appendix_reference(self) -> str:
        number = _nfc(self.document.number or "") or f"{' ' * 8}/{self.symbol()}"
        if self.document.issued_on:
            when = format_nd30(self.document.issued_on)
        else:
            when = format_place_date("", None, year=self.plan.start_year)
        return f"(Kèm theo Kế hoạch số {number} {when} của {self.issuer_short()})"

    def _new_row(self, table):
        row = table.add_row()
        _row_flag(row, "w:cantSplit")
        return row

    def _appendix_rows(self, table, items: list[_Group | Task]) -> None:
        for item in items:
            if isinstance(item, _Group):
                row = self._new_row(table)
                label = _label(item.section.code)[0].rstrip(".")
                self._cell(row.cells[0], [label], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
                merged = row.cells[1].merge(row.cells[6])
                self._cell(merged, [_nfc(item.section.title.strip())], bold=True)
                self._appendix_rows(table, item.items)
            else:
                self._task_row(self._new_row(table), item)

    def _task_row(self, row, task: Task) -> None:
        cells = row.cells
        center = WD_ALIGN_PARAGRAPH.CENTER
        self._cell(cells[0], [_nfc(task.code)], align=center)
        content = _lines(task.content)
        if task.title:
            self._cell(cells[1], [_nfc(task.title.strip())], bold=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            self._cell(cells[1], content, align=WD_ALIGN_PARAGRAPH.JUSTIFY, append=True)
        else:
            self._cell(cells[1], content, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        self._cell(cells[2], _listed(_assignment_names(task, AssignmentRole.LEAD)), align=center)
        self._cell(cells[3], _listed(_assignment_names(task, AssignmentRole.COOPERATING)), align=center)
        self._cell(cells[4], [_timing(task)], align=center)
        budget = format_million(task.budget_estimate) if task.budget_estimate is not None else ""
        self._cell(cells[5], [budget], align=center)
        self._cell(cells[6], [BUDGET_SOURCE_VI.get(task.budget_source, "")], align=center)

    @staticmethod
    def _cell(cell, lines: Sequence[str], *, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT, append=False) -> None:
        if not append:
            _clear(cell)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        for line in lines or [""]:
            _write(cell, line, size=TABLE_SIZE, bold=bold, align=align, indent=False, before=2, after=2, line=1.0)
