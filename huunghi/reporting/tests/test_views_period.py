"""The plan's periods page, opening a period from it, and the monitoring table of a period."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from huunghi.organisations.models import AgencyKind
from huunghi.organisations.services import agency_create
from huunghi.plans.models import Task
from huunghi.plans.services import task_create
from huunghi.reporting.models import AgencyReport, PeriodKind, ReportingPeriod
from huunghi.reporting.services import report_accept, report_return, report_save, report_submit
from huunghi.reporting.tests.helpers import open_period, report_of


@pytest.fixture(autouse=True)
def in_vietnamese():
    with translation.override("vi"):
        yield


def test_it_links_the_plan_page_to_its_periods(world, client_for):
    page = client_for(world.focal_point).get(reverse("plans:detail", args=[world.plan.pk])).content.decode()
    assert f'href="{reverse("reporting:periods", args=[world.plan.pk])}">Kỳ báo cáo</a>' in page


def test_it_lets_the_officer_open_a_period(world, client_for):
    response = client_for(world.officer).post(
        reverse("reporting:periods", args=[world.plan.pk]), {"kind": "annual", "year": "2024", "deadline": "20/12/2024"}
    )
    period = ReportingPeriod.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("reporting:period", args=[period.pk])
    assert (period.code, period.deadline, period.reports.count()) == ("2024-Y", datetime.date(2024, 12, 20), 4)


def test_it_shows_the_form_only_to_the_officer(world, client_for):
    url = reverse("reporting:periods", args=[world.plan.pk])
    assert "Mở kỳ báo cáo" in client_for(world.officer).get(url).content.decode()
    assert "Mở kỳ báo cáo" not in client_for(world.leader).get(url).content.decode()


def test_it_refuses_to_open_the_same_period_twice_with_a_message(world, client_for):
    open_period(world)
    response = client_for(world.officer).post(
        reverse("reporting:periods", args=[world.plan.pk]), {"kind": "six_month", "year": "2024"}
    )
    assert response.status_code == 200
    assert response.context["form"].errors["year"][0].startswith("Kỳ “6 tháng đầu năm 2024” đã được mở")
    assert ReportingPeriod.objects.count() == 1


@pytest.mark.parametrize("who", ["leader", "finance", "ministry", "focal_point"])
def test_it_refuses_a_period_opened_by_a_reader(world, client_for, who):
    response = client_for(getattr(world, who)).post(
        reverse("reporting:periods", args=[world.plan.pk]), {"kind": "six_month", "year": "2024"}
    )
    assert response.status_code == 403
    assert not ReportingPeriod.objects.exists()


def test_it_shows_where_each_report_stands(world, client_for):
    period = open_period(world)
    a = world.agencies
    report_submit(user=world.focal_point, report=report_of(period, a["vhttdl"]))
    returned = report_submit(user=world.officer, report=report_of(period, a["sngv"]))
    report_return(user=world.officer, report=returned, comment="Thiếu số liệu")
    accepted = report_submit(user=world.officer, report=report_of(period, a["cac_so"]))
    report_accept(user=world.officer, report=accepted)
    late = report_submit(user=world.admin, report=report_of(period, a["kieu_bao"]))
    after_deadline = datetime.datetime.combine(period.deadline + datetime.timedelta(days=1), datetime.time(9))
    AgencyReport.objects.filter(pk=late.pk).update(submitted_at=timezone.make_aware(after_deadline))

    response = client_for(world.officer).get(reverse("reporting:period", args=[period.pk]))
    states = {row["agency"]: (row["state"], row["state_label"]) for row in response.context["rows"]}
    assert states == {
        "Các sở, ban, ngành": ("accepted", "Đã chấp nhận"),
        "Hội Thân nhân kiều bào tỉnh": ("late", "Nộp muộn"),
        "Sở Ngoại vụ": ("returned", "Đã trả lại"),
        "Sở Văn hóa, Thể thao và Du lịch": ("on_time", "Đã nộp đúng hạn"),
    }


def test_it_shows_a_missing_report_after_the_deadline(world, client_for):
    period = open_period(world, days_left=-1)
    response = client_for(world.leader).get(reverse("reporting:period", args=[period.pk]))
    assert {row["state"] for row in response.context["rows"]} == {"missing"}
    assert response.context["summary"] == [("missing", "Chưa nộp, đã quá hạn", 4)]
    assert "Chưa nộp, đã quá hạn" in response.content.decode()


def test_it_shows_a_focal_point_only_their_agencys_rows_and_their_groups(world, client_for):
    period = open_period(world)
    response = client_for(world.focal_point).get(reverse("reporting:period", args=[period.pk]))
    assert [row["agency"] for row in response.context["rows"]] == [
        "Các sở, ban, ngành",
        "Sở Văn hóa, Thể thao và Du lịch",
    ]


def test_it_reads_the_monitoring_table_in_a_bounded_number_of_queries(world, client_for, django_assert_max_num_queries):
    for i in range(30):
        agency = agency_create(province=world.dak_lak, name=f"UBND huyện số {i}", kind=AgencyKind.DISTRICT)
        task_create(plan=world.plan, code=f"III.{i}", content="Tuyên truyền", lead=[agency])
    period = open_period(world)
    assert AgencyReport.objects.filter(period=period).count() == 34
    client = client_for(world.officer)
    with django_assert_max_num_queries(8):
        response = client.get(reverse("reporting:period", args=[period.pk]))
    assert len(response.context["rows"]) == 34
    assert response.context["progress"]["total"]["tasks"] == 33


def _sent(world, period, agency, tasks: dict, *, submit=True):
    """Save ``tasks`` (task → (status, progress)) in the agency's report and submit it."""
    report = report_of(period, agency)
    user = world.focal_point if agency == world.agencies["vhttdl"] else world.officer
    rows = {row.task_id: row.pk for row in report.task_reports.all()}
    values = {rows[task.pk]: {"status": status, "progress": progress} for task, (status, progress) in tasks.items()}
    report = report_save(user=user, report=report, version=report.version, tasks=values)
    return report_submit(user=user, report=report) if submit else report


def test_it_shows_the_progress_per_section_and_category_and_the_overdue_tasks(world, client_for):
    t1, t2, t3 = world.tasks
    Task.objects.filter(pk=t1.pk).update(ends_on=datetime.date(2024, 3, 31))
    Task.objects.filter(pk=t3.pk).update(ends_on=datetime.date(2024, 5, 31))
    Task.objects.filter(pk=t2.pk).update(ends_on=datetime.date(2024, 12, 31))
    period = open_period(world)
    a = world.agencies
    # The lead agency's row decides: VHTTDL leads II.1 and reports it in progress, whatever Sở Ngoại vụ says.
    _sent(world, period, a["vhttdl"], {t1: ("in_progress", 60)})
    _sent(world, period, a["sngv"], {t1: ("done", 100), t2: ("done", 100), t3: ("not_started", 0)})
    # A draft is not reported yet.
    _sent(world, period, a["cac_so"], {t3: ("done", 100)}, submit=False)

    response = client_for(world.officer).get(reverse("reporting:period", args=[period.pk]))
    progress = response.context["progress"]
    counts = ("tasks", "done", "in_progress", "not_started", "not_reported", "average")
    assert [tuple(line[k] for k in ("label", *counts)) for line in progress["sections"]] == [
        ("II. NỘI DUNG THỰC HIỆN", 3, 1, 1, 1, 0, 53),
    ]
    assert [tuple(line[k] for k in ("label", *counts)) for line in progress["categories"]] == [
        ("Thông tin, tuyên truyền, quảng bá", 1, 0, 0, 1, 0, 0),
        ("Giao lưu với đối tác nước ngoài", 1, 0, 1, 0, 0, 60),
        ("Người Việt Nam ở nước ngoài", 1, 1, 0, 0, 0, 100),
    ]
    assert [(t["code"], t["bucket"], t["progress"], [n for n, _pk in t["leads"]]) for t in progress["overdue"]] == [
        ("II.1", "in_progress", 60, ["Sở Văn hóa, Thể thao và Du lịch"]),
        ("II.3", "not_started", 0, ["Sở Ngoại vụ"]),
    ]
    page = response.content.decode()
    assert "Tiến độ thực hiện nhiệm vụ" in page
    assert "Nhiệm vụ quá hạn" in page


def test_it_does_not_list_a_cancelled_task_as_overdue(world, client_for):
    t1, _t2, _t3 = world.tasks
    Task.objects.filter(pk=t1.pk).update(ends_on=datetime.date(2024, 3, 31))
    period = open_period(world)
    _sent(world, period, world.agencies["vhttdl"], {t1: ("in_progress", 60)})
    overdue = (
        client_for(world.officer).get(reverse("reporting:period", args=[period.pk])).context["progress"]["overdue"]
    )
    assert [t["code"] for t in overdue] == ["II.1"]
    Task.objects.filter(pk=t1.pk).update(cancelled_on=datetime.date(2024, 4, 2))
    overdue = (
        client_for(world.officer).get(reverse("reporting:period", args=[period.pk])).context["progress"]["overdue"]
    )
    assert overdue == []


def test_it_counts_tasks_of_unsent_reports_as_not_reported(world, client_for):
    period = open_period(world)
    response = client_for(world.officer).get(reverse("reporting:period", args=[period.pk]))
    total = response.context["progress"]["total"]
    assert (total["tasks"], total["not_reported"], total["average"]) == (3, 3, None)
    assert response.context["progress"]["overdue"] == []


def test_it_shows_an_agencys_record_across_periods(world, client_for):
    first = open_period(world, days_left=-1)
    annual = open_period(world, kind=PeriodKind.ANNUAL, days_left=5)
    vhttdl = world.agencies["vhttdl"]
    late = report_of(first, vhttdl)
    AgencyReport.objects.filter(pk=late.pk).update(
        status="submitted", submitted_at=timezone.make_aware(datetime.datetime(2030, 1, 1, 9))
    )
    report_submit(user=world.focal_point, report=report_of(annual, vhttdl))

    response = client_for(world.focal_point).get(reverse("reporting:report", args=[late.pk]))
    record = [(line["period"].code, line["state"], line["on_time"]) for line in response.context["record"]]
    assert record == [("2024-Y", "on_time", True), ("2024-H1", "late", False)]
    page = response.content.decode()
    assert "Quá trình báo cáo của Sở Văn hóa, Thể thao và Du lịch qua các kỳ" in page
