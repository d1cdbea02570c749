from django.urls import path

from huunghi.reporting import views, views_adjustments, views_synthesis, views_urging

app_name = "reporting"
urlpatterns = [
    path("plans/<int:pk>/periods/", views.period_index, name="periods"),
    path("plans/<int:pk>/adjustments/", views_adjustments.plan_adjustment_list, name="adjustments"),
    path("adjustments/<int:pk>/accept/", views_adjustments.adjustment_accept, name="adjustment_accept"),
    path("adjustments/<int:pk>/reject/", views_adjustments.adjustment_reject, name="adjustment_reject"),
    path("periods/<int:pk>/", views.period_detail, name="period"),
    path("periods/<int:pk>/synthesis.docx", views_synthesis.synthesis_word, name="synthesis_word"),
    path("periods/<int:pk>/synthesis.xlsx", views_synthesis.synthesis_excel, name="synthesis_excel"),
    path("periods/<int:pk>/urging.docx", views_urging.urging_word, name="urging_word"),
    path("reports/<int:pk>/", views.report_detail, name="report"),
    path("reports/<int:pk>/return/", views.report_return, name="return"),
    path("reports/<int:pk>/accept/", views.report_accept, name="accept"),
    path("reports/<int:pk>/reopen/", views.report_reopen, name="reopen"),
    path("reports/<int:pk>/tasks/<int:row_pk>/activities/", views.activity_add, name="activity_add"),
    path("reports/<int:pk>/activities/<int:activity_pk>/delete/", views.activity_delete, name="activity_delete"),
    path("reports/<int:pk>/adjustments/", views_adjustments.adjustment_add, name="adjustment_add"),
    path("reports/<int:pk>/attachments/", views.attachment_add, name="attachment_add"),
    path("reports/<int:pk>/attachments/<int:attachment_pk>/", views.attachment_download, name="attachment"),
    path("reports/<int:pk>/attachments/<int:attachment_pk>/delete/", views.attachment_delete, name="attachment_delete"),
]
