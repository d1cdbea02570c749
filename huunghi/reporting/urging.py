"""The urging letter (công văn đôn đốc): the focal agency's official letter to the agencies whose report of a
period is still missing after the deadline, or was returned and not sent again.

``urging_letter_docx(period)`` lays it out as an official letter of Decree 30/2020/NĐ-CP (Appendix I) with the
helpers of the plan's Word export, for the officer to complete (number, signer) and send. It is in Vietnamese
whatever the reader's language.
"""

from __future__ import annotations

import datetime
import unicodedata

from django.utils import timezone
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm

from huunghi.organisations.models import AgencyKind
from huunghi.plans.docx_export import (
    BOTTOM_COLUMNS_CM,
    DEFAULT_SIGNER_TITLE,
    _clear,
    _PlanWriter,
    _row_flag,
    _subject_lines,
    _table,
    _write,
)
from huunghi.reporting.models import AgencyReport, ReportingPeriod
from huunghi.reporting.selectors import report_state
from huunghi.reporting.synthesis import period_label_vi
from huunghi.text import format_date, format_nd30, format_place_date, sort_key

#: Days the agencies are given from the letter's date to send their report.
NEW_DEADLINE_DAYS = 5
FOCAL_AGENCY_VI = "Sở Ngoại vụ"
RECIPIENTS = ("Như trên;", "UBND tỉnh (để b/c);", "Lưu: VT.")


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text or "")


def plan_name_vi(plan) -> str:
    """'Kế hoạch Ngoại giao văn hóa năm 2024 của tỉnh Đắk Lắk': the plan's title starting with 'Kế hoạch' once."""
    subject = " ".join(_subject_lines(plan.title))
    return subject if subject.lower().startswith("kế hoạch") else f"Kế hoạch {subject}"


def urging_targets(period: ReportingPeriod, *, today: datetime.date | None = None) -> list[tuple[AgencyReport, str]]:
    """The reports to urge, in Vietnamese dictionary order of their agencies, each with its state: 'missing'
    (never submitted and the deadline passed) or 'returned' (sent back and not submitted again, the deadline
    passed). Empty while the deadline is ahead. The focal agency, which sends the letter, is not among them.
    One query."""
    today = today or timezone.localdate()
    if not period.is_past_deadline(today):
        return []
    targets = []
    reports = AgencyReport.objects.filter(period=period).select_related("agency")
    focal_id = period.plan.province.focal_agency_id
    if focal_id is not None:
        reports = reports.exclude(agency_id=focal_id)
    for report in reports:
        state = report_state(
            status=report.status, submitted_at=report.submitted_at, deadline=period.deadline, today=today
        )
        if state in ("missing", "returned"):
            targets.append((report, state))
    return sorted(targets, key=lambda target: sort_key(target[0].agency.name))


class _UrgingWriter(_PlanWriter):
    """The plan export's page, styles and header with the letter's issuer (the focal agency, under the
    province's People's Committee), number, subject line (V/v), addressees and body."""

    def __init__(self, period: ReportingPeriod, targets: list[tuple[AgencyReport, str]], today: datetime.date):
        self.period = period
        self.plan = period.plan
        self.province = self.plan.province
        self.document = self.plan.document
        self.focal = self.province.focal_agency
        self.targets = targets
        self.today = today
        self.doc = Document()

    @property
    def is_committee(self) -> bool:
        return False

    def focal_name(self) -> str:
        return _nfc(self.focal.name if self.focal else FOCAL_AGENCY_VI)

    def focal_symbol(self) -> str:
        """'SNgV': the focal agency's abbreviation as a document symbol."""
        if self.focal is None:
            return "SNgV"
        short = next(iter(self.focal.abbreviations or []), "") or self.focal.short_name or self.focal.name
        return _nfc(short).replace(" ", "")

    def issuer_lines(self) -> list[tuple[str, bool]]:
        province = _nfc(self.province.full_name).upper()
        parent = province.replace("TỈNH ", "UBND TỈNH ", 1).replace("THÀNH PHỐ ", "UBND THÀNH PHỐ ", 1)
        return [(parent, False), (self.focal_name().upper(), True)]

    def number_line(self) -> str:
        # The number and the drafting unit after the hyphen are filled in when the letter is registered.
        return f"Số:{' ' * 10}/{self.focal_symbol()}-{' ' * 4}"

    def place_date_line(self) -> str:
        return format_place_date(_nfc(self.document.place or self.province.name), self.today)

    def plan_name(self) -> str:
        return plan_name_vi(self.plan)

    def plan_citation(self) -> str:
        """'Kế hoạch số 15/KH-UBND ngày 05 tháng 02 năm 2024 của UBND tỉnh về ...' or the plan's name."""
        number = _nfc(self.document.number or "")
        if not number:
            return self.plan_name()
        cited = f"Kế hoạch số {number}"
        if self.document.issued_on:
            cited += f" {format_nd30(self.document.issued_on)}"
        return f"{cited} của UBND tỉnh về {' '.join(_subject_lines(self.plan.title))}"

    def subject_line(self) -> str:
        return f"V/v đôn đốc báo cáo kết quả thực hiện {self.plan_name()} {period_label_vi(self.period)}"

    @property
    def new_deadline(self) -> datetime.date:
        return self.today + datetime.timedelta(days=NEW_DEADLINE_DAYS)

    def build(self):
        self._styles()
        self._portrait_section()
        self._header()
        self._addressees()
        self._letter_body()
        self._letter_signature()
        self.doc.core_properties.title = self.subject_line()
        self.doc.core_properties.author = self.focal_name()
        self.doc.core_properties.language = "vi-VN"
        return self.doc

    def _header(self) -> None:
        super()._header()
        # The subject line of a letter stands under its number (Decree 30, Appendix I).
        cell = self.doc.tables[0].cell(1, 0)
        _write(cell, self.subject_line(), size=12, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=0, line=1.0)

    def _addressees(self) -> None:
        names = [_nfc(report.agency.name).rstrip(" ;.") for report, _state in self.targets]
        if len(names) == 1:
            _write(self.doc, f"Kính gửi: {names[0]}.", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=18)
            return
        first = _write(self.doc, "Kính gửi:", indent=False, before=18, after=0, keep_with_next=True)
        first.paragraph_format.left_indent = Cm(2.5)
        for i, name in enumerate(names):
            last = i == len(names) - 1
            paragraph = _write(
                self.doc,
                f"- {name}{'.' if last else ';'}",
                align=WD_ALIGN_PARAGRAPH.LEFT,
                indent=False,
                after=12 if last else 0,
            )
            paragraph.paragraph_format.left_indent = Cm(4.5)

    def _letter_body(self) -> None:
        period, focal = self.period, self.focal_name()
        label = period_label_vi(period)
        _write(
            self.doc,
            f"Thực hiện {self.plan_citation()}, {focal} đã đề nghị các cơ quan, đơn vị báo cáo kết quả thực hiện "
            f"{label} (số liệu từ ngày {format_date(period.data_from)} đến ngày {format_date(period.data_to)}) "
            f"và gửi báo cáo chậm nhất ngày {format_date(period.deadline)} để tổng hợp, báo cáo Ủy ban nhân dân tỉnh "
            "và Bộ Ngoại giao.",
        )
        returned = [_nfc(report.agency.name) for report, state in self.targets if state == "returned"]
        detail = ""
        if returned:
            detail = (
                f" (trong đó, báo cáo của {'; '.join(returned)} đã được trả lại để bổ sung, hoàn thiện nhưng chưa "
                "được gửi lại)"
            )
        _write(
            self.doc,
            f"Đến nay, đã quá thời hạn nêu trên nhưng các cơ quan, đơn vị có tên tại phần Kính gửi chưa gửi báo "
            f"cáo{detail}, ảnh hưởng đến việc tổng hợp chung của tỉnh.",
        )
        _write(
            self.doc,
            f"Để kịp thời tổng hợp, báo cáo theo quy định, {focal} đề nghị các cơ quan, đơn vị khẩn trương hoàn "
            f"thành và gửi báo cáo kết quả thực hiện {label} về {focal} chậm nhất ngày {format_date(self.new_deadline)}.",
        )
        # The last sentence goes with the signature block: a signature never stands alone on a page.
        _write(self.doc, f"{focal} đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./.", keep_with_next=True)

    def _letter_signature(self) -> None:
        table = _table(self.doc, 1, BOTTOM_COLUMNS_CM, borders=False)
        _row_flag(table.rows[0], "w:cantSplit")
        plain = {"align": WD_ALIGN_PARAGRAPH.LEFT, "indent": False, "after": 0, "line": 1.0}
        left = _clear(table.cell(0, 0))
        _write(left, "Nơi nhận:", size=12, bold=True, italic=True, **{**plain, "before": 12})
        for line in RECIPIENTS:
            _write(left, f"- {line}", size=11, **plain)
        right = _clear(table.cell(0, 1))
        centred = {"align": WD_ALIGN_PARAGRAPH.CENTER, "indent": False, "after": 0, "line": 1.0}
        kind = self.focal.kind if self.focal else AgencyKind.DEPARTMENT
        _write(right, DEFAULT_SIGNER_TITLE.get(kind, "GIÁM ĐỐC"), size=14, bold=True, **{**centred, "before": 12})
        for _ in range(4):  # room for the signature and the seal
            _write(right, "", **centred)


def urging_letter_docx(period: ReportingPeriod, *, today: datetime.date | None = None):
    """The urging letter of a period as a python-docx ``Document``, addressed to the agencies whose report is
    missing or returned (``urging_targets``), dated ``today`` (the province's date by default) and asking for
    the reports within ``NEW_DEADLINE_DAYS`` days."""
    today = today or timezone.localdate()
    return _UrgingWriter(period, urging_targets(period, today=today), today).build()
