import datetime
import unicodedata

import pytest

from huunghi.text import find_dates, format_date, format_nd30, format_place_date, parse_date

D = datetime.date


@pytest.mark.parametrize(
    ("written", "date"),
    [
        ("14/7/2014", D(2014, 7, 14)),
        ("02/02/2018", D(2018, 2, 2)),
        ("24-11-2021", D(2021, 11, 24)),
        ("24.11.2021", D(2021, 11, 24)),
        ("ngày 24 tháng 11 năm 2021", D(2021, 11, 24)),
        ("ngày 24/11/2021", D(2021, 11, 24)),
        ("Ngày 05 tháng 02 năm 2024", D(2024, 2, 5)),
        ("ngày 09 tháng 6 năm 2014", D(2014, 6, 9)),
        ("NGÀY 04 THÁNG 6 NĂM 2020", D(2020, 6, 4)),
        ("ngay 24 thang 11 nam 2021", D(2021, 11, 24)),
        ("  10/9/2021  ", D(2021, 9, 10)),
        ("ngày\u00a030/12/1955", D(1955, 12, 30)),
        ("29/02/2024", D(2024, 2, 29)),
    ],
)
def test_it_parses_dates_as_documents_write_them(written, date):
    assert parse_date(written) == date


@pytest.mark.parametrize(
    "written",
    [
        "31/02/2020",
        "29/02/2023",
        "00/01/2020",
        "12/13/2020",
        "ngày 32 tháng 1 năm 2020",
        "ngày tháng 02 năm 2024",
        "Đắk Lắk, ngày tháng 02 năm 2024",
        "tháng 6/2014",
        "năm 2018",
        "Quý I",
        "09/2019/NĐ-CP",
        "HCM/321/1/2018",
        "14/7/14",
        "",
        "01/01/0000",
    ],
)
def test_it_returns_none_without_a_full_valid_date(written):
    assert parse_date(written) is None


def test_it_parses_dates_from_decomposed_text():
    assert parse_date(unicodedata.normalize("NFD", "ngày 24 tháng 11 năm 2021")) == D(2021, 11, 24)


def test_it_finds_the_citation_dates_in_a_plan():
    text = (
        "Trên cơ sở Quyết định số 979/QĐ-UBND ngày 14/7/2014 của Chủ tịch UBND tỉnh về việc ban hành Kế hoạch "
        "và đề xuất của Sở Ngoại vụ tại Công văn số 87/SNgV-LSLTBC ngày 02/02/2018, Chủ tịch UBND tỉnh ban hành"
    )
    dates = find_dates(text)
    assert [d for d, _, _ in dates] == [D(2014, 7, 14), D(2018, 2, 2)]
    assert [text[start:end] for _, start, end in dates] == ["ngày 14/7/2014", "ngày 02/02/2018"]


def test_it_finds_dates_written_in_words():
    text = (
        "Kế hoạch số 720/KH-UBND ngày 24 tháng 11 năm 2021 của Ủy ban nhân dân tỉnh; Nghị quyết số 33-NQ/TW "
        "ngày 09 tháng 6 năm 2014; Kết luận số 76-KL/TW ngày 04 tháng 6 năm 2020 của Bộ Chính trị"
    )
    dates = find_dates(text)
    assert [d for d, _, _ in dates] == [D(2021, 11, 24), D(2014, 6, 9), D(2020, 6, 4)]
    assert text[dates[0][1] : dates[0][2]] == "ngày 24 tháng 11 năm 2021"


def test_it_finds_a_date_without_the_word_ngay():
    text = "07/06/2023 (sotttt.angiang.gov.vn) - Sở Thông tin và Truyền thông An Giang"
    assert find_dates(text) == [(D(2023, 6, 7), 0, 10)]


def test_it_skips_invalid_dates_and_document_numbers_in_a_text():
    text = "Nghị định 09/2019/NĐ-CP, ngày 31/02/2020 và ngày 01/03/2020"
    assert find_dates(text) == [(D(2020, 3, 1), 44, 59)]
    assert text[44:59] == "ngày 01/03/2020"


def test_it_formats_dates_for_people():
    assert format_date(D(2024, 2, 5)) == "05/02/2024"
    assert format_date(D(2014, 7, 14)) == "14/07/2014"


@pytest.mark.parametrize(
    ("date", "written"),
    [
        (D(2020, 2, 19), "ngày 19 tháng 02 năm 2020"),
        (D(2022, 3, 14), "ngày 14 tháng 3 năm 2022"),
        (D(2021, 11, 5), "ngày 05 tháng 11 năm 2021"),
        (D(2024, 1, 11), "ngày 11 tháng 01 năm 2024"),
        (D(2024, 2, 5), "ngày 05 tháng 02 năm 2024"),
        (D(2021, 12, 30), "ngày 30 tháng 12 năm 2021"),
    ],
)
def test_it_formats_dates_as_decree_30_does(date, written):
    assert format_nd30(date) == written


def test_it_formats_the_place_and_date_line():
    assert format_place_date("Đắk Lắk", D(2020, 2, 19)) == "Đắk Lắk, ngày 19 tháng 02 năm 2020"


def test_it_leaves_day_and_month_blank_without_a_date():
    assert format_place_date("Đắk Lắk", None, 2024) == "Đắk Lắk, ngày      tháng      năm 2024"
    assert format_place_date("Đắk Lắk", None) == "Đắk Lắk, ngày      tháng      năm      "


def test_it_reads_back_what_it_writes():
    date = D(2020, 2, 19)
    assert parse_date(format_nd30(date)) == date
    assert parse_date(format_date(date)) == date
    assert parse_date(format_place_date("Đắk Lắk", date)) == date
