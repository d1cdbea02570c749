"""The Vietnamese text core: normalisation, collation, dates and money, with no Django in it.

Nothing in this package may import Django, directly or indirectly: it is used by scripts and document
parsers that run without settings, and a test checks it.
"""

from huunghi.text.collation import sort_key, sorted_vi
from huunghi.text.dates import find_dates, format_date, format_nd30, format_place_date, parse_date
from huunghi.text.money import format_million, format_money, format_number, parse_money
from huunghi.text.normalize import (
    clean_spaces,
    display,
    fold_tones,
    match_key,
    nfc,
    number_key,
    search_key,
)

__all__ = [
    "clean_spaces",
    "display",
    "find_dates",
    "fold_tones",
    "format_date",
    "format_million",
    "format_money",
    "format_nd30",
    "format_number",
    "format_place_date",
    "match_key",
    "nfc",
    "number_key",
    "parse_date",
    "parse_money",
    "search_key",
    "sort_key",
    "sorted_vi",
]
