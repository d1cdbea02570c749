"""Integrity of the reference data: every dated fact has a source, codes are real, national days agree
with the ``holidays`` package where it knows them."""

import re
from datetime import date

import holidays
import pytest
from babel import Locale

from huunghi.events import reference

COUNTRIES = reference.countries()
IDS = [c["iso2"] for c in COUNTRIES]
# Every day the data gives with a name in python-holidays: national days, and monarchs' birthdays kept apart.
CHECKED = [
    (c["iso2"], field, c[field])
    for c in COUNTRIES
    for field in ("national_day", "monarch_birthday")
    if (c.get(field) or {}).get("holidays_name")
]


def test_every_un_member_has_a_row_with_relations_or_an_explicit_no():
    members = set(reference.un_members())
    assert len(members) == 193
    rows = reference.country_index()
    missing = sorted(members - set(rows) - {"VN"})
    assert not missing, f"UN members without a row: {missing}"
    assert "VN" not in rows
    assert all(isinstance(rows[code]["relations"], bool) for code in members - {"VN"})


def test_it_has_one_row_per_country():
    assert len(IDS) == len(set(IDS))


def test_it_keeps_the_twelve_countries_the_seeds_and_demo_name_first():
    assert IDS[:12] == ["ID", "KH", "LA", "KR", "MM", "IN", "JP", "CN", "RU", "US", "FR", "TH"]


def test_the_holy_see_is_flagged_as_without_relations():
    holy_see = reference.country_index()["VA"]
    assert holy_see["relations"] is False
    assert holy_see["relations_established"] is None
    assert holy_see["notes"]


@pytest.mark.parametrize("country", COUNTRIES, ids=IDS)
def test_every_row_is_well_formed_and_every_dated_fact_has_a_source(country):
    assert reference.country_problems(country) == []


@pytest.mark.parametrize("country", COUNTRIES, ids=IDS)
def test_it_uses_real_iso_codes(country):
    assert country["iso2"] in Locale("en").territories


def test_the_checker_finds_what_is_wrong():
    row = dict(reference.country_index()["ID"])
    assert reference.country_problems(row) == []
    bad = {**row, "relations_established": "2999-01-01", "framework": "best", "sources": {}}
    problems = reference.country_problems(bad)
    assert any("outside" in p for p in problems)
    assert any("framework 'best'" in p for p in problems)
    assert any("national_day has no source" in p for p in problems)
    assert reference.country_problems({**row, "national_day": {**row["national_day"], "date": "02-30"}})
    assert reference.country_problems({**row, "relations": False})  # a date without relations
    assert reference.country_problems({**row, "relations_established": None, "notes": ""})


def test_it_keeps_the_dates_vietnam_celebrates():
    rows = reference.country_index()
    established = {code: rows[code]["relations_established"] for code in IDS[:12]}
    assert established == {
        "ID": "1955-12-30",
        "KH": "1967-06-24",
        "LA": "1962-09-05",
        "KR": "1992-12-22",
        "MM": "1975-05-28",
        "IN": "1972-01-07",
        "JP": "1973-09-21",
        "CN": "1950-01-18",
        "RU": "1950-01-30",
        "US": "1995-07-12",
        "FR": "1973-04-12",
        "TH": "1976-08-06",
    }
    # Successor states keep their predecessor's date (DOMAIN.md): Czechoslovakia's, and Germany's of 1975.
    assert rows["CZ"]["relations_established"] == "1950-02-02"
    assert rows["DE"]["relations_established"] == "1975-09-23"


def test_most_countries_have_their_relations_date_and_national_day():
    with_relations = [c for c in COUNTRIES if c["relations"]]
    dated = [c for c in with_relations if c["relations_established"]]
    national = [c for c in COUNTRIES if c.get("national_day")]
    assert len(with_relations) >= 190
    assert len(dated) / len(with_relations) > 0.75
    assert len(national) / len(COUNTRIES) > 0.95


def _holiday_dates(iso2: str, name: str) -> list[date]:
    found = holidays.country_holidays(iso2, years=2025, language="en_US")
    return [day for day, names in found.items() if name in names.split("; ")]


@pytest.mark.parametrize(("iso2", "field", "day"), CHECKED, ids=[f"{c[0]}-{c[1]}" for c in CHECKED])
def test_each_day_matches_the_holidays_package(iso2, field, day):
    matching = _holiday_dates(iso2, day["holidays_name"])
    assert matching, f"holidays has no '{day['holidays_name']}' for {iso2}"
    assert f"{matching[0]:%m-%d}" == day["date"]


def test_most_national_days_are_cross_checked_with_the_holidays_package():
    national = [row for row in CHECKED if row[1] == "national_day"]
    assert len(national) / len([c for c in COUNTRIES if c.get("national_day")]) > 0.8


def test_every_day_has_a_source_and_a_well_formed_date():
    days = reference.days()
    for row in days["international"] + days["vietnamese_solar"]:
        assert re.fullmatch(r"\d\d-\d\d", row["date"]) and row["source"], row["key"]
    for row in days["vietnamese_lunar"]:
        assert re.fullmatch(r"\d\d-\d\d", row["lunar_date"]) and row["source"], row["key"]


def test_vietnams_own_solar_holidays_match_the_holidays_package():
    found = holidays.country_holidays("VN", years=2025)
    for row in reference.days()["vietnamese_solar"]:
        assert date(2025, *map(int, row["date"].split("-"))) in found, row["key"]
