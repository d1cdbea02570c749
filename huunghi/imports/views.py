"""Import pages: upload a plan file, review the draft against its text, confirm it into a plan.

Each view asks huunghi.accounts.permissions who may import and see drafts, validates input with a form and
calls a service; a refused or failed write changes nothing.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from huunghi.accounts import permissions
from huunghi.core.errors import DomainError
from huunghi.imports import selectors, services
from huunghi.imports.forms import CHANGE, ReviewForms, UploadForm
from huunghi.imports.models import ImportDraft


def _is_script(request) -> bool:
    """The upload page's script sends the file itself, to show its progress; it wants the address to go to."""
    return request.headers.get("X-Requested-With") == "XMLHttpRequest"


@login_required
def draft_index(request):
    """Bản nháp nhập: the drafts of the user's provinces, newest first."""
    user = request.user
    if not permissions.can_import(user):
        raise PermissionDenied
    drafts = selectors.draft_list(permissions.visible_drafts(user)).defer("text")[:200]
    return render(request, "imports/draft_list.html", {"drafts": drafts})


@login_required
@require_http_methods(["GET", "POST"])
def draft_upload(request):
    """Nhập kế hoạch từ tệp: a file in, a draft out (or the same page with what is wrong, status 400)."""
    user = request.user
    if not permissions.can_import(user):
        raise PermissionDenied
    province = permissions.home_province(user)
    choose_province = province is None and permissions.is_admin(user)
    if request.method == "POST":
        form = UploadForm(request.POST, request.FILES, choose_province=choose_province)
    else:
        form = UploadForm(choose_province=choose_province)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            province = form.cleaned_data.get("province") or province
            if not permissions.can_edit_province(user, province):
                raise PermissionDenied
            upload = form.cleaned_data["file"]
            try:
                draft = services.draft_create(user=user, province=province, filename=upload.name, data=upload.read())
            except DomainError as error:
                form.add_domain_error(error)
            else:
                url = reverse("imports:review", args=[draft.pk])
                if _is_script(request):
                    return JsonResponse({"location": url})
                return redirect(url)
        status = 400
    limit = services.max_file_bytes()
    context = {"form": form, "limit_bytes": limit, "limit_mb": limit // (1024 * 1024)}
    return render(request, "imports/upload.html", context, status=status)


def _draft_for(user, pk) -> ImportDraft:
    return get_object_or_404(
        permissions.visible_drafts(user).select_related("province", "created_by", "plan", "replaces_plan__document"),
        pk=pk,
    )


@login_required
@require_http_methods(["GET", "POST"])
def draft_review(request, pk):
    """The text on the left with where each field was read; every field editable on the right.

    "Save" keeps the corrections; "Confirm" keeps them and turns the draft into a plan.
    """
    user = request.user
    draft = _draft_for(user, pk)
    can_change = permissions.can_change_draft(user, draft)
    if request.method == "POST" and (not can_change or not draft.is_open):
        raise PermissionDenied
    registry = selectors.draft_registry(draft)
    documents = selectors.citation_documents(draft, registry)
    forms = ReviewForms(draft, registry, documents, data=request.POST if request.method == "POST" else None)
    # A "Change" button pressed without the page's script: the picker it asked for is shown open.
    change = (request.POST if request.method == "POST" else request.GET).get(CHANGE)
    anchor = forms.open_picker(change)
    confirm_refused = False
    if request.method == "POST" and forms.is_valid():
        confirm = request.POST.get("action") == "confirm"
        update_existing = bool(forms.document.cleaned_data.get("update_existing"))
        if confirm and update_existing and not permissions.can_edit_plan(user, draft.replaces_plan):
            raise PermissionDenied
        try:
            services.draft_update(user=user, draft=draft, data=forms.update_data())
            if confirm:
                plan = services.draft_confirm(user=user, draft=draft, update_existing=update_existing)
        except DomainError as error:
            # What blocks confirmation is listed above the form in any case.
            confirm_refused = error.code == "problems"
            if not confirm_refused:
                forms.add_domain_error(error)
        else:
            if confirm:
                messages.success(request, _("The plan was imported."))
                return redirect("plans:detail", pk=plan.pk)
            if anchor:
                url = reverse("imports:review", args=[draft.pk])
                return redirect(f"{url}?{urlencode({CHANGE: change})}#{anchor}")
            messages.success(request, _("The draft was saved."))
            return redirect("imports:review", pk=draft.pk)
    # After a save, the years (and so the agencies offered) may have changed: the registry is read again.
    problems = services.draft_problems(draft, registry if request.method == "GET" else None) if draft.is_open else []
    forms.add_problems(problems)
    context = {
        "draft": draft,
        "forms": forms,
        "problems": problems,
        "confirm_refused": confirm_refused,
        "pieces": selectors.text_pieces(draft.text, selectors.draft_spans(draft)),
        "warnings": draft.data.get("warnings", []),
        "other_province": selectors.other_province_named(draft),
        "can_change": can_change and draft.is_open,
    }
    return render(request, "imports/review.html", context)


@login_required
@require_POST
def draft_discard(request, pk):
    user = request.user
    draft = _draft_for(user, pk)
    if not permissions.can_change_draft(user, draft):
        raise PermissionDenied
    try:
        services.draft_discard(user=user, draft=draft)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The draft was discarded."))
    return redirect("imports:list")
