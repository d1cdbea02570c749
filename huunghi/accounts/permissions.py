"""Who may see and change what. Every view asks this module; nothing else decides.

- administrator: everything;
- ministry: reads every province, changes nothing;
- focal-agency officer: reads and changes their province (and the former provinces merged into it);
- leader, finance officer: read their province;
- agency focal point: reads only their agency's tasks, the plans that hold them, and the register's
  documents of their province and the nation; writes only their agency's reports;
- anyone not signed in: nothing (views send them to sign in).

The ``visible_*`` functions return querysets so that a view fetches an object through them
(``get_object_or_404(visible_plans(user), pk=pk)``): what a user may not see is simply not found (404).
The ``can_*`` functions answer yes or no for a write; a view refuses with 403 when a reader tries one.
"""

from django.db.models import Q, QuerySet

from huunghi.accounts.models import Role
from huunghi.documents.models import LegalDocument
from huunghi.events.models import CalendarFeed, CongratulatoryLetter, PartnerAgreement
from huunghi.imports.models import ImportDraft
from huunghi.organisations.models import Agency, Province
from huunghi.organisations.selectors import agency_with_group_ids, province_lineage_ids
from huunghi.plans.models import Plan, Task
from huunghi.plans.selectors import agency_task_ids
from huunghi.reporting.models import SENT_STATUSES, AgencyReport, ReportingPeriod

READ_EVERYTHING = (Role.ADMIN, Role.MINISTRY)
READ_PROVINCE = (Role.OFFICER, Role.LEADER, Role.FINANCE)


def is_admin(user) -> bool:
    return user.is_authenticated and (user.is_superuser or user.role == Role.ADMIN)


def reads_everything(user) -> bool:
    return is_admin(user) or (user.is_authenticated and user.role == Role.MINISTRY)


def home_province(user) -> Province | None:
    """The province a user works for: their own, or their agency's."""
    if not user.is_authenticated:
        return None
    if user.province_id:
        return user.province
    if user.agency_id:
        return user.agency.province
    return None


def province_ids(user) -> list[int]:
    """The provinces whose plans the user works with: their province and the ones merged into it.
    Computed once per user object (i.e. once per request)."""
    if not hasattr(user, "_huunghi_province_ids"):
        user._huunghi_province_ids = province_lineage_ids(home_province(user))
    return user._huunghi_province_ids


def visible_provinces(user) -> QuerySet[Province]:
    if reads_everything(user):
        return Province.objects.all()
    return Province.objects.filter(pk__in=province_ids(user))


def visible_tasks(user) -> QuerySet[Task]:
    if not user.is_authenticated:
        return Task.objects.none()
    if reads_everything(user):
        return Task.objects.all()
    if user.role in READ_PROVINCE:
        return Task.objects.filter(plan__province__in=province_ids(user))
    if user.role == Role.FOCAL_POINT and user.agency_id:
        return Task.objects.filter(pk__in=agency_task_ids(user.agency))
    return Task.objects.none()


def visible_plans(user) -> QuerySet[Plan]:
    if not user.is_authenticated:
        return Plan.objects.none()
    if reads_everything(user):
        return Plan.objects.all()
    if user.role in READ_PROVINCE:
        return Plan.objects.filter(province__in=province_ids(user))
    if user.role == Role.FOCAL_POINT:
        return Plan.objects.filter(pk__in=visible_tasks(user).values("plan_id"))
    return Plan.objects.none()


def sees_whole_plan(user, plan: Plan) -> bool:
    """Whether the user sees every task of a plan, or (a focal point) only their agency's."""
    return reads_everything(user) or (user.role in READ_PROVINCE and plan.province_id in province_ids(user))


def visible_agencies(user) -> QuerySet[Agency]:
    if not user.is_authenticated:
        return Agency.objects.none()
    if reads_everything(user):
        return Agency.objects.all()
    if user.role in READ_PROVINCE:
        return Agency.objects.filter(province__in=province_ids(user))
    if user.role == Role.FOCAL_POINT and user.agency_id:
        return Agency.objects.filter(pk=user.agency_id)
    return Agency.objects.none()


def visible_documents(user) -> QuerySet[LegalDocument]:
    """Documents are public texts; a user reads the nation's and their own province's."""
    if not user.is_authenticated:
        return LegalDocument.objects.none()
    if reads_everything(user):
        return LegalDocument.objects.all()
    return LegalDocument.objects.filter(Q(issuer__province__isnull=True) | Q(issuer__province__in=province_ids(user)))


def can_edit_province(user, province: Province | None) -> bool:
    """Create and change plans, tasks and documents of this province."""
    if is_admin(user):
        return True
    return (
        user.is_authenticated
        and user.role == Role.OFFICER
        and province is not None
        and province.pk in province_ids(user)
    )


def can_edit_plan(user, plan: Plan) -> bool:
    return can_edit_province(user, plan.province)


def can_edit_document(user, document: LegalDocument) -> bool:
    if is_admin(user):
        return True
    province = document.issuer.province
    return province is not None and can_edit_province(user, province)


def can_create_anything(user) -> bool:
    """Whether to offer the 'new plan' and 'new document' buttons at all."""
    return is_admin(user) or (user.is_authenticated and user.role == Role.OFFICER)


def can_import(user) -> bool:
    """Import plans from files: the focal agency's officers (into their province) and administrators."""
    return is_admin(user) or (user.is_authenticated and user.role == Role.OFFICER and home_province(user) is not None)


def visible_drafts(user) -> QuerySet[ImportDraft]:
    """Import drafts are working material of the focal agency: its province's officers and administrators
    see them; nobody else does."""
    if is_admin(user):
        return ImportDraft.objects.all()
    if user.is_authenticated and user.role == Role.OFFICER:
        return ImportDraft.objects.filter(province__in=province_ids(user))
    return ImportDraft.objects.none()


def can_change_draft(user, draft: ImportDraft) -> bool:
    """Correct, confirm or discard a draft: whoever may change its province's plans."""
    return can_edit_province(user, draft.province)


def visible_periods(user) -> QuerySet[ReportingPeriod]:
    """Reporting periods of the plans the user sees."""
    return ReportingPeriod.objects.filter(plan__in=visible_plans(user))


def visible_reports(user) -> QuerySet[AgencyReport]:
    """Agency reports: the province's officers, leaders and finance officers read all of their province's;
    a focal point reads their agency's (and those of the groups it belongs to, such as "các sở, ban, ngành")."""
    if not user.is_authenticated:
        return AgencyReport.objects.none()
    if reads_everything(user):
        return AgencyReport.objects.all()
    if user.role in READ_PROVINCE:
        return AgencyReport.objects.filter(period__plan__province__in=province_ids(user))
    if user.role == Role.FOCAL_POINT and user.agency_id:
        return AgencyReport.objects.filter(agency_id__in=agency_with_group_ids(user.agency))
    return AgencyReport.objects.none()


def can_manage_reporting(user, plan: Plan) -> bool:
    """Open periods, return and accept reports, reopen entry for an agency: the province's focal-agency
    officers (and administrators)."""
    return can_edit_plan(user, plan)


def can_write_report(user, report: AgencyReport) -> bool:
    """Write an agency's report: the people of that agency (its focal points, or the focal agency's officers
    for the focal agency's own report). A group ("các sở, ban, ngành") has no people of its own, so the
    province's officers enter its report from what its members send."""
    if is_admin(user):
        return True
    if not user.is_authenticated or user.role not in (Role.FOCAL_POINT, Role.OFFICER):
        return False
    if user.agency_id is not None and user.agency_id == report.agency_id:
        return True
    return user.role == Role.OFFICER and report.agency.is_group and report.period.plan.province_id in province_ids(user)


def can_propose_adjustment(user, report: AgencyReport) -> bool:
    """Propose an adjustment of the plan (đề xuất điều chỉnh) in a report: whoever may write the report."""
    return can_write_report(user, report)


def sees_report_adjustments(user, report: AgencyReport) -> bool:
    """An agency's proposals are its draft until it submits the report: its own people see them at once,
    the report's other readers once it is submitted (or accepted)."""
    return can_write_report(user, report) or report.status in SENT_STATUSES


def sees_plan_adjustments(user, plan: Plan) -> bool:
    """The list of a plan's adjustment proposals and its versions: whoever sees the whole plan."""
    return sees_whole_plan(user, plan)


def can_decide_adjustment(user, plan: Plan) -> bool:
    """Accept or reject a proposal, which may amend the plan: those who manage the plan's reporting."""
    return can_manage_reporting(user, plan)


# --- the diplomatic calendar --------------------------------------------------------------------------------
# The calendar of national days and anniversaries is reference data: every signed-in user reads it. A province's
# own part (partner agreements, letters, the tasks it plans for events) follows the province's rules above.


def calendar_province(user, code: str | None = None) -> Province | None:
    """The province whose calendar a user sees: ``code`` when they may read it (ministry and administrators
    choose any), else their own; None for the national calendar only. Raises Province.DoesNotExist for a code
    they may not read."""
    if code:
        return visible_provinces(user).get(code=code)
    return home_province(user)


def reads_province_calendar(user, province: Province | None) -> bool:
    """See a province's partner agreements and letters: whoever reads the province's whole plans."""
    if province is None or not user.is_authenticated:
        return False
    return reads_everything(user) or (user.role in READ_PROVINCE and province.pk in province_ids(user))


def can_manage_calendar(user, province: Province | None) -> bool:
    """Change partner agreements, draft and send letters, propose tasks for events: the focal agency's officers
    (and administrators), as for the province's plans."""
    return can_edit_province(user, province)


def visible_letters(user) -> QuerySet[CongratulatoryLetter]:
    if not user.is_authenticated:
        return CongratulatoryLetter.objects.none()
    if reads_everything(user):
        return CongratulatoryLetter.objects.all()
    if user.role in READ_PROVINCE:
        return CongratulatoryLetter.objects.filter(province__in=province_ids(user))
    return CongratulatoryLetter.objects.none()


def visible_partner_agreements(user) -> QuerySet[PartnerAgreement]:
    if not user.is_authenticated:
        return PartnerAgreement.objects.none()
    if reads_everything(user):
        return PartnerAgreement.objects.all()
    if user.role in READ_PROVINCE:
        return PartnerAgreement.objects.filter(province__in=province_ids(user))
    return PartnerAgreement.objects.none()


def visible_feeds(user) -> QuerySet[CalendarFeed]:
    """Calendar feeds a user manages: their own; an officer also their province's; administrators all."""
    if not user.is_authenticated:
        return CalendarFeed.objects.none()
    if is_admin(user):
        return CalendarFeed.objects.all()
    if user.role == Role.OFFICER:
        return CalendarFeed.objects.filter(Q(created_by=user) | Q(province__in=province_ids(user)))
    return CalendarFeed.objects.filter(created_by=user)


def can_create_feed(user, province: Province | None) -> bool:
    """Anyone who reads a province's calendar may subscribe to it."""
    return province is not None and user.is_authenticated and visible_provinces(user).filter(pk=province.pk).exists()
