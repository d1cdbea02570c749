"""Forms of the import: the upload, and the review of a draft (the document, each task, each citation).

They validate the shape of the input; ``services.draft_problems`` says what still blocks confirmation and
the services decide the rules.
"""

from __future__ import annotations

import datetime
import os

from django import forms
from django.forms.utils import flatatt
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from huunghi.core.errors import DomainError
from huunghi.core.forms import DomainErrorFormMixin, VnDateField
from huunghi.documents.models import DocumentType
from huunghi.imports.draft import CONFIDENT, SKIP, chosen_agency, citable, suggestions
from huunghi.imports.models import ImportDraft
from huunghi.imports.selectors import Registry
from huunghi.imports.services import ACCEPTED_EXTENSIONS, READ_ERRORS, max_file_bytes, read_error_message
from huunghi.organisations.models import Province
from huunghi.plans.models import PlanKind, TaskCategory
from huunghi.text import format_date

UNDECIDED = ""


class UploadForm(DomainErrorFormMixin, forms.Form):
    file = forms.FileField(
        label=_("Plan file"),
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(ACCEPTED_EXTENSIONS)}),
        error_messages={"empty": READ_ERRORS["empty"], "required": _("Choose a file to import.")},
    )
    province = forms.ModelChoiceField(label=_("Province"), queryset=Province.objects.none(), required=True)

    def __init__(self, *args, choose_province: bool, **kwargs):
        super().__init__(*args, **kwargs)
        if choose_province:
            self.fields["province"].queryset = Province.objects.filter(valid_to__isnull=True).order_by("name")
        else:
            del self.fields["province"]

    def clean_file(self):
        upload = self.cleaned_data["file"]
        # Checked before the file is read, so that a file too large costs nothing more.
        if upload.size > max_file_bytes():
            raise forms.ValidationError(read_error_message("too_large"), code="too_large")
        if os.path.splitext(upload.name)[1].lower() not in ACCEPTED_EXTENSIONS:
            raise forms.ValidationError(read_error_message("unsupported"), code="unsupported")
        return upload


class FastSelect(forms.Select):
    """A select rendered in Python. The review page holds thousands of options (every agency for every name
    of every task), which Django's template per option renders slowly."""

    def render(self, name, value, attrs=None, renderer=None):
        attrs = self.build_attrs(self.attrs, attrs)
        selected = "" if value is None else str(value)
        parts = [f"<select{flatatt({**attrs, 'name': name})}>"]

        def option(v, label):
            mark = " selected" if str(v) == selected else ""
            return f'<option value="{escape(v)}"{mark}>{escape(label)}</option>'

        for v, label in self.choices:
            if isinstance(label, list | tuple):
                parts.append(f'<optgroup label="{escape(v)}">')
                parts.extend(option(v2, l2) for v2, l2 in label)
                parts.append("</optgroup>")
            else:
                parts.append(option(v, label))
        parts.append("</select>")
        return mark_safe("".join(parts))


def _label(agency) -> str:
    return agency.name if not agency.short_name else f"{agency.name} ({agency.short_name})"


def agency_choices(registry: Registry, suggested: list[int]) -> list:
    """Undecided, skip, the suggestions (best first), then every agency of the province."""
    options = [(UNDECIDED, _("— choose an agency —")), (SKIP, _("Skip (do not assign)"))]
    offered = [(a, registry.by_id[a]) for a in suggested if a in registry.agency_ids]
    if offered:
        options.append((_("Suggestions"), [(str(a), _label(agency)) for a, agency in offered]))
    options.append((_("All agencies of the province"), [(str(a.pk), _label(a)) for a in registry.agencies]))
    return options


class DocumentReviewForm(DomainErrorFormMixin, forms.Form):
    title = forms.CharField(label=_("Title"), max_length=500, required=False, widget=forms.Textarea(attrs={"rows": 2}))
    number = forms.CharField(label=_("Number and symbol"), max_length=80, required=False)
    doc_type = forms.ChoiceField(label=_("Type"), choices=DocumentType.choices)
    issuer_id = forms.ChoiceField(label=_("Issuer"), required=False, widget=FastSelect)
    issued_on = VnDateField(label=_("Date issued"), required=False)
    place = forms.CharField(label=_("Place"), max_length=100, required=False)
    signer_name = forms.CharField(label=_("Signed by"), max_length=120, required=False)
    signer_title = forms.CharField(label=_("Signer's title"), max_length=200, required=False)
    kind = forms.ChoiceField(label=_("Kind"), choices=PlanKind.choices)
    start_year = forms.IntegerField(label=_("From year"), min_value=1945, max_value=2100, required=False)
    end_year = forms.IntegerField(label=_("To year"), min_value=1945, max_value=2100, required=False)
    update_existing = forms.BooleanField(label=_("Update the plan already in the system"), required=False)

    #: Which span of the text each field was read from (the keys of the draft's document spans).
    SPANS = {"title": "title", "number": "number", "doc_type": "doc_type", "issuer_id": "issuer",
             "issued_on": "issued", "place": "place", "signer_name": "signer"}  # fmt: skip

    def __init__(self, *args, draft: ImportDraft, registry: Registry, **kwargs):
        document, plan = draft.data["document"], draft.data["plan"]
        kwargs.setdefault(
            "initial",
            {
                "title": document.get("title", ""),
                "number": document.get("number", ""),
                "doc_type": document.get("doc_type") or DocumentType.PLAN,
                "issuer_id": str(document.get("issuer_id") or ""),
                "issued_on": datetime.date.fromisoformat(document["issued"]) if document.get("issued") else None,
                "place": document.get("place", ""),
                "signer_name": document.get("signer", ""),
                "signer_title": document.get("signer_title", ""),
                "kind": plan.get("kind") or PlanKind.YEARLY,
                "start_year": plan.get("start_year"),
                "end_year": plan.get("end_year"),
                "update_existing": True,
            },
        )
        super().__init__(*args, **kwargs)
        self.fields["issuer_id"].choices = [
            ("", _("— choose an agency —")),
            (_("The province"), [(str(a.pk), _label(a)) for a in registry.agencies]),
            (_("Central bodies"), [(str(a.pk), _label(a)) for a in registry.issuers if a.province_id is None]),
        ]
        if draft.replaces_plan_id is None:
            del self.fields["update_existing"]
        spans, confidence = document.get("spans", {}), document.get("confidence", {})
        for name, key in self.SPANS.items():
            field = self.fields[name]
            field.span = f"doc-{key}" if key in spans else ""
            field.low_confidence = confidence.get(key, 1.0) < CONFIDENT

    def update_data(self) -> dict:
        c = self.cleaned_data
        return {
            "document": {
                "number": c["number"],
                "doc_type": c["doc_type"],
                "title": c["title"],
                "issued_on": c["issued_on"],
                "place": c["place"],
                "signer_name": c["signer_name"],
                "signer_title": c["signer_title"],
                "issuer_id": c["issuer_id"] or None,
            },
            "plan": {"kind": c["kind"], "start_year": c["start_year"], "end_year": c["end_year"]},
        }


class TaskReviewForm(forms.Form):
    """One task of the draft: its fields, and for each agency name as written, the agency it stands for."""

    code = forms.CharField(label=_("Code"), max_length=30, required=False)
    title = forms.CharField(label=_("Heading"), max_length=500, required=False)
    content = forms.CharField(label=_("Content"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    timing = forms.CharField(label=_("Timing (as written)"), max_length=200, required=False)
    category = forms.ChoiceField(label=_("Category"), choices=TaskCategory.choices, required=False)
    removed = forms.BooleanField(label=_("Leave this task out"), required=False)

    ROLES = ("lead", "cooperating")

    def __init__(self, *args, task: dict, index: int, registry: Registry, **kwargs):
        self.task, self.index = task, index
        initial = {name: task.get(name) or "" for name in ("code", "title", "content", "timing")}
        initial["category"] = task.get("category") or TaskCategory.OTHER
        initial["removed"] = bool(task.get("removed"))
        self.names = {}
        for role in self.ROLES:
            for j, entry in enumerate(task[role]):
                choice = chosen_agency(entry)
                initial[f"{role}_{j}"] = "" if choice is None else str(choice)
        super().__init__(*args, prefix=f"task-{index}", initial=initial, **kwargs)
        all_choices = agency_choices(registry, [])
        for role in self.ROLES:
            rows = []
            for j, entry in enumerate(task[role]):
                choices = agency_choices(registry, suggestions(entry)) if entry.get("candidates") else all_choices
                field = forms.ChoiceField(label=entry["written"], choices=choices, required=False, widget=FastSelect)
                chosen = chosen_agency(entry)
                field.unresolved = chosen is None or (chosen != SKIP and chosen not in registry.agency_ids)
                field.added = entry.get("status") == "added"
                self.fields[f"{role}_{j}"] = field
                rows.append(f"{role}_{j}")
            add = forms.ChoiceField(
                label=_("Add a lead agency") if role == "lead" else _("Add a cooperating agency"),
                choices=[("", "—"), *all_choices[2:]],
                required=False,
                widget=FastSelect,
            )
            self.fields[f"add_{role}"] = add
            self.names[role] = rows
        self.low_confidence = task.get("confidence", 1.0) < CONFIDENT
        self.span = f"task-{index}" if task.get("span") else ""
        self.assignment_span = f"task-{index}-assign" if task.get("assignment_span") else ""
        self.problems: list[str] = []

    def name_fields(self, role: str):
        return [self[name] for name in self.names[role]]

    @property
    def lead_fields(self):
        return self.name_fields("lead")

    @property
    def cooperating_fields(self):
        return self.name_fields("cooperating")

    def update_data(self) -> dict:
        c = self.cleaned_data
        data = {name: c[name] for name in ("code", "title", "content", "timing", "category", "removed")}
        for role in self.ROLES:
            data[role] = [c[name] or None for name in self.names[role]]
            data[f"add_{role}"] = [c[f"add_{role}"]] if c[f"add_{role}"] else []
        return data


class CitationReviewForm(forms.Form):
    keep = forms.BooleanField(label=_("Link"), required=False)
    issuer_id = forms.ChoiceField(label=_("Issuer"), required=False, widget=FastSelect)

    def __init__(self, *args, citation: dict, index: int, registry: Registry, existing, **kwargs):
        self.citation, self.index, self.existing = citation, index, existing
        initial = {"keep": bool(citation.get("keep")), "issuer_id": str(citation.get("issuer_id") or "")}
        super().__init__(*args, prefix=f"citation-{index}", initial=initial, **kwargs)
        self.fields["issuer_id"].choices = [
            ("", "—"),
            (_("Central bodies"), [(str(a.pk), _label(a)) for a in registry.issuers if a.province_id is None]),
            (_("The province"), [(str(a.pk), _label(a)) for a in registry.agencies]),
        ]
        self.linkable = citable(citation.get("number"))
        if not self.linkable:
            self.fields["keep"].disabled = True
        self.low_confidence = citation.get("confidence", 1.0) < CONFIDENT
        self.span = f"citation-{index}" if citation.get("span") else ""
        issued = citation.get("issued")
        self.issued = format_date(datetime.date.fromisoformat(issued)) if issued else ""

    def update_data(self) -> dict:
        return {"keep": self.cleaned_data["keep"], "issuer_id": self.cleaned_data["issuer_id"] or None}


class ReviewForms:
    """Every form of the review page, bound together: valid when each is, and one dict for ``draft_update``."""

    def __init__(self, draft: ImportDraft, registry: Registry, documents: dict, data=None):
        self.document = DocumentReviewForm(data, draft=draft, registry=registry)
        self.tasks = [
            TaskReviewForm(data, task=task, index=i, registry=registry) for i, task in enumerate(draft.data["tasks"])
        ]
        self.citations = [
            CitationReviewForm(data, citation=c, index=i, registry=registry, existing=documents.get(i))
            for i, c in enumerate(draft.data["citations"])
        ]

    def all(self):
        return [self.document, *self.tasks, *self.citations]

    def is_valid(self) -> bool:
        return all([form.is_valid() for form in self.all()])

    def update_data(self) -> dict:
        return {
            **self.document.update_data(),
            "tasks": [form.update_data() for form in self.tasks],
            "citations": [form.update_data() for form in self.citations],
        }

    def add_problems(self, problems) -> None:
        """Show what blocks confirmation next to the task it concerns."""
        by_prefix = {form.prefix: form for form in self.tasks}
        for problem in problems:
            prefix = "-".join(problem.field.split("-")[:2])
            if prefix in by_prefix:
                by_prefix[prefix].problems.append(problem.message)

    def add_domain_error(self, error: DomainError) -> None:
        field = error.field or ""
        for form in self.all():
            prefix = f"{form.prefix}-" if form.prefix else ""
            if prefix and field.startswith(prefix):
                name = field.removeprefix(prefix)
                form.add_error(name if name in form.fields else None, error.message)
                return
        self.document.add_domain_error(error)
