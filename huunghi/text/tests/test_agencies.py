"""Resolving agency names as plans write them (`huunghi.text.agencies`), against realistic registries.

The registries are those of the seed provinces (DOMAIN.md; `huunghi/core/demo/data.py`): Quảng Ngãi's
(the 2018 plan's agencies), Đắk Lắk's after the 2025 merger with Phú Yên, and Thừa Thiên Huế's, whose
Department of Culture and Sports is not the Department of Culture, Sports and Tourism.
"""

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from huunghi.text.agencies import (
    ABBREVIATIONS,
    CANDIDATE_MIN,
    EXACT,
    GROUP,
    SUGGESTED,
    UNKNOWN,
    AgencyEntry,
    AgencyResolver,
    Resolution,
    agency_key,
)

E = AgencyEntry

# Quảng Ngãi (ids 1xx). Short names and abbreviations as the demo registry has them, and fewer for some, so
# that the abbreviations table is what matches.
UBND_QN, TU_QN, SNV, VHTTDL, TTTT, KHDT, STC, SCT, SNOV = 101, 102, 103, 104, 105, 106, 107, 108, 109
LDTBXH, GDDT, TNMT, DUNG_QUAT, MTTQ, LHHN, LHPN, KIEU_BAO = 110, 111, 112, 113, 114, 115, 116, 117
TP_QN, LY_SON, BINH_SON, SON_TINH, TU_NGHIA, MO_DUC, BA_TO = 120, 121, 122, 123, 124, 125, 126
CAC_SO, CAC_HUYEN, DOAN_THE = 130, 131, 132

QUANG_NGAI = [
    E(UBND_QN, "Ủy ban nhân dân tỉnh Quảng Ngãi", "UBND tỉnh Quảng Ngãi", ("UBND tỉnh",), "committee"),
    E(TU_QN, "Tỉnh ủy Quảng Ngãi", "Tỉnh ủy", ("TU",), "party"),
    E(SNV, "Sở Ngoại vụ", "", ("SNgV", "SNV"), "department"),
    E(VHTTDL, "Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL", (), "department"),
    E(TTTT, "Sở Thông tin và Truyền thông", "Sở TT&TT", (), "department"),
    E(KHDT, "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT", (), "department"),
    E(STC, "Sở Tài chính", "", ("STC",), "department"),
    E(SCT, "Sở Công Thương", "", ("SCT",), "department"),
    E(SNOV, "Sở Nội vụ", "", (), "department"),
    E(LDTBXH, "Sở Lao động - Thương binh và Xã hội", "", (), "department"),
    E(GDDT, "Sở Giáo dục và Đào tạo", "", (), "department"),
    E(TNMT, "Sở Tài nguyên và Môi trường", "", (), "department"),
    E(DUNG_QUAT, "Ban Quản lý Khu Kinh tế Dung Quất và các Khu Công nghiệp tỉnh", "", (), "economic_zone"),
    E(MTTQ, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "", (), "mass_org"),
    E(LHHN, "Liên hiệp các tổ chức hữu nghị tỉnh", "Liên hiệp các TCHN tỉnh", (), "mass_org"),
    E(LHPN, "Hội Liên hiệp Phụ nữ tỉnh", "", (), "mass_org"),
    E(KIEU_BAO, "Hội Thân nhân kiều bào tỉnh", "", (), "mass_org"),
    E(TP_QN, "Ủy ban nhân dân thành phố Quảng Ngãi", "UBND thành phố Quảng Ngãi", (), "district"),
    E(LY_SON, "Ủy ban nhân dân huyện Lý Sơn", "UBND huyện Lý Sơn", (), "district"),
    E(BINH_SON, "Ủy ban nhân dân huyện Bình Sơn", "UBND huyện Bình Sơn", (), "district"),
    E(SON_TINH, "Ủy ban nhân dân huyện Sơn Tịnh", "UBND huyện Sơn Tịnh", (), "district"),
    E(TU_NGHIA, "Ủy ban nhân dân huyện Tư Nghĩa", "UBND huyện Tư Nghĩa", (), "district"),
    E(MO_DUC, "Ủy ban nhân dân huyện Mộ Đức", "UBND huyện Mộ Đức", (), "district"),
    E(BA_TO, "Ủy ban nhân dân huyện Ba Tơ", "UBND huyện Ba Tơ", (), "district"),
    E(CAC_SO, "Các sở, ban, ngành", "", ("các sở, ban ngành", "các sở, ban, ngành của tỉnh"), "group", "department"),
    E(CAC_HUYEN, "UBND các huyện, thành phố", "", ("UBND cấp huyện",), "group", "district"),
    E(DOAN_THE, "Các tổ chức đoàn thể", "", ("các đoàn thể",), "group", "mass_org"),
]

# Đắk Lắk since July 2025 (ids 2xx), with bodies of the former Phú Yên province.
UBND_DL, SNV_DL, SNV_PY, VHTTDL_DL, BAO_DL, BAO_DL_OLD, MTTQ_DL, PTTH_DL, BMT, KRONG_PAC, LAK = range(201, 212)
CAC_SO_DL, CAC_HUYEN_DL = 220, 221
DAK_LAK = [
    E(UBND_DL, "Ủy ban nhân dân tỉnh Đắk Lắk", "UBND tỉnh Đắk Lắk", ("UBND tỉnh",), "committee"),
    E(SNV_DL, "Sở Ngoại vụ tỉnh Đắk Lắk", "Sở Ngoại vụ", ("SNgV",), "department"),
    E(SNV_PY, "Sở Ngoại vụ tỉnh Phú Yên", "", (), "department"),
    E(VHTTDL_DL, "Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL", ("Sở VH-TT&DL",), "department"),
    E(BAO_DL, "Báo Đắk Lắk", "", (), "unit"),
    # The same newspaper entered twice, the second time in the older spelling "Đăk Lăk".
    E(BAO_DL_OLD, "Báo Đăk Lăk", "", (), "unit"),
    E(MTTQ_DL, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "UBMTTQ VN tỉnh", ("Ủy ban MTTQ tỉnh",), "mass_org"),
    E(PTTH_DL, "Đài Phát thanh và Truyền hình tỉnh", "Đài PT-TH tỉnh", (), "unit"),
    E(BMT, "Ủy ban nhân dân thành phố Buôn Ma Thuột", "UBND thành phố Buôn Ma Thuột", (), "district"),
    E(KRONG_PAC, "Ủy ban nhân dân huyện Krông Pắc", "UBND huyện Krông Pắc", (), "district"),
    E(LAK, "Ủy ban nhân dân huyện Lắk", "UBND huyện Lắk", (), "district"),
    E(CAC_SO_DL, "Các sở, ban, ngành", "", (), "group", "department"),
    E(CAC_HUYEN_DL, "UBND các huyện, thị xã, thành phố", "", (), "group", "district"),
]

# Thừa Thiên Huế (ids 3xx): a Department of Culture and Sports and one of Tourism, no Sở VHTTDL.
SNV_H, VHTT_H, DU_LICH_H = 301, 302, 303
HUE = [
    E(SNV_H, "Sở Ngoại vụ", "", ("SNgV",), "department"),
    E(VHTT_H, "Sở Văn hóa và Thể thao", "Sở VH&TT", ("Sở VHTT",), "department"),
    E(DU_LICH_H, "Sở Du lịch", "", (), "department"),
]


@pytest.fixture(scope="module")
def qn():
    return AgencyResolver(QUANG_NGAI, ["Quảng Ngãi"])


@pytest.fixture(scope="module")
def dl():
    return AgencyResolver(DAK_LAK, ["Đắk Lắk", "Phú Yên"])


def outcome(resolution: Resolution) -> tuple[str, int | None]:
    return resolution.status, resolution.agency_id


def candidate_ids(resolution: Resolution) -> list[int]:
    return [agency_id for agency_id, _ in resolution.candidates]


# ---------------------------------------------------------------------------------------------------------
# Exact matches.


@pytest.mark.parametrize(
    ("written", "agency_id"),
    [
        # Full names, in every spelling plans use.
        ("Sở Ngoại vụ", SNV),
        ("Sở Ngoại Vụ", SNV),
        ("SỞ NGOẠI VỤ", SNV),
        ("  Sở\u00a0Ngoại   vụ ", SNV),
        ("- Sở Ngoại vụ;", SNV),
        ("Sở Ngọai vụ", SNV),  # the tone on the wrong vowel of "oai": tone placement, folded by match_key
        ("Sở Ngoại vụ (để b/c)", SNV),
        ("Sở Văn hóa, Thể thao và Du lịch", VHTTDL),
        ("Sở Văn hoá, Thể thao và Du lịch", VHTTDL),  # old tone placement
        ("Sở Văn hóa Thể thao & Du lịch", VHTTDL),  # "&" for "và", no comma
        ("Sở Văn hóa, Thể thao & Du lịch", VHTTDL),
        ("Sở Văn hóa - Thể thao và Du lịch", VHTTDL),
        ("sở văn hóa, thể thao và du lịch", VHTTDL),
        ("Sở Văn hoá,\u00a0Thể thao và Du lịch.", VHTTDL),
        ("Sở Kế hoạch & Đầu tư", KHDT),
        ("Sở Kế hoạch Đầu tư", KHDT),  # "và" left out
        ("Sở Văn hóa Thể thao Du lịch", VHTTDL),
        ("Sở Lao động, Thương binh và Xã hội", LDTBXH),
        ("Sở Lao động – Thương binh và Xã hội", LDTBXH),  # en dash
        ("Sở Công thương", SCT),
        ("Uỷ ban nhân dân tỉnh Quảng Ngãi", UBND_QN),  # Uỷ / Ủy
        ("UỶ BAN NHÂN DÂN TỈNH QUẢNG NGÃI", UBND_QN),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", MTTQ),
        ("Uỷ ban Mặt trận Tổ quốc tỉnh", MTTQ),  # "Việt Nam" left out
        # The entry's own short name and abbreviations.
        ("Sở VHTTDL", VHTTDL),
        ("SNgV", SNV),
        ("SNV", SNV),
        ("STC", STC),
        ("Tỉnh ủy", TU_QN),
        ("Tỉnh uỷ Quảng Ngãi", TU_QN),
        ("UBND tỉnh", UBND_QN),
        ("Liên hiệp các TCHN tỉnh", LHHN),
        # The common administrative abbreviations, which the entries do not list.
        ("Sở VH-TT&DL", VHTTDL),
        ("Sở VH,TT&DL", VHTTDL),
        ("Sở VH, TT&DL", VHTTDL),
        ("Sở VHTT&DL", VHTTDL),
        ("Sở VH–TT–DL", VHTTDL),
        ("SVHTTDL", VHTTDL),
        ("Sở KH&ĐT", KHDT),
        ("Sở KH & ĐT", KHDT),
        ("Sở KHĐT", KHDT),
        ("Sở KHDT", KHDT),  # đ written d
        ("SKHĐT", KHDT),
        ("Sở TT&TT", TTTT),
        ("Sở TTTT", TTTT),
        ("STTTT", TTTT),
        ("Sở LĐ-TB&XH", LDTBXH),
        ("Sở LĐTBXH", LDTBXH),
        ("Sở GD&ĐT", GDDT),
        ("Sở GDĐT", GDDT),
        ("Sở TN&MT", TNMT),
        ("Sở TNMT", TNMT),
        ("Sở NgV", SNV),
        ("UBND tỉnh Quảng Ngãi", UBND_QN),
        ("UBMTTQ VN tỉnh", MTTQ),
        ("UBMTTQ Việt Nam tỉnh", MTTQ),
        ("Ủy ban MTTQ tỉnh", MTTQ),
        ("UB MTTQ VN tỉnh Quảng Ngãi", MTTQ),
        ("Ủy ban Mặt trận Tổ Quốc VN", MTTQ),
        ("Hội LHPN tỉnh", LHPN),
        ("Hội Liên hiệp Phụ nữ Việt Nam tỉnh", LHPN),
        ("BQL KKT Dung Quất và các KCN tỉnh", DUNG_QUAT),
        ("Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp tỉnh Quảng Ngãi", DUNG_QUAT),
        ("UBND huyện Lý Sơn", LY_SON),
        ("UBND TP Quảng Ngãi", TP_QN),
        ("UBND TP. Quảng Ngãi", TP_QN),
        ("Hội Thân nhân kiều bào tỉnh", KIEU_BAO),
    ],
)
def test_exact(qn, written, agency_id):
    resolution = qn.resolve(written)
    assert outcome(resolution) == (EXACT, agency_id)
    assert resolution.score == 1.0
    assert resolution.candidates == [(agency_id, 1.0)]
    assert resolution.is_group_phrase is False
    assert resolution.written == written


@pytest.mark.parametrize(
    ("written", "agency_id"),
    [
        ("Sở Ngoại vụ tỉnh Quảng Ngãi", SNV),
        ("Sở Ngoại vụ tỉnh", SNV),
        ("Sở Ngoại vụ Quảng Ngãi", SNV),
        ("Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ngãi", VHTTDL),
        ("Sở VHTTDL tỉnh", VHTTDL),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi", MTTQ),
        ("Ủy ban nhân dân tỉnh", UBND_QN),
        ("Hội Thân nhân kiều bào tỉnh Quảng Ngãi", KIEU_BAO),
        ("Hội Thân nhân kiều bào", KIEU_BAO),
        ("Liên hiệp các tổ chức hữu nghị tỉnh Quảng Ngãi", LHHN),
        # "thành phố Quảng Ngãi" is the city of the province, not the province.
        ("Ủy ban nhân dân thành phố Quảng Ngãi", TP_QN),
        ("UBND thành phố Quảng Ngãi tỉnh Quảng Ngãi", TP_QN),
    ],
)
def test_the_province_suffix_is_ignored(qn, written, agency_id):
    assert outcome(qn.resolve(written)) == (EXACT, agency_id)


def test_old_and_new_province_names_are_both_suffixes(dl):
    # "Sở Ngoại vụ" is Đắk Lắk's short name; a plan of the former Phú Yên names its own department.
    assert outcome(dl.resolve("Sở Ngoại vụ")) == (EXACT, SNV_DL)
    assert outcome(dl.resolve("Sở Ngoại vụ tỉnh Phú Yên")) == (EXACT, SNV_PY)
    assert outcome(dl.resolve("SỞ NGOẠI VỤ TỈNH PHÚ YÊN")) == (EXACT, SNV_PY)
    assert outcome(dl.resolve("Sở Văn hoá, Thể thao và Du lịch tỉnh Đắk Lắk")) == (EXACT, VHTTDL_DL)
    assert outcome(dl.resolve("Sở VHTTDL tỉnh Phú Yên")) == (EXACT, VHTTDL_DL)
    assert outcome(dl.resolve("Đài PTTH tỉnh")) == (EXACT, PTTH_DL)
    assert outcome(dl.resolve("Đài Phát thanh - Truyền hình tỉnh Đắk Lắk")) == (EXACT, PTTH_DL)
    assert outcome(dl.resolve("Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk")) == (EXACT, MTTQ_DL)
    assert outcome(dl.resolve("UBND TP Buôn Ma Thuột")) == (EXACT, BMT)
    # "huyện Lắk" ends with a word of the province's name; it is not taken for the province.
    assert outcome(dl.resolve("UBND huyện Lắk")) == (EXACT, LAK)


def test_province_names_given_as_one_string_or_with_tinh():
    assert outcome(AgencyResolver(QUANG_NGAI, "Quảng Ngãi").resolve("Sở Ngoại vụ tỉnh Quảng Ngãi")) == (EXACT, SNV)
    resolver = AgencyResolver(QUANG_NGAI, ["Tỉnh Quảng Ngãi"])
    assert outcome(resolver.resolve("Sở Ngoại vụ tỉnh Quảng Ngãi")) == (EXACT, SNV)
    # Without the province's name, only "tỉnh" goes.
    bare = AgencyResolver(QUANG_NGAI)
    assert outcome(bare.resolve("Sở Ngoại vụ tỉnh")) == (EXACT, SNV)
    assert bare.resolve("Sở Ngoại vụ tỉnh Quảng Ngãi").status == UNKNOWN


# ---------------------------------------------------------------------------------------------------------
# Without diacritics: sure only when one entry has that key.


def test_without_diacritics_is_exact_when_one_entry_has_the_key(qn):
    assert outcome(qn.resolve("So Ngoai vu")) == (EXACT, SNV)
    assert outcome(qn.resolve("SO NGOAI VU TINH QUANG NGAI")) == (EXACT, SNV)
    assert outcome(qn.resolve("So Van hoa, The thao va Du lich")) == (EXACT, VHTTDL)
    assert outcome(qn.resolve("Uy ban nhan dan huyen Ly Son")) == (EXACT, LY_SON)
    assert outcome(qn.resolve("UBND huyen Ly Son")) == (EXACT, LY_SON)


def test_without_diacritics_two_entries_with_the_key_are_suggested(dl):
    # "Báo Đắk Lắk" and "Báo Đăk Lăk" both lose their marks to "Bao Dak Lak".
    resolution = dl.resolve("Bao Dak Lak")
    assert outcome(resolution) == (SUGGESTED, None)
    assert resolution.score == 1.0
    assert resolution.candidates == [(BAO_DL, 1.0), (BAO_DL_OLD, 1.0)]
    # With its marks, each spelling is its own entry.
    assert outcome(dl.resolve("Báo Đắk Lắk")) == (EXACT, BAO_DL)
    assert outcome(dl.resolve("Báo Đăk Lăk")) == (EXACT, BAO_DL_OLD)


# ---------------------------------------------------------------------------------------------------------
# Misspellings and near forms are suggested, never exact.


@pytest.mark.parametrize(
    ("written", "first", "score"),
    [
        # A mark missing: the diacritics differ, so it is a typo, not a name typed without marks.
        ("Sở Ngoại vu", SNV, 0.95),
        ("Sở Ngoai vụ", SNV, 0.95),
        ("Sở Ngoại vự", SNV, 0.95),  # the wrong tone
        ("Sở Tài chinh", STC, 0.95),
        ("Sở Tài chánh", STC, 0.889),  # the southern spelling
        ("Sở Văn hóa, Thể thao và Du lich", VHTTDL, 0.958),
        ("Sở Thông tin và Truyền thong", TTTT, 0.955),
        ("UBND huyện Lý Sơm", LY_SON, 0.833),
        ("UBND huyện Ly Sơn", LY_SON, 0.95),
        ("UBND huyện Mộ Đưc", MO_DUC, 0.95),
        ("Hội Liên hiệp Phụ nư tỉnh", LHPN, 0.95),
        # Only the generic words differ: as close as can be, still not exact.
        ("Sỏ Ngoại vụ", SNV, 0.99),
        ("UBND huyen Lý Sơn", LY_SON, 0.99),
        ("Văn hóa, Thể thao và Du lịch", VHTTDL, 0.969),  # without "Sở"
    ],
)
def test_misspellings_are_suggested_with_the_right_first_candidate(qn, written, first, score):
    resolution = qn.resolve(written)
    assert outcome(resolution) == (SUGGESTED, None)
    assert candidate_ids(resolution)[0] == first
    assert resolution.score == score == resolution.candidates[0][1]
    assert all(s >= CANDIDATE_MIN for _, s in resolution.candidates)
    assert len(resolution.candidates) <= 5
    assert resolution.candidates == sorted(resolution.candidates, key=lambda c: -c[1])


def test_a_typo_close_to_two_entries_lists_both_best_first(qn):
    resolution = qn.resolve("Sở Ngoại vu")
    assert resolution.status == SUGGESTED
    assert resolution.candidates == [(SNV, 0.95), (SNOV, 0.814)]  # Sở Ngoại vụ, then Sở Nội vụ


def test_a_shortened_name_is_suggested(qn):
    # "Sở Văn hóa" alone is not the full name of any department.
    resolution = qn.resolve("Sở Văn hóa")
    assert outcome(resolution) == (SUGGESTED, None)
    assert resolution.candidates == [(VHTTDL, 0.8)]
    assert outcome(qn.resolve("Sở Du lịch")) == (SUGGESTED, None)
    assert candidate_ids(qn.resolve("Sở Du lịch")) == [VHTTDL]


def test_an_ambiguous_prefix_lists_every_department_it_may_be():
    # After 2025 a province may have both a Sở VHTTDL (in old plans) and a Sở Văn hóa và Thể thao.
    resolver = AgencyResolver([*QUANG_NGAI, E(190, "Sở Văn hóa và Thể thao", "Sở VH&TT", (), "department")])
    resolution = resolver.resolve("Sở Văn hóa")
    assert outcome(resolution) == (SUGGESTED, None)
    assert resolution.candidates == [(190, 0.867), (VHTTDL, 0.8)]
    # Each full name is still exact.
    assert outcome(resolver.resolve("Sở Văn hoá và Thể thao")) == (EXACT, 190)
    assert outcome(resolver.resolve("Sở VH&TT")) == (EXACT, 190)
    assert outcome(resolver.resolve("Sở VHTTDL")) == (EXACT, VHTTDL)


def test_a_department_of_another_organisation_is_only_suggested():
    hue = AgencyResolver(HUE, ["Thừa Thiên Huế"])
    assert outcome(hue.resolve("Sở VHTT")) == (EXACT, VHTT_H)
    assert outcome(hue.resolve("Sở Văn hóa và Thể thao tỉnh Thừa Thiên Huế")) == (EXACT, VHTT_H)
    # Huế has no Sở VHTTDL: its name is close to the Department of Culture and Sports, never that one.
    resolution = hue.resolve("Sở Văn hóa, Thể thao và Du lịch")
    assert outcome(resolution) == (SUGGESTED, None)
    assert candidate_ids(resolution) == [VHTT_H]
    # And a Sở VHTT plan of a province that only has a Sở VHTTDL is suggested that one.
    resolution = AgencyResolver(QUANG_NGAI).resolve("Sở VHTT")
    assert outcome(resolution) == (SUGGESTED, None)
    assert candidate_ids(resolution)[0] == VHTTDL


def test_two_entries_with_the_same_key_are_suggested(dl):
    # "Sở Ngoại vụ tỉnh Đắk Lắk" and "Sở Ngoại vụ tỉnh Phú Yên" are both "Sở Ngoại vụ" without the province;
    # written with the province's name, each is its own, but "Sở Ngoại vụ tỉnh" could be either.
    resolution = dl.resolve("Sở Ngoại vụ tỉnh")
    assert outcome(resolution) == (SUGGESTED, None)
    assert resolution.candidates == [(SNV_DL, 1.0), (SNV_PY, 1.0)]
    assert outcome(dl.resolve("Sở Ngoại vụ tỉnh Đắk Lắk")) == (EXACT, SNV_DL)


# ---------------------------------------------------------------------------------------------------------
# Unknown names.


def test_a_name_not_in_the_registry_is_unknown():
    without = AgencyResolver([e for e in QUANG_NGAI if e.id != KIEU_BAO], ["Quảng Ngãi"])
    resolution = without.resolve("Hội Thân nhân kiều bào tỉnh")
    assert outcome(resolution) == (UNKNOWN, None)
    assert resolution.candidates == []
    assert resolution.score == 0.0
    assert resolution.is_group_phrase is False
    assert outcome(without.resolve("Sở Tư pháp")) == (UNKNOWN, None)
    assert outcome(without.resolve("Bộ Ngoại giao")) == (UNKNOWN, None)


def test_an_unknown_name_keeps_its_weak_candidates(qn):
    # Quảng Ngãi's district of Sơn Tây is not in this registry; Sơn Tịnh is a different district.
    resolution = qn.resolve("UBND huyện Sơn Tây")
    assert outcome(resolution) == (UNKNOWN, None)
    assert resolution.candidates == [(SON_TINH, 0.667)]
    assert resolution.score == 0.667
    # The 2025 merger of two departments, before the registry has it.
    resolution = qn.resolve("Sở Kế hoạch và Tài chính")
    assert outcome(resolution) == (UNKNOWN, None)
    assert candidate_ids(resolution) == [STC, KHDT]
    assert all(CANDIDATE_MIN <= score < 0.75 for _, score in resolution.candidates)


def test_names_alike_only_in_the_kind_of_body_are_not_candidates(qn):
    assert outcome(qn.resolve("UBND huyện Nghĩa Hành")) == (UNKNOWN, None)
    assert qn.resolve("UBND huyện Nghĩa Hành").candidates == []
    assert qn.resolve("Sở Xây dựng").candidates == []
    assert qn.resolve("Hội Nông dân tỉnh").candidates == []
    # "Sở Thông tin" is the Department of Information and Communications, not a district "Sơn Tịnh".
    assert candidate_ids(qn.resolve("Sở Thông tin"))[0] == TTTT
    assert SON_TINH not in candidate_ids(qn.resolve("Sở Thông tin"))


def test_a_name_made_only_of_generic_words_suggests_that_kind_of_body(qn):
    resolution = qn.resolve("UBND huyện")
    assert outcome(resolution) == (SUGGESTED, None)
    assert candidate_ids(resolution) == [LY_SON, BINH_SON, SON_TINH, TU_NGHIA, MO_DUC]
    assert UBND_QN not in candidate_ids(resolution)


@pytest.mark.parametrize(
    "written", ["", " ", "\u00a0\n\t", ";", "-", "(để b/c)", "...", "Sở", "tỉnh", "Tỉnh Quảng Ngãi", "Quang Ngai"]
)
def test_empty_and_meaningless_names_are_unknown(qn, written):
    resolution = qn.resolve(written)
    assert outcome(resolution) == (UNKNOWN, None)
    assert resolution.written == written


def test_non_strings_do_not_raise(qn):
    assert outcome(qn.resolve(None)) == (UNKNOWN, None)  # type: ignore[arg-type]
    assert qn.resolve(None).written == ""  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------------------
# Group phrases.


@pytest.mark.parametrize(
    ("written", "group_id"),
    [
        ("các sở, ban, ngành", CAC_SO),
        ("Các sở, ban, ngành", CAC_SO),
        ("các sở, ban ngành", CAC_SO),
        ("Các sở, ngành", CAC_SO),
        ("Các sở ban ngành", CAC_SO),
        ("Các sở, ban, ngành tỉnh", CAC_SO),
        ("Các sở, ban ngành tỉnh;", CAC_SO),
        ("các sở, ban, ngành của tỉnh", CAC_SO),
        ("các sở, ban, ngành có liên quan", CAC_SO),
        ("sở, ban, ngành", CAC_SO),
        ("cac so, ban, nganh", CAC_SO),
        ("các cơ quan chuyên môn thuộc UBND tỉnh", CAC_SO),
        ("UBND các huyện, thành phố", CAC_HUYEN),
        ("UBND các huyện, thị xã, thành phố", CAC_HUYEN),
        ("Ủy ban nhân dân các huyện, thành phố", CAC_HUYEN),
        ("Uỷ ban nhân dân các huyện, thành phố trong tỉnh", CAC_HUYEN),
        ("UBND các huyện, TP", CAC_HUYEN),
        ("UBND cấp huyện", CAC_HUYEN),
        ("các huyện, thành phố", CAC_HUYEN),
        ("các địa phương", CAC_HUYEN),
        ("các tổ chức đoàn thể", DOAN_THE),
        ("các đoàn thể", DOAN_THE),
        ("các hội, đoàn thể", DOAN_THE),
        ("các tổ chức chính trị - xã hội", DOAN_THE),
    ],
)
def test_group_phrases_resolve_to_the_group(qn, written, group_id):
    resolution = qn.resolve(written)
    assert outcome(resolution) == (GROUP, group_id)
    assert resolution.is_group_phrase is True
    assert resolution.score == 1.0
    assert resolution.candidates == [(group_id, 1.0)]


def test_group_phrases_of_dak_lak(dl):
    assert outcome(dl.resolve("Các sở, ban, ngành")) == (GROUP, CAC_SO_DL)
    assert outcome(dl.resolve("UBND các huyện, thị xã, thành phố")) == (GROUP, CAC_HUYEN_DL)
    # Quảng Ngãi's wording of the same group finds it by the kind it stands for.
    assert outcome(dl.resolve("UBND các huyện, thành phố")) == (GROUP, CAC_HUYEN_DL)


def test_a_phrase_of_two_groups_suggests_both(qn):
    resolution = qn.resolve("Các sở, ban, ngành, địa phương")
    assert outcome(resolution) == (SUGGESTED, None)
    assert resolution.candidates == [(CAC_SO, 1.0), (CAC_HUYEN, 1.0)]
    assert resolution.is_group_phrase is True
    resolution = qn.resolve("Các sở, ban, ngành, đoàn thể")
    assert resolution.candidates == [(CAC_SO, 1.0), (DOAN_THE, 1.0)]


@pytest.mark.parametrize(
    "written",
    [
        "các cơ quan, đơn vị liên quan",
        "Các cơ quan, đơn vị có liên quan",
        "cơ quan, đơn vị liên quan",
        "các doanh nghiệp",
        "Các Ban của Tỉnh ủy",
        "UBND các xã, phường, thị trấn",
        "các Bộ, ngành Trung ương",
    ],
)
def test_a_group_phrase_without_a_group_entry_is_unknown(qn, written):
    resolution = qn.resolve(written)
    assert resolution.status == UNKNOWN
    assert resolution.agency_id is None
    assert resolution.is_group_phrase is True
    # Never one agency, not even as a candidate.
    assert not set(candidate_ids(resolution)) - {CAC_SO, CAC_HUYEN, DOAN_THE}


@pytest.mark.parametrize(
    "written",
    ["các sở, ban, ngành", "Các sở, ngành", "UBND các huyện, thành phố", "các địa phương", "các tổ chức đoàn thể"],
)
def test_a_group_phrase_is_never_one_agency_even_without_group_entries(written):
    singles = AgencyResolver([e for e in QUANG_NGAI if e.kind != "group"], ["Quảng Ngãi"])
    resolution = singles.resolve(written)
    assert outcome(resolution) == (UNKNOWN, None)
    assert resolution.is_group_phrase is True
    assert resolution.candidates == []


def test_a_misspelled_group_phrase_is_suggested_the_group(qn):
    resolution = qn.resolve("Các sở ban nghành")
    assert outcome(resolution) == (SUGGESTED, None)
    assert candidate_ids(resolution) == [CAC_SO]
    assert resolution.is_group_phrase is True


@pytest.mark.parametrize(
    ("written", "agency_id"),
    [
        ("Ban Tổ chức", None),  # one board, though its words are group words
        ("Ủy ban nhân dân huyện Bình Sơn", BINH_SON),
        ("Liên hiệp các tổ chức hữu nghị tỉnh", LHHN),  # "các" inside a name
        ("Ban Quản lý Khu Kinh tế Dung Quất và các Khu Công nghiệp tỉnh", DUNG_QUAT),
        ("Hội Liên hiệp Phụ nữ tỉnh", LHPN),
    ],
)
def test_single_agencies_are_not_group_phrases(qn, written, agency_id):
    resolution = qn.resolve(written)
    assert resolution.is_group_phrase is False
    assert resolution.agency_id == agency_id


# ---------------------------------------------------------------------------------------------------------
# Keys and the abbreviations table.


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sở VH-TT&DL", "Sở Văn hoá, Thể thao và Du lịch"),
        ("Sở VH,TT&DL", "Sở Văn hóa Thể thao Du lịch"),
        ("Sở KH&ĐT", "Sở Kế hoạch và Đầu tư"),
        ("Sở TT&TT", "Sở Thông tin và Truyền thông"),
        ("Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"),
        ("Sở TN&MT", "Sở Tài nguyên và Môi trường"),
        ("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
        ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo"),
        ("Sở KH&CN", "Sở Khoa học và Công nghệ"),
        ("Sở KHCN", "Sở Khoa học và Công nghệ"),
        ("Sở GTVT", "Sở Giao thông vận tải"),
        ("SNgV", "Sở Ngoại vụ"),
        ("UBND", "Ủy ban nhân dân"),
        ("HĐND tỉnh", "Hội đồng nhân dân tỉnh"),
        ("UBMTTQ VN", "Ủy ban Mặt trận Tổ quốc"),
        ("MTTQ", "Mặt trận Tổ quốc"),
        ("Hội LHPN", "Hội Liên hiệp Phụ nữ"),
        ("BQL KKT", "Ban Quản lý Khu kinh tế"),
        ("TT HĐND tỉnh", "Thường trực Hội đồng nhân dân tỉnh"),
        ("TT Tỉnh ủy", "Thường trực Tỉnh uỷ"),
        ("TT Xúc tiến Đầu tư", "Trung tâm Xúc tiến Đầu tư"),
        ("TP Quảng Ngãi", "thành phố Quảng Ngãi"),
    ],
)
def test_abbreviations_expand(a, b):
    assert agency_key(a) == agency_key(b)


def test_keys_fold_case_tones_spaces_and_punctuation():
    assert agency_key("Sở Văn hoá,\u00a0Thể thao & Du lịch.") == "sở văn hóa thể thao du lịch"
    assert agency_key("UỶ BAN NHÂN DÂN") == "ủy ban nhân dân"
    assert agency_key("") == ""
    # Abbreviations are not words: none of them is taken out of an ordinary name.
    assert agency_key("Sở Tư pháp") == "sở tư pháp"
    assert agency_key("TT") == "tt"


def test_every_abbreviation_key_is_letters_only_and_lower_case():
    for key, words in ABBREVIATIONS.items():
        assert key == "".join(c for c in key.lower() if c.isalpha()), key
        assert words == words.lower() and words.strip(), key


# ---------------------------------------------------------------------------------------------------------
# Robustness and speed.

VIETNAMESE_NAMES = st.lists(
    st.sampled_from(
        [
            "Sở", "Ngoại", "vụ", "Văn", "hoá", "hóa", "Thể", "thao", "và", "&", "Du", "lịch", "UBND", "Uỷ", "ban",
            "các", "sở,", "ban,", "ngành", "huyện,", "thành", "phố", "tỉnh", "Quảng", "Ngãi", "VH-TT&DL", "TT",
            "KH&ĐT", "(để", "b/c)", "-", ";", "MTTQ", "VN", "đoàn", "thể", "Việt", "Nam", "Tổ", "quốc", "cấp",
        ]
    ),
    max_size=10,
).map(" ".join)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(), VIETNAMESE_NAMES))
def test_resolve_never_raises_and_keeps_its_promises(written):
    resolver = AgencyResolver(QUANG_NGAI, ["Quảng Ngãi"])
    ids = {e.id for e in QUANG_NGAI}
    groups = {e.id for e in QUANG_NGAI if e.kind == "group"}
    # The private method has no safety net: a bug would show here rather than as "unknown".
    for resolution in (resolver._resolve(written), resolver.resolve(written)):
        assert resolution.written == written
        assert resolution.status in {EXACT, GROUP, SUGGESTED, UNKNOWN}
        assert (resolution.agency_id is not None) == (resolution.status in {EXACT, GROUP})
        assert 0.0 <= resolution.score <= 1.0
        assert len(resolution.candidates) <= 5
        assert all(agency_id in ids and 0 < score <= 1 for agency_id, score in resolution.candidates)
        assert [s for _, s in resolution.candidates] == sorted((s for _, s in resolution.candidates), reverse=True)
        if resolution.status == EXACT:
            assert resolution.agency_id not in groups and not resolution.is_group_phrase
        if resolution.status == GROUP:
            assert resolution.agency_id in groups and resolution.is_group_phrase
        if resolution.is_group_phrase:
            assert set(candidate_ids(resolution)) <= groups
    agency_key(written)


def test_it_imports_without_django():
    code = (
        "import sys, huunghi.text.agencies\n"
        "print(','.join(sorted(m for m in sys.modules if m == 'django' or m.startswith('django.'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_it_does_not_read_another_departments_abbreviation_as_foreign_affairs():
    # "SNV" is the Department of Home Affairs' abbreviation in many registers: it must not make
    # "Sở Ngoại vụ" ambiguous.
    resolver = AgencyResolver(
        [
            E(1, "Sở Ngoại vụ", "Sở Ngoại vụ", ("SNgV", "Sở NgV"), "department"),
            E(3, "Sở Nội vụ", "Sở Nội vụ", ("SNV",), "department"),
        ],
        ["Tây Ninh"],
    )
    assert (resolver.resolve("Sở Ngoại vụ").status, resolver.resolve("Sở Ngoại vụ").agency_id) == (EXACT, 1)
    assert (resolver.resolve("SNV").status, resolver.resolve("SNV").agency_id) == (EXACT, 3)
    assert (resolver.resolve("Sở Nội vụ").status, resolver.resolve("Sở Nội vụ").agency_id) == (EXACT, 3)
