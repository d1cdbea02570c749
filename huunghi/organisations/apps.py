from django.apps import AppConfig


class OrganisationsConfig(AppConfig):
    name = "huunghi.organisations"
    label = "organisations"
