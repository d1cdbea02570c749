"""The five seed plans, as data for ``plan_create``, ``section_create`` and ``task_create``.

Text copied from a seed keeps the seed's spelling (``xã hội hoá``, ``ngước ngoài``): the system shows a
document as its issuer wrote it. Where a seed is a news item rather than the plan, the plan's ``note`` says
so, and task codes follow the order in which the item lists them. The one invented part is the appendix
of the Đắk Lắk 2024 plan, which the seed refers to but does not include; its note says so.
"""

import datetime
from dataclasses import dataclass, field

from huunghi.plans.models import BudgetSource, PlanKind, PlanStatus, TaskCategory

D = datetime.date
C = TaskCategory
STATE, NON_STATE = BudgetSource.STATE, BudgetSource.NON_STATE

#: An assignment: an agency key of the plan's province, and the words the plan uses for it ("" if none).
Assigned = tuple[str, str]


@dataclass(frozen=True)
class SectionSpec:
    code: str
    title: str
    body: str = ""
    parent: str | None = None


@dataclass(frozen=True)
class TaskSpec:
    code: str
    content: str
    section: str | None = None
    title: str = ""
    lead: tuple[Assigned, ...] = ()
    cooperating: tuple[Assigned, ...] = ()
    category: str = C.OTHER
    timing: str = ""
    starts_on: datetime.date | None = None
    ends_on: datetime.date | None = None
    budget_estimate: int | None = None
    budget_source: str = ""
    expected_output: str = ""


@dataclass(frozen=True)
class PlanSpec:
    key: str
    province: str
    title: str
    start_year: int
    end_year: int
    kind: str = PlanKind.YEARLY
    status: str = PlanStatus.ISSUED
    number: str = ""
    issued_on: datetime.date | None = None
    place: str = ""
    signer_name: str = ""
    signer_title: str = ""
    preamble: str = ""
    purposes: str = ""
    requirements: str = ""
    budget_clause: str = ""
    implementation_clause: str = ""
    recipients: str = ""
    note: str = ""
    sections: tuple[SectionSpec, ...] = ()
    tasks: tuple[TaskSpec, ...] = field(default_factory=tuple)

    def content(self) -> dict[str, str]:
        """The text fields ``plan_create`` takes as ``**content``."""
        names = (
            "preamble",
            "purposes",
            "requirements",
            "budget_clause",
            "implementation_clause",
            "recipients",
        )
        return {name: getattr(self, name) for name in (*names, "note")}


def _lines(*lines: str) -> str:
    return "\n".join(lines)


def _year(year: int) -> tuple[datetime.date, datetime.date]:
    return D(year, 1, 1), D(year, 12, 31)


def _quarter(year: int, q: int) -> tuple[datetime.date, datetime.date]:
    ends = {1: D(year, 3, 31), 2: D(year, 6, 30), 3: D(year, 9, 30), 4: D(year, 12, 31)}
    return D(year, 3 * q - 2, 1), ends[q]


# ---------------------------------------------------------------------------------------------------------
# Quảng Ngãi 2018 (seed 004): the full plan, every task as written.
#
# Items 1.a and 1.b name "Cơ quan thực hiện: Sở Ngoại vụ, Sở Văn hóa, Thể thao và Du lịch; các sở, ban, ngành,
# UBND các huyện, thành phố." without saying who leads. The plan separates the two departments it names from
# the groups with a semicolon, and everywhere else it makes the named departments lead and the groups
# cooperate, so the two departments lead and the two groups cooperate here too. Item 3's "Cơ quan thực hiện"
# is followed by a "Cơ quan phối hợp" line, so the agency it names leads.

QN_SNV: Assigned = ("snv", "Sở Ngoại vụ")
QN_VHTTDL: Assigned = ("vhttdl", "Sở Văn hóa, Thể thao và Du lịch")
QN_HUYEN: Assigned = ("cac_huyen", "UBND các huyện, thành phố")

_QN_ITEM_1 = {
    "section": "II.1",
    "lead": (QN_SNV, QN_VHTTDL),
    "cooperating": (("cac_so", "các sở, ban, ngành"), QN_HUYEN),
}
# "Từ mục a đến mục đ: - Cơ quan chủ trì: Sở Ngoại vụ - Cơ quan phối hợp: Các sở, ban, ngành và UBND các
# huyện, thành phố."
_QN_ITEMS_2A_TO_2DD = {
    "section": "II.2",
    "lead": (QN_SNV,),
    "cooperating": (("cac_so", "Các sở, ban, ngành"), QN_HUYEN),
}
_QN_GROUPS_COOPERATING = (("cac_so", "Các sở, ban ngành"), QN_HUYEN)

QUANG_NGAI_2018 = PlanSpec(
    key="quang-ngai-2018",
    province="quang-ngai",
    title="Triển khai công tác Ngoại giao văn hóa trên địa bàn tỉnh năm 2018",
    start_year=2018,
    end_year=2018,
    place="Quảng Ngãi",
    preamble=(
        "Trên cơ sở Quyết định số 979/QĐ-UBND ngày 14/7/2014 của Chủ tịch UBND tỉnh về việc ban hành Kế hoạch "
        "hành động của tỉnh Quảng Ngãi triển khai thực hiện Chiến lược Ngoại giao văn hóa đến năm 2020 và đề "
        "xuất của Sở Ngoại vụ tại Công văn số 87/SNgV-LSLTBC ngày 02/02/2018, Chủ tịch UBND tỉnh ban hành Kế "
        "hoạch triển khai công tác Ngoại giao văn hóa trên địa bàn tỉnh năm 2018, như sau:"
    ),
    purposes=_lines(
        "Tiếp tục triển khai có hiệu quả Chiến lược Ngoại giao văn hóa đến năm 2020 của Chính phủ và Kế hoạch "
        "của tỉnh, góp phần thực hiện thắng lợi công tác đối ngoại và sự nghiệp phát triển kinh tế - xã hội "
        "của tỉnh.",
        "Tổ chức thực hiện có hiệu quả các hoạt động văn hóa nhằm quảng bá, giới thiệu hình ảnh của tỉnh đến "
        "bạn bè quốc tế. Qua đó, thúc đẩy quá trình hội nhập quốc tế ngày càng sâu rộng và bền vững.",
        "Tăng cường công tác tuyên truyền, phổ biến chủ trương, chính sách của Đảng và Nhà nước trong công tác "
        "ngoại giao văn hóa, đồng thời nâng cao nhận thức của đội ngũ cán bộ, công chức, viên chức về tầm quan "
        "trọng của ngoại giao văn hóa trong quá trình hội nhập quốc tế, qua đó phát huy vai trò, trách nhiệm "
        "của các cơ quan, đơn vị và địa phương trong công tác ngoại giao văn hóa nói riêng, công tác đối ngoại "
        "nói chung trên địa bàn tỉnh.",
    ),
    requirements=_lines(
        "Các hoạt động ngoại giao văn hóa trong năm 2018 phải được triển khai sâu rộng trên mọi phương diện, "
        "đảm bảo đúng trọng tâm, thiết thực và hiệu quả, đáp ứng mục tiêu, yêu cầu và vai trò của công tác "
        "ngoại giao văn hóa trong việc tạo dựng và phát triển quan hệ hữu nghị, hợp tác theo hướng ổn định, "
        "bền vững và hiệu quả.",
        "Ngoại giao văn hóa phải được gắn kết chặt chẽ với ngoại giao kinh tế, ngoại giao chính trị và đối "
        "ngoại nhân dân, phù hợp với đường lối đối ngoại của Đảng, tình hình thực tế của địa phương và phải "
        "đảm bảo an ninh chính trị, trật tự an toàn xã hội trên địa bàn tỉnh.",
    ),
    budget_clause="Căn cứ dự toán được giao năm 2018, các cơ quan, đơn vị tổ chức triển khai thực hiện.",
    # Section III as written: the budget is its item 2.
    implementation_clause=_lines(
        "1. Sở Ngoại vụ:",
        "Có trách nhiệm theo dõi, đôn đốc và kiểm tra việc triển khai thực hiện Kế hoạch ngoại giao văn hóa "
        "năm 2018 trên địa bàn tỉnh theo đúng nội dung hoạt động đề ra; định kỳ tổng hợp, báo cáo UBND tỉnh "
        "kết quả thực hiện và đề xuất hướng xử lý đối với khó khăn, vướng mắc trong quá trình triển khai Kế "
        "hoạch.",
        "2. Kinh phí:",
        "Căn cứ dự toán được giao năm 2018, các cơ quan, đơn vị tổ chức triển khai thực hiện.",
        "3. Các sở, ban, ngành và địa phương chủ trì có trách nhiệm phối hợp với Sở Ngoại vụ và cơ quan, đơn "
        "vị liên quan tổ chức triển khai thực hiện các nội dung hoạt động theo Kế hoạch đã được phê duyệt, "
        "trên cơ sở đáp ứng mục đích, yêu cầu của Chiến lược Ngoại giao Văn hóa đến năm 2020 của Thủ tướng "
        "Chính phủ, Bộ Ngoại giao và của UBND tỉnh./.",
    ),
    recipients=_lines(
        "- Bộ Ngoại giao (b/cáo);",
        "- Thường trực Tỉnh ủy (b/cáo);",
        "- Thường trực HĐND tỉnh;",
        "- CT, các PCT UBND tỉnh;",
        "- Các sở, ban ngành tỉnh;",
        "- UBND các huyện, thành phố;",
        "- VPUB: CVP, PCVP, các phòng nghiên cứu, HC-TC, CBTH;",
        "- Lưu: VT, NCbdv140.",
    ),
    note=(
        "Văn bản nguồn không ghi số, ngày ban hành và người ký (Số: /KH-UBND); Kế hoạch do Chủ tịch UBND tỉnh ban hành."
    ),
    sections=(
        SectionSpec("II", "NỘI DUNG THỰC HIỆN"),
        SectionSpec(
            "II.1",
            "Tăng cường công tác tuyên truyền, phổ biến và nâng cao nhận thức và hiểu biết về ngoại giao văn hóa.",
            parent="II",
        ),
        SectionSpec(
            "II.2",
            "Tăng cường công tác đào tạo, bồi dưỡng kiến thức về công tác ngoại giao văn hóa; đẩy mạnh hoạt động "
            "tuyên truyền, quảng bá, giao lưu hợp tác quốc tế và văn hóa đối ngoại.",
            parent="II",
        ),
    ),
    tasks=(
        TaskSpec(
            "II.1.a",
            "Tiếp tục đẩy mạnh các hoạt động thông tin, tuyên truyền qua các phương tiện thông tin truyền thông về "
            "chủ trương, đường lối và chính sách của Đảng và Nhà nước về mục tiêu, vai trò, nhiệm vụ và tầm quan "
            "trọng của ngoại giao văn hóa trong thời kỳ hội nhập quốc tế, về Chiến lược ngoại giao văn hóa của "
            "Chính phủ, về các chương trình, kế hoạch hành động của tỉnh về công tác ngoại giao văn hóa.",
            category=C.COMMUNICATION,
            **_QN_ITEM_1,
        ),
        TaskSpec(
            "II.1.b",
            "Tiếp tục thực hiện hiệu quả công tác bảo tồn, phát huy các di tích lịch sử, văn hóa góp phần xây dựng "
            "văn hóa, con người Quảng Ngãi và phát triển kinh tế-xã hội.",
            category=C.HERITAGE,
            **_QN_ITEM_1,
        ),
        TaskSpec(
            "II.2.a",
            "Tổ chức lớp tập huấn ngoại giao văn hóa cho cán bộ, công chức, viên chức sở, ban ngành, hội, đoàn thể, "
            "UBND các huyện, thành phố và các doanh nghiệp của tỉnh hoạt động trong lĩnh vực du lịch.",
            category=C.TRAINING,
            **_QN_ITEMS_2A_TO_2DD,
        ),
        TaskSpec(
            "II.2.b",
            "Cử cán bộ tham gia các lớp tập huấn, bồi dưỡng nghiệp vụ chuyên đề về công tác thông tin đối ngoại "
            "được tổ chức tại trung ương và các tỉnh, thành khác.",
            category=C.TRAINING,
            **_QN_ITEMS_2A_TO_2DD,
        ),
        TaskSpec(
            "II.2.c",
            "Tổ chức đoàn cán bộ, công chức phụ trách công tác ngoại giao văn hóa của một số sở, ngành liên quan đi "
            "học tập kinh nghiệm về công tác ngoại giao văn hóa tại một số tỉnh Tây Nguyên và tại Myanmar.",
            category=C.TRAINING,
            **_QN_ITEMS_2A_TO_2DD,
        ),
        TaskSpec(
            "II.2.d",
            "Quảng bá sản phẩm văn hóa của tỉnh: Mua sắm tặng phẩm phục vụ lãnh đạo tỉnh tặng các đoàn khách quốc "
            "tế đến thăm, làm việc tại tỉnh và tặng cho các đối tác nước ngoài nhân các chuyến thăm và làm việc "
            "tại nước ngoài của lãnh đạo tỉnh.",
            category=C.COMMUNICATION,
            **_QN_ITEMS_2A_TO_2DD,
        ),
        TaskSpec(
            "II.2.đ",
            "Tiếp tục duy trì, tăng cường số lượng và chất lượng tin bài tiếng Việt và tiếng Anh trên website của "
            "Sở Ngoại vụ nhằm quảng bá, tuyên truyền, giới thiệu hình ảnh đất nước, con người, thế mạnh, tiềm "
            "năng, thành tựu phát triển KT - XH của tỉnh đến bạn bè quốc tế và cộng đồng người Việt Nam ở nước "
            "ngoài.",
            category=C.COMMUNICATION,
            **_QN_ITEMS_2A_TO_2DD,
        ),
        TaskSpec(
            "II.2.e",
            "Tổ chức Đoàn nghệ thuật đi giao lưu, trao đổi nghệ thuật tại các tỉnh Champask và Attapeu, CHDCND Lào "
            "nhân chuyến thăm hữu nghị của Đoàn cấp cao tỉnh Quảng Ngãi trong năm 2018.",
            section="II.2",
            # "Cơ quan phối hợp: Sở Ngoại vụ và các cơ quan, đơn vị liên quan": the unnamed bodies are not an
            # agency of the register.
            lead=(QN_VHTTDL,),
            cooperating=(("snv", "Sở Ngoại vụ và các cơ quan, đơn vị liên quan"),),
            category=C.EXCHANGE,
            timing="năm 2018",
        ),
        TaskSpec(
            "II.3",
            "Tiếp tục tạo điều kiện thuận lợi cho các chuyên gia, các nhà khảo cổ, nhà nghiên cứu khoa học quốc tế "
            "đến tìm hiểu, nghiên cứu về các di tích lịch sử - văn hóa tại các địa phương trong tỉnh; Tham gia các "
            "hội nghị, hội thảo quốc tế về công viên địa chất để học tập kinh nghiệm và hoàn chỉnh hồ sơ Công viên "
            "địa chất Lý Sơn.",
            lead=(QN_VHTTDL,),
            cooperating=_QN_GROUPS_COOPERATING,
            category=C.HERITAGE,
        ),
        TaskSpec(
            "II.4",
            "Tiếp tục đẩy mạnh công tác tuyên truyền, phổ biến chủ trương của Đảng, chính sách pháp luật của Nhà "
            "nước về công tác đối với NVNONN và những thành tựu phát triển kinh tế - xã hội của tỉnh đến NVNONN "
            "dưới nhiều hình thức và qua nhiều kênh khác nhau như tổ chức gặp mặt bà con kiều bào nhân dịp Tết Cổ "
            "truyền của dân tộc, cung cấp thông tin, sản phẩm, ấn phẩm văn hóa của tỉnh đến cộng đồng NVNONN và các "
            "chương trình, hoạt động khác liên quan đến công tác kiều bào do Ủy ban Nhà nước về NVNONN tổ chức.",
            title="Gắn kết các hoạt động ngoại giao văn hóa với công tác về người Việt Nam ở nước ngoài (NVNONN).",
            lead=(QN_SNV,),
            cooperating=(
                ("kieu_bao", "Hội Thân nhân kiều bào tỉnh"),
                ("cac_so", "các sở, ban ngành"),
                QN_HUYEN,
            ),
            category=C.OVERSEAS_VIETNAMESE,
        ),
        TaskSpec(
            "II.5",
            "Chủ động triển khai chương trình xúc tiến đầu tư, thương mại, du lịch của tỉnh; lồng ghép các hoạt "
            "động ngoại giao văn hóa, thông tin quảng bá về tiềm năng, cơ hội đầu tư của tỉnh trong quá trình xúc "
            "tiến đầu tư nhằm mở rộng giao lưu hợp tác.",
            title="Gắn kết ngoại giao văn hóa với ngoại giao chính trị và ngoại giao kinh tế.",
            lead=(
                ("khdt", "Sở Kế hoạch và Đầu tư"),
                ("dung_quat", "Ban Quản lý Khu Kinh tế Dung Quất và các Khu Công nghiệp tỉnh"),
            ),
            cooperating=_QN_GROUPS_COOPERATING,
            category=C.ECONOMIC,
        ),
    ),
)


# ---------------------------------------------------------------------------------------------------------
# Đắk Lắk 2024 (seed 001): the plan's text as written, and an illustrative appendix of tasks.

DL_SNV: Assigned = ("snv", "Sở Ngoại vụ")
DL_VHTTDL: Assigned = ("vhttdl", "Sở VHTTDL")
DL_2024 = _year(2024)

DAK_LAK_2024 = PlanSpec(
    key="dak-lak-2024",
    province="dak-lak",
    title="Ngoại giao văn hóa năm 2024 của tỉnh Đắk Lắk",
    start_year=2024,
    end_year=2024,
    place="Đắk Lắk",
    signer_name="Võ Văn Cảnh",
    signer_title="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
    preamble=(
        "Để tiếp tục triển khai có hiệu quả Kế hoạch hành động số 60/KH-UBND ngày 14/3/2022 của UBND tỉnh về "
        "triển khai Chiến lược Ngoại giao văn hóa đến năm 2030 trên địa bàn tỉnh Đắk Lắk và Kế hoạch số "
        "09/KH-UBND ngày 11/01/2024 của UBND tỉnh về triển khai công tác đối ngoại trên địa bàn tỉnh năm 2024; "
        "UBND tỉnh ban hành Kế hoạch Ngoại giao văn hóa năm 2024 với các nội dung cụ thể như sau:"
    ),
    purposes=_lines(
        "- Gắn kết Ngoại giao văn hoá với quá trình phát triển và hội nhập quốc tế nhằm thực hiện thắng lợi kế "
        "hoạch phát triển kinh tế - xã hội, củng cố quốc phòng, an ninh của tỉnh trong năm 2024.",
        "- Phát huy vai trò, trách nhiệm của các sở, ban, ngành, các tổ chức, đoàn thể và cá nhân trong công tác "
        "Ngoại giao văn hóa năm 2024 nhằm góp phần triển khai đồng bộ, có hiệu quả các hoạt động đối ngoại trên "
        "địa bàn tỉnh; qua đó giới thiệu, quảng bá tinh hoa văn hóa dân tộc của tỉnh và của quốc gia đến với "
        "bạn bè quốc tế, từ đó từng bước nâng cao hình ảnh đối ngoại của tỉnh nói riêng, của quốc gia nói chung "
        "trên thế giới.",
    ),
    requirements=_lines(
        "- Bám sát chủ trương, đường lối đối ngoại của Đảng, chính sách, pháp luật của Nhà nước, mục tiêu công "
        "tác đối ngoại của tỉnh trong triển khai các hoạt động ngoại giao văn hóa.",
        "- Tích cực đẩy mạnh các hoạt động ngoại giao văn hóa ở nước ngoài, đặc biệt là các sự kiện giao lưu văn "
        "hóa, nghệ thuật tại các địa phương nước ngoài đã thiết lập quan hệ hợp tác như tỉnh Jeollabuk (Hàn "
        "Quốc), các tỉnh Nam Lào, tỉnh Mondulkiri (Campuchia)...",
        # The seed breaks this paragraph after "các di tích," (a page break in the PDF); it is one paragraph.
        "- Tăng cường công tác giới thiệu, quảng bá hình ảnh, văn hóa, các di tích, bản sắc và sản phẩm OCOP đặc "
        "trưng của các địa phương trong tỉnh đến với cộng đồng quốc tế; tuyên truyền, quảng bá các di tích của "
        "tỉnh nhằm tăng cường hợp tác quốc tế về bảo tồn di tích; lồng ghép quảng bá văn hóa, nhu cầu hợp tác "
        "quốc tế của ngành văn hóa trong các hoạt động đối ngoại của tỉnh.",
    ),
    budget_clause=(
        "Kinh phí thực hiện Kế hoạch Ngoại giao văn hóa năm 2024 từ nguồn ngân sách Nhà nước theo phân cấp ngân "
        "sách hiện hành; nguồn xã hội hoá và các nguồn hợp pháp khác."
    ),
    implementation_clause=_lines(
        "1. Các sở, ban, ngành của tỉnh; UBND các huyện, thị xã, thành phố; các tổ chức đoàn thể và các đơn vị "
        "có liên quan chủ động làm việc với Sở Tài chính để thẩm định các nội dung tại Kế hoạch thực hiện liên "
        "quan đến nhiệm vụ được phân công (kèm theo dự trù kinh phí để đảm bảo cơ sở thực hiện); đồng thời, chủ "
        "động triển khai thực hiện các nhiệm vụ đã được phân công tại Kế hoạch này và báo cáo kết quả thực hiện "
        "trong báo cáo công tác đối ngoại 6 tháng, hằng năm của cơ quan, đơn vị gửi Sở Ngoại vụ tổng hợp theo "
        "quy định.",
        "2. Sở Tài chính căn cứ dự toán của các cơ quan, đơn vị có liên quan đề xuất và khả năng cân đối ngân "
        "sách, tham mưu UBND tỉnh xem xét bố trí kinh phí triển khai các nhiệm vụ tại Kế hoạch theo quy định về "
        "phân cấp ngân sách hiện hành.",
        "3. Sở Ngoại vụ tổng hợp, báo cáo tình hình thực hiện Kế hoạch và đề xuất các nội dung cần điều chỉnh, "
        "bổ sung để UBND tỉnh xem xét, chỉ đạo.",
        "Nhận được Kế hoạch này, các cơ quan, đơn vị, địa phương căn cứ chức năng, nhiệm vụ được giao nghiêm túc "
        "triển khai thực hiện. Trong quá trình triển khai, nếu phát sinh vướng mắc, báo cáo UBND tỉnh (qua Sở "
        "Ngoại vụ) để xem xét, quyết định./.",
    ),
    recipients=_lines(
        "- Bộ Ngoại giao (để b/c);",
        "- TT Tỉnh ủy; TT HĐND tỉnh (để b/c);",
        "- CT, PCT UBND tỉnh;",
        "- Ủy ban MTTQ tỉnh;",
        "- CVP, PCVP UBND tỉnh;",
        "- Các sở, ban, ngành, đoàn thể;",
        "- UBND các huyện, thị xã, thành phố;",
        "- Trung tâm CN&Công TTĐT tỉnh;",
        "- Lưu: VT, NC (P.07b).",
    ),
    note=(
        "Phụ lục nhiệm vụ là dữ liệu minh họa của bản demo: văn bản gốc ghi “Phụ lục chi tiết kèm theo” nhưng "
        "không kèm phụ lục. Các nhiệm vụ, cơ quan chủ trì, phối hợp, thời gian và kinh phí được soạn dựa trên "
        "nội dung Kế hoạch này và Kế hoạch số 1270/KH-UBND năm 2020, không phải số liệu chính thức. Văn bản gốc "
        "chưa điền số và ngày (Số: /KH-UBND; Đắk Lắk, ngày tháng 02 năm 2024)."
    ),
    sections=(SectionSpec("II", "NỘI DUNG THỰC HIỆN", body="(Phụ lục chi tiết kèm theo)."),),
    tasks=(
        TaskSpec(
            "II.1",
            "Tuyên truyền, phổ biến chủ trương, đường lối đối ngoại của Đảng, chính sách, pháp luật của Nhà nước về "
            "ngoại giao văn hóa và Chiến lược Ngoại giao văn hóa đến năm 2030 trên Báo Đắk Lắk, Đài Phát thanh và "
            "Truyền hình tỉnh và Cổng thông tin điện tử tỉnh.",
            section="II",
            lead=(("tttt", "Sở TT&TT"),),
            cooperating=(DL_SNV, ("bao", "Báo Đắk Lắk"), ("ptth", "Đài PT-TH tỉnh"), ("cong_ttdt", "")),
            category=C.COMMUNICATION,
            timing="cả năm",
            starts_on=DL_2024[0],
            ends_on=DL_2024[1],
            budget_estimate=40_000_000,
            budget_source=STATE,
        ),
        TaskSpec(
            "II.2",
            "Duy trì, tăng cường số lượng và chất lượng tin, bài tiếng Việt và tiếng Anh trên Trang thông tin điện "
            "tử của Sở Ngoại vụ nhằm giới thiệu hình ảnh, tiềm năng, thế mạnh và cơ hội hợp tác của tỉnh đến bạn bè "
            "quốc tế và cộng đồng người Việt Nam ở nước ngoài.",
            section="II",
            lead=(DL_SNV,),
            cooperating=(("cong_ttdt", ""),),
            category=C.COMMUNICATION,
            timing="cả năm",
            starts_on=DL_2024[0],
            ends_on=DL_2024[1],
            budget_estimate=30_000_000,
            budget_source=STATE,
            expected_output="Ít nhất 150 tin, bài tiếng Việt và 50 tin, bài tiếng Anh.",
        ),
        TaskSpec(
            "II.3",
            "Tổ chức Đoàn nghệ thuật của tỉnh tham gia giao lưu văn hóa, nghệ thuật tại tỉnh Jeollabuk (Hàn Quốc) "
            "nhân chuyến thăm, làm việc của Đoàn công tác của tỉnh.",
            section="II",
            lead=(DL_VHTTDL,),
            cooperating=(DL_SNV,),
            category=C.EXCHANGE,
            timing="Quý III",
            starts_on=_quarter(2024, 3)[0],
            ends_on=_quarter(2024, 3)[1],
            budget_estimate=900_000_000,
            budget_source=STATE,
        ),
        TaskSpec(
            "II.4",
            "Tổ chức chương trình giao lưu văn hóa, nghệ thuật với các tỉnh Nam Lào có quan hệ hợp tác với tỉnh.",
            section="II",
            lead=(DL_VHTTDL,),
            cooperating=(DL_SNV, ("lhhn", "Liên hiệp các tổ chức hữu nghị tỉnh")),
            category=C.EXCHANGE,
            timing="Quý IV",
            starts_on=_quarter(2024, 4)[0],
            ends_on=_quarter(2024, 4)[1],
            budget_estimate=600_000_000,
            budget_source=STATE,
        ),
        TaskSpec(
            "II.5",
            "Tổ chức giao lưu văn hóa, thể thao với tỉnh Mondulkiri (Campuchia); phối hợp tổ chức các hoạt động "
            "giao lưu hữu nghị tại khu vực biên giới.",
            section="II",
            lead=(DL_SNV,),
            cooperating=(
                DL_VHTTDL,
                ("bdbp", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
                ("ea_sup", "UBND huyện Ea Súp"),
                ("buon_don", "UBND huyện Buôn Đôn"),
            ),
            category=C.EXCHANGE,
            timing="Quý II",
            starts_on=_quarter(2024, 2)[0],
            ends_on=_quarter(2024, 2)[1],
            budget_estimate=350_000_000,
            budget_source=STATE,
        ),
        TaskSpec(
            "II.6",
            "Hưởng ứng các hoạt động kỷ niệm năm tròn, năm lẻ năm thiết lập quan hệ ngoại giao giữa Việt Nam với "
            "các nước có quan hệ hợp tác với tỉnh.",
            section="II",
            lead=(DL_SNV,),
            cooperating=(DL_VHTTDL, ("lhhn", "Liên hiệp các tổ chức hữu nghị tỉnh")),
            category=C.ANNIVERSARY,
            timing="cả năm",
            starts_on=DL_2024[0],
            ends_on=DL_2024[1],
            budget_estimate=50_000_000,
            budget_source=STATE,
        ),
        TaskSpec(
            "II.7",
            "Gửi điện, thư, thiệp chúc mừng nhân dịp Quốc khánh, Ngày Độc lập, sinh nhật Nhà vua, Nữ hoàng các nước "
            "và các dịp lễ, Tết của các địa phương nước ngoài có quan hệ hợp tác với tỉnh.",
            section="II",
            lead=(DL_SNV,),
            category=C.CONGRATULATION,
            timing="cả năm",
            starts_on=DL_2024[0],
            ends_on=DL_2024[1],
            budget_estimate=15_000_000,
            budget_source=STATE,
        ),
        TaskSpec(
            "II.8",
            "Phối hợp với Tổng Lãnh sự quán Ấn Độ tại Thành phố Hồ Chí Minh tổ chức các hoạt động hưởng ứng Ngày "
            "Quốc tế Yoga (21/6) trên địa bàn tỉnh.",
            section="II",
            lead=(DL_SNV,),
            cooperating=(DL_VHTTDL, ("bmt", "UBND thành phố Buôn Ma Thuột")),
            category=C.EXCHANGE,
            timing="tháng 6",
            starts_on=D(2024, 6, 1),
            ends_on=D(2024, 6, 30),
            budget_estimate=120_000_000,
            budget_source=NON_STATE,
        ),
        TaskSpec(
            "II.9",
            "Cung cấp thông tin về tình hình phát triển kinh tế - xã hội của tỉnh cho cộng đồng người Việt Nam ở "
            "nước ngoài; chuẩn bị chương trình gặp mặt kiều bào về quê đón Tết Nguyên đán Ất Tỵ 2025.",
            section="II",
            lead=(DL_SNV,),
            cooperating=(("mttq", "UBMTTQ VN tỉnh"), ("lhhn", "Liên hiệp các tổ chức hữu nghị tỉnh")),
            category=C.OVERSEAS_VIETNAMESE,
            timing="Quý IV",
            starts_on=_quarter(2024, 4)[0],
            ends_on=_quarter(2024, 4)[1],
            budget_estimate=80_000_000,
            budget_source=STATE,
        ),
        TaskSpec(
            "II.10",
            "Giới thiệu, quảng bá các di tích lịch sử - văn hóa của tỉnh và Không gian văn hóa Cồng chiêng Tây "
            "Nguyên; tạo điều kiện cho các chuyên gia, nhà nghiên cứu nước ngoài tìm hiểu, hợp tác về bảo tồn di "
            "tích.",
            section="II",
            lead=(DL_VHTTDL,),
            cooperating=(DL_SNV, ("lak", "UBND huyện Lắk"), ("buon_don", "UBND huyện Buôn Đôn")),
            category=C.HERITAGE,
            timing="cả năm",
            starts_on=DL_2024[0],
            ends_on=DL_2024[1],
            budget_estimate=100_000_000,
            budget_source=STATE,
        ),
        TaskSpec(
            "II.11",
            "Giới thiệu, quảng bá sản phẩm OCOP đặc trưng của các địa phương trong tỉnh tại các hội chợ, triển lãm, "
            "sự kiện đối ngoại và trong các chuyến công tác nước ngoài của lãnh đạo tỉnh.",
            section="II",
            lead=(("nnptnt", "Sở NN&PTNT"),),
            cooperating=(
                ("sct", "Sở Công Thương"),
                DL_SNV,
                ("cac_huyen", "UBND các huyện, thị xã, thành phố"),
            ),
            category=C.ECONOMIC,
            timing="cả năm",
            starts_on=DL_2024[0],
            ends_on=DL_2024[1],
            budget_estimate=150_000_000,
            budget_source=STATE,
        ),
        TaskSpec(
            "II.12",
            "Lồng ghép giới thiệu văn hóa, con người Đắk Lắk trong các hoạt động xúc tiến đầu tư, thương mại, du "
            "lịch của tỉnh.",
            section="II",
            lead=(("khdt", "Sở KH&ĐT"),),
            cooperating=(("sct", "Sở Công Thương"), DL_VHTTDL, DL_SNV),
            category=C.ECONOMIC,
            timing="cả năm",
            starts_on=DL_2024[0],
            ends_on=DL_2024[1],
            budget_estimate=200_000_000,
            budget_source=STATE,
        ),
        TaskSpec(
            "II.13",
            "Tổ chức lớp tập huấn kiến thức về ngoại giao văn hóa cho cán bộ, công chức, viên chức các sở, ban, "
            "ngành, UBND các huyện, thị xã, thành phố và các tổ chức đoàn thể.",
            section="II",
            lead=(DL_SNV,),
            cooperating=(
                ("cac_so", "Các sở, ban, ngành"),
                ("cac_huyen", "UBND các huyện, thị xã, thành phố"),
                ("doan_the", "các tổ chức đoàn thể"),
            ),
            category=C.TRAINING,
            timing="Quý III",
            starts_on=_quarter(2024, 3)[0],
            ends_on=_quarter(2024, 3)[1],
            budget_estimate=60_000_000,
            budget_source=STATE,
        ),
        TaskSpec(
            "II.14",
            "Mua sắm tặng phẩm mang bản sắc văn hóa của tỉnh phục vụ lãnh đạo tỉnh tặng các đoàn khách quốc tế đến "
            "thăm, làm việc tại tỉnh và các đối tác nước ngoài.",
            section="II",
            lead=(DL_SNV,),
            category=C.COMMUNICATION,
            timing="cả năm",
            starts_on=DL_2024[0],
            ends_on=DL_2024[1],
            budget_estimate=100_000_000,
            budget_source=STATE,
        ),
        TaskSpec(
            "II.15",
            "Giới thiệu văn hóa các dân tộc Tây Nguyên (cồng chiêng, ẩm thực, trang phục truyền thống) với các đoàn "
            "khách quốc tế đến thăm, làm việc tại tỉnh.",
            section="II",
            lead=(DL_VHTTDL,),
            cooperating=(DL_SNV, ("bmt", "UBND thành phố Buôn Ma Thuột")),
            category=C.EXCHANGE,
            timing="cả năm",
            starts_on=DL_2024[0],
            ends_on=DL_2024[1],
            budget_estimate=80_000_000,
            budget_source=STATE,
        ),
        TaskSpec(
            "II.16",
            "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch Ngoại giao văn hóa năm 2024 trong báo cáo công tác đối "
            "ngoại 6 tháng và năm; đề xuất các nội dung cần điều chỉnh, bổ sung.",
            section="II",
            lead=(DL_SNV,),
            cooperating=(
                ("cac_so", "Các sở, ban, ngành"),
                ("cac_huyen", "UBND các huyện, thị xã, thành phố"),
                ("doan_the", "các tổ chức đoàn thể"),
            ),
            category=C.OTHER,
            timing="tháng 6 và tháng 12",
        ),
    ),
)


# ---------------------------------------------------------------------------------------------------------
# Đắk Lắk 2020 (seed 000, a news item). The item makes Sở Ngoại vụ the focal agency that carries out the
# whole plan for the People's Committee, and names no other agency, so Sở Ngoại vụ leads every activity.

DL_2020_FOCAL: tuple[Assigned, ...] = (
    ("snv", "Sở Ngoại vụ là cơ quan đầu mối tham mưu UBND tỉnh triển khai thực hiện kế hoạch này"),
)

DAK_LAK_2020 = PlanSpec(
    key="dak-lak-2020",
    province="dak-lak",
    title="Ngoại giao Văn hóa năm 2020 của tỉnh Đắk Lắk",
    start_year=2020,
    end_year=2020,
    number="1270/KH-UBND",
    issued_on=D(2020, 2, 19),
    place="Đắk Lắk",
    purposes=(
        "Tiếp tục triển khai có hiệu quả Chiến lược Ngoại giao Văn hóa đến năm 2020 của Chính phủ và Kế hoạch "
        "triển khai thực hiện Chiến lược Ngoại giao Văn hóa đến năm 2020 trên địa bàn tỉnh ban hành kèm theo "
        "Quyết định số 1515/QĐ-UBND ngày 10/7/2014 của UBND tỉnh, góp phần thực hiện thắng lợi chính sách đối "
        "ngoại của Đảng và Nhà nước; tổ chức thực hiện có hiệu quả các hoạt động văn hóa nhằm quảng bá, giới "
        "thiệu hình ảnh của tỉnh đến bạn bè quốc tế; qua đó, thúc đẩy quá trình hội nhập quốc tế ngày càng sâu "
        "rộng và bền vững; phát huy vai trò, trách nhiệm của các Sở, ban, ngành, UBMTTQ Việt Nam tỉnh, các đoàn "
        "thể, các tổ chức hữu nghị và cá nhân trên địa bàn tỉnh trong công tác Ngoại giao văn hóa năm 2020."
    ),
    implementation_clause="Sở Ngoại vụ là cơ quan đầu mối tham mưu UBND tỉnh triển khai thực hiện kế hoạch này./.",
    note=(
        "Nhập từ bản tin “Đắk Lắk: Kế hoạch Ngoại giao Văn hóa năm 2020 của tỉnh Đắk Lắk” (cập nhật "
        "26/02/2020); bản tin tóm tắt Kế hoạch, không có toàn văn. Mã nhiệm vụ đánh theo thứ tự bản tin liệt "
        "kê. Sở Ngoại vụ được ghi là cơ quan chủ trì vì bản tin giao Sở làm cơ quan đầu mối triển khai Kế hoạch."
    ),
    sections=(
        SectionSpec("1", "Công tác tuyên truyền và quảng bá"),
        SectionSpec("2", "Tổ chức các hoạt động, chương trình giao lưu văn hóa"),
    ),
    tasks=(
        TaskSpec(
            "1.a",
            "Giới thiệu các chủ trương, đường lối, chính sách của Đảng, Nhà nước và của tỉnh liên quan đến Ngoại "
            "giao Văn hóa.",
            section="1",
            lead=DL_2020_FOCAL,
            category=C.COMMUNICATION,
        ),
        TaskSpec(
            "1.b",
            "Giới thiệu hình ảnh con người, tiềm năng, thế mạnh, cơ hội hợp tác, đầu tư về văn hóa, du lịch của "
            "tỉnh đến với bạn bè quốc tế.",
            section="1",
            lead=DL_2020_FOCAL,
            category=C.COMMUNICATION,
        ),
        TaskSpec(
            "1.c",
            "Tuyên truyền quảng bá ASEAN năm 2020 trên địa bàn tỉnh Đắk Lắk.",
            section="1",
            lead=DL_2020_FOCAL,
            category=C.COMMUNICATION,
        ),
        TaskSpec(
            "2.a",
            "Hưởng ứng các hoạt động nhân kỷ niệm 65 năm thiết lập quan hệ ngoại giao Việt Nam-Indonesia.",
            section="2",
            lead=DL_2020_FOCAL,
            category=C.ANNIVERSARY,
        ),
        TaskSpec(
            "2.b",
            "Hưởng ứng các hoạt động chúc mừng nhân kỷ niệm năm tròn, năm lẻ năm thiết lập quan hệ ngoại giao với "
            "một số các quốc gia.",
            section="2",
            lead=DL_2020_FOCAL,
            category=C.ANNIVERSARY,
        ),
        TaskSpec(
            "2.c",
            "Trao đổi điện, thiệp, thư chúc mừng nhân dịp quốc khánh, ngày độc lập, sinh nhật Vua, Nữ hoàng các nước.",
            section="2",
            lead=DL_2020_FOCAL,
            category=C.CONGRATULATION,
        ),
        TaskSpec(
            "2.d",
            "Hoạt động hưởng ứng ngày quốc tế Yoga.",
            section="2",
            lead=DL_2020_FOCAL,
            category=C.EXCHANGE,
        ),
        TaskSpec(
            "2.đ",
            "Giao lưu văn hóa với Cộng hòa dân chủ nhân dân Lào.",
            section="2",
            lead=DL_2020_FOCAL,
            category=C.EXCHANGE,
        ),
        TaskSpec(
            "2.e",
            "Giao lưu văn hóa với tỉnh Mondulkiri, Campuchia.",
            section="2",
            lead=DL_2020_FOCAL,
            category=C.EXCHANGE,
        ),
    ),
)


# ---------------------------------------------------------------------------------------------------------
# Thừa Thiên Huế 2022–2030 (seed 002, a news item): the breakthrough solutions and the measures, unassigned.

THUA_THIEN_HUE_2022 = PlanSpec(
    key="thua-thien-hue-2022",
    province="thua-thien-hue",
    title="Thực hiện Chiến lược Ngoại giao văn hóa đến năm 2030 trên địa bàn tỉnh Thừa Thiên Huế",
    start_year=2022,
    end_year=2030,
    kind=PlanKind.MULTI_YEAR,
    number="173/KH-UBND",
    issued_on=D(2022, 4, 28),
    place="Thừa Thiên Huế",
    purposes=_lines(
        "Thúc đẩy và làm sâu sắc hơn nữa mối quan hệ, lòng tin giữa tỉnh Thừa Thiên Huế với các quốc gia, vùng "
        "lãnh thổ, các tổ chức khu vực và quốc tế, các địa phương nước ngoài.",
        "Đặt mục tiêu đến năm 2030, tổ chức các hoạt động ngoại giao văn hóa có quy mô lớn, các hoạt động trong "
        "khuôn khổ Ngày Văn hóa Huế tại các địa phương nước ngoài có quan hệ hợp tác, kết nghĩa.",
        "- Hội nhập một cách chủ động, sâu rộng trong các lĩnh vực về văn hóa tại các tổ chức, diễn đàn khu vực "
        "và quốc tế; góp phần thực hiện vai trò thành viên trong việc định hình và phát huy bản sắc của Cộng "
        "đồng Văn hóa - Xã hội ASEAN; hỗ trợ các sở, ban, ngành, địa phương, người dân, doanh nghiệp hội nhập "
        "quốc tế, góp phần nâng cao dân trí, giúp người dân, doanh nghiệp tiếp cận nhanh với tri thức mới của "
        "nhân loại, nâng cao chất lượng lao động và chất lượng thụ hưởng.",
        "Quảng bá các giá trị văn hóa, hình ảnh đất nước, con người Việt Nam nói chung và Thừa Thiên Huế nói "
        "riêng, trong đó chú trọng việc lan tỏa các giá trị, tư tưởng, quan điểm nhân sinh quan, thế giới quan "
        "tiến bộ và cao đẹp của dân tộc Việt Nam, đặc biệt là thông qua hình ảnh, giá trị tư tưởng của Chủ tịch "
        "Hồ Chí Minh và các danh nhân được UNESCO vinh danh; quan tâm phát triển ngành công nghiệp văn hóa, mở "
        "rộng thị trường cho hàng hóa, sản phẩm, dịch vụ của Thừa Thiên Huế; xây dựng Thừa Thiên Huế trở thành "
        "địa chỉ hấp dẫn về giao lưu văn hóa quốc tế…",
    ),
    note=(
        "Nhập từ bản tin trên thuathienhue.gov.vn (cập nhật 29/04/2022); bản tin tóm tắt Kế hoạch, không có "
        "toàn văn và không phân công cơ quan. Mã nhiệm vụ đánh theo thứ tự bản tin liệt kê. Tỉnh Thừa Thiên Huế "
        "nay là thành phố Huế (từ 01/01/2025)."
    ),
    sections=(
        SectionSpec("1", "Giải pháp đột phá"),
        SectionSpec("2", "Biện pháp cụ thể"),
    ),
    tasks=(
        TaskSpec(
            "1.a",
            "Tăng cường tham mưu chính sách, duy trì, củng cố và thúc đẩy mở rộng hợp tác quốc tế nhằm đẩy mạnh "
            "công tác ngoại giao văn hóa.",
            section="1",
            category=C.EXCHANGE,
        ),
        TaskSpec("1.b", "Tăng cường cơ chế phối hợp, thực hiện.", section="1"),
        TaskSpec("1.c", "Tăng cường nguồn lực.", section="1"),
        TaskSpec(
            "1.d",
            "Gắn kết ngoại giao văn hóa với ngoại giao chính trị, ngoại giao kinh tế.",
            section="1",
            category=C.ECONOMIC,
        ),
        TaskSpec(
            "1.đ",
            "Gắn kết ngoại giao văn hóa với địa phương, người dân, doanh nghiệp và người Huế ở nước ngoài.",
            section="1",
            category=C.OVERSEAS_VIETNAMESE,
        ),
        TaskSpec("1.e", "Tăng cường công tác thông tin, tuyên truyền.", section="1", category=C.COMMUNICATION),
        TaskSpec(
            "2.a",
            "Góp phần thúc đẩy quan hệ, hợp tác, xây dựng lòng tin với các vùng, địa phương nước ngoài, tổ chức khu "
            "vực và quốc tế.",
            section="2",
            category=C.EXCHANGE,
        ),
        TaskSpec(
            "2.b",
            "Hội nhập sâu, rộng trong các lĩnh vực về văn hóa tại các tổ chức, diễn đàn khu vực và quốc tế.",
            section="2",
            category=C.EXCHANGE,
        ),
        TaskSpec(
            "2.c",
            "Quảng bá các giá trị văn hóa, hình ảnh đất nước, con người Thừa Thiên Huế.",
            section="2",
            category=C.COMMUNICATION,
        ),
        TaskSpec(
            "2.d",
            "Vận động, đa dạng hóa và bảo tồn, phát huy các di sản thế giới tại tỉnh.",
            section="2",
            category=C.HERITAGE,
        ),
        TaskSpec("2.đ", "Tiếp thu tinh hoa văn hóa nhân loại…", section="2"),
    ),
)


# ---------------------------------------------------------------------------------------------------------
# An Giang 2022–2026 (seed 003, a news item about letter 692/STTTT–TTBCXB): the plan's four tasks (1)–(4).

AN_GIANG_2022 = PlanSpec(
    key="an-giang-2022",
    province="an-giang",
    title=(
        "Triển khai thực hiện Chỉ thị số 25/CT-TTg của Thủ tướng Chính phủ về việc đẩy mạnh triển khai Chiến lược "
        "văn hóa đối ngoại của Việt Nam giai đoạn 2022-2026 trên địa bàn tỉnh An Giang"
    ),
    start_year=2022,
    end_year=2026,
    kind=PlanKind.MULTI_YEAR,
    number="720/KH-UBND",
    issued_on=D(2021, 11, 24),
    place="An Giang",
    note=(
        "Nhập từ bản tin của Sở Thông tin và Truyền thông An Giang (07/06/2023) về Công văn số 692/STTTT–TTBCXB "
        "ngày 19/05/2023; bốn nhiệm vụ (1)–(4) chép theo bản tin, không có phân công cơ quan."
    ),
    tasks=(
        TaskSpec(
            "1",
            "Tiếp tục đẩy mạnh công tác tuyên truyền, quán triệt, nâng cao nhận thức về vị trí, vai trò của văn hóa "
            "nói chung, văn hóa đối ngoại nói riêng, các quan điểm, mục tiêu của Chiến lược văn hóa đối ngoại của "
            "Việt Nam trong xu thế toàn cầu hóa và hội nhập quốc tế.",
            category=C.COMMUNICATION,
        ),
        TaskSpec(
            "2",
            "Tăng cường triển khai Chiến lược văn hóa đối ngoại của Việt Nam trong giai đoạn từ nay đến năm 2030, "
            "thúc đẩy sự phát triển các ngành công nghiệp văn hóa ở Việt Nam, song hành với công tác thông tin đối "
            "ngoại, gắn kết trong tổng thể chính sách đối ngoại, phát triển kinh tế - xã hội của đất nước và bảo vệ "
            "Tổ quốc.",
        ),
        TaskSpec(
            "3",
            "Tăng cường công tác bảo tồn và phát huy giá trị văn hóa, con người, quảng bá hình ảnh, bản sắc văn hóa "
            "các dân tộc của tỉnh An Giang ra ngước ngoài dưới nhiều hình thức, tiếp thu có chọn lọc tinh hoa văn "
            "hóa nhân loại.",
            category=C.HERITAGE,
        ),
        TaskSpec(
            "4",
            "Tích cực triển khai các hoạt động văn hóa đối ngoại tại khu vực biên giới giữa Việt Nam với nước bạn "
            "Campuchia, thông qua các chương trình giao lưu văn hóa, thể thao, du lịch, các hoạt động giao lưu, giao "
            "thương thường xuyên, góp phần làm tốt công tác bảo vệ chủ quyền lãnh thổ quốc gia, tăng cường giao lưu "
            "và hiểu biết lẫn nhau của người dân khu vực biên giới…",
            category=C.EXCHANGE,
        ),
    ),
)

PLANS = [QUANG_NGAI_2018, DAK_LAK_2024, DAK_LAK_2020, THUA_THIEN_HUE_2022, AN_GIANG_2022]
