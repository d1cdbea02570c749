"""Vietnamese is the default language of every page: the catalogue is complete, sound and in step with the templates.

A string added to a template without a Vietnamese translation fails here; run `make messages`, translate the new
entries in huunghi/locale/vi/LC_MESSAGES/django.po, then `make install` to compile the .mo.
"""

import re
from collections import Counter
from pathlib import Path

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from django.conf import settings
from django.test import Client

PACKAGE = Path(__file__).resolve().parents[2]
PO_PATH = PACKAGE / "locale" / "vi" / "LC_MESSAGES" / "django.po"
MO_PATH = PO_PATH.with_suffix(".mo")

# %(name)s, %(n)d, %s, %d... (not the escaped %%) and {{ name }}.
PLACEHOLDER = re.compile(r"%(?:\(\w+\))?[#0+-]*\d*(?:\.\d+)?[sdifr]|\{\{\s*[\w.]+\s*\}\}")
QUOTED = r"""(?P<q>["'])(?P<text>(?:(?!(?P=q)).)*)(?P=q)"""
TRANSLATE_TAG = re.compile(r"\{%\s*(?:translate|trans)\s+" + QUOTED + r"(?P<options>[^%]*)%\}")
CONTEXT_OPTION = re.compile(r"\bcontext\s+" + QUOTED)
UNDERSCORE_CALL = re.compile(r"\b_\(" + QUOTED + r"\)")
BLOCK_TAG = re.compile(
    r"\{%\s*(?:blocktranslate|blocktrans)(?P<options>[^%]*)%\}(?P<body>.*?)\{%\s*(?:endblocktranslate|endblocktrans)\s*%\}",
    re.DOTALL,
)
VARIABLE = re.compile(r"\{\{\s*(\w+)\s*\}\}")


@pytest.fixture(scope="module")
def catalogue():
    with PO_PATH.open("rb") as f:
        return read_po(f, locale="vi")


def entries(catalogue):
    return [m for m in catalogue if m.id]


def forms(message):
    """(msgid, msgstr) pairs to compare; a plural entry compares the plural msgid with each msgstr form."""
    if isinstance(message.id, str):
        return [(message.id, message.string)]
    return [(message.id[-1], form) for form in message.string]


def placeholders(text):
    return Counter(re.sub(r"\s+", "", p) for p in PLACEHOLDER.findall(text.replace("%%", "")))


def template_strings():
    """(msgid, context, where) for every literal string the templates ask to translate."""
    found = []
    for path in sorted(PACKAGE.glob("**/templates/**/*.html")):
        source = path.read_text(encoding="utf-8")
        where = str(path.relative_to(PACKAGE))
        for m in TRANSLATE_TAG.finditer(source):
            context = CONTEXT_OPTION.search(m["options"])
            # makemessages escapes % in these (and in blocktranslate text), not in _("...") constants.
            found.append((m["text"].replace("%", "%%"), context["text"] if context else None, where))
        for m in UNDERSCORE_CALL.finditer(source):
            found.append((m["text"], None, where))
        for m in BLOCK_TAG.finditer(source):
            options, body = m["options"], m["body"]
            singular = re.split(r"\{%\s*plural\s*%\}", body)[0]
            if "trimmed" in options.split():
                singular = " ".join(line.strip() for line in singular.strip().splitlines() if line.strip())
            msgid = VARIABLE.sub(r"%(\1)s", singular.replace("%", "%%"))
            context = CONTEXT_OPTION.search(options)
            found.append((msgid, context["text"] if context else None, where))
    return found


def test_it_declares_vietnamese_with_one_plural_form(catalogue):
    assert str(catalogue.locale) == "vi"
    assert catalogue.plural_forms == "nplurals=1; plural=0;"
    assert catalogue.charset.upper() == "UTF-8"
    assert not catalogue.fuzzy


def test_it_has_a_vietnamese_translation_for_every_entry(catalogue):
    untranslated = [m.id for m in entries(catalogue) if not all(s for _, s in forms(m))]
    fuzzy = [m.id for m in entries(catalogue) if m.fuzzy]
    assert not untranslated, f"untranslated: {untranslated}"
    assert not fuzzy, f"fuzzy: {fuzzy}"


def test_it_keeps_the_same_placeholders_in_every_translation(catalogue):
    wrong = [
        (msgid, msgstr)
        for m in entries(catalogue)
        for msgid, msgstr in forms(m)
        if placeholders(msgid) != placeholders(msgstr)
    ]
    assert not wrong


def test_it_passes_the_catalogue_checks_for_python_format(catalogue):
    problems = [(m.id, [str(e) for e in errors]) for m, errors in catalogue.check()]
    assert not problems


def test_it_has_a_catalogue_entry_for_every_string_the_templates_translate(catalogue):
    strings = template_strings()
    assert len(strings) > 50, "the template scan found almost nothing: has the tag syntax changed?"
    missing = [(msgid, where) for msgid, context, where in strings if catalogue.get(msgid, context=context) is None]
    assert not missing, f"run `make messages` and translate: {missing}"


def comparable(message):
    """An entry as (msgid, context) -> msgstr, whether babel read it from a .po (tuples) or a .mo (lists)."""
    key = message.id if isinstance(message.id, str) else tuple(message.id)
    string = message.string if isinstance(message.string, str) else tuple(message.string)
    context = message.context.decode() if isinstance(message.context, bytes) else message.context  # read_mo: bytes
    return (key, context), string


def test_it_is_compiled_into_an_up_to_date_mo(catalogue):
    assert MO_PATH.exists(), "run `make install` to compile the catalogue"
    with MO_PATH.open("rb") as f:
        compiled = dict(comparable(m) for m in read_mo(f) if m.id)
    stale = [key for key, string in map(comparable, entries(catalogue)) if compiled.get(key) != string]
    assert not stale, f"the .mo does not match the .po: run `make install` (first differences: {stale[:5]})"


@pytest.mark.django_db
def test_it_shows_the_login_page_in_vietnamese_by_default():
    assert settings.LANGUAGE_CODE == "vi"
    response = Client().get("/accounts/login/")
    page = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="vi">' in page
    assert "Đăng nhập" in page
    assert "Mật khẩu" in page
    assert "Sign in" not in page


@pytest.mark.django_db
def test_it_shows_the_login_page_in_english_when_the_language_cookie_asks_for_it():
    client = Client()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = client.get("/accounts/login/")
    page = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en">' in page
    assert "Sign in" in page
    assert "Đăng nhập" not in page


@pytest.mark.django_db
def test_it_keeps_vietnamese_when_only_the_browser_prefers_english():
    """Accept-Language alone does not switch: an officer's English browser still gets Vietnamese pages."""
    response = Client(headers={"accept-language": "en-US,en;q=0.9"}).get("/accounts/login/")
    page = response.content.decode()
    assert '<html lang="vi">' in page
    assert "Đăng nhập" in page


@pytest.mark.django_db
def test_it_switches_to_english_through_the_language_switch():
    client = Client()
    client.post("/i18n/setlang/", {"language": "en", "next": "/accounts/login/"})
    assert "Sign in" in client.get("/accounts/login/").content.decode()
