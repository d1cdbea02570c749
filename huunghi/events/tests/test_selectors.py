from datetime import date

import pytest

from huunghi.events import partners
from huunghi.events.partners import Agreement
from huunghi.events.selectors import UpcomingEvent, upcoming_for_province

JEOLLABUK = Agreement(
    province="dak-lak",
    partner_vi="tỉnh Jeollabuk-do",
    partner_en="Jeollabuk-do Province",
    country="KR",
    type="cooperation_mou",
    signed=date(2016, 1, 10),
    expires=None,
    source="https://example.org/agreement",
)


@pytest.fixture
def dak_lak_partner(monkeypatch):
    monkeypatch.setattr(partners, "agreements", lambda: (JEOLLABUK,))


def test_it_lists_the_next_30_days_across_the_new_year():
    assert upcoming_for_province("dak-lak", today=date(2025, 12, 20)) == [
        UpcomingEvent(
            date(2025, 12, 30),
            "relations_anniversary",
            "Kỷ niệm 70 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Indonesia (30/12/1955 – 30/12/2025)",
        ),
        UpcomingEvent(date(2026, 1, 1), "vietnamese_holiday", "Tết Dương lịch (01/01)"),
        UpcomingEvent(
            date(2026, 1, 4),
            "national_day",
            "Kỷ niệm 78 năm Ngày Độc lập Myanmar (04/01/1948 – 04/01/2026)",
        ),
    ]


def test_it_adds_the_provinces_partner_anniversaries_in_english(dak_lak_partner):
    rows = upcoming_for_province("dak-lak", today=date(2026, 1, 1), within=10, language="en")
    assert rows == [
        UpcomingEvent(date(2026, 1, 1), "vietnamese_holiday", "New Year's Day (2026-01-01)"),
        UpcomingEvent(date(2026, 1, 4), "national_day", "78th anniversary of Myanmar's Independence Day (2026-01-04)"),
        UpcomingEvent(
            date(2026, 1, 10),
            "partner_anniversary",
            "10th anniversary of the partnership with Jeollabuk-do Province (2026-01-10)",
        ),
    ]
    assert [r.kind for r in upcoming_for_province("an-giang", today=date(2026, 1, 1), within=10)] == [
        "vietnamese_holiday",
        "national_day",
    ]


def test_the_90_day_window_ends_on_its_90th_day():
    # 26/11/2025 + 89 days is 23/02/2026, the Japanese Emperor's birthday.
    assert upcoming_for_province(None, today=date(2025, 11, 26), within=90)[-1].date == date(2026, 2, 23)
    assert upcoming_for_province(None, today=date(2025, 11, 25), within=90)[-1].date == date(2026, 2, 21)
