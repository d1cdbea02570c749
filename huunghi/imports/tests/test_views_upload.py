"""The upload page: a file in, a draft out; a bad file gives the same page with the reason, 400, and nothing stored."""

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from huunghi.imports.models import ImportDraft
from huunghi.imports.tests.helpers import plan_docx, plan_text

URL = "/imports/new/"


def upload(client, name, data, **extra):
    return client.post(URL, {"file": SimpleUploadedFile(name, data)}, **extra)


def test_it_lives_at_its_address():
    assert reverse("imports:upload") == URL


def test_it_shows_the_form_with_the_accepted_files_the_limit_and_a_progress_bar(world, client_for):
    response = client_for(world.officer).get(URL)
    page = response.content.decode()
    assert response.status_code == 200
    assert 'enctype="multipart/form-data"' in page
    assert 'accept=".docx,.doc,.pdf,.txt,.html,.htm"' in page
    assert "Tối đa 20 MB mỗi tệp." in page
    assert f'data-limit="{20 * 1024 * 1024}"' in page
    assert "<progress" in page
    assert "/static/imports/upload.js" in page


def test_it_turns_a_word_file_into_a_draft_and_opens_its_review(world, client_for, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    response = upload(client_for(world.officer), "Kế hoạch 21.docx", plan_docx(plan_text()))
    draft = ImportDraft.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("imports:review", args=[draft.pk])
    assert (draft.province, draft.created_by, draft.file_name, draft.file_format) == (
        world.dak_lak, world.officer, "Kế hoạch 21.docx", "docx"
    )  # fmt: skip
    # The file itself is not kept: only its text and hash.
    assert not any(tmp_path.iterdir())
    assert not [f for f in ImportDraft._meta.get_fields() if f.get_internal_type() == "FileField"]


def test_it_answers_the_pages_script_with_the_address_of_the_review(world, client_for):
    response = upload(
        client_for(world.officer), "ke-hoach.txt", plan_text().encode(), headers={"X-Requested-With": "XMLHttpRequest"}
    )
    draft = ImportDraft.objects.get()
    assert response.status_code == 200
    assert response.json() == {"location": reverse("imports:review", args=[draft.pk])}


@pytest.mark.parametrize(
    ("name", "data", "vietnamese", "english"),
    [
        ("ke-hoach.txt", b"", "Tệp rỗng.", "The file is empty."),
        (
            "ke-hoach.txt",
            bytes(range(256)) * 64,
            "Tệp này không chứa văn bản: có phải là ảnh hay chương trình?",
            "This file holds no text: is it an image or a program?",
        ),
        (
            "bang-tinh.xlsx",
            b"PK\x03\x04",
            "Không đọc được loại tệp này. Hãy tải lên tệp .docx, .doc, .pdf, .txt, .html hoặc .htm.",
            "This kind of file cannot be read. Upload a .docx, .doc, .pdf, .txt, .html or .htm file.",
        ),
        (
            "ke-hoach.docx",
            b"PK\x03\x04 broken",
            "Tệp bị hỏng, không mở được.",
            "The file is damaged and cannot be opened.",
        ),
    ],
    ids=["empty", "binary", "unsupported", "broken"],
)
@pytest.mark.parametrize("language", ["vi", "en"])
def test_it_refuses_a_bad_file_in_the_users_language_and_stores_nothing(
    world, client_for, name, data, vietnamese, english, language
):
    client = client_for(world.officer)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    response = upload(client, name, data)
    assert response.status_code == 400
    assert response.context["form"].errors["file"] == [vietnamese if language == "vi" else english]
    assert (vietnamese if language == "vi" else english) in response.content.decode()
    assert not ImportDraft.objects.exists()


def test_it_refuses_a_file_over_the_limit_before_reading_it(world, client_for, monkeypatch):
    monkeypatch.setattr("huunghi.text.readers.MAX_FILE_BYTES", 1024 * 1024)
    monkeypatch.setattr("huunghi.text.readers.read_bytes", lambda *a: pytest.fail("the file was read"))
    response = upload(client_for(world.officer), "ke-hoach.txt", b"x" * (1024 * 1024 + 1))
    assert response.status_code == 400
    assert response.context["form"].errors["file"] == ["Tệp quá lớn: giới hạn là 1 MB."]
    assert not ImportDraft.objects.exists()


def test_it_asks_for_a_file(world, client_for):
    response = client_for(world.officer).post(URL, {})
    assert response.status_code == 400
    assert response.context["form"].errors["file"] == ["Hãy chọn một tệp để nhập."]


def test_it_lets_an_administrator_choose_the_province(world, client_for):
    client = client_for(world.admin)
    assert "province" in client.get(URL).context["form"].fields
    response = client.post(
        URL, {"file": SimpleUploadedFile("ke-hoach.txt", plan_text().encode()), "province": world.dak_lak.pk}
    )
    assert response.status_code == 302
    assert ImportDraft.objects.get().province == world.dak_lak


def test_it_imports_into_the_officers_own_province_only(world, client_for):
    response = upload(client_for(world.outsider), "ke-hoach.txt", plan_text().encode())
    assert response.status_code == 302
    assert ImportDraft.objects.get().province == world.an_giang
