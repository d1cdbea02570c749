"""`find_mentions`: partner countries, foreign localities, anniversaries of relations and languages."""

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from huunghi.text.extract.mentions import _find_mentions, find_mentions
from huunghi.text.extract.result import Mentions

SEEDS = Path(__file__).parent / "corpus" / "seeds"


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def anniversaries(mentions):
    return [(a.country, a.years, a.year) for a in mentions.anniversaries]


# --- the seeds ---------------------------------------------------------------------------------------------


def test_it_reads_what_the_dak_lak_2020_news_item_mentions():
    text = seed("000")
    mentions = find_mentions(text)
    assert mentions.countries == ["ID", "LA", "KH"]
    assert mentions.localities == ["Mondulkiri"]
    assert anniversaries(mentions) == [("ID", 65, 2020)]
    (anniversary,) = mentions.anniversaries
    assert text[anniversary.span[0] : anniversary.span[1]] == "65 năm thiết lập quan hệ ngoại giao Việt Nam-Indonesia"
    assert mentions.languages == []


def test_it_reads_the_partner_localities_of_the_dak_lak_2024_plan():
    mentions = find_mentions(seed("001"))
    assert mentions.countries == ["KR", "LA", "KH"]  # `các tỉnh Nam Lào` is a region of Laos, not a locality
    assert mentions.localities == ["Jeollabuk", "Mondulkiri"]
    assert mentions.anniversaries == []


def test_it_finds_no_partner_in_the_thua_thien_hue_news_item():
    mentions = find_mentions(seed("002"))
    assert (mentions.countries, mentions.localities, mentions.anniversaries, mentions.languages) == ([], [], [], [])


def test_it_reads_the_anniversary_and_languages_of_the_an_giang_news_item():
    mentions = find_mentions(seed("003"))
    assert mentions.countries == ["KH"]
    assert anniversaries(mentions) == [("KH", 55, 2022)]
    assert mentions.languages == ["vi", "en", "km"]


def test_it_reads_the_lao_provinces_of_the_quang_ngai_plan():
    mentions = find_mentions(seed("004"))
    assert mentions.countries == ["MM", "LA"]
    assert mentions.localities == ["Champask", "Attapeu"]
    assert mentions.languages == ["vi", "en"]


# --- countries -------------------------------------------------------------------------------------------------


def test_it_does_not_take_vietnamese_places_people_or_words_for_countries():
    text = (
        "Đoàn công tác tỉnh Lào Cai thăm khu di tích Mỹ Sơn, huyện Đức Phổ và huyện Nga Sơn cùng ông Nguyễn Văn Đức, "
        "bà Nga; phổ biến Pháp luật, Pháp lệnh; trình diễn áo dài; ngày cập nhật; Việt Nam; Nhật ký hành trình."
    )
    assert find_mentions(text).countries == []


def test_it_reads_short_and_formal_country_names():
    text = (
        "Hợp tác với Nga, CHLB Đức, Đại sứ quán Pháp, Cộng hòa dân chủ nhân dân Lào, Vương quốc Campuchia, Đại Hàn "
        "Dân Quốc, Hoa Kỳ và Mỹ; đoàn đi Xinh-ga-po, Ô-xtrây-li-a, Cu Ba; Liên hiệp Vương quốc Anh; nước Ý; Thái Lan."
    )
    assert find_mentions(text).countries == [
        "RU",
        "DE",
        "FR",
        "LA",
        "KH",
        "KR",
        "US",
        "SG",
        "AU",
        "CU",
        "GB",
        "IT",
        "TH",
    ]


def test_it_reads_common_words_as_countries_only_in_a_list_of_countries():
    text = (
        "Lễ hội pháo hoa với các đội Ý, Pháp, Phần Lan và Anh; anh chị em; ý kiến; Ý kiến đóng góp; "
        "ông Nguyễn Văn Anh, Pháp; III. NHIỆM VỤ VÀ GIẢI PHÁP; CHLB ĐỨC."
    )
    assert find_mentions(text).countries == ["IT", "FR", "FI", "GB", "DE"]


def test_it_does_not_take_a_language_for_a_country():
    mentions = find_mentions(
        "Tin bài bằng tiếng Anh, Pháp và Nga; biên dịch tiếng Hàn Quốc, tiếng Khơ-me và tiếng Lào."
    )
    assert mentions.countries == []
    assert mentions.languages == ["en", "fr", "ru", "ko", "km", "lo"]
    assert find_mentions("Sách ảnh song ngữ Việt - Anh; tờ gấp đa ngữ Việt, Anh, Hàn.").languages == ["vi", "en", "ko"]


# --- localities -------------------------------------------------------------------------------------------------


def test_it_reads_localities_followed_by_their_country():
    text = (
        "Giao lưu với các tỉnh Champasak, Sê Kông của Lào và tỉnh Ratanakiri, Vương quốc Campuchia; tỉnh Jeollabuk-do "
        "(Hàn Quốc); vùng Viễn Đông, Liên bang Nga; tỉnh Tây Ninh (Việt Nam); các tỉnh Nam Lào."
    )
    assert find_mentions(text).localities == [
        "Champasak",
        "Sê Kông",
        "Ratanakiri",
        "Jeollabuk-do",
        "Viễn Đông",
    ]


def test_it_reads_known_partner_localities_without_their_country():
    text = (
        "Đoàn thăm tỉnh Xiêng Khoảng, thành phố Busan và Mondulkiri; tỉnh Vân Nam; ông Vân Nam phát biểu; "
        "Lễ hội Hải Phòng - Kitakyushu; tri ân tại tỉnh Nakhon Phanom."
    )
    assert find_mentions(text).localities == [
        "Xiêng Khoảng",
        "Busan",
        "Mondulkiri",
        "Vân Nam",
        "Kitakyushu",
        "Nakhon Phanom",
    ]


def test_it_never_takes_a_vietnamese_province_for_a_foreign_locality():
    text = "Kết nghĩa giữa tỉnh Quảng Nam, Việt Nam và tỉnh Sê Kông, Lào; thành phố Hồ Chí Minh (Việt Nam)."
    assert find_mentions(text).localities == ["Sê Kông"]


# --- anniversaries -------------------------------------------------------------------------------------------


def test_it_reads_anniversaries_in_either_order_and_with_a_written_range():
    text = (
        "Kỷ niệm 60 năm thiết lập quan hệ ngoại giao Việt Nam - Lào; 30 năm thiết lập quan hệ ngoại giao Việt Nam – "
        "Hàn Quốc (1992 - 2022); 50 năm Ngày thiết lập quan hệ ngoại giao Nhật Bản – Việt Nam; 70 năm quan hệ ngoại "
        "giao Việt Nam - Mông Cổ; 65 năm thiết lập quan hệ ngoại giao với Cu Ba."
    )
    mentions = find_mentions(text)
    assert anniversaries(mentions) == [
        ("LA", 60, 2022),
        ("KR", 30, 2022),
        ("JP", 50, 2023),
        ("MN", 70, None),  # Mongolia is not in the checked table
        ("CU", 65, 2025),
    ]
    again = find_mentions(text + " Hưởng ứng 60 năm thiết lập quan hệ ngoại giao Việt Nam – Lào (1962-2022).")
    assert anniversaries(again) == anniversaries(mentions)  # each anniversary once
    assert mentions.countries == ["LA", "KR", "JP", "MN", "CU"]


def test_it_does_not_read_an_anniversary_without_a_number_or_a_country():
    text = "Chúc mừng nhân kỷ niệm năm tròn, năm lẻ năm thiết lập quan hệ ngoại giao với một số các quốc gia."
    assert find_mentions(text).anniversaries == []


def test_it_returns_nothing_for_empty_or_odd_input():
    assert find_mentions("").countries == []
    assert find_mentions(None).localities == []  # type: ignore[arg-type]


# --- robustness ------------------------------------------------------------------------------------------------

SEED_TEXTS = [seed(p) for p in ("000", "001", "002", "003", "004")]


@st.composite
def mutated_seed(draw):
    text = draw(st.sampled_from(SEED_TEXTS))
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(text)))
        cut = draw(st.integers(0, 40))
        insert = draw(st.one_of(st.text(max_size=12), st.sampled_from(["Lào", " tỉnh ", "(", "Việt Nam - ", "tiếng "])))
        text = text[:at] + insert + text[at + cut :]
    return text


@given(st.one_of(st.text(), mutated_seed()))
@settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])
def test_it_never_raises_and_keeps_spans_in_bounds(text):
    # The unguarded function: find_mentions catches everything, so only this can show a failure.
    mentions = Mentions()
    _find_mentions(text, mentions)
    assert "VN" not in mentions.countries
    assert len(set(mentions.countries)) == len(mentions.countries)
    assert all(len(code) == 2 and code.isupper() for code in mentions.countries)
    for anniversary in mentions.anniversaries:
        assert anniversary.span is not None and 0 <= anniversary.span[0] <= anniversary.span[1] <= len(text)
        assert anniversary.country in mentions.countries


def test_it_reads_a_megabyte_of_repeated_or_adversarial_text():
    # Inputs that make careless patterns backtrack; how fast is measured by benchmarks/bench_extract.py.
    text = "\n".join(SEED_TEXTS) * (1_000_000 // len("\n".join(SEED_TEXTS)) + 1)
    assert find_mentions(text).countries == find_mentions("\n".join(SEED_TEXTS)).countries
    for sample in ("a" * 1_000_000, " " * 1_000_000, "tỉnh A, " * 120_000):
        assert find_mentions(sample).countries == []
