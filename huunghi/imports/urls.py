from django.urls import path

from huunghi.imports import views

app_name = "imports"
urlpatterns = [
    path("imports/", views.draft_index, name="list"),
    path("imports/new/", views.draft_upload, name="upload"),
    path("imports/<int:pk>/", views.draft_review, name="review"),
    path("imports/<int:pk>/discard/", views.draft_discard, name="discard"),
]
