"""Forms for plans and tasks. They validate the shape of the input; the services decide the rules."""

from django import forms
from django.utils.translation import gettext_lazy as _

from huunghi.core.forms import DomainErrorFormMixin, MoneyField, VnDateField
from huunghi.organisations.models import Agency
from huunghi.plans.models import BudgetSource, PlanKind, PlanStatus, Section, TaskCategory


class PlanForm(DomainErrorFormMixin, forms.Form):
    title = forms.CharField(label=_("Title"), max_length=500)
    kind = forms.ChoiceField(label=_("Kind"), choices=PlanKind.choices)
    status = forms.ChoiceField(label=_("Status"), choices=PlanStatus.choices)
    start_year = forms.IntegerField(label=_("From year"), min_value=1945, max_value=2100)
    end_year = forms.IntegerField(label=_("To year"), min_value=1945, max_value=2100)
    number = forms.CharField(label=_("Number and symbol"), max_length=80, required=False)
    issued_on = VnDateField(label=_("Date issued"), required=False)
    place = forms.CharField(label=_("Place"), max_length=100, required=False)
    signer_name = forms.CharField(label=_("Signed by"), max_length=120, required=False)
    signer_title = forms.CharField(label=_("Signer's title"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    preamble = forms.CharField(label=_("Preamble"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    purposes = forms.CharField(label=_("Purposes"), required=False, widget=forms.Textarea(attrs={"rows": 4}))
    requirements = forms.CharField(label=_("Requirements"), required=False, widget=forms.Textarea(attrs={"rows": 4}))
    budget_clause = forms.CharField(label=_("Budget"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    implementation_clause = forms.CharField(
        label=_("Implementation"), required=False, widget=forms.Textarea(attrs={"rows": 5})
    )
    recipients = forms.CharField(
        label=_("Recipients"), required=False, help_text=_("One per line."), widget=forms.Textarea(attrs={"rows": 5})
    )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_year"), cleaned.get("end_year")
        if start and end and end < start:
            self.add_error("end_year", _("The end year cannot be before the start year."))
        return cleaned


class TaskForm(DomainErrorFormMixin, forms.Form):
    code = forms.CharField(label=_("Code"), max_length=30, help_text=_("As the plan numbers it, e.g. II.2.đ"))
    section = forms.ModelChoiceField(label=_("Section"), queryset=Section.objects.none(), required=False)
    title = forms.CharField(label=_("Heading"), max_length=500, required=False)
    content = forms.CharField(label=_("Content"), widget=forms.Textarea(attrs={"rows": 5}))
    lead = forms.ModelMultipleChoiceField(
        label=_("Lead agencies"),
        queryset=Agency.objects.none(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )
    cooperating = forms.ModelMultipleChoiceField(
        label=_("Cooperating agencies"),
        queryset=Agency.objects.none(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )
    timing = forms.CharField(label=_("Timing (as written)"), max_length=200, required=False)
    starts_on = VnDateField(label=_("From"), required=False)
    ends_on = VnDateField(label=_("Until"), required=False)
    category = forms.ChoiceField(label=_("Category"), choices=TaskCategory.choices)
    expected_output = forms.CharField(
        label=_("Expected output"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    budget_estimate = MoneyField(label=_("Budget estimate (đồng)"), required=False)
    budget_source = forms.ChoiceField(
        label=_("Budget source"), choices=[("", "—"), *BudgetSource.choices], required=False
    )

    def __init__(self, *args, plan, agencies, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"].queryset = plan.sections.order_by("position")
        # The lists offer the plan's province's agencies; the service still refuses any other.
        self.fields["lead"].queryset = agencies
        self.fields["cooperating"].queryset = agencies

    def clean(self):
        cleaned = super().clean()
        starts_on, ends_on = cleaned.get("starts_on"), cleaned.get("ends_on")
        if starts_on and ends_on and ends_on < starts_on:
            self.add_error("ends_on", _("The end date cannot be before the start date."))
        both = set(cleaned.get("lead") or []) & set(cleaned.get("cooperating") or [])
        if both:
            self.add_error(
                "cooperating",
                _("%(agency)s cannot both lead and cooperate on the same task.") % {"agency": sorted(both, key=str)[0]},
            )
        return cleaned
