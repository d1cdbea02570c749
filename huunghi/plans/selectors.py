"""Reads of plans and tasks, shaped for the pages that show them.

The plan and agency pages show up to hundreds of tasks, so their rows are built here from ``values()`` with
everything already formatted: a fixed, small number of queries, no model instances, and a template that
only prints (see docs/benchmarks.md for what that is worth).
"""

from collections import defaultdict

from django.db.models import Count, Prefetch, QuerySet
from django.urls import reverse

from huunghi.organisations.models import Agency
from huunghi.organisations.selectors import agency_with_group_ids
from huunghi.plans.models import Assignment, AssignmentRole, BudgetSource, Plan, Task, TaskCategory
from huunghi.text import format_date, format_number

ROW_FIELDS = (
    "pk", "code", "title", "content", "timing", "starts_on", "ends_on", "category", "budget_estimate",
    "budget_source", "section_id", "cancelled_on",
)  # fmt: skip


def plan_list(plans: QuerySet[Plan]) -> QuerySet[Plan]:
    """Plans with their province, document and task count."""
    return plans.select_related("province", "document").annotate(task_count=Count("tasks", distinct=True))


def agency_task_ids(agency: Agency) -> QuerySet:
    """The ids of the tasks that concern the agency: given to it by name or to a group it belongs to."""
    return Assignment.objects.filter(agency_id__in=agency_with_group_ids(agency)).values("task_id")


def _task_url_pattern() -> str:
    return reverse("plans:task", args=[987654321]).replace("987654321", "{}")


def _period(starts_on, ends_on) -> str:
    if not starts_on and not ends_on:
        return ""
    return f"{format_date(starts_on) if starts_on else '…'}–{format_date(ends_on) if ends_on else '…'}"


def _people(task_ids: list[int]) -> dict[int, dict[str, list[str]]]:
    """Lead and cooperating agencies' display names per task, in the plan's order."""
    people: dict[int, dict[str, list[str]]] = defaultdict(lambda: {"lead": [], "cooperating": []})
    rows = (
        Assignment.objects.filter(task_id__in=task_ids)
        .order_by("task_id", "role", "position", "pk")
        .values_list("task_id", "role", "agency__name", "agency__short_name")
    )
    for task_id, role, name, short_name in rows:
        people[task_id]["lead" if role == AssignmentRole.LEAD else "cooperating"].append(short_name or name)
    return people


def _task_rows(values: list[dict]) -> list[dict]:
    url = _task_url_pattern()
    categories = {key: str(label) for key, label in TaskCategory.choices}
    sources = {key: str(label) for key, label in BudgetSource.choices}
    people = _people([v["pk"] for v in values])
    return [
        {
            **v,
            "url": url.format(v["pk"]),
            "category_label": categories.get(v["category"], ""),
            "source_label": sources.get(v["budget_source"], ""),
            "budget": format_number(v["budget_estimate"]) if v["budget_estimate"] is not None else "",
            "period": _period(v["starts_on"], v["ends_on"]),
            "cancelled": format_date(v["cancelled_on"]) if v["cancelled_on"] else "",
            **people[v["pk"]],
        }
        for v in values
    ]


def plan_task_rows(
    plan: Plan, *, tasks: QuerySet[Task], agency: Agency | None = None, category: str = ""
) -> tuple[list[dict], int, int]:
    """The plan's appendix table: a heading row whenever the section changes, then its tasks.

    ``tasks`` is what the user may see; ``agency`` and ``category`` narrow it. Returns the rows, the number of
    tasks and their estimated budget in đồng. Four queries, whatever the plan's size.
    """
    tasks = tasks.filter(plan=plan)
    if agency is not None:
        tasks = tasks.filter(pk__in=agency_task_ids(agency))
    if category:
        tasks = tasks.filter(category=category)
    values = list(tasks.order_by("position", "pk").values(*ROW_FIELDS))
    sections = {pk: (code, title) for pk, code, title in plan.sections.values_list("pk", "code", "title")}
    rows, current = [], object()
    for row in _task_rows(values):
        if row["section_id"] != current:
            current = row["section_id"]
            if current in sections:
                code, title = sections[current]
                rows.append({"section_code": code, "section_title": title})
        rows.append(row)
    return rows, len(values), sum(v["budget_estimate"] or 0 for v in values)


def plan_tasks_with_assignments(plan: Plan) -> QuerySet[Task]:
    """Every task of the plan in order, with its section and assignments (for the Word export)."""
    return (
        plan.tasks.select_related("section")
        .prefetch_related(
            Prefetch("assignments", queryset=Assignment.objects.select_related("agency").order_by("role", "position"))
        )
        .order_by("position", "pk")
    )


def plan_agencies(plan: Plan) -> QuerySet[Agency]:
    """The agencies named in the plan's assignments (for the agency filter)."""
    return Agency.objects.filter(assignments__task__plan=plan).distinct().order_by("name")


def agency_task_years(agency: Agency, *, tasks: QuerySet[Task]) -> list[tuple[int, int]]:
    """(year, number of tasks) for the plans that give the agency tasks, newest first."""
    return list(
        tasks.filter(pk__in=agency_task_ids(agency))
        .values_list("plan__start_year")
        .annotate(n=Count("pk"))
        .order_by("-plan__start_year")
    )


def agency_task_rows(agency: Agency, *, tasks: QuerySet[Task], year: int | None = None) -> list[dict]:
    """The agency's tasks across plans (of one starting year, when given), grouped by plan, each with the
    agency's own role: lead, cooperating, or one of a group."""
    tasks = tasks.filter(pk__in=agency_task_ids(agency))
    if year is not None:
        tasks = tasks.filter(plan__start_year=year)
    values = list(
        tasks.order_by("-plan__start_year", "plan_id", "position", "pk").values(
            *ROW_FIELDS, "plan_id", "plan__title", "plan__start_year", "plan__end_year", "plan__province__name"
        )
    )
    own = dict(
        Assignment.objects.filter(agency=agency, task_id__in=[v["pk"] for v in values]).values_list("task_id", "role")
    )
    rows = _task_rows(values)
    for row in rows:
        row["role"] = own.get(row["pk"], "")
        row["via_group"] = row["pk"] not in own
    return rows
