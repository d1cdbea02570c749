"""``huunghi countries [--json]``: the country reference data of the diplomatic calendar."""

import json

from django.core.management.base import BaseCommand

from huunghi.events import reference
from huunghi.events.management.commands.calendar import _utf8_stdout


def country_rows() -> list[dict]:
    """One dict per country: iso2, names, date relations were established (ISO), national day ('MM-DD'),
    framework ('comprehensive_strategic', 'strategic', 'comprehensive' or None) and its year."""
    return [
        {
            "iso2": c["iso2"],
            "name_vi": c["name_vi"],
            "name_en": c["name_en"],
            "relations_established": c["relations_established"],
            "national_day": c["national_day"]["date"] if c.get("national_day") else None,
            "framework": c["framework"],
            "framework_year": c["framework_year"],
        }
        for c in reference.countries()
    ]


def _relations_cell(row: dict, country: dict) -> str:
    if row["relations_established"]:
        return "/".join(reversed(row["relations_established"].split("-")))
    return "không có quan hệ ngoại giao" if country.get("relations") is False else "chưa xác minh"


class Command(BaseCommand):
    help = "List the countries of the diplomatic calendar: a table, or a JSON array with --json."

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", help="Print a JSON array instead of a table.")

    def handle(self, *args, **options):
        _utf8_stdout(self.stdout)
        rows = country_rows()
        if options["json"]:
            self.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        header = ("Mã", "Nước", "Thiết lập quan hệ", "Quốc khánh", "Khuôn khổ quan hệ")
        table = [
            (
                r["iso2"],
                r["name_vi"],
                _relations_cell(r, c),
                "/".join(reversed(r["national_day"].split("-"))) if r["national_day"] else "",
                f"{c['framework_name_vi']} ({r['framework_year'] or '?'})" if r["framework"] else "",
            )
            for r, c in zip(rows, reference.countries(), strict=True)
        ]
        widths = [max(len(r[i]) for r in (header, *table)) for i in range(len(header))]
        for line in (header, tuple("-" * w for w in widths), *table):
            self.stdout.write("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())
        self.stdout.write(f"{len(rows)} nước.")
