"""The combined report (báo cáo tổng hợp) of a reporting period: what the focal agency sends to the People's
Committee and the Ministry, drawn from the agencies' own words.

``period_synthesis(period)`` reads everything in a fixed number of queries; ``synthesis_docx`` lays it out as
an official report (Decree 30/2020/NĐ-CP, with the helpers of the plan's Word export) and ``synthesis_xlsx``
writes the task table for Excel. ``period_agency_states`` is the per-agency state that
``huunghi reporting-status`` prints.

Only submitted and accepted reports count: a draft, or a report returned for correction, is not yet the
agency's word.
"""

from __future__ import annotations

import datetime
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import IO

from django.db.models import Count, Prefetch, Q
from django.utils import timezone
from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from huunghi.plans.docx_export import (
    BODY_SIZE,
    BOTTOM_COLUMNS_CM,
    BUDGET_SOURCE_VI,
    TABLE_SIZE,
    TEXT_WIDTH_CM,
    _add_run,
    _clear,
    _lines,
    _PlanWriter,
    _row_flag,
    _rule,
    _subject_lines,
    _table,
    _write,
)
from huunghi.plans.models import Assignment, AssignmentRole, BudgetSource, Task
from huunghi.reporting.countries import country_name
from huunghi.reporting.models import (
    Activity,
    ActivityKind,
    AgencyReport,
    PeriodKind,
    ReportingPeriod,
    ReportStatus,
    TaskReport,
    TaskStatus,
)
from huunghi.text import format_date, format_money, format_nd30, format_number, format_place_date, sort_key

#: The reports whose words count in the combined report.
COUNTED = (ReportStatus.SUBMITTED, ReportStatus.ACCEPTED)
NOT_REPORTED = "not_reported"

STATUS_VI = {
    TaskStatus.DONE: "Đã hoàn thành",
    TaskStatus.IN_PROGRESS: "Đang thực hiện",
    TaskStatus.NOT_STARTED: "Chưa triển khai",
    TaskStatus.POSTPONED: "Tạm hoãn",
    TaskStatus.CANCELLED: "Hủy bỏ",
    NOT_REPORTED: "Chưa có báo cáo",
}
#: Which row speaks for a task when no lead agency reported: the most advanced one.
STATUS_RANK = {
    TaskStatus.DONE: 4,
    TaskStatus.IN_PROGRESS: 3,
    TaskStatus.POSTPONED: 2,
    TaskStatus.CANCELLED: 1,
    TaskStatus.NOT_STARTED: 0,
}
SOURCES = (BudgetSource.STATE, BudgetSource.NON_STATE, BudgetSource.OTHER)
SPENT_FIELD = {
    BudgetSource.STATE: "spent_state",
    BudgetSource.NON_STATE: "spent_non_state",
    BudgetSource.OTHER: "spent_other",
}
NO_SOURCE = ""
NO_SOURCE_VI = "Chưa xác định nguồn"
ACTIVITY_KIND_VI = {
    ActivityKind.CULTURAL_EXCHANGE: "Giao lưu văn hóa nghệ thuật",
    ActivityKind.CONFERENCE: "Hội nghị, hội thảo",
    ActivityKind.EXHIBITION: "Triển lãm, hội chợ",
    ActivityKind.PROMOTION: "Tuyên truyền, quảng bá",
    ActivityKind.DELEGATION_IN: "Đón, tiếp đoàn",
    ActivityKind.DELEGATION_OUT: "Đoàn ra",
    ActivityKind.ANNIVERSARY: "Kỷ niệm",
    ActivityKind.GREETINGS: "Thư, điện chúc mừng",
    ActivityKind.OTHER: "Hoạt động khác",
}
IN_VIETNAM_VI = "Trong nước"
LATE_VI = {
    "missing": "chưa nộp báo cáo",
    "late": "nộp muộn",
    "returned": "báo cáo bị trả lại, chưa nộp lại",
}


def period_label_vi(period: ReportingPeriod) -> str:
    """'6 tháng đầu năm 2024' or 'năm 2024', whatever the reader's language: the report is in Vietnamese."""
    if period.kind == PeriodKind.SIX_MONTH:
        return f"6 tháng đầu năm {period.year}"
    return f"năm {period.year}"


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text or "")


@dataclass
class AgencyWords:
    """What one agency wrote: 'Sở Y tế: ...'."""

    agency: str
    text: str


@dataclass
class TaskLine:
    """One task of the plan as the combined report sees it."""

    task: Task
    code: str
    content: str
    section: str
    lead: list[str]
    cooperating: list[str]
    status: str
    progress: int | None
    results: list[AgencyWords] = field(default_factory=list)
    spent: dict[str, int] = field(default_factory=dict)

    @property
    def status_vi(self) -> str:
        return STATUS_VI[self.status]


@dataclass
class SectionResults:
    title: str
    tasks: list[TaskLine]


@dataclass
class MoneyRow:
    source: str
    label: str
    estimate: int
    #: None for estimates without a source: money is reported spent by source, so none can be set against them.
    spent: int | None

    @property
    def ratio(self) -> str:
        """Spent as a share of the estimate, '45,5%', or '' without an estimate or spending."""
        if not self.estimate or self.spent is None:
            return ""
        return f"{format_number(self.spent * 100 / self.estimate, max_decimals=1)}%"


@dataclass
class LateAgency:
    agency: str
    state: str  # missing, late or returned
    submitted_at: datetime.datetime | None

    @property
    def when(self) -> str:
        """' (ngày 18/06/2024)', when the report came in late, else ''."""
        if self.state == "late" and self.submitted_at is not None:
            return f" (ngày {format_date(timezone.localdate(self.submitted_at))})"
        return ""


@dataclass
class ActivityLine:
    """One activity an agency reported, as the combined report tells it."""

    held_on: datetime.date
    kind: str
    place: str
    partner: str
    participants: int
    foreign_participants: int
    agency: str
    task_code: str

    @property
    def kind_vi(self) -> str:
        return ACTIVITY_KIND_VI.get(self.kind, self.kind)


@dataclass
class CountryActivities:
    """The activities held in one country; ``country`` is '' for those in Vietnam ("Trong nước")."""

    country: str
    label: str
    activities: list[ActivityLine]

    @property
    def foreign_participants(self) -> int:
        return sum(a.foreign_participants for a in self.activities)


@dataclass
class Synthesis:
    period: ReportingPeriod
    tasks: list[TaskLine]
    counts: dict[str, int]
    sections: list[SectionResults]
    general_results: list[AgencyWords]
    money: list[MoneyRow]
    difficulties: list[AgencyWords]
    proposals: list[AgencyWords]
    late: list[LateAgency]
    reports_counted: int
    reports_total: int
    activities: list[CountryActivities] = field(default_factory=list)

    @property
    def activity_count(self) -> int:
        return sum(len(group.activities) for group in self.activities)

    @property
    def money_total(self) -> MoneyRow:
        return MoneyRow(
            "total", "Tổng cộng", sum(r.estimate for r in self.money), sum(r.spent or 0 for r in self.money)
        )


def _late_state(report: AgencyReport, deadline: datetime.date, today: datetime.date) -> str | None:
    """missing (never submitted and the deadline passed), late (submitted after the deadline), returned (sent
    back and not resubmitted, past the deadline), or None."""
    submitted = report.status in COUNTED and report.submitted_at is not None
    if submitted and timezone.localdate(report.submitted_at) > deadline:
        return "late"
    if today <= deadline:
        return None
    if report.status == ReportStatus.DRAFT:
        return "missing"
    if report.status == ReportStatus.RETURNED:
        return "returned"
    return None


def _task_status(rows: Sequence[TaskReport]) -> TaskReport | None:
    """The row that speaks for a task: its lead agency's, else the most advanced cooperating one's."""
    if not rows:
        return None
    leads = [r for r in rows if r.role == AssignmentRole.LEAD]
    return max(leads or rows, key=lambda r: (STATUS_RANK.get(r.status, 0), r.progress))


def period_synthesis(period: ReportingPeriod, *, today: datetime.date | None = None) -> Synthesis:
    """Everything the combined report says, read in five queries whatever the plan's size."""
    today = today or timezone.localdate()
    tasks = list(
        Task.objects.filter(plan_id=period.plan_id)
        .select_related("section")
        .prefetch_related(
            Prefetch(
                "assignments",
                queryset=Assignment.objects.select_related("agency").order_by("role", "position", "id"),
            )
        )
        .order_by("position", "id")
    )
    reports = sorted(
        AgencyReport.objects.filter(period=period).select_related("agency"), key=lambda r: sort_key(r.agency.name)
    )
    counted_ids = {r.pk for r in reports if r.status in COUNTED}
    agency_of_report = {r.pk: r.agency for r in reports}
    rows_by_task: dict[int, list[TaskReport]] = {}
    for row in (
        TaskReport.objects.filter(report_id__in=counted_ids)
        .only(
            "report_id",
            "task_id",
            "role",
            "status",
            "progress",
            "results",
            "spent_state",
            "spent_non_state",
            "spent_other",
        )
        .order_by("task_id", "pk")
    ):
        rows_by_task.setdefault(row.task_id, []).append(row)

    lines: list[TaskLine] = []
    for task in tasks:
        assignments = list(task.assignments.all())
        rows = rows_by_task.get(task.pk, [])
        # Lead agencies speak first, then the cooperating ones in the order the plan names them.
        role_order = {a.agency_id: (a.role != AssignmentRole.LEAD, i) for i, a in enumerate(assignments)}
        rows.sort(key=lambda r: role_order.get(agency_of_report[r.report_id].pk, (True, 999)))
        chosen = _task_status(rows)
        line = TaskLine(
            task=task,
            code=_nfc(task.code),
            content=" ".join(_lines(task.title or task.content)),
            section=_nfc(task.section.title.strip()) if task.section else "",
            lead=[_nfc(a.as_written or a.agency.name) for a in assignments if a.role == AssignmentRole.LEAD],
            cooperating=[
                _nfc(a.as_written or a.agency.name) for a in assignments if a.role == AssignmentRole.COOPERATING
            ],
            status=chosen.status if chosen else NOT_REPORTED,
            progress=chosen.progress if chosen else None,
            results=[
                AgencyWords(_nfc(agency_of_report[r.report_id].name), " ".join(_lines(r.results)))
                for r in rows
                if r.results.strip()
            ],
            spent={source: sum(getattr(r, SPENT_FIELD[source]) for r in rows) for source in SOURCES},
        )
        lines.append(line)

    counts = dict.fromkeys(STATUS_VI, 0)
    for line in lines:
        counts[line.status] += 1

    sections: dict[str, SectionResults] = {}
    for line in lines:
        sections.setdefault(line.section, SectionResults(line.section, [])).tasks.append(line)

    estimates: dict[str, int] = dict.fromkeys([*SOURCES, NO_SOURCE], 0)
    spent: dict[str, int] = dict.fromkeys([*SOURCES, NO_SOURCE], 0)
    for line in lines:
        if line.task.budget_estimate:
            source = line.task.budget_source if line.task.budget_source in SOURCES else NO_SOURCE
            estimates[source] += line.task.budget_estimate
        for source in SOURCES:
            spent[source] += line.spent[source]
    money = [MoneyRow(s, BUDGET_SOURCE_VI[s], estimates[s], spent[s]) for s in SOURCES]
    if estimates[NO_SOURCE]:
        money.append(MoneyRow(NO_SOURCE, NO_SOURCE_VI, estimates[NO_SOURCE], None))

    counted = [r for r in reports if r.pk in counted_ids]

    def words(name: str) -> list[AgencyWords]:
        """Each text with the agencies that wrote it: agencies saying the same thing are named together."""
        by_text: dict[str, list[str]] = {}
        for report in counted:
            text = "\n".join(_lines(getattr(report, name)))
            if text:
                by_text.setdefault(text, []).append(_nfc(report.agency.name))
        return [AgencyWords("; ".join(agencies), text) for text, agencies in by_text.items()]

    late = []
    for report in reports:
        state = _late_state(report, period.deadline, today)
        if state:
            late.append(LateAgency(_nfc(report.agency.name), state, report.submitted_at))
    late.sort(key=lambda item: (list(LATE_VI).index(item.state), sort_key(item.agency)))

    return Synthesis(
        activities=_activities_by_country(counted_ids, agency_of_report),
        period=period,
        tasks=lines,
        counts=counts,
        sections=list(sections.values()),
        general_results=words("results_summary"),
        money=money,
        difficulties=words("difficulties"),
        proposals=words("proposals"),
        late=late,
        reports_counted=len(counted),
        reports_total=len(reports),
    )


def _activities_by_country(counted_ids: set[int], agency_of_report: dict) -> list[CountryActivities]:
    """The activities of the counted reports grouped by country, those in Vietnam first, then the countries in
    Vietnamese dictionary order; each group by date. One query."""
    groups: dict[str, CountryActivities] = {}
    for v in (
        Activity.objects.filter(task_report__report_id__in=counted_ids)
        .order_by("held_on", "pk")
        .values(
            "held_on",
            "kind",
            "place",
            "abroad",
            "country",
            "partner",
            "participants",
            "foreign_participants",
            "task_report__report_id",
            "task_report__task__code",
        )
    ):
        country = v["country"] if v["abroad"] else ""
        if country not in groups:
            groups[country] = CountryActivities(country, _nfc(country_name(country)) if country else IN_VIETNAM_VI, [])
        groups[country].activities.append(
            ActivityLine(
                held_on=v["held_on"],
                kind=v["kind"],
                place=_nfc(v["place"]),
                partner=_nfc(v["partner"]),
                participants=v["participants"],
                foreign_participants=v["foreign_participants"],
                agency=_nfc(agency_of_report[v["task_report__report_id"]].name),
                task_code=_nfc(v["task_report__task__code"]),
            )
        )
    return sorted(groups.values(), key=lambda group: (group.country != "", sort_key(group.label)))


def period_agency_states(period: ReportingPeriod, *, today: datetime.date | None = None) -> list[dict]:
    """Each agency's report of the period, for ``huunghi reporting-status``: its state (draft, submitted,
    returned, accepted, or missing: a draft past the deadline), when it was submitted (ISO 8601, or None),
    whether on time (None while it may still be), its number of tasks and of tasks reported on (a status
    other than 'not started'); in Vietnamese dictionary order of the agencies. One query."""
    today = today or timezone.localdate()
    values = (
        AgencyReport.objects.filter(period=period)
        .order_by("pk")
        .values("pk", "agency__name", "status", "submitted_at")
        .annotate(
            tasks=Count("task_reports"),
            reported=Count("task_reports", filter=~Q(task_reports__status=TaskStatus.NOT_STARTED)),
        )
    )
    states = []
    for v in values:
        submitted_at = v["submitted_at"]
        past = today > period.deadline
        if submitted_at is not None:
            on_time = timezone.localdate(submitted_at) <= period.deadline
        else:
            on_time = False if past else None
        state = "missing" if v["status"] == ReportStatus.DRAFT and past else v["status"]
        states.append(
            {
                "agency": v["agency__name"],
                "state": state,
                "submitted_at": timezone.localtime(submitted_at).isoformat() if submitted_at else None,
                "on_time": on_time,
                "tasks": v["tasks"],
                "tasks_reported": v["reported"],
            }
        )
    return sorted(states, key=lambda state: sort_key(state["agency"]))


# --- The Word report ---------------------------------------------------------------------------------------

MONEY_HEADINGS = ("STT", "Nguồn kinh phí", "Dự toán", "Đã sử dụng", "Tỷ lệ")
MONEY_COLUMNS_CM = (1.2, 4.5, 4.4, 4.4, 2.0)
RECIPIENTS = (
    "Bộ Ngoại giao (để b/c);",
    "TT Tỉnh ủy, TT HĐND tỉnh (để b/c);",
    "CT, các PCT UBND tỉnh;",
    "{focal};",
    "Lưu: VT.",
)


class _SynthesisWriter(_PlanWriter):
    """The plan export's layout (page, styles, header) with the report's own issuer, number, title and body.

    The report is issued by the province's People's Committee (Số: /BC-UBND), drafted by the focal agency."""

    def __init__(self, period: ReportingPeriod, synthesis: Synthesis):
        self.period = period
        self.synthesis = synthesis
        self.plan = period.plan
        self.province = self.plan.province
        self.document = self.plan.document
        self.doc = Document()

    @property
    def is_committee(self) -> bool:
        return True

    def issuer_lines(self) -> list[tuple[str, bool]]:
        return [("ỦY BAN NHÂN DÂN", True), (_nfc(self.province.full_name).upper(), True)]

    def number_line(self) -> str:
        return f"Số:{' ' * 10}/BC-UBND"

    def place_date_line(self) -> str:
        place = _nfc(self.document.place or self.province.name)
        return format_place_date(place, None, year=timezone.localdate().year)

    def build(self):
        self._styles()
        self._portrait_section()
        self._header()
        self._report_title()
        self._intro()
        parts = (
            ("KẾT QUẢ THỰC HIỆN", self._results),
            ("KINH PHÍ THỰC HIỆN", self._money),
            ("KHÓ KHĂN, VƯỚNG MẮC", lambda: self._by_agency(self.synthesis.difficulties)),
            ("ĐỀ XUẤT, KIẾN NGHỊ", lambda: self._by_agency(self.synthesis.proposals)),
            ("CƠ QUAN CHƯA NỘP, NỘP MUỘN BÁO CÁO", self._late),
        )
        for numeral, (heading, write) in zip(("I", "II", "III", "IV", "V"), parts, strict=True):
            self._heading(f"{numeral}. {heading}")
            write()
        self._closing()
        self._report_signature()
        self.doc.core_properties.title = self.title_text()
        self.doc.core_properties.author = _nfc(self.province.full_name)
        self.doc.core_properties.language = "vi-VN"
        return self.doc

    def plan_name(self) -> str:
        """'Kế hoạch Ngoại giao văn hóa năm 2024 của tỉnh Đắk Lắk', starting with 'Kế hoạch' once."""
        subject = " ".join(_subject_lines(self.plan.title))
        return subject if subject.lower().startswith("kế hoạch") else f"Kế hoạch {subject}"

    def title_text(self) -> str:
        return f"Kết quả thực hiện {self.plan_name()} {period_label_vi(self.period)}"

    def _report_title(self) -> None:
        centred = {"align": WD_ALIGN_PARAGRAPH.CENTER, "indent": False, "keep_with_next": True}
        _write(self.doc, "BÁO CÁO", bold=True, before=18, after=0, **centred)
        _write(self.doc, f"Kết quả thực hiện {self.plan_name()}", bold=True, after=0, **centred)
        label = period_label_vi(self.period)
        _write(self.doc, label[0].upper() + label[1:], bold=True, after=0, **centred)
        _rule(self.doc, 4.0, TEXT_WIDTH_CM, after=18)

    def _intro(self) -> None:
        plan, period = self.plan, self.period
        number = _nfc(self.document.number or "")
        cited = self.plan_name()
        if number:
            cited = f"Kế hoạch số {number}"
            if self.document.issued_on:
                cited += f" {format_nd30(self.document.issued_on)}"
            cited += f" của UBND tỉnh về {' '.join(_subject_lines(plan.title))}"
        _write(
            self.doc,
            f"Thực hiện {cited}; trên cơ sở báo cáo của các cơ quan, đơn vị (số liệu từ ngày "
            f"{format_date(period.data_from)} đến ngày {format_date(period.data_to)}), Ủy ban nhân dân tỉnh "
            f"báo cáo kết quả thực hiện {period_label_vi(period)} như sau:",
        )

    def _heading(self, text: str) -> None:
        _write(self.doc, text, bold=True, keep_with_next=True)

    def _results(self) -> None:
        s = self.synthesis
        self._heading("1. Tình hình thực hiện các nhiệm vụ")
        _write(
            self.doc,
            f"Kế hoạch có {len(s.tasks)} nhiệm vụ; {s.reports_counted}/{s.reports_total} cơ quan, đơn vị đã gửi "
            f"báo cáo. Kết quả:",
        )
        for status, label in STATUS_VI.items():
            if s.counts[status] or status != NOT_REPORTED:
                _write(self.doc, f"- {label}: {s.counts[status]} nhiệm vụ.")
        self._heading("2. Kết quả cụ thể")
        written = False
        for section in s.sections:
            reported = [line for line in section.tasks if line.results]
            if not reported:
                continue
            written = True
            # One section needs no heading of its own under "2. Kết quả cụ thể".
            if section.title and len(s.sections) > 1:
                _write(self.doc, section.title, bold=True, italic=True, keep_with_next=True)
            for line in reported:
                progress = f", {line.progress}%" if line.progress is not None else ""
                paragraph = _write(self.doc, f"- Nhiệm vụ {line.code}: ", italic=True)
                content = line.content.rstrip(" .;:")
                _add_run(paragraph, f"{content} ({line.status_vi.lower()}{progress}).", size=BODY_SIZE)
                for words in line.results:
                    _write(self.doc, f"+ {words.agency}: {words.text}")
        if not written:
            _write(self.doc, "Chưa có cơ quan nào báo cáo kết quả cụ thể.", italic=True)
        number = 3
        if s.general_results:
            self._heading(f"{number}. Kết quả khác do các cơ quan, đơn vị báo cáo")
            self._by_agency(s.general_results)
            number += 1
        self._heading(f"{number}. Các hoạt động đã tổ chức")
        self._activities()

    def _activities(self) -> None:
        s = self.synthesis
        if not s.activities:
            _write(self.doc, "Các cơ quan, đơn vị chưa báo cáo hoạt động nào.", italic=True)
            return
        home = sum(len(g.activities) for g in s.activities if not g.country)
        _write(
            self.doc,
            f"Các cơ quan, đơn vị đã tổ chức {s.activity_count} hoạt động: {home} hoạt động trong nước, "
            f"{s.activity_count - home} hoạt động ở nước ngoài.",
        )
        for group in s.activities:
            foreign = (
                f", {group.foreign_participants} lượt người nước ngoài tham gia" if group.foreign_participants else ""
            )
            _write(
                self.doc,
                f"- {group.label} ({len(group.activities)} hoạt động{foreign}):",
                italic=True,
                keep_with_next=True,
            )
            for a in group.activities:
                text = f"+ Ngày {format_date(a.held_on)}, {a.kind_vi.lower()} tại {a.place}"
                if a.partner:
                    text += f" với {a.partner}"
                if a.foreign_participants:
                    text += f" ({a.foreign_participants}/{a.participants} người tham gia là người nước ngoài)"
                _write(self.doc, f"{text} – {a.agency}, nhiệm vụ {a.task_code}.")

    def _money(self) -> None:
        s = self.synthesis
        total = s.money_total
        _write(
            self.doc,
            f"Tổng kinh phí dự toán của các nhiệm vụ là {format_money(total.estimate)}; kinh phí các cơ quan báo "
            f"cáo đã sử dụng là {format_money(total.spent)}. Chi tiết theo nguồn:",
            keep_with_next=True,
        )
        table = _table(self.doc, 1, MONEY_COLUMNS_CM, borders=True)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        _row_flag(table.rows[0], "w:tblHeader")
        center, right = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT
        for cell, heading in zip(table.rows[0].cells, MONEY_HEADINGS, strict=True):
            self._cell(cell, [heading], bold=True, align=center)
        for number, row in enumerate([*s.money, total], start=1):
            is_total = row is total
            cells = table.add_row().cells
            _row_flag(table.rows[-1], "w:cantSplit")
            self._cell(cells[0], ["" if is_total else str(number)], align=center)
            self._cell(cells[1], [row.label], bold=is_total, align=center if is_total else WD_ALIGN_PARAGRAPH.LEFT)
            self._cell(cells[2], [format_money(row.estimate)], bold=is_total, align=right)
            self._cell(cells[3], [format_money(row.spent) if row.spent is not None else ""], bold=is_total, align=right)
            self._cell(cells[4], [row.ratio], bold=is_total, align=center)
        _write(self.doc, "", indent=False, after=0, line=1.0)

    @staticmethod
    def _cell(cell, lines, *, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT, append=False) -> None:
        _clear(cell)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        for line in lines or [""]:
            _write(cell, line, size=TABLE_SIZE, bold=bold, align=align, indent=False, before=2, after=2, line=1.0)

    def _by_agency(self, items: list[AgencyWords]) -> None:
        if not items:
            _write(self.doc, "Không có cơ quan, đơn vị nào nêu.", italic=True)
            return
        for item in items:
            first, *rest = item.text.splitlines() or [""]
            _write(self.doc, f"- {item.agency}: {first}")
            for line in rest:
                _write(self.doc, line)

    def _late(self) -> None:
        late = self.synthesis.late
        if not late:
            _write(self.doc, "Tất cả các cơ quan, đơn vị đã nộp báo cáo đúng hạn.")
            return
        _write(self.doc, f"Hạn nộp báo cáo: ngày {format_date(self.period.deadline)}.")
        for state, label in LATE_VI.items():
            items = [item for item in late if item.state == state]
            if items:
                names = "; ".join(item.agency + item.when for item in items)
                _write(self.doc, f"- {label[0].upper()}{label[1:]} ({len(items)} cơ quan): {names}.")

    def _closing(self) -> None:
        _write(
            self.doc,
            f"Trên đây là báo cáo kết quả thực hiện {self.plan_name()} {period_label_vi(self.period)} của Ủy ban "
            "nhân dân tỉnh./.",
        )

    def _report_signature(self) -> None:
        table = _table(self.doc, 1, BOTTOM_COLUMNS_CM, borders=False)
        _row_flag(table.rows[0], "w:cantSplit")
        plain = {"align": WD_ALIGN_PARAGRAPH.LEFT, "indent": False, "after": 0, "line": 1.0}
        left = _clear(table.cell(0, 0))
        _write(left, "Nơi nhận:", size=12, bold=True, italic=True, **{**plain, "before": 12})
        focal = self.province.focal_agency.name if self.province.focal_agency_id else "Sở Ngoại vụ"
        for line in RECIPIENTS:
            _write(left, f"- {line.format(focal=_nfc(focal))}", size=11, **plain)
        right = _clear(table.cell(0, 1))
        centred = {"align": WD_ALIGN_PARAGRAPH.CENTER, "indent": False, "after": 0, "line": 1.0}
        for i, line in enumerate(("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")):
            _write(right, line, size=14, bold=True, **{**centred, "before": 12 if i == 0 else 0})
        for _ in range(4):  # room for the signature and the seal
            _write(right, "", **centred)


def synthesis_docx(period: ReportingPeriod, synthesis: Synthesis):
    """The combined report as a python-docx ``Document``, in the layout of Decree 30/2020/NĐ-CP, for the
    officer to complete (number, date, signer) and send."""
    return _SynthesisWriter(period, synthesis).build()


# --- The Excel task table ----------------------------------------------------------------------------------

XLSX_HEADINGS = (
    ("Mã", 9),
    ("Nội dung nhiệm vụ", 50),
    ("Cơ quan chủ trì", 24),
    ("Cơ quan phối hợp", 28),
    ("Tình trạng", 16),
    ("Tiến độ (%)", 10),
    ("Kết quả", 60),
    ("Ngân sách nhà nước (đồng)", 18),
    ("Xã hội hóa (đồng)", 18),
    ("Nguồn hợp pháp khác (đồng)", 18),
    ("Dự toán (đồng)", 18),
    ("Nguồn dự toán", 20),
)
#: A text starting with one of these would be read by a spreadsheet as a formula.
FORMULA_STARTS = ("=", "+", "-", "@")


def _put(sheet, row: int, column: int, value) -> None:
    """Write a value; a text that a spreadsheet would take for a formula ('=HYPERLINK(…)', '-5%') is stored
    as a plain string cell, never as a formula."""
    cell = sheet.cell(row=row, column=column)
    cell.value = value
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        cell.data_type = "s"


def synthesis_xlsx(period: ReportingPeriod, synthesis: Synthesis, path_or_stream: str | IO[bytes]) -> None:
    """Write the period's task table to an .xlsx file (a path or a binary stream): one row per task."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = period.code[:31]
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for column, (heading, width) in enumerate(XLSX_HEADINGS, start=1):
        _put(sheet, 1, column, heading)
        sheet.cell(row=1, column=column).font = bold
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    for row, line in enumerate(synthesis.tasks, start=2):
        values = [
            line.code,
            line.content,
            "; ".join(line.lead),
            "; ".join(line.cooperating),
            line.status_vi,
            line.progress,
            "\n".join(f"{w.agency}: {w.text}" for w in line.results),
            line.spent[BudgetSource.STATE],
            line.spent[BudgetSource.NON_STATE],
            line.spent[BudgetSource.OTHER],
            line.task.budget_estimate,
            BUDGET_SOURCE_VI.get(line.task.budget_source, ""),
        ]
        for column, value in enumerate(values, start=1):
            _put(sheet, row, column, value)
            sheet.cell(row=row, column=column).alignment = wrap
            if 8 <= column <= 11:
                sheet.cell(row=row, column=column).number_format = "#,##0"
    workbook.save(path_or_stream)
