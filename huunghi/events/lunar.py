"""The Vietnamese lunar calendar (âm lịch), as Vietnam computes it: new moons and solar terms at UTC+7.

This is Hồ Ngọc Đức's published algorithm (https://www.informatik.uni-leipzig.de/~duc/amlich/), the one
Vietnamese calendars use. The time zone matters: with China's UTC+8 some months start a day later, so Tết
1985 would fall on 20 February instead of 21 January. The tests check Tết and Giỗ Tổ Hùng Vương against
the ``holidays`` package for every year 1945–2100. No Django here.
"""

import math
from datetime import date
from functools import lru_cache

VIETNAM_UTC_OFFSET = 7
_RAD = math.pi / 180


def _jd_from_date(day: int, month: int, year: int) -> int:
    a = (14 - month) // 12
    y = year + 4800 - a
    m = month + 12 * a - 3
    return day + (153 * m + 2) // 5 + 365 * y + y // 4 - y // 100 + y // 400 - 32045


def _date_from_jd(jd: int) -> date:
    a = jd + 32044
    b = (4 * a + 3) // 146097
    c = a - (b * 146097) // 4
    d = (4 * c + 3) // 1461
    e = c - (1461 * d) // 4
    m = (5 * e + 2) // 153
    return date(b * 100 + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1)


def _new_moon(k: int) -> float:
    """Julian day (fractional, UTC) of the k-th new moon after 1 January 1900."""
    t = k / 1236.85
    t2, t3 = t * t, t * t * t
    jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd1 += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * _RAD)
    m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
    mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
    f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
    c1 = (0.1734 - 0.000393 * t) * math.sin(m * _RAD) + 0.0021 * math.sin(2 * _RAD * m)
    c1 -= 0.4068 * math.sin(mpr * _RAD) - 0.0161 * math.sin(_RAD * 2 * mpr)
    c1 -= 0.0004 * math.sin(_RAD * 3 * mpr)
    c1 += 0.0104 * math.sin(_RAD * 2 * f) - 0.0051 * math.sin(_RAD * (m + mpr))
    c1 -= 0.0074 * math.sin(_RAD * (m - mpr)) + 0.0004 * math.sin(_RAD * (2 * f + m))
    c1 -= 0.0004 * math.sin(_RAD * (2 * f - m)) - 0.0006 * math.sin(_RAD * (2 * f + mpr))
    c1 += 0.0010 * math.sin(_RAD * (2 * f - mpr)) + 0.0005 * math.sin(_RAD * (2 * mpr + m))
    if t < -11:
        delta_t = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        delta_t = -0.000278 + 0.000265 * t + 0.000262 * t2
    return jd1 + c1 - delta_t


def _sun_longitude(jdn: float) -> float:
    """The sun's longitude in radians (0 to 2π) at a fractional Julian day."""
    t = (jdn - 2451545.0) / 36525
    t2 = t * t
    m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
    l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(_RAD * m)
    dl += (0.019993 - 0.000101 * t) * math.sin(_RAD * 2 * m) + 0.000290 * math.sin(_RAD * 3 * m)
    longitude = (l0 + dl) * _RAD
    return longitude - math.pi * 2 * math.floor(longitude / (math.pi * 2))


def _sun_sector(day_number: int, tz: int) -> int:
    """Which of the 12 solar-term sectors (0–11) the sun is in at the start of a local day."""
    return math.floor(_sun_longitude(day_number - 0.5 - tz / 24) / math.pi * 6)


def _new_moon_day(k: int, tz: int) -> int:
    return math.floor(_new_moon(k) + 0.5 + tz / 24)


def _lunar_month_11(year: int, tz: int) -> int:
    """Julian day on which the 11th lunar month (the one holding the winter solstice) of ``year`` starts."""
    k = math.floor((_jd_from_date(31, 12, year) - 2415021) / 29.530588853)
    new_moon = _new_moon_day(k, tz)
    if _sun_sector(new_moon, tz) >= 9:
        new_moon = _new_moon_day(k - 1, tz)
    return new_moon


def _leap_month_offset(a11: int, tz: int) -> int:
    k = math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5)
    i = 1
    arc = _sun_sector(_new_moon_day(k + i, tz), tz)
    while True:
        last = arc
        i += 1
        arc = _sun_sector(_new_moon_day(k + i, tz), tz)
        if arc == last or i >= 14:
            break
    return i - 1


@lru_cache(maxsize=4096)
def lunar_to_solar(year: int, month: int, day: int, *, leap: bool = False, tz: int = VIETNAM_UTC_OFFSET) -> date:
    """The solar date of lunar ``day``/``month`` of lunar ``year`` (the leap month when ``leap``). Lunar year
    Y starts with Tết in January or February of solar year Y, so Tết of lunar year 2025 is 29/01/2025.
    Raises ValueError for a leap month the year does not have."""
    if month < 11:
        a11, b11 = _lunar_month_11(year - 1, tz), _lunar_month_11(year, tz)
    else:
        a11, b11 = _lunar_month_11(year, tz), _lunar_month_11(year + 1, tz)
    k = math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853)
    offset = (month - 11) % 12
    if b11 - a11 > 365:
        leap_offset = _leap_month_offset(a11, tz)
        leap_month = (leap_offset - 2) % 12
        if leap and month != leap_month:
            raise ValueError(f"Năm âm lịch {year} không có tháng {month} nhuận.")
        if leap or offset >= leap_offset:
            offset += 1
    elif leap:
        raise ValueError(f"Năm âm lịch {year} không có tháng nhuận.")
    return _date_from_jd(_new_moon_day(k + offset, tz) + day - 1)
