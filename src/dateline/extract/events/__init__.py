"""The event layer: who did what to whom, coded in CAMEO and PLOVER (see `records`).

Modules: `codebook` (the CAMEO code table, the verb lexicon, named predicates on codes),
`actors` (actor codes of names and roles), `trigger` (the trigger record), `triggers` (which
words code an event), `grammar` (who does it to whom), `checks` (what keeps or drops a
reading), `records` (the entry point, turning triggers into records).
"""

from dateline.extract.events.records import extract_events

__all__ = ["extract_events"]
