"""Text size in every script (extractors.scripts): words where words are spaced, characters converted
to words where they are not, so every length rule means the same in Chinese, Thai or English."""

from __future__ import annotations

from extractors.clean import clean_text, is_headline_like
from extractors.scripts import ends_as_sentence, word_tokens, word_units

# one sentence of about 30 words' content in each script (own words)
SENTENCES = {
    "en": "Two civilians were killed and five wounded when shells hit a market in the border town early "
    "on Sunday, local officials said, adding that rescuers were still searching the ruins.",
    "zh": "当地官员说，周日清晨一枚炮弹落在边境小镇的市场里，造成两名平民死亡、五人受伤，救援人员仍在废墟中搜寻。",
    "ja": "地元当局によると、日曜日の早朝、国境の町の市場に砲弾が落ち、住民2人が死亡、5人がけがをした。救助隊は今もがれきの中を捜索している。",
    "th": "เจ้าหน้าที่ท้องถิ่นระบุว่า กระสุนปืนใหญ่ตกลงในตลาดของเมืองชายแดนเมื่อเช้าวันอาทิตย์ ทำให้พลเรือนเสียชีวิตสองคนและบาดเจ็บห้าคน",
    "hi": "स्थानीय अधिकारियों ने बताया कि रविवार तड़के सीमावर्ती कस्बे के बाजार में गोले गिरने से दो नागरिकों की मौत हो गई और पांच घायल हो गए।",
    "ar": "قال مسؤولون محليون إن مدنيين اثنين قتلا وأصيب خمسة آخرون عندما سقطت قذائف على سوق في البلدة الحدودية فجر الأحد.",
    "ru": "Два мирных жителя погибли и пятеро получили ранения, когда снаряды попали на рынок приграничного города "
    "рано утром в воскресенье, сообщили местные власти.",
}


def test_a_sentence_has_a_comparable_number_of_words_in_every_script():
    counts = {language: word_units(text) for language, text in SENTENCES.items()}
    assert all(18 <= n <= 45 for n in counts.values()), counts


def test_paragraphs_without_spaces_are_not_headline_like_and_headlines_are():
    for language in ("zh", "ja", "th"):
        assert not is_headline_like(SENTENCES[language]), language
    for headline in (
        "边境城镇遭炮击 两名平民死亡",
        "国境の村に砲撃、住民3人死亡",
        "ระเบิดริมทาง ทหารเสียชีวิต 2 นาย",
    ):
        assert is_headline_like(headline), headline


def test_sentence_punctuation_of_every_script():
    assert ends_as_sentence("这是一个句子。") and ends_as_sentence("यह एक वाक्य है।")
    assert ends_as_sentence("قال المسؤول،") and not ends_as_sentence("Talks resume")
    assert not ends_as_sentence("停火谈判重启？")


def test_word_tokens_split_unspaced_scripts_per_character_and_keep_devanagari_words_whole():
    assert word_tokens("2024年3月5日") == ["2024", "年", "3", "月", "5", "日"]
    assert word_tokens("दो सैनिक") == ["दो", "सैनिक"]
    assert word_tokens("Talks RESUME") == ["talks", "resume"]


def test_cleaning_keeps_long_unspaced_paragraphs_and_drops_a_nav_line_of_short_items():
    text = "\n".join([SENTENCES["zh"], "首页 | 新闻 | 国际 | 财经 | 体育", SENTENCES["ja"], SENTENCES["th"]])
    result = clean_text(text)
    assert result.text == "\n\n".join([SENTENCES["zh"], SENTENCES["ja"], SENTENCES["th"]])
    assert [r.rule for r in result.removed_lines] == ["nav_line"]


def test_date_stamp_in_cjk_is_removed_at_the_edge():
    result = clean_text("\n".join(["2024年10月8日 19:30", SENTENCES["ja"], SENTENCES["zh"]]))
    assert result.text.startswith(SENTENCES["ja"][:10])
