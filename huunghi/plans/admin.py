from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from huunghi.plans.models import Assignment, Plan, Section, Task


class SectionInline(admin.TabularInline):
    model = Section
    extra = 0
    fields = ("code", "title", "position", "parent")


@admin.register(Plan)
class PlanAdmin(SimpleHistoryAdmin):
    """Plans are edited on the site (where the rules are checked); the admin lets an administrator look."""

    list_display = ("title", "province", "start_year", "end_year", "status")
    list_filter = ("status", "kind", "province")
    search_fields = ("title",)
    list_select_related = ("province",)
    readonly_fields = ("province", "document")
    inlines = [SectionInline]


class AssignmentInline(admin.TabularInline):
    model = Assignment
    extra = 0
    autocomplete_fields = ("agency",)


@admin.register(Task)
class TaskAdmin(SimpleHistoryAdmin):
    list_display = ("code", "plan", "category")
    list_filter = ("category",)
    search_fields = ("code", "content")
    list_select_related = ("plan",)
    readonly_fields = ("plan",)
    inlines = [AssignmentInline]
