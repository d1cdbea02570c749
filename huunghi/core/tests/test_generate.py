"""``huunghi generate``: a small run (two provinces, one year, with its reports) and what it must guarantee."""

import datetime
import re
from collections import Counter
from io import StringIO

import pytest
from django.apps import apps
from django.contrib.auth import authenticate
from django.core.management import CommandError, call_command
from django.db import transaction
from django.db.models import F
from django.test import override_settings

from huunghi.core.generate import DEMO_PASSWORD, current_provinces, plan_draft, province_context
from huunghi.organisations.models import Agency, AgencyKind, Province
from huunghi.organisations.services import agency_search_key
from huunghi.plans.models import Assignment, AssignmentRole, Plan, PlanStatus, Task
from huunghi.plans.services import task_search_key
from huunghi.reporting.models import AgencyReport, ReportEvent, ReportingPeriod, TaskReport
from huunghi.reporting.selectors import report_state

# Logins are checked here, not the strength of their hash.
FAST_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
TASK_CODE = re.compile(r"^(II|III)\.[1-8]\.(a|b|c|d|đ|e|g|h|i|k|l|m|n|o|p|q|r|s|t|u|v|x|y)$")


def run(*args: str) -> str:
    out = StringIO()
    call_command("generate", *args, stdout=out)
    return out.getvalue()


def row_counts() -> dict[str, int]:
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


@pytest.fixture(scope="module")
def first_run(django_db_setup, django_db_blocker):
    """One run of ``generate --provinces 2 --years 1`` shared by the module's tests, rolled back at the end."""
    with django_db_blocker.unblock(), override_settings(PASSWORD_HASHERS=FAST_HASHERS), transaction.atomic():
        output = run("--provinces", "2", "--years", "1")
        yield output
        transaction.set_rollback(True)


@pytest.fixture
def generated(first_run, db):
    return first_run


def test_it_creates_the_expected_counts(generated):
    counts = row_counts()

    assert counts["organisations.Province"] == 64
    assert Agency.objects.filter(province__code="ha-noi").count() == 54
    assert Agency.objects.filter(province__code="hue").count() == 71
    # Thủ tướng Chính phủ, the issuer of the strategy the plans implement (2013/QĐ-TTg).
    assert Agency.objects.filter(province__isnull=True).count() == 1
    assert counts["accounts.User"] == 2
    assert counts["plans.Plan"] == 2
    assert counts["documents.LegalDocument"] == 3
    assert counts["documents.Citation"] == 2
    assert counts["plans.Section"] == 18
    assert counts["plans.Task"] == 157 + 168
    assert counts["plans.Assignment"] == 985
    assert "Created 126 agencies, 2 officers, 2 plans, 18 sections, 325 tasks and 985 assignments" in generated


def test_it_creates_one_issued_plan_per_province_and_year(generated):
    plans = Plan.objects.select_related("province", "document").order_by("pk")

    assert [(p.province.code, p.start_year, p.end_year, p.status) for p in plans] == [
        ("ha-noi", 2025, 2025, PlanStatus.ISSUED),
        ("hue", 2025, 2025, PlanStatus.ISSUED),
    ]
    ha_noi = plans[0]
    assert ha_noi.document.number == "631/KH-UBND"
    assert str(ha_noi.document.issued_on) == "2025-03-04"
    assert ha_noi.document.issuer.name == "Ủy ban nhân dân thành phố Hà Nội"
    assert ha_noi.document.citations.get().cited.number == "2013/QĐ-TTg"


def test_it_gives_every_plan_130_to_170_tasks_with_unique_codes(generated):
    for plan in Plan.objects.all():
        codes = list(plan.tasks.order_by("position").values_list("code", flat=True))
        assert 130 <= len(codes) <= 170
        assert len(set(codes)) == len(codes)
        assert all(TASK_CODE.match(code) for code in codes), codes
        numbered = plan.sections.filter(parent__isnull=False).count()
        assert 5 <= numbered <= 8


def test_it_letters_items_in_vietnamese_alphabet_order(generated):
    plan = Plan.objects.get(province__code="ha-noi")
    first_section = plan.sections.get(code="II.1")

    letters = [
        code.rsplit(".", 1)[1] for code in first_section.tasks.order_by("position").values_list("code", flat=True)
    ]

    assert letters[:7] == ["a", "b", "c", "d", "đ", "e", "g"]


def test_it_assigns_only_agencies_of_the_plans_province(generated):
    outside = Assignment.objects.exclude(agency__province=F("task__plan__province"))

    assert Assignment.objects.count() == 985
    assert outside.count() == 0


def test_it_gives_every_task_one_or_two_leads_and_at_most_four_cooperating_agencies(generated):
    roles = Counter(Assignment.objects.values_list("task_id", "role"))

    for task_id in Task.objects.values_list("pk", flat=True):
        assert 1 <= roles[task_id, AssignmentRole.LEAD] <= 2
        assert 0 <= roles[task_id, AssignmentRole.COOPERATING] <= 4


def test_it_never_has_an_agency_lead_and_cooperate_on_the_same_task(generated):
    pairs = Counter(Assignment.objects.values_list("task_id", "agency_id"))

    assert max(pairs.values()) == 1


def test_it_names_only_agencies_that_existed_when_the_plan_was_issued(generated):
    for assignment in Assignment.objects.select_related("agency", "task__plan__document"):
        assert assignment.agency.is_current(assignment.task.plan.document.issued_on), assignment


def test_it_uses_the_2025_departments_after_the_reorganisation(generated):
    # Hà Nội's 2025 plan was issued on 4 March 2025, after the departments merged on 1 March.
    names = set(Assignment.objects.filter(task__plan__province__code="ha-noi").values_list("agency__name", flat=True))

    assert "Sở Kế hoạch và Đầu tư" not in names
    assert "Sở Thông tin và Truyền thông" not in names
    assert "Sở Ngoại vụ" in names


def test_it_computes_search_keys_as_the_services_do(generated):
    for task in Task.objects.all():
        assert task.search_key == task_search_key(task)
    for agency in Agency.objects.all():
        assert agency.search_key == agency_search_key(agency.name, agency.short_name, agency.abbreviations)


def test_it_writes_a_history_row_for_each_task_by_the_officer(generated):
    history = Task.history.model.objects.all()

    assert history.count() == Task.objects.count()
    assert set(history.values_list("history_type", "history_user__username")) == {
        ("+", "officer-ha-noi"),
        ("+", "officer-hue"),
    }


def test_it_groups_agencies_as_plans_write_them(generated):
    groups = Agency.objects.filter(province__code="hue", kind=AgencyKind.GROUP).order_by("name")

    assert [(g.name, g.group_of) for g in groups] == [
        ("Các sở, ban, ngành", AgencyKind.DEPARTMENT),
        ("Các tổ chức đoàn thể", AgencyKind.MASS_ORGANISATION),
        ("UBND các quận, huyện", AgencyKind.DISTRICT),
    ]


def test_it_sets_the_focal_agency_and_an_officer_who_can_sign_in(generated):
    province = Province.objects.get(code="hue")

    with override_settings(PASSWORD_HASHERS=FAST_HASHERS):
        officer = authenticate(username="officer-hue", password=DEMO_PASSWORD)

    assert province.focal_agency.name == "Sở Ngoại vụ"
    assert officer.role == "officer"
    assert officer.province == province
    assert officer.agency == province.focal_agency


def test_it_creates_nothing_when_run_again_and_says_what_it_skipped(generated):
    counts = row_counts()

    output = run("--provinces", "2", "--years", "1")

    assert row_counts() == counts
    assert "Skipped Hà Nội 2025: plan #" in output
    assert "Skipped Huế 2025: plan #" in output
    assert "Created 0 agencies, 0 officers, 0 plans" in output


def test_it_adds_only_the_missing_years(generated):
    before = Task.objects.count()

    output = run("--provinces", "1", "--years", "2")

    assert list(
        Plan.objects.filter(province__code="ha-noi").order_by("start_year").values_list("start_year", flat=True)
    ) == [
        2024,
        2025,
    ]
    assert "Skipped Hà Nội 2025" in output
    assert Task.objects.count() > before
    assert Agency.objects.filter(province__code="ha-noi").count() == 54


def test_it_draws_the_same_plan_for_the_same_seed_and_another_for_another_seed(generated):
    ctx = province_context(Province.objects.get(code="ha-noi"), seed=1)
    stored = list(
        Task.objects.filter(plan__province__code="ha-noi").order_by("position").values_list("code", "content")
    )

    again = [(t.task.code, t.task.content) for t in plan_draft(ctx, seed=1, year=2025).tasks]
    other = [(t.task.code, t.task.content) for t in plan_draft(ctx, seed=2, year=2025).tasks]

    assert again == stored
    assert other != stored


def test_it_refuses_more_provinces_than_the_register_holds(generated):
    with pytest.raises(CommandError, match="The register holds 34 current provinces; 35 were asked for."):
        run("--provinces", "35", "--years", "1")


def test_it_takes_the_provinces_in_the_official_order(generated):
    assert [p.code for p in current_provinces(4)] == ["ha-noi", "hue", "lai-chau", "dien-bien"]


def _states() -> Counter:
    today = datetime.date(2026, 12, 1)
    return Counter(
        report_state(status=r.status, submitted_at=r.submitted_at, deadline=r.period.deadline, today=today)
        for r in AgencyReport.objects.select_related("period")
    )


def test_it_fills_the_reporting_periods_of_past_years(generated):
    output = run("--provinces", "2", "--years", "2")

    periods = ReportingPeriod.objects.order_by("plan__province__code", "code")
    assert [(p.plan.province.code, p.code, str(p.deadline), p.status) for p in periods] == [
        ("ha-noi", "2024-H1", "2024-06-20", "closed"),
        ("ha-noi", "2024-Y", "2024-12-20", "closed"),
        ("ha-noi", "2025-H1", "2025-06-20", "closed"),
        ("ha-noi", "2025-Y", "2025-12-20", "closed"),
        ("hue", "2024-H1", "2024-06-20", "closed"),
        ("hue", "2024-Y", "2024-12-20", "closed"),
        ("hue", "2025-H1", "2025-06-20", "closed"),
        ("hue", "2025-Y", "2025-12-20", "closed"),
    ]
    assert "and 4 reporting periods with" in output  # 2025's came with the first run
    # Every agency assigned to a task of the plan has one report, with a row for each of its assignments.
    for period in periods:
        assigned = Assignment.objects.filter(task__plan=period.plan)
        assert period.reports.count() == assigned.values("agency").distinct().count()
        assert TaskReport.objects.filter(report__period=period).count() == assigned.count()
    states = _states()
    total = sum(states.values())
    assert total == AgencyReport.objects.count()
    assert states["accepted"] + states["on_time"] > total * 0.6
    assert 0.05 * total < states["late"] < 0.2 * total
    assert 0.05 * total < states["missing"] < 0.25 * total
    assert 0 < states["returned"] < 0.1 * total
    assert not TaskReport.objects.filter(progress__gt=100).exists()
    assert (
        not TaskReport.objects.filter(report__status="draft", report__results_summary="")
        .exclude(status="not_started", progress=0, results="")
        .exists()
    )
    # Events carry the day the step was taken, not the day of the run.
    late = ReportEvent.objects.filter(action="submitted").order_by("at").first()
    assert late.at.year == 2024


def test_it_draws_the_same_reports_for_the_same_seed(generated):
    first = sorted(
        TaskReport.objects.values_list(
            "report__agency__name", "task__code", "status", "progress", "spent_state", "report__status"
        )
    )
    ReportingPeriod.objects.all().delete()

    run("--provinces", "2", "--years", "1")

    again = sorted(
        TaskReport.objects.values_list(
            "report__agency__name", "task__code", "status", "progress", "spent_state", "report__status"
        )
    )
    assert again == first
    assert len(first) == 2 * 985


def test_it_skips_the_reports_when_asked(generated):
    ReportingPeriod.objects.all().delete()

    output = run("--provinces", "2", "--years", "1", "--no-reports")

    assert not ReportingPeriod.objects.exists()
    assert "and 0 reporting periods" in output
