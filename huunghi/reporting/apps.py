from django.apps import AppConfig


class ReportingConfig(AppConfig):
    name = "huunghi.reporting"
    label = "reporting"
