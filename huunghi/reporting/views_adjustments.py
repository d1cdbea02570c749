"""Adjustments of the plan (điều chỉnh kế hoạch): an agency proposes them on its report page, the focal agency
accepts or rejects them on the plan's list of proposals. Each view asks huunghi.accounts.permissions and calls a
service; a refused write changes nothing."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from huunghi.accounts import permissions
from huunghi.core.errors import DomainError
from huunghi.reporting import services
from huunghi.reporting.forms import AdjustmentForm, DecisionForm
from huunghi.reporting.models import AdjustmentProposal, PlanVersion
from huunghi.reporting.selectors import plan_adjustments, plan_versions
from huunghi.reporting.views import _refused, _report_page, _to_report, _written_report


@login_required
@require_POST
def adjustment_add(request, pk):
    """Add a proposal to the agency's report, while the agency may still write it."""
    report = _written_report(request, pk)
    tasks = [row.task for row in report.task_reports.select_related("task").order_by("task__position", "task_id")]
    form = AdjustmentForm(request.POST, tasks=tasks, prefix="adj")
    if form.is_valid():
        try:
            services.adjustment_propose(user=request.user, report=report, **form.cleaned_data)
        except DomainError as error:
            if error.code in ("locked", "read_only", "forbidden"):
                return _refused(request, report, error)
            form.add_domain_error(error)
        else:
            messages.success(request, _("The adjustment proposal was added to the report."))
            return _to_report(report, "adjustments")
    messages.error(request, _("The proposal was not added: see the form under “Adjustment proposals”."))
    return _report_page(request, report, adjustment_form=form)


@login_required
def plan_adjustment_list(request, pk):
    """Đề xuất điều chỉnh: the proposals of the plan's submitted reports, with accept and reject for those who
    manage reporting, and the versions the accepted ones made."""
    user = request.user
    plan = get_object_or_404(permissions.visible_plans(user).select_related("province"), pk=pk)
    if not permissions.sees_plan_adjustments(user, plan):
        raise PermissionDenied
    return render(
        request,
        "reporting/adjustment_list.html",
        {
            "plan": plan,
            "proposals": plan_adjustments(plan),
            "versions": plan_versions(plan),
            "can_decide": permissions.can_decide_adjustment(user, plan),
        },
    )


def _decided_proposal(request, pk) -> AdjustmentProposal:
    """A proposal the user may decide on: not seen, 404; seen but not theirs to decide, 403."""
    proposal = get_object_or_404(
        AdjustmentProposal.objects.filter(report__in=permissions.visible_reports(request.user)).select_related(
            "report__period__plan__province", "task"
        ),
        pk=pk,
    )
    if not permissions.can_decide_adjustment(request.user, proposal.report.period.plan):
        raise PermissionDenied
    return proposal


def _to_list(proposal):
    response = redirect("reporting:adjustments", pk=proposal.report.period.plan_id)
    response["Location"] += f"#proposal-{proposal.pk}"
    return response


@login_required
@require_POST
def adjustment_accept(request, pk):
    proposal = _decided_proposal(request, pk)
    form = DecisionForm(request.POST)
    form.is_valid()
    try:
        decided = services.adjustment_accept(
            user=request.user, proposal=proposal, comment=form.cleaned_data.get("comment", "")
        )
    except DomainError as error:
        messages.error(request, error.message)
        return _to_list(proposal)
    version = PlanVersion.objects.filter(proposal=decided).first()
    if version is not None:
        messages.success(
            request, _("The proposal was accepted: the plan is now at version %(n)s.") % {"n": version.number}
        )
    else:
        messages.success(request, _("The proposal was accepted. The plan was not changed: amend it by hand."))
    return _to_list(proposal)


@login_required
@require_POST
def adjustment_reject(request, pk):
    proposal = _decided_proposal(request, pk)
    form = DecisionForm(request.POST)
    form.is_valid()
    try:
        services.adjustment_reject(user=request.user, proposal=proposal, comment=form.cleaned_data.get("comment", ""))
    except DomainError as error:
        messages.error(request, error.message)
        return _to_list(proposal)
    messages.success(request, _("The proposal was not accepted; the plan is unchanged."))
    return _to_list(proposal)
