"""``huunghi extract FILE [--json]`` and ``huunghi import FILE --province CODE``."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command, get_commands
from django.urls import reverse

from huunghi.imports.models import ImportDraft
from huunghi.imports.tests.helpers import plan_docx, plan_text
from huunghi.text.extract import extract
from huunghi.text.readers import read_path


def run(*args):
    out, err = StringIO(), StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def plan_file(tmp_path):
    path = tmp_path / "ke-hoach-21.docx"
    path.write_bytes(plan_docx(plan_text()))
    return path


# No database mark: any query would fail these tests.
def test_it_prints_the_extraction_as_json_without_the_database(plan_file):
    out, _err = run("extract", str(plan_file), "--json")
    printed = json.loads(out)
    assert printed == extract(read_path(plan_file).text).to_json()
    assert printed["document"]["number"] == "21/KH-UBND"
    assert [t["code"] for t in printed["tasks"]] == ["II.1.a", "II.1.b", "II.2"]
    assert "Sở Văn hóa, Thể thao và Du lịch" in out  # not \u-escaped


def test_it_prints_a_readable_summary_in_vietnamese(plan_file):
    out, _err = run("extract", str(plan_file))
    lines = out.splitlines()
    assert "Số, ký hiệu:   21/KH-UBND" in lines
    assert "Ngày:          10/01/2025 (Đắk Lắk)" in lines
    assert "Nhiệm vụ: 3" in lines
    assert "      Chủ trì:   Sở Văn hóa, Thể thao và Du lịch" in lines
    assert "      Phối hợp:  Sở Ngoại vụ; Sở Y tế" in lines


def test_it_exits_1_with_the_reason_in_vietnamese_for_a_bad_file(tmp_path):
    path = tmp_path / "trong.txt"
    path.write_bytes(b"")
    err = StringIO()
    with pytest.raises(SystemExit) as stopped:
        call_command("extract", str(path), stdout=StringIO(), stderr=err)
    assert stopped.value.code == 1
    assert err.getvalue() == f"{path}: Tệp trống: không có nội dung để đọc.\n"


def test_it_is_called_import_on_the_command_line():
    assert get_commands()["import"] == "huunghi.imports"


def test_it_imports_a_file_into_a_draft_and_prints_its_review_address(world, plan_file):
    out, _err = run("import", str(plan_file), "--province", "dak-lak", "--user", "officer")
    draft = ImportDraft.objects.get()
    assert out == reverse("imports:review", args=[draft.pk]) + "\n"
    assert (draft.province, draft.created_by, draft.file_name) == (world.dak_lak, world.officer, "ke-hoach-21.docx")
    assert len(draft.data["tasks"]) == 3


def test_it_refuses_an_unknown_province(world, plan_file):
    with pytest.raises(CommandError, match="Không có tỉnh, thành phố nào có mã “atlantis”"):
        run("import", str(plan_file), "--province", "atlantis")
    assert not ImportDraft.objects.exists()


def test_it_exits_1_and_stores_nothing_for_a_bad_file(world, tmp_path):
    path = tmp_path / "anh.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    err = StringIO()
    with pytest.raises(SystemExit) as stopped:
        call_command("import", str(path), "--province", "dak-lak", stdout=StringIO(), stderr=err)
    assert stopped.value.code == 1
    assert "Không đọc được loại tệp này." in err.getvalue()
    assert not ImportDraft.objects.exists()
