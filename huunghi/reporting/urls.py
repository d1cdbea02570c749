from django.urls import path

from huunghi.reporting import views, views_synthesis

app_name = "reporting"
urlpatterns = [
    path("plans/<int:pk>/periods/", views.period_index, name="periods"),
    path("periods/<int:pk>/", views.period_detail, name="period"),
    path("periods/<int:pk>/synthesis.docx", views_synthesis.synthesis_word, name="synthesis_word"),
    path("periods/<int:pk>/synthesis.xlsx", views_synthesis.synthesis_excel, name="synthesis_excel"),
    path("reports/<int:pk>/", views.report_detail, name="report"),
    path("reports/<int:pk>/return/", views.report_return, name="return"),
    path("reports/<int:pk>/accept/", views.report_accept, name="accept"),
    path("reports/<int:pk>/reopen/", views.report_reopen, name="reopen"),
]
