"""Quote frames from the dependency parse: a cue with its speaker phrase and its content span.

A frame is what one cue in the parse attributes, before quotation marks and speakers are
joined in (`quotes.extract_quotes`):
- a reporting verb (data/cue_verbs.txt) with its subject (the speaker) and its clausal
  complement (the content): "X said (that) ...", "X told reporters ...", "..., X said.", "As
  X noted, ...", "it was said by X that ...", "X urged Y to ...";
- a verb of judging or taking a position with its object ("X criticized the plan", "X sees
  Trump as a threat", "the super PAC supporting Bush", "the plan was endorsed by X");
- "according to X, ..."; a stance or statement noun with its owner ("X's attack on Y", "his
  claim that ...", "made the case that"); the medium a finding comes in ("In a new poll, ...");
- attributions to no one: an impression or an agentless stance passive ("Indiana appears to
  be a break from the norm", "rivals are expected to quit"), "reportedly", a question put by
  someone unnamed ("Asked about ..."), whose speaker is None.

Verb cues and "according to" are read here; noun and adjective cues in `nominal`,
attributions to no one named in `unsourced`, speakers in `speakers`, the spans of
contents in `parts`, title lines in `headlines`.

Hand-written: no library reads attribution frames off a spaCy parse; the small model's
misreadings (reduced relatives, clausal subjects, "hoping" -> "hop") are repaired here.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from dateline.extract.common.doctext import doc_text
from dateline.extract.common.referents import noun_phrase
from dateline.extract.common.syntax import is_passive, lemma
from dateline.extract.quotes.marks import QuoteSpan
from dateline.extract.quotes.nominal import (
    in_source,
    is_medium,
    noun_frame,
    stance_adjective,
    to_someone,
)
from dateline.extract.quotes.parts import (
    FINITE_TAGS,
    MARKS,
    NAMING_VERBS,
    OCCASIONS,
    RULES,
    SKIP,
    SUBJECT_DEPS,
    Content,
    Frame,
    Skip,
    chars,
    first_answer,
    is_time,
    object_phrase,
    same_paragraph,
    that_clause,
)
from dateline.extract.quotes.speakers import (
    HEDGES,
    comma_before,
    relative_pronoun,
    speaker_of,
    trailing_participle,
    verb_read_as_modifier,
)
from dateline.extract.quotes.unsourced import (
    REPUTE_VERBS,
    hedge,
    names_asker,
    names_doer,
    question,
    reportedly,
    repute,
    unsourced_passive,
)
from dateline.lexicon import (
    cue_verbs,
    object_verbs,
    objectless_verbs,
    section_lines,
    sections,
    speech_verbs,
    stance_adjectives,
)

_CONTENT_DEPS = frozenset({"ccomp", "xcomp"})


def frame_at(doc: Doc, token: Token, marks: list[QuoteSpan]) -> Frame | None:
    """The attribution whose cue is this token, if it is one."""
    frame = _frame_at(doc, token, marks)
    if frame is None and token.lower_ in _TRAILING_CUES:
        return _misread_trailing_cue(doc, token)
    return frame


_TRAILING_CUES = sections(RULES)["trailing-cues"]


def _misread_trailing_cue(doc: Doc, cue: Token) -> Frame | None:
    """ "A company gave $5,000 to the PAC, campaign finance records show.": the words
    between the last comma and a sentence-final cue are its source, the clause before the
    comma its content."""
    sentence = cue.sent
    rest = [t for t in doc[cue.i + 1 : sentence.end] if not t.is_space]
    if not rest or any(not t.is_punct for t in rest) or rest[0].text not in (".", "!"):
        return None
    comma = next((t.i for t in reversed(doc[sentence.start : cue.i]) if t.text == ","), None)
    if comma is None or not 1 <= cue.i - comma - 1 <= 8:
        return None
    source = doc[comma + 1 : cue.i]
    if not source[-1].lower_.endswith("s"):  # "records", "documents" (not "talk shows")
        return None
    content = chars(doc, sentence.start, comma, minimum=3)
    if content is None:
        return None
    return Frame(cue=[cue], speaker=source, content=content)


def _frame_at(doc: Doc, token: Token, marks: list[QuoteSpan]) -> Frame | None:
    """The cue this token makes, by its word ("according to", "in", "to", "reportedly") or
    its part of speech (a noun, an adjective, a verb)."""
    lower, pos = token.lower_, token.pos_
    if lower == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
        return _according_to(doc, token)
    if lower == "in":
        return in_source(doc, token) if token.dep_ == "prep" else None
    if lower == "to" and token.dep_ == "prep":
        return to_someone(doc, token)  # "To many, he is a provocateur"
    if lower in ("reportedly", "allegedly", "purportedly"):
        return reportedly(doc, token) if token.dep_ == "advmod" else None
    if pos == "NOUN":
        if _verb_read_as_noun(token):
            return _misread_verb_frame(doc, token)
        return noun_frame(doc, token, marks)
    if pos == "ADJ":
        return stance_adjective(doc, token) if token.lower_ in stance_adjectives() else None
    if pos not in ("VERB", "AUX"):
        return None
    return _verb_frame(doc, token, marks)


def _verb_frame(doc: Doc, token: Token, marks: list[QuoteSpan]) -> Frame | None:
    """A verb's cue: "as X put it", "X made clear that", a phrasal cue ("took a shot at"),
    then a reporting verb, attributed to no one ("is expected to") or to its speaker."""
    word = lemma(token)
    if word == "put" and any(c.lower_ == "it" for c in token.children):
        return _as_put_it(doc, token)
    if word == "make":
        return _made_clear(doc, token)
    phrasal = _phrasal_cue(doc, token)
    if phrasal is not None:
        return phrasal
    if word not in cue_verbs() and not _that_complement(token):
        return None
    if word == "cast" and not _cast_as(token):
        return None  # ("cast their ballots": an act, not a view)
    unsourced = _unsourced_reader(token, word)
    if unsourced is not None:
        return unsourced(doc, token)
    return _spoken_frame(doc, token, word, marks)


def _unsourced_reader(token: Token, word: str) -> Callable[[Doc, Token], Frame | None] | None:
    """How to read a verb that attributes to no one: an impression or an agentless passive
    ("Indiana appears to be a break from the norm", "rivals are expected to quit"), a repute
    ("a place known as Horgos"), a question put by someone unnamed ("Asked about ...")."""
    if word in HEDGES or unsourced_passive(token):
        return hedge
    if (
        word in REPUTE_VERBS
        and token.dep_ == "acl"
        and token.tag_ == "VBN"
        and not names_doer(token)
    ):
        return repute  # (not "a fact first reported by X": X's report)
    if word in ("ask", "question") and token.tag_ == "VBN" and not names_asker(token):
        return question
    return None


def _spoken_frame(doc: Doc, token: Token, word: str, marks: list[QuoteSpan]) -> Frame | None:
    """ "X said (that) ...", "..., X said.", "X criticized the plan": the verb's speaker and
    what it reports, or what a relative clause's cue says of its pronoun ("the law, which
    he called a cartel")."""
    speaker = speaker_of(token)
    relative = _relative_object(doc, token) if speaker is not None else None
    if relative is not None:  # "the law, which he called a cartel": no clause to cut
        return Frame(
            cue=_cue_tokens(doc, token),
            speaker=speaker,
            content=(relative[0][0], relative[-1][1]),
            pieces=relative,
        )
    content = _reported_content(doc, token, word, speaker, marks)
    if content is None or (speaker is None and not _generic_doer(token)):
        return None
    content = _through_mark(doc_text(doc), content, marks)
    return Frame(
        cue=_cue_tokens(doc, token),
        speaker=speaker,
        content=content,
        mention=relative_pronoun(token),
        pieces=_around_cue(doc, token, content),
    )


def _reported_content(
    doc: Doc, token: Token, word: str, speaker: Span | None, marks: list[QuoteSpan]
) -> tuple[int, int] | None:
    """What a verb with a speaker reports: a quote opening right after a speech verb, what a
    verb of speaking is about, else the verb's content in its paragraph; a quote next to a
    speech verb that the parse did not attach to it."""
    speech = speaker is not None and word in speech_verbs()
    # 'Adelson said, "They ...': a quote opening right after the cue wins over the parse
    content = _opening_after(doc, token, speaker, marks) if speech else None
    if word in _TOPIC_PREPOSITIONS and not any(c.dep_ == "prt" for c in token.children):
        # "spoke about ...": only what about; "are pushing to make it binding": what for
        content = content or _topic(doc, token) or _aim(doc, token)
    else:
        content = content or _content_of(doc, token)
    if content is not None:
        content = same_paragraph(doc_text(doc), content, token.idx)
    if content is None and speech:
        content = _adjacent_mark(doc, token, speaker, marks)
    return content


def _verb_phrases() -> dict[tuple[str, str], frozenset[str] | None]:
    """The [verb-phrases] table: (verb, particle or noun, "" for none) -> the prepositions
    whose object is the content, None for the verb's own object."""
    table: dict[tuple[str, str], frozenset[str] | None] = {}
    for line in section_lines(RULES)["verb-phrases"]:
        phrase, _, preps = line.partition("\t")
        verb, _, key = phrase.partition(" ")
        table[verb, key] = frozenset(preps.split()) if preps else None
    return table


def _preposition_table(section: str) -> dict[str, frozenset[str]]:
    """A "verb<TAB>prepositions" table of quote_rules.txt."""
    rows = (line.split("\t") for line in section_lines(RULES)[section])
    return {verb: frozenset(preps.split()) for verb, preps in rows}


# Phrasal verbs and light-verb phrases that attack, back or discuss ("took a shot at Rubio",
# "walked back the comments"), with the prepositions that name their content.
_PHRASES = _verb_phrases()
_PHRASE_VERBS = frozenset(verb for verb, _ in _PHRASES)


def _phrasal_cue(doc: Doc, verb: Token) -> Frame | None:
    """ "Romney took a shot at Trump's tax returns", "Clinton came out against the tax": a
    phrasal verb or a light verb and its noun whose content is what a preposition names."""
    word = lemma(verb)
    if verb.pos_ != "VERB" or word not in _PHRASE_VERBS:
        return None
    keys = [c for c in verb.children if c.dep_ in ("prt", "dobj")]
    found = next(
        ((c, _PHRASES[word, lemma(c)]) for c in keys if (word, lemma(c)) in _PHRASES), None
    )
    if found is None and (word, "") in _PHRASES and not any(c.dep_ == "prt" for c in verb.children):
        found = (verb, _PHRASES[word, ""])
    speaker = speaker_of(verb) if found is not None else None
    if found is None or speaker is None:
        return None
    key, preps = found
    if preps is None:
        content = _object_content(doc, verb)
    else:
        content = _phrase_object(doc, verb, key, preps)
    if content is None:
        return None
    cue = sorted({verb, key} if key.i == verb.i + 1 else {verb}, key=lambda t: t.i)
    return Frame(cue=cue, speaker=speaker, content=content)


def _phrase_object(
    doc: Doc, verb: Token, key: Token, preps: frozenset[str]
) -> tuple[int, int] | None:
    """What the phrase's preposition names; the parse hangs it on the verb or on its noun
    ("took a shot at Clinton": "at" on "shot" or on "took")."""
    for holder in (key, verb):
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps or prep.i < key.i:
                continue
            head = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if head is not None and not is_time(head):
                return object_phrase(doc, head, [])
    return None


def _verb_read_as_noun(token: Token) -> bool:
    """ "The Republican candidate plans to be back", "Trump predicts that ...": the tagger
    reads a sentence's verb as a plural noun, the subject as its modifier; it still hangs the
    clause it reports on it."""
    return (
        token.dep_ == "ROOT"
        and lemma(token) in cue_verbs()
        and any(c.dep_ in ("xcomp", "ccomp") and c.i > token.i for c in token.children)
        and token.i > token.left_edge.i
        and token.doc[token.i - 1].pos_ in ("NOUN", "PROPN", "PRON")
    )


def _misread_verb_frame(doc: Doc, token: Token) -> Frame | None:
    """The misread verb's frame: the words before it are its speaker."""
    speaker = doc[token.left_edge.i : token.i]
    content = _content_of(doc, token)
    if content is None:
        return None
    content = same_paragraph(doc_text(doc), content, token.idx)
    return Frame(cue=[token], speaker=speaker, content=content) if content else None


def _generic_doer(verb: Token) -> bool:
    """ "That's not the same as saying an Indiana-born judge can't be impartial", "expecting
    Trump to change is like ...": a gerund with no one doing it, an attribution to no one."""
    if verb.tag_ != "VBG":
        return False
    # (not "In criticizing Clinton, she ...": a doer the parse hides)
    return verb.dep_ == "csubj" or (verb.dep_ == "pcomp" and verb.head.lower_ in ("as", "than"))


def _that_complement(verb: Token) -> bool:
    """A verb the word list lacks that reports a that-clause after it ("she reasoned that
    ...", "the data demonstrate that ..."): verbs with a finite "that" complement are verbs of
    saying, knowing and showing, but for the few that make something so ("ensure that")."""
    if verb.dep_ in ("acl", "relcl") or lemma(verb) in _NOT_REPORTING:
        return False
    clause = next(
        (
            c
            for c in verb.children
            if c.dep_ == "ccomp"
            and c.i > verb.i
            and any(
                m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children
            )
        ),
        None,
    )
    # not "drew criticism that ...", "gives Obama that ...": a clause of the object
    return (
        clause is not None
        and not any(
            c.dep_ in ("dobj", "dative", "attr", "prt") and c.i < clause.i for c in verb.children
        )
        and not is_passive(verb)
    )


_NOT_REPORTING = sections(RULES)["not-reporting-verbs"]


def _through_mark(text: str, content: tuple[int, int], marks: list[QuoteSpan]) -> tuple[int, int]:
    """A reported clause the parse ends inside a quotation it quotes runs to the quotation's
    end ("they have 'nothing to do with who I am, and they have nothing to do with ...'")."""
    start, end = content
    for mark in marks:
        if start <= mark.open < end < mark.end and "\n" not in text[end : mark.end]:
            end = mark.end
            while end > start and text[end - 1] in " .,;:":
                end -= 1
            return start, end
    return content


def _made_clear(doc: Doc, verb: Token) -> Frame | None:
    """ "Trump made (it) clear that he would not back down"."""
    clear = next(
        (c for c in verb.children if c.lower_ in ("clear", "plain") and c.dep_ != "nsubj"), None
    )
    clause = that_clause(clear) if clear is not None else None
    speaker = speaker_of(verb) if clause is not None else None
    if clear is None or clause is None or speaker is None:
        return None
    content = chars(doc, clause.left_edge.i, clause.right_edge.i + 1)
    cue = list(doc[verb.i : clear.i + 1]) if clear.i < verb.i + 4 else [verb]
    return Frame(cue=cue, speaker=speaker, content=content) if content else None


def _as_put_it(doc: Doc, verb: Token) -> Frame | None:
    """ "As Trump put it, the system is rigged", "the system is rigged, as he put it"."""
    it = any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
    speaker = speaker_of(verb)
    if not (_as_clause(verb) and it) or speaker is None:
        return None
    content = _main_clause(doc, verb)
    return Frame(cue=[verb], speaker=speaker, content=content) if content else None


def _as_clause(verb: Token) -> bool:
    """ "As the paper noted", "as he put it": a clause of the verb's own that "as" hangs on
    the main clause."""
    return (
        verb.dep_ == "advcl"
        and verb.head.i != verb.i
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    )


def _main_clause(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """The clause the verb's "as" clause hangs on, on whichever side of it it stands."""
    head = verb.head
    if head.i > verb.i:
        return chars(doc, verb.right_edge.i + 1, head.right_edge.i + 1)
    return chars(doc, head.left_edge.i, verb.left_edge.i)


_RELATIVE_OBJECTS = sections(RULES)["relative-objects"]
_PREDICATE_DEPS = frozenset({"oprd", "xcomp", "ccomp", "acomp", "dobj"})


def _relative_object(doc: Doc, verb: Token) -> list[tuple[int, int]] | None:
    """ "the law, which he called 'a cartel'", "Kasich, whom Trump views as a peer", "a
    finish that he said defied expectations": the relative pronoun is what the cue is about,
    and what the verb says of it (its naming, its "as" phrase, the rest of the clause)
    follows the verb; the speaker is the relative clause's own subject."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    pronoun = doc[verb.left_edge.i]
    if pronoun.lower_ not in _RELATIVE_OBJECTS or pronoun.head.i != verb.i:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if pronoun.dep_ != "dobj" and not (pronoun.dep_ == "nsubj" and len(subjects) >= 2):
        return None  # (the object, or the subject of the clause the cue reports)
    pieces = [(pronoun.idx, pronoun.idx + len(pronoun))]
    after = [
        c
        for c in verb.children
        if c.i > verb.i and (c.dep_ in _PREDICATE_DEPS or (c.dep_ == "prep" and c.lower_ == "as"))
    ]
    if after:
        rest = chars(doc, after[0].left_edge.i, after[-1].right_edge.i + 1, minimum=1)
        if rest is not None:
            pieces.append(rest)
    return pieces


def _around_cue(doc: Doc, verb: Token, content: tuple[int, int]) -> list[tuple[int, int]]:
    """ "In any case, Mr. DiPietro said, the industry was over-supplied": the content is the
    sentence on both sides of the cue's own clause, not the cue."""
    text = doc_text(doc)
    own_start = verb.left_edge.idx
    own_end = verb.right_edge.idx + len(verb.right_edge)
    if not content[0] < own_start < own_end < content[1]:
        return []
    pieces = []
    for start, end in ((content[0], own_start), (own_end, content[1])):
        while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
            end -= 1
        if end > start:
            pieces.append((start, end))
    return pieces


def cue_clause(speaker: Span, verb: Token) -> tuple[int, int]:
    """Where "Kravets said" (or "said Kravets") starts and ends."""
    return min(speaker.start_char, verb.idx), max(speaker.end_char, verb.idx + len(verb))


def _opening_after(
    doc: Doc, verb: Token, speaker: Span, marks: list[QuoteSpan]
) -> tuple[int, int] | None:
    """A quote that opens right after "X said," or "X said:" is what X said, whatever the
    parser hung on the verb."""
    text = doc_text(doc)
    clause_start, clause_end = cue_clause(speaker, verb)
    last = _cue_tokens(doc, verb)[-1]  # "telling reporters, '...'"
    clause_end = max(clause_end, last.idx + len(last))
    for mark in marks:
        if mark.close < clause_start and not text[mark.close + 1 : clause_start].strip(
            " ," + MARKS
        ):
            return None  # '"We will not move," Kravets said, "until ...': one split quote
        if mark.open < clause_end:
            continue
        gap = text[clause_end : mark.open]
        return (mark.start, mark.end) if gap.strip(MARKS).strip() in (",", ":") else None
    return None


def _adjacent_mark(
    doc: Doc, verb: Token, speaker: Span, marks: list[QuoteSpan]
) -> tuple[int, int] | None:
    """A quote the parser did not attach to its cue ("“Happy Cinco de Mayo!,” he tweeted.",
    "he tweeted: “...”"): a marked passage that ends right before the cue's clause, with
    only punctuation between, or opens right after the cue."""
    text = doc_text(doc)
    clause_start, clause_end = cue_clause(speaker, verb)
    last = _cue_tokens(doc, verb)[-1]  # "telling reporters, '...'"
    clause_end = max(clause_end, last.idx + len(last))
    for mark in marks:
        before = text[mark.close + 1 : clause_start]
        tail = before.strip(" ,\u2014-" + MARKS)
        if mark.close < clause_start and len(before) <= 4 and not tail:
            return (mark.start, mark.end)
        after = text[clause_end : mark.open]
        if mark.open >= clause_end and len(after) <= 4 and not after.strip(" ,:" + MARKS):
            return (mark.start, mark.end)
    return None


def _content_of(doc: Doc, verb: Token) -> Content | None:
    """The reported content: the verb's clausal complement; for "..., X said." the clause the
    cue interrupts or follows; for an object verb ("criticized the plan", "called for a
    ceasefire") its object. The first of `_CONTENT_STEPS` whose rule applies decides."""
    return first_answer(_CONTENT_STEPS, doc, verb)


def _named_as(doc: Doc, verb: Token) -> Content | None | Skip:
    """ "called him a total stiff", "called her 'third-rate'": the object and what the verb
    names it."""
    naming = [c for c in verb.children if c.dep_ == "oprd"]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if naming and objects and objects[0].i < naming[0].i:  # "called him a total stiff"
        return chars(doc, objects[0].left_edge.i, naming[0].right_edge.i + 1, minimum=2)
    if naming and not objects and naming[0].i > verb.i and lemma(verb) in NAMING_VERBS:
        # "called her 'third-rate'": the parse makes the object and the name one phrase
        return chars(doc, naming[0].left_edge.i, naming[-1].right_edge.i + 1)
    return SKIP


def _clause_read_as_subject(doc: Doc, verb: Token) -> Content | None | Skip:
    """ "The rejection of the treaty signals 'the beginning of the end', said Wilders": the
    parse reads the reported clause as a second subject."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if (
        len(subjects) == 2
        and subjects[0].i < verb.i < subjects[1].i
        and doc[verb.i - 1].text == ","
        and lemma(verb) in speech_verbs()
        and all(t.pos_ not in ("VERB", "AUX") for t in doc[subjects[1].i : verb.sent.end])
    ):
        return chars(doc, subjects[0].left_edge.i, subjects[0].right_edge.i + 1)
    return SKIP


def _complement(doc: Doc, verb: Token) -> Content | None | Skip:
    """ "said (that) ...", "urged governments to act", "asked Clinton if ...", "called for
    Trump to ...": the verb's clause, the clauses after it first."""
    text = doc_text(doc)
    for child in _complements_first_after(verb):
        edge = child.right_edge
        if child.i < verb.i and "\n" in text[edge.idx + len(edge) : verb.idx]:
            continue  # a clause of the paragraph before, which the parse ran into this one
        if child.i < verb.i and _clause_apart(doc, child, verb):
            continue
        if child.dep_ in _CONTENT_DEPS:
            found = _clausal_complement(doc, verb, child)
            if found is not SKIP:
                return found
        elif child.dep_ == "advcl":
            found = _question_or_call(doc, verb, child)
            if found is not SKIP:
                return found
    return SKIP


def _clausal_complement(doc: Doc, verb: Token, child: Token) -> Content | None | Skip:
    """ "said the plan would fail", "vowed to remain", "urged governments to act": a ccomp,
    or an xcomp the verb reports (a demand, an intent, a gerund, a finite clause)."""
    intent = lemma(verb) in _INTENT_VERBS and not any(
        c.dep_ == "dobj" and c.i < child.i
        for c in verb.children  # not "expected me to read"
    )
    gerund = child.tag_ == "VBG" and (
        lemma(verb) in object_verbs() or lemma(verb) in speech_verbs()
    )  # "criticized raising the age", "said legalizing it could put people to work"
    finite = child.tag_ in FINITE_TAGS and lemma(verb) in speech_verbs()
    if child.dep_ == "xcomp" and not (_object_control(verb) or intent or gerund or finite):
        return SKIP  # ("criticized raising the retirement age": the gerund is the object)
    start, end = child.left_edge.i, child.right_edge.i + 1
    if child.dep_ == "xcomp":  # "urged governments to act": the object is the addressee
        start = min(
            [start]
            + [
                c.left_edge.i
                for c in verb.children
                if c.i < child.i and (c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "on"))
            ]
        )  # ("called on others to return the money": the addressees too)
    return chars(doc, start, _before_next_statement(doc, child, end), minimum=2)


def _question_or_call(doc: Doc, verb: Token, child: Token) -> Content | None | Skip:
    """ "asked Clinton if Trump ...", "called for Trump to ...": an adverbial clause the parse
    hangs on a verb of asking (from "if" or "whether") or on an object verb (after "for")."""
    if child.i > verb.i and lemma(verb) in _ASKING_VERBS:
        mark = next((c for c in child.children if c.dep_ == "mark"), None)
        if mark is not None and mark.lower_ in ("if", "whether") and mark.i == child.left_edge.i:
            return chars(doc, mark.i, child.right_edge.i + 1)  # "asked Clinton if Trump"
    if lemma(verb) in object_verbs():
        mark = next((c for c in child.children if c.dep_ == "mark"), None)
        if mark is not None and mark.lower_ == "for" and mark.i == child.left_edge.i:
            return chars(doc, mark.i + 1, child.right_edge.i + 1)  # "called for Trump to"
    return SKIP


def _hidden_that_clause(doc: Doc, verb: Token) -> Content | None | Skip:
    """ "predicted at the debate that Republicans will take every state" (see
    `_that_clause_read_as_relative`)."""
    hidden = _that_clause_read_as_relative(doc, verb)
    return hidden if hidden is not None else SKIP


def _modified_noun(doc: Doc, verb: Token) -> Content | None | Skip:
    """ "..., endorsed Sanders' approach": the noun the verb, read as its modifier, modifies."""
    if verb_read_as_modifier(verb):
        return chars(doc, verb.i + 1, verb.head.right_edge.i + 1, minimum=1)
    return SKIP


def _answer(doc: Doc, verb: Token) -> Content | None | Skip:
    """ "46 percent said yes", "neither side would say so" (not "said no to the war")."""
    answer = next((c for c in verb.children if c.i == verb.i + 1 and c.lower_ in _ANSWERS), None)
    closes = answer is not None and (answer.i + 1 == len(doc) or doc[answer.i + 1].is_punct)
    if closes and lemma(verb) in speech_verbs():
        return answer.idx, answer.idx + len(answer)
    return SKIP


def _clause_read_as_object(doc: Doc, verb: Token) -> Content | None | Skip:
    """ "said 15,000 people registered": a clause the parse reads as the verb's object."""
    for child in verb.children:
        if (
            child.dep_ == "dobj"
            and lemma(verb) in speech_verbs()
            and any(c.dep_ in ("acl", "relcl") and c.tag_ in ("VBD", "VBN") for c in child.children)
        ):
            return chars(doc, child.left_edge.i, child.right_edge.i + 1)
    return SKIP


def _reports_object(verb: Token) -> bool:
    """A verb whose object is what it reports (not "told reporters"; but "a survey found 90
    percent support", "told a different story")."""
    return lemma(verb) not in objectless_verbs() or _finding_of_study(verb) or _story_told(verb)


def _reported_object(doc: Doc, verb: Token) -> Content | None | Skip:
    """ "he said, citing Trump's record": the record."""
    if _reports_object(verb) and any(c.dep_ == "dobj" for c in verb.children):
        return _object_content(doc, verb)
    return SKIP


def _passive_subject(doc: Doc, verb: Token) -> Content | None | Skip:
    """ "He is backed by 34% of GOP voters": the subject; "a fact first reported by X": the
    noun the participle describes."""
    if not any(c.dep_ == "agent" for c in verb.children):
        return SKIP
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is not None:
        return object_phrase(doc, subject, [])
    if verb.dep_ == "acl" and verb.head.i < verb.i:  # "a fact first reported by X"
        return chars(doc, verb.head.left_edge.i, verb.left_edge.i, minimum=1)
    return SKIP


def _reported_itself(verb: Token) -> bool:
    """The verb is the clause another cue reports ("She said she wasn't expecting ...")."""
    return verb.dep_ == "ccomp" and lemma(verb.head) in cue_verbs()


def _bare(verb: Token) -> bool:
    """A trailing cue is a bare "Kravets said": its own subject, no complement of its own (not
    "..., claiming his third victory", "as they continue to rake in fees", "even as advocates
    called for his dismissal")."""
    takes_object = lemma(verb) in object_verbs()
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and not any(
        c.dep_ in ("xcomp", "ccomp")
        or (c.dep_ == "dobj" and not _addressed(verb))  # (not the addressee: "told CNN")
        or (c.dep_ == "prep" and c.lower_ in _OBJECT_PREPOSITIONS and takes_object)
        or (c.dep_ == "prep" and c.lower_ in ("for", "about") and c.i > verb.i)
        for c in verb.children
    )


def _trailing_conjunct(doc: Doc, verb: Token) -> bool:
    """ "..., but it is under pressure, said the chief executive.": a speech verb the parse
    joins to the clause before as its conjunct."""
    return (
        verb.dep_ == "conj"
        and lemma(verb) in speech_verbs()
        and doc[verb.left_edge.i - 1].text == ","
        and not any(c.dep_ == "cc" for c in verb.children)
        and all(t.is_punct or t.is_space for t in doc[verb.right_edge.i + 1 : verb.sent.end])
    )


def _interrupted_clause(doc: Doc, verb: Token) -> Content | None | Skip:
    """ "The talks will resume, Kravets said.", "In any case, Mr. DiPietro said, the industry
    was ...": the clause a bare cue follows or interrupts (not "She said she wasn't expecting
    ...": that is the content of "said")."""
    if not (
        (verb.dep_ in ("parataxis", "ccomp", "advcl") or _trailing_conjunct(doc, verb))
        and verb.head.i != verb.i
        and not _reported_itself(verb)
        and (verb.dep_ == "parataxis" or _bare(verb))
    ):
        return SKIP
    head = verb.head
    if head.i < verb.i:  # "The talks will resume, Kravets said." / "..., Barden says, ..."
        own = range(verb.left_edge.i, verb.right_edge.i + 1)
        end = head.right_edge.i + 1 if head.right_edge.i >= own.stop else own.start
        return chars(doc, head.left_edge.i, end)
    if verb.dep_ == "parataxis":  # "In any case, Mr. DiPietro said, the industry was ..."
        return chars(doc, head.left_edge.i, head.right_edge.i + 1)
    return SKIP


def _unmarked_speech_after(doc: Doc, verb: Token) -> Content | None | Skip:
    """ "Leahy previously reported, The Clinton Foundation refused to ...": unmarked speech
    after a bare speech cue and a comma or a colon."""
    after = verb.right_edge.i + 1
    if (
        verb.dep_ in ("ccomp", "parataxis")
        and verb.head.i > verb.i
        and _bare(verb)
        and lemma(verb) in speech_verbs()
        and after < verb.head.i
        and doc[after].text in (",", ":")
        and doc[verb.left_edge.i].lower_ != "as"
    ):
        return chars(doc, after + 1, verb.head.right_edge.i + 1)
    return SKIP


def _as_noted(doc: Doc, verb: Token) -> Content | None | Skip:
    """ "As the paper noted, it is surprising ...", "As reported by X, investigators ...": the
    main clause."""
    if _as_clause(verb) and verb.head.i > verb.i and not _reported_itself(verb):
        return _main_clause(doc, verb)
    return SKIP


def _object_at_last(doc: Doc, verb: Token) -> Content | None:
    """The verb's object after all (not "did not respond to the requests"); "knew of the
    research effort", "thought about the results" (not "said of Trump")."""
    if _reports_object(verb):
        return _object_content(doc, verb)
    if (
        lemma(verb) not in speech_verbs()
        and verb.tag_ != "VBN"  # (a participle: "Asians Worried About U.S. Election: ...")
        and not any(c.dep_ == "dobj" for c in verb.children)
    ):
        return _object_content(doc, verb, only={"of", "about"})
    return None


# How a cue verb's content is found, in this order.
_CONTENT_STEPS: tuple[Callable[[Doc, Token], Content | None | Skip], ...] = (
    _named_as,
    _clause_read_as_subject,
    _complement,
    _hidden_that_clause,
    _modified_noun,
    _answer,
    _clause_read_as_object,
    _reported_object,
    _passive_subject,
    _interrupted_clause,
    _unmarked_speech_after,
    _as_noted,
    _object_at_last,
)


_ASKING_VERBS = sections(RULES)["asking-verbs"]


def _that_clause_read_as_relative(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """ "predicted at the debate that Republicans will take every state", "alleged in the
    suit that Trump earned $5 million": the parse makes the reported clause a relative
    clause of the preposition's noun. It is none when "that" is not its subject or object:
    the clause has a subject and an object of its own ("the rally that Trump held": a
    relative clause). A speech verb's medium may hold it as its own clause ("said in a
    statement that ...")."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for that in prep.subtree:
            if that.lower_ != "that" or that.i + 1 >= len(doc):
                continue
            subject = doc[that.i + 1]
            while subject.dep_ == "compound" or subject.dep_ == "amod":
                subject = subject.head
            clause = subject.head
            said = that.head
            if (
                that.dep_ == "mark"
                and said.dep_ == "acl"
                and is_medium(said.head)
                and lemma(verb) in speech_verbs()
            ):  # "says in a statement that the race will now be a four-man contest"
                return chars(doc, that.i, said.right_edge.i + 1)
            if (
                subject.dep_ == "nsubj"
                and clause.dep_ == "relcl"
                and clause.i > subject.i
                and any(
                    c.dep_ in ("dobj", "attr", "ccomp", "acomp") and c.i != that.i
                    for c in clause.children
                )
            ):
                return chars(
                    doc, that.i, _before_next_statement(doc, clause, clause.right_edge.i + 1)
                )
    return None


_ANSWERS = sections(RULES)["answers"]


def _clause_apart(doc: Doc, clause: Token, verb: Token) -> bool:
    """A clause before the verb that is not what it reports: one closed by a colon or a
    semicolon ("The bulwarks are significant: hundreds have endorsed Mrs. Clinton"), or
    one before a verb with an object of its own ("..., they will accept the nomination")."""
    between = doc[clause.right_edge.i + 1 : verb.i]
    if any(t.text in (":", ";") for t in between):
        return True
    if any(
        c.dep_ in ("ccomp", "xcomp")
        and c.i > verb.i
        and not any(t.is_punct for t in doc[verb.i + 1 : c.left_edge.i])
        for c in verb.children
    ):
        return True  # ("..., however — he reported earning $132 million ..."): its own clause
    if _own_topic_after(verb):
        return True
    if lemma(verb) in speech_verbs():  # ('"...," she said, a hint of frustration in her voice')
        return False
    return any(
        c.dep_ == "dobj"
        and c.i > verb.i
        and c.pos_ not in ("PROPN", "PRON")  # ("..., Kennedy wrote Linick": to whom)
        and c.ent_type_ != "WORK_OF_ART"  # ("..., he said in his book 'An American Son'")
        for c in verb.children
    )


def _own_topic_after(verb: Token) -> bool:
    """ "Turnout has dropped, organizers complain of poor weather": a verb with what it is
    about right after it ("of", "about", "for", "against") reports that, not the clause
    before it (but "'...,' he said of Trump": whom the words were about)."""
    if lemma(verb) in ("say", "tell"):
        return False
    return any(
        c.dep_ == "prep"
        and c.i == verb.i + 1
        and c.lower_ in _ABOUT_PREPOSITIONS
        and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
        for c in verb.children
    )


_ABOUT_PREPOSITIONS = sections(RULES)["about-prepositions"]


def _finding_of_study(verb: Token) -> bool:
    """ "A recent CNN survey found 90 percent support for background checks": what a poll
    or a study finds is its finding, though people "find" many things that are no view."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        lemma(verb) == "find"
        and subject is not None
        and (is_medium(subject) or is_medium(subject, _INQUIRIES))
    )


_INQUIRIES = sections(RULES)["inquiries"]


_TOLD_THINGS = sections(RULES)["told-things"]


def _cast_as(verb: Token) -> bool:
    """ "cast himself as an outsider", "cast the blame on", "cast their votes for X"."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("as", "on", "for", "against")
        and not any(is_time(g) for g in c.children)  # (not "cast ballots on Tuesday")
        for c in verb.subtree
    )


def _shown_doing(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """ "every recent poll has shown him trailing Trump": the parse makes the object a dative
    and what it does the verb's clause."""
    for dative in verb.children:
        if dative.dep_ != "dative" or dative.i < verb.i:
            continue
        doing = next(
            (c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > dative.i),
            None,
        )
        if doing is not None and doing.left_edge.i == dative.right_edge.i + 1:
            return chars(doc, dative.left_edge.i, doing.right_edge.i + 1)
    return None


def _story_told(verb: Token) -> bool:
    return lemma(verb) == "tell" and any(
        c.dep_ == "dobj" and lemma(c) in _TOLD_THINGS for c in verb.children
    )


def _addressed(verb: Token) -> bool:
    """A speech verb whose object is whom it addresses ("told CNN", "told reporters")."""
    return lemma(verb) in speech_verbs() and lemma(verb) in objectless_verbs()


def _complements_first_after(verb: Token) -> list[Token]:
    """The verb's children, the clauses after it first when its subject comes before it: in
    "At his rallies, Trump primes supporters ...: He says news outlets undercount ..." the
    parse may hang the sentence before on "says" as well."""
    children = list(verb.children)
    subject = next((c for c in children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    if subject is None:
        return children
    # ("While populists blame foreigners, Francis points to ...": an adverbial clause, when
    # the verb has an object or a clause of its own after it)
    if any(c.i > verb.i and c.dep_ in ("dobj", "prep", "ccomp", "xcomp") for c in children):
        children = [
            c
            for c in children
            if not (
                c.i < subject.i
                and c.dep_ == "ccomp"
                and (c.doc[c.left_edge.i].lower_ in _ADVERBIAL or _reporting_clause(c))
            )
        ]
    text = doc_text(verb.doc)
    after = [  # (not the next paragraph's quote, which the parse ran into the sentence)
        c
        for c in children
        if c.dep_ == "ccomp" and c.i > verb.i and "\n" not in text[verb.idx : c.left_edge.idx]
    ]
    return after + [c for c in children if c not in after]


def _reporting_clause(verb: Token) -> bool:
    """'Leahy reported, the foundation refused ...': a speech verb with its own subject and
    nothing after it, the sentence that follows its report."""
    return (
        lemma(verb) in speech_verbs()
        and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
        and not any(c.i > verb.i and not c.is_punct and c.dep_ != "advmod" for c in verb.children)
    )


_ADVERBIAL = sections(RULES)["adverbial-openers"]


def _before_next_statement(doc: Doc, clause: Token, end: int) -> int:
    """Where a reported clause stops when the parse runs the speaker's next statement into it
    ("said the tax plan would help immigrants, and called him a proponent of amnesty", "said
    it was too early but added ..."): before a conjoined cue verb with no subject of its own,
    or a clause of another speaker set against it ("..., while Cruz said ...")."""
    for token in doc[clause.i + 1 : end]:
        if _next_act(doc, clause, token):
            return token.i - 1
        if token.pos_ != "VERB" or lemma(token) not in cue_verbs():
            continue
        if trailing_participle(token) and token.head.i >= clause.i:
            return comma_before(doc, token)
        if (
            token.dep_ == "conj"
            and not any(c.dep_ in SUBJECT_DEPS for c in token.children)
            and doc[token.i - 1].dep_ == "cc"
            # (not "says he's proud of his campaign and expects to leave with delegates")
            and (
                doc[token.i - 2].text == ","
                or lemma(token) in speech_verbs()
                or not _pronoun_subject(clause)
            )
        ):
            return token.i - 1
        # "..., while Cruz said that ...": another speaker's statement set against it
        start = token.left_edge.i
        word = start + 1 if doc[start].lower_ == "even" else start  # ", even though ..."
        if (
            token.dep_ in ("advcl", "conj")
            and doc[word].lower_ in ("while", "whereas", "but", "though", "although")
            and doc[start - 1].text == ","
            and any(c.dep_ == "nsubj" and c.lower_ != "it" for c in token.children)
        ):
            return start - 1
    return end


def _next_act(doc: Doc, clause: Token, token: Token) -> bool:
    """ "vowed to keep abortion legal and celebrated the ruling", "says she admires his
    determination and highlighted ...": a past-tense verb joined to a reported clause in
    the present or the infinitive is the speaker's next act, not more of what was said."""
    return (
        token.dep_ == "conj"
        and token.head == clause
        and token.tag_ == "VBD"
        and clause.tag_ in ("VB", "VBZ", "VBP")
        and doc[token.i - 1].dep_ == "cc"
        and not any(c.dep_ in SUBJECT_DEPS for c in token.children)
    )


def _pronoun_subject(clause: Token) -> bool:
    """A reported clause about the speaker themself ("says he's proud ...")."""
    return any(
        c.dep_ in SUBJECT_DEPS and c.lower_ in ("he", "she", "they", "i", "we")
        for c in clause.children
    )


_OUTLETS = sections(RULES)["outlets"]
_OBJECT_PREPOSITIONS = sections(RULES)["object-prepositions"]
# Prepositions some verbs take for what they hold or say ("believe in a better system").
_OWN_PREPOSITIONS = _preposition_table("own-prepositions")
# Verbs of speaking, focusing and campaigning report only what they are about ("spoke about
# the budget"; not "spoke to reporters").
_TOPIC_PREPOSITIONS = _preposition_table("topic-prepositions")


def _object_content(doc: Doc, verb: Token, only: set[str] | None = None) -> tuple[int, int] | None:
    """ "criticized the plan", "called for a ceasefire", "accused Kyiv of using the ships as
    cover", "referred to the attack", "described the plan as reckless": the object (or what
    the preposition names) and the verb's prepositional phrases that follow it with no comma
    between (the small model hangs "of using ..." and "as reckless" on the verb)."""
    # ("bemoaned the demise of ...": the parse's attribute of a full verb; not "said Friday":
    # a time the parse took for the object)
    objects = (
        [
            c
            for c in verb.children
            if (c.dep_ == "dobj" or (c.dep_ == "attr" and verb.pos_ == "VERB")) and not is_time(c)
        ]
        if only is None
        else []
    )
    head = objects[0] if objects else None
    if head is None and only is None:
        shown = _shown_doing(doc, verb)
        if shown is not None:
            return shown
    for following in objects[1:]:  # "endorsed the re - election of Ryan": a word the parse split
        if following.left_edge.i != head.right_edge.i + 1:
            break
        head = following
    if head is None:
        head = _preposition_object(verb, only)
    if head is None:
        return None
    after = [
        c
        for c in verb.children
        if c.i > head.i
        and (
            c.dep_ == "prep"
            or doc[c.left_edge.i].lower_ == "as"
            or (c.dep_ == "advcl" and doc[c.left_edge.i].lower_ == "to")
            or _predicate_of_object(doc, head, c)
        )
    ]  # ("view Clinton as more prepared": the parse's "as" clause; "defended his call to
    # raise the minimum wage": the parse hangs the noun's infinitive on the verb)
    found = object_phrase(doc, head, after)
    if found is not None and objects and head is not objects[0]:
        found = (objects[0].left_edge.idx, found[1])
    dative = next((c for c in verb.children if c.dep_ == "dative" and c.i < head.i), None)
    if found is not None and dative is not None and dative.i == verb.i + 1:
        found = (dative.left_edge.idx, found[1])  # "offered Kasich the second spot"
    return found


def _preposition_object(verb: Token, only: set[str] | None) -> Token | None:
    """ "called for a ceasefire", "agreed with the analysis", "lashed out at Trump": the object
    of the first preposition after the verb that names what it reports (of `only`, when
    given); not an occasion, a time or an outlet ("at a rally", "on Monday", "on Twitter")."""
    allowed = _OBJECT_PREPOSITIONS  # ("agreed with the analysis")
    if lemma(verb) in speech_verbs():  # ("said with a smirk", "joked with reporters")
        allowed = allowed - {"with"}
    if lemma(verb) in ("say", "tell") and not any(c.lower_ in ("no", "yes") for c in verb.children):
        allowed = allowed - {"to", "of"}  # ("said to a crowd", "said of Apple"; not "said no to")
    elif not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        allowed = allowed | {"at"}  # ("lashed out at", "hinted at"; not "showed up at")
    preps = [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i]
    allowed = (only or allowed) | _OWN_PREPOSITIONS.get(lemma(verb), frozenset())
    preps = [c for c in preps if c.lower_ in allowed and not _occasion(c)]
    if len(preps) > 1 and _addressee(preps[0]) and preps[1].lower_ in ("about", "for"):
        preps = preps[1:]  # "complained to Sanders officials about the emblem": whom to
    head = None
    for prep in preps:
        if prep:
            head = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if head is not None and (is_time(head) or head.lower_ in _OUTLETS):
                head = None  # ("on Monday announced $5 million more ...", "wrote on Twitter")
            if head is not None:
                break
    return head


_AUDIENCES = sections(RULES)["audiences"]


def _occasion(prep: Token) -> bool:
    """ "at a rally", "at the White House": where something was said, not what about."""
    return prep.lower_ == "at" and any(
        lemma(t) in OCCASIONS or t.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "DATE", "TIME")
        for t in prep.children
        if t.dep_ == "pobj"
    )


def _addressee(prep: Token) -> bool:
    """ "to a judge", "to Sanders officials": a "to" phrase naming whom one speaks to."""
    named = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return (
        prep.lower_ == "to"
        and named is not None
        and (
            named.pos_ in ("PROPN", "PRON")
            or named.ent_type_ in ("PERSON", "ORG", "NORP")
            or lemma(named) in _AUDIENCES
        )
    )


def _predicate_of_object(doc: Doc, head: Token, child: Token) -> bool:
    """What the verb says of its object, right after it: "shows Ted Cruz 16 points ahead of
    Trump", "welcomed Trump to visit the city"."""
    if child.left_edge.i != head.right_edge.i + 1:
        return False
    if child.dep_ == "xcomp":
        return doc[child.left_edge.i].lower_ == "to"
    return child.dep_ in ("advmod", "npadvmod") and any(
        t.lower_ in ("ahead", "behind") for t in child.subtree
    )


def _aim(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """ "Leaders are pushing to make the agreement binding": the to-infinitive pushed for."""
    for child in verb.children:
        if child.dep_ == "xcomp" and child.i > verb.i and doc[child.left_edge.i].lower_ == "to":
            return chars(doc, child.left_edge.i, child.right_edge.i + 1)
    return None


def _topic(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """ "spoke about the budget", "is talking to voters about health care": what a verb of
    speaking is about; not whom it is spoken to or in what language ("spoke to reporters",
    "speak English", "on condition of anonymity")."""
    holders = [verb]  # "about" may hang on the verb, its object or the one it speaks to
    for child in verb.children:
        if child.dep_ == "dobj":
            holders.append(child)
        elif child.dep_ == "prep" and child.lower_ in ("to", "with"):
            holders.extend(c for c in child.children if c.dep_ == "pobj")
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in _TOPIC_PREPOSITIONS[lemma(verb)]:
                head = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
                if head is not None and not is_time(head):
                    return object_phrase(doc, head, [])
    return None


_INTENT_VERBS = sections(RULES)["intent-verbs"]


_OBJECT_CONTROL_VERBS = sections(RULES)["object-control-verbs"]


def _object_control(verb: Token) -> bool:
    """urge, ask, tell, order + object + to-infinitive report a demand."""
    return lemma(verb) in _OBJECT_CONTROL_VERBS


def _according_to(doc: Doc, token: Token) -> Frame | None:
    """ "According to a study by Pew, eligible voters ...", "..., according to X.": X is the
    speaker, the clause the phrase opens, closes or interrupts the content."""
    to = doc[token.i + 1]
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        source = _unparsed_source(doc, to)
    if source is None:
        return None
    # the cue and its source ("according to X, a data firm"), not what the parse hung on it
    own = range(token.i, max(to.i, source.right_edge.i) + 1)
    clause = token.head
    if clause.i == token.i:  # "According to a study by Pew, eligible voters ...": the root
        after = own.stop + 1 if own.stop < len(doc) and doc[own.stop].text == "," else own.stop
        content = chars(doc, after, token.sent.end) if after > own.stop else None
        if content is None:
            return None
        return Frame(cue=[token, to], speaker=noun_phrase(source), content=content)
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    bare_be = lemma(clause) == "be" and not any(
        c.dep_ in ("attr", "acomp", "ccomp", "xcomp") for c in clause.children
    )
    if bare_be and subject is not None and subject.lower_ in ("that", "this"):
        # "That's according to early exit polls": what "that" stands for
        content = (subject.idx, subject.idx + len(subject))
        return Frame(cue=[token, to], speaker=noun_phrase(source), content=content)
    content, pieces = _according_content(doc, token, clause, own)
    if content is None:
        return None
    speaker = _according_speaker(doc, to, source)
    return Frame(cue=[token, to], speaker=speaker, content=content, pieces=pieces)


def _according_content(
    doc: Doc, token: Token, clause: Token, own: range
) -> tuple[Content | None, list[Content]]:
    """The content around the cue's own words: after them ("According to X, ..."), before them
    ("..., according to X."), or on both sides ("At the heart of it, according to X, was
    ..."), with the pieces of the last."""
    before = _clause_closed_by(doc, token)
    if before is not None and clause.i > own.stop:
        clause = before  # "It is cleared to fly, according to the F.A.A.\n\nMost owners do"
    start, end = _according_span(doc, token, clause, own)
    pieces: list[Content] = []
    if own.start <= start:  # "According to X, ..." : content after
        start = own.stop
    elif own.stop >= end - 1:  # "..., according to X." : content before
        end = own.start
    else:  # "At the heart of it, according to X, was ...", "... won 758, according to X, but"
        later = [
            c.left_edge.i for c in clause.children if c.dep_ in ("conj", "cc") and c.i > own.stop
        ]
        end = min([end] + later)
        pieces = [p for p in (chars(doc, start, own.start), chars(doc, own.stop, end)) if p]
    content = (pieces[0][0], pieces[-1][1]) if pieces else chars(doc, start, end)
    if content is not None and not pieces:
        content = same_paragraph(doc_text(doc), content, token.idx)
    return content, pieces


def _according_span(doc: Doc, token: Token, clause: Token, own: range) -> tuple[int, int]:
    """The tokens of the clause the cue belongs to: the sentence before a closing ", according
    to X.", without its full stop, inside a parenthesis the cue stands in."""
    start, end = clause.left_edge.i, clause.right_edge.i + 1
    sentence = token.sent
    closes = all(t.is_punct or t.is_space for t in doc[own.stop : sentence.end])
    if closes and token.i > sentence.start and doc[token.i - 1].text == ",":
        # "Trump got 13.3 million votes - to be exact, according to X.": the sentence before
        start, end = min(start, sentence.start), own.stop
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1  # the sentence's full stop and the paragraph break after it
    opened = _open_parenthesis(doc, start, token.i)
    if opened is not None:  # "Iowa (93 percent of voters were white, according to polls)"
        closed = next((t.i for t in doc[own.stop : end] if t.text == ")"), end)
        start, end = max(start, opened + 1), closed
    return start, end


def _according_speaker(doc: Doc, to: Token, source: Token) -> Span:
    """The source's phrase, up to a paragraph break the parse ran it into ("according to the
    F.A.A.\n\nMost people who")."""
    speaker = noun_phrase(source) if source.head is to else doc[to.i + 1 : source.i + 1]
    for between in doc[to.i + 1 : source.i]:
        if between.is_space and "\n" in between.text:
            speaker = doc[to.i + 1 : between.i]
            break
    return speaker


def _open_parenthesis(doc: Doc, start: int, at: int) -> int | None:
    """The index of a parenthesis opened between `start` and `at` and not closed before it."""
    depth = 0
    for token in reversed(doc[start:at]):
        if token.text == ")":
            depth += 1
        elif token.text == "(":
            if depth == 0:
                return token.i
            depth -= 1
    return None


def _unparsed_source(doc: Doc, to: Token) -> Token | None:
    """The last word of the name after "according to" when the parse gave "to" no object
    ("according to the F.A.A." read as punctuation and a loose word)."""
    last = None
    for token in doc[to.i + 1 : to.sent.end]:
        if token.is_punct or token.is_space or token.pos_ in ("VERB", "AUX", "ADP", "CCONJ"):
            break
        last = token
    return last if last is not None and last.pos_ in ("PROPN", "NOUN") else None


def _clause_closed_by(doc: Doc, token: Token) -> Token | None:
    """The finite clause that ", according to X" closes, when the parse hung the cue on a
    verb after X instead: the highest verb above the word before the comma that lies before
    the comma too."""
    if token.i < 2 or doc[token.i - 1].text != ",":
        return None
    top = doc[token.i - 2]
    while top.head.i < token.i and top.head.i != top.i:
        top = top.head
    if top.pos_ not in ("VERB", "AUX") or not any(c.dep_ in SUBJECT_DEPS for c in top.children):
        return None
    return top


def _cue_tokens(doc: Doc, verb: Token) -> list[Token]:
    """The cue as a phrase: the verb, a particle, "told reporters"."""
    tokens = [verb]
    for child in verb.children:
        if child.dep_ == "prt" and child.i == verb.i + 1:  # ("push ... out": the verb alone)
            tokens.append(child)
        elif (
            child.dep_ in ("dobj", "dative")
            and lemma(verb) == "tell"
            and child.left_edge.i == verb.i + 1
        ):
            tokens.extend(doc[verb.i + 1 : child.i + 1])  # "told reporters", "told the council"
    return sorted(tokens, key=lambda t: t.i)
