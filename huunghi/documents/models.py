"""The register of legal documents (văn bản) and the citations between them."""

from django.db import models
from django.db.models import F, Q
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class DocumentType(models.TextChoices):
    DECISION = "decision", _("Decision")
    PLAN = "plan", _("Plan")
    DIRECTIVE = "directive", _("Directive")
    RESOLUTION = "resolution", _("Resolution")
    CONCLUSION = "conclusion", _("Conclusion")
    PROGRAMME = "programme", _("Action programme")
    OFFICIAL_LETTER = "letter", _("Official letter")
    DECREE = "decree", _("Decree")
    CIRCULAR = "circular", _("Circular")
    REPORT = "report", _("Report")
    STRATEGY = "strategy", _("Strategy")
    OTHER = "other", _("Other")


#: How Vietnamese documents name each type; used to write "Kế hoạch số 1270/KH-UBND".
DOCUMENT_TYPE_VI = {
    DocumentType.DECISION: "Quyết định",
    DocumentType.PLAN: "Kế hoạch",
    DocumentType.DIRECTIVE: "Chỉ thị",
    DocumentType.RESOLUTION: "Nghị quyết",
    DocumentType.CONCLUSION: "Kết luận",
    DocumentType.PROGRAMME: "Chương trình hành động",
    DocumentType.OFFICIAL_LETTER: "Công văn",
    DocumentType.DECREE: "Nghị định",
    DocumentType.CIRCULAR: "Thông tư",
    DocumentType.REPORT: "Báo cáo",
    DocumentType.STRATEGY: "Chiến lược",
    DocumentType.OTHER: "Văn bản",
}


class LegalDocument(models.Model):
    """Văn bản: a decision, plan, directive, resolution, official letter... with its number and issuer."""

    number = models.CharField(
        _("number and symbol"), max_length=80, blank=True, help_text=_("As written, e.g. 1270/KH-UBND.")
    )
    number_key = models.CharField(max_length=80, blank=True, db_index=True, editable=False)
    doc_type = models.CharField(_("type"), max_length=20, choices=DocumentType.choices)
    issuer = models.ForeignKey(
        "organisations.Agency", verbose_name=_("issuer"), on_delete=models.PROTECT, related_name="documents"
    )
    issued_on = models.DateField(_("date issued"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=100, blank=True)
    signer_name = models.CharField(_("signed by"), max_length=120, blank=True)
    signer_title = models.CharField(
        _("signer's title"), max_length=200, blank=True, help_text=_("e.g. KT. CHỦ TỊCH / PHÓ CHỦ TỊCH")
    )
    title = models.TextField(_("title"))
    text = models.TextField(_("text"), blank=True)
    file = models.FileField(_("file"), upload_to="documents/%Y/", blank=True)
    source_url = models.URLField(_("source"), max_length=500, blank=True)
    search_key = models.TextField(blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(excluded_fields=["text", "search_key"])

    class Meta:
        ordering = ["-issued_on", "number"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        constraints = [
            # Numbers restart every year, so the same number may come back from the same issuer next year.
            models.UniqueConstraint(
                F("issuer"),
                F("number_key"),
                ExtractYear("issued_on"),
                condition=~Q(number_key=""),
                name="document_unique_number_per_issuer_year",
                violation_error_message=_("This issuer already has a document with this number in that year."),
            ),
        ]

    def __str__(self):
        return self.citation_label

    @property
    def type_vi(self) -> str:
        return DOCUMENT_TYPE_VI.get(self.doc_type, "Văn bản")

    @property
    def citation_label(self) -> str:
        """'Kế hoạch số 1270/KH-UBND' or, without a number, the type and title."""
        if self.number:
            return f"{self.type_vi} số {self.number}"
        return f"{self.type_vi} {self.title[:80]}"


class CitationRelation(models.TextChoices):
    IMPLEMENTS = "implements", _("implements")
    BASED_ON = "based_on", _("is based on")
    MENTIONS = "mentions", _("mentions")


class Citation(models.Model):
    """One document citing another: the chain national strategy → provincial action plan → yearly plan."""

    citing = models.ForeignKey(LegalDocument, on_delete=models.CASCADE, related_name="citations")
    cited = models.ForeignKey(LegalDocument, on_delete=models.PROTECT, related_name="cited_by")
    relation = models.CharField(
        _("relation"), max_length=20, choices=CitationRelation.choices, default=CitationRelation.BASED_ON
    )
    text = models.TextField(_("as written"), blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["citing", "id"]
        verbose_name = _("citation")
        verbose_name_plural = _("citations")
        constraints = [
            models.UniqueConstraint(fields=["citing", "cited"], name="citation_unique_pair"),
            models.CheckConstraint(condition=~Q(citing=F("cited")), name="citation_not_self"),
        ]

    def __str__(self):
        return f"{self.citing} → {self.cited}"
