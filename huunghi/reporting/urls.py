from django.urls import path

from huunghi.reporting import views

app_name = "reporting"
urlpatterns = [
    path("plans/<int:pk>/periods/", views.period_index, name="periods"),
    path("periods/<int:pk>/", views.period_detail, name="period"),
    path("reports/<int:pk>/", views.report_detail, name="report"),
    path("reports/<int:pk>/return/", views.report_return, name="return"),
    path("reports/<int:pk>/accept/", views.report_accept, name="accept"),
    path("reports/<int:pk>/reopen/", views.report_reopen, name="reopen"),
]
