"""Reporting periods (kỳ báo cáo), each agency's report for a period and its rows per task, and the record of
every step of the workflow (draft → submitted → returned → submitted → accepted)."""

import datetime
import uuid

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from huunghi.plans.models import AssignmentRole
from huunghi.reporting.countries import country_name


class PeriodKind(models.TextChoices):
    SIX_MONTH = "six_month", _("6-month report")
    ANNUAL = "annual", _("Annual report")


class PeriodStatus(models.TextChoices):
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")


class ReportingPeriod(models.Model):
    """Kỳ báo cáo: the 6-month or annual report of one plan, with the data cut-offs of Decree 09/2019/NĐ-CP
    and the submission deadline (hạn nộp) the province sets."""

    plan = models.ForeignKey("plans.Plan", on_delete=models.CASCADE, related_name="reporting_periods")
    kind = models.CharField(_("kind"), max_length=20, choices=PeriodKind.choices)
    year = models.PositiveSmallIntegerField(_("year"))
    code = models.CharField(_("code"), max_length=20, help_text=_("2024-H1 or 2024-Y."))
    data_from = models.DateField(_("data from"))
    data_to = models.DateField(_("data until"))
    deadline = models.DateField(_("submission deadline"))
    status = models.CharField(_("status"), max_length=20, choices=PeriodStatus.choices, default=PeriodStatus.OPEN)
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    opened_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["plan", "-year", "kind", "id"]
        verbose_name = _("reporting period")
        verbose_name_plural = _("reporting periods")
        constraints = [
            models.UniqueConstraint(fields=["plan", "code"], name="period_unique_code_in_plan"),
            models.CheckConstraint(condition=Q(data_to__gte=F("data_from")), name="period_dates_in_order"),
        ]

    def __str__(self):
        return str(self.label)

    @property
    def label(self) -> str:
        """'6 tháng đầu năm 2024' or 'Năm 2024', in the reader's language."""
        if self.kind == PeriodKind.SIX_MONTH:
            return _("First 6 months of %(year)s") % {"year": self.year}
        return _("Year %(year)s") % {"year": self.year}

    def is_past_deadline(self, today: datetime.date) -> bool:
        return today > self.deadline


class ReportStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    RETURNED = "returned", _("Returned")
    ACCEPTED = "accepted", _("Accepted")


#: The states in which the agency may still change its report.
EDITABLE_STATUSES = (ReportStatus.DRAFT, ReportStatus.RETURNED)
#: The states of a report sent to the focal agency: it reads the report, its parts and its adjustment proposals.
SENT_STATUSES = (ReportStatus.SUBMITTED, ReportStatus.ACCEPTED)


class AgencyReport(models.Model):
    """Báo cáo của cơ quan: what one agency reports for a period, on each of its tasks and in general.

    ``version`` grows by one on every save: a form carries the version it was read at, and a save from an
    older version is refused (optimistic locking), so that two people never overwrite each other silently.
    """

    period = models.ForeignKey(ReportingPeriod, on_delete=models.CASCADE, related_name="reports")
    agency = models.ForeignKey(
        "organisations.Agency", verbose_name=_("agency"), on_delete=models.PROTECT, related_name="reports"
    )
    status = models.CharField(_("status"), max_length=20, choices=ReportStatus.choices, default=ReportStatus.DRAFT)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    results_summary = models.TextField(_("results"), blank=True)
    difficulties = models.TextField(_("difficulties and obstacles"), blank=True)
    proposals = models.TextField(_("proposals and recommendations"), blank=True)
    reopened_until = models.DateField(_("reopened until"), null=True, blank=True)
    version = models.PositiveIntegerField(default=1)
    saved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    saved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["period", "agency__name", "id"]
        verbose_name = _("agency report")
        verbose_name_plural = _("agency reports")
        constraints = [
            models.UniqueConstraint(fields=["period", "agency"], name="report_once_per_agency_and_period"),
        ]

    def __str__(self):
        return f"{self.period} · {self.agency}"

    @property
    def is_editable_status(self) -> bool:
        return self.status in EDITABLE_STATUSES

    def is_locked(self, today: datetime.date) -> bool:
        """Entry closes after the period's deadline, unless the focal agency reopened it for this agency."""
        if self.reopened_until is not None and today <= self.reopened_until:
            return False
        return self.period.is_past_deadline(today)


class TaskStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    POSTPONED = "postponed", _("Postponed")
    CANCELLED = "cancelled", _("Cancelled")


class TaskReport(models.Model):
    """One row of an agency's report: its part of one task (as lead or cooperating agency), the progress,
    the results in words and the money spent (kinh phí đã sử dụng) by source, in đồng."""

    report = models.ForeignKey(AgencyReport, on_delete=models.CASCADE, related_name="task_reports")
    task = models.ForeignKey("plans.Task", on_delete=models.CASCADE, related_name="task_reports")
    role = models.CharField(_("role"), max_length=20, choices=AssignmentRole.choices)
    status = models.CharField(_("status"), max_length=20, choices=TaskStatus.choices, default=TaskStatus.NOT_STARTED)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    results = models.TextField(_("results"), blank=True)
    spent_state = models.BigIntegerField(_("state budget spent (đồng)"), default=0)
    spent_non_state = models.BigIntegerField(_("non-state contributions spent (đồng)"), default=0)
    spent_other = models.BigIntegerField(_("other sources spent (đồng)"), default=0)

    class Meta:
        ordering = ["report", "task__position", "task_id"]
        verbose_name = _("task report")
        verbose_name_plural = _("task reports")
        constraints = [
            models.UniqueConstraint(fields=["report", "task"], name="task_report_once_per_report"),
            models.CheckConstraint(
                condition=Q(progress__gte=0) & Q(progress__lte=100),
                name="task_report_progress_0_100",
                violation_error_message=_("Progress must be between 0 and 100%."),
            ),
            models.CheckConstraint(
                condition=Q(spent_state__gte=0) & Q(spent_non_state__gte=0) & Q(spent_other__gte=0),
                name="task_report_money_not_negative",
                violation_error_message=_("An amount of money cannot be negative."),
            ),
        ]

    def __str__(self):
        return f"{self.report} · {self.task.code}"

    @property
    def spent_total(self) -> int:
        return self.spent_state + self.spent_non_state + self.spent_other


class ReportAction(models.TextChoices):
    SAVED = "saved", _("saved")
    SUBMITTED = "submitted", _("submitted")
    RETURNED = "returned", _("returned")
    ACCEPTED = "accepted", _("accepted")
    REOPENED = "reopened", _("reopened")


class ReportEvent(models.Model):
    """One step of a report's workflow: who did what, when, and why (the comment of a return)."""

    report = models.ForeignKey(AgencyReport, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)
    action = models.CharField(_("action"), max_length=20, choices=ReportAction.choices)
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        ordering = ["report", "at", "id"]
        verbose_name = _("report event")
        verbose_name_plural = _("report events")

    def __str__(self):
        return f"{self.report} · {self.get_action_display()}"


class ActivityKind(models.TextChoices):
    CULTURAL_EXCHANGE = "cultural_exchange", _("Cultural and artistic exchange")
    CONFERENCE = "conference", _("Conference or seminar")
    EXHIBITION = "exhibition", _("Exhibition or fair")
    PROMOTION = "promotion", _("Communication and promotion")
    DELEGATION_IN = "delegation_in", _("Receiving a delegation")
    DELEGATION_OUT = "delegation_out", _("Delegation abroad")
    ANNIVERSARY = "anniversary", _("Anniversary")
    GREETINGS = "greetings", _("Letter or message of congratulations")
    OTHER = "other", _("Other")


#: The languages an activity may be held in (ISO 639-1), in the order the form lists them.
ACTIVITY_LANGUAGES = {
    "vi": _("Vietnamese"),
    "en": _("English"),
    "km": _("Khmer"),
    "lo": _("Lao"),
    "ko": _("Korean"),
    "ja": _("Japanese"),
    "zh": _("Chinese"),
    "fr": _("French"),
    "ru": _("Russian"),
    "th": _("Thai"),
}


class Activity(models.Model):
    """Hoạt động đã tổ chức: one activity an agency held for a task within the period, in Vietnam or abroad.

    ``country`` is an ISO 3166 alpha-2 code, set only for an activity abroad; ``languages`` a list of ISO 639-1
    codes; ``coverage_links`` the addresses of the press or web articles about it."""

    task_report = models.ForeignKey(TaskReport, on_delete=models.CASCADE, related_name="activities")
    held_on = models.DateField(_("date"))
    place = models.CharField(pgettext_lazy("activity", "place"), max_length=200)
    abroad = models.BooleanField(_("abroad"), default=False)
    country = models.CharField(_("country"), max_length=2, blank=True)
    partner = models.CharField(_("foreign partner"), max_length=300, blank=True)
    kind = models.CharField(_("kind of activity"), max_length=30, choices=ActivityKind.choices)
    participants = models.IntegerField(_("participants"), default=0)
    foreign_participants = models.IntegerField(_("of which foreign"), default=0)
    languages = models.JSONField(_("languages used"), default=list, blank=True)
    coverage_links = models.JSONField(_("coverage links"), default=list, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["task_report", "held_on", "id"]
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        constraints = [
            models.CheckConstraint(
                condition=Q(participants__gte=0) & Q(foreign_participants__gte=0),
                name="activity_participants_not_negative",
                violation_error_message=_("The number of participants cannot be negative."),
            ),
            models.CheckConstraint(
                condition=Q(foreign_participants__lte=F("participants")),
                name="activity_foreign_within_participants",
                violation_error_message=_("Foreign participants cannot outnumber all participants."),
            ),
            models.CheckConstraint(
                condition=Q(abroad=False) | ~Q(country=""),
                name="activity_abroad_has_country",
                violation_error_message=_("Choose the country of an activity abroad."),
            ),
        ]

    def __str__(self):
        return f"{self.held_on:%d/%m/%Y} · {self.place}"

    @property
    def country_label(self) -> str:
        """The country's Vietnamese name, or 'in Vietnam' for an activity at home."""
        return country_name(self.country) if self.abroad else _("In Vietnam")

    @property
    def language_labels(self) -> str:
        return ", ".join(str(ACTIVITY_LANGUAGES.get(code, code)) for code in self.languages)


def attachment_path(instance: "Attachment", filename: str) -> str:
    """Where an attachment is stored under MEDIA_ROOT: a folder per report and a random name, so that nobody
    can guess another's address and two files of the same name never collide."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    return f"reports/{instance.report_id}/{uuid.uuid4().hex}.{extension}"


class Attachment(models.Model):
    """Tài liệu đính kèm: a file an agency attaches to its report (the signed report, photos, a table)."""

    report = models.ForeignKey(AgencyReport, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(_("file"), upload_to=attachment_path, max_length=300)
    title = models.CharField(_("title"), max_length=200)
    original_name = models.CharField(_("file name"), max_length=255)
    size = models.PositiveIntegerField(_("size (bytes)"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        ordering = ["report", "uploaded_at", "id"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.title


class AdjustmentKind(models.TextChoices):
    TIMING = "timing", _("Change a task's timing")
    CONTENT = "content", _("Change a task's content")
    ADD_TASK = "add_task", _("Add a task")
    CANCEL = "cancel", _("Cancel a task")
    OTHER = "other", _("Other")


#: The kinds of proposal that concern one task of the plan, which must then be named.
TASK_ADJUSTMENTS = (AdjustmentKind.TIMING, AdjustmentKind.CONTENT, AdjustmentKind.CANCEL)


class ProposalStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    ACCEPTED = "accepted", pgettext_lazy("proposal", "Accepted")
    REJECTED = "rejected", _("Not accepted")


class AdjustmentProposal(models.Model):
    """Đề xuất điều chỉnh: a change to the plan an agency proposes in its report, which the focal agency
    accepts or rejects. For a timing change, ``timing``, ``starts_on`` and ``ends_on`` hold the proposed timing
    and ``text`` the reason; for a content change, ``text`` is the proposed content."""

    report = models.ForeignKey(AgencyReport, on_delete=models.CASCADE, related_name="adjustments")
    task = models.ForeignKey(
        "plans.Task",
        verbose_name=_("task"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="adjustment_proposals",
    )
    kind = models.CharField(_("kind of adjustment"), max_length=20, choices=AdjustmentKind.choices)
    text = models.TextField(_("proposal"))
    timing = models.CharField(_("proposed timing (as written)"), max_length=200, blank=True)
    starts_on = models.DateField(_("proposed start"), null=True, blank=True)
    ends_on = models.DateField(_("proposed end"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=ProposalStatus.choices, default=ProposalStatus.PROPOSED
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decision_comment = models.TextField(_("comment on the decision"), blank=True)

    class Meta:
        ordering = ["report", "created_at", "id"]
        verbose_name = _("adjustment proposal")
        verbose_name_plural = _("adjustment proposals")

    def __str__(self):
        return f"{self.report} · {self.get_kind_display()}"


#: The task fields a version records before and after, with their labels.
VERSION_FIELDS = {
    "code": _("code"),
    "content": _("content"),
    "timing": _("timing (as written)"),
    "starts_on": _("from"),
    "ends_on": _("until"),
    "cancelled_on": _("cancelled on"),
}


class PlanVersion(models.Model):
    """Phiên bản: the plan as amended by one accepted adjustment proposal. Version 0, the plan as issued, is
    implicit; ``before`` and ``after`` hold the changed task's ``VERSION_FIELDS`` (dates as ISO text)."""

    plan = models.ForeignKey("plans.Plan", on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    proposal = models.OneToOneField(AdjustmentProposal, on_delete=models.PROTECT, related_name="version")
    before = models.JSONField(_("before"), default=dict)
    after = models.JSONField(_("after"), default=dict)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["plan", "-number"]
        verbose_name = _("plan version")
        verbose_name_plural = _("plan versions")
        constraints = [models.UniqueConstraint(fields=["plan", "number"], name="plan_version_unique_number")]

    def __str__(self):
        return f"{self.plan} · {self.number}"

    @property
    def changes(self) -> list[dict]:
        """What changed, field by field: the task's code, the field's label, the value before and after
        (dates as dd/mm/yyyy)."""
        code = self.before.get("code") or self.after.get("code") or ""
        rows = []
        for name, label in VERSION_FIELDS.items():
            old, new = self.before.get(name), self.after.get(name)
            if old != new:
                rows.append({"code": code, "field": label, "before": _shown(old), "after": _shown(new)})
        return rows


def _shown(value) -> str:
    """A snapshot value as the page shows it: dates in the Vietnamese way, nothing as a dash."""
    if not value:
        return "—"
    try:
        return datetime.date.fromisoformat(value).strftime("%d/%m/%Y")
    except (TypeError, ValueError):
        return str(value)
