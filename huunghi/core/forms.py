"""Form pieces shared by every part of the site."""

from django import forms
from django.utils.translation import gettext_lazy as _

from huunghi.core.errors import DomainError
from huunghi.text import parse_money


class DomainErrorFormMixin:
    """Lets a view hand a service's DomainError back to the form, on its field when it names one."""

    def add_domain_error(self, error: DomainError) -> None:
        field = error.field if error.field in self.fields else None
        self.add_error(field, error.message)


class VnDateField(forms.DateField):
    """A date typed as dd/mm/yyyy."""

    widget = forms.DateInput(attrs={"placeholder": "dd/mm/yyyy", "inputmode": "numeric"}, format="%d/%m/%Y")
    input_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"]
    default_error_messages = {"invalid": _("Enter a date as dd/mm/yyyy.")}


class MoneyField(forms.CharField):
    """An amount in đồng, typed as 1500000, 1.500.000 or '1,5 tỷ'. Never negative."""

    default_error_messages = {
        "invalid": _("Enter an amount in đồng, e.g. 1.500.000."),
        "negative": _("An amount of money cannot be negative."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", forms.TextInput(attrs={"inputmode": "numeric", "placeholder": "1.500.000"}))
        super().__init__(**kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return None
        text = value.strip()
        if text.startswith(("-", "−")):
            raise forms.ValidationError(self.error_messages["negative"], code="negative")
        if text.replace(".", "").isdigit():
            return int(text.replace(".", ""))
        amount = parse_money(text)
        if amount is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        if amount < 0:
            raise forms.ValidationError(self.error_messages["negative"], code="negative")
        return amount

    def prepare_value(self, value):
        if isinstance(value, int):
            return f"{value:,}".replace(",", ".")
        return value
