"""The reference data of the diplomatic calendar, read from ``data/*.json``. No Django here."""

import json
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"


@cache
def countries() -> tuple[dict, ...]:
    """Every country row of data/countries.json, in file order."""
    return tuple(json.loads((DATA_DIR / "countries.json").read_text(encoding="utf-8"))["countries"])


@cache
def days() -> dict:
    """data/days.json: ``international``, ``vietnamese_solar`` and ``vietnamese_lunar`` day lists."""
    return json.loads((DATA_DIR / "days.json").read_text(encoding="utf-8"))
