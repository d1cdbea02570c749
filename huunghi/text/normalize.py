"""Normalisation of Vietnamese text: what is stored, what is shown, and the keys used to match and search.

Text is stored as NFC and shown as the issuer wrote it. Tone placement (`hoá`/`hóa`), case, odd spaces
and, for search, diacritics are folded only in keys, so that every spelling of the same words finds the others.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "clean_spaces",
    "display",
    "fold_tones",
    "match_key",
    "nfc",
    "number_key",
    "search_key",
]

# Combining tone marks, in the conventional order ngang (none), huyền, hỏi, ngã, sắc, nặng.
GRAVE, HOOK, TILDE, ACUTE, DOT_BELOW = "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"
TONE_MARKS = (GRAVE, HOOK, TILDE, ACUTE, DOT_BELOW)

# Combining marks that make a different vowel letter (ă â ê ô ơ ư) rather than a tone.
BREVE, CIRCUMFLEX, HORN = "\u0306", "\u0302", "\u031b"
VOWEL_LETTERS = {
    ("a", ""): "a",
    ("a", BREVE): "ă",
    ("a", CIRCUMFLEX): "â",
    ("e", ""): "e",
    ("e", CIRCUMFLEX): "ê",
    ("i", ""): "i",
    ("o", ""): "o",
    ("o", CIRCUMFLEX): "ô",
    ("o", HORN): "ơ",
    ("u", ""): "u",
    ("u", HORN): "ư",
    ("y", ""): "y",
}
MARKED_VOWELS = frozenset("ăâêôơư")
VOWELS = frozenset("aăâeêioôơuưy")

# fmt: off
ONSETS = frozenset([
    "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph",
    "qu", "r", "s", "t", "th", "tr", "v", "x",
])
# fmt: on
CODAS = frozenset(["", "c", "ch", "m", "n", "ng", "nh", "p", "t"])

# Every vowel cluster (without tone) that occurs in Vietnamese syllables, after `gi` and `qu` are taken
# as onsets. A word whose cluster is not listed is left alone: it is a foreign name (`Seoul`), an
# abbreviation or words glued together, and moving its tone would only damage it.
# fmt: off
NUCLEI = frozenset([
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
    "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "oo", "ôi", "ơi",
    "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
    "iêu", "yêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu",
])
# fmt: on

# Invisible characters that PDF and web extraction leave inside or between words: removed, because the
# reader sees nothing there.
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))

# A word for tone folding: letters with any combining marks that follow them, so that a stray mark stays
# with the letter it is drawn on.
WORD = re.compile(r"(?:[^\W\d_][\u0300-\u036f]*)+")

DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
SEARCH_KEPT_PUNCTUATION = frozenset("/-.,")
NUMBER_PREFIX = re.compile(r"^so(?:\s*[:.]\s*|\s+|(?=\d))")


def nfc(s: str) -> str:
    """Return `s` in Unicode Normalization Form C."""
    return unicodedata.normalize("NFC", s)


def display(s: str) -> str:
    """Return the text to show for `s`: as the issuer wrote it, in NFC; nothing else changes."""
    return nfc(s)


def _clean_line(line: str) -> str:
    # str.split() splits on every character for which str.isspace() holds: tabs, NBSP (U+00A0), narrow
    # NBSP (U+202F), the other Unicode spaces and line breaks.
    return " ".join(line.split())


def clean_spaces(s: str, keep_newlines: bool = False) -> str:
    """Return `s` with every run of blank characters folded to one ASCII space, and stripped.

    Blank characters are tabs, NBSP, narrow NBSP and every other Unicode space; invisible characters
    (zero-width space, zero-width (non-)joiner, word joiner, BOM, soft hyphen) are removed. Line breaks
    (`\\n`, `\\r\\n`, `\\r`, U+2028, U+2029 ...) count as blanks, unless `keep_newlines` is true: then they
    become `\\n`, each line is cleaned and stripped on its own, blank lines inside the text are kept and
    blank lines at either end are dropped.
    """
    s = s.translate(INVISIBLE)
    if not keep_newlines:
        return _clean_line(s)
    return "\n".join(_clean_line(line) for line in s.splitlines()).strip("\n")


def _split_letter(cluster: str) -> tuple[str, str, str]:
    """Split one NFD letter with its marks into (base, quality marks, tone marks)."""
    base, marks = cluster[0], cluster[1:]
    tones = "".join(m for m in marks if m in TONE_MARKS)
    quality = "".join(m for m in marks if m not in TONE_MARKS)
    return base, quality, tones


def _tone_position(letters: list[str], has_coda: bool) -> int:
    """Where the tone goes in a vowel cluster (letters without tone, e.g. ["o", "a"]).

    This is the placement of the ministry's documents (`hóa`, `hòa`, `khỏe`, `thúy`, `Ủy`): a vowel with
    its own mark (ă â ê ô ơ) takes the tone, the last one when there are two (`ươ`); otherwise the tone
    goes on the last vowel of a closed syllable (`hoàn`), on the middle of three vowels (`hoài`) and on the
    first of two in an open syllable (`hòa`, `mùa`).
    """
    marked = [i for i, v in enumerate(letters) if v in MARKED_VOWELS]
    if marked:
        return marked[-1]
    if has_coda:
        return len(letters) - 1
    if len(letters) == 3:
        return 1
    return 0


def _fold_word(word: str) -> str:
    """Return `word` with its tone on the right vowel, or `word` itself if it is not one syllable."""
    decomposed = unicodedata.normalize("NFD", word)
    clusters = re.findall(r".[\u0300-\u036f]*", decomposed, flags=re.DOTALL)
    parts = [_split_letter(c) for c in clusters]
    if sum(len(tones) for _, _, tones in parts) != 1:
        return word

    letters: list[str] = []
    for base, quality, _ in parts:
        lower = base.lower()
        if lower in "abcdefghijklmnopqrstuvwxyzđ" and (lower, quality) in VOWEL_LETTERS:
            letters.append(VOWEL_LETTERS[lower, quality])
        elif lower in "bcdghklmnpqrstvxđ" and not quality:
            letters.append(lower)
        else:
            return word
    text = "".join(letters)

    first_vowel = next((i for i, c in enumerate(letters) if c in VOWELS), None)
    if first_vowel is None:
        return word
    onset_end = first_vowel
    # `qu` and `gi` before another vowel are consonants: the vowel of `quý` is `y`, of `giữ` is `ư`.
    pair = (text[:first_vowel], text[first_vowel])
    if pair in {("q", "u"), ("g", "i")} and text[first_vowel + 1 : first_vowel + 2] in VOWELS:
        onset_end = first_vowel + 1
    nucleus_end = onset_end
    while nucleus_end < len(text) and text[nucleus_end] in VOWELS:
        nucleus_end += 1

    onset, nucleus, coda = text[:onset_end], text[onset_end:nucleus_end], text[nucleus_end:]
    if (onset and onset not in ONSETS) or nucleus not in NUCLEI or coda not in CODAS:
        return word

    current = next(i for i, (_, _, tones) in enumerate(parts) if tones)
    # A tone drawn on a consonant (`ñ`) belongs to a foreign word; one on the `u` of `qu` or the `i` of
    # `gi` is a Vietnamese typo (`qúy`, `gìa`) and is moved like any other.
    if not first_vowel <= current < nucleus_end:
        return word
    target = onset_end + _tone_position(letters[onset_end:nucleus_end], has_coda=bool(coda))
    if current == target:
        return word
    tone = parts[current][2]
    rebuilt = []
    for i, (base, quality, _) in enumerate(parts):
        rebuilt.append(base + quality + (tone if i == target else ""))
    return nfc("".join(rebuilt))


def fold_tones(s: str) -> str:
    """Return `s` (as NFC) with every Vietnamese syllable's tone mark on the vowel the ministry uses.

    `hoá` → `hóa`, `hoà` → `hòa`, `khoẻ` → `khỏe`, `thuý` → `thúy`, `Uỷ` → `Ủy`, `HOÁ` → `HÓA`; a misplaced
    mark is moved too (`qúy` → `quý`, `hòan` → `hoàn`). Only the position of the tone changes: letters,
    vowel marks and case stay. Words that are not one Vietnamese syllable (foreign names, abbreviations,
    glued words, anything with two tone marks) are left as they are.
    """
    return WORD.sub(lambda m: _fold_word(m.group()), nfc(s))


def _casefold(s: str) -> str:
    # Case folding on the decomposed form is Unicode's canonical caseless matching; it keeps the key
    # stable when it is folded again.
    return nfc(unicodedata.normalize("NFD", s).casefold())


def match_key(s: str) -> str:
    """Return the key under which two spellings of the same text match, keeping diacritics.

    The key is NFC, with spaces cleaned (see `clean_spaces`), case folded and tones placed as in
    `fold_tones`: `match_key("Sở Văn hoá,\\u00a0Thể thao") == match_key("SỞ VĂN HÓA, THỂ THAO")`.
    """
    return fold_tones(_casefold(clean_spaces(nfc(s))))


def _strip_diacritics(s: str) -> str:
    # Only the Latin combining marks (U+0300–U+036F) are diacritics here: vowel signs of Khmer or Thai
    # text are letters of those scripts, not decoration.
    decomposed = unicodedata.normalize("NFD", s)
    stripped = "".join(c for c in decomposed if not "\u0300" <= c <= "\u036f")
    return nfc(stripped.replace("đ", "d").replace("Đ", "D"))


def without_diacritics(s: str) -> str:
    """'Đắk Lắk' → 'Dak Lak': how English text writes Vietnamese names."""
    return _strip_diacritics(nfc(s))


def search_key(s: str) -> str:
    """Return the key for searching: `match_key` without diacritics, so that `search_key("Sở Văn hoá")`
    is `"so van hoa"`.

    `đ` becomes `d`; en and em dashes (and the other Unicode hyphens and minus) become `-`; punctuation
    other than `/ - . ,` becomes a space; spaces are cleaned again at the end.
    """
    key = _strip_diacritics(match_key(s)).translate(DASHES)
    key = "".join(
        " " if unicodedata.category(c).startswith("P") and c not in SEARCH_KEPT_PUNCTUATION else c for c in key
    )
    return clean_spaces(key)


def number_key(s: str) -> str:
    """Return the key of a document number (số ký hiệu), so that spellings of one number match.

    Case and diacritics are folded, dashes become `-`, every space is removed, a leading `Số`/`Số:` and
    trailing `. , ; :` are dropped: `number_key("Số 1270 / KH–UBND") == "1270/kh-ubnd"`,
    `number_key("33-NQ/TW") == "33-nq/tw"`.
    """
    key = _strip_diacritics(_casefold(clean_spaces(nfc(s)))).translate(DASHES)
    key = NUMBER_PREFIX.sub("", key)
    return "".join(key.split()).rstrip(".,;:")
