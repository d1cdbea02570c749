from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from huunghi.documents.models import Citation, LegalDocument
from huunghi.documents.services import document_search_key
from huunghi.text import number_key


class CitationInline(admin.TabularInline):
    model = Citation
    fk_name = "citing"
    autocomplete_fields = ("cited",)
    extra = 0


@admin.register(LegalDocument)
class LegalDocumentAdmin(SimpleHistoryAdmin):
    list_display = ("number", "doc_type", "issuer", "issued_on", "title")
    list_filter = ("doc_type",)
    search_fields = ("number", "title", "search_key")
    autocomplete_fields = ("issuer",)
    list_select_related = ("issuer",)
    inlines = [CitationInline]

    def save_model(self, request, obj, form, change):
        # The same keys the services compute, so that search finds what the admin edits.
        obj.number_key = number_key(obj.number)
        obj.search_key = document_search_key(obj)
        super().save_model(request, obj, form, change)
