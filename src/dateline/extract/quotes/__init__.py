"""The quote layer: who said what (see `assembly` for how the parts are joined).

Modules: `marks` (quotation-mark spans), `parts` (the frame record, content spans), `frames`
(verb cues from the parse), `nominal` (noun and adjective cues), `unsourced` (attributions to
no one), `speakers` (who a cue's speaker is), `credits` (a left-over quote credited from the
text around it), `headlines` (title lines), `assembly` (the entry point, joining them).
"""

from dateline.extract.quotes.assembly import extract_quotes

__all__ = ["extract_quotes"]
