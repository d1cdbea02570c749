"""The review page: the text with where each field was read, every field editable, then confirm into a plan."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from huunghi.imports.models import DraftStatus, ImportDraft
from huunghi.imports.tests.helpers import extraction_of, import_extraction, import_text, many_lines, plan_text
from huunghi.plans.models import Plan


@pytest.fixture(autouse=True)
def in_vietnamese():
    with translation.override("vi"):
        yield


def url(draft):
    return reverse("imports:review", args=[draft.pk])


def form_data(response, **changes) -> dict:
    """What the browser would post back from the page as it was shown, with ``changes``."""
    data = {}
    for form in response.context["forms"].all():
        for field in form:
            if field.field.disabled:
                continue
            value = field.value()
            if field.widget_type == "checkbox":
                if value:
                    data[field.html_name] = "on"
            else:
                data[field.html_name] = field.field.widget.format_value(value) or ""
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def test_it_shows_the_text_with_where_each_field_was_read(world, client_for):
    draft = import_text(world)
    response = client_for(world.officer).get(url(draft))
    page = response.content.decode()
    assert response.status_code == 200
    assert 'id="span-doc-number"' in page
    assert '<mark class="k-doc" data-spans="doc-number">21/KH-UBND</mark>' in page
    assert 'href="#span-task-0"' in page and 'id="span-task-0"' in page
    assert 'data-spans="task-0 task-0-assign"' in page or 'data-spans="task-0-assign"' in page
    assert "/static/imports/review.js" in page


def test_it_preselects_the_agencies_it_recognised_and_flags_the_others_in_red(world, client_for):
    draft = import_text(world, plan_text(extra="; Trung tâm Xúc tiến Du lịch Hòa Bình"))
    response = client_for(world.officer).get(url(draft))
    page = response.content.decode()
    forms = response.context["forms"]
    assert forms.tasks[0]["lead_0"].value() == str(world.agencies["vhttdl"].pk)
    assert f'<option value="{world.agencies["vhttdl"].pk}" selected>' in page
    assert page.count('class="name unresolved"') == 1
    assert forms.tasks[2]["cooperating_1"].label == "Trung tâm Xúc tiến Du lịch Hòa Bình"
    assert "“Trung tâm Xúc tiến Du lịch Hòa Bình” chưa khớp với cơ quan nào" in page
    assert '<option value="skip">Bỏ qua (không giao)</option>' in page


def test_it_saves_the_reviewers_corrections(world, client_for):
    draft = import_text(world)
    client = client_for(world.officer)
    shown = client.get(url(draft))
    response = client.post(
        url(draft),
        form_data(
            shown,
            action="save",
            **{"task-0-code": "II.1.1", "task-0-cooperating_1": "skip", "title": "Ngoại giao văn hóa 2025"},
        ),
    )
    assert response.status_code == 302
    assert response["Location"] == url(draft)
    draft.refresh_from_db()
    assert draft.data["document"]["title"] == "Ngoại giao văn hóa 2025"
    assert draft.data["tasks"][0]["code"] == "II.1.1"
    assert draft.data["tasks"][0]["cooperating"][1]["choice"] == "skip"
    assert draft.status == DraftStatus.DRAFT


def test_it_shows_a_bad_date_as_an_error_and_saves_nothing(world, client_for):
    draft = import_text(world)
    client = client_for(world.officer)
    before = draft.data
    response = client.post(url(draft), form_data(client.get(url(draft)), action="save", issued_on="31/02/2025"))
    assert response.status_code == 200
    assert response.context["forms"].document.errors["issued_on"] == ["Nhập ngày theo dạng dd/mm/yyyy."]
    draft.refresh_from_db()
    assert draft.data == before


def test_it_confirms_the_draft_and_opens_the_plan(world, client_for):
    draft = import_text(world)
    client = client_for(world.officer)
    response = client.post(url(draft), form_data(client.get(url(draft)), action="confirm"))
    plan = Plan.objects.get(document__number="21/KH-UBND")
    assert response.status_code == 302
    assert response["Location"] == reverse("plans:detail", args=[plan.pk])
    assert plan.tasks.count() == 3
    draft.refresh_from_db()
    assert (draft.status, draft.plan) == (DraftStatus.CONFIRMED, plan)


def test_it_lists_what_blocks_confirmation_and_creates_no_plan(world, client_for):
    draft = import_text(world, plan_text(extra="; Trung tâm Xúc tiến Du lịch Hòa Bình"))
    client = client_for(world.officer)
    plans = Plan.objects.count()
    response = client.post(url(draft), form_data(client.get(url(draft)), action="confirm"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Kế hoạch chưa được tạo: hãy xử lý các điểm sau" in page
    assert [p.field for p in response.context["problems"]] == ["task-2-cooperating"]
    assert Plan.objects.count() == plans

    response = client.post(url(draft), form_data(response, action="confirm", **{"task-2-cooperating_1": "skip"}))
    assert response.status_code == 302
    assert Plan.objects.count() == plans + 1


def test_it_offers_to_update_the_plan_already_in_the_system(world, client_for):
    client = client_for(world.officer)
    draft = import_text(world, plan_text(number="15/KH-UBND", year=2024))
    shown = client.get(url(draft))
    page = shown.content.decode()
    plan_url = reverse("plans:detail", args=[world.plan.pk])
    assert "Văn bản này đã có trong hệ thống:" in page
    assert f'<a href="{plan_url}">' in page
    assert "Xác nhận sẽ cập nhật kế hoạch đó." in page
    plans = Plan.objects.count()

    response = client.post(url(draft), form_data(shown, action="confirm"))
    assert response["Location"] == plan_url
    assert Plan.objects.count() == plans
    assert list(world.plan.tasks.values_list("code", flat=True)) == ["II.1.a", "II.1.b", "II.2"]


def test_it_tells_a_citation_in_the_register_from_one_to_register(world, client_for):
    draft = import_text(world)
    page = client_for(world.officer).get(url(draft)).content.decode()
    document_url = reverse("documents:detail", args=[world.plan.document.pk])
    assert f'đã có trong sổ</span> <a href="{document_url}">Kế hoạch số 15/KH-UBND</a>' in page
    assert "sẽ đăng ký dạng sơ lược" in page


def test_it_flags_a_field_read_with_low_confidence(world, client_for, monkeypatch):
    draft = import_extraction(world, monkeypatch, extraction_of(many_lines(3)))
    response = client_for(world.officer).get(url(draft))
    assert response.context["forms"].document.fields["title"].low_confidence
    assert not response.context["forms"].document.fields["number"].low_confidence
    assert response.content.decode().count("Đọc được với độ tin cậy thấp") == 1


def test_it_reviews_50_tasks_with_as_many_queries_as_3(world, client_for, monkeypatch):
    client = client_for(world.officer)
    few = import_extraction(world, monkeypatch, extraction_of(many_lines(3), tasks=3))
    many = import_extraction(world, monkeypatch, extraction_of(many_lines(50), tasks=50))
    client.get(url(few))
    with CaptureQueriesContext(connection) as queries_few:
        client.get(url(few))
    with CaptureQueriesContext(connection) as queries_many:
        response = client.get(url(many))
    assert len(response.context["forms"].tasks) == 50
    assert len(queries_many) == len(queries_few) <= 10


def test_it_shows_a_confirmed_draft_without_letting_it_change(world, client_for):
    draft = import_text(world)
    client = client_for(world.officer)
    shown = client.get(url(draft))
    client.post(url(draft), form_data(shown, action="confirm"))
    page = client.get(url(draft)).content.decode()
    assert "Bản nháp này đã được xác nhận." in page
    assert '<fieldset class="plain" disabled>' in page
    assert client.post(url(draft), form_data(shown, action="save")).status_code == 403


def test_it_discards_a_draft(world, client_for):
    draft = import_text(world)
    response = client_for(world.officer).post(reverse("imports:discard", args=[draft.pk]))
    assert response["Location"] == reverse("imports:list")
    assert ImportDraft.objects.get(pk=draft.pk).status == DraftStatus.DISCARDED


def test_it_lists_the_drafts_of_the_officers_province_only(world, client_for):
    mine = import_text(world)
    theirs = import_text(world, user=world.outsider, province=world.an_giang)
    page = client_for(world.officer).get(reverse("imports:list")).content.decode()
    assert url(mine) in page
    assert url(theirs) not in page


def test_it_warns_when_the_document_names_another_province(world, client_for):
    draft = import_text(world, user=world.outsider, province=world.an_giang)  # a Đắk Lắk plan, in An Giang
    page = client_for(world.outsider).get(url(draft)).content.decode()
    assert "Văn bản ghi tỉnh Đắk Lắk, nhưng đang được nhập vào An Giang" in page
    assert "Văn bản ghi tỉnh" not in client_for(world.officer).get(url(import_text(world))).content.decode()
