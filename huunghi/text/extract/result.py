"""What the extractor understood of a document: the shape every part of the import agrees on.

Every extracted item keeps ``span``, the (start, end) character offsets of the words it came from in the
text the extractor was given, so that the review page can highlight them; and ``confidence`` in [0, 1], so
that it can flag what a person should check. ``to_json()`` gives the public form printed by
``huunghi extract FILE --json`` (dates ISO ``YYYY-MM-DD``, ``None`` when absent, names as written, NFC).

Document types use the register's codes: plan, decision, directive, resolution, conclusion, programme,
letter, decree, circular, report, strategy, other.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

Span = tuple[int, int]


@dataclass
class DocumentInfo:
    number: str | None = None  # "1270/KH-UBND" as written; "/KH-UBND" for "Số: /KH-UBND"
    doc_type: str | None = None
    issuer: str | None = None  # "UBND tỉnh Đắk Lắk", as written
    province: str | None = None  # "Đắk Lắk"
    place: str | None = None
    issued: datetime.date | None = None
    signer: str | None = None
    title: str | None = None
    signer_title: str | None = None  # "PHÓ CHỦ TỊCH", as written above the name
    warnings: list[str] = field(default_factory=list)  # in Vietnamese: what could only be read in part
    spans: dict[str, Span] = field(default_factory=dict)  # field name → where it was read
    confidence: dict[str, float] = field(default_factory=dict)


@dataclass
class Citation:
    number: str | None
    doc_type: str | None
    issued: datetime.date | None = None
    issuer: str | None = None
    title: str | None = None  # what follows "về ..." when written
    span: Span | None = None
    confidence: float = 1.0


@dataclass
class Section:
    code: str  # "I", "II", "II.1"
    title: str
    span: Span | None = None


@dataclass
class Task:
    code: str  # "II.2.đ", "II.3", "1"
    content: str
    lead: list[str] = field(default_factory=list)  # agency names as written, one per agency or group
    cooperating: list[str] = field(default_factory=list)
    timing: str | None = None  # "Quý I", "thường xuyên", "năm 2018"
    title: str | None = None  # the numbered item's heading, when the task sits under one
    section: str | None = None  # code of the section it belongs to
    category: str | None = None  # plans.TaskCategory value when it can be told
    span: Span | None = None
    assignment_span: Span | None = None
    confidence: float = 1.0


@dataclass
class Anniversary:
    country: str  # ISO 3166 alpha-2
    years: int
    year: int | None = None  # the year it falls in
    span: Span | None = None


@dataclass
class Reporting:
    """Who reports to whom and how often ("báo cáo ... 6 tháng, hằng năm ... gửi Sở Ngoại vụ")."""

    reporter: str | None
    recipient: str | None
    frequency: list[str] = field(default_factory=list)  # "6 tháng", "hằng năm", "định kỳ"
    span: Span | None = None


@dataclass
class Mentions:
    countries: list[str] = field(default_factory=list)  # ISO alpha-2, in order of first mention
    localities: list[str] = field(default_factory=list)  # foreign partner localities as written
    anniversaries: list[Anniversary] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)  # ISO 639-1: vi, en, km ...


@dataclass
class Extraction:
    text: str  # the text the spans point into
    document: DocumentInfo = field(default_factory=DocumentInfo)
    citations: list[Citation] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    mentions: Mentions = field(default_factory=Mentions)
    budget_sources: list[str] = field(default_factory=list)  # "state", "non_state", "other"
    reporting: list[Reporting] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # in Vietnamese, for the reviewer

    def to_json(self) -> dict:
        """The public form of ``huunghi extract --json``."""

        def iso(d: datetime.date | None) -> str | None:
            return d.isoformat() if d else None

        doc = self.document
        return {
            "document": {
                "number": doc.number,
                "doc_type": doc.doc_type,
                "issuer": doc.issuer,
                "province": doc.province,
                "place": doc.place,
                "issued": iso(doc.issued),
                "signer": doc.signer,
                "title": doc.title,
            },
            "citations": [
                {"number": c.number, "doc_type": c.doc_type, "issued": iso(c.issued), "issuer": c.issuer}
                for c in self.citations
            ],
            "sections": [{"code": s.code, "title": s.title} for s in self.sections],
            "tasks": [
                {"code": t.code, "content": t.content, "lead": t.lead, "cooperating": t.cooperating, "timing": t.timing}
                for t in self.tasks
            ],
            "mentions": {
                "countries": self.mentions.countries,
                "localities": self.mentions.localities,
                "anniversaries": [
                    {"country": a.country, "years": a.years, "year": a.year} for a in self.mentions.anniversaries
                ],
                "languages": self.mentions.languages,
            },
            "warnings": self.warnings,
        }
