"""The calendar pages as their users meet them: the year and month, a country, partners, feeds, letters and
next year's anniversary tasks — with the sad paths (bad year, unknown country, forged event, bad dates)."""

import datetime
import io
from unittest import mock

import icalendar
import pytest
from django.urls import reverse
from django.utils import timezone
from docx import Document

from huunghi.events import reference
from huunghi.events.engine import events_for_year
from huunghi.events.models import CalendarFeed, CongratulatoryLetter, EventTask, PartnerAgreement
from huunghi.events.output import event_uid
from huunghi.plans.models import Plan, Task
from huunghi.plans.services import plan_create

# 01/12/2026, 09:00 in Vietnam.
NOW = datetime.datetime(2026, 12, 1, 2, 0, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def fixed_now():
    with mock.patch.object(timezone, "now", return_value=NOW):
        yield


def _event(year, country, kind):
    events = events_for_year(year, countries=reference.countries(), days=reference.days())
    return next(e for e in events if e.country == country and e.kind == kind)


def _draft(client, event, language="vi"):
    return client.post(
        reverse("events:letter_create"),
        {"uid": event_uid(event), "date": event.date.isoformat(), "language": language},
    )


# --- the calendar -------------------------------------------------------------------------------------------


def test_the_year_view_lists_every_event_by_month_with_filters(world, client_for):
    client = client_for(world.officer)
    page = client.get(reverse("events:calendar") + "?year=2025")
    assert page.status_code == 200
    body = page.content.decode()
    assert "Kỷ niệm 70 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Indonesia (30/12/1955 – 30/12/2025)" in body
    assert "Tháng 12" in body and "năm tròn" in body
    total = len(events_for_year(2025, countries=reference.countries(), days=reference.days()))
    assert page.context["count"] == total
    only = client.get(reverse("events:calendar") + "?year=2025&country=ID&kind=relations_anniversary")
    assert only.context["count"] == 1
    month = client.get(reverse("events:calendar") + "?year=2025&month=12")
    assert month.context["grid"] and all(
        r["event"].date.month == 12 for m in month.context["months"] for r in m["rows"]
    )
    assert "Thứ Hai" in month.content.decode()


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("year=1900", "Năm phải là một số từ 1945 đến 2100"),
        ("year=abc", "Năm phải là một số từ 1945 đến 2100"),
        ("country=ZZ", "Không có nước"),
        ("kind=party", "Loại sự kiện không hợp lệ"),
        ("month=13", "Tháng phải là một số từ 1 đến 12"),
    ],
)
def test_a_bad_filter_gets_a_clear_message(world, client_for, query, message):
    page = client_for(world.officer).get(reverse("events:calendar") + "?" + query)
    assert page.status_code == 400
    assert message in page.content.decode()


def test_the_english_reader_gets_english_titles(world, client_for):
    client = client_for(world.officer)
    client.cookies["django_language"] = "en"
    body = client.get(reverse("events:calendar") + "?year=2025&country=ID").content.decode()
    assert "70th anniversary of Vietnam–Indonesia diplomatic relations" in body


def test_a_reader_cannot_see_another_provinces_calendar(world, client_for):
    assert client_for(world.officer).get(reverse("events:calendar") + "?province=an-giang").status_code == 404
    assert client_for(world.ministry).get(reverse("events:calendar") + "?province=an-giang").status_code == 200


# --- countries ----------------------------------------------------------------------------------------------


def test_the_country_page_shows_relations_anniversaries_and_the_tasks_naming_it(world, client_for):
    PartnerAgreement.objects.create(
        province=world.dak_lak, partner_vi="Tỉnh Mondulkiri", country="KH", type="cooperation_mou"
    )
    page = client_for(world.officer).get(reverse("events:country", args=["KH"]))
    body = page.content.decode()
    assert page.status_code == 200
    assert "24/06/1967" in body
    assert [a["years"] for a in page.context["ahead"]] == [60, 65, 70]
    assert page.context["ahead"][0]["date"] == datetime.date(2027, 6, 24)
    assert "Tỉnh Mondulkiri" in body
    assert "Giao lưu văn hóa với tỉnh Mondulkiri, Campuchia" in body
    # The outsider sees the country, not Đắk Lắk's partners or tasks.
    other = client_for(world.outsider).get(reverse("events:country", args=["KH"])).content.decode()
    assert "Tỉnh Mondulkiri" not in other and "Giao lưu văn hóa với tỉnh Mondulkiri" not in other


def test_the_country_list_finds_a_country_without_accents_and_flags_the_holy_see(world, client_for):
    client = client_for(world.leader)
    rows = client.get(reverse("events:countries") + "?q=han quoc").context["rows"]
    assert [r["row"]["iso2"] for r in rows] == ["KR"]
    assert "Không có quan hệ ngoại giao" in client.get(reverse("events:countries") + "?q=VA").content.decode()


def test_an_unknown_country_is_a_clear_404(world, client_for):
    page = client_for(world.officer).get(reverse("events:country", args=["XX"]))
    assert page.status_code == 404
    assert "Không có nước" in page.content.decode()


# --- feeds --------------------------------------------------------------------------------------------------


def test_a_private_feed_serves_the_provinces_calendar_until_revoked(world, client_for):
    client_for(world.leader).post(reverse("events:feeds"), {"label": "Điện thoại"})
    feed = CalendarFeed.objects.get()
    assert (feed.province, feed.created_by, feed.label) == (world.dak_lak, world.leader, "Điện thoại")
    assert len(feed.token) >= 40
    anonymous = client_for(None)
    response = anonymous.get(reverse("events:feed", args=[feed.token]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    starts = [entry.decoded("DTSTART") for entry in calendar.walk("VEVENT")]
    assert min(starts) >= datetime.date(2025, 1, 1) and max(starts) <= datetime.date(2027, 12, 31)
    assert anonymous.get(reverse("events:feed", args=["not-a-token"])).status_code == 404
    # Someone else cannot revoke it; its owner can, and the link stops working.
    assert client_for(world.outsider).post(reverse("events:feed_revoke", args=[feed.pk])).status_code == 404
    assert client_for(world.finance).post(reverse("events:feed_revoke", args=[feed.pk])).status_code == 404
    assert client_for(world.leader).post(reverse("events:feed_revoke", args=[feed.pk])).status_code == 302
    assert client_for(None).get(reverse("events:feed", args=[feed.token])).status_code == 404


# --- partners -----------------------------------------------------------------------------------------------

PARTNER = {
    "partner_vi": "Tỉnh Jeollabuk-do",
    "partner_en": "Jeollabuk-do Province",
    "country": "KR",
    "type": "cooperation_mou",
    "signed": "10/01/2016",
    "leader_title_vi": "Tỉnh trưởng",
    "leader_title_en": "Governor",
}


def test_an_officer_records_a_partner_and_its_anniversary_appears(world, client_for):
    client = client_for(world.officer)
    response = client.post(reverse("events:partners"), PARTNER)
    assert response.status_code == 302
    agreement = PartnerAgreement.objects.get()
    assert (agreement.province, agreement.signed) == (world.dak_lak, datetime.date(2016, 1, 10))
    page = client.get(reverse("events:calendar") + "?year=2026&kind=partner_anniversary")
    assert "Kỷ niệm 10 năm quan hệ hợp tác với Tỉnh Jeollabuk-do" in page.content.decode()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"signed": "01/01/2027"}, "không thể ký ở tương lai"),
        ({"expires": "01/01/2010"}, "không thể hết hạn trước ngày ký"),
        ({"signed": "31/02/2016"}, "dd/mm/yyyy"),
        ({"country": "ZZ"}, "ZZ"),
        ({"partner_vi": ""}, "Trường này là bắt buộc"),
    ],
)
def test_a_bad_partner_agreement_is_refused_and_nothing_is_saved(world, client_for, change, message):
    response = client_for(world.officer).post(reverse("events:partners"), {**PARTNER, **change})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not PartnerAgreement.objects.exists()


def test_a_bad_edit_leaves_the_agreement_as_it_was(world, client_for):
    agreement = PartnerAgreement.objects.create(
        province=world.dak_lak, partner_vi="Tỉnh Champasak", country="LA", type="twinning"
    )
    client = client_for(world.officer)
    bad = {**PARTNER, "partner_vi": "Tỉnh Champasak", "country": "LA", "signed": "05/05/2030"}
    assert client.post(reverse("events:partner_edit", args=[agreement.pk]), bad).status_code == 400
    agreement.refresh_from_db()
    assert (agreement.signed, agreement.type) == (None, "twinning")


@pytest.mark.parametrize("who", ["leader", "finance", "ministry", "focal_point", "outsider"])
def test_only_the_officer_changes_partners(world, client_for, who):
    agreement = PartnerAgreement.objects.create(
        province=world.dak_lak, partner_vi="Tỉnh Champasak", country="LA", type="twinning"
    )
    client = client_for(getattr(world, who))
    responses = [
        client.post(reverse("events:partner_edit", args=[agreement.pk]), {**PARTNER, "partner_vi": "X"}),
        client.post(reverse("events:partner_edit", args=[agreement.pk]), {"action": "delete"}),
    ]
    if who != "outsider":  # An Giang's officer records An Giang's partners
        responses.append(client.post(reverse("events:partners"), PARTNER))
    assert all(r.status_code in (403, 404) for r in responses)
    assert list(PartnerAgreement.objects.values_list("partner_vi", flat=True)) == ["Tỉnh Champasak"]


# --- letters ------------------------------------------------------------------------------------------------


def test_an_officer_drafts_edits_downloads_and_marks_a_letter_sent(world, client_for):
    client = client_for(world.officer)
    event = _event(2026, "ID", "national_day")
    response = _draft(client, event)
    letter = CongratulatoryLetter.objects.get()
    assert response["Location"] == reverse("events:letter", args=[letter.pk])
    assert (letter.province, letter.status, letter.language) == (world.dak_lak, "draft", "vi")
    assert "Đại sứ" in letter.addressee and letter.body
    # Drafting the same event again opens the same letter.
    _draft(client, event)
    assert CongratulatoryLetter.objects.count() == 1
    form = {
        "place": "Đắk Lắk",
        "letter_date": "28/11/2026",
        "addressee": letter.addressee,
        "salutation": letter.salutation,
        "body": letter.body + "\n\nĐoạn thêm của chuyên viên.",
        "closing": letter.closing,
        "signer_title": "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
        "signer_name": "Nguyễn Văn A",
        "recipients": "Như trên;\nLưu: VT.",
        "action": "save",
    }
    assert client.post(reverse("events:letter", args=[letter.pk]), form).status_code == 302
    letter.refresh_from_db()
    assert letter.body.endswith("Đoạn thêm của chuyên viên.") and letter.letter_date == datetime.date(2026, 11, 28)
    download = client.get(reverse("events:letter_word", args=[letter.pk]))
    word = Document(io.BytesIO(download.content))
    cells = [p.text for t in word.tables for row in t.rows for cell in row.cells for p in cell.paragraphs]
    text = "\n".join([p.text for p in word.paragraphs] + cells)
    assert "Đoạn thêm của chuyên viên." in text and "Nguyễn Văn A" in text
    client.post(reverse("events:letter", args=[letter.pk]), {"action": "sent", "sent_on": "30/11/2026"})
    letter.refresh_from_db()
    assert (letter.status, letter.sent_on, letter.sent_by) == ("sent", datetime.date(2026, 11, 30), world.officer)
    # A sent letter is the record of what was sent.
    refused = client.post(reverse("events:letter", args=[letter.pk]), {**form, "body": "Sửa sau khi gửi"})
    assert refused.status_code == 400
    letter.refresh_from_db()
    assert letter.body.endswith("Đoạn thêm của chuyên viên.")
    log = client.get(reverse("events:letters") + f"?year=2026&country={event.country}")
    assert [r["letter"] for r in log.context["rows"]] == [letter]


def test_an_english_letter_is_drafted_in_english(world, client_for):
    client = client_for(world.officer)
    _draft(client, _event(2026, "ID", "national_day"), language="en")
    letter = CongratulatoryLetter.objects.get()
    assert letter.language == "en" and letter.salutation == "Your Excellency,"
    assert letter.addressee.startswith("His Excellency the Ambassador")


def test_a_letter_cannot_be_sent_in_the_future_or_for_a_forged_event(world, client_for):
    client = client_for(world.officer)
    forged = client.post(
        reverse("events:letter_create"), {"uid": "20261201-national_day-xx-abc@huunghi", "date": "2026-12-01"}
    )
    assert forged.status_code == 400
    assert not CongratulatoryLetter.objects.exists()
    holiday = next(
        e
        for e in events_for_year(2026, countries=reference.countries(), days=reference.days())
        if e.kind == "vietnamese_holiday"
    )
    assert _draft(client, holiday).status_code == 400
    _draft(client, _event(2026, "ID", "national_day"))
    letter = CongratulatoryLetter.objects.get()
    response = client.post(reverse("events:letter", args=[letter.pk]), {"action": "sent", "sent_on": "02/12/2099"})
    assert response.status_code == 400
    letter.refresh_from_db()
    assert letter.status == "draft"


@pytest.mark.parametrize("who", ["leader", "finance", "ministry", "focal_point", "outsider"])
def test_only_the_officer_drafts_changes_or_sends_letters(world, client_for, who):
    officer = client_for(world.officer)
    _draft(officer, _event(2026, "ID", "national_day"))
    letter = CongratulatoryLetter.objects.get()
    client = client_for(getattr(world, who))
    responses = [client.post(reverse("events:letter", args=[letter.pk]), {"action": "sent", "sent_on": "30/11/2026"})]
    if who != "outsider":  # An Giang's officer drafts An Giang's letters, tested above for Đắk Lắk
        responses.append(_draft(client, _event(2026, "JP", "monarch_birthday")))
    assert all(r.status_code in (403, 404) for r in responses)
    letter.refresh_from_db()
    assert (CongratulatoryLetter.objects.count(), letter.status) == (1, "draft")
    if who in ("leader", "finance", "ministry"):  # readers of the province see the letter, read-only
        page = client.get(reverse("events:letter", args=[letter.pk]))
        assert page.status_code == 200 and 'name="action"' not in page.content.decode()


# --- next year's plan ---------------------------------------------------------------------------------------


def test_next_years_anniversaries_become_proposed_tasks_in_a_draft_plan(world, client_for):
    client = client_for(world.officer)
    page = client.get(reverse("events:plan_proposals"))
    assert page.context["year"] == 2027
    rows = {(r["event"].country, r["event"].kind): r for r in page.context["rows"]}
    cambodia = rows[("KH", "relations_anniversary")]
    assert cambodia["event"].years == 60
    assert page.context["suggested"] == world.agencies["sngv"]
    laos = rows[("LA", "relations_anniversary")]
    response = client.post(
        reverse("events:plan_proposals"),
        {
            "event": [cambodia["uid"], laos["uid"]],
            f"lead-{cambodia['uid']}": world.agencies["sngv"].pk,
            f"lead-{laos['uid']}": world.agencies["vhttdl"].pk,
            "plan": "new",
        },
    )
    plan = Plan.objects.get(start_year=2027)
    assert response["Location"] == reverse("plans:detail", args=[plan.pk])
    assert (plan.status, plan.province) == ("draft", world.dak_lak)
    tasks = list(plan.tasks.order_by("position"))
    assert [t.code for t in tasks] == ["1", "2"]
    assert tasks[0].content.startswith("Tổ chức các hoạt động kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao")
    assert (tasks[0].category, tasks[0].timing) == ("anniversary", "Tháng 06/2027")
    assert tasks[1].assignments.get().agency == world.agencies["vhttdl"]
    # The events are now shown as in the plan, and proposing them again adds nothing.
    again = client.get(reverse("events:plan_proposals"))
    assert again.context["rows"][0]["in_plan"] or any(r["in_plan"] for r in again.context["rows"])
    client.post(
        reverse("events:plan_proposals"),
        {"event": [cambodia["uid"]], f"lead-{cambodia['uid']}": world.agencies["sngv"].pk, "plan": plan.pk},
    )
    assert plan.tasks.count() == 2 and EventTask.objects.count() == 2


def test_a_proposal_without_a_lead_or_into_an_issued_plan_changes_nothing(world, client_for):
    client = client_for(world.officer)
    issued = plan_create(province=world.dak_lak, title="Kế hoạch 2027", start_year=2027, status="issued")
    rows = client.get(reverse("events:plan_proposals")).context["rows"]
    uid = rows[0]["uid"]
    tasks = Task.objects.count()
    no_lead = client.post(reverse("events:plan_proposals"), {"event": [uid], "plan": "new"})
    assert no_lead.status_code == 400 and "cơ quan chủ trì" in no_lead.content.decode()
    outsider_lead = client.post(
        reverse("events:plan_proposals"),
        {"event": [uid], f"lead-{uid}": world.agencies["sngv"].pk, "plan": issued.pk},
    )
    assert outsider_lead.status_code == 400
    assert Task.objects.count() == tasks and Plan.objects.filter(start_year=2027).count() == 1


@pytest.mark.parametrize("who", ["leader", "finance", "ministry", "focal_point"])
def test_only_the_officer_adds_proposed_tasks(world, client_for, who):
    rows = client_for(world.officer).get(reverse("events:plan_proposals")).context["rows"]
    uid = rows[0]["uid"]
    response = client_for(getattr(world, who)).post(
        reverse("events:plan_proposals"), {"event": [uid], f"lead-{uid}": world.agencies["sngv"].pk, "plan": "new"}
    )
    assert response.status_code == 403
    assert not Plan.objects.filter(start_year=2027).exists()


def test_the_country_page_of_a_29_february_relation_opens(world, client_for):
    page = client_for(world.officer).get(reverse("events:country", args=["BN"]))
    assert page.status_code == 200
    assert page.context["ahead"][0] == {"date": datetime.date(2027, 2, 28), "years": 35, "round": "năm lẻ năm"}
