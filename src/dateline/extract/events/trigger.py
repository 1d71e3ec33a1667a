"""The trigger record: the words of a sentence that a CAMEO code was read from, shared by the
trigger finder, the grammar that finds its actors and the checks that keep or drop it."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token


@dataclass
class Trigger:
    code: str
    verb: Token  # the verb the event hangs on: the trigger verb, or the noun's carrier/frame
    tokens: list[Token]  # the words that code it, for `action`
    objects: frozenset[str]  # object words the lexicon entry used (not targets)
    noun: Token | None = None
