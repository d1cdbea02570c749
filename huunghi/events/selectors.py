"""Reads of the diplomatic calendar for pages: what is coming up for a province. No database queries:
the reference data is JSON, loaded once per process."""

from dataclasses import dataclass
from datetime import date, timedelta

from huunghi.events import reference
from huunghi.events.engine import FIRST_YEAR, LAST_YEAR, Event, events_for_year
from huunghi.events.partners import partners_of

WINDOWS = (30, 90)


@dataclass(frozen=True, slots=True)
class UpcomingEvent:
    """An event as the home page shows it: the date, and the title in the reader's language."""

    date: date
    kind: str
    title: str


def events_between(start: date, end: date, *, province: str | None) -> list[Event]:
    """The events from ``start`` to ``end`` (both included): the nation's and the province's partners'."""
    partners = partners_of(province) if province else ()
    events = []
    for year in range(max(start.year, FIRST_YEAR), min(end.year, LAST_YEAR) + 1):
        events += events_for_year(year, countries=reference.countries(), days=reference.days(), partners=partners)
    return [e for e in events if start <= e.date <= end]


def upcoming_for_province(province: str | None, *, today: date, within: int = 30, language: str = "vi") -> list:
    """The events of the ``within`` days from ``today`` (today included), titled in English when
    ``language`` is English and in Vietnamese otherwise."""
    english = language.startswith("en")
    return [
        UpcomingEvent(e.date, e.kind, e.title_en if english else e.title_vi)
        for e in events_between(today, today + timedelta(days=within - 1), province=province)
    ]
