"""``huunghi reporting-status PLAN_ID --period 2024-H1 [--json]``: where each agency's report of a period
stands (draft, submitted, returned, accepted, or missing after the deadline)."""

import json

from django.core.management.base import BaseCommand, CommandError

from huunghi.plans.models import Plan
from huunghi.reporting.models import ReportingPeriod
from huunghi.reporting.synthesis import period_agency_states

STATE_VI = {
    "draft": "đang soạn",
    "submitted": "đã nộp",
    "returned": "bị trả lại",
    "accepted": "đã tiếp nhận",
    "missing": "chưa nộp (quá hạn)",
}


def period_from_arguments(plan_id: str, code: str) -> ReportingPeriod:
    """The period ``code`` of plan ``plan_id``, or a ``CommandError`` that says in Vietnamese what is wrong."""
    if not plan_id.isdigit():
        raise CommandError(f"Mã kế hoạch phải là một số nguyên dương, không phải “{plan_id}”.")
    periods = ReportingPeriod.objects.select_related("plan__province__focal_agency", "plan__document")
    period = periods.filter(plan_id=int(plan_id), code=code.strip()).first()
    if period is not None:
        return period
    codes = list(
        ReportingPeriod.objects.filter(plan_id=int(plan_id)).order_by("-year", "kind").values_list("code", flat=True)
    )
    if not codes and not Plan.objects.filter(pk=int(plan_id)).exists():
        raise CommandError(f"Không có kế hoạch nào có mã {plan_id}.")
    known = f"Các kỳ đã mở: {', '.join(codes)}." if codes else "Kế hoạch này chưa mở kỳ báo cáo nào."
    raise CommandError(f"Kế hoạch {plan_id} không có kỳ báo cáo “{code}”. {known}")


class Command(BaseCommand):
    help = "Cho biết tình trạng báo cáo của từng cơ quan trong một kỳ báo cáo."

    def add_arguments(self, parser):
        parser.add_argument("plan_id", help="Mã (id) của kế hoạch.")
        parser.add_argument("--period", required=True, help="Kỳ báo cáo, ví dụ 2024-H1 (6 tháng) hoặc 2024-Y (năm).")
        parser.add_argument("--json", action="store_true", dest="as_json", help="In ra dạng JSON.")

    def handle(self, *args, plan_id: str, period: str, as_json: bool = False, **options):
        found = period_from_arguments(plan_id, period)
        states = period_agency_states(found)
        if as_json:
            self.stdout.write(json.dumps(states, ensure_ascii=False, indent=2))
            return
        for s in states:
            when = f", nộp lúc {s['submitted_at']}" if s["submitted_at"] else ""
            timing = (", đúng hạn" if s["on_time"] else ", quá hạn") if s["submitted_at"] else ""
            self.stdout.write(
                f"{s['agency']}: {STATE_VI[s['state']]}{when}{timing} — "
                f"đã báo cáo {s['tasks_reported']}/{s['tasks']} nhiệm vụ"
            )
