"""What looks like a number but is no figure.

- A date, year, age, duration, clock time, phone number or street address, and a date the
  model missed after a month ("February 6").
- A number that names or labels: inside an HTML tag left in the text, a list item or a
  heading alone on its line ("2.", "Meal 1"), a citation or a rank in brackets ("(26)",
  "(3.)"), a label after a capitalised word ("AM 970", "iPhone 11", "GLP-1"), digits written
  into a word ("5G"), a name that holds a number (data/numbered_names.txt: "the Fight for $15
  campaign"), a name a number begins ("19 Hard Truths"), another story's headline.
- A score or a record ("6-4", "(4-0)", "Jets 2, Predators 1") and a rank ("the top three",
  "the 10 best deals").
- A descriptor ("a two-person race", "a six-term congresswoman"), an age group ("men under 35").
- A reference back to a group the article has named ("the two", "those two states").
- A figure of speech ("at one point", "100 percent committed", "zero experience", "a year or
  two", "by the dozen").

Each test looks at where the number sits (in the page, in the line, in the sentence) and what
it modifies, with the word lists of data/figure_rules.txt.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from dateline.extract.common.doctext import doc_text
from dateline.extract.common.numbers import FRACTIONS, Reading
from dateline.extract.common.syntax import lemma
from dateline.extract.figures.reading import is_year
from dateline.extract.figures.rules import (
    AGE_AFTER,
    AGE_GROUPS,
    BACK_REFERENCE,
    CHANGE_VERBS,
    GENERIC_NOUNS,
    MEASURE_UNITS,
    MODIFIER_AFTER_DASH,
    MONTHS,
    MULTIPLIERS_AFTER,
    NOT_AFTER,
    RANKS_BEFORE,
    SHARE_CONTEXT,
    TIME_NOUNS,
)
from dateline.lexicon import lines

_MEASURES = ("MONEY", "PERCENT")
_AFTER_MONTH = re.compile("(?:" + "|".join(re.escape(m) for m in MONTHS) + r") ?$")
_BEFORE_MONTH = re.compile(r" (?:" + "|".join(re.escape(m) for m in MONTHS) + r")\b")
_YEARS = re.compile(r"^1\d{3}\s?[-–]\s?(?:1\d|20)\d{2}$|^20\d{2}\s?[-–]\s?20\d{2}$")
_STREET = re.compile(
    r" (?:[A-Z][a-z]+ ){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Dr\.|Boulevard"
    r"|Blvd\.|Lane|Ln\.|Way|Court|Ct\.|Place|Pl\.|Highway|Hwy\.)"
)
_CODE = re.compile(r"[{};]\s*$|[{}]|\w\s?=\s?\w|^\s*[$#>] \S|\w\(\S*\)|::|->")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
_PHONE = re.compile(r"\d{2,}[-. ]\d{2,}[-. ]\d{2,}|\+\d{1,3}[ -]?\d")
_OPEN_TAG = re.compile(r"<[A-Za-z/][^<>]*$")
_TEAMS = re.compile(r"(?:[A-Z][\w.'’]* )+\d{1,2}, (?:[A-Z][\w.'’]* )+\d{1,2}\b")
_PAIR = re.compile(r"(?<![\d.,])\d{1,3} ?[-–] ?\d{1,3}(?![\d%]|[.,]\d)")
# Names that hold a number ("the Fight for $15 campaign", "the S&P 500"), as written.
_NAMES = sorted(lines("numbered_names.txt"), key=len, reverse=True)
_NUMBERED_NAMES = re.compile("|".join(r"(?<!\w)" + re.escape(n) + r"(?!\w)" for n in _NAMES))
_LONGEST_NAME = len(_NAMES[0])
# Words a title leaves in lower case.
_MINOR_WORDS = frozenset(
    "a an the and or but of in on at to for by with from as is are vs via".split()
)
# Entities whose name before a number is its holder, not a label ("Trump 45, Clinton 41").
_HOLDERS = frozenset({"PERSON", "NORP", "GPE", "LOC", "ORG"})


def is_excluded(span: Span, reading: Reading, category: str, counted: Token | None) -> bool:
    """Whether a number expression is no figure."""
    plain = reading.unit is None and not reading.vague and category not in _MEASURES
    return (
        _date_age_or_code(span, category, counted)
        or _in_markup(span)
        or _in_name(span)
        or _in_other_headline(span)
        or _in_code_or_data(span)
        or _glued_to_letters(span)
        or _names_something(span, counted)
        or (plain and (_list_item_or_label(span, counted) or _citation(span)))
        or (plain and not _counts_things(span, counted) and _score(span))
        or _descriptor(span)
        or (plain and _age_group(span))
        or (category == "OTHER" and plain and _back_reference(span))
        or _figure_of_speech(span, reading, counted)
    )


def _date_age_or_code(span: Span, category: str, counted: Token | None) -> bool:
    """Dates and years ("at least 2002 to 2005", "in '08 and '12"), ages, durations ("a 30
    min activity"), times, phone numbers, what follows "page", "No." or a rank word ("the
    top 1 percent"), and a lone "one"."""
    doc = span.doc
    text = span.text
    after = doc[span.end : span.end + 3].text.lower()
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if any(after.startswith(a.strip("-")) or after.startswith(a) for a in AGE_AFTER):
        return True
    if re.match(r"(?:a\.?m\b|p\.?m\b)", after):
        return True  # a clock time: "9.30 A.M."
    if before in NOT_AFTER or (before in RANKS_BEFORE and category == "OTHER"):
        return True  # ("the first two infected patients" are a count of the sick)
    if before in ("top", "bottom"):
        return True  # "the top 1 percent": a group, not a share anyone reports
    line, start = _line(span)
    if re.search(r"\bno\.\s*$", line[: span.start_char - start], re.I):
        return True  # "his No. 1 scapegoat"
    if line[span.start_char - start - 1 : span.start_char - start] in ("'", "’"):
        return True  # "in '08 and '12"
    if _AFTER_MONTH.search(line[: span.start_char - start]):
        return True  # a date: "February 6"
    if _BEFORE_MONTH.match(line[span.end_char - start :]):
        return True  # a date: "1 May 1998"
    if re.search(r"\.{3,}\s*$|\[n\s*$", line[: span.start_char - start]):
        return True  # a page in a table of contents ("WebFinger.......12"), a note "[n 8]"
    if re.match(r"°\s?[NSEW]\b", line[span.end_char - start :]):
        return True  # a coordinate: "42°S 174°E"
    numbers = [t for t in span if t.like_num]
    core = numbers[0].text if len(numbers) == 1 else ""
    if is_year(core) and (core == text or counted is None) and category not in _MEASURES:
        return True  # a year ("the 2016 election"), or a hedged one ("from at least 2002")
    if _YEARS.match(text) and counted is None:
        return True  # a span of years: "1642–1772" (not "1200-1500 people")
    unit = doc[span.end] if span.end < len(doc) else None
    time_word = (counted is not None and lemma(counted) in TIME_NOUNS) or (
        unit is not None and unit.lower_ in TIME_NOUNS
    )
    if category == "OTHER" and time_word:
        return True  # a duration: "a 30 min activity", "for 72 hours"
    if any(ch.isdigit() for ch in text) and (text.count("-") >= 2 or ":" in text):
        return True  # a phone number, a score, a time
    full = doc_text(doc)  # (Doc.text rebuilds the text on every call)
    around = full[max(start, span.start_char - 12) : span.end_char + 12]
    if _PHONE.search(around) or _STREET.match(full[span.end_char : span.end_char + 60]):
        return True  # a phone number, a street address ("1909 Jolinda Drive")
    return text.lower() in ("one", "a", "an") and category == "OTHER"


def _line(span: Span) -> tuple[str, int]:
    """The span's line of the article and where it starts."""
    full = doc_text(span.doc)
    start = full.rfind("\n", 0, span.start_char) + 1
    end = full.find("\n", span.end_char)
    return full[start : end if end != -1 else len(full)], start


def _in_markup(span: Span) -> bool:
    """Inside an HTML tag the cleaner left (`tweet-date="March 7, 2016"`)."""
    line, start = _line(span)
    before, after = line[: span.start_char - start], line[span.end_char - start :]
    return bool(_OPEN_TAG.search(before)) and ">" in after


def _glued_to_letters(span: Span) -> bool:
    """Digits written into a word: a code or a model ("ILC2s", "MH17", "5G", "9mm",
    "5ptsmoderator"), not a figure; a multiplier or a unit of measure glued on ("40m",
    "5km") still counts."""
    full = doc_text(span.doc)
    before = full[span.start_char - 1 : span.start_char] if span.start_char else ""
    match = re.match(r"[A-Za-z]+", full[span.end_char : span.end_char + 20])
    if before.isalpha() and span.text[:1].isdigit():
        return True
    if match is None or not span.text[-1:].isdigit():
        return False
    letters = match.group(0).lower()
    return letters not in MULTIPLIERS_AFTER and letters not in MEASURE_UNITS


def _in_name(span: Span) -> bool:
    """Inside a name that holds a number (data/numbered_names.txt)."""
    full = doc_text(span.doc)
    start = max(0, span.start_char - _LONGEST_NAME)
    window = full[start : span.end_char + _LONGEST_NAME]
    return any(
        match.start() < span.end_char - start and span.start_char - start < match.end()
        for match in _NUMBERED_NAMES.finditer(window)
    )


def _in_other_headline(span: Span) -> bool:
    """In a title-case line past the first: another story's headline or a list's title ("- 15
    Amazing Images of Stars", "The 11 Biggest Unanswered Questions About Dark Matter"); the
    first line is the article's own title."""
    line, start = _line(span)
    return start > 0 and _title_case(line)


def _in_code_or_data(span: Span) -> bool:
    """In a line of code, a command or a row of data, not prose: braces, semicolons, an
    assignment or a prompt ("$ hg log -l 3", "x = 16;"), or more digits than letters
    ("0.16 0.29 1.02")."""
    line, _ = _line(span)
    if _CODE.search(line):
        return True
    digits = len(_DIGIT.findall(line))
    return digits > 4 and digits > len(_LETTER.findall(line))


def _title_case(line: str) -> bool:
    """A headline: four or more words, nearly all capitalised, and not a list of numbers
    ("Portion Fix Containers: 1 Green, 1 Red, 1 tsp.")."""
    if len(re.findall(r"\d+", line)) > 2:
        return False
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’]*", line) if w.lower() not in _MINOR_WORDS]
    return len(words) >= 4 and sum(1 for w in words if w[0].isupper()) >= 0.8 * len(words)


def _names_something(span: Span, counted: Token | None) -> bool:
    """A number that begins a name: the capitalised words it modifies are a title, a band, a
    business ("98 Degrees", "19 Hard Truths", "Under 70 Auto Sales"), or a measure that names
    a model ("the 16-inch MacBook Pro"); a superlative after it makes a rank ("Ohio's three
    biggest cities", "the 10 best deals")."""
    doc = span.doc
    if _title_case(_line(span)[0]):
        return False  # a headline capitalises every word: "Only 24 Percent of Donors"
    following = doc[span.end] if span.end < len(doc) else None
    if following is not None and (following.tag_ == "JJS" or following.lower_ in ("best", "worst")):
        return True
    if following is not None and following.text == "-" and span.end + 2 < len(doc):
        model = doc[span.end + 2]  # "16-inch MacBook"
        return model.pos_ == "PROPN" and _capitalised(model) and not model.ent_type_ == "NORP"
    return (
        counted is not None
        and counted.i > span.start
        and _capitalised(counted)
        and not counted.is_sent_start
        and counted.ent_type_ not in ("NORP", "GPE", "LOC", "PERSON")
        and counted.pos_ == "PROPN"
        and counted.tag_ in ("NNS", "NNPS")  # (not "1 Green, 1 Red": containers of a recipe)
    )


def _capitalised(token: Token) -> bool:
    return token.is_alpha and any(ch.isupper() for ch in token.text)


def _list_item_or_label(span: Span, counted: Token | None) -> bool:
    """A list item or heading ("2.", "15.", "1) Unlike Cruz", "Meal 1"), or a label after a
    capitalised word that the number modifies nothing of ("AM 970", "LC 500"), or a model
    or code joined to capitals by a dash ("GLP-1", "F-16", "B-52")."""
    line, start = _line(span)
    before = line[: span.start_char - start].strip()
    after = line[span.end_char - start :].strip()
    if not before and (not after or after[:1] in ".)" and after[1:2] in ("", " ")):
        return True  # a numbered item or heading
    if len(line.split()) <= 3 and not after and span.doc[span.start - 1].is_title:
        return True  # a heading: "Meal 1"
    if after[:1] == ")" and not before.endswith("("):
        return True  # "for two reasons: 1) ..."
    doc = span.doc
    if span.start == 0:
        return False
    previous = doc[span.start - 1]
    if re.search(r"[A-Z]-$", line[: span.start_char - start]):
        return True  # "GLP-1", "F-16"
    return not _counts_things(span, counted) and _is_label(previous)  # "AM 970", "iPhone 11"


def _counts_things(span: Span, counted: Token | None) -> bool:
    """Whether the number counts a plural common noun after it ("10-20 people", "4 victims")."""
    return counted is not None and counted.i > span.start and counted.tag_ == "NNS"


def _is_label(token: Token) -> bool:
    """A capitalised word, not a sentence's first, that is no name of a person, party, place
    or organisation: what a number after it belongs to ("AM 970", "Fight for 15")."""
    return (
        _capitalised(token)
        and (len(token) > 1 or not token.is_upper)
        and not token.is_sent_start
        and token.ent_type_ not in _HOLDERS
        and token.pos_ in ("NOUN", "PROPN", "VERB")
    )


def _citation(span: Span) -> bool:
    """A bare number in brackets: a citation ("(26)", "[3]"), a tiebreak ("7-6 (5)"), a rank
    ("4. Ben Carson (3.)")."""
    full = doc_text(span.doc)
    before = full[span.start_char - 1 : span.start_char]
    after = full[span.end_char : span.end_char + 2]
    return before in ("(", "[") and (after[:1] in (")", "]") or after in (".)", ".]"))


def _score(span: Span) -> bool:
    """A score, a record or a tally written "6-4", "(4-0)", "41-40" or "Jets 2, Predators 1"
    that counts no noun (in a sentence about polls, "Trump 45, Clinton 41" is a result)."""
    line, start = _line(span)
    begin, end = span.start_char - start, span.end_char - start
    if any(m.start() < end and begin < m.end() for m in _PAIR.finditer(line)):
        return True
    teams = any(m.start() < end and begin < m.end() for m in _TEAMS.finditer(line))
    return teams and not any(t.lower_ in SHARE_CONTEXT for t in span.sent)


def _descriptor(span: Span) -> bool:
    """ "a 5-year plan", "a two-person race", "zero-interest rates": a number joined by a dash
    to a noun that describes something else."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != "-":
        return False
    following = doc[span.end + 1].lower_
    last = span[-1].lower_
    # "zero-interest rates", "a half-frozen snake"
    return following in MODIFIER_AFTER_DASH or last == "zero" or last in FRACTIONS


def _back_reference(span: Span) -> bool:
    """ "the two", "those two states", "all four": a small count after a determiner refers back
    to a group the article has named."""
    doc = span.doc
    first = span[0]
    determiner = first if first.lower_ in BACK_REFERENCE else None
    if determiner is None and span.start > 0 and doc[span.start - 1].lower_ in BACK_REFERENCE:
        determiner = doc[span.start - 1]
    numbers = [t for t in span if t.like_num]
    if determiner is None or len(numbers) != 1 or not numbers[0].is_alpha:
        return False  # "the 1,237 delegates", "the 11 battleground states": a reported count
    following = doc[span.end] if span.end < len(doc) else None
    if following is not None and following.pos_ in ("ADJ", "ADV"):
        return False  # "the five most recent polls", "the two main forms": a count
    return all(t.i in (determiner.i, numbers[0].i) for t in span)


def _age_group(span: Span) -> bool:
    """ "men under 35", "voters over 65": an age group, not a count."""
    doc = span.doc
    first = span[0].lower_
    return (
        first in ("under", "over", "above", "below")
        and span.start > 0
        and doc[span.start - 1].lower_ in AGE_GROUPS
    )


def _figure_of_speech(span: Span, reading: Reading, counted: Token | None) -> bool:
    """ "at one point", "one thing", "in one case"; "100 percent committed"; "zero experience";
    "one or more of the governors"; "a year or two", "a fighter or aircraft or two"."""
    doc = span.doc
    if reading.value == 1 and counted is not None and lemma(counted) in GENERIC_NOUNS:
        return True
    if reading.value == 0 and counted is not None and counted.tag_ == "NN":
        return True  # "zero foreign policy experience": nothing counted
    if reading.unit == "%" and reading.value is not None and reading.value >= 100:
        root = span.root
        head = root.head
        if (
            root.dep_ in ("advmod", "npadvmod", "amod", "acomp")
            and head.pos_ in ("ADJ", "VERB", "AUX")
            and lemma(head) not in CHANGE_VERBS
        ):
            return True
    if span.start >= 2 and [t.lower_ for t in doc[span.start - 2 : span.start]] == ["by", "the"]:
        return True  # "by the dozen", "by the thousands"
    if re.fullmatch(r"\d+K", span.text):
        return True  # "4K video": a format, not four thousand
    following = doc[span.end] if span.end < len(doc) else None
    if span[0].lower_ == "one" and following is not None:
        return following.lower_ == "of"  # "one or two of the governors": which, not how many
    if span.start >= 2 and doc[span.start - 1].lower_ == "or":
        previous = doc[span.start - 2]
        # "a year or two", "a fighter or aircraft or two"
        return previous.pos_ == "NOUN" and (counted is None or counted.i == previous.i)
    return False
