"""Loading the demo: every row of ``data`` and ``plans`` got or created through the services, in one transaction.

Rows are matched by their natural keys (province code; agency by province and name; document by issuer,
number and year, or, for a plan without a number, by issuer and title; plan by its document; section and
task by plan and code; user by username). What exists is left as it is, so a second run changes nothing and
an edit made in the application survives the next ``huunghi demo``.
"""

import json
from collections import Counter
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction

from huunghi.core.demo.data import (
    CENTRAL_AGENCIES,
    CITATIONS,
    DEMO_PASSWORD,
    DOCUMENTS,
    FOCAL_AGENCY,
    PROVINCE_AGENCIES,
    ROLE_VI,
    USERS,
    AgencySpec,
)
from huunghi.core.demo.plans import PLANS, PlanSpec
from huunghi.core.demo.reports import load_reporting
from huunghi.documents.models import Citation, LegalDocument
from huunghi.documents.services import citation_add, document_create
from huunghi.events.services import partners_load
from huunghi.organisations.models import Agency, Province
from huunghi.organisations.selectors import province_committee
from huunghi.organisations.services import (
    PROVINCES_FILE,
    agency_create,
    province_set_focal_agency,
    provinces_load,
)
from huunghi.plans.models import Plan, Task
from huunghi.plans.services import plan_create, section_create, task_create
from huunghi.text import number_key

#: What a run can create, in the order the summary lists it, with the Vietnamese words for it.
KIND_VI = {
    "provinces": "tỉnh, thành phố",
    "agencies": "cơ quan",
    "documents": "văn bản",
    "citations": "liên kết trích dẫn",
    "plans": "kế hoạch",
    "sections": "mục",
    "tasks": "nhiệm vụ",
    "users": "tài khoản",
    "periods": "kỳ báo cáo",
    "reports": "báo cáo của cơ quan",
    "activities": "hoạt động",
    "adjustments": "đề xuất điều chỉnh",
}
KINDS = tuple(KIND_VI)


@dataclass
class DemoResult:
    """What a run created (by kind; empty on a second run) and anything it had to skip."""

    created: Counter = field(default_factory=Counter)
    skipped: list[str] = field(default_factory=list)


def demo_load() -> DemoResult:
    """Get or create the whole demo in one transaction; returns what was created."""
    with transaction.atomic():
        return _Loader().run()


class _Loader:
    def __init__(self):
        self.result = DemoResult()
        self.provinces: dict[str, Province] = {}
        self.agencies: dict[tuple[str | None, str], Agency] = {}
        self.documents: dict[str, LegalDocument] = {}

    def run(self) -> DemoResult:
        self.load_provinces()
        # The seed partners (Jeollabuk-do, Mondulkiri, Champasak, Attapeu); their signing dates stay empty
        # where no public source gives them, for the province's officers to fill in from their records.
        self.result.created["partner agreements"] += partners_load()
        self.load_agencies()
        self.load_documents()
        for spec in PLANS:
            self.load_plan(spec)
        self.load_citations()
        self.load_users()
        load_reporting(self.result.created, self.result.skipped)
        return self.result

    # -- provinces and agencies -----------------------------------------------------------------------

    def load_provinces(self) -> None:
        # provinces_load() saves every row again, writing a history entry for each even when nothing
        # changed; it runs only when the register lacks a province of the file, so that a second run of
        # the demo changes nothing.
        codes = {row["code"] for row in json.loads(PROVINCES_FILE.read_text(encoding="utf-8"))["provinces"]}
        known = set(Province.objects.values_list("code", flat=True))
        if not codes <= known:
            provinces_load()
            self.result.created["provinces"] += len(codes - known)
        self.provinces = {p.code: p for p in Province.objects.filter(code__in=PROVINCE_AGENCIES)}

    def load_agencies(self) -> None:
        existing = {(a.province_id, a.name): a for a in Agency.objects.filter(province__isnull=True)}
        existing |= {(a.province_id, a.name): a for a in Agency.objects.filter(province__code__in=PROVINCE_AGENCIES)}
        for spec in CENTRAL_AGENCIES:
            self.agencies[None, spec.key] = self._agency(None, spec, existing)
        for code, specs in PROVINCE_AGENCIES.items():
            province = self.provinces[code]
            for spec in specs:
                self.agencies[code, spec.key] = self._agency(province, spec, existing)
            focal = self.agencies[code, FOCAL_AGENCY[code]]
            # Only a province without a focal agency gets one: a focal agency changed in the application
            # (since 2025 often the People's Committee's office) is a decision the demo must not undo.
            if province.focal_agency_id is None:
                province_set_focal_agency(province=province, agency=focal)

    def _agency(self, province: Province | None, spec: AgencySpec, existing: dict) -> Agency:
        agency = existing.get((province.pk if province else None, spec.name))
        if agency is None:
            agency = agency_create(
                province=province,
                name=spec.name,
                kind=spec.kind,
                short_name=spec.short_name,
                abbreviations=spec.abbreviations,
                group_of=spec.group_of,
                valid_to=spec.valid_to,
            )
            self.result.created["agencies"] += 1
        return agency

    # -- documents and citations ----------------------------------------------------------------------

    def load_documents(self) -> None:
        for spec in DOCUMENTS:
            issuer = self.agencies[spec.province, spec.issuer]
            document = _numbered_document(issuer, spec.number, spec.issued_on)
            if document is None:
                document = document_create(
                    doc_type=spec.doc_type,
                    issuer=issuer,
                    title=spec.title,
                    number=spec.number,
                    issued_on=spec.issued_on,
                    place=spec.place,
                    signer_title=spec.signer_title,
                )
                self.result.created["documents"] += 1
            self.documents[spec.key] = document

    def load_citations(self) -> None:
        for spec in CITATIONS:
            citing, cited = self.documents.get(spec.citing), self.documents.get(spec.cited)
            if citing is None or cited is None:
                continue  # a plan that was skipped
            if not Citation.objects.filter(citing=citing, cited=cited).exists():
                citation_add(citing=citing, cited=cited, relation=spec.relation, text=spec.text)
                self.result.created["citations"] += 1

    # -- plans ----------------------------------------------------------------------------------------

    def load_plan(self, spec: PlanSpec) -> None:
        province = self.provinces[spec.province]
        issuer = province_committee(province)
        # A plan is found by its document's number or, since a number may be filled in after the demo
        # loaded it (the seeds' "Số: /KH-UBND"), by its province, years and title.
        document = _numbered_document(issuer, spec.number, spec.issued_on) if spec.number else None
        plan = Plan.objects.filter(document=document).first() if document else None
        plan = plan or Plan.objects.filter(province=province, start_year=spec.start_year, title=spec.title).first()
        if document is not None and plan is None:
            self.result.skipped.append(
                f"{document.citation_label}: văn bản đã có trong sổ nhưng chưa là kế hoạch, bỏ qua kế hoạch mẫu."
            )
            return
        if plan is None:
            plan = plan_create(
                province=province,
                issuer=issuer,
                title=spec.title,
                start_year=spec.start_year,
                end_year=spec.end_year,
                kind=spec.kind,
                status=spec.status,
                number=spec.number,
                issued_on=spec.issued_on,
                place=spec.place,
                signer_name=spec.signer_name,
                signer_title=spec.signer_title,
                **spec.content(),
            )
            self.result.created["plans"] += 1
        self.documents[spec.key] = plan.document

        sections = {s.code: s for s in plan.sections.all()}
        for position, section in enumerate(spec.sections, start=1):
            if section.code not in sections:
                sections[section.code] = section_create(
                    plan=plan,
                    code=section.code,
                    title=section.title,
                    body=section.body,
                    parent=sections[section.parent] if section.parent else None,
                    position=position,
                )
                self.result.created["sections"] += 1

        codes = set(plan.tasks.values_list("code", flat=True))
        for position, task in enumerate(spec.tasks, start=1):
            if task.code in codes:
                continue
            lead = [self.agencies[spec.province, key] for key, _written in task.lead]
            cooperating = [self.agencies[spec.province, key] for key, _written in task.cooperating]
            as_written = {
                self.agencies[spec.province, key].pk: written
                for key, written in (*task.lead, *task.cooperating)
                if written
            }
            task_create(
                plan=plan,
                code=task.code,
                content=task.content,
                lead=lead,
                cooperating=cooperating,
                as_written=as_written,
                section=sections[task.section] if task.section else None,
                title=task.title,
                category=task.category,
                timing=task.timing,
                starts_on=task.starts_on,
                ends_on=task.ends_on,
                budget_estimate=task.budget_estimate,
                budget_source=task.budget_source,
                expected_output=task.expected_output,
                position=position,
            )
            self.result.created["tasks"] += 1

    # -- users ----------------------------------------------------------------------------------------

    def load_users(self) -> None:
        User = get_user_model()
        existing = set(User.objects.filter(username__in=[u.username for u in USERS]).values_list("username", flat=True))
        missing = [spec for spec in USERS if spec.username not in existing]
        if not missing:
            return
        # One hash for every demo login: hashing is deliberately slow (about 0.4 s each), and the password
        # is printed for all to read anyway.
        password = make_password(DEMO_PASSWORD)
        for spec in missing:
            user = User.objects.create_user(
                username=spec.username,
                email=f"{spec.username}@huunghi.example",
                password=None,
                # Vietnamese names are written family name first; the whole name goes in first_name so that
                # get_full_name() gives it in that order.
                first_name=spec.full_name,
                role=spec.role,
                province=self.provinces[spec.province] if spec.province else None,
                agency=self.agencies[spec.agency] if spec.agency else None,
                job_title=spec.job_title,
                **spec.flags,
            )
            user.password = password
            user.save(update_fields=["password"])
            self.result.created["users"] += 1


def _numbered_document(issuer: Agency, number: str, issued_on) -> LegalDocument | None:
    documents = LegalDocument.objects.filter(issuer=issuer, number_key=number_key(number))
    if issued_on:
        documents = documents.filter(issued_on__year=issued_on.year)
    return documents.first()


def demo_logins() -> list[tuple[str, str, str, str]]:
    """The rows of the logins table: username, role, province / agency, password."""
    User = get_user_model()
    users = {
        u.username: u
        for u in User.objects.select_related("province", "agency").filter(
            username__in=[spec.username for spec in USERS]
        )
    }
    rows = []
    for spec in USERS:
        user = users.get(spec.username)
        if user is None:
            continue
        where = " / ".join(str(part) for part in (user.province, user.agency) if part) or "toàn quốc"
        rows.append((user.username, ROLE_VI.get(user.role, user.role), where, DEMO_PASSWORD))
    return rows


def demo_summary(result: DemoResult) -> str:
    """The few lines ``huunghi demo`` prints: what the register holds, what this run added, the logins."""
    User = get_user_model()
    totals = (
        f"{Province.objects.count()} tỉnh, thành phố; {Agency.objects.count()} cơ quan; "
        f"{LegalDocument.objects.count()} văn bản; {Plan.objects.count()} kế hoạch; "
        f"{Task.objects.count()} nhiệm vụ; {User.objects.count()} tài khoản."
    )
    lines = [f"Dữ liệu minh họa Hữu Nghị: {totals}"]
    created = [f"{result.created[kind]} {KIND_VI[kind]}" for kind in KINDS if result.created[kind]]
    if created:
        lines.append("Lần chạy này tạo mới: " + "; ".join(created) + ".")
    else:
        lines.append("Lần chạy này không thay đổi gì: dữ liệu minh họa đã có đủ.")
    lines.extend(f"Bỏ qua: {message}" for message in result.skipped)
    lines.append("")
    lines.append(f"Tài khoản minh họa (mật khẩu chung: {DEMO_PASSWORD}):")
    lines.extend(_table(("Tên đăng nhập", "Vai trò", "Tỉnh / cơ quan", "Mật khẩu"), demo_logins()))
    return "\n".join(lines)


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]

    def line(row):
        return "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()

    return [line(header), line(tuple("-" * w for w in widths)), *(line(row) for row in rows)]
