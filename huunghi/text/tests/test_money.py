from decimal import Decimal

import pytest

from huunghi.text import format_million, format_money, format_number, parse_money


@pytest.mark.parametrize(
    ("n", "written"),
    [
        (0, "0"),
        (5, "5"),
        (1500, "1.500"),
        (1_500_000, "1.500.000"),
        (1_500_000_000, "1.500.000.000"),
        (-1_500, "-1.500"),
        (1.25, "1,25"),
        (0.1 + 0.2, "0,3"),
        (Decimal("1234.5678"), "1.234,568"),
        (Decimal("2.5005"), "2,501"),
        (Decimal("1.50"), "1,5"),
        (-0.0001, "0"),
        (10**30, "1.000.000.000.000.000.000.000.000.000.000"),
    ],
)
def test_it_formats_numbers_in_vietnamese_style(n, written):
    assert format_number(n) == written


def test_it_refuses_to_format_nan():
    with pytest.raises(ValueError):
        format_number(float("nan"))


def test_it_formats_money_in_dong():
    assert format_money(1_500_000_000) == "1.500.000.000 đồng"
    assert format_money(200_000_000) == "200.000.000 đồng"
    assert format_money(Decimal("1500.5")) == "1.501 đồng"


@pytest.mark.parametrize(
    ("n", "written"),
    [
        (1_500_000_000, "1.500"),
        (1_250_000, "1,25"),
        (200_000_000, "200"),
        (500_000, "0,5"),
        (1_234_567, "1,235"),
        (7_350_000, "7,35"),
        (0, "0"),
    ],
)
def test_it_formats_millions_for_tables(n, written):
    assert format_million(n) == written


@pytest.mark.parametrize(
    ("written", "amount"),
    [
        ("1.500.000 đồng", 1_500_000),
        ("1,5 tỷ đồng", 1_500_000_000),
        ("200 triệu đồng", 200_000_000),
        ("50 triệu", 50_000_000),
        ("1.500.000.000 đồng", 1_500_000_000),
        ("500.000đ", 500_000),
        ("2.000.000 VNĐ", 2_000_000),
        ("1 tỷ 500 triệu đồng", 1_500_000_000),
        ("1,5 tỉ", 1_500_000_000),
        ("20 nghìn đồng", 20_000),
        ("1.500 tỷ đồng", 1_500_000_000_000),
        ("1.5 tỷ", 1_500_000_000),
        ("1,500,000 đồng", 1_500_000),
        ("Kinh phí: 200 TRIỆU ĐỒNG.", 200_000_000),
        ("năm 2024 dự trù 50 triệu đồng", 50_000_000),
    ],
)
def test_it_parses_money(written, amount):
    assert parse_money(written) == amount


@pytest.mark.parametrize(
    "written",
    [
        "",
        "năm 2024",
        "1.500.000",
        "90 triệu dân",
        "5 nghìn người",
        "Sở Tài chính",
        "1.50.000 đồng",
        "5 đơn vị",
    ],
)
def test_it_returns_none_when_not_money(written):
    assert parse_money(written) is None


def test_it_reads_back_what_it_writes():
    assert parse_money(format_money(1_234_567_890)) == 1_234_567_890
