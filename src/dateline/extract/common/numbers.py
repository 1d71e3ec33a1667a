"""Number expressions of news English, read into value and bounds.

"7,500", "1.2 million", "2.5bn", "$40m", "five", "twenty-three", "a dozen", "hundreds",
"tens of thousands", "at least 2,000", "up to 50", "between 10 and 20", "more than a million",
"nearly half". Hand-written: quantulum3 reads units but not news hedges or vague quantities,
and no library turns "tens of thousands" into bounds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMBER_WORDS = {  # word -> value, zero to nineteen
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
MULTIPLIERS = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "mln": 1_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
    "tn": 1_000_000_000_000,
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}
# Vague quantities: (low, high) bounds.
VAGUE = {
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 9_999_999),
    "tens of millions": (20_000_000, 99_999_999),
    "hundreds of millions": (200_000_000, 999_999_999),
    "billions": (2_000_000_000, 9_999_999_999),
}
DOZEN = {"a dozen": 12, "dozen": 12, "half a dozen": 6, "a couple of": 2, "a handful of": None}
# Hedges: words before a number and what they do to it.
LOWER = (
    "past",
    "at least",
    "more than",
    "over",
    "above",
    "in excess of",
    "no fewer than",
    "upwards of",
    "no less than",
    "a minimum of",
    "as many as",
    "exceeding",
)
UPPER = (
    "up to",
    "fewer than",
    "less than",
    "under",
    "below",
    "at most",
    "no more than",
    "a maximum of",
)
APPROXIMATE = (
    "some",
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "approximately",
    "an estimated",
    "estimated",
    "close to",
    "around",
    "just under",
    "just over",
    "more or less",
    "circa",
    "approx.",
    "about",
)
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
CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupee": "INR",
    "rupees": "INR",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "naira": "NGN",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "lira": "TRY",
    "shilling": "KES",
    "shillings": "KES",
    "rand": "ZAR",
    "peso": "MXN",
    "pesos": "MXN",
    "francs": "CHF",
    "franc": "CHF",
    "riyal": "SAR",
    "riyals": "SAR",
    "dirham": "AED",
    "dirhams": "AED",
    "won": "KRW",
    "real": "BRL",
    "reais": "BRL",
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
    "rs": "INR",
    "rs.": "INR",
    "inr": "INR",
    "ksh": "KES",
    "kes": "KES",
}
_DIGITS = re.compile(
    r"^(?P<sym>[A-Z]{0,2}[$€£¥₹₽₦₴₺])?(?P<num>\d[\d,]*(?:\.\d+)?)"
    r"(?P<mult>k|m|mn|bn|b|tn|million|billion|trillion|thousand)?$",
    re.I,
)
# A number with its multiplier glued on: "1billion", "846.8million", "40m".
GLUED = re.compile(r"^\d[\d,]*(?:\.\d+)?(?:k|m|mn|bn|b|tn|million|billion|trillion)$", re.I)
# Words before a number that qualify it without bounding it ("only 24 percent").
NEUTRAL = (
    "only",
    "just",
    "a mere",
    "another",
    "an additional",
    "a total of",
    "a record",
    "plus or minus",
    "the",
)


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
        for part in word.split("-"):
            if not part:
                continue
            match = _DIGITS.match(part)
            if match and not match.group("sym"):
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
            elif part in ("dozen", "dozens"):  # "three dozen"
                current = (current or 1) * 12
                seen = True
            elif part in ("lakh", "lakhs", "crore", "crores"):
                current = (current or 1) * MULTIPLIERS[part]
                seen = True
            elif part in ("hundred",):
                current = (current or 1) * 100
                seen = True
            elif part in MULTIPLIERS and part not in ("k", "m", "b", "mn", "mln", "bn", "tn"):
                total += (current or 1) * MULTIPLIERS[part]
                current = 0
                seen = True
            elif part in ("a", "an", "and"):
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
        value = float(match.group("num").replace(",", ""))
        if match.group("mult"):
            value *= MULTIPLIERS[match.group("mult").lower()]
        return value
    return word_number(text.split())


def clean(value: float | None) -> float | int | None:
    """Whole numbers as int, others as float."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, 6)
