"""`read_document`, `find_budget_sources`, `find_reporting`: what a document says about itself, where its money
comes from, and who reports to whom."""

import datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from huunghi.text.extract import metadata
from huunghi.text.extract.metadata import find_budget_sources, find_reporting, read_document
from huunghi.text.extract.result import DocumentInfo

D = datetime.date
SEEDS = Path(__file__).parent / "corpus" / "seeds"
FIELDS = ("number", "doc_type", "issuer", "province", "place", "issued", "signer", "signer_title", "title")


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def fields(doc):
    return {name: getattr(doc, name) for name in FIELDS}


def check(text, doc):
    for name, (start, end) in doc.spans.items():
        assert 0 <= start <= end <= len(text), name
    for value in doc.confidence.values():
        assert 0.0 <= value <= 1.0


def spanned(text, doc, name):
    start, end = doc.spans[name]
    return text[start:end]


# --- the seeds ---------------------------------------------------------------------------------------------


def test_it_reads_the_dak_lak_news_item_about_plan_1270():
    text = seed("000")
    doc = read_document(text)
    assert fields(doc) == {
        "number": "1270/KH-UBND",
        "doc_type": "plan",
        "issuer": "UBND tỉnh",
        "province": "Đắk Lắk",
        "place": None,
        "issued": D(2020, 2, 19),
        "signer": None,
        "signer_title": None,
        "title": "Kế hoạch Ngoại giao Văn hóa năm 2020 của tỉnh Đắk Lắk",
    }
    assert doc.warnings == []
    assert spanned(text, doc, "issued") == "Ngày 19/02/2020"
    assert doc.confidence["issuer"] < 1.0  # read from prose, not from a header
    check(text, doc)


def test_it_reads_the_dak_lak_2024_plan_with_a_blank_number_and_day():
    text = seed("001")
    doc = read_document(text)
    assert fields(doc) == {
        "number": "/KH-UBND",
        "doc_type": "plan",
        "issuer": "UBND tỉnh",
        "province": "Đắk Lắk",
        "place": "Đắk Lắk",
        "issued": None,
        "signer": "Võ Văn Cảnh",
        "signer_title": "PHÓ CHỦ TỊCH",
        "title": "Ngoại giao văn hóa năm 2024 của tỉnh Đắk Lắk",
    }
    assert doc.warnings == [
        "Văn bản chưa có số (Số: /KH-UBND).",
        "Ngày ban hành chưa đầy đủ (chưa điền ngày): tháng 02 năm 2024.",
    ]
    assert spanned(text, doc, "issued") == "ngày tháng 02 năm 2024"
    assert spanned(text, doc, "signer") == "Võ Văn Cảnh"
    assert spanned(text, doc, "signer_title") == "PHÓ CHỦ TỊCH"
    assert spanned(text, doc, "number") == "/KH-UBND"
    check(text, doc)


def test_it_reads_the_thua_thien_hue_news_item_about_plan_173():
    text = seed("002")
    doc = read_document(text)
    assert fields(doc) == {
        "number": "173/KH-UBND",
        "doc_type": "plan",
        "issuer": "Ủy ban nhân dân tỉnh Thừa Thiên Huế",
        "province": "Thừa Thiên Huế",
        "place": None,
        "issued": D(2022, 4, 28),
        "signer": None,
        "signer_title": None,
        "title": "thực hiện Chiến lược Ngoại giao văn hóa đến năm 2030 trên địa bàn tỉnh Thừa Thiên Huế",
    }
    check(text, doc)


def test_it_reads_the_an_giang_news_item_as_the_letter_listed_in_its_sources():
    text = seed("003")
    doc = read_document(text)
    assert fields(doc) == {
        "number": "692/STTTT–TTBCXB",
        "doc_type": "letter",
        "issuer": "Sở Thông tin và Truyền thông",  # as the source line names the letter's issuer
        "province": "An Giang",
        "place": None,
        "issued": D(2023, 5, 19),  # not 07/06/2023, the day the news item was posted
        "signer": None,
        "signer_title": None,
        "title": "tiếp tục đẩy mạnh truyền thông triển khai Chỉ thị 25/CT-TTg của Thủ tướng Chính phủ về việc đẩy "
        "mạnh triển khai Chiến lược Văn hóa đối ngoại của Việt Nam giai đoạn 2022 – 2026 trên địa bàn tỉnh An Giang",
    }
    assert doc.confidence["number"] == 0.6
    assert spanned(text, doc, "number") == "692/STTTT–TTBCXB"
    assert spanned(text, doc, "issued") == "ngày 19/05/2023"
    assert len(doc.warnings) == 1 and "Nguồn" in doc.warnings[0]
    check(text, doc)


def test_it_reads_the_quang_ngai_plan_without_a_header():
    text = seed("004")
    doc = read_document(text)
    assert fields(doc) == {
        "number": None,
        "doc_type": "plan",
        "issuer": "Chủ tịch UBND tỉnh",
        "province": "Quảng Ngãi",
        "place": None,
        "issued": None,  # 02/02/2018 is the date of the letter it cites, not its own
        "signer": None,
        "signer_title": None,
        "title": "TRIỂN KHAI CÔNG TÁC NGOẠI GIAO VĂN HÓA TRÊN ĐỊA BÀN TỈNH NĂM 2018",
    }
    assert doc.confidence["province"] == 0.6  # inferred from `tỉnh Quảng Ngãi` in the text
    check(text, doc)


# --- headers as extraction leaves them ----------------------------------------------------------------------

TABLE_ORDER = (
    "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "TỈNH QUẢNG NGÃI\tĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 45/KH-UBND\tQuảng Ngãi, ngày 05 tháng 3 năm 2019\n\n"
    "KẾ HOẠCH\n"
    "Triển khai công tác ngoại giao văn hóa\n"
    "trên địa bàn tỉnh năm 2019\n\n"
    "Căn cứ Quyết định số 2013/QĐ-TTg ngày 30/11/2021 của Thủ tướng Chính phủ;\n"
    "...\n"
    "Nơi nhận:\n- Bộ Ngoại giao (để b/c);\n- Lưu: VT, NC.\tTM. ỦY BAN NHÂN DÂN\n"
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nĐặng Văn Minh\n"
)


def test_it_reads_a_header_whose_cells_come_in_table_order_with_tabs():
    doc = read_document(TABLE_ORDER)
    assert fields(doc) == {
        "number": "45/KH-UBND",
        "doc_type": "plan",
        "issuer": "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
        "province": "Quảng Ngãi",
        "place": "Quảng Ngãi",
        "issued": D(2019, 3, 5),
        "signer": "Đặng Văn Minh",
        "signer_title": "PHÓ CHỦ TỊCH",
        "title": "Triển khai công tác ngoại giao văn hóa trên địa bàn tỉnh năm 2019",
    }
    assert doc.confidence["number"] == doc.confidence["issued"] == doc.confidence["issuer"] == 1.0
    assert doc.warnings == []
    check(TABLE_ORDER, doc)


def test_it_reads_a_header_glued_by_pdf_extraction():
    text = "ỦYBANNHÂNDÂN\nTỈNHQUẢNGNGÃI\nSố:45/KH-UBND\nQuảngNgãi,ngày05tháng3năm2019\nKẾHOẠCH\nNgoạiGiao văn hóa năm 2019\nI. MỤC ĐÍCH"
    doc = read_document(text)
    assert (doc.number, doc.doc_type, doc.province, doc.place, doc.issued) == (
        "45/KH-UBND",
        "plan",
        "Quảng Ngãi",
        "Quảng Ngãi",
        D(2019, 3, 5),
    )
    assert doc.issuer == "ỦYBANNHÂNDÂN TỈNHQUẢNGNGÃI"  # as written
    assert doc.title == "NgoạiGiao văn hóa năm 2019"
    assert spanned(text, doc, "place") == "QuảngNgãi"
    check(text, doc)


def test_it_reads_a_header_flattened_to_one_line_with_a_spaced_number_and_an_en_dash():
    text = (
        "UBND TỈNH ĐẮK LẮK CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
        "Số : 1270 / KH–UBND Đắk Lắk, ngày 19 tháng 02 năm 2020\n**KẾ HOẠCH**\n**Ngoại giao văn hóa năm 2020**\n"
    )
    doc = read_document(text)
    assert fields(doc) == {
        "number": "1270/KH–UBND",
        "doc_type": "plan",
        "issuer": "UBND TỈNH ĐẮK LẮK",
        "province": "Đắk Lắk",
        "place": "Đắk Lắk",
        "issued": D(2020, 2, 19),
        "signer": None,
        "signer_title": None,
        "title": "Ngoại giao văn hóa năm 2020",
    }
    check(text, doc)


DECISION = (
    "UỶ BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\n\nSố: 1234/QĐ-UBND\n\nHải Phòng, ngày 10 tháng 01 năm 2023\n\n"
    "QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch ngoại giao văn hoá năm 2023\n\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
    "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch ngoại giao văn hoá năm 2023.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\nCHỦ TỊCH\n\n\nNguyễn Văn Tùng\n\n"
    "KẾ HOẠCH\nNgoại giao văn hoá năm 2023\n"
)


def test_it_reads_a_city_decision_with_its_subject_line_and_signer():
    doc = read_document(DECISION)
    assert fields(doc) == {
        "number": "1234/QĐ-UBND",
        "doc_type": "decision",  # the first title word, not the attached plan's
        "issuer": "UỶ BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG",
        "province": "Hải Phòng",
        "place": "Hải Phòng",
        "issued": D(2023, 1, 10),
        "signer": "Nguyễn Văn Tùng",
        "signer_title": "CHỦ TỊCH",
        "title": "Về việc ban hành Kế hoạch ngoại giao văn hoá năm 2023",  # as written
    }
    check(DECISION, doc)


def test_it_tells_a_decision_from_its_first_article_when_it_has_no_title_word():
    text = "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thông tin đối ngoại năm 2025 của tỉnh Gia Lai."
    doc = read_document(text)
    assert (doc.doc_type, doc.province) == ("decision", "Gia Lai")


def test_it_reads_a_news_item_about_a_city_plan_to_2030():
    text = (
        "Ngày 05/6/2023, Ủy ban nhân dân Thành phố Hồ Chí Minh đã ban hành Kế hoạch số 2101/KH-UBND về thực hiện "
        "Chiến lược Ngoại giao văn hóa đến năm 2030 trên địa bàn Thành phố."
    )
    doc = read_document(text)
    assert fields(doc) == {
        "number": "2101/KH-UBND",
        "doc_type": "plan",
        "issuer": "Ủy ban nhân dân Thành phố Hồ Chí Minh",
        "province": "Hồ Chí Minh",
        "place": None,
        "issued": D(2023, 6, 5),
        "signer": None,
        "signer_title": None,
        "title": "thực hiện Chiến lược Ngoại giao văn hóa đến năm 2030 trên địa bàn Thành phố",
    }
    check(text, doc)


def test_it_reads_a_number_with_a_placeholder_and_a_date_without_a_month():
    text = "UBND TỈNH KHÁNH HOÀ\nSố: ......./KH-UBND\nKhánh Hoà, ngày ..... tháng ..... năm 2025\nKẾ HOẠCH\nVề hợp tác quốc tế\n"
    doc = read_document(text)
    assert (doc.number, doc.issued, doc.place, doc.province, doc.title) == (
        "/KH-UBND",
        None,
        "Khánh Hoà",  # as written
        "Khánh Hoà",
        "Về hợp tác quốc tế",
    )
    assert doc.warnings == [
        "Văn bản chưa có số (Số: /KH-UBND).",
        "Ngày ban hành chưa đầy đủ (chưa điền ngày và tháng): năm 2025.",
    ]


def test_it_reads_a_docx_header_table_an_official_letter_and_a_highlands_name():
    text = (
        "UBND TỈNH LÂM ĐỒNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ NGOẠI VỤ | Độc lập - Tự do - Hạnh phúc\n"
        "Số: 412/SNgV-HTQT | \n"
        "V/v báo cáo kết quả thực hiện Kế hoạch ngoại giao văn hóa 6 tháng đầu năm 2024 | Lâm Đồng, ngày 03 tháng 6 năm 2024\n"
        "Kính gửi: Các sở, ban, ngành.\n"
        "Đề nghị các cơ quan báo cáo kết quả gửi Sở Ngoại vụ trước ngày 10/6/2024./.\n"
        "Nơi nhận: | KT. GIÁM ĐỐC\n- Như trên; | PHÓ GIÁM ĐỐC\n- Lưu: VT. | \n | H' Lan Niê\n"
    )
    doc = read_document(text)
    assert fields(doc) == {
        "number": "412/SNgV-HTQT",
        "doc_type": "letter",
        "issuer": "SỞ NGOẠI VỤ",  # the issuing body, under its parent
        "province": "Lâm Đồng",
        "place": "Lâm Đồng",
        "issued": D(2024, 6, 3),
        "signer": "H' Lan Niê",
        "signer_title": "PHÓ GIÁM ĐỐC",
        "title": "báo cáo kết quả thực hiện Kế hoạch ngoại giao văn hóa 6 tháng đầu năm 2024",
    }
    assert doc.confidence["doc_type"] < 1.0  # told by a symbol without a type code
    check(text, doc)


def test_it_reads_a_pdf_signature_block_sharing_its_lines_with_the_recipients():
    text = (
        "...thực hiện trước ngày 15/12/2019./.\n"
        "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Bộ Ngoại giao (b/c); KT. CHỦ TỊCH\n- TT TU, TT HĐND tỉnh; PHÓ CHỦ TỊCH\n"
        "- CT, các PCT UBND tỉnh;\n- Lưu: VT, KGVX.\nPhan Thị Thu Hà\n\nKẾ HOẠCH\n"
    )
    doc = read_document(text)
    assert (doc.signer, doc.signer_title) == ("Phan Thị Thu Hà", "PHÓ CHỦ TỊCH")
    assert spanned(text, doc, "signer_title") == "PHÓ CHỦ TỊCH"


def test_it_does_not_take_a_page_counter_for_a_number():
    doc = read_document("Cập nhật : 26/02/2020 10:08:00 SA - Số lượt đọc : 23\nTin tức")
    assert doc.number is None


def test_it_returns_an_empty_document_for_empty_or_odd_input():
    assert fields(read_document("")) == dict.fromkeys(FIELDS)
    assert fields(read_document(None)) == dict.fromkeys(FIELDS)  # type: ignore[arg-type]
    assert read_document("KẾ HOẠCH").doc_type == "plan"


# --- budget sources ------------------------------------------------------------------------------------------


def test_it_reads_the_budget_sources_of_the_seeds():
    assert find_budget_sources(seed("001")) == ["state", "non_state", "other"]
    assert find_budget_sources(seed("004")) == ["state"]
    for prefix in ("000", "002", "003"):
        assert find_budget_sources(seed(prefix)) == []


def test_it_reads_budget_sources_only_where_money_is_discussed():
    assert find_budget_sources("III. KINH PHÍ\nKinh phí thực hiện từ nguồn xã hội hoá, tài trợ của doanh nghiệp.") == [
        "non_state"
    ]
    assert find_budget_sources("3. Kinh phí:\n\nNgân sách tỉnh bố trí trong dự toán chi thường xuyên.") == ["state"]
    assert find_budget_sources("Đẩy mạnh xã hội hóa các hoạt động văn hóa; huy động các nguồn hợp pháp khác.") == []
    assert find_budget_sources("Kinh phí: các nguồn kinh phí hợp pháp khác theo quy định.") == ["other"]


# --- reporting -------------------------------------------------------------------------------------------------


def test_it_reads_who_reports_to_whom_in_the_dak_lak_plan():
    reports = find_reporting(seed("001"))
    assert [(r.reporter, r.recipient, r.frequency) for r in reports] == [
        ("cơ quan, đơn vị", "Sở Ngoại vụ", ["6 tháng", "hằng năm"]),
        ("Sở Ngoại vụ", "UBND tỉnh", []),
        (None, "UBND tỉnh", []),
    ]


def test_it_reads_who_reports_to_whom_in_the_quang_ngai_plan():
    text = seed("004")
    (report,) = find_reporting(text)
    assert (report.reporter, report.recipient, report.frequency) == ("Sở Ngoại vụ", "UBND tỉnh", ["định kỳ"])
    assert report.span is not None and "báo cáo UBND tỉnh" in text[report.span[0] : report.span[1]]


def test_it_reads_reporting_written_in_other_ways():
    text = (
        "IV. TỔ CHỨC THỰC HIỆN\n"
        "1. Các sở, ban, ngành định kỳ hằng quý báo cáo kết quả về Sở Ngoại vụ trước ngày 15 của tháng cuối quý.\n"
        "2. Sở Ngoại vụ tổng hợp, báo cáo UBND tỉnh và Bộ Ngoại giao 6 tháng, hằng năm.\n"
        "3. Báo cáo số 12/BC-UBND ngày 01/02/2024 đã nêu rõ.\n"
    )
    reports = find_reporting(text)
    assert [(r.reporter, r.recipient, r.frequency) for r in reports] == [
        ("Các sở, ban, ngành", "Sở Ngoại vụ", ["định kỳ", "hằng quý"]),
        ("Sở Ngoại vụ", "UBND tỉnh", ["6 tháng", "hằng năm"]),
        ("Sở Ngoại vụ", "Bộ Ngoại giao", ["6 tháng", "hằng năm"]),
    ]
    assert text[reports[0].span[0] : reports[0].span[1]].startswith("1. Các sở, ban, ngành định kỳ hằng quý báo cáo")


def test_it_finds_no_reporting_in_the_news_items():
    for prefix in ("000", "002", "003"):
        assert find_reporting(seed(prefix)) == []


# --- robustness ------------------------------------------------------------------------------------------------

SEED_TEXTS = [seed(p) for p in ("000", "001", "002", "003", "004")] + [TABLE_ORDER, DECISION]


@st.composite
def mutated_seed(draw):
    text = draw(st.sampled_from(SEED_TEXTS))
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(text)))
        cut = draw(st.integers(0, 40))
        insert = draw(st.one_of(st.text(max_size=12), st.sampled_from(["\t", "\n", "Số:", "ngày", "–", "**", " "])))
        text = text[:at] + insert + text[at + cut :]
    return text


@given(st.one_of(st.text(), mutated_seed()))
@settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])
def test_it_never_raises_and_keeps_spans_in_bounds(text):
    # The unguarded steps: the public functions catch everything, so only these can show a failure.
    doc = DocumentInfo()
    metadata._read_document_steps(text, doc)
    check(text, doc)
    assert all(code in ("state", "non_state", "other") for code in metadata._find_budget_sources(text))
    for report in metadata._find_reporting(text):
        assert report.recipient
        assert report.span is None or 0 <= report.span[0] <= report.span[1] <= len(text)


def test_it_reads_a_megabyte_of_repeated_or_adversarial_text():
    # Inputs that make careless patterns backtrack; how fast is measured by benchmarks/bench_extract.py.
    text = "\n".join(SEED_TEXTS) * (1_000_000 // len("\n".join(SEED_TEXTS)) + 1)
    assert read_document(text).doc_type is not None
    assert find_budget_sources(text) == find_budget_sources("\n".join(SEED_TEXTS))
    for adversarial in (" " * 1_000_000, "báo cáo " * 125_000, "Số:" * 300_000, ", ngày tháng năm " * 60_000):
        assert read_document(adversarial).number is None
        assert find_budget_sources(adversarial) == []
        assert find_reporting(adversarial) == []
