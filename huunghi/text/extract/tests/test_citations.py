"""`find_citations`: the numbered documents a text cites, once each, with type, date and issuer."""

import datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from huunghi.text.extract.citations import _find_citations, find_citations
from huunghi.text.extract.metadata import read_document
from huunghi.text.extract.result import DocumentInfo

D = datetime.date
SEEDS = Path(__file__).parent / "corpus" / "seeds"


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def rows(citations):
    return [(c.number, c.doc_type, c.issued, c.issuer) for c in citations]


# --- the seeds ---------------------------------------------------------------------------------------------


def test_it_lists_the_party_and_government_texts_cited_by_the_an_giang_news_item():
    text = seed("003")
    assert rows(find_citations(text)) == [
        ("25/CT-TTg", "directive", None, "Thủ tướng Chính phủ"),
        ("720/KH-UBND", "plan", D(2021, 11, 24), "Ủy ban nhân dân tỉnh"),
        ("33-NQ/TW", "resolution", D(2014, 6, 9), "Ban Chấp hành Trung ương Đảng khóa XI"),
        ("76-KL/TW", "conclusion", D(2020, 6, 4), "Bộ Chính trị"),
        ("33-Ctr/TU", "programme", D(2015, 5, 21), "Tỉnh ủy"),
        ("692/STTTT–TTBCXB", "letter", D(2023, 5, 19), "Sở Thông tin và Truyền thông"),
    ]


def test_it_leaves_out_the_document_itself():
    text = seed("003")
    numbers = [c.number for c in find_citations(text, read_document(text))]
    assert numbers == ["25/CT-TTg", "720/KH-UBND", "33-NQ/TW", "76-KL/TW", "33-Ctr/TU"]
    text = seed("000")
    assert rows(find_citations(text, read_document(text))) == [
        ("1515/QĐ-UBND", "decision", D(2014, 7, 10), "UBND tỉnh")
    ]
    assert [c.number for c in find_citations(text)] == ["1270/KH-UBND", "1515/QĐ-UBND"]
    assert find_citations(seed("002"), read_document(seed("002"))) == []


def test_it_lists_the_plans_cited_by_the_dak_lak_plan_with_their_subjects():
    citations = find_citations(seed("001"), read_document(seed("001")))
    assert rows(citations) == [
        ("60/KH-UBND", "plan", D(2022, 3, 14), "UBND tỉnh"),
        ("09/KH-UBND", "plan", D(2024, 1, 11), "UBND tỉnh"),
    ]
    assert [c.title for c in citations] == [
        "triển khai Chiến lược Ngoại giao văn hóa đến năm 2030 trên địa bàn tỉnh Đắk Lắk",
        "triển khai công tác đối ngoại trên địa bàn tỉnh năm 2024",
    ]


def test_it_reads_the_issuer_written_before_a_cited_letter():
    text = seed("004")
    citations = find_citations(text)
    assert rows(citations) == [
        ("979/QĐ-UBND", "decision", D(2014, 7, 14), "Chủ tịch UBND tỉnh"),
        ("87/SNgV-LSLTBC", "letter", D(2018, 2, 2), "Sở Ngoại vụ"),
    ]
    first = citations[0]
    assert first.title == (
        "ban hành Kế hoạch hành động của tỉnh Quảng Ngãi triển khai thực hiện Chiến lược Ngoại giao văn hóa đến năm 2020"
    )
    assert text[first.span[0] : first.span[1]] == "Quyết định số 979/QĐ-UBND ngày 14/7/2014 của Chủ tịch UBND tỉnh"


# --- forms of citation ------------------------------------------------------------------------------------------


def test_it_reads_decrees_circulars_and_bare_numbers():
    text = (
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư; Thông tư 01/2011/TT-BNV "
        "của Bộ Nội vụ; Quyết định 2013/QĐ-TTg ngày 30 tháng 11 năm 2021 của Thủ tướng Chính phủ phê duyệt Chiến lược "
        "Ngoại giao văn hoá đến năm 2030; các nhiệm vụ theo 720/KH-UBND; báo cáo gửi theo mẫu tại 12/BC-SNgV."
    )
    assert rows(find_citations(text)) == [
        ("30/2020/NĐ-CP", "decree", D(2020, 3, 5), "Chính phủ"),
        ("01/2011/TT-BNV", "circular", None, "Bộ Nội vụ"),
        ("2013/QĐ-TTg", "decision", D(2021, 11, 30), "Thủ tướng Chính phủ"),
        ("720/KH-UBND", "plan", None, None),
        ("12/BC-SNgV", "report", None, None),
    ]
    citations = find_citations(text)
    assert citations[0].confidence == 1.0 and citations[3].confidence < 1.0


def test_it_lists_a_document_once_and_fills_what_a_later_mention_adds():
    text = (
        "Thực hiện Chỉ thị 25/CT-TTg; Kế hoạch hành động số 60/KH-UBND. Theo Chỉ thị số 25/CT–TTg ngày 10/9/2021 "
        "của Thủ tướng Chính phủ về đẩy mạnh triển khai Chiến lược văn hóa đối ngoại."
    )
    citations = find_citations(text)
    assert rows(citations) == [
        ("25/CT-TTg", "directive", D(2021, 9, 10), "Thủ tướng Chính phủ"),
        ("60/KH-UBND", "plan", None, None),
    ]
    assert citations[0].title == "đẩy mạnh triển khai Chiến lược văn hóa đối ngoại"
    assert text[citations[0].span[0] : citations[0].span[1]] == "Chỉ thị 25/CT-TTg"  # the first mention


def test_it_reads_en_dashes_double_spaces_and_a_letter_without_a_type_code():
    text = "Công văn số 692/STTTT–TTBCXB  ngày 19/05/2023  của Sở Thông tin và Truyền thông về việc tuyên truyền;"
    (citation,) = find_citations(text)
    assert (citation.number, citation.doc_type, citation.issued, citation.issuer, citation.title) == (
        "692/STTTT–TTBCXB",
        "letter",
        D(2023, 5, 19),
        "Sở Thông tin và Truyền thông",
        "tuyên truyền",
    )


def test_it_reads_a_symbol_broken_by_a_line_end_and_an_issuer_on_the_next_line():
    text = (
        "Thực hiện Quyết định số 1052/QĐ-\nUBND ngày 31/3/2015 của UBND tỉnh ban hành Kế hoạch hành động và Công văn "
        "số 4521/BNG-NGVH ngày 25/12/2018 của\nBộ Ngoại giao về triển khai công tác ngoại giao văn hóa năm 2019,"
    )
    citations = find_citations(text)
    assert rows(citations) == [
        ("1052/QĐ-UBND", "decision", D(2015, 3, 31), "UBND tỉnh"),
        ("4521/BNG-NGVH", "letter", D(2018, 12, 25), "Bộ Ngoại giao"),
    ]
    assert citations[1].title == "triển khai công tác ngoại giao văn hóa năm 2019"


def test_it_reads_odd_numbers_only_after_a_type_word():
    text = "Theo Công văn số HCM/321/1/2018 của Sở Ngoại vụ; mã HCM/321/1/2018 trên phiếu."
    assert rows(find_citations(text)) == [("HCM/321/1/2018", "letter", None, "Sở Ngoại vụ")]


def test_it_does_not_cite_the_header_number_dates_or_ranges():
    text = "Số: 45/KH-UBND\nQuảng Ngãi, ngày 05/3/2019\nGiai đoạn 2022-2026, từ 14/7/2014 đến 24-11-2021; COVID-19."
    assert find_citations(text) == []


def test_it_leaves_out_the_own_number_given_by_the_caller():
    text = "UBND tỉnh ban hành Kế hoạch số 45/KH-UBND thực hiện Kế hoạch số 60/KH-UBND."
    own = DocumentInfo(number="45/KH–UBND")
    assert [c.number for c in find_citations(text, own)] == ["60/KH-UBND"]
    assert [c.number for c in find_citations(text, DocumentInfo(number="/KH-UBND"))] == ["45/KH-UBND", "60/KH-UBND"]


def test_it_returns_nothing_for_empty_or_odd_input():
    assert find_citations("") == []
    assert find_citations(None) == []  # type: ignore[arg-type]
    assert find_citations("số 1/ và 2/3") == []


# --- robustness ------------------------------------------------------------------------------------------------

SEED_TEXTS = [seed(p) for p in ("000", "001", "002", "003", "004")]


@st.composite
def mutated_seed(draw):
    text = draw(st.sampled_from(SEED_TEXTS))
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(text)))
        cut = draw(st.integers(0, 40))
        insert = draw(st.one_of(st.text(max_size=12), st.sampled_from(["/", "–", "số ", "của ", "ngày ", "\n", "về "])))
        text = text[:at] + insert + text[at + cut :]
    return text


@given(st.one_of(st.text(), mutated_seed()))
@settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])
def test_it_never_raises_and_keeps_spans_in_bounds(text):
    # The unguarded function: find_citations catches everything, so only this can show a failure.
    keys = set()
    for citation in _find_citations(text, read_document(text)):
        assert citation.span is not None and 0 <= citation.span[0] <= citation.span[1] <= len(text)
        assert 0.0 <= citation.confidence <= 1.0
        assert citation.number
        keys.add(citation.number)
    assert len(keys) == len(find_citations(text, read_document(text)))


def test_it_reads_a_megabyte_of_repeated_or_adversarial_text():
    # Inputs that make careless patterns backtrack; how fast is measured by benchmarks/bench_extract.py.
    text = "\n".join(SEED_TEXTS) * (1_000_000 // len("\n".join(SEED_TEXTS)) + 1)
    seeds_alone = {c.number for c in find_citations("\n".join(SEED_TEXTS))}
    assert {c.number for c in find_citations(text)} == seeds_alone
    for sample in ("1/" * 500_000, " " * 1_000_000, "12/KH-" * 160_000):
        assert find_citations(sample) == []
    assert [c.number for c in find_citations("Quyết định số 1/QĐ-UB của " * 40_000)] == ["1/QĐ-UB"]


def test_it_stops_an_issuer_at_the_next_cited_document():
    text = (
        "Kế hoạch triển khai Quyết định số 1021/QĐ-TTg ngày 02/8/2022 của Thủ tướng Chính phủ và Kế hoạch "
        "số 45/KH-UBND ngày 11/3/2022 của UBND tỉnh."
    )
    found = [(c.number, c.issuer) for c in find_citations(text)]
    assert found == [("1021/QĐ-TTg", "Thủ tướng Chính phủ"), ("45/KH-UBND", "UBND tỉnh")]


def test_it_leaves_out_a_web_sites_licence():
    text = "Nguồn: Cổng thông tin điện tử tỉnh. Giấy phép số 12/GP-TTĐT ngày 01/02/2019 của Cục PTTH và TTĐT."
    assert find_citations(text) == []
