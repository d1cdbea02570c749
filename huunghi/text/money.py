"""Numbers and sums of money in Vietnamese style: `1.500.000.000 đồng`, `1,5 tỷ đồng`."""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Context, Decimal
from fractions import Fraction

from huunghi.text.normalize import clean_spaces, nfc

__all__ = ["format_million", "format_money", "format_number", "parse_money"]

Number = int | float | Decimal


def _to_decimal(n: Number) -> Decimal:
    if isinstance(n, float):
        # repr() is the shortest text that reads back as the same float, so 0.1 is 0.1, not its binary value.
        n = Decimal(repr(n))
    value = Decimal(n)
    if not value.is_finite():
        raise ValueError(f"not a finite number: {n!r}")
    return value


def format_number(n: Number, max_decimals: int = 3) -> str:
    """Return `n` in Vietnamese style: thousands grouped with dots, decimals after a comma.

    At most `max_decimals` decimals are shown, rounded half up, without trailing zeros: `1500000` →
    `"1.500.000"`, `1234.5678` → `"1.234,568"`, `-1.5` → `"-1,5"`. Raises ValueError for NaN and infinity.
    """
    # Written here rather than with babel.numbers.format_decimal, which gives the same text for ordinary
    # values but rounds half to even and raises on numbers longer than 28 digits.
    value = _to_decimal(n)
    context = Context(prec=max(28, value.adjusted() + max_decimals + 2))
    rounded = value.quantize(Decimal(1).scaleb(-max_decimals), rounding=ROUND_HALF_UP, context=context)
    whole, _, fraction = f"{abs(rounded):f}".partition(".")
    fraction = fraction.rstrip("0")
    text = f"{int(whole):,}".replace(",", ".") + (f",{fraction}" if fraction else "")
    return f"-{text}" if rounded < 0 else text


def format_money(n: Number) -> str:
    """Return a sum in đồng as documents write it: `1500000000` → `"1.500.000.000 đồng"`.

    The đồng has no smaller unit, so the sum is rounded (half up) to whole đồng.
    """
    return f"{format_number(n, max_decimals=0)} đồng"


def format_million(n: Number, max_decimals: int = 3) -> str:
    """Return a sum in đồng as a figure in millions (triệu đồng), for tables: `1500000000` → `"1.500"`,
    `1250000` → `"1,25"`.

    Three decimals (thousands of đồng, the smallest unit budgets use) are kept by default, so that the rows
    of a table still add up to its total; trailing zeros are dropped.
    """
    return format_number(_to_decimal(n).scaleb(-6), max_decimals=max_decimals)


SCALES = {"tỷ": 10**9, "tỉ": 10**9, "triệu": 10**6, "nghìn": 10**3, "ngàn": 10**3}
NUMBER = r"[0-9]+(?:[.,][0-9]+)*"
SCALE = r"(?:tỷ|tỉ|triệu|nghìn|ngàn)(?![^\W\d_])"
CURRENCY = r"(?:đồng|vnđ|vnd|đ|₫)(?![^\W\d_])"
AMOUNT = re.compile(
    rf"(?<![\w.,])(?P<body>{NUMBER}(?:\s*{SCALE}(?:\s*{NUMBER}\s*{SCALE})*)?)"
    # Without a currency, a sum must not be followed by a word: `90 triệu dân` counts people, not money.
    rf"(?:\s*(?P<currency>{CURRENCY})|(?!\s*[^\W\d_]))",
    re.IGNORECASE,
)
SCALE_WORD = re.compile(SCALE, re.IGNORECASE)
TERM = re.compile(rf"(?P<number>{NUMBER})\s*(?P<scale>{SCALE})?", re.IGNORECASE)


def _parse_number(text: str) -> Fraction | None:
    """Read `1.500.000`, `1,5`, `1.500.000,50` (Vietnamese) or `1,500,000.50`, `1.5` (English)."""
    dots, commas = text.count("."), text.count(",")
    if dots and commas:
        decimal_mark = "." if text.rfind(".") > text.rfind(",") else ","
    elif dots == 1 and (len(text) - text.find(".") - 1 != 3 or text.startswith("0")):
        # One dot before three digits groups thousands (`1.500`); anything else is an English decimal point.
        decimal_mark = "."
    elif commas == 1:
        # A single comma is the Vietnamese decimal mark: `1,500 tỷ` is one and a half billion.
        decimal_mark = ","
    else:
        decimal_mark = ""
    whole, _, fraction = text.rpartition(decimal_mark) if decimal_mark else (text, "", "")
    if decimal_mark and any(c in fraction for c in ".,"):
        return None
    groups = re.split(r"[.,]", whole)
    if len(groups) > 1 and (len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:])):
        return None
    return Fraction("".join(groups) + ("." + fraction if fraction else ""))


def _amount(body: str) -> Fraction | None:
    total = Fraction(0)
    last_scale = math.inf
    for term in TERM.finditer(body):
        number = _parse_number(term["number"])
        scale = SCALES[term["scale"].lower()] if term["scale"] else 1
        if number is None or scale >= last_scale:
            return None
        total += number * scale
        last_scale = scale
    return total


def parse_money(s: str) -> int | None:
    """Return the first sum of money in `s`, in whole đồng (rounded half up), or None if there is none.

    A sum is a number with a currency (`1.500.000 đồng`, `500.000đ`, `2.000.000 VNĐ`), a scale word
    (`50 triệu`, `1,5 tỷ đồng`, `1 tỷ 500 triệu đồng`) or both. A bare number (`2024`) and a number of
    something else (`90 triệu dân`) are not money. Never raises.
    """
    for m in AMOUNT.finditer(clean_spaces(nfc(s))):
        if not (m["currency"] or SCALE_WORD.search(m["body"])):
            continue
        total = _amount(m["body"])
        if total is not None:
            return math.floor(total + Fraction(1, 2))
    return None
