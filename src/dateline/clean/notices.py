"""Notices: the lines in which a news page speaks to its reader about itself.

Membership and donation appeals, paywall and ad-free statements, "we are banned in ..."
notices, newsletter boxes, cookie banners and comment prompts are often long, well-formed
prose: length and sentence shape do not tell them from the article. What does is who speaks
to whom about what. A notice addresses the reader ("you", "your support"), or the outlet
speaks of itself ("we", "our newsroom", the outlet's own name), about the relationship between
the two (support, money for journalism, access, consent, newsletters, sharing), or calls the
reader to act ("Support us", "Choose an amount"). The article's narration does neither: its
"we" and "you" stand inside quotation marks, in the mouths of the people it quotes.

So a line is read outside its quotations and scored on three counts: address (second person,
first person plural, the outlet's name), topic (the vocabulary in ``data/notices.txt``) and a
call to act (an imperative opening a sentence). A short line that is a widget's label or
option ("$10 a month", "Remind me later", "Visa, Mastercard, PayPal") is a notice by its shape.
The plain-text cleaner (``clean/text.py``) gives the position: where notices stand, at the
edges of the article or as a block inside it.

Hand-written: no library classifies reader-revenue or consent notices in text; boilerplate
detectors (jusText, trafilatura) judge by length, link density and markup, which a dump lacks
and which a long appeal passes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dateline.lexicon import section_lines

__all__ = ["NoticeSignal", "notice_signal"]

# Quotations: “...”, "...", ''...'' (as some papers' archives write them), and ‘...’ opened
# at a word boundary; an opening mark with no
# closing one runs to the end of the line (a quotation continued in the next paragraph).
_QUOTED = re.compile(
    r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)|«[^»]*(?:»|$)|''.*?(?:''|$)|(?<!\w)‘[^’]*(?:’(?!\w)|$)"
)
_WORD = re.compile(r"[\w'’]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+)[\"“‘(]?(\w+)")
_BUTTON_WORDS = 8  # a label or an option is short
_SHORT_WORDS = 12


def _in_name(text: str, match: re.Match[str]) -> bool:
    """A capitalised pronoun inside a sentence belongs to a name ("For Our Future")."""
    if not match.group(0)[0].isupper():
        return False
    before = text[: match.start()].rstrip()
    return bool(before) and before[-1] not in '.!?:;"“‘('


@dataclass(frozen=True)
class NoticeSignal:
    address: int  # "you", "we", the outlet's name, outside quotations
    core: int  # words only the outlet-reader relationship uses (donate, paywall, newsletter)
    topic: int  # words that add to them (support, offer, share), core ones included
    act: bool  # a sentence opens with a call to act
    button: bool  # the whole line is a widget label or an option
    amount: bool  # the whole line is a bare amount of money
    short: bool  # a line of a few words: a heading, a label, a button

    @property
    def strong(self) -> bool:
        """The line is a notice on its own."""
        if self.button:
            return True
        if not self.core:
            return False
        return self.address >= 1 and self.topic >= 2 or self.address >= 2 or self.act

    @property
    def emphatic(self) -> bool:
        """A notice even standing alone between two paragraphs: it calls the reader to act on
        the outlet-reader relationship ("Support independent journalism: donate now")."""
        return self.button or self.core >= 1 and self.act

    @property
    def plain(self) -> bool:
        """A notice by its vocabulary and form alone, whoever speaks: for pages whose own
        narration addresses the reader."""
        return self.button or self.core >= 1 and (self.act or self.core >= 2) and self.short

    @property
    def weak(self) -> bool:
        """The line could belong to a notice next to it: it speaks of the outlet and reader
        too, or it is a short line of the kind a notice carries (a heading, a button)."""
        if self.strong or self.address and (self.core or self.address >= 2 and self.topic):
            return True
        return (
            self.amount or self.short and bool(self.address or self.topic or self.act or self.core)
        )


@lru_cache(maxsize=1)
def _lexicon() -> tuple[
    frozenset[str],
    re.Pattern[str],
    re.Pattern[str],
    frozenset[str],
    re.Pattern[str],
    re.Pattern[str],
]:
    data = section_lines("notices.txt")
    pronouns = frozenset(
        word.lower()
        for section in ("reader", "outlet")
        for line in data[section]
        for word in line.split()
    )
    core, topic, button, amount = (
        re.compile("|".join(f"(?:{p})" for p in data[name]), re.I)
        for name in ("core", "topic", "button", "amount")
    )
    acts = frozenset(word.lower() for line in data["act"] for word in line.split())
    return pronouns, core, topic, acts, button, amount


def notice_signal(line: str, outlet_names: tuple[str, ...] = ()) -> NoticeSignal:
    """How much ``line`` reads as the page speaking to its reader about itself."""
    pronouns, core, topic, acts, button, amount = _lexicon()
    own = _QUOTED.sub(" ", line)
    matches = list(_WORD.finditer(own))
    address = sum(
        match.group(0).lower().replace("’", "'") in pronouns and not _in_name(own, match)
        for match in matches
    )
    if outlet_names:
        lowered = own.lower()
        address += sum(lowered.count(name) for name in outlet_names if name)
    act = any(
        m.group(1).lower() in acts and m.group(1)[0].isupper()
        for m in _SENTENCE_START.finditer(own)
    )
    short = len(matches) <= _SHORT_WORDS
    if not (short or address or act):
        # a paragraph that neither addresses the reader nor calls to act is no notice and
        # joins none, whatever its words (the vocabulary is not read: most lines are these)
        return NoticeSignal(0, 0, 0, False, False, False, False)
    stripped = line.strip()
    n_core = len(core.findall(own))
    return NoticeSignal(
        address=address,
        core=n_core,
        topic=n_core + len(topic.findall(own)),
        act=act,
        button=len(matches) <= _BUTTON_WORDS and bool(button.search(stripped)),
        amount=len(matches) <= _BUTTON_WORDS and bool(amount.search(stripped)),
        short=short,
    )
