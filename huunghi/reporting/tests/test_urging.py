"""The urging letter (công văn đôn đốc): a Word file read back with python-docx, and its download button and
view on the period page."""

import datetime
import io

import docx
import pytest
from django.urls import reverse

from huunghi.reporting.services import report_return
from huunghi.reporting.tests.helpers import open_period, report_of
from huunghi.reporting.tests.test_synthesis import fill
from huunghi.reporting.urging import urging_letter_docx, urging_targets
from huunghi.reporting.views_synthesis import DOCX_TYPE
from huunghi.text import format_date


@pytest.fixture
def period(world):
    """Sở VHTTDL submitted; Sở Ngoại vụ submitted and was returned; Hội Thân nhân kiều bào and the group "Các
    sở, ban, ngành" keep drafts."""
    period = open_period(world)
    fill(world, period, world.agencies["vhttdl"], tasks={world.tasks[0]: {"status": "done", "progress": 100}})
    fill(world, period, world.agencies["kieu_bao"], tasks={}, submit=False)
    return period


@pytest.fixture
def today(period):
    return period.deadline + datetime.timedelta(days=3)


def texts(document) -> list[str]:
    return [p.text for p in document.paragraphs if p.text.strip()]


def cell_texts(cell) -> list[str]:
    return [p.text for p in cell.paragraphs if p.text.strip()]


def test_it_urges_the_agencies_missing_or_returned_but_never_the_focal_agency(world, period, today):
    a = world.agencies
    fill(world, period, a["sngv"], tasks={})
    report_return(user=world.officer, report=report_of(period, a["sngv"]), comment="Bổ sung.")
    fill(world, period, a["kieu_bao"], tasks={})
    report_return(user=world.officer, report=report_of(period, a["kieu_bao"]), comment="Bổ sung.")
    assert [(r.agency.name, state) for r, state in urging_targets(period, today=today)] == [
        ("Các sở, ban, ngành", "missing"),
        ("Hội Thân nhân kiều bào tỉnh", "returned"),
    ]


def test_it_urges_no_one_before_the_deadline(period):
    assert urging_targets(period, today=period.deadline) == []


def test_it_writes_the_header_of_an_official_letter_from_the_focal_agency(period, today):
    document = urging_letter_docx(period, today=today)
    header = document.tables[0]
    assert cell_texts(header.cell(0, 0)) == ["UBND TỈNH ĐẮK LẮK", "SỞ NGOẠI VỤ"]
    assert cell_texts(header.cell(0, 1)) == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    month = f"{today.month:02d}" if today.month <= 2 else str(today.month)
    assert cell_texts(header.cell(1, 0)) == [
        f"Số:{' ' * 10}/SNgV-{' ' * 4}",
        "V/v đôn đốc báo cáo kết quả thực hiện Kế hoạch Ngoại giao văn hóa năm 2024 của tỉnh Đắk Lắk 6 tháng đầu "
        "năm 2024",
    ]
    assert cell_texts(header.cell(1, 1)) == [f"Đắk Lắk, ngày {today.day:02d} tháng {month} năm {today.year}"]


def test_it_addresses_the_agencies_still_missing(period, today):
    lines = texts(urging_letter_docx(period, today=today))
    assert lines[:3] == ["Kính gửi:", "- Các sở, ban, ngành;", "- Hội Thân nhân kiều bào tỉnh."]


def test_it_writes_one_addressee_on_the_line_of_kinh_gui(world, period, today):
    fill(world, period, world.agencies["cac_so"], tasks={})
    assert texts(urging_letter_docx(period, today=today))[0] == "Kính gửi: Hội Thân nhân kiều bào tỉnh."


def test_it_cites_the_plan_the_deadline_passed_and_the_new_one(world, period, today):
    fill(world, period, world.agencies["cac_so"], tasks={})
    report_return(user=world.officer, report=report_of(period, world.agencies["cac_so"]), comment="Bổ sung.")
    lines = texts(urging_letter_docx(period, today=today))
    deadline, new_deadline = format_date(period.deadline), format_date(today + datetime.timedelta(days=5))
    assert lines[3:7] == [
        "Thực hiện Kế hoạch số 15/KH-UBND ngày 05 tháng 02 năm 2024 của UBND tỉnh về Ngoại giao văn hóa năm 2024 "
        "của tỉnh Đắk Lắk, Sở Ngoại vụ đã đề nghị các cơ quan, đơn vị báo cáo kết quả thực hiện 6 tháng đầu năm "
        f"2024 (số liệu từ ngày 15/12/2023 đến ngày 14/06/2024) và gửi báo cáo chậm nhất ngày {deadline} để tổng "
        "hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Ngoại giao.",
        "Đến nay, đã quá thời hạn nêu trên nhưng các cơ quan, đơn vị có tên tại phần Kính gửi chưa gửi báo cáo "
        "(trong đó, báo cáo của Các sở, ban, ngành đã được trả lại để bổ sung, hoàn thiện nhưng chưa được gửi "
        "lại), ảnh hưởng đến việc tổng hợp chung của tỉnh.",
        "Để kịp thời tổng hợp, báo cáo theo quy định, Sở Ngoại vụ đề nghị các cơ quan, đơn vị khẩn trương hoàn "
        "thành và gửi báo cáo kết quả thực hiện 6 tháng đầu năm 2024 về Sở Ngoại vụ chậm nhất ngày "
        f"{new_deadline}.",
        "Sở Ngoại vụ đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./.",
    ]


def test_it_ends_with_the_recipients_and_the_directors_signature(period, today):
    bottom = urging_letter_docx(period, today=today).tables[-1]
    assert cell_texts(bottom.cell(0, 0)) == ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (để b/c);", "- Lưu: VT."]
    assert cell_texts(bottom.cell(0, 1)) == ["GIÁM ĐỐC"]


def test_it_names_the_plan_by_its_title_when_it_has_no_number(world, period, today):
    world.plan.document.number = ""
    world.plan.document.save()
    period.refresh_from_db()
    assert texts(urging_letter_docx(period, today=today))[3].startswith(
        "Thực hiện Kế hoạch Ngoại giao văn hóa năm 2024 của tỉnh Đắk Lắk, Sở Ngoại vụ đã đề nghị"
    )


# The view and the button on the period page.


@pytest.fixture
def late_period(world):
    """A period whose deadline passed three days ago, with every report still a draft."""
    return open_period(world, days_left=-3)


def test_it_downloads_the_letter_for_the_officer(world, client_for, late_period):
    response = client_for(world.officer).get(reverse("reporting:urging_word", args=[late_period.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == DOCX_TYPE
    assert response["Content-Disposition"] == 'attachment; filename="Cong-van-don-doc-2024-H1.docx"'
    lines = texts(docx.Document(io.BytesIO(response.content)))
    assert lines[:4] == [
        "Kính gửi:",
        "- Các sở, ban, ngành;",
        "- Hội Thân nhân kiều bào tỉnh;",
        "- Sở Văn hóa, Thể thao và Du lịch.",
    ]


def test_it_sends_the_officer_back_when_no_one_is_late(world, client_for, period):
    response = client_for(world.officer).get(reverse("reporting:urging_word", args=[period.pk]), follow=True)
    assert response.redirect_chain == [(reverse("reporting:period", args=[period.pk]), 302)]
    assert [str(m) for m in response.context["messages"]] == [
        "Không có cơ quan nào chậm nộp báo cáo: không có ai cần đôn đốc."
    ]


@pytest.mark.parametrize(
    ("who", "shown"),
    [("officer", True), ("admin", True), ("leader", False), ("ministry", False), ("focal_point", False)],
)
def test_it_shows_the_button_to_officers_when_agencies_are_missing(world, client_for, late_period, who, shown):
    response = client_for(getattr(world, who)).get(reverse("reporting:period", args=[late_period.pk]))
    url = reverse("reporting:urging_word", args=[late_period.pk])
    assert (url in response.content.decode()) is shown


def test_it_hides_the_button_while_no_one_is_late(world, client_for, period):
    response = client_for(world.officer).get(reverse("reporting:period", args=[period.pk]))
    assert reverse("reporting:urging_word", args=[period.pk]) not in response.content.decode()
