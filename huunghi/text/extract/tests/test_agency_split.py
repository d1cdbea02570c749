"""`split_agencies`: one entry per agency or group, as written."""

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from huunghi.text.extract.agency_split import (
    COOPERATING,
    LEAD,
    agency_fold,
    split_agencies,
    split_agencies_with_roles,
    starts_like_agency,
)
from huunghi.text.normalize import clean_spaces


def test_it_splits_departments_and_groups_on_commas_and_semicolons():
    text = "Sở Ngoại vụ, Sở Văn hóa, Thể thao và Du lịch; các sở, ban, ngành, UBND các huyện, thành phố."
    assert split_agencies(text) == [
        "Sở Ngoại vụ",
        "Sở Văn hóa, Thể thao và Du lịch",
        "các sở, ban, ngành",
        "UBND các huyện, thành phố",
    ]


def test_it_splits_on_va_between_two_groups():
    assert split_agencies("Các sở, ban, ngành và UBND các huyện, thành phố.") == [
        "Các sở, ban, ngành",
        "UBND các huyện, thành phố",
    ]


def test_it_splits_a_department_from_the_group_after_va():
    assert split_agencies("Sở Ngoại vụ và các cơ quan, đơn vị liên quan.") == [
        "Sở Ngoại vụ",
        "các cơ quan, đơn vị liên quan",
    ]


def test_it_keeps_a_group_written_without_its_second_comma():
    text = "Hội Thân nhân kiều bào tỉnh, các sở, ban ngành và UBND các huyện, thành phố."
    assert split_agencies(text) == ["Hội Thân nhân kiều bào tỉnh", "các sở, ban ngành", "UBND các huyện, thành phố"]


def test_it_keeps_the_economic_zone_board_that_also_runs_the_industrial_zones():
    text = "Sở Kế hoạch và Đầu tư; Ban Quản lý Khu Kinh tế Dung Quất và các Khu Công nghiệp tỉnh."
    assert split_agencies(text) == [
        "Sở Kế hoạch và Đầu tư",
        "Ban Quản lý Khu Kinh tế Dung Quất và các Khu Công nghiệp tỉnh",
    ]


def test_it_keeps_names_with_va_and_commas_whole():
    text = (
        "Sở Lao động, Thương binh và Xã hội, Sở Nông nghiệp và Phát triển nông thôn, Sở Giáo dục và Đào tạo, "
        "Đài Phát thanh và Truyền hình tỉnh và Sở Tài nguyên và Môi trường"
    )
    assert split_agencies(text) == [
        "Sở Lao động, Thương binh và Xã hội",
        "Sở Nông nghiệp và Phát triển nông thôn",
        "Sở Giáo dục và Đào tạo",
        "Đài Phát thanh và Truyền hình tỉnh",
        "Sở Tài nguyên và Môi trường",
    ]


def test_it_matches_known_names_whatever_the_tone_placement_and_case():
    assert split_agencies("SỞ VĂN HOÁ, THỂ THAO VÀ DU LỊCH, Uỷ ban nhân dân các huyện, thị xã, thành phố") == [
        "SỞ VĂN HOÁ, THỂ THAO VÀ DU LỊCH",
        "Uỷ ban nhân dân các huyện, thị xã, thành phố",
    ]


def test_it_keeps_a_name_followed_by_its_province():
    assert split_agencies(
        "Sở Văn hoá, Thể thao và Du lịch tỉnh Quảng Ngãi, Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh"
    ) == [
        "Sở Văn hoá, Thể thao và Du lịch tỉnh Quảng Ngãi",
        "Công an tỉnh",
        "Bộ Chỉ huy Quân sự tỉnh",
    ]


def test_it_splits_abbreviated_names():
    text = "Sở VH,TT&DL, Sở LĐ-TB&XH, Sở TT&TT, Sở KH&ĐT, UBMTTQ VN tỉnh, Tỉnh đoàn, Hội LHPN tỉnh, Sở VHTTDL"
    assert split_agencies(text) == [
        "Sở VH,TT&DL",
        "Sở LĐ-TB&XH",
        "Sở TT&TT",
        "Sở KH&ĐT",
        "UBMTTQ VN tỉnh",
        "Tỉnh đoàn",
        "Hội LHPN tỉnh",
        "Sở VHTTDL",
    ]


def test_it_keeps_an_abbreviation_written_with_a_comma_and_a_space():
    assert split_agencies("Sở VH, TT&DL; Sở VH, TT và DL và Liên hiệp các tổ chức hữu nghị tỉnh") == [
        "Sở VH, TT&DL",
        "Sở VH, TT và DL",
        "Liên hiệp các tổ chức hữu nghị tỉnh",
    ]


def test_it_keeps_capitalised_units_of_a_committee_group():
    assert split_agencies("UBND Huyện, Thị xã, Thành phố") == ["UBND Huyện, Thị xã, Thành phố"]


def test_it_starts_a_new_entry_with_a_lower_case_group_after_a_department():
    assert split_agencies("Sở Ngoại vụ và địa phương; Sở Tư pháp, cơ quan liên quan") == [
        "Sở Ngoại vụ",
        "địa phương",
        "Sở Tư pháp",
        "cơ quan liên quan",
    ]


def test_it_keeps_lower_case_words_that_go_on_with_a_group():
    assert split_agencies("các sở, ban, ngành, đoàn thể và địa phương; các cơ quan, đơn vị, địa phương") == [
        "các sở, ban, ngành, đoàn thể và địa phương",
        "các cơ quan, đơn vị, địa phương",
    ]


def test_it_does_not_cut_inside_parentheses():
    assert split_agencies("UBND các huyện (Lý Sơn, Bình Sơn), Sở Ngoại vụ (SNgV; đầu mối)") == [
        "UBND các huyện (Lý Sơn, Bình Sơn)",
        "Sở Ngoại vụ (SNgV; đầu mối)",
    ]


def test_it_does_not_take_a_conference_centre_for_two_bodies():
    assert split_agencies("Trung tâm Hội nghị và Triển lãm, Văn phòng Đoàn ĐBQH và HĐND tỉnh, Sở Tài chính") == [
        "Trung tâm Hội nghị và Triển lãm",
        "Văn phòng Đoàn ĐBQH và HĐND tỉnh",
        "Sở Tài chính",
    ]


def test_it_drops_a_role_written_beside_a_name_and_keeps_it_apart():
    text = "Sở Ngoại vụ (chủ trì), Sở Nội vụ (phối hợp), Sở Tài chính"
    assert split_agencies(text) == ["Sở Ngoại vụ", "Sở Nội vụ", "Sở Tài chính"]
    assert split_agencies_with_roles(text) == [
        ("Sở Ngoại vụ", LEAD),
        ("Sở Nội vụ", COOPERATING),
        ("Sở Tài chính", None),
    ]
    assert split_agencies_with_roles("Sở Ngoại vụ chủ trì; Công an tỉnh (cơ quan thường trực)") == [
        ("Sở Ngoại vụ", LEAD),
        ("Công an tỉnh", LEAD),
    ]


def test_it_drops_bullets_final_punctuation_and_the_duties_phrase():
    assert split_agencies("- Các cơ quan, đơn vị liên quan theo chức năng, nhiệm vụ được giao.") == [
        "Các cơ quan, đơn vị liên quan"
    ]
    assert split_agencies("Sở Ngoại vụ; ; , Sở Tư pháp;") == ["Sở Ngoại vụ", "Sở Tư pháp"]
    assert split_agencies("Sở Ngoại vụ và các cơ quan liên quan...") == ["Sở Ngoại vụ", "các cơ quan liên quan"]


def test_it_returns_names_in_nfc_with_spaces_cleaned():
    decomposed = unicodedata.normalize("NFD", "Sở Ngoại\u00a0vụ,   Sở Tư\tpháp")
    assert split_agencies(decomposed) == ["Sở Ngoại vụ", "Sở Tư pháp"]


def test_it_lists_a_body_once():
    assert split_agencies("Sở Ngoại vụ, Sở Tư pháp, Sở ngoại vụ") == ["Sở Ngoại vụ", "Sở Tư pháp"]


def test_it_gives_nothing_for_empty_or_blank_text():
    assert split_agencies("") == []
    assert split_agencies(" ; ,, . ") == []
    assert split_agencies(None) == []  # type: ignore[arg-type]


def test_it_folds_names_for_comparison():
    assert agency_fold("Sở VH,TT&DL") == "so vh tt dl"
    assert agency_fold("Uỷ ban") == agency_fold("ỦY BAN") == "uy ban"


def test_it_tells_what_starts_like_an_agency():
    assert starts_like_agency("Sở Tài chính;")
    assert starts_like_agency("các sở, ban, ngành")
    assert starts_like_agency("UBND các huyện")
    assert not starts_like_agency("Tổ chức hội nghị")
    assert not starts_like_agency("Hội nghị tổng kết")
    assert not starts_like_agency("")


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_it_never_raises_and_returns_pieces_of_the_text(text):
    cleaned = clean_spaces(unicodedata.normalize("NFC", text))
    for name in split_agencies(text):
        assert name
        assert name == name.strip()
        assert name in cleaned


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Sở Ngoại vụ", "Sở Văn hóa, Thể thao và Du lịch", "UBND các huyện, thành phố", "các sở, ban, ngành"]
        ),
        min_size=1,
        max_size=5,
        unique=True,
    ),
    st.sampled_from(["; ", ", "]),
)
def test_it_splits_any_list_of_known_names(names, separator):
    assert split_agencies(separator.join(names)) == names
