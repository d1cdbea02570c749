"""``huunghi partners [--load] [--province NAME]``: the provinces' foreign partner agreements."""

from django.core.management.base import BaseCommand, CommandError

from huunghi.events.management.commands.calendar import _utf8_stdout
from huunghi.events.models import PartnerAgreement
from huunghi.events.partners import province_code
from huunghi.events.services import partners_load


class Command(BaseCommand):
    help = (
        "List the provinces' foreign partner agreements; --load first adds the seed partners of "
        "huunghi/events/data/partners.json to the provinces in the register that lack them."
    )

    def add_arguments(self, parser):
        parser.add_argument("--load", action="store_true", help="Add the seed partners first.")
        parser.add_argument("--province", help="Only this province (a name or code, accents optional).")

    def handle(self, *args, **options):
        _utf8_stdout(self.stdout)
        try:
            if options["load"]:
                self.stdout.write(f"{partners_load()} thỏa thuận mới được thêm.")
            rows = PartnerAgreement.objects.select_related("province").order_by("province__name", "partner_vi")
            if options["province"]:
                rows = rows.filter(province__code=province_code(options["province"]))
        except ValueError as error:
            raise CommandError(str(error)) from error
        for row in rows:
            signed = row.signed.strftime("%d/%m/%Y") if row.signed else "chưa ghi nhận ngày ký"
            self.stdout.write(
                f"{row.province.name}: {row.partner_vi} ({row.country}, {row.get_type_display()}) — {signed}"
            )
        self.stdout.write(f"{rows.count()} thỏa thuận.")
