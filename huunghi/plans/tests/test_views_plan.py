import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from huunghi.plans.models import Plan, TaskCategory
from huunghi.plans.services import task_create


def test_it_shows_the_plan_like_its_appendix(world, client_for):
    response = client_for(world.leader).get(reverse("plans:detail", args=[world.plan.pk]))
    rows = [row["code"] for row in response.context["rows"] if "code" in row]
    assert rows == ["II.1", "II.2", "II.3"]
    first = response.context["rows"][1]
    assert (first["lead"], first["cooperating"]) == (["Sở VHTTDL"], ["SNgV"])
    assert (first["timing"], first["budget"], first["category_label"]) == (
        "Quý II",
        "150.000.000",
        "Giao lưu với đối tác nước ngoài",
    )
    assert response.context["budget_total"] == 150_000_000
    assert "15/KH-UBND" in response.content.decode()


def test_it_filters_tasks_by_agency_including_the_groups_it_belongs_to(world, client_for):
    client = client_for(world.officer)
    url = reverse("plans:detail", args=[world.plan.pk])
    by_vhttdl = client.get(url, {"agency": world.agencies["vhttdl"].pk})
    # Sở VHTTDL leads II.1 and, as a department, is one of "Các sở, ban, ngành" cooperating on II.3.
    assert [r["code"] for r in by_vhttdl.context["rows"] if "code" in r] == ["II.1", "II.3"]
    by_kieu_bao = client.get(url, {"agency": world.agencies["kieu_bao"].pk})
    assert [r["code"] for r in by_kieu_bao.context["rows"] if "code" in r] == ["II.2"]


def test_it_filters_tasks_by_category(world, client_for):
    response = client_for(world.officer).get(
        reverse("plans:detail", args=[world.plan.pk]), {"category": TaskCategory.OVERSEAS_VIETNAMESE}
    )
    assert [r["code"] for r in response.context["rows"] if "code" in r] == ["II.2"]


def test_it_answers_an_htmx_filter_with_only_the_table(world, client_for):
    response = client_for(world.officer).get(
        reverse("plans:detail", args=[world.plan.pk]), {"agency": world.agencies["sngv"].pk}, HTTP_HX_REQUEST="true"
    )
    body = response.content.decode()
    assert "<table" in body and "<html" not in body


def test_it_shows_a_focal_point_only_their_agencys_tasks(world, client_for):
    response = client_for(world.focal_point).get(reverse("plans:detail", args=[world.plan.pk]))
    assert [r["code"] for r in response.context["rows"] if "code" in r] == ["II.1", "II.3"]
    assert response.context["sees_whole_plan"] is False


def test_it_shows_the_plans_of_a_former_province_to_its_successor(world, client_for):
    response = client_for(world.officer).get(reverse("plans:list"))
    titles = [p.title for p in response.context["plans"]]
    assert "Kế hoạch Ngoại giao văn hóa năm 2019 tỉnh Phú Yên" in titles
    assert "Kế hoạch số 720/KH-UBND" not in titles


def test_it_downloads_the_plan_as_word(world, client_for):
    response = client_for(world.officer).get(reverse("plans:word", args=[world.plan.pk]))
    assert response["Content-Type"].startswith("application/vnd.openxmlformats-officedocument")
    assert 'filename="Ke-hoach-15-kh-ubnd-2024.docx"' in response["Content-Disposition"]
    assert response.content[:2] == b"PK"


@pytest.mark.parametrize("who", ["officer", "focal_point", "ministry"])
def test_it_uses_the_same_number_of_queries_for_3_or_150_tasks(world, client_for, who):
    client = client_for(getattr(world, who))
    url = reverse("plans:detail", args=[world.plan.pk])
    client.get(url)  # warm the session and the user's province lineage
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    lead = [world.agencies["vhttdl"]]
    for i in range(147):
        task_create(
            plan=world.plan,
            code=f"II.{i + 10}",
            content=f"Nhiệm vụ {i}",
            lead=lead,
            cooperating=[world.agencies["sngv"]],
        )
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)
    assert response.context["task_count"] >= 148
    assert len(many) == len(few)


def test_it_records_who_changed_a_task(world, client_for):
    client = client_for(world.officer)
    task = world.tasks[1]
    client.post(
        reverse("plans:task_edit", args=[task.pk]),
        {
            "code": "II.2",
            "content": "Gặp mặt kiều bào dịp Tết Bính Ngọ",
            "category": "overseas_vietnamese",
            "section": world.section.pk,
            "lead": [world.agencies["sngv"].pk],
            "cooperating": [world.agencies["kieu_bao"].pk],
        },
    )
    latest = task.history.first()
    assert (latest.history_user, latest.content) == (world.officer, "Gặp mặt kiều bào dịp Tết Bính Ngọ")
    history = client.get(reverse("plans:history", args=[world.plan.pk]))
    assert any(
        c["entry"].history_user == world.officer and c["changed"] == ["nội dung"] and str(c["action"]) == "đã sửa"
        for c in history.context["changes"]
    )


def test_it_creates_a_plan_with_its_document(world, client_for):
    response = client_for(world.officer).post(
        reverse("plans:create"),
        {
            "title": "Kế hoạch Ngoại giao văn hóa năm 2025",
            "kind": "yearly",
            "status": "draft",
            "start_year": "2025",
            "end_year": "2025",
            "number": "20/KH-UBND",
            "issued_on": "05/02/2025",
            "place": "Đắk Lắk",
        },
    )
    plan = Plan.objects.get(title="Kế hoạch Ngoại giao văn hóa năm 2025")
    assert response["Location"] == reverse("plans:detail", args=[plan.pk])
    assert (plan.province, plan.document.number, str(plan.document.issued_on)) == (
        world.dak_lak,
        "20/KH-UBND",
        "2025-02-05",
    )
    assert plan.document.issuer == world.agencies["ubnd"]
