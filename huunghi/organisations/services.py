"""Writes to provinces and agencies."""

import datetime
import json
from collections.abc import Iterable
from pathlib import Path

from django.db import transaction
from django.utils.translation import gettext as _

from huunghi.core.errors import DomainError
from huunghi.organisations.models import Agency, AgencyKind, Province
from huunghi.text import search_key

PROVINCES_FILE = Path(__file__).parent / "data" / "provinces.json"


def agency_search_key(name: str, short_name: str = "", abbreviations: Iterable[str] = ()) -> str:
    """The accent-free key an agency is found by: its full name, short name and abbreviations."""
    return " | ".join(search_key(part) for part in (name, short_name, *abbreviations) if part)


@transaction.atomic
def provinces_load(path: Path = PROVINCES_FILE) -> int:
    """Create or update every province in the reference file; returns how many rows it holds.

    Safe to run again: rows are matched by code.
    """
    rows = json.loads(path.read_text(encoding="utf-8"))["provinces"]
    by_code = {p.code: p for p in Province.objects.all()}
    for row in rows:
        fields = {
            "name": row["name"],
            "kind": row["kind"],
            "aliases": row.get("aliases", []),
            "valid_from": _date(row.get("valid_from")),
            "valid_to": _date(row.get("valid_to")),
        }
        province = by_code.get(row["code"])
        if province is None:
            by_code[row["code"]] = Province.objects.create(code=row["code"], **fields)
        elif any(getattr(province, name) != value for name, value in fields.items()):
            # Only a real change is saved, so that reloading the file leaves no empty history entries.
            for name, value in fields.items():
                setattr(province, name, value)
            province.save()
    for row in rows:
        target = by_code[row["merged_into"]] if row.get("merged_into") else None
        province = by_code[row["code"]]
        if province.merged_into_id != (target.pk if target else None):
            province.merged_into = target
            province.save(update_fields=["merged_into"])
    return len(rows)


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


@transaction.atomic
def agency_create(
    *,
    province: Province | None,
    name: str,
    kind: str,
    short_name: str = "",
    abbreviations: Iterable[str] = (),
    group_of: str = "",
    valid_from: datetime.date | None = None,
    valid_to: datetime.date | None = None,
    email: str = "",
) -> Agency:
    """Create an agency of a province (or a central body when ``province`` is None)."""
    abbreviations = [a for a in abbreviations if a]
    if valid_from and valid_to and valid_to < valid_from:
        raise DomainError(_("The end date cannot be before the start date."), field="valid_to")
    if kind == AgencyKind.GROUP and not group_of:
        raise DomainError(_("A group must say which kind of agency it stands for."), field="group_of")
    if Agency.objects.filter(province=province, name=name).exists():
        raise DomainError(_("An agency with this name already exists in this province."), field="name")
    return Agency.objects.create(
        province=province,
        name=name,
        kind=kind,
        short_name=short_name,
        abbreviations=abbreviations,
        group_of=group_of if kind == AgencyKind.GROUP else "",
        valid_from=valid_from,
        valid_to=valid_to,
        email=email,
        search_key=agency_search_key(name, short_name, abbreviations),
    )


def agency_get_or_create(*, province: Province | None, name: str, kind: str, **fields) -> Agency:
    """The agency of that name in that province, created with ``fields`` when it is not there yet."""
    existing = Agency.objects.filter(province=province, name=name).first()
    return existing or agency_create(province=province, name=name, kind=kind, **fields)


def agency_refresh_search_key(agency: Agency) -> None:
    """Recompute the search key after the names were edited (the admin calls this)."""
    agency.search_key = agency_search_key(agency.name, agency.short_name, agency.abbreviations)


def province_set_focal_agency(*, province: Province, agency: Agency | None) -> Province:
    """Make ``agency`` the province's focal agency (cơ quan đầu mối)."""
    if agency is not None and agency.province_id != province.pk:
        raise DomainError(_("The focal agency must be an agency of this province."), field="focal_agency")
    province.focal_agency = agency
    province.save(update_fields=["focal_agency"])
    return province
