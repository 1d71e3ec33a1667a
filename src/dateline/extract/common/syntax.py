"""Parse helpers every layer shares: lemmas the small English model gets wrong, passives it
mislabels, and subjects it hangs in the wrong place.

Hand-written: each repair follows a misreading of news sentences by `en_core_web_sm` that no
library corrects.
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Token

from dateline.lexicon import speech_verbs, table

# Forms the small model lemmatizes wrongly ("hoping" -> "hop"): data/parse_repairs.txt,
# keyed by the string id of the lowercase form (`token.lower`), as every lemma asked for is
# kept by the id of the model's lemma: `lemma` runs for most tokens of every layer, and ids
# spare it two string-store look-ups a call.
_LEMMA_FIXES = {
    get_string_id(form): fixed for form, fixed in table("parse_repairs.txt", "lemma-fixes").items()
}
_LOWERED: dict[int, str] = {}
_LOWERED_MAX = 500_000  # lemmas kept; a long run over a large corpus starts afresh past it


def lemma(token: Token) -> str:
    """The token's lemma, lowercased, with the small model's misreadings put right."""
    fixed = _LEMMA_FIXES.get(token.lower)
    if fixed is not None:
        return fixed
    lowered = _LOWERED.get(token.lemma)
    if lowered is None:
        if len(_LOWERED) >= _LOWERED_MAX:
            _LOWERED.clear()
        lowered = _LOWERED[token.lemma] = token.lemma_.lower()
    return lowered


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, active or passive, as the parse has it."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    return None


def is_passive(verb: Token) -> bool:
    """A passive verb ("was killed", "is expected to"), but not "He's said he ...", "he's
    predicted big wins", "she's spoken out" (has said), which the parse takes for one: after
    "'s" a clause, an object, a particle or a past-tense tag marks "has"."""
    auxiliaries = [c for c in verb.children if c.dep_ == "auxpass"]
    if not auxiliaries:
        return any(c.dep_ == "nsubjpass" for c in verb.children)
    if auxiliaries[0].lower_ not in ("'s", "\u2019s"):
        return True
    if verb.lemma_ in _THOUGHT_VERBS and any(
        c.lower_ == "it" and c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    ):
        return True  # "It's believed (that) ...": no one "has believed" with an "it"
    perfect = verb.tag_ == "VBD" or any(c.dep_ in ("ccomp", "dobj", "prt") for c in verb.children)
    return not perfect


# Verbs of thought that an expletive "it's" makes passive ("it's believed", "it's feared").
_THOUGHT_VERBS = frozenset(
    {"believe", "think", "expect", "fear", "feel", "hope", "suspect", "understand", "estimate"}
)


def misparsed_subject(verb: Token) -> Token | None:
    """The subject of a main verb that the parser hung on it as a reduced relative: with a
    noun left as the sentence's root ("Thousands of Turkish troops backed by warplanes
    crossed into Iraq to attack ...", "A senior commander threatened on Wednesday to close
    ..."), or before a trailing attribution ("..., Turkish military sources said"): an
    active verb in the past tense or with an object or a complement of its own. Not "five
    people killed in a blast", a participle with neither."""
    if verb.dep_ != "acl" or verb.head.i > verb.i:
        return None
    if any(c.dep_ in ("agent", "nsubjpass", "auxpass") for c in verb.children):
        return None
    acts = verb.tag_ == "VBD" or any(
        c.dep_ in ("dobj", "ccomp")
        or (c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children))
        for c in verb.children
    )
    if not acts:
        return None
    root = verb.sent.root
    if root.pos_ in ("NOUN", "PROPN") and root.i < verb.i:
        return root
    subject = verb.head  # climb "troops backed by warplanes" to the phrase's head
    for _ in range(6):
        if subject.dep_ == "nsubj" or subject.head.i == subject.i:
            break
        if subject.dep_ not in ("pobj", "prep", "acl", "agent", "compound", "conj"):
            return None
        subject = subject.head
    speaker_verb = subject.head
    if (
        subject.dep_ == "nsubj"
        and speaker_verb.i > verb.i
        and speaker_verb.lemma_.lower() in speech_verbs()
    ):
        return subject  # "... crossed into Iraq to attack bases, Turkish sources said"
    return None
