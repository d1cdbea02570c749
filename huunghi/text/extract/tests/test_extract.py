"""The whole extractor: the parts put together, and what it decides from all of them."""

from huunghi.text.extract import extract

LETTER = """UBND TỈNH PHÚ THỌ
SỞ NGOẠI VỤ
Số: 215/SNgV-HTQT
V/v báo cáo kết quả thực hiện Kế hoạch ngoại giao văn hóa 6 tháng đầu năm 2024
Phú Thọ, ngày 03 tháng 6 năm 2024
Kính gửi: Các sở, ban, ngành, đoàn thể tỉnh.
Thực hiện Kế hoạch số 12/KH-UBND ngày 15/01/2024 của UBND tỉnh, Sở Ngoại vụ đề nghị các cơ quan, đơn vị:
1. Báo cáo kết quả thực hiện các nhiệm vụ được giao trong 6 tháng đầu năm 2024.
2. Gửi báo cáo về Sở Ngoại vụ trước ngày 20/6/2024 để tổng hợp.
Trân trọng./.
"""


def test_it_reads_no_tasks_in_a_letter_that_gives_none_to_an_agency():
    result = extract(LETTER)
    assert result.document.doc_type == "letter"
    assert result.document.number == "215/SNgV-HTQT"
    assert result.tasks == []
    assert [c.number for c in result.citations] == ["12/KH-UBND"]


def test_it_passes_the_documents_own_warnings_on():
    result = extract("Số: /KH-UBND\nĐắk Lắk, ngày tháng 02 năm 2024\nKẾ HOẠCH\nNgoại giao văn hóa năm 2024\n")
    assert result.document.number == "/KH-UBND"
    assert result.document.issued is None
    assert any("ngày" in w.lower() for w in result.warnings)


def test_it_never_raises_and_says_so_on_empty_text():
    assert extract("").warnings == ["Văn bản trống: không có gì để đọc."]
    assert extract(None).tasks == []  # type: ignore[arg-type]
