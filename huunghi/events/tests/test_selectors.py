from datetime import date, timedelta

import pytest

from huunghi.events.engine import Event
from huunghi.events.models import PartnerAgreement
from huunghi.events.selectors import (
    UpcomingEvent,
    events_between,
    filter_events,
    plan_candidates,
    province_partners,
    upcoming_for_province,
)
from huunghi.organisations.models import Province


@pytest.fixture
def dak_lak(db):
    province = Province.objects.create(code="dak-lak", name="Đắk Lắk")
    PartnerAgreement.objects.create(
        province=province,
        partner_vi="tỉnh Jeollabuk-do",
        partner_en="Jeollabuk-do Province",
        country="KR",
        type="cooperation_mou",
        signed=date(2016, 1, 10),
    )
    # Without a signing date an agreement makes no anniversary.
    PartnerAgreement.objects.create(province=province, partner_vi="tỉnh Mondulkiri", country="KH", type="other")
    return province


def test_it_lists_the_next_30_days_across_the_new_year_in_order():
    rows = upcoming_for_province(None, today=date(2025, 12, 20))
    assert (
        UpcomingEvent(
            date(2025, 12, 30),
            "relations_anniversary",
            "Kỷ niệm 70 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Indonesia (30/12/1955 – 30/12/2025)",
        )
        in rows
    )
    assert UpcomingEvent(date(2026, 1, 1), "vietnamese_holiday", "Tết Dương lịch (01/01)") in rows
    assert (
        UpcomingEvent(date(2026, 1, 4), "national_day", "Kỷ niệm 78 năm Ngày Độc lập Myanmar (04/01/1948 – 04/01/2026)")
        in rows
    )
    assert [r.date for r in rows] == sorted(r.date for r in rows)
    assert rows[0].date >= date(2025, 12, 20) and rows[-1].date <= date(2026, 1, 18)


def test_it_adds_the_provinces_partner_anniversaries_in_english(dak_lak):
    # Only the agreement with a signing date makes anniversaries.
    assert [p.name_vi for p in province_partners(dak_lak)] == ["tỉnh Jeollabuk-do"]
    rows = upcoming_for_province(dak_lak, today=date(2026, 1, 1), within=10, language="en")
    assert (
        UpcomingEvent(
            date(2026, 1, 10),
            "partner_anniversary",
            "10th anniversary of the partnership with Jeollabuk-do Province (2026-01-10)",
        )
        in rows
    )
    assert UpcomingEvent(date(2026, 1, 1), "vietnamese_holiday", "New Year's Day (2026-01-01)") in rows
    others = upcoming_for_province(None, today=date(2026, 1, 1), within=10)
    assert "partner_anniversary" not in {r.kind for r in others}
    assert len(rows) == len(others) + 1


def test_the_90_day_window_ends_on_its_90th_day():
    rows = upcoming_for_province(None, today=date(2025, 11, 26), within=90)
    assert rows[-1].date <= date(2026, 2, 23)
    assert any(r.date == date(2026, 2, 23) and r.kind == "monarch_birthday" for r in rows)  # Japan's Emperor
    assert all(r.date >= date(2025, 11, 26) for r in rows)
    shorter = upcoming_for_province(None, today=date(2025, 11, 25), within=90)
    assert all(r.date <= date(2026, 2, 22) for r in shorter)


def test_it_filters_by_kind_country_and_month():
    events = events_between(date(2025, 1, 1), date(2025, 12, 31))
    indonesia = filter_events(events, country="ID")
    assert {e.kind for e in indonesia} == {"national_day", "relations_anniversary"}
    assert [e.date for e in filter_events(events, kind="relations_anniversary", month=12, country="ID")] == [
        date(2025, 12, 30)
    ]
    assert filter_events(events) == events
    assert all(e.date.month == 6 for e in filter_events(events, month=6))


def test_next_years_plan_candidates_are_anniversaries_in_multiples_of_five():
    events = events_between(date(2027, 1, 1), date(2027, 12, 31))
    candidates = plan_candidates(events)
    assert {(e.country, e.years) for e in candidates if e.kind == "relations_anniversary"} >= {
        ("KH", 60),
        ("LA", 65),
        ("IN", 55),
        ("KR", 35),
    }
    assert all(e.years % 5 == 0 for e in candidates)
    assert not {e.kind for e in candidates} & {"vietnamese_holiday", "international_day"}
    yearly = Event(date(2027, 10, 3), "national_day", "KR", None, None, "Quốc khánh Hàn Quốc", "Korea")
    assert plan_candidates([yearly]) == []


def test_events_between_spans_years_and_keeps_inside_1945_to_2100():
    rows = events_between(date(2100, 12, 1), date(2101, 1, 31))
    assert rows and all(r.date.year == 2100 for r in rows)
    assert events_between(date(2025, 3, 1), date(2025, 3, 1) + timedelta(days=-1)) == []
