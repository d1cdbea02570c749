import unicodedata

import pytest

from huunghi.text import clean_spaces, display, fold_tones, match_key, nfc, number_key, search_key

# Pairs of (as written, with the tone where the ministry puts it), from the seeds and everyday words.
TONE_PAIRS = [
    # Open oa / oe / uy: the tone moves to the first vowel.
    ("hoá", "hóa"),
    ("hoà", "hòa"),
    ("hoả", "hỏa"),
    ("hoã", "hõa"),
    ("hoạ", "họa"),
    ("xoá", "xóa"),
    ("thoả", "thỏa"),
    ("khoá", "khóa"),
    ("toà", "tòa"),
    ("loà", "lòa"),
    ("oà", "òa"),
    ("khoẻ", "khỏe"),
    ("loè", "lòe"),
    ("hoẹ", "họe"),
    ("thuý", "thúy"),
    ("thuỵ", "thụy"),
    ("tuỳ", "tùy"),
    ("luỹ", "lũy"),
    ("huỷ", "hủy"),
    ("uỷ", "ủy"),
    ("Uỷ", "Ủy"),
    ("UỶ", "ỦY"),
    ("tuý", "túy"),
    # Any case: only the position of the mark changes.
    ("HOÁ", "HÓA"),
    ("Hoá", "Hóa"),
    ("hOá", "hÓa"),
    ("KHOẺ", "KHỎE"),
    ("Khoẻ", "Khỏe"),
    ("THUÝ", "THÚY"),
    # Already in place: unchanged.
    ("hóa", "hóa"),
    ("hòa", "hòa"),
    ("Ủy", "Ủy"),
    ("khỏe", "khỏe"),
    # `qu` and `gi` are consonants before a vowel.
    ("quý", "quý"),
    ("Quý", "Quý"),
    ("QUÝ", "QUÝ"),
    ("quả", "quả"),
    ("quà", "quà"),
    ("quỹ", "quỹ"),
    ("quở", "quở"),
    ("quẻ", "quẻ"),
    ("quái", "quái"),
    ("quẩy", "quẩy"),
    ("quốc", "quốc"),
    ("quyết", "quyết"),
    ("quyền", "quyền"),
    ("quỳnh", "quỳnh"),
    ("giữ", "giữ"),
    ("già", "già"),
    ("giá", "giá"),
    ("giỏi", "giỏi"),
    ("giày", "giày"),
    ("giữa", "giữa"),
    ("giũa", "giũa"),
    ("giường", "giường"),
    ("giếng", "giếng"),
    ("gì", "gì"),
    ("gìn", "gìn"),
    # A mark on the `u` of `qu` or the `i` of `gi` is a typo, put right.
    ("qúy", "quý"),
    ("qúa", "quá"),
    ("gìa", "già"),
    # Closed syllables take the tone on the last vowel, in old and new style alike.
    ("hoàn", "hoàn"),
    ("hòan", "hoàn"),
    ("toán", "toán"),
    ("tóan", "toán"),
    ("khoét", "khoét"),
    ("hoạch", "hoạch"),
    ("huỳnh", "huỳnh"),
    ("huyền", "huyền"),
    ("thuyết", "thuyết"),
    ("hoặc", "hoặc"),
    ("tuấn", "tuấn"),
    # Marked vowels and clusters of three: unchanged.
    ("thuở", "thuở"),
    ("thuế", "thuế"),
    ("huệ", "huệ"),
    ("hoài", "hoài"),
    ("ngoáy", "ngoáy"),
    ("ngoẹo", "ngoẹo"),
    ("khuỷu", "khuỷu"),
    ("khuấy", "khuấy"),
    ("rượu", "rượu"),
    ("người", "người"),
    ("cuối", "cuối"),
    ("của", "của"),
    ("mùa", "mùa"),
    ("mía", "mía"),
    ("cửa", "cửa"),
    ("gửi", "gửi"),
    ("cứu", "cứu"),
    ("Ngoại", "Ngoại"),
    ("Việt", "Việt"),
    ("Đắk", "Đắk"),
    ("Lắk", "Lắk"),
    # Not Vietnamese syllables: left alone.
    ("Mondulkiri", "Mondulkiri"),
    ("Jeollabuk", "Jeollabuk"),
    ("Champasak", "Champasak"),
    ("NgoạiGiao", "NgoạiGiao"),
    ("mañana", "mañana"),
    ("VHTTDL", "VHTTDL"),
]


@pytest.mark.parametrize(("written", "folded"), TONE_PAIRS)
def test_it_places_tones_as_the_ministry_does(written, folded):
    assert fold_tones(written) == folded


def test_it_folds_tones_in_running_text_from_the_seeds():
    text = "Gắn kết Ngoại giao văn hoá với quá trình phát triển; nguồn xã hội hoá, Uỷ ban nhân dân tỉnh"
    assert fold_tones(text) == (
        "Gắn kết Ngoại giao văn hóa với quá trình phát triển; nguồn xã hội hóa, Ủy ban nhân dân tỉnh"
    )


def test_it_folds_tones_in_decomposed_text_and_returns_nfc():
    decomposed = unicodedata.normalize("NFD", "Văn hoá, Uỷ ban")
    assert fold_tones(decomposed) == "Văn hóa, Ủy ban"


def test_it_leaves_a_word_with_two_tone_marks_alone():
    assert fold_tones("hoáà") == "hoáà"


def test_it_composes_to_nfc():
    assert nfc("ho\u0061\u0301") == "hoá"
    assert nfc("hóa") == "hóa"


def test_it_displays_text_as_the_issuer_wrote_it():
    assert display("Văn hoá,\u00a0Uỷ ban") == "Văn hoá,\u00a0Uỷ ban"
    assert display(unicodedata.normalize("NFD", "Văn hoá")) == "Văn hoá"


def test_it_folds_blank_characters_to_one_space():
    assert clean_spaces("  Sở\u00a0Ngoại\u202fvụ\t\ttỉnh   Đắk Lắk \n") == "Sở Ngoại vụ tỉnh Đắk Lắk"


def test_it_removes_invisible_characters():
    assert clean_spaces("\ufeffNgoại\u200bgiao\u200c văn\u200d hóa\u2060\u00ad") == "Ngoạigiao văn hóa"


def test_it_folds_newlines_unless_asked_to_keep_them():
    text = "I. MỤC ĐÍCH\r\n\r\n1.\u00a0Mục đích  \n- Gắn kết\u2028"
    assert clean_spaces(text) == "I. MỤC ĐÍCH 1. Mục đích - Gắn kết"
    assert clean_spaces(text, keep_newlines=True) == "I. MỤC ĐÍCH\n\n1. Mục đích\n- Gắn kết"


def test_it_cleans_empty_and_blank_text_to_nothing():
    assert clean_spaces("") == ""
    assert clean_spaces(" \u00a0\t\u200b ") == ""
    assert clean_spaces("\n \n", keep_newlines=True) == ""


def test_it_matches_old_and_new_tone_placement_case_and_nbsp():
    assert match_key("Sở Văn hoá,\u00a0Thể thao") == match_key("SỞ VĂN HÓA, THỂ THAO")
    assert match_key("Sở Văn hoá,\u00a0Thể thao") == "sở văn hóa, thể thao"
    assert match_key("Uỷ ban nhân dân") == match_key("ỦY BAN NHÂN DÂN") == "ủy ban nhân dân"


def test_it_keeps_diacritics_in_the_match_key():
    assert match_key("Sở") != match_key("So")
    assert match_key("Sở Ngoại vụ") == "sở ngoại vụ"


def test_it_searches_without_diacritics():
    assert search_key("Sở Văn hoá") == "so van hoa"
    assert search_key("SỞ VĂN HÓA") == "so van hoa"
    assert search_key("Đắk Lắk") == "dak lak"
    assert search_key("Ủy ban nhân dân tỉnh Thừa Thiên Huế") == "uy ban nhan dan tinh thua thien hue"


def test_it_folds_punctuation_in_the_search_key():
    assert search_key("Chiến lược (giai đoạn 2022 – 2026)") == "chien luoc giai doan 2022 - 2026"
    assert search_key("“Xây dựng” văn hóa; con người!") == "xay dung van hoa con nguoi"
    assert search_key("Sở KH&ĐT") == "so kh dt"
    assert search_key("1270/KH-UBND, ngày 19.02.2020") == "1270/kh-ubnd, ngay 19.02.2020"


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Số 1270 / KH–UBND", "1270/kh-ubnd"),
        ("1270/KH-UBND", "1270/kh-ubnd"),
        ("Số: 1270/KH-UBND", "1270/kh-ubnd"),
        ("số:1270/KH-UBND", "1270/kh-ubnd"),
        ("33-NQ/TW", "33-nq/tw"),
        ("692/STTTT–TTBCXB", "692/stttt-ttbcxb"),
        ("692/STTTT—TTBCXB", "692/stttt-ttbcxb"),
        ("208/QĐ-TTg", "208/qd-ttg"),
        ("208/QD-TTG", "208/qd-ttg"),
        ("87/SNgV-LSLTBC", "87/sngv-lsltbc"),
        ("33-Ctr/TU", "33-ctr/tu"),
        ("HCM/321/1/2018", "hcm/321/1/2018"),
        ("09/2019/NĐ-CP;", "09/2019/nd-cp"),
        ("Số: /KH-UBND", "/kh-ubnd"),
        ("25/CT\u00a0-\u00a0TTg", "25/ct-ttg"),
    ],
)
def test_it_keys_document_numbers(written, key):
    assert number_key(written) == key
