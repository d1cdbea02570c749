"""Congratulatory letters (thư chúc mừng) drafted from an event of the diplomatic calendar. No Django here.

:func:`draft_letter` turns an event (``Event.as_dict()``) into the text of a letter, :class:`LetterContent`:
in Vietnamese an official letter of Decree 30/2020/NĐ-CP, in English a diplomatic letter. A national day, a
monarch's birthday or an anniversary of diplomatic relations is written to the country's Ambassador in Viet
Nam; an anniversary of a partner agreement to the partner locality's leader. International days and
Vietnamese holidays get no letter. ``letters_docx.letter_docx`` lays the text out in Word; the officer edits
the draft before it is signed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, fields
from datetime import date

from huunghi.events.engine import (
    INTERNATIONAL_DAY,
    MONARCH_BIRTHDAY,
    NATIONAL_DAY,
    PARTNER_ANNIVERSARY,
    RELATIONS_ANNIVERSARY,
    ROUND_TEN,
    VIETNAMESE_HOLIDAY,
)
from huunghi.text import format_date

LANGUAGES = ("vi", "en")
LETTER_KINDS = (NATIONAL_DAY, MONARCH_BIRTHDAY, RELATIONS_ANNIVERSARY, PARTNER_ANNIVERSARY)
NUMBER_SYMBOL = "UBND-NgV"
RECIPIENTS_VI = ("Như trên;", "Bộ Ngoại giao (để b/c);", "Sở Ngoại vụ;", "Lưu: VT, NgV.")
CLOSING_VI = "Nhân dịp này, xin gửi tới {you} lời chào trân trọng nhất./."
AREAS_VI = "chính trị, kinh tế, văn hóa, giáo dục và giao lưu nhân dân"
AREAS_EN = "politics, the economy, culture, education and people-to-people exchanges"
LOCAL_AREAS_VI = "kinh tế, văn hóa, giáo dục, du lịch và giao lưu nhân dân"
LOCAL_AREAS_EN = "the economy, culture, education, tourism and people-to-people exchanges"
CLOSING_EN = "Please accept, {you}, the assurances of my highest consideration."

MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
FRAMEWORKS_EN = {
    "comprehensive_strategic": "Comprehensive Strategic Partnership",
    "strategic": "Strategic Partnership",
    "comprehensive": "Comprehensive Partnership",
}
# A monarch's title stands without "Ngài" ("Nhà vua", not "Ngài Nhà vua"), and the royal family is greeted too.
ROYAL_VI = ("Nhà vua", "Quốc vương", "Hoàng đế", "Nữ hoàng", "Nhà Vua", "Đức", "Sultan", "Đại công tước")
ROYAL_EN = ("His Majesty", "Her Majesty", "His Royal", "Her Royal", "His Highness", "Her Highness")
# English names that take "the": "the United States", "the Republic of Korea", "the Philippines".
THE_PREFIXES = (
    "United ",
    "Republic",
    "Kingdom",
    "Federal",
    "Federated",
    "Democratic",
    "People's",
    "Islamic Republic",
    "Principality",
    "Grand Duchy",
    "Commonwealth",
    "Union",
    "State of",
    "Sultanate",
    "Holy See",
    "Socialist",
    "Plurinational",
    "Bolivarian",
    "Independent State",
    "Russian Federation",
    "Czech Republic",
    "Dominican Republic",
    "Central African",
)
THE_NAMES = ("Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives", "Comoros", "Seychelles")
# The administrative word starting a partner's name is written in lower case after a title:
# "Ngài Tỉnh trưởng tỉnh Jeollabuk-do", not "Ngài Tỉnh trưởng Tỉnh Jeollabuk-do".
UNIT_WORDS_VI = ("Tỉnh", "Thành phố", "Quận", "Huyện", "Bang", "Vùng", "Châu", "Thị xã", "Khu")


@dataclass
class LetterContent:
    """The text of one congratulatory letter, ready to lay out. ``addressee`` and ``signer_title`` may hold
    several lines; ``body`` holds paragraphs separated by blank lines. ``occasion`` names what the letter
    celebrates ('Kỷ niệm 80 năm Ngày Độc lập ...'), for the document's title; ``recipients`` are the lines
    of 'Nơi nhận' (Vietnamese letters only)."""

    language: str
    issuer: str
    place: str
    date: date
    addressee: str
    salutation: str
    body: str
    closing: str
    signer_title: str
    signer_name: str = ""
    occasion: str = ""
    recipients: tuple[str, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"Ngôn ngữ của thư phải là “vi” hoặc “en”, không phải “{self.language}”.")
        for item in fields(self):
            value = getattr(self, item.name)
            if isinstance(value, str):
                setattr(self, item.name, _nfc(value))
        self.recipients = tuple(_nfc(line) for line in self.recipients)

    def paragraphs(self) -> list[str]:
        """The body's paragraphs, each on one line."""
        return [" ".join(part.split()) for part in re.split(r"\n\s*\n", self.body) if part.strip()]


def _nfc(text: str | None) -> str:
    return unicodedata.normalize("NFC", text or "")


# --- Dates and names ----------------------------------------------------------------------------------


def date_en(value: date) -> str:
    """'17 August 2025': a date as an English letter writes it."""
    return f"{value.day} {MONTHS_EN[value.month - 1]} {value.year}"


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February of a year that had none
        return day.replace(year=day.year - years, day=28)


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _the(name: str) -> str:
    """'the United States', 'Indonesia'."""
    if name.startswith(THE_PREFIXES) or name in THE_NAMES or name.endswith((" Islands", " Emirates", " States")):
        return f"the {name}"
    return name


def _without_aside(name: str) -> str:
    """'Quốc khánh (Ngày Độc lập)' → 'Quốc khánh': the date follows in brackets, two asides would be one too many."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", name).strip()


@dataclass(frozen=True)
class _Province:
    """The issuing province: 'tỉnh Đắk Lắk' or 'thành phố Hà Nội', 'Dak Lak Province' or 'Hai Phong City'."""

    unit_vi: str
    name_vi: str
    name_en: str

    @classmethod
    def of(cls, province_vi: str, province_en: str) -> _Province:
        name_vi, name_en = _nfc(province_vi).strip(), _nfc(province_en).strip()
        unit = "tỉnh"
        for word in ("tỉnh", "thành phố"):
            if name_vi.lower().startswith(f"{word} "):
                unit, name_vi = word, name_vi[len(word) + 1 :].strip()
        name_en = re.sub(r"\s+(Province|City)$", "", name_en, flags=re.IGNORECASE)
        if not name_vi or not name_en:
            raise ValueError("Thiếu tên tỉnh (tiếng Việt và tiếng Anh) để soạn thư.")
        return cls(unit, name_vi, name_en)

    @property
    def vi(self) -> str:
        return f"{self.unit_vi} {self.name_vi}"

    @property
    def committee_vi(self) -> str:
        return f"Ủy ban nhân dân {self.vi}"

    @property
    def en(self) -> str:
        return f"{self.name_en} {'City' if self.unit_vi == 'thành phố' else 'Province'}"

    @property
    def committee_en(self) -> str:
        return f"the People's Committee of {self.en}"


@dataclass(frozen=True)
class _Country:
    """The names a letter needs of one country row."""

    row: dict

    @property
    def short_vi(self) -> str:
        # Official letters use the transliterated form where the data has one ('In-đô-nê-xi-a').
        return _nfc(self.row.get("name_vi_transliterated") or self.row["name_vi"])

    @property
    def formal_vi(self) -> str:
        return _nfc(self.row.get("name_vi_formal") or self.row["name_vi"])

    @property
    def of_formal_vi(self) -> str:
        """'nước Cộng hòa In-đô-nê-xi-a', 'Vương quốc Thái Lan', 'Nhật Bản'."""
        formal = self.formal_vi
        return f"nước {formal}" if formal.startswith("Cộng hòa") else formal

    @property
    def names_vi(self) -> tuple[str, ...]:
        return tuple(_nfc(self.row.get(key)) for key in ("name_vi", "name_vi_transliterated") if self.row.get(key))

    @property
    def en(self) -> str:
        return _the(_nfc(self.row.get("name_en_formal") or self.row["name_en"]))

    @property
    def short_en(self) -> str:
        return _the(_nfc(self.row["name_en"]))

    def relation_vi(self) -> str:
        """'quan hệ Đối tác chiến lược toàn diện Việt Nam – In-đô-nê-xi-a' or the relationship's own motto."""
        name = _nfc(self.row.get("framework_name_vi"))
        pair = f"giữa Việt Nam và {self.short_vi}"
        if self.row.get("framework") and name:
            return f"quan hệ {name} {pair}"
        if name:
            name = re.sub(r"^quan hệ\s+", "", name, flags=re.IGNORECASE)
            return f"mối quan hệ {name[0].lower()}{name[1:]} {pair}"
        return f"quan hệ hữu nghị và hợp tác {pair}"

    def relation_en(self) -> str:
        framework = FRAMEWORKS_EN.get(self.row.get("framework") or "")
        if framework:
            return f"the Viet Nam – {self.row['name_en']} {framework}"
        return f"the friendship and cooperation between Viet Nam and {self.short_en}"

    def head_vi(self, kind: str) -> str:
        """Who the ambassador is asked to convey the wishes to: 'Ngài Tổng thống, Chính phủ và nhân dân ...'."""
        title = _nfc(self.row.get("head_of_state_title_vi")).strip()
        if not title and kind == MONARCH_BIRTHDAY:
            title = self.monarch_vi()
        if not title:
            return f"Lãnh đạo, Chính phủ và nhân dân {self.short_vi}"
        if title.startswith(ROYAL_VI):
            return f"{title}, Hoàng gia, Chính phủ và nhân dân {self.short_vi}"
        return f"Ngài {title}, Chính phủ và nhân dân {self.short_vi}"

    def head_en(self, kind: str) -> str:
        title = _nfc(self.row.get("head_of_state_title_en")).strip()
        if not title and kind == MONARCH_BIRTHDAY:
            title = self.monarch_en()
        if not title:
            return f"the leaders, the Government and the people of {self.short_en}"
        if title.startswith(ROYAL_EN):
            return f"{title}, the Royal Family, the Government and the people of {self.short_en}"
        return f"the {title}, the Government and the people of {self.short_en}"

    def monarch_vi(self) -> str:
        title = _nfc(self.row.get("head_of_state_title_vi")).strip()
        if not title:
            return "Nhà vua"
        return title if title.startswith(ROYAL_VI) else f"Ngài {title}"

    def monarch_en(self) -> str:
        title = _nfc(self.row.get("head_of_state_title_en")).strip()
        return title if title.startswith(ROYAL_EN) else "His Majesty"

    def day(self, kind: str) -> dict:
        """The country's national day, or its monarch's birthday (its own field, or a national day of that kind)."""
        national = self.row.get("national_day") or {}
        if kind == MONARCH_BIRTHDAY:
            return self.row.get("monarch_birthday") or (national if national.get("kind") == MONARCH_BIRTHDAY else {})
        return national


# --- The occasion -------------------------------------------------------------------------------------


def _span_vi(day: date, years: int | None) -> str:
    return f"({format_date(_years_before(day, years))} – {format_date(day)})" if years else f"({format_date(day)})"


def _span_en(day: date, years: int | None) -> str:
    return f"({date_en(_years_before(day, years))} – {date_en(day)})" if years else f"({date_en(day)})"


def _title_name(event: dict) -> str:
    """The day's name from the event's own title, when the country row has none: 'Quốc khánh Lào (02/12)' →
    'Quốc khánh Lào'."""
    return re.sub(r"^Kỷ niệm \d+ năm\s+", "", _without_aside(_nfc(event.get("title_vi"))))


def _day_name_vi(country: _Country, event: dict, kind: str) -> str:
    name = _without_aside(_nfc(country.day(kind).get("name_vi")))
    if not name:
        return _title_name(event)
    # 'Ngày nước Nga' and 'Ngày sinh Nhà vua Nhật Bản' already name their country.
    if any(known in name for known in country.names_vi):
        return name
    return f"{name} {country.of_formal_vi}"


def _day_name_en(country: _Country, event: dict, kind: str) -> str:
    name = _without_aside(_nfc(country.day(kind).get("name_en")))
    if not name:
        return re.sub(r"\s*\([^)]*\)\s*$", "", _nfc(event.get("title_en")))
    if country.row["name_en"] in name:
        return name if name.split()[0] == country.row["name_en"] else f"the {name}"
    return f"the {name} of {country.en}"


def occasion_vi(event: dict, country: _Country | None, partner: dict | None, province: _Province) -> str:
    """'Kỷ niệm 80 năm Ngày Độc lập nước Cộng hòa In-đô-nê-xi-a (17/08/1945 – 17/08/2025)'."""
    kind, day, years = event["kind"], date.fromisoformat(event["date"]), event.get("years")
    if kind == PARTNER_ANNIVERSARY:
        what = "quan hệ kết nghĩa" if (partner or {}).get("type") == "twinning" else "quan hệ hợp tác"
        name = f"thiết lập {what} giữa {province.vi} và {_partner_name_vi(partner)}"
        return f"Kỷ niệm {years} năm {name} {_span_vi(day, years)}" if years else f"{name} {_span_vi(day, None)}"
    if kind == RELATIONS_ANNIVERSARY:
        name = f"Ngày thiết lập quan hệ ngoại giao Việt Nam – {country.short_vi}"
    else:
        name = _day_name_vi(country, event, kind)
    return f"Kỷ niệm {years} năm {name} {_span_vi(day, years)}" if years else f"{name} {_span_vi(day, None)}"


def occasion_en(event: dict, country: _Country | None, partner: dict | None, province: _Province) -> str:
    """'the 80th anniversary of the Independence Day of Indonesia (17 August 1945 – 17 August 2025)'."""
    kind, day, years = event["kind"], date.fromisoformat(event["date"]), event.get("years")
    if kind == PARTNER_ANNIVERSARY:
        what = "twinning relationship" if (partner or {}).get("type") == "twinning" else "cooperative relationship"
        name = f"the {what} between {province.en} and {_nfc(partner['partner_en'])}"
        if years:
            return f"the {_ordinal(years)} anniversary of the establishment of {name} {_span_en(day, years)}"
        return f"the anniversary of the establishment of {name} {_span_en(day, None)}"
    if kind == RELATIONS_ANNIVERSARY:
        name = f"the establishment of diplomatic relations between Viet Nam and {country.short_en}"
        return f"the {_ordinal(years)} anniversary of {name} {_span_en(day, years)}" if years else name
    name = _day_name_en(country, event, kind)
    if kind == MONARCH_BIRTHDAY:
        # A birthday is dated on its day only: 'the 66th Birthday of His Majesty ... (23 February 2026)'.
        if years and name.startswith("the Birthday"):
            return f"the {_ordinal(years)} Birthday{name[len('the Birthday') :]} {_span_en(day, None)}"
        if years:
            return f"the {_ordinal(years)} anniversary of {name} {_span_en(day, None)}"
        return f"{name} {_span_en(day, None)}"
    if years:
        return f"the {_ordinal(years)} anniversary of {name} {_span_en(day, years)}"
    return f"{name} {_span_en(day, None)}"


# --- The letters --------------------------------------------------------------------------------------


def _partner_name_vi(partner: dict) -> str:
    name = _nfc(partner["partner_vi"]).strip()
    for word in UNIT_WORDS_VI:
        if name.startswith(f"{word} "):
            return f"{word.lower()}{name[len(word) :]}"
    return name


def _round_sentence_vi(round_: str | None, years: int | None, between: str, areas: str) -> str:
    """How far the relations have come: a round year (năm tròn) is a milestone, said so."""
    grown = f"quan hệ hữu nghị và hợp tác giữa {between} không ngừng được củng cố và phát triển"
    if round_ == ROUND_TEN:
        return (
            f"Chặng đường {years} năm qua là một mốc son quan trọng, đánh dấu sự phát triển không ngừng của quan hệ "
            f"hữu nghị và hợp tác giữa {between}, với nhiều kết quả tốt đẹp trên các lĩnh vực {areas}."
        )
    if years:
        return f"Trong {years} năm qua, {grown}, đạt nhiều kết quả tốt đẹp trên các lĩnh vực {areas}."
    return f"{grown[0].upper()}{grown[1:]}, đạt nhiều kết quả tốt đẹp trên các lĩnh vực {areas}."


def _round_sentence_en(round_: str | None, years: int | None, between: str, areas: str) -> str:
    grown = (
        f"the friendship and cooperation between {between} have been constantly strengthened and developed, "
        f"with fine results in {areas}."
    )
    if round_ == ROUND_TEN:
        return (
            f"The {_ordinal(years)} anniversary is an important milestone, marking how far the friendship and "
            f"cooperation between {between} have come, with fine results in {areas}."
        )
    if years:
        return f"Over the past {years} years, {grown}"
    return grown[0].upper() + grown[1:]


def _ambassador_vi(event: dict, country: _Country, partner: dict | None, province: _Province) -> list[str]:
    kind, years, short = event["kind"], event.get("years"), country.short_vi
    paragraphs = [
        f"Nhân dịp {occasion_vi(event, country, partner, province)}, thay mặt lãnh đạo và nhân dân {province.vi}, "
        f"{province.committee_vi} trân trọng gửi tới Ngài Đại sứ lời chúc mừng nhiệt liệt nhất và trân trọng đề "
        f"nghị Ngài chuyển tới {country.head_vi(kind)} lời chúc mừng tốt đẹp nhất."
    ]
    if kind == NATIONAL_DAY:
        paragraphs.append(
            f"Chúng tôi vui mừng trước những thành tựu to lớn mà nhân dân {short} đã đạt được trong công cuộc xây "
            f"dựng và phát triển đất nước, và tin tưởng rằng đất nước {short} sẽ ngày càng phát triển phồn vinh, "
            "thịnh vượng."
        )
    elif kind == MONARCH_BIRTHDAY:
        paragraphs.append(
            f"Chúng tôi kính chúc {country.monarch_vi()} dồi dào sức khỏe, trường thọ; chúc nhân dân {short} hạnh "
            "phúc, thịnh vượng."
        )
    else:
        paragraphs.append(_round_sentence_vi(event.get("round"), years, f"hai nước Việt Nam và {short}", AREAS_VI))
    ties = f"giữa {province.vi} với các địa phương, đối tác của {short}"
    if partner:
        ties += f", trong đó có {_partner_name_vi(partner)}"
    paragraphs.append(
        f"{province.committee_vi} mong tiếp tục nhận được sự quan tâm, hỗ trợ của Ngài Đại sứ và Đại sứ quán trong "
        f"việc thúc đẩy giao lưu, hợp tác {ties}, trên các lĩnh vực văn hóa, giáo dục, du lịch, kinh tế và thương "
        f"mại, góp phần làm sâu sắc hơn nữa {country.relation_vi()}."
    )
    paragraphs.append(
        "Kính chúc Ngài Đại sứ dồi dào sức khỏe, hạnh phúc và thành công trong nhiệm kỳ công tác tại Việt Nam; chúc "
        f"quan hệ hữu nghị và hợp tác giữa Việt Nam và {short} ngày càng phát triển tốt đẹp."
    )
    return paragraphs


def _ambassador_en(event: dict, country: _Country, partner: dict | None, province: _Province) -> list[str]:
    kind, years, name = event["kind"], event.get("years"), country.short_en
    paragraphs = [
        f"On the occasion of {occasion_en(event, country, partner, province)}, on behalf of the leaders and people "
        f"of {province.en}, {province.committee_en} has the honour to extend to Your Excellency its warmest "
        f"congratulations, and kindly requests Your Excellency to convey its best wishes to {country.head_en(kind)}."
    ]
    if kind == NATIONAL_DAY:
        paragraphs.append(
            f"We are delighted at the great achievements the people of {name} have made in building and developing "
            f"their country, and we are confident that {name} will continue to grow in peace and prosperity."
        )
    elif kind == MONARCH_BIRTHDAY:
        paragraphs.append(
            f"We wish {country.monarch_en()} good health and longevity, and the people of {name} happiness and "
            "prosperity."
        )
    else:
        paragraphs.append(_round_sentence_en(event.get("round"), years, f"Viet Nam and {name}", AREAS_EN))
    ties = f"between {province.en} and the localities and partners of {name}"
    if partner:
        ties += f", {_nfc(partner['partner_en'])} among them"
    paragraphs.append(
        f"{province.committee_en[0].upper()}{province.committee_en[1:]} hopes to continue to receive the support of "
        f"Your Excellency and the Embassy in promoting exchanges and cooperation {ties}, in culture, education, "
        f"tourism, the economy and trade, contributing to further deepening {country.relation_en()}."
    )
    paragraphs.append(
        "I wish Your Excellency good health, happiness and every success in your mission in Viet Nam. May the "
        f"friendship and cooperation between Viet Nam and {name} continue to flourish."
    )
    return paragraphs


def _partner_vi(event: dict, country: _Country | None, partner: dict, province: _Province, you: str) -> list[str]:
    partner_name = _partner_name_vi(partner)
    between = f"{province.vi} và {partner_name}"
    via = "Ngài" if you.startswith("Ngài") else you
    paragraphs = [
        f"Nhân dịp {occasion_vi(event, country, partner, province)}, thay mặt lãnh đạo và nhân dân {province.vi}, "
        f"{province.committee_vi} trân trọng gửi tới {you} và qua {via} gửi tới chính quyền và nhân dân "
        f"{partner_name} lời chúc mừng nhiệt liệt nhất.",
        _round_sentence_vi(event.get("round"), event.get("years"), between, LOCAL_AREAS_VI),
    ]
    wider = f", góp phần vun đắp {country.relation_vi()}" if country else ""
    paragraphs.append(
        "Chúng tôi tin tưởng rằng, trên cơ sở những kết quả đã đạt được, quan hệ hữu nghị và hợp tác giữa hai địa "
        f"phương sẽ tiếp tục phát triển sâu rộng và hiệu quả hơn nữa, vì lợi ích của nhân dân hai địa phương{wider}."
    )
    paragraphs.append(f"Kính chúc {you} dồi dào sức khỏe, hạnh phúc và thành công.")
    return paragraphs


def _partner_en(event: dict, country: _Country | None, partner: dict, province: _Province, you: str) -> list[str]:
    partner_name = _nfc(partner["partner_en"])
    paragraphs = [
        f"On the occasion of {occasion_en(event, country, partner, province)}, on behalf of the leaders and people "
        f"of {province.en}, {province.committee_en} has the honour to extend to {you}, and through you to the "
        f"authorities and people of {partner_name}, its warmest congratulations.",
        _round_sentence_en(event.get("round"), event.get("years"), f"{province.en} and {partner_name}", LOCAL_AREAS_EN),
    ]
    wider = f", contributing to {country.relation_en()}" if country else ""
    paragraphs.append(
        "We are confident that, building on these achievements, the friendship and cooperation between our two "
        f"localities will grow ever broader and more fruitful, for the benefit of our peoples{wider}."
    )
    paragraphs.append(f"I wish {you} good health, happiness and every success.")
    return paragraphs


def draft_letter(
    event: dict,
    *,
    language: str,
    province_vi: str,
    province_en: str,
    country: dict | None,
    partner: dict | None,
    today: date,
    signer_name: str = "",
    signer_title: str | None = None,
    place: str | None = None,
) -> LetterContent:
    """The congratulatory letter for ``event`` (``Event.as_dict()``) from the People's Committee of the
    province, dated ``today``, in ``language`` ('vi' or 'en').

    ``country`` is the event's country row (``reference.country_index()[iso2]``), ``partner`` the partner
    locality (a row of data/partners.json, with optional ``leader_title_vi``/``leader_title_en``); a partner
    given for a country's day is named among the province's ties. ``place`` is the place the letter is dated
    at (the province's name by default; English letters may pass 'Buon Ma Thuot'); ``signer_title`` replaces
    'TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH' or 'Chairman of the People's Committee of ... Province'.

    Raises ValueError, in Vietnamese, for an international day or a Vietnamese holiday (no letter is sent for
    them), an unknown kind or language, or a missing country or partner."""
    if language not in LANGUAGES:
        raise ValueError(f"Ngôn ngữ của thư phải là “vi” hoặc “en”, không phải “{language}”.")
    kind = event.get("kind")
    if kind in (INTERNATIONAL_DAY, VIETNAMESE_HOLIDAY):
        raise ValueError(
            "Không soạn thư chúc mừng cho ngày quốc tế hay ngày lễ của Việt Nam: thư chúc mừng chỉ gửi nhân dịp "
            "quốc khánh, ngày sinh nhà vua, kỷ niệm quan hệ ngoại giao hoặc kỷ niệm quan hệ với địa phương đối tác."
        )
    if kind not in LETTER_KINDS:
        raise ValueError(f"Không có mẫu thư chúc mừng cho loại sự kiện “{kind}”.")
    province = _Province.of(province_vi, province_en)
    nation = _Country(country) if country else None
    if kind == PARTNER_ANNIVERSARY and not partner:
        raise ValueError("Thiếu thông tin địa phương đối tác để soạn thư chúc mừng.")
    if kind != PARTNER_ANNIVERSARY and nation is None:
        raise ValueError("Thiếu thông tin quốc gia để soạn thư chúc mừng.")

    if language == "vi":
        issuer = f"ỦY BAN NHÂN DÂN {province.vi.upper()}"
        if kind == PARTNER_ANNIVERSARY:
            title = _nfc(partner.get("leader_title_vi")).strip()
            you = f"Ngài {title}" if title else "Quý vị"
            where = f", {nation.short_vi}" if nation else ""
            addressee = f"{'Ngài ' + title if title else 'Lãnh đạo'} {_partner_name_vi(partner)}{where}"
            paragraphs = _partner_vi(event, nation, partner, province, you)
        else:
            you = "Ngài"
            addressee = f"Ngài Đại sứ Đặc mệnh toàn quyền {nation.formal_vi} tại Việt Nam"
            title = "Đại sứ"
            paragraphs = _ambassador_vi(event, nation, partner, province)
        content = LetterContent(
            language="vi",
            issuer=issuer,
            place=place or province.name_vi,
            date=today,
            addressee=addressee,
            salutation=f"Thưa {'Ngài ' + title if title else 'Quý vị'},",
            body="\n\n".join(paragraphs),
            closing=CLOSING_VI.format(you="Ngài" if you.startswith("Ngài") else you),
            signer_title=signer_title or "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
            signer_name=signer_name,
            occasion=occasion_vi(event, nation, partner, province),
            recipients=RECIPIENTS_VI,
        )
    else:
        if kind == PARTNER_ANNIVERSARY:
            title = _nfc(partner.get("leader_title_en")).strip()
            you = "Your Excellency" if title else "Excellencies"
            lines = [
                f"The {title} of {_nfc(partner['partner_en'])}"
                if title
                else f"The Leadership of {_nfc(partner['partner_en'])}"
            ]
            if nation:
                lines.append(nation.en[0].upper() + nation.en[1:])
            addressee = "\n".join(lines)
            paragraphs = _partner_en(event, nation, partner, province, "Your Excellency" if title else "you")
        else:
            you = "Your Excellency"
            addressee = f"His Excellency the Ambassador Extraordinary and Plenipotentiary of {nation.en} to Viet Nam"
            paragraphs = _ambassador_en(event, nation, partner, province)
        content = LetterContent(
            language="en",
            issuer=f"PEOPLE'S COMMITTEE OF {province.en.upper()}",
            place=place or province.name_en,
            date=today,
            addressee=addressee,
            salutation=f"{you},",
            body="\n\n".join(paragraphs),
            closing=CLOSING_EN.format(you=you),
            signer_title=signer_title or f"Chairman of the People's Committee of {province.en}",
            signer_name=signer_name,
            occasion=occasion_en(event, nation, partner, province),
        )
    return content
