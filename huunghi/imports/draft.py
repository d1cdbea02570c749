"""The JSON a draft keeps: what the extractor understood, where it read it, how sure it was, and which agency
of the register each name as written stands for.

``extraction_to_draft`` turns an :class:`~huunghi.text.extract.Extraction` into that JSON; the reviewer's
corrections are written into the same JSON (``choice`` on a name, ``keep`` on a citation, ``removed`` on a
task) by ``services.draft_update``. Nothing here queries the database.

The shape (version 1)::

    {"version": 1,
     "document": {"number", "doc_type", "issuer", "province", "place", "issued" (ISO), "signer", "signer_title",
                  "title", "spans": {field: [start, end]}, "confidence": {field: 0..1},
                  "issuer_resolution": NAME | null, "issuer_id": agency id | null},
     "plan": {"kind", "start_year", "end_year"},
     "citations": [{"number", "doc_type", "issued", "issuer", "title", "text", "span", "confidence",
                    "issuer_resolution", "issuer_id", "keep"}],
     "sections": [{"code", "title", "span"}],
     "tasks": [{"code", "content", "title", "timing", "section", "category", "span", "assignment_span",
                "confidence", "removed", "lead": [NAME], "cooperating": [NAME]}],
     "mentions": {...}, "budget_sources": [...], "reporting": [...], "warnings": ["..."]}

    NAME = {"written", "status", "agency_id", "score", "candidates": [[agency id, score]], "is_group_phrase",
            "choice": null | agency id | "skip"}
"""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING, Any

from huunghi.plans.models import PlanKind

if TYPE_CHECKING:
    from huunghi.text.agencies import AgencyResolver, Resolution
    from huunghi.text.extract import Extraction

SCHEMA_VERSION = 1
#: Below this confidence a field is flagged for the reviewer to check.
CONFIDENT = 0.8
#: Resolver statuses that name one agency of the register with certainty.
RESOLVED = ("exact", "group")
#: The reviewer's choice for a name that should not become an assignment ("bỏ qua").
SKIP = "skip"

_YEAR = r"((?:19|20)\d{2})"
_RANGE = re.compile(rf"(?<!\d){_YEAR}\s*[-–—]\s*{_YEAR}(?!\d)")
_UNTIL = re.compile(rf"đến\s+năm\s+{_YEAR}", re.IGNORECASE)
_IN_YEAR = re.compile(rf"năm\s+{_YEAR}", re.IGNORECASE)
_OFFICE = re.compile(r"^\s*(?:phó\s+)?chủ\s+tịch\s+", re.IGNORECASE)


def plan_years(title: str, issued: datetime.date | None) -> tuple[str, int | None, int | None]:
    """The plan's kind and years, read from its title as plans write them.

    "... giai đoạn 2022-2026" is a multi-year plan from 2022 to 2026; "... đến năm 2030" a multi-year plan
    from the year it was issued to 2030; "... năm 2024" a yearly plan for 2024. Otherwise the plan is taken
    to be for the year it was issued; without that either, the years are unknown (None) and the reviewer
    fills them in.
    """
    title = title or ""
    issued_year = issued.year if issued else None
    if m := _RANGE.search(title):
        start, end = int(m[1]), int(m[2])
        if start <= end:
            return PlanKind.MULTI_YEAR.value, start, end
    if m := _UNTIL.search(title):
        end = int(m[1])
        start = issued_year if issued_year and issued_year <= end else end
        return PlanKind.MULTI_YEAR.value, start, end
    if m := _IN_YEAR.search(title):
        year = int(m[1])
        return PlanKind.YEARLY.value, year, year
    return PlanKind.YEARLY.value, issued_year, issued_year


def resolution_to_json(resolution: Resolution | None) -> dict[str, Any] | None:
    if resolution is None:
        return None
    return {
        "written": resolution.written,
        "status": resolution.status,
        "agency_id": resolution.agency_id,
        "score": round(float(resolution.score or 0), 3),
        "candidates": [[agency_id, round(float(score), 3)] for agency_id, score in resolution.candidates],
        "is_group_phrase": bool(resolution.is_group_phrase),
    }


def _resolve_issuer(written: str, resolver: AgencyResolver) -> dict[str, Any]:
    """An issuer as written; "Chủ tịch UBND tỉnh" issues for the People's Committee, so a chairman or
    vice-chairman is resolved as the body they sign for when the name itself is not in the register."""
    resolution = resolution_to_json(resolver.resolve(written))
    body = _OFFICE.sub("", written, count=1)
    if resolution["status"] != "exact" and body != written:
        for_body = resolution_to_json(resolver.resolve(body))
        if for_body["status"] == "exact":
            return {**for_body, "written": written}
    return resolution


def _name(written: str, resolver: AgencyResolver) -> dict[str, Any]:
    entry = resolution_to_json(resolver.resolve(written))
    entry["written"] = written
    entry["choice"] = None
    return entry


def _span(span) -> list[int] | None:
    return [int(span[0]), int(span[1])] if span else None


def _iso(d: datetime.date | None) -> str | None:
    return d.isoformat() if d else None


def extraction_to_draft(
    extraction: Extraction, resolver: AgencyResolver, *, issuer_resolver: AgencyResolver | None = None
) -> dict[str, Any]:
    """The draft JSON of an extraction, each lead and cooperating name resolved with ``resolver``.

    ``issuer_resolver`` (by default ``resolver``) resolves the issuers of the document and of the documents
    it cites: it may know central bodies, which cannot be given tasks of a province's plan.
    """
    issuer_resolver = issuer_resolver or resolver
    doc = extraction.document
    issuer_resolution = _resolve_issuer(doc.issuer, issuer_resolver) if doc.issuer else None
    kind, start_year, end_year = plan_years(doc.title or "", doc.issued)
    citations = []
    for c in extraction.citations:
        resolution = _resolve_issuer(c.issuer, issuer_resolver) if c.issuer else None
        citations.append(
            {
                "number": c.number or "",
                "doc_type": c.doc_type or "",
                "issued": _iso(c.issued),
                "issuer": c.issuer or "",
                "title": c.title or "",
                "text": extraction.text[c.span[0] : c.span[1]] if c.span else "",
                "span": _span(c.span),
                "confidence": float(c.confidence),
                "issuer_resolution": resolution,
                "issuer_id": _exact_agency(resolution),
                "keep": citable(c.number),
            }
        )
    return {
        "version": SCHEMA_VERSION,
        "document": {
            "number": doc.number or "",
            "doc_type": doc.doc_type or "plan",
            "issuer": doc.issuer or "",
            "province": doc.province or "",
            "place": doc.place or "",
            "issued": _iso(doc.issued),
            "signer": doc.signer or "",
            "signer_title": getattr(doc, "signer_title", None) or "",
            "title": doc.title or "",
            "spans": {name: _span(span) for name, span in doc.spans.items() if span},
            "confidence": {name: float(value) for name, value in doc.confidence.items()},
            "issuer_resolution": issuer_resolution,
            "issuer_id": _exact_agency(issuer_resolution),
        },
        "plan": {"kind": kind, "start_year": start_year, "end_year": end_year},
        "citations": citations,
        "sections": [{"code": s.code, "title": s.title, "span": _span(s.span)} for s in extraction.sections],
        "tasks": [
            {
                "code": t.code or "",
                "content": t.content or "",
                "title": t.title or "",
                "timing": t.timing or "",
                "section": t.section or "",
                "category": t.category or "",
                "span": _span(t.span),
                "assignment_span": _span(t.assignment_span),
                "confidence": float(t.confidence),
                "removed": False,
                "lead": [_name(written, resolver) for written in t.lead],
                "cooperating": [_name(written, resolver) for written in t.cooperating],
            }
            for t in extraction.tasks
        ],
        "mentions": extraction.to_json()["mentions"],
        "budget_sources": list(extraction.budget_sources),
        "reporting": [
            {"reporter": r.reporter, "recipient": r.recipient, "frequency": list(r.frequency), "span": _span(r.span)}
            for r in extraction.reporting
        ],
        "warnings": [*extraction.warnings, *(w for w in doc.warnings if w not in extraction.warnings)],
    }


def citable(number: str | None) -> bool:
    """Whether a cited document can be found in the register or registered as a stub: only by a number
    (with digits, and short enough to be one)."""
    return bool(number) and len(number) <= 80 and any(ch.isdigit() for ch in number)


def _exact_agency(resolution: dict | None) -> int | None:
    if resolution and resolution["status"] == "exact":
        return resolution["agency_id"]
    return None


def chosen_agency(name: dict) -> int | str | None:
    """What a name as written stands for: the reviewer's choice (an agency id or ``SKIP``), else the agency
    the resolver was sure of; None while it is undecided."""
    choice = name.get("choice")
    if choice == SKIP or isinstance(choice, int):
        return choice
    if name.get("status") in RESOLVED and name.get("agency_id"):
        return name["agency_id"]
    return None


def suggestions(name: dict) -> list[int]:
    """The agencies the resolver offers for a name, best first (the sure one alone when it was sure)."""
    ids = [agency_id for agency_id, _score in name.get("candidates") or []]
    if name.get("agency_id") and name["agency_id"] not in ids:
        ids.insert(0, name["agency_id"])
    return ids
