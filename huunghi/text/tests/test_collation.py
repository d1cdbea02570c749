import unicodedata

from huunghi.text import sort_key, sorted_vi


def test_it_sorts_the_vietnamese_alphabet():
    letters = list("aăâbcdđeêghiklmnoôơpqrstuưvxy")
    assert sorted_vi(reversed(letters)) == letters


def test_it_puts_foreign_letters_where_the_latin_alphabet_does():
    assert sorted_vi(["z", "y", "w", "v", "j", "i", "f", "g", "ê"]) == [
        "ê",
        "f",
        "g",
        "i",
        "j",
        "v",
        "w",
        "y",
        "z",
    ]


def test_it_sorts_tones_ngang_huyen_hoi_nga_sac_nang():
    assert sorted_vi(["mạ", "má", "mã", "mả", "mà", "ma"]) == ["ma", "mà", "mả", "mã", "má", "mạ"]


def test_it_compares_letters_before_tones():
    assert sorted_vi(["mác", "mạ", "ma"]) == ["ma", "mạ", "mác"]


def test_it_compares_word_by_word_as_a_dictionary():
    assert sorted_vi(["bà con", "ba ba", "bà", "ba"]) == ["ba", "ba ba", "bà", "bà con"]


def test_it_sorts_d_before_dd():
    assert sorted_vi(["Đắk Lắk", "Điện Biên", "Đà Nẵng", "Cần Thơ", "Đồng Nai", "Gia Lai", "Dak"]) == [
        "Cần Thơ",
        "Dak",
        "Đà Nẵng",
        "Đắk Lắk",
        "Điện Biên",
        "Đồng Nai",
        "Gia Lai",
    ]


def test_it_sorts_digits_before_letters():
    assert sorted_vi(["Sở Ngoại vụ", "1270/KH-UBND", "60/KH-UBND", "an"]) == [
        "1270/KH-UBND",
        "60/KH-UBND",
        "an",
        "Sở Ngoại vụ",
    ]


def test_it_ignores_case_until_the_final_tie_break():
    assert sorted_vi(["Bà", "ba", "BA", "bà"]) == ["ba", "BA", "bà", "Bà"]
    assert sorted_vi(["Sở Tài chính", "sở ngoại vụ"]) == ["sở ngoại vụ", "Sở Tài chính"]


def test_it_gives_old_and_new_tone_placement_the_same_key():
    assert sort_key("Văn hoá") == sort_key("Văn hóa")
    assert sort_key("Uỷ ban") == sort_key("Ủy ban")
    assert sort_key(unicodedata.normalize("NFD", "Văn hoá")) == sort_key("Văn hóa")
    assert sort_key("Sở\u00a0Ngoại vụ") == sort_key("Sở Ngoại vụ")


def test_it_sorts_agencies_by_a_key_function():
    agencies = [
        ("svhttdl", "Sở Văn hóa, Thể thao và Du lịch"),
        ("snv", "Sở Ngoại vụ"),
        ("stc", "Sở Tài chính"),
    ]
    assert [code for code, _ in sorted_vi(agencies, key=lambda a: a[1])] == ["snv", "stc", "svhttdl"]


def test_it_sorts_provinces_in_dictionary_order():
    provinces = ["Thừa Thiên Huế", "An Giang", "Quảng Ngãi", "Đắk Lắk", "Ấp", "Ăn", "Bắc Ninh"]
    assert sorted_vi(provinces) == [
        "An Giang",
        "Ăn",
        "Ấp",
        "Bắc Ninh",
        "Đắk Lắk",
        "Quảng Ngãi",
        "Thừa Thiên Huế",
    ]
