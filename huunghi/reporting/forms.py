"""Forms of the reporting cycle. They validate the shape of the input; the services decide the rules."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from huunghi.core.forms import DomainErrorFormMixin, MoneyField, VnDateField
from huunghi.reporting.countries import country_choices
from huunghi.reporting.models import ACTIVITY_LANGUAGES, ActivityKind, AdjustmentKind, PeriodKind, TaskStatus
from huunghi.reporting.services import GENERAL_FIELDS, MONEY_FIELDS

PROGRESS_ERROR = _("Progress must be a number from 0 to 100.")


class PeriodOpenForm(DomainErrorFormMixin, forms.Form):
    kind = forms.ChoiceField(label=_("Report"), choices=PeriodKind.choices)
    year = forms.IntegerField(label=_("Year"), min_value=1945, max_value=2100)
    deadline = VnDateField(
        label=_("Submission deadline"),
        required=False,
        help_text=_("Empty: six days after the end of the data period."),
    )


class ReportForm(DomainErrorFormMixin, forms.Form):
    """The agency's report: one row of fields per task (``t<row id>_<field>``) and the general section.
    ``version`` is the report's version when the form was read (optimistic locking)."""

    version = forms.IntegerField(widget=forms.HiddenInput)
    results_summary = forms.CharField(
        label=_("General results"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    difficulties = forms.CharField(
        label=_("Difficulties and obstacles"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    proposals = forms.CharField(
        label=_("Proposals and recommendations"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, task_reports, disabled=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.task_reports = list(task_reports)
        for row in self.task_reports:
            p = f"t{row.pk}_"
            self.fields[p + "status"] = forms.ChoiceField(label=_("Status"), choices=TaskStatus.choices)
            self.fields[p + "progress"] = forms.IntegerField(
                label=_("Progress (%)"),
                min_value=0,
                max_value=100,
                error_messages={"min_value": PROGRESS_ERROR, "max_value": PROGRESS_ERROR, "invalid": PROGRESS_ERROR},
                widget=forms.NumberInput(attrs={"min": 0, "max": 100, "class": "short"}),
            )
            self.fields[p + "results"] = forms.CharField(
                label=_("Results"), required=False, widget=forms.Textarea(attrs={"rows": 3})
            )
            for name, label in (
                ("spent_state", _("State budget")),
                ("spent_non_state", _("Non-state contributions")),
                ("spent_other", _("Other sources")),
            ):
                self.fields[p + name] = MoneyField(label=label, required=False)
            if not self.is_bound:
                for name in ("status", "progress", "results", *MONEY_FIELDS):
                    self.initial.setdefault(p + name, getattr(row, name))
        if disabled:
            for field in self.fields.values():
                field.disabled = True

    def rows(self):
        """(task report, its bound fields by name) for the template's table."""
        return [
            (
                row,
                {
                    name: self[f"t{row.pk}_{name}"]
                    for name in ("status", "progress", "results", "spent_state", "spent_non_state", "spent_other")
                },
            )
            for row in self.task_reports
        ]

    def general_fields(self):
        return [self[name] for name in GENERAL_FIELDS]

    def task_values(self) -> dict[int, dict]:
        values = {}
        for row in self.task_reports:
            p = f"t{row.pk}_"
            values[row.pk] = {
                "status": self.cleaned_data[p + "status"],
                "progress": self.cleaned_data[p + "progress"],
                "results": self.cleaned_data[p + "results"],
                **{name: self.cleaned_data[p + name] or 0 for name in MONEY_FIELDS},
            }
        return values


class ReturnForm(DomainErrorFormMixin, forms.Form):
    comment = forms.CharField(label=_("What should the agency correct?"), widget=forms.Textarea(attrs={"rows": 3}))


class ReopenForm(DomainErrorFormMixin, forms.Form):
    until = VnDateField(label=_("Reopen until"))


class ActivityForm(DomainErrorFormMixin, forms.Form):
    """An activity held for one task; a page shows one per task row, told apart by the prefix ``a<row id>``."""

    held_on = VnDateField(label=pgettext_lazy("activity", "Date"))
    place = forms.CharField(label=pgettext_lazy("activity", "Place"), max_length=200)
    kind = forms.ChoiceField(label=_("Kind of activity"), choices=ActivityKind.choices)
    abroad = forms.BooleanField(label=_("Abroad"), required=False)
    country = forms.ChoiceField(label=_("Country (abroad)"), choices=country_choices, required=False)
    partner = forms.CharField(label=_("Foreign partner"), max_length=300, required=False)
    participants = forms.IntegerField(
        label=_("Participants"), initial=0, widget=forms.NumberInput(attrs={"min": 0, "class": "short"})
    )
    foreign_participants = forms.IntegerField(
        label=_("Of which foreign"), initial=0, widget=forms.NumberInput(attrs={"min": 0, "class": "short"})
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages used"),
        choices=list(ACTIVITY_LANGUAGES.items()),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    coverage_links = forms.CharField(
        label=_("Coverage links (one per line)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2, "placeholder": "https://"}),
    )

    def clean_coverage_links(self) -> list[str]:
        return [line.strip() for line in self.cleaned_data["coverage_links"].splitlines() if line.strip()]


class AttachmentForm(DomainErrorFormMixin, forms.Form):
    file = forms.FileField(
        label=_("File"),
        help_text=_("PDF, Word, Excel, JPEG or PNG, up to 10 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.docx,.doc,.xlsx,.xls,.jpg,.jpeg,.png"}),
    )
    title = forms.CharField(label=pgettext_lazy("attachment", "Title"), max_length=200, required=False)


class AdjustmentForm(DomainErrorFormMixin, forms.Form):
    """A proposal to adjust the plan, added on the report page; ``tasks`` are the report's tasks."""

    kind = forms.ChoiceField(label=_("Kind of adjustment"), choices=AdjustmentKind.choices)
    task = forms.TypedChoiceField(label=_("Task"), coerce=int, required=False, empty_value=None)
    text = forms.CharField(
        label=_("Proposal"),
        help_text=_("The new content, the task to add, or the reason for the change."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    timing = forms.CharField(label=_("Proposed timing (as written)"), max_length=200, required=False)
    starts_on = VnDateField(label=_("Proposed start"), required=False)
    ends_on = VnDateField(label=_("Proposed end"), required=False)

    def __init__(self, *args, tasks=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.tasks = {task.pk: task for task in tasks}
        self.fields["task"].choices = [("", "—")] + [
            (task.pk, f"{task.code} {(task.title or task.content)[:80]}") for task in self.tasks.values()
        ]

    def clean_task(self):
        pk = self.cleaned_data["task"]
        return self.tasks.get(pk) if pk is not None else None


class DecisionForm(DomainErrorFormMixin, forms.Form):
    comment = forms.CharField(label=_("Comment"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
