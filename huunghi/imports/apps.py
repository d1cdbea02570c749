from django.apps import AppConfig


class ImportsConfig(AppConfig):
    name = "huunghi.imports"
    label = "imports"
