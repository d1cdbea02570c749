"""Browser tests: pytest-django's live server driven by Debian's Chromium through Playwright's sync API.

The data is the shared ``world`` of huunghi/conftest.py; a test that asks for ``live_server`` gets it in a
transactional database, so that the server's thread sees the rows the test created.
"""

import os
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.test import Client

from huunghi.conftest import fast_password_hasher, world  # noqa: F401  (the shared fixtures, used here too)

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
DESKTOP = {"width": 1366, "height": 900}
TIMEOUT_MS = 10_000


@pytest.fixture(scope="package")
def async_unsafe_allowed():
    """Playwright's sync API keeps an event loop running in this thread, so Django's async-unsafe check would
    refuse every ORM call of the test (creating the data, flushing the database). Allowed here only, while
    the browser package runs, and restored afterwards."""
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="package")
def browser(async_unsafe_allowed):
    """One headless Chromium for the whole package. Missing Chromium is a failure, never a skip."""
    if not CHROMIUM.exists():
        pytest.fail(
            f"The browser tests need Chromium at {CHROMIUM}, which is not installed. "
            "Run `make test` (it installs the Debian package `chromium`), or `sudo apt-get install chromium`.",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def site(live_server, settings):
    """The live server's address, with cookies a plain-http test server can set (debug is off in tests, so
    the session and CSRF cookies are otherwise marked Secure)."""
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False
    return live_server.url


@pytest.fixture
def new_page(browser, site):
    """``new_page(user=None, viewport=DESKTOP)``: a page in a fresh browser context, signed in as ``user``
    (through a session made on the server side: only test (a) goes through the login form)."""
    contexts = []

    def open_page(user=None, viewport=DESKTOP):
        context = browser.new_context(viewport=viewport, locale="vi-VN")
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        if user is not None:
            client = Client()
            client.force_login(user)
            session = client.cookies[django_settings.SESSION_COOKIE_NAME].value
            context.add_cookies([{"name": django_settings.SESSION_COOKIE_NAME, "value": session, "url": site}])
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()
