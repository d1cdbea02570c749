"""Importing a plan from a file: read it, understand it, keep a draft for a person to check, then confirm.

``draft_create`` reads the file (``huunghi.text.readers``), extracts the plan (``huunghi.text.extract``),
resolves every agency name against the register (``huunghi.text.agencies``) and stores a draft: the text,
the file's hash and the JSON of ``huunghi.imports.draft`` — never the file. ``draft_update`` records the
reviewer's corrections; ``draft_confirm`` turns the draft into a plan with the plans' and documents'
services, in one transaction; ``draft_discard`` sets it aside. Each refuses bad input with a ``DomainError``
before anything is saved.
"""

from __future__ import annotations

import copy
import datetime
import hashlib
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from huunghi.core.errors import DomainError
from huunghi.documents.models import DocumentType, LegalDocument
from huunghi.documents.services import citation_add, document_create, document_update
from huunghi.imports.draft import SKIP, chosen_agency, citable, extraction_to_draft, plan_years
from huunghi.imports.models import DraftStatus, ImportDraft
from huunghi.imports.selectors import (
    Registry,
    citation_documents,
    draft_registry,
    has_number,
    province_key,
    registry_for,
    same_document_plan,
)
from huunghi.organisations.models import Agency, Province
from huunghi.organisations.selectors import province_lineage_ids
from huunghi.plans.models import Plan, PlanKind, Task, TaskCategory
from huunghi.plans.services import plan_create, plan_update, section_create, task_create, task_delete
from huunghi.text import extract as text_extract
from huunghi.text import number_key, readers, search_key
from huunghi.text.agencies import AgencyEntry, AgencyResolver

#: How a stub of the register (a cited document known only by its citation) is titled when the citation
#: gives no "về ..." subject; with an empty text, it shows the document is still to be completed.
STUB_TITLE = "(chưa có trích yếu)"

#: The reader's failure codes, in the user's language (the reader's own messages are Vietnamese only).
READ_ERRORS = {
    "empty": gettext_lazy("The file is empty."),
    "too_large": gettext_lazy("The file is too large: the limit is %(limit)s MB."),
    "unsupported": gettext_lazy(
        "This kind of file cannot be read. Upload a .docx, .doc, .pdf, .txt, .html or .htm file."
    ),
    "binary": gettext_lazy("This file holds no text: is it an image or a program?"),
    "too_large_uncompressed": gettext_lazy("The file unpacks to too much data to be read safely."),
    "broken": gettext_lazy("The file is damaged and cannot be opened."),
    "no_text": gettext_lazy("No text was found in the file. A scanned document must first be converted to text (OCR)."),
    "doc_needs_libreoffice": gettext_lazy(
        "Old Word files (.doc) cannot be read on this server. Save the file as .docx in Word and upload it again."
    ),
    "encoding": gettext_lazy(
        "The characters of this file could not be recognised. Save it as .docx or as UTF-8 text and upload it again."
    ),
}
ACCEPTED_EXTENSIONS = (".docx", ".doc", ".pdf", ".txt", ".html", ".htm")

# Document numbers' type codes ("KH", "QĐ" ...): the rest of a symbol names the issuer ("QĐ-TTg": TTg).
TYPE_CODES = {"kh", "qd", "nq", "ct", "kl", "tb", "bc", "cv", "nd", "tt", "ttr", "ctr", "ctrhd", "hd", "cl"}


def max_file_bytes() -> int:
    """The reader's limit, read when asked (tests lower it)."""
    return readers.MAX_FILE_BYTES


def read_error_message(code: str) -> str:
    """The message, in the user's language, for a reader's failure code."""
    if code == "too_large":
        return READ_ERRORS["too_large"] % {"limit": max_file_bytes() // (1024 * 1024)}
    return str(READ_ERRORS.get(code, gettext_lazy("The file could not be read.")))


def read_upload(*, filename: str, data: bytes):
    """The text of an uploaded file (a ``ReadResult``); a ``DomainError`` on the ``file`` field when it
    cannot be read."""
    try:
        return readers.read_bytes(data, filename)
    except readers.UnreadableFile as error:
        raise DomainError(read_error_message(error.code), field="file", code=error.code) from error


# -- creating a draft ---------------------------------------------------------------------------------------


def _resolvers(registry: Registry):
    """One resolver for the names of the tasks (the province's agencies) and one for issuers (those and
    the central bodies)."""
    province = registry.province
    names = tuple(n for n in (province.name, province.full_name, *province.aliases) if n)

    def entries(agencies: list[Agency]):
        return [
            AgencyEntry(
                id=a.pk,
                name=a.name,
                short_name=a.short_name,
                abbreviations=tuple(a.abbreviations or ()),
                kind=a.kind,
                group_of=a.group_of,
            )
            for a in agencies
        ]

    return (
        AgencyResolver(entries(registry.agencies), province_names=names),
        AgencyResolver(entries(registry.issuers), province_names=names),
    )


def _document_province(province: Province, written: str | None) -> Province:
    """The province the document belongs to: ``province`` or, when the document names a former province
    merged into it (a Phú Yên plan imported in Đắk Lắk), that province, whose agencies its tasks name."""
    if not written:
        return province
    wanted = province_key(written)
    for candidate in Province.objects.filter(pk__in=province_lineage_ids(province)).order_by("pk"):
        if wanted in {province_key(name) for name in (candidate.name, *candidate.aliases)}:
            return candidate
    return province


def _symbol_issuer(number: str, issuer_resolver) -> int | None:
    """The issuer a document number's symbol names ("208/QĐ-TTg": the Prime Minister; "87/SNgV-LSLTBC":
    Sở Ngoại vụ), when the register knows it for certain."""
    _number, _slash, symbol = number.partition("/")
    parts = [p for p in symbol.replace("–", "-").replace("/", "-").split("-") if p]
    # "33-NQ/TW": the type comes before the slash, the issuer after it.
    for part in parts:
        if search_key(part) in TYPE_CODES:
            continue
        resolution = issuer_resolver.resolve(part)
        if resolution.status == "exact" and resolution.agency_id:
            return resolution.agency_id
    return None


def _fill_issuers(data: dict, registry: Registry, issuer_resolver) -> None:
    """Give the document and each citation an issuer to start from: the one read when the register knows it,
    else (for a citation) the one its number's symbol names, else the province's People's Committee. A guess
    is marked, for the reviewer to check, and does not count when the register is searched."""
    committee_id = registry.committee.pk if registry.committee else None
    document = data["document"]
    if document["issuer_id"] not in registry.issuer_ids:
        document["issuer_id"] = committee_id
    for citation in data["citations"]:
        citation["issuer_guessed"] = False
        if citation["issuer_id"] in registry.issuer_ids:
            continue
        guess = _symbol_issuer(citation["number"], issuer_resolver) if citation["number"] else None
        citation["issuer_id"] = guess if guess in registry.issuer_ids else committee_id
        citation["issuer_guessed"] = True


def _parse_iso(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def draft_create(*, user=None, province: Province, filename: str, data: bytes) -> ImportDraft:
    """Read, understand and keep a plan file as a draft of ``province`` (or of the former province merged
    into it that the document names). A file that cannot be read raises a ``DomainError`` on ``file`` and
    stores nothing. When the document is already a plan, ``replaces_plan`` says which."""
    # Reading a large file takes seconds: it is done before the transaction, which would hold the
    # database's write lock all that time.
    result = read_upload(filename=filename, data=data)
    extraction = text_extract.extract(result.text)
    with transaction.atomic():
        return _draft_from(
            user=user, province=province, filename=filename, data=data, result=result, extraction=extraction
        )


def _draft_from(*, user, province: Province, filename: str, data: bytes, result, extraction) -> ImportDraft:
    info = extraction.document
    _kind, start_year, end_year = plan_years(info.title or "", info.issued)
    province = _document_province(province, info.province)
    registry = registry_for(province, start_year, end_year)
    resolver, issuer_resolver = _resolvers(registry)
    draft_data = extraction_to_draft(extraction, resolver, issuer_resolver=issuer_resolver)
    _fill_issuers(draft_data, registry, issuer_resolver)
    draft_data["source"] = {"encoding": result.encoding, "pages": result.pages}
    draft_data["warnings"] = [*result.warnings, *draft_data["warnings"]]
    sha256 = hashlib.sha256(data).hexdigest()
    return ImportDraft.objects.create(
        province=province,
        created_by=user,
        file_name=filename[-255:],
        file_format=result.format,
        file_size=len(data),
        sha256=sha256,
        text=extraction.text,
        data=draft_data,
        replaces_plan=same_document_plan(
            province=province,
            sha256=sha256,
            number=info.number or "",
            issued=info.issued,
            title=info.title or "",
            start_year=start_year,
        ),
    )


# -- the reviewer's corrections -----------------------------------------------------------------------------


def _check_open(draft: ImportDraft) -> None:
    if draft.status != DraftStatus.DRAFT:
        raise DomainError(_("This draft was already confirmed or discarded; it can no longer be changed."))


def _agency_choice(value, allowed: set[int], field: str):
    if value is None or value == "" or value == SKIP:
        return value or None
    if isinstance(value, str) and value.isdigit():
        value = int(value)
    if not isinstance(value, int) or value not in allowed:
        raise DomainError(_("Choose an agency of the province from the list."), field=field)
    return value


def _added_name(agency_id: int) -> dict[str, Any]:
    """A name the reviewer added: no words in the text stand for it."""
    return {
        "written": "",
        "status": "added",
        "agency_id": agency_id,
        "score": 1.0,
        "candidates": [],
        "is_group_phrase": False,
        "choice": agency_id,
    }


DOCUMENT_INPUTS = {
    # reviewer's field → key in the draft's "document"
    "number": "number",
    "doc_type": "doc_type",
    "title": "title",
    "issued_on": "issued",
    "place": "place",
    "signer_name": "signer",
    "signer_title": "signer_title",
    "issuer_id": "issuer_id",
}
TASK_INPUTS = ("code", "title", "content", "timing", "category", "removed")


@transaction.atomic
def draft_update(*, user=None, draft: ImportDraft, data: dict[str, Any]) -> ImportDraft:
    """Record the reviewer's corrections. ``data`` may hold any of:

    - ``document``: number, doc_type, title, issued_on (a date), place, signer_name, signer_title, issuer_id;
    - ``plan``: kind, start_year, end_year;
    - ``tasks``: one dict per task of the draft, in order: code, title, content, timing, category, removed,
      and ``lead`` / ``cooperating``: one choice per name as written (an agency id, ``"skip"`` to drop the
      name, or None: undecided), ``add_lead`` / ``add_cooperating``: agency ids the text does not name;
    - ``citations``: one dict per citation, in order: keep (bool), issuer_id.
    """
    _check_open(draft)
    new = copy.deepcopy(draft.data)
    if "plan" in data:
        plan = new["plan"]
        for name, value in data["plan"].items():
            if name == "kind":
                if value not in PlanKind.values:
                    raise DomainError(_("Choose a kind of plan from the list."), field="kind")
                plan["kind"] = value
            elif name in ("start_year", "end_year"):
                plan[name] = int(value) if value not in (None, "") else None
            else:
                raise TypeError(f"draft_update() got an unexpected plan field {name!r}")
    # The agencies offered are those of the plan's years, as the reviewer has just set them.
    registry = registry_for(draft.province, new["plan"].get("start_year"), new["plan"].get("end_year"))
    if "document" in data:
        document = new["document"]
        for name, value in data["document"].items():
            if name not in DOCUMENT_INPUTS:
                raise TypeError(f"draft_update() got an unexpected document field {name!r}")
            if name == "issuer_id":
                value = _agency_choice(value, registry.issuer_ids, "issuer_id")
            elif name == "issued_on":
                value = value.isoformat() if value else None
            elif name == "doc_type" and value not in DocumentType.values:
                raise DomainError(_("Choose a document type from the list."), field="doc_type")
            else:
                value = (value or "").strip()
            document[DOCUMENT_INPUTS[name]] = value
    if "tasks" in data:
        if len(data["tasks"]) != len(new["tasks"]):
            raise DomainError(_("The draft changed while you were editing it; reload the page."))
        for index, (task, changes) in enumerate(zip(new["tasks"], data["tasks"], strict=True)):
            _update_task(task, changes, registry, prefix=f"task-{index}")
    if "citations" in data:
        if len(data["citations"]) != len(new["citations"]):
            raise DomainError(_("The draft changed while you were editing it; reload the page."))
        for index, (citation, changes) in enumerate(zip(new["citations"], data["citations"], strict=True)):
            if "keep" in changes:
                citation["keep"] = bool(changes["keep"]) and citable(citation["number"])
            if "issuer_id" in changes:
                issuer_id = _agency_choice(changes["issuer_id"], registry.issuer_ids, f"citation-{index}-issuer_id")
                if issuer_id != citation["issuer_id"]:
                    citation["issuer_id"], citation["issuer_guessed"] = issuer_id, False
    draft.data = new
    draft.save(update_fields=["data", "updated_at"])
    return draft


def _update_task(task: dict, changes: dict, registry: Registry, *, prefix: str) -> None:
    for name, value in changes.items():
        if name in TASK_INPUTS:
            if name == "removed":
                task[name] = bool(value)
            elif name == "category" and value and value not in TaskCategory.values:
                raise DomainError(_("Choose a category from the list."), field=f"{prefix}-category")
            else:
                task[name] = (value or "").strip()
        elif name in ("lead", "cooperating"):
            if len(value) != len(task[name]):
                raise DomainError(_("The draft changed while you were editing it; reload the page."))
            for j, (entry, choice) in enumerate(zip(task[name], value, strict=True)):
                entry["choice"] = _agency_choice(choice, registry.agency_ids, f"{prefix}-{name}_{j}")
        elif name in ("add_lead", "add_cooperating"):
            role = name.removeprefix("add_")
            present = {chosen_agency(entry) for entry in task[role]}
            for agency_id in value or ():
                agency_id = _agency_choice(agency_id, registry.agency_ids, f"{prefix}-{name}")
                if agency_id and agency_id not in present:
                    task[role].append(_added_name(agency_id))
                    present.add(agency_id)
        else:
            raise TypeError(f"draft_update() got an unexpected task field {name!r}")


@transaction.atomic
def draft_discard(*, user=None, draft: ImportDraft) -> ImportDraft:
    """Set a draft aside: it stays in the list, marked discarded, and can no longer be confirmed."""
    _check_open(draft)
    draft.status = DraftStatus.DISCARDED
    draft.save(update_fields=["status", "updated_at"])
    return draft


# -- what blocks confirmation -------------------------------------------------------------------------------


@dataclass
class Problem:
    """Something the reviewer must settle before the draft can become a plan; ``field`` is the form field."""

    field: str
    message: str

    @property
    def anchor(self) -> str:
        """The id of the part of the review page it concerns: a task's box, or a document field."""
        if self.field.startswith("task-"):
            return "-".join(self.field.split("-")[:2])
        return f"id_{self.field}"


def _agencies_of(task: dict, role: str, registry: Registry) -> tuple[list[tuple[int, str]], list[str]]:
    """The (agency id, name as written) a task's names stand for, each agency once, and the names still
    undecided."""
    chosen, undecided, seen = [], [], set()
    for entry in task[role]:
        agency_id = chosen_agency(entry)
        if agency_id == SKIP:
            continue
        if agency_id is None or agency_id not in registry.agency_ids:
            undecided.append(entry["written"])
        elif agency_id not in seen:
            seen.add(agency_id)
            chosen.append((agency_id, entry["written"]))
    return chosen, undecided


def draft_problems(draft: ImportDraft, registry: Registry | None = None) -> list[Problem]:
    """Everything that keeps the draft from becoming a plan, in the order of the page; empty when it can be
    confirmed. An agency name is never guessed: each must be matched or skipped by the reviewer."""
    registry = registry or draft_registry(draft)
    data = draft.data
    document, plan = data["document"], data["plan"]
    problems = []
    if not document.get("title"):
        problems.append(Problem("title", _("The plan needs a title.")))
    elif len(document["title"]) > 500:
        problems.append(Problem("title", _("The title is longer than 500 characters.")))
    if len(document.get("number") or "") > 80:
        problems.append(Problem("number", _("The number is longer than 80 characters.")))
    start, end = plan.get("start_year"), plan.get("end_year")
    if not start or not end:
        problems.append(Problem("start_year", _("Enter the years the plan covers.")))
    elif not (1945 <= start <= 2100 and 1945 <= end <= 2100):
        problems.append(Problem("start_year", _("The year must be between 1945 and 2100.")))
    elif end < start:
        problems.append(Problem("end_year", _("The end year cannot be before the start year.")))
    if document.get("issuer_id") not in registry.issuer_ids:
        problems.append(Problem("issuer_id", _("Choose the agency that issued the plan.")))
    codes: dict[str, int] = {}
    for index, task in enumerate(data["tasks"]):
        if task.get("removed"):
            continue
        prefix, code = f"task-{index}", task.get("code") or ""
        label = code or f"#{index + 1}"
        if not code:
            problems.append(
                Problem(f"{prefix}-code", _("Task #%(n)d needs a code, such as II.2.a.") % {"n": index + 1})
            )
        elif len(code) > 30:
            problems.append(Problem(f"{prefix}-code", _("Task %(code)s: the code is too long.") % {"code": label}))
        elif code in codes:
            problems.append(
                Problem(f"{prefix}-code", _("Two tasks have the code %(code)s; give each its own.") % {"code": code})
            )
        codes.setdefault(code, index)
        if not (task.get("content") or "").strip():
            problems.append(Problem(f"{prefix}-content", _("Task %(code)s has no content.") % {"code": label}))
        leads, undecided_leads = _agencies_of(task, "lead", registry)
        cooperating, undecided_cooperating = _agencies_of(task, "cooperating", registry)
        for role, undecided in (("lead", undecided_leads), ("cooperating", undecided_cooperating)):
            for written in undecided:
                problems.append(
                    Problem(
                        f"{prefix}-{role}",
                        _("Task %(code)s: “%(name)s” is not matched to an agency; choose one or “skip”.")
                        % {"code": label, "name": written},
                    )
                )
        both = {agency_id for agency_id, _w in leads} & {agency_id for agency_id, _w in cooperating}
        for agency_id in sorted(both):
            problems.append(
                Problem(
                    f"{prefix}-cooperating",
                    _("Task %(code)s: %(agency)s cannot both lead and cooperate; skip one of them.")
                    % {"code": label, "agency": registry.by_id[agency_id]},
                )
            )
    return problems


# -- confirming ---------------------------------------------------------------------------------------------


@transaction.atomic
def draft_confirm(*, user=None, draft: ImportDraft, update_existing: bool = False) -> Plan:
    """Turn the draft into a plan, in one transaction: the plan's document, the plan, its sections, tasks and
    assignments, and the citations (to documents of the register, or to stubs registered for them).

    When the document is already a plan (``replaces_plan``) and ``update_existing``, that plan keeps its row
    and its document, which take the draft's fields; its sections, tasks and assignments are replaced.
    Refuses, saving nothing, while ``draft_problems`` lists anything.
    """
    _check_open(draft)
    registry = draft_registry(draft)
    problems = draft_problems(draft, registry)
    if problems:
        raise DomainError(
            _("The draft cannot be confirmed yet: %(problems)s") % {"problems": " ".join(p.message for p in problems)},
            code="problems",
        )
    data = draft.data
    document, years = data["document"], data["plan"]
    number = document["number"] if has_number(document["number"]) else ""
    fields = {
        "title": document["title"],
        "kind": years.get("kind") or PlanKind.YEARLY,
        "start_year": years["start_year"],
        "end_year": years["end_year"],
        "number": number,
        "issued_on": _parse_iso(document.get("issued")),
        "place": (document.get("place") or "")[:100],
        "signer_name": (document.get("signer") or "")[:120],
        "signer_title": (document.get("signer_title") or "")[:200],
    }
    issuer = registry.by_id[document["issuer_id"]]
    target = draft.replaces_plan if update_existing and draft.replaces_plan_id else None
    if target is not None:
        # What the file does not say (an unnumbered copy, no signature) leaves the plan's document as it is.
        kept = ("number", "issued_on", "place", "signer_name", "signer_title")
        fields = {name: value for name, value in fields.items() if value or name not in kept}
        plan = plan_update(actor=user, plan=target, **fields)
        if plan.document.issuer_id != issuer.pk:
            document_update(actor=user, document=plan.document, issuer=issuer)
        for task in list(plan.tasks.all()):
            task_delete(actor=user, task=task)
        plan.sections.all().delete()
    else:
        plan = plan_create(actor=user, province=draft.province, issuer=issuer, **fields)
    # plan_create and plan_update do not take the text. The history leaves the text out, so writing it with
    # update() records no empty change.
    LegalDocument.objects.filter(pk=plan.document_id).update(text=draft.text)
    plan.document.text = draft.text

    sections = _create_sections(plan, data["sections"])
    position = 0
    for task in data["tasks"]:
        if task.get("removed"):
            continue
        position += 1
        _create_task(user, plan, task, sections, registry, position)
    _add_citations(user, draft, plan, registry)

    draft.status = DraftStatus.CONFIRMED
    draft.plan = plan
    draft.save(update_fields=["status", "plan", "updated_at"])
    return plan


def _create_sections(plan: Plan, sections: list[dict]) -> dict:
    created = {}
    for section in sections:
        code = (section.get("code") or "").strip()[:30]
        if not code or code in created:
            continue
        parent_code = code.rpartition(".")[0]
        created[code] = section_create(
            plan=plan,
            code=code,
            title=section.get("title") or code,
            parent=created.get(parent_code),
            position=len(created) + 1,
        )
    return created


def _create_task(user, plan: Plan, task: dict, sections: dict, registry: Registry, position: int) -> Task:
    leads, _undecided = _agencies_of(task, "lead", registry)
    cooperating, _undecided = _agencies_of(task, "cooperating", registry)
    as_written = {agency_id: written[:300] for agency_id, written in (*leads, *cooperating) if written}
    category = task.get("category") if task.get("category") in TaskCategory.values else TaskCategory.OTHER
    section = sections.get(task.get("section") or "")
    title = (task.get("title") or "")[:500]
    if section is not None and search_key(title) == search_key(section.title):
        # The item's heading is its section's, which the plan's table already shows above it.
        title = ""
    try:
        return task_create(
            actor=user,
            plan=plan,
            code=task["code"],
            content=task["content"],
            lead=[registry.by_id[agency_id] for agency_id, _w in leads],
            cooperating=[registry.by_id[agency_id] for agency_id, _w in cooperating],
            as_written=as_written,
            title=title,
            timing=(task.get("timing") or "")[:200],
            section=section,
            category=category,
            position=position,
        )
    except DomainError as error:
        raise DomainError(
            _("Task %(code)s: %(problem)s") % {"code": task["code"], "problem": error.message}, field=error.field
        ) from error


def _add_citations(user, draft: ImportDraft, plan: Plan, registry: Registry) -> None:
    found = citation_documents(draft, registry)
    for index, citation in enumerate(draft.data["citations"]):
        if not citation.get("keep") or not citable(citation.get("number")):
            continue
        cited = found.get(index)
        if cited is None:
            cited = document_create(
                actor=user,
                doc_type=citation["doc_type"]
                if citation.get("doc_type") in DocumentType.values
                else DocumentType.OTHER,
                issuer=registry.by_id.get(citation.get("issuer_id")) or registry.committee,
                title=citation.get("title") or STUB_TITLE,
                number=citation["number"],
                issued_on=_parse_iso(citation.get("issued")),
            )
            # Found again by the next citation of the same document in this draft.
            found.update({i: cited for i in _same_citations(draft, index)})
        if cited.pk != plan.document_id:
            citation_add(citing=plan.document, cited=cited, text=citation.get("text", ""))


def _same_citations(draft: ImportDraft, index: int) -> list[int]:
    citations = draft.data["citations"]
    key = number_key(citations[index]["number"])
    return [i for i, c in enumerate(citations) if i > index and number_key(c.get("number", "")) == key]
