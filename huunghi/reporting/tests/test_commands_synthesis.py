"""``huunghi synthesize`` and ``huunghi reporting-status``: the files they write, what they print, and a clear
Vietnamese message with exit status 1 for an unknown plan or period."""

import datetime
import json
from io import StringIO

import docx
import openpyxl
import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from huunghi.cli import main
from huunghi.reporting.models import AgencyReport, ReportingPeriod
from huunghi.reporting.tests.helpers import open_period
from huunghi.reporting.tests.test_synthesis import fill


@pytest.fixture
def period(world):
    """Sở VHTTDL submitted (II.1 done), the others are drafts; the deadline has passed."""
    period = open_period(world)
    report = fill(world, period, world.agencies["vhttdl"], tasks={world.tasks[0]: {"status": "done", "progress": 100}})
    submitted = timezone.make_aware(datetime.datetime(2024, 6, 18, 9, 30))
    AgencyReport.objects.filter(pk=report.pk).update(submitted_at=submitted)
    ReportingPeriod.objects.filter(pk=period.pk).update(deadline=datetime.date(2024, 6, 20))
    period.refresh_from_db()
    return period


def run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_it_prints_each_agency_state_as_json(world, period):
    printed = json.loads(run("reporting_status", str(world.plan.pk), "--period", "2024-H1", "--json"))
    assert printed == [
        {
            "agency": "Các sở, ban, ngành",
            "state": "missing",
            "submitted_at": None,
            "on_time": False,
            "tasks": 1,
            "tasks_reported": 0,
        },
        {
            "agency": "Hội Thân nhân kiều bào tỉnh",
            "state": "missing",
            "submitted_at": None,
            "on_time": False,
            "tasks": 1,
            "tasks_reported": 0,
        },
        {
            "agency": "Sở Ngoại vụ",
            "state": "missing",
            "submitted_at": None,
            "on_time": False,
            "tasks": 3,
            "tasks_reported": 0,
        },
        {
            "agency": "Sở Văn hóa, Thể thao và Du lịch",
            "state": "submitted",
            "submitted_at": "2024-06-18T09:30:00+07:00",
            "on_time": True,
            "tasks": 1,
            "tasks_reported": 1,
        },
    ]


def test_it_prints_a_line_per_agency(world, period):
    lines = run("reporting_status", str(world.plan.pk), "--period", "2024-H1").splitlines()
    assert lines[-1] == (
        "Sở Văn hóa, Thể thao và Du lịch: đã nộp, nộp lúc 2024-06-18T09:30:00+07:00, đúng hạn — đã báo cáo 1/1 nhiệm vụ"
    )
    assert lines[0] == "Các sở, ban, ngành: chưa nộp (quá hạn) — đã báo cáo 0/1 nhiệm vụ"


def test_it_writes_the_word_report_and_the_task_table(world, period, tmp_path):
    word, table = tmp_path / "bao-cao.docx", tmp_path / "nhiem-vu.xlsx"
    printed = run("synthesize", str(world.plan.pk), "--period", "2024-H1", "-o", str(word), "--xlsx", str(table))
    assert printed.startswith(f"Đã ghi {word} (")
    text = [p.text for p in docx.Document(word).paragraphs]
    assert "- Đã hoàn thành: 1 nhiệm vụ." in text
    assert "- Chưa có báo cáo: 2 nhiệm vụ." in text
    assert "- Chưa nộp báo cáo (3 cơ quan): Các sở, ban, ngành; Hội Thân nhân kiều bào tỉnh; Sở Ngoại vụ." in text
    rows = list(openpyxl.load_workbook(table).active.iter_rows(values_only=True))
    assert [row[:5] for row in rows[1:]] == [
        ("II.1", "Giao lưu văn hóa với tỉnh Mondulkiri, Campuchia", "Sở Văn hóa, Thể thao và Du lịch", "Sở Ngoại vụ",
         "Đã hoàn thành"),
        ("II.2", "Gặp mặt kiều bào nhân dịp Tết Cổ truyền", "Sở Ngoại vụ", "Hội Thân nhân kiều bào tỉnh",
         "Chưa có báo cáo"),
        ("II.3", "Tuyên truyền về ngoại giao văn hóa", "Sở Ngoại vụ", "Các sở, ban, ngành", "Chưa có báo cáo"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("plan", "code", "message"),
    [
        ("999999", "2024-H1", "Không có kế hoạch nào có mã 999999."),
        ("abc", "2024-H1", "Mã kế hoạch phải là một số nguyên dương, không phải “abc”."),
        (None, "2023-H1", "không có kỳ báo cáo “2023-H1”. Các kỳ đã mở: 2024-H1."),
    ],
)
@pytest.mark.parametrize("command", ["synthesize", "reporting_status"])
def test_it_refuses_an_unknown_plan_or_period(world, period, command, plan, code, message):
    with pytest.raises(CommandError) as error:
        call_command(command, plan or str(world.plan.pk), "--period", code)
    assert message in str(error.value)


def test_the_console_script_exits_with_status_1(world, period, capsys):
    with pytest.raises(SystemExit) as exit:
        main(["huunghi", "reporting-status", str(world.plan.pk), "--period", "2030-Y", "--skip-checks"])
    assert exit.value.code == 1
    assert "không có kỳ báo cáo “2030-Y”. Các kỳ đã mở: 2024-H1." in capsys.readouterr().err
