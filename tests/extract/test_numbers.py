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
