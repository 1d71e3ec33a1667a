"""The word lists of the figure rules, read from data/figure_rules.txt."""

from __future__ import annotations

from dateline.lexicon import section_lines, sections, table

RULES = "figure_rules.txt"  # the word lists of these rules, by section
VAGUE_WORDS = sections(RULES)["vague-words"]
BEFORE_NUMBER = section_lines(RULES)["before-number"]
CURRENCY_BEFORE = sections(RULES)["currency-before"]
MULTIPLIERS_AFTER = sections(RULES)["multipliers-after"]
AGE_AFTER = section_lines(RULES)["age-after"]
NOT_AFTER = sections(RULES)["not-after"] | {"#"}  # ("#" would be a comment in the file)
MODIFIER_AFTER_DASH = sections(RULES)["modifier-after-dash"]
RANKS_BEFORE = sections(RULES)["ranks-before"]
BACK_REFERENCE = sections(RULES)["back-reference"]
GENERIC_NOUNS = sections(RULES)["generic-nouns"]
AGE_GROUPS = sections(RULES)["age-groups"]
CHANGE_VERBS = sections(RULES)["change-verbs"]
SHARE_CONTEXT = sections(RULES)["share-context"]
MONTHS = section_lines(RULES)["months"]
MEASURE_UNITS = sections(RULES)["measure-units"]
TALLY_NOUNS = sections(RULES)["tally-nouns"]
PERCENT_WORDS = ("%", *section_lines(RULES)["percent-words"])
OR_BOUNDS = table(RULES, "or-bounds")
TIME_NOUNS = sections(RULES)["time-nouns"]
HOMES = sections(RULES)["homes"]
ESTIMATING_VERBS = sections(RULES)["estimating-verbs"]
REPORTING_VERBS = sections(RULES)["reporting-verbs"]
CITING_VERBS = sections(RULES)["citing-verbs"]
ESTIMATE_NOUNS = sections(RULES)["estimate-nouns"]
CUMULATIVE_WORDS = sections(RULES)["cumulative-words"]
INCIDENT_NOUNS = sections(RULES)["incident-nouns"]
HAZARD_NOUNS = sections(RULES)["hazard-nouns"]
