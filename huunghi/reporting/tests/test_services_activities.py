"""Activities and attachments of an agency report: what is refused (with nothing saved), who may write them,
and the lock after the deadline."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from huunghi.core.errors import DomainError
from huunghi.reporting import services
from huunghi.reporting.models import Activity, AgencyReport, Attachment, ReportingPeriod
from huunghi.reporting.services import (
    activity_add,
    activity_delete,
    attachment_add,
    attachment_delete,
    report_submit,
)
from huunghi.reporting.tests.helpers import open_period, report_of, row_of

PDF = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 32
ZIP = b"PK\x03\x04" + b"\x00" * 32


@pytest.fixture(autouse=True)
def in_vietnamese():
    with translation.override("vi"):
        yield


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def report(world):
    return report_of(open_period(world), world.agencies["vhttdl"])


@pytest.fixture
def row(world, report):
    return row_of(report, world.tasks[0])


def good(**changes):
    values = {
        "held_on": datetime.date(2024, 3, 20),
        "place": "Thành phố Sen Monorom",
        "abroad": True,
        "country": "KH",
        "partner": "Sở Văn hóa tỉnh Mondulkiri",
        "kind": "cultural_exchange",
        "participants": 120,
        "foreign_participants": 45,
        "languages": ["vi", "km"],
        "coverage_links": ["https://daklak.gov.vn/tin/giao-luu-mondulkiri", "http://baodaklak.vn/a/1"],
    }
    return {**values, **changes}


def test_it_records_an_activity_with_its_details(world, row):
    activity = activity_add(user=world.focal_point, task_report=row, **good(place="  Sen Monorom  ", country="kh"))
    activity.refresh_from_db()
    assert (activity.held_on, activity.place, activity.abroad, activity.country) == (
        datetime.date(2024, 3, 20),
        "Sen Monorom",
        True,
        "KH",
    )
    assert (activity.participants, activity.foreign_participants, activity.languages) == (120, 45, ["vi", "km"])
    assert activity.coverage_links == ["https://daklak.gov.vn/tin/giao-luu-mondulkiri", "http://baodaklak.vn/a/1"]
    assert activity.created_by == world.focal_point


def test_an_activity_in_vietnam_keeps_no_country(world, row):
    activity = activity_add(user=world.focal_point, task_report=row, **good(abroad=False, country="KH"))
    assert (activity.abroad, activity.country) == (False, "")


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        (
            {"held_on": datetime.date(2024, 6, 15)},
            "held_on",
            "Hoạt động phải diễn ra trong kỳ báo cáo, từ ngày 15/12/2023 đến ngày 14/06/2024.",
        ),
        ({"held_on": datetime.date(2023, 12, 14)}, "held_on", None),
        (
            {"participants": 10, "foreign_participants": 11},
            "foreign_participants",
            "Số người nước ngoài (11) không được nhiều hơn tổng số người tham gia (10).",
        ),
        ({"participants": -1, "foreign_participants": 0}, "participants", "Số người tham gia phải từ 0 trở lên."),
        ({"foreign_participants": -3}, "foreign_participants", None),
        ({"abroad": True, "country": ""}, "country", "Hãy chọn quốc gia nơi diễn ra hoạt động ở nước ngoài."),
        ({"abroad": True, "country": "VN"}, "country", None),
        ({"abroad": True, "country": "XX"}, "country", None),
        ({"kind": "party"}, "kind", None),
        ({"place": "  "}, "place", None),
        ({"languages": ["vi", "de"]}, "languages", None),
        ({"coverage_links": ["https://ok.vn/a", "baodaklak chấm vn"]}, "coverage_links", None),
        ({"coverage_links": ["javascript:alert(1)"]}, "coverage_links", None),
    ],
)
def test_it_refuses_bad_values_and_saves_nothing(world, row, changes, field, message):
    with pytest.raises(DomainError) as error:
        activity_add(user=world.focal_point, task_report=row, **good(**changes))
    assert error.value.field == field
    if message:
        assert error.value.message == message
    assert not Activity.objects.exists()


def test_the_database_keeps_the_numbers_consistent_too(world, row):
    for values in ({"participants": -1}, {"participants": 3, "foreign_participants": 4}, {"abroad": True}):
        with pytest.raises(IntegrityError), transaction.atomic():
            Activity.objects.create(
                task_report=row, held_on=datetime.date(2024, 1, 1), place="x", kind="other", **values
            )


@pytest.mark.parametrize("who", ["other_focal_point", "leader", "officer", "outsider", "ministry"])
def test_it_refuses_an_activity_from_someone_outside_the_agency(world, row, who):
    with pytest.raises(DomainError) as error:
        activity_add(user=getattr(world, who), task_report=row, **good())
    assert error.value.code == "forbidden"
    assert not Activity.objects.exists()


def test_it_refuses_activities_after_the_lock_and_once_submitted(world, report, row):
    activity = activity_add(user=world.focal_point, task_report=row, **good())
    ReportingPeriod.objects.filter(pk=report.period_id).update(deadline=timezone.localdate() - datetime.timedelta(1))
    row.report = AgencyReport.objects.get(pk=report.pk)
    with pytest.raises(DomainError) as error:
        activity_add(user=world.focal_point, task_report=row, **good(place="Buôn Ma Thuột"))
    assert error.value.code == "locked"
    with pytest.raises(DomainError):
        activity_delete(user=world.focal_point, activity=activity)
    assert list(Activity.objects.values_list("place", flat=True)) == ["Thành phố Sen Monorom"]

    ReportingPeriod.objects.filter(pk=report.period_id).update(deadline=timezone.localdate())
    report_submit(user=world.focal_point, report=report)
    with pytest.raises(DomainError) as error:
        activity_delete(user=world.focal_point, activity=Activity.objects.get())
    assert error.value.code == "read_only"
    assert Activity.objects.count() == 1


def test_it_deletes_an_activity(world, row):
    activity = activity_add(user=world.focal_point, task_report=row, **good())
    activity_delete(user=world.focal_point, activity=activity)
    assert not Activity.objects.exists()


def upload(name, content):
    return SimpleUploadedFile(name, content)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("bao-cao.pdf", PDF),
        ("anh.PNG", PNG),
        ("anh.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 16),
        ("bang.xlsx", ZIP),
        ("van-ban.docx", ZIP),
        ("cu.doc", OLE),
        ("cu.xls", OLE),
    ],
)
def test_it_stores_an_attachment_of_each_allowed_type(
    world, report, media, django_capture_on_commit_callbacks, name, content
):
    attachment = attachment_add(user=world.focal_point, report=report, upload=upload(name, content), title="")
    assert attachment.title == name.rsplit(".", 1)[0]
    assert (attachment.original_name, attachment.size, attachment.uploaded_by) == (
        name,
        len(content),
        world.focal_point,
    )
    assert attachment.file.name.startswith(f"reports/{report.pk}/")
    stored = media / attachment.file.name
    assert stored.read_bytes() == content
    with django_capture_on_commit_callbacks(execute=True):
        attachment_delete(user=world.focal_point, attachment=attachment)
    assert not Attachment.objects.exists()
    assert not stored.exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "chuong-trinh.exe",
            b"MZ\x90\x00",
            "Hãy đính kèm tệp PDF, Word, Excel, JPEG hoặc PNG (.pdf, .docx, .doc, .xlsx, .xls, .jpg, .png).",
        ),
        ("ghi-chu.txt", b"%PDF but really text", None),
        ("khong-duoi", PDF, None),
        ("gia-mao.pdf", b"MZ\x90\x00 a program", "Nội dung của “gia-mao.pdf” không phải là tệp .pdf."),
        ("gia-mao.docx", PDF, None),
        ("gia-mao.png", b"\xff\xd8\xff\xe0 a jpeg", None),
    ],
)
def test_it_refuses_a_file_of_the_wrong_type_and_stores_nothing(world, report, media, name, content, message):
    with pytest.raises(DomainError) as error:
        attachment_add(user=world.focal_point, report=report, upload=upload(name, content), title="Tệp")
    assert error.value.field == "file"
    if message:
        assert error.value.message == message
    assert not Attachment.objects.exists()
    assert not media.exists() or not any(media.rglob("*.*"))


def test_it_refuses_a_file_over_the_limit(world, report, media, monkeypatch):
    monkeypatch.setattr(services, "MAX_ATTACHMENT_BYTES", 1024 * 1024)
    with pytest.raises(DomainError) as error:
        attachment_add(user=world.focal_point, report=report, upload=upload("lon.pdf", PDF + b"0" * 1024 * 1024))
    assert (error.value.field, error.value.message) == ("file", "Tệp lớn hơn 1 MB.")
    assert not Attachment.objects.exists()
    assert not media.exists() or not any(media.rglob("*.*"))


@pytest.mark.parametrize("who", ["other_focal_point", "leader", "officer", "outsider"])
def test_it_refuses_an_attachment_from_someone_outside_the_agency(world, report, media, who):
    with pytest.raises(DomainError) as error:
        attachment_add(user=getattr(world, who), report=report, upload=upload("a.pdf", PDF))
    assert error.value.code == "forbidden"
    assert not Attachment.objects.exists()


def test_it_refuses_attachments_after_the_lock(world, report, media):
    attachment = attachment_add(user=world.focal_point, report=report, upload=upload("a.pdf", PDF))
    ReportingPeriod.objects.filter(pk=report.period_id).update(deadline=timezone.localdate() - datetime.timedelta(1))
    with pytest.raises(DomainError) as error:
        attachment_add(user=world.focal_point, report=report, upload=upload("b.pdf", PDF))
    assert error.value.code == "locked"
    with pytest.raises(DomainError):
        attachment_delete(user=world.focal_point, attachment=Attachment.objects.get(pk=attachment.pk))
    assert list(Attachment.objects.values_list("original_name", flat=True)) == ["a.pdf"]
    assert (media / attachment.file.name).exists()
