"""The plan page in a real browser: signing in, the htmx agency filter, a phone's width, the language switch."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from huunghi.conftest import PASSWORD
from huunghi.organisations.models import AgencyKind
from huunghi.organisations.services import agency_create
from huunghi.plans.services import task_create

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


def task_codes(page):
    return page.locator("#task-table tbody tr:not(.section-row) td.code").all_inner_texts()


def test_officer_signs_in_through_the_form_and_reaches_home(world, new_page, site):
    officer = world.officer  # the focal agency's officer (Sở Ngoại vụ, Đắk Lắk)
    officer.set_password(PASSWORD)
    officer.save(update_fields=["password"])
    page = new_page()

    page.goto(site + reverse("plans:detail", args=[world.plan.pk]))
    assert page.url.startswith(site + reverse("login")), "an anonymous visitor is sent to the login form"
    page.fill("#id_username", "officer")
    page.fill("#id_password", PASSWORD)
    page.click("form button[type=submit]")
    page.wait_for_load_state()

    assert page.url == site + reverse("plans:detail", args=[world.plan.pk]), "back to the page asked for"
    page.goto(site + reverse("home"))
    assert page.url == site + reverse("home")
    assert page.locator(".who").inner_text() == str(officer)
    assert page.locator("h1").inner_text() == world.dak_lak.full_name


def test_agency_filter_updates_the_table_without_reloading(world, new_page, site):
    page = new_page(world.officer)
    page.goto(site + reverse("plans:detail", args=[world.plan.pk]))
    assert page.evaluate("typeof window.htmx") == "object", (
        "htmx did not load: run `npm install` (or `make install`) so that node_modules/htmx.org exists"
    )
    assert task_codes(page) == ["II.1", "II.2", "II.3"]
    page.evaluate("window.notReloaded = true")
    # The association of overseas Vietnamese's relatives cooperates on II.2 only. (A department would also
    # get II.3, assigned to the group "Các sở, ban, ngành" it belongs to.)
    kieu_bao = world.agencies["kieu_bao"]

    with page.expect_response(lambda r: "agency=" in r.url and r.request.headers.get("hx-request") == "true"):
        page.select_option("select[name=agency]", str(kieu_bao.pk))
    page.wait_for_url(re.compile(rf"[?&]agency={kieu_bao.pk}(&|$)"))
    page.wait_for_function("document.querySelectorAll('#task-table tbody td.code').length === 1")

    assert task_codes(page) == ["II.2"], "only the tasks of the Hội Thân nhân kiều bào"
    assert kieu_bao.name in page.locator("#task-table tbody").inner_text()
    assert page.evaluate("window.notReloaded") is True, "the table changed in place: no full page load"
    assert page.locator("h1").count() == 1, "the fragment is the table, not a whole page inside the page"


def test_plan_page_fits_a_phone(world, new_page, site):
    # Agency names as long as the demo's (Quảng Ngãi's "Ban Quản lý Khu Kinh tế Dung Quất và các Khu Công
    # nghiệp tỉnh") make the agency filter as wide as its widest option.
    board = agency_create(
        province=world.dak_lak,
        name="Ban Quản lý Khu Kinh tế và các Khu Công nghiệp tỉnh Đắk Lắk",
        kind=AgencyKind.ECONOMIC_ZONE,
    )
    task_create(plan=world.plan, code="II.4", section=world.section, content="Quảng bá đầu tư", lead=[board])
    page = new_page(world.officer, viewport=PHONE)
    page.goto(site + reverse("plans:detail", args=[world.plan.pk]))

    width = page.evaluate("({scroll: document.documentElement.scrollWidth, inner: window.innerWidth})")
    assert width["scroll"] <= width["inner"] + 1, f"the whole page scrolls sideways on a phone: {width}"
    # The wide appendix table may scroll, but inside its own wrapper, which stays within the screen.
    box = page.locator(".table-wrap").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"] + 1, box
    assert page.locator("select[name=agency]").is_visible()


def test_language_switch_turns_the_page_to_english_and_back(world, new_page, site):
    page = new_page(world.officer)
    url = site + reverse("plans:detail", args=[world.plan.pk])
    page.goto(url)
    assert page.get_attribute("html", "lang") == "vi"
    with translation.override("vi"):
        tasks_vi = translation.gettext("Tasks")

    page.click(".lang-switch button[value=en]")
    page.wait_for_selector(".lang-switch button[value=vi]")
    assert page.url == url, "the switch stays on the page"
    assert page.get_attribute("html", "lang") == "en"
    assert page.locator("main h2").first.inner_text() == "Tasks"
    assert "Plans" in page.locator(".main-nav").inner_text()

    page.click(".lang-switch button[value=vi]")
    page.wait_for_selector(".lang-switch button[value=en]")
    assert page.url == url
    assert page.get_attribute("html", "lang") == "vi"
    assert page.locator("main h2").first.inner_text() == tasks_vi
