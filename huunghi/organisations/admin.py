from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from huunghi.organisations.models import Agency, Province
from huunghi.organisations.services import agency_refresh_search_key


@admin.register(Province)
class ProvinceAdmin(SimpleHistoryAdmin):
    list_display = ("name", "kind", "valid_from", "valid_to", "merged_into", "focal_agency")
    list_filter = ("kind", ("valid_to", admin.EmptyFieldListFilter))
    search_fields = ("name", "code")
    autocomplete_fields = ("merged_into", "focal_agency")


@admin.register(Agency)
class AgencyAdmin(SimpleHistoryAdmin):
    list_display = ("name", "short_name", "kind", "province", "valid_from", "valid_to")
    list_filter = ("kind", "province")
    search_fields = ("name", "short_name", "search_key")
    list_select_related = ("province",)

    def save_model(self, request, obj, form, change):
        agency_refresh_search_key(obj)
        super().save_model(request, obj, form, change)
