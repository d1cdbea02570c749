"""The urging letter (công văn đôn đốc) of a period, downloaded as Word by the focal agency's officers."""

import io

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _

from huunghi.accounts import permissions
from huunghi.reporting.urging import urging_letter_docx, urging_targets
from huunghi.reporting.views_synthesis import DOCX_TYPE, _download


@login_required
def urging_word(request, pk):
    """The letter to the agencies still missing (or returned) after the deadline; back to the period page with
    a message when there is no one to urge."""
    period = get_object_or_404(
        permissions.visible_periods(request.user).select_related("plan__province__focal_agency", "plan__document"),
        pk=pk,
    )
    if not permissions.can_manage_reporting(request.user, period.plan):
        raise PermissionDenied
    today = timezone.localdate()
    if not urging_targets(period, today=today):
        messages.info(request, _("No agency is late with its report: there is no one to urge."))
        return redirect("reporting:period", pk=period.pk)
    buffer = io.BytesIO()
    urging_letter_docx(period, today=today).save(buffer)
    return _download(buffer.getvalue(), DOCX_TYPE, f"Cong-van-don-doc-{period.code}.docx")
