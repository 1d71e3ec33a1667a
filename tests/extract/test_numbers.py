import pytest

from dateline.extract.common.numbers import clean, to_number, word_number


@pytest.mark.parametrize(
    "text, value",
    [
        ("7,500", 7500),
        ("1.2 million", 1_200_000),
        ("2.5bn", 2_500_000_000),
        ("40m", 40_000_000),
        ("five", 5),
        ("twenty-three", 23),
        ("a dozen", 12),
        ("five hundred", 500),
        ("three thousand", 3000),
        ("one hundred and twenty", 120),
        ("12", 12),
        ("0.5", 0.5),
    ],
)
def test_to_number(text, value):
    assert to_number(text) == value


@pytest.mark.parametrize("text", ["", "many", "fifty-fifty shares", "abc"])
def test_not_numbers(text):
    assert to_number(text) is None


def test_word_number_and_clean():
    assert word_number(["two", "million"]) == 2_000_000
    assert clean(2000.0) == 2000 and isinstance(clean(2000.0), int)
    assert clean(2.5) == 2.5 and clean(None) is None


def test_the_number_word_tables_come_from_their_data_file():
    from dateline.extract.common import numbers
    from dateline.lexicon import section_lines

    found = section_lines("number_words.txt")
    assert {"units", "tens", "multipliers", "vague", "dozen", "currency-words"} <= set(found)
    assert numbers.NUMBER_WORDS["nineteen"] == 19 and numbers.MULTIPLIERS["crore"] == 10_000_000
    assert all(type(value) is int for value in numbers.MULTIPLIERS.values())
    assert numbers.VAGUE["tens of thousands"] == (20_000, 99_999)
    assert numbers.DOZEN["a handful of"] is None and numbers.CURRENCY_WORDS["rs."] == "INR"
    assert numbers.LOWER[:2] == ("past", "at least") and "about" in numbers.APPROXIMATE
    assert numbers.NEUTRAL[-1] == "the"  # tried last
