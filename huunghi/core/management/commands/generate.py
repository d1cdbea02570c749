"""``huunghi generate --provinces 34 --years 8 [--seed N]``: a realistic national data set."""

from django.core.management.base import BaseCommand, CommandError

from huunghi.core.errors import DomainError
from huunghi.core.generate import DEMO_PASSWORD, END_YEAR, generate


class Command(BaseCommand):
    help = (
        "Generate agencies, an officer and yearly cultural diplomacy plans (about 150 tasks each) for the first "
        "N current provinces and the last Y years. Deterministic for a given seed; what exists is kept."
    )

    def add_arguments(self, parser):
        parser.add_argument("--provinces", type=int, default=34, help="How many current provinces (1–34).")
        parser.add_argument("--years", type=int, default=8, help=f"How many years, ending {END_YEAR}.")
        parser.add_argument("--seed", type=int, default=1, help="The random seed (default 1).")
        parser.add_argument(
            "--no-reports",
            dest="reports",
            action="store_false",
            help="Do not fill the reporting periods of past years' plans (filled by default).",
        )

    def handle(self, *args, provinces, years, seed, reports, **options):
        if provinces < 1:
            raise CommandError("--provinces must be at least 1.")
        if not 1 <= years <= 50:
            raise CommandError("--years must be between 1 and 50.")
        verbose = options["verbosity"] >= 1
        try:
            summary = generate(
                provinces=provinces,
                years=years,
                seed=seed,
                reports=reports,
                progress=self.stdout.write if verbose else None,
            )
        except DomainError as exc:
            raise CommandError(exc.message) from exc
        for line in summary.skipped:
            self.stdout.write(self.style.WARNING(f"Skipped {line}"))
        if not verbose:
            return
        self.stdout.write(
            self.style.SUCCESS(
                f"Created {summary.agencies:,} agencies, {summary.users:,} officers, {summary.plans:,} plans, "
                f"{summary.sections:,} sections, {summary.tasks:,} tasks and {summary.assignments:,} assignments "
                f"for {summary.provinces} provinces, and {summary.periods:,} reporting periods with "
                f"{summary.reports:,} agency reports and {summary.task_reports:,} task rows, in {summary.seconds:.1f} s "
                f"({len(summary.skipped)} province-years already had a plan)."
            )
        )
        if summary.users:
            self.stdout.write(f"Officers sign in as officer-<province code> with the password {DEMO_PASSWORD!r}.")
