"""``huunghi demo``: load the demo data (safe to run again) and print the demo logins."""

from django.core.management.base import BaseCommand

from huunghi.core.demo import demo_load, demo_summary


class Command(BaseCommand):
    help = (
        "Load the demo: the four seed provinces' agencies, the documents and plans of the seed texts, and one "
        "login per role. Running it again changes nothing."
    )

    def handle(self, *args, **options):
        result = demo_load()
        if options["verbosity"] > 0:
            self.stdout.write(demo_summary(result))
