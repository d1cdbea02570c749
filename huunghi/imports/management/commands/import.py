"""``huunghi import FILE --province CODE [--user USERNAME]``: read a plan file into a draft and print the
address of its review page. The draft becomes a plan only when a person confirms it there."""

import sys
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from huunghi.core.errors import DomainError
from huunghi.imports.services import draft_create
from huunghi.organisations.models import Province


class Command(BaseCommand):
    help = "Read a plan file into an import draft of a province and print the address of its review page."

    def add_arguments(self, parser):
        parser.add_argument("file", help="A .docx, .doc, .pdf, .txt, .html or .htm file.")
        parser.add_argument("--province", required=True, help="The province's code, e.g. quang-ngai.")
        parser.add_argument("--user", default="", help="The username recorded as the importer.")

    def handle(self, *args, **options):
        province = Province.objects.filter(code=options["province"]).first()
        if province is None:
            raise CommandError(f"Không có tỉnh, thành phố nào có mã “{options['province']}”.")
        user = None
        if options["user"]:
            user = get_user_model().objects.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(f"Không có tài khoản “{options['user']}”.")
        path = Path(options["file"])
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(f"{path}: không mở được tệp ({error.strerror}).") from error
        try:
            draft = draft_create(user=user, province=province, filename=path.name, data=data)
        except DomainError as error:
            self.stderr.write(f"{path}: {error.message}")
            sys.exit(1)
        self.stdout.write(reverse("imports:review", args=[draft.pk]))
