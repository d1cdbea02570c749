"""How fast the plan page and the agency page answer on the national data set.

    .venv/bin/python benchmarks/bench_pages.py                      # 34 provinces × 8 years, 200 requests a page
    .venv/bin/python benchmarks/bench_pages.py --provinces 2 --years 2 --requests 50   # a quick run
    .venv/bin/python benchmarks/bench_pages.py --write-docs          # and put the results in docs/benchmarks.md

It creates a fresh SQLite database in a temporary directory (or uses DATABASE_URL when it is set, or
--data-dir to keep and reuse one), migrates it, runs ``huunghi generate``, then requests each page through
Django's test client (the whole middleware stack, sessions in the database) with debug off: warm-up requests
first, then N timed ones. It reports median and 95th-percentile latency and the number of SQL queries per
page, with the machine it ran on. ``--profile`` prints where one request of each page spends its time.
"""

import argparse
import cProfile
import datetime
import io
import math
import os
import platform
import pstats
import secrets
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
DOCS_FILE = PROJECT_DIR / "docs" / "benchmarks.md"
RESULTS_START, RESULTS_END = "<!-- results: start -->", "<!-- results: end -->"
TARGET_P95_MS = 100


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--provinces", type=int, default=34, help="provinces to generate (default 34)")
    parser.add_argument("--years", type=int, default=8, help="years to generate, ending 2025 (default 8)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--requests", type=int, default=200, help="timed requests per page (default 200)")
    parser.add_argument("--warmup", type=int, default=20, help="untimed requests first (default 20)")
    parser.add_argument("--data-dir", type=Path, help="keep the SQLite database here and reuse it next time")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one request per page")
    parser.add_argument("--write-docs", action="store_true", help=f"write the results into {DOCS_FILE}")
    return parser.parse_args(argv)


def configure_environment(data_dir: Path) -> None:
    """Production-like settings: debug off (no query log, cached templates), plain HTTP for the test client."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "huunghi.settings")
    os.environ["HUUNGHI_DATA_DIR"] = str(data_dir)
    os.environ["HUUNGHI_DEBUG"] = "false"
    os.environ.setdefault("HUUNGHI_SECRET_KEY", secrets.token_urlsafe(50))
    os.environ["HUUNGHI_ALLOWED_HOSTS"] = "testserver"
    os.environ["HUUNGHI_SSL_REDIRECT"] = "false"
    os.environ["HUUNGHI_SECURE_COOKIES"] = "false"
    os.environ.setdefault("HUUNGHI_LOG_LEVEL", "ERROR")
    # Static files are not served here; an empty directory keeps WhiteNoise from warning about it.
    static_root = data_dir / "static"
    static_root.mkdir(parents=True, exist_ok=True)
    os.environ["HUUNGHI_STATIC_ROOT"] = str(static_root)


@dataclass
class Page:
    name: str
    who: str
    url: str
    user: object
    note: str = ""


@dataclass
class Result:
    page: Page
    median_ms: float
    p95_ms: float
    #: Processor time of this process per request: what the page costs, whatever else the machine runs.
    cpu_median_ms: float
    queries: int
    kilobytes: float


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def cpu_model() -> str:
    """The processor's model name, as /proc/cpuinfo gives it."""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return "unknown"


def machine() -> dict[str, str]:
    import django
    from django.db import connection

    cpu = cpu_model()
    ram = "unknown"
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kib = int(meminfo.read_text().split("MemTotal:", 1)[1].split()[0])
        ram = f"{kib / 1024 / 1024:.1f} GiB"
    if connection.vendor == "sqlite":
        import sqlite3

        database = f"SQLite {sqlite3.sqlite_version} (WAL, a file on local disk)"
    else:
        with connection.cursor() as cursor:
            cursor.execute("select version()")
            database = cursor.fetchone()[0].split(" on ")[0]
    return {
        "CPU": cpu,
        "cores": str(os.cpu_count()),
        "RAM": ram,
        "OS": f"{platform.system()} {platform.release()}",
        "Python": platform.python_version(),
        "Django": django.get_version(),
        "database": database,
    }


def setup_data(args) -> tuple[object, float, bool]:
    """Migrate and generate; returns the summary, the seconds it took and whether data existed before."""
    from django.core.management import call_command

    from huunghi.core.generate import generate

    call_command("migrate", verbosity=0, interactive=False)
    started = time.monotonic()
    summary = generate(provinces=args.provinces, years=args.years, seed=args.seed, progress=print)
    return summary, time.monotonic() - started, bool(summary.skipped)


def dataset_description() -> dict[str, int]:
    from huunghi.organisations.models import Agency, Province
    from huunghi.plans.models import Assignment, Plan, Task

    return {
        "provinces": Province.objects.filter(plans__isnull=False).distinct().count(),
        "agencies": Agency.objects.count(),
        "plans": Plan.objects.count(),
        "tasks": Task.objects.count(),
        "assignments": Assignment.objects.count(),
    }


def pages(args) -> list[Page]:
    """The pages to measure and the users to measure them as: the first province's officer, a focal point of
    its Department of Culture, and a ministry reader."""
    from django.contrib.auth import get_user_model
    from django.db.models import Count
    from django.urls import reverse

    from huunghi.accounts.models import Role
    from huunghi.core.generate import current_provinces
    from huunghi.organisations.models import Agency
    from huunghi.plans.models import Plan

    province = current_provinces(1)[0]
    User = get_user_model()
    officer = User.objects.get(username=f"officer-{province.code}")
    focal = province.focal_agency
    culture = Agency.objects.get(province=province, name="Sở Văn hóa, Thể thao và Du lịch")
    focal_point, _created = User.objects.get_or_create(
        username=f"bench-focal-{province.code}",
        defaults={"role": Role.FOCAL_POINT, "agency": culture, "first_name": "Đầu mối Sở VHTTDL"},
    )
    ministry, _created = User.objects.get_or_create(
        username="bench-ministry", defaults={"role": Role.MINISTRY, "first_name": "Chuyên viên Bộ Ngoại giao"}
    )
    plan = (
        Plan.objects.filter(province=province).annotate(task_count=Count("tasks")).order_by("-start_year", "pk").first()
    )
    plan_url = reverse("plans:detail", kwargs={"pk": plan.pk})
    plan_note = f"{province.name} {plan.start_year}, {plan.task_count} tasks"

    def agency_note(agency):
        from huunghi.accounts.permissions import visible_tasks
        from huunghi.plans.selectors import agency_task_ids

        return f"{agency.short_name or agency.name}, {visible_tasks(officer).filter(pk__in=agency_task_ids(agency)).count()} tasks"

    focal_url = reverse("organisations:agency", kwargs={"pk": focal.pk})
    culture_url = reverse("organisations:agency", kwargs={"pk": culture.pk})
    return [
        Page("plan", "officer", plan_url, officer, plan_note),
        Page("plan", "focal point", plan_url, focal_point, plan_note + " (sees its own)"),
        Page("plan", "ministry", plan_url, ministry, plan_note),
        Page("agency", "officer", focal_url, officer, agency_note(focal)),
        Page("agency", "focal point", culture_url, focal_point, agency_note(culture)),
        Page("agency", "ministry", focal_url, ministry, agency_note(focal)),
    ]


def measure(page: Page, requests: int, warmup: int) -> Result:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.force_login(page.user)
    for _ in range(warmup):
        response = client.get(page.url)
        if response.status_code != 200:
            raise SystemExit(f"{page.name} page as {page.who}: HTTP {response.status_code} for {page.url}")
    timings, cpu = [], []
    for _ in range(requests):
        started, started_cpu = time.perf_counter(), time.process_time()
        client.get(page.url)
        timings.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url)
    return Result(
        page=page,
        median_ms=statistics.median(timings),
        p95_ms=percentile(timings, 0.95),
        cpu_median_ms=statistics.median(cpu),
        queries=len(queries.captured_queries),
        kilobytes=len(response.content) / 1024,
    )


def profile(page: Page) -> str:
    from django.test import Client

    client = Client()
    client.force_login(page.user)
    client.get(page.url)
    profiler = cProfile.Profile()
    profiler.enable()
    client.get(page.url)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("cumulative")
    stats.print_stats(30)
    return f"--- {page.name} page as {page.who} ({page.url})\n{out.getvalue()}"


def results_markdown(results, seconds, existed, dataset, info, load, args) -> str:
    lines = [
        f"Measured on {datetime.date.today().isoformat()} with `{' '.join(['benchmarks/bench_pages.py', *sys.argv[1:]])}`"
        f" — {args.requests} timed requests per page after {args.warmup} warm-up requests, debug off.",
        "",
        "| page | user | what it shows | median ms | p95 ms | CPU ms (median) | queries | KiB |",
        "|---|---|---|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r.page.name} | {r.page.who} | {r.page.note} | {r.median_ms:.1f} | {r.p95_ms:.1f} "
            f"| {r.cpu_median_ms:.1f} | {r.queries} | {r.kilobytes:.0f} |"
        )
    generated = f"generated in {seconds:.1f} s" if not existed else "already in the database (generation skipped it)"
    lines += [
        "",
        f"**Data set**: `huunghi generate --provinces {args.provinces} --years {args.years} --seed {args.seed}` — "
        f"{dataset['provinces']} provinces, {dataset['agencies']:,} agencies, {dataset['plans']:,} plans, "
        f"{dataset['tasks']:,} tasks, {dataset['assignments']:,} assignments; {generated}.",
        "",
        "**Machine**: " + "; ".join(f"{key} {value}" for key, value in info.items()) + ".",
        "",
        f"**Load average** (1 min) while measuring: {load[0]:.2f} at the start, {load[1]:.2f} at the end, on "
        f"{os.cpu_count()} cores. Latency is wall-clock time through the test client; CPU ms is the processor "
        "time the request took, which other work on the machine does not inflate.",
    ]
    return "\n".join(lines)


def replace_section(heading: str, section: str) -> None:
    """Put ``section`` (which starts with the line ``heading``, a "## " heading) in docs/benchmarks.md in place
    of the section of that heading, up to the next "## " heading; or add it at the end. Nothing else changes."""
    text = DOCS_FILE.read_text(encoding="utf-8") if DOCS_FILE.exists() else "# Benchmarks\n"
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.rstrip() == heading), None)
    if start is None:
        text = text.rstrip("\n") + "\n\n" + section.rstrip("\n") + "\n"
    else:
        end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
        after = "".join(lines[end:])
        text = "".join(lines[:start]) + section.rstrip("\n") + "\n" + ("\n" + after if after else "")
    DOCS_FILE.write_text(text, encoding="utf-8")
    print(f"Results written to {DOCS_FILE}")


def write_docs(markdown: str) -> None:
    text = DOCS_FILE.read_text(encoding="utf-8") if DOCS_FILE.exists() else ""
    block = f"{RESULTS_START}\n{markdown}\n{RESULTS_END}"
    if RESULTS_START in text and RESULTS_END in text:
        before, rest = text.split(RESULTS_START, 1)
        after = rest.split(RESULTS_END, 1)[1]
        text = before + block + after
    else:
        text = f"# Benchmarks\n\n{block}\n"
    DOCS_FILE.write_text(text, encoding="utf-8")
    print(f"Results written to {DOCS_FILE}")


def main(argv=None) -> int:
    args = parse_args(argv)
    temporary = None
    if args.data_dir:
        data_dir = args.data_dir.resolve()
        data_dir.mkdir(parents=True, exist_ok=True)
    else:
        temporary = data_dir = Path(tempfile.mkdtemp(prefix="huunghi-bench-"))
    configure_environment(data_dir)
    sys.path.insert(0, str(PROJECT_DIR))
    import django

    django.setup()
    try:
        summary, seconds, existed = setup_data(args)
        print(
            f"Generated {summary.plans} plans and {summary.tasks:,} tasks in {seconds:.1f} s"
            + (f" ({len(summary.skipped)} province-years existed already)" if existed else "")
        )
        dataset = dataset_description()
        info = machine()
        load_start = os.getloadavg()[0]
        results = []
        for page in pages(args):
            result = measure(page, args.requests, args.warmup)
            results.append(result)
            flag = "" if result.page.name != "plan" or result.p95_ms < TARGET_P95_MS else "  ← above the target"
            print(
                f"{page.name:>6} page as {page.who:<11} median {result.median_ms:7.1f} ms   p95 {result.p95_ms:7.1f} ms"
                f"   CPU {result.cpu_median_ms:7.1f} ms   {result.queries:3d} queries   {result.kilobytes:5.0f} KiB"
                f"   ({page.note}){flag}"
            )
        load = (load_start, os.getloadavg()[0])
        markdown = results_markdown(results, seconds, existed, dataset, info, load, args)
        print()
        print(markdown)
        if args.profile:
            for page in pages(args):
                print(profile(page))
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
