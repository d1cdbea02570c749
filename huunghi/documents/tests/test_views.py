import datetime

from django.urls import reverse

from huunghi.documents.models import CitationRelation, DocumentType
from huunghi.documents.services import citation_add, document_create
from huunghi.organisations.models import AgencyKind
from huunghi.organisations.services import agency_create


def test_it_follows_the_chain_of_documents_both_ways(world, client_for):
    ttg = agency_create(province=None, name="Thủ tướng Chính phủ", kind=AgencyKind.CENTRAL)
    strategy = document_create(
        doc_type=DocumentType.DECISION,
        issuer=ttg,
        number="2013/QĐ-TTg",
        issued_on=datetime.date(2021, 11, 30),
        title="Phê duyệt Chiến lược Ngoại giao văn hóa đến năm 2030",
    )
    action_plan = document_create(
        doc_type=DocumentType.PLAN,
        issuer=world.agencies["ubnd"],
        number="60/KH-UBND",
        issued_on=datetime.date(2022, 3, 14),
        title="Kế hoạch hành động triển khai Chiến lược Ngoại giao văn hóa",
    )
    citation_add(citing=action_plan, cited=strategy, relation=CitationRelation.IMPLEMENTS)
    citation_add(citing=world.plan.document, cited=action_plan, relation=CitationRelation.IMPLEMENTS)
    client = client_for(world.leader)

    middle = client.get(reverse("documents:detail", args=[action_plan.pk])).context
    assert [c.cited.number for c in middle["cites"]] == ["2013/QĐ-TTg"]
    assert [c.citing.number for c in middle["cited_by"]] == ["15/KH-UBND"]
    top = client.get(reverse("documents:detail", args=[strategy.pk])).context
    assert [c.citing.number for c in top["cited_by"]] == ["60/KH-UBND"]
    plan_page = client.get(reverse("plans:detail", args=[world.plan.pk]))
    assert [c.cited.number for c in plan_page.context["cites"]] == ["60/KH-UBND"]


def test_it_hides_what_cites_a_national_document_from_other_provinces(world, client_for):
    ttg = agency_create(province=None, name="Thủ tướng Chính phủ", kind=AgencyKind.CENTRAL)
    directive = document_create(doc_type=DocumentType.DIRECTIVE, issuer=ttg, number="25/CT-TTg", title="Chỉ thị")
    citation_add(citing=world.plan.document, cited=directive)
    page = client_for(world.outsider).get(reverse("documents:detail", args=[directive.pk]))
    assert page.status_code == 200
    assert page.context["cited_by"] == []


def test_it_registers_a_document_with_its_file(world, client_for, settings, tmp_path):
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.MEDIA_ROOT = tmp_path
    upload = SimpleUploadedFile("ke-hoach.pdf", b"%PDF-1.4 test", content_type="application/pdf")
    response = client_for(world.officer).post(
        reverse("documents:create"),
        {
            "doc_type": "letter",
            "number": "87/SNgV-LSLTBC",
            "issuer": world.agencies["sngv"].pk,
            "issued_on": "02/02/2018",
            "title": "Đề xuất kế hoạch",
            "file": upload,
        },
    )
    assert response.status_code == 302
    document = world.agencies["sngv"].documents.get(number="87/SNgV-LSLTBC")
    assert document.issued_on == datetime.date(2018, 2, 2)
    assert document.file.read() == b"%PDF-1.4 test"


def test_it_refuses_a_file_of_a_type_it_does_not_keep(world, client_for):
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = client_for(world.officer).post(
        reverse("documents:create"),
        {
            "doc_type": "letter",
            "number": "88/SNgV",
            "issuer": world.agencies["sngv"].pk,
            "title": "Công văn",
            "file": SimpleUploadedFile("virus.exe", b"MZ"),
        },
    )
    assert response.context["form"].errors["file"]
    assert not world.agencies["sngv"].documents.filter(number="88/SNgV").exists()
