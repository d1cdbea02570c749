"""The activities and attachments on the report page: adding and removing them, what is refused (nothing saved),
downloading a file only through the report's permission, and the lead agency reading its cooperators' parts."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from huunghi.organisations.models import AgencyKind
from huunghi.organisations.services import agency_create
from huunghi.plans.services import task_create
from huunghi.reporting import services
from huunghi.reporting.models import Activity, Attachment, ReportingPeriod
from huunghi.reporting.services import activity_add, attachment_add, report_save, report_submit
from huunghi.reporting.tests.helpers import open_period, report_of, row_of

PDF = b"%PDF-1.7\n%%EOF\n"


@pytest.fixture(autouse=True)
def in_vietnamese():
    with translation.override("vi"):
        yield


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def period(world):
    return open_period(world)


@pytest.fixture
def report(world, period):
    return report_of(period, world.agencies["vhttdl"])


@pytest.fixture
def row(world, report):
    return row_of(report, world.tasks[0])


def page_of(client, report) -> str:
    return client.get(reverse("reporting:report", args=[report.pk])).content.decode()


def activity_data(row, **changes):
    values = {
        "held_on": "20/03/2024",
        "place": "Sen Monorom",
        "kind": "cultural_exchange",
        "abroad": "on",
        "country": "KH",
        "partner": "Sở Văn hóa tỉnh Mondulkiri",
        "participants": "120",
        "foreign_participants": "45",
        "languages": ["vi", "km"],
        "coverage_links": "https://baodaklak.vn/giao-luu\r\nhttps://daklak.gov.vn/tin/1",
    }
    values.update(changes)
    # The button sits in the report's form: its fields come along and are ignored.
    return {"version": "1", "results_summary": "không lưu", **{f"a{row.pk}-{k}": v for k, v in values.items()}}


def add(client, report, row, **changes):
    return client.post(reverse("reporting:activity_add", args=[report.pk, row.pk]), activity_data(row, **changes))


def test_the_agency_adds_an_activity_and_sees_it_under_the_task(world, client_for, report, row):
    client = client_for(world.focal_point)
    response = add(client, report, row)
    assert response.status_code == 302
    assert response["Location"] == reverse("reporting:report", args=[report.pk]) + f"#task-{row.pk}"
    activity = Activity.objects.get()
    assert (activity.task_report, activity.country, activity.foreign_participants) == (row, "KH", 45)
    assert activity.languages == ["vi", "km"]
    assert activity.coverage_links == ["https://baodaklak.vn/giao-luu", "https://daklak.gov.vn/tin/1"]
    report.refresh_from_db()
    assert (report.version, report.results_summary) == (1, "")
    page = page_of(client, report)
    assert "Sở Văn hóa tỉnh Mondulkiri" in page
    assert "Campuchia" in page
    assert "Tiếng Việt, Tiếng Khmer" in page
    assert 'href="https://baodaklak.vn/giao-luu"' in page


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"held_on": "15/06/2024"}, "held_on", "Hoạt động phải diễn ra trong kỳ báo cáo"),
        ({"foreign_participants": "200"}, "foreign_participants", "không được nhiều hơn tổng số người tham gia"),
        ({"participants": "-5"}, "participants", "Số người tham gia phải từ 0 trở lên."),
        ({"country": ""}, "country", "Hãy chọn quốc gia nơi diễn ra hoạt động ở nước ngoài."),
        ({"coverage_links": "https://ok.vn\r\nbaodaklak.vn/khong-co-giao-thuc"}, "coverage_links", "không phải"),
        ({"held_on": "32/13/2024"}, "held_on", "dd/mm/yyyy"),
    ],
)
def test_it_refuses_a_bad_activity_with_the_message_and_saves_nothing(
    world, client_for, report, row, changes, field, message
):
    response = add(client_for(world.focal_point), report, row, **changes)
    assert response.status_code == 200
    form = response.context["form"].task_reports[0].activity_form
    assert message in " ".join(form.errors[field])
    page = response.content.decode()
    assert message in page.replace("&quot;", '"').replace("&#x27;", "'")
    assert "Chưa thêm được hoạt động: xem biểu mẫu dưới nhiệm vụ II.1." in page
    assert not Activity.objects.exists()


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("other_focal_point", 404),
        ("outsider", 404),
        ("officer", 403),
        ("leader", 403),
        ("finance", 403),
        ("ministry", 403),
        (None, 302),
    ],
)
def test_it_refuses_activities_from_outside_the_agency(world, client_for, report, row, who, status):
    response = add(client_for(getattr(world, who) if who else None), report, row)
    assert response.status_code == status
    if who is None:
        assert response["Location"].startswith(reverse("login"))
    assert not Activity.objects.exists()


def test_it_refuses_an_activity_after_the_deadline_with_a_message(world, client_for, report, row):
    ReportingPeriod.objects.filter(pk=report.period_id).update(deadline=timezone.localdate() - datetime.timedelta(1))
    client = client_for(world.focal_point)
    response = add(client, report, row)
    assert response.status_code == 302
    assert "không thể nhập báo cáo" in client.get(response["Location"]).content.decode()
    assert not Activity.objects.exists()
    assert "Thêm hoạt động" not in page_of(client, report)


def test_the_agency_deletes_an_activity_and_nobody_else_can(world, client_for, report, row):
    activity = activity_add(
        user=world.focal_point, task_report=row, held_on=datetime.date(2024, 3, 1), place="Buôn Ma Thuột", kind="other"
    )
    url = reverse("reporting:activity_delete", args=[report.pk, activity.pk])
    assert client_for(world.other_focal_point).post(url).status_code == 404
    assert client_for(world.officer).post(url).status_code == 403
    assert Activity.objects.count() == 1
    assert client_for(world.focal_point).post(url).status_code == 302
    assert not Activity.objects.exists()


def upload(client, report, name, content, title="Báo cáo có chữ ký"):
    return client.post(
        reverse("reporting:attachment_add", args=[report.pk]),
        {"file": SimpleUploadedFile(name, content), "title": title},
    )


def test_the_agency_attaches_a_file_that_its_readers_download(world, client_for, report, media):
    client = client_for(world.focal_point)
    assert upload(client, report, "bao-cao.pdf", PDF).status_code == 302
    attachment = Attachment.objects.get()
    assert (media / attachment.file.name).read_bytes() == PDF
    assert "Báo cáo có chữ ký" in page_of(client, report)
    url = reverse("reporting:attachment", args=[report.pk, attachment.pk])
    for who in ("focal_point", "officer", "leader", "ministry"):
        response = client_for(getattr(world, who)).get(url)
        assert response.status_code == 200, who
        assert b"".join(response.streaming_content) == PDF
        assert 'filename="bao-cao.pdf"' in response["Content-Disposition"]
    for who in ("other_focal_point", "outsider"):
        assert client_for(getattr(world, who)).get(url).status_code == 404, who
    assert client_for(None).get(url)["Location"].startswith(reverse("login"))
    other = report_of(report.period, world.agencies["sngv"])
    wrong_report = reverse("reporting:attachment", args=[other.pk, attachment.pk])
    assert client_for(world.officer).get(wrong_report).status_code == 404


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("virus.exe", b"MZ\x90\x00", "Hãy đính kèm tệp PDF, Word, Excel, JPEG hoặc PNG"),
        ("gia-mao.pdf", b"MZ\x90\x00", "không phải là tệp .pdf"),
        ("gia-mao.docx", PDF, "không phải là tệp .docx"),
    ],
)
def test_it_refuses_a_wrong_or_spoofed_file_and_stores_nothing(
    world, client_for, report, media, name, content, message
):
    response = upload(client_for(world.focal_point), report, name, content)
    assert response.status_code == 200
    assert message in " ".join(response.context["attachment_form"].errors["file"])
    assert not Attachment.objects.exists()
    assert not media.exists() or not any(media.rglob("*.*"))


def test_it_refuses_a_file_over_the_limit(world, client_for, report, media, monkeypatch):
    monkeypatch.setattr(services, "MAX_ATTACHMENT_BYTES", 1024 * 1024)
    response = upload(client_for(world.focal_point), report, "lon.pdf", PDF + b"0" * 1024 * 1024)
    assert response.context["attachment_form"].errors["file"] == ["Tệp lớn hơn 1 MB."]
    assert not Attachment.objects.exists()


@pytest.mark.parametrize(("who", "status"), [("other_focal_point", 404), ("outsider", 404), ("leader", 403)])
def test_it_refuses_files_from_outside_the_agency(world, client_for, report, media, who, status):
    attached = attachment_add(user=world.focal_point, report=report, upload=SimpleUploadedFile("a.pdf", PDF))
    client = client_for(getattr(world, who))
    assert upload(client, report, "b.pdf", PDF).status_code == status
    delete = reverse("reporting:attachment_delete", args=[report.pk, attached.pk])
    assert client.post(delete).status_code == status
    assert list(Attachment.objects.values_list("original_name", flat=True)) == ["a.pdf"]


def test_the_agency_removes_a_file(world, client_for, report, media, django_capture_on_commit_callbacks):
    attached = attachment_add(user=world.focal_point, report=report, upload=SimpleUploadedFile("a.pdf", PDF))
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(world.focal_point).post(
            reverse("reporting:attachment_delete", args=[report.pk, attached.pk])
        )
    assert response.status_code == 302
    assert not Attachment.objects.exists()
    assert not (media / attached.file.name).exists()


def cooperate(world, period, *, submit=True):
    """Sở Ngoại vụ, cooperating on II.1 (led by Sở VHTTDL), reports its part with an activity."""
    sngv = report_of(period, world.agencies["sngv"])
    row = row_of(sngv, world.tasks[0])
    activity_add(
        user=world.officer,
        task_report=row,
        held_on=datetime.date(2024, 4, 2),
        place="Buôn Ma Thuột",
        kind="delegation_in",
        partner="Đoàn nghệ thuật Mondulkiri",
        participants=30,
        foreign_participants=12,
    )
    sngv = report_save(
        user=world.officer, report=sngv, version=sngv.version, tasks={row.pk: {"status": "done", "progress": 100,
        "results": "Đã đón đoàn nghệ thuật Mondulkiri."}},
    )  # fmt: skip
    if submit:
        report_submit(user=world.officer, report=sngv)
    return sngv


def test_the_lead_agency_sees_what_its_cooperators_sent(world, client_for, period, report):
    cooperate(world, period)
    page = page_of(client_for(world.focal_point), report)
    assert "Nội dung các cơ quan phối hợp đã báo cáo" in page
    assert "Đã đón đoàn nghệ thuật Mondulkiri." in page
    assert "Đoàn nghệ thuật Mondulkiri" in page


def test_the_lead_agency_does_not_see_a_cooperators_draft(world, client_for, period, report):
    cooperate(world, period, submit=False)
    page = page_of(client_for(world.focal_point), report)
    assert "Đã đón đoàn nghệ thuật Mondulkiri." not in page
    assert "Nội dung các cơ quan phối hợp đã báo cáo" not in page


def test_a_cooperating_agency_does_not_see_the_leads_part(world, client_for, period, report, row):
    activity_add(
        user=world.focal_point, task_report=row, held_on=datetime.date(2024, 3, 1), place="Bí mật", kind="other"
    )
    report_save(user=world.focal_point, report=report, version=1, tasks={row.pk: {"results": "Phần của VHTTDL"}})
    report_submit(user=world.focal_point, report=report_of(period, world.agencies["vhttdl"]))
    sngv = cooperate(world, period)
    page = page_of(client_for(world.officer), sngv)
    assert "Phần của VHTTDL" not in page
    assert "Bí mật" not in page


def test_the_report_page_reads_in_a_fixed_number_of_queries(world, client_for, period, report):
    client = client_for(world.focal_point)
    cooperate(world, period)
    with CaptureQueriesContext(connection) as small:
        assert client.get(reverse("reporting:report", args=[report.pk])).status_code == 200

    extra = [agency_create(province=world.dak_lak, name=f"Sở số {i}", kind=AgencyKind.DEPARTMENT) for i in range(4)]
    for i in range(8):
        task_create(
            plan=world.plan, code=f"III.{i}", content=f"Nhiệm vụ {i}", lead=[world.agencies["vhttdl"]],
            cooperating=[extra[i % 4], extra[(i + 1) % 4]],
        )  # fmt: skip
    bigger = open_period(world, kind="annual")
    for agency in extra:
        other = report_of(bigger, agency)
        for part in other.task_reports.all():
            activity_add(
                user=world.admin, task_report=part, held_on=datetime.date(2024, 5, 1), place="Hà Nội", kind="other"
            )
        report_submit(user=world.admin, report=other)
    lead = report_of(bigger, world.agencies["vhttdl"])
    for part in lead.task_reports.all():
        activity_add(user=world.admin, task_report=part, held_on=datetime.date(2024, 5, 2), place="Huế", kind="other")
    with CaptureQueriesContext(connection) as large:
        response = client.get(reverse("reporting:report", args=[lead.pk]))
    assert response.content.decode().count("Nội dung các cơ quan phối hợp đã báo cáo") == 8
    assert len(large) == len(small)
