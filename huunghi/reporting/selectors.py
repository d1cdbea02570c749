"""Reads of the reporting cycle, shaped for the pages that show them in a fixed number of queries."""

import datetime

from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from huunghi.reporting.models import AgencyReport, ReportingPeriod, ReportStatus, TaskStatus

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
