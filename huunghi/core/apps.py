from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "huunghi.core"
    label = "core"

    def ready(self):
        from huunghi.core import checks  # noqa: F401  (registers the start-up checks)
