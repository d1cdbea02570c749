"""Adjustment proposals: an agency adds them to its report while it may write it, the focal agency accepts or
rejects them once the report is submitted, and an accepted change of a task amends the plan as a new version."""

import datetime
from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from huunghi.core.errors import DomainError
from huunghi.plans.models import Task
from huunghi.plans.services import next_task_code, section_create
from huunghi.reporting.models import AdjustmentProposal, AgencyReport, PlanVersion
from huunghi.reporting.services import (
    adjustment_accept,
    adjustment_propose,
    adjustment_reject,
    report_submit,
)
from huunghi.reporting.tests.helpers import open_period, report_of


@pytest.fixture(autouse=True)
def in_vietnamese():
    with translation.override("vi"):
        yield


@pytest.fixture
def report(world):
    """Sở VHTTDL's report, which holds task II.1 (timing 'Quý II')."""
    return report_of(open_period(world), world.agencies["vhttdl"])


def propose_timing(world, report, **changes):
    values = {
        "user": world.focal_point,
        "report": report,
        "kind": "timing",
        "task": world.tasks[0],
        "text": "Đối tác Campuchia đề nghị lùi thời gian",
        "timing": "Quý IV",
        "starts_on": datetime.date(2024, 10, 1),
        "ends_on": datetime.date(2024, 12, 31),
    }
    return adjustment_propose(**{**values, **changes})


def submitted(world, report):
    return report_submit(user=world.focal_point, report=report)


def add_url(report):
    return reverse("reporting:adjustment_add", args=[report.pk])


def add_data(world, **changes):
    data = {
        "adj-kind": "timing",
        "adj-task": world.tasks[0].pk,
        "adj-text": "Đối tác Campuchia đề nghị lùi thời gian",
        "adj-timing": "Quý IV",
        "adj-starts_on": "01/10/2024",
        "adj-ends_on": "31/12/2024",
    }
    return {**data, **changes}


def test_it_adds_a_proposal_on_the_report_page(world, client_for, report):
    client = client_for(world.focal_point)
    response = client.post(add_url(report), add_data(world))
    assert response.status_code == 302
    proposal = AdjustmentProposal.objects.get()
    assert (proposal.report, proposal.task, proposal.kind, proposal.status) == (
        report,
        world.tasks[0],
        "timing",
        "proposed",
    )
    assert (proposal.timing, proposal.starts_on, proposal.ends_on, proposal.created_by) == (
        "Quý IV",
        datetime.date(2024, 10, 1),
        datetime.date(2024, 12, 31),
        world.focal_point,
    )
    page = client.get(reverse("reporting:report", args=[report.pk])).content.decode()
    assert "Đề xuất điều chỉnh" in page
    assert "Đối tác Campuchia đề nghị lùi thời gian" in page


def test_it_refuses_a_timing_proposal_without_a_timing_and_saves_nothing(world, client_for, report):
    response = client_for(world.focal_point).post(
        add_url(report), add_data(world, **{"adj-timing": "", "adj-starts_on": "", "adj-ends_on": ""})
    )
    assert response.status_code == 200
    assert "Hãy nêu thời gian đề xuất" in response.content.decode()
    assert not AdjustmentProposal.objects.exists()


def test_it_refuses_a_task_of_another_agency(world, report):
    with pytest.raises(DomainError) as error:
        propose_timing(world, report, task=world.tasks[1])
    assert error.value.field == "task"
    assert not AdjustmentProposal.objects.exists()


def test_it_refuses_a_proposal_after_submission_and_saves_nothing(world, client_for, report):
    submitted(world, report)
    response = client_for(world.focal_point).post(add_url(report), add_data(world))
    assert response.status_code == 302
    assert not AdjustmentProposal.objects.exists()
    with pytest.raises(DomainError) as error:
        propose_timing(world, report)
    assert error.value.code == "read_only"


def test_it_refuses_a_proposal_after_the_lock_and_saves_nothing(world):
    report = report_of(open_period(world, days_left=-1), world.agencies["vhttdl"])
    with pytest.raises(DomainError) as error:
        propose_timing(world, report)
    assert error.value.code == "locked"
    assert not AdjustmentProposal.objects.exists()


@pytest.mark.parametrize("who", ["other_focal_point", "officer", "leader", "outsider"])
def test_it_refuses_a_proposal_from_outside_the_agency_and_saves_nothing(world, client_for, report, who):
    response = client_for(getattr(world, who)).post(add_url(report), add_data(world))
    assert response.status_code == (404 if who in ("other_focal_point", "outsider") else 403)
    assert not AdjustmentProposal.objects.exists()


def test_it_shows_proposals_to_the_focal_agency_only_once_submitted(world, client_for, report):
    propose_timing(world, report)
    client = client_for(world.officer)
    page = client.get(reverse("reporting:adjustments", args=[world.plan.pk])).content.decode()
    assert "Đối tác Campuchia đề nghị lùi thời gian" not in page
    assert "Đối tác Campuchia" not in client.get(reverse("reporting:report", args=[report.pk])).content.decode()
    submitted(world, report)
    page = client.get(reverse("reporting:adjustments", args=[world.plan.pk])).content.decode()
    assert "Đối tác Campuchia đề nghị lùi thời gian" in page
    assert "Chấp nhận" in page


def test_it_applies_an_accepted_timing_change_as_version_1(world, client_for, report):
    proposal = propose_timing(world, report)
    submitted(world, report)
    response = client_for(world.officer).post(
        reverse("reporting:adjustment_accept", args=[proposal.pk]), {"comment": "Đồng ý"}
    )
    assert response.status_code == 302
    task = Task.objects.get(pk=world.tasks[0].pk)
    assert (task.timing, task.starts_on, task.ends_on) == (
        "Quý IV",
        datetime.date(2024, 10, 1),
        datetime.date(2024, 12, 31),
    )
    assert task.history.first().history_user == world.officer
    version = PlanVersion.objects.get()
    assert (version.plan, version.number, version.proposal, version.created_by) == (
        world.plan,
        1,
        proposal,
        world.officer,
    )
    content = "Giao lưu văn hóa với tỉnh Mondulkiri, Campuchia"
    assert version.before == {
        "code": "II.1",
        "content": content,
        "timing": "Quý II",
        "starts_on": None,
        "ends_on": None,
        "cancelled_on": None,
    }
    assert version.after == {
        "code": "II.1",
        "content": content,
        "timing": "Quý IV",
        "starts_on": "2024-10-01",
        "ends_on": "2024-12-31",
        "cancelled_on": None,
    }
    proposal.refresh_from_db()
    assert (proposal.status, proposal.decided_by, proposal.decision_comment) == ("accepted", world.officer, "Đồng ý")
    assert proposal.decided_at is not None
    page = client_for(world.officer).get(reverse("reporting:adjustments", args=[world.plan.pk])).content.decode()
    assert "Đã chấp nhận" in page
    assert f'href="{reverse("plans:detail", args=[world.plan.pk])}#version-1">Phiên bản 1</a>' in page


def test_it_numbers_the_next_version_2(world, report):
    first = propose_timing(world, report)
    second = adjustment_propose(
        user=world.focal_point, report=report, kind="content", task=world.tasks[0], text="Giao lưu với Mondulkiri"
    )
    submitted(world, report)
    adjustment_accept(user=world.officer, proposal=first)
    adjustment_accept(user=world.officer, proposal=second)
    assert list(PlanVersion.objects.order_by("number").values_list("number", "proposal")) == [
        (1, first.pk),
        (2, second.pk),
    ]
    assert Task.objects.get(pk=world.tasks[0].pk).content == "Giao lưu với Mondulkiri"


ACCEPTED_AT = timezone.make_aware(datetime.datetime(2024, 7, 3, 9, 30))


def test_it_cancels_the_task_of_an_accepted_cancellation_as_version_1(world, client_for, report):
    proposal = adjustment_propose(
        user=world.focal_point, report=report, kind="cancel", task=world.tasks[0], text="Đối tác không tham gia"
    )
    submitted(world, report)
    with mock.patch.object(timezone, "now", return_value=ACCEPTED_AT):
        response = client_for(world.officer).post(
            reverse("reporting:adjustment_accept", args=[proposal.pk]), {"comment": ""}, follow=True
        )
    assert "Đã chấp nhận đề xuất: kế hoạch nay là phiên bản 1." in response.content.decode()
    task = Task.objects.get(pk=world.tasks[0].pk)
    latest = task.history.order_by("-history_id").first()
    assert (task.cancelled_on, latest.cancelled_on, latest.history_user) == (
        datetime.date(2024, 7, 3),
        datetime.date(2024, 7, 3),
        world.officer,
    )
    version = PlanVersion.objects.get()
    assert (version.number, version.proposal) == (1, proposal)
    content = "Giao lưu văn hóa với tỉnh Mondulkiri, Campuchia"
    snapshot = {"code": "II.1", "content": content, "timing": "Quý II", "starts_on": None, "ends_on": None}
    assert version.before == {**snapshot, "cancelled_on": None}
    assert version.after == {**snapshot, "cancelled_on": "2024-07-03"}
    page = client_for(world.leader).get(reverse("plans:detail", args=[world.plan.pk])).content.decode()
    assert f'<del>{content}</del><div class="cancelled">Đã hủy 03/07/2024</div>' in page
    assert "3 nhiệm vụ" in page


def test_it_adds_the_task_of_an_accepted_proposal_with_the_next_code_as_version_1(world, report):
    proposal = adjustment_propose(
        user=world.focal_point,
        report=report,
        kind="add_task",
        task=world.tasks[0],
        text="Tổ chức Ngày Quốc tế Yoga cùng Tổng Lãnh sự quán Ấn Độ",
    )
    submitted(world, report)
    adjustment_accept(user=world.officer, proposal=proposal)
    task = Task.objects.get(code="II.4")
    assert (task.plan, task.section, task.content, task.cancelled_on) == (
        world.plan,
        world.tasks[0].section,
        "Tổ chức Ngày Quốc tế Yoga cùng Tổng Lãnh sự quán Ấn Độ",
        None,
    )
    assert [(a.agency, a.role) for a in task.assignments.all()] == [(world.agencies["vhttdl"], "lead")]
    assert task.history.first().history_user == world.officer
    assert list(world.plan.tasks.order_by("position", "pk").values_list("code", flat=True)) == [
        "II.1",
        "II.2",
        "II.3",
        "II.4",
    ]
    version = PlanVersion.objects.get()
    assert (version.number, version.before) == (1, {})
    assert version.after == {
        "code": "II.4",
        "content": "Tổ chức Ngày Quốc tế Yoga cùng Tổng Lãnh sự quán Ấn Độ",
        "timing": "",
        "starts_on": None,
        "ends_on": None,
        "cancelled_on": None,
    }


def test_it_adds_a_task_without_a_named_task_to_the_last_section(world, report):
    last = section_create(plan=world.plan, code="III", title="TỔ CHỨC THỰC HIỆN")
    proposal = adjustment_propose(user=world.focal_point, report=report, kind="add_task", text="Gửi thư chúc mừng")
    submitted(world, report)
    adjustment_accept(user=world.officer, proposal=proposal)
    task = Task.objects.get(content="Gửi thư chúc mừng")
    assert (task.code, task.section) == ("III.1", last)


@pytest.mark.parametrize(
    ("code", "taken", "expected"),
    [
        ("II.3", set(), "II.4"),
        ("II.2.e", set(), "II.2.g"),
        ("II.2.d", set(), "II.2.đ"),
        ("II.2.a", {"II.2.b"}, "II.2.c"),
        ("II.9", {"II.10"}, "II.11"),
        ("II.2.y", set(), "II.2.y.1"),
        ("3", set(), "4"),
    ],
)
def test_it_gives_the_next_free_code(code, taken, expected):
    assert next_task_code(code, taken) == expected


def test_it_rejects_a_proposal_and_changes_nothing_in_the_plan(world, client_for, report):
    proposal = propose_timing(world, report)
    submitted(world, report)
    client = client_for(world.officer)
    url = reverse("reporting:adjustment_reject", args=[proposal.pk])
    client.post(url, {"comment": ""})
    proposal.refresh_from_db()
    assert proposal.status == "proposed"
    client.post(url, {"comment": "Không phù hợp với kế hoạch"})
    proposal.refresh_from_db()
    task = Task.objects.get(pk=world.tasks[0].pk)
    assert (proposal.status, proposal.decided_by, proposal.decision_comment) == (
        "rejected",
        world.officer,
        "Không phù hợp với kế hoạch",
    )
    assert (task.timing, task.starts_on, task.ends_on, task.history.count()) == ("Quý II", None, None, 1)
    assert not PlanVersion.objects.exists()
    with pytest.raises(DomainError):
        adjustment_accept(user=world.officer, proposal=proposal)


def test_it_refuses_a_decision_on_a_draft_report(world, report):
    proposal = propose_timing(world, report)
    with pytest.raises(DomainError):
        adjustment_accept(user=world.officer, proposal=proposal)
    with pytest.raises(DomainError):
        adjustment_reject(user=world.officer, proposal=proposal, comment="Không")
    proposal.refresh_from_db()
    assert proposal.status == "proposed"
    assert Task.objects.get(pk=world.tasks[0].pk).timing == "Quý II"


@pytest.mark.parametrize("who", ["leader", "finance", "ministry", "focal_point", "outsider", None])
def test_it_refuses_decisions_to_anyone_but_the_officer_and_changes_nothing(world, client_for, report, who):
    proposal = propose_timing(world, report)
    submitted(world, report)
    client = client_for(getattr(world, who) if who else None)
    for name in ("adjustment_accept", "adjustment_reject"):
        response = client.post(reverse(f"reporting:{name}", args=[proposal.pk]), {"comment": "X"})
        if who is None:
            assert response["Location"].startswith(reverse("login"))
        else:
            assert response.status_code == (404 if who == "outsider" else 403)
    proposal.refresh_from_db()
    assert (proposal.status, PlanVersion.objects.count()) == ("proposed", 0)
    assert Task.objects.get(pk=world.tasks[0].pk).timing == "Quý II"


def test_it_shows_the_change_on_the_plan_page(world, client_for, report):
    proposal = propose_timing(world, report)
    submitted(world, report)
    adjustment_accept(user=world.officer, proposal=proposal)
    page = client_for(world.leader).get(reverse("plans:detail", args=[world.plan.pk])).content.decode()
    assert "Phiên bản 1" in page
    assert "<del>Quý II</del> → <ins>Quý IV</ins>" in page
    assert "<del>—</del> → <ins>01/10/2024</ins>" in page
    assert "Sở Văn hóa, Thể thao và Du lịch" in page
    assert AgencyReport.objects.get(pk=report.pk).status == "submitted"


def test_it_shows_the_versions_on_the_plan_page_in_one_query(world, client_for, report):
    client = client_for(world.officer)
    url = reverse("plans:detail", args=[world.plan.pk])
    client.get(url)  # warm the session and the user's province lineage
    with CaptureQueriesContext(connection) as none:
        client.get(url)
    first = propose_timing(world, report)
    second = adjustment_propose(
        user=world.focal_point, report=report, kind="content", task=world.tasks[0], text="Giao lưu với Mondulkiri"
    )
    submitted(world, report)
    adjustment_accept(user=world.officer, proposal=first)
    adjustment_accept(user=world.officer, proposal=second)
    with CaptureQueriesContext(connection) as two:
        response = client.get(url)
    assert [v.number for v in response.context["versions"]] == [2, 1]
    assert len(two) == len(none)


def test_it_lets_an_administrator_look_at_proposals_and_versions(world, client_for, report):
    proposal = propose_timing(world, report)
    submitted(world, report)
    adjustment_accept(user=world.officer, proposal=proposal)
    client = client_for(world.admin)
    for name in ("reporting_adjustmentproposal", "reporting_planversion"):
        assert client.get(reverse(f"admin:{name}_changelist")).status_code == 200
    assert client.get(reverse("admin:reporting_planversion_change", args=[proposal.version.pk])).status_code == 200
