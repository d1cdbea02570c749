"""The calendar as people and programs read it: a Vietnamese table, JSON rows, an iCalendar file.
No Django here."""

import hashlib
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import icalendar

from huunghi.events.engine import Event

KIND_LABELS_VI = {
    "national_day": "Quốc khánh",
    "relations_anniversary": "Kỷ niệm quan hệ",
    "partner_anniversary": "Kỷ niệm hợp tác",
    "monarch_birthday": "Sinh nhật Nhà vua",
    "international_day": "Ngày quốc tế",
    "vietnamese_holiday": "Ngày lễ Việt Nam",
}


KIND_LABELS_EN = {
    "national_day": "National day",
    "relations_anniversary": "Anniversary of relations",
    "partner_anniversary": "Partner anniversary",
    "monarch_birthday": "Monarch's birthday",
    "international_day": "International day",
    "vietnamese_holiday": "Vietnamese holiday",
}


def event_uid(event: Event) -> str:
    """A UID that stays the same each time the same event is exported, so that a calendar application
    updates the event instead of adding a copy."""
    digest = hashlib.sha1(event.title_en.encode("utf-8")).hexdigest()[:10]
    return f"{event.date:%Y%m%d}-{event.kind}-{(event.country or 'vn').lower()}-{digest}@huunghi"


def to_ics(events: Sequence[Event], *, name: str, stamp: datetime | None = None) -> bytes:
    """An iCalendar (RFC 5545) file of all-day events: the Vietnamese title as summary, the English one as
    description."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Hữu Nghị//Lịch đối ngoại//VI")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    stamp = stamp or datetime.now(UTC).replace(microsecond=0)
    for event in events:
        entry = icalendar.Event()
        entry.add("uid", event_uid(event))
        entry.add("dtstamp", stamp)
        entry.add("dtstart", event.date)
        entry.add("dtend", event.date + timedelta(days=1))
        entry.add("summary", event.title_vi)
        entry.add("description", event.title_en)
        entry.add("categories", [event.kind])
        entry.add("transp", "TRANSPARENT")
        calendar.add_component(entry)
    return calendar.to_ical()


def to_table(events: Sequence[Event]) -> list[str]:
    """Lines of a plain-text table: date (dd/mm/yyyy), kind, country, years and round, title."""
    header = ("Ngày", "Loại", "Nước", "Số năm", "Nội dung")
    rows = [
        (
            f"{e.date:%d/%m/%Y}",
            KIND_LABELS_VI[e.kind],
            e.country or "",
            f"{e.years} ({e.round})" if e.round else (str(e.years) if e.years else ""),
            e.title_vi,
        )
        for e in events
    ]
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header) - 1)]
    lines = []
    for line in (header, tuple("-" * w for w in widths) + ("-" * 8,), *rows):
        cells = [cell.ljust(w) for cell, w in zip(line[:-1], widths, strict=True)]
        lines.append("  ".join([*cells, line[-1]]).rstrip())
    return lines
