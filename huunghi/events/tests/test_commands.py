import json
import re
from datetime import date
from io import StringIO

import icalendar
import pytest
from django.core.management import call_command, load_command_class
from django.core.management.base import CommandError

from huunghi.events import reference
from huunghi.events.engine import events_for_year
from huunghi.events.models import PartnerAgreement
from huunghi.events.output import event_uid
from huunghi.organisations.models import Province


def run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_it_prints_the_year_as_json():
    rows = json.loads(run("calendar", "2025", "--json"))
    assert len(rows) == len(events_for_year(2025, countries=reference.countries(), days=reference.days()))
    assert rows[0] == {
        "date": "2025-01-01",
        "kind": "vietnamese_holiday",
        "country": None,
        "years": None,
        "round": None,
        "title_vi": "Tết Dương lịch (01/01)",
        "title_en": "New Year's Day (2025-01-01)",
    }
    assert [r for r in rows if r["country"] == "ID" and r["kind"] == "relations_anniversary"][0] == {
        "date": "2025-12-30",
        "kind": "relations_anniversary",
        "country": "ID",
        "years": 70,
        "round": "năm tròn",
        "title_vi": "Kỷ niệm 70 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Indonesia (30/12/1955 – 30/12/2025)",
        "title_en": "70th anniversary of Vietnam–Indonesia diplomatic relations (1955-12-30 – 2025-12-30)",
    }


def test_it_writes_an_icalendar_file_that_reads_back():
    text = run("calendar", "2027", "--ics")
    calendar = icalendar.Calendar.from_ical(text)
    entries = calendar.walk("VEVENT")
    expected = events_for_year(2027, countries=reference.countries(), days=reference.days())
    assert len(entries) == len(expected)
    cambodia = [e for e in entries if "Campuchia (24/06/1967" in str(e["SUMMARY"])]
    assert len(cambodia) == 1
    assert cambodia[0].decoded("DTSTART").isoformat() == "2027-06-24"
    assert cambodia[0].decoded("DTEND").isoformat() == "2027-06-25"
    assert str(cambodia[0]["SUMMARY"]) == (
        "Kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Campuchia (24/06/1967 – 24/06/2027)"
    )
    assert [str(e["UID"]) for e in entries] == [event_uid(e) for e in expected]
    assert len({str(e["UID"]) for e in entries}) == len(entries)


def test_its_uids_stay_the_same_from_one_export_to_the_next():
    first = icalendar.Calendar.from_ical(run("calendar", "2025", "--ics"))
    second = icalendar.Calendar.from_ical(run("calendar", "2025", "--ics"))
    assert [str(e["UID"]) for e in first.walk("VEVENT")] == [str(e["UID"]) for e in second.walk("VEVENT")]


def test_it_prints_a_vietnamese_table():
    lines = run("calendar", "2027").splitlines()
    assert lines[0].split() == ["Ngày", "Loại", "Nước", "Số", "năm", "Nội", "dung"]
    assert any(line.startswith("24/06/2027  Kỷ niệm quan hệ") and "60 (năm tròn)" in line for line in lines)
    count = len(events_for_year(2027, countries=reference.countries(), days=reference.days()))
    assert lines[-1] == f"{count} sự kiện trong năm 2027."


@pytest.mark.parametrize("year", ["1900", "2101", "abc", "-5", ""])
def test_it_refuses_a_bad_year(year):
    with pytest.raises(CommandError, match="Năm phải là một số từ 1945 đến 2100"):
        run("calendar", year)


def test_a_bad_year_exits_1_with_the_message_on_stderr(capsys):
    command = load_command_class("huunghi.events", "calendar")
    with pytest.raises(SystemExit) as exit_:
        command.run_from_argv(["huunghi", "calendar", "1900", "--skip-checks"])
    assert exit_.value.code == 1
    captured = capsys.readouterr()
    assert captured.err == "CommandError: Năm phải là một số từ 1945 đến 2100, không phải “1900”.\n"
    assert captured.out == ""


def test_it_lists_the_countries_as_json():
    rows = json.loads(run("countries", "--json"))
    assert len(rows) == len(reference.countries()) >= 193
    assert rows[0] == {
        "iso2": "ID",
        "name_vi": "Indonesia",
        "name_en": "Indonesia",
        "relations_established": "1955-12-30",
        "national_day": "08-17",
        "framework": "comprehensive_strategic",
        "framework_year": 2025,
    }
    assert rows[1]["framework"] is None  # Cambodia: a motto, not a partnership level
    holy_see = next(r for r in rows if r["iso2"] == "VA")
    assert holy_see["relations_established"] is None


def test_it_lists_the_countries_as_a_table():
    lines = run("countries").splitlines()
    assert re.split(r"\s{2,}", lines[9]) == [
        "CN",
        "Trung Quốc",
        "18/01/1950",
        "01/10",
        "Đối tác hợp tác chiến lược toàn diện (2008)",
    ]
    assert lines[-1] == f"{len(reference.countries())} nước."
    holy_see = next(line for line in lines if line.startswith("VA "))
    assert "không có quan hệ ngoại giao" in holy_see


@pytest.mark.django_db
def test_it_adds_the_provinces_partner_anniversaries():
    dak_lak = Province.objects.create(code="dak-lak", name="Đắk Lắk")
    PartnerAgreement.objects.create(
        province=dak_lak,
        partner_vi="tỉnh Jeollabuk-do",
        partner_en="Jeollabuk-do Province",
        country="KR",
        type="cooperation_mou",
        signed=date(2016, 1, 10),
    )
    rows = json.loads(run("calendar", "2026", "--province", "dak lak", "--json"))
    assert [row for row in rows if row["kind"] == "partner_anniversary"] == [
        {
            "date": "2026-01-10",
            "kind": "partner_anniversary",
            "country": "KR",
            "years": 10,
            "round": "năm tròn",
            "title_vi": "Kỷ niệm 10 năm quan hệ hợp tác với tỉnh Jeollabuk-do (10/01/2016 – 10/01/2026)",
            "title_en": "10th anniversary of the partnership with Jeollabuk-do Province (2026-01-10)",
        }
    ]
    assert len(rows) == len(json.loads(run("calendar", "2026", "--json"))) + 1
    assert json.loads(run("calendar", "2031", "--province", "Đắk Lắk", "--json"))[0]["date"] == "2031-01-01"
    five = json.loads(run("calendar", "2031", "--province", "DAK-LAK", "--json"))
    assert [(r["years"], r["round"]) for r in five if r["kind"] == "partner_anniversary"] == [(15, "năm lẻ năm")]


def test_an_unknown_province_exits_1_with_a_vietnamese_message(capsys):
    command = load_command_class("huunghi.events", "calendar")
    with pytest.raises(SystemExit) as exit_:
        command.run_from_argv(["huunghi", "calendar", "2025", "--province", "Atlantis", "--skip-checks"])
    assert exit_.value.code == 1
    captured = capsys.readouterr()
    assert captured.err == "CommandError: Không tìm thấy tỉnh, thành phố “Atlantis”.\n"
    assert captured.out == ""


@pytest.mark.django_db
def test_partners_loads_the_seed_partners_and_lists_them():
    Province.objects.create(code="dak-lak", name="Đắk Lắk")
    out = run("partners", "--load")
    assert out.splitlines()[0] == "2 thỏa thuận mới được thêm."
    assert "Đắk Lắk: Tỉnh Jeollabuk-do (KR," in out
    assert out.splitlines()[-1] == "2 thỏa thuận."
    with pytest.raises(CommandError, match="Không tìm thấy tỉnh"):
        run("partners", "--province", "Atlantis")


def test_it_keeps_one_country_and_refuses_an_unknown_one():
    rows = json.loads(run("calendar", "2025", "--country", "id", "--json"))
    assert {(r["kind"], r["years"]) for r in rows} == {("national_day", 80), ("relations_anniversary", 70)}
    with pytest.raises(CommandError, match="Không có nước “XX” trong danh mục"):
        run("calendar", "2025", "--country", "XX")
