"""Reads of the document register."""

from django.db.models import QuerySet

from huunghi.documents.models import Citation, LegalDocument


def document_citations(document: LegalDocument) -> tuple[QuerySet[Citation], QuerySet[Citation]]:
    """What the document cites, and what cites it — the chain followed both ways."""
    cites = document.citations.select_related("cited__issuer", "cited__plan").order_by("cited__issued_on")
    cited_by = document.cited_by.select_related("citing__issuer", "citing__plan").order_by("citing__issued_on")
    return cites, cited_by
