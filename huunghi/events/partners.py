"""The seed file of provinces' foreign partner localities and agreements (kết nghĩa, hợp tác),
data/partners.json, checked as it is read; and provinces named as people write them. No Django here.
The agreements a province keeps are in the database (events.models.PartnerAgreement); this file seeds them."""

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from huunghi.text.normalize import search_key

DATA_DIR = Path(__file__).parent / "data"
PROVINCES_FILE = Path(__file__).parent.parent / "organisations" / "data" / "provinces.json"
TYPES = ("twinning", "cooperation_mou", "other")


@dataclass(frozen=True, slots=True)
class Agreement:
    """One agreement of a province with a foreign locality; ``signed`` and ``expires`` are None when no
    public source confirms them."""

    province: str
    partner_vi: str
    partner_en: str
    country: str
    type: str
    signed: date | None
    expires: date | None
    source: str
    leader_title_vi: str = ""
    leader_title_en: str = ""
    note: str = ""


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def load_agreements(path: Path, *, today: date) -> tuple[Agreement, ...]:
    """Every agreement of the file. Raises ValueError, in Vietnamese, for an unknown type, a missing source,
    an agreement signed after ``today`` or one expiring before it was signed."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    agreements = []
    for province, rows in data["provinces"].items():
        for row in rows:
            where = f"{province}: {row.get('partner_vi', '?')}"
            if row.get("type") not in TYPES:
                raise ValueError(f"{where}: loại thỏa thuận “{row.get('type')}” không hợp lệ.")
            if not row.get("source"):
                raise ValueError(f"{where}: thiếu nguồn.")
            signed, expires = _date(row.get("signed")), _date(row.get("expires"))
            if signed and signed > today:
                raise ValueError(f"{where}: ngày ký {signed:%d/%m/%Y} ở tương lai.")
            if signed and expires and expires < signed:
                raise ValueError(f"{where}: ngày hết hạn {expires:%d/%m/%Y} trước ngày ký {signed:%d/%m/%Y}.")
            agreements.append(
                Agreement(
                    province=province,
                    partner_vi=row["partner_vi"],
                    partner_en=row["partner_en"],
                    country=row["country"],
                    type=row["type"],
                    signed=signed,
                    expires=expires,
                    source=row["source"],
                    leader_title_vi=row.get("leader_title_vi") or "",
                    leader_title_en=row.get("leader_title_en") or "",
                    note=row.get("note") or "",
                )
            )
    return tuple(agreements)


@cache
def _province_keys() -> dict[str, str]:
    rows = json.loads(PROVINCES_FILE.read_text(encoding="utf-8"))["provinces"]
    keys = {}
    for row in rows:
        current = row["merged_into"] or row["code"]
        for spelling in (row["code"], row["name"], *row.get("aliases", ())):
            keys.setdefault(search_key(spelling.replace("-", " ")), current)
    return keys


def province_code(name: str) -> str:
    """The code of today's province for a name, alias or code, with or without accents; a former province
    gives the one it was merged into. Raises ValueError, in Vietnamese, for an unknown name."""
    key = search_key(name.replace("-", " "))
    for prefix in ("tinh ", "thanh pho ", "tp. ", "tp "):
        if key.startswith(prefix) and key[len(prefix) :] in _province_keys():
            key = key[len(prefix) :]
    try:
        return _province_keys()[key]
    except KeyError:
        raise ValueError(f"Không tìm thấy tỉnh, thành phố “{name}”.") from None
