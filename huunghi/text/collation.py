"""Vietnamese alphabetical order (collation), as in a Vietnamese dictionary."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from huunghi.text.normalize import TONE_MARKS, VOWEL_LETTERS, clean_spaces, fold_tones, nfc

__all__ = ["sort_key", "sorted_vi"]

T = TypeVar("T")

# The Vietnamese alphabet, with f j w z (used in foreign names) where the Latin alphabet puts them.
ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
LETTER_WEIGHT = {letter: 100 + i for i, letter in enumerate(ALPHABET)}
# Letters of other alphabets come after z, in code point order.
OTHER_LETTER_BASE = 1000

# Tone order of Vietnamese dictionaries: ngang, huyền, hỏi, ngã, sắc, nặng (TONE_MARKS is in that
# order after the unmarked tone).
TONE_WEIGHT = {mark: i + 1 for i, mark in enumerate(TONE_MARKS)}

GRAPHEME = re.compile(r".[\u0300-\u036f]*", re.DOTALL)

Weights = tuple[int, ...]
SortKey = tuple[tuple[tuple[Weights, tuple[Weights, ...]], ...], Weights, Weights]


def _letter(base: str, marks: str) -> tuple[int, Weights, int] | None:
    """(letter weight, tone weights, case) of one letter with its marks, or None if it is not a letter
    or digit."""
    lower = base.lower()
    case = 0 if base == lower else 1
    quality = "".join(m for m in marks if m not in TONE_MARKS)
    tones = tuple(TONE_WEIGHT[m] for m in marks if m in TONE_MARKS) or (0,)
    if base.isdecimal():
        # Digits sort before every letter, in the order of their value.
        return 1 + unicodedata.decimal(base), tones + tuple(ord(m) for m in quality), case
    if not base.isalpha():
        return None
    if len(lower) == 1 and (lower, quality) in VOWEL_LETTERS:
        return LETTER_WEIGHT[VOWEL_LETTERS[lower, quality]], tones, case
    if len(lower) == 1 and lower in LETTER_WEIGHT:
        return LETTER_WEIGHT[lower], tones + tuple(ord(m) for m in quality), case
    return OTHER_LETTER_BASE + ord(lower[0]), tones + tuple(ord(m) for m in quality), case


def sort_key(s: str) -> SortKey:
    """Return a key that sorts Vietnamese text in dictionary order.

    Words (runs of letters and digits) are compared one after the other: first by their letters in the
    alphabet a ă â b c d đ e ê (f) g h i (j) k l m n o ô ơ p q r s t u ư v (w) x y (z), digits before
    letters, then by tone (ngang, huyền, hỏi, ngã, sắc, nặng) before moving to the next word, so that
    `ba` < `ba ba` < `bà`. Case decides only between otherwise equal texts (lower case first), then the
    punctuation between words. Old and new tone placement (`hoá`, `hóa`) and odd spaces give equal keys.
    The key is a tuple of tuples of ints, so that any two keys compare.
    """
    text = unicodedata.normalize("NFD", fold_tones(clean_spaces(nfc(s))))
    words: list[tuple[Weights, tuple[Weights, ...]]] = []
    cases: list[int] = []
    separators: list[int] = []
    letters: list[int] = []
    tones: list[Weights] = []

    def end_word() -> None:
        if letters:
            words.append((tuple(letters), tuple(tones)))
            letters.clear()
            tones.clear()

    for grapheme in GRAPHEME.findall(text):
        weights = _letter(grapheme[0], grapheme[1:])
        if weights is None:
            end_word()
            separators.extend(ord(c) for c in grapheme)
            continue
        letter, tone, case = weights
        letters.append(letter)
        tones.append(tone)
        cases.append(case)
    end_word()
    return tuple(words), tuple(cases), tuple(separators)


def sorted_vi(items: Iterable[T], key: Callable[[T], Any] | None = None) -> list[T]:
    """Return `items` sorted in Vietnamese dictionary order (see `sort_key`), stably.

    `key`, if given, picks the text to sort by from each item (`sorted_vi(agencies, key=attrgetter("name"))`).
    """
    if key is None:
        return sorted(items, key=lambda item: sort_key(str(item)))
    return sorted(items, key=lambda item: sort_key(key(item)))
