"""Shared helpers for the reporting tests: a period open on the ``world`` plan with a deadline still ahead."""

import datetime

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from huunghi.reporting.models import AgencyReport, PeriodKind
from huunghi.reporting.services import attachment_add, period_open


def open_period(world, *, kind=PeriodKind.SIX_MONTH, year=2024, days_left=10):
    deadline = timezone.localdate() + datetime.timedelta(days=days_left)
    return period_open(user=world.officer, plan=world.plan, kind=kind, year=year, deadline=deadline)


def report_of(period, agency) -> AgencyReport:
    return AgencyReport.objects.get(period=period, agency=agency)


def row_of(report, task):
    return report.task_reports.get(task=task)


def attachment_of(world):
    """A PDF attached to Sở VHTTDL's report of a new period (store it under a temporary MEDIA_ROOT)."""
    report = report_of(open_period(world), world.agencies["vhttdl"])
    return attachment_add(
        user=world.focal_point, report=report, upload=SimpleUploadedFile("bao-cao.pdf", b"%PDF-1.7\n%%EOF\n")
    )
