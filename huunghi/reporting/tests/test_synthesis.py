"""The combined report: what it counts and quotes, the Word file read back, the Excel table without formulas."""

import datetime
import io

import docx
import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone

from huunghi.organisations.models import AgencyKind
from huunghi.organisations.services import agency_create
from huunghi.plans.services import task_create
from huunghi.reporting.models import AgencyReport, TaskReport
from huunghi.reporting.services import activity_add, report_save, report_submit
from huunghi.reporting.synthesis import period_agency_states, period_synthesis, synthesis_docx, synthesis_xlsx
from huunghi.reporting.tests.helpers import open_period, report_of, row_of


def fill(world, period, agency, *, tasks, submit=True, **general):
    """Save (and submit) an agency's report as the administrator; ``tasks`` maps a task to its values."""
    report = report_of(period, agency)
    rows = {row.task_id: row.pk for row in report.task_reports.all()}
    report = report_save(
        user=world.admin,
        report=report,
        version=report.version,
        tasks={rows[task.pk]: values for task, values in tasks.items()},
        **general,
    )
    if submit:
        report = report_submit(user=world.admin, report=report)
    return report


@pytest.fixture
def reported(world):
    """II.1 done by its lead (Sở VHTTDL, on time), II.2 in progress by its lead (Sở Ngoại vụ, late), II.3 not
    started; the Hội Thân nhân kiều bào keeps a draft and the group "Các sở, ban, ngành" wrote nothing."""
    t1, t2, t3 = world.tasks
    a = world.agencies
    period = open_period(world)
    fill(
        world,
        period,
        a["vhttdl"],
        tasks={
            t1: {
                "status": "done",
                "progress": 100,
                "results": "Tổ chức 02 đoàn nghệ thuật sang Mondulkiri.",
                "spent_state": 120_000_000,
                "spent_non_state": 10_000_000,
            }
        },
        difficulties="Kinh phí được cấp chậm.",
    )
    late = fill(
        world,
        period,
        a["sngv"],
        tasks={
            t1: {"status": "in_progress", "progress": 50, "results": "Phối hợp đón đoàn.", "spent_state": 5_000_000},
            t2: {"status": "in_progress", "progress": 60, "results": '=HYPERLINK("http://x.vn","bấm")'},
            t3: {"results": "-5% so với cùng kỳ"},
        },
        proposals="Bổ sung kinh phí năm 2025.\nTăng cường đào tạo ngoại ngữ.",
    )
    AgencyReport.objects.filter(pk=late.pk).update(submitted_at=late.submitted_at + datetime.timedelta(days=12))
    fill(world, period, a["kieu_bao"], tasks={t2: {"status": "done", "progress": 100}}, submit=False)
    return period


@pytest.fixture
def after_deadline(reported):
    return reported.deadline + datetime.timedelta(days=5)


def test_it_counts_tasks_by_the_lead_agency_status(reported, after_deadline):
    synthesis = period_synthesis(reported, today=after_deadline)
    assert synthesis.counts == {
        "done": 1,
        "in_progress": 1,
        "not_started": 1,
        "postponed": 0,
        "cancelled": 0,
        "not_reported": 0,
    }
    assert [(t.code, t.status, t.progress) for t in synthesis.tasks] == [
        ("II.1", "done", 100),
        ("II.2", "in_progress", 60),
        ("II.3", "not_started", 0),
    ]
    assert synthesis.reports_counted == 2
    assert synthesis.reports_total == 4


def test_it_takes_the_best_cooperating_row_when_no_lead_reported(world):
    period = open_period(world)
    t1 = world.tasks[0]
    fill(world, period, world.agencies["sngv"], tasks={t1: {"status": "postponed", "progress": 10}})
    lines = {line.code: line for line in period_synthesis(period).tasks}
    assert (lines["II.1"].status, lines["II.1"].progress) == ("postponed", 10)
    assert lines["II.2"].status == "not_started"  # Sở Ngoại vụ leads it and reported it (untouched)


def test_it_says_not_reported_when_no_report_is_submitted(world):
    period = open_period(world)
    synthesis = period_synthesis(period)
    assert synthesis.counts["not_reported"] == 3
    assert synthesis.late == []  # the deadline is still ahead


def test_it_quotes_the_lead_agency_first(reported):
    line = period_synthesis(reported).tasks[0]
    assert [(w.agency, w.text) for w in line.results] == [
        ("Sở Văn hóa, Thể thao và Du lịch", "Tổ chức 02 đoàn nghệ thuật sang Mondulkiri."),
        ("Sở Ngoại vụ", "Phối hợp đón đoàn."),
    ]


def test_it_sums_money_by_source_against_the_estimates(reported):
    money = {row.source: (row.estimate, row.spent) for row in period_synthesis(reported).money}
    assert money == {"state": (150_000_000, 125_000_000), "non_state": (0, 10_000_000), "other": (0, 0)}


def test_it_names_together_the_agencies_that_say_the_same(world, reported):
    report_save(
        user=world.admin,
        report=report_of(reported, world.agencies["kieu_bao"]),
        version=report_of(reported, world.agencies["kieu_bao"]).version,
        difficulties="Kinh phí được cấp chậm.",
    )
    report_submit(user=world.admin, report=report_of(reported, world.agencies["kieu_bao"]))
    difficulties = period_synthesis(reported).difficulties
    assert [(w.agency, w.text) for w in difficulties] == [
        ("Hội Thân nhân kiều bào tỉnh; Sở Văn hóa, Thể thao và Du lịch", "Kinh phí được cấp chậm.")
    ]


def test_estimates_without_a_source_get_a_row_of_their_own(world):
    task_create(
        plan=world.plan, code="II.4", content="Hội thảo", lead=[world.agencies["sngv"]], budget_estimate=7_000_000
    )
    money = period_synthesis(open_period(world)).money
    assert [(row.label, row.estimate, row.spent, row.ratio) for row in money][-1] == (
        "Chưa xác định nguồn",
        7_000_000,
        None,
        "",
    )


def test_it_lists_late_and_missing_agencies(reported, after_deadline):
    late = [(item.agency, item.state) for item in period_synthesis(reported, today=after_deadline).late]
    assert late == [
        ("Các sở, ban, ngành", "missing"),
        ("Hội Thân nhân kiều bào tỉnh", "missing"),
        ("Sở Ngoại vụ", "late"),
    ]


def test_it_reads_a_large_plan_in_a_fixed_number_of_queries(world, django_assert_max_num_queries):
    extra = [agency_create(province=world.dak_lak, name=f"Sở số {i}", kind=AgencyKind.DEPARTMENT) for i in range(10)]
    for i in range(40):
        task_create(
            plan=world.plan,
            code=f"III.{i + 1}",
            content=f"Nhiệm vụ {i + 1}",
            lead=[extra[i % 10]],
            cooperating=[extra[(i + 1) % 10], world.agencies["sngv"]],
        )
    period = open_period(world)
    for i, row in enumerate(TaskReport.objects.filter(report__period=period)):
        activity_add(
            user=world.admin, task_report=row, held_on=datetime.date(2024, 3, 1), place="Huế", kind="other",
            abroad=i % 2 == 1, country=["KH", "LA", "KR"][i % 3],
        )  # fmt: skip
    AgencyReport.objects.filter(period=period).update(status="submitted", submitted_at=timezone.now())
    TaskReport.objects.filter(report__period=period).update(status="done", results="Đã xong.")
    with django_assert_max_num_queries(5):
        synthesis = period_synthesis(period)
    assert synthesis.counts["done"] == 43
    assert synthesis.activity_count == TaskReport.objects.filter(report__period=period).count()


def _paragraphs(document) -> list[str]:
    return [p.text for p in document.paragraphs]


def test_the_word_report_reads_back(reported, after_deadline, tmp_path):
    synthesis = period_synthesis(reported, today=after_deadline)
    path = tmp_path / "bao-cao.docx"
    synthesis_docx(reported, synthesis).save(path)
    document = docx.Document(path)
    text = _paragraphs(document)
    header = document.tables[0]
    assert [p.text for p in header.cell(0, 0).paragraphs][:2] == ["ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK"]
    assert header.cell(1, 0).text == "Số:          /BC-UBND"
    assert header.cell(1, 1).text.startswith("Đắk Lắk, ngày")
    assert "BÁO CÁO" in text
    assert "Kết quả thực hiện Kế hoạch Ngoại giao văn hóa năm 2024 của tỉnh Đắk Lắk" in text
    assert "6 tháng đầu năm 2024" in text
    assert "I. KẾT QUẢ THỰC HIỆN" in text
    for line in (
        "- Đã hoàn thành: 1 nhiệm vụ.",
        "- Đang thực hiện: 1 nhiệm vụ.",
        "- Chưa triển khai: 1 nhiệm vụ.",
        "- Tạm hoãn: 0 nhiệm vụ.",
        "- Hủy bỏ: 0 nhiệm vụ.",
    ):
        assert line in text
    assert "- Chưa có báo cáo: 0 nhiệm vụ." not in text
    start = text.index("- Nhiệm vụ II.1: Giao lưu văn hóa với tỉnh Mondulkiri, Campuchia (đã hoàn thành, 100%).")
    assert text[start + 1 : start + 3] == [
        "+ Sở Văn hóa, Thể thao và Du lịch: Tổ chức 02 đoàn nghệ thuật sang Mondulkiri.",
        "+ Sở Ngoại vụ: Phối hợp đón đoàn.",
    ]
    money = [[cell.text for cell in row.cells] for row in document.tables[1].rows]
    assert money == [
        ["STT", "Nguồn kinh phí", "Dự toán", "Đã sử dụng", "Tỷ lệ"],
        ["1", "Ngân sách nhà nước", "150.000.000 đồng", "125.000.000 đồng", "83,3%"],
        ["2", "Xã hội hóa", "0 đồng", "10.000.000 đồng", ""],
        ["3", "Nguồn hợp pháp khác", "0 đồng", "0 đồng", ""],
        ["", "Tổng cộng", "150.000.000 đồng", "135.000.000 đồng", "90%"],
    ]
    difficulties = text[text.index("III. KHÓ KHĂN, VƯỚNG MẮC") + 1]
    assert difficulties == "- Sở Văn hóa, Thể thao và Du lịch: Kinh phí được cấp chậm."
    start = text.index("IV. ĐỀ XUẤT, KIẾN NGHỊ")
    assert text[start + 1 : start + 3] == ["- Sở Ngoại vụ: Bổ sung kinh phí năm 2025.", "Tăng cường đào tạo ngoại ngữ."]
    start = text.index("V. CƠ QUAN CHƯA NỘP, NỘP MUỘN BÁO CÁO")
    deadline = reported.deadline.strftime("%d/%m/%Y")
    submitted = timezone.localdate(AgencyReport.objects.get(period=reported, agency__name="Sở Ngoại vụ").submitted_at)
    assert text[start + 1 : start + 4] == [
        f"Hạn nộp báo cáo: ngày {deadline}.",
        "- Chưa nộp báo cáo (2 cơ quan): Các sở, ban, ngành; Hội Thân nhân kiều bào tỉnh.",
        f"- Nộp muộn (1 cơ quan): Sở Ngoại vụ (ngày {submitted.strftime('%d/%m/%Y')}).",
    ]
    assert text[start + 4] == (
        "Trên đây là báo cáo kết quả thực hiện Kế hoạch Ngoại giao văn hóa năm 2024 của tỉnh Đắk Lắk 6 tháng đầu "
        "năm 2024 của Ủy ban nhân dân tỉnh./."
    )
    signature = document.tables[2]
    assert signature.cell(0, 0).paragraphs[0].text == "Nơi nhận:"
    assert [p.text for p in signature.cell(0, 1).paragraphs][:3] == [
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
    ]


def test_the_excel_table_holds_no_formula(reported, tmp_path):
    path = tmp_path / "nhiem-vu.xlsx"
    synthesis_xlsx(reported, period_synthesis(reported), path)
    sheet = openpyxl.load_workbook(path).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0][:7] == [
        "Mã",
        "Nội dung nhiệm vụ",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Tình trạng",
        "Tiến độ (%)",
        "Kết quả",
    ]
    assert rows[1] == [
        "II.1",
        "Giao lưu văn hóa với tỉnh Mondulkiri, Campuchia",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Sở Ngoại vụ",
        "Đã hoàn thành",
        100,
        "Sở Văn hóa, Thể thao và Du lịch: Tổ chức 02 đoàn nghệ thuật sang Mondulkiri.\nSở Ngoại vụ: Phối hợp đón đoàn.",
        125_000_000,
        10_000_000,
        0,
        150_000_000,
        "Ngân sách nhà nước",
    ]
    assert rows[2][6] == 'Sở Ngoại vụ: =HYPERLINK("http://x.vn","bấm")'
    assert rows[3][6] == "Sở Ngoại vụ: -5% so với cùng kỳ"
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type != "f"


def test_a_cell_starting_like_a_formula_is_text(tmp_path):
    from huunghi.reporting.synthesis import _put

    workbook = openpyxl.Workbook()
    for column, value in enumerate(['=HYPERLINK("http://x.vn")', "-5%", "+84", "@SUM(A1)"], start=1):
        _put(workbook.active, 1, column, value)
    workbook.save(tmp_path / "t.xlsx")
    cells = list(openpyxl.load_workbook(tmp_path / "t.xlsx").active.iter_rows())[0]
    assert [(c.value, c.data_type) for c in cells] == [
        ('=HYPERLINK("http://x.vn")', "s"),
        ("-5%", "s"),
        ("+84", "s"),
        ("@SUM(A1)", "s"),
    ]


def test_agency_states(reported, after_deadline):
    states = period_agency_states(reported, today=after_deadline)
    assert [(s["agency"], s["state"], s["on_time"], s["tasks"], s["tasks_reported"]) for s in states] == [
        ("Các sở, ban, ngành", "missing", False, 1, 0),
        ("Hội Thân nhân kiều bào tỉnh", "missing", False, 1, 1),
        ("Sở Ngoại vụ", "submitted", False, 3, 2),
        ("Sở Văn hóa, Thể thao và Du lịch", "submitted", True, 1, 1),
    ]


def test_the_officer_downloads_the_word_report_and_the_excel_table(world, reported, client_for):
    client = client_for(world.officer)
    word = client.get(reverse("reporting:synthesis_word", args=[reported.pk]))
    assert word["Content-Type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert word["Content-Disposition"] == 'attachment; filename="Bao-cao-tong-hop-2024-H1.docx"'
    assert "- Đã hoàn thành: 1 nhiệm vụ." in _paragraphs(docx.Document(io.BytesIO(word.content)))
    excel = client.get(reverse("reporting:synthesis_excel", args=[reported.pk]))
    assert excel["Content-Disposition"] == 'attachment; filename="Nhiem-vu-2024-H1.xlsx"'
    assert openpyxl.load_workbook(io.BytesIO(excel.content)).active["A2"].value == "II.1"


@pytest.mark.parametrize(("who", "shown"), [("officer", True), ("leader", True), ("focal_point", False)])
def test_the_period_page_offers_the_downloads_to_those_who_may_have_them(world, reported, client_for, who, shown):
    page = client_for(getattr(world, who)).get(reverse("reporting:period", args=[reported.pk]))
    assert (reverse("reporting:synthesis_word", args=[reported.pk]) in page.content.decode()) is shown
    assert (reverse("reporting:synthesis_excel", args=[reported.pk]) in page.content.decode()) is shown


def test_a_task_written_like_a_formula_stays_text_in_the_excel_table(world, tmp_path):
    task_create(plan=world.plan, code="II.4", content='=HYPERLINK("http://x.vn","bấm")', lead=[world.agencies["sngv"]])
    task_create(plan=world.plan, code="II.5", content="-5% chi phí đoàn ra", lead=[world.agencies["sngv"]])
    period = open_period(world)
    path = tmp_path / "nhiem-vu.xlsx"
    synthesis_xlsx(period, period_synthesis(period), path)
    sheet = openpyxl.load_workbook(path).active
    assert [(sheet[f"B{row}"].value, sheet[f"B{row}"].data_type) for row in (5, 6)] == [
        ('=HYPERLINK("http://x.vn","bấm")', "s"),
        ("-5% chi phí đoàn ra", "s"),
    ]


def test_agencies_come_in_vietnamese_dictionary_order(world):
    radio = agency_create(province=world.dak_lak, name="Đài Phát thanh và Truyền hình tỉnh", kind=AgencyKind.OTHER_UNIT)
    task_create(plan=world.plan, code="II.4", content="Phóng sự", lead=[radio])
    period = open_period(world)
    names = [state["agency"] for state in period_agency_states(period)]
    assert names == [
        "Các sở, ban, ngành",
        "Đài Phát thanh và Truyền hình tỉnh",
        "Hội Thân nhân kiều bào tỉnh",
        "Sở Ngoại vụ",
        "Sở Văn hóa, Thể thao và Du lịch",
    ]


def held(world, period, agency, task, day, **values):
    """Record an activity in an agency's report (as the administrator, while it is a draft)."""
    return activity_add(
        user=world.admin,
        task_report=row_of(report_of(period, agency), task),
        held_on=datetime.date(2024, 3, day),
        place=values.pop("place", "Buôn Ma Thuột"),
        kind=values.pop("kind", "cultural_exchange"),
        **values,
    )


@pytest.fixture
def with_activities(world):
    """Sở VHTTDL held two activities in Cambodia, one in Korea and one at home and submitted; Sở Ngoại vụ held
    one at home and submitted; the Hội Thân nhân kiều bào held one in Laos and kept its report a draft."""
    t1, t2, _ = world.tasks
    a = world.agencies
    period = open_period(world)
    kh = {"abroad": True, "country": "KH", "partner": "Sở Văn hóa tỉnh Mondulkiri"}
    held(world, period, a["vhttdl"], t1, 20, place="Sen Monorom", participants=120, foreign_participants=45, **kh)
    held(world, period, a["vhttdl"], t1, 5, place="Phnôm Pênh", kind="exhibition", participants=10, **kh)
    held(world, period, a["vhttdl"], t1, 9, place="Seoul", abroad=True, country="KR", kind="promotion")
    held(world, period, a["vhttdl"], t1, 12, partner="Đại sứ quán Lào", participants=50, foreign_participants=8)
    held(world, period, a["sngv"], t2, 1, kind="delegation_in", participants=30, foreign_participants=2)
    held(world, period, a["kieu_bao"], t2, 2, place="Viêng Chăn", abroad=True, country="LA")
    for agency in (a["vhttdl"], a["sngv"]):
        report_submit(user=world.admin, report=report_of(period, agency))
    return period


def test_it_groups_the_activities_of_sent_reports_by_country_home_first(with_activities):
    synthesis = period_synthesis(with_activities)
    groups = [(g.label, [a.held_on.day for a in g.activities], g.foreign_participants) for g in synthesis.activities]
    assert groups == [("Trong nước", [1, 12], 10), ("Campuchia", [5, 20], 45), ("Hàn Quốc", [9], 0)]
    first = synthesis.activities[1].activities[1]
    assert (first.place, first.partner, first.agency, first.task_code) == (
        "Sen Monorom",
        "Sở Văn hóa tỉnh Mondulkiri",
        "Sở Văn hóa, Thể thao và Du lịch",
        "II.1",
    )
    assert synthesis.activity_count == 5


def test_the_word_report_lists_the_activities_by_country(with_activities, tmp_path):
    path = tmp_path / "bao-cao.docx"
    synthesis_docx(with_activities, period_synthesis(with_activities)).save(path)
    text = _paragraphs(docx.Document(path))
    start = text.index("3. Các hoạt động đã tổ chức")
    assert text[start + 1 : start + 10] == [
        "Các cơ quan, đơn vị đã tổ chức 5 hoạt động: 2 hoạt động trong nước, 3 hoạt động ở nước ngoài.",
        "- Trong nước (2 hoạt động, 10 lượt người nước ngoài tham gia):",
        "+ Ngày 01/03/2024, đón, tiếp đoàn tại Buôn Ma Thuột (2/30 người tham gia là người nước ngoài) – Sở Ngoại vụ, "
        "nhiệm vụ II.2.",
        "+ Ngày 12/03/2024, giao lưu văn hóa nghệ thuật tại Buôn Ma Thuột với Đại sứ quán Lào (8/50 người tham gia là "
        "người nước ngoài) – Sở Văn hóa, Thể thao và Du lịch, nhiệm vụ II.1.",
        "- Campuchia (2 hoạt động, 45 lượt người nước ngoài tham gia):",
        "+ Ngày 05/03/2024, triển lãm, hội chợ tại Phnôm Pênh với Sở Văn hóa tỉnh Mondulkiri – Sở Văn hóa, Thể thao "
        "và Du lịch, nhiệm vụ II.1.",
        "+ Ngày 20/03/2024, giao lưu văn hóa nghệ thuật tại Sen Monorom với Sở Văn hóa tỉnh Mondulkiri (45/120 người "
        "tham gia là người nước ngoài) – Sở Văn hóa, Thể thao và Du lịch, nhiệm vụ II.1.",
        "- Hàn Quốc (1 hoạt động):",
        "+ Ngày 09/03/2024, tuyên truyền, quảng bá tại Seoul – Sở Văn hóa, Thể thao và Du lịch, nhiệm vụ II.1.",
    ]
    assert "Viêng Chăn" not in " ".join(text)


def test_the_word_report_says_when_no_activity_was_reported(reported, tmp_path):
    path = tmp_path / "bao-cao.docx"
    synthesis_docx(reported, period_synthesis(reported)).save(path)
    text = _paragraphs(docx.Document(path))
    start = text.index("3. Các hoạt động đã tổ chức")
    assert text[start + 1] == "Các cơ quan, đơn vị chưa báo cáo hoạt động nào."
