"""``huunghi send-reminders [--date YYYY-MM-DD] [--dry-run]``: e-mail the agencies whose report of an open
period is due or overdue, on the schedule of ``huunghi.reporting.reminders``. Run it once a day from cron: a
second run on the same day sends the same reminders again."""

import datetime

from django.core.management.base import BaseCommand, CommandError

from huunghi.reporting.reminders import reminders_for, send


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(f"Ngày phải có dạng YYYY-MM-DD, không phải “{value}”.") from error


class Command(BaseCommand):
    help = "Gửi thư nhắc nộp báo cáo cho các cơ quan chưa nộp (chạy mỗi ngày một lần)."

    def add_arguments(self, parser):
        parser.add_argument("--date", help="Ngày chạy, dạng YYYY-MM-DD (mặc định: hôm nay).")
        parser.add_argument("--dry-run", action="store_true", help="Chỉ in ra các thư sẽ gửi, không gửi.")

    def handle(self, *args, date: str | None = None, dry_run: bool = False, **options):
        today = _date(date) if date else None
        reminders = reminders_for(today)
        for reminder in reminders:
            agency = reminder.report.agency.name
            period = reminder.report.period.code
            for username in reminder.without_email:
                self.stdout.write(f"Bỏ qua {username} ({agency}): chưa có địa chỉ e-mail.")
            if not reminder.recipients:
                self.stdout.write(f"Không có ai để gửi thư nhắc cho {agency} (kỳ {period}).")
                continue
            to = ", ".join(reminder.recipients)
            if dry_run:
                self.stdout.write(f"Sẽ gửi tới {to}\nTiêu đề: {reminder.subject}\n\n{reminder.body}\n{'-' * 72}")
            else:
                self.stdout.write(f"Gửi tới {agency} (kỳ {period}): {to}")
        if dry_run:
            return
        sent = send(reminders)
        self.stdout.write(f"Đã gửi {sent} thư nhắc.")
