"""Figures as people read them: the words every interface (CLI, web pages, chart, API) shows.

`quantity` gives a figure's amount and what it counts, its hedge kept: "about 4.2 million
tonnes", "more than $1.5 billion", "1.5 billion RUB", "24-99 trucks (dozens)", "between 10
and 20", "12%", "about 90% of voters" (a ratio: "nine in ten"). `amount` is the same without
what is counted. `claimant` gives who claims it: the named source, or "the article" when the
article asserts it itself or the claimant is no name but a pronoun or a fragment ("we",
"That emergent phenomenon"). A source the record resolved to an entity (`source_id` set) is
always shown.

The numbers themselves are Babel's (`babel.numbers`: grouping, the long compact form "4.2
million", currency symbols from CLDR); the hedges, ranges, vague quantities, ratios and the
claimant rules are ours, as no library reads a figure record. (`humanize.intword` also says
"4.2 million", but knows no currencies.)
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from babel.numbers import format_compact_decimal, format_decimal, get_currency_symbol

from dateline.lexicon import table

LOCALE = "en"
ARTICLE = "the article"  # the claimant of a figure the article asserts itself

# Categories that count people, in the order the figures page prefers them.
PEOPLE_CATEGORIES = (
    "KILL",
    "DISPLACE",
    "REFUGEE",
    "WOUND",
    "MISSING",
    "KIDNAP",
    "ARREST",
    "EVACUATE",
    "RESCUE",
    "AFFECT",
    "SICK",
    "PROTEST",
)

# Vague quantities by their bounds: (24, 99) -> "dozens" (the table the extractor reads).
_VAGUE_WORDS = {
    tuple(int(bound) for bound in bounds.split()): phrase
    for phrase, bounds in table("number_words.txt", "vague").items()
}
_COMPACT_FROM = 1_000_000  # "4.2 million" from here; "300,000" below
_PRONOUNS = frozenset(
    "i me my mine we us our ours you your yours he him his she her hers it its they them "
    "their theirs one ones this that these those who whom whose which what someone somebody "
    "anyone anybody everyone everybody nobody none some many others all both each either "
    "neither another such".split()
)
_DEMONSTRATIVES = frozenset(("this", "that", "these", "those", "such"))
_POSSESSIVES = frozenset(("my", "our", "your", "his", "her", "its", "their"))
_RELATIVES = frozenset(("that", "which", "who", "whom", "whose"))
_ARTICLES = frozenset(("the", "a", "an"))
_MAX_CLAIMANT_WORDS = 10
_POINTS = frozenset(("point", "points"))


def number(value: float, currency: str | None = None) -> str:
    """A number as people read it: "300,000", "4.2 million", "3.7"; with a currency code,
    its symbol before ("$1.5 billion", "€2 million", "$16.50") or the code after ("1.5
    billion RUB")."""
    return _with_currency(_plain(value, currency is not None), currency)


def amount(figure: dict[str, Any]) -> str:
    """The figure's amount with its hedge and unit, without what it counts."""
    return _amount(figure)[0]


def quantity(figure: dict[str, Any]) -> str:
    """The figure's amount and what it counts: "about 4.2 million tonnes"."""
    text, note = _amount(figure)
    counted = _counted(figure)
    if counted:
        joiner = " of " if _is_share(figure) or figure.get("unit") == "%" else " "
        text = f"{text}{joiner}{counted}"
    return f"{text} ({note})" if note else text


def claimant(figure: dict[str, Any]) -> str:
    """Who claims the figure: its source as named, or "the article"."""
    source = figure.get("source")
    if isinstance(source, dict):
        source = source.get("name") or source.get("text")
    if isinstance(source, list):
        source = ", ".join(str(item) for item in source if item)
    text = " ".join(str(source).split()) if source else ""
    if not text:
        return ARTICLE
    if figure.get("source_id"):
        return text
    return _unresolved(text)


def published_day(published: Any) -> date | None:
    """The calendar day of a `published` value ("2024-05-30T10:00:00+00:00"); None for none
    or an unreadable one."""
    try:
        return date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def to_number(value: Any) -> float | None:
    """A record's number (an int, a float, or a number stored as text) as a float; None for
    anything else."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value) if value == value else None  # (not NaN)
    try:
        return float(str(value).replace(",", ""))
    except ValueError:
        return None


def is_share(figure: dict[str, Any]) -> bool:
    """A ratio ("nine in ten", "one of two"): a fraction below one with no unit, which reads
    as a percentage of what it counts."""
    return _is_share(figure)


def _is_share(figure: dict[str, Any]) -> bool:
    value = to_number(figure.get("value"))
    return (
        value is not None
        and 0 < value < 1
        and not figure.get("unit")
        and not figure.get("vague")
        and figure.get("category") not in ("MONEY", "PERCENT")
    )


def _amount(figure: dict[str, Any]) -> tuple[str, str]:
    """The amount, and a note for after what it counts (the vague word, a value's range)."""
    value = to_number(figure.get("value"))
    low, high = to_number(figure.get("low")), to_number(figure.get("high"))
    fmt = _formatter(figure)
    qualifier = _qualifier(figure.get("qualifier"))
    if figure.get("vague") and low is not None and high is not None:
        word = _VAGUE_WORDS.get((int(low), int(high))) or _expression(figure) or "vague"
        text = _span(low, high, figure)
        return (f"{qualifier} {text}" if qualifier else text), word
    if value is None:
        if low is not None and high is not None:
            return f"between {fmt(low)} and {fmt(high)}", ""
        if low is not None:
            return _hedged(fmt(low), qualifier or "at least"), ""
        if high is not None:
            return _hedged(fmt(high), qualifier or "up to"), ""
        return _expression(figure) or "?", ""
    text = fmt(value)
    if qualifier:
        text = _hedged(text, qualifier)
    elif figure.get("approximate"):
        text = f"about {text}"
    elif low == value and high is None:
        text = f"at least {text}"
    elif high == value and low is None:
        text = f"up to {text}"
    note = ""
    if low is not None and high is not None and not low == high == value:
        note = _span(low, high, figure)
    return text, note


def _formatter(figure: dict[str, Any]):
    """How the figure's numbers are written: money, a percentage, percentage points, a
    share (a ratio as a percentage) or a count."""
    unit = figure.get("unit")
    if unit == "%":
        if str(figure.get("object") or "").lower() in _POINTS:
            return lambda x: f"{_plain(x)} point{'s' * (x != 1)}"
        return lambda x: f"{_plain(x)}%"
    if _is_share(figure):
        return lambda x: f"{_plain(x * 100)}%"
    currency = _currency(figure)
    return lambda x: number(x, currency)


def _currency(figure: dict[str, Any]) -> str | None:
    unit = figure.get("unit")
    if isinstance(unit, str) and re.fullmatch(r"[A-Z]{3}", unit):
        return unit
    return None


def _plain(value: float, money: bool = False) -> str:
    value = round(float(value), 6)  # float noise: 65400000000.00001
    if abs(value) >= _COMPACT_FROM:
        return format_compact_decimal(value, format_type="long", locale=LOCALE, fraction_digits=2)
    if value.is_integer():
        return format_decimal(value, format="#,##0", locale=LOCALE)
    return format_decimal(value, format="#,##0.00" if money else "#,##0.##", locale=LOCALE)


def currency_symbol(currency: str) -> str | None:
    """The one-character symbol a currency is written with ("$" for USD, "€", "£", "¥",
    "₹"), from CLDR; None for the others, written by their code ("28 million MXN" rather
    than CLDR's "MX$", which a reader could take for dollars)."""
    symbol = get_currency_symbol(currency, locale=LOCALE)
    return symbol if len(symbol) == 1 and not symbol.isalnum() else None


def _with_currency(text: str, currency: str | None) -> str:
    if not currency:
        return text
    symbol = currency_symbol(currency)
    if symbol:
        sign, digits = ("-", text[1:]) if text.startswith("-") else ("", text)
        return f"{sign}{symbol}{digits}"  # "$1.5 billion", "€2 million"
    return f"{text} {currency}"  # "1.5 billion RUB"


def _span(low: float, high: float, figure: dict[str, Any]) -> str:
    """A range as "24-99", "2,000-9,999", "$2-10 million", "10%-20%"."""
    if figure.get("unit") == "%" or _is_share(figure):
        fmt = _formatter(figure)
        return f"{fmt(low)}-{fmt(high)}"
    currency = _currency(figure)
    first, second = _plain(low, currency is not None), _plain(high, currency is not None)
    scale = second.rsplit(" ", 1)[-1] if " " in second else ""
    if scale and first.endswith(" " + scale):  # "2 million-10 million" -> "2-10 million"
        first = first[: -len(scale) - 1]
    return _with_currency(f"{first}-{second}", currency)


def _hedged(text: str, qualifier: str) -> str:
    """ "at least 2,000"; "$100,000 or more" (a hedge written after the number)."""
    if qualifier.startswith("or "):
        return f"{text} {qualifier}"
    return f"{qualifier} {text}"


def _qualifier(value: Any) -> str:
    """The hedge as written, lowercased for the middle of a line ("About" -> "about")."""
    text = " ".join(str(value or "").split())
    if text and not text.isupper():
        text = text[0].lower() + text[1:]
    return text


def _expression(figure: dict[str, Any]) -> str:
    """The number expression as written in its sentence ("dozens"), lowercased."""
    text, start = figure.get("text"), figure.get("start")
    begin, end = figure.get("number_start"), figure.get("number_end")
    if not isinstance(text, str) or not all(isinstance(x, int) for x in (start, begin, end)):
        return ""
    return " ".join(text[begin - start : end - start].split()).lower()


def _counted(figure: dict[str, Any]) -> str:
    """What the figure counts, as written: none for a pronoun ("those"), a fragment ("low-",
    "."), or the points of a percentage (part of the amount)."""
    counted = " ".join(str(figure.get("object") or "").split())
    if not counted or not any(ch.isalpha() for ch in counted) or counted.endswith("-"):
        return ""
    if counted.lower() in _PRONOUNS:
        return ""
    if figure.get("unit") == "%" and counted.lower() in _POINTS:
        return ""
    return counted


def _unresolved(text: str) -> str:
    """A claimant the record did not resolve to an entity, kept when it names someone
    ("aid workers", "a Bloomberg poll"), else "the article"."""
    words = text.split()
    first = words[0].lower()
    if not any(ch.isalpha() for ch in text) or text[0] in "'’":  # "'s"
        return ARTICLE
    if len(words) == 1 and first in _PRONOUNS:  # "we", "I", "anyone"
        return ARTICLE
    if first in _DEMONSTRATIVES:  # "That emergent phenomenon": it needs its context
        return ARTICLE
    if any(word in ("-", "–", "—") for word in words) or text.endswith(("-", "–", "—")):
        return ARTICLE  # a fragment: "an aggressive - some"
    cut = next((i for i, word in enumerate(words) if i > 0 and word.lower() in _RELATIVES), None)
    if cut is not None:  # a clause: "A slide from a presentation that his aides ..."
        words = words[:cut]
    if len(words) > _MAX_CLAIMANT_WORDS:
        return ARTICLE
    if words[0].lower() in _POSSESSIVES:  # "their union" -> "the union"
        words = ["the", *words[1:]]
    elif words[0] in ("The", "A", "An"):
        words = [words[0].lower(), *words[1:]]
    if len(words) == 1 and words[0].lower() in _ARTICLES:
        return ARTICLE
    return " ".join(words)
