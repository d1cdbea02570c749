from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "huunghi.accounts"
    label = "accounts"
