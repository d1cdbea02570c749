"""``huunghi send-reminders``: who gets a reminder, on which days, with what text; nothing for reports that
came in or periods that are closed; ``--dry-run`` sends nothing."""

import datetime
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import CommandError, call_command

from huunghi.accounts.models import Role
from huunghi.reporting.models import PeriodStatus, ReportingPeriod
from huunghi.reporting.reminders import is_reminder_day, reminders_for
from huunghi.reporting.services import report_accept, report_return
from huunghi.reporting.tests.helpers import open_period, report_of
from huunghi.reporting.tests.test_synthesis import fill
from huunghi.text import format_date

DEADLINE = datetime.date(2024, 6, 20)  # for the schedule alone
PLAN = "Kế hoạch Ngoại giao văn hóa năm 2024 của tỉnh Đắk Lắk"


@pytest.fixture(autouse=True)
def locmem_email(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.DEFAULT_FROM_EMAIL = "huunghi@snv.daklak.gov.vn"
    settings.HUUNGHI_SITE_URL = "https://huunghi.daklak.gov.vn"


@pytest.fixture
def period(world):
    """Reports for Sở VHTTDL, Sở Ngoại vụ, Hội Thân nhân kiều bào (nobody with an account) and the group
    "Các sở, ban, ngành"; all drafts; the deadline 10 days ahead (reports may still be written). Sở VHTTDL has two focal points, one without
    an e-mail address; the officer (of Sở Ngoại vụ) has one; so has An Giang's officer, who must get nothing."""
    period = open_period(world)
    for user, email in ((world.focal_point, "vhttdl@daklak.gov.vn"), (world.officer, "snv@daklak.gov.vn")):
        user.email = email
        user.save()
    world.outsider.email = "snv@angiang.gov.vn"
    world.outsider.save()
    get_user_model().objects.create_user(username="vhttdl2", role=Role.FOCAL_POINT, agency=world.agencies["vhttdl"])
    return period


def run(*args) -> str:
    out = StringIO()
    call_command("send_reminders", *args, stdout=out)
    return out.getvalue()


def day(period, offset: int) -> str:
    return (period.deadline + datetime.timedelta(days=offset)).isoformat()


@pytest.mark.parametrize(
    ("offset", "expected"),
    [(-6, False), (-5, True), (-4, False), (-2, False), (-1, True), (0, False), (1, True), (2, False)]
    + [(7, False), (8, True), (9, False), (15, True), (22, True), (50, True), (51, False)],
)
def test_it_keeps_the_schedule(offset, expected):
    assert is_reminder_day(DEADLINE, DEADLINE + datetime.timedelta(days=offset)) is expected


def test_it_sends_only_on_the_days_of_the_schedule(period):
    days = [offset for offset in range(-10, 20) if reminders_for(period.deadline + datetime.timedelta(days=offset))]
    assert days == [-5, -1, 1, 8, 15]


def test_it_emails_the_people_who_write_each_report(world, period):
    output = run("--date", day(period, 1))
    assert [(m.to, m.from_email) for m in mail.outbox] == [
        (["snv@daklak.gov.vn"], "huunghi@snv.daklak.gov.vn"),  # Các sở, ban, ngành: the province's officers
        (["snv@daklak.gov.vn"], "huunghi@snv.daklak.gov.vn"),  # Sở Ngoại vụ: its officer
        (["vhttdl@daklak.gov.vn"], "huunghi@snv.daklak.gov.vn"),  # Sở Văn hóa, Thể thao và Du lịch
    ]
    assert output.splitlines() == [
        "Gửi tới Các sở, ban, ngành (kỳ 2024-H1): snv@daklak.gov.vn",
        "Không có ai để gửi thư nhắc cho Hội Thân nhân kiều bào tỉnh (kỳ 2024-H1).",
        "Gửi tới Sở Ngoại vụ (kỳ 2024-H1): snv@daklak.gov.vn",
        "Bỏ qua vhttdl2 (Sở Văn hóa, Thể thao và Du lịch): chưa có địa chỉ e-mail.",
        "Gửi tới Sở Văn hóa, Thể thao và Du lịch (kỳ 2024-H1): vhttdl@daklak.gov.vn",
        "Đã gửi 3 thư nhắc.",
    ]


def test_it_writes_in_vietnamese_before_the_deadline(world, period):
    run("--date", day(period, -5))
    due = format_date(period.deadline)
    message = mail.outbox[-1]
    report = report_of(period, world.agencies["vhttdl"])
    assert message.subject == f"Nhắc nộp báo cáo 6 tháng đầu năm 2024, hạn {due} – {PLAN}"
    assert message.body.splitlines() == [
        "Kính gửi: Sở Văn hóa, Thể thao và Du lịch,",
        "",
        f"Báo cáo kết quả thực hiện {PLAN} 6 tháng đầu năm 2024 của Sở Văn hóa, Thể thao và Du lịch chưa được "
        f"gửi. Hạn nộp báo cáo là ngày {due} (còn 5 ngày).",
        "",
        "Các nhiệm vụ chưa báo cáo:",
        "- II.1: Giao lưu văn hóa với tỉnh Mondulkiri, Campuchia",
        "",
        "Đề nghị nhập và gửi báo cáo tại địa chỉ:",
        f"https://huunghi.daklak.gov.vn/reports/{report.pk}/",
        "",
        "Trân trọng,",
        "Sở Ngoại vụ",
    ]


def test_it_says_when_the_deadline_passed_and_that_a_report_was_returned(world, period):
    fill(world, period, world.agencies["vhttdl"], tasks={world.tasks[0]: {"status": "done", "progress": 100}})
    report_return(user=world.officer, report=report_of(period, world.agencies["vhttdl"]), comment="Bổ sung số liệu.")
    run("--date", day(period, 8))
    due = format_date(period.deadline)
    message = next(m for m in mail.outbox if m.to == ["vhttdl@daklak.gov.vn"])
    assert message.subject == f"Quá hạn nộp báo cáo 6 tháng đầu năm 2024, hạn {due} – {PLAN}"
    assert message.body.splitlines()[2] == (
        f"Báo cáo kết quả thực hiện {PLAN} 6 tháng đầu năm 2024 của Sở Văn hóa, Thể thao và Du lịch đã được trả "
        f"lại để bổ sung, chỉnh sửa nhưng chưa được gửi lại. Hạn nộp báo cáo ngày {due} đã qua 8 ngày."
    )
    assert "Các nhiệm vụ chưa báo cáo:" not in message.body  # its only task has been reported


def test_it_sends_nothing_for_submitted_or_accepted_reports(world, period):
    a = world.agencies
    for agency in (a["sngv"], a["kieu_bao"], a["cac_so"]):
        fill(world, period, agency, tasks={})
    fill(world, period, a["vhttdl"], tasks={})
    report_accept(user=world.officer, report=report_of(period, a["vhttdl"]))
    assert run("--date", day(period, 1)) == "Đã gửi 0 thư nhắc.\n"
    assert mail.outbox == []


def test_it_sends_nothing_for_a_closed_period(world, period):
    ReportingPeriod.objects.filter(pk=period.pk).update(status=PeriodStatus.CLOSED)
    run("--date", day(period, 1))
    assert mail.outbox == []


def test_it_prints_what_it_would_send_on_a_dry_run_and_sends_nothing(world, period):
    output = run("--date", day(period, -1), "--dry-run")
    due = format_date(period.deadline)
    assert mail.outbox == []
    assert "Sẽ gửi tới vhttdl@daklak.gov.vn\n" in output
    assert f"Tiêu đề: Nhắc nộp báo cáo 6 tháng đầu năm 2024, hạn {due} – {PLAN}\n" in output
    assert f"Hạn nộp báo cáo là ngày {due} (còn 1 ngày)." in output
    assert "Đã gửi" not in output


def test_it_refuses_a_malformed_date(world):
    with pytest.raises(CommandError, match="Ngày phải có dạng YYYY-MM-DD, không phải “20/06/2024”."):
        run("--date", "20/06/2024")


def test_it_reads_everything_in_a_fixed_number_of_queries(world, period, django_assert_num_queries):
    # The reports, their focal points and officers, the province's officers (for the group), the tasks.
    with django_assert_num_queries(4):
        reminders = reminders_for(period.deadline + datetime.timedelta(days=1))
    assert len(reminders) == 4
