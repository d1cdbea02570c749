"""Reads of plans and tasks, shaped for the pages that show them (a fixed number of queries each)."""

from django.db.models import Count, Prefetch, Q, QuerySet

from huunghi.organisations.models import Agency
from huunghi.organisations.selectors import assignment_filter_for_agency
from huunghi.plans.models import Assignment, Plan, Task


def _with_assignments(tasks: QuerySet[Task]) -> QuerySet[Task]:
    return tasks.select_related("section").prefetch_related(
        Prefetch("assignments", queryset=Assignment.objects.select_related("agency").order_by("role", "position"))
    )


def plan_list(plans: QuerySet[Plan]) -> QuerySet[Plan]:
    """Plans with their province, document and task count, newest first."""
    return plans.select_related("province", "document").annotate(task_count=Count("tasks", distinct=True))


def plan_tasks(
    plan: Plan, *, tasks: QuerySet[Task], agency: Agency | None = None, category: str = ""
) -> QuerySet[Task]:
    """The plan's tasks (from ``tasks``, already narrowed to what the user may see) in plan order,
    optionally only those concerning one agency or of one category, with their assignments."""
    tasks = tasks.filter(plan=plan)
    if agency is not None:
        tasks = tasks.filter(
            pk__in=Task.objects.filter(assignment_filter_for_agency(agency, "assignments__")).values("pk")
        )
    if category:
        tasks = tasks.filter(category=category)
    return _with_assignments(tasks.order_by("position", "id"))


def agency_tasks(agency: Agency, *, tasks: QuerySet[Task]) -> QuerySet[Task]:
    """Every task concerning the agency across plans (its own assignments and its groups'), newest plan first."""
    mine = Task.objects.filter(assignment_filter_for_agency(agency, "assignments__")).values("pk")
    return _with_assignments(tasks.filter(pk__in=mine).select_related("plan__province", "plan__document")).order_by(
        "-plan__start_year", "plan_id", "position"
    )


def plan_agencies(plan: Plan) -> QuerySet[Agency]:
    """The agencies named in the plan's assignments (for the agency filter)."""
    return Agency.objects.filter(assignments__task__plan=plan).distinct().order_by("name")


def task_counts_by_role(agency: Agency) -> dict[str, int]:
    return Assignment.objects.filter(agency=agency).aggregate(
        lead=Count("pk", filter=Q(role="lead")), cooperating=Count("pk", filter=Q(role="cooperating"))
    )
