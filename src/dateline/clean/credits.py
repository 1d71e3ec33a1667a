"""Wire-agency credits: "(AFP, dpa)" or "— AP" at the foot of an article, "NAIROBI (Reuters) -"
at its head, an agency alone on the last line, and the credit lines agencies and papers write
under a story ("Reporting by ...; Editing by ...", "Additional reporting by ...", "... contributed
to this report", "With files from ...", "This report by The Canadian Press was first published
..."). An agency named inside a sentence ("Interfax reported") is a source, not a credit, so only
those positions are read.

Hand-written: no library recognises wire credits; the agency list is data/agencies.txt.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dateline.lexicon import lines

# A caption ends with its picture's credit: "... on Sunday. (Jane Roe/The Courier)",
# "... in Odesa port. Photo: State Emergency Service", "Photograph: Jane Roe for The Courier",
# "... in Montreal. ( THE CANADIAN PRESS FILE PHOTO )"; a video's ends with its running time
# ("... the opioid crisis. 10:43").
_PICTURE_CREDIT = re.compile(
    r"(?:\((?:[A-Z][\w.'’-]*\s?){1,4}/[^()/]{2,40}\)"
    r"|\b(?:Photo|Photograph|Image|Picture|Illustration)s?\s*:\s*[^.:]{2,80}"
    r"|\([^()]{0,60}\b(?i:photo|photograph)\b[^()]{0,20}\)"
    r"|(?<=[.!?])\s+\d{1,2}:\d{2})\s*$"
)


def ends_with_picture_credit(line: str) -> bool:
    """A line that ends as a caption does, with its picture's credit or video's length."""
    return bool(_PICTURE_CREDIT.search(line))


@lru_cache(maxsize=1)
def _agencies() -> dict[str, str]:
    """Every written form -> the canonical agency name."""
    forms: dict[str, str] = {}
    for line in lines("agencies.txt"):
        names = [name.strip() for name in line.split("|") if name.strip()]
        for name in names:
            forms.setdefault(name, names[0])
    return forms


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    agency = (
        "(?:" + "|".join(re.escape(f) for f in sorted(_agencies(), key=len, reverse=True)) + ")"
    )
    joiner = r"(?:\s*[,/;&+]\s*|\s+and\s+|\s+with\s+)"
    group = rf"{agency}(?:{joiner}{agency})*"
    # A whole paragraph that is only a credit: "(Reuters, AFP)", "— AP", "Xinhua", "With AFP".
    foot_line = re.compile(
        rf"^\s*(?:[-—–]+\s*)?(?:\(\s*)?(?:(?i:with|source|sources|agencies)\s*:?\s+)?"
        rf"(?P<credit>{group})(?:\s*\))?\s*\.?\s*$"
    )
    # A credit closing the last paragraph: "... he said. (AFP)" / "... he said. — Reuters".
    foot_tail = re.compile(
        rf"[.!?\"”’]\s*(?:\(\s*(?P<paren>{group})\s*\)|[—–]\s*(?P<dash>{group}))\s*$"
    )
    # The head of the first paragraph: "NAIROBI, Kenya (AP) —", "(Reuters) -",
    # "BEIJING, Nov 19 (Xinhua) --".
    # "Guwahati (Assam) [India], July 5 (ANI):" and "New Delhi, May 28 (PTI) The ..." too.
    head = re.compile(
        rf"^[^\n]{{0,80}}?\(\s*(?P<credit>{group})\s*\)\s*(?:[-—–]{{1,2}}|:|(?=[A-Z\"“]))"
    )
    return foot_line, foot_tail, head


@lru_cache(maxsize=1)
def _any_agency() -> re.Pattern[str]:
    forms = "|".join(re.escape(f) for f in sorted(_agencies(), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{forms})(?!\w)")


# Credit lines that name people, and agencies only sometimes.
_STAFF_LINE = re.compile(
    r"^\(?\s*(?:(?:additional|further)\s+)?(?:reporting|writing|editing|compiled|translated|"
    r"research|fact-checking)\s+by\b[^\n]{0,400}?\)?\.?$"
    r"|\bcontributed\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article)\.?\)?$"
    r"|^\(?with (?:files|reporting|additional reporting|input) from\b[^\n]{0,200}$"
    r"|^this (?:report|story|article) (?:by|from) [^\n]{1,80}? was (?:first )?published\b",
    re.I,
)


@lru_cache(maxsize=1)
def _initials_line() -> re.Pattern[str]:
    """An agency's name and its staff's initials: "PTI ABA SJK RT"."""
    return re.compile(rf"^{_any_agency().pattern}(?:\s+[A-Z]{{2,4}}){{1,6}}$")


def credit_line(line: str) -> list[str] | None:
    """The agencies a credit line under a story names ([] for "Reporting by Jane Roe; Editing
    by John Doe", which names none), or None when the line is no credit line."""
    foot_line, _, _ = _patterns()
    whole = foot_line.match(line)
    if whole:
        return _names(whole.group("credit"))
    if _initials_line().match(line) or (len(line) <= 400 and _STAFF_LINE.search(line)):
        return _names(line)
    return None


def _names(group: str) -> list[str]:
    agencies = _agencies()
    found = []
    for match in _any_agency().finditer(group):
        name = agencies[match.group(0)]
        if name not in found:
            found.append(name)
    return found


def find_credits(text: str) -> list[str]:
    """Canonical names of the agencies credited in an article body, head first."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    if not paragraphs:
        return []
    foot_line, foot_tail, head = _patterns()
    credits: list[str] = []

    def add(group: str) -> None:
        for name in _names(group):
            if name not in credits:
                credits.append(name)

    match = head.match(paragraphs[0])
    if match:
        add(match.group("credit"))
    for paragraph in paragraphs[-3:]:  # credit lines sit in the last few paragraphs
        for name in credit_line(paragraph) or []:
            if name not in credits:
                credits.append(name)
    tail = foot_tail.search(paragraphs[-1])
    if tail:
        add(tail.group("paren") or tail.group("dash"))
    return credits


def credits_from_author(author: str) -> list[str]:
    """Agencies given as the page's author ("Reuters", "AFP staff")."""
    foot_line, _, _ = _patterns()
    match = foot_line.match(author.replace(" staff", "").replace(" Staff", ""))
    return _names(match.group("credit")) if match else []
