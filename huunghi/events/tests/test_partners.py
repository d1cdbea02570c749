import json
from datetime import date

import pytest

from huunghi.events import partners
from huunghi.events.partners import Agreement, load_agreements, province_code

SEED = {
    ("dak-lak", "KR", "Tỉnh Jeollabuk-do"),
    ("dak-lak", "KH", "Tỉnh Mondulkiri"),
    ("quang-ngai", "LA", "Tỉnh Champasak"),
    ("quang-ngai", "LA", "Tỉnh Attapeu"),
}


def agreement(**fields) -> dict:
    row = {
        "partner_vi": "Tỉnh Jeollabuk-do",
        "partner_en": "Jeollabuk-do Province",
        "country": "KR",
        "type": "cooperation_mou",
        "signed": "2016-12-22",
        "expires": None,
        "source": "https://example.org/agreement",
    }
    return row | fields


def write(tmp_path, *rows):
    path = tmp_path / "partners.json"
    path.write_text(json.dumps({"provinces": {"dak-lak": list(rows)}}, ensure_ascii=False), encoding="utf-8")
    return path


def test_it_holds_the_seed_partners_with_a_source_each():
    rows = load_agreements(partners.DATA_DIR / "partners.json", today=date.today())
    assert {(a.province, a.country, a.partner_vi) for a in rows} >= SEED
    assert all(a.source.startswith("http") for a in rows)


def test_every_unconfirmed_date_is_explained():
    data = json.loads((partners.DATA_DIR / "partners.json").read_text(encoding="utf-8"))
    for rows in data["provinces"].values():
        for row in rows:
            if row["signed"] is None:
                assert row["note"]


def test_it_reads_an_agreement(tmp_path):
    path = write(tmp_path, agreement(expires="2021-12-21"))
    assert load_agreements(path, today=date(2025, 1, 1)) == (
        Agreement(
            province="dak-lak",
            partner_vi="Tỉnh Jeollabuk-do",
            partner_en="Jeollabuk-do Province",
            country="KR",
            type="cooperation_mou",
            signed=date(2016, 12, 22),
            expires=date(2021, 12, 21),
            source="https://example.org/agreement",
        ),
    )


def test_it_refuses_an_agreement_signed_in_the_future(tmp_path):
    path = write(tmp_path, agreement(signed="2030-01-02"))
    with pytest.raises(ValueError, match="^dak-lak: Tỉnh Jeollabuk-do: ngày ký 02/01/2030 ở tương lai.$"):
        load_agreements(path, today=date(2025, 1, 1))


def test_it_refuses_an_agreement_expiring_before_it_was_signed(tmp_path):
    path = write(tmp_path, agreement(expires="2016-01-01"))
    with pytest.raises(ValueError, match="ngày hết hạn 01/01/2016 trước ngày ký 22/12/2016"):
        load_agreements(path, today=date(2025, 1, 1))


def test_it_refuses_an_unknown_type_and_a_missing_source(tmp_path):
    with pytest.raises(ValueError, match="loại thỏa thuận “sister” không hợp lệ"):
        load_agreements(write(tmp_path, agreement(type="sister")), today=date(2025, 1, 1))
    with pytest.raises(ValueError, match="thiếu nguồn"):
        load_agreements(write(tmp_path, agreement(source="")), today=date(2025, 1, 1))


def test_it_reads_the_leaders_title_and_the_note(tmp_path):
    row = agreement(leader_title_vi="Tỉnh trưởng", leader_title_en="Governor", note="Ký tại Buôn Ma Thuột")
    [read] = load_agreements(write(tmp_path, row), today=date(2025, 1, 1))
    assert (read.leader_title_vi, read.leader_title_en, read.note) == (
        "Tỉnh trưởng",
        "Governor",
        "Ký tại Buôn Ma Thuột",
    )


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Đắk Lắk", "dak-lak"),
        ("dak lak", "dak-lak"),
        ("DAK-LAK", "dak-lak"),
        ("Daklak", "dak-lak"),
        ("Phú Yên", "dak-lak"),
        ("Kon Tum", "quang-ngai"),
        ("tỉnh Quảng Ngãi", "quang-ngai"),
    ],
)
def test_it_finds_a_province_by_name_code_or_former_name(name, code):
    assert province_code(name) == code


def test_it_refuses_an_unknown_province():
    with pytest.raises(ValueError, match="^Không tìm thấy tỉnh, thành phố “Atlantis”.$"):
        province_code("Atlantis")
