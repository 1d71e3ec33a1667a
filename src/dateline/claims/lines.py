"""Claim lines: the figures of many articles about one quantity, as points over time.

A line holds the figures of one quantity (`quantity.Quantity`). A running total's line runs
while its reports follow each other ("killed in Sudan since the war began", reported every
few days; a gap of more than `RUNNING_GAP_DAYS` ends it); one incident's toll is a line of
the figures published within `INCIDENT_DAYS` of its first report. A sum of money that is
no running total (a pledge, an appeal) is a line of its own amount: two donors' pledges are
two quantities, and only copies of one report repeat the same amount. A point is one claim:
a value with its bounds and hedge, its claimant (a named source, or the article itself), the
day it was published, and every article that carries it; the copies of one syndicated story
(dateline.stories) that give the same figure are one point with all their outlets.

Disagreement is marked on points, each mark naming the points it is against:
- "disputed": two claimants, published within `SAME_TIME_DAYS` of each other, whose ranges do
  not overlap (an approximate figure covers `APPROXIMATE` either side; "at least 1,500" runs
  up without end; "up to 300" down to none, "nearly 300" to `APPROXIMATE` below it);
- "drop": a running total below one published before it, from any claimant.

Written by hand: no library groups attributed figures across articles, and GDELT's counts are
per article.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from dateline.claims.claimants import THE_ARTICLE, Bodies, claimant_key, claimant_of
from dateline.claims.quantity import Quantity, quantity_of
from dateline.display import published_day, to_number

INCIDENT_DAYS = 3
RUNNING_GAP_DAYS = 14
# Categories no line follows: a share or an uncategorised count says too little of what it
# is about for two articles' figures to be known the same quantity (on everyday news such
# lines gathered every percentage of a country; bench/README, "Claims across articles").
UNTRACKED = frozenset({"OTHER", "PERCENT"})
SAME_TIME_DAYS = 2
APPROXIMATE = 0.1
_NEAR_BELOW = frozenset({"nearly", "almost", "close to", "just under", "just shy of"})


@dataclass
class Point:
    """One claim of a line: its figure as the first article that carries it gave it."""

    figure: dict[str, Any]
    day: date | None
    claimant: str
    copies: list[dict[str, Any]] = field(default_factory=list)
    marks: dict[str, list[int]] = field(default_factory=dict)

    @property
    def range(self) -> tuple[float, float]:
        return claimed_range(self.figure)

    def as_dict(self, number: int) -> dict[str, Any]:
        f = self.figure
        return {
            "n": number,
            "value": f.get("value"),
            "low": f.get("low"),
            "high": f.get("high"),
            "approximate": bool(f.get("approximate")),
            "vague": bool(f.get("vague")),
            "qualifier": f.get("qualifier"),
            "unit": f.get("unit"),
            "object": f.get("object"),
            "claimant": self.claimant,
            "source": f.get("source"),
            "published": self.day.isoformat() if self.day else None,
            "outlets": sorted({c["outlet"] for c in self.copies if c.get("outlet")}),
            "articles": self.copies,
            "marks": {kind: list(points) for kind, points in sorted(self.marks.items())},
        }


@dataclass
class ClaimLine:
    quantity: Quantity
    points: list[Point]

    def as_dict(self, number: int) -> dict[str, Any]:
        q = self.quantity
        return {
            "id": number,
            "category": q.category,
            "counted": q.counted,
            "place": q.place.name if q.place else None,
            "scope": q.scope,
            "year": q.era or None,
            "first": self.points[0].day.isoformat() if self.points[0].day else None,
            "last": self.points[-1].day.isoformat() if self.points[-1].day else None,
            "disputed": any("disputed" in p.marks for p in self.points),
            "dropped": any("drop" in p.marks for p in self.points),
            "points": [p.as_dict(i) for i, p in enumerate(self.points, 1)],
        }


def claimed_range(figure: dict[str, Any]) -> tuple[float, float]:
    """The values a figure allows (see the module docstring)."""
    value, low, high = (to_number(figure.get(key)) for key in ("value", "low", "high"))
    qualifier = (figure.get("qualifier") or "").lower()
    if low is None and high is None:
        if value is None:
            return (-math.inf, math.inf)
        low = high = value
        if figure.get("approximate"):
            low, high = value * (1 - APPROXIMATE), value * (1 + APPROXIMATE)
        return (low, high)
    if high is None:
        return (low, math.inf)
    if low is None:
        near = any(qualifier.startswith(word) for word in _NEAR_BELOW)
        return (high * (1 - APPROXIMATE) if near else 0.0, high)
    return (low, high)


def claim_lines(
    figures: list[dict[str, Any]], articles: dict[str, dict[str, Any]]
) -> list[ClaimLine]:
    """The claim lines of `figures` (store rows with their article's `published`, `outlet`
    and `story_id`); `articles` maps each article id to its `places` and `text`. Lines come
    most points first."""
    by_quantity: dict[tuple[str, ...], list[tuple[Quantity, dict[str, Any], date | None]]] = {}
    for figure in figures:
        if figure.get("value") is None and figure.get("low") is None:
            continue
        if figure.get("category") in UNTRACKED:
            continue
        article = articles.get(figure["article_id"], {})
        quantity = quantity_of(figure, article.get("places") or [], article.get("text") or "")
        key = quantity.key + (figure.get("unit") or "",)
        if quantity.category == "MONEY":
            # one pledge, one amount; a running total of money is its claimant's ("donors have
            # now pledged $34 million", OCHA says): sums of one currency in one country are
            # otherwise any two budgets, prices and grants
            if quantity.scope == "incident":
                key += (str(figure.get("value")),)
            elif figure.get("source"):
                key += (claimant_key(claimant_of(figure)),)
            else:  # the article's own sums (prices, budgets, revenues) are no tracked total
                key += (figure["article_id"], str(figure.get("n")))
        by_quantity.setdefault(key, []).append(
            (quantity, figure, published_day(figure.get("published")))
        )
    _join_unplaced(by_quantity)
    _fold_regions(by_quantity)
    bodies = Bodies(figures, [a.get("text") or "" for a in articles.values()])
    lines = []
    for members in by_quantity.values():
        members.sort(key=lambda m: (m[2] or date.max, m[1]["article_id"], m[1].get("n", 0)))
        for group in _by_time(members):
            points = _points([(figure, day) for _, figure, day in group])
            _unify_claimants(points, bodies)
            _mark(points, bodies, cumulative=group[0][0].scope == "cumulative")
            lines.append(ClaimLine(group[0][0], points))
    lines.sort(key=lambda line: (-len(line.points), line.points[0].day or date.max))
    return lines


def _join_unplaced(
    by_quantity: dict[tuple[str, ...], list[tuple[Quantity, dict[str, Any], date | None]]],
) -> None:
    """Figures whose article names no place at all join the one place that the same quantity
    has elsewhere (an article about "the attacks" that never says where, beside the
    province's toll); where the quantity is counted in several places, they stay apart."""
    for key in [k for k in by_quantity if k[2] == "" and k[0] != "MONEY"]:
        placed = [k for k in by_quantity if k[2] and k[:2] == key[:2] and k[3:] == key[3:]]
        if len(placed) != 1:
            continue
        place = by_quantity[placed[0]][0][0].place
        by_quantity[placed[0]] += [
            (replace(quantity, place=place), figure, day)
            for quantity, figure, day in by_quantity.pop(key)
        ]


def _fold_regions(
    by_quantity: dict[tuple[str, ...], list[tuple[Quantity, dict[str, Any], date | None]]],
) -> None:
    """A country's figures and its one region's are one quantity: a crisis in one province
    is reported "in Sudan" one day and "in Sudan's Darfur region" the next. Where the same
    quantity is counted in two regions of the country or more ("Kogi state", "Benue
    state"), or an article counts the region and the country apart, each region and the
    country are apart."""
    for key in [k for k in by_quantity if k[2].startswith("country:")]:
        country = key[2].split(":", 1)[1]
        regions = [
            k
            for k in by_quantity
            if k[2].startswith(f"region:{country}:") and k[:2] == key[:2] and k[3:] == key[3:]
        ]
        if len(regions) != 1 or any(
            q.place and q.place.part for q, _, _ in by_quantity[regions[0]]
        ):
            continue  # (a region's share of the country's count is not the count)
        apart = {f["article_id"] for _, f, _ in by_quantity[key]} & {
            f["article_id"] for _, f, _ in by_quantity[regions[0]]
        }
        if apart:  # an article counts the two apart: "45,000 in Kogi alone, 70,000 nationwide"
            continue
        national, regional = by_quantity.pop(key), by_quantity.pop(regions[0])
        # (named as most of its figures name it: "Darfur", or the country that a single
        # state's one mention would otherwise name)
        place = (regional if len(regional) >= len(national) else national)[0][0].place
        by_quantity[regions[0]] = [
            (replace(quantity, place=place), figure, day)
            for quantity, figure, day in regional + national
        ]


def lines_about(lines: list[ClaimLine], place: str | None) -> list[ClaimLine]:
    """The lines whose place's name holds `place` (any case); all of them for None."""
    if not place:
        return lines
    wanted = place.lower()
    return [
        line for line in lines if line.quantity.place and wanted in line.quantity.place.name.lower()
    ]


def _by_time(
    members: list[tuple[Quantity, dict[str, Any], date | None]],
) -> list[list[tuple[Quantity, dict[str, Any], date | None]]]:
    """The lines of one quantity's figures (oldest first, undated last): a running total
    goes on while reports follow each other within `RUNNING_GAP_DAYS` (a toll reported in
    March and another in the same state in July are two events, not one total); one
    incident's figures are those within `INCIDENT_DAYS` of its first report. An undated
    figure cannot be placed in time: it makes a line with its own story's figures only."""
    cumulative = members[0][0].scope == "cumulative"
    groups: list[list[tuple[Quantity, dict[str, Any], date | None]]] = []
    undated: dict[str, list[tuple[Quantity, dict[str, Any], date | None]]] = {}
    for member in members:
        day = member[2]
        if day is None:
            story = member[1].get("story_id") or member[1]["article_id"]
            undated.setdefault(story, []).append(member)
            continue
        if groups:
            since = groups[-1][-1][2] if cumulative else groups[-1][0][2]
            if (day - since).days <= (RUNNING_GAP_DAYS if cumulative else INCIDENT_DAYS):
                groups[-1].append(member)
                continue
        groups.append([member])
    return groups + list(undated.values())


def _points(figures: list[tuple[dict[str, Any], date | None]]) -> list[Point]:
    """One point per claim: the copies of a story that give the same figure are one."""
    points: list[Point] = []
    by_claim: dict[tuple[Any, ...], Point] = {}
    for figure, day in figures:
        claimant = claimant_of(figure)
        story = figure.get("story_id") or figure["article_id"]
        # (the same number in the same line of one story is one claim, though a copy's edits
        # may have the claimant read otherwise: "the government" in one, "the ministry" in
        # another)
        claim = (story, figure.get("value"), figure.get("low"), figure.get("high"))
        copy = {
            "article_id": figure["article_id"],
            "n": figure.get("n"),
            "outlet": figure.get("outlet"),
            "title": figure.get("article_title"),
            "published": figure.get("published"),
            "text": figure.get("text"),
            "start": figure.get("start"),
            "end": figure.get("end"),
            "number_start": figure.get("number_start"),
            "number_end": figure.get("number_end"),
        }
        point = by_claim.get(claim)
        if point is None:
            point = by_claim[claim] = Point(figure, day, claimant)
            points.append(point)
        if not any(c["article_id"] == copy["article_id"] for c in point.copies):
            point.copies.append(copy)
            for other in figure.get("also_published") or []:  # the same text elsewhere
                point.copies.append({**copy, **other})
    return points


def _same_claimant(a: Point, b: Point, bodies: Bodies) -> bool:
    """Two points from one claimant: the same named source, or both the article's own words
    in one story."""
    if a.claimant == THE_ARTICLE or b.claimant == THE_ARTICLE:
        return a.claimant == b.claimant and (
            a.figure.get("story_id") or a.figure["article_id"]
        ) == (b.figure.get("story_id") or b.figure["article_id"])
    return bodies.same(a.claimant, b.claimant)


def _unify_claimants(points: list[Point], bodies: Bodies) -> None:
    """One name per claimant within a line: "the UN" after "United Nations" is written as
    the first one was."""
    names: list[str] = []
    for point in points:
        if point.claimant == THE_ARTICLE:
            continue
        same = next((n for n in names if bodies.same(n, point.claimant)), None)
        if same is None:
            names.append(point.claimant)
        else:
            point.claimant = same


def _mark(points: list[Point], bodies: Bodies, cumulative: bool) -> None:
    for i, a in enumerate(points):
        for j in range(i + 1, len(points)):
            b = points[j]
            if a.day is None or b.day is None:
                continue
            apart = abs((b.day - a.day).days)
            (a_low, a_high), (b_low, b_high) = a.range, b.range
            overlap = a_low <= b_high and b_low <= a_high
            if apart <= SAME_TIME_DAYS and not overlap and not _same_claimant(a, b, bodies):
                a.marks.setdefault("disputed", []).append(j + 1)
                b.marks.setdefault("disputed", []).append(i + 1)
            if cumulative and b.day > a.day and b_high < a_low:
                b.marks.setdefault("drop", []).append(i + 1)
