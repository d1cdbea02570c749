"""The demo's reporting: the first-half 2024 period (2024-H1) of Đắk Lắk's 2024 plan, as it stood at the end of
June 2024 — Sở Ngoại vụ and the groups reported on time (Sở Ngoại vụ with three activities and a proposal to
move its training course to August, which the officer accepted as the plan's version 1), one report accepted,
Sở VHTTDL's report returned for its spending figures, the district committees late after the officer reopened
entry for them, and the other agencies still missing.

Each step goes through the reporting services as the person who took it (``officer``: Sở Ngoại vụ's officer,
who also enters the groups' reports; ``vhttdl``: Sở VHTTDL's focal point). The services stamp every step with
the current time and close entry after the deadline, so each step runs with the clock set to the day it was
taken in 2024: the history, the submission times and on-time or late all read as they happened.
"""

import datetime
from collections import Counter
from dataclasses import dataclass, field
from unittest import mock

from django.contrib.auth import get_user_model
from django.utils import timezone

from huunghi.core.demo.data import PROVINCE_AGENCIES
from huunghi.plans.models import Plan
from huunghi.reporting.models import (
    ActivityKind,
    AdjustmentKind,
    AgencyReport,
    PeriodKind,
    ProposalStatus,
    ReportingPeriod,
)
from huunghi.reporting.services import (
    activity_add,
    adjustment_accept,
    adjustment_propose,
    period_code,
    period_open,
    period_reopen_for_agency,
    report_accept,
    report_return,
    report_save,
    report_submit,
)

PLAN_KEY = "dak-lak-2024"
PERIOD_KIND, PERIOD_YEAR = PeriodKind.SIX_MONTH, 2024
OPENED_AT = datetime.datetime(2024, 6, 3, 8, 30)
RETURN_COMMENT = "Đề nghị bổ sung số liệu kinh phí đã sử dụng."

#: (status, progress %, results in words, state budget spent, non-state contributions spent), in đồng.
Row = tuple[str, int, str, int, int]


@dataclass(frozen=True)
class ReportSpec:
    """One agency's report: who writes it, its rows by task code, its general section, and its steps as
    (moment, action, actor) with action one of save, submit, return, accept, reopen."""

    agency: str
    writer: str
    rows: dict[str, Row]
    summary: str
    steps: tuple[tuple[datetime.datetime, str, str], ...]
    difficulties: str = ""
    proposals: str = ""
    extra: dict = field(default_factory=dict)
    #: (task code, the ``activity_add`` arguments), added at an "activities" step.
    activities: tuple[tuple[str, dict], ...] = ()
    #: The ``adjustment_propose`` arguments (with ``task`` as a code), proposed at a "propose" step and
    #: accepted by the officer at an "accept_adjustment" step.
    adjustment: dict = field(default_factory=dict)


def _at(month: int, day: int, hour: int, minute: int = 0) -> datetime.datetime:
    return datetime.datetime(2024, month, day, hour, minute)


SNV_ACTIVITIES = (
    (
        "II.5",
        {
            "held_on": datetime.date(2024, 3, 12),
            "place": "Thị xã Sen Monorom, tỉnh Mondulkiri",
            "abroad": True,
            "country": "KH",
            "partner": "Chính quyền tỉnh Mondulkiri, Vương quốc Campuchia",
            "kind": ActivityKind.CULTURAL_EXCHANGE,
            "participants": 85,
            "foreign_participants": 60,
            "languages": ["vi", "km"],
        },
    ),
    (
        "II.7",
        {
            "held_on": datetime.date(2024, 4, 12),
            "place": "Thành phố Buôn Ma Thuột",
            "partner": "Chính quyền tỉnh Mondulkiri, Vương quốc Campuchia",
            "kind": ActivityKind.GREETINGS,
            "languages": ["vi", "km"],
        },
    ),
    (
        "II.8",
        {
            "held_on": datetime.date(2024, 6, 9),
            "place": "Công viên Văn hóa dân tộc, thành phố Buôn Ma Thuột",
            "partner": "Tổng Lãnh sự quán Ấn Độ tại Thành phố Hồ Chí Minh",
            "kind": ActivityKind.CULTURAL_EXCHANGE,
            "participants": 250,
            "foreign_participants": 8,
            "languages": ["vi", "en"],
        },
    ),
)
SNV_ADJUSTMENT = {
    "kind": AdjustmentKind.TIMING,
    "task": "II.13",
    "text": "Các sở, ban, ngành và địa phương đăng ký học viên đến hết tháng 7; đề nghị tổ chức lớp tập huấn "
    "trong tháng 8/2024.",
    "timing": "Tháng 8/2024",
    "starts_on": datetime.date(2024, 8, 1),
    "ends_on": datetime.date(2024, 8, 31),
}
ADJUSTMENT_COMMENT = "Đồng ý điều chỉnh thời gian tổ chức lớp tập huấn."


REPORTS = (
    ReportSpec(
        agency="snv",
        writer="officer",
        rows={
            "II.1": (
                "in_progress",
                50,
                "Cung cấp 24 tin, bài về hoạt động đối ngoại cho Báo Đắk Lắk, Đài PT-TH tỉnh.",
                0,
                0,
            ),
            "II.2": (
                "in_progress",
                55,
                "Đăng 86 tin, bài tiếng Việt và 27 tin, bài tiếng Anh trên Trang thông tin điện tử của Sở.",
                12_000_000,
                0,
            ),
            "II.3": (
                "not_started",
                0,
                "Đang phối hợp Sở VHTTDL xây dựng chương trình đoàn đi Jeollabuk (Quý III).",
                0,
                0,
            ),
            "II.4": ("not_started", 0, "", 0, 0),
            "II.5": (
                "done",
                100,
                "Phối hợp tổ chức giao lưu văn hóa, thể thao hữu nghị với tỉnh Mondulkiri tại huyện Buôn Đôn "
                "(ngày 24-25/5/2024), 120 đại biểu, trong đó 45 đại biểu Campuchia.",
                285_000_000,
                30_000_000,
            ),
            "II.6": (
                "in_progress",
                40,
                "Tổ chức gặp mặt kỷ niệm 50 năm quan hệ ngoại giao Việt Nam - Ma-lai-xi-a tại Buôn Ma Thuột.",
                18_000_000,
                0,
            ),
            "II.7": (
                "in_progress",
                50,
                "Gửi 32 điện, thư, thiệp chúc mừng Quốc khánh và Tết cổ truyền đến các đối tác nước ngoài.",
                6_500_000,
                0,
            ),
            "II.8": (
                "in_progress",
                80,
                "Thống nhất với Tổng Lãnh sự quán Ấn Độ tổ chức Ngày Quốc tế Yoga ngày 16/6/2024 tại Quảng "
                "trường 10/3; đã hoàn tất công tác chuẩn bị.",
                0,
                45_000_000,
            ),
            "II.9": ("not_started", 0, "Sẽ triển khai trong Quý IV.", 0, 0),
            "II.10": ("in_progress", 30, "Tiếp và hỗ trợ 2 đoàn chuyên gia Pháp, Nhật Bản khảo sát di tích.", 0, 0),
            "II.11": ("in_progress", 30, "Giới thiệu sản phẩm cà phê OCOP tại buổi làm việc với Đoàn Lào.", 0, 0),
            "II.12": (
                "in_progress",
                40,
                "Lồng ghép giới thiệu văn hóa tại Lễ hội Cà phê Buôn Ma Thuột lần thứ 8.",
                0,
                0,
            ),
            "II.13": ("not_started", 0, "Đã xây dựng nội dung, dự kiến tổ chức lớp tập huấn vào tháng 8/2024.", 0, 0),
            "II.14": (
                "in_progress",
                45,
                "Mua 60 bộ tặng phẩm (tranh thổ cẩm, cà phê đặc sản) tặng 9 đoàn khách quốc tế.",
                42_000_000,
                0,
            ),
            "II.15": ("in_progress", 50, "Giới thiệu cồng chiêng, ẩm thực Tây Nguyên với 9 đoàn khách quốc tế.", 0, 0),
            "II.16": ("in_progress", 50, "Tổng hợp báo cáo 6 tháng đầu năm gửi UBND tỉnh và Bộ Ngoại giao.", 0, 0),
        },
        summary=(
            "Trong 6 tháng đầu năm 2024, Sở Ngoại vụ đã chủ trì triển khai 9 nhiệm vụ được giao, hoàn thành 1 "
            "nhiệm vụ, 6 nhiệm vụ đang triển khai theo kế hoạch; tiếp 9 đoàn khách quốc tế với 127 lượt khách."
        ),
        difficulties="Kinh phí bố trí cho các hoạt động giao lưu tại nước ngoài chưa được phân bổ.",
        proposals="Đề nghị Sở Tài chính sớm thẩm định dự trù kinh phí đoàn nghệ thuật đi Jeollabuk (Hàn Quốc).",
        steps=(
            (_at(6, 17, 10), "save", "officer"),
            (_at(6, 17, 10, 30), "activities", "officer"),
            (_at(6, 17, 11), "propose", "officer"),
            (_at(6, 18, 15, 20), "submit", "officer"),
            (_at(6, 21, 9, 15), "accept_adjustment", "officer"),
        ),
        activities=SNV_ACTIVITIES,
        adjustment=SNV_ADJUSTMENT,
    ),
    ReportSpec(
        agency="vhttdl",
        writer="vhttdl",
        rows={
            "II.3": (
                "in_progress",
                10,
                "Đã lựa chọn 15 diễn viên, xây dựng chương trình biểu diễn cồng chiêng và múa dân gian.",
                0,
                0,
            ),
            "II.4": ("not_started", 0, "Triển khai trong Quý IV theo kế hoạch.", 0, 0),
            "II.5": (
                "done",
                100,
                "Cử Đội văn nghệ quần chúng tham gia giao lưu văn hóa với tỉnh Mondulkiri tại huyện Buôn Đôn.",
                0,
                0,
            ),
            "II.6": ("in_progress", 30, "Phối hợp tổ chức chương trình văn nghệ chào mừng.", 0, 0),
            "II.8": ("in_progress", 70, "Chuẩn bị địa điểm, âm thanh, ánh sáng cho Ngày Quốc tế Yoga.", 0, 0),
            "II.10": (
                "in_progress",
                50,
                "Biên soạn tờ gấp giới thiệu di tích bằng tiếng Anh, tiếng Hàn; đón 3 nhóm nghiên cứu nước ngoài "
                "về Không gian văn hóa Cồng chiêng Tây Nguyên.",
                0,
                0,
            ),
            "II.12": ("in_progress", 50, "Trưng bày ảnh di sản tại Lễ hội Cà phê Buôn Ma Thuột lần thứ 8.", 0, 0),
            "II.15": (
                "in_progress",
                50,
                "Tổ chức 6 buổi trình diễn cồng chiêng, ẩm thực, trang phục truyền thống phục vụ khách quốc tế.",
                0,
                0,
            ),
        },
        summary=(
            "Sở VHTTDL đã triển khai 4 nhiệm vụ chủ trì; hoạt động giao lưu tại Jeollabuk và các tỉnh Nam Lào "
            "thực hiện trong 6 tháng cuối năm."
        ),
        difficulties="Thiếu diễn viên, nghệ nhân trẻ biết biểu diễn cồng chiêng phục vụ các đoàn đi nước ngoài.",
        proposals="Đề nghị UBND tỉnh bổ sung kinh phí tập luyện cho Đoàn nghệ thuật.",
        steps=(
            (_at(6, 14, 16), "save", "vhttdl"),
            (_at(6, 19, 16, 45), "submit", "vhttdl"),
            (_at(6, 24, 9, 10), "return", "officer"),
        ),
    ),
    ReportSpec(
        agency="cac_so",
        writer="officer",
        rows={
            "II.13": ("not_started", 0, "Các sở đã đăng ký 42 cán bộ tham gia lớp tập huấn.", 0, 0),
            "II.16": ("in_progress", 50, "16/20 sở, ban, ngành gửi báo cáo 6 tháng về Sở Ngoại vụ.", 0, 0),
        },
        summary="Tổng hợp từ báo cáo của các sở, ban, ngành gửi Sở Ngoại vụ.",
        steps=(
            (_at(6, 19, 14), "save", "officer"),
            (_at(6, 20, 10), "submit", "officer"),
            (_at(6, 25, 8, 40), "accept", "officer"),
        ),
    ),
    ReportSpec(
        agency="doan_the",
        writer="officer",
        rows={
            "II.13": ("not_started", 0, "Đăng ký 12 cán bộ tham gia lớp tập huấn.", 0, 0),
            "II.16": ("in_progress", 50, "UBMTTQ VN tỉnh và Liên hiệp các tổ chức hữu nghị tỉnh đã gửi báo cáo.", 0, 0),
        },
        summary="Tổng hợp từ báo cáo của các tổ chức đoàn thể gửi Sở Ngoại vụ.",
        steps=((_at(6, 20, 14), "save", "officer"), (_at(6, 20, 14, 5), "submit", "officer")),
    ),
    ReportSpec(
        agency="cac_huyen",
        writer="officer",
        rows={
            "II.11": (
                "in_progress",
                40,
                "Các huyện giới thiệu 18 sản phẩm OCOP tại Hội chợ Thương mại Việt - Lào.",
                25_000_000,
                10_000_000,
            ),
            "II.13": ("not_started", 0, "", 0, 0),
            "II.16": (
                "in_progress",
                50,
                "UBND 15/15 huyện, thị xã, thành phố đã gửi báo cáo (3 đơn vị gửi muộn).",
                0,
                0,
            ),
        },
        summary="Tổng hợp từ báo cáo của UBND các huyện, thị xã, thành phố; 3 đơn vị gửi báo cáo muộn.",
        steps=(
            (_at(6, 24, 9, 30), "reopen", "officer"),
            (_at(6, 27, 10), "save", "officer"),
            (_at(6, 27, 10, 15), "submit", "officer"),
        ),
        extra={"reopen_until": datetime.date(2024, 6, 28)},
    ),
)


def _clock(moment: datetime.datetime):
    """Run the services as if it were ``moment`` (in the province's time zone): see the module's docstring."""
    return mock.patch.object(timezone, "now", return_value=timezone.make_aware(moment))


def load_reporting(created: Counter, skipped: list[str]) -> None:
    """Open and fill the 2024-H1 period of Đắk Lắk's 2024 plan, unless it is open already (then nothing)."""
    User = get_user_model()
    users = {u.username: u for u in User.objects.filter(username__in=("officer", "vhttdl"))}
    plan = Plan.objects.filter(province__code="dak-lak", start_year=PERIOD_YEAR, end_year=PERIOD_YEAR).first()
    if plan is None or ReportingPeriod.objects.filter(plan=plan, code=period_code(PERIOD_KIND, PERIOD_YEAR)).exists():
        return
    if set(users) != {"officer", "vhttdl"}:
        skipped.append("Kỳ báo cáo 2024-H1: thiếu tài khoản officer hoặc vhttdl, bỏ qua.")
        return
    with _clock(OPENED_AT):
        period = period_open(user=users["officer"], plan=plan, kind=PERIOD_KIND, year=PERIOD_YEAR)
    created["periods"] += 1
    reports = {r.agency.name: r for r in AgencyReport.objects.filter(period=period).select_related("agency")}
    created["reports"] += len(reports)
    names = {spec.key: spec.name for spec in PROVINCE_AGENCIES["dak-lak"]}
    # The steps of all reports, in the order they were taken.
    steps = sorted((moment, i, action, actor) for i, spec in enumerate(REPORTS) for moment, action, actor in spec.steps)
    for moment, i, action, actor in steps:
        spec = REPORTS[i]
        report = AgencyReport.objects.get(pk=reports[names[spec.agency]].pk)
        user = users[actor]
        with _clock(moment):
            if action == "save":
                by_code = {row.task.code: row.pk for row in report.task_reports.select_related("task")}
                tasks = {
                    by_code[code]: {
                        "status": status,
                        "progress": progress,
                        "results": results,
                        "spent_state": state,
                        "spent_non_state": non_state,
                    }
                    for code, (status, progress, results, state, non_state) in spec.rows.items()
                    if code in by_code
                }
                report_save(
                    user=user,
                    report=report,
                    version=report.version,
                    tasks=tasks,
                    results_summary=spec.summary,
                    difficulties=spec.difficulties,
                    proposals=spec.proposals,
                )
            elif action == "submit":
                report_submit(user=user, report=report)
            elif action == "return":
                report_return(user=user, report=report, comment=RETURN_COMMENT)
            elif action == "accept":
                report_accept(user=user, report=report)
            elif action == "reopen":
                period_reopen_for_agency(user=user, report=report, until=spec.extra["reopen_until"])
            elif action == "activities":
                rows = {row.task.code: row for row in report.task_reports.select_related("task")}
                for code, values in spec.activities:
                    activity_add(user=user, task_report=rows[code], **values)
                created["activities"] += len(spec.activities)
            elif action == "propose":
                task = report.task_reports.get(task__code=spec.adjustment["task"]).task
                adjustment_propose(user=user, report=report, **{**spec.adjustment, "task": task})
                created["adjustments"] += 1
            elif action == "accept_adjustment":
                for proposal in report.adjustments.filter(status=ProposalStatus.PROPOSED):
                    adjustment_accept(user=user, proposal=proposal, comment=ADJUSTMENT_COMMENT)
