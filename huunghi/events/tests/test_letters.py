"""Congratulatory letters drafted from calendar events (letters.py) and laid out in Word (letters_docx.py)."""

import ast
import io
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Mm

from huunghi.events import reference
from huunghi.events.engine import Partner, events_for_year
from huunghi.events.letters import LetterContent, draft_letter
from huunghi.events.letters_docx import letter_docx

TODAY = date(2026, 12, 1)
JEOLLABUK = {
    "partner_vi": "Tỉnh Jeollabuk-do",
    "partner_en": "Jeollabuk-do Province",
    "country": "KR",
    "type": "cooperation_mou",
}


def country(iso2, **changes):
    """A country row of the reference data, with the facts a test relies on pinned."""
    return {**reference.country_index()[iso2], **changes}


def indonesia(**changes):
    national = {**reference.country_index()["ID"]["national_day"], "since": 1945}
    return country("ID", **{"relations_established": "1955-12-30", "national_day": national, **changes})


def event(year, kind, row=None, partners=()):
    """The one event of ``kind`` the engine computes for ``row`` (or for the partners) in ``year``."""
    rows = [row] if row else []
    (found,) = [e for e in events_for_year(year, countries=rows, days={}, partners=partners) if e.kind == kind]
    return found.as_dict()


def draft(an_event, language="vi", **kwargs):
    arguments = {
        "language": language,
        "province_vi": "Đắk Lắk",
        "province_en": "Dak Lak",
        "country": None,
        "partner": None,
        "today": TODAY,
        **kwargs,
    }
    return draft_letter(an_event, **arguments)


def jeollabuk_event(year=2025):
    partner = Partner("Tỉnh Jeollabuk-do", "Jeollabuk-do Province", "KR", date(2015, 12, 22))
    return event(year, "partner_anniversary", partners=[partner])


def docx_text(data: bytes) -> str:
    """Every paragraph of the document, tables included, one per line, with no-break spaces as spaces."""
    document = docx.Document(io.BytesIO(data))
    lines = []
    for element in document.element.body.iter(qn("w:p")):
        lines.append(docx.text.paragraph.Paragraph(element, document).text)
    return "\n".join(lines).replace("\u00a0", " ")


# --- What the letters say ------------------------------------------------------------------------------


def test_it_writes_a_round_year_relations_anniversary_to_the_ambassador():
    row = indonesia()
    letter = draft(event(2025, "relations_anniversary", row), country=row)

    assert letter.occasion == (
        "Kỷ niệm 70 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – In-đô-nê-xi-a (30/12/1955 – 30/12/2025)"
    )
    assert letter.addressee == "Ngài Đại sứ Đặc mệnh toàn quyền Cộng hòa In-đô-nê-xi-a tại Việt Nam"
    assert letter.salutation == "Thưa Ngài Đại sứ,"
    first, second, *_ = letter.paragraphs()
    assert first.startswith(f"Nhân dịp {letter.occasion}, thay mặt lãnh đạo và nhân dân tỉnh Đắk Lắk, ")
    assert second.startswith("Chặng đường 70 năm qua là một mốc son quan trọng")
    assert "quan hệ Đối tác chiến lược toàn diện giữa Việt Nam và In-đô-nê-xi-a" in letter.body
    assert letter.closing == "Nhân dịp này, xin gửi tới Ngài lời chào trân trọng nhất./."
    assert letter.issuer == "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK"
    assert letter.place == "Đắk Lắk"
    assert letter.date == TODAY
    assert letter.signer_title == "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"


def test_it_does_not_call_a_five_year_anniversary_a_milestone():
    row = indonesia(relations_established="1950-12-30")
    letter = draft(event(2025, "relations_anniversary", row), country=row)

    assert letter.occasion.startswith("Kỷ niệm 75 năm Ngày thiết lập quan hệ ngoại giao")
    assert letter.paragraphs()[1].startswith("Trong 75 năm qua, quan hệ hữu nghị và hợp tác giữa hai nước")
    assert "mốc son" not in letter.body


def test_it_counts_the_years_of_a_national_day_and_names_the_head_of_state():
    row = indonesia(head_of_state_title_vi="Tổng thống", head_of_state_title_en="President")
    letter = draft(event(2025, "national_day", row), country=row)

    assert letter.occasion == "Kỷ niệm 80 năm Ngày Độc lập nước Cộng hòa In-đô-nê-xi-a (17/08/1945 – 17/08/2025)"
    assert "chuyển tới Ngài Tổng thống, Chính phủ và nhân dân In-đô-nê-xi-a lời chúc mừng" in letter.body
    assert "những thành tựu to lớn mà nhân dân In-đô-nê-xi-a đã đạt được" in letter.body


def test_it_writes_a_national_day_without_a_count_of_years():
    national = {**reference.country_index()["LA"]["national_day"], "since": None}
    # Without a head-of-state title the letter falls back to the leadership.
    row = country("LA", national_day=national, head_of_state_title_vi=None, head_of_state_title_en=None)
    an_event = event(2026, "national_day", row)
    assert an_event["years"] is None

    letter = draft(an_event, country=row)
    english = draft(an_event, "en", country=row)

    assert letter.occasion == "Quốc khánh nước Cộng hòa Dân chủ Nhân dân Lào (02/12/2026)"
    assert letter.paragraphs()[0].startswith("Nhân dịp Quốc khánh nước Cộng hòa Dân chủ Nhân dân Lào (02/12/2026), ")
    assert "chuyển tới Lãnh đạo, Chính phủ và nhân dân Lào" in letter.body
    assert english.occasion == "the National Day of Laos (2 December 2026)"
    for text in (letter.body, english.body):
        assert "None" not in text
        assert "Kỷ niệm" not in text
        assert "anniversary" not in text.split(".")[0]


def test_it_does_not_repeat_a_country_its_day_already_names():
    national = {**reference.country_index()["RU"]["national_day"], "since": 1990}
    row = country("RU", national_day=national)

    letter = draft(event(2025, "national_day", row), country=row)
    english = draft(event(2025, "national_day", row), "en", country=row)

    assert letter.occasion == "Kỷ niệm 35 năm Ngày nước Nga (12/06/1990 – 12/06/2025)"
    assert english.occasion == "the 35th anniversary of Russia Day (12 June 1990 – 12 June 2025)"


def test_it_congratulates_the_emperor_of_japan_on_his_birthday():
    row = country("JP", head_of_state_title_vi="Nhà vua", head_of_state_title_en="His Majesty the Emperor")
    row["national_day"] = {**row["national_day"], "kind": "monarch_birthday", "since": 1960}
    an_event = event(2026, "monarch_birthday", row)

    letter = draft(an_event, country=row)
    english = draft(an_event, "en", country=row)

    assert letter.occasion == "Kỷ niệm 66 năm Ngày sinh Nhà vua Nhật Bản (23/02/1960 – 23/02/2026)"
    assert letter.addressee == "Ngài Đại sứ Đặc mệnh toàn quyền Nhật Bản tại Việt Nam"
    assert "chuyển tới Nhà vua, Hoàng gia, Chính phủ và nhân dân Nhật Bản" in letter.body
    assert "Chúng tôi kính chúc Nhà vua dồi dào sức khỏe, trường thọ" in letter.body
    assert "Ngài Nhà vua" not in letter.body
    assert english.occasion == "the 66th Birthday of His Majesty the Emperor of Japan (23 February 2026)"
    assert "to His Majesty the Emperor, the Royal Family, the Government and the people of Japan." in english.body
    assert "We wish His Majesty the Emperor good health and longevity" in english.body


def test_it_writes_a_partner_anniversary_to_the_partners_leader():
    partner = {**JEOLLABUK, "leader_title_vi": "Tỉnh trưởng", "leader_title_en": "Governor"}
    an_event = jeollabuk_event()

    letter = draft(an_event, country=country("KR"), partner=partner)
    english = draft(an_event, "en", country=country("KR"), partner=partner)

    assert letter.addressee == "Ngài Tỉnh trưởng tỉnh Jeollabuk-do, Hàn Quốc"
    assert letter.salutation == "Thưa Ngài Tỉnh trưởng,"
    assert letter.occasion == (
        "Kỷ niệm 10 năm thiết lập quan hệ hợp tác giữa tỉnh Đắk Lắk và tỉnh Jeollabuk-do (22/12/2015 – 22/12/2025)"
    )
    assert "trân trọng gửi tới Ngài Tỉnh trưởng và qua Ngài gửi tới chính quyền và nhân dân tỉnh Jeollabuk-do" in (
        letter.body
    )
    assert letter.paragraphs()[1].startswith("Chặng đường 10 năm qua là một mốc son quan trọng")
    assert "Đại sứ" not in letter.body
    assert letter.closing == "Nhân dịp này, xin gửi tới Ngài lời chào trân trọng nhất./."
    assert english.addressee == "The Governor of Jeollabuk-do Province\nSouth Korea"
    assert english.salutation == "Your Excellency,"
    assert english.occasion == (
        "the 10th anniversary of the establishment of the cooperative relationship between Dak Lak Province and "
        "Jeollabuk-do Province (22 December 2015 – 22 December 2025)"
    )


def test_it_writes_to_the_partners_leadership_when_the_title_is_unknown():
    letter = draft(jeollabuk_event(), country=country("KR"), partner=JEOLLABUK)
    english = draft(jeollabuk_event(), "en", country=None, partner=JEOLLABUK)

    assert letter.addressee == "Lãnh đạo tỉnh Jeollabuk-do, Hàn Quốc"
    assert letter.salutation == "Thưa Quý vị,"
    assert letter.closing == "Nhân dịp này, xin gửi tới Quý vị lời chào trân trọng nhất./."
    assert "gửi tới Quý vị và qua Quý vị gửi tới" in letter.body
    assert english.addressee == "The Leadership of Jeollabuk-do Province"
    assert english.salutation == "Excellencies,"
    assert english.closing == "Please accept, Excellencies, the assurances of my highest consideration."


def test_it_calls_a_twinning_a_twinning():
    letter = draft(jeollabuk_event(2030), partner={**JEOLLABUK, "type": "twinning"})

    assert letter.occasion.startswith("Kỷ niệm 15 năm thiết lập quan hệ kết nghĩa giữa tỉnh Đắk Lắk")


def test_it_writes_an_english_diplomatic_letter():
    row = indonesia(head_of_state_title_vi="Tổng thống", head_of_state_title_en="President")
    letter = draft(event(2025, "national_day", row), "en", country=row, place="Buon Ma Thuot")

    assert letter.language == "en"
    assert letter.issuer == "PEOPLE'S COMMITTEE OF DAK LAK PROVINCE"
    assert letter.place == "Buon Ma Thuot"
    assert letter.addressee == (
        "His Excellency the Ambassador Extraordinary and Plenipotentiary of Indonesia to Viet Nam"
    )
    assert letter.salutation == "Your Excellency,"
    assert letter.paragraphs()[0] == (
        "On the occasion of the 80th anniversary of the Independence Day of Indonesia (17 August 1945 – 17 August "
        "2025), on behalf of the leaders and people of Dak Lak Province, the People's Committee of Dak Lak Province "
        "has the honour to extend to Your Excellency its warmest congratulations, and kindly requests Your "
        "Excellency to convey its best wishes to the President, the Government and the people of Indonesia."
    )
    assert "the Viet Nam – Indonesia Comprehensive Strategic Partnership" in letter.body
    assert letter.closing == "Please accept, Your Excellency, the assurances of my highest consideration."
    assert letter.signer_title == "Chairman of the People's Committee of Dak Lak Province"


def test_it_puts_the_article_before_the_united_states():
    national = {**reference.country_index()["US"]["national_day"], "since": None}
    row = country("US", national_day=national)

    letter = draft(event(2026, "national_day", row), "en", country=row)

    assert letter.occasion == "the Independence Day of the United States (4 July 2026)"
    assert letter.addressee.endswith("Plenipotentiary of the United States to Viet Nam")


@pytest.mark.parametrize("kind", ["international_day", "vietnamese_holiday"])
def test_it_refuses_a_letter_for_an_international_day_or_a_holiday(kind):
    an_event = {
        "date": "2026-03-08",
        "kind": kind,
        "country": None,
        "years": 116,
        "round": None,
        "title_vi": "Ngày Quốc tế Phụ nữ (08/03)",
        "title_en": "International Women's Day (2026-03-08)",
    }

    with pytest.raises(ValueError, match="Không soạn thư chúc mừng cho ngày quốc tế hay ngày lễ của Việt Nam"):
        draft(an_event)


def test_it_refuses_a_letter_without_its_country_or_partner_or_language():
    row = indonesia()
    with pytest.raises(ValueError, match="Thiếu thông tin quốc gia"):
        draft(event(2025, "national_day", row), country=None)
    with pytest.raises(ValueError, match="Thiếu thông tin địa phương đối tác"):
        draft(jeollabuk_event(), country=country("KR"), partner=None)
    with pytest.raises(ValueError, match="Ngôn ngữ của thư"):
        draft(event(2025, "national_day", row), "fr", country=row)


def test_it_writes_everything_in_nfc():
    nfd = unicodedata.normalize("NFD", "Đắk Lắk")
    row = indonesia(name_vi_formal=unicodedata.normalize("NFD", "Cộng hòa In-đô-nê-xi-a"))
    letter = draft(event(2025, "national_day", row), country=row, province_vi=nfd, signer_name="Nguyễn Văn A")

    for value in (letter.issuer, letter.place, letter.addressee, letter.body, letter.occasion, letter.signer_name):
        assert unicodedata.is_normalized("NFC", value)
    assert letter.place == "Đắk Lắk"
    assert "Cộng hòa In-đô-nê-xi-a" in letter.addressee


def test_it_accepts_a_province_named_with_its_unit_and_a_signer_of_its_own():
    row = indonesia()
    letter = draft(
        event(2025, "national_day", row),
        country=row,
        province_vi="tỉnh Đắk Lắk",
        signer_title="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
    )

    assert letter.issuer == "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK"
    assert "nhân dân tỉnh Đắk Lắk, Ủy ban nhân dân tỉnh Đắk Lắk trân trọng" in letter.body
    assert letter.signer_title == "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"


def test_it_imports_without_django():
    code = (
        "import sys, huunghi.events.letters\n"
        "print(','.join(sorted(m for m in sys.modules if m == 'django' or m.startswith('django.'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
    source = Path(__file__).resolve().parents[1] / "letters.py"
    modules = [
        alias.name if isinstance(node, ast.Import) else node.module or ""
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8")))
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in getattr(node, "names", [])
    ]
    assert not [name for name in modules if name.split(".")[0] == "django"]


# --- The Word file ---------------------------------------------------------------------------------------


def vietnamese_letter(**kwargs):
    row = indonesia(head_of_state_title_vi="Tổng thống", head_of_state_title_en="President")
    return draft(event(2025, "national_day", row), country=row, **kwargs)


def test_it_lays_out_the_vietnamese_letter_as_an_official_letter():
    letter = vietnamese_letter(signer_name="Nguyễn Văn A")
    data = letter_docx(letter)
    document = docx.Document(io.BytesIO(data))
    text = docx_text(data)

    header = document.tables[0]
    assert [p.text for p in header.cell(0, 0).paragraphs if p.text] == ["ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK"]
    assert header.cell(1, 0).paragraphs[0].text == "Số:      /UBND-NgV"
    assert [p.text for p in header.cell(0, 1).paragraphs if p.text] == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    ]
    date_line = header.cell(1, 1).paragraphs[0]
    assert date_line.text == "Đắk Lắk, ngày 01 tháng 12 năm 2026"
    assert all(run.italic for run in date_line.runs)
    body = [p.text for p in document.paragraphs]
    assert "THƯ CHÚC MỪNG" in body
    assert "Kính gửi: Ngài Đại sứ Đặc mệnh toàn quyền Cộng hòa In-đô-nê-xi-a tại Việt Nam" in body
    assert "Kỷ niệm 80 năm Ngày Độc lập nước Cộng hòa In-đô-nê-xi-a (17/08/1945 – 17/08/2025)" in text
    assert body[-2] == "Nhân dịp này, xin gửi tới Ngài lời chào trân trọng nhất./."
    signature = [p for p in document.tables[1].cell(0, 1).paragraphs if p.text]
    assert [(p.text, p.runs[0].bold) for p in signature] == [
        ("TM. ỦY BAN NHÂN DÂN", True),
        ("CHỦ TỊCH", True),
        ("Nguyễn Văn A", True),
    ]
    assert "- Lưu: VT, NgV." in text
    assert document.core_properties.title == f"Thư chúc mừng – {letter.occasion}"
    assert document.core_properties.language == "vi-VN"


def test_it_sets_an_a4_portrait_page_in_times_new_roman():
    data = letter_docx(vietnamese_letter())
    document = docx.Document(io.BytesIO(data))

    section = document.sections[0]
    assert section.orientation == WD_ORIENT.PORTRAIT
    # Word stores lengths in twips: A4 is 11906 × 16838 twips, a fraction of a millimetre from 210 × 297 mm.
    assert abs(section.page_width - Mm(210)) < Mm(0.1)
    assert abs(section.page_height - Mm(297)) < Mm(0.1)
    assert abs(section.left_margin - Mm(30)) < Mm(0.1)
    fonts = {font.get(qn("w:ascii")) for font in document.element.body.iter(qn("w:rFonts"))}
    assert fonts == {"Times New Roman"}
    justified = [p for p in document.paragraphs if p.text.startswith("Nhân dịp Kỷ niệm")]
    assert justified[0].paragraph_format.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.JUSTIFY
    assert justified[0].paragraph_format.first_line_indent > 0
    sizes = {run.font.size.pt for p in document.paragraphs for run in p.runs if p.text}
    assert sizes == {14.0}


def test_it_keeps_transliterated_names_whole_and_reads_them_back():
    data = letter_docx(vietnamese_letter())

    assert "w:noBreakHyphen" in docx.Document(io.BytesIO(data)).element.xml
    assert "nhân dân In-đô-nê-xi-a lời chúc mừng" in docx_text(data)


def test_it_lays_out_the_english_letter():
    row = indonesia(head_of_state_title_vi="Tổng thống", head_of_state_title_en="President")
    letter = draft(
        event(2025, "national_day", row), "en", country=row, place="Buon Ma Thuot", signer_name="Nguyen Van A"
    )
    data = letter_docx(letter)
    document = docx.Document(io.BytesIO(data))
    text = docx_text(data)

    paragraphs = [p for p in document.paragraphs if p.text]
    assert [p.text for p in paragraphs[:3]] == [
        "PEOPLE'S COMMITTEE OF DAK LAK PROVINCE",
        "SOCIALIST REPUBLIC OF VIET NAM",
        "Buon Ma Thuot, 1 December 2026",
    ]
    assert paragraphs[0].alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER
    assert paragraphs[2].alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.RIGHT
    assert paragraphs[3].text == letter.addressee
    assert paragraphs[3].alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.LEFT
    assert paragraphs[4].text == "Your Excellency,"
    assert "the 80th anniversary of the Independence Day of Indonesia (17 August 1945 – 17 August 2025)" in text
    assert paragraphs[-1].text == "Please accept, Your Excellency, the assurances of my highest consideration."
    signature = [p.text for p in document.tables[0].cell(0, 1).paragraphs if p.text]
    assert signature == ["Nguyen Van A", "Chairman of the People's Committee of Dak Lak Province"]
    assert "THƯ CHÚC MỪNG" not in text
    assert "Kính gửi" not in text
    assert document.core_properties.title == f"Letter of congratulations – {letter.occasion}"
    assert document.core_properties.language == "en-GB"


def test_it_leaves_room_for_a_signer_not_yet_named():
    for letter in (vietnamese_letter(signer_name=""), draft(jeollabuk_event(), "en", partner=JEOLLABUK)):
        document = docx.Document(io.BytesIO(letter_docx(letter)))
        signature = [p.text for p in document.tables[-1].cell(0, 1).paragraphs]
        assert [line for line in signature if line] == [
            line.upper() if letter.language == "vi" else line for line in letter.signer_title.splitlines()
        ]
        assert signature.count("") >= 4


def test_it_writes_the_word_file_in_nfc():
    letter = LetterContent(
        language="vi",
        issuer=unicodedata.normalize("NFD", "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK"),
        place=unicodedata.normalize("NFD", "Đắk Lắk"),
        date=TODAY,
        addressee=unicodedata.normalize("NFD", "Ngài Đại sứ Đặc mệnh toàn quyền Nhật Bản tại Việt Nam"),
        salutation="Thưa Ngài Đại sứ,",
        body=unicodedata.normalize("NFD", "Nhân dịp Quốc khánh ...\n\nKính chúc Ngài sức khỏe."),
        closing="Nhân dịp này, xin gửi tới Ngài lời chào trân trọng nhất./.",
        signer_title="TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
    )
    text = docx_text(letter_docx(letter))

    assert unicodedata.is_normalized("NFC", text)
    assert "Kính gửi: Ngài Đại sứ Đặc mệnh toàn quyền Nhật Bản tại Việt Nam" in text
    assert "Đắk Lắk, ngày 01 tháng 12 năm 2026" in text
