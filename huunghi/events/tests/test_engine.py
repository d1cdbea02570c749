from datetime import date

import pytest

from huunghi.events import reference
from huunghi.events.engine import Event, Partner, events_for_year, round_label

# The twelve countries the seeds and demo name: the exact lists below are about them.
SEEDS = reference.countries()[:12]


def events(year, **kwargs):
    return events_for_year(year, countries=SEEDS, days=reference.days(), **kwargs)


def relations(year):
    return {e.country: (e.years, e.round) for e in events(year) if e.kind == "relations_anniversary"}


def test_it_labels_round_years():
    assert [round_label(n) for n in (0, 1, 5, 10, 15, 55, 60, 65, 70, None)] == [
        None,
        None,
        "năm lẻ năm",
        "năm tròn",
        "năm lẻ năm",
        "năm lẻ năm",
        "năm tròn",
        "năm lẻ năm",
        "năm tròn",
        None,
    ]


def test_it_lists_the_relations_anniversaries_of_2025():
    assert relations(2025) == {
        "CN": (75, "năm lẻ năm"),
        "RU": (75, "năm lẻ năm"),
        "MM": (50, "năm tròn"),
        "US": (30, "năm tròn"),
        "ID": (70, "năm tròn"),
    }


def test_it_writes_the_indonesia_70th_anniversary_in_full():
    [event] = [e for e in events(2025) if e.kind == "relations_anniversary" and e.country == "ID"]
    assert event == Event(
        date=date(2025, 12, 30),
        kind="relations_anniversary",
        country="ID",
        years=70,
        round="năm tròn",
        title_vi="Kỷ niệm 70 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Indonesia (30/12/1955 – 30/12/2025)",
        title_en="70th anniversary of Vietnam–Indonesia diplomatic relations (1955-12-30 – 2025-12-30)",
    )


def test_it_finds_cambodia_60_and_laos_65_in_2027():
    found = relations(2027)
    assert found["KH"] == (60, "năm tròn")
    assert found["LA"] == (65, "năm lẻ năm")
    assert found["IN"] == (55, "năm lẻ năm")
    assert found["KR"] == (35, "năm lẻ năm")
    assert set(found) == {"KH", "LA", "IN", "KR"}


def test_it_matches_the_seed_plans_anniversaries():
    # Seeds: Vietnam–Indonesia 65 years in 2020, Vietnam–Cambodia 55 years in 2022.
    assert relations(2020)["ID"] == (65, "năm lẻ năm")
    assert relations(2022)["KH"] == (55, "năm lẻ năm")


def test_it_gives_no_relations_anniversary_outside_multiples_of_five():
    # 2026: Thailand 50 years; every other country is at 31 to 76 years, none a multiple of 5.
    assert relations(2026) == {"TH": (50, "năm tròn")}


def test_it_counts_national_days_from_their_year():
    by_country = {e.country: e for e in events(2025) if e.kind == "national_day"}
    assert (by_country["ID"].years, by_country["ID"].round) == (80, "năm tròn")
    assert by_country["ID"].title_vi == "Kỷ niệm 80 năm Ngày Độc lập Indonesia (17/08/1945 – 17/08/2025)"
    assert by_country["RU"].title_vi == "Kỷ niệm 35 năm Ngày nước Nga (12/06/1990 – 12/06/2025)"
    assert (by_country["KR"].years, by_country["KR"].title_vi) == (None, "Quốc khánh (Ngày Lập quốc) Hàn Quốc (03/10)")
    assert "JP" not in by_country


def test_it_gives_japan_the_emperors_birthday():
    [event] = [e for e in events(2026) if e.kind == "monarch_birthday"]
    assert (event.date, event.country, event.years) == (date(2026, 2, 23), "JP", 66)
    assert event.title_vi == "Ngày sinh Nhà vua Nhật Bản, 66 tuổi (23/02)"


def test_it_puts_the_lunar_holidays_on_their_solar_dates():
    holidays_2026 = {e.title_vi: e.date for e in events(2026) if e.kind == "vietnamese_holiday"}
    assert holidays_2026["Tết Nguyên đán (01/01 âm lịch, 17/02)"] == date(2026, 2, 17)
    assert holidays_2026["Giỗ Tổ Hùng Vương (10/03 âm lịch, 26/04)"] == date(2026, 4, 26)
    assert holidays_2026["Tết Trung thu (15/08 âm lịch, 25/09)"] == date(2026, 9, 25)
    assert holidays_2026[
        "Kỷ niệm 81 năm Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (02/09/1945 – 02/09/2026)"
    ] == date(2026, 9, 2)


def test_it_lists_international_days():
    found = {e.date: (e.title_vi, e.years, e.round) for e in events(2025) if e.kind == "international_day"}
    assert found == {
        date(2025, 2, 21): ("Ngày Quốc tế Tiếng mẹ đẻ (21/02)", None, None),
        date(2025, 6, 21): ("Ngày Quốc tế Yoga (21/06)", None, None),
        date(2025, 8, 8): ("Kỷ niệm 58 năm Ngày thành lập ASEAN (08/08/1967 – 08/08/2025)", 58, None),
        date(2025, 10, 24): ("Kỷ niệm 80 năm Ngày Liên hợp quốc (24/10/1945 – 24/10/2025)", 80, "năm tròn"),
    }


def test_it_sorts_by_date_and_counts_every_event():
    found = events(2025)
    assert [e.date for e in found] == sorted(e.date for e in found)
    assert len(found) == 28


def test_it_adds_partner_anniversaries_every_five_years():
    partner = Partner(name_vi="tỉnh Jeollabuk-do", name_en="Jeollabuk-do", country="KR", signed=date(2000, 10, 9))
    found = [e for e in events(2025, partners=[partner]) if e.kind == "partner_anniversary"]
    assert [(e.date, e.country, e.years, e.round, e.title_vi) for e in found] == [
        (
            date(2025, 10, 9),
            "KR",
            25,
            "năm lẻ năm",
            "Kỷ niệm 25 năm quan hệ hợp tác với tỉnh Jeollabuk-do (09/10/2000 – 09/10/2025)",
        )
    ]
    assert not [e for e in events(2026, partners=[partner]) if e.kind == "partner_anniversary"]


@pytest.mark.parametrize("year", [1944, 2101, 0, -5, "2025", 2025.0, True])
def test_it_refuses_a_year_outside_1945_to_2100(year):
    with pytest.raises(ValueError, match="Năm phải là một số từ 1945 đến 2100"):
        events(year)


def test_it_accepts_the_first_and_last_years():
    assert events(1945) and events(2100)


def test_an_anniversary_on_29_february_is_marked_on_28_february_in_a_common_year():
    brunei = {**reference.country_index()["BN"]}
    assert brunei["relations_established"] == "1992-02-29"
    [common] = [e for e in events_for_year(2027, countries=[brunei], days={}) if e.kind == "relations_anniversary"]
    assert (common.date, common.years) == (date(2027, 2, 28), 35)
    [leap] = [e for e in events_for_year(2032, countries=[brunei], days={}) if e.kind == "relations_anniversary"]
    assert (leap.date, leap.years) == (date(2032, 2, 29), 40)
    partner = Partner("tỉnh X", "X Province", "KR", date(2016, 2, 29))
    [event] = events_for_year(2021, countries=[], days={}, partners=[partner])
    assert event.date == date(2021, 2, 28)


def test_a_monarchs_birthday_apart_from_the_national_day_is_its_own_event():
    row = {
        **reference.country_index()["TH"],
        "monarch_birthday": {"date": "07-28", "name_vi": "Ngày sinh Nhà vua Thái Lan", "name_en": "The King's Birthday",
                             "born": 1952, "holidays_name": None},
    }  # fmt: skip
    birthdays = [e for e in events_for_year(2027, countries=[row], days={}) if e.kind == "monarch_birthday"]
    assert [(e.date, e.years, e.title_vi) for e in birthdays] == [
        (date(2027, 7, 28), 75, "Ngày sinh Nhà vua Thái Lan, 75 tuổi (28/07)")
    ]


def test_a_country_without_relations_has_no_relations_anniversary():
    holy_see = reference.country_index()["VA"]
    assert not [e for e in events_for_year(2025, countries=[holy_see], days={}) if e.kind == "relations_anniversary"]


def test_every_country_gives_its_events_for_every_year_without_error():
    for year in (1945, 1992, 2024, 2025, 2100):
        events = events_for_year(year, countries=reference.countries(), days=reference.days())
        assert all(e.date.year == year for e in events)


def test_the_anniversaries_ahead_start_today_and_keep_29_february_valid():
    from huunghi.events.engine import anniversaries_ahead

    assert anniversaries_ahead(date(1967, 6, 24), date(2026, 12, 1)) == [
        (date(2027, 6, 24), 60, "năm tròn"),
        (date(2032, 6, 24), 65, "năm lẻ năm"),
        (date(2037, 6, 24), 70, "năm tròn"),
    ]
    # On the day itself it is still ahead; Brunei's 29/02/1992 falls on 28/02 in 2027.
    assert anniversaries_ahead(date(1967, 6, 24), date(2027, 6, 24), count=1) == [(date(2027, 6, 24), 60, "năm tròn")]
    assert anniversaries_ahead(date(1992, 2, 29), date(2026, 12, 1), count=2) == [
        (date(2027, 2, 28), 35, "năm lẻ năm"),
        (date(2032, 2, 29), 40, "năm tròn"),
    ]
    # Relations established this year: the first anniversary is the 5th.
    assert anniversaries_ahead(date(2024, 9, 23), date(2026, 1, 1), count=1) == [(date(2029, 9, 23), 5, "năm lẻ năm")]
    assert anniversaries_ahead(date(1950, 1, 18), date(2099, 1, 1)) == [(date(2100, 1, 18), 150, "năm tròn")]
