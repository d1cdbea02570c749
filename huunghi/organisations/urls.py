from django.urls import path

from huunghi.organisations import views

app_name = "organisations"
urlpatterns = [
    path("agencies/", views.agency_index, name="list"),
    path("agencies/<int:pk>/", views.agency_detail, name="agency"),
    path("my-tasks/", views.my_tasks, name="my_tasks"),
]
