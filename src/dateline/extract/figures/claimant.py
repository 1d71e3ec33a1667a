"""Who puts forward a figure that no quote holds: an estimator, an estimate's owner, a poll."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from dateline.extract.common.referents import EntityIndex, Referent, noun_phrase, resolve
from dateline.extract.common.syntax import lemma
from dateline.extract.figures.rules import CITING_VERBS, ESTIMATE_NOUNS, ESTIMATING_VERBS


def find_estimator(span: Span, index: EntityIndex, quotes: list[dict[str, Any]]) -> Referent | None:
    """Who puts forward a figure no quote holds: the subject of an estimating verb above it,
    the owner or the subject of a verb acting on a forecast or estimate, or a poll, survey or
    study the clause names as its setting. The figure's own clause is searched, and the clause
    above a participle."""
    doc = span.doc
    token = span.root
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in ("NOUN", "PROPN") and lemma(token) in ESTIMATE_NOUNS | {"figure"}:
            owner = _owner_of_estimate(token)  # "the IMF's estimate", "the figure X cited"
            if owner is not None:
                return _resolve_body(owner, index, quotes)
        if token.pos_ not in ("VERB", "AUX"):
            continue
        estimate = next(
            (
                c
                for c in token.children
                if c.dep_ in ("dobj", "nsubj")
                and lemma(c) in ESTIMATE_NOUNS
                and not _holds(c, span)  # ("conducted five inmate counts": what is counted)
            ),
            None,
        )
        subjects = [
            _past_credit(c) for c in token.children if c.dep_ == "nsubj" and not _holds(c, span)
        ]  # ("4 in 10 Republicans ..., the poll found": the Republicans are what is counted)
        subject = estimate if estimate in subjects else next(iter(subjects), None)
        if subject is not None and (
            lemma(token) in ESTIMATING_VERBS or (estimate is not None and estimate != subject)
        ):
            return _resolve_body(subject, index, quotes)
        if estimate is not None and estimate.dep_ == "nsubj":  # "the poll shows", "data show"
            return resolve(doc, noun_phrase(estimate), index, quotes)
        for child in _clause_preps(token):  # "in the previous Washington Post poll, ..."
            if child.lower_ in ("in", "according"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and lemma(pobj) in ESTIMATE_NOUNS:
                        return resolve(doc, noun_phrase(pobj), index, quotes)
        if token.tag_ in ("VBN", "VBG") and token.dep_ in _NONFINITE_LINKS:
            continue  # "the survey found Trump the winner ..., followed by Cruz with 25 percent",
            # "the poll shows Trump leading Clinton 44 percent to 37 percent"
        break  # only the figure's own clause
    return None


def _past_credit(subject: Token) -> Token:
    """The subject, past a wire's credit the parse took for it: in "ABUJA (Reuters) - Benue
    State's emergency agency revised ...", the agency."""
    doc = subject.doc
    credited = (
        0 < subject.i < len(doc) - 2
        and doc[subject.i - 1].text == "("
        and doc[subject.i + 1].text == ")"
        and doc[subject.i + 2].text in ("-", "–", "—")
    )
    if credited:
        for child in subject.children:
            if child.dep_ == "appos" and child.i > subject.i:
                return child
    return subject


# How a participle hangs on the clause it belongs to.
_NONFINITE_LINKS = frozenset({"advcl", "acl", "conj", "xcomp", "ccomp", "pcomp"})


def _clause_preps(verb: Token) -> list[Token]:
    """The prepositions of a verb's own clause, at any depth ("backed by 34% of voters in the
    RealClearPolitics average"), not those of a clause inside it."""
    found = []
    for token in verb.subtree:
        if token.dep_ != "prep" or token.i == verb.i:
            continue
        above = token.head
        while above.i != verb.i and above.pos_ not in ("VERB", "AUX"):
            above = above.head
        if above.i == verb.i:
            found.append(token)
    return found


def _holds(noun: Token, span: Span) -> bool:
    """Whether a noun is the figure's own phrase or what it counts."""
    return noun.left_edge.i <= span.start and span.end - 1 <= noun.right_edge.i


def find_owner(span: Span, index: EntityIndex, quotes: list[dict[str, Any]]) -> Referent | None:
    """Whose figure a number is, where the sentence says so on the number's own noun: "the
    health ministry's figure of 402", "the toll of 112 given by the health ministry". Such a
    figure is its owner's even inside another speaker's quote (the monitor who says "more
    than 600, against the ministry's figure of 402" claims the 600, not the 402)."""
    number = span.root
    given = _given_by(number)
    if given is not None:  # "the toll of 112 given by the health ministry"
        return resolve(span.doc, noun_phrase(given), index, quotes)
    if number.dep_ == "pobj" and number.head.lower_ == "of":
        noun = number.head.head
    elif number.dep_ == "appos":
        noun = number.head
    else:
        return None
    if noun.pos_ not in ("NOUN", "PROPN") or lemma(noun) not in ESTIMATE_NOUNS | {"figure"}:
        return None
    owner = _owner_of_estimate(noun)
    if owner is None:
        return None
    return _resolve_body(owner, index, quotes)


def _resolve_body(noun: Token, index: EntityIndex, quotes: list[dict[str, Any]]) -> Referent | None:
    """The referent of a claimant's noun; a body named by its kind ("the health ministry") is
    not the nearest organisation of another kind the article names."""
    phrase = noun_phrase(noun)
    found = resolve(noun.doc, phrase, index, quotes)
    if found is not None and noun.pos_ == "NOUN" and noun.lower_ not in found.name.lower():
        return Referent(phrase.text, phrase.start_char, phrase.end_char, None)
    return found


def _given_by(token: Token) -> Token | None:
    """The agent of a participle on the token: "112 given by the health ministry"."""
    for child in token.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":
            for agent in child.children:
                if agent.dep_ == "agent":
                    found = next((g for g in agent.children if g.dep_ == "pobj"), None)
                    if found is not None and found.pos_ in ("PROPN", "NOUN"):
                        return found
    return None


def _owner_of_estimate(noun: Token) -> Token | None:
    """Whose estimate: its possessor ("the IMF's estimate"), its by-phrase ("the toll ...
    given by the ministry"), or the subject of the clause that cites it ("the $53 million
    figure McKinley cited")."""
    given = _given_by(noun)
    if given is not None:
        return given
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            found = next((g for g in child.children if g.dep_ == "pobj"), None)
            if found is not None and found.pos_ in ("PROPN", "NOUN"):
                return found
        if child.dep_ in ("relcl", "acl") and lemma(child) in CITING_VERBS:
            subject = next((g for g in child.children if g.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ not in ("that", "which", "who"):
                return subject
    return None
