"""Reminders by e-mail (thư nhắc) to the agencies whose report of an open period has not come in.

``huunghi send-reminders`` runs once a day from cron. A reminder goes out on a fixed schedule relative to the
deadline — 5 days before, 1 day before, the day after, then every 7 days until the period is closed — so the
schedule alone decides what goes out on a given day: nothing is logged, and a second run on the same day sends
the same messages again.

The recipients are the people who write the agency's report (``permissions.can_write_report``): its focal
points and, for the focal agency's own report, its officers. A group ("các sở, ban, ngành") has no people of its
own: the province's officers enter its report, so they get its reminder. One message goes to each agency.
The texts are in Vietnamese, the language the focal points work in.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from huunghi.accounts.models import Role
from huunghi.reporting.models import AgencyReport, PeriodStatus, ReportStatus, TaskReport, TaskStatus
from huunghi.reporting.urging import plan_name_vi
from huunghi.text import format_date, sort_key

#: Days before the deadline on which a reminder goes out.
DAYS_BEFORE = (5, 1)
#: After the deadline: the next day, then every ``REPEAT_DAYS`` days.
REPEAT_DAYS = 7
#: A report in these states has not reached the focal agency (or was sent back to the agency).
PENDING = (ReportStatus.DRAFT, ReportStatus.RETURNED)


def is_reminder_day(deadline: datetime.date, today: datetime.date) -> bool:
    """Whether ``today`` is on the schedule: 5 or 1 days before the deadline, or 1, 8, 15 ... days after it."""
    offset = (today - deadline).days
    if offset < 0:
        return -offset in DAYS_BEFORE
    return offset >= 1 and (offset - 1) % REPEAT_DAYS == 0


@dataclass
class Reminder:
    """One message: to the people of one agency, about its report of one period."""

    report: AgencyReport
    recipients: list[str]
    subject: str
    body: str
    #: People who would have received it but have no e-mail address.
    without_email: list[str] = field(default_factory=list)


def due_reports(today: datetime.date) -> list[AgencyReport]:
    """The reports that get a reminder today: of open periods, not submitted (or returned), on the schedule."""
    reports = (
        AgencyReport.objects.filter(period__status=PeriodStatus.OPEN, status__in=PENDING)
        .select_related("period__plan__province__focal_agency", "agency")
        .order_by("period__plan_id", "period_id", "pk")
    )
    due = [r for r in reports if is_reminder_day(r.period.deadline, today)]
    return sorted(due, key=lambda r: (r.period.plan_id, r.period_id, sort_key(r.agency.name)))


def _province_chain(province) -> list[int]:
    """The plan's province and the ones it was merged into: their officers work with its plans."""
    ids = []
    while province is not None and province.pk not in ids:
        ids.append(province.pk)
        province = province.merged_into
    return ids


def _writers(reports: list[AgencyReport]) -> dict[int, list]:
    """The people who write each report, by report id: its agency's focal points and officers, or for a group,
    the officers of the plan's province. Two queries whatever the number of reports."""
    User = get_user_model()
    agency_ids = {r.agency_id for r in reports if not r.agency.is_group}
    by_agency: dict[int, list] = {}
    for user in User.objects.filter(
        is_active=True, agency_id__in=agency_ids, role__in=(Role.FOCAL_POINT, Role.OFFICER)
    ).order_by("username"):
        by_agency.setdefault(user.agency_id, []).append(user)
    chains = {r.pk: _province_chain(r.period.plan.province) for r in reports if r.agency.is_group}
    province_ids = {pk for chain in chains.values() for pk in chain}
    by_province: dict[int, list] = {}
    for user in User.objects.filter(is_active=True, role=Role.OFFICER, province_id__in=province_ids).order_by(
        "username"
    ):
        by_province.setdefault(user.province_id, []).append(user)
    writers = {}
    for report in reports:
        if report.agency.is_group:
            writers[report.pk] = [u for pk in chains[report.pk] for u in by_province.get(pk, [])]
        else:
            writers[report.pk] = by_agency.get(report.agency_id, [])
    return writers


def _unreported_tasks(reports: list[AgencyReport]) -> dict[int, list[str]]:
    """'II.1: Giao lưu văn hóa ...' for each task row still 'not started', by report id. One query."""
    lines: dict[int, list[str]] = {}
    for report_id, code, title, content in (
        TaskReport.objects.filter(report__in=reports, status=TaskStatus.NOT_STARTED)
        .order_by("task__position", "task_id")
        .values_list("report_id", "task__code", "task__title", "task__content")
    ):
        text = " ".join((title or content or "").split())
        lines.setdefault(report_id, []).append(f"{code}: {text}" if code else text)
    return lines


def report_url(report: AgencyReport) -> str:
    """The absolute address of the report's page, from ``HUUNGHI_SITE_URL``."""
    return settings.HUUNGHI_SITE_URL.rstrip("/") + reverse("reporting:report", args=[report.pk])


def _message(report: AgencyReport, tasks: list[str], today: datetime.date) -> tuple[str, str]:
    """The subject and the body of a reminder, in Vietnamese."""
    period, plan = report.period, report.period.plan
    values = {
        "agency": report.agency.name,
        "plan": plan_name_vi(plan),
        "deadline": format_date(period.deadline),
        "days": abs((period.deadline - today).days),
    }
    with translation.override("vi"):
        values["period"] = str(period.label).lower()
        focal = plan.province.focal_agency.name if plan.province.focal_agency_id else _("the focal agency")
        if today <= period.deadline:
            subject = _("Reminder: report for %(period)s, due %(deadline)s") % values
            when = ngettext(
                "The deadline is %(deadline)s (in %(days)s day).",
                "The deadline is %(deadline)s (in %(days)s days).",
                values["days"],
            )
        else:
            subject = _("Overdue: report for %(period)s, due %(deadline)s") % values
            when = ngettext(
                "The deadline of %(deadline)s passed %(days)s day ago.",
                "The deadline of %(deadline)s passed %(days)s days ago.",
                values["days"],
            )
        if report.status == ReportStatus.RETURNED:
            state = _(
                "The report of %(agency)s on the results of %(plan)s for %(period)s was returned for correction "
                "and has not been sent again."
            )
        else:
            state = _("The report of %(agency)s on the results of %(plan)s for %(period)s has not been sent yet.")
        lines = [_("Dear %(agency)s,") % values, "", f"{state % values} {when % values}", ""]
        if tasks:
            lines.append(_("Tasks not reported yet:"))
            lines.extend(f"- {task}" for task in tasks)
            lines.append("")
        lines.append(_("Please enter and send the report at:"))
        lines.append(report_url(report))
        lines.extend(["", _("With thanks,"), focal])
        subject = f"{subject} – {values['plan']}"
    return subject, "\n".join(lines)


def reminders_for(today: datetime.date | None = None) -> list[Reminder]:
    """Every reminder due on ``today`` (the province's date by default), one per agency report."""
    today = today or timezone.localdate()
    reports = due_reports(today)
    writers = _writers(reports)
    tasks = _unreported_tasks(reports)
    reminders = []
    for report in reports:
        people = writers[report.pk]
        subject, body = _message(report, tasks.get(report.pk, []), today)
        reminders.append(
            Reminder(
                report=report,
                recipients=list(dict.fromkeys(u.email for u in people if u.email)),
                subject=subject,
                body=body,
                without_email=[u.get_username() for u in people if not u.email],
            )
        )
    return reminders


def send(reminders: list[Reminder]) -> int:
    """Send the reminders that have recipients, over one connection; the number sent."""
    messages = [
        EmailMessage(r.subject, r.body, settings.DEFAULT_FROM_EMAIL, r.recipients) for r in reminders if r.recipients
    ]
    if not messages:
        return 0
    return get_connection().send_messages(messages) or 0
