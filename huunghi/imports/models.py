"""Import drafts: a plan file read and understood, waiting for a person to check it before it becomes a plan.

The uploaded file itself is never stored: a draft keeps the text read from it, its SHA-256 (to recognise the
same file uploaded again), and what the extractor understood of the text, as JSON (see
``huunghi.imports.draft``). Confirming the draft creates (or updates) the plan and links it here.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class DraftStatus(models.TextChoices):
    DRAFT = "draft", _("Awaiting review")
    CONFIRMED = "confirmed", _("Confirmed")
    DISCARDED = "discarded", _("Discarded")


class ImportDraft(models.Model):
    """Bản nháp nhập: a plan read from a file, with the reviewer's corrections, until it is confirmed."""

    province = models.ForeignKey(
        "organisations.Province",
        verbose_name=_("province"),
        on_delete=models.PROTECT,
        related_name="import_drafts",
        help_text=_("The province the plan will belong to."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("imported by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="import_drafts",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    file_name = models.CharField(_("file name"), max_length=255)
    file_format = models.CharField(_("format"), max_length=20)
    file_size = models.PositiveBigIntegerField(_("file size (bytes)"))
    sha256 = models.CharField(max_length=64, db_index=True)
    text = models.TextField(_("text"), help_text=_("The text read from the file; the spans of the data point into it."))
    data = models.JSONField(_("what was understood"), default=dict)
    status = models.CharField(_("status"), max_length=20, choices=DraftStatus.choices, default=DraftStatus.DRAFT)
    plan = models.ForeignKey(
        "plans.Plan",
        verbose_name=_("plan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="import_drafts",
        help_text=_("The plan the draft became when it was confirmed."),
    )
    replaces_plan = models.ForeignKey(
        "plans.Plan",
        verbose_name=_("same document as"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A plan already in the system that was issued by the same document."),
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("import draft")
        verbose_name_plural = _("import drafts")
        indexes = [models.Index(fields=["province", "status"], name="importdraft_province_status")]

    def __str__(self):
        return self.file_name

    @property
    def title(self) -> str:
        """The plan's title as the reviewer last left it, or the file name."""
        return (self.data.get("document") or {}).get("title") or self.file_name

    @property
    def task_count(self) -> int:
        return sum(1 for task in self.data.get("tasks", []) if not task.get("removed"))

    @property
    def is_open(self) -> bool:
        return self.status == DraftStatus.DRAFT
