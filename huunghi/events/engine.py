"""The events of a year: anniversaries of relations and partner agreements, national days, monarchs'
birthdays, international days and Vietnamese holidays. Pure functions over the reference data; no Django.

Officials mark relations every 5 years: a multiple of 10 is a *năm tròn* (round year), another multiple of 5
a *năm lẻ năm* (a "five" year). National and international days come every year, with their count of years
when the data knows the year they remember.
"""

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date

from huunghi.events.lunar import lunar_to_solar

FIRST_YEAR = 1945
LAST_YEAR = 2100

NATIONAL_DAY = "national_day"
RELATIONS_ANNIVERSARY = "relations_anniversary"
PARTNER_ANNIVERSARY = "partner_anniversary"
MONARCH_BIRTHDAY = "monarch_birthday"
INTERNATIONAL_DAY = "international_day"
VIETNAMESE_HOLIDAY = "vietnamese_holiday"
KINDS = (
    VIETNAMESE_HOLIDAY,
    NATIONAL_DAY,
    MONARCH_BIRTHDAY,
    RELATIONS_ANNIVERSARY,
    PARTNER_ANNIVERSARY,
    INTERNATIONAL_DAY,
)

ROUND_TEN = "năm tròn"
ROUND_FIVE = "năm lẻ năm"


@dataclass(frozen=True, slots=True)
class Event:
    """One day in the diplomatic calendar. ``years`` is how many years the day remembers (None when not
    counted); ``round`` is 'năm tròn', 'năm lẻ năm' or None."""

    date: date
    kind: str
    country: str | None
    years: int | None
    round: str | None
    title_vi: str
    title_en: str

    def as_dict(self) -> dict:
        """The event as JSON-ready values: the date in ISO form."""
        row = asdict(self)
        row["date"] = self.date.isoformat()
        return row


@dataclass(frozen=True, slots=True)
class Partner:
    """A foreign partner locality's agreement with the province (kết nghĩa, hợp tác): what its
    anniversaries need."""

    name_vi: str
    name_en: str
    country: str
    signed: date


def check_year(year: int) -> None:
    """Raise ValueError, in Vietnamese, unless ``year`` is within 1945–2100."""
    if isinstance(year, bool) or not isinstance(year, int) or not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"Năm phải là một số từ {FIRST_YEAR} đến {LAST_YEAR}, không phải “{year}”.")


def round_label(years: int | None) -> str | None:
    """'năm tròn' for a multiple of 10, 'năm lẻ năm' for another multiple of 5, None otherwise."""
    if not years or years % 5:
        return None
    return ROUND_TEN if years % 10 == 0 else ROUND_FIVE


def _on(year: int, month_day: str) -> date:
    month, day = (int(part) for part in month_day.split("-"))
    return day_in(year, month, day)


def day_in(year: int, month: int, day: int) -> date:
    """The day in ``year``; 29 February is marked on 28 February in a common year."""
    if month == 2 and day == 29 and not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
        return date(year, 2, 28)
    return date(year, month, day)


def _dmy(value: date) -> str:
    return f"{value.day:02d}/{value.month:02d}/{value.year}"


def _dm(value: date) -> str:
    return f"{value.day:02d}/{value.month:02d}"


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _relations_events(year: int, countries: Iterable[dict]) -> list[Event]:
    events = []
    for country in countries:
        if not country.get("relations_established"):
            continue
        start = date.fromisoformat(country["relations_established"])
        years = year - start.year
        if years <= 0 or years % 5:
            continue
        day = day_in(year, start.month, start.day)
        events.append(
            Event(
                date=day,
                kind=RELATIONS_ANNIVERSARY,
                country=country["iso2"],
                years=years,
                round=round_label(years),
                title_vi=(
                    f"Kỷ niệm {years} năm Ngày thiết lập quan hệ ngoại giao Việt Nam – {country['name_vi']}"
                    f" ({_dmy(start)} – {_dmy(day)})"
                ),
                title_en=(
                    f"{_ordinal(years)} anniversary of Vietnam–{country['name_en']} diplomatic relations"
                    f" ({start.isoformat()} – {day.isoformat()})"
                ),
            )
        )
    return events


def _national_day_events(year: int, countries: Iterable[dict]) -> list[Event]:
    events = []
    for country in countries:
        national = country.get("national_day")
        if not national:
            continue
        day = _on(year, national["date"])
        since = national.get("since")
        years = year - since if since and year > since else None
        if national["kind"] == MONARCH_BIRTHDAY:
            title_vi = f"{national['name_vi']} ({_dm(day)})"
            title_en = f"{national['name_en']} ({day.isoformat()})"
            if years:
                title_vi = f"{national['name_vi']}, {years} tuổi ({_dm(day)})"
                title_en = f"{national['name_en']}, {_ordinal(years)} birthday ({day.isoformat()})"
            events.append(Event(day, MONARCH_BIRTHDAY, country["iso2"], years, None, title_vi, title_en))
            continue
        # 'Ngày nước Nga' already names its country: do not write 'Ngày nước Nga Nga'.
        name_vi = national["name_vi"]
        if country["name_vi"] not in name_vi:
            name_vi = f"{name_vi} {country['name_vi']}"
        if years:
            title_vi = f"Kỷ niệm {years} năm {name_vi} ({_dm(day)}/{since} – {_dmy(day)})"
            title_en = (
                f"{_ordinal(years)} anniversary of {country['name_en']}'s {national['name_en']} ({day.isoformat()})"
            )
        else:
            title_vi = f"{name_vi} ({_dm(day)})"
            title_en = f"{country['name_en']}: {national['name_en']} ({day.isoformat()})"
        events.append(Event(day, NATIONAL_DAY, country["iso2"], years, round_label(years), title_vi, title_en))
    return events


def _monarch_events(year: int, countries: Iterable[dict]) -> list[Event]:
    """Reigning monarchs' birthdays congratulated on a day other than the national day."""
    events = []
    for country in countries:
        birthday = country.get("monarch_birthday")
        if not birthday:
            continue
        day = _on(year, birthday["date"])
        born = birthday.get("born")
        years = year - born if born and year > born else None
        title_vi = f"{birthday['name_vi']} ({_dm(day)})"
        title_en = f"{birthday['name_en']} ({day.isoformat()})"
        if years:
            title_vi = f"{birthday['name_vi']}, {years} tuổi ({_dm(day)})"
            title_en = f"{birthday['name_en']}, {_ordinal(years)} birthday ({day.isoformat()})"
        events.append(Event(day, MONARCH_BIRTHDAY, country["iso2"], years, None, title_vi, title_en))
    return events


def _day_event(kind: str, day: date, row: dict, year: int, suffix_vi: str = "") -> Event:
    since = row.get("since")
    years = year - since if since and year > since else None
    when = suffix_vi or _dm(day)
    if years:
        title_vi = f"Kỷ niệm {years} năm {row['name_vi']} ({_dm(day)}/{since} – {_dmy(day)})"
        title_en = f"{_ordinal(years)} anniversary: {row['name_en']} ({day.isoformat()})"
    else:
        title_vi = f"{row['name_vi']} ({when})"
        title_en = f"{row['name_en']} ({day.isoformat()})"
    return Event(day, kind, None, years, round_label(years), title_vi, title_en)


def _days_events(year: int, days: dict) -> list[Event]:
    events = [_day_event(INTERNATIONAL_DAY, _on(year, row["date"]), row, year) for row in days.get("international", ())]
    events += [
        _day_event(VIETNAMESE_HOLIDAY, _on(year, row["date"]), row, year) for row in days.get("vietnamese_solar", ())
    ]
    for row in days.get("vietnamese_lunar", ()):
        month, day = (int(part) for part in row["lunar_date"].split("-"))
        solar = lunar_to_solar(year, month, day)
        events.append(_day_event(VIETNAMESE_HOLIDAY, solar, row, year, f"{day:02d}/{month:02d} âm lịch, {_dm(solar)}"))
    return events


def _partner_events(year: int, partners: Iterable[Partner]) -> list[Event]:
    events = []
    for partner in partners:
        years = year - partner.signed.year
        if years <= 0 or years % 5:
            continue
        day = day_in(year, partner.signed.month, partner.signed.day)
        events.append(
            Event(
                date=day,
                kind=PARTNER_ANNIVERSARY,
                country=partner.country,
                years=years,
                round=round_label(years),
                title_vi=f"Kỷ niệm {years} năm quan hệ hợp tác với {partner.name_vi} ({_dmy(partner.signed)} – {_dmy(day)})",
                title_en=f"{_ordinal(years)} anniversary of the partnership with {partner.name_en} ({day.isoformat()})",
            )
        )
    return events


def anniversaries_ahead(start: date, today: date, count: int = 3) -> list[tuple[date, int, str]]:
    """The next ``count`` anniversaries of ``start`` every 5 years, from ``today`` on: (day, years, round)."""
    rows, years = [], max(5, (today.year - start.year) // 5 * 5)
    while len(rows) < count and start.year + years <= LAST_YEAR:
        day = day_in(start.year + years, start.month, start.day)
        if day >= today:
            rows.append((day, years, round_label(years)))
        years += 5
    return rows


def events_for_year(
    year: int, *, countries: Sequence[dict], days: dict, partners: Iterable[Partner] = ()
) -> list[Event]:
    """Every event of ``year``, sorted by date, then kind (in the order of KINDS), then country.
    Raises ValueError (with a Vietnamese message) for a year outside 1945–2100."""
    check_year(year)
    events = (
        _relations_events(year, countries)
        + _national_day_events(year, countries)
        + _monarch_events(year, countries)
        + _days_events(year, days)
        + _partner_events(year, partners)
    )
    order = {kind: index for index, kind in enumerate(KINDS)}
    return sorted(events, key=lambda e: (e.date, order[e.kind], e.country or "", e.title_vi))
