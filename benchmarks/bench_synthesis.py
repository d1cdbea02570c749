"""How long the combined report (báo cáo tổng hợp) of a period takes: read, Word and Excel.

    .venv/bin/python benchmarks/bench_synthesis.py                  # 150 tasks, 60 agencies, 10 runs
    .venv/bin/python benchmarks/bench_synthesis.py --runs 20 --keep report   # and keep report.docx / .xlsx
    .venv/bin/python benchmarks/bench_synthesis.py --write-docs      # put the result in docs/benchmarks.md

It creates a fresh SQLite database in a temporary directory, migrates it and builds, through the services
(plan_create, task_create, period_open, report_save, report_submit), a plan of N tasks shared among M
agencies (each task has a lead and two cooperating agencies, and an estimate), then fills and submits every
agency's report (a few late, a few left as drafts past the deadline). Each run reads the synthesis and writes
both files to memory; the median and the slowest of the runs are reported, with the number of queries.
"""

import argparse
import datetime
import io
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_pages import DOCS_FILE, PROJECT_DIR, configure_environment, machine, replace_section  # noqa: E402

SECTION = "## Combined report"
TARGET_S = 2.0


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=150)
    parser.add_argument("--agencies", type=int, default=60)
    parser.add_argument("--runs", type=int, default=10, help="timed runs (default 10)")
    parser.add_argument("--keep", type=Path, help="also write the report to KEEP.docx and KEEP.xlsx")
    parser.add_argument("--write-docs", action="store_true", help=f"write the result into {DOCS_FILE}")
    return parser.parse_args(argv)


RESULTS = (
    "Tổ chức thành công chương trình giao lưu văn hóa, nghệ thuật với sự tham gia của {n} đại biểu quốc tế; "
    "các cơ quan báo chí trong và ngoài nước đưa tin."
)


def build(args):
    """The plan, its period and every agency's report, as the services write them."""
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.utils import timezone

    from huunghi.accounts.models import Role
    from huunghi.organisations.models import AgencyKind, Province
    from huunghi.organisations.services import agency_create, province_set_focal_agency
    from huunghi.plans.services import plan_create, section_create, task_create
    from huunghi.reporting.models import AgencyReport, ReportingPeriod
    from huunghi.reporting.services import period_open, report_save, report_submit

    call_command("migrate", verbosity=0, interactive=False)
    province = Province.objects.create(code="dak-lak", name="Đắk Lắk")
    committee = agency_create(province=province, name="Ủy ban nhân dân tỉnh Đắk Lắk", kind=AgencyKind.PEOPLES_COMMITTEE)
    focal = agency_create(province=province, name="Sở Ngoại vụ", kind=AgencyKind.DEPARTMENT)
    province_set_focal_agency(province=province, agency=focal)
    agencies = [focal] + [
        agency_create(province=province, name=f"Sở Chuyên ngành số {i:02d}", kind=AgencyKind.DEPARTMENT)
        for i in range(1, args.agencies)
    ]
    admin = get_user_model().objects.create_user(username="admin", role=Role.ADMIN, is_superuser=True)
    plan = plan_create(
        province=province,
        title="Kế hoạch Ngoại giao văn hóa năm 2024 của tỉnh Đắk Lắk",
        start_year=2024,
        number="15/KH-UBND",
        issued_on=datetime.date(2024, 2, 5),
    )
    del committee
    sections = [
        section_create(plan=plan, code=code, title=title)
        for code, title in (
            ("1", "1. Quảng bá hình ảnh, văn hóa của tỉnh ra nước ngoài"),
            ("2", "2. Giao lưu, hợp tác văn hóa với các địa phương nước ngoài"),
            ("3", "3. Công tác người Việt Nam ở nước ngoài"),
        )
    ]
    sources = ["state", "non_state", "other", ""]
    for i in range(args.tasks):
        section = sections[i % 3]
        lead = agencies[i % len(agencies)]
        others = [agencies[(i + k) % len(agencies)] for k in (7, 19)]
        task_create(
            plan=plan,
            code=f"{section.code}.{i // 3 + 1}",
            section=section,
            content=f"Tổ chức hoạt động giao lưu, quảng bá văn hóa số {i + 1} với các đối tác nước ngoài",
            lead=[lead],
            cooperating=others,
            budget_estimate=(i % 7 + 1) * 50_000_000,
            budget_source=sources[i % 4],
        )
    deadline = timezone.localdate() + datetime.timedelta(days=30)
    period = period_open(user=admin, plan=plan, kind="six_month", year=2024, deadline=deadline)
    # (status, progress): mostly done or under way, as a half-year usually looks.
    outcomes = [("done", 100), ("in_progress", 60), ("done", 100), ("not_started", 0), ("in_progress", 30),
                ("done", 100), ("postponed", 10), ("done", 100), ("in_progress", 80), ("cancelled", 0)]  # fmt: skip
    reports = list(AgencyReport.objects.filter(period=period).select_related("agency").order_by("agency__name"))
    for n, report in enumerate(reports):
        tasks = {}
        for row in report.task_reports.all():
            status, progress = outcomes[(row.task_id + n) % len(outcomes)]
            tasks[row.pk] = {
                "status": status,
                "progress": progress,
                "results": RESULTS.format(n=row.pk % 40 + 5) if status != "not_started" else "",
                "spent_state": (row.pk % 5) * 10_000_000,
                "spent_non_state": (row.pk % 3) * 5_000_000,
                "spent_other": (row.pk % 2) * 1_000_000,
            }
        report = report_save(
            user=admin,
            report=report,
            version=report.version,
            tasks=tasks,
            results_summary="Hoàn thành cơ bản các nhiệm vụ được giao." if n % 5 == 0 else "",
            difficulties="Kinh phí bố trí cho các hoạt động đối ngoại còn hạn chế." if n % 3 == 0 else "",
            proposals="Đề nghị bổ sung kinh phí tổ chức đoàn ra năm 2025." if n % 4 == 0 else "",
        )
        if n % 20 == 5:  # three agencies keep a draft past the deadline
            continue
        report_submit(user=admin, report=report)
        # Four come in two days after the deadline, the others the day before it.
        days = 2 if n % 15 == 2 else -1
        AgencyReport.objects.filter(pk=report.pk).update(
            submitted_at=timezone.now() + datetime.timedelta(days=days - 3)
        )
    # The deadline was three days ago: submissions above are dated relative to it.
    ReportingPeriod.objects.filter(pk=period.pk).update(deadline=timezone.localdate() - datetime.timedelta(days=3))
    return ReportingPeriod.objects.select_related("plan__province__focal_agency", "plan__document").get(pk=period.pk)


def run_once(period) -> tuple[float, dict]:
    from huunghi.reporting.synthesis import period_synthesis, synthesis_docx, synthesis_xlsx

    times = {}
    started = time.perf_counter()
    synthesis = period_synthesis(period)
    times["read"] = time.perf_counter() - started
    mark = time.perf_counter()
    word = io.BytesIO()
    synthesis_docx(period, synthesis).save(word)
    times["docx"] = time.perf_counter() - mark
    mark = time.perf_counter()
    table = io.BytesIO()
    synthesis_xlsx(period, synthesis, table)
    times["xlsx"] = time.perf_counter() - mark
    times["total"] = time.perf_counter() - started
    times["docx_kib"] = len(word.getvalue()) / 1024
    times["xlsx_kib"] = len(table.getvalue()) / 1024
    return times["total"], times


def markdown(args, runs: list[dict], queries: int, info: dict) -> str:
    def median(key):
        return statistics.median(r[key] for r in runs)

    total = median("total")
    command = " ".join(["benchmarks/bench_synthesis.py", *sys.argv[1:]])
    verdict = "met" if total < TARGET_S else "**not met**"
    return "\n".join(
        [
            SECTION,
            "",
            f"Measured on {datetime.date.today().isoformat()} with `{command}` — {args.runs} runs on a plan of "
            f"{args.tasks} tasks shared among {args.agencies} agencies, every report filled (three left as drafts "
            "past the deadline, four submitted late).",
            "",
            "| step | median s | slowest s |",
            "|---|---:|---:|",
            *(
                f"| {label} | {median(key):.3f} | {max(r[key] for r in runs):.3f} |"
                for key, label in (
                    ("read", f"read (`period_synthesis`, {queries} queries)"),
                    ("docx", f"Word (`synthesis_docx`, {median('docx_kib'):.0f} KiB)"),
                    ("xlsx", f"Excel (`synthesis_xlsx`, {median('xlsx_kib'):.0f} KiB)"),
                    ("total", "**all three**"),
                )
            ),
            "",
            f"The target is under {TARGET_S:.0f} s for the three together: it is {verdict} ({total:.2f} s).",
            "",
            "**Machine**: " + "; ".join(f"{key} {value}" for key, value in info.items()) + ".",
            "",
        ]
    )


def write_docs(text: str) -> None:
    replace_section(SECTION, text)


def main(argv=None) -> int:
    args = parse_args(argv)
    data_dir = Path(tempfile.mkdtemp(prefix="huunghi-bench-synthesis-"))
    configure_environment(data_dir)
    os.environ.pop("DATABASE_URL", None)  # always a throw-away SQLite database
    sys.path.insert(0, str(PROJECT_DIR))
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from huunghi.reporting.synthesis import period_synthesis, synthesis_docx, synthesis_xlsx

    started = time.monotonic()
    period = build(args)
    print(f"Built {args.tasks} tasks and {args.agencies} agencies' reports in {time.monotonic() - started:.1f} s")
    run_once(period)  # warm-up: imports, templates of python-docx and openpyxl
    runs = []
    for _ in range(args.runs):
        runs.append(run_once(period)[1])
    with CaptureQueriesContext(connection) as queries:
        synthesis = period_synthesis(period)
    if args.keep:
        args.keep.parent.mkdir(parents=True, exist_ok=True)
        synthesis_docx(period, synthesis).save(args.keep.with_suffix(".docx"))
        synthesis_xlsx(period, synthesis, args.keep.with_suffix(".xlsx"))
        print(f"Kept {args.keep.with_suffix('.docx')} and {args.keep.with_suffix('.xlsx')}")
    text = markdown(args, runs, len(queries.captured_queries), machine())
    print(text)
    if args.write_docs:
        write_docs(text)
    connection.close()
    shutil.rmtree(data_dir, ignore_errors=True)
    total = statistics.median(r["total"] for r in runs)
    return 0 if total < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
