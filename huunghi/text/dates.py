"""Dates as Vietnamese documents write them, read and written."""

from __future__ import annotations

import datetime
import re
import unicodedata

__all__ = ["find_dates", "format_date", "format_nd30", "format_place_date", "parse_date"]


def _word(word: str) -> str:
    """A pattern for a Vietnamese word written precomposed, decomposed or without diacritics."""
    parts = []
    for char in word:
        base, *marks = unicodedata.normalize("NFD", char)
        if marks:
            parts.append(f"(?:{re.escape(char)}|{re.escape(base)}(?:{re.escape(''.join(marks))})?)")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


NGAY, THANG, NAM = _word("ngày"), _word("tháng"), _word("năm")
# The word `ngày` before a date is part of the date as written (`ngày 24/11/2021`).
DATE = re.compile(
    rf"(?<![^\W\d_])(?:{NGAY}\s*)?"
    rf"(?:"
    # 24 tháng 11 năm 2021
    rf"(?<!\d)(?P<d1>[0-9]{{1,2}})\s*{THANG}\s*(?P<m1>[0-9]{{1,2}})\s*{NAM}\s*(?P<y1>[0-9]{{4}})(?![0-9])"
    rf"|"
    # 14/7/2014, 24-11-2021, 24.11.2021: the same separator twice. A number glued to a slash or a dash
    # before or after belongs to a document number (`HCM/321/1/2018`), not to a date.
    rf"(?<![0-9/\-.])(?P<d2>[0-9]{{1,2}})(?P<sep>[/.\-])(?P<m2>[0-9]{{1,2}})(?P=sep)(?P<y2>[0-9]{{4}})"
    rf"(?![0-9])(?![/\-.][0-9])"
    rf")",
    re.IGNORECASE,
)


def find_dates(text: str) -> list[tuple[datetime.date, int, int]]:
    """Return every full, valid date in `text` as (date, start, end), in order of appearance.

    Dates are read in the forms `14/7/2014`, `02/02/2018`, `24-11-2021`, `24.11.2021` and `ngày 24 tháng 11
    năm 2021` (with or without diacritics, any case), day first. A `ngày` before the date is part of its span.
    Impossible dates (`31/02/2020`) and partial ones (`ngày tháng 02 năm 2024`, `tháng 6/2014`) are skipped.
    Spans index into `text` as given.
    """
    found = []
    for m in DATE.finditer(text):
        day, month, year = (m["d1"], m["m1"], m["y1"]) if m["d1"] else (m["d2"], m["m2"], m["y2"])
        try:
            date = datetime.date(int(year), int(month), int(day))
        except ValueError:
            continue
        found.append((date, m.start(), m.end()))
    return found


def parse_date(s: str) -> datetime.date | None:
    """Return the first full, valid date written in `s` (see `find_dates`), or None if there is none.

    Never raises: `parse_date("ngày 24 tháng 11 năm 2021")` and `parse_date("14/7/2014")` are dates,
    `parse_date("31/02/2020")` and `parse_date("ngày  tháng 02 năm 2024")` are None.
    """
    dates = find_dates(s)
    return dates[0][0] if dates else None


def format_date(d: datetime.date) -> str:
    """Return `d` as shown to people: `dd/mm/yyyy`, e.g. `05/02/2024`."""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def format_nd30(d: datetime.date) -> str:
    """Return `d` as Decree 30/2020/NĐ-CP writes it on a document: `ngày 05 tháng 02 năm 2024`.

    Days below 10 and the months 1 and 2 take a leading zero, the other months do not:
    `ngày 19 tháng 02 năm 2020`, `ngày 14 tháng 3 năm 2022`, `ngày 05 tháng 11 năm 2021`.
    """
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"ngày {d.day:02d} tháng {month} năm {d.year}"


# The blank an issuer leaves for a day or a month to be filled in by hand when the document is signed.
BLANK = " " * 6


def format_place_date(place: str, d: datetime.date | None, year: int | None = None) -> str:
    """Return the place-and-date line of a document: `Đắk Lắk, ngày 19 tháng 02 năm 2020`.

    Without a date, day and month are left blank to be filled in at signing, and the year is `year` (or blank
    too): `format_place_date("Đắk Lắk", None, 2024) == "Đắk Lắk, ngày      tháng      năm 2024"`.
    """
    if d is not None:
        when = format_nd30(d)
    else:
        when = f"ngày{BLANK}tháng{BLANK}năm" + (f" {year}" if year is not None else BLANK)
    return f"{place}, {when}" if place else when
