"""Claims across articles: one quantity, many claimants, over time.

`claim_lines` groups the figures of a store into lines about one quantity (`quantity`) and
marks where claimants disagree (`lines`). It reads no text of its own: the figures layer has
read each figure's value, bounds, category, counted thing, place, scope and claimant.
"""

from dateline.claims.lines import ClaimLine, Point, claim_lines, claimed_range, lines_about
from dateline.claims.quantity import Quantity, counted_class

__all__ = [
    "ClaimLine",
    "Point",
    "Quantity",
    "claim_lines",
    "claimed_range",
    "counted_class",
    "lines_about",
]
