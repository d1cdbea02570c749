"""``huunghi export-plan PLAN_ID -o FILE``: write a plan as its official Word document (Decree 30/2020)."""

import errno
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from huunghi.plans.docx_export import plan_docx_write
from huunghi.plans.models import Plan
from huunghi.text import format_number

# Why a file could not be written, in the user's language (the operating system says it in English).
WRITE_ERRORS = {
    errno.ENOENT: "thư mục chứa tệp không tồn tại",
    errno.ENOTDIR: "đường dẫn đi qua một tệp, không phải thư mục",
    errno.EISDIR: "đây là một thư mục, không phải tệp",
    errno.EACCES: "không có quyền ghi vào đó",
    errno.EPERM: "không có quyền ghi vào đó",
    errno.EROFS: "ổ đĩa chỉ cho phép đọc",
    errno.ENOSPC: "ổ đĩa đã hết chỗ trống",
}


class Command(BaseCommand):
    help = "Xuất kế hoạch ra tệp Word (.docx) theo thể thức Nghị định 30/2020/NĐ-CP."

    def add_arguments(self, parser):
        parser.add_argument("plan_id", help="Mã (id) của kế hoạch.")
        parser.add_argument(
            "-o",
            "--output",
            help="Tệp .docx sẽ ghi ra; mặc định ke-hoach-<mã>.docx trong thư mục hiện tại.",
        )

    def handle(self, *args, plan_id: str, output: str | None = None, **options):
        if not plan_id.isdigit():
            raise CommandError(f"Mã kế hoạch phải là một số nguyên dương, không phải “{plan_id}”.")
        plan = Plan.objects.select_related("province", "document__issuer").filter(pk=int(plan_id)).first()
        if plan is None:
            raise CommandError(f"Không có kế hoạch nào có mã {plan_id}.")
        path = Path(output or f"ke-hoach-{plan.pk}.docx")
        try:
            plan_docx_write(plan, path)
        except OSError as exc:
            reason = WRITE_ERRORS.get(exc.errno, exc.strerror or str(exc))
            raise CommandError(f"Không ghi được tệp {path}: {reason}.") from exc
        self.stdout.write(f"Đã xuất kế hoạch “{plan.title}” ra {path} ({format_number(path.stat().st_size)} byte).")
