"""What a figure counts, from the dependency parse: the counted noun and the words of what
happened to it, looked up in data/figure_categories.txt."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from dateline.extract.common.numbers import CURRENCY_WORDS, FRACTIONS, Reading
from dateline.extract.common.syntax import lemma
from dateline.extract.figures.rules import HOMES, TALLY_NOUNS, VAGUE_WORDS
from dateline.lexicon import section_lines


@lru_cache(maxsize=1)
def lexicon() -> list[tuple[str, frozenset[str]]]:
    """Each category of data/figure_categories.txt with its words, in file order (the first
    matching category wins)."""
    return [
        (name, frozenset(word for line in lines for word in line.lower().split()))
        for name, lines in section_lines("figure_categories.txt").items()
    ]


def categories() -> tuple[str, ...]:
    """Every category a figure can be given, in the lexicon's order, then MONEY, PERCENT and
    OTHER."""
    return (*(name for name, _ in lexicon()), "MONEY", "PERCENT", "OTHER")


def category_of(span: Span, reading: Reading) -> tuple[str, Token | None]:
    """(category, the counted noun) from the parse."""
    if reading.unit == "%":
        return "PERCENT", _counted_noun(span)
    if reading.unit is not None or span.label_ == "MONEY":
        return "MONEY", None
    counted = _counted_noun(span)
    part = partitive(span)
    if part is not None:  # "Three of the dead were firefighters": dead firefighters
        whole, noun = part
        for name, lemmas in lexicon():
            if lemma(whole) in lemmas or whole.lower_ in lemmas:
                return name, noun
        return "OTHER", noun  # ("27 of them were children": the figure before says of what)
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if span[-1].lower_ == "times" or (after is not None and after.lower_ == "times"):
        return "OTHER", counted  # "10 times as many cases": a factor, not a count
    if counted is not None and counted.lower_ in CURRENCY_WORDS:
        return "MONEY", counted  # "hundreds of thousands of dollars"
    if counted is not None and counted.lower_ in TALLY_NOUNS:
        return "OTHER", counted  # delegates, votes, seats: a tally, not people an event befell
    if (
        counted is not None
        and counted.tag_ == "NN"
        and (reading.value or 0) > 1
        and not _names_people(counted)
    ):
        return "OTHER", counted  # "the 1,237 mark", "a 26-delegate advantage": a measure
    for word in _context_words(span, counted):
        for name, lemmas in lexicon():
            if word in lemmas:
                return name, counted
    return "OTHER", counted


def partitive(span: Span) -> tuple[Token, Token] | None:
    """(the whole, the part's noun) of a figure that names a part of a whole counted before:
    "Three of the dead were volunteer firefighters", "at least 27 of them were children",
    "Of the dead, 12 were women"."""
    number = _number_token(span)
    verb = number.head
    if number.dep_ != "nsubj" or lemma(verb) != "be":
        return None
    noun = next((c for c in verb.children if c.dep_ == "attr" and c.tag_ == "NNS"), None)
    if noun is None:
        return None
    for head in (number, verb):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                whole = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if whole is not None:
                    return whole, noun
    return None


def _number_token(span: Span) -> Token:
    fractions = [t for t in span if t.lower_ in FRACTIONS]  # "two-thirds of": the "thirds"
    if fractions:
        return fractions[-1]
    numbers = [t for t in span if t.like_num or t.lower_ in VAGUE_WORDS]
    return numbers[-1] if numbers else span.root


def _counted_noun(span: Span) -> Token | None:
    """ "12,000 villagers" -> villagers; "thousands of people" -> people."""
    number = _number_token(span)
    if number.dep_ == "nummod" and number.head.pos_ in ("NOUN", "PROPN", "ADJ"):
        return number.head
    if number.dep_ == "conj" and number.head.dep_ == "nummod":  # "10 and 20 protesters"
        return number.head.head
    for token in (number, span.root):
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
    if span.root.dep_ == "nummod" and span.root.head.pos_ in ("NOUN", "PROPN"):
        return span.root.head
    return None


def _context_words(span: Span, counted: Token | None) -> list[str]:
    """Lemmas that tell what is counted: first what happened (the verb the number or its noun
    serves, the noun a "to"/"of" phrase hangs on), then what the noun is ("protesters were
    injured" counts WOUND; "refugees crossed" counts REFUGEE)."""
    number = _number_token(span)
    anchor = counted if counted is not None and counted.head != number else number
    while anchor.dep_ == "appos" and anchor.head.i != anchor.i:
        anchor = anchor.head  # "GENEVA (AFP) - Some 1.9 million people ... have been displaced"
    if anchor.dep_ == "pobj" and anchor.head.lower_ in _PART_OF:
        whole = anchor.head.head  # "31 people, including 11 children, were killed"
        if whole.pos_ in ("NOUN", "PROPN") and whole.head.i != whole.i:
            anchor = whole
    event: list[str] = []
    head = anchor.head
    if anchor.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "conj", "npadvmod"):
        event += _verb_words(head)
    elif anchor.dep_ == "pobj":
        governor = head.head
        if governor.dep_ in ("advmod", "prt") and governor.head.pos_ == "VERB":
            governor = governor.head  # "revised the death toll down to 25"
        event.append(lemma(governor))  # "displacement of 200,000", "rose to 40"
        if governor.pos_ == "VERB":
            event += _verb_words(governor)
        elif lemma(governor) in _TALLIES and governor.head.pos_ == "VERB":
            event += _verb_words(governor.head)  # "a total of 912 migrants have died"
    elif anchor.dep_ in ("acl", "relcl", "amod", "ROOT"):
        event += _verb_words(anchor)
    if anchor is not number and number.dep_ in ("nsubj", "nsubjpass", "dobj"):
        event += _verb_words(number.head)  # "Hundreds of people were arrested"
    kind: list[str] = []
    if counted is not None:
        kind += [lemma(counted), counted.lower_]
        for child in counted.children:
            if child.dep_ == "amod" and child.tag_ == "VBN":
                event.insert(0, lemma(child))  # "12,000 displaced people": what happened
            elif child.dep_ in ("amod", "compound"):
                kind += [lemma(child), child.lower_]
            if child.dep_ in ("acl", "relcl"):  # "12,000 people displaced by the floods"
                event += _verb_words(child)
    return event + kind


# Prepositions of a part of a counted whole: "31 people, including 11 children, were killed"
# counts the children as the people are counted.
_PART_OF = frozenset({"including", "among"})
# Nouns of a country's border, crossed by people fleeing: "crossed into the country".
_BORDER_NOUNS = frozenset({"country", "border", "frontier"})
# Nouns of a count whose "of" phrase says what is counted ("the number of people killed").
_TALLIES = frozenset({"number", "total", "tally", "count", "figure", "toll"})
# Where evacuees are taken: "moved to shelters" is an evacuation.
_SHELTERS = frozenset({"shelter", "evacuation centre", "evacuation center"})
# Verbs of people fleeing: into another country, they are refugees ("fled into Tanzania";
# "5,200 Mozambicans had crossed into Tanzania", a nationality crossing a border).
_FLEEING = frozenset({"flee", "escape"})


def _names_people(noun: Token) -> bool:
    """A noun that is itself a category's word for people ("58 of the dead", "the
    injured"), not a measure ("the 1,237 mark")."""
    return any(lemma(noun) in words or noun.lower_ in words for _, words in lexicon())


def _described(noun: Token) -> list[str]:
    """What a noun's own modifiers say happened to it: "people killed", "those displaced",
    "the number of people killed" (through its "of" phrase)."""
    words = [lemma(c) for c in noun.children if c.dep_ in ("acl", "relcl", "amod")]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    words += [lemma(obj)] + [
                        lemma(c) for c in obj.children if c.dep_ in ("acl", "relcl", "amod")
                    ]
    return words


def _verb_words(verb: Token) -> list[str]:
    words = [lemma(verb), verb.lower_]
    fleeing = lemma(verb) in _FLEEING or (
        lemma(verb) == "cross"  # (crossing is no flight by itself: "troops crossed into")
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ == "NORP" for c in verb.children)
    )
    if fleeing and any(
        c.dep_ == "prep"
        and c.lower_ in ("into", "across")
        and any(o.ent_type_ == "GPE" or lemma(o) in _BORDER_NOUNS for o in c.children)
        for c in verb.children
    ):
        words.insert(0, "refugee")
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj", "acomp", "oprd", "xcomp"):
            words.append(lemma(child))
            if child.dep_ in ("acomp", "oprd"):
                words.append(child.lower_)  # "40 were missing" ("missing", not "miss")
            words += [lemma(c) for c in child.children if c.dep_ == "compound"]
            if lemma(child) in _TALLIES:  # "the number of people killed has risen to 745"
                words += _described(child)
        if child.dep_ == "advcl" and any(m.lower_ == "as" for m in child.children):
            words.append(lemma(child))  # "had registered as displaced"
        if child.dep_ == "prep" and child.lower_ in ("among", "as"):
            # "37 children were among the dead", "registered as displaced"
            words += [w for c in child.children for w in (lemma(c), *_described(c))]
        if child.dep_ == "prep" and child.lower_ in ("to", "into"):  # "moved to shelters"
            if any(lemma(c) in _SHELTERS for c in child.children):
                words.append("evacuate")
        if child.dep_ == "prep" and child.lower_ == "from":  # "forced from their homes"
            if any(lemma(c) in HOMES for c in child.children):
                words.append("displace")
    if verb.dep_ in ("xcomp", "conj") and verb.head.pos_ == "VERB":
        words.append(lemma(verb.head))
    return words
