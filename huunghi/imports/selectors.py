"""Reads for the import: the registry a draft is resolved against, the documents its citations name, the
plan it may repeat, and the draft's text cut into highlighted pieces for the review page."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Q, QuerySet

from huunghi.documents.models import LegalDocument
from huunghi.imports.draft import citable
from huunghi.imports.models import DraftStatus, ImportDraft
from huunghi.organisations.models import Agency, AgencyKind, Province
from huunghi.organisations.selectors import province_lineage_ids
from huunghi.plans.models import Plan
from huunghi.text import number_key, search_key


@dataclass
class Registry:
    """The agencies a draft may name: ``agencies`` of its province (those that can be given its tasks),
    ``issuers`` (those, plus central bodies, which may issue the documents it cites) and the province's
    People's Committee, which issues the plan unless the reviewer says otherwise."""

    province: Province
    agencies: list[Agency] = field(default_factory=list)
    issuers: list[Agency] = field(default_factory=list)
    committee: Agency | None = None

    def __post_init__(self):
        self.by_id = {a.pk: a for a in self.issuers}
        self.agency_ids = {a.pk for a in self.agencies}
        self.issuer_ids = set(self.by_id)


def registry_for(province: Province, start_year: int | None = None, end_year: int | None = None) -> Registry:
    """The province's agencies that existed at some time during the plan's years (all of them when the years
    are unknown), and the central bodies. One query.

    Only the province's own agencies can be given the tasks of its plan; the agencies of the former provinces
    merged into it have their own plans, so they are not offered (a document of a former province becomes a
    plan of that province, see ``services.draft_create``).
    """
    agencies = Agency.objects.filter(Q(province=province) | Q(province__isnull=True))
    if start_year:
        agencies = agencies.filter(Q(valid_to__isnull=True) | Q(valid_to__year__gte=start_year))
    if end_year:
        agencies = agencies.filter(Q(valid_from__isnull=True) | Q(valid_from__year__lte=end_year))
    rows = list(agencies.order_by("kind", "name"))
    own = [a for a in rows if a.province_id == province.pk]
    committees = sorted((a for a in own if a.kind == AgencyKind.PEOPLES_COMMITTEE), key=lambda a: a.pk)
    return Registry(
        province=province,
        agencies=own,
        issuers=own + [a for a in rows if a.province_id is None],
        committee=committees[0] if committees else None,
    )


def draft_registry(draft: ImportDraft) -> Registry:
    plan = draft.data.get("plan") or {}
    return registry_for(draft.province, plan.get("start_year"), plan.get("end_year"))


def has_number(number: str) -> bool:
    """Whether a document number is filled in: "Số: /KH-UBND" is a plan not numbered yet."""
    return any(ch.isdigit() for ch in number_key(number or ""))


def citation_documents(draft: ImportDraft, registry: Registry) -> dict[int, LegalDocument]:
    """The documents of the register the draft's citations name, by the citation's index. One query.

    A citation is found by its number; when its issuer is known (read and resolved, or chosen by the
    reviewer), only that issuer's document counts; otherwise only a document of a central body or of the
    province's lineage does, so that another province's "60/KH-UBND" is never taken for this one's.
    The year counts when the citation gives a date.
    """
    citations = draft.data.get("citations", [])
    keys = {number_key(c["number"]) for c in citations if citable(c.get("number"))}
    if not keys:
        return {}
    documents = list(
        LegalDocument.objects.filter(number_key__in=keys).select_related("issuer").order_by("-issued_on", "pk")
    )
    lineage = set(province_lineage_ids(draft.province))
    found = {}
    for index, citation in enumerate(citations):
        if not citable(citation.get("number")):
            continue
        key = number_key(citation["number"])
        candidates = [d for d in documents if d.number_key == key]
        if citation.get("issued"):
            year = datetime.date.fromisoformat(citation["issued"]).year
            candidates = [d for d in candidates if d.issued_on is None or d.issued_on.year == year]
        if citation.get("issuer_id") and not citation.get("issuer_guessed"):
            candidates = [d for d in candidates if d.issuer_id == citation["issuer_id"]]
        else:
            candidates = [d for d in candidates if d.issuer.province_id is None or d.issuer.province_id in lineage]
        if candidates:
            found[index] = candidates[0]
    return found


def _title_key(title: str) -> str:
    key = search_key(title or "")
    return key.removeprefix("ke hoach ").strip()


def same_document_plan(
    *,
    province: Province,
    sha256: str,
    number: str,
    issued: datetime.date | None,
    title: str,
    start_year: int | None,
) -> Plan | None:
    """A plan of the province already in the system that the uploaded document issued, if there is one.

    It is the same document when the same file was imported and confirmed before; or when a plan of the
    province has the same number in the same year (numbers restart every year); or, for a plan not numbered
    yet, the same title for the same year. Only the province's own plans count: a former province's plan
    with the same number is another province's document.
    """
    earlier = (
        ImportDraft.objects.filter(sha256=sha256, status=DraftStatus.CONFIRMED, plan__province=province)
        .select_related("plan")
        .order_by("-created_at")
        .first()
    )
    if earlier is not None:
        return earlier.plan
    plans = Plan.objects.filter(province=province).select_related("document")
    if has_number(number):
        same = plans.filter(document__number_key=number_key(number))
        if issued:
            same = same.filter(document__issued_on__year=issued.year)
        elif start_year:
            same = same.filter(start_year=start_year)
        else:
            same = same.none()
        plan = same.order_by("pk").first()
        if plan is not None:
            return plan
    if start_year and _title_key(title):
        wanted = _title_key(title)
        for plan in plans.filter(start_year=start_year).order_by("pk"):
            if _title_key(plan.title) == wanted:
                return plan
    return None


def province_key(name: str) -> str:
    """A province's name as matched: "Tỉnh Đắk Lắk", "tỉnh Đắk Lắk" and "Dak Lak" are "dak lak"."""
    return search_key(name or "").removeprefix("tinh ").removeprefix("thanh pho ")


def other_province_named(draft: ImportDraft) -> str:
    """The province the document names, when it is not the draft's (a Quảng Trị plan imported into Quảng
    Ngãi: its agencies were matched against the wrong register); empty otherwise."""
    written = (draft.data.get("document") or {}).get("province") or ""
    names = {province_key(n) for n in (draft.province.name, *draft.province.aliases)}
    return written if written and province_key(written) not in names else ""


def draft_list(drafts: QuerySet[ImportDraft]) -> QuerySet[ImportDraft]:
    return drafts.select_related("province", "created_by", "plan", "replaces_plan")


@dataclass
class Piece:
    """A run of the draft's text and the names of the spans that cover it; ``anchors`` are the spans that
    begin here, so that a field can link to ``#span-NAME``."""

    text: str
    spans: list[str]
    anchors: list[str]

    @property
    def span_list(self) -> str:
        return " ".join(self.spans)

    @property
    def kind(self) -> str:
        """What the innermost span is, for its colour: assign, citation, doc or task."""
        kinds = {"assign" if name.endswith("-assign") else name.split("-")[0] for name in self.spans}
        return next((k for k in ("assign", "citation", "doc", "task") if k in kinds), "")


def text_pieces(text: str, spans: dict[str, tuple[int, int]]) -> list[Piece]:
    """The text cut wherever a span begins or ends, so that overlapping spans can all be highlighted."""
    valid = {n: (s, e) for n, (s, e) in spans.items() if 0 <= s < e <= len(text)}
    cuts = sorted({0, len(text), *(s for s, _ in valid.values()), *(e for _, e in valid.values())})
    starts: dict[int, list[str]] = {}
    for n, (s, _e) in sorted(valid.items()):
        starts.setdefault(s, []).append(n)
    pieces = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [n for n, (s, e) in valid.items() if s <= a and b <= e]
        pieces.append(Piece(text=text[a:b], spans=sorted(covering), anchors=starts.get(a, [])))
    return pieces


def draft_spans(draft: ImportDraft) -> dict[str, tuple[int, int]]:
    """The spans of the review page by name: ``doc-FIELD``, ``citation-I``, ``task-I`` and ``task-I-assign``
    (where a task's agencies were read)."""
    data = draft.data
    spans = {f"doc-{name}": span for name, span in data["document"].get("spans", {}).items() if span}
    spans |= {f"citation-{i}": c["span"] for i, c in enumerate(data["citations"]) if c.get("span")}
    for i, task in enumerate(data["tasks"]):
        if task.get("span"):
            spans[f"task-{i}"] = task["span"]
        if task.get("assignment_span"):
            spans[f"task-{i}-assign"] = task["assignment_span"]
    return {name: (int(s), int(e)) for name, (s, e) in spans.items()}
