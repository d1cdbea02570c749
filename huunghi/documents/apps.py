from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    name = "huunghi.documents"
    label = "documents"
