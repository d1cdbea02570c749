"""How fast the monitoring page of a reporting period answers on the national data set, reports filled in.

    .venv/bin/python benchmarks/bench_monitoring.py --data-dir /tmp/benchmon          # 34 provinces × 8 years
    .venv/bin/python benchmarks/bench_monitoring.py --provinces 2 --years 2 --requests 50   # a quick run
    .venv/bin/python benchmarks/bench_monitoring.py --data-dir /tmp/benchmon --write-docs   # and record it

Like ``bench_pages.py`` (whose settings, machine description and measuring it reuses): a SQLite database in
a temporary directory or ``--data-dir``, migrated, then ``huunghi generate`` with its reports; then the period
page (``reporting:period``) of the first province's latest past plan, requested as the province's officer
through Django's test client with debug off, warm-up requests first. ``--write-docs`` replaces the section
"## Monitoring page" of docs/benchmarks.md (and only that section).
"""

import argparse
import datetime
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from bench_pages import DOCS_FILE, PROJECT_DIR, Page, configure_environment, machine, measure, replace_section

TARGET_P95_MS = 150
SECTION = "## Monitoring page"


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--provinces", type=int, default=34, help="provinces to generate (default 34)")
    parser.add_argument("--years", type=int, default=8, help="years to generate, ending 2025 (default 8)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--requests", type=int, default=200, help="timed requests (default 200, at least 100)")
    parser.add_argument("--warmup", type=int, default=20, help="untimed requests first (default 20)")
    parser.add_argument("--data-dir", type=Path, help="keep the SQLite database here and reuse it next time")
    parser.add_argument("--write-docs", action="store_true", help=f"write the results into {DOCS_FILE}")
    return parser.parse_args(argv)


def setup_data(args):
    from django.core.management import call_command

    from huunghi.core.generate import generate

    call_command("migrate", verbosity=0, interactive=False)
    started = time.monotonic()
    summary = generate(provinces=args.provinces, years=args.years, seed=args.seed, progress=print)
    return summary, time.monotonic() - started


def the_period():
    """The annual period of the first province's latest plan that has one, its officer and a description."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from huunghi.core.generate import current_provinces
    from huunghi.reporting.models import ReportingPeriod
    from huunghi.reporting.selectors import report_state

    province = current_provinces(1)[0]
    officer = get_user_model().objects.get(username=f"officer-{province.code}")
    period = (
        ReportingPeriod.objects.filter(plan__province=province, kind="annual")
        .select_related("plan")
        .order_by("-year")
        .first()
    )
    if period is None:
        raise SystemExit(f"{province.name} has no reporting period: run without --no-reports data.")
    today = timezone.localdate()
    states = Counter(
        report_state(status=r.status, submitted_at=r.submitted_at, deadline=period.deadline, today=today)
        for r in period.reports.all()
    )
    note = (
        f"{province.name} {period.code}: {period.plan.tasks.count()} tasks, {sum(states.values())} agency reports "
        f"({', '.join(f'{n} {state}' for state, n in sorted(states.items()))})"
    )
    return period, officer, note


def dataset_description() -> dict[str, int]:
    from huunghi.organisations.models import Province
    from huunghi.plans.models import Plan, Task
    from huunghi.reporting.models import AgencyReport, ReportingPeriod, TaskReport

    return {
        "provinces": Province.objects.filter(plans__isnull=False).distinct().count(),
        "plans": Plan.objects.count(),
        "tasks": Task.objects.count(),
        "periods": ReportingPeriod.objects.count(),
        "reports": AgencyReport.objects.count(),
        "task rows": TaskReport.objects.count(),
    }


def results_markdown(result, note, dataset, summary, seconds, info, load, args) -> str:
    command = " ".join(["benchmarks/bench_monitoring.py", *sys.argv[1:]])
    verdict = "met" if result.p95_ms < TARGET_P95_MS else "**not met**"
    return "\n".join(
        [
            SECTION,
            "",
            "How fast the monitoring page of a reporting period (`/periods/<id>/`: each agency's state, the progress "
            "per section and category, the overdue tasks) answers for the officer. Written by "
            "`benchmarks/bench_monitoring.py --write-docs` (this section only).",
            "",
            f"Measured on {datetime.date.today().isoformat()} with `{command}` — {args.requests} timed requests "
            f"after {args.warmup} warm-up requests, debug off, as the province's officer. Target: p95 under "
            f"{TARGET_P95_MS} ms ({verdict}).",
            "",
            "| measure | value |",
            "|---|---:|",
            f"| period | {note} |",
            f"| median ms | {result.median_ms:.1f} |",
            f"| p95 ms | {result.p95_ms:.1f} |",
            f"| CPU ms (median) | {result.cpu_median_ms:.1f} |",
            f"| queries | {result.queries} |",
            f"| page KiB | {result.kilobytes:.0f} |",
            "",
            f"**Data set**: `huunghi generate --provinces {args.provinces} --years {args.years} --seed {args.seed}` "
            "with its reports — "
            + ", ".join(f"{n:,} {what}" for what, n in dataset.items())
            + f"; this run created {summary.plans} plans and {summary.periods} periods with {summary.reports:,} "
            f"reports and {summary.task_reports:,} task rows in {seconds:.1f} s (what existed was kept).",
            "",
            "**Machine**: " + "; ".join(f"{key} {value}" for key, value in info.items()) + ".",
            f"Load average (1 min): {load[0]:.2f} at the start, {load[1]:.2f} at the end.",
            "",
            "The page reads the agencies' states in one grouped query and the task rows of the period (about three "
            "per task) in one more, then counts per section and category in Python; the number of queries does "
            "not grow with the agencies or the tasks (`huunghi/reporting/tests/test_views_period.py` checks it).",
            "",
        ]
    )


def write_docs(markdown: str) -> None:
    replace_section(SECTION, markdown)


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.requests < 100:
        print("Note: fewer than 100 timed requests; the p95 is only indicative.")
    temporary = None
    if args.data_dir:
        data_dir = args.data_dir.resolve()
        data_dir.mkdir(parents=True, exist_ok=True)
    else:
        temporary = data_dir = Path(tempfile.mkdtemp(prefix="huunghi-benchmon-"))
    configure_environment(data_dir)
    sys.path.insert(0, str(PROJECT_DIR))
    import django

    django.setup()
    try:
        from django.urls import reverse

        summary, seconds = setup_data(args)
        print(
            f"Generated {summary.plans} plans, {summary.periods} periods and {summary.reports:,} reports "
            f"in {seconds:.1f} s"
        )
        period, officer, note = the_period()
        page = Page("period", "officer", reverse("reporting:period", kwargs={"pk": period.pk}), officer, note)
        info = machine()
        load_start = os.getloadavg()[0]
        result = measure(page, args.requests, args.warmup)
        load = (load_start, os.getloadavg()[0])
        flag = "" if result.p95_ms < TARGET_P95_MS else "  ← above the target"
        print(
            f"period page as officer: median {result.median_ms:.1f} ms, p95 {result.p95_ms:.1f} ms, CPU "
            f"{result.cpu_median_ms:.1f} ms, {result.queries} queries, {result.kilobytes:.0f} KiB ({note}){flag}"
        )
        markdown = results_markdown(result, note, dataset_description(), summary, seconds, info, load, args)
        print()
        print(markdown)
        if args.write_docs:
            write_docs(markdown)
    finally:
        from django.db import connections

        connections.close_all()
        if temporary is not None:
            shutil.rmtree(temporary, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
