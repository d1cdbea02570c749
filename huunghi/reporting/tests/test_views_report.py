"""The agency report page: saving, submitting, what is refused, two people saving at once, and the officer's
return, accept and reopen."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from huunghi.reporting.models import AgencyReport, ReportingPeriod, TaskReport
from huunghi.reporting.services import report_save, report_submit
from huunghi.reporting.tests.helpers import open_period, report_of


@pytest.fixture(autouse=True)
def in_vietnamese():
    with translation.override("vi"):
        yield


@pytest.fixture
def report(world):
    return report_of(open_period(world), world.agencies["vhttdl"])


def form_data(report, action="save", **changes):
    row = report.task_reports.get()
    data = {
        "version": report.version,
        "action": action,
        "results_summary": "Hoàn thành các nhiệm vụ được giao",
        "difficulties": "Kinh phí còn hạn chế",
        "proposals": "Đề nghị bổ sung kinh phí",
        f"t{row.pk}_status": "in_progress",
        f"t{row.pk}_progress": "60",
        f"t{row.pk}_results": "Đã làm việc với tỉnh Mondulkiri",
        f"t{row.pk}_spent_state": "1.500.000",
        f"t{row.pk}_spent_non_state": "",
        f"t{row.pk}_spent_other": "0",
    }
    data.update({(f"t{row.pk}_{k[2:]}" if k.startswith("t_") else k): v for k, v in changes.items()})
    return data


def post(client, report, data):
    return client.post(reverse("reporting:report", args=[report.pk]), data)


def nothing_saved(report):
    fresh = AgencyReport.objects.get(pk=report.pk)
    row = fresh.task_reports.get()
    return (fresh.version, fresh.results_summary, row.progress, row.spent_state) == (1, "", 0, 0)


def test_it_shows_the_form_with_one_row_per_task(world, client_for, report):
    page = client_for(world.focal_point).get(reverse("reporting:report", args=[report.pk])).content.decode()
    row = report.task_reports.get()
    assert f'name="t{row.pk}_progress"' in page
    assert "Nộp cho cơ quan đầu mối" in page


def test_it_saves_the_report(world, client_for, report):
    response = post(client_for(world.focal_point), report, form_data(report))
    assert response.status_code == 302
    report.refresh_from_db()
    row = report.task_reports.get()
    assert (report.version, report.status, report.difficulties) == (2, "draft", "Kinh phí còn hạn chế")
    assert (row.status, row.progress, row.spent_state, row.spent_non_state) == ("in_progress", 60, 1_500_000, 0)


def test_it_shows_money_the_vietnamese_way_once_submitted(world, client_for, report):
    response = post(client_for(world.focal_point), report, form_data(report, action="submit"))
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == "submitted"
    page = client_for(world.focal_point).get(reverse("reporting:report", args=[report.pk])).content.decode()
    assert "1.500.000 đồng" in page
    assert "chỉ đọc cho đến khi cơ quan đầu mối trả lại" in page
    assert 'name="action" value="save"' not in page


def test_it_refuses_progress_outside_0_to_100(world, client_for, report):
    response = post(client_for(world.focal_point), report, form_data(report, t_progress="150"))
    row = report.task_reports.get()
    assert response.status_code == 200
    assert response.context["form"].errors[f"t{row.pk}_progress"] == ["Tiến độ phải là một số từ 0 đến 100."]
    assert nothing_saved(report)


def test_it_refuses_negative_money(world, client_for, report):
    response = post(client_for(world.focal_point), report, form_data(report, t_spent_state="-200.000"))
    row = report.task_reports.get()
    assert response.context["form"].errors[f"t{row.pk}_spent_state"] == ["Số tiền không được âm."]
    assert nothing_saved(report)


def test_it_refuses_a_save_after_the_deadline(world, client_for, report):
    ReportingPeriod.objects.filter(pk=report.period_id).update(deadline=timezone.localdate() - datetime.timedelta(1))
    client = client_for(world.focal_point)
    response = post(client, report, form_data(report))
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "không thể nhập báo cáo" in page
    assert nothing_saved(report)


def test_it_refuses_a_save_of_a_submitted_report(world, client_for, report):
    report_submit(user=world.focal_point, report=report)
    response = post(client_for(world.focal_point), report, form_data(report.__class__.objects.get(pk=report.pk)))
    assert response.status_code == 302
    fresh = AgencyReport.objects.get(pk=report.pk)
    assert (fresh.status, fresh.results_summary) == ("submitted", "")


@pytest.mark.parametrize("who", ["other_focal_point", "outsider"])
def test_it_hides_the_report_from_other_agencies_and_provinces(world, client_for, report, who):
    response = post(client_for(getattr(world, who)), report, form_data(report))
    assert response.status_code == 404
    assert nothing_saved(report)


@pytest.mark.parametrize("who", ["officer", "leader", "finance", "ministry"])
def test_it_refuses_a_report_written_by_a_reader(world, client_for, report, who):
    response = post(client_for(getattr(world, who)), report, form_data(report))
    assert response.status_code == 403
    assert nothing_saved(report)


def test_it_keeps_both_versions_when_two_people_save_at_once(world, client_for, report):
    colleague = type(world.focal_point).objects.create_user(
        username="vhttdl2",
        first_name="Lan",
        last_name="Nguyễn Thị",
        role="focal_point",
        agency=world.agencies["vhttdl"],
    )
    mine = form_data(report, results_summary="Bản của tôi")  # read at version 1
    row = report.task_reports.get()
    report_save(
        user=colleague, report=report, version=1, results_summary="Bản của chị Lan", tasks={row.pk: {"progress": 30}}
    )
    response = post(client_for(world.focal_point), report, mine)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Lan Nguyễn Thị đã lưu báo cáo này lúc" in page
    assert "Bản của tôi" in page and "Bản của chị Lan" in page
    assert response.context["form"]["version"].value() == 2
    fresh = AgencyReport.objects.get(pk=report.pk)
    assert (fresh.results_summary, TaskReport.objects.get(pk=row.pk).progress) == ("Bản của chị Lan", 30)

    again = post(client_for(world.focal_point), report, {**mine, "version": 2})
    assert again.status_code == 302
    assert AgencyReport.objects.get(pk=report.pk).results_summary == "Bản của tôi"


def test_it_lets_the_officer_return_with_a_comment_then_accept(world, client_for, report):
    report_submit(user=world.focal_point, report=report)
    client = client_for(world.officer)
    refused = client.post(reverse("reporting:return", args=[report.pk]), {"comment": ""})
    assert refused.status_code == 302
    assert AgencyReport.objects.get(pk=report.pk).status == "submitted"
    client.post(reverse("reporting:return", args=[report.pk]), {"comment": "Bổ sung kinh phí"})
    assert AgencyReport.objects.get(pk=report.pk).status == "returned"
    page = client.get(reverse("reporting:report", args=[report.pk])).content.decode()
    assert "trả lại: Bổ sung kinh phí" in page

    post(client_for(world.focal_point), report, form_data(AgencyReport.objects.get(pk=report.pk), action="submit"))
    client = client_for(world.officer)
    client.post(reverse("reporting:accept", args=[report.pk]))
    assert AgencyReport.objects.get(pk=report.pk).status == "accepted"


def test_it_lets_the_officer_reopen_entry_for_one_agency(world, client_for, report):
    ReportingPeriod.objects.filter(pk=report.period_id).update(deadline=timezone.localdate() - datetime.timedelta(1))
    until = timezone.localdate() + datetime.timedelta(days=5)
    client_for(world.officer).post(reverse("reporting:reopen", args=[report.pk]), {"until": until.strftime("%d/%m/%Y")})
    assert AgencyReport.objects.get(pk=report.pk).reopened_until == until
    response = post(client_for(world.focal_point), report, form_data(AgencyReport.objects.get(pk=report.pk)))
    assert response.status_code == 302
    assert AgencyReport.objects.get(pk=report.pk).results_summary == "Hoàn thành các nhiệm vụ được giao"


@pytest.mark.parametrize("who", ["focal_point", "leader", "finance", "ministry", "outsider"])
def test_it_refuses_the_officers_actions_to_anyone_else_and_changes_nothing(world, client_for, report, who):
    report_submit(user=world.focal_point, report=report)
    client = client_for(getattr(world, who))
    until = (timezone.localdate() + datetime.timedelta(days=5)).strftime("%d/%m/%Y")
    for name, data in (("return", {"comment": "Không đạt"}), ("accept", {}), ("reopen", {"until": until})):
        response = client.post(reverse(f"reporting:{name}", args=[report.pk]), data)
        assert response.status_code == (404 if who == "outsider" else 403)
    fresh = AgencyReport.objects.get(pk=report.pk)
    assert (fresh.status, fresh.reopened_until, fresh.events.count()) == ("submitted", None, 1)
