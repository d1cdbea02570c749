"""Writes of the reporting cycle: open a period, save and submit an agency's report (with its activities and
attachments and its proposals to adjust the plan), return, accept and reopen it; accept or reject a proposal,
which may amend the plan as a new version. Each runs in one transaction, records the step as a ``ReportEvent``, and refuses what the rules do
not allow with a ``DomainError`` before anything is saved."""

import datetime
from collections.abc import Mapping, Sequence

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import URLValidator
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from huunghi.accounts import permissions
from huunghi.core.errors import DomainError
from huunghi.plans import services as plan_services
from huunghi.plans.models import Assignment, Plan, Task
from huunghi.reporting.countries import VIETNAM, country_names
from huunghi.reporting.models import (
    ACTIVITY_LANGUAGES,
    EDITABLE_STATUSES,
    SENT_STATUSES,
    TASK_ADJUSTMENTS,
    VERSION_FIELDS,
    Activity,
    ActivityKind,
    AdjustmentKind,
    AdjustmentProposal,
    AgencyReport,
    Attachment,
    PeriodKind,
    PlanVersion,
    ProposalStatus,
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


# --- Activities and attachments -----------------------------------------------------------------------------

#: The largest attachment accepted, in bytes.
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP = b"PK\x03\x04"
#: Each extension accepted and how a file of that type begins: a file whose first bytes do not match its
#: extension (a program renamed to .pdf) is refused.
ATTACHMENT_SIGNATURES = {
    "pdf": (b"%PDF",),
    "docx": (ZIP,),
    "xlsx": (ZIP,),
    "doc": (OLE,),
    "xls": (OLE,),
    "jpg": (b"\xff\xd8\xff",),
    "jpeg": (b"\xff\xd8\xff",),
    "png": (b"\x89PNG\r\n\x1a\n",),
}
#: The most languages and coverage links one activity holds.
MAX_LANGUAGES = len(ACTIVITY_LANGUAGES)
MAX_LINKS = 20


def _check_activity(period: ReportingPeriod, values: Mapping) -> dict:
    """The activity's values, cleaned, or a DomainError naming the first field that is wrong."""
    held_on = values.get("held_on")
    if not isinstance(held_on, datetime.date):
        raise DomainError(_("Enter the date of the activity as dd/mm/yyyy."), field="held_on")
    if not period.data_from <= held_on <= period.data_to:
        raise DomainError(
            _("The activity must be dated within the period, from %(start)s to %(end)s.")
            % {"start": format_date(period.data_from), "end": format_date(period.data_to)},
            field="held_on",
        )
    place = (values.get("place") or "").strip()
    if not place:
        raise DomainError(_("Say where the activity took place."), field="place")
    abroad = bool(values.get("abroad"))
    country = (values.get("country") or "").strip().upper()
    if abroad and not country:
        raise DomainError(_("Choose the country of an activity abroad."), field="country")
    if abroad and (country == VIETNAM or country not in country_names()):
        raise DomainError(_("Choose a foreign country from the list."), field="country")
    kind = values.get("kind")
    if kind not in ActivityKind.values:
        raise DomainError(_("Choose the kind of activity from the list."), field="kind")
    participants, foreign = values.get("participants"), values.get("foreign_participants")
    if not isinstance(participants, int) or participants < 0:
        raise DomainError(_("The number of participants must be 0 or more."), field="participants")
    if not isinstance(foreign, int) or foreign < 0:
        raise DomainError(_("The number of foreign participants must be 0 or more."), field="foreign_participants")
    if foreign > participants:
        raise DomainError(
            _("Foreign participants (%(foreign)s) cannot outnumber all participants (%(all)s).")
            % {"foreign": foreign, "all": participants},
            field="foreign_participants",
        )
    languages = list(dict.fromkeys(values.get("languages") or []))
    if any(code not in ACTIVITY_LANGUAGES for code in languages) or len(languages) > MAX_LANGUAGES:
        raise DomainError(_("Choose the languages from the list."), field="languages")
    links = [link.strip() for link in values.get("coverage_links") or [] if link.strip()]
    if len(links) > MAX_LINKS:
        raise DomainError(_("Give at most %(n)s links.") % {"n": MAX_LINKS}, field="coverage_links")
    validate = URLValidator(schemes=["http", "https"])
    for link in links:
        try:
            validate(link)
        except ValidationError:
            raise DomainError(
                _("“%(link)s” is not a web address (it should start with https://).") % {"link": link[:100]},
                field="coverage_links",
            ) from None
    return {
        "held_on": held_on,
        "place": place,
        "abroad": abroad,
        "country": country if abroad else "",
        "partner": (values.get("partner") or "").strip(),
        "kind": kind,
        "participants": participants,
        "foreign_participants": foreign,
        "languages": languages,
        "coverage_links": links,
    }


@transaction.atomic
def activity_add(
    *,
    user,
    task_report: TaskReport,
    held_on: datetime.date,
    place: str,
    kind: str,
    abroad: bool = False,
    country: str = "",
    partner: str = "",
    participants: int = 0,
    foreign_participants: int = 0,
    languages: Sequence[str] = (),
    coverage_links: Sequence[str] = (),
) -> Activity:
    """Record an activity held for a task of the agency's report, under the same rules as saving the report:
    only the agency's people, only while the report is a draft or returned and entry is open."""
    report = _locked_report(task_report.report)
    _check_writable(user, report)
    values = _check_activity(
        report.period,
        {
            "held_on": held_on,
            "place": place,
            "abroad": abroad,
            "country": country,
            "partner": partner,
            "kind": kind,
            "participants": participants,
            "foreign_participants": foreign_participants,
            "languages": languages,
            "coverage_links": coverage_links,
        },
    )
    return Activity.objects.create(task_report=task_report, created_by=user, **values)


@transaction.atomic
def activity_delete(*, user, activity: Activity) -> None:
    """Remove an activity from the agency's report, under the rules of saving the report."""
    report = _locked_report(activity.task_report.report)
    _check_writable(user, report)
    activity.delete()


def _check_upload(upload: UploadedFile) -> str:
    """The file's extension when its type, size and first bytes are acceptable, else a DomainError."""
    name = upload.name or ""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in ATTACHMENT_SIGNATURES:
        raise DomainError(
            _("Attach a PDF, Word, Excel, JPEG or PNG file (.pdf, .docx, .doc, .xlsx, .xls, .jpg, .png)."),
            field="file",
        )
    if upload.size > MAX_ATTACHMENT_BYTES:
        raise DomainError(
            _("The file is larger than %(limit)s MB.") % {"limit": format_number_mb(MAX_ATTACHMENT_BYTES)},
            field="file",
        )
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    if not head.startswith(ATTACHMENT_SIGNATURES[extension]):
        raise DomainError(
            _("The content of “%(name)s” is not a .%(extension)s file.") % {"name": name, "extension": extension},
            field="file",
        )
    return extension


def format_number_mb(size: int) -> str:
    """10485760 → '10'; 1572864 → '1,5'."""
    return f"{size / (1024 * 1024):.1f}".rstrip("0").rstrip(".").replace(".", ",")


@transaction.atomic
def attachment_add(*, user, report: AgencyReport, upload: UploadedFile, title: str = "") -> Attachment:
    """Attach a file to the agency's report, under the rules of saving the report. Only PDF, Word, Excel, JPEG
    and PNG files up to ``MAX_ATTACHMENT_BYTES`` whose content is of the type their name says are kept;
    anything else is refused before a byte is stored."""
    current = _locked_report(report)
    _check_writable(user, current)
    if upload is None:
        raise DomainError(_("Choose a file to attach."), field="file")
    _check_upload(upload)
    name = upload.name.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    title = (title or "").strip() or name.rsplit(".", 1)[0]
    return Attachment.objects.create(
        report=current, file=upload, title=title[:200], original_name=name[:255], size=upload.size, uploaded_by=user
    )


@transaction.atomic
def attachment_delete(*, user, attachment: Attachment) -> None:
    """Remove an attachment and, once the removal is committed, its file."""
    report = _locked_report(attachment.report)
    _check_writable(user, report)
    storage, name = attachment.file.storage, attachment.file.name
    attachment.delete()
    transaction.on_commit(lambda: storage.delete(name))


# --- Adjustments of the plan --------------------------------------------------------------------------------


@transaction.atomic
def adjustment_propose(
    *,
    user,
    report: AgencyReport,
    kind: str,
    text: str,
    task: Task | None = None,
    timing: str = "",
    starts_on: datetime.date | None = None,
    ends_on: datetime.date | None = None,
) -> AdjustmentProposal:
    """Add a proposal to adjust the plan to the agency's report, under the rules of saving the report. A timing,
    content or cancel proposal names one of the report's tasks; a timing proposal gives the new timing (in
    words, dates or both), ``text`` being its reason; a content proposal gives the new content in ``text``."""
    current = _locked_report(report)
    _check_writable(user, current)
    if kind not in AdjustmentKind.values:
        raise DomainError(_("Choose the kind of adjustment from the list."), field="kind")
    if task is not None and not current.task_reports.filter(task=task).exists():
        raise DomainError(_("Choose one of the tasks of this report."), field="task")
    if kind in TASK_ADJUSTMENTS and task is None:
        raise DomainError(_("Choose the task the adjustment concerns."), field="task")
    text = (text or "").strip()
    if not text:
        raise DomainError(_("Write the proposal."), field="text")
    timing = (timing or "").strip()
    if kind == AdjustmentKind.TIMING:
        if not timing and starts_on is None and ends_on is None:
            raise DomainError(_("Give the proposed timing, in words or as dates."), field="timing")
        if starts_on and ends_on and ends_on < starts_on:
            raise DomainError(_("The end date cannot be before the start date."), field="ends_on")
    else:
        timing, starts_on, ends_on = "", None, None
    return AdjustmentProposal.objects.create(
        report=current,
        task=task,
        kind=kind,
        text=text,
        timing=timing[:200],
        starts_on=starts_on,
        ends_on=ends_on,
        created_by=user,
    )


def _locked_proposal(proposal: AdjustmentProposal) -> AdjustmentProposal:
    return (
        AdjustmentProposal.objects.select_for_update(of=("self",))
        .select_related("report__period__plan__province", "report__agency", "task")
        .get(pk=proposal.pk)
    )


def _check_decidable(user, proposal: AdjustmentProposal) -> None:
    if not permissions.can_decide_adjustment(user, proposal.report.period.plan):
        raise DomainError(_("Only the focal agency's officers may do this."), code="forbidden")
    if proposal.report.status not in SENT_STATUSES:
        raise DomainError(_("The agency has not submitted the report that holds this proposal."))
    if proposal.status != ProposalStatus.PROPOSED:
        raise DomainError(
            _("This proposal has already been decided (%(status)s).")
            % {"status": proposal.get_status_display().lower()}
        )


def task_snapshot(task: Task) -> dict:
    """The task's ``VERSION_FIELDS`` as JSON-ready values (dates as ISO text)."""
    values = {}
    for name in VERSION_FIELDS:
        value = getattr(task, name)
        values[name] = value.isoformat() if isinstance(value, datetime.date) else value
    return values


def _decide(proposal: AdjustmentProposal, user, status: str, comment: str) -> AdjustmentProposal:
    proposal.status = status
    proposal.decided_by = user
    proposal.decided_at = timezone.now()
    proposal.decision_comment = comment
    proposal.save(update_fields=["status", "decided_by", "decided_at", "decision_comment"])
    return proposal


def _added_task(proposal: AdjustmentProposal, plan: Plan, user) -> Task:
    """The task an accepted 'add a task' proposal adds: in the section of the proposal's task (or the plan's
    last section), with the next free code there, the proposal as its content and the proposing agency as lead."""
    section = proposal.task.section if proposal.task is not None else plan.sections.order_by("-position", "-id").first()
    taken = set(plan.tasks.values_list("code", flat=True))
    last = plan.tasks.filter(section=section).order_by("-position", "-pk").values_list("code", "position").first()
    # The same position as the section's last task puts the new one right after it (ties go by id).
    last_code, position = last or (f"{section.code}.0" if section else "0", None)
    code = plan_services.next_task_code(last_code, taken)
    return plan_services.task_create(
        actor=user,
        plan=plan,
        code=code,
        content=proposal.text,
        lead=[proposal.report.agency],
        section=section,
        position=position,
    )


@transaction.atomic
def adjustment_accept(*, user, proposal: AdjustmentProposal, comment: str = "") -> AdjustmentProposal:
    """Accept a proposal. A timing or content change is applied to its task, a cancellation marks the task
    cancelled from today, an added task joins the plan (through the plans' services, so under their rules);
    each is recorded as the plan's next version with the task before and after (nothing before an added task).
    Another kind of proposal records the decision only: the officer changes the plan by hand."""
    current = _locked_proposal(proposal)
    _check_decidable(user, current)
    task = current.task
    kind = current.kind
    amends = kind == AdjustmentKind.ADD_TASK or (kind in TASK_ADJUSTMENTS and task is not None)
    if amends:
        # The plan's row lock makes two acceptances at once take turns for the next version number.
        plan = Plan.objects.select_for_update().get(pk=current.report.period.plan_id)
        if kind == AdjustmentKind.ADD_TASK:
            before = {}
            task = _added_task(current, plan, user)
            after = task_snapshot(task)
        elif kind == AdjustmentKind.CANCEL:
            before = {**task_snapshot(task), "cancelled_on": None}
            task = plan_services.task_cancel(user=user, task=task, on=timezone.localdate())
            after = {**task_snapshot(task), "cancelled_on": task.cancelled_on.isoformat()}
        else:
            before = task_snapshot(task)
            if kind == AdjustmentKind.TIMING:
                changes = {"timing": current.timing, "starts_on": current.starts_on, "ends_on": current.ends_on}
            else:
                changes = {"content": current.text}
            task = plan_services.task_update(actor=user, task=task, **changes)
            after = task_snapshot(task)
        number = (plan.versions.aggregate(m=Max("number"))["m"] or 0) + 1
        PlanVersion.objects.create(
            plan=plan, number=number, proposal=current, before=before, after=after, created_by=user
        )
    return _decide(current, user, ProposalStatus.ACCEPTED, (comment or "").strip())


@transaction.atomic
def adjustment_reject(*, user, proposal: AdjustmentProposal, comment: str) -> AdjustmentProposal:
    """Reject a proposal with the reason; the plan does not change."""
    current = _locked_proposal(proposal)
    _check_decidable(user, current)
    comment = (comment or "").strip()
    if not comment:
        raise DomainError(_("Say why the proposal is not accepted."), field="comment")
    return _decide(current, user, ProposalStatus.REJECTED, comment)
