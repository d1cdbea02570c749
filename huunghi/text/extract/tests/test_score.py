"""The scorer itself, on hand-made extractions whose counts are worked out by hand."""

import copy
import json
from pathlib import Path

import pytest

from huunghi.text.extract.score import (
    FIELDS,
    agency_key,
    code_key,
    content_similarity,
    issuer_key,
    score,
    score_corpus,
    text_key,
    title_matches,
)

CORPUS = Path(__file__).parent / "corpus"


def empty() -> dict:
    return {
        "document": dict.fromkeys(("number", "doc_type", "issuer", "province", "place", "issued", "signer", "title")),
        "citations": [],
        "sections": [],
        "tasks": [],
        "mentions": {"countries": [], "localities": [], "anniversaries": [], "languages": []},
    }


def gold_plan() -> dict:
    plan = empty()
    plan["document"] = {
        "number": "1270/KH-UBND",
        "doc_type": "plan",
        "issuer": "UBND tỉnh",
        "province": "Đắk Lắk",
        "place": "Đắk Lắk",
        "issued": "2020-02-19",
        "signer": "Võ Văn Cảnh",
        "title": "Ngoại giao văn hóa năm 2020 của tỉnh Đắk Lắk",
    }
    plan["citations"] = [
        {"number": "1515/QĐ-UBND", "doc_type": "decision", "issued": "2014-07-10", "issuer": "UBND tỉnh"},
        {"number": "692/STTTT–TTBCXB", "doc_type": "letter", "issued": "2023-05-19", "issuer": "Sở TT&TT"},
        {"number": "33-NQ/TW", "doc_type": "resolution", "issued": "2014-06-09", "issuer": "Ban Chấp hành Trung ương"},
    ]
    plan["sections"] = [{"code": "I", "title": "MỤC ĐÍCH"}, {"code": "II", "title": "NỘI DUNG"}]
    plan["tasks"] = [
        {
            "code": "II.1.a",
            "content": "Tổ chức lớp tập huấn ngoại giao văn hóa cho cán bộ, công chức",
            "lead": ["Sở Ngoại vụ"],
            "cooperating": ["Các sở, ban, ngành", "UBND các huyện, thành phố"],
            "timing": "Quý II",
        },
        {
            "code": "II.1.b",
            "content": "Cử cán bộ tham gia các lớp bồi dưỡng nghiệp vụ thông tin đối ngoại tại trung ương",
            "lead": ["Sở Ngoại vụ"],
            "cooperating": [],
            "timing": None,
        },
        {
            "code": "II.2",
            "content": "Tổ chức Đoàn nghệ thuật đi giao lưu tại tỉnh Champasak, Lào",
            "lead": ["Sở Văn hóa, Thể thao và Du lịch"],
            "cooperating": ["Sở Ngoại vụ"],
            "timing": "năm 2018",
        },
    ]
    plan["mentions"] = {
        "countries": ["ID", "LA", "KH"],
        "localities": ["Mondulkiri"],
        "anniversaries": [{"country": "ID", "years": 65, "year": 2020}, {"country": "LA", "years": 60, "year": 2022}],
        "languages": ["vi", "en"],
    }
    return plan


def counts(result: dict, field: str) -> tuple[int, int, int]:
    c = result["fields"][field]
    return c["tp"], c["fp"], c["fn"]


def test_it_scores_an_extraction_equal_to_its_gold_as_perfect():
    result = score(gold_plan(), gold_plan())
    assert set(result["fields"]) == set(FIELDS)
    assert all(c["f1"] == 1.0 and c["fp"] == 0 and c["fn"] == 0 for c in result["fields"].values())
    assert result["errors"] == []
    assert result["fields"]["document"]["tp"] == 8
    assert counts(result, "assignments") == (6, 0, 0)


def test_it_scores_two_empty_extractions_as_perfect_with_nothing_counted():
    result = score(empty(), empty())
    assert all((c["tp"], c["fp"], c["fn"], c["f1"]) == (0, 0, 0, 1.0) for c in result["fields"].values())
    assert set(result["statuses"].values()) == {"absent"}


def test_it_counts_document_fields_as_correct_incorrect_missing_or_spurious():
    gold = gold_plan()
    gold["document"]["issued"] = None
    predicted = gold_plan()
    predicted["document"].update(
        {
            "number": "Số 1270 / KH–UBND",  # another spelling of the same number
            "issuer": "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK",  # the same body, with the province named
            "province": "tỉnh Đắk Lắk",
            "place": "ĐắkLắk",  # glued by a PDF extractor
            "issued": "2020-02-19",  # the gold has no date: spurious
            "signer": "Võ Văn Cảnh Sát",  # wrong
            "title": None,  # missed
        }
    )
    result = score(predicted, gold)
    assert result["statuses"] == {
        "number": "correct",
        "doc_type": "correct",
        "issuer": "correct",
        "province": "correct",
        "place": "correct",
        "issued": "spurious",
        "signer": "incorrect",
        "title": "missing",
    }
    assert counts(result, "document") == (5, 2, 2)
    assert result["fields"]["document"]["precision"] == pytest.approx(5 / 7)
    assert result["fields"]["document"]["recall"] == pytest.approx(5 / 7)
    assert counts(result, "document.signer") == (0, 1, 1)
    assert counts(result, "document.issued") == (0, 1, 0)
    assert counts(result, "document.title") == (0, 0, 1)
    assert "document.signer incorrect: predicted 'Võ Văn Cảnh Sát', expected 'Võ Văn Cảnh'" in result["errors"]


def test_it_matches_citations_by_number_then_checks_their_date_type_and_issuer():
    predicted = gold_plan()
    predicted["citations"] = [
        # matched; the date is wrong and the issuer is the same body spelt out
        {"number": "1515/QĐ-UBND", "doc_type": "decision", "issued": "2014-10-07", "issuer": "Ủy ban nhân dân tỉnh"},
        # matched across the dash; issuer abbreviated the other way; type missing
        {
            "number": "692/STTTT-TTBCXB",
            "doc_type": None,
            "issued": "2023-05-19",
            "issuer": "Sở Thông tin và Truyền thông",
        },
        # not in the gold
        {"number": "60/KH-UBND", "doc_type": "plan", "issued": "2022-03-14", "issuer": "UBND tỉnh"},
        # without a number: left out
        {"number": None, "doc_type": "strategy", "issued": None, "issuer": "Chính phủ"},
    ]
    result = score(predicted, gold_plan())
    assert counts(result, "citations") == (2, 1, 1)
    assert counts(result, "citations.issued") == (1, 1, 1)
    assert counts(result, "citations.doc_type") == (1, 0, 1)
    assert counts(result, "citations.issuer") == (2, 0, 0)
    assert "citation missed: 33-NQ/TW" in result["errors"]
    assert "citation not in the gold: 60/KH-UBND" in result["errors"]


def test_it_matches_tasks_by_code_then_by_content_and_counts_assignment_pairs():
    predicted = gold_plan()
    predicted["tasks"] = [
        # by code ("II.1.a)" is "II.1.a"); one cooperating group missed, one wrong agency added
        {
            "code": "II.1.a)",
            "content": "Tổ chức lớp tập huấn",
            "lead": ["Sở Ngoại vụ"],
            "cooperating": ["các sở, ban, ngành", "Sở Tài chính"],
            "timing": "Quý II.",
        },
        # a different code, but the same content (similarity 1.0): matched to II.2; lead spelt differently
        {
            "code": "3",
            "content": "Tổ chức Đoàn nghệ thuật đi giao lưu tại tỉnh Champasak, Lào.",
            "lead": ["Sở VHTTDL"],
            "cooperating": ["Sở Ngoại vụ"],
            "timing": None,
        },
        # not in the gold: its agencies count against precision
        {"code": "II.3", "content": "Gặp mặt kiều bào", "lead": ["Sở Ngoại vụ"], "cooperating": [], "timing": None},
    ]
    result = score(predicted, gold_plan())
    assert counts(result, "tasks") == (2, 1, 1)  # II.1.b missed
    # lead: II.1.a right, II.2 right (VHTTDL), II.3 extra, II.1.b missed
    assert counts(result, "lead") == (2, 1, 1)
    # cooperating: II.1.a one right, "Sở Tài chính" extra, "UBND các huyện, thành phố" missed; II.2 right
    assert counts(result, "cooperating") == (2, 1, 1)
    assert counts(result, "assignments") == (4, 2, 2)
    assert result["fields"]["lead"]["f1"] == pytest.approx(2 / 3)
    # timing: II.1.a right (trailing period folded), II.2 missed
    assert counts(result, "tasks.timing") == (1, 0, 1)
    assert "task II.1.a cooperating: 'Sở Tài chính' not in the gold" in result["errors"]
    assert "task II.1.a cooperating: 'UBND các huyện, thành phố' missed" in result["errors"]


def test_it_compares_only_the_tasks_both_sides_list_when_the_gold_makes_them_optional():
    gold = gold_plan()
    gold["optional"] = ["tasks"]
    gold["tasks"] = gold["tasks"][:2]
    predicted = gold_plan()
    predicted["tasks"] = [
        dict(gold["tasks"][0], lead=["Sở Ngoại vụ", "Sở Tư pháp"]),  # one wrong lead among the matched
        {"code": "9", "content": "Một việc khác hẳn", "lead": ["Sở Y tế"], "cooperating": [], "timing": None},
    ]
    result = score(predicted, gold)
    assert counts(result, "tasks") == (1, 0, 0)
    assert counts(result, "lead") == (1, 1, 0)
    assert counts(result, "cooperating") == (2, 0, 0)


def test_it_scores_sections_and_mentions_as_sets():
    predicted = gold_plan()
    predicted["sections"] = [{"code": "I.", "title": "x"}, {"code": "III", "title": "y"}]
    predicted["mentions"] = {
        "countries": ["id", "LA", "TH"],
        "localities": ["MONDULKIRI", "Attapeu"],
        "anniversaries": [{"country": "ID", "years": 65, "year": 2021}, {"country": "KH", "years": 55, "year": 2022}],
        "languages": ["vi"],
    }
    result = score(predicted, gold_plan())
    assert counts(result, "sections") == (1, 1, 1)
    assert counts(result, "countries") == (2, 1, 1)
    assert counts(result, "localities") == (1, 1, 0)
    assert counts(result, "languages") == (1, 0, 1)
    assert counts(result, "anniversaries") == (1, 1, 1)
    assert counts(result, "anniversaries.year") == (0, 1, 1)


def test_it_sums_counts_over_a_corpus():
    wrong = gold_plan()
    wrong["document"]["signer"] = None
    wrong["tasks"][0]["lead"] = []
    result = score_corpus([("a", gold_plan(), gold_plan()), ("b", wrong, gold_plan())])
    assert list(result["documents"]) == ["a", "b"]
    assert counts(result, "document") == (15, 0, 1)
    assert counts(result, "lead") == (5, 0, 1)
    assert result["fields"]["lead"]["recall"] == pytest.approx(5 / 6)
    assert result["statuses"]["signer"] == {"correct": 1, "incorrect": 0, "missing": 1, "spurious": 0, "absent": 0}
    # Pairs without names are numbered.
    assert list(score_corpus([(gold_plan(), gold_plan())])["documents"]) == ["0"]


def test_it_never_changes_what_it_is_given():
    predicted, gold = gold_plan(), gold_plan()
    before = copy.deepcopy((predicted, gold))
    score(predicted, gold)
    assert (predicted, gold) == before


def test_it_copes_with_missing_parts():
    result = score({}, gold_plan())
    assert counts(result, "document") == (0, 0, 8)
    assert counts(result, "lead") == (0, 0, 3)
    result = score(gold_plan(), {})
    assert counts(result, "citations") == (0, 3, 0)


def test_its_keys_fold_spelling_but_not_meaning():
    assert text_key(" Sở Văn hoá,\u00a0Thể thao và Du lịch. ") == "sở văn hóa, thể thao và du lịch"
    assert agency_key("Sở VHTTDL") == agency_key("Sở Văn hoá, Thể thao và Du lịch")
    assert agency_key("UBMTTQ VN tỉnh") == agency_key("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")
    assert agency_key("Sở KH&ĐT") == agency_key("Sở Kế hoạch và Đầu tư")
    assert agency_key("Các sở, ban ngành") == agency_key("các sở, ban, ngành")
    assert agency_key("Sở Ngoại vụ") != agency_key("Sở Nội vụ")
    assert issuer_key("UBND tỉnh", "Đắk Lắk") == issuer_key("ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK", "Đắk Lắk")
    assert issuer_key("Sở Ngoại vụ tỉnh Lâm Đồng", "Lâm Đồng") == issuer_key("SỞ NGOẠI VỤ", "Lâm Đồng")
    assert issuer_key("UBND tỉnh Phú Yên", "Đắk Lắk") != issuer_key("UBND tỉnh", "Đắk Lắk")
    assert issuer_key("UBND các huyện, thành phố", "Đà Nẵng") != issuer_key("UBND các huyện", "Đà Nẵng")
    assert code_key("II.2.đ)") == code_key(" ii. 2 . Đ ") == "ii.2.đ"
    assert code_key("II.2.đ") != code_key("II.2.d")


def test_it_matches_titles_without_their_type_or_by_nine_words_in_ten():
    assert title_matches(
        "Kế hoạch Ngoại giao Văn hóa năm 2020 của tỉnh Đắk Lắk", "Ngoại giao văn hoá năm 2020 của tỉnh Đắk Lắk"
    )
    assert title_matches("V/v báo cáo kết quả 6 tháng", "báo cáo kết quả 6 tháng")
    ten = "một hai ba bốn năm sáu bảy tám chín mười"
    assert title_matches(ten, ten.replace("mười", "mươi"))  # 9 of 10 words
    assert not title_matches(ten, ten.replace("chín mười", "chính mươi"))  # 8 of 10
    assert not title_matches("Ngoại giao văn hóa năm 2020", None)
    assert content_similarity("a b c d", "a b c e") == pytest.approx(0.75)


def test_every_gold_file_of_the_corpus_is_well_formed_and_scores_perfectly_against_itself():
    golds = sorted(CORPUS.glob("*/*.gold.json"))
    assert len(golds) >= 15
    for path in golds:
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert path.with_name(path.name.replace(".gold.json", ".txt")).exists(), path
        assert {"notes", "document", "citations", "sections", "tasks", "mentions"} <= set(gold), path
        assert set(gold) <= {"notes", "optional", "document", "citations", "sections", "tasks", "mentions"}, path
        result = score(gold, gold)
        assert result["errors"] == [], path
