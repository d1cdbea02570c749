"""Resolving agency names as plans write them against a province's registry of agencies.

Plans name the same body in many ways: in full or abbreviated (`Sở Văn hoá, Thể thao và Du lịch`,
`Sở VHTTDL`, `Sở VH-TT&DL`), with or without the province (`Sở Ngoại vụ tỉnh Quảng Ngãi`), in old or new
tone placement (`Uỷ`/`Ủy`), with `&` for `và`, with typos (`Sở Ngoại vu`), and as groups that stand for every
agency of a kind (`các sở, ban, ngành`, `UBND các huyện, thành phố`). `AgencyResolver` turns each of these
into a `Resolution`: one sure agency (``exact``), a group entry (``group``), close candidates for a person to
choose from (``suggested``) or nothing (``unknown``). It never guesses: a near form, a misspelling or two
equally good entries are only ever suggested.

How it matches. Every name is reduced to a key: `match_key` (NFC, case, tone placement, spaces), the common
administrative abbreviations expanded (`UBND`, `UBMTTQ VN`, `VHTTDL`, `KH&ĐT`, `LĐ-TB&XH`, `SNgV`...; see
`ABBREVIATIONS`), punctuation dropped and `và`/`&` ignored. Keys are compared at three levels, the first that
finds anything deciding:

1. the key as it is;
2. the key without the province: a trailing `tỉnh <name>`, `<name>` (not after `huyện`, `thị xã`,
   `thành phố`..., which name a lower unit) and `tỉnh`, for every name in ``province_names``, so that
   `Sở Ngoại vụ tỉnh Quảng Ngãi` = `Sở Ngoại vụ tỉnh` = `Sở Ngoại vụ`;
3. the key of level 2 without diacritics, only for names written without any (`So Ngoai vu`), and only
   when one entry has that key: a name written with diacritics that differ (`Sở Ngoại vu`) is a typo and
   is only suggested.

On a miss, entries are scored by similarity: the better of a character ratio (with and without
diacritics, for typos) and a word overlap that rewards a written name contained in the entry's (`Sở Văn
hóa` in `Sở Văn hóa, Thể thao và Du lịch`). Words that many entries share (`ủy ban nhân dân huyện`, `sở`)
tell the kind of body, not which one: they are left out of the comparison when both names have some, and
a difference in them lowers the score, so that `UBND huyện Sơn Tây` is not taken for `UBND huyện Sơn
Tịnh`. Candidates need `CANDIDATE_MIN`; the name is "suggested" if the best has `SUGGEST_MIN`, else
"unknown" with its weak candidates. A fuzzy score never reaches 1.0.

Group phrases ("các sở, ban, ngành", "UBND các huyện, thị xã, thành phố", "các cơ quan, đơn vị liên
quan", "các địa phương") are recognised by their words, with or without diacritics, and resolve to a
group entry, by its name or by the kind it stands for (``group_of``), never to a single agency.

Entries may be any objects with the attributes of `AgencyEntry` (the `Agency` model, for instance).

This module must not import Django: it is used by the document parsers, which run without settings.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from huunghi.text.normalize import clean_spaces, match_key, nfc

__all__ = [
    "ABBREVIATIONS",
    "CANDIDATE_MIN",
    "EXACT",
    "GROUP",
    "SUGGESTED",
    "SUGGEST_MIN",
    "UNKNOWN",
    "AgencyEntry",
    "AgencyResolver",
    "Resolution",
    "agency_key",
]

EXACT, GROUP, SUGGESTED, UNKNOWN = "exact", "group", "suggested", "unknown"

#: Similarity an entry needs to be listed as a candidate.
CANDIDATE_MIN = 0.6
#: Similarity the best candidate needs for the name to be "suggested" rather than "unknown".
SUGGEST_MIN = 0.75
#: How many candidates a resolution lists at most.
MAX_CANDIDATES = 5
#: A word is generic (it tells the kind of body, not which one) when this many entries have it, and at
#: least this share of them: "ủy ban nhân dân huyện", "sở".
GENERIC_MIN_ENTRIES = 3
GENERIC_SHARE = 0.15
#: The highest similarity of a name that is not an exact match.
FUZZY_MAX = 0.99
#: Longer written names (a whole paragraph pasted into a cell) are compared by their words only.
FUZZY_MAX_CHARS = 300

# ---------------------------------------------------------------------------------------------------------
# Abbreviations.

# The fields of the departments (sở), as the abbreviations of their names write them. Each is also known
# with "S" in front for the department itself ("SVHTTDL" = "Sở Văn hóa, Thể thao và Du lịch").
_FIELDS = {
    "vhttdl": "văn hóa thể thao và du lịch",  # VHTTDL, VH-TT&DL, VH,TT&DL, VHTT&DL
    "vhtt": "văn hóa và thể thao",  # VH&TT (Thừa Thiên Huế; the 2025 departments)
    "khđt": "kế hoạch và đầu tư",  # KH&ĐT
    "tttt": "thông tin và truyền thông",  # TT&TT
    "lđtbxh": "lao động thương binh và xã hội",  # LĐ-TB&XH
    "tnmt": "tài nguyên và môi trường",  # TN&MT
    "nnptnt": "nông nghiệp và phát triển nông thôn",  # NN&PTNT
    "nnmt": "nông nghiệp và môi trường",  # NN&MT (since 2025)
    "gdđt": "giáo dục và đào tạo",  # GD&ĐT
    "khcn": "khoa học và công nghệ",  # KH&CN
    "gtvt": "giao thông vận tải",
    "ngv": "ngoại vụ",
}

#: Abbreviations as plans write them, keyed by their letters only, lower case (`"KH&ĐT"` → `"khđt"`),
#: with what they stand for. None of the keys is a Vietnamese word, so a lower-case writing expands too.
#: `TT` is not here: it is `thường trực` before a body (`TT HĐND tỉnh`), `trung tâm` before a name
#: (`TT Xúc tiến Đầu tư`), and left alone otherwise; `TT&TT` is.
ABBREVIATIONS: dict[str, str] = {
    **_FIELDS,
    **{"s" + key: "sở " + words for key, words in _FIELDS.items()},
    # Not "SNV": the Department of Home Affairs (Sở Nội vụ) writes it as often as Foreign Affairs does, so it
    # is left to each registry's own abbreviations.
    "ubnd": "ủy ban nhân dân",
    "ub": "ủy ban",
    "hđnd": "hội đồng nhân dân",
    "ubmttq": "ủy ban mặt trận tổ quốc",
    "ubmttqvn": "ủy ban mặt trận tổ quốc việt nam",
    "mttq": "mặt trận tổ quốc",
    "mttqvn": "mặt trận tổ quốc việt nam",
    "vn": "việt nam",
    "lhpn": "liên hiệp phụ nữ",
    "hlhpn": "hội liên hiệp phụ nữ",
    "lđlđ": "liên đoàn lao động",
    "hnd": "hội nông dân",
    "hccb": "hội cựu chiến binh",
    "lhctchn": "liên hiệp các tổ chức hữu nghị",
    "tchn": "tổ chức hữu nghị",
    "ubnn": "ủy ban nhà nước",
    "nvnonn": "người việt nam ở nước ngoài",
    "bql": "ban quản lý",
    "kkt": "khu kinh tế",
    "kcn": "khu công nghiệp",
    "ptth": "phát thanh truyền hình",  # PT-TH
    "bđbp": "bộ đội biên phòng",
    "bchqs": "bộ chỉ huy quân sự",
    "ttđt": "thông tin điện tử",
    "tp": "thành phố",
    "tx": "thị xã",
    "tw": "trung ương",
    "vp": "văn phòng",
    "vpub": "văn phòng ủy ban nhân dân",
    "vpubnd": "văn phòng ủy ban nhân dân",
}
# Written without the stroke of đ ("KHDT") as well.
ABBREVIATIONS.update({k.replace("đ", "d"): v for k, v in list(ABBREVIATIONS.items()) if "đ" in k})

# The words after `TT` that make it `thường trực` (the standing committee of a body).
_STANDING_BEFORE = frozenset(["hđnd", "hdnd", "tu", "ubnd", "ub", "ubmttq", "tỉnh", "huyện", "thành", "đảng"])

# Words of a name that say which lower unit a place name belongs to: the place after them is not the
# province ("Ủy ban nhân dân thành phố Quảng Ngãi" is the city's committee, not the province's).
_UNIT_WORDS = frozenset(["huyện", "xã", "phố", "quận", "phường", "trấn"])
_UNIT_WORDS_FREE = frozenset(["huyen", "xa", "pho", "quan", "phuong", "tran"])
# Words left at the end once the province is gone ("các sở, ban, ngành của tỉnh", "cấp tỉnh").
_TRAILING = frozenset(["của", "cấp"])
_TRAILING_FREE = frozenset(["cua", "cap"])

_NOTE = re.compile(r"\(\s*(?:để|đề)\b[^)]*\)?", re.IGNORECASE)  # "(để b/c)", "(để thực hiện)"
_AND = frozenset(["và", "va"])

# ---------------------------------------------------------------------------------------------------------
# Group phrases ("các sở, ban, ngành"). Phrases are matched on keys without diacritics, so that "cac so,
# ban, nganh" is one too; each says which kind of agency it stands for ("" for none in particular).

# fmt: off
_GROUP_WORDS: dict[tuple[str, ...], str] = {
    ("uy", "ban", "nhan", "dan"): "",
    ("co", "quan", "chuyen", "mon"): "department",
    ("to", "chuc", "chinh", "tri", "xa", "hoi"): "mass_org",
    ("to", "chuc", "doan", "the"): "mass_org",
    ("doan", "the"): "mass_org",
    ("to", "chuc"): "",
    ("co", "quan"): "",
    ("don", "vi"): "",
    ("doanh", "nghiep"): "",
    ("dia", "phuong"): "district",
    ("thi", "xa"): "district",
    ("thanh", "pho"): "district",
    ("thi", "tran"): "commune",
    ("cap", "huyen"): "district",
    ("cap", "xa"): "commune",
    ("co", "lien", "quan"): "",
    ("lien", "quan"): "",
    ("truc", "thuoc"): "",
    ("tren", "dia", "ban"): "",
    ("trung", "uong"): "central",
    ("cac", "cap"): "",
    ("cac",): "",
    ("so",): "department",
    ("ban",): "department",
    ("nganh",): "department",
    ("bo",): "central",
    ("hoi",): "mass_org",
    ("huyen",): "district",
    ("quan",): "district",
    ("xa",): "commune",
    ("phuong",): "commune",
    ("thuoc",): "",
    ("cua",): "",
    ("cap",): "",
    ("khac",): "",
    ("trong",): "",
}
# fmt: on
_GROUP_LENGTHS = sorted({len(p) for p in _GROUP_WORDS}, reverse=True)
# Phrases that make a run of group words plural: without one, "Ban Tổ chức" or "Ủy ban nhân dân huyện"
# is one body.
_GROUP_TRIGGERS = frozenset(
    [
        ("cac",),
        ("cac", "cap"),
        ("nganh",),
        ("doan", "the"),
        ("to", "chuc", "doan", "the"),
        ("to", "chuc", "chinh", "tri", "xa", "hoi"),
        ("dia", "phuong"),
        ("lien", "quan"),
        ("co", "lien", "quan"),
        ("cap", "huyen"),
        ("cap", "xa"),
    ]
)


# ---------------------------------------------------------------------------------------------------------
# The public types.


@dataclass(frozen=True)
class AgencyEntry:
    """One agency of the registry, as the resolver needs it."""

    id: int
    name: str  # full name "Sở Văn hóa, Thể thao và Du lịch"
    short_name: str = ""  # "Sở VHTTDL"
    abbreviations: tuple[str, ...] = ()
    kind: str = ""  # "department", "district", "mass_org", "group", "central", ...
    group_of: str = ""  # for groups: which kind they stand for


@dataclass
class Resolution:
    """What a written name resolved to.

    ``status`` is ``"exact"`` (one sure match), ``"group"`` (a group entry), ``"suggested"`` (close
    candidates, a person decides) or ``"unknown"``. ``agency_id`` is set only for exact and group.
    ``score`` is 1.0 for exact and group, otherwise the best candidate's similarity (0.0 if none).
    ``candidates`` are (agency id, similarity), best first, at most five: the match itself for exact and
    group. ``is_group_phrase`` says the name is a generic group ("các sở, ban, ngành") even when no group
    entry exists; such a name never resolves to a single agency.
    """

    written: str
    status: str
    agency_id: int | None
    score: float
    candidates: list[tuple[int, float]] = field(default_factory=list)
    is_group_phrase: bool = False


# ---------------------------------------------------------------------------------------------------------
# Keys.


# Lower-case letters that are vowels (with any marks): a word with no two of them side by side has one
# place for its tone, and `fold_tones` leaves it as it is.
_VOWEL_CHARS = frozenset(
    c
    for c in map(chr, [*range(0x61, 0x7B), *range(0xE0, 0x250), *range(0x1EA0, 0x1F00)])
    if c == c.lower() and unicodedata.normalize("NFD", c)[0] in "aeiouy"
)


@lru_cache(maxsize=16384)
def _word_key(raw: str) -> str:
    """`match_key` of one word (no spaces), faster for the words where tone placement cannot differ."""
    folded = unicodedata.normalize("NFC", unicodedata.normalize("NFD", raw).casefold())
    vowels = _VOWEL_CHARS
    if any(a in vowels and b in vowels for a, b in zip(folded, folded[1:], strict=False)):
        return match_key(raw)
    return folded


@lru_cache(maxsize=16384)
def _free(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    stripped = "".join(c for c in decomposed if not "\u0300" <= c <= "\u036f")
    return unicodedata.normalize("NFC", stripped.replace("đ", "d"))


def _is_word_char(c: str) -> bool:
    return c.isalnum() or unicodedata.category(c).startswith("M")


@lru_cache(maxsize=16384)
def _literal(key: str) -> tuple[str, ...]:
    """The words of one keyed token taken as it is: `&` (like `và`) and other punctuation separate."""
    if key.isalpha():
        return () if key in _AND else (key,)
    words = "".join(c if _is_word_char(c) else " " for c in key).split()
    return tuple(w for w in words if w not in _AND)


@lru_cache(maxsize=16384)
def _compact(key: str) -> str:
    return "".join(c for c in key if c.isalpha())


@lru_cache(maxsize=1024)
def _expansion(compact: str) -> tuple[str, ...]:
    return tuple(w for k in match_key(ABBREVIATIONS[compact]).split() for w in _literal(k))


_PREFIXES = frozenset(k[:i] for k in ABBREVIATIONS for i in range(1, len(k)))


@lru_cache(maxsize=16384)
def _word(raw: str) -> tuple[str, bool, tuple[str, ...]]:
    """(letters of the key, may start or continue an abbreviation written over several tokens, words).

    Tokens that can be part of such an abbreviation ("VH, TT&DL", "KH & ĐT") are short and have a
    capital, or are bare punctuation ("&"). The words are the token's own: an abbreviation expanded, or
    the key split at punctuation, `và` and `&` dropped.
    """
    key = _word_key(raw)
    compact = _compact(key)
    part = not compact or (len(compact) <= 6 and not raw.islower())
    return compact, part, _expansion(compact) if compact in ABBREVIATIONS else _literal(key)


@lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[str, ...]:
    """The words of the key of `text`, province not removed, diacritics kept.

    Case, tone placement and spaces are folded (`match_key`), abbreviations expanded, punctuation dropped,
    `và` removed, and `Mặt trận Tổ quốc Việt Nam` written `Mặt trận Tổ quốc`.
    """
    text = nfc(text)
    if "(" in text:
        text = _NOTE.sub(" ", text)
    infos = [_word(r) for r in clean_spaces(text).split()]
    words: list[str] = []
    i, n = 0, len(infos)
    while i < n:
        compact, part, own = infos[i]
        if part and compact in _PREFIXES:
            for end in (i + 3, i + 2):
                window = infos[i:end]
                if end <= n and window[-1][0] and all(p for _, p, _ in window):
                    joined = "".join(c for c, _, _ in window)
                    if joined in ABBREVIATIONS:
                        words.extend(_expansion(joined))
                        i = end
                        break
            else:
                end = 0
            if end:
                continue
        if compact == "tt" and i + 1 < n and infos[i + 1][0]:
            words.extend(("thường", "trực") if infos[i + 1][0] in _STANDING_BEFORE else ("trung", "tâm"))
        else:
            words.extend(own)
        i += 1
    if "việt" in words:
        # "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" = "Ủy ban MTTQ tỉnh"; "Hội LHPN Việt Nam tỉnh" likewise.
        out: list[str] = []
        for w in words:
            out.append(w)
            if out[-4:] in (["tổ", "quốc", "việt", "nam"], ["phụ", "nữ", "việt", "nam"]):
                del out[-2:]
        words = out
    return tuple(words)


def agency_key(text: str) -> str:
    """The key of `text` as an agency name: the first level above (the province is not removed, as that
    depends on the resolver's province). `agency_key("Sở VH-TT&DL") == "sở văn hóa thể thao du lịch"`."""
    return " ".join(_tokens(text if isinstance(text, str) else ""))


def _strip_province(
    words: tuple[str, ...],
    names: tuple[tuple[str, ...], ...],
    province_word: str,
    unit_words: frozenset[str],
    trailing: frozenset[str],
) -> tuple[str, ...]:
    """`words` without a trailing province ("tỉnh Quảng Ngãi", "Quảng Ngãi", "tỉnh"); never empty."""
    w = list(words)
    while True:
        cut = 0
        for name in names:
            size = len(name)
            if len(w) > size and tuple(w[-size:]) == name:
                before = w[-size - 1]
                if before == province_word:
                    cut = size + 1
                elif before not in unit_words:
                    cut = size
                if cut:
                    break
        if not cut and w and w[-1] in trailing:
            cut = 1
        if not cut and w and w[-1] == province_word:
            cut = 1
        if not cut or cut >= len(w):
            return tuple(w)
        del w[-cut:]


def _group_kinds(free: tuple[str, ...]) -> tuple[bool, frozenset[str]]:
    """Is this key (without diacritics) a group phrase, and which kinds of agency does it stand for?

    It is one if it starts with "các", or if it is made only of group words with a plural one among them
    ("sở, ban, ngành", "cơ quan, đơn vị liên quan", "UBND cấp huyện"). Kinds are known only in the second
    case: "các ban của Tỉnh ủy" is a group of no kind the registry has.
    """
    starts_plural = bool(free) and free[0] == "cac"
    phrases = []
    i = 0
    while i < len(free):
        for size in _GROUP_LENGTHS:
            phrase = free[i : i + size]
            if len(phrase) == size and phrase in _GROUP_WORDS:
                phrases.append(phrase)
                i += size
                break
        else:
            return starts_plural, frozenset()
    is_group = starts_plural or any(p in _GROUP_TRIGGERS for p in phrases)
    is_group = is_group or (("so",) in phrases and ("ban",) in phrases)
    if not is_group:
        return False, frozenset()
    kinds = {_GROUP_WORDS[p] for p in phrases} - {""}
    if "central" in kinds:
        # "các bộ, ngành trung ương": ministries, not the province's departments.
        kinds = {"central"}
    return True, frozenset(kinds)


# ---------------------------------------------------------------------------------------------------------
# The resolver.

# What the similarity compares of some words: (the words, their key, the key without diacritics, its
# letter pairs).
_Compared = tuple[frozenset[str], str, str, frozenset[str]]
# (entry index, generic words, compared without them, compared whole) of each key of each entry.
_FuzzyKey = tuple[int, frozenset[str], _Compared, _Compared]


class AgencyResolver:
    """Resolves written agency names against the entries of one province's registry.

    ``province_names`` are the province's names, old and new ("Quảng Ngãi"; "Đắk Lắk", "Phú Yên"); a
    centrally-run city's should be given as written after its agencies ("thành phố Huế"), since
    "thành phố <name>" alone names a district-level city. Building is cheap; `resolve` is fast on exact
    names and scores every entry only on a miss.
    """

    def __init__(self, entries: Iterable[AgencyEntry], province_names: Iterable[str] = ()):
        self.entries: list[AgencyEntry] = list(entries)
        if isinstance(province_names, str):
            province_names = [province_names]
        names = {_tokens(n) for n in province_names if isinstance(n, str)}
        # "Tỉnh Quảng Ngãi" is "Quảng Ngãi" after "tỉnh".
        names = {n[1:] if len(n) > 1 and n[0] == "tỉnh" else n for n in names} - {()}
        self._names = tuple(sorted(names, key=len, reverse=True))
        self._names_free = tuple(sorted({tuple(_free(w) for w in n) for n in names}, key=len, reverse=True))
        self._by_key: dict[str, set[int]] = {}
        self._by_stripped: dict[str, set[int]] = {}
        self._by_free: dict[str, set[int]] = {}
        # (entry index, words of the key without the province) of every distinct key of every entry.
        self._keys: list[tuple[int, tuple[str, ...]]] = []
        self._fuzzy_keys: list[_FuzzyKey] | None = None  # made on the first miss
        self._generic: frozenset[str] = frozenset()
        self._group = [entry.kind == "group" for entry in self.entries]
        for index, entry in enumerate(self.entries):
            texts = [entry.name, entry.short_name, *(entry.abbreviations or ())]
            seen: set[str] = set()
            for text in texts:
                if not isinstance(text, str) or not text.strip():
                    continue
                words = _tokens(text)
                if not words:
                    continue
                stripped, free = self._levels(words)
                self._by_key.setdefault(" ".join(words), set()).add(index)
                self._by_stripped.setdefault(" ".join(stripped), set()).add(index)
                self._by_free.setdefault(" ".join(free), set()).add(index)
                key = " ".join(stripped)
                if key not in seen:
                    seen.add(key)
                    self._keys.append((index, stripped))

    def _levels(self, words: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Levels 2 and 3 of a key: without the province, and that without diacritics."""
        stripped = _strip_province(words, self._names, "tỉnh", _UNIT_WORDS, _TRAILING)
        free = tuple(f for f in (_free(w) for w in words) if f not in _AND)
        free = _strip_province(free, self._names_free, "tinh", _UNIT_WORDS_FREE, _TRAILING_FREE)
        return stripped, free

    def _is_group(self, index: int) -> bool:
        return self._group[index]

    def _ids(self, indexes: Iterable[int], score: float = 1.0) -> list[tuple[int, float]]:
        return sorted(((self.entries[i].id, score) for i in set(indexes)), key=lambda c: (-c[1], c[0]))

    def resolve(self, written: str) -> Resolution:
        """Resolve one agency name as written; never raises."""
        if not isinstance(written, str):
            written = "" if written is None else str(written)
        try:
            return self._resolve(written)
        except Exception:  # a name that breaks the matcher is one nobody can match: never fail an import
            return Resolution(written, UNKNOWN, None, 0.0, [], False)

    def _resolve(self, written: str) -> Resolution:
        words = _tokens(written)
        if not words:
            return Resolution(written, UNKNOWN, None, 0.0, [], False)
        stripped, free = self._levels(words)
        if stripped in self._names or free in self._names_free or free == ("tinh",):
            # The province itself ("tỉnh", "Quảng Ngãi"), not one of its agencies.
            return Resolution(written, UNKNOWN, None, 0.0, [], False)
        key, key_stripped, key_free = " ".join(words), " ".join(stripped), " ".join(free)
        is_group, kinds = _group_kinds(free)

        hits = self._by_key.get(key) or self._by_stripped.get(key_stripped)
        if not hits and not _has_diacritics(written):
            # Written without diacritics: a strong match, sure only if one entry has that key.
            hits = self._by_free.get(key_free)
        hits = set(hits or ())

        if hits and all(self._is_group(i) for i in hits):
            is_group = True
        if is_group:
            return self._resolve_group(written, hits, kinds, stripped)

        hits = {i for i in hits if not self._is_group(i)}
        if len(hits) == 1:
            (index,) = hits
            return Resolution(written, EXACT, self.entries[index].id, 1.0, self._ids(hits), False)
        if hits:
            return Resolution(written, SUGGESTED, None, 1.0, self._ids(hits)[:MAX_CANDIDATES], False)
        return self._fuzzy_resolution(written, stripped, groups=False)

    def _resolve_group(
        self,
        written: str,
        hits: set[int],
        kinds: frozenset[str],
        words: tuple[str, ...],
    ) -> Resolution:
        groups = {i for i in hits if self._is_group(i)}
        if not groups and kinds:
            by_kind = [{i for i, e in enumerate(self.entries) if e.kind == "group" and e.group_of == k} for k in kinds]
            if len(by_kind) == 1 or all(by_kind):
                groups = set().union(*by_kind)
            if len(kinds) > 1 and groups:
                # "các sở, ban, ngành, địa phương": two groups; which one the task goes to is a person's call.
                return Resolution(written, SUGGESTED, None, 1.0, self._ids(groups)[:MAX_CANDIDATES], True)
        if len(groups) == 1:
            (index,) = groups
            return Resolution(written, GROUP, self.entries[index].id, 1.0, self._ids(groups), True)
        if groups:
            return Resolution(written, SUGGESTED, None, 1.0, self._ids(groups)[:MAX_CANDIDATES], True)
        return self._fuzzy_resolution(written, words, groups=True)

    def _fuzzy_resolution(self, written: str, words: tuple[str, ...], groups: bool) -> Resolution:
        candidates = self._fuzzy(words, groups)
        score = candidates[0][1] if candidates else 0.0
        status = SUGGESTED if score >= SUGGEST_MIN else UNKNOWN
        return Resolution(written, status, None, score, candidates, groups)

    def _prepare_fuzzy(self) -> list[_FuzzyKey]:
        """The keys as the similarity compares them, made once, on the first name that needs it.

        Words that many entries share ("ủy ban nhân dân huyện", "sở") say what kind of body an entry is,
        not which one: they are left out of the comparison, so that "UBND huyện Sơn Tây" is not taken for
        "UBND huyện Sơn Tịnh" because both are district committees.
        """
        counts: dict[str, int] = {}
        for _, word in {(i, w) for i, key in self._keys for w in key}:
            counts[word] = counts.get(word, 0) + 1
        threshold = max(GENERIC_MIN_ENTRIES, GENERIC_SHARE * len(self.entries))
        # Compared without diacritics, so that "UBND huyen Lý Sơn" is a district committee too.
        self._generic = frozenset(_free(w) for w, n in counts.items() if n >= threshold)
        return [(index, *self._compared(words)) for index, words in self._keys]

    def _compared(self, words: tuple[str, ...]) -> tuple[frozenset[str], _Compared, _Compared]:
        """(generic words, what is compared of the other words, what is compared of all words) of a key."""
        generic = frozenset(_free(w) for w in words) & self._generic
        whole = _compared(words)
        core = tuple(w for w in words if _free(w) not in generic)
        return generic, _compared(core) if core else whole, whole

    def _fuzzy(self, words: tuple[str, ...], groups: bool) -> list[tuple[int, float]]:
        """Entries (of groups, or of single agencies) similar to the written key, best first.

        Generic words are left out only when both names have some: a name written without them ("Văn
        hóa, Thể thao và Du lịch") is compared with the entries' whole keys, as is one made only of them.
        """
        if self._fuzzy_keys is None:
            self._fuzzy_keys = self._prepare_fuzzy()
        written_generic, written_core, written_whole = self._compared(words)
        has_core = bool(written_generic) and written_core is not written_whole
        matchers: dict[bool, tuple[SequenceMatcher, SequenceMatcher]] = {}
        best: dict[int, float] = {}
        for index, entry_generic, entry_core, entry_whole in self._fuzzy_keys:
            if self._group[index] != groups:
                continue
            use_core = has_core and bool(entry_generic)
            written_words, key, _, written_bigrams = written_core if use_core else written_whole
            entry_words, entry_key, entry_free, entry_bigrams = entry_core if use_core else entry_whole
            # Words in common. A written name contained in the entry's ("Sở Văn hóa" in "Sở Văn hóa, Thể
            # thao và Du lịch") is close to it, if it shares more than one word.
            common = len(written_words & entry_words)
            dice = 2 * common / (len(written_words) + len(entry_words))
            score = 0.6 * common / len(written_words) + 0.4 * dice if common >= 2 else dice
            # Letters in common, for typos; keys with few letter pairs in common cannot be close, and are
            # not compared further.
            shared = 2 * len(written_bigrams & entry_bigrams) / (len(written_bigrams) + len(entry_bigrams))
            if 4 <= len(key) <= FUZZY_MAX_CHARS and len(entry_key) >= 4 and shared >= 0.3:
                if use_core not in matchers:
                    matchers[use_core] = _matchers(written_core if use_core else written_whole)
                kept, bare = matchers[use_core]
                bare.set_seq1(entry_free)
                if bare.real_quick_ratio() >= CANDIDATE_MIN and bare.quick_ratio() >= CANDIDATE_MIN:
                    ratio_free = bare.ratio()
                    if ratio_free >= CANDIDATE_MIN:
                        kept.set_seq1(entry_key)
                        score = max(score, kept.ratio(), 0.95 * ratio_free)
            if written_generic and entry_generic and written_generic != entry_generic:
                # Another kind of body ("Sở Thông tin" is not "UBND huyện Sơn Tịnh", however alike the rest).
                same = 2 * len(written_generic & entry_generic) / (len(written_generic) + len(entry_generic))
                score *= 0.5 + 0.5 * same
            # Only an exact match is sure: a name that differs from an entry's in its generic words alone
            # ("Sỏ Ngoại vụ") is as close as can be, not the same.
            score = min(score, FUZZY_MAX)
            if score >= CANDIDATE_MIN and score > best.get(index, 0.0):
                best[index] = score
        ranked = sorted(((self.entries[i].id, round(s, 3)) for i, s in best.items()), key=lambda c: (-c[1], c[0]))
        return ranked[:MAX_CANDIDATES]


def _matchers(compared: _Compared) -> tuple[SequenceMatcher, SequenceMatcher]:
    """Sequence matchers for the key and the key without diacritics, set up once for many comparisons."""
    kept = SequenceMatcher(autojunk=False)
    kept.set_seq2(compared[1])
    bare = SequenceMatcher(autojunk=False)
    bare.set_seq2(compared[2])
    return kept, bare


def _compared(words: tuple[str, ...]) -> _Compared:
    free = " ".join(_free(w) for w in words)
    return frozenset(words), " ".join(words), free, _bigrams(free)


def _bigrams(text: str) -> frozenset[str]:
    text = f" {text} "
    return frozenset(text[i : i + 2] for i in range(len(text) - 1))


def _has_diacritics(text: str) -> bool:
    return "đ" in text or "Đ" in text or any("\u0300" <= c <= "\u036f" for c in unicodedata.normalize("NFD", text))
