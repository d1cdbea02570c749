"""The demo's organisations, documents, citations and users, as data.

Facts come from the five seed documents (``shared/seeds``) and DOMAIN.md: document numbers, dates, issuers and
titles are copied from them. Agencies beyond those the seeds name (a few departments, units and district
committees per province) are real bodies of those provinces, added so that pages look like a province's.
The plans themselves are in ``huunghi.core.demo.plans``.
"""

import datetime
from dataclasses import dataclass, field, replace

from huunghi.accounts.models import Role
from huunghi.documents.models import CitationRelation, DocumentType
from huunghi.organisations.models import AgencyKind

D = datetime.date

#: Every demo login uses this password; the command prints it.
DEMO_PASSWORD = "huunghi-demo"

#: District-level People's Committees were abolished on 1 July 2025 (two-level local government).
DISTRICT_LEVEL_END = D(2025, 6, 30)

#: Thừa Thiên Huế became the centrally-run city of Huế on 1 January 2025 (provinces.json); the bodies of
#: the former province end with it, even those that carried on under the city for a while.
THUA_THIEN_HUE_END = D(2024, 12, 31)


@dataclass(frozen=True)
class AgencySpec:
    """One agency to get or create; ``key`` is how the plans and users of the demo refer to it."""

    key: str
    name: str
    kind: str
    short_name: str = ""
    abbreviations: tuple[str, ...] = ()
    group_of: str = ""
    valid_to: datetime.date | None = None


@dataclass(frozen=True)
class DocumentSpec:
    """A document of the register. ``issuer`` is an agency key of ``province`` (None: a central body)."""

    key: str
    province: str | None
    issuer: str
    doc_type: str
    number: str
    issued_on: datetime.date | None
    title: str
    place: str = ""
    signer_title: str = ""


@dataclass(frozen=True)
class CitationSpec:
    citing: str
    cited: str
    relation: str
    text: str = ""


@dataclass(frozen=True)
class UserSpec:
    username: str
    full_name: str
    role: str
    province: str | None = None
    agency: tuple[str | None, str] | None = None  # (province code or None, agency key)
    job_title: str = ""
    flags: dict = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------------------
# Central bodies (province None).

CENTRAL_AGENCIES = [
    AgencySpec("ttg", "Thủ tướng Chính phủ", AgencyKind.CENTRAL, abbreviations=("TTg", "Thủ tướng")),
    AgencySpec("cp", "Chính phủ", AgencyKind.CENTRAL, abbreviations=("CP",)),
    AgencySpec("bng", "Bộ Ngoại giao", AgencyKind.CENTRAL, abbreviations=("BNG",)),
    AgencySpec(
        "bchtw",
        "Ban Chấp hành Trung ương Đảng",
        AgencyKind.CENTRAL,
        short_name="BCH Trung ương Đảng",
        abbreviations=("BCHTW", "Trung ương"),
    ),
    AgencySpec("bct", "Bộ Chính trị", AgencyKind.CENTRAL, abbreviations=("BCT",)),
    AgencySpec(
        "ubnv",
        "Ủy ban Nhà nước về người Việt Nam ở nước ngoài",
        AgencyKind.CENTRAL,
        short_name="Ủy ban Nhà nước về NVNONN",
        abbreviations=("UBNN về NVNONN",),
    ),
    AgencySpec(
        "bvhttdl",
        "Bộ Văn hóa, Thể thao và Du lịch",
        AgencyKind.CENTRAL,
        short_name="Bộ VHTTDL",
        abbreviations=("Bộ VH-TT&DL", "Bộ VHTT&DL"),
    ),
]


# ---------------------------------------------------------------------------------------------------------
# The agencies of the four seed provinces.


def _committee(province_name: str) -> AgencySpec:
    return AgencySpec(
        "ubnd",
        f"Ủy ban nhân dân tỉnh {province_name}",
        AgencyKind.PEOPLES_COMMITTEE,
        short_name=f"UBND tỉnh {province_name}",
        abbreviations=("UBND tỉnh",),
    )


def _party_committee(province_name: str) -> AgencySpec:
    return AgencySpec("tu", f"Tỉnh ủy {province_name}", AgencyKind.PARTY, short_name="Tỉnh ủy", abbreviations=("TU",))


SNV = AgencySpec("snv", "Sở Ngoại vụ", AgencyKind.DEPARTMENT, abbreviations=("SNgV", "SNV"))
VHTTDL = AgencySpec(
    "vhttdl",
    "Sở Văn hóa, Thể thao và Du lịch",
    AgencyKind.DEPARTMENT,
    short_name="Sở VHTTDL",
    abbreviations=("Sở VH-TT&DL", "Sở VHTT&DL", "SVHTTDL"),
)
TTTT = AgencySpec(
    "tttt",
    "Sở Thông tin và Truyền thông",
    AgencyKind.DEPARTMENT,
    short_name="Sở TT&TT",
    abbreviations=("Sở TTTT", "STTTT"),
)
KHDT = AgencySpec(
    "khdt",
    "Sở Kế hoạch và Đầu tư",
    AgencyKind.DEPARTMENT,
    short_name="Sở KH&ĐT",
    abbreviations=("Sở KHĐT", "SKHĐT"),
)
STC = AgencySpec("stc", "Sở Tài chính", AgencyKind.DEPARTMENT, abbreviations=("STC",))
SCT = AgencySpec("sct", "Sở Công Thương", AgencyKind.DEPARTMENT, abbreviations=("SCT",))
MTTQ = AgencySpec(
    "mttq",
    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    AgencyKind.MASS_ORGANISATION,
    short_name="UBMTTQ VN tỉnh",
    abbreviations=("Ủy ban MTTQ tỉnh", "UBMTTQ Việt Nam tỉnh", "UBMTTQ tỉnh"),
)
LHHN = AgencySpec(
    "lhhn",
    "Liên hiệp các tổ chức hữu nghị tỉnh",
    AgencyKind.MASS_ORGANISATION,
    short_name="Liên hiệp các TCHN tỉnh",
    abbreviations=("LHCTCHN tỉnh",),
)
GROUP_DEPARTMENTS = AgencySpec(
    "cac_so",
    "Các sở, ban, ngành",
    AgencyKind.GROUP,
    abbreviations=("các sở, ban ngành", "các sở, ban, ngành của tỉnh"),
    group_of=AgencyKind.DEPARTMENT,
)
GROUP_MASS_ORGS = AgencySpec(
    "doan_the",
    "Các tổ chức đoàn thể",
    AgencyKind.GROUP,
    abbreviations=("các đoàn thể", "các hội, đoàn thể"),
    group_of=AgencyKind.MASS_ORGANISATION,
)


def _districts_group(name: str) -> AgencySpec:
    """'UBND các huyện, thành phố' as the province's plans write it; it ends with the district level."""
    return AgencySpec(
        "cac_huyen",
        name,
        AgencyKind.GROUP,
        abbreviations=("UBND cấp huyện",),
        group_of=AgencyKind.DISTRICT,
        valid_to=DISTRICT_LEVEL_END,
    )


def _district(key: str, unit: str, valid_to: datetime.date = DISTRICT_LEVEL_END) -> AgencySpec:
    """A district-level People's Committee: ``unit`` is 'huyện Lý Sơn', 'thị xã Buôn Hồ', 'thành phố ...'."""
    return AgencySpec(key, f"Ủy ban nhân dân {unit}", AgencyKind.DISTRICT, short_name=f"UBND {unit}", valid_to=valid_to)


def _ending(specs: list[AgencySpec], valid_to: datetime.date) -> list[AgencySpec]:
    """The same agencies, none valid after ``valid_to``."""
    return [replace(s, valid_to=min(s.valid_to or valid_to, valid_to)) for s in specs]


PROVINCE_AGENCIES: dict[str, list[AgencySpec]] = {
    "dak-lak": [
        _committee("Đắk Lắk"),
        _party_committee("Đắk Lắk"),
        SNV,
        VHTTDL,
        TTTT,
        KHDT,
        STC,
        SCT,
        AgencySpec(
            "nnptnt",
            "Sở Nông nghiệp và Phát triển nông thôn",
            AgencyKind.DEPARTMENT,
            short_name="Sở NN&PTNT",
            abbreviations=("Sở NNPTNT",),
        ),
        MTTQ,
        LHHN,
        AgencySpec(
            "bdbp",
            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
            AgencyKind.OTHER_UNIT,
            short_name="BCH BĐBP tỉnh",
            abbreviations=("Bộ đội Biên phòng tỉnh",),
        ),
        AgencySpec("bao", "Báo Đắk Lắk", AgencyKind.OTHER_UNIT),
        AgencySpec(
            "ptth",
            "Đài Phát thanh và Truyền hình tỉnh",
            AgencyKind.OTHER_UNIT,
            short_name="Đài PT-TH tỉnh",
            abbreviations=("Đài PTTH tỉnh",),
        ),
        AgencySpec(
            "cong_ttdt",
            "Trung tâm Công nghệ và Cổng thông tin điện tử tỉnh",
            AgencyKind.OTHER_UNIT,
            short_name="Trung tâm CN&Cổng TTĐT tỉnh",
            # As the 2024 plan's recipients write it.
            abbreviations=("Trung tâm CN&Công TTĐT tỉnh",),
        ),
        GROUP_DEPARTMENTS,
        _districts_group("UBND các huyện, thị xã, thành phố"),
        GROUP_MASS_ORGS,
        _district("bmt", "thành phố Buôn Ma Thuột"),
        _district("buon_ho", "thị xã Buôn Hồ"),
        _district("buon_don", "huyện Buôn Đôn"),
        _district("ea_sup", "huyện Ea Súp"),
        _district("lak", "huyện Lắk"),
        _district("krong_pac", "huyện Krông Pắc"),
    ],
    "quang-ngai": [
        _committee("Quảng Ngãi"),
        _party_committee("Quảng Ngãi"),
        SNV,
        VHTTDL,
        TTTT,
        KHDT,
        STC,
        SCT,
        AgencySpec(
            "dung_quat",
            "Ban Quản lý Khu Kinh tế Dung Quất và các Khu Công nghiệp tỉnh",
            AgencyKind.ECONOMIC_ZONE,
            short_name="BQL KKT Dung Quất và các KCN",
            abbreviations=("Ban Quản lý KKT Dung Quất", "BQL KKT Dung Quất"),
        ),
        MTTQ,
        LHHN,
        AgencySpec("kieu_bao", "Hội Thân nhân kiều bào tỉnh", AgencyKind.MASS_ORGANISATION),
        GROUP_DEPARTMENTS,
        _districts_group("UBND các huyện, thành phố"),
        GROUP_MASS_ORGS,
        _district("tp_qn", "thành phố Quảng Ngãi"),
        _district("ly_son", "huyện Lý Sơn"),
        _district("binh_son", "huyện Bình Sơn"),
        _district("son_tinh", "huyện Sơn Tịnh"),
        _district("tu_nghia", "huyện Tư Nghĩa"),
        _district("mo_duc", "huyện Mộ Đức"),
        _district("ba_to", "huyện Ba Tơ"),
    ],
    "an-giang": [
        _committee("An Giang"),
        _party_committee("An Giang"),
        SNV,
        VHTTDL,
        TTTT,
        KHDT,
        STC,
        SCT,
        MTTQ,
        LHHN,
        AgencySpec(
            "bdbp",
            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
            AgencyKind.OTHER_UNIT,
            short_name="BCH BĐBP tỉnh",
            abbreviations=("Bộ đội Biên phòng tỉnh",),
        ),
        AgencySpec("bao", "Báo An Giang", AgencyKind.OTHER_UNIT),
        AgencySpec(
            "ptth",
            "Đài Phát thanh - Truyền hình An Giang",
            AgencyKind.OTHER_UNIT,
            short_name="Đài PT-TH An Giang",
            abbreviations=("Đài PTTH An Giang",),
        ),
        GROUP_DEPARTMENTS,
        _districts_group("UBND các huyện, thị xã, thành phố"),
        GROUP_MASS_ORGS,
        _district("long_xuyen", "thành phố Long Xuyên"),
        _district("chau_doc", "thành phố Châu Đốc"),
        _district("tan_chau", "thị xã Tân Châu"),
        _district("an_phu", "huyện An Phú"),
        _district("tri_ton", "huyện Tri Tôn"),
    ],
    # Thừa Thiên Huế had a Department of Culture and Sports and a separate Department of Tourism, not a
    # combined Sở VHTTDL.
    "thua-thien-hue": _ending(
        [
            _committee("Thừa Thiên Huế"),
            _party_committee("Thừa Thiên Huế"),
            SNV,
            AgencySpec(
                "vhtt",
                "Sở Văn hóa và Thể thao",
                AgencyKind.DEPARTMENT,
                short_name="Sở VH&TT",
                abbreviations=("Sở VHTT",),
            ),
            AgencySpec("du_lich", "Sở Du lịch", AgencyKind.DEPARTMENT),
            TTTT,
            KHDT,
            STC,
            SCT,
            MTTQ,
            LHHN,
            AgencySpec(
                "di_tich",
                "Trung tâm Bảo tồn Di tích Cố đô Huế",
                AgencyKind.OTHER_UNIT,
                abbreviations=("TTBTDT Cố đô Huế",),
            ),
            GROUP_DEPARTMENTS,
            _districts_group("UBND các huyện, thị xã, thành phố"),
            GROUP_MASS_ORGS,
            _district("tp_hue", "thành phố Huế"),
            _district("huong_thuy", "thị xã Hương Thủy"),
            _district("huong_tra", "thị xã Hương Trà"),
            _district("phu_vang", "huyện Phú Vang"),
            _district("phu_loc", "huyện Phú Lộc"),
            _district("a_luoi", "huyện A Lưới"),
        ],
        THUA_THIEN_HUE_END,
    ),
}

#: The focal agency (cơ quan đầu mối) of each seed province: the Department of Foreign Affairs.
FOCAL_AGENCY = {code: "snv" for code in PROVINCE_AGENCIES}


# ---------------------------------------------------------------------------------------------------------
# Documents the seeds cite (the plans' own documents are made with the plans).

DOCUMENTS = [
    # National.
    DocumentSpec(
        "208/QĐ-TTg",
        None,
        "ttg",
        DocumentType.DECISION,
        "208/QĐ-TTg",
        D(2011, 2, 14),
        "Phê duyệt Chiến lược Ngoại giao văn hóa đến năm 2020",
        place="Hà Nội",
    ),
    DocumentSpec(
        "210/QĐ-TTg",
        None,
        "ttg",
        DocumentType.DECISION,
        "210/QĐ-TTg",
        D(2015, 2, 8),
        "Phê duyệt Chiến lược văn hóa đối ngoại của Việt Nam đến năm 2020, tầm nhìn 2030",
        place="Hà Nội",
    ),
    DocumentSpec(
        "25/CT-TTg",
        None,
        "ttg",
        DocumentType.DIRECTIVE,
        "25/CT-TTg",
        D(2021, 9, 10),
        "Về việc đẩy mạnh triển khai Chiến lược văn hóa đối ngoại của Việt Nam giai đoạn 2022-2026",
        place="Hà Nội",
    ),
    DocumentSpec(
        "2013/QĐ-TTg",
        None,
        "ttg",
        DocumentType.DECISION,
        "2013/QĐ-TTg",
        D(2021, 11, 30),
        "Phê duyệt Chiến lược Ngoại giao văn hóa đến năm 2030",
        place="Hà Nội",
    ),
    DocumentSpec(
        "33-NQ/TW",
        None,
        "bchtw",
        DocumentType.RESOLUTION,
        "33-NQ/TW",
        D(2014, 6, 9),
        "Về xây dựng và phát triển văn hóa, con người Việt Nam đáp ứng yêu cầu phát triển bền vững đất nước",
        place="Hà Nội",
    ),
    DocumentSpec(
        "76-KL/TW",
        None,
        "bct",
        DocumentType.CONCLUSION,
        "76-KL/TW",
        D(2020, 6, 4),
        "Về việc tiếp tục thực hiện Nghị quyết số 33-NQ/TW Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng "
        "khóa XI về xây dựng và phát triển văn hóa, con người Việt Nam đáp ứng yêu cầu phát triển bền vững đất nước",
        place="Hà Nội",
    ),
    # Đắk Lắk.
    DocumentSpec(
        "1515/QĐ-UBND",
        "dak-lak",
        "ubnd",
        DocumentType.DECISION,
        "1515/QĐ-UBND",
        D(2014, 7, 10),
        "Ban hành Kế hoạch triển khai thực hiện Chiến lược Ngoại giao Văn hóa đến năm 2020 trên địa bàn tỉnh",
        place="Đắk Lắk",
    ),
    DocumentSpec(
        "60/KH-UBND",
        "dak-lak",
        "ubnd",
        DocumentType.PLAN,
        "60/KH-UBND",
        D(2022, 3, 14),
        "Triển khai Chiến lược Ngoại giao văn hóa đến năm 2030 trên địa bàn tỉnh Đắk Lắk",
        place="Đắk Lắk",
    ),
    DocumentSpec(
        "09/KH-UBND",
        "dak-lak",
        "ubnd",
        DocumentType.PLAN,
        "09/KH-UBND",
        D(2024, 1, 11),
        "Triển khai công tác đối ngoại trên địa bàn tỉnh năm 2024",
        place="Đắk Lắk",
    ),
    # Quảng Ngãi.
    DocumentSpec(
        "979/QĐ-UBND",
        "quang-ngai",
        "ubnd",
        DocumentType.DECISION,
        "979/QĐ-UBND",
        D(2014, 7, 14),
        "Về việc ban hành Kế hoạch hành động của tỉnh Quảng Ngãi triển khai thực hiện Chiến lược Ngoại giao "
        "văn hóa đến năm 2020",
        place="Quảng Ngãi",
        # Issued by the Chairman (Chủ tịch UBND tỉnh), as the 2018 plan says.
        signer_title="CHỦ TỊCH",
    ),
    DocumentSpec(
        "87/SNgV-LSLTBC",
        "quang-ngai",
        "snv",
        DocumentType.OFFICIAL_LETTER,
        "87/SNgV-LSLTBC",
        D(2018, 2, 2),
        # The seed names the letter only by what it proposed.
        "Đề xuất Kế hoạch triển khai công tác Ngoại giao văn hóa trên địa bàn tỉnh năm 2018",
        place="Quảng Ngãi",
    ),
    # An Giang.
    DocumentSpec(
        "33-Ctr/TU",
        "an-giang",
        "tu",
        DocumentType.PROGRAMME,
        "33-Ctr/TU",
        D(2015, 5, 21),
        "Thực hiện Nghị quyết Trung ương 9, (khóa XI) về “Xây dựng và phát triển văn hóa, con người Việt Nam "
        "đáp ứng yêu cầu phát triển bền vững đất nước” trên địa bàn tỉnh",
        place="An Giang",
    ),
    DocumentSpec(
        "692/STTTT–TTBCXB",
        "an-giang",
        "tttt",
        DocumentType.OFFICIAL_LETTER,
        # The en dash is the issuer's; the number key folds it, so "692/STTTT-TTBCXB" finds it too.
        "692/STTTT–TTBCXB",
        D(2023, 5, 19),
        "Về việc tiếp tục đẩy mạnh truyền thông triển khai Chỉ thị 25/CT-TTg của Thủ tướng Chính phủ về việc "
        "đẩy mạnh triển khai Chiến lược Văn hóa đối ngoại của Việt Nam giai đoạn 2022 – 2026 trên địa bàn tỉnh "
        "An Giang",
        place="An Giang",
    ),
]


# ---------------------------------------------------------------------------------------------------------
# Citations: document keys above, or the keys of the plans in ``huunghi.core.demo.plans``.

IMPLEMENTS, BASED_ON, MENTIONS = (
    CitationRelation.IMPLEMENTS,
    CitationRelation.BASED_ON,
    CitationRelation.MENTIONS,
)

CITATIONS = [
    # The national chain. The 2030 strategy names the 2020 one in its preamble ("Căn cứ ...").
    CitationSpec(
        "2013/QĐ-TTg",
        "208/QĐ-TTg",
        BASED_ON,
        "Quyết định số 208/QĐ-TTg ngày 14 tháng 02 năm 2011 của Chính phủ về việc phê duyệt Chiến lược Ngoại giao "
        "văn hóa đến năm 2020",
    ),
    CitationSpec(
        "76-KL/TW",
        "33-NQ/TW",
        IMPLEMENTS,
        "về việc tiếp tục thực hiện Nghị quyết số 33-NQ/TW Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng khóa XI",
    ),
    # Đắk Lắk: 208/QĐ-TTg → 1515/QĐ-UBND → 1270/KH-UBND (2020); 2013/QĐ-TTg → 60/KH-UBND → 2024 plan.
    CitationSpec(
        "1515/QĐ-UBND",
        "208/QĐ-TTg",
        IMPLEMENTS,
        "Kế hoạch triển khai thực hiện Chiến lược Ngoại giao Văn hóa đến năm 2020 trên địa bàn tỉnh",
    ),
    CitationSpec(
        "dak-lak-2020",
        "1515/QĐ-UBND",
        IMPLEMENTS,
        "Kế hoạch triển khai thực hiện Chiến lược Ngoại giao Văn hóa đến năm 2020 trên địa bàn tỉnh ban hành kèm "
        "theo Quyết định số 1515/QĐ-UBND ngày 10/7/2014 của UBND tỉnh",
    ),
    CitationSpec(
        "dak-lak-2020",
        "208/QĐ-TTg",
        IMPLEMENTS,
        "Chiến lược Ngoại giao Văn hóa đến năm 2020 của Chính phủ",
    ),
    CitationSpec(
        "60/KH-UBND",
        "2013/QĐ-TTg",
        IMPLEMENTS,
        "triển khai Chiến lược Ngoại giao văn hóa đến năm 2030 trên địa bàn tỉnh Đắk Lắk",
    ),
    CitationSpec(
        "dak-lak-2024",
        "60/KH-UBND",
        IMPLEMENTS,
        "Kế hoạch hành động số 60/KH-UBND ngày 14/3/2022 của UBND tỉnh về triển khai Chiến lược Ngoại giao văn "
        "hóa đến năm 2030 trên địa bàn tỉnh Đắk Lắk",
    ),
    CitationSpec(
        "dak-lak-2024",
        "09/KH-UBND",
        IMPLEMENTS,
        "Kế hoạch số 09/KH-UBND ngày 11/01/2024 của UBND tỉnh về triển khai công tác đối ngoại trên địa bàn tỉnh "
        "năm 2024",
    ),
    # Quảng Ngãi: 208/QĐ-TTg → 979/QĐ-UBND → the 2018 plan (proposed by letter 87/SNgV-LSLTBC).
    CitationSpec(
        "979/QĐ-UBND",
        "208/QĐ-TTg",
        IMPLEMENTS,
        "Kế hoạch hành động của tỉnh Quảng Ngãi triển khai thực hiện Chiến lược Ngoại giao văn hóa đến năm 2020",
    ),
    CitationSpec(
        "quang-ngai-2018",
        "979/QĐ-UBND",
        IMPLEMENTS,
        "Quyết định số 979/QĐ-UBND ngày 14/7/2014 của Chủ tịch UBND tỉnh về việc ban hành Kế hoạch hành động của "
        "tỉnh Quảng Ngãi triển khai thực hiện Chiến lược Ngoại giao văn hóa đến năm 2020",
    ),
    CitationSpec(
        "quang-ngai-2018",
        "87/SNgV-LSLTBC",
        BASED_ON,
        "đề xuất của Sở Ngoại vụ tại Công văn số 87/SNgV-LSLTBC ngày 02/02/2018",
    ),
    CitationSpec(
        "quang-ngai-2018",
        "208/QĐ-TTg",
        IMPLEMENTS,
        "Chiến lược Ngoại giao văn hóa đến năm 2020 của Chính phủ",
    ),
    # Thừa Thiên Huế.
    CitationSpec(
        "thua-thien-hue-2022",
        "2013/QĐ-TTg",
        IMPLEMENTS,
        "thực hiện Chiến lược Ngoại giao văn hóa đến năm 2030 trên địa bàn tỉnh Thừa Thiên Huế",
    ),
    # An Giang: 25/CT-TTg → 720/KH-UBND → letter 692/STTTT–TTBCXB.
    CitationSpec(
        "an-giang-2022",
        "25/CT-TTg",
        IMPLEMENTS,
        "triển khai thực hiện Chỉ thị số 25/CT-TTg của Thủ tướng Chính phủ về việc đẩy mạnh triển khai Chiến lược "
        "văn hóa đối ngoại của Việt Nam giai đoạn 2022-2026 trên địa bàn tỉnh An Giang",
    ),
    CitationSpec(
        "33-Ctr/TU",
        "33-NQ/TW",
        IMPLEMENTS,
        "thực hiện Nghị quyết Trung ương 9, (khóa XI)",
    ),
    CitationSpec(
        "692/STTTT–TTBCXB",
        "an-giang-2022",
        IMPLEMENTS,
        "nhằm tiếp tục đẩy mạnh việc thực hiện Kế hoạch số 720/KH-UBND ngày 24 tháng 11 năm 2021 của Ủy ban nhân "
        "dân tỉnh",
    ),
    CitationSpec("692/STTTT–TTBCXB", "25/CT-TTg", MENTIONS, "Chỉ thị số 25/CT-TTg"),
    CitationSpec(
        "692/STTTT–TTBCXB",
        "33-NQ/TW",
        MENTIONS,
        "Nghị quyết số 33-NQ/TW ngày 09 tháng 6 năm 2014 của Ban Chấp hành Trung ương Đảng khóa XI",
    ),
    CitationSpec(
        "692/STTTT–TTBCXB",
        "76-KL/TW",
        MENTIONS,
        "Kết luận số 76-KL/TW ngày 04 tháng 6 năm 2020 của Bộ Chính trị",
    ),
    CitationSpec(
        "692/STTTT–TTBCXB",
        "33-Ctr/TU",
        MENTIONS,
        "Chương trình hành động số 33-Ctr/TU ngày 21 tháng 5 năm 2015 của Tỉnh ủy",
    ),
]


# ---------------------------------------------------------------------------------------------------------
# Demo users, one per role.

USERS = [
    UserSpec(
        "officer",
        "Nguyễn Thị Hồng Nhung",
        Role.OFFICER,
        province="dak-lak",
        agency=("dak-lak", "snv"),
        job_title="Chuyên viên Sở Ngoại vụ",
    ),
    UserSpec(
        "vhttdl",
        "H'Linh Niê",
        Role.FOCAL_POINT,
        province="dak-lak",
        agency=("dak-lak", "vhttdl"),
        job_title="Đầu mối đối ngoại, Sở Văn hóa, Thể thao và Du lịch",
    ),
    UserSpec(
        "leader",
        "Trần Quốc Hưng",
        Role.LEADER,
        province="dak-lak",
        agency=("dak-lak", "ubnd"),
        job_title="Lãnh đạo UBND tỉnh",
    ),
    UserSpec(
        "finance",
        "Lê Thị Thu Hà",
        Role.FINANCE,
        province="dak-lak",
        agency=("dak-lak", "stc"),
        job_title="Chuyên viên Sở Tài chính",
    ),
    UserSpec(
        "ministry",
        "Đỗ Thanh Bình",
        Role.MINISTRY,
        agency=(None, "bng"),
        job_title="Chuyên viên Bộ Ngoại giao",
    ),
    UserSpec(
        "admin",
        "Vũ Minh Đức",
        Role.ADMIN,
        job_title="Quản trị hệ thống",
        flags={"is_staff": True, "is_superuser": True},
    ),
    UserSpec(
        "quangngai",
        "Phan Thị Lan",
        Role.OFFICER,
        province="quang-ngai",
        agency=("quang-ngai", "snv"),
        job_title="Chuyên viên Sở Ngoại vụ",
    ),
]

#: How the summary names each role (the words of DOMAIN.md's table).
ROLE_VI = {
    Role.OFFICER: "chuyên viên cơ quan đầu mối",
    Role.FOCAL_POINT: "đầu mối của sở, ngành",
    Role.LEADER: "lãnh đạo",
    Role.FINANCE: "cán bộ Sở Tài chính",
    Role.MINISTRY: "Bộ Ngoại giao",
    Role.ADMIN: "quản trị",
}
