"""``huunghi calendar YEAR [--province NAME] [--json | --ics]``: every diplomatic-calendar event of a year."""

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from huunghi.events import reference
from huunghi.events.engine import events_for_year
from huunghi.events.output import to_ics, to_table
from huunghi.events.partners import province_code
from huunghi.events.selectors import province_partners
from huunghi.organisations.models import Province


class Command(BaseCommand):
    help = (
        "Every event of a year (national days, anniversaries of relations, international days, Vietnamese "
        "holidays): a table, a JSON array with --json, or an iCalendar file with --ics."
    )

    def add_arguments(self, parser):
        # The year is read as text so that 'abc' gets the same clear message as 1900.
        parser.add_argument("year", help="The year, 1945–2100.")
        parser.add_argument(
            "--province", help="Add this province's partner anniversaries (a name or code, accents optional)."
        )
        parser.add_argument("--country", help="Only this country's events (ISO code, e.g. KR).")
        formats = parser.add_mutually_exclusive_group()
        formats.add_argument("--json", action="store_true", help="Print a JSON array instead of a table.")
        formats.add_argument("--ics", action="store_true", help="Print an iCalendar file (all-day events).")

    def handle(self, *args, **options):
        text = options["year"].strip()
        try:
            partners = ()
            if options["province"]:
                code = province_code(options["province"])
                partners = province_partners(Province.objects.filter(code=code).first())
            events = events_for_year(
                int(text) if text.isdigit() else text,
                countries=reference.countries(),
                days=reference.days(),
                partners=partners,
            )
        except ValueError as error:
            raise CommandError(str(error)) from error
        if options["country"]:
            code = options["country"].strip().upper()
            if code not in reference.country_index():
                raise CommandError(
                    f"Không có nước “{options['country']}” trong danh mục (mã ISO gồm 2 chữ cái, ví dụ KR)."
                )
            events = [e for e in events if e.country == code]
        if options["ics"]:
            self.stdout.write(to_ics(events, name=f"Lịch đối ngoại {text}").decode("utf-8"), ending="")
            return
        _utf8_stdout(self.stdout)
        if options["json"]:
            self.stdout.write(json.dumps([e.as_dict() for e in events], ensure_ascii=False, indent=2))
            return
        for line in to_table(events):
            self.stdout.write(line)
        self.stdout.write(f"{len(events)} sự kiện trong năm {text}.")


def _utf8_stdout(stdout) -> None:
    # The output is Vietnamese: on a terminal or pipe whose locale is not UTF-8, write UTF-8 anyway.
    if getattr(stdout, "_out", None) is sys.stdout and (sys.stdout.encoding or "").lower() not in ("utf-8", "utf8"):
        sys.stdout.reconfigure(encoding="utf-8")
