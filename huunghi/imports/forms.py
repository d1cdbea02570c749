"""Forms of the import: the upload, and the review of a draft (the document, each task, each citation).

They validate the shape of the input; ``services.draft_problems`` says what still blocks confirmation and
the services decide the rules.
"""

from __future__ import annotations

import datetime
import os
from dataclasses import dataclass
from html import escape as escape_html

from django import forms
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, pgettext
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


# -- widgets rendered in Python -------------------------------------------------------------------------------
# The review page of a 300-task plan holds thousands of fields and names. Django renders each widget with a
# template and escapes each value through its lazy-aware helpers; these write the same HTML with f-strings and
# the standard library's escape, several times faster.


def _e(value) -> str:
    return escape_html(str(value))


def _name_attr(name: str | None, suffix: str = "") -> str:
    """A control's name or, in the model of a picker the script copies (``name`` None), the ``data-suffix``
    the script adds to the name of the field it opens."""
    return f'name="{_e(name + suffix)}"' if name is not None else f'data-suffix="{suffix}"'


def _attrs(attrs: dict) -> str:
    """HTML attributes as ``flatatt`` writes them: True as the bare name, False and None left out."""
    return "".join(
        f" {key}" if value is True else f' {key}="{_e(value)}"'
        for key, value in attrs.items()
        if value is not False and value is not None
    )


class FastSelect(forms.Select):
    """A select: the category of each task, the document's issuer (every agency and central body)."""

    def render(self, name, value, attrs=None, renderer=None):
        attrs = self.build_attrs(self.attrs, attrs)
        selected = "" if value is None else str(value)

        def option(v, label):
            mark = " selected" if str(v) == selected else ""
            return f'<option value="{_e(v)}"{mark}>{_e(label)}</option>'

        parts = [f"<select {_name_attr(name)}{_attrs(attrs)}>"]
        for v, label in self.choices:
            if isinstance(label, list | tuple):
                parts.append(f'<optgroup label="{_e(v)}">')
                parts.extend(option(v2, l2) for v2, l2 in label)
                parts.append("</optgroup>")
            else:
                parts.append(option(v, label))
        parts.append("</select>")
        return mark_safe("".join(parts))


class FastTextInput(forms.TextInput):
    def render(self, name, value, attrs=None, renderer=None):
        value = self.format_value(value)
        shown = f' value="{_e(value)}"' if value else ""
        return mark_safe(f'<input type="text" name="{_e(name)}"{shown}{_attrs(self.build_attrs(self.attrs, attrs))}>')


class FastTextarea(forms.Textarea):
    def render(self, name, value, attrs=None, renderer=None):
        attrs = _attrs(self.build_attrs(self.attrs, attrs))
        return mark_safe(f'<textarea name="{_e(name)}"{attrs}>\n{_e(self.format_value(value) or "")}</textarea>')


class FastCheckbox(forms.CheckboxInput):
    def render(self, name, value, attrs=None, renderer=None):
        checked = " checked" if self.check_test(value) else ""
        return mark_safe(
            f'<input type="checkbox" name="{_e(name)}"{checked}{_attrs(self.build_attrs(self.attrs, attrs))}>'
        )


# -- choosing agencies --------------------------------------------------------------------------------------


def agency_label(agency) -> str:
    """An agency as the review page shows it and as the reviewer types it: its name, and its short name."""
    if not agency.short_name or _typed(agency.short_name) == _typed(agency.name):
        return agency.name
    return f"{agency.name} ({agency.short_name})"


def _typed(text: str) -> str:
    return " ".join(text.split()).casefold()


class AgencyList:
    """The agencies the pickers of a page offer, sent once per page as a ``<datalist id=...>``: each
    agency's label, and the way back from what the reviewer typed or picked to the agency.

    A typed name is matched exactly (letter case and spaces aside) to a label, a full name, or a short name
    that no other agency of the list has; there is no guessing.
    """

    def __init__(self, list_id: str, agencies):
        self.id = list_id
        self.labels = {a.pk: agency_label(a) for a in agencies}
        self._names = {a.pk: {_typed(a.name), _typed(a.short_name)} for a in agencies}
        self._by_text: dict[str, int] = {}
        for a in agencies:
            self._by_text.setdefault(_typed(self.labels[a.pk]), a.pk)
        for a in agencies:
            self._by_text.setdefault(_typed(a.name), a.pk)
        short_names: dict[str, list[int]] = {}
        for a in agencies:
            if a.short_name:
                short_names.setdefault(_typed(a.short_name), []).append(a.pk)
        for text, ids in short_names.items():
            if len(ids) == 1:
                self._by_text.setdefault(text, ids[0])

    def find(self, text: str) -> int | None:
        return self._by_text.get(_typed(text))

    def is_named(self, agency_id, text: str) -> bool:
        """Whether ``text`` is the agency's name or short name."""
        return _typed(text) in self._names.get(agency_id, ())


def _picked(value) -> tuple[str, str, bool]:
    """A picker's value as (choice, name typed, "skip" ticked): the widget's reading of a post, or the
    initial choice (an agency id, ``SKIP`` or None)."""
    if isinstance(value, tuple):
        return value
    return ("" if value is None else str(value), "", False)


#: The name of the buttons that open a picker. The page's script opens the picker in place; without the
#: script the button submits the form, which saves the draft and shows the page again with the picker open.
CHANGE = "change"


def change_button(name: str, text: str, *, kind: str = "change", template: str = "") -> str:
    """The button that opens the picker of the field ``name``; the script copies the picker from the page's
    ``<template id="agency-picker">``, or from ``template``."""
    template = f' data-template="{template}"' if template else ""
    return f'<button name="{CHANGE}" value="{_e(name)}" class="{kind}"{template}>{_e(text)}</button>'


def typed_input(name: str | None, list_id: str, *, label: str, value: str = "", attrs=None, suffix: str = "") -> str:
    """A box to type or pick an agency of the page's list ``list_id``, named ``name`` + ``suffix`` (without a
    name: the model the script copies)."""
    named = _name_attr(name, suffix)
    shown = f' value="{_e(value)}"' if value else ""
    placeholder = _e(gettext("type or pick a name"))
    return f'<input {named}{shown} list="{list_id}" aria-label="{_e(label)}" placeholder="{placeholder}"{_attrs(attrs or {})}>'


class AgencyPicker(forms.Widget):
    """Which agency one name stands for, light enough to repeat for every name of a 300-task plan.

    The agencies are sent once per page (``AgencyList``). A name matched to an agency shows it as text, its
    id in a hidden input, and a "Change" button that opens the picker: a box to type or pick another agency
    of the list, and "skip". A name not matched shows a small select of the suggestions and "skip", and the
    box to type any other agency.

    It posts ``NAME`` (the agency id, ``skip`` or nothing) and, once the picker is open, ``NAME_other`` (an
    agency typed or picked) and ``NAME_skip``.
    """

    OTHER, SKIPPED = "_other", "_skip"

    def __init__(self, agencies: AgencyList, *, suggested=(), skip: bool = True, attrs=None):
        super().__init__(attrs)
        self.agencies, self.suggested, self.skip = agencies, list(suggested), skip
        #: Show the picker open: it was asked for without the page's script.
        self.opened = False

    @property
    def template_id(self) -> str:
        """The ``<template>`` the page's script copies the picker from."""
        return "agency-picker" if self.skip else f"{self.agencies.id}-picker"

    def picker(self, name: str | None, *, other: str = "", skip: bool = False, attrs=None) -> str:
        """The open picker of the field ``name`` or, without a name, the model the script copies."""
        box = typed_input(
            name,
            self.agencies.id,
            label=gettext("Another agency"),
            value=other,
            attrs=attrs,
            suffix=self.OTHER,
        )
        if not self.skip:
            return f'<span class="picker">{box}</span>'
        named = _name_attr(name, self.SKIPPED)
        checked = " checked" if skip else ""
        text = _e(pgettext("picker", "Skip"))
        return f'<span class="picker">{box} <label><input type="checkbox" {named}{checked}> {text}</label></span>'

    def value_from_datadict(self, data, files, name):
        return (data.get(name) or "", data.get(name + self.OTHER) or "", bool(data.get(name + self.SKIPPED)))

    def value_omitted_from_data(self, data, files, name):
        return name not in data and name + self.OTHER not in data

    def format_value(self, value):
        return _picked(value)[0]

    def chosen(self, value) -> int | None:
        """The agency the name stands for as shown, when it is one of the list."""
        choice = _picked(value)[0]
        agency_id = int(choice) if choice.isdigit() else None
        return agency_id if agency_id in self.agencies.labels else None

    def render(self, name, value, attrs=None, renderer=None):
        choice, other, skip = _picked(value)
        attrs = self.build_attrs(self.attrs, attrs)
        labels = self.agencies.labels
        agency_id = self.chosen(value)
        if agency_id is not None:
            shown = f'<span class="chosen">{_e(labels[agency_id])}</span><input type="hidden" name="{_e(name)}" value="{agency_id}">'
            if self.opened or other or skip:
                # Nothing points at the box by its id.
                attrs = {**attrs, "id": None, "autofocus": self.opened}
                return mark_safe(shown + self.picker(name, other=other, skip=skip, attrs=attrs))
            template = "" if self.skip else self.template_id
            return mark_safe(shown + change_button(name, pgettext("picker", "Change"), template=template))
        offered = [a for a in dict.fromkeys(self.suggested) if a in labels]
        if not offered and not self.skip:
            return mark_safe(self.picker(name, other=other, attrs=attrs))

        def option(value, label):
            selected = " selected" if str(value) == choice else ""
            return f'<option value="{_e(value)}"{selected}>{_e(label)}</option>'

        options = [option("", gettext("— choose an agency —"))]
        if offered:
            suggestions_label = _e(gettext("Suggestions"))
            options.append(f'<optgroup label="{suggestions_label}">')
            options += [option(a, labels[a]) for a in offered]
            options.append("</optgroup>")
        if self.skip:
            options.append(option(SKIP, gettext("Skip (do not assign)")))
        box = typed_input(name, self.agencies.id, label=gettext("Another agency"), value=other, suffix=self.OTHER)
        or_another = _e(gettext("or another agency:"))
        return mark_safe(
            f'<select name="{_e(name)}"{_attrs(attrs)}>{"".join(options)}</select> '
            f'<label class="other">{or_another} {box}</label>'
        )


class AgencyPickerField(forms.Field):
    """The agency a name stands for: an agency id of the list, ``SKIP``, or None while undecided."""

    default_error_messages = {
        "invalid_choice": _("Choose an agency of the province from the list."),
        "unknown": _("“%(name)s” is not in the list of agencies: pick a name from the list."),
        "both": _("Either give another agency or skip the name, not both."),
    }

    def __init__(self, *, agencies: AgencyList, suggested=(), skip: bool = True, **kwargs):
        self.agencies, self.skip = agencies, skip
        kwargs.setdefault("required", False)
        super().__init__(widget=AgencyPicker(agencies, suggested=suggested, skip=skip), **kwargs)

    def to_python(self, value):
        choice, other, skip = _picked(value)
        other = other.strip()
        if other:
            if skip and self.skip:
                raise forms.ValidationError(self.error_messages["both"], code="both")
            agency_id = self.agencies.find(other)
            if agency_id is None:
                raise forms.ValidationError(self.error_messages["unknown"], code="unknown", params={"name": other})
            return agency_id
        if self.skip and (skip or choice == SKIP):
            return SKIP
        if choice == "":
            return None
        if choice.isdigit() and int(choice) in self.agencies.labels:
            return int(choice)
        raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")


class AgencyNameInput(forms.TextInput):
    """A box to add an agency of the page's list, behind an "Add" button until it is opened or filled in."""

    template_id = "agency-adder"

    def __init__(self, agencies: AgencyList, *, label: str):
        super().__init__()
        self.agencies, self.label, self.opened = agencies, label, False

    def render(self, name, value, attrs=None, renderer=None):
        if not (self.opened or value):
            return mark_safe(change_button(name, gettext("+ Add"), kind="add", template=self.template_id))
        attrs = {**self.build_attrs(self.attrs, attrs), "id": None, "autofocus": self.opened}
        return mark_safe(typed_input(name, self.agencies.id, label=str(self.label), value=value or "", attrs=attrs))


class AgencyNameField(forms.CharField):
    """An agency typed or picked from the page's list, by name: its id, or None when the box is empty."""

    default_error_messages = {"unknown": AgencyPickerField.default_error_messages["unknown"]}

    def __init__(self, *, agencies: AgencyList, label: str, **kwargs):
        self.agencies = agencies
        kwargs.setdefault("required", False)
        super().__init__(label=label, widget=AgencyNameInput(agencies, label=label), **kwargs)

    def to_python(self, value):
        text = super().to_python(value)
        if not text:
            return None
        agency_id = self.agencies.find(text)
        if agency_id is None:
            raise forms.ValidationError(self.error_messages["unknown"], code="unknown", params={"name": text})
        return agency_id


class ChoicePicker(FastSelect):
    """A select shown as its choice and a "Change" button until it is opened (a task's category: a select
    of every category for each of 300 tasks would weigh a tenth of the page)."""

    template_id = "category-picker"

    def __init__(self, attrs=None, choices=()):
        super().__init__(attrs, choices)
        self.opened = False

    def id_for_label(self, id_):
        return id_ if self.opened else ""

    def render(self, name, value, attrs=None, renderer=None):
        if self.opened:
            return super().render(name, value, {**(attrs or {}), "autofocus": True})
        value = "" if value is None else str(value)
        label = dict(self.choices).get(value, value)
        return mark_safe(
            f'<span class="chosen">{_e(label)}</span><input type="hidden" name="{_e(name)}" value="{_e(value)}">'
            + change_button(name, pgettext("picker", "Change"), template=self.template_id)
        )

    def model(self) -> str:
        """The select the page's script copies to open a picker."""
        return FastSelect.render(self, None, None)


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
            (_("The province"), [(str(a.pk), agency_label(a)) for a in registry.agencies]),
            (_("Central bodies"), [(str(a.pk), agency_label(a)) for a in registry.issuers if a.province_id is None]),
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


def _errors_html(errors) -> str:
    return "".join(f'<p class="error">{_e(error)}</p>' for error in errors)


def _field_row(bound: forms.BoundField) -> str:
    """A field with its label and errors (the layout of the site's ``_form.html``)."""
    errors = bound.form.errors.get(bound.name, ())
    css = "field has-error" if errors else "field"
    target = f' for="{_e(bound.id_for_label)}"' if bound.id_for_label else ""
    label = f"<label{target}>{_e(bound.label)}</label>"
    return f'<div class="{css}">{label}{bound}{_errors_html(errors)}</div>'


@dataclass
class Role:
    """The lead or the cooperating agencies of a task on the review page."""

    name: str
    #: Each name as written with its picker, then the box to add an agency, in HTML.
    html: str


class TaskReviewForm(forms.Form):
    """One task of the draft: its fields, and for each agency name as written, the agency it stands for."""

    code = forms.CharField(label=_("Code"), max_length=30, required=False, widget=FastTextInput)
    title = forms.CharField(label=_("Heading"), max_length=500, required=False, widget=FastTextInput)
    content = forms.CharField(label=_("Content"), required=False, widget=FastTextarea(attrs={"rows": 3}))
    timing = forms.CharField(label=_("Timing (as written)"), max_length=200, required=False, widget=FastTextInput)
    category = forms.ChoiceField(label=_("Category"), choices=TaskCategory.choices, required=False, widget=ChoicePicker)
    removed = forms.BooleanField(label=_("Leave this task out"), required=False, widget=FastCheckbox)

    ROLES = ("lead", "cooperating")

    def __init__(self, *args, task: dict, index: int, agencies: AgencyList, **kwargs):
        self.task, self.index = task, index
        initial = {name: task.get(name) or "" for name in ("code", "title", "content", "timing")}
        initial["category"] = task.get("category") or TaskCategory.OTHER
        initial["removed"] = bool(task.get("removed"))
        self.names = {}
        for role in self.ROLES:
            for j, entry in enumerate(task[role]):
                initial[f"{role}_{j}"] = chosen_agency(entry)
        super().__init__(*args, prefix=f"task-{index}", initial=initial, **kwargs)
        for role in self.ROLES:
            rows = []
            for j, entry in enumerate(task[role]):
                field = AgencyPickerField(label=entry["written"], agencies=agencies, suggested=suggestions(entry))
                chosen = chosen_agency(entry)
                field.unresolved = chosen is None or (chosen != SKIP and chosen not in agencies.labels)
                field.added = entry.get("status") == "added"
                # "Sở Y tế" matched to Sở Y tế is shown once; "Sở VHTTDL" as written, then the agency.
                field.as_written = not field.added and not (
                    chosen in agencies.labels and agencies.is_named(chosen, entry["written"])
                )
                self.fields[f"{role}_{j}"] = field
                rows.append(f"{role}_{j}")
            self.fields[f"add_{role}"] = AgencyNameField(
                agencies=agencies,
                label=_("Add a lead agency") if role == "lead" else _("Add a cooperating agency"),
            )
            self.names[role] = rows
        self.low_confidence = task.get("confidence", 1.0) < CONFIDENT
        self.span = f"task-{index}" if task.get("span") else ""
        self.assignment_span = f"task-{index}-assign" if task.get("assignment_span") else ""
        self.problems: list[str] = []

    @property
    def fields_html(self) -> str:
        """The code, timing and category on a row, then the heading and the content, with their labels."""
        row = "".join(_field_row(self[name]) for name in ("code", "timing", "category"))
        return mark_safe(f'<div class="row3">{row}</div>\n{_field_row(self["title"])}\n{_field_row(self["content"])}\n')

    @property
    def roles(self) -> list[Role]:
        """The lead, then the cooperating agencies: each name as written, and the box to add one."""
        roles = []
        for role in self.ROLES:
            rows = "".join(self._name_row(name) for name in self.names[role])
            if not rows:
                none = _e(gettext("None named in the text."))
                rows = f'<p class="muted">{none}</p>\n'
            add = self[f"add_{role}"]
            roles.append(Role(role, mark_safe(f"{rows}{add}{_errors_html(add.errors)}")))
        return roles

    def _name_row(self, name: str) -> str:
        """A name as written and its picker, flagged when it is not matched yet. Rendered here rather than by
        a template: a large plan has a thousand of them."""
        bound = self[name]
        field = bound.field
        if field.added:
            added = _e(gettext("(added by the reviewer)"))
            written = f'<span class="written muted">{added}</span> '
        elif field.as_written:
            written = f'<span class="written">“{_e(field.label)}”</span> '
        else:
            written = ""
        flag = ""
        if field.unresolved:
            not_matched = _e(gettext("Not matched: choose an agency, or skip the name."))
            flag = f'<small class="flag err">{not_matched}</small>'
        errors = _errors_html(self.errors.get(name, ()))
        return f'<div class="name{" unresolved" if field.unresolved else ""}">{written}{bound}{flag}{errors}</div>\n'

    def update_data(self) -> dict:
        c = self.cleaned_data
        data = {name: c[name] for name in ("code", "title", "content", "timing", "category", "removed")}
        for role in self.ROLES:
            data[role] = [c[name] for name in self.names[role]]
            data[f"add_{role}"] = [c[f"add_{role}"]] if c[f"add_{role}"] else []
        return data


class CitationReviewForm(forms.Form):
    keep = forms.BooleanField(label=_("Link"), required=False)

    def __init__(self, *args, citation: dict, index: int, issuers: AgencyList, existing, **kwargs):
        self.citation, self.index, self.existing = citation, index, existing
        initial = {"keep": bool(citation.get("keep")), "issuer_id": citation.get("issuer_id")}
        super().__init__(*args, prefix=f"citation-{index}", initial=initial, **kwargs)
        self.fields["issuer_id"] = AgencyPickerField(label=_("Issuer"), agencies=issuers, skip=False)
        self.linkable = citable(citation.get("number"))
        if not self.linkable:
            self.fields["keep"].disabled = True
        self.low_confidence = citation.get("confidence", 1.0) < CONFIDENT
        self.span = f"citation-{index}" if citation.get("span") else ""
        issued = citation.get("issued")
        self.issued = format_date(datetime.date.fromisoformat(issued)) if issued else ""

    def update_data(self) -> dict:
        return {"keep": self.cleaned_data["keep"], "issuer_id": self.cleaned_data["issuer_id"]}


class ReviewForms:
    """Every form of the review page, bound together: valid when each is, and one dict for ``draft_update``."""

    def __init__(self, draft: ImportDraft, registry: Registry, documents: dict, data=None):
        #: The lists the page sends once: the province's agencies (for the tasks' names) and every issuer.
        self.agencies = AgencyList("agencies", registry.agencies)
        self.issuers = AgencyList("issuers", registry.issuers)
        self.document = DocumentReviewForm(data, draft=draft, registry=registry)
        self.tasks = [
            TaskReviewForm(data, task=task, index=i, agencies=self.agencies)
            for i, task in enumerate(draft.data["tasks"])
        ]
        self.citations = [
            CitationReviewForm(data, citation=c, index=i, issuers=self.issuers, existing=documents.get(i))
            for i, c in enumerate(draft.data["citations"])
        ]

    def all(self):
        return [self.document, *self.tasks, *self.citations]

    def open_picker(self, field: str | None) -> str:
        """Show the picker of the field ``field`` (such as ``task-3-lead_0``) open; the anchor of its task
        or citation, or empty when no picker has that name."""
        for form in [*self.tasks, *self.citations]:
            name = (field or "").removeprefix(f"{form.prefix}-")
            if name != field and name in form.fields and hasattr(form.fields[name].widget, "opened"):
                form.fields[name].widget.opened = True
                return form.prefix
        return ""

    def picker_templates(self) -> str:
        """The pickers the page's script opens in place (``<template>``, one of each kind)."""
        names, issuers = AgencyPicker(self.agencies), AgencyPicker(self.issuers, skip=False)
        adder = typed_input(None, self.agencies.id, label=gettext("Add an agency"))
        return mark_safe(
            f'<template id="{names.template_id}">{names.picker(None)}</template>'
            f'<template id="{issuers.template_id}">{issuers.picker(None)}</template>'
            f'<template id="{AgencyNameInput.template_id}">{adder}</template>'
            f'<template id="{ChoicePicker.template_id}">{ChoicePicker(choices=TaskCategory.choices).model()}</template>'
        )

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
