from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import get_language

from huunghi.accounts import permissions
from huunghi.accounts.models import Role
from huunghi.core.selectors import search_everything
from huunghi.events.selectors import WINDOWS, upcoming_for_province
from huunghi.organisations.models import Province
from huunghi.organisations.selectors import province_lineage_ids
from huunghi.plans.selectors import agency_task_rows, plan_list


@login_required
def home(request):
    """The province's home; for the ministry and administrators, the list of provinces."""
    user = request.user
    province = permissions.home_province(user)
    if province is None and permissions.reads_everything(user):
        provinces = (
            permissions.visible_provinces(user)
            .filter(valid_to__isnull=True)
            .annotate(plan_count=Count("plans", distinct=True))
            .order_by("name")
        )
        recent = plan_list(permissions.visible_plans(user)).order_by("-start_year", "-pk")[:10]
        return render(request, "core/home_national.html", {"provinces": provinces, "recent_plans": recent})
    return province_home(request, province)


@login_required
def province_detail(request, code):
    province = get_object_or_404(permissions.visible_provinces(request.user), code=code)
    return province_home(request, province)


def province_home(request, province: Province | None):
    user = request.user
    plans = plan_list(permissions.visible_plans(user))
    if province is not None:
        plans = plans.filter(province__in=_lineage(user, province))
    my_tasks = None
    if user.role == Role.FOCAL_POINT and user.agency_id:
        my_tasks = agency_task_rows(user.agency, tasks=permissions.visible_tasks(user))[:20]
    totals = {
        "plans": plans.count(),
        "tasks": permissions.visible_tasks(user).filter(plan__in=plans.values("pk")).count(),
        "agencies": permissions.visible_agencies(user).filter(province=province, valid_to__isnull=True).count()
        if province
        else 0,
    }
    within = 90 if request.GET.get("within") == "90" else WINDOWS[0]
    upcoming = upcoming_for_province(
        province,
        today=timezone.localdate(),
        within=within,
        language=get_language() or "vi",
    )
    return render(
        request,
        "core/home_province.html",
        {
            "province": province,
            "plans": plans[:30],
            "totals": totals,
            "my_tasks": my_tasks,
            "upcoming": upcoming,
            "within": within,
        },
    )


def _lineage(user, province):
    if permissions.reads_everything(user):
        return province_lineage_ids(province)
    return permissions.province_ids(user)


@login_required
def search(request):
    query = request.GET.get("q", "").strip()
    results = search_everything(request.user, query) if query else None
    return render(request, "core/search.html", {"query": query, "results": results})
