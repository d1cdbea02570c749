"""How long the diplomatic calendar of one year takes for every province.

    .venv/bin/python benchmarks/bench_calendar.py                 # 2025, 34 provinces, 50 runs
    .venv/bin/python benchmarks/bench_calendar.py --year 2030 --runs 100
    .venv/bin/python benchmarks/bench_calendar.py --write-docs    # replaces "## Calendar" in docs/benchmarks.md

Each run computes ``events_for_year`` once per province, as the province home page and the per-province
feed do: every country of the reference data (about 195 rows), the international days, the Vietnamese holidays
(lunar ones included) and four partner agreements per province (made-up partners with signing dates spread
over 1990–2020, so that some fall on a multiple of 5 years). The lunar-date cache is cleared before every run,
so each run pays for the lunar computations as a cold start would. The reference data is read once, as the
server reads it once.
"""

import argparse
import datetime
import os
import platform
import statistics
import sys
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
DOCS_FILE = PROJECT_DIR / "docs" / "benchmarks.md"
SECTION = "## Calendar"
TARGET_MS = 200.0
sys.path.insert(0, str(PROJECT_DIR))

from bench_pages import cpu_model, replace_section  # noqa: E402

from huunghi.events import reference  # noqa: E402
from huunghi.events.engine import Partner, events_for_year  # noqa: E402
from huunghi.events.lunar import lunar_to_solar  # noqa: E402


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--year", type=int, default=2025)
    parser.add_argument("--provinces", type=int, default=34)
    parser.add_argument("--runs", type=int, default=50, help="timed runs (at least 20; default 50)")
    parser.add_argument("--write-docs", action="store_true", help=f"write the result into {DOCS_FILE}")
    args = parser.parse_args(argv)
    if args.runs < 20:
        parser.error("--runs must be at least 20")
    return args


PARTNER_COUNTRIES = ("KR", "LA", "KH", "JP", "FR", "CN", "TH", "RU")


def partners_of(province: int) -> tuple[Partner, ...]:
    """Four made-up partner agreements of a province, signed between 1990 and 2020."""
    return tuple(
        Partner(
            name_vi=f"Tỉnh đối tác {province}-{n}",
            name_en=f"Partner Province {province}-{n}",
            country=PARTNER_COUNTRIES[(province + n) % len(PARTNER_COUNTRIES)],
            signed=datetime.date(
                1990 + (province * 7 + n * 5) % 31, 1 + (province + n) % 12, 1 + (province * 3 + n) % 28
            ),
        )
        for n in range(4)
    )


def one_run(year: int, provinces: int, countries, days) -> tuple[float, int]:
    """Seconds for the events of ``year`` for every province, from a cold lunar cache; and the events."""
    lunar_to_solar.cache_clear()
    partners = [partners_of(province) for province in range(provinces)]
    started = time.perf_counter()
    total = 0
    for province in range(provinces):
        total += len(events_for_year(year, countries=countries, days=days, partners=partners[province]))
    return time.perf_counter() - started, total


def report(args, timings: list[float], events: int) -> str:
    median_ms = statistics.median(timings) * 1000
    worst_ms = max(timings) * 1000
    verdict = "met" if median_ms < TARGET_MS else "NOT met"
    info = {
        "CPU": cpu_model(),
        "cores": str(os.cpu_count()),
        "OS": f"{platform.system()} {platform.release()}",
        "Python": platform.python_version(),
    }
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return "\n".join(
        [
            SECTION,
            "",
            f"Measured on {datetime.date.today().isoformat()} with `benchmarks/bench_calendar.py --year {args.year} "
            f"--provinces {args.provinces} --runs {args.runs}`: each run computes `events_for_year` for every "
            "province, from a cold lunar-date cache.",
            "",
            "| year | provinces | events per run | median ms | slowest ms | runs |",
            "|---:|---:|---:|---:|---:|---:|",
            f"| {args.year} | {args.provinces} | {events} | {median_ms:.2f} | {worst_ms:.2f} | {len(timings)} |",
            "",
            f"The target is under {TARGET_MS:.0f} ms for all provinces: it is {verdict} ({median_ms:.2f} ms). "
            f"The data: {len(reference.countries())} country rows (every UN member, with Palestine, the Sahrawi "
            "Republic and the Holy See), international days, Vietnamese holidays with the lunar ones, and four "
            f"partner agreements per province ({events / args.provinces:.0f} events per province on average). "
            "A page reads its province's partners in one query and then does this computation for one "
            "province: about a 34th of the figure above.",
            "",
            "**Machine**: "
            + "; ".join(f"{key} {value}" for key, value in info.items())
            + f"; load average {load:.2f}.",
            "",
        ]
    )


def write_docs(text: str) -> None:
    replace_section(SECTION, text)


def main(argv=None) -> int:
    args = parse_args(argv)
    countries, days = reference.countries(), reference.days()
    one_run(args.year, args.provinces, countries, days)  # warm-up: imports, first calls
    timings, events = [], 0
    for _ in range(args.runs):
        seconds, events = one_run(args.year, args.provinces, countries, days)
        timings.append(seconds)
    text = report(args, timings, events)
    print(text)
    if args.write_docs:
        write_docs(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
