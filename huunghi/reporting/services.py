"""Writes of the reporting cycle: open a period, save and submit an agency's report, return, accept and
reopen it. Each runs in one transaction, records the step as a ``ReportEvent``, and refuses what the rules do
not allow with a ``DomainError`` before anything is saved."""

import datetime
from collections.abc import Mapping

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from huunghi.accounts import permissions
from huunghi.core.errors import DomainError
from huunghi.plans.models import Assignment, Plan
from huunghi.reporting.models import (
    EDITABLE_STATUSES,
    AgencyReport,
    PeriodKind,
    ReportAction,
    ReportEvent,
    ReportingPeriod,
    ReportStatus,
    TaskReport,
    TaskStatus,
)
from huunghi.text import format_date

#: Days between the data cut-off and the default submission deadline; the province may set another.
DEFAULT_DEADLINE_DAYS = 6
GENERAL_FIELDS = ("results_summary", "difficulties", "proposals")
TASK_FIELDS = ("status", "progress", "results", "spent_state", "spent_non_state", "spent_other")
MONEY_FIELDS = ("spent_state", "spent_non_state", "spent_other")


class ReportChanged(DomainError):
    """Someone else saved the report after the form was read. ``report`` is the report as it is now."""

    def __init__(self, message, *, report: AgencyReport):
        super().__init__(message, code="stale")
        self.report = report


def period_dates(kind: str, year: int) -> tuple[datetime.date, datetime.date]:
    """The data a report covers (Nghị định 09/2019/NĐ-CP): from 15 December of the year before to 14 June
    (6-month report) or to 14 December (annual report)."""
    start = datetime.date(year - 1, 12, 15)
    if kind == PeriodKind.SIX_MONTH:
        return start, datetime.date(year, 6, 14)
    return start, datetime.date(year, 12, 14)


def period_code(kind: str, year: int) -> str:
    return f"{year}-H1" if kind == PeriodKind.SIX_MONTH else f"{year}-Y"


@transaction.atomic
def period_open(*, user, plan: Plan, kind: str, year: int, deadline: datetime.date | None = None) -> ReportingPeriod:
    """Open a reporting period of the plan and create one report, with a row per task, for every agency that
    leads or cooperates on a task (a group, "các sở, ban, ngành", gets one report as the plan assigns it)."""
    if not permissions.can_manage_reporting(user, plan):
        raise DomainError(_("Only the focal agency's officers may open a reporting period."))
    if kind not in PeriodKind.values:
        raise DomainError(_("Choose a 6-month or an annual report."), field="kind")
    if not plan.start_year <= year <= plan.end_year:
        raise DomainError(
            _("The plan covers %(years)s; choose a year within it.") % {"years": plan.years_label}, field="year"
        )
    code = period_code(kind, year)
    existing = ReportingPeriod.objects.filter(plan=plan, code=code).first()
    if existing is not None:
        raise DomainError(
            _("The period “%(period)s” is already open for this plan (since %(date)s).")
            % {"period": existing.label, "date": format_date(timezone.localdate(existing.opened_at))},
            field="year",
        )
    data_from, data_to = period_dates(kind, year)
    deadline = deadline or data_to + datetime.timedelta(days=DEFAULT_DEADLINE_DAYS)
    if deadline < data_to:
        raise DomainError(
            _("The deadline cannot be before the end of the data period (%(date)s).") % {"date": format_date(data_to)},
            field="deadline",
        )
    period = ReportingPeriod.objects.create(
        plan=plan,
        kind=kind,
        year=year,
        code=code,
        data_from=data_from,
        data_to=data_to,
        deadline=deadline,
        opened_by=user,
    )
    assignments = list(
        Assignment.objects.filter(task__plan=plan).order_by("task__position", "task_id", "role", "position")
    )
    agency_ids = list(dict.fromkeys(a.agency_id for a in assignments))
    reports = AgencyReport.objects.bulk_create([AgencyReport(period=period, agency_id=pk) for pk in agency_ids])
    report_of = {r.agency_id: r for r in reports}
    TaskReport.objects.bulk_create(
        [TaskReport(report=report_of[a.agency_id], task_id=a.task_id, role=a.role) for a in assignments]
    )
    return period


def _locked_report(report: AgencyReport) -> AgencyReport:
    """The report read again under a row lock, so that two writes to it take turns."""
    return (
        AgencyReport.objects.select_for_update(of=("self",)).select_related("period__plan", "agency").get(pk=report.pk)
    )


def _check_writable(user, report: AgencyReport) -> None:
    if not permissions.can_write_report(user, report):
        raise DomainError(
            _("Only the people of %(agency)s may write its report.") % {"agency": report.agency}, code="forbidden"
        )
    if report.status == ReportStatus.ACCEPTED:
        raise DomainError(_("This report has been accepted: it can no longer be changed."), code="read_only")
    if report.status not in EDITABLE_STATUSES:
        raise DomainError(
            _("This report is %(status)s: it can be changed only after the focal agency returns it.")
            % {"status": report.get_status_display().lower()},
            code="read_only",
        )
    if report.is_locked(timezone.localdate()):
        raise DomainError(
            _(
                "The deadline of %(date)s has passed: entry is closed. Ask the focal agency to reopen it "
                "for your agency."
            )
            % {"date": format_date(report.period.deadline)},
            code="locked",
        )


def _check_task_values(row: TaskReport, values: Mapping) -> None:
    prefix = f"t{row.pk}_"
    code = row.task.code
    if values.get("status", row.status) not in TaskStatus.values:
        raise DomainError(_("Task %(code)s: choose a status from the list.") % {"code": code}, field=prefix + "status")
    progress = values.get("progress", row.progress)
    if progress is None or not 0 <= progress <= 100:
        raise DomainError(
            _("Task %(code)s: progress must be a number from 0 to 100.") % {"code": code}, field=prefix + "progress"
        )
    for name in MONEY_FIELDS:
        amount = values.get(name, getattr(row, name))
        if amount is None or amount < 0:
            raise DomainError(
                _("Task %(code)s: an amount of money cannot be negative.") % {"code": code}, field=prefix + name
            )


def _record(report: AgencyReport, user, action: str, comment: str = "") -> None:
    ReportEvent.objects.create(report=report, actor=user, action=action, comment=comment)


def _saved_by_message(current: AgencyReport) -> str:
    saved_at = timezone.localtime(current.saved_at) if current.saved_at else None
    return _(
        "%(who)s saved this report at %(time)s, after you opened it. Nothing of yours was saved: your entries are "
        "still in the form and theirs are shown below. Compare them, then save again."
    ) % {
        "who": current.saved_by or _("Someone"),
        "time": saved_at.strftime("%H:%M %d/%m/%Y") if saved_at else "",
    }


@transaction.atomic
def report_save(
    *,
    user,
    report: AgencyReport,
    version: int,
    tasks: Mapping[int, Mapping] | None = None,
    **general: str,
) -> AgencyReport:
    """Save the agency's draft: the general section (``results_summary``, ``difficulties``, ``proposals``) and,
    in ``tasks``, the values of each task row by its id. ``version`` is the one the form was read at: when the
    report was saved since, nothing is saved and ``ReportChanged`` carries the report as it is now."""
    unknown = set(general) - set(GENERAL_FIELDS)
    if unknown:
        raise TypeError(f"report_save() got unexpected fields {sorted(unknown)}")
    current = _locked_report(report)
    _check_writable(user, current)
    if current.version != version:
        raise ReportChanged(_saved_by_message(current), report=current)
    tasks = tasks or {}
    rows = {row.pk: row for row in current.task_reports.select_related("task")}
    foreign = set(tasks) - set(rows)
    if foreign:
        raise DomainError(_("A task of another report was sent with this one."))
    for pk, values in tasks.items():
        unknown = set(values) - set(TASK_FIELDS)
        if unknown:
            raise TypeError(f"report_save() got unexpected task fields {sorted(unknown)}")
        _check_task_values(rows[pk], values)
    for pk, values in tasks.items():
        for name, value in values.items():
            setattr(rows[pk], name, value.strip() if isinstance(value, str) and name == "results" else value)
    TaskReport.objects.bulk_update([rows[pk] for pk in tasks], TASK_FIELDS)
    for name, value in general.items():
        setattr(current, name, (value or "").strip())
    current.version += 1
    current.saved_by = user
    current.saved_at = timezone.now()
    current.save()
    _record(current, user, ReportAction.SAVED)
    return current


@transaction.atomic
def report_submit(*, user, report: AgencyReport) -> AgencyReport:
    """Send the report to the focal agency; it is read-only from now until returned."""
    current = _locked_report(report)
    _check_writable(user, current)
    current.status = ReportStatus.SUBMITTED
    current.submitted_at = timezone.now()
    current.version += 1
    current.save()
    _record(current, user, ReportAction.SUBMITTED)
    return current


def _check_manager(user, report: AgencyReport) -> None:
    if not permissions.can_manage_reporting(user, report.period.plan):
        raise DomainError(_("Only the focal agency's officers may do this."), code="forbidden")


@transaction.atomic
def report_return(*, user, report: AgencyReport, comment: str) -> AgencyReport:
    """Send a submitted report back to the agency with the reason; the agency may change it again."""
    current = _locked_report(report)
    _check_manager(user, current)
    comment = (comment or "").strip()
    if current.status != ReportStatus.SUBMITTED:
        raise DomainError(_("Only a submitted report can be returned."))
    if not comment:
        raise DomainError(_("Say what the agency should correct."), field="comment")
    current.status = ReportStatus.RETURNED
    current.version += 1
    current.save()
    _record(current, user, ReportAction.RETURNED, comment)
    return current


@transaction.atomic
def report_accept(*, user, report: AgencyReport, comment: str = "") -> AgencyReport:
    """The focal agency accepts a submitted report."""
    current = _locked_report(report)
    _check_manager(user, current)
    if current.status != ReportStatus.SUBMITTED:
        raise DomainError(_("Only a submitted report can be accepted."))
    current.status = ReportStatus.ACCEPTED
    current.version += 1
    current.save()
    _record(current, user, ReportAction.ACCEPTED, (comment or "").strip())
    return current


@transaction.atomic
def period_reopen_for_agency(*, user, report: AgencyReport, until: datetime.date) -> AgencyReport:
    """Let one agency enter its report after the deadline, up to and including ``until``."""
    current = _locked_report(report)
    _check_manager(user, current)
    if until is None or until < timezone.localdate():
        raise DomainError(_("Reopen until today or a later date."), field="until")
    current.reopened_until = until
    current.version += 1
    current.save()
    _record(current, user, ReportAction.REOPENED, _("until %(date)s") % {"date": format_date(until)})
    return current
