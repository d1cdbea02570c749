"""The review page: the text with where each field was read, every field editable, then confirm into a plan."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from huunghi.imports.draft import chosen_agency
from huunghi.imports.models import DraftStatus, ImportDraft
from huunghi.imports.tests.helpers import (
    extraction_of,
    import_extraction,
    import_text,
    many_lines,
    plan_text,
    posted_fields,
)
from huunghi.plans.models import Plan


@pytest.fixture(autouse=True)
def in_vietnamese():
    with translation.override("vi"):
        yield


def url(draft):
    return reverse("imports:review", args=[draft.pk])


def form_data(response, **changes) -> dict:
    """What the browser (without script) would post back from the page as it was shown, with ``changes``."""
    fields = posted_fields(response.content.decode())
    data = {name: values[0] if len(values) == 1 else values for name, values in fields.items()}
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
    vhttdl = world.agencies["vhttdl"]
    assert forms.tasks[0]["lead_0"].value() == vhttdl.pk
    assert (
        '<span class="chosen">Sở Văn hóa, Thể thao và Du lịch (Sở VHTTDL)</span>'
        f'<input type="hidden" name="task-0-lead_0" value="{vhttdl.pk}">'
        '<button name="change" value="task-0-lead_0" class="change">Đổi</button>'
    ) in page
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


def test_it_reviews_150_tasks_in_a_light_page_with_few_queries_then_saves_and_confirms_them(
    world, client_for, monkeypatch, django_assert_max_num_queries
):
    draft = import_extraction(world, monkeypatch, extraction_of(many_lines(150), tasks=150))
    client = client_for(world.officer)
    with django_assert_max_num_queries(10):
        shown = client.get(url(draft))
    page = shown.content.decode()
    assert len(shown.context["forms"].tasks) == 150
    # The province's agencies are listed once for the whole page, not once for each of the 300 names.
    assert page.count('<datalist id="agencies">') == 1
    assert page.count("<option") < 60
    assert page.count('<span class="chosen">Sở Y tế</span>') == 150
    # About 2 KB a task, whatever the size of the register.
    assert len(page.encode()) < 150 * 2_500

    def understood(draft):
        return [
            (task["code"], task["content"], [chosen_agency(name) for name in task["lead"] + task["cooperating"]])
            for task in draft.data["tasks"]
        ]

    before = understood(draft)
    with django_assert_max_num_queries(15):
        saved = client.post(url(draft), form_data(shown, action="save"))
    assert saved.status_code == 302
    draft.refresh_from_db()
    assert understood(draft) == before

    confirmed = client.post(url(draft), form_data(shown, action="confirm"))
    plan = Plan.objects.get(import_drafts=draft)
    assert confirmed["Location"] == reverse("plans:detail", args=[plan.pk])
    assert plan.tasks.count() == 150
    assert set(plan.tasks.values_list("assignments__agency__name", "assignments__role")) == {
        ("Sở Ngoại vụ", "lead"),
        ("Sở Y tế", "cooperating"),
    }


def test_it_saves_first_when_enter_is_pressed_in_a_box(world, client_for):
    page = client_for(world.officer).get(url(import_text(world))).content.decode()
    form = page[page.index('id="review-form"') :]
    assert form[form.index("<button") :].startswith(
        '<button type="submit" name="action" value="save" class="default-action"'
    )


def test_it_opens_a_picker_without_the_script_and_saves_the_agency_picked(world, client_for):
    draft = import_text(world)
    client = client_for(world.officer)
    shown = client.get(url(draft))
    assert 'name="task-0-cooperating_0_other"' not in shown.content.decode()

    # "Đổi" submits the form: the draft is saved, and the page comes back with that picker open.
    asked = client.post(url(draft), form_data(shown, change="task-0-cooperating_0"))
    assert asked["Location"] == f"{url(draft)}?change=task-0-cooperating_0#task-0"
    opened = client.get(asked["Location"])
    assert (
        '<input name="task-0-cooperating_0_other" list="agencies" aria-label="Cơ quan khác" '
        'placeholder="gõ hoặc chọn tên cơ quan" autofocus>'
    ) in opened.content.decode()

    response = client.post(
        url(draft), form_data(opened, action="save", **{"task-0-cooperating_0_other": "Sở Tài chính"})
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.data["tasks"][0]["cooperating"][0]["written"] == "Sở Ngoại vụ"
    assert draft.data["tasks"][0]["cooperating"][0]["choice"] == world.agencies["tc"].pk


def test_it_skips_a_matched_name_and_adds_an_agency_typed_by_its_short_name(world, client_for):
    draft = import_text(world)
    client = client_for(world.officer)
    shown = client.get(url(draft))
    response = client.post(
        url(draft),
        form_data(shown, action="save", **{"task-0-cooperating_1_skip": "on", "task-1-add_cooperating": "sở vhttdl"}),
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.data["tasks"][0]["cooperating"][1]["choice"] == "skip"
    assert [(n["status"], n["choice"]) for n in draft.data["tasks"][1]["cooperating"]][-1] == (
        "added", world.agencies["vhttdl"].pk
    )  # fmt: skip


def test_it_refuses_an_agency_that_is_not_in_the_list_and_saves_nothing(world, client_for):
    draft = import_text(world)
    client = client_for(world.officer)
    before = draft.data
    shown = client.get(url(draft))
    response = client.post(
        url(draft),
        form_data(
            shown,
            action="save",
            **{"task-0-lead_0_other": "Sở Ngoại giao", "task-2-add_lead": "Sở Y tế An Giang"},
        ),
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "“Sở Ngoại giao” không có trong danh sách cơ quan: hãy chọn một tên trong danh sách." in page
    assert "“Sở Y tế An Giang” không có trong danh sách cơ quan" in page
    # What was typed is shown again, in the open picker, to be corrected.
    assert 'name="task-0-lead_0_other" value="Sở Ngoại giao"' in page
    draft.refresh_from_db()
    assert draft.data == before


def test_it_changes_a_category_without_the_script(world, client_for):
    draft = import_text(world)
    client = client_for(world.officer)
    shown = client.get(url(draft))
    assert '<input type="hidden" name="task-0-category" value="other">' in shown.content.decode()
    opened = client.get(f"{url(draft)}?change=task-0-category")
    assert '<select name="task-0-category" id="id_task-0-category" autofocus>' in opened.content.decode()
    client.post(url(draft), form_data(opened, action="save", **{"task-0-category": "heritage"}))
    draft.refresh_from_db()
    assert draft.data["tasks"][0]["category"] == "heritage"
