from django.apps import AppConfig


class EventsConfig(AppConfig):
    """Lịch đối ngoại: the diplomatic calendar (anniversaries, national days, international days, holidays)."""

    name = "huunghi.events"
    verbose_name = "Lịch đối ngoại"
