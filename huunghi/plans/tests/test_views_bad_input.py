"""Forms refuse bad input with a message in the user's language, and save nothing."""

import pytest
from django.urls import reverse
from django.utils import translation

from huunghi.documents.models import LegalDocument
from huunghi.plans.models import Plan, Task


def task_form(world, **changes):
    data = {
        "code": "II.9",
        "content": "Đón đoàn nghệ thuật tỉnh Champasak",
        "category": "exchange",
        "lead": [world.agencies["vhttdl"].pk],
        "cooperating": [world.agencies["sngv"].pk],
    }
    data.update(changes)
    return data


def post_task(world, client_for, **changes):
    return client_for(world.officer).post(
        reverse("plans:task_create", args=[world.plan.pk]), task_form(world, **changes)
    )


def errors_of(response, field):
    return [str(e) for e in response.context["form"].errors.get(field, [])]


@pytest.fixture(autouse=True)
def in_vietnamese():
    with translation.override("vi"):
        yield


def test_it_refuses_an_end_date_before_the_start(world, client_for):
    response = post_task(world, client_for, starts_on="30/06/2024", ends_on="01/06/2024")
    assert response.status_code == 200
    assert errors_of(response, "ends_on") == ["Ngày kết thúc không được trước ngày bắt đầu."]
    assert not Task.objects.filter(code="II.9").exists()


def test_it_refuses_a_cooperating_agency_that_also_leads(world, client_for):
    response = post_task(world, client_for, cooperating=[world.agencies["vhttdl"].pk])
    assert errors_of(response, "cooperating") == [
        "Sở VHTTDL không thể vừa chủ trì vừa phối hợp trong cùng một nhiệm vụ."
    ]
    assert not Task.objects.filter(code="II.9").exists()


def test_it_refuses_a_duplicate_task_code(world, client_for):
    response = post_task(world, client_for, code="II.1")
    assert errors_of(response, "code") == ["Kế hoạch này đã có nhiệm vụ mã II.1."]
    assert world.plan.tasks.filter(code="II.1").count() == 1


def test_it_refuses_negative_money(world, client_for):
    response = post_task(world, client_for, budget_estimate="-5.000.000")
    assert errors_of(response, "budget_estimate") == ["Số tiền không được âm."]
    assert not Task.objects.filter(code="II.9").exists()


def test_it_reads_money_written_the_vietnamese_way(world, client_for):
    post_task(world, client_for, budget_estimate="1.500.000")
    assert Task.objects.get(code="II.9").budget_estimate == 1_500_000


def test_it_refuses_an_agency_of_another_province(world, client_for):
    response = post_task(world, client_for, lead=[world.other_agencies["vhttdl"].pk])
    assert response.status_code == 200
    assert errors_of(response, "lead")  # not one of the choices offered
    assert not Task.objects.filter(code="II.9").exists()


def test_it_refuses_a_date_not_written_as_dd_mm_yyyy(world, client_for):
    response = post_task(world, client_for, starts_on="31/02/2024")
    assert errors_of(response, "starts_on") == ["Nhập ngày theo dạng dd/mm/yyyy."]


def test_it_refuses_a_plan_ending_before_it_starts(world, client_for):
    count = Plan.objects.count()
    response = client_for(world.officer).post(
        reverse("plans:create"),
        {"title": "Kế hoạch giai đoạn", "kind": "multi_year", "status": "draft", "start_year": 2026, "end_year": 2022},
    )
    assert errors_of(response, "end_year") == ["Năm kết thúc không được trước năm bắt đầu."]
    assert Plan.objects.count() == count


def test_it_refuses_a_duplicate_document_number_for_the_same_issuer_and_year(world, client_for):
    count = LegalDocument.objects.count()
    response = client_for(world.officer).post(
        reverse("documents:create"),
        {
            "doc_type": "plan",
            "number": "15/KH–UBND",
            "issuer": world.agencies["ubnd"].pk,
            "issued_on": "20/03/2024",
            "title": "Kế hoạch khác",
        },
    )
    assert errors_of(response, "number") == ["Ủy ban nhân dân tỉnh Đắk Lắk đã có văn bản số 15/KH–UBND trong năm đó."]
    assert LegalDocument.objects.count() == count


def test_it_accepts_the_same_number_in_another_year(world, client_for):
    response = client_for(world.officer).post(
        reverse("documents:create"),
        {
            "doc_type": "plan",
            "number": "15/KH-UBND",
            "issuer": world.agencies["ubnd"].pk,
            "issued_on": "10/01/2025",
            "title": "Kế hoạch năm 2025",
        },
    )
    assert response.status_code == 302
    assert LegalDocument.objects.filter(number="15/KH-UBND").count() == 2


def test_it_refuses_a_document_for_another_provinces_issuer(world, client_for):
    count = LegalDocument.objects.count()
    response = client_for(world.officer).post(
        reverse("documents:create"),
        {"doc_type": "letter", "number": "1/SNgV", "issuer": world.other_agencies["sngv"].pk, "title": "Công văn"},
    )
    assert errors_of(response, "issuer")
    assert LegalDocument.objects.count() == count


def test_it_never_answers_a_broken_filter_with_an_error(world, client_for):
    client = client_for(world.officer)
    url = reverse("plans:detail", args=[world.plan.pk])
    for query in ({"agency": "x"}, {"agency": "999999"}, {"category": "<script>"}, {"year": "abc"}):
        assert client.get(url, query).status_code == 200
    assert client.get(reverse("plans:list"), {"year": "abc"}).status_code == 200
