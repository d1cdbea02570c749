"""Regenerate the binary fixtures of `test_readers.py` (needs LibreOffice): `python make_fixtures.py`.

- `plan.pdf`: a two-page Vietnamese plan (paragraphs, a table, a page-number footer), written with
  python-docx and printed to PDF by LibreOffice.
- `plan.doc`: the same document saved by LibreOffice as Word 97–2003.
- `encrypted.pdf`: one line of text in a PDF that needs the password "matkhau" to open.

The tests read these files back and compare with the text below (`PAGE_1`, `PAGE_2`, `TABLE`), so edit
both together.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK, WD_PARAGRAPH_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

HERE = Path(__file__).resolve().parent

PAGE_1 = [
    "KẾ HOẠCH",
    "Ngoại giao văn hóa năm 2024 của tỉnh Đắk Lắk",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Gắn kết ngoại giao văn hóa với quá trình phát triển và hội nhập quốc tế nhằm thực hiện thắng lợi "
    "kế hoạch phát triển kinh tế - xã hội, củng cố quốc phòng, an ninh của tỉnh trong năm 2024; giới thiệu, "
    "quảng bá tinh hoa văn hóa dân tộc của tỉnh đến với bạn bè quốc tế.",
]
TABLE = [
    ["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian"],
    ["1", "Tổ chức Tuần văn hóa Việt Nam – Lào", "Sở Văn hóa, Thể thao và Du lịch", "Quý III"],
    ["2", "Đón đoàn nghệ thuật tỉnh Jeollabuk (Hàn Quốc)", "Sở Ngoại vụ", "Tháng 10/2024"],
]
PAGE_2 = [
    "II. TỔ CHỨC THỰC HIỆN",
    "Sở Ngoại vụ tổng hợp, báo cáo tình hình thực hiện Kế hoạch và đề xuất các nội dung cần điều chỉnh, "
    "bổ sung để UBND tỉnh xem xét, chỉ đạo./.",
    "Nơi nhận:",
    "- Bộ Ngoại giao (để b/c);",
    "- Lưu: VT, NC.",
]


def build_docx(path: Path) -> None:
    document = Document()
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    for text in PAGE_1:
        paragraph = document.add_paragraph(text)
        if text.isupper() and len(text) < 20:
            paragraph.alignment = WD_PARAGRAPH_ALIGNMENT.CENTER
    table = document.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    table.style = "Table Grid"
    for row, values in zip(table.rows, TABLE, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for text in PAGE_2:
        paragraph = document.add_paragraph(text)
        if text == "Nơi nhận:":
            paragraph.paragraph_format.space_before = Pt(18)  # a gap the PDF reader takes for a new paragraph
    footer = document.sections[0].footer.paragraphs[0]
    footer.alignment = WD_PARAGRAPH_ALIGNMENT.CENTER
    footer._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    document.save(path)


ENCRYPTED_PDF = (
    'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
    '"DocumentOpenPassword":{"type":"string","value":"matkhau"}}'
)


def convert(source: Path, target_format: str, outdir: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit("LibreOffice (soffice) is needed to regenerate the fixtures")
    profile = outdir / "profile"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            target_format,
            "--outdir",
            str(outdir),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    extension = target_format.split(":")[0]
    return outdir / f"{source.stem}.{extension}"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        source = tmpdir / "plan.docx"
        build_docx(source)
        shutil.copy(convert(source, "pdf", tmpdir), HERE / "plan.pdf")
        shutil.copy(convert(source, "doc:MS Word 97", tmpdir), HERE / "plan.doc")
        secret = tmpdir / "encrypted.docx"
        document = Document()
        document.add_paragraph("Tài liệu mật.")
        document.save(secret)
        shutil.copy(convert(secret, ENCRYPTED_PDF, tmpdir), HERE / "encrypted.pdf")
    print("wrote plan.pdf, plan.doc and encrypted.pdf in", HERE)


if __name__ == "__main__":
    main()
