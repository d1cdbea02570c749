"""Writes to plans, sections, tasks and assignments. Each runs in one transaction and refuses bad input
with a ``DomainError`` before anything is saved."""

import datetime
from collections.abc import Sequence

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from huunghi.core.errors import DomainError
from huunghi.documents.models import DocumentType
from huunghi.documents.services import document_create, document_update
from huunghi.organisations.models import Agency, Province
from huunghi.organisations.selectors import province_committee
from huunghi.plans.models import Assignment, AssignmentRole, Plan, PlanKind, PlanStatus, Section, Task
from huunghi.text import format_date, search_key

PLAN_FIELDS = (
    "title",
    "kind",
    "status",
    "start_year",
    "end_year",
    "preamble",
    "purposes",
    "requirements",
    "budget_clause",
    "implementation_clause",
    "recipients",
    "note",
)
PLAN_DOCUMENT_FIELDS = ("number", "issued_on", "place", "signer_name", "signer_title")
TASK_FIELDS = (
    "code",
    "section",
    "title",
    "content",
    "timing",
    "starts_on",
    "ends_on",
    "category",
    "expected_output",
    "budget_estimate",
    "budget_source",
    "position",
)


def _check_years(start_year: int, end_year: int) -> None:
    if not 1945 <= start_year <= 2100 or not 1945 <= end_year <= 2100:
        raise DomainError(_("The year must be between 1945 and 2100."), field="start_year")
    if end_year < start_year:
        raise DomainError(_("The end year cannot be before the start year."), field="end_year")


@transaction.atomic
def plan_create(
    *,
    actor=None,
    province: Province,
    title: str,
    start_year: int,
    end_year: int | None = None,
    kind: str = PlanKind.YEARLY,
    status: str = PlanStatus.DRAFT,
    issuer: Agency | None = None,
    number: str = "",
    issued_on: datetime.date | None = None,
    place: str = "",
    signer_name: str = "",
    signer_title: str = "",
    **content: str,
) -> Plan:
    """Create a plan and the document that issues it (issued by the province's People's Committee
    unless ``issuer`` says otherwise). ``content`` takes the text fields: preamble, purposes, ..."""
    end_year = start_year if end_year is None else end_year
    _check_years(start_year, end_year)
    unknown = set(content) - set(PLAN_FIELDS)
    if unknown:
        raise TypeError(f"plan_create() got unexpected fields {sorted(unknown)}")
    issuer = issuer or province_committee(province)
    if issuer is None:
        raise DomainError(_("This province has no People's Committee in the register to issue the plan."))
    if issuer.province_id not in (None, province.pk):
        raise DomainError(_("The issuer must be an agency of the plan's province."), field="issuer")
    document = document_create(
        actor=actor,
        doc_type=DocumentType.PLAN,
        issuer=issuer,
        title=title,
        number=number,
        issued_on=issued_on,
        place=place or province.name,
        signer_name=signer_name,
        signer_title=signer_title,
    )
    plan = Plan(
        province=province,
        document=document,
        title=title,
        kind=kind,
        status=status,
        start_year=start_year,
        end_year=end_year,
        **content,
    )
    plan.search_key = search_key(f"{number} {title}")
    plan._history_user = actor
    plan.save()
    return plan


@transaction.atomic
def plan_update(*, actor=None, plan: Plan, **fields) -> Plan:
    """Change a plan's content fields and the number, date, place and signer of its document."""
    unknown = set(fields) - set(PLAN_FIELDS) - set(PLAN_DOCUMENT_FIELDS)
    if unknown:
        raise TypeError(f"plan_update() got unexpected fields {sorted(unknown)}")
    _check_years(fields.get("start_year", plan.start_year), fields.get("end_year", plan.end_year))
    for name in PLAN_FIELDS:
        if name in fields:
            setattr(plan, name, fields[name])
    document_fields = {name: fields[name] for name in PLAN_DOCUMENT_FIELDS if name in fields}
    if "title" in fields:
        document_fields["title"] = fields["title"]
    if document_fields:
        document_update(actor=actor, document=plan.document, **document_fields)
    plan.search_key = search_key(f"{plan.document.number} {plan.title}")
    plan._history_user = actor
    plan.save()
    return plan


@transaction.atomic
def section_create(
    *, plan: Plan, code: str, title: str, body: str = "", parent: Section | None = None, position: int | None = None
) -> Section:
    """Add a section ('II') or a numbered group of tasks ('II.1') to a plan."""
    code = code.strip()
    if plan.sections.filter(code=code).exists():
        raise DomainError(_("This plan already has a section with this code."), field="code")
    if position is None:
        position = (plan.sections.aggregate(m=Max("position"))["m"] or 0) + 1
    return Section.objects.create(plan=plan, code=code, title=title, body=body, parent=parent, position=position)


def _check_task(
    *,
    plan: Plan,
    code: str,
    starts_on,
    ends_on,
    budget_estimate,
    section: Section | None,
    lead: Sequence[Agency],
    cooperating: Sequence[Agency],
    exclude_pk=None,
) -> None:
    if not code:
        raise DomainError(_("A task needs a code, such as II.2.a."), field="code")
    same_code = plan.tasks.filter(code=code)
    if exclude_pk:
        same_code = same_code.exclude(pk=exclude_pk)
    if same_code.exists():
        raise DomainError(_("This plan already has a task with the code %(code)s.") % {"code": code}, field="code")
    if starts_on and ends_on and ends_on < starts_on:
        raise DomainError(_("The end date cannot be before the start date."), field="ends_on")
    if budget_estimate is not None and budget_estimate < 0:
        raise DomainError(_("The budget cannot be negative."), field="budget_estimate")
    if section is not None and section.plan_id != plan.pk:
        raise DomainError(_("The section belongs to another plan."), field="section")
    lead_ids = {a.pk for a in lead}
    both = [a for a in cooperating if a.pk in lead_ids]
    if both:
        raise DomainError(
            _("%(agency)s cannot both lead and cooperate on the same task.") % {"agency": both[0]},
            field="cooperating",
        )
    for field, agencies in (("lead", lead), ("cooperating", cooperating)):
        if len({a.pk for a in agencies}) != len(agencies):
            raise DomainError(_("The same agency is named twice."), field=field)
        outside = [a for a in agencies if a.province_id != plan.province_id]
        if outside:
            raise DomainError(
                _("%(agency)s is not an agency of %(province)s.") % {"agency": outside[0], "province": plan.province},
                field=field,
            )


def _set_assignments(task: Task, lead: Sequence[Agency], cooperating: Sequence[Agency], as_written=None) -> None:
    as_written = as_written or {}
    task.assignments.all().delete()
    Assignment.objects.bulk_create(
        [
            Assignment(task=task, agency=agency, role=role, position=i, as_written=as_written.get(agency.pk, ""))
            for role, agencies in ((AssignmentRole.LEAD, lead), (AssignmentRole.COOPERATING, cooperating))
            for i, agency in enumerate(agencies)
        ]
    )


#: Vietnamese letters in the order tasks are lettered: a b c d đ e g h i k l m n o p q r s t u v x y.
TASK_LETTERS = "abcdđeghiklmnopqrstuvxy"


def next_task_code(code: str, taken: set[str]) -> str:
    """The code after ``code`` that no task holds: the last part counted on (II.3 → II.4) or lettered on in
    the Vietnamese order (II.2.e → II.2.g)."""
    head, dot, last = code.rpartition(".")
    prefix = f"{head}{dot}"
    while True:
        if last.isdigit():
            last = str(int(last) + 1)
        elif len(last) == 1 and last in TASK_LETTERS[:-1]:
            last = TASK_LETTERS[TASK_LETTERS.index(last) + 1]
        else:
            # Past 'y', or a code that is neither a number nor a letter: start a numbered part under it.
            prefix, last = f"{prefix}{last}.", "1"
        if f"{prefix}{last}" not in taken:
            return f"{prefix}{last}"


def task_search_key(task: Task) -> str:
    return search_key(f"{task.code} {task.title} {task.content}")


@transaction.atomic
def task_create(
    *,
    actor=None,
    plan: Plan,
    code: str,
    content: str,
    lead: Sequence[Agency] = (),
    cooperating: Sequence[Agency] = (),
    as_written: dict[int, str] | None = None,
    **fields,
) -> Task:
    """Add a task with its lead and cooperating agencies. ``fields`` takes the other task fields."""
    unknown = set(fields) - set(TASK_FIELDS)
    if unknown:
        raise TypeError(f"task_create() got unexpected fields {sorted(unknown)}")
    code = code.strip()
    _check_task(
        plan=plan,
        code=code,
        starts_on=fields.get("starts_on"),
        ends_on=fields.get("ends_on"),
        budget_estimate=fields.get("budget_estimate"),
        section=fields.get("section"),
        lead=lead,
        cooperating=cooperating,
    )
    if fields.get("position") is None:
        fields["position"] = (plan.tasks.aggregate(m=Max("position"))["m"] or 0) + 1
    task = Task(plan=plan, code=code, content=content, **fields)
    task.search_key = task_search_key(task)
    task._history_user = actor
    task.save()
    _set_assignments(task, lead, cooperating, as_written)
    return task


@transaction.atomic
def task_update(
    *,
    actor=None,
    task: Task,
    lead: Sequence[Agency] | None = None,
    cooperating: Sequence[Agency] | None = None,
    **fields,
) -> Task:
    """Change a task; when ``lead`` or ``cooperating`` is given, the assignments are replaced."""
    unknown = set(fields) - set(TASK_FIELDS) - {"content"}
    if unknown:
        raise TypeError(f"task_update() got unexpected fields {sorted(unknown)}")
    current = list(task.assignments.select_related("agency"))
    if lead is None:
        lead = [a.agency for a in current if a.role == AssignmentRole.LEAD]
    if cooperating is None:
        cooperating = [a.agency for a in current if a.role == AssignmentRole.COOPERATING]
    merged = {name: fields.get(name, getattr(task, name)) for name in TASK_FIELDS}
    merged["code"] = (merged["code"] or "").strip()
    _check_task(
        plan=task.plan,
        code=merged["code"],
        starts_on=merged["starts_on"],
        ends_on=merged["ends_on"],
        budget_estimate=merged["budget_estimate"],
        section=merged["section"],
        lead=lead,
        cooperating=cooperating,
        exclude_pk=task.pk,
    )
    for name, value in fields.items():
        setattr(task, name, value.strip() if name == "code" else value)
    task.search_key = task_search_key(task)
    task._history_user = actor
    task.save()
    as_written = {a.agency_id: a.as_written for a in current}
    _set_assignments(task, lead, cooperating, as_written)
    return task


@transaction.atomic
def task_delete(*, actor=None, task: Task) -> None:
    task._history_user = actor
    task.delete()


@transaction.atomic
def task_cancel(*, user, task: Task, on: datetime.date) -> Task:
    """Mark the task cancelled (hủy bỏ) from ``on``. The task stays in the plan, shown struck through, and its
    history records who cancelled it."""
    if task.cancelled_on is not None:
        raise DomainError(_("This task was already cancelled on %(date)s.") % {"date": format_date(task.cancelled_on)})
    task.cancelled_on = on
    task._history_user = user
    task.save(update_fields=["cancelled_on"])
    return task
