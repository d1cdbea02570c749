"""The combined report of a period (báo cáo tổng hợp), downloaded as Word or as the Excel task table.

Only those who see the whole plan (the province's officers, leaders and finance officers, the ministry,
administrators) may download it: it quotes every agency's report, and an agency's focal point reads only
its own."""

import io

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.http import content_disposition_header

from huunghi.accounts import permissions
from huunghi.reporting.models import ReportingPeriod
from huunghi.reporting.synthesis import period_synthesis, synthesis_docx, synthesis_xlsx

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _period_for(user, pk) -> ReportingPeriod:
    period = get_object_or_404(
        permissions.visible_periods(user).select_related("plan__province__focal_agency", "plan__document"), pk=pk
    )
    if not permissions.sees_whole_plan(user, period.plan):
        raise PermissionDenied
    return period


def _download(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


@login_required
def synthesis_word(request, pk):
    """The combined report as Word, for the officer to complete and send."""
    period = _period_for(request.user, pk)
    buffer = io.BytesIO()
    synthesis_docx(period, period_synthesis(period)).save(buffer)
    return _download(buffer.getvalue(), DOCX_TYPE, f"Bao-cao-tong-hop-{period.code}.docx")


@login_required
def synthesis_excel(request, pk):
    """The period's task table as Excel: one row per task."""
    period = _period_for(request.user, pk)
    buffer = io.BytesIO()
    synthesis_xlsx(period, period_synthesis(period), buffer)
    return _download(buffer.getvalue(), XLSX_TYPE, f"Nhiem-vu-{period.code}.xlsx")
