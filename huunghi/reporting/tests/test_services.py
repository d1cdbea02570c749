"""The reporting cycle's services: opening a period, the agency's draft, the workflow, and what is refused."""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from huunghi.core.errors import DomainError
from huunghi.reporting.models import AgencyReport, ReportEvent, ReportingPeriod, ReportStatus, TaskReport
from huunghi.reporting.services import (
    ReportChanged,
    period_open,
    period_reopen_for_agency,
    report_accept,
    report_return,
    report_save,
    report_submit,
)
from huunghi.reporting.tests.helpers import open_period, report_of, row_of


@pytest.fixture(autouse=True)
def in_vietnamese():
    with translation.override("vi"):
        yield


def test_it_opens_a_six_month_period_with_the_decree_cut_offs(world):
    period = period_open(user=world.officer, plan=world.plan, kind="six_month", year=2024)
    assert (period.code, period.label) == ("2024-H1", "6 tháng đầu năm 2024")
    assert (period.data_from, period.data_to) == (datetime.date(2023, 12, 15), datetime.date(2024, 6, 14))
    assert period.deadline == datetime.date(2024, 6, 20)
    assert period.status == "open"


def test_it_opens_an_annual_period_with_the_deadline_given(world):
    period = period_open(
        user=world.officer, plan=world.plan, kind="annual", year=2024, deadline=datetime.date(2024, 12, 18)
    )
    assert (period.code, period.label) == ("2024-Y", "Năm 2024")
    assert (period.data_from, period.data_to) == (datetime.date(2023, 12, 15), datetime.date(2024, 12, 14))
    assert period.deadline == datetime.date(2024, 12, 18)


def test_it_creates_a_report_for_every_lead_and_cooperating_agency(world):
    period = open_period(world)
    a = world.agencies
    reports = {r.agency_id: r for r in period.reports.all()}
    assert set(reports) == {a["vhttdl"].pk, a["sngv"].pk, a["kieu_bao"].pk, a["cac_so"].pk}
    rows = {
        (r.report.agency_id, r.task.code): r.role
        for r in TaskReport.objects.filter(report__period=period).select_related("task", "report")
    }
    assert rows == {
        (a["vhttdl"].pk, "II.1"): "lead",
        (a["sngv"].pk, "II.1"): "cooperating",
        (a["sngv"].pk, "II.2"): "lead",
        (a["kieu_bao"].pk, "II.2"): "cooperating",
        (a["sngv"].pk, "II.3"): "lead",
        (a["cac_so"].pk, "II.3"): "cooperating",
    }
    assert all(r.status == "draft" and r.version == 1 for r in reports.values())


def test_it_refuses_to_open_the_same_period_twice(world):
    open_period(world)
    with pytest.raises(DomainError) as error:
        open_period(world)
    assert error.value.message.startswith("Kỳ “6 tháng đầu năm 2024” đã được mở cho kế hoạch này")
    assert ReportingPeriod.objects.count() == 1


def test_it_refuses_a_year_outside_the_plan(world):
    with pytest.raises(DomainError) as error:
        open_period(world, year=2025)
    assert error.value.message == "Kế hoạch áp dụng cho 2024; hãy chọn một năm trong khoảng đó."
    assert not ReportingPeriod.objects.exists()


@pytest.mark.parametrize("who", ["focal_point", "leader", "finance", "ministry", "outsider"])
def test_it_lets_only_the_officer_open_a_period(world, who):
    with pytest.raises(DomainError):
        period_open(user=getattr(world, who), plan=world.plan, kind="six_month", year=2024)
    assert not ReportingPeriod.objects.exists() and not AgencyReport.objects.exists()


def save(world, report, user=None, version=None, tasks=None, **general):
    return report_save(
        user=user or world.focal_point,
        report=report,
        version=report.version if version is None else version,
        tasks=tasks or {},
        **general,
    )


def test_it_saves_a_draft_and_counts_the_version(world):
    report = report_of(open_period(world), world.agencies["vhttdl"])
    row = row_of(report, world.tasks[0])
    values = {
        "status": "done",
        "progress": 100,
        "results": " Đã tổ chức đoàn nghệ thuật sang Mondulkiri. ",
        "spent_state": 120_000_000,
        "spent_non_state": 15_000_000,
        "spent_other": 0,
    }
    saved = save(world, report, tasks={row.pk: values}, results_summary="Hoàn thành", difficulties="Kinh phí hạn chế")
    row.refresh_from_db()
    assert (saved.version, saved.saved_by, saved.results_summary, saved.difficulties) == (
        2,
        world.focal_point,
        "Hoàn thành",
        "Kinh phí hạn chế",
    )
    assert (row.status, row.progress, row.results, row.spent_total) == (
        "done",
        100,
        "Đã tổ chức đoàn nghệ thuật sang Mondulkiri.",
        135_000_000,
    )
    assert list(ReportEvent.objects.values_list("action", "actor__username")) == [("saved", "vhttdl")]


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"progress": 101}, "Nhiệm vụ II.1: tiến độ phải là một số từ 0 đến 100."),
        ({"progress": -1}, "Nhiệm vụ II.1: tiến độ phải là một số từ 0 đến 100."),
        ({"spent_state": -5}, "Nhiệm vụ II.1: số tiền không được âm."),
        ({"spent_other": -1}, "Nhiệm vụ II.1: số tiền không được âm."),
    ],
)
def test_it_refuses_bad_values_and_saves_nothing(world, values, message):
    report = report_of(open_period(world), world.agencies["vhttdl"])
    row = row_of(report, world.tasks[0])
    with pytest.raises(DomainError) as error:
        save(world, report, tasks={row.pk: {"results": "Đã làm", **values}}, results_summary="Đã làm")
    assert error.value.message == message
    report.refresh_from_db()
    row.refresh_from_db()
    assert (report.version, report.results_summary, row.results, row.progress) == (1, "", "", 0)
    assert not ReportEvent.objects.exists()


def test_it_refuses_a_report_written_by_someone_outside_the_agency(world):
    report = report_of(open_period(world), world.agencies["vhttdl"])
    for user in (world.other_focal_point, world.leader, world.outsider, world.officer):
        with pytest.raises(DomainError) as error:
            save(world, report, user=user, results_summary="Sửa bởi người ngoài")
        assert error.value.message == "Chỉ người của Sở VHTTDL mới được viết báo cáo của cơ quan này."
    report.refresh_from_db()
    assert (report.version, report.results_summary) == (1, "")


def test_it_refuses_a_stale_version_and_names_who_saved_when(world):
    report = report_of(open_period(world), world.agencies["vhttdl"])
    colleague = type(world.focal_point).objects.create_user(
        username="vhttdl2",
        first_name="Lan",
        last_name="Nguyễn Thị",
        role="focal_point",
        agency=world.agencies["vhttdl"],
    )
    save(world, report, user=colleague, version=1, results_summary="Bản của chị Lan")
    with pytest.raises(ReportChanged) as error:
        save(world, report, version=1, results_summary="Bản của tôi")
    saved_at = timezone.localtime(AgencyReport.objects.get(pk=report.pk).saved_at).strftime("%H:%M %d/%m/%Y")
    assert error.value.message.startswith(f"Lan Nguyễn Thị đã lưu báo cáo này lúc {saved_at}")
    assert (error.value.report.results_summary, error.value.report.version) == ("Bản của chị Lan", 2)
    report.refresh_from_db()
    assert report.results_summary == "Bản của chị Lan"


def test_it_locks_entry_after_the_deadline_until_reopened_for_the_agency(world):
    period = period_open(user=world.officer, plan=world.plan, kind="six_month", year=2024)  # deadline 20/06/2024
    report = report_of(period, world.agencies["vhttdl"])
    with pytest.raises(DomainError) as error:
        save(world, report, results_summary="Muộn")
    assert error.value.message == (
        "Đã quá hạn nộp ngày 20/06/2024: không thể nhập báo cáo. Hãy đề nghị cơ quan đầu mối mở lại cho cơ quan của bạn."
    )
    report.refresh_from_db()
    assert report.results_summary == ""

    until = timezone.localdate() + datetime.timedelta(days=3)
    reopened = period_reopen_for_agency(user=world.officer, report=report, until=until)
    saved = save(world, reopened, results_summary="Muộn nhưng đủ")
    assert saved.results_summary == "Muộn nhưng đủ"
    other = report_of(period, world.agencies["sngv"])
    with pytest.raises(DomainError):
        save(world, other, user=world.officer, results_summary="Vẫn khóa")


def test_it_refuses_to_reopen_until_a_past_date(world):
    report = report_of(open_period(world), world.agencies["vhttdl"])
    with pytest.raises(DomainError) as error:
        period_reopen_for_agency(user=world.officer, report=report, until=timezone.localdate() - datetime.timedelta(1))
    assert error.value.field == "until"
    report.refresh_from_db()
    assert report.reopened_until is None


def test_it_runs_the_workflow_and_records_each_step(world):
    report = report_of(open_period(world), world.agencies["vhttdl"])
    report = report_submit(user=world.focal_point, report=report)
    assert report.status == ReportStatus.SUBMITTED and report.submitted_at is not None
    with pytest.raises(DomainError) as error:
        save(world, report, results_summary="Sửa sau khi nộp")
    assert error.value.message == "Báo cáo này đã nộp: chỉ sửa được khi cơ quan đầu mối trả lại."

    with pytest.raises(DomainError) as error:
        report_return(user=world.officer, report=report, comment="  ")
    assert error.value.field == "comment"
    report = report_return(user=world.officer, report=report, comment="Bổ sung kinh phí đã sử dụng")
    assert report.status == ReportStatus.RETURNED
    report = save(world, report, results_summary="Đã bổ sung")
    report = report_submit(user=world.focal_point, report=report)
    report = report_accept(user=world.officer, report=report)
    assert report.status == ReportStatus.ACCEPTED
    with pytest.raises(DomainError) as error:
        save(world, report, results_summary="Sửa sau khi chấp nhận")
    assert error.value.message == "Báo cáo này đã được chấp nhận: không thể sửa nữa."
    events = list(report.events.values_list("action", "actor__username", "comment"))
    assert events == [
        ("submitted", "vhttdl", ""),
        ("returned", "officer", "Bổ sung kinh phí đã sử dụng"),
        ("saved", "vhttdl", ""),
        ("submitted", "vhttdl", ""),
        ("accepted", "officer", ""),
    ]


@pytest.mark.parametrize("who", ["focal_point", "leader", "finance", "ministry", "outsider"])
def test_it_lets_only_the_officer_return_accept_or_reopen(world, who):
    report = report_submit(user=world.focal_point, report=report_of(open_period(world), world.agencies["vhttdl"]))
    user = getattr(world, who)
    for action in (
        lambda: report_return(user=user, report=report, comment="Không đạt"),
        lambda: report_accept(user=user, report=report),
        lambda: period_reopen_for_agency(user=user, report=report, until=timezone.localdate()),
    ):
        with pytest.raises(DomainError):
            action()
    report.refresh_from_db()
    assert (report.status, report.reopened_until, report.events.count()) == ("submitted", None, 1)


def test_it_refuses_to_accept_a_draft(world):
    report = report_of(open_period(world), world.agencies["vhttdl"])
    with pytest.raises(DomainError):
        report_accept(user=world.officer, report=report)
    report.refresh_from_db()
    assert report.status == "draft"


def test_it_lets_the_officer_write_a_group_report(world):
    report = report_of(open_period(world), world.agencies["cac_so"])
    saved = save(world, report, user=world.officer, results_summary="Tổng hợp từ các sở")
    assert saved.results_summary == "Tổng hợp từ các sở"


def test_it_refuses_a_deadline_before_the_end_of_the_data(world):
    with pytest.raises(DomainError) as error:
        period_open(user=world.officer, plan=world.plan, kind="annual", year=2024, deadline=datetime.date(2024, 12, 1))
    assert (error.value.field, error.value.message) == (
        "deadline",
        "Hạn nộp không được trước ngày chốt số liệu (14/12/2024).",
    )
    assert not ReportingPeriod.objects.exists()


@pytest.mark.parametrize(
    "values", [{"progress": 101}, {"spent_state": -1}, {"spent_non_state": -1}, {"spent_other": -1}]
)
def test_it_keeps_progress_and_money_in_range_in_the_database_too(world, values):
    row = row_of(report_of(open_period(world), world.agencies["vhttdl"]), world.tasks[0])
    with pytest.raises(IntegrityError), transaction.atomic():
        TaskReport.objects.filter(pk=row.pk).update(**values)
    row.refresh_from_db()
    assert (row.progress, row.spent_total) == (0, 0)


def test_it_allows_one_report_per_agency_and_period_in_the_database(world):
    report = report_of(open_period(world), world.agencies["vhttdl"])
    with pytest.raises(IntegrityError), transaction.atomic():
        AgencyReport.objects.create(period=report.period, agency=report.agency)
