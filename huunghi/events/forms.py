"""Forms of the calendar pages: a partner agreement, a letter's text, the date a letter was sent, a feed."""

from django import forms
from django.utils.translation import gettext_lazy as _

from huunghi.core.forms import DomainErrorFormMixin, VnDateField
from huunghi.events import reference
from huunghi.events.models import AgreementType
from huunghi.text import sort_key


def country_choices() -> list[tuple[str, str]]:
    rows = sorted(reference.countries(), key=lambda c: sort_key(c["name_vi"]))
    return [("", "—"), *((c["iso2"], f"{c['name_vi']} ({c['iso2']})") for c in rows)]


class PartnerForm(DomainErrorFormMixin, forms.Form):
    partner_vi = forms.CharField(label=_("Partner locality (Vietnamese)"), max_length=200)
    partner_en = forms.CharField(label=_("Partner locality (English)"), max_length=200, required=False)
    country = forms.ChoiceField(label=_("Country"), choices=country_choices)
    type = forms.ChoiceField(label=_("Type"), choices=AgreementType.choices)
    signed = VnDateField(label=_("Signed on"), required=False)
    expires = VnDateField(label=_("Expires on"), required=False)
    leader_title_vi = forms.CharField(label=_("Partner leader's title (Vietnamese)"), max_length=100, required=False)
    leader_title_en = forms.CharField(label=_("Partner leader's title (English)"), max_length=100, required=False)
    source = forms.CharField(label=_("Source"), max_length=500, required=False)
    note = forms.CharField(label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class LetterForm(DomainErrorFormMixin, forms.Form):
    place = forms.CharField(label=_("Place"), max_length=100)
    letter_date = VnDateField(label=_("Date of the letter"))
    addressee = forms.CharField(label=_("Addressee"), widget=forms.Textarea(attrs={"rows": 3}))
    salutation = forms.CharField(label=_("Salutation"), max_length=200, required=False)
    body = forms.CharField(label=_("Body"), widget=forms.Textarea(attrs={"rows": 14}))
    closing = forms.CharField(label=_("Closing"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    signer_title = forms.CharField(label=_("Signer's title"), max_length=200, widget=forms.Textarea(attrs={"rows": 2}))
    signer_name = forms.CharField(label=_("Signer's name"), max_length=200, required=False)
    recipients = forms.CharField(
        label=_("Recipients"), required=False, widget=forms.Textarea(attrs={"rows": 3}), help_text=_("One per line.")
    )


class SentForm(DomainErrorFormMixin, forms.Form):
    sent_on = VnDateField(label=_("Sent on"))


class FeedForm(forms.Form):
    label = forms.CharField(
        label=_("Label"), max_length=100, required=False, help_text=_("Where it is used: “my phone”.")
    )
