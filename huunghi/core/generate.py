"""A realistic national data set for demonstrations and benchmarks (``huunghi generate``).

For each current province: 40–80 agencies (the People's Committee, the real list of provincial departments
with the March 2025 reorganisation, mass organisations, units, district committees abolished in July 2025,
and the three groups plans write as "các sở, ban, ngành"...), the focal agency, one officer, and one
yearly cultural diplomacy plan per year, each with 130–170 tasks in 5–8 numbered sections, every task with
its lead and cooperating agencies, timing and budget.

Everything drawn at random comes from a generator seeded with ``seed``, the province's code and the year,
so a given seed always yields the same provinces' content, however much of it already exists. A province's
agencies are matched by name and a plan by its province and year: running again creates only what is
missing and reports what it skipped.

Plans and their documents go through ``plan_create`` and sections through ``section_create``; tasks and
assignments are bulk-inserted for speed, with the search keys and history rows the services would write.

The dates and names below serve generated content only. The reference tables of anniversaries and national
days, with their sources, belong to the calendar.
"""

import datetime
import json
import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from huunghi.accounts.models import Role
from huunghi.core.errors import DomainError
from huunghi.documents.models import CitationRelation, DocumentType, LegalDocument
from huunghi.documents.services import citation_add, document_create
from huunghi.organisations.models import Agency, AgencyKind, Province, ProvinceKind
from huunghi.organisations.services import (
    PROVINCES_FILE,
    agency_get_or_create,
    agency_search_key,
    province_set_focal_agency,
    provinces_load,
)
from huunghi.plans.models import Assignment, AssignmentRole, BudgetSource, Plan, PlanKind, PlanStatus, Task
from huunghi.plans.models import TaskCategory as C
from huunghi.plans.services import plan_create, section_create, task_search_key
from huunghi.reporting.models import (
    AgencyReport,
    PeriodKind,
    PeriodStatus,
    ReportAction,
    ReportEvent,
    ReportingPeriod,
    ReportStatus,
    TaskReport,
    TaskStatus,
)
from huunghi.reporting.services import DEFAULT_DEADLINE_DAYS, period_code, period_dates
from huunghi.text import number_key


def _words(text: str) -> list[str]:
    return text.split()


END_YEAR = 2025
DEMO_PASSWORD = "huunghi-demo"
VIETNAMESE_LETTERS = _words("a b c d đ e g h i k l m n o p q r s t u v x y")
MIN_TASKS, MAX_TASKS = 130, 170
MIN_SECTIONS, MAX_SECTIONS = 5, 8
MIN_AGENCIES, MAX_AGENCIES = 40, 80

# Most provincial departments were merged on 1 March 2025 (Nghị định 45/2025/NĐ-CP) and district-level
# committees ended on 30 June 2025; the generated agencies carry these validity periods, and a plan names
# only the agencies that existed on the day it was issued.
REORGANISED = datetime.date(2025, 3, 1)
BEFORE_REORGANISATION = REORGANISED - datetime.timedelta(days=1)
DISTRICTS_ABOLISHED = datetime.date(2025, 6, 30)


# --- Agencies -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AgencySpec:
    name: str
    kind: str
    short_name: str = ""
    abbreviations: tuple[str, ...] = ()
    group_of: str = ""
    valid_from: datetime.date | None = None
    valid_to: datetime.date | None = None
    #: What the agency does, for choosing who leads and cooperates on a task ("foreign", "culture"...).
    tags: frozenset[str] = frozenset()

    def is_current(self, on: datetime.date) -> bool:
        return (self.valid_from is None or self.valid_from <= on) and (self.valid_to is None or self.valid_to >= on)


def _spec(name, kind, short="", abbr=(), tags="", valid_from=None, valid_to=None, group_of=""):
    return AgencySpec(
        name=name,
        kind=kind,
        short_name=short,
        abbreviations=tuple(abbr),
        group_of=group_of,
        valid_from=valid_from,
        valid_to=valid_to,
        tags=frozenset(tags.split()),
    )


D, M, U, P = AgencyKind.DEPARTMENT, AgencyKind.MASS_ORGANISATION, AgencyKind.OTHER_UNIT, AgencyKind.PARTY
OLD, NEW = {"valid_to": BEFORE_REORGANISATION}, {"valid_from": REORGANISED}

FOCAL_AGENCY_NAME = "Sở Ngoại vụ"

# Every province has these departments (some only before or after the 2025 reorganisation).
DEPARTMENTS = [
    _spec("Sở Ngoại vụ", D, "Sở Ngoại vụ", ["SNgV", "Sở NgV"], "foreign"),
    _spec("Văn phòng Ủy ban nhân dân {tinh}", D, "Văn phòng UBND {tinh}", ["VPUB", "VP UBND {tinh}"], "office"),
    _spec("Sở Nội vụ", D, "Sở Nội vụ", ["SNV"], "interior"),
    _spec("Sở Tài chính", D, "Sở Tài chính", ["STC"], "finance"),
    _spec("Sở Kế hoạch và Đầu tư", D, "Sở KH&ĐT", ["Sở KHĐT", "Sở Kế hoạch - Đầu tư"], "planning", **OLD),
    _spec("Sở Văn hóa, Thể thao và Du lịch", D, "Sở VHTTDL", ["Sở VH,TT&DL", "Sở VHTT&DL"], "culture tourism"),
    _spec("Sở Công Thương", D, "Sở Công Thương", ["SCT"], "trade"),
    _spec("Sở Nông nghiệp và Phát triển nông thôn", D, "Sở NN&PTNT", ["Sở NNPTNT"], "agriculture", **OLD),
    _spec("Sở Tài nguyên và Môi trường", D, "Sở TN&MT", ["Sở TNMT"], "environment", **OLD),
    _spec("Sở Nông nghiệp và Môi trường", D, "Sở NN&MT", ["Sở NNMT"], "agriculture environment", **NEW),
    _spec("Sở Xây dựng", D, "Sở Xây dựng", ["SXD"], "construction"),
    _spec("Sở Giao thông vận tải", D, "Sở GTVT", ["Sở Giao thông - Vận tải"], "construction", **OLD),
    _spec("Sở Y tế", D, "Sở Y tế", ["SYT"], "health"),
    _spec("Sở Giáo dục và Đào tạo", D, "Sở GD&ĐT", ["Sở GDĐT"], "education"),
    _spec("Sở Khoa học và Công nghệ", D, "Sở KH&CN", ["Sở KHCN"], "science"),
    _spec("Sở Thông tin và Truyền thông", D, "Sở TT&TT", ["Sở TTTT"], "information", **OLD),
    _spec("Sở Lao động - Thương binh và Xã hội", D, "Sở LĐ-TB&XH", ["Sở LĐTBXH"], "labour", **OLD),
    _spec("Sở Tư pháp", D, "Sở Tư pháp", ["STP"], "justice"),
    _spec("Ban Dân tộc {tinh}", D, "Ban Dân tộc", [], "ethnic", **OLD),
    _spec("Sở Dân tộc và Tôn giáo", D, "Sở DT&TG", ["Sở DTTG"], "ethnic", **NEW),
    _spec("Thanh tra {tinh}", D, "Thanh tra {tinh}", [], "inspection"),
    _spec("Công an {tinh}", D, "Công an {tinh}", ["CA {tinh}"], "security"),
    _spec("Bộ Chỉ huy Quân sự {tinh}", D, "Bộ CHQS {tinh}", ["BCHQS {tinh}"], "military"),
    _spec("Ban Quản lý Khu kinh tế {tinh}", AgencyKind.ECONOMIC_ZONE, "BQL KKT", ["Ban QLKKT"], "economic_zone"),
]

PARTY = [
    _spec("Văn phòng {Tu}", P, "Văn phòng {Tu}", [], "party"),
    _spec("Ban Tuyên giáo {Tu}", P, "Ban Tuyên giáo {Tu}", ["BTG {Tu}"], "propaganda", **OLD),
    _spec("Ban Tuyên giáo và Dân vận {Tu}", P, "Ban TG&DV {Tu}", [], "propaganda", **NEW),
]

MASS_ORGANISATIONS = [
    _spec(
        "Ủy ban Mặt trận Tổ quốc Việt Nam {tinh}",
        M,
        "UBMTTQ Việt Nam {tinh}",
        ["UBMTTQ VN {tinh}", "UBMTTQ {tinh}", "Ủy ban MTTQ {tinh}"],
        "front mass",
    ),
    _spec(
        "Liên hiệp các tổ chức hữu nghị {tinh}",
        M,
        "Liên hiệp các TCHN {tinh}",
        ["LHCTCHN"],
        "friendship mass",
    ),
    _spec("Hội Thân nhân kiều bào {tinh}", M, "Hội Thân nhân kiều bào", [], "overseas mass"),
    _spec("{Doan}", M, "{Doan}", ["Đoàn TNCS Hồ Chí Minh {tinh}", "{Doan} {P}"], "youth mass"),
    _spec("Hội Liên hiệp Phụ nữ {tinh}", M, "Hội LHPN {tinh}", ["Hội LHPN"], "women mass"),
    _spec("Hội Nông dân {tinh}", M, "Hội Nông dân {tinh}", [], "mass"),
    _spec("Liên đoàn Lao động {tinh}", M, "LĐLĐ {tinh}", [], "mass"),
    _spec("Hội Cựu chiến binh {tinh}", M, "Hội CCB {tinh}", [], "mass"),
]

UNITS = [
    _spec("Đài Phát thanh và Truyền hình {P}", U, "Đài PT-TH {P}", ["Đài PTTH {P}"], "media"),
    _spec("Báo {P}", U, "Báo {P}", [], "media"),
    _spec("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch {tinh}", U, "Trung tâm XTĐT-TM-DL", [], "promotion"),
    _spec("Bảo tàng {tinh}", U, "Bảo tàng {tinh}", [], "heritage"),
    _spec("Bệnh viện Đa khoa {tinh}", U, "BVĐK {tinh}", [], "hospital"),
]

# Some of these, to reach the province's count.
OPTIONAL = [
    _spec("Bộ Chỉ huy Bộ đội Biên phòng {tinh}", D, "Bộ CH BĐBP {tinh}", ["BĐBP {tinh}"], "border military"),
    _spec("Ban Quản lý các Khu công nghiệp {tinh}", AgencyKind.ECONOMIC_ZONE, "BQL các KCN", [], "economic_zone"),
    _spec("Ban Quản lý Di tích {tinh}", U, "BQL Di tích", [], "heritage"),
    _spec("Thư viện {tinh}", U, "Thư viện {tinh}", [], "library"),
    _spec("Trung tâm Văn hóa - Điện ảnh {tinh}", U, "TT Văn hóa - Điện ảnh", [], "arts"),
    _spec("Đoàn Ca múa nhạc dân tộc {P}", U, "Đoàn Ca múa nhạc", [], "arts"),
    _spec("Trung tâm Phục vụ hành chính công {tinh}", U, "TT PVHCC", [], "public_service"),
    _spec("Trường Chính trị {tinh}", U, "Trường Chính trị", [], "school"),
    _spec("Trường Đại học {P}", U, "ĐH {P}", [], "university"),
    _spec("Trường Cao đẳng Sư phạm {P}", U, "CĐSP {P}", [], "university"),
    _spec("Trường Cao đẳng Y tế {P}", U, "CĐYT {P}", [], "university health"),
    _spec("Trường Cao đẳng Văn hóa Nghệ thuật {P}", U, "CĐ VHNT {P}", [], "university arts"),
    _spec("Bệnh viện Y dược cổ truyền {tinh}", U, "BV YDCT", [], "hospital"),
    _spec("Bệnh viện Sản - Nhi {tinh}", U, "BV Sản - Nhi", [], "hospital"),
    _spec("Bệnh viện Mắt {tinh}", U, "BV Mắt", [], "hospital"),
    _spec("Liên hiệp các Hội Văn học Nghệ thuật {tinh}", M, "LH các Hội VHNT", [], "arts mass"),
    _spec("Hội Chữ thập đỏ {tinh}", M, "Hội CTĐ {tinh}", [], "mass"),
    _spec("Liên minh Hợp tác xã {tinh}", M, "Liên minh HTX", [], "mass trade"),
    _spec("Hội Doanh nhân trẻ {tinh}", M, "Hội DNT", [], "mass trade"),
    _spec("Hiệp hội Du lịch {tinh}", M, "Hiệp hội Du lịch", [], "mass tourism"),
]

DISTRICT_SYLLABLES = _words(
    "An Bình Châu Đông Đức Giang Hải Hòa Hưng Khánh Lạc Lâm Long Lộc Minh Mỹ Nam Ninh Phong Phú Phước Quang Sơn Tân Tây Thạnh Thành Thuận Tiên Trung Vĩnh Xuân Yên"
)


def _province_words(province: Province) -> dict[str, str]:
    city = province.kind == ProvinceKind.CITY
    # Inside a province, plans and agency names say "tỉnh" ("Công an tỉnh", "trên địa bàn tỉnh"), as the
    # demo's agencies do, so that both data sets name the same body the same way.
    return {
        "P": province.name,
        "tinh": "thành phố" if city else "tỉnh",
        "tinh_P": f"thành phố {province.name}" if city else f"tỉnh {province.name}",
        "Tu": "Thành ủy" if city else "Tỉnh ủy",
        "Doan": "Thành đoàn" if city else "Tỉnh đoàn",
    }


def _fill(spec: AgencySpec, words: dict[str, str]) -> AgencySpec:
    return AgencySpec(
        name=spec.name.format(**words),
        kind=spec.kind,
        short_name=spec.short_name.format(**words),
        abbreviations=tuple(a.format(**words) for a in spec.abbreviations),
        group_of=spec.group_of,
        valid_from=spec.valid_from,
        valid_to=spec.valid_to,
        tags=spec.tags,
    )


def agency_specs(province: Province, rng: random.Random) -> list[AgencySpec]:
    """The agencies of a generated province, between 40 and 80 of them, the same for the same ``rng`` state."""
    words = _province_words(province)
    city = province.kind == ProvinceKind.CITY
    committee = AgencySpec(
        name=f"Ủy ban nhân dân {words['tinh_P']}",
        kind=AgencyKind.PEOPLES_COMMITTEE,
        short_name=f"UBND {words['tinh_P']}",
        abbreviations=(f"UBND {words['tinh']}",),
        tags=frozenset({"committee"}),
    )
    district_label = "UBND các quận, huyện" if city else "UBND các huyện, thành phố"
    groups = [
        AgencySpec(
            name="Các sở, ban, ngành",
            kind=AgencyKind.GROUP,
            group_of=AgencyKind.DEPARTMENT,
            abbreviations=("các sở, ban ngành", "các sở, ngành"),
            tags=frozenset({"group_department"}),
        ),
        AgencySpec(
            name=district_label,
            kind=AgencyKind.GROUP,
            group_of=AgencyKind.DISTRICT,
            abbreviations=("UBND các huyện, thị xã, thành phố", "các địa phương"),
            valid_to=DISTRICTS_ABOLISHED,
            tags=frozenset({"group_district"}),
        ),
        AgencySpec(
            name="Các tổ chức đoàn thể",
            kind=AgencyKind.GROUP,
            group_of=AgencyKind.MASS_ORGANISATION,
            abbreviations=("các hội, đoàn thể", "các đoàn thể"),
            tags=frozenset({"group_mass"}),
        ),
    ]
    core = [committee, *(_fill(s, words) for s in DEPARTMENTS + PARTY + MASS_ORGANISATIONS + UNITS)]
    target = rng.randint(MIN_AGENCIES + 5, MAX_AGENCIES - 3)
    district_count = rng.randint(6, 14)
    optional_count = max(0, min(len(OPTIONAL), target - len(core) - len(groups) - district_count))
    optional = [_fill(s, words) for s in rng.sample(OPTIONAL, optional_count)]
    optional.sort(key=lambda s: s.name)
    districts = _district_specs(province, rng, district_count)
    return core + optional + districts + groups


def _district_specs(province: Province, rng: random.Random, count: int) -> list[AgencySpec]:
    city = province.kind == ProvinceKind.CITY
    names: list[str] = []
    while len(names) < count:
        first, second = rng.sample(DISTRICT_SYLLABLES, 2)
        place = f"{first} {second}"
        if place != province.name and place not in names:
            names.append(place)
    specs = []
    for i, place in enumerate(names):
        if city:
            level = "quận" if i < count * 2 // 3 else "huyện"
        else:
            level = "thành phố" if i == 0 else "thị xã" if i <= 2 and rng.random() < 0.5 else "huyện"
        specs.append(
            AgencySpec(
                name=f"Ủy ban nhân dân {level} {place}",
                kind=AgencyKind.DISTRICT,
                short_name=f"UBND {level} {place}",
                valid_to=DISTRICTS_ABOLISHED,
                tags=frozenset({"district"}),
            )
        )
    return specs


# --- Partners, countries and occasions -------------------------------------------------------------------


@dataclass(frozen=True)
class Country:
    name: str
    relations: datetime.date
    #: The occasion congratulations are sent on, and its month.
    national_day: str = ""
    month: int = 0


COUNTRIES = [
    Country("Lào", datetime.date(1962, 9, 5), "Quốc khánh nước Cộng hòa Dân chủ Nhân dân Lào (02/12)", 12),
    Country("Campuchia", datetime.date(1967, 6, 24), "Quốc khánh Vương quốc Campuchia (09/11)", 11),
    Country("Trung Quốc", datetime.date(1950, 1, 18), "Quốc khánh nước Cộng hòa Nhân dân Trung Hoa (01/10)", 10),
    Country("Hàn Quốc", datetime.date(1992, 12, 22), "Ngày Lập quốc Đại Hàn Dân Quốc (03/10)", 10),
    Country("Nhật Bản", datetime.date(1973, 9, 21), "Ngày sinh Nhà vua Nhật Bản (23/02)", 2),
    Country("Ấn Độ", datetime.date(1972, 1, 7), "Ngày Cộng hòa Ấn Độ (26/01)", 1),
    Country("Indonesia", datetime.date(1955, 12, 30), "Quốc khánh Cộng hòa Indonesia (17/8)", 8),
    Country("Nga", datetime.date(1950, 1, 30), "Ngày nước Nga (12/6)", 6),
    Country("Cuba", datetime.date(1960, 12, 2), "Quốc khánh Cộng hòa Cuba (01/01)", 1),
    Country("Pháp", datetime.date(1973, 4, 12), "Quốc khánh Cộng hòa Pháp (14/7)", 7),
    Country("Hoa Kỳ", datetime.date(1995, 7, 12), "Quốc khánh Hợp chúng quốc Hoa Kỳ (04/7)", 7),
    Country("Đức", datetime.date(1975, 9, 23), "Ngày Thống nhất nước Đức (03/10)", 10),
    Country("Australia", datetime.date(1973, 2, 26), "Quốc khánh Australia (26/01)", 1),
    Country("Thái Lan", datetime.date(1976, 8, 6), "Ngày sinh Nhà vua Thái Lan (28/7)", 7),
    Country("Singapore", datetime.date(1973, 8, 1), "Quốc khánh Cộng hòa Singapore (09/8)", 8),
    Country("Malaysia", datetime.date(1973, 3, 30), "Quốc khánh Malaysia (31/8)", 8),
    Country("Philippines", datetime.date(1976, 7, 12), "Quốc khánh Cộng hòa Philippines (12/6)", 6),
    Country("Myanmar", datetime.date(1975, 5, 28), "Ngày Độc lập Myanmar (04/01)", 1),
    Country("Vương quốc Anh", datetime.date(1973, 9, 11), "Ngày sinh chính thức của Nhà vua Anh", 6),
    Country("Hungary", datetime.date(1950, 2, 3), "Quốc khánh Hungary (20/8)", 8),
    Country("Séc", datetime.date(1950, 2, 2), "Quốc khánh Cộng hòa Séc (28/10)", 10),
    Country("Mông Cổ", datetime.date(1954, 11, 17), "Quốc khánh Mông Cổ (11/7)", 7),
    Country("Canada", datetime.date(1973, 8, 21), "Quốc khánh Canada (01/7)", 7),
    Country("Italia", datetime.date(1973, 3, 23), "Quốc khánh Cộng hòa Italia (02/6)", 6),
    Country("Hà Lan", datetime.date(1973, 4, 9), "Ngày Nhà vua Hà Lan (27/4)", 4),
    Country("New Zealand", datetime.date(1975, 6, 19), "Quốc khánh New Zealand (06/02)", 2),
    Country("Ba Lan", datetime.date(1950, 2, 4)),
]
COUNTRY = {c.name: c for c in COUNTRIES}


def _national_day(country: Country, year: int) -> tuple[str, int]:
    """The occasion a congratulatory message is sent on and its month, which for monarchies change with the
    monarch."""
    if country.name == "Nhật Bản" and year <= 2018:
        return "Ngày sinh Nhà vua Nhật Bản (23/12)", 12
    if country.name == "Vương quốc Anh" and year <= 2022:
        return "Ngày sinh chính thức của Nữ hoàng Anh", 6
    return country.national_day, country.month


PARTNERS = {
    "lao": [
        ("tỉnh Champasak", "Lào"),
        ("tỉnh Attapeu", "Lào"),
        ("tỉnh Salavan", "Lào"),
        ("tỉnh Sekong", "Lào"),
        ("tỉnh Savannakhet", "Lào"),
        ("tỉnh Khammouane", "Lào"),
        ("tỉnh Bolikhamxay", "Lào"),
        ("tỉnh Xiengkhouang", "Lào"),
        ("tỉnh Houaphanh", "Lào"),
        ("tỉnh Luang Prabang", "Lào"),
        ("tỉnh Oudomxay", "Lào"),
        ("tỉnh Phongsaly", "Lào"),
    ],
    "cambodia": [
        ("tỉnh Mondulkiri", "Campuchia"),
        ("tỉnh Ratanakiri", "Campuchia"),
        ("tỉnh Kratie", "Campuchia"),
        ("tỉnh Stung Treng", "Campuchia"),
        ("tỉnh Svay Rieng", "Campuchia"),
        ("tỉnh Prey Veng", "Campuchia"),
        ("tỉnh Takeo", "Campuchia"),
        ("tỉnh Kampot", "Campuchia"),
        ("tỉnh Tbong Khmum", "Campuchia"),
    ],
    "china": [
        ("Khu tự trị dân tộc Choang Quảng Tây", "Trung Quốc"),
        ("tỉnh Vân Nam", "Trung Quốc"),
        ("thành phố Sùng Tả", "Trung Quốc"),
        ("châu Hồng Hà", "Trung Quốc"),
    ],
    "far": [
        ("tỉnh Jeollabuk-do", "Hàn Quốc"),
        ("tỉnh Gyeonggi-do", "Hàn Quốc"),
        ("tỉnh Gyeongsangbuk-do", "Hàn Quốc"),
        ("tỉnh Gangwon-do", "Hàn Quốc"),
        ("thành phố Busan", "Hàn Quốc"),
        ("tỉnh Gunma", "Nhật Bản"),
        ("tỉnh Okayama", "Nhật Bản"),
        ("tỉnh Nagano", "Nhật Bản"),
        ("tỉnh Tottori", "Nhật Bản"),
        ("tỉnh Shizuoka", "Nhật Bản"),
        ("bang Queensland", "Australia"),
        ("vùng Normandie", "Pháp"),
        ("bang Brandenburg", "Đức"),
        ("tỉnh Udon Thani", "Thái Lan"),
        ("tỉnh Nakhon Phanom", "Thái Lan"),
        ("tỉnh Kostroma", "Nga"),
    ],
}

# Provinces with a land border take most of their partners from across it.
NEIGHBOURS = {
    "china": {"lai-chau", "dien-bien", "lao-cai", "lang-son", "cao-bang", "tuyen-quang", "quang-ninh"},
    "lao": {
        "dien-bien",
        "son-la",
        "thanh-hoa",
        "nghe-an",
        "ha-tinh",
        "quang-tri",
        "hue",
        "da-nang",
        "quang-ngai",
    },
    "cambodia": {
        "gia-lai",
        "dak-lak",
        "lam-dong",
        "dong-nai",
        "tay-ninh",
        "dong-thap",
        "an-giang",
        "quang-ngai",
    },
}

FOREIGN_OFFICES = [
    "Tổng Lãnh sự quán Ấn Độ tại Thành phố Hồ Chí Minh",
    "Đại sứ quán Hàn Quốc tại Việt Nam",
    "Đại sứ quán Nhật Bản tại Việt Nam",
    "Tổng Lãnh sự quán Lào tại Đà Nẵng",
    "Tổng Lãnh sự quán Campuchia tại Thành phố Hồ Chí Minh",
    "Quỹ Giao lưu quốc tế Nhật Bản (Japan Foundation)",
    "Cơ quan Hợp tác quốc tế Hàn Quốc (KOICA)",
    "Cơ quan Hợp tác quốc tế Nhật Bản (JICA)",
    "Viện Pháp tại Việt Nam",
    "Viện Goethe",
]
FAIRS = [
    "Hội chợ Du lịch quốc tế VITM Hà Nội",
    "Hội chợ Du lịch quốc tế ITE Thành phố Hồ Chí Minh",
    "Hội chợ ASEAN – Trung Quốc (CAEXPO) tại Nam Ninh",
    "Hội chợ Thương mại quốc tế Việt Nam (Vietnam Expo)",
    "Hội chợ Du lịch quốc tế JATA Tourism Expo tại Tokyo",
    "Hội chợ Thương mại – Du lịch Việt – Lào",
]
FESTIVALS = [
    "Tuần lễ Văn hóa – Du lịch {P}",
    "Ngày hội Văn hóa, Thể thao và Du lịch các dân tộc {tinh_P}",
    "Lễ hội Văn hóa ẩm thực {P}",
    "Festival Văn hóa truyền thống {P}",
]
HERITAGE = [
    "các di tích quốc gia đặc biệt trên địa bàn {tinh}",
    "các di sản văn hóa phi vật thể đã được UNESCO ghi danh",
    "các làng nghề truyền thống của {tinh}",
    "các loại hình nghệ thuật truyền thống của đồng bào các dân tộc",
    "các danh nhân văn hóa được UNESCO vinh danh",
    "các bảo vật quốc gia đang lưu giữ tại Bảo tàng {tinh}",
]
DOMESTIC_STUDY = ["Quảng Ninh", "Đà Nẵng", "Khánh Hòa", "Lâm Đồng", "Huế", "Thành phố Hồ Chí Minh", "Cần Thơ"]
LANGUAGES = [
    "tiếng Anh",
    "tiếng Anh",
    "tiếng Hàn",
    "tiếng Nhật",
    "tiếng Trung",
    "tiếng Pháp",
    "tiếng Lào",
    "tiếng Khmer",
]
CAN = _words("Canh Tân Nhâm Quý Giáp Ất Bính Đinh Mậu Kỷ")
CHI = _words("Thân Dậu Tuất Hợi Tý Sửu Dần Mão Thìn Tỵ Ngọ Mùi")


def lunar_year_name(year: int) -> str:
    """The sexagenary name of the lunar year that starts in ``year``: 2025 is Ất Tỵ."""
    return f"{CAN[year % 10]} {CHI[year % 12]}"


def anniversaries(year: int) -> list[tuple[Country, int]]:
    """The countries whose diplomatic relations with Vietnam have a round (every fifth) anniversary in ``year``."""
    return [
        (c, year - c.relations.year)
        for c in COUNTRIES
        if year > c.relations.year and (year - c.relations.year) % 5 == 0
    ]


# --- Task templates -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TaskTemplate:
    category: str
    title: str
    content: str
    output: str = ""
    timings: tuple[str, ...] = ("cả năm",)
    #: The budget estimate's range in millions of đồng; None when the task needs none of its own.
    budget: tuple[int, int] | None = None
    lead: dict[str, int] | None = None
    cooperating: dict[str, int] | None = None
    #: A condition on the year ("anniversary": a round anniversary of relations falls in it).
    needs: str = ""


def _t(
    category,
    title,
    content,
    output="",
    timings=("cả năm",),
    budget=None,
    lead=None,
    cooperating=None,
    needs="",
):
    return TaskTemplate(category, title, content, output, tuple(timings), budget, lead, cooperating, needs)


TEMPLATES = [
    # Communication and promotion
    _t(
        C.COMMUNICATION,
        "Thông tin, tuyên truyền về ngoại giao văn hóa",
        "đẩy mạnh công tác thông tin, tuyên truyền trên các phương tiện thông tin đại chúng về chủ trương của "
        "Đảng, chính sách, pháp luật của Nhà nước về ngoại giao văn hóa và {strategy}",
        "Tin, bài, phóng sự trên Báo {P}, Đài Phát thanh và Truyền hình {P}",
        ("thường xuyên", "cả năm"),
        (20, 120),
    ),
    _t(
        C.COMMUNICATION,
        "Tin, bài đối ngoại trên trang thông tin điện tử",
        "duy trì, nâng cao chất lượng tin, bài tiếng Việt và {lang} trên trang thông tin điện tử của Sở Ngoại "
        "vụ, giới thiệu hình ảnh đất nước, con người, tiềm năng, thế mạnh của {tinh} đến bạn bè quốc tế và cộng "
        "đồng người Việt Nam ở nước ngoài",
        "Tối thiểu {n} tin, bài tiếng Việt và {lang}",
        ("thường xuyên",),
        (30, 150),
        lead={"foreign": 1},
    ),
    _t(
        C.COMMUNICATION,
        "Ấn phẩm quảng bá",
        "biên soạn, in ấn và phát hành ấn phẩm giới thiệu văn hóa, du lịch {P} bằng tiếng Việt, tiếng Anh và "
        "{other_lang} phục vụ các hoạt động đối ngoại của lãnh đạo {tinh}",
        "{k} nghìn ấn phẩm (sách ảnh, tờ gấp, bản đồ du lịch)",
        ("Quý II", "Quý III", "6 tháng đầu năm"),
        (80, 400),
    ),
    _t(
        C.COMMUNICATION,
        "Video quảng bá hình ảnh địa phương",
        "sản xuất video clip quảng bá hình ảnh, con người {P} bằng tiếng Việt và {lang}, đăng tải trên các nền "
        "tảng số và gửi các cơ quan đại diện Việt Nam ở nước ngoài",
        "{k} video clip",
        ("Quý II", "Quý III"),
        (100, 500),
        lead={"culture": 2, "media": 2, "foreign": 1},
    ),
    _t(
        C.COMMUNICATION,
        "Giới thiệu hình ảnh địa phương ở nước ngoài",
        "phối hợp với Bộ Ngoại giao và các cơ quan đại diện Việt Nam tại {country} giới thiệu hình ảnh, tiềm "
        "năng hợp tác của {tinh} tại các sự kiện đối ngoại",
        "",
        ("cả năm", "6 tháng cuối năm"),
        (50, 300),
    ),
    _t(
        C.COMMUNICATION,
        "Hỗ trợ phóng viên nước ngoài",
        "đón tiếp, hỗ trợ các đoàn phóng viên báo chí nước ngoài đến tìm hiểu, đưa tin về tình hình kinh tế - xã "
        "hội, văn hóa, du lịch của {tinh}",
        "Báo cáo kết quả hỗ trợ các đoàn phóng viên",
        ("thường xuyên",),
        (20, 100),
        lead={"foreign": 3, "information": 1},
    ),
    _t(
        C.COMMUNICATION,
        "Chuyên mục ngoại giao văn hóa",
        "duy trì chuyên mục \u201cNgoại giao văn hóa\u201d trên Báo {P} và Đài Phát thanh và Truyền hình {P}, "
        "phản ánh các hoạt động giao lưu văn hóa của {tinh} với các địa phương nước ngoài",
        "{k} chuyên mục trong năm",
        ("thường xuyên", "cả năm"),
        (40, 180),
        lead={"media": 3, "propaganda": 1},
    ),
    _t(
        C.COMMUNICATION,
        "Thông tin đối ngoại về biên giới, biển đảo",
        "tuyên truyền về chủ quyền biển, đảo và công tác biên giới lãnh thổ cho cán bộ, Nhân dân và người nước "
        "ngoài đang sinh sống, làm việc trên địa bàn {tinh}",
        "",
        ("thường xuyên",),
        (20, 80),
        lead={"foreign": 2, "border": 2, "military": 1},
    ),
    _t(
        C.COMMUNICATION,
        "Cuộc thi tìm hiểu về ngoại giao văn hóa",
        "tổ chức cuộc thi tìm hiểu về công tác đối ngoại và ngoại giao văn hóa cho đoàn viên, thanh niên, học "
        "sinh, sinh viên trên địa bàn {tinh}",
        "01 cuộc thi, {students} bài dự thi",
        ("Quý II", "Quý III", "tháng 8"),
        (30, 120),
        lead={"youth": 3, "foreign": 1, "education": 1},
    ),
    _t(
        C.COMMUNICATION,
        "Cập nhật cơ sở dữ liệu đối ngoại",
        "cập nhật cơ sở dữ liệu về các hoạt động đối ngoại, hợp tác quốc tế và các thỏa thuận quốc tế của {tinh} "
        "trên Cổng thông tin điện tử của {tinh}",
        "",
        ("thường xuyên",),
        None,
        lead={"foreign": 2, "information": 1},
    ),
    # Exchanges with partners abroad
    _t(
        C.EXCHANGE,
        "Đoàn nghệ thuật giao lưu tại địa phương đối tác",
        "tổ chức Đoàn nghệ thuật của {tinh} đi giao lưu, biểu diễn tại {partner} ({partner_country}) nhân chuyến "
        "thăm, làm việc của Đoàn cấp cao {tinh} năm {year}",
        "01 đoàn nghệ thuật, {k} chương trình biểu diễn",
        ("Quý II", "Quý III", "tháng 9", "tháng 10"),
        (300, 1500),
        lead={"culture": 3, "arts": 2},
    ),
    _t(
        C.EXCHANGE,
        "Đón đoàn nghệ thuật nước ngoài",
        "đón tiếp và tạo điều kiện cho Đoàn nghệ thuật {partner} ({partner_country}) sang giao lưu, biểu diễn "
        "tại {P} theo chương trình hợp tác giữa hai địa phương",
        "",
        ("Quý II", "Quý III", "Quý IV"),
        (150, 600),
    ),
    _t(
        C.EXCHANGE,
        "Tuần lễ văn hóa tại địa phương đối tác",
        "phối hợp tổ chức \u201cTuần lễ Văn hóa {P}\u201d tại {partner} ({partner_country}), giới thiệu di sản, "
        "ẩm thực, sản phẩm du lịch và sản phẩm OCOP của {tinh}",
        "01 tuần lễ văn hóa",
        ("Quý III", "Quý IV", "tháng 11"),
        (500, 2000),
        lead={"culture": 3, "foreign": 2},
    ),
    _t(
        C.EXCHANGE,
        "Giao lưu văn hóa, thể thao với địa phương kết nghĩa",
        "tổ chức giao lưu văn hóa, thể thao với {partner} ({partner_country}) trong khuôn khổ thỏa thuận hợp tác "
        "đã ký kết giữa hai địa phương",
        "",
        ("Quý II", "Quý III", "cả năm"),
        (100, 600),
    ),
    _t(
        C.EXCHANGE,
        "Giao lưu hữu nghị nhân dân biên giới",
        "tổ chức giao lưu hữu nghị nhân dân hai bên biên giới với {border_partner}, tăng cường quan hệ đoàn "
        "kết, hữu nghị truyền thống",
        "",
        ("Quý I", "Quý II", "tháng 4"),
        (80, 400),
        lead={"friendship": 2, "border": 2, "front": 1, "district": 2},
        needs="border",
    ),
    _t(
        C.EXCHANGE,
        "Giao lưu thanh niên",
        "tổ chức chương trình giao lưu thanh niên {P} – {partner} ({partner_country}) về văn hóa, khởi nghiệp "
        "và tình nguyện",
        "01 chương trình, {students} đoàn viên, thanh niên tham gia",
        ("Quý II", "Quý III", "tháng 7"),
        (80, 300),
        lead={"youth": 5, "foreign": 1},
    ),
    _t(
        C.EXCHANGE,
        "Giao lưu với người nước ngoài tại địa phương",
        "tổ chức các hoạt động giao lưu văn hóa, trải nghiệm Tết cổ truyền với cộng đồng người nước ngoài đang "
        "sinh sống, làm việc, học tập tại {tinh}",
        "",
        ("Quý I", "tháng 1", "tháng 2"),
        (30, 150),
        lead={"friendship": 3, "foreign": 2},
    ),
    _t(
        C.EXCHANGE,
        "Đêm văn hóa nước ngoài",
        "phối hợp với {office} tổ chức chương trình giới thiệu văn hóa {country} tại {P}",
        "01 chương trình",
        ("Quý II", "Quý III", "Quý IV"),
        (50, 250),
        lead={"foreign": 2, "culture": 2, "friendship": 1},
    ),
    _t(
        C.EXCHANGE,
        "Tham gia liên hoan quốc tế",
        "cử đoàn nghệ nhân, diễn viên tham gia liên hoan nghệ thuật, lễ hội văn hóa quốc tế tại {country}",
        "",
        ("Quý III", "6 tháng cuối năm"),
        (200, 800),
        lead={"culture": 3, "arts": 2},
    ),
    _t(
        C.EXCHANGE,
        "Lưu học sinh nước ngoài",
        "tiếp nhận, quản lý và hỗ trợ lưu học sinh {partner} ({partner_country}) theo học tại các cơ sở đào tạo "
        "của {tinh}; tổ chức cho lưu học sinh tham gia các hoạt động văn hóa địa phương",
        "{students} lưu học sinh",
        ("cả năm",),
        (200, 1200),
        lead={"education": 3, "university": 2},
    ),
    _t(
        C.EXCHANGE,
        "Thỏa thuận hợp tác văn hóa, giáo dục",
        "triển khai các nội dung hợp tác về văn hóa, giáo dục, y tế trong thỏa thuận hợp tác đã ký với {partner} "
        "({partner_country})",
        "Báo cáo kết quả thực hiện thỏa thuận",
        ("cả năm", "thường xuyên"),
        None,
        lead={"foreign": 4, "education": 1, "health": 1},
    ),
    _t(
        C.EXCHANGE,
        "Hợp tác y tế với địa phương đối tác",
        "tổ chức khám, chữa bệnh và cấp thuốc miễn phí cho nhân dân {neighbour_partner}; tiếp nhận cán bộ y tế "
        "của bạn sang đào tạo tại các bệnh viện của {tinh}",
        "",
        ("Quý II", "Quý III"),
        (150, 700),
        lead={"health": 4, "hospital": 2},
        needs="neighbour",
    ),
    # Anniversaries and occasions
    _t(
        C.ANNIVERSARY,
        "Kỷ niệm năm tròn quan hệ ngoại giao",
        "tổ chức các hoạt động kỷ niệm {anniversary}",
        "Mít tinh, triển lãm ảnh, chương trình nghệ thuật",
        ("{anniversary_month}",),
        (100, 800),
        lead={"foreign": 3, "friendship": 3, "culture": 1},
        needs="anniversary",
    ),
    _t(
        C.ANNIVERSARY,
        "Triển lãm ảnh kỷ niệm",
        "tổ chức triển lãm ảnh tư liệu về quan hệ hữu nghị truyền thống nhân dịp {anniversary}",
        "01 triển lãm",
        ("{anniversary_month}",),
        (50, 300),
        lead={"culture": 3, "heritage": 1, "friendship": 1},
        needs="anniversary",
    ),
    _t(
        C.ANNIVERSARY,
        "Gặp mặt hữu nghị",
        "tổ chức gặp mặt hữu nghị, tọa đàm nhân dịp {anniversary}, mời đại diện cơ quan đại diện nước ngoài "
        "và cộng đồng người nước ngoài tại {tinh} tham dự",
        "",
        ("{anniversary_month}",),
        (50, 250),
        lead={"friendship": 4, "foreign": 2},
        needs="anniversary",
    ),
    _t(
        C.ANNIVERSARY,
        "Ngày Quốc tế Yoga",
        "phối hợp với Tổng Lãnh sự quán Ấn Độ tại Thành phố Hồ Chí Minh tổ chức các hoạt động hưởng ứng Ngày "
        "Quốc tế Yoga (21/6) tại {P}",
        "01 chương trình đồng diễn, {students} người tham gia",
        ("tháng 6",),
        (30, 150),
        lead={"culture": 3, "foreign": 2},
    ),
    _t(
        C.ANNIVERSARY,
        "Ngày Ngoại giao Việt Nam",
        "tổ chức các hoạt động kỷ niệm {diplomacy_day} năm Ngày truyền thống ngành Ngoại giao Việt Nam "
        "(28/8/1945 – 28/8/{year})",
        "",
        ("tháng 8",),
        (20, 100),
        lead={"foreign": 1},
    ),
    _t(
        C.ANNIVERSARY,
        "Ngày Văn hóa các dân tộc Việt Nam",
        "tổ chức {festival} nhân Ngày Văn hóa các dân tộc Việt Nam (19/4), mời các đoàn khách quốc tế và cơ quan "
        "đại diện nước ngoài tham dự",
        "",
        ("tháng 4",),
        (150, 900),
        lead={"culture": 4, "ethnic": 1},
    ),
    _t(
        C.ANNIVERSARY,
        "Ngày Di sản văn hóa Việt Nam",
        "tổ chức các hoạt động nhân Ngày Di sản văn hóa Việt Nam (23/11), giới thiệu {heritage} với du khách quốc tế",
        "",
        ("tháng 11",),
        (50, 300),
        lead={"culture": 4, "heritage": 2},
    ),
    _t(
        C.ANNIVERSARY,
        "Năm Hữu nghị",
        "tổ chức các hoạt động hưởng ứng {friendship_year}",
        "",
        ("cả năm",),
        (200, 1000),
        lead={"foreign": 3, "friendship": 2},
        needs="friendship_year",
    ),
    # Congratulatory messages
    _t(
        C.CONGRATULATION,
        "Điện, thư chúc mừng Quốc khánh",
        "tham mưu lãnh đạo {tinh} gửi điện, thư chúc mừng nhân dịp {national_day} đến lãnh đạo các địa phương "
        "đối tác và cơ quan đại diện của {country} tại Việt Nam",
        "",
        ("{national_day_month}",),
        None,
        lead={"foreign": 6, "office": 1},
        needs="national_day",
    ),
    _t(
        C.CONGRATULATION,
        "Thiệp chúc mừng năm mới",
        "gửi thiệp chúc mừng năm mới {next_year} đến các cơ quan đại diện nước ngoài, tổ chức quốc tế và các "
        "địa phương có quan hệ hợp tác với {tinh}",
        "",
        ("tháng 12",),
        (5, 30),
        lead={"foreign": 5, "office": 1},
    ),
    _t(
        C.CONGRATULATION,
        "Chúc Tết cổ truyền các nước láng giềng",
        "tổ chức Đoàn đại biểu {tinh} thăm, chúc Tết cổ truyền {new_year} tại {neighbour_partner}",
        "01 đoàn đại biểu",
        ("tháng 4",),
        (50, 250),
        lead={"foreign": 4, "committee": 1},
        needs="neighbour",
    ),
    _t(
        C.CONGRATULATION,
        "Chúc mừng Giáng sinh và Năm mới",
        "thăm, chúc mừng các tổ chức phi chính phủ nước ngoài, các chuyên gia, tình nguyện viên quốc tế đang "
        "làm việc tại {tinh} nhân dịp Lễ Giáng sinh và Năm mới",
        "",
        ("tháng 12",),
        (10, 60),
        lead={"foreign": 3, "friendship": 2},
    ),
    _t(
        C.CONGRATULATION,
        "Đón các đoàn đến chúc Tết",
        "đón tiếp các đoàn cơ quan đại diện nước ngoài, địa phương đối tác đến chúc Tết Nguyên đán {tet}",
        "",
        ("Quý I", "tháng 1", "tháng 2"),
        (20, 100),
        lead={"foreign": 3, "office": 2},
    ),
    _t(
        C.CONGRATULATION,
        "Thăm hỏi, chia buồn",
        "kịp thời gửi thư thăm hỏi, chia buồn tới các địa phương đối tác khi xảy ra thiên tai, thảm họa",
        "",
        ("thường xuyên",),
        None,
        lead={"foreign": 4, "office": 1},
    ),
    # Training and study tours
    _t(
        C.TRAINING,
        "Tập huấn ngoại giao văn hóa",
        "tổ chức lớp tập huấn, bồi dưỡng kiến thức về ngoại giao văn hóa cho cán bộ, công chức, viên chức các sở, "
        "ban, ngành, đoàn thể và địa phương",
        "01 lớp, {students} học viên",
        ("Quý II", "Quý III", "tháng 5", "tháng 9"),
        (40, 200),
        lead={"foreign": 5, "interior": 1},
    ),
    _t(
        C.TRAINING,
        "Cử cán bộ dự lớp bồi dưỡng",
        "cử cán bộ tham gia các lớp bồi dưỡng nghiệp vụ thông tin đối ngoại, lễ tân đối ngoại do Bộ Ngoại giao "
        "và các cơ quan trung ương tổ chức",
        "",
        ("cả năm", "thường xuyên"),
        (20, 80),
        lead={"foreign": 3, "interior": 1},
    ),
    _t(
        C.TRAINING,
        "Học tập kinh nghiệm",
        "tổ chức đoàn cán bộ phụ trách công tác ngoại giao văn hóa đi học tập kinh nghiệm tại {domestic} và tại "
        "{country}",
        "01 đoàn, {k} thành viên",
        ("Quý II", "Quý III", "6 tháng cuối năm"),
        (100, 600),
        lead={"foreign": 4, "culture": 1},
    ),
    _t(
        C.TRAINING,
        "Bồi dưỡng kỹ năng cho người làm du lịch",
        "bồi dưỡng kỹ năng giao tiếp, ứng xử văn hóa với khách quốc tế cho hướng dẫn viên, nhân viên các cơ sở "
        "lưu trú, dịch vụ du lịch trên địa bàn {tinh}",
        "{k} lớp, {students} học viên",
        ("Quý I", "Quý II"),
        (40, 200),
        lead={"culture": 3, "tourism": 2},
    ),
    _t(
        C.TRAINING,
        "Bồi dưỡng ngoại ngữ",
        "tổ chức lớp bồi dưỡng {lang} cho cán bộ, công chức làm công tác đối ngoại",
        "01 lớp, {students} học viên",
        ("Quý III", "Quý IV"),
        (50, 250),
        lead={"foreign": 3, "interior": 1, "university": 1},
    ),
    _t(
        C.TRAINING,
        "Tập huấn công tác đối ngoại cấp cơ sở",
        "tập huấn nghiệp vụ công tác đối ngoại, quản lý người nước ngoài cho cán bộ cấp huyện, cấp xã và lực lượng "
        "làm nhiệm vụ ở khu vực biên giới",
        "{k} lớp tập huấn",
        ("Quý II", "Quý III"),
        (30, 150),
        lead={"foreign": 3, "security": 1, "border": 1},
    ),
    # Overseas Vietnamese
    _t(
        C.OVERSEAS_VIETNAMESE,
        "Gặp mặt kiều bào dịp Tết",
        "tổ chức gặp mặt kiều bào về quê đón Tết Nguyên đán {tet}, thông tin về tình hình kinh tế - xã hội và "
        "chính sách thu hút đầu tư của {tinh}",
        "01 buổi gặp mặt, {students} kiều bào",
        ("Quý I", "tháng 1", "tháng 2"),
        (50, 200),
        lead={"foreign": 4, "overseas": 2},
    ),
    _t(
        C.OVERSEAS_VIETNAMESE,
        "Thông tin cho người Việt Nam ở nước ngoài",
        "cung cấp thông tin, ấn phẩm văn hóa về {tinh} đến cộng đồng người Việt Nam ở nước ngoài qua các cơ quan "
        "đại diện Việt Nam và các hội đoàn kiều bào tại {country}",
        "",
        ("thường xuyên", "cả năm"),
        (20, 100),
        lead={"foreign": 4, "overseas": 1},
    ),
    _t(
        C.OVERSEAS_VIETNAMESE,
        "Trại hè thanh thiếu niên kiều bào",
        "phối hợp với Ủy ban Nhà nước về người Việt Nam ở nước ngoài đón tiếp đoàn Trại hè Việt Nam {year} đến "
        "thăm, giao lưu tại {P}",
        "",
        ("tháng 7", "Quý III"),
        (50, 250),
        lead={"foreign": 3, "youth": 2},
    ),
    _t(
        C.OVERSEAS_VIETNAMESE,
        "Kiều bào quảng bá sản phẩm địa phương",
        "vận động kiều bào tham gia quảng bá sản phẩm OCOP, tiềm năng du lịch và cơ hội đầu tư của {tinh} tại "
        "{country}",
        "",
        ("cả năm",),
        (30, 200),
        lead={"foreign": 3, "overseas": 2, "trade": 1},
    ),
    _t(
        C.OVERSEAS_VIETNAMESE,
        "Thống kê người địa phương ở nước ngoài",
        "rà soát, cập nhật thông tin về người {P} đang sinh sống, học tập, làm việc ở nước ngoài và thân nhân "
        "của họ trên địa bàn {tinh}",
        "Cơ sở dữ liệu được cập nhật",
        ("Quý III", "Quý IV", "6 tháng cuối năm"),
        (20, 80),
        lead={"foreign": 3, "security": 1, "overseas": 1},
    ),
    _t(
        C.OVERSEAS_VIETNAMESE,
        "Kết nối trí thức, doanh nhân kiều bào",
        "tổ chức hội nghị kết nối trí thức, doanh nhân kiều bào với doanh nghiệp và cơ sở nghiên cứu của {tinh}",
        "01 hội nghị",
        ("Quý III", "Quý IV"),
        (80, 400),
        lead={"foreign": 3, "science": 1, "planning": 1},
    ),
    _t(
        C.OVERSEAS_VIETNAMESE,
        "Xuân Quê hương",
        "cử đại diện {tinh} tham gia chương trình Xuân Quê hương {year} do Bộ Ngoại giao tổ chức, giới thiệu văn "
        "hóa, ẩm thực của {tinh} với kiều bào",
        "",
        ("tháng 1", "tháng 2", "Quý I"),
        (50, 300),
        lead={"foreign": 3, "culture": 1},
    ),
    # Heritage
    _t(
        C.HERITAGE,
        "Bảo tồn, phát huy giá trị di tích",
        "thực hiện hiệu quả công tác bảo tồn, phát huy giá trị {heritage}, gắn với phát triển du lịch và quảng bá "
        "hình ảnh {tinh} với bạn bè quốc tế",
        "",
        ("cả năm", "thường xuyên"),
        (200, 2000),
        lead={"culture": 4, "heritage": 2},
    ),
    _t(
        C.HERITAGE,
        "Nghiên cứu của chuyên gia quốc tế",
        "tạo điều kiện thuận lợi cho các chuyên gia, nhà khảo cổ, nhà nghiên cứu quốc tế đến tìm hiểu, nghiên cứu "
        "{heritage}",
        "",
        ("thường xuyên",),
        None,
        lead={"culture": 3, "foreign": 1},
    ),
    _t(
        C.HERITAGE,
        "Hồ sơ đề nghị UNESCO ghi danh",
        "phối hợp với các chuyên gia trong nước và quốc tế hoàn thiện hồ sơ khoa học đề nghị UNESCO ghi danh "
        "{unesco_item}",
        "Hồ sơ trình Bộ Văn hóa, Thể thao và Du lịch",
        ("cả năm", "Quý IV"),
        (300, 2000),
        lead={"culture": 5, "science": 1},
    ),
    _t(
        C.HERITAGE,
        "Hội thảo khoa học quốc tế về di sản",
        "tổ chức hội thảo khoa học quốc tế về giá trị {heritage}, mời các nhà nghiên cứu từ {country} tham dự",
        "01 hội thảo, kỷ yếu hội thảo",
        ("Quý III", "Quý IV"),
        (150, 700),
        lead={"culture": 3, "university": 1, "science": 1},
    ),
    _t(
        C.HERITAGE,
        "Thuyết minh di sản bằng tiếng nước ngoài",
        "số hóa và biên soạn nội dung thuyết minh về hiện vật, tư liệu tại Bảo tàng {tinh} bằng {lang}",
        "Bộ thuyết minh tự động bằng {lang}",
        ("Quý II", "Quý III", "6 tháng cuối năm"),
        (100, 600),
        lead={"heritage": 3, "culture": 2},
    ),
    _t(
        C.HERITAGE,
        "Trưng bày về di sản ở nước ngoài",
        "tổ chức trưng bày chuyên đề \u201cDi sản văn hóa {P}\u201d tại {partner} ({partner_country})",
        "01 trưng bày chuyên đề",
        ("Quý III", "Quý IV"),
        (200, 900),
        lead={"culture": 3, "heritage": 2},
    ),
    _t(
        C.HERITAGE,
        "Hợp tác quốc tế bảo tồn di sản",
        "triển khai dự án hợp tác bảo tồn, tu bổ di tích với sự tài trợ của {office}",
        "",
        ("cả năm",),
        (300, 3000),
        lead={"culture": 4, "foreign": 1},
    ),
    # Economic diplomacy
    _t(
        C.ECONOMIC,
        "Lồng ghép văn hóa trong xúc tiến đầu tư",
        "lồng ghép hoạt động giới thiệu văn hóa, con người {P} trong chương trình xúc tiến đầu tư, thương mại, "
        "du lịch của {tinh} tại {country}",
        "",
        ("Quý II", "Quý III", "cả năm"),
        (200, 1500),
        lead={"planning": 3, "promotion": 3, "trade": 1},
    ),
    _t(
        C.ECONOMIC,
        "Hội nghị xúc tiến đầu tư",
        "tổ chức Hội nghị xúc tiến đầu tư {P} năm {year}, giới thiệu tiềm năng, văn hóa, du lịch của {tinh} đến "
        "các nhà đầu tư nước ngoài",
        "01 hội nghị",
        ("Quý II", "Quý III"),
        (500, 3000),
        lead={"planning": 4, "promotion": 2, "economic_zone": 1},
    ),
    _t(
        C.ECONOMIC,
        "Tham gia hội chợ quốc tế",
        "tham gia {fair}, giới thiệu sản phẩm du lịch, sản phẩm OCOP và văn hóa ẩm thực của {tinh}",
        "01 gian hàng",
        ("Quý II", "Quý III", "Quý IV"),
        (100, 600),
        lead={"culture": 2, "trade": 3, "promotion": 2},
    ),
    _t(
        C.ECONOMIC,
        "Quảng bá sản phẩm OCOP",
        "quảng bá sản phẩm OCOP, đặc sản gắn với văn hóa địa phương của {tinh} tại {partner} ({partner_country})",
        "",
        ("Quý III", "6 tháng cuối năm"),
        (100, 500),
        lead={"agriculture": 3, "trade": 2},
    ),
    _t(
        C.ECONOMIC,
        "Kết nối doanh nghiệp với thị trường đối tác",
        "hỗ trợ doanh nghiệp của {tinh} kết nối, tìm kiếm thị trường và đối tác tại {partner} ({partner_country})",
        "",
        ("cả năm",),
        (50, 300),
        lead={"trade": 3, "foreign": 1, "promotion": 1},
    ),
    _t(
        C.ECONOMIC,
        "Đón đoàn doanh nghiệp nước ngoài",
        "đón tiếp, làm việc với các đoàn doanh nghiệp, nhà đầu tư từ {country} đến tìm hiểu cơ hội đầu tư, kết "
        "hợp giới thiệu văn hóa, du lịch của {tinh}",
        "",
        ("thường xuyên",),
        (20, 150),
        lead={"planning": 2, "foreign": 2, "economic_zone": 2},
    ),
    _t(
        C.ECONOMIC,
        "Vận động viện trợ phi chính phủ nước ngoài",
        "vận động nguồn viện trợ phi chính phủ nước ngoài cho các lĩnh vực y tế, giáo dục, văn hóa và phát triển "
        "cộng đồng tại các vùng khó khăn của {tinh}",
        "Các dự án viện trợ được phê duyệt",
        ("cả năm",),
        None,
        lead={"foreign": 4, "friendship": 2},
    ),
    _t(
        C.ECONOMIC,
        "Khảo sát sản phẩm du lịch",
        "tổ chức đón đoàn hãng lữ hành, báo chí {country} đến khảo sát sản phẩm du lịch văn hóa của {tinh}",
        "01 đoàn famtrip",
        ("Quý I", "Quý II", "Quý IV"),
        (80, 400),
        lead={"culture": 3, "tourism": 2, "promotion": 2},
    ),
    # Other
    _t(
        C.OTHER,
        "Theo dõi, đôn đốc, tổng hợp",
        "theo dõi, đôn đốc, kiểm tra việc triển khai Kế hoạch; tổng hợp báo cáo 6 tháng và năm gửi Ủy ban nhân "
        "dân {tinh} và Bộ Ngoại giao",
        "Báo cáo 6 tháng, báo cáo năm",
        ("tháng 6, tháng 12", "thường xuyên"),
        None,
        lead={"foreign": 1},
    ),
    _t(
        C.OTHER,
        "Xây dựng kế hoạch năm sau",
        "tham mưu xây dựng Kế hoạch ngoại giao văn hóa năm {next_year} trên cơ sở đánh giá kết quả thực hiện năm "
        "{year}",
        "Dự thảo Kế hoạch năm {next_year}",
        ("Quý IV", "tháng 12"),
        None,
        lead={"foreign": 1},
    ),
    _t(
        C.OTHER,
        "Rà soát thỏa thuận quốc tế",
        "rà soát, đánh giá việc thực hiện các thỏa thuận quốc tế của {tinh} với các địa phương nước ngoài, đề "
        "xuất gia hạn, bổ sung nội dung hợp tác văn hóa",
        "Báo cáo rà soát",
        ("Quý III", "Quý IV"),
        None,
        lead={"foreign": 3, "justice": 1},
    ),
    _t(
        C.OTHER,
        "Thẩm định dự toán kinh phí",
        "thẩm định dự toán kinh phí thực hiện các nhiệm vụ ngoại giao văn hóa của các cơ quan, đơn vị, tham mưu "
        "bố trí kinh phí theo quy định",
        "",
        ("Quý I", "Quý IV"),
        None,
        lead={"finance": 1},
    ),
    _t(
        C.OTHER,
        "Quản lý hoạt động của người nước ngoài",
        "quản lý hoạt động của người nước ngoài, tổ chức phi chính phủ nước ngoài trên địa bàn {tinh}, bảo đảm an "
        "ninh chính trị trong các hoạt động giao lưu văn hóa",
        "",
        ("thường xuyên",),
        None,
        lead={"security": 3, "foreign": 1},
    ),
    _t(
        C.OTHER,
        "Sơ kết thực hiện Chiến lược",
        "tổ chức hội nghị sơ kết việc thực hiện {strategy} trên địa bàn {tinh}",
        "01 hội nghị sơ kết",
        ("Quý IV", "tháng 11", "tháng 12"),
        (20, 100),
        lead={"foreign": 1},
    ),
]

# The lead and cooperating agencies a category usually calls on, by tag, with weights.
LEAD_TAGS = {
    C.COMMUNICATION: {"foreign": 5, "culture": 3, "information": 3, "media": 2, "propaganda": 1},
    C.EXCHANGE: {"foreign": 4, "culture": 4, "friendship": 2, "youth": 1, "education": 1, "arts": 1},
    C.ANNIVERSARY: {"foreign": 3, "friendship": 3, "culture": 2, "front": 1},
    C.CONGRATULATION: {"foreign": 6, "office": 2, "friendship": 1},
    C.TRAINING: {"foreign": 5, "interior": 2, "school": 1, "culture": 1},
    C.OVERSEAS_VIETNAMESE: {"foreign": 5, "overseas": 3, "front": 1},
    C.HERITAGE: {"culture": 6, "heritage": 3, "science": 1},
    C.ECONOMIC: {
        "planning": 3,
        "trade": 3,
        "promotion": 3,
        "economic_zone": 2,
        "culture": 1,
        "agriculture": 1,
    },
    C.OTHER: {"foreign": 5, "finance": 1, "justice": 1, "security": 1, "office": 1},
}
COOPERATING_TAGS = {
    C.COMMUNICATION: {
        "media": 3,
        "group_department": 4,
        "group_district": 3,
        "culture": 2,
        "information": 2,
        "foreign": 2,
        "propaganda": 1,
        "district": 1,
    },
    C.EXCHANGE: {
        "foreign": 3,
        "culture": 3,
        "friendship": 2,
        "arts": 2,
        "district": 2,
        "group_department": 1,
        "youth": 1,
        "security": 1,
        "border": 1,
    },
    C.ANNIVERSARY: {
        "friendship": 2,
        "culture": 2,
        "foreign": 2,
        "media": 2,
        "youth": 1,
        "women": 1,
        "group_mass": 2,
        "district": 1,
    },
    C.CONGRATULATION: {"office": 3, "foreign": 2, "friendship": 1},
    C.TRAINING: {
        "interior": 2,
        "finance": 1,
        "group_department": 3,
        "group_district": 3,
        "school": 1,
        "university": 1,
    },
    C.OVERSEAS_VIETNAMESE: {
        "overseas": 3,
        "front": 2,
        "security": 2,
        "culture": 1,
        "group_district": 2,
        "group_department": 1,
        "trade": 1,
    },
    C.HERITAGE: {
        "foreign": 2,
        "heritage": 2,
        "library": 1,
        "district": 3,
        "university": 1,
        "group_district": 1,
        "environment": 1,
        "construction": 1,
    },
    C.ECONOMIC: {
        "foreign": 3,
        "culture": 2,
        "trade": 2,
        "agriculture": 2,
        "finance": 1,
        "economic_zone": 1,
        "group_district": 2,
        "district": 1,
    },
    C.OTHER: {"group_department": 3, "group_district": 3, "finance": 1, "interior": 1, "foreign": 1},
}

# A plan's numbered sections, in the order plans list them, with the categories of their tasks. Some plans
# end with a short section of the focal agency's own work (category "other").
OTHER_SECTION = ("Công tác tham mưu, theo dõi và tổ chức thực hiện", [C.OTHER])
SECTIONS = [
    (
        "Tăng cường công tác thông tin, tuyên truyền, nâng cao nhận thức về ngoại giao văn hóa",
        [C.COMMUNICATION],
    ),
    ("Quảng bá hình ảnh, văn hóa, con người {P} ra nước ngoài", [C.COMMUNICATION, C.HERITAGE, C.ECONOMIC]),
    ("Đẩy mạnh giao lưu, hợp tác văn hóa với các địa phương nước ngoài", [C.EXCHANGE]),
    (
        "Tổ chức các hoạt động kỷ niệm, chúc mừng nhân các sự kiện, ngày lễ lớn",
        [C.ANNIVERSARY, C.CONGRATULATION],
    ),
    ("Đào tạo, bồi dưỡng nâng cao năng lực cán bộ làm công tác ngoại giao văn hóa", [C.TRAINING]),
    (
        "Gắn kết các hoạt động ngoại giao văn hóa với công tác người Việt Nam ở nước ngoài",
        [C.OVERSEAS_VIETNAMESE],
    ),
    ("Bảo tồn, phát huy giá trị di sản văn hóa gắn với hợp tác quốc tế", [C.HERITAGE]),
    ("Gắn kết ngoại giao văn hóa với ngoại giao chính trị và ngoại giao kinh tế", [C.ECONOMIC]),
]

TIMING_DATES = {
    "Quý I": ((1, 1), (3, 31)),
    "Quý II": ((4, 1), (6, 30)),
    "Quý III": ((7, 1), (9, 30)),
    "Quý IV": ((10, 1), (12, 31)),
    "6 tháng đầu năm": ((1, 1), (6, 30)),
    "6 tháng cuối năm": ((7, 1), (12, 31)),
    "cả năm": ((1, 1), (12, 31)),
    "tháng 6, tháng 12": ((6, 1), (12, 31)),
}
MONTH_ENDS = {1: 31, 2: 28, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}

OPENERS = ["", "", "", "Tiếp tục ", "Chủ động "]
PURPOSES = {
    C.COMMUNICATION: [
        "nhằm quảng bá hình ảnh đất nước, con người {P} đến bạn bè quốc tế",
        "góp phần nâng cao nhận thức của cán bộ, công chức, viên chức và Nhân dân về vai trò của ngoại giao văn hóa",
        "qua đó nâng cao vị thế, uy tín của {tinh} trong khu vực và quốc tế",
    ],
    C.EXCHANGE: [
        "góp phần vun đắp quan hệ hữu nghị, hợp tác giữa {tinh} với các địa phương nước ngoài",
        "nhằm tăng cường hiểu biết, tin cậy lẫn nhau giữa nhân dân hai bên",
    ],
    C.HERITAGE: [
        "góp phần phát triển du lịch bền vững",
        "nhằm quảng bá giá trị di sản của {tinh} ra thế giới",
    ],
    C.ECONOMIC: ["nhằm thu hút đầu tư, mở rộng thị trường cho sản phẩm của {tinh}"],
    C.TRAINING: ["nhằm nâng cao năng lực thực hiện công tác ngoại giao văn hóa"],
}
STRATEGY_TO_2020 = "Chiến lược Ngoại giao văn hóa đến năm 2020"
STRATEGY_TO_2030 = "Chiến lược Ngoại giao văn hóa của Việt Nam đến năm 2030"


def _strategy(year: int) -> str:
    return STRATEGY_TO_2020 if year <= 2021 else STRATEGY_TO_2030


FRIENDSHIP_YEARS = {
    2022: "Năm Đoàn kết hữu nghị Việt Nam – Lào, Lào – Việt Nam 2022 và Năm Hữu nghị Việt Nam – Campuchia 2022",
}


# --- Plans ----------------------------------------------------------------------------------------------


@dataclass
class ProvinceContext:
    """What a province's plans draw on: its agencies by tag, its partners abroad, its officer's name; and,
    once they are in the database, the agencies and the officer themselves."""

    province: Province
    words: dict[str, str]
    specs: list[AgencySpec]
    partners: list[tuple[str, str]]
    border_partners: list[tuple[str, str]]
    #: Partners in Laos and Cambodia, whose traditional new year provinces visit.
    neighbour_partners: list[tuple[str, str]]
    officer_name: str
    agencies: dict[str, Agency] = field(default_factory=dict)
    officer: object = None
    committee: Agency | None = None
    by_tag: dict[str, list[AgencySpec]] = field(default_factory=dict)

    def __post_init__(self):
        for spec in self.specs:
            for tag in spec.tags:
                self.by_tag.setdefault(tag, []).append(spec)


class _Slots(dict):
    """The values a template's blanks are filled with, each drawn when a template first asks for it, so that
    a task names one partner however many times its text mentions it."""

    def __init__(self, rng: random.Random, ctx: ProvinceContext, year: int, occasions: dict):
        super().__init__(ctx.words, year=year, next_year=year + 1)
        self.rng, self.ctx, self.occasions = rng, ctx, occasions

    def __missing__(self, key):
        rng, ctx, year = self.rng, self.ctx, self["year"]
        if key in ("partner", "partner_country"):
            self["partner"], self["partner_country"] = rng.choice(ctx.partners)
        elif key == "border_partner":
            locality, country = rng.choice(ctx.border_partners)
            self[key] = f"{locality} ({country})"
        elif key == "neighbour_partner":
            locality, country = rng.choice(ctx.neighbour_partners)
            self[key] = f"{locality} ({country})"
            self["new_year"] = "Bunpimay" if country == "Lào" else "Chôl Chnăm Thmây"
        elif key == "new_year":
            self["neighbour_partner"]  # draws the partner and its new year together
        elif key == "country":
            partner_countries = [c for _, c in ctx.partners]
            self[key] = rng.choice(partner_countries) if rng.random() < 0.5 else rng.choice(COUNTRIES).name
        elif key == "lang":
            self[key] = rng.choice(LANGUAGES)
        elif key == "other_lang":
            self[key] = rng.choice([lang for lang in LANGUAGES if lang != "tiếng Anh"])
        elif key in ("anniversary", "anniversary_month"):
            country, years = rng.choice(self.occasions["anniversaries"])
            d = country.relations
            self["anniversary"] = (
                f"{years} năm Ngày thiết lập quan hệ ngoại giao Việt Nam – {country.name} "
                f"({d.day:02d}/{d.month:02d}/{d.year} – {d.day:02d}/{d.month:02d}/{year})"
            )
            self["anniversary_month"] = f"tháng {d.month}"
        elif key in ("national_day", "national_day_month"):
            country = rng.choice(self.occasions["national_days"])
            self["national_day"], month = _national_day(country, year)
            self["country"] = country.name
            self["national_day_month"] = f"tháng {month}"
        elif key == "n":
            self[key] = rng.randrange(100, 420, 10)
        elif key == "k":
            self[key] = rng.randint(2, 12)
        elif key == "students":
            self[key] = rng.randrange(30, 250, 10)
        elif key == "office":
            self[key] = rng.choice(FOREIGN_OFFICES)
        elif key == "fair":
            self[key] = rng.choice(FAIRS)
        elif key == "festival":
            self[key] = rng.choice(FESTIVALS).format(**ctx.words)
        elif key == "heritage":
            self[key] = rng.choice(HERITAGE).format(**ctx.words)
        elif key == "unesco_item":
            self[key] = rng.choice(
                [
                    f"Công viên địa chất toàn cầu tại {ctx.words['tinh_P']}",
                    "di sản văn hóa phi vật thể đại diện của nhân loại",
                    f"di sản tư liệu thuộc Chương trình Ký ức thế giới khu vực châu Á – Thái Bình Dương của {ctx.words['tinh_P']}",
                ]
            )
        elif key == "domestic":
            self[key] = rng.choice([p for p in DOMESTIC_STUDY if p != ctx.province.name])
        elif key == "strategy":
            self[key] = _strategy(year)
        elif key == "tet":
            self[key] = f"{lunar_year_name(year)} {year}"
        elif key == "diplomacy_day":
            self[key] = year - 1945
        elif key == "friendship_year":
            self[key] = FRIENDSHIP_YEARS[year]
        else:
            raise KeyError(key)
        return self[key]


def _timing_dates(timing: str, year: int) -> tuple[datetime.date | None, datetime.date | None]:
    if timing in TIMING_DATES:
        (m1, d1), (m2, d2) = TIMING_DATES[timing]
        return datetime.date(year, m1, d1), datetime.date(year, m2, d2)
    if timing.startswith("tháng ") and timing[6:].isdigit():
        month = int(timing[6:])
        return datetime.date(year, month, 1), datetime.date(year, month, MONTH_ENDS[month])
    return None, None


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    tags = list(weights)
    return rng.choices(tags, weights=[weights[t] for t in tags])[0]


def _pick_agencies(
    rng: random.Random,
    ctx: ProvinceContext,
    weights: dict[str, int],
    count: int,
    on: datetime.date,
    taken: set[str],
) -> list[str]:
    """``count`` distinct agencies current on ``on``, drawn by the weights of their tags, none of ``taken``."""
    chosen: list[str] = []
    for _attempt in range(count * 8):
        if len(chosen) == count:
            break
        candidates = [
            s.name for s in ctx.by_tag.get(_weighted(rng, weights), ()) if s.is_current(on) and s.name not in taken
        ]
        if candidates:
            name = rng.choice(candidates)
            chosen.append(name)
            taken.add(name)
    return chosen


def _usable(template: TaskTemplate, ctx: ProvinceContext, occasions: dict) -> bool:
    if template.needs == "border":
        return bool(ctx.border_partners)
    if template.needs == "neighbour":
        return bool(ctx.neighbour_partners)
    if template.needs == "anniversary":
        return bool(occasions["anniversaries"])
    if template.needs == "national_day":
        return bool(occasions["national_days"])
    if template.needs == "friendship_year":
        return occasions["year"] in FRIENDSHIP_YEARS
    return True


@dataclass
class TaskDraft:
    task: Task
    #: The template's text as filled in, before the opening word and purpose that vary it.
    body: str
    lead: list[str]
    cooperating: list[str]


def _compose_task(
    rng: random.Random,
    ctx: ProvinceContext,
    template: TaskTemplate,
    year: int,
    issued_on: datetime.date,
    occasions,
):
    slots = _Slots(rng, ctx, year, occasions)
    body = template.content.format_map(slots)
    opener = rng.choice(OPENERS)
    content = opener + body if opener else body[0].upper() + body[1:]
    purposes = PURPOSES.get(template.category)
    if purposes and rng.random() < 0.45:
        content += ", " + rng.choice(purposes).format_map(slots)
    content += "."
    timing = rng.choice(template.timings).format_map(slots)
    if rng.random() < 0.1 and timing in ("cả năm", "thường xuyên"):
        timing = f"năm {year}"
    starts_on, ends_on = _timing_dates(timing if not timing.startswith("năm ") else "cả năm", year)
    budget_estimate, budget_source = None, ""
    if template.budget and rng.random() < 0.8:
        low, high = template.budget
        budget_estimate = rng.randrange(low, high + 1, 5) * 1_000_000
        budget_source = rng.choices(
            [BudgetSource.STATE, BudgetSource.NON_STATE, BudgetSource.OTHER], weights=[75, 15, 10]
        )[0]
    task = Task(
        title=template.title,
        content=content,
        timing=timing,
        starts_on=starts_on,
        ends_on=ends_on,
        category=template.category,
        expected_output=template.output.format_map(slots),
        budget_estimate=budget_estimate,
        budget_source=budget_source,
    )
    taken: set[str] = set()
    lead = _pick_agencies(
        rng,
        ctx,
        template.lead or LEAD_TAGS[template.category],
        1 if rng.random() < 0.8 else 2,
        issued_on,
        taken,
    )
    if not lead:
        lead = [FOCAL_AGENCY_NAME]
        taken.add(FOCAL_AGENCY_NAME)
    cooperating_count = rng.choices([0, 1, 2, 3, 4], weights=[15, 25, 30, 20, 10])[0]
    cooperating = _pick_agencies(
        rng,
        ctx,
        template.cooperating or COOPERATING_TAGS[template.category],
        cooperating_count,
        issued_on,
        taken,
    )
    return TaskDraft(task, body, lead, cooperating)


def plan_outline(rng: random.Random) -> list[tuple[str, list[str], int]]:
    """A plan's numbered sections: title, categories and number of tasks, 130–170 tasks in all, in 5–8
    sections of at most 23 (the letters a to y)."""
    total = rng.randint(MIN_TASKS, MAX_TASKS)
    cap = len(VIETNAMESE_LETTERS)
    count = rng.randint(max(MIN_SECTIONS, math.ceil(total / cap)), MAX_SECTIONS)
    other = rng.randint(3, 6)
    with_other = (count - 1) * cap >= total - other and rng.random() < 0.6
    themed = count - 1 if with_other else count
    sections = [SECTIONS[i] for i in sorted(rng.sample(range(len(SECTIONS)), themed))]
    remaining = total - other if with_other else total
    sizes = [max(6, remaining // (themed * 2))] * themed
    while sum(sizes) < remaining:
        i = rng.randrange(themed)
        if sizes[i] < cap:
            sizes[i] += 1
    outline = [(title, categories, size) for (title, categories), size in zip(sections, sizes, strict=True)]
    if with_other:
        outline.append((*OTHER_SECTION, other))
    return outline


def _signer(province: Province, seed: int, year: int) -> str:
    """A vice-chairman's name, the same through a five-year term."""
    rng = random.Random(f"huunghi-generate:{seed}:{province.code}:signer:{(year - 2016) // 5}")
    return _person_name(rng)


FAMILY_NAMES = _words("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý")
MIDDLE_NAMES = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Ngọc", "Xuân", "Hồng"]
GIVEN_NAMES = _words("Hùng Dũng Tuấn Hải Hà Lan Phương Sơn Thắng Trung Bình Hòa Nam Long Thủy Hương Quân Vinh Tâm Khoa")


def _person_name(rng: random.Random) -> str:
    return f"{rng.choice(FAMILY_NAMES)} {rng.choice(MIDDLE_NAMES)} {rng.choice(GIVEN_NAMES)}"


def _plan_texts(ctx: ProvinceContext, year: int) -> dict[str, str]:
    w = ctx.words
    strategy = _strategy(year)
    return {
        "preamble": (
            f"Căn cứ {_strategy_citation(year)}; thực hiện Kế hoạch hành động của {w['tinh']} triển khai {strategy}, "
            f"Ủy ban nhân dân {w['tinh']} ban hành Kế hoạch triển khai công tác ngoại giao văn hóa năm {year} "
            "như sau:"
        ),
        "purposes": (
            f"Tiếp tục triển khai có hiệu quả {strategy} và Kế hoạch hành động của {w['tinh']}, góp phần thực hiện "
            "thắng lợi công tác đối ngoại và sự nghiệp phát triển kinh tế - xã hội.\n"
            f"Quảng bá, giới thiệu hình ảnh đất nước, con người {w['P']} đến bạn bè quốc tế; nâng cao nhận thức "
            "của cán bộ, công chức, viên chức về vai trò của ngoại giao văn hóa."
        ),
        "requirements": (
            "Các hoạt động ngoại giao văn hóa phải được triển khai đồng bộ, thiết thực, hiệu quả, gắn kết chặt chẽ "
            "với ngoại giao chính trị, ngoại giao kinh tế và đối ngoại nhân dân; bảo đảm an ninh chính trị, trật "
            "tự an toàn xã hội."
        ),
        "budget_clause": (
            f"Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước theo phân cấp trong dự toán năm {year} "
            "của các cơ quan, đơn vị; nguồn xã hội hóa và các nguồn hợp pháp khác. Các cơ quan, đơn vị lập dự trù "
            "kinh phí gửi Sở Tài chính thẩm định, trình Ủy ban nhân dân tỉnh xem xét, quyết định."
        ),
        "implementation_clause": (
            f"{FOCAL_AGENCY_NAME} là cơ quan đầu mối, có trách nhiệm theo dõi, đôn đốc, kiểm tra việc triển khai "
            f"Kế hoạch; định kỳ tổng hợp, báo cáo Ủy ban nhân dân {w['tinh']} và Bộ Ngoại giao kết quả thực hiện "
            "(báo cáo 6 tháng trước ngày 20/6, báo cáo năm trước ngày 20/12) và đề xuất điều chỉnh, bổ sung Kế "
            "hoạch khi cần thiết.\n"
            "Các sở, ban, ngành, đoàn thể và địa phương được giao chủ trì có trách nhiệm phối hợp với Sở Ngoại vụ "
            "tổ chức thực hiện các nhiệm vụ được giao, lồng ghép kết quả vào báo cáo công tác đối ngoại."
        ),
        "recipients": "\n".join(
            [
                "Bộ Ngoại giao (để b/c);",
                f"Thường trực {w['Tu']} (để b/c);",
                "Thường trực HĐND tỉnh;",
                "CT, các PCT UBND tỉnh;",
                "Các sở, ban, ngành, đoàn thể tỉnh;",
                "UBND các huyện, thị xã, thành phố;" if year <= 2024 else "UBND các xã, phường;",
                "Lưu: VT, NgV.",
            ]
        ),
    }


# National documents the yearly plans are based on: (issuer, type, number, date, title).
NATIONAL_DOCUMENTS = {
    "208": (
        "Thủ tướng Chính phủ",
        DocumentType.DECISION,
        "208/QĐ-TTg",
        datetime.date(2011, 2, 14),
        "Phê duyệt Chiến lược Ngoại giao văn hóa đến năm 2020",
    ),
    "2013": (
        "Thủ tướng Chính phủ",
        DocumentType.DECISION,
        "2013/QĐ-TTg",
        datetime.date(2021, 11, 30),
        "Phê duyệt Chiến lược Ngoại giao văn hóa đến năm 2030",
    ),
}


def _strategy_key(year: int) -> str:
    return "208" if year <= 2021 else "2013"


def _strategy_citation(year: int) -> str:
    _issuer, _type, number, date, title = NATIONAL_DOCUMENTS[_strategy_key(year)]
    return f"Quyết định số {number} ngày {date.day:02d}/{date.month:02d}/{date.year} của Thủ tướng Chính phủ {title[0].lower()}{title[1:]}"


def national_document(key: str) -> LegalDocument:
    """The national strategy document, registered the first time a plan cites it."""
    issuer_name, doc_type, number, issued_on, title = NATIONAL_DOCUMENTS[key]
    issuer = agency_get_or_create(province=None, name=issuer_name, kind=AgencyKind.CENTRAL, short_name="TTg")
    existing = LegalDocument.objects.filter(
        issuer=issuer, number_key=number_key(number), issued_on__year=issued_on.year
    ).first()
    return existing or document_create(
        doc_type=doc_type, issuer=issuer, title=title, number=number, issued_on=issued_on, place="Hà Nội"
    )


# --- The run --------------------------------------------------------------------------------------------


@dataclass
class GenerateSummary:
    provinces: int = 0
    agencies: int = 0
    users: int = 0
    plans: int = 0
    sections: int = 0
    tasks: int = 0
    assignments: int = 0
    periods: int = 0
    reports: int = 0
    task_reports: int = 0
    skipped: list[str] = field(default_factory=list)
    seconds: float = 0.0


def current_provinces(count: int) -> list[Province]:
    """The first ``count`` current provinces, in the order of the official list (Hà Nội, Huế, Lai Châu...)."""
    if not Province.objects.exists():
        provinces_load()
    order = {row["code"]: i for i, row in enumerate(json.loads(PROVINCES_FILE.read_text("utf-8"))["provinces"])}
    provinces = sorted(
        Province.objects.filter(valid_to__isnull=True), key=lambda p: (order.get(p.code, len(order)), p.code)
    )
    if count > len(provinces):
        raise DomainError(f"The register holds {len(provinces)} current provinces; {count} were asked for.")
    return provinces[:count]


def generate(
    *,
    provinces: int,
    years: int,
    seed: int = 1,
    end_year: int = END_YEAR,
    reports: bool = True,
    today: datetime.date | None = None,
    progress: Callable[[str], None] | None = None,
) -> GenerateSummary:
    """Create the data set for the first ``provinces`` current provinces and the ``years`` years up to
    ``end_year``. What already exists (agencies by name, users by username, plans by province and year) is
    kept and reported, never duplicated. With ``reports``, the 6-month and annual reporting periods of every
    plan of a year before ``today``'s (default: the real today) are filled in as they ended."""
    started = time.monotonic()
    say = progress or (lambda _message: None)
    summary = GenerateSummary()
    password = make_password(DEMO_PASSWORD)
    year_range = range(end_year - years + 1, end_year + 1)
    agencies_before = Agency.objects.count()
    for province in current_provinces(provinces):
        province_started = time.monotonic()
        ctx = province_context(province, seed)
        _province_setup(ctx, password, summary)
        created_plans = created_tasks = 0
        for year in year_range:
            existing = Plan.objects.filter(province=province, kind=PlanKind.YEARLY, start_year=year).first()
            if existing is not None:
                summary.skipped.append(f"{province.name} {year}: plan #{existing.pk} already exists")
                continue
            draft = plan_draft(ctx, seed, year)
            try:
                _write_plan(ctx, draft, summary)
            except DomainError as exc:
                summary.skipped.append(f"{province.name} {year}: {exc.message}")
                continue
            created_plans += 1
            created_tasks += len(draft.tasks)
        if reports:
            generate_reports(ctx, seed, year_range, today or timezone.localdate(), summary)
        summary.provinces += 1
        say(
            f"{province.name}: {len(ctx.agencies)} agencies, {created_plans} plans and {created_tasks:,} tasks "
            f"created ({time.monotonic() - province_started:.1f} s)"
        )
    # Counted at the end, so that the central bodies registered with the national documents are included.
    summary.agencies = Agency.objects.count() - agencies_before
    summary.seconds = time.monotonic() - started
    return summary


def province_context(province: Province, seed: int) -> ProvinceContext:
    """The province's generated agencies, partners and officer's name, drawn without touching the database."""
    rng = random.Random(f"huunghi-generate:{seed}:{province.code}")
    specs = agency_specs(province, rng)
    officer_name = _person_name(rng)
    pools = [PARTNERS[name] for name in ("lao", "cambodia", "china") if province.code in NEIGHBOURS[name]]
    border = [p for pool in pools for p in rng.sample(pool, min(len(pool), rng.randint(2, 3)))]
    far = rng.sample(PARTNERS["far"], rng.randint(2, 4))
    return ProvinceContext(
        province=province,
        words=_province_words(province),
        specs=specs,
        partners=border + far,
        border_partners=border,
        neighbour_partners=[p for p in border if p[1] in ("Lào", "Campuchia")],
        officer_name=officer_name,
    )


@transaction.atomic
def _province_setup(ctx: ProvinceContext, password: str, summary: GenerateSummary) -> None:
    """Create the province's missing agencies (matched by name) and officer; set its focal agency if unset."""
    province = ctx.province
    existing = {a.name: a for a in Agency.objects.filter(province=province)}
    missing = [
        Agency(
            province=province,
            name=spec.name,
            short_name=spec.short_name,
            abbreviations=list(spec.abbreviations),
            kind=spec.kind,
            group_of=spec.group_of,
            valid_from=spec.valid_from,
            valid_to=spec.valid_to,
            search_key=agency_search_key(spec.name, spec.short_name, spec.abbreviations),
        )
        for spec in ctx.specs
        if spec.name not in existing
    ]
    for agency in bulk_create_with_history(missing, Agency):
        existing[agency.name] = agency
    ctx.agencies = {spec.name: existing[spec.name] for spec in ctx.specs}
    ctx.committee = ctx.agencies[ctx.specs[0].name]
    focal = ctx.agencies[FOCAL_AGENCY_NAME]
    if province.focal_agency_id is None:
        province_set_focal_agency(province=province, agency=focal)
    User = get_user_model()
    username = f"officer-{province.code}"
    ctx.officer = User.objects.filter(username=username).first()
    if ctx.officer is None:
        ctx.officer = User.objects.create(
            username=username,
            password=password,
            first_name=ctx.officer_name,
            role=Role.OFFICER,
            province=province,
            agency=focal,
            job_title=f"Chuyên viên {FOCAL_AGENCY_NAME}",
        )
        summary.users += 1


@dataclass
class SectionDraft:
    code: str
    title: str
    tasks: list[TaskDraft]


@dataclass
class PlanDraft:
    """Everything a generated plan holds, drawn before anything is written."""

    year: int
    fields: dict
    part: str
    sections: list[SectionDraft]

    @property
    def tasks(self) -> list[TaskDraft]:
        return [task for section in self.sections for task in section.tasks]


def plan_draft(ctx: ProvinceContext, seed: int, year: int) -> PlanDraft:
    """The province's plan for ``year``: the same for the same seed, whatever the database holds."""
    rng = random.Random(f"huunghi-generate:{seed}:{ctx.province.code}:{year}")
    issued_on = datetime.date(year, 1, 5) + datetime.timedelta(days=rng.randint(0, 80))
    occasions = {
        "year": year,
        "anniversaries": anniversaries(year),
        "national_days": [c for c in COUNTRIES if c.national_day],
    }
    title = rng.choice(
        [
            f"Triển khai công tác ngoại giao văn hóa năm {year}",
            f"Thực hiện công tác ngoại giao văn hóa trên địa bàn {ctx.words['tinh']} năm {year}",
            f"Ngoại giao văn hóa năm {year}",
        ]
    )
    fields = {
        "title": title,
        "start_year": year,
        "status": PlanStatus.ISSUED,
        "number": f"{rng.randint(120, 2400)}/KH-UBND",
        "issued_on": issued_on,
        "place": ctx.province.name,
        "signer_name": _signer(ctx.province, seed, year),
        "signer_title": "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
        **_plan_texts(ctx, year),
    }
    part = "II" if rng.random() < 0.85 else "III"
    by_category: dict[str, list[TaskTemplate]] = {}
    for template in TEMPLATES:
        if _usable(template, ctx, occasions):
            by_category.setdefault(template.category, []).append(template)
    themes = [c for c in by_category if c != C.OTHER]
    sections: list[SectionDraft] = []
    seen: set[str] = set()
    position = 0
    for number, (section_title, categories, size) in enumerate(plan_outline(rng), start=1):
        section = SectionDraft(f"{part}.{number}", section_title.format(**ctx.words), [])
        for letter in VIETNAMESE_LETTERS[:size]:
            # Mostly the section's own kind of task, sometimes one that cuts across; never the same text twice.
            for _attempt in range(10):
                cross = categories != [C.OTHER] and rng.random() < 0.12
                category = rng.choice(themes if cross else categories)
                draft = _compose_task(rng, ctx, rng.choice(by_category[category]), year, issued_on, occasions)
                if draft.body not in seen:
                    break
            seen.add(draft.body)
            position += 1
            draft.task.code = f"{section.code}.{letter}"
            draft.task.position = position
            section.tasks.append(draft)
        sections.append(section)
    return PlanDraft(year, fields, part, sections)


@transaction.atomic
def _write_plan(ctx: ProvinceContext, draft: PlanDraft, summary: GenerateSummary) -> Plan:
    """Create the plan and its document through the services, then its tasks and assignments in bulk."""
    plan = plan_create(actor=ctx.officer, province=ctx.province, issuer=ctx.committee, **draft.fields)
    citation_add(
        citing=plan.document,
        cited=national_document(_strategy_key(draft.year)),
        relation=CitationRelation.IMPLEMENTS,
        text=_strategy_citation(draft.year),
    )
    content = section_create(plan=plan, code=draft.part, title="NỘI DUNG THỰC HIỆN", position=1)
    tasks: list[Task] = []
    for position, section_draft in enumerate(draft.sections, start=2):
        section = section_create(
            plan=plan, code=section_draft.code, title=section_draft.title, parent=content, position=position
        )
        for task_draft in section_draft.tasks:
            task = task_draft.task
            task.plan, task.section = plan, section
            task.search_key = task_search_key(task)
            tasks.append(task)
    tasks = bulk_create_with_history(tasks, Task, batch_size=500, default_user=ctx.officer)
    assignments = [
        Assignment(task=task, agency=ctx.agencies[name], role=role, position=i)
        for task, task_draft in zip(tasks, draft.tasks, strict=True)
        for role, names in (
            (AssignmentRole.LEAD, task_draft.lead),
            (AssignmentRole.COOPERATING, task_draft.cooperating),
        )
        for i, name in enumerate(names)
    ]
    Assignment.objects.bulk_create(assignments, batch_size=1000)
    summary.plans += 1
    summary.sections += len(draft.sections) + 1
    summary.tasks += len(tasks)
    summary.assignments += len(assignments)
    return plan


# --- Reports --------------------------------------------------------------------------------------------

#: How an agency's report of a past period ended, with its weight out of 100: most accepted or submitted on
#: time, some late, some missing (a draft half filled in or never touched), a few returned.
REPORT_OUTCOMES = {
    "accepted": 50,
    "on_time": 20,
    "late": 11,
    "returned": 5,
    "draft": 6,
    "untouched": 8,
}
RESULT_WORDS = {
    TaskStatus.DONE: [
        "Đã hoàn thành; tổ chức {n} hoạt động với {p} lượt người tham gia.",
        "Hoàn thành theo kế hoạch; {n} hoạt động, trong đó {f} hoạt động có đối tác nước ngoài.",
        "Đã thực hiện xong; đăng tải {n} tin, bài trên các phương tiện thông tin đại chúng.",
    ],
    TaskStatus.IN_PROGRESS: [
        "Đang triển khai; đã tổ chức {n} hoạt động.",
        "Đã xây dựng kế hoạch chi tiết, đang phối hợp với các đơn vị liên quan triển khai.",
        "Đang thực hiện; đã làm việc với {f} đối tác nước ngoài.",
    ],
    TaskStatus.NOT_STARTED: ["Chưa triển khai, dự kiến thực hiện trong kỳ tới.", ""],
    TaskStatus.POSTPONED: [
        "Tạm hoãn do đối tác nước ngoài đề nghị lùi thời gian.",
        "Lùi thời gian do chưa bố trí kinh phí.",
    ],
    TaskStatus.CANCELLED: ["Không thực hiện do thay đổi chủ trương của đối tác."],
}


def _task_row_values(rng: random.Random, task: dict, role: str, data_to: datetime.date) -> dict:
    """A plausible status, progress, results and spending for one task row at the end of a period."""
    ends_on, starts_on = task["ends_on"], task["starts_on"]
    if starts_on is not None and starts_on > data_to:
        status = TaskStatus.NOT_STARTED if rng.random() < 0.9 else TaskStatus.IN_PROGRESS
    elif ends_on is None or ends_on <= data_to:
        status = _weighted(
            rng,
            {
                TaskStatus.DONE: 78,
                TaskStatus.IN_PROGRESS: 12,
                TaskStatus.NOT_STARTED: 4,
                TaskStatus.POSTPONED: 4,
                TaskStatus.CANCELLED: 2,
            },
        )
    else:
        status = _weighted(rng, {TaskStatus.DONE: 20, TaskStatus.IN_PROGRESS: 70, TaskStatus.NOT_STARTED: 10})
    progress = {
        TaskStatus.DONE: 100,
        TaskStatus.IN_PROGRESS: rng.randrange(20, 95, 5),
        TaskStatus.POSTPONED: rng.randrange(0, 35, 5),
    }.get(status, 0)
    words = rng.choice(RESULT_WORDS[status]).format(n=rng.randint(1, 12), p=rng.randint(30, 800), f=rng.randint(1, 4))
    spent = {"spent_state": 0, "spent_non_state": 0, "spent_other": 0}
    estimate = task["budget_estimate"] or 0
    if role == AssignmentRole.LEAD and estimate and progress:
        amount = round(estimate * progress / 100 * rng.uniform(0.6, 1.05), -5)
        source = {BudgetSource.NON_STATE: "spent_non_state", BudgetSource.OTHER: "spent_other"}
        spent[source.get(task["budget_source"], "spent_state")] = int(amount)
    return {"status": status, "progress": progress, "results": words, **spent}


def _moment(day: datetime.date, rng: random.Random) -> datetime.datetime:
    local = datetime.datetime.combine(day, datetime.time(rng.randint(7, 16), rng.randrange(0, 60, 5)))
    return timezone.make_aware(local)


@transaction.atomic
def _write_period(ctx: ProvinceContext, plan: Plan, kind: str, seed: int, summary: GenerateSummary) -> None:
    """A past period of the plan, as it ended: a report for every assigned agency, its rows and its steps,
    drawn from a generator seeded with the seed, the province, the year and the kind of period."""
    rng = random.Random(f"huunghi-generate:{seed}:{ctx.province.code}:{plan.start_year}:{kind}")
    year = plan.start_year
    data_from, data_to = period_dates(kind, year)
    deadline = data_to + datetime.timedelta(days=DEFAULT_DEADLINE_DAYS)
    period = ReportingPeriod.objects.create(
        plan=plan,
        kind=kind,
        year=year,
        code=period_code(kind, year),
        data_from=data_from,
        data_to=data_to,
        deadline=deadline,
        status=PeriodStatus.CLOSED,
        opened_by=ctx.officer,
    )
    opened_at = _moment(data_to - datetime.timedelta(days=rng.randint(10, 20)), rng)
    ReportingPeriod.objects.filter(pk=period.pk).update(opened_at=opened_at)
    assignments = list(
        Assignment.objects.filter(task__plan=plan)
        .order_by("task__position", "task_id", "role", "position")
        .values(
            "agency_id",
            "role",
            "task_id",
            "task__starts_on",
            "task__ends_on",
            "task__budget_estimate",
            "task__budget_source",
        )
    )
    agency_ids = list(dict.fromkeys(a["agency_id"] for a in assignments))
    outcomes = {pk: _weighted(rng, REPORT_OUTCOMES) for pk in agency_ids}
    reports = []
    for pk in agency_ids:
        outcome = outcomes[pk]
        submitted_at = None
        if outcome in ("accepted", "on_time", "returned"):
            submitted_at = _moment(deadline - datetime.timedelta(days=rng.randint(0, 6)), rng)
        elif outcome == "late":
            submitted_at = _moment(deadline + datetime.timedelta(days=rng.randint(1, 20)), rng)
        status = {
            "accepted": ReportStatus.ACCEPTED,
            "on_time": ReportStatus.SUBMITTED,
            "late": ReportStatus.SUBMITTED,
            "returned": ReportStatus.RETURNED,
        }.get(outcome, ReportStatus.DRAFT)
        filled = outcome != "untouched"
        reports.append(
            AgencyReport(
                period=period,
                agency_id=pk,
                status=status,
                submitted_at=submitted_at,
                results_summary=(
                    f"Trong kỳ, cơ quan đã triển khai các nhiệm vụ được giao tại Kế hoạch; tổ chức "
                    f"{rng.randint(2, 30)} hoạt động đối ngoại, đón {rng.randint(0, 12)} đoàn khách quốc tế."
                    if filled
                    else ""
                ),
                difficulties=rng.choice(["", "Kinh phí bố trí còn hạn chế.", "Thiếu cán bộ có ngoại ngữ."])
                if filled
                else "",
                proposals=rng.choice(["", "Đề nghị bố trí kinh phí kịp thời.", "Đề nghị tổ chức tập huấn."])
                if filled
                else "",
                version=3 if filled else 1,
                saved_at=submitted_at or (opened_at + datetime.timedelta(days=rng.randint(3, 12)) if filled else None),
            )
        )
    reports = AgencyReport.objects.bulk_create(reports, batch_size=500)
    report_of = {r.agency_id: r for r in reports}
    rows = []
    for a in assignments:
        report = report_of[a["agency_id"]]
        row = TaskReport(report=report, task_id=a["task_id"], role=a["role"])
        if outcomes[a["agency_id"]] != "untouched":
            task = {name: a[f"task__{name}"] for name in ("starts_on", "ends_on", "budget_estimate", "budget_source")}
            for name, value in _task_row_values(rng, task, a["role"], data_to).items():
                setattr(row, name, value)
        rows.append(row)
    TaskReport.objects.bulk_create(rows, batch_size=1000)
    events, moments = [], []
    for report in reports:
        outcome = outcomes[report.agency_id]
        if report.submitted_at is None:
            continue
        steps = [(ReportAction.SUBMITTED, None, "", report.submitted_at)]
        later = report.submitted_at + datetime.timedelta(days=rng.randint(1, 5), hours=rng.randint(0, 6))
        if outcome == "accepted":
            steps.append((ReportAction.ACCEPTED, ctx.officer, "", later))
        elif outcome == "returned":
            steps.append((ReportAction.RETURNED, ctx.officer, "Đề nghị bổ sung số liệu kinh phí đã sử dụng.", later))
        for action, actor, comment, at in steps:
            events.append(ReportEvent(report=report, actor=actor, action=action, comment=comment))
            moments.append(at)
    events = ReportEvent.objects.bulk_create(events, batch_size=1000)
    # ``at`` is stamped with the time of the insert; the steps happened on the days drawn above.
    for event, at in zip(events, moments, strict=True):
        event.at = at
    ReportEvent.objects.bulk_update(events, ["at"], batch_size=1000)
    summary.periods += 1
    summary.reports += len(reports)
    summary.task_reports += len(rows)


def generate_reports(ctx: ProvinceContext, seed: int, years: range, today: datetime.date, summary) -> None:
    """Fill the 6-month and annual periods of the province's plans of ``years`` that ended before ``today``'s
    year; a period that exists is left as it is."""
    plans = Plan.objects.filter(province=ctx.province, kind=PlanKind.YEARLY, start_year__in=years)
    plans = plans.filter(start_year__lt=today.year).order_by("start_year")
    for plan in plans:
        existing = set(plan.reporting_periods.values_list("code", flat=True))
        for kind in (PeriodKind.SIX_MONTH, PeriodKind.ANNUAL):
            if period_code(kind, plan.start_year) not in existing:
                _write_period(ctx, plan, kind, seed, summary)
