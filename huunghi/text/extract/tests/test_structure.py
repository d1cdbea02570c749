"""`read_structure`: the sections, tasks, assignments and timing of a plan."""

import re
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from huunghi.text.extract.structure import WARNING_APPENDIX, WARNING_INTERNAL, WARNING_PROSE, read_structure

SEEDS = Path(__file__).parent / "corpus" / "seeds"


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def by_code(tasks):
    return {t.code: t for t in tasks}


def assignments(tasks):
    return [(t.code, t.lead, t.cooperating, t.timing) for t in tasks]


def check_spans(text, sections, tasks):
    for s in sections:
        assert s.span is not None and 0 <= s.span[0] <= s.span[1] <= len(text)
    for t in tasks:
        assert t.span is not None and 0 <= t.span[0] <= t.span[1] <= len(text)
        if t.assignment_span is not None:
            assert 0 <= t.assignment_span[0] <= t.assignment_span[1] <= len(text)
        assert 0.0 <= t.confidence <= 1.0


# --- the seeds ---------------------------------------------------------------------------------------------

ALL_OF_THEM = ["Sở Ngoại vụ", "Sở Văn hóa, Thể thao và Du lịch", "các sở, ban, ngành", "UBND các huyện, thành phố"]
SNGV_ALONE = (["Sở Ngoại vụ"], ["Các sở, ban, ngành", "UBND các huyện, thành phố"])


def test_it_reads_the_sections_of_the_quang_ngai_plan():
    sections, _, warnings = read_structure(seed("004"))
    assert [(s.code, s.title) for s in sections] == [
        ("I", "MỤC ĐÍCH, YÊU CẦU"),
        ("I.1", "Mục đích"),
        ("I.2", "Yêu cầu"),
        ("II", "NỘI DUNG THỰC HIỆN"),
        ("II.1", "Tăng cường công tác tuyên truyền, phổ biến và nâng cao nhận thức và hiểu biết về ngoại giao văn hóa"),
        (
            "II.2",
            "Tăng cường công tác đào tạo, bồi dưỡng kiến thức về công tác ngoại giao văn hóa; đẩy mạnh hoạt động "
            "tuyên truyền, quảng bá, giao lưu hợp tác quốc tế và văn hóa đối ngoại",
        ),
        ("III", "TỔ CHỨC THỰC HIỆN"),
    ]
    assert warnings == []


def test_it_reads_every_task_of_the_quang_ngai_plan_with_its_assignments():
    _, tasks, _ = read_structure(seed("004"))
    assert assignments(tasks) == [
        ("II.1.a", ALL_OF_THEM, [], None),
        ("II.1.b", ALL_OF_THEM, [], None),
        ("II.2.a", *SNGV_ALONE, None),
        ("II.2.b", *SNGV_ALONE, None),
        ("II.2.c", *SNGV_ALONE, None),
        ("II.2.d", *SNGV_ALONE, None),
        ("II.2.đ", *SNGV_ALONE, None),
        ("II.2.e", ["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Ngoại vụ", "các cơ quan, đơn vị liên quan"], None),
        ("II.3", ["Sở Văn hóa, Thể thao và Du lịch"], ["Các sở, ban ngành", "UBND các huyện, thành phố"], None),
        (
            "II.4",
            ["Sở Ngoại vụ"],
            ["Hội Thân nhân kiều bào tỉnh", "các sở, ban ngành", "UBND các huyện, thành phố"],
            None,
        ),
        (
            "II.5",
            ["Sở Kế hoạch và Đầu tư", "Ban Quản lý Khu Kinh tế Dung Quất và các Khu Công nghiệp tỉnh"],
            ["Các sở, ban ngành", "UBND các huyện, thành phố"],
            None,
        ),
    ]
    assert all(t.confidence == 0.95 for t in tasks)


def test_it_gives_lettered_items_their_heading_as_title_and_section():
    tasks = by_code(read_structure(seed("004"))[1])
    heading = "Tăng cường công tác tuyên truyền, phổ biến và nâng cao nhận thức và hiểu biết về ngoại giao văn hóa"
    assert (tasks["II.1.b"].title, tasks["II.1.b"].section) == (heading, "II.1")
    assert tasks["II.1.b"].content == (
        "Tiếp tục thực hiện hiệu quả công tác bảo tồn, phát huy các di tích lịch sử, văn hóa góp phần xây dựng "
        "văn hóa, con người Quảng Ngãi và phát triển kinh tế-xã hội."
    )
    assert tasks["II.2.e"].content == (
        "Tổ chức Đoàn nghệ thuật đi giao lưu, trao đổi nghệ thuật tại các tỉnh Champask và Attapeu, CHDCND Lào "
        "nhân chuyến thăm hữu nghị của Đoàn cấp cao tỉnh Quảng Ngãi trong năm 2018."
    )


def test_it_takes_a_numbered_item_without_letters_as_the_task_and_its_paragraph_as_content():
    tasks = by_code(read_structure(seed("004"))[1])
    assert tasks["II.3"].title is None
    assert tasks["II.3"].section == "II"
    assert tasks["II.3"].content.startswith("Tiếp tục tạo điều kiện thuận lợi cho các chuyên gia")
    assert tasks["II.3"].content.endswith("hoàn chỉnh hồ sơ Công viên địa chất Lý Sơn.")
    assert tasks["II.4"].title == (
        "Gắn kết các hoạt động ngoại giao văn hóa với công tác về người Việt Nam ở nước ngoài (NVNONN)"
    )
    assert tasks["II.4"].content.startswith("Tiếp tục đẩy mạnh công tác tuyên truyền, phổ biến chủ trương của Đảng")
    assert tasks["II.4"].content.endswith("do Ủy ban Nhà nước về NVNONN tổ chức.")
    assert tasks["II.5"].title == "Gắn kết ngoại giao văn hóa với ngoại giao chính trị và ngoại giao kinh tế"


def test_it_points_spans_at_the_items_and_at_the_lines_that_assign_them():
    text = seed("004")
    sections, tasks, _ = read_structure(text)
    check_spans(text, sections, tasks)
    t = by_code(tasks)
    assert text[slice(*t["II.1.a"].span)].startswith("a) Tiếp tục đẩy mạnh các hoạt động thông tin")
    assert text[slice(*t["II.1.a"].assignment_span)] == (
        "- Cơ quan thực hiện: Sở Ngoại vụ, Sở Văn hóa, Thể thao và Du lịch; các sở, ban, ngành, UBND các huyện, "
        "thành phố."
    )
    assert text[slice(*t["II.2.c"].assignment_span)] == (
        "Từ mục a đến mục đ:\n- Cơ quan chủ trì: Sở Ngoại vụ\n"
        "- Cơ quan phối hợp: Các sở, ban, ngành và UBND các huyện, thành phố."
    )
    assert text[slice(*t["II.4"].span)].startswith("4. Gắn kết các hoạt động")
    assert text[slice(*t["II.4"].span)].endswith("Ủy ban Nhà nước về NVNONN tổ chức.")
    assert text[slice(*sections[3].span)] == "II. NỘI DUNG THỰC HIỆN"


def test_it_warns_when_the_tasks_are_in_an_appendix_that_is_not_in_the_text():
    sections, tasks, warnings = read_structure(seed("001"))
    assert [(s.code, s.title) for s in sections] == [
        ("I", "MỤC ĐÍCH, YÊU CẦU"),
        ("I.1", "Mục đích"),
        ("I.2", "Yêu cầu"),
        ("II", "NỘI DUNG THỰC HIỆN"),
        ("III", "KINH PHÍ THỰC HIỆN"),
        ("IV", "TỔ CHỨC THỰC HIỆN"),
    ]
    assert tasks == []
    assert warnings == [WARNING_APPENDIX]
    assert WARNING_APPENDIX == "Nội dung thực hiện nằm trong phụ lục không có trong văn bản"


def test_it_reads_the_enumerated_items_of_a_news_item():
    sections, tasks, warnings = read_structure(seed("003"))
    assert sections == []
    assert [t.code for t in tasks] == ["1", "2", "3", "4"]
    assert tasks[0].content == (
        "Tiếp tục đẩy mạnh công tác tuyên truyền, quán triệt, nâng cao nhận thức về vị trí, vai trò của văn hóa nói "
        "chung, văn hóa đối ngoại nói riêng, các quan điểm, mục tiêu của Chiến lược văn hóa đối ngoại của Việt Nam "
        "trong xu thế toàn cầu hóa và hội nhập quốc tế."
    )
    assert tasks[3].content.endswith("tăng cường giao lưu và hiểu biết lẫn nhau của người dân khu vực biên giới…")
    assert all(t.lead == [] and t.cooperating == [] and t.timing is None for t in tasks)
    assert all(t.confidence == 0.5 and t.section is None for t in tasks)
    assert warnings == [WARNING_PROSE]


def test_it_splits_the_activities_a_news_item_lists_after_nhu():
    _, tasks, warnings = read_structure(seed("000"))
    group = "Tổ chức các hoạt động, chương trình giao lưu văn hóa"
    assert [(t.code, t.title, t.content) for t in tasks] == [
        (
            "1",
            None,
            "công tác tuyên truyền và quảng bá (giới thiệu các chủ trương, đường lối, chính sách của Đảng, Nhà nước "
            "và của tỉnh liên quan đến Ngoại giao Văn hóa; giới thiệu hình ảnh con người, tiềm năng, thế mạnh, cơ "
            "hội hợp tác, đầu tư về văn hóa, du lịch của tỉnh đến với bạn bè quốc tế; tuyên truyền quảng bá ASEAN "
            "năm 2020 trên địa bàn tỉnh Đắk Lắk)",
        ),
        ("2", group, "hưởng ứng các hoạt động nhân kỷ niệm 65 năm thiết lập quan hệ ngoại giao Việt Nam-Indonesia"),
        (
            "3",
            group,
            "hưởng ứng các hoạt động chúc mừng nhân kỷ niệm năm tròn, năm lẻ năm thiết lập quan hệ ngoại giao với "
            "một số các quốc gia",
        ),
        (
            "4",
            group,
            "trao đổi điện, thiệp, thư chúc mừng nhân dịp quốc khánh, ngày độc lập, sinh nhật Vua, Nữ hoàng các nước",
        ),
        ("5", group, "hoạt động hưởng ứng ngày quốc tế Yoga"),
        ("6", group, "giao lưu văn hóa với Cộng hòa dân chủ nhân dân Lào"),
        ("7", group, "giao lưu văn hóa với tỉnh Mondulkiri, Campuchia..."),
    ]
    assert all(t.confidence == 0.5 for t in tasks)
    assert warnings == [WARNING_PROSE]


def test_it_takes_the_breakthrough_solutions_of_a_news_item_as_low_confidence_tasks():
    _, tasks, warnings = read_structure(seed("002"))
    assert [(t.code, t.content) for t in tasks] == [
        (
            "1",
            "tăng cường tham mưu chính sách, duy trì, củng cố và thúc đẩy mở rộng hợp tác quốc tế nhằm đẩy mạnh công "
            "tác ngoại giao văn hóa",
        ),
        ("2", "Tăng cường cơ chế phối hợp, thực hiện"),
        ("3", "Tăng cường nguồn lực"),
        ("4", "Gắn kết ngoại giao văn hóa với ngoại giao chính trị, ngoại giao kinh tế"),
        ("5", "Gắn kết ngoại giao văn hóa với địa phương, người dân, doanh nghiệp và người Huế ở nước ngoài"),
        ("6", "Tăng cường công tác thông tin, tuyên truyền."),
    ]
    assert {t.confidence for t in tasks} == {0.4}
    assert warnings == [WARNING_PROSE]


# --- plans in other styles ---------------------------------------------------------------------------------

APPENDIX_PLAN = """\
ỦY BAN NHÂN DÂN TỈNH KON TUM
Số: 45/KH-UBND
KẾ HOẠCH
Ngoại giao văn hóa năm 2023
I. MỤC ĐÍCH, YÊU CẦU
- Quảng bá hình ảnh tỉnh Kon Tum đến bạn bè quốc tế.
II. NỘI DUNG THỰC HIỆN
(Có Phụ lục chi tiết kèm theo)
III. TỔ CHỨC THỰC HIỆN
1. Sở Ngoại vụ là cơ quan đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch.
Nơi nhận:
- Bộ Ngoại giao (b/c);
- Lưu: VT, NC.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn A

PHỤ LỤC
DANH MỤC NHIỆM VỤ NGOẠI GIAO VĂN HÓA NĂM 2023
(Kèm theo Kế hoạch số 45/KH-UBND ngày 10/02/2023 của UBND tỉnh)
TT | Nội dung công việc/Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện | Kinh phí/Nguồn kinh phí | Ghi chú
(1) | (2) | (3) | (4) | (5) | (6) | (7)
I | TUYÊN TRUYỀN, QUẢNG BÁ | | | | |
1 | Tổ chức tuyên truyền Chiến lược Ngoại giao văn hóa đến năm 2030 trên Cổng thông tin điện tử tỉnh | Sở Thông tin và Truyền thông | Sở Ngoại vụ; Báo Kon Tum; Đài Phát thanh và Truyền hình tỉnh | Cả năm | Ngân sách tỉnh |
2 | Biên soạn, phát hành ấn phẩm giới thiệu tỉnh bằng tiếng Anh | Sở VHTTDL | Sở Ngoại vụ, UBND các huyện, thành phố | Quý III | Ngân sách tỉnh |
 | và tiếng Lào | | | | |
II | GIAO LƯU, HỢP TÁC | | | | |
1 | Tổ chức Ngày Văn hóa Kon Tum tại tỉnh Attapeu (Lào) | Sở Văn hóa, Thể thao và Du lịch | Sở Ngoại vụ (chủ trì), Sở Tài chính | Quý IV | Ngân sách tỉnh; xã hội hóa |
2 | Đón đoàn nghệ thuật tỉnh Ratanakiri (Campuchia) | Sở Ngoại vụ | Các sở, ban ngành và UBND các huyện, thành phố | Tháng 6 | Ngân sách tỉnh |
"""


def test_it_reads_the_tasks_of_an_appendix_table_by_its_header_words():
    sections, tasks, warnings = read_structure(APPENDIX_PLAN)
    assert [(s.code, s.title) for s in sections] == [
        ("I", "MỤC ĐÍCH, YÊU CẦU"),
        ("II", "NỘI DUNG THỰC HIỆN"),
        ("III", "TỔ CHỨC THỰC HIỆN"),
        ("PL", "DANH MỤC NHIỆM VỤ NGOẠI GIAO VĂN HÓA NĂM 2023"),
        ("PL.I", "TUYÊN TRUYỀN, QUẢNG BÁ"),
        ("PL.II", "GIAO LƯU, HỢP TÁC"),
    ]
    assert assignments(tasks) == [
        (
            "I.1",
            ["Sở Thông tin và Truyền thông"],
            ["Sở Ngoại vụ", "Báo Kon Tum", "Đài Phát thanh và Truyền hình tỉnh"],
            "Cả năm",
        ),
        ("I.2", ["Sở VHTTDL"], ["Sở Ngoại vụ", "UBND các huyện, thành phố"], "Quý III"),
        ("II.1", ["Sở Văn hóa, Thể thao và Du lịch", "Sở Ngoại vụ"], ["Sở Tài chính"], "Quý IV"),
        ("II.2", ["Sở Ngoại vụ"], ["Các sở, ban ngành", "UBND các huyện, thành phố"], "Tháng 6"),
    ]
    t = by_code(tasks)
    assert t["I.2"].content == "Biên soạn, phát hành ấn phẩm giới thiệu tỉnh bằng tiếng Anh và tiếng Lào"
    assert (t["II.2"].section, t["II.2"].title) == ("PL.II", "GIAO LƯU, HỢP TÁC")
    assert t["I.1"].confidence == 0.9
    assert APPENDIX_PLAN[slice(*t["II.2"].assignment_span)] == (
        "Sở Ngoại vụ | Các sở, ban ngành và UBND các huyện, thành phố | Tháng 6"
    )
    assert warnings == []


MARKDOWN_TABLE = """\
PHỤ LỤC I
| STT | Nhiệm vụ | Cơ quan thực hiện | | Thời gian | Sản phẩm |
|---|---|---|---|---|---|
| | | Chủ trì | Phối hợp | | |
| A | CÔNG TÁC THÔNG TIN | | | | |
| 1 | Tuyên truyền trên báo chí | Sở TT&TT | Báo, Đài tỉnh | Thường xuyên | Tin, bài |
| 2 | Quảng bá sản phẩm | | | | |
| a | Tham gia hội chợ quốc tế | Sở Công Thương | Sở Ngoại vụ | Quý III | |
| b | In ấn phẩm | Sở Ngoại vụ (chủ trì), Sở VHTTDL | | Quý II | |
"""


def test_it_reads_a_markdown_table_with_a_second_header_row_and_lettered_rows():
    sections, tasks, _ = read_structure(MARKDOWN_TABLE)
    assert [(s.code, s.title) for s in sections] == [
        ("PL.I", "PHỤ LỤC"),
        ("PL.I.A", "CÔNG TÁC THÔNG TIN"),
        ("PL.I.A.2", "Quảng bá sản phẩm"),
    ]
    assert assignments(tasks) == [
        ("A.1", ["Sở TT&TT"], ["Báo", "Đài tỉnh"], "Thường xuyên"),
        ("A.2.a", ["Sở Công Thương"], ["Sở Ngoại vụ"], "Quý III"),
        ("A.2.b", ["Sở Ngoại vụ"], ["Sở VHTTDL"], "Quý II"),
    ]
    assert [(t.section, t.title) for t in tasks] == [
        ("PL.I.A", "CÔNG TÁC THÔNG TIN"),
        ("PL.I.A.2", "Quảng bá sản phẩm"),
        ("PL.I.A.2", "Quảng bá sản phẩm"),
    ]


DOCX_TABLE = """\
II. NỘI DUNG THỰC HIỆN
TT | Nội dung | Cơ quan thực hiện | Cơ quan thực hiện | Thời gian
TT | Nội dung | Chủ trì | Phối hợp | Thời gian
1 | Tổ chức lớp tập huấn | Sở Ngoại vụ | Sở Nội vụ | Quý II
TT | Nội dung | Chủ trì | Phối hợp | Thời gian
2 | Đón đoàn Lào | Sở Ngoại vụ | - | Tháng 7
III. KINH PHÍ
Ngân sách tỉnh.
"""


def test_it_reads_a_docx_table_whose_merged_header_is_repeated_on_each_page():
    _, tasks, _ = read_structure(DOCX_TABLE)
    assert assignments(tasks) == [
        ("1", ["Sở Ngoại vụ"], ["Sở Nội vụ"], "Quý II"),
        ("2", ["Sở Ngoại vụ"], [], "Tháng 7"),
    ]
    assert [t.section for t in tasks] == ["II", "II"]


# --- a task written in the text and again in a table ---------------------------------------------------------

# Our own export (``huunghi export_plan``): the tasks in II with their assignment lines, and again, with the
# same codes, in the appendix table with their timing.
TEXT_AND_APPENDIX = """\
II. NỘI DUNG THỰC HIỆN
(Phụ lục chi tiết kèm theo).
1. Tuyên truyền Chiến lược Ngoại giao văn hóa đến năm 2030 trên Báo Kon Tum.
- Cơ quan chủ trì: Sở Thông tin và Truyền thông.
- Cơ quan phối hợp: Sở Ngoại vụ; Báo Kon Tum.
2. Gửi thư, thiệp chúc mừng nhân dịp Quốc khánh các nước.
- Cơ quan chủ trì: Sở Ngoại vụ.
(Chi tiết tại Phụ lục kèm theo)
III. KINH PHÍ THỰC HIỆN
Ngân sách tỉnh.

PHỤ LỤC
NHIỆM VỤ NGOẠI GIAO VĂN HÓA NĂM 2024
STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện | Kinh phí dự kiến (triệu đồng)
II.1 | Tuyên truyền Chiến lược Ngoại giao văn hóa đến năm 2030 trên Báo Kon Tum. | Sở Thông tin và Truyền thông | Sở Ngoại vụ; Báo Kon Tum | cả năm | 40
II.2 | Gửi thư, thiệp chúc mừng nhân dịp Quốc khánh các nước. | Sở Ngoại vụ | | Quý III | 15
"""


def test_it_reads_a_task_written_in_the_text_and_in_the_appendix_table_once():
    sections, tasks, warnings = read_structure(TEXT_AND_APPENDIX)
    assert assignments(tasks) == [
        ("II.1", ["Sở Thông tin và Truyền thông"], ["Sở Ngoại vụ", "Báo Kon Tum"], "cả năm"),
        ("II.2", ["Sở Ngoại vụ"], [], "Quý III"),
    ]
    assert [(t.content, t.section, t.confidence) for t in tasks] == [
        ("Tuyên truyền Chiến lược Ngoại giao văn hóa đến năm 2030 trên Báo Kon Tum.", "II", 0.95),
        ("Gửi thư, thiệp chúc mừng nhân dịp Quốc khánh các nước.", "II", 0.95),
    ]
    # The task is the text's item: its span and its assignment lines, not the row.
    assert TEXT_AND_APPENDIX[slice(*tasks[1].span)] == "2. Gửi thư, thiệp chúc mừng nhân dịp Quốc khánh các nước."
    assert TEXT_AND_APPENDIX[slice(*tasks[1].assignment_span)] == "- Cơ quan chủ trì: Sở Ngoại vụ."
    assert [(s.code, s.title) for s in sections] == [
        ("II", "NỘI DUNG THỰC HIỆN"),
        ("III", "KINH PHÍ THỰC HIỆN"),
        ("PL", "NHIỆM VỤ NGOẠI GIAO VĂN HÓA NĂM 2024"),
    ]
    assert warnings == []


# A summary in the text and the appendix that details it, numbered in groups of its own; a task in each
# place that the other does not have.
SUMMARY_AND_APPENDIX = """\
II. NỘI DUNG THỰC HIỆN
1. Tổ chức Ngày Văn hóa Kon Tum tại tỉnh Attapeu (Lào).
- Cơ quan chủ trì: Sở Ngoại vụ.
2. Đón đoàn nghệ thuật tỉnh Ratanakiri (Campuchia).
- Cơ quan chủ trì: Sở Ngoại vụ.
- Cơ quan phối hợp: Sở Văn hóa, Thể thao và Du lịch.
- Thời gian thực hiện: Tháng 5.
3. Tổng kết công tác ngoại giao văn hóa năm 2023.
Sở Ngoại vụ chủ trì, phối hợp với Sở Nội vụ tổ chức hội nghị tổng kết.
III. TỔ CHỨC THỰC HIỆN
Các sở triển khai.

PHỤ LỤC
TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian
I | GIAO LƯU | | |
1 | Tổ chức Ngày Văn hóa Kon Tum tại tỉnh Attapeu (Lào) nhân dịp kỷ niệm 60 năm quan hệ hữu nghị | Sở Văn hóa, Thể thao và Du lịch | Sở Ngoại vụ | Quý IV
2 | Đón đoàn nghệ thuật tỉnh Ratanakiri, Campuchia | Sở Ngoại vụ | Sở Văn hóa, Thể thao và Du lịch; Sở Tài chính | Tháng 6
II | ĐÀO TẠO | | |
1 | Tập huấn kiến thức ngoại giao văn hóa cho cán bộ cấp xã | Sở Ngoại vụ | | Quý III
"""


def test_it_merges_a_summary_with_its_appendix_row_and_keeps_what_only_one_of_them_has():
    sections, tasks, warnings = read_structure(SUMMARY_AND_APPENDIX)
    vhttdl = "Sở Văn hóa, Thể thao và Du lịch"
    assert assignments(tasks) == [
        # The row names another lead: the row's, with a warning.
        ("II.1", [vhttdl], ["Sở Ngoại vụ"], "Quý IV"),
        # The row names one more cooperating agency; the text's timing stays.
        ("II.2", ["Sở Ngoại vụ"], [vhttdl, "Sở Tài chính"], "Tháng 5"),
        ("II.3", ["Sở Ngoại vụ"], ["Sở Nội vụ"], None),
        # Only in the appendix: II.1 is the text's, so the row takes the appendix's code.
        ("PL.II.1", ["Sở Ngoại vụ"], [], "Quý III"),
    ]
    t = by_code(tasks)
    # The text's item was only the start of the row: the row writes it in full.
    assert t["II.1"].content == (
        "Tổ chức Ngày Văn hóa Kon Tum tại tỉnh Attapeu (Lào) nhân dịp kỷ niệm 60 năm quan hệ hữu nghị"
    )
    assert SUMMARY_AND_APPENDIX[slice(*t["II.1"].span)] == "1. Tổ chức Ngày Văn hóa Kon Tum tại tỉnh Attapeu (Lào)."
    assert SUMMARY_AND_APPENDIX[slice(*t["II.1"].assignment_span)] == f"{vhttdl} | Sở Ngoại vụ | Quý IV"
    assert t["II.2"].content == "Đón đoàn nghệ thuật tỉnh Ratanakiri (Campuchia)."
    assert [(task.section, task.confidence) for task in tasks] == [
        ("II", 0.9),
        ("II", 0.95),
        ("II", 0.7),
        ("PL.II", 0.9),
    ]
    # The group row whose tasks all were the text's is gone; the other stays.
    assert [(s.code, s.title) for s in sections] == [
        ("II", "NỘI DUNG THỰC HIỆN"),
        ("III", "TỔ CHỨC THỰC HIỆN"),
        ("PL", "PHỤ LỤC"),
        ("PL.II", "ĐÀO TẠO"),
    ]
    assert warnings == [
        "Cơ quan chủ trì, phối hợp của nhiệm vụ II.1 ghi trong bảng khác với phần nội dung; đã lấy theo bảng, "
        "cần kiểm tra",
        "Cơ quan chủ trì, phối hợp của nhiệm vụ II.3 được suy ra từ câu văn, cần kiểm tra",
    ]


# The text's headings and items, and an appendix whose rows give the heading and the content in one cell, or
# a few words in another order.
HEADINGS_AND_APPENDIX = """\
II. NỘI DUNG THỰC HIỆN
1. Công tác tuyên truyền
a) Giới thiệu hình ảnh con người, tiềm năng, thế mạnh của tỉnh đến bạn bè quốc tế.
b) Tuyên truyền quảng bá năm ASEAN trên địa bàn tỉnh.
Từ mục a đến mục b:
- Cơ quan chủ trì: Sở Ngoại vụ.
2. Gắn kết ngoại giao văn hóa với công tác người Việt Nam ở nước ngoài
Gặp mặt kiều bào nhân dịp Tết Nguyên đán.
- Cơ quan chủ trì: Sở Ngoại vụ.
3. Tham gia hội chợ du lịch quốc tế tại Thành phố Hồ Chí Minh.
4. Tổ chức hội nghị tổng kết.
PHỤ LỤC
STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện
1 | Công tác tuyên truyền
1.a | Giới thiệu hình ảnh con người, tiềm năng, thế mạnh của tỉnh đến bạn bè quốc tế. | Sở Ngoại vụ | | Quý I
1.b | Tuyên truyền quảng bá năm ASEAN trên địa bàn tỉnh. | Sở Ngoại vụ | Báo tỉnh | Quý II
2 | Gắn kết ngoại giao văn hóa với công tác người Việt Nam ở nước ngoài. Gặp mặt kiều bào nhân dịp Tết Nguyên đán. | Sở Ngoại vụ | | Tháng 1
3 | Tham gia hội chợ quốc tế về du lịch tại Thành phố Hồ Chí Minh. | Sở Văn hóa, Thể thao và Du lịch | Sở Ngoại vụ | Tháng 9
5 | Tổ chức hội nghị sơ kết. | Sở Ngoại vụ | | Tháng 7
"""


def test_it_knows_a_task_by_its_heading_and_content_or_by_nearly_the_same_words_at_the_same_number():
    sections, tasks, warnings = read_structure(HEADINGS_AND_APPENDIX)
    assert assignments(tasks) == [
        ("II.1.a", ["Sở Ngoại vụ"], [], "Quý I"),
        ("II.1.b", ["Sở Ngoại vụ"], ["Báo tỉnh"], "Quý II"),
        ("II.2", ["Sở Ngoại vụ"], [], "Tháng 1"),
        ("II.3", ["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Ngoại vụ"], "Tháng 9"),
        # "tổng kết" and "sơ kết": two tasks.
        ("II.4", [], [], None),
        ("5", ["Sở Ngoại vụ"], [], "Tháng 7"),
    ]
    t = by_code(tasks)
    assert (t["II.2"].title, t["II.2"].content) == (
        "Gắn kết ngoại giao văn hóa với công tác người Việt Nam ở nước ngoài",
        "Gặp mặt kiều bào nhân dịp Tết Nguyên đán.",
    )
    assert t["II.3"].content == "Tham gia hội chợ du lịch quốc tế tại Thành phố Hồ Chí Minh."
    # The appendix's row "1" heads the rows 1.a and 1.b: a section, gone with them.
    assert [s.code for s in sections] == ["II", "II.1", "PL"]
    assert warnings == ["Chưa xác định được cơ quan thực hiện của nhiệm vụ: II.4"]


def test_it_numbers_the_tasks_as_an_appendix_that_repeats_them_all_without_the_part_numeral():
    text = HEADINGS_AND_APPENDIX.replace("4. Tổ chức hội nghị tổng kết.\n", "").replace(
        "5 | Tổ chức hội nghị sơ kết. | Sở Ngoại vụ | | Tháng 7\n", ""
    )
    sections, tasks, warnings = read_structure(text)
    assert [(t.code, t.section, t.timing) for t in tasks] == [
        ("1.a", "II.1", "Quý I"),
        ("1.b", "II.1", "Quý II"),
        ("2", "II", "Tháng 1"),
        ("3", "II", "Tháng 9"),
    ]
    assert warnings == []


TWO_PLACES_APART = """\
II. NỘI DUNG THỰC HIỆN
1. Sở Ngoại vụ chủ trì, phối hợp với Sở Nội vụ tổ chức hội nghị quán triệt Chiến lược Ngoại giao văn hóa.
2. Tổ chức hội nghị quán triệt Chiến lược Ngoại giao văn hóa cho cán bộ cấp xã.
- Cơ quan chủ trì: Sở Ngoại vụ.
3. Đón đoàn nghệ thuật tỉnh Attapeu (Lào).
- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.
PHỤ LỤC
TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian
1 | Sở Ngoại vụ chủ trì, phối hợp với Sở Nội vụ tổ chức hội nghị quán triệt Chiến lược Ngoại giao văn hóa | Sở Văn hóa, Thể thao và Du lịch | Sở Ngoại vụ | Quý I
2 | Biên soạn tài liệu giới thiệu tỉnh bằng tiếng Lào | Sở Ngoại vụ | | Quý II
3 | Tổ chức hội nghị quán triệt Chiến lược Ngoại giao văn hóa | Sở Ngoại vụ | | Quý III
"""


def test_it_takes_a_table_assignment_over_a_sentence_and_keeps_like_tasks_at_other_places_apart():
    _, tasks, warnings = read_structure(TWO_PLACES_APART)
    assert [(t.code, t.lead, t.cooperating, t.timing, t.confidence) for t in tasks] == [
        # What the sentence suggests gives way to what the row states, without a warning.
        ("II.1", ["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Ngoại vụ"], "Quý I", 0.9),
        # Row 3 is the start of item 2, but at another number and another place: two tasks.
        ("II.2", ["Sở Ngoại vụ"], [], None, 0.95),
        ("II.3", ["Sở Văn hóa, Thể thao và Du lịch"], [], None, 0.95),
        ("2", ["Sở Ngoại vụ"], [], "Quý II", 0.9),
        ("3", ["Sở Ngoại vụ"], [], "Quý III", 0.9),
    ]
    assert warnings == []


NUMBERED_GROUP_ROWS = """\
PHỤ LỤC
STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời gian thực hiện
1 | Công tác tuyên truyền
1.1 | Tuyên truyền trên báo chí | Sở TT&TT | Quý I
1.2 | Quảng bá sản phẩm
a | Tham gia hội chợ | Sở Công Thương | Quý III
b | In ấn phẩm | Sở Ngoại vụ | Quý II
2 | Tập huấn cán bộ | Sở Ngoại vụ | Quý III
"""


def test_it_reads_a_numbered_row_with_rows_numbered_under_it_as_their_heading():
    sections, tasks, warnings = read_structure(NUMBERED_GROUP_ROWS)
    assert [(s.code, s.title) for s in sections] == [
        ("PL", "PHỤ LỤC"),
        ("PL.1", "Công tác tuyên truyền"),
        ("PL.1.2", "Quảng bá sản phẩm"),
    ]
    assert [(t.code, t.section, t.title) for t in tasks] == [
        ("1.1", "PL.1", "Công tác tuyên truyền"),
        ("1.2.a", "PL.1.2", "Quảng bá sản phẩm"),
        ("1.2.b", "PL.1.2", "Quảng bá sản phẩm"),
        ("2", "PL", None),
    ]
    assert warnings == []


DECISION = """\
QUYẾT ĐỊNH
Về việc ban hành Kế hoạch Ngoại giao văn hóa giai đoạn 2022-2025
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch Ngoại giao văn hóa giai đoạn 2022-2025.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Ngoại vụ chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
CHỦ TỊCH
Trần Văn B

KẾ HOẠCH
Ngoại giao văn hóa giai đoạn 2022-2025
(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2022 của Chủ tịch UBND tỉnh)
I. MỤC TIÊU
1. Mục tiêu chung
Nâng cao hiệu quả công tác ngoại giao văn hóa.
II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Tuyên truyền, nâng cao nhận thức
a) Tổ chức hội nghị quán triệt Chiến lược Ngoại giao văn hóa đến năm 2030.
b) Sở Thông tin và Truyền thông chủ trì, phối hợp với Báo Bình Định, Đài Phát thanh và Truyền hình tỉnh xây dựng chuyên mục về ngoại giao văn hóa.
- Cơ quan chủ trì: Sở Ngoại vụ.
- Thời gian: thường xuyên.
2. Giao lưu văn hóa với các địa phương nước ngoài
a) Tổ chức Tuần Văn hóa Bình Định tại Jeollabuk-do (Hàn Quốc).
b) Đón đoàn nghệ thuật tỉnh Champasak (Lào).
c) Tham gia Liên hoan phim ASEAN.
d) Tổ chức Festival Tây Sơn Bình Định.
Mục a, b:
- Đơn vị chủ trì: Sở Văn hóa, Thể thao và Du lịch
- Đơn vị phối hợp: Sở Ngoại vụ
Nội dung c, d
+ Chủ trì: Sở VHTTDL
+ Phối hợp: UBND thị xã An Nhơn
3. Công tác người Việt Nam ở nước ngoài
• Cơ quan tham mưu: Sở Ngoại vụ
– Tổ chức chương trình Xuân Quê hương cho kiều bào.
– Cung cấp thông tin cho kiều bào.
III. KINH PHÍ
Ngân sách tỉnh.
IV. TỔ CHỨC THỰC HIỆN
1. Sở Ngoại vụ: theo dõi, đôn đốc.
"""


def test_it_reads_a_decision_and_the_plan_it_issues():
    sections, tasks, warnings = read_structure(DECISION)
    assert [(s.code, s.title) for s in sections] == [
        ("Điều 1", "Ban hành kèm theo Quyết định này Kế hoạch Ngoại giao văn hóa giai đoạn 2022-2025"),
        ("Điều 2", "Quyết định này có hiệu lực kể từ ngày ký"),
        ("Điều 3", "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Ngoại vụ chịu trách nhiệm thi hành Quyết định này"),
        ("I", "MỤC TIÊU"),
        ("I.1", "Mục tiêu chung"),
        ("II", "NHIỆM VỤ VÀ GIẢI PHÁP"),
        ("II.1", "Tuyên truyền, nâng cao nhận thức"),
        ("II.2", "Giao lưu văn hóa với các địa phương nước ngoài"),
        ("III", "KINH PHÍ"),
        ("IV", "TỔ CHỨC THỰC HIỆN"),
    ]
    assert assignments(tasks) == [
        ("II.1.a", ["Sở Ngoại vụ"], [], "thường xuyên"),
        (
            "II.1.b",
            ["Sở Thông tin và Truyền thông"],
            ["Báo Bình Định", "Đài Phát thanh và Truyền hình tỉnh"],
            "thường xuyên",
        ),
        ("II.2.a", ["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Ngoại vụ"], None),
        ("II.2.b", ["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Ngoại vụ"], None),
        ("II.2.c", ["Sở VHTTDL"], ["UBND thị xã An Nhơn"], None),
        ("II.2.d", ["Sở VHTTDL"], ["UBND thị xã An Nhơn"], None),
        ("II.3", ["Sở Ngoại vụ"], [], None),
    ]
    t = by_code(tasks)
    assert t["II.1.b"].confidence == 0.7  # read in its sentence
    assert (
        t["II.3"].content == "– Tổ chức chương trình Xuân Quê hương cho kiều bào.\n– Cung cấp thông tin cho kiều bào."
    )
    assert t["II.3"].title == "Công tác người Việt Nam ở nước ngoài"
    assert warnings == ["Cơ quan chủ trì, phối hợp của nhiệm vụ II.1.b được suy ra từ câu văn, cần kiểm tra"]


PLAN_2030 = """\
**KẾ HOẠCH**
**Thực hiện Chiến lược Ngoại giao văn hóa đến năm 2030 trên địa bàn tỉnh**

**I. QUAN ĐIỂM, MỤC TIÊU**
1. Quan điểm
- Ngoại giao văn hóa là một trong ba trụ cột của ngoại giao.
2. Mục tiêu
a) Mục tiêu chung: nâng cao vị thế của tỉnh.
b) Mục tiêu cụ thể: mỗi năm tổ chức ít nhất 02 hoạt động.
**II. NHIỆM VỤ VÀ GIẢI PHÁP**
\t1. Thúc đẩy quan hệ, hợp tác với các địa phương nước ngoài
\ta) Duy trì, củng cố quan hệ với các địa phương kết nghĩa.
\t- Cơ quan chủ trì: Sở Ngoại vụ.
\t- Cơ quan phối hợp: Sở Văn hoá, Thể thao và Du lịch; UBND các huyện, thị xã, thành phố.
\t- Thời gian thực hiện: Hằng năm.
\tb) Tổ chức Ngày Văn hóa của tỉnh tại nước ngoài.
\t- Đơn vị chủ trì: Sở Văn hóa, Thể thao và Du lịch
\t- Đơn vị phối hợp: Sở Ngoại vụ, Sở Tài chính
\t- Thời gian: năm 2025, 2028
2. Tăng cường nguồn lực
2.1. Bồi dưỡng cán bộ làm công tác ngoại giao văn hóa
2.2. Huy động nguồn lực xã hội hóa
3. Gắn kết ngoại giao văn hóa với ngoại giao kinh tế
Nhiệm vụ 2, 3:
- Cơ quan chủ trì: Sở Ngoại vụ
- Thời gian: thường xuyên
III. TỔ CHỨC THỰC HIỆN
1. Sở Ngoại vụ
Là cơ quan thường trực.
"""


def test_it_reads_a_plan_to_2030_with_bold_headings_tabs_sub_numbers_and_a_range_of_numbered_items():
    sections, tasks, warnings = read_structure(PLAN_2030)
    assert [(s.code, s.title) for s in sections] == [
        ("I", "QUAN ĐIỂM, MỤC TIÊU"),
        ("I.1", "Quan điểm"),
        ("I.2", "Mục tiêu"),
        ("II", "NHIỆM VỤ VÀ GIẢI PHÁP"),
        ("II.1", "Thúc đẩy quan hệ, hợp tác với các địa phương nước ngoài"),
        ("II.2", "Tăng cường nguồn lực"),
        ("III", "TỔ CHỨC THỰC HIỆN"),
    ]
    assert assignments(tasks) == [
        (
            "II.1.a",
            ["Sở Ngoại vụ"],
            ["Sở Văn hoá, Thể thao và Du lịch", "UBND các huyện, thị xã, thành phố"],
            "Hằng năm",
        ),
        ("II.1.b", ["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Ngoại vụ", "Sở Tài chính"], "năm 2025, 2028"),
        ("II.2.1", ["Sở Ngoại vụ"], [], "thường xuyên"),
        ("II.2.2", ["Sở Ngoại vụ"], [], "thường xuyên"),
        ("II.3", ["Sở Ngoại vụ"], [], "thường xuyên"),
    ]
    t = by_code(tasks)
    assert (t["II.2.1"].content, t["II.2.1"].section) == ("Bồi dưỡng cán bộ làm công tác ngoại giao văn hóa", "II.2")
    assert t["II.3"].content == "Gắn kết ngoại giao văn hóa với ngoại giao kinh tế"
    assert warnings == []


CAPITAL_NUMBERS = """\
KẾ HOẠCH
Ngoại giao văn hóa năm 2019
1. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức.
2. NỘI DUNG THỰC HIỆN
2.1. Tổ chức hội nghị tập huấn về ngoại giao văn hóa
Chủ trì: Sở Ngoại vụ; Phối hợp: Sở Nội vụ
Thời gian: Quý II
2.2. Xây dựng video clip quảng bá du lịch
Chủ trì: Sở Văn hóa, Thể thao và Du lịch
3. TỔ CHỨC THỰC HIỆN
Các sở, ngành triển khai.
"""


def test_it_takes_numbers_in_capitals_as_sections_when_there_are_no_roman_numerals():
    sections, tasks, _ = read_structure(CAPITAL_NUMBERS)
    assert [(s.code, s.title) for s in sections] == [
        ("1", "MỤC ĐÍCH, YÊU CẦU"),
        ("2", "NỘI DUNG THỰC HIỆN"),
        ("3", "TỔ CHỨC THỰC HIỆN"),
    ]
    assert assignments(tasks) == [
        ("2.1", ["Sở Ngoại vụ"], ["Sở Nội vụ"], "Quý II"),
        ("2.2", ["Sở Văn hóa, Thể thao và Du lịch"], [], None),
    ]
    assert [t.content for t in tasks] == [
        "Tổ chức hội nghị tập huấn về ngoại giao văn hóa",
        "Xây dựng video clip quảng bá du lịch",
    ]


LETTER_HEADINGS = """\
KẾ HOẠCH
A. MỤC ĐÍCH, YÊU CẦU
Quảng bá hình ảnh.
B. NỘI DUNG
1. Tuyên truyền
- Biên soạn tài liệu tuyên truyền về ngoại giao văn hóa.
- Cơ quan thực hiện: Sở Ngoại vụ (chủ trì), Sở Thông tin và Truyền thông.
2. Giao lưu
Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Ngoại vụ, các địa phương tổ chức giao lưu văn hóa với tỉnh Savannakhet.
C. TỔ CHỨC THỰC HIỆN
Giao Sở Ngoại vụ theo dõi.
"""


def test_it_reads_letter_headings_marked_leads_and_assignments_written_in_a_sentence():
    sections, tasks, _ = read_structure(LETTER_HEADINGS)
    assert [(s.code, s.title) for s in sections] == [
        ("A", "MỤC ĐÍCH, YÊU CẦU"),
        ("B", "NỘI DUNG"),
        ("C", "TỔ CHỨC THỰC HIỆN"),
    ]
    assert assignments(tasks) == [
        ("B.1", ["Sở Ngoại vụ"], ["Sở Thông tin và Truyền thông"], None),
        ("B.2", ["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Ngoại vụ", "các địa phương"], None),
    ]
    t = by_code(tasks)
    assert (t["B.1"].title, t["B.1"].content) == (
        "Tuyên truyền",
        "Biên soạn tài liệu tuyên truyền về ngoại giao văn hóa.",
    )
    assert t["B.2"].confidence == 0.7
    assert LETTER_HEADINGS[slice(*t["B.2"].assignment_span)] == (
        "Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Ngoại vụ, các địa phương"
    )


PARTS = """\
BÁO CÁO
Phần I. ĐÁNH GIÁ KẾT QUẢ NĂM 2022
I. KẾT QUẢ ĐẠT ĐƯỢC
1. Tổ chức thành công Ngày hội văn hóa.
- Cơ quan chủ trì: Sở Ngoại vụ
II. TỒN TẠI, HẠN CHẾ
Phần II. KẾ HOẠCH NĂM 2023
I. MỤC ĐÍCH
Tiếp tục quảng bá.
II. NHIỆM VỤ CỤ THỂ
- Tổ chức đoàn công tác đi Lào.
- Đón đoàn Campuchia.
- Cơ quan chủ trì: Sở Ngoại vụ
- Xuất bản sách ảnh.
"""


def test_it_keeps_section_codes_unique_across_parts_and_reads_bullets_as_tasks():
    sections, tasks, warnings = read_structure(PARTS)
    assert [s.code for s in sections] == ["Phần I", "I", "II", "Phần II", "Phần II.I", "Phần II.II"]
    assert [(t.code, t.content, t.lead, t.confidence) for t in tasks] == [
        ("Phần II.II.1", "Tổ chức đoàn công tác đi Lào.", [], 0.6),
        ("Phần II.II.2", "Đón đoàn Campuchia.", ["Sở Ngoại vụ"], 0.6),
        ("Phần II.II.3", "Xuất bản sách ảnh.", [], 0.6),
    ]
    assert warnings == ["Chưa xác định được cơ quan thực hiện của nhiệm vụ: Phần II.II.1, Phần II.II.3"]


PDF_TEXT = """\
ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
KẾ HOẠCH
Thông tin đối ngoại và ngoại giao văn hóa năm 2021
I.MỤC ĐÍCH, YÊU CẦU
Tiếp tục triển khai có hiệu quả Chiến lược Ngoại giao văn hóa đến năm 2020 của Chính phủ,
góp phần thực hiện thắng lợi công tác đối ngoại và sự nghiệp phát triển kinh tế - xã hội của
tỉnh; quảng bá hình ảnh, con người, tiềm năng của tỉnh đến bạn bè quốc tế.
II.NỘI DUNG THỰC HIỆN
1.Tổ chức các hoạt động tuyên truyền về chủ quyền biển, đảo và quảng bá hình ảnh con người
Quảng Ngãi đến bạn bè quốc tế; phối hợp với các cơ quan báo chí trung ương thực hiện các
phóng sự về tiềm năng, thế mạnh của tỉnh.
- Cơ quan chủ trì: Sở Ngoại vụ - Cơ quan phối hợp: Sở Văn hóa, Thể thao và Du lịch,
Sở Thông tin và Truyền thông. - Thời gian thực hiện: Quý II/2021
2
2. Tổ chức đoàn công tác đi Hàn Quốc.a) Làm việc với tỉnh Jeollabuk-do. b) Khảo sát mô hình du
lịch cộng đồng tại Jeonju.
Cơ quan chủ trì:
Sở Ngoại vụ
3. Tổ chức lớp bồi dưỡng kiến thức ngoại giao văn hóa cho cán bộ các sở, ngành. (Chủ trì: Sở Ngoại vụ; phối hợp: Sở Nội vụ)
III.KINH PHÍ THỰC HIỆN
Ngân sách tỉnh năm 2021.
"""


def test_it_reads_pdf_text_with_glued_headings_wrapped_lines_and_assignments_on_one_line():
    sections, tasks, warnings = read_structure(PDF_TEXT)
    assert [(s.code, s.title) for s in sections] == [
        ("I", "MỤC ĐÍCH, YÊU CẦU"),
        ("II", "NỘI DUNG THỰC HIỆN"),
        ("II.2", "Tổ chức đoàn công tác đi Hàn Quốc"),
        ("III", "KINH PHÍ THỰC HIỆN"),
    ]
    assert assignments(tasks) == [
        (
            "II.1",
            ["Sở Ngoại vụ"],
            ["Sở Văn hóa, Thể thao và Du lịch", "Sở Thông tin và Truyền thông"],
            "Quý II/2021",
        ),
        ("II.2.a", ["Sở Ngoại vụ"], [], None),
        ("II.2.b", ["Sở Ngoại vụ"], [], None),
        ("II.3", ["Sở Ngoại vụ"], ["Sở Nội vụ"], None),
    ]
    t = by_code(tasks)
    assert t["II.1"].content == (
        "Tổ chức các hoạt động tuyên truyền về chủ quyền biển, đảo và quảng bá hình ảnh con người Quảng Ngãi đến "
        "bạn bè quốc tế; phối hợp với các cơ quan báo chí trung ương thực hiện các phóng sự về tiềm năng, thế mạnh "
        "của tỉnh."
    )
    assert t["II.2.b"].content == "Khảo sát mô hình du lịch cộng đồng tại Jeonju."
    assert t["II.3"].content == ("Tổ chức lớp bồi dưỡng kiến thức ngoại giao văn hóa cho cán bộ các sở, ngành.")
    assert warnings == []


RANGES = """\
II. NỘI DUNG THỰC HIỆN
1. Quảng bá hình ảnh tỉnh
a) Xây dựng phim tài liệu.
b) In sách ảnh.
c) Cập nhật trang thông tin điện tử.
d) Tổ chức triển lãm ảnh.
đ) Tham gia hội chợ du lịch.
e) Tổ chức cuộc thi viết.
g) Tổ chức hội thảo.
Các mục a, b, c:
+ Cơ quan chủ trì: Sở Văn hoá, Thể thao và Du lịch;
+ Cơ quan phối hợp: Sở Ngoại vụ.
Nội dung d, đ
• Chủ trì: Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch
- Thời gian: Trong năm 2018.
2. Tổ chức hội nghị
a) Hội nghị tổng kết.
- Cơ quan chủ trì: Sở Ngoại vụ
- Cơ quan phối hợp:
+ Sở Tài chính;
+ Các sở, ban, ngành.
b) Hội nghị sơ kết.
"""


def test_it_applies_assignments_given_once_for_a_run_of_items():
    _, tasks, warnings = read_structure(RANGES)
    sv = ["Sở Văn hoá, Thể thao và Du lịch"]
    xt = ["Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch"]
    assert assignments(tasks) == [
        ("II.1.a", sv, ["Sở Ngoại vụ"], None),
        ("II.1.b", sv, ["Sở Ngoại vụ"], None),
        ("II.1.c", sv, ["Sở Ngoại vụ"], None),
        ("II.1.d", xt, [], "Trong năm 2018"),
        ("II.1.đ", xt, [], "Trong năm 2018"),
        ("II.1.e", [], [], None),
        ("II.1.g", [], [], None),
        ("II.2.a", ["Sở Ngoại vụ"], ["Sở Tài chính", "Các sở, ban, ngành"], None),
        ("II.2.b", [], [], None),
    ]
    assert warnings == ["Chưa xác định được cơ quan thực hiện của nhiệm vụ: II.1.e, II.1.g, II.2.b"]


HEADING_DEFAULTS = """\
III. CÁC HOẠT ĐỘNG CỤ THỂ
- Cơ quan phối hợp: UBND các huyện, thị xã, thành phố.
1. Giao lưu hữu nghị
- Cơ quan chủ trì: Liên hiệp các tổ chức hữu nghị tỉnh
a) Gặp mặt hữu nghị nhân Quốc khánh Lào.
b) Gặp mặt hữu nghị nhân Quốc khánh Campuchia.
- Cơ quan chủ trì: Sở Ngoại vụ
2. Thăm hỏi, tặng quà
Tặng quà các gia đình có thân nhân ở nước ngoài.
IV. TỔ CHỨC THỰC HIỆN
"""


def test_it_gives_items_the_assignment_written_under_their_heading_when_they_have_none():
    _, tasks, _ = read_structure(HEADING_DEFAULTS)
    assert [(t.code, t.lead, t.cooperating, t.confidence) for t in tasks] == [
        ("III.1.a", ["Liên hiệp các tổ chức hữu nghị tỉnh"], [], 0.9),
        ("III.1.b", ["Sở Ngoại vụ"], [], 0.95),
        ("III.2", [], ["UBND các huyện, thị xã, thành phố"], 0.9),
    ]
    assert by_code(tasks)["III.2"].title == "Thăm hỏi, tặng quà"


APPENDIX_AS_A_LIST = """\
I. MỤC ĐÍCH
Quảng bá.
II. NỘI DUNG THỰC HIỆN (Phụ lục kèm theo)
III. TỔ CHỨC THỰC HIỆN
Các sở triển khai.
PHỤ LỤC
I. TUYÊN TRUYỀN
1. Tổ chức hội nghị quán triệt (Sở Ngoại vụ chủ trì, phối hợp với Sở Nội vụ).
2. Biên soạn tài liệu.
+ Chủ trì: Sở Ngoại vụ. + Phối hợp: Sở Tư pháp. + Thời gian hoàn thành: tháng 6/2024.
3. Dịch tài liệu sang tiếng Khmer.
- Cơ quan chủ trì, phối hợp: Sở Văn hóa, Thể thao và Du lịch; Sở Ngoại vụ.
II. GIAO LƯU
1. Giao Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức Liên hoan nghệ thuật biên giới.
"""


def test_it_reads_an_appendix_written_as_a_list_with_labels_on_one_line():
    sections, tasks, _ = read_structure(APPENDIX_AS_A_LIST)
    assert [s.code for s in sections] == ["I", "II", "III", "PL", "PL.I", "PL.II"]
    assert assignments(tasks) == [
        ("PL.I.1", ["Sở Ngoại vụ"], ["Sở Nội vụ"], None),
        ("PL.I.2", ["Sở Ngoại vụ"], ["Sở Tư pháp"], "tháng 6/2024"),
        ("PL.I.3", ["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Ngoại vụ"], None),
        ("PL.II.1", ["Sở Văn hóa, Thể thao và Du lịch"], [], None),
    ]
    assert [t.confidence for t in tasks] == [0.7, 0.95, 0.95, 0.7]


DUPLICATE_NUMBERS = """\
II. NỘI DUNG
1. Tổ chức hội nghị.
2. Đón đoàn Lào.
2. Đón đoàn Campuchia.
"""


def test_it_keeps_task_codes_unique_when_the_issuer_numbers_twice():
    _, tasks, warnings = read_structure(DUPLICATE_NUMBERS)
    assert [t.code for t in tasks] == ["II.1", "II.2", "II.2-2"]
    assert warnings[0] == "Số thứ tự mục II.2 bị trùng trong văn bản; mục sau được ghi là II.2-2"


def test_it_reads_no_tasks_in_the_aims_or_in_the_organisation_of_a_plan():
    text = (
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Tổ chức tốt các hoạt động.\na) Quảng bá.\n"
        "II. TỔ CHỨC THỰC HIỆN\n1. Sở Ngoại vụ chủ trì, phối hợp với các sở tổ chức thực hiện.\n"
        "- Cơ quan chủ trì: Sở Ngoại vụ\n"
    )
    sections, tasks, warnings = read_structure(text)
    assert [s.code for s in sections] == ["I", "I.1", "II"]
    assert tasks == []
    assert warnings == []


def test_it_says_when_it_finds_nothing():
    assert read_structure("") == ([], [], ["Không nhận ra mục hay nhiệm vụ nào trong văn bản"])
    assert read_structure("   \n\t\n") == ([], [], ["Không nhận ra mục hay nhiệm vụ nào trong văn bản"])
    assert read_structure(None) == ([], [], ["Không nhận ra mục hay nhiệm vụ nào trong văn bản"])  # type: ignore[arg-type]
    _, _, warnings = read_structure("II. NỘI DUNG THỰC HIỆN\nIII. KINH PHÍ\n")
    assert warnings == ["Không tìm thấy nhiệm vụ nào trong mục II. NỘI DUNG THỰC HIỆN"]


def test_it_reports_an_unexpected_failure_as_a_warning_instead_of_raising(monkeypatch):
    from huunghi.text.extract import structure

    def broken(self, node):
        raise RuntimeError("boom")

    monkeypatch.setattr(structure._Reader, "_process", broken)
    assert read_structure(seed("004")) == ([], [], [f"{WARNING_INTERNAL} (RuntimeError)"])


def test_it_maps_spans_back_to_text_that_is_not_nfc_and_has_crlf():
    text = seed("004")
    decomposed = unicodedata.normalize("NFD", text).replace("\n", "\r\n")
    expected = read_structure(text)
    sections, tasks, _ = read_structure(decomposed)
    assert assignments(tasks) == assignments(expected[1])
    for got, want in zip(tasks, expected[1], strict=True):
        written = unicodedata.normalize("NFC", decomposed[slice(*got.span)]).replace("\r\n", "\n")
        assert written == text[slice(*want.span)]
    for got, want in zip(sections, expected[0], strict=True):
        assert unicodedata.normalize("NFC", decomposed[slice(*got.span)]) == text[slice(*want.span)]


def test_it_reads_through_invisible_characters():
    text = "\ufeffII. NỘI DUNG\n1.\u200bTổ chức hội nghị.\n- Cơ quan chủ trì\u00a0: Sở Ngoại\u00advụ\n"
    _, tasks, _ = read_structure(text)
    assert assignments(tasks) == [("II.1", ["Sở Ngoại vụ"], [], None)]


# --- never raises, stays fast --------------------------------------------------------------------------------

PIECES = st.sampled_from(
    list("\n\n\n |.:;,()-+•–*#IVXabcdđe1234 ")
    + [
        "Cơ quan chủ trì: ",
        "Từ mục a đến mục đ:",
        "II. ",
        "a) ",
        "1. ",
        "1.1. ",
        "PHỤ LỤC",
        "Điều 1.",
        "TT | Nội dung | Cơ quan chủ trì | Thời gian\n",
        "Sở Ngoại vụ chủ trì, phối hợp với ",
        "(1) ",
        " như: ",
        "\u0301",
        "\u200b",
        "Nơi nhận:",
        "\r\n",
        "NỘI DUNG THỰC HIỆN",
    ]
)


def check_never_fails(text):
    sections, tasks, warnings = read_structure(text)
    check_spans(text, sections, tasks)
    assert not any(w.startswith(WARNING_INTERNAL) for w in warnings)
    assert len({t.code for t in tasks}) == len(tasks)
    assert len({s.code for s in sections}) == len(sections)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.text())
def test_it_never_fails_on_arbitrary_text(text):
    check_never_fails(text)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(PIECES, max_size=60).map("".join))
def test_it_never_fails_on_pieces_of_plans(text):
    check_never_fails(text)


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.sampled_from(["000", "001", "002", "003", "004"]),
    st.lists(st.tuples(st.floats(0, 1), st.integers(0, 40), st.text(max_size=8) | PIECES), max_size=12),
)
def test_it_never_fails_on_seeds_with_random_deletions_and_insertions(prefix, edits):
    text = seed(prefix)
    for where, deleted, inserted in edits:
        i = int(where * len(text))
        text = text[:i] + inserted + text[i + deleted :]
    check_never_fails(text)


def big_plan(repeats: int) -> str:
    """Seed 004 with its task section repeated, the items numbered on."""
    lines = seed("004").splitlines()
    head, items, tail = lines[:13], lines[13:40], lines[40:]
    out = list(head)
    for k in range(repeats):
        for line in items:
            m = re.match(r"(\d)\. ", line)
            out.append(f"{5 * k + int(m.group(1))}. {line[3:]}" if m else line)
    return "\n".join(out + tail)


def test_it_reads_every_task_of_a_megabyte_plan():
    # How fast is measured by benchmarks/bench_extract.py (docs/benchmarks.md), not here.
    text = big_plan(240)
    assert len(text) > 990_000
    _, tasks, _ = read_structure(text)
    assert len(tasks) == 240 * 11
    assert tasks[-1].code == "II.1200"
