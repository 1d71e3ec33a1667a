"""Number expressions of news English, read into value and bounds.

"7,500", "1.2 million", "2.5bn", "$40m", "five", "twenty-three", "a dozen", "hundreds",
"tens of thousands", "at least 2,000", "up to 50", "between 10 and 20", "more than a million",
"nearly half". Hand-written: quantulum3 reads units but not news hedges or vague quantities,
and no library turns "tens of thousands" into bounds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dateline.lexicon import section_lines, sections, table

_FILE = "number_words.txt"


NUMBER_WORDS = {word: int(value) for word, value in table(_FILE, "units").items()}
_TENS = {word: int(value) for word, value in table(_FILE, "tens").items()}
MULTIPLIERS = {word: int(value) for word, value in table(_FILE, "multipliers").items()}
_LETTER_MULTIPLIERS = sections(_FILE)["letter-multipliers"]
_GROUP_MULTIPLIERS = sections(_FILE)["group-multipliers"]
_FILLERS = sections(_FILE)["fillers"]
# Vague quantities: (low, high) bounds.
VAGUE = {
    phrase: (int(bounds.split()[0]), int(bounds.split()[1]))
    for phrase, bounds in table(_FILE, "vague").items()
}
DOZEN = {
    phrase: None if value == "-" else int(value) for phrase, value in table(_FILE, "dozen").items()
}
# Hedges: words before a number and what they do to it.
LOWER = section_lines(_FILE)["lower"]
UPPER = section_lines(_FILE)["upper"]
APPROXIMATE = section_lines(_FILE)["approximate"]
CURRENCY_SYMBOLS = {
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₽": "RUB",
    "₦": "NGN",
    "₴": "UAH",
    "₺": "TRY",
    "R$": "BRL",
    "US$": "USD",
    "C$": "CAD",
    "A$": "AUD",
    "HK$": "HKD",
}
CURRENCY_WORDS = table(_FILE, "currency-words")
_DIGITS = re.compile(
    r"^(?P<sym>[A-Z]{0,2}[$€£¥₹₽₦₴₺])?(?P<num>\d[\d,]*(?:\.\d+)?)"
    r"(?P<mult>k|m|mn|bn|b|tn|million|billion|trillion|thousand)?$",
    re.I,
)
# "1.000", "25.000": a point before three zeros separates thousands (no one writes 1.000
# for one).
_ROUND_THOUSANDS = re.compile(r"^\d{1,3}(?:\.000)+$")
# A number with its multiplier glued on: "1billion", "846.8million", "40m".
GLUED = re.compile(r"^\d[\d,]*(?:\.\d+)?(?:k|m|mn|bn|b|tn|million|billion|trillion)$", re.I)
# Words before a number that qualify it without bounding it ("only 24 percent").
NEUTRAL = section_lines(_FILE)["neutral"]
# Fractions: word -> denominator ("two-thirds" is 2/3, "half" 1/2).
FRACTIONS = {word: int(value) for word, value in table(_FILE, "fractions").items()}


@dataclass(frozen=True)
class Reading:
    value: float | None
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    vague: bool = False
    qualifier: str | None = None
    unit: str | None = None


def word_number(words: list[str]) -> float | None:
    """ "twenty-three" -> 23, "five hundred" -> 500, "1.2 million" -> 1200000."""
    total, current = 0.0, 0.0
    seen = False
    for raw in words:
        word = raw.lower().replace(",", "")
        if sum(1 for part in word.split("-") if part[:1].isdigit()) > 1:
            return None  # "41-40", "6-4": a score or a tally, not one number
        for part in word.split("-"):
            if not part:
                continue
            match = _DIGITS.match(part)
            if match and not match.group("sym"):
                if seen:
                    return None  # "three 53": digits only begin a number
                current += float(match.group("num"))
                if match.group("mult"):
                    current *= MULTIPLIERS[match.group("mult").lower()]
                seen = True
            elif part in NUMBER_WORDS:
                current += NUMBER_WORDS[part]
                seen = True
            elif part in _TENS:
                current += _TENS[part]
                seen = True
            elif part == "half" and seen:  # "five-and-a-half"
                current += 0.5
            elif part in ("dozen", "dozens"):  # "three dozen"
                current = (current or 1) * 12
                seen = True
            elif part in _GROUP_MULTIPLIERS:  # "five hundred", "2 crore"
                current = (current or 1) * MULTIPLIERS[part]
                seen = True
            elif part in MULTIPLIERS and part not in _LETTER_MULTIPLIERS:
                total += (current or 1) * MULTIPLIERS[part]
                current = 0
                seen = True
            elif part in _FILLERS:
                continue
            else:
                return None
    return total + current if seen else None


def to_number(text: str) -> float | None:
    """A written number, digits or words: "7,500", "2.5bn", "twenty-three", "a dozen"."""
    text = text.strip()
    low = text.lower()
    if low in DOZEN:
        return DOZEN[low]
    match = _DIGITS.match(text.replace(" ", "").rstrip("."))
    if match:
        digits = match.group("num")
        if _ROUND_THOUSANDS.match(digits):  # "1.000 lights": a thousands point, not 1.0
            digits = digits.replace(".", "")
        value = float(digits.replace(",", ""))
        if match.group("mult"):
            value *= MULTIPLIERS[match.group("mult").lower()]
        return value
    return word_number(text.split())


def share(text: str) -> float | None:
    """The share of a whole a fraction names, 0..1: "half", "a third", "one-half",
    "two-thirds", "three quarters"; None for anything else."""
    parts = text.lower().replace("-", " ").split()
    if not parts or parts[-1] not in FRACTIONS:
        return None
    numerator = parts[:-1]
    if "and" in numerator:
        return None  # "one and a half": a number, not a share
    if not numerator or numerator in (["a"], ["an"]):
        top: float | None = 1.0
    else:
        top = word_number(numerator)
    if top is None or top <= 0:
        return None
    fraction = top / FRACTIONS[parts[-1]]
    return fraction if fraction <= 1 else None


def clean(value: float | None) -> float | int | None:
    """Whole numbers as int, others as float."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, 6)
