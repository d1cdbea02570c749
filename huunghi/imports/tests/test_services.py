"""Importing a plan file: the draft, the reviewer's corrections, and the plan it becomes."""

import datetime
import hashlib

import pytest
from django.utils import translation

from huunghi.core.errors import DomainError
from huunghi.documents.models import Citation, LegalDocument
from huunghi.documents.services import document_create
from huunghi.imports.draft import SKIP, chosen_agency, plan_years
from huunghi.imports.models import DraftStatus, ImportDraft
from huunghi.imports.services import STUB_TITLE, draft_confirm, draft_discard, draft_problems, draft_update
from huunghi.imports.tests.helpers import (
    extraction_of,
    import_extraction,
    import_text,
    many_lines,
    plan_docx,
    plan_text,
)
from huunghi.organisations.models import AgencyKind
from huunghi.organisations.services import agency_create
from huunghi.plans.models import Assignment, Plan, Task


@pytest.fixture(autouse=True)
def in_vietnamese():
    with translation.override("vi"):
        yield


def names(task, role):
    return [(n["written"], n["status"], n["agency_id"]) for n in task[role]]


def assignments(plan):
    return [
        (a.task.code, a.role, a.agency.name, a.as_written)
        for a in Assignment.objects.filter(task__plan=plan)
        .select_related("task", "agency")
        .order_by("task__position", "role", "position")
    ]


# -- reading a file into a draft ------------------------------------------------------------------------------


def test_it_reads_a_text_file_into_a_draft_with_every_name_resolved(world):
    data = plan_text().encode("utf-8")
    draft = import_text(world)
    ag = world.agencies

    assert (draft.status, draft.province, draft.created_by, draft.file_name) == (
        DraftStatus.DRAFT, world.dak_lak, world.officer, "ke-hoach.txt"
    )  # fmt: skip
    assert (draft.sha256, draft.file_size) == (hashlib.sha256(data).hexdigest(), len(data))
    assert "tỉnh Mondulkiri" in draft.text
    document = draft.data["document"]
    assert (document["number"], document["issued"], document["issuer_id"]) == (
        "21/KH-UBND", "2025-01-10", ag["ubnd"].pk
    )  # fmt: skip
    assert draft.data["plan"] == {"kind": "yearly", "start_year": 2025, "end_year": 2025}
    tasks = draft.data["tasks"]
    assert [t["code"] for t in tasks] == ["II.1.a", "II.1.b", "II.2"]
    assert names(tasks[0], "lead") == [("Sở Văn hóa, Thể thao và Du lịch", "exact", ag["vhttdl"].pk)]
    assert names(tasks[0], "cooperating") == [
        ("Sở Ngoại vụ", "exact", ag["sngv"].pk),
        ("Sở Y tế", "exact", ag["yte"].pk),
    ]
    assert names(tasks[2], "cooperating") == [("Các sở, ban, ngành", "group", ag["cac_so"].pk)]
    assert tasks[0]["timing"] == "Quý II"
    assert draft.replaces_plan is None


def test_it_keeps_where_each_field_was_read_and_how_sure_the_reader_was(world):
    draft = import_text(world)
    start, end = draft.data["document"]["spans"]["number"]
    assert draft.text[start:end] == "21/KH-UBND"
    task = draft.data["tasks"][0]
    assert "Mondulkiri" in draft.text[task["span"][0] : task["span"][1]]
    assert 0 < task["confidence"] <= 1
    assert all(0 <= value <= 1 for value in draft.data["document"]["confidence"].values())


def test_it_reads_a_word_file_the_same_way(world):
    from huunghi.imports.services import draft_create

    draft = draft_create(
        user=world.officer, province=world.dak_lak, filename="Kế hoạch 21.docx", data=plan_docx(plan_text())
    )
    assert draft.file_format == "docx"
    assert [t["code"] for t in draft.data["tasks"]] == ["II.1.a", "II.1.b", "II.2"]
    assert draft.data["document"]["number"] == "21/KH-UBND"


@pytest.mark.parametrize(
    ("filename", "data", "message"),
    [
        ("ke-hoach.txt", b"", "Tệp rỗng."),
        ("ke-hoach.txt", bytes(range(256)) * 64, "Tệp này không chứa văn bản: có phải là ảnh hay chương trình?"),
        (
            "ke-hoach.xlsx",
            b"PK\x03\x04 not a plan",
            "Không đọc được loại tệp này. Hãy tải lên tệp .docx, .doc, .pdf, .txt, .html hoặc .htm.",
        ),
        ("ke-hoach.docx", b"PK\x03\x04 broken zip", "Tệp bị hỏng, không mở được."),
    ],
    ids=["empty", "binary", "unsupported", "broken"],
)
def test_it_refuses_a_file_it_cannot_read_and_stores_nothing(world, filename, data, message):
    from huunghi.imports.services import draft_create

    with pytest.raises(DomainError) as refused:
        draft_create(user=world.officer, province=world.dak_lak, filename=filename, data=data)
    assert (refused.value.field, refused.value.message) == ("file", message)
    assert not ImportDraft.objects.exists()


def test_it_refuses_a_file_over_the_limit(world, monkeypatch):
    monkeypatch.setattr("huunghi.text.readers.MAX_FILE_BYTES", 1024 * 1024)
    with pytest.raises(DomainError) as refused:
        import_text(world, plan_text() + "x" * (1024 * 1024))
    assert refused.value.message == "Tệp quá lớn: giới hạn là 1 MB."
    assert not ImportDraft.objects.exists()


def test_it_gives_the_reason_in_english_to_an_english_user(world):
    from huunghi.imports.services import draft_create

    with translation.override("en"), pytest.raises(DomainError) as refused:
        draft_create(user=world.officer, province=world.dak_lak, filename="ke-hoach.txt", data=b"")
    assert str(refused.value.message) == "The file is empty."


def test_it_puts_a_former_provinces_document_in_that_province(world, monkeypatch):
    extraction = extraction_of(many_lines(3))
    extraction.document.province = "Phú Yên"
    draft = import_extraction(world, monkeypatch, extraction)
    assert draft.province == world.phu_yen
    assert names(draft.data["tasks"][0], "lead") == [("Sở Ngoại vụ", "exact", world.old_agencies["sngv"].pk)]


# -- the years of a plan ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "issued", "expected"),
    [
        ("Kế hoạch Ngoại giao văn hóa năm 2024", datetime.date(2023, 12, 20), ("yearly", 2024, 2024)),
        ("TRIỂN KHAI CÔNG TÁC NGOẠI GIAO VĂN HÓA TRÊN ĐỊA BÀN TỈNH NĂM 2018", None, ("yearly", 2018, 2018)),
        (
            "Triển khai Chiến lược Ngoại giao văn hóa đến năm 2030",
            datetime.date(2022, 3, 14),
            ("multi_year", 2022, 2030),
        ),
        ("Thực hiện Chỉ thị 25/CT-TTg giai đoạn 2022-2026", datetime.date(2022, 6, 1), ("multi_year", 2022, 2026)),
        ("Kế hoạch công tác đối ngoại", datetime.date(2021, 2, 1), ("yearly", 2021, 2021)),
        ("Kế hoạch công tác đối ngoại", None, ("yearly", None, None)),
    ],
)
def test_it_reads_the_plans_years_from_its_title(title, issued, expected):
    assert plan_years(title, issued) == expected


# -- the reviewer's corrections ------------------------------------------------------------------------------------


def test_it_records_the_reviewers_corrections(world):
    draft = import_text(world)
    ag = world.agencies
    tasks = [{} for _ in draft.data["tasks"]]
    tasks[0] = {
        "code": "II.1.1",
        "title": "Giao lưu",
        "lead": [ag["sngv"].pk],
        "cooperating": [SKIP, None],
        "add_cooperating": [ag["tc"].pk],
    }
    draft_update(
        user=world.officer,
        draft=draft,
        data={
            "document": {"title": "Ngoại giao văn hóa năm 2025", "issued_on": datetime.date(2025, 1, 12)},
            "plan": {"start_year": 2025, "end_year": 2025, "kind": "yearly"},
            "tasks": tasks,
            "citations": [{"keep": False} for _ in draft.data["citations"]],
        },
    )
    draft.refresh_from_db()
    task = draft.data["tasks"][0]
    assert (draft.data["document"]["title"], draft.data["document"]["issued"]) == (
        "Ngoại giao văn hóa năm 2025", "2025-01-12"
    )  # fmt: skip
    assert (task["code"], task["title"]) == ("II.1.1", "Giao lưu")
    assert [chosen_agency(n) for n in task["lead"]] == [ag["sngv"].pk]
    assert [chosen_agency(n) for n in task["cooperating"]] == [SKIP, ag["yte"].pk, ag["tc"].pk]
    assert not any(c["keep"] for c in draft.data["citations"])


def test_it_refuses_an_agency_of_another_province_and_keeps_the_draft(world):
    draft = import_text(world)
    before = draft.data
    tasks = [{} for _ in draft.data["tasks"]]
    tasks[0] = {"lead": [world.other_agencies["sngv"].pk]}
    with pytest.raises(DomainError) as refused:
        draft_update(user=world.officer, draft=draft, data={"tasks": tasks})
    assert refused.value.field == "task-0-lead_0"
    draft.refresh_from_db()
    assert draft.data == before


# -- confirming -------------------------------------------------------------------------------------------------


def test_it_confirms_a_draft_into_a_plan_with_its_document_tasks_and_assignments(world):
    draft = import_text(world)
    plan = draft_confirm(user=world.officer, draft=draft)
    ag = world.agencies

    draft.refresh_from_db()
    assert (draft.status, draft.plan) == (DraftStatus.CONFIRMED, plan)
    assert (plan.province, plan.kind, plan.start_year, plan.end_year) == (world.dak_lak, "yearly", 2025, 2025)
    document = plan.document
    assert (document.number, document.issued_on, document.issuer, document.doc_type) == (
        "21/KH-UBND", datetime.date(2025, 1, 10), ag["ubnd"], "plan"
    )  # fmt: skip
    assert (document.signer_name, document.signer_title, document.place) == ("Nguyễn Văn An", "PHÓ CHỦ TỊCH", "Đắk Lắk")
    assert document.text == draft.text
    # An item's heading that is its section's title is shown once, by the section.
    assert list(plan.tasks.values_list("code", "position", "timing", "title")) == [
        ("II.1.a", 1, "Quý II", ""),
        ("II.1.b", 2, "Tháng 1", ""),
        ("II.2", 3, "Cả năm", "Tuyên truyền về ngoại giao văn hóa"),
    ]
    assert assignments(plan) == [
        ("II.1.a", "cooperating", "Sở Ngoại vụ", "Sở Ngoại vụ"),
        ("II.1.a", "cooperating", "Sở Y tế", "Sở Y tế"),
        ("II.1.a", "lead", "Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
        ("II.1.b", "cooperating", "Hội Thân nhân kiều bào tỉnh", "Hội Thân nhân kiều bào tỉnh"),
        ("II.1.b", "lead", "Sở Ngoại vụ", "Sở Ngoại vụ"),
        ("II.2", "cooperating", "Các sở, ban, ngành", "Các sở, ban, ngành"),
        ("II.2", "lead", "Sở Ngoại vụ", "Sở Ngoại vụ"),
    ]
    assert plan.tasks.get(code="II.1.a").section.code == "II.1"


def test_it_links_a_citation_to_the_register_or_registers_a_stub(world):
    prime_minister = agency_create(
        province=None, name="Thủ tướng Chính phủ", kind=AgencyKind.CENTRAL, abbreviations=["TTg"]
    )
    documents = LegalDocument.objects.count()
    draft = import_text(world)
    plan = draft_confirm(user=world.officer, draft=draft)

    cited = {c.cited.number: c.cited for c in Citation.objects.filter(citing=plan.document).select_related("cited")}
    assert set(cited) == {"15/KH-UBND", "2013/QĐ-TTg"}
    assert cited["15/KH-UBND"] == world.plan.document
    stub = cited["2013/QĐ-TTg"]
    assert (stub.issuer, stub.issued_on, stub.doc_type, stub.text) == (
        prime_minister, datetime.date(2021, 11, 30), "decision", ""
    )  # fmt: skip
    assert stub.title in (STUB_TITLE, draft.data["citations"][0]["title"])
    assert LegalDocument.objects.count() == documents + 2  # the plan's and the stub


def test_it_refuses_to_confirm_while_a_name_is_unmatched_and_saves_nothing(world):
    draft = import_text(world, plan_text(extra="; Trung tâm Xúc tiến Du lịch Hòa Bình"))
    counts = (Plan.objects.count(), Task.objects.count(), LegalDocument.objects.count())

    with pytest.raises(DomainError) as refused:
        draft_confirm(user=world.officer, draft=draft)
    assert "“Trung tâm Xúc tiến Du lịch Hòa Bình”" in refused.value.message
    assert [p.field for p in draft_problems(draft)] == ["task-2-cooperating"]
    assert (Plan.objects.count(), Task.objects.count(), LegalDocument.objects.count()) == counts
    draft.refresh_from_db()
    assert draft.status == DraftStatus.DRAFT

    tasks = [{} for _ in draft.data["tasks"]]
    tasks[2] = {"cooperating": [None, SKIP]}
    draft_update(user=world.officer, draft=draft, data={"tasks": tasks})
    plan = draft_confirm(user=world.officer, draft=draft)
    assert [a[2] for a in assignments(plan) if a[0] == "II.2"] == ["Các sở, ban, ngành", "Sở Ngoại vụ"]


def test_it_offers_the_same_file_as_an_update_and_replaces_the_tasks_in_the_same_plan(world):
    plan = draft_confirm(user=world.officer, draft=import_text(world))
    plans = Plan.objects.count()

    again = import_text(world)
    assert again.replaces_plan == plan
    tasks = [{} for _ in again.data["tasks"]]
    tasks[1] = {"removed": True}
    tasks[2] = {"code": "II.3", "content": "Tuyên truyền trên báo chí"}
    draft_update(user=world.officer, draft=again, data={"tasks": tasks})
    updated = draft_confirm(user=world.officer, draft=again, update_existing=True)

    assert (updated.pk, updated.document_id) == (plan.pk, plan.document_id)
    assert Plan.objects.count() == plans
    assert list(updated.tasks.values_list("code", "content")) == [
        ("II.1.a", again.data["tasks"][0]["content"]),
        ("II.3", "Tuyên truyền trên báo chí"),
    ]
    assert updated.sections.filter(code="II.1").count() == 1


def test_it_recognises_a_plan_by_its_number_and_year(world):
    same = import_text(world, plan_text(number="15/KH-UBND", year=2024))
    assert same.replaces_plan == world.plan
    next_year = import_text(world, plan_text(number="15/KH-UBND", year=2025))
    assert next_year.replaces_plan is None


def test_it_refuses_a_second_plan_with_the_same_number_when_not_updating(world):
    draft = import_text(world, plan_text(number="15/KH-UBND", year=2024))
    with pytest.raises(DomainError) as refused:
        draft_confirm(user=world.officer, draft=draft, update_existing=False)
    assert "15/KH-UBND" in refused.value.message
    assert Plan.objects.filter(document__number="15/KH-UBND").count() == 1


def test_it_refuses_two_tasks_with_the_same_code(world, monkeypatch):
    extraction = extraction_of(many_lines(3))
    extraction.tasks[1].code = "II.1"
    draft = import_extraction(world, monkeypatch, extraction)
    assert [(p.field, p.message) for p in draft_problems(draft)] == [
        ("task-1-code", "Hai nhiệm vụ cùng mã II.1; hãy cho mỗi nhiệm vụ một mã riêng.")
    ]


def test_it_refuses_to_change_or_confirm_a_draft_again(world):
    draft = import_text(world)
    draft_confirm(user=world.officer, draft=draft)
    with pytest.raises(DomainError):
        draft_update(user=world.officer, draft=draft, data={"document": {"title": "X"}})
    with pytest.raises(DomainError):
        draft_confirm(user=world.officer, draft=draft)
    with pytest.raises(DomainError):
        draft_discard(user=world.officer, draft=draft)


def test_it_discards_a_draft(world):
    draft = draft_discard(user=world.officer, draft=import_text(world))
    assert ImportDraft.objects.get(pk=draft.pk).status == DraftStatus.DISCARDED


def test_it_takes_a_citations_issuer_from_its_number_when_the_text_does_not_name_it(world, monkeypatch):
    prime_minister = agency_create(
        province=None, name="Thủ tướng Chính phủ", kind=AgencyKind.CENTRAL, abbreviations=["TTg"]
    )
    extraction = extraction_of(many_lines(3))
    extraction.citations[0].number, extraction.citations[0].doc_type = "2013/QĐ-TTg", "decision"
    extraction.citations[0].issuer = None
    draft = import_extraction(world, monkeypatch, extraction)
    citation = draft.data["citations"][0]
    assert (citation["issuer_id"], citation["issuer_guessed"]) == (prime_minister.pk, True)

    plan = draft_confirm(user=world.officer, draft=draft)
    assert plan.document.citations.get().cited.issuer == prime_minister


def test_it_never_links_a_citation_to_another_provinces_document_with_the_same_number(world, monkeypatch):
    an_giangs = document_create(
        doc_type="plan", issuer=world.other_agencies["ubnd"], title="Kế hoạch hành động", number="60/KH-UBND"
    )
    extraction = extraction_of(many_lines(3))
    extraction.citations[0].number, extraction.citations[0].issuer = "60/KH-UBND", None
    draft = import_extraction(world, monkeypatch, extraction)
    plan = draft_confirm(user=world.officer, draft=draft)
    stub = plan.document.citations.get().cited
    assert stub != an_giangs
    assert (stub.number, stub.issuer, stub.title, stub.text) == ("60/KH-UBND", world.agencies["ubnd"], STUB_TITLE, "")


def test_it_takes_the_chairman_as_the_committee_he_signs_for(world, monkeypatch):
    extraction = extraction_of(many_lines(3))
    extraction.document.issuer = extraction.citations[0].issuer = "Chủ tịch UBND tỉnh"
    draft = import_extraction(world, monkeypatch, extraction)
    citation = draft.data["citations"][0]
    assert (citation["issuer_id"], citation["issuer_guessed"]) == (world.agencies["ubnd"].pk, False)
    assert draft.data["document"]["issuer_resolution"]["status"] == "exact"
