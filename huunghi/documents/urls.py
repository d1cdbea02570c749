from django.urls import path

from huunghi.documents import views

app_name = "documents"
urlpatterns = [
    path("documents/", views.document_index, name="list"),
    path("documents/new/", views.document_create, name="create"),
    path("documents/<int:pk>/", views.document_detail, name="detail"),
    path("documents/<int:pk>/edit/", views.document_edit, name="edit"),
]
