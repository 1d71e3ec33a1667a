from dateline.extract.tone import measure_tone
from dateline.nlp import parse


def test_gdelt_scale_counts_lexicon_words():
    tone = measure_tone(parse("The peace deal is a wonderful success."))
    # 7 words; "peace", "wonderful" and "success" are positive in VADER's lexicon
    assert tone["words"] == 7
    assert tone["positive"] == round(100 * 3 / 7, 3)
    assert tone["negative"] == 0
    assert tone["tone"] == tone["positive"] and tone["polarity"] == tone["positive"]


def test_negative_article_and_vader_scale():
    tone = measure_tone(parse("Dozens were killed in a terrible attack. The town mourned."))
    assert tone["tone"] < 0 and tone["negative"] > 0
    assert -1 <= tone["vader"]["compound"] < 0
    assert abs(tone["vader"]["pos"] + tone["vader"]["neu"] + tone["vader"]["neg"] - 1) < 0.01


def test_no_words_no_tone():
    assert measure_tone(parse("12 34 ...")) is None
