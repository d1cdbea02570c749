"""How fast the import review page answers, and how heavy it is, for a plan of 150 tasks.

    .venv/bin/python benchmarks/bench_review.py                     # 150 tasks, 30 timed requests
    .venv/bin/python benchmarks/bench_review.py --tasks 300 --requests 20
    .venv/bin/python benchmarks/bench_review.py --write-docs --note "one shared list of agencies"

It creates a fresh SQLite database in a temporary directory (removed at the end), migrates it, gives the
province with the largest generated register (``huunghi.core.generate``: about 80 agencies) its agencies,
an officer and a few central bodies, writes a plan of ``--tasks`` numbered tasks as provinces write them
(seed 004: "- Cơ quan chủ trì: ..." / "- Cơ quan phối hợp: ..." lines naming agencies of the register,
with a few names the register does not know) and imports it with ``draft_create``. Then, with debug off
and through Django's test client signed in as the officer, it times:

- GET of the review page: warm-up requests, then N timed ones (median, p95, processor time), its size and
  its SQL queries;
- POST "save" of the form exactly as the page shows it (read from the page's HTML, as a browser would);
- POST "confirm" of copies of the draft (each a new plan).

``--write-docs`` puts the table into the section "## Import review page" of docs/benchmarks.md, keeping
the earlier runs' summary lines (``--note`` says what was measured) so that before and after stay side by side.
"""

import argparse
import datetime
import html
import os
import random
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench_pages import DOCS_FILE, PROJECT_DIR, configure_environment, machine, percentile

SECTION = "## Import review page"
HISTORY_START, HISTORY_END = "<!-- review runs: start -->", "<!-- review runs: end -->"
TARGET_P95_MS, TARGET_KB = 300, 600
YEAR = 2024
# The central bodies plans cite: issuers of the documents a plan is based on.
CENTRAL_BODIES = [
    ("Thủ tướng Chính phủ", "TTg"),
    ("Chính phủ", ""),
    ("Bộ Ngoại giao", "BNG"),
    ("Bộ Văn hóa, Thể thao và Du lịch", "Bộ VHTTDL"),
    ("Ủy ban Nhà nước về người Việt Nam ở nước ngoài", "Ủy ban Nhà nước về NVNONN"),
    ("Ban Chấp hành Trung ương Đảng", "BCH Trung ương Đảng"),
]
# Bodies the register does not know: the reviewer must match or skip them.
UNKNOWN_BODIES = [
    "Trung tâm Hỗ trợ Doanh nghiệp nhỏ và vừa",
    "Câu lạc bộ Hữu nghị Việt - Lào",
    "Nhà Văn hóa Thiếu nhi",
    "Ban Quản lý Dự án Du lịch sinh thái",
]
ACTIVITIES = [
    "Tổ chức giao lưu văn hóa, nghệ thuật với {partner} nhân dịp {occasion}.",
    "Tuyên truyền, quảng bá hình ảnh, con người tỉnh {province} trên các phương tiện thông tin đại chúng "
    "bằng tiếng Việt và tiếng Anh.",
    "Tổ chức Tuần lễ văn hóa, du lịch tỉnh {province} tại {partner}.",
    "Mời đoàn phóng viên báo chí nước ngoài đến tìm hiểu, viết bài về tiềm năng du lịch của tỉnh.",
    "Tổ chức lớp tập huấn về ngoại giao văn hóa cho cán bộ, công chức, viên chức của các sở, ban, ngành.",
    "Gặp mặt kiều bào về quê đón Tết Cổ truyền của dân tộc, thông tin về tình hình kinh tế - xã hội của tỉnh.",
    "Tham gia Hội chợ Du lịch quốc tế tại {partner}, giới thiệu các sản phẩm văn hóa đặc trưng của tỉnh.",
    "Phối hợp tổ chức hội thảo quốc tế về bảo tồn và phát huy giá trị di sản văn hóa phi vật thể.",
    "Xây dựng ấn phẩm giới thiệu tiềm năng, cơ hội đầu tư của tỉnh bằng nhiều thứ tiếng.",
    "Tổ chức các hoạt động kỷ niệm {occasion}, mời đại diện {partner} tham dự.",
]
PARTNERS = ["tỉnh Champasak (Lào)", "tỉnh Attapeu (Lào)", "thành phố Gimhae (Hàn Quốc)", "tỉnh Gifu (Nhật Bản)",
            "vùng Nouvelle-Aquitaine (Pháp)", "tỉnh Mondulkiri (Campuchia)", "bang Queensland (Úc)"]  # fmt: skip
OCCASIONS = ["Quốc khánh nước bạn", "năm Hữu nghị", "ngày thiết lập quan hệ ngoại giao", "Tết Cổ truyền"]
TIMINGS = ["Quý I", "Quý II", "Quý III", "Quý IV", "Cả năm", "Tháng 9", "6 tháng đầu năm"]
LETTERS = "abcdđeghiklmnopqrstuvxy"
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=150, help="tasks in the plan (default 150)")
    parser.add_argument("--requests", type=int, default=30, help="timed GET requests (default 30, at least 20)")
    parser.add_argument("--warmup", type=int, default=5, help="untimed GET requests first (default 5)")
    parser.add_argument("--saves", type=int, default=5, help="timed POST 'save' requests (default 5)")
    parser.add_argument("--confirms", type=int, default=3, help="timed POST 'confirm' requests (default 3)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--note", default="", help="what this run measures, for the history in the docs")
    parser.add_argument("--write-docs", action="store_true", help=f"write the results into {DOCS_FILE}")
    args = parser.parse_args(argv)
    if args.requests < 20:
        parser.error("--requests must be at least 20")
    return args


# -- the data -----------------------------------------------------------------------------------------------


def province_with_largest_register(seed: int):
    """The current province whose generated register is the largest (up to 80 agencies), and its specs."""
    from huunghi.core.generate import current_provinces, province_context

    best = None
    for province in current_provinces(34):
        specs = province_context(province, seed).specs
        if best is None or len(specs) > len(best[1]):
            best = (province, specs)
    return best


def setup_province(seed: int):
    """The province, its officer, and the agencies the plan may name (those of the plan's year)."""
    from django.contrib.auth import get_user_model

    from huunghi.accounts.models import Role
    from huunghi.organisations.models import AgencyKind
    from huunghi.organisations.services import agency_get_or_create, province_set_focal_agency

    province, specs = province_with_largest_register(seed)
    agencies = {}
    for spec in specs:
        agencies[spec.name] = agency_get_or_create(
            province=province,
            name=spec.name,
            kind=spec.kind,
            short_name=spec.short_name,
            abbreviations=spec.abbreviations,
            group_of=spec.group_of,
            valid_from=spec.valid_from,
            valid_to=spec.valid_to,
        )
    for name, short_name in CENTRAL_BODIES:
        agency_get_or_create(province=None, name=name, kind=AgencyKind.CENTRAL, short_name=short_name)
    focal = agencies["Sở Ngoại vụ"]
    province_set_focal_agency(province=province, agency=focal)
    officer, _created = get_user_model().objects.get_or_create(
        username=f"officer-{province.code}",
        defaults={"role": Role.OFFICER, "province": province, "agency": focal, "first_name": "Chuyên viên"},
    )
    on = datetime.date(YEAR, 6, 30)
    current = [a for a in agencies.values() if a.is_current(on)]
    return province, officer, current


def plan_text(province, agencies, *, tasks: int, seed: int) -> str:
    """A yearly plan of ``tasks`` numbered tasks as seed 004 writes them, naming agencies of the register
    (by full name, sometimes by short name; groups in lower case) and now and then a body it does not know."""
    from huunghi.organisations.models import AgencyKind

    rng = random.Random(f"bench-review:{seed}")
    named = [a for a in agencies if a.kind not in (AgencyKind.PEOPLES_COMMITTEE, AgencyKind.GROUP)]
    groups = [a for a in agencies if a.kind == AgencyKind.GROUP]

    def written(agency) -> str:
        if agency.kind == AgencyKind.GROUP and agency.name[1:2].islower():
            return agency.name[0].lower() + agency.name[1:]  # "các sở, ban, ngành", but "UBND các huyện"
        if agency.short_name and rng.random() < 0.25:
            return agency.short_name
        return agency.name

    def names(count: int, exclude=()) -> list[str]:
        chosen = rng.sample([a for a in named if a not in exclude], count)
        out = [written(a) for a in chosen]
        if rng.random() < 0.04:
            out.append(rng.choice(UNKNOWN_BODIES))
        return out, chosen

    def joined(items: list[str]) -> str:
        return "; ".join(items) if any("," in item for item in items) else ", ".join(items)

    lines = [
        "ỦY BAN NHÂN DÂN",
        f"{province.full_name.upper()}",
        "",
        "Số: 45/KH-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "",
        f"{province.name}, ngày 15 tháng 01 năm {YEAR}",
        "",
        "KẾ HOẠCH",
        f"Triển khai công tác Ngoại giao văn hóa trên địa bàn tỉnh năm {YEAR}",
        "",
        "Căn cứ Quyết định số 2013/QĐ-TTg ngày 30/11/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược Ngoại "
        "giao văn hóa đến năm 2030; Kế hoạch số 15/KH-UBND ngày 05/02/2023 của UBND tỉnh về Ngoại giao văn hóa "
        f"năm 2023, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai công tác Ngoại giao văn hóa năm {YEAR} như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        f"Quảng bá hình ảnh, con người tỉnh {province.name} đến bạn bè quốc tế.",
        "2. Yêu cầu",
        "Thiết thực, hiệu quả, tiết kiệm.",
        "II. NỘI DUNG THỰC HIỆN",
    ]
    per_section = 15
    for s in range((tasks + per_section - 1) // per_section):
        lines.append(f"{s + 1}. Nhóm nhiệm vụ thứ {s + 1} về ngoại giao văn hóa")
        for t in range(min(per_section, tasks - s * per_section)):
            activity = rng.choice(ACTIVITIES).format(
                partner=rng.choice(PARTNERS), occasion=rng.choice(OCCASIONS), province=province.name
            )
            leads, chosen = names(rng.choice([1, 1, 1, 2]))
            cooperating, _chosen = names(rng.choice([1, 2, 2, 3, 3, 4]), exclude=chosen)
            if groups and rng.random() < 0.3:
                cooperating.append(written(rng.choice(groups)))
            lines += [
                f"{LETTERS[t]}) {activity}",
                f"- Cơ quan chủ trì: {joined(leads)}.",
                f"- Cơ quan phối hợp: {joined(cooperating)}.",
                f"- Thời gian: {rng.choice(TIMINGS)}.",
            ]
    lines += [
        "III. TỔ CHỨC THỰC HIỆN",
        "Sở Ngoại vụ theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh.",
        "",
        "Nơi nhận:",
        "- Bộ Ngoại giao (để b/c);",
        "- Lưu: VT, NgV.",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Nguyễn Văn An",
    ]
    return "\n".join(lines) + "\n"


# -- measuring ----------------------------------------------------------------------------------------------


@dataclass
class Results:
    tasks: int
    names: int
    unresolved: int
    agencies: int
    issuers: int
    citations: int
    get_median_ms: float
    get_p95_ms: float
    get_cpu_ms: float
    get_queries: int
    kilobytes: float
    fields: int
    post_kilobytes: float
    save_median_ms: float
    save_queries: int
    confirm_median_ms: float
    confirm_queries: int


def timed(call) -> tuple[float, float, object]:
    started, started_cpu = time.perf_counter(), time.process_time()
    result = call()
    return (time.perf_counter() - started) * 1000, (time.process_time() - started_cpu) * 1000, result


def measure(args, draft, officer) -> Results:
    from urllib.parse import urlencode

    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from huunghi.imports.models import ImportDraft
    from huunghi.imports.selectors import draft_registry
    from huunghi.imports.tests.helpers import posted_fields

    client = Client()
    client.force_login(officer)
    url = reverse("imports:review", args=[draft.pk])
    for _ in range(args.warmup):
        response = client.get(url)
        if response.status_code != 200:
            raise SystemExit(f"review page: HTTP {response.status_code}")
    timings, cpu = [], []
    for _ in range(args.requests):
        wall, processor, _response = timed(lambda: client.get(url))
        timings.append(wall)
        cpu.append(processor)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    page = response.content.decode()
    get_queries = len(queries.captured_queries)
    # What a browser without script posts back: the form as the page shows it.
    fields = posted_fields(page)

    def post(target, data):
        body = urlencode([(k, v) for k, values in data.items() for v in values])
        return client.post(target, body, content_type="application/x-www-form-urlencoded"), len(body)

    saves, post_bytes = [], 0
    for _ in range(args.saves):
        with CaptureQueriesContext(connection) as queries:
            wall, _cpu, (response, post_bytes) = timed(lambda: post(url, {**fields, "action": ["save"]}))
        if response.status_code != 302:
            raise SystemExit(f"save: HTTP {response.status_code}, expected a redirect:\n{_errors(response)}")
        saves.append(wall)
    save_queries = len(queries.captured_queries)

    confirms = []
    original = ImportDraft.objects.get(pk=draft.pk)
    for i in range(args.confirms):
        copy = ImportDraft.objects.create(
            province=original.province,
            created_by=officer,
            file_name=original.file_name,
            file_format=original.file_format,
            file_size=original.file_size,
            sha256=original.sha256,
            text=original.text,
            data=original.data,
        )
        target = reverse("imports:review", args=[copy.pk])
        # Each copy becomes a plan of its own: another number, and every name still undecided skipped.
        data = {
            **posted_fields(client.get(target).content.decode()),
            "action": ["confirm"],
            "number": [f"{46 + i}/KH-UBND"],
        }
        data = {name: (["skip"] if values == [""] and _is_name(name) else values) for name, values in data.items()}
        with CaptureQueriesContext(connection) as queries:
            wall, _cpu, (response, _size) = timed(lambda target=target, data=data: post(target, data))
        if response.status_code != 302:
            raise SystemExit(f"confirm: HTTP {response.status_code}, expected a redirect:\n{_errors(response)}")
        confirms.append(wall)
    confirm_queries = len(queries.captured_queries)

    registry = draft_registry(draft)
    names = [entry for task in draft.data["tasks"] for role in ("lead", "cooperating") for entry in task[role]]
    return Results(
        tasks=len(draft.data["tasks"]),
        names=len(names),
        unresolved=sum(1 for entry in names if entry["status"] not in ("exact", "group")),
        agencies=len(registry.agencies),
        issuers=len(registry.issuers),
        citations=len(draft.data["citations"]),
        get_median_ms=statistics.median(timings),
        get_p95_ms=percentile(timings, 0.95),
        get_cpu_ms=statistics.median(cpu),
        get_queries=get_queries,
        kilobytes=len(page.encode()) / 1024,
        fields=sum(len(values) for values in fields.values()),
        post_kilobytes=post_bytes / 1024,
        save_median_ms=statistics.median(saves),
        save_queries=save_queries,
        confirm_median_ms=statistics.median(confirms),
        confirm_queries=confirm_queries,
    )


def _is_name(field: str) -> bool:
    """A choice of agency for a name as written: ``task-3-lead_0``, ``task-3-cooperating_2``."""
    return re.fullmatch(r"task-\d+-(lead|cooperating)_\d+", field) is not None


def _errors(response) -> str:
    page = response.content.decode()
    found = re.findall(r'<(?:p|li) class="error"[^>]*>(.*?)</(?:p|li)>', page)
    found += re.findall(r'<ul class="problems-inline"[^>]*>(.*?)</ul>', page)
    return "\n".join(found[:10]) or page[:2000]


# -- reporting ----------------------------------------------------------------------------------------------


def git_state() -> str:
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=PROJECT_DIR, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "huunghi/imports"],
            cwd=PROJECT_DIR,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{commit}{' + changes' if dirty else ''}"


def table(r: Results, province_name: str) -> list[str]:
    return [
        "| measure | value |",
        "|---|---:|",
        f"| plan | {r.tasks} tasks, {r.names} names of agencies ({r.unresolved} not matched), {r.citations} citations |",
        f"| register | {province_name}: {r.agencies} agencies of the province, {r.issuers} issuers with the central bodies |",
        f"| GET median ms | {r.get_median_ms:.1f} |",
        f"| GET p95 ms | {r.get_p95_ms:.1f} |",
        f"| GET CPU ms (median) | {r.get_cpu_ms:.1f} |",
        f"| GET queries | {r.get_queries} |",
        f"| page KiB | {r.kilobytes:.0f} |",
        f"| form fields posted | {r.fields} ({r.post_kilobytes:.0f} KiB) |",
        f"| POST save ms (median) | {r.save_median_ms:.1f} |",
        f"| POST save queries | {r.save_queries} |",
        f"| POST confirm ms (median) | {r.confirm_median_ms:.1f} |",
        f"| POST confirm queries | {r.confirm_queries} |",
    ]


def history_row(r: Results, args) -> str:
    note = html.escape(args.note or "").replace("|", "/")
    return (
        f"| {datetime.date.today().isoformat()} | {git_state()} | {note} | {r.tasks} | {r.kilobytes:.0f} "
        f"| {r.get_median_ms:.0f} | {r.get_p95_ms:.0f} | {r.get_cpu_ms:.0f} | {r.get_queries} "
        f"| {r.save_median_ms:.0f} | {r.confirm_median_ms:.0f} |"
    )


def section_markdown(r: Results, args, province_name: str, info: dict, load, history: list[str]) -> str:
    command = shlex.join(["benchmarks/bench_review.py", *sys.argv[1:]])
    lines = [
        SECTION,
        "",
        "How heavy the import review page (`/imports/<id>/`) is for a large plan, and how fast it answers. "
        "Written by `benchmarks/bench_review.py --write-docs` (this section only; the runs below are kept).",
        "",
        f"Last run on {datetime.date.today().isoformat()} with `{command}` — {args.requests} timed GET requests "
        f"after {args.warmup} warm-up requests, {args.saves} saves, {args.confirms} confirmations; debug off, "
        "through Django's test client signed in as the province's officer. "
        f"Targets: under {TARGET_KB} KiB and a GET p95 under {TARGET_P95_MS} ms.",
        "",
        *table(r, province_name),
        "",
        "**Machine**: " + "; ".join(f"{key} {value}" for key, value in info.items()) + ".",
        f"Load average (1 min): {load[0]:.2f} at the start, {load[1]:.2f} at the end.",
        "",
        "What keeps the page light (see `huunghi/imports/forms.py`): the province's agencies are sent once, as a "
        '`<datalist>`; a name matched to an agency is its label, a hidden input with its id and a "Đổi" '
        "button, which opens a picker copied from a `<template>` (without the script the button saves the draft "
        "and shows the page again with that picker open); only names not matched show a select, of their "
        'suggestions and "bỏ qua". A task\'s category is shown the same way. The fields and names of the '
        "tasks are rendered in Python rather than by a template per widget.",
        "",
        "### Runs",
        "",
        HISTORY_START,
        "| date | code | note | tasks | KiB | GET median ms | GET p95 ms | GET CPU ms | queries | save ms | confirm ms |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        *history,
        HISTORY_END,
    ]
    return "\n".join(lines)


def previous_runs(text: str) -> list[str]:
    if HISTORY_START not in text or HISTORY_END not in text:
        return []
    block = text.split(HISTORY_START, 1)[1].split(HISTORY_END, 1)[0]
    return [line for line in block.strip().splitlines()[2:] if line.startswith("|")]


def split_section(text: str) -> tuple[str, str, str]:
    """The text before the section, the section, and the text after it (from the next ``## `` heading)."""
    start = text.find(f"\n{SECTION}\n")
    if start < 0:
        return text.rstrip("\n") + "\n\n", "", ""
    start += 1
    following = re.search(r"^## ", text[start + len(SECTION) :], flags=re.MULTILINE)
    end = start + len(SECTION) + following.start() if following else len(text)
    return text[:start], text[start:end], text[end:]


def write_docs(r: Results, args, province_name, info, load) -> None:
    text = DOCS_FILE.read_text(encoding="utf-8")
    before, old, after = split_section(text)
    history = [*previous_runs(old), history_row(r, args)]
    section = section_markdown(r, args, province_name, info, load, history)
    DOCS_FILE.write_text(before + section + ("\n\n" + after if after else "\n"), encoding="utf-8")
    print(f"Results written to {DOCS_FILE}")


def main(argv=None) -> int:
    args = parse_args(argv)
    data_dir = Path(tempfile.mkdtemp(prefix="huunghi-bench-review-"))
    configure_environment(data_dir)
    sys.path.insert(0, str(PROJECT_DIR))
    import django

    django.setup()
    try:
        from django.core.management import call_command

        from huunghi.imports.services import draft_create

        call_command("migrate", verbosity=0, interactive=False)
        province, officer, agencies = setup_province(args.seed)
        text = plan_text(province, agencies, tasks=args.tasks, seed=args.seed)
        wall, _cpu, draft = timed(
            lambda: draft_create(
                user=officer, province=province, filename="ke-hoach-150.txt", data=text.encode("utf-8")
            )
        )
        print(f"{province.name}: {len(agencies)} agencies; draft of {len(draft.data['tasks'])} tasks in {wall:.0f} ms")
        info = machine()
        load_start = os.getloadavg()[0]
        results = measure(args, draft, officer)
        load = (load_start, os.getloadavg()[0])
        print()
        print("\n".join(table(results, province.name)))
        flags = []
        if results.kilobytes > TARGET_KB:
            flags.append(f"page above {TARGET_KB} KiB")
        if results.get_p95_ms > TARGET_P95_MS:
            flags.append(f"GET p95 above {TARGET_P95_MS} ms")
        print("\n" + ("Above the target: " + ", ".join(flags) if flags else "Within the targets."))
        if args.write_docs:
            write_docs(results, args, province.name, info, load)
    finally:
        from django.db import connections

        connections.close_all()
        shutil.rmtree(data_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
