"""Reads of the reporting cycle, shaped for the pages that show them in a fixed number of queries."""

import datetime

from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from huunghi.plans.models import AssignmentRole, TaskCategory
from huunghi.reporting.models import (
    SENT_STATUSES,
    Activity,
    AdjustmentProposal,
    AgencyReport,
    PlanVersion,
    ReportingPeriod,
    ReportStatus,
    TaskReport,
    TaskStatus,
)

#: What the monitoring table says of each agency's report.
STATES = {
    "draft": _("Not submitted yet"),
    "missing": _("Missing after the deadline"),
    "on_time": _("Submitted on time"),
    "late": _("Submitted late"),
    "returned": _("Returned"),
    "accepted": _("Accepted"),
}


def report_state(
    *, status: str, submitted_at: datetime.datetime | None, deadline: datetime.date, today: datetime.date
) -> str:
    """One word for where a report stands: draft, missing, on_time, late, returned or accepted.

    A submission counts as on time when made on or before the deadline day (in the province's time zone);
    an accepted report is 'accepted' whenever it came in."""
    if status == ReportStatus.ACCEPTED:
        return "accepted"
    if status == ReportStatus.RETURNED:
        return "returned"
    if status == ReportStatus.SUBMITTED:
        on_time = submitted_at is not None and timezone.localdate(submitted_at) <= deadline
        return "on_time" if on_time else "late"
    return "missing" if today > deadline else "draft"


def period_list(plan, periods: QuerySet[ReportingPeriod]) -> QuerySet[ReportingPeriod]:
    """The plan's periods, newest first, with their number of reports and of submitted ones."""
    return (
        periods.filter(plan=plan)
        .annotate(
            report_count=Count("reports", distinct=True),
            submitted_count=Count(
                "reports",
                filter=Q(reports__status__in=[ReportStatus.SUBMITTED, ReportStatus.ACCEPTED]),
                distinct=True,
            ),
        )
        .order_by("-year", "kind")
    )


def period_report_rows(period: ReportingPeriod, *, reports: QuerySet[AgencyReport]) -> list[dict]:
    """The monitoring table: one row per agency report of the period (of those the user sees), with its state
    and how many of its tasks were reported on and done. One query, whatever the number of agencies."""
    today = timezone.localdate()
    values = (
        reports.filter(period=period)
        .order_by("agency__name", "pk")
        .values("pk", "agency__name", "agency__short_name", "status", "submitted_at", "reopened_until")
        .annotate(
            tasks=Count("task_reports"),
            done=Count("task_reports", filter=Q(task_reports__status=TaskStatus.DONE)),
            reported=Count("task_reports", filter=~Q(task_reports__status=TaskStatus.NOT_STARTED)),
        )
    )
    rows = []
    for v in values:
        state = report_state(status=v["status"], submitted_at=v["submitted_at"], deadline=period.deadline, today=today)
        rows.append({**v, "agency": v["agency__name"], "state": state, "state_label": STATES[state]})
    return rows


def period_summary(rows: list[dict]) -> list[tuple[str, str, int]]:
    """(state, label, number of reports) for each state that occurs, in the order of ``STATES``."""
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["state"]] = counts.get(row["state"], 0) + 1
    return [(state, label, counts[state]) for state, label in STATES.items() if state in counts]


#: The buckets of the progress overview, in the order the page shows them.
PROGRESS_BUCKETS = {
    "done": _("Done"),
    "in_progress": _("In progress"),
    "not_started": _("Not started"),
    "not_reported": _("Not reported"),
}


def _task_bucket(rows: list[dict]) -> tuple[str, int | None]:
    """The bucket and progress of one task from its rows in sent reports: the lead agencies' rows decide
    when there are any, else the cooperating agencies'. Postponed and cancelled count as not started."""
    sent = [r for r in rows if r["report__status"] in SENT_STATUSES]
    if not sent:
        return "not_reported", None
    lead = [r for r in sent if r["role"] == AssignmentRole.LEAD] or sent
    statuses = {r["status"] for r in lead}
    progress = max(r["progress"] for r in lead)
    if TaskStatus.DONE in statuses:
        return "done", progress
    if TaskStatus.IN_PROGRESS in statuses:
        return "in_progress", progress
    return "not_started", progress


def _overview_line(key, label, tasks: list[dict]) -> dict:
    counts = {bucket: 0 for bucket in PROGRESS_BUCKETS}
    progresses = []
    for task in tasks:
        counts[task["bucket"]] += 1
        if task["progress"] is not None:
            progresses.append(task["progress"])
    average = round(sum(progresses) / len(progresses)) if progresses else None
    return {"key": key, "label": label, "tasks": len(tasks), **counts, "average": average}


def period_progress(period: ReportingPeriod, *, reports: QuerySet[AgencyReport]) -> dict:
    """The progress overview of a period, from the task rows of the reports the user sees, in one query:
    per section and per category, how many tasks are done, in progress, not started or not reported and their
    average progress (of those reported); and the overdue tasks, those not done whose end date falls before the
    end of the period's data."""
    rows = (
        TaskReport.objects.filter(report__in=reports.filter(period=period))
        .order_by("task__position", "task_id", "role", "report__agency__name")
        .values(
            "task_id",
            "task__code",
            "task__title",
            "task__content",
            "task__category",
            "task__ends_on",
            "task__cancelled_on",
            "task__section__code",
            "task__section__title",
            "role",
            "status",
            "progress",
            "report_id",
            "report__status",
            "report__agency__name",
        )
    )
    by_task: dict[int, list[dict]] = {}
    for row in rows:
        by_task.setdefault(row["task_id"], []).append(row)
    tasks = []
    for task_rows in by_task.values():
        first = task_rows[0]
        bucket, progress = _task_bucket(task_rows)
        leads = [r for r in task_rows if r["role"] == AssignmentRole.LEAD] or task_rows
        tasks.append(
            {
                "code": first["task__code"],
                "title": first["task__title"] or first["task__content"],
                "category": first["task__category"],
                "ends_on": first["task__ends_on"],
                "cancelled_on": first["task__cancelled_on"],
                "section": first["task__section__code"],
                "section_title": first["task__section__title"],
                "bucket": bucket,
                "bucket_label": PROGRESS_BUCKETS[bucket],
                "progress": progress,
                "leads": [(r["report__agency__name"], r["report_id"]) for r in leads],
            }
        )
    sections: dict[str | None, list[dict]] = {}
    titles: dict[str | None, str] = {}
    categories: dict[str, list[dict]] = {}
    for task in tasks:
        sections.setdefault(task["section"], []).append(task)
        titles[task["section"]] = task["section_title"] or ""
        categories.setdefault(task["category"], []).append(task)
    category_labels = dict(TaskCategory.choices)
    return {
        "total": _overview_line(None, _("All tasks"), tasks),
        "sections": [
            _overview_line(code, f"{code}. {titles[code]}" if code else _("Without a section"), section_tasks)
            for code, section_tasks in sections.items()
        ],
        "categories": [
            _overview_line(value, category_labels[value], categories[value])
            for value in TaskCategory.values
            if value in categories
        ],
        "overdue": [
            task
            for task in tasks
            if task["bucket"] != "done"
            and task["cancelled_on"] is None  # a task the plan has cancelled is not overdue
            and task["ends_on"] is not None
            and task["ends_on"] < period.data_to
        ],
    }


def agency_record(agency, *, reports: QuerySet[AgencyReport]) -> list[dict]:
    """An agency's record across periods (of the reports the user sees), newest first: each period with the
    state of the agency's report and whether it came in on time. One query."""
    today = timezone.localdate()
    rows = []
    for report in (
        reports.filter(agency=agency)
        .select_related("period__plan")
        .order_by("-period__year", "-period__data_to", "period__plan__title", "pk")
    ):
        period = report.period
        state = report_state(
            status=report.status, submitted_at=report.submitted_at, deadline=period.deadline, today=today
        )
        on_time = None
        if report.submitted_at is not None:
            on_time = timezone.localdate(report.submitted_at) <= period.deadline
        rows.append(
            {"report": report, "period": period, "state": state, "state_label": STATES[state], "on_time": on_time}
        )
    return rows


def report_task_rows(report: AgencyReport) -> list[TaskReport]:
    """The task rows of an agency's report, each with its activities (``row.activity_list``) and, where the
    agency leads the task, what the cooperating agencies reported on it (``row.cooperator_parts``, each with its
    ``activity_list``): only from their submitted or accepted reports, for the lead agency writes its own from
    what they sent. Three queries, whatever the number of tasks and agencies."""
    rows = list(report.task_reports.select_related("task").order_by("task__position", "task_id"))
    led = [row.task_id for row in rows if row.role == AssignmentRole.LEAD]
    parts: list[TaskReport] = []
    if led:
        parts = list(
            TaskReport.objects.filter(
                report__period_id=report.period_id,
                report__status__in=SENT_STATUSES,
                task_id__in=led,
                role=AssignmentRole.COOPERATING,
            )
            .exclude(report_id=report.pk)
            .select_related("report__agency")
            .order_by("report__agency__name", "pk")
        )
    activities: dict[int, list] = {}
    for activity in Activity.objects.filter(task_report__in=[*rows, *parts]).order_by("held_on", "pk"):
        activities.setdefault(activity.task_report_id, []).append(activity)
    parts_of: dict[int, list[TaskReport]] = {}
    for part in parts:
        part.activity_list = activities.get(part.pk, [])
        parts_of.setdefault(part.task_id, []).append(part)
    for row in rows:
        row.activity_list = activities.get(row.pk, [])
        row.cooperator_parts = parts_of.get(row.task_id, []) if row.role == AssignmentRole.LEAD else []
    return rows


def plan_adjustments(plan) -> QuerySet[AdjustmentProposal]:
    """The proposals of the plan's submitted (or accepted) reports, newest period first, with what the list
    page shows: the agency, the period, the task, who decided and the version an acceptance made."""
    return (
        AdjustmentProposal.objects.filter(report__period__plan=plan, report__status__in=SENT_STATUSES)
        .select_related("report__agency", "report__period", "task", "created_by", "decided_by", "version")
        .order_by("-report__period__year", "-report__period__kind", "report__agency__name", "created_at", "pk")
    )


def plan_versions(plan) -> list[PlanVersion]:
    """The plan's versions, newest first, each with its proposal and the proposing agency: one query."""
    return list(
        PlanVersion.objects.filter(plan=plan)
        .select_related("created_by", "proposal__report__agency")
        .order_by("-number")
    )
