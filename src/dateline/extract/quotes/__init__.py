"""The quote layer: who said what (see `assembly` for how the parts are joined).

Modules: `marks` (quotation-mark spans), `parts` (the frame record, content spans), `frames`
(verb cues from the parse), `nominal` (noun and adjective cues), `unsourced` (attributions to
no one), `speakers` (who a cue's speaker is), `credits` (a left-over quote credited from the
text around it), `headlines` (title lines), `assembly` (the entry point, joining them).

The English words the rules look for are in data/quote_rules.txt (one section per rule; the
reporting verbs in data/cue_verbs.txt). A long rule is a chain of named steps tried in order,
the first whose rule applies deciding (`parts.first_answer`).
"""

from dateline.extract.quotes.assembly import extract_quotes

__all__ = ["extract_quotes"]
