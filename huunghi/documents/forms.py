from django import forms
from django.core.validators import FileExtensionValidator
from django.utils.translation import gettext_lazy as _

from huunghi.core.forms import DomainErrorFormMixin, VnDateField
from huunghi.documents.models import DocumentType
from huunghi.organisations.models import Agency

MAX_FILE_BYTES = 20 * 1024 * 1024


class DocumentForm(DomainErrorFormMixin, forms.Form):
    doc_type = forms.ChoiceField(label=_("Type"), choices=DocumentType.choices)
    number = forms.CharField(
        label=_("Number and symbol"), max_length=80, required=False, help_text=_("e.g. 1270/KH-UBND")
    )
    issuer = forms.ModelChoiceField(label=_("Issuer"), queryset=Agency.objects.none())
    issued_on = VnDateField(label=_("Date issued"), required=False)
    place = forms.CharField(label=_("Place"), max_length=100, required=False)
    signer_name = forms.CharField(label=_("Signed by"), max_length=120, required=False)
    signer_title = forms.CharField(label=_("Signer's title"), max_length=200, required=False)
    title = forms.CharField(label=_("Title"), widget=forms.Textarea(attrs={"rows": 2}))
    text = forms.CharField(label=_("Text"), required=False, widget=forms.Textarea(attrs={"rows": 8}))
    source_url = forms.URLField(label=_("Source"), required=False, max_length=500, assume_scheme="https")
    file = forms.FileField(
        label=_("File"),
        required=False,
        validators=[FileExtensionValidator(["pdf", "doc", "docx", "odt", "txt", "html", "htm", "xls", "xlsx"])],
    )

    def __init__(self, *args, issuers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["issuer"].queryset = issuers

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and upload.size > MAX_FILE_BYTES:
            raise forms.ValidationError(_("The file is larger than 20 MB."))
        return upload
