from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "huunghi.plans"
    label = "plans"
