"""Regenerate the README screenshots from the demo data.

    .venv/bin/python scripts/screenshot.py [--out docs/screenshots] [--port 8765]

Builds a throw-away SQLite database in a temporary directory (migrate, then ``huunghi demo``), compiles the
Vietnamese catalogue there as it stands in huunghi/locale/vi/LC_MESSAGES/django.po, serves the site with
``runserver`` on 127.0.0.1, signs in as demo users in headless Chromium and saves:

    plan-page.png   the Quảng Ngãi 2018 plan, as the demo user ``quangngai`` sees it (1366×900, top 1400 px)
    home.png        the Đắk Lắk officer's home (``officer``; 1366×900, top 1400 px)
    plan-phone.png  the same plan page on a phone (390×844)

Nothing of the working copy is touched but the PNG files. Needs Chromium at /usr/bin/chromium (``make test``
installs it) and htmx in node_modules (``npm install``).
"""

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}
TOP = 1400  # pixels of a long desktop page that go into the picture
SETTINGS_MODULE = "screenshot_settings"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=PROJECT / "docs" / "screenshots")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory (its path is printed)")
    args = parser.parse_args()

    if not CHROMIUM.exists():
        sys.exit(f"Chromium is not at {CHROMIUM}: run `make test` (or `sudo apt-get install chromium`).")
    if not (PROJECT / "node_modules" / "htmx.org" / "dist").is_dir():
        sys.exit("htmx is not installed: run `npm install --no-audit --no-fund` first.")
    if _port_open(args.port):
        sys.exit(f"Something already listens on 127.0.0.1:{args.port}; stop it or pass --port.")

    tmp = Path(tempfile.mkdtemp(prefix="huunghi-screens-"))
    try:
        env = _environment(tmp)
        plan_pk, password = _prepare_database(env)
        log_path = tmp / "runserver.log"
        command = [sys.executable, "-m", "huunghi.cli", "runserver", f"127.0.0.1:{args.port}", "--noreload"]
        with (
            log_path.open("w") as log,
            subprocess.Popen(command, cwd=PROJECT, env=env, stdout=log, stderr=log) as server,
        ):
            try:
                base = f"http://127.0.0.1:{args.port}"
                _wait_for(base + "/accounts/login/", server, log_path)
                args.out.mkdir(parents=True, exist_ok=True)
                saved = _shoot(base, plan_pk, password, args.out)
            finally:
                server.terminate()
                server.wait(timeout=10)
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    for path in saved:
        print(path.relative_to(PROJECT) if path.is_relative_to(PROJECT) else path)
    return 0


def _environment(tmp: Path) -> dict[str, str]:
    """The settings of a development run on a database of its own, with the catalogue compiled afresh."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    locale = tmp / "locale" / "vi" / "LC_MESSAGES"
    locale.mkdir(parents=True)
    po = PROJECT / "huunghi" / "locale" / "vi" / "LC_MESSAGES" / "django.po"
    with po.open("rb") as source, (locale / "django.mo").open("wb") as target:
        write_mo(target, read_po(source, locale="vi"))
    (tmp / f"{SETTINGS_MODULE}.py").write_text(
        f"from huunghi.settings import *  # noqa: F403\n\nLOCALE_PATHS = [{str(tmp / 'locale')!r}]\n",
        encoding="utf-8",
    )
    env = dict(os.environ)
    env.update(
        HUUNGHI_DATA_DIR=str(tmp),
        HUUNGHI_DEBUG="true",
        DATABASE_URL="",
        DJANGO_SETTINGS_MODULE=SETTINGS_MODULE,
        PYTHONPATH=os.pathsep.join(filter(None, [str(tmp), str(PROJECT), env.get("PYTHONPATH", "")])),
    )
    return env


def _prepare_database(env: dict[str, str]) -> tuple[int, str]:
    """Migrate, load the demo; return the pk of the Quảng Ngãi 2018 plan and the demo password. All in
    child processes, so that this one never loads Django (Playwright's event loop and the ORM do not mix)."""
    manage = [sys.executable, "-m", "huunghi.cli"]
    subprocess.run([*manage, "migrate", "--no-input", "-v", "0"], cwd=PROJECT, env=env, check=True)
    subprocess.run([*manage, "demo", "-v", "0"], cwd=PROJECT, env=env, check=True)
    query = (
        "from huunghi.plans.models import Plan; "
        "from huunghi.core.demo.data import DEMO_PASSWORD; "
        "print(Plan.objects.get(province__code='quang-ngai', start_year=2018).pk, DEMO_PASSWORD)"
    )
    out = subprocess.run(
        [*manage, "shell", "-v", "0", "-c", query], cwd=PROJECT, env=env, check=True, capture_output=True, text=True
    )
    pk, password = out.stdout.strip().splitlines()[-1].split()
    return int(pk), password


def _port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _wait_for(url: str, server: subprocess.Popen, log_path: Path, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            log = log_path.read_text(encoding="utf-8", errors="replace")[-3000:]
            sys.exit(f"runserver stopped (exit {server.returncode}):\n{log}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    sys.exit(f"runserver did not answer at {url} within {seconds:.0f} s.")


def _shoot(base: str, plan_pk: int, password: str, out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    plan_url = f"{base}/plans/{plan_pk}/"
    saved = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)

        def signed_in(username: str, **context_options):
            context = browser.new_context(locale="vi-VN", **context_options)
            context.set_default_timeout(15_000)
            page = context.new_page()
            page.goto(base + "/accounts/login/")
            page.fill("#id_username", username)
            page.fill("#id_password", password)
            page.click("form button[type=submit]")
            page.wait_for_url(lambda url: "/accounts/login/" not in url)
            return context, page

        def save_top(page, name: str) -> None:
            height = min(TOP, page.evaluate("document.documentElement.scrollHeight"))
            path = out / name
            page.screenshot(
                path=path, full_page=True, clip={"x": 0, "y": 0, "width": DESKTOP["width"], "height": height}
            )
            saved.append(path)

        context, page = signed_in("quangngai", viewport=DESKTOP)
        page.goto(plan_url)
        save_top(page, "plan-page.png")
        context.close()

        context, page = signed_in("officer", viewport=DESKTOP)
        page.goto(base + "/")
        save_top(page, "home.png")
        context.close()

        context, page = signed_in("quangngai", viewport=PHONE, device_scale_factor=1, is_mobile=True, has_touch=True)
        page.goto(plan_url)
        path = out / "plan-phone.png"
        page.screenshot(path=path)
        saved.append(path)
        context.close()

        browser.close()
    return saved


if __name__ == "__main__":
    sys.exit(main())
