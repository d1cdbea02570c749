"""Bad configuration is refused at start-up; the secure defaults hold when debug is off."""

import os
import subprocess
import sys

BASE_ENV = {k: v for k, v in os.environ.items() if not k.startswith(("HUUNGHI_", "DATABASE_URL"))}


def run_check(**env):
    return subprocess.run(
        [sys.executable, "-m", "huunghi.cli", "check"],
        env={**BASE_ENV, "DJANGO_SETTINGS_MODULE": "huunghi.settings", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_it_refuses_to_start_without_a_secret_key_when_debug_is_off():
    result = run_check(HUUNGHI_ALLOWED_HOSTS="huunghi.example.vn")
    assert result.returncode != 0
    assert "huunghi.E001" in result.stderr


def test_it_refuses_to_start_without_allowed_hosts_when_debug_is_off():
    result = run_check(HUUNGHI_SECRET_KEY="x" * 50)
    assert "huunghi.E002" in result.stderr


def test_it_refuses_a_database_url_that_is_not_a_database():
    result = run_check(HUUNGHI_DEBUG="true", DATABASE_URL="mysql://root@localhost/x")
    assert result.returncode != 0
    assert "DATABASE_URL must point at PostgreSQL" in result.stderr


def test_it_refuses_a_debug_value_it_cannot_read():
    result = run_check(HUUNGHI_DEBUG="maybe")
    assert "HUUNGHI_DEBUG must be true or false" in result.stderr


def test_it_starts_with_a_complete_production_configuration():
    result = run_check(HUUNGHI_SECRET_KEY="x" * 50, HUUNGHI_ALLOWED_HOSTS="huunghi.example.vn")
    assert result.returncode == 0, result.stderr


def test_it_sets_secure_cookies_and_hsts_when_debug_is_off(settings):
    from huunghi import settings as ours

    assert ours.DEBUG is False
    assert (ours.SESSION_COOKIE_SECURE, ours.CSRF_COOKIE_SECURE) == (True, True)
    assert ours.SECURE_HSTS_SECONDS == 31536000


def test_it_uses_a_sqlite_file_in_wal_mode_by_default(tmp_path):
    probe = "from django.db import connection; c = connection.cursor(); c.execute('PRAGMA journal_mode'); print(c.fetchone()[0])"
    result = subprocess.run(
        [sys.executable, "-m", "huunghi.cli", "shell", "--no-imports", "-c", probe],
        env={**BASE_ENV, "HUUNGHI_DEBUG": "true", "HUUNGHI_DATA_DIR": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "wal", result.stderr
    assert (tmp_path / "huunghi.sqlite3").exists()
