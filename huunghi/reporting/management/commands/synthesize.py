"""``huunghi synthesize PLAN_ID --period 2024-H1 -o report.docx [--xlsx FILE]``: write a period's combined
report (báo cáo tổng hợp) as Word, and its task table as Excel."""

import io
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from huunghi.plans.management.commands.export_plan import WRITE_ERRORS
from huunghi.reporting.management.commands.reporting_status import period_from_arguments
from huunghi.reporting.synthesis import period_synthesis, synthesis_docx, synthesis_xlsx
from huunghi.text import format_number


class Command(BaseCommand):
    help = "Viết báo cáo tổng hợp của một kỳ báo cáo ra tệp Word (và bảng nhiệm vụ ra tệp Excel)."

    def add_arguments(self, parser):
        parser.add_argument("plan_id", help="Mã (id) của kế hoạch.")
        parser.add_argument("--period", required=True, help="Kỳ báo cáo, ví dụ 2024-H1 (6 tháng) hoặc 2024-Y (năm).")
        parser.add_argument("-o", "--output", help="Tệp .docx sẽ ghi ra; mặc định bao-cao-<mã kế hoạch>-<kỳ>.docx.")
        parser.add_argument("--xlsx", help="Tệp .xlsx để ghi bảng nhiệm vụ.")

    def handle(self, *args, plan_id: str, period: str, output: str | None = None, xlsx: str | None = None, **options):
        found = period_from_arguments(plan_id, period)
        synthesis = period_synthesis(found)
        # Both files are built in memory first: a failure leaves no half-written file behind.
        word = io.BytesIO()
        synthesis_docx(found, synthesis).save(word)
        outputs = [(Path(output or f"bao-cao-{found.plan_id}-{found.code}.docx"), word.getvalue())]
        if xlsx:
            table = io.BytesIO()
            synthesis_xlsx(found, synthesis, table)
            outputs.append((Path(xlsx), table.getvalue()))
        for path, content in outputs:
            try:
                path.write_bytes(content)
            except OSError as exc:
                reason = WRITE_ERRORS.get(exc.errno, exc.strerror or str(exc))
                raise CommandError(f"Không ghi được tệp {path}: {reason}.") from exc
            self.stdout.write(f"Đã ghi {path} ({format_number(len(content))} byte).")
