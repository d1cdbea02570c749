"""Word lists shared by the document readers: document types, provinces, countries, languages, partner
localities and the words that end an agency's name; with the small lookups built on them.

Everything here is plain data and pure functions (no Django). Keys are built with the helpers of
`huunghi.text.normalize`, so that `hoá`/`hóa`, `Uỷ`/`Ủy`, case and (for provinces) diacritics and spaces do
not matter when a name is looked up; what is returned for display is always the text as written, or the
canonical name of a province.
"""

from __future__ import annotations

import functools
import re

from babel import Locale

from huunghi.text.normalize import match_key, search_key

# --------------------------------------------------------------------------------------------------------
# Document types

# The word that names a document before its number (`Quyết định số ...`) or as its title (`KẾ HOẠCH`), with
# the register's code. Longer phrases come first so that a regex alternation prefers them.
# fmt: off
DOC_TYPE_WORDS: dict[str, str] = {
    "kế hoạch hành động": "plan", "kế hoạch liên tịch": "plan", "kế hoạch": "plan",
    "quyết định": "decision",
    "chỉ thị": "directive",
    "nghị quyết liên tịch": "resolution", "nghị quyết": "resolution",
    "thông báo kết luận": "conclusion", "kết luận": "conclusion",
    "chương trình hành động": "programme", "chương trình": "programme",
    "nghị định": "decree",
    "thông tư liên tịch": "circular", "thông tư": "circular",
    "công văn": "letter", "văn bản": "letter", "công điện": "letter",
    "báo cáo": "report",
    "chiến lược": "strategy",
    "thông báo": "other", "hướng dẫn": "other", "luật": "other", "pháp lệnh": "other", "tờ trình": "other",
    "đề án": "other", "quy định": "other", "quy chế": "other",
}
# fmt: on

# The type code at the head of a symbol (`QĐ` in `979/QĐ-UBND`, `NQ` in `33-NQ/TW`), keyed by `search_key`.
SYMBOL_CODES: dict[str, str] = {
    "kh": "plan",
    "qd": "decision",
    "ct": "directive",
    "nq": "resolution",
    "kl": "conclusion",
    "ctr": "programme",
    "nd": "decree",
    "tt": "circular",
    "ttlt": "circular",
    "bc": "report",
    "cv": "letter",
    "cd": "letter",
    "tb": "other",
    "hd": "other",
    "ttr": "other",
    "da": "other",
    "qc": "other",
}


@functools.lru_cache(maxsize=4096)
def doc_type_of_word(word: str) -> str | None:
    """The type code of a type word as written (`Quyết định`, `KẾ HOẠCH`, `Kế hoạch hành động`), or None."""
    return DOC_TYPE_WORDS.get(" ".join(match_key(word).split()))


@functools.lru_cache(maxsize=4096)
def doc_type_of_symbol(symbol: str) -> tuple[str | None, bool]:
    """The type code told by a symbol (`QĐ-UBND`, `NQ/TW`, `SNgV-LSLTBC`) and whether it was read or guessed.

    A symbol whose first part is a type code gives that type. A symbol of two or more parts none of which is a
    type code is an official letter's (Decree 30/2020: issuer abbreviation - drafting unit): `letter`, guessed.
    """
    parts = [p for p in re.split(r"[-–—/]", symbol) if p]
    if not parts:
        return None, False
    code = SYMBOL_CODES.get(search_key(parts[0]))
    if code:
        return code, True
    if len(parts) >= 2 and all(p[:1].isalpha() for p in parts):
        return "letter", False
    return None, False


# --------------------------------------------------------------------------------------------------------
# Vietnamese provinces: the 63 of 2008–2025 and Huế (a centrally run city since 2025). Used to tell a
# province from a foreign locality and to name the province of a document.

# fmt: off
PROVINCES = [
    "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định",
    "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Đắk Nông",
    "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương",
    "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu",
    "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ",
    "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La",
    "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Hồ Chí Minh",
    "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái", "Huế",
]
PROVINCE_ALIASES = {
    "Bà Rịa Vũng Tàu": "Bà Rịa - Vũng Tàu", "Thừa Thiên - Huế": "Thừa Thiên Huế", "Đắc Lắc": "Đắk Lắk",
    "Đăk Lăk": "Đắk Lắk", "Daklak": "Đắk Lắk", "Dak Lak": "Đắk Lắk", "Đăk Nông": "Đắk Nông", "Bắc Cạn": "Bắc Kạn",
    "HCM": "Hồ Chí Minh", "Sài Gòn": "Hồ Chí Minh", "Kontum": "Kon Tum",
}
# fmt: on


def _compact(s: str) -> str:
    """A province key: no diacritics, no case, no spaces or hyphens (`QuảngNgãi` finds `Quảng Ngãi`)."""
    return "".join(c for c in search_key(s) if c.isalnum())


PROVINCE_KEYS: dict[str, str] = {_compact(p): p for p in PROVINCES}
PROVINCE_KEYS.update({_compact(a): p for a, p in PROVINCE_ALIASES.items()})
assert len({_compact(p) for p in PROVINCES}) == len(PROVINCES)  # no two provinces share a key

_LONGEST_PROVINCE_KEY = max(len(k) for k in PROVINCE_KEYS)
_compact_word = functools.lru_cache(maxsize=65536)(_compact)
_NAME_WORD = re.compile(r"[^\W\d_]+")
_NAME_GAP = re.compile(r"[ \t\u00a0\u202f]*(?:[-–][ \t\u00a0\u202f]*)?")


@functools.lru_cache(maxsize=4096)
def province_name(s: str) -> str | None:
    """The canonical name of the province written `s` (`QUẢNG NGÃI`, `QuảngNgãi`, `Thanh Hoá`), or None."""
    return PROVINCE_KEYS.get(_compact(s)) if s else None


def province_at(text: str, pos: int, max_words: int = 5) -> tuple[str, int, int] | None:
    """The province whose name starts at `pos` (the longest that fits), as (canonical name, start, end)."""
    ends = []
    keys = []
    at = pos
    for _ in range(max_words):
        m = _NAME_WORD.match(text, at)
        if not m:
            break
        ends.append(m.end())
        # The key of a name is the keys of its words put together: each word's is computed once.
        keys.append((keys[-1] if keys else "") + _compact_word(m.group()))
        if len(keys[-1]) > _LONGEST_PROVINCE_KEY:
            break
        gap = _NAME_GAP.match(text, m.end())
        at = gap.end() if gap else m.end()
    for end, key in zip(reversed(ends), reversed(keys), strict=False):
        name = PROVINCE_KEYS.get(key)
        if name:
            return name, pos, end
    return None


# --------------------------------------------------------------------------------------------------------
# Countries: Babel's Vietnamese names, plus the forms documents use that Babel lacks.

# Babel codes that are not countries, or not partners (Vietnam itself).
_NOT_COUNTRIES = {"VN", "EU", "EZ", "UN", "XA", "XB", "ZZ", "QO", "AQ", "AC", "CP", "DG", "EA", "IC", "TA"}
# Babel names that are also common Vietnamese words (`áo`, `Bỉ` in `thô bỉ`, `séc`): only read in the forms
# below that carry a prefix (`nước Áo`, `Vương quốc Bỉ`).
_TOO_COMMON = {"Áo", "Bỉ", "Síp", "Séc"}

# fmt: off
COUNTRY_EXTRA: dict[str, str] = {
    "CHDCND Lào": "LA", "Cộng hòa dân chủ nhân dân Lào": "LA", "Nước Cộng hòa dân chủ nhân dân Lào": "LA",
    "Lào": "LA", "Campuchia": "KH", "Cam-pu-chia": "KH", "Căm-pu-chia": "KH", "Cămpuchia": "KH",
    "Vương quốc Campuchia": "KH", "Hàn Quốc": "KR", "Đại Hàn Dân Quốc": "KR", "Đại Hàn": "KR",
    "Nhật Bản": "JP", "Nhật": "JP", "Hoa Kỳ": "US", "Mỹ": "US", "Trung Quốc": "CN", "Trung Hoa": "CN",
    "Liên bang Nga": "RU", "LB Nga": "RU", "Nga": "RU", "Myanmar": "MM", "Miến Điện": "MM", "Mi-an-ma": "MM",
    "Indonesia": "ID", "In-đô-nê-xi-a": "ID", "In-đô-nê-xia": "ID", "Thái Lan": "TH", "Xinh-ga-po": "SG",
    "Singapore": "SG", "Pháp": "FR", "Cộng hòa Pháp": "FR", "Đức": "DE", "CHLB Đức": "DE",
    "Cộng hòa Liên bang Đức": "DE", "Úc": "AU", "Ô-xtrây-li-a": "AU", "Australia": "AU", "Cu Ba": "CU",
    "Cuba": "CU", "Cu-ba": "CU", "Ma-lai-xi-a": "MY", "Malaysia": "MY", "Phi-líp-pin": "PH", "Philippines": "PH",
    "Bru-nây": "BN", "Brunei": "BN", "Ấn Độ": "IN", "Vương quốc Anh": "GB", "nước Anh": "GB",
    "Liên hiệp Vương quốc Anh": "GB", "Anh Quốc": "GB", "nước Ý": "IT", "Italia": "IT", "I-ta-li-a": "IT",
    "nước Áo": "AT", "Cộng hòa Áo": "AT", "nước Bỉ": "BE", "Vương quốc Bỉ": "BE", "nước Séc": "CZ",
    "Cộng hòa Séc": "CZ", "nước Síp": "CY", "Cộng hòa Síp": "CY", "Ca-na-đa": "CA", "Niu Di-lân": "NZ",
    "Mông Cổ": "MN", "Triều Tiên": "KP", "CHDCND Triều Tiên": "KP", "Hung-ga-ri": "HU", "Bun-ga-ri": "BG",
    "Ru-ma-ni": "RO", "U-crai-na": "UA", "Bê-la-rút": "BY", "Ca-dắc-xtan": "KZ", "Ixraen": "IL", "Ai Cập": "EG",
    "Bra-xin": "BR", "Ác-hen-ti-na": "AR", "Mê-hi-cô": "MX", "Vê-nê-xu-ê-la": "VE", "Chi-lê": "CL",
    "Palestine": "PS", "Nhà nước Palestine": "PS", "Cộng hòa Dân chủ Congo": "CD", "Cộng hòa Congo": "CG",
    "Hồng Kông": "HK", "Ma Cao": "MO", "Đông Timor": "TL", "Lào PDR": "LA",
}
# fmt: on

# Names too common to be read alone (`Anh` is also `brother`, `ý` an idea), read in a list of countries
# (`các đội pháo hoa Ý, Pháp, Phần Lan`), next to a name read on its own.
LIST_ONLY_NAMES = {"Ý": "IT", "Anh": "GB", "Áo": "AT", "Bỉ": "BE", "Séc": "CZ", "Síp": "CY"}
# Abbreviations that may stand before a one-word name: `CHDCND Lào`, `CHLB Đức`, `LB Nga`.
LOOSE_ABBREVIATIONS = {"chdcnd", "chlb", "lb", "chnd", "chxhcn", "ch"}
# One-word names that are also Vietnamese words or given names, read only when nothing suggests otherwise:
# written with a capital, no capitalised word right before (a person: `Nguyễn Văn Đức`; `Lào Cai`, `Mỹ Sơn`,
# `Đức Phổ`, `Nga Sơn` have one right after), not after a personal title, not before the listed words.
LOOSE_NAMES = {"Lào", "Nga", "Pháp", "Đức", "Nhật", "Mỹ", "Úc"}
LOOSE_ALLOWED_BEFORE = {"nam", "bắc", "tây", "đông", "trung", "hạ", "thượng", "liên", "bang"}
LOOSE_FORBIDDEN_BEFORE = {"bà", "ông", "chị", "anh", "em", "cô", "chú", "bác", "cháu", "bé", "đồng", "chí"}
# fmt: off
LOOSE_FORBIDDEN_AFTER = {
    "pháp": {"luật", "lệnh", "lý", "chế", "nhân", "quyền", "điển", "sư", "môn", "danh", "hiệu", "y", "bảo", "hội",
             "đình", "trị", "định", "tắc", "thuật", "quy", "chủ"},
    "đức": {"tin", "tính", "độ", "cha", "hạnh", "dục", "tài", "mẹ", "thánh", "phật", "vua"},
    "mỹ": {"thuật", "phẩm", "nghệ", "quan", "học", "dung", "vị", "mãn", "lệ", "cảm", "nhân", "tục", "ý"},
    "nhật": {"ký", "báo", "thực", "trình", "kỳ", "dụng"},
    "nga": {"my"},
}
# fmt: on


def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for code, name in Locale("vi").territories.items():
        if len(code) != 2 or not code.isalpha() or code in _NOT_COUNTRIES:
            continue
        for part in re.split(r"[()]", name):
            part = part.strip()
            if not part or part in _TOO_COMMON or re.search(r"[^\w \-’']", part) or " - " in part:
                continue
            names[part] = code
    names.update(COUNTRY_EXTRA)
    return names


COUNTRY_NAMES = _country_names()


@functools.lru_cache(maxsize=65536)
def token_key(token: str) -> str:
    """The matching key of one word: case folded, tones placed as the ministry places them."""
    if len(token) > 40:  # no name is that long: not worth folding tones
        return token.casefold()
    return match_key(token)


_TOKEN = re.compile(r"[^\W\d_]+")


def phrase_key(phrase: str) -> str:
    """The key of a name of several words: words keyed one by one, joined by `-` where a hyphen joins them."""
    keys = []
    last = 0
    for m in _TOKEN.finditer(phrase):
        if keys:
            keys.append("-" if "-" in phrase[last : m.start()] else " ")
        keys.append(token_key(m.group()))
        last = m.end()
    return "".join(keys)


class PhraseTable:
    """A table of names of one or more words, looked up on the words of a text (see `Words`)."""

    def __init__(self, entries: dict[str, object]):
        self.values: dict[str, object] = {}
        self.longest: dict[str, int] = {}
        for name, value in entries.items():
            key = phrase_key(name)
            if not key:
                continue
            self.values[key] = value
            first = re.split(r"[ -]", key, maxsplit=1)[0]
            n = len(re.findall(r"[ -]", key)) + 1
            self.longest[first] = max(self.longest.get(first, 0), n)


COUNTRY_TABLE = PhraseTable(COUNTRY_NAMES)


class Words:
    """The words of a text with their spans, and the lookups of names of several words on them.

    Two words belong to one name when only blanks on the same line (or one hyphen) stand between them.
    """

    _GAP_SPACE = re.compile(r"[ \t\u00a0\u202f]+")

    def __init__(self, text: str):
        self.text = text
        matches = list(_TOKEN.finditer(text))
        self.spans = [m.span() for m in matches]
        self.words = [m.group() for m in matches]
        self.keys = [token_key(w) for w in self.words]
        self.starts = {s: i for i, (s, _) in enumerate(self.spans)}

    def key(self, i: int) -> str:
        return self.keys[i]

    def word(self, i: int) -> str:
        return self.words[i]

    def joiner(self, i: int) -> str | None:
        """What joins word i to word i+1 in a name: " ", "-" or None when they cannot be one name."""
        if i + 1 >= len(self.spans):
            return None
        gap = self.text[self.spans[i][1] : self.spans[i + 1][0]]
        if gap == " ":
            return " "
        if gap == "-":
            return "-"
        if self._GAP_SPACE.fullmatch(gap):
            return " "
        return None

    def lookup(self, table: PhraseTable, i: int) -> tuple[object, int] | None:
        """The longest name of `table` starting at word i, as (value, index of its last word)."""
        first = self.key(i)
        longest = table.longest.get(first)
        if not longest:
            return None
        parts = [first]
        candidates = [(first, i)]
        j = i
        while len(parts) < longest * 2 - 1:
            join = self.joiner(j)
            if join is None:
                break
            j += 1
            parts += [join, self.key(j)]
            candidates.append(("".join(parts), j))
        for key, last in reversed(candidates):
            value = table.values.get(key)
            if value is not None:
                return value, last
        return None


# --------------------------------------------------------------------------------------------------------
# Diplomatic relations: the date Vietnam's Ministry of Foreign Affairs celebrates, only for the countries whose
# date was checked against a public source (DOMAIN.md; dangcongsan.vn, baoquocte.vn, vietnamplus.vn).
# fmt: off
RELATIONS_SINCE: dict[str, int] = {
    "CN": 1950,  # 18/01/1950
    "RU": 1950,  # 30/01/1950 (the USSR's date)
    "ID": 1955,  # 30/12/1955
    "CU": 1960,  # 02/12/1960
    "LA": 1962,  # 05/09/1962
    "KH": 1967,  # 24/06/1967
    "JP": 1973,  # 21/09/1973
    "DE": 1975,  # 23/09/1975
    "TH": 1976,  # 06/08/1976
    "KR": 1992,  # 22/12/1992
    "US": 1995,  # 12/07/1995
}
# fmt: on

# --------------------------------------------------------------------------------------------------------
# Languages after `tiếng` (ISO 639-1).
# fmt: off
LANGUAGES: dict[str, str] = {
    "Việt": "vi", "Việt Nam": "vi", "Anh": "en", "Khmer": "km", "Khơ-me": "km", "Khơme": "km", "Khơ Me": "km",
    "Campuchia": "km", "Lào": "lo", "Hàn": "ko", "Hàn Quốc": "ko", "Nhật": "ja", "Nhật Bản": "ja", "Trung": "zh",
    "Trung Quốc": "zh", "Hoa": "zh", "Quan Thoại": "zh", "Pháp": "fr", "Nga": "ru", "Đức": "de",
    "Tây Ban Nha": "es", "Bồ Đào Nha": "pt", "Ý": "it", "Italia": "it", "Thái": "th", "Thái Lan": "th",
    "Indonesia": "id", "In-đô-nê-xi-a": "id", "Mã Lai": "ms", "Malaysia": "ms", "Ả Rập": "ar", "Ả-rập": "ar",
    "Hindi": "hi", "Myanmar": "my", "Miến Điện": "my", "Mông Cổ": "mn", "Ba Lan": "pl", "Séc": "cs",
    "Hungary": "hu", "Filipino": "tl", "Bahasa": "id",
}
# fmt: on

# --------------------------------------------------------------------------------------------------------
# Foreign localities that are partners of Vietnamese provinces. Names in Latin script are read anywhere;
# names in Vietnamese spelling (`Viêng Chăn`, `Quảng Tây`) only after `tỉnh`, `thành phố` ..., since they could
# be Vietnamese words or names.
# fmt: off
LOCALITIES_LATIN = [
    # Laos
    "Champasak", "Champassak", "Champask", "Attapeu", "Attapu", "Salavan", "Saravan", "Sekong", "Xekong",
    "Savannakhet", "Khammouane", "Bolikhamxay", "Bolikhamsai", "Xiengkhouang", "Xieng Khouang", "Houaphanh",
    "Luang Prabang", "Luangprabang", "Oudomxay", "Udomxay", "Phongsaly", "Luang Namtha", "Bokeo",
    "Xayaboury", "Sayaboury", "Xaisomboun", "Vientiane",
    # Cambodia
    "Mondulkiri", "Mondul Kiri", "Ratanakiri", "Ratanak Kiri", "Stung Treng", "Stoeng Treng", "Kratie",
    "Kampong Cham", "Tbong Khmum", "Svay Rieng", "Prey Veng", "Takeo", "Kampot", "Kandal", "Siem Reap",
    "Battambang", "Preah Vihear", "Koh Kong", "Phnom Penh", "Pursat", "Kampong Thom", "Kampong Speu",
    "Kampong Chhnang", "Banteay Meanchey", "Oddar Meanchey", "Pailin", "Preah Sihanouk", "Sihanoukville",
    # Korea
    "Jeollabuk", "Jeollabuk-do", "Jeollanam", "Jeollanam-do", "Jeonbuk", "Jeonnam", "Gyeonggi", "Gyeonggi-do",
    "Gangwon", "Gangwon-do", "Chungcheongbuk", "Chungcheongbuk-do", "Chungcheongnam", "Chungcheongnam-do",
    "Gyeongsangbuk", "Gyeongsangbuk-do", "Gyeongsangnam", "Gyeongsangnam-do", "Jeju", "Busan", "Incheon",
    "Daegu", "Daejeon", "Gwangju", "Ulsan", "Seoul",
    # Japan
    "Hokkaido", "Okinawa", "Osaka", "Kyoto", "Fukuoka", "Nagasaki", "Kanagawa", "Chiba", "Saitama",
    "Hiroshima", "Shizuoka", "Aichi", "Hyogo", "Tottori", "Gunma", "Tochigi", "Ibaraki", "Yamanashi",
    "Niigata", "Toyama", "Ishikawa", "Fukui", "Kagoshima", "Kumamoto", "Oita", "Okayama", "Nagano", "Gifu",
    "Mie", "Wakayama", "Shiga", "Tokushima", "Kochi", "Ehime", "Kagawa", "Yamaguchi", "Shimane", "Saga",
    "Miyazaki", "Akita", "Aomori", "Iwate", "Miyagi", "Yamagata", "Fukushima",
    # Japanese cities
    "Sakai", "Kitakyushu", "Yokohama", "Kobe", "Nagoya", "Sapporo", "Sendai", "Kawasaki", "Hamamatsu", "Tokyo",
    # Thailand (the north-east, partner of the north-central provinces)
    "Nakhon Phanom", "Udon Thani", "Sakon Nakhon", "Khon Kaen", "Mukdahan", "Nong Khai", "Ubon Ratchathani",
    "Nakhon Ratchasima", "Bueng Kan", "Chiang Mai",
    # China, Russia
    "Guangxi", "Yunnan", "Guangdong", "Hainan", "Vladivostok", "Primorye", "Khabarovsk",
]
LOCALITIES_VIETNAMESE = [
    "Chămpasắc", "Chăm-pa-xắc", "Chăm-pa-sắc", "Chăm Pa Sắc", "Át-tạ-pư", "Atôpư", "Xê-kông", "Sê Kông",
    "Sa-la-van", "Xa-la-van", "Sa-van-na-khệt", "Xa-van-na-khệt", "Khăm Muộn", "Bô-ly-khăm-xay",
    "Bôlykhămxay", "Xiêng Khoảng", "Hủa Phăn", "Luông Pha Băng", "Luông Prabang", "U-đôm-xay", "Phông-sa-lỳ",
    "Viêng Chăn", "Luông Nặm Thà", "Bò Kẹo", "Xay-nha-bu-ly", "Xay-sổm-bun",
    "Mun-đun-ki-ri", "Ra-ta-na-ki-ri", "Stưng Treng", "Kra-chê", "Công-pông Chàm", "Tbong Khmum",
    "Svây Riêng", "Prây Veng", "Ta-keo", "Tà Keo", "Căm-pốt", "Can-đan", "Xiêm Riệp", "Bát-tam-bang",
    "Phnôm Pênh", "Phnom Pênh",
    "Quảng Tây", "Vân Nam", "Quảng Đông", "Hải Nam",
]
# fmt: on

LOCALITY_TABLE = PhraseTable(
    {**dict.fromkeys(LOCALITIES_VIETNAMESE, "trigger"), **dict.fromkeys(LOCALITIES_LATIN, "any")}
)

# --------------------------------------------------------------------------------------------------------
# Agencies

# The words an agency's name starts with (`UBND tỉnh`, `Sở Ngoại vụ`, `Chủ tịch UBND tỉnh`), keyed.
# fmt: off
AGENCY_HEADS = {
    "ubnd", "ủy", "ubmttq", "chủ", "phó", "sở", "bộ", "ban", "thường", "tỉnh", "thành", "hđnd", "hội",
    "văn", "thủ", "chính", "cục", "tổng", "phòng", "trung", "liên", "đại", "tòa", "viện", "quốc", "tt",
    "vp", "mặt", "đoàn", "công", "uỷ", "vpub",
}
# Lower-case words that end an agency's name when read in running text (`của Tỉnh ủy thực hiện ...`); names
# are capitalised (`UBND tỉnh Bình Định`), so only lower-case words stop them.
AGENCY_STOP = {
    "về", "thực", "triển", "tại", "đã", "nhằm", "để", "theo", "quy", "hướng", "phê", "trên", "với", "đến",
    "ngày", "số", "giai", "là", "được", "trong", "gồm", "bao", "kèm", "việc", "nay", "này", "đối", "khi",
    "có", "tiếp", "đẩy", "tổng", "kết", "tình", "xem", "chỉ", "trước", "sau", "định", "vào", "từ", "qua",
    "nếu", "cùng", "phối", "báo", "đề", "ký", "gửi", "lên", "thì", "mà", "bằng", "năm", "tháng",
    "hằng", "hàng", "sáu", "vừa", "sẽ", "không", "còn", "hoặc", "nhận", "biết", "làm", "tham", "ra",
}
# Lower-case words that belong in names (`Ủy ban`, `Phó Chủ tịch`) but end one before these words.
AGENCY_STOP_PAIRS = {"ban": {"hành"}, "chủ": {"trì", "động"}}
# fmt: on
# Capitalised words after `và` that start another agency rather than continue the name.
_NEW_AGENCY = {"ubnd", "ủy", "uỷ", "sở", "bộ", "ban", "hđnd", "thường", "tỉnh", "chủ", "thủ", "cục", "văn", "ubmttq"}
# Lower-case words that continue a group after a comma (`các sở, ban, ngành`, `các huyện, thị xã, thành phố`).
GROUP_WORDS = {"ban", "ngành", "đoàn", "hội", "địa", "thị", "thành", "huyện", "xã", "đơn", "cơ", "sở", "tổ"}
_AGENCY_WORD = re.compile(r"[^\W_][\w&]*\.?|\S")
# A document's type word after `và` (`... và Quyết định số ...`), which ends the agency's name before it.
_DOCUMENT_AFTER = re.compile(
    r"[ \t\u00a0]+(?:"
    + "|".join(
        r"[ \t\u00a0]+".join(re.escape(w) for w in word.split())
        for word in sorted(DOC_TYPE_WORDS, key=len, reverse=True)
    )
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)
_DOTTED = {"tp.", "q.", "tx.", "h.", "p."}


def read_agency(text: str, pos: int, max_words: int = 12, allow_comma: bool = False) -> tuple[str, int, int] | None:
    """Read an agency's name as written from `pos` (`Chủ tịch UBND tỉnh`, `Ban Chấp hành Trung ương Đảng khóa XI`,
    `Sở Thông tin và Truyền thông`): words up to a stop word, a punctuation mark, a line end or `max_words`.

    With `allow_comma`, a comma followed by a capitalised word that is not itself an agency's head continues
    the name (`Sở Văn hóa, Thể thao và Du lịch`). Returns (name, start, end) or None when nothing that starts
    with a capital was read.
    """
    words: list[tuple[int, int]] = []
    at = pos
    n = len(text)
    while at < n and len(words) < max_words:
        while at < n and text[at] in " \t\u00a0\u202f":
            at += 1
        m = _AGENCY_WORD.match(text, at)
        if not m:
            break
        word = m.group()
        if not word[0].isalnum():
            if allow_comma and word == "," and words:
                nxt = _AGENCY_WORD.match(text, m.end() + (1 if text[m.end() : m.end() + 1] == " " else 0))
                nxt_key = token_key(nxt.group().rstrip(".")) if nxt else ""
                group = nxt_key in GROUP_WORDS and token_key(text[words[0][0] : words[0][1]]) == "các"
                if nxt and (group or nxt.group()[:1].isupper() and nxt_key not in AGENCY_HEADS):
                    at = m.end()
                    continue
            break
        dotted = word.endswith(".") and token_key(word) not in _DOTTED
        bare = word[:-1] if dotted else word
        key = token_key(bare)
        if words and bare[0].isdigit():
            break
        if words and bare[0].islower():
            if key in AGENCY_STOP:
                break
            if key == "và":  # `UBND tỉnh và Bộ Ngoại giao`: two agencies, not `Sở Kế hoạch và Đầu tư`
                after = _AGENCY_WORD.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
                if after and after.group()[:1].isupper() and token_key(after.group()) in _NEW_AGENCY:
                    break
                # `của Thủ tướng Chính phủ và Chương trình hành động số ...`: the next cited document.
                if _DOCUMENT_AFTER.match(text, m.end()):
                    break
            following = _AGENCY_WORD.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
            if key in AGENCY_STOP_PAIRS and following and token_key(following.group()) in AGENCY_STOP_PAIRS[key]:
                break
        words.append((m.start(), m.start() + len(bare)))
        at = m.end()
        if dotted:
            break
    while words and token_key(text[words[-1][0] : words[-1][1]]) in {"và", "các", "của", "cho"}:
        words.pop()
    if not words or not text[words[0][0]].isupper():
        return None
    start, end = words[0][0], words[-1][1]
    return " ".join(text[start:end].split()), start, end
