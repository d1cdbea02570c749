"""``huunghi plans``: list the plans, as a table or (``--json``) as JSON for scripts."""

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from huunghi.organisations.models import Province
from huunghi.plans.models import Plan
from huunghi.plans.selectors import plan_list
from huunghi.text import search_key, sort_key

TITLE_WIDTH = 72


def provinces_matching(name: str) -> list[Province]:
    """The provinces whose name, code or other spelling contains ``name``, ignoring accents and case:
    'dak lak', 'Đắk Lắk' and 'dak-lak' all find Đắk Lắk; 'hue' finds Huế and Thừa Thiên Huế."""
    wanted = search_key(name.replace("-", " "))
    if not wanted:
        return []
    found = []
    for province in Province.objects.all():
        keys = [search_key(n) for n in (province.name, *province.aliases)] + [province.code.replace("-", " ")]
        if any(wanted in key for key in keys):
            found.append(province)
    return found


def plan_rows(province_name: str = "") -> list[dict]:
    """One dict per plan, sorted by year then province: id, number as written ('' when none), province
    name, title, year (the first year the plan covers) and number of tasks."""
    plans = Plan.objects.all()
    if province_name:
        provinces = provinces_matching(province_name)
        if not provinces:
            raise CommandError(f"Không có tỉnh, thành phố nào khớp với “{province_name}”.")
        plans = plans.filter(province__in=provinces)
    ordered = sorted(plan_list(plans), key=lambda p: (p.start_year, sort_key(p.province.name), p.pk))
    return [
        {
            "id": plan.pk,
            "number": plan.document.number,
            "province": plan.province.name,
            "title": plan.title,
            "year": plan.start_year,
            "tasks": plan.task_count,
            "years": plan.years_label,
        }
        for plan in ordered
    ]


class Command(BaseCommand):
    help = "List the plans, sorted by year then province: a table, or a JSON array with --json."

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", help="Print a JSON array instead of a table.")
        parser.add_argument(
            "--province", default="", help="Only the plans of provinces matching this name or code (accents ignored)."
        )

    def handle(self, *args, **options):
        _utf8_stdout(self.stdout)
        rows = plan_rows(options["province"])
        if options["json"]:
            public = [{k: row[k] for k in ("id", "number", "province", "title", "year", "tasks")} for row in rows]
            self.stdout.write(json.dumps(public, ensure_ascii=False, indent=2))
            return
        if not rows:
            self.stdout.write("Chưa có kế hoạch nào.")
            return
        header = ("Năm", "Tỉnh", "Số", "Nhiệm vụ", "Kế hoạch")
        table = [
            (
                row["years"],
                row["province"],
                row["number"] or "(chưa có số)",
                str(row["tasks"]),
                _shorten(row["title"], TITLE_WIDTH),
            )
            for row in rows
        ]
        widths = [max(len(r[i]) for r in (header, *table)) for i in range(len(header))]
        for i, line in enumerate((header, tuple("-" * w for w in widths), *table)):
            cells = [
                cell.rjust(w) if col == 3 and i != 0 else cell.ljust(w)
                for col, (cell, w) in enumerate(zip(line, widths, strict=True))
            ]
            self.stdout.write("  ".join(cells).rstrip())
        self.stdout.write(f"{len(rows)} kế hoạch, {sum(r['tasks'] for r in rows)} nhiệm vụ.")


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _utf8_stdout(stdout) -> None:
    # The output is Vietnamese: on a terminal or pipe whose locale is not UTF-8, write UTF-8 anyway
    # rather than fail on the first "Đ".
    if getattr(stdout, "_out", None) is sys.stdout and (sys.stdout.encoding or "").lower() not in ("utf-8", "utf8"):
        sys.stdout.reconfigure(encoding="utf-8")
