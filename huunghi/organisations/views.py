from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render

from huunghi.accounts import permissions
from huunghi.accounts.models import Role
from huunghi.organisations.models import AgencyKind
from huunghi.plans.models import AssignmentRole
from huunghi.plans.selectors import agency_task_rows, agency_task_years
from huunghi.text import sort_key


@login_required
def agency_index(request):
    """A province's agencies by kind, in Vietnamese alphabetical order. National readers pick a province."""
    user = request.user
    provinces = permissions.visible_provinces(user).filter(valid_to__isnull=True).order_by("name")
    province_code = request.GET.get("province", "")
    agencies = permissions.visible_agencies(user).select_related("province")
    if province_code:
        agencies = agencies.filter(province__code=province_code)
    elif permissions.reads_everything(user):
        agencies = agencies.filter(province__isnull=True)
    kinds = list(AgencyKind.values)
    agencies = sorted(agencies, key=lambda a: (kinds.index(a.kind), sort_key(a.name)))
    return render(
        request,
        "organisations/agency_list.html",
        {"agencies": agencies, "province_code": province_code, "provinces": provinces},
    )


@login_required
def agency_detail(request, pk):
    """The agency's tasks across plans — its own assignments and those given to its group — one year at a time."""
    user = request.user
    agency = get_object_or_404(permissions.visible_agencies(user).select_related("province"), pk=pk)
    visible = permissions.visible_tasks(user)
    years = agency_task_years(agency, tasks=visible)
    requested = request.GET.get("year", "")
    year = int(requested) if requested.isdigit() else (years[0][0] if years else None)
    rows = agency_task_rows(agency, tasks=visible, year=year)
    counts = {
        "lead": sum(1 for r in rows if r["role"] == AssignmentRole.LEAD),
        "cooperating": sum(1 for r in rows if r["role"] != AssignmentRole.LEAD),
    }
    return render(
        request,
        "organisations/agency_detail.html",
        {
            "agency": agency,
            "rows": rows,
            "counts": counts,
            "years": years,
            "year": year,
            "is_mine": user.agency_id == agency.pk,
        },
    )


@login_required
def my_tasks(request):
    """A focal point's tasks: their agency's page."""
    user = request.user
    if user.role == Role.FOCAL_POINT and user.agency_id:
        return redirect("organisations:agency", pk=user.agency_id)
    return redirect("organisations:list")
