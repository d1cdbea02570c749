"""Properties that hold for any text, checked with hypothesis on arbitrary and on Vietnamese-like strings."""

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from huunghi.text import (
    clean_spaces,
    display,
    find_dates,
    fold_tones,
    match_key,
    nfc,
    number_key,
    parse_date,
    parse_money,
    search_key,
    sort_key,
    sorted_vi,
)

VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxy" + "AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY" + "áàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọ"
    "ốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ" + "ÁÀẢÃẠÚÙỦŨỤÝỲỶỸỴ" + "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"
)
BLANKS = " \t\n\r\u00a0\u202f\u200b\u200c\u200d\ufeff\u00ad\u2028"
PUNCTUATION = "0123456789/-.,:;()–—“”&%"
WORDS = [
    "hoá", "hóa", "hoà", "Uỷ", "ỦY", "thuý", "khoẻ", "quý", "qúy", "giữ", "gìa", "thuở", "ngày", "tháng", "năm",
    "Số", "triệu", "tỷ", "đồng", "14/7/2014", "31/02/2020", "1.500.000", "1,5", "KH–UBND", "NgoạiGiao",
]  # fmt: skip

vietnamese_text = st.lists(
    st.one_of(st.sampled_from(WORDS), st.text(alphabet=VIETNAMESE + BLANKS + PUNCTUATION, max_size=8)),
    max_size=12,
).map("".join)
any_text = st.one_of(st.text(), vietnamese_text)


@given(any_text)
@settings(deadline=None)
def test_it_keeps_keys_idempotent(s):
    assert match_key(match_key(s)) == match_key(s)
    assert search_key(search_key(s)) == search_key(s)
    assert number_key(number_key(s)) == number_key(s)


@given(any_text)
@settings(deadline=None)
def test_it_makes_keys_that_are_nfc(s):
    for key in (match_key(s), search_key(s), number_key(s), fold_tones(s), display(s)):
        assert nfc(key) == key


@given(any_text)
@settings(deadline=None)
def test_it_folds_tones_idempotently(s):
    assert fold_tones(fold_tones(s)) == fold_tones(s)


@given(any_text)
@settings(deadline=None)
def test_it_folds_tones_without_changing_letters(s):
    def without_tones(text):
        decomposed = unicodedata.normalize("NFD", text)
        return [c for c in decomposed if c not in "\u0300\u0301\u0303\u0309\u0323"]

    assert sorted(without_tones(fold_tones(s))) == sorted(without_tones(s))
    assert len(fold_tones(s)) == len(nfc(s))


@given(any_text)
@settings(deadline=None)
def test_it_makes_search_keys_from_match_keys(s):
    assert search_key(match_key(s)) == search_key(s)


@given(any_text)
@settings(deadline=None)
def test_it_keeps_spaces_clean(s):
    cleaned = clean_spaces(s)
    assert cleaned == cleaned.strip()
    assert "  " not in cleaned
    assert clean_spaces(cleaned) == cleaned
    kept = clean_spaces(s, keep_newlines=True)
    assert clean_spaces(kept, keep_newlines=True) == kept


@given(any_text)
@settings(deadline=None)
def test_it_never_changes_what_is_displayed(s):
    original = str(s)
    shown = display(s)
    for function in (nfc, fold_tones, match_key, search_key, number_key, clean_spaces, sort_key):
        function(s)
    assert s == original
    assert display(s) == shown == nfc(s)


@given(st.lists(any_text, max_size=8))
@settings(max_examples=200, deadline=None)
def test_it_sorts_consistently(items):
    result = sorted_vi(items)
    keys = [sort_key(item) for item in result]
    assert keys == sorted(keys)
    assert [sort_key(item) for item in sorted_vi(reversed(items))] == keys
    assert sorted_vi(result) == result
    assert sorted(result) == sorted(items)


@given(any_text, any_text)
@settings(deadline=None)
def test_it_compares_any_two_texts(a, b):
    ka, kb = sort_key(a), sort_key(b)
    assert (ka < kb) + (ka == kb) + (ka > kb) == 1
    assert (ka == kb) == (sort_key(fold_tones(a)) == sort_key(fold_tones(b)))


@given(any_text)
@settings(deadline=None)
def test_it_never_raises_on_dates_or_money(s):
    date = parse_date(s)
    found = find_dates(s)
    assert date == (found[0][0] if found else None)
    for _, start, end in found:
        assert 0 <= start < end <= len(s)
    amount = parse_money(s)
    assert amount is None or (isinstance(amount, int) and amount >= 0)
