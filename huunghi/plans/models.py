"""Plans (kế hoạch), their sections, tasks (nhiệm vụ) and who leads and cooperates on each."""

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class PlanKind(models.TextChoices):
    YEARLY = "yearly", _("Yearly plan")
    MULTI_YEAR = "multi_year", _("Multi-year action plan")


class PlanStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    ISSUED = "issued", _("Issued")


class Plan(models.Model):
    """Kế hoạch ngoại giao văn hóa: a province's yearly plan or multi-year action plan.

    The plan is issued as a document (``document``: number, date, place, signer); the plan itself holds
    the content: purposes, requirements, sections and tasks, the budget and implementation clauses.
    """

    province = models.ForeignKey(
        "organisations.Province", verbose_name=_("province"), on_delete=models.PROTECT, related_name="plans"
    )
    document = models.OneToOneField(
        "documents.LegalDocument", verbose_name=_("document"), on_delete=models.PROTECT, related_name="plan"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=PlanKind.choices, default=PlanKind.YEARLY)
    status = models.CharField(_("status"), max_length=20, choices=PlanStatus.choices, default=PlanStatus.DRAFT)
    title = models.CharField(_("title"), max_length=500)
    start_year = models.PositiveSmallIntegerField(_("from year"))
    end_year = models.PositiveSmallIntegerField(_("to year"))
    preamble = models.TextField(_("preamble"), blank=True, help_text=_("The opening paragraph: what it implements."))
    purposes = models.TextField(_("purposes"), blank=True)
    requirements = models.TextField(_("requirements"), blank=True)
    budget_clause = models.TextField(_("budget"), blank=True)
    implementation_clause = models.TextField(_("implementation"), blank=True)
    recipients = models.TextField(_("recipients"), blank=True, help_text=_("Nơi nhận, one per line."))
    note = models.TextField(_("note"), blank=True)
    search_key = models.TextField(blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(excluded_fields=["search_key"])

    class Meta:
        ordering = ["-start_year", "province__name", "id"]
        verbose_name = _("plan")
        verbose_name_plural = _("plans")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_year__gte=F("start_year")),
                name="plan_years_in_order",
                violation_error_message=_("The end year cannot be before the start year."),
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def years_label(self) -> str:
        if self.start_year == self.end_year:
            return str(self.start_year)
        return f"{self.start_year}–{self.end_year}"


class Section(models.Model):
    """A numbered part of a plan: 'II. NỘI DUNG THỰC HIỆN', or a numbered group of tasks inside it ('II.1')."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="sections")
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE, related_name="children")
    code = models.CharField(_("code"), max_length=30)
    title = models.TextField(_("title"))
    body = models.TextField(_("text"), blank=True)
    position = models.PositiveIntegerField(_("position"), default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["plan", "position", "id"]
        verbose_name = _("section")
        verbose_name_plural = _("sections")
        constraints = [models.UniqueConstraint(fields=["plan", "code"], name="section_unique_code_in_plan")]

    def __str__(self):
        return f"{self.code}. {self.title}"


class TaskCategory(models.TextChoices):
    COMMUNICATION = "communication", _("Communication and promotion")
    EXCHANGE = "exchange", _("Exchanges with partners abroad")
    ANNIVERSARY = "anniversary", _("Anniversaries and occasions")
    CONGRATULATION = "congratulation", _("Congratulatory messages")
    TRAINING = "training", _("Training and study tours")
    OVERSEAS_VIETNAMESE = "overseas_vietnamese", _("Overseas Vietnamese")
    HERITAGE = "heritage", _("Heritage")
    ECONOMIC = "economic", _("Economic diplomacy")
    OTHER = "other", _("Other")


class BudgetSource(models.TextChoices):
    STATE = "state", _("State budget")
    NON_STATE = "non_state", _("Non-state contributions (xã hội hóa)")
    OTHER = "other", _("Other lawful sources")


class Task(models.Model):
    """Nhiệm vụ: one task of a plan, with its code ('II.2.đ'), content, timing and budget."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="tasks")
    section = models.ForeignKey(
        Section, verbose_name=_("section"), null=True, blank=True, on_delete=models.SET_NULL, related_name="tasks"
    )
    code = models.CharField(_("code"), max_length=30)
    position = models.PositiveIntegerField(_("position"), default=0)
    title = models.CharField(_("heading"), max_length=500, blank=True)
    content = models.TextField(_("content"))
    timing = models.CharField(_("timing (as written)"), max_length=200, blank=True)
    starts_on = models.DateField(_("from"), null=True, blank=True)
    ends_on = models.DateField(_("until"), null=True, blank=True)
    category = models.CharField(_("category"), max_length=30, choices=TaskCategory.choices, default=TaskCategory.OTHER)
    expected_output = models.TextField(_("expected output"), blank=True)
    budget_estimate = models.PositiveBigIntegerField(_("budget estimate (đồng)"), null=True, blank=True)
    budget_source = models.CharField(_("budget source"), max_length=20, choices=BudgetSource.choices, blank=True)
    cancelled_on = models.DateField(_("cancelled on"), null=True, blank=True, editable=False)
    search_key = models.TextField(blank=True, editable=False)
    history = HistoricalRecords(excluded_fields=["search_key"])

    class Meta:
        ordering = ["plan", "position", "id"]
        verbose_name = _("task")
        verbose_name_plural = _("tasks")
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "code"],
                name="task_unique_code_in_plan",
                violation_error_message=_("This plan already has a task with this code."),
            ),
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(starts_on__isnull=True) | Q(ends_on__gte=F("starts_on")),
                name="task_dates_in_order",
                violation_error_message=_("The end date cannot be before the start date."),
            ),
        ]

    def __str__(self):
        return f"{self.code} {self.title or self.content[:60]}"


class AssignmentRole(models.TextChoices):
    LEAD = "lead", _("Lead")
    COOPERATING = "cooperating", _("Cooperating")


class Assignment(models.Model):
    """Phân công: an agency leading (chủ trì) or cooperating on (phối hợp) a task."""

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="assignments")
    agency = models.ForeignKey(
        "organisations.Agency", verbose_name=_("agency"), on_delete=models.PROTECT, related_name="assignments"
    )
    role = models.CharField(_("role"), max_length=20, choices=AssignmentRole.choices)
    position = models.PositiveSmallIntegerField(default=0)
    as_written = models.CharField(_("as written"), max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["task", "role", "position", "id"]
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        constraints = [
            models.UniqueConstraint(
                fields=["task", "agency"],
                name="assignment_agency_once_per_task",
                violation_error_message=_("An agency cannot both lead and cooperate on the same task."),
            ),
        ]

    def __str__(self):
        return f"{self.task.code}: {self.agency} ({self.get_role_display()})"
