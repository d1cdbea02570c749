"""Integrity of the reference data: every dated fact has a source, codes are real, national days agree
with the ``holidays`` package where it knows them."""

import re
from datetime import date

import holidays
import pytest
from babel import Locale

from huunghi.events import reference
from huunghi.events.management.commands.countries import FRAMEWORKS

COUNTRIES = reference.countries()
IDS = [c["iso2"] for c in COUNTRIES]


def test_it_holds_the_countries_the_seeds_and_demo_name():
    assert IDS == ["ID", "KH", "LA", "KR", "MM", "IN", "JP", "CN", "RU", "US", "FR", "TH"]


@pytest.mark.parametrize("country", COUNTRIES, ids=IDS)
def test_it_uses_real_iso_codes_and_babels_english_name(country):
    english = Locale("en").territories
    assert country["iso2"] in english
    assert english[country["iso2"]] in (country["name_en"], f"{country['name_en']} (Burma)")


@pytest.mark.parametrize("country", COUNTRIES, ids=IDS)
def test_it_gives_a_source_for_every_dated_fact(country):
    sources = country["sources"]
    dated = {
        "relations_established": country["relations_established"],
        "framework": country["framework_year"],
        "national_day": country["national_day"],
    }
    for fact, value in dated.items():
        if value is not None:
            assert re.search(r"https?://|python-holidays", sources.get(fact) or ""), (country["iso2"], fact)
    # A fact left unknown must say why.
    if None in (country["framework"], country["national_day"]["since"]):
        assert country["notes"], country["iso2"]


@pytest.mark.parametrize("country", COUNTRIES, ids=IDS)
def test_its_dates_and_frameworks_are_well_formed(country):
    established = date.fromisoformat(country["relations_established"])
    assert date(1945, 9, 2) <= established <= date.today()
    assert country["framework"] in (*FRAMEWORKS, None)
    assert (country["framework"] is None) == (country["framework_year"] is None)
    if country["framework_year"]:
        assert established.year < country["framework_year"] <= date.today().year
    assert re.fullmatch(r"\d\d-\d\d", country["national_day"]["date"])
    assert country["national_day"]["kind"] in ("national_day", "monarch_birthday")


def test_it_keeps_the_dates_vietnam_celebrates():
    established = {c["iso2"]: c["relations_established"] for c in COUNTRIES}
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


@pytest.mark.parametrize("country", COUNTRIES, ids=IDS)
def test_its_national_day_matches_the_holidays_package(country):
    national = country["national_day"]
    found = holidays.country_holidays(country["iso2"], years=2025, language="en_US")
    matching = [day for day, name in found.items() if national["holidays_name"] in name.split("; ")]
    assert matching, f"holidays has no '{national['holidays_name']}' for {country['iso2']}"
    assert f"{matching[0]:%m-%d}" == national["date"]


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
