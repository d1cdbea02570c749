from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from huunghi.accounts.models import User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ("username", "first_name", "last_name", "role", "province", "agency", "is_active")
    list_filter = ("role", "province", "is_active")
    list_select_related = ("province", "agency")
    autocomplete_fields = ("province", "agency")
    fieldsets = (
        *BaseUserAdmin.fieldsets,
        (_("Role in Hữu Nghị"), {"fields": ("role", "province", "agency", "job_title")}),
    )
    add_fieldsets = (
        *BaseUserAdmin.add_fieldsets,
        (_("Role in Hữu Nghị"), {"fields": ("role", "province", "agency")}),
    )
