"""The reference data of the diplomatic calendar, read from ``data/``. No Django here.

Countries live in ``data/countries.json`` (the twelve the seeds and demo name, checked first) and in one file
per region under ``data/countries/``. :func:`country_problems` says what is wrong with one row; the tests run
it over every row, and ``python -m huunghi.events.reference FILE...`` runs it over a file being written.
"""

import json
import re
import sys
from datetime import date
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
FRAMEWORKS = ("comprehensive_strategic", "strategic", "comprehensive")
DAY_KINDS = ("national_day", "monarch_birthday")
# A source is an address, or the python-holidays package (which the tests read back).
SOURCE = re.compile(r"https?://\S+|python-holidays")
FIRST_RELATIONS = date(1945, 9, 2)


def _rows(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["countries"]


@cache
def countries() -> tuple[dict, ...]:
    """Every country row: data/countries.json first, then the region files in name order."""
    rows = _rows(DATA_DIR / "countries.json")
    for path in sorted((DATA_DIR / "countries").glob("*.json")):
        rows += _rows(path)
    return tuple(rows)


@cache
def country_index() -> dict[str, dict]:
    """The country rows by ISO 3166-1 alpha-2 code."""
    return {row["iso2"]: row for row in countries()}


@cache
def un_members() -> tuple[str, ...]:
    """The ISO codes of the 193 member states of the United Nations (data/un_members.json)."""
    return tuple(json.loads((DATA_DIR / "un_members.json").read_text(encoding="utf-8"))["members"])


@cache
def days() -> dict:
    """data/days.json: ``international``, ``vietnamese_solar`` and ``vietnamese_lunar`` day lists."""
    return json.loads((DATA_DIR / "days.json").read_text(encoding="utf-8"))


def _month_day_problem(value) -> str | None:
    if not isinstance(value, str) or not re.fullmatch(r"\d\d-\d\d", value):
        return f"date {value!r} is not 'MM-DD'"
    try:
        date(2024, int(value[:2]), int(value[3:]))  # a leap year: 02-29 is a real day
    except ValueError:
        return f"date {value!r} is not a day of the year"
    return None


def _day_problems(day, field: str, *, today: date) -> list[str]:
    if day is None:
        return []
    if not isinstance(day, dict):
        return [f"{field} must be an object or null"]
    problems = []
    if problem := _month_day_problem(day.get("date")):
        problems.append(f"{field}: {problem}")
    for name in ("name_vi", "name_en"):
        if not isinstance(day.get(name), str) or not day[name].strip():
            problems.append(f"{field}.{name} is missing")
    year_field = "born" if field == "monarch_birthday" else "since"
    year = day.get(year_field)
    if year is not None and (not isinstance(year, int) or not 1000 <= year <= today.year):
        problems.append(f"{field}.{year_field} {year!r} is not a past year")
    if field == "national_day" and day.get("kind") not in DAY_KINDS:
        problems.append(f"national_day.kind must be one of {DAY_KINDS}")
    if day.get("holidays_name") is not None and not isinstance(day["holidays_name"], str):
        problems.append(f"{field}.holidays_name must be a string or null")
    return problems


def country_problems(row: dict, *, today: date | None = None) -> list[str]:
    """What is wrong with one country row; an empty list when nothing is. See data/countries.json's _about."""
    today = today or date.today()
    problems = []
    iso2 = row.get("iso2")
    if not isinstance(iso2, str) or not re.fullmatch(r"[A-Z]{2}", iso2):
        problems.append(f"iso2 {iso2!r} is not two capital letters")
    for name in ("name_vi", "name_vi_formal", "name_en"):
        if not isinstance(row.get(name), str) or not row[name].strip():
            problems.append(f"{name} is missing")
    if not isinstance(row.get("relations"), bool):
        problems.append("relations must be true or false")
    established = row.get("relations_established")
    if established is not None:
        try:
            day = date.fromisoformat(established)
        except (TypeError, ValueError):
            problems.append(f"relations_established {established!r} is not YYYY-MM-DD")
        else:
            if not FIRST_RELATIONS <= day <= today:
                problems.append(f"relations_established {established} is outside 02/09/1945–today")
            if row.get("relations") is False:
                problems.append("a country without relations has no relations_established")
    framework, year = row.get("framework"), row.get("framework_year")
    if framework not in (*FRAMEWORKS, None):
        problems.append(f"framework {framework!r} is not one of {FRAMEWORKS} or null")
    if framework and not row.get("framework_name_vi"):
        problems.append("framework_name_vi is missing")
    if year is not None and (not isinstance(year, int) or not 1945 < year <= today.year):
        problems.append(f"framework_year {year!r} is not a past year")
    if (framework is None) != (year is None):
        problems.append("framework and framework_year go together")
    problems += _day_problems(row.get("national_day"), "national_day", today=today)
    problems += _day_problems(row.get("monarch_birthday"), "monarch_birthday", today=today)
    for name in ("head_of_state_title_vi", "head_of_state_title_en"):
        if row.get(name) is not None and (not isinstance(row[name], str) or not row[name].strip()):
            problems.append(f"{name} must be a non-empty string or null")
    sources = row.get("sources")
    if not isinstance(sources, dict):
        return [*problems, "sources must be an object"]
    dated = {
        "relations_established": established,
        "framework": year,
        "national_day": row.get("national_day"),
        "monarch_birthday": row.get("monarch_birthday"),
    }
    for fact, value in dated.items():
        if value is not None and not SOURCE.search(sources.get(fact) or ""):
            problems.append(f"{fact} has no source (an address, or python-holidays)")
    unknown = row.get("relations") and (established is None or row.get("national_day") is None)
    if unknown and not (row.get("notes") or "").strip():
        problems.append("a fact left null must be explained in notes")
    return problems


def main(paths: list[str]) -> int:
    """Check country files: print each row's problems and duplicate codes; 1 when any."""
    failed, seen = False, {}
    for name in paths:
        for row in _rows(Path(name)):
            for problem in country_problems(row):
                failed = True
                print(f"{name}: {row.get('iso2')}: {problem}")
            if row.get("iso2") in seen:
                failed = True
                print(f"{name}: {row['iso2']} is also in {seen[row['iso2']]}")
            seen[row.get("iso2")] = name
    print("ok" if not failed else "problems found")
    return int(failed)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
