from django.contrib import admin

from huunghi.reporting.models import (
    AdjustmentProposal,
    AgencyReport,
    PlanVersion,
    ReportEvent,
    ReportingPeriod,
    TaskReport,
)


@admin.register(ReportingPeriod)
class ReportingPeriodAdmin(admin.ModelAdmin):
    """Periods are opened on the site (where the rules are checked); the admin lets an administrator look."""

    list_display = ("code", "plan", "deadline", "status")
    list_filter = ("kind", "status")
    list_select_related = ("plan",)
    readonly_fields = ("plan", "kind", "year", "code", "data_from", "data_to", "opened_by")


class TaskReportInline(admin.TabularInline):
    model = TaskReport
    extra = 0
    fields = ("task", "role", "status", "progress", "spent_state", "spent_non_state", "spent_other")
    readonly_fields = fields
    can_delete = False


class ReportEventInline(admin.TabularInline):
    model = ReportEvent
    extra = 0
    fields = ("at", "actor", "action", "comment")
    readonly_fields = fields
    can_delete = False


@admin.register(AgencyReport)
class AgencyReportAdmin(admin.ModelAdmin):
    list_display = ("agency", "period", "status", "submitted_at")
    list_filter = ("status",)
    list_select_related = ("agency", "period__plan")
    readonly_fields = ("period", "agency", "status", "submitted_at", "version", "saved_by", "saved_at")
    inlines = [TaskReportInline, ReportEventInline]


@admin.register(AdjustmentProposal)
class AdjustmentProposalAdmin(admin.ModelAdmin):
    """Proposals are added and decided on the site (where the rules are checked); the admin lets an
    administrator look."""

    list_display = ("report", "task", "kind", "status", "decided_at")
    list_filter = ("kind", "status")
    list_select_related = ("report__agency", "report__period", "task")
    readonly_fields = ("report", "task", "kind", "status", "created_by", "decided_by", "decided_at")


@admin.register(PlanVersion)
class PlanVersionAdmin(admin.ModelAdmin):
    list_display = ("plan", "number", "created_at", "created_by")
    list_select_related = ("plan", "created_by")
    readonly_fields = ("plan", "number", "proposal", "before", "after", "created_by")
