from datetime import date

import holidays
import pytest

from huunghi.events.lunar import lunar_to_solar


@pytest.mark.parametrize(
    ("year", "tet"),
    [(2024, date(2024, 2, 10)), (2025, date(2025, 1, 29)), (2026, date(2026, 2, 17)), (1985, date(1985, 1, 21))],
)
def test_it_finds_tet(year, tet):
    assert lunar_to_solar(year, 1, 1) == tet


def test_it_uses_vietnams_time_zone_not_chinas():
    # In 1985 the new moon fell just before midnight in Hanoi and just after it in Beijing.
    assert lunar_to_solar(1985, 1, 1) == date(1985, 1, 21)
    assert lunar_to_solar(1985, 1, 1, tz=8) == date(1985, 2, 20)


def test_it_agrees_with_the_holidays_package_on_tet_and_hung_kings_for_every_year():
    for year in range(1945, 2101):
        found = {name: day for day, name in holidays.country_holidays("VN", years=year, language="vi").items()}
        assert lunar_to_solar(year, 1, 1) == found["Tết Nguyên Đán"], year
        if year >= 2007:  # a public holiday only since 2007
            assert lunar_to_solar(year, 3, 10) == found["Ngày Giỗ Tổ Hùng Vương"], year


def test_it_finds_mid_autumn():
    assert [lunar_to_solar(y, 8, 15) for y in (2024, 2025, 2026)] == [
        date(2024, 9, 17),
        date(2025, 10, 6),
        date(2026, 9, 25),
    ]


def test_it_handles_a_leap_month():
    # 2025 has a leap 6th month (tháng 6 nhuận): 25/7/2025 is its first day.
    assert lunar_to_solar(2025, 6, 1, leap=True) == date(2025, 7, 25)
    assert lunar_to_solar(2025, 7, 1) == date(2025, 8, 23)
    with pytest.raises(ValueError):
        lunar_to_solar(2025, 5, 1, leap=True)
