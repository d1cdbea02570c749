"""Reporting pages: a plan's periods, the monitoring table of a period, and an agency's report with its
activities, attachments and workflow. Each view asks huunghi.accounts.permissions, validates input with a form and calls a service;
a refused write changes nothing."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from huunghi.accounts import permissions
from huunghi.core.errors import DomainError
from huunghi.reporting import services
from huunghi.reporting.forms import (
    ActivityForm,
    AdjustmentForm,
    AttachmentForm,
    PeriodOpenForm,
    ReopenForm,
    ReportForm,
    ReturnForm,
)
from huunghi.reporting.models import Activity, AgencyReport
from huunghi.reporting.selectors import (
    agency_record,
    period_list,
    period_progress,
    period_report_rows,
    period_summary,
    report_task_rows,
)


@login_required
@require_http_methods(["GET", "POST"])
def period_index(request, pk):
    """A plan's reporting periods, and the form the focal agency's officers open one with."""
    user = request.user
    plan = get_object_or_404(permissions.visible_plans(user).select_related("province"), pk=pk)
    can_manage = permissions.can_manage_reporting(user, plan)
    if request.method == "POST" and not can_manage:
        raise PermissionDenied
    form = PeriodOpenForm(request.POST or None, initial={"kind": "six_month", "year": plan.start_year})
    if request.method == "POST" and form.is_valid():
        try:
            period = services.period_open(user=user, plan=plan, **form.cleaned_data)
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("The period %(period)s was opened.") % {"period": period.label})
            return redirect("reporting:period", pk=period.pk)
    periods = period_list(plan, permissions.visible_periods(user))
    return render(
        request,
        "reporting/period_list.html",
        {
            "plan": plan,
            "periods": periods,
            "form": form if can_manage else None,
            "sees_adjustments": permissions.sees_plan_adjustments(user, plan),
        },
    )


@login_required
def period_detail(request, pk):
    """The monitoring page: each agency's report and where it stands, the progress of the tasks per section and
    category, and the overdue tasks."""
    user = request.user
    period = get_object_or_404(permissions.visible_periods(user).select_related("plan__province"), pk=pk)
    reports = permissions.visible_reports(user)
    rows = period_report_rows(period, reports=reports)
    return render(
        request,
        "reporting/period_detail.html",
        {
            "period": period,
            "plan": period.plan,
            "rows": rows,
            "summary": period_summary(rows),
            "progress": period_progress(period, reports=reports),
            "today": timezone.localdate(),
            "can_download_synthesis": permissions.sees_whole_plan(user, period.plan),
            # The urging letter is drafted by those who manage reporting, once an agency is late.
            "can_urge": permissions.can_manage_reporting(user, period.plan)
            and timezone.localdate() > period.deadline
            and any(row["state"] in ("missing", "returned") for row in rows),
        },
    )


def _report_for(user, pk) -> AgencyReport:
    return get_object_or_404(
        permissions.visible_reports(user).select_related("period__plan__province", "agency", "saved_by"), pk=pk
    )


def _task_reports(report: AgencyReport):
    return report.task_reports.select_related("task").order_by("task__position", "task_id")


@login_required
@require_http_methods(["GET", "POST"])
def report_detail(request, pk):
    """An agency's report: a form while the agency may write it, read-only otherwise, with the activities of
    each task, the attachments, what the cooperating agencies sent on the tasks the agency leads, the officer's
    actions (return, accept, reopen) and the record of each step."""
    user = request.user
    report = _report_for(user, pk)
    can_write = permissions.can_write_report(user, report)
    if request.method == "POST" and not can_write:
        raise PermissionDenied
    if request.method != "POST":
        return _report_page(request, report)
    task_reports = list(_task_reports(report))
    form = ReportForm(request.POST, task_reports=task_reports)
    theirs = None
    if form.is_valid():
        try:
            with transaction.atomic():
                saved = services.report_save(
                    user=user,
                    report=report,
                    version=form.cleaned_data["version"],
                    tasks=form.task_values(),
                    **{name: form.cleaned_data[name] for name in services.GENERAL_FIELDS},
                )
                if request.POST.get("action") == "submit":
                    services.report_submit(user=user, report=saved)
        except services.ReportChanged as error:
            # Keep what this user typed, show what the other saved, and let the next save go through.
            theirs = {"report": error.report, "rows": list(_task_reports(error.report))}
            data = request.POST.copy()
            data["version"] = error.report.version
            form = ReportForm(data, task_reports=task_reports)
            form.is_valid()
            form.add_error(None, error.message)
        except DomainError as error:
            if error.code in ("locked", "read_only", "forbidden"):
                return _refused(request, report, error)
            form.add_domain_error(error)
        else:
            if request.POST.get("action") == "submit":
                messages.success(request, _("The report was submitted to the focal agency."))
            else:
                messages.success(request, _("The report was saved."))
            return redirect("reporting:report", pk=report.pk)
    return _report_page(request, report, form=form, theirs=theirs)


def _report_page(
    request, report, *, form=None, theirs=None, activity_form=None, attachment_form=None, adjustment_form=None
):
    """The report page. ``form`` is the report form sent back with errors (a form sent back stays a form);
    ``activity_form``, ``attachment_form`` and ``adjustment_form`` likewise for an activity, a file or an
    adjustment proposal that was refused."""
    user = request.user
    can_write = permissions.can_write_report(user, report)
    locked = report.is_locked(timezone.localdate())
    editable = can_write and report.is_editable_status and not locked
    rows = report_task_rows(report)
    if form is None:
        form = ReportForm(
            initial={"version": report.version, **{n: getattr(report, n) for n in services.GENERAL_FIELDS}},
            task_reports=rows,
            disabled=not editable,
        )
    else:
        # The rows of a form sent back are read again with their activities and their cooperators' parts.
        by_pk = {row.pk: row for row in rows}
        form.task_reports = [by_pk.get(row.pk, row) for row in form.task_reports]
    for row in form.task_reports:
        row.activity_form = None
        if editable:
            prefix = f"a{row.pk}"
            row.activity_form = activity_form if activity_form and activity_form.prefix == prefix else None
            row.activity_form = row.activity_form or ActivityForm(prefix=prefix)
    can_manage = permissions.can_manage_reporting(user, report.period.plan)
    if editable and adjustment_form is None:
        adjustment_form = AdjustmentForm(tasks=[row.task for row in rows], prefix="adj")
    return render(
        request,
        "reporting/report_detail.html",
        {
            "report": report,
            "period": report.period,
            "plan": report.period.plan,
            "form": form,
            "editable": editable or form.is_bound,
            "can_add": editable,
            "locked": locked,
            "can_write": can_write,
            "can_manage": can_manage,
            "return_form": ReturnForm() if can_manage else None,
            "reopen_form": ReopenForm() if can_manage else None,
            "attachments": report.attachments.select_related("uploaded_by"),
            "attachment_form": (attachment_form or AttachmentForm()) if editable else None,
            "events": report.events.select_related("actor"),
            "record": agency_record(report.agency, reports=permissions.visible_reports(user)),
            "theirs": theirs,
            "adjustments": (
                report.adjustments.select_related("task", "created_by", "decided_by")
                if permissions.sees_report_adjustments(user, report)
                else []
            ),
            "adjustment_form": adjustment_form if editable else None,
        },
    )


def _managed_report(request, pk) -> AgencyReport:
    report = _report_for(request.user, pk)
    if not permissions.can_manage_reporting(request.user, report.period.plan):
        raise PermissionDenied
    return report


def _refused(request, report, error: DomainError):
    messages.error(request, error.message)
    return redirect("reporting:report", pk=report.pk)


@login_required
@require_POST
def report_return(request, pk):
    report = _managed_report(request, pk)
    form = ReturnForm(request.POST)
    if not form.is_valid():
        return _refused(request, report, DomainError(_("Say what the agency should correct.")))
    try:
        services.report_return(user=request.user, report=report, comment=form.cleaned_data["comment"])
    except DomainError as error:
        return _refused(request, report, error)
    messages.success(request, _("The report was returned to %(agency)s.") % {"agency": report.agency})
    return redirect("reporting:report", pk=report.pk)


@login_required
@require_POST
def report_accept(request, pk):
    report = _managed_report(request, pk)
    try:
        services.report_accept(user=request.user, report=report)
    except DomainError as error:
        return _refused(request, report, error)
    messages.success(request, _("The report was accepted."))
    return redirect("reporting:report", pk=report.pk)


@login_required
@require_POST
def report_reopen(request, pk):
    report = _managed_report(request, pk)
    form = ReopenForm(request.POST)
    if not form.is_valid():
        return _refused(request, report, DomainError(_("Enter a date as dd/mm/yyyy.")))
    try:
        services.period_reopen_for_agency(user=request.user, report=report, until=form.cleaned_data["until"])
    except DomainError as error:
        return _refused(request, report, error)
    messages.success(request, _("Entry was reopened for %(agency)s.") % {"agency": report.agency})
    return redirect("reporting:report", pk=report.pk)


def _written_report(request, pk) -> AgencyReport:
    """A report the user may write: not seen, 404; seen but not theirs to write, 403."""
    report = _report_for(request.user, pk)
    if not permissions.can_write_report(request.user, report):
        raise PermissionDenied
    return report


def _to_report(report, anchor: str = ""):
    response = redirect("reporting:report", pk=report.pk)
    response["Location"] += f"#{anchor}" if anchor else ""
    return response


@login_required
@require_POST
def activity_add(request, pk, row_pk):
    """Record an activity under one task of the report. The button sits in the report's form, so the request
    carries that form's fields too; only the activity's own (prefix ``a<row id>``) are read."""
    report = _written_report(request, pk)
    row = get_object_or_404(report.task_reports.select_related("task"), pk=row_pk)
    form = ActivityForm(request.POST, prefix=f"a{row.pk}")
    if form.is_valid():
        try:
            services.activity_add(user=request.user, task_report=row, **form.cleaned_data)
        except DomainError as error:
            if error.code in ("locked", "read_only", "forbidden"):
                return _refused(request, report, error)
            form.add_domain_error(error)
        else:
            messages.success(request, _("The activity was added to task %(code)s.") % {"code": row.task.code})
            return _to_report(report, f"task-{row.pk}")
    messages.error(
        request, _("The activity was not added: see the form under task %(code)s.") % {"code": row.task.code}
    )
    return _report_page(request, report, activity_form=form)


@login_required
@require_POST
def activity_delete(request, pk, activity_pk):
    report = _written_report(request, pk)
    activity = get_object_or_404(Activity.objects.filter(task_report__report=report), pk=activity_pk)
    try:
        services.activity_delete(user=request.user, activity=activity)
    except DomainError as error:
        return _refused(request, report, error)
    messages.success(request, _("The activity was deleted."))
    return _to_report(report, f"task-{activity.task_report_id}")


@login_required
@require_POST
def attachment_add(request, pk):
    report = _written_report(request, pk)
    form = AttachmentForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            services.attachment_add(
                user=request.user, report=report, upload=form.cleaned_data["file"], title=form.cleaned_data["title"]
            )
        except DomainError as error:
            if error.code in ("locked", "read_only", "forbidden"):
                return _refused(request, report, error)
            form.add_domain_error(error)
        else:
            messages.success(request, _("The file was attached."))
            return _to_report(report, "attachments")
    messages.error(request, _("The file was not attached: see the form under “Attachments”."))
    return _report_page(request, report, attachment_form=form)


@login_required
@require_POST
def attachment_delete(request, pk, attachment_pk):
    report = _written_report(request, pk)
    attachment = get_object_or_404(report.attachments, pk=attachment_pk)
    try:
        services.attachment_delete(user=request.user, attachment=attachment)
    except DomainError as error:
        return _refused(request, report, error)
    messages.success(request, _("The file was removed."))
    return _to_report(report, "attachments")


@login_required
def attachment_download(request, pk, attachment_pk):
    """An attached file, for whoever may read the report (others get 404): files are never served from a
    public media address."""
    report = _report_for(request.user, pk)
    attachment = get_object_or_404(report.attachments, pk=attachment_pk)
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    return FileResponse(handle, as_attachment=True, filename=attachment.original_name)
