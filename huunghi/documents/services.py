"""Writes to the register of documents."""

import datetime

from django.db import transaction
from django.utils.translation import gettext as _

from huunghi.core.errors import DomainError
from huunghi.documents.models import Citation, CitationRelation, LegalDocument
from huunghi.organisations.models import Agency
from huunghi.text import number_key, search_key

DOCUMENT_FIELDS = (
    "number",
    "doc_type",
    "issuer",
    "issued_on",
    "place",
    "signer_name",
    "signer_title",
    "title",
    "text",
    "source_url",
)


def document_search_key(document: LegalDocument) -> str:
    return search_key(f"{document.number} {document.title}")


def _check_unique_number(*, issuer: Agency, number: str, issued_on: datetime.date | None, exclude_pk=None) -> None:
    key = number_key(number)
    if not key:
        return
    clash = LegalDocument.objects.filter(issuer=issuer, number_key=key)
    clash = clash.filter(issued_on__year=issued_on.year) if issued_on else clash.filter(issued_on__isnull=True)
    if exclude_pk:
        clash = clash.exclude(pk=exclude_pk)
    if clash.exists():
        raise DomainError(
            _("%(issuer)s already has a document numbered %(number)s in that year.")
            % {"issuer": issuer.name, "number": number},
            field="number",
        )


@transaction.atomic
def document_create(
    *,
    actor=None,
    doc_type: str,
    issuer: Agency,
    title: str,
    number: str = "",
    issued_on: datetime.date | None = None,
    place: str = "",
    signer_name: str = "",
    signer_title: str = "",
    text: str = "",
    source_url: str = "",
) -> LegalDocument:
    """Register a document. Refuses a number its issuer already used in the same year."""
    number = number.strip()
    _check_unique_number(issuer=issuer, number=number, issued_on=issued_on)
    document = LegalDocument(
        number=number,
        number_key=number_key(number),
        doc_type=doc_type,
        issuer=issuer,
        issued_on=issued_on,
        place=place,
        signer_name=signer_name,
        signer_title=signer_title,
        title=title,
        text=text,
        source_url=source_url,
    )
    document.search_key = document_search_key(document)
    document._history_user = actor
    document.save()
    return document


@transaction.atomic
def document_update(*, actor=None, document: LegalDocument, **fields) -> LegalDocument:
    """Change a document's fields (any of ``DOCUMENT_FIELDS``)."""
    unknown = set(fields) - set(DOCUMENT_FIELDS)
    if unknown:
        raise TypeError(f"document_update() got unexpected fields {sorted(unknown)}")
    for name, value in fields.items():
        setattr(document, name, value.strip() if name == "number" else value)
    _check_unique_number(
        issuer=document.issuer, number=document.number, issued_on=document.issued_on, exclude_pk=document.pk
    )
    document.number_key = number_key(document.number)
    document.search_key = document_search_key(document)
    document._history_user = actor
    document.save()
    return document


def citation_add(
    *, citing: LegalDocument, cited: LegalDocument, relation: str = CitationRelation.BASED_ON, text: str = ""
) -> Citation:
    """Record that ``citing`` cites ``cited`` (once per pair; a second call updates the relation)."""
    if citing.pk == cited.pk:
        raise DomainError(_("A document cannot cite itself."), field="cited")
    citation, _created = Citation.objects.update_or_create(
        citing=citing, cited=cited, defaults={"relation": relation, "text": text}
    )
    return citation
