"""Every view, for every kind of user: allowed, read-only, outsider (404) and anonymous (sent to sign in)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from huunghi.imports.models import ImportDraft
from huunghi.imports.tests.helpers import bare_draft, plan_text
from huunghi.plans.models import Plan, Task
from huunghi.reporting.models import AdjustmentProposal, AgencyReport, PlanVersion, ReportingPeriod
from huunghi.reporting.services import adjustment_propose
from huunghi.reporting.tests.helpers import attachment_of, open_period, report_of

# What each user gets from each page. Users: officer (Đắk Lắk's focal-agency officer), focal_point (Sở VHTTDL,
# leads II.1), other_focal_point (Sở Y tế, a department: concerned only by II.3 through "Các sở, ban, ngành"),
# leader, finance, ministry, admin, outsider (An Giang's officer), anonymous.
ALL_200 = dict.fromkeys(
    ["officer", "focal_point", "other_focal_point", "leader", "finance", "ministry", "admin", "outsider"], 200
)
PROVINCE_READ = {**ALL_200, "outsider": 404}
WHOLE_PLAN = {**PROVINCE_READ, "focal_point": 403, "other_focal_point": 403}
PLAN_WRITE = {
    "officer": 200,
    "admin": 200,
    "leader": 403,
    "finance": 403,
    "ministry": 403,
    "focal_point": 403,
    "other_focal_point": 403,
    "outsider": 404,
}
CREATE = {**PLAN_WRITE, "outsider": 200}
# Import drafts are the focal agency's working material: only its officers and administrators see them.
DRAFT = {**dict.fromkeys(ALL_200, 404), "officer": 200, "admin": 200}

# The diplomatic calendar: reference data for everyone; a province's partners and letters for its readers.
CALENDAR_PROVINCE = {
    **dict.fromkeys(ALL_200, 403),
    "officer": 200,
    "leader": 200,
    "finance": 200,
    "outsider": 200,  # An Giang's own
}
LETTER = {**PROVINCE_READ, "focal_point": 404, "other_focal_point": 404}
PARTNER_WRITE = {**PLAN_WRITE, "focal_point": 404, "other_focal_point": 404}


def a_letter(w):
    from huunghi.events import reference
    from huunghi.events.engine import events_for_year
    from huunghi.events.services import letter_create

    event = next(
        e
        for e in events_for_year(2026, countries=reference.countries(), days=reference.days())
        if e.country == "ID" and e.kind == "national_day"
    )
    return letter_create(user=w.officer, province=w.dak_lak, event=event, language="vi")


def a_partner(w):
    from huunghi.events.models import PartnerAgreement

    return PartnerAgreement.objects.create(province=w.dak_lak, partner_vi="Tỉnh Mondulkiri", country="KH", type="other")


CASES = [
    ("home", lambda w: reverse("home"), ALL_200),
    ("search", lambda w: reverse("search") + "?q=giao+luu", ALL_200),
    ("province home", lambda w: reverse("province", args=[w.dak_lak.code]), {**PROVINCE_READ, "focal_point": 200}),
    ("plan list", lambda w: reverse("plans:list"), ALL_200),
    ("plan", lambda w: reverse("plans:detail", args=[w.plan.pk]), PROVINCE_READ),
    (
        "former province's plan",
        lambda w: reverse("plans:detail", args=[w.old_plan.pk]),
        {**PROVINCE_READ, "focal_point": 404, "other_focal_point": 404},
    ),
    ("plan word", lambda w: reverse("plans:word", args=[w.plan.pk]), WHOLE_PLAN),
    ("plan history", lambda w: reverse("plans:history", args=[w.plan.pk]), WHOLE_PLAN),
    ("task", lambda w: reverse("plans:task", args=[w.tasks[0].pk]), {**PROVINCE_READ, "other_focal_point": 404}),
    ("task via group", lambda w: reverse("plans:task", args=[w.tasks[2].pk]), PROVINCE_READ),
    (
        "agency",
        lambda w: reverse("organisations:agency", args=[w.agencies["vhttdl"].pk]),
        {**PROVINCE_READ, "other_focal_point": 404},
    ),
    ("agency list", lambda w: reverse("organisations:list"), ALL_200),
    ("document", lambda w: reverse("documents:detail", args=[w.plan.document.pk]), PROVINCE_READ),
    ("document list", lambda w: reverse("documents:list"), ALL_200),
    ("new plan", lambda w: reverse("plans:create"), CREATE),
    ("edit plan", lambda w: reverse("plans:edit", args=[w.plan.pk]), PLAN_WRITE),
    ("add task", lambda w: reverse("plans:task_create", args=[w.plan.pk]), PLAN_WRITE),
    ("edit task", lambda w: reverse("plans:task_edit", args=[w.tasks[0].pk]), {**PLAN_WRITE, "other_focal_point": 404}),
    ("new document", lambda w: reverse("documents:create"), CREATE),
    ("edit document", lambda w: reverse("documents:edit", args=[w.plan.document.pk]), PLAN_WRITE),
    ("import drafts", lambda w: reverse("imports:list"), CREATE),
    ("import upload", lambda w: reverse("imports:upload"), CREATE),
    ("import review", lambda w: reverse("imports:review", args=[bare_draft(w).pk]), DRAFT),
    ("reporting periods", lambda w: reverse("reporting:periods", args=[w.plan.pk]), PROVINCE_READ),
    ("reporting period", lambda w: reverse("reporting:period", args=[open_period(w).pk]), PROVINCE_READ),
    (
        "agency report",
        lambda w: reverse("reporting:report", args=[report_of(open_period(w), w.agencies["vhttdl"]).pk]),
        {**PROVINCE_READ, "other_focal_point": 404},
    ),
    (
        "group report",
        lambda w: reverse("reporting:report", args=[report_of(open_period(w), w.agencies["cac_so"]).pk]),
        PROVINCE_READ,
    ),
    ("combined report word", lambda w: reverse("reporting:synthesis_word", args=[open_period(w).pk]), WHOLE_PLAN),
    ("combined report excel", lambda w: reverse("reporting:synthesis_excel", args=[open_period(w).pk]), WHOLE_PLAN),
    (
        "urging letter word",
        lambda w: reverse("reporting:urging_word", args=[open_period(w, days_left=-3).pk]),
        PLAN_WRITE,
    ),
    ("adjustment proposals", lambda w: reverse("reporting:adjustments", args=[w.plan.pk]), WHOLE_PLAN),
    ("calendar", lambda w: reverse("events:calendar"), ALL_200),
    ("calendar month", lambda w: reverse("events:calendar") + "?year=2026&month=6", ALL_200),
    ("countries", lambda w: reverse("events:countries"), ALL_200),
    ("country", lambda w: reverse("events:country", args=["KH"]), ALL_200),
    ("calendar feeds", lambda w: reverse("events:feeds"), ALL_200),
    ("partner localities", lambda w: reverse("events:partners"), {**CALENDAR_PROVINCE, "ministry": 200, "admin": 200}),
    ("edit partner", lambda w: reverse("events:partner_edit", args=[a_partner(w).pk]), PARTNER_WRITE),
    ("congratulatory letters", lambda w: reverse("events:letters"), ALL_200),
    ("congratulatory letter", lambda w: reverse("events:letter", args=[a_letter(w).pk]), LETTER),
    ("letter word", lambda w: reverse("events:letter_word", args=[a_letter(w).pk]), LETTER),
    ("next year's plan", lambda w: reverse("events:plan_proposals"), CALENDAR_PROVINCE),
    (
        "report attachment",
        lambda w: (a := attachment_of(w)) and reverse("reporting:attachment", args=[a.report_id, a.pk]),
        {**PROVINCE_READ, "other_focal_point": 404},
    ),
]


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Files the cases attach go to a temporary folder, never to the real MEDIA_ROOT."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.mark.parametrize(("page", "url", "expected"), CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("who", [*ALL_200, None], ids=[*ALL_200, "anonymous"])
def test_it_gives_each_user_what_their_role_allows(world, client_for, page, url, expected, who):
    user = getattr(world, who) if who else None
    response = client_for(user).get(url(world))
    if who is None:
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))
    else:
        assert response.status_code == expected[who], f"{page} as {who}"


@pytest.mark.parametrize("who", ["leader", "finance", "ministry", "focal_point", "outsider", None])
def test_it_refuses_a_plan_edit_by_anyone_but_the_officer_and_changes_nothing(world, client_for, who):
    user = getattr(world, who) if who else None
    before = Plan.objects.get(pk=world.plan.pk).title
    response = client_for(user).post(
        reverse("plans:edit", args=[world.plan.pk]),
        {"title": "Đã bị sửa", "kind": "yearly", "status": "draft", "start_year": 2024, "end_year": 2024},
    )
    assert response.status_code in (302, 403, 404)
    if who is None:
        assert response["Location"].startswith(reverse("login"))
    assert Plan.objects.get(pk=world.plan.pk).title == before


@pytest.mark.parametrize("who", ["leader", "finance", "ministry", "focal_point", "other_focal_point", "outsider"])
def test_it_refuses_a_task_edit_by_a_reader_and_changes_nothing(world, client_for, who):
    task = world.tasks[0]
    response = client_for(getattr(world, who)).post(
        reverse("plans:task_edit", args=[task.pk]),
        {"code": "II.1", "content": "Nội dung bị sửa", "category": "other", "lead": [world.agencies["sngv"].pk]},
    )
    assert response.status_code in (403, 404)
    task.refresh_from_db()
    assert task.content == "Giao lưu văn hóa với tỉnh Mondulkiri, Campuchia"
    assert [a.agency_id for a in task.assignments.filter(role="lead")] == [world.agencies["vhttdl"].pk]


@pytest.mark.parametrize("who", ["leader", "finance", "ministry", "focal_point"])
def test_it_refuses_new_plans_and_tasks_from_readers_and_saves_none(world, client_for, who):
    client = client_for(getattr(world, who))
    plans, tasks = Plan.objects.count(), Task.objects.count()
    client.post(
        reverse("plans:create"),
        {"title": "X", "kind": "yearly", "status": "draft", "start_year": 2025, "end_year": 2025},
    )
    client.post(
        reverse("plans:task_create", args=[world.plan.pk]), {"code": "II.9", "content": "X", "category": "other"}
    )
    assert (Plan.objects.count(), Task.objects.count()) == (plans, tasks)


def test_it_lets_an_officer_of_another_province_create_only_in_their_own(world, client_for):
    client = client_for(world.outsider)
    response = client.post(
        reverse("plans:create"),
        {"title": "Kế hoạch năm 2025", "kind": "yearly", "status": "draft", "start_year": 2025, "end_year": 2025},
    )
    plan = Plan.objects.get(title="Kế hoạch năm 2025")
    assert response.status_code == 302
    assert plan.province == world.an_giang


@pytest.mark.parametrize("who", ["leader", "finance", "ministry", "focal_point", "other_focal_point", "outsider", None])
def test_it_refuses_to_change_a_draft_by_anyone_but_the_officer_and_changes_nothing(world, client_for, who):
    user = getattr(world, who) if who else None
    draft = bare_draft(world)
    before, plans = draft.data, Plan.objects.count()
    client = client_for(user)
    review = reverse("imports:review", args=[draft.pk])
    responses = [
        client.post(review, {"action": "confirm", "title": "Đã bị sửa", "doc_type": "plan", "kind": "yearly"}),
        client.post(reverse("imports:discard", args=[draft.pk])),
    ]
    for response in responses:
        if who is None:
            assert response.status_code == 302
            assert response["Location"].startswith(reverse("login"))
        else:
            assert response.status_code in (403, 404)
    draft.refresh_from_db()
    assert (draft.status, draft.data, Plan.objects.count()) == ("draft", before, plans)


@pytest.mark.parametrize("who", ["leader", "finance", "ministry", "focal_point", None])
def test_it_refuses_an_upload_by_a_reader_and_stores_nothing(world, client_for, who):
    user = getattr(world, who) if who else None
    response = client_for(user).post(
        reverse("imports:upload"), {"file": SimpleUploadedFile("ke-hoach.txt", plan_text().encode())}
    )
    assert response.status_code == (302 if who is None else 403)
    assert not ImportDraft.objects.exists()


@pytest.mark.parametrize("who", ["leader", "finance", "ministry", "focal_point", "outsider", None])
def test_it_refuses_to_open_a_period_by_anyone_but_the_officer_and_opens_none(world, client_for, who):
    user = getattr(world, who) if who else None
    response = client_for(user).post(
        reverse("reporting:periods", args=[world.plan.pk]), {"kind": "six_month", "year": "2024"}
    )
    if who is None:
        assert response["Location"].startswith(reverse("login"))
    else:
        assert response.status_code == (404 if who == "outsider" else 403)
    assert not ReportingPeriod.objects.exists()


@pytest.mark.parametrize("who", ["officer", "leader", "finance", "ministry", "other_focal_point", "outsider", None])
def test_it_refuses_an_agency_report_written_by_anyone_outside_the_agency_and_changes_nothing(world, client_for, who):
    user = getattr(world, who) if who else None
    report = report_of(open_period(world), world.agencies["vhttdl"])
    row = report.task_reports.get()
    response = client_for(user).post(
        reverse("reporting:report", args=[report.pk]),
        {"version": 1, "action": "submit", "results_summary": "Bị sửa", f"t{row.pk}_status": "done",
         f"t{row.pk}_progress": "100"},
    )  # fmt: skip
    if who is None:
        assert response["Location"].startswith(reverse("login"))
    else:
        assert response.status_code == (404 if who in ("other_focal_point", "outsider") else 403)
    report.refresh_from_db()
    row.refresh_from_db()
    assert (report.status, report.version, report.results_summary, row.progress) == ("draft", 1, "", 0)


@pytest.mark.parametrize("who", ["leader", "finance", "ministry", "focal_point", "outsider", None])
def test_it_refuses_the_officers_report_actions_to_anyone_else_and_changes_nothing(world, client_for, who):
    user = getattr(world, who) if who else None
    report = report_of(open_period(world), world.agencies["vhttdl"])
    AgencyReport.objects.filter(pk=report.pk).update(status="submitted")
    client = client_for(user)
    for name, data in (("return", {"comment": "Không đạt"}), ("accept", {}), ("reopen", {"until": "31/12/2099"})):
        response = client.post(reverse(f"reporting:{name}", args=[report.pk]), data)
        if who is None:
            assert response["Location"].startswith(reverse("login"))
        else:
            assert response.status_code == (404 if who == "outsider" else 403)
    report.refresh_from_db()
    assert (report.status, report.reopened_until, report.events.count()) == ("submitted", None, 0)


@pytest.mark.parametrize("who", ["officer", "leader", "finance", "ministry", "other_focal_point"])
def test_it_shows_an_agency_report_read_only_to_its_readers(world, client_for, who):
    report = report_of(open_period(world), world.agencies["vhttdl"])
    page = client_for(getattr(world, who)).get(reverse("reporting:report", args=[report.pk]))
    if who == "other_focal_point":
        assert page.status_code == 404
        return
    assert 'name="action"' not in page.content.decode()


@pytest.mark.parametrize("who", ["officer", "leader", "finance", "ministry", "other_focal_point", "outsider", None])
def test_it_refuses_an_adjustment_proposal_from_outside_the_agency_and_saves_none(world, client_for, who):
    user = getattr(world, who) if who else None
    report = report_of(open_period(world), world.agencies["vhttdl"])
    response = client_for(user).post(
        reverse("reporting:adjustment_add", args=[report.pk]),
        {"adj-kind": "content", "adj-task": world.tasks[0].pk, "adj-text": "Nội dung mới"},
    )
    if who is None:
        assert response["Location"].startswith(reverse("login"))
    else:
        assert response.status_code == (404 if who in ("other_focal_point", "outsider") else 403)
    assert not AdjustmentProposal.objects.exists()


@pytest.mark.parametrize("who", ["leader", "finance", "ministry", "focal_point", "other_focal_point", "outsider", None])
def test_it_refuses_to_decide_an_adjustment_by_anyone_but_the_officer_and_changes_nothing(world, client_for, who):
    user = getattr(world, who) if who else None
    report = report_of(open_period(world), world.agencies["vhttdl"])
    proposal = adjustment_propose(
        user=world.focal_point, report=report, kind="content", task=world.tasks[0], text="Nội dung mới"
    )
    AgencyReport.objects.filter(pk=report.pk).update(status="submitted")
    client = client_for(user)
    for name in ("adjustment_accept", "adjustment_reject"):
        response = client.post(reverse(f"reporting:{name}", args=[proposal.pk]), {"comment": "Không"})
        if who is None:
            assert response["Location"].startswith(reverse("login"))
        else:
            assert response.status_code == (404 if who in ("other_focal_point", "outsider") else 403)
    proposal.refresh_from_db()
    task = Task.objects.get(pk=world.tasks[0].pk)
    assert (proposal.status, PlanVersion.objects.count(), task.content) == (
        "proposed",
        0,
        "Giao lưu văn hóa với tỉnh Mondulkiri, Campuchia",
    )
