"""How fast ``huunghi.text.extract.extract`` reads a document: the five seeds and synthetic plans up to 2 MB.

    .venv/bin/python benchmarks/bench_extract.py                  # 100 runs per seed, 10 per synthetic plan
    .venv/bin/python benchmarks/bench_extract.py --runs 50 --large-runs 5 --sizes 0.25 0.5   # a quick run
    .venv/bin/python benchmarks/bench_extract.py --write-docs     # and replace "## Extraction" in docs/benchmarks.md

Each document is read once untimed (``--warmup`` times), then timed ``--runs`` times; the report gives the
median and the 95th percentile (nearest rank) of wall-clock time, the median processor time, and the
microseconds per KB of text, so that growth with size can be seen: a constant µs/KB is linear.

The synthetic plans repeat seed 004's task section (II. NỘI DUNG THỰC HIỆN, items 1-5 with their lettered
items and assignments) with distinct numbering (items 1-5, then 6-10, ...) between its head and its
organisation section, until the text reaches the size asked for (in MB of UTF-8, 1 MB = 1,048,576 bytes).
Large plans are timed ``--large-runs`` times, fewer if one run would make a size take more than ``--budget``
seconds (at least 3 runs).

``--write-docs`` puts the speed tables, the accuracy tables of ``score_extract.py`` and the machine (CPU model
from /proc/cpuinfo, cores, Python version, date, load) into the section "## Extraction" of
docs/benchmarks.md, replacing it if it is there and adding it at the end if not; the rest of the file is kept.
"""

import argparse
import datetime
import os
import platform
import re
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bench_pages import cpu_model, percentile, replace_section

PROJECT_DIR = Path(__file__).resolve().parent.parent
DOCS_FILE = PROJECT_DIR / "docs" / "benchmarks.md"
SEEDS_DIR = PROJECT_DIR / "huunghi" / "text" / "extract" / "tests" / "corpus" / "seeds"
SECTION_HEADING = "## Extraction"
TASK_SEED = "004_4703a2ed9937ac38.txt"
MB = 1024 * 1024


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100, help="timed runs per seed (default 100, at least 50)")
    parser.add_argument("--warmup", type=int, default=5, help="untimed runs first (default 5)")
    parser.add_argument(
        "--sizes", type=float, nargs="*", default=[0.25, 0.5, 1, 2], help="synthetic sizes in MB (default 0.25 0.5 1 2)"
    )
    parser.add_argument("--large-runs", type=int, default=10, help="timed runs per synthetic plan (default 10)")
    parser.add_argument("--budget", type=float, default=120, help="seconds at most per synthetic size (default 120)")
    parser.add_argument("--write-docs", action="store_true", help=f"write the results into {DOCS_FILE}")
    args = parser.parse_args(argv)
    if args.runs < 50:
        parser.error("--runs must be at least 50")
    return args


@dataclass
class Timing:
    name: str
    kilobytes: float
    runs: int
    median_s: float
    p95_s: float
    cpu_median_s: float
    tasks: int

    @property
    def us_per_kb(self) -> float:
        return self.median_s * 1e6 / self.kilobytes if self.kilobytes else 0.0


def machine() -> dict[str, str]:
    return {
        "CPU": cpu_model(),
        "cores": str(os.cpu_count()),
        "OS": f"{platform.system()} {platform.release()}",
        "Python": platform.python_version(),
    }


def synthetic_plan(seed_text: str, megabytes: float) -> str:
    """Seed 004 with its task section repeated, renumbered, until the text has ``megabytes`` MB of UTF-8."""
    start = seed_text.index("II. NỘI DUNG THỰC HIỆN\n") + len("II. NỘI DUNG THỰC HIỆN\n")
    end = seed_text.index("III. TỔ CHỨC THỰC HIỆN")
    head, block, tail = seed_text[:start], seed_text[start:end], seed_text[end:]
    item = re.compile(r"^(\d+)\. ", re.MULTILINE)
    per_block = len(item.findall(block))
    target = int(megabytes * MB)
    size = len((head + tail).encode("utf-8"))
    parts, copy = [], 0
    while size < target:
        offset = copy * per_block
        renumbered = item.sub(lambda m, offset=offset: f"{int(m.group(1)) + offset}. ", block)
        parts.append(renumbered)
        size += len(renumbered.encode("utf-8"))
        copy += 1
    return head + "".join(parts) + tail


def measure(name: str, text: str, runs: int, warmup: int, budget: float | None = None) -> Timing:
    from huunghi.text.extract import extract

    result = None
    started = time.perf_counter()
    for _ in range(max(1, warmup)):
        result = extract(text)
    if budget is not None:
        one = (time.perf_counter() - started) / max(1, warmup)
        runs = max(3, min(runs, int(budget / one) if one > 0 else runs))
    timings, cpu = [], []
    for _ in range(runs):
        wall, processor = time.perf_counter(), time.process_time()
        extract(text)
        timings.append(time.perf_counter() - wall)
        cpu.append(time.process_time() - processor)
    return Timing(
        name=name,
        kilobytes=len(text.encode("utf-8")) / 1024,
        runs=runs,
        median_s=statistics.median(timings),
        p95_s=percentile(timings, 0.95),
        cpu_median_s=statistics.median(cpu),
        tasks=len(result.tasks),
    )


def speed_table(timings: list[Timing]) -> str:
    lines = [
        "| document | KB | tasks read | runs | median | p95 | CPU (median) | µs per KB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for t in timings:
        lines.append(
            f"| {t.name} | {t.kilobytes:,.1f} | {t.tasks:,} | {t.runs} | {seconds(t.median_s)} | {seconds(t.p95_s)} "
            f"| {seconds(t.cpu_median_s)} | {t.us_per_kb:,.0f} |"
        )
    return "\n".join(lines)


def seconds(value: float) -> str:
    return f"{value * 1000:.2f} ms" if value < 1 else f"{value:.2f} s"


def accuracy_markdown() -> str:
    """The accuracy tables of ``score_extract.py``, or why they could not be made."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    try:
        import score_extract

        results, failures = score_extract.score_parts(score_extract.PARTS)
        text = score_extract.markdown(results).replace("### ", "#### ")
        if failures:
            text += "\n" + "\n".join(f"- extract() failed on {f.splitlines()[0]}" for f in failures) + "\n"
        return text
    except Exception as error:  # noqa: BLE001 — speed is still worth recording.
        return f"Accuracy could not be measured: {error!r}.\n"


def section_markdown(seeds: list[Timing], synthetic: list[Timing], args, load: tuple[float, float]) -> str:
    info = machine()
    command = " ".join(["benchmarks/bench_extract.py", *sys.argv[1:]])
    lines = [
        SECTION_HEADING,
        "",
        "How fast and how accurately `huunghi.text.extract.extract(text)` reads a document. Written by "
        "`benchmarks/bench_extract.py --write-docs`; the accuracy tables are those of `benchmarks/score_extract.py`.",
        "",
        "### Speed",
        "",
        f"Measured on {datetime.date.today().isoformat()} with `{command}`: each seed {args.runs} timed runs after "
        f"{args.warmup} warm-up runs; the synthetic plans repeat seed 004's task section with distinct numbering "
        f"(up to {args.large_runs} timed runs each, within {args.budget:.0f} s per size). Wall-clock times; "
        "µs per KB is the median over the size in KB of UTF-8 text (a constant figure means linear growth).",
        "",
        speed_table(seeds + synthetic),
        "",
        "**Machine**: " + "; ".join(f"{key} {value}" for key, value in info.items()) + ".",
        "",
        f"**Load average** (1 min) while measuring: {load[0]:.2f} at the start, {load[1]:.2f} at the end, on "
        f"{os.cpu_count()} cores.",
        "",
        "### Accuracy",
        "",
        "F1 per document and per field against the gold annotations of "
        "`huunghi/text/extract/tests/corpus/{seeds,own}` (see `huunghi.text.extract.score` for how each field "
        "is matched; — means neither side has anything).",
        "",
        accuracy_markdown().rstrip(),
        "",
    ]
    return "\n".join(lines)


def write_docs(section: str) -> None:
    replace_section(SECTION_HEADING, section)


def main(argv=None) -> int:
    args = parse_args(argv)
    sys.path.insert(0, str(PROJECT_DIR))
    try:
        from huunghi.text.extract import extract  # noqa: F401 — fail early if the extractor is not there.
    except ImportError as error:
        print(f"The extractor cannot be imported yet: {error}", file=sys.stderr)
        return 2
    load_start = os.getloadavg()[0]
    seeds = []
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        timing = measure(f"seed {path.stem}", path.read_text(encoding="utf-8"), args.runs, args.warmup)
        seeds.append(timing)
        print(
            f"{timing.name:<28} {timing.kilobytes:8.1f} KB  median {seconds(timing.median_s):>10}  "
            f"p95 {seconds(timing.p95_s):>10}  {timing.us_per_kb:8,.0f} µs/KB  {timing.tasks} tasks"
        )
    seed_text = (SEEDS_DIR / TASK_SEED).read_text(encoding="utf-8")
    synthetic = []
    for megabytes in args.sizes:
        text = synthetic_plan(seed_text, megabytes)
        timing = measure(f"synthetic {megabytes:g} MB", text, args.large_runs, 1, budget=args.budget)
        synthetic.append(timing)
        print(
            f"{timing.name:<28} {timing.kilobytes:8.1f} KB  median {seconds(timing.median_s):>10}  "
            f"p95 {seconds(timing.p95_s):>10}  {timing.us_per_kb:8,.0f} µs/KB  {timing.tasks:,} tasks  "
            f"({timing.runs} runs)"
        )
    load = (load_start, os.getloadavg()[0])
    print()
    print(speed_table(seeds + synthetic))
    if args.write_docs:
        write_docs(section_markdown(seeds, synthetic, args, load))
    return 0


if __name__ == "__main__":
    sys.exit(main())
