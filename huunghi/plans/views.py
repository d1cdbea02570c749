"""Plan and task pages. Each view asks huunghi.accounts.permissions what the user may see or change,
validates input with a form, and calls a service; a refused write changes nothing."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from huunghi.accounts import permissions
from huunghi.core.errors import DomainError
from huunghi.organisations.models import Agency, Province
from huunghi.plans import services
from huunghi.plans.docx_export import plan_docx
from huunghi.plans.forms import PlanForm, TaskForm
from huunghi.plans.models import AssignmentRole, Plan, Task, TaskCategory
from huunghi.plans.selectors import plan_agencies, plan_list, plan_task_rows
from huunghi.reporting.selectors import plan_versions
from huunghi.text import search_key


def _plan_for(user, pk) -> Plan:
    return get_object_or_404(permissions.visible_plans(user).select_related("province", "document__issuer"), pk=pk)


@login_required
def plan_index(request):
    plans = plan_list(permissions.visible_plans(request.user))
    year = request.GET.get("year", "")
    if year.isdigit():
        plans = plans.filter(start_year__lte=int(year), end_year__gte=int(year))
    province_code = request.GET.get("province", "")
    if province_code:
        plans = plans.filter(province__code=province_code)
    return render(
        request,
        "plans/plan_list.html",
        {"plans": plans.order_by("-start_year", "province__name")[:500], "year": year, "province_code": province_code},
    )


@login_required
def plan_detail(request, pk):
    """The plan shown like its appendix: STT, content, lead, cooperating, time, budget."""
    user = request.user
    plan = _plan_for(user, pk)
    agency = None
    agency_id = request.GET.get("agency", "")
    if agency_id.isdigit():
        agency = Agency.objects.filter(pk=int(agency_id), province=plan.province_id).first()
    category = request.GET.get("category", "")
    if category not in TaskCategory.values:
        category = ""
    rows, task_count, budget_total = plan_task_rows(
        plan, tasks=permissions.visible_tasks(user), agency=agency, category=category
    )
    whole = permissions.sees_whole_plan(user, plan)
    partial = bool(request.headers.get("HX-Request"))
    context = {
        "plan": plan,
        "document": plan.document,
        "rows": rows,
        "task_count": task_count,
        "budget_total": budget_total,
        "agencies": plan_agencies(plan) if whole else [],
        "selected_agency": agency,
        "categories": TaskCategory.choices,
        "selected_category": category,
        "sees_whole_plan": whole,
        "can_edit": permissions.can_edit_plan(user, plan),
        "cites": plan.document.citations.select_related("cited__issuer"),
        # The versions made by accepted adjustment proposals (one query), for those who see the whole plan;
        # the task table alone, which a filter fetches, does not show them.
        "versions": plan_versions(plan) if whole and not partial else None,
    }
    template = "plans/_task_table.html" if partial else "plans/plan_detail.html"
    return render(request, template, context)


@login_required
def plan_word(request, pk):
    plan = _plan_for(request.user, pk)
    if not permissions.sees_whole_plan(request.user, plan):
        raise PermissionDenied
    response = HttpResponse(
        plan_docx(plan), content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    response["Content-Disposition"] = content_disposition_header(True, _docx_filename(plan))
    return response


def _docx_filename(plan: Plan) -> str:
    """'Ke-hoach-1270-KH-UBND-2020.docx': readable, and safe on every system the file is saved to."""
    number = slugify(search_key(plan.document.number).replace("/", "-")) if plan.document.number else ""
    return "-".join(part for part in ("Ke-hoach", number, plan.years_label.replace("–", "-")) if part) + ".docx"


@login_required
@require_http_methods(["GET", "POST"])
def plan_create(request):
    user = request.user
    if not permissions.can_create_anything(user):
        raise PermissionDenied
    province = permissions.home_province(user)
    if permissions.is_admin(user) and request.GET.get("province"):
        province = get_object_or_404(Province, code=request.GET["province"])
    if province is None and permissions.is_admin(user):
        provinces = Province.objects.filter(valid_to__isnull=True).order_by("name")
        return render(request, "plans/choose_province.html", {"provinces": provinces})
    if province is None or not permissions.can_edit_province(user, province):
        raise PermissionDenied
    form = PlanForm(request.POST or None, initial={"place": province.name, "status": "draft", "kind": "yearly"})
    if request.method == "POST" and form.is_valid():
        try:
            plan = services.plan_create(actor=user, province=province, **form.cleaned_data)
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("The plan was created."))
            return redirect("plans:detail", pk=plan.pk)
    return render(request, "plans/plan_form.html", {"form": form, "province": province, "plan": None})


@login_required
@require_http_methods(["GET", "POST"])
def plan_edit(request, pk):
    user = request.user
    plan = _plan_for(user, pk)
    if not permissions.can_edit_plan(user, plan):
        raise PermissionDenied
    document = plan.document
    initial = {name: getattr(plan, name) for name in services.PLAN_FIELDS}
    initial |= {name: getattr(document, name) for name in services.PLAN_DOCUMENT_FIELDS}
    form = PlanForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.plan_update(actor=user, plan=plan, **form.cleaned_data)
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("The plan was saved."))
            return redirect("plans:detail", pk=plan.pk)
    return render(request, "plans/plan_form.html", {"form": form, "province": plan.province, "plan": plan})


@login_required
def plan_history(request, pk):
    plan = _plan_for(request.user, pk)
    if not permissions.sees_whole_plan(request.user, plan):
        raise PermissionDenied
    changes = _history(plan)
    return render(request, "plans/plan_history.html", {"plan": plan, "changes": changes})


def _history(plan, limit=200):
    """Who changed what and when: the plan's own record and its tasks', newest first."""
    entries = list(plan.history.select_related("history_user")[:limit])
    entries += list(
        Task.history.filter(plan_id=plan.pk).select_related("history_user").order_by("-history_date")[:limit]
    )
    entries.sort(key=lambda e: e.history_date, reverse=True)
    return [_describe(entry) for entry in entries[:limit]]


HISTORY_ACTIONS = {"+": gettext_lazy("created"), "~": gettext_lazy("changed"), "-": gettext_lazy("deleted")}


def _describe(entry):
    """One line of history: when, who, created/changed/deleted, and the names of the fields that changed."""
    changed = []
    previous = entry.prev_record if entry.history_type == "~" else None
    if previous is not None:
        model = entry.instance_type
        changed = [
            str(model._meta.get_field(change.field).verbose_name) for change in entry.diff_against(previous).changes
        ]
    return {"entry": entry, "action": HISTORY_ACTIONS.get(entry.history_type, ""), "changed": changed}


def _agencies_for(plan):
    return (
        Agency.objects.filter(province=plan.province_id)
        .filter(Q(valid_to__isnull=True) | Q(valid_to__year__gte=plan.start_year))
        .order_by("kind", "name")
    )


@login_required
@require_http_methods(["GET", "POST"])
def task_create(request, pk):
    user = request.user
    plan = _plan_for(user, pk)
    if not permissions.can_edit_plan(user, plan):
        raise PermissionDenied
    form = TaskForm(request.POST or None, plan=plan, agencies=_agencies_for(plan))
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            task = services.task_create(
                actor=user, plan=plan, lead=list(data.pop("lead")), cooperating=list(data.pop("cooperating")), **data
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("Task %(code)s was added.") % {"code": task.code})
            return redirect("plans:task", pk=task.pk)
    return render(request, "plans/task_form.html", {"form": form, "plan": plan, "task": None})


def _task_for(user, pk):
    return get_object_or_404(
        permissions.visible_tasks(user).select_related("plan__province", "plan__document", "section"), pk=pk
    )


@login_required
def task_detail(request, pk):
    user = request.user
    task = _task_for(user, pk)
    assignments = list(task.assignments.select_related("agency"))
    changes = [_describe(entry) for entry in task.history.select_related("history_user")[:50]]
    return render(
        request,
        "plans/task_detail.html",
        {
            "task": task,
            "plan": task.plan,
            "lead": [a for a in assignments if a.role == AssignmentRole.LEAD],
            "cooperating": [a for a in assignments if a.role == AssignmentRole.COOPERATING],
            "can_edit": permissions.can_edit_plan(user, task.plan),
            "changes": changes,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def task_edit(request, pk):
    user = request.user
    task = _task_for(user, pk)
    plan = task.plan
    if not permissions.can_edit_plan(user, plan):
        raise PermissionDenied
    assignments = list(task.assignments.all())
    initial = {name: getattr(task, name) for name in services.TASK_FIELDS}
    initial["lead"] = [a.agency_id for a in assignments if a.role == AssignmentRole.LEAD]
    initial["cooperating"] = [a.agency_id for a in assignments if a.role == AssignmentRole.COOPERATING]
    form = TaskForm(request.POST or None, plan=plan, agencies=_agencies_for(plan), initial=initial)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            services.task_update(
                actor=user, task=task, lead=list(data.pop("lead")), cooperating=list(data.pop("cooperating")), **data
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("Task %(code)s was saved.") % {"code": task.code})
            return redirect("plans:task", pk=task.pk)
    return render(request, "plans/task_form.html", {"form": form, "plan": plan, "task": task})
