"""Shared helpers for the reporting tests: a period open on the ``world`` plan with a deadline still ahead."""

import datetime

from django.utils import timezone

from huunghi.reporting.models import AgencyReport, PeriodKind
from huunghi.reporting.services import period_open


def open_period(world, *, kind=PeriodKind.SIX_MONTH, year=2024, days_left=10):
    deadline = timezone.localdate() + datetime.timedelta(days=days_left)
    return period_open(user=world.officer, plan=world.plan, kind=kind, year=year, deadline=deadline)


def report_of(period, agency) -> AgencyReport:
    return AgencyReport.objects.get(period=period, agency=agency)


def row_of(report, task):
    return report.task_reports.get(task=task)
