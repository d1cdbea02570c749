"""Reads of the diplomatic calendar for pages. The national reference data is JSON, loaded once per process;
a province's partner agreements are one query."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from huunghi.events import reference
from huunghi.events.engine import FIRST_YEAR, LAST_YEAR, Event, Partner, events_for_year
from huunghi.events.models import PartnerAgreement

WINDOWS = (30, 90)
#: The days that call for a task in next year's plan when their count of years is a multiple of 5.
PLAN_KINDS = ("relations_anniversary", "partner_anniversary", "national_day", "monarch_birthday")


@dataclass(frozen=True, slots=True)
class UpcomingEvent:
    """An event as the home page shows it: the date, and the title in the reader's language."""

    date: date
    kind: str
    title: str


def province_partners(province) -> tuple[Partner, ...]:
    """The partner localities of a province (a Province, or None for none) whose signing date is known."""
    if province is None:
        return ()
    rows = PartnerAgreement.objects.filter(province=province, signed__isnull=False).values_list(
        "partner_vi", "partner_en", "country", "signed"
    )
    return tuple(Partner(name_vi=vi, name_en=en or vi, country=c, signed=s) for vi, en, c, s in rows)


def events_between(start: date, end: date, *, partners: Iterable[Partner] = ()) -> list[Event]:
    """The events from ``start`` to ``end`` (both included): the nation's and these partners'."""
    partners = tuple(partners)
    events = []
    for year in range(max(start.year, FIRST_YEAR), min(end.year, LAST_YEAR) + 1):
        events += events_for_year(year, countries=reference.countries(), days=reference.days(), partners=partners)
    return [e for e in events if start <= e.date <= end]


def upcoming_for_province(province, *, today: date, within: int = 30, language: str = "vi") -> list:
    """The events of the ``within`` days from ``today`` (today included) for a Province (or None), titled in
    English when ``language`` is English and in Vietnamese otherwise."""
    english = language.startswith("en")
    return [
        UpcomingEvent(e.date, e.kind, e.title_en if english else e.title_vi)
        for e in events_between(today, today + timedelta(days=within - 1), partners=province_partners(province))
    ]


def filter_events(events: Iterable[Event], *, kind: str = "", country: str = "", month: int | None = None) -> list:
    """The events of one kind, one country and one month, each filter applied only when given."""
    return [
        e
        for e in events
        if (not kind or e.kind == kind)
        and (not country or e.country == country)
        and (not month or e.date.month == month)
    ]


def plan_candidates(events: Iterable[Event]) -> list[Event]:
    """The events of a year that call for a task in the plan: anniversaries of relations and partnerships every
    5 years, and national days and monarchs' birthdays in a round (×5) year."""
    return [e for e in events if e.kind in PLAN_KINDS and e.years and e.years % 5 == 0]
