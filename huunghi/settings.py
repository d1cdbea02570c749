"""All of Hữu Nghị's settings, read from the environment.

Every value a deployment changes comes from an environment variable (see docs/operations.md). Unsafe
combinations — debug off with the development secret key, no allowed hosts, a malformed DATABASE_URL — are
refused at start-up by the system checks in ``huunghi.core.checks``.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BASE_DIR.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEV_SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"

DEBUG = env_bool("HUUNGHI_DEBUG", False)
SECRET_KEY = os.environ.get("HUUNGHI_SECRET_KEY", DEV_SECRET_KEY)
ALLOWED_HOSTS = env_list("HUUNGHI_ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("HUUNGHI_CSRF_TRUSTED_ORIGINS")
DATA_DIR = Path(os.environ.get("HUUNGHI_DATA_DIR", PROJECT_DIR / "var"))

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "simple_history",
    "huunghi.core",
    "huunghi.accounts",
    "huunghi.organisations",
    "huunghi.documents",
    "huunghi.plans",
    "huunghi.imports",
    "huunghi.reporting",
    "huunghi.events",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "huunghi.core.middleware.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "huunghi.urls"
WSGI_APPLICATION = "huunghi.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "huunghi.core.context_processors.navigation",
            ],
        },
    },
]

# Databases. SQLite in WAL mode is the embedded default so that `make run` needs no server; production uses
# PostgreSQL through DATABASE_URL (postgres://user:password@host:5432/name).
DATABASE_URL = os.environ.get("DATABASE_URL", "")
if DATABASE_URL:
    try:
        _default_db = dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)
    except ValueError as exc:
        raise ImproperlyConfigured(f"DATABASE_URL is not a database address: {exc}") from exc
    if _default_db.get("ENGINE") not in {
        "django.db.backends.postgresql",
        "django.db.backends.sqlite3",
    }:
        raise ImproperlyConfigured("DATABASE_URL must point at PostgreSQL (postgres://...) or SQLite (sqlite:///...)")
else:
    _default_db = {"ENGINE": "django.db.backends.sqlite3", "NAME": DATA_DIR / "huunghi.sqlite3"}
if _default_db["ENGINE"] == "django.db.backends.sqlite3":
    _default_db["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    _default_db["TEST"] = {"NAME": os.environ.get("HUUNGHI_TEST_SQLITE") or None}
DATABASES = {"default": _default_db}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

# Vietnamese first, English a switch away.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Vietnamese")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["huunghi.formats"]
USE_THOUSAND_SEPARATOR = False
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("HUUNGHI_STATIC_ROOT", PROJECT_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
# Front-end libraries come from the npm registry at set-up time (`npm ci`); they are served from there.
NODE_MODULES = PROJECT_DIR / "node_modules"
if (NODE_MODULES / "htmx.org" / "dist").is_dir():
    STATICFILES_DIRS.append(("vendor/htmx", NODE_MODULES / "htmx.org" / "dist"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedStaticFilesStorage"
    },
}
MEDIA_ROOT = Path(os.environ.get("HUUNGHI_MEDIA_ROOT", DATA_DIR / "media"))
MEDIA_URL = "/media/"
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# The review page of an imported plan sends about a dozen fields per task; plans run to 300 tasks.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# E-mail: the console backend until a server is configured.
EMAIL_BACKEND = os.environ.get("HUUNGHI_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("HUUNGHI_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("HUUNGHI_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("HUUNGHI_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("HUUNGHI_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = env_bool("HUUNGHI_EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("HUUNGHI_DEFAULT_FROM_EMAIL", "huunghi@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# The site's address as people reach it, for the links in e-mails sent outside a request (reminders).
HUUNGHI_SITE_URL = os.environ.get("HUUNGHI_SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# Secure defaults whenever debug is off.
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("HUUNGHI_SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
    # Usually the reverse proxy in front redirects http to https; set this when Django should do it.
    SECURE_SSL_REDIRECT = env_bool("HUUNGHI_SSL_REDIRECT", False)
    SECURE_HSTS_SECONDS = int(os.environ.get("HUUNGHI_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    if env_bool("HUUNGHI_BEHIND_PROXY", False):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

SIMPLE_HISTORY_REVERT_DISABLED = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("HUUNGHI_LOG_LEVEL", "WARNING")},
}
