"""Reading uploaded files into clean text (`huunghi.text.readers`).

Word files are written with python-docx inside the tests; `files/plan.pdf`, `files/plan.doc` and
`files/encrypted.pdf` were made once by LibreOffice with `files/make_fixtures.py`, whose constants hold
the text they contain.
"""

import io
import re
import shutil
import time
import unicodedata
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from hypothesis import given, settings
from hypothesis import strategies as st

from huunghi.text import clean_spaces, readers
from huunghi.text.readers import (
    MAX_FILE_BYTES,
    ReadResult,
    UnreadableFile,
    clean_web_text,
    read_bytes,
    read_path,
)

FILES = Path(__file__).resolve().parent / "files"
SEEDS = Path(__file__).resolve().parents[1] / "extract" / "tests" / "corpus" / "seeds"
HAS_LIBREOFFICE = shutil.which("soffice") is not None or shutil.which("libreoffice") is not None
needs_libreoffice = pytest.mark.skipif(
    not HAS_LIBREOFFICE, reason="LibreOffice (soffice) is not installed: .doc files cannot be converted here"
)

SENTENCE = (
    "Ủy ban nhân dân tỉnh Đắk Lắk ban hành Kế hoạch Ngoại giao văn hóa năm 2024: tăng cường quảng bá hình ảnh, "
    "con người Việt Nam đến với bạn bè quốc tế."
)


def tidy(text: str) -> str:
    """What every reader promises: spaces cleaned line by line, at most one blank line in a row."""
    return re.sub(r"\n{3,}", "\n\n", clean_spaces(text, keep_newlines=True))


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def docx_bytes(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def reading_error(data: bytes, filename: str) -> UnreadableFile:
    with pytest.raises(UnreadableFile) as info:
        read_bytes(data, filename)
    return info.value


# --- Plain text and its encodings --------------------------------------------------------------------------


def test_it_reads_utf8_text():
    result = read_bytes(SENTENCE.encode("utf-8"), "ke-hoach.txt")
    assert result == ReadResult(text=SENTENCE, format="txt", encoding="utf-8", pages=None, warnings=[])


def test_it_reads_utf8_with_a_byte_order_mark():
    result = read_bytes(b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"), "ke-hoach.txt")
    assert (result.text, result.encoding) == (SENTENCE, "utf-8")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_it_reads_utf16_with_or_without_a_byte_order_mark(codec):
    # "utf-16" writes a BOM; "utf-16-le"/"-be" do not, and are recognised by where their NUL bytes fall.
    result = read_bytes(f"{SENTENCE}\r\n\r\nSở Ngoại vụ.".encode(codec), "ke-hoach.txt")
    assert (result.text, result.encoding) == (f"{SENTENCE}\n\nSở Ngoại vụ.", "utf-16")


def to_cp1258(text: str) -> bytes:
    """Windows-1258 bytes: letters with their vowel marks precomposed, tones as combining marks after them."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for char in text:
        decomposed = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
        out.append(base + "".join(c for c in decomposed if c in tones))
    return "".join(out).encode("cp1258")


def test_it_reads_windows_1258_and_composes_its_tones():
    data = to_cp1258(SENTENCE)
    assert b"\xec" in data  # the combining acute of Windows-1258: the tones really are separate
    result = read_bytes(data, "ke-hoach.txt")
    assert result.text == SENTENCE
    assert unicodedata.is_normalized("NFC", result.text)
    assert result.encoding == "windows-1258"
    assert result.warnings == ["Đã đọc tệp theo bảng mã Windows-1258 và chuyển sang Unicode."]


def test_it_converts_tcvn3_text_from_known_bytes():
    # "Cộng hoà xã hội chủ nghĩa Việt Nam / Độc lập - Tự do - Hạnh phúc" typed in .VnTime and saved as text.
    data = b"C\xe9ng ho\xb5 x\xb7 h\xe9i ch\xf1 ngh\xdca Vi\xd6t Nam\r\n\xa7\xe9c l\xcbp - T\xf9 do - H\xb9nh ph\xf3c"
    result = read_bytes(data, "quoc-hieu.txt")
    assert result.text == "Cộng hoà xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc"
    assert result.encoding == "tcvn3"
    assert result.warnings == ["Đã chuyển từ mã TCVN3 sang Unicode."]


def test_it_converts_vni_text_from_known_bytes():
    data = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nÑoäc laäp - Töï do - Haïnh phuùc".encode("cp1252")
    result = read_bytes(data, "quoc-hieu.txt")
    assert result.text == "Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc"
    assert result.encoding == "vni"
    assert result.warnings == ["Đã chuyển từ mã VNI sang Unicode."]


LEGACY_SAMPLE = (
    "Gắn kết ngoại giao văn hóa với quá trình phát triển và hội nhập quốc tế, củng cố quốc phòng, an ninh của "
    "tỉnh; giới thiệu, quảng bá tinh hoa văn hóa dân tộc đến với bạn bè quốc tế.\n"
    "Sở Ngoại vụ tổng hợp, báo cáo tình hình thực hiện và đề xuất nội dung cần điều chỉnh, bổ sung."
)


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_it_converts_legacy_font_text_written_with_viparse_tables_in_reverse(encoding):
    from viparse.normalize.encodings import CHARMAPS

    reverse = {unicode: legacy for legacy, unicode in CHARMAPS[encoding].pairs}
    legacy_text = "".join(reverse.get(c, c) for c in LEGACY_SAMPLE)
    assert legacy_text != LEGACY_SAMPLE
    result = read_bytes(legacy_text.encode("cp1252"), "ke-hoach.txt")
    assert (result.text, result.encoding) == (LEGACY_SAMPLE, encoding)


def test_it_leaves_western_windows_1252_text_as_it_is():
    text = "El niño español comió jamón en la montaña. Ça va très bien, merci beaucoup à vous."
    result = read_bytes(text.encode("cp1252"), "note.txt")
    assert (result.text, result.encoding, result.warnings) == (text, "windows-1252", [])


def test_it_never_converts_unicode_vietnamese():
    # Full of Latin-1 letters that are also TCVN3 and VNI codes (à á â ã è é ê ì í ò ó ô õ ù ú ý).
    text = "Tôi đã đến Hà Nội. Cà phê ở đây rất ngon, giá cả hợp lý; nhà hàng mở cửa từ sáu giờ sáng."
    result = read_bytes(text.encode("utf-8"), "note.txt")
    assert (result.text, result.encoding, result.warnings) == (text, "utf-8", [])


def test_it_converts_tcvn3_pasted_into_a_utf8_file():
    data = "Céng hoµ x· héi chñ nghÜa ViÖt Nam".encode()
    result = read_bytes(data, "quoc-hieu.txt")
    assert (result.text, result.encoding) == ("Cộng hoà xã hội chủ nghĩa Việt Nam", "tcvn3")


def test_it_returns_nfc_with_clean_spaces_and_single_blank_lines():
    data = (
        "  Ke\u0302\u0301 hoa\u0323ch\u00a0\u00a0so\u0302\u0301 1270 \t \r\n"
        "Ngoại\u200b giao   văn hóa\u00a0\r\n\r\n\r\n\r\n"
        "Sở\u202fNgoại vụ \n\n"
    ).encode("utf-8")
    assert read_bytes(data, "a.txt").text == "Kế hoạch số 1270\nNgoại giao văn hóa\n\nSở Ngoại vụ"


def test_it_refuses_an_empty_or_blank_file():
    for data in (b"", b" \r\n\t\n", "\ufeff \u00a0\n".encode()):
        error = reading_error(data, "a.txt")
        assert (error.code, error.message) == ("empty", "Tệp trống: không có nội dung để đọc.")


def test_it_refuses_binary_garbage():
    import random

    data = random.Random(7).randbytes(4096)
    assert reading_error(data, "ke-hoach.txt").code == "binary"
    assert reading_error(b"abc\x00\x01\x02\x03def\x00\x05" * 50, "a.txt").code == "binary"


def test_it_refuses_a_file_over_20_mb_and_says_the_limit():
    error = reading_error(b"a" * (MAX_FILE_BYTES + 1), "lon.txt")
    assert error.code == "too_large"
    assert error.message == "Tệp quá lớn: chỉ nhận tệp tối đa 20 MB."


def test_it_checks_the_size_on_disk_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "lon.txt"
    with open(path, "wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing is written

    def no_open(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(readers, "open", no_open, raising=False)
    with pytest.raises(UnreadableFile) as info:
        read_path(path)
    assert info.value.code == "too_large"


def test_it_reads_a_path(tmp_path):
    path = tmp_path / "ke-hoach.txt"
    path.write_text(SENTENCE, encoding="utf-8")
    assert read_path(path).text == SENTENCE
    assert read_path(str(path)).text == SENTENCE
    with pytest.raises(UnreadableFile) as info:
        read_path(tmp_path / "khong-co.txt")
    assert info.value.code == "broken"


# --- Unsupported files -------------------------------------------------------------------------------------

ACCEPTED = "Chỉ nhận các tệp: .docx, .doc, .pdf, .txt, .html."


def test_it_refuses_a_spreadsheet_and_lists_the_accepted_types():
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active["A1"] = "Kế hoạch"
    buffer = io.BytesIO()
    workbook.save(buffer)
    error = reading_error(buffer.getvalue(), "ke-hoach.xlsx")
    assert error.code == "unsupported"
    assert error.message == f"Không hỗ trợ loại tệp này. {ACCEPTED}"
    # The content decides, not the name.
    assert reading_error(buffer.getvalue(), "ke-hoach.docx").code == "unsupported"


def test_it_refuses_images_executables_zips_and_other_office_files():
    from PIL import Image

    png = io.BytesIO()
    Image.new("RGB", (20, 20), "white").save(png, "PNG")
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("ke-hoach.txt", SENTENCE)
    excel_97 = readers.OLE_MAGIC + "Workbook".encode("utf-16-le") + bytes(600)
    executable = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + bytes(200)
    for data, name in [(png.getvalue(), "anh.png"), (archive.getvalue(), "a.zip"), (excel_97, "a.xls")]:
        assert reading_error(data, name).code == "unsupported"
    assert reading_error(executable, "setup.exe").code == "unsupported"
    assert reading_error(executable, "ke-hoach.docx").code == "unsupported"


# --- HTML ----------------------------------------------------------------------------------------------------

WEB_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Kế hoạch Ngoại giao văn hóa</title>
<style>@media (min-width: 320px){ .a { display:block } }</style></head>
<body>
<div class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gt">Giới thiệu</a></li></ul></div>
<div class="search">Tìm kiếm tin tức <input></div>
<div class="content">
<h1>Kế hoạch Ngoại giao văn hóa năm 2024</h1>
<p class="date">Cập nhật : 26/02/2020 10:08:00 SA - Số lượt đọc : 23</p>
<p>Ngày 19/02/2020, UBND tỉnh ban hành Kế hoạch số 1270/KH-UBND về Kế hoạch Ngoại giao Văn hóa năm 2020 của
tỉnh Đắk Lắk. Mục đích của Kế hoạch nhằm tiếp tục triển khai có hiệu quả Chiến lược Ngoại giao Văn hóa.</p>
<p>Sở Ngoại vụ là cơ quan đầu mối tham mưu UBND tỉnh triển khai thực hiện kế hoạch này./.</p>
<table><tr><td>TT</td><td>Nội dung</td><td>Cơ quan chủ trì</td></tr>
<tr><td>1</td><td>Tổ chức tuần văn hóa</td><td>Sở Văn hóa, Thể thao và Du lịch</td></tr></table>
<div class="share">Chia sẻ | In bài viết | Quay lại</div>
</div>
<div class="other"><h3>Các tin khác</h3><ul><li><a href="/x">Hội nghị triển khai công tác đối ngoại</a></li></ul></div>
<div class="poll"><h3>Khảo sát</h3><p>Đánh giá của bạn về trang thông tin</p>
<input type="radio">Đẹp<br><input type="radio">Bình thường<br><input type="radio">Xấu</div>
<div class="stats">Thống kê truy cập<br>Truy cập tổng 694.323<br>Truy cập hiện tại 20</div>
<div class="footer">Copyright © 2018 sotttt.angiang.gov.vn. All Rights Reserved.</div>
</body></html>
"""

WEB_PAGE_TEXT = (
    "Kế hoạch Ngoại giao văn hóa năm 2024\n\n"
    "Cập nhật : 26/02/2020 10:08:00 SA\n\n"
    "Ngày 19/02/2020, UBND tỉnh ban hành Kế hoạch số 1270/KH-UBND về Kế hoạch Ngoại giao Văn hóa năm 2020 của "
    "tỉnh Đắk Lắk. Mục đích của Kế hoạch nhằm tiếp tục triển khai có hiệu quả Chiến lược Ngoại giao Văn hóa.\n\n"
    "Sở Ngoại vụ là cơ quan đầu mối tham mưu UBND tỉnh triển khai thực hiện kế hoạch này./.\n\n"
    "TT | Nội dung | Cơ quan chủ trì\n"
    "1 | Tổ chức tuần văn hóa | Sở Văn hóa, Thể thao và Du lịch"
)


def test_it_reads_the_article_of_a_web_page_without_its_furniture():
    result = read_bytes(WEB_PAGE.encode("utf-8"), "tin-tuc.html")
    assert result == ReadResult(text=WEB_PAGE_TEXT, format="html", encoding="utf-8", pages=None, warnings=[])


def test_it_uses_the_charset_a_page_declares():
    page = WEB_PAGE.replace(
        '<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'
    )
    result = read_bytes(to_cp1258(page), "tin-tuc.htm")
    assert (result.text, result.encoding) == (WEB_PAGE_TEXT, "windows-1258")


WORD_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<style>p.MsoNormal {margin:0cm; font-size:13.0pt;}</style></head>
<body lang=VI><div class=WordSection1>
<p class=MsoNormal align=center><b>KẾ HOẠCH</b></p>
<p class=MsoNormal>Ngoại giao văn hóa năm 2024</p>
<table class=MsoTableGrid border=1>
 <tr><td><p class=MsoNormal>TT</p></td><td><p class=MsoNormal>Nội dung</p></td></tr>
 <tr><td><p class=MsoNormal>1</p></td><td><p class=MsoNormal>Tổ chức Tuần văn hóa</p>
 <p class=MsoNormal>tại Viêng Chăn</p></td></tr>
</table>
<p class=MsoNormal>Sở Ngoại vụ chủ trì./.</p>
</div></body></html>"""


def test_it_reads_a_docx_that_is_really_html_as_html():
    result = read_bytes(WORD_HTML.encode("utf-8"), "ke-hoach.docx")
    assert result.format == "html"
    assert result.text == (
        "KẾ HOẠCH\n\nNgoại giao văn hóa năm 2024\n\nTT | Nội dung\n1 | Tổ chức Tuần văn hóa tại Viêng Chăn\n\n"
        "Sở Ngoại vụ chủ trì./."
    )
    assert result.warnings == ["Tệp có đuôi .docx nhưng nội dung là HTML; đã đọc theo nội dung thực của tệp."]


def test_it_reads_a_single_file_web_page_saved_as_doc():
    import quopri

    body = quopri.encodestring(WORD_HTML.encode("utf-8")).decode("ascii")
    mht = (
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; boundary="----=_NextPart_01"\r\n\r\n'
        "------=_NextPart_01\r\n"
        "Content-Location: file:///C:/ke-hoach.htm\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        'Content-Type: text/html; charset="utf-8"\r\n\r\n'
        f"{body}\r\n"
        "------=_NextPart_01--\r\n"
    )
    result = read_bytes(mht.encode("ascii"), "ke-hoach.doc")
    assert result.format == "html"
    assert result.text.startswith("KẾ HOẠCH\n\nNgoại giao văn hóa năm 2024\n\nTT | Nội dung")


# --- Cleaning web leftovers ----------------------------------------------------------------------------------


def test_it_cleans_seed_000_and_keeps_the_date_without_the_read_counter():
    raw = seed("000")
    result = read_bytes(raw.encode("utf-8"), "000.txt")
    article = raw.split("\n\nKhảo sát")[0].replace(
        "Cập nhật : 26/02/2020 10:08:00 SA - Số lượt đọc : 23", "Cập nhật : 26/02/2020 10:08:00 SA"
    )
    assert result.text == tidy(article)
    assert result.text.endswith("triển khai thực hiện kế hoạch này./.\nT.C")
    assert result.warnings == [readers.WEB_CLEANED_WARNING]


def test_it_cleans_seed_002_of_menus_links_and_visitor_counters():
    raw = seed("002")
    article = raw.split("UBND Huyện, Thị xã, Thành phố\n")[1].split("\nCác tin khác")[0]
    result = read_bytes(raw.encode("utf-8"), "002.txt")
    assert result.text == tidy(article)
    assert result.text.startswith(
        "Kế hoạch thực hiện Chiến lược Ngoại giao văn hoá đến năm 2030 trên địa bàn tỉnh\nNgày cập nhật 29/04/2022\n\n"
    )
    assert result.text.endswith("Tiếp thu tinh hoa văn hóa nhân loại…\n\nNguồn: thuathienhue.gov.vn")
    for leftover in ["Tìm kiếm tin tức", "Liên kết website", "Sở, Ban, Ngành", "Các tin khác", "Xem tin theo ngày",
                     "Thống kê truy cập", "Truy cập tổng", "Truy cập hiện tại"]:  # fmt: skip
        assert leftover not in result.text


def test_it_cleans_seed_003_of_copyright_and_css_and_a_repeated_title():
    raw = seed("003")
    title = (
        "An Giang tiếp tục đẩy mạnh truyền thông văn hóa đối ngoại triển khai Chỉ thị 25/CT-TTg của Thủ tướng Chính phủ"
    )
    article = raw.split("\n\nCopyright ©")[0].replace(f"{title}\n\n{title}", title, 1)
    result = read_bytes(raw.encode("utf-8"), "003.txt")
    assert result.text == tidy(article)
    assert result.text.count(title) == 1
    assert result.text.endswith("Email: thutuchanhchinh@angiang.gov.vn")
    for leftover in ["Copyright", "All Rights Reserved", "@media", "display: block"]:
        assert leftover not in result.text


@pytest.mark.parametrize("prefix", ["001", "004"])
def test_it_leaves_documents_that_are_not_web_pages_alone(prefix):
    raw = seed(prefix)
    result = read_bytes(raw.encode("utf-8"), f"{prefix}.txt")
    assert (result.text, result.warnings) == (tidy(raw), [])
    assert clean_web_text(tidy(raw)) == tidy(raw)


def test_it_removes_the_listed_web_leftovers_and_nothing_else():
    text = (
        "Tìm kiếm tin tức\n"
        "Kế hoạch ngoại giao văn hóa\n"
        "Cập nhật : 26/02/2020 10:08:00 SA - Số lượt đọc : 23\n"
        "Lượt xem: 1.204\n"
        ".menu-top > li a { color: #fff; float: left; }\n"
        "Ngày 19/02/2020, UBND tỉnh ban hành Kế hoạch số 1270/KH-UBND.\n"
        "@media (max-width: 767px) {\n  .table td { display: block; }\n}\n"
        "Các sở, ngành chủ động phối hợp thực hiện.\n"
        "Chia sẻ | In bài viết | Quay lại\n"
        "Khảo sát\n"
        "Bạn thấy trang thông tin thế nào?\n"
        "Tốt\nBình thường\nChưa tốt\n"
        "Thống kê truy cập\nĐang truy cập: 12\nHôm nay: 345\nTổng lượt truy cập: 1.234.567\n"
        "Copyright © 2020 Sở Ngoại vụ. All Rights Reserved."
    )
    assert clean_web_text(text) == (
        "Kế hoạch ngoại giao văn hóa\n"
        "Cập nhật : 26/02/2020 10:08:00 SA\n"
        "Ngày 19/02/2020, UBND tỉnh ban hành Kế hoạch số 1270/KH-UBND.\n"
        "Các sở, ngành chủ động phối hợp thực hiện."
    )


def test_it_keeps_content_that_only_resembles_web_leftovers():
    text = (
        "Khảo sát\n"
        "Khảo sát nhu cầu hợp tác văn hóa của các địa phương nước ngoài kết nghĩa với tỉnh.\n"
        "- Các tỉnh Nam Lào;\n"
        "- Tỉnh Mondulkiri (Campuchia).\n"
        "Tổng kinh phí: 1.200 triệu đồng\n"
        "Truy cập cổng thông tin của tỉnh tại địa chỉ daklak.gov.vn từ năm 2024\n"
        "Video giới thiệu đạt 2 triệu lượt xem trong năm 2023.\n"
        "Ứng dụng do Sở Thông tin và Truyền thông phát triển bởi đội ngũ trong tỉnh.\n"
        "Trang bị phòng đọc {nếu có}: sách, báo\n"
        "a { color: red; } không phải CSS vì có chữ Việt"
    )
    assert clean_web_text(text) == text


# --- Word (.docx) --------------------------------------------------------------------------------------------


def test_it_reads_paragraphs_and_tables_in_document_order():
    document = Document()
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Ngoại giao văn hóa năm 2024")
    table = document.add_table(rows=3, cols=3)
    rows = [
        ["TT", "Nội dung", "Cơ quan chủ trì"],
        ["1", "Tổ chức Tuần văn hóa\nViệt Nam – Lào", "Sở Văn hóa, Thể thao và Du lịch"],
        ["2", "Đón đoàn nghệ thuật", ""],
    ]
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    table.cell(2, 2).paragraphs[0].add_run("Sở Ngoại vụ")
    table.cell(2, 2).add_paragraph("Sở Du lịch")
    document.add_paragraph("Sở Ngoại vụ tổng hợp, báo cáo./.")
    result = read_bytes(docx_bytes(document), "ke-hoach.docx")
    assert result == ReadResult(
        text=(
            "KẾ HOẠCH\n\nNgoại giao văn hóa năm 2024\n\n"
            "TT | Nội dung | Cơ quan chủ trì\n"
            "1 | Tổ chức Tuần văn hóa Việt Nam – Lào | Sở Văn hóa, Thể thao và Du lịch\n"
            "2 | Đón đoàn nghệ thuật | Sở Ngoại vụ Sở Du lịch\n\n"
            "Sở Ngoại vụ tổng hợp, báo cáo./."
        ),
        format="docx",
        encoding=None,
        pages=None,
        warnings=[],
    )


def test_it_writes_a_cell_merged_across_columns_once_and_repeats_one_merged_down_rows():
    document = Document()
    table = document.add_table(rows=3, cols=3)
    heading = table.cell(0, 0).merge(table.cell(0, 2))
    heading.text = "PHỤ LỤC NHIỆM VỤ"
    table.cell(1, 0).text, table.cell(1, 1).text = "1", "Đón đoàn"
    table.cell(2, 0).text, table.cell(2, 1).text = "2", "Tiễn đoàn"
    lead = table.cell(1, 2).merge(table.cell(2, 2))
    lead.text = "Sở Ngoại vụ"
    result = read_bytes(docx_bytes(document), "phu-luc.docx")
    assert result.text == "PHỤ LỤC NHIỆM VỤ\n1 | Đón đoàn | Sở Ngoại vụ\n2 | Tiễn đoàn | Sở Ngoại vụ"


def test_it_flattens_a_table_nested_in_a_cell():
    document = Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK"
    table.cell(0, 0).add_paragraph("Số: 1270/KH-UBND")
    inner = table.cell(0, 1).add_table(rows=2, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ""
    inner.cell(1, 0).text = "Độc lập - Tự do - Hạnh phúc"
    result = read_bytes(docx_bytes(document), "ke-hoach.docx")
    assert result.text == (
        "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK Số: 1270/KH-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"
    )


def add_list(
    document, levels: list[tuple[str, str]], restart: bool = False, abstract_id: int | None = None
) -> tuple[int, int]:
    """Add a list (numFmt, lvlText per level; or a new instance of `abstract_id`): (numId, abstractNumId)."""
    numbering = document.part.numbering_part.element
    used_abstract = [int(a.get(readers._w("abstractNumId"))) for a in numbering.iter(readers._w("abstractNum"))]
    used_num = [int(n.get(readers._w("numId"))) for n in numbering.iter(readers._w("num"))]
    if abstract_id is None:
        abstract_id = max(used_abstract) + 1
        lvls = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
            for i, (fmt, text) in enumerate(levels)
        )
        abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>')
        first_num = next(numbering.iter(readers._w("num")))
        first_num.addprevious(abstract)
    num_id = max(used_num) + 1
    override = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if restart else ""
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{override}</w:num>'
        )
    )
    return num_id, abstract_id


def numbered(document, text: str, num_id: int, ilvl: int = 0) -> None:
    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


def test_it_prefixes_automatic_numbering_labels():
    document = Document()
    outline, outline_abstract = add_list(document, [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)")])
    legal, _ = add_list(document, [("decimal", "%1."), ("decimal", "%1.%2.")])
    bullets, _ = add_list(document, [("bullet", "-"), ("bullet", "\uf0b7")])
    numbered(document, "MỤC ĐÍCH, YÊU CẦU", outline, 0)
    numbered(document, "Mục đích", outline, 1)
    numbered(document, "Tuyên truyền", outline, 2)
    numbered(document, "Quảng bá", outline, 2)
    numbered(document, "Yêu cầu", outline, 1)
    numbered(document, "Thiết thực", outline, 2)
    document.add_paragraph("Đoạn văn không đánh số.")
    numbered(document, "Bám sát chủ trương", bullets, 0)
    numbered(document, "Của Đảng", bullets, 1)
    numbered(document, "NỘI DUNG THỰC HIỆN", outline, 0)
    numbered(document, "Tuyên truyền", outline, 1)
    numbered(document, "Kinh phí", legal, 0)
    numbered(document, "Nguồn ngân sách", legal, 1)
    numbered(document, "Nguồn xã hội hóa", legal, 1)
    document.add_paragraph("Sở Ngoại vụ", style="List Number")
    document.add_paragraph("Sở Tài chính", style="List Number")
    restarted, _ = add_list(document, [], restart=True, abstract_id=outline_abstract)
    numbered(document, "PHỤ LỤC", restarted, 0)
    result = read_bytes(docx_bytes(document), "ke-hoach.docx")
    assert result.text.split("\n\n") == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "a) Tuyên truyền",
        "b) Quảng bá",
        "2. Yêu cầu",
        "a) Thiết thực",
        "Đoạn văn không đánh số.",
        "- Bám sát chủ trương",
        "• Của Đảng",
        "II. NỘI DUNG THỰC HIỆN",
        "1. Tuyên truyền",
        "1. Kinh phí",
        "1.1. Nguồn ngân sách",
        "1.2. Nguồn xã hội hóa",
        "1. Sở Ngoại vụ",
        "2. Sở Tài chính",
        "I. PHỤ LỤC",
    ]


def test_it_ignores_headers_and_footers():
    document = Document()
    document.sections[0].header.paragraphs[0].text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    document.sections[0].footer.paragraphs[0].text = "Trang 1"
    document.add_paragraph("Nội dung kế hoạch.")
    assert read_bytes(docx_bytes(document), "a.docx").text == "Nội dung kế hoạch."


def test_it_converts_a_docx_typed_in_tcvn3():
    document = Document()
    document.add_paragraph("Céng hoµ x· héi chñ nghÜa ViÖt Nam")
    document.add_paragraph("§éc lËp - Tù do - H¹nh phóc")
    result = read_bytes(docx_bytes(document), "quoc-hieu.docx")
    assert result.text == "Cộng hoà xã hội chủ nghĩa Việt Nam\n\nĐộc lập - Tự do - Hạnh phúc"
    assert (result.encoding, result.warnings) == (None, ["Đã chuyển từ mã TCVN3 sang Unicode."])


def test_it_reads_a_macro_enabled_word_file():
    document = Document()
    document.add_paragraph(SENTENCE)
    source = io.BytesIO(docx_bytes(document))
    target = io.BytesIO()
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in original.infolist():
            content = original.read(info)
            if info.filename == "[Content_Types].xml":
                content = content.replace(
                    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    b"application/vnd.ms-word.document.macroEnabled.main+xml",
                )
            copy.writestr(info, content)
    assert read_bytes(target.getvalue(), "ke-hoach.docm").text == SENTENCE


def test_it_refuses_a_zip_bomb_before_parsing(monkeypatch):
    document = Document()
    document.add_paragraph(SENTENCE)
    buffer = io.BytesIO(docx_bytes(document))
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/bomb.bin", bytes(3 * 1024 * 1024))
    data = buffer.getvalue()
    assert len(data) < 100_000
    assert read_bytes(data, "ke-hoach.docx").text == SENTENCE  # fine under the real 200 MB
    monkeypatch.setattr(readers, "MAX_UNCOMPRESSED_BYTES", 2 * 1024 * 1024)

    def no_parsing(data):
        raise AssertionError("the document was parsed")

    monkeypatch.setattr(readers, "_docx_text", no_parsing)
    error = reading_error(data, "ke-hoach.docx")
    assert error.code == "too_large_uncompressed"
    assert error.message == (
        "Tệp Word khi giải nén vượt quá 2 MB; tệp có thể bị lỗi hoặc không an toàn nên không được đọc."
    )


def test_it_reports_a_corrupt_docx_as_broken():
    document = Document()
    document.add_paragraph(SENTENCE)
    data = docx_bytes(document)
    bad_xml = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as original, zipfile.ZipFile(bad_xml, "w") as copy:
        for info in original.infolist():
            content = original.read(info)
            copy.writestr(info, content[:300] if info.filename == "word/document.xml" else content)
    for corrupt in (data[: len(data) // 2], b"PK\x03\x04" + bytes(100), bad_xml.getvalue()):
        error = reading_error(corrupt, "ke-hoach.docx")
        assert error.code == "broken"


# --- PDF -----------------------------------------------------------------------------------------------------


def test_it_reads_a_two_page_pdf_and_drops_the_page_numbers():
    result = read_path(FILES / "plan.pdf")
    assert (result.format, result.pages, result.encoding, result.warnings) == ("pdf", 2, None, [])
    assert result.text == (
        "KẾ HOẠCH\n"
        "Ngoại giao văn hóa năm 2024 của tỉnh Đắk Lắk\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
        "Gắn kết ngoại giao văn hóa với quá trình phát triển và hội nhập quốc tế nhằm thực\n"
        "hiện thắng lợi kế hoạch phát triển kinh tế - xã hội, củng cố quốc phòng, an ninh\n"
        "của tỉnh trong năm 2024; giới thiệu, quảng bá tinh hoa văn hóa dân tộc của tỉnh\n"
        "đến với bạn bè quốc tế.\n\n"
        "TT | Nội dung | Cơ quan chủ trì | Thời gian\n"
        "1 | Tổ chức Tuần văn hóa Việt Nam – Lào | Sở Văn hóa, Thể thao và Du lịch | Quý III\n"
        "2 | Đón đoàn nghệ thuật tỉnh Jeollabuk (Hàn Quốc) | Sở Ngoại vụ | Tháng 10/2024\n\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "Sở Ngoại vụ tổng hợp, báo cáo tình hình thực hiện Kế hoạch và đề xuất các nội\n"
        "dung cần điều chỉnh, bổ sung để UBND tỉnh xem xét, chỉ đạo./.\n\n"  # 18 pt before "Nơi nhận:"
        "Nơi nhận:\n"
        "- Bộ Ngoại giao (để b/c);\n"
        "- Lưu: VT, NC."
    )


def test_it_does_not_glue_words_of_a_pdf_without_space_characters(monkeypatch):
    # Some PDF makers draw no space glyphs: words are then told apart by the gaps alone.
    import pdfplumber

    original = pdfplumber.page.Page.extract_text_lines

    def without_spaces(self, *args, **kwargs):
        page = self.filter(lambda obj: not (obj.get("object_type") == "char" and obj["text"].isspace()))
        return original(page, *args, **kwargs)

    monkeypatch.setattr(pdfplumber.page.Page, "extract_text_lines", without_spaces)
    monkeypatch.setattr(pdfplumber.page.Page, "edges", [])  # no table: every line goes through the patch
    text = read_path(FILES / "plan.pdf").text
    assert "Gắn kết ngoại giao văn hóa với quá trình phát triển và hội nhập quốc tế nhằm thực\n" in text
    assert "- Bộ Ngoại giao (để b/c);\n" in text


def test_it_says_a_scanned_pdf_needs_ocr():
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 800), "white")
    ImageDraw.Draw(image).rectangle((50, 50, 550, 120), fill="black")
    buffer = io.BytesIO()
    image.save(buffer, "PDF", resolution=72)
    error = reading_error(buffer.getvalue(), "ban-scan.pdf")
    assert error.code == "no_text"
    assert error.message == (
        "Tệp PDF không có lớp chữ: có vẻ là bản quét hoặc ảnh chụp. Cần nhận dạng chữ (OCR) trước, "
        "hoặc gửi bản có chữ (.docx, hoặc PDF xuất trực tiếp từ Word)."
    )


def test_it_reports_broken_and_password_protected_pdfs_as_broken():
    message = "Tệp PDF bị hỏng hoặc được đặt mật khẩu nên không đọc được."
    data = (FILES / "plan.pdf").read_bytes()
    for corrupt, name in [
        (b"%PDF-1.7\n" + bytes(range(256)) * 4, "a.pdf"),
        (data[:2000], "a.pdf"),
        ((FILES / "encrypted.pdf").read_bytes(), "mat.pdf"),
    ]:
        error = reading_error(corrupt, name)
        assert (error.code, error.message) == ("broken", message)


# --- Legacy Word (.doc) --------------------------------------------------------------------------------------


@needs_libreoffice
def test_it_reads_a_legacy_doc_through_libreoffice():
    result = read_path(FILES / "plan.doc")
    assert (result.format, result.encoding, result.pages, result.warnings) == ("doc", None, None, [])
    assert result.text == (
        "KẾ HOẠCH\n\n"
        "Ngoại giao văn hóa năm 2024 của tỉnh Đắk Lắk\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n\n"
        "Gắn kết ngoại giao văn hóa với quá trình phát triển và hội nhập quốc tế nhằm thực hiện thắng lợi kế hoạch "
        "phát triển kinh tế - xã hội, củng cố quốc phòng, an ninh của tỉnh trong năm 2024; giới thiệu, quảng bá "
        "tinh hoa văn hóa dân tộc của tỉnh đến với bạn bè quốc tế.\n\n"
        "TT | Nội dung | Cơ quan chủ trì | Thời gian\n"
        "1 | Tổ chức Tuần văn hóa Việt Nam – Lào | Sở Văn hóa, Thể thao và Du lịch | Quý III\n"
        "2 | Đón đoàn nghệ thuật tỉnh Jeollabuk (Hàn Quốc) | Sở Ngoại vụ | Tháng 10/2024\n\n"
        "II. TỔ CHỨC THỰC HIỆN\n\n"
        "Sở Ngoại vụ tổng hợp, báo cáo tình hình thực hiện Kế hoạch và đề xuất các nội dung cần điều chỉnh, bổ sung "
        "để UBND tỉnh xem xét, chỉ đạo./.\n\n"
        "Nơi nhận:\n\n"
        "- Bộ Ngoại giao (để b/c);\n\n"
        "- Lưu: VT, NC."
    )


@needs_libreoffice
def test_it_reads_rtf_through_libreoffice_even_when_named_doc():
    rtf = (
        rb"{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}}\f0 K\u7871? ho\u7841?ch ngo\u7841?i giao v\u259?n h\u243?a"
        rb"\par S\u7903? Ngo\u7841?i v\u7909?\par}"
    )
    result = read_bytes(rtf, "ke-hoach.doc")
    assert result == ReadResult(
        text="Kế hoạch ngoại giao văn hóa\n\nSở Ngoại vụ",
        format="doc",
        encoding=None,
        pages=None,
        warnings=["Tệp thực chất là RTF; đã chuyển bằng LibreOffice để đọc."],
    )


def test_it_asks_for_a_docx_when_libreoffice_is_missing(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    error = reading_error((FILES / "plan.doc").read_bytes(), "ke-hoach.doc")
    assert error.code == "doc_needs_libreoffice"
    assert error.message == (
        "Tệp .doc (Word 97–2003) cần LibreOffice để đọc nhưng máy chủ chưa cài. "
        "Hãy mở tệp bằng Word, lưu lại dưới dạng .docx rồi tải lên lại."
    )


def test_it_stops_a_libreoffice_conversion_that_hangs(tmp_path, monkeypatch):
    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\nsleep 30 &\nwait\n")
    fake.chmod(0o755)
    monkeypatch.setattr(readers, "_soffice", lambda: str(fake))
    monkeypatch.setattr(readers, "LIBREOFFICE_TIMEOUT", 1)
    started = time.monotonic()
    error = reading_error((FILES / "plan.doc").read_bytes(), "ke-hoach.doc")
    assert error.code == "broken"
    assert time.monotonic() - started < 10


# --- Robustness ----------------------------------------------------------------------------------------------

# Magic numbers that send the bytes to each parser (RTF and .doc are left out: they start LibreOffice).
PREFIXES = [b"", b"PK\x03\x04", b"%PDF-1.4\n", b"<html><body>", b"\xff\xfe", b"\xef\xbb\xbf", b"MIME-Version: 1.0\n"]
NAMES = ["a.txt", "a.docx", "a.pdf", "a.html", "a.xlsx", "a", "a.doc"]


@settings(max_examples=300, deadline=None)
@given(prefix=st.sampled_from(PREFIXES), data=st.binary(max_size=2048), name=st.sampled_from(NAMES))
def test_it_only_ever_raises_unreadable_file(prefix, data, name):
    try:
        result = read_bytes(prefix + data, name)
    except UnreadableFile as error:
        assert error.code in {
            "empty", "too_large", "unsupported", "binary", "too_large_uncompressed", "broken", "no_text",
            "doc_needs_libreoffice", "encoding",
        }  # fmt: skip
        assert error.message
    else:
        assert isinstance(result, ReadResult)
        assert result.text.strip()
        assert unicodedata.is_normalized("NFC", result.text)
        assert "\r" not in result.text and "\u00a0" not in result.text
        assert all(line == line.strip() for line in result.text.split("\n"))
