from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from huunghi.accounts import permissions
from huunghi.core.errors import DomainError
from huunghi.documents import services
from huunghi.documents.forms import DocumentForm
from huunghi.documents.models import DocumentType
from huunghi.documents.selectors import document_citations
from huunghi.organisations.models import Agency

FORM_FIELDS = (
    "doc_type",
    "number",
    "issuer",
    "issued_on",
    "place",
    "signer_name",
    "signer_title",
    "title",
    "text",
    "source_url",
)


@login_required
def document_index(request):
    documents = permissions.visible_documents(request.user).select_related("issuer__province")
    doc_type = request.GET.get("type", "")
    if doc_type in DocumentType.values:
        documents = documents.filter(doc_type=doc_type)
    return render(
        request,
        "documents/document_list.html",
        {
            "documents": documents.order_by("-issued_on", "number")[:300],
            "types": DocumentType.choices,
            "doc_type": doc_type,
        },
    )


@login_required
def document_detail(request, pk):
    """A document with what it cites and what cites it."""
    user = request.user
    document = get_object_or_404(permissions.visible_documents(user).select_related("issuer__province"), pk=pk)
    cites, cited_by = document_citations(document)
    visible = set(
        permissions.visible_documents(user)
        .filter(pk__in=[c.cited_id for c in cites] + [c.citing_id for c in cited_by])
        .values_list("pk", flat=True)
    )
    plan = getattr(document, "plan", None)
    if plan is not None and not permissions.visible_plans(user).filter(pk=plan.pk).exists():
        plan = None
    return render(
        request,
        "documents/document_detail.html",
        {
            "document": document,
            "cites": [c for c in cites if c.cited_id in visible],
            "cited_by": [c for c in cited_by if c.citing_id in visible],
            "plan": plan,
            "can_edit": permissions.can_edit_document(user, document),
        },
    )


def _issuers_for(user):
    """Agencies a user may register documents for: their province's (and central bodies, for reference)."""
    if permissions.is_admin(user):
        return Agency.objects.all().select_related("province").order_by("province__name", "name")
    return (
        Agency.objects.filter(Q(province__in=permissions.province_ids(user)) | Q(province__isnull=True))
        .select_related("province")
        .order_by("province__name", "name")
    )


def _check_issuer(user, issuer):
    if issuer.province_id is None and not permissions.is_admin(user):
        return  # national documents cited by the province's plans may be registered by its officers
    if not permissions.can_edit_province(user, issuer.province):
        raise DomainError(_("You cannot register documents for this issuer."), field="issuer")


@login_required
@require_http_methods(["GET", "POST"])
def document_create(request):
    user = request.user
    if not permissions.can_create_anything(user):
        raise PermissionDenied
    form = DocumentForm(request.POST or None, request.FILES or None, issuers=_issuers_for(user))
    if request.method == "POST" and form.is_valid():
        data = {name: form.cleaned_data[name] for name in FORM_FIELDS}
        try:
            with transaction.atomic():
                _check_issuer(user, data["issuer"])
                document = services.document_create(actor=user, **data)
                if form.cleaned_data.get("file"):
                    document.file = form.cleaned_data["file"]
                    document.save(update_fields=["file"])
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("The document was registered."))
            return redirect("documents:detail", pk=document.pk)
    return render(request, "documents/document_form.html", {"form": form, "document": None})


@login_required
@require_http_methods(["GET", "POST"])
def document_edit(request, pk):
    user = request.user
    document = get_object_or_404(permissions.visible_documents(user).select_related("issuer"), pk=pk)
    if not permissions.can_edit_document(user, document):
        raise PermissionDenied
    initial = {name: getattr(document, name) for name in FORM_FIELDS}
    form = DocumentForm(request.POST or None, request.FILES or None, issuers=_issuers_for(user), initial=initial)
    if request.method == "POST" and form.is_valid():
        data = {name: form.cleaned_data[name] for name in FORM_FIELDS}
        try:
            with transaction.atomic():
                _check_issuer(user, data["issuer"])
                services.document_update(actor=user, document=document, **data)
                if form.cleaned_data.get("file"):
                    document.file = form.cleaned_data["file"]
                    document.save(update_fields=["file"])
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("The document was saved."))
            return redirect("documents:detail", pk=document.pk)
    return render(request, "documents/document_form.html", {"form": form, "document": document})
