"""The plan's Word document (Decree 30/2020 layout), read back with python-docx, and the export command."""

import datetime
import io

import pytest
from django.core.management import CommandError, call_command
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from huunghi.organisations.models import AgencyKind, Province, ProvinceKind
from huunghi.organisations.services import agency_create
from huunghi.plans.docx_export import APPENDIX_HEADINGS, plan_docx, plan_docx_write
from huunghi.plans.services import plan_create, plan_update, section_create, task_create

M = 1_000_000


@pytest.fixture
def agencies(db):
    province = Province.objects.create(code="dak-lak-test", name="Đắk Lắk")
    create = agency_create
    return {
        "province": province,
        "ubnd": create(province=province, name="Ủy ban nhân dân tỉnh Đắk Lắk", kind=AgencyKind.PEOPLES_COMMITTEE),
        "sngv": create(province=province, name="Sở Ngoại vụ", kind=AgencyKind.DEPARTMENT),
        "vhttdl": create(
            province=province,
            name="Sở Văn hóa, Thể thao và Du lịch",
            short_name="Sở VHTTDL",
            kind=AgencyKind.DEPARTMENT,
        ),
        "khdt": create(province=province, name="Sở Kế hoạch và Đầu tư", kind=AgencyKind.DEPARTMENT),
        "cac_so": create(
            province=province,
            name="Các sở, ban, ngành",
            kind=AgencyKind.GROUP,
            group_of=AgencyKind.DEPARTMENT,
        ),
        "huyen": create(
            province=province,
            name="UBND các huyện, thị xã, thành phố",
            kind=AgencyKind.GROUP,
            group_of=AgencyKind.DISTRICT,
        ),
    }


@pytest.fixture
def plan(agencies):
    """Đắk Lắk's 2020 plan (1270/KH-UBND): two numbered groups of lettered tasks and two numbered tasks."""
    a = agencies
    plan = plan_create(
        province=a["province"],
        title="Ngoại giao văn hóa năm 2020 của tỉnh Đắk Lắk",
        start_year=2020,
        number="1270/KH-UBND",
        issued_on=datetime.date(2020, 2, 19),
        signer_name="Võ Văn Cảnh",
        signer_title="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
        preamble="Để tiếp tục triển khai có hiệu quả Chiến lược Ngoại giao văn hóa đến năm 2020, UBND tỉnh ban hành "
        "Kế hoạch với các nội dung như sau:",
        purposes="Gắn kết Ngoại giao văn hoá với quá trình phát triển và hội nhập quốc tế.\n"
        "Phát huy vai trò, trách nhiệm của các sở, ban, ngành.",
        requirements="Bám sát chủ trương, đường lối đối ngoại của Đảng.",
        budget_clause="Kinh phí thực hiện từ nguồn ngân sách Nhà nước theo phân cấp ngân sách hiện hành.",
        implementation_clause="1. Sở Ngoại vụ tổng hợp, báo cáo UBND tỉnh.\n2. Sở Tài chính tham mưu bố trí kinh phí./.",
        recipients="- Bộ Ngoại giao (để b/c);\n- TT Tỉnh ủy; TT HĐND tỉnh (để b/c);\nLưu: VT, NC.",
    )
    g1 = section_create(plan=plan, code="II.1", title="Tăng cường công tác tuyên truyền và quảng bá")
    g2 = section_create(plan=plan, code="II.2", title="Tổ chức các hoạt động giao lưu văn hóa")
    both = {"lead": [a["sngv"]], "cooperating": [a["cac_so"], a["huyen"]]}
    task_create(
        plan=plan,
        code="II.1.a",
        section=g1,
        content="Giới thiệu các chủ trương, đường lối, chính sách của Đảng, Nhà nước về Ngoại giao Văn hóa.",
        timing="Cả năm",
        budget_estimate=20 * M,
        budget_source="state",
        **both,
    )
    task_create(
        plan=plan,
        code="II.1.b",
        section=g1,
        content="Tuyên truyền quảng bá ASEAN năm 2020 trên địa bàn tỉnh Đắk Lắk.",
        timing="Quý II",
        budget_estimate=12_500_000,
        budget_source="state",
        **both,
    )
    task_create(
        plan=plan,
        code="II.2.đ",
        section=g2,
        content="Giao lưu văn hóa với tỉnh Mondulkiri, Campuchia.",
        lead=[a["vhttdl"]],
        cooperating=[a["sngv"]],
        as_written={a["vhttdl"].pk: "Sở VHTTDL"},
        starts_on=datetime.date(2020, 6, 1),
        ends_on=datetime.date(2020, 9, 30),
        budget_estimate=300 * M,
        budget_source="non_state",
    )
    task_create(
        plan=plan,
        code="II.3",
        content="Hưởng ứng các hoạt động nhân kỷ niệm 65 năm thiết lập quan hệ ngoại giao Việt Nam - Indonesia.",
        lead=[a["sngv"]],
        timing="Tháng 12",
    )
    task_create(
        plan=plan,
        code="II.4",
        title="Gắn kết ngoại giao văn hóa với ngoại giao kinh tế.",
        content="Lồng ghép thông tin quảng bá về tiềm năng, cơ hội đầu tư của tỉnh.",
        lead=[a["khdt"]],
        cooperating=[a["cac_so"]],
    )
    return plan


def export(plan, tmp_path):
    """Write the plan's document to a real file and open it again."""
    path = plan_docx_write(plan, tmp_path / "plan.docx")
    return Document(str(path))


def texts(container) -> list[str]:
    return [p.text for p in container.paragraphs]


def body_texts(doc) -> list[str]:
    return [p.text for p in doc.paragraphs if p.text]


def paragraph(doc, text):
    return next(p for p in doc.paragraphs if p.text == text)


@pytest.mark.django_db
def test_it_lays_out_a4_portrait_then_an_a4_landscape_appendix(plan, tmp_path):
    doc = export(plan, tmp_path)

    portrait, landscape = doc.sections
    assert portrait.orientation == WD_ORIENT.PORTRAIT
    assert (round(portrait.page_width.mm), round(portrait.page_height.mm)) == (210, 297)
    assert landscape.orientation == WD_ORIENT.LANDSCAPE
    assert (round(landscape.page_width.mm), round(landscape.page_height.mm)) == (297, 210)
    for section in doc.sections:
        margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
        assert [round(m.mm, 1) for m in margins] == [20.0, 20.0, 30.0, 15.0]


@pytest.mark.django_db
def test_it_writes_the_header_in_two_columns(plan, tmp_path):
    header = export(plan, tmp_path).tables[0]

    issuer, nation = header.cell(0, 0), header.cell(0, 1)
    assert [t for t in texts(issuer) if t] == ["ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK"]
    assert all(run.bold for p in issuer.paragraphs for run in p.runs)
    assert [t for t in texts(nation) if t] == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    ]
    assert texts(header.cell(1, 0)) == ["Số: 1270/KH-UBND"]
    assert texts(header.cell(1, 1)) == ["Đắk Lắk, ngày 19 tháng 02 năm 2020"]
    assert header.cell(1, 1).paragraphs[0].runs[0].italic is True
    # A short rule under the issuer and under the motto: paragraphs with a bottom border.
    for cell in (issuer, nation):
        assert cell.paragraphs[-1]._p.find(qn("w:pPr")).find(qn("w:pBdr")) is not None


@pytest.mark.django_db
def test_it_leaves_blanks_for_the_number_and_date_of_a_plan_not_yet_issued(plan, tmp_path):
    plan_update(plan=plan, number="", issued_on=None)
    plan.refresh_from_db()

    doc = export(plan, tmp_path)

    header = doc.tables[0]
    assert texts(header.cell(1, 0)) == ["Số:          /KH-UBND"]
    assert texts(header.cell(1, 1)) == ["Đắk Lắk, ngày      tháng      năm 2020"]
    assert "(Kèm theo Kế hoạch số         /KH-UBND ngày      tháng      năm 2020 của UBND tỉnh Đắk Lắk)" in (
        body_texts(doc)
    )


@pytest.mark.django_db
def test_it_names_a_city_as_the_issuer(agencies, tmp_path):
    hue = Province.objects.create(code="hue-test", name="Huế", kind=ProvinceKind.CITY)
    agency_create(province=hue, name="Ủy ban nhân dân thành phố Huế", kind=AgencyKind.PEOPLES_COMMITTEE)
    plan = plan_create(province=hue, title="Ngoại giao văn hóa năm 2026", start_year=2026)

    header = export(plan, tmp_path).tables[0]

    assert [t for t in texts(header.cell(0, 0)) if t] == ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HUẾ"]
    assert texts(header.cell(1, 1)) == ["Huế, ngày      tháng      năm 2026"]


@pytest.mark.django_db
def test_it_puts_a_department_under_the_province_as_its_parent_body(agencies, tmp_path):
    sngv = agency_create(
        province=agencies["province"],
        name="Sở Ngoại vụ tỉnh",
        abbreviations=["SNgV"],
        kind=AgencyKind.DEPARTMENT,
    )
    plan = plan_create(province=agencies["province"], title="Ngoại giao văn hóa năm 2024", start_year=2024, issuer=sngv)
    task_create(plan=plan, code="1", content="Tập huấn ngoại giao văn hóa", lead=[sngv])

    doc = export(plan, tmp_path)

    issuer = doc.tables[0].cell(0, 0)
    assert [(p.text, p.runs[0].bold) for p in issuer.paragraphs if p.text] == [
        ("UBND TỈNH ĐẮK LẮK", False),
        ("SỞ NGOẠI VỤ TỈNH", True),
    ]
    assert texts(doc.tables[0].cell(1, 0)) == ["Số:          /KH-SNgV"]
    assert [t for t in texts(doc.tables[1].cell(0, 1)) if t] == ["GIÁM ĐỐC"]
    assert "(Kèm theo Kế hoạch số         /KH-SNgV ngày      tháng      năm 2024 của Sở Ngoại vụ tỉnh)" in (
        body_texts(doc)
    )


@pytest.mark.django_db
def test_it_does_not_repeat_the_word_ke_hoach_in_the_subject(agencies, tmp_path):
    plan = plan_create(
        province=agencies["province"],
        title="Kế hoạch thực hiện Chiến lược Ngoại giao văn hóa đến năm 2030",
        start_year=2022,
        end_year=2030,
        kind="multi_year",
    )
    task_create(plan=plan, code="1", content="Tuyên truyền", lead=[agencies["sngv"]])

    lines = body_texts(export(plan, tmp_path))

    assert lines[:2] == ["KẾ HOẠCH", "Thực hiện Chiến lược Ngoại giao văn hóa đến năm 2030"]
    assert "NHIỆM VỤ NGOẠI GIAO VĂN HÓA GIAI ĐOẠN 2022 - 2030" in lines


@pytest.mark.django_db
def test_it_writes_the_title_and_the_four_parts(plan, tmp_path):
    doc = export(plan, tmp_path)

    lines = body_texts(doc)
    assert lines[:3] == [
        "KẾ HOẠCH",
        "Ngoại giao văn hóa năm 2020 của tỉnh Đắk Lắk",
        "Để tiếp tục triển khai có hiệu quả Chiến lược Ngoại giao văn hóa đến năm 2020, UBND tỉnh ban hành "
        "Kế hoạch với các nội dung như sau:",
    ]
    for title in lines[:2]:
        assert paragraph(doc, title).alignment == WD_ALIGN_PARAGRAPH.CENTER
        assert paragraph(doc, title).runs[0].bold is True
    headings = [t for t in lines if t[:3] in ("I. ", "II.", "III", "IV.")]
    assert headings == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "II. NỘI DUNG THỰC HIỆN",
        "III. KINH PHÍ THỰC HIỆN",
        "IV. TỔ CHỨC THỰC HIỆN",
    ]
    part_one = lines[lines.index("I. MỤC ĐÍCH, YÊU CẦU") + 1 : lines.index("II. NỘI DUNG THỰC HIỆN")]
    assert part_one == [
        "1. Mục đích",
        "Gắn kết Ngoại giao văn hoá với quá trình phát triển và hội nhập quốc tế.",
        "Phát huy vai trò, trách nhiệm của các sở, ban, ngành.",
        "2. Yêu cầu",
        "Bám sát chủ trương, đường lối đối ngoại của Đảng.",
    ]
    assert lines[lines.index("IV. TỔ CHỨC THỰC HIỆN") + 1 :][:2] == [
        "1. Sở Ngoại vụ tổng hợp, báo cáo UBND tỉnh.",
        "2. Sở Tài chính tham mưu bố trí kinh phí./.",
    ]


@pytest.mark.django_db
def test_it_writes_the_tasks_under_their_numbered_groups(plan, tmp_path):
    doc = export(plan, tmp_path)

    lines = body_texts(doc)
    part_two = lines[lines.index("II. NỘI DUNG THỰC HIỆN") + 1 : lines.index("III. KINH PHÍ THỰC HIỆN")]
    assert part_two == [
        "1. Tăng cường công tác tuyên truyền và quảng bá",
        "a) Giới thiệu các chủ trương, đường lối, chính sách của Đảng, Nhà nước về Ngoại giao Văn hóa.",
        "b) Tuyên truyền quảng bá ASEAN năm 2020 trên địa bàn tỉnh Đắk Lắk.",
        "Từ mục a đến mục b:",
        "- Cơ quan chủ trì: Sở Ngoại vụ.",
        "- Cơ quan phối hợp: Các sở, ban, ngành; UBND các huyện, thị xã, thành phố.",
        "2. Tổ chức các hoạt động giao lưu văn hóa",
        "đ) Giao lưu văn hóa với tỉnh Mondulkiri, Campuchia.",
        "- Cơ quan chủ trì: Sở VHTTDL.",
        "- Cơ quan phối hợp: Sở Ngoại vụ.",
        "3. Hưởng ứng các hoạt động nhân kỷ niệm 65 năm thiết lập quan hệ ngoại giao Việt Nam - Indonesia.",
        "- Cơ quan chủ trì: Sở Ngoại vụ.",
        "4. Gắn kết ngoại giao văn hóa với ngoại giao kinh tế.",
        "Lồng ghép thông tin quảng bá về tiềm năng, cơ hội đầu tư của tỉnh.",
        "- Cơ quan chủ trì: Sở Kế hoạch và Đầu tư.",
        "- Cơ quan phối hợp: Các sở, ban, ngành.",
        "(Chi tiết tại Phụ lục kèm theo)",
    ]
    for heading in ("II. NỘI DUNG THỰC HIỆN", "1. Tăng cường công tác tuyên truyền và quảng bá"):
        assert paragraph(doc, heading).runs[0].bold is True
    body = paragraph(doc, "đ) Giao lưu văn hóa với tỉnh Mondulkiri, Campuchia.")
    assert body.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert round(body.paragraph_format.first_line_indent.cm, 2) == 1.27
    assert body.runs[0].font.size.pt == 14


@pytest.mark.django_db
def test_it_reads_a_part_section_as_the_introduction_of_part_two(agencies, tmp_path):
    plan = plan_create(province=agencies["province"], title="Ngoại giao văn hóa năm 2024", start_year=2024)
    part = section_create(plan=plan, code="II", title="NỘI DUNG THỰC HIỆN", body="Các nhiệm vụ cụ thể như sau:")
    group = section_create(plan=plan, code="II.1", title="Công tác thông tin đối ngoại", parent=part)
    task_create(plan=plan, code="II.1.a", section=group, content="Quảng bá bằng tiếng Khmer", lead=[agencies["sngv"]])
    task_create(plan=plan, code="II.2", section=part, content="Chúc mừng Quốc khánh Hàn Quốc", lead=[agencies["sngv"]])

    lines = body_texts(export(plan, tmp_path))

    assert lines[lines.index("I. NỘI DUNG THỰC HIỆN") + 1 :][:6] == [
        "Các nhiệm vụ cụ thể như sau:",
        "1. Công tác thông tin đối ngoại",
        "a) Quảng bá bằng tiếng Khmer",
        "- Cơ quan chủ trì: Sở Ngoại vụ.",
        "2. Chúc mừng Quốc khánh Hàn Quốc",
        "- Cơ quan chủ trì: Sở Ngoại vụ.",
    ]


@pytest.mark.django_db
def test_it_lists_every_task_in_the_appendix_table(plan, tmp_path):
    doc = export(plan, tmp_path)

    assert "PHỤ LỤC" in body_texts(doc)
    assert "NHIỆM VỤ NGOẠI GIAO VĂN HÓA NĂM 2020" in body_texts(doc)
    assert "(Kèm theo Kế hoạch số 1270/KH-UBND ngày 19 tháng 02 năm 2020 của UBND tỉnh Đắk Lắk)" in body_texts(doc)
    table = doc.tables[2]
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == list(APPENDIX_HEADINGS)
    assert rows[1] == ["1"] + ["Tăng cường công tác tuyên truyền và quảng bá"] * 6
    assert rows[2] == [
        "II.1.a",
        "Giới thiệu các chủ trương, đường lối, chính sách của Đảng, Nhà nước về Ngoại giao Văn hóa.",
        "Sở Ngoại vụ",
        "Các sở, ban, ngành;\nUBND các huyện, thị xã, thành phố",
        "Cả năm",
        "20",
        "Ngân sách nhà nước",
    ]
    assert rows[3][0] == "II.1.b" and rows[3][5] == "12,5"
    assert rows[4][0] == "2"
    assert rows[5] == [
        "II.2.đ",
        "Giao lưu văn hóa với tỉnh Mondulkiri, Campuchia.",
        "Sở VHTTDL",
        "Sở Ngoại vụ",
        "Từ 01/06/2020 đến 30/09/2020",
        "300",
        "Xã hội hóa",
    ]
    assert rows[6][:3] == [
        "II.3",
        "Hưởng ứng các hoạt động nhân kỷ niệm 65 năm thiết lập quan hệ ngoại giao Việt Nam - Indonesia.",
        "Sở Ngoại vụ",
    ]
    assert rows[7][:2] == [
        "II.4",
        "Gắn kết ngoại giao văn hóa với ngoại giao kinh tế.\nLồng ghép thông tin quảng bá về tiềm năng, cơ hội đầu tư của tỉnh.",
    ]
    assert rows[8] == ["Tổng cộng"] * 5 + ["332,5", ""]
    assert len(rows) == 9
    assert all(run.font.size.pt == 12 for row in table.rows for c in row.cells for p in c.paragraphs for run in p.runs)


@pytest.mark.django_db
def test_it_repeats_the_appendix_header_row_on_every_page(plan, tmp_path):
    table = export(plan, tmp_path).tables[2]

    header_flags = [row._tr.trPr is not None and row._tr.trPr.find(qn("w:tblHeader")) is not None for row in table.rows]
    assert header_flags == [True] + [False] * (len(table.rows) - 1)
    assert table._tbl.tblPr.find(qn("w:tblBorders")).find(qn("w:insideH")).get(qn("w:val")) == "single"
    widths = [round(column.width.cm, 1) for column in table.columns]
    assert max(widths) == widths[1]
    assert round(sum(widths), 1) == 25.2


@pytest.mark.django_db
def test_it_writes_recipients_and_the_signature(plan, tmp_path):
    bottom = export(plan, tmp_path).tables[1]

    recipients = bottom.cell(0, 0)
    assert texts(recipients) == [
        "Nơi nhận:",
        "- Bộ Ngoại giao (để b/c);",
        "- TT Tỉnh ủy; TT HĐND tỉnh (để b/c);",
        "- Lưu: VT, NC.",
    ]
    label = recipients.paragraphs[0].runs[0]
    assert (label.bold, label.italic, label.font.size.pt) == (True, True, 12)
    assert recipients.paragraphs[1].runs[0].font.size.pt == 11
    signature = bottom.cell(0, 1)
    assert [t for t in texts(signature) if t] == [
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Võ Văn Cảnh",
    ]
    assert texts(signature)[3:7] == [""] * 4
    name = signature.paragraphs[-1].runs[0]
    assert (name.bold, name.font.size.pt) == (True, 14)


@pytest.mark.django_db
def test_it_signs_for_the_chairman_when_no_title_is_stored(plan, tmp_path):
    plan_update(plan=plan, signer_title="")
    plan.refresh_from_db()

    signature = export(plan, tmp_path).tables[1].cell(0, 1)

    assert [t for t in texts(signature) if t] == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Võ Văn Cảnh"]


@pytest.mark.django_db
def test_it_numbers_pages_at_the_top_from_the_second(plan, tmp_path):
    doc = export(plan, tmp_path)

    first = doc.sections[0]
    assert first.different_first_page_header_footer is True
    assert texts(first.first_page_header) == [""]
    instructions = [el.text for el in first.header._element.iter(qn("w:instrText"))]
    assert instructions == [" PAGE "]
    assert first.header.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert doc.sections[1].different_first_page_header_footer is False
    assert doc.sections[1].header.is_linked_to_previous is True


@pytest.mark.django_db
def test_it_sets_times_new_roman_for_every_script(plan, tmp_path):
    doc = export(plan, tmp_path)

    parts = [doc.element, doc.styles.element, doc.sections[0].header._element]
    fonts = [el for part in parts for el in part.iter(qn("w:rFonts"))]
    assert fonts
    for element in fonts:
        assert {k: element.get(qn(f"w:{k}")) for k in ("ascii", "hAnsi", "eastAsia", "cs")} == dict.fromkeys(
            ("ascii", "hAnsi", "eastAsia", "cs"), "Times New Roman"
        )
        assert not [a for a in element.attrib if a.endswith("Theme") or a.endswith("theme")]
    colours = {el.get(qn("w:val")) for part in parts for el in part.iter(qn("w:color"))}
    assert colours <= {"000000", "auto"}
    assert doc.styles["Normal"].font.name == "Times New Roman"


@pytest.mark.django_db
def test_it_keeps_vietnamese_text_as_the_plan_writes_it(agencies, tmp_path):
    decomposed = "Quảng bá văn hoá".replace("ả", "a\u0309")  # the same words, stored decomposed by a paste
    plan = plan_create(province=agencies["province"], title="Ngoại giao văn hoá với Uỷ ban hoà bình", start_year=2024)
    task_create(plan=plan, code="1", content=decomposed, lead=[agencies["sngv"]])

    doc = export(plan, tmp_path)

    lines = body_texts(doc)
    assert "Ngoại giao văn hoá với Uỷ ban hoà bình" in lines  # old tone placement kept, not "Ủy", "hòa"
    assert "1. Quảng bá văn hoá" in lines  # written as NFC
    assert doc.tables[2].cell(1, 1).text == "Quảng bá văn hoá"


@pytest.mark.django_db
def test_it_leaves_out_the_appendix_of_a_plan_without_tasks(agencies, tmp_path):
    plan = plan_create(province=agencies["province"], title="Ngoại giao văn hóa năm 2025", start_year=2025)

    doc = export(plan, tmp_path)

    assert len(doc.sections) == 1
    assert "(Chi tiết tại Phụ lục kèm theo)" not in body_texts(doc)


@pytest.mark.django_db
def test_it_reads_the_plan_in_a_fixed_number_of_queries(plan, agencies, django_assert_num_queries):
    # The document, its issuer, the province; the tasks, their assignments with agencies; the sections.
    plan.refresh_from_db()
    with django_assert_num_queries(6):
        plan_docx(plan)
    for letter in "cde":
        task_create(plan=plan, code=f"II.1.{letter}", content=f"Nhiệm vụ {letter}", lead=[agencies["khdt"]])
    plan.refresh_from_db()
    with django_assert_num_queries(6):
        plan_docx(plan)


@pytest.mark.django_db
def test_it_writes_the_file_from_the_command(plan, tmp_path):
    path = tmp_path / "ke-hoach.docx"
    out = io.StringIO()

    call_command("export_plan", str(plan.pk), "-o", str(path), stdout=out)

    assert "Ngoại giao văn hóa năm 2020 của tỉnh Đắk Lắk" in out.getvalue()
    assert str(path) in out.getvalue()
    assert "Số: 1270/KH-UBND" in [p.text for p in Document(str(path)).tables[0].cell(1, 0).paragraphs]


@pytest.mark.django_db
def test_it_refuses_an_unknown_plan_id(plan, tmp_path):
    with pytest.raises(CommandError, match="Không có kế hoạch nào có mã 999999"):
        call_command("export_plan", "999999", "-o", str(tmp_path / "x.docx"))
    with pytest.raises(CommandError, match="Mã kế hoạch phải là một số"):
        call_command("export_plan", "abc", "-o", str(tmp_path / "x.docx"))
    assert not (tmp_path / "x.docx").exists()


@pytest.mark.django_db
def test_it_refuses_a_path_it_cannot_write(plan, tmp_path):
    with pytest.raises(CommandError, match="thư mục chứa tệp không tồn tại"):
        call_command("export_plan", str(plan.pk), "-o", str(tmp_path / "missing" / "x.docx"))
    with pytest.raises(CommandError, match="đây là một thư mục"):
        call_command("export_plan", str(plan.pk), "-o", str(tmp_path))
