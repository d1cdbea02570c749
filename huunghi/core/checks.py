"""Start-up checks: a deployment with unsafe or broken configuration refuses to start."""

from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=False)
def check_production_settings(app_configs, **kwargs):
    errors = []
    if settings.DEBUG:
        return errors
    if settings.SECRET_KEY == settings.DEV_SECRET_KEY or len(settings.SECRET_KEY) < 32:
        errors.append(
            Error(
                "HUUNGHI_SECRET_KEY is not set (or shorter than 32 characters) while debug is off.",
                hint="Set HUUNGHI_SECRET_KEY to a long random value, e.g. `python -c 'import secrets; print(secrets.token_urlsafe(50))'`.",
                id="huunghi.E001",
            )
        )
    if not settings.ALLOWED_HOSTS:
        errors.append(
            Error(
                "HUUNGHI_ALLOWED_HOSTS is empty while debug is off: no request would be served.",
                hint="Set HUUNGHI_ALLOWED_HOSTS to the host names the site answers on, comma-separated.",
                id="huunghi.E002",
            )
        )
    return errors
